// Checks that need no browser: the two locales agree and cover every key the code asks for, the house rules
// on which file owns which browser API (STYLE.md 16-18), the Bengali-aware search keys, the Markdown export
// and the view's date line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './harness.mjs';
import initExtractor from '../../extension/pkg/pathok.js';
import { searchKey, matches } from '../../extension/library/search.js';
import { toMarkdown, toHtml, fileName } from '../../extension/library/formats.js';
import { MSG } from '../../extension/messages.js';
import { formatPublished } from '../../extension/reader/reader.js';

const EXTENSION = join(ROOT, 'extension');
const sources = (dir = EXTENSION) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (name === 'pkg') return [];
  if (statSync(path).isDirectory()) return sources(path);
  return /\.(js|html)$/.test(name) ? [path] : [];
});
const read = (path) => readFileSync(path, 'utf8');
const locale = (lang) => JSON.parse(read(join(EXTENSION, '_locales', lang, 'messages.json')));

test('bn and en locales have the same keys, and every key the code and manifest use exists', () => {
  const en = locale('en');
  const bn = locale('bn');
  assert.deepEqual(Object.keys(bn).sort(), Object.keys(en).sort());
  const used = new Set();
  for (const path of [...sources(), join(ROOT, 'manifest.json')]) {
    const text = read(path);
    for (const m of text.matchAll(/\bt\('([A-Za-z_]+)'|getMessage\('([A-Za-z_]+)'|data-i18n="([A-Za-z_]+)"|__MSG_([A-Za-z_]+)__/g)) {
      used.add(m[1] ?? m[2] ?? m[3] ?? m[4]);
    }
  }
  const missing = [...used].filter((key) => !(key in en));
  assert.deepEqual(missing, []);
  for (const [key, { message }] of Object.entries(bn)) {
    const placeholders = (s) => (s.match(/\$\d/g) ?? []).sort().join();
    assert.equal(placeholders(message), placeholders(en[key].message), `placeholders differ in ${key}`);
  }
});

test('each browser API has one owner file (STYLE.md 16-18)', () => {
  const owners = [
    [/runtime\.sendMessage/, 'messages.js'],
    [/\bindexedDB\b/, 'storage.js'],
    [/storage\.sync/, 'storage.js'],
    [/registerContentScripts|permissions\.(request|remove|contains)/, 'sites.js'],
    [new RegExp(Object.values(MSG).map((name) => `['"]${name}['"]`).join('|')), 'messages.js'],
  ];
  for (const [pattern, owner] of owners) {
    const code = (path) => read(path).replace(/^import[^;]+;/gm, '').replace(/getURL\([^)]*\)/g, '').replace(/(^|\s)\/\/ .*$/gm, '');
    const users = sources().filter((path) => path.endsWith('.js') && pattern.test(code(path)))
      .map((path) => relative(EXTENSION, path));
    assert.deepEqual(users, [owner], `${pattern} used outside ${owner}`);
  }
});

test('search keys fold Bengali spellings and digits as the extractor does', async () => {
  await initExtractor({ module_or_path: readFileSync(join(EXTENSION, 'pkg', 'pathok_bg.wasm')) });
  assert.equal(searchKey('সময়'), searchKey('সময\u09BC'));
  assert.equal(searchKey('উৎসব'), searchKey('উত্\u200Dসব'));
  assert.equal(searchKey('২০২৬ সালে,  ঢাকা।'), '2026 সালে ঢাকা');
  const record = { title: 'মেট্রোরেল চলবে রাত ১১টা পর্যন্ত', article: { text: 'যাত্রীদের চাহিদা বিবেচনায়' } };
  assert.ok(matches(record, '11টা'));
  assert.ok(matches(record, 'চাহিদা মেট্রোরেল'));
  assert.ok(!matches(record, 'বৃষ্টি'));
});

test('the publication date reads as Bengali papers write it, in the digits asked for, without Intl', () => {
  assert.equal(formatPublished('2024-03-05T10:30:00+06:00', 'native'), '৫ মার্চ ২০২৪, ১০:৩০');
  assert.equal(formatPublished('2026-08-10T00:00:00+06:00', 'bn'), '১০ আগস্ট ২০২৬');
  assert.equal(formatPublished('2025-12-31', 'latn'), '31 ডিসেম্বর 2025');
  assert.equal(formatPublished('2026-13-01', 'native'), null);
  assert.equal(formatPublished(undefined, 'native'), null);
});

test('Markdown export has front matter (title, byline, date, url) and the body; HTML export is self-contained', () => {
  const record = {
    url: 'https://example.com/news/2026/04/03/55120',
    title: 'শিরোনাম "উদ্ধৃতি"',
    savedAt: Date.UTC(2026, 3, 4),
    article: { title: 'শিরোনাম "উদ্ধৃতি"', byline: 'প্রতিবেদক', published: '2026-04-03T07:25:00+06:00', markdown: 'প্রথম অনুচ্ছেদ।\n\nদ্বিতীয়।', html: '<p>প্রথম অনুচ্ছেদ।</p>', text: 'প্রথম অনুচ্ছেদ।' },
  };
  assert.equal(toMarkdown(record), [
    '---',
    'title: "শিরোনাম \\"উদ্ধৃতি\\""',
    'byline: "প্রতিবেদক"',
    'date: "2026-04-03T07:25:00+06:00"',
    'url: "https://example.com/news/2026/04/03/55120"',
    'saved: "2026-04-04T00:00:00.000Z"',
    '---',
    '',
    '# শিরোনাম "উদ্ধৃতি"',
    '',
    'প্রথম অনুচ্ছেদ।',
    '',
    'দ্বিতীয়।',
    '',
  ].join('\n'));
  const html = toHtml(record);
  assert.match(html, /<style>/);
  assert.doesNotMatch(html, /<link|<script|src="http/);
  assert.equal(fileName(record, 'md'), 'pathok-55120.md');
  assert.equal(fileName({ url: 'not a url' }, 'txt'), 'pathok-article.txt');
});
