//! Hostile markup inside real-looking articles: every snippet of `tests/hostile/payloads.txt` is put
//! into the body of a long Bengali and English story, and what comes out must be inert.
//!
//! `Article::html` is read back with html5ever's tokenizer, the same state machine a browser runs on
//! `innerHTML`, and every start tag and attribute is judged against an allowlist kept here, apart from
//! the one in `src/output.rs`, so a change to that policy shows up as a failing test rather than
//! silently. `Article::markdown` must hold no link to a script scheme and no raw HTML a Markdown
//! renderer would pass through. Run with `--nocapture` to see the counts.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
use pathok::{extract, Options};

/// The page every payload is put into; relative URLs in payloads resolve against it.
const PAGE_URL: &str = "https://news.example.com/bangla/2026/03/14/flood-shelter";

const TITLE: &str = "বন্যার পানি নামলেও আশ্রয়কেন্দ্রে ফেরেনি স্বস্তি";

/// The story. Long enough to be the obvious article of the page, in the mix of Bengali and English a
/// Dhaka newsroom publishes.
const PARAGRAPHS: &[&str] = &[
    "সিরাজগঞ্জ: যমুনার পানি বিপৎসীমার নিচে নামতে শুরু করলেও চৌহালী উপজেলার আশ্রয়কেন্দ্রগুলোতে এখনো প্রায় চার হাজার মানুষ রয়েছেন। ঘরবাড়ি থেকে পানি পুরোপুরি না সরায় তাঁরা ফিরতে পারছেন না, আর কেন্দ্রগুলোতে খাবার ও বিশুদ্ধ পানির সংকট দিন দিন বাড়ছে।",
    "উপজেলা প্রশাসন জানিয়েছে, গত এক সপ্তাহে ত্রাণ হিসেবে এগারো টন চাল, শুকনা খাবারের প্যাকেট ও পানি বিশুদ্ধকরণ বড়ি বিতরণ করা হয়েছে। তবে আশ্রয়কেন্দ্রে থাকা পরিবারগুলোর অভিযোগ, দুর্গম চরাঞ্চলের অনেক গ্রামে এখনো কোনো নৌকা পৌঁছায়নি।",
    "স্থানীয় স্বাস্থ্য কমপ্লেক্সের চিকিৎসক জানান, ডায়রিয়া ও চর্মরোগে আক্রান্ত রোগীর সংখ্যা গত তিন দিনে দ্বিগুণ হয়েছে। শিশু ও বয়স্কদের নিয়ে তাঁরা সবচেয়ে বেশি উদ্বিগ্ন, কারণ অনেকেই দূষিত পানি পান করতে বাধ্য হচ্ছেন।",
    "The district relief officer said boats carrying dry food and water purification tablets would reach the remaining char villages by Thursday. He added that the local administration had asked for two more medical teams, because the clinics on the embankment are already running beyond their capacity.",
    "পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী বলেন, উজানে বৃষ্টি কমায় আগামী পাঁচ দিনে যমুনার পানি আরও কমবে। তবে বাঁধের কয়েকটি দুর্বল অংশে ভাঙনের ঝুঁকি রয়ে গেছে, সেখানে জিও ব্যাগ ফেলার কাজ চলছে।",
    "Aid workers from two non-government organisations said the greatest need now is clean water and latrines at the shelters. Several families told reporters that they would rather return to their damaged homes than spend another week in a crowded school building without privacy.",
];

/// Tags an article may hold: the elements of text structure, lists, quotes, figures and tables.
const SAFE_TAGS: &[&str] = &[
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em",
    "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "time", "tr", "u", "ul",
];

/// Attributes an article may hold; `rel` is what the sanitiser itself adds to links.
const SAFE_ATTRIBUTES: &[&str] = &[
    "href", "src", "alt", "title", "colspan", "rowspan", "datetime", "start", "rel",
];

/// Attributes a browser reads as a URL to fetch or navigate to.
const URL_ATTRIBUTES: &[&str] = &[
    "href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "cite", "srcset",
    "ping", "lowsrc", "dynsrc", "codebase",
];

/// URL schemes an article link or image may use.
const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// One snippet of the payload file.
pub struct Payload {
    /// Its line in `tests/hostile/payloads.txt`, to find it again.
    pub line: usize,
    /// The markup, escapes resolved.
    pub html: String,
}

/// Every payload of `tests/hostile/payloads.txt`.
pub fn payloads() -> Vec<Payload> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/payloads.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| Payload { line: i + 1, html: unescape(l) })
        .collect()
}

/// Resolves the file's escapes: `\\`, `\t`, `\n`, `\r` and `\xHH`.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let byte = u8::from_str_radix(&hex, 16).unwrap_or_else(|_| panic!("bad \\x escape in {line}"));
                out.push(char::from(byte));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A whole news page with `payload` in the middle of the third paragraph and again as a block of its
