// The shipped wasm (dist/chrome/pkg, after wasm-bindgen and wasm-opt) loaded in Node the way the extension loads
// it, and asked for the bundled demo page: guards the JS boundary's reply shape and any breakage wasm-opt causes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = join(ROOT, 'dist/chrome/pkg');
const { initSync, extract } = await import(join(PKG, 'pathok.js'));
initSync({ module: readFileSync(join(PKG, 'pathok_bg.wasm')) });

test('the demo page comes back as one article', () => {
  const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  const reply = extract(html, 'http://127.0.0.1/demo/');
  assert.equal(reply.ok, true, JSON.stringify(reply.error));
  assert.equal(reply.article.title, 'সৌরবিদ্যুতে আলো জ্বলল চরের পাঠাগারে');
  assert.ok(reply.article.word_count > 200, `word_count ${reply.article.word_count}`);
  // demo/index.html has seven body paragraphs: each must stay a block of its own in text and in html.
  assert.equal(reply.article.text.split('\n\n').length, 7, reply.article.text);
  assert.equal(reply.article.html.match(/<p[\s>]/g)?.length, 7, reply.article.html);
  assert.doesNotMatch(reply.article.text, /সংবাদ শিরোনাম|এ বিভাগের আরও খবর/);
});

test('an empty page is a typed refusal, not an exception', () => {
  const reply = extract('<html><body></body></html>', '');
  assert.equal(reply.ok, false);
  assert.equal(reply.error.kind, 'not_article');
  assert.equal(typeof reply.error.message, 'string');
});

// Prepared mode warms the extractor and the view on this page (content.js): were it not read as an article, the
// view's code would stay cold without anything failing.
test('the prepared-mode warm-up page comes back as an article', async () => {
  const { warmupPage } = await import(join(ROOT, 'extension/warmup.js'));
  const reply = extract(warmupPage(), 'http://127.0.0.1/pathok-warm-up');
  assert.equal(reply.ok, true, JSON.stringify(reply.error));
  // Six paragraphs; the lead photo's caption is the header's on a Bengali page, the photo stays.
  assert.equal(reply.article.text.split('\n\n').length, 6, reply.article.text);
  assert.match(reply.article.html, /<img [^>]*src="http:\/\/127\.0\.0\.1\/i\/1\.jpg"/);
  assert.doesNotMatch(reply.article.text, /সংবাদ শিরোনাম|আরও পড়ুন|সর্বশেষ সংবাদ/);
});
