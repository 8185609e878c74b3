//! Command-line flags → a checked [`Command`]. Every usage rule (which format takes how many inputs,
//! which flags belong to which subcommand) is decided here, so the commands never re-check flags.

use std::ffi::OsString;
use std::path::PathBuf;

/// The usage text printed by `--help` and after a usage error.
pub(crate) const USAGE: &str = "\
pathok: one clean article from a news page's HTML

USAGE:
    pathok extract [--format json|text|html|markdown] [--url URL] FILE|-
    pathok extract --format jsonl PATH...
    pathok eval --pages DIR [--gold DIR] [--json] [--show ID] [--without-class-id]
    pathok --help | --version

EXTRACT:
    Reads a page (a file, or standard input for -), detects its encoding (byte order mark, then
    <meta charset> or http-equiv content-type in the first 1024 bytes, else UTF-8) and prints the
    article. --format json (default) prints the whole Article; text, html and markdown print that
    field alone. --url is the page's address; it resolves relative links and lazy images.
    --format jsonl takes files and folders (searched recursively for *.html and *.htm) and prints
    one JSON object per page: {\"path\": …, <article fields>} or {\"path\": …, \"error\": {\"kind\": …,
    \"message\": …}}. A failing page does not stop the batch.

EVAL:
    Scores extraction against gold text: <id>.html in --pages with <id>.txt (one block a line)
    and an optional <id>.json ({\"must_not_contain\": [...]}) in --gold. Without --gold, --pages
    is read in Mozilla Readability's test layout (<id>/source.html + <id>/expected.html).
    Prints per-page precision, recall, F1 (4-token shingles), duplicated gold blocks and leaked
    strings, then the corpus totals; --json prints the same as one JSON object. --show ID also
    prints, for that page, the gold blocks missing from the output (-) and the output blocks
    that are not in the gold (+). --without-class-id takes every class and id attribute out of
    the pages first: how well the article is found from structure and text alone.

EXIT STATUS:
    0  an article was found (every page, for jsonl); eval always exits 0 once it ran
    1  no article: the page is not an article, or is over a size, node or time budget
       (for jsonl: at least one page gave no article)
    2  bad usage, a bad --url, or a file that could not be read
    A closed output pipe (pathok ... | head) exits 0.
";

/// What the user asked for.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Command {
    /// Print [`USAGE`].
    Help,
    /// Print the version.
    Version,
    /// `pathok extract`.
    Extract(Extract),
    /// `pathok eval`.
    Eval(Eval),
}

/// How `extract` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// The whole `Article` as pretty JSON.
    Json,
    /// `Article::text`.
    Text,
    /// `Article::html`.
    Html,
    /// `Article::markdown`.
    Markdown,
    /// One compact JSON object per page.
    Jsonl,
}

/// Where a page comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file, or for jsonl a file or folder.
    Path(PathBuf),
}

/// Checked arguments of `extract`: one input unless the format is jsonl.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Extract {
    /// Output format.
    pub(crate) format: Format,
    /// The page's URL, if given.
    pub(crate) url: Option<String>,
    /// At least one input; exactly one unless `format` is jsonl.
    pub(crate) inputs: Vec<Input>,
}

/// Checked arguments of `eval`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Eval {
    /// The pages folder.
    pub(crate) pages: PathBuf,
    /// The gold folder; none means the Mozilla layout.
    pub(crate) gold: Option<PathBuf>,
    /// Print JSON instead of a table.
    pub(crate) json: bool,
    /// A page whose missing and extra blocks are printed too.
    pub(crate) show: Option<String>,
    /// Take the pages' class and id attributes out before extracting.
    pub(crate) without_class_id: bool,
}

/// A usage mistake, said in one line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage(msg: impl Into<String>) -> UsageError {
    UsageError(msg.into())
}

/// Parses the arguments after the program name.
pub(crate) fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = Lexer::new(args);
    let Some(first) = args.next()? else {
        return Err(usage(
            "no command given (try `pathok extract FILE` or `pathok --help`)",
        ));
    };
    match first {
        Arg::Flag(f) if f == "help" || f == "h" => Ok(Command::Help),
        Arg::Flag(f) if f == "version" || f == "V" => Ok(Command::Version),
        Arg::Value(cmd) if cmd == "extract" => parse_extract(&mut args),
        Arg::Value(cmd) if cmd == "eval" => parse_eval(&mut args),
        Arg::Value(cmd) => Err(usage(format!(
            "unknown command {:?}",
            cmd.to_string_lossy()
        ))),
        Arg::Flag(f) => Err(usage(format!(
            "unknown flag --{f} (flags come after the command)"
        ))),
    }
}

fn parse_extract(args: &mut Lexer) -> Result<Command, UsageError> {
    let mut format = Format::Json;
    let mut url = None;
    let mut inputs = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Arg::Flag(f) if f == "help" || f == "h" => return Ok(Command::Help),
            Arg::Flag(f) if f == "format" || f == "f" => format = parse_format(&args.value(&f)?)?,
            Arg::Flag(f) if f == "url" => url = Some(args.value(&f)?),
            Arg::Flag(f) => return Err(usage(format!("unknown flag --{f} for extract"))),
            Arg::Value(v) if v == "-" => inputs.push(Input::Stdin),
            Arg::Value(v) => inputs.push(Input::Path(PathBuf::from(v))),
        }
    }
    if inputs.is_empty() {
        return Err(usage("extract needs a FILE, or - for standard input"));
    }
    if format != Format::Jsonl && inputs.len() > 1 {
        return Err(usage("only --format jsonl takes more than one input"));
    }
    // One URL cannot be the address of several pages.
    if url.is_some()
        && (inputs.len() > 1
            || inputs
                .iter()
                .any(|i| matches!(i, Input::Path(p) if p.is_dir())))
    {
        return Err(usage(
            "--url applies to a single page, not to several inputs or a folder",
        ));
    }
    Ok(Command::Extract(Extract {
        format,
        url,
        inputs,
    }))
}

