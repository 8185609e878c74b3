// Builds dist/ (scripts/build.sh, which first installs what it needs on a fresh machine) when it is missing or
// older than the sources it is built from; otherwise does nothing. `npm run size` and `npm run bench:browser`
// go through here, so both work on a fresh clone without a build or an `npm ci` first. Run as a script, or
// imported for `stale()`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WASM = join(ROOT, 'dist/chrome/pkg/pathok_bg.wasm');
const SOURCES = ['src', 'Cargo.toml', 'Cargo.lock', 'extension', 'manifest.json'];

// Every file under `path` (or `path` itself when it is a file).
export function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

export function stale() {
  if (!existsSync(WASM)) return true;
  const newest = Math.max(...SOURCES.flatMap((s) => files(join(ROOT, s))).map((f) => statSync(f).mtimeMs));
  return statSync(WASM).mtimeMs < newest;
}

export function build() {
  execFileSync('bash', [join(ROOT, 'scripts/build.sh')], { stdio: 'inherit' });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && stale()) build();
