//! Stage 2, score: `&Page` → [`Pick`], the subtree roots that hold the article body.
//!
//! Readability's idea, made script-neutral: every text block scores its ancestors by its letters
//! (not bytes or ASCII words), commas of any script and sentence ends including the danda; class
//! and id words weigh in; link-heavy candidates are scaled down; the best candidate may climb to an
//! ancestor and take in siblings. The heuristics are relaxed step by step ([`LADDER`]) when a pass
//! finds too little. This stage only reads the page; it never drops nodes.

use html5ever::local_name;

use crate::blocks;
use crate::budget::Budget;
use crate::dedupe::Body;
use crate::dom::{NodeId, DOCUMENT};
use crate::parse::{self, Page};
use crate::{signals, tables, text, Error};

/// One pass of the search, strictest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    /// Skips hidden subtrees and subtrees whose class/id words say they are not content.
    Strict,
    /// Lets unlikely class/id words back in (some sites name everything "widget" or "sidebar").
    KeepUnlikely,
    /// Lets hidden subtrees back in (pages that show their body only after a script runs).
    KeepHidden,
}

/// The order in which heuristics are relaxed.
const LADDER: &[Pass] = &[Pass::Strict, Pass::KeepUnlikely, Pass::KeepHidden];

/// The chosen article: subtree roots in document order, and the pass that found them.
pub(crate) struct Pick {
    pub(crate) roots: Vec<NodeId>,
    pub(crate) pass: Pass,
    letters: u32,
}

/// Finds the article's roots, or says there is no article.
pub(crate) fn find_main(page: &Page, budget: &Budget) -> Result<Pick, Error> {
    let mut best: Option<Pick> = None;
    let story = own_story(page);
    for &pass in LADDER {
        budget.check_time()?;
        // Hidden text is a last resort: a short visible article beats a long hidden copy.
        if pass == Pass::KeepHidden && best.as_ref().is_some_and(|b| b.letters >= tables::MIN_ARTICLE_LETTERS) {
            break;
        }
        let Some(pick) = attempt(page, pass, story) else { continue };
        if pick.letters >= tables::ACCEPT_LETTERS {
            return Ok(pick);
        }
        if best.as_ref().is_none_or(|b| pick.letters > b.letters) {
            best = Some(pick);
        }
    }
    best.filter(|p| p.letters >= tables::MIN_ARTICLE_LETTERS)
        .ok_or_else(|| Error::NotAnArticle {
            reason: "no block of running text on the page".into(),
        })
}

/// A page whose whole text is shorter than an article and mostly not links: a note, a stub, a
/// one-paragraph page. Nothing else on it could be mistaken for the article, and the reader asked to
/// read it, so it is shown whole ([`whole_page`]) rather than refused.
pub(crate) fn is_bare(page: &Page) -> bool {
    let letters = page.letters[page.body];
    letters > 0 && letters < tables::MIN_ARTICLE_LETTERS && link_density(page, page.body) < tables::LISTING_LINK_DENSITY
}

/// The pick of a bare page: its body.
pub(crate) fn whole_page(page: &Page) -> Pick {
    let pass = Pass::KeepUnlikely;
    let letters = walk(page, page.body, pass).blocks.iter().map(|&b| page.letters[b]).sum();
    Pick { roots: vec![page.body], pass, letters }
}

/// A button whose words are the text's: all of its heading, an accordion's, which folds the section under it
/// ("<h2><button>আবেদন কোথায় করতে হবে?</button></h2>" over the answer), or a term inside a sentence, a glossary's,
/// which opens its definition ("held about 410,000 <button>acre-feet</button> of water").
pub(crate) fn is_text_button(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let all_its_heading = || dom.nodes[n].parent().is_some_and(|p| dom.is_heading(p) && page.letters[p] == page.letters[n]);
    dom.is(n, local_name!("button")) && (all_its_heading() || signals::is_in_a_sentence(dom, n))
}

/// A `<form>` around the page rather than in it: ASP.NET's WebForms wrap every page in one (`<form
/// id="aspnetForm">`), whose content is the page's. A form of the page's own holds a fraction of its text.
pub(crate) fn is_page_form(page: &Page, n: NodeId) -> bool {
    page.dom.is(n, local_name!("form")) && page.letters[n] * 2 > page.letters[page.body]
}

/// True when a walk over content in `pass` must not enter `n`.
pub(crate) fn skipped(page: &Page, n: NodeId, pass: Pass) -> bool {
    let dom = &page.dom;
    let Some(tag) = dom.tag(n) else { return false };
    // A quote's footer is its attribution ("— <cite>…</cite>"), not the page's.
    let quote_footer = || tag == "footer" && dom.nodes[n].parent().is_some_and(|p| dom.is(p, local_name!("blockquote")));
    if tables::is_not_prose(tag)
        || tables::is_never_content(tag) && !quote_footer() && !is_text_button(page, n) && !is_page_form(page, n)
        || dom.attr(n, local_name!("role")).is_some_and(|r| tables::NOT_CONTENT_ROLES.contains(&r))
        || is_amp_stand_in(page, n)
    {
        return true;
    }
    if pass != Pass::KeepHidden && page.hidden[n] {
        return true;
    }
    if pass == Pass::Strict && n != page.body {
        let words = signals::words(dom, n);
        return tables::UNLIKELY.meets(&words)
            && !tables::MAYBE_CONTENT.meets(&words)
            && signals::may_name_a_box(dom, n)
            && !wraps_a_table(page, n)
            && !holds_a_headline(page, n);
    }
    false
}

/// A box whose `<h1>`, a child or a grandchild, is a headline (text, not a link like a logo's): the
/// article's own header, whatever its class says ("review-header"), with the standfirst under it.
fn holds_a_headline(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let headline = |h: NodeId| dom.is(h, local_name!("h1")) && page.letters[h] >= tables::MIN_HEADLINE_LETTERS && page.link_letters[h] == 0;
    dom.children(n).filter(|&c| dom.tag(c).is_some()).any(|c| headline(c) || dom.children(c).any(headline))
}

/// A box around a table of text and nothing else, with no link in it: a wide table's scrolling wrapper
/// ("table-scroll"), whatever its class words say (a scrolling ticker is a list of links). The table
/// is looked for a few levels down at most.
pub(crate) fn wraps_a_table(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    let mut inner = n;
    for _ in 0..tables::TABLE_WRAPPER_DEPTH {
        let mut elements = dom.children(inner).filter(|&c| dom.tag(c).is_some());
        let Some(only) = elements.next().filter(|_| elements.next().is_none()) else { return false };
        if page.letters[only] != page.letters[inner] {
            return false;
        }
        if dom.is(only, local_name!("table")) {
            return page.links[n] == 0 && page.letters[n] > 0;
        }
        inner = only;
    }
    false
}

/// What an AMP component shows while it loads, when it cannot, or to be tapped open ("Loading
/// interactive map…", "Tap to show the full map"): its child marked `placeholder`, `fallback` or
/// `overflow`. A tweet's placeholder is the tweet's text, in a `<blockquote>`, and stays.
fn is_amp_stand_in(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    // The parent first: every element of every walk is asked, and few are an AMP component's.
    dom.nodes[n].parent().and_then(|p| dom.tag(p)).is_some_and(|t| t.starts_with("amp-"))
        && !dom.is(n, local_name!("blockquote"))
        && tables::AMP_STAND_INS.iter().any(|a| dom.attr(n, a).is_some())
}

/// What a walk over content in one pass reaches under a root.
pub(crate) struct Walk {
    /// Text blocks, in document order.
    pub(crate) blocks: Vec<NodeId>,
    /// Roots of the subtrees the walk did not enter.
    pub(crate) skipped: Vec<NodeId>,
}

/// Walks the content under `root` as `pass` allows.
pub(crate) fn walk(page: &Page, root: NodeId, pass: Pass) -> Walk {
    let mut out = Walk { blocks: Vec::new(), skipped: Vec::new() };
    let mut walk = page.dom.descendants(root);
    while let Some(n) = walk.next() {
        if page.dropped[n] || skipped(page, n, pass) {
            out.skipped.push(n);
            walk.skip_children(n);
        } else if blocks::is_text_block(&page.dom, &page.blocky, n) {
            out.blocks.push(n);
            walk.skip_children(n);
        }
    }
    out
}

