// The content script, injected on request by background.js (or by a registered auto-mode or prepared-mode
// script, see sites.js): extracts the page's article with the wasm in pkg/ (or, when the page's CSP forbids wasm
// here, asks the background to run the same wasm), then opens or closes reader/reader.js. Talks to background
// via messages.js; reads and writes the reader's settings in extension storage itself (storage.js).
// Written as a module, shipped as one classic script: content scripts are not modules, and scripts/package.mjs
// bundles this file with what it imports, because every file a content script fetches from the extension costs
// a few ms and the first toggle used to wait for four of them. The commands live on globalThis of the isolated
// world, so a second injection finds them and background.js can call `pathokContent.run(name)`.
import { MSG, send } from './messages.js';
import * as reader from './reader/reader.js';
import { snapshot } from './snapshot.js';
import { getSettings, onSettingsChanged, setSettings, timelineOn } from './storage.js';
import { warmupPage } from './warmup.js';
import initWasm, { extract_snapshot as extractSnapshot } from './pkg/pathok.js';

// Measured in Chromium 156 on Mozilla's 130 pages: with the module only instantiated, the first toggle took 19.2
// ms (median); warmed by ten runs and a view, 16-18 ms over eight runs. V8 compiles wasm lazily and tiers up only
// what runs often; forty runs, or a sample page ten times larger, gained nothing measurable.
const WARM_UP_RUNS = 10;

globalThis.pathokContent ??= contentScript();

