//! Facts of two sources (two article files) or two reports, side by side.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::report::Report;
use crate::report::schema::ClaimQuotes;
use crate::report::schema::WireFact as Fact;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Agree,
    Conflict,
    OnlyInA,
    OnlyInB,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Agree => "agree",
            Side::Conflict => "conflict",
            Side::OnlyInA => "only-in-A",
            Side::OnlyInB => "only-in-B",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DiffRow {
    pub key: String,
    pub side: Side,
    pub value_a: Option<serde_json::Value>,
    pub value_b: Option<serde_json::Value>,
    pub quote_a: Option<String>,
    pub quote_b: Option<String>,
}

/// Diff of the two sources of one report over two articles: a fact's evidence
/// says which sources state it. `a` and `b` are source ids.
pub fn diff_sources(report: &Report, a: &str, b: &str) -> Vec<DiffRow> {
    let quotes = ClaimQuotes::new(&report.claims);
    let mut rows = Vec::new();
    for fact in &report.facts {
        let quote = |s: &str| {
            fact.evidence
                .iter()
                .find(|e| e.source == s)
                .map(|e| quotes.of(e).to_string())
        };
        let (qa, qb) = (quote(a), quote(b));
        let values = side_values(fact, a, b);
        let side = match (&qa, &qb) {
            // Both on one side agree, even when a third source or one's own other sentence disagrees.
            (Some(_), Some(_)) if values.0 == values.1 => Side::Agree,
            (Some(_), Some(_)) => Side::Conflict,
            (Some(_), None) => Side::OnlyInA,
            (None, Some(_)) => Side::OnlyInB,
            (None, None) => continue,
        };
        rows.push(DiffRow {
            key: fact.key.clone(),
            side,
            value_a: values.0,
            value_b: values.1,
            quote_a: qa,
            quote_b: qb,
        });
    }
    rows.sort_by(|x, y| (x.side, &x.key).cmp(&(y.side, &y.key)));
    rows
}

/// The value each source gives: the side of the fact it is on.
fn side_values(fact: &Fact, a: &str, b: &str) -> (Option<serde_json::Value>, Option<serde_json::Value>) {
    let of = |s: &str| {
        fact.sides
            .iter()
            .find(|side| side.sources.iter().any(|x| x == s))
            .map(|side| side.value.clone())
    };
    (of(a), of(b))
}

/// Diff of two reports, facts matched by key.
pub fn diff_reports(a: &Report, b: &Report) -> Vec<DiffRow> {
    let index = |r: &Report| {
        r.facts
            .iter()
            .map(|f| (f.key.clone(), f.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let (fa, fb) = (index(a), index(b));
    let (quotes_a, quotes_b) = (ClaimQuotes::new(&a.claims), ClaimQuotes::new(&b.claims));
    let quote_b = |f: &Fact| f.evidence.first().map(|e| quotes_b.of(e).to_string());
    let mut rows = Vec::new();
    for (key, x) in &fa {
        let quote = |f: &Fact| f.evidence.first().map(|e| quotes_a.of(e).to_string());
        match fb.get(key) {
            Some(y) => rows.push(DiffRow {
                key: key.clone(),
                side: if x.value == y.value {
                    Side::Agree
                } else {
                    Side::Conflict
                },
                value_a: Some(x.value.clone()),
                value_b: Some(y.value.clone()),
                quote_a: quote(x),
                quote_b: quote_b(y),
            }),
            None => rows.push(DiffRow {
                key: key.clone(),
                side: Side::OnlyInA,
                value_a: Some(x.value.clone()),
                value_b: None,
                quote_a: quote(x),
                quote_b: None,
            }),
        }
    }
    for (key, y) in &fb {
        if !fa.contains_key(key) {
            rows.push(DiffRow {
                key: key.clone(),
                side: Side::OnlyInB,
                value_a: None,
                value_b: Some(y.value.clone()),
                quote_a: None,
                quote_b: quote_b(y),
            });
        }
    }
    rows.sort_by(|x, y| (x.side, &x.key).cmp(&(y.side, &y.key)));
    rows
}

/// Width of one quote column in the table.
const COLUMN: usize = 58;

/// A human table: per fact, the two values and quotes side by side.
pub fn to_table(rows: &[DiffRow]) -> String {
    let mut out = String::new();
    let counts = |s: Side| rows.iter().filter(|r| r.side == s).count();
    out.push_str(&format!(
        "{} agree, {} conflict, {} only in A, {} only in B\n",
        counts(Side::Agree),
        counts(Side::Conflict),
        counts(Side::OnlyInA),
        counts(Side::OnlyInB)
    ));
    for r in rows {
        out.push_str(&format!("\n[{}] {}\n", r.side.label(), r.key));
        let show = |v: &Option<serde_json::Value>| v.as_ref().map(short_value).unwrap_or_else(|| "-".into());
        let left = wrap(&format!("A: {}", show(&r.value_a)), COLUMN)
            .into_iter()
            .chain(wrap(r.quote_a.as_deref().unwrap_or(""), COLUMN))
            .collect::<Vec<_>>();
        let right = wrap(&format!("B: {}", show(&r.value_b)), COLUMN)
            .into_iter()
            .chain(wrap(r.quote_b.as_deref().unwrap_or(""), COLUMN))
            .collect::<Vec<_>>();
        for i in 0..left.len().max(right.len()) {
            let l = left.get(i).map(String::as_str).unwrap_or("");
            let rr = right.get(i).map(String::as_str).unwrap_or("");
            let pad = COLUMN.saturating_sub(l.chars().count());
            out.push_str(format!("  {l}{} | {rr}", " ".repeat(pad)).trim_end());
            out.push('\n');
        }
    }
    out
}

/// A fact value in a few words: "$50000000000 USD at_most, affirmed, until 2030".
fn short_value(v: &serde_json::Value) -> String {
    let get = |k: &str| v.get(k).and_then(|x| x.as_str());
    let mut parts = Vec::new();
    match get("type") {
        Some("money") | Some("percent") => {
            let amount = get("amount").or(get("max")).unwrap_or("?");
            let unit = get("currency").or(get("unit")).unwrap_or("");
            parts.push(format!("{amount} {unit}").trim().to_string());
            if let Some(e) = get("exactness").filter(|e| *e != "exact") {
                parts.push(e.to_string());
            }
        }
        Some("text") => parts.push(get("text").unwrap_or("").to_string()),
        Some(_) => parts.push(get("value").unwrap_or("").to_string()),
        None => {}
    }
    if let Some(p) = get("polarity") {
        parts.push(p.to_string());
    }
    if let Some(u) = v.get("until") {
        let u = u.get("value").or(u.get("text")).and_then(|x| x.as_str()).unwrap_or("?");
        parts.push(format!("until {u}"));
    }
    parts.join(", ")
}

/// Splits text into lines of at most `width` chars at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_lines_short() {
        let lines = wrap("Amazon pledged fifty billion dollars to OpenAI", 16);
        assert_eq!(lines, vec!["Amazon pledged", "fifty billion", "dollars to", "OpenAI"]);
    }

    #[test]
    fn short_value_reads_amount_exactness_and_bound() {
        let v = serde_json::json!({"type": "money", "currency": "USD", "amount": "50000000000",
            "exactness": "at_most", "polarity": "affirmed", "until": {"type": "date", "value": "2030"}});
        assert_eq!(short_value(&v), "50000000000 USD, at_most, affirmed, until 2030");
    }
}
