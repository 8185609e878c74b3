// The reader view: one open shadow root on <pathok-reader id="pathok-reader-host">, drawn over the page, styled
// only by reader.css. Used by content.js (over a web page) and library/library.js (a saved article, offline).
// Knows no storage and no messages: callers pass settings in and get changes, saves and closing back as callbacks.
// The page underneath is hidden by one stylesheet whose rules apply only while the view is in the page: closing
// the view restores the page exactly.

const HOST_ID = 'pathok-reader-host';
const NOTICE_ID = 'pathok-notice-host';
const NOTICE_MS = 6000;
// Fonts are local, but a broken file must not keep the view from opening.
const FONT_WAIT_MS = 3000;
// Voices load asynchronously in Chromium; after this long without one, there is none.
const VOICE_WAIT_MS = 1000;
const BN_DIGITS = '০১২৩৪৫৬৭৮৯';
// Family names are prefixed so the page's own text never picks up our faces.
const FAMILY_PREFIX = 'Pathok ';
const FONT_KEYS = ['serif', 'sans', 'hind'];
const UI_FONT = 'sans';
const SIZES = [16, 18, 20, 22, 24, 28, 32];
const LINE_HEIGHTS = [1.5, 1.7, 1.9, 2.1];
const WIDTHS = [32, 40, 48, 64];
const THEMES = ['light', 'sepia', 'dark', 'system'];
const DIGITS = ['native', 'bn', 'latn'];
const CALENDARS = ['gregorian', 'bangla'];

const asset = (path) => chrome.runtime.getURL(path);
const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;
// The language of the strings actually shown (getUILanguage can disagree with the locale Chromium picked).
const uiLang = () => t('uiLang');

export const toBengaliDigits = (s) => s.replace(/[0-9]/g, (d) => BN_DIGITS[Number(d)]);
export const toLatinDigits = (s) => s.replace(/[০-৯]/g, (d) => String(BN_DIGITS.indexOf(d)));
const withDigits = (s, digits) => (digits === 'latn' ? toLatinDigits(s) : toBengaliDigits(s));

// --- fonts ---------------------------------------------------------------------------------------------------

let fontList = null;
const fontLoads = new Map();
const fontsJson = () => { fontList ??= fetch(asset('fonts.json')).then((r) => r.json()); return fontList; };

// Loads one family of fonts.json into document.fonts (a shadow root ignores @font-face rules). Bytes are read
// by the extension itself, so the page's font-src CSP does not apply.
function loadFamily(key) {
  if (!fontLoads.has(key)) {
    fontLoads.set(key, fontsJson().then(({ dir, faces }) => Promise.all(faces.filter((f) => f.key === key).map(async (f) => {
      const bytes = await (await fetch(asset(`${dir}/${f.file}`))).arrayBuffer();
      const face = new FontFace(FAMILY_PREFIX + f.family, bytes, { weight: String(f.weight), unicodeRange: f.range });
      document.fonts.add(face);
      await face.loaded;
      return f.family;
    }))).then((families) => families[0]).catch(() => null));
  }
  return fontLoads.get(key);
}

// Called when the content script is injected, so the stylesheet and the font list are on their way before
// the user's toggle needs them. The faces themselves wait for the view's first frame: decoding them competes
// with opening the view for the page's main thread, and the view opens in the fallback font anyway.
export function preload() {
  readerCss();
  fontsJson();
}

const afterFirstFrame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve)); });

const timeout = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

// The stack names our face as soon as fonts.json says what it is called, without waiting for its bytes: the
// text shows in the fallback for the few tens of ms a first open takes to load them, then swaps in place.
async function familyStack(key) {
  const named = fontsJson().then(({ faces }) => faces.find((f) => f.key === key)?.family, () => null);
  const family = await Promise.race([named, timeout(FONT_WAIT_MS)]);
  const generic = key === 'serif' ? 'serif' : 'sans-serif';
  return family ? `"${FAMILY_PREFIX}${family}", ${generic}` : generic;
}

// --- stylesheets ---------------------------------------------------------------------------------------------

let cssText = null;
function readerCss() {
  cssText ??= fetch(asset('reader/reader.css')).then((r) => r.text());
  return cssText;
}

