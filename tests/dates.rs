//! The dates tagger measured: on the seed fixtures (every temporal mention
//! annotated) and on the TimeML corpus (TimeBank + AQUAINT, TempEval-3 scoring).

use crate::util::{run, shared, stdout};

/// The F1 printed after `label` on the line that starts with `line_start`.
fn figure(out: &str, line_start: &str, label: &str) -> f64 {
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(line_start))
        .unwrap_or_else(|| panic!("no {line_start:?} line in:\n{out}"));
    let at = line.find(label).unwrap_or_else(|| panic!("no {label:?} in {line:?}")) + label.len();
    line[at..]
        .split_whitespace()
        .next()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no figure after {label:?} in {line:?}"))
}

#[test]
fn seed_fixtures_have_every_temporal_mention_right() {
    let seeds = [
        crate::util::fixtures().join("seeds-techcrunch"),
        crate::util::fixtures().join("seeds-outlet-b"),
    ];
    let o = run(&["check", seeds[0].to_str().unwrap(), seeds[1].to_str().unwrap()]);
    let out = stdout(&o);
    for ty in ["DATE", "TIME", "DURATION", "SET"] {
        assert!(!out.contains(&format!("failure: {ty}")), "{out}");
    }
    let overall = &out[out.find("overall").expect("overall figures")..];
    assert!(figure(overall, "DATE", "F1") >= 0.95, "{overall}");
    assert!(figure(overall, "DURATION", "F1") >= 0.9, "{overall}");
}

/// Floors at the figures reached (see the dates issue for the targets:
/// strict 0.88, relaxed 0.93, value F1 0.86).
#[test]
fn timeml_corpus_scores_at_least_the_figures_reached() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpora/timeml");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is absent; TimeML check not run", dir.display());
        return;
    }
    let o = run(&["check", "--timeml", dir.to_str().expect("utf-8 path")]);
    let out = stdout(&o);
    println!("{out}");
    let strict = figure(&out, "strict", "F1");
    let relaxed = figure(&out, "relaxed", "F1");
    let value = figure(&out, "value", "F1");
    assert!(strict >= 0.885, "strict F1 {strict}\n{out}");
    assert!(relaxed >= 0.94, "relaxed F1 {relaxed}\n{out}");
    assert!(value >= 0.81, "value F1 {value}\n{out}");
}

/// MEANTIME's TIMEX3 (business news, rules not tuned on it): floors at the figures reached.
#[test]
fn meantime_dates_score_at_least_the_figures_reached() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpora/meantime");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is absent; MEANTIME dates check not run", dir.display());
        return;
    }
    let o = run(&["check", "--meantime", dir.to_str().expect("utf-8 path")]);
    let out = stdout(&o);
    let dates = &out[out
        .find("DATES (TIMEX3")
        .unwrap_or_else(|| panic!("no DATES section in:\n{out}"))..];
    let strict = figure(dates, "strict", "F1");
    let relaxed = figure(dates, "relaxed", "F1");
    let value = figure(dates, "value", "F1");
    assert!(strict >= 0.81, "strict F1 {strict}\n{dates}");
    assert!(relaxed >= 0.89, "relaxed F1 {relaxed}\n{dates}");
    assert!(value >= 0.75, "value F1 {value}\n{dates}");
}