function contentScript() {
  const asset = (path) => chrome.runtime.getURL(path);
  let view = null;
  // A closed view is parked and shown again on the next toggle unless the page changed in between (watched
  // from the first extraction on); then the page is read again, and the parked view still serves when the
  // article read is the same.
  let parked = null;
  let dirty = true;
  const watcher = new MutationObserver(() => { dirty = true; });

  // The extractor here: true once the wasm is ready, false when this page's CSP forbids compiling wasm in a
  // content script (Chromium without 'wasm-unsafe-eval'); Firefox allows it. Any load failure means the same:
  // use the background. The fetch starts at injection, while the rest of the first toggle goes on. Three ways
  // of shortening a first toggle's wait for it measured no better (Chromium 156, first toggles on 33-66 corpus
  // pages, per page against this build in the same run): extracting in the background's running module while
  // this copy loads (1.02x the time: the snapshot's message there and back cost what the wait saved), the wasm
  // embedded in this script as base64 (1.23x: a 0.8 MB script to inject and parse), and the fetch started by
  // background.js's first probe of the tab, a few ms before this script is injected (1.00x).
  const wasmHere = initWasm({ module_or_path: fetch(asset('pkg/pathok_bg.wasm')) }).then(() => true, () => false);
  // The view's stylesheet and its font list are on their way too.
  reader.preload();
  // So are the reader's settings, kept current from then on (the view, the options page or another tab may change
  // them): a toggle never waits for them. Asked of the background on each toggle, they came back after the snapshot
  // and the extract were done, and prepared mode's first toggle took 1.35-1.38 times Readability's first run
  // instead of 1.20-1.28 (Chromium 156, 165 pages, two runs each). Unreadable storage: reader.css's defaults.
  const readable = (reading) => reading.catch(() => ({}));
  let settings = readable(getSettings());
  onSettingsChanged((reading) => { settings = readable(reading); });

  // With the timeline switch on (storage.js), stage timings go to the page's performance timeline
  // (pathok:snapshot, pathok:extract, pathok:render, pathok:show for a kept view shown again, pathok:prepare),
  // where the browser benchmark and tests read them, with the pathok:command mark of each command's arrival.
  // Off, the page's timeline holds nothing of Pathok.
  const timeline = timelineOn().catch(() => false);
  const onTimeline = (write) => timeline.then((on) => { if (on) write(); });
  function timed(name, start) {
    const end = performance.now();
    onTimeline(() => performance.measure(`pathok:${name}`, { start, end }));
  }
  function marked(name) {
    const startTime = performance.now();
    onTimeline(() => performance.mark(`pathok:${name}`, { startTime }));
  }

  async function extractPage() {
    const url = location.href;
    let via = 'content';
    try {
      let start = performance.now();
      // The live DOM, flattened: no outerHTML to build and no HTML for the wasm to re-parse. Taken before
      // waiting for the wasm, which a first toggle is still fetching.
      const { parents, records } = snapshot(document);
      timed('snapshot', start);
      if (!await wasmHere) via = 'background';
      start = performance.now();
      const reply = via === 'content'
        ? extractSnapshot(parents, records, url)
        : await send(MSG.EXTRACT_RUN, { parents: Array.from(parents), records, url });
      timed('extract', start);
      return { ...reply, url, via };
    } catch (error) {
      // A trap inside the wasm is a bug of ours, but the user still gets the "could not read" message.
      return { ok: false, reason: 'error', message: String(error?.message ?? error), url, via };
    }
  }

  async function open() {
    if (view) return { state: 'open', via: view.via };
    const kept = parked;
    parked = null;
    if (kept && !dirty) return reopen(kept);
    const found = await extractPage();
    dirty = false;
    if (document.body) {
      watcher.observe(document.body, {
        subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'],
      });
    }
    // The page changed but its article did not (an ad, a clock, a ticker moved): the kept view is still right.
    if (kept && found.ok && found.url === kept.found.url && JSON.stringify(found.article) === JSON.stringify(kept.found.article)) {
      return reopen(kept);
    }
    if (!found.ok) {
      reader.showNotice(reader.noticeFor(found));
      return { state: 'none', via: found.via, reason: found.error?.kind ?? found.reason };
    }
    const start = performance.now();
    view = await reader.openReader({
      article: found.article,
      url: found.url,
      settings: await settings,
      via: found.via,
      onSettings: (patch) => setSettings(patch),
      onSave: () => send(MSG.LIBRARY_SAVE, { url: found.url, article: found.article }),
      onAlwaysOnSite: () => send(MSG.SITE_ASK, { host: location.hostname }),
      onClosed: () => { view = null; send(MSG.READER_STATE, { open: false }); },
    });
    view.found = found;
    timed('render', start);
    return { state: 'open', via: found.via };
  }

  function reopen(kept) {
    const start = performance.now();
    view = kept;
    view.reopen();
    timed('show', start);
    return { state: 'open', via: view.via };
  }

  // Closing from here (toggle) tells no one: the background sets the badge from this reply.
  function close() {
    if (!view) return { state: 'closed' };
    const closing = view;
    view = null;
    closing.close({ quiet: true });
    parked = closing;
    return { state: 'closed' };
  }

  async function save() {
    // With the view open, save what it shows; the page HTML now also holds our own host element.
    const found = view ? view.found : await extractPage();
    if (!found.ok) {
      reader.showNotice(reader.noticeFor(found));
      return { ok: false, reason: found.error?.kind ?? found.reason };
    }
    const saved = await send(MSG.LIBRARY_SAVE, { url: found.url, article: found.article });
    reader.showNotice(reader.noticeForSave(saved));
    return { ...saved, via: found.via };
  }

  // Prepared mode (sites.js registers this script with prepare.js on every site when the user turns it on): the
  // first toggle then finds the wasm instantiated and the code of the snapshot, the extractor and the view
  // already compiled, which a first run otherwise pays for (lazily compiled wasm, cold JavaScript). The warm-up
  // extracts and builds a view of a page of our own (warmup.js), never this one: no page is read before the user
  // asks, and the view is dropped unseen.
  async function prepare() {
    const start = performance.now();
    if (await wasmHere) {
      const sample = new DOMParser().parseFromString(warmupPage(), 'text/html');
      const url = new URL('/pathok-warm-up', location.href).href;
      let reply = null;
      for (let i = 0; i < WARM_UP_RUNS; i += 1) {
        const { parents, records } = snapshot(sample, { styles: false });
        reply = extractSnapshot(parents, records, url);
      }
      if (reply?.ok) await reader.openReader({ article: reply.article, url, settings: {}, via: 'content', show: false });
    }
    timed('prepare', start);
    return { state: view ? 'open' : 'closed' };
  }

  // Auto mode: open, and let the background show the badge.
  async function auto() {
    const reply = await open();
    if (reply.state === 'open') await send(MSG.READER_STATE, { open: true });
    return reply;
  }

  const COMMANDS = { toggle: () => (view ? close() : open()), open, close, save, auto, prepare };
  // One command at a time: a second Alt+Shift+R during an extraction waits instead of opening a second view.
  let queue = Promise.resolve();
  return {
    run(name) {
      marked('command');
      const next = queue.then(() => COMMANDS[name]());
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
