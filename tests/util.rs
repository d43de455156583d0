//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The source names of `extract`'s JSON Lines, in order.
pub fn source_names(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["source"]["name"].as_str().unwrap().to_string()
        })
        .collect()
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub fn seed_paths() -> [String; 2] {
    [
        fixtures().join("seeds-techcrunch/article.txt").display().to_string(),
        fixtures().join("seeds-outlet-b/article.txt").display().to_string(),
    ]
}

#[allow(dead_code)] // used by the corpus tests
/// `../shared` beside the repository, when present (CI always has it), or the
/// folder `NEWSFACTS_SHARED` names (a worktree kept elsewhere).
pub fn shared() -> Option<PathBuf> {
    let p = std::env::var_os("NEWSFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared is not beside the repository; corpus test not run");
        None
    }
}

/// Runs every bundled fixture that annotates one of `kinds` and asserts that
/// its expected spans read their text and that it meets its thresholds for
/// those kinds; returns how many fixtures (money) or thresholds were checked.
#[allow(dead_code)] // used by the family test files
pub fn assert_family_fixtures(kinds: &[newsfacts::extract::MentionType]) -> (usize, usize) {
    use newsfacts::check::fixtures;
    let (mut fixtures_checked, mut thresholds_checked) = (0, 0);
    for dir in fixtures::find_fixtures(&fixtures()).unwrap() {
        let expected = fixtures::read_expected(&dir).unwrap();
        if !kinds.iter().any(|k| expected.annotated.contains(k)) {
            continue;
        }
        let result = fixtures::run_fixture(&dir).unwrap();
        let bad_spans: Vec<&String> = result.failures.iter().filter(|f| f.contains("expected span")).collect();
        assert!(bad_spans.is_empty(), "{}: {bad_spans:?}", dir.display());
        for kind in kinds {
            let Some(min) = expected.thresholds.get(kind.as_str()) else {
                continue;
            };
            let f1 = result.full.get(kind).copied().unwrap_or_default().f1();
            let errors: Vec<String> = result.misses.iter().chain(&result.false_positives).cloned().collect();
            assert!(
                f1 + 1e-9 >= *min,
                "{}: {kind} F1 {f1:.3} < {min}\n{}",
                dir.display(),
                errors.join("\n")
            );
            thresholds_checked += 1;
        }
        fixtures_checked += 1;
    }
    (fixtures_checked, thresholds_checked)
}

/// The MEANTIME corpus and its analyses, read and analysed once for every
/// test that scores it (the corpus tests were most of the suite's time);
/// `None` when `../shared` or the corpus is absent.
#[allow(dead_code)] // used by the corpus tests
pub fn meantime() -> Option<&'static (Vec<newsfacts::check::meantime::MeantimeDoc>, Vec<newsfacts::Analysis>)> {
    use newsfacts::check::meantime;
    use rayon::prelude::*;
    static CORPUS: std::sync::OnceLock<Option<(Vec<meantime::MeantimeDoc>, Vec<newsfacts::Analysis>)>> =
        std::sync::OnceLock::new();
    CORPUS
        .get_or_init(|| {
            let dir = shared()?.join("corpora/meantime");
            if !dir.is_dir() {
                eprintln!("SKIPPED: {} is absent", dir.display());
                return None;
            }
            let docs = meantime::read_corpus(&dir).unwrap();
            let analyses = docs.par_iter().map(meantime::analyze).collect();
            Some((docs, analyses))
        })
        .as_ref()
}
