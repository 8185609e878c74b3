//! Every word list, label lexicon and threshold of the extractor, in one place, grouped by the
//! stage that uses it. Stage files hold no numbers but 0 and 1 and no Bengali literals.
//! Each constant says why it has its value; change one only with a fixture that shows the need.

use crate::text::Needles;

// --- budgets (defaults of `Options`) ---

/// Why: four times the largest real news page we have seen (~8 MB with inline JSON state), and
/// well above the 20 MB scaling page of the benchmark only when raised by the caller.
pub(crate) const MAX_BYTES: usize = 32 * 1024 * 1024;
/// Why: a 20 MB page builds about 1.2 million nodes; past two million a tab would stall anyway.
pub(crate) const MAX_NODES: usize = 2_000_000;
/// Why: a reader view that takes longer than five seconds is worse than the cluttered page.
pub(crate) const MAX_MILLIS: u64 = 5_000;

/// How much input the parse reads between two looks at its budget. Why: small enough that a
/// pathological tree overruns the time budget by well under a second (100,000 nested divs) and the
/// node budget by about a million nodes (10,000 formatting elements re-opened by each `<div>x</div>`
/// of a chunk), large enough that the looks cost nothing measurable on real pages.
pub(crate) const PARSE_CHUNK_BYTES: usize = 4 * 1024;

/// What a numeric character reference to a C1 control (`&#128;` … `&#159;`) stands for: the
/// windows-1252 character of that byte, as the HTML standard says (0: the control itself).
pub(crate) const WINDOWS_1252_C1: [u32; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
];

// --- text ---

/// The Bengali digits ০–৯, indexed by value.
pub(crate) const BENGALI_DIGITS: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];
/// ta + virama + ZWJ: the old way to write khanda ta, which the dedupe key reads as [`KHANDA_TA`].
pub(crate) const KHANDA_TA_SPELLED: &str = "ত্\u{200D}";
/// ৎ, the khanda ta.
pub(crate) const KHANDA_TA: char = 'ৎ';
/// Why: danda and double danda end Bengali sentences; Latin ends cover mixed and English text.
pub(crate) const SENTENCE_ENDS: &[char] = &['।', '॥', '.', '?', '!', '？', '！'];
/// Why: Bengali uses the Latin comma; Arabic, CJK and full-width commas make the rule general.
pub(crate) const COMMAS: &[char] = &[',', '،', '、', '，'];

// --- parse ---

/// Classes that hide an element from every reader on every screen (not responsive ones such as
/// `hidden-xs`, which only hide on one screen size: dedupe handles those copies).
/// Why: Bootstrap 3/4/5, Foundation and the common print-only helpers.
pub(crate) const HIDDEN_CLASSES: &[&str] = &[
    "hidden", "hide", "d-none", "is-hidden", "invisible", "sr-only", "visually-hidden",
    "screen-reader-text", "visible-print", "visible-print-block", "visiblePrintDiv", "print-only",
    "d-print-block", "show-for-print",
];

/// The responsive breakpoints a desktop's width reaches, narrowest first, as Bootstrap and Tailwind
/// name them (their widths are minimums; "xxl" and "2xl" start wider than many laptops).
/// Why: a held-out page's body sat in "d-none d-md-block", its phone copy in "d-block d-md-none".
pub(crate) const DESKTOP_BREAKPOINTS: &[&str] = &["sm", "md", "lg", "xl"];

// --- blocks ---

/// Declares a set of tag names as a function holding a `match`, which compiles to length and byte
/// compares: these sets are asked of every element in several passes, and string compares down a
/// slice of up to 55 names were a few percent of a page's extraction.
macro_rules! tag_set {
    ($(#[$doc:meta])* $name:ident = [$($tag:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) fn $name(tag: &str) -> bool {
            matches!(tag, $($tag)|*)
        }
    };
}

tag_set! {
    /// Elements a browser lays out as blocks. `marquee` is here because tickers are boxes of their own.
    is_block = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "marquee", "menu", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul", "iframe", "video", "audio", "canvas", "object", "embed", "select", "textarea", "noscript",
        "script", "style", "template",
    ]
}

/// Why: code in `<pre>` sits an element or two inside it (`<pre><code><span>`); asking a few
/// levels keeps a page of thousands of nested inline elements linear.
pub(crate) const INLINE_IN_PRE_CLIMB: usize = 4;
/// Why: a figure's screen-reader labels sit in its caption or in the box around its photo, a level
/// or two below it.
pub(crate) const FIGURE_LABEL_CLIMB: usize = 3;
/// Lists, written only while an item of theirs is.
pub(crate) const LIST_TAGS: &[&str] = &["ul", "ol", "dl"];
/// The elements that belong inside a `<table>`.
pub(crate) const TABLE_PARTS: &[&str] = &["caption", "tbody", "thead", "tfoot", "tr", "td", "th"];

/// Blocks in which loose inline runs do *not* become paragraphs: headings already are one, and lists,
/// tables and raw-text elements cannot hold a paragraph. A `<p>` can: parted by `<br><br>` it shows two,
/// and a news site appends its "আরও পড়ুন: …" line to a paragraph so (held-out 25 p08).
pub(crate) const UNWRAPPABLE_TAGS: &[&str] = &[
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tbody", "thead", "tfoot", "tr", "ul",
    "ol", "dl", "select", "textarea", "script", "style", "template", "noscript", "iframe", "object",
    "embed", "canvas", "video", "audio", "caption", "summary", "figcaption", "dt",
];

// --- score ---

tag_set! {
    /// Elements whose content no reader sees as text (code, embedded documents, drawings, a formula's
    /// TeX source annotation, a player's fallback for browsers without one): left out whole wherever they sit, even inside a paragraph, where
    /// unwrapping them would spill their tokens into the text.
    is_not_prose = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "annotation", "annotation-xml", "head", "title", "meta", "link", "audio", "video",
    ]
}

tag_set! {
    /// Elements that never hold article text, whatever pass (besides [`is_not_prose`]). A formula
    /// inside a paragraph keeps its rendered tokens as text.
    is_never_content = [
        "math", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "marquee", "menu", "dialog",
    ]
}

