//! Facts of two sources (two article files) or two reports, side by side.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::reconcile::{Fact, FactStatus};
use crate::report::Report;

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
    let mut rows = Vec::new();
    for fact in &report.facts {
        let quote = |s: &str| fact.evidence.iter().find(|e| e.source == s).map(|e| e.quote.clone());
        let (qa, qb) = (quote(a), quote(b));
        let side = match (&qa, &qb, fact.status) {
            (Some(_), Some(_), FactStatus::Conflict | FactStatus::Superseded) => Side::Conflict,
            (Some(_), Some(_), _) => Side::Agree,
            (Some(_), None, _) => Side::OnlyInA,
            (None, Some(_), _) => Side::OnlyInB,
            (None, None, _) => continue,
        };
        let values = side_values(fact, a, b);
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

/// The value each side gives: a conflict fact lists its sides under
/// `value.sides` (`[{value, sources}]`), other facts have one value.
fn side_values(fact: &Fact, a: &str, b: &str) -> (Option<serde_json::Value>, Option<serde_json::Value>) {
    let of = |s: &str| {
        if let Some(sides) = fact.value.get("sides").and_then(|v| v.as_array()) {
            for side in sides {
                let has = side
                    .get("sources")
                    .and_then(|v| v.as_array())
                    .is_some_and(|v| v.iter().any(|x| x == s));
                if has {
                    return side.get("value").cloned();
                }
            }
            return None;
        }
        fact.evidence.iter().any(|e| e.source == s).then(|| fact.value.clone())
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
    let mut rows = Vec::new();
    for (key, x) in &fa {
        let quote = |f: &Fact| f.evidence.first().map(|e| e.quote.clone());
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
                quote_b: quote(y),
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
                quote_b: y.evidence.first().map(|e| e.quote.clone()),
            });
        }
    }
    rows.sort_by(|x, y| (x.side, &x.key).cmp(&(y.side, &y.key)));
    rows
}

/// A human table: one block per fact with the two quotes.
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
        let show = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_else(|| "-".into());
        if r.value_a.is_some() || r.quote_a.is_some() {
            out.push_str(&format!(
                "  A: {}  {}\n",
                show(&r.value_a),
                r.quote_a.as_deref().unwrap_or("")
            ));
        }
        if r.value_b.is_some() || r.quote_b.is_some() {
            out.push_str(&format!(
                "  B: {}  {}\n",
                show(&r.value_b),
                r.quote_b.as_deref().unwrap_or("")
            ));
        }
    }
    out
}
