// tests/e2e/explorer.test.mjs — the explorer as a reader uses it, against the release build.
//
// Why: unit tests prove the index and the URL codec; only a real browser proves that a
// person can find articles by searching, ticking facets and picking dates, read one,
// share/reload the URL and use Back/Forward — with no console errors on the way.
// Run: trunk build --release && node --test tests/e2e/

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serveDist, openPage, expectCount, expectText, waitUntil,
  searchbox, checkbox, results, resultItems, resultHeadlines, status, hashParams,
} from './helpers.mjs';

const NYT = 'Argentina in Advanced Talks to Become Destination for U.S. Deportations';

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

/** Open the app at `hash` and wait until it shows its results count. */
async function open(hash = '') {
  const session = await openPage(browser);
  await session.page.goto(server.url + hash);
  await expectText(status(session.page), /^\d+ of \d+ articles$/);
  return session;
}


test('lists all five articles', async () => {
  const { page, close } = await open();
  await expectCount(page, 5);
  const items = resultItems(page);
  await waitUntil(async () => (await items.count()) === 5, 'five result items');
  const headlines = await resultHeadlines(page);
  assert.ok(headlines.includes(NYT), `results should include the NYT piece, got:\n${headlines.join('\n')}`);
  await close();
});

test('free-text search ignores accents ("Lucia" finds "Lucía")', async () => {
  const { page, close } = await open();
  const search = searchbox(page);
  await search.fill('Lucia');
  await expectCount(page, 1);
  assert.deepEqual(await resultHeadlines(page), [NYT]);
  assert.equal(hashParams(page).get('q')?.toLowerCase(), 'lucia', `hash should hold the query: ${page.url()}`);

  await search.fill('');
  await expectCount(page, 5);
  await close();
});

test('a person facet narrows the results and unticking restores them', async () => {
  const { page, close } = await open();
  const noem = checkbox(page, 'People', 'Kristi Noem');
  await noem.check();
  await expectCount(page, 2);
  assert.equal(await noem.isChecked(), true);
  assert.equal(hashParams(page).get('person'), 'Kristi Noem', `hash should hold the person: ${page.url()}`);
  for (const h of await resultHeadlines(page)) assert.notEqual(h, NYT);

  await noem.uncheck();
  await expectCount(page, 5);
  await close();
});

test('the date range filters, combines with a person, and active filters can be removed', async () => {
  const { page, close } = await open();
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await from.fill('2026-01-01');
  await to.fill('2026-02-28');
  await expectCount(page, 3);
  const inRange = await resultHeadlines(page);
  assert.ok(inRange.includes(NYT), `the NYT piece (30 Jan 2026) is in range:\n${inRange.join('\n')}`);

  // Person AND dates: Kristi Noem's two articles are both from 2025, so none is left.
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectCount(page, 5);
  const noem = checkbox(page, 'People', 'Kristi Noem');
  await noem.check();
  await expectCount(page, 2);
  await from.fill('2026-01-01');
  await expectCount(page, 0);
  await to.fill('2026-02-28');
  await expectCount(page, 0);
  const params = hashParams(page);
  assert.equal(params.get('person'), 'Kristi Noem');
  assert.equal(params.get('from'), '2026-01-01');
  assert.equal(params.get('to'), '2026-02-28');

  // Active filters: remove just the person, then just the start date, then everything.
  await page.getByRole('button', { name: 'Remove Kristi Noem', exact: true }).click();
  await expectCount(page, 3);
  assert.equal(await noem.isChecked(), false);
  await page.getByRole('button', { name: 'Remove from 2026-01-01', exact: true }).click();
  await waitUntil(async () => (await from.inputValue()) === '', 'the From date emptied');
  assert.equal(await to.inputValue(), '2026-02-28');
  await expectCount(page, 5);

  await noem.check();
  await expectCount(page, 2);
  await page.getByRole('button', { name: 'Clear all', exact: true }).click();
  await expectCount(page, 5);
  assert.equal(await noem.isChecked(), false);
  assert.equal(await from.inputValue(), '');
  assert.equal(await to.inputValue(), '');
  assert.equal(await page.getByRole('button', { name: /^Remove / }).count(), 0, 'no active filter left');
  await close();
});

