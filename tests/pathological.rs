//! Pages built to hurt: empty, huge, deep, wide, undecodable. Each case has one clear outcome, an
//! article or a typed error, and prints how long it took (`cargo test -- --nocapture pathological`).
//! Cases that take tens of seconds unoptimised run only in optimised builds (see the report for the
//! profile); they run one at a time and with a generous time budget, so that what they check, the outcome,
//! does not depend on how busy the machine is. The default budget's own behaviour is in the last cases.
//!
//! Regression tests for inputs found by `scripts/fuzz.sh` sit at the bottom, each named after what
//! its input is.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use pathok::{extract, Article, Error, Options};

const URL: &str = "https://news.example.com/bangla/country/2026/03/14/lentil-harvest";

const TITLE: &str = "চরে মসুরের বাম্পার ফলন, দাম নিয়ে শঙ্কায় চাষি";

const STORY: &[&str] = &[
    "রাজশাহী: পদ্মার চরে এবার রেকর্ড পরিমাণ মসুর ডাল উৎপাদন হয়েছে বলে জানিয়েছে কৃষি সম্প্রসারণ অধিদপ্তর। কৃষকেরা বলছেন, সময়মতো বৃষ্টি আর কম রোগবালাইয়ের কারণে এবার ফলন আগের যেকোনো বছরের চেয়ে ভালো হয়েছে।",
    "তবে স্থানীয় বাজারে দাম কম থাকায় লাভ নিয়ে শঙ্কায় আছেন চাষিরা। তাঁরা সরকারিভাবে সরাসরি ডাল কেনার দাবি জানিয়েছেন, যাতে অন্তত উৎপাদন খরচ উঠে আসে এবং আগামী মৌসুমেও তাঁরা মসুর চাষে আগ্রহী থাকেন।",
    "Officials of the agriculture extension department said the yield on the Padma chars was close to one and a half tonnes per hectare this season. They expect traders from Dhaka and Khulna to arrive within the next two weeks, once the harvest is fully dried and bagged.",
    "জেলা কৃষি কর্মকর্তা বলেন, চরের জমিতে সেচ ছাড়াই মসুর চাষ করা যায় বলে খরচ কম। আগামী বছর আরও বেশি জমিতে উন্নত জাতের বীজ বিতরণের পরিকল্পনা রয়েছে বলে তিনি জানান।",
];

/// The time budget of the heavy cases: far above their measured times (2 to 4 s in release on an idle
/// machine), so only a hang or a quadratic stage reaches it.
const HEAVY_MILLIS: u64 = 60_000;

fn heavy_options() -> Options {
    Options { max_millis: HEAVY_MILLIS, ..Options::with_url(URL) }
}

/// Heavy cases hold this while they run, so their times are their own.
fn one_at_a_time() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A news page: `before` after the masthead, the story with `inside` between its second and third
/// paragraph, and `after` below it.
fn news_page(before: &str, inside: &str, after: &str) -> String {
    let mut body = String::new();
    for (i, p) in STORY.iter().enumerate() {
        let _ = writeln!(body, "<p>{p}</p>");
        if i == 1 {
            body.push_str(inside);
        }
    }
    format!(
        "<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><title>{TITLE}</title></head>\
         <body><header><nav><a href=\"/\">প্রচ্ছদ</a> <a href=\"/country\">সারাদেশ</a></nav></header>{before}\
         <main><article><h1>{TITLE}</h1><div class=\"byline\">নিজস্ব প্রতিবেদক, রাজশাহী</div>\n{body}</article></main>\
         {after}<footer>© দৈনিক পদ্মাপাড়</footer></body></html>"
    )
}

/// Runs `extract` on `html`, prints the case's outcome and time, and returns the result.
fn timed(case: &str, html: &str, options: &Options) -> Result<Article, Error> {
    let start = Instant::now();
    let result = extract(html, options);
    show(case, html.len(), start.elapsed(), &result);
    result
}

fn show(case: &str, bytes: usize, took: Duration, result: &Result<Article, Error>) {
    let outcome = match result {
        Ok(a) => format!("article, {} words", a.word_count),
        Err(e) => format!("{} ({e})", e.kind()),
    };
    println!("pathological {case}: {bytes} bytes → {outcome} in {} ms", took.as_millis());
}

fn kind(result: &Result<Article, Error>) -> &'static str {
    result.as_ref().map_or_else(Error::kind, |_| "article")
}

