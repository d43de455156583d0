//! Scoring the dates tagger on TimeML (TimeBank / AQUAINT `.tml` files),
//! TempEval-3 style.
//!
//! Each file's DCT (the `TIMEX3` with `functionInDocument="CREATION_TIME"`) is
//! the publish date and is not scored. The text is the contents of `<TEXT>`
//! with tags removed and XML entities decoded; every `TIMEX3` in it is gold.
//! Spans are scored by strict match (same char offsets) and relaxed match
//! (any overlap); `type` and `value` are scored over relaxed-matched pairs:
//! accuracy = right / matched pairs, and attribute P/R/F1 = right / system
//! count, right / gold count (as the TempEval-3 scorer does).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Counts;
use crate::extract::{self, MentionType, Value};
use crate::text::Document;

/// The figures the issue asks for (TimeBank + AQUAINT); `run` reports whether they are met.
pub const TARGET_STRICT_F1: f64 = 0.88;
pub const TARGET_RELAXED_F1: f64 = 0.93;
pub const TARGET_VALUE_F1: f64 = 0.86;

/// One gold TIMEX3 in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Char offsets into the document text.
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// One `.tml` document, read.
#[derive(Debug, Clone)]
pub struct TimemlDoc {
    pub name: String,
    pub dct: jiff::civil::Date,
    pub text: String,
    pub timexes: Vec<GoldTimex>,
}

/// Reads a `.tml` file's DCT, text and in-text TIMEX3s.
pub fn parse_tml(name: &str, xml: &str) -> anyhow::Result<TimemlDoc> {
    let dct = read_dct(xml).with_context(|| format!("{name}: no CREATION_TIME TIMEX3 with a date value"))?;
    let open = xml.find("<TEXT>").with_context(|| format!("{name}: no <TEXT>"))? + "<TEXT>".len();
    let close = xml[open..]
        .find("</TEXT>")
        .map(|i| open + i)
        .with_context(|| format!("{name}: no </TEXT>"))?;
    let body = &xml[open..close];
    let mut text = String::with_capacity(body.len());
    let mut chars = 0usize;
    let mut timexes = Vec::new();
    let mut open_timex: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        if let Some(tag_body) = rest.strip_prefix('<') {
            let end = tag_body.find('>').with_context(|| format!("{name}: unclosed tag"))?;
            let tag = &tag_body[..end];
            if tag.starts_with("TIMEX3") {
                let kind = attr(tag, "type").unwrap_or_default().to_owned();
                let value = attr(tag, "value").unwrap_or_default().to_owned();
                open_timex = Some((chars, kind, value));
            } else if tag == "/TIMEX3" {
                if let Some((start, kind, value)) = open_timex.take() {
                    timexes.push(GoldTimex {
                        start,
                        end: chars,
                        kind,
                        value,
                    });
                }
            }
            rest = &tag_body[end + 1..];
        } else if rest.starts_with('&') {
            let (decoded, used) = decode_entity(rest);
            text.push(decoded);
            chars += 1;
            rest = &rest[used..];
        } else {
            let next = rest.find(['<', '&']).unwrap_or(rest.len());
            text.push_str(&rest[..next]);
            chars += rest[..next].chars().count();
            rest = &rest[next..];
        }
    }
    Ok(TimemlDoc {
        name: name.to_owned(),
        dct,
        text,
        timexes,
    })
}

fn read_dct(xml: &str) -> Option<jiff::civil::Date> {
    let at = xml.find("functionInDocument=\"CREATION_TIME\"")?;
    let tag_start = xml[..at].rfind('<')?;
    let tag_end = at + xml[at..].find('>')?;
    let value = attr(&xml[tag_start..tag_end], "value")?;
    value.get(..10)?.parse().ok()
}

/// The value of attribute `name` in the inside of an XML start tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        let after = &tag[at + name.len()..];
        let preceded_by_space = at > 0 && tag.as_bytes()[at - 1].is_ascii_whitespace();
        if preceded_by_space && let Some(v) = after.strip_prefix("=\"") {
            return v.find('"').map(|e| &v[..e]);
        }
        from = at + name.len();
    }
    None
}

