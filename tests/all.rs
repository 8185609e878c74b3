//! The one integration-test crate.
// Fixture loading and the check! macro.
mod common;
// Every page in tests/fixtures against its expected.json.
mod extract;
// The pathok binary: exit codes, formats, jsonl, encodings, stdin, eval.
mod cli;
// Metadata of the saved Bengali pages against gold, the seed dateline, digit round trips.
mod meta;
// Hostile markup in article bodies (tests/hostile/payloads.txt): the output must be inert.
mod hostile;
// Empty, huge, deep, wide and undecodable pages: an article or a typed error, with times.
mod pathological;
