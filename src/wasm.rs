//! The browser boundary: JS strings in, a plain JS object out. No DOM walking, no rules here.
//!
//! `extract(html, url)` and `extract_snapshot(parents, records, url)` return
//! `{ ok: true, article }` or `{ ok: false, error: { kind, message } }`, so the content script can
//! pick a message per kind without parsing error strings.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Article, Error, Options, Snapshot};

#[derive(Serialize)]
#[serde(untagged)]
enum Reply {
    Found { ok: bool, article: Article },
    Failed { ok: bool, error: Failure },
}

#[derive(Serialize)]
struct Failure {
    kind: &'static str,
    message: String,
}

/// Extracts the article of a page's serialized HTML. `url` may be empty.
#[wasm_bindgen]
pub fn extract(html: &str, url: &str) -> Result<JsValue, JsError> {
    reply(crate::extract(html, &options(url)))
}

/// Extracts the article of a page's DOM flattened by `extension/snapshot.js` (see `Snapshot`).
#[wasm_bindgen]
pub fn extract_snapshot(parents: &[u32], records: &str, url: &str) -> Result<JsValue, JsError> {
    reply(crate::extract_snapshot(&Snapshot { parents, records }, &options(url)))
}

fn options(url: &str) -> Options {
    Options {
        url: (!url.is_empty()).then(|| url.to_owned()),
        ..Options::default()
    }
}

fn reply(result: Result<Article, Error>) -> Result<JsValue, JsError> {
    let reply = match result {
        Ok(article) => Reply::Found { ok: true, article },
        Err(e) => Reply::Failed {
            ok: false,
            error: Failure { kind: e.kind(), message: e.to_string() },
        },
    };
    reply
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The extractor's dedupe key (`text::normalize_key`), so the library page searches Bengali text
/// folded exactly as the extractor folds it.
#[wasm_bindgen]
#[must_use]
pub fn normalize_key(text: &str) -> String {
    crate::text::normalize_key(text)
}
