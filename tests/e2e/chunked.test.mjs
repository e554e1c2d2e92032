// tests/e2e/chunked.test.mjs — the chunked build, served and opened from disk.
//
// Why: above a corpus size build.rs writes a chunked build (README, "Big corpora"): the
// wasm holds the head, and term shards, article texts, the people list and the events
// are files in c/, fetched when a query, a result's snippet, the reader or the
// timeline needs them. This builds nothing itself: `tools/test.sh` makes the seeds'
// chunked build in dist-chunked/ (EXPLORER_BUILD=chunked), and also runs the DOM
// snapshot test against it (the same DOM in every state as the single build).
// E2E_CHUNKED_DIST points at another one.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT, launch, openPage, expectCount, expectText, checkbox, resultItems, resultHeadlines, searchbox, results,
  status, facet, waitUntil, hashParams,
} from './helpers.mjs';
import { serve } from '../../tools/static-server.mjs';

const DIST = path.resolve(process.env.E2E_CHUNKED_DIST || path.join(ROOT, 'dist-chunked'));

let browser;
let server;

before(async () => {
  for (const f of ['index.html', 'explorer.html', 'c']) {
    if (!fs.existsSync(path.join(DIST, f))) {
      throw new Error(`${path.join(DIST, f)} is missing: run \`EXPLORER_BUILD=chunked trunk build --release --dist dist-chunked\``);
    }
  }
  browser = await launch();
  server = await serve(DIST, { csp: true });
});

after(async () => {
  await server?.close();
  await browser?.close();
});

const chunkRequests = (requests) => requests.filter((u) => /\/c\/[wstpemflhgi]\d*-[0-9a-f]{8}\.(bin|js)$/.test(u));

test('served under a strict CSP: snippets, search, phrases, reader and timeline fetch their chunks', async () => {
  const { page, close } = await openPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url);
  await expectCount(page, 5);
  // The first page's snippets come from the text chunks.
  await expectText(resultItems(page).first().getByRole('paragraph').last(), /\w{3,}.*\w{3,}/);
  const afterStart = chunkRequests(requests).length;
  assert.ok(afterStart >= 1, 'the snippets fetched their text group');
  assert.ok(chunkRequests(requests).every((u) => u.endsWith('.bin')), 'fetched as .bin over HTTP');

  await searchbox(page).fill('Sarkozy');
  await expectCount(page, 1);
  assert.ok(chunkRequests(requests).length > afterStart, 'the search fetched term shards');
  // A quoted phrase is checked in the candidates' texts.
  await searchbox(page).fill('"Nicolas Sarkozy"');
  await expectCount(page, 1);
  await searchbox(page).fill('"Sarkozy Nicolas"');
  await expectCount(page, 0);
  await searchbox(page).fill('Sarkozy');
  await expectCount(page, 1);

  // The reader: the body (a text group) with its names marked (the people list).
  const first = (await resultHeadlines(page))[0];
  await results(page).getByRole('link', { name: first, exact: true }).click();
  const article = page.getByRole('article');
  await article.getByRole('heading', { name: first, exact: true }).waitFor();
  await article.getByRole('button', { name: /Sarkozy/ }).first().waitFor();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('list', { name: 'Mentioned in' }).first().waitFor();
  await close();
});

test('the JSON export waits for the texts of every result', async () => {
  const { page, close } = await openPage(browser);
  await page.goto(`${server.url}#person=Kristi%20Noem`);
  await expectCount(page, 2);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  const rows = JSON.parse(await fs.promises.readFile(await json.path(), 'utf8'));
  assert.equal(rows.length, 2);
  for (const r of rows) assert.ok(r.paragraphs.length > 0, `${r.id} has its text`);
  await close();
});

test('a chunk that cannot be loaded is named in a notice', async () => {
  const { page, context, errors } = await openPage(browser);
  await page.route('**/c/*.bin', (r) => r.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await expectCount(page, 5);
  const alert = page.getByRole('alert');
  await expectText(alert, /Part of the corpus could not be loaded: .*c\/[wstpemflh]\d*-[0-9a-f]{8}\.bin: HTTP 404/);
  assert.ok(errors.some((e) => /could not be loaded/.test(e)), 'and in the console');
  await context.close();
});

test('the folder opened from file:// with the network blocked: chunks arrive as scripts', async () => {
  const { page, close } = await openPage(browser, { offline: true });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(path.join(DIST, 'explorer.html')).href);
  await expectCount(page, 5);
  await checkbox(page, 'People', 'Kristi Noem').check();
  await expectCount(page, 2);
  await searchbox(page).fill('Sarkozy');
  await expectCount(page, 0);
  await checkbox(page, 'People', 'Kristi Noem').uncheck();
  await expectCount(page, 1);
  const first = (await resultHeadlines(page))[0];
  await results(page).getByRole('link', { name: first, exact: true }).click();
  await page.getByRole('article').getByRole('button', { name: /Sarkozy/ }).first().waitFor();
  const chunks = chunkRequests(requests);
  assert.ok(chunks.length >= 2 && chunks.every((u) => u.startsWith('file:') && u.endsWith('.js')), chunks.join('\n'));
  assert.deepEqual(requests.filter((u) => !/^(?:file|data):/.test(u)), [], 'no request leaves the disk');
  await close();
});

