// tests/e2e/helpers.mjs — shared plumbing for the Playwright end-to-end tests.
//
// Why: every e2e test file needs the same things: Debian's Chromium launched with the
// flags this machine needs (no sandbox as root, no background networking), dist/
// served by tools/static-server.mjs, and every console error, uncaught page error and
// CSP violation collected so that a test fails on any of them. Tests drive the page
// as a person would: by role and accessible name, never by CSS class.

import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// E2E_DIST points the tests at another build (e.g. an older one, for the DOM snapshot).
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');

import { CHROMIUM, CHROMIUM_ARGS } from '../../tools/chromium.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

export { STRICT_CSP } from '../../tools/static-server.mjs';

/** Default wait for the app to react (the wasm start-up is the slowest bit). */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 15000);

/** Fail early, with a clear message, when there is no build to test. */
export function requireDist(file = 'index.html') {
  const p = path.join(DIST, file);
  if (!fs.existsSync(p)) {
    throw new Error(
      `${path.relative(ROOT, p)} is missing: run \`trunk build --release\` (or \`make build\`) before the e2e tests`,
    );
  }
  return p;
}

export function fileUrl(file) {
  return pathToFileURL(path.join(DIST, file)).href;
}

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run tools/setup.sh (installs Debian's chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Serve dist/ on a free port; `csp: true` adds the strict Content-Security-Policy. */
export async function serveDist({ csp = false } = {}) {
  requireDist();
  return serve(DIST, { csp });
}

/**
 * A fresh context + page that records every console error, page error, CSP violation
 * and failed request. Call `assertNoErrors()` (or `close()`, which does) at the end.
 */
export async function openPage(browser, { offline = false, locale = 'en-US' } = {}) {
  // The interface follows the browser's language: pin it, the tests read English names.
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url;
      // Chromium's own implicit /favicon.ico request (the page declares no icon) is not
      // the app's doing; a 404 of an icon the page does declare would still count.
      if (where && new URL(where).pathname.endsWith('/favicon.ico')) return;
      errors.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
  page.on('requestfailed', (req) => {
    if (offline && !/^(file|data):/.test(req.url())) return; // blocked on purpose
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return; // navigation cancelled it
    errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  await page.exposeFunction('__e2eReportCsp', (msg) => errors.push(msg));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__e2eReportCsp(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  if (offline) {
    await page.route('**', (r) => {
      const url = r.request().url();
      return url.startsWith('file:') || url.startsWith('data:') ? r.continue() : r.abort();
    });
  }
  const assertNoErrors = () => {
    assert.deepEqual(errors, [], `the page reported errors:\n${errors.join('\n')}`);
  };
  const close = async () => {
    await context.close();
    assertNoErrors();
  };
  return { context, page, errors, assertNoErrors, close };
}

/** Wait until `locator`'s text (whitespace-collapsed) equals / matches `expected`. */
export async function expectText(locator, expected, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last = '(nothing)';
  for (;;) {
    try {
      const n = await locator.count();
      if (n === 1) {
        last = (await locator.textContent({ timeout: 1000 }))?.replace(/\s+/g, ' ').trim() ?? '';
        if (typeof expected === 'string' ? last === expected : expected.test(last)) return last;
      } else {
        last = `(${n} elements match ${locator})`;
      }
    } catch (e) {
      last = `(error: ${e.message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) {
      assert.fail(`expected ${locator} to read ${JSON.stringify(String(expected))}, last read ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Wait until `fn()` returns a truthy value; fail with `what` after the timeout. */
export async function waitUntil(fn, what, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// --- the app's accessible surface (see the DOM contract in the report / tests) ---

/** The view state the page keeps in its URL hash, as URLSearchParams. */
export const hashParams = (page) => new URLSearchParams(new URL(page.url()).hash.replace(/^#/, ''));

export const status = (page) => page.getByRole('status');
export const results = (page) => page.getByRole('list', { name: 'Results', exact: true });
export const searchbox = (page) => page.getByRole('searchbox', { name: 'Search articles', exact: true });
export const facet = (page, legend) => page.getByRole('group', { name: legend, exact: true });
export const checkbox = (page, legend, value) =>
  facet(page, legend).getByRole('checkbox', { name: value, exact: true });

/** Wait for "N of M articles" in the results status. */
export const expectCount = (page, n, m = 5) => expectText(status(page), `${n} of ${m} articles`);

/** The result items: the Results list's own items (each has its headline as a heading). */
export const resultItems = (page) =>
  results(page).getByRole('listitem').filter({ has: page.getByRole('heading') });

/** Headlines currently listed in the results (headings inside the Results list). */
export async function resultHeadlines(page) {
  return (await results(page).getByRole('heading').allTextContents()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
}
