//! Money and percentages: the fixtures that annotate MONEY / PERCENT, and the
//! MEANTIME corpus (`../shared/corpora/meantime`).

use newsfacts::check::{Counts, meantime};
use newsfacts::extract::MentionType;

use crate::util;

const KINDS: [MentionType; 2] = [MentionType::Money, MentionType::Percent];

/// Every bundled fixture that annotates MONEY or PERCENT meets its thresholds for them.
#[test]
fn money_fixtures_meet_their_thresholds() {
    let (_, thresholds) = util::assert_family_fixtures(&KINDS);
    assert!(thresholds >= 2, "the seed fixtures annotate MONEY");
}

/// MEANTIME MONEY / PERCENT, relaxed span F1 (type + any shared token).
///
/// Where MEANTIME's conventions differ from ours (so strict F1 is lower and
/// some gold is out of reach by design):
/// - Quantifiers and hedges sit inside gold spans: "some of the US$ 700
///   billion", "net $ 5.9 billion dollars", "over $ 6.7 billion". We keep
///   exactness phrases ("over", "about", "as much as") in the span but not
///   "some of the" or "net"; relaxed matching counts these.
/// - A figure and its per-share figure are annotated three times: "$ 381
///   million", "$ 0.67", and "$ 381 million , or $ 0.67" (also "AU$ 52.5
///   million ( US$ 40.4 million", "20 to 25 percent" beside "20" and "25
///   percent"). We give one mention per figure (a range as one), so each
///   triple costs one or two misses.
/// - Bare numbers are annotated MONEY when the context implies money: "200
///   million per aircraft", "the four billion it has already received", and
///   once a count ("1,100 dealerships"). Without a currency we do not call a
///   number money.
/// - "£" appears as "#" ("# 13 billion", ISO 646-GB); we read "#" + number +
///   scale word as GBP (rule `money.hash_pound`).
/// - "per share", "a barrel" are outside gold spans, as in ours.
#[test]
fn meantime_money_and_percent_relaxed_f1() {
    let Some((docs, analyses)) = util::meantime() else {
        return;
    };
    let scores = meantime_scores(docs, analyses);
    // Reached on 2026-11-23: MONEY 0.947, PERCENT 0.970.
    for (kind, relaxed, target) in [("MONEY", scores[0], 0.94), ("PERCENT", scores[1], 0.96)] {
        eprintln!("MEANTIME {kind} relaxed {}", relaxed.summary());
        assert!(
            relaxed.f1() >= target,
            "MEANTIME {kind} relaxed F1 {:.3} < {target}",
            relaxed.f1()
        );
    }
}

fn meantime_scores(docs: &[meantime::MeantimeDoc], analyses: &[newsfacts::Analysis]) -> [Counts; 2] {
    let mut out = [Counts::default(); 2];
    for (doc, analysis) in docs.iter().zip(analyses) {
        for (i, (value_type, kind)) in [("MONEY", MentionType::Money), ("PERCENT", MentionType::Percent)]
            .into_iter()
            .enumerate()
        {
            let gold = meantime::gold_values(doc, value_type);
            let system = meantime::system_spans(doc, analysis, kind);
            out[i].add(meantime::score_spans(&gold, &system).1);
        }
    }
    out
}
