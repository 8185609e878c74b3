// Shared by the browser tests: a loopback server for the fixtures, Debian Chromium with the built extension
// (dist/chrome) in a persistent profile, and the few ways a test drives and reads the extension.
// Not a test file itself (node --test only picks *.test.mjs).

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TIMELINE_KEY } from '../../extension/storage.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TARGET = join(ROOT, 'target', 'e2e');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const PAGES = join(ROOT, 'tests', 'e2e', 'pages');
const CHROMIUM = process.env.PATHOK_CHROMIUM || '/usr/bin/chromium';

// The flags the foundation measured as needed on these machines, plus the one that opens CDP's Extensions
// domain: Extensions.triggerAction is a real toolbar click, which is what grants activeTab, and
// Extensions.loadUnpacked reloads the extension (reloadExtension below).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-extension-debugging'];

// Served paths: /f/<slug>/ a fixture page; /csp-self/<slug>/ and /csp-none/<slug>/ the same page under a strict
// script-src; /p/<file> a page of tests/e2e/pages.
const CSP = { 'csp-self': "script-src 'self'", 'csp-none': "script-src 'none'" };

// PATHOK_DIST points the tests at another build (default: dist/ of this tree).
export function extensionDir(browser = 'chrome') {
  const dir = join(process.env.PATHOK_DIST || join(ROOT, 'dist'), browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run bash scripts/build.sh first`);
  return dir;
}

export const fixtureSlugs = () => readdirSync(FIXTURES).filter((slug) => existsSync(join(FIXTURES, slug, 'expected.json')));

export function expected(slug) {
  return JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8'));
}

export async function startServer() {
  const server = http.createServer((req, res) => {
    const [, area, name] = decodeURIComponent(new URL(req.url, 'http://x').pathname).split('/');
    let file = null;
    if (area === 'p' && /^[\w.-]+$/.test(name ?? '')) file = join(PAGES, name);
    else if (/^[\w-]+$/.test(name ?? '') && (area === 'f' || CSP[area])) file = join(FIXTURES, name, 'source.html');
    if (!file || !existsSync(file)) { res.writeHead(404).end(); return; }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (CSP[area]) headers['content-security-policy'] = CSP[area];
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

// The usual setup of a spec: a page server and one browser for the enclosing describe(), closed after it.
// Returns the object the two are put on (`.server`, `.s`) once before() has run.
export function useBrowser() {
  const ctx = {};
  before(async () => {
    ctx.server = await startServer();
    ctx.s = await launch();
  });
  after(async () => {
    await ctx.s?.close();
    await ctx.server?.close();
  });
  return ctx;
}

// One browser per test file; pass the same profile again to prove what survives a restart.
// `dir`: another unpacked build to load (default: extensionDir()).
export async function launch({ profile = mkdtempSync(join(tmpdir(), 'pathok-e2e-')), args = [], dir = extensionDir() } = {}) {
  const preferences = join(profile, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    mkdirSync(dirname(preferences), { recursive: true });
    writeFileSync(preferences, JSON.stringify({ download: { default_directory: join(profile, 'Downloads'), prompt_for_download: false } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS, ...args],
  });
  // Fixture pages name their real CDNs; nothing leaves the machine.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  // content.js's stage timings (pathok:prepare, which the prepared-mode tests wait for) reach the page's
  // timeline only with this switch on; prepare.test.mjs turns it off to see that the page then gets none.
  await setTimeline(sw, true);
  const cdp = await context.browser().newBrowserCDPSession();
  // Playwright's download handling renames files to GUIDs; the file names the extension chooses are part of
  // what we test, so Chromium's own handling is restored, into the profile's Downloads (see Preferences above).
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  return {
    context, sw, extensionId, profile, cdp, dir,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: () => context.close(),
  };
}

// The timeline switch (storage.js): with it on, content.js puts its stage timings on the page's timeline.
export function setTimeline(sw, on) {
  return sw.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [TIMELINE_KEY, on]);
}

// Reloads the extension as the Reload button of chrome://extensions does: CDP loads the unpacked extension again
// from the same directory, which keeps its id and its data, closes its pages and starts a new service worker;
// session.sw then points at that worker. (Under --load-extension, chrome.runtime.reload() does not bring the
// extension back: no worker starts, and its pages fail with ERR_BLOCKED_BY_CLIENT.)
export async function reloadExtension(session) {
  const worker = session.context.waitForEvent('serviceworker');
  const { id } = await session.cdp.send('Extensions.loadUnpacked', { path: session.dir });
  if (id !== session.extensionId) throw new Error(`the reloaded extension has another id: ${id}`);
  session.sw = await worker;
}

// A page in its own tab, brought to the front so the extension sees it as the active tab.
export async function openTab(session, url) {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await session.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  return { page, tabId };
}

// The toolbar button, clicked for real: runs action.onClicked → toggle and grants activeTab for the tab.
export async function clickAction(session, page) {
  const { targetInfos } = await session.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((info) => info.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab.targetId });
}

export const toggle = (session, tabId) => session.sw.evaluate((id) => self.pathokToggle(id), tabId);

export async function waitForReader(page, open = true) {
  await page.waitForFunction((want) => Boolean(document.getElementById('pathok-reader-host')?.shadowRoot?.querySelector('article')) === want, open, { timeout: 10_000 });
}

// A page in its own tab with the reader view opened by a real toolbar click, which also grants the tab to the
// extension (activeTab) as a user's click would.
export async function openInReader(session, url) {
  const tab = await openTab(session, url);
  await clickAction(session, tab.page);
  await waitForReader(tab.page);
  return tab;
}

// What the reader view shows, read from inside its open shadow root.
export function readView(page) {
  return page.evaluate(() => {
    const root = document.getElementById('pathok-reader-host')?.shadowRoot;
    if (!root) return null;
    const article = root.querySelector('article');
    const time = root.querySelector('time[datetime]');
    const reader = root.querySelector('.reader');
    // innerText leaves out the blocks content-visibility:auto has not laid out yet (below the first screen);
    // they are laid out first, as scrolling to them would.
    const all = new CSSStyleSheet();
    all.replaceSync('.content > * { content-visibility: visible !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, all];
    // innerText: as laid out (table cells apart, hidden images' alt text gone).
    const text = article?.innerText ?? '';
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== all);
    return {
      title: root.querySelector('h1')?.textContent ?? null,
      text,
      blocks: [...root.querySelectorAll('.content p, .content h2, .content h3, .content li, .content blockquote')].map((n) => n.textContent),
      datetime: time?.getAttribute('datetime') ?? null,
      date: time?.textContent ?? null,
      lang: article?.getAttribute('lang') ?? null,
      theme: reader?.dataset.theme ?? null,
      bodyFont: reader ? getComputedStyle(article).fontFamily : null,
      lineHeight: article ? parseFloat(getComputedStyle(article).lineHeight) / parseFloat(getComputedStyle(article).fontSize) : null,
      status: root.querySelector('.status')?.textContent ?? '',
    };
  });
}

export const squash = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();

export function countOf(haystack, needle) {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// axe-core inside `page`, limited to `selector` (it follows open shadow roots); serious and critical only.
export async function seriousViolations(page, selector) {
  // Evaluated through the protocol, not a <script> tag, so the extension pages' CSP does not block it.
  if (!(await page.evaluate(() => Boolean(globalThis.axe)))) await page.evaluate(AXE_SOURCE());
  const results = await page.evaluate((include) => globalThis.axe.run(include ? { include: [[include]] } : document, {
    resultTypes: ['violations'],
  }), selector);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// The reader view opens before its fonts are in (they swap in); a screenshot waits for them.
export async function screenshot(page, name) {
  await page.waitForFunction(() => {
    const host = document.getElementById('pathok-reader-host');
    return !host || host.dataset.fonts === 'loaded';
  });
  mkdirSync(TARGET, { recursive: true });
  const path = join(TARGET, name);
  await page.screenshot({ path });
  return path;
}
