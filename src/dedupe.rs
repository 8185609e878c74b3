//! Stage 3, dedupe: `&mut Page` + [`Pick`] → [`Body`], the article's text blocks in order, each
//! once. Two blocks are the same when their `text::normalize_key` is equal; a block all of whose
//! sentences were already read is a partial copy. The first copy wins: hidden copies never entered
//! the walk (unless the only body was hidden), so a visible copy always comes first. Marks what it
//! leaves out in `Page::dropped`; it never scores.

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::ops::Range;

use html5ever::local_name;
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::dom::NodeId;
use crate::parse::Page;
use crate::score::{self, Pick};
use crate::{clutter, tables, text};

/// The article's content: subtree roots to render in order; nodes marked in `Page::dropped` inside
/// them are left out.
pub(crate) struct Body {
    /// Subtree roots, in document order.
    pub(crate) roots: Vec<NodeId>,
    /// Text blocks (paragraphs, headings, list items, captions) in document order, each once.
    pub(crate) blocks: Vec<NodeId>,
    /// `text::normalize_key` of each block, index for index, built once here for the later stages;
    /// `None` where they never read it ([`clutter::reads_key`]).
    pub(crate) keys: Vec<Option<String>>,
    /// Blocks dropped as repeats.
    pub(crate) duplicates_removed: usize,
    /// Boxes dropped as clutter.
    pub(crate) clutter_removed: usize,
}

impl Body {
    /// No article content (metadata of a page whose body comes from elsewhere).
    pub(crate) fn empty() -> Body {
        Body { roots: Vec::new(), blocks: Vec::new(), keys: Vec::new(), duplicates_removed: 0, clutter_removed: 0 }
    }
}

