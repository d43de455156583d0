//! Main text and publish dates on trafilatura's evaluation pages (../shared).

use crate::util::{run, shared, stdout};

/// A figure after `key` on the newsfacts line of the part starting with `line`.
fn figure(text: &str, line: &str, key: &str) -> f64 {
    row_figure(text, line, "newsfacts", key)
}

/// A figure after `key` on the metadata line of the part starting with `line`.
fn metadata_figure(text: &str, line: &str, key: &str) -> f64 {
    row_figure(text, line, "metadata", key)
}

/// A figure after `key` on the first line opening with `row` in the part
/// starting with `line`.
fn row_figure(text: &str, line: &str, row: &str, key: &str) -> f64 {
    let l = text
        .lines()
        .skip_while(|l| !l.starts_with(line))
        .find(|l| l.trim_start().starts_with(row))
        .unwrap_or_else(|| panic!("no {row} line after {line}:\n{text}"));
    l.split(key)
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no {key} in {l}"))
}

/// Floors at the figures measured when they were last raised (see the README):
/// the tuning part and the held-out (blind) part separately.
#[test]
fn main_text_and_dates_meet_their_floors() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("corpora/trafilatura-eval");
    if !dir.join("expectations.json").exists() {
        eprintln!("SKIPPED: {} is not there", dir.display());
        return;
    }
    let out = run(&["check", "--trafilatura-eval", dir.to_str().unwrap()]);
    let text = stdout(&out);
    assert!(text.contains("(472 pages: 322 tuning, 150 held out, blind)"), "{text}");
    for (part, f1, date, title) in [("tuning", 0.935, 0.91, 0.86), ("held out", 0.91, 0.85, 0.86)] {
        let got_title = metadata_figure(&text, part, "title ");
        assert!(got_title >= title, "{part}: title {got_title} below {title}:\n{text}");
        let got_f1 = figure(&text, part, "F1 ");
        let got_date = figure(&text, part, "date accuracy ");
        assert!(got_f1 >= f1, "{part}: F1 {got_f1} below {f1}:\n{text}");
        assert!(
            got_date >= date,
            "{part}: date accuracy {got_date} below {date}:\n{text}"
        );
    }
    assert_eq!(out.status.code(), Some(0), "{text}");
}
