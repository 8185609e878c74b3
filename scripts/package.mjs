// Writes dist/chrome/ and dist/firefox/ (unpacked) and dist/pathok-{chrome,firefox}.zip from the one
// manifest.json, extension/ (with the wasm-pack output in extension/pkg/; content.js bundled) and the Bengali
// fonts from node_modules.
// Called by scripts/build.sh after the wasm is built; `node scripts/package.mjs` repackages without rebuilding.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
// PATHOK_MANIFEST lets the build be tried against another manifest without touching the tree.
const MANIFEST = process.env.PATHOK_MANIFEST || join(ROOT, 'manifest.json');

// Build leftovers that wasm-pack writes for npm publishing; the browser never loads them.
const SKIP = [/(^|\/)\.gitignore$/, /^pkg\/package\.json$/, /^pkg\/README\.md$/, /\.d\.ts$/, /(^|\/)\.DS_Store$/];

// Pathok sends nothing anywhere: extraction and the library stay on the device. Firefox reads that declaration
// (data_collection_permissions) from 140 on desktop, the current ESR, and from 142 on Android.
const GECKO = { id: 'pathok@pathok', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } };
const GECKO_ANDROID = { strict_min_version: '142.0' };

// The only differences between the two packages: how the background script is declared, and Firefox's add-on id.
const BROWSERS = {
  chrome(manifest, background) {
    const { browser_specific_settings: _gecko, ...rest } = manifest;
    return { ...rest, background: { service_worker: background, type: 'module' } };
  },
  firefox(manifest, background) {
    const settings = manifest.browser_specific_settings ?? {};
    return {
      ...manifest,
      background: { scripts: [background], type: 'module' },
      browser_specific_settings: {
        ...settings,
        gecko: { ...GECKO, ...settings.gecko },
        gecko_android: { ...GECKO_ANDROID, ...settings.gecko_android },
      },
    };
  },
};

function backgroundScript(manifest) {
  const bg = manifest.background ?? {};
  const script = bg.service_worker ?? bg.scripts?.[0];
  if (!script) throw new Error(`${MANIFEST}: background.service_worker (or background.scripts[0]) is required`);
  return script;
}

// extension/fonts.json (the reader's list) names each face's package and file; the files are copied, not
// committed, so the fonts' versions follow package-lock.json. Each package's LICENSE travels with its fonts (OFL).
function copyFonts(out) {
  const list = JSON.parse(readFileSync(join(ROOT, 'extension/fonts.json'), 'utf8'));
  const dir = join(out, list.dir);
  mkdirSync(dir, { recursive: true });
  for (const { package: pkg, file } of list.faces) {
    cpSync(join(ROOT, 'node_modules', pkg, 'files', file), join(dir, file));
    cpSync(join(ROOT, 'node_modules', pkg, 'LICENSE'), join(dir, `${pkg.split('/').pop()}.LICENSE`));
  }
}

// content.js and the modules it imports as one classic script (see content.js for why). Readable, not minified:
// the bundle is small, and a reviewer of the store package reads it.
function bundleContentScript(out) {
  buildSync({
    entryPoints: [join(ROOT, 'extension/content.js')],
    outfile: join(out, 'content.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    // wasm-bindgen's glue falls back to import.meta.url only when given no wasm; content.js always gives one.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'error',
    allowOverwrite: true,
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

// A plain deflate zip with a fixed timestamp, so the same tree always gives the same bytes.
function zip(dir, target) {
  const DOS_TIME = 0, DOS_DATE = (1 << 5) | 1 | ((2024 - 1980) << 9);
  const local = [], central = [];
  let offset = 0;
  for (const path of walk(dir).sort()) {
    const name = Buffer.from(relative(dir, path).split(sep).join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8); head.writeUInt16LE(DOS_TIME, 10); head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(crc, 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8); entry.writeUInt16LE(8, 10); entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14); entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24); entry.writeUInt16LE(name.length, 28); entry.writeUInt32LE(offset, 42);
    local.push(head, name, packed);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  const count = central.length / 2;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(target, Buffer.concat([...local, directory, end]));
}

function main() {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing`);
  const extension = join(ROOT, 'extension');
  if (!existsSync(join(extension, 'pkg', 'pathok_bg.wasm'))) {
    throw new Error('extension/pkg/pathok_bg.wasm is missing: run scripts/build.sh');
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const background = backgroundScript(manifest);
  for (const [browser, adapt] of Object.entries(BROWSERS)) {
    const out = join(DIST, browser);
    rmSync(out, { recursive: true, force: true });
    cpSync(extension, out, {
      recursive: true,
      filter: (src) => !SKIP.some((re) => re.test(relative(extension, src).split(sep).join('/'))),
    });
    copyFonts(out);
    bundleContentScript(out);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(adapt(manifest, background), null, 2) + '\n');
    if (!statSync(join(out, background), { throwIfNoEntry: false })) {
      throw new Error(`dist/${browser}: background script ${background} is not in extension/`);
    }
    zip(out, join(DIST, `pathok-${browser}.zip`));
    console.log(`[package] dist/${browser}/ and dist/pathok-${browser}.zip`);
  }
}

main();
