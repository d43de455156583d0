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

/// The blind story sets (written by sessions that never saw the rules):
/// floors at the figures measured when they were last scored, so a change
/// that loses facts on news nobody here wrote fails.
#[test]
fn blind_story_sets_keep_their_figures() {
    let blind = fixtures().join("blind");
    // Floors: facts P / R, and the F1 of organization names against the names blind
    // annotators marked (`orgs.gold.json`; every story has one). Twenty-first session (2026-12-07):
    // 8 dev stories added at its start (dev-rt: retail, consumer, media and telecom stories from the
    // US, the UK, France, Italy, Poland, Mexico, Turkey and Indonesia; written blind, first scored
    // 0.311 / 0.330, organization names R 0.844) took the 204 dev stories to 0.446 / 0.532 at its
    // start; at its end 0.470 / 0.562 (dev-rt 0.308 / 0.330, organization names R 0.899); test 256
    // stories 0.391 / 0.456 (the 240 of before 0.370 / 0.433 -> 0.388 / 0.454; the 16 added, test-fi
    // (the financial sector) and test-ci (industrials and commodities), scored with the start and
    // final builds: 0.408 / 0.454 -> 0.435 / 0.488); organization names F1 dev 0.968, test 0.945.
    // Floors raised: dev 0.47 / 0.56, test 0.38 / 0.45. Twentieth session (2026-12-07): dev
    // 196 stories 0.441 / 0.531 -> 0.452 / 0.541 (the 8 added at its start, dev-mx, European,
    // Canadian, Brazilian, South African and Gulf stories: 0.333 / 0.396 -> 0.371 / 0.448, read and
    // tuned on); test 240 stories 0.370 / 0.433 (the 224 of before 0.371 / 0.430 -> 0.376 / 0.433;
    // the 16 added, test-au and test-sx, scored with the start and final builds: 0.309 / 0.428 ->
    // 0.314 / 0.433); organization names F1 dev 0.969, test 0.944. Floors raised: dev 0.45 / 0.54
    // (test unchanged). Nineteenth session (2026-12-07; a
    // profit keyed as a `net_loss` of X now scores as a net income of -X): dev 188 stories 0.446 /
    // 0.537 at its end (the 8 added then, dev-as, East and South Asian stories, scored first with the
    // start build: 0.379 / 0.404, then read and tuned on: 0.442 / 0.517); test 224 stories 0.371 /
    // 0.430 (the 208 of before 0.365 / 0.419 -> 0.371 / 0.431 with the new scorer; the 16 added at its
    // start, test-lm and test-us, scored with the start and final builds: 0.364 / 0.400 -> 0.370 /
    // 0.411); organization names F1 dev 0.967, test 0.944. Floors raised: dev 0.44 / 0.53, test
    // 0.37 / 0.42. Eighteenth session (2026-12-07):
    // dev 180 stories 0.436 / 0.526 at its end (the 8 added then, dev-tk, technology, media and
    // life-sciences stories, scored first with the start build: 0.304 / 0.372 -> 0.302 / 0.372);
    // test 208 stories 0.359 / 0.412 (the 192 of before 0.353 / 0.411 -> 0.359 / 0.415; the 16
    // added at its start, test-ea and test-eu, scored with the start and final builds: 0.349 /
    // 0.385 -> 0.354 / 0.385); organization names F1 dev 0.965, test 0.944. Floors raised: dev
    // 0.43 / 0.52, test recall 0.41. Seventeenth session (2026-12-07):
    // dev 172 stories 0.429 / 0.520 at its end (the 8 added then, dev-la, Latin American, Iberian
    // and Nordic stories, scored first with the start build: 0.242 / 0.258 -> 0.253 / 0.269), so the
    // dev precision floor goes 0.43 -> 0.42 for harder stories, not for a loss (the 164 of before
    // 0.431 / 0.521 -> 0.437 / 0.534); test 192 stories 0.353 / 0.411 (the 176 of before 0.356 /
    // 0.408 -> 0.358 / 0.415; the 16 added at its start, test-na and test-gm, scored with the start
    // and final builds: 0.312 / 0.361 -> 0.312 / 0.366); organization names F1 dev 0.965, test 0.946.
    // Fourteenth session (2026-12-07):
    // dev 164 stories 0.431 / 0.521 at its end (the 8 added then, dev-y, 0.414 / 0.484 -> 0.420 / 0.495);
    // test 176 stories 0.356 / 0.408 (the 160 of before 0.350 / 0.398 -> 0.353 / 0.407; the 16 added
    // at its start, test-y and test-z, scored with the start and final builds first: 0.364 / 0.404 ->
    // 0.377 / 0.419); organization names F1 dev 0.963, test 0.944; floors raised to them. Twelfth session (2026-12-07):
    // dev 156 stories 0.425 / 0.506 at its end (the 8 added then, dev-u, unread: 0.297 / 0.347);
    // test 160 stories 0.350 / 0.397 (the 144 of before 0.353 / 0.407; the 16 added at the end,
    // test-u and test-v, scored with the start and final builds first, lower: 0.32 / 0.32 at the
    // end); organization names F1 dev 0.951, test 0.936. The floors of the session before hold.
    for (half, min_precision, min_recall, min_org_f1) in [("dev", 0.47, 0.56, 0.96), ("test", 0.38, 0.45, 0.94)] {
        let (text, score, orgs) = newsfacts::check::stories::run_with_orgs(&blind.join(half), false).unwrap();
        assert!(orgs.gold >= 250, "{half}: {} marked organization names", orgs.gold);
        assert!(
            orgs.f1() + 1e-9 >= min_org_f1,
            "{half}: organization names F1 {:.3} below {min_org_f1}\n{text}",
            orgs.f1()
        );
        println!("{text}");
        assert!(score.expected >= 90, "{half}: {} expected facts", score.expected);
        assert!(
            score.precision() + 1e-9 >= min_precision && score.recall() + 1e-9 >= min_recall,
            "{half}: P {:.3} R {:.3} below the floors {min_precision} / {min_recall}\n{text}",
            score.precision(),
            score.recall()
        );
    }
}

#[test]
fn check_prints_both_story_halves() {
    let out = run(&["check"]);
    let text = stdout(&out);
    assert!(
        text.contains("stories ") && text.contains("blind/dev") && text.contains("blind/test"),
        "{text}"
    );
}
