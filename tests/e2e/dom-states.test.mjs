// tests/e2e/dom-states.test.mjs — the app's DOM in each of its states, against a snapshot.
//
// Why: a restructure of the app (components split into files, state moved into
// types) must not change what a reader gets. This walks a fixed list of states, some
// from the URL (search, facets, dates, views, the reader, Spanish, a bad link) and
// some reached by clicking, dumps the page's markup in each, and compares it with
// tests/e2e/snapshots/dom-states.json, written from the release build before the
// restructure. A change to the markup on purpose is recorded by running
//   UPDATE_DOM_SNAPSHOT=1 node --test tests/e2e/dom-states.test.mjs
// and reviewing the diff of the snapshot file like any other change.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, serveDist, openPage, expectText, waitUntil, status, facet } from './helpers.mjs';

const SNAPSHOT = path.join(ROOT, 'tests/e2e/snapshots/dom-states.json');
const UPDATE = process.env.UPDATE_DOM_SNAPSHOT === '1';

/** States reached from a URL hash alone. */
const URL_STATES = {
  start: '',
  search: 'q=visa',
  'search-no-match': 'q=zzzzqqq',
  person: 'person=Javier+Milei',
  'person-and-search': 'person=Javier+Milei&q=argentina&sort=newest',
  'date-range': 'from=2025-01-01&to=2025-12-31',
  undated: 'undated=1',
  timeline: 'view=timeline',
  people: 'view=people',
  'people-filtered': 'view=people&person=Javier+Milei',
  spanish: 'lang=es',
  'spanish-timeline': 'lang=es&view=timeline&q=milei',
  'bad-link': 'sort=sideways&view=nowhere&from=yesterday&colour=red',
  oldest: 'sort=oldest',
};

/** States reached by doing something on the start page. */
const ACTIONS = {
  'reader-open': async (page) => {
    await page.getByRole('list', { name: 'Results', exact: true }).getByRole('heading').first().getByRole('link').click();
    await page.getByRole('article').getByRole('heading').first().waitFor();
  },
  'facet-a-z-show-all': async (page) => {
    const people = facet(page, 'People');
    await people.getByRole('button', { name: 'A–Z', exact: true }).click();
    await people.getByRole('button', { name: /^Show all \d+ people$/ }).click();
  },
};

let browser;
let server;

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's markup, once it has stopped changing (two equal reads 100 ms apart). */
async function settledDump(page) {
  const dump = () => page.evaluate(() => {
    const body = document.body.cloneNode(true);
    // Trunk's script and preload tags carry content hashes that change with any build.
    body.querySelectorAll('script, link').forEach((n) => n.remove());
    return body.innerHTML;
  });
  let last = await dump();
  return waitUntil(async () => {
    await new Promise((r) => setTimeout(r, 100));
    const now = await dump();
    const same = now === last;
    last = now;
    return same && now;
  }, 'the page to settle');
}

async function dumpState(hash, action) {
  const session = await openPage(browser);
  await session.page.goto(server.url + (hash ? `#${hash}` : ''));
  await expectText(status(session.page), /\d/);
  if (action) await action(session.page);
  const html = await settledDump(session.page);
  await session.close();
  return html;
}

/** Where two strings first differ, with some context, for a readable failure. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const from = Math.max(0, i - 120);
  return `at character ${i}:\n  expected …${a.slice(from, i + 120)}…\n  actual   …${b.slice(from, i + 120)}…`;
}

test('the DOM in every listed state matches the snapshot', async () => {
  const actual = {};
  for (const [name, hash] of Object.entries(URL_STATES)) actual[name] = await dumpState(hash);
  for (const [name, action] of Object.entries(ACTIONS)) actual[name] = await dumpState('', action);
  if (UPDATE) {
    fs.mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    fs.writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 1)}\n`);
    return;
  }
  assert.ok(fs.existsSync(SNAPSHOT), `${path.relative(ROOT, SNAPSHOT)} is missing: run with UPDATE_DOM_SNAPSHOT=1`);
  const expected = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), 'the same list of states');
  for (const name of Object.keys(expected)) {
    assert.ok(actual[name].length > 500, `state ${name}: the app rendered (${actual[name].length} characters)`);
    if (actual[name] !== expected[name]) {
      assert.fail(`state ${name} differs from the snapshot ${firstDifference(expected[name], actual[name])}`);
    }
  }
});
