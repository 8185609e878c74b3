//! Stage 5, meta: `&Page` + the article's blocks → [`Metadata`], plus the body blocks that were
//! metadata lines (byline, dateline, repeated headline) so output leaves them out.
//! It reads; it never changes the page or the block list.
//!
//! Every field has an ordered list of sources, best first (see each function's doc). Where
//! sources disagree, what the reader sees on the page wins over what the CMS wrote for robots:
//! a visible byline beats a JSON-LD user name, and a title is chosen by agreement between sources.

use std::fmt::Write as _;

use html5ever::local_name;
use serde::Serialize;
use crate::json::{self, Json};
use crate::url::Url;

use crate::date::{self, Label, Stamp};
use crate::dedupe::Body;
use crate::dom::{Data, Dom, NodeId, DOCUMENT};
use crate::parse::Page;
use crate::{calendar, clutter, score, signals, tables, text};

/// What the page says about its article.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Metadata {
    /// The headline, without the site's name.
    pub title: Option<String>,
    /// Who wrote it ("নিজস্ব প্রতিবেদক", a reporter's name, "অনলাইন ডেস্ক").
    pub byline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// Last update time, ISO 8601.
    pub modified: Option<String>,
    /// Publication date in the revised Bangla calendar, in Bengali ("২৩ পৌষ ১৪৩২").
    pub published_bangla: Option<String>,
    /// BCP 47 language of the article ("bn", "bn-BD", "en-US").
    pub lang: Option<String>,
    /// The first real paragraph, trimmed at a sentence end.
    pub excerpt: Option<String>,
    /// The lead image, absolute URL.
    pub lead_image: Option<String>,
    /// The canonical URL of the article.
    pub canonical: Option<String>,
}

/// Reads the metadata; returns it with the body blocks that are metadata lines.
pub(crate) fn read(page: &Page, body: &Body) -> (Metadata, Vec<NodeId>) {
    let scan = Scan::of(page);
    let article = scan.article();
    let names = site_names(page, &scan, article);
    let (title, title_node) = title(page, body, &scan, article, &names);
    let anchor = title_node.or_else(|| title.as_deref().and_then(|t| title_anchor(page, t)));
    let near = anchor.map(|a| near_title(page, a)).unwrap_or_default();
    let zone = zone(page, &scan, article);
    let (published, modified) = dates(page, body, &scan, article, &near, zone);
    let byline = byline(page, body, &scan, article, &near, anchor, title.as_deref());
    let bengali = reads_bengali(page, body);
    let consumed = consumed(
        page,
        body,
        &scan,
        article,
        (title.as_deref(), anchor),
        byline.as_deref(),
        bengali,
    );
    let lang = lang(&scan, bengali);
    let published_bangla = published
        .and_then(|s| {
            let (y, m, d) = s.date_in(zone);
            calendar::to_bangla(y, m, d)
        })
        .map(calendar::format_bangla);
    // Shown text is NFC, so "বাড়ছে" is the same string whichever way the page encoded ড়.
    let nfc = |s: Option<String>| s.map(|s| text::bengali_nfc(&s));
    let metadata = Metadata {
        site_name: nfc(site_name(page, &scan, article, title.as_deref())),
        excerpt: nfc(excerpt(page, body, &consumed, &scan, article)),
        lead_image: lead_image(page, body, &scan, article, &near),
        canonical: canonical(page, &scan, article),
        title: nfc(title),
        byline: nfc(byline),
        published: published.map(|s| s.iso()),
        modified: modified.map(|s| s.iso()),
        published_bangla,
        lang,
    };
    (metadata, consumed)
}

/// The article body a client-rendered page carries only in its JSON-LD `articleBody`, as HTML:
/// HTML-escaped markup (`&lt;p&gt;…`) decoded, plain text split into `<p>`s at line breaks.
/// `None` when the article object has no body text.
pub(crate) fn json_ld_body(page: &Page) -> Option<String> {
    let scan = Scan::of(page);
    let raw = scan.article()?.get("articleBody")?.as_str()?.trim();
    if raw.is_empty() {
        return None;
    }
    if raw.contains("&lt;") {
        let dom = crate::dom::parse_document(raw);
        return Some(dom.text_content(DOCUMENT));
    }
    let has_tag = raw
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'));
    if has_tag {
        return Some(raw.to_owned());
    }
    let mut paragraphs = String::new();
    for line in raw.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let escaped = line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        let _ = write!(paragraphs, "<p>{escaped}</p>");
    }
    Some(paragraphs)
}

/// Minutes to read `words` words in `lang`, at the rate [`tables::READING_WPM`] gives.
pub(crate) fn reading_minutes(words: usize, lang: Option<&str>) -> u32 {
    let primary = lang.map(primary_subtag);
    let wpm = tables::READING_WPM
        .iter()
        .find(|(l, _)| primary.as_deref() == Some(*l))
        .map_or(tables::DEFAULT_WPM, |&(_, w)| w);
    let wpm = usize::try_from(wpm).unwrap_or(usize::MAX);
    u32::try_from(words.div_ceil(wpm)).unwrap_or(u32::MAX)
}

// --- one pass over the page ---

/// What one walk over the document collects for every field.
#[derive(Default)]
struct Scan {
    /// `<meta>` (key, content), key being `property`, `name` or `itemprop`, lowercased.
    metas: Vec<(String, String)>,
    /// `<link rel=canonical href>`.
    canonical: Option<String>,
    /// `<html lang>`.
    html_lang: Option<String>,
    /// `<title>`.
    title: Option<String>,
    /// Every object of every JSON-LD block, `@graph` members included, in order.
    ld: Vec<Json>,
    /// Visible `<h1>`s.
    h1s: Vec<NodeId>,
    /// Visible `<time>`s.
    times: Vec<NodeId>,
    /// Visible elements whose class, id, rel or itemprop says author or byline.
    marked: Vec<NodeId>,
    /// Visible short text nodes that hold a date label.
    labels: Vec<NodeId>,
    /// A short visible text starts with "ঢাকা" (a masthead clock or a dateline).
    says_dhaka: bool,
    /// A short visible text gives a day in both calendars as Bangladesh counts them.
    bangladesh_calendar: bool,
    /// What the site's logo says: its text or its image's `alt`.
    logo_names: Vec<String>,
}

impl Scan {
    fn of(page: &Page) -> Scan {
        let dom = &page.dom;
        let mut scan = Scan::default();
        let mut walk = dom.descendants(DOCUMENT);
        while let Some(n) = walk.next() {
            if let Data::Text(t) = &dom.nodes[n].data {
                // Most text nodes are whitespace between tags or whole paragraphs, with no label, date or
                // place name to note; the parse counted their letters (zero under a <title>, which it
                // leaves unread, so those are read here). Their text is not touched: on a large page it is
                // no longer in the cache.
                let letters = page.letters[n] as usize;
                let uncounted = || dom.nodes[n].parent().is_some_and(|p| crate::parse::is_unread(dom, p));
                let worth = letters <= tables::MAX_META_LINE_CHARS && (letters > 0 || uncounted());
                if !page.hidden[n] && worth {
                    scan.note_text(n, dom.str(t));
                }
                continue;
            }
            let Some(tag) = dom.tag(n) else { continue };
            match &**tag {
                "script" => {
                    if dom.is_json_ld(n) {
                        read_json_ld(&dom.text_content(n), &mut scan.ld);
                    }
                    walk.skip_children(n);
                }
                "style" | "noscript" | "svg" | "template" => walk.skip_children(n),
                "meta" => scan.note_meta(dom, n),
                "link" => {
                    let rel = dom.attr(n, local_name!("rel")).unwrap_or_default().to_ascii_lowercase();
                    if scan.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical")
                    {
                        scan.canonical = dom.attr(n, local_name!("href")).map(str::to_owned);
                    }
                }
                "html" => {
                    scan.html_lang = dom
                        .attr(n, local_name!("lang"))
                        .or_else(|| dom.attr(n, local_name!("xml:lang")))
                        .map(str::to_owned);
                }
                "title" if scan.title.is_none() => {
                    scan.title = Some(text::collapse_ws(&dom.text_content(n)));
                }
                "h1" if !page.hidden[n] => scan.h1s.push(n),
                "time" if !page.hidden[n] => scan.times.push(n),
                // The microformat's date: `<abbr class="published" title="2026-03-05T10:30:00+06:00">`.
                "abbr" if !page.hidden[n] && dom.attr(n, local_name!("title")).is_some() && is_date_marked(dom, n) => scan.times.push(n),
                _ => {}
            }
            if !page.hidden[n] && signals::marks_author(dom, n) {
                scan.marked.push(n);
            }
            if scan.logo_names.len() < tables::MAX_LOGO_NAMES
                && signals::has_marker(dom, n, &tables::LOGO_MARKERS)
            {
                scan.logo_names.extend(logo_name(dom, n));
            }
        }
        scan
    }

    fn note_meta(&mut self, dom: &Dom, n: NodeId) {
        let Some(content) = dom
            .attr(n, local_name!("content"))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            return;
        };
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = dom.attr(n, key) {
                self.metas
                    .push((k.trim().to_ascii_lowercase(), content.to_owned()));
            }
        }
    }

    fn note_text(&mut self, n: NodeId, t: &str) {
        let t = t.trim();
        // A byte length check first: most text nodes are whitespace or whole paragraphs.
        if t.is_empty()
            || t.len() > tables::MAX_META_LINE_CHARS * tables::MAX_UTF8_BYTES
            || t.chars().count() > tables::MAX_META_LINE_CHARS
        {
            return;
        }
        if tables::LABEL_STEMS.found_in(t) && date::has_label(t)
        {
            self.labels.push(n);
        }
        if !self.says_dhaka && t.starts_with(|c: char| tables::DHAKA_INITIALS.contains(&c)) {
            let folded = text::fold_spelling(t);
            self.says_dhaka = tables::DHAKA_WORDS.iter().any(|w| folded.starts_with(w))
                && folded.chars().any(|c| c.is_ascii_digit());
        }
        if !self.bangladesh_calendar && tables::BANGLA_MONTH_STEMS.found_in(t) {
            self.bangladesh_calendar = calendar::agrees_in_bangladesh(t);
        }
    }

    /// The first non-empty `<meta>` content under any of `keys`, in the order of `keys`.
    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        })
    }

    /// The JSON-LD object of the article: the first whose `@type` is an article type, else the
    /// first of a work type ([`tables::WORK_TYPES`]), else the first with a `headline`, else the page's
    /// own (a `WebPage` of any kind: a health service's advice is a `MedicalWebPage` with its dates).
    fn article(&self) -> Option<&Json> {
        self.ld
            .iter()
            .find(|v| types(v).iter().any(|t| is_article_type(t)))
            .or_else(|| self.ld.iter().find(|v| types(v).iter().any(|t| tables::WORK_TYPES.contains(t))))
            .or_else(|| self.ld.iter().find(|v| v.get("headline").is_some()))
            .or_else(|| self.ld.iter().find(|v| types(v).iter().any(|t| t.ends_with("WebPage"))))
    }
}

/// The text below `n`, whitespace collapsed, when it is at most `max_chars` characters; `None`
/// as soon as it is longer, without reading the rest (a line's container can be the whole page).
fn short_text(dom: &Dom, n: NodeId, max_chars: usize) -> Option<String> {
    let mut out = String::new();
    let mut shown = 0;
    for (visited, d) in dom.descendants(n).enumerate() {
        if visited > max_chars * tables::MAX_UTF8_BYTES {
            return None;
        }
        if let Some(t) = dom.text(d) {
            shown += t.chars().filter(|c| !c.is_whitespace()).count();
            if shown > max_chars {
                return None;
            }
            out.push_str(t);
        } else if dom.tag(d).is_some_and(|t| tables::CELL_TAGS.contains(&&**t) || *t == local_name!("time") || *t == local_name!("br")) {
            // Cells and items are shown apart: a row's label and its value are two words ("প্রকাশের তারিখ", "২৪-০২-২০২৬").
            // So is a <time>, a value of its own even right after a name ("<a>Priya Castellanos</a><time>"), and
            // what a <br> breaks ("By Dana Whitfield<br>Posted: …").
            out.push(' ');
        }
    }
    let line = text::collapse_ws(&out);
    (line.chars().count() <= max_chars).then_some(line)
}

/// A logo's name: its short text, else the `alt` of its first image.
fn logo_name(dom: &Dom, n: NodeId) -> Option<String> {
    let shown = short_text(dom, n, tables::BYLINE_MAX_CHARS)?;
    let name = if shown.is_empty() {
        let img = dom.descendants(n).find(|&d| dom.is(d, local_name!("img")))?;
        text::collapse_ws(dom.attr(img, local_name!("alt"))?)
    } else {
        shown
    };
    let words = name.split_whitespace().count();
    (words > 0 && words <= tables::SITE_NAME_MAX_WORDS).then_some(name)
}

/// `n` or one of its nearest ancestors is marked as the author's.
fn is_marked_near(dom: &Dom, n: NodeId) -> bool {
    dom.self_and_ancestors(n)
        .take(tables::META_LINE_CLIMB + 1)
        .any(|a| dom.tag(a).is_some() && signals::marks_author(dom, a))
}

// --- JSON-LD ---

/// Parses one JSON-LD block leniently and appends its objects. Pages put raw newlines and tabs
/// inside strings (jugantor-2), wrap the JSON in comments or CDATA, or concatenate objects.
fn read_json_ld(raw: &str, out: &mut Vec<Json>) {
    let mut s = raw.trim();
    for wrapper in ["<!--", "//<![CDATA[", "<![CDATA["] {
        s = s.strip_prefix(wrapper).unwrap_or(s).trim_start();
    }
    for wrapper in ["-->", "//]]>", "]]>", ";"] {
        s = s.strip_suffix(wrapper).unwrap_or(s).trim_end();
    }
    for value in json::values(s) {
        flatten(value, out);
    }
}

/// Arrays and `@graph`s opened up into their objects.
fn flatten(v: Json, out: &mut Vec<Json>) {
    match v {
        Json::Array(items) => items.into_iter().for_each(|i| flatten(i, out)),
        Json::Object(members) => {
            let (mut graphs, rest): (Vec<_>, Vec<_>) = members.into_iter().partition(|(k, _)| k == "@graph");
            out.push(Json::Object(rest));
            if let Some((_, graph)) = graphs.pop() {
                flatten(graph, out);
            }
        }
        _ => {}
    }
}

/// `@type` as a list (`"NewsArticle"` or `["NewsArticle", "Article"]`), without a `schema:` prefix.
fn types(v: &Json) -> Vec<&str> {
    fn strip(s: &str) -> &str {
        s.rsplit([':', '/']).next().unwrap_or(s)
    }
    match v.get("@type") {
        Some(Json::String(s)) => vec![strip(s)],
        Some(Json::Array(a)) => a.iter().filter_map(Json::as_str).map(strip).collect(),
        _ => Vec::new(),
    }
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || tables::ARTICLE_TYPES.contains(&t)
}

