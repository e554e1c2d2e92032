#!/usr/bin/env node
// tools/bench-delivery.mjs — how the app is delivered, beside Pagefind: bytes and time.
//
// Why: the engine benchmark (tools/bench.mjs) times queries on data already in memory;
// a reader first has to download it. This builds one corpus three ways — ours as one
// wasm (EXPLORER_BUILD=single), ours chunked (EXPLORER_BUILD=chunked: a head plus
// content-hashed chunk files fetched on demand) and Pagefind (npm `pagefind`, over one
// HTML page per article with the people and topics our extraction found as filters) —
// records each build's wall time and peak memory, serves each with
// tools/static-server.mjs (brotli on, strict CSP for ours) and measures in headless
// Chromium, in fresh browser contexts: bytes transferred before the first results and
// the time to them (cold, and warm: a return visit with the HTTP cache), then for every
// query of a fixed set the bytes and time to updated results, cold (first time in a new
// context) and warm (the same query again), and the counts side by side.
//
//   node tools/bench.mjs --corpus DIR --delivery      (or node tools/bench-delivery.mjs …)
//   node tools/bench.mjs --generate 20000 --delivery
//   options: --seed S (1)  --work DIR (keep corpus, builds and their stats there; reused
//            when present, --rebuild to build again)  --repeat R (3 cold/warm loads)
//            --single-max N (50000: no single build above N articles; its wasm would be
//            ~3.5 KB per article)  --no-single  --no-chunked  --no-pagefind
//
// Needs trunk, wasm-bindgen, wasm-opt on PATH, Chromium, and pagefind in node_modules
// (`make bench` installs it, unsaved, when BENCH_ARGS has --delivery). Set
// CARGO_TARGET_DIR to keep these builds out of another build's way.
//
// Serving. The files are those of tools/static-server.mjs; two things are layered on
// its server here, as a production host would do them: (1) brotli is computed once per
// file (quality 11, 9 above 4 MB) instead of on every request, so times do not include
// compressing a 60 MB wasm; (2) cache headers: content-hashed names (trunk's
// `name-<hash>.ext`, our `c/<hash>.bin`, Pagefind's fragments and index chunks) are
// `immutable` for a year, everything else `no-cache` with an ETag (a return visit
// revalidates it: 304). The server itself answers `no-store`, which would make every
// warm figure a cold one.

import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { querySet } from './bench.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const env = {
  ...process.env,
  PATH: [path.join(os.homedir(), '.cargo/bin'), path.join(ROOT, 'node_modules/.bin'), process.env.PATH].join(':'),
};
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
const log = (...a) => console.error('[delivery]', ...a);
/** Pagefind's UI shows 5 results and loads more on demand; ours shows a page of 20 (PAGE). */
const PAGEFIND_FIRST_PAGE = 10;

function parseArgs(argv) {
  const o = { seed: 1, repeat: 3, singleMax: 50000, single: true, chunked: true, pagefind: true, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') o.corpus = path.resolve(next());
    else if (a === '--generate') o.generate = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--work') o.work = path.resolve(next());
    else if (a === '--repeat') o.repeat = Number(next());
    else if (a === '--single-max') o.singleMax = Number(next());
    else if (a === '--no-single') o.single = false;
    else if (a === '--no-chunked') o.chunked = false;
    else if (a === '--no-pagefind') o.pagefind = false;
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 35).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  if (!o.corpus && !o.generate) o.corpus = path.join(ROOT, 'seeds');
  return o;
}

// ------------------------------------------------------------------------------ builds

/** Runs `cmd args` under GNU time: wall seconds and the peak RSS of its largest process. */
function timed(cmd, args, { cwd = ROOT, extraEnv = {}, logFile }) {
  const fd = fs.openSync(logFile, 'w');
  const t0 = Date.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', fd, fd] });
  const wall = (Date.now() - t0) / 1000;
  fs.closeSync(fd);
  const text = fs.readFileSync(logFile, 'utf8');
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (status ${r.status}); see ${logFile}:\n${text.slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] || NaN);
  return { wall_s: wall, peak_mb: kb / 1024, text };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function outputStats(dir, skip = () => false) {
  const files = walk(dir).filter((f) => !skip(path.relative(dir, f)));
  return { files: files.length, bytes: files.reduce((s, f) => s + fs.statSync(f).size, 0) };
}

