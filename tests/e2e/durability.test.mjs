// The library never loses an article to a race: two tabs saving at the same moment both land. (A full quota is
// quota.test.mjs; surviving a browser restart is library.test.mjs.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickAction, openTab, waitForReader, useBrowser } from './harness.mjs';

const PAGES = ['desktop-mobile-class-pair', 'responsive-double-render'];
const library = (sw) => sw.evaluate(() => self.pathokLibrary());

describe('saved articles are never lost', () => {
  const ctx = useBrowser();

  // The toolbar click grants the tab to the extension, as a user's click would, before the saves race.
  async function grantedTab(slug) {
    const tab = await openTab(ctx.s, `${ctx.server.origin}/f/${slug}/`);
    await clickAction(ctx.s, tab.page);
    await waitForReader(tab.page);
    return tab;
  }

  test('two tabs saving at the same moment both land', async () => {
    const [one, two] = [await grantedTab(PAGES[0]), await grantedTab(PAGES[1])];
    const replies = await ctx.s.sw.evaluate(([a, b]) => Promise.all([self.pathokSave(a), self.pathokSave(b)]), [one.tabId, two.tabId]);
    assert.deepEqual(replies.map((r) => r.ok), [true, true], JSON.stringify(replies));
    const saved = await library(ctx.s.sw);
    assert.deepEqual(saved.map((r) => r.url).sort(), [one.page.url(), two.page.url()].sort());
  });
});
