// A copy of a built extension with its optional host permissions granted at install, as the user's "Allow"
// grants them: Chromium's permission prompt cannot be answered by automation. The code is the same files; only
// the manifest moves optional_host_permissions to host_permissions. Used by the prepared-mode browser test and
// the browser benchmark's prepared pass.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function grantedCopy(dir, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  cpSync(dir, out, { recursive: true });
  const file = join(out, 'manifest.json');
  const { optional_host_permissions: origins = [], ...manifest } = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...manifest, host_permissions: origins }, null, 1));
  return out;
}
