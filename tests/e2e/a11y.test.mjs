// tests/e2e/a11y.test.mjs — automated accessibility checks (axe-core) of the main views.
//
// Why: the explorer is meant to be usable with a keyboard and a screen reader; the
// other e2e tests already drive it by role and name, and axe-core catches what they
// don't (contrast in both colour schemes, missing labels, landmarks, ARIA misuse).
// Known app issues are `todo` tests: reported, visible in the output, not blocking;
// when one starts passing, drop its `todo`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  launch, serveDist, openPage, expectCount, searchbox, checkbox, results, ROOT,
} from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Checked by its own test below rather than in every view.
const LABEL_IN_NAME = 'label-content-name-mismatch';

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

/** Run axe-core on the page; returns one readable line per violation. */
async function axe(page, options = {}) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    // eslint-disable-next-line no-undef
    (options) => axe.run(document, { resultTypes: ['violations'], ...options }),
    options,
  );
  return result.violations.map(
    (v) => `${v.impact}: ${v.id} — ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

const exceptLabelInName = { rules: { [LABEL_IN_NAME]: { enabled: false } } };

async function filtered(page) {
  await page.goto(server.url);
  await expectCount(page, 5);
  await searchbox(page).fill('Argentina');
  await checkbox(page, 'People', 'Kristi Noem').check();
  await expectCount(page, 2);
}

for (const theme of ['light', 'dark']) {
  test(`no axe violations in the results and filtered views (${theme} scheme)`, async () => {
    const { page, close } = await openPage(browser);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(server.url);
    await expectCount(page, 5);
    assert.deepEqual(await axe(page, exceptLabelInName), [], 'results view');
    await filtered(page);
    assert.deepEqual(await axe(page, exceptLabelInName), [], 'filtered view');
    await close();
  });

  test(`no axe violations in the article view (${theme} scheme)`, async () => {
    const { page, close } = await openPage(browser);
    await page.emulateMedia({ colorScheme: theme });
    await filtered(page);
    await results(page).getByRole('link').first().click();
    await page.getByRole('article').getByRole('heading').first().waitFor();
    assert.deepEqual(await axe(page, exceptLabelInName), [], 'article view');
    await close();
  });
}

test('active-filter chips carry their visible text in their accessible name (WCAG 2.5.3)', async () => {
  const { page, close } = await openPage(browser);
  await filtered(page);
  assert.deepEqual(await axe(page, { runOnly: [LABEL_IN_NAME] }), []);
  await close();
});

for (const theme of ['light', 'dark']) {
  test(`no axe violations in the timeline, people and Spanish views (${theme} scheme)`, async () => {
    const { page, close } = await openPage(browser);
    await page.emulateMedia({ colorScheme: theme });
    for (const [hash, what] of [
      ['#view=timeline', 'timeline view'],
      ['#view=people', 'people view'],
      ['#lang=es&q=argentina', 'Spanish interface'],
    ]) {
      await page.goto(server.url + hash);
      await page.getByRole('status').first().waitFor();
      assert.deepEqual(await axe(page, exceptLabelInName), [], what);
    }
    await close();
  });
}

// Every view in both schemes at phone and desktop widths: a screenshot for a person to
// look at, written to test-results/screenshots/ (not compared), and zero axe
// violations in that state (the reader with its clickable names and dates, the
// histogram drilled down to days, the phone's filters opened from their button).
const DOC = '000_b2b489ced0da07e4';
const VIEWS = [
  ['', 'results'],
  ['#person=Kristi%20Noem&q=visa', 'filtered'],
  ['#view=timeline', 'timeline'],
  ['#view=people', 'people'],
  [`#q=Noem&doc=${DOC}`, 'reader'],
  ['#from=2026-01-01&to=2026-01-31', 'days'],
  ['#person=Kristi%20Noem&q=Sarkozy', 'empty'],
  ['#lang=es&q=argentina&from=2026-01-01&to=2026-01-31', 'spanish'],
];

test('every view: screenshots and zero axe violations in light and dark at 375 px and 1280 px', async () => {
  const dir = path.join(ROOT, 'test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const shoot = async (page, name) => {
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(fs.statSync(file).size > 1000, `${file} was written`);
  };
  for (const theme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const { page, close } = await openPage(browser);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      for (const [hash, name] of VIEWS) {
        await page.goto(server.url + hash);
        if (name === 'reader') await page.getByRole('article').getByRole('button', { name: 'Juan Pazo' }).first().waitFor();
        else await page.getByRole('status').first().waitFor();
        await shoot(page, `${name}-${theme}-${width}`);
        assert.deepEqual(await axe(page, exceptLabelInName), [], `${name} view, ${theme}, ${width} px`);
      }
      if (width === 375) {
        await page.goto(server.url + '#person=Kristi%20Noem');
        await page.getByRole('button', { name: 'Filters (1 active)', exact: true }).click();
        await page.getByRole('complementary', { name: 'Filters' }).waitFor();
        await shoot(page, `filters-open-${theme}-${width}`);
        assert.deepEqual(await axe(page, exceptLabelInName), [], `filters opened, ${theme}, ${width} px`);
      }
      await close();
    }
  }
});
