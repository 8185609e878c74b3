// The library page: saved articles newest first, Bengali-aware search, a site filter, the same reader view
// offline, delete, export and import (JSON, merged by URL), and one article as HTML, Markdown or text through the
// downloads API.
// Reads and writes through storage.js; formats.js makes the files, search.js the search keys.

import * as storage from '../storage.js';
import { openReader, formatPublished } from '../reader/reader.js';
import { localize, t } from '../localize.js';
import initExtractor from '../pkg/pathok.js';
import { matches } from './search.js';
import { toHtml, toMarkdown, toText, fileName } from './formats.js';

const SEARCH_DELAY_MS = 150;
// Search keys come from the extractor's wasm; extension pages may compile it (CSP 'wasm-unsafe-eval').
const extractorReady = initExtractor();
const DOWNLOADS = {
  html: { mime: 'text/html', make: toHtml },
  md: { mime: 'text/markdown', make: toMarkdown },
  txt: { mime: 'text/plain', make: toText },
};

const $ = (id) => document.getElementById(id);
let records = [];

function say(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

const sayFailure = (reply) => say(reply.reason === 'quota' ? t('saveQuota') : t('storageFailed', [reply.message ?? reply.reason]), true);

// Blob URLs of our own page: no network, and the downloads API names the file.
async function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  try {
    return await chrome.downloads.download({ url, filename: name, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    // The download reads the blob asynchronously; revoking at once would cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

function item(record) {
  const a = record.article;
  const saved = new Date(record.savedAt).toISOString().slice(0, 10);
  const titleId = `title-${records.indexOf(record)}`;
  const li = document.createElement('li');
  li.className = 'card';
  li.dataset.url = record.url;
  const h2 = document.createElement('h2');
  h2.lang = a.lang || 'bn';
  const open = document.createElement('button');
  Object.assign(open, { type: 'button', className: 'linklike open', id: titleId, textContent: record.title });
  open.addEventListener('click', () => read(record, open));
  h2.append(open);
  const meta = document.createElement('p');
  meta.className = 'muted';
  meta.textContent = [a.site_name, formatPublished(a.published, 'native'), t('savedOn', [saved])].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.lang = a.lang || 'bn';
  excerpt.textContent = a.excerpt ?? '';
  const row = document.createElement('div');
  row.className = 'row';
  for (const [kind, label] of [['html', 'HTML'], ['md', 'Markdown'], ['txt', t('plainText')]]) {
    row.append(button(label, kind, titleId, async () => {
      const { mime, make } = DOWNLOADS[kind];
      await download(fileName(record, kind), mime, make(record));
      say(t('downloaded', [fileName(record, kind)]));
    }));
  }
  row.append(button(t('delete'), 'delete', titleId, async () => {
    const reply = await storage.deleteArticle(record.url);
    if (!reply.ok) { sayFailure(reply); return; }
    say(t('deleted', [record.title]));
    await refresh();
    $('search').focus();
  }));
  li.append(h2, meta, excerpt, row);
  return li;
}

// Visible label plus the article's title for screen readers ("Markdown, <title>").
function button(label, cls, describedBy, onclick) {
  const b = document.createElement('button');
  Object.assign(b, { type: 'button', className: cls, textContent: label });
  b.setAttribute('aria-describedby', describedBy);
  b.addEventListener('click', onclick);
  return b;
}

function render() {
  const query = $('search').value;
  const shown = records.filter((r) => matches(r, query));
  $('list').replaceChildren(...shown.map(item));
  $('empty').hidden = shown.length > 0;
  $('empty').textContent = records.length ? t('noMatches') : t('libraryEmpty');
}

// The site filter's choices; the chosen site stays chosen while it has articles.
function showSites(sites) {
  const select = $('site');
  const chosen = select.value;
  select.replaceChildren(select.options[0], ...sites.map(({ host, count }) => new Option(`${host} (${count})`, host)));
  select.value = sites.some(({ host }) => host === chosen) ? chosen : '';
}

async function refresh() {
  await extractorReady;
  showSites(await storage.listSites());
  records = await storage.listArticles($('site').value || undefined);
  render();
}

async function read(record, opener) {
  const settings = await storage.getSettings();
  await openReader({
    article: record.article,
    url: record.url,
    settings,
    via: 'library',
    onSettings: (patch) => storage.setSettings(patch),
    onClosed: () => opener.focus(),
  });
}

async function exportAll() {
  const data = await storage.exportLibrary();
  const name = `pathok-library-${data.exportedAt.slice(0, 10)}.json`;
  await download(name, 'application/json', JSON.stringify(data, null, 1));
  say(t('exported', [String(data.articles.length), name]));
}

async function importFile(file) {
  let data;
  try {
    data = JSON.parse(await file.text());
  } catch {
    say(t('importBad'), true);
    return;
  }
  const reply = await storage.importLibrary(data);
  if (!reply.ok) {
    if (reply.reason === 'format') say(t('importBad'), true);
    else sayFailure(reply);
    return;
  }
  say(t('imported', [String(reply.added), String(reply.updated), String(reply.kept)]));
  await refresh();
}

localize();
let searchTimer = 0;
$('search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(render, SEARCH_DELAY_MS); });
$('site').addEventListener('change', refresh);
$('export').addEventListener('click', exportAll);
$('import').addEventListener('click', () => $('import-file').click());
$('import-file').addEventListener('change', (e) => { const [file] = e.target.files; if (file) importFile(file); e.target.value = ''; });
await refresh();
document.body.dataset.ready = 'true';
