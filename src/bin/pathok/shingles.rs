//! The scores `pathok eval` prints, computed the way the Scrapinghub article-extraction-benchmark does:
//! tokens are `pathok::text::eval_tokens` (NFC, ZWJ/ZWNJ removed, runs of letters, marks, digits and
//! `_`), each text is a multiset of 4-token shingles, and a page counts true positives, false
//! positives and false negatives between the two multisets. Plus the two checks the benchmark lacks:
//! gold blocks repeated in the output, and strings that must not appear.

use std::collections::HashMap;

use pathok::text::{eval_tokens, normalize_key};
use unicode_normalization::UnicodeNormalization;

/// Shingle length of the benchmark.
const SHINGLE: usize = 4;

/// Shingle counts of one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Counts {
    /// Shingles in both, counted with multiplicity.
    pub(crate) tp: usize,
    /// Shingles only in the output.
    pub(crate) fp: usize,
    /// Shingles only in the gold.
    pub(crate) fn_: usize,
}

impl Counts {
    /// Precision, or none when the output was empty (such pages do not enter corpus precision).
    pub(crate) fn precision(self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall; an empty gold is recalled in full.
    pub(crate) fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_).unwrap_or(1.0)
    }

    /// The page's F1; 0 for an empty output.
    pub(crate) fn f1(self) -> f64 {
        f1(self.precision().unwrap_or(0.0), self.recall())
    }
}

/// 2PR/(P+R), 0 when both are 0.
pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[allow(clippy::cast_precision_loss)] // shingle counts of a page are far below 2^52
fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// Compares the output of one page with its gold.
pub(crate) fn compare(gold: &str, output: &str) -> Counts {
    let mut want = shingles(gold);
    let mut counts = Counts::default();
    for (shingle, n) in shingles(output) {
        let have = want.remove(&shingle).unwrap_or(0);
        counts.tp += n.min(have);
        counts.fp += n.saturating_sub(have);
        counts.fn_ += have.saturating_sub(n);
    }
    counts.fn_ += want.values().sum::<usize>();
    counts
}

/// The multiset of shingles; a text shorter than one shingle is one short shingle, as in the benchmark.
fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    // Full NFC here, where the benchmark's method asks for it; the library folds only Bengali.
    let nfc: String = text.nfc().collect();
    let tokens = eval_tokens(&nfc);
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    for window in tokens.windows(SHINGLE.min(tokens.len())) {
        *out.entry(window.to_vec()).or_insert(0) += 1;
    }
    out
}

/// How many distinct gold blocks the output shows more often than the gold does.
///
/// A block is counted in the output two ways, and the larger count is taken: as a whole output block
/// (output text split on blank lines) with the same `normalize_key`, and as a run of whole words
/// inside the output's key (which finds a copy glued to a neighbouring paragraph). The second way is
/// used only for blocks of at least one shingle, because a one-word block ("ঢাকা") occurs inside
/// ordinary sentences.
pub(crate) fn duplicated_blocks(gold_blocks: &[String], output: &str) -> usize {
    let out_blocks: Vec<String> = output.split("\n\n").map(normalize_key).collect();
    let out_key = normalize_key(output);
    let gold_keys: Vec<String> = gold_blocks
        .iter()
        .map(|b| normalize_key(b))
        .filter(|k| !k.is_empty())
        .collect();
    let gold_key = gold_keys.join(" ");
    let mut seen = std::collections::HashSet::new();
    let mut dups = 0;
    for key in &gold_keys {
        if !seen.insert(key) {
            continue;
        }
        let count = |blocks: &[String], whole: &str| {
            let as_block = blocks.iter().filter(|b| *b == key).count();
            let as_words = if key.split(' ').count() >= SHINGLE {
                word_occurrences(whole, key)
            } else {
                0
            };
            as_block.max(as_words)
        };
        let in_output = count(&out_blocks, &out_key);
        if in_output > 1 && in_output > count(&gold_keys, &gold_key) {
            dups += 1;
        }
    }
    dups
}

