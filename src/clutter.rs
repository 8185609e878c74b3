//! Stage 4, clutter: `&mut Page` + [`Body`] → [`Body`] without the boxes around an article that sit
//! inside its container: tickers, "আরও পড়ুন" lines, share bars, tag boxes, follow and comment boxes,
//! lists of links. By structure first (link-dense boxes, label + links), then by class words and
//! a small label lexicon in `tables`. Never drops a box that holds half the article's text, and
//! never scores.

use html5ever::local_name;

use crate::dedupe::{drop_subtree, Body};
use crate::dom::{Dom, NodeId};
use crate::parse::{self, Page};
use crate::score::{self, link_density};
use crate::{blocks, signals, tables, text};

/// Drops clutter inside the article's roots and returns the body without it.
pub(crate) fn strip(page: &mut Page, mut body: Body) -> Body {
    let total: u32 = body.blocks.iter().map(|&b| page.letters[b]).sum();
    let mut removed = 0;
    for root in body.roots.clone() {
        removed += strip_boxes(page, root, total);
        removed += strip_form_boxes(page, root, total);
    }
    removed += strip_card_runs(page, &body.roots, total);
    // Before the labels go: the comments' heading is one of them, and it is what ends the story.
    removed += strip_after_story(page, &body.blocks);
    let keyed: Vec<(NodeId, Option<String>)> = body.blocks.iter().copied().zip(std::mem::take(&mut body.keys)).collect();
    for (b, key) in &keyed {
        if let Some(key) = key.as_deref().filter(|_| !page.dropped[*b]) {
            removed += strip_label(page, &body.roots, *b, key);
        }
        if !page.dropped[*b] && page.dom.is_heading(*b) {
            strip_permalinks(page, *b);
        }
        if !page.dropped[*b] && page.dom.self_and_ancestors(*b).take(tables::FIGURE_LABEL_CLIMB).any(|a| page.dom.is(a, local_name!("figure"))) {
            strip_figure_label(page, *b);
        }
        if !page.dropped[*b] {
            removed += strip_teaser_card(page, &body.roots, *b);
        }
    }
    removed += strip_tail(page, &keyed);
    removed += strip_emptied_headings(page, &keyed);
    (body.blocks, body.keys) = keyed.into_iter().filter(|(b, _)| !page.dropped[*b]).unzip();
    body.clutter_removed += removed;
    body
}

/// Whether the line rules below ([`strip_label`], [`strip_tail`]) read block `b`'s key: for a short
/// block, or one with links. A longer link-free block is none of their lines, so dedupe need not keep
/// its key.
pub(crate) fn reads_key(page: &Page, b: NodeId) -> bool {
    page.links[b] > 0 || page.letters[b] <= tables::MAX_KEYED_LINE_LETTERS
}

/// A block that is all one link to another page, with a picture or as long as a headline ([`is_headline_line`]),
/// and no statement: a card of another story between the paragraphs ("related" embeds carry no label). Goes with
/// the box that holds only the card. A link to an image file is the article's own photo, enlarged.
fn strip_teaser_card(page: &mut Page, roots: &[NodeId], b: NodeId) -> usize {
    let dom = &page.dom;
    let inside = dom.ancestors(b).take(tables::CARD_LINK_CLIMB).find(|&a| dom.is(a, local_name!("a")));
    let around = || {
        (page.links[b] == 1 && page.link_letters[b] == page.letters[b])
            .then(|| dom.descendants(b).find(|&d| dom.is(d, local_name!("a"))))
            .flatten()
    };
    let Some(link) = inside.or_else(around) else { return 0 };
    let to_page = dom.attr(link, local_name!("href")).is_some_and(|h| {
        let h = h.trim().to_ascii_lowercase();
        let image = || tables::IMAGE_FILE_ENDINGS.iter().any(|e| h.split(['?', '#']).next().is_some_and(|p| p.ends_with(e)));
        !h.is_empty() && !h.starts_with('#') && parse::navigates(&h) && !image()
    });
    let pictured = dom.holds_img(link);
    let headline = inside.is_none() && is_headline_line(page, b);
    if !to_page || !(pictured || headline) || page.letters[b] == 0 || states_a_sentence(page, b) {
        return 0;
    }
    let mut top = if inside.is_some() { link } else { b };
    while let Some(parent) = dom.nodes[top].parent().filter(|p| !roots.contains(p) && !roots.contains(&top)) {
        if page.letters[parent] != page.letters[top] {
            break;
        }
        top = parent;
    }
    drop_subtree(page, top);
    1
}

/// A block with a statement in it: a danda or a full stop at a word's end. A headline may ask or exclaim ("পুজোর
/// পরে কি বাড়ছে রেলের ভাড়া? কী বলছে মন্ত্রক"), and a stop inside a word is an address's ("…২৪.কম").
fn states_a_sentence(page: &Page, b: NodeId) -> bool {
    if page.sentence_ends[b] == 0 {
        return false;
    }
    let text = page.dom.text_content(b);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if (c == '।' || c == '.') && chars.peek().is_none_or(|n| n.is_whitespace() || tables::CLOSING_QUOTES.contains(n)) {
            return true;
        }
    }
    false
}

/// A paragraph, a quote or a box that is one linked line, as long as a headline: another story's, between the
/// story's paragraphs without a label (a WordPress post embed's quote, "<p><a>…</a></p>", a theme's
/// "<div><a><b>ফ্যান্টাসি টিপস:</b> …</a></div>"). Not in a list's item or a table's cell, whose links are the list's.
fn is_headline_line(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    (dom.is(b, local_name!("p")) || dom.is(b, local_name!("blockquote")) || dom.is(b, local_name!("div")))
        && page.letters[b] <= tables::MAX_HEADLINE_LINE_LETTERS
        && !dom.ancestors(b).take(tables::CARD_LINK_CLIMB).any(|a| dom.tag(a).is_some_and(|t| matches!(&**t, "li" | "td" | "th")))
}

/// Boxes whose class words or link density mark them as clutter.
fn strip_boxes(page: &mut Page, root: NodeId, total: u32) -> usize {
    let mut candidates = Vec::new();
    // The texts that are a running time and nothing else, read in the same walk: most pages have none, and
    // every small box would otherwise be searched for one (is_media_teaser).
    let mut times = Vec::new();
    // And the story's dated `<time>` elements: a live page's entries each carry one.
    let mut dated = 0;
    // And its audio players (is_media_teaser).
    let mut players = Vec::new();
    let mut walk = page.dom.descendants(root);
    while let Some(n) = walk.next() {
        // Preformatted text is one block: its highlighter's spans ("token comment") are no boxes.
        if page.dom.is(n, local_name!("pre")) {
            walk.skip_children(n);
        }
        if is_running_time(&page.dom, n) {
            times.push(n);
        }
        if is_dated_time(&page.dom, n) {
            dated += 1;
        }
        if page.dom.is(n, local_name!("audio")) {
            players.push(n);
        }
        if n != root {
            candidates.push(n);
        }
    }
    let mut removed = 0;
    for n in candidates {
        if page.dropped[n] || page.dom.tag(n).is_none() || page.letters[n] * 2 > total {
            continue;
        }
        let words = signals::words(&page.dom, n);
        let says_clutter = tables::CLUTTER.meets(&words) || (tables::AD_WORDS.meets(&words) && is_ad_sized(page, n));
        let by_class = says_clutter
            && signals::may_name_a_box(&page.dom, n)
            && !score::wraps_a_table(page, n)
            && !is_photo_caption(page, n)
            && !(dated >= tables::MIN_LIVE_ENTRIES && is_entry_time(page, n));
        let by_links = is_link_box(page, n) && !is_quote_attribution(page, n) && !is_linked_sentence(page, n);
        if by_class
            || by_links
            || is_back_link(page, n)
            || is_media_teaser(page, n, &times, &tables::VIDEO_TEASER_KEYS)
            || is_media_teaser(page, n, &players, &tables::LISTEN_BOX_KEYS)
            || is_pager(page, n)
        {
            drop_subtree(page, n);
            removed += 1;
        }
    }
    removed
}

/// A `<time datetime>` element.
fn is_dated_time(dom: &Dom, n: NodeId) -> bool {
    dom.is(n, local_name!("time")) && dom.attr(n, local_name!("datetime")).is_some()
}

/// A box whose text is all one dated `<time>`: on a live page, an entry's time ("<div class='post__meta'><time
/// datetime=…>রাত ১১:২০</time></div>" over each update), which its class word would take.
fn is_entry_time(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    page.letters[n] > 0 && dom.descendants(n).find(|&d| is_dated_time(dom, d)).is_some_and(|t| page.letters[t] == page.letters[n])
}

/// A small box between the story's paragraphs that offers other media: it holds one of `media` and one of
/// `labels` outside its buttons. A teaser of another video holds a running time alone in its element ("2:41",
/// under a thumbnail or beside a play button) and a teaser's label ("WATCH: …", "Related video: …"); the story's
/// own player says "ভিডিও দেখুন" on its play button only. A podcast's episode holds an audio player and offers it
/// ("Listen to the podcast"), with its title and where to subscribe.
fn is_media_teaser(page: &Page, n: NodeId, media: &[NodeId], labels: &text::Needles) -> bool {
    if media.is_empty() || !page.blocky[n] || page.letters[n] > tables::MAX_VIDEO_TEASER_LETTERS {
        return false;
    }
    if !media.iter().any(|&m| page.dom.ancestors(m).any(|a| a == n)) {
        return false;
    }
    labels.found_in(&text::normalize_key(&text_outside_buttons(&page.dom, n)))
}

/// A block that only credits the photos beside it, a credit's label first ("ছবি: তানভীর আহমেদ" over a photo story's
/// pictures, "ছবি: সংগৃহীত" in a span after a figure's caption, "Illustration by …"). A caption that is no more than its credit is still
/// the photo's caption, and stays; so does a line whose credit follows other words ("Top photo by …", "… - Image: …").
fn is_credit_line(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    page.letters[b] as usize <= tables::MAX_CREDIT_CHARS
        && !dom.self_and_ancestors(b).take(tables::FIGURE_LABEL_CLIMB).any(|a| dom.is(a, local_name!("figcaption")))
        && credit_label(&dom.text_content(b)).is_some_and(|label| tables::CREDIT_WORDS.contains(&label.as_str()))
}

/// What stands before a credit's colon or "by" ("ছবি: …", "Photographs by …"), folded, as the credit words are.
pub(crate) fn credit_label(line: &str) -> Option<String> {
    let (label, _) = line.split_once(tables::COLON_MARKS).or_else(|| line.split_once(" by "))?;
    Some(text::fold_spelling(label.trim()))
}

/// A text that is a running time and nothing else ("2:41"), not a button's. At most "mm:ss", five characters:
/// blank text is passed over by its node's note, and a paragraph is turned down by its length, not searched
/// for a colon.
fn is_running_time(dom: &Dom, n: NodeId) -> bool {
    let Some(t) = dom.text(n).filter(|_| !dom.is_blank_text(n)).map(str::trim) else { return false };
    t.len() <= 5 * tables::MAX_UTF8_BYTES
        && after_clock(t).is_some_and(str::is_empty)
        && !dom.ancestors(n).any(|a| dom.is(a, local_name!("button")))
}

/// The text under `n`, leaving out what its buttons say, its text nodes parted by spaces.
fn text_outside_buttons(dom: &Dom, n: NodeId) -> String {
    let mut shown = String::new();
    let mut walk = dom.descendants(n);
    while let Some(d) = walk.next() {
        if dom.is(d, local_name!("button")) {
            walk.skip_children(d);
        } else if let Some(t) = dom.text(d) {
            shown.push_str(t);
            shown.push(' ');
        }
    }
    shown
}

/// A box the size of an ad: of its own in the layout (not a span in a line of text, such as a drop
/// cap), and holding a label at most ("বিজ্ঞাপন", "Advertisement") beside its picture or frame.
fn is_ad_sized(page: &Page, n: NodeId) -> bool {
    page.blocky[n] && page.letters[n] <= tables::MIN_BLOCK_LETTERS
}