/// The tops of the subtrees inside `blocks` that are out of sight (a `display:none` span, a screen
/// reader's ", opens new tab"), which a browser does not show either; none when `pass` keeps hidden
/// text. A walk stops at a block, so they are asked apart, once, of the blocks the article keeps.
pub(crate) fn out_of_sight_inside(page: &Page, blocks: &[NodeId], pass: Pass) -> Vec<NodeId> {
    let dom = &page.dom;
    let mut out = Vec::new();
    if pass == Pass::KeepHidden {
        return out;
    }
    for &b in blocks {
        let mut walk = dom.descendants(b);
        walk.next();
        while let Some(d) = walk.next() {
            // Out of sight is hidden too (`Page::hidden`), which is the cheap question.
            if page.hidden[d] && parse::is_out_of_sight(dom, d) {
                out.push(d);
                walk.skip_children(d);
            }
        }
    }
    out
}

/// One pass: in the page's own story when it shows several ([`own_story`]) and that holds an
/// article, else in the whole body.
fn attempt(page: &Page, pass: Pass, story: Option<NodeId>) -> Option<Pick> {
    story
        .and_then(|s| attempt_in(page, pass, s))
        .filter(|p| p.letters >= tables::MIN_ARTICLE_LETTERS)
        .or_else(|| attempt_in(page, pass, page.body))
}

fn attempt_in(page: &Page, pass: Pass, scope: NodeId) -> Option<Pick> {
    let dom = &page.dom;
    let mut score = vec![0.0f32; dom.len()];
    let mut seen = vec![false; dom.len()];
    let mut candidates = Vec::new();
    let blocks = walk(page, scope, pass).blocks;
    let own = story_end(page, &blocks, false).unwrap_or(blocks.len());
    for &b in &blocks[..own] {
        let letters = page.letters[b];
        if letters < tables::MIN_BLOCK_LETTERS || is_in_link(page, b) || is_teaser_summary(page, b) {
            continue;
        }
        let points = block_points(page, b);
        for (level, anc) in dom.ancestors(b).take(tables::ANCESTOR_LEVELS).enumerate() {
            if anc == DOCUMENT || dom.tag(anc).is_none() {
                break;
            }
            if !seen[anc] {
                seen[anc] = true;
                score[anc] = initial_score(page, anc);
                candidates.push(anc);
            }
            score[anc] += points / level_divider(level);
        }
    }
    for &c in &candidates {
        score[c] *= 1.0 - link_density(page, c);
    }
    let top = *candidates
        .iter()
        .reduce(|a, b| if score[*b] > score[*a] { b } else { a })?;
    // Every candidate was all links (a page of links scores zero everywhere).
    if score[top] <= 0.0 {
        return None;
    }
    let top = climb(page, &score, &candidates, top);
    let roots = with_siblings(page, &score, top, pass);
    // Only what the walk reaches counts: a root's letters include subtrees this pass skips.
    let letters = roots
        .iter()
        .flat_map(|&r| walk(page, r, pass).blocks)
        .map(|b| page.letters[b])
        .sum();
    Some(Pick { roots, pass, letters })
}

/// A block inside a link to another page: a card's headline or summary (`<a><div><h2>…</h2><p>…</p></div></a>`),
/// whose letters the link's own count holds but the block's does not. It earns nothing for what holds it.
fn is_in_link(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    dom.ancestors(b).take(tables::CARD_LINK_CLIMB).any(|a| {
        dom.is(a, local_name!("a")) && dom.attr(a, local_name!("href")).is_some_and(parse::navigates)
    })
}

/// A card's summary under its linked headline (`<div><a><img><b>শিরোনাম</b></a><p>সারাংশ…</p></div>`, a sidebar of
/// the latest stories): it earns nothing for what holds it either. The headline is a headline's length and
/// every link of the card goes where it goes ("বিস্তারিত পড়ুন" under the summary too): a home link above a
/// story is no headline. A block that opens with its own link (a paragraph starting with a linked name) is
/// no summary.
fn is_teaser_summary(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    let href = |a: NodeId| dom.attr(a, local_name!("href"));
    let headline = |card: NodeId| {
        opening_link(page, card).filter(|&link| page.letters[link] >= tables::MIN_HEADLINE_LETTERS && !dom.ancestors(link).any(|a| a == b))
    };
    dom.ancestors(b)
        .take(tables::CARD_LINK_CLIMB)
        .filter(|&card| !dom.is(card, local_name!("p")))
        .any(|card| {
            headline(card).is_some_and(|link| dom.descendants(card).filter(|&a| dom.is(a, local_name!("a"))).all(|a| href(a) == href(link)))
        })
}

/// On a page that shows several stories, each under its own `<h1>` (infinite scroll appends the
/// next articles to the page the reader sees), the one whose headline the page's title names: the
/// largest element around that `<h1>` that holds no other `<h1>`. Only when another `<h1>` that
/// reads as a headline heads running text of its own; the page's story need not be the longest.
fn own_story(page: &Page) -> Option<NodeId> {
    let dom = &page.dom;
    let h1s: Vec<NodeId> = dom.descendants(page.body).filter(|&n| dom.is(n, local_name!("h1")) && !page.hidden[n]).collect();
    if !(2..=tables::MAX_STORY_HEADLINES).contains(&h1s.len()) {
        return None;
    }
    let titles = title_keys(page);
    // The headline is most of a title; a site name in an `<h1>` logo is only its end.
    let mut named = h1s.iter().copied().filter(|&h| {
        let key = text::normalize_key(&dom.text_content(h));
        !key.is_empty() && titles.iter().any(|t| text::extends(t, &key) && 2 * key.len() >= t.len())
    });
    let (Some(own), None) = (named.next(), named.next()) else { return None };
    // How many of the `<h1>`s each element holds, counted once up each `<h1>`'s ancestors: a story
    // climbs from its `<h1>` while the parent holds no other, in one walk up however deep the page.
    let mut holds = vec![0u8; dom.len()];
    for &h in &h1s {
        for a in dom.ancestors(h) {
            holds[a] = holds[a].saturating_add(1);
        }
    }
    let unit = |h: NodeId| {
        let mut top = h;
        while let Some(parent) = dom.nodes[top].parent().filter(|&p| p != page.body && p != DOCUMENT && holds[p] == 1) {
            top = parent;
        }
        top
    };
    let story = unit(own);
    let runs_text = |u: NodeId| page.letters[u].saturating_sub(page.link_letters[u]) >= tables::MIN_ARTICLE_LETTERS;
    let rival = h1s
        .iter()
        .filter(|&&h| h != own && page.letters[h] >= tables::MIN_HEADLINE_LETTERS)
        .any(|&h| runs_text(unit(h)));
    (runs_text(story) && rival).then_some(story)
}

/// Where the page's own story ends among `blocks`: the index of a divider line that follows an
/// article's worth of running text. Either the page appended the next stories under it ("পরবর্তী
/// সংবাদ", right before a headline), or it heads the readers' comments ("মন্তব্য (১২)", "৬টি
/// মন্তব্য") or the box about its reporters ("প্রতিবেদক পরিচিতি" over their biographies), which
/// read as running text of their own. Over the whole page, before the article is
/// known, only a heading counts as the comments' divider: a template's "Comments" button may stand
/// anywhere above the story.
pub(crate) fn story_end(page: &Page, blocks: &[NodeId], within_article: bool) -> Option<usize> {
    let dom = &page.dom;
    let mut before = 0;
    for (i, &b) in blocks.iter().enumerate() {
        // The text last: most short blocks are followed by no headline, and head no section.
        if before >= tables::MIN_ARTICLE_LETTERS && page.letters[b] < tables::MIN_BLOCK_LETTERS {
            // A press release's end mark ("###", "-30-"): the media contacts come after it.
            if page.letters[b] <= 2 && tables::END_MARKS.contains(&dom.text_content(b).trim()) {
                return Some(i);
            }
            let headline_next = blocks[i + 1..].iter().take(tables::NEXT_STORY_HEADLINE_WITHIN).any(|&h| dom.is_heading(h));
            let heading = heads_a_section(page, b, within_article);
            if headline_next || heading {
                let key = text::normalize_key(&dom.text_content(b));
                // An author's card ends the story only past its middle: the byline under the headline is
                // marked so too.
                let past_middle = || 2 * before >= blocks.iter().map(|&b| page.letters[b]).sum::<u32>();
                let ends = heads_comments(&key)
                    || tables::AUTHOR_BOX_KEYS.contains(&key.as_str())
                    || names_an_author_card(page, b) && past_middle();
                if headline_next && tables::NEXT_STORY_KEYS.contains(&key.as_str()) || heading && ends {
                    return Some(i);
                }
            }
        }
        before += page.letters[b].saturating_sub(page.link_letters[b]);
    }
    None
}

