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

// Read through the prototypes, never through the page's element objects: a page can clobber
// `form.attributes` or `form.childNodes` with a child named so (<input name="attributes">).
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const NODE_TYPE = getter(Node.prototype, 'nodeType');
const CHILD_NODES = getter(Node.prototype, 'childNodes');
const LOCAL_NAME = getter(Element.prototype, 'localName');
const DATA = getter(CharacterData.prototype, 'data');
const { getAttribute, getAttributeNames, hasAttribute, checkVisibility } = Element.prototype;

/**
 * @param {Document} doc
 * @param {{ styles?: boolean }} options styles: false for a document the browser does not render (a DOMParser
 *   one, as content.js's warm-up uses), where every element would otherwise read as hidden.
 * @returns {{ parents: Uint32Array, records: string }}
 */
export function snapshot(doc, { styles = true } = {}) {
  const parents = [];
  const records = [];
  const root = getter(Document.prototype, 'documentElement').call(doc);
  if (!root) return { parents: new Uint32Array(0), records: '' };
  // [node, parent index, inside <body>, an ancestor is already known hidden]
  const stack = [[root, 0, false, false]];
  while (stack.length) {
    const [node, parent, inBody, hiddenAbove] = stack.pop();
    const index = records.length + 1;
    const type = NODE_TYPE.call(node);
    if (type === Node.TEXT_NODE) {
      parents.push(parent);
      records.push(FIELD + DATA.call(node).replace(UNSAFE, ''));
      continue;
    }
    if (type !== Node.ELEMENT_NODE) continue;
    const tag = LOCAL_NAME.call(node);
    const body = inBody || tag === 'body';
    // Stylesheet-hidden copies (a mobile body under display:none, a print-only copy) are marked
    // here, where the browser knows the computed style; the HTML alone cannot tell.
    const hidden = styles && !hiddenAbove && body && tag !== 'body' && typeof checkVisibility === 'function'
      && !checkVisibility.call(node, { visibilityProperty: true });
    parents.push(parent);
    records.push(elementRecord(node, tag, hidden));
    const children = NO_CHILDREN.has(tag) && !isJsonLd(node, tag) ? [] : CHILD_NODES.call(node);
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push([children[i], index, body, hiddenAbove || hidden]);
    }
  }
  return { parents: Uint32Array.from(parents), records: records.join(RECORD) };
}

function elementRecord(el, tag, hidden) {
  let record = tag;
  // Names, then values of the kept ones: reading `attributes` makes the browser create an Attr node per
  // attribute on a page's first snapshot, which was a third of its cost.
  for (const name of getAttributeNames.call(el)) {
    if (KEPT.has(name)) record += FIELD + name + FIELD + getAttribute.call(el, name).replace(UNSAFE, '');
  }
  if (hidden && !hasAttribute.call(el, 'hidden')) record += FIELD + 'hidden' + FIELD;
  return record;
}

function isJsonLd(el, tag) {
  return tag === 'script' && (getAttribute.call(el, 'type') || '').includes('ld+json');
}
