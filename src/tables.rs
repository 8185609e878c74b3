//! Every word list, label lexicon and threshold of the extractor, in one place, grouped by the
//! stage that uses it. Stage files hold no numbers but 0 and 1 and no Bengali literals.
//! Each constant says why it has its value; change one only with a fixture that shows the need.

// --- budgets (defaults of `Options`) ---

/// Why: four times the largest real news page we have seen (~8 MB with inline JSON state), and
/// well above the 20 MB scaling page of the benchmark only when raised by the caller.
pub(crate) const MAX_BYTES: usize = 32 * 1024 * 1024;
/// Why: a 20 MB page builds about 1.2 million nodes; past two million a tab would stall anyway.
pub(crate) const MAX_NODES: usize = 2_000_000;
/// Why: a reader view that takes longer than five seconds is worse than the cluttered page.
pub(crate) const MAX_MILLIS: u64 = 5_000;

// --- text ---

/// The Bengali digits ০–৯, indexed by value.
pub(crate) const BENGALI_DIGITS: [char; 10] = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];
/// ta + virama + ZWJ: the old way to write khanda ta.
pub(crate) const KHANDA_TA_SPELLED: &str = "ত্\u{200D}";
/// ৎ, the khanda ta.
pub(crate) const KHANDA_TA: &str = "ৎ";
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

// --- blocks ---

/// Elements a browser lays out as blocks. `marquee` is here because tickers are boxes of their own.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "marquee", "menu", "nav",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "ul", "iframe", "video", "audio", "canvas", "object", "embed", "select", "textarea", "noscript",
    "script", "style", "template",
];
/// Containers in which loose inline runs become paragraphs (not `p`, headings or table rows).
pub(crate) const WRAPPABLE_TAGS: &[&str] = &[
    "div", "section", "article", "main", "body", "td", "blockquote", "li", "center", "font",
    "span", "figure",
];

// --- score ---

/// Elements that never hold article text, whatever pass.
pub(crate) const NEVER_CONTENT_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas",
    "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "marquee", "menu",
    "dialog", "head", "title", "meta", "link",
];
/// Class/id words of boxes that are seldom content (Readability's list, as whole words, plus the
/// ticker, share, tag and list boxes of Bengali news themes).
pub(crate) const UNLIKELY: crate::signals::Words = crate::signals::Words {
    exact: &[
        "banner", "combx", "community", "disqus", "extra", "footer", "gdpr", "header", "legends",
        "menu", "related", "remark", "replies", "rss", "shoutbox", "skyscraper", "social",
        "supplemental", "agegate", "pagination", "pager", "popup", "ticker", "marquee", "breaking",
        "scroll", "share", "sharing", "tag", "tags", "popular", "latest", "trending", "newsletter",
        "subscribe", "follow", "print", "navbar", "nav", "masthead", "topbar", "cookie", "modal",
    ],
    stems: &["breadcrumb", "comment", "sidebar", "sponsor", "advert", "sharethis", "widget"],
};
/// Words that keep an element in even when an unlikely word is present too.
pub(crate) const MAYBE_CONTENT: crate::signals::Words = crate::signals::Words {
    exact: &["and", "article", "body", "column", "content", "main", "shadow", "story", "detail", "details"],
    stems: &[],
};
/// Words that raise a candidate's score.
pub(crate) const POSITIVE: crate::signals::Words = crate::signals::Words {
    exact: &[
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
        "story", "detail", "details", "news", "description",
    ],
    stems: &["articlebody", "itembody"],
};
/// Words that lower a candidate's score.
pub(crate) const NEGATIVE: crate::signals::Words = crate::signals::Words {
    exact: &[
        "hidden", "banner", "combx", "comment", "com", "contact", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tag", "widget", "ticker",
        "breaking", "popular", "latest", "print", "ad", "ads",
    ],
    stems: &["advert", "sharethis", "comment"],
};
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
/// The link-text share below which a long sibling paragraph joins.
pub(crate) const SIBLING_PARAGRAPH_LINK_DENSITY: f32 = 0.25;
/// Why: a pass that finds this many letters is accepted without relaxing further (Readability's 500).
pub(crate) const ACCEPT_LETTERS: u32 = 500;
/// Why: fewer letters than about two short sentences is a stub, not an article.
pub(crate) const MIN_ARTICLE_LETTERS: u32 = 140;
/// A block with this share of link letters is a linked headline.
pub(crate) const TEASER_LINK_DENSITY: f32 = 0.8;
/// At least this many linked headlines before a body can be a listing.
pub(crate) const MIN_TEASERS: usize = 4;
/// A listing has at least one linked headline per this many paragraphs.
pub(crate) const TEASER_RATIO: usize = 2;
/// Elements whose text no reader sees (counted as zero letters).
pub(crate) const UNREAD_TAGS: &[&str] = &["script", "style", "noscript", "template", "title", "head"];

