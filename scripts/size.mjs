// Prints what Pathok costs the user to download: the wasm raw and gzipped, and each browser's package.
// `npm run size` builds first when dist/ is missing or older than its sources (scripts/built.mjs); `--no-build` only reports
// (scripts/build.sh calls it that way). The last line, `wasm gzipped bytes: N`, is the number tracked against
// the 300 KB budget; `--budget N` (scripts/test.sh) also fails when it is more than N bytes.
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

const wasm = readFileSync(WASM);
const gzipped = gzipSync(wasm, { level: 9 }).length;
console.log(`wasm raw:        ${kb(wasm.length)} (dist/chrome/pkg/pathok_bg.wasm)`);
console.log(`wasm gzipped:    ${kb(gzipped)}`);
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
