//! Metadata through the public API: the saved Bengali pages of `../shared/corpus/bn` against their
//! gold title, byline and publication time; the seed article's dateline; the digit helpers.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

/// The corpus folder, when this checkout sits next to `shared/`.
fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bn");
    dir.join("gold").is_dir().then_some(dir)
}

#[test]
fn bn_pages_match_gold_metadata() {
    let Some(dir) = corpus() else {
        println!("skipped: ../shared/corpus/bn is not here");
        return;
    };
    let mut pages: Vec<PathBuf> = fs::read_dir(dir.join("pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    assert!(!pages.is_empty(), "no pages in {}", dir.display());
    let mut failures = Vec::new();
    for page in &pages {
        let id = page.file_stem().unwrap().to_string_lossy().into_owned();
        let gold: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(dir.join("gold").join(format!("{id}.json"))).unwrap()).unwrap();
        let html = fs::read_to_string(page).unwrap();
        let article = match pathok::extract(&html, &pathok::Options::default()) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{id}: {e}"));
                continue;
            }
        };
        // title, byline and published always; modified, site_name and lang where the gold states them.
        let fields = [
            ("title", &article.title, true),
            ("byline", &article.byline, true),
            ("published", &article.published, true),
            ("modified", &article.modified, false),
            ("site_name", &article.site_name, false),
            ("lang", &article.lang, false),
        ];
        for (field, got, always) in fields {
            let want = gold[field].as_str();
            if (always || want.is_some()) && got.as_deref() != want {
                failures.push(format!("{id}: {field}\n  expected: {want:?}\n  actual:   {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// A page laid out like the seed article (`../shared/corpus/seed-article.txt`): a masthead clock
/// with three calendars, the headline, "আপডেট সময় …", a desk byline with " :", the body.
const SEED_LIKE: &str = r#"<!doctype html><html lang="bn"><head><title>চীনা নাগরিকদের নিরাপত্তায় বিশেষ ইউনিট গঠন করবে পাকিস্তান</title></head><body>
<div class="header-clock">ঢাকা ০৪:২১ পূর্বাহ্ন, সোমবার, ১২ জানুয়ারী ২০২৬, ২৮ পৌষ ১৪৩২ বঙ্গাব্দ</div>
<main><article>
<h1>চীনা নাগরিকদের নিরাপত্তায় বিশেষ ইউনিট গঠন করবে পাকিস্তান</h1>
<div class="details-info">আপডেট সময় ০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬</div>
<p>আকাশ আন্তর্জাতিক ডেস্ক :</p>
<p>সন্ত্রাসবাদ নির্মূল এবং অভ্যন্তরীণ নিরাপত্তা জোরদারের অংশ হিসেবে চীনের নাগরিকদের নিরাপত্তার জন্য একটি বিশেষ ইউনিট গঠনের ঘোষণা দিয়েছে পাকিস্তান। দেশটির স্বরাষ্ট্রমন্ত্রী বৈঠকের পর এ কথা জানান।</p>
<p>বৈঠকে দুই দেশের পুলিশের প্রশিক্ষণ ও তথ্য বিনিময় বাড়ানোর বিষয়ে সিদ্ধান্ত হয়। প্রতি তিন মাস পর পর যৌথ কর্মী গোষ্ঠীর বৈঠক হবে এবং মন্ত্রী পর্যায়ের বৈঠক বছরে একবার হবে।</p>
<p>বিবৃতিতে আরও বলা হয়েছে, সেপ্টেম্বরে চীনে অনুষ্ঠিত হতে যাওয়া নিরাপত্তা সহযোগিতা ফোরামে যোগ দিতে পাকিস্তানের মন্ত্রীকে আমন্ত্রণ জানানো হয়েছে।</p>
</article></main></body></html>"#;

#[test]
fn seed_like_page_on_a_bd_site() {
    let article = pathok::extract(SEED_LIKE, &pathok::Options::with_url("https://akashtv.com.bd/news/1")).unwrap();
    assert_eq!(article.title.as_deref(), Some("চীনা নাগরিকদের নিরাপত্তায় বিশেষ ইউনিট গঠন করবে পাকিস্তান"));
    assert_eq!(article.byline.as_deref(), Some("আকাশ আন্তর্জাতিক ডেস্ক"));
    assert_eq!(article.published.as_deref(), Some("2026-01-07T17:30:13+06:00"));
    assert_eq!(article.published_bangla.as_deref(), Some("২৩ পৌষ ১৪৩২"));
    assert_eq!(article.lang.as_deref(), Some("bn"));
    for line in ["আপডেট সময়", "আকাশ আন্তর্জাতিক ডেস্ক", "বঙ্গাব্দ"] {
        assert!(!article.text.contains(line), "{line:?} leaked into the text");
    }
}

#[test]
fn seed_like_page_without_a_url_reads_dhaka_from_the_masthead() {
    let article = pathok::extract(SEED_LIKE, &pathok::Options::default()).unwrap();
    assert_eq!(article.published.as_deref(), Some("2026-01-07T17:30:13+06:00"));
}

#[test]
fn reading_minutes_use_the_bengali_rate() {
    let article = pathok::extract(SEED_LIKE, &pathok::Options::default()).unwrap();
    assert!(article.word_count > 0);
    assert_eq!(article.reading_minutes, u32::try_from(article.word_count.div_ceil(200)).unwrap());
}

proptest! {
    #[test]
    fn latin_digits_round_trip_through_bengali(s in "[0-9:., a-z]{0,40}") {
        prop_assert_eq!(pathok::text::to_latin_digits(&pathok::text::to_bengali_digits(&s)), s);
    }

    #[test]
    fn bengali_digits_round_trip_through_latin(s in "[০-৯:., ক-হ]{0,40}") {
        prop_assert_eq!(pathok::text::to_bengali_digits(&pathok::text::to_latin_digits(&s)), s);
    }

    #[test]
    fn numbers_read_back(n in any::<u64>()) {
        let shown = pathok::text::to_bengali_digits(&n.to_string());
        prop_assert!(shown.chars().all(|c| ('০'..='৯').contains(&c)));
        prop_assert_eq!(pathok::text::to_latin_digits(&shown).parse::<u64>().unwrap(), n);
    }
}