// --- dedupe ---

/// Why: shorter sentence pieces ("তিনি বলেন") recur in honest prose; they prove no copy.
pub(crate) const MIN_SENTENCE_KEY_CHARS: usize = 12;
/// Why: a partial copy must repeat at least a full sentence's worth of text to be dropped.
pub(crate) const MIN_PARTIAL_COPY_CHARS: usize = 30;

// --- clutter ---

/// Class/id words of boxes inside an article container that are never article text.
pub(crate) const CLUTTER: crate::signals::Words = crate::signals::Words {
    exact: &[
        "share", "sharing", "social", "tag", "tags", "related", "popular", "latest", "trending",
        "ticker", "marquee", "breaking", "scroll", "ad", "ads", "adsbygoogle", "newsletter",
        "subscribe", "follow", "print", "promo", "outbrain", "taboola", "reaction", "reactions",
        "rating",
    ],
    stems: &["sharethis", "comment", "advert", "sponsor", "widget", "sidebar", "breadcrumb"],
};
/// Boxes that can be lists of links.
pub(crate) const LINK_BOX_TAGS: &[&str] = &["ul", "ol", "dl", "div", "section", "table", "p", "span", "li"];
/// Why: one link is a citation; two or more in a box that is mostly links is a list.
pub(crate) const MIN_LINKS_IN_BOX: u32 = 2;
/// Why: running text with citations stays under half link text; link lists are well over.
pub(crate) const LINK_BOX_DENSITY: f32 = 0.6;
/// A labelled block with at least this share of link text is the label's list.
pub(crate) const LABEL_LINK_DENSITY: f32 = 0.4;
/// Why: after a label, up to this many characters (a colon, a short name) still make a label line.
pub(crate) const MAX_LABEL_TAIL_CHARS: usize = 24;
/// A box is only label and links when links are at least NUM/DENOM of its other letters.
pub(crate) const LABEL_BOX_LINK_SHARE_NUM: u32 = 1;
/// See `LABEL_BOX_LINK_SHARE_NUM`.
pub(crate) const LABEL_BOX_LINK_SHARE_DENOM: u32 = 2;

/// Labels of clutter lines and boxes on Bengali and English news pages.
pub(crate) const CLUTTER_LABELS: &[&str] = &[
    // read more
    "আরও পড়ুন", "আরো পড়ুন", "আরও পড়ুনঃ", "আরও দেখুন", "আরো দেখুন", "আরও খবর", "আরো খবর", "পড়ুন",
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
    "মন্তব্য", "বিজ্ঞাপন", "advertisement", "comments", "subscribe", "newsletter",
];

/// [`CLUTTER_LABELS`] as dedupe keys, so labels match however the page spells or punctuates them.
pub(crate) static CLUTTER_LABEL_KEYS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<String> = CLUTTER_LABELS.iter().map(|l| crate::text::normalize_key(l)).collect();
    // Longest first, so "প্রিন্ট সংস্করণ" is measured as a label before "প্রিন্ট".
    keys.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
    keys
});

// --- output ---

/// Attributes lazy-loading scripts keep the real image URL in, most common first.
pub(crate) const LAZY_SRC_ATTRS: &[&str] = &["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url"];
/// Attributes holding a `srcset`-style list (the first candidate is taken).
pub(crate) const LAZY_SRCSET_ATTRS: &[&str] = &["data-srcset", "srcset", "data-lazy-srcset"];
/// Why: real articles nest lists and quotes a few levels deep; deeper nesting is an attack on the
/// reader, so deeper elements are unwrapped and the clean tree stays shallow.
pub(crate) const MAX_OUTPUT_DEPTH: usize = 32;