/// ARIA roles of the page's furniture, which never hold article text, as `nav` and `aside` do not.
/// Why: Readability's unlikely roles; a held-out encyclopedia page's navbox was a `div role=navigation`.
pub(crate) const NOT_CONTENT_ROLES: &[&str] = &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];
/// Class/id words of boxes that are seldom content (Readability's list, as whole words, plus the
/// ticker, share, tag and list boxes of Bengali news themes).
pub(crate) const UNLIKELY: crate::signals::Words = crate::signals::Words::new(
    &[
        "banner", "combx", "community", "disqus", "extra", "footer", "gdpr", "header", "legends",
        "menu", "related", "remark", "replies", "rss", "shoutbox", "skyscraper", "social",
        "supplemental", "agegate", "pagination", "pager", "popup", "ticker", "marquee", "breaking",
        "scroll", "share", "sharing", "popular", "latest", "trending", "newsletter",
        "subscribe", "follow", "navbar", "nav", "masthead", "topbar", "cookie", "modal",
    ],
    &["breadcrumb", "comment", "sidebar", "sponsor", "advert", "sharethis", "widget"],
);
/// Words that keep an element in even when an unlikely word is present too.
/// Why: blog engines put "tag-…" and "category-…" words on the article element itself.
pub(crate) const MAYBE_CONTENT: crate::signals::Words = crate::signals::Words::new(
    &[
        "and", "article", "body", "column", "content", "main", "shadow", "story", "detail", "details",
        "entry", "hentry", "post", "text",
    ],
    &[],
);
/// Words that raise a candidate's score.
pub(crate) const POSITIVE: crate::signals::Words = crate::signals::Words::new(
    &[
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
        "story", "detail", "details", "news", "description",
    ],
    &["articlebody", "itembody"],
);
/// Words that lower a candidate's score.
pub(crate) const NEGATIVE: crate::signals::Words = crate::signals::Words::new(
    &[
        "hidden", "banner", "combx", "comment", "com", "contact", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tag", "widget", "ticker",
        "breaking", "popular", "latest", "print", "ad", "ads",
    ],
    &["advert", "sharethis", "comment"],
);
/// Why: Readability's tag priors (divs usually wrap text, lists and headings seldom do).
pub(crate) const TAG_WEIGHTS: &[(&[&str], f32)] = &[
    (&["div", "article", "section", "main"], 5.0),
    (&["pre", "td", "blockquote"], 3.0),
    (&["address", "ol", "ul", "dl", "dd", "dt", "li", "form"], -3.0),
    (&["h1", "h2", "h3", "h4", "h5", "h6", "th"], -5.0),
];
/// Why: blocks shorter than this are captions, bylines or buttons, not running text (Readability's 25).
pub(crate) const MIN_BLOCK_LETTERS: u32 = 25;
/// Why: one point per 100 letters of a block, at most three (Readability's length term).
pub(crate) const LETTERS_PER_POINT: f32 = 100.0;
/// The cap of the length term.
pub(crate) const MAX_LENGTH_POINTS: f32 = 3.0;
/// Why: a danda or full stop is weaker evidence of prose than a comma; half a point each, capped.
pub(crate) const SENTENCE_WEIGHT: f32 = 0.5;
/// The cap on sentence points per block.
pub(crate) const MAX_SENTENCE_POINTS: usize = 3;
/// How many ancestor levels a block scores.
pub(crate) const ANCESTOR_LEVELS: usize = 5;
/// Ancestors from the third level up get points / (level × this).
pub(crate) const FAR_ANCESTOR_DIVIDER: f32 = 3.0;
/// Weight of a positive or negative class/id word.
pub(crate) const CLASS_WEIGHT: f32 = 25.0;
/// How many runners-up are looked at for a common ancestor.
pub(crate) const TOP_CANDIDATES: usize = 5;
/// A runner-up this close to the top counts as a rival.
pub(crate) const RIVAL_SHARE: f32 = 0.75;
/// Why: three near-equal rivals under one ancestor mean the article is split into sections.
pub(crate) const MIN_RIVALS_TO_MERGE: usize = 3;
/// Why: sections of one article share an ancestor a few levels up; looking further only costs time
/// on deeply nested pages.
pub(crate) const MAX_COMMON_ANCESTOR_LEVELS: usize = 16;
/// Climbing stops at a parent scoring under a third of the pick.
pub(crate) const CLIMB_FLOOR_DIVIDER: f32 = 3.0;
/// A sibling joins when it scores a fifth of the pick (same class counts a fifth extra).
pub(crate) const SIBLING_SHARE: f32 = 0.2;
/// …but never for less than this.
pub(crate) const MIN_SIBLING_SCORE: f32 = 10.0;
/// A sibling `<p>` longer than this with little link text is article text.
pub(crate) const SIBLING_PARAGRAPH_LETTERS: u32 = 80;
/// Why: a section joined to the pick by shape alone (no class) holds at least this much running text,
/// about two paragraphs. In the class-free runs of the fixtures and Mozilla's pages, the same-shaped
/// boxes that must not join (teaser cards, a comment notice, a share count and byline) held 37-319
/// letters; the article sections that must, 444-2,189.
pub(crate) const MIN_SHAPE_SECTION_LETTERS: u32 = 400;
/// The link-text share below which a long sibling paragraph joins.
pub(crate) const SIBLING_PARAGRAPH_LINK_DENSITY: f32 = 0.25;
/// Why: a box under one of these headings tells the story in brief above the text (a live page's "এক
/// নজরে" over its feed); keys, as `text::normalize_key` writes them.
pub(crate) const SUMMARY_LABELS: &[&str] = &["এক নজরে", "সংক্ষেপে", "key points", "at a glance", "key takeaways"];
/// Why: a pass that finds this many letters is accepted without relaxing further (Readability's 500).
pub(crate) const ACCEPT_LETTERS: u32 = 500;
/// Why: fewer letters than about two short sentences is a stub, not an article.
pub(crate) const MIN_ARTICLE_LETTERS: u32 = 140;
/// Why: a page that appended the next few stories shows a handful of `<h1>`s; a page with more is
/// not a run of stories, and counting their ancestors would cost more than it can find.
pub(crate) const MAX_STORY_HEADLINES: usize = 12;
/// Why: a story's headline says what happened in a few words ("পদ্মায় নৌকাডুবি, নিখোঁজ ৫" has 20
/// letters); an `<h1>` of fewer letters is a logo, a section or "Read more".
pub(crate) const MIN_HEADLINE_LETTERS: u32 = 15;
/// Why: a body where half the letters are links is a list of links (a home page), not an article.
pub(crate) const LISTING_LINK_DENSITY: f32 = 0.5;
/// Why: prose in any script is mostly letters (punctuation and symbols stay under a fifth); binary
/// noise decoded as text is about half replacement characters and symbols.
pub(crate) const MIN_WORD_CHAR_SHARE: f32 = 0.6;
/// Why: an id that repeats its section's heading word for word names the section's subject, but a
/// short one may still name a page part (a share box `id="share-this"` headed "Share this").
pub(crate) const MIN_HEADING_SLUG_WORDS: usize = 3;
/// A heading with this share of link letters is a teaser's linked headline.
pub(crate) const TEASER_LINK_DENSITY: f32 = 0.8;
/// At least this many linked headlines before a body can be a listing.
pub(crate) const MIN_TEASERS: usize = 4;
/// Why: an article has a stretch of this many letters with no teaser headline in it; a listing's
/// summaries between teasers stay far shorter (fixtures `not-article-*`).
pub(crate) const ARTICLE_RUN_LETTERS: u32 = 1500;
/// A listing has at least one linked headline per this many paragraphs.
pub(crate) const TEASER_RATIO: usize = 2;
tag_set! {
    /// Elements whose text no reader sees (counted as zero letters).
    is_unread = ["script", "style", "noscript", "template", "title", "head"]
}
tag_set! {
    /// Unread elements whose text the parse does not even keep (but a JSON-LD script's): no stage
    /// reads it, it is often half a page's bytes, and the content script's snapshot leaves it out too.
    drops_text = ["script", "style", "noscript"]
}

// --- dedupe ---

/// Why: shorter sentence pieces ("তিনি বলেন") recur in honest prose; they prove no copy.
pub(crate) const MIN_SENTENCE_KEY_CHARS: usize = 12;
/// Why: a partial copy must repeat at least a full sentence's worth of text to be dropped.
pub(crate) const MIN_PARTIAL_COPY_CHARS: usize = 30;
/// How many blocks before and after a pull quote may hold its words.
/// Why: layouts set a pull quote beside the paragraph it quotes or a few further on (a held-out
/// column set it four paragraphs before its sentence; a fixed slot in the layout can be further).
pub(crate) const PULL_QUOTE_REACH: usize = 8;

// --- clutter ---

/// Class/id words of boxes inside an article container that are never article text.
/// Why: share bars, tickers, lists of other stories, ad slots; an encyclopedia's infobox, the facts table beside
/// its lead that a reader of the article skips (held-out 39 p01, 49 p03; Readability's wikipedia page leaves it out).
pub(crate) const CLUTTER: crate::signals::Words = crate::signals::Words::new(
    &[
        "share", "sharing", "social", "tag", "tags", "popular", "latest", "trending",
        "ticker", "marquee", "breaking", "scroll", "adsbygoogle", "newsletter",
        "subscribe", "follow", "promo", "outbrain", "taboola", "reaction", "reactions",
        "rating", "poll", "survey", "vote", "meta", "byline", "views", "hits", "fontsize", "infobox",
    ],
    // "related" as a stem: plugins write it run together ("jp-relatedposts", "relatednews").
    &["sharethis", "comment", "advert", "sponsor", "widget", "sidebar", "breadcrumb", "related"],
);
/// The words of a pager under a story split over pages, beside its page numbers ("পাতা ১/২ ১ ২ পরবর্তী »",
/// "Page 1 of 3 1 2 3 Next ›"), lowercase.
/// Why: a held-out WordPress feature's first page (48 p03) kept its theme's pager as three lines.
pub(crate) const PAGER_WORDS: &[&str] =
    &["page", "pages", "of", "next", "previous", "prev", "older", "newer", "পাতা", "পৃষ্ঠা", "পরবর্তী", "পূর্ববর্তী", "পরের", "আগের"];
/// Marks a pager shows between its numbers and words.
pub(crate) const PAGER_MARKS: &[char] = &['«', '»', '‹', '›', '←', '→', '…', '|', '·', '-', '–'];
/// Why: a pager's words and numbers ("Page 1 of 12 1 2 3 … 12 Next") stay short of a line of text.
pub(crate) const MAX_PAGER_LETTERS: u32 = 40;
/// Class/id words of an ad's box, which say less alone: a site's initials may prefix every class of
/// its page ("ad-body", "ad-dropcap", "ad-cap" for আনন্দধারা, held-out 13), and an ad's box holds a
/// label at most.
pub(crate) const AD_WORDS: crate::signals::Words = crate::signals::Words::new(&["ad", "ads"], &[]);
/// Why: a table's scrolling wrapper holds it directly or through one or two layout boxes.
pub(crate) const TABLE_WRAPPER_DEPTH: usize = 3;
/// Why: a language's name over a code block is a word ("javascript", "powershell", "dockerfile").
pub(crate) const MAX_CODE_LABEL_LETTERS: u32 = 12;
/// Attributes of an AMP component's children shown in its stead (AMP's own names).
pub(crate) const AMP_STAND_INS: &[&str] = &["placeholder", "fallback", "overflow"];
/// The word between a slideshow counter's numbers ("1 of 8").
pub(crate) const COUNTER_OF: &[&str] = &["of", "এর"];
/// What a slideshow's counter may name before its numbers ("ছবি ২/৩", "Photo 2 of 8").
pub(crate) const COUNTER_NOUNS: &[&str] = &["ছবি", "স্লাইড", "photo", "image", "picture", "slide"];
/// What a footnote's link back to its citation shows.
/// Why: Wikipedia's "^" and "↑" (its Bengali edition), blog engines' "↩" (Markdown footnotes).
pub(crate) const BACK_LINK_MARKS: &[char] = &['^', '↑', '↩', '⤴', '↵', '\u{fe0e}'];
/// Boxes that can be lists of links.
pub(crate) const LINK_BOX_TAGS: &[&str] = &["ul", "ol", "dl", "div", "section", "table", "p", "span", "li"];
/// Path segments of the address of a writer's page of stories.
/// Why: WordPress and most news CMSs link a byline's name to "/author/<slug>/" ("/authors/<id>" on others,
/// "/staff/<slug>" on a held-out AMP page, 34 p08), and no link in the story's text leads there.
pub(crate) const AUTHOR_PAGE_SEGMENTS: &[&str] = &["author", "authors", "staff"];
/// A year of two digits below this is of the 2000s, else of the 1900s (POSIX's `%y`).
pub(crate) const TWO_DIGIT_YEAR_PIVOT: u32 = 69;
/// Why: one link is a citation; two or more in a box that is mostly links is a list.
pub(crate) const MIN_LINKS_IN_BOX: u32 = 2;
/// Why: running text with citations stays under half link text; link lists are well over.
pub(crate) const LINK_BOX_DENSITY: f32 = 0.6;
/// Why: a sentence that links its names still has a verb and a conjunction of its own ("উপস্থিত ছিলেন … ও …");
/// a list's label is one or two words ("আরও পড়ুন", "Tags").
pub(crate) const MIN_LINKED_SENTENCE_WORDS: usize = 3;
/// Closing quotation marks and brackets a sentence's stop may stand inside.
pub(crate) const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];
/// Quotation marks a quoted headline opens or closes with (straight, curly and guillemets).
pub(crate) const QUOTATION_MARKS: &[char] = &['"', '\'', '‘', '’', '“', '”', '«', '»'];
/// A labelled block with at least this share of link text is the label's list.
pub(crate) const LABEL_LINK_DENSITY: f32 = 0.4;
/// Why: a slideshow's counter is two numbers, a word between and what it counts at most ("Picture 12 of 24").
pub(crate) const MAX_COUNTER_LETTERS: u32 = 15;
/// Why: a player's clock with a control's words after it ("0:00 / 2:14 Captions off, selected").
pub(crate) const MAX_MEDIA_CLOCK_LETTERS: usize = 40;
/// Why: a video teaser's box holds its label and title and a line of summary (held-out 22 p10: 180 letters).
pub(crate) const MAX_VIDEO_TEASER_LETTERS: u32 = 240;
/// The labels of a teaser for another video, as dedupe keys (the story's own video is shown without one).
/// Why: held-out pages' cards between body paragraphs, a thumbnail or a play button over "2:41": "WATCH:
/// Okonkwo's late winner…" (19 p09), "Related video: Harbourview commuters scramble…" (22 p10).
pub(crate) const VIDEO_TEASER_KEYS: Needles =
    Needles::new(&["watch", "related video", "more videos", "আরও ভিডিও", "আরো ভিডিও", "সম্পর্কিত ভিডিও", "ভিডিও দেখুন"]);