/// The name over the author's card under the story (a WordPress theme's "jeg_authorbox", "author-box"),
/// their biography below it: a heading that is all one link, in a box marked as the author's.
fn names_an_author_card(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    dom.is_heading(b)
        && page.letters[b] > 0
        && page.link_letters[b] == page.letters[b]
        && dom.self_and_ancestors(b).take(tables::AUTHOR_CARD_CLIMB).any(|a| signals::marks_author(dom, a))
}

/// A heading, or a line of its own: not a link (a "Comments" button in a toolbar) and not a cell
/// of a table or a list (a "Comment" column, a "Comments: 12" count among a story's figures).
fn heads_a_section(page: &Page, b: NodeId, within_article: bool) -> bool {
    page.dom.is_heading(b) || within_article && page.link_letters[b] == 0 && !blocks::in_cell(&page.dom, b)
}

/// The key of a heading of the readers' comments: "মন্তব্য (১২)", "Comments", "Responses (37)".
fn heads_comments(key: &str) -> bool {
    let words = without_count(key);
    tables::COMMENTS_KEYS.contains(&words) || words.len() < key.len() && tables::COUNTED_COMMENTS_KEYS.contains(&words)
}

/// A heading's key without the count it may open or end with ("মন্তব্য 12", "6টি মন্তব্য", "12 comments").
fn without_count(key: &str) -> &str {
    let is_count = |w: &str| {
        let number = tables::COUNT_SUFFIXES.iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w);
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
    };
    let key = match key.split_once(' ') {
        Some((first, rest)) if is_count(first) => rest,
        _ => key,
    };
    match key.rsplit_once(' ') {
        Some((rest, last)) if is_count(last) => rest,
        _ => key,
    }
}

/// The page's titles as keys: `<title>`, `og:title` and the other title metas.
fn title_keys(page: &Page) -> Vec<String> {
    let dom = &page.dom;
    let Some(head) = dom.find(DOCUMENT, local_name!("head")) else { return Vec::new() };
    dom.descendants(head)
        .filter_map(|n| match dom.tag(n).map(|t| &**t) {
            Some("title") => Some(dom.text_content(n)),
            Some("meta") => {
                let key = dom.attr(n, local_name!("property")).or_else(|| dom.attr(n, local_name!("name")))?.to_ascii_lowercase();
                (key == "og:title" || tables::TITLE_METAS.contains(&key.as_str())).then(|| dom.attr(n, local_name!("content")).map(str::to_owned))?
            }
            _ => None,
        })
        .map(|t| text::normalize_key(&t))
        .filter(|k| !k.is_empty())
        .collect()
}

/// Readability's paragraph score, counted in letters and any script's punctuation.
fn block_points(page: &Page, b: NodeId) -> f32 {
    let commas = f32_of(page.commas[b] as usize);
    let sentences = f32_of((page.sentence_ends[b] as usize).min(tables::MAX_SENTENCE_POINTS));
    let length = (f32_of(page.letters[b] as usize) / tables::LETTERS_PER_POINT).min(tables::MAX_LENGTH_POINTS);
    1.0 + commas + sentences * tables::SENTENCE_WEIGHT + length
}

/// A parent gets all of a block's points, a grandparent half, older ancestors less.
fn level_divider(level: usize) -> f32 {
    match level {
        0 => 1.0,
        1 => 2.0,
        l => f32_of(l) * tables::FAR_ANCESTOR_DIVIDER,
    }
}

fn initial_score(page: &Page, n: NodeId) -> f32 {
    let tag = page.dom.tag(n).map_or("", |t| &**t);
    let by_tag = tables::TAG_WEIGHTS
        .iter()
        .find(|(tags, _)| tags.contains(&tag))
        .map_or(0.0, |&(_, w)| w);
    by_tag + class_weight(page, n)
}

/// Positive class/id words add, negative ones subtract (both can apply).
fn class_weight(page: &Page, n: NodeId) -> f32 {
    let words = signals::words(&page.dom, n);
    let mut w = 0.0;
    if tables::POSITIVE.meets(&words) {
        w += tables::CLASS_WEIGHT;
    }
    if tables::NEGATIVE.meets(&words) {
        w -= tables::CLASS_WEIGHT;
    }
    w
}

/// Share of an element's letters that sit inside links.
pub(crate) fn link_density(page: &Page, n: NodeId) -> f32 {
    let all = page.letters[n];
    if all == 0 {
        return 0.0;
    }
    f32_of(page.link_letters[n] as usize) / f32_of(all as usize)
}

/// Every link under `n` goes to a named place on the same page (`href="#section"`, not a bare `#`,
/// which scripts use for buttons): a table of contents, or a heading's link back to one.
pub(crate) fn links_stay_on_page(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    dom.descendants(n)
        .filter(|&a| dom.is(a, local_name!("a")))
        .all(|a| dom.attr(a, local_name!("href")).is_some_and(|h| h.len() > 1 && h.starts_with('#')))
}

/// Moves the pick up to a common ancestor of several near-equal candidates, or to a parent that
/// scores higher, or past wrappers that hold nothing else (but the summary of a `<details>`).
fn climb(page: &Page, score: &[f32], candidates: &[NodeId], mut top: NodeId) -> NodeId {
    let dom = &page.dom;
    top = join_sections(page, score, candidates, top);
    top = own_article_element(page, top);
    let rivals: Vec<NodeId> = best(candidates, score, 1 + tables::TOP_CANDIDATES)
        .into_iter()
        .skip(1)
        .filter(|&c| score[c] >= score[top] * tables::RIVAL_SHARE)
        .collect();
    if rivals.len() >= tables::MIN_RIVALS_TO_MERGE {
        for anc in dom.ancestors(top).take(tables::MAX_COMMON_ANCESTOR_LEVELS) {
            if anc == page.body || anc == DOCUMENT {
                break;
            }
            let holding = rivals
                .iter()
                .filter(|&&r| dom.ancestors(r).take(tables::MAX_COMMON_ANCESTOR_LEVELS * 2).any(|a| a == anc))
                .count();
            if holding >= tables::MIN_RIVALS_TO_MERGE {
                top = anc;
                break;
            }
        }
    }
    let threshold = score[top] / tables::CLIMB_FLOOR_DIVIDER;
    let mut last = score[top];
    let mut cur = top;
    while let Some(parent) = dom.nodes[cur].parent() {
        if parent == page.body || parent == DOCUMENT {
            break;
        }
        if score[parent] == 0.0 {
            cur = parent;
            continue;
        }
        if score[parent] < threshold {
            break;
        }
        if score[parent] > last {
            top = parent;
            break;
        }
        last = score[parent];
        cur = parent;
    }
    // A <details> summary is the name of what it opens, not something else beside it.
    while let Some(parent) = dom.nodes[top].parent() {
        let holds_else = dom.children(parent).any(|c| c != top && dom.tag(c).is_some() && !dom.is(c, local_name!("summary")));
        if parent == page.body || parent == DOCUMENT || holds_else {
            break;
        }
        top = parent;
    }
    top
}

