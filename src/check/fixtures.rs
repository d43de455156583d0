//! Fixtures: articles we annotated by hand, scored mention by mention.
//!
//! A fixture is a folder with `expected.json` and its article(s):
//!
//! ```json
//! {
//!   "description": "what the article is and why it is here",
//!   "sources": ["article.txt"],
//!   "annotated": ["DATE", "MONEY", "PERCENT", "ORG"],
//!   "thresholds": {"DATE": 0.9, "MONEY": 1.0},
//!   "mentions": [{"source": "article.txt", "type": "MONEY", "start": 120, "end": 131,
//!                 "text": "$50 billion", "value": {"amount": "50000000000", "exactness": "at_most"}}]
//! }
//! ```
//!
//! Further `expected.<family>.json` files in the same folder are merged in
//! (see [`read_expected`]).
//! `sources` defaults to the folder's one `article.*`; each source is read like
//! a command-line file (so `meta.json` / `NAME.meta.json` sidecars apply).
//! `annotated` lists the types whose mentions are all written down: only for
//! those do extra mentions count as false positives. A mention is right when
//! its type and char span are exact and its value matches: an expected string
//! equals the TIMEX3 value or entity id, an expected object is a subset of
//! the predicted value. `thresholds` are the lowest F1 (span and value right)
//! per type the fixture accepts; below it, `check` fails.
//!
//! ## Facts
//! A fixture over several articles (the same story from two to four outlets)
//! lists the facts a careful reader draws from all of them, in the format of
//! report facts (see [`crate::reconcile`] for keys and statuses):
//!
//! ```json
//! "facts": [
//!   {"key": "amazon investment openai @2026-02", "status": "agreed",
//!    "value": {"amount": "50000000000", "exactness": "at_most"}},
//!   {"key": "microsoft exclusivity openai", "status": "conflict"},
//!   {"key": "openai pay microsoft", "status": "agreed", "value": {"until": {"value": "2030"}},
//!    "note": "why, when it is not obvious"}
//! ]
//! ```
//!
//! A predicted fact matches an expected one when the key is equal, the
//! status is equal and the expected `value` (optional) is a subset of the
//! fact's value (the best side: the claimed value's fields, `polarity`,
//! `until`), compared like mention values. Each expected fact matches at most
//! one predicted fact. The list is complete: a predicted fact that matches
//! none counts as a false positive. Facts are scored only in fixtures that
//! list facts or give a `facts` threshold; `thresholds.facts` is the lowest
//! fact F1 the fixture accepts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use super::Counts;
use crate::article::{self, Input, ReadOptions};
use crate::extract::MentionType;
use crate::report;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub annotated: Vec<MentionType>,
    #[serde(default)]
    pub thresholds: BTreeMap<String, f64>,
    #[serde(default)]
    pub mentions: Vec<ExpectedMention>,
    /// Expected facts; scored by the reconciliation check.
    #[serde(default)]
    pub facts: Vec<serde_json::Value>,
    /// What reading the (one) article must give: stored text and metadata.
    /// Checked exactly; fields left out are not checked.
    #[serde(default)]
    pub article: Option<ExpectedArticle>,
}

/// The expected result of reading a fixture's article (HTML fixtures above all).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedArticle {
    pub text: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// YYYY-MM-DD.
    pub published: Option<String>,
    pub published_from: Option<article::MetaOrigin>,
    pub modified: Option<String>,
    pub author: Option<String>,
    pub language: Option<String>,
    /// WHATWG encoding name the bytes were decoded with.
    pub encoding: Option<String>,
    /// Boilerplate regions, in order: their text and kind.
    pub boilerplate: Option<Vec<ExpectedRegion>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedRegion {
    pub text: String,
    pub kind: article::boilerplate::BoilerplateKind,
}