/** `trunk build --release` of the corpus in `mode` (single | chunked) into work/ours-MODE. */
function buildOurs(mode, corpus, work, rebuild) {
  const dist = path.join(work, `ours-${mode}`);
  const statsFile = `${dist}.stats.json`;
  if (!rebuild && fs.existsSync(statsFile) && fs.existsSync(path.join(dist, 'index.html'))) {
    log(`reusing ${dist} (built before; --rebuild to build again)`);
    return { dist, ...JSON.parse(fs.readFileSync(statsFile, 'utf8')) };
  }
  fs.rmSync(dist, { recursive: true, force: true });
  log(`trunk build --release, EXPLORER_BUILD=${mode}, CORPUS_DIR=${corpus}, CARGO_TARGET_DIR=${TARGET} → ${dist}`);
  const r = timed('trunk', ['build', '--release', '--dist', dist], {
    extraEnv: { CORPUS_DIR: corpus, EXPLORER_BUILD: mode, CARGO_TARGET_DIR: TARGET },
    logFile: `${dist}.log`,
  });
  // build.rs says which mode it wrote and why.
  const report = r.text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '')).filter((l) => /(single|chunked) build \(/.test(l)).pop() || '';
  const stats = {
    wall_s: r.wall_s,
    peak_mb: r.peak_mb,
    report: report.replace(/^.*?((single|chunked) build \()/, '$1').trim(),
    // What is served over HTTP: explorer.html (and the .js twins of the chunks) are the file:// entry.
    out: outputStats(dist, (rel) => rel === 'explorer.html' || /^c\/.*\.js$/.test(rel)),
    chunks: fs.existsSync(path.join(dist, 'c')) ? fs.readdirSync(path.join(dist, 'c')).filter((f) => f.endsWith('.bin')).length : 0,
  };
  fs.writeFileSync(statsFile, JSON.stringify(stats, null, 1));
  log(`  ${stats.report || '(no report line)'}; ${stats.wall_s.toFixed(0)} s, peak ${stats.peak_mb.toFixed(0)} MB`);
  return { dist, ...stats };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One HTML page per article, then `pagefind --site`. */
function buildPagefind(docs, work, rebuild) {
  const site = path.join(work, 'pagefind-site');
  const statsFile = `${site}.stats.json`;
  if (!rebuild && fs.existsSync(statsFile) && fs.existsSync(path.join(site, 'pagefind/pagefind.js'))) {
    log(`reusing ${site}`);
    return { dist: site, ...JSON.parse(fs.readFileSync(statsFile, 'utf8')) };
  }
  const bin = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  if (!fs.existsSync(bin)) {
    throw new Error('pagefind is not installed: npm install --no-save --no-audit --no-fund pagefind@1.6.0 (make bench does it with --delivery)');
  }
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(path.join(site, 'a'), { recursive: true });
  const t0 = Date.now();
  docs.forEach((d, i) => {
    // The people and topics are filters (not indexed as words: data-pagefind-ignore
    // keeps an element's text out of the index but its filters in).
    const filters = [
      ...d.persons.map((p) => `<span data-pagefind-filter="person">${esc(p)}</span>`),
      ...d.topics.map((t) => `<span data-pagefind-filter="topic">${esc(t)}</span>`),
    ].join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)}</title></head><body><main data-pagefind-body>`
      + `<h1>${esc(d.title)}</h1>${d.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}`
      + `<div data-pagefind-ignore>${filters}</div></main></body></html>\n`;
    fs.writeFileSync(path.join(site, 'a', `${i}.html`), html);
  });
  const pagesS = (Date.now() - t0) / 1000;
  log(`wrote ${docs.length} pages in ${pagesS.toFixed(1)} s; npx pagefind --site ${site}`);
  const r = timed('node', [bin, '--site', site, '--force-language', 'en'], { logFile: `${site}.log` });
  const version = /Running Pagefind v([\d.]+)/.exec(r.text)?.[1] || '?';
  const stats = {
    wall_s: r.wall_s + pagesS,
    peak_mb: r.peak_mb,
    report: `Pagefind ${version}: ${(/Indexed (\d+) pages?/.exec(r.text)?.[1]) || '?'} pages, ${(/Indexed (\d+) filters?/.exec(r.text)?.[1]) || '?'} filters (pages written in ${pagesS.toFixed(1)} s)`,
    out: outputStats(path.join(site, 'pagefind')),
    chunks: walk(path.join(site, 'pagefind')).length,
  };
  // The benchmark's page, written after indexing so that Pagefind does not index it.
  fs.writeFileSync(path.join(site, 'bench.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="bench.js"></script></head><body></body></html>\n');
  fs.writeFileSync(path.join(site, 'bench.js'), PAGEFIND_PAGE);
  fs.writeFileSync(statsFile, JSON.stringify(stats, null, 1));
  log(`  ${stats.report}; ${stats.wall_s.toFixed(0)} s, peak ${stats.peak_mb.toFixed(0)} MB`);
  return { dist: site, ...stats };
}

/** The page that drives Pagefind's JS API as its UI would: a search, then the first page's data. */
const PAGEFIND_PAGE = `
const pagefind = await import('./pagefind/pagefind.js');
window.__run = async (q) => {
  const t0 = performance.now();
  const opts = {};
  const filters = {};
  if (q.person.length) filters.person = { any: q.person };
  if (q.topic.length) filters.topic = { any: q.topic };
  if (Object.keys(filters).length) opts.filters = filters;
  const search = await pagefind.search(q.text || null, opts);
  const data = await Promise.all(search.results.slice(0, ${PAGEFIND_FIRST_PAGE}).map((r) => r.data()));
  const t1 = performance.now();
  return { ms: t1 - t0, end: t1, wall: performance.timeOrigin + t1, count: search.results.length, first: data[0] ? data[0].excerpt : '' };
};
window.__init = () => pagefind.init();
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.has('q')) {
  const r = await window.__run({ text: hash.get('q'), person: [], topic: [] });
  window.__first = { t: r.end, wall: r.wall, status: r.count + ' results', first: r.first };
}
window.__ready = true;
`;

// ---------------------------------------------------------------------------- serving

/** Brotli once per file content (as a host's precompressed files), not per request. */
function memoiseBrotli() {
  if (zlib.brotliCompressSync.__memo) return;
  const original = zlib.brotliCompressSync;
  const memo = new Map();
  const fn = (raw, opts) => {
    if (opts) return original(raw, opts);
    const key = crypto.createHash('sha1').update(raw).digest('hex');
    let out = memo.get(key);
    if (!out) {
      const q = raw.length > 4e6 ? 9 : 11;
      out = original(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      memo.set(key, out);
    }
    return out;
  };
  fn.__memo = true;
  zlib.brotliCompressSync = fn;
}

const IMMUTABLE = [
  /-[0-9a-f]{12,20}(_bg)?\.[a-z0-9]+$/, // trunk's hashed names
  /\/c\/[0-9a-f]+\.(bin|js)$/, // our chunks
  /\/pagefind\/(fragment|index|filter)\//, // Pagefind's hashed chunks
];

/** tools/static-server.mjs with brotli memoised and the cache headers of a real host. */
async function serveLikeAHost(dir, opts) {
  memoiseBrotli();
  const s = await serve(dir, { compress: true, ...opts });
  const [handler] = s.server.listeners('request');
  s.server.removeAllListeners('request');
  s.server.on('request', (req, res) => {
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch { /* the server answers 400 */ }
    const immutable = IMMUTABLE.some((re) => re.test(pathname));
    let etag = null;
    try {
      let file = path.join(dir, path.normalize(pathname));
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const st = fs.statSync(file);
      etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    } catch { /* 404 from the server */ }
    if (etag && !immutable && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
      return res.end();
    }
    const writeHead = res.writeHead;
    res.writeHead = function (status, headers = {}) {
      if (status === 200 && typeof headers === 'object') {
        headers['Cache-Control'] = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
        if (etag) headers.ETag = etag;
      }
      return writeHead.call(this, status, headers);
    };
    handler(req, res);
  });
  // Compress every file once now, so that no measured request waits for it.
  const t0 = Date.now();
  for (const f of walk(dir)) {
    if (/\.(html|js|mjs|wasm|css|json|svg)$/.test(f)) zlib.brotliCompressSync(fs.readFileSync(f));
  }
  log(`serving ${dir} at ${s.url} (brotli precomputed in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return s;
}

// ------------------------------------------------------------------ browser measuring

/** Counts the bytes a page transfers (CDP: encoded length as received, headers included). */
async function track(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const reqs = new Map();
  const t = { inflight: 0, bytes: 0, done: [], offset: null };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (t.offset === null) t.offset = e.wallTime * 1000 - e.timestamp * 1000;
    if (!reqs.has(e.requestId)) {
      reqs.set(e.requestId, { url: e.request.url });
      if (!e.request.url.startsWith('data:')) t.inflight++;
    }
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.status = e.response.status;
  });
  const finish = (e, failed) => {
    const r = reqs.get(e.requestId);
    if (!r || r.finished) return;
    r.finished = true;
    if (!r.url.startsWith('data:')) t.inflight--;
    r.bytes = failed ? 0 : e.encodedDataLength;
    r.failed = failed;
    r.wall = (t.offset ?? 0) + e.timestamp * 1000;
    t.bytes += r.bytes;
    t.done.push(r);
  };
  cdp.on('Network.loadingFinished', (e) => finish(e, false));
  cdp.on('Network.loadingFailed', (e) => finish(e, true));
  return t;
}

