// Strict-CSP pages: Chromium refuses to compile wasm in a content script when the page's script-src lacks
// 'wasm-unsafe-eval', so content.js hands the HTML to the background, which runs the same wasm. Both paths
// must give the same article. The browser runs with a Bengali UI, so the view's own strings are checked in bn.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickAction, expected, launch, openTab, readView, screenshot, seriousViolations, squash, startServer, toggle, waitForReader,
} from './harness.mjs';

const SLUG = 'responsive-double-render';
const want = expected(SLUG);

describe(`strict CSP pages (${SLUG})`, () => {
  let s, server;
  const views = {};

  before(async () => {
    server = await startServer();
    s = await launch({ args: ['--lang=bn'] });
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  // Opens the view with a real toolbar click, then reopens it with pathokToggle to learn which path ran.
  async function openOn(area) {
    const { page, tabId } = await openTab(s, `${server.origin}/${area}/${SLUG}/`);
    await clickAction(s, page);
    await waitForReader(page);
    assert.equal((await toggle(s, tabId)).state, 'closed');
    const reply = await toggle(s, tabId);
    await waitForReader(page);
    views[area] = await readView(page);
    views[area].ui = await page.evaluate(() => {
      const root = document.getElementById('pathok-reader-host').shadowRoot;
      return { lang: root.querySelector('.reader').lang, close: root.querySelector('button.close').textContent, reading: root.querySelector('.reading').textContent };
    });
    if (area === 'csp-none') {
      await screenshot(page, 'reader-bn-ui.png');
      views[area].axe = await seriousViolations(page, '#pathok-reader-host');
    }
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    await page.close();
    return { reply, csp };
  }

  test('no CSP: the content script runs the wasm', async () => {
    const { reply, csp } = await openOn('f');
    assert.equal(csp, null);
    assert.deepEqual(reply, { state: 'open', via: 'content' });
  });

  for (const [area, policy] of [['csp-self', "script-src 'self'"], ['csp-none', "script-src 'none'"]]) {
    test(`${policy}: the background runs the wasm and the view opens with the same article`, async () => {
      const { reply, csp } = await openOn(area);
      assert.equal(csp, policy);
      assert.deepEqual(reply, { state: 'open', via: 'background' });
      assert.equal(squash(views[area].title), squash(views.f.title));
      assert.equal(squash(views[area].text), squash(views.f.text));
      assert.equal(squash(views[area].title), squash(want.title));
      assert.deepEqual({ lang: views[area].ui.lang, close: views[area].ui.close }, { lang: 'bn', close: 'বন্ধ' });
      assert.match(views[area].ui.reading, /^[০-৯]+ মিনিটের পড়া$/);
      if (views[area].axe) assert.deepEqual(views[area].axe, [], 'axe with the Bengali UI');
    });
  }
});