/// The `n` best-scoring candidates, best first; equal scores keep the candidates' order. One pass,
/// where sorting every candidate of a large page would order thousands to keep a handful.
fn best(candidates: &[NodeId], score: &[f32], n: usize) -> Vec<NodeId> {
    let mut best: Vec<NodeId> = Vec::with_capacity(n + 1);
    for &c in candidates {
        let at = best.partition_point(|&b| score[b].total_cmp(&score[c]).is_ge());
        if at < n {
            best.insert(at, c);
            best.truncate(n);
        }
    }
    best
}

/// An article cut into sections by its template (several elements with the pick's own tag and
/// class, each scoring well) is read from their nearest common ancestor. Without a class to match,
/// the template shows in the shape instead: the same tags on the way up from both to that ancestor.
fn join_sections(page: &Page, score: &[f32], candidates: &[NodeId], top: NodeId) -> NodeId {
    let dom = &page.dom;
    let class_of = |n: NodeId| dom.attr(n, local_name!("class")).filter(|c| !text::is_blank(c));
    let class = class_of(top);
    let tag = dom.tag(top);
    let path: Vec<NodeId> = dom.ancestors(top).take(tables::MAX_COMMON_ANCESTOR_LEVELS).collect();
    let mut root = top;
    let mut depth_of_root = 0;
    for &c in candidates {
        if c == top || dom.tag(c) != tag || class_of(c) != class {
            continue;
        }
        if score[c] < score[top] * tables::SIBLING_SHARE {
            continue;
        }
        let Some((up, level)) = dom
            .ancestors(c)
            .take(tables::MAX_COMMON_ANCESTOR_LEVELS)
            .enumerate()
            .find_map(|(up, a)| path.iter().position(|&p| p == a).map(|level| (up, level)))
        else {
            continue;
        };
        if path[level] == page.body || path[level] == DOCUMENT {
            continue;
        }
        if class.is_none() && !same_shape(page, c, up, &path[..level]) {
            continue;
        }
        if level + 1 > depth_of_root {
            depth_of_root = level + 1;
            root = path[level];
        }
    }
    root
}

/// A class-free section that matches the pick by shape: as deep below the common ancestor, through the
/// same tags (`path`: the pick's ancestors below it), and holding running text of its own, where a
/// teaser card, a comment notice or a byline box of the same shape holds a line or two.
fn same_shape(page: &Page, c: NodeId, up: usize, path: &[NodeId]) -> bool {
    let dom = &page.dom;
    up == path.len()
        && dom.ancestors(c).zip(path).all(|(a, &p)| dom.tag(a) == dom.tag(p))
        && page.letters[c].saturating_sub(page.link_letters[c]) >= tables::MIN_SHAPE_SECTION_LETTERS
}

/// The page's one `<article>` element around the pick, when it holds at least twice the pick's running
/// text: a body cut into sections that the template wraps at different depths (the lead in one box, each
/// later part in a few more), which no ancestor within scoring reach collects.
fn own_article_element(page: &Page, top: NodeId) -> NodeId {
    let dom = &page.dom;
    // The walk up first: for a pick in no `<article>` (on many pages), the page is not searched for others.
    let Some(article) = dom.ancestors(top).find(|&a| dom.is(a, local_name!("article"))) else { return top };
    let visible_articles = dom.descendants(page.body).filter(|&n| dom.is(n, local_name!("article")) && !page.hidden[n]);
    if page.hidden[article] || visible_articles.take(2).count() != 1 {
        return top;
    }
    let running = |root: NodeId| -> u32 {
        walk(page, root, Pass::Strict)
            .blocks
            .iter()
            .filter(|&&b| page.letters[b] >= tables::MIN_BLOCK_LETTERS && link_density(page, b) < tables::SIBLING_PARAGRAPH_LINK_DENSITY)
            .map(|&b| page.letters[b])
            .sum()
    };
    if running(article) >= 2 * running(top) { article } else { top }
}

/// The top candidate plus those siblings that read as more of the same article.
fn with_siblings(page: &Page, score: &[f32], top: NodeId, pass: Pass) -> Vec<NodeId> {
    let dom = &page.dom;
    let Some(parent) = dom.nodes[top].parent() else { return vec![top] };
    if parent == DOCUMENT {
        return vec![top];
    }
    let threshold = (score[top] * tables::SIBLING_SHARE).max(tables::MIN_SIBLING_SCORE);
    let top_class = dom.attr(top, local_name!("class")).unwrap_or("");
    let mut roots = Vec::new();
    let mut after_headline = false;
    for s in dom.children(parent) {
        // Text and comments between the headline and the element after it change nothing.
        let standfirst = after_headline;
        after_headline = dom.is(s, local_name!("h1")) || (dom.tag(s).is_none() && after_headline);
        if s == top {
            roots.push(s);
            continue;
        }
        if dom.tag(s).is_none() || skipped(page, s, pass) {
            continue;
        }
        let mut bonus = 0.0;
        if !top_class.is_empty() && dom.attr(s, local_name!("class")) == Some(top_class) {
            bonus = score[top] * tables::SIBLING_SHARE;
        }
        let above_text_in_article = dom.is(parent, local_name!("article")) && !roots.contains(&top);
        if score[s] > 0.0 && score[s] + bonus >= threshold
            || reads_as_paragraph(page, s)
            || standfirst && is_standfirst(page, s)
            || is_own_photo(page, s, dom.next_element(s) == Some(top))
            || above_text_in_article && is_headed_section(page, s)
            || !roots.contains(&top) && is_summary_box(page, s)
        {
            roots.push(s);
        }
    }
    roots
}

/// A part of an `<article>` above its text container that opens with a heading and says something
/// in sentences: a review's verdict box, a summary above the story. (Inside the `<article>` the page
/// itself says what the article is; below the text, such a box is the author's or other stories'.)
fn is_headed_section(page: &Page, n: NodeId) -> bool {
    opening_heading(page, n).is_some()
        && link_density(page, n) < tables::SIBLING_PARAGRAPH_LINK_DENSITY
        && page.sentence_ends[n] > 0
}

/// A box above the text that a summary's label heads ("এক নজরে", "Key points") over a list: the
/// story in brief, in lines that need no full stops, however small its score beside a long live feed.
fn is_summary_box(page: &Page, n: NodeId) -> bool {
    let dom = &page.dom;
    opening_heading(page, n).is_some_and(|h| tables::SUMMARY_LABELS.contains(&text::normalize_key(&dom.text_content(h)).as_str()))
        && link_density(page, n) < tables::SIBLING_PARAGRAPH_LINK_DENSITY
        && dom.descendants(n).any(|d| dom.is(d, local_name!("li")))
}

/// The heading `n` opens with: a kicker ("Long read · Coast") or a score ("8.4/10") may stand over
/// it, less than a block's worth of letters.
fn opening_heading(page: &Page, n: NodeId) -> Option<NodeId> {
    let dom = &page.dom;
    let mut over = 0;
    let heading = dom.descendants(n).find(|&d| {
        over += dom.text_tally(d).letters as usize;
        dom.is_heading(d)
    })?;
    (over < tables::MIN_BLOCK_LETTERS as usize).then_some(heading)
}

/// A sibling figure that shows a photo: the article's lead photo above its text container, with its
/// caption. A figure whose photo or first words link elsewhere is a card of another story; a link
/// later in the caption is the agency's ("Purchase Licensing Rights").
fn is_own_photo(page: &Page, n: NodeId, right_before_text: bool) -> bool {
    let dom = &page.dom;
    // Right above the text, a box of a photo and a caption line is one too ("<div><img><p>…</p></div>").
    let photo_box = dom.is(n, local_name!("figure")) || right_before_text && (page.letters[n] as usize) < tables::BODY_LINE_LETTERS;
    let linked = |d: NodeId| dom.ancestors(d).take_while(|&a| a != n).any(|a| dom.is(a, local_name!("a")));
    let photos: Vec<NodeId> = dom.descendants(n).filter(|&d| tables::IMAGE_TAGS.iter().any(|t| dom.is(d, t))).collect();
    photo_box && !photos.is_empty() && !photos.into_iter().any(linked) && !is_teaser_card(page, n)
}

