// tests/e2e/views.test.mjs — the other views and tools, walked as a person would.
//
// Why: explorer.test.mjs covers searching, facets, dates, reading and the URL;
// exploring.test.mjs the reader's entities, the day histogram and the phone layout.
// This file walks the rest of the list: the facet tools (A–Z, show all,
// filter box, zero counts disabled), sorting, the timeline and people views, the
// exports, copy link / citation, print, the theme switch and the Spanish interface.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serveDist, openPage, expectCount, expectText, waitUntil,
  checkbox, facet, results, status, hashParams,
} from './helpers.mjs';

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

async function open(hash = '') {
  const session = await openPage(browser);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await session.page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await session.page.goto(server.url + hash);
  await expectText(status(session.page), /^\d+ of \d+ articles$/);
  return session;
}


test('facet tools: A–Z order, show all, filter box, zero counts disabled', async () => {
  const { page, close } = await open();
  const people = facet(page, 'People');
  const names = async () => (await people.getByRole('checkbox').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))));
  const byCount = await names();
  assert.equal(byCount.length, 8, 'eight values before "Show all"');
  await people.getByRole('button', { name: 'A–Z', exact: true }).click();
  const alpha = await names();
  assert.deepEqual(alpha, [...alpha].sort((a, b) => a.localeCompare(b)), 'A–Z order');
  await people.getByRole('button', { name: /^Show all \d+ people$/ }).click();
  assert.ok((await names()).length > 8, 'all the people are listed');
  await people.getByRole('button', { name: 'Show fewer people', exact: true }).click();
  await people.getByRole('searchbox', { name: 'Filter people' }).fill('milei');
  const mileis = await names();
  assert.ok(mileis.includes('Javier Milei') && mileis.every((n) => /milei/i.test(n)), `only Mileis: ${mileis}`);
  // With a person chosen, values that would give nothing are disabled.
  // With a publisher chosen, the people it never mentions are disabled (OR within a
  // facet: choosing a person would not do it, the others stay choosable).
  await people.getByRole('searchbox', { name: 'Filter people' }).fill('');
  await checkbox(page, 'Publishers', 'Perfil').check();
  await expectCount(page, 1);
  assert.equal(await checkbox(page, 'People', 'Juan Pazo').isDisabled(), true);
  assert.equal(await checkbox(page, 'People', 'Javier Milei').isDisabled(), false);
  await close();
});

test('sorting by newest and oldest reorders the results', async () => {
  const { page, close } = await open();
  const sort = page.getByRole('combobox', { name: 'Sort' });
  await sort.selectOption({ label: 'Newest' });
  await waitUntil(() => hashParams(page).get('sort') === 'newest', 'sort=newest in the URL');
  const dates = () => results(page).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  const newest = await dates();
  assert.deepEqual(newest, [...newest].sort().reverse(), `newest first: ${newest}`);
  await sort.selectOption({ label: 'Oldest' });
  await waitUntil(() => hashParams(page).get('sort') === 'oldest', 'sort=oldest in the URL');
  await waitUntil(async () => (await dates())[0] === [...newest].sort()[0], 'the oldest first');
  const oldest = await dates();
  assert.deepEqual(oldest, [...oldest].sort(), `oldest first: ${oldest}`);
  await close();
});

test('timeline and people views: events link to their articles, a name filters', async () => {
  const { page, close } = await open();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
  assert.equal(hashParams(page).get('view'), 'timeline');
  const source = page.getByRole('list', { name: 'Mentioned in' }).first().getByRole('link').first();
  const title = (await source.textContent()).trim();
  await source.click();
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();

  await page.getByRole('button', { name: 'People', exact: true }).click();
  const matrix = page.getByRole('table');
  await matrix.waitFor();
  await matrix.getByRole('rowheader').getByRole('button', { name: 'Kristi Noem', exact: true }).click();
  await expectCount(page, 2);
  assert.equal(hashParams(page).get('person'), 'Kristi Noem');
  assert.equal(hashParams(page).get('view'), null, 'back on the results');
  await close();
});

test('exports, copy link, copy citation and print', async () => {
  const { page, close } = await open('#person=Kristi%20Noem');
  await expectCount(page, 2);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  assert.equal(csv.suggestedFilename(), 'articles.csv');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  assert.equal(json.suggestedFilename(), 'articles.json');
  const rows = JSON.parse(await (await import('node:fs')).promises.readFile(await json.path(), 'utf8'));
  assert.equal(rows.length, 2, 'the JSON holds the two results');

  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expectText(page.getByText('Link copied'), 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await results(page).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Copy citation', exact: true }).click();
  await expectText(page.getByText('Citation copied'), 'Citation copied');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^“.+”/);
  await close();
});

test('the theme switch overrides the system, and the interface speaks Spanish', async () => {
  const { page, close } = await open();
  await page.emulateMedia({ colorScheme: 'light' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await waitUntil(async () => (await bg()) !== light, 'a dark background');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
  await page.getByRole('heading', { level: 1, name: 'Explorador de noticias' }).waitFor();
  assert.equal(hashParams(page).get('lang'), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await expectText(status(page), '5 de 5 artículos');
  await close();
});