/// A JSON-LD string field as text: entities decoded, tags dropped, whitespace collapsed.
fn ld_text(v: &Json, key: &str) -> Option<String> {
    match v.get(key)? {
        Json::String(s) => Some(html_text(s)).filter(|s| !s.is_empty()),
        Json::Array(a) => a
            .iter()
            .find_map(|i| i.as_str().map(html_text))
            .filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// The names in a JSON-LD person or organisation field (a string, an object or a list of them).
fn ld_names(v: Option<&Json>) -> Vec<String> {
    match v {
        Some(Json::String(s)) => vec![html_text(s)],
        Some(Json::Object(_)) => v.and_then(|o| ld_text(o, "name")).into_iter().collect(),
        Some(Json::Array(a)) => a.iter().flat_map(|i| ld_names(Some(i))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

/// The JSON-LD authors that may stand as the byline: people, and organizations the page shows by
/// name (a desk, a wire agency) other than its `publishers` (a letters page credited to the paper,
/// whose name the page shows in its masthead and address). A wiki credits its "Contributors to …
/// projects" on no line of its page.
fn ld_authors(page: &Page, v: Option<&Json>, publishers: &[String]) -> Vec<String> {
    match v {
        Some(Json::Array(a)) => a.iter().flat_map(|i| ld_authors(page, Some(i), publishers)).collect(),
        Some(o @ Json::Object(_)) if types(o).contains(&"Organization") => {
            ld_names(v).into_iter().filter(|name| !publishers.contains(name) && is_shown(page, name)).collect()
        }
        _ => ld_names(v),
    }
}

/// Some visible text node of the page holds `words`.
fn is_shown(page: &Page, words: &str) -> bool {
    let dom = &page.dom;
    dom.descendants(page.body).any(|n| !page.hidden[n] && dom.text(n).is_some_and(|t| t.contains(words)))
}

/// A JSON-LD URL field: a string, an object's `url` or `@id`, or the first of a list.
fn ld_url(v: Option<&Json>) -> Option<String> {
    let v = v?;
    match v {
        Json::String(s) => Some(s.trim().to_owned()),
        Json::Object(_) => ld_url(v.get("url")).or_else(|| ld_url(v.get("@id"))),
        Json::Array(a) => a.iter().find_map(|i| ld_url(Some(i))),
        _ => None,
    }
}

/// HTML-escaped text (JSON-LD often carries `&amp;`, `&lt;p&gt;`) as plain text.
fn html_text(s: &str) -> String {
    if !s.contains(['&', '<']) {
        return text::collapse_ws(s);
    }
    let dom = crate::dom::parse_document(s);
    text::collapse_ws(&dom.text_content(DOCUMENT))
}

// --- site name ---

/// `og:site_name`, other site-name metas, JSON-LD publisher, the logo's name when the `<title>`
/// names the site by it too, then the host without "www.".
fn site_name(page: &Page, scan: &Scan, article: Option<&Json>, title: Option<&str>) -> Option<String> {
    scan.meta(tables::SITE_METAS)
        .map(text::collapse_ws)
        .or_else(|| article.and_then(|a| ld_names(a.get("publisher")).into_iter().next()))
        .or_else(|| logo_named_in_title(scan))
        .or_else(|| named_beside_headline(scan, title?))
        .or_else(|| {
            let host = host(page, scan, article)?;
            Some(host.strip_prefix("www.").unwrap_or(&host).to_owned())
        })
        .filter(|s| !s.is_empty())
}

/// "… | মতামত | দৈনিক আলো" under a logo reading "দৈনিক আলো": a logo alone can be a slogan or a
/// banner, the logo and the title agreeing is the site's name.
/// The whole part must be the logo's name: a logo whose name only starts with a part ("Mozilla
/// dinosaur head logo.png" beside "Mozilla - Wikipedia") is not the site's.
fn logo_named_in_title(scan: &Scan) -> Option<String> {
    let title = scan.title.as_deref()?;
    let parts: Vec<String> = tables::TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.split(sep))
        .map(text::normalize_key)
        .collect();
    scan.logo_names
        .iter()
        .find(|name| parts.contains(&text::normalize_key(name)))
        .map(|name| text::collapse_ws(name))
}

/// What `<title>` adds to the article's `headline` before or after it, past a separator: the site's name
/// (Blogger's "খেয়াঘাটের খাতা: বর্ষার চিঠি", "Headline | Site"). Known as the headline, the title may be
/// parted from it by a colon too.
fn named_beside_headline(scan: &Scan, headline: &str) -> Option<String> {
    let title = scan.title.as_deref()?;
    let (rest, before) = match (title.strip_suffix(headline), title.strip_prefix(headline)) {
        (Some(rest), _) => (rest.trim_end(), true),
        (None, Some(rest)) => (rest.trim_start(), false),
        (None, None) => return None,
    };
    let mark = |c: char| c.is_whitespace() || tables::TITLE_MARKS.contains(&c);
    let name = if before { rest.trim_end_matches(mark) } else { rest.trim_start_matches(mark) };
    let words = name.split_whitespace().count();
    // A mark parts them ("… ::: মোহনা সংবাদ"), not a space alone; more parts are a section's name and the site's.
    let parts = tables::TITLE_SEPARATORS.iter().any(|sep| name.contains(sep));
    (name.len() < rest.len() && !parts && words > 0 && words <= tables::SITE_NAME_MAX_WORDS).then(|| name.trim().to_owned())
}

/// Every name the site goes by, to recognise it in a `<title>`: site-name metas, the JSON-LD
/// publisher and organisation, the logo's text or `alt`, and the host's first label.
fn site_names(page: &Page, scan: &Scan, article: Option<&Json>) -> Vec<String> {
    let mut names: Vec<String> = tables::SITE_METAS
        .iter()
        .filter_map(|k| scan.meta(&[k]))
        .map(str::to_owned)
        .collect();
    if let Some(p) = article.and_then(|a| a.get("publisher")) {
        names.extend(ld_names(Some(p)));
        names.extend(
            p.get("alternateName")
                .and_then(Json::as_str)
                .map(html_text),
        );
    }
    for v in &scan.ld {
        if types(v)
            .iter()
            .any(|t| t.contains("Organization") || *t == "WebSite" || *t == "Website")
        {
            names.extend(ld_text(v, "name"));
            names.extend(ld_text(v, "alternateName"));
        }
    }
    names.extend(scan.logo_names.iter().cloned());
    if let Some(h) = host(page, scan, article) {
        let bare = h.trim_start_matches("www.").trim_start_matches("m.");
        names.extend(bare.split('.').next().map(str::to_owned));
    }
    names.retain(|n| !text::normalize_key(n).is_empty());
    names
}

/// The page's host: from the caller's URL, else the canonical link, og:url or JSON-LD url.
fn host(page: &Page, scan: &Scan, article: Option<&Json>) -> Option<String> {
    page.url
        .as_ref()
        .and_then(|u| u.host_str().map(str::to_owned))
        .or_else(|| {
            [
                scan.canonical.clone(),
                scan.meta(tables::URL_METAS).map(str::to_owned),
                article.and_then(|a| ld_url(a.get("url"))),
            ]
            .into_iter()
            .flatten()
            .find_map(|u| Url::parse(&u).ok()?.host_str().map(str::to_owned))
        })
        .map(|h| h.to_ascii_lowercase())
}

// --- title ---

/// Where a title candidate came from, best first when agreement does not decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TitleSource {
    JsonLd,
    OgTitle,
    TitleTag,
    OtherMeta,
    ArticleH1,
    OtherH1,
}

/// The title: JSON-LD headline, og:title, `<title>`, other title metas and the article's `<h1>`,
/// each without the site's name; the one most other sources agree with wins, ties by that order
/// (metadata first, as the visible `<h1>` is sometimes a logo or a section name).
/// Also returns the `<h1>` that shows it, the anchor for the byline search.
fn title(
    page: &Page,
    body: &Body,
    scan: &Scan,
    article: Option<&Json>,
    names: &[String],
) -> (Option<String>, Option<NodeId>) {
    let dom = &page.dom;
    let mut cands: Vec<(TitleSource, String, Option<NodeId>)> = Vec::new();
    if let Some(a) = article {
        // A work's `name` names the work (a recipe's dish), not the story about it.
        let named = types(a).iter().any(|t| is_article_type(t));
        cands.extend(
            ld_text(a, "headline")
                .or_else(|| named.then(|| ld_text(a, "name")).flatten())
                .map(|t| (TitleSource::JsonLd, t, None)),
        );
    }
    let og = scan.meta(&["og:title"]).map(|t| strip_site(&html_text(t), names));
    let tag = scan.title.as_deref().map(|t| strip_site(t, names));
    // og:title is most often the <title> itself: its shown part is looked for once.
    let same = og.is_some() && og == tag;
    let og = og.map(|t| shown_part(page, t));
    let tag = if same { og.clone() } else { tag.map(|t| shown_part(page, t)) };
    cands.extend(og.map(|t| (TitleSource::OgTitle, t, None)));
    cands.extend(scan.meta(tables::TITLE_METAS).map(|t| {
        (
            TitleSource::OtherMeta,
            strip_site(&html_text(t), names),
            None,
        )
    }));
    cands.extend(tag.map(|t| (TitleSource::TitleTag, t, None)));
    for &h in &scan.h1s {
        let in_article =
            scan.h1s.len() == 1 || dom.ancestors(h).chain([h]).any(|a| body.roots.contains(&a));
        let source = if in_article {
            TitleSource::ArticleH1
        } else {
            TitleSource::OtherH1
        };
        let shown = text::collapse_ws(&dom.text_content(h));
        let shown = shown.trim_end_matches(|c: char| {
            c.is_whitespace() || tables::HEADING_ANCHOR_MARKS.contains(&c)
        });
        cands.push((source, shown.to_owned(), Some(h)));
    }
    // A `<title>` that is only the site's name, or one word ("Article") where other sources say
    // more, names no article.
    let others = cands.len() > 1;
    cands.retain(|(source, t, _)| {
        let useless = *source == TitleSource::TitleTag
            && (is_site_name(t, names)
                || (others && t.split_whitespace().count() < tables::MIN_TITLE_WORDS));
        !text::normalize_key(t).is_empty() && !useless
    });
    let keys: Vec<String> = cands
        .iter()
        .map(|(_, t, _)| text::normalize_key(t))
        .collect();
    let support = |i: usize| {
        let mut sources: Vec<TitleSource> = (0..cands.len())
            .filter(|&j| cands[j].0 != cands[i].0 && text::extends(&keys[j], &keys[i]))
            .map(|j| cands[j].0)
            .collect();
        sources.dedup();
        sources.len()
    };
    let best = (0..cands.len())
        .filter(|&i| cands[i].0 != TitleSource::OtherH1 || support(i) > 0)
        .min_by_key(|&i| (std::cmp::Reverse(support(i)), cands[i].0));
    // The article's `<h1>` words it as the page shows it: with the quotation marks a quoted headline
    // opens or closes with ("‘…’" where the JSON-LD headline has none; curly where a meta's are straight
    // is no reason). Its other words win when a metadata source says them too and they are the whole of a
    // headline the metadata cut short, or as well supported (a page's SEO headline in JSON-LD and `<title>`
    // against the one it shows in its `<h1>` and og:title).
    let quoted = |t: &str| t.starts_with(tables::QUOTATION_MARKS) || t.ends_with(tables::QUOTATION_MARKS);
    let said = |i: usize| (0..cands.len()).any(|j| cands[j].0 < TitleSource::ArticleH1 && keys[j] == keys[i]);
    let shown = |i: usize, b: usize| {
        if keys[i] == keys[b] {
            quoted(&cands[i].1) && !quoted(&cands[b].1)
        } else {
            said(i) && (text::extends(&keys[i], &keys[b]) || support(i) == support(b))
        }
    };
    let best = best
        .map(|b| (0..cands.len()).find(|&i| cands[i].0 == TitleSource::ArticleH1 && shown(i, b)).unwrap_or(b))
        .map(|i| cands[i].1.clone());
    let node = best.as_ref().and_then(|b| {
        let key = text::normalize_key(b);
        scan.h1s
            .iter()
            .copied()
            .find(|&h| text::normalize_key(&dom.text_content(h)) == key)
    });
    (best, node)
}

/// "Headline - Prothom Alo" → "Headline"; "যুগান্তর | Headline" → "Headline". Only a part that is
/// one of the site's names is removed, so a headline with its own " - " or " | " stays whole.
fn strip_site(title: &str, names: &[String]) -> String {
    let title = text::collapse_ws(title);
    for sep in tables::TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if is_site_name(tail, names) {
                return strip_site(head, names);
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if is_site_name(head, names) {
                return strip_site(tail, names);
            }
        }
    }
    title
}

/// A title that still has a separator once the known site names are gone ("Headline | দৈনিক
/// খবর" from a site that names itself nowhere else): when the page shows one part of it, and not
/// the whole, as the text of an element, that part, if the rest is short enough to be a site's or
/// a section's name. A headline with its own " | " is shown whole and stays whole.
fn shown_part(page: &Page, title: String) -> String {
    let words = |s: &str| s.split_whitespace().count();
    let parts: Vec<&str> = tables::TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| [title.rsplit_once(sep), title.split_once(sep)])
        .flatten()
        .flat_map(|(a, b)| [(a, b), (b, a)])
        .filter(|&(kept, dropped)| words(dropped) <= tables::SITE_NAME_MAX_WORDS && words(kept) >= tables::MIN_TITLE_WORDS)
        .map(|(kept, _)| kept.trim())
        .collect();
    if parts.is_empty() {
        return title;
    }
    // One walk for the whole title and all its parts: the whole, when shown, wins.
    let texts: Vec<&str> = std::iter::once(title.as_str()).chain(parts.iter().copied()).collect();
    let shown = shown_texts(page, &texts);
    match shown.iter().position(Option::is_some) {
        Some(i) if i > 0 => texts[i].to_owned(),
        _ => title,
    }
}

/// `part` is a site name, compared without spaces and case ("Prothom Alo" = "prothomalo").
fn is_site_name(part: &str, names: &[String]) -> bool {
    let squash = |s: &str| text::normalize_key(s).replace(' ', "");
    let p = squash(part);
    let short = part.split_whitespace().count() <= tables::SITE_NAME_MAX_WORDS;
    // "The Daily Ittefaq" for "ittefaq" and "Jugantor" for "The Daily Jugantor", but not "How we
    // designed Dropbox's ATF" for "dropbox".
    let at_edge = |long: &str, inner: &str| {
        inner.chars().count() >= tables::MIN_SITE_NAME_CHARS
            && (long.starts_with(inner) || long.ends_with(inner))
    };
    !p.is_empty()
        && short
        && names.iter().any(|n| {
            let n = squash(n);
            n == p || at_edge(&n, &p) || at_edge(&p, &n)
        })
}

// --- dates ---

/// The offset of zone-less times: the host's country (.bd +06:00, .in +05:30), the locale's
/// region, then Dhaka time for a page that shows "ঢাকা" in a clock or dateline or dates a day by
/// Bangladesh's Bangla calendar; else none.
fn zone(page: &Page, scan: &Scan, article: Option<&Json>) -> Option<i32> {
    if let Some(h) = host(page, scan, article) {
        if let Some(&(_, z)) = tables::HOST_ZONES
            .iter()
            .find(|(suffix, _)| h.ends_with(suffix))
        {
            return Some(z);
        }
    }
    let locales = [scan.html_lang.as_deref(), scan.meta(tables::LANG_METAS)];
    for locale in locales.into_iter().flatten() {
        let region = locale.split(['-', '_']).nth(1).map(str::to_ascii_lowercase);
        if let Some(&(_, z)) = tables::REGION_ZONES
            .iter()
            .find(|(r, _)| region.as_deref() == Some(*r))
        {
            return Some(z);
        }
    }
    (scan.says_dhaka || scan.bangladesh_calendar).then_some(tables::DHAKA_OFFSET)
}

/// Published: JSON-LD `datePublished`, the published-time metas, a `<time>` marked as the
/// publication time or inside the article or right under the headline, then a visible
/// "প্রকাশ:"-labelled line (or, when the page has none, its "আপডেট সময়" line, which is when
/// Themesbazar sites posted the story), then a bare date line right under the headline.
/// Modified: JSON-LD `dateModified`, the modified-time metas, a marked `<time>`, an "আপডেট" line.
/// Print stamps, masthead clocks and Bangla-calendar dates are never taken.
/// An element whose class or `itemprop` names a publication or update date.
fn is_date_marked(dom: &Dom, n: NodeId) -> bool {
    marked_with(dom, n, &["publish", "updat", "modif"])
}

/// Whether the class or `itemprop` of `n` holds one of `words` (lowercase), in any case.
fn marked_with(dom: &Dom, n: NodeId, words: &[&str]) -> bool {
    [dom.attr(n, local_name!("itemprop")), dom.attr(n, local_name!("class"))].into_iter().flatten().any(|v| {
        let v = v.to_ascii_lowercase();
        words.iter().any(|w| v.contains(w))
    })
}

/// A `<time>` of the last update: so marked ("dateModified", "updated"), or after words that say so
/// ("Last updated on <time>").
fn is_update_time(dom: &Dom, t: NodeId) -> bool {
    marked_with(dom, t, &["modif", "updat"]) || date::last_label(&text_before(dom, t)) == Some(Label::Updated)
}

/// The text of the siblings right before `n`, as much of it as a metadata line holds (a sibling
/// that would make it longer starts it again).
fn text_before(dom: &Dom, n: NodeId) -> String {
    let Some(parent) = dom.nodes[n].parent() else { return String::new() };
    let mut out = String::new();
    for c in dom.children(parent).take_while(|&c| c != n) {
        let t = dom.text_content(c);
        if out.chars().count() + t.chars().count() > tables::MAX_META_LINE_CHARS {
            out.clear();
        }
        out.push_str(&t);
    }
    out
}

fn dates(
    page: &Page,
    body: &Body,
    scan: &Scan,
    article: Option<&Json>,
    near: &NearTitle,
    zone: Option<i32>,
) -> (Option<Stamp>, Option<Stamp>) {
    let ld = |key: &str| {
        article
            .and_then(|a| ld_text(a, key))
            .and_then(|s| date::parse_any(&s))
    };
    let meta = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| scan.meta(&[k]).and_then(date::parse_any))
    };
    let (time_published, time_modified) = time_elements(page, body, scan);
    let lines = labeled_lines(page, body, scan);
    let visible = |want: Label| {
        lines
            .iter()
            .flat_map(|(_, found)| found)
            .find(|(l, _)| *l == want)
            .map(|&(_, s)| s)
    };
    let published = ld("datePublished")
        .or_else(|| meta(tables::PUBLISHED_METAS))
        .or(time_published)
        .or(near.time)
        .or_else(|| visible(Label::Published))
        .or_else(|| visible(Label::Updated))
        .or(near.date_line);
    let modified = ld("dateModified")
        .or_else(|| meta(tables::MODIFIED_METAS))
        .or(time_modified)
        .or_else(|| visible(Label::Updated));
    // With no country to go by, a zone-less time is in the zone of the publication time (a meta
    // tag's "+06:00" beside a shown "আপডেট: ১৫২০ ঘণ্টা").
    let zone = zone.or(published.and_then(|s| s.offset));
    (
        published.map(|s| s.in_zone(zone)),
        modified.map(|s| s.in_zone(zone)),
    )
}

/// `<time>` dates: (publication, update). A `<time>` counts when it is marked (`itemprop`,
/// `pubdate`, a publish/update class) or sits inside the article; list items' times do not.
fn time_elements(page: &Page, body: &Body, scan: &Scan) -> (Option<Stamp>, Option<Stamp>) {
    let dom = &page.dom;
    let (mut published, mut modified) = (None, None);
    for &t in &scan.times {
        let value = dom
            .attr(t, local_name!("datetime"))
            .or_else(|| dom.attr(t, local_name!("title")))
            .map_or_else(|| text::collapse_ws(&dom.text_content(t)), str::to_owned);
        if date::is_masthead(&value) {
            continue;
        }
        let Some(stamp) = date::parse_any(&value) else {
            continue;
        };
        if is_update_time(dom, t) {
            modified = modified.or(Some(stamp));
            continue;
        }
        let in_article = dom
            .ancestors(t)
            .any(|a| body.roots.contains(&a) || dom.is(a, local_name!("article")))
            && !dom.ancestors(t).any(|a| dom.is(a, local_name!("li")));
        if marked_with(dom, t, &["publish"]) || dom.attr(t, "pubdate").is_some() || in_article {
            published = published.or(Some(stamp));
        }
    }
    (published, modified)
}

/// Visible labelled date lines: (element, its dates), the article's own first, then the rest in
/// document order. A label and its date may sit in different inline elements, so each label's
/// text climbs to the nearest ancestor whose text holds a date.
fn labeled_lines(page: &Page, body: &Body, scan: &Scan) -> Vec<(NodeId, Vec<(Label, Stamp)>)> {
    let dom = &page.dom;
    let mut lines: Vec<(NodeId, Vec<(Label, Stamp)>)> = Vec::new();
    // Many labels can share a long container ("আপডেট:" in every item of a list); it is measured once.
    let mut too_long: rustc_hash::FxHashSet<NodeId> = rustc_hash::FxHashSet::default();
    for &n in &scan.labels {
        for el in dom.ancestors(n).take(tables::META_LINE_CLIMB) {
            if too_long.contains(&el) {
                break;
            }
            let Some(line) = short_text(dom, el, tables::MAX_META_LINE_CHARS) else {
                too_long.insert(el);
                break;
            };
            let found = date::labeled(&line);
            if !found.is_empty() {
                if !lines.iter().any(|(e, _)| *e == el) {
                    lines.push((el, found));
                }
                break;
            }
        }
    }
    let in_body = |el: NodeId| dom.self_and_ancestors(el).any(|a| body.roots.contains(&a));
    let (mut first, rest): (Vec<_>, Vec<_>) = lines.into_iter().partition(|(el, _)| in_body(*el));
    first.extend(rest);
    first
}

// --- byline ---

