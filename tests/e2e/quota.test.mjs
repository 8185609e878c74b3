// A full quota: the save fails with { ok: false, reason: 'quota' }, the view says so in words, and nothing saved
// before is lost. Chromium's IndexedDB heeds a quota override only in a backing store opened after it, and keeps an
// idle store open a while after its last connection closes (an extension reload is not enough, measured with
// Chromium 156); so the override comes first in a browser of its own, and a library saved before is reopened by
// relaunching the browser on its profile.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openInReader, useBrowser } from './harness.mjs';

const library = (s) => s.sw.evaluate(() => self.pathokLibrary());

// Chromium's own quota override for the extension origin, held by the session of a blank page left open.
async function overrideQuota(s, quotaSize) {
  const blank = await s.context.newPage();
  await blank.goto('about:blank');
  const cdp = await s.context.newCDPSession(blank);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${s.extensionId}`, quotaSize });
}

// Save in the view, wait for its words, then save the same tab again as the context menu does.
async function saveMeetsFullQuota(s, tab) {
  await tab.page.locator('#pathok-reader-host button.save').click();
  await tab.page.waitForFunction(() => /no storage space/.test(document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent));
  const reply = await s.sw.evaluate((id) => self.pathokSave(id), tab.tabId);
  assert.deepEqual({ ok: reply.ok, reason: reply.reason }, { ok: false, reason: 'quota' });
}

describe('storage quota', () => {
  const ctx = useBrowser();

  test('a full quota is reported in the view and to the caller, never swallowed', async () => {
    // Every IndexedDB write fails, as on a full disk.
    await overrideQuota(ctx.s, 1);
    await saveMeetsFullQuota(ctx.s, await openInReader(ctx.s, `${ctx.server.origin}/f/portal-echoed-body/`));
    assert.deepEqual(await library(ctx.s), []);
  });
});

describe('storage quota with articles already saved', () => {
  const ctx = useBrowser();

  test('a save that meets a full quota fails in words, and every saved record is still there byte for byte', async () => {
    for (const slug of ['desktop-mobile-class-pair', 'responsive-double-render']) {
      const tab = await openInReader(ctx.s, `${ctx.server.origin}/f/${slug}/`);
      const reply = await ctx.s.sw.evaluate((id) => self.pathokSave(id), tab.tabId);
      assert.equal(reply.ok, true, JSON.stringify(reply));
      await tab.page.close();
    }
    const before = await library(ctx.s);
    assert.equal(before.length, 2);

    // A disk that filled up after the saves: the origin keeps what it stores (1 byte is far below that) but may
    // store nothing more.
    await ctx.s.close();
    ctx.s = await launch({ profile: ctx.s.profile });
    await overrideQuota(ctx.s, 1);
    await saveMeetsFullQuota(ctx.s, await openInReader(ctx.s, `${ctx.server.origin}/f/portal-echoed-body/`));
    assert.equal(JSON.stringify(await library(ctx.s)), JSON.stringify(before));
  });
});
