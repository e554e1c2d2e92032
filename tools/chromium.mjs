// tools/chromium.mjs — the one place that says which Chromium the tools and tests drive
// and with which flags.
//
// Why: Debian's Chromium runs here only with --no-sandbox, and without the background
// networking it would otherwise start (../shared/notes/toolchain.md); the benchmarks,
// Lighthouse and the end-to-end tests all launch it, and a flag added in one copy and not
// the others once made their figures disagree. CHROMIUM_PATH picks another binary.

/** The Chromium binary: CHROMIUM_PATH, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The flags every launch needs (Playwright adds its own headless flag; Lighthouse's
 *  launcher is given `--headless=new` on top). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
