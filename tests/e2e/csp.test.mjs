// tests/e2e/csp.test.mjs — the release build runs under a strict Content-Security-Policy.
//
// Why: a site hosting the explorer should be able to send
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// (no inline scripts or styles, no eval). Trunk's inline loader script and any inline
// style the app sets would be refused; Chromium reports that as console errors and
// `securitypolicyviolation` events, which openPage() turns into failures.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, openPage, expectCount, resultItems, STRICT_CSP } from './helpers.mjs';

let browser;
let server;

before(async () => {
  server = await serveDist({ csp: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads and lists five articles under the strict CSP, with no violation', async () => {
  const { page, close, errors } = await openPage(browser);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await expectCount(page, 5);
  assert.equal(await resultItems(page).count(), 5);
  // Give late violations (e.g. styles applied after start-up) a moment to surface.
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await close();
});