/// own after the fourth. Around the story: navigation, a ticker, a share bar and a sidebar.
pub fn page(payload: &str) -> String {
    let mut body = String::new();
    for (i, p) in PARAGRAPHS.iter().enumerate() {
        if i == 2 {
            let cut = p.find('।').map_or(p.len() / 2, |at| at + '।'.len_utf8());
            let _ = writeln!(body, "<p>{}{payload}{}</p>", &p[..cut], &p[cut..]);
        } else {
            let _ = writeln!(body, "<p>{p}</p>");
        }
        if i == 3 {
            let _ = writeln!(body, "{payload}");
        }
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><title>{TITLE} | দৈনিক চরাঞ্চল</title>
<meta property="og:title" content="{TITLE}"><meta name="author" content="নিজস্ব প্রতিবেদক">
<script>window.dataLayer = [];</script></head>
<body><header><nav><a href="/">প্রচ্ছদ</a> <a href="/national">জাতীয়</a> <a href="/sports">খেলা</a></nav>
<div class="ticker"><a href="/n/1">রাজধানীতে শীতের দাপট</a> <a href="/n/2">বইমেলার প্রস্তুতি</a></div></header>
<main><article><h1>{TITLE}</h1><div class="byline">নিজস্ব প্রতিবেদক, সিরাজগঞ্জ</div>
{body}</article>
<div class="share">শেয়ার করুন <a href="/share/fb">ফেসবুক</a> <a href="/print">প্রিন্ট</a></div></main>
<aside><h3>সর্বশেষ</h3><ul><li><a href="/n/3">সবজির দাম কমেছে</a></li><li><a href="/n/4">টেস্ট দলে নতুন মুখ</a></li></ul></aside>
<footer>© দৈনিক চরাঞ্চল</footer></body></html>
"#
    )
}

/// Start tags and comments of `html`, as a browser's tokenizer reads them.
struct Tokens(RefCell<(Vec<Tag>, usize)>);

impl TokenSink for Tokens {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut seen = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => seen.0.push(tag),
            Token::CommentToken(_) => seen.1 += 1,
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Why `html` would not be inert in a browser; empty when it is.
pub fn html_leaks(html: &str) -> Vec<String> {
    let mut leaks = Vec::new();
    if html.to_ascii_lowercase().contains("<script") {
        leaks.push("a <script tag".to_owned());
    }
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let tokenizer = Tokenizer::new(Tokens(RefCell::new((Vec::new(), 0))), Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let (tags, comments) = tokenizer.sink.0.into_inner();
    if comments > 0 {
        leaks.push(format!("{comments} comment(s), which old engines read as conditional markup"));
    }
    for tag in tags {
        let name = &*tag.name;
        if !SAFE_TAGS.contains(&name) {
            leaks.push(format!("tag <{name}>"));
        }
        for attr in &tag.attrs {
            let attr_name = &*attr.name.local;
            let value = &*attr.value;
            if attr_name.starts_with("on") {
                leaks.push(format!("event handler {attr_name}={value:?} on <{name}>"));
            } else if !SAFE_ATTRIBUTES.contains(&attr_name) {
                leaks.push(format!("attribute {attr_name}={value:?} on <{name}>"));
            }
            if URL_ATTRIBUTES.contains(&attr_name) {
                if let Some(scheme) = unsafe_scheme(value) {
                    leaks.push(format!("{scheme}: URL in {attr_name}={value:?} on <{name}>"));
                }
            }
        }
    }
    leaks
}

/// The scheme of `url` as a browser's URL parser reads it (leading C0 controls and spaces dropped, tabs
/// and newlines removed anywhere), when it is not one of [`SAFE_SCHEMES`].
fn unsafe_scheme(url: &str) -> Option<String> {
    let url: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = url.find(':')?;
    let scheme = url[..colon].to_ascii_lowercase();
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (is_scheme && !SAFE_SCHEMES.contains(&scheme.as_str())).then_some(scheme)
}

/// Links in `markdown` to a scheme other than [`SAFE_SCHEMES`].
pub fn markdown_link_leaks(markdown: &str) -> Vec<String> {
    let mut leaks = Vec::new();
    for (at, _) in markdown.match_indices("](") {
        let target = &markdown[at + 2..];
        let target = &target[..target.find(')').unwrap_or(target.len())];
        if let Some(scheme) = unsafe_scheme(target) {
            leaks.push(format!("{scheme}: link target {target:?}"));
        }
    }
    leaks
}

/// Raw HTML in `markdown`: a tag start, an end tag, a comment or a declaration not escaped with a
/// backslash. CommonMark passes each through to the rendered page as it is.
pub fn markdown_html_leaks(markdown: &str) -> Vec<String> {
    let bytes = markdown.as_bytes();
    let mut leaks = Vec::new();
    for (at, _) in markdown.match_indices('<') {
        let escaped = at > 0 && bytes[at - 1] == b'\\';
        if !escaped && bytes.get(at + 1).is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?')) {
            let end = markdown[at..].char_indices().nth(40).map_or(markdown.len(), |(i, _)| at + i);
            leaks.push(format!("raw HTML {:?}", &markdown[at..end]));
        }
    }
    leaks
}

/// Runs `leaks` on the article of every payload page; returns how many were tried and the report
/// of those that leaked (or had no article).
fn run_corpus(leaks: impl Fn(&pathok::Article) -> Vec<String>) -> (usize, usize, String) {
    let payloads = payloads();
    let options = Options::with_url(PAGE_URL);
    let mut report = String::new();
    let mut failed = 0;
    for payload in &payloads {
        let found = match extract(&page(&payload.html), &options) {
            Ok(article) => leaks(&article),
            Err(e) => vec![format!("no article: {e}")],
        };
        if !found.is_empty() {
            failed += 1;
            let _ = writeln!(report, "line {}: {:?}\n  {}", payload.line, payload.html, found.join("\n  "));
        }
    }
    (payloads.len(), failed, report)
}

#[test]
fn no_payload_survives_sanitisation() {
    let (tried, failed, report) = run_corpus(|article| {
        let mut leaks: Vec<String> = html_leaks(&article.html).into_iter().map(|l| format!("html: {l}")).collect();
        leaks.extend(markdown_link_leaks(&article.markdown).into_iter().map(|l| format!("markdown: {l}")));
        let first_sentence = |p: &str| p.split(['।', '.']).next().unwrap_or(p).trim().to_owned();
        if !article.text.contains(&first_sentence(PARAGRAPHS[0])) {
            leaks.push("the story's first paragraph is missing".to_owned());
        }
        leaks
    });
    println!("hostile payloads, html and links: {tried} tried, {failed} failed");
    assert!(tried >= 200, "the corpus shrank to {tried} payloads");
    assert!(failed == 0, "\n{report}{failed} of {tried} payloads failed");
}

/// Text that reads as markup (an article about XSS, or a page's `<noscript>` fallback flattened to
/// text) must reach the Markdown escaped, or a renderer that allows raw HTML runs it.
#[test]
fn markdown_holds_no_raw_html() {
    let (tried, failed, report) = run_corpus(|article| markdown_html_leaks(&article.markdown));
    println!("hostile payloads, raw HTML in markdown: {tried} tried, {failed} failed");
    assert!(failed == 0, "\n{report}{failed} of {tried} payloads failed");
}

/// Attack values in the page's head: what the reader shows as title, byline, image and links.
#[test]
fn hostile_metadata_stays_text_or_is_dropped() {
    let head = r#"<meta property="og:image" content="javascript:window.__pwned=1">
<link rel="canonical" href="javascript:window.__pwned=1"><meta property="og:url" content="data:text/html,<script>alert(1)</script>">
<meta property="og:site_name" content="<img src=x onerror=window.__pwned=1>">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"<script>window.__pwned=1</script>","image":"vbscript:msgbox(1)","author":{"name":"<svg onload=alert(1)>"},"url":"javascript:alert(1)"}</script>"#;
    let html = page("").replacen("<script>window.dataLayer = [];</script>", head, 1);
    let article = extract(&html, &Options::with_url(PAGE_URL)).expect("the story is still an article");
    for (field, value) in [("lead_image", &article.lead_image), ("canonical", &article.canonical)] {
        if let Some(url) = value {
            assert!(unsafe_scheme(url).is_none(), "{field} is {url:?}");
        }
    }
    assert!(html_leaks(&article.html).is_empty(), "{:?}", html_leaks(&article.html));
    let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
    println!(
        "hostile metadata: title {}, site {}, byline {}, image {}, canonical {}",
        show(&article.title), show(&article.site_name), show(&article.byline), show(&article.lead_image), show(&article.canonical)
    );
}