fn parse_format(name: &str) -> Result<Format, UsageError> {
    match name {
        "json" => Ok(Format::Json),
        "text" => Ok(Format::Text),
        "html" => Ok(Format::Html),
        "markdown" | "md" => Ok(Format::Markdown),
        "jsonl" => Ok(Format::Jsonl),
        other => Err(usage(format!(
            "unknown format {other:?} (json, text, html, markdown or jsonl)"
        ))),
    }
}

fn parse_eval(args: &mut Lexer) -> Result<Command, UsageError> {
    let (mut pages, mut gold, mut json, mut show, mut without_class_id) = (None, None, false, None, false);
    while let Some(arg) = args.next()? {
        match arg {
            Arg::Flag(f) if f == "help" || f == "h" => return Ok(Command::Help),
            Arg::Flag(f) if f == "pages" => pages = Some(PathBuf::from(args.value(&f)?)),
            Arg::Flag(f) if f == "gold" => gold = Some(PathBuf::from(args.value(&f)?)),
            Arg::Flag(f) if f == "json" => json = true,
            Arg::Flag(f) if f == "show" => show = Some(args.value(&f)?),
            Arg::Flag(f) if f == "without-class-id" => without_class_id = true,
            Arg::Flag(f) => return Err(usage(format!("unknown flag --{f} for eval"))),
            Arg::Value(v) => {
                return Err(usage(format!(
                    "unexpected argument {:?} for eval",
                    v.to_string_lossy()
                )))
            }
        }
    }
    let pages = pages.ok_or_else(|| usage("eval needs --pages DIR"))?;
    Ok(Command::Eval(Eval {
        pages,
        gold,
        json,
        show,
        without_class_id,
    }))
}

/// One raw argument: a flag name (without dashes) or a plain value.
enum Arg {
    Flag(String),
    Value(OsString),
}

/// Splits `--name=value` and `--name value`; `-` alone is a value (standard input).
struct Lexer {
    rest: std::vec::IntoIter<OsString>,
    pending: Option<String>,
    after_double_dash: bool,
}

impl Lexer {
    fn new(args: impl IntoIterator<Item = OsString>) -> Self {
        Lexer {
            rest: args.into_iter().collect::<Vec<_>>().into_iter(),
            pending: None,
            after_double_dash: false,
        }
    }

    fn next(&mut self) -> Result<Option<Arg>, UsageError> {
        if let Some(v) = self.pending.take() {
            return Err(usage(format!("unexpected value {v:?}")));
        }
        let Some(arg) = self.rest.next() else {
            return Ok(None);
        };
        if self.after_double_dash {
            return Ok(Some(Arg::Value(arg)));
        }
        let Some(s) = arg.to_str() else {
            return Ok(Some(Arg::Value(arg)));
        };
        if s == "--" {
            self.after_double_dash = true;
            return self.next();
        }
        let name = s
            .strip_prefix("--")
            .or_else(|| s.strip_prefix('-').filter(|n| n.len() == 1));
        match name {
            Some(name) => match name.split_once('=') {
                Some((name, value)) => {
                    self.pending = Some(value.to_owned());
                    Ok(Some(Arg::Flag(name.to_owned())))
                }
                None => Ok(Some(Arg::Flag(name.to_owned()))),
            },
            None if s.starts_with('-') && s.len() > 1 => Err(usage(format!("unknown flag {s}"))),
            None => Ok(Some(Arg::Value(arg))),
        }
    }

    /// The value of flag `name`: the part after `=`, or the next argument.
    fn value(&mut self, name: &str) -> Result<String, UsageError> {
        if let Some(v) = self.pending.take() {
            return Ok(v);
        }
        let v = self
            .rest
            .next()
            .ok_or_else(|| usage(format!("--{name} needs a value")))?;
        v.into_string()
            .map_err(|v| usage(format!("--{name}: {:?} is not UTF-8", v.to_string_lossy())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn extract_defaults_to_json() {
        let cmd = parse_str(&["extract", "a.html"]).unwrap();
        let want = Extract {
            format: Format::Json,
            url: None,
            inputs: vec![Input::Path("a.html".into())],
        };
        assert_eq!(cmd, Command::Extract(want));
    }

    #[test]
    fn flags_take_equals_or_next_value() {
        let a = parse_str(&["extract", "--format=text", "--url", "https://x.test/a", "-"]).unwrap();
        let b = parse_str(&["extract", "--format", "text", "--url=https://x.test/a", "-"]).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn usage_mistakes_are_errors() {
        assert!(parse_str(&[]).is_err());
        assert!(parse_str(&["extract"]).is_err());
        assert!(parse_str(&["extract", "a", "b"]).is_err());
        assert!(parse_str(&["extract", "--format", "pdf", "a"]).is_err());
        assert!(parse_str(&["extract", "--json=1", "a"]).is_err());
        assert!(parse_str(&["extract", "--format"]).is_err());
        assert!(parse_str(&["eval"]).is_err());
        assert!(parse_str(&["eval", "--pages", "p", "--json=yes"]).is_err());
        assert!(parse_str(&["frobnicate"]).is_err());
    }

    #[test]
    fn jsonl_takes_many_inputs() {
        let cmd = parse_str(&["extract", "--format", "jsonl", "a", "b", "-"]).unwrap();
        assert!(matches!(cmd, Command::Extract(Extract { inputs, .. }) if inputs.len() == 3));
    }
}
