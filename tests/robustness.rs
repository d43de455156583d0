//! No input makes the reader or the pipeline panic (property tests).

use newsfacts::article::{self, Input, ReadOptions};
use proptest::prelude::*;

/// Text made of the pieces news is made of, shuffled: figures, dates, names, punctuation.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("$".to_string()),
        Just("€".to_string()),
        Just(" billion".to_string()),
        Just("%".to_string()),
        Just(" percent".to_string()),
        Just("October ".to_string()),
        Just("13-15, 2026".to_string()),
        Just("Monday".to_string()),
        Just(" last quarter".to_string()),
        Just("Microsoft".to_string()),
        Just("OpenAI’s ".to_string()),
        Just("AWS".to_string()),
        Just("Inc.".to_string()),
        Just("“".to_string()),
        Just(".".to_string()),
        Just("\n- ".to_string()),
        Just("\u{a0}".to_string()),
        "[0-9]{1,5}",
        "[,.]",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::tempdir().unwrap();
        for name in ["x.txt", "x.html"] {
            let p = dir.path().join(name);
            std::fs::write(&p, &bytes).unwrap();
            if let Ok(a) = article::load(&Input::file(&p), &ReadOptions::default()) {
                let analysis = newsfacts::analyze(a);
                let chars = analysis.article.text.chars().count();
                for m in &analysis.mentions {
                    let r = analysis.doc.char_range(&m.span);
                    prop_assert!(r.start <= r.end && r.end <= chars);
                }
            }
        }
    }

    #[test]
    fn news_like_text_extracts_without_panic_and_spans_hold(text in newsish()) {
        let input = Input { text: Some(text), ..Input::default() };
        let opts = ReadOptions { published: jiff::civil::Date::new(2026, 4, 27).ok(), ..ReadOptions::default() };
        if let Ok(a) = article::load(&input, &opts) {
            let analysis = newsfacts::analyze(a);
            let report = newsfacts::report::build(std::slice::from_ref(&analysis), Vec::new(), Default::default());
            let stored: Vec<char> = analysis.article.text.chars().collect();
            for m in &report.mentions {
                let span: String = stored[m.start..m.end].iter().collect();
                prop_assert_eq!(&span, &m.text);
            }
        }
    }
}

/// Figures near the largest a decimal holds, told by two outlets, reconcile
/// without overflow (the orders of magnitude compared between facts, the
/// two-digit buckets of the confirmation nodes).
#[test]
fn figures_near_the_decimal_range_reconcile_without_panic() {
    let figure = "$50,000,000,000,000,000 trillion";
    let opts = ReadOptions {
        published: jiff::civil::Date::new(2026, 4, 27).ok(),
        ..ReadOptions::default()
    };
    let analyses: Vec<_> = [
        format!("Acme Corp said revenue was {figure} last year, up 4%."),
        format!("Acme Corp reported revenue of {figure}."),
    ]
    .into_iter()
    .map(|text| {
        let input = Input {
            text: Some(text),
            ..Input::default()
        };
        newsfacts::analyze(article::load(&input, &opts).unwrap())
    })
    .collect();
    let report = newsfacts::report::build(&analyses, Vec::new(), Default::default());
    assert_eq!(report.mentions.iter().filter(|m| m.text == figure).count(), 2);
    assert!(!report.facts.is_empty());
}
