// A full quota: the save fails with { ok: false, reason: 'quota' }, and the view says so in words. Its own
// browser because Chromium applies a quota override only to IndexedDB connections opened after it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickAction, openTab, waitForReader, useBrowser } from './harness.mjs';

describe('storage quota', () => {
  const ctx = useBrowser();

  test('a full quota is reported in the view and to the caller, never swallowed', async () => {
    const blank = await ctx.s.context.newPage();
    await blank.goto('about:blank');
    const cdp = await ctx.s.context.newCDPSession(blank);
    // Chromium's own quota override for the extension origin: every IndexedDB write fails as on a full disk.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${ctx.s.extensionId}`, quotaSize: 1 });
    const tab = await openTab(ctx.s, `${ctx.server.origin}/f/portal-echoed-body/`);
    await clickAction(ctx.s, tab.page);
    await waitForReader(tab.page);
    await tab.page.locator('#pathok-reader-host button.save').click();
    await tab.page.waitForFunction(() => /no storage space/.test(document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent));
    const reply = await ctx.s.sw.evaluate((id) => self.pathokSave(id), tab.tabId);
    assert.deepEqual({ ok: reply.ok, reason: reply.reason }, { ok: false, reason: 'quota' });
    assert.deepEqual(await ctx.s.sw.evaluate(() => self.pathokLibrary()), []);
  });
});
