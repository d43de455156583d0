//! `newsfacts merge`: reports of parts merge into the report of the whole.

use crate::util::{run, seed_paths, stderr};

#[test]
fn merging_the_seed_reports_gives_the_report_over_both_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = seed_paths();
    let path = |name: &str| dir.path().join(name).display().to_string();
    for (input, out) in [(&a, "a.json"), (&b, "b.json")] {
        let o = run(&["report", input, "-o", &path(out)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let o = run(&["merge", &path("a.json"), &path("b.json"), "-o", &path("merged.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["report", &a, &b, "-o", &path("both.json")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(path(name)).unwrap()).unwrap()
    };
    let (merged, both) = (read("merged.json"), read("both.json"));
    assert_eq!(merged["sources"].as_array().unwrap().len(), 2);
    let facts = merged["facts"].as_array().unwrap();
    assert!(facts.len() >= 10, "{facts:?}");
    // A fact that needs both sources: agreed only when reconciled over both reports.
    assert!(
        facts
            .iter()
            .any(|f| f["key"] == "amazon investment openai @2026-02" && f["status"] == "agreed"),
        "{facts:?}"
    );
    assert_eq!(merged["facts"], both["facts"]);
    assert_eq!(merged, both);
}

#[test]
fn merge_refuses_a_bad_report_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"schema\": ").unwrap();
    let out = dir.path().join("out.json");
    let o = run(&["merge", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.json"), "{}", stderr(&o));
    assert!(!out.exists());
}
