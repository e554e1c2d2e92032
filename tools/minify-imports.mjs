// tools/minify-imports.mjs — shorten the names wasm-bindgen gives the wasm's imports.
//
// Why: wasm-bindgen names every function the wasm imports from its JS glue
// `__wbg_<name>_<16 hex digits>` (e.g. `__wbg_writeText_6b6a85b68a7dd3eb`), and each
// name is written twice, in the wasm's import section and as a key of the glue's
// imports object. The app has about 120 of them: the hex digits alone are ~2 KB of
// brotli that nothing reads, and the seeds' served app has a 120 KB budget. This step
// renames them `$0`, `$1`, … in both files, consistently, after wasm-opt (Trunk's
// post_build hook, tools/single-file.mjs, calls it before it inlines anything), and
// returns the new bytes so the caller can refresh the pages' integrity hashes.
//
// Only import names of the glue's own module are renamed, and only those the glue
// spells in full; a build without such names (already minified, or another
// wasm-bindgen naming) is left as it is.

import fs from 'node:fs';

const NAME = /^__wbg_[A-Za-z0-9_$]*_[0-9a-f]{16}$/;

function leb(buf, i) {
  let n = 0;
  let shift = 0;
  for (;;) {
    const b = buf[i++];
    n += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [n, i];
  }
}

function encodeLeb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

const encodeName = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([encodeLeb(b.length), b]);
};

// Skips an import's description (func, table, memory, global, tag) from `i`.
function skipDesc(buf, i) {
  const kind = buf[i++];
  const limits = (j) => {
    const flags = buf[j++];
    [, j] = leb(buf, j);
    if (flags & 1) [, j] = leb(buf, j);
    return j;
  };
  switch (kind) {
    case 0: return leb(buf, i)[1]; // func: type index
    case 1: return limits(i + 1); // table: reftype, limits
    case 2: return limits(i); // memory: limits
    case 3: return i + 2; // global: valtype, mutability
    case 4: return leb(buf, i + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind} at byte ${i - 1}`);
  }
}

/// Renames the glue's imports in `wasmFile` and `jsFile` (both rewritten in place).
/// Returns how many names were renamed.
export function minifyImports(jsFile, wasmFile) {
  const wasm = fs.readFileSync(wasmFile);
  let js = fs.readFileSync(jsFile, 'utf8');
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmFile} is not a wasm module`);
  const renames = new Map();
  const parts = [wasm.subarray(0, 8)];
  let i = 8;
  while (i < wasm.length) {
    const id = wasm[i];
    const [size, body] = leb(wasm, i + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(i, end));
      i = end;
      continue;
    }
    // The import section: a vector of (module, name, description).
    let [count, j] = leb(wasm, body);
    const out = [encodeLeb(count)];
    while (count-- > 0) {
      let [len, k] = leb(wasm, j);
      const module = wasm.subarray(j, k + len);
      j = k + len;
      [len, k] = leb(wasm, j);
      const name = wasm.subarray(k, k + len).toString('utf8');
      j = k + len;
      const descStart = j;
      j = skipDesc(wasm, j);
      let renamed = name;
      if (NAME.test(name) && js.includes(name)) {
        if (!renames.has(name)) renames.set(name, `$${renames.size.toString(36)}`);
        renamed = renames.get(name);
      }
      out.push(module, encodeName(renamed), wasm.subarray(descStart, j));
    }
    const section = Buffer.concat(out);
    parts.push(Buffer.from([2]), encodeLeb(section.length), section);
    i = end;
  }
  if (renames.size === 0) return 0;
  // Each name is a whole identifier in the glue (a hash makes it unique).
  js = js.replace(/__wbg_[A-Za-z0-9_$]*_[0-9a-f]{16}\b/g, (n) => renames.get(n) ?? n);
  fs.writeFileSync(wasmFile, Buffer.concat(parts));
  fs.writeFileSync(jsFile, js);
  return renames.size;
}
