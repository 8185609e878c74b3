// Strict-CSP pages: Chromium refuses to compile wasm in a content script when the page's script-src lacks
// 'wasm-unsafe-eval', so content.js hands the HTML to the background, which runs the same wasm. Both paths
// must give the same article.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickAction, expected, launch, openTab, readView, squash, startServer, toggle, waitForReader } from './harness.mjs';

const SLUG = 'responsive-double-render';
const want = expected(SLUG);

describe(`strict CSP pages (${SLUG})`, () => {
  let s, server;
  const views = {};

  before(async () => {
    server = await startServer();
    s = await launch();
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
    });
  }
});