/// The checks above find what they are meant to find; a checker that passes everything proves nothing.
#[test]
fn the_leak_checks_see_leaks() {
    for bad in [
        "<p>x<script>a()</script></p>",
        "<p onclick=\"a()\">x</p>",
        "<a href=\"jav&#x09;ascript:a()\">x</a>",
        "<a href=\" JAVASCRIPT:a()\">x</a>",
        "<img src=\"data:text/html,x\">",
        "<p style=\"color:red\">x</p>",
        "<iframe srcdoc=\"x\"></iframe>",
        "<svg><a xlink:href=\"#\">x</a></svg>",
        "<form action=\"https://e.example/\"></form>",
        "<base href=\"https://e.example/\">",
        "<template><p>x</p></template>",
        "<p>a<!--[if IE]><script>a()</script><![endif]--></p>",
        "<img src=x alt=\"\" onerror=a()>",
    ] {
        assert!(!html_leaks(bad).is_empty(), "html check passed {bad:?}");
    }
    for bad in ["[x](javascript:a())", "![x]( vbscript:a)", "[x](jav\tascript:a())"] {
        assert!(!markdown_link_leaks(bad).is_empty(), "markdown link check passed {bad:?}");
    }
    for bad in ["text <img src=x onerror=a()> text", "</p>", "<!-- x -->"] {
        assert!(!markdown_html_leaks(bad).is_empty(), "markdown HTML check passed {bad:?}");
    }
    assert!(html_leaks("<p>a &lt;script&gt; b <a href=\"https://e.example/\" rel=\"noopener noreferrer\">c</a></p>").is_empty());
    let fine = "a \\<b> 1 < 2 [c](https://e.example/) ![d](http://e.example/d.png)";
    assert!(markdown_link_leaks(fine).is_empty() && markdown_html_leaks(fine).is_empty());
}
