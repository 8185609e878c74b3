// The in-browser benchmark of issue 6: Pathok's reader view against Readability.js in the same Debian Chromium,
// on the same pages, in the same tab. For every page (tests/fixtures, ../shared/corpus bn and readability pages,
// served on 127.0.0.1) it runs, alternating:
//   (a) Pathok: the toggle the toolbar button calls (service worker → content.js → wasm → reader view), from the
//       moment the worker starts the toggle to the reader view painted (see paintedMs);
//   (b) Readability.js on document.cloneNode(true), its HTML put into a shadow root the same way, timed in the page.
// The time to the view laid out (before that frame) is printed too.
// Cold is the first toggle / first run on a freshly loaded page (for Pathok: content.js injected, wasm fetched,
// compiled and instantiated); warm is a repeated one on the unchanged page (Pathok shows the view it kept), and
// "after a page change" is Pathok's repeated toggle once the page changed (read and extracted again). Readability
// runs with Pathok's view closed. Then it times Pathok's stages one by one inside content.js's own isolated world
// (reading the page, extract, settings read, render; wasm fetch/compile/instantiate and fonts for cold) and
// the alternatives (outerHTML and re-parse, the background's extractor, a kept view). A second pass times the
// first toggle with prepared mode on (see preparedPass).
// Raw numbers go to target/bench-browser.json and target/bench-browser-prepared.json. Needs a build and npm's
// devDependencies, which `npm run bench:browser` makes first when missing (scripts/built.mjs).
// Usage: npm run bench:browser [-- --reps 5 --only <substring> --prepared-only]
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { MSG } from '../extension/messages.js';
import { TIMELINE_KEY } from '../extension/storage.js';
import { grantedCopy } from './granted.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// PATHOK_DIST points the benchmark at another build (default: dist/ of this tree), as in tests/e2e.
const EXTENSION = join(process.env.PATHOK_DIST || join(ROOT, 'dist'), 'chrome');
const CORPUS = resolve(ROOT, '../shared/corpus');
const READABILITY = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const REPORT = join(ROOT, 'target/bench-browser.json');
const PREPARED_REPORT = join(ROOT, 'target/bench-browser-prepared.json');
const CHROMIUM = process.env.PATHOK_CHROMIUM || '/usr/bin/chromium';
const HOST_ID = 'pathok-reader-host';
const LOAD_TIMEOUT_MS = 20_000;
const TOGGLE_TIMEOUT_MS = 10_000;

// The flags these machines need (no sandbox as root, no GPU, loopback only), plus the switch that opens CDP's
// Extensions domain: one real toolbar click (Extensions.triggerAction) grants activeTab for the origin, and
// Chromium keeps that grant across same-origin navigations, so every later page is toggled from the worker.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-extension-debugging',
];

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}
const REPS = Number(option('reps', 5));
const ONLY = option('only', '');
// --prepared-only: the prepared-mode pass alone (a quicker loop when working on prepared mode).
const PREPARED_ONLY = process.argv.includes('--prepared-only');

function pages() {
  const dirPages = (dir, prefix) => (existsSync(dir) ? readdirSync(dir).sort() : [])
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .map((slug) => ({ name: `${prefix}/${slug}`, file: join(dir, slug, 'source.html') }));
  const bn = join(CORPUS, 'bn/pages');
  const bnPages = (existsSync(bn) ? readdirSync(bn).sort() : []).filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: `bn/${f.replace(/\.html$/, '')}`, file: join(bn, f) }));
  return [...dirPages(join(ROOT, 'tests/fixtures'), 'fixtures'), ...bnPages, ...dirPages(join(CORPUS, 'readability'), 'readability')]
    .filter((p) => p.name.includes(ONLY))
    .map((p) => ({ ...p, bytes: statSync(p.file).size }));
}