/// The paragraph right under the headline, link-free, a line at least: the standfirst, which need
/// not end its sentence ("Japan, Australia and India lead the growth; shipments to Russia fall again").
fn is_standfirst(page: &Page, n: NodeId) -> bool {
    page.dom.is(n, local_name!("p")) && page.letters[n] >= tables::MIN_BLOCK_LETTERS && page.link_letters[n] == 0
}

/// A sibling paragraph of running text (long and link-free, or short with a sentence end).
pub(crate) fn reads_as_paragraph(page: &Page, n: NodeId) -> bool {
    if !page.dom.is(n, local_name!("p")) {
        return false;
    }
    let letters = page.letters[n];
    let density = link_density(page, n);
    if letters > tables::SIBLING_PARAGRAPH_LETTERS {
        return density < tables::SIBLING_PARAGRAPH_LINK_DENSITY;
    }
    letters > 0 && density == 0.0 && page.sentence_ends[n] > 0
}

/// The final check on a cleaned body: a grid of teaser headlines, or too little text, is no article.
pub(crate) fn judge(page: &Page, body: &Body, bare: bool) -> Result<(), Error> {
    let kept: Vec<NodeId> = body.blocks.clone();
    let letters: u32 = kept.iter().map(|&b| page.letters[b]).sum();
    let least = if bare { 1 } else { tables::MIN_ARTICLE_LETTERS };
    if letters < least {
        return Err(Error::NotAnArticle {
            reason: format!("only {letters} letters of text"),
        });
    }
    // A story's teaser alone (its linked headline and summary) is what is left of a listing whose summaries
    // earned nothing in scoring.
    if !bare && !kept.iter().any(|&b| page.letters[b] >= tables::MIN_BLOCK_LETTERS && !is_teaser_headline(page, b) && !is_teaser_summary(page, b)) {
        return Err(Error::NotAnArticle {
            reason: "only a story's teaser".into(),
        });
    }
    let link_letters: u32 = kept.iter().map(|&b| page.link_letters[b]).sum();
    if f32_of(link_letters as usize) >= f32_of(letters as usize) * tables::LISTING_LINK_DENSITY {
        return Err(Error::NotAnArticle {
            reason: format!("{link_letters} of {letters} letters are links"),
        });
    }
    let visible: usize = kept.iter().map(|&b| page.shown[b] as usize).sum();
    if f32_of(letters as usize) < f32_of(visible) * tables::MIN_WORD_CHAR_SHARE {
        return Err(Error::NotAnArticle {
            reason: format!("not running text: {letters} of {visible} characters are letters or digits"),
        });
    }
    // Teasers are counted by their linked headlines, or by their cards where dedupe took a headline
    // out (the same headline was in the ticker). A card's linked headline is a card of its own inside
    // it (`<a><h3>`), counted with the card.
    let headlines = kept.iter().filter(|&&b| is_teaser_headline(page, b)).count();
    let parents: rustc_hash::FxHashSet<NodeId> = kept.iter().filter_map(|&b| page.dom.nodes[b].parent()).collect();
    let card = |p: NodeId| !body.roots.contains(&p) && is_teaser_card(page, p);
    let cards = parents.into_iter().filter(|&p| card(p) && !page.dom.nodes[p].parent().is_some_and(card)).count();
    let headlines = headlines.max(cards);
    let paragraphs = kept
        .iter()
        .filter(|&&b| page.letters[b] >= tables::SIBLING_PARAGRAPH_LETTERS && link_density(page, b) < tables::SIBLING_PARAGRAPH_LINK_DENSITY)
        .count();
    // An article has a long stretch of text somewhere; a listing's text between teasers stays short.
    let mut longest = 0;
    let mut run = 0;
    for &b in &kept {
        if is_teaser_headline(page, b) {
            run = 0;
        } else {
            run += page.letters[b];
            longest = longest.max(run);
        }
    }
    if headlines >= tables::MIN_TEASERS && headlines * tables::TEASER_RATIO >= paragraphs && longest < tables::ARTICLE_RUN_LETTERS {
        return Err(Error::NotAnArticle {
            reason: format!("a listing: {headlines} teasers beside {paragraphs} paragraphs"),
        });
    }
    Ok(())
}

/// A heading that is all link to another page: the title of a teaser card.
fn is_teaser_headline(page: &Page, b: NodeId) -> bool {
    page.dom.is_heading(b)
        && page.letters[b] >= tables::MIN_BLOCK_LETTERS / 2
        && link_density(page, b) >= tables::TEASER_LINK_DENSITY
        && !links_stay_on_page(page, b)
}

/// A card that opens with a link to another page (its headline) and says little else: a line or
/// two of excerpt ("Related pages" with a summary under each title).
pub(crate) fn is_teaser_card(page: &Page, n: NodeId) -> bool {
    opening_link(page, n).is_some()
}

/// The link to another page that card `n` opens with, when `n` says little else.
fn opening_link(page: &Page, n: NodeId) -> Option<NodeId> {
    let dom = &page.dom;
    let excerpt = page.letters[n].saturating_sub(page.link_letters[n]);
    if page.links[n] == 0 || excerpt > tables::MAX_TEASER_EXCERPT_LETTERS {
        return None;
    }
    let first_text = dom.descendants(n).find(|&d| dom.shows_text(d))?;
    dom.ancestors(first_text)
        .take_while(|&a| a != n)
        .chain([n])
        .find(|&a| dom.is(a, local_name!("a")) && dom.attr(a, local_name!("href")).is_some_and(|h| !h.trim_start().starts_with('#')))
}

/// Counts on one page are far below 2^24, where f32 stops being exact.
#[allow(clippy::cast_precision_loss)]
fn f32_of(n: usize) -> f32 {
    n as f32
}

#[cfg(test)]
mod tests {
    use crate::{extract, Error, Options};

