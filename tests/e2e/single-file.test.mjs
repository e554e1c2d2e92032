// tests/e2e/single-file.test.mjs — dist/explorer.html works opened straight from disk.
//
// Why: the single-file build (tools/single-file.mjs, a Trunk post_build hook) is the
// copy people mail around. It must run from file:// with no server and no network:
// every request other than file: and data: is aborted here.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  launch, openPage, requireDist, fileUrl, expectCount, checkbox, resultItems, resultHeadlines,
} from './helpers.mjs';

let browser;

before(async () => {
  requireDist('explorer.html');
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('explorer.html references no other file', () => {
  const html = fs.readFileSync(requireDist('explorer.html'), 'utf8');
  for (const m of html.matchAll(/\s(?:href|src)\s*=\s*["']([^"']*)["']/gi)) {
    assert.match(m[1], /^(?:data:|#|https?:)/, `explorer.html references ${m[1]}`);
  }
  assert.doesNotMatch(html, /<link[^>]+rel=["']?(?:stylesheet|modulepreload|preload)/i);
});

test('opened from file:// with the network blocked, it lists and filters the articles', async () => {
  const { page, close } = await openPage(browser, { offline: true });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(fileUrl('explorer.html'));
  await expectCount(page, 5);
  assert.equal(await resultItems(page).count(), 5);

  await checkbox(page, 'People', 'Kristi Noem').check();
  await expectCount(page, 2);
  assert.equal((await resultHeadlines(page)).length, 2);

  const external = requests.filter((u) => !/^(?:file|data):/.test(u));
  assert.deepEqual(external, [], 'no request leaves the file');
  await close();
});
