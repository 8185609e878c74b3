//! The `pathok` binary as a user runs it: exit codes, formats, jsonl batches, encodings, standard
//! input, a closed pipe, and `eval`. Pages are written to a fresh temporary folder per test.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const TITLE: &str = "পদ্মায় ফেরি চলাচল স্বাভাবিক, ঘাটে যানজট কমেছে";

const PARAGRAPHS: &[&str] = &[
    "মুন্সীগঞ্জ: ঘন কুয়াশা কেটে যাওয়ায় শিমুলিয়া ঘাট থেকে আজ সকাল আটটা থেকে আবার ফেরি চলাচল শুরু হয়েছে। রাতভর আটকে থাকা শতাধিক ট্রাক ও যাত্রীবাহী বাস একে একে পার হচ্ছে।",
    "ঘাটের ব্যবস্থাপক জানান, বর্তমানে নয়টি ফেরি চলছে এবং দুপুরের মধ্যে অপেক্ষমাণ সব গাড়ি পার করা সম্ভব হবে বলে তাঁরা আশা করছেন। যাত্রীদের ধৈর্য ধরার অনুরোধ করা হয়েছে।",
    "ঢাকা থেকে খুলনাগামী এক বাসের চালক বলেন, গতকাল সন্ধ্যা থেকে তিনি ঘাটে অপেক্ষা করছিলেন। খাবার ও পানির সংকটে নারী ও শিশুদের সবচেয়ে বেশি কষ্ট হয়েছে বলে জানান তিনি।",
    "আবহাওয়া অধিদপ্তর বলছে, আগামী তিন দিন ভোরে নদী অববাহিকায় মাঝারি থেকে ঘন কুয়াশা পড়তে পারে। এ সময় নৌযান চলাচলে বাড়তি সতর্কতা অবলম্বনের পরামর্শ দেওয়া হয়েছে।",
    "স্থানীয় প্রশাসন ঘাট এলাকায় অস্থায়ী বিশ্রামাগার ও খাবার পানির ব্যবস্থা করেছে। জেলা প্রশাসক নিজে ঘাট পরিদর্শন করে যাত্রীদের খোঁজখবর নেন।",
];

/// A whole news page: head scripts, navigation, ticker, the article, a share bar and a sidebar.
fn article_page() -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><title>{TITLE} | দৈনিক নদীপথ</title>
<script>window.ads = [];</script><link rel="stylesheet" href="/css/site.css"></head>
<body><header><nav><ul><li><a href="/">প্রচ্ছদ</a></li><li><a href="/national">জাতীয়</a></li><li><a href="/sports">খেলা</a></li></ul></nav>
<div class="breaking-news"><span>ব্রেকিং নিউজ</span><marquee><a href="/n/1">রাজধানীতে শীতের দাপট বাড়ছে</a> <a href="/n/2">বইমেলার প্রস্তুতি শুরু</a></marquee></div></header>
<main><article><h1>{TITLE}</h1><div class="author">নিজস্ব প্রতিবেদক</div>
{body}</article>
<div class="share">শেয়ার করুন <a href="/share/fb">ফেসবুক</a> <a href="/print">প্রিন্ট</a></div></main>
<aside><h3>সর্বশেষ সংবাদ</h3><ul><li><a href="/n/3">বাজারে সবজির দাম কমেছে</a></li><li><a href="/n/4">টেস্ট দলে নতুন মুখ</a></li><li><a href="/n/5">মেট্রোরেলের সময়সূচি বদল</a></li></ul></aside>
<footer>© দৈনিক নদীপথ</footer></body></html>
"#
    )
}

/// A section front: nothing but teasers and links.
fn links_page() -> String {
    let items: String = (1..=30)
        .map(|i| format!("<li><a href=\"/news/{i}\">জাতীয় সংবাদের শিরোনাম নম্বর {i}</a></li>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\"><title>জাতীয় | দৈনিক নদীপথ</title></head>\
         <body><nav><a href=\"/\">প্রচ্ছদ</a></nav><h1>জাতীয়</h1><ul>{items}</ul></body></html>"
    )
}

/// An English article in windows-1252 bytes, declared by a meta tag; "café" and "naïve" are one byte each.
fn windows_1252_page() -> Vec<u8> {
    let para = "The new caf\u{e9} on the river bank opened on Monday, and the owners say they are not so na\u{ef}ve as to expect crowds in winter. They plan to serve fish from the morning market, bread baked on site and tea brewed the old way, and to stay open late during the festival season.";
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\
         <title>A caf\u{e9} opens by the river</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>A caf\u{e9} opens by the river</h1>{}</article></body></html>",
        (0..5).map(|i| format!("<p>{para} Paragraph {i} adds more detail about the menu and prices.</p>")).collect::<String>()
    );
    html.chars().map(|c| u8::try_from(u32::from(c)).expect("Latin-1 text")).collect()
}

