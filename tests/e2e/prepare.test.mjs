// Prepared mode, turned on and off from the options page as a user does: with it on, every page loads and warms
// Pathok at its first idle moment, without changing the page, and the first toggle finds it ready; off, the
// registration and the access to all sites are gone. Chromium's permission prompt cannot be answered here, so
// the build is a copy with its optional host permissions granted at install (scripts/granted.mjs); the click
// on the checkbox still goes through permissions.request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { grantedCopy } from '../../scripts/granted.mjs';
import {
  TARGET, extensionDir, launch, openTab, readView, setTimeline, squash, startServer, toggle, waitForReader,
} from './harness.mjs';

const prepared = (page) => page.evaluate(() => performance.getEntriesByName('pathok:prepare').length > 0);

describe('prepared mode', () => {
  let s, server, options;

  before(async () => {
    server = await startServer();
    s = await launch({ dir: grantedCopy(extensionDir(), join(TARGET, 'granted-chrome')) });
    options = await s.context.newPage();
    await options.goto(s.url('options/options.html'));
    await options.waitForFunction(() => document.body.dataset.ready === 'true');
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  const registered = () => s.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((r) => r.id));

  test('turned on: a page is prepared unchanged, and its first toggle opens the view', async () => {
    await options.click('#prepare');
    await options.waitForFunction(() => document.getElementById('prepare-status').textContent !== '');
    assert.equal(await options.isChecked('#prepare'), true);
    assert.ok((await registered()).includes('prepare'), 'no prepared-mode registration');

    const { page, tabId } = await openTab(s, `${server.origin}/p/observed.html`);
    await page.waitForFunction(() => performance.getEntriesByName('pathok:prepare').length > 0, null, { timeout: 10_000 });
    assert.deepEqual(await page.evaluate(() => globalThis.pathokTestMutations), [], 'preparing changed the page');

    const reply = await toggle(s, tabId);
    assert.deepEqual(reply, { state: 'open', via: 'content' });
    await waitForReader(page);
    assert.equal(squash((await readView(page)).title), 'বর্ষা এসেছে আগেভাগে');
    await page.close();
  });

  // A page reads its own performance timeline: without the timeline switch (on in every other test), neither
  // preparing nor a toggle leaves a pathok: entry there, so a site cannot learn from it that Pathok is installed.
  test('the page\'s timeline holds nothing of Pathok unless the timeline switch is on', async () => {
    await setTimeline(s.sw, false);
    try {
      const { page, tabId } = await openTab(s, `${server.origin}/p/observed.html`);
      const ready = () => s.sw.evaluate((tab) => chrome.scripting.executeScript({ target: { tabId: tab }, func: () => typeof globalThis.pathokContent })
        .then(([frame]) => frame.result), tabId);
      assert.equal(await ready(), 'object', 'content.js is not in the page');
      // Preparing runs at the page's first idle moment (prepare.js: idle callback, at most 2 s).
      await page.waitForTimeout(2500);
      await toggle(s, tabId);
      await waitForReader(page);
      assert.deepEqual(await page.evaluate(() => performance.getEntries().map((e) => e.name).filter((n) => n.startsWith('pathok'))), []);
      await page.close();
    } finally {
      await setTimeline(s.sw, true);
    }
  });

  // This build's access is required by its manifest, which Chromium does not let an extension give back: the
  // page says so instead of claiming it was returned (a user's grant is optional and is returned).
  test('turned off: no registration, pages no longer prepared, and the page says what became of the access', async () => {
    await options.click('#prepare');
    await options.waitForFunction(() => /kept|রেখে/.test(document.getElementById('prepare-status').textContent));
    assert.equal(await options.isChecked('#prepare'), false);
    assert.ok(!(await registered()).includes('prepare'));

    const { page } = await openTab(s, `${server.origin}/p/observed.html`);
    await page.waitForTimeout(1500);
    assert.equal(await prepared(page), false, 'a page was prepared with the mode off');
    await page.close();
  });
});
