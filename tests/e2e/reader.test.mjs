// The reader view on a fixture page, driven through the extension's own entry points: the toolbar button
// (a real click through CDP) and the service worker's pathokToggle, the function the button and Alt+Shift+R call.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickAction, countOf, expected, launch, openTab, readView, screenshot, seriousViolations, squash, startServer,
  toggle, waitForReader,
} from './harness.mjs';

const SLUG = 'desktop-mobile-class-pair';
const want = expected(SLUG);
const badge = (s, tabId) => s.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const pageState = (page) => page.evaluate(() => ({
  html: document.documentElement.outerHTML,
  x: scrollX,
  y: scrollY,
  marker: globalThis.pathokTestMarker ?? null,
}));

describe(`reader view (${SLUG})`, () => {
  let s, server, page, tabId, original;

  before(async () => {
    server = await startServer();
    s = await launch();
    ({ page, tabId } = await openTab(s, `${server.origin}/f/${SLUG}/`));
    // A marker in the page's own world: still there after closing means the page was not reloaded.
    await page.evaluate(() => { globalThis.pathokTestMarker = 'same page'; window.scrollTo(0, 300); });
    original = await pageState(page);
    assert.ok(original.y > 0, 'the fixture page is too short to test scroll restoration');
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  // A paragraph added to the article itself (after its first paragraph as shown), so the page's next read
  // gives a different article.
  const addToArticle = (text) => page.evaluate(([first, added]) => {
    const shown = [...document.querySelectorAll('p')].find((p) => p.textContent.includes(first) && p.checkVisibility());
    shown.after(Object.assign(document.createElement('p'), { textContent: added }));
  }, [want.paragraphs[0].slice(0, 30), text]);

  test('the toolbar button opens the view: title, each paragraph once, no clutter, date in Bengali', async () => {
    await clickAction(s, page);
    await waitForReader(page);
    const view = await readView(page);
    assert.equal(squash(view.title), squash(want.title));
    const text = squash(view.text);
    for (const paragraph of want.paragraphs) {
      assert.equal(countOf(text, squash(paragraph)), 1, `paragraph not shown exactly once: ${paragraph.slice(0, 60)}…`);
    }
    for (const clutter of want.must_not_contain ?? []) assert.ok(!text.includes(clutter), `clutter in the view: ${clutter}`);
    assert.equal(view.datetime, want.published);
    assert.match(view.date, /[০-৯]{4}/, `date not in Bengali digits: ${view.date}`);
    assert.equal(view.lang, 'bn');
    assert.ok(Math.abs(view.lineHeight - 1.7) < 0.01, `line height ${view.lineHeight}`);
    assert.match(view.bodyFont, /Pathok Noto Serif Bengali/);
    assert.equal(await badge(s, tabId), 'ON');
  });

  test('Bengali glyphs come from the bundled font (this machine has no Bengali system font)', async () => {
    // The view opens at once; the faces swap in when loaded, and the host says so.
    await page.waitForFunction(() => document.getElementById('pathok-reader-host')?.dataset.fonts === 'loaded');
    const ready = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        serif: document.fonts.check('20px "Pathok Noto Serif Bengali"', 'বাংলা'),
        sans: document.fonts.check('16px "Pathok Noto Sans Bengali"', 'বাংলা'),
        loaded: [...document.fonts].filter((f) => f.family.includes('Pathok') && f.status === 'loaded').length,
      };
    });
    assert.ok(ready.serif && ready.sans, JSON.stringify(ready));
    assert.ok(ready.loaded >= 4, JSON.stringify(ready));
  });

  test('the page under the view is out of reach: its links take no focus', async () => {
    const reached = await page.evaluate(() => {
      const link = document.body.querySelector('a[href]');
      link.focus();
      return { tag: link.tagName, focused: document.activeElement === link };
    });
    assert.deepEqual(reached, { tag: 'A', focused: false });
  });

  test('pathokToggle closes it: same DOM, same scroll position, no reload; badge cleared', async () => {
    const reply = await toggle(s, tabId);
    assert.equal(reply.state, 'closed');
    const now = await pageState(page);
    assert.equal(now.marker, 'same page');
    assert.deepEqual({ x: now.x, y: now.y }, { x: original.x, y: original.y });
    assert.ok(now.html === original.html, 'page DOM differs after closing the reader');
    assert.equal(await badge(s, tabId), '');
  });

  test('wasm runs in the content script on a page without a strict CSP', async () => {
    const reply = await toggle(s, tabId);
    assert.deepEqual(reply, { state: 'open', via: 'content' });
  });

  test('Esc closes the view and restores the page', async () => {
    await page.keyboard.press('Escape');
    await waitForReader(page, false);
    const now = await pageState(page);
    assert.ok(now.html === original.html, 'page DOM differs after Esc');
    assert.equal(now.y, original.y);
    await page.waitForFunction(() => true);
    assert.equal(await badge(s, tabId), '');
  });

  test('settings chosen in the view persist in storage.sync and apply next time; screenshots light and dark', async () => {
    await toggle(s, tabId);
    await waitForReader(page);
    const host = page.locator('#pathok-reader-host');
    await host.locator('button.toggle-settings').click();
    await host.locator('#pathok-theme').selectOption('dark');
    await host.locator('#pathok-size').selectOption('22');
    await page.waitForFunction(() => document.getElementById('pathok-reader-host').shadowRoot.querySelector('.reader').dataset.theme === 'dark');
    const stored = await s.sw.evaluate(async () => {
      for (let i = 0; i < 50; i += 1) {
        const got = await chrome.storage.sync.get(['theme', 'size']);
        if (got.theme === 'dark' && got.size === 22) return got;
        await new Promise((r) => setTimeout(r, 50));
      }
      return chrome.storage.sync.get(['theme', 'size']);
    });
    assert.deepEqual(stored, { theme: 'dark', size: 22 });
    await toggle(s, tabId);
    await toggle(s, tabId);
    await waitForReader(page);
    const view = await readView(page);
    assert.equal(view.theme, 'dark');
    const dark = await screenshot(page, 'reader-dark.png');
    assert.deepEqual(await seriousViolations(page, '#pathok-reader-host'), [], 'axe in the dark view');

    await host.locator('button.toggle-settings').click();
    await host.locator('#pathok-theme').selectOption('light');
    await host.locator('#pathok-size').selectOption('20');
    await host.locator('button.toggle-settings').click();
    await page.waitForFunction(() => document.getElementById('pathok-reader-host').shadowRoot.querySelector('.reader').dataset.theme === 'light');
    const light = await screenshot(page, 'reader-light.png');
    assert.deepEqual(await seriousViolations(page, '#pathok-reader-host'), [], 'axe in the light view');
    await host.locator('#pathok-theme').waitFor({ state: 'hidden' });
    console.log(`# screenshots: ${light} ${dark}`);
  });

  test('sepia theme passes axe too; controls are reachable by keyboard', async () => {
    const host = page.locator('#pathok-reader-host');
    await host.locator('button.toggle-settings').click();
    await host.locator('#pathok-theme').selectOption('sepia');
    assert.deepEqual(await seriousViolations(page, '#pathok-reader-host'), [], 'axe in the sepia view');
    await host.locator('#pathok-theme').selectOption('light');
    await host.locator('button.toggle-settings').click();
    // Tab from the dialog walks the bar in order; every stop is one of our controls.
    await page.evaluate(() => document.getElementById('pathok-reader-host').shadowRoot.querySelector('.reader').focus());
    const stops = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.getElementById('pathok-reader-host').shadowRoot.activeElement?.className ?? null));
    }
    assert.ok(stops.every(Boolean), `focus left the view: ${stops}`);
  });

  test('read aloud picks a Bengali voice, or says there is none', async () => {
    const host = page.locator('#pathok-reader-host');
    await host.locator('button.listen').click();
    const hasVoice = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('bn')));
    if (hasVoice) {
      assert.equal(await host.locator('button.listen').getAttribute('aria-pressed'), 'true');
    } else {
      await page.waitForFunction(() => document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent.length > 0);
      assert.match((await readView(page)).status, /No Bengali voice/);
    }
    await toggle(s, tabId);
  });

  test('"Always on this site" opens the options page on this host, ready for the permission click', async () => {
    await toggle(s, tabId);
    await waitForReader(page);
    const [options] = await Promise.all([
      s.context.waitForEvent('page'),
      page.locator('#pathok-reader-host button.always').click(),
    ]);
    await options.waitForSelector('body[data-ready="true"]');
    assert.equal(new URL(options.url()).hash, '#site=127.0.0.1');
    assert.equal(await options.locator('#site-host').inputValue(), '127.0.0.1');
    assert.equal(await options.evaluate(() => document.activeElement?.textContent), 'Add and allow');
    await options.close();
    await page.bringToFront();
    await toggle(s, tabId);
  });

  test('a closed view comes back as it was unless the article changed', async () => {
    const mark = () => page.evaluate(() => document.getElementById('pathok-reader-host').pathokMark ?? null);
    await toggle(s, tabId);
    await waitForReader(page);
    await page.evaluate(() => { document.getElementById('pathok-reader-host').pathokMark = 'kept'; });
    await toggle(s, tabId);
    // A change beside the article (an ad slot filled): the page is read again, the article is the same, and
    // the same view returns.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { className: 'ad-slot' })));
    await toggle(s, tabId);
    await waitForReader(page);
    assert.equal(await mark(), 'kept');
    await toggle(s, tabId);
    // A paragraph added to the article: a new view that shows it.
    const added = 'সংশোধনী: প্রতিবেদনের এই অনুচ্ছেদটি পরে যোগ করা হয়েছে, যাতে পাঠকেরা সর্বশেষ তথ্য জানতে পারেন এবং কোনো বিভ্রান্তি না থাকে।';
    await addToArticle(added);
    await toggle(s, tabId);
    await waitForReader(page);
    assert.equal(await mark(), null);
    assert.ok(squash((await readView(page)).text).includes(added), 'the added paragraph is not in the view');
    await toggle(s, tabId);
  });

  test('settings changed elsewhere reach the next view of a page already read', async () => {
    await toggle(s, tabId);
    await waitForReader(page);
    await toggle(s, tabId);
    // The options page or another tab's view changes the theme while this page's view is closed; then the
    // article changes, so the next toggle builds a new view with the settings content.js holds.
    await s.sw.evaluate(() => chrome.storage.sync.set({ theme: 'sepia' }));
    await addToArticle('হালনাগাদ: প্রতিবেদনটি প্রকাশের পর এই অনুচ্ছেদটি যোগ করা হয়েছে, যাতে পাঠকেরা ঘটনার সর্বশেষ অবস্থা জানতে পারেন।');
    await toggle(s, tabId);
    await waitForReader(page);
    assert.equal((await readView(page)).theme, 'sepia');
    await toggle(s, tabId);
    await s.sw.evaluate(() => chrome.storage.sync.remove('theme'));
  });

  test('a page with no article: a message says so and the page stays as it was', async () => {
    const other = await openTab(s, `${server.origin}/p/not-article.html`);
    const before = await other.page.evaluate(() => document.documentElement.outerHTML);
    await clickAction(s, other.page);
    await other.page.waitForFunction(() => document.getElementById('pathok-notice-host')?.shadowRoot?.querySelector('.notice'));
    const notice = await other.page.evaluate(() => document.getElementById('pathok-notice-host').shadowRoot.querySelector('.notice span').textContent);
    assert.match(notice, /found no article/);
    assert.equal(await other.page.evaluate(() => document.getElementById('pathok-reader-host')), null);
    const reply = await toggle(s, other.tabId);
    assert.equal(reply.state, 'none');
    assert.equal(reply.reason, 'not_article');
    await other.page.locator('#pathok-notice-host .notice-close').click();
    assert.ok(await other.page.evaluate(() => document.documentElement.outerHTML) === before, 'page changed');
    await other.page.close();
  });

  test('the lead photo beside the headline, outside the body, heads the view', async () => {
    const other = await openTab(s, `${server.origin}/f/font-table-layout-unknown-site/`);
    await clickAction(s, other.page);
    await waitForReader(other.page);
    // The extractor takes the photo into the body (it sits right above the text); from the metadata, the
    // view would add it as a figure of class "lead". Either way it comes once, and first.
    const images = await other.page.evaluate(() => [...document.getElementById('pathok-reader-host').shadowRoot.querySelectorAll('.content img')]
      .map((img) => new URL(img.src).pathname));
    assert.deepEqual(images, ['/f/font-table-layout-unknown-site/photos/4412.jpg']);
    await other.page.close();
  });

  test('text settings: Latin digits, the Bangla calendar, images off; print shows the view alone', async () => {
    const other = await openTab(s, `${server.origin}/f/body-keepers-figure-table-list/`);
    await clickAction(s, other.page);
    await waitForReader(other.page);
    const host = other.page.locator('#pathok-reader-host');
    const imagesShown = () => other.page.evaluate(() => [...document.getElementById('pathok-reader-host').shadowRoot.querySelectorAll('.content img')]
      .map((img) => getComputedStyle(img).display !== 'none'));
    assert.ok((await imagesShown()).length > 0 && (await imagesShown()).every(Boolean), 'images hidden by default');
    assert.equal(await other.page.evaluate(() => document.getElementById('pathok-reader-host').shadowRoot.querySelector('figure.lead')), null,
      'a body with images of its own gets no lead photo');
    await host.locator('button.toggle-settings').click();
    await host.locator('#pathok-images').uncheck();
    assert.ok((await imagesShown()).every((shown) => !shown), 'images still shown');
    await host.locator('#pathok-digits').selectOption('latn');
    await host.locator('#pathok-calendar').selectOption('bangla');
    const dates = await other.page.evaluate(() => {
      const root = document.getElementById('pathok-reader-host').shadowRoot;
      return { time: root.querySelector('time').textContent, bangla: root.querySelector('.bangla-date')?.textContent ?? null };
    });
    assert.match(dates.time, /2025/);
    assert.doesNotMatch(dates.time, /[০-৯]/);
    assert.match(dates.bangla ?? '', /14\d\d/, `Bangla calendar date: ${dates.bangla}`);

    // On screen, blocks after the eighth are laid out when scrolled near; in print, every block is.
    const skipped = () => other.page.evaluate(() => [...document.getElementById('pathok-reader-host').shadowRoot.querySelectorAll('.content > *')]
      .map((block) => getComputedStyle(block).contentVisibility));
    const onScreen = await skipped();
    assert.ok(onScreen.length > 8, `a fixture of more than eight blocks: ${onScreen.length}`);
    assert.deepEqual(onScreen, onScreen.map((_, i) => (i < 8 ? 'visible' : 'auto')));
    await other.page.emulateMedia({ media: 'print' });
    const printed = await other.page.evaluate(() => {
      const root = document.getElementById('pathok-reader-host').shadowRoot;
      return {
        body: getComputedStyle(document.body).display,
        host: getComputedStyle(document.getElementById('pathok-reader-host')).position,
        bar: getComputedStyle(root.querySelector('.bar')).display,
      };
    });
    assert.deepEqual(printed, { body: 'none', host: 'static', bar: 'none' });
    assert.ok((await skipped()).every((value) => value === 'visible'), 'a block left out of the printout');
    await other.page.emulateMedia({ media: 'screen' });
    await host.locator('#pathok-images').check();
    await host.locator('#pathok-digits').selectOption('native');
    await host.locator('#pathok-calendar').selectOption('gregorian');
    await other.page.close();
  });
});
