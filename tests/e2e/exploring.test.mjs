// tests/e2e/exploring.test.mjs — the exploring experience beyond search and facets.
//
// Why: the reader's people, places and dates are buttons that filter; the date
// histogram drills down from months to days and is operated by pointer (click, drag)
// and by keyboard; on a phone the results come first and the filters open from a
// "Filters" button; in the script embed `/` and the arrow keys work inside the shadow
// root. Each is walked here as a person would, by role and accessible name.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serveDist, openPage, requireDist, expectCount, expectText, waitUntil,
  searchbox, checkbox, results, status, hashParams,
} from './helpers.mjs';

const ROADBLOCK = 'A planned advancement in US-Argentina relations hit an unexpected roadblock';

let browser;
let server;

before(async () => {
  requireDist('demo.html');
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash = '', viewport) {
  const session = await openPage(browser);
  if (viewport) await session.page.setViewportSize(viewport);
  await session.page.goto(server.url + hash);
  await expectText(status(session.page), /^\d+ of \d+ articles$/);
  return session;
}

const fromInput = (page) => page.getByLabel('From', { exact: true });
const toInput = (page) => page.getByLabel('To', { exact: true });
const months = (page) => page.getByRole('group', { name: 'Articles per month', exact: true });
const days = (page) => page.getByRole('group', { name: 'Articles per day', exact: true });

async function openArticle(page, headline) {
  await results(page).getByRole('link', { name: headline, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: headline, exact: true }).waitFor();
  return page.getByRole('article');
}

test('the reader marks people, places and dates; choosing one filters by it', async () => {
  const { page, close } = await open();
  let article = await openArticle(page, ROADBLOCK);

  // A person: the article closes on the results filtered by that person.
  await article.getByRole('button', { name: 'Juan Pazo', exact: true }).first().click();
  await waitUntil(async () => (await page.getByRole('article').count()) === 0, 'the reader to close');
  assert.equal(hashParams(page).get('person'), 'Juan Pazo');
  assert.equal(hashParams(page).get('doc'), null);
  assert.equal(await checkbox(page, 'People', 'Juan Pazo').isChecked(), true);
  await expectCount(page, 2);
  await waitUntil(() => page.evaluate(() => document.activeElement?.id === 'results-heading'), 'focus on the results');

  // Back reopens the article; a place filters by the place facet.
  await page.goBack();
  article = page.getByRole('article');
  await article.getByRole('button', { name: 'Miami', exact: true }).first().click();
  await waitUntil(() => hashParams(page).get('place') === 'Miami', 'place=Miami in the URL');
  assert.equal(await checkbox(page, 'Places', 'Miami').isChecked(), true);
  assert.equal(hashParams(page).get('person'), null, 'Back restored the state without the person');

  // A day sets the date range to that day; the histogram shows that month's days.
  await page.goBack();
  article = page.getByRole('article');
  await article.getByRole('button', { name: 'August 8, 2025', exact: true }).click();
  await waitUntil(async () => (await fromInput(page).inputValue()) === '2025-08-08', 'From to read 2025-08-08');
  assert.equal(await toInput(page).inputValue(), '2025-08-08');
  await days(page).waitFor();

  // A month sets the range to the whole month.
  await page.goBack();
  article = page.getByRole('article');
  await article.getByRole('button', { name: 'October 2025', exact: true }).click();
  await waitUntil(async () => (await fromInput(page).inputValue()) === '2025-10-01', 'From to read 2025-10-01');
  assert.equal(await toInput(page).inputValue(), '2025-10-31');
  await close();
});

test('search words stay marked inside the reader\'s names; estimated dates explain themselves', async () => {
  const { page, close } = await open('#q=Noem');
  const article = await openArticle(page, ROADBLOCK);
  const noem = article.getByRole('button', { name: 'Homeland Security Secretary Kristi Noem', exact: true });
  assert.equal(await noem.locator('mark').first().textContent(), 'Noem');
  // The corpus text is text: no element of the article body came from the corpus.
  const tags = await article.locator('.body *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))].sort());
  assert.deepEqual(tags.filter((t) => !['P', 'BUTTON', 'MARK'].includes(t)), []);
  // The evidence of an estimated date is one button away.
  const why = article.getByRole('button', { name: 'Why this date?', exact: true });
  if (await why.count()) {
    assert.equal(await why.getAttribute('aria-expanded'), 'false');
    await why.click();
    assert.equal(await why.getAttribute('aria-expanded'), 'true');
    assert.ok((await article.locator('.evidence').textContent()).trim().length > 0);
  }
  await close();
});

test('the histogram drills from months to days, by click, drag and keyboard', async () => {
  const { page, close } = await open();
  // Choosing a month keeps its dates and opens its days.
  await months(page).getByRole('button', { name: /^Jan 2026: 2 articles/ }).click();
  await days(page).waitFor();
  assert.equal(await fromInput(page).inputValue(), '2026-01-01');
  assert.equal(await toInput(page).inputValue(), '2026-01-31');
  await expectCount(page, 2);
  assert.equal(await days(page).getByRole('button').count(), 31);
  // The keyboard focus stayed in the histogram: on the first day.
  await waitUntil(
    () => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('1 Jan 2026')),
    'the focus on 1 Jan 2026',
  );

  // Arrow keys move between days; Enter chooses one; Shift+arrow extends the range.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await waitUntil(async () => (await fromInput(page).inputValue()) === '2026-01-30', 'From to read 2026-01-30');
  assert.equal(await toInput(page).inputValue(), '2026-01-30');
  await page.keyboard.press('Shift+ArrowLeft');
  await waitUntil(async () => (await fromInput(page).inputValue()) === '2026-01-29', 'From to read 2026-01-29');
  assert.equal(await toInput(page).inputValue(), '2026-01-30');
  assert.equal(
    await days(page).getByRole('button', { pressed: true }).count(), 2, 'two days are shown as chosen',
  );

  // "All months" leaves the days.
  await page.getByRole('button', { name: '← All months', exact: true }).click();
  await months(page).waitFor();
  assert.equal(await fromInput(page).inputValue(), '');
  await expectCount(page, 5);

  // Dragging across bars sets the range from the first to the last.
  const box = async (name) => months(page).getByRole('button', { name }).boundingBox();
  const a = await box(/^Aug 2025/);
  const b = await box(/^Dec 2025/);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 5 });
  await page.mouse.up();
  await waitUntil(async () => (await fromInput(page).inputValue()) === '2025-08-01', 'From to read 2025-08-01');
  assert.equal(await toInput(page).inputValue(), '2025-12-31');
  assert.equal(await months(page).getByRole('button', { pressed: true }).count(), 5);

  // From / To and the bars stay in sync the other way round.
  // (To first: a From after To would swap them.)
  await toInput(page).fill('2026-02-28');
  await fromInput(page).fill('2026-02-01');
  await days(page).waitFor();
  assert.equal(hashParams(page).get('from'), '2026-02-01');
  await close();
});