// Constructed sheets are not subject to the page's style-src CSP; Firefox's content-script wrappers may refuse
// them, and then a <style> element does the same job. The view's sheet is parsed once per page and shared by every
// view and notice: parsing it again was 0.3 ms of a prepared first open.
let readerSheet = null;
async function attachReaderCss(root) {
  const text = await readerCss();
  try {
    if (!readerSheet) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      readerSheet = sheet;
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, readerSheet];
  } catch {
    root.append(Object.assign(document.createElement('style'), { textContent: text }));
  }
}

// What the page itself sees while the view is open, that is while the host is a child of the root: no scrolling
// underneath (the scroll offset is kept), the body's rendering skipped, and a printout of the view only. The body's
// rendering is skipped with content-visibility: hidden, which also takes it out of the tab order, find-in-page and
// the accessibility tree, as inert would, while its layout is kept for the way back, so neither opening nor closing
// the view lays the page out or restyles it again. The body keeps its measured size and the root at least its
// scroll size (a skipped body's margins no longer collapse with its children's), so the scroll offset is never
// clamped.
const OPEN = `html:has(> #${HOST_ID})`;
function pageCss() {
  const size = document.body?.getBoundingClientRect();
  const { scrollWidth, scrollHeight } = document.documentElement;
  const body = size
    ? `@media screen {
  ${OPEN} { min-width: ${scrollWidth}px !important; min-height: ${scrollHeight}px !important; }
  ${OPEN} > body { content-visibility: hidden !important; contain-intrinsic-size: ${size.width}px ${size.height}px !important; }
}`
    : '';
  return `
${OPEN} { overflow: hidden !important; }
#${HOST_ID} { all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; overflow: auto !important; overscroll-behavior: contain !important; }
@media print {
  ${OPEN} { overflow: visible !important; }
  ${OPEN} > body { display: none !important; }
  #${HOST_ID} { position: static !important; overflow: visible !important; }
}
${body}`;
}

// Hides the page under `host` once it is put in as the root's last child; taking the host out shows the page again.
// The document keeps the one sheet this adopts, inert while no view is open, and it is rewritten only when the page's
// size changed: adopting or dropping a document's sheet makes Chromium walk the whole page for what to restyle. Put
// in and taken out with a stand-in host on six corpus pages (Chromium 156), the kept sheet took 0.4-1.5 ms off
// opening and 0.4-0.9 ms off closing, against adopting a sheet on each open and dropping it on each close. Where a
// content script cannot adopt a sheet (Firefox's Xray wrappers may refuse one made here), a <style> in the host
// does it.
// Exported for the browser benchmark, which times it alone.
let pageSheet = null;
let pageSheetText = '';
export function hidePage(host) {
  const text = pageCss();
  try {
    if (pageSheet && document.adoptedStyleSheets.includes(pageSheet)) {
      if (text !== pageSheetText) pageSheet.replaceSync(text);
    } else {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      pageSheet = sheet;
    }
    pageSheetText = text;
  } catch {
    const style = host.querySelector(':scope > style') ?? host.appendChild(document.createElement('style'));
    if (style.textContent !== text) style.textContent = text;
  }
}

// --- small DOM builder ---------------------------------------------------------------------------------------

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter(Boolean));
  return node;
}

function select(name, label, values, current, optionLabel) {
  const id = `pathok-${name}`;
  return el('div', { class: 'field' }, [
    el('label', { for: id, text: label }),
    el('select', { id, name }, values.map((value) => el('option', {
      value, selected: String(value) === String(current), text: optionLabel(value),
    }))),
  ]);
}

// --- dates ---------------------------------------------------------------------------------------------------

const BN_MONTHS = ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর',
  'নভেম্বর', 'ডিসেম্বর'];