/// Decodes the entity at the start of `s`; returns the char and the bytes used.
fn decode_entity(s: &str) -> (char, usize) {
    const NAMED: [(&str, char); 5] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
    ];
    for (name, c) in NAMED {
        if s.starts_with(name) {
            return (c, name.len());
        }
    }
    if let Some(num) = s.strip_prefix("&#")
        && let Some(semi) = num.find(';')
    {
        let digits = &num[..semi];
        let code = match digits.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => digits.parse().ok(),
        };
        if let Some(c) = code.and_then(char::from_u32) {
            return (c, 2 + semi + 1);
        }
    }
    ('&', 1)
}

/// What the tagger found in one document, in char offsets.
#[derive(Debug, Clone)]
pub(crate) struct SystemTimex {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub value: String,
    pub rule: &'static str,
}

/// The tagger's temporal mentions in `doc.text`, its DCT as the publish date.
pub(crate) fn tag(doc: &TimemlDoc) -> Vec<SystemTimex> {
    let document = Document::new(&doc.text, Some(doc.dct));
    extract::extract(&document)
        .into_iter()
        .filter(|m| m.kind.is_temporal())
        .map(|m| {
            let r = document.char_range(&m.span);
            let value = match &m.value {
                Value::Timex(t) => t.value.clone(),
                _ => String::new(),
            };
            SystemTimex {
                start: r.start,
                end: r.end,
                kind: MentionType::as_str(m.kind),
                value,
                rule: m.rule.id(),
            }
        })
        .collect()
}

/// TempEval-3 figures over a set of documents.
#[derive(Debug, Clone, Default)]
pub struct TimemlScores {
    pub docs: usize,
    pub strict: Counts,
    pub relaxed: Counts,
    /// Relaxed-matched pairs, and how many of them have the right value / type.
    pub matched: usize,
    pub value_right: usize,
    pub type_right: usize,
    pub system: usize,
    pub gold: usize,
    /// Wrong values of matched pairs, by [`value_error_kind`].
    pub value_errors: std::collections::BTreeMap<&'static str, usize>,
}

/// How a wrong value differs from the gold one: the conventions a tagger
/// cannot follow at once (the corpus writes the same thing several ways)
/// apart from the rest ("other": a different date, count or reference).
pub fn value_error_kind(gold: &str, got: &str) -> &'static str {
    let is_duration = |v: &str| v.starts_with('P') && !v.ends_with("_REF");
    let part_of_day = |v: &str| ["TMO", "TAF", "TEV", "TNI"].iter().any(|p| v.ends_with(p));
    let same_year = gold.get(..4).is_some() && gold.get(..4) == got.get(..4);
    let canonical = |v: &str| v.replace("-W0", "-W").replace(":00", "");
    if gold.contains('X') && !got.contains('X') && same_year {
        "gold leaves unspecified what the DCT fixes (1949-XX, 1989-WXX)"
    } else if canonical(gold) == canonical(got) {
        "same value written differently (2000-W7, T17)"
    } else if is_duration(gold) != is_duration(got) {
        "DATE read as DURATION or the reverse (last week: P1W / 1998-W33)"
    } else if (part_of_day(got) || part_of_day(gold)) && gold.get(..10) == got.get(..10) {
        "part of day kept or left out (Friday night: 1998-10-23 / ...TNI)"
    } else if same_year && gold.len() != got.len() {
        "another granularity, same year (1988 / 1988-Q3)"
    } else {
        "other"
    }
}

