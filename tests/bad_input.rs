//! Every kind of bad input gets one line naming the file and the reason; the
//! other inputs are still processed; outputs are never truncated.

use std::io::Write;

use crate::util::{run, seed_paths, source_names, stderr, stdout};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Runs `extract` on a bad file next to a good seed: the bad one is named in
/// one line with `reason`, the seed is still extracted, the exit code is 1.
fn assert_rejected_beside_good(bad: &std::path::Path, reason: &str) {
    let seed = &seed_paths()[0];
    let out = run(&["extract", bad.to_str().unwrap(), seed]);
    let err = stderr(&out);
    let want = format!("newsfacts: {}: {reason}", bad.display());
    assert!(
        err.lines().any(|l| l.starts_with(&want)),
        "stderr {err:?} lacks {want:?}"
    );
    assert_eq!(out.status.code(), Some(1), "{err}");
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1, "the good input is still processed");
    assert_eq!(lines[0]["source"]["name"], "TechCrunch");
}

#[test]
fn missing_file() {
    let dir = tmp();
    assert_rejected_beside_good(&dir.path().join("nope.txt"), "no such file");
}

#[test]
fn directory_without_articles() {
    let dir = tmp();
    std::fs::write(dir.path().join("notes.md"), "x").unwrap();
    assert_rejected_beside_good(dir.path(), "is a directory with no article files");
}

#[test]
fn directory_of_articles_is_expanded() {
    let dir = tmp();
    std::fs::write(dir.path().join("b.txt"), "Second story.").unwrap();
    std::fs::write(dir.path().join("a.txt"), "First story.").unwrap();
    std::fs::write(dir.path().join("a.meta.json"), r#"{"source": "Alpha"}"#).unwrap();
    let out = run(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<String> = source_names(&stdout(&out));
    assert_eq!(names, vec!["Alpha", "b"]);
}

#[test]
fn empty_file() {
    let dir = tmp();
    let p = dir.path().join("empty.txt");
    std::fs::write(&p, "  \n").unwrap();
    assert_rejected_beside_good(&p, "file is empty");
}

#[test]
fn binary_file() {
    let dir = tmp();
    let p = dir.path().join("blob.txt");
    std::fs::write(&p, [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    assert_rejected_beside_good(&p, "binary file (contains NUL bytes)");
}

#[test]
fn pdf_renamed_html() {
    let dir = tmp();
    let p = dir.path().join("story.html");
    std::fs::write(&p, b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n").unwrap();
    assert_rejected_beside_good(&p, "binary file (PDF document)");
}

#[test]
fn huge_file() {
    let dir = tmp();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    assert_rejected_beside_good(&p, "file is too large: 52428800 bytes, the limit is 16777216 bytes");
}

#[test]
fn bad_sidecar_json() {
    let dir = tmp();
    let p = dir.path().join("story.txt");
    std::fs::write(&p, "Amazon invested.").unwrap();
    std::fs::write(dir.path().join("story.meta.json"), "{\"source\": ").unwrap();
    let sidecar = dir.path().join("story.meta.json");
    assert_rejected_beside_good(&p, &format!("bad sidecar {}: EOF while parsing", sidecar.display()));
}

#[test]
fn bad_published_in_sidecar() {
    let dir = tmp();
    let p = dir.path().join("story.txt");
    std::fs::write(&p, "Amazon invested.").unwrap();
    std::fs::write(dir.path().join("story.meta.json"), r#"{"published": "27th of April"}"#).unwrap();
    let out = run(&["extract", p.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(
        err.contains("story.meta.json: unknown publish date format \"27th of April\""),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unknown_published_flag_is_a_usage_error() {
    let out = run(&["extract", "--published", "next tuesday", &seed_paths()[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown publish date format \"next tuesday\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn invalid_utf8_is_decoded_and_the_decision_reported() {
    let dir = tmp();
    let p = dir.path().join("latin.txt");
    let mut f = std::fs::File::create(&p).unwrap();
    f.write_all(b"Soci\xe9t\xe9 G\xe9n\xe9rale said on Monday that it would pay \x80 5 billion, \x93a record.\x94\n")
        .unwrap();
    let out = run(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let line: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(line["source"]["decoding"]["encoding"], "windows-1252");
    assert_eq!(line["source"]["decoding"]["by"], "detected");
    assert!(
        line["source"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Société Générale said")
    );
    assert!(
        line["source"]["text"]
            .as_str()
            .unwrap()
            .contains("€ 5 billion, “a record.”")
    );
}

#[test]
fn truncated_html_still_gives_its_text() {
    let dir = tmp();
    let p = dir.path().join("cut.html");
    std::fs::write(&p, "<html><head><title>Deal</title></head><body><article><p>Amazon will invest up to $50 billion in OpenAI.<p>Microsoft keeps a licen").unwrap();
    let out = run(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let line: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        line["source"]["text"],
        "Amazon will invest up to $50 billion in OpenAI.\nMicrosoft keeps a licen\n"
    );
    assert_eq!(line["source"]["format"], "html");
}

#[test]
fn bad_manifest_line_does_not_stop_the_others() {
    let dir = tmp();
    let m = dir.path().join("m.jsonl");
    std::fs::write(
        &m,
        "{\"text\": \"Acme rose.\", \"source\": \"Wire\", \"published\": \"2026-01-02\"}\n{\"path\": \n{\"path\": \"missing.txt\"}\n",
    )
    .unwrap();
    let out = run(&["extract", "--manifest", m.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: line 2: EOF while parsing", m.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: no such file", dir.path().join("missing.txt").display())),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(line["source"]["name"], "Wire");
    assert_eq!(line["source"]["published"], "2026-01-02");
    assert_eq!(line["source"]["published_from"], "manifest");
}

#[test]
fn report_is_not_replaced_by_a_run_whose_inputs_all_failed() {
    let dir = tmp();
    let out_path = dir.path().join("report.json");
    std::fs::write(&out_path, "previous report").unwrap();
    let out = run(&[
        "report",
        dir.path().join("nope.txt").to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "previous report");

    let [a, _] = seed_paths();
    let out = run(&[
        "report",
        &a,
        dir.path().join("nope.txt").to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(report["sources"].as_array().unwrap().len(), 1);
    assert_eq!(report["diagnostics"][0]["message"], "no such file");
}

#[test]
fn a_reader_that_stops_early_does_not_make_it_panic() {
    use std::io::Read;
    let [a, b] = seed_paths();
    let mut child = crate::util::bin()
        .args(["extract", "--format", "json", &a, &b])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, as `| head -c 16` would.
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
