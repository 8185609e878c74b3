// Saved articles: saving from the view and from the background (the context menu's path), surviving a browser
// restart and an extension reload, the library page (newest first, Bengali-aware search, offline reading in the
// same view, axe), a Markdown download, and export → delete → import → export giving back the same file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  clickAction, expected, launch, openTab, readView, reloadExtension, screenshot, seriousViolations, squash, startServer,
  waitForReader,
} from './harness.mjs';

const FIRST = 'desktop-mobile-class-pair';
const SECOND = 'responsive-double-render';
const library = (s) => s.sw.evaluate(() => self.pathokLibrary());

const downloadIds = (s) => s.sw.evaluate(async () => (await chrome.downloads.search({})).map((d) => d.id));

// Waits for the download that `act` starts and returns its path and text, as the downloads API reports them.
async function downloadOf(s, act) {
  const known = await downloadIds(s);
  await act();
  const item = await s.sw.evaluate(async (seen) => {
    for (let i = 0; i < 100; i += 1) {
      const fresh = (await chrome.downloads.search({})).find((d) => !seen.includes(d.id));
      if (fresh && fresh.state !== 'in_progress') return fresh;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  }, known);
  assert.ok(item, 'no download finished');
  assert.equal(item.state, 'complete', `download ${item.error}`);
  return { name: item.filename, text: readFileSync(item.filename, 'utf8') };
}

describe('saved articles and the library page', () => {
  let s, server, profile, saved;

  before(async () => {
    server = await startServer();
    s = await launch();
    profile = s.profile;
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  test('Save in the view, and pathokSave (the context menu path), store both in the extension IndexedDB', async () => {
    const one = await openTab(s, `${server.origin}/f/${FIRST}/`);
    await clickAction(s, one.page);
    await waitForReader(one.page);
    await one.page.locator('#pathok-reader-host button.save').click();
    await one.page.waitForFunction(() => /Saved/.test(document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent));

    const two = await openTab(s, `${server.origin}/f/${SECOND}/`);
    await clickAction(s, two.page);
    await waitForReader(two.page);
    const reply = await s.sw.evaluate((id) => self.pathokSave(id), two.tabId);
    assert.equal(reply.ok, true, JSON.stringify(reply));

    saved = await library(s);
    assert.deepEqual(saved.map((r) => r.url), [`${server.origin}/f/${SECOND}/`, `${server.origin}/f/${FIRST}/`]);
    for (const record of saved) {
      assert.ok(record.title && record.savedAt > 0, JSON.stringify(record).slice(0, 200));
      assert.equal(typeof record.article.markdown, 'string');
    }
    await one.page.close();
    await two.page.close();
  });

  test('the library survives closing and relaunching the browser with the same profile', async () => {
    await s.close();
    s = await launch({ profile });
    assert.deepEqual(await library(s), saved);
  });

  test('the library survives reloading the extension: a new worker finds every record unchanged', async () => {
    // Marks only the running extension keeps: the worker's globals, and storage.session, which outlives a worker
    // stopped for idleness but not a reload. The extension's own pages close when it unloads.
    await s.sw.evaluate(() => { self.pathokBeforeReload = true; return chrome.storage.session.set({ beforeReload: true }); });
    const open = await s.context.newPage();
    await open.goto(s.url('library/library.html'));
    const closed = new Promise((resolve) => { open.once('close', resolve); });
    await reloadExtension(s);
    await closed;
    assert.equal(await s.sw.evaluate(() => self.pathokBeforeReload), undefined);
    assert.deepEqual(await s.sw.evaluate(() => chrome.storage.session.get(null)), {});

    assert.deepEqual(await library(s), saved);
    const page = await s.context.newPage();
    await page.goto(s.url('library/library.html'));
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await page.locator('#list li').evaluateAll((items) => items.map((li) => li.dataset.url)), saved.map((r) => r.url));
    await page.close();
  });

  test('library page: newest first, Bengali-aware search, offline reading in the same view, no serious axe issues', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('library/library.html'));
    await page.waitForSelector('body[data-ready="true"]');
    const titles = () => page.locator('#list button.open').allTextContents();
    assert.deepEqual(await titles(), saved.map((r) => r.title));
    assert.deepEqual(await seriousViolations(page), [], 'axe on the library page');
    await screenshot(page, 'library.png');

    // Search folds Bengali digits to Latin (as the extractor's normalize_key does): "11টা" finds "১১টা".
    const metro = expected(SECOND);
    const needle = metro.paragraphs.join(' ').match(/[০-৯]+টা/)?.[0];
    if (needle) {
      await page.locator('#search').fill(needle.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d))));
      await page.waitForFunction(() => document.querySelectorAll('#list li').length === 1);
      assert.deepEqual(await titles(), [saved[0].title]);
    }
    await page.locator('#search').fill('কোনোভাবেইমিলবেনা');
    await page.waitForFunction(() => document.querySelectorAll('#list li').length === 0);
    assert.equal(await page.locator('#empty').isVisible(), true);
    await page.locator('#search').fill('');
    await page.waitForFunction(() => document.querySelectorAll('#list li').length === 2);

    await page.locator('#list button.open').first().click();
    await waitForReader(page);
    const view = await readView(page);
    assert.equal(squash(view.title), squash(saved[0].article.title || ''));
    assert.equal(squash(view.text).includes(squash(saved[0].article.text.split('\n\n')[0] ?? '')), true);
    assert.deepEqual(await seriousViolations(page, '#pathok-reader-host'), [], 'axe on the reader in the library');
    await screenshot(page, 'library-reader.png');
    await page.keyboard.press('Escape');
    await waitForReader(page, false);
    await page.close();
  });

  test('download one article as Markdown: front matter with title, byline, date, url, then the text', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('library/library.html'));
    await page.waitForSelector('body[data-ready="true"]');
    const { name, text } = await downloadOf(s, () => page.locator('#list li').nth(1).locator('button.md').click());
    const record = saved[1];
    assert.match(name, /pathok-[\w-]+\.md$/);
    const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/) ?? [];
    assert.ok(front, `no front matter in:\n${text.slice(0, 300)}`);
    assert.match(front, new RegExp(`^title: ${JSON.stringify(record.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    assert.match(front, new RegExp(`^url: "${record.url}"$`, 'm'));
    if (record.article.published) assert.match(front, new RegExp(`^date: "${record.article.published.replace(/[+]/g, '\\+')}"$`, 'm'));
    if (record.article.byline) assert.ok(front.includes(`byline: ${JSON.stringify(record.article.byline)}`));
    for (const paragraph of expected(FIRST).paragraphs.slice(0, 2)) assert.ok(squash(body).includes(squash(paragraph)), paragraph);
    await page.close();
  });

  test('export, delete everything, import the export, export again: the same records and the same file', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('library/library.html'));
    await page.waitForSelector('body[data-ready="true"]');
    const exported = await downloadOf(s, () => page.locator('#export').click());
    const data = JSON.parse(exported.text);
    assert.equal(data.format, 'pathok-library');
    assert.deepEqual(data.articles, saved);

    for (let left = 2; left > 0; left -= 1) {
      await page.locator('#list li').first().locator('button.delete').click();
      await page.waitForFunction((n) => document.querySelectorAll('#list li').length === n, left - 1);
    }
    assert.deepEqual(await library(s), []);

    await page.locator('#import-file').setInputFiles(exported.name);
    await page.waitForFunction(() => document.querySelectorAll('#list li').length === 2);
    assert.match(await page.locator('#status').textContent(), /2 new/);
    assert.deepEqual(await library(s), saved);

    // The files must match byte for byte, except for when each was made: the one top-level `exportedAt` line
    // (indented by one space; record fields sit deeper) is blanked in both. latin1 maps each byte to one char.
    const again = await downloadOf(s, () => page.locator('#export').click());
    const stamp = /^ "exportedAt": "([^"]*)",$/m;
    const unstamped = (file) => Buffer.from(readFileSync(file.name).toString('latin1').replace(stamp, ' "exportedAt": "",'), 'latin1');
    for (const file of [exported, again]) assert.ok(Date.parse(file.text.match(stamp)?.[1]) > 0, `${file.name}: no exportedAt line`);
    assert.deepEqual(unstamped(again), unstamped(exported));

    // Importing the same file again merges by URL: nothing is duplicated.
    await page.locator('#import-file').setInputFiles(exported.name);
    await page.waitForFunction(() => /already/.test(document.getElementById('status').textContent));
    assert.equal((await library(s)).length, 2);
    await page.close();
  });

  test('options page: the same settings controls, the site list; no serious axe issues', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('options/options.html'));
    await page.waitForSelector('body[data-ready="true"]');
    assert.deepEqual(await seriousViolations(page), [], 'axe on the options page');
    await page.locator('#pathok-width').selectOption('48');
    await page.waitForFunction(() => document.getElementById('settings-status').textContent.length > 0);
    assert.equal(await s.sw.evaluate(async () => (await chrome.storage.sync.get('width')).width), 48);
    assert.match(await page.locator('#sites').textContent(), /No sites/);
    await screenshot(page, 'options.png');
    await page.close();
  });
});
