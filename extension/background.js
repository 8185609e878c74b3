// The background (a module service worker in Chromium, an event page in Firefox): the toolbar button, the
// Alt+Shift+R command and the context menu; injects content.js on request, runs the wasm extractor for pages
// whose CSP forbids it in the content script, and stores through storage.js. Messages: messages.js.

import init, { extract_snapshot as extractSnapshot } from './pkg/pathok.js';
import { MSG } from './messages.js';
import * as storage from './storage.js';
import { syncRegistrations } from './sites.js';

const MENU_SAVE = 'pathok-save';
const MENU_LIBRARY = 'pathok-library';
const BADGE_COLOR = '#1a6b3c';

let wasmReady = null;

// The content script's DOM snapshot arrives as plain JSON (messages carry no typed arrays).
async function extractPage({ parents, records, url }) {
  wasmReady ??= init();
  await wasmReady;
  return extractSnapshot(Uint32Array.from(parents ?? []), String(records ?? ''), String(url ?? ''));
}

// Measured with Chromium 156: now and then the activeTab grant of a toolbar click lands a moment after
// action.onClicked fires, and the first injection is refused. One retry after 200 ms was enough on an idle
// machine; a busy one can take longer, so the waits double up to about 1.4 s in all before the click fails.
const GRANT_RETRY_MS = [200, 400, 800];

async function inject(tabId) {
  for (const wait of [0, ...GRANT_RETRY_MS]) {
    if (wait) await new Promise((resolve) => { setTimeout(resolve, wait); });
    try {
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return;
    } catch (error) {
      if (!/Cannot access/.test(error?.message) || wait === GRANT_RETRY_MS.at(-1)) throw error;
    }
  }
}

// Runs one content-script command ('toggle', 'save', …) in the tab, injecting content.js only when it is not
// there yet (content.js keeps its state on globalThis of the extension's isolated world): one script call per
// toggle instead of two.
async function runInTab(tabId, command) {
  const run = () => chrome.scripting.executeScript({
    target: { tabId },
    func: (name) => globalThis.pathokContent?.run(name) ?? null,
    args: [command],
  });
  let [frame] = await run().catch(() => [null]);
  if (frame?.result == null) {
    await inject(tabId);
    [frame] = await run();
  }
  return frame?.result;
}

async function showState(tabId, open) {
  await chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await chrome.action.setBadgeText({ tabId, text: open ? chrome.i18n.getMessage('badgeOn') : '' });
}

// The one toggle: the action click, the command and the tests all come here.
async function toggle(tabId) {
  const reply = await runInTab(tabId, 'toggle');
  await showState(tabId, reply?.state === 'open');
  return reply;
}

function save(tabId) {
  return runInTab(tabId, 'save');
}

// A page the extension may not script (the store, browser pages, a tab that navigated away) fails here; the
// button must not throw into the void, and the console is where a developer looks.
function reportError(error) {
  console.warn('pathok:', error?.message ?? error);
}

async function onMessage(msg, sender) {
  // Only our own content scripts and pages; the manifest has no externally_connectable, this is belt and braces.
  if (sender.id !== chrome.runtime.id) return { ok: false, reason: 'untrusted' };
  switch (msg?.type) {
    case MSG.EXTRACT_RUN: return extractPage(msg.payload);
    case MSG.LIBRARY_SAVE: return storage.saveArticle(String(msg.payload.url), msg.payload.article);
    case MSG.READER_STATE:
      if (sender.tab) await showState(sender.tab.id, Boolean(msg.payload.open));
      return { ok: true };
    case MSG.SITE_ASK:
      await chrome.tabs.create({ url: chrome.runtime.getURL(`options/options.html#site=${encodeURIComponent(msg.payload.host)}`) });
      return { ok: true };
    default: return { ok: false, reason: 'unknown', message: String(msg?.type) };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  onMessage(msg, sender).then(reply, (error) => reply({ ok: false, reason: 'error', message: String(error?.message ?? error) }));
  return true;
});

chrome.action.onClicked.addListener((tab) => toggle(tab.id).catch(reportError));

chrome.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-reader') return;
  const target = tab ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await toggle(target.id).catch(reportError);
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_SAVE && tab) save(tab.id).catch(reportError);
  if (info.menuItemId === MENU_LIBRARY) chrome.tabs.create({ url: chrome.runtime.getURL('library/library.html') });
});

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_SAVE, title: chrome.i18n.getMessage('menuSave'), contexts: ['page'] });
  chrome.contextMenus.create({ id: MENU_LIBRARY, title: chrome.i18n.getMessage('menuLibrary'), contexts: ['action'] });
  syncRegistrations();
});

chrome.runtime.onStartup.addListener(() => syncRegistrations());

// The test surface (see issue 5): the same functions the button, the command and the menu use.
self.pathokToggle = toggle;
self.pathokSave = save;
self.pathokLibrary = storage.listArticles;
