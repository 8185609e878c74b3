// Prints what Pathok costs the user to download: the wasm raw and gzipped, and each browser's package.
// `npm run size` builds first when dist/ is missing or older than its sources (scripts/built.mjs); `--no-build` only reports
// (scripts/build.sh calls it that way). The last line, `wasm gzipped bytes: N`, is the number tracked against
// the 300 KB budget; `--budget N` (scripts/test.sh) also fails when it is more than N bytes.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, files, stale, WASM } from './built.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (!process.argv.includes('--no-build') && stale()) {
  build();
  process.exit(0); // build.sh ends by running this report itself
}

// Gzipped by GNU gzip (-9, no name or time in the header), the reference implementation and the one a reader
// of this figure would reach for. Node's zlib is Chromium's fork, tuned for speed: at level 9 it packs this
// module about 4 KB worse than gzip -9 does (and worse than gzip's default -6), so its figure is printed beside
// it. Without a gzip on the PATH, node's figure is the one tracked.
const wasm = readFileSync(WASM);
const nodeGzipped = gzipSync(wasm, { level: 9 }).length;
const gzip = spawnSync('gzip', ['-9', '-n', '-c', WASM], { maxBuffer: 64 * 1024 * 1024 });
const gzipped = gzip.status === 0 ? gzip.stdout.length : nodeGzipped;
console.log(`wasm raw:        ${kb(wasm.length)} (dist/chrome/pkg/pathok_bg.wasm)`);
console.log(`wasm gzipped:    ${kb(gzipped)} (${gzip.status === 0 ? 'gzip -9' : 'node zlib level 9'}; node zlib level 9: ${nodeGzipped} bytes)`);
for (const browser of ['chrome', 'firefox']) {
  const unpacked = files(join(ROOT, 'dist', browser)).reduce((sum, f) => sum + statSync(f).size, 0);
  const zip = statSync(join(ROOT, `dist/pathok-${browser}.zip`)).size;
  console.log(`${browser.padEnd(8)} unpacked ${kb(unpacked)}, zip ${kb(zip)} (dist/pathok-${browser}.zip)`);
}
console.log(`wasm gzipped bytes: ${gzipped}`);

const budgetAt = process.argv.indexOf('--budget');
if (budgetAt !== -1) {
  const budget = Number(process.argv[budgetAt + 1]);
  if (!(budget > 0)) throw new Error('--budget needs a number of bytes');
  if (gzipped > budget) {
    console.error(`the gzipped wasm is ${gzipped - budget} bytes over its budget of ${budget}`);
    process.exit(1);
  }
}
