//! A page's DOM as the content script already has it, flattened, in place of its HTML text.
//!
//! Re-parsing `outerHTML` costs more than the rest of extraction together; the browser has built
//! the tree already, so the content script walks it once and hands over two things:
//! - `parents`: for node `k` (1-based; 0 is the document) the index of its parent, always `< k`
//!   (document order);
//! - `records`: one record per node, separated by U+0000. A text node's record is U+0001
//!   followed by its text; an element's record is its lower-case tag name followed by
//!   `U+0001 name U+0001 value` for each attribute kept. A record's text never holds U+0000 or
//!   U+0001 (the content script removes them).
//!
//! The writer of this format is `extension/snapshot.js`. This module builds the same arena
//! `Dom` the parser builds; it never judges content.

use html5ever::{ns, Attribute, LocalName, QualName};

use crate::dom::{Data, Dom};
use crate::Error;

/// Separates records.
const RECORD: char = '\u{0}';
/// Starts a text record; separates an element's fields.
const FIELD: char = '\u{1}';

/// A flattened DOM from the browser. See the module documentation for the format.
#[derive(Debug, Clone, Copy)]
pub struct Snapshot<'a> {
    /// `parents[k - 1]` is the parent of node `k`; 0 is the document.
    pub parents: &'a [u32],
    /// One record per node, U+0000-separated.
    pub records: &'a str,
}

/// Builds the arena DOM from a snapshot; a malformed snapshot is an error, never a panic.
pub(crate) fn build(snapshot: &Snapshot) -> Result<Dom, Error> {
    let mut dom = Dom::with_capacity(snapshot.parents.len() + 1, snapshot.records.len(), true);
    dom.push(Data::Document);
    let mut records = snapshot.records.split(RECORD);
    for (i, &parent) in snapshot.parents.iter().enumerate() {
        let record = records.next().ok_or_else(|| malformed("fewer records than parents"))?;
        let parent = usize::try_from(parent).map_err(|_| malformed("parent index out of range"))?;
        if parent > i {
            return Err(malformed("a parent comes after its child"));
        }
        let id = match record.strip_prefix(FIELD) {
            Some(text) => dom.push_text(text),
            None => dom.push(element(record)),
        };
        dom.append(parent, id);
    }
    dom.fit();
    Ok(dom)
}

/// An element record: its tag, then attribute names and values.
fn element(record: &str) -> Data {
    let mut fields = record.split(FIELD);
    let tag = fields.next().unwrap_or_default();
    let mut attrs = Vec::new();
    while let (Some(name), Some(value)) = (fields.next(), fields.next()) {
        attrs.push(Attribute {
            name: QualName::new(None, ns!(), LocalName::from(name)),
            value: value.into(),
        });
    }
    Data::Element {
        name: QualName::new(None, ns!(html), LocalName::from(tag)),
        attrs,
    }
}

fn malformed(reason: &str) -> Error {
    Error::BadSnapshot {
        reason: reason.to_owned(),
    }
}

/// Writes a DOM in the snapshot format: the reference the JS writer is tested against.
#[cfg(test)]
pub(crate) fn write(dom: &Dom) -> (Vec<u32>, String) {
    use crate::dom::DOCUMENT;
    let mut index = vec![0u32; dom.len()];
    let mut parents = Vec::new();
    let mut records: Vec<String> = Vec::new();
    for n in dom.descendants(DOCUMENT).skip(1) {
        let record = match &dom.nodes[n].data {
            Data::Text(t) => format!("{FIELD}{}", dom.str(t)),
            Data::Element { name, attrs } => {
                let mut r = name.local.to_string();
                for a in attrs {
                    r.push(FIELD);
                    r.push_str(&a.name.local);
                    r.push(FIELD);
                    r.push_str(&a.value);
                }
                r
            }
            _ => continue,
        };
        let parent = dom.nodes[n].parent().map_or(0, |p| index[p]);
        parents.push(parent);
        records.push(record);
        index[n] = u32::try_from(records.len()).unwrap_or(u32::MAX);
    }
    (parents, records.join(&RECORD.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, extract_snapshot, Options};

    const PAGE: &str = "<html><head><title>শিরোনাম</title></head><body><nav><a href='/'>প্রচ্ছদ</a></nav>\
        <div class='story'><h1>শিরোনাম</h1><p>ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে, ফলে নগরীর বিভিন্ন সড়কে জলাবদ্ধতা দেখা দিয়েছে। অফিসগামী মানুষ চরম দুর্ভোগে পড়েন।</p>\
        <p>আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন সারা দেশে বৃষ্টি অব্যাহত থাকতে পারে। নদীবন্দরগুলোকে সতর্ক সংকেত দেখাতে বলা হয়েছে।</p>\
        <p>আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন সারা দেশে বৃষ্টি অব্যাহত থাকতে পারে। নদীবন্দরগুলোকে সতর্ক সংকেত দেখাতে বলা হয়েছে।</p></div></body></html>";

    #[test]
    fn snapshot_gives_the_same_article_as_html() {
        let dom = crate::dom::parse_document(PAGE);
        let (parents, records) = write(&dom);
        let options = Options::with_url("https://example.com/a");
        let from_html = extract(PAGE, &options).map(|a| a.text);
        let from_snapshot = extract_snapshot(&Snapshot { parents: &parents, records: &records }, &options).map(|a| a.text);
        assert_eq!(from_html, from_snapshot);
    }

    #[test]
    fn malformed_snapshots_are_errors() {
        let bad = Snapshot { parents: &[0, 5], records: "p\u{0}\u{1}x" };
        assert_eq!(build(&bad).err().map(|e| e.kind()), Some("bad_snapshot"));
        let short = Snapshot { parents: &[0, 1, 1], records: "p" };
        assert!(build(&short).is_err());
    }
}
