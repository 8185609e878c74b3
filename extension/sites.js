// Per-site auto mode: a host the user chose gets a registered content script that opens the reader on load.
// The only file that calls scripting.registerContentScripts or the permissions API. The list of hosts lives in
// settings (storage.js); background.js reconciles registrations at start-up, options/options.js edits the list.

import { getSettings, setSettings } from './storage.js';

const ID_PREFIX = 'auto:';

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

// Makes the registered scripts match the hosts that are both listed and still permitted.
export async function syncRegistrations() {
  const { sites } = await getSettings();
  const wanted = [];
  for (const host of sites) {
    if (await chrome.permissions.contains({ origins: originsOf(host) })) wanted.push(host);
  }
  const registered = (await chrome.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(ID_PREFIX));
  const stale = registered.filter((id) => !wanted.includes(id.slice(ID_PREFIX.length)));
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale });
  const fresh = wanted.filter((host) => !registered.includes(ID_PREFIX + host));
  if (fresh.length) {
    await chrome.scripting.registerContentScripts(fresh.map((host) => ({
      id: ID_PREFIX + host,
      matches: originsOf(host),
      // Absolute: Firefox resolves these against the calling page (options/), Chromium against the root.
      js: ['/content.js', '/auto-open.js'],
      runAt: 'document_idle',
    })));
  }
  return wanted;
}
