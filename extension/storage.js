// Saved articles (IndexedDB, the extension's own origin) and settings (storage.sync).
// The only file that opens IndexedDB or touches storage.sync. Imported by background.js, options/options.js and
// library/library.js; content scripts reach it through messages (their IndexedDB would be the page's).

const DB_NAME = 'pathok';
// Bump with a new `case` in upgrade(); never edit a released case, or saved libraries stop opening.
const DB_VERSION = 1;
const ARTICLES = 'articles';
const BY_SAVED_AT = 'savedAt';
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
});

// Each version's step runs once, in order, inside the upgrade transaction; the switch falls through on purpose.
function upgrade(db, oldVersion) {
  switch (oldVersion) {
    case 0: {
      const store = db.createObjectStore(ARTICLES, { keyPath: 'url' });
      store.createIndex(BY_SAVED_AT, 'savedAt');
    }
    // falls through: the next version's step goes here.
  }
}

let opening = null;

function openDb() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
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

// Storage failures become values the UI shows; the quota case is named so it can say what to do.
function failure(error) {
  const quota = error?.name === 'QuotaExceededError';
  return { ok: false, reason: quota ? 'quota' : 'storage', message: String(error?.message ?? error) };
}

// One saved article: the extractor's Article JSON plus where and when it was saved.
function toRecord(url, article, savedAt = Date.now()) {
  return { url, title: article.title || url, savedAt, article };
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

// Newest first.
export async function listArticles() {
  const records = await inStore('readonly', (store) => done(store.index(BY_SAVED_AT).getAll()));
  return records.reverse();
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

export async function getSettings() {
  const stored = await chrome.storage.sync.get(Object.keys(DEFAULT_SETTINGS));
  return { ...DEFAULT_SETTINGS, ...stored };
}

// Only known keys are written, so a stale page cannot fill sync storage with junk.
export async function setSettings(patch) {
  const known = Object.fromEntries(Object.entries(patch ?? {}).filter(([key]) => key in DEFAULT_SETTINGS));
  await chrome.storage.sync.set(known);
  return getSettings();
}

export function onSettingsChanged(listener) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key in DEFAULT_SETTINGS)) getSettings().then(listener);
  });
}
