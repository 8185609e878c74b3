//! Finds the eval cases in a folder and reads their gold: `<id>.txt` (+ `<id>.json`) beside the
//! pages, or Mozilla Readability's `<id>/source.html` + `<id>/expected.html`, whose text is read here.

use std::cell::{Cell, RefCell};
use std::io;
use std::path::{Path, PathBuf};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};

/// One page to score.
pub(crate) struct Case {
    /// The page's name: file stem, or folder name in the Mozilla layout.
    pub(crate) id: String,
    /// The page's HTML file.
    pub(crate) page: PathBuf,
    /// The gold file: `.txt` (one block a line) or `expected.html`.
    pub(crate) gold: PathBuf,
    /// `<id>.json` with `must_not_contain`, if there is one.
    pub(crate) meta: Option<PathBuf>,
}

/// The gold of one case, read.
pub(crate) struct Gold {
    /// Blocks in order, one per line of the gold.
    pub(crate) blocks: Vec<String>,
    /// Strings a clean extraction must not show.
    pub(crate) must_not_contain: Vec<String>,
}

/// The cases under `pages`, in name order. With `gold`, pages without a `.txt` there are skipped;
/// without it, the Mozilla layout is expected.
pub(crate) fn cases(pages: &Path, gold: Option<&Path>) -> io::Result<Vec<Case>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(pages)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    let mut out = Vec::new();
    for path in entries {
        let Some(id) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        match gold {
            Some(gold_dir) => {
                let is_html = path.extension().is_some_and(|e| e == "html" || e == "htm");
                let txt = gold_dir.join(format!("{id}.txt"));
                if is_html && txt.is_file() {
                    let json = gold_dir.join(format!("{id}.json"));
                    let meta = json.is_file().then_some(json);
                    out.push(Case {
                        id,
                        page: path,
                        gold: txt,
                        meta,
                    });
                }
            }
            None => {
                let (source, expected) = (path.join("source.html"), path.join("expected.html"));
                if source.is_file() && expected.is_file() {
                    let id = path
                        .file_name()
                        .map_or(id, |n| n.to_string_lossy().into_owned());
                    out.push(Case {
                        id,
                        page: source,
                        gold: expected,
                        meta: None,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Reads the gold of `case`.
pub(crate) fn read(case: &Case) -> io::Result<Gold> {
    let raw = std::fs::read(&case.gold)?;
    let (text, _) = crate::decode::decode(&raw);
    let is_html = case.gold.extension().is_some_and(|e| e == "html");
    let text = if is_html { text_of_html(&text) } else { text };
    let blocks = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let must_not_contain = match &case.meta {
        Some(path) => {
            let json: serde_json::Value =
                serde_json::from_slice(&std::fs::read(path)?).map_err(|e| {
                    io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("{}: {e}", path.display()),
                    )
                })?;
            json.get("must_not_contain")
                .and_then(serde_json::Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        }
        None => Vec::new(),
    };
    Ok(Gold {
        blocks,
        must_not_contain,
    })
}

/// Elements whose edges do not break a word: text on both sides runs together, as in a browser.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
    "tt", "u", "var", "wbr",
];

/// Elements whose text is not shown.
const HIDDEN: &[&str] = &["script", "style", "template", "noscript"];

/// The visible text of an HTML fragment, one line per block. A local stand-in until the library
/// offers its own text-of-HTML (the gold's text must not depend on extraction heuristics, so
/// `pathok::extract` cannot serve); it only needs the tokenizer: block edges become line breaks,
/// whitespace collapses, character references are decoded by html5ever.
pub(crate) fn text_of_html(html: &str) -> String {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(
        TextSink::default(),
        html5ever::tokenizer::TokenizerOpts::default(),
    );
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let raw = tokenizer.sink.text.take();
    raw.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Default)]
struct TextSink {
    text: RefCell<String>,
    hidden_depth: Cell<usize>,
}

impl TokenSink for TextSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::CharacterTokens(s) if self.hidden_depth.get() == 0 => {
                self.text.borrow_mut().push_str(&s)
            }
            Token::TagToken(tag) => self.tag(&tag),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl TextSink {
    fn tag(&self, tag: &Tag) {
        let name: &str = &tag.name;
        if HIDDEN.contains(&name) {
            let depth = self.hidden_depth.get();
            let opens = tag.kind == TagKind::StartTag && !tag.self_closing;
            self.hidden_depth.set(if opens {
                depth + 1
            } else {
                depth.saturating_sub(1)
            });
        } else if !INLINE.contains(&name) {
            self.text.borrow_mut().push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_inline_runs_together() {
        let html = "<div><h2>Title</h2><p>one <b>bo</b>ld&nbsp;&amp; two</p><script>x()</script><ul><li>a</li><li>b</li></ul></div>";
        assert_eq!(text_of_html(html), "Title\none bold & two\na\nb");
    }
}
