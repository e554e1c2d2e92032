// embed.js — the script embed of the news explorer (copied to dist/embed.js by Trunk,
// see index.html). README: "Embedding on a news site".
//
// Why: a news site can drop the explorer into an article with
//   <div data-corpus-explorer data-search="visa" data-dark="false"></div>
//   <script src="https://example.org/explorer/embed.js" defer></script>
// without an iframe. The explorer lives in an open shadow root, so the host page's CSS
// does not reach it (its reset stops inherited properties too; see `.explorer-root` in
// style/main.css) and its CSS does not reach the host page: nothing is added to the
// host's document, only to the shadow root.
//
// How: it reads the hashed file names of the build (stylesheet, wasm-bindgen JS glue,
// wasm) from the index.html next to this file, links the stylesheet inside the shadow
// root, names the mount element in `globalThis.__CORPUS_EXPLORER_MOUNT__` (read by
// src/main.rs and src/app.rs) and the build's folder in `__CORPUS_EXPLORER_BASE__` (where
// a chunked build's chunks are, src/chunks.rs), and starts the wasm through the glue's init, as Trunk's
// own loader does. Classic script or module, no dependencies. One explorer per page.
//
// Data attributes on the host element:
//   data-search, data-person, data-topic, data-view (results|timeline|people),
//   data-lang (en|es): the initial view, written into the page's URL hash (where the
//     explorer keeps its state) only when the page has no hash yet;
//   data-dark (auto|true|false), data-plain: the theme and the header, like the
//     ?dark= and ?plain flags of the page.
(function () {
  'use strict';

  // Where this file was loaded from: the build's other files are next to it.
  const self =
    document.currentScript ||
    Array.from(document.querySelectorAll('script[src]')).find((s) =>
      /(^|\/)embed\.js$/.test(new URL(s.src, location.href).pathname),
    );
  const base = new URL('.', self ? self.src : location.href);

  const HASH_KEYS = { search: 'q', person: 'person', topic: 'topic', view: 'view', lang: 'lang' };

  function start() {
    const hosts = document.querySelectorAll('div[data-corpus-explorer]');
    if (!hosts.length || globalThis.__CORPUS_EXPLORER_MOUNT__) return;
    if (hosts.length > 1) {
      console.warn('corpus explorer: only one explorer per page; mounting the first <div data-corpus-explorer>');
    }
    mount(hosts[0]).catch((err) => console.error('corpus explorer: could not start:', err));
  }

  // The stylesheet, JS glue and wasm named by the build's index.html (Trunk's preload
  // links, or else its loader script, inline or in a file).
  async function assets() {
    const indexUrl = new URL('index.html', base);
    const res = await fetch(indexUrl);
    if (!res.ok) throw new Error(`${indexUrl}: HTTP ${res.status}`);
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const at = (sel) => {
      const el = doc.querySelector(sel);
      return el ? new URL(el.getAttribute('href'), indexUrl).href : null;
    };
    let css = at('link[rel~="stylesheet"][href$=".css"]');
    let js = at('link[rel="modulepreload"][href$=".js"]');
    let wasm = at('link[rel="preload"][href$=".wasm"]');
    if (!js || !wasm) {
      for (const s of doc.querySelectorAll('script[type="module"]')) {
        const src = s.getAttribute('src');
        const srcUrl = src ? new URL(src, indexUrl) : indexUrl;
        const body = src ? await (await fetch(srcUrl)).text() : s.textContent;
        const j = body.match(/\bfrom\s*['"]([^'"]+\.js)['"]/);
        const w = body.match(/['"]([^'"]+_bg\.wasm)['"]/);
        if (j && w) {
          js = new URL(j[1], srcUrl).href;
          wasm = new URL(w[1], srcUrl).href;
          break;
        }
      }
    }
    if (!css || !js || !wasm) throw new Error(`cannot find the explorer's files in ${indexUrl}`);
    return { css, js, wasm };
  }

  async function mount(host) {
    const data = host.dataset;

    // The initial view goes into the URL hash, unless the page already has one (a
    // shared link or a reload must win).
    if (location.hash.length <= 1) {
      const params = new URLSearchParams();
      for (const [attr, key] of Object.entries(HASH_KEYS)) {
        if (data[attr]) params.set(key, data[attr]);
      }
      if ([...params].length) history.replaceState(history.state, '', `#${params}`);
    }

    const flags = new URLSearchParams();
    flags.set('embed', '');
    if (data.dark) flags.set('dark', data.dark);
    if ('plain' in data && data.plain !== 'false') flags.set('plain', '');

    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    const loading = document.createElement('p');
    loading.textContent = 'Loading the explorer…';
    root.append(loading);

    const files = await assets();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = files.css;
    const styled = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`cannot load ${files.css}`));
    });
    root.append(link);
    await styled;

    const el = document.createElement('div');
    el.className = 'explorer-root';
    el.dataset.flags = flags.toString();
    globalThis.__CORPUS_EXPLORER_MOUNT__ = el;
    // A chunked build fetches its chunk files (c/…) from beside this file, not from
    // the host page's folder (src/chunks.rs).
    globalThis.__CORPUS_EXPLORER_BASE__ = base.href;
    const glue = await import(files.js);
    loading.remove();
    root.append(el);
    await glue.default({ module_or_path: files.wasm });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
})();