/// Keeps the first copy of every block and drops the rest.
pub(crate) fn drop_repeats(page: &mut Page, pick: &Pick) -> Body {
    let mut blocks = Vec::new();
    for &root in &pick.roots {
        let walk = score::walk(page, root, pick.pass);
        for s in walk.skipped.into_iter().chain(score::out_of_sight_inside(page, &walk.blocks, pick.pass)) {
            drop_subtree(page, s);
        }
        blocks.extend(walk.blocks);
    }
    // Keys are remembered by their 64-bit hashes: a large page's keys stay small and close together,
    // and two different texts meeting on one hash (odds about n²/2⁶⁵) is far rarer than any real copy.
    let mut whole: FxHashSet<u64> = FxHashSet::default();
    // Table-of-contents entries are remembered apart: a heading read first as an entry that links to
    // it is still read in its place, while a second copy of the table is a repeat.
    let mut contents: FxHashSet<u64> = FxHashSet::default();
    // Sentence key hash → the kept block it was first read in.
    let mut sentences: FxHashMap<u64, usize> = FxHashMap::default();
    let mut kept = Vec::with_capacity(blocks.len());
    let mut keys = Vec::with_capacity(blocks.len());
    let mut duplicates = 0;
    let mut last: Option<(NodeId, u64)> = None;
    // The last list one of whose items was new: its items that repeat earlier lines are values used again.
    let mut list_with_new_item: Option<NodeId> = None;
    let copied_tables = copied_tables(page, &pick.roots);
    // Read ahead of the walk below: a repeated heading is judged by the block after it.
    // All blocks' sentences in one vector, each block's a range of it: read in order below, where a
    // vector per block lay scattered over a large page's heap (a cache miss per block).
    let mut all_parts = Vec::new();
    let mut reads: Vec<Read> = blocks
        .iter()
        .map(|&b| {
            let boxed = in_quote_box(page, b);
            let keeps_key = boxed || clutter::reads_key(page, b);
            Read::of(&page.dom.text_content(b), boxed, keeps_key, &mut all_parts)
        })
        .collect();
    // Text folded in a closed <details> (a transcript, a summary) that the story's own blocks tell
    // anywhere on the page goes, even when it runs several of them together; the story's copy stays.
    let folded = folded_blocks(page, &pick.roots);
    let told: FxHashSet<u64> = if folded.is_empty() {
        FxHashSet::default()
    } else {
        blocks.iter().zip(&reads).filter(|(b, _)| !folded.contains(b)).flat_map(|(_, r)| all_parts[r.parts.clone()].iter().map(|p| p.hash)).collect()
    };
    let summary = retold_summary(page, &blocks, &reads, &all_parts);
    for (i, &b) in blocks.iter().enumerate() {
        if summary.contains(&b) {
            drop_subtree(page, b);
            duplicates += 1;
            continue;
        }
        let key = reads[i].key.take();
        if !reads[i].words {
            kept.push(b);
            keys.push(key);
            continue;
        }
        let before = kept.iter().copied().zip(&keys).rev();
        let after = blocks[i + 1..].iter().copied().zip(reads[i + 1..].iter().map(|r| &r.key));
        if reads[i].boxed && key.as_deref().is_some_and(|k| is_pull_quote(page, k, before, after)) {
            drop_subtree(page, b);
            duplicates += 1;
            continue;
        }
        // A table's values recur in honest tables (a "৪" in a later row, the same header over three
        // tables): a cell goes only with a copy of its whole table.
        if let Some(table) = cell_table(page, b) {
            if copied_tables.contains(&table) {
                drop_subtree(page, b);
                duplicates += 1;
            } else {
                kept.push(b);
                keys.push(key);
            }
            continue;
        }
        let (hash, parts) = (reads[i].hash, &all_parts[reads[i].parts.clone()]);
        let twin = last.is_some_and(|(prev, h)| h == hash && is_twin(page, prev, b));
        let entry = is_contents_entry(page, b);
        let repeat = whole.contains(&hash)
            || (entry && contents.contains(&hash))
            || is_partial_copy(parts, &sentences)
            || folded.contains(&b) && is_told(parts, &told);
        // The next block with words, looked for only behind a repeat.
        let next = || (i + 1..blocks.len()).find(|&k| reads[k].words);
        let next_is_new = || {
            next().is_none_or(|k| !whole.contains(&reads[k].hash) && !is_partial_copy(&all_parts[reads[k].parts.clone()], &sentences))
        };
        // A heading said again over new text is a section title used twice ("Setting up", "Parameters"); in a
        // copy of the body, the text after it is a copy too.
        let retitled = repeat && page.dom.is_heading(b) && next_is_new();
        // So is a short item said again in a list with new items ("Price: Free" in each event's list, an
        // ingredient in two groups): in a copied list, every item is a copy.
        let list = short_item_list(page, b);
        let reused = repeat
            && list.is_some()
            && (list == list_with_new_item || next().is_some_and(|k| short_item_list(page, blocks[k]) == list) && next_is_new());
        last = Some((b, hash));
        if repeat && !twin && !retitled && !reused {
            drop_subtree(page, b);
            duplicates += 1;
            continue;
        }
        if entry {
            contents.insert(hash);
            kept.push(b);
            keys.push(key);
            continue;
        }
        if !repeat && list.is_some() {
            list_with_new_item = list;
        }
        whole.insert(hash);
        for p in parts {
            sentences.entry(p.hash).or_insert(kept.len());
        }
        kept.push(b);
        keys.push(key);
    }
    Body {
        roots: pick.roots.clone(),
        blocks: kept,
        keys,
        duplicates_removed: duplicates,
        clutter_removed: 0,
    }
}

/// A list of points above the story that the story then tells word for word ("সংক্ষেপ" over three of its
/// sentences): each item's sentences are all in the paragraphs after the list, so the story's own copy, which
/// says more around them, stays; with the list goes the heading of the box it shares. Items of a few words
/// ("Price: Free") are no points told again.
fn retold_summary(page: &Page, blocks: &[NodeId], reads: &[Read], all_parts: &[Sentence]) -> FxHashSet<NodeId> {
    let dom = &page.dom;
    let list_of = |b: NodeId| dom.is(b, local_name!("li")).then(|| dom.nodes[b].parent()).flatten();
    let mut out = FxHashSet::default();
    let Some(first) = blocks.iter().position(|&b| list_of(b).is_some()) else { return out };
    let list = list_of(blocks[first]);
    let end = first + blocks[first..].iter().take_while(|&&b| list_of(b) == list).count();
    // Above the story (no sentence before the list), two points or more, each a sentence's length: asked first, as
    // most pages' first list is none of these, before the sentences after it are gathered.
    let above = blocks[..first].iter().all(|&b| page.sentence_ends[b] == 0);
    let items = &reads[first..end];
    let long = |r: &Read| all_parts[r.parts.clone()].iter().map(|p| p.chars).sum::<usize>() >= tables::MIN_PARTIAL_COPY_CHARS;
    if !above || items.len() < 2 || !items.iter().all(long) {
        return out;
    }
    let later: FxHashSet<u64> = reads[end..].iter().flat_map(|r| all_parts[r.parts.clone()].iter().map(|p| p.hash)).collect();
    if !items.iter().all(|r| all_parts[r.parts.clone()].iter().all(|p| later.contains(&p.hash))) {
        return out;
    }
    out.extend(&blocks[first..end]);
    let box_of_list = list.and_then(|l| dom.nodes[l].parent());
    if let Some(&heading) = first.checked_sub(1).map(|k| &blocks[k]) {
        if dom.is_heading(heading) && dom.nodes[heading].parent() == box_of_list {
            out.insert(heading);
        }
    }
    out
}