/// The byline: a byline line at the top of the article's blocks, a byline line between the
/// headline and the first paragraph (a "reporter"/"author" element or a "নিজস্ব প্রতিবেদক",
/// "<place> প্রতিনিধি", "… ডেস্ক :" line), an author-marked element in the article, then JSON-LD
/// `author` and the author metas. A CMS user name ("akashadmin") is never a byline.
fn byline(
    page: &Page,
    body: &Body,
    scan: &Scan,
    article: Option<&Json>,
    near: &NearTitle,
    anchor: Option<NodeId>,
    title: Option<&str>,
) -> Option<String> {
    let dom = &page.dom;
    let title_key = title.map(text::normalize_key);
    let in_blocks = || {
        body.blocks
            .iter()
            .take_while(|&&b| (page.letters[b] as usize) < tables::BODY_LINE_LETTERS)
            .filter(|&&b| !dom.is_heading(b))
            .find_map(|&b| {
                let line = text::collapse_ws(&dom.text_content(b));
                if title_key.as_deref() == Some(text::normalize_key(&line).as_str()) {
                    return None;
                }
                name_under_post(dom, b, byline_at(dom, b))
            })
    };
    let in_article = || {
        scan.marked
            .iter()
            .filter(|&&m| {
                dom.self_and_ancestors(m).any(|a| body.roots.contains(&a) || dom.is(a, local_name!("article")))
            })
            .find_map(|&m| byline_at(dom, m))
    };
    // An author box after the headline, outside lists and page furniture (Themesbazar's
    // "প্রতিবেদকের তথ্য" box under the story).
    let after_title = || {
        let anchor = anchor?;
        // The boxes that hold the headline too hold the whole post (Blogger's "widget Blog").
        let around_title: Vec<NodeId> = dom.ancestors(anchor).collect();
        scan.marked
            .iter()
            .filter(|&&m| m > anchor)
            .filter(|&&m| {
                !dom.ancestors(m).take_while(|a| !around_title.contains(a)).any(|a| {
                    dom.tag(a)
                        .is_some_and(|t| tables::NOT_BYLINE_PLACES.contains(&&**t))
                        || signals::has_marker(dom, a, &tables::NOT_BYLINE_BOXES)
                })
            })
            .find_map(|&m| byline_at(dom, m))
            .filter(|b| !b.contains(|c: char| c.is_numeric() || c == '('))
    };
    let from_ld = || {
        let publishers = ld_names(article.and_then(|a| a.get("publisher")));
        let names: Vec<String> = ld_authors(page, article.and_then(|a| a.get("author")), &publishers)
            .into_iter()
            .map(|n| clean_byline(&n).0)
            .filter(|n| !n.is_empty() && !is_username(n))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let from_meta = || {
        tables::AUTHOR_METAS
            .iter()
            .filter_map(|k| scan.meta(&[k]))
            .map(|v| clean_byline(&html_text(v)).0)
            .find(|v| !v.is_empty() && !v.contains("://") && !is_username(v))
    };
    in_blocks()
        .or_else(|| near.byline.clone())
        .or_else(in_article)
        .or_else(after_title)
        .or_else(from_ld)
        .or_else(from_meta)
}

/// What the lines between the headline and the first paragraph say.
#[derive(Default)]
struct NearTitle {
    /// The first byline line.
    byline: Option<String>,
    /// The first `<time>`.
    time: Option<Stamp>,
    /// The first line that is nothing but a date ("১৮ জুলাই ২০২৬, ১১: ৩০").
    date_line: Option<Stamp>,
    /// The first image's address as written: the lead photo of templates that put it between
    /// the headline and the body.
    image: Option<String>,
}

/// Reads the lines after the headline `anchor` up to the first paragraph (or
/// [`tables::NEAR_TITLE_LINES`] lines).
fn near_title(page: &Page, anchor: NodeId) -> NearTitle {
    let dom = &page.dom;
    let mut near = NearTitle::default();
    let mut walk = dom.descendants(page.body);
    let mut started = false;
    let mut lines = 0;
    // The line before was a byline label alone: the label in one element, the name in the next
    // ("<span>প্রতিবেদক:</span> <span>নাম</span>").
    let mut after_label = false;
    while let Some(n) = walk.next() {
        if n == anchor {
            started = true;
            walk.skip_children(n);
            continue;
        }
        // A table begun under the headline holds values, not the story's byline and date ("First lit |
        // 1 November 1874" in an infobox). A layout table around the headline was entered before it.
        // Navigation and the like hold neither (a contents box's "On this page" over dated links).
        if dom
            .tag(n)
            .is_some_and(|t| tables::is_unread(t) || tables::is_never_content(t) || started && &**t == "table")
            && !score::is_page_form(page, n)
            || page.hidden[n]
        {
            walk.skip_children(n);
            continue;
        }
        if started && near.image.is_none() && dom.is(n, local_name!("img")) {
            near.image = image_src(dom, n).map(str::to_owned);
        }
        // The time of an update says nothing of when the story was published, nor does its text.
        if started && dom.is(n, local_name!("time")) && is_update_time(dom, n) {
            walk.skip_children(n);
            continue;
        }
        if started && near.time.is_none() && dom.is(n, local_name!("time")) {
            let value = dom
                .attr(n, local_name!("datetime"))
                .map_or_else(|| text::collapse_ws(&dom.text_content(n)), str::to_owned);
            near.time = date::parse_any(&value);
        }
        let Some(t) = dom
            .text(n)
            .map(str::trim)
            .filter(|t| started && !t.is_empty())
        else {
            continue;
        };
        if text::letter_count(t) >= tables::BODY_LINE_LETTERS || lines >= tables::NEAR_TITLE_LINES {
            break;
        }
        lines += 1;
        let Some(parent) = dom.ancestors(n).next() else {
            break;
        };
        if near.byline.is_none() {
            let line = dom.ancestors(n).find(|&a| dom.tag(a).is_some_and(|t| tables::is_block(t))).unwrap_or(parent);
            near.byline = if after_label {
                visible_byline(t, true)
            } else {
                byline_at(dom, line)
                    .or_else(|| byline_at(dom, parent))
                    .or_else(|| name_before_date(dom, parent))
                    // The name alone in its line's element, beside an icon: "<div><i></i> <a>নাম</a></div>".
                    .or_else(|| {
                        let alone = short_text(dom, line, tables::BYLINE_MAX_CHARS) == short_text(dom, parent, tables::BYLINE_MAX_CHARS);
                        alone.then(|| name_before_date(dom, line)).flatten()
                    })
                    .or_else(|| name_beside_label(dom, parent))
                    // The name in a link of its own beside the label:
                    // "<span><a>নাম</a></span> <span>প্রকাশিত: …</span>".
                    .or_else(|| name_beside_label(dom, line))
                    .or_else(|| labeled_field(dom, parent))
            };
            if !after_label {
                near.byline = name_under_post(dom, line, near.byline.take());
            }
            after_label = is_byline_label(t);
        }
        // A section's heading with a date heads later news, not this story.
        if near.date_line.is_none() && !dom.is_heading(parent) {
            near.date_line = date::dated_part(t).and_then(date::parse_text);
        }
    }
    near
}

/// A bare name before the date label in one line under the headline ("মাহবুব হাসান, তানোর
/// (রাজশাহী) | প্রকাশিত: …"), or before a `|` and a bare date ("স্পোর্টস ডেস্ক | ১০ মে ২০২৫"):
/// the date says the line is the story's own, as the date line does for [`name_before_date`]. A
/// name may carry its place after a comma or in brackets.
fn name_beside_label(dom: &Dom, n: NodeId) -> Option<String> {
    let line = short_text(dom, n, tables::MAX_META_LINE_CHARS)?;
    let labeled = date::before_label(&line);
    // The label's date after it: a print button's "প্রিন্ট" in a share bar ("f x w প্রিন্ট") dates nothing.
    let before = if labeled.len() < line.len() {
        date::dated_part(&line[labeled.len()..])?;
        labeled
    } else {
        let (head, rest) = line.split_once(tables::FIELD_BARS)?;
        date::dated_part(rest)?;
        head
    };
    let name = before.trim_end_matches(|c: char| c.is_whitespace() || tables::BYLINE_TRAILING.contains(&c));
    (is_bare_name(name, ".,()") && !is_clutter_label(name)).then(|| visible_byline(name, true)).flatten()
}

/// A credit: a label of photos or camera work, a colon or "by", a name ("ক্যামেরা: আরিফুল ইসলাম",
/// "Photographs by Ines Varga"); the label may say more ("All photos").
fn is_credit(part: &str) -> bool {
    clutter::credit_label(part).is_some_and(|label| tables::CREDIT_WORDS.iter().any(|w| label.split_whitespace().any(|l| l == *w)))
}

/// A reading time or a length in a row of fields: a number and its unit ("7 min", "1020 words", "24 min read").
fn is_count(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next().is_some_and(is_bare_number)
        && words.next().is_some_and(|unit| tables::COUNT_UNITS.contains(&unit.to_lowercase().as_str()))
        && words.next().is_none_or(|tail| tables::COUNT_TAILS.contains(&tail.to_lowercase().as_str()))
        && words.next().is_none()
}

/// A text-size control, its label perhaps before it: letters alone, a size mark after each but one ("ফন্ট: অ- অ অ+",
/// "A- A A+").
fn is_font_sizer(part: &str) -> bool {
    let controls = part.rsplit_once(tables::COLON_MARKS).map_or(part, |(_, rest)| rest);
    let words: Vec<&str> = controls.split_whitespace().collect();
    let letter = |w: &str| {
        let mut chars = w.trim_end_matches(['+', '-', '−']).chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
    };
    (2..=4).contains(&words.len()) && words.iter().all(|w| letter(w)) && words.iter().any(|w| w.ends_with(['+', '-', '−']))
}

/// A video's length: a clock reading and at most a unit ("৩:৪২ মিনিট", "12:05").
fn is_duration(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next().is_some_and(|clock| clock.contains(':') && clock.chars().all(|c| c == ':' || c.is_numeric())) && words.count() <= 1
}

/// A field of a line parted by bars that a byline label starts ("Posted on … · 7 minute read · by
/// Priya Raman", "প্রতিবেদন: … | ক্যামেরা: … | ৫ মার্চ"): the line's other fields are the date and
/// the like.
fn labeled_field(dom: &Dom, n: NodeId) -> Option<String> {
    let line = short_text(dom, n, tables::MAX_META_LINE_CHARS)?;
    line.split(tables::FIELD_BARS)
        .find_map(|part| match clean_byline(part) {
            (name, true) => visible_byline(&name, true),
            _ => None,
        })
}

/// Two to four words of letters, and of no other marks than `marks`: a personal name, perhaps
/// with its place, but not a place alone ("কাশিমগঞ্জ থেকে").
fn is_bare_name(line: &str, marks: &str) -> bool {
    // The place after a comma or in brackets is counted apart ("মো. শফিকুল ইসলাম, ঝিনাইগাতী (শেরপুর)").
    let name = line.split([',', '(']).next().unwrap_or(line);
    let words = name.split_whitespace().count();
    (tables::MIN_NAME_WORDS..=tables::MAX_NAME_WORDS).contains(&words)
        && line[name.len()..].split_whitespace().count() <= tables::MAX_PLACE_WORDS
        && line
            .chars()
            .all(|c| c.is_whitespace() || marks.contains(c) || text::is_word_char(c) && !c.is_numeric())
        && !line.split_whitespace().last().is_some_and(|w| tables::FROM_PLACE_WORDS.contains(&w))
}

/// A bare name, perhaps with its place ("আবু সাঈদ, বেনাপোল (যশোর)"), in an element of its own right before the
/// date line or the reporter's post, under the headline ("<p>মাহমুদা আক্তার</p><p>প্রকাশ: …</p>", "<a>নাম</a><div>দক্ষিণপুর প্রতিনিধি</div>"):
/// templates whose byline has no label and no word that makes it one, and pages whose classes do not
/// say "author". After the date stand the edition, the share button and the like, and no label
/// ("শেয়ার করুন") is a name. A post is a byline by its words alone: a line with a "By" is a byline of
/// its own, and the line over it no name. A photographer's credit may stand between the two.
fn name_before_date(dom: &Dom, n: NodeId) -> Option<String> {
    let shown = short_text(dom, n, tables::BYLINE_MAX_CHARS)?;
    // A bar or a double danda may close the name's line ("সুভাষ মণ্ডল, পাইকগাছা (খুলনা) ।।").
    let line = before_next_field(&shown).trim_end();
    if !is_bare_name(line, ".,()") || is_clutter_label(line) {
        return None;
    }
    // The line's element is the outermost with its text ("<font><b>নাম</b></font>"), and a line break
    // may stand before the next.
    let n = dom.ancestors(n).take_while(|&a| short_text(dom, a, tables::BYLINE_MAX_CHARS).as_ref() == Some(&shown)).last().unwrap_or(n);
    let mut next = dom.next_element(n)?;
    while dom.is(next, local_name!("br")) {
        next = dom.next_element(next)?;
    }
    // The photographer's credit may stand between ("ছবি: …").
    if short_text(dom, next, tables::MAX_META_LINE_CHARS).is_some_and(|t| is_credit(&t)) {
        next = dom.next_element(next)?;
    }
    let is_post = |t: &str| !clean_byline(t).1 && visible_byline(t, false).is_some();
    short_text(dom, next, tables::MAX_META_LINE_CHARS)
        .is_some_and(|t| date::is_date_line(&t) || !date::labeled(&t).is_empty() || is_post(&t))
        .then(|| visible_byline(line, true))
        .flatten()
}

/// The line is one of the clutter labels ("শেয়ার করুন", "ফলো করুন").
fn is_clutter_label(line: &str) -> bool {
    let key = text::normalize_key(line);
    tables::CLUTTER_LABEL_KEYS.iter().any(|(label, _)| *label == key)
}

/// The first visible `<body>` text that reads as the title, outside links: the headline element
/// of pages that do not use `<h1>`.
fn title_anchor(page: &Page, title: &str) -> Option<NodeId> {
    shown_texts(page, &[title])[0]
}

/// For each of `texts`, the element of the first visible `<body>` text outside links that reads as
/// it (compared as keys). One walk, ended once every text is found.
fn shown_texts(page: &Page, texts: &[&str]) -> Vec<Option<NodeId>> {
    let dom = &page.dom;
    let keys: Vec<String> = texts.iter().map(|t| text::normalize_key(t)).collect();
    let mut found = vec![None; texts.len()];
    // Cheap length bounds first: a key is computed only for texts about as long as one of these.
    let shortest = texts.iter().map(|t| t.len() / 2).min().unwrap_or(0);
    let longest = texts.iter().map(|t| t.len() * 2).max().unwrap_or(0);
    let near_length = |t: &str| (shortest..=longest).contains(&t.trim().len());
    let mut walk = dom.descendants(page.body);
    while let Some(n) = walk.next() {
        if dom
            .tag(n)
            .is_some_and(|t| tables::is_unread(t) || &**t == "a")
            || page.hidden[n]
        {
            walk.skip_children(n);
            continue;
        }
        // Bounds from the node alone first, so that the text of a page's every paragraph and every
        // indentation between tags is not read (on a large page it is no longer in the cache):
        // untrimmed bytes bound the trimmed length from above, the parse's letter count bounds it
        // from below, and a blank text trims to nothing.
        if dom.text_len(n) < shortest || page.letters[n] as usize > longest || shortest > 0 && !dom.shows_text(n) {
            continue;
        }
        let Some(t) = dom.text(n).filter(|t| near_length(t)) else { continue };
        let key = text::normalize_key(t);
        for (slot, k) in found.iter_mut().zip(&keys) {
            if slot.is_none() && *k == key {
                *slot = dom.ancestors(n).next();
            }
        }
        if found.iter().all(Option::is_some) {
            break;
        }
    }
    found
}

/// The byline element `n` shows, if it is one: the author-marked elements inside it first, those
/// whose class says "name" before the others ("<div class=byline><a class=author-name>X</a>
/// <span>ঢাকা</span></div>" gives X), then its whole text.
fn byline_at(dom: &Dom, n: NodeId) -> Option<String> {
    let line = label_and_name(dom, n).or_else(|| short_text(dom, n, tables::MAX_META_LINE_CHARS))?;
    let marked: Vec<NodeId> = dom
        .descendants(n)
        .skip(1)
        .filter(|&d| dom.tag(d).is_some() && signals::marks_author(dom, d))
        .collect();
    // "author-name" before "author-caption" and "author-title" in the same box; several names
    // are several authors.
    let mut names: Vec<String> = Vec::new();
    for &d in marked
        .iter()
        .filter(|&&d| signals::has_marker(dom, d, &tables::BYLINE_NAME_MARKERS))
    {
        let name =
            short_text(dom, d, tables::MAX_META_LINE_CHARS).and_then(|t| visible_byline(&t, true));
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    if !names.is_empty() {
        return Some(names.join(", "));
    }
    // Without a "name" marker, the first author-marked element names the author, unless others of
    // its tag and class stand beside it: "By <a class=author>A</a> and <a class=author>B</a>" (a
    // name's place beside it is of another class: "<span class=byline-who>" and "byline-from").
    let first = marked.iter().find_map(|&d| Some((d, visible_byline(&short_text(dom, d, tables::MAX_META_LINE_CHARS)?, true)?)));
    let Some((first, name)) = first else {
        return visible_byline(&line, is_marked_near(dom, n));
    };
    let parent = dom.nodes[first].parent();
    let mut names = vec![name];
    let same_kind = |d: NodeId| dom.nodes[d].parent() == parent && dom.tag(d) == dom.tag(first) && dom.attr(d, local_name!("class")) == dom.attr(first, local_name!("class"));
    for &d in marked.iter().filter(|&&d| d != first && same_kind(d)) {
        let name = short_text(dom, d, tables::MAX_META_LINE_CHARS).and_then(|t| visible_byline(&t, true));
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    // As the line shows them ("A and B") when it is a byline of those names.
    let shown = (names.len() > 1).then(|| visible_byline(&line, true)).flatten().filter(|l| names.iter().all(|name| l.contains(name.as_str())));
    Some(shown.unwrap_or_else(|| names.join(", ")))
}

/// The byline `found` on `line`, or, when that is a post over the name linked as the author's ("সিনিয়র
/// করেসপন্ডেন্ট" over "<a href=/author/…>নাম</a>"), the name: unless the line names its own author.
fn name_under_post(dom: &Dom, line: NodeId, found: Option<String>) -> Option<String> {
    let names_author = |n: NodeId| dom.descendants(n).any(|d| dom.tag(d).is_some() && signals::marks_author(dom, d));
    if found.is_none() || names_author(line) || is_marked_near(dom, line) {
        return found;
    }
    dom.next_element(line).filter(|&next| names_author(next)).and_then(|next| byline_at(dom, next)).or(found)
}

/// A byline label alone in an element and the name in the next, the row's other fields after them ("<span>লেখা,
/// </span><strong>নাম</strong><span>পদবি</span>", set apart by a stylesheet, not by spaces): the label and the name.
fn label_and_name(dom: &Dom, n: NodeId) -> Option<String> {
    let fields = element_fields(dom, n);
    let [label, name, _, ..] = fields.as_slice() else { return None };
    let (rest, had_prefix) = clean_byline(label);
    (had_prefix && rest.is_empty()).then(|| format!("{label} {name}"))
}

/// A line shown on the page as a byline, cleaned; `marked` when its element says author.
fn visible_byline(line: &str, marked: bool) -> Option<String> {
    let (name, had_prefix) = clean_byline(date::before_relative_time(date::before_label(line)));
    // An author element's own label, whatever its words ("যাচাই করেছেন: নাম", "Reviewed by: Name").
    let name = match after_own_label(&name) {
        Some(rest) if marked && !had_prefix => rest.to_owned(),
        _ => name,
    };
    let words = name.split_whitespace().count();
    let short = words > 0
        && words <= tables::BYLINE_MAX_WORDS
        && name.chars().count() <= tables::BYLINE_MAX_CHARS;
    // A full stop is no sentence end here: names abbreviate ("মো.", "ড.", "এ.কে.এম").
    let sentence = name.contains(|c: char| c != '.' && tables::SENTENCE_ENDS.contains(&c));
    // A note in brackets beside the name is the writer's post or place ("(বিজ্ঞান শিক্ষক, হুগলি)"), not the name.
    let bracketed = name.starts_with('(') && name.ends_with(')');
    if !short || sentence || bracketed {
        return None;
    }
    let folded = text::fold_spelling(&name);
    let has_word = folded
        .split(|c: char| !text::is_word_char(c))
        .any(|w| tables::BYLINE_WORDS.contains(&w));
    let agency = tables::WIRE_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(&folded));
    let generic = tables::GENERIC_BYLINE_KEYS.contains(&folded);
    let credit = tables::CREDIT_WORDS.iter().any(|c| folded.contains(c));
    // The date parse last: it costs the most, and most short lines were already turned down.
    ((marked || had_prefix || has_word || agency)
        && !generic
        && !credit
        && !clutter::holds_clutter_label(&text::normalize_key(&name))
        && !is_username(&name)
        && date::parse_text(&name).is_none())
    .then_some(name)
}

/// A byline line up to its next field: a bar parts them, glued or not ("নিজস্ব সংবাদদাতা|হরিশতলা"), and so do the
/// double danda, typed as one character or as two dandas ("স্টাফ রিপোর্টার ।। ঢাকা"), and a spaced slash
/// ("Sreya Chatterjee / TNN / Updated: …").
fn before_next_field(line: &str) -> &str {
    let at = line.find(tables::FIELD_BARS).into_iter().chain(line.find("।।")).chain(line.find(" / ")).filter(|&at| at > 0).min();
    at.map_or(line, |at| &line[..at])
}

/// Whitespace collapsed, a "By"/"লেখক:" prefix and a trailing " :"/"ঃ" removed. Also says whether
/// a prefix was there.
fn clean_byline(s: &str) -> (String, bool) {
    let collapsed = text::collapse_ws(s);
    let mut name = collapsed.as_str();
    let mut had_prefix = false;
    let prefixes = tables::BYLINE_PREFIXES;
    let labels = &*tables::GENERIC_BYLINE_KEYS;
    let longest = labels.iter().map(String::len).max().unwrap_or(0);
    let mut folded = String::new();
    let mut folded_to = 0;
    // Folding can change lengths (য় is one or two characters), so prefixes are compared at
    // each character boundary of the original, the fold growing with the prefix until it is
    // longer than any prefix (a line used to be folded from its start at every space).
    for (i, c) in collapsed
        .char_indices()
        .skip(1)
        .chain([(collapsed.len(), ' ')])
    {
        if !(c.is_whitespace() || c == ',' || tables::COLON_MARKS.contains(&c)) {
            continue;
        }
        text::push_folded(&collapsed[folded_to..i], &mut folded);
        folded_to = i;
        if folded.len() > longest {
            break;
        }
        // The longest prefix the line starts with: "সাক্ষাৎকার নিয়েছেন নাম", not "সাক্ষাৎকার". Any
        // byline word or label is one before a colon ("প্রতিবেদক: নাম", "Author: Name").
        let labeled = tables::COLON_MARKS.contains(&c) && labels.contains(&folded);
        if labeled || prefixes.contains(&folded.as_str()) {
            // "লেখক: নাম", and "লেখক, নাম" as screen readers are given it.
            name = collapsed[i..]
                .trim_start_matches(|c: char| c == ' ' || c == ',' || tables::COLON_MARKS.contains(&c));
            had_prefix = true;
        }
    }
    // A social handle after the name ("Ahiza Garcia @ahiza_garcia", "Alissa Wilkinson@alissamarie").
    if let Some(at) = name.rfind('@').filter(|&at| at > 0 && is_handle(&name[at + 1..])) {
        name = &name[..at];
    }
    name = before_next_field(name);
    let trim = |c: char| c.is_whitespace() || tables::BYLINE_TRAILING.contains(&c);
    (
        name.trim_end_matches(trim)
            .trim_start_matches(trim)
            .to_owned(),
        had_prefix,
    )
}

/// What follows a short label and its colon: a few words without digits (a clock's colon is no label's). Only
/// ':' here: a visarga after an unknown word is an abbreviation's mark ("মোঃ", "ডাঃ").
fn after_own_label(line: &str) -> Option<&str> {
    let at = line.find(':')?;
    let (label, after) = (&line[..at], &line[at + 1..]);
    let rest = after.trim_start();
    let words = label.split_whitespace().count();
    let plain = !label.chars().any(char::is_numeric);
    let spaced = after.starts_with(char::is_whitespace);
    (words > 0 && words <= tables::OWN_LABEL_MAX_WORDS && plain && spaced && !rest.is_empty()).then_some(rest)
}

/// The line is a byline label and nothing else ("প্রতিবেদক:", "Author").
fn is_byline_label(line: &str) -> bool {
    match clean_byline(line) {
        (name, had_prefix) if name.is_empty() => had_prefix,
        (name, _) => tables::GENERIC_BYLINE_KEYS.contains(&text::fold_spelling(&name)),
    }
}

/// A social media handle's name: ASCII letters, digits and `_`, to the end of the line.
fn is_handle(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A CMS login rather than a person: one ASCII token that is all lowercase, has digits or `_`,
/// or contains "admin", "editor" and the like (`akashadmin`, `user_12`). "AFP" and "Reuters" pass.
fn is_username(s: &str) -> bool {
    if s.is_empty() || !s.is_ascii() || s.contains(char::is_whitespace) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    s == lower
        || s.contains(|c: char| c.is_ascii_digit() || c == '_')
        || tables::USERNAME_HINTS.iter().any(|h| lower.contains(h))
}

// --- blocks that are metadata ---

/// Body blocks that repeat the headline, hold the byline, a labelled date, nothing but a date,
/// or an edition label, and a view counter above the first paragraph.
/// Above the first paragraph, a section label ("স্বাস্থ্য", "ক্রিকেট") is metadata too: a short
/// line that names the article's section or is nothing but a link.
fn consumed(
    page: &Page,
    body: &Body,
    scan: &Scan,
    article: Option<&Json>,
    (title, anchor): (Option<&str>, Option<NodeId>),
    byline: Option<&str>,
    bengali: bool,
) -> Vec<NodeId> {
    let dom = &page.dom;
    let title_key = title.map(text::normalize_key).filter(|k| !k.is_empty());
    let byline_key = byline.map(text::normalize_key).filter(|k| !k.is_empty());
    let editions: Vec<String> = tables::EDITION_LABELS
        .iter()
        .map(|l| text::normalize_key(l))
        .collect();
    let sections = section_keys(scan, article);
    // A short line above the headline: a kicker or a badge ("লাইভ"). A lead photo stays (its caption, below).
    let above_title = |b: NodeId| {
        anchor.is_some_and(|a| dom.precedes(b, a))
            && !dom.holds_img(b)
            && !dom.ancestors(b).take(tables::FIGURE_LABEL_CLIMB).any(|a| dom.is(a, local_name!("figure")))
    };
    // A Bengali news page shows the lead photo's caption with the headline, not as the story's (the corpus's gold
    // leaves it out); an English page's reader keeps it as the story's first block, as Readability does.
    // A caption is in the photo's figure, or is the only text of the box that holds the photo ("<div><img><div>…
    // ছবি: …</div></div>").
    let is_caption = |b: NodeId| {
        !dom.holds_img(b)
            && dom.self_and_ancestors(b).take(tables::FIGURE_LABEL_CLIMB).any(|a| {
                dom.is(a, local_name!("figure")) || a != b && page.letters[a] == page.letters[b] && dom.holds_img(a)
            })
    };
    // Nor the strap between the headline and the byline or date line ("ফুটপাত দখলমুক্ত রাখতে পৌরসভার উদ্যোগ, …"
    // under the headline, then "নিজস্ব প্রতিবেদক | প্রকাশ: …"): the lines above the body not taken yet.
    let mut before_byline: Vec<NodeId> = Vec::new();
    // A live page's entries each open with their time: the first is no date of the page's.
    let later_time = |b: NodeId| body.blocks.iter().filter(|&&l| l > b).any(|&l| dom.descendants(l).any(|d| dom.is(d, local_name!("time"))));
    let mut above_body = true;
    let mut out = Vec::new();
    for &b in &body.blocks {
        // A paragraph is passed over on its letter count from the parse (a line counts at least as
        // many letters, and has more characters than letters) without building its text.
        if usize::try_from(page.letters[b]).unwrap_or(usize::MAX) > tables::MAX_META_LINE_CHARS {
            above_body = false;
            continue;
        }
        let line = text::collapse_ws(&shown_text(page, b));
        if text::letter_count(&line) >= tables::BODY_LINE_LETTERS {
            above_body = false;
        }
        if line.chars().count() > tables::MAX_META_LINE_CHARS {
            continue;
        }
        let key = text::normalize_key(&line);
        // No words: above the body punctuation alone ("< >", "•") goes; a photo stays, wherever it
        // is (its credit may be gone). It is no section label, whose words a link would show.
        if key.is_empty() {
            if above_body && !dom.holds_img(b) {
                out.push(b);
            }
            continue;
        }
        let is_byline = || {
            byline
                .zip(byline_key.as_ref())
                .is_some_and(|(name, k)| is_byline_line(dom, b, &line, name, k))
        };
        // Fields parted by bars or in elements of their own, each a date, a counter, a credit, a
        // video's length or the byline ("Posted on … · 7 minute read · by …", "প্রতিবেদন: … | ক্যামেরা: …
        // | ৫ মার্চ ২০২৬", "<span>By …</span><span>Photographs by …</span><time>…</time>").
        let is_fields = || {
            let parts: Vec<String> = if line.contains(tables::FIELD_BARS) {
                line.split(tables::FIELD_BARS).map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()).collect()
            } else {
                element_fields(dom, b)
            };
            let byline_part = |p: &str| byline_key.as_ref().is_some_and(|k| text::normalize_key(&clean_byline(p).0) == *k);
            !parts.is_empty()
                && parts.iter().map(String::as_str).all(|p| {
                    date::is_date_line(p)
                        || !date::labeled(p).is_empty()
                        || clutter::is_view_count(p)
                        || is_credit(p)
                        || is_duration(p)
                        || is_count(p)
                        || byline_part(p)
                        || is_clutter_label(p)
                        || is_font_sizer(p)
                })
        };
        let is_section = || {
            above_body
                && line.split_whitespace().count() <= tables::SECTION_MAX_WORDS
                && (sections.contains(&key) || link_text(dom, b) == key)
        };
        // A table's cell holding a date is a value of the table ("First lit | 1 November 1874"); a
        // heading with a date and no label heads a section ("2.4.0 (2026-03-02)" in release notes).
        let cell = dom.is(b, local_name!("td")) || dom.is(b, local_name!("th"));
        let heading = dom.is_heading(b);
        let byline_or_date = !cell && !date::labeled(&line).is_empty() || !cell && !heading && date::is_date_line(&line) || is_byline();
        if !above_body {
            before_byline.clear();
        }
        if byline_or_date && above_body && bengali {
            out.append(&mut before_byline);
        }
        if title_key.as_ref() == Some(&key)
            || byline_or_date
            || editions.contains(&key)
            || is_section()
            || above_body && (clutter::is_view_count(&line) || clutter::is_call_to_action(&key) || is_fields() || is_post_line(&key) || is_bare_number(&line) || is_contact_line(&key))
            || above_body && is_time_line(dom, b, &key) && !later_time(b)
            || above_body && bengali && is_caption(b)
            || above_body && above_title(b)
        {
            out.push(b);
        } else if above_body && !dom.holds_img(b) {
            before_byline.push(b);
        } else if above_body && bengali {
            // The photo and its caption as one block ("<div><img><span>… ছবি: সংগৃহীত</span></div>"): the photo stays.
            out.extend(caption_beside_photo(page, b));
        }
    }
    out.extend(section_labels(page, body, &sections));
    out
}

/// The elements of the block `b` that hold all its text beside its photo, none of them holding one.
fn caption_beside_photo(page: &Page, b: NodeId) -> Vec<NodeId> {
    let dom = &page.dom;
    let (mut texts, mut photos) = (Vec::new(), false);
    for c in dom.children(b) {
        if dom.holds_img(c) {
            // A photo with words of its own is no photo beside its caption.
            if page.letters[c] > 0 {
                return Vec::new();
            }
            photos = true;
        } else if page.letters[c] > 0 {
            texts.push(c);
        }
    }
    let holds_all = texts.iter().all(|&t| dom.tag(t).is_some()) && texts.iter().map(|&t| page.letters[t]).sum::<u32>() == page.letters[b];
    if !photos || !holds_all {
        return Vec::new();
    }
    texts
}

/// A press release's media contact over its text ("Contact: Renata Silva, Communications Manager 360-555-0187").
fn is_contact_line(key: &str) -> bool {
    tables::CONTACT_LABEL_KEYS.iter().any(|l| key.strip_prefix(l).is_some_and(|rest| rest.starts_with(' ')))
}

/// A number alone, digits grouped or not: above the body, a count whose label or icon is gone (the comments' "342"
/// beside share buttons); a reading time's or a length's number ([`is_count`]).
fn is_bare_number(line: &str) -> bool {
    line.chars().any(char::is_numeric) && line.chars().all(|c| c.is_numeric() || c == ',' || c == '.')
}

/// A line that is one `<time datetime>`, whatever its words say ("2 hours ago", "২ ঘণ্টা আগে"): the machine
/// reads the date, the reader a time.
fn is_time_line(dom: &Dom, b: NodeId, key: &str) -> bool {
    dom.descendants(b)
        .find(|&d| dom.is(d, local_name!("time")))
        .is_some_and(|t| dom.attr(t, local_name!("datetime")).is_some() && text::normalize_key(&dom.text_content(t)) == key)
}

/// The writer's post under the byline, under its label ("পদবি, বিশ্বকণ্ঠ বাংলা, লবণচর থেকে", a screen reader's).
fn is_post_line(key: &str) -> bool {
    tables::POST_LABEL_KEYS.iter().any(|l| key.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
}

/// The text of block `b` the reader will show: without what clutter dropped inside it (font-size
/// buttons beside a byline), and with a space between its element children, which the page's
/// styles set apart.
fn shown_text(page: &Page, b: NodeId) -> String {
    let dom = &page.dom;
    let mut out = String::new();
    let mut walk = dom.descendants(b);
    while let Some(n) = walk.next() {
        if page.dropped[n] {
            walk.skip_children(n);
        } else if let Some(t) = dom.text(n) {
            out.push_str(t);
        } else if dom.nodes[n].parent() == Some(b) && !out.ends_with(char::is_whitespace) && !out.is_empty() {
            // "…১১:২০ এএম" and "আপডেট: …" in two spans read as "এএমআপডেট" run together.
            out.push(' ');
        }
    }
    out
}

/// The texts of the elements `b` is made of, when it is two or more of them and nothing between but
/// spaces and bars: each a field of a byline row.
fn element_fields(dom: &Dom, b: NodeId) -> Vec<String> {
    let loose = dom.children(b).any(|c| dom.text(c).is_some_and(|t| t.contains(|c: char| !c.is_whitespace() && !tables::FIELD_BARS.contains(&c))));
    let fields: Vec<String> = dom.children(b).filter(|&c| dom.tag(c).is_some()).map(|c| text::collapse_ws(&dom.text_content(c))).filter(|t| !t.is_empty()).collect();
    if loose || fields.len() < 2 {
        return Vec::new();
    }
    fields
}

/// Block `b` (text `line`) shows the byline and nothing else but a date, a label, a place or a
/// view counter. A bare name, or a byline beside a view counter (too long a line to read as a
/// byline), is found as the byline's own text.
fn is_byline_line(dom: &Dom, b: NodeId, line: &str, byline: &str, byline_key: &str) -> bool {
    // Either reading below finds the byline's words in the block's text, each whole or inside a word
    // ("নামঃ"): a block without them is turned down before its byline is looked for, the dearest
    // question this check asks, and most of a story's short blocks have no byline.
    let text_key = text::normalize_key(&dom.text_content(b));
    if !byline_key.split(' ').all(|w| text_key.contains(w)) {
        return false;
    }
    // Past the byline's own prefix, however many words it is ("লেখা ও ছবি: …").
    let (unprefixed, _) = clean_byline(line);
    let rest_of = |found: &str| {
        let rest = unprefixed.replacen(found, "", 1);
        rest.trim_matches(|c: char| !text::is_word_char(c)).to_owned()
    };
    let is_meta = |rest: &str| {
        date::is_date_line(rest)
            || !date::labeled(rest).is_empty()
            || clutter::is_view_count(rest)
            || date::before_relative_time(rest).trim().is_empty()
            // A date, then a reading time ("৩ এপ্রিল ২০২৬ পড়তে সময় লাগবে ৫ মিনিট").
            || rest.match_indices(' ').any(|(i, _)| clutter::is_view_count(&rest[i..]) && date::is_date_line(&rest[..i]))
    };
    match byline_at(dom, b).filter(|f| text::normalize_key(f) == byline_key) {
        Some(found) => {
            let rest = rest_of(&found);
            rest.split_whitespace().count() <= tables::BYLINE_REST_WORDS || is_meta(&rest)
        }
        // The byline inside a longer text: with a date or a counter only ("নিজস্ব প্রতিবেদকপ্রকাশ:
        // …" from two spans with no space between).
        None => line.contains(byline) && {
            let rest = rest_of(byline);
            rest.is_empty() || is_meta(&rest)
        },
    }
}

/// Section labels inside the article but outside its blocks, above the first paragraph: an
/// element whose short text names the section, or a `rel=category` link.
fn section_labels(page: &Page, body: &Body, sections: &[String]) -> Vec<NodeId> {
    let dom = &page.dom;
    let blocks: rustc_hash::FxHashSet<NodeId> = body.blocks.iter().copied().collect();
    let mut out = Vec::new();
    for &root in &body.roots {
        let mut walk = dom.descendants(root);
        while let Some(n) = walk.next() {
            if dom.tag(n).is_none() {
                continue;
            }
            if blocks.contains(&n) {
                if page.letters[n] as usize >= tables::BODY_LINE_LETTERS {
                    return out;
                }
                walk.skip_children(n);
                continue;
            }
            if dom.is_heading(n) || page.dropped[n] {
                walk.skip_children(n);
                continue;
            }
            let Some(line) = short_text(dom, n, tables::MAX_META_LINE_CHARS) else {
                continue;
            };
            let words = line.split_whitespace().count();
            let category_link = dom.is(n, local_name!("a"))
                && dom.attr(n, local_name!("rel")).is_some_and(|r| {
                    r.split_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("category"))
                });
            if words > 0
                && words <= tables::SECTION_MAX_WORDS
                && (category_link || sections.contains(&text::normalize_key(&line)))
            {
                out.push(n);
                walk.skip_children(n);
            }
        }
    }
    out
}

/// Keys of the article's section names: JSON-LD `articleSection`, `article:section`, and the
/// names in a JSON-LD breadcrumb trail.
fn section_keys(scan: &Scan, article: Option<&Json>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    if let Some(a) = article {
        match a.get("articleSection") {
            Some(Json::String(s)) => names.push(s.clone()),
            Some(Json::Array(items)) => {
                names.extend(items.iter().filter_map(Json::as_str).map(str::to_owned));
            }
            _ => {}
        }
    }
    names.extend(
        scan.metas
            .iter()
            .filter(|(k, _)| k == "article:section")
            .map(|(_, v)| v.clone()),
    );
    for crumbs in scan
        .ld
        .iter()
        .filter(|v| types(v).contains(&"BreadcrumbList"))
    {
        let items = crumbs
            .get("itemListElement")
            .and_then(Json::as_array)
            .unwrap_or_default();
        for item in items {
            names.extend(
                ld_text(item, "name").or_else(|| item.get("item").and_then(|i| ld_text(i, "name"))),
            );
        }
    }
    names
        .iter()
        .map(|n| text::normalize_key(n))
        .filter(|k| !k.is_empty())
        .collect()
}

/// The key of the text of the links inside `n`.
fn link_text(dom: &Dom, n: NodeId) -> String {
    let links: Vec<String> = dom
        .descendants(n)
        .filter(|&d| dom.is(d, local_name!("a")))
        .map(|a| dom.text_content(a))
        .collect();
    text::normalize_key(&links.join(" "))
}

// --- language, excerpt, image, canonical ---

/// Whether the article's text (or the page's, when the article has little) is mostly Bengali: the language
/// [`lang`] reports whatever the page declares, and the one whose conventions [`consumed`] follows.
fn reads_bengali(page: &Page, body: &Body) -> bool {
    text::bengali_share(&text_sample(page, body)) >= tables::BENGALI_LANG_SHARE
}

/// `<html lang>`, then `og:locale` and the language metas, as BCP 47 (`bn_BD` → `bn-BD`).
/// The text decides (`bengali`, [`reads_bengali`]) when it is mostly Bengali and the page says otherwise
/// (templates that keep `lang="en"`), or when the page says nothing.
fn lang(scan: &Scan, bengali: bool) -> Option<String> {
    let declared = scan
        .html_lang
        .as_deref()
        .filter(|l| !text::is_blank(l))
        .or_else(|| scan.meta(tables::LANG_METAS))
        .map(bcp47);
    match declared {
        Some(tag) if bengali && primary_subtag(&tag) != "bn" => Some("bn".to_owned()),
        None if bengali => Some("bn".to_owned()),
        tag => tag.filter(|t| !t.is_empty()),
    }
}

/// A language tag as BCP 47 writes it: `bn_bd` → `bn-BD`, `EN-us` → `en-US`.
fn bcp47(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .enumerate()
        .map(|(i, part)| {
            if i > 0 && part.len() == tables::REGION_SUBTAG_LEN {
                part.to_ascii_uppercase()
            } else {
                part.to_ascii_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

fn primary_subtag(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Up to [`tables::LANG_SAMPLE_CHARS`] of the article's text, or of the page's visible text.
fn text_sample(page: &Page, body: &Body) -> String {
    let dom = &page.dom;
    let mut out = String::new();
    for &b in &body.blocks {
        out.push_str(&dom.text_content(b));
        out.push(' ');
        if out.len() >= tables::LANG_SAMPLE_CHARS {
            return out;
        }
    }
    if !text::is_blank(&out) {
        return out;
    }
    let mut walk = dom.descendants(page.body);
    while let Some(n) = walk.next() {
        if dom
            .tag(n)
            .is_some_and(|t| tables::is_unread(t))
            || page.hidden[n]
        {
            walk.skip_children(n);
        } else if let Some(t) = dom.text(n) {
            out.push_str(t);
            if out.len() >= tables::LANG_SAMPLE_CHARS {
                break;
            }
        }
    }
    out
}

/// The first body paragraph with substance that is not a metadata line, trimmed at a sentence
/// end; else og:description, the description metas and JSON-LD `description`.
fn excerpt(
    page: &Page,
    body: &Body,
    consumed: &[NodeId],
    scan: &Scan,
    article: Option<&Json>,
) -> Option<String> {
    let dom = &page.dom;
    body.blocks
        .iter()
        .filter(|b| !consumed.contains(b) && !dom.is_heading(**b))
        .map(|&b| text::collapse_ws(&dom.text_content(b)))
        .find(|t| text::letter_count(t) >= tables::EXCERPT_MIN_LETTERS)
        .or_else(|| scan.meta(tables::DESCRIPTION_METAS).map(html_text))
        .or_else(|| article.and_then(|a| ld_text(a, "description")))
        .map(|t| trim_excerpt(&t))
        .filter(|t| !t.is_empty())
}

/// At most [`tables::EXCERPT_MAX_CHARS`]: whole sentences when one fits, else cut at a space with "…".
fn trim_excerpt(s: &str) -> String {
    if s.chars().count() <= tables::EXCERPT_MAX_CHARS {
        return s.to_owned();
    }
    let limit = s
        .char_indices()
        .nth(tables::EXCERPT_MAX_CHARS)
        .map_or(s.len(), |(i, _)| i);
    let head = &s[..limit];
    if let Some((i, c)) = head
        .char_indices()
        .rfind(|(_, c)| tables::SENTENCE_ENDS.contains(c))
    {
        return head[..i + c.len_utf8()].to_owned();
    }
    let cut = head.rfind(char::is_whitespace).unwrap_or(limit);
    format!("{}…", head[..cut].trim_end())
}

/// og:image and the other image metas, JSON-LD `image`, the first image in the article, then
/// the first image between the headline and the body; site-wide share images and logos are
/// skipped. Absolute URLs only.
fn lead_image(
    page: &Page,
    body: &Body,
    scan: &Scan,
    article: Option<&Json>,
    near: &NearTitle,
) -> Option<String> {
    let dom = &page.dom;
    let in_body = body.roots.iter().find_map(|&r| {
        dom.descendants(r)
            .filter(|&n| dom.is(n, local_name!("img")) && !page.hidden[n])
            .find_map(|img| image_src(dom, img))
    });
    let metas = tables::IMAGE_METAS.iter().filter_map(|k| scan.meta(&[k]));
    let ld = article.and_then(|a| ld_url(a.get("image")));
    let found = metas
        .chain(ld.as_deref())
        .chain(in_body)
        .chain(near.image.as_deref())
        .filter_map(|u| absolute(page, u))
        .find(|u| !is_generic_image(u));
    found
}

/// An image's real address: a lazy-loading attribute first, then `src`, then the first `srcset`
/// candidate; never an inline `data:` placeholder.
fn image_src(dom: &Dom, img: NodeId) -> Option<&str> {
    tables::LAZY_SRC_ATTRS
        .iter()
        .chain(&["src"])
        .filter_map(|a| dom.attr(img, a))
        .chain(
            tables::LAZY_SRCSET_ATTRS
                .iter()
                .filter_map(|a| dom.attr(img, a)?.split_whitespace().next()),
        )
        .map(str::trim)
        .find(|s| !s.is_empty() && !s.starts_with("data:"))
}

fn is_generic_image(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    tables::GENERIC_IMAGE_MARKERS
        .iter()
        .any(|m| lower.contains(m))
}

/// `<link rel=canonical>`, og:url, JSON-LD `url` / `mainEntityOfPage`, then the caller's URL.
fn canonical(page: &Page, scan: &Scan, article: Option<&Json>) -> Option<String> {
    let ld =
        article.and_then(|a| ld_url(a.get("url")).or_else(|| ld_url(a.get("mainEntityOfPage"))));
    let found = [
        scan.canonical.as_deref(),
        scan.meta(tables::URL_METAS),
        ld.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find_map(|u| absolute(page, u));
    found.or_else(|| page.url.as_ref().map(ToString::to_string))
}

/// `u` as an absolute http(s) URL, resolved against the page's base.
fn absolute(page: &Page, u: &str) -> Option<String> {
    let u = u.trim();
    let url = match Url::parse(u) {
        Ok(url) => url,
        Err(_) => page.base.as_ref()?.join(u).ok()?,
    };
    matches!(url.scheme(), "http" | "https").then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Budget;
    use crate::Options;

    /// A paragraph of running text under the metadata lines being tested.
    /// Two paragraphs of a Bengali story, for articles built around the lines under test.
    const LIBRARY: &str = "<p>নদীর মাঝখানে জেগে ওঠা চরে এত দিন সন্ধ্যা নামলেই পড়াশোনা থেমে যেত, কারণ গ্রামে বিদ্যুতের লাইন নেই। \
            গত সপ্তাহে সেখানে সৌরপ্যানেল বসিয়ে একটি পাঠাগার চালু হয়েছে, যেখানে এখন রাত পর্যন্ত শিশুরা পড়ে।</p>";
    const LIBRARY_MORE: &str = "<p>পাঠাগারের দায়িত্বে থাকা স্কুলশিক্ষক জানান, প্রতিদিন সন্ধ্যায় অর্ধশতাধিক শিশু সেখানে পড়তে আসে, \
            আর ছুটির দিনে বড়রাও আসেন পত্রিকা পড়তে। গ্রামের মানুষ চাঁদা তুলে বইয়ের তাক বানিয়েছেন।</p>";

    /// The article text of `html`.
    fn extracted_text(html: &str) -> String {
        crate::extract(html, &crate::Options::default()).unwrap().text
    }

    const WAITING: &str = "<p>রাজধানীর সরকারি হাসপাতালগুলোর বহির্বিভাগে টিকিট কাটা থেকে চিকিৎসকের কক্ষ পর্যন্ত পৌঁছাতে রোগীদের গড়ে আড়াই ঘণ্টা অপেক্ষা করতে হচ্ছে, জরিপে এসেছে।</p>";

    /// Parses `html` and reads it with every visible `<p>` and heading inside `<article>` (or the
    /// body) as a block, the way dedupe will fill `Body::blocks`.
    fn read_page(html: &str, url: Option<&str>) -> (Metadata, Vec<String>) {
        let options = Options {
            url: url.map(str::to_owned),
            ..Options::default()
        };
        let page = crate::parse::parse(html, &options, &Budget::start(&options)).unwrap();
        let root = page.dom.find(page.body, local_name!("article")).unwrap_or(page.body);
        let blocks: Vec<NodeId> = page
            .dom
            .descendants(root)
            .filter(|&n| {
                ["p", "h1", "h2", "li"].iter().any(|t| page.dom.is(n, t)) && !page.hidden[n]
            })
            .collect();
        let keys = blocks.iter().map(|&b| Some(text::normalize_key(&page.dom.text_content(b)))).collect();
        let body = Body {
            roots: vec![root],
            blocks,
            keys,
            duplicates_removed: 0,
            clutter_removed: 0,
        };
        let (meta, consumed) = read(&page, &body);
        let consumed = consumed
            .iter()
            .map(|&n| text::collapse_ws(&page.dom.text_content(n)))
            .collect();
        (meta, consumed)
    }

    /// A page built like the seed article (a Themesbazar portal).
    const SEED: &str = r#"<html><head><title>চীনা নাগরিকদের নিরাপত্তা দিতে সুরক্ষা বিশেষ ইউনিট গঠন করবে পাকিস্তান | আকাশ টিভি</title>
        <meta property="og:site_name" content="আকাশ টিভি">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
        "headline":"চীনা নাগরিকদের নিরাপত্তা দিতে সুরক্ষা বিশেষ ইউনিট গঠন করবে পাকিস্তান","author":{"@type":"Person","name":"akashadmin"}}]}</script>
        </head><body>
        <div class="top-bar">ঢাকা ০৪:২১ পূর্বাহ্ন, সোমবার, ১২ জানুয়ারী ২০২৬, ২৮ পৌষ ১৪৩২ বঙ্গাব্দ</div>
        <article><h1>চীনা নাগরিকদের নিরাপত্তা দিতে সুরক্ষা বিশেষ ইউনিট গঠন করবে পাকিস্তান</h1>
        <p>আপডেট সময় ০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬</p>
        <p>আকাশ আন্তর্জাতিক ডেস্ক :</p>
        <p>সন্ত্রাসবাদ নির্মূল এবং অভ্যন্তরীণ নিরাপত্তা জোরদারের অংশ হিসেবে চীনের নাগরিকদের নিরাপত্তার জন্য একটি বিশেষ সুরক্ষা ইউনিট গঠনের ঘোষণা দিয়েছে পাকিস্তান। এই ইউনিটের অধীনে সাইবার হামলা প্রতিরোধে সহায়তা নেওয়া হবে।</p>
        <p>বুধবার (৭ জানুয়ারি) বেইজিংয়ে চীনের জননিরাপত্তা মন্ত্রীর সাথে বৈঠকের পর নকভি এই মন্তব্য করেন।</p>
        </article></body></html>"#;

    #[test]
    fn seed_page() {
        let (m, consumed) = read_page(SEED, None);
        assert_eq!(
            m.title.as_deref(),
            Some("চীনা নাগরিকদের নিরাপত্তা দিতে সুরক্ষা বিশেষ ইউনিট গঠন করবে পাকিস্তান")
        );
        assert_eq!(m.byline.as_deref(), Some("আকাশ আন্তর্জাতিক ডেস্ক"));
        assert_eq!(m.published.as_deref(), Some("2026-01-07T17:30:13+06:00"));
        assert_eq!(m.published_bangla.as_deref(), Some("২৩ পৌষ ১৪৩২"));
        assert_eq!(m.site_name.as_deref(), Some("আকাশ টিভি"));
        assert_eq!(m.lang.as_deref(), Some("bn"));
        assert!(m.excerpt.as_deref().unwrap().starts_with("সন্ত্রাসবাদ নির্মূল"));
        assert!(m.excerpt.as_deref().unwrap().ends_with('।'));
        assert_eq!(consumed.len(), 3, "{consumed:?}");
        assert!(consumed[1].starts_with("আপডেট সময়"));
    }

    #[test]
    fn a_recipe_object_gives_the_author_and_leaves_the_title_to_the_story() {
        let body = "<p>ইলিশের দাম যখন নাগালের বাইরে, তখন সর্ষে বাটার স্বাদ নিতে পাবদাই ভরসা। নরম কাঁটার এই মাছ সর্ষের ঝাঁঝ খুব ভালো টেনে নেয়।</p>".repeat(3);
        let html = format!(
            r#"<html lang="bn"><head><script type="application/ld+json">{{"@type":"Recipe","name":"সর্ষে পাবদা","author":{{"@type":"Person","name":"শাহানা পারভীন"}},
            "datePublished":"2027-02-17T11:30:00+06:00"}}</script></head><body><article><h1>বেগুন দিয়ে সর্ষে পাবদা, দুপুরের ভাতে জমে যাবে</h1>
            <div>{body}</div></article></body></html>"#
        );
        let (m, _) = read_page(&html, None);
        assert_eq!(m.byline.as_deref(), Some("শাহানা পারভীন"));
        assert_eq!(m.title.as_deref(), Some("বেগুন দিয়ে সর্ষে পাবদা, দুপুরের ভাতে জমে যাবে"));
        assert_eq!(m.published.as_deref(), Some("2027-02-17T11:30:00+06:00"));
    }

    #[test]
    fn a_web_page_object_gives_its_dates_when_there_is_no_article_object() {
        let body = "<p>Heat exhaustion is not usually serious if you can cool down within 30 minutes. Move to a cool place and drink plenty of water.</p>".repeat(3);
        let html = format!(
            r#"<html lang="en"><head><script type="application/ld+json">{{"@type":"MedicalWebPage","name":"Heat-related illness",
            "datePublished":"2023-03-02T09:00:00+00:00"}}</script></head><body><main><h1>Heat-related illness</h1>{body}</main></body></html>"#
        );
        let (m, _) = read_page(&html, None);
        assert_eq!(m.published.as_deref(), Some("2023-03-02T09:00:00+00:00"));
    }

    #[test]
    fn an_author_elements_own_label_is_left_out() {
        let body = "<p>ভাইরাল ছবিটি আসলে তিন বছর আগের, অন্য দেশের একটি বন্যার সময় তোলা। ছবিটির উৎস খুঁজে দেখা গেছে।</p>".repeat(3);
        let page = |who: &str| format!("<html lang=\"bn\"><body><article><h1>ভাইরাল ছবিটি পুরোনো</h1><p class=\"author\">{who}</p><div>{body}</div></article></body></html>");
        let byline = |who: &str| read_page(&page(who), None).0.byline;
        assert_eq!(byline("যাচাই করেছেন: <a href=\"/a\">তানজিলা হক</a>").as_deref(), Some("তানজিলা হক"));
        assert_eq!(byline("Reviewed by: Tanzila Haque").as_deref(), Some("Tanzila Haque"));
        // A visarga closes an abbreviation, not a label.
        assert_eq!(byline("মোঃ রফিকুল ইসলাম").as_deref(), Some("মোঃ রফিকুল ইসলাম"));
    }

    #[test]
    fn a_byline_line_goes_whatever_the_length_of_its_prefix() {
        let body = "<p>শ্রাবণের ভোরে কুয়াশা সরতেই বিলের প্রায় ছয় কিলোমিটার জুড়ে ফুটে ওঠে লাল আর সাদা শাপলা, নৌকা নিয়ে নামেন গ্রামের মানুষ।</p>".repeat(3);
        let html = format!("<html><body><article><h1>বিলে শাপলার মৌসুম</h1><p>লেখা ও ছবি: সায়েম মাহমুদ</p>{body}</article></body></html>");
        let article = crate::extract(&html, &crate::Options::default()).unwrap();
        assert_eq!(article.byline.as_deref(), Some("সায়েম মাহমুদ"));
        assert!(!article.text.contains("লেখা ও ছবি"), "{}", article.text);
    }

    #[test]
    fn a_link_to_the_writers_page_names_the_author() {
        let body = "<p>সাবরিনা হকের তৃতীয় উপন্যাস শুরু হয় একটি ঘাট বন্ধ হয়ে যাওয়ার খবর দিয়ে, আর সেই খবর ঘিরে বদলে যায় গঞ্জের জীবন।</p>".repeat(3);
        for line in [
            "<div><div>আলোচনা:</div> <a href='/author/mahmudul-hasan/'>মাহমুদুল হাসান</a></div>",
            "<div><span>By <a href='https://news.example.com/authors/77?ref=top'>মাহমুদুল হাসান</a></span> <span>Northline News</span></div>",
            "<p>Story by <a href='/news?author=mahmudul-hasan'>মাহমুদুল হাসান</a>, Office of Communications</p>",
            // Before the writer's role, in an element marked as the byline's too.
            "<div class='byline'>By <a href='/staff/mahmudul-hasan'>মাহমুদুল হাসান</a> <span class='byline__role'>Staff writer</span></div>",
        ] {
            let html = format!("<html><body><article><h1>হারিয়ে যাওয়া ঘাটের উপাখ্যান</h1>{line}{body}</article></body></html>");
            assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("মাহমুদুল হাসান"), "{line}");
        }
    }

    #[test]
    fn the_writers_post_under_its_label_goes_with_the_byline() {
        let body = "<p>শ্রাবণের ভোরে কুয়াশা সরতেই বিলের প্রায় ছয় কিলোমিটার জুড়ে ফুটে ওঠে লাল আর সাদা শাপলা, নৌকা নিয়ে নামেন গ্রামের মানুষ।</p>".repeat(3);
        let html = format!(
            "<html><body><main><div><h1>বিলে শাপলার মৌসুম</h1><ul role='list'><li><span>লেখা,</span><span>সুমাইয়া ফেরদৌস</span></li>\
             <li><span>পদবি,</span><span>বিশ্বকণ্ঠ বাংলা, লবণচর থেকে</span></li></ul>{body}</div></main></body></html>"
        );
        let article = crate::extract(&html, &crate::Options::default()).unwrap();
        assert_eq!(article.byline.as_deref(), Some("সুমাইয়া ফেরদৌস"));
        assert!(!article.text.contains("পদবি") && !article.text.contains("লবণচর"), "{}", article.text);
    }

    #[test]
    fn a_line_that_is_one_time_element_goes_but_a_live_pages_entry_times_stay() {
        let (para, more) = (LIBRARY, LIBRARY_MORE);
        let story = format!("<html><body><article><h1>চরের পাঠাগার</h1><div><time datetime='2026-05-12T05:31:14Z'>২ ঘণ্টা আগে</time></div>{para}{more}</article></body></html>");
        let text = extracted_text(&story);
        assert!(!text.contains("ঘণ্টা আগে"), "{text}");
        let entry = |t: &str, p: &str| format!("<div><p><time datetime='2026-05-12T21:40:00+06:00'>{t}</time></p>{p}</div>");
        let live = format!("<html><body><article><h1>সরাসরি</h1>{}{}</article></body></html>", entry("রাত ৯:৪০", para), entry("রাত ৯:২০", more));
        let text = extracted_text(&live);
        assert!(text.contains("রাত ৯:৪০") && text.contains("রাত ৯:২০"), "{text}");
    }

    #[test]
    fn a_bengali_pages_lead_caption_goes_with_its_header_and_an_english_pages_stays() {
        let photo = "<figure><img src='2.jpg' alt=''><figcaption>পাঠাগারে বই পড়ছে শিশুরা। ছবি: প্রতিবেদক</figcaption></figure>";
        let page = |lead: &str| format!("<html><body><article><h1>চরের পাঠাগার</h1>{lead}{LIBRARY}{photo}{LIBRARY_MORE}</article></body></html>");
        let text = extracted_text(&page("<figure><img src='1.jpg' alt=''><figcaption>চরের নতুন পাঠাগার। ছবি: সংগৃহীত</figcaption></figure>"));
        assert!(!text.contains("চরের নতুন পাঠাগার") && text.contains("বই পড়ছে শিশুরা"), "{text}");
        // Or no figure: the caption is the only text of the box that holds the photo.
        let text = extracted_text(&page("<div><img src='1.jpg' alt=''><div>চরের নতুন পাঠাগার। ছবি: সংগৃহীত</div></div>"));
        assert!(!text.contains("চরের নতুন পাঠাগার") && text.contains("বই পড়ছে শিশুরা"), "{text}");
        // Or the photo and its caption are one block: the caption goes and the photo stays.
        let lead = "<div><img src='https://example.com/1.jpg' alt=''><span>চরের নতুন পাঠাগার। ছবি: সংগৃহীত</span></div>";
        let article = crate::extract(&page(lead), &crate::Options::default()).expect("an article");
        assert!(!article.text.contains("চরের নতুন পাঠাগার") && article.html.contains("1.jpg"), "{}", article.html);
        let en = "<p>Every Tuesday afternoon, the east-side branch of the library fills up with children who have nowhere else to go after school.</p>\
            <p>The branch has been open since 1931, and the city says closing it would save about $400,000 a year in staff and upkeep.</p>";
        let html = format!("<html><body><article><h1>The branch library</h1><figure><img src='1.jpg' alt=''><figcaption>The reading room. (Photo: Dana Whitfield)</figcaption></figure>{en}</article></body></html>");
        let text = extracted_text(&html);
        assert!(text.contains("The reading room"), "{text}");
    }

    #[test]
    fn a_row_of_a_counter_and_controls_under_the_headline_goes() {
        let row = "<div><span>পঠিত: ১৯০৭</span> <span>ফন্ট: <a href='#'>অ-</a> <a href='#'>অ</a> <a href='#'>অ+</a></span> <span><a href='#'>প্রিন্ট</a></span> <span><a href='https://facebook.com/sharer.php?u=x'>শেয়ার</a></span></div>";
        let html = format!("<html><body><article><h1>চরের পাঠাগার</h1>{row}{LIBRARY}{LIBRARY_MORE}</article></body></html>");
        let text = extracted_text(&html);
        assert!(text.starts_with("নদীর মাঝখানে"), "{text}");
        for part in ["ফন্ট: অ- অ অ+", "A- A A+"] {
            assert!(is_font_sizer(part), "{part}");
        }
        for part in ["অ আ", "ক খ গ ঘ ঙ", "Plan B+"] {
            assert!(!is_font_sizer(part), "{part}");
        }
    }

    #[test]
    fn a_releases_contact_over_its_text_goes_with_the_header() {
        let contact = "<table><tr><td><p><strong>FOR IMMEDIATE RELEASE</strong></p></td><td><p><strong>Contact:</strong> Renata Silva, Communications Manager 360-555-0187 | rsilva@example.gov</p></td></tr></table>";
        let en = "<p>The city today opened the first 1.8-mile phase of the greenway, a paved, lighted trail that connects the downtown waterfront to the park.</p>";
        let html = format!("<html><body><article><h1>City opens greenway</h1>{contact}{en}{en}</article></body></html>");
        let text = extracted_text(&html);
        assert!(!text.contains("Renata") && text.starts_with("The city today"), "{text}");
    }

    #[test]
    fn a_bare_count_above_the_body_goes_and_numbers_in_it_stay() {
        let html = format!("<html><body><article><h1>চরের পাঠাগার</h1><p>342</p>{LIBRARY}<p>১২০</p>{LIBRARY_MORE}</article></body></html>");
        let text = extracted_text(&html);
        assert!(!text.contains("342") && text.contains("১২০") && text.starts_with("নদীর মাঝখানে"), "{text}");
    }

    #[test]
    fn a_bengali_pages_strap_above_its_byline_goes_with_the_header() {
        let body = "<p>জেলা শহরের পুরোনো বাজারে শনিবার সকাল থেকে নতুন নিয়মে দোকান বসানো শুরু হয়েছে। পৌরসভা জানিয়েছে, \
            ফুটপাত দখলমুক্ত রাখতে এই উদ্যোগ নেওয়া হয়েছে এবং প্রথম সপ্তাহে কাউকে জরিমানা করা হবে না।</p>\
            <p>বাজার কমিটির সভাপতি বলেন, দোকানিদের সঙ্গে কয়েক দফা আলোচনার পর নতুন জায়গা ঠিক করা হয়েছে। \
            প্রত্যেক দোকানির জন্য নম্বর দেওয়া আলাদা ঘর রাখা হয়েছে, যাতে বিবাদ না হয়।</p>";
        let html = format!(
            "<html><body><article><h1>পুরোনো বাজারে নতুন নিয়মে দোকান</h1><div><p>ফুটপাত দখলমুক্ত রাখতে পৌরসভার উদ্যোগ</p>\
             <p>নিজস্ব প্রতিবেদক | প্রকাশ: ২৭ ডিসেম্বর ২০২৬, ১০:২০</p>{body}</div></article></body></html>"
        );
        let text = extracted_text(&html);
        assert!(!text.contains("পৌরসভার উদ্যোগ") && text.starts_with("জেলা শহরের"), "{text}");
    }

    #[test]
    fn a_label_alone_in_its_element_names_the_next_one() {
        let body = "<p>চরকাজলার কাছে নদীর ঘাটে সকাল আটটা বাজতেই একটা লম্বা কাঠের নৌকা এসে ভেড়ে, তাতে ক্লাস বসে।</p>".repeat(3);
        for role in ["<span>বাতায়ন বাংলা, ঢাকা</span>", "<span><span>পদবি,</span>বাতায়ন বাংলা, ঢাকা</span>"] {
            let html = format!("<html><body><article><h1>নৌকাই যেখানে স্কুল</h1><div><span>লেখা,</span><strong>তানিয়া রহমান</strong>{role}</div>{body}</article></body></html>");
            assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("তানিয়া রহমান"), "{role}");
        }
    }

    #[test]
    fn a_line_break_parts_a_byline_from_its_date() {
        let body = "<p>Every Tuesday afternoon, the east-side branch of the library fills up with children who have nowhere else to go after school.</p>".repeat(3);
        let html = format!(
            "<html lang=\"en\"><head><title>Closing the branch library would cost more than it saves</title></head><body><table><tr><td><font size=\"5\"><b>Closing the branch library would cost more than it saves</b></font><br>\
             <font size=\"2\">By Dana Whitfield<br>Posted: Tuesday, September 22, 2026 5:00 AM CDT</font><hr>{body}</td></tr></table></body></html>"
        );
        let (m, _) = read_page(&html, None);
        assert_eq!((m.byline.as_deref(), m.published.as_deref()), (Some("Dana Whitfield"), Some("2026-09-22T05:00:00-05:00")));
    }

    #[test]
    fn bd_host_gives_dhaka_time_without_a_masthead() {
        // The masthead's day in Bangladesh's Bangla calendar says Dhaka time without "ঢাকা"; the
        // same day a day off (West Bengal's count) or no Bangla date says nothing.
        let html = SEED.replace("ঢাকা ০৪:২১", "০৪:২১");
        assert_eq!(read_page(&html, None).0.published.as_deref(), Some("2026-01-07T17:30:13+06:00"));
        let html_off_by_a_day = html.replace("২৮ পৌষ", "২৭ পৌষ");
        assert_eq!(read_page(&html_off_by_a_day, None).0.published.as_deref(), Some("2026-01-07T17:30:13"));
        let html = html.replace(", ২৮ পৌষ ১৪৩২ বঙ্গাব্দ", "");
        let (m, _) = read_page(&html, None);
        assert_eq!(m.published.as_deref(), Some("2026-01-07T17:30:13"));
        let (m, _) = read_page(&html, Some("https://akash.com.bd/news/1"));
        assert_eq!(m.published.as_deref(), Some("2026-01-07T17:30:13+06:00"));
        let (m, _) = read_page(&html, Some("https://bangla.example.in/news/1"));
        assert_eq!(m.published.as_deref(), Some("2026-01-07T17:30:13+05:30"));
        // No country to go by: the shown update time takes the zone of the publication time's meta.
        let html = html.replace("<head>", r#"<head><meta property="article:published_time" content="2026-01-07T08:00:00-05:00">"#);
        let (m, _) = read_page(&html, None);
        assert_eq!(m.published.as_deref(), Some("2026-01-07T08:00:00-05:00"));
        assert_eq!(m.modified.as_deref(), Some("2026-01-07T17:30:13-05:00"));
    }

    #[test]
    fn masthead_and_print_stamp_are_not_publish_dates() {
        let html = r#"<html><body><div>ঢাকা ০৪:২১ পূর্বাহ্ন, সোমবার, ১২ জানুয়ারী ২০২৬, ২৮ পৌষ ১৪৩২ বঙ্গাব্দ</div>
            <div style="display:none"><p>প্রিন্ট: ১০ আগস্ট ২০২৬, ১০:৫২ এএম</p></div>
            <p>প্রিন্ট: ১১ আগস্ট ২০২৬, ১০:৫২ এএম</p>
            <h1>শিরোনাম</h1><p>কিছু লেখা</p></body></html>"#;
        let (m, _) = read_page(html, None);
        assert_eq!(m.published, None);
        assert_eq!(m.published_bangla, None);
    }

    #[test]
    fn visible_byline_beats_cms_user_name() {
        let (m, _) = read_page(SEED, None);
        assert_eq!(m.byline.as_deref(), Some("আকাশ আন্তর্জাতিক ডেস্ক"));
        let html = SEED.replace("<p>আকাশ আন্তর্জাতিক ডেস্ক :</p>", "");
        let (m, _) = read_page(&html, None);
        assert_eq!(m.byline, None, "a CMS login is no byline");
    }

    /// A page built like Jugantor's: reporter and dateline between the headline and the body,
    /// outside the article container; a hidden print stamp; JSON-LD with a raw newline.
    const JUGANTOR: &str = "<html lang=\"bn\"><head><title>বিশৃঙ্খল বাসে বাড়ছে যানজট</title>
        <meta property=\"og:site_name\" content=\"Jugantor\"><meta property=\"og:title\" content=\"বিশৃঙ্খল বাসে বাড়ছে যানজট\">
        <meta property=\"og:image\" content=\"https://cdn.example.com/uploads/settings/thumbnail.jpg\">
        <link rel=\"canonical\" href=\"https://www.jugantor.com/tp-firstpage/1\">
        <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"বিশৃঙ্খল বাসে বাড়ছে যানজট\n\",
        \"author\": {\"@type\": \"Person\", \"name\": \"মতিন আব্দুল্লাহ \n\"}, \"datePublished\": \"2026-08-10T00:00:00+06:00\",
        \"dateModified\": \"2026-08-10T03:46:56+06:00\"}</script></head><body>
        <div class=\"visiblePrintDiv\" style=\"display: none\"><p>প্রিন্ট: ১০ আগস্ট ২০২৬, ১০:৫২ এএম</p></div>
        <h1><a href=\"/\">যুগান্তর</a></h1>
        <div class=\"hidden-xs\"><p class=\"desktopDetailCat\">প্রথম পাতা</p><h1 class=\"desktopDetailHeadline\"><strong>বিশৃঙ্খল বাসে বাড়ছে যানজট</strong></h1>
        <p class=\"desktopDetailReporter\"><a href=\"/author/33\">মতিন আব্দুল্লাহ</a></p>
        <p class=\"desktopDetailPTime\">প্রকাশ: ১০ আগস্ট ২০২৬, ১২:০০ এএম</p><p class=\"desktopDetailPTime\">প্রিন্ট সংস্করণ</p>
        <div class=\"desktopDetailBody\"><p>রাজধানীতে গণপরিবহণের বাসগুলো সুশৃঙ্খলভাবে না চালানোয় যানজট বাড়ছে। গণপরিবহণের বিশৃঙ্খলায় যানজটের পাশাপাশি প্রতিনিয়ত দুর্ঘটনা ঘটছে।</p>
        <img data-src=\"/assets/news_photos/2026/08/10/bus.jpg\" src=\"data:image/gif;base64,R0lGOD\"></div></div></body></html>";

    #[test]
    fn jugantor_like_page() {
        let (m, _) = read_page(JUGANTOR, None);
        assert_eq!(m.title.as_deref(), Some("বিশৃঙ্খল বাসে বাড়ছে যানজট"));
        assert_eq!(m.byline.as_deref(), Some("মতিন আব্দুল্লাহ"));
        assert_eq!(m.published.as_deref(), Some("2026-08-10T00:00:00+06:00"));
        assert_eq!(m.modified.as_deref(), Some("2026-08-10T03:46:56+06:00"));
        assert_eq!(m.site_name.as_deref(), Some("Jugantor"));
        assert_eq!(
            m.canonical.as_deref(),
            Some("https://www.jugantor.com/tp-firstpage/1")
        );
        assert_eq!(
            m.lead_image, None,
            "the share image is site-wide and the body image is relative with no base"
        );
        let (m, _) = read_page(JUGANTOR, Some("https://www.jugantor.com/tp-firstpage/1"));
        assert_eq!(
            m.lead_image.as_deref(),
            Some("https://www.jugantor.com/assets/news_photos/2026/08/10/bus.jpg")
        );
    }

    #[test]
    fn visible_dateline_when_no_machine_date() {
        let html = JUGANTOR
            .replace("\"datePublished\"", "\"x\"")
            .replace("\"dateModified\"", "\"y\"");
        let (m, consumed) = read_page(&html, None);
        assert_eq!(m.published.as_deref(), Some("2026-08-10T00:00:00"));
        assert_eq!(m.published_bangla.as_deref(), Some("২৬ শ্রাবণ ১৪৩৩"));
        assert!(consumed.iter().any(|c| c == "প্রিন্ট সংস্করণ"));
        assert!(consumed.iter().any(|c| c.starts_with("প্রকাশ:")));
        assert!(consumed.iter().any(|c| c == "মতিন আব্দুল্লাহ"));
        let (m, _) = read_page(&html, Some("https://www.jugantor.com/a/1"));
        assert_eq!(
            m.published.as_deref(),
            Some("2026-08-10T00:00:00"),
            ".com is not a country"
        );
        let (m, _) = read_page(&html.replace("lang=\"bn\"", "lang=\"bn-BD\""), None);
        assert_eq!(m.published.as_deref(), Some("2026-08-10T00:00:00+06:00"));
    }

    #[test]
    fn title_suffixes() {
        let names = vec![
            "Prothom Alo".to_owned(),
            "প্রথম আলো".to_owned(),
            "ittefaq".to_owned(),
        ];
        assert_eq!(
            strip_site("ভূমধ্যসাগরে ১০ দিন ভাসছিল নৌকাটি - Prothom Alo", &names),
            "ভূমধ্যসাগরে ১০ দিন ভাসছিল নৌকাটি"
        );
        assert_eq!(strip_site("প্রথম আলো | শিরোনাম", &names), "শিরোনাম");
        assert_eq!(
            strip_site("খবর | দেশ | The Daily Ittefaq", &names),
            "খবর | দেশ"
        );
        assert_eq!(
            strip_site("ঢাকা-চট্টগ্রাম মহাসড়কে যানজট - ভোগান্তি", &names),
            "ঢাকা-চট্টগ্রাম মহাসড়কে যানজট - ভোগান্তি"
        );
        assert_eq!(
            strip_site("বিশ্বকাপ: আর্জেন্টিনা | ব্রাজিল", &names),
            "বিশ্বকাপ: আর্জেন্টিনা | ব্রাজিল"
        );
    }

    #[test]
    fn the_articles_h1_words_the_title_as_shown() {
        let page = |ld: &str, og: &str, h1: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"{ld}"}}</script>
                <meta property="og:title" content="{og}"></head><body><article><h1>{h1}</h1><p>লেখা</p></article></body></html>"#
            )
        };
        let title = |html: String| read_page(&html, None).0.title;
        // The quotation marks of a quoted headline, which the JSON-LD dropped.
        let quoted = "‘লবণসহিষ্ণু ধান ছড়াতে বীজ পৌঁছানোই বড় চ্যালেঞ্জ’";
        assert_eq!(title(page("লবণসহিষ্ণু ধান ছড়াতে বীজ পৌঁছানোই বড় চ্যালেঞ্জ", quoted, quoted)).as_deref(), Some(quoted));
        // But straight quotes in the metadata are as good as the page's curly ones.
        assert_eq!(title(page("'Star Wars' Cuts Return", "'Star Wars' Cuts Return", "‘Star Wars’ Cuts Return")).as_deref(), Some("'Star Wars' Cuts Return"));
        // The whole headline, which the JSON-LD cut short and og:title also says.
        let whole = "ঈদের বাজারে শেষ মুহূর্তের ভিড়, চড়া দামে সেমাই-চিনি";
        assert_eq!(title(page("ঈদের বাজারে শেষ মুহূর্তের ভিড়", whole, whole)).as_deref(), Some(whole));
        // The headline the page shows and og:title says, against an SEO headline in JSON-LD and <title>.
        let html = page("Northfield library ends late fines, forgives $212K in past debts", "City library to scrap late fines", "City library to scrap late fines")
            .replace("<meta", "<title>Northfield library ends late fines, forgives $212K in past debts</title><meta");
        assert_eq!(title(html).as_deref(), Some("City library to scrap late fines"));
    }

    #[test]
    fn title_by_agreement() {
        // An unknown suffix: <title> and og:title carry it, the h1 and JSON-LD do not.
        let html = r#"<html><head><title>নদীতে নৌকাডুবি, নিখোঁজ ৫ | দৈনিক খবর</title>
            <meta property="og:title" content="নদীতে নৌকাডুবি, নিখোঁজ ৫ | দৈনিক খবর"></head>
            <body><h1 class="logo">দৈনিক খবর</h1><article><h1>নদীতে নৌকাডুবি, নিখোঁজ ৫</h1><p>লেখা</p></article></body></html>"#;
        let (m, consumed) = read_page(html, None);
        assert_eq!(m.title.as_deref(), Some("নদীতে নৌকাডুবি, নিখোঁজ ৫"));
        assert_eq!(consumed, vec!["নদীতে নৌকাডুবি, নিখোঁজ ৫".to_owned()]);
        // A Bengali site name known only from the logo.
        let html = r#"<html><head><title>নদীতে নৌকাডুবি, নিখোঁজ ৫ | যুগান্তর</title></head><body>
            <a class="site-logo" href="/"><img src="/logo.png" alt="যুগান্তর"></a><p>লেখা</p></body></html>"#;
        assert_eq!(
            read_page(html, None).0.title.as_deref(),
            Some("নদীতে নৌকাডুবি, নিখোঁজ ৫")
        );
        // A site named nowhere but in <title>, whose headline is an <h2> under a logo <h1>: the part
        // the page shows is the title, and the byline beside the date label is found under it.
        let html = r#"<html><head><title>নদীতে নৌকাডুবি, নিখোঁজ ৫ | দৈনিক পদ্মা বার্তা</title></head><body>
            <h1><a href="/"><img src="/logo.png" alt="দৈনিক পদ্মা বার্তা"></a></h1><h2>নদীতে নৌকাডুবি, নিখোঁজ ৫</h2>
            <p>মাহবুব হাসান, তানোর (রাজশাহী) | প্রকাশিত: ১২ নভেম্বর ২০২৬, ১০:৩০</p><p>লেখা</p></body></html>"#;
        let (m, _) = read_page(html, None);
        assert_eq!(m.title.as_deref(), Some("নদীতে নৌকাডুবি, নিখোঁজ ৫"));
        assert_eq!(m.byline.as_deref(), Some("মাহবুব হাসান, তানোর (রাজশাহী)"));
        // A headline with its own " | ", shown whole, stays whole.
        let html = r#"<html><head><title>বিশ্বকাপ: আর্জেন্টিনা | ব্রাজিল</title></head><body>
            <h2>বিশ্বকাপ: আর্জেন্টিনা | ব্রাজিল</h2><p>বিশ্বকাপ: আর্জেন্টিনা</p><p>লেখা</p></body></html>"#;
        assert_eq!(
            read_page(html, None).0.title.as_deref(),
            Some("বিশ্বকাপ: আর্জেন্টিনা | ব্রাজিল")
        );
        // A useless <title> loses to JSON-LD.
        let html = r#"<html><head><title>Article</title><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"\u09ac\u09cd\u09b0\u09be\u099c\u09bf\u09b2 \u0995\u09bf\u0982\u09ac\u09a6\u09a8\u09cd\u09a4\u09bf"}</script></head><body><p>x</p></body></html>"#;
        assert_eq!(
            read_page(html, None).0.title.as_deref(),
            Some("ব্রাজিল কিংবদন্তি")
        );
    }

    #[test]
    fn themesbazar_author_box_and_upload_time() {
        let html = r##"<html><body><h1 class="single-page2-title">পদ্মা সেতুতে যান চলাচল স্বাভাবিক</h1>
            <div class="update-time"><ul><li><a href="#"><img src="r.jpg" alt=""> মো. হেলাল উদ্দিন </a></li></ul>
            <ul><li>আপলোড সময় : ০৯-০১-২০২৩ ০২:০৭:৩০ অপরাহ্ন</li><li>আপডেট সময় : ১১-০১-২০২৩ ০৮:৫১:৩০ অপরাহ্ন</li></ul></div>
            <div class="single-content2">সেতু কর্তৃপক্ষ জানিয়েছে, সকাল থেকে সেতুতে যান চলাচল স্বাভাবিক রয়েছে এবং টোল আদায়ও চলছে নিয়মিতভাবে। ঈদের আগে চাপ আরও বাড়বে বলে ধারণা করা হচ্ছে।</div>
            <div class="author"><div class="author-content"><h6 class="author-caption"><span> প্রতিবেদকের তথ্য </span></h6>
            <div class="author-image"><img src="r.jpg" alt="মো. হেলাল উদ্দিন"></div>
            <h1 class="author-name"><a href="/reporter/1"> মো. হেলাল উদ্দিন </a></h1>
            <div class="author-title"><a href="/reporter/1"> প্রতিবেদকের সকল নিউজ </a></div></div></div></body></html>"##;
        let (m, _) = read_page(html, Some("https://example.com.bd/news/136"));
        assert_eq!(m.title.as_deref(), Some("পদ্মা সেতুতে যান চলাচল স্বাভাবিক"));
        assert_eq!(m.byline.as_deref(), Some("মো. হেলাল উদ্দিন"));
        assert_eq!(m.published.as_deref(), Some("2023-01-09T14:07:30+06:00"));
        assert_eq!(m.modified.as_deref(), Some("2023-01-11T20:51:30+06:00"));
    }

    #[test]
    fn an_unlabelled_name_before_the_date_is_the_byline() {
        let para = WAITING;
        let page = |meta: &str| format!("<html><body><article><h1>হাসপাতালে অপেক্ষা</h1><div>{meta}</div>{para}{para}</article></body></html>");
        let (m, consumed) = read_page(&page("<p>মাহমুদা আক্তার</p><p>প্রকাশ: ১০ আগস্ট ২০২৬, ১০:০০ এএম</p>"), None);
        assert_eq!(m.byline.as_deref(), Some("মাহমুদা আক্তার"));
        assert!(consumed.contains(&"মাহমুদা আক্তার".to_owned()), "{consumed:?}");
        // Linked to the reporter's page beside an icon, in its line's element.
        let meta = "<div><i class='icon'></i> <a href='/reporter/1'>মাহমুদা আক্তার</a></div><div><i></i> প্রকাশের সময় : ১০ আগস্ট ২০২৬</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("মাহমুদা আক্তার"));
        // Not glued to a place beside it in the same element.
        let meta = "<div><span><a href='/author/1'>মাহমুদা আক্তার</a></span><span>কুড়িগ্রাম</span></div><div>প্রকাশ: ১০ আগস্ট ২০২৬</div>";
        assert_ne!(read_page(&page(meta), None).0.byline.as_deref(), Some("মাহমুদা আক্তারকুড়িগ্রাম"));
        // Over the reporter's post in the box under it, the name, not the post.
        let meta = "<div><a href='/reporter/1'>মাহমুদা আক্তার</a><div>কুড়িগ্রাম প্রতিনিধি</div></div><div>প্রকাশ: ১০ আগস্ট ২০২৬</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("মাহমুদা আক্তার"));
        // Under the reporter's post, the name linked as the author's.
        let meta = "<div><span>সিনিয়র করেসপন্ডেন্ট</span><div><a href='/author/th'>তৌফিক হাসান</a></div></div><div>আপডেট: ০৯১৫ ঘণ্টা, মার্চ ৭, ২০২৬</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("তৌফিক হাসান"));
        // With the photographer's credit between the name and the date.
        let meta = "<div><a href='/author/1'>মাহমুদা আক্তার</a></div><div>ছবি: অনির্বাণ পাত্র</div><div>প্রকাশিত ১০ আগস্ট ২০২৬</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("মাহমুদা আক্তার"));
        // With its place, beside an icon.
        let meta = "<div><img src='/r.png' alt=''> <span>আবু সাঈদ, বেনাপোল (যশোর)</span></div><div>প্রকাশ : ২৭ নভেম্বর ২০২৬, ০১:১০ পিএম</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("আবু সাঈদ, বেনাপোল (যশোর)"));
        // In a font's bold, closed by two dandas, a line break before the date.
        let meta = "<font size='2'><b>সুভাষ মণ্ডল, পাইকগাছা (খুলনা) ।।</b></font><br><font size='2'>আপডেট : রবিবার, ২০ সেপ্টেম্বর, ২০২৬ ইং</font>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("সুভাষ মণ্ডল, পাইকগাছা (খুলনা)"));
        // A label before the date is no name.
        let meta = "<div><span>Release date:</span> <time datetime='2025-04-03T10:00:00+11:00'>3 April 2025</time></div>";
        assert_eq!(read_page(&page(meta), None).0.byline, None);
        // A name of three words and a place of two.
        let meta = "<div>মো. শফিকুল ইসলাম, ঝিনাইগাতী (শেরপুর)</div><div>প্রকাশ: ২ ডিসেম্বর ২০২৬</div>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("মো. শফিকুল ইসলাম, ঝিনাইগাতী (শেরপুর)"));
        // A share bar's letters before its print button's label are no name.
        let meta = "<div>প্রকাশ: ১০ আগস্ট ২০২৬</div><div><a href='https://facebook.com/sharer.php?u=x'>f</a> <a href='https://x.com/intent/tweet'>x</a> <a href='#'>প্রিন্ট</a></div>";
        assert_eq!(read_page(&page(meta), None).0.byline, None);
        // A line with a "By" is a byline of its own: the section's name over it is none.
        let meta = "<p>জেলার খবর</p><p>By Mahmuda Akter</p>";
        assert_eq!(read_page(&page(meta), None).0.byline.as_deref(), Some("Mahmuda Akter"));
        // Not right before a date, one word (a place, a section), digits, or a label: no byline.
        for meta in [
            "<p>মাহমুদা আক্তার</p><p>প্রিন্ট সংস্করণ</p>",
            "<p>প্রকাশ: ১০ আগস্ট ২০২৬</p><p>মাহমুদা আক্তার</p>",
            "<span>শেয়ার করুন</span><span>প্রকাশ: ১০ আগস্ট ২০২৬</span>",
            "<p>ঢাকা</p><p>প্রকাশ: ১০ আগস্ট ২০২৬</p>",
            "<p>কাশিমগঞ্জ থেকে</p><p>প্রকাশ: ১০ আগস্ট ২০২৬</p>",
            "<p>বিশেষ সংখ্যা ২০২৬</p><p>প্রকাশ: ১০ আগস্ট ২০২৬</p>",
        ] {
            assert_eq!(read_page(&page(meta), None).0.byline, None, "{meta}");
        }
    }

    #[test]
    fn lines_above_the_headline_and_a_refresh_notice_are_not_the_story() {
        let para = WAITING;
        let html = format!(
            "<html><body><main><span>লাইভ</span><figure><img src='/a.jpg' alt=''><figcaption>হাসপাতালের বহির্বিভাগ</figcaption></figure>\
             <h1>হাসপাতালে অপেক্ষা</h1><div>নতুন আপডেট দেখতে পাতাটি রিফ্রেশ করুন</div><p>ঢাকার চিত্র</p>{para}{para}</main></body></html>"
        );
        let text = crate::extract(&html, &crate::Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(!text.contains("লাইভ") && !text.contains("রিফ্রেশ"), "{text}");
        // The lead photo's caption goes with the header on a Bengali page (see consumed); a line under the notice stays.
        assert!(!text.contains("হাসপাতালের বহির্বিভাগ") && text.contains("ঢাকার চিত্র"), "{text}");
    }

    #[test]
    fn a_time_after_an_update_label_is_the_update() {
        let para = "<p>Every job carries an attempt counter that starts at one. When an attempt fails, the worker reports the failure to the broker.</p>";
        let page = |line: &str| format!("<html><body><article><h1>Retries</h1>{para}{para}<footer><span>{line}</span></footer></article></body></html>");
        let (m, _) = read_page(&page("Last updated on <time datetime='2026-03-03T10:22:41Z'>Mar 3, 2026</time> by okoye-j"), None);
        assert_eq!((m.published.as_deref(), m.modified.as_deref()), (None, Some("2026-03-03T10:22:41+00:00")));
        let (m, _) = read_page(&page("Published <time datetime='2026-03-01T08:00:00Z'>Mar 1</time>, updated <time datetime='2026-03-03T10:22:41Z'>Mar 3</time>"), None);
        assert_eq!((m.published.as_deref(), m.modified.as_deref()), (Some("2026-03-01T08:00:00+00:00"), Some("2026-03-03T10:22:41+00:00")));
    }

    #[test]
    fn a_blog_posts_author_and_microformat_date_under_its_widget() {
        let para = "<p>অনেক দিন ধরেই ভাবছিলাম, শীত পুরোপুরি চলে যাওয়ার আগে একবার শ্রীমঙ্গল ঘুরে আসব। অফিসের ছুটি মিলছিল না, শেষমেশ বৃহস্পতিবার রাতে ব্যাগ গুছিয়ে স্টেশনে চলে গেলাম।</p>";
        let html = format!(
            "<html><body><div class='widget Blog'><div class='post'><h3 class='post-title'>চা-বাগানের ভোর</h3><div class='post-body'>{para}{para}</div>\
             <div class='post-footer'><span class='post-author'>এতে পোস্ট করেছেন <span itemprop='author'>তানভীর হাসান</span></span>\
             <abbr class='published' title='2026-03-05T10:30:00+06:00'>১০:৩০ AM</abbr></div></div></div></body></html>"
        );
        let (m, _) = read_page(&html, None);
        assert_eq!((m.byline.as_deref(), m.published.as_deref()), (Some("তানভীর হাসান"), Some("2026-03-05T10:30:00+06:00")));
    }

    #[test]
    fn a_video_pages_credits_and_length_are_metadata() {
        let para = "<p>কুড়িগ্রামের চিলমারী উপজেলায় ব্রহ্মপুত্রের ভাঙনে গত সপ্তাহে নদীতে বিলীন হয়েছে একটি সরকারি প্রাথমিক বিদ্যালয়ের দুটি শ্রেণিকক্ষ। বাকি একটি ভবনও এখন ঝুঁকির মুখে।</p>";
        let html = format!(
            "<html><body><article><h1>নদীভাঙনে বিলীন স্কুল</h1><p>প্রতিবেদন: নাজনীন সুলতানা | ক্যামেরা: আরিফুল ইসলাম | ৫ মার্চ ২০২৬, ০৭:৪৫ পিএম</p>\
             <p>৩:৪২ মিনিট · ১২ হাজার বার দেখা হয়েছে</p>{para}{para}</article></body></html>"
        );
        let (m, consumed) = read_page(&html, None);
        assert_eq!(m.byline.as_deref(), Some("নাজনীন সুলতানা"));
        assert!(consumed.iter().any(|c| c.contains("ক্যামেরা")) && consumed.iter().any(|c| c.contains("৩:৪২")), "{consumed:?}");
    }

    #[test]
    fn a_quotes_attribution_is_no_byline() {
        let para = "<p>A galette forgives a great deal, but not a cold oven.</p>";
        for footer in ["— Ruth Ames", "— by Ruth Ames"] {
            let html = format!("<html><body><article><h1>Galette</h1>{para}<blockquote><p>Bake it hot.</p><footer>{footer}</footer></blockquote>{para}</article></body></html>");
            assert_eq!(read_page(&html, None).0.byline, None, "{footer}");
        }
    }

    #[test]
    fn a_date_line_of_two_spans_without_a_space_is_one_date_line() {
        let para = "<p>রমজান শুরুর আগেই রাজধানীর বাজারে পেঁয়াজের দাম আবার বাড়তে শুরু করেছে। গত এক সপ্তাহে দেশি পেঁয়াজের দাম কেজিতে ২০ থেকে ২৫ টাকা বেড়েছে।</p>";
        let html = format!(
            "<html><body><div><h1>পেঁয়াজের ঝাঁজ</h1><div><span>প্রকাশিত: ০৫ মার্চ ২০২৬, ১১:২০ এএম</span><span>আপডেট: ০৫ মার্চ ২০২৬, ০১:০২ পিএম</span></div>{para}{para}</div></body></html>"
        );
        let article = crate::extract(&html, &crate::Options::default()).unwrap();
        assert!(!article.text.contains("আপডেট"), "{}", article.text);
        assert_eq!((article.published.as_deref(), article.modified.as_deref()), (Some("2026-03-05T11:20:00"), Some("2026-03-05T13:02:00")));
    }

    #[test]
    fn release_notes_headings_and_their_contents_box_are_no_metadata() {
        let para = "<p>This page lists the changes in each release since 2.2. Versions follow semantic versioning, and deprecated options keep working.</p>";
        let html = format!(
            "<html><body><section><h1>Release notes</h1><nav><p>On this page</p><ul><li><a href='#a'>2.4.0 (2026-03-02)</a></li></ul></nav>{para}\
             <h2>2.4.0 (2026-03-02)</h2><ul><li>New dry-run flag prints the plan without writing any files.</li></ul>{para}</section></body></html>"
        );
        let article = crate::extract(&html, &crate::Options::default()).unwrap();
        assert_eq!((article.byline.as_deref(), article.published.as_deref()), (None, None));
        assert!(article.text.contains("2.4.0 (2026-03-02)"), "{}", article.text);
    }

    #[test]
    fn an_authority_box_or_a_commenter_is_no_author() {
        let para = "<p>Varrow Head Lighthouse is a disused lighthouse on a granite headland at the northern entrance to the sound; it guided ships for 145 years.</p>";
        let page = |box_: &str| format!("<html><body><article><h1>Varrow Head</h1>{para}{para}{box_}</article></body></html>");
        let (m, _) = read_page(&page("<div class='authority-control'>Authority control: Orrin</div>"), None);
        assert_eq!(m.byline, None);
        let (m, _) = read_page(&page("<section><div class='comment-meta'><strong class='comment-author'>Kenji W.</strong></div><p>Nice write-up.</p></section>"), None);
        assert_eq!(m.byline, None);
        let (m, _) = read_page(&page("<div class='authorName'>Jane Doe</div>"), None);
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_table_under_the_headline_holds_values_not_metadata() {
        let para = "<p>Varrow Head Lighthouse is a disused lighthouse on a granite headland at the northern entrance to the sound; it guided ships for 145 years.</p>";
        let html = format!(
            "<html><body><div><h1>Varrow Head Lighthouse</h1><table><tr><th>First lit</th><td>1 November 1874</td></tr>\
             <tr><th>Deactivated</th><td>1 March 2019</td></tr></table>{para}{para}</div></body></html>"
        );
        let (m, consumed) = read_page(&html, None);
        assert_eq!((m.byline, m.published), (None, None));
        assert!(!consumed.iter().any(|c| c.contains("1874") || c.contains("First lit")), "{consumed:?}");
        // A row labelled as the publication date says it, its label and value in two cells.
        let html = html.replace("<tr><th>First lit</th>", "<tr><th>প্রকাশের তারিখ</th><td>২৪-০২-২০২৬</td></tr><tr><th>First lit</th>");
        assert_eq!(read_page(&html, None).0.published.as_deref().map(|p| &p[..10]), Some("2026-02-24"));
    }

    #[test]
    fn a_byline_line_of_two_linked_names_names_both() {
        let para = WAITING;
        let html = format!(
            "<html><body><article><h1>হাসপাতালে অপেক্ষা</h1><div class='field-author'><a href='/r/1'>নাজমুল হাসান</a> ও \
             <a href='/r/2'>ফারহানা মির্জা</a></div>{para}{para}</article></body></html>"
        );
        assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("নাজমুল হাসান ও ফারহানা মির্জা"));
        // Each name marked as an author's: both, as the line shows them; a name's place beside it,
        // marked but of another class, is no second author.
        let html = format!(
            "<html><body><article><h1>হাসপাতালে অপেক্ষা</h1><div class='byline'>By <a class='author' href='/r/1'>Odile Fenwick</a> and \
             <a class='author' href='/r/2'>Marcus Threlkeld</a></div>{para}{para}</article></body></html>"
        );
        assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("Odile Fenwick and Marcus Threlkeld"));
        let html = format!(
            "<html><body><article><h1>হাসপাতালে অপেক্ষা</h1><div class='byline'><span class='byline-who'>সুমন চক্রবর্তী</span>, \
             <span class='byline-from'>ময়মনসিংহ</span></div>{para}{para}</article></body></html>"
        );
        assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("সুমন চক্রবর্তী"));
    }

    #[test]
    fn a_label_in_one_element_and_its_name_in_the_next() {
        let para = WAITING;
        for label in ["প্রতিবেদক:", "সাক্ষাৎকার:", "Author"] {
            let html = format!("<html><body><h1>হাসপাতালে অপেক্ষা</h1><div><span>{label}</span> <span>তানজিলা হক</span></div><article>{para}{para}</article></body></html>");
            assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("তানজিলা হক"), "{label}");
        }
        // A name in the next element after something else is no byline.
        let html = format!("<html><body><h1>হাসপাতালে অপেক্ষা</h1><div><span>ঢাকা</span> <span>তানজিলা হক</span></div><article>{para}{para}</article></body></html>");
        assert_eq!(read_page(&html, None).0.byline, None);
    }

    #[test]
    fn a_byline_and_its_date_in_one_line_parted_by_a_bar() {
        let para = WAITING;
        let page = |meta: &str| format!("<html><body><article><h1>হাসপাতালে অপেক্ষা</h1><p>{meta}</p>{para}{para}</article></body></html>");
        for meta in ["স্পোর্টস ডেস্ক | ১০ মে ২০২৫, ২১:১০", "স্পোর্টস ডেস্ক | ঢাকা | ১০ মে ২০২৫, ২১:১০"] {
            let (m, consumed) = read_page(&page(meta), None);
            assert_eq!(m.byline.as_deref(), Some("স্পোর্টস ডেস্ক"), "{meta}");
            assert_eq!(m.published.as_deref(), Some("2025-05-10T21:10:00"), "{meta}");
            assert!(consumed.iter().any(|c| c.contains("১০ মে ২০২৫")), "{consumed:?}");
        }
        // The date first: a bar ends it, labelled or not.
        for meta in ["প্রকাশ : ১০ মে ২০২৫, ২১:১০ | স্পোর্টস ডেস্ক", "১০ মে ২০২৫, ২১:১০ | স্পোর্টস ডেস্ক"] {
            let (m, _) = read_page(&page(meta), None);
            assert_eq!(m.published.as_deref(), Some("2025-05-10T21:10:00"), "{meta}");
        }
        // Middots part fields too, and a field may be the byline or a reading time.
        let english = |meta: &str| format!("<html><body><article><h1>Write latency</h1><p>{meta}</p>{}</article></body></html>", "<p>Our ingestion worker writes sensor readings into a local database before shipping them upstream, and it kept up.</p>".repeat(3));
        let (m, consumed) = read_page(&english("Posted on March 14, 2025 · 7 minute read · by Priya Raman"), None);
        assert_eq!((m.byline.as_deref(), m.published.as_deref()), (Some("Priya Raman"), Some("2025-03-14")));
        assert!(consumed.iter().any(|c| c.contains("Posted on")), "{consumed:?}");
        let (_, consumed) = read_page(&english("Oct 15, 2015 · 18 min read"), None);
        assert!(consumed.iter().any(|c| c.contains("min read")), "{consumed:?}");
        // A field that is a reading time, its unit's word after it or not.
        for field in ["7 min", "1020 words", "24 min read", "৫ মিনিট"] {
            assert!(is_count(field), "{field}");
        }
        assert!(!is_count("24 min readers"));
        let (m, consumed) = read_page(&english("September 7, 2025 · 7 min · 1020 words · by Priya Raman"), None);
        assert_eq!(m.byline.as_deref(), Some("Priya Raman"));
        assert!(consumed.iter().any(|c| c.contains("1020 words")), "{consumed:?}");
        // A <time> right after the name, without a space between.
        let html = english("<span>By <a href='/staff/pc'>Priya Castellanos</a></span><time datetime='2026-06-18T11:00:00Z'>June 18, 2026 at 6:00 a.m. CDT</time>");
        assert_eq!(read_page(&html, None).0.byline.as_deref(), Some("Priya Castellanos"));
        // No bar, the fields in spans of their own: the byline, the date, then a reading time.
        let (m, consumed) = read_page(&page("<span>লিপিকা দাশগুপ্ত</span><span>১০ মে ২০২৫</span><span>পড়তে সময় লাগবে ৫ মিনিট</span>"), None);
        assert_eq!(m.byline.as_deref(), Some("লিপিকা দাশগুপ্ত"));
        assert!(consumed.iter().any(|c| c.contains("পড়তে সময়")), "{consumed:?}");
        // Fields in elements of their own, a credit among them.
        let row = "<span>By Priya Raman</span><span>Photographs by Ines Varga</span><time datetime='2025-03-14T06:00:00+01:00'>Fri 14 Mar 2025 06.00 BST</time><span>22 min read</span>";
        let (m, consumed) = read_page(&english(row), None);
        assert_eq!(m.byline.as_deref(), Some("Priya Raman"));
        assert!(consumed.iter().any(|c| c.contains("Photographs by")), "{consumed:?}");
        // A bar glued between the name and the place parts them.
        let (m, _) = read_page(&page("<span>নিজস্ব সংবাদদাতা</span><span>|</span><span>হরিশতলা</span> <span>প্রকাশিত: ১৪ জানুয়ারি ২০২৬, ১৬:১০</span>"), None);
        assert_eq!(m.byline.as_deref(), Some("নিজস্ব সংবাদদাতা"));
        // And a spaced slash before the agency.
        let (m, _) = read_page(&english("<div class='byline'><span><a href='/author/sc'>Sreya Chatterjee</a></span> / <span>TNN</span> / <span>Updated: Feb 9, 2026, 21:14 IST</span></div>"), None);
        assert_eq!(m.byline.as_deref(), Some("Sreya Chatterjee"));
        // So do two dandas, or the double danda.
        for line in ["স্টাফ রিপোর্টার ।। ঢাকা", "স্টাফ রিপোর্টার ॥ ঢাকা"] {
            let (m, _) = read_page(&page(&format!("<div><strong>{line}</strong><br><small>প্রকাশিত : ০৮:৪৫ অপরাহ্ন, ১২ ডিসেম্বর ২০২৬</small></div>")), None);
            assert_eq!(m.byline.as_deref(), Some("স্টাফ রিপোর্টার"), "{line}");
        }
        // The middot glued to the name before the time goes with the time.
        let (m, _) = read_page(&page("<span>অনলাইন ডেস্ক·</span> <time datetime='2025-05-10T21:10:00+06:00'>১০ মে ২০২৫</time>"), None);
        assert_eq!(m.byline.as_deref(), Some("অনলাইন ডেস্ক"));
        // The name in a link of its own, the labelled date in a span beside it.
        let (m, _) = read_page(&page("<span><a href='/author/ds'>দেবলীনা সরকার</a></span> <span>প্রকাশিত: ১২:৩০, ১৪ ফেব্রুয়ারি ২০২৭</span>"), None);
        assert_eq!(m.byline.as_deref(), Some("দেবলীনা সরকার"));
        // A name before a bar and no date after it is not taken for a byline by this rule.
        let (m, _) = read_page(&page("মাহমুদা আক্তার | বিশেষ সংখ্যা ২০২৫"), None);
        assert_eq!((m.byline, m.published), (None, None));
    }

    #[test]
    fn a_byline_over_a_relative_time_is_read_and_consumed_without_it() {
        let html = "<html><body><h1>টিলা ধসে ঘুমন্ত মা-মেয়ে আহত</h1><font>সিলেট প্রতিনিধি</font><br><font>৫ ঘণ্টা আগে</font>\
                    <div><p>লেখা</p></div></body></html>";
        let (m, consumed) = read_page(html, None);
        assert_eq!(m.byline.as_deref(), Some("সিলেট প্রতিনিধি"));
        assert!(consumed.iter().any(|c| c.starts_with("সিলেট প্রতিনিধি")), "{consumed:?}");
    }

    #[test]
    fn byline_lines() {
        for (line, want) in [
            ("নিজস্ব প্রতিবেদক", Some("নিজস্ব প্রতিবেদক")),
            ("Hosted by Maya Okafor", Some("Maya Okafor")),
            ("Compiled by Nora Quist", Some("Nora Quist")),
            ("Interview by Sam Okonkwo", Some("Sam Okonkwo")),
            ("লিখছেন সৌম্যদীপ সেন", Some("সৌম্যদীপ সেন")),
            // An agency's name alone credits a story; a one-word line of another kind does not.
            ("বাসস", Some("বাসস")),
            ("Reuters", Some("Reuters")),
            ("রফিকুল", None),
            ("রেসিপি ও ছবি: শাহানা পারভীন", Some("শাহানা পারভীন")),
            ("দ্বারা ক্রীড়া প্রতিবেদক -", Some("ক্রীড়া প্রতিবেদক")),
            ("স্টাফ রিপোর্টার :", Some("স্টাফ রিপোর্টার")),
            ("অনলাইন ডেস্ক", Some("অনলাইন ডেস্ক")),
            ("আন্তর্জাতিক ডেস্কঃ", Some("আন্তর্জাতিক ডেস্ক")),
            ("যুগান্তর ডেস্ক", Some("যুগান্তর ডেস্ক")),
            ("চট্টগ্রাম প্রতিনিধি", Some("চট্টগ্রাম প্রতিনিধি")),
            ("By Staff Correspondent", Some("Staff Correspondent")),
            ("নিজস্ব প্রতিবেদক প্রকাশ: ১০ আগস্ট ২০২৬", Some("নিজস্ব প্রতিবেদক")),
            (
                "ডেস্ক রিপোর্ট অনুযায়ী সরকার আজ নতুন বাজেট ঘোষণা করেছে এবং তা সংসদে পাস হয়েছে।",
                None,
            ),
            ("প্রথম পাতা", None),
            ("(All photos: Atlas staff)", None),
            ("ছবি: স্টাফ রিপোর্টার", None),
            ("作者：", None),
            // Interview and column labels; the longest label a line starts with is taken off.
            ("সাক্ষাৎকার: তানজিলা হক", Some("তানজিলা হক")),
            ("সাক্ষাৎকার নিয়েছেন তানজিলা হক", Some("তানজিলা হক")),
            ("লেখা: তানজিলা হক", Some("তানজিলা হক")),
            ("লেখা ও ছবি: তানজিলা হক", Some("তানজিলা হক")),
            // A byline word or label before a colon is a label too.
            ("প্রতিবেদক: তানজিলা হক", Some("তানজিলা হক")),
            ("Author: Jane Doe", Some("Jane Doe")),
            // A label with its name in the next element names no one by itself.
            ("প্রতিবেদক:", None),
            ("Reporter", None),
            // A link to read the story elsewhere says "report" too.
            ("ই-পেপারে পড়ুন এই প্রতিবেদন", None),
        ] {
            assert_eq!(visible_byline(line, false).as_deref(), want, "{line}");
        }
        assert_eq!(
            visible_byline("মতিন আব্দুল্লাহ", true).as_deref(),
            Some("মতিন আব্দুল্লাহ")
        );
        assert_eq!(visible_byline("akashadmin", true), None);
        // An author element holding the writer's post in brackets, beside the name's own.
        assert_eq!(visible_byline("(বিজ্ঞান শিক্ষক, হুগলি)", true), None);
        for (line, want) in [
            ("Ahiza Garcia @ahiza_garcia", "Ahiza Garcia"),
            ("Alissa Wilkinson@alissamarie", "Alissa Wilkinson"),
            ("Par Alexandre Hervaud", "Alexandre Hervaud"),
        ] {
            assert_eq!(visible_byline(line, true).as_deref(), Some(want), "{line}");
        }
        assert!(
            is_username("akashadmin")
                && is_username("user_12")
                && !is_username("AFP")
                && !is_username("Reuters")
        );
    }

    #[test]
    fn an_organization_is_the_byline_only_where_the_page_shows_it_and_it_is_not_the_publisher() {
        let page = |author: &str, shown: &str| {
            format!(
                "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"হাসপাতালে অপেক্ষা\",\"author\":{author},\
                 \"publisher\":{{\"@type\":\"Organization\",\"name\":\"দৈনিক নদীপাড়\"}}}}</script></head>\
                 <body><article><h1>হাসপাতালে অপেক্ষা</h1>{shown}{WAITING}{WAITING}</article></body></html>"
            )
        };
        let desk = r#"{"@type":"Organization","name":"অনলাইন ডেস্ক"}"#;
        assert_eq!(read_page(&page(desk, "<p>অনলাইন ডেস্ক</p>"), None).0.byline.as_deref(), Some("অনলাইন ডেস্ক"));
        let wiki = r#"{"@type":"Organization","name":"Contributors to Openpedia projects"}"#;
        assert_eq!(read_page(&page(wiki, ""), None).0.byline, None);
        let person = r#"{"@type":"Person","name":"মাহমুদা আক্তার"}"#;
        assert_eq!(read_page(&page(person, ""), None).0.byline.as_deref(), Some("মাহমুদা আক্তার"));
        let paper = r#"{"@type":"Organization","name":"দৈনিক নদীপাড়"}"#;
        assert_eq!(read_page(&page(paper, "<p>চিঠি পাঠানোর ঠিকানা: দৈনিক নদীপাড়, ১২ নদী সড়ক</p>"), None).0.byline, None);
    }

    #[test]
    fn broken_json_ld() {
        let mut out = Vec::new();
        read_json_ld("<!--{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"এক\tদুই\nতিন\"}]}-->", &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(ld_text(&out[2], "headline").as_deref(), Some("এক দুই তিন"));
        let mut out = Vec::new();
        read_json_ld("[{\"@type\":\"Article\",\"description\":\"ক &amp;mdash; &lt;p&gt;খ&lt;/p&gt;\"}] {\"@type\":\"Person\"}", &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(
            ld_text(&out[0], "description").as_deref(),
            Some("ক &mdash; <p>খ</p>")
        );
    }

    #[test]
    fn lang_detection() {
        let html =
            "<html lang=\"en\"><body><p>বাংলা লেখা এখানে অনেক বেশি আছে, ইংরেজি নয়।</p></body></html>";
        assert_eq!(read_page(html, None).0.lang.as_deref(), Some("bn"));
        let html = "<html lang=\"en-us\"><body><p>English text only.</p></body></html>";
        assert_eq!(read_page(html, None).0.lang.as_deref(), Some("en-US"));
        let html = "<html lang=\"bn-BD\"><body><p>বাংলা লেখা।</p></body></html>";
        assert_eq!(read_page(html, None).0.lang.as_deref(), Some("bn-BD"));
        let html = "<html><head><meta property=\"og:locale\" content=\"bn_BD\"></head><body></body></html>";
        assert_eq!(read_page(html, None).0.lang.as_deref(), Some("bn-BD"));
        let html = "<html><body><p>Plain text.</p></body></html>";
        assert_eq!(read_page(html, None).0.lang, None);
    }

    #[test]
    fn excerpt_trims_at_sentence_end() {
        let long = "এটি একটি বাক্য। ".repeat(40);
        let e = trim_excerpt(long.trim());
        assert!(e.chars().count() <= tables::EXCERPT_MAX_CHARS && e.ends_with('।'));
        let words = "শব্দ ".repeat(100);
        assert!(trim_excerpt(words.trim()).ends_with('…'));
        assert_eq!(trim_excerpt("ছোট।"), "ছোট।");
    }

    #[test]
    fn json_ld_body_forms() {
        let page = |body: &str| {
            let html = format!(
                "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script></head><body></body></html>"
            );
            let options = Options::default();
            let page = crate::parse::parse(&html, &options, &Budget::start(&options)).unwrap();
            json_ld_body(&page)
        };
        assert_eq!(
            page("এক।\\n\\nদুই < তিন।").as_deref(),
            Some("<p>এক।</p><p>দুই &lt; তিন।</p>")
        );
        assert_eq!(page("&lt;p&gt;এক&lt;/p&gt;").as_deref(), Some("<p>এক</p>"));
        assert_eq!(page(""), None);
    }

    #[test]
    fn site_name_and_canonical_fallbacks() {
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"শিরোনাম এখানে",
            "url":"https://www.prothomalo.com/bangladesh/6suuafru01",
            "publisher":{"@type":"NewsMediaOrganization","name":"প্রথম আলো","alternateName":"Prothom Alo"}}</script>"#;
        let html = format!("<html><head><title>শিরোনাম এখানে - Prothom Alo</title>{ld}</head><body><p>x</p></body></html>");
        let (m, _) = read_page(&html, None);
        assert_eq!(m.site_name.as_deref(), Some("প্রথম আলো"));
        assert_eq!(
            m.canonical.as_deref(),
            Some("https://www.prothomalo.com/bangladesh/6suuafru01")
        );
        assert_eq!(m.title.as_deref(), Some("শিরোনাম এখানে"));
        let html = "<html><head><title>শিরোনাম</title><link rel=canonical href=\"/news/1\"></head><body><p>x</p></body></html>";
        let (m, _) = read_page(
            html,
            Some("https://www.kalerkantho.com/online/news/1?ref=fb"),
        );
        assert_eq!(m.site_name.as_deref(), Some("kalerkantho.com"));
        assert_eq!(
            m.canonical.as_deref(),
            Some("https://www.kalerkantho.com/news/1")
        );
        let html = "<html><head><title>শিরোনাম</title></head><body><p>x</p></body></html>";
        let (m, _) = read_page(html, Some("https://example.com/a"));
        assert_eq!(m.canonical.as_deref(), Some("https://example.com/a"));
        // What the title adds to the og:title headline past a mark, before or after it, before the host.
        for (title, site) in [("খেয়াঘাটের খাতা: বর্ষার চিঠি: দাদুর খাতা থেকে", Some("খেয়াঘাটের খাতা")), ("বর্ষার চিঠি: দাদুর খাতা থেকে ::: মোহনা সংবাদ", Some("মোহনা সংবাদ")), ("বর্ষার চিঠি: দাদুর খাতা থেকে আজ", Some("blog.example.com"))] {
            let html = format!("<html><head><title>{title}</title><meta property='og:title' content='বর্ষার চিঠি: দাদুর খাতা থেকে'></head><body><p>x</p></body></html>");
            assert_eq!(read_page(&html, Some("https://blog.example.com/a")).0.site_name.as_deref(), site, "{title}");
        }
        // Or the headline the page shows, where it has no og:title.
        let html = "<html><head><title>দৈনিক কপোতাক্ষ সংবাদ :: কাঁকড়া মরছে ঘেরে</title></head><body><h1>কাঁকড়া মরছে ঘেরে</h1><p>x</p></body></html>";
        assert_eq!(read_page(html, None).0.site_name.as_deref(), Some("দৈনিক কপোতাক্ষ সংবাদ"));
    }

    #[test]
    fn the_logo_names_the_site_when_the_title_does_too() {
        let page = |title: &str| {
            format!(
                "<html><head><title>{title}</title></head><body><header><a class=\"logo\" href=\"/\">\
                 <img src=\"/logo.png\" alt=\"দৈনিক আলো\"></a></header><p>x</p></body></html>"
            )
        };
        let (m, _) = read_page(&page("শিক্ষায় বিনিয়োগ | মতামত | দৈনিক আলো"), Some("https://www.dailyalo.com/o/1"));
        assert_eq!(m.site_name.as_deref(), Some("দৈনিক আলো"));
        // The logo alone, or a title part that only begins like it, is not enough: the host stands.
        for title in ["শিক্ষায় বিনিয়োগ", "শিক্ষায় বিনিয়োগ | দৈনিক | মতামত"] {
            let (m, _) = read_page(&page(title), Some("https://www.dailyalo.com/o/1"));
            assert_eq!(m.site_name.as_deref(), Some("dailyalo.com"), "{title}");
        }
    }

    #[test]
    fn reading_rates() {
        assert_eq!(reading_minutes(0, Some("bn")), 0);
        assert_eq!(reading_minutes(200, Some("bn")), 1);
        assert_eq!(reading_minutes(201, Some("bn-BD")), 2);
        assert_eq!(reading_minutes(238, Some("en")), 1);
        assert_eq!(reading_minutes(239, None), 2);
    }

    #[test]
    fn time_elements_in_lists_do_not_count() {
        let html = r#"<html><body><ul><li><time datetime="2020-01-01T10:00:00+06:00">x</time></li></ul>
            <article><h1>শিরোনাম</h1><time datetime="2026-02-03T04:05:06+06:00">৩ ফেব্রুয়ারি</time><p>লেখা</p></article></body></html>"#;
        assert_eq!(
            read_page(html, None).0.published.as_deref(),
            Some("2026-02-03T04:05:06+06:00")
        );
    }
}
