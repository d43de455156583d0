//! The tense of the clause around a date written without its year or week:
//! "In October, OpenAI agreed" (past), "will ship in October" (future).
//! Cue words nearest the date decide; [`super::anchor`] turns the tense into a year or week.

use std::ops::Range;
use std::sync::LazyLock;

use super::anchor::Tense;
use super::tokens::{self, Cx};

/// Words that put a clause in the future, and in the past.
const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "ll",
    "shall",
    "going",
    "plans",
    "plan",
    "planned",
    "planning",
    "preparing",
    "intended",
    "expects",
    "expect",
    "scheduled",
    "upcoming",
    "due",
    "intends",
    "aims",
    "next",
    "coming",
    "forthcoming",
    "slated",
    "expected",
    "payable",
    "expire",
    "expires",
    "effective",
];
/// Reporting verbs date the report, not the event: they count only right next to the date.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "reported",
    "added",
    "stated",
    "confirmed",
    "disclosed",
    "noted",
];
const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "ago",
    "last",
    "earlier",
    "previously",
    "began",
    "came",
    "made",
    "won",
    "took",
    "gave",
    "got",
    "rose",
    "fell",
    "grew",
    "sold",
    "bought",
    "paid",
    "told",
    "led",
    "saw",
    "went",
    "left",
    "brought",
    "thought",
    "found",
    "held",
    "kept",
    "lost",
    "met",
    "built",
    "spent",
    "sent",
    "became",
    "chose",
    "fought",
    "wrote",
    "drove",
    "sought",
    "caught",
    "stood",
    "struck",
    "fled",
    "swept",
    "knew",
    "spoke",
    "broke",
    "ran",
];

/// Words that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "although", "though", "whereas", "unless",
];

/// Determiners before "plan" make it a noun ("announced the plan Aug. 21").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"];

/// The tense word `w` (token `i`, lowercased `l`) cues, if any.
fn cue(cx: &Cx, i: usize, w: &str, l: &str, class: u8) -> Option<Tense> {
    // "set to resume Monday", "is to resume trading Tuesday": a planned event.
    if matches!(l, "set" | "is" | "are") && cx.is(i + 1, "to") && cx.is_word(i + 2) {
        return Some(Tense::Future);
    }
    if class & FUTURE != 0 {
        // "had been due to expire Friday", "had been scheduled to": a plan of the past.
        if (i.saturating_sub(PERFECT_REACH)..i).any(|j| cx.is(j, "had")) {
            return Some(Tense::Past);
        }
        let noun = matches!(l, "plan" | "plans") && i >= 1 && cx.is_any(i - 1, DETERMINERS);
        // "next to" is a place.
        let place = l == "next" && cx.is(i + 1, "to");
        return (!noun && !place).then_some(Tense::Future);
    }
    // "holders of record Dec. 21": a record date is set ahead of the payment.
    if l == "record" && i >= 1 && cx.is(i - 1, "of") {
        return Some(Tense::Future);
    }
    // "-ed" past forms, but not "succeed", "need", "proceed" nor names.
    let past_form = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed") && !cx.capitalized(i);
    // A passive participle ("will be paid Dec. 14") has no tense of its own:
    // the auxiliary before it decides.
    let passive = || i >= 1 && cx.is_any(i - 1, &["be", "been", "being"]);
    ((past_form || class & PAST != 0) && !passive()).then_some(Tense::Past)
}

/// Bits of [`classes`]: which cue lists hold a word.
const SUBORDINATOR: u8 = 1;
const FUTURE: u8 = 2;
const PAST: u8 = 4;
const REPORT: u8 = 8;

/// Which of the cue lists ([`SUBORDINATORS`], [`FUTURE_CUES`], [`PAST_CUES`],
/// [`REPORTING`]) hold the lowercased word `l`: one hash look-up per token
/// instead of a scan of each list (every word of a date's sentence is asked).
fn classes(l: &str) -> u8 {
    static MAP: LazyLock<foldhash::HashMap<&'static str, u8>> = LazyLock::new(|| {
        let mut m = foldhash::HashMap::default();
        for (list, bit) in [
            (SUBORDINATORS, SUBORDINATOR),
            (FUTURE_CUES, FUTURE),
            (PAST_CUES, PAST),
            (REPORTING, REPORT),
        ] {
            for w in list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    });
    MAP.get(l).copied().unwrap_or(0)
}

/// How many words before a future cue "had" still makes it a past plan
/// ("had been scheduled to expire").
const PERFECT_REACH: usize = 4;

/// Whether "had" is among the few words around tokens `[s, e)` in the same sentence:
/// the past perfect that sets a deadline date in the past.
pub(crate) fn past_perfect_near(cx: &Cx, s: usize, e: usize, sentence: &Range<usize>) -> bool {
    const REACH: usize = 6;
    (s.saturating_sub(REACH)..(e + REACH).min(cx.len()))
        .filter(|&i| cx.toks[i].start >= sentence.start && cx.toks[i].end <= sentence.end)
        .any(|i| cx.is(i, "had"))
}

