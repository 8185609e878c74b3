// The product on a bundled page: serves demo/ on 127.0.0.1, starts Debian Chromium with dist/chrome loaded,
// switches reader mode on through the extension's own toggle (the code path of the toolbar button), and saves
// a screenshot of the reader view to target/demo-reader.png. With a DISPLAY the window stays open until closed.
// Run through scripts/demo.sh, which sets up and builds first.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, 'dist/chrome');
const PAGES = join(ROOT, 'demo');
const SCREENSHOT = join(ROOT, 'target/demo-reader.png');
const HOST = '#pathok-reader-host';
const TIMEOUT_MS = 30_000;
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg' };

// Chromium on these machines: no sandbox as root, no GPU, and no network but loopback, so every background
// connection it would try (QUIC, component updates, sync) is switched off rather than left to fail.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The extension's worker once background.js has run, so its toolbar listener is there to take the click (a
// fresh profile starts the worker while the page loads, and a click before that is lost).
async function serviceWorker(context) {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: TIMEOUT_MS });
  const deadline = Date.now() + TIMEOUT_MS;
  while (!await worker.evaluate(() => typeof self.pathokToggle === 'function').catch(() => false)) {
    if (Date.now() > deadline) throw new Error('the extension\'s background did not start');
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
  return worker;
}

// A click on the toolbar button, as a person would: CDP's Extensions.triggerAction fires action.onClicked and
// grants activeTab, the permission the extension runs on. Calling self.pathokToggle() from the worker takes the
// same path after the click but without the grant, so Chromium refuses to inject into the page.
async function clickToolbarButton(context, worker, pageUrl) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === pageUrl);
  if (!tab) throw new Error(`no tab shows ${pageUrl}`);
  await cdp.send('Extensions.triggerAction', { id: new URL(worker.url()).host, targetId: tab.targetId });
  await cdp.detach();
}

async function main() {
  const server = await serve(PAGES);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'pathok-demo-'));
  const headed = Boolean(process.env.DISPLAY);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    // Playwright's `headless` is Chromium's new headless mode, which loads unpacked extensions.
    headless: !headed,
    // Playwright disables extensions by default; the two flags below load ours and only ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    // The unsafe-extension-debugging switch opens CDP's Extensions domain to this (pipe) connection only.
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--enable-unsafe-extension-debugging',
      ...CHROMIUM_ARGS,
    ],
    viewport: { width: 1100, height: 1300 },
  });
  try {
    const worker = await serviceWorker(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.bringToFront();
    await clickToolbarButton(context, worker, url);
    // Playwright's CSS locators pierce open shadow roots, so this waits inside the reader's shadow root.
    const article = page.locator(`${HOST} article`);
    await article.first().waitFor({ timeout: TIMEOUT_MS }).catch(() => {
      throw new Error(`reader view did not open on ${url}`);
    });
    // The view opens at once and its bundled fonts swap in; the picture is of the real glyphs.
    await page.waitForFunction((id) => document.getElementById(id)?.dataset.fonts === 'loaded', HOST.slice(1), { timeout: TIMEOUT_MS });
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const title = (await page.locator(`${HOST} h1`).first().textContent())?.trim();
    // The article's own paragraphs: the reader's header (site, byline, date, source link) is also made of <p>.
    const paragraphs = await page.locator(`${HOST} article p`).evaluateAll((ps) => ps.filter((p) => !p.closest('header')).length);
    console.log(`screenshot: ${SCREENSHOT}`);
    console.log(`title: ${title}`);
    console.log(`paragraphs: ${paragraphs}`);
    if (headed) {
      console.log('close the browser window to end the demo');
      await new Promise((resolve) => context.on('close', resolve));
    }
  } finally {
    await context.close().catch(() => {});
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});