/// The table a short block is a cell of (a paragraph of running text in a cell is a layout table's).
fn cell_table(page: &Page, b: NodeId) -> Option<NodeId> {
    let dom = &page.dom;
    if page.letters[b] as usize >= tables::BODY_LINE_LETTERS {
        return None;
    }
    let cell = dom.self_and_ancestors(b).take(tables::CELL_CLIMB).find(|&a| dom.is(a, local_name!("td")) || dom.is(a, local_name!("th")))?;
    dom.ancestors(cell).find(|&a| dom.is(a, local_name!("table")))
}

/// The tables under `roots` whose whole text an earlier one already showed: the second render of a
/// table (desktop and mobile copies of a body). Only tables that hold no table are compared: a
/// layout table around another shows its text too and is no copy of it, and reading the text of
/// every table of a nest of them took quadratic time (100,000 nested tables, 150 s).
fn copied_tables(page: &Page, roots: &[NodeId]) -> FxHashSet<NodeId> {
    let dom = &page.dom;
    let tables: Vec<NodeId> = roots.iter().flat_map(|&root| dom.descendants(root)).filter(|&n| dom.is(n, local_name!("table"))).collect();
    let outer: FxHashSet<NodeId> = tables.iter().filter_map(|&t| dom.ancestors(t).find(|&a| dom.is(a, local_name!("table")))).collect();
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    tables
        .into_iter()
        .filter(|t| !outer.contains(t))
        .filter(|&t| !seen.insert(FxBuildHasher.hash_one(text::normalize_key(&dom.text_content(t)))))
        .collect()
}

/// A block in a quote box (`blockquote`, `figure`, `aside`), not in a photo's caption (which may say
/// again what the text says of the photo).
fn in_quote_box(page: &Page, b: NodeId) -> bool {
    let dom = &page.dom;
    dom.self_and_ancestors(b)
        .take(tables::CELL_CLIMB)
        .take_while(|&a| !dom.is(a, local_name!("figcaption")))
        .any(|a| dom.is(a, local_name!("blockquote")) || dom.is(a, local_name!("figure")) || dom.is(a, local_name!("aside")))
}