/// The box under a photo that says what it shows in a sentence, whatever its class ("slide-meta" in a
/// gallery): right after a box that is the photo alone, with no link.
fn is_photo_caption(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let after_photo = dom.prev_element(n).is_some_and(|p| page.letters[p] == 0 && dom.holds_img(p));
    after_photo
        && page.links[n] == 0
        && page.letters[n] >= tables::MIN_BLOCK_LETTERS
        && page.letters[n] < tables::BODY_LINE_LETTERS as u32
        && page.sentence_ends[n] > 0
}

/// The last line of a quoted post, naming who posted it and when ("Posted by <a>name</a> on
/// <a>date</a>", "— name (@handle) <a>date</a>"): it opens with words of its own, not a link, under
/// the post's text in the same `<blockquote>`. Its links make it no list of them.
fn is_quote_attribution(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let Some(quote) = dom.ancestors(n).take(tables::CARD_LINK_CLIMB).find(|&a| dom.is(a, local_name!("blockquote"))) else {
        return false;
    };
    let opens_with_words = dom.content_children(n).next();
    opens_with_words.is_some_and(|c| dom.text(c).is_some())
        && page.letters[quote] > page.letters[n] + page.link_letters[quote] - page.link_letters[n]
}

/// Prose whose names or terms are links ("সভায় উপস্থিত ছিলেন <a>…</a>, <a>…</a> ও <a>…</a>।", a news site's
/// keyword links): words of its own around them, and a stop after the last of them, outside every link. A list of
/// links has a label of its own at most, and each of its items ends inside its link.
fn is_linked_sentence(page: &Page, n: NodeId) -> bool {
    if page.sentence_ends[n] == 0 {
        return false;
    }
    let dom = &page.dom;
    let mut own = String::new();
    let mut ends_in_link = false;
    let mut walk = dom.descendants(n);
    while let Some(d) = walk.next() {
        if dom.is(d, local_name!("a")) {
            ends_in_link |= page.letters[d] > 0;
            walk.skip_children(d);
        } else if let Some(t) = dom.text(d).filter(|t| !text::is_blank(t)) {
            own.push_str(t);
            own.push(' ');
            ends_in_link = false;
        }
    }
    let closed = own.trim_end().trim_end_matches(tables::CLOSING_QUOTES);
    !ends_in_link && closed.ends_with(tables::SENTENCE_ENDS) && text::word_count(&own) >= tables::MIN_LINKED_SENTENCE_WORDS
}

/// A pager under a story split over pages: page numbers beside a page word or a link to the next or previous
/// page, and nothing else ("পাতা ১/২ ১ ২ পরবর্তী »"). Its parts are read apart: a theme's spans run them together.
fn is_pager(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    if !page.blocky[n] || page.links[n] == 0 || page.letters[n] > tables::MAX_PAGER_LETTERS {
        return false;
    }
    let (mut numbers, mut words) = (0, 0);
    for t in dom.descendants(n).filter_map(|d| dom.text(d)) {
        for token in t.split(|c: char| c.is_whitespace() || c == '/').filter(|w| !w.is_empty()) {
            if token.chars().all(char::is_numeric) {
                numbers += 1;
            } else if tables::PAGER_WORDS.iter().any(|w| token.eq_ignore_ascii_case(w)) {
                words += 1;
            } else if !token.chars().all(|c| tables::PAGER_MARKS.contains(&c)) {
                return false;
            }
        }
    }
    numbers > 0 && words > 0
}

/// A note's link back to where it is cited: an arrow or a caret and nothing else ("↩", "↑", "^"),
/// leading to a place on the same page.
fn is_back_link(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    if !dom.is(n, local_name!("a")) || page.letters[n] > 0 || !dom.attr(n, local_name!("href")).is_some_and(|h| h.starts_with('#')) {
        return false;
    }
    let text = dom.text_content(n);
    let mark = text.trim();
    !mark.is_empty() && mark.chars().all(|c| tables::BACK_LINK_MARKS.contains(&c) || c.is_whitespace())
}

/// A list or box that is mostly links: related stories, tag clouds, share bars.
fn is_link_box(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let Some(tag) = dom.tag(n) else { return false };
    if !tables::LINK_BOX_TAGS.contains(&&**tag) {
        return false;
    }
    page.links[n] >= tables::MIN_LINKS_IN_BOX && link_density(page, n) >= tables::LINK_BOX_DENSITY
}

/// A block that starts with a clutter label ("আরও পড়ুন", "ট্যাগস", "শেয়ার করুন" …) and carries little
/// else but links; with it goes the box around it when that box is only the label and links.
/// A heading whose links all lead into the page (its permalink, a link back to the contents) heads a
/// section of the document, whatever its words ("Breaking changes", "Related work").
fn strip_label(page: &mut Page, roots: &[NodeId], b: NodeId, key: &str) -> usize {
    if page.dom.is_heading(b) && page.links[b] > 0 && score::links_stay_on_page(page, b) {
        return 0;
    }
    // A table's header cell names its column, whatever its words ("Share on cargo bikes").
    if blocks::in_header_cell(&page.dom, b) {
        return 0;
    }
    // A call to action goes with the box of short lines around it (a paywall's "… সাবস্ক্রাইব করুন"
    // over its price and its button); alone and without a link, only from the story's end (strip_tail).
    // So does an author box's caption ("প্রতিবেদকের তথ্য" over the name, post and telephone), and a gallery's
    // ("আরও ছবি" over other photos and their captions).
    let boxed = is_call_to_action(key) || tables::AUTHOR_BOX_KEYS.contains(&key) || tables::GALLERY_KEYS.contains(&key);
    if let Some(top) = boxed.then(|| short_line_box(page, roots, b)).filter(|&top| top != b) {
        drop_subtree(page, top);
        return 1;
    }
    let key_chars = key.chars().count();
    // Found only for a line short enough to hold a label with a lead, and then once for every label.
    let starts = std::cell::OnceCell::new();
    // The longest label the line holds ("প্রিন্ট সংস্করণ", not "প্রিন্ট") says how much of it is label.
    let Some(label_chars) = tables::CLUTTER_LABEL_KEYS
        .iter()
        .filter(|(label, chars)| is_label_line(key, &starts, key_chars, label, *chars))
        .map(|(_, chars)| *chars)
        .max()
        .or_else(|| label_element(page, b))
    else {
        return if is_kicker(page, b) || is_promo(page, b, key) || is_boilerplate(key) || is_sponsored(page, b, key) || is_media_clock(page, b) || is_counter_line(page, b) || is_credit_line(page, b) {
            drop_subtree(page, b);
            1
        } else {
            0
        };
    };
    let tail = key_chars.saturating_sub(label_chars);
    let mostly_links = link_density(page, b) >= tables::LABEL_LINK_DENSITY;
    if tail > tables::MAX_LABEL_TAIL_CHARS && !mostly_links {
        return 0;
    }
    let mut top = b;
    while let Some(parent) = page.dom.nodes[top].parent() {
        if roots.contains(&top) || roots.contains(&parent) || !is_label_box(page, parent, b) {
            break;
        }
        top = parent;
    }
    drop_subtree(page, top);
    if let Some(next) = page.dom.next_element(top) {
        if is_link_box(page, next) || page.dom.is(next, local_name!("ul")) && link_density(page, next) >= tables::LABEL_LINK_DENSITY {
            drop_subtree(page, next);
        }
    }
    1
}

/// The length of the clutter label that is the block's first element, not a link ("<span>আরও
/// পড়ুন</span><a>…</a>"): with no space before the card's headline, the line's words run into the
/// label's ("আরও পড়ুনসদরঘাটে").
fn label_element(page: &Page, b: NodeId) -> Option<usize> {
    let dom = &page.dom;
    let first = dom.content_children(b).next()?;
    if dom.tag(first).is_none() || page.link_letters[first] > 0 {
        return None;
    }
    let key = text::normalize_key(&dom.text_content(first));
    tables::CLUTTER_LABEL_KEYS.iter().find(|(label, _)| *label == key).map(|(_, chars)| *chars)
}

/// Cards of other stories side by side under one parent ("এই বিভাগের আরও খবর" with a summary under
/// each linked headline), whatever their label or class. One such card could be a passage that opens
/// with a link; `MIN_CARD_RUN` in a row are a list. A run that ends the story (two paragraphs of it
/// before, none after) goes, however long its summaries against a short story; one with the story
/// going on after it is the story's own (a round-up of linked items) and stays. Runs before the story
/// go only while they hold less than half the body's text: more, and the page may be a listing, for
/// `score::judge` to tell.
fn strip_card_runs(page: &mut Page, roots: &[NodeId], total: u32) -> usize {
    let (mut after_story, mut before_story) = (Vec::new(), Vec::new());
    let (mut run, mut paragraphs) = (0, 0);
    for &root in roots {
        let mut walk = page.dom.descendants(root);
        // Below the root only: a run never reaches past it.
        walk.next();
        while let Some(n) = walk.next() {
            if page.dropped[n] {
                walk.skip_children(n);
                continue;
            }
            if !is_story_card(page, n) {
                if score::reads_as_paragraph(page, n) {
                    paragraphs += 1;
                    // The story goes on: the runs read so far are its own.
                    after_story.clear();
                }
                continue;
            }
            walk.skip_children(n);
            let cards = if paragraphs >= tables::MIN_STORY_PARAGRAPHS { &mut after_story } else { &mut before_story };
            cards.push(n);
            run += 1;
            if !page.dom.next_element(n).is_some_and(|s| is_story_card(page, s)) {
                if run < tables::MIN_CARD_RUN {
                    cards.truncate(cards.len() - run);
                }
                run = 0;
            }
        }
    }
    if before_story.iter().map(|&c| page.letters[c]).sum::<u32>() * 2 <= total {
        after_story.append(&mut before_story);
    }
    for &card in &after_story {
        drop_subtree(page, card);
    }
    after_story.len()
}

/// A teaser card (`score::is_teaser_card`: it opens with a link to another page) whose headline or
/// picture is that link: the shape of another story's card. A passage opening with a link has no
/// such headline, and a photo whose credit is a link is not itself linked.
fn is_story_card(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let linked = |d: NodeId| dom.ancestors(d).take_while(|&a| a != n).any(|a| dom.is(a, local_name!("a")));
    !page.dropped[n]
        && !dom.is(n, local_name!("p"))
        && score::is_teaser_card(page, n)
        && dom.descendants(n).any(|d| {
            dom.is_heading(d) && (link_density(page, d) >= tables::TEASER_LINK_DENSITY || linked(d)) || dom.is(d, local_name!("img")) && linked(d)
        })
}

/// `parent` holds nothing but the label block and links, or the label and teaser cards.
fn is_label_box(page: &Page, parent: NodeId, label: NodeId) -> bool {
    let other = page.letters[parent].saturating_sub(page.letters[label]);
    let other_links = page.link_letters[parent].saturating_sub(page.link_letters[label]);
    if other == 0 || other_links * tables::LABEL_BOX_LINK_SHARE_DENOM >= other * tables::LABEL_BOX_LINK_SHARE_NUM {
        return true;
    }
    let dom = &page.dom;
    let mut others = dom.children(parent).filter(|&c| c != label && dom.tag(c).is_some()).peekable();
    others.peek().is_some() && others.all(|c| score::is_teaser_card(page, c))
}

/// `key` (of `key_chars` characters, its [`word_starts`] kept in `starts`) begins with the whole
/// words of `label` (of `label_chars`), or is a short line that holds them ("এ বিভাগের আরও খবর" is the
/// label "আরও খবর" with a short lead).
fn is_label_line(key: &str, starts: &std::cell::OnceCell<Vec<usize>>, key_chars: usize, label: &str, label_chars: usize) -> bool {
    // A count may follow with no space between ("Listen to this article32 min": two spans).
    let opens = key.strip_prefix(label).is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| c == ' ' || c.is_ascii_digit()));
    let short = key_chars <= label_chars + tables::MAX_LABEL_TAIL_CHARS;
    opens || short && holds_words(key, starts.get_or_init(|| word_starts(key)), label)
}