/// Every paragraph of [`STORY`] is in the article's text.
fn has_story(article: &Article) {
    for p in STORY {
        assert!(article.text.contains(p), "paragraph missing: {p}\nin: {}", article.text);
    }
}

#[test]
fn empty_documents_are_not_articles() {
    for (case, html) in [("empty", ""), ("whitespace", " \n\t "), ("bare html", "<html></html>"), ("empty body", "<!DOCTYPE html><body></body>")] {
        assert_eq!(kind(&timed(case, html, &Options::default())), "not_article", "{case}");
    }
}

#[test]
fn text_only_document_is_an_article() {
    let text = format!("{TITLE}\n\n{}", STORY.join("\n\n"));
    let article = timed("text only", &text, &Options::default()).expect("plain text is readable");
    for p in STORY {
        assert!(article.text.contains(p), "paragraph missing: {p}");
    }
}

/// Card listings and a state blob, the bulk of a heavy real front page, around one story.
fn bulk(target: usize) -> String {
    let mut cards = String::with_capacity(target);
    let blob_len = target / 3;
    cards.push_str("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"items\":[");
    let mut i = 0;
    while cards.len() < blob_len {
        let _ = write!(cards, "{{\"id\":{i},\"title\":\"শিরোনাম {i}\",\"url\":\"/n/{i}\"}},");
        i += 1;
    }
    cards.push_str("{}]}</script><section class=\"more-news\">");
    while cards.len() < target {
        let _ = writeln!(
            cards,
            "<div class=\"card\"><a href=\"/n/{i}\"><img src=\"/t/{i}.jpg\" alt=\"\"><h3>জেলার খবর নম্বর {i}</h3></a><p class=\"teaser\">সংক্ষিপ্ত বিবরণ {i}</p></div>"
        );
        i += 1;
    }
    cards.push_str("</section>");
    cards
}

#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under cargo test --release")]
fn page_of_20_mb_is_read_and_40_mb_is_too_large() {
    let _serial = one_at_a_time();
    let html = news_page("", "", &bulk(20_000_000));
    let wide = Options { max_bytes: 64 << 20, ..heavy_options() };
    has_story(&timed("20 MB, max_bytes 64 MiB", &html, &wide).expect("article"));
    has_story(&timed("20 MB, default max_bytes", &html, &heavy_options()).expect("article"));
    let html = news_page("", "", &bulk(40_000_000));
    let result = timed("40 MB, default options", &html, &Options::with_url(URL));
    assert!(matches!(result, Err(Error::TooLarge { limit, .. }) if limit == 32 << 20), "{result:?}");
}

/// `open` nested `depth` times, the story at the bottom.
fn nested(open: &str, close: &str, depth: usize) -> String {
    news_page(&open.repeat(depth), "", &close.repeat(depth))
}

#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under cargo test --release")]
fn nesting_100_000_deep() {
    const DEPTH: usize = 100_000;
    let _serial = one_at_a_time();
    for (case, open, close) in [
        ("<b><i> x 100,000", "<b><i>", "</i></b>"),
        ("<table><tr><td> x 100,000", "<table><tr><td>", "</td></tr></table>"),
    ] {
        let result = timed(case, &nested(open, close, DEPTH), &heavy_options());
        has_story(&result.unwrap_or_else(|e| panic!("{case}: {e}")));
    }
}

/// Block elements nested 100,000 deep: each start tag makes html5ever's tree builder check the whole stack
/// of open elements ("close a p element in button scope"), so parsing is quadratic in depth (5,000: 0.5 s,
/// 10,000: 1.9 s, 20,000: 7.8 s, 100,000: 132 s in release) and the time budget is only asked after it.
/// The outcome may be the article or `Timeout`, but within the budget.
#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under the stress profile")]
fn block_nesting_100_000_deep_stays_within_the_time_budget() {
    const DEPTH: usize = 100_000;
    let _serial = one_at_a_time();
    let options = Options::with_url(URL);
    let limit = Duration::from_millis(options.max_millis * 2);
    for (case, open, close) in [("<div> x 100,000", "<div>", "</div>"), ("<blockquote> x 100,000", "<blockquote>", "</blockquote>")] {
        let start = Instant::now();
        let result = timed(case, &nested(open, close, DEPTH), &options);
        assert!(matches!(kind(&result), "article" | "timeout"), "{case}: {result:?}");
        assert!(start.elapsed() < limit, "{case}: {} ms, the budget is {} ms", start.elapsed().as_millis(), options.max_millis);
    }
}