test('the script embed on a page in another folder fetches the chunks from beside embed.js', async () => {
  const { page, close } = await openPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/news/story.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: '<!DOCTYPE html><title>Story</title><h1>A story</h1><div data-corpus-explorer></div><script src="../embed.js"></script>',
    }),
  );
  await page.goto(`${server.url}news/story.html`);
  const host = page.locator('div[data-corpus-explorer]');
  await expectCount(host, 5);
  await searchbox(host).fill('Sarkozy');
  await expectCount(host, 1);
  const chunks = chunkRequests(requests);
  assert.ok(chunks.length >= 2, chunks.join('\n'));
  assert.ok(chunks.every((u) => u.startsWith(`${server.url}c/`)), chunks.join('\n'));
  await close();
});

// A chunked build of a bigger corpus (E2E_BIG_DIST, e.g. BBC dev: `CORPUS_DIR=… EXPLORER_BUILD=chunked
// trunk build --release --dist /tmp/bbc-dist`), served and from file://: the first view from the head
// alone, then a person filter (its facet postings) whose count is the one its checkbox showed, a
// second page of results and the reader (metadata groups fetched on demand).
const BIG = process.env.E2E_BIG_DIST && path.resolve(process.env.E2E_BIG_DIST);
for (const where of ['served', 'file://']) {
  test(`a bigger chunked build (${where}): first view, person filter, more results, reader`, { skip: !BIG }, async () => {
    const { page, close } = await openPage(browser, { offline: where === 'file://' });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    let srv;
    try {
    if (where === 'served') {
      srv = await serve(BIG, { csp: true });
      await page.goto(srv.url);
    } else {
      await page.goto(pathToFileURL(path.join(BIG, 'explorer.html')).href);
    }
    const total = Number((await expectText(status(page), /^\d+ of \d+ articles$/)).split(" of ")[1].split(" ")[0]);
    assert.ok(total > 100, `${total} articles`);
    assert.equal((await resultHeadlines(page)).length, 20);
    assert.deepEqual(chunkRequests(requests).filter((u) => /\/c\/[mflg]/.test(u)), [], 'the first view needs no metadata or facet chunk');
    const people = facet(page, 'People');
    const first = people.getByRole('checkbox').first();
    const name = await first.getAttribute('aria-label');
    const shown = Number(await first.locator('xpath=..').locator('.count').textContent());
    await first.check();
    await expectText(status(page), `${shown} of ${total} articles`);
    assert.ok(chunkRequests(requests).some((u) => /\/c\/f\d+-/.test(u)), 'the facet postings were fetched');
    const headlines = await resultHeadlines(page);
    assert.equal(headlines.length, Math.min(20, shown));
    assert.ok(headlines.every((h) => h.length > 0), 'every result has its headline');
    if (shown > 20) {
      await page.getByRole('button', { name: /Show more results/ }).click();
      await waitUntil(async () => (await resultHeadlines(page)).length === Math.min(40, shown), 'a second page');
    }
    const last = (await resultHeadlines(page)).at(-1);
    await results(page).getByRole('link', { name: last, exact: true }).last().click();
    await page.getByRole('article').getByRole('heading', { name: last, exact: true }).waitFor();
    assert.ok(hashParams(page).get('person') === name);
    if (where === 'file://') {
      assert.deepEqual(requests.filter((u) => !/^(?:file|data):/.test(u)), [], 'no request leaves the disk');
    }
    await close();
    } finally {
      await srv?.close();
    }
  });
}

// The same bigger build: a link to an article by id fetches a shard of the id
// directory and the metadata groups of what the reader names, not every group; the People view draws its matrix
// from the facet postings, with no metadata group at all.
test('a bigger chunked build: a deep link and the People view fetch only what they show', { skip: !BIG }, async () => {
  const srv = await serve(BIG, { csp: true });
  try {
    // An id from the last metadata group: the newest articles' ids are in the head.
    const ids = [];
    {
      const { page, close } = await openPage(browser);
      await page.goto(`${srv.url}#sort=oldest`);
      await expectText(status(page), /^\d+ of \d+ articles$/);
      const href = await resultItems(page).first().getByRole('link').first().getAttribute('href');
      ids.push(new URLSearchParams(href.replace(/^#/, '')).get('doc'));
      await close();
    }
    const { page, close } = await openPage(browser);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${srv.url}#doc=${encodeURIComponent(ids[0])}`);
    await page.getByRole('article').getByRole('heading').first().waitFor();
    // Its group, and those of the related articles and thread it links to (by title).
    const metas = chunkRequests(requests).filter((u) => /\/c\/m\d+-/.test(u));
    const groups = fs.readdirSync(path.join(BIG, 'c')).filter((f) => /^m\d+-.*\.bin$/.test(f)).length;
    assert.ok(metas.length < groups, `${metas.length} of ${groups} metadata groups`);
    assert.ok(chunkRequests(requests).some((u) => /\/c\/i\d+-/.test(u)), 'an id shard');
    await close();

    const view = await openPage(browser);
    const asked = [];
    view.page.on('request', (r) => asked.push(r.url()));
    await view.page.goto(`${srv.url}#view=people`);
    await view.page.locator('table.matrix').waitFor();
    assert.deepEqual(chunkRequests(asked).filter((u) => /\/c\/m\d+-/.test(u)), [], 'no metadata group');
    await view.close();
  } finally {
    await srv.close();
  }
});