/// Differences between an article as read and what the fixture expects, one line each.
pub fn article_differences(got: &article::Article, want: &ExpectedArticle) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = |name: &str, got: Option<String>, want: &Option<String>| {
        if let Some(w) = want {
            if got.as_ref() != Some(w) {
                out.push(format!("article {name}: expected {w:?}, got {got:?}"));
            }
        }
    };
    field("text", Some(got.text.clone()), &want.text);
    field("source", Some(got.source.clone()), &want.source);
    field("title", got.title.clone(), &want.title);
    field("url", got.url.clone(), &want.url);
    field("published", got.published.map(|d| d.to_string()), &want.published);
    field("modified", got.modified.map(|d| d.to_string()), &want.modified);
    field("author", got.author.clone(), &want.author);
    field("language", got.language.clone(), &want.language);
    field("encoding", Some(got.decoding.encoding.clone()), &want.encoding);
    if let Some(w) = want.published_from {
        if got.published_from != w {
            out.push(format!(
                "article published_from: expected {w:?}, got {:?}",
                got.published_from
            ));
        }
    }
    if let Some(w) = &want.boilerplate {
        let got: Vec<(String, article::boilerplate::BoilerplateKind)> = got
            .boilerplate
            .iter()
            .map(|r| (report::slice_chars(&got.text, r.start, r.end), r.kind))
            .collect();
        let w: Vec<(String, article::boilerplate::BoilerplateKind)> =
            w.iter().map(|r| (r.text.clone(), r.kind)).collect();
        if got != w {
            out.push(format!("article boilerplate: expected {w:?}, got {got:?}"));
        }
    }
    out
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedMention {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(rename = "type")]
    pub kind: MentionType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default)]
    pub value: serde_json::Value,
    #[serde(default)]
    pub note: Option<String>,
}

/// Scores of one fixture.
#[derive(Debug, Clone, Default)]
pub struct FixtureResult {
    pub name: String,
    /// Per type: spans right, and spans and values right.
    pub spans: BTreeMap<MentionType, Counts>,
    pub full: BTreeMap<MentionType, Counts>,
    pub misses: Vec<String>,
    pub false_positives: Vec<String>,
    /// Thresholds not met, and fixture mistakes (a span whose text differs).
    pub failures: Vec<String>,
    /// Facts right (key, status and value), when the fixture lists facts.
    pub facts: Option<Counts>,
}

/// One expected fact (see the module docs).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFact {
    pub key: String,
    pub status: crate::report::schema::WireFactStatus,
    #[serde(default)]
    pub value: serde_json::Value,
    #[serde(default)]
    pub note: Option<String>,
}

/// Scores predicted facts against expected ones; misses and extras go to `result`.
pub fn score_facts(
    expected: &[ExpectedFact],
    predicted: &[crate::report::schema::WireFact],
    claims: &[crate::report::schema::Claim],
    result: &mut FixtureResult,
) -> Counts {
    let quotes = crate::report::schema::ClaimQuotes::new(claims);
    let mut counts = Counts::default();
    let mut used = vec![false; predicted.len()];
    for want in expected {
        let right = |f: &crate::report::schema::WireFact| {
            f.key == want.key && f.status == want.status && value_matches(&want.value, &f.value)
        };
        match predicted.iter().enumerate().position(|(i, f)| !used[i] && right(f)) {
            Some(i) => {
                used[i] = true;
                counts.tp += 1;
            }
            None => {
                counts.fn_ += 1;
                let near = predicted
                    .iter()
                    .find(|f| f.key == want.key)
                    .map(|f| format!(" (found {} {})", f.status.as_str(), f.value))
                    .unwrap_or_default();
                result.misses.push(format!(
                    "fact {} {} {}{near}",
                    want.key,
                    want.status.as_str(),
                    if want.value.is_null() {
                        String::new()
                    } else {
                        want.value.to_string()
                    }
                ));
            }
        }
    }
    for (i, f) in predicted.iter().enumerate() {
        if !used[i] {
            counts.fp += 1;
            let quote = f.evidence.first().map(|e| quotes.of(e)).unwrap_or("");
            let quote: String = quote.chars().take(90).collect();
            result.false_positives.push(format!(
                "extra fact {} {} {}: {quote:?}",
                f.key,
                f.status.as_str(),
                f.value
            ));
        }
    }
    counts
}

