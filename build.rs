//! Writes the HTML named character references (`&amp;`, `&nbsp;`, all 2,231 of the WHATWG table) as
//! one sorted string for src/tokenize.rs, taken from `web_atoms`, the table html5ever itself reads.
//! Its own form is a hash map that also holds every prefix of every name (for a tokenizer fed a byte
//! at a time), about a third of the wasm gzipped; ours sees the whole page and looks names up whole.
//!
//! Output, `$OUT_DIR/entities.rs`: `ENTITIES`, entries `name=value` sorted by name (the name without
//! its `&`, with its `;` where the table has one), `ENTITY_STARTS`, where each entry starts plus
//! the string's end, and `ENTITY_FIRSTS`, the first entry whose name begins with each ASCII byte or
//! a later one (so the names beginning with `b` are entries `ENTITY_FIRSTS[b]..ENTITY_FIRSTS[b + 1]`).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let mut entries: Vec<(&str, String)> = web_atoms::NAMED_ENTITIES
        .entries()
        // The prefixes map to (0, 0); every real reference has a first code point.
        .filter(|(_, &(first, _))| first != 0)
        .map(|(&name, &(first, second))| {
            let value = [first, second].into_iter().filter(|&c| c != 0).filter_map(char::from_u32).collect();
            (name, value)
        })
        .collect();
    entries.sort();
    let mut table = String::new();
    let mut starts = Vec::new();
    for (name, value) in &entries {
        starts.push(table.len());
        table.push_str(name);
        table.push('=');
        table.push_str(value);
    }
    starts.push(table.len());
    let firsts: Vec<usize> = (0..=128u8).map(|b| entries.iter().position(|(n, _)| n.as_bytes()[0] >= b).unwrap_or(entries.len())).collect();
    assert!(table.len() <= usize::from(u16::MAX), "the table outgrew u16 offsets");
    let longest = |bare: bool| entries.iter().map(|(n, _)| n.trim_end_matches(';')).filter(|n| !bare || entries.iter().any(|(m, _)| m == n)).map(str::len).max().unwrap_or(0);
    let mut out = String::new();
    writeln!(out, "/// Letters of the longest name.\nconst LONGEST_ENTITY_NAME: usize = {};", longest(false)).unwrap();
    writeln!(out, "/// Letters of the longest name that is also one without its `;`.\nconst LONGEST_BARE_ENTITY_NAME: usize = {};", longest(true)).unwrap();
    writeln!(out, "pub(crate) static ENTITIES: &str = {table:?};").unwrap();
    writeln!(out, "pub(crate) static ENTITY_STARTS: [u16; {}] = {starts:?};", starts.len()).unwrap();
    writeln!(out, "pub(crate) static ENTITY_FIRSTS: [u16; {}] = {firsts:?};", firsts.len()).unwrap();
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("entities.rs"), out).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