/// The line (a key) holds a clutter label as whole words ("ই-পেপারে পড়ুন এই প্রতিবেদন"): no byline.
pub(crate) fn holds_clutter_label(key: &str) -> bool {
    let starts = word_starts(key);
    tables::CLUTTER_LABEL_KEYS.iter().any(|(label, _)| holds_words(key, &starts, label))
}

/// Where the words of `key` (a key: words parted by one space) start. Found once per line, not once
/// per label it is tried against.
fn word_starts(key: &str) -> Vec<usize> {
    std::iter::once(0).chain(memchr::memchr_iter(b' ', key.as_bytes()).map(|at| at + 1)).collect()
}

/// `label` occurs in `key` as whole words: at one of its word `starts`, and before an end or a space.
/// Tried at each word start rather than searched for: a substring searcher is built per call, and
/// this runs for every short block against every label.
fn holds_words(key: &str, starts: &[usize], label: &str) -> bool {
    starts
        .iter()
        .filter_map(|&at| key[at..].strip_prefix(label))
        .any(|after| after.is_empty() || after.starts_with(' '))
}

/// A heading's permalink ("¶", "#", "🔗" linking to the heading itself) and a wiki's edit link
/// ("ইতিহাস[সম্পাদনা]", "History[edit]": MediaWiki edits a section at "…?action=edit&section=2"): in
/// the reader view they lead nowhere, and they are not the heading's words. An edit link goes with the
/// box of its brackets.
fn strip_permalinks(page: &mut Page, heading: NodeId) {
    let dom = &page.dom;
    let is_mark = |a: NodeId| {
        let text = dom.text_content(a);
        let mut chars = text.trim().chars();
        chars.next().is_some_and(|c| tables::HEADING_ANCHOR_MARKS.contains(&c)) && chars.next().is_none()
    };
    let marks: Vec<NodeId> = dom
        .descendants(heading)
        .filter(|&a| dom.is(a, local_name!("a")))
        .filter_map(|a| match dom.attr(a, local_name!("href"))? {
            h if h.starts_with('#') && is_mark(a) => Some(a),
            h if is_edit_address(h) => Some(
                dom.ancestors(a).take_while(|&p| p != heading && page.letters[p] == page.letters[a]).last().unwrap_or(a),
            ),
            _ => None,
        })
        .collect();
    for a in marks {
        drop_subtree(page, a);
    }
}

/// An address that edits the page it is on: MediaWiki's "action=edit" (or "veaction=edit", its visual editor).
fn is_edit_address(href: &str) -> bool {
    href.split_once('?').is_some_and(|(_, query)| query.split(['&', '#']).any(|p| p == "action=edit" || p == "veaction=edit"))
}

/// A slideshow's counter on a line of its own ("১/১০" over a slide's caption), outside a table's
/// cells and a list's items, where "2/3" is a value.
fn is_counter_line(page: &Page, b: NodeId) -> bool {
    page.letters[b] <= tables::MAX_COUNTER_LETTERS && !blocks::in_cell(&page.dom, b) && is_slide_counter(&page.dom.text_content(b))
}

/// A slideshow's counter: "1 of 8", "২ / ৮", "3/8", perhaps after what it counts ("ছবি ২/৩", "Photo 2 of 8").
fn is_slide_counter(line: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_numeric());
    let words: Vec<&str> = line.split(|c: char| c.is_whitespace() || c == '/').filter(|w| !w.is_empty()).collect();
    let counted = words.first().is_some_and(|w| tables::COUNTER_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)));
    match &words[usize::from(counted)..] {
        [a, of, b] => number(a) && number(b) && tables::COUNTER_OF.iter().any(|w| of.eq_ignore_ascii_case(w)),
        [a, b] => number(a) && number(b) && line.contains('/'),
        _ => false,
    }
}

/// A block of a figure that opens with what a screen reader is told, in an element of its own:
/// "ছবির ক্যাপশান," before the caption goes and the caption stays; "ছবির উৎস, Getty Images", the
/// credit, goes whole, and the photo beside it stays. So does a slideshow's counter before a caption.
fn strip_figure_label(page: &mut Page, b: NodeId) {
    let dom = &page.dom;
    let words = |f: NodeId| dom.tag(f).is_some() && !dom.holds_img(f);
    let credit = |key: &str| key.chars().count() <= tables::MAX_CREDIT_CHARS && tables::CREDIT_LABEL_KEYS.iter().any(|c| key.starts_with(c));
    let first = dom.content_children(b).next();
    let label = first.filter(|&f| {
        if !words(f) {
            return false;
        }
        let key = text::normalize_key(&dom.text_content(f));
        tables::FIGURE_LABEL_KEYS.contains(&key.as_str()) || credit(&key) || is_slide_counter(&dom.text_content(f))
    });
    // A credit after the photo in the same block ("<span><img></span><span>Image source, …</span>").
    let credits: Vec<NodeId> = dom
        .content_children(b)
        .skip(1)
        .filter(|&c| words(c) && credit(&text::normalize_key(&dom.text_content(c))))
        .collect();
    for label in label.into_iter().chain(credits) {
        drop_subtree(page, label);
    }
    // Beside a photo and its caption, a figure's other few words ("ছবি ১ / ৮", "বড় করে দেখুন") are
    // its gallery's controls.
    let dom = &page.dom;
    let captioned = dom.nodes[b].parent().is_some_and(|f| dom.is(f, local_name!("figure")) && dom.children(f).any(|c| dom.is(c, local_name!("figcaption"))));
    if captioned && page.letters[b] as usize <= tables::MAX_CREDIT_CHARS && dom.children(b).any(|c| dom.is(c, local_name!("img"))) {
        let controls: Vec<NodeId> = dom.children(b).filter(|&c| !dom.is(c, local_name!("img"))).collect();
        for c in controls {
            drop_subtree(page, c);
        }
    }
}

/// The last blocks, as long as each is the site's imprint under the article (its editor and
/// publisher, its copyright line), a call to action, a view counter or a heading. Only there: an
/// article may quote its editor mid-text, and a line about an app mid-text is news about it. A
/// heading left last headed what was taken away ("লাইফস্টাইল থেকে আরও" over the cards of other
/// stories); a call to action last needs no link to be one ("… আমাদের ফেসবুক পেজে লাইক দিন").
fn strip_tail(page: &mut Page, keyed: &[(NodeId, Option<String>)]) -> usize {
    let mut removed = 0;
    for (b, key) in keyed.iter().rev() {
        let b = *b;
        if page.dropped[b] || is_blank_box(page, b) {
            continue;
        }
        let line = page.dom.text_content(b);
        if !page.dom.is_heading(b) && !is_imprint(&line) && !key.as_deref().is_some_and(is_call_to_action) && !is_view_count(&line) {
            break;
        }
        drop_subtree(page, b);
        removed += 1;
    }
    removed
}

/// A box of nothing but empty boxes (a comment plugin's mount point, filled by a script that never ran):
/// no block of the story, so it neither ends the story nor stops the tail from being read.
fn is_blank_box(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    page.letters[b] == 0 && dom.descendants(b).all(|d| dom.is(d, local_name!("div")) || dom.is(d, local_name!("span")) || dom.text(d).is_some())
}

/// Headings whose section clutter emptied: the next heading kept is of the same rank or higher, and
/// what stood between them went ("See also" over its list of links).
fn strip_emptied_headings(page: &mut Page, keyed: &[(NodeId, Option<String>)]) -> usize {
    let rank = |page: &Page, b: NodeId| page.dom.tag(b).filter(|_| page.dom.is_heading(b)).and_then(|t| t[1..].parse::<u8>().ok());
    let mut removed = 0;
    for (i, (b, _)) in keyed.iter().enumerate() {
        let Some(level) = rank(page, *b).filter(|_| !page.dropped[*b]) else { continue };
        let rest = &keyed[i + 1..];
        let Some(next) = rest.iter().position(|(n, _)| !page.dropped[*n]) else { continue };
        if next > 0 && rank(page, rest[next].0).is_some_and(|l| l <= level) {
            drop_subtree(page, *b);
            removed += 1;
        }
    }
    removed
}

/// The divider that ends the story ([`score::story_end`]: the next stories, the comments) and all after it.
fn strip_after_story(page: &mut Page, blocks: &[NodeId]) -> usize {
    let kept: Vec<NodeId> = blocks.iter().copied().filter(|&b| !page.dropped[b]).collect();
    let Some(at) = score::story_end(page, &kept, true) else { return 0 };
    for &later in &kept[at..] {
        drop_subtree(page, later);
    }
    kept.len() - at
}

/// "সম্পাদক ও প্রকাশক: …", "কপিরাইট © ২০২৪ …", "© 2026 The … authors. All rights reserved."
fn is_imprint(text: &str) -> bool {
    let line = text.trim();
    if line.chars().count() > tables::MAX_IMPRINT_CHARS {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let labelled = tables::IMPRINT_LABELS.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.trim_start().starts_with(tables::COLON_MARKS))
    });
    let has_year = lower
        .split(|c: char| !c.is_numeric())
        .any(|run| run.chars().count() == tables::FOUR_DIGITS);
    labelled
        || has_year && tables::COPYRIGHT_WORDS.iter().any(|w| lower.contains(w))
        || tables::RIGHTS_RESERVED.iter().any(|p| lower.contains(p))
}

/// A short line that is nothing but a link: a section kicker or a lone "more" link.
fn is_kicker(page: &Page, b: NodeId) -> bool {
    page.letters[b] < tables::MIN_BLOCK_LETTERS && page.links[b] > 0 && link_density(page, b) >= tables::KICKER_LINK_DENSITY
}

/// A short call to action with a link: "… টেলিগ্রামেও পাওয়া যাবে", "এখানে ক্লিক করুন", "follow us on …".
fn is_promo(page: &Page, b: NodeId, key: &str) -> bool {
    page.links[b] > 0 && holds_within(key, &tables::PROMO_KEYS, tables::MAX_PROMO_CHARS)
}

/// The box around a call to action or an author box's caption: its ancestors inside the story while
/// they hold little text, all of it in short lines (a kicker, a price, a button, a name), as a
/// paywall's, a sign-up's or an author's box does. A few levels up at most: each is read whole, and a
/// nest of thousands would take quadratic time.
fn short_line_box(page: &Page, roots: &[NodeId], b: NodeId) -> NodeId {
    let dom = &page.dom;
    let mut top = b;
    for parent in dom.ancestors(b).take(tables::SHORT_LINE_BOX_CLIMB) {
        let short_lines = || {
            dom.descendants(parent)
                .filter(|&d| blocks::is_text_block(dom, &page.blocky, d))
                .all(|d| (page.letters[d] as usize) < tables::BODY_LINE_LETTERS)
        };
        // A root of its own (a box joined beside the text) may go whole; the story's only root never.
        let whole_story = roots.contains(&parent) && roots.len() == 1;
        if roots.contains(&top) || whole_story || page.letters[parent] > tables::MAX_FORM_BOX_LETTERS || !short_lines() {
            break;
        }
        top = parent;
    }
    top
}

/// A view counter or a reading time: a number and a counter phrase in a few words ("সংবাদটি পড়া
/// হয়েছে ২,৩১৭ বার", "7 minute read").
pub(crate) fn is_view_count(line: &str) -> bool {
    line.split_whitespace().count() <= tables::VIEW_COUNT_MAX_WORDS
        && line.contains(char::is_numeric)
        && tables::VIEW_COUNT_KEYS.found_in(&text::normalize_key(line))
}

/// A short line that links where the site is paid to send readers (`rel="sponsored"`): a deals box's
/// "$129 View Deal".
fn is_sponsored(page: &Page, b: NodeId, key: &str) -> bool {
    let dom = &page.dom;
    page.links[b] > 0
        && key.chars().count() <= tables::MAX_PROMO_CHARS
        && dom.descendants(b).any(|d| dom.is(d, local_name!("a")) && dom.attr(d, local_name!("rel")).is_some_and(|r| r.split_ascii_whitespace().any(|w| w.eq_ignore_ascii_case("sponsored"))))
}