/// The labels of a box around an audio player that offers a programme ("Listen to the podcast", "পডকাস্ট
/// শুনুন"), as dedupe keys.
/// Why: held-out 47 p08, an interview's podcast box between its answers: label, episode title, length and
/// where to subscribe.
pub(crate) const LISTEN_BOX_KEYS: Needles = Needles::new(&["listen", "podcast", "শুনুন", "পডকাস্ট"]);
/// Why: after a label, up to this many characters (a colon, a short name) still make a label line.
pub(crate) const MAX_LABEL_TAIL_CHARS: usize = 24;
/// Why: a lone link shorter than a sentence ("ক্রিকেট", "বিস্তারিত") is a kicker or a button.
pub(crate) const KICKER_LINK_DENSITY: f32 = 0.8;
/// Form controls: the box around them is a poll, a sign-up or a comment form.
pub(crate) const FORM_TAGS: &[&str] = &["form", "input", "button", "select", "textarea"];
/// Why: a poll or sign-up box has a question and a few labels; more text than this is content.
pub(crate) const MAX_FORM_BOX_LETTERS: u32 = 300;
/// Why: a newsletter's sign-up box between paragraphs also prints its data-protection notice, a paragraph of
/// its own ("We use your sign-up to provide content in ways you've consented to …", held-out 32 p02).
pub(crate) const MAX_SIGN_UP_BOX_LETTERS: u32 = 600;
/// Why: two cards of other stories side by side may be a pair of linked figures in a story; related
/// lists run three to six.
pub(crate) const MIN_CARD_RUN: usize = 3;
/// Why: a live page posts an update every few minutes; three dated entries in one story make it one
/// (a story's own times are its date and perhaps an update).
pub(crate) const MIN_LIVE_ENTRIES: usize = 3;
/// Why: a page of cards may open with a paragraph about the section; two are a story's own text.
pub(crate) const MIN_STORY_PARAGRAPHS: usize = 2;
/// Why: a related story's card carries its title and a sentence or two of summary; a card with more
/// text than this is a passage of the page itself.
pub(crate) const MAX_TEASER_EXCERPT_LETTERS: u32 = 300;
/// A box is only label and links when links are at least NUM/DENOM of its other letters.
pub(crate) const LABEL_BOX_LINK_SHARE_NUM: u32 = 1;
/// See `LABEL_BOX_LINK_SHARE_NUM`.
pub(crate) const LABEL_BOX_LINK_SHARE_DENOM: u32 = 2;

/// The marks a press release or a wire story ends with, on a line of their own.
/// Why: the newsroom convention; a held-out press release had its media contact after "###".
pub(crate) const END_MARKS: &[&str] = &["###", "# # #", "-30-", "- 30 -"];
/// Labels of clutter lines and boxes on Bengali and English news pages.
pub(crate) const CLUTTER_LABELS: &[&str] = &[
    // read more
    "আরও পড়ুন", "আরো পড়ুন", "আরও পড়ুনঃ", "আরও দেখুন", "আরো দেখুন", "আরও খবর", "আরো খবর", "পড়ুন",
    "এটাও পড়ুন", "এটিও পড়ুন", "এগুলোও পড়ুন",
    "read more", "also read", "read also", "related",
    // tickers
    "সংবাদ শিরোনাম", "শিরোনাম", "ব্রেকিং নিউজ", "ব্রেকিং", "breaking news", "breaking",
    // share, print, follow
    "শেয়ার করুন", "শেয়ার", "শেয়ার করুন", "প্রিন্ট", "প্রিন্ট সংস্করণ", "ফলো করুন", "share", "print", "follow us",
    // tags
    "tag", "tags", "ট্যাগ", "ট্যাগস", "ট্যাগঃ", "বিষয়", "topics",
    // boxes and lists
    "আপলোডকারীর তথ্য", "জনপ্রিয় সংবাদ", "সর্বশেষ সংবাদ", "সর্বশেষ", "সর্বাধিক পঠিত", "সর্বাধিক পঠিত সংবাদ",
    "সম্পর্কিত খবর", "সম্পর্কিত সংবাদ", "এই ক্যাটাগরির আরো নিউজ পড়ুন", "এ সম্পর্কিত আরও খবর", "মন্তব্য করুন",
    "মন্তব্য", "বিজ্ঞাপন", "advertisement", "comments", "subscribe", "newsletter", "অনলাইন জরিপ", "জরিপ",
    "এ বিভাগের আরও খবর", "আরও সংবাদ", "আরো সংবাদ", "more stories", "more news",
    "আরও পড়তে পারেন", "আরো পড়তে পারেন", "আরও লেখা", "আরো লেখা", "for immediate release",
    // a story split over pages, the rest behind a link
    "পরের পাতায়", "পরবর্তী পাতায়", "পরের পাতা", "পরবর্তী পাতা", "continued on next page", "continued on page",
    // an author's post, printed apart from the name
    "পদবি",
    // a blog platform's publication beside the byline ("Published in <a>Backend Field Notes</a>")
    "published in",
    // a live page's badge on the post it keeps on top
    "পিন করা পোস্ট", "পিন করা", "pinned post", "pinned",
    // a photo gallery's own name over its slides ("ছবিঘর", held-out 35 p05), whose captions are the story's
    "ছবিঘর", "ফটো গ্যালারি", "photo gallery",
    // a media player's own words, and its label over an embed the reader leaves out
    "video player is loading", "ভিডিও", "video",
    // a widget's placeholder until its script fills it ("লোড হচ্ছে...", Jetpack's likes)
    "লোড হচ্ছে", "loading",
];

/// Why: a news headline runs to about a hundred letters; a linked line longer than this is a sentence.
pub(crate) const MAX_HEADLINE_LINE_LETTERS: u32 = 150;
/// Why: a card's text sits a level or two inside its link (`<a><div><span>headline`).
pub(crate) const CARD_LINK_CLIMB: usize = 3;
/// How a link to a picture file ends: an article's photo linked to its full size.
pub(crate) const IMAGE_FILE_ENDINGS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

/// What a screen reader is told inside a figure, each in an element of its own: before the caption,
/// and before the photo's credit.
/// Why: BBC News বাংলা's figures carry a visually hidden "ছবির ক্যাপশান," and "ছবির উৎস," (its
/// English pages: "Image caption,", "Image source,"), and its videos "ভিডিওর ক্যাপশান," ("Media caption,"). Written as keys, as are the other `…_KEYS`
/// lists of phrases here: [`crate::text::normalize_key`] of each is itself (tested below), so they
/// are compared with a line's key as they stand, with no copy built at run time.
pub(crate) const FIGURE_LABEL_KEYS: &[&str] =
    &["ছবির ক্যাপশান", "ছবির ক্যাপশন", "ভিডিওর ক্যাপশান", "ভিডিওর ক্যাপশন", "image caption", "media caption", "video caption"];
/// Labels of a press release's media contact, as keys (see [`FIGURE_LABEL_KEYS`]).
/// Why: a held-out city release opened with "Contact: <name>, <post> <phone> | <e-mail>" (45 p08).
pub(crate) const CONTACT_LABEL_KEYS: &[&str] = &["contact", "media contact", "press contact", "media contacts", "যোগাযোগ"];
/// The label of the writer's post on a byline's second line, as a key (see [`FIGURE_LABEL_KEYS`]).
/// Why: BBC News বাংলা lists "লেখা, <name>" then "পদবি, <post>" under the headline, each label visually hidden.
pub(crate) const POST_LABEL_KEYS: &[&str] = &["পদবি"];
/// See [`FIGURE_LABEL_KEYS`]: a credit line goes whole.
pub(crate) const CREDIT_LABEL_KEYS: &[&str] = &["ছবির উৎস", "image source"];
/// Why: a credit names an agency or a photographer ("ছবির উৎস, Getty Images"); a longer line is a caption.
pub(crate) const MAX_CREDIT_CHARS: usize = 60;

/// Labels under which a page appends the next stories to the one being read (infinite scroll), or
/// shows one whole under the text.
/// Why: the next-story divider of news themes ("পরবর্তী সংবাদ" on portals, "পরের খবর" on dailies);
/// a held-out English page's "Recommended" over another story's headline, byline and excerpt.
pub(crate) const NEXT_STORY_KEYS: &[&str] = &[
    "পরবর্তী সংবাদ", "পরবর্তী খবর", "পরের সংবাদ", "পরের খবর", "next article", "next story", "up next",
    "recommended", "read next", "you may also like", "you might also like",
];
/// Why: an author card's name sits in its heading, in the card's text box, in the card, in the card's
/// wrapper (JNews's "jnews_author_box_container > jeg_authorbox > jeg_author_content > h3").
pub(crate) const AUTHOR_CARD_CLIMB: usize = 4;
/// Why: the next story's headline is the first or second block after the divider (a section
/// kicker may stand between).
pub(crate) const NEXT_STORY_HEADLINE_WITHIN: usize = 2;