/// The tense of the clause around tokens `[s, e)`: the nearest cue word in the
/// same sentence decides; `None` when there is none.
pub(crate) fn of_clause(cx: &Cx, s: usize, e: usize, sentence: &Range<usize>) -> Option<Tense> {
    let first = cx.toks.partition_point(|t| t.start < sentence.start);
    let last = cx.toks.partition_point(|t| t.end <= sentence.end);
    // The nearest cue on each side wins, so each side is read outward from the
    // date and stops at its first cue: the cost is the distance, not the sentence.
    let cue_at = |i: usize| -> Option<Result<Tense, ()>> {
        if !cx.is_word(i) {
            return None;
        }
        // Lowercased once: the cue lists are compared with it (tokens longer
        // than any cue come back empty and match nothing but "-ed" forms).
        let l = cx.lower(i);
        let class = classes(l.as_str());
        // A subordinate clause has its own tense: in "expects to deliver 700
        // jets after handing over 60 in October", "expects" is not October's
        // verb; nothing before the subordinator counts.
        if i < s && class & SUBORDINATOR != 0 {
            return Some(Err(()));
        }
        let cue = cue(cx, i, cx.s(i), l.as_str(), class)?;
        let dist = if i < s { s - i } else { i + 1 - e };
        if dist > 3 && class & REPORT != 0 {
            return None;
        }
        // "the coming months", "next year" are other dates, not the clause's tense.
        if cx.is_any(i, &["next", "coming", "last"]) && tokens::unit(cx.s(i + 1)).is_some() {
            return None;
        }
        Some(Ok(cue))
    };
    let left = (first..s.min(last))
        .rev()
        .find_map(|i| cue_at(i).map(|c| c.map(|t| (s - i, t))));
    let right = (e.max(first)..last).find_map(|i| cue_at(i).map(|c| c.map(|t| (i + 1 - e, t))));
    // At equal distances the cue before the date wins, as reading left to right would.
    match (left.and_then(Result::ok), right.and_then(Result::ok)) {
        (Some((dl, tl)), Some((dr, tr))) => Some(if dr < dl { tr } else { tl }),
        (l, r) => l.or(r).map(|(_, t)| t),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn a_word_is_looked_up_in_every_cue_list_at_once() {
        use super::{FUTURE, PAST, REPORT, SUBORDINATOR, classes};
        assert_eq!(classes("said"), PAST | REPORT);
        assert_eq!(classes("announced"), REPORT);
        assert_eq!(classes("although"), SUBORDINATOR);
        assert_eq!(classes("scheduled"), FUTURE);
        assert_eq!(classes("last"), PAST);
        assert_eq!(classes("Said"), 0);
        assert_eq!(classes("table"), 0);
        assert_eq!(classes(""), 0);
    }

    #[test]
    fn past_and_future_cues() {
        // Published Monday 2026-04-27.
        check(
            "The team planned to leave on Thursday.",
            &[("Thursday", "DATE", "2026-04-30")],
        );
        check(
            "Protesters were planning a rally on Saturday.",
            &[("Saturday", "DATE", "2026-05-02")],
        );
        check("He will succeed her in March.", &[("March", "DATE", "2027-03")]);
    }

    #[test]
    fn a_subordinate_clause_keeps_its_own_tense() {
        // "expects" governs the delivery, not October (published 2026-04-27).
        check(
            "Airbus expects to deliver 700 jets after handing over 60 in March.",
            &[("March", "DATE", "2026-03")],
        );
        check("It will deliver the jets in March.", &[("March", "DATE", "2027-03")]);
    }

    #[test]
    fn a_weekday_deadline_is_ahead() {
        check(
            "The agency gave the family until 9 a.m. Tuesday to sign.",
            &[("9 a.m. Tuesday", "TIME", "2026-04-28T09:00")],
        );
        check(
            "The group might come as soon as Thursday, reports said.",
            &[("Thursday", "DATE", "2026-04-30")],
        );
    }

    #[test]
    fn a_passive_participle_takes_the_tense_of_its_auxiliary() {
        // "paid" after "be" is no past; "will" decides (published 2026-04-27).
        check(
            "The dividend will be paid Dec. 14 to holders of record Dec. 1.",
            &[("Dec. 14", "DATE", "2026-12-14"), ("Dec. 1", "DATE", "2026-12-01")],
        );
        check(
            "The new structure is effective Feb. 1.",
            &[("Feb. 1", "DATE", "2027-02-01")],
        );
        check(
            "In July, the company brought in a new chief.",
            &[("July", "DATE", "2025-07")],
        );
    }

    #[test]
    fn the_past_perfect_puts_plans_and_deadlines_behind() {
        check(
            "Until Thursday, they had not called him a suspect.",
            &[("Thursday", "DATE", "2026-04-23")],
        );
        check(
            "The offer had been due to expire Friday evening.",
            &[("Friday evening", "TIME", "2026-04-24TEV")],
        );
        check(
            "The airline will add flights by February.",
            &[("February", "DATE", "2027-02")],
        );
    }

    #[test]
    fn a_possessive_weekday_is_a_day_that_happened() {
        check(
            "Exiles would look for ways around Wednesday's ruling.",
            &[("Wednesday", "DATE", "2026-04-22")],
        );
    }

    #[test]
    fn words_that_look_like_cues_but_are_not() {
        // "the plan" is a noun, "next to" a place, "succeed" no past form.
        check(
            "The thrift announced the plan Feb. 21.",
            &[("Feb. 21", "DATE", "2026-02-21")],
        );
        check(
            "Ten people were killed next to the embassy on Friday.",
            &[("Friday", "DATE", "2026-04-24")],
        );
    }
}
