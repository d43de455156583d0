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
    assert_eq!(report["schema"], "newsfacts/report/v4");
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
    assert_eq!(
        heads,
        ["org.ticker.exchange", "org.ticker.cashtag", "org.ticker.symbol"]
    );
    let none = run(&["rules", "org.tick"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        stderr(&none).contains("no rule id is or starts with \"org.tick\""),
        "{}",
        stderr(&none)
    );
}

/// The seed report as schema v2 wrote it: each fact's evidence repeats its
/// claim's sentence number, offsets and quote.
fn as_v2(report: &serde_json::Value) -> serde_json::Value {
    let mut old = report.clone();
    old["schema"] = "newsfacts/report/v2".into();
    let claims = report["claims"].as_array().unwrap();
    for f in old["facts"].as_array_mut().unwrap() {
        for e in f["evidence"].as_array_mut().unwrap() {
            let c = claims.iter().find(|c| c["id"] == e["claim"]).unwrap();
            for k in ["sentence", "start", "end", "quote"] {
                e[k] = c[k].clone();
            }
        }
    }
    old
}

#[test]
fn evidence_names_claims_and_reports_of_v2_are_still_read() {
    let report = seed_report();
    // v3: a fact's evidence is a claim of a source, its sentence given once, in the claim.
    let claims: std::collections::HashSet<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for f in report["facts"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            let keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["source", "claim"]);
            assert!(claims.contains(e["claim"].as_str().unwrap()));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let (v2, v3) = (dir.path().join("v2.json"), dir.path().join("v3.json"));
    let old = as_v2(&report);
    std::fs::write(&v2, serde_json::to_string(&old).unwrap()).unwrap();
    std::fs::write(&v3, serde_json::to_string(&report).unwrap()).unwrap();
    assert!(
        std::fs::metadata(&v3).unwrap().len() < std::fs::metadata(&v2).unwrap().len(),
        "v3 is the smaller"
    );
    let (v2s, v3s) = (v2.to_str().unwrap(), v3.to_str().unwrap());
    // diff reads both, with the same quotes.
    let out = run(&["diff", v2s, v3s, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), report["facts"].as_array().unwrap().len());
    for r in rows {
        assert_eq!(r["side"], "agree", "{r}");
        assert!(r["quote_a"].as_str().is_some_and(|q| !q.is_empty()), "{r}");
        assert_eq!(r["quote_a"], r["quote_b"]);
    }
    // merge reads v2 and writes v3; view reads v2.
    let merged = run(&["merge", v2s]);
    assert_eq!(merged.status.code(), Some(0), "{}", stderr(&merged));
    let merged: serde_json::Value = serde_json::from_slice(&merged.stdout).unwrap();
    assert_eq!(merged["schema"], "newsfacts/report/v4");
    assert_eq!(merged["facts"], report["facts"]);
    let page = dir.path().join("v2.html");
    let out = run(&["view", v2s, "-o", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(&page).unwrap();
    let first_quote = old["facts"][0]["evidence"][0]["quote"].as_str().unwrap();
    let escaped = first_quote
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    assert!(html.contains(&escaped), "{first_quote}");
}