/// A quote box's block (`key`, [`in_quote_box`]) whose words a paragraph beside it holds: a pull
/// quote, which repeats part of a sentence of the story in large type ("The agency's ridership has
/// recovered to 91 percent" out of "…, according to figures presented at the meeting."). `before`:
/// the kept blocks before it, nearest first; `after`: the blocks after it; each with its key where
/// kept (read again where not: pull quotes are rare).
fn is_pull_quote<'a>(
    page: &Page,
    key: &str,
    before: impl Iterator<Item = (NodeId, &'a Option<String>)>,
    after: impl Iterator<Item = (NodeId, &'a Option<String>)>,
) -> bool {
    if key.len() < tables::MIN_PARTIAL_COPY_CHARS {
        return false;
    }
    before.take(tables::PULL_QUOTE_REACH).chain(after.take(tables::PULL_QUOTE_REACH)).any(|(n, k)| {
        let k = k.as_deref().map_or_else(|| Cow::Owned(text::normalize_key(&page.dom.text_content(n))), Cow::Borrowed);
        k.len() > key.len() && k.contains(key)
    })
}

/// The same element written twice in a row (same parent, tag and class): the author repeated
/// a line, which a reader sees twice too. Copies made by templates differ in place or class.
fn is_twin(page: &Page, prev: NodeId, b: NodeId) -> bool {
    let dom = &page.dom;
    dom.nodes[prev].parent() == dom.nodes[b].parent()
        && dom.tag(prev) == dom.tag(b)
        && dom.attr(prev, local_name!("class")) == dom.attr(b, local_name!("class"))
}

/// The list a short item belongs to: the block is a list item (`<li>`, `<dd>`) or the one block in one.
fn short_item_list(page: &Page, b: NodeId) -> Option<NodeId> {
    let dom = &page.dom;
    if page.letters[b] as usize >= tables::BODY_LINE_LETTERS {
        return None;
    }
    let item = dom.self_and_ancestors(b).take(2).find(|&a| dom.is(a, local_name!("li")) || dom.is(a, local_name!("dd")))?;
    dom.nodes[item].parent()
}

/// A block that is all links to places on the same page (`href="#…"`): an entry of a table of
/// contents. Not a heading, which documentation pages link back to the table from.
fn is_contents_entry(page: &Page, b: NodeId) -> bool {
    page.link_letters[b] == page.letters[b] && !page.dom.is_heading(b) && score::links_stay_on_page(page, b)
}

/// Marks `n` and everything below it as left out.
pub(crate) fn drop_subtree(page: &mut Page, n: NodeId) {
    let nodes: Vec<NodeId> = page.dom.descendants(n).collect();
    for d in nodes {
        page.dropped[d] = true;
    }
}

/// A block's text as dedupe compares it: its key (where kept), whether the key holds any word, the
/// key's hash and where its sentences are in the vector of all of them; and whether the block is in
/// a quote box.
struct Read {
    boxed: bool,
    key: Option<String>,
    words: bool,
    hash: u64,
    parts: Range<usize>,
}

impl Read {
    /// Reads `content` (of a block in a quote box when `boxed`), its sentences added to `all_parts`.
    /// A key not kept is freed at once, so the next block's is written to the same memory, still in
    /// the cache: on a large page, keeping every paragraph's key wrote as much memory as the text.
    fn of(content: &str, boxed: bool, keeps_key: bool, all_parts: &mut Vec<Sentence>) -> Read {
        let (key, ends) = text::key_and_sentence_ends(content);
        let hash = FxBuildHasher.hash_one(&key);
        let start = all_parts.len();
        all_parts.extend(sentence_keys(&key, &ends));
        Read { boxed, words: !key.is_empty(), key: keeps_key.then_some(key), hash, parts: start..all_parts.len() }
    }
}

/// One sentence of a block, by its key's hash and length.
struct Sentence {
    hash: u64,
    chars: usize,
}

/// The sentences of a block (split at danda, full stop, question and exclamation marks): slices of
/// its key between the sentence ends [`text::key_and_sentence_ends`] found.
fn sentence_keys<'a>(key: &'a str, ends: &'a [usize]) -> impl Iterator<Item = Sentence> + 'a {
    let mut start = 0;
    ends.iter()
        .copied()
        .chain([key.len()])
        .filter_map(move |end| {
            let sentence = key[start..end].trim_matches(' ');
            start = end;
            let chars = sentence.chars().count();
            (chars >= tables::MIN_SENTENCE_KEY_CHARS).then(|| Sentence { hash: FxBuildHasher.hash_one(sentence), chars })
        })
}

/// Every sentence of the block was read before, all in one earlier block (a cut-down copy of
/// that block), and there is enough of it to be sure.
fn is_partial_copy(parts: &[Sentence], seen: &FxHashMap<u64, usize>) -> bool {
    let letters: usize = parts.iter().map(|p| p.chars).sum();
    if letters < tables::MIN_PARTIAL_COPY_CHARS {
        return false;
    }
    let mut sources = parts.iter().map(|p| seen.get(&p.hash));
    let Some(Some(first)) = sources.next() else { return false };
    sources.all(|s| s == Some(first))
}

/// Every sentence of the block is in `told`, and there is enough of it to be sure.
fn is_told(parts: &[Sentence], told: &FxHashSet<u64>) -> bool {
    parts.iter().map(|p| p.chars).sum::<usize>() >= tables::MIN_PARTIAL_COPY_CHARS && parts.iter().all(|p| told.contains(&p.hash))
}

/// The blocks under `roots` inside a closed `<details>`, its `<summary>` aside: shown only when
/// the reader opens it.
fn folded_blocks(page: &Page, roots: &[NodeId]) -> FxHashSet<NodeId> {
    let dom = &page.dom;
    let mut folded = FxHashSet::default();
    for &root in roots {
        let mut walk = dom.descendants(root);
        while let Some(n) = walk.next() {
            if dom.is(n, local_name!("details")) && dom.attr(n, local_name!("open")).is_none() {
                walk.skip_children(n);
                let mut inside = dom.descendants(n);
                while let Some(d) = inside.next() {
                    if dom.is(d, local_name!("summary")) {
                        inside.skip_children(d);
                    } else {
                        folded.insert(d);
                    }
                }
            }
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(content: &str) -> Vec<Sentence> {
        let (key, ends) = text::key_and_sentence_ends(content);
        sentence_keys(&key, &ends).collect()
    }

    #[test]
    fn a_folded_copy_goes_and_the_storys_own_stays() {
        let para = |s: &str| format!("<p>{s}</p>");
        let (one, two) = ("The tide at Saltcote goes out a long way, a mile of grey mud at low water.", "These are the last working salt pans on this coast, where once there were forty.");
        let html = format!(
            "<html><body><article><h1>The salt keepers</h1><details><summary>Show transcript</summary><p>{one} {two}</p></details>{}{}{}</article></body></html>",
            para(one),
            para(two),
            para("Maureen Ostley has worked the western pan for thirty-one years and does not like being called a craftswoman.")
        );
        let text = crate::extract(&html, &crate::Options::default()).unwrap().text;
        assert_eq!(text.matches("a mile of grey mud").count(), 1, "{text}");
        assert!(text.find("mile of grey mud").unwrap() > text.find("Show transcript").unwrap() && text.contains("\n\nThese are the last"), "{text}");
    }

    #[test]
    fn a_block_of_read_sentences_is_a_copy() {
        let seen: FxHashMap<u64, usize> = sentences("প্রথম বাক্যটি এখানে লেখা আছে। দ্বিতীয় বাক্যটিও বেশ লম্বা করে লেখা।")
            .into_iter()
            .map(|k| (k.hash, 0))
            .collect();
        assert!(is_partial_copy(&sentences("দ্বিতীয় বাক্যটিও বেশ লম্বা করে লেখা।"), &seen));
        assert!(!is_partial_copy(&sentences("নতুন একটি বাক্য যা আগে আসেনি।"), &seen));
    }

    #[test]
    fn a_contents_entry_is_not_the_first_copy_of_its_heading() {
        let prose = "A paragraph long enough to count as prose, with commas, clauses, and a full stop. ".repeat(4);
        let contents = "<ul><li><a href='#setup'>Setting up the tools</a></li></ul>";
        let html = format!(
            "<article>{contents}<p>{prose}</p><h2 id='setup'><a href='#top'>Setting up the tools</a></h2>\
             <p>Second {prose}</p>{contents}</article>"
        );
        let options = crate::Options::default();
        let budget = crate::budget::Budget::start(&options);
        let mut page = crate::parse::parse(&html, &options, &budget).unwrap();
        let pick = score::find_main(&page, &budget).unwrap();
        let body = drop_repeats(&mut page, &pick);
        let tags: Vec<String> = body.blocks.iter().map(|&b| page.dom.tag(b).unwrap().to_string()).collect();
        assert_eq!(tags, ["li", "p", "h2", "p"]);
        assert_eq!(body.duplicates_removed, 1);
    }

    /// Parses `html`, picks its article and returns the texts dedupe keeps.
    fn kept(html: &str) -> Vec<String> {
        let options = crate::Options::default();
        let budget = crate::budget::Budget::start(&options);
        let mut page = crate::parse::parse(html, &options, &budget).unwrap();
        let pick = score::find_main(&page, &budget).unwrap();
        let body = drop_repeats(&mut page, &pick);
        body.blocks.iter().map(|&b| page.dom.text_content(b)).collect()
    }

    #[test]
    fn a_summary_the_story_tells_again_goes_with_its_heading() {
        let points = ["রাজধানীর মিরপুরে ব্যবসায়ী হত্যা মামলায় দুজনকে যাবজ্জীবন দিয়েছেন আদালত।", "মামলার অপর তিন আসামিকে খালাস দেওয়া হয়েছে।"];
        let summary = format!("<div><h4>সংক্ষেপ</h4><ul><li>{}</li><li>{}</li></ul></div>", points[0], points[1]);
        let story = format!(
            "<p>{} রায় ঘোষণার সময় আসামিরা কাঠগড়ায় উপস্থিত ছিলেন।</p><p>অভিযোগ প্রমাণিত হয়নি। {} রাষ্ট্রপক্ষ বলছে, তারা উচ্চ আদালতে যাবে।</p>",
            points[0], points[1]
        );
        let html = |top: &str| format!("<html><body><article><h1>রায়</h1>{top}{story}<p>{}</p></article></body></html>", "বিচার চলাকালে আদালত ১৯ জন সাক্ষীর মধ্যে ১৪ জনের সাক্ষ্য গ্রহণ করেন। ".repeat(3));
        let blocks = kept(&html(&summary));
        assert!(!blocks.iter().any(|b| b == "সংক্ষেপ" || b == points[1]), "{blocks:?}");
        assert_eq!(blocks.iter().filter(|b| b.contains(points[0])).count(), 1, "{blocks:?}");
        // A list whose points the story does not tell again stays, heading and all.
        let own = "<div><h4>এক নজরে</h4><ul><li>তিনজন খালাস পেয়েছেন, দুজন যাবজ্জীবন।</li><li>সাক্ষ্য দিয়েছেন ১৪ জন।</li></ul></div>";
        let blocks = kept(&html(own));
        assert!(blocks.iter().any(|b| b == "এক নজরে") && blocks.iter().any(|b| b.contains("সাক্ষ্য দিয়েছেন")), "{blocks:?}");
    }

    #[test]
    fn a_value_said_again_in_a_later_row_stays_and_a_copied_table_goes() {
        let para = format!("<p>{}</p>", "The match went to the home side after a late goal, with a corner, a header, and a long wait. ".repeat(4));
        let table = "<table><tr><th>Stat</th><th>Home</th><th>Away</th></tr><tr><td>Corners</td><td>7</td><td>4</td></tr>\
                     <tr><td>Yellow cards</td><td>2</td><td>4</td></tr><tr><td>Red cards</td><td>0</td><td>0</td></tr></table>";
        let html = format!("<article>{para}{table}</article>");
        assert_eq!(kept(&html).iter().filter(|t| *t == "4").count(), 2);
        let html = format!("<article>{para}<div>{table}</div><div>{table}</div></article>");
        assert_eq!(kept(&html).len(), 1 + 12);
        // The same header over two tables, a row of the same values as another, a table holding a table.
        let results = |place: &str| format!("<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>{place}</td><td>18</td></tr><tr><td>North</td><td>18</td></tr></table>");
        let html = format!("<article>{para}{}<table><tr><td>{}</td></tr></table></article>", results("East"), results("West"));
        let kept = kept(&html);
        assert_eq!((kept.iter().filter(|t| *t == "Candidate").count(), kept.iter().filter(|t| *t == "18").count()), (2, 4), "{kept:?}");
    }

    #[test]
    fn an_item_said_again_in_a_list_with_new_items_stays_and_a_copied_list_goes() {
        let para = |s: &str| format!("<p>{s} {}</p>", "The organisers expect a big turnout, so arrive early if you want a good spot by the water. ".repeat(3));
        let event = |name: &str, when: &str| format!("<h2>{name}</h2>{}<ul><li>When: {when}</li><li>Price: Free</li></ul>", para(name));
        let html = format!("<article>{}{}{}</article>", event("Lantern walk", "Saturday"), event("Open day", "Sunday"), event("Parkrun", "Monday"));
        assert_eq!(kept(&html).iter().filter(|t| *t == "Price: Free").count(), 3);
        // The repeat opens its list, the new item follows.
        let html = format!("<article>{}<ul><li>Price: Free</li><li>When: Sunday</li></ul></article>", event("Lantern walk", "Saturday"));
        assert_eq!(kept(&html).iter().filter(|t| *t == "Price: Free").count(), 2);
        // A second render of the list: every item is a copy.
        let html = format!("<article>{}<ul><li>When: Saturday</li><li>Price: Free</li></ul></article>", event("Lantern walk", "Saturday"));
        assert_eq!(kept(&html).len(), 4);
    }

    #[test]
    fn a_pull_quote_goes_and_a_caption_saying_the_same_stays() {
        let para = |s: &str| format!("<p>{s} The council met for more than three hours and heard from commuters, owners, and the agency's staff.</p>");
        let html = format!(
            "<article>{}<figure class='pq'><blockquote>The agency's ridership has recovered to 91 percent of its 2019 level</blockquote></figure>{}\
             <figure><img src='/a.png' alt=''><figcaption>CPU profiling after optimizations</figcaption></figure>{}</article>",
            para("The agency's ridership has recovered to 91 percent of its 2019 level, according to figures presented at the meeting."),
            para("Construction is expected to begin in late summer."),
            para("The CPU profiling after optimizations, with the same time range, is below.")
        );
        let read = kept(&html);
        assert_eq!(read.iter().filter(|t| t.contains("91 percent")).count(), 1, "{read:?}");
        assert!(read.iter().any(|t| t == "CPU profiling after optimizations"), "{read:?}");
        // Set five paragraphs before the one it quotes.
        let others: String = ["first", "second", "third", "fourth", "fifth"].iter().map(|n| para(&format!("The {n} stop opens next year."))).collect();
        let html = format!(
            "<article><figure class='pq'><blockquote>The agency's ridership has recovered to 91 percent of its 2019 level</blockquote></figure>{others}{}</article>",
            para("The agency's ridership has recovered to 91 percent of its 2019 level, according to figures presented at the meeting.")
        );
        assert_eq!(kept(&html).iter().filter(|t| t.contains("91 percent")).count(), 1);
        // Beside a paragraph long enough that its key is not kept for clutter: read again, on either side.
        let long = para(&format!("The agency's ridership has recovered to 91 percent of its 2019 level. {}", "Fares stayed the same all year. ".repeat(12)));
        let quote = "<figure class='pq'><blockquote>The agency's ridership has recovered to 91 percent of its 2019 level</blockquote></figure>";
        for html in [format!("<article>{long}{quote}{others}</article>"), format!("<article>{others}{quote}{long}</article>")] {
            assert_eq!(kept(&html).iter().filter(|t| t.contains("91 percent")).count(), 1, "{html}");
        }
    }

    #[test]
    fn a_heading_said_again_over_new_text_stays() {
        let para = |n: &str| format!("<p>The {n} paragraph of this guide, long enough to be prose, with commas, clauses, and a full stop.</p>");
        let html = format!(
            "<article><h2>First part</h2><h3>Setting up</h3>{}{}<h2>Second part</h2><h3>Setting up</h3>{}{}</article>",
            para("first"), para("second"), para("third"), para("fourth")
        );
        assert_eq!(kept(&html).iter().filter(|t| *t == "Setting up").count(), 2);
        // The whole part written twice, heading and text: the second heading goes with its copy.
        let copy = format!("<h3>Setting up</h3>{}{}", para("first"), para("second"));
        let html = format!("<article><div>{copy}</div><div>{copy}</div></article>");
        assert_eq!(kept(&html).len(), 3);
    }

    #[test]
    fn sentence_keys_are_the_keys_of_the_sentences() {
        let content = "প্রথম বাক্য, এখানে লেখা আছে! দ্বিতীয়টি? 3.5 শতাংশ।  শেষ বাক্যটি বেশ লম্বা";
        let (key, ends) = text::key_and_sentence_ends(content);
        let sliced: Vec<u64> = sentence_keys(&key, &ends).map(|s| s.hash).collect();
        let direct: Vec<u64> = content
            .split(|c| tables::SENTENCE_ENDS.contains(&c))
            .map(text::normalize_key)
            .filter(|k| k.chars().count() >= tables::MIN_SENTENCE_KEY_CHARS)
            .map(|k| FxBuildHasher.hash_one(k.as_str()))
            .collect();
        assert_eq!(sliced, direct);
        assert_eq!(sliced.len(), 2);
    }
}
