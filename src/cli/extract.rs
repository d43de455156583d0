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
use crate::text::CharSlicer;

/// One article's line of `extract` output.
#[derive(Serialize)]
struct ArticleMentions<'a> {
    source: &'a schema::Source,
    mentions: Vec<schema::Mention>,
}

/// [`ArticleMentions`] written straight from the analysis: the same JSON
/// (a test compares them byte for byte), without an owned
/// [`schema::Mention`] per mention (its id, source, text, value and rule
/// copied, then dropped) that building it costs.
#[derive(Serialize)]
struct ArticleMentionsRef<'a> {
    source: &'a schema::Source,
    mentions: MentionsRef<'a>,
}

/// The mentions of one analysed source as [`report::source_mentions`] gives them.
struct MentionsRef<'a> {
    id: &'a str,
    analysis: &'a crate::Analysis,
    stored: CharSlicer<'a>,
}

impl Serialize for MentionsRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = &self.analysis.doc;
        serializer.collect_seq(self.analysis.mentions.iter().enumerate().map(|(i, m)| {
            let chars = doc.char_range(&m.span);
            MentionRef {
                id: MentionId(self.id, i + 1),
                source: self.id,
                kind: m.kind,
                start: chars.start,
                end: chars.end,
                text: self.stored.slice(chars.start, chars.end),
                sentence: doc.sentence_index(m.span.start),
                value: &m.value,
                rule: m.rule,
                boilerplate: m.boilerplate,
            }
        }))
    }
}

impl MentionsRef<'_> {
    /// Writes the compact JSON that [`Serialize`] gives (a test compares
    /// them byte for byte), its field names as literal bytes: through serde
    /// each name of each mention went through the map-key serializer and its
    /// escape scan, about a third of the line's cost. The strings that may
    /// need escaping (text, type, value, rule) still go through serde_json.
    /// False when the source id would need escaping (never for `sN`): the
    /// caller then serializes through serde.
    fn write_compact(&self, buf: &mut Vec<u8>) -> bool {
        if !self
            .id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return false;
        }
        let doc = &self.analysis.doc;
        let mut digits = itoa::Buffer::new();
        buf.push(b'[');
        for (i, m) in self.analysis.mentions.iter().enumerate() {
            let chars = doc.char_range(&m.span);
            if i > 0 {
                buf.push(b',');
            }
            buf.extend_from_slice(b"{\"id\":\"");
            buf.extend_from_slice(self.id.as_bytes());
            buf.extend_from_slice(b".m");
            buf.extend_from_slice(digits.format(i + 1).as_bytes());
            buf.extend_from_slice(b"\",\"source\":\"");
            buf.extend_from_slice(self.id.as_bytes());
            buf.extend_from_slice(b"\",\"type\":");
            json(buf, &m.kind);
            buf.extend_from_slice(b",\"start\":");
            buf.extend_from_slice(digits.format(chars.start).as_bytes());
            buf.extend_from_slice(b",\"end\":");
            buf.extend_from_slice(digits.format(chars.end).as_bytes());
            buf.extend_from_slice(b",\"text\":");
            json(buf, self.stored.slice(chars.start, chars.end));
            buf.extend_from_slice(b",\"sentence\":");
            buf.extend_from_slice(digits.format(doc.sentence_index(m.span.start)).as_bytes());
            buf.extend_from_slice(b",\"value\":");
            write_value(buf, &m.value);
            buf.extend_from_slice(b",\"rule\":");
            json(buf, &m.rule);
            if m.boilerplate {
                buf.extend_from_slice(b",\"boilerplate\":true");
            }
            buf.push(b'}');
        }
        buf.push(b']');
        true
    }
}

/// Appends the compact JSON of a mention's value as serde writes it (the
/// enum is untagged: its variant's object), dates and entities with their
/// field names as literal bytes. The structs are taken apart field by field
/// with no `..`: a field added to them fails to build here until written.
fn write_value(buf: &mut Vec<u8>, value: &crate::extract::Value) {
    use crate::extract::{Value, dates::Timex, orgs::EntityRef};
    match value {
        Value::Timex(Timex {
            value,
            start,
            end,
            granularity,
            anchor,
            modifier,
            bound,
            timezone,
        }) => {
            buf.extend_from_slice(b"{\"value\":");
            json(buf, value);
            optional(buf, b",\"start\":", start);
            optional(buf, b",\"end\":", end);
            optional(buf, b",\"granularity\":", granularity);
            optional(buf, b",\"anchor\":", anchor);
            optional(buf, b",\"mod\":", modifier);
            optional(buf, b",\"bound\":", bound);
            optional(buf, b",\"timezone\":", timezone);
            buf.push(b'}');
        }
        Value::Entity(EntityRef {
            entity,
            name,
            kind,
            confidence,
            owner,
            role,
            employer,
            via,
        }) => {
            buf.extend_from_slice(b"{\"entity\":");
            json(buf, entity);
            buf.extend_from_slice(b",\"name\":");
            json(buf, name);
            buf.extend_from_slice(b",\"kind\":");
            json(buf, kind);
            buf.extend_from_slice(b",\"confidence\":");
            json(buf, confidence);
            optional(buf, b",\"owner\":", owner);
            optional(buf, b",\"role\":", role);
            optional(buf, b",\"employer\":", employer);
            optional(buf, b",\"via\":", via);
            buf.push(b'}');
        }
        Value::Amount(_) => json(buf, value),
    }
}