/** Ours: records every change of what the results show (status, first title, snippet). */
function oursProbe() {
  window.__log = [];
  window.__lastMut = 0;
  let prev = '';
  const check = () => {
    const now = performance.now();
    window.__lastMut = now;
    const status = document.querySelector('p.count[role="status"]')?.textContent.trim() || '';
    const li = document.querySelector('ol.results li');
    const title = li?.querySelector('h3')?.textContent.trim() || '';
    const snippet = li?.querySelector('p.snippet')?.textContent.trim() || '';
    // Shown: a count, and the first result's snippet (or no result at all).
    const shown = !!status && (li ? snippet.length > 0 : /^0\b/.test(status));
    const key = `${status}\u0000${title}\u0000${shown}`;
    if (key !== prev) {
      prev = key;
      window.__log.push({ t: now, wall: performance.timeOrigin + now, status, title, shown });
    }
  };
  const start = () => new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  start();
}

/** Waits until nothing is in flight and the DOM has been quiet for `quiet` ms. */
async function settle(page, net, { quiet = 250, timeout = 120000, probe = '__lastMut' } = {}) {
  const t0 = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 40));
    const idle = await page.evaluate((p) => performance.now() - (window[p] || 0), probe).catch(() => 0);
    if (net.inflight <= 0 && idle > quiet) return;
    if (Date.now() - t0 > timeout) throw new Error(`no settling within ${timeout / 1000} s (${net.inflight} requests in flight)`);
  }
}

