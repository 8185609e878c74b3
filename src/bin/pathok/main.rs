//! The `pathok` command: reads pages, runs the same `pathok::extract` as the extension, prints the
//! article, or scores the library against gold text. No heuristics live here.
//!
//! Exit status follows ripgrep: 0 an article was found, 1 none was, 2 an error (bad usage, an
//! unreadable file, a bad URL). A closed output pipe (`pathok … | head`) is not an error and exits 0.

mod args;
mod decode;
mod eval;
mod extract;
mod gold;
mod shingles;
mod strip;

use std::io::{self, Write};
use std::process::ExitCode;

use args::Command;

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(&mut out).and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    });
    match result {
        Ok(outcome) => outcome.code(),
        Err(failure) if failure.is_broken_pipe() => ExitCode::SUCCESS,
        Err(failure) => {
            // What was printed before the failure still belongs to the user.
            let flushed = out.flush();
            if flushed
                .as_ref()
                .is_err_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("pathok: {failure}");
            if matches!(failure, Failure::Usage(_)) {
                eprintln!("usage: pathok extract [--format FORMAT] [--url URL] FILE|-  (see pathok --help)");
            }
            failure.outcome().code()
        }
    }
}

fn run(out: &mut impl Write) -> Result<Outcome, Failure> {
    match args::parse(std::env::args_os().skip(1)).map_err(Failure::Usage)? {
        Command::Help => {
            out.write_all(args::USAGE.as_bytes())?;
            Ok(Outcome::Found)
        }
        Command::Version => {
            writeln!(out, "pathok {}", env!("CARGO_PKG_VERSION"))?;
            Ok(Outcome::Found)
        }
        Command::Extract(a) => extract::run(&a, out),
        Command::Eval(a) => eval::run(&a, out),
    }
}

/// How a run ended, in order of severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    /// Every page gave an article (exit 0).
    Found,
    /// Some page gave no article (exit 1).
    NotFound,
    /// Something could not be done at all (exit 2).
    Error,
}

impl Outcome {
    fn code(self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NotFound => ExitCode::from(1),
            Outcome::Error => ExitCode::from(2),
        }
    }

    /// The more severe of two outcomes, for a batch.
    pub(crate) fn worst(self, other: Outcome) -> Outcome {
        self.max(other)
    }
}

/// Why a run stopped early.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The command line was wrong.
    Usage(args::UsageError),
    /// A page or folder could not be read.
    Read { path: String, source: io::Error },
    /// Writing the output failed (a closed pipe among others).
    Write(io::Error),
    /// The library found no article, or refused the input.
    Extract { path: String, error: pathok::Error },
}

impl Failure {
    pub(crate) fn io(path: String, source: io::Error) -> Failure {
        Failure::Read { path, source }
    }

    /// Serialising our own structs only fails when the writer does.
    pub(crate) fn json(err: serde_json::Error) -> Failure {
        Failure::Write(err.into())
    }

    pub(crate) fn from_extract(path: &str, error: &pathok::Error) -> Failure {
        Failure::Extract {
            path: path.to_owned(),
            error: error.clone(),
        }
    }

    /// A bad `--url` is the caller's mistake; every other library error means "no article here".
    pub(crate) fn outcome(&self) -> Outcome {
        match self {
            Failure::Extract {
                error: pathok::Error::BadUrl { .. },
                ..
            }
            | Failure::Usage(_)
            | Failure::Read { .. }
            | Failure::Write(_) => Outcome::Error,
            Failure::Extract { .. } => Outcome::NotFound,
        }
    }

    fn is_broken_pipe(&self) -> bool {
        matches!(self, Failure::Write(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Failure {
        Failure::Write(err)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Usage(e) => write!(f, "{e}"),
            Failure::Read { path, source } => write!(f, "{path}: {source}"),
            Failure::Write(e) => write!(f, "writing output: {e}"),
            Failure::Extract { path, error } => write!(f, "{path}: {error}"),
        }
    }
}
