//! Building and reading reports. The report serializes what the pipeline
//! found; it decides nothing.

pub mod merge;
pub mod schema;
pub mod write;

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::Analysis;
use crate::error::{Error, ErrorKind, Result};
use crate::extract::{MentionType, Value};
use crate::reconcile;
use crate::text::CharSlicer;
pub use merge::merge;
pub use schema::{Diagnostic, Level, Report, SCHEMA_ID, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3};

#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Leave `sources[i].text` out (the hash and length stay).
    pub no_text: bool,
}

/// The id of the `i`-th source (0-based) of a report.
pub fn source_id(i: usize) -> String {
    format!("s{}", i + 1)
}

/// Report mentions of one analysed source, with char offsets and ids.
pub fn source_mentions(source: &str, analysis: &Analysis) -> Vec<schema::Mention> {
    mentions_sliced(source, analysis, &CharSlicer::new(&analysis.article.text))
}

/// [`source_mentions`], slicing the stored text with `stored` (built once per source).
fn mentions_sliced(source: &str, analysis: &Analysis, stored: &CharSlicer) -> Vec<schema::Mention> {
    let doc = &analysis.doc;
    analysis
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let chars = doc.char_range(&m.span);
            schema::Mention {
                id: format!("{source}.m{}", i + 1),
                source: source.to_string(),
                kind: m.kind,
                text: stored.slice(chars.start, chars.end).to_string(),
                start: chars.start,
                end: chars.end,
                sentence: doc.sentence_index(m.span.start),
                value: schema::MentionValue::Built(m.value.clone()),
                rule: m.rule.to_string(),
                boilerplate: m.boilerplate,
            }
        })
        .collect()
}

/// Report claims of one analysed source: char offsets, the sentence as quote, ids.
pub fn source_claims(source: &str, analysis: &Analysis) -> Vec<schema::Claim> {
    claims_sliced(source, analysis, &CharSlicer::new(&analysis.article.text))
        .iter()
        .map(schema::Claim::from)
        .collect()
}

/// The claims of one analysed source placed in it (char offsets, the sentence
/// as quote, ids), as reconciliation reads them; `stored` slices its text
/// (built once per source).
fn claims_sliced(source: &str, analysis: &Analysis, stored: &CharSlicer) -> Vec<reconcile::Claim> {
    if analysis.claims.is_empty() {
        return Vec::new();
    }
    let doc = &analysis.doc;
    analysis
        .claims
        .iter()
        .enumerate()
        .map(|(j, c)| {
            let sentence = doc
                .sentences
                .get(c.sentence)
                .map(|s| doc.char_range(&s.span))
                .unwrap_or(0..0);
            let predicate = doc.char_range(&c.span);
            // Byte spans and indices are this document's business; the wire has char offsets and ids.
            let mut claim = c.clone();
            claim.span = 0..0;
            claim.part_of = None;
            reconcile::Claim {
                id: format!("{source}.c{}", j + 1),
                source: source.to_string(),
                start: sentence.start,
                end: sentence.end,
                quote: stored.slice(sentence.start, sentence.end).to_string(),
                predicate_start: predicate.start,
                predicate_end: predicate.end,
                part_of: c.part_of.map(|p| format!("{source}.c{}", p + 1)),
                claim,
            }
        })
        .collect()
}

/// What reconciliation reads of a run: its sources and their claims, as
/// [`build`] gives them to [`reconcile::reconcile`].
pub fn reconcile_inputs(analyses: &[Analysis]) -> (Vec<reconcile::Source>, Vec<reconcile::Claim>) {
    let mut sources = Vec::with_capacity(analyses.len());
    let mut claims = Vec::new();
    for (i, a) in analyses.iter().enumerate() {
        let id = source_id(i);
        sources.push(reconcile::Source {
            name: a.article.source.clone(),
            published: a.article.published.map(|d| d.to_string()),
            id,
        });
        claims.extend(claims_sliced(&sources[i].id, a, &CharSlicer::new(&a.article.text)));
    }
    (sources, claims)
}

/// The chars `start..end` of `text` (one-off; use [`CharSlicer`] for many slices of one text).
pub fn slice_chars(text: &str, start: usize, end: usize) -> String {
    CharSlicer::new(text).slice(start, end).to_string()
}