// "2024-03-05T10:30:00+06:00" → "৫ মার্চ ২০২৪, ১০:৩০": the date and time as the publisher wrote them, not
// converted to the reader's time zone (a Dhaka story dated the 5th stays the 5th). Written from our own month
// names rather than by Intl.DateTimeFormat: a page's first Intl call loads ICU data for 15-25 ms, on the way
// to a first view.
export function formatPublished(iso, digits) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso ?? '');
  const month = m && BN_MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  const [, y, , d, hh, mm] = m;
  const time = hh && !(hh === '00' && mm === '00') ? `, ${hh}:${mm}` : '';
  return withDigits(`${Number(d)} ${month} ${y}${time}`, digits);
}

function applyDigits(root, digits) {
  if (digits === 'native') return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.data = withDigits(node.data, digits);
}

// --- read aloud ----------------------------------------------------------------------------------------------

async function bengaliVoice(synth) {
  let voices = synth.getVoices();
  if (!voices.length) {
    await Promise.race([new Promise((resolve) => synth.addEventListener('voiceschanged', resolve, { once: true })), timeout(VOICE_WAIT_MS)]);
    voices = synth.getVoices();
  }
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('bn')) ?? null;
}

// --- notices -------------------------------------------------------------------------------------------------

export function noticeFor(found) {
  switch (found.error?.kind ?? found.reason) {
    case 'not_article': return t('noArticle');
    case 'too_large': case 'too_many_nodes': return t('tooLarge');
    case 'timeout': return t('tooSlow');
    default: return t('extractFailed');
  }
}

export function noticeForSave(reply) {
  if (reply.ok) return t('saved');
  return reply.reason === 'quota' ? t('saveQuota') : t('saveFailed', [reply.message ?? reply.reason]);
}

// A small message at the bottom of the page that leaves the page alone and goes away by itself.
export async function showNotice(text) {
  document.getElementById(NOTICE_ID)?.remove();
  const host = el('pathok-notice', { id: NOTICE_ID });
  const root = host.attachShadow({ mode: 'open' });
  // reader.css names the UI face; it swaps in when loaded.
  loadFamily(UI_FONT);
  await attachReaderCss(root);
  const remove = () => host.remove();
  root.append(el('div', { class: 'notice', role: 'status', lang: uiLang() }, [
    el('span', { text }),
    el('button', { type: 'button', class: 'notice-close', 'aria-label': t('closeNotice'), text: '×', onclick: remove }),
  ]));
  document.documentElement.append(host);
  setTimeout(remove, NOTICE_MS);
  return host;
}

// --- settings ----------------------------------------------------------------------------------------------

/**
 * The settings controls, shared by the view and options/options.html so both offer the same choices.
 * `onChange(patch)` gets one changed key at a time, with numbers as numbers.
 */
export function buildSettingsForm({ id, current, onChange }) {
  const ui = uiLang();
  const number = (v) => (ui === 'bn' ? toBengaliDigits(String(v)) : String(v));
  const form = el('form', {
    id,
    class: 'settings',
    'aria-label': t('settings'),
    onsubmit: (e) => e.preventDefault(),
    onchange: (event) => {
      const { name, type, checked, value } = event.target;
      onChange({ [name]: type === 'checkbox' ? checked : (/^[\d.]+$/.test(value) ? Number(value) : value) });
    },
  }, [
    select('font', t('font'), FONT_KEYS, current.font, (v) => t(`font_${v}`)),
    select('size', t('size'), SIZES, current.size, number),
    select('lineHeight', t('lineHeight'), LINE_HEIGHTS, current.lineHeight, number),
    select('width', t('width'), WIDTHS, current.width, (v) => t(`width_${v}`)),
    select('theme', t('theme'), THEMES, current.theme, (v) => t(`theme_${v}`)),
    select('digits', t('digits'), DIGITS, current.digits, (v) => t(`digits_${v}`)),
    select('calendar', t('calendar'), CALENDARS, current.calendar, (v) => t(`calendar_${v}`)),
    el('div', { class: 'field check' }, [
      el('input', { type: 'checkbox', id: 'pathok-images', name: 'images', checked: current.images !== false }),
      el('label', { for: 'pathok-images', text: t('images') }),
    ]),
  ]);
  return form;
}

// --- the view ------------------------------------------------------------------------------------------------

