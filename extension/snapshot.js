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
  'title', 'datetime', 'pubdate', 'colspan', 'rowspan', 'start', 'itemprop', 'itemtype', 'content', 'property',
  'name', 'rel', 'type', 'charset', 'http-equiv', 'data-src', 'data-lazy-src', 'data-original',
  'data-lazy', 'data-url', 'data-srcset', 'data-lazy-srcset', 'placeholder', 'fallback', 'overflow',
]);

// Read through the prototypes, never through the page's element objects: a page can clobber
// `form.attributes` or `form.firstChild` with a child named so (<input name="attributes">).
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const NODE_TYPE = getter(Node.prototype, 'nodeType');
const FIRST_CHILD = getter(Node.prototype, 'firstChild');
const NEXT_SIBLING = getter(Node.prototype, 'nextSibling');
const LOCAL_NAME = getter(Element.prototype, 'localName');
const DATA = getter(CharacterData.prototype, 'data');
const { getAttribute, getAttributeNames, hasAttribute, checkVisibility } = Element.prototype;
const VISIBILITY = { visibilityProperty: true };

/**
 * @param {Document} doc
 * @param {{ styles?: boolean }} options styles: false for a document the browser does not render (a DOMParser
 *   one, as content.js's warm-up uses), where every element would otherwise read as hidden.
 * @returns {{ parents: Uint32Array, records: string }}
 */
export function snapshot(doc, { styles = true } = {}) {
  const root = getter(Document.prototype, 'documentElement').call(doc);
  if (!root) return { parents: new Uint32Array(0), records: '' };
  const parents = [];
  const records = [];
  const checkStyles = styles && typeof checkVisibility === 'function';
  // The root's siblings (comments after </html>) are not part of the page.
  const nextOf = (node) => (node === root ? null : NEXT_SIBLING.call(node));
  // Sibling links and four parallel stacks, not a list of each element's children and a tuple per node: a
  // fifth less time on Mozilla's pages, output unchanged. Each stack entry is an element whose subtree is
  // being walked: the sibling to go on with after it, and the state below its parent.
  const after = [];
  const parentOf = [];
  const bodyAbove = [];
  const hiddenAbove = [];
  let node = root;
  let parent = 0;
  let inBody = false;
  let inHidden = false;
  for (;;) {
    if (node === null) {
      if (!after.length) break;
      node = after.pop();
      parent = parentOf.pop();
      inBody = bodyAbove.pop();
      inHidden = hiddenAbove.pop();
      continue;
    }
    const type = NODE_TYPE.call(node);
    if (type === Node.TEXT_NODE) {
      parents.push(parent);
      records.push(FIELD + DATA.call(node).replace(UNSAFE, ''));
    } else if (type === Node.ELEMENT_NODE) {
      const index = records.length + 1;
      const tag = LOCAL_NAME.call(node);
      const body = inBody || tag === 'body';
      // Stylesheet-hidden copies (a mobile body under display:none, a print-only copy) are marked
      // here, where the browser knows the computed style; the HTML alone cannot tell.
      const hidden = checkStyles && !inHidden && body && tag !== 'body' && !checkVisibility.call(node, VISIBILITY);
      parents.push(parent);
      records.push(elementRecord(node, tag, hidden));
      const first = NO_CHILDREN.has(tag) && !isJsonLd(node, tag) ? null : FIRST_CHILD.call(node);
      if (first !== null) {
        after.push(nextOf(node));
        parentOf.push(parent);
        bodyAbove.push(inBody);
        hiddenAbove.push(inHidden);
        node = first;
        parent = index;
        inBody = body;
        inHidden = inHidden || hidden;
        continue;
      }
    }
    node = nextOf(node);
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
