//! Scoring HTML main-text extraction against the article-extraction benchmark
//! (`../shared/corpora/article-extraction`: `html/<id>.html.gz` and
//! `ground-truth.json` with `{id: {articleBody, url}}`).
//!
//! The metric restates the benchmark's own (its README): tokens are the
//! matches of `\w+` (Unicode, case kept); shingles are the contiguous 4-token
//! windows as a multiset (a text of 1–3 tokens is one shingle); per page,
//! tp/fp/fn are the multiset overlaps; corpus precision and recall are the
//! means of per-page precision (pages that predicted something) and recall
//! (pages whose truth has something); F1 = 2PR/(P+R) of those two means.
//!
//! The publish date is scored where the truth has `datePublished` (this half
//! of the benchmark has none, so the line says so).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use anyhow::Context;
use rayon::prelude::*;
use regex::Regex;

use crate::article::{Input, ReadOptions};

/// The lowest overall F1 the check accepts.
pub const MIN_F1: f64 = 0.95;

/// Per-page scores of one page.
#[derive(Debug, Clone, PartialEq)]
pub struct PageScore {
    pub id: String,
    /// tp, fp, fn of shingles, each divided by their sum (the benchmark's page weighting).
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
    /// Whether the prediction / truth has any shingle.
    pub predicted_any: bool,
    pub truth_any: bool,
    pub error: Option<String>,
    /// Publish date right, wrong, or not scored (truth has none).
    pub date_right: Option<bool>,
}

impl PageScore {
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp + self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp + self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }
}

/// The `\w+` tokens of a text.
pub fn tokens(text: &str) -> Vec<&str> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("static regex"));
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

/// The 4-token shingles of a text, counted.
pub fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        out.insert(toks, 1);
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Scores one prediction against its truth.
pub fn score_page(id: &str, predicted: &str, truth: &str) -> PageScore {
    let pred = shingles(predicted);
    let want = shingles(truth);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (s, &p) in &pred {
        let t = want.get(s).copied().unwrap_or(0);
        tp += p.min(t);
        fp += p.saturating_sub(t);
    }
    for (s, &t) in &want {
        let p = pred.get(s).copied().unwrap_or(0);
        fn_ += t.saturating_sub(p);
    }
    let total = (tp + fp + fn_) as f64;
    let norm = |x: usize| if total == 0.0 { 0.0 } else { x as f64 / total };
    PageScore {
        id: id.to_string(),
        tp: norm(tp),
        fp: norm(fp),
        fn_: norm(fn_),
        predicted_any: tp + fp > 0,
        truth_any: tp + fn_ > 0,
        error: None,
        date_right: None,
    }
}

/// Corpus precision, recall and F1 of page scores (macro means, as upstream).
pub fn overall(pages: &[PageScore]) -> (f64, f64, f64) {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let p = mean(
        pages
            .iter()
            .filter(|s| s.predicted_any)
            .map(PageScore::precision)
            .collect(),
    );
    let r = mean(pages.iter().filter(|s| s.truth_any).map(PageScore::recall).collect());
    (p, r, super::f1(p, r))
}

/// Reads and scores every page of the benchmark folder `dir`.
pub fn score_dir(dir: &Path) -> anyhow::Result<Vec<PageScore>> {
    let truth_path = dir.join("ground-truth.json");
    let bytes = std::fs::read(&truth_path).with_context(|| format!("{}: cannot read", truth_path.display()))?;
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&bytes).with_context(|| format!("{}: not a JSON object", truth_path.display()))?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    anyhow::ensure!(!ids.is_empty(), "{}: no pages", truth_path.display());
    let opts = ReadOptions::default();
    let scores = ids
        .par_iter()
        .map(|id| {
            let want = &truth[id.as_str()];
            let body = want.get("articleBody").and_then(|v| v.as_str()).unwrap_or("");
            let mut path = dir.join("html").join(format!("{id}.html.gz"));
            if !path.exists() {
                path = dir.join("html").join(format!("{id}.html"));
            }
            match crate::article::load(&Input::file(&path), &opts) {
                Ok(article) => {
                    let mut s = score_page(id, &article.text, body);
                    s.date_right = want
                        .get("datePublished")
                        .and_then(|v| v.as_str())
                        .and_then(crate::article::meta::parse_published)
                        .map(|d| article.published == Some(d));
                    s
                }
                Err(e) => {
                    let mut s = score_page(id, "", body);
                    s.error = Some(e.to_string());
                    s
                }
            }
        })
        .collect();
    Ok(scores)
}

/// Runs the extraction check on `dir` and returns the printed report and whether it met [`MIN_F1`].
/// With `errors`, pages are listed worst first; otherwise in id order.
pub fn run(dir: &Path, errors: bool) -> anyhow::Result<(String, bool)> {
    let mut pages = score_dir(dir)?;
    let mut out = String::new();
    writeln!(out, "article extraction: {} ({} pages)", dir.display(), pages.len())?;
    if errors {
        pages.sort_by(|a, b| f1_of(a).total_cmp(&f1_of(b)));
    }
    for s in &pages {
        writeln!(
            out,
            "  {}  P {:.3}  R {:.3}  F1 {:.3}{}",
            &s.id[..s.id.len().min(12)],
            s.precision(),
            s.recall(),
            f1_of(s),
            s.error.as_deref().map(|e| format!("  error: {e}")).unwrap_or_default()
        )?;
    }
    let (p, r, f1) = overall(&pages);
    let dated: Vec<bool> = pages.iter().filter_map(|s| s.date_right).collect();
    if dated.is_empty() {
        writeln!(out, "publish date: not scored (the truth gives no dates)")?;
    } else {
        let right = dated.iter().filter(|&&d| d).count();
        writeln!(
            out,
            "publish date: {right}/{} right ({:.3})",
            dated.len(),
            right as f64 / dated.len() as f64
        )?;
    }
    let passed = f1 >= MIN_F1;
    writeln!(
        out,
        "overall  P {p:.3}  R {r:.3}  F1 {f1:.3}  (minimum {MIN_F1:.3}: {})",
        if passed { "ok" } else { "FAILED" }
    )?;
    Ok((out, passed))
}

fn f1_of(s: &PageScore) -> f64 {
    super::f1(s.precision(), s.recall())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_of_short_and_long_texts() {
        assert!(shingles("—").is_empty());
        assert_eq!(shingles("Hi, there!").len(), 1);
        let s = shingles("a b c d a b c d");
        assert_eq!(s.get(&vec!["a", "b", "c", "d"]), Some(&2));
        assert_eq!(s.len(), 4);
    }

    #[test]
    fn page_score_weights_counts_by_their_sum() {
        // truth: 3 shingles; prediction: 2 of them and 2 extra.
        let s = score_page("x", "one two three four five zz yy", "one two three four five six");
        assert!((s.tp - 2.0 / 5.0).abs() < 1e-9, "{s:?}");
        assert!((s.fp - 2.0 / 5.0).abs() < 1e-9);
        assert!((s.fn_ - 1.0 / 5.0).abs() < 1e-9);
        assert!((s.precision() - 0.5).abs() < 1e-9);
        assert!((s.recall() - 2.0 / 3.0).abs() < 1e-9);
        let empty = score_page("y", "", "one two three four");
        assert_eq!(
            (empty.precision(), empty.recall(), empty.predicted_any),
            (0.0, 0.0, false)
        );
        let (p, r, _) = overall(&[s, empty]);
        assert!((p - 0.5).abs() < 1e-9, "empty predictions are left out of precision");
        assert!((r - 1.0 / 3.0).abs() < 1e-9);
    }
}