// /p/<n>/ serves page n; everything else (the pages' own images, styles) is a quick 404.
function serve(list) {
  const server = createServer((req, res) => {
    const [, area, n] = new URL(req.url, 'http://x').pathname.split('/');
    const page = area === 'p' ? list[Number(n)] : null;
    if (!page) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(page.file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// --- in the page's main world ----------------------------------------------------------------------------------

// Installed once per loaded page. Both contestants end at the same point: their host element is in the document
// and a forced layout of it has returned (`laid`). Then the next frame: its animation-frame callback (`frame`)
// and a task posted from it (`painted`), which runs once that frame's style, layout and paint are done. The task
// is user-blocking so that it runs before timers: the reader view starts loading its fonts from a timer after its
// first frame, work done once the view was painted. Times are
// performance.timeOrigin-based so the worker's start and the page's end share one clock.
function installPageHelpers(hostId) {
  const clock = () => performance.timeOrigin + performance.now();
  const settle = (host) => {
    host.getBoundingClientRect();
    const laid = clock();
    return new Promise((done) => {
      requestAnimationFrame(() => {
        const frame = clock();
        scheduler.postTask(() => done({ laid, frame, painted: clock() }), { priority: 'user-blocking' });
      });
    });
  };
  globalThis.pathokBench = {
    // Resolves when Pathok's view is in the page; armed before the toggle starts.
    arm() {
      this.opened = new Promise((done) => {
        const observer = new MutationObserver(() => {
          const host = document.getElementById(hostId);
          if (!host?.shadowRoot?.querySelector('article')) return;
          observer.disconnect();
          done(settle(host));
        });
        observer.observe(document.documentElement, { childList: true });
      });
    },
    // content.js's own stage times (performance.measure 'pathok:<stage>', one shared timeline for the page and
    // the isolated world), the latest of each, then cleared for the next toggle.
    measures() {
      const found = {};
      for (const entry of performance.getEntriesByType('measure')) {
        if (entry.name.startsWith('pathok:')) found[entry.name.slice('pathok:'.length)] = entry.duration;
      }
      performance.clearMeasures();
      return Object.keys(found).length ? found : undefined;
    },
    // When content.js took the last command (its pathok:command mark), on the worker's clock; then cleared.
    commandAt() {
      const mark = performance.getEntriesByName('pathok:command', 'mark').at(-1);
      performance.clearMarks('pathok:command');
      return mark ? performance.timeOrigin + mark.startTime : NaN;
    },
    async readability() {
      const start = clock();
      const parsed = new globalThis.PathokBenchReadability(document.cloneNode(true)).parse();
      const parsedAt = clock();
      if (!parsed) return { ok: false, start, parsedAt };
      const host = document.createElement('pathok-bench-readability');
      host.style.cssText = 'all: initial; display: block; position: fixed; inset: 0; z-index: 2147483647; overflow: auto; background: #fff';
      const root = host.attachShadow({ mode: 'open' });
      const article = document.createElement('article');
      const title = document.createElement('h1');
      title.textContent = parsed.title ?? '';
      const content = document.createElement('div');
      content.innerHTML = parsed.content;
      article.append(title, content);
      root.append(article);
      document.documentElement.append(host);
      const end = await settle(host);
      host.remove();
      return { ok: true, start, parsedAt, ...end, chars: parsed.length };
    },
  };
}

// --- in content.js's isolated world ----------------------------------------------------------------------------

// Evaluated (as source text) in the world content.js runs in, after its first toggle. content.js is one bundled
// script, so this imports its own instances of the wasm glue and reader.js (the same files) and warms them up
// before timing. Times each stage of a toggle separately, then what a cold toggle pays for a fresh wasm
// instance, then the alternatives to outerHTML. `MSG` is messages.js's, passed in: the message names are the
// contract; sending is a plain runtime.sendMessage here.
async function contentWorldStages(reps, projectSnapshot, MSG, hostId) {
  const asset = (path) => chrome.runtime.getURL(path);
  const now = () => performance.now();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const timed = async (fn) => { const t = now(); const value = await fn(); return [now() - t, value]; };
  const [pkg, reader] = await Promise.all(['pkg/pathok.js', 'reader/reader.js'].map((p) => import(asset(p))));
  await pkg.default({ module_or_path: asset('pkg/pathok_bg.wasm') });
  const messages = { MSG, send: (type, payload = {}) => chrome.runtime.sendMessage({ type, payload }) };
  reader.preload();
  const url = location.href;
  const runs = {
    serialize: [], extract: [], settings: [], render: [], pageHide: [], snapshot: [], snapshotAll: [], reparse: [],
    encodeHtml: [], encodeSnapshot: [], extractStripped: [], projectSnapshot: [], extractSnapshot: [],
    cssParse: [], articleHtml: [], settingsForm: [], background: [], reattach: [],
  };
  const cssText = await (await fetch(asset('reader/reader.css'))).text();
  const out = {};

  // The flat snapshot a DOM-walking extractor would take instead of outerHTML: one record per element and text
  // node (kind/tag, parent index, the attributes the extractor reads), nothing under script/style/template/svg.
  const KEEP = ['class', 'id', 'style', 'hidden', 'aria-hidden', 'role', 'href', 'src', 'srcset', 'data-src', 'alt',
    'title', 'lang', 'dir', 'itemprop', 'itemtype', 'property', 'name', 'content', 'datetime', 'rel', 'type'];
  const SKIP = new Set(['style', 'template', 'svg']);
  function snapshot(allAttributes) {
    const parents = [];
    const strings = [];
    const visit = (node, parent) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) { parents.push(parent); strings.push('#', child.data); continue; }
        if (child.nodeType !== 1) continue;
        const index = parents.length;
        const tag = child.localName;
        parents.push(parent);
        strings.push(tag);
        if (allAttributes) for (const a of child.attributes) strings.push(a.name, a.value);
        else for (const name of KEEP) { const v = child.getAttribute(name); if (v !== null) strings.push(name, v); }
        strings.push('');
        // Scripts are dropped, except JSON-LD, which the extractor reads for metadata.
        if (tag === 'script') {
          if (child.type === 'application/ld+json') { parents.push(index); strings.push('#', child.textContent); }
          continue;
        }
        if (!SKIP.has(tag)) visit(child, index);
      }
    };
    visit(document, -1);
    return { parents: Int32Array.from(parents), text: strings.join('\u0000') };
  }

  function stripped() {
    const clone = document.documentElement.cloneNode(true);
    for (const n of clone.querySelectorAll('script:not([type="application/ld+json"]), style, template, link, svg')) n.remove();
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments = [];
    for (let c = walker.nextNode(); c; c = walker.nextNode()) comments.push(c);
    for (const c of comments) c.remove();
    return clone.outerHTML;
  }

  const encoder = new TextEncoder();
  let html = '';
  let article = null;
  let snap = null;
  for (let i = 0; i < reps; i += 1) {
    let ms;
    [ms, html] = await timed(() => document.documentElement.outerHTML); runs.serialize.push(ms);
    let reply;
    [ms, reply] = await timed(() => pkg.extract(html, url)); runs.extract.push(ms);
    if (!reply.ok) { out.error = reply.error?.kind; break; }
    article = reply.article;
    let settings;
    // content.js reads the settings from storage at injection, not on the toggle's way; timed for the record.
    [ms, settings] = await timed(() => chrome.storage.sync.get()); runs.settings.push(ms);
    const [renderMs, view] = await timed(async () => {
      const v = await reader.openReader({ article, url, settings, via: 'content' });
      document.getElementById('pathok-reader-host').getBoundingClientRect();
      return v;
    });
    runs.render.push(renderMs);
    const builtHost = document.getElementById('pathok-reader-host');
    view.close({ quiet: true });
    // A view kept from the last open and put back (what a toggle could do when the page has not changed).
    [ms] = await timed(() => { document.documentElement.append(builtHost); builtHost.getBoundingClientRect(); });
    runs.reattach.push(ms);
    builtHost.remove();
    [ms, snap] = await timed(() => snapshot(false)); runs.snapshot.push(ms);
    [ms] = await timed(() => snapshot(true)); runs.snapshotAll.push(ms);
    [ms] = await timed(() => new DOMParser().parseFromString(html, 'text/html')); runs.reparse.push(ms);
    [ms] = await timed(() => encoder.encode(html)); runs.encodeHtml.push(ms);
    [ms] = await timed(() => encoder.encode(snap.text)); runs.encodeSnapshot.push(ms);
    // reader.js's hidePage() alone, with an empty stand-in for the host: what opening the view does to the page.
    const stand = Object.assign(document.createElement('div'), { id: hostId });
    [ms] = await timed(() => {
      reader.hidePage(stand);
      document.documentElement.append(stand);
      document.documentElement.getBoundingClientRect();
    });
    stand.remove();
    document.documentElement.getBoundingClientRect();
    runs.pageHide.push(ms);
    // Pieces of the render, each alone: reader.css parsed into a new sheet (done on every open), the article's
    // HTML parsed into a detached node, the settings form built.
    [ms] = await timed(() => new CSSStyleSheet().replaceSync(cssText)); runs.cssParse.push(ms);
    [ms] = await timed(() => { document.createElement('div').innerHTML = article.html; }); runs.articleHtml.push(ms);
    [ms] = await timed(() => reader.buildSettingsForm({ id: 'pathok-bench-form', current: settings, onChange() {} })); runs.settingsForm.push(ms);
    // The background's extractor, reached by message with the HTML (the strict-CSP route); the first call
    // may pay for instantiating the worker's module, so the median of the later ones is its warm cost.
    // The message carries what the build's background expects: a snapshot when the build has snapshot.js.
    const payload = projectSnapshot
      ? (() => { const f = projectSnapshot(document); return { parents: Array.from(f.parents), records: f.records, url }; })()
      : { html, url };
    let viaBackground;
    [ms, viaBackground] = await timed(() => messages.send(messages.MSG.EXTRACT_RUN, payload));
    if (i === 0) out.backgroundFirst = ms; else runs.background.push(ms);
    out.backgroundOk = viaBackground.ok === true;
    if (projectSnapshot && pkg.extract_snapshot) {
      let flat;
      [ms, flat] = await timed(() => projectSnapshot(document)); runs.projectSnapshot.push(ms);
      let flatReply;
      [ms, flatReply] = await timed(() => pkg.extract_snapshot(flat.parents, flat.records, url)); runs.extractSnapshot.push(ms);
      out.snapshotSame = flatReply.ok && flatReply.article.text === article.text;
      out.projectSnapshotChars = flat.records.length;
    }
    const lean = stripped();
    let leanReply;
    [ms, leanReply] = await timed(() => pkg.extract(lean, url)); runs.extractStripped.push(ms);
    out.leanChars = lean.length;
    out.leanSame = leanReply.ok && leanReply.article.text === article.text;
  }
  for (const [name, xs] of Object.entries(runs)) if (xs.length) out[name] = median(xs);
  out.htmlChars = html.length;
  out.snapshotChars = snap?.text.length ?? null;
  out.snapshotNodes = snap?.parents.length ?? null;
  out.elements = document.getElementsByTagName('*').length;
  out.words = article?.word_count ?? null;

  // A cold toggle's wasm work, on a fresh module instance (a new URL is a new module record).
  const wasmUrl = asset('pkg/pathok_bg.wasm');
  const [fetchMs, bytes] = await timed(async () => (await fetch(wasmUrl)).arrayBuffer());
  const [compileMs, module] = await timed(() => WebAssembly.compile(bytes));
  const [importMs, fresh] = await timed(() => import(`${asset('pkg/pathok.js')}?fresh=${Math.random()}`));
  const [instantiateMs] = await timed(() => fresh.initSync({ module }));
  const [firstExtractMs] = await timed(() => fresh.extract(html, url));
  const streaming = await import(`${asset('pkg/pathok.js')}?streaming=${Math.random()}`);
  const [initStreamingMs] = await timed(() => streaming.default({ module_or_path: wasmUrl }));
  Object.assign(out, { fetchMs, compileMs, importMs, instantiateMs, firstExtractMs, initStreamingMs });

  // The fonts a cold open waits for (body serif and UI sans, as reader.js loads them), under names of our own
  // so the page's document gets fresh faces.
  const [coldFontsMs] = await timed(async () => {
    const { dir, faces } = await (await fetch(asset('fonts.json'))).json();
    await Promise.all(faces.filter((f) => f.key === 'serif' || f.key === 'sans').map(async (f) => {
      const bytes = await (await fetch(asset(`${dir}/${f.file}`))).arrayBuffer();
      const face = new FontFace(`Pathok bench ${Math.random()}`, bytes, { weight: String(f.weight), unicodeRange: f.range });
      document.fonts.add(face);
      await face.loaded;
    }));
  });
  out.coldFontsMs = coldFontsMs;

  // A cold toggle's first render: a fresh reader.js module has no stylesheet text and no fonts yet.
  const [readerImportMs, freshReader] = await timed(() => import(`${asset('reader/reader.js')}?fresh=${Math.random()}`));
  const settings = await chrome.storage.sync.get();
  if (article) {
    const [coldRenderMs, view] = await timed(() => freshReader.openReader({ article, url, settings, via: 'content' }));
    view.close({ quiet: true });
    Object.assign(out, { readerImportMs, coldRenderMs });
  }
  return out;
}

// --- driving the browser ---------------------------------------------------------------------------------------

async function launch(extension = EXTENSION) {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`${extension} is missing: run bash scripts/build.sh first`);
  const profile = mkdtempSync(join(tmpdir(), 'pathok-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Playwright's headless is Chromium's new headless mode, which loads unpacked extensions.
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
  });
  // The corpus pages name their real CDNs; nothing leaves the machine, and a refused request costs no waiting.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  // content.js's stage timings reach the page's timeline, where this reads them, only with this switch on.
  await sw.evaluate((key) => chrome.storage.local.set({ [key]: true }), TIMELINE_KEY);
  const page = context.pages()[0] ?? await context.newPage();
  return { context, sw, extensionId, page, profile };
}

