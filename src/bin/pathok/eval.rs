//! `pathok eval`: extracts every page of a corpus with default options and prints per-page and
//! corpus scores (see `shingles` for how they are computed). A page without an article counts as
//! an empty output. Eval exits 0 once it ran; the numbers are the result.

use std::io::Write;

use serde::Serialize;

use crate::args::Eval;
use crate::{gold, shingles, Failure, Outcome};

/// The score of one page.
#[derive(Debug, Serialize)]
struct PageScore {
    id: String,
    precision: Option<f64>,
    recall: f64,
    f1: f64,
    duplicated_blocks: usize,
    leaked: Vec<String>,
    /// The library's error kind when no article came out.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// For the page named by `--show`: what the output lacks and what it adds.
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<Diff>,
}

#[derive(Debug, Serialize)]
struct Diff {
    missing: Vec<String>,
    extra: Vec<String>,
}

/// The corpus score: precision is the mean over pages with output, recall the mean over all pages.
#[derive(Debug, Serialize)]
struct Totals {
    pages: usize,
    pages_without_article: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    mean_page_f1: f64,
    min_page_f1: f64,
    duplicated_blocks: usize,
    leaked: usize,
}

#[derive(Serialize)]
struct Report {
    pages: Vec<PageScore>,
    totals: Totals,
}

/// Runs `eval`.
pub(crate) fn run(args: &Eval, out: &mut impl Write) -> Result<Outcome, Failure> {
    let folder = args.pages.display().to_string();
    let cases = gold::cases(&args.pages, args.gold.as_deref())
        .map_err(|e| Failure::io(folder.clone(), e))?;
    if cases.is_empty() {
        let layout = if args.gold.is_some() {
            "<id>.html with <id>.txt gold"
        } else {
            "<id>/source.html + expected.html"
        };
        return Err(Failure::io(
            folder,
            std::io::Error::new(std::io::ErrorKind::NotFound, format!("no pages ({layout})")),
        ));
    }
    let mut pages = Vec::with_capacity(cases.len());
    for case in &cases {
        let gold = gold::read(case).map_err(|e| Failure::io(case.gold.display().to_string(), e))?;
        let html = std::fs::read(&case.page)
            .map_err(|e| Failure::io(case.page.display().to_string(), e))?;
        let (html, _) = crate::decode::decode(&html);
        let html = if args.without_class_id { crate::strip::without_class_or_id(&html) } else { html };
        let (output, error) = match pathok::extract(&html, &pathok::Options::default()) {
            Ok(article) => (article.text, None),
            Err(err) => (String::new(), Some(err.kind().to_owned())),
        };
        let counts = shingles::compare(&gold.blocks.join("\n"), &output);
        pages.push(PageScore {
            id: case.id.clone(),
            precision: counts.precision(),
            recall: counts.recall(),
            f1: counts.f1(),
            duplicated_blocks: shingles::duplicated_blocks(&gold.blocks, &output),
            leaked: shingles::leaks(&gold.must_not_contain, &output)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            error,
            diff: (args.show.as_deref() == Some(case.id.as_str())).then(|| {
                let (missing, extra) = shingles::block_diff(&gold.blocks, &output);
                Diff { missing, extra }
            }),
        });
    }
    let report = Report {
        totals: totals(&pages),
        pages,
    };
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report).map_err(Failure::json)?;
        writeln!(out)?;
    } else {
        print_table(&report, out)?;
    }
    Ok(Outcome::Found)
}

#[allow(clippy::cast_precision_loss)] // page counts are small
fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

fn totals(pages: &[PageScore]) -> Totals {
    let precision = mean(pages.iter().filter_map(|p| p.precision));
    let recall = mean(pages.iter().map(|p| p.recall));
    Totals {
        pages: pages.len(),
        pages_without_article: pages.iter().filter(|p| p.error.is_some()).count(),
        precision,
        recall,
        f1: shingles::f1(precision, recall),
        mean_page_f1: mean(pages.iter().map(|p| p.f1)),
        min_page_f1: pages.iter().map(|p| p.f1).fold(f64::INFINITY, f64::min),
        duplicated_blocks: pages.iter().map(|p| p.duplicated_blocks).sum(),
        leaked: pages.iter().map(|p| p.leaked.len()).sum(),
    }
}

fn print_table(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    let width = report
        .pages
        .iter()
        .map(|p| p.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    writeln!(
        out,
        "{:width$}  {:>6} {:>6} {:>6} {:>4} {:>5}  note",
        "page", "P", "R", "F1", "dup", "leaks"
    )?;
    for p in &report.pages {
        let precision = p
            .precision
            .map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"));
        let leaked = if p.leaked.is_empty() {
            String::new()
        } else {
            format!("leaked: {}", p.leaked.join(" | "))
        };
        let note = [p.error.as_deref().unwrap_or_default(), leaked.as_str()].join(" ");
        let note = note.trim();
        writeln!(
            out,
            "{:width$}  {precision:>6} {:>6.3} {:>6.3} {:>4} {:>5}  {note}",
            p.id,
            p.recall,
            p.f1,
            p.duplicated_blocks,
            p.leaked.len()
        )?;
    }
    for (p, diff) in report
        .pages
        .iter()
        .filter_map(|p| Some((p, p.diff.as_ref()?)))
    {
        writeln!(
            out,
            "\n{}: {} gold blocks missing (-), {} extra blocks (+)",
            p.id,
            diff.missing.len(),
            diff.extra.len()
        )?;
        for block in &diff.missing {
            writeln!(out, "- {block}")?;
        }
        for block in &diff.extra {
            writeln!(out, "+ {block}")?;
        }
        writeln!(out)?;
    }
    let t = &report.totals;
    writeln!(
        out,
        "pages {} (no article: {})  precision {:.4}  recall {:.4}  F1 {:.4}  mean page F1 {:.4}  min page F1 {:.4}  duplicated blocks {}  leaked strings {}",
        t.pages, t.pages_without_article, t.precision, t.recall, t.f1, t.mean_page_f1, t.min_page_f1, t.duplicated_blocks, t.leaked
    )
}
