// Firefox smoke test: dist/firefox installed as a temporary add-on in firefox-esr (geckodriver + selenium).
// Reader mode is switched on through the Alt+Shift+R command itself: with geckodriver's --allow-system-access,
// the browser window's <key> element for our command is fired, which is what the real shortcut does (and it
// grants activeTab). Auto mode is tested here too: only a privileged script can stand in for the user's "Allow"
// (headless Chromium's permission prompt cannot be answered). Skips, saying why, when firefox-esr or geckodriver
// is not installed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder, By } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { TARGET, countOf, expected, extensionDir, squash, startServer } from './harness.mjs';
import { TIMELINE_KEY } from '../../extension/storage.js';

const FIREFOX = process.env.PATHOK_FIREFOX || '/usr/bin/firefox-esr';
const ADDON_ID = 'pathok@pathok';
// Fixed so the test can open the add-on's own pages (moz-extension://<uuid>/…); Firefox reads this pref.
const ADDON_UUID = '0c6b7e52-7a3f-4c1e-9d55-1a2b3c4d5e6f';
const SLUG = 'desktop-mobile-class-pair';

function geckodriver() {
  if (process.env.GECKODRIVER && existsSync(process.env.GECKODRIVER)) return process.env.GECKODRIVER;
  try {
    return execFileSync('which', ['geckodriver'], { encoding: 'utf8' }).trim();
  } catch {
    const cargo = join(homedir(), '.cargo', 'bin', 'geckodriver');
    return existsSync(cargo) ? cargo : null;
  }
}

const missing = [!existsSync(FIREFOX) && `${FIREFOX} (apt-get install firefox-esr)`, !geckodriver() && 'geckodriver (cargo install geckodriver)']
  .filter(Boolean);
if (missing.length) console.log(`# firefox smoke test skipped: missing ${missing.join(', ')}`);

// Fires our command's <key> in the browser window, as pressing Alt+Shift+R does.
const pressCommand = (driver) => driver.executeScript(`
  const key = [...document.querySelectorAll('keyset[id^="ext-keyset"] key')]
    .find((k) => k.getAttribute('key')?.toLowerCase() === 'r' && k.getAttribute('modifiers') === 'alt,shift');
  if (!key) throw new Error('the extension command key is not registered');
  key.doCommand();`);

async function inChrome(driver, work) {
  await driver.setContext(firefox.Context.CHROME);
  try {
    return await work();
  } finally {
    await driver.setContext(firefox.Context.CONTENT);
  }
}

const readView = (driver) => driver.executeScript(`
  const root = document.getElementById('pathok-reader-host')?.shadowRoot;
  if (!root || !root.querySelector('article')) return null;
  return { title: root.querySelector('h1').textContent, text: root.querySelector('article').textContent,
    datetime: root.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    theme: root.querySelector('.reader').dataset.theme };`);

