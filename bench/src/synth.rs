//! Synthetic Bengali news pages of a requested size for the scaling run: a head with scripts and
//! styles, navigation, a ticker, one article whose paragraphs are all different (so dedupe keeps
//! them), inline ads and "read more" boxes inside it, and a sidebar of link lists and cards that grows
//! with the article. Deterministic: the same size always gives the same page.

use std::fmt::Write;

const WORDS: &[&str] = &[
    "সরকার",
    "নির্বাচন",
    "কমিশন",
    "আজ",
    "সকালে",
    "রাজধানীর",
    "বিভিন্ন",
    "এলাকায়",
    "বৃষ্টি",
    "হয়েছে",
    "মানুষ",
    "দুর্ভোগে",
    "পড়েছেন",
    "মন্ত্রণালয়",
    "জানিয়েছে",
    "আগামী",
    "সপ্তাহে",
    "বৈঠক",
    "হবে",
    "প্রধানমন্ত্রী",
    "বলেন",
    "দেশের",
    "অর্থনীতি",
    "এগিয়ে",
    "যাচ্ছে",
    "কৃষকেরা",
    "ধানের",
    "ন্যায্য",
    "দাম",
    "পাচ্ছেন",
    "না",
    "বাজারে",
    "চালের",
    "সরবরাহ",
    "স্বাভাবিক",
    "রয়েছে",
    "পুলিশ",
    "ঘটনাস্থলে",
    "পৌঁছে",
    "পরিস্থিতি",
    "নিয়ন্ত্রণে",
    "আনে",
    "শিক্ষার্থীরা",
    "পরীক্ষার",
    "ফল",
    "প্রকাশের",
    "দাবি",
    "জানায়",
    "নদীর",
    "পানি",
    "বিপৎসীমার",
    "ওপর",
    "দিয়ে",
    "প্রবাহিত",
    "হচ্ছে",
    "চট্টগ্রাম",
    "খুলনা",
    "সিলেট",
    "রাজশাহী",
    "বরিশাল",
    "উপজেলা",
    "চেয়ারম্যান",
];

const SECTIONS: &[&str] = &[
    "জাতীয়",
    "রাজনীতি",
    "অর্থনীতি",
    "আন্তর্জাতিক",
    "খেলা",
    "বিনোদন",
    "মতামত",
];

/// A small linear congruential generator; quality does not matter, repeatability does.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        // The high bits of an LCG are the well-mixed ones.
        usize::try_from(self.0 >> 33).unwrap_or(0) % n
    }

    fn words(&mut self, out: &mut String, min: usize, spread: usize) {
        let n = min + self.below(spread);
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(WORDS[self.below(WORDS.len())]);
        }
    }

    fn paragraph(&mut self, out: &mut String) {
        out.push_str("<p>");
        for s in 0..3 + self.below(4) {
            if s > 0 {
                out.push(' ');
            }
            self.words(out, 6, 9);
            out.push_str(if self.below(5) == 0 { ", " } else { "" });
            out.push('।');
        }
        out.push_str("</p>\n");
    }
}

/// A page of about `target` bytes (never less).
pub fn page(target: usize) -> String {
    let mut rng = Lcg(target as u64);
    let mut html = String::with_capacity(target + 4096);
    html.push_str("<!doctype html><html lang=\"bn\"><head><meta charset=\"utf-8\"><title>ঢাকায় ভারী বৃষ্টি, জলাবদ্ধতায় দুর্ভোগ | দৈনিক খবর</title>\n");
    html.push_str("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n");
    html.push_str("<style>.ticker{overflow:hidden}.hidden-print{display:block}@media print{.share{display:none}}</style></head>\n<body>\n");
    html.push_str("<header><nav class=\"menu\"><ul>");
    for (i, s) in SECTIONS.iter().enumerate() {
        let _ = write!(html, "<li><a href=\"/section/{i}\">{s}</a></li>");
    }
    html.push_str("</ul></nav>\n<div class=\"ticker\"><span>সংবাদ শিরোনাম :</span><marquee>");
    for i in 0..10 {
        let _ = write!(html, "<a href=\"/news/{i}\">");
        rng.words(&mut html, 4, 4);
        html.push_str("</a> ");
    }
    html.push_str("</marquee></div></header>\n<main class=\"row\"><div class=\"col-md-8\"><article class=\"news-details\">\n");
    html.push_str(
        "<h1>ঢাকায় ভারী বৃষ্টি, জলাবদ্ধতায় দুর্ভোগ</h1><div class=\"author\">নিজস্ব প্রতিবেদক</div>\n",
    );
    let body_end = target * 2 / 3;
    let mut n = 0usize;
    while html.len() < body_end {
        rng.paragraph(&mut html);
        n += 1;
        if n.is_multiple_of(8) {
            html.push_str("<div class=\"ad\"><span>বিজ্ঞাপন</span><img src=\"/ads/banner.gif\" alt=\"\"></div>\n");
            let _ = write!(html, "<p><strong>আরও পড়ুন:</strong> <a href=\"/news/r{n}\">");
            rng.words(&mut html, 4, 5);
            html.push_str("</a></p>\n");
        }
        if n.is_multiple_of(40) {
            html.push_str("<h2>");
            rng.words(&mut html, 3, 3);
            html.push_str("</h2>\n");
        }
    }
    html.push_str("</article><div class=\"share\">শেয়ার করুন <a href=\"#fb\">ফেসবুক</a> <a href=\"#print\">প্রিন্ট</a></div></div>\n<aside class=\"col-md-4\">\n");
    let footer = "</aside></main><footer><p>সম্পাদক: নাম · ঠিকানা: ঢাকা</p></footer></body></html>\n";
    let mut card = 0usize;
    while html.len() + footer.len() < target {
        html.push_str("<div class=\"popular\"><h3>জনপ্রিয় সংবাদ</h3><ul>");
        for _ in 0..5 {
            card += 1;
            let _ = write!(html, "<li><a href=\"/news/p{card}\">");
            rng.words(&mut html, 4, 5);
            html.push_str("</a></li>");
        }
        html.push_str("</ul></div>\n<div class=\"related-card\">");
        let _ = write!(
            html,
            "<a href=\"/news/c{card}\"><img src=\"/img/{card}.jpg\" alt=\"\"><h4>"
        );
        rng.words(&mut html, 4, 5);
        html.push_str("</h4></a></div>\n");
    }
    html.push_str(footer);
    html
}

#[cfg(test)]
mod tests {
    #[test]
    fn page_reaches_its_size() {
        for size in [10_000, 100_000] {
            let page = super::page(size);
            assert!(
                page.len() >= size && page.len() < size + 2_000,
                "{size}: {}",
                page.len()
            );
        }
    }
}
