#!/usr/bin/env node
// tools/lighthouse.mjs — Lighthouse scores of the served build, printed as a table.
//
// Why: the delivery issue sets a bar (performance ≥ 95, accessibility 100, best
// practices 100) that only a real Lighthouse run can tell. This serves dist/ the way a
// production static host would (strict CSP, brotli/gzip) with tools/static-server.mjs,
// runs npm's `lighthouse` against it in Debian's Chromium (the same flags the e2e tests
// use), once with the mobile and once with the desktop preset, prints the three scores
// and the failing audits, and exits 1 when a score is below the bar. Not part of
// `make test` (scores are measurements, not pass/fail tests that must never flake).
//
// Usage: make lighthouse            (installs lighthouse, builds, then runs this)
//        node tools/lighthouse.mjs [--dist DIR] [--preset mobile|desktop|both]

import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const BAR = { performance: 95, accessibility: 100, 'best-practices': 100 };

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = path.resolve(ROOT, opt('dist', 'dist'));
const presets = { both: ['mobile', 'desktop'], mobile: ['mobile'], desktop: ['desktop'] }[opt('preset', 'both')];
if (!presets) throw new Error('--preset must be mobile, desktop or both');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`${path.relative(ROOT, dist)}/index.html is missing: run \`make build\` first`);
  process.exit(2);
}

let lighthouse, chromeLauncher;
try {
  lighthouse = (await import('lighthouse')).default;
  chromeLauncher = await import('chrome-launcher');
} catch {
  console.error('lighthouse is not installed: run `make lighthouse` (it installs it) or `npm install --no-save lighthouse@12`');
  process.exit(2);
}

const server = await serve(dist, { csp: true, compress: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
let ok = true;
const rows = [];
try {
  for (const preset of presets) {
    const config = preset === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(
      server.url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BAR) },
      config,
    );
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(Object.keys(BAR).map((k) => [k, Math.round((categories[k]?.score ?? 0) * 100)]));
    rows.push({ preset, ...scores });
    for (const [k, bar] of Object.entries(BAR)) {
      if (scores[k] < bar) {
        ok = false;
        const failing = categories[k].auditRefs
          .map((r) => audits[r.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `    - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        console.log(`${preset} ${k} ${scores[k]} < ${bar}:\n${failing.join('\n')}`);
      }
    }
    const m = (id) => audits[id]?.displayValue ?? '-';
    console.log(`${preset}: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}, SI ${m('speed-index')}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log('\nLighthouse (served build, strict CSP, brotli)');
console.log('preset     performance  accessibility  best-practices');
for (const r of rows) {
  console.log(`${r.preset.padEnd(10)} ${String(r.performance).padStart(11)}  ${String(r.accessibility).padStart(13)}  ${String(r['best-practices']).padStart(14)}`);
}
console.log(`bar        ${String(BAR.performance).padStart(11)}  ${String(BAR.accessibility).padStart(13)}  ${String(BAR['best-practices']).padStart(14)}  → ${ok ? 'met' : 'NOT met'}`);
process.exit(ok ? 0 : 1);