/// Fixture folders under `path` (a fixture itself, or a folder of them), sorted.
pub fn find_fixtures(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if path.join("expected.json").is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let entries = std::fs::read_dir(path).with_context(|| format!("{}: cannot read fixture folder", path.display()))?;
    for entry in entries.flatten() {
        if entry.path().is_dir() {
            out.extend(find_fixtures(&entry.path())?);
        }
    }
    out.sort();
    Ok(out)
}

/// The source files of a fixture, as named in `expected.json` or the one `article.*`.
pub fn fixture_sources(dir: &Path, expected: &Expected) -> anyhow::Result<Vec<PathBuf>> {
    if !expected.sources.is_empty() {
        return Ok(expected.sources.iter().map(|s| dir.join(s)).collect());
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_stem().and_then(|s| s.to_str()) == Some("article"))
        .collect();
    found.sort();
    match found.len() {
        1 => Ok(found),
        0 => anyhow::bail!(
            "{}: no article.* file and no \"sources\" in expected.json",
            dir.display()
        ),
        _ => anyhow::bail!("{}: several article.* files; list them in \"sources\"", dir.display()),
    }
}

/// Reads `expected.json` and merges any `expected.*.json` beside it (one per
/// rule family, so families annotate the same article without touching one file):
/// mentions, annotated types, thresholds and facts are concatenated.
pub fn read_expected(dir: &Path) -> anyhow::Result<Expected> {
    let parse = |path: &Path| -> anyhow::Result<Expected> {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        serde_json::from_slice(&bytes).with_context(|| format!("{}: bad expected file", path.display()))
    };
    let mut expected = parse(&dir.join("expected.json"))?;
    let mut parts: Vec<PathBuf> = std::fs::read_dir(dir)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("expected.") && name.ends_with(".json") && name != "expected.json"
        })
        .collect();
    parts.sort();
    for part in parts {
        let more = parse(&part)?;
        expected.mentions.extend(more.mentions);
        expected.facts.extend(more.facts);
        expected.thresholds.extend(more.thresholds);
        for t in more.annotated {
            if !expected.annotated.contains(&t) {
                expected.annotated.push(t);
            }
        }
    }
    Ok(expected)
}