/// A media player's clock, played and total time ("0:00 / 32:14", "০:০০ / ২:১৪"), perhaps with a
/// control's words after it ("Captions off"): the player's, never the story's.
fn is_media_clock(page: &Page, b: NodeId) -> bool {
    if page.letters[b] as usize > tables::MAX_MEDIA_CLOCK_LETTERS {
        return false;
    }
    let text = page.dom.text_content(b);
    // After a play button's glyph, if any ("▶0:00 / 2:14").
    let line = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    after_clock(line).and_then(|rest| rest.trim_start().strip_prefix('/')).and_then(after_clock).is_some()
}

/// What follows a time of one or two digits of minutes and two of seconds ("2:14", "৩২:১৪") at the
/// start of `s`, after its spaces.
fn after_clock(s: &str) -> Option<&str> {
    let (minutes, rest) = s.trim_start().split_once(':')?;
    let end = rest.char_indices().find(|(_, c)| !c.is_numeric()).map_or(rest.len(), |(i, _)| i);
    let minutes_ok = (1..=2).contains(&minutes.chars().count()) && minutes.chars().all(char::is_numeric);
    (minutes_ok && rest[..end].chars().count() == 2).then(|| &rest[end..])
}

/// The site's own notice in a story, in its stock words: an affiliate disclosure, a news-tip line.
fn is_boilerplate(key: &str) -> bool {
    holds_within(key, &tables::BOILERPLATE_KEYS, tables::MAX_BOILERPLATE_CHARS)
}

/// A short line that asks the reader, in so many words, to like, follow or subscribe.
pub(crate) fn is_call_to_action(key: &str) -> bool {
    holds_within(key, &tables::CALL_TO_ACTION_KEYS, tables::MAX_PROMO_CHARS)
}

/// A line of at most `max_chars` that holds one of `phrases`. Every block of the story is asked, and
/// a paragraph is longer in bytes than four bytes a character allow: turned down before it is counted.
fn holds_within(key: &str, phrases: &text::Needles, max_chars: usize) -> bool {
    key.len() <= max_chars * 4 && key.chars().count() <= max_chars && phrases.found_in(key)
}

/// The letters of the buttons in `n`.
fn button_letters(page: &Page, n: NodeId) -> u32 {
    page.dom.descendants(n).filter(|&d| page.dom.is(d, local_name!("button"))).map(|d| page.letters[d]).sum()
}

/// A box to tick beside a list's item, outside any form: an ingredient checked off, a task list's
/// done mark. It goes alone; the item is content (a poll's choices sit in a form).
fn is_check_off(dom: &Dom, c: NodeId) -> bool {
    is_input(dom, c, "checkbox")
        && blocks::in_cell(dom, c)
        && !dom.ancestors(c).any(|a| dom.is(a, local_name!("form")))
}

/// `n` is an `<input>` of type `kind`.
fn is_input(dom: &Dom, n: NodeId, kind: &str) -> bool {
    dom.is(n, local_name!("input")) && dom.attr(n, local_name!("type")).is_some_and(|t| t.trim().eq_ignore_ascii_case(kind))
}

/// A code viewer's bar over its code: a box right before a `<pre>` with its buttons and a word more,
/// the language's name ("bash").
fn is_code_bar(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    dom.next_element(n).is_some_and(|next| dom.is(next, local_name!("pre")))
        && page.letters[n] <= page.link_letters[n] + button_letters(page, n) + tables::MAX_CODE_LABEL_LETTERS
}

