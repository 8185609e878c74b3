// Every snippet of tests/hostile/payloads.txt in one article, opened in the reader view through the
// extension's own entry points (the toolbar button, then pathokToggle): nothing may run. The page's own copy
// of the payloads is live, as on a real hostile site; a sentinel in the page's main world tells the two copies
// apart, so the test proves both that the payloads can run and that the reader's copy does not.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, clickAction, launch, openTab, toggle, waitForReader } from './harness.mjs';

// The same file and the same escapes as tests/hostile.rs; each payload keeps the title of its section.
function payloads() {
  const text = readFileSync(join(ROOT, 'tests', 'hostile', 'payloads.txt'), 'utf8');
  let section = '';
  const out = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# --- ')) section = line.slice(6);
    if (!line || line.startsWith('#')) continue;
    const html = line.replace(/\\(x[0-9A-Fa-f]{2}|.)/g,
      (_, e) => ({ t: '\t', n: '\n', r: '\r' }[e] ?? (e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : e)));
    out.push({ html, section });
  }
  return out;
}

const ALL = payloads();
// Clobbering names break the content script's reading of the page rather than run anything; they get a page
// of their own below, so that the script payloads are all read into the reader.
const CLOBBERING = ALL.filter((p) => p.section.startsWith('DOM clobbering'));
const PAYLOADS = ALL.filter((p) => !CLOBBERING.includes(p)).map((p) => p.html);
// Every handler name the corpus uses, for the synthetic event storm.
const EVENTS = [...new Set(PAYLOADS.flatMap((p) => [...p.matchAll(/[\s/"']on([a-z]+)\s*=/gi)].map((m) => m[1].toLowerCase())))];

const BN = (n) => String(n).replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[d]);
const PLACES = ['চৌহালী', 'শাহজাদপুর', 'বেলকুচি', 'কাজিপুর', 'উল্লাপাড়া', 'তাড়াশ', 'রায়গঞ্জ'];
const NEEDS = ['বিশুদ্ধ পানি', 'শুকনা খাবার', 'শিশুখাদ্য', 'ওষুধ', 'গোখাদ্য'];
// One paragraph per payload, each sentence numbered so dedupe never takes two for copies of each other.
const paragraph = (i) => `প্রতিবেদনের ${BN(i + 1)} নম্বর অংশে ${PLACES[i % PLACES.length]} উপজেলার ${BN(i * 7 + 3)}টি পরিবারের কথা বলা হয়েছে, যাদের ঘরে এখনো হাঁটুপানি। `
  + `তাঁরা জানান, ${BN(i + 12)} দিন ধরে আশ্রয়কেন্দ্রে ${NEEDS[i % NEEDS.length]} পাওয়া যাচ্ছে না এবং নৌকা ছাড়া বাজারে যাওয়ার উপায় নেই। `
  + `স্থানীয় ইউনিয়ন পরিষদের সদস্য বলেন, ${BN(i * 3 + 40)} জনের নামের তালিকা উপজেলা প্রশাসনের কাছে পাঠানো হয়েছে।`;

// The sentinel. Hits before the reader opens are the page's own copy (the positive control). After, a hit
// counts against the reader unless the event that ran it belongs to an element of the page's light DOM:
// `window.event` is unset for listeners inside a shadow tree, for javascript: URLs and for frames.
const SENTINEL = `<script>
(() => {
  let phase = 'page';
  const hits = { page: 0, pageLater: 0, reader: [] };
  const fromPage = () => { const t = window.event?.currentTarget; return t instanceof Node && document.contains(t); };
  Object.defineProperty(window, '__pwned', {
    get: () => (hits.reader.length ? hits.reader : undefined),
    set: () => {
      if (phase === 'page') hits.page += 1;
      else if (fromPage()) hits.pageLater += 1;
      else hits.reader.push(String(window.event?.type ?? 'no event'));
    },
  });
  window.__hostile = { hits, readerPhase: () => { phase = 'reader'; } };
})();
</script>`;

// Some payloads leave a raw-text element (style in MathML text, noscript) or a select open, which would swallow
// the rest of the story; these end tags close whatever is open and are ignored where nothing is, so each
// payload meets the page as it would alone.
const RESET = '</style></script></textarea></title></xmp></iframe></noembed></noframes></noscript></select></template></svg></math></table></form>';

function hostilePage(payloads) {
  const body = payloads.map((p, i) => `<p>${paragraph(i)}</p>\n${p}${RESET}\n`).join('');
  return `<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>বন্যার পানি নামলেও আশ্রয়কেন্দ্রে ফেরেনি স্বস্তি</title>${SENTINEL}</head>
<body><header><nav><a href="/">প্রচ্ছদ</a> <a href="/national">জাতীয়</a></nav></header>
<main><article id="story"><h1>বন্যার পানি নামলেও আশ্রয়কেন্দ্রে ফেরেনি স্বস্তি</h1><div class="byline">নিজস্ব প্রতিবেদক, সিরাজগঞ্জ</div>
${body}</article></main><footer>© দৈনিক চরাঞ্চল</footer></body></html>`;
}

async function serve(html) {
  const server = http.createServer((req, res) => {
    if (req.url === '/hostile') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hostile`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// Fires every handler name of the corpus at every element under `scope` (the page's story, or the article
// inside the reader's shadow root, not the reader's own buttons), and focuses what can take focus. Plain
// Events: handlers run, links do not.
const storm = (page, scope, events) => page.evaluate(({ scope, events }) => {
  const root = scope === 'reader'
    ? document.getElementById('pathok-reader-host').shadowRoot.querySelector('.content')
    : document.getElementById('story');
  let fired = 0;
  for (const el of root.querySelectorAll('*')) {
    el.focus?.();
    for (const type of events) { el.dispatchEvent(new Event(type)); fired += 1; }
  }
  return fired;
}, { scope, events });

// What the reader's content holds that an article must not: elements, handlers, styles, script URLs.
const inspectReader = (page) => page.evaluate(() => {
  const content = document.getElementById('pathok-reader-host').shadowRoot.querySelector('.content');
  const bad = [];
  const forbidden = /^(script|style|iframe|frame|object|embed|form|input|button|textarea|select|base|meta|link|svg|math|template|noscript|video|audio|source|portal|applet)$/;
  for (const el of content.querySelectorAll('*')) {
    if (forbidden.test(el.localName)) bad.push(`<${el.localName}>`);
    for (const { name, value } of el.attributes) {
      if (/^on|^style$|^srcdoc$|^formaction$|^xlink:href$|^srcset$|^ping$/.test(name)) bad.push(`${name}=${value} on <${el.localName}>`);
      if (/^(href|src|action|cite|poster|background)$/.test(name) && !/^(https?|mailto):/i.test(value.trim())) bad.push(`${name}=${value} on <${el.localName}>`);
    }
  }
  return { bad, text: content.textContent };
});

// The reader, or the notice that says why there is none (then the test fails with that reason).
async function opened(page) {
  const handle = await page.waitForFunction(() => document.getElementById('pathok-reader-host')?.shadowRoot?.querySelector('article')
    || document.getElementById('pathok-notice-host')?.shadowRoot?.textContent, null, { timeout: 30_000 });
  const notice = await handle.evaluate((found) => (typeof found === 'string' ? found : null));
  assert.equal(notice, null, `no reader view, the notice says: ${notice}`);
}

describe(`hostile page: ${PAYLOADS.length} payloads in one article`, () => {
  let s, server, page, tabId;
  const log = { dialogs: [], requests: [], navigations: [] };
  let readerPhase = false;

  before(async () => {
    server = await serve(hostilePage(PAYLOADS));
    s = await launch();
    s.context.on('request', (request) => {
      const url = new URL(request.url());
      if (readerPhase && /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1') log.requests.push(request.url());
    });
    ({ page, tabId } = await openTab(s, server.url));
    page.on('dialog', (dialog) => { if (readerPhase) log.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
    page.on('framenavigated', (frame) => { if (readerPhase && frame === page.mainFrame()) log.navigations.push(frame.url()); });
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  test("the page's own copy of the payloads is live (positive control)", async () => {
    const fired = await storm(page, 'page', EVENTS);
    const hits = await page.evaluate(() => window.__hostile.hits.page);
    console.log(`# hostile page: ${PAYLOADS.length} payloads, ${EVENTS.length} event types, ${fired} events fired at the page's copy, ${hits} sentinel hits there`);
    assert.ok(hits >= 50, `only ${hits} payloads ran in the page itself: the sentinel or the page is broken`);
  });

  test('the toolbar button opens the reader and nothing in it runs', async () => {
    await page.evaluate(() => window.__hostile.readerPhase());
    readerPhase = true;
    await clickAction(s, page);
    await opened(page);
    const fired = await storm(page, 'reader', EVENTS);
    await page.waitForTimeout(1000);
    const { bad, text } = await inspectReader(page);
    const shown = PAYLOADS.filter((_, i) => text.includes(`প্রতিবেদনের ${BN(i + 1)} নম্বর অংশে`)).length;
    const hits = await page.evaluate(() => window.__hostile.hits);
    console.log(`# hostile reader (button): ${shown}/${PAYLOADS.length} payload paragraphs shown, ${fired} events fired, reader hits ${hits.reader.length}, light-DOM re-fires ${hits.pageLater}`);
    assert.deepEqual(bad, [], 'the reader holds active markup');
    assert.ok(shown >= PAYLOADS.length * 0.9, `only ${shown} of ${PAYLOADS.length} payload paragraphs reached the reader`);
  });

  test('pathokToggle closes and reopens it; still nothing runs', async () => {
    assert.equal((await toggle(s, tabId)).state, 'closed');
    const reply = await toggle(s, tabId);
    assert.equal(reply.state, 'open', JSON.stringify(reply));
    await waitForReader(page);
    await storm(page, 'reader', EVENTS);
    await page.waitForTimeout(1000);
    assert.deepEqual((await inspectReader(page)).bad, []);
  });

  test('sentinel unset, no dialog, no navigation, no request off 127.0.0.1', async () => {
    const hits = await page.evaluate(() => window.__hostile.hits);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `payloads ran in the reader: ${hits.reader.join(', ')}`);
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(log.navigations, []);
    assert.equal(page.url(), server.url);
    assert.deepEqual(log.requests, []);
    console.log(`# hostile: ${PAYLOADS.length} payloads tried, ${hits.reader.length} executed in the reader`);
  });
});

// A page whose form controls and images are named after DOM properties (document.documentElement, el.attributes,
// node.childNodes …) must still open in the reader: a content script that reads those properties from the page's
// objects is told lies or throws. Only the service worker's replies are read, as the page's own DOM lies here.
describe(`hostile page: ${CLOBBERING.length} DOM clobbering payloads`, () => {
  let s, server;

  before(async () => {
    server = await serve(hostilePage(CLOBBERING.map((p) => p.html)));
    s = await launch();
  });

  after(async () => {
    await s?.close();
    await server?.close();
  });

  test('the reader opens anyway', async () => {
    const { page, tabId } = await openTab(s, server.url);
    await clickAction(s, page);
    await page.waitForTimeout(3000);
    // Open now, so toggling closes it; anything else means the button gave no reader.
    const reply = await toggle(s, tabId);
    assert.equal(reply.state, 'closed', `the reader did not open: ${JSON.stringify(reply)}`);
  });
});