/// Builds the report of a run.
pub fn build(analyses: &[Analysis], diagnostics: Vec<Diagnostic>, opts: BuildOptions) -> Report {
    let mut sources = Vec::with_capacity(analyses.len());
    let mut mentions = Vec::new();
    let mut claims = Vec::new();
    for (i, a) in analyses.iter().enumerate() {
        let id = source_id(i);
        sources.push(source_record(&id, a, opts));
        let stored = CharSlicer::new(&a.article.text);
        mentions.extend(mentions_sliced(&id, a, &stored));
        claims.extend(claims_sliced(&id, a, &stored));
    }
    let entities = entities(analyses, &mentions);
    let facts = schema::wire_facts(reconcile::reconcile(&schema::reconcile_sources(&sources), &claims));
    let claims = claims.iter().map(schema::Claim::from).collect();
    Report {
        schema: SCHEMA_ID.to_string(),
        generator: schema::Generator {
            name: "newsfacts".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        sources,
        entities,
        mentions,
        claims,
        facts,
        diagnostics,
    }
}

/// The report record of one analysed source.
pub fn source_record(id: &str, a: &Analysis, opts: BuildOptions) -> schema::Source {
    source_record_hashed(id, a, opts, sha256_hex(&a.article.text))
}

/// [`source_record`] with the text's [`sha256_hex`] given (by a caller that
/// hashed the text already, as `ingest` does to know whether it is stored).
pub fn source_record_hashed(id: &str, a: &Analysis, opts: BuildOptions, text_sha256: String) -> schema::Source {
    let art = &a.article;
    schema::Source {
        id: id.to_string(),
        name: art.source.clone(),
        path: art.path.as_ref().map(|p| p.display().to_string()),
        url: art.url.clone(),
        title: art.title.clone(),
        published: art.published.map(|d| d.to_string()),
        published_from: art.published_from,
        language: art.language.clone(),
        language_from: art.language_from,
        site_name: art.site_name.clone(),
        canonical_url: art.canonical_url.clone(),
        section: art.section.clone(),
        image: art.image.clone(),
        description: art.description.clone(),
        author: art.author.clone(),
        modified: art.modified.map(|d| d.to_string()),
        format: art.format,
        decoding: art.decoding.clone(),
        text_sha256,
        chars: art.text.chars().count(),
        boilerplate: art
            .boilerplate
            .iter()
            .map(|r| schema::BoilerplateRegion {
                start: r.start,
                end: r.end,
                kind: r.kind,
                rule: r.rule.to_string(),
            })
            .collect(),
        html_paths: art.html_paths.clone(),
        text: (!opts.no_text).then(|| art.text.clone()),
    }
}

pub fn sha256_hex(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(2 * digest.len());
    for b in digest {
        hex.push(HEX[usize::from(b >> 4)] as char);
        hex.push(HEX[usize::from(b & 0xf)] as char);
    }
    hex
}

/// One entity per entity id across all sources, with every mention of it.
pub fn entities(analyses: &[Analysis], mentions: &[schema::Mention]) -> Vec<schema::Entity> {
    let all = analyses.iter().flat_map(|a| a.mentions.iter());
    entities_of(
        all.zip(mentions)
            .map(|(m, wire)| (m, wire.text.as_str(), || wire.id.clone())),
    )
}

/// [`entities`] of mentions given with their text and a maker of their id, for
/// a caller that builds no report mentions (the store keeps mentions compact).
pub fn entities_of<'a, F: FnOnce() -> String>(
    mentions: impl Iterator<Item = (&'a crate::extract::Mention, &'a str, F)>,
) -> Vec<schema::Entity> {
    let mut by_id: BTreeMap<String, schema::Entity> = BTreeMap::new();
    for (m, text, id) in mentions {
        let Value::Entity(e) = &m.value else { continue };
        if !matches!(m.kind, MentionType::Org | MentionType::Person) {
            continue;
        }
        // Looked up before inserting: most mentions are of an entity already seen, and need no key copy.
        if !by_id.contains_key(&e.entity) {
            let info = crate::extract::orgs::entity_info(&e.entity).unwrap_or_default();
            let entity = schema::Entity {
                id: e.entity.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: info.aliases,
                ticker: info.ticker,
                cik: info.cik,
                parent: info.parent,
                mentions: Vec::new(),
            };
            by_id.insert(e.entity.clone(), entity);
        }
        let Some(entry) = by_id.get_mut(&e.entity) else {
            continue;
        };
        if !entry.aliases.iter().any(|a| a == text) && text != entry.name {
            entry.aliases.push(text.to_string());
        }
        entry.mentions.push(id());
    }
    by_id
        .into_values()
        .map(|mut e| {
            e.aliases.sort();
            e.aliases.dedup();
            e
        })
        .collect()
}

/// Reads a report written by `newsfacts report`. The error says whether the
/// file is not JSON, JSON of another kind (no or another `schema`), or a
/// report that does not match the schema.
pub fn read(path: &Path) -> Result<Report> {
    let bytes = std::fs::read(path).map_err(|e| crate::article::read::io_error(path, e))?;
    let bad = |reason: String| Error::new(path, ErrorKind::BadReport(reason));
    let known = |schema: &str| [SCHEMA_ID, SCHEMA_V3, SCHEMA_V2, SCHEMA_V1].contains(&schema);
    let expected = format!("expected {SCHEMA_ID:?}, {SCHEMA_V3:?}, {SCHEMA_V2:?} or {SCHEMA_V1:?}");
    match serde_json::from_slice::<Report>(&bytes) {
        Ok(report) if known(&report.schema) => Ok(report),
        Ok(report) => Err(bad(format!("schema {:?}, {expected}", report.schema))),
        // Only on failure: look again to say what the file is instead.
        Err(e) => Err(bad(match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Err(_) => format!("not JSON ({e})"),
            Ok(v) => match v.get("schema").and_then(serde_json::Value::as_str) {
                Some(schema) if known(schema) => e.to_string(),
                Some(other) => format!("schema {other:?}, {expected}"),
                None => format!("no \"schema\": {SCHEMA_ID:?} field, so not written by newsfacts report ({e})"),
            },
        })),
    }
}

/// Serializes a report as pretty JSON with a final newline.
pub fn to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("report serializes");
    s.push('\n');
    s
}