/** The final state the log reached and when it was first reached (and held). */
function finalState(entries, since) {
  const log = entries.filter((e) => e.t >= since);
  if (!log.length) return null;
  const last = log[log.length - 1];
  if (!last.shown) return { ...last, incomplete: true };
  // The run of entries at the end that show the final count and first result.
  let i = log.length - 1;
  while (i > 0 && log[i - 1].shown && log[i - 1].status === last.status && log[i - 1].title === last.title) i--;
  return { ...log[i], status: last.status };
}

const hashOf = (q) => {
  const p = new URLSearchParams();
  if (q.text) p.append('q', q.text);
  for (const v of q.person) p.append('person', v);
  for (const v of q.topic) p.append('topic', v);
  return p.toString();
};

const parseCount = (status) => {
  const m = /^([\d,.\s]+?)\s+\D/.exec(status || '');
  return m ? Number(m[1].replace(/[^\d]/g, '')) : null;
};

/** A load of `url` in `context`: time to the first results shown, bytes before them and in all. */
async function loadOurs(context, url) {
  const page = await context.newPage();
  await page.addInitScript(oursProbe);
  page.on('pageerror', (e) => log('page error:', e.message));
  const net = await track(page);
  await page.goto(url, { waitUntil: 'commit', timeout: 180000 });
  await page.waitForFunction(() => window.__log?.some((e) => e.shown), null, { timeout: 180000, polling: 50 });
  await settle(page, net);
  const entries = await page.evaluate(() => window.__log);
  const first = finalState(entries, 0);
  const before = net.done.filter((r) => r.wall <= first.wall + 1).reduce((s, r) => s + r.bytes, 0);
  return { page, net, ms: first.t, bytesBefore: before, bytesAll: net.bytes, requests: net.done.length, status: first.status, count: parseCount(first.status) };
}

