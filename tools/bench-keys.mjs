#!/usr/bin/env node
// tools/bench-keys.mjs — keystroke → DOM-updated time of the real UI, single and chunked.
//
// Why: tools/bench.mjs measures keystrokes on the single build only, and needs a second
// build with the benchmark API for its query words. Typing must stay instant in both
// modes (issue 17: ≤ 8 ms median, ≤ 16 ms p95 on BBC, Reuters and 20,000 articles), so
// this builds the app as shipped for one corpus in the modes asked for, serves it
// (tools/static-server.mjs, strict CSP), and in headless Chromium types the words of
// bench.mjs's query set (the first single word, then the two words, then "zq", which
// matches nothing) three times each from an empty box, timing every keystroke from
// the input event to the last DOM change (the same probe as bench.mjs). A chunked build
// fetches a word's shards the first time it is typed: its figures are printed for all
// rounds and for rounds 2–3 apart (chunks cached: what the typing itself costs).
//
//   node tools/bench-keys.mjs --corpus DIR | --generate N  [--modes single,chunked]
//   options: --work DIR (target/bench-keys/<corpus>: builds and docs, reused; --rebuild)
//            --dist-single DIR / --dist-chunked DIR (measure these builds, no build)
//            --words "w1;w1 w2" (instead of the query set's)  --rounds R (3)
//
// Needs trunk, wasm-bindgen, wasm-opt on PATH and Chromium, as bench.mjs. Set
// CARGO_TARGET_DIR to keep these builds apart from another build's.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { querySet, keystrokeProbe } from './bench.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { corpusTool, loadDocs } from './bench-delivery.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
const env = {
  ...process.env,
  PATH: [path.join(os.homedir(), '.cargo/bin'), path.join(ROOT, 'node_modules/.bin'), process.env.PATH].join(':'),
};
const log = (...a) => console.error('[keys]', ...a);

function parseArgs(argv) {
  const o = { seed: 1, rounds: 3, modes: ['single', 'chunked'], rebuild: false, dists: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') o.corpus = path.resolve(next());
    else if (a === '--generate') o.generate = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--modes') o.modes = next().split(',');
    else if (a === '--work') o.work = path.resolve(next());
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--dist-single') o.dists.single = path.resolve(next());
    else if (a === '--dist-chunked') o.dists.chunked = path.resolve(next());
    else if (a === '--words') o.words = next().split(';');
    else if (a === '--rounds') o.rounds = Number(next());
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 22).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (try --help)`);
  }
  if (!o.corpus && !o.generate && !o.words) throw new Error('--corpus DIR or --generate N (try --help)');
  const name = o.generate ? `gen-${o.generate}-s${o.seed}` : path.basename(o.corpus || 'words');
  o.work ||= path.join(TARGET, 'bench-keys', name);
  return o;
}

/** The shipped app for `corpus` in `mode`, built into the work folder (reused). */
function build(corpus, mode, work, rebuild) {
  const out = path.join(work, `dist-${mode}`);
  if (fs.existsSync(path.join(out, 'index.html')) && !rebuild) return out;
  log(`EXPLORER_BUILD=${mode} trunk build --release (CORPUS_DIR=${corpus}) → ${out}`);
  const t0 = Date.now();
  execFileSync('trunk', ['build', '--release', '--dist', out], { cwd: ROOT, env: { ...env, CORPUS_DIR: corpus, EXPLORER_BUILD: mode }, stdio: 'inherit' });
  log(`  ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return out;
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const ms = (x) => (x == null ? '—' : `${x.toFixed(1)} ms`);

/** Types every word `rounds` times; the keystroke times of each round. */
async function typeWords(browser, url, words, rounds) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('ol.results li'), null, { timeout: 120000 });
  await page.evaluate(keystrokeProbe);
  const perRound = [];
  for (let round = 0; round < rounds; round++) {
    const keys = [];
    for (const w of words) {
      await page.fill('#search', '');
      await page.evaluate(() => window.__settle());
      await page.evaluate(() => { window.__keys.length = 0; });
      await page.focus('#search');
      for (const ch of w) {
        await page.keyboard.type(ch);
        await page.evaluate(() => window.__settle());
      }
      keys.push(...await page.evaluate(() => window.__keys.slice()));
    }
    perRound.push(keys);
  }
  await page.close();
  return perRound;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(opts.work, { recursive: true });
  let corpus = opts.corpus;
  const corpusBin = opts.generate || !opts.words ? corpusTool() : null;
  if (opts.generate) {
    corpus = path.join(opts.work, 'corpus');
    if (!fs.existsSync(path.join(corpus, '.complete'))) {
      log(`generating ${opts.generate} articles (seed ${opts.seed}) into ${corpus}`);
      fs.rmSync(corpus, { recursive: true, force: true });
      execFileSync(corpusBin, ['generate', String(opts.generate), corpus, '--seed', String(opts.seed)], { stdio: 'inherit' });
      fs.writeFileSync(path.join(corpus, '.complete'), '');
    }
  }
  let words = opts.words;
  let n = '?';
  if (!words) {
    const docs = loadDocs(corpusBin, corpus, opts.work, false);
    n = docs.length;
    const q = querySet(docs);
    words = [q[0].text, q[1].text, 'zq'];
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  const rows = [];
  try {
    for (const mode of opts.modes) {
      const dist = opts.dists[mode] || build(corpus, mode, opts.work, opts.rebuild);
      const server = await serve(dist, { csp: true });
      try {
        const rounds = await typeWords(browser, new URL('index.html', server.url).href, words, opts.rounds);
        const all = rounds.flat();
        const warm = rounds.slice(1).flat();
        rows.push({ mode, all, warm });
        log(`${mode}: ${all.length} keystrokes, median ${ms(pct(all, 0.5))}, p95 ${ms(pct(all, 0.95))}`);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nKeystroke → DOM updated, ${corpus ? path.basename(corpus) : 'prebuilt'} (${n} articles), words: ${words.map((w) => `"${w}"`).join(', ')}, ${opts.rounds} rounds (Chromium ${version})`);
  console.log('mode      keys  median (all)  p95 (all)  median (rounds 2+)  p95 (rounds 2+)');
  for (const r of rows) {
    console.log(`${r.mode.padEnd(8)}  ${String(r.all.length).padStart(4)}  ${ms(pct(r.all, 0.5)).padStart(12)}  ${ms(pct(r.all, 0.95)).padStart(9)}  ${ms(pct(r.warm, 0.5)).padStart(18)}  ${ms(pct(r.warm, 0.95)).padStart(15)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