/// Runs one fixture.
pub fn run_fixture(dir: &Path) -> anyhow::Result<FixtureResult> {
    let expected = read_expected(dir)?;
    let sources = fixture_sources(dir, &expected)?;
    let inputs: Vec<Input> = sources.iter().map(Input::file).collect();
    let mut analyses = Vec::new();
    for r in crate::analyze_inputs(&inputs, &ReadOptions::default()) {
        analyses.push(r?);
    }
    let mut result = FixtureResult {
        name: dir.display().to_string(),
        ..Default::default()
    };
    let source_name = |i: usize| {
        expected
            .sources
            .get(i)
            .cloned()
            .unwrap_or_else(|| sources[i].file_name().unwrap().to_string_lossy().into_owned())
    };
    if let (Some(want), Some(first)) = (&expected.article, analyses.first()) {
        for diff in article_differences(&first.article, want) {
            result.failures.push(format!("{}: {diff}", source_name(0)));
        }
    }
    for (i, analysis) in analyses.iter().enumerate() {
        let name = source_name(i);
        let predicted = report::source_mentions(&report::source_id(i), analysis);
        let want: Vec<&ExpectedMention> = expected
            .mentions
            .iter()
            .filter(|m| m.source.as_deref().is_none_or(|s| s == name))
            .collect();
        for w in &want {
            let got = report::slice_chars(&analysis.article.text, w.start, w.end);
            if got != w.text {
                result.failures.push(format!(
                    "{name}: expected span {}..{} reads {got:?}, not {:?}",
                    w.start, w.end, w.text
                ));
            }
        }
        score_source(&name, &want, &predicted, &expected.annotated, &mut result);
    }
    let min_facts = expected.thresholds.get("facts").copied();
    if !expected.facts.is_empty() || min_facts.is_some() {
        let want: Vec<ExpectedFact> = expected
            .facts
            .iter()
            .map(|f| serde_json::from_value(f.clone()))
            .collect::<Result<_, _>>()
            .with_context(|| format!("{}: bad expected fact", dir.display()))?;
        let built = report::build(&analyses, Vec::new(), report::BuildOptions { no_text: true });
        let counts = score_facts(&want, &built.facts, &built.claims, &mut result);
        if let Some(min) = min_facts
            && counts.f1() + 1e-9 < min
        {
            result.failures.push(format!(
                "facts: F1 {:.3} is below the fixture's threshold {min:.3}",
                counts.f1()
            ));
        }
        result.facts = Some(counts);
    }
    for (ty, min) in &expected.thresholds {
        let Ok(kind) = serde_json::from_value::<MentionType>(serde_json::Value::String(ty.clone())) else {
            continue;
        };
        let f1 = result.full.get(&kind).copied().unwrap_or_default().f1();
        if f1 + 1e-9 < *min {
            result
                .failures
                .push(format!("{ty}: F1 {f1:.3} is below the fixture's threshold {min:.3}"));
        }
    }
    Ok(result)
}

fn score_source(
    name: &str,
    want: &[&ExpectedMention],
    predicted: &[report::schema::Mention],
    annotated: &[MentionType],
    result: &mut FixtureResult,
) {
    let mut used = vec![false; predicted.len()];
    for w in want {
        let spans = result.spans.entry(w.kind).or_default();
        let full = result.full.entry(w.kind).or_default();
        let hit = predicted
            .iter()
            .position(|p| p.kind == w.kind && p.start == w.start && p.end == w.end);
        match hit {
            Some(i) => {
                used[i] = true;
                spans.tp += 1;
                let got = predicted[i].value.to_json();
                if value_matches(&w.value, &got) {
                    full.tp += 1;
                } else {
                    full.fn_ += 1;
                    full.fp += 1;
                    result.misses.push(format!(
                        "{name}: {} {:?} at {}..{}: value {} expected, got {}",
                        w.kind, w.text, w.start, w.end, w.value, got
                    ));
                }
            }
            None => {
                spans.fn_ += 1;
                full.fn_ += 1;
                let near = predicted
                    .iter()
                    .find(|p| p.start < w.end && w.start < p.end)
                    .map(|p| format!(" (found {} {:?} at {}..{})", p.kind, p.text, p.start, p.end))
                    .unwrap_or_default();
                result.misses.push(format!(
                    "{name}: missed {} {:?} at {}..{}{near}",
                    w.kind, w.text, w.start, w.end
                ));
            }
        }
    }
    for (i, p) in predicted.iter().enumerate() {
        if used[i] || !annotated.contains(&p.kind) {
            continue;
        }
        result.spans.entry(p.kind).or_default().fp += 1;
        result.full.entry(p.kind).or_default().fp += 1;
        result.false_positives.push(format!(
            "{name}: extra {} {:?} at {}..{} ({})",
            p.kind, p.text, p.start, p.end, p.rule
        ));
    }
}

/// Whether an expected value (as written in a fixture) matches a predicted one.
pub fn value_matches(expected: &serde_json::Value, predicted: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (expected, predicted) {
        (J::Null, _) => true,
        (J::String(e), J::String(p)) => e == p,
        (J::String(e), J::Object(p)) => ["value", "entity"]
            .iter()
            .any(|k| p.get(*k).and_then(J::as_str) == Some(e)),
        (J::Number(e), J::String(p)) => e.to_string() == *p,
        (J::Object(e), J::Object(p)) => e
            .iter()
            .all(|(k, v)| p.get(k).is_some_and(|pv| value_matches(v, pv)) || (v.is_null() && p.get(k).is_none())),
        (e, p) => e == p,
    }
}

