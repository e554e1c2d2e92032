// tests/e2e/embed.test.mjs — both embeds on the demo host page (dist/demo.html).
//
// Why: a news site embeds the explorer either as an iframe that reports its height
// (the host resizes it) or with embed.js, which mounts it in a shadow root. This checks,
// in Chromium, on a host page with hostile CSS of its own: the iframe grows and shrinks
// to fit its content when the results change (no inner scrollbar); the script embed
// lists and filters articles, starts from its data attributes, is not styled by the
// host, and leaves the host page's styles, theme attribute, title and language alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serveDist, openPage, requireDist, expectCount, expectText, waitUntil, searchbox, checkbox, STRICT_CSP,
} from './helpers.mjs';

let browser;
let server;

before(async () => {
  requireDist('demo.html');
  requireDist('embed.js');
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const FRAME = '#explorer-frame';

/** The iframe's height on the host page, and its document's own height. */
async function frameSizes(page) {
  const el = await page.$(FRAME);
  const frame = await el.contentFrame();
  const outer = await el.evaluate((f) => f.getBoundingClientRect().height - f.clientTop * 2);
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  const body = await frame.evaluate(() => document.body.scrollHeight);
  return { outer, inner, body };
}

/** Wait until the iframe fits its content (sized to it, no inner scrollbar). */
async function fits(page, what) {
  return waitUntil(async () => {
    const s = await frameSizes(page);
    return Math.abs(s.outer - s.body) <= 2 && s.inner <= s.outer + 2 && s;
  }, what);
}

test('iframe embed: reports its height, the host resizes it, it follows the results', async () => {
  const { page, close } = await openPage(browser);
  await page.goto(`${server.url}demo.html`);
  const frame = await (await page.$(FRAME)).contentFrame();
  await expectCount(frame, 5);
  // The iframe is as narrow as the article column: the filters open from their button
  // (results first), and the host is told the new height.
  const closed = await fits(page, 'the iframe to be sized to its content');
  await frame.getByRole('button', { name: 'Filters', exact: true }).click();
  const full = await waitUntil(async () => {
    const s = await frameSizes(page);
    return s.outer > closed.outer + 50 && Math.abs(s.outer - s.body) <= 2 && s;
  }, 'the iframe to grow when the filters open');
  assert.notEqual(Math.round(full.outer), 600, 'the host resized the iframe from its initial 600px');

  // Fewer results: the iframe shrinks to fit.
  await searchbox(frame).fill('Lucia');
  await expectCount(frame, 1);
  const one = await waitUntil(async () => {
    const s = await frameSizes(page);
    return s.outer < full.outer - 50 && Math.abs(s.outer - s.body) <= 2 && s;
  }, 'the iframe to shrink after the search');
  assert.ok(one.inner <= one.outer + 2, `no inner scrollbar: ${JSON.stringify(one)}`);

  // Back to all results: it grows again.
  await searchbox(frame).fill('');
  await expectCount(frame, 5);
  const again = await waitUntil(async () => {
    const s = await frameSizes(page);
    return s.outer > one.outer + 50 && Math.abs(s.outer - s.body) <= 2 && s;
  }, 'the iframe to grow back');
  assert.ok(again.inner <= again.outer + 2, `no inner scrollbar: ${JSON.stringify(again)}`);

  // A facet ticked inside the iframe changes the height too.
  await checkbox(frame, 'People', 'Kristi Noem').check();
  await expectCount(frame, 2);
  await waitUntil(async () => {
    const s = await frameSizes(page);
    return s.outer < again.outer - 50 && Math.abs(s.outer - s.body) <= 2 && s.inner <= s.outer + 2;
  }, 'the iframe to shrink after ticking a person');

  // A taller page without a state change (a facet shows all its values) is reported too.
  await checkbox(frame, 'People', 'Kristi Noem').uncheck();
  await expectCount(frame, 5);
  const all = await fits(page, 'the iframe to fit all results again');
  await frame.getByRole('button', { name: /^Show all \d+ people$/ }).click();
  await waitUntil(async () => {
    const s = await frameSizes(page);
    return s.outer > all.outer + 50 && Math.abs(s.outer - s.body) <= 2 && s.inner <= s.outer + 2;
  }, 'the iframe to grow when a facet shows all its values');
  await close();
});

// Computed styles of host elements, to prove the explorer's CSS does not reach them.
const HOST_PROPS = [
  'font-family', 'color', 'background-color', 'border-top-style', 'border-radius', 'box-sizing',
  'text-transform', 'font-size', 'line-height', 'padding-top', 'margin-top',
];
const HOST_ELEMENTS = [
  'html', 'body', '.masthead', 'h1', 'h2', 'h3', 'p', 'a', 'mark', 'ul', 'li', 'button',
  'input', 'select', 'label', 'div[data-corpus-explorer]',
];

async function hostStyles(page) {
  return page.evaluate(
    ([sels, props]) =>
      Object.fromEntries(
        sels.map((sel) => {
          const cs = getComputedStyle(document.querySelector(sel));
          return [sel, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
        }),
      ),
    [HOST_ELEMENTS, HOST_PROPS],
  );
}

test('script embed: mounts in a shadow root, starts from its data attributes, filters', async () => {
  const { page, close } = await openPage(browser);
  await page.goto(`${server.url}demo.html`);
  const host = page.locator('div[data-corpus-explorer]');
  // data-search="visa" went into the page's hash, the explorer shows it.
  await waitUntil(() => page.evaluate(() => location.hash.includes('q=visa')), 'the hash to carry data-search');
  await waitUntil(async () => (await searchbox(host).inputValue()) === 'visa', 'the search box to read "visa"');
  assert.equal(await page.evaluate(() => !!document.querySelector('div[data-corpus-explorer]').shadowRoot), true);
  // Nothing of ours in the light DOM: the explorer is inside the shadow root.
  assert.equal(await page.evaluate(() => document.querySelectorAll('#search, .shell, .explorer-root').length), 0);
  assert.equal(await page.evaluate(() => document.querySelector('div[data-corpus-explorer]').children.length), 0);

  // Filtering works inside the shadow root.
  await searchbox(host).fill('');
  await expectCount(host, 5);
  // (helpers' resultItems() takes a page: its inner locator must start from the page.)
  const items = host.getByRole('list', { name: 'Results', exact: true }).getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  assert.equal(await items.count(), 5);
  await searchbox(host).fill('Lucia');
  await expectCount(host, 1);
  await searchbox(host).fill('');
  await expectCount(host, 5);
  await checkbox(host, 'People', 'Kristi Noem').check();
  await expectCount(host, 2);
  assert.match(await page.evaluate(() => location.hash), /person=Kristi\+Noem/);
  await close();
});

test('script embed: the host CSS does not leak in, ours does not leak out', async () => {
  // The same page without the explorer (embed.js answers with an empty script, the
  // iframe with an empty page), to compare the host's computed styles against.
  const bare = await openPage(browser);
  await bare.page.route('**/embed.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
  await bare.page.route('**/index.html?embed*', (r) => r.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>x</title>' }));
  await bare.page.goto(`${server.url}demo.html`);
  const before = await hostStyles(bare.page);
  const bareSheets = await bare.page.evaluate(() => document.styleSheets.length);
  await bare.close();

  const { page, close } = await openPage(browser);
  await page.goto(`${server.url}demo.html`);
  const host = page.locator('div[data-corpus-explorer]');
  await expectText(host.getByRole('status'), /^\d+ of 5 articles$/); // data-search="visa"

  // Ours do not leak out: the host page's elements are styled exactly as without us;
  // no stylesheet was added to the host document; its theme attribute, language and
  // title are untouched (the explorer sets those on its own mount element).
  assert.deepEqual(await hostStyles(page), before);
  assert.equal(await page.evaluate(() => document.styleSheets.length), bareSheets);
  assert.deepEqual(
    await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.lang, document.title]),
    ['sepia', 'en-GB', 'The Daily Mock — Visa waivers and deportations'],
  );
  // The host's own values, asserted outright too.
  assert.equal(before.h2['text-transform'], 'uppercase');
  assert.equal(before.button['background-color'], 'rgb(255, 105, 180)');
  assert.match(before.p['font-family'], /Georgia/);

  // The host's CSS does not leak in: our elements in the shadow root get our styles,
  // not the host's red serif (not even by inheritance), loud buttons or variables.
  const ours = await page.evaluate(() => {
    const root = document.querySelector('div[data-corpus-explorer]').shadowRoot;
    const pick = (el, ...props) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p).trim()]));
    };
    return {
      mount: pick(root.querySelector('.explorer-root'), 'font-family', 'color', 'letter-spacing', 'text-align', 'line-height', '--accent', '--bg', '--radius'),
      heading: pick(root.querySelector('.results h3'), 'font-family', 'color', 'font-style', 'text-transform', 'letter-spacing'),
      input: pick(root.querySelector('input[type="search"]'), 'font-family', 'background-color', 'border-top-color', 'border-top-width'),
      button: pick(root.querySelector('button'), 'font-family', 'background-color', 'text-transform', 'border-top-style'),
      mark: root.querySelector('mark') ? pick(root.querySelector('mark'), 'background-color') : null,
      theme: root.querySelector('.explorer-root').getAttribute('data-theme'),
    };
  });
  for (const [what, s] of Object.entries(ours)) {
    if (!s || typeof s !== 'object') continue;
    if (s['font-family']) assert.doesNotMatch(s['font-family'], /Georgia|Times|(^|,\s*)serif$/, `${what} font: ${s['font-family']}`);
    if (s.color) assert.notEqual(s.color, 'rgb(170, 0, 0)', `${what} colour`);
    if (s['text-transform']) assert.equal(s['text-transform'], 'none', `${what} text-transform`);
    if (s['letter-spacing']) assert.equal(s['letter-spacing'], 'normal', `${what} letter-spacing`);
    if (s['background-color']) {
      assert.ok(!['rgb(255, 105, 180)', 'rgb(255, 255, 0)', 'rgb(0, 255, 0)'].includes(s['background-color']), `${what} background`);
    }
  }
  assert.equal(ours.mount['text-align'], 'start');
  assert.equal(ours.mount['--accent'], '#1d4ed8', 'our variables, not the host\'s');
  assert.match(ours.mount['--bg'], /^#f{3}(f{3})?$/i, 'our white (the release build minifies #ffffff to #fff)');
  assert.equal(ours.mount['--radius'], '6px');
  assert.equal(ours.mount.color, 'rgb(27, 27, 31)');
  assert.equal(ours.heading['font-style'], 'normal');
  assert.notEqual(ours.input['border-top-color'], 'rgb(255, 165, 0)');
  assert.equal(ours.theme, 'light', 'data-dark="false" set the light theme on our mount element');
  await close();
});

test('script embed: runs on a host page with a strict Content-Security-Policy', async () => {
  // A host page with no inline script or style, sent with the policy of csp.test.mjs.
  const { page, close, errors } = await openPage(browser);
  await page.route('**/csp-host.html', (r) =>
    r.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': STRICT_CSP },
      body: '<!DOCTYPE html><html lang="en"><title>Host</title>' +
        '<div data-corpus-explorer data-search="Lucia"></div><script src="embed.js" defer></script></html>',
    }),
  );
  const response = await page.goto(`${server.url}csp-host.html`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const host = page.locator('div[data-corpus-explorer]');
  await expectCount(host, 1);
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);
  await close();
});
