//! `newsfacts diff`: facts of two articles side by side, agree / conflict /
//! only-in-A / only-in-B, with values and quotes.

use crate::util::{fixtures, run, stderr, stdout};

fn story(file: &str) -> String {
    fixtures().join("story-nvidia-xai").join(file).display().to_string()
}

#[test]
fn two_outlets_agree_on_the_investment_and_conflict_on_the_valuation() {
    let out = run(&["diff", &story("a.txt"), &story("b.txt")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.starts_with("2 agree, 1 conflict, 0 only in A, 0 only in B\n"),
        "{table}"
    );
    assert!(table.contains("[conflict] xai valuation ?"), "{table}");
    // Values and quotes of A and B side by side on one line.
    assert!(
        table
            .lines()
            .any(|l| l.contains("A: 230000000000 USD") && l.contains("| B: 200000000000 USD")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.contains("| Investors valued xAI at $200 billion in the round, two")),
        "{table}"
    );

    let out = run(&["diff", "--json", &story("a.txt"), &story("b.txt")]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let valuation = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "xai valuation ?")
        .unwrap();
    assert_eq!(valuation["side"], "conflict");
    assert_eq!(valuation["value_a"]["amount"], "230000000000");
    assert_eq!(valuation["value_b"]["amount"], "200000000000");
    assert!(
        valuation["quote_b"]
            .as_str()
            .unwrap()
            .starts_with("Investors valued xAI")
    );
}

#[test]
fn a_fact_of_one_outlet_only_is_only_in_that_side() {
    let dir = fixtures().join("story-amazon-anthropic");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    let out = run(&["diff", "--json", a.to_str().unwrap(), b.to_str().unwrap()]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let side = |key: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .map(|r| r["side"].clone())
    };
    assert_eq!(side("amazon investment anthropic"), Some("agree".into()));
    assert_eq!(side("amazon investment anthropic [initial]"), Some("only_in_a".into()));
}