/// Runs every fixture under `paths` and prints per-fixture and overall figures.
/// Returns the printed text and whether every fixture met its thresholds.
pub fn run(paths: &[PathBuf]) -> anyhow::Result<(String, bool)> {
    let mut dirs = Vec::new();
    for p in paths {
        dirs.extend(find_fixtures(p)?);
    }
    if dirs.is_empty() {
        anyhow::bail!("no fixtures (folders with expected.json) under {paths:?}");
    }
    let mut out = String::new();
    let mut ok = true;
    let mut total_spans: BTreeMap<MentionType, Counts> = BTreeMap::new();
    let mut total_full: BTreeMap<MentionType, Counts> = BTreeMap::new();
    let mut total_facts: Option<Counts> = None;
    for dir in &dirs {
        let r = match run_fixture(dir) {
            Ok(r) => r,
            Err(e) => {
                ok = false;
                out.push_str(&format!("FAIL {}: {e:#}\n", dir.display()));
                continue;
            }
        };
        let status = if r.failures.is_empty() { "ok  " } else { "FAIL" };
        ok &= r.failures.is_empty();
        out.push_str(&format!("{status} {}\n", r.name));
        for (ty, c) in &r.full {
            out.push_str(&format!("     {:<9} {}\n", ty.as_str(), c.summary()));
            total_full.entry(*ty).or_default().add(*c);
        }
        for (ty, c) in &r.spans {
            total_spans.entry(*ty).or_default().add(*c);
        }
        if let Some(c) = r.facts {
            out.push_str(&format!("     {:<9} {}\n", "FACTS", c.summary()));
            total_facts.get_or_insert_with(Counts::default).add(c);
        }
        for line in r.failures.iter() {
            out.push_str(&format!("     failure: {line}\n"));
        }
        for line in r.misses.iter().chain(&r.false_positives) {
            out.push_str(&format!("     - {line}\n"));
        }
    }
    out.push_str(&format!(
        "\noverall over {} fixtures (span and value right; span only in brackets)\n",
        dirs.len()
    ));
    for (ty, c) in &total_full {
        let spans = total_spans.get(ty).copied().unwrap_or_default();
        out.push_str(&format!(
            "  {:<9} {}   [span F1 {:.3}]\n",
            ty.as_str(),
            c.summary(),
            spans.f1()
        ));
    }
    if let Some(c) = total_facts {
        out.push_str(&format!("  {:<9} {}   (key, status and value)\n", "FACTS", c.summary()));
    }
    Ok((out, ok))
}

/// The fixtures bundled with the crate.
pub fn bundled_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Loads the articles of a fixture folder with default options (used by tests and benches).
pub fn load_fixture_articles(dir: &Path) -> anyhow::Result<Vec<article::Article>> {
    let expected = read_expected(dir)?;
    let mut out = Vec::new();
    for p in fixture_sources(dir, &expected)? {
        out.push(article::load(&Input::file(p), &ReadOptions::default())?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_match_by_subset_and_by_timex_or_entity_string() {
        assert!(value_matches(
            &json!("2026-04-27"),
            &json!({"value": "2026-04-27", "granularity": "day"})
        ));
        assert!(value_matches(
            &json!("microsoft"),
            &json!({"entity": "microsoft", "name": "Microsoft"})
        ));
        assert!(value_matches(
            &json!({"amount": "50000000000"}),
            &json!({"amount": "50000000000", "currency": "USD"})
        ));
        assert!(!value_matches(&json!({"amount": "5"}), &json!({"amount": "50"})));
        assert!(!value_matches(&json!("2025-10"), &json!({"value": "2026-10"})));
        assert!(value_matches(&json!(null), &json!({"value": "x"})));
    }
}
