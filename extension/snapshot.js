// Flattens the page's live DOM for the extractor, so the wasm need not re-parse outerHTML.
// The format is defined once, in src/snapshot.rs: parent indices plus U+0000-separated records.
// Used by content.js; talks to nothing else.

const RECORD = '\u0000';
const FIELD = '\u0001';
const UNSAFE = /[\u0000\u0001]/g;

// Subtrees whose text no reader sees; the element itself is kept so structure stays intact.
const NO_CHILDREN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'math']);

// Attributes the extractor reads (signals, links, images, metadata); the rest are not sent.
const KEPT = new Set([
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'role', 'lang', 'dir', 'href', 'src', 'srcset', 'alt',
  'title', 'datetime', 'colspan', 'rowspan', 'start', 'itemprop', 'itemtype', 'content', 'property',
  'name', 'rel', 'type', 'charset', 'http-equiv', 'data-src', 'data-lazy-src', 'data-original',
  'data-lazy', 'data-url', 'data-srcset', 'data-lazy-srcset',
]);

/**
 * @param {Document} doc
 * @returns {{ parents: Uint32Array, records: string }}
 */
export function snapshot(doc) {
  const parents = [];
  const records = [];
  const root = doc.documentElement;
  if (!root) return { parents: new Uint32Array(0), records: '' };
  // [node, parent index, inside <body>, an ancestor is already known hidden]
  const stack = [[root, 0, false, false]];
  while (stack.length) {
    const [node, parent, inBody, hiddenAbove] = stack.pop();
    const index = records.length + 1;
    if (node.nodeType === Node.TEXT_NODE) {
      parents.push(parent);
      records.push(FIELD + node.data.replace(UNSAFE, ''));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.localName;
    const body = inBody || tag === 'body';
    // Stylesheet-hidden copies (a mobile body under display:none, a print-only copy) are marked
    // here, where the browser knows the computed style; the HTML alone cannot tell.
    const hidden = !hiddenAbove && body && tag !== 'body' && typeof node.checkVisibility === 'function'
      && !node.checkVisibility({ visibilityProperty: true });
    parents.push(parent);
    records.push(elementRecord(node, tag, hidden));
    const children = NO_CHILDREN.has(tag) && !isJsonLd(node) ? [] : node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push([children[i], index, body, hiddenAbove || hidden]);
    }
  }
  return { parents: Uint32Array.from(parents), records: records.join(RECORD) };
}

function elementRecord(el, tag, hidden) {
  let record = tag;
  for (const attr of el.attributes) {
    if (KEPT.has(attr.name)) record += FIELD + attr.name + FIELD + attr.value.replace(UNSAFE, '');
  }
  if (hidden && !el.hasAttribute('hidden')) record += FIELD + 'hidden' + FIELD;
  return record;
}

function isJsonLd(el) {
  return el.localName === 'script' && (el.getAttribute('type') || '').includes('ld+json');
}
