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
//   make bench                                  (= --suite: BBC and 20,000 synthetic articles)
//   make bench BENCH_BIG=1                      (and 100,000 synthetic articles)
//   node tools/bench-delivery.mjs --suite [--big] --work DIR
//   node tools/bench-delivery.mjs --corpus DIR | --generate N   (one corpus)
//   options: --seed S (1)  --work DIR (keep corpus, builds and their stats there; reused
//            when present, --rebuild to build again)  --repeat R (3 cold/warm loads)
//            --single-max N (no single build above N articles, its wasm being ~3.3 KB per
//            article; 50000, and 10000 for --suite's 20k corpus)  --no-single  --no-chunked  --no-pagefind
//            --bbc DIR (../shared/eval/bbc-dev, for --suite)
//            --queries NAME,NAME (only these of the query set, e.g. "phrase")
//
// Needs trunk, wasm-bindgen, wasm-opt on PATH, Chromium, and pagefind in node_modules
// (`make bench` installs it, unsaved). Set
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

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { querySet } from './bench.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = {
  ...process.env,
  PATH: [path.join(os.homedir(), '.cargo/bin'), path.join(ROOT, 'node_modules/.bin'), process.env.PATH].join(':'),
};
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
const log = (...a) => console.error('[delivery]', ...a);
/**
 * How many results' data (title, excerpt) the Pagefind page loads: as many as our first
 * page shows with snippets (20), so that both show the same. (Pagefind's own UI loads 5
 * and more on demand; with 5 its bytes per query would be lower.)
 */
const PAGEFIND_FIRST_PAGE = 20;

function parseArgs(argv) {
  const o = { seed: 1, repeat: 3, singleMax: undefined, single: true, chunked: true, pagefind: true, rebuild: false, suite: false, big: false, bbc: path.resolve(ROOT, '../shared/eval/bbc-dev') };
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
    else if (a === '--suite') o.suite = true;
    else if (a === '--queries') o.queries = next().split(',').map((x) => x.trim());
    else if (a === '--big') o.big = true;
    else if (a === '--bbc') o.bbc = path.resolve(next());
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 37).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  if (!o.corpus && !o.generate) o.corpus = path.join(ROOT, 'seeds');
  return o;
}

// ------------------------------------------------------------------------------ builds

/** Resident memory (bytes) of `pid` and all its descendants, from /proc. */
function treeRss(pid) {
  const kids = new Map();
  const rss = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      rss.set(Number(d), Number(f[21]) * 4096);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch { /* gone */ }
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    sum += rss.get(p) || 0;
    stack.push(...(kids.get(p) || []));
  }
  return sum;
}

/**
 * Runs `cmd args` under GNU time, sampling /proc every 200 ms: wall seconds, the peak
 * RSS of its largest single process (GNU time) and the peak of the whole process tree
 * at once (the samples: cargo's rustc and build script beside trunk and wasm-opt).
 */
async function timed(cmd, args, { cwd = ROOT, extraEnv = {}, logFile }) {
  const fd = fs.openSync(logFile, 'w');
  const t0 = Date.now();
  const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', fd, fd] });
  let tree = 0;
  const timer = setInterval(() => { tree = Math.max(tree, treeRss(child.pid)); }, 200);
  const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const wall = (Date.now() - t0) / 1000;
  fs.closeSync(fd);
  const text = fs.readFileSync(logFile, 'utf8');
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (status ${status}); see ${logFile}:\n${text.slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] || NaN);
  return { wall_s: wall, peak_mb: kb / 1024, tree_mb: tree / 1048576, text };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function outputStats(dir, skip = () => false) {
  const files = walk(dir).filter((f) => !skip(path.relative(dir, f)));
  return { files: files.length, bytes: files.reduce((s, f) => s + fs.statSync(f).size, 0) };
}

/**
 * Compiles the app's dependencies once, on the seeds, so that the build times below are
 * those of a corpus (extraction, index, the app crate, wasm-bindgen, wasm-opt), not of
 * a first build in an empty CARGO_TARGET_DIR.
 */
function warmDependencies() {
  const deps = path.join(TARGET, 'wasm32-unknown-unknown/release/deps');
  if (fs.existsSync(deps) && fs.readdirSync(deps).some((f) => /^libleptos-.*\.rlib$/.test(f))) return;
  log(`compiling the app's dependencies once, on the seeds, into ${TARGET} (not part of the build times)`);
  execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'news-explorer'], {
    cwd: ROOT, env: { ...env, CARGO_TARGET_DIR: TARGET, CORPUS_DIR: path.join(ROOT, 'seeds') }, stdio: 'inherit',
  });
}

