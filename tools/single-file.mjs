#!/usr/bin/env node
// tools/single-file.mjs — Trunk post_build hook: write explorer.html, the whole app in ONE file.
//
// Why: dist/index.html needs a web server (absolute asset paths; browsers refuse to
// fetch wasm from file://). explorer.html can be mailed around and opened from disk
// with no network: the CSS is inlined in <style>, the wasm-bindgen JS glue is imported
// from a data: URL, and the wasm bytes are decoded from base64 and handed to the glue's
// init({ module_or_path: bytes }), which compiles them asynchronously.
//
// Trunk runs it with TRUNK_STAGING_DIR set (Trunk.toml:
//   [[hooks]] stage = "post_build" command = "node" command_arguments = ["tools/single-file.mjs"]).
// By hand: node tools/single-file.mjs [DIR=dist]
// It also prints a raw/gzip/brotli size report of every file in the directory.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { minifyImports } from './minify-imports.mjs';

const OUT_NAME = 'explorer.html';

const dir = path.resolve(process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist');

function fail(msg) {
  console.error(`single-file: ${msg}`);
  process.exit(1);
}

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

// Map an href/src as written in index.html ("/x.js", "./x.js", "x.js", "/base/x.js")
// to a file in the staging dir, or null for external / missing ones.
function localFile(ref) {
  if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null;
  const clean = decodeURIComponent(ref.split(/[?#]/)[0]);
  const candidates = [path.join(dir, clean)];
  // Trunk's public_url may prefix assets; fall back to the bare file name.
  candidates.push(path.join(dir, path.basename(clean)));
  for (const c of candidates) {
    if (c.startsWith(dir) && fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

const MIME = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.json': 'application/json', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif',
};
const mimeOf = (f) => MIME[path.extname(f).toLowerCase()] || 'application/octet-stream';
const dataUrl = (buf, type) => `data:${type};base64,${Buffer.from(buf).toString('base64')}`;

// Inline a JS module and, recursively, the relative modules it imports (wasm-bindgen
// snippets), as data: URLs (which cannot resolve relative specifiers themselves).
function jsModuleDataUrl(file, seen = new Set()) {
  if (seen.has(file)) fail(`import cycle through ${file}`);
  seen.add(file);
  let src = fs.readFileSync(file, 'utf8');
  src = src.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g,
    (whole, pre, q, spec) => {
      const target = path.resolve(path.dirname(file), spec);
      if (!fs.existsSync(target)) fail(`${path.basename(file)} imports missing ${spec}`);
      return `${pre}${q}${jsModuleDataUrl(target, new Set(seen))}${q}`;
    },
  );
  return dataUrl(src, 'text/javascript');
}

// Inline url(...) references of a stylesheet (fonts, images) as data: URLs.
function inlineCss(file) {
  const css = fs.readFileSync(file, 'utf8');
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, q, ref) => {
    if (/^(?:data:|#)/.test(ref)) return whole;
    const rel = path.resolve(path.dirname(file), ref.split(/[?#]/)[0]);
    const f = fs.existsSync(rel) ? rel : localFile(ref);
    if (!f) fail(`${path.basename(file)} references ${ref}, which is not in ${dir}`);
    return `url("${dataUrl(fs.readFileSync(f), mimeOf(f))}")`;
  });
}

// The integrity="<alg>-<hash>" of the elements that load `file`, recomputed from its
// bytes now (after they changed).
function refreshIntegrity(html, file) {
  const name = path.basename(file);
  return html.replace(/<(?:link|script)\b[^>]*>/gi, (tag) => {
    const ref = attr(tag, 'href') ?? attr(tag, 'src');
    const old = attr(tag, 'integrity');
    if (!ref || !old || path.basename(ref.split(/[?#]/)[0]) !== name) return tag;
    const alg = old.split('-')[0];
    const digest = crypto.createHash(alg).update(fs.readFileSync(file)).digest('base64');
    return tag.replace(old, `${alg}-${digest}`);
  });
}

// Keep "</style>" / "</script>" sequences from closing the element early.
const safeStyle = (css) => css.replace(/<\/(style)/gi, '<\\/$1');

function build() {
  const indexPath = path.join(dir, 'index.html');
  if (!fs.existsSync(indexPath)) fail(`no index.html in ${dir}`);
  let html = fs.readFileSync(indexPath, 'utf8');

  // The loader script Trunk writes: import init, * as bindings from '/x.js'; init({ module_or_path: '/x_bg.wasm' })
  const scriptRe = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let loader = null;
  const isLoader = (js) => /module_or_path|\binit\s*\(/.test(js) && /\bimport\b/.test(js);
  for (const m of html.matchAll(scriptRe)) {
    // Inline (as Trunk writes it) or already moved to a file by an earlier run.
    const src = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'src');
    const file = src ? localFile(src) : null;
    const body = file ? fs.readFileSync(file, 'utf8') : m[2];
    if ((!src || file) && isLoader(body)) {
      loader = { whole: m[0], attrs: m[1].replace(/\ssrc\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ''), body, external: !!src };
      break;
    }
  }
  if (!loader) fail('cannot find the wasm-bindgen loader <script type="module"> in index.html');

  const jsRef = loader.body.match(/\bfrom\s*(['"])([^'"]+\.js)\1/)?.[2];
  const wasmRef = loader.body.match(/module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/)?.[2]
    ?? loader.body.match(/\binit\s*\(\s*(['"])([^'"]+\.wasm)\1/)?.[2];
  if (!jsRef || !wasmRef) fail(`cannot find the js/wasm file names in the loader script:\n${loader.body}`);
  const jsFile = localFile(jsRef);
  const wasmFile = localFile(wasmRef);
  if (!jsFile) fail(`glue ${jsRef} not found in ${dir}`);
  if (!wasmFile) fail(`wasm ${wasmRef} not found in ${dir}`);

  // Shorter import names in the wasm and its glue (tools/minify-imports.mjs); the
  // pages' integrity hashes of both files are refreshed to match.
  try {
    const n = minifyImports(jsFile, wasmFile);
    if (n) {
      html = refreshIntegrity(refreshIntegrity(html, jsFile), wasmFile);
      fs.writeFileSync(indexPath, html);
      console.log(`single-file: shortened ${n} wasm import names`);
    }
  } catch (e) {
    fail(`cannot shorten the wasm's import names: ${e.message}`);
  }

  const originalHtml = html;
  const wasmB64 = fs.readFileSync(wasmFile).toString('base64');
  const glueUrl = jsModuleDataUrl(jsFile);

  let body = loader.body;
  body = body.split(jsRef).join(glueUrl);
  body = body.replace(
    new RegExp(`(['"])${wasmRef.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`),
    '__explorerWasmBytes()',
  );
  // Decode the wasm bytes kept in a non-executed <script> element (cheap to parse).
  const decoder = `
const __explorerWasmBytes = () => {
  const el = document.getElementById('explorer-wasm');
  const b64 = el.textContent.trim();
  el.remove();
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
};`;
  const attrs = loader.attrs.replace(/\s(?:nonce|integrity|crossorigin|src)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '');
  const newLoader =
    `<script type="application/octet-stream" id="explorer-wasm">${wasmB64}</script>\n` +
    `<script${attrs}>${decoder}\n${body}</script>`;
  html = html.replace(loader.whole, () => newLoader);

  // <link> elements: inline stylesheets, drop preloads of what is now inline,
  // inline other local assets (icons) as data: URLs.
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attr(tag, 'rel') || '').toLowerCase();
    const href = attr(tag, 'href');
    const file = localFile(href);
    if (rel.includes('stylesheet')) {
      if (!file) fail(`stylesheet ${href} not found in ${dir}`);
      return `<style>${safeStyle(inlineCss(file))}</style>`;
    }
    if (rel.includes('modulepreload') || rel.includes('preload') || rel.includes('prefetch')) {
      return '';
    }
    if (file) {
      return tag
        .replace(/\s(?:integrity|crossorigin)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '')
        .replace(href, dataUrl(fs.readFileSync(file), mimeOf(file)));
    }
    return tag;
  });

  // Other local src= references (images, plain scripts) become data: URLs.
  html = html.replace(/<(img|script|source)\b[^>]*\ssrc\s*=\s*(["'])([^"']+)\2[^>]*>/gi, (tag, el, q, ref) => {
    const file = localFile(ref);
    if (!file) return tag;
    if (el.toLowerCase() === 'script') {
      return tag.replace(ref, /\.m?js$/.test(file) ? jsModuleDataUrl(file) : dataUrl(fs.readFileSync(file), mimeOf(file)));
    }
    return tag.replace(ref, dataUrl(fs.readFileSync(file), mimeOf(file)));
  });

  // Trunk's live-reload client (serve mode) has no server to talk to from a file.
  html = html.replace(scriptRe, (tag, attrs, body) =>
    /well-known\/trunk\/ws|__trunk_address__/.test(body) ? '' : tag,
  );

  // A <base href="/"> would make "#hash" links resolve to file:///#…; drop it.
  html = html.replace(/<base\b[^>]*>\s*/gi, '');

  // Sanity: nothing local may be referenced any more.
  const leftovers = [];
  for (const m of html.matchAll(/\s(?:href|src)\s*=\s*(["'])([^"']*)\1/gi)) {
    const ref = m[2];
    if (!ref || /^(?:data:|#|[a-z][a-z0-9+.-]*:)/i.test(ref)) continue;
    leftovers.push(ref);
  }
  if (leftovers.length) fail(`explorer.html still references local files: ${leftovers.join(', ')}`);

  const out = path.join(dir, OUT_NAME);
  fs.writeFileSync(out, html);
  externalizeLoader(indexPath, originalHtml, loader);
  return out;
}

// Trunk writes its loader as an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') refuses. Move it to a
// file next to index.html so that dist/ runs under such a policy. The loader's imports
// ('./x.js' or '/x.js') resolve the same from that file as from index.html.
function externalizeLoader(indexPath, html, loader) {
  if (loader.external) return;
  const body = loader.body.trim() + '\n';
  const name = `loader-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), body);
  const jsRef = loader.body.match(/\bfrom\s*(['"])([^'"]+\.js)\1/)[2];
  const prefix = jsRef.slice(0, jsRef.length - path.basename(jsRef).length); // "./", "/" or public_url
  const attrs = loader.attrs.replace(/\s(?:nonce)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '');
  const tag = `<script${attrs} src="${prefix}${name}"></script>`;
  fs.writeFileSync(indexPath, html.replace(loader.whole, () => tag));
  console.log(`single-file: moved Trunk's inline loader script to ${name} (for a strict CSP)`);
}

// Reports are computed once per file content (explorer.html is reported twice).
const sizeCache = new Map();

function sizes(buf) {
  const key = `${buf.length}:${zlib.crc32 ? zlib.crc32(buf) : buf.subarray(0, 64).toString('hex')}`;
  if (!sizeCache.has(key)) sizeCache.set(key, computeSizes(buf));
  return sizeCache.get(key);
}

function computeSizes(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        // Quality 11 is what a static host precompresses with; above 4 MB (corpora of
        // thousands of articles) it takes minutes, so 9 (about 2% larger).
        [zlib.constants.BROTLI_PARAM_QUALITY]: buf.length > 4e6 ? 9 : 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const kb = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

function walk(d, base = d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p)];
  });
}

function report() {
  const files = walk(dir).sort();
  const chunkFiles = files.filter((f) => f.startsWith('c/') && f.endsWith('.bin'));
  const rows = files.filter((f) => !f.startsWith('c/')).map((f) => ({ f, ...sizes(fs.readFileSync(path.join(dir, f))) }));
  const w = Math.max(4, ...rows.map((r) => r.f.length));
  console.log(`single-file: size report for ${dir}`);
  console.log(`  ${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const r of rows) {
    console.log(`  ${r.f.padEnd(w)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${kb(r.brotli).padStart(10)}`);
  }
  // What a reader of the served page downloads: everything but the alternatives to it
  // (the single file, the script embed and its demo page).
  const served = rows.filter((r) => ![OUT_NAME, 'demo.html', 'embed.js'].includes(r.f));
  const total = (k) => served.reduce((n, r) => n + r[k], 0);
  console.log(`  ${'= served app'.padEnd(w)}  ${kb(total('raw')).padStart(10)}  ${kb(total('gzip')).padStart(10)}  ` +
    `${kb(total('brotli')).padStart(10)}   (index.html and all it loads; budget 120 KB brotli)`);
  if (chunkFiles.length) {
    // Chunk files (c/) are fetched on demand, a few per query, and stored gzipped
    // (build.rs): summed apart, as stored.
    const stored = chunkFiles.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    console.log(`  ${'+ chunks (c/*.bin, gzipped)'.padEnd(w)}  ${''.padStart(10)}  ${kb(stored).padStart(10)}  ${''.padStart(10)}   ` +
      `(${chunkFiles.length} files, fetched on demand; c/*.js are their file:// twins)`);
  }
}

// Release builds: Trunk's JS minifier fails on wasm-bindgen's glue (`export … as
// default`) and ships it as written. Minify it with terser (an npm devDependency) and
// update the SRI hash of Trunk's <link rel=modulepreload> to match.
// wasm-bindgen writes a JS class for every Rust type exported by any crate linked in,
// among them three stream adapters of wasm-streams (which Leptos's server functions
// depend on) that this app never uses. An exported class that the glue does not
// mention anywhere else is dropped (the loader only imports `init`); terser then drops
// what only it used. Anything unexpected in the shape of the code leaves it as it is.
function dropUnusedClasses(src) {
  let out = src;
  for (const [, name] of src.matchAll(/^export class (\w+) \{$/gm)) {
    const start = out.indexOf(`export class ${name} {\n`);
    const end = out.indexOf('\n}\n', start);
    const dispose = `if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`;
    if (start < 0 || end < 0) continue;
    const without = out.slice(0, start) + out.slice(end + 3).replace(dispose, '');
    if (new RegExp(`\\b${name}\\b`).test(without)) continue;
    out = without;
  }
  if (out !== src) console.log(`single-file: dropped unused exported classes from the glue (${kb(src.length)} → ${kb(out.length)})`);
  return out;
}

async function minifyGlue() {
  if (process.env.TRUNK_PROFILE !== 'release') return;
  const { minify } = await import('terser');
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href');
    const file = href && href.endsWith('.js') && attr(tag, 'rel') === 'modulepreload' ? localFile(href) : null;
    if (!file) continue;
    const before = fs.readFileSync(file, 'utf8');
    const { code } = await minify(dropUnusedClasses(before), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    const after = code + '\n';
    fs.writeFileSync(file, after);
    const integrity = attr(tag, 'integrity');
    if (integrity) {
      const algo = integrity.split('-')[0];
      const hash = `${algo}-${crypto.createHash(algo).update(after).digest('base64')}`;
      html = html.replace(tag, () => tag.replace(integrity, hash));
    }
    console.log(`single-file: minified ${path.basename(file)} (${kb(before.length)} → ${kb(after.length)})`);
  }
  fs.writeFileSync(indexPath, html);
}

// A chunked build (build.rs chose it, or EXPLORER_BUILD=chunked) leaves its chunk files
// in <target>/wasm32-unknown-unknown/<profile>/explorer-chunks with build.json saying
// which mode it wrote and why. As Trunk's hook, copy them to c/ beside the app: c/<hash>.bin
// for fetch over HTTP, and c/<hash>.js, the same bytes as base64 handed to
// globalThis.__explorerChunk, for the folder opened from file:// (where fetch is refused).
// By hand (no TRUNK_STAGING_DIR), c/ is left as the build wrote it.
function copyChunks() {
  if (!process.env.TRUNK_STAGING_DIR) return;
  const target = path.resolve(process.env.CARGO_TARGET_DIR || 'target');
  const src = path.join(target, 'wasm32-unknown-unknown', process.env.TRUNK_PROFILE || 'debug', 'explorer-chunks');
  const reportFile = path.join(src, 'build.json');
  if (!fs.existsSync(reportFile)) fail(`${reportFile} is missing: build.rs writes it with every build`);
  const info = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const out = path.join(dir, 'c');
  fs.rmSync(out, { recursive: true, force: true });
  if (info.mode !== 'chunked') {
    console.log(`single-file: single build (${info.why}): the corpus is inside the wasm; ${OUT_NAME} is the whole app`);
    return;
  }
  fs.mkdirSync(out);
  let n = 0;
  for (const f of fs.readdirSync(src).filter((f) => f.endsWith('.bin')).sort()) {
    const bytes = fs.readFileSync(path.join(src, f));
    const name = f.slice(0, -4);
    fs.writeFileSync(path.join(out, f), bytes);
    fs.writeFileSync(path.join(out, `${name}.js`), `__explorerChunk(${JSON.stringify(name)},${JSON.stringify(bytes.toString('base64'))});\n`);
    n++;
  }
  console.log(`single-file: chunked build (${info.why}): ${n} chunk files in c/; ${OUT_NAME} opens from file:// beside c/`);
}

copyChunks();
await minifyGlue();
const out = build();
const s = sizes(fs.readFileSync(out));
console.log(`single-file: wrote ${OUT_NAME} (${kb(s.raw)} raw, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli)` +
  `${process.env.TRUNK_PROFILE ? ` [${process.env.TRUNK_PROFILE}]` : ''}`);
report();
