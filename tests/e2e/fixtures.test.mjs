// Every fixture page through the extension: the view shows exactly what the extractor returned (title, each
// block once, the date), and pages the extractor calls "not an article" get the message and stay untouched.
// Extraction quality itself is the Rust fixture tests' job (tests/extract.rs); this proves the view loses
// nothing on the way. The article is read back through pathokSave, the same wasm answer the view got.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickAction, countOf, expected, fixtureSlugs, openTab, readView, squash, toggle, useBrowser,
} from './harness.mjs';

describe('each fixture page in the reader view', () => {
  const ctx = useBrowser();

  for (const slug of fixtureSlugs()) {
    const want = expected(slug);
    test(slug, async () => {
      const { page, tabId } = await openTab(ctx.s, `${ctx.server.origin}/f/${slug}/`);
      // Some pages tick a clock into their own DOM; stop the page's timers so only our changes could differ.
      await page.evaluate(() => { for (let id = setTimeout(() => {}, 0); id > 0; id -= 1) { clearTimeout(id); clearInterval(id); } });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await clickAction(ctx.s, page);
      const shown = await (await page.waitForFunction(() => {
        if (document.getElementById('pathok-reader-host')?.shadowRoot?.querySelector('article')) return 'view';
        return document.getElementById('pathok-notice-host')?.shadowRoot?.querySelector('.notice') ? 'notice' : false;
      })).jsonValue();
      if (shown === 'notice') {
        if (!want.error) console.log(`# ${slug}: the extractor finds no article here (expected.json says there is one)`);
        assert.equal(await page.evaluate(() => Boolean(document.getElementById('pathok-reader-host'))), false);
        await page.locator('#pathok-notice-host .notice-close').click();
        assert.ok(await page.evaluate(() => document.documentElement.outerHTML) === before, 'page changed');
        await page.close();
        return;
      }
      if (want.error) console.log(`# ${slug}: the extractor finds an article here (expected.json says ${want.error})`);
      const view = await readView(page);
      const saved = await ctx.s.sw.evaluate((id) => self.pathokSave(id), tabId);
      assert.equal(saved.ok, true, JSON.stringify(saved));
      const [record] = (await ctx.s.sw.evaluate(() => self.pathokLibrary())).filter((r) => r.url === page.url());
      const article = record.article;
      assert.equal(squash(view.title), squash(article.title ?? ''));
      // Letters and digits only: the text form writes table cells with " | ", the view lays them out.
      const words = (t) => squash(String(t).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '));
      const text = words(view.text);
      for (const block of article.text.split('\n\n').map(words).filter(Boolean)) {
        assert.ok(countOf(text, block) >= 1, `block missing from the view: ${block.slice(0, 80)}`);
      }
      if (article.published) {
        assert.equal(view.datetime, article.published);
        assert.ok(view.date, 'published date not shown');
      }
      await page.locator('#pathok-notice-host .notice-close').click();
      assert.equal((await toggle(ctx.s, tabId)).state, 'closed');
      assert.ok(await page.evaluate(() => document.documentElement.outerHTML) === before, 'page DOM differs after closing');
      await page.close();
    });
  }
});