async function loadPagefind(context, url) {
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  const net = await track(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__ready, null, { timeout: 120000, polling: 50 });
  const first = await page.evaluate(() => window.__first);
  await new Promise((r) => setTimeout(r, 200));
  const before = first ? net.done.filter((r) => r.wall <= first.wall + 1).reduce((s, r) => s + r.bytes, 0) : null;
  return { page, net, ms: first?.t, bytesBefore: before, bytesAll: net.bytes, requests: net.done.length, status: first?.status, count: parseCount(first?.status) };
}

const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Cold loads (new context each) and warm ones (a second visit in the same context). */
async function firstLoads(browser, loader, url, repeat) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < repeat; i++) {
    const context = await browser.newContext();
    const a = await loader(context, url);
    cold.push(a);
    await a.page.close();
    const b = await loader(context, url);
    warm.push(b);
    await context.close();
  }
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  return {
    cold: { ms: pick(cold, 'ms'), bytesBefore: pick(cold, 'bytesBefore'), bytesAll: pick(cold, 'bytesAll'), requests: pick(cold, 'requests'), status: cold[0].status, count: cold[0].count },
    warm: { ms: pick(warm, 'ms'), bytesBefore: pick(warm, 'bytesBefore'), bytesAll: pick(warm, 'bytesAll'), requests: pick(warm, 'requests') },
  };
}

/** Ours, one query: from the app's first view, set the URL hash; time and bytes to the results. */
async function oursQuery(page, net, q) {
  const b0 = net.bytes;
  const since = await page.evaluate((h) => {
    const t = performance.now();
    location.hash = h;
    return t;
  }, hashOf(q) || 'q=');
  await settle(page, net);
  const entries = await page.evaluate(() => window.__log);
  const f = finalState(entries, since);
  // Nothing changed on screen (the same results as before): the time is not observable.
  return { ms: f ? f.t - since : null, bytes: net.bytes - b0, status: f?.status, count: parseCount(f?.status), incomplete: f?.incomplete };
}

async function perQueryOurs(browser, url, queries, repeat) {
  const rows = queries.map(() => ({ cold: [], warm: [] }));
  for (let rep = 0; rep < repeat; rep++) {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const first = await loadOurs(context, url);
      const { page, net } = first;
      rows[i].cold.push(await oursQuery(page, net, q));
      // Back to the first view, then the same query again.
      await oursQuery(page, net, { text: '', person: [], topic: [] });
      rows[i].warm.push(await oursQuery(page, net, q));
      await context.close();
    }
  }
  return rows.map(summarise);
}

async function perQueryPagefind(browser, url, queries, repeat) {
  const rows = queries.map(() => ({ cold: [], warm: [] }));
  for (let rep = 0; rep < repeat; rep++) {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const { page, net } = await loadPagefind(context, url);
      // Its UI initialises when the search box is focused: not part of the query.
      await page.evaluate(() => window.__init());
      await new Promise((r) => setTimeout(r, 100));
      for (const k of ['cold', 'warm']) {
        const b0 = net.bytes;
        const r = await page.evaluate((qq) => window.__run(qq), q);
        while (net.inflight > 0) await new Promise((res) => setTimeout(res, 20));
        rows[i][k].push({ ms: r.ms, bytes: net.bytes - b0, count: r.count, status: `${r.count} results` });
      }
      await context.close();
    }
  }
  return rows.map(summarise);
}

function summarise(row) {
  const s = (xs) => ({ ms: median(xs.map((x) => x.ms)), bytes: median(xs.map((x) => x.bytes)), count: xs[0].count, incomplete: xs.some((x) => x.incomplete) });
  return { cold: s(row.cold), warm: s(row.warm) };
}

// --------------------------------------------------------------------------- output

