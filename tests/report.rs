//! The report on the two seed articles: schema, offsets, determinism.

use crate::util::{run, seed_paths, stderr, stdout};

fn seed_report() -> serde_json::Value {
    let [a, b] = seed_paths();
    let out = run(&["report", &a, &b]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn seed_report_validates_against_the_emitted_schema() {
    let schema: serde_json::Value = serde_json::from_slice(&run(&["schema"]).stdout).unwrap();
    let report = seed_report();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report["schema"], "newsfacts/report/v2");
    let sources = report["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0]["name"], "TechCrunch");
    assert_eq!(sources[0]["published"], "2026-04-27");
    assert_eq!(sources[0]["published_from"], "sidecar");
}

#[test]
fn every_mention_text_is_its_span_of_the_stored_text() {
    let report = seed_report();
    let texts: std::collections::HashMap<&str, Vec<char>> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["text"].as_str().unwrap().chars().collect()))
        .collect();
    for m in report["mentions"].as_array().unwrap() {
        let text = &texts[m["source"].as_str().unwrap()];
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let span: String = text[start..end].iter().collect();
        assert_eq!(span, m["text"].as_str().unwrap(), "{m}");
    }
}

#[test]
fn report_is_deterministic_and_no_text_keeps_hash() {
    let [a, b] = seed_paths();
    let one = stdout(&run(&["report", &a, &b]));
    let two = stdout(&run(&["report", &a, &b]));
    assert_eq!(one, two);
    let full: serde_json::Value = serde_json::from_str(&one).unwrap();
    let bare: serde_json::Value = serde_json::from_slice(&run(&["report", "--no-text", &a, &b]).stdout).unwrap();
    assert!(bare["sources"][0].get("text").is_none());
    assert_eq!(bare["sources"][0]["text_sha256"], full["sources"][0]["text_sha256"]);
    assert_eq!(bare["sources"][0]["chars"], full["sources"][0]["chars"]);
}

#[test]
fn committed_json_schema_is_current() {
    let emitted: serde_json::Value = serde_json::from_slice(&run(&["schema"]).stdout).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-schema.json");
    let committed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(
        emitted == committed,
        "docs/report-schema.json is stale: run `cargo run -- schema > docs/report-schema.json`"
    );
}

#[test]
fn every_rule_id_in_the_seed_report_is_listed_by_rules_with_its_doc() {
    let listed = stdout(&run(&["rules"]));
    let ids: std::collections::HashSet<&str> = listed.lines().filter(|l| !l.starts_with(' ')).collect();
    // Every id has a doc paragraph under it.
    assert!(listed.lines().filter(|l| l.starts_with("    ")).count() >= ids.len());
    let report = seed_report();
    let mut used = 0;
    for item in report["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .chain(report["claims"].as_array().unwrap())
    {
        let rule = item["rule"].as_str().unwrap();
        assert!(ids.contains(rule), "{rule} is not in `newsfacts rules`");
        used += 1;
    }
    assert!(used > 50, "{used}");
    // A prefix keeps its family only; a prefix is cut at dots, not inside a word.
    let tickers = stdout(&run(&["rules", "org.ticker"]));
    let heads: Vec<&str> = tickers.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(heads, ["org.ticker.exchange", "org.ticker.cashtag"]);
    let none = run(&["rules", "org.tick"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("no rule id is or starts with \"org.tick\""),
        "{}",
        stderr(&none)
    );
}