impl TimemlScores {
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_right, self.matched)
    }
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_right, self.matched)
    }
    /// Attribute F1 as TempEval-3 computes it: right values over system and gold counts.
    pub fn value_f1(&self) -> f64 {
        attribute_f1(self.value_right, self.system, self.gold)
    }
    pub fn type_f1(&self) -> f64 {
        attribute_f1(self.type_right, self.system, self.gold)
    }
    pub fn meets_targets(&self) -> bool {
        self.strict.f1() >= TARGET_STRICT_F1
            && self.relaxed.f1() >= TARGET_RELAXED_F1
            && self.value_f1() >= TARGET_VALUE_F1
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn attribute_f1(right: usize, system: usize, gold: usize) -> f64 {
    let (p, r) = (ratio(right, system), ratio(right, gold));
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

/// Scores one document; appends error lines when `errors` is given.
pub(crate) fn score_doc(
    doc: &TimemlDoc,
    found: &[SystemTimex],
    scores: &mut TimemlScores,
    errors: Option<&mut String>,
) {
    scores.docs += 1;
    scores.system += found.len();
    scores.gold += doc.timexes.len();
    let overlaps = |g: &GoldTimex, s: &SystemTimex| s.start < g.end && g.start < s.end;
    let mut lines = Vec::new();
    for g in &doc.timexes {
        let strict = found.iter().any(|s| s.start == g.start && s.end == g.end);
        scores.strict.tp += usize::from(strict);
        scores.strict.fn_ += usize::from(!strict);
        // Prefer the exact span, then the first overlapping one.
        let pair = found
            .iter()
            .find(|s| s.start == g.start && s.end == g.end)
            .or_else(|| found.iter().find(|s| overlaps(g, s)));
        match pair {
            Some(s) => {
                scores.relaxed.tp += 1;
                scores.matched += 1;
                scores.value_right += usize::from(s.value == g.value);
                if s.value != g.value {
                    *scores
                        .value_errors
                        .entry(value_error_kind(&g.value, &s.value))
                        .or_default() += 1;
                }
                scores.type_right += usize::from(s.kind == g.kind);
                if s.value != g.value || s.kind != g.kind || !strict {
                    lines.push(format!(
                        "{}: {} gold {} {:?} {} | got {} {:?} {} ({}) | {}",
                        doc.name,
                        if strict { "VALUE" } else { "SPAN" },
                        g.kind,
                        &char_slice(&doc.text, g.start, g.end),
                        g.value,
                        s.kind,
                        char_slice(&doc.text, s.start, s.end),
                        s.value,
                        s.rule,
                        context(&doc.text, g.start.min(s.start), g.end.max(s.end))
                    ));
                }
            }
            None => {
                scores.relaxed.fn_ += 1;
                lines.push(format!(
                    "{}: MISS {} {:?} {} | {}",
                    doc.name,
                    g.kind,
                    char_slice(&doc.text, g.start, g.end),
                    g.value,
                    context(&doc.text, g.start, g.end)
                ));
            }
        }
    }
    for s in found {
        let exact = doc.timexes.iter().any(|g| s.start == g.start && s.end == g.end);
        let any = doc.timexes.iter().any(|g| overlaps(g, s));
        scores.strict.fp += usize::from(!exact);
        scores.relaxed.fp += usize::from(!any);
        if !any {
            lines.push(format!(
                "{}: EXTRA {} {:?} {} ({}) | {}",
                doc.name,
                s.kind,
                char_slice(&doc.text, s.start, s.end),
                s.value,
                s.rule,
                context(&doc.text, s.start, s.end)
            ));
        }
    }
    if let Some(out) = errors {
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

/// The span in brackets with 40 chars either side, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let before = char_slice(text, start.saturating_sub(40), start);
    let inside = char_slice(text, start, end);
    let after = char_slice(text, end, end + 40);
    format!("…{before}[{inside}]{after}…").replace('\n', " ")
}

/// All `.tml` files under `dir`, sorted.
fn tml_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("{}: cannot read folder", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "tml") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Every `.tml` file under `dir`, read, in path order.
pub fn read_dir(dir: &Path) -> anyhow::Result<Vec<TimemlDoc>> {
    let files = tml_files(dir)?;
    anyhow::ensure!(!files.is_empty(), "{}: no .tml files", dir.display());
    files
        .iter()
        .map(|path| {
            let xml = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
            let name = path.strip_prefix(dir).unwrap_or(path).display().to_string();
            parse_tml(&name, &xml)
        })
        .collect()
}

/// Scores every `.tml` file under `dir`.
pub fn score_dir(dir: &Path, errors: Option<&mut String>) -> anyhow::Result<TimemlScores> {
    let mut scores = TimemlScores::default();
    let mut errors = errors;
    for doc in read_dir(dir)? {
        let found = tag(&doc);
        score_doc(&doc, &found, &mut scores, errors.as_deref_mut());
    }
    Ok(scores)
}

/// The TempEval-3 lines: strict and relaxed spans, value and type.
pub(crate) fn figures(scores: &TimemlScores) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  strict   {}", scores.strict.summary());
    let _ = writeln!(out, "  relaxed  {}", scores.relaxed.summary());
    let _ = writeln!(
        out,
        "  value    accuracy {:.3}  F1 {:.3}",
        scores.value_accuracy(),
        scores.value_f1()
    );
    let _ = writeln!(
        out,
        "  type     accuracy {:.3}  F1 {:.3}",
        scores.type_accuracy(),
        scores.type_f1()
    );
    let mut kinds: Vec<_> = scores.value_errors.iter().collect();
    kinds.sort_by_key(|(kind, n)| (std::cmp::Reverse(**n), **kind));
    let wrong: usize = kinds.iter().map(|(_, n)| **n).sum();
    let _ = writeln!(out, "  wrong values of matched pairs: {wrong}");
    for (kind, n) in kinds {
        let _ = writeln!(out, "    {n:>4}  {kind}");
    }
    out
}

/// Runs the timeml check on `dir` and returns the printed report and whether it met its targets.
pub fn run(dir: &Path, errors: bool) -> anyhow::Result<(String, bool)> {
    let mut error_lines = String::new();
    let scores = score_dir(dir, errors.then_some(&mut error_lines))?;
    let mut out = String::new();
    if errors {
        out.push_str(&error_lines);
    }
    let _ = writeln!(
        out,
        "timeml {}: {} docs, {} gold TIMEX3, {} found",
        dir.display(),
        scores.docs,
        scores.gold,
        scores.system
    );
    out.push_str(&figures(&scores));
    let met = scores.meets_targets();
    let _ = writeln!(
        out,
        "  targets (strict F1 {TARGET_STRICT_F1}, relaxed F1 {TARGET_RELAXED_F1}, value F1 {TARGET_VALUE_F1}): {}",
        if met { "met" } else { "NOT met" }
    );
    Ok((out, met))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-10-25" functionInDocument="NONE">yesterday</TIMEX3> it grew for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>"#;

    #[test]
    fn reads_dct_text_and_char_offsets() {
        let doc = parse_tml("sample", SAMPLE).unwrap();
        assert_eq!(doc.dct, jiff::civil::date(1989, 10, 26));
        assert_eq!(doc.text, "\nAT&T said yesterday it grew for three years.\n");
        assert_eq!(doc.timexes.len(), 2);
        let g = &doc.timexes[0];
        assert_eq!(char_slice(&doc.text, g.start, g.end), "yesterday");
        assert_eq!((g.kind.as_str(), g.value.as_str()), ("DATE", "1989-10-25"));
        assert_eq!(doc.timexes[1].value, "P3Y");
    }

    #[test]
    fn value_errors_are_told_apart_by_kind() {
        assert!(value_error_kind("1949-XX", "1949").starts_with("gold leaves"));
        assert!(value_error_kind("2000-W7", "2000-W07").starts_with("same value"));
        assert!(value_error_kind("1989-11-06T17", "1989-11-06T17:00").starts_with("same value"));
        assert!(value_error_kind("P1W", "1998-W33").starts_with("DATE read as DURATION"));
        assert!(value_error_kind("1998-10-23", "1998-10-23TNI").starts_with("part of day"));
        assert!(value_error_kind("1988", "1988-Q3").starts_with("another granularity"));
        assert_eq!(value_error_kind("1990-08-07", "1990-08-14"), "other");
        assert!(value_error_kind("PAST_REF", "PXY").starts_with("DATE read as DURATION"));
        assert_eq!(value_error_kind("1989-Q1", "1989-Q3"), "other");
    }

    #[test]
    fn strict_relaxed_and_value_scores() {
        let doc = parse_tml("sample", SAMPLE).unwrap();
        let found = vec![
            SystemTimex {
                start: doc.timexes[0].start,
                end: doc.timexes[0].end,
                kind: "DATE",
                value: "1989-10-25".into(),
                rule: "t",
            },
            // Overlaps "three years" but is longer: relaxed only, wrong value.
            SystemTimex {
                start: doc.timexes[1].start - 4,
                end: doc.timexes[1].end,
                kind: "DURATION",
                value: "P2Y".into(),
                rule: "t",
            },
        ];
        let mut s = TimemlScores::default();
        let mut errs = String::new();
        score_doc(&doc, &found, &mut s, Some(&mut errs));
        assert_eq!((s.strict.tp, s.strict.fp, s.strict.fn_), (1, 1, 1));
        assert_eq!((s.relaxed.tp, s.relaxed.fp, s.relaxed.fn_), (2, 0, 0));
        assert_eq!((s.value_right, s.type_right, s.matched), (1, 2, 2));
        assert_eq!(s.value_f1(), 0.5);
        assert!(errs.contains("SPAN gold DURATION \"three years\" P3Y"), "{errs}");
    }
}
