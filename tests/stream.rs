//! `extract` streams: the same lines in input order whatever the number of jobs,
//! standard input as one article or as a manifest, folders filtered by --glob.

use std::io::Write;
use std::process::Stdio;

use crate::util::{fixtures, run, stderr, stdout};

#[test]
fn output_is_in_input_order_whatever_the_jobs() {
    let dir = fixtures();
    let one = run(&["extract", "--jobs", "1", dir.to_str().unwrap()]);
    let two = run(&["extract", "--jobs", "3", dir.to_str().unwrap()]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert_eq!(stdout(&one), stdout(&two));
    let ids: Vec<String> = stdout(&one)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.len() > 30, "{} articles", ids.len());
    let want: Vec<String> = (1..=ids.len()).map(|i| format!("s{i}")).collect();
    assert_eq!(ids, want);
}

fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = crate::util::bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn dash_reads_one_article_from_standard_input() {
    let out = with_stdin(
        &["extract", "--published", "2026-04-27", "-"],
        "Amazon will invest $50 billion in OpenAI.\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1);
    let texts: Vec<&str> = lines[0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Amazon", "$50 billion", "OpenAI"]);
}

#[test]
fn manifest_dash_reads_json_lines_from_standard_input() {
    let out = with_stdin(
        &["extract", "--manifest", "-"],
        "{\"text\": \"Acme rose.\", \"source\": \"Wire\"}\nnot json\n{\"text\": \"Nvidia fell 3%.\", \"source\": \"Other\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("newsfacts: -: line 2:"), "{}", stderr(&out));
    let names: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["name"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(names, ["Wire", "Other"]);
}

#[test]
fn glob_picks_the_files_of_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Acme rose.").unwrap();
    std::fs::write(dir.path().join("b.story"), "Nvidia fell 3%.").unwrap();
    let out = run(&["extract", "--glob", "*.story", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["name"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(names, ["b"]);
    let bad = run(&["extract", "--glob", "a[", dir.path().to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("bad --glob"), "{}", stderr(&bad));
}

#[test]
fn a_story_told_by_two_thousand_outlets_is_one_fact() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m.jsonl");
    let mut lines = String::new();
    for i in 0..2000 {
        let amount = if i % 4 == 3 { "$40 billion" } else { "$50 billion" };
        lines.push_str(&format!(
            "{{\"text\": \"Amazon will invest {amount} in OpenAI.\", \"source\": \"Outlet {i}\", \"published\": \"2026-04-27\"}}\n"
        ));
    }
    std::fs::write(&m, lines).unwrap();
    let out = run(&["report", "--no-text", "--manifest", m.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let facts = report["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0]["key"], "amazon investment openai");
    assert_eq!(facts[0]["status"], "conflict");
    assert_eq!(facts[0]["value"]["amount"], "50000000000");
    let sides: Vec<usize> = facts[0]["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["sources"].as_array().unwrap().len())
        .collect();
    assert_eq!(sides, [1500, 500]);
}

#[test]
fn story_mode_reads_all_then_writes_the_same_shapes() {
    let [a, b] = crate::util::seed_paths();
    for format in ["jsonl", "json"] {
        let out = run(&["extract", "--story", "--format", format, &a, &b]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let lines: Vec<serde_json::Value> = if format == "json" {
            serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap()
        } else {
            stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
        };
        let names: Vec<&str> = lines.iter().map(|l| l["source"]["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["TechCrunch", "Outlet B"], "{format}");
        assert_eq!(lines[1]["source"]["id"], "s2");
    }
}
