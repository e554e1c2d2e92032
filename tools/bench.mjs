#!/usr/bin/env node
// tools/bench.mjs — our wasm query engine against MiniSearch and ItemsJS, in one browser.
//
// Why: "fast" means nothing without a peer and a corpus size. This builds the real app
// for a corpus (a folder, or N generated articles), serves it, and in ONE headless
// Chromium page runs the same fixed query set through our engine (the wasm exports of
// src/api.rs: the very `Index::search` the interface uses, facet counts included) and
// through MiniSearch and ItemsJS (from node_modules, injected into the same page and
// fed the same articles). It prints latencies, result counts and whether they agree,
// index sizes, and — on the app exactly as shipped (built without the benchmark API),
// in a second page of the same browser — start-up (navigation → first results), the
// keystroke → DOM-updated time of the real UI, and the transfer size of every file.
// It is not part of `make test`; `make bench-engine BENCH_ARGS=…` runs it.
//
//   node tools/bench.mjs --corpus DIR          # a folder of articles
//   node tools/bench.mjs --generate 2000       # N synthetic articles (crates/extract/src/synth.rs)
//   options: --seed S (1)  --runs R (41)  --keep (keep the temp dists)
//            --dist DIR (reuse a `--features bench` build)  --app-dist DIR (reuse a shipped build)
//   node tools/bench.mjs --corpus DIR --delivery   # delivery: ours (single, chunked) beside Pagefind
//            (tools/bench-delivery.mjs: bytes and time to first results and per query; --help there)
//
// Needs trunk, wasm-bindgen and wasm-opt on PATH (as `make bench-engine` sets up) and Chromium.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const o = { seed: 1, runs: 41, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') o.corpus = path.resolve(next());
    else if (a === '--generate') o.generate = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--dist') o.dist = path.resolve(next());
    else if (a === '--app-dist') o.appDist = path.resolve(next());
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 20).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  if (!o.corpus && !o.generate && !o.dist) o.corpus = path.join(ROOT, 'seeds');
  return o;
}

const env = {
  ...process.env,
  PATH: [path.join(os.homedir(), '.cargo/bin'), path.join(ROOT, 'node_modules/.bin'), process.env.PATH].join(':'),
};
const log = (...a) => console.error('[bench]', ...a);

function build(opts) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-bench-'));
  let corpus = opts.corpus;
  if (opts.generate) {
    corpus = path.join(tmp, 'corpus');
    log(`generating ${opts.generate} articles (seed ${opts.seed}) into ${corpus}`);
    execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'explorer-extract', '--bin', 'corpus', '--', 'generate', String(opts.generate), corpus, '--seed', String(opts.seed)],
      { cwd: ROOT, env, stdio: 'inherit' });
  }
  // The app as shipped (what start-up, keystrokes and transfer sizes are measured on),
  // then the same app with the benchmark API the engine queries go through.
  const appDist = path.join(tmp, 'dist-app');
  const dist = path.join(tmp, 'dist');
  const t0 = Date.now();
  for (const [out, extra] of [[appDist, []], [dist, ['--features', 'bench']]]) {
    log(`trunk build --release ${extra.join(' ')} (CORPUS_DIR=${corpus}) → ${out}`);
    execFileSync('trunk', ['build', '--release', ...extra, '--dist', out], { cwd: ROOT, env: { ...env, CORPUS_DIR: corpus }, stdio: 'inherit' });
  }
  log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { tmp, dist, appDist, corpus };
}

// ---------------------------------------------------------------------------- queries

