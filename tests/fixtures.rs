//! `newsfacts check` over the bundled fixtures: every fixture meets the
//! thresholds it declares, and every expected span reads its text.

use crate::util::{fixtures, run, stdout};

#[test]
fn bundled_fixtures_meet_their_thresholds() {
    let (text, ok) = newsfacts::check::fixtures::run(&[fixtures()]).unwrap();
    println!("{text}");
    assert!(ok, "some fixture is below its thresholds:\n{text}");
    let dirs = newsfacts::check::fixtures::find_fixtures(&fixtures()).unwrap();
    assert!(
        dirs.len() >= 8,
        "the seeds and at least six more fixtures, found {}",
        dirs.len()
    );
}

#[test]
fn check_command_prints_overall_figures_and_exits_by_result() {
    let out = run(&["check"]);
    let text = stdout(&out);
    assert!(text.contains("overall over"), "{text}");
    assert_eq!(out.status.code(), Some(0), "{text}");

    // A fixture whose expected span does not read its text fails the check.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("article.txt"), "Acme rose on Monday.").unwrap();
    std::fs::write(
        dir.path().join("expected.json"),
        r#"{"mentions": [{"type": "DATE", "start": 0, "end": 4, "text": "Monday"}]}"#,
    )
    .unwrap();
    let out = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("expected span 0..4 reads \"Acme\", not \"Monday\""),
        "{}",
        stdout(&out)
    );
}