/// A dozen headlines, each at the bottom of 10,000 nested elements: looking for the page's own story
/// among several climbs from each headline once, not from each headline to every other.
#[test]
fn headlines_deep_in_nesting_are_read_in_time() {
    let _serial = one_at_a_time();
    let deep = |i: usize| format!("{}<h1>{TITLE} {i}</h1><p>{}</p>{}", "<span>".repeat(10_000), STORY[0], "</span>".repeat(10_000));
    let html = news_page("", "", &(0..12).map(deep).collect::<String>());
    let options = Options::with_url(URL);
    let start = Instant::now();
    let result = timed("12 headlines 10,000 deep", &html, &options);
    assert!(matches!(kind(&result), "article"), "{result:?}");
    assert!(start.elapsed() < Duration::from_millis(options.max_millis), "{} ms", start.elapsed().as_millis());
}

#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under cargo test --release")]
fn one_million_siblings() {
    let _serial = one_at_a_time();
    let spans = format!("<div class=\"pixels\">{}</div>", "<span></span>".repeat(1_000_000));
    has_story(&timed("1,000,000 empty <span> siblings", &news_page("", "", &spans), &heavy_options()).expect("article"));
    // A million paragraphs with text are two million nodes and more: over the node budget.
    let paras = "<p>ক</p>".repeat(1_000_000);
    let result = timed("1,000,000 <p> siblings with text", &news_page("", "", &paras), &heavy_options());
    assert_eq!(kind(&result), "too_many_nodes");
}

/// Formatting elements left open inside a closed block are re-opened by every later run of text
/// (the HTML parsing algorithm's "reconstruct the active formatting elements"), so a quarter of a
/// megabyte of `<b id=…>` and `<div>x</div>` asks for 100 million nodes. The parse stops within a
/// chunk of passing the node budget, and the page is refused as too complex instead of exhausting
/// memory.
#[test]
#[cfg_attr(debug_assertions, ignore = "seconds unoptimised; runs under cargo test --release")]
fn reopened_formatting_elements_stop_at_the_node_budget() {
    let _serial = one_at_a_time();
    let opened: String = (0..10_000).map(|i| format!("<b id=b{i}>")).collect();
    let html = format!("<html><body><div>{opened}</div>{}</body></html>", "<div>x</div>".repeat(10_000));
    let result = timed("10,000 open <b> re-opened by 10,000 blocks", &html, &heavy_options());
    assert_eq!(kind(&result), "too_many_nodes");
}

#[test]
fn page_of_only_links_is_not_an_article() {
    let mut links = String::new();
    for i in 0..400 {
        let _ = write!(links, "<li><a href=\"/n/{i}\">জেলার খবর: চরে মসুরের ফলন নিয়ে প্রতিবেদন নম্বর {i}</a></li>");
    }
    let html = format!(
        "<!DOCTYPE html><html lang=\"bn\"><head><title>প্রচ্ছদ | দৈনিক পদ্মাপাড়</title></head><body>\
         <nav><a href=\"/\">প্রচ্ছদ</a></nav><main><ul>{links}</ul></main></body></html>"
    );
    assert_eq!(kind(&timed("only links (home page)", &html, &Options::with_url("https://news.example.com/"))), "not_article");
}

#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under cargo test --release")]
fn huge_attribute_values() {
    let _serial = one_at_a_time();
    let huge = "a".repeat(10_000_000);
    for (case, html) in [
        ("10 MB class on the story", news_page("", "", "").replacen("<article>", &format!("<article class=\"{huge}\">"), 1)),
        ("10 MB style on a paragraph", news_page("", &format!("<p style=\"color:red;{huge}\">মাঝের অনুচ্ছেদ।</p>"), "")),
        ("10 MB href in the story", news_page("", &format!("<p>সূত্র: <a href=\"https://news.example.com/{huge}\">প্রতিবেদন</a></p>"), "")),
        ("10 MB alt on an image", news_page("", &format!("<figure><img src=\"/a.jpg\" alt=\"{huge}\"></figure>"), "")),
    ] {
        has_story(&timed(case, &html, &heavy_options()).unwrap_or_else(|e| panic!("{case}: {e}")));
    }
}