/** The fixed query set; names and facet values are filled in from the corpus. */
export function querySet(docs) {
  const top = (field, rank) => {
    const counts = new Map();
    for (const d of docs) for (const v of new Set(d[field])) counts.set(v, (counts.get(v) || 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return sorted[Math.min(rank, sorted.length - 1)]?.[0];
  };
  // Words for the text queries: frequent-but-not-everywhere body words of the corpus.
  const df = new Map();
  for (const d of docs) {
    for (const w of new Set(fold(`${d.title} ${d.body}`).split(/[^\p{L}\p{N}]+/u))) {
      if (w.length >= 6 && !/^\d+$/.test(w)) df.set(w, (df.get(w) || 0) + 1);
    }
  }
  const ranked = [...df].filter(([, n]) => n <= docs.length * 0.3 && n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const w1 = ranked[0]?.[0] || 'argentina';
  const w2 = ranked[3]?.[0] || 'visa';
  // A phrase: two adjacent words of a title that contains w1.
  const phraseDoc = docs.find((d) => fold(d.body).includes(w1)) || docs[0];
  const bodyWords = fold(phraseDoc.body).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let phrase = `${bodyWords[0]} ${bodyWords[1]}`;
  for (let i = 0; i + 1 < bodyWords.length; i++) {
    if (bodyWords[i].length >= 5 && bodyWords[i + 1].length >= 5) { phrase = `${bodyWords[i]} ${bodyWords[i + 1]}`; break; }
  }
  const person = top('persons', 0);
  const person2 = top('persons', 2);
  const topic = top('topics', 0);
  const topic2 = top('topics', 1);
  const days = docs.map((d) => d.day_from).filter(Boolean).sort((a, b) => a - b);
  const from = days[Math.floor(days.length * 0.25)] || 20250101;
  const to = days[Math.floor(days.length * 0.6)] || 20251231;
  const iso = (d) => `${String(d).slice(0, 4)}-${String(d).slice(4, 6)}-${String(d).slice(6, 8)}`;
  return [
    { name: 'single word', text: w1 },
    { name: 'two words', text: `${w1} ${w2}` },
    { name: 'prefix', text: w1.slice(0, 4) },
    { name: 'phrase', text: `"${phrase}"` },
    { name: 'person facet', person: [person].filter(Boolean) },
    { name: 'topic facet', topic: [topic].filter(Boolean) },
    { name: 'date range', from: iso(from), to: iso(to) },
    // A corpus without people or topics still runs: missing facet values are left out.
    { name: 'search + two facets', text: w1.slice(0, 5), person: [person, person2].filter(Boolean), topic: [topic, topic2].filter(Boolean) },
  ].map((q) => ({ text: '', person: [], topic: [], from: null, to: null, ...q }));
}

export function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// ------------------------------------------------------------------ in-page benchmark

/** Runs in the page: index the docs into the peers, run every query, time it all. */
async function inPage({ queries, runs }) {
  const b = window.wasmBindings;
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const now = () => performance.now();
  const out = { engines: {}, sizes: {}, build: {} };

  let t = now();
  const docs = b.explorer_documents();
  out.build.documents_export_ms = now() - t;
  out.sizes.ours = b.explorer_embedded_bytes();
  const decode = [];
  for (let i = 0; i < 5; i++) {
    t = now();
    b.explorer_decode_once();
    decode.push(now() - t);
  }
  out.decode_ms = decode.sort((x, y) => x - y)[2];

  // MiniSearch: title/body/persons/topics, boosts like ours, accent folding, AND, last word prefix.
  t = now();
  const ms = new MiniSearch({
    fields: ['title', 'body', 'people', 'tags'],
    storeFields: ['persons', 'topics', 'day_from', 'day_to'],
    extractField: (d, f) => (f === 'people' ? d.persons.join(' ') : f === 'tags' ? d.topics.join(' ') : d[f]),
    processTerm: (term) => fold(term),
  });
  ms.addAll(docs);
  out.build.minisearch_ms = now() - t;
  out.sizes.minisearch = JSON.stringify(ms).length;

  // ItemsJS: persons/topics as aggregations, native (lunr) full text over title+body.
  t = now();
  const items = itemsjs(docs, {
    searchableFields: ['title', 'body'],
    aggregations: { persons: { title: 'People', size: 10, conjunction: false }, topics: { title: 'Topics', size: 10, conjunction: false } },
  });
  out.build.itemsjs_ms = now() - t;
  try {
    out.sizes.itemsjs = JSON.stringify(items.serializeAll()).length;
  } catch (e) {
    out.sizes.itemsjs = null;
  }

  const splitQuery = (text) => {
    const phrases = [];
    const loose = text.replace(/"([^"]*)"/g, (_, p) => { phrases.push(fold(p).split(/[^\p{L}\p{N}]+/u).filter(Boolean)); return ' '; });
    return { loose: loose.trim(), phrases };
  };
  const inRange = (d, q) => (!q.from && !q.to) || (d.day_from && d.day_from <= (q.to ? Number(q.to.replaceAll('-', '')) : 99999999) && d.day_to >= (q.from ? Number(q.from.replaceAll('-', '')) : 0));
  const facetOk = (d, q) => (!q.person.length || d.persons.some((p) => q.person.includes(p))) && (!q.topic.length || d.topics.some((p) => q.topic.includes(p)));
  const hasPhrase = (id, words) => {
    const w = fold(`${docs[id].title}\n${docs[id].body}`).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (let i = 0; i + words.length <= w.length; i++) if (words.every((x, j) => w[i + j] === x)) return true;
    return false;
  };

  const engines = {
    ours: (q) => {
      const r = b.explorer_query(q);
      return { count: r.count, ids: r.ids };
    },
    minisearch: (q) => {
      const { loose, phrases } = splitQuery(q.text);
      const words = [loose, ...phrases.map((p) => p.join(' '))].join(' ').trim();
      const filter = (r) => facetOk(r, q) && inRange(r, q) && phrases.every((p) => hasPhrase(r.id, p));
      const opts = {
        combineWith: 'AND',
        prefix: (term, i, terms) => !!loose && i === terms.length - 1 && !/\s$/.test(q.text),
        boost: { title: 3, people: 2, tags: 2 },
        filter,
      };
      const res = words ? ms.search(words, opts) : ms.search(MiniSearch.wildcard, { filter });
      return { count: res.length, ids: res.map((r) => r.id) };
    },
    itemsjs: (q) => {
      const filters = {};
      if (q.person.length) filters.persons = q.person;
      if (q.topic.length) filters.topics = q.topic;
      const { loose, phrases } = splitQuery(q.text);
      const query = [loose, ...phrases.map((p) => p.join(' '))].join(' ').trim();
      // Dates and phrases have no ItemsJS equivalent: restrict with `ids` from a scan.
      const ids = q.from || q.to || phrases.length
        ? docs.filter((d) => inRange(d, q) && phrases.every((p) => hasPhrase(d.id, p))).map((d) => d.id)
        : undefined;
      const res = items.search({ query, filters, per_page: 50, ...(ids ? { ids } : {}) });
      return { count: res.pagination.total, ids: res.data.items.filter(Boolean).map((d) => d.id) };
    },
  };

  for (const [name, run] of Object.entries(engines)) {
    out.engines[name] = [];
    for (const q of queries) {
      for (let i = 0; i < 3; i++) run(q); // warm-up
      // performance.now() is coarsened (100 µs without cross-origin isolation), so each
      // sample repeats the query until at least 2 ms have passed and takes the mean.
      const times = [];
      let r;
      for (let i = 0; i < runs; i++) {
        let k = 0;
        t = now();
        let el;
        do {
          r = run(q);
          k++;
          el = now() - t;
        } while (el < 2);
        times.push(el / k);
      }
      times.sort((x, y) => x - y);
      out.engines[name].push({
        median: times[Math.floor(times.length / 2)],
        p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
        count: r.count,
      });
    }
  }
  return out;
}

/** Runs in the page before the app: records when the first result appears. */
function startupProbe() {
  window.__firstResults = null;
  const check = () => {
    if (window.__firstResults === null && document.querySelector('ol.results li, p.count[role="status"]')?.textContent) {
      window.__firstResults = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Runs in the page: times every input event until the DOM stops changing. */
export function keystrokeProbe() {
  window.__keys = [];
  let t0 = null;
  let last = null;
  const input = document.querySelector('#search');
  // Capture on window: runs before the app's (delegated) input handler.
  window.addEventListener('input', () => { t0 = performance.now(); last = null; }, true);
  new MutationObserver(() => { if (t0 !== null) last = performance.now(); })
    .observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  window.__settle = () => new Promise((resolve) => {
    const start = performance.now();
    const poll = () => {
      const quiet = last !== null && performance.now() - last > 60;
      if (quiet || performance.now() - start > 2000) {
        if (t0 !== null && last !== null) window.__keys.push(last - t0);
        t0 = null;
        resolve();
      } else setTimeout(poll, 20);
    };
    setTimeout(poll, 20);
  });
  return !!input;
}

// --------------------------------------------------------------------------- output

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const ms = (x) => (x == null ? '—' : x < 0.1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
const kb = (x) => (x == null ? '—' : `${(x / 1024).toFixed(0)} KB`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function transferSizes(dist) {
  const rows = [['file', 'raw', 'gzip', 'brotli']];
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const f of walk(dist).sort()) {
    const raw = fs.readFileSync(f);
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    // Quality 11 is what a static host precompresses with; above 4 MB it takes minutes, so 9.
    const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: raw.length > 4e6 ? 9 : 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
    rows.push([path.relative(dist, f), kb(raw.length), kb(gz), kb(br)]);
  }
  return table(rows);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const built = opts.dist ? { dist: opts.dist, appDist: opts.appDist || opts.dist, tmp: null, corpus: '(prebuilt)' } : build(opts);
  const server = await serve(built.dist);
  const appServer = await serve(built.appDist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => log('page error:', e.message));
    await page.goto(new URL('index.html', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wasmBindings?.explorer_documents, null, { timeout: 60000 });
    // Inject the peers from node_modules (no network).
    await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'node_modules/minisearch/dist/umd/index.js'), 'utf8') });
    await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'node_modules/itemsjs/dist/index.umd.js'), 'utf8') });
    const docs = await page.evaluate(() => window.wasmBindings.explorer_documents());
    const queries = querySet(docs);
    log(`${docs.length} articles; running ${queries.length} queries × ${opts.runs} per engine`);
    const r = await page.evaluate(inPage, { queries, runs: opts.runs });
    await page.close();

    // The shipped app, in a page of its own. Start-up: median of fresh navigations
    // (every one counted, the first with a cold cache included).
    const app = await browser.newPage();
    app.on('pageerror', (e) => log('page error:', e.message));
    await app.addInitScript(startupProbe);
    const starts = [];
    for (let i = 0; i < 9; i++) {
      await app.goto(new URL('index.html', appServer.url).href, { waitUntil: 'load' });
      await app.waitForFunction(() => window.__firstResults !== null, null, { timeout: 60000 });
      starts.push(await app.evaluate(() => window.__firstResults));
    }

    // Keystroke → DOM in the real UI: each word typed three times from an empty box.
    await app.evaluate(keystrokeProbe);
    const words = [queries[0].text, queries[1].text, 'zq'];
    r.keys = [];
    for (let round = 0; round < 3; round++) {
      for (const w of words) {
        await app.fill('#search', '');
        await app.evaluate(() => window.__settle());
        await app.evaluate(() => { window.__keys.length = 0; });
        await app.focus('#search');
        for (const ch of w) {
          await app.keyboard.type(ch);
          await app.evaluate(() => window.__settle());
        }
        r.keys = r.keys.concat(await app.evaluate(() => window.__keys.slice()));
      }
    }

    const names = ['ours', 'minisearch', 'itemsjs'];
    const rows = [['query', ...names.flatMap((n) => [`${n} median`, `${n} p95`]), 'ours/MiniSearch', 'ours/ItemsJS', 'count ours / MS / IJS', 'agree']];
    queries.forEach((q, i) => {
      const e = names.map((n) => r.engines[n][i]);
      const counts = e.map((x) => x.count);
      rows.push([
        `${q.name}: ${q.text || ''}${q.person.length ? ` person=${q.person.join('|')}` : ''}${q.topic.length ? ` topic=${q.topic.join('|')}` : ''}${q.from ? ` ${q.from}..${q.to}` : ''}`.slice(0, 70),
        ...e.flatMap((x) => [ms(x.median), ms(x.p95)]),
        (e[0].median / e[1].median).toFixed(2),
        (e[0].median / e[2].median).toFixed(3),
        counts.join(' / '),
        counts.every((c) => c === counts[0]) ? 'yes' : 'no',
      ]);
    });
    console.log(`\nCorpus: ${built.corpus} — ${docs.length} articles; ${opts.runs} runs per query after 3 warm-ups; one Chromium page (${await browser.version()})\n`);
    console.log(table(rows));
    console.log(`\nIndex sizes: ours ${kb(r.sizes.ours)} (postcard: corpus text + index, embedded in the wasm) · MiniSearch ${kb(r.sizes.minisearch)} (JSON, index only) · ItemsJS ${kb(r.sizes.itemsjs)} (JSON snapshot)`);
    console.log(`Peer indexing in the page: MiniSearch ${ms(r.build.minisearch_ms)} · ItemsJS ${ms(r.build.itemsjs_ms)} (ours is built at build time; decoding it: ${ms(r.decode_ms)})`);
    console.log(`Navigation → first results (real UI, ${starts.length} loads): median ${ms(pct(starts, 0.5))}, max ${ms(Math.max(...starts))}`);
    console.log(`Keystroke → DOM updated (real UI, ${r.keys.length} keystrokes): median ${ms(pct(r.keys, 0.5))}, p95 ${ms(pct(r.keys, 0.95))}`);
    console.log(`\nTransfer sizes of the shipped app (${built.appDist}):\n${transferSizes(built.appDist)}\n`);
  } finally {
    await browser.close();
    await server.close();
    await appServer.close();
    if (built.tmp && !opts.keep) fs.rmSync(built.tmp, { recursive: true, force: true });
    else if (built.tmp) log(`kept ${built.tmp}`);
  }
}

// Run as a script (not when bench-delivery.mjs imports the query set from here).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const run = argv.includes('--delivery')
    ? import('./bench-delivery.mjs').then((m) => m.main(argv.filter((a) => a !== '--delivery')))
    : main();
  run.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