/// A field skipped when absent (`skip_serializing_if = "Option::is_none"`).
fn optional(buf: &mut Vec<u8>, key: &[u8], value: &Option<String>) {
    if let Some(v) = value {
        buf.extend_from_slice(key);
        json(buf, v.as_str());
    }
}

/// Appends the compact JSON of `v`.
fn json<T: Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) {
    serde_json::to_writer(&mut *buf, v).expect("mentions serialize");
}

/// One mention with the fields, names and order of [`schema::Mention`].
#[derive(Serialize)]
struct MentionRef<'a> {
    id: MentionId<'a>,
    source: &'a str,
    #[serde(rename = "type")]
    kind: crate::extract::MentionType,
    start: usize,
    end: usize,
    text: &'a str,
    sentence: usize,
    value: &'a crate::extract::Value,
    rule: crate::extract::rule::Rule,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    boilerplate: bool,
}

/// A mention id (`s3.m12`) written without building its string.
struct MentionId<'a>(&'a str, usize);

impl Serialize for MentionId<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Formatted on the stack and written as one string: `collect_str`
        // escapes each piece of the format on its own (the same bytes, about
        // twice the instructions). An id too long for the buffer goes that way.
        let mut buf = [0u8; 64];
        let mut rest = &mut buf[..];
        if write!(rest, "{}.m{}", self.0, self.1).is_ok() {
            let len = 64 - rest.len();
            if let Ok(id) = std::str::from_utf8(&buf[..len]) {
                return serializer.serialize_str(id);
            }
        }
        serializer.collect_str(&format_args!("{}.m{}", self.0, self.1))
    }
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
    // Its output holds no claims: none are looked for.
    let analysis = crate::analyze_mentions(crate::article::load(&input, opts)?);
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
    let bytes = analysis.article.text.len();
    let mut text = String::new();
    let borrowed = || ArticleMentionsRef {
        source: &source,
        mentions: MentionsRef {
            id: &id,
            analysis,
            stored: CharSlicer::new(&analysis.article.text),
        },
    };
    match args.format {
        Format::Jsonl => {
            // Written into a buffer about the line's size: grown step by step
            // from empty, copying it over took a few percent of the run.
            let mut buf = Vec::with_capacity(line_size_hint(&source, analysis.mentions.len()));
            buf.extend_from_slice(b"{\"source\":");
            json(&mut buf, &source);
            buf.extend_from_slice(b",\"mentions\":");
            if !borrowed().mentions.write_compact(&mut buf) {
                buf.clear();
                json(&mut buf, &borrowed());
            } else {
                buf.push(b'}');
            }
            buf.push(b'\n');
            text = String::from_utf8(buf).expect("serde_json writes UTF-8");
        }
        Format::Json => {
            // As one element of a pretty-printed array: every line indented by two spaces.
            let pretty = serde_json::to_string_pretty(&borrowed()).expect("mentions serialize");
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str("  ");
                text.push_str(line);
            }
        }
        Format::Table => {
            let a = ArticleMentions {
                source: &source,
                mentions: report::source_mentions(&id, analysis),
            };
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
fn line_size_hint(source: &schema::Source, mentions: usize) -> usize {
    let text = source.text.as_ref().map_or(0, |t| t.len());
    1024 + text + text / 8 + 320 * mentions
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `extract` writes no claims and looks for none: the mentions are those
    /// of the whole analysis, boilerplate flags included.
    #[test]
    fn mentions_alone_are_the_mentions_of_the_whole_analysis() {
        let text = "Halvorsen Marine agreed to acquire the crane maker Tidewater for $310 million.\n\
                    Subscribe to our newsletter\n\
                    Revenue at Tidewater rose 8% to $92 million in the first quarter.\n";
        let input = crate::article::Input {
            text: Some(text.to_string()),
            ..Default::default()
        };
        let opts = ReadOptions {
            published: crate::article::meta::parse_published("2026-02-02"),
            ..Default::default()
        };
        let article = crate::article::load(&input, &opts).expect("plain text loads");
        let whole = crate::analyze(article.clone());
        let alone = crate::analyze_mentions(article);
        assert!(!whole.claims.is_empty(), "the text makes claims");
        assert!(alone.claims.is_empty());
        assert_eq!(alone.mentions, whole.mentions);
        assert_eq!(alone.doc.text, whole.doc.text);
    }

    /// Dates and entities written field by field are serde's bytes, every
    /// optional field present or absent, a quote escaped, a fraction kept.
    #[test]
    fn values_written_by_hand_are_serde_json() {
        use crate::extract::{Value, dates::Timex, money::Amount, orgs::EntityRef};
        let some = |s: &str| Some(s.to_string());
        let full_date = Timex {
            value: "2031-07".into(),
            start: some("2031-07-01"),
            end: some("2031-07-31"),
            granularity: some("month"),
            anchor: some("published:2031-05-09"),
            modifier: some("APPROX"),
            bound: some("by"),
            timezone: some("CET"),
        };
        let full_entity = EntityRef {
            entity: "name:kestrel \"north\" freight".into(),
            name: "Kestrel \"North\" Freight".into(),
            confidence: 0.65,
            owner: some("kestrel"),
            role: some("chief financial officer"),
            employer: some("name:kestrel"),
            via: some("the hauler"),
            ..Default::default()
        };
        let values = [
            Value::Timex(full_date),
            Value::Timex(Timex {
                value: "P3M".into(),
                ..Default::default()
            }),
            Value::Entity(full_entity),
            Value::Entity(EntityRef {
                entity: "gazprom".into(),
                name: "Gazprom".into(),
                confidence: 1.0,
                ..Default::default()
            }),
            Value::Amount(Amount::default()),
        ];
        for v in &values {
            let mut buf = Vec::new();
            write_value(&mut buf, v);
            assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(v).unwrap());
        }
    }

    /// The borrowed mentions write what [`schema::Mention`] writes, byte for
    /// byte: ids, the stored text sliced by char offsets (no-break spaces,
    /// curly quotes and a euro sign before the mentions), values, rules and
    /// boilerplate flags.
    #[test]
    fn borrowed_mentions_write_the_schema_mentions_json() {
        let text = "Paris, 3\u{a0}March 2026 \u{2014} \u{201c}Airbus\u{201d} said on Tuesday it \
                    would buy Spirit AeroSystems for \u{20ac}4.2\u{a0}billion, up 12% from last year.\n\
                    tech crunch event\nSan Francisco, California\n|\nOctober 13-15, 2026\n\
                    Microsoft Corp. said revenue rose to $61.9 billion in the third quarter.\n";
        let input = crate::article::Input {
            text: Some(text.to_string()),
            ..Default::default()
        };
        let opts = ReadOptions {
            published: crate::article::meta::parse_published("2026-03-03"),
            source: Some("Test Wire".to_string()),
            ..Default::default()
        };
        let analysis = crate::analyze(crate::article::load(&input, &opts).expect("plain text loads"));
        assert!(analysis.mentions.len() >= 6, "{:?}", analysis.mentions);
        assert!(analysis.mentions.iter().any(|m| m.boilerplate));
        let id = report::source_id(6);
        let source = report::source_record(&id, &analysis, report::BuildOptions { no_text: false });
        let owned = ArticleMentions {
            source: &source,
            mentions: report::source_mentions(&id, &analysis),
        };
        let borrowed = ArticleMentionsRef {
            source: &source,
            mentions: MentionsRef {
                id: &id,
                analysis: &analysis,
                stored: CharSlicer::new(&analysis.article.text),
            },
        };
        let want = serde_json::to_string(&owned).unwrap();
        assert!(want.contains("\"id\":\"s7.m1\""));
        assert_eq!(serde_json::to_string(&borrowed).unwrap(), want);
        // The compact writer of `extract`'s lines: the same bytes.
        let mut line = b"{\"source\":".to_vec();
        json(&mut line, &source);
        line.extend_from_slice(b",\"mentions\":");
        assert!(borrowed.mentions.write_compact(&mut line));
        line.push(b'}');
        assert_eq!(String::from_utf8(line).unwrap(), want);
        assert_eq!(
            serde_json::to_string_pretty(&borrowed).unwrap(),
            serde_json::to_string_pretty(&owned).unwrap()
        );
    }
}
