//! The native benchmark of issue 6.
//!
//! `pathok-bench [--reps N] [DIR...]` times `pathok::extract` against `dom_smoothie::Readability` (a
//! Rust port of Readability.js) on every page under the folders, alternating the two in one process,
//! and prints per-page medians, pages per second and, as its last line,
//! `ratio pathok/dom_smoothie median: X.XX` (the median over pages of the per-page ratio of medians).
//! Default folders: the project's fixtures and the shared Bengali and Mozilla corpora.
//!
//! `pathok-bench --scaling` times pathok alone on synthetic pages from 100 KB to 20 MB and reports
//! the peak heap of each run, to show that time and memory grow no worse than linearly.

mod memory;
mod synth;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[global_allocator]
static ALLOC: memory::Counting = memory::Counting;

/// Both extractors get the same page URL, so both pay for resolving links.
const PAGE_URL: &str = "http://fakehost/test/page.html";

/// Timed runs per extractor and page; the first, untimed run warms caches.
const DEFAULT_REPS: usize = 7;

/// Folders below the workspace root benchmarked when none are given.
const DEFAULT_DIRS: &[&str] = &[
    "tests/fixtures",
    "../shared/corpus/bn/pages",
    "../shared/corpus/readability",
];

/// Synthetic page sizes of the scaling run, in bytes. Decimal units, so that 20 MB is 40 times
/// 500 KB as the target reads it: in binary units the input alone would be 40.96 times larger.
const SCALING_SIZES: &[(&str, usize)] = &[
    ("100 KB", 100_000),
    ("500 KB", 500_000),
    ("1 MB", 1_000_000),
    ("5 MB", 5_000_000),
    ("20 MB", 20_000_000),
];

fn main() -> ExitCode {
    let mut reps = DEFAULT_REPS;
    let mut scaling = false;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--scaling" => scaling = true,
            "--reps" => match args
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|&n: &usize| n > 0)
            {
                Some(n) => reps = n,
                None => return usage("--reps needs a positive number"),
            },
            "-h" | "--help" => {
                println!("usage: pathok-bench [--reps N] [DIR...] | pathok-bench --scaling");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => return usage(&format!("unknown flag {flag}")),
            dir => dirs.push(PathBuf::from(dir)),
        }
    }
    if scaling {
        run_scaling();
        return ExitCode::SUCCESS;
    }
    if dirs.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        dirs = DEFAULT_DIRS.iter().map(|d| root.join(d)).collect();
    }
    run_corpus(&dirs, reps)
}

fn usage(msg: &str) -> ExitCode {
    eprintln!(
        "pathok-bench: {msg}\nusage: pathok-bench [--reps N] [DIR...] | pathok-bench --scaling"
    );
    ExitCode::from(2)
}

/// One page's result in the corpus run.
struct Row {
    name: String,
    bytes: usize,
    pathok_ms: f64,
    smoothie_ms: f64,
    note: String,
}

fn run_corpus(dirs: &[PathBuf], reps: usize) -> ExitCode {
    let mut pages = Vec::new();
    for dir in dirs {
        if dir.is_dir() {
            collect_pages(dir, dir, &mut pages);
        } else {
            eprintln!("pathok-bench: skipping {}: not a folder", dir.display());
        }
    }
    if pages.is_empty() {
        return usage("no pages found");
    }
    let options = pathok::Options::with_url(PAGE_URL);
    let mut rows = Vec::with_capacity(pages.len());
    for (name, path) in pages {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("pathok-bench: skipping {}: unreadable", path.display());
            continue;
        };
        let html = String::from_utf8_lossy(&bytes).into_owned();
        let ours = || black_box(pathok::extract(black_box(&html), &options)).map_err(|e| e.kind());
        let theirs = || {
            let parsed =
                dom_smoothie::Readability::new(black_box(html.as_str()), Some(PAGE_URL), None)
                    .and_then(|mut r| r.parse());
            black_box(parsed).is_ok()
        };
        let ours_result = ours();
        let theirs_ok = theirs();
        let (mut a, mut b) = (Vec::with_capacity(reps), Vec::with_capacity(reps));
        for rep in 0..reps {
            // Swap who goes first each round, so neither always runs on the other's warm cache.
            if rep % 2 == 0 {
                a.push(time_ms(ours));
                b.push(time_ms(theirs));
            } else {
                b.push(time_ms(theirs));
                a.push(time_ms(ours));
            }
        }
        let mut note = Vec::new();
        if let Err(kind) = ours_result {
            note.push(format!("pathok: {kind}"));
        }
        if !theirs_ok {
            note.push("dom_smoothie: error".to_owned());
        }
        rows.push(Row {
            name,
            bytes: html.len(),
            pathok_ms: median(&mut a),
            smoothie_ms: median(&mut b),
            note: note.join(", "),
        });
    }
    print_corpus(&rows);
    ExitCode::SUCCESS
}

fn time_ms<T>(f: impl Fn() -> T) -> f64 {
    let start = Instant::now();
    black_box(f());
    start.elapsed().as_secs_f64() * 1e3
}

/// Every page under `dir`, named relative to `root`; Mozilla-layout `expected.html` files are the
/// other side's answers, not pages.
fn collect_pages(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_pages(root, &path, out);
            continue;
        }
        let is_html = path.extension().is_some_and(|e| e == "html" || e == "htm");
        let is_answer = path.file_name().is_some_and(|n| n == "expected.html");
        if is_html && !is_answer {
            // The folder's last two components say which corpus ("bn/pages", "tests/fixtures").
            let corpus: Vec<_> = root.components().rev().take(2).collect();
            let corpus: PathBuf = corpus.into_iter().rev().collect();
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = if rel.ends_with("source.html") {
                rel.parent().unwrap_or(rel)
            } else {
                rel
            };
            let name = corpus
                .join(rel.with_extension(""))
                .to_string_lossy()
                .into_owned();
            out.push((name, path));
        }
    }
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        f64::midpoint(xs[n / 2 - 1], xs[n / 2])
    }
}