/// The `must_not_contain` strings that occur (as whole words, after `normalize_key`) in the output.
pub(crate) fn leaks<'a>(forbidden: &'a [String], output: &str) -> Vec<&'a str> {
    let out_key = normalize_key(output);
    forbidden
        .iter()
        .filter(|s| {
            let key = normalize_key(s);
            !key.is_empty() && word_occurrences(&out_key, &key) > 0
        })
        .map(String::as_str)
        .collect()
}

/// Gold blocks absent from the output, and output blocks absent from the gold (each looked for as
/// whole words of the other side's `normalize_key`), for reading one page's mistakes.
pub(crate) fn block_diff(gold_blocks: &[String], output: &str) -> (Vec<String>, Vec<String>) {
    let out_key = normalize_key(output);
    let gold_key = gold_blocks
        .iter()
        .map(|b| normalize_key(b))
        .collect::<Vec<_>>()
        .join(" ");
    let absent = |block: &str, whole: &str| {
        let key = normalize_key(block);
        !key.is_empty() && word_occurrences(whole, &key) == 0
    };
    let missing = gold_blocks
        .iter()
        .filter(|b| absent(b, &out_key))
        .cloned()
        .collect();
    let extra = output
        .split("\n\n")
        .filter(|b| absent(b, &gold_key))
        .map(str::to_owned)
        .collect();
    (missing, extra)
}

/// Non-overlapping occurrences of `needle` in `hay` that start and end at a word boundary; both are
/// `normalize_key` output, so words are separated by single spaces.
fn word_occurrences(hay: &str, needle: &str) -> usize {
    hay.match_indices(needle)
        .filter(|&(i, m)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + m.len()..].chars().next();
            before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let text = "ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে। নগরীর সড়কে জলাবদ্ধতা।";
        let c = compare(text, text);
        assert_eq!((c.fp, c.fn_), (0, 0));
        assert!((c.f1() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn empty_output_has_no_precision() {
        let c = compare("এক দুই তিন চার পাঁচ", "");
        assert_eq!(c.precision(), None);
        assert_eq!(c.recall(), 0.0);
        assert_eq!(c.f1(), 0.0);
    }

    #[test]
    fn repeated_body_halves_precision() {
        let gold = "a b c d e";
        let c = compare(gold, "a b c d e\n\na b c d e");
        // 2 gold shingles; output has them twice plus the 3 shingles across the seam.
        assert_eq!((c.tp, c.fp, c.fn_), (2, 5, 0));
    }

    #[test]
    fn duplicates_as_blocks_and_glued_copies() {
        let gold = vec!["এক দুই তিন চার।".to_owned(), "ঢাকা".to_owned()];
        assert_eq!(duplicated_blocks(&gold, "এক দুই তিন চার।\n\nঢাকা"), 0);
        assert_eq!(
            duplicated_blocks(&gold, "এক দুই তিন চার।\n\nএক দুই, তিন চার"),
            1
        );
        assert_eq!(
            duplicated_blocks(&gold, "এক দুই তিন চার। এক দুই তিন চার।\n\nঢাকা"),
            1
        );
        // A short block inside a sentence is not a copy.
        assert_eq!(duplicated_blocks(&gold, "এক দুই তিন চার।\n\nঢাকা\n\nঢাকা শহর"), 0);
        assert_eq!(duplicated_blocks(&gold, "ঢাকা\n\nঢাকা"), 1);
    }

    #[test]
    fn diff_names_missing_and_extra_blocks() {
        let gold = vec!["এক দুই তিন।".to_owned(), "চার পাঁচ।".to_owned()];
        let (missing, extra) = block_diff(&gold, "এক দুই তিন।\n\nশেয়ার করুন");
        assert_eq!(missing, vec!["চার পাঁচ।"]);
        assert_eq!(extra, vec!["শেয়ার করুন"]);
    }

    #[test]
    fn leaks_match_whole_words() {
        let forbidden = vec!["ফলো করুন".to_owned(), "Tag :".to_owned()];
        assert_eq!(leaks(&forbidden, "আমাদের ফলো করুন: ফেসবুক"), vec!["ফলো করুন"]);
        assert!(leaks(&forbidden, "tagged photos").is_empty());
    }
}
