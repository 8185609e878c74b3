// The library never loses an article to a race: two tabs saving at the same moment both land. (A full quota is
// quota.test.mjs; surviving a browser restart and an extension reload is library.test.mjs; a schema upgrade is
// upgrade.test.mjs.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openInReader, useBrowser } from './harness.mjs';

const PAGES = ['desktop-mobile-class-pair', 'responsive-double-render'];
const library = (sw) => sw.evaluate(() => self.pathokLibrary());

describe('saved articles are never lost', () => {
  const ctx = useBrowser();

  test('two tabs saving at the same moment both land', async () => {
    // The toolbar clicks grant both tabs to the extension before the saves race.
    const one = await openInReader(ctx.s, `${ctx.server.origin}/f/${PAGES[0]}/`);
    const two = await openInReader(ctx.s, `${ctx.server.origin}/f/${PAGES[1]}/`);
    const replies = await ctx.s.sw.evaluate(([a, b]) => Promise.all([self.pathokSave(a), self.pathokSave(b)]), [one.tabId, two.tabId]);
    assert.deepEqual(replies.map((r) => r.ok), [true, true], JSON.stringify(replies));
    const saved = await library(ctx.s.sw);
    assert.deepEqual(saved.map((r) => r.url).sort(), [one.page.url(), two.page.url()].sort());
  });
});