test('on a 375 px phone the results come first and the filters open from a button', async () => {
  const { page, close } = await open('', { width: 375, height: 800 });
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  const filters = page.getByRole('complementary', { name: 'Filters' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await filters.isVisible(), false, 'the filters are folded away');
  // The first result is on the first screen.
  const first = await results(page).getByRole('heading').first().boundingBox();
  assert.ok(first && first.y + first.height < 800, `first result at y=${first?.y}`);

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await filters.waitFor();
  await checkbox(page, 'People', 'Kristi Noem').check();
  await expectCount(page, 2);
  const counted = page.getByRole('button', { name: 'Filters (1 active)', exact: true });
  await counted.click();
  assert.equal(await filters.isVisible(), false);
  assert.equal(await counted.getAttribute('aria-expanded'), 'false');
  // Nothing scrolls sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  await close();

  // On a desktop screen the filters are always there and the button is not.
  const desk = await open('', { width: 1280, height: 800 });
  assert.equal(await desk.page.getByRole('complementary', { name: 'Filters' }).isVisible(), true);
  assert.equal(await desk.page.getByRole('button', { name: 'Filters', exact: true }).isVisible(), false);
  await desk.close();
});

test('keyboard: "/" focuses the search, arrows move through results, Enter opens, Esc closes', async () => {
  const { page, close } = await open();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  const links = results(page).getByRole('link');
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = (await links.nth(1).textContent()).trim();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), second);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: second, exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await expectCount(page, 5);
  await close();
});

test('script embed: "/" and the arrow keys work inside the shadow root, not in the host\'s fields', async () => {
  const { page, close } = await openPage(browser);
  await page.goto(`${server.url}demo.html`);
  const host = page.locator('div[data-corpus-explorer]');
  await waitUntil(async () => (await searchbox(host).inputValue()) === 'visa', 'the embed to start');
  await searchbox(host).fill('');
  await expectCount(host, 5);
  const shadowActive = () => page.evaluate(() => {
    const root = document.querySelector('div[data-corpus-explorer]').shadowRoot;
    const el = root.activeElement;
    return el ? { id: el.id, text: el.textContent.trim() } : null;
  });
  const links = host.getByRole('list', { name: 'Results', exact: true }).getByRole('link');
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = (await links.nth(1).textContent()).trim();
  assert.equal((await shadowActive())?.text, second, 'ArrowDown moved to the second result');
  await page.keyboard.press('ArrowUp');
  assert.equal((await shadowActive())?.text, (await links.first().textContent()).trim());
  await page.keyboard.press('/');
  assert.equal((await shadowActive())?.id, 'search', '"/" focused the explorer\'s search box');
  // The host page's own search field keeps its "/".
  const hostSearch = page.getByRole('searchbox', { name: 'Search this site' });
  await hostSearch.focus();
  await page.keyboard.type('a/b');
  assert.equal(await hostSearch.inputValue(), 'a/b');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Search this site');
  await close();
});

test('an empty result names the filters whose removal would bring articles back', async () => {
  const { page, close } = await open('#person=Kristi%20Noem&q=Sarkozy');
  await expectCount(page, 0);
  await page.getByRole('button', { name: 'Remove search Sarkozy (2 articles)', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Remove Kristi Noem (1 article)', exact: true }).click();
  await expectCount(page, 1);
  assert.equal(hashParams(page).get('person'), null);
  assert.equal(hashParams(page).get('q'), 'Sarkozy');
  await close();
});

test('on a touch screen, dragging a finger across the bars sets the range', async () => {
  const context = await browser.newContext({
    hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 }, locale: 'en-US',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await expectCount(page, 5);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const a = await months(page).getByRole('button', { name: /^Aug 2025/ }).boundingBox();
  const b = await months(page).getByRole('button', { name: /^Dec 2025/ }).boundingBox();
  // Real touch events (the browser captures a touch pointer on the bar it started on).
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const y = b.y + b.height - 3;
  await touch('touchStart', a.x + a.width / 2, y);
  for (let i = 1; i <= 5; i++) await touch('touchMove', a.x + a.width / 2 + ((b.x - a.x) * i) / 5, y);
  await touch('touchEnd');
  await waitUntil(() => hashParams(page).get('from') === '2025-08-01', 'from=2025-08-01 in the URL');
  assert.equal(hashParams(page).get('to'), '2025-12-31');
  assert.deepEqual(errors, []);
  await context.close();
});
