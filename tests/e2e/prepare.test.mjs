// Prepared mode, turned on and off from the options page as a user does: with it on, every page loads and warms
// Pathok at its first idle moment, without changing the page, and the first toggle finds it ready; off, the
// registration and the access to all sites are gone. Chromium's permission prompt cannot be answered here, so
// the build is a copy with its optional host permissions granted at install (scripts/granted.mjs); the click
// on the checkbox still goes through permissions.request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { grantedCopy } from '../../scripts/granted.mjs';
import { TARGET, extensionDir, launch, openTab, readView, squash, startServer, toggle, waitForReader } from './harness.mjs';

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
