#!/usr/bin/env node
// tools/static-server.mjs — a tiny static file server for the browser tests and benchmarks.
//
// Why: the e2e tests need to serve dist/ with correct MIME types (application/wasm for
// streaming compilation) and optionally with a strict Content-Security-Policy, without
// depending on `trunk serve` (which rebuilds, injects a live-reload script and has no
// CSP switch). No dependencies beyond node itself.
//
// CLI:    node tools/static-server.mjs [DIR=dist] [--port N (0 = any free port)] [--host H] [--csp] [--compress]
// Module: import { serve } from './tools/static-server.mjs';
//         const { url, close } = await serve('dist', { csp: true });

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * Serve `dir` over HTTP.
 * @param {string} dir folder to serve
 * @param {{csp?: boolean|string, port?: number, host?: string, log?: boolean, compress?: boolean}} [opts]
 *   csp: true for STRICT_CSP, or a policy string; port 0 (default) picks a free port;
 *   compress: answer with brotli or gzip when the client accepts it, as production
 *   static hosts do (the Lighthouse run uses it).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>, server: http.Server}>}
 */
export async function serve(dir, { csp = false, port = 0, host = '127.0.0.1', log = false, compress = false } = {}) {
  const root = path.resolve(dir);
  if (!fs.statSync(root).isDirectory()) throw new Error(`not a directory: ${root}`);
  const policy = csp === true ? STRICT_CSP : csp || null;
  const compressed = new Map();

  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden\n');
    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
    } catch {
      return send(404, 'not found\n', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
    const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Content-Length': stat.size,
      'X-Content-Type-Options': 'nosniff',
    };
    if (policy) headers['Content-Security-Policy'] = policy;
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = !compress || !/^(text|application\/(wasm|json|manifest)|image\/svg)/.test(type)
      ? null
      : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      // Compressed once per file version, as a host precompresses (brotli of a large
      // wasm takes a noticeable time on every request otherwise).
      const key = `${encoding} ${file} ${stat.mtimeMs} ${stat.size}`;
      let body = compressed.get(key);
      if (!body) {
        const raw = fs.readFileSync(file);
        body = encoding === 'br' ? zlib.brotliCompressSync(raw) : zlib.gzipSync(raw, { level: 9 });
        compressed.set(key, body);
      }
      Object.assign(headers, { 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.writeHead(200, { 'Cache-Control': 'no-store', ...headers });
      if (log) console.log(`200 ${req.method} ${req.url} (${encoding})`);
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { 'Cache-Control': 'no-store', ...headers });
    if (log) console.log(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actual}/`;
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  return { url, port: actual, close, server };
}

function parseArgs(argv) {
  const opts = { dir: 'dist', port: 8000, host: '127.0.0.1', csp: false, log: true, compress: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--csp') opts.csp = true;
    else if (a === '--compress') opts.compress = true;
    else if (a === '--quiet') opts.log = false;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a === '--host') opts.host = argv[++i];
    else if (a.startsWith('--host=')) opts.host = a.slice(7);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tools/static-server.mjs [DIR] [--port N] [--host H] [--csp] [--compress] [--quiet]');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.dir = a;
  }
  if (!Number.isInteger(opts.port) || opts.port < 0) throw new Error('--port needs a number');
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  const { url, close } = await serve(opts.dir, opts);
  console.log(`serving ${path.resolve(opts.dir)} at ${url}${opts.csp ? ' (strict CSP)' : ''}`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