/** `trunk build --release` of the corpus in `mode` (single | chunked) into work/ours-MODE. */
async function buildOurs(mode, corpus, work, rebuild) {
  const dist = path.join(work, `ours-${mode}`);
  const statsFile = `${dist}.stats.json`;
  if (!rebuild && fs.existsSync(statsFile) && fs.existsSync(path.join(dist, 'index.html'))) {
    log(`reusing ${dist} (built before; --rebuild to build again)`);
    return { dist, ...JSON.parse(fs.readFileSync(statsFile, 'utf8')) };
  }
  fs.rmSync(dist, { recursive: true, force: true });
  log(`trunk build --release, EXPLORER_BUILD=${mode}, CORPUS_DIR=${corpus}, CARGO_TARGET_DIR=${TARGET} → ${dist}`);
  const r = await timed('trunk', ['build', '--release', '--dist', dist], {
    extraEnv: { CORPUS_DIR: corpus, EXPLORER_BUILD: mode, CARGO_TARGET_DIR: TARGET },
    logFile: `${dist}.log`,
  });
  // build.rs says which mode it wrote and why.
  const report = r.text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '')).filter((l) => /(single|chunked) build \(/.test(l)).pop() || '';
  const stats = {
    wall_s: r.wall_s,
    peak_mb: r.peak_mb,
    tree_mb: r.tree_mb,
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
async function buildPagefind(docs, work, rebuild) {
  const site = path.join(work, 'pagefind-site');
  const statsFile = `${site}.stats.json`;
  if (!rebuild && fs.existsSync(statsFile) && fs.existsSync(path.join(site, 'pagefind/pagefind.js'))) {
    log(`reusing ${site}`);
    return { dist: site, ...JSON.parse(fs.readFileSync(statsFile, 'utf8')) };
  }
  const bin = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  if (!fs.existsSync(bin)) {
    throw new Error('pagefind is not installed: npm install --no-save --no-audit --no-fund pagefind@1.6.0 (make bench does it)');
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
  const r = await timed('node', [bin, '--site', site, '--force-language', 'en'], { logFile: `${site}.log` });
  const version = /Running Pagefind v([\d.]+)/.exec(r.text)?.[1] || '?';
  const stats = {
    wall_s: r.wall_s + pagesS,
    peak_mb: r.peak_mb,
    tree_mb: r.tree_mb,
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
  // What was sent, counted at the server: every request of the page and of its workers
  // (Pagefind searches in a Web Worker, whose requests the page's DevTools session does
  // not see), nothing for what the browser takes from its cache, and an exact number in
  // flight ('close' fires for every response, finished or aborted).
  const net = { inflight: 0, last: Date.now(), bytes: 0, body: 0, log: [], open: new Map(), seq: 0 };
  s.net = net;
  s.server.on('request', (req, res) => {
    const id = net.seq++;
    const w0 = req.socket.bytesWritten;
    net.inflight++;
    net.last = Date.now();
    net.open.set(id, req.url);
    res.on('finish', () => {
      const bytes = req.socket.bytesWritten - w0;
      const body = res.statusCode === 200 ? res.bodyLength || 0 : 0;
      net.bytes += bytes;
      net.body += body;
      net.log.push({ url: req.url, status: res.statusCode, bytes, body, end: Date.now() });
    });
    res.on('close', () => {
      net.inflight--;
      net.last = Date.now();
      net.open.delete(id);
    });
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
      if (typeof headers === 'object') res.bodyLength = Number(headers['Content-Length']) || 0;
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
  // Not the files no measured page asks for: Pagefind's article pages (a/), the
  // file:// entry (explorer.html) and the chunks' file:// twins (c/*.js).
  for (const f of walk(dir)) {
    const rel = path.relative(dir, f);
    if (/^a\//.test(rel) || rel === 'explorer.html' || /^c\/.*\.js$/.test(rel)) continue;
    if (/\.(html|js|mjs|wasm|css|json|svg)$/.test(f)) zlib.brotliCompressSync(fs.readFileSync(f));
  }
  log(`serving ${dir} at ${s.url} (brotli precomputed in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return s;
}

// ------------------------------------------------------------------ browser measuring

/** The requests the server has started but not finished (for a message when a wait times out). */
const unfinished = (net) => [...net.open.values()];

/** Bytes sent by the server after log position `mark` and (optionally) finished by `wall` (epoch ms). */
function sent(net, mark, wall = Infinity) {
  const rs = net.log.slice(mark).filter((r) => r.end <= wall);
  return { bytes: rs.reduce((t, r) => t + r.bytes, 0), body: rs.reduce((t, r) => t + r.body, 0), requests: rs.length };
}

/**
 * Waits until the network is quiet: nothing in flight at the server and nothing started
 * or finished for 40 ms, or, if something stays in flight (a request the page gave up
 * on, a connection the browser keeps open), nothing at all for `quiet` ms; at least
 * `min` ms after the call.
 */
async function netQuiet(net, { quiet = 300, min = 60, timeout = 60000 } = {}) {
  const t0 = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const now = Date.now();
    if (now - t0 >= min && (net.inflight <= 0 ? now - net.last > 40 : now - net.last > quiet)) return;
    if (now - t0 > timeout) {
      log(`network not quiet after ${timeout / 1000} s; unfinished: ${unfinished(net).slice(0, 5).join(' ')}`);
      return;
    }
  }
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
    const items = [...document.querySelectorAll('ol.results > li')];
    const title = items[0]?.querySelector('h3')?.textContent.trim() || '';
    // Shown: a count, and every result of the page with its snippet (the chunked build
    // shows a result's snippet when its text group has arrived), as the Pagefind page
    // waits for the data of its first page; or no result at all.
    const withSnippet = items.filter((li) => (li.querySelector('p.snippet')?.textContent.trim() || '').length > 0).length;
    const shown = !!status && (items.length ? withSnippet === items.length : /^0\b/.test(status));
    const key = `${status}\u0000${title}\u0000${shown}`;
    if (key !== prev) {
      prev = key;
      window.__log.push({ t: now, wall: performance.timeOrigin + now, status, title, shown });
    }
  };
  const start = () => new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  start();
}

/**
 * Waits until the network is quiet (`netQuiet`) and the DOM has not changed for `quiet`
 * ms, and until the page shows complete results (every snippet; see `oursProbe`): on a
 * loaded machine the app may ask for a page's text groups after a quiet spell. Gives up
 * on the last condition after `incomplete` ms (the figure is then marked "!").
 */
async function settle(page, net, { quiet = 250, netQuietMs = 400, timeout = 120000, incomplete = 20000, probe = '__lastMut', since = null } = {}) {
  const t0 = Date.now();
  let warned = false;
  for (;;) {
    await new Promise((r) => setTimeout(r, 40));
    // With `since`: the results must also have changed after it (a query from the first
    // view always changes the count), not just be quiet between two waves of fetches.
    const st = await page.evaluate(([p, t]) => {
      const last = window.__log?.at(-1);
      return { idle: performance.now() - (window[p] || 0), shown: !!last?.shown && (t == null || last.t >= t) };
    }, [probe, since]).catch(() => ({ idle: 0, shown: false }));
    const now = Date.now();
    if (net.inflight > 0 && now - net.last > netQuietMs && !warned) {
      warned = true;
      log(`settle: ${net.inflight} requests open at the server for ${now - net.last} ms: ${unfinished(net).slice(0, 3).join(' ')}`);
    }
    const netIdle = net.inflight <= 0 ? now - net.last > 40 : now - net.last > netQuietMs;
    if (netIdle && st.idle > quiet && (st.shown || (since == null && now - t0 > incomplete))) return;
    if (now - t0 > timeout) {
      throw new Error(`no settling within ${timeout / 1000} s (${net.inflight} requests in flight: ${unfinished(net).slice(0, 5).join(' ')})`);
    }
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
async function loadOurs(context, url, net) {
  const page = await context.newPage();
  await page.addInitScript(oursProbe);
  page.on('pageerror', (e) => log('page error:', e.message));
  const mark = net.log.length;
  await page.goto(url, { waitUntil: 'commit', timeout: 180000 });
  await page.waitForFunction(() => window.__log?.some((e) => e.shown), null, { timeout: 180000, polling: 50 });
  await settle(page, net);
  const entries = await page.evaluate(() => window.__log);
  const first = finalState(entries, 0);
  const before = sent(net, mark, first.wall + 1);
  return { page, ms: first.t, bytesBefore: before.bytes, bodyBefore: before.body, bytesAll: sent(net, mark).bytes, requests: before.requests, status: first.status, count: parseCount(first.status) };
}

async function loadPagefind(context, url, net) {
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  const mark = net.log.length;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__ready, null, { timeout: 120000, polling: 50 });
  const first = await page.evaluate(() => window.__first);
  await netQuiet(net);
  const before = first ? sent(net, mark, first.wall + 1) : {};
  return { page, ms: first?.t, bytesBefore: before.bytes, bodyBefore: before.body, bytesAll: sent(net, mark).bytes, requests: before.requests, status: first?.status, count: parseCount(first?.status) };
}

const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Cold loads (new context each) and warm ones (a second visit in the same context). */
async function firstLoads(browser, loader, url, repeat, net) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < repeat; i++) {
    const context = await browser.newContext();
    const a = await loader(context, url, net);
    cold.push(a);
    await a.page.close();
    const b = await loader(context, url, net);
    warm.push(b);
    await context.close();
  }
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  return {
    cold: { ms: pick(cold, 'ms'), bytesBefore: pick(cold, 'bytesBefore'), bodyBefore: pick(cold, 'bodyBefore'), bytesAll: pick(cold, 'bytesAll'), requests: pick(cold, 'requests'), status: cold[0].status, count: cold[0].count },
    warm: { ms: pick(warm, 'ms'), bytesBefore: pick(warm, 'bytesBefore'), bodyBefore: pick(warm, 'bodyBefore'), bytesAll: pick(warm, 'bytesAll'), requests: pick(warm, 'requests') },
  };
}

/** Ours, one query: from the app's first view, set the URL hash; time and bytes to the results. */
/** How long one query may take before it is reported as "> 60 s" (a cold phrase at 20,000 articles fetches the texts of every candidate). */
const QUERY_TIMEOUT = 60000;

async function oursQuery(page, net, q) {
  const b0 = net.bytes;
  const since = await page.evaluate((h) => {
    const t = performance.now();
    location.hash = h;
    return t;
  }, hashOf(q) || 'q=');
  try {
    await settle(page, net, { timeout: QUERY_TIMEOUT, since: q.expectChange ? since : null });
  } catch (e) {
    // Still fetching or rendering after QUERY_TIMEOUT: reported as "> QUERY_TIMEOUT".
    log(`query ${hashOf(q)}: ${e.message.slice(0, 300)}`);
    const entries = await page.evaluate(() => window.__log).catch(() => []);
    const f = finalState(entries, since);
    return { ms: null, over: QUERY_TIMEOUT, bytes: net.bytes - b0, status: f?.status, count: f?.incomplete ? null : parseCount(f?.status), incomplete: true };
  }
  const entries = await page.evaluate(() => window.__log);
  const f = finalState(entries, since);
  // Nothing changed on screen (the same results as before): the time is not observable.
  return { ms: f ? f.t - since : null, bytes: net.bytes - b0, status: f?.status, count: parseCount(f?.status), incomplete: f?.incomplete };
}

async function perQueryOurs(browser, url, queries, repeat, net) {
  const rows = queries.map(() => ({ cold: [], warm: [] }));
  for (let rep = 0; rep < repeat; rep++) {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      try {
        const { page } = await loadOurs(context, url, net);
        rows[i].cold.push(await oursQuery(page, net, { ...q, expectChange: true }));
        // Back to the first view, then the same query again.
        await oursQuery(page, net, { text: '', person: [], topic: [] });
        rows[i].warm.push(await oursQuery(page, net, { ...q, expectChange: true }));
      } catch (e) {
        // The page died (a cold phrase at 20,000 articles asks for thousands of chunks
        // at once: net::ERR_INSUFFICIENT_RESOURCES, then the renderer is gone).
        log(`query ${hashOf(q)}: the page failed: ${e.message.split('\n')[0].slice(0, 200)}`);
        for (const k of ['cold', 'warm']) if (rows[i][k].length <= rep) rows[i][k].push({ ms: null, failed: true, bytes: null, count: null, incomplete: true });
      }
      await context.close().catch(() => {});
    }
  }
  return rows.map(summarise);
}

async function perQueryPagefind(browser, url, queries, repeat, net) {
  const rows = queries.map(() => ({ cold: [], warm: [] }));
  for (let rep = 0; rep < repeat; rep++) {
    for (const [i, q] of queries.entries()) {
      const context = await browser.newContext();
      const { page } = await loadPagefind(context, url, net);
      // Its UI initialises when the search box is focused: not part of the query.
      await page.evaluate(() => window.__init());
      await netQuiet(net, { min: 100 });
      for (const k of ['cold', 'warm']) {
        const b0 = net.bytes;
        const r = await page.evaluate((qq) => window.__run(qq), q);
        // Its results are in when __run returns; what is still arriving (a fragment
        // requested late) is counted, but only until the network is quiet.
        await netQuiet(net);
        rows[i][k].push({ ms: r.ms, bytes: net.bytes - b0, count: r.count, status: `${r.count} results` });
      }
      await context.close();
    }
  }
  return rows.map(summarise);
}

function summarise(row) {
  const s = (xs) => ({
    ms: xs.some((x) => x.over) ? null : median(xs.map((x) => x.ms)),
    over: xs.find((x) => x.over)?.over,
    failed: xs.some((x) => x.failed),
    bytes: median(xs.map((x) => x.bytes)),
    count: xs.find((x) => x.count != null)?.count ?? null,
    incomplete: xs.some((x) => x.incomplete),
  });
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

/** The corpus tool (extraction and the synthetic generator), built once. */
export function corpusTool() {
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'explorer-extract', '--bin', 'corpus'], { cwd: ROOT, env: { ...env, CARGO_TARGET_DIR: TARGET }, stdio: 'inherit' });
  return path.join(TARGET, 'release/corpus');
}

/**
 * What our extraction found (the articles, people and topics every system gets), as
 * one JSON line per article in work/docs.jsonl. `corpus inspect` prints one JSON
 * document; at 100,000 articles it is larger than a string node can hold, so python
 * (present on these machines) slims it into lines.
 */
export function loadDocs(corpusBin, corpus, work, rebuild) {
  const jsonl = path.join(work, 'docs.jsonl');
  const inspectFile = path.join(work, 'inspect.json');
  // Another run extracting the same corpus into this work folder: wait for it.
  while (!fs.existsSync(jsonl) && fs.existsSync(inspectFile) && Date.now() - fs.statSync(inspectFile).mtimeMs < 120000) {
    log(`${inspectFile} is being written by another run; waiting`);
    execFileSync('sleep', ['20']);
  }
  if (!fs.existsSync(jsonl) || rebuild) {
    log(`corpus inspect ${corpus} (the extraction, for Pagefind's pages and the query set)`);
    const t0 = Date.now();
    const fd = fs.openSync(inspectFile, 'w');
    const r = spawnSync(corpusBin, ['inspect', corpus], { stdio: ['ignore', fd, 'inherit'] });
    fs.closeSync(fd);
    if (r.status !== 0) throw new Error(`corpus inspect failed (${r.status})`);
    const py = 'import json,sys\nd=json.load(open(sys.argv[1]))\nwith open(sys.argv[2],"w") as o:\n'
      + ' for x in d["documents"]:\n  o.write(json.dumps({k:x.get(k) for k in ("title","paragraphs","persons","topics","day_from")})+"\\n")\n';
    execFileSync('python3', ['-c', py, inspectFile, `${jsonl}.tmp`], { stdio: 'inherit' });
    fs.renameSync(`${jsonl}.tmp`, jsonl);
    fs.rmSync(inspectFile);
    log(`  ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const docs = [];
  const text = fs.readFileSync(jsonl);
  let start = 0;
  for (let i = text.indexOf(10); i >= 0; start = i + 1, i = text.indexOf(10, start)) {
    const d = JSON.parse(text.toString('utf8', start, i));
    docs.push({ title: d.title, paragraphs: d.paragraphs, body: d.paragraphs.join('\n'), persons: d.persons || [], topics: d.topics || [], day_from: d.day_from });
  }
  return docs;
}

/** Builds and measures one corpus; returns what the tables print. */
async function runCorpus(spec, opts, corpusBin) {
  const started = Date.now();
  const work = spec.work;
  fs.mkdirSync(work, { recursive: true });
  let corpus = spec.corpus;
  if (spec.generate) {
    corpus = path.join(work, `corpus-${spec.generate}-s${opts.seed}`);
    if (!fs.existsSync(path.join(corpus, '.complete'))) {
      log(`generating ${spec.generate} articles (seed ${opts.seed}) into ${corpus}`);
      fs.rmSync(corpus, { recursive: true, force: true });
      execFileSync(corpusBin, ['generate', String(spec.generate), corpus, '--seed', String(opts.seed)], { stdio: 'inherit' });
      fs.writeFileSync(path.join(corpus, '.complete'), '');
    }
  }
  const docs = loadDocs(corpusBin, corpus, work, opts.rebuild);
  const textBytes = docs.reduce((s, d) => s + Buffer.byteLength(d.title) + Buffer.byteLength(d.body), 0);
  const wanted = new Set(['single word', 'two words', 'prefix', 'phrase', 'person facet', 'topic facet', 'search + two facets']);
  const queries = querySet(docs).filter((q) => wanted.has(q.name) && (!opts.queries || opts.queries.includes(q.name)));
  log(`${spec.label}: ${docs.length} articles, ${mb(textBytes)} of text; ${queries.length} queries`);

  // Builds, one at a time (never two cargo builds at once).
  const systems = [];
  const singleMax = opts.singleMax ?? spec.singleMax ?? 50000;
  const skipSingle = !opts.single
    ? 'not asked (--no-single)'
    : docs.length > singleMax
      ? `skipped (${docs.length} articles > --single-max ${singleMax}): ${spec.singleWhy || `one wasm with every article would be ~${mb(docs.length * 3.3e3)} raw, hundreds of MB for the browser to download and compile; not a sensible page`}`
      : null;
  if (skipSingle) log(`${spec.label}: ours single ${skipSingle}`);
  // A build that fails is reported and left out; the others are still measured.
  const failed = [];
  const add = async (name, kind, build) => {
    try {
      systems.push({ name, kind, ...(await build()) });
    } catch (e) {
      log(`${spec.label}: ${name} build failed: ${e.message.slice(0, 2000)}`);
      failed.push(`${name}: build failed (${e.message.split('\n')[0].slice(0, 200)})`);
    }
  };
  if (!skipSingle) await add('ours single', 'ours', () => buildOurs('single', corpus, work, opts.rebuild));
  if (opts.chunked) await add('ours chunked', 'ours', () => buildOurs('chunked', corpus, work, opts.rebuild));
  if (opts.pagefind) await add('Pagefind', 'pagefind', () => buildPagefind(docs, work, opts.rebuild));

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  let version;
  try {
    for (const s of systems) {
      const server = await serveLikeAHost(s.dist, { csp: s.kind === 'ours' });
      try {
        if (s.kind === 'ours') {
          const url = new URL('index.html', server.url).href;
          log(`${s.name}: first loads`);
          s.first = await firstLoads(browser, loadOurs, url, opts.repeat, server.net);
          s.firstQuery = await firstLoads(browser, loadOurs, `${url}#${hashOf(queries[0])}`, opts.repeat, server.net);
          log(`${s.name}: per query`);
          s.queries = await perQueryOurs(browser, url, queries, Math.max(1, Math.min(2, opts.repeat)), server.net);
        } else {
          const url = new URL('bench.html', server.url).href;
          log(`${s.name}: first query`);
          s.firstQuery = await firstLoads(browser, loadPagefind, `${url}#${hashOf({ text: queries[0].text, person: [], topic: [] })}`, opts.repeat, server.net);
          log(`${s.name}: per query`);
          s.queries = await perQueryPagefind(browser, url, queries, Math.max(1, Math.min(2, opts.repeat)), server.net);
        }
      } finally {
        await server.close();
      }
    }
    version = await browser.version();
  } finally {
    await browser.close();
  }
  return { spec, corpus, docs: docs.length, textBytes, queries, systems, skipSingle, failed, version, minutes: (Date.now() - started) / 60000, load: execFileSync('uptime').toString().trim() };
}

const qlabel = (q) => `${q.name}: ${q.text}${q.person.length ? ` person=${q.person.join('|')}` : ''}${q.topic.length ? ` topic=${q.topic.join('|')}` : ''}`;
const bytesCell = (x) => (x == null ? '—' : `${kb(x.bodyBefore)} (${kb(x.bytesBefore)})`);

function printCorpus(r, opts) {
  const { systems, queries } = r;
  console.log(`\n=== Delivery: ${r.spec.label} — ${r.docs} articles, ${mb(r.textBytes)} of text (${r.corpus}); served locally (tools/static-server.mjs, brotli, cache headers as a host); Chromium ${r.version}`);
  console.log(`    load at the end: ${r.load}; measured in ${r.minutes.toFixed(1)} min (builds included unless reused)`);
  if (r.skipSingle) console.log(`    ours single: ${r.skipSingle}`);
  for (const f of r.failed) console.log(`    ${f}`);
  console.log('\nBuild (wall time; peak RSS of the largest process / of the whole process tree at once)');
  console.log(table([
    ['system', 'wall time', 'peak RSS', 'peak tree', 'served files', 'served bytes (raw)', 'report'],
    ...systems.map((s) => [s.name, `${s.wall_s.toFixed(0)} s`, `${s.peak_mb.toFixed(0)} MB`, s.tree_mb ? `${s.tree_mb.toFixed(0)} MB` : '—', `${s.out.files}${s.kind === 'ours' && s.chunks ? ` (${s.chunks} chunks)` : ''}`, mb(s.out.bytes), s.report]),
  ]));
  console.log(`\nFirst results (median of ${opts.repeat}; cold = new browser context, warm = a second visit in it): bytes before the first results are shown, body (with headers), and the time from navigation`);
  const fr = [['system / entry', 'cold: bytes before', 'requests', 'cold: time', 'cold: all bytes', 'warm: bytes before', 'warm: time', 'shown']];
  for (const s of systems) {
    if (s.first) fr.push([`${s.name} / first view`, bytesCell(s.first.cold), num(s.first.cold.requests), ms(s.first.cold.ms), kb(s.first.cold.bytesAll), bytesCell(s.first.warm), ms(s.first.warm.ms), s.first.cold.status]);
    fr.push([`${s.name} / query "${queries[0].text}"`, bytesCell(s.firstQuery.cold), num(s.firstQuery.cold.requests), ms(s.firstQuery.cold.ms), kb(s.firstQuery.cold.bytesAll), bytesCell(s.firstQuery.warm), ms(s.firstQuery.warm.ms), s.firstQuery.cold.status]);
  }
  console.log(table(fr));
  console.log('\nPer query, from the first view (cold = first time in a new context: chunk fetches included; warm = the same query again); bytes transferred (headers included) / time to updated results');
  const ours = systems.filter((s) => s.kind === 'ours');
  const pf = systems.find((s) => s.kind === 'pagefind');
  const qr = [['query', ...systems.flatMap((s) => [`${s.name} cold`, 'warm']), ...systems.map((s) => `${s.name} count`), 'ours agree', ...(pf && ours.length ? ['Pagefind / ours'] : [])]];
  queries.forEach((q, i) => {
    const oc = ours.map((s) => s.queries[i].cold.count);
    const cell = (x) => (x.failed ? 'page failed' : `${kb(x.bytes)} / ${x.over ? `> ${x.over / 1000} s` : ms(x.ms)}${x.incomplete ? '!' : ''}`);
    const o = oc[oc.length - 1];
    const p = pf?.queries[i].cold.count;
    qr.push([
      qlabel(q).slice(0, 60),
      ...systems.flatMap((s) => [cell(s.queries[i].cold), cell(s.queries[i].warm)]),
      ...systems.map((s) => num(s.queries[i].cold.count)),
      oc.length < 2 ? '—' : oc.every((c) => c === oc[0]) ? 'yes' : 'NO',
      ...(pf && ours.length ? [o == null || p == null ? '—' : o === p ? 'same' : o ? `×${(p / o).toFixed(2)}` : `${p} vs 0`] : []),
    ]);
  });
  console.log(table(qr));
  console.log(`Counts: ours = matching articles, exact over the whole corpus (the status line); Pagefind = results.length of its search (every page matching its own rules: stemmed words, the last word a prefix, filters exact; it loads the data of a page of results on demand, here the first ${PAGEFIND_FIRST_PAGE}, as many as our first page shows). "!" = results still incomplete when the page settled.`);
}

/** One line per corpus and system, then the issue's bars. */
function printSummary(results) {
  const rows = [['corpus', 'system', 'first view: bytes / cold / warm', 'first query: bytes / cold / warm', 'search+2 facets: cold / warm', 'per query (median): cold bytes / cold / warm', 'build', 'peak tree']];
  for (const r of results) {
    for (const s of r.systems) {
      const ix = r.queries.findIndex((q) => q.name === 'search + two facets');
      const sq = s.queries[ix];
      const med = (k, f) => median(s.queries.map((q) => q[k][f]));
      rows.push([
        r.spec.label, s.name,
        s.first ? `${kb(s.first.cold.bodyBefore)} / ${ms(s.first.cold.ms)} / ${ms(s.first.warm.ms)}` : '—',
        `${kb(s.firstQuery.cold.bodyBefore)} / ${ms(s.firstQuery.cold.ms)} / ${ms(s.firstQuery.warm.ms)}`,
        sq ? `${kb(sq.cold.bytes)} ${ms(sq.cold.ms)} / ${ms(sq.warm.ms)}` : '—',
        `${kb(med('cold', 'bytes'))} / ${ms(med('cold', 'ms'))} / ${ms(med('warm', 'ms'))}`,
        `${s.wall_s.toFixed(0)} s`, s.tree_mb ? `${(s.tree_mb / 1024).toFixed(2)} GB` : '—',
      ]);
    }
    if (r.skipSingle) rows.push([r.spec.label, 'ours single', 'skipped (reason above)', '', '', '', '', '']);
  }
  console.log('\n=== Summary (bytes: brotli bodies before the first results; per query: transferred, headers included)');
  console.log(table(rows));

  // The bars of issue 17 that this benchmark measures.
  const bars = [];
  const find = (label, name) => results.find((r) => r.spec.label === label)?.systems.find((s) => s.name === name);
  const bar = (what, value, ok) => bars.push([what, value, ok == null ? 'n/a' : ok ? 'met' : 'NOT met']);
  const bbc = find('BBC', 'ours chunked');
  if (bbc) {
    bar('BBC: first load ≤ 250 KB brotli (chunked, first view)', kb(bbc.first.cold.bodyBefore), bbc.first.cold.bodyBefore <= 250 * 1024);
    bar('BBC: first results ≤ 300 ms (chunked, cold)', ms(bbc.first.cold.ms), bbc.first.cold.ms <= 300);
  }
  const k20 = find('20k', 'ours chunked');
  if (k20) {
    const r20 = results.find((r) => r.spec.label === '20k');
    const ix = r20.queries.findIndex((q) => q.name === 'search + two facets');
    bar('20k: first load ≤ 400 KB brotli (chunked, first view)', kb(k20.first.cold.bodyBefore), k20.first.cold.bodyBefore <= 400 * 1024);
    if (ix >= 0) {
      bar('20k: search + two facets ≤ 100 ms cold, chunk fetches included', ms(k20.queries[ix].cold.ms), k20.queries[ix].cold.ms <= 100);
      bar('20k: search + two facets ≤ 5 ms warm', ms(k20.queries[ix].warm.ms), k20.queries[ix].warm.ms <= 5);
    }
  }
  for (const r of results) {
    const o = r.systems.find((s) => s.name === 'ours chunked');
    const p = r.systems.find((s) => s.kind === 'pagefind');
    if (!o || !p) continue;
    bar(`${r.spec.label}: fewer bytes than Pagefind before the first result (query "${r.queries[0].text}")`, `${kb(o.firstQuery.cold.bodyBefore)} vs ${kb(p.firstQuery.cold.bodyBefore)}`, o.firstQuery.cold.bodyBefore < p.firstQuery.cold.bodyBefore);
    const fewer = r.queries.filter((_, i) => o.queries[i].cold.bytes < p.queries[i].cold.bytes).length;
    const sum = (s) => s.queries.reduce((t, q) => t + (q.cold.bytes || 0), 0);
    bar(`${r.spec.label}: fewer bytes than Pagefind per query (cold)`, `${fewer} of ${r.queries.length} queries; all: ${kb(sum(o))} vs ${kb(sum(p))}`, fewer === r.queries.length);
  }
  const big = find('100k', 'ours chunked');
  if (big) bar('100k: build ≤ 10 min within 3 GB (chunked trunk build, extraction included)', `${(big.wall_s / 60).toFixed(1)} min, ${(big.tree_mb / 1024).toFixed(2)} GB tree (${(big.peak_mb / 1024).toFixed(2)} GB largest process)`, big.wall_s <= 600 && big.tree_mb <= 3072);
  console.log('\n=== Bars (issue 17)');
  console.log(table([['bar', 'measured', ''], ...bars]));
}

export async function main(argv) {
  const opts = parseArgs(argv);
  const work = opts.work || fs.mkdtempSync(path.join(os.tmpdir(), 'news-delivery-'));
  fs.mkdirSync(work, { recursive: true });
  const started = Date.now();
  log(`work folder ${work}; uptime: ${execFileSync('uptime').toString().trim()}`);
  const corpusBin = corpusTool();
  warmDependencies();
  const specs = opts.suite
    ? [
      { label: 'BBC', corpus: opts.bbc, work: path.join(work, 'bbc') },
      {
        label: '20k',
        generate: 20000,
        work: path.join(work, 'synth-20000'),
        singleMax: 10000,
        singleWhy: 'its wasm is 64 MB (8.1 MB brotli, 706 ms to first results; tools/bench.mjs, ARCHITECTURE.md Scaling) and its build (wasm-opt -Oz --converge over 64 MB, then a ~85 MB explorer.html) is left out to keep the run short on a shared two-core machine; `--single-max 20000` includes it',
      },
      ...(opts.big ? [{ label: '100k', generate: 100000, work: path.join(work, 'synth-100000') }] : []),
    ]
    : [opts.generate
      ? { label: `${opts.generate} synthetic`, generate: opts.generate, work }
      : { label: path.basename(opts.corpus), corpus: opts.corpus, work }];
  if (opts.suite && !fs.existsSync(opts.bbc)) throw new Error(`no BBC collection at ${opts.bbc} (--bbc DIR)`);
  const results = [];
  try {
    for (const spec of specs) {
      const r = await runCorpus(spec, opts, corpusBin);
      results.push(r);
      printCorpus(r, opts);
    }
    if (opts.suite) {
      if (!opts.big) console.log('\n(100,000 articles left out: pass --big, BENCH_BIG=1 with make; it adds 20–35 minutes)');
      printSummary(results);
    }
    console.log(`\nBench wall time ${((Date.now() - started) / 60000).toFixed(1)} min; work folder ${work}${opts.work ? ' (builds kept; reused next time unless --rebuild)' : ' (temporary: pass --work DIR to keep and reuse the builds)'}\n`);
  } finally {
    if (!opts.work) fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
