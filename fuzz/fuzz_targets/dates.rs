//! The date and digit readers. The date parsers are private to the library, so each input string is
//! put everywhere a news page states a date (published-time meta, JSON-LD, `<time>`, a "প্রকাশ:" line
//! under the byline, the body) and read through `extract`; the public digit converters are checked
//! directly. A date that comes out must be ISO 8601, which is ASCII.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathok::{extract, text, Options};

const PARAGRAPHS: [&str; 2] = [
    "রাজশাহী: পদ্মার চরে এবার রেকর্ড পরিমাণ মসুর ডাল উৎপাদন হয়েছে বলে জানিয়েছে কৃষি সম্প্রসারণ অধিদপ্তর। কৃষকেরা বলছেন, সময়মতো বৃষ্টি আর কম রোগবালাইয়ের কারণে ফলন ভালো হয়েছে।",
    "তবে বাজারে দাম কম থাকায় লাভ নিয়ে শঙ্কায় আছেন চাষিরা। তাঁরা সরকারিভাবে ডাল কেনার দাবি জানিয়েছেন, যাতে উৎপাদন খরচ অন্তত উঠে আসে।",
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fuzz_target!(|data: &[u8]| {
    let date = String::from_utf8_lossy(data);
    let latin = text::to_latin_digits(&date);
    assert_eq!(text::to_latin_digits(&text::to_bengali_digits(&date)), latin);
    assert_eq!(text::to_latin_digits(&latin), latin);
    let _ = text::normalize_key(&date);
    let _ = text::eval_tokens(&date);

    let (e, json) = (escape(&date), serde_json::to_string(&date).unwrap_or_default());
    let page = format!(
        r#"<html lang="bn"><head><title>চরে মসুরের বাম্পার ফলন</title>
<meta property="article:published_time" content="{e}"><meta property="article:modified_time" content="{e}">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"চরে মসুরের বাম্পার ফলন","datePublished":{json},"dateModified":{json}}}</script></head>
<body><article><h1>চরে মসুরের বাম্পার ফলন</h1><div class="byline">নিজস্ব প্রতিবেদক</div>
<div class="date">প্রকাশ: {e}</div><time datetime="{e}">{e}</time><p>{}</p><p>{} {e}</p></article></body></html>"#,
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let options = Options { max_millis: u64::MAX, ..Options::with_url("https://news.example.com/a/1") };
    if let Ok(article) = extract(&page, &options) {
        for stamp in [&article.published, &article.modified].into_iter().flatten() {
            assert!(stamp.is_ascii(), "date {stamp:?} from {date:?}");
        }
    }
});
