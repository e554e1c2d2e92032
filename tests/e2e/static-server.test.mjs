// tests/e2e/static-server.test.mjs — the test server itself (no browser needed).
//
// Why: the e2e and CSP tests are only as good as the server under them: wasm must be
// served as application/wasm, the CSP header must be exactly the strict policy, and
// nothing outside the served folder may leak.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, STRICT_CSP } from '../../tools/static-server.mjs';

let dir;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(dir, 'app_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'app.js'), 'export default 1;');
  fs.writeFileSync(path.join(dir, 'style.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'a.json'), '{}');
  fs.writeFileSync(path.join(dir, 'i.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('serves files with the right MIME types on a free port', async () => {
  const { url, close } = await serve(dir);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const expect = {
      '': 'text/html', 'index.html': 'text/html', 'app_bg.wasm': 'application/wasm',
      'app.js': 'text/javascript', 'style.css': 'text/css', 'a.json': 'application/json',
      'i.svg': 'image/svg+xml',
    };
    for (const [file, type] of Object.entries(expect)) {
      const r = await fetch(url + file);
      assert.equal(r.status, 200, file);
      assert.equal(r.headers.get('content-type').split(';')[0], type, file);
      assert.equal(r.headers.get('content-security-policy'), null);
      await r.arrayBuffer();
    }
    assert.equal((await fetch(url + 'missing.js')).status, 404);
    const escape = await fetch(url + '..%2F..%2F..%2Fetc%2Fpasswd');
    assert.ok([403, 404].includes(escape.status), `path escape answered ${escape.status}`);
    await escape.text();
  } finally {
    await close();
  }
});

test('--csp adds the strict Content-Security-Policy header', async () => {
  const { url, close } = await serve(dir, { csp: true });
  try {
    const r = await fetch(url);
    assert.equal(r.headers.get('content-security-policy'), STRICT_CSP);
    assert.equal(
      STRICT_CSP,
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
    await r.text();
  } finally {
    await close();
  }
});