/// A fresh empty folder for one test, removed when the test passes (kept for a look when it fails).
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("pathok-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn pathok(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathok")).args(args).stdin(Stdio::null()).output().unwrap()
}

fn pathok_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathok"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn help_and_version_exit_0() {
    let out = pathok(&["--help"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("pathok extract --format jsonl PATH..."));
    assert!(stdout(&pathok(&["--version"])).starts_with("pathok "));
}

#[test]
fn bad_usage_exits_2() {
    let dir = scratch("usage");
    let page = write(&dir, "a.html", article_page());
    for args in [
        &[][..],
        &["extract"],
        &["frobnicate"],
        &["extract", "--format", "pdf", s(&page)],
        &["extract", "--nope", s(&page)],
        &["extract", s(&page), s(&page)],
        &["eval"],
    ] {
        let out = pathok(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("pathok: "), "{args:?}");
    }
}

#[test]
fn missing_file_and_bad_url_exit_2() {
    let dir = scratch("missing");
    assert_eq!(code(&pathok(&["extract", s(&dir.join("nope.html"))])), 2);
    let page = write(&dir, "a.html", article_page());
    assert_eq!(code(&pathok(&["extract", "--url", "not a url", s(&page)])), 2);
}

#[test]
fn article_in_every_format() {
    let dir = scratch("formats");
    let page = write(&dir, "a.html", article_page());

    let out = pathok(&["extract", "--url", "https://nodipoth.test/national/ferry", s(&page)]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let article = json(&out);
    assert_eq!(article["title"], TITLE);
    assert_eq!(article["text"], PARAGRAPHS.join("\n\n"));

    let text = pathok(&["extract", "--format", "text", s(&page)]);
    assert_eq!(code(&text), 0);
    assert_eq!(stdout(&text), format!("{}\n", PARAGRAPHS.join("\n\n")));

    let html = stdout(&pathok(&["extract", "--format", "html", s(&page)]));
    assert!(html.contains("<p>") && html.contains(PARAGRAPHS[2]), "{html}");
    assert!(!html.contains("<script"));

    let markdown = stdout(&pathok(&["extract", "--format=markdown", s(&page)]));
    assert!(markdown.contains(PARAGRAPHS[4]), "{markdown}");
}

#[test]
fn not_an_article_exits_1() {
    let dir = scratch("links");
    let page = write(&dir, "section.html", links_page());
    let out = pathok(&["extract", s(&page)]);
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn jsonl_goes_on_after_a_failing_page() {
    let dir = scratch("jsonl");
    write(&dir, "a-article.html", article_page());
    write(&dir, "b/section.htm", links_page());
    write(&dir, "notes.txt", "not a page");
    let out = pathok(&["extract", "--format", "jsonl", s(&dir)]);
    assert_eq!(code(&out), 1, "one page had no article");
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{}", stdout(&out));
    assert!(lines[0]["path"].as_str().unwrap().ends_with("a-article.html"));
    assert_eq!(lines[0]["title"], TITLE);
    assert!(lines[0].get("error").is_none());
    assert!(lines[1]["path"].as_str().unwrap().ends_with("section.htm"));
    assert_eq!(lines[1]["error"]["kind"], "not_article");
    assert!(lines[1]["error"]["message"].as_str().unwrap().contains("no article"));

    let missing = pathok(&["extract", "--format", "jsonl", s(&dir.join("a-article.html")), s(&dir.join("gone.html"))]);
    assert_eq!(code(&missing), 2, "an unreadable file is an error");
    let last: serde_json::Value = serde_json::from_str(stdout(&missing).lines().last().unwrap()).unwrap();
    assert_eq!(last["error"]["kind"], "io");
}

#[test]
fn windows_1252_by_meta_charset() {
    let dir = scratch("cp1252");
    let page = write(&dir, "a.html", windows_1252_page());
    let out = pathok(&["extract", "--format", "text", s(&page)]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    assert!(text.contains("caf\u{e9}") && text.contains("na\u{ef}ve"), "{text}");
}

#[test]
fn utf16le_with_bom() {
    let dir = scratch("utf16");
    let mut bytes = vec![0xFF, 0xFE];
    // The meta tag lies (as saved pages often do); the byte order mark wins.
    let html = article_page().replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
    bytes.extend(html.encode_utf16().flat_map(u16::to_le_bytes));
    let page = write(&dir, "a.html", bytes);
    let out = pathok(&["extract", s(&page)]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json(&out)["title"], TITLE);
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let dir = scratch("invalid");
    let html = article_page().replacen("</footer>", "\u{1}</footer>", 1).into_bytes();
    let mut bytes = html.clone();
    let at = bytes.iter().position(|&b| b == 1).unwrap();
    bytes[at] = 0xFF;
    let page = write(&dir, "a.html", bytes);
    let out = pathok(&["extract", "--format", "text", s(&page)]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains(PARAGRAPHS[0]));
}

#[test]
fn stdin_dash() {
    let out = pathok_stdin(&["extract", "--format", "text", "-"], article_page().as_bytes());
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).starts_with(PARAGRAPHS[0]));
    let out = pathok_stdin(&["extract", "-"], links_page().as_bytes());
    assert_eq!(code(&out), 1);
}

#[test]
fn closed_pipe_exits_0() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathok"))
        .args(["extract", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close our end of stdout before the page arrives, so the first write hits a closed pipe.
    drop(child.stdout.take());
    child.stdin.take().unwrap().write_all(article_page().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("pathok:"), "a closed pipe is not an error: {stderr}");
}

#[test]
fn eval_scores_gold_and_mozilla_layouts() {
    let dir = scratch("eval");
    write(&dir, "pages/ferry.html", article_page());
    write(&dir, "pages/orphan.html", article_page());
    write(&dir, "gold/ferry.txt", PARAGRAPHS.join("\n"));
    write(&dir, "gold/ferry.json", r#"{"must_not_contain": ["শেয়ার করুন", "সর্বশেষ সংবাদ"]}"#);
    let out = pathok(&["eval", "--pages", s(&dir.join("pages")), "--gold", s(&dir.join("gold")), "--json"]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let report = json(&out);
    assert_eq!(report["totals"]["pages"], 1, "a page without gold is skipped");
    assert_eq!(report["pages"][0]["id"], "ferry");
    assert_eq!(report["totals"]["f1"], 1.0);
    assert_eq!(report["totals"]["duplicated_blocks"], 0);
    assert_eq!(report["totals"]["leaked"], 0);

    let expected: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    write(&dir, "mozilla/ferry/source.html", article_page());
    write(&dir, "mozilla/ferry/expected.html", format!("<div id=\"readability-page-1\" class=\"page\">{expected}</div>"));
    write(&dir, "mozilla/section/source.html", links_page());
    write(&dir, "mozilla/section/expected.html", "<div><p>জাতীয় সংবাদের শিরোনাম নম্বর এক দুই তিন</p></div>");
    let table = pathok(&["eval", "--pages", s(&dir.join("mozilla"))]);
    assert_eq!(code(&table), 0, "{}", String::from_utf8_lossy(&table.stderr));
    let table = stdout(&table);
    assert!(table.lines().any(|l| l.starts_with("ferry") && l.contains("1.000  1.000  1.000")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("section") && l.contains("not_article")), "{table}");
    assert!(table.lines().last().unwrap().starts_with("pages 2 (no article: 1)"), "{table}");

    // A line hidden only by its class is left out as written, and read once the classes are gone.
    let hidden = "<p class=\"hidden\">এই লাইনটি কেবল ক্লাসের জোরে লুকানো থাকে, পাঠক তা কখনো দেখেন না।</p>\n";
    write(&dir, "hidden/ferry/source.html", article_page().replace("</article>", &format!("{hidden}</article>")));
    write(&dir, "hidden/ferry/expected.html", format!("<div>{expected}</div>"));
    let as_written = stdout(&pathok(&["eval", "--pages", s(&dir.join("hidden"))]));
    assert!(as_written.lines().any(|l| l.starts_with("ferry") && l.contains("1.000  1.000  1.000")), "{as_written}");
    let stripped = stdout(&pathok(&["eval", "--pages", s(&dir.join("hidden")), "--without-class-id"]));
    assert!(stripped.lines().any(|l| l.starts_with("ferry") && !l.contains("1.000  1.000  1.000")), "{stripped}");

    let shown = stdout(&pathok(&["eval", "--pages", s(&dir.join("mozilla")), "--show", "section"]));
    assert!(shown.contains("section: 1 gold blocks missing (-), 0 extra blocks (+)"), "{shown}");

    let empty = pathok(&["eval", "--pages", s(&dir.join("gold"))]);
    assert_eq!(code(&empty), 2, "a folder with no cases is an error");
}
