// Saved articles (IndexedDB, the extension's own origin), settings (storage.sync) and the timeline switch
// (storage.local). The only file that opens IndexedDB or touches extension storage. Imported by background.js,
// options/options.js, library/library.js and content.js. content.js uses only extension storage (the settings and
// the timeline switch); saving goes through the background, since a content script's IndexedDB is the page's.

const DB_NAME = 'pathok';
// Bump with a new `case` in upgrade(); never edit a released case, or saved libraries stop opening.
const DB_VERSION = 2;
const ARTICLES = 'articles';
const BY_SAVED_AT = 'savedAt';
const BY_SITE = 'site';
const EXPORT_FORMAT = 'pathok-library';
const EXPORT_VERSION = 1;

export const DEFAULT_SETTINGS = Object.freeze({
  font: 'serif', // 'serif' | 'sans' | 'hind': keys of fonts.json faces
  size: 20, // px
  lineHeight: 1.7, // Bengali's tall conjuncts and vowel signs need more leading than Latin's ~1.5
  width: 40, // em: about 70 Bengali characters a line
  theme: 'system', // 'light' | 'sepia' | 'dark' | 'system'
  images: true,
  digits: 'native', // 'native' (as published) | 'bn' | 'latn'
  calendar: 'gregorian', // 'gregorian' | 'bangla' (both shown, Bangla first)
  sites: [], // hosts where reader mode opens by itself
  prepare: false, // prepared mode: Pathok loaded and warmed in every page (sites.js)
});

// Each version's step runs once, in order, inside the upgrade transaction; the switch falls through on purpose.
// A step that throws aborts the transaction: the database stays at its old version and openDb() rejects.
function upgrade(db, tx, oldVersion) {
  switch (oldVersion) {
    case 0: {
      const store = db.createObjectStore(ARTICLES, { keyPath: 'url' });
      store.createIndex(BY_SAVED_AT, 'savedAt');
    }
    // falls through
    case 1: {
      // The library's site filter: the index's keys alone give the sites and their counts, and its range for
      // one host gives that site's articles in save order, without reading every saved article. A v1 record
      // only gains `host`.
      const store = tx.objectStore(ARTICLES);
      store.createIndex(BY_SITE, ['host', 'savedAt']);
      walk(store.openCursor(), (cursor) => cursor.update({ ...cursor.value, host: hostOf(cursor.value.url) }));
    }
    // falls through: the next version's step goes here.
  }
}

let opening = null;

function openDb() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, request.transaction, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrading the schema: let it, and reopen next time.
      db.onversionchange = () => { db.close(); opening = null; };
      resolve(db);
    };
    request.onerror = () => { opening = null; reject(request.error); };
  });
  return opening;
}

// Runs `work(store)` in one transaction and resolves when it commits, with what `work` produced.
async function inStore(mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(ARTICLES, mode);
    let result;
    Promise.resolve(work(tx.objectStore(ARTICLES))).then((value) => { result = value; }, reject);
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

// Calls `visit(cursor)` at each step of a cursor request; resolves after the last.
const walk = (request, visit) => new Promise((resolve, reject) => {
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) { resolve(); return; }
    visit(cursor);
    cursor.continue();
  };
  request.onerror = () => reject(request.error);
});

// Storage failures become values the UI shows; the quota case is named so it can say what to do.
function failure(error) {
  const quota = error?.name === 'QuotaExceededError';
  return { ok: false, reason: quota ? 'quota' : 'storage', message: String(error?.message ?? error) };
}

// The site a record is filed under: the URL's host without "www.", so a paper's two spellings are one site;
// '' for an imported record whose URL does not parse.
const hostOf = (url) => URL.parse(url)?.hostname.replace(/^www\./, '') ?? '';

// One saved article: the extractor's Article JSON plus where and when it was saved. `host` comes last, where
// the v2 upgrade appends it to v1 records, so upgraded and new records export alike.
function toRecord(url, article, savedAt = Date.now()) {
  return { url, title: article.title || url, savedAt, article, host: hostOf(url) };
}

export async function saveArticle(url, article) {
  try {
    const record = toRecord(url, article);
    await inStore('readwrite', (store) => store.put(record));
    return { ok: true, url, savedAt: record.savedAt };
  } catch (error) {
    return failure(error);
  }
}

// Newest first; with a `host` from listSites(), that site's only.
export async function listArticles(host) {
  const records = await inStore('readonly', (store) => done(host === undefined
    ? store.index(BY_SAVED_AT).getAll()
    : store.index(BY_SITE).getAll(IDBKeyRange.bound([host, -Infinity], [host, Infinity]))));
  return records.reverse();
}

// [{ host, count }] in host order, for every site with saved articles.
export async function listSites() {
  const counts = new Map();
  await inStore('readonly', (store) => walk(store.index(BY_SITE).openKeyCursor(), ({ key: [host] }) => {
    if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
  }));
  return [...counts].map(([host, count]) => ({ host, count }));
}

export async function deleteArticle(url) {
  try {
    await inStore('readwrite', (store) => store.delete(url));
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function exportLibrary() {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), articles: await listArticles() };
}

// Merges by URL: an imported record replaces a saved one only when it was saved later.
export async function importLibrary(data) {
  if (data?.format !== EXPORT_FORMAT || !Array.isArray(data.articles)) {
    return { ok: false, reason: 'format', message: 'not a Pathok library export' };
  }
  const valid = data.articles.filter((r) => typeof r?.url === 'string' && r.article && Number.isFinite(r.savedAt));
  try {
    const counts = { added: 0, updated: 0, kept: 0 };
    await inStore('readwrite', async (store) => {
      const existing = await Promise.all(valid.map((r) => done(store.get(r.url))));
      valid.forEach((record, i) => {
        const old = existing[i];
        if (old && old.savedAt >= record.savedAt) { counts.kept += 1; return; }
        counts[old ? 'updated' : 'added'] += 1;
        store.put(toRecord(record.url, record.article, record.savedAt));
      });
    });
    return { ok: true, ...counts, skipped: data.articles.length - valid.length };
  } catch (error) {
    return failure(error);
  }
}

// The switch the browser benchmark and the browser tests turn on: content.js then puts its stage timings on the
// page's performance timeline, where they read them. Off by default, because the page reads its timeline too:
// Pathok's entries there (prepared mode's on every page) would tell any site that it is installed. Kept in
// storage.local, which no page can write and which does not sync.
export const TIMELINE_KEY = 'pathokTimeline';

export async function timelineOn() {
  return (await chrome.storage.local.get(TIMELINE_KEY))[TIMELINE_KEY] === true;
}

export async function getSettings() {
  const stored = await chrome.storage.sync.get(Object.keys(DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...stored };
}

// Only known keys are written, so a stale page cannot fill sync storage with junk.
export async function setSettings(patch) {
  const known = Object.fromEntries(Object.entries(patch ?? {}).filter(([key]) => key in DEFAULT_SETTINGS));
  await chrome.storage.sync.set(known);
}

// Calls `listener` at once on each change, with the settings' new values on their way (a promise), so that a
// reader that holds on to the promise never sees the old values after the event.
export function onSettingsChanged(listener) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key in DEFAULT_SETTINGS)) listener(getSettings());
  });
}
