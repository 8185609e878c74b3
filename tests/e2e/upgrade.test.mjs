// The IndexedDB schema upgrade: a library written by version 1 of storage.js, opened by the current extension,
// keeps every record with its v1 fields unchanged byte for byte, and gains what version 2 adds: each record's
// `host` and the site index, which the library page's site filter reads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reloadExtension, useBrowser } from './harness.mjs';

// Version 1's database, as its upgrade() made it: one store keyed by URL with one index on the save time.
const V1 = { name: 'pathok', version: 1, store: 'articles', keyPath: 'url', index: 'savedAt' };

// The extractor's Article JSON (src/output.rs) for a short article.
const article = (title, text, siteName) => ({
  title, byline: 'নিজস্ব প্রতিবেদক', site_name: siteName, published: '2026-01-04T08:00:00+06:00',
  published_bangla: '২০ পৌষ ১৪৩২', modified: null, lang: 'bn', excerpt: text, lead_image: null, canonical: null,
  html: `<p>${text}</p>`, text, markdown: text, word_count: text.split(' ').length, reading_minutes: 1,
  stats: { duplicates_removed: 0, clutter_removed: 1 },
});

// Version 1's records, { url, title: article.title || url, savedAt, article }, and the host v2 files each under.
const SAVED = [
  [{ url: 'https://www.prothomalo.com/bangladesh/capital/metro-rail', title: 'মেট্রোরেল চলবে রাত ১১টা পর্যন্ত',
    savedAt: Date.UTC(2026, 0, 4, 3), article: article('মেট্রোরেল চলবে রাত ১১টা পর্যন্ত', 'যাত্রীদের চাহিদা বিবেচনায় সময় বাড়ল।', 'প্রথম আলো') },
  'prothomalo.com'],
  [{ url: 'https://prothomalo.com/world/asia/flood', title: 'আসামে বন্যা', savedAt: Date.UTC(2026, 0, 6, 12),
    article: article('আসামে বন্যা', 'ব্রহ্মপুত্রের পানি বিপৎসীমার ওপরে।', 'প্রথম আলো') },
  'prothomalo.com'],
  [{ url: 'https://bangla.bdnews24.com/economy/budget', title: 'বাজেটের আকার বাড়ছে', savedAt: Date.UTC(2026, 0, 5, 7),
    article: article('বাজেটের আকার বাড়ছে', 'অর্থমন্ত্রী সংসদে বাজেট পেশ করবেন।', 'বিডিনিউজ টোয়েন্টিফোর') },
  'bangla.bdnews24.com'],
  // Version 1's import checked only that the URL was a string.
  [{ url: 'saved offline', title: 'saved offline', savedAt: Date.UTC(2026, 0, 2), article: article('', 'শিরোনামহীন লেখা।', null) },
    ''],
];

describe('IndexedDB schema upgrade', () => {
  const ctx = useBrowser();

  test('a version 1 library opens under version 2 with every record kept and the site index built', async () => {
    // Written in the extension's origin, before anything of the extension has opened its database.
    await ctx.s.sw.evaluate(({ v1, records }) => new Promise((resolve, reject) => {
      const request = indexedDB.open(v1.name, v1.version);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(v1.store, { keyPath: v1.keyPath });
        store.createIndex(v1.index, 'savedAt');
        for (const record of records) store.put(record);
      };
      request.onsuccess = () => { request.result.close(); resolve(); };
      request.onerror = () => reject(request.error);
    }), { v1: V1, records: SAVED.map(([record]) => record) });

    // As after an update: a fresh start of the extension meets the old database.
    await reloadExtension(ctx.s);
    const listed = await ctx.s.sw.evaluate(() => self.pathokLibrary());
    assert.deepEqual(listed.map((r) => r.url), SAVED.map(([r]) => r).sort((a, b) => b.savedAt - a.savedAt).map((r) => r.url));

    const stored = await ctx.s.sw.evaluate((name) => new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        const store = db.transaction('articles').objectStore('articles');
        const indexes = [...store.indexNames].map((index) => [index, store.index(index).keyPath]);
        const all = store.getAll();
        all.onsuccess = () => { db.close(); resolve({ version: db.version, indexes, records: all.result }); };
      };
      request.onerror = () => reject(request.error);
    }), V1.name);
    assert.equal(stored.version, 2);
    assert.deepEqual(stored.indexes, [['savedAt', 'savedAt'], ['site', ['host', 'savedAt']]]);
    const byUrl = new Map(stored.records.map((record) => [record.url, record]));
    assert.equal(byUrl.size, SAVED.length);
    for (const [record, host] of SAVED) {
      // Serialised, so the v1 fields must match in value and in order, with `host` the one key added after them.
      assert.equal(JSON.stringify(byUrl.get(record.url)), JSON.stringify({ ...record, host }), record.url);
    }
  });

  test('the library page files the upgraded records by site', async () => {
    const page = await ctx.s.context.newPage();
    await page.goto(ctx.s.url('library/library.html'));
    await page.waitForSelector('body[data-ready="true"]');
    const urls = () => page.locator('#list li').evaluateAll((items) => items.map((li) => li.dataset.url));
    assert.equal((await urls()).length, SAVED.length);
    assert.deepEqual(await page.locator('#site option').evaluateAll((options) => options.map((o) => [o.value, o.textContent])), [
      ['', 'All sites'], ['bangla.bdnews24.com', 'bangla.bdnews24.com (1)'], ['prothomalo.com', 'prothomalo.com (2)'],
    ]);
    await page.locator('#site').selectOption('prothomalo.com');
    await page.waitForFunction(() => document.querySelectorAll('#list li').length === 2);
    assert.deepEqual(await urls(), [SAVED[1][0].url, SAVED[0][0].url]);
    await page.close();
  });
});