/// Boxes around form controls (polls, comment forms, newsletter sign-ups) that hold little text.
fn strip_form_boxes(page: &mut Page, root: NodeId, total: u32) -> usize {
    let controls: Vec<NodeId> = page
        .dom
        .descendants(root)
        .filter(|&n| page.dom.tag(n).is_some_and(|t| tables::FORM_TAGS.contains(&&**t)))
        .collect();
    let mut removed = 0;
    for c in controls {
        // The walk has already left the controls out (they are never content), but not the box around
        // them; a control whose parent is out went with a larger box.
        if page.dom.nodes[c].parent().is_some_and(|p| page.dropped[p]) || is_check_off(&page.dom, c) || score::is_text_button(page, c) {
            continue;
        }
        // Buttons alone make no form: a "Copy" beside code, "Save" and "Metric" on a recipe card. They go
        // with the box that holds nothing but buttons and links, not with the content beside them.
        let buttons_only = page.dom.is(c, local_name!("button"));
        // An e-mail field asks for a sign-up, whose box may print its data-protection notice too.
        let email = page.dom.descendants(c).any(|d| is_input(&page.dom, d, "email"));
        let most_letters = if email { tables::MAX_SIGN_UP_BOX_LETTERS } else { tables::MAX_FORM_BOX_LETTERS };
        // Up to the root itself when that is a section the pick joined to the story's (a sign-up box after it
        // that has a paragraph too); the story's own root holds over half its letters.
        let mut top = c;
        for anc in page.dom.ancestors(c) {
            if page.letters[anc] > most_letters || page.letters[anc] * 2 > total {
                break;
            }
            if buttons_only && page.letters[anc] > page.link_letters[anc] + button_letters(page, anc) && !is_code_bar(page, anc) {
                break;
            }
            top = anc;
            if anc == root {
                break;
            }
        }
        drop_subtree(page, top);
        removed += 1;
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::{holds_words, is_imprint, is_slide_counter, is_view_count, word_starts};
    use crate::{extract, Options};

    /// Two paragraphs of running text, for stories built around the line under test.
    const PROSE: &str = "<p>নদীর মাঝখানে জেগে ওঠা চরে এত দিন সন্ধ্যা নামলেই পড়াশোনা থেমে যেত, কারণ গ্রামে বিদ্যুতের লাইন নেই। গত সপ্তাহে সেখানে সৌরপ্যানেল বসিয়ে একটি পাঠাগার চালু হয়েছে।</p>";
    const MORE: &str = "<p>পাঠাগারের দায়িত্বে থাকা স্কুলশিক্ষক জানান, প্রতিদিন সন্ধ্যায় অর্ধশতাধিক শিশু সেখানে পড়তে আসে, আর ছুটির দিনে বড়রাও আসেন পত্রিকা পড়তে।</p>";

    /// The article text of `html` read at a news address, empty when it is no article.
    fn text_of(html: &str) -> String {
        extract(html, &Options::with_url("https://news.example.com/a")).map(|a| a.text).unwrap_or_default()
    }

    /// The article text of a story page: the headline over `inside`.
    fn story_text(inside: &str) -> String {
        text_of(&format!("<html><body><article><h1>শিরোনাম</h1>{inside}</article></body></html>"))
    }

    #[test]
    fn a_headings_permalink_and_edit_link_go_and_its_words_stay() {
        let edit = "<h2><span>ইতিহাস</span><span><span>[</span><a href='/w/index.php?title=X&amp;action=edit&amp;section=2'>সম্পাদনা</a><span>]</span></span></h2>";
        let anchor = "<h2 id='u'>ব্যবহার <a href='#u'>¶</a></h2>";
        let last = "<p>চরের অন্য দুটি গ্রামেও একই রকম পাঠাগার খোলার কথা ভাবছে স্থানীয় একটি সংগঠন, বই দেবে জেলা সরকারি গণগ্রন্থাগার।</p>";
        let text = story_text(&format!("{PROSE}{edit}{MORE}{anchor}{last}"));
        assert!(text.contains("ইতিহাস\n") && text.contains("ব্যবহার\n") && !text.contains("সম্পাদনা") && !text.contains('¶'), "{text}");
        // A link to an editing page in the text is the text's.
        let told = "<h2>কীভাবে <a href='/help?topic=action'>সম্পাদনা</a> করবেন</h2>";
        assert!(story_text(&format!("{PROSE}{told}{MORE}")).contains("কীভাবে সম্পাদনা করবেন"));
    }

    #[test]
    fn a_like_widgets_call_and_placeholder_go_and_loading_in_a_sentence_stays() {
        let likes = "<div><h3>এটি পছন্দ করুন:</h3><div><span><span>পছন্দ</span></span> <span>লোড হচ্ছে...</span></div></div>";
        let truck = "<p>ঘাটে ট্রাকে পণ্য লোড হচ্ছে দেখে শ্রমিকেরা জানান, রাতের মধ্যেই সব বস্তা তোলা শেষ হবে বলে তাঁরা আশা করছেন।</p>";
        let text = story_text(&format!("{PROSE}{truck}{MORE}{likes}"));
        assert!(text.contains("পণ্য লোড হচ্ছে") && !text.contains("পছন্দ") && !text.contains("লোড হচ্ছে..."), "{text}");
    }

    #[test]
    fn a_blog_platforms_publication_line_goes() {
        let en = "<p>For six years, every scheduled task at the company ran on one virtual machine that everybody called cron-01, and nobody wanted to own it.</p>\
            <p>When its operating system reached end of life, we had three options: copy the crontab, adopt a workflow engine, or build something smaller.</p>";
        let line = "<div><span>Published in</span><div><a href='https://blog.example/notes'><p>Backend Field Notes</p></a></div></div>";
        let text = text_of(&format!("<html><body><article><h1>One table</h1>{line}{en}</article></body></html>"));
        assert!(text.starts_with("For six years") && !text.contains("Field Notes"), "{text}");
    }

    #[test]
    fn a_live_pages_entry_times_stay_whatever_their_class() {
        let entry = |t: &str, iso: &str| format!("<div><div class='post__meta'><time datetime='2026-01-15T{iso}:00+06:00'>{t}</time></div>{PROSE}</div>");
        let pinned = "<section><div><span></span> পিন করা পোস্ট</div><ul><li>চরে নতুন পাঠাগার চালু হয়েছে, সৌরপ্যানেলে জ্বলছে আলো।</li><li>প্রতিদিন সন্ধ্যায় অর্ধশতাধিক শিশু পড়তে আসে।</li></ul></section>";
        let note = "<div><span>পাতাটি প্রতি ৩০ সেকেন্ডে হালনাগাদ হয়</span></div>";
        let live = format!("{pinned}{note}{}{}{}{MORE}", entry("রাত ১১:২০", "23:20"), entry("রাত ১০:৩৫", "22:35"), entry("রাত ৯:৫০", "21:50"));
        let text = story_text(&live);
        assert!(text.contains("রাত ১০:৩৫") && text.contains("রাত ৯:৫০") && text.contains("অর্ধশতাধিক শিশু পড়তে আসে"), "{text}");
        assert!(!text.contains("পিন করা") && !text.contains("হালনাগাদ হয়"), "{text}");
        // One such box is a story's date line, which its class takes.
        let text = story_text(&format!("{PROSE}{MORE}<div class='post__meta'><time datetime='2026-01-15T23:20:00+06:00'>রাত ১১:২০</time></div>"));
        assert!(!text.contains("রাত ১১:২০"), "{text}");
    }

    #[test]
    fn a_sentence_that_links_its_names_stays_and_a_list_of_links_goes() {
        let linked = "<p>সভায় উপস্থিত ছিলেন <a href='/t/1'>জেলা প্রশাসক</a> <a href='/t/2'>নাজনীন সুলতানা</a>, <a href='/t/3'>প্রধান প্রকৌশলী</a> <a href='/t/4'>কামরুল হাসান</a> ও <a href='/t/5'>নির্বাহী প্রকৌশলী</a> <a href='/t/6'>সুব্রত বড়ুয়া</a>।</p>";
        let quoted = "<p>তিনি বলেন, \"<a href='/t/7'>নদী কমিশন</a> আর <a href='/t/8'>পানি উন্নয়ন বোর্ড</a> এক হয়ে কাজ করবে।\"</p>";
        let text = story_text(&format!("{PROSE}{linked}{quoted}{MORE}"));
        assert!(text.contains("উপস্থিত ছিলেন জেলা প্রশাসক") && text.contains("এক হয়ে কাজ করবে"), "{text}");
        for list in [
            "<p>আরও পড়ুন: <a href='/a'>চরে সৌরবিদ্যুতের পাঠাগার চালু হলো।</a> <a href='/b'>নদীভাঙনে বিলীন তিন গ্রাম।</a></p>",
            "<p>ট্যাগ: <a href='/t/1'>শিক্ষা</a>, <a href='/t/2'>চর অঞ্চল</a>, <a href='/t/3'>সৌরবিদ্যুৎ</a>।</p>",
        ] {
            let text = story_text(&format!("{PROSE}{list}{MORE}"));
            assert!(!text.contains("পড়ুন") && !text.contains("ট্যাগ"), "{list}: {text}");
        }
    }

    #[test]
    fn a_gallery_of_more_photos_goes_with_its_caption() {
        let slide = |i: u8, caption: &str| format!("<div><img src='/g/{i}.jpg' alt=''><p>{caption}</p></div>");
        let gallery = format!(
            "<section><h2>আরও ছবি</h2><div>{}{}{}</div></section>",
            slide(1, "ঘাটে মৌয়ালদের বিদায় জানাতে স্বজনেরা"),
            slide(2, "বনের খালে জোয়ারের অপেক্ষায় নৌকা"),
            slide(3, "মধু ছেঁকে বোতলে ভরছেন এক নারী")
        );
        let text = story_text(&format!("{PROSE}{MORE}{gallery}"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("আরও ছবি") && !text.contains("নৌকা"), "{text}");
        // The story's own gallery keeps its captions; only its name goes.
        let own = gallery.replace("<section><h2>আরও ছবি</h2>", "<section><div><span></span><span>ছবিঘর</span></div>");
        let text = story_text(&format!("{PROSE}{own}{MORE}"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("ছবিঘর") && text.contains("নৌকা"), "{text}");
    }

    #[test]
    fn a_header_cell_is_no_label_whatever_its_words() {
        let table = "<table><thead><tr><th>Month</th><th>Bikes per hour</th><th>Share on cargo bikes</th></tr></thead>\
            <tbody><tr><td>Nov 2023</td><td>212</td><td>4%</td></tr><tr><td>Jan 2024</td><td>168</td><td>3%</td></tr></tbody></table>";
        let text = story_text(&format!("{PROSE}{table}{MORE}"));
        assert!(text.contains("Share on cargo bikes"), "{text}");
    }

    #[test]
    fn a_class_inside_a_sentence_names_no_box() {
        let tagged = "<p>সভায় মেয়র <a class='auto-tag-link' href='/t/1'>ফারুক আহমেদ</a> বলেন, নগরের <span class='share-word'>পশ্চিম বাকলিয়া</span> এলাকা হাঁটুপানিতে ডুবে ছিল।</p>";
        let tags = "<div class='tags'><a href='/t/1'>জলাবদ্ধতা</a> <a href='/t/2'>সিটি করপোরেশন</a></div>";
        let text = story_text(&format!("{PROSE}{tagged}{MORE}{tags}"));
        assert!(text.contains("মেয়র ফারুক আহমেদ বলেন, নগরের পশ্চিম বাকলিয়া এলাকা") && !text.contains("জলাবদ্ধতা"), "{text}");
    }

    #[test]
    fn a_sign_up_box_after_the_story_goes_with_its_paragraph() {
        let story = "<p>The Marlow Falls City Council voted 6-1 on Tuesday to spend $18 million over five years moving overhead power lines underground on the city's most outage-prone streets.</p>\
            <p>The January ice storm left 9,400 customers without power, some for four days, and cost the utility $2.3 million in overtime and repairs, according to a report to the council.</p>\
            <p>Residents on affected streets will receive letters at least 30 days before crews arrive. The utility said most driveways would be closed for no more than two days at a time.</p>";
        let sign_up = "<div><h3>Get the Morning Ledger in your inbox</h3><p>A free, five-minute briefing on Riverbend County, every weekday at 6 a.m.</p>\
            <form action='/s' method='post'><input type='email' name='email'><button type='submit'>Subscribe</button></form></div>";
        let text = text_of(&format!("<html><body><article><h1>Power lines go underground</h1><div>{story}</div>{sign_up}</article></body></html>"));
        assert!(text.contains("two days at a time") && !text.contains("briefing") && !text.contains("inbox"), "{text}");
        // Between paragraphs, with its data-protection notice: an e-mail field asks for a sign-up.
        let (first, rest) = story.split_at(story.find("<p>The January").unwrap());
        let sign_up = "<div><h3>Get the Courier's morning briefing</h3><p>The day's top stories, straight to your inbox every weekday at 7am.</p>\
            <form action='/s' method='post'><input type='email' name='email'><button type='submit'>Sign up</button></form>\
            <p>We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include \
            adverts from us and third parties based on our understanding. You can unsubscribe at any time. Read our privacy notice to find \
            out how we keep and use what you tell us.</p></div>";
        let text = text_of(&format!("<html><body><article><h1>Power lines go underground</h1><div>{first}{sign_up}{rest}</div></article></body></html>"));
        assert!(text.contains("ice storm") && !text.contains("briefing") && !text.contains("consented"), "{text}");
    }

    #[test]
    fn another_storys_linked_headline_between_paragraphs_goes() {
        let embed = "<figure><div><blockquote><a href='https://news.example.com/politics/songlap/'>সংলাপে অংশ নিতে ইসির আমন্ত্রণ পেল ১৪ দল</a></blockquote></div></figure>";
        let line = "<p><a href='/politics/ballot/'>প্রতীক ছাড়াই হবে ইউনিয়ন পরিষদ নির্বাচন</a></p>";
        let sentence = "<p><a href='/files/report.pdf'>পাঠাগার কমিটির পুরো প্রতিবেদনটি এখানে পড়া যাবে।</a></p>";
        let boxed = "<div><a href='/fantasy/12'><b>ফ্যান্টাসি টিপস:</b> কাকে অধিনায়ক করবেন</a></div>";
        let text = story_text(&format!("{PROSE}{embed}{MORE}{line}{boxed}{sentence}"));
        assert!(!text.contains("ইসির আমন্ত্রণ") && !text.contains("প্রতীক ছাড়াই") && !text.contains("অধিনায়ক"), "{text}");
        assert!(text.contains("প্রতিবেদনটি এখানে পড়া যাবে"), "a linked sentence stays: {text}");
    }

    #[test]
    fn a_card_whose_headline_asks_goes_and_so_does_one_that_gives_an_address() {
        let asks = "<div><a href='/india/story-1'><img src='rm.jpg' alt=''><p>পুজোর পরে কি বাড়ছে রেলের ভাড়া? কী বলছে মন্ত্রক</p></a></div>";
        let ad = "<div><a href='/advertise'><img src='/h.png' alt=''><span>খবর২৪.কমে বিজ্ঞাপন দিতে ই-মেইল করুন: ads@khobor24.example</span></a></div>";
        let caption = "<div><a href='/photos/7'><img src='p.jpg' alt=''><p>পাঠাগারে বই পড়ছে শিশুরা। ছবি: প্রতিবেদক</p></a></div>";
        let text = story_text(&format!("{PROSE}{asks}{MORE}{ad}{caption}{PROSE}"));
        assert!(!text.contains("রেলের ভাড়া") && !text.contains("ই-মেইল"), "{text}");
        assert!(text.contains("বই পড়ছে শিশুরা"), "a linked photo's caption is a sentence: {text}");
    }

    #[test]
    fn what_a_screen_reader_is_told_in_a_figure_goes_and_its_caption_stays() {
        let video = "<figure><div><button><span>ভিডিও, জেলেপাড়া</span></button></div><figcaption><span>ভিডিওর ক্যাপশান,</span>নিষেধাজ্ঞার দিনগুলোতে কীভাবে চলছে জেলেপাড়া</figcaption></figure>";
        let photo = "<figure><div><span><img src='a.jpg' alt=''></span><span role='text'><span>ছবির উৎস, </span>গেটি ইমেজেস</span></div>\
            <figcaption><span>ছবির ক্যাপশান, </span>খেয়াঘাটে অপেক্ষায় যাত্রীরা</figcaption></figure>";
        let text = story_text(&format!("{PROSE}{video}{MORE}{photo}{PROSE}"));
        assert!(text.contains("কীভাবে চলছে জেলেপাড়া") && text.contains("অপেক্ষায় যাত্রীরা"), "{text}");
        assert!(!text.contains("ক্যাপশান") && !text.contains("উৎস") && !text.contains("গেটি"), "{text}");
    }

    #[test]
    fn a_button_inside_a_sentence_keeps_its_words() {
        let glossary = "<p>The reservoir held about 410,000 <button type='button'>acre-feet</button> of water in February.</p>";
        let controls = "<div><button type='button'>Share</button> <button type='button'>Save</button></div>";
        let text = story_text(&format!("{PROSE}{glossary}{controls}{MORE}"));
        assert!(text.contains("410,000 acre-feet of water") && !text.contains("Share"), "{text}");
    }

    #[test]
    fn a_media_players_clock_and_words_go_and_times_in_the_story_stay() {
        for player in [
            "<div><div><span>Listen to this article</span><span>32 min</span></div><div><button>▶</button><span>0:00</span> / <span>32:14</span></div></div>",
            "<div><div>Video player is loading.</div><div><span>0:00 / 2:14</span><button>Unmute</button><span>Captions off, selected</span></div></div>",
            "<div><p>সংবাদটি শুনুন</p><p>০:০০ / ২:৩৪</p></div>",
            "<div><button>▶</button><span>Listen to this article · 9 min</span><span>Produced by ReadAloud Studio</span></div>",
        ] {
            let text = story_text(&format!("{player}{PROSE}{MORE}"));
            assert!(text.contains("পাঠাগার চালু") && !text.contains(':') && !text.contains("Listen") && !text.contains("শুনুন"), "{player}: {text}");
        }
        let text = story_text(&format!("{PROSE}<p>খেলা শুরু ৭:৩০ / বিরতি ৮:১৫</p><p>১০:৩০</p>{MORE}"));
        assert!(text.contains("খেলা শুরু ৭:৩০") && text.contains("১০:৩০"), "{text}");
    }

    #[test]
    fn a_label_is_held_only_as_whole_words() {
        let holds_words_in = |key: &str, label: &str| holds_words(key, &word_starts(key), label);
        assert!(holds_words_in("এ বিভাগের আরও খবর", "আরও খবর"));
        assert!(holds_words_in("আরও খবর পড়ুন", "আরও খবর"));
        assert!(!holds_words_in("আরও খবরের লিংক", "আরও খবর"));
        assert!(!holds_words_in("নাআরও খবর", "আরও খবর"));
        // A later occurrence counts even when an earlier one inside a word overlaps it.
        assert!(holds_words_in("নাআরও আরও আরও", "আরও আরও"));
    }

    #[test]
    fn slide_counters() {
        for line in ["1 of 8", "২ / ৮", "3/8", "12 OF 40", "ছবি ২/৩", "Photo 2 of 8"] {
            assert!(is_slide_counter(line), "{line}");
        }
        for line in ["1 of the best", "2026", "৩ নম্বর ছবি", "1/2 cup flour", "ছবি", "Photo of 8"] {
            assert!(!is_slide_counter(line), "{line}");
        }
    }

    #[test]
    fn view_counters_and_reading_times() {
        for line in ["সংবাদটি পড়া হয়েছে ২,৩১৭ বার", "পঠিত: ১২০৪", "1,204 views", "এই পাতাটি ২,১৪৭ বার পড়া হয়েছে", "7 minute read"] {
            assert!(is_view_count(line), "{line}");
        }
        for line in ["সর্বাধিক পঠিত", "ভিডিওটি প্রকাশের পর থেকে এখন পর্যন্ত ৫ লাখ বার দেখা হয়েছে বলে জানিয়েছে প্রতিষ্ঠানটি"] {
            assert!(!is_view_count(line), "{line}");
        }
    }

    #[test]
    fn imprint_lines() {
        for line in [
            "সম্পাদক ও প্রকাশক: তৌহিদুল ইসলাম | ১২৩ কাকরাইল, ঢাকা",
            "ভারপ্রাপ্ত সম্পাদক : মাহমুদুল হাসান",
            "কপিরাইট © ২০২৪ দেশবার্তা২৪.কম | অনুমতি ছাড়া এই সাইটের কোনো লেখা ব্যবহার বেআইনি।",
            "© 2026 The Kothon Notes authors.",
            "সর্বস্বত্ব সংরক্ষিত",
        ] {
            assert!(is_imprint(line), "{line}");
        }
        for line in [
            "ছবি: © রয়টার্স",
            "সম্পাদক বলেন, পত্রিকাটি আগামী মাস থেকে নতুন নকশায় ছাপা হবে।",
            "কপিরাইট অফিস জানিয়েছে, আবেদন যাচাইয়ের কাজ চলছে।",
        ] {
            assert!(!is_imprint(line), "{line}");
        }
    }

    #[test]
    fn the_imprint_calls_to_action_and_last_headings_go_only_from_the_end() {
        let prose = PROSE;
        let more = MORE;
        let html = format!(
            "<html><body><div><h1>শিরোনাম</h1>{prose}<h2>পাঠাগারের শুরু</h2><p>সম্পাদক: নাম দিয়ে শুরু এমন একটি লাইনও লেখার মাঝে থাকতে পারে।</p>\
             <p>পাঠাগারের ফেসবুক পেজে প্রতি সপ্তাহে নতুন বইয়ের তালিকা দেওয়া হয়।</p>{more}\
             <p>আরও খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন</p><p>এই পাতাটি ২,১৪৭ বার পড়া হয়েছে</p><h2>জীবনযাপন থেকে আরও</h2><p>সম্পাদক ও প্রকাশক: তৌহিদুল ইসলাম</p><p>© ২০২৬ দৈনিক খবর</p></div></body></html>"
        );
        let text = text_of(&html);
        assert!(text.contains("লেখার মাঝে") && text.contains("পাঠাগারের শুরু") && text.contains("নতুন বইয়ের তালিকা"), "{text}");
        assert!(!text.contains("তৌহিদুল") && !text.contains("২০২৬") && !text.contains("জীবনযাপন") && !text.contains("লাইক দিন") && !text.contains("২,১৪৭"), "{text}");
        // An empty comment box after the counter does not shield it.
        let text = story_text(&format!("{prose}{more}<div>পঠিত : ১৮৭৪ বার</div><div><div data-numposts='5'></div></div>"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("পঠিত"), "{text}");
    }

    #[test]
    fn gallery_controls_beside_a_photo_go_and_its_caption_stays() {
        let prose = PROSE;
        let html = format!(
            "<html><body><article><h1>শিরোনাম</h1>{prose}\
             <figure><img src='/1.jpg' alt=''><span>ছবি ১ / ৮</span><a href='#'>বড় করে দেখুন</a><figcaption>পাঠাগারে শিশুরা।</figcaption></figure>\
             <div>ছবি বড় করে দেখতে ক্লিক করুন</div>\
             {prose}<figure><blockquote><p>আলো থাকলে পড়া থামে না।</p></blockquote><figcaption>একজন শিক্ষক</figcaption></figure>\
             <p><span>পরের পাতায়:</span> <a href='?page=2'>চরের স্কুলে নতুন ভবন</a></p></article></body></html>"
        );
        let article = extract(&html, &Options::with_url("https://news.example.com/a")).unwrap();
        assert!(article.html.contains("/1.jpg") && article.text.contains("পাঠাগারে শিশুরা।"), "{}", article.html);
        assert!(!article.text.contains("ছবি ১") && !article.text.contains("বড় করে"), "{}", article.text);
        // Nor is the viewer's hint beside the gallery, or the link to the story's next page.
        assert!(!article.text.contains("পরের পাতায়") && !article.text.contains("নতুন ভবন"), "{}", article.text);
        // A slide's counter before its caption goes, the caption stays.
        let html = html.replace("<figcaption>পাঠাগারে শিশুরা।", "<figcaption><span>2 of 8</span> পাঠাগারে শিশুরা।");
        let text = extract(&html, &Options::with_url("https://news.example.com/a")).unwrap().text;
        assert!(text.contains("পাঠাগারে শিশুরা।") && !text.contains("2 of 8"), "{text}");
        assert!(article.text.contains("আলো থাকলে পড়া থামে না।"), "{}", article.text);
    }

    #[test]
    fn a_video_teaser_between_paragraphs_goes_and_the_storys_own_video_stays() {
        let teaser = "<div><div><img src='/v/thumb.jpg' alt=''></div><p>WATCH: The late winner and all the highlights</p><span>2:41</span></div>";
        let text = story_text(&format!("{PROSE}{teaser}{MORE}"));
        assert!(!text.contains("WATCH") && !text.contains("2:41"), "{text}");
        // The same box without a teaser's label is the story's own video and its caption.
        let own = "<figure><img src='/v/thumb.jpg' alt=''><span>2:41</span><figcaption>বাঁধ ভাঙার পর গ্রামের পথে পানি</figcaption></figure>";
        let text = story_text(&format!("{PROSE}{own}{MORE}"));
        assert!(text.contains("বাঁধ ভাঙার পর"), "{text}");
        // A player's label over its frame, which the reader leaves out, goes with it; the word in a sentence stays.
        let embed = "<div><div>ভিডিও</div><div><iframe src='https://video.example/embed/1'></iframe></div></div>";
        let told = "<p>ভিডিওতে দেখা যায়, বাঁধের ভাঙা অংশ দিয়ে পানি ঢুকছে গ্রামের পথে, আর লোকজন বালুর বস্তা নিয়ে ছুটছেন।</p>";
        let text = story_text(&format!("{PROSE}{embed}{told}{MORE}"));
        assert!(text.contains("ভিডিওতে দেখা যায়") && !text.contains("ভিডিও\n"), "{text}");
    }

    #[test]
    fn a_line_that_only_credits_the_photos_goes_and_a_caption_stays() {
        let photo = "<figure><img src='/i/1.jpg' alt=''><figcaption>চরের পথে নৌকায় কৃষকেরা</figcaption><span>ছবি: সংগৃহীত</span></figure>";
        let text = story_text(&format!("{PROSE}<p>ছবি: তানভীর আহমেদ</p>{photo}<p>Photo: AP</p><div>অলংকরণ: সুমনা পাত্র</div><p>Photographs by Tomás Reyes</p><p>Photograph: Tomás Reyes for The Review</p><p>গ্রাফিক্স: অর্থকণ্ঠ</p>{MORE}"));
        assert!(text.contains("চরের পথে নৌকায়") && !text.contains("ছবি:") && !text.contains("AP") && !text.contains("অলংকরণ"), "{text}");
        assert!(!text.contains("Tomás") && !text.contains("গ্রাফিক্স"), "{text}");
        // A caption that is only its credit is the photo's; a credit after other words is part of its line.
        let photo = "<figure><img src='/i/1.jpg' alt=''><figcaption>Photo: Joseph Cox</figcaption></figure><p>Top photo by Joan Bardeletti</p>";
        let text = story_text(&format!("{PROSE}{photo}{MORE}"));
        assert!(text.contains("Photo: Joseph Cox") && text.contains("Top photo by"), "{text}");
    }

    #[test]
    fn a_podcast_box_goes_and_a_players_fallback_text_is_never_read() {
        let player = "<audio controls src='/e/87.mp3'>Your browser does not support the audio element.</audio>";
        let podcast = format!("<div><p>Listen to the podcast</p><p>The Long Table, Episode 87: The Accidental Forest</p>{player}<p>42 min · Subscribe</p></div>");
        let text = story_text(&format!("{PROSE}{podcast}{MORE}"));
        assert!(!text.contains("Episode 87") && !text.contains("Subscribe"), "{text}");
        // A clip of the story's own, without a label offering a programme, stays; what a browser without players shows does not.
        let clip = format!("<figure>{player}<figcaption>বাঁধ ভাঙার রাতে গ্রামবাসীর ডাক</figcaption></figure>");
        let text = story_text(&format!("{PROSE}{clip}{MORE}"));
        assert!(text.contains("বাঁধ ভাঙার রাতে") && !text.contains("does not support"), "{text}");
    }

    #[test]
    fn buttons_go_without_the_content_beside_them_and_a_form_goes_whole() {
        let prose = "<p>Every job carries an attempt counter that starts at one. When an attempt fails, the worker reports the failure to the broker, which schedules the job again after a delay.</p>";
        let html = format!(
            "<html><body><article><h1>Retries</h1>{prose}\
             <div><pre><code>max_attempts = 8</code></pre><button>Copy</button></div>\
             <div><div><span>bash</span><button>Copy</button></div><pre><code>ls -al ~/.ssh</code></pre></div>\
             <div><h3>Ingredients</h3><div><button>US</button><button>Metric</button></div><ul><li>2 cups flour</li></ul></div>{prose}\
             <div><p>Was this page helpful?</p><input type='radio' name='a'> Yes <input type='radio' name='a'> No <button>Send</button></div></article></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("max_attempts = 8") && text.contains("Ingredients") && text.contains("2 cups flour"), "{text}");
        assert!(!text.contains("Copy") && !text.contains("Metric") && !text.contains("helpful"), "{text}");
        // A code viewer's bar: its buttons and the language's name over the code.
        assert!(text.contains("ls -al ~/.ssh") && !text.lines().any(|l| l == "bash"), "{text}");
        // A feedback question beside nothing but its buttons goes too.
        let widget = html.replace("<input type='radio' name='a'> Yes <input type='radio' name='a'> No <button>Send</button>", "<button>Yes</button><button>No</button>");
        let text = extract(&widget, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("max_attempts = 8") && !text.contains("helpful"), "{text}");
        // An accordion's heading is a button that is all of it: its words are the heading's.
        let faq = html.replace("<h3>Ingredients</h3>", "<h3><button type='button'>Which flour works best?</button></h3>");
        let text = extract(&faq, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("\n\nWhich flour works best?\n\n") && !text.contains("Copy") && !text.contains("Metric"), "{text}");
    }

    #[test]
    fn a_checklists_boxes_go_alone_and_a_polls_form_goes_whole() {
        let prose = "<p>Use pears that are ripe but still firm when you press near the stem. Very soft pears release a lot of juice and turn the bottom crust soggy.</p>";
        let html = format!(
            "<html><body><article><h1>Pear galette</h1>{prose}<h3>Ingredients</h3>\
             <ul><li><span><input type='checkbox'></span>150 g unsalted butter</li><li><input type='checkbox'>200 g plain flour</li></ul>{prose}\
             <form><p>Which pears do you bake with?</p><ul><li><input type='checkbox'> Bosc</li><li><input type='checkbox'> Conference</li></ul><button>Vote</button></form></article></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("150 g unsalted butter") && text.contains("200 g plain flour"), "{text}");
        assert!(!text.contains("Conference") && !text.contains("Which pears"), "{text}");
    }

    #[test]
    fn a_pager_under_the_story_goes() {
        let pager = "<div><span>পাতা ১/২</span><span>১</span><a href='/a/2/'><div>২</div></a><a href='/a/2/'><div>পরবর্তী »</div></a></div>";
        let english = "<div>Page 1 of 3 <a href='/a/2'>2</a> <a href='/a/3'>3</a> <a href='/a/2'>Next ›</a></div>";
        let text = story_text(&format!("{PROSE}{MORE}{pager}{english}"));
        assert!(!text.contains("পরবর্তী") && !text.contains("Next") && text.contains("পত্রিকা পড়তে"), "{text}");
        // A sentence that links to the next page, numbers and all, is no pager.
        let told = "<p>বাকি অংশ <a href='/a/2'>পরের পাতা</a> থেকে পড়ুন ১ বা ২ মিনিটে।</p>";
        assert!(story_text(&format!("{PROSE}{told}{MORE}")).contains("বাকি অংশ"));
    }

    #[test]
    fn an_infobox_goes_and_a_data_table_stays() {
        let infobox = "<table class='infobox'><tr><th colspan='2'>শীতলপাটি</th></tr><tr><th>মূল উপকরণ</th><td>মুর্তা বেত</td></tr><tr><th>অঞ্চল</th><td>বৃহত্তর সিলেট</td></tr></table>";
        let data = "<table class='wikitable'><tr><th>সাল</th><th>কারিগর</th></tr><tr><td>২০১০</td><td>৫,২০০</td></tr><tr><td>২০২০</td><td>৪,০০০</td></tr></table>";
        let text = story_text(&format!("{infobox}{PROSE}{data}{MORE}"));
        assert!(!text.contains("মুর্তা বেত") && text.contains("৫,২০০"), "{text}");
    }

    #[test]
    fn a_headings_class_names_its_looks_not_a_box() {
        let prose = "<p>The buds are small and matte, with a short stem that makes them easy to grab without touching the mesh. Each one weighs 4.6 grams.</p>";
        let html = format!(
            "<html><body><article><h1>Review</h1>{prose}<h2 class='mt-10 scroll-mt-24'>Design and comfort</h2>{prose}\
             <h3 class='section-header'>Sound quality</h3>{prose}<div class='review-verdict-header'><h3>Verdict</h3></div>{prose}<table><tr><th class='infobox-header'>Battery</th></tr><tr><td>8 hours</td></tr></table>{prose}\
             <div class='sidebar'><h3 class='sidebar-header'>Popular now</h3><p>Another review of another pair of earbuds that you could read instead of this one.</p></div></article></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("Design and comfort") && text.contains("Sound quality") && text.contains("Battery"), "{text}");
        assert!(text.contains("Verdict") && !text.contains("Popular now"), "{text}");
    }

    #[test]
    fn a_paywall_goes_with_its_box_and_a_lone_imperative_mid_text_stays() {
        let text = story_text(&format!(
            "{PROSE}<p>সবাই মাস্ক পরুন, স্বাস্থ্যবিধি ফলো করুন</p>{MORE}\
             <div><div><p>এই মাসের ফ্রি লেখার সীমা শেষ</p><h3>পুরো লেখাটি পড়তে সাবস্ক্রাইব করুন</h3>\
             <p>মাত্র ৯৯ টাকায় প্রথম মাস। যেকোনো সময় বাতিল করা যাবে।</p><a href='/subscribe'>সাবস্ক্রাইব</a></div></div>\
             <div><p>Subscribe to continue reading</p><p>Cancel anytime.</p></div>"
        ));
        assert!(text.contains("স্বাস্থ্যবিধি ফলো করুন"), "{text}");
        assert!(!text.contains("ফ্রি লেখার") && !text.contains("৯৯ টাকায়") && !text.contains("Cancel anytime"), "{text}");
        // A channel's card between two paragraphs: its line over its button.
        let text = story_text(&format!(
            "{PROSE}<div><p><strong>চাকরির সব খবর সবার আগে পেতে যুক্ত হোন আমাদের টেলিগ্রাম চ্যানেলে</strong></p>\
             <a href='https://t.me/jobs'>এখনই যুক্ত হোন</a></div>{MORE}"
        ));
        assert!(!text.contains("টেলিগ্রাম") && !text.contains("এখনই"), "{text}");
        // A newsroom's donate box between two paragraphs.
        let text = story_text(&format!(
            "{PROSE}<div><h3>This story was free to read. It wasn't free to make.</h3><p>Readers like you keep the Waterline independent.</p>\
             <a href='/support/'>Support our journalism</a></div>{MORE}"
        ));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("free to read") && !text.contains("Support"), "{text}");
        // A section's promo between two paragraphs: its name and line over its link.
        let text = story_text(&format!(
            "{PROSE}<div><p><b>নদী উৎসব ২০২৬</b></p><p>উৎসবের প্রতিদিনের আয়োজন আর নৌকাবাইচের সূচি এক জায়গায়।</p>\
             <a href='/nodi-utsob'>উৎসবের সব খবর পড়ুন</a></div>{MORE}"
        ));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("নদী উৎসব") && !text.contains("নৌকাবাইচের"), "{text}");
    }

    #[test]
    fn disclosures_tip_lines_and_navigation_roles_are_the_sites() {
        let prose = "<p>The first galette I ever made was a disaster: I was nineteen, living in an apartment with an oven that ran fifty degrees hot, and the crust slumped.</p><p>I have made a lot of galettes since then, and this pear version is the one I keep coming back to, every autumn, for friends and for myself.</p>";
        let more = "<p>Affiliate links pay for most small food blogs, and readers have long asked how the arrangement works and what it costs them when they buy.</p>";
        let html = format!(
            "<html><body><article><h1>Galette</h1><p><em>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</em></p>\
             {prose}{more}<div role='navigation'><p>Authority control databases: National</p></div>\
             <blockquote><p>A galette forgives everything but a cold oven.</p><footer>— <cite>Ruth Ames</cite></footer></blockquote>\
             <p>Have a news tip? Email newsroom@example.com or call 555-0143.</p>\
             <p>This story has been published from a wire agency feed without modifications to the text.</p>\
             <ul><li><span>Amazon</span> <a href='https://go.example/aff' rel='sponsored nofollow'>$129 View Deal</a></li></ul>\
             <p>Prices checked daily by our partners. We may earn a commission.</p>\
             <div><span>★★★★★</span> <span>4.8 from 126 votes</span> <a href='#rate'>Rate this recipe</a></div>\
             <div><span>Tried this recipe?</span> Tag @galettes on Instagram or leave a rating below!</div></article></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("Affiliate links pay for") && text.contains("Ruth Ames"), "{text}");
        assert!(!text.contains("may contain") && !text.contains("Authority control") && !text.contains("news tip"), "{text}");
        assert!(!text.contains("wire agency") && !text.contains("View Deal") && !text.contains("commission"), "{text}");
        assert!(!text.contains("126 votes") && !text.contains("Tried this"), "{text}");
        let note = "<h2>More on this story</h2><p>The BBC is not responsible for the content of external sites.</p>";
        let text = story_text(&format!("{PROSE}{MORE}{note}"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("external") && !text.contains("More on"), "{text}");
        let call = "<p><strong>‘প্রবাসের পাতা’য় আপনিও লিখতে পারেন। প্রবাসজীবনের গল্প ও ছবি পাঠান এই ঠিকানায়: <a href='mailto:p@example.com'>p@example.com</a></strong></p>";
        let notice = "<div><span>শব্দসাঁকোয় লেখা পাঠাতে চাইলে অপ্রকাশিত গল্প বা কবিতা ই-মেইল করুন: lekha@example.com ।</span></div>";
        let opinion = "<p><em>এই লেখার মতামত লেখকের নিজস্ব; তা পত্রিকার সম্পাদকীয় নীতির প্রতিফলন নয়।</em></p>";
        let text = story_text(&format!("{PROSE}{MORE}{call}{notice}{opinion}"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("লিখতে পারেন") && !text.contains("পাঠাতে চাইলে"), "{text}");
        assert!(!text.contains("সম্পাদকীয় নীতির"), "{text}");
    }

    #[test]
    fn an_ad_class_alone_does_not_take_running_text() {
        // A site whose initials prefix every class: its drop cap, paragraphs and captions stay, its ad slot goes.
        let lead = "<p class='ad-first'><span class='ad-dropcap'>ন</span>দীর মাঝখানে জেগে ওঠা চরে এত দিন সন্ধ্যা নামলেই পড়াশোনা থেমে যেত। \
                    গ্রামে বিদ্যুতের লাইন নেই, তাই কুপির আলোয় পড়তে হতো। গত সপ্তাহে সৌরপ্যানেল বসিয়ে একটি পাঠাগার চালু হয়েছে।</p>";
        let photo = "<figure class='ad-photo'><img src='/lib.jpg' alt=''><figcaption class='ad-cap'>পাঠাগারে বই পড়ছে চরের শিশুরা। ছবি: প্রতিবেদক</figcaption></figure>";
        let slot = "<div class='ad-slot'><span>বিজ্ঞাপন</span><img src='/banner.gif' alt=''><p>বিজ্ঞাপনের পরে খবর চলছে</p></div>";
        let text = story_text(&format!("{lead}{photo}{slot}{MORE}{MORE}"));
        assert!(text.contains("নদীর মাঝখানে") && text.contains("বই পড়ছে চরের শিশুরা"), "{text}");
        assert!(!text.contains("বিজ্ঞাপন"), "{text}");
    }

    #[test]
    fn a_read_more_label_in_an_element_of_its_own_goes_with_its_card_however_close() {
        let card = "<div><span>আরও পড়ুন</span><a href='/r/12'><img src='/r12.jpg' alt=''><span>সদরঘাটে টার্মিনাল আধুনিকায়নের কাজ শেষ হবে কবে</span><time>১২ মার্চ ২০২৬</time></a></div>";
        let text = story_text(&format!("{PROSE}{card}{MORE}"));
        assert!(text.contains("পাঠাগার চালু") && text.contains("পত্রিকা পড়তে") && !text.contains("সদরঘাটে"), "{text}");
        let also = "<div><span>এটাও পড়ুন</span> <a href='/r/14'>নদীবন্দরে নতুন পন্টুন বসানোর কাজ শুরু</a></div>";
        let text = story_text(&format!("{PROSE}{also}{MORE}"));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("পন্টুন"), "{text}");
    }

    #[test]
    fn the_line_rules_read_no_longer_lines() {
        use crate::tables;
        let longest = |keys: &mut dyn Iterator<Item = usize>| keys.max().unwrap();
        let bounds = [
            tables::MAX_BOILERPLATE_CHARS,
            tables::MAX_PROMO_CHARS,
            longest(&mut tables::CLUTTER_LABEL_KEYS.iter().map(|(_, chars)| *chars)) + tables::MAX_LABEL_TAIL_CHARS,
            longest(&mut tables::AUTHOR_BOX_KEYS.iter().map(|k| k.chars().count())),
            tables::MAX_MEDIA_CLOCK_LETTERS,
            tables::MAX_COUNTER_LETTERS as usize,
            tables::MIN_BLOCK_LETTERS as usize,
        ];
        for bound in bounds {
            assert!(bound <= tables::MAX_KEYED_LINE_LETTERS as usize, "{bound}");
        }
        // A long link-free paragraph that opens with a label's words is the story's.
        let story = story_text(&format!("<p>আরও পড়ুন {}</p>", "নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। ".repeat(12)));
        assert!(story.starts_with("আরও পড়ুন নদীর"), "{story}");
    }

    #[test]
    fn a_slides_caption_stays_whatever_its_class_and_its_counter_goes() {
        let slide = |n: &str, caption: &str| {
            format!("<div class='slide'><div class='slide-img'><img src='/{n}.jpg' alt=''></div><div class='slide-meta'><span>{n}/২</span><p>{caption}</p></div></div>")
        };
        let gallery = format!("<div class='gallery'>{}{}</div>", slide("১", "পাঠাগারে বই পড়ছে চরের শিশুরা।"), slide("২", "সৌরপ্যানেল বসানোর কাজ চলছে পাঠাগারের ছাদে।"));
        let text = story_text(&format!("{PROSE}{gallery}{MORE}<table><tr><td>জয়</td><td>২/৩</td></tr><tr><td>হার</td><td>১/৩</td></tr></table>"));
        assert!(text.contains("বই পড়ছে চরের শিশুরা") && text.contains("ছাদে"), "{text}");
        assert!(!text.contains("১/২") && text.contains("২/৩"), "{text}");
    }

    #[test]
    fn a_wikis_maintenance_banner_is_the_sites() {
        let banner = "<table role='presentation'><tr><td><img src='/q.svg' width='50' alt=''></td><td><b>এই নিবন্ধটিতে \
                      যাচাইযোগ্যতার জন্য অতিরিক্ত তথ্যসূত্র প্রয়োজন।</b> অনুগ্রহ করে নির্ভরযোগ্য উৎস যোগ করুন। <small>(ফেব্রুয়ারি ২০২৫)</small></td></tr></table>";
        let text = story_text(&format!("{banner}{PROSE}{MORE}"));
        assert!(text.contains("পাঠাগার চালু") && !text.contains("তথ্যসূত্র"), "{text}");
    }

    #[test]
    fn a_quoted_posts_attribution_stays_with_its_links() {
        let text = story_text(&format!(
            "{PROSE}<div class='fb-post'><blockquote><p>পাঠাগারের জন্য সবার ভালোবাসায় আমরা কৃতজ্ঞ, পাশে থাকুন।</p>\
             Posted by <a href='https://facebook.example/lib'>চরের পাঠাগার</a> on <a href='https://facebook.example/lib/1'>Thursday, March 5, 2026</a></blockquote></div>\
             {MORE}<div><a href='/a'>চরে নতুন সেতু চালু</a> <a href='/b'>হাটে ধানের দাম বেড়েছে</a></div>"
        ));
        assert!(text.contains("Posted by চরের পাঠাগার on Thursday, March 5, 2026"), "{text}");
        assert!(!text.contains("নতুন সেতু"), "{text}");
    }

    #[test]
    fn an_author_box_goes_with_its_caption() {
        let (prose, more) = (PROSE, MORE);
        let boxed = "<div><h4>আপলোডকারীর তথ্য</h4><img src='/u/11.jpg' alt=''><p><b>মো. রাশেদুল ইসলাম</b><br>গঙ্গাচড়া উপজেলা প্রতিনিধি, মোবাইল: ০১৭১২-৩৪৫৬৭৮</p></div>";
        for html in [
            format!("<html><body><article><h1>শিরোনাম</h1>{prose}{more}{boxed}</article></body></html>"),
            format!("<html><body><div><div><h1>শিরোনাম</h1><div>{prose}{more}</div></div>{boxed}</div></body></html>"),
        ] {
            let text = text_of(&html);
            assert!(text.contains("পত্রিকা পড়তে") && !text.contains("রাশেদুল") && !text.contains("মোবাইল"), "{text}");
        }
    }

    #[test]
    fn a_notes_back_link_goes_and_its_text_stays() {
        let text = story_text(&format!(
            "{PROSE}{MORE}<ol><li id='fn-1'><p>পাঠাগারটি ২০১৯ সালে প্রথম চালু হয়। <a href='#fnref-1'>↩</a></p></li>\
             <li id='cite_note-2'><span><a href='#cite_ref-2'>↑</a></span> <span>হক, মাহবুবুল (২০০৮)। চরের জীবন।</span></li></ol>"
        ));
        assert!(text.contains("প্রথম চালু হয়।") && text.contains("চরের জীবন।"), "{text}");
        assert!(!text.contains('↩') && !text.contains('↑'), "{text}");
    }

    #[test]
    fn a_tables_scrolling_wrapper_is_no_ticker() {
        let text = story_text(&format!(
            "{PROSE}<div class='table-scroll'><table><tr><th>উপজেলা</th><td>১২টি পাঠাগার</td></tr>\
             <tr><th>শিশু পাঠক</th><td>৮৫০ জন</td></tr></table></div>{MORE}\
             <div class='scroll'><table><tr><td><a href='/a'>চরে নতুন সেতু</a></td><td><a href='/b'>হাটে ধানের দাম</a></td></tr></table></div>"
        ));
        assert!(text.contains("১২টি পাঠাগার") && text.contains("৮৫০ জন"), "{text}");
        assert!(!text.contains("নতুন সেতু"), "{text}");
    }

    #[test]
    fn more_by_this_reporter_goes_with_its_links() {
        let text = story_text(&format!(
            "{PROSE}{MORE}<div><h4>এই প্রতিবেদকের আরও লেখা</h4><ul><li><a href='/a'>উপজেলা স্বাস্থ্য কমপ্লেক্সে চিকিৎসক সংকট</a></li>\
             <li><a href='/b'>অ্যাম্বুলেন্স কেনায় অনিয়ম, তদন্তে ধীরগতি</a></li></ul></div>"
        ));
        assert!(text.contains("পত্রিকা পড়তে") && !text.contains("আরও লেখা") && !text.contains("চিকিৎসক সংকট"), "{text}");
    }

    #[test]
    fn a_heading_whose_section_went_goes_too() {
        let prose = "<p>Varrow Head Lighthouse is a disused lighthouse on a granite headland at the northern entrance to Kestle Sound, and it guided ships for 145 years.</p>";
        let last = "<p>Eleven keepers served at the light, the last of them leaving in 1931, when the lamp was made automatic and the cottages were sold.</p>";
        let more = "<p>The keepers' logs record daily weather observations without interruption from 1874 to 1931 and are used in studies of historical climate.</p>";
        let html = format!(
            "<html><body><div><h1>Varrow Head</h1>{prose}<h2>See also</h2><ul><li><a href='/a'>List of lighthouses</a></li><li><a href='/b'>Skerrow Rocks Light</a></li>\
             <li><a href='/c'>Kestle Sound</a></li></ul><h2>History</h2>{more}<h3>Keepers</h3>{last}</div></body></html>"
        );
        let text = extract(&html, &Options::with_url("https://wiki.example.org/a")).map(|a| a.text).unwrap_or_default();
        assert!(!text.contains("See also") && text.contains("History") && text.contains("Keepers"), "{text}");
    }

    #[test]
    fn a_print_editions_class_names_no_clutter() {
        let prose = PROSE;
        let more = MORE;
        let html = format!(
            "<html><body><article class='print-story'><h1>শিরোনাম</h1>{prose}<figure class='nk-print-fig'><img src='/a.jpg' alt=''>\
             <figcaption>চরের পাঠাগারে শিশুরা। ছবি: নবকণ্ঠ</figcaption></figure>{more}</article></body></html>"
        );
        let text = text_of(&html);
        assert!(text.contains("চরের পাঠাগারে শিশুরা"), "{text}");
    }

    #[test]
    fn short_linked_calls_to_action_are_clutter() {
        let text = story_text(&format!(
            "{PROSE}\
             <p>দৈনিক খবর এখন <a href='https://t.me/x'>টেলিগ্রামেও</a> পাওয়া যাবে</p>{PROSE}\
             <p>আমাদের সর্বশেষ প্রতিবেদন পড়তে <a href='/all'>এখানে ক্লিক করুন</a></p>\
             <div><p>Get the day's top stories in your inbox. <a href='/newsletter'>Sign up for our newsletter</a></p></div>\
             <p><a href='/files/ramadan.pdf' download>রমজানের ক্যালেন্ডার ডাউনলোড করুন (পিডিএফ)</a></p>\
             <p><em>সব খবর সবার আগে পেতে ডাউনলোড করুন আমাদের অ্যাপ। <a href='https://play.example/x'>অ্যান্ড্রয়েড</a> | <a href='https://apps.example/x'>আইফোন</a></em></p>\
             <p>স্থানীয় প্রশাসন জানিয়েছে, হোয়াটসঅ্যাপে ছড়ানো গুজবে কান না দিতে এলাকাবাসীকে সতর্ক করা হয়েছে এবং পরিস্থিতি এখন নিয়ন্ত্রণে আছে।</p>"
        ));
        assert!(!text.contains("টেলিগ্রামেও") && !text.contains("ক্লিক করুন") && !text.contains("newsletter") && !text.contains("ডাউনলোড"), "{text}");
        assert!(text.contains("হোয়াটসঅ্যাপে ছড়ানো গুজবে"), "news about an app stays: {text}");
    }

    #[test]
    fn a_poll_goes_with_its_question_without_a_class_to_name_it() {
        let text = story_text(&format!(
            "{PROSE}{PROSE}<div><p>চরে পাঠাগার কি যথেষ্ট?</p>\
             <form><label><input type='radio' name='v'> হ্যাঁ</label><label><input type='radio' name='v'> না</label>\
             <button>ভোট দিন</button></form></div>"
        ));
        assert!(text.contains("সৌরপ্যানেল") && !text.contains("যথেষ্ট?"), "{text}");
    }

    #[test]
    fn cards_of_other_stories_in_a_row_go_and_a_page_of_them_stays_a_listing() {
        let prose = "<p>নদীর মাঝখানে জেগে ওঠা চরে এত দিন সন্ধ্যা নামলেই পড়াশোনা থেমে যেত, কারণ গ্রামে বিদ্যুতের লাইন নেই। গত সপ্তাহে সেখানে সৌরপ্যানেল বসিয়ে একটি পাঠাগার চালু হয়েছে।</p>\
                     <p>পাঠাগারের দায়িত্বে থাকা স্কুলশিক্ষক জানান, প্রতিদিন সন্ধ্যায় অর্ধশতাধিক শিশু সেখানে পড়তে আসে, আর ছুটির দিনে বড়রাও আসেন পত্রিকা পড়তে।</p>";
        let summaries = [
            "সুরমা নদীর ভাঙনে দুটি গ্রামের অন্তত বিশটি বসতবাড়ি নদীতে বিলীন হয়েছে, ঝুঁকিতে রয়েছে একটি বাজার।",
            "সরকারি ক্রয়কেন্দ্রে সরাসরি কৃষকের কাছ থেকে ধান কেনার দাবিতে মানববন্ধন করেছেন কৃষকেরা।",
            "হাওরে ধান কাটার সময় বজ্রপাতে দুই কৃষকের মৃত্যু হয়েছে, আহত হয়েছেন আরও একজন।",
            "দীর্ঘদিন বেহাল থাকা সড়কের সংস্কারকাজ শুরু হয়েছে, এতে ভোগান্তি কমবে বলে আশা করছেন স্থানীয়রা।",
        ];
        let cards = |count: usize| {
            (0..count)
                .map(|i| format!("<div><a href='/news/{i}'><h3>খবর {i}: {}</h3></a><p>{}</p></div>", summaries[i % 4].split(',').next().unwrap_or_default(), summaries[i % 4]))
                .collect::<String>()
        };
        let options = Options::with_url("https://news.example.com/a");
        let story = format!("<html><body><div><h1>শিরোনাম</h1>{prose}<h2>এই বিভাগের আরও খবর</h2>{}</div></body></html>", cards(4));
        let text = extract(&story, &options).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("সৌরপ্যানেল") && !text.contains("মানববন্ধন"), "{text}");
        // Two cards may be a story's own pair of linked sections, and cards the story goes on after are
        // its own round-up: they stay.
        let pair = format!("<html><body><div><h1>শিরোনাম</h1>{prose}{}</div></body></html>", cards(2));
        let text = extract(&pair, &options).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("মানববন্ধন"), "{text}");
        let after = "<p>জেলা প্রশাসন জানিয়েছে, আগামী মাসে আরও তিনটি চরে একই রকম পাঠাগার চালু হবে, আর সেগুলোর বই আসবে স্থানীয় মানুষের দান থেকে।</p>";
        let round_up = format!("<html><body><div><h1>শিরোনাম</h1>{prose}{}{after}</div></body></html>", cards(3));
        let text = extract(&round_up, &options).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("মানববন্ধন"), "{text}");
        // Photos whose credits are links are no cards.
        let photos: String = (0..3)
            .map(|i| format!("<figure><img src='/photo/{i}.jpg' alt=''><figcaption><a href='https://photos.example.org/{i}'>আলোকচিত্রী</a></figcaption></figure>"))
            .collect();
        let gallery = format!("<html><body><div><h1>শিরোনাম</h1>{prose}{photos}</div></body></html>");
        let html = extract(&gallery, &options).map(|a| a.html).unwrap_or_default();
        assert!(html.contains("/photo/2.jpg"), "{html}");
        let listing = format!("<html><body><div><h1>সর্বশেষ</h1>{}</div></body></html>", cards(4));
        assert!(matches!(extract(&listing, &options), Err(crate::Error::NotAnArticle { .. })));
    }
}
