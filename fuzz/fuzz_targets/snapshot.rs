//! The flattened DOM the content script hands over (`pathok::Snapshot`) comes from a page we do not
//! control: any parent list and any records must give an article or `bad_snapshot`, never a panic.
//! The first two bytes give the node count; then one byte per node picks its parent (most bytes give a
//! well-formed tree, so the fuzzer reaches the stages after building it; the top few give an index
//! past the node itself); the rest is the records text, where 0x00 and 0x01 are the separators.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathok::{extract_snapshot, Options, Snapshot};

/// Parent bytes at or above this give a parent index after the child: a malformed snapshot.
const BAD_PARENT: u8 = 250;

fuzz_target!(|data: &[u8]| {
    let Some((&[hi, lo], rest)) = data.split_first_chunk::<2>() else { return };
    let nodes = usize::from(u16::from_be_bytes([hi, lo])).min(rest.len());
    let (picks, records) = rest.split_at(nodes);
    let parents: Vec<u32> = picks
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            let k = u32::try_from(i).unwrap_or(u32::MAX);
            if b >= BAD_PARENT { k + 2 } else { k.saturating_sub(u32::from(b)) }
        })
        .collect();
    let records = String::from_utf8_lossy(records);
    let options = Options { max_millis: u64::MAX, ..Options::with_url("https://news.example.com/a/1") };
    let _ = extract_snapshot(&Snapshot { parents: &parents, records: &records }, &options);
});