// Tracks content.js's isolated world in the tab, to evaluate stage timings there.
async function contentWorld(session) {
  const cdp = await session.context.newCDPSession(session.page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${session.extensionId}` && context.auxData?.isDefault === false) worlds.set(context.uniqueId, context);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextUniqueId }) => worlds.delete(executionContextUniqueId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  return async (fn, ...args) => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = [...worlds.values()].find((c) => c.auxData.frameId === frameTree.frame.id);
    if (!world) throw new Error('content.js world not found');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn})(${args.join(', ')})`, uniqueContextId: world.uniqueId, awaitPromise: true, returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
}

// extension/snapshot.js (the content script's DOM flattener, when the build has it) as an expression that
// evaluates to its `snapshot` function: it is a module, and content.js's world is not.
function projectSnapshotSource() {
  const file = join(EXTENSION, 'snapshot.js');
  if (!existsSync(file)) return 'null';
  const source = readFileSync(file, 'utf8').replace(/^export /gm, '');
  return `(() => {\n${source}\nreturn snapshot;\n})()`;
}

async function tabId(session) {
  return session.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

// One Pathok toggle that opens the view: worker clock at the start, page clock when laid out and painted.
// Both clocks are performance.timeOrigin-based; alternating reads of the two agreed to within 1.5 ms here.
async function pathokOpen(session, id) {
  await session.page.evaluate(() => globalThis.pathokBench.arm());
  const { start, reply } = await session.sw.evaluate(async (tab) => {
    const t = performance.timeOrigin + performance.now();
    return { start: t, reply: await self.pathokToggle(tab) };
  }, id);
  if (reply?.state !== 'open') return { ok: false, reply };
  const end = await session.page.evaluate((limit) => Promise.race([globalThis.pathokBench.opened, new Promise((_, fail) => {
    setTimeout(() => fail(new Error('the toggle said open but no view appeared')), limit);
  })]), TOGGLE_TIMEOUT_MS);
  const timings = reply.timings ?? await session.page.evaluate(() => globalThis.pathokBench.measures());
  // From the worker's call to content.js taking the command, and the next frame's own work.
  const hopMs = await session.page.evaluate(() => globalThis.pathokBench.commandAt()) - start;
  return { ok: true, via: reply.via, ms: paintedMs(start, end), laidMs: end.laid - start, timings, hopMs, frameMs: end.painted - end.frame };
}

async function pathokClose(session, id) {
  const reply = await session.sw.evaluate((tab) => self.pathokToggle(tab), id);
  if (reply?.state !== 'closed') throw new Error(`toggle did not close the view: ${JSON.stringify(reply)}`);
}

async function readabilityRun(session) {
  const r = await session.page.evaluate(() => globalThis.pathokBench.readability());
  return r.ok ? { ok: true, ms: paintedMs(r.start, r), laidMs: r.laid - r.start, parseMs: r.parsedAt - r.start } : { ok: false };
}

// To the view painted, less the idle wait for the next frame. That wait is only where the run ended in the
// 16.7 ms frame cycle, and it favours long runs: here a Readability run of 10 ms or more met its next frame 0.8
// ms later (median), one under 5 ms 4.8 ms later. What is left is each side's own work, the painting included.
function paintedMs(start, { laid, frame, painted }) {
  return laid - start + (painted - frame);
}

async function load(session, url, readabilitySource) {
  await session.page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  // Through the protocol rather than a <script> tag, so a page's own CSP cannot refuse it.
  await session.page.evaluate(`${readabilitySource}\n;globalThis.PathokBenchReadability = Readability;`);
  await session.page.evaluate(installPageHelpers, HOST_ID);
}

// Readability always runs on the page as Pathok found it, with Pathok's view closed; the cold runs take turns
// going first (`pathokFirst` alternates by page), so neither side always meets a page the other just warmed.
async function benchPage(session, evalInContent, id, url, readabilitySource, pathokFirst) {
  await load(session, url, readabilitySource);
  const row = {
    pathokWarm: [], readabilityWarm: [], pathokWarmLaid: [], readabilityWarmLaid: [], readabilityParse: [], pathokWarmHop: [], pathokWarmFrame: [],
  };
  const rcoldFirst = pathokFirst ? null : await readabilityRun(session);
  const cold = await pathokOpen(session, id);
  row.via = cold.via ?? cold.reply?.reason ?? cold.reply?.state;
  if (cold.ok) await pathokClose(session, id);
  const rcold = rcoldFirst ?? await readabilityRun(session);
  row.readabilityOk = rcold.ok;
  if (rcold.ok) Object.assign(row, { readabilityCold: rcold.ms, readabilityColdLaid: rcold.laidMs, readabilityParseCold: rcold.parseMs });
  if (!cold.ok) {
    row.pathokOk = false;
    row.reason = cold.reply?.reason ?? 'no view';
    return row;
  }
  row.pathokOk = true;
  Object.assign(row, { pathokCold: cold.ms, pathokColdLaid: cold.laidMs, hookCold: cold.timings });
  for (let i = 0; i < REPS; i += 1) {
    const p = await pathokOpen(session, id);
    if (!p.ok) throw new Error(`warm toggle failed: ${JSON.stringify(p.reply)}`);
    row.pathokWarm.push(p.ms);
    if (p.timings) row.hookWarm = [...(row.hookWarm ?? []), p.timings];
    row.pathokWarmLaid.push(p.laidMs);
    row.pathokWarmHop.push(p.hopMs);
    row.pathokWarmFrame.push(p.frameMs);
    await pathokClose(session, id);
    if (row.readabilityOk) {
      const r = await readabilityRun(session);
      row.readabilityWarm.push(r.ms);
      row.readabilityWarmLaid.push(r.laidMs);
      row.readabilityParse.push(r.parseMs);
    }
  }
  // The same toggle after the page changed under a closed view (a comment appended): content.js reads the
  // page and extracts again (and shows the kept view only when the article came out the same).
  row.pathokChanged = [];
  for (let i = 0; i < REPS; i += 1) {
    if (i > 0) await pathokClose(session, id);
    await session.page.evaluate(() => document.body.append(document.createComment('pathok bench: page changed')));
    const p = await pathokOpen(session, id);
    if (!p.ok) throw new Error(`toggle after a change failed: ${JSON.stringify(p.reply)}`);
    row.pathokChanged.push(p.ms);
  }
  await pathokClose(session, id);
  if (row.via === 'content') row.stages = await evalInContent(contentWorldStages, 3, projectSnapshotSource(), JSON.stringify(MSG), JSON.stringify(HOST_ID));
  return row;
}

// --- prepared mode ---------------------------------------------------------------------------------------------

// The first toggle with prepared mode on (the options page's checkbox; sites.js registers content.js and
// prepare.js on every site): the page loads, Pathok prepares at its first idle moment (timed as pathok:prepare),
// then one cold Pathok toggle and one cold Readability run, taking turns going first as in the main pass. Chromium's
// permission prompt cannot be answered by automation, so this pass loads a copy granted access at install.
async function preparedPass(list, origin, readabilitySource) {
  const session = await launch(grantedCopy(EXTENSION, join(ROOT, 'target/bench-granted-chrome')));
  const rows = [];
  try {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options/options.html`);
    await options.waitForFunction(() => document.body.dataset.ready === 'true');
    await options.click('#prepare');
    await options.waitForFunction(() => document.getElementById('prepare-status').textContent !== '');
    if (!await options.isChecked('#prepare')) throw new Error('prepared mode did not turn on');
    await options.close();
    await session.page.bringToFront();
    const id = await tabId(session);
    for (const [i, page] of list.entries()) {
      const row = { name: page.name };
      try {
        await load(session, `${origin}/p/${i}/`, readabilitySource);
        await session.page.waitForFunction(() => performance.getEntriesByName('pathok:prepare').length > 0, null, { timeout: LOAD_TIMEOUT_MS });
        row.prepareMs = await session.page.evaluate(() => performance.getEntriesByName('pathok:prepare')[0].duration);
        const readabilityFirst = i % 2 === 1 ? await readabilityRun(session) : null;
        const cold = await pathokOpen(session, id);
        if (cold.ok) await pathokClose(session, id);
        const readability = readabilityFirst ?? await readabilityRun(session);
        if (cold.ok && readability.ok) {
          Object.assign(row, {
            pathokCold: cold.ms, readabilityCold: readability.ms, pathokColdLaid: cold.laidMs, readabilityColdLaid: readability.laidMs,
            hookCold: cold.timings, hopCold: cold.hopMs, frameCold: cold.frameMs,
          });
        }
      } catch (error) {
        row.error = String(error.message ?? error).split('\n')[0];
      }
      rows.push(row);
      process.stderr.write(`\r[bench] prepared mode: ${i + 1}/${list.length} pages`);
    }
    process.stderr.write('\n');
  } finally {
    await session.context.close().catch(() => {});
    rmSync(session.profile, { recursive: true, force: true });
  }
  mkdirSync(dirname(PREPARED_REPORT), { recursive: true });
  writeFileSync(PREPARED_REPORT, JSON.stringify(rows, null, 1));
  return rows;
}

// --- numbers ---------------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const fixed2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');

// Per page: times to the view (ms), the warm ratio, and content.js's route split into reading the page
// (snapshot, or outerHTML before the snapshot existed), extract and render; `html route` is outerHTML + extract.
function printTable(rows) {
  const route = (r) => (Number.isFinite(r.stages?.extractSnapshot)
    ? [r.stages.projectSnapshot, r.stages.extractSnapshot] : [r.stages?.serialize, r.stages?.extract]);
  const head = ['page', 'KB', 'via', 'P cold', 'R cold', 'P warm', 'R warm', 'warm ratio', 'read', 'extract', 'render', 'html route'];
  const lines = rows.map((r) => [
    r.name, (r.bytes / 1024).toFixed(0), r.via ?? '-', ms(r.pathokCold), ms(r.readabilityCold), ms(median(r.pathokWarm)),
    ms(median(r.readabilityWarm)), fixed2(r.warmRatio), ms(route(r)[0]), ms(route(r)[1]), ms(r.stages?.render),
    ms(r.stages ? r.stages.serialize + r.stages.extract : NaN),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(fmt(head));
  for (const l of lines) console.log(fmt(l));
}

function printStages(rows) {
  const staged = rows.filter((r) => r.stages && Number.isFinite(r.stages.extract));
  if (!staged.length) return;
  const col = (key) => median(staged.map((r) => r.stages[key]));
  // The route content.js takes: the DOM snapshot when the build has one, else outerHTML and a re-parse.
  const flatRoute = staged.every((r) => Number.isFinite(r.stages.extractSnapshot));
  const [read, extract] = flatRoute ? ['projectSnapshot', 'extractSnapshot'] : ['serialize', 'extract'];
  // A warm toggle shows the kept view again; the toggle after a page change is the one that runs every stage.
  // The stages are timed apart (contentWorldStages), so they are not subtracted from the toggle's time.
  console.log(`\nPathok stages, median over ${staged.length} pages (ms, timed in content.js's world):`);
  console.log(`  toggle after a page change ${ms(median(staged.map((r) => median(r.pathokChanged))))}; its stages timed apart:`
    + ` ${flatRoute ? 'snapshot' : 'outerHTML'} ${ms(col(read))}, ${flatRoute ? 'extract_snapshot' : 'extract'} ${ms(col(extract))},`
    + ` render ${ms(col('render'))}; the settings read (${ms(col('settings'))}) is done at injection`);
  const warmShow = staged.map((r) => median((r.hookWarm ?? []).map((t) => t.show)));
  console.log(`  warm toggle (page unchanged: the kept view shown again) ${ms(median(staged.map((r) => median(r.pathokWarm))))}:`
    + ` the worker's call reaching content.js ${ms(median(staged.map((r) => median(r.pathokWarmHop))))},`
    + ` the view shown ${ms(median(warmShow))} (page hidden, view attached and focused: its style and layout),`
    + ` the next frame ${ms(median(staged.map((r) => median(r.pathokWarmFrame))))} (the on-screen blocks' layout, paint)`);
  console.log(`  cold adds: wasm fetch ${ms(col('fetchMs'))}, compile ${ms(col('compileMs'))}, glue import ${ms(col('importMs'))},`
    + ` instantiate ${ms(col('instantiateMs'))}, first extract on a fresh instance ${ms(col('firstExtractMs'))}`
    + ` (init as content.js does it: ${ms(col('initStreamingMs'))})`);
  console.log(`  render pieces: reader.css parse ${ms(col('cssParse'))}, article HTML into a node ${ms(col('articleHtml'))},`
    + ` settings form ${ms(col('settingsForm'))}, hiding the page ${ms(col('pageHide'))}; the built view put back ${ms(col('reattach'))}`);
  console.log(`  extract through the background (message with the page, worker's module): first ${ms(col('backgroundFirst'))},`
    + ` then ${ms(col('background'))}`);
  console.log(`  cold render (fresh reader.js: stylesheet and fonts fetched) ${ms(col('coldRenderMs'))}, reader.js import ${ms(col('readerImportMs'))};`
    + ` of which the 8 font files fetched and loaded ${ms(col('coldFontsMs'))}`);
  // content.js's own stage times on the first toggle (its pathok:* measures, or a reply's `timings`).
  const hooked = rows.filter((r) => r.hookCold);
  if (hooked.length) {
    const names = Object.keys(hooked[0].hookCold);
    console.log(`  content.js's own timings, cold: ${names.map((n) => `${n} ${ms(median(hooked.map((r) => r.hookCold[n])))}`).join(', ')}`);
  }
  const flat = staged.filter((r) => Number.isFinite(r.stages.extractSnapshot));
  if (flat.length) {
    const fcol = (key) => median(flat.map((r) => r.stages[key]));
    console.log(`  snapshot route on ${flat.length} pages: extension/snapshot.js ${ms(fcol('projectSnapshot'))} + extract_snapshot`
      + ` ${ms(fcol('extractSnapshot'))} vs outerHTML ${ms(fcol('serialize'))} + extract ${ms(fcol('extract'))}`
      + ` (same text on ${flat.filter((r) => r.stages.snapshotSame).length}/${flat.length} pages)`);
  }
  console.log(`  alternatives: TreeWalker snapshot ${ms(col('snapshot'))} (all attributes ${ms(col('snapshotAll'))}),`
    + ` DOMParser re-parse ${ms(col('reparse'))}, UTF-8 encode outerHTML ${ms(col('encodeHtml'))} vs snapshot ${ms(col('encodeSnapshot'))},`
    + ` extract without script/style/comments ${ms(col('extractStripped'))}`);
  console.log(`  sizes: outerHTML ${col('htmlChars')} chars, snapshot ${col('snapshotChars')} chars / ${col('snapshotNodes')} nodes,`
    + ` stripped HTML ${col('leanChars')} chars (same text on ${staged.filter((r) => r.stages.leanSame).length}/${staged.length} pages)`);
}

// The prepared pass's line; returns its per-page cold ratios.
function printPrepared(prepared) {
  const ready = prepared.filter((r) => Number.isFinite(r.pathokCold));
  for (const r of prepared.filter((x) => x.error)) console.log(`prepared mode, error on ${r.name}: ${r.error}`);
  const stages = [...new Set(ready.flatMap((r) => Object.keys(r.hookCold ?? {})))].filter((n) => n !== 'prepare');
  console.log(`prepared mode (options: "Prepare reader mode in every page"), first toggle on ${ready.length} pages, median (p90) ms:`
    + ` pathok ${ms(median(ready.map((r) => r.pathokCold)))} (${ms(quantile(ready.map((r) => r.pathokCold), 0.9))}),`
    + ` readability ${ms(median(ready.map((r) => r.readabilityCold)))} (${ms(quantile(ready.map((r) => r.readabilityCold), 0.9))});`
    + ` pathok's stages ${stages.map((n) => `${n} ${ms(median(ready.map((r) => r.hookCold?.[n])))}`).join(', ')},`
    + ` the worker's call reaching content.js ${ms(median(ready.map((r) => r.hopCold)))}, the next frame ${ms(median(ready.map((r) => r.frameCold)))};`
    + ` preparing took ${ms(median(ready.map((r) => r.prepareMs)))} (p90 ${ms(quantile(ready.map((r) => r.prepareMs), 0.9))}) at the page's first idle moment;`
    + ` raw: ${PREPARED_REPORT}`);
  const ratios = ready.map((r) => r.pathokCold / r.readabilityCold);
  const laid = ready.map((r) => r.pathokColdLaid / r.readabilityColdLaid);
  console.log(`prepared mode, cold ratio pathok/readability median: ${fixed2(median(ratios))} (p90 ${fixed2(quantile(ratios, 0.9))});`
    + ` to the view laid out ${fixed2(median(laid))}`);
  return ratios;
}

async function main() {
  const list = pages();
  if (!list.length) throw new Error('no pages found');
  const readabilitySource = readFileSync(READABILITY, 'utf8');
  const server = await serve(list);
  const origin = `http://127.0.0.1:${server.address().port}`;
  if (PREPARED_ONLY) {
    printPrepared(await preparedPass(list, origin, readabilitySource).finally(() => server.close()));
    return;
  }
  const session = await launch();
  const began = Date.now();
  const rows = [];
  try {
    // The one real click: it grants activeTab on this origin (and opens and closes the view once).
    await load(session, `${origin}/p/0/`, readabilitySource);
    const id = await tabId(session);
    const cdp = await session.context.browser().newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url === session.page.url());
    await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: target.targetId });
    await session.page.waitForTimeout(500);
    const state = await session.page.evaluate((h) => Boolean(document.getElementById(h)), HOST_ID);
    if (state) await pathokClose(session, id);
    await cdp.detach();
    const evalInContent = await contentWorld(session);
    for (const [i, page] of list.entries()) {
      try {
        const url = `${origin}/p/${i}/`;
        // A rebuild of dist/ by another process makes content.js briefly unreadable; one more try covers it.
        const pathokFirst = i % 2 === 0;
        const measured = await benchPage(session, evalInContent, id, url, readabilitySource, pathokFirst)
          .catch(() => benchPage(session, evalInContent, id, url, readabilitySource, pathokFirst));
        const row = { name: page.name, bytes: page.bytes, ...measured };
        const ratios = row.pathokWarm.map((p, k) => p / row.readabilityWarm[k]);
        row.warmRatio = row.pathokOk && row.readabilityOk ? median(ratios) : NaN;
        row.coldRatio = row.pathokOk && row.readabilityOk ? row.pathokCold / row.readabilityCold : NaN;
        rows.push(row);
      } catch (error) {
        rows.push({ name: page.name, bytes: page.bytes, error: String(error.message ?? error).split('\n')[0], pathokWarm: [], readabilityWarm: [] });
      }
      process.stderr.write(`\r[bench] ${i + 1}/${list.length} pages, ${((Date.now() - began) / 1000).toFixed(0)} s`);
    }
    process.stderr.write('\n');
  } finally {
    await session.context.close().catch(() => {});
    rmSync(session.profile, { recursive: true, force: true });
  }
  let prepared;
  try {
    prepared = await preparedPass(list, origin, readabilitySource);
  } finally {
    server.close();
  }
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, JSON.stringify(rows, null, 1));

  printTable(rows);
  for (const r of rows.filter((x) => x.error)) console.log(`error on ${r.name}: ${r.error}`);
  const both = rows.filter((r) => Number.isFinite(r.warmRatio));
  const skipped = rows.length - both.length;
  printStages(both);
  const pWarm = both.map((r) => median(r.pathokWarm));
  const rWarm = both.map((r) => median(r.readabilityWarm));
  const warm = both.map((r) => r.warmRatio);
  console.log(`\n${both.length} pages compared (${skipped} left out: no view from one side or an error); ${REPS} warm runs each; raw: ${REPORT}`);
  const cold = (key) => both.map((r) => r[key]);
  const col = (key) => both.map((r) => median(r[key]));
  const line = (pw, rw, pc, rc) => `pathok warm ${ms(median(pw))} (${ms(quantile(pw, 0.9))}), readability warm ${ms(median(rw))}`
    + ` (${ms(quantile(rw, 0.9))}); pathok cold ${ms(median(pc))} (${ms(quantile(pc, 0.9))}), readability cold ${ms(median(rc))}`
    + ` (${ms(quantile(rc, 0.9))})`;
  console.log(`time to the view painted (the wait for the next frame left out), median (p90) ms: ${line(pWarm, rWarm, cold('pathokCold'), cold('readabilityCold'))}`);
  console.log(`readability warm split, median ms: parse ${ms(median(col('readabilityParse')))},`
    + ` insert, lay out and paint ${ms(median(both.map((r) => median(r.readabilityWarm) - median(r.readabilityParse))))}`);
  const laidWarm = both.map((r) => median(r.pathokWarmLaid) / median(r.readabilityWarmLaid));
  const laidCold = both.map((r) => r.pathokColdLaid / r.readabilityColdLaid);
  console.log(`time to the view laid out (before that frame), median (p90) ms: ${line(col('pathokWarmLaid'), col('readabilityWarmLaid'), cold('pathokColdLaid'), cold('readabilityColdLaid'))};`
    + ` ratio median warm ${fixed2(median(laidWarm))} (p90 ${fixed2(quantile(laidWarm, 0.9))}), cold ${fixed2(median(laidCold))}`);
  const changed = both.map((r) => median(r.pathokChanged) / median(r.readabilityWarm));
  console.log(`after a page change (page read again), median (p90) ms: pathok ${ms(median(both.map((r) => median(r.pathokChanged))))}`
    + ` (${ms(quantile(both.map((r) => median(r.pathokChanged)), 0.9))}); ratio to readability warm: median ${fixed2(median(changed))},`
    + ` p90 ${fixed2(quantile(changed, 0.9))}`);
  const preparedRatios = printPrepared(prepared);
  console.log(`ratio pathok/readability p90: ${fixed2(quantile(warm, 0.9))}, cold median: ${fixed2(median(both.map((r) => r.coldRatio)))},`
    + ` cold median with prepared mode: ${fixed2(median(preparedRatios))} (p90 ${fixed2(quantile(preparedRatios, 0.9))})`);
  console.log(`ratio pathok/readability median: ${fixed2(median(warm))}`);
}

main().catch((error) => {
  console.error(`bench:browser failed: ${error.stack ?? error}`);
  process.exit(1);
});