/**
 * Opens the view. `settings` has the storage.js DEFAULT_SETTINGS shape. Callbacks (all optional, a missing one
 * hides its button): onSettings(patch), onSave() → { ok, reason }, onAlwaysOnSite(), onClosed().
 * Resolves to { close({ quiet }), reopen(), via } without waiting for fonts; the host gets data-fonts="loaded"
 * when the faces in use are in (what a screenshot of real glyphs waits for). With `show: false` the view is
 * built and dropped, the page left untouched, and it resolves to null: content.js's warm-up.
 */
export async function openReader({ article, url, settings, via, onSettings, onSave, onAlwaysOnSite, onClosed, show = true }) {
  let current = { ...settings };
  const host = el('pathok-reader', { id: HOST_ID });
  const root = host.attachShadow({ mode: 'open' });
  await attachReaderCss(root);
  const lang = article.lang || 'bn';
  const ui = uiLang();

  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const say = (text) => { status.textContent = text; };

  const titleEl = el('h1', { id: 'pathok-title', text: article.title ?? '' });
  const dateLine = el('span', { class: 'date' });
  const content = el('div', { class: 'content' });
  const reading = el('span', { class: 'reading' });

  function renderText() {
    const digits = current.digits ?? 'native';
    const minutes = String(Math.max(1, article.reading_minutes ?? 1));
    // The UI's own numbers follow the UI language unless the reader chose a script.
    const uiDigits = digits === 'native' ? (ui === 'bn' ? 'bn' : 'latn') : digits;
    reading.textContent = t('readingTime', [withDigits(minutes, uiDigits)]);
    const gregorian = formatPublished(article.published, digits);
    const bangla = current.calendar === 'bangla' && article.published_bangla
      ? withDigits(article.published_bangla, digits) : null;
    dateLine.replaceChildren(...[
      bangla && el('span', { class: 'bangla-date', text: bangla }),
      bangla && gregorian && document.createTextNode(' · '),
      gregorian && el('time', { datetime: article.published, text: gregorian }),
    ].filter(Boolean));
    // The extractor sanitised this HTML (output.rs); parsed inert by DOMParser (no scripts, no loads until
    // adopted), then moved into the shadow root, where the page's scripts and styles cannot reach it.
    const parsed = new DOMParser().parseFromString(article.html, 'text/html');
    content.replaceChildren(...parsed.body.childNodes);
    // News pages put the lead photo beside the headline, outside the body: the extractor reports it as
    // lead_image (an http(s) address), shown here when the body has no image of its own.
    if (article.lead_image && !content.querySelector('img')) {
      content.prepend(el('figure', { class: 'lead' }, [el('img', { src: article.lead_image, alt: '' })]));
    }
    applyDigits(content, digits);
  }

  // Named by the headline; an article without one still gets a name for screen readers.
  const reader = el('div', {
    class: 'reader', role: 'dialog', 'aria-modal': 'true', lang: ui, tabindex: '-1',
    'aria-labelledby': article.title ? 'pathok-title' : null,
    'aria-label': article.title ? null : t('extName'),
  });

  async function apply() {
    reader.dataset.theme = current.theme ?? 'system';
    reader.classList.toggle('no-images', current.images === false);
    const fontKey = current.font ?? 'serif';
    const [body, uiFont] = await Promise.all([familyStack(fontKey), familyStack(UI_FONT)]);
    delete host.dataset.fonts;
    const wanted = current;
    if (show) {
      afterFirstFrame().then(() => Promise.all([loadFamily(fontKey), loadFamily(UI_FONT)])).then(() => {
        if (wanted === current) host.dataset.fonts = 'loaded';
      });
    }
    for (const [name, value] of [['--body-font', body], ['--ui-font', uiFont], ['--size', `${current.size ?? 20}px`],
      ['--line', String(current.lineHeight ?? 1.7)], ['--width', `${current.width ?? 40}em`]]) {
      reader.style.setProperty(name, value);
    }
    renderText();
  }

  function change(patch) {
    current = { ...current, ...patch };
    apply();
    onSettings?.(patch);
  }

  // The panel starts folded and empty; its controls are built on the first unfold, off the way to a first view.
  const settingsId = 'pathok-settings';
  let settingsForm = el('form', { id: settingsId, class: 'settings', hidden: true });
  function toggleSettings(event) {
    if (!settingsForm.childElementCount) {
      const form = buildSettingsForm({ id: settingsId, current, onChange: change });
      settingsForm.replaceWith(form);
      settingsForm = form;
    } else {
      settingsForm.hidden = !settingsForm.hidden;
    }
    event.currentTarget.setAttribute('aria-expanded', String(!settingsForm.hidden));
  }

  const synth = globalThis.speechSynthesis;
  async function readAloud(event) {
    const button = event.currentTarget;
    if (!synth) { say(t('speechUnavailable')); return; }
    if (synth.speaking) { synth.cancel(); button.setAttribute('aria-pressed', 'false'); return; }
    const voice = await bengaliVoice(synth);
    if (!voice && lang.startsWith('bn')) { say(t('noBengaliVoice')); return; }
    // Chromium stops a long single utterance after about 15 s; one utterance per block avoids that.
    const blocks = [article.title, ...article.text.split('\n\n')].filter(Boolean);
    button.setAttribute('aria-pressed', 'true');
    blocks.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      if (voice) utterance.voice = voice;
      utterance.lang = voice?.lang ?? lang;
      if (i === blocks.length - 1) utterance.onend = () => button.setAttribute('aria-pressed', 'false');
      synth.speak(utterance);
    });
  }

  async function save() {
    say(t('saving'));
    say(noticeForSave(await onSave()));
  }

  const button = (cls, label, onclick, extra = {}) => el('button', { type: 'button', class: cls, onclick, ...extra }, [el('span', { text: label })]);
  const bar = el('div', { class: 'bar', role: 'group', 'aria-label': t('controls') }, [
    button('close', t('close'), () => close(), { 'aria-keyshortcuts': 'Escape' }),
    button('toggle-settings', t('settings'), toggleSettings, { 'aria-expanded': 'false', 'aria-controls': settingsId }),
    onSave && button('save', t('save'), save),
    button('listen', t('listen'), readAloud, { 'aria-pressed': 'false' }),
    button('print', t('print'), () => globalThis.print()),
    onAlwaysOnSite && button('always', t('alwaysOnSite'), async () => { await onAlwaysOnSite(); say(t('alwaysOnSiteAsked')); }),
  ].filter(Boolean));

  const meta = [article.byline && el('span', { class: 'byline', text: article.byline }), dateLine, reading];
  reader.append(bar, settingsForm, status, el('main', { class: 'page' }, [
    el('article', { lang, dir: 'auto' }, [
      el('header', {}, [
        article.site_name && el('p', { class: 'site', text: article.site_name }),
        titleEl,
        el('p', { class: 'meta' }, meta),
        el('p', { class: 'source' }, [el('a', { href: url, lang: ui, text: t('original') })]),
      ]),
      content,
    ]),
  ]));
  root.append(reader);
  await apply();
  if (!show) return null;
  document.getElementById(HOST_ID)?.remove();

  // The host goes after <body>, which hidePage() then leaves out of rendering until the host is taken out.
  const previousFocus = document.activeElement;
  hidePage(host);
  document.documentElement.append(host);

  function onKey(event) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    close();
  }
  globalThis.addEventListener('keydown', onKey, true);

  let closed = false;
  function close({ quiet = false } = {}) {
    if (closed) return;
    closed = true;
    globalThis.removeEventListener('keydown', onKey, true);
    if (synth?.speaking) synth.cancel();
    host.remove();
    previousFocus?.focus?.({ preventScroll: true });
    if (!quiet) onClosed?.();
  }

  // The dialog itself takes focus: a screen reader announces its name (the headline), and Tab starts at the bar.
  reader.focus({ preventScroll: true });
  // A closed view is kept by content.js and shown again while the page has not changed since.
  function reopen() {
    closed = false;
    // Shown again as a fresh view would be: the settings panel folded.
    settingsForm.hidden = true;
    reader.querySelector('button.toggle-settings')?.setAttribute('aria-expanded', 'false');
    globalThis.addEventListener('keydown', onKey, true);
    hidePage(host);
    document.documentElement.append(host);
    reader.focus({ preventScroll: true });
  }
  return { close, reopen, via };
}
