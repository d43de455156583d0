//! examples/spark: the PySpark job (local[2]) merges partition reports into
//! the report one `newsfacts report` gives over the same articles. Skipped,
//! saying so, where Java or pyspark is missing.

use std::process::Command;

use crate::util::{fixtures, run, stderr, stdout};

fn have(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd).args(args).output().is_ok_and(|o| o.status.success())
}

#[test]
fn spark_job_report_equals_one_report() {
    if !have("java", &["-version"]) {
        eprintln!("SKIPPED: java is not installed; the Spark example was not run");
        return;
    }
    if !have("python3", &["-c", "import pyspark"]) {
        eprintln!("SKIPPED: pyspark is not installed (pip install pyspark); the Spark example was not run");
        return;
    }
    let f = fixtures();
    let files: Vec<String> = [
        "seeds-techcrunch/article.txt",
        "seeds-outlet-b/article.txt",
        "story-microsoft-stake/a.txt",
        "story-microsoft-stake/b.txt",
        "story-nvidia-xai/a.txt",
        "story-nvidia-xai/b.txt",
        "html-airbus/article.html",
    ]
    .iter()
    .map(|p| f.join(p).display().to_string())
    .collect();
    let dir = tempfile::tempdir().unwrap();
    let merged = dir.path().join("merged.json");
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/spark/newsfacts_spark.py");
    let out = Command::new("python3")
        .arg(&script)
        .args([
            "--master",
            "local[2]",
            "--partitions",
            "3",
            "--newsfacts",
            env!("CARGO_BIN_EXE_newsfacts"),
            "-o",
        ])
        .arg(&merged)
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut args = vec!["report"];
    args.extend(files.iter().map(String::as_str));
    let one = run(&args);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let one: serde_json::Value = serde_json::from_str(&stdout(&one)).unwrap();
    let spark: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(spark["sources"].as_array().unwrap().len(), 7);
    assert!(!one["facts"].as_array().unwrap().is_empty());
    assert_eq!(spark, one);
}