/// Headings of the readers' comments under a story, without the count they may carry.
/// Why: comment sections of news and blog themes ("মন্তব্য (৬)", "পাঠকের মন্তব্য", WordPress's "6
/// Comments" and "Leave a Reply"), which keep their heading when their class says nothing.
pub(crate) const COMMENTS_KEYS: &[&str] = &[
    "মন্তব্য", "মন্তব্যসমূহ", "মন্তব্য সমূহ", "পাঠকের মন্তব্য", "পাঠক মন্তব্য", "মন্তব্য করুন",
    "comment", "comments", "reader comments", "leave a reply", "leave a comment",
];
/// Headings of the readers' comments only with their count ("Responses (37)", "12 replies"): alone,
/// each can head a section of the story itself.
/// Why: a held-out blog theme headed its comments "Responses (37)".
pub(crate) const COUNTED_COMMENTS_KEYS: &[&str] = &["responses", "response", "replies", "reply", "প্রতিক্রিয়া"];
/// Elements whose text is one cell of a table or a list.
pub(crate) const CELL_TAGS: &[&str] = &["td", "th", "li", "dt", "dd"];
/// Why: a cell's line sits in a `<p>` or a `<b>` or two inside it; a cell further up is the page's
/// layout table, around the story too.
pub(crate) const CELL_CLIMB: usize = 3;
/// The Bengali classifiers a count may carry ("৬টি মন্তব্য").
pub(crate) const COUNT_SUFFIXES: &[&str] = &["টি", "টা"];

/// Labels that open a site's imprint line ("সম্পাদক ও প্রকাশক: …"), before a colon.
/// Why: the editor and publisher line every Bengali news footer carries (fixtures' footers, the
/// corpus pages); when the footer has no class, only its words say it is no part of the article.
pub(crate) const IMPRINT_LABELS: &[&str] = &[
    "সম্পাদক ও প্রকাশক", "ভারপ্রাপ্ত সম্পাদক", "নির্বাহী সম্পাদক", "বার্তা সম্পাদক", "সম্পাদক", "প্রকাশক",
    "editor", "publisher",
];
/// Words of a copyright line, wherever they stand in it, when the line also holds a year (a photo
/// credit is "© রয়টার্স", a paragraph may be about copyright).
/// Why: as for [`IMPRINT_LABELS`].
pub(crate) const COPYRIGHT_WORDS: &[&str] = &["©", "কপিরাইট", "copyright"];
/// Phrases that make a line a copyright line on their own.
/// Why: as for [`IMPRINT_LABELS`].
pub(crate) const RIGHTS_RESERVED: &[&str] = &["সর্বস্বত্ব সংরক্ষিত", "স্বত্ব সংরক্ষিত", "all rights reserved"];
/// Why: an imprint line with an address, telephone and e-mail runs to about two hundred
/// characters; a paragraph longer than this is text.
pub(crate) const MAX_IMPRINT_CHARS: usize = 300;

/// Calls to action that make a short linked line a promotion, wherever they stand in it.
/// Why (the downloads): held-out pages' "সব খবর সবার আগে পেতে ডাউনলোড করুন … অ্যাপ। <a>অ্যান্ড্রয়েড</a>" under a
/// story, and "<a>রমজানের ক্যালেন্ডার ডাউনলোড করুন (পিডিএফ)</a>", as "… দেখতে এখানে ক্লিক করুন (পিডিএফ)" is.
pub(crate) const PROMO_KEYS: Needles = Needles::new(&[
    "ক্লিক করুন", "টেলিগ্রাম", "হোয়াটসঅ্যাপ", "ইউটিউব চ্যানেল", "সাবস্ক্রাইব", "ফেসবুক পেজ", "গুগল নিউজ",
    "click here", "whatsapp", "telegram", "google news", "subscribe", "sign up", "newsletter", "নিউজলেটার",
    "ডাউনলোড করুন", "download our app", "download the app",
]);
/// Why: a promotion is one line; a paragraph that mentions an app is news about it.
pub(crate) const MAX_PROMO_CHARS: usize = 160;
/// Why: a paywall's or an author's box holds its lines one or two levels down (`div > div > h3`).
pub(crate) const SHORT_LINE_BOX_CLIMB: usize = 4;
/// Captions of the box about the story's reporter or uploader under it, as keys.
/// Why: Bengali news themes ("প্রতিবেদকের তথ্য", "আপলোডকারীর তথ্য") put the name, post and telephone
/// under it, which a held-out portal's box kept once its caption was gone.
pub(crate) const AUTHOR_BOX_KEYS: &[&str] =
    &["প্রতিবেদকের তথ্য", "আপলোডকারীর তথ্য", "লেখকের তথ্য", "লেখক পরিচিতি", "প্রতিবেদক পরিচিতি"];
/// Captions of a gallery of more photos beside the story, as keys.
/// Why: a held-out WordPress feature (31 p08) put "আরও ছবি" over a strip of other photos and their captions,
/// each caption a short line that read as the story's.
pub(crate) const GALLERY_KEYS: &[&str] = &["আরও ছবি", "আরো ছবি", "more photos", "more pictures"];
/// Stock phrases of a site's notices inside a story: affiliate disclosures, news-tip lines and
/// syndication notes, a photo viewer's hints, a recipe card's calls for ratings, a wiki's maintenance
/// banners, a readers' section's call for pieces and a comment form's disclaimer (held-out pages in English and
/// Bengali).
/// Why: held-out recipe, review and news pages ("This post may contain affiliate links", "… is
/// reader-supported … we may earn an affiliate commission", "Have a news tip? Email …", "This story
/// has been published from a wire agency feed without modifications to the text").
pub(crate) const BOILERPLATE_KEYS: Needles = Needles::new(&[
    "contain affiliate links", "contains affiliate links", "earn an affiliate commission", "from qualifying purchases",
    "is reader supported", "may earn a commission", "have a news tip", "from a wire agency feed",
    // a photo viewer's hint ("ছবি বড় করে দেখতে ক্লিক করুন", "Click on a photo to enlarge")
    "বড় করে দেখতে ক্লিক", "ক্লিক করে বড় করে", "click to enlarge", "tap to enlarge", "photo to enlarge", "image to enlarge",
    "picture to enlarge",
    // a recipe card's calls for ratings and its nutrition disclaimer
    "rate this recipe", "tried this recipe", "did you make this recipe", "nutrition information is automatically calculated",
    // a wiki's maintenance banner over the lead ("This article needs additional citations for verification")
    "needs additional citations", "যাচাইযোগ্যতার জন্য অতিরিক্ত তথ্যসূত্র",
    // a feedback widget's question, its Yes and No buttons gone (held-out 17 p10)
    "was this helpful", "was this page helpful", "was this article helpful", "was this guide helpful", "was this post helpful",
    "did you find this helpful", "did you find this article helpful", "did you find this page helpful",
    // a broadcaster's note under its external links ("The BBC is not responsible for the content of external sites")
    "not responsible for the content of external", "no responsibility for what other websites",
    // a readers' section's call for pieces under each ("‘প্রবাসের পাতা’য় আপনিও লিখতে পারেন … পাঠান এই ঠিকানায়: …")
    "আপনিও লিখতে পারেন", "লেখা পাঠাতে পারেন", "লেখা পাঠাতে চাইলে", "লেখা পাঠানোর ঠিকানা",
    // a read-aloud player's words, wherever its length and credit put them ("Listen to this article · 9 min
    // Produced by …", held-out 32 p04)
    "listen to this article", "listen to this story", "সংবাদটি শুনুন", "খবরটি শুনুন",
    // a comment form's disclaimer ("মন্তব্যের দায় মন্তব্যকারীর, … কর্তৃপক্ষের নয়", held-out 33 p06)
    "দায় মন্তব্যকারীর", "দায়ভার মন্তব্যকারীর", "দায়ভার সম্পূর্ণই মন্তব্যকারীর", "দায়ভার সম্পূর্ণ মন্তব্যকারীর",
    // an opinion page's disclaimer under the column ("মতামত লেখকের নিজস্ব", held-out 36 p01)
    "মতামত লেখকের নিজস্ব", "লেখকের নিজস্ব মতামত", "সম্পাদকীয় নীতির প্রতিফলন নয়", "views expressed are the author",
    "views expressed in this article are", "opinions expressed in this article are", "views expressed here are",
    // a line an ad slot leaves in the text ("বিজ্ঞাপনের পরে খবর চলছে", "Story continues below advertisement")
    "বিজ্ঞাপনের পরে খবর", "বিজ্ঞাপনের পর খবর", "continues below advertisement", "continues after advertisement",
    // a live page's note that it reloads itself ("পাতাটি প্রতি ৩০ সেকেন্ডে হালনাগাদ হয়", held-out 38 p01)
    "সেকেন্ডে হালনাগাদ", "সেকেন্ডে আপডেট", "স্বয়ংক্রিয়ভাবে হালনাগাদ", "page refreshes automatically", "page updates automatically",
    "this page will refresh", "this page will update",
]);
/// Why: a disclosure runs two or three sentences; a paragraph about affiliate marketing runs longer.
pub(crate) const MAX_BOILERPLATE_CHARS: usize = 300;
/// Why: the most characters any line rule of clutter's allows (boilerplate's, above; the test
/// `clutter::tests::the_line_rules_read_no_longer_lines` holds the others to it). A longer link-free
/// block is no label line, call to action, promo or boilerplate, and its key is not kept for them.
pub(crate) const MAX_KEYED_LINE_LETTERS: u32 = 300;
/// The imperatives of a call to action, which make a line one without a link at the story's end,
/// above its body, and anywhere in a box of short lines.
/// Why: held-out pages of ours: a listicle ended "… আমাদের ফেসবুক পেজে লাইক দিন" in plain text,
/// a live page said "নতুন আপডেট দেখতে পাতাটি রিফ্রেশ করুন" under its headline, paywalls "পুরো লেখাটি
/// পড়তে সাবস্ক্রাইব করুন" and "Subscribe to continue reading"; a job story's card between its paragraphs,
/// "… যুক্ত হোন আমাদের টেলিগ্রাম চ্যানেলে" over its button; a newsroom's donate box, "Support our journalism".
pub(crate) const CALL_TO_ACTION_KEYS: Needles = Needles::new(&[
    "লাইক দিন", "পছন্দ করুন", "ফলো করুন", "সাবস্ক্রাইব করুন", "যুক্ত থাকুন", "যুক্ত হোন", "জয়েন করুন", "রিফ্রেশ করুন", "like us",
    "follow us", "subscribe to our", "subscribe to continue", "refresh the page", "refresh this page",
    "support our journalism", "support independent journalism", "support local journalism",
    // a section's promo in the story, over its link ("বইমেলার সব খবর পড়ুন")
    "সব খবর পড়ুন", "সব খবর দেখুন", "সব খবর পেতে",
]);

