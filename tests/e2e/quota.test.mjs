// A full quota: the save fails with { ok: false, reason: 'quota' }, and the view says so in words. Its own
// browser because Chromium applies a quota override only to IndexedDB connections opened after it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickAction, launch, openTab, startServer, waitForReader } from './harness.mjs';

describe('storage quota', () => {
  let s, server;

  before(async () => {
    server = await startServer();
    s = await launch();
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  test('a full quota is reported in the view and to the caller, never swallowed', async () => {
    const blank = await s.context.newPage();
    await blank.goto('about:blank');
    const cdp = await s.context.newCDPSession(blank);
    // Chromium's own quota override for the extension origin: every IndexedDB write fails as on a full disk.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${s.extensionId}`, quotaSize: 1 });
    const tab = await openTab(s, `${server.origin}/f/portal-echoed-body/`);
    await clickAction(s, tab.page);
    await waitForReader(tab.page);
    await tab.page.locator('#pathok-reader-host button.save').click();
    await tab.page.waitForFunction(() => /no storage space/.test(document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent));
    const reply = await s.sw.evaluate((id) => self.pathokSave(id), tab.tabId);
    assert.deepEqual({ ok: reply.ok, reason: reply.reason }, { ok: false, reason: 'quota' });
    assert.deepEqual(await s.sw.evaluate(() => self.pathokLibrary()), []);
  });
});
