//! The command line: arguments to library calls, and the exit code.
//!
//! Exit codes: 0 all went well; 1 some inputs failed (the others were
//! processed) or a check missed its targets; 2 usage errors, or nothing could
//! be processed.

pub mod args;
mod bench;
mod check;
mod diff;
mod extract;
mod ingest;
mod merge;
mod progress;
mod report;
mod view;
mod watch;

use std::process::ExitCode;

use crate::article::ReadOptions;
use crate::error::Error;
pub use args::Cli;
use args::{Command, InputArgs};

pub const EXIT_OK: u8 = 0;
pub const EXIT_SOME_FAILED: u8 = 1;
pub const EXIT_FATAL: u8 = 2;

pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Report(a) => report::run(a),
        Command::Diff(a) => diff::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Check(a) => check::run(a),
        Command::Schema => {
            let schema = serde_json::to_string_pretty(&crate::report::schema::json_schema()).expect("schema");
            emit(&(schema + "\n")).map(|()| EXIT_OK).map_err(Into::into)
        }
        Command::Rules { prefix } => rules(prefix.as_deref()),
        Command::Bench(a) => bench::run(a),
        Command::Ingest(a) => ingest::run(a),
        Command::Watch(a) => watch::run(a),
        Command::View(a) => view::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("newsfacts: {e:#}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// `newsfacts rules [PREFIX]`: the registry, one rule a paragraph.
fn rules(prefix: Option<&str>) -> anyhow::Result<u8> {
    use crate::extract::rule::Rule;
    let chosen: Vec<Rule> = Rule::ALL
        .iter()
        .copied()
        .filter(|r| *r != Rule::Test && prefix.is_none_or(|p| r.is_in(p)))
        .collect();
    if chosen.is_empty() {
        anyhow::bail!(
            "no rule id is or starts with {:?} (see `newsfacts rules`)",
            prefix.unwrap_or_default()
        );
    }
    let mut out = String::new();
    for r in chosen {
        out.push_str(r.id());
        out.push('\n');
        for line in r.doc().lines() {
            out.push_str("    ");
            out.push_str(line.trim());
            out.push('\n');
        }
    }
    emit(&out)?;
    Ok(EXIT_OK)
}

/// Writes to standard output. A reader that stops early (`newsfacts extract … | head`)
/// closes the pipe; that ends the output quietly instead of panicking like `print!`.
pub(crate) fn emit(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn read_options(input: &InputArgs) -> ReadOptions {
    ReadOptions {
        source: input.source.clone(),
        published: input.published,
        url: input.url.clone(),
        max_bytes: input.max_bytes,
    }
}

/// Reads the inputs (`--jobs` threads) and analyses them as one story (an
/// organization named in one article is recognized in all: [`crate::analyze_story`]);
/// returns the analyses and the errors, both in input order.
fn analyze(input: &InputArgs) -> anyhow::Result<(Vec<crate::Analysis>, Vec<Error>)> {
    if input.files.is_empty() && input.manifest.is_none() {
        anyhow::bail!("no input: give article files, folders, - or --manifest (see --help)");
    }
    let sources = crate::pipeline::Sources {
        paths: &input.files,
        manifest: input.manifest.as_deref(),
        glob: input.glob.as_ref(),
        max_bytes: Some(input.max_bytes),
    };
    let opts = read_options(input);
    let mut progress = progress::Progress::new(input.quiet);
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    let jobs = crate::pipeline::jobs(input.jobs);
    crate::pipeline::ordered(
        crate::pipeline::inputs(sources),
        jobs,
        |r| r.and_then(|i| crate::article::load(&i, &opts)),
        |r| match r {
            Ok(a) => {
                progress.article(a.text.len());
                articles.push(a);
            }
            Err(e) => {
                progress.warn(&format!("newsfacts: {e}"));
                errors.push(e);
            }
        },
    );
    progress.finish();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let analyses = pool.install(|| crate::analyze_story(articles));
    Ok((analyses, errors))
}

fn exit_code(processed: usize, failed: usize) -> u8 {
    match (processed, failed) {
        (_, 0) => EXIT_OK,
        (0, _) => EXIT_FATAL,
        _ => EXIT_SOME_FAILED,
    }
}