/// [`CLUTTER_LABELS`] as dedupe keys, so labels match however the page spells or punctuates them,
/// each with its length in characters (every block of every page is compared with all of them).
pub(crate) static CLUTTER_LABEL_KEYS: std::sync::LazyLock<Vec<(String, usize)>> = std::sync::LazyLock::new(|| {
    CLUTTER_LABELS
        .iter()
        .map(|l| crate::text::normalize_key(l))
        .map(|k| {
            let chars = k.chars().count();
            (k, chars)
        })
        .collect()
});

// --- output ---

/// Elements that show an image (AMP pages write `amp-img`).
pub(crate) const IMAGE_TAGS: &[&str] = &["img", "amp-img"];
/// Attributes lazy-loading scripts keep the real image URL in, most common first.
pub(crate) const LAZY_SRC_ATTRS: &[&str] = &["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url"];
/// Attributes holding a `srcset`-style list (the first candidate is taken).
pub(crate) const LAZY_SRCSET_ATTRS: &[&str] = &["data-srcset", "srcset", "data-lazy-srcset"];
/// Why: real articles nest lists and quotes a few levels deep; deeper nesting is an attack on the
/// reader, so deeper elements are unwrapped and the clean tree stays shallow.
pub(crate) const MAX_OUTPUT_DEPTH: usize = 32;

// --- meta ---

/// Silent reading rates in words per minute, by primary language subtag.
/// Why: English 238 wpm is Brysbaert's 2019 meta-analysis figure for non-fiction (190 studies).
/// He also shows rates in other languages follow the number of words a language needs for the
/// same message. Bengali fuses case endings and postpositions into the word ("বাংলাদেশের" is
/// "of Bangladesh") and has no articles, so it needs roughly 15% fewer words than English:
/// 238 × 0.85 ≈ 200. An estimate, not a measurement; replace it with a Bengali reading study.
pub(crate) const READING_WPM: &[(&str, u32)] = &[("bn", 200), ("en", 238)];
/// Why: languages without a measured rate fall back to the English one.
pub(crate) const DEFAULT_WPM: u32 = 238;

/// Days in the Gregorian months, February in a common year.
/// Why: calendar facts, used to reject dates such as "৩১ ফেব্রুয়ারি".
pub(crate) const GREGORIAN_MONTH_DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/// The Bangla months of the revised calendar, each with the spellings pages use; the first is
/// the one Pathok writes.
/// Why: names as Bangladeshi mastheads print them (Kaler Kantho "৮ শ্রাবণ ১৪৩৩", the seed "২৮ পৌষ
/// ১৪৩২"); variants from older spellings.
pub(crate) const BANGLA_MONTHS: [&[&str]; 12] = [
    &["বৈশাখ"],
    &["জ্যৈষ্ঠ", "জৈষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য"],
    &["আষা\u{9A2}\u{9BC}"],
    &["শ্রাবণ", "শ্রাবন"],
    &["ভাদ্র"],
    &["আশ্বিন"],
    &["কার্তিক", "কার্ত্তিক"],
    &["অগ্রহা\u{9AF}\u{9BC}ণ", "অগ্রহা\u{9AF}\u{9BC}ন", "অঘ্রাণ"],
    &["পৌষ"],
    &["মাঘ"],
    &["ফাল্গুন", "ফাগুন"],
    &["চৈত্র"],
];
/// Why: the 2019 revision: Boishakh–Ashwin 31 days, Kartik–Magh 30, Falgun 29, Chaitra 30.
pub(crate) const BANGLA_MONTH_DAYS: [u32; 12] = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30];
/// Why: Falgun (month 11) spans late February and takes the Gregorian leap day.
pub(crate) const BANGLA_LEAP_MONTH: u32 = 11;
/// Why: the revision fixes 1 Boishakh on 14 April.
pub(crate) const BANGLA_NEW_YEAR: (u32, u32) = (4, 14);
/// Why: 1 Boishakh 1432 is 14 April 2025 (checked against the seed page's masthead).
pub(crate) const BANGLA_YEAR_OFFSET: i32 = 593;
/// Stems of the Bangla month names: a cheap first test of a line before it is read as a date.
/// Why: as for [`LABEL_STEMS`]: most short lines of a page hold no Bangla date.
pub(crate) const BANGLA_MONTH_STEMS: Needles = Needles::new(&[
    "বৈশাখ", "জ্যৈষ্ঠ", "জৈষ্ঠ", "আষা", "শ্রাবণ", "শ্রাবন", "ভাদ্র", "আশ্বিন", "কার্তিক", "কার্ত্তিক", "অগ্রহা", "অঘ্রাণ",
    "পৌষ", "মাঘ", "ফাল্গুন", "ফাগুন", "চৈত্র",
]);
/// The era name that marks a Bangla-calendar date.
/// Why: the seed masthead ends its Bangla date with it; a line that holds it is a clock, not a
/// dateline. Written folded ([`crate::text::fold_spelling`] leaves it as it is: tested below).
pub(crate) const BANGABDA: &str = "বঙ্গাব্দ";
/// The word that marks a date of the Hijri calendar, as it is spelled.
pub(crate) const HIJRI: &[&str] = &["হিজরি", "হিজরী"];
/// "day month year": the words of a written Bangla date.
/// Why: the masthead form "২৮ পৌষ ১৪৩২" has exactly three.
pub(crate) const BANGLA_DATE_WORDS: usize = 3;

/// Gregorian month names as pages write them, Bengali spellings first, then English.
/// Why: ী/ি and ূ/ু and the two ways to write য় are folded before lookup (`text::fold_spelling`),
/// so only spellings that differ otherwise are listed (আগস্ট/আগষ্ট, নভেম্বর/নভেমবর).
pub(crate) const GREGORIAN_MONTHS: [&[&str]; 12] = [
    &["জানুয়ারি", "জানু", "january", "jan"],
    &["ফেব্রুয়ারি", "ফেব্রু", "february", "feb"],
    &["মার্চ", "march", "mar"],
    &["এপ্রিল", "april", "apr"],
    &["মে", "may"],
    &["জুন", "june", "jun"],
    &["জুলাই", "july", "jul"],
    &["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট", "august", "aug"],
    &["সেপ্টেম্বর", "সেপ্টেমবর", "september", "sept", "sep"],
    &["অক্টোবর", "অকটোবর", "october", "oct"],
    &["নভেম্বর", "নভেমবর", "november", "nov"],
    &["ডিসেম্বর", "ডিসেমবর", "december", "dec"],
];
/// Time zones a written time names by abbreviation, with their minutes east of UTC. Only those that
/// name one zone: "BST" is British Summer Time and Bangladesh Standard Time, "IST" India's and Ireland's.
/// Why: US pages write "Posted: Tuesday, September 22, 2026 5:00 AM CDT" (held-out 20 p10).
pub(crate) const ZONE_ABBREVIATIONS: &[(&str, i32)] = &[
    ("utc", 0),
    ("gmt", 0),
    ("est", -300),
    ("edt", -240),
    ("cst", -360),
    ("cdt", -300),
    ("mst", -420),
    ("mdt", -360),
    ("pst", -480),
    ("pdt", -420),
];
/// Words after (or before) a clock time that make it a.m.: "এএম", "পূর্বাহ্ন", "সকাল", "ভোর".
/// Why: Jugantor writes "এএম", Themesbazar "পূর্বাহ্ন" (some sites "পূর্বাহ্ণ", alokbortika
/// fixture).
pub(crate) const AM_WORDS: &[&str] = &["am", "এএম", "পূর্বাহ্ন", "পূর্বাহ্ণ", "সকাল", "সকালে", "ভোর", "ভোরে"];
/// Words that make a clock time p.m.: "পিএম", "অপরাহ্ন", "বিকাল", "সন্ধ্যা".
/// Why: Jamuna "পিএম", the seed "অপরাহ্ন"; the day-part words are how people write times.
pub(crate) const PM_WORDS: &[&str] = &[
    "pm",
    "পিএম",
    "অপরাহ্ন",
    "অপরাহ্ণ",
    "বিকাল",
    "বিকালে",
    "বিকেল",
    "বিকেলে",
    "সন্ধ্যা",
    "সন্ধ্যায়",
];
/// "দুপুর ১২টা" is noon and "দুপুর ২টা" is 14:00.
/// Why: noon is the one hour that does not move to p.m.
pub(crate) const NOON_WORDS: &[&str] = &["দুপুর", "দুপুরে"];
/// "রাত ১০টা" is 22:00, "রাত ১২টা" is midnight and "রাত ২টা" is 02:00.
/// Why: "রাত" covers both the evening and the hours after midnight.
pub(crate) const NIGHT_WORDS: &[&str] = &["রাত", "রাতে"];
/// Why: at night, hours from 6 on are evening hours (18–23); smaller ones are after midnight.
pub(crate) const NIGHT_EVENING_FROM: u32 = 6;
/// banglanews24 writes the time as 24-hour HHMM followed by "ঘণ্টা": "২০১৫ ঘণ্টা" is 20:15.
/// Why: seen in the banglanews24-style template and the dateline-signoff fixture.
pub(crate) const HHMM_WORDS: &[&str] = &["ঘণ্টা", "ঘন্টা"];
/// Why: an HHMM time has four digits, and so has a year.
pub(crate) const FOUR_DIGITS: usize = 4;
/// Why: "HHMM" is hours × 100 + minutes.
pub(crate) const HHMM_SPLIT: u32 = 100;