const kb = (x) => (x == null ? '—' : x < 1024 ? `${x} B` : `${(x / 1024).toFixed(1)} KB`);
const mb = (x) => (x == null ? '—' : `${(x / 1048576).toFixed(1)} MB`);
const ms = (x) => (x == null ? '—' : x < 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
const num = (x) => (x == null ? '—' : String(x));

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

// ------------------------------------------------------------------------------ main

export async function main(argv) {
  const opts = parseArgs(argv);
  const work = opts.work || fs.mkdtempSync(path.join(os.tmpdir(), 'news-delivery-'));
  fs.mkdirSync(work, { recursive: true });
  const started = Date.now();
  log(`work folder ${work}; uptime: ${execFileSync('uptime').toString().trim()}`);

  // The corpus tool (extraction and the synthetic generator).
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'explorer-extract', '--bin', 'corpus'], { cwd: ROOT, env: { ...env, CARGO_TARGET_DIR: TARGET }, stdio: 'inherit' });
  const corpusBin = path.join(TARGET, 'release/corpus');
  let corpus = opts.corpus;
  if (opts.generate) {
    corpus = path.join(work, `corpus-${opts.generate}-s${opts.seed}`);
    if (!fs.existsSync(path.join(corpus, '.complete'))) {
      log(`generating ${opts.generate} articles (seed ${opts.seed}) into ${corpus}`);
      fs.rmSync(corpus, { recursive: true, force: true });
      execFileSync(corpusBin, ['generate', String(opts.generate), corpus, '--seed', String(opts.seed)], { stdio: 'inherit' });
      fs.writeFileSync(path.join(corpus, '.complete'), '');
    }
  }
  // What our extraction found (the articles, people and topics every system gets).
  const inspectFile = path.join(work, 'inspect.json');
  if (!fs.existsSync(inspectFile) || opts.rebuild) {
    log(`corpus inspect ${corpus} (the extraction, for Pagefind's pages and the query set)`);
    const t0 = Date.now();
    const fd = fs.openSync(`${inspectFile}.tmp`, 'w');
    const r = spawnSync(corpusBin, ['inspect', corpus], { stdio: ['ignore', fd, 'inherit'], maxBuffer: 1 << 30 });
    fs.closeSync(fd);
    if (r.status !== 0) throw new Error(`corpus inspect failed (${r.status})`);
    fs.renameSync(`${inspectFile}.tmp`, inspectFile);
    log(`  ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const docs = JSON.parse(fs.readFileSync(inspectFile, 'utf8')).documents.map((d) => ({
    title: d.title,
    paragraphs: d.paragraphs,
    body: d.paragraphs.join('\n'),
    persons: d.persons,
    topics: d.topics,
  }));
  const textBytes = docs.reduce((s, d) => s + Buffer.byteLength(d.title) + Buffer.byteLength(d.body), 0);
  const wanted = new Set(['single word', 'two words', 'prefix', 'phrase', 'person facet', 'topic facet', 'search + two facets']);
  const queries = querySet(docs).filter((q) => wanted.has(q.name));
  log(`${docs.length} articles, ${mb(textBytes)} of text; ${queries.length} queries`);

  // Builds.
  const systems = [];
  if (opts.single && docs.length > opts.singleMax) {
    log(`no single build: ${docs.length} articles > --single-max ${opts.singleMax} (its wasm would be some ${mb(docs.length * 3.5e3)})`);
  }
  const skipSingle = !opts.single ? 'not asked (--no-single)' : docs.length > opts.singleMax ? `skipped: ${docs.length} articles > --single-max ${opts.singleMax}` : null;
  if (!skipSingle) systems.push({ name: 'ours single', kind: 'ours', ...buildOurs('single', corpus, work, opts.rebuild) });
  if (opts.chunked) systems.push({ name: 'ours chunked', kind: 'ours', ...buildOurs('chunked', corpus, work, opts.rebuild) });
  if (opts.pagefind) systems.push({ name: 'Pagefind', kind: 'pagefind', ...buildPagefind(docs, work, opts.rebuild) });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    for (const s of systems) {
      const server = await serveLikeAHost(s.dist, { csp: s.kind === 'ours' });
      try {
        if (s.kind === 'ours') {
          const url = new URL('index.html', server.url).href;
          log(`${s.name}: first loads`);
          s.first = await firstLoads(browser, loadOurs, url, opts.repeat);
          s.firstQuery = await firstLoads(browser, loadOurs, `${url}#${hashOf(queries[0])}`, opts.repeat);
          log(`${s.name}: per query`);
          s.queries = await perQueryOurs(browser, url, queries, Math.max(1, Math.min(2, opts.repeat)));
        } else {
          const url = new URL('bench.html', server.url).href;
          log(`${s.name}: first query`);
          s.firstQuery = await firstLoads(browser, loadPagefind, `${url}#${hashOf({ text: queries[0].text, person: [], topic: [] })}`, opts.repeat);
          log(`${s.name}: per query`);
          s.queries = await perQueryPagefind(browser, url, queries, Math.max(1, Math.min(2, opts.repeat)));
        }
      } finally {
        await server.close();
      }
    }
    const version = await browser.version();

    // ------------------------------------------------------------------ tables
    const name = opts.generate ? `${opts.generate} synthetic articles (seed ${opts.seed})` : corpus;
    console.log(`\n=== Delivery: ${name} — ${docs.length} articles, ${mb(textBytes)} of text; served locally (tools/static-server.mjs, brotli, cache headers as a host); Chromium ${version}`);
    console.log(`    load: ${execFileSync('uptime').toString().trim()}`);
    if (skipSingle) console.log(`    ours single: ${skipSingle}`);
    console.log('\nBuild');
    console.log(table([
      ['system', 'wall time', 'peak RSS', 'served files', 'served bytes (raw)', 'report'],
      ...systems.map((s) => [s.name, `${s.wall_s.toFixed(0)} s`, `${s.peak_mb.toFixed(0)} MB`, `${s.out.files}${s.kind === 'ours' && s.chunks ? ` (${s.chunks} chunks)` : ''}`, mb(s.out.bytes), s.report]),
    ]));
    console.log(`\nFirst results (median of ${opts.repeat}; cold = new browser context, warm = a second visit in it; bytes as transferred, headers included)`);
    const fr = [['system / entry', 'cold: bytes before', 'cold: time', 'cold: all bytes', 'warm: bytes before', 'warm: time', 'shown']];
    for (const s of systems) {
      if (s.first) fr.push([`${s.name} / first view`, kb(s.first.cold.bytesBefore), ms(s.first.cold.ms), kb(s.first.cold.bytesAll), kb(s.first.warm.bytesBefore), ms(s.first.warm.ms), s.first.cold.status]);
      fr.push([`${s.name} / query "${queries[0].text}"`, kb(s.firstQuery.cold.bytesBefore), ms(s.firstQuery.cold.ms), kb(s.firstQuery.cold.bytesAll), kb(s.firstQuery.warm.bytesBefore), ms(s.firstQuery.warm.ms), s.firstQuery.cold.status]);
    }
    console.log(table(fr));
    console.log(`\nPer query, after the first view (cold = first time in a new context: chunk fetches included; warm = the same query again); bytes / time to updated results`);
    const qr = [['query', ...systems.flatMap((s) => [`${s.name} cold`, 'warm']), ...systems.map((s) => `${s.name} count`), 'ours agree']];
    queries.forEach((q, i) => {
      const label = `${q.name}: ${q.text}${q.person.length ? ` person=${q.person.join('|')}` : ''}${q.topic.length ? ` topic=${q.topic.join('|')}` : ''}`.slice(0, 64);
      const ours = systems.filter((s) => s.kind === 'ours').map((s) => s.queries[i].cold.count);
      qr.push([
        label,
        ...systems.flatMap((s) => {
          const r = s.queries[i];
          const cell = (x) => `${kb(x.bytes)} / ${ms(x.ms)}${x.incomplete ? '!' : ''}`;
          return [cell(r.cold), cell(r.warm)];
        }),
        ...systems.map((s) => num(s.queries[i].cold.count)),
        ours.length < 2 ? '—' : ours.every((c) => c === ours[0]) ? 'yes' : 'NO',
      ]);
    });
    console.log(table(qr));
    console.log(`\nCounts: ours = matching articles (exact over the corpus); Pagefind = its results.length (pages matching its own rules: stemmed words, every word a prefix, filters exact). Pagefind loads the data of the first ${PAGEFIND_FIRST_PAGE} results; ours renders its first page of results with snippets. "!" = results still incomplete when the page settled.`);
    console.log(`Bench wall time ${((Date.now() - started) / 60000).toFixed(1)} min; work folder ${work}${opts.work ? '' : ' (temporary: pass --work DIR to keep and reuse the builds)'}\n`);
  } finally {
    await browser.close();
    if (!opts.work) fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