test('opening an article shows its headline and cleaned text; the view survives a reload', async () => {
  const { page, close } = await open();
  await searchbox(page).fill('Lucia');
  await expectCount(page, 1);
  await results(page).getByRole('link', { name: NYT, exact: true }).click();

  const article = page.getByRole('article');
  const heading = article.getByRole('heading', { name: NYT, exact: true });
  await heading.waitFor();
  assert.ok([1, 2].includes(await heading.evaluate((h) => Number(h.tagName[1]))), 'headline is an h1 or h2');
  const text = (await article.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /The United States and Argentina are in advanced talks/);
  assert.match(text, /Lucía Cholakian Herrera/);
  assert.doesNotMatch(text, /View All Result/, 'page chrome of the scraped page is cleaned away');
  assert.doesNotMatch(text, /Megyn Kelly/, 'unrelated "more news" teasers are cleaned away');

  const url = page.url();
  assert.ok(hashParams(page).get('doc'), `hash should name the open article: ${url}`);
  assert.equal(hashParams(page).get('q')?.toLowerCase(), 'lucia');

  await page.reload();
  await page.getByRole('article').getByRole('heading', { name: NYT, exact: true }).waitFor();
  assert.equal(page.url(), url);

  await page.getByRole('button', { name: 'Back to results', exact: true }).click();
  await expectCount(page, 1);
  assert.equal((await searchbox(page).inputValue()).toLowerCase(), 'lucia');
  assert.deepEqual(await resultHeadlines(page), [NYT]);
  await close();
});

test('a shared URL restores the filters it holds', async () => {
  const { page, close } = await open('#q=lucia');
  await expectCount(page, 1);
  assert.equal((await searchbox(page).inputValue()).toLowerCase(), 'lucia');
  await close();

  const second = await open('#person=Kristi%20Noem');
  await expectCount(second.page, 2);
  assert.equal(await checkbox(second.page, 'People', 'Kristi Noem').isChecked(), true);
  await second.close();

  const third = await open('#from=2026-01-01&to=2026-02-28');
  await expectCount(third.page, 3);
  assert.equal(await third.page.getByLabel('From', { exact: true }).inputValue(), '2026-01-01');
  await third.close();
});

test('Back and Forward move between states', async () => {
  const { page, close } = await open();
  await expectCount(page, 5);
  const noem = checkbox(page, 'People', 'Kristi Noem');
  await noem.check();
  await expectCount(page, 2);
  const [first] = await resultHeadlines(page);
  await results(page).getByRole('link', { name: first, exact: true }).click();
  await page.getByRole('article').getByRole('heading', { name: first, exact: true }).waitFor();

  await page.goBack();
  await expectCount(page, 2);
  await waitUntil(() => noem.isChecked(), 'Kristi Noem still ticked after Back');
  assert.equal(await page.getByRole('article').count(), 0, 'article view closed after Back');

  await page.goBack();
  await expectCount(page, 5);
  await waitUntil(async () => !(await noem.isChecked()), 'Kristi Noem unticked after the second Back');

  await page.goForward();
  await expectCount(page, 2);
  await page.goForward();
  await page.getByRole('article').getByRole('heading', { name: first, exact: true }).waitFor();
  await close();
});

test('the "Skip to results" link keeps the filters and moves focus to the results', async () => {
  const { page, close } = await open('#person=Kristi%20Noem');
  await expectCount(page, 2);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to results', exact: true });
  assert.equal(await skip.evaluate((a) => a === document.activeElement), true, 'first Tab stop');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await expectCount(page, 2);
  assert.equal(hashParams(page).get('person'), 'Kristi Noem');
  const focusInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  assert.ok(focusInMain, 'focus moved into the results');
  await close();
});

test('on a 360 px wide phone screen nothing scrolls sideways', async () => {
  const { page, close } = await openPage(browser);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await expectCount(page, 5);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await overflow(), 0, 'results view fits the width');
  await results(page).getByRole('link', { name: NYT, exact: true }).click();
  await page.getByRole('article').getByRole('heading', { name: NYT, exact: true }).waitFor();
  assert.equal(await overflow(), 0, 'article view fits the width');
  await close();
});