describe('Firefox smoke test', { skip: missing.length ? `missing ${missing.join(', ')}` : false }, () => {
  let driver, server, original;
  const want = expected(SLUG);

  before(async () => {
    server = await startServer();
    const options = new firefox.Options().addArguments('-headless').setBinary(FIREFOX)
      .setPreference('extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: ADDON_UUID }));
    const service = new firefox.ServiceBuilder(geckodriver()).addArguments('--allow-system-access');
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
    assert.equal(await driver.installAddon(extensionDir('firefox'), true), ADDON_ID);
    await driver.get(`${server.origin}/f/${SLUG}/`);
    original = await driver.executeScript('return document.documentElement.outerHTML');
  });

  after(async () => {
    await driver?.quit();
    await server?.close();
  });

  test('Alt+Shift+R opens the reader view with the article (wasm in the content script)', async () => {
    await inChrome(driver, () => pressCommand(driver));
    await driver.wait(async () => Boolean(await readView(driver)), 15000, 'the reader view did not open');
    const view = await readView(driver);
    assert.equal(squash(view.title), squash(want.title));
    for (const paragraph of want.paragraphs) assert.equal(countOf(squash(view.text), squash(paragraph)), 1, paragraph.slice(0, 60));
    assert.equal(view.datetime, want.published);
    mkdirSync(TARGET, { recursive: true });
    writeFileSync(join(TARGET, 'firefox-reader.png'), await driver.takeScreenshot(), 'base64');
  });

  test('pressing it again restores the page exactly', async () => {
    await inChrome(driver, () => pressCommand(driver));
    await driver.wait(async () => !(await driver.executeScript("return Boolean(document.getElementById('pathok-reader-host'))")), 5000);
    assert.ok(await driver.executeScript('return document.documentElement.outerHTML') === original, 'page DOM differs');
  });

  test("a page with script-src 'none' opens too", async () => {
    await driver.get(`${server.origin}/csp-none/${SLUG}/`);
    await inChrome(driver, () => pressCommand(driver));
    await driver.wait(async () => Boolean(await readView(driver)), 15000, 'the reader view did not open');
    assert.equal(squash((await readView(driver)).title), squash(want.title));
    await inChrome(driver, () => pressCommand(driver));
    await driver.get(`${server.origin}/f/${SLUG}/`);
  });

  test('Save stores the article where the library page finds it', async () => {
    await inChrome(driver, () => pressCommand(driver));
    await driver.wait(async () => Boolean(await readView(driver)), 15000);
    await driver.executeScript("document.getElementById('pathok-reader-host').shadowRoot.querySelector('button.save').click()");
    await driver.wait(() => driver.executeScript(
      "return /Saved/.test(document.getElementById('pathok-reader-host').shadowRoot.querySelector('.status').textContent)"), 5000);
    await driver.get(`moz-extension://${ADDON_UUID}/library/library.html`);
    await driver.wait(() => driver.executeScript("return document.body.dataset.ready === 'true'"), 5000);
    const titles = await driver.executeScript("return [...document.querySelectorAll('#list button.open')].map((b) => b.textContent)");
    assert.deepEqual(titles.map(squash), [squash(want.title)]);
  });

  test('auto mode: a listed, permitted site opens in reader mode on load; Remove turns it off', async () => {
    const options = `moz-extension://${ADDON_UUID}/options/options.html`;
    // The user's "Allow" for the host, granted the way Firefox's own prompt grants it.
    await inChrome(driver, () => driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension('${ADDON_ID}');
      ExtensionPermissions.add('${ADDON_ID}', { permissions: [], origins: ['*://127.0.0.1/*'] }, extension).then(done, done);`));
    await driver.get(options);
    await driver.wait(() => driver.executeScript("return document.body.dataset.ready === 'true'"), 5000);
    // What addSite() does after the permission prompt: list the host and register its content script. The theme
    // chosen here shows that content.js reads the settings from storage itself.
    const registered = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      Promise.all([import('../storage.js'), import('../sites.js')])
        .then(async ([storage, sites]) => { await storage.setSettings({ sites: ['127.0.0.1'], theme: 'sepia' }); return sites.syncRegistrations(); })
        .then(done, (e) => done(String(e)));`);
    assert.deepEqual(registered, ['127.0.0.1']);
    await driver.wait(async () => (await driver.findElement(By.css('#sites')).getText()).includes('127.0.0.1'), 5000);

    await driver.get(`${server.origin}/f/${SLUG}/`);
    await driver.wait(async () => Boolean(await readView(driver)), 15000, 'auto mode did not open the reader');
    assert.equal(squash((await readView(driver)).title), squash(want.title));
    assert.equal((await readView(driver)).theme, 'sepia');

    await driver.get(options);
    await driver.wait(() => driver.executeScript("return document.body.dataset.ready === 'true'"), 5000);
    await driver.findElement(By.css('#sites button')).click();
    await driver.wait(async () => (await driver.findElement(By.css('#sites')).getText()).includes('No sites'), 5000);
    await driver.get(`${server.origin}/f/${SLUG}/`);
    await driver.sleep(1500);
    assert.equal(await readView(driver), null, 'reader opened on a removed site');
  });

  test('prepared mode: the checkbox prepares every page, and turning it off gives the access to all sites back', async () => {
    const options = `moz-extension://${ADDON_UUID}/options/options.html`;
    const allSites = "{ permissions: [], origins: ['http://*/*', 'https://*/*'] }";
    // The user's "Allow" for all sites, granted the way Firefox's own prompt grants it.
    await inChrome(driver, () => driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension('${ADDON_ID}');
      ExtensionPermissions.add('${ADDON_ID}', ${allSites}, extension).then(done, done);`));
    await driver.get(options);
    await driver.wait(() => driver.executeScript("return document.body.dataset.ready === 'true'"), 5000);
    await driver.findElement(By.css('#prepare')).click();
    await driver.wait(async () => (await driver.findElement(By.css('#prepare-status')).getText()) !== '', 5000);
    assert.equal(await driver.findElement(By.css('#prepare')).isSelected(), true);
    // The timeline switch (storage.js), for the pathok:prepare entry waited for below.
    await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      browser.storage.local.set({ ${TIMELINE_KEY}: true }).then(() => done(), (e) => done(String(e)));`);

    await driver.get(`${server.origin}/p/observed.html`);
    await driver.wait(() => driver.executeScript("return performance.getEntriesByName('pathok:prepare').length > 0"), 15000,
      'the page was not prepared');
    assert.deepEqual(await driver.executeScript('return globalThis.pathokTestMutations'), [], 'preparing changed the page');
    await inChrome(driver, () => pressCommand(driver));
    await driver.wait(async () => Boolean(await readView(driver)), 15000);
    assert.equal(squash((await readView(driver)).title), 'বর্ষা এসেছে আগেভাগে');

    await driver.get(options);
    await driver.wait(() => driver.executeScript("return document.body.dataset.ready === 'true'"), 5000);
    await driver.findElement(By.css('#prepare')).click();
    await driver.wait(async () => /given back/.test(await driver.findElement(By.css('#prepare-status')).getText()), 5000);
    const stillGranted = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      browser.permissions.contains(${allSites}).then(done, (e) => done(String(e)));`);
    assert.equal(stillGranted, false);
  });
});
