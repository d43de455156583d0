//! `newsfacts extract`: mentions per article, streamed. Each article is read,
//! extracted and written on its own (in parallel, `--jobs`), its line written
//! as soon as it and every article before it are done, so memory stays flat
//! in the number of articles. Each article is then its own story; `--story`
//! takes the run as one (as `report` does) and writes once all are read.

use std::cell::Cell;
use std::io::Write;

use serde::Serialize;

use super::args::{ExtractArgs, Format};
use super::progress::Progress;
use crate::article::{Input, ReadOptions};
use crate::error::Error;
use crate::pipeline;
use crate::report::{self, schema};

/// One article's line of `extract` output.
#[derive(Serialize)]
struct ArticleMentions<'a> {
    source: &'a schema::Source,
    mentions: Vec<schema::Mention>,
}

/// What one input gave: its output text and the bytes of its stored text, or why it failed.
type Outcome = Result<(String, usize), Error>;

pub fn run(args: ExtractArgs) -> anyhow::Result<u8> {
    let input = &args.input;
    if input.files.is_empty() && input.manifest.is_none() {
        anyhow::bail!("no input: give article files, folders, - or --manifest (see --help)");
    }
    if args.story {
        return run_story(&args);
    }
    let opts = super::read_options(input);
    let sources = pipeline::Sources {
        paths: &input.files,
        manifest: input.manifest.as_deref(),
        glob: input.glob.as_ref(),
        max_bytes: Some(input.max_bytes),
    };
    let stop = Cell::new(false);
    // Source ids number the inputs in order: `s3` is the third input, even when the second failed.
    let mut n = 0usize;
    let items = pipeline::inputs(sources)
        .map(|r| {
            r.map(|i| {
                n += 1;
                (n, i)
            })
        })
        .take_while(|_| !stop.get());
    let mut progress = Progress::new(input.quiet);
    let (mut processed, mut failed) = (0usize, 0usize);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut write_error: Option<std::io::Error> = None;
    let mut first = true;
    if args.format == Format::Json {
        write(&mut out, b"[", &stop, &mut write_error);
    }
    pipeline::ordered(
        items,
        pipeline::jobs(input.jobs),
        |item| work(item, &opts, &args),
        |outcome: Outcome| match outcome {
            Ok((text, bytes)) => {
                processed += 1;
                progress.article(bytes);
                if args.format == Format::Json {
                    write(&mut out, if first { b"\n" } else { b",\n" }, &stop, &mut write_error);
                    first = false;
                }
                write(&mut out, text.as_bytes(), &stop, &mut write_error);
            }
            Err(e) => {
                failed += 1;
                progress.warn(&format!("newsfacts: {e}"));
            }
        },
    );
    if args.format == Format::Json {
        write(&mut out, if first { b"]\n" } else { b"\n]\n" }, &stop, &mut write_error);
    }
    if write_error.is_none()
        && let Err(e) = out.flush()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        write_error = Some(e);
    }
    progress.finish();
    if let Some(e) = write_error {
        return Err(e.into());
    }
    Ok(super::exit_code(processed, failed))
}

/// Writes unless a write has failed; a closed pipe (`| head`) stops the run quietly.
fn write(out: &mut impl Write, bytes: &[u8], stop: &Cell<bool>, error: &mut Option<std::io::Error>) {
    if stop.get() {
        return;
    }
    if let Err(e) = out.write_all(bytes) {
        stop.set(true);
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            *error = Some(e);
        }
    }
}

/// Reads, extracts and formats one article.
fn work(item: crate::error::Result<(usize, Input)>, opts: &ReadOptions, args: &ExtractArgs) -> Outcome {
    let (n, input) = item?;
    let analysis = crate::analyze(crate::article::load(&input, opts)?);
    Ok(format(n, &analysis, args))
}

/// `--story`: every article read and analysed as one story, then written (ids number the articles read).
fn run_story(args: &ExtractArgs) -> anyhow::Result<u8> {
    let (analyses, errors) = super::analyze(&args.input)?;
    let mut out = String::new();
    let json = args.format == Format::Json;
    for (i, a) in analyses.iter().enumerate() {
        out.push_str(if !json {
            ""
        } else if i == 0 {
            "[\n"
        } else {
            ",\n"
        });
        out.push_str(&format(i + 1, a, args).0);
    }
    if json {
        out.push_str(if analyses.is_empty() { "[]\n" } else { "\n]\n" });
    }
    super::emit(&out)?;
    Ok(super::exit_code(analyses.len(), errors.len()))
}

/// The output of the `n`-th article (1-based), and the bytes of its stored text.
fn format(n: usize, analysis: &crate::Analysis, args: &ExtractArgs) -> (String, usize) {
    let id = report::source_id(n - 1);
    let source = report::source_record(&id, analysis, report::BuildOptions { no_text: args.no_text });
    let a = ArticleMentions {
        source: &source,
        mentions: report::source_mentions(&id, analysis),
    };
    let bytes = analysis.article.text.len();
    let mut text = String::new();
    match args.format {
        Format::Jsonl => {
            // Written into a buffer about the line's size: grown step by step
            // from empty, copying it over took a few percent of the run.
            let mut buf = Vec::with_capacity(line_size_hint(&a));
            serde_json::to_writer(&mut buf, &a).expect("mentions serialize");
            buf.push(b'\n');
            text = String::from_utf8(buf).expect("serde_json writes UTF-8");
        }
        Format::Json => {
            // As one element of a pretty-printed array: every line indented by two spaces.
            let pretty = serde_json::to_string_pretty(&a).expect("mentions serialize");
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str("  ");
                text.push_str(line);
            }
        }
        Format::Table => {
            text.push_str(&format!(
                "# {} ({}, published {})\n",
                a.source.name,
                a.source.id,
                a.source.published.as_deref().unwrap_or("unknown")
            ));
            for m in &a.mentions {
                text.push_str(&format!(
                    "{:>6}..{:<6} {:<9} {:<40} {:<28} {}\n",
                    m.start,
                    m.end,
                    m.kind.as_str(),
                    truncate(&m.text, 40),
                    truncate(&short_value(&m.value.to_json()), 28),
                    m.rule
                ));
            }
        }
    }
    (text, bytes)
}

/// About the bytes of an article's JSON line: its text (escaped, a little
/// longer) once in the source record plus each mention's ~300 bytes.
fn line_size_hint(a: &ArticleMentions) -> usize {
    let text = a.source.text.as_ref().map_or(0, |t| t.len());
    1024 + text + text / 8 + 320 * a.mentions.len()
}

fn short_value(v: &serde_json::Value) -> String {
    for key in ["value", "entity", "amount"] {
        if let Some(s) = v.get(key).and_then(|x| x.as_str()) {
            return s.to_string();
        }
    }
    v.to_string()
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}
