//! The one integration-test crate.
// Fixture loading and the check! macro.
mod common;
// Every page in tests/fixtures against its expected.json.
mod extract;