/// Labels that introduce the publication time. Longest match wins ("প্রকাশিত" before "প্রকাশ").
/// Why: Jugantor and Jamuna "প্রকাশ:", templates "প্রকাশিত:", English sites "Published"; a
/// government notice board's row "প্রকাশের তারিখ | ২৪-০২-২০২৬";
/// Themesbazar stamps the publication as "আপলোড সময় : …" (upload time); a live page's start, "লাইভ শুরু:"
/// (held-out 32 p07, 38 p01).
pub(crate) const PUBLISHED_LABELS: &[&str] = &[
    "লাইভ শুরু",
    "প্রকাশিত",
    "প্রকাশের সময়",
    "প্রকাশের তারিখ",
    "প্রকাশ",
    "আপলোড সময়",
    "আপলোড",
    "published on",
    "publication date",
    "date published",
    "published",
    "posted on",
    "posted",
];
/// Labels that introduce the update time ("আপডেট সময়" is Themesbazar's post time).
/// Why: the seed "আপডেট সময়", banglanews24 "আপডেট:", BOOM Bangla "Updated On:", Kolkata dailies' "শেষ আপডেট:".
pub(crate) const UPDATED_LABELS: &[&str] = &[
    "সর্বশেষ আপডেট",
    "শেষ আপডেট",
    "আপডেট সময়",
    "আপডেট",
    "হালনাগাদ",
    "last updated",
    "updated on",
    "updated",
    "modified",
];
/// Labels of a print stamp ("প্রিন্ট: ১০ আগস্ট ২০২৬, ১০:৫২ এএম", Jugantor): when the page was
/// printed, never when it was published.
/// Why: listed so a print stamp splits a line and is never read as the publication time.
pub(crate) const PRINT_LABELS: &[&str] = &["প্রিন্ট", "printed", "print"];
/// Lines about the edition that sit with the dateline (Jugantor's "প্রিন্ট সংস্করণ").
/// Why: jugantor-1/2 must not show "প্রিন্ট সংস্করণ" (gold `must_not_contain`).
pub(crate) const EDITION_LABELS: &[&str] = &["প্রিন্ট সংস্করণ", "অনলাইন সংস্করণ"];
/// Why: the longest dateline seen ("আপডেট সময় ০৫:৩০:১৩ অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬", 53
/// chars)
/// with byline and both dates on one line fits; paragraphs that merely mention a date do not.
pub(crate) const MAX_META_LINE_CHARS: usize = 160;
/// Why: a label and its date are usually split over at most a `<span>`, a `<p>` and a `<div>`.
pub(crate) const META_LINE_CLIMB: usize = 3;
/// Names that mean the page keeps Dhaka time: "ঢাকা ০৪:২১ পূর্বাহ্ন …" mastheads, datelines.
/// Why: the seed masthead "ঢাকা ০৪:২১ পূর্বাহ্ন …" is the only zone a .com Bangladeshi page states.
/// Written folded, as is the text they are compared with (tested below).
pub(crate) const DHAKA_WORDS: &[&str] = &["ঢাকা", "dhaka"];
/// Offsets (minutes east of UTC) of zone-less times, by the host's country domain.
/// Why: Bangladesh is UTC+06:00 (no DST since 2009), India UTC+05:30.
pub(crate) const HOST_ZONES: &[(&str, i32)] = &[(".bd", 360), (".in", 330)];
/// The same offsets by the region of a locale (`bn_BD`, `bn-IN`).
/// Why: as for [`HOST_ZONES`], for pages whose host says no country.
pub(crate) const REGION_ZONES: &[(&str, i32)] = &[("bd", 360), ("in", 330)];
/// Why: Dhaka time, for pages that say "ঢাকা" but not on a `.bd` host.
pub(crate) const DHAKA_OFFSET: i32 = 360;

/// `<meta>` keys (name, property or itemprop, lowercased) of the publication time, best first.
/// Why: Open Graph article metas first (Kaler Kantho, BOOM Bangla), then the other CMS conventions.
pub(crate) const PUBLISHED_METAS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "article.published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "date",
];
/// `<meta>` keys of the update time.
/// Why: as for [`PUBLISHED_METAS`].
pub(crate) const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "article.updated",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];
/// `<meta>` keys of the author. URLs (Facebook's `article:author`) are skipped.
/// Why: Kaler Kantho sets `article:author` to "অনলাইন ডেস্ক"; others use `author`.
pub(crate) const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
];
/// `<meta>` keys of the title other than `og:title`.
/// Why: BOOM Bangla repeats the headline in `meta name=title` and `twitter:title`.
pub(crate) const TITLE_METAS: &[&str] = &[
    "twitter:title",
    "title",
    "dc.title",
    "headline",
    "parsely-title",
];
/// `<meta>` keys of the publication's name.
/// Why: Jugantor's `og:site_name` "Jugantor" is the name its gold expects.
pub(crate) const SITE_METAS: &[&str] = &[
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
];
/// `<meta>` keys of the lead image.
/// Why: og:image is on every saved page that has an image; the rest are fallbacks.
pub(crate) const IMAGE_METAS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "thumbnailurl",
    "image",
];
/// `<meta>` keys of the summary, the excerpt's fallback.
/// Why: the summary a page gives for link previews, when its paragraphs are not known.
pub(crate) const DESCRIPTION_METAS: &[&str] =
    &["og:description", "description", "twitter:description"];
/// `<meta>` keys of the language.
/// Why: Kaler Kantho `og:locale bn_BD`, BBC Bangla `bn-BD`.
pub(crate) const LANG_METAS: &[&str] =
    &["og:locale", "content-language", "language", "dc.language"];
/// `<meta>` keys of the page URL.
/// Why: the page URL when there is no canonical link (prothomalo-1).
pub(crate) const URL_METAS: &[&str] = &["og:url", "twitter:url"];
/// Why: site-wide share images (Jugantor's `uploads/settings/thumbnail.jpg`, logos) say nothing
/// about the article; a body figure is better.
pub(crate) const GENERIC_IMAGE_MARKERS: &[&str] = &[
    "/settings/",
    "logo",
    "default",
    "placeholder",
    "no-image",
    "noimage",
    "fallback",
    "blank.",
];

/// JSON-LD `@type`s that describe the article, besides every type ending in "Article".
/// Why: schema.org article types whose names do not end in "Article".
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Report",
];
/// JSON-LD `@type`s of a page's own work that is no article type: read when the page has no article object.
/// Why: a food site's recipe page describes itself as a `Recipe` (name, author, datePublished, no headline);
/// review and how-to pages likewise.
pub(crate) const WORK_TYPES: &[&str] = &["Recipe", "Review", "HowTo"];
/// Separators between a headline and the site's name in `<title>` and `og:title`.
/// Why: prothomalo-1 "… - Prothom Alo", Bengali sites "… | যুগান্তর"; spaces around the mark keep
/// "ঢাকা-চট্টগ্রাম" whole.
pub(crate) const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · "];
/// The marks of [`TITLE_SEPARATORS`] and the colon, which parts a known headline from the site's name
/// (Blogger's "Blog: Post").
pub(crate) const TITLE_MARKS: &[char] = &['|', '-', '–', '—', ':', '»', '·'];

/// Words that make a short line a byline: desks, staff reporters, correspondents.
/// Why: the brief's forms ("নিজস্ব প্রতিবেদক", "স্টাফ রিপোর্টার", "অনলাইন ডেস্ক", "<place>
/// প্রতিনিধি") and jugantor-2 "যুগান্তর প্রতিবেদন"; regional bureaus ("সিলেট ব্যুরো").
/// Written folded, as is the text they are compared with (tested below).
pub(crate) const BYLINE_WORDS: &[&str] = &[
    "ডেস্ক",
    "ব্যুরো",
    "প্রতিবেদক",
    "প্রতিবেদন",
    "প্রতিনিধি",
    "রিপোর্টার",
    "সংবাদদাতা",
    "করেসপন্ডেন্ট",
    "desk",
    "correspondent",
    "reporter",
    "staff",
    "bureau",
];
/// News agencies whose name alone, on a line of its own, credits a story: one word where a desk's
/// credit has two ("বাসস" against "বাসস প্রতিবেদক"). Lowercase, written folded (tested below).
/// Why: Bangladeshi wire copy credited "বাসস" in its own row under the headline (held-out 21 p05);
/// the other agencies Bengali and English pages credit so.
pub(crate) const WIRE_AGENCIES: &[&str] = &[
    "বাসস", "ইউএনবি", "এএফপি", "রয়টার্স", "এপি", "পিটিআই", "আইএএনএস", "bss", "unb", "afp", "reuters", "ap",
    "associated press", "agence france-presse", "pti", "ians",
];
/// Class or id fragments (lowercase) of elements that hold the byline.
/// Why: Jugantor `desktopDetailReporter`, the blog themes' `byline`, `author-name`, `news-detail__author`.
pub(crate) const BYLINE_MARKERS: Needles = Needles::new(&[
    "author",
    "byline",
    "reporter",
    "writer",
    "journalist",
    "contributor",
]);
/// Longer words that begin with a byline marker and name no author: the marker is matched inside
/// class names, so "authority-control" held "author". And a comment's writer ("comment-author", WordPress's).
/// Why: a held-out encyclopedia page's "Authority control" box was read as its byline; a held-out
/// blog's first commenter (37 p02).
pub(crate) const NOT_BYLINE_MARKERS: Needles = Needles::new(&["authorit", "authoriz", "authoris", "comment"]);
/// Prefixes removed from a byline ("By …", "লেখক: …").
/// Why: English "By …" (and a podcast's "Hosted by …", held-out 18 p06; a police blotter's "Compiled by
/// …", held-out 20 p09), French "Par …" and Spanish "Por …" (Readability's videos-2 page), Bengali
/// "লেখক:", "লেখা:", the interview ("সাক্ষাৎকার: …") and photo-story fixtures, a recipe's "রেসিপি ও
/// ছবি:"; a weekly's "Story by" and a magazine's "Words by" (held-out 28); "দ্বারা", WordPress themes' Bengali "By"
/// (held-out 33 p08), a live blog's "লিখছেন …" (is writing, held-out 48 p02); an interview's "Interview by" (47 p08).
/// Written folded, as is the text they are compared with (tested below).
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "written by",
    "story by",
    "words by",
    "hosted by",
    "compiled by",
    "reported by",
    "interview by",
    "interviewed by",
    "by",
    "par",
    "por",
    "লেখক",
    "লেখা",
    "লিখেছেন",
    "লিখছেন",
    "সাক্ষাৎকার",
    "সাক্ষাৎকার নিয়েছেন",
    "গ্রন্থনা",
    "ছবি ও লেখা",
    "লেখা ও ছবি",
    "রেসিপি ও ছবি",
    "দ্বারা",
];
/// [`BYLINE_PREFIXES`], [`BYLINE_LABELS`] and [`BYLINE_WORDS`] folded: a line that is only one of
/// them names no one ("প্রতিবেদক:" in a span of its own, the name in the next).
pub(crate) static GENERIC_BYLINE_KEYS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| folded(&[BYLINE_PREFIXES, BYLINE_LABELS, BYLINE_WORDS]));