#[test]
#[cfg_attr(debug_assertions, ignore = "seconds unoptimised; runs under cargo test --release")]
fn ten_thousand_images() {
    let _serial = one_at_a_time();
    let mut images = String::new();
    for i in 0..10_000 {
        let _ = write!(images, "<figure><img src=\"/photos/{i}.jpg\" alt=\"ছবি {i}\"></figure>");
    }
    let article = timed("10,000 images in the story", &news_page("", &images, ""), &heavy_options()).expect("article");
    has_story(&article);
    println!("pathological 10,000 images: {} <img> kept", article.html.matches("<img").count());
}

/// Runs the `pathok` binary on `bytes` from standard input: exit code, stdout, time.
fn cli(bytes: &[u8]) -> (i32, String, Duration) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathok"))
        .args(["extract", "--format", "json", "--url", URL, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the pathok binary runs");
    child.stdin.take().expect("stdin").write_all(bytes).expect("write page");
    let out = child.wait_with_output().expect("pathok exits");
    (out.status.code().expect("exited normally"), String::from_utf8_lossy(&out.stdout).into_owned(), start.elapsed())
}

fn cli_case(case: &str, bytes: &[u8]) -> (i32, serde_json::Value) {
    let (code, stdout, took) = cli(bytes);
    println!("pathological {case} (CLI): {} bytes → exit {code} in {} ms", bytes.len(), took.as_millis());
    (code, serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null))
}

#[test]
fn windows_1252_page_through_the_cli() {
    let para = "The caf\u{e9} by the river reopened on Monday after the flood, and its owners are not so na\u{ef}ve as to expect crowds before the roads are repaired. They serve fish from the morning market and tea brewed the old way.";
    let html = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>A caf\u{e9} reopens</title></head>\
         <body><article><h1>A caf\u{e9} reopens</h1><p>{para}</p><p>{para} Prices have not changed \u{2014} a cup is still ten taka.</p></article></body></html>"
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&html);
    assert!(!unmappable);
    let (code, json) = cli_case("windows-1252", &bytes);
    assert_eq!(code, 0);
    assert!(json["text"].as_str().is_some_and(|t| t.contains("caf\u{e9}") && t.contains("na\u{ef}ve") && t.contains('\u{2014}')), "{json}");
}

#[test]
fn utf16_bengali_page_through_the_cli() {
    let html = news_page("", "", "");
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(html.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(html.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for (case, bytes) in [("UTF-16LE with BOM", le), ("UTF-16BE with BOM", be)] {
        let (code, json) = cli_case(case, &bytes);
        assert_eq!(code, 0, "{case}");
        assert_eq!(json["title"].as_str(), Some(TITLE), "{case}");
        assert!(STORY.iter().all(|p| json["text"].as_str().is_some_and(|t| t.contains(p))), "{case}: {json}");
    }
}

#[test]
fn invalid_utf8_through_the_cli() {
    // Stray continuation bytes, a truncated sequence and an overlong form inside the story's text.
    const MARK: &[u8] = b"{bytes}";
    let mut bytes = news_page("", "<p>ভাঙা বাইট: {bytes} শেষ।</p>", "").into_bytes();
    let at = bytes.windows(MARK.len()).position(|w| w == MARK).expect("marker");
    bytes.splice(at..at + MARK.len(), [0x80, 0xBF, 0xE0, 0xA6, 0xC0, 0xAF, 0xFF]);
    let (code, json) = cli_case("invalid UTF-8 in the story", &bytes);
    assert_eq!(code, 0);
    assert!(STORY.iter().all(|p| json["text"].as_str().is_some_and(|t| t.contains(p))), "{json}");

    // Binary noise is not a page: no article, not a crash.
    let mut state = 0x2545_F491_u32;
    let noise: Vec<u8> = (0..1_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect();
    let (code, _) = cli_case("1 MB of binary noise", &noise);
    assert_eq!(code, 1);
}

/// A budget far below the work ends in `Timeout`, never in a partial article. How long the answer takes
/// shows how far apart the budget's checks are (printed; the first check comes after parsing).
#[test]
#[cfg_attr(debug_assertions, ignore = "tens of seconds unoptimised; runs under cargo test --release")]
fn time_budget_ends_a_20_mb_page_with_timeout() {
    let _serial = one_at_a_time();
    let html = news_page("", "", &bulk(20_000_000));
    let tight = Options { max_millis: 1, ..Options::with_url(URL) };
    assert_eq!(kind(&timed("20 MB, max_millis 1", &html, &tight)), "timeout");
}
