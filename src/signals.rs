//! Class and id signals. Receives one element; returns its class/id words (split at punctuation
//! and camelCase, lowercased: `desktopDetailBody innerAdDiv` → desktop, detail, body, inner, ad,
//! div) and whether they meet a word list. Matching whole words, not substrings, is what keeps
//! `tag` from matching `stage` and `ad` from matching `header`. It never decides anything itself.

use crate::dom::{Dom, NodeId};

/// A word list: whole words, and stems that match any word they begin.
pub(crate) struct Words {
    pub(crate) exact: &'static [&'static str],
    pub(crate) stems: &'static [&'static str],
}

impl Words {
    pub(crate) fn meets(&self, words: &[String]) -> bool {
        words.iter().any(|w| {
            self.exact.contains(&w.as_str()) || self.stems.iter().any(|s| w.starts_with(s))
        })
    }
}

/// The class and id words of an element (empty for other nodes).
pub(crate) fn words(dom: &Dom, n: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["class", "id"] {
        if let Some(v) = dom.attr(n, attr) {
            split_words(v, &mut out);
        }
    }
    out
}

fn split_words(value: &str, out: &mut Vec<String>) {
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            push(&mut cur, out);
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            push(&mut cur, out);
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    push(&mut cur, out);
}

fn push(cur: &mut String, out: &mut Vec<String>) {
    if !cur.is_empty() {
        out.push(std::mem::take(cur));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_camel_case_and_punctuation() {
        let mut out = Vec::new();
        split_words("desktopDetailBody innerAdDiv hidden-xs", &mut out);
        assert_eq!(out, ["desktop", "detail", "body", "inner", "ad", "div", "hidden", "xs"]);
    }

    #[test]
    fn whole_words_only() {
        let w = Words { exact: &["tag", "ad"], stems: &["comment"] };
        assert!(!w.meets(&["stage".into(), "header".into()]));
        assert!(w.meets(&["comments".into()]));
        assert!(w.meets(&["ad".into()]));
    }
}