/// The value below which `q` of the sorted `xs` lie (nearest rank).
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
fn quantile(xs: &mut [f64], q: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    let rank = ((q * xs.len() as f64).ceil() as usize).clamp(1, xs.len());
    xs[rank - 1]
}

#[allow(clippy::cast_precision_loss)]
fn print_corpus(rows: &[Row]) {
    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    println!(
        "{:width$}  {:>8} {:>10} {:>12} {:>6}  note",
        "page", "KB", "pathok ms", "smoothie ms", "ratio"
    );
    for r in rows {
        println!(
            "{:width$}  {:>8.1} {:>10.3} {:>12.3} {:>6.2}  {}",
            r.name,
            r.bytes as f64 / 1024.0,
            r.pathok_ms,
            r.smoothie_ms,
            r.pathok_ms / r.smoothie_ms,
            r.note
        );
    }
    let total = |f: fn(&Row) -> f64| rows.iter().map(f).sum::<f64>();
    let (ours, theirs) = (total(|r| r.pathok_ms), total(|r| r.smoothie_ms));
    let n = rows.len() as f64;
    let mut ours_each: Vec<f64> = rows.iter().map(|r| r.pathok_ms).collect();
    let mut theirs_each: Vec<f64> = rows.iter().map(|r| r.smoothie_ms).collect();
    let mut ratios: Vec<f64> = rows.iter().map(|r| r.pathok_ms / r.smoothie_ms).collect();
    println!(
        "pages {}  pathok: {:.0} pages/s, median {:.3} ms/page  dom_smoothie: {:.0} pages/s, median {:.3} ms/page",
        rows.len(),
        n * 1e3 / ours,
        median(&mut ours_each),
        n * 1e3 / theirs,
        median(&mut theirs_each)
    );
    println!(
        "ratio pathok/dom_smoothie p90: {:.2}",
        quantile(&mut ratios, 0.9)
    );
    println!(
        "ratio pathok/dom_smoothie median: {:.2}",
        median(&mut ratios)
    );
}

/// Rounds of the scaling run. Each round times every size once, so a burst of noise from the shared
/// machine lands on all sizes alike instead of on whichever size was running.
const SCALING_ROUNDS: usize = 7;

/// A size below 20 MB is timed as the mean of enough back-to-back runs to read about as much HTML as
/// one 20 MB run, so each measurement spans a similar stretch of time.
const SCALING_BATCH_BYTES: usize = 20_000_000;

fn run_scaling() {
    memory::keep_freed_memory();
    let options = pathok::Options {
        max_bytes: 64 << 20,
        max_nodes: usize::MAX,
        // Generous, but not near u64::MAX: the budget adds it to a clock reading.
        max_millis: 600_000,
        ..pathok::Options::default()
    };
    let pages: Vec<(&str, String)> = SCALING_SIZES.iter().map(|&(label, size)| (label, synth::page(size))).collect();
    // The first run of each page (untimed) also measures its peak heap.
    let firsts: Vec<(String, usize)> = pages
        .iter()
        .map(|(_, html)| {
            let (first, peak) = memory::peak_during(|| pathok::extract(html, &options));
            let result = match &first {
                Ok(article) => format!("{} words", article.word_count),
                Err(e) => e.kind().to_owned(),
            };
            (result, peak)
        })
        .collect();
    let mut runs: Vec<Vec<f64>> = vec![Vec::new(); pages.len()];
    for _ in 0..SCALING_ROUNDS {
        for ((_, html), times) in pages.iter().zip(&mut runs) {
            let batch = (SCALING_BATCH_BYTES / html.len()).max(1);
            // Counting the pages that gave an article keeps every run's result in use.
            let total = time_ms(|| (0..batch).filter(|_| pathok::extract(black_box(html), &options).is_ok()).count());
            times.push(total / batch as f64);
        }
    }
    // The table shows each size's best round: the machine's noise only ever adds time. The ratio line
    // gives the medians' ratio too.
    println!(
        "{:>7} {:>10} {:>10} {:>8} {:>10} {:>10}  result",
        "size", "bytes", "best ms", "ms/MB", "peak MB", "peak/html"
    );
    let mut summary = Vec::new();
    for (((label, html), times), (result, peak)) in pages.iter().zip(&mut runs).zip(&firsts) {
        let best = times.iter().copied().fold(f64::INFINITY, f64::min);
        let mb = html.len() as f64 / 1e6;
        summary.push((*label, best, median(times), html.len()));
        println!(
            "{label:>7} {:>10} {best:>10.1} {:>8.1} {:>10.1} {:>10.2}  {result}",
            html.len(),
            best / mb,
            *peak as f64 / 1e6,
            *peak as f64 / html.len() as f64
        );
    }
    let at = |want: &str| summary.iter().find(|(l, ..)| *l == want).map_or((f64::NAN, f64::NAN, 0), |&(_, b, m, n)| (b, m, n));
    let ((big_best, big_median, big_bytes), (small_best, small_median, small_bytes)) = (at("20 MB"), at("500 KB"));
    println!(
        "time(20 MB)/time(500 KB): {:.2} best of {SCALING_ROUNDS} interleaved rounds ({:.2} by medians); input ratio {:.2}",
        big_best / small_best,
        big_median / small_median,
        big_bytes as f64 / small_bytes as f64
    );
}