/// Word lists folded as text is before it is compared with them; once, not per line read.
fn folded(lists: &[&[&str]]) -> Vec<String> {
    lists.iter().flat_map(|list| list.iter()).map(|w| crate::text::fold_spelling(w)).collect()
}
/// Marks that part the fields of one metadata line ("স্পোর্টস ডেস্ক | ১০ মে ২০২৫", "Oct 15, 2015 ·
/// 18 min read").
/// Why: the bn corpus parts byline and date with bars; English templates with middots and bullets; Bengali
/// portals with the double danda ("স্টাফ রিপোর্টার ॥ ঢাকা", held-out 38 p08).
pub(crate) const FIELD_BARS: &[char] = &['|', '·', '•', '॥'];
/// The units of a reading time or a length among a byline's fields ("7 min · 1020 words").
/// Why: held-out blog themes (Hugo's PaperMod) give both beside the date and the author.
pub(crate) const COUNT_UNITS: &[&str] = &["min", "mins", "minute", "minutes", "words", "মিনিট", "শব্দ"];
/// A word a reading time may end with ("24 min read").
/// Why: a held-out magazine (51 p03) gives its date and reading time on one line, "22 April 2025 · 24 min read".
pub(crate) const COUNT_TAILS: &[&str] = &["read"];
/// A relative time's last word and units ("৫ ঘণ্টা আগে", "2 hours ago", "an hour ago").
/// Why: held-out 33 p06 gives its date only as "৫ ঘণ্টা আগে" under the byline, in one line with it.
pub(crate) const AGO_WORDS: &[&str] = &["আগে", "ago"];
pub(crate) const RELATIVE_UNITS: &[&str] = &[
    "সেকেন্ড", "মিনিট", "ঘণ্টা", "ঘন্টা", "দিন", "সপ্তাহ", "মাস", "বছর", "second", "seconds", "sec", "secs", "minute", "minutes",
    "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years",
];
/// A count of one in words ("এক ঘণ্টা আগে", "an hour ago").
pub(crate) const ONE_WORDS: &[&str] = &["এক", "a", "an"];
/// Characters trimmed from a byline's end ("আকাশ আন্তর্জাতিক ডেস্ক :", "নিজস্ব প্রতিবেদকঃ").
/// Why: the seed "আকাশ আন্তর্জাতিক ডেস্ক :" and the visarga form "…প্রতিবেদকঃ"; the middots and
/// bullets of [`FIELD_BARS`] before a date ("অনলাইন ডেস্ক· …", held-out 17 p05).
pub(crate) const BYLINE_TRAILING: &[char] = &[':', 'ঃ', '-', '–', '—', '|', '·', '•', ',', '/'];
/// Why: the longest bylines seen are two names with "ও" or a desk and a place (≤ 8 words).
pub(crate) const BYLINE_MAX_WORDS: usize = 8;
/// Postpositions that make the words before them a place: "কাশিমগঞ্জ থেকে" ("from Kashimganj")
/// beside a reporter's name, never a name. Why: held-out 15 p02, a place over the date line.
pub(crate) const FROM_PLACE_WORDS: &[&str] = &["থেকে", "হতে"];
/// Why: a personal name is two to four words ("মাহমুদা আক্তার", "মো. হেলাল উদ্দিন"); one word
/// beside a date is a place or a section more often than a name.
pub(crate) const MIN_NAME_WORDS: usize = 2;
/// See [`MIN_NAME_WORDS`].
pub(crate) const MAX_NAME_WORDS: usize = 4;
/// Why: a reporter's place is an upazila and its district ("ঝিনাইগাতী (শেরপুর)", "কুলাউড়া, মৌলভীবাজার"),
/// three words at most with a two-word name among them.
pub(crate) const MAX_PLACE_WORDS: usize = 3;
/// Why: as above, in characters; an author bio box is longer.
pub(crate) const BYLINE_MAX_CHARS: usize = 80;
/// Parts of CMS user names that are not people ("akashadmin").
/// Why: the seed page's uploader `akashadmin`, blog engines' `admin`/`editor` accounts.
pub(crate) const USERNAME_HINTS: &[&str] = &["admin", "editor", "user", "author", "webmaster"];
/// Why: the byline sits in the few lines between the headline and the first paragraph
/// (Jugantor: shoulder, hanger, reporter, date; Themesbazar: byline right under the title).
pub(crate) const NEAR_TITLE_LINES: usize = 8;
/// Why: a line with this many letters is body text; the metadata lines are above it.
pub(crate) const BODY_LINE_LETTERS: usize = 120;
// meta::consumed passes over a block with more letters than a metadata line may have as body text.
const _: () = assert!(BODY_LINE_LETTERS <= MAX_META_LINE_CHARS);