    fn kind(html: &str) -> &'static str {
        match extract(html, &Options::default()) {
            Ok(_) => "article",
            Err(Error::NotAnArticle { .. }) => "not_article",
            Err(_) => "other error",
        }
    }

    #[test]
    fn a_short_page_with_nothing_else_on_it_is_shown_whole() {
        let note = "<html><head><title>নোটিশ</title></head><body><div><p>আগামীকাল অফিস বন্ধ থাকবে।</p></div></body></html>";
        let article = extract(note, &Options::default()).expect("a one-line note is readable");
        assert_eq!(article.text, "আগামীকাল অফিস বন্ধ থাকবে।");
        // A button dressed as a link is text, not navigation.
        assert_eq!(kind("<body><a href='javascript:void(0)'><p>এখানে চাপ দিন</p></a></body>"), "article");
    }

    #[test]
    fn a_form_around_the_whole_page_is_the_template_and_read_through() {
        let story = "<p>পৌরসভার সভায় নতুন বাজেট পাস হয়েছে, যাতে সড়ক সংস্কারে সবচেয়ে বেশি বরাদ্দ রাখা হয়েছে।<br><br>\
            মেয়র বলেন, বর্ষার আগেই শহরের প্রধান তিনটি সড়কের কাজ শেষ করা হবে, এ জন্য ঠিকাদারদের সময় বেঁধে দেওয়া হয়েছে।</p>";
        let page = |inner: &str| format!("<html><body><h1>পৌরসভার বাজেট পাস</h1>{inner}</body></html>");
        let webforms = extract(&page(&format!("<form method='post' action='./9'><input type='hidden' name='__VIEWSTATE' value='x'>{story}</form>")), &Options::default())
            .expect("a WebForms page is read");
        assert!(webforms.text.starts_with("পৌরসভার সভায়"), "{}", webforms.text);
        // A form of the page's own is still left out.
        let comment = "<form><p>মন্তব্য লিখুন, আপনার ই-মেইল ঠিকানা প্রকাশ করা হবে না।</p><textarea></textarea></form>";
        let with_comment = extract(&page(&format!("{story}{comment}")), &Options::default()).expect("the story is read");
        assert!(!with_comment.text.contains("মন্তব্য লিখুন"), "{}", with_comment.text);
    }

    #[test]
    fn a_cards_summary_inside_its_link_is_no_body_however_long() {
        let para = |t: &str| format!("<div><div><p>{t}</p></div></div>");
        let card = |(h, t): (&str, &str)| format!("<div><div><a href='/d/{h}'><div><img src='t.jpg' alt=''></div><div><h2>{h}</h2><p>{t}</p></div></a></div></div>");
        let html = format!(
            "<html><body><main><div><h1>ঘাটে লঞ্চের ধাক্কায় পন্টুন কাত</h1></div><div>{}{}{}{}{}</div></main></body></html>",
            para("চাঁদমারী নদীবন্দরে যাত্রী ওঠানামার সময় একটি লঞ্চের ধাক্কায় পন্টুন কাত হয়ে অন্তত ১২ জন নদীতে পড়ে যান। দুজনের খোঁজ মেলেনি।"),
            card(("নদীপথে চলা ৪০ শতাংশ লঞ্চের ফিটনেস সনদ নেই", "দক্ষিণাঞ্চলের নৌপথে নিয়মিত চলাচল করা ১৬৮টি লঞ্চের মধ্যে ৬৭টির হালনাগাদ ফিটনেস সনদ নেই বলে জানিয়েছে নৌ পরিবহন অধিদপ্তর, জনবলসংকটে সব লঞ্চ বছরে একবারও পরিদর্শন হয় না।")),
            para("বন্দর কর্মকর্তা বলেন, ঘাটে ভেড়ানোর সময় গতি কমাতে না পারায় পন্টুনের এক পাশে জোরে ধাক্কা লাগে। সংযোগ সেতুর একাংশ ভেঙে পড়ে।"),
            card(("জরাজীর্ণ পন্টুন বদলাতে বরাদ্দ, কাজ শুরু হয়নি", "চাঁদমারী, কাশবনিয়া ও পদ্মপুর ঘাটের পুরোনো পন্টুন বদলাতে ২০২৪ সালে সাড়ে সাত কোটি টাকা বরাদ্দ হয়েছিল, দরপত্রের জটিলতায় সেই কাজ এখনো শুরু হয়নি।")),
            para("স্থানীয় লোকজন ও নৌ পুলিশের সদস্যরা ১০ জনকে উদ্ধার করেছেন। ফায়ার সার্ভিসের ডুবুরি দল নিখোঁজ ব্যক্তিদের খোঁজে রওনা দিয়েছে।"),
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("পন্টুন কাত হয়ে") && text.contains("ডুবুরি দল") && !text.contains("ফিটনেস সনদ"), "{text}");
    }

    #[test]
    fn a_short_story_beside_a_column_of_summaries_under_linked_headlines_is_the_article() {
        let summary = "উপজেলার হাওরে আগাম জাতের বোরো ধান কাটা শুরু হয়েছে, তবে বাইরের জেলা থেকে পর্যাপ্ত শ্রমিক না আসায় কৃষকেরা বাড়তি মজুরি দিয়েও হিমশিম খাচ্ছেন।";
        let card = |i: usize| {
            format!("<div><a href='/news/{i}'><img src='{i}.jpg'><b>হাওরে ধান কাটা শুরু, শ্রমিকসংকটে কৃষক {i}</b></a><p>{summary}</p><font>১ ঘণ্টা আগে</font></div><hr>")
        };
        let column: String = (0..8).map(card).collect();
        let story = "<p>নগরের টিলাগড় এলাকায় ভারী বৃষ্টিতে টিলার একাংশ ধসে একটি টিনশেড ঘরের ওপর পড়েছে। এতে ঘরে ঘুমিয়ে থাকা মা ও মেয়ে আহত হয়েছেন।</p>\
                     <p>ফায়ার সার্ভিস ও স্থানীয় লোকজন মাটি সরিয়ে তাঁদের উদ্ধার করে হাসপাতালে পাঠান। আহত দুজনের অবস্থা আশঙ্কামুক্ত।</p>";
        let html = format!("<body><table><tr><td>{column}</td><td><h1>টিলা ধসে ঘুমন্ত মা-মেয়ে আহত</h1><div>{story}</div></td></tr></table></body>");
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.starts_with("নগরের টিলাগড়") && text.contains("আশঙ্কামুক্ত") && !text.contains("শ্রমিক"), "{text}");
        // A front page of such cards alone is still no article.
        assert_eq!(kind(&format!("<body><main>{column}</main></body>")), "not_article");
    }

    #[test]
    fn a_client_rendered_shell_shows_its_json_ld_body_not_its_loading_line() {
        let body = "নদীর মাঝখানে জেগে ওঠা চরে এত দিন সন্ধ্যা নামলেই পড়াশোনা থেমে যেত, কারণ গ্রামে বিদ্যুতের লাইন নেই। \
                    গত সপ্তাহে সেখানে সৌরপ্যানেল বসিয়ে একটি পাঠাগার চালু হয়েছে, যেখানে এখন রাত পর্যন্ত শিশুরা পড়ে।";
        let html = format!(
            "<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"চরের পাঠাগার\",\
             \"articleBody\":\"{body}\"}}</script></head><body><div id='app'>লোড হচ্ছে…</div></body></html>"
        );
        let article = extract(&html, &Options::default()).expect("the JSON-LD body");
        assert!(article.text.starts_with("নদীর মাঝখানে"), "{}", article.text);
    }

    #[test]
    fn a_body_whose_parts_sit_at_different_depths_is_read_from_its_article_element() {
        let para = |n: &str| format!("<p>{n} অংশের অনুচ্ছেদ, যেখানে প্রতিবেদক লিখেছেন কীভাবে চরের মানুষ, শিক্ষক আর শিক্ষার্থীরা মিলে পাঠাগারটি গড়ে তুলেছেন।</p>");
        // The lead three boxes deep, each later part six: no element within scoring reach holds both.
        let parts: String = ["দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম"]
            .iter()
            .map(|n| format!("<span><span><div><div><div><span>{}</span></div></div></div></span></span>", para(n)))
            .collect();
        let html = format!(
            "<body><nav><a href='/'>প্রচ্ছদ</a></nav><article><h1>চরের পাঠাগার</h1><div><div><div>{}{}</div></div></div>{parts}</article>\
             <aside><a href='/x'>আরও খবর</a></aside></body>",
            para("প্রথম"),
            para("সূচনা")
        );
        let text = extract(&html, &Options::default()).expect("an article").text;
        for n in ["প্রথম", "দ্বিতীয়", "পঞ্চম"] {
            assert!(text.contains(&format!("{n} অংশের")), "{n} missing from {text}");
        }
    }

    #[test]
    fn class_free_sections_of_one_shape_are_read_together() {
        let para = |n: &str| format!("<p>{n} অনুচ্ছেদে প্রতিবেদক লিখেছেন, চরের মানুষ, শিক্ষক আর শিক্ষার্থীরা মিলে কীভাবে পাঠাগারটি গড়ে তুলেছেন এবং সেখানে রাত পর্যন্ত আলো জ্বলে।</p>");
        let section = |paras: &[&str]| format!("<div><div><div><div>{}</div></div></div></div>", paras.iter().map(|n| para(n)).collect::<String>());
        let photo = "<div><figure><img src='/p.jpg'><figcaption>পাঠাগারে শিশুরা</figcaption></figure></div>";
        let html = format!(
            "<body><div><a href='/'>প্রচ্ছদ</a></div><div>{}{photo}{}{photo}{}</div><div><a href='/x'>আরও খবর</a></div></body>",
            section(&["প্রথম", "দ্বিতীয়", "প্রথম ভাগের তৃতীয়", "প্রথম ভাগের শেষ"]),
            section(&["তৃতীয়", "চতুর্থ", "পঞ্চম", "ষষ্ঠ", "ষষ্ঠের পরের", "আরও এক", "আরও দুই", "আরও তিন", "আরও চার", "আরও পাঁচ"]),
            section(&["সপ্তম", "অষ্টম", "শেষ ভাগের তৃতীয়", "শেষ ভাগের শেষ"]),
        );
        let text = extract(&html, &Options::default()).expect("an article").text;
        for n in ["প্রথম", "ষষ্ঠ", "অষ্টম"] {
            assert!(text.contains(&format!("{n} অনুচ্ছেদে")), "{n} missing from {text}");
        }
    }

    #[test]
    fn the_readers_comments_end_the_story_under_any_heading_of_theirs_but_a_cell_or_a_button_does_not() {
        let story = "<p>চরের পাঠাগারে এখন রাত পর্যন্ত আলো জ্বলে, কারণ গত সপ্তাহে সেখানে সৌরপ্যানেল বসানো হয়েছে।</p>\
                     <p>শিক্ষকেরা বলেন, সন্ধ্যার পর শিশুরা দল বেঁধে পড়তে আসে, আর বড়রা আসেন পত্রিকা পড়তে।</p>";
        let comment = "<div><div><b>পাঠক</b> <span>১২ মে ২০২৬, ১১:২০</span></div><p>খুব ভালো উদ্যোগ, অন্য চরেও এমন পাঠাগার হোক। কর্তৃপক্ষ নজর দিক।</p></div>";
        let with = |divider: &str| {
            let html = format!("<body><div><h1>চরের পাঠাগার</h1>{story}<div>{divider}{comment}{comment}</div></div></body>");
            extract(&html, &Options::default()).expect("an article").text
        };
        for divider in ["<h3>মন্তব্য (২)</h3>", "<div>২টি মন্তব্য</div>", "<p>পাঠকের মন্তব্য</p>", "<h2>2 Comments</h2>", "<h2>Responses (2)</h2>"] {
            let text = with(divider);
            assert!(text.contains("বড়রা আসেন") && !text.contains("ভালো উদ্যোগ"), "{divider}: {text}");
        }
        // A column of a table, a button: the text after them is still the story's.
        // "Responses" without its count may head a section of the story.
        for divider in ["<table><tr><td><p><b>মন্তব্য</b></p></td></tr></table>", "<p><a href='#c'>মন্তব্য</a></p>", "<div>বিশেষজ্ঞের মন্তব্য</div>", "<h2>Responses</h2>"] {
            assert!(with(divider).contains("ভালো উদ্যোগ"), "{divider}");
        }
    }

    #[test]
    fn the_standfirst_under_the_headline_joins_without_a_full_stop() {
        let prose = "<p>The city council voted on Tuesday night to expand the ferry service to a third terminal, ending a two-year debate between commuters and business owners.</p>";
        let page = |under: &str| {
            format!("<html><body><article><h1>Ferry service expands</h1>{under}<div class='body'>{prose}{prose}{prose}</div></article></body></html>")
        };
        let text = extract(&page("<p>A third terminal opens in spring; commuters cheer, shop owners worry</p>"), &Options::default()).unwrap().text;
        assert!(text.starts_with("A third terminal opens"), "{text}");
        // A link under the headline is a section's or a related story's.
        let text = extract(&page("<p><a href='/ferries'>More on the city's ferries and harbour works</a></p>"), &Options::default()).unwrap().text;
        assert!(!text.contains("More on"), "{text}");
    }

    #[test]
    fn the_box_about_the_reporters_ends_the_story() {
        let story = "<p>চরের পাঠাগারে এখন রাত পর্যন্ত আলো জ্বলে, কারণ গত সপ্তাহে সেখানে সৌরপ্যানেল বসানো হয়েছে।</p>\
                     <p>শিক্ষকেরা বলেন, সন্ধ্যার পর শিশুরা দল বেঁধে পড়তে আসে, আর বড়রা আসেন পত্রিকা পড়তে।</p>";
        // Biographies of a sentence or two: longer than the name, post and telephone of a box of short lines.
        let bio = "<div><img src='/a.jpg' alt=''><p>নাজমুল হাসান দৈনিক অনুসন্ধানের জ্যেষ্ঠ অনুসন্ধানী প্রতিবেদক। \
                   স্বাস্থ্য খাতের দুর্নীতি নিয়ে প্রতিবেদনের জন্য তিনি দুবার জাতীয় সাংবাদিকতা পুরস্কার পেয়েছেন।</p></div>";
        let html = format!("<body><article><h1>চরের পাঠাগার</h1>{story}<div><h3>প্রতিবেদক পরিচিতি</h3>{bio}</div></article></body>");
        let text = extract(&html, &Options::default()).expect("an article").text;
        assert!(text.contains("বড়রা আসেন") && !text.contains("নাজমুল হাসান"), "{text}");
    }

    #[test]
    fn a_next_story_shown_whole_under_its_label_ends_the_text() {
        let prose = "<p>The city council voted on Tuesday night to expand the ferry service to a third terminal, ending a two-year debate between commuters and business owners.</p>";
        let teaser = "<p>Most mornings, the first light on Cobbler's Row comes from the bakery, which has opened at three for eleven years now.</p>";
        let html = format!(
            "<html><body><main><div><h1>Ferry</h1><div>{prose}{prose}{prose}{prose}</div><div><span>Recommended</span>\
             <h2><a href='/bakery'>The bakery that opens at 3am</a></h2><p>By Lewis Marchetti</p>{teaser}{teaser}{teaser}</div></div></main></body></html>"
        );
        let text = extract(&html, &Options::with_url("https://news.example.com/a")).map(|a| a.text).unwrap_or_default();
        assert_eq!(text.matches("The city council voted").count(), 4, "{text}");
        assert!(!text.contains("Recommended") && !text.contains("Cobbler"), "{text}");
    }

    #[test]
    fn an_author_card_under_the_story_ends_it_and_the_byline_over_it_does_not() {
        let prose = "<p>The city council voted on Tuesday night to expand the ferry service to a third terminal, ending a two-year debate between commuters and business owners.</p>";
        let html = format!(
            "<html><body><div class='content'><h1>Ferry</h1><div class='post-byline'><h4 class='author-name'><a href='/author/ines/'>Ines Marwick</a></h4></div>\
             {prose}{prose}{prose}<div class='author-box'><h3><a href='/author/ines/'>Ines Marwick</a></h3>\
             <p>Ines has covered the harbour and its ferries for the paper since 2019, and before that the city's buses.</p></div></div></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert_eq!(text.matches("The city council voted").count(), 3, "{text}");
        assert!(!text.contains("Ines has covered"), "{text}");
    }

    #[test]
    fn what_is_out_of_sight_inside_a_paragraph_is_left_out_and_a_drop_cap_stays() {
        let prose = "<p>The city council voted on Tuesday night to expand the ferry service to a third terminal, ending a two-year debate between commuters and business owners.</p>";
        let html = format!(
            "<html><body><article><h1>Ferry</h1>{prose}<p><span aria-hidden='true'>R</span>ead the <a href='/r'>report<span class='sr-only'>, opens new tab</span></a>\
             <span style='display: none'>ferry tickets cheap</span> and the minutes of the meeting, which run to forty pages.</p>{prose}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).map(|a| a.text).unwrap_or_default();
        assert!(text.contains("Read the report and the minutes"), "{text}");
        assert!(!text.contains("opens new tab") && !text.contains("cheap"), "{text}");
    }

    #[test]
    fn the_lead_photo_above_the_text_container_joins_it_and_a_linked_card_does_not() {
        let prose = "<p>The city council voted on Tuesday night to expand the ferry service to a third terminal, ending a two-year debate between commuters and business owners.</p>";
        let html = format!(
            "<html><body><article><h1>Ferry</h1><figure><img src='/ferry.jpg' alt=''><figcaption>Commuters board the morning ferry.</figcaption></figure>\
             <div class='body'>{prose}{prose}{prose}</div><figure><a href='/other'><img src='/o.jpg' alt=''></a><figcaption>Another story</figcaption></figure></article></body></html>"
        );
        let article = extract(&html, &Options::with_url("https://news.example.com/a")).unwrap();
        assert!(article.html.contains("/ferry.jpg") && article.text.contains("Commuters board"), "{}", article.html);
        assert!(!article.text.contains("Another story"), "{}", article.text);
        // Right above the text, a box of a photo and a caption line is the lead photo too.
        let html = html.replace("<figure><img src='/ferry.jpg' alt=''><figcaption>", "<div class='feat-img'><img src='/ferry.jpg' alt=''><p class='img-caption'>")
            .replacen("</figcaption></figure>", "</p></div>", 1);
        let article = extract(&html, &Options::with_url("https://news.example.com/a")).unwrap();
        assert!(article.html.contains("/ferry.jpg") && article.text.contains("Commuters board"), "{}", article.html);
        // An agency's link after the caption and the credit leaves it the lead photo.
        let licensed = format!(
            "<html><body><article><h1>Ferry</h1><figure><img src='/ferry.jpg' alt=''><figcaption>Commuters board the morning ferry. NORTHLINE/Pieter Grund \
             <a href='https://lic.example.com/x'>Licensing</a></figcaption></figure><div class='body'>{prose}{prose}{prose}</div></article></body></html>"
        );
        let article = extract(&licensed, &Options::with_url("https://news.example.com/a")).unwrap();
        assert!(article.text.contains("Commuters board"), "{}", article.html);
    }

    #[test]
    fn a_verdict_box_beside_the_text_in_the_article_joins_it() {
        let prose = "<p>I wore the AX3 for three weeks as my main earbuds: on a daily train commute, on two long flights and on runs in the cold and rain.</p>\
                     <p>The buds are small and matte, with a short stem that makes them easy to grab without touching the mesh. Each one weighs 4.6 grams.</p>";
        let html = format!(
            "<html><body><article><h1>Kestrel AX3 review</h1><section><h2>Our verdict</h2><p>Noise cancelling that rivals pricier earbuds, held back by a flimsy case.</p>\
             <ul><li>Excellent noise cancelling</li></ul></section><div class='prose'>{prose}{prose}</div></article><aside><h2>Popular</h2><p>Other reviews.</p></aside></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("Our verdict") && text.contains("flimsy case") && text.contains("Excellent noise"), "{text}");
        assert!(!text.contains("Other reviews"), "{text}");
        // Its score over the heading.
        let html = html.replace("<section><h2>", "<section><div><span>8.4</span><span>/10</span></div><h2>");
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("Our verdict") && text.contains("flimsy case"), "{text}");
    }

    #[test]
    fn a_summary_box_over_a_long_live_feed_stays_with_it() {
        let entry = "<article><time>১৮:৪০</time><p>চরকিশোরী ও হরিণমারা এলাকায় স্বাভাবিকের চেয়ে তিন ফুট উঁচু জোয়ারে বেড়িবাঁধের কয়েকটি অংশ ভেঙে লোকালয়ে পানি ঢুকেছে।</p></article>";
        let html = format!(
            "<html><body><main><div><h1>ঘূর্ণিঝড় কুহেলী: উপকূলে ৭ নম্বর বিপৎসংকেত</h1>\
             <p>বঙ্গোপসাগরে সৃষ্ট ঘূর্ণিঝড় কুহেলী আজ বৃহস্পতিবার রাতে উপকূল অতিক্রম করতে পারে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।</p>\
             <div><h2>এক নজরে</h2><ul><li>উপকূলীয় ৯ জেলায় ৭ নম্বর বিপৎসংকেত</li><li>নদীবন্দরে সব ধরনের নৌযান চলাচল বন্ধ</li></ul></div>\
             <div>{}</div></div></main></body></html>",
            entry.repeat(12)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("এক নজরে\n\nউপকূলীয় ৯ জেলায়") && text.contains("নৌযান চলাচল বন্ধ"), "{text}");
        // Under another heading, a list beside the feed is not the story's.
        let other = extract(&html.replace("এক নজরে", "আরও খবর"), &Options::default()).unwrap().text;
        assert!(!other.contains("নৌযান চলাচল বন্ধ"), "{other}");
    }

    #[test]
    fn show_notes_beside_an_open_transcript_stay_with_it() {
        let notes = "<div><p>When the big providers passed the town by, its farmers built a fibre network of their own and ran it as a co-op.</p>\
                     <p>Maya talks to the co-op's board chair and its first network engineer about the loan, the trenches and the first bills.</p></div>";
        let line = "<p><strong>MAYA:</strong> On a Tuesday night in February the internet went out again, and this time nobody could say when it would be back.</p>";
        let html = format!(
            "<html><body><article><h1>Ep. 87: The town that built its own internet</h1>{notes}<details open><summary>Transcript</summary><div>{}</div></details></article></body></html>",
            line.repeat(12)
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.starts_with("When the big providers") && text.contains("\n\nTranscript\n\n"), "{text}");
    }

    #[test]
    fn a_kicker_over_the_headline_does_not_cost_the_standfirst_under_it() {
        let prose = "<p>The tide at Saltcote goes out a long way. At low water the Varn estuary is a mile of grey mud, ribbed and shining, with the channel far out.</p>\
                     <p>These are the last working salt pans on this coast. Once there were more than forty, and the method has barely changed since then.</p>";
        let html = format!(
            "<html><body><article><header><div>Long read · Coast</div><h1>The salt keepers</h1>\
             <p>For three hundred years, families on this coast have made salt from the sea.</p></header><div>{prose}{prose}</div></article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.starts_with("For three hundred years"), "{text}");
        // More than a kicker's worth of text over the heading is a part of its own.
        let html = html.replace("Long read · Coast", "Read our other stories about the coast and its people");
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("For three hundred years"), "{text}");
    }

    #[test]
    fn the_articles_header_is_walked_whatever_its_class_and_a_logos_is_not() {
        let prose = "<p>The first Drift was a good pair of headphones trapped in a cheap-feeling shell, and the new model fixes that with fabric and metal hinges.</p>\
                     <p>The case is the one design step backwards: the cups fold flat but no longer inwards, so it is wider and deeper than before.</p>";
        let html = format!(
            "<html><body><header class='site-header'><h1><a href='/'>Gadget Desk reviews</a></h1><p>Reviews of the things you carry every day</p></header>\
             <article><header class='review-header'><h1>Aurelle Drift 2 review: the quiet overachiever</h1>\
             <p>Second-generation noise-cancelling headphones at half the price of the big names.</p></header><div class='review-body'>{prose}</div></article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("at half the price") && text.contains("metal hinges"), "{text}");
        assert!(!text.contains("you carry every day"), "{text}");
    }

    #[test]
    fn an_amp_components_stand_ins_are_not_read_and_a_tweets_is() {
        let prose = "<p>The operator of the ferry link has abandoned its winter timetable after the second engine failure on its main vessel in less than a month.</p>\
                     <p>A public meeting with company representatives is due to be held in the village hall on Thursday evening, the council said.</p>";
        let html = format!(
            "<html amp><body><article><h1>Ferry timetable scrapped</h1>{prose}<amp-iframe src='https://maps.example/route'><div placeholder>Loading interactive map…</div>\
             <div overflow role='button'>Tap to show the full map</div></amp-iframe><amp-twitter data-tweetid='1'><blockquote placeholder><p>Sula is running the only crossing today.</p></blockquote></amp-twitter>{prose}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("only crossing today") && !text.contains("Loading interactive") && !text.contains("Tap to show"), "{text}");
    }

    #[test]
    fn a_press_release_ends_at_its_end_mark() {
        let prose = "<p>The program lets small factories install rooftop solar systems without paying anything up front, and repay the cost from their savings.</p>\
                     <p>The first forty installations are scheduled to be connected to the grid in May, the company said in a statement on Tuesday.</p>\
                     <p>Surplus power generated on weekends will be exported to the national grid under a net-metering agreement signed last year.</p>";
        let html = format!("<html><body><article><h1>Solar for factories</h1><p>FOR IMMEDIATE RELEASE</p>{prose}<p>###</p><p>Media contact: Rina Das, press@example.com</p></article></body></html>");
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("net-metering") && !text.contains("IMMEDIATE") && !text.contains("###") && !text.contains("Media contact"), "{text}");
    }

    #[test]
    fn a_short_page_of_links_is_still_no_article() {
        assert_eq!(kind("<body><a href='/a'>জাতীয়</a> <a href='/b'>রাজনীতি</a> <a href='/c'>খেলা</a></body>"), "not_article");
        assert_eq!(kind("<body><script>var x = 1;</script></body>"), "not_article");
    }
}
