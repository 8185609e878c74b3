// The registered content scripts. Per-site auto mode: a host the user chose gets one that opens the reader on
// load. Prepared mode: every site gets one that loads and warms Pathok at the page's first idle moment, so the
// first toggle does not wait for it. The only file that calls scripting.registerContentScripts or the permissions
// API. Both choices live in settings (storage.js); background.js reconciles registrations at start-up,
// options/options.js edits them.

import { getSettings, setSettings } from './storage.js';

const ID_PREFIX = 'auto:';
const PREPARE_ID = 'prepare';
const ALL_SITES = ['http://*/*', 'https://*/*'];

export const originsOf = (host) => [`*://${host}/*`];

// "news.example.com", or null when the input is not a plain host name.
export function hostOf(input) {
  const text = String(input ?? '').trim();
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return /^[\p{L}\p{N}.-]+$/u.test(host) ? host : null;
  } catch {
    return null;
  }
}

// Must run inside a user gesture (a click in the options page): the browser asks the user.
export async function addSite(host) {
  const granted = await chrome.permissions.request({ origins: originsOf(host) });
  if (!granted) return { ok: false, reason: 'denied' };
  const { sites } = await getSettings();
  await setSettings({ sites: [...new Set([...sites, host])].sort() });
  await syncRegistrations();
  return { ok: true };
}

export async function removeSite(host) {
  const { sites } = await getSettings();
  await setSettings({ sites: sites.filter((h) => h !== host) });
  await syncRegistrations();
  await chrome.permissions.remove({ origins: originsOf(host) });
  return { ok: true };
}

// Must run inside a user gesture when turning it on: the browser asks for access to all sites. Turning it off
// gives that access back (`returned`); a host granted on its own for auto mode keeps its grant. The browser
// refuses to take back access the manifest requires (the browser tests' build grants it that way), and the
// mode is off all the same.
export async function setPrepare(on) {
  if (on && !await chrome.permissions.request({ origins: ALL_SITES })) return { ok: false, reason: 'denied' };
  await setSettings({ prepare: on });
  await syncRegistrations();
  const returned = !on && await chrome.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  return { ok: true, returned };
}

// Absolute paths: Firefox resolves these against the calling page (options/), Chromium against the root.
function registration(id, matches, after) {
  return { id, matches, js: ['/content.js', after], runAt: 'document_idle' };
}

// Makes the registered scripts match the settings: the hosts that are both listed and still permitted, and
// prepared mode when it is on and all sites are permitted. Returns the auto-mode hosts registered.
export async function syncRegistrations() {
  const { sites, prepare } = await getSettings();
  const wanted = new Map();
  for (const host of sites) {
    if (await chrome.permissions.contains({ origins: originsOf(host) })) {
      wanted.set(ID_PREFIX + host, registration(ID_PREFIX + host, originsOf(host), '/auto-open.js'));
    }
  }
  if (prepare && await chrome.permissions.contains({ origins: ALL_SITES })) {
    wanted.set(PREPARE_ID, registration(PREPARE_ID, ALL_SITES, '/prepare.js'));
  }
  const registered = (await chrome.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(ID_PREFIX) || id === PREPARE_ID);
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale });
  const fresh = [...wanted.keys()].filter((id) => !registered.includes(id));
  if (fresh.length) await chrome.scripting.registerContentScripts(fresh.map((id) => wanted.get(id)));
  return [...wanted.keys()].filter((id) => id.startsWith(ID_PREFIX)).map((id) => id.slice(ID_PREFIX.length));
}