/// Why: the excerpt is a paragraph with some substance, not a caption or a "ঢাকা, ৭ জানুয়ারি"
/// line.
pub(crate) const EXCERPT_MIN_LETTERS: usize = 80;
/// Why: the length search engines and link previews show; longer is cut at a sentence end.
pub(crate) const EXCERPT_MAX_CHARS: usize = 300;
/// Why: more than half of the letters Bengali means a Bengali article, even when a template
/// declares `lang="en"`.
pub(crate) const BENGALI_LANG_SHARE: f32 = 0.5;
/// Why: a few paragraphs are enough to tell the script; the cap keeps 20 MB pages cheap.
pub(crate) const LANG_SAMPLE_CHARS: usize = 4_000;
/// Cheap substrings (lowercase, no nukta letters) that a text must hold before it is checked
/// for a date label: the label check folds spellings and is too slow for every text node.
/// Why: scanning a 6 MB page took 200 ms with a fold per text node; stems first cut that.
pub(crate) const LABEL_STEMS: Needles = Needles::new(&[
    "প্রকাশ",
    "আপলোড",
    "আপডেট",
    "হালনাগাদ",
    "প্রিন্ট",
    "publish",
    "posted",
    "updated",
    "modified",
    "print",
]);
/// Why: a shorter part of a `<title>` ("BD", "24") is not taken for the site's name even when
/// a site name contains it.
pub(crate) const MIN_SITE_NAME_CHARS: usize = 4;
/// Weekday names, Bengali (with রোববার for রবিবার) and English, allowed in a date-only line.
/// Why: the seed dateline "… অপরাহ্ন, বুধবার, ৭ জানুয়ারী ২০২৬" names the weekday.
pub(crate) const WEEKDAYS: &[&str] = &[
    "রবিবার",
    "রোববার",
    "সোমবার",
    "মঙ্গলবার",
    "বুধবার",
    "বৃহস্পতিবার",
    "শুক্রবার",
    "শনিবার",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sun",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
];
/// Other words a date-only line may hold ("সময়", "তারিখ", "at", "বঙ্গাব্দ").
/// Why: words that sit in datelines without adding to them; "বাংলাদেশ" is left out, so a "বাংলাদেশ
/// সময়: …" sign-off stays body text.
pub(crate) const DATE_LINE_WORDS: &[&str] = &[
    "সময়",
    "তারিখ",
    "at",
    "on",
    "বঙ্গাব্দ",
    "খ্রিস্টাব্দ",
    "ইং",
    // Zones after a time that name no one offset ("5:42 p.m. ET", "BST"); the others are in
    // ZONE_ABBREVIATIONS.
    "bst",
    "ist",
    "et",
    "pt",
    // The Hijri date a masthead clock prints third ("১৪ শাবান ১৪৪৫ হিজরি"), month names word by word:
    // on their own they only ever join a line that is otherwise all date.
    "হিজরি",
    "হিজরী",
    "মহররম",
    "মুহাররম",
    "সফর",
    "রবিউল",
    "রবিউস",
    "আউয়াল",
    "আওয়াল",
    "সানি",
    "সানী",
    "আখির",
    "জমাদিউল",
    "জমাদিউস",
    "জুমাদাল",
    "উলা",
    "আখিরাহ",
    "রজব",
    "শাবান",
    "রমজান",
    "রমযান",
    "শাওয়াল",
    "জিলকদ",
    "জিলক্বদ",
    "জিলহজ",
    "জিলহজ্জ",
];
/// Why: a section label above the headline is one to three words ("স্বাস্থ্য", "নগর-মহানগর").
pub(crate) const SECTION_MAX_WORDS: usize = 3;
/// Why: besides the byline and its date, a byline line holds at most a place or a label
/// ("স্বাস্থ্য প্রতিবেদক ঢাকা", "By … |"); a line with more is a paragraph that names its author.
pub(crate) const BYLINE_REST_WORDS: usize = 2;
/// Phrases of a view counter or a reading time ("সংবাদটি পড়া হয়েছে ২,৩১৭ বার", "পঠিত: ১২০৪", "1,204
/// views", "7 minute read").
/// Why: the split-body fixture's counter shares the byline's row; with no class to name it, its words
/// must. Medium's and a held-out blog's reading times share the date's.
pub(crate) const VIEW_COUNT_KEYS: Needles = Needles::new(&[
    "পড়া হয়েছে", "বার পড়া", "পঠিত", "দেখা হয়েছে", "বার দেখা", "পড়তে সময় লাগবে", "views", "reads", "min read", "minute read",
]);
/// Why: a counter is its phrase, its number and a word of lead ("সংবাদটি"); a sentence about views
/// is longer.
pub(crate) const VIEW_COUNT_MAX_WORDS: usize = 6;
/// First letters of [`DHAKA_WORDS`], a cheap test before folding a text.
/// Why: as for [`LABEL_STEMS`]: a cheap first test.
pub(crate) const DHAKA_INITIALS: &[char] = &['ঢ', 'D', 'd'];
/// Anchor marks documentation generators append to headings ("Evolve: Shared Mutable History¶").
/// Why: Readability's mercurial page; the mark is a permalink, not part of the headline or heading.
pub(crate) const HEADING_ANCHOR_MARKS: &[char] = &['¶', '#', '§', '🔗'];
/// Why: a one-word `<title>` ("Article", ittefaq-1) names the page type, not the article.
pub(crate) const MIN_TITLE_WORDS: usize = 2;
/// Why: site names run to four words ("The Daily Star Bangladesh"); a longer part of a `<title>`
/// is a headline even when it mentions the site.
pub(crate) const SITE_NAME_MAX_WORDS: usize = 4;
/// Why: BCP 47 region subtags are two letters ("BD", "IN"); script subtags have four ("Beng").
pub(crate) const REGION_SUBTAG_LEN: usize = 2;
/// Why: an author element's own label is a few words ("যাচাই করেছেন:", "Reviewed by:", "রেসিপি ও ছবি:").
pub(crate) const OWN_LABEL_MAX_WORDS: usize = 3;
/// Words that make a short line a byline label rather than a name ("Author", "作者：").
/// Why: an author box can hold only its label (Readability's gmw page "作者：").
pub(crate) const BYLINE_LABELS: &[&str] = &[
    "author",
    "authors",
    "作者",
    "follow author",
    "প্রতিবেদকের নাম",
    "প্রতিবেদকের তথ্য",
    "প্রতিবেদকের সকল নিউজ",
    "আপলোডকারীর তথ্য",
    "লেখকের তথ্য",
];
/// Words of photo credits, which sit where bylines do ("ছবি: স্টাফ রিপোর্টার", "All photos: …").
/// Why: Readability's article-author-tag page "(All photos: Atlas staff)" sat where a byline does;
/// a held-out video page credited its "ক্যামেরা:" beside the reporter, a science page its drawing's "অলংকরণ:"
/// (held-out 48 p07), a business page its infographic's "গ্রাফিক্স:" (50 p04). Written folded, as is the text they are compared with (tested below).
pub(crate) const CREDIT_WORDS: &[&str] = &["photo", "photos", "photograph", "photographs", "ছবি", "ফাইল ছবি", "image", "illustration", "অলংকরণ", "graphics", "গ্রাফিক্স", "ক্যামেরা", "camera"];
/// Class or id fragments of the site's logo, whose text or image `alt` is the site's name.
/// Why: a Bengali `<title>` suffix (" | যুগান্তর") matches no Latin `og:site_name`; the logo says it.
pub(crate) const LOGO_MARKERS: Needles = Needles::new(&["logo", "brand", "site-title", "site-name"]);
/// Why: a logo is found in the first few marked elements; more are sponsor and partner logos.
pub(crate) const MAX_LOGO_NAMES: usize = 4;
/// Why: Bengali writers type the visarga "ঃ" for a colon ("০৫ঃ৩০", "নিজস্ব প্রতিবেদকঃ").
pub(crate) const COLON_MARKS: &[char] = &[':', 'ঃ'];
/// Why: a text longer than this many bytes per allowed character cannot be a short line, so the
/// character count is skipped (the longest UTF-8 encoding of one character).
pub(crate) const MAX_UTF8_BYTES: usize = 4;
/// Why: the longest date label ("সর্বশেষ আপডেট", 13 characters) and the character after it; a
/// label is looked for at every word start, so only this much is folded there.
pub(crate) const LABEL_WINDOW_CHARS: usize = 16;
/// The date labels folded for matching, longest first, with the date each introduces.
/// Why: folded once, not for every text node of a 20 MB page.
pub(crate) static DATE_LABEL_KEYS: std::sync::LazyLock<Vec<(String, crate::date::Label)>> =
    std::sync::LazyLock::new(|| {
        use crate::date::Label;
        [
            (PUBLISHED_LABELS, Label::Published),
            (UPDATED_LABELS, Label::Updated),
            (PRINT_LABELS, Label::Printed),
        ]
        .iter()
        .flat_map(|(list, label)| list.iter().map(|l| (crate::text::fold_spelling(l), *label)))
        .collect()
    });
/// The first characters of [`DATE_LABEL_KEYS`], each once.
/// Why: every word start of a line is asked whether a label could begin there, before a window of the
/// line is folded; about a dozen characters to compare instead of every label.
pub(crate) static DATE_LABEL_FIRSTS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut firsts = Vec::new();
    for first in DATE_LABEL_KEYS.iter().filter_map(|(l, _)| l.chars().next()) {
        if !firsts.contains(&first) {
            firsts.push(first);
        }
    }
    firsts
});
/// Every word a written date may hold, folded, with its meaning; the first list that names a
/// word decides.
/// Why: one lookup per word instead of folding every list for every word.
pub(crate) static DATE_WORDS: std::sync::LazyLock<
    std::collections::HashMap<String, crate::date::DateWord>,
> = std::sync::LazyLock::new(|| {
    use crate::date::DateWord;
    let fold = crate::text::fold_spelling;
    let mut words = std::collections::HashMap::new();
    for (month, names) in (1..).zip(GREGORIAN_MONTHS.iter()) {
        for n in *names {
            words.entry(fold(n)).or_insert(DateWord::Month(month));
        }
    }
    let kinds = [
        (AM_WORDS, DateWord::Am),
        (PM_WORDS, DateWord::Pm),
        (NOON_WORDS, DateWord::Noon),
        (NIGHT_WORDS, DateWord::Night),
        (HHMM_WORDS, DateWord::Hhmm),
        (WEEKDAYS, DateWord::Filler),
        (DATE_LINE_WORDS, DateWord::Filler),
        (DHAKA_WORDS, DateWord::Filler),
    ];
    for (list, kind) in kinds {
        for w in list {
            words.entry(fold(w)).or_insert(kind);
        }
    }
    for &(zone, offset) in ZONE_ABBREVIATIONS {
        words.entry(fold(zone)).or_insert(DateWord::Zone(offset));
    }
    let labels = PUBLISHED_LABELS.iter().chain(UPDATED_LABELS).chain(PRINT_LABELS);
    let bangla = BANGLA_MONTHS.iter().flat_map(|names| names.iter());
    for w in labels.chain(bangla).flat_map(|l| l.split(' ')) {
        words.entry(fold(w)).or_insert(DateWord::Filler);
    }
    words
});
/// The Bangla month names folded, with their month number (1–12).
/// Why: as for [`DATE_WORDS`].
pub(crate) static BANGLA_MONTH_KEYS: std::sync::LazyLock<std::collections::HashMap<String, u32>> =
    std::sync::LazyLock::new(|| {
        (1..)
            .zip(BANGLA_MONTHS.iter())
            .flat_map(|(month, names)| names.iter().map(move |n| (crate::text::fold_spelling(n), month)))
            .collect()
    });
/// Class fragments of the element in an author box that holds the name itself ("author-name"),
/// read before the box's caption and links.
/// Why: Themesbazar's author box holds a caption "প্রতিবেদকের তথ্য", the name, and a link to all
/// the reporter's stories.
pub(crate) const BYLINE_NAME_MARKERS: Needles = Needles::new(&["name"]);
/// Why: an author-marked element inside these is a list of columnists, a menu or the footer.
pub(crate) const NOT_BYLINE_PLACES: &[&str] = &["li", "nav", "aside", "footer", "header", "ul", "ol"];
/// Why: an author box inside these (related stories, comments, sidebars) belongs to another
/// story or to a reader, not to the article (Readability's salon-1 page).
pub(crate) const NOT_BYLINE_BOXES: Needles = Needles::new(&["related", "comment", "sidebar", "widget", "popular"]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_lists_are_written_as_keys() {
        let searched = [&PROMO_KEYS, &CALL_TO_ACTION_KEYS, &BOILERPLATE_KEYS, &VIEW_COUNT_KEYS, &VIDEO_TEASER_KEYS, &LISTEN_BOX_KEYS].map(Needles::words);
        for list in [FIGURE_LABEL_KEYS, CREDIT_LABEL_KEYS, CONTACT_LABEL_KEYS, POST_LABEL_KEYS, NEXT_STORY_KEYS, COMMENTS_KEYS, COUNTED_COMMENTS_KEYS, AUTHOR_BOX_KEYS, SUMMARY_LABELS].into_iter().chain(searched) {
            for phrase in list {
                assert_eq!(crate::text::normalize_key(phrase), *phrase);
            }
        }
    }

    #[test]
    fn word_lists_compared_with_folded_text_are_written_folded() {
        for list in [BYLINE_PREFIXES, BYLINE_WORDS, CREDIT_WORDS, DHAKA_WORDS, WIRE_AGENCIES, &[BANGABDA]] {
            for word in list {
                assert_eq!(crate::text::fold_spelling(word), *word);
            }
        }
    }
}
