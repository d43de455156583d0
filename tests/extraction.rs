//! HTML main-text extraction on the article-extraction benchmark (../shared).

use crate::util::{run, shared, stdout};

/// The overall F1 printed by `check --extraction`, which must stay above 0.95
/// (measured 0.976 when this test was written; trafilatura 2.0 scores 0.958 on these pages).
#[test]
fn benchmark_f1_is_above_threshold() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpora/article-extraction");
    let out = run(&["check", "--extraction", dir.to_str().unwrap()]);
    let text = stdout(&out);
    let overall = text
        .lines()
        .find(|l| l.starts_with("overall"))
        .expect("an overall line");
    let f1: f64 = overall
        .split("F1 ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("an F1 figure");
    assert!(f1 >= 0.95, "F1 {f1} below 0.95:\n{text}");
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(
        text.lines().filter(|l| l.contains(" P ")).count(),
        91,
        "90 pages and the overall line"
    );
}
