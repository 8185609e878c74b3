//! `pathok extract`: read each input, decode it, call `pathok::extract`, print the result in the
//! chosen format. One page or a batch (jsonl); nothing here looks inside a page.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::args::{Extract, Format, Input};
use crate::decode::decode;
use crate::{Failure, Outcome};

/// Runs `extract` and says how it went.
pub(crate) fn run(args: &Extract, out: &mut impl Write) -> Result<Outcome, Failure> {
    if args.format == Format::Jsonl {
        return batch(&args.inputs, args.url.as_deref(), out);
    }
    let input = &args.inputs[0];
    let html = read(input).map_err(|e| Failure::io(label(input), e))?;
    let options = options(args.url.as_deref());
    match pathok::extract(&html, &options) {
        Ok(article) => {
            let body = match args.format {
                Format::Text => article.text,
                Format::Html => article.html,
                Format::Markdown => article.markdown,
                Format::Json | Format::Jsonl => {
                    serde_json::to_string_pretty(&article).map_err(Failure::json)?
                }
            };
            out.write_all(body.as_bytes())?;
            if !body.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            Ok(Outcome::Found)
        }
        Err(err) => Err(Failure::from_extract(&label(input), &err)),
    }
}

fn options(url: Option<&str>) -> pathok::Options {
    url.map_or_else(pathok::Options::default, pathok::Options::with_url)
}

/// One line per page; a failing page gives an error line and the batch goes on.
fn batch(inputs: &[Input], url: Option<&str>, out: &mut impl Write) -> Result<Outcome, Failure> {
    let options = options(url);
    let mut outcome = Outcome::Found;
    for input in inputs {
        let pages = match input {
            Input::Stdin => vec![Input::Stdin],
            Input::Path(path) => match pages_under(path) {
                Ok(paths) => paths.into_iter().map(Input::Path).collect(),
                Err(err) => {
                    write_line(out, &label(input), Err(("io", err.to_string())))?;
                    outcome = outcome.worst(Outcome::Error);
                    continue;
                }
            },
        };
        for page in pages {
            let name = label(&page);
            let (line, this) = match read(&page) {
                Err(err) => (Err(("io", err.to_string())), Outcome::Error),
                Ok(html) => match pathok::extract(&html, &options) {
                    Ok(article) => (Ok(article), Outcome::Found),
                    Err(err) => (
                        Err((err.kind(), err.to_string())),
                        Failure::from_extract(&name, &err).outcome(),
                    ),
                },
            };
            write_line(out, &name, line)?;
            outcome = outcome.worst(this);
        }
    }
    Ok(outcome)
}

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(flatten)]
    article: Option<pathok::Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<LineError<'a>>,
}

#[derive(Serialize)]
struct LineError<'a> {
    kind: &'a str,
    message: String,
}

fn write_line(
    out: &mut impl Write,
    path: &str,
    result: Result<pathok::Article, (&str, String)>,
) -> Result<(), Failure> {
    let line = match result {
        Ok(article) => Line {
            path,
            article: Some(article),
            error: None,
        },
        Err((kind, message)) => Line {
            path,
            article: None,
            error: Some(LineError { kind, message }),
        },
    };
    serde_json::to_writer(&mut *out, &line).map_err(Failure::json)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// `path` itself if it is a file, else every `*.html` / `*.htm` below it, in name order.
fn pages_under(path: &Path) -> io::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let child = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(child);
            } else if is_html(&child) {
                found.push(child);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Reads and decodes one page.
pub(crate) fn read(input: &Input) -> io::Result<String> {
    let bytes = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            buf
        }
        Input::Path(path) => std::fs::read(path)?,
    };
    Ok(decode(&bytes).0)
}

fn label(input: &Input) -> String {
    match input {
        Input::Stdin => "-".to_owned(),
        Input::Path(path) => path.display().to_string(),
    }
}
