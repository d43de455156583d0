//! Dates relative to the publish date: weekdays, "yesterday", "last week",
//! "two years ago", and the vague references now / recently / soon.
//!
//! | text (published Monday 2026-04-27) | value | rule |
//! |---|---|---|
//! | On Monday / On Friday / will meet Friday | 2026-04-27 / 2026-04-24 / 2026-05-01 | `date.relative.weekday` |
//! | last Wednesday / next Tuesday | 2026-04-22 / 2026-04-28 | `date.relative.weekday` |
//! | yesterday / today / tomorrow | 2026-04-26 / 2026-04-27 / 2026-04-28 | `date.relative.day` |
//! | this week / last week / next month / last quarter | 2026-W18 / 2026-W17 / 2026-05 / 2026-Q1 | `date.relative.unit` |
//! | two years ago / a week earlier / several years ago | 2024 / 2026-W17 / PAST_REF | `date.relative.ago` |
//! | three days later (a duration; "later" links it to an event) | P3D | `duration.counted` |
//! | the same day | XXXX-XX-XX | `date.relative.same` |
//! | now, currently, these days, current (market conditions) | PRESENT_REF | `date.relative.ref` |
//! | recently, the past | PAST_REF | `date.relative.ref` |
//! | the future, the near future | FUTURE_REF | `date.relative.ref` |
//!
//! "previously" and "soon" are left out: TimeML annotators mark them rarely
//! (3 of 23 and 4 of 18 in TimeBank + AQUAINT), so tagging them costs precision.

use super::Found;
use super::anchor::Expr;
use super::tokens::{self, Cx, Unit};
use super::{absolute, times};
use crate::extract::MentionType;
use crate::extract::rule::Rule;

/// A weekday name at `i`: "Monday", "last Friday", "Thursday, April 6",
/// "Friday morning" (TIME), "every Monday" (SET).
pub(crate) fn weekday(cx: &Cx, i: usize, wd: u8) -> Option<Found> {
    if !cx.capitalized(i) {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    if prev == "every" || prev == "each" {
        return Some(Found::fixed(
            i - 1,
            i + 1,
            MentionType::Set,
            &format!("XXXX-WXX-{wd}"),
            Rule::SetEvery,
        ));
    }
    let (s, shift) = match prev.as_str() {
        "last" if i >= 2 && cx.is(i - 2, "this") => (i - 2, 0),
        "last" => (i - 1, -1),
        "next" | "coming" => (i - 1, 1),
        "this" => (i - 1, 0),
        "past" if i >= 2 && cx.is(i - 2, "this") => (i - 2, 0),
        _ => (i, 0),
    };
    let day = Expr::Weekday { wd, shift };
    let e = i + 1;
    if let Some(part) = times::part_of_day(&cx.lower(e)) {
        return Some(Found::new(
            s,
            e + 1,
            MentionType::Time,
            Expr::Time {
                day: Box::new(day),
                part: part.into(),
            },
            Rule::TimePartOfDay,
        ));
    }
    // "Thursday, April 6" names the date itself.
    let k = if cx.punct(e, ',') { e + 1 } else { e };
    if let Some((m, abbrev)) = tokens::month(cx.s(k))
        && let Some(f) = absolute::month_date(cx, k, m, abbrev)
        && matches!(f.expr, Expr::Day { .. })
        && f.s == k
    {
        return Some(Found::date(s, f.e, f.expr, Rule::DateAbsoluteDay));
    }
    Some(Found::date(s, e, day, Rule::DateRelativeWeekday))
}

/// A day word and its optional part of day: "yesterday", "tomorrow morning".
fn day_word(cx: &Cx, i: usize, n: i32) -> Found {
    let day = Expr::Offset { unit: Unit::Day, n };
    if let Some(part) = times::part_of_day(&cx.lower(i + 1)) {
        return Found::new(
            i,
            i + 2,
            MentionType::Time,
            Expr::Time {
                day: Box::new(day),
                part: part.into(),
            },
            Rule::TimePartOfDay,
        );
    }
    Found::date(i, i + 1, day, Rule::DateRelativeDay)
}

/// Relative words that are triggers on their own.
pub(crate) fn word(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.lower(i);
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    let next = cx.lower(i + 1);
    let r = |s: usize, v: &str| Some(Found::fixed(s, i + 1, MentionType::Date, v, Rule::DateRelativeRef));
    match w.as_str() {
        "today" => Some(day_word(cx, i, 0)),
        "yesterday" => Some(day_word(cx, i, -1)),
        "tomorrow" => Some(day_word(cx, i, 1)),
        "now" => {
            // "now-defunct", "from now on" are not the present moment itself.
            if cx.punct(i + 1, '-') && cx.touches_prev(i + 1) {
                return None;
            }
            r(i, "PRESENT_REF")
        }
        "currently" | "presently" | "nowadays" => r(i, "PRESENT_REF"),
        "current" => {
            // "current market conditions", "its current wife": the present; "the
            // current year" is a unit phrase, "current account" no time at all.
            let unit_after = tokens::unit(cx.s(i + 1)).is_some() || cx.is(i + 1, "fiscal");
            if !cx.is_word(i + 1) || unit_after || cx.is_any(i + 1, NOT_TIMES) || cx.capitalized(i) {
                return None;
            }
            if prev == "then" {
                return r(i - 1, "PAST_REF");
            }
            r(i, "PRESENT_REF")
        }
        "recently" | "lately" => {
            let s = if prev == "more" || prev == "most" { i - 1 } else { i };
            r(s, "PAST_REF")
        }
        "future" => {
            // "the future", "the near future", "in future"; not "future products".
            let mut s = i;
            if s >= 1 && cx.is_any(s - 1, &["near", "foreseeable", "distant", "immediate"]) {
                s -= 1;
            }
            let the = s >= 1 && cx.is(s - 1, "the");
            if (!the && prev != "in")
                || next == "of"
                || (cx.is_word(i + 1) && !cx.capitalized(i + 1) && !is_function_word(&next))
            {
                return None;
            }
            r(if the { s - 1 } else { s }, "FUTURE_REF")
        }
        "term" => {
            // "in the near term", "over the short term": the time just ahead.
            let ends = !cx.is_word(i + 1) || is_function_word(&next);
            (i >= 2 && matches!(prev.as_str(), "near" | "short") && cx.is(i - 2, "the") && ends)
                .then(|| Found::fixed(i - 2, i + 1, MentionType::Date, "FUTURE_REF", Rule::DateRelativeRef))
        }
        "past" => {
            // "the past two years" is a duration, found from its unit.
            let the = prev == "the";
            let ends = !cx.is_word(i + 1) || is_function_word(&next);
            (the && ends).then(|| Found::fixed(i - 1, i + 1, MentionType::Date, "PAST_REF", Rule::DateRelativeRef))
        }
        _ => None,
    }
}

/// Nouns after "current" that make it no time reference.
const NOT_TIMES: &[&str] = &[
    "account",
    "accounts",
    "affairs",
    "events",
    "liabilities",
    "assets",
    "flow",
    "flows",
];

/// Words that end a noun phrase: after them, "future" or "past" stands alone.
pub(crate) fn is_function_word(w: &str) -> bool {
    [
        "and", "or", "but", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "was", "are", "were",
        "will", "that", "which", "when", "than", "if", "it", "they", "we", "he", "she", "the", "a", "has", "have",
        "had",
    ]
    .contains(&w)
}

/// A unit with "this"/"last"/"next"/"the previous"/"the same" before it and no
/// count: "last year", "this week", "the previous quarter", "the quarter",
/// "the same day", "earlier this month" (with its modifier).
pub(crate) fn unit_relative(cx: &Cx, i: usize, unit: Unit, weekend_back: i32) -> Option<Found> {
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    let the_before = |k: usize| k >= 1 && cx.is(k - 1, "the");
    let rel = |n: i32| Expr::Offset { unit, n };
    let at = |k: usize| if the_before(k) { k - 1 } else { k };
    let here = match prev.as_str() {
        "this" | "current" => Some((at(i - 1), 0)),
        "last" | "past" if !the_before(i - 1) => Some((i - 1, -1)),
        "last" | "past" | "latest" | "previous" | "prior" | "preceding" if the_before(i - 1) => {
            // "the past year" is the year up to now; "the previous year" a calendar year.
            if matches!(prev.as_str(), "last" | "past") && unit != Unit::Quarter {
                return Some(Found::fixed(
                    i - 2,
                    i + 1,
                    MentionType::Duration,
                    &super::anchor::duration(1.0, unit),
                    Rule::DurationCounted,
                ));
            }
            Some((i - 2, -1))
        }
        "recent" if i >= 2 && cx.is(i - 2, "most") && the_before(i - 2) => Some((i - 3, -1)),
        "next" | "coming" if !the_before(i - 1) => Some((i - 1, 1)),
        "next" | "coming" if the_before(i - 1) => {
            return Some(Found::fixed(
                i - 2,
                i + 1,
                MentionType::Duration,
                &super::anchor::duration(1.0, unit),
                Rule::DurationCounted,
            ));
        }
        "same" if the_before(i - 1) => {
            let v = match unit {
                Unit::Day => "XXXX-XX-XX",
                Unit::Week => "XXXX-WXX",
                Unit::Month => "XXXX-XX",
                Unit::Quarter => "XXXX-QX",
                Unit::Year => "XXXX",
                _ => return None,
            };
            return Some(Found::fixed(i - 2, i + 1, MentionType::Date, v, Rule::DateRelativeSame));
        }
        "full" if unit == Unit::Year && the_before(i - 1) => Some((i - 2, 0)),
        "the" if unit == Unit::Quarter => Some((i - 1, -1)),
        // "For the year, volume was flat", "a high for the year": the current
        // year (TimeBank + AQUAINT annotate every such one); not "the year
        // ended June 30", "the year before", "the year 1999".
        "the" if unit == Unit::Year && !cx.capitalized(i) && !year_of_something_else(cx, i) => {
            if i >= 3 && cx.is(i - 2, "in") && cx.is_any(i - 3, &["earlier", "later"]) {
                let mut f = Found::date(i - 3, i + 1, rel(0), Rule::DateRelativeUnit);
                f.modifier = Some(if cx.is(i - 3, "earlier") { "START" } else { "END" });
                return Some(f);
            }
            Some((i - 1, 0))
        }
        // "the fiscal year", "the current fiscal year", "the latest fiscal year".
        "fiscal" if unit == Unit::Year && i >= 2 && !year_of_something_else(cx, i) => {
            let (s, n) = match cx.lower(i - 2).as_str() {
                "the" | "this" | "its" => (i - 2, 0),
                "current" => (i - 2, 0),
                "latest" | "last" | "previous" | "prior" => (i - 2, -1),
                "next" | "coming" => (i - 2, 1),
                _ => return None,
            };
            let s = if s < i - 2 || cx.is_any(s, &["the", "this", "its"]) {
                s
            } else {
                at(s)
            };
            Some((s, n))
        }
        "the" if unit == Unit::Weekend => Some((i - 1, weekend_back)),
        _ => None,
    };
    let (s, n) = here?;
    if !matches!(
        unit,
        Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade
    ) || (unit == Unit::Day && n != 0)
    {
        return None;
    }
    // "this day" is rare and usually not a date; "last/this weekend" keeps its sign.
    if unit == Unit::Day {
        return None;
    }
    let n = if unit == Unit::Weekend && n == -1 && weekend_back == 0 {
        -1
    } else {
        n
    };
    Some(Found::date(s, i + 1, rel(n), Rule::DateRelativeUnit))
}

/// The words after "the year" that make it another year than the current one.
fn year_of_something_else(cx: &Cx, i: usize) -> bool {
    let glued = cx.touches_prev(i + 1) && !cx.punct(i + 1, ',') && !cx.punct(i + 1, '.');
    glued
        || cx.kind(i + 1) == Some(tokens::Kind::Num)
        || cx.is_any(
            i + 1,
            &[
                "ended", "ending", "ends", "ago", "earlier", "before", "after", "end", "since", "later", "two", "when",
                "that", "in", "of",
            ],
        )
}

/// "a year ago", "two weeks earlier", "several years ago", "three days later".
pub(crate) fn ago(cx: &Cx, qs: usize, i: usize, unit: Unit, n: Option<f64>) -> Option<Found> {
    let word = cx.lower(i + 1);
    let sign = match word.as_str() {
        "ago" | "earlier" => -1,
        // "three days later", "a week before": TimeML marks the duration, the
        // word is a signal linking it to an event.
        _ => return None,
    };
    let e = i + 2;
    // "nearly four years ago", "more than four decades ago": the qualifier is part of it.
    let qs = if qs >= 2 && cx.is_any(qs - 2, &["more", "less"]) && cx.is(qs - 1, "than") {
        qs - 2
    } else if qs >= 1 && cx.is_any(qs - 1, &["nearly", "almost", "about", "around", "some"]) {
        qs - 1
    } else {
        qs
    };
    let Some(n) = n else {
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some(Found::fixed(qs, e, MentionType::Date, v, Rule::DateRelativeAgo));
    };
    let n = n.round() as i32;
    // In earnings news "a year earlier" next to a quarter is that quarter a year before.
    if unit == Unit::Year && n == 1 && sign < 0 && quarter_context(cx, i) {
        return Some(Found::date(
            qs,
            e,
            Expr::Offset {
                unit: Unit::Quarter,
                n: -5,
            },
            Rule::DateRelativeAgo,
        ));
    }
    Some(Found::date(
        qs,
        e,
        Expr::Offset { unit, n: sign * n },
        Rule::DateRelativeAgo,
    ))
}

/// "year-earlier", "year-ago" ("the year-earlier quarter", "the year-ago period").
pub(crate) fn year_earlier(cx: &Cx, i: usize) -> Option<Found> {
    if !(cx.punct(i + 1, '-') && cx.touches_prev(i + 1) && cx.is_any(i + 2, &["earlier", "ago"])) {
        return None;
    }
    let mut s = i;
    let mut e = i + 3;
    let period = cx.is_any(e, &["quarter", "period"]);
    if period {
        e += 1;
        if s >= 1 && cx.is(s - 1, "the") {
            s -= 1;
        }
    }
    let expr = if period || quarter_context(cx, i) {
        Expr::Offset {
            unit: Unit::Quarter,
            n: -5,
        }
    } else {
        Expr::Offset {
            unit: Unit::Year,
            n: -1,
        }
    };
    Some(Found::date(s, e, expr, Rule::DateRelativeYearEarlier))
}

/// A quarter is talked about near token `i` (same window, 20 tokens either side).
pub(crate) fn quarter_context(cx: &Cx, i: usize) -> bool {
    let lo = i.saturating_sub(20);
    let hi = (i + 20).min(cx.len());
    (lo..hi).any(|k| cx.is(k, "quarter"))
}

/// "these days": the present.
pub(crate) fn these_days(cx: &Cx, i: usize) -> Option<Found> {
    (i >= 1 && cx.is(i - 1, "these") && cx.is(i, "days"))
        .then(|| Found::fixed(i - 1, i + 1, MentionType::Date, "PRESENT_REF", Rule::DateRelativeRef))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn weekdays() {
        check(
            "On Monday, Microsoft and OpenAI announced it.",
            &[("Monday", "DATE", "2026-04-27")],
        );
        check("The talks ended Friday.", &[("Friday", "DATE", "2026-04-24")]);
        check("They will meet Friday.", &[("Friday", "DATE", "2026-05-01")]);
        check(
            "It happened last Wednesday.",
            &[("last Wednesday", "DATE", "2026-04-22")],
        );
        check(
            "He called Friday morning.",
            &[("Friday morning", "TIME", "2026-04-24TMO")],
        );
        check(
            "It opened Thursday, April 23, 2026.",
            &[("Thursday, April 23, 2026", "DATE", "2026-04-23")],
        );
    }

    #[test]
    fn days_and_units() {
        check("Shares rose yesterday.", &[("yesterday", "DATE", "2026-04-26")]);
        check(
            "However, this week, that exclusivity ended.",
            &[("this week", "DATE", "2026-W18")],
        );
        check(
            "It fell last week and will rise next month.",
            &[("last week", "DATE", "2026-W17"), ("next month", "DATE", "2026-05")],
        );
        check(
            "Last quarter, Microsoft reported a gain.",
            &[("Last quarter", "DATE", "2026-Q1")],
        );
        check(
            "Sales rose earlier this year.",
            &[("earlier this year", "DATE", "2026")],
        );
        check("Profit fell in the quarter.", &[("the quarter", "DATE", "2026-Q1")]);
        check(
            "on the same day that OpenAI announced",
            &[("the same day", "DATE", "XXXX-XX-XX")],
        );
        check("It should close by year-end.", &[("year-end", "DATE", "2026")]);
        check(
            "Revenue for the year ended March 31 rose.",
            &[("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2026-03-31")],
        );
    }

    #[test]
    fn ago() {
        check("It was founded two years ago.", &[("two years ago", "DATE", "2024")]);
        check(
            "It was founded several years ago.",
            &[("several years ago", "DATE", "PAST_REF")],
        );
        check(
            "Profit rose from a year earlier.",
            &[("a year earlier", "DATE", "2025")],
        );
        check(
            "Third-quarter profit rose from a year earlier.",
            &[
                ("Third-quarter", "DATE", "2025-Q3"),
                ("a year earlier", "DATE", "2024-Q3"),
            ],
        );
        // A forecast's quarter, not yet over, is no quarter a result is
        // compared with: the year-ago period is the reported quarter's.
        check(
            "Third-quarter net income fell. Analysts see losses through the second quarter of 2027. In the year-ago period, it earned $5 million.",
            &[
                ("Third-quarter", "DATE", "2025-Q3"),
                ("the second quarter of 2027", "DATE", "2027-Q2"),
                ("the year-ago period", "DATE", "2024-Q3"),
            ],
        );
        check(
            "Net income rose for the second quarter ended April 4. A year earlier it earned $2 million.",
            &[
                ("the second quarter", "DATE", "2026-Q2"),
                ("April 4", "DATE", "2026-04-04"),
                ("A year earlier", "DATE", "2025-Q2"),
            ],
        );
        check(
            "Brokers expect weak sales in the fourth quarter of 2027. First-quarter sales rose from a year earlier.",
            &[
                ("the fourth quarter of 2027", "DATE", "2027-Q4"),
                ("First-quarter", "DATE", "2026-Q1"),
                ("a year earlier", "DATE", "2025-Q1"),
            ],
        );
    }

    #[test]
    fn refs() {
        check(
            "Growth will slow in the near term and over the short term.",
            &[
                ("the near term", "DATE", "FUTURE_REF"),
                ("the short term", "DATE", "FUTURE_REF"),
            ],
        );
        check("It sold short-term notes.", &[]);
        check("OpenAI can now offer any product.", &[("now", "DATE", "PRESENT_REF")]);
        check("It recently shipped.", &[("recently", "DATE", "PAST_REF")]);
        check("Soon after, Amazon pledged.", &[]);
        check(
            "Prices may rise in the future.",
            &[("the future", "DATE", "FUTURE_REF")],
        );
        check(
            "Things were different in the past.",
            &[("the past", "DATE", "PAST_REF")],
        );
        check(
            "It delayed the plant because of current market conditions.",
            &[("current", "DATE", "PRESENT_REF")],
        );
        check(
            "options at 50% of the then current market price",
            &[("then current", "DATE", "PAST_REF")],
        );
        check("The current account deficit widened.", &[]);
        check(
            "Sales in the current year rose.",
            &[("the current year", "DATE", "2026")],
        );
    }

    #[test]
    fn the_year_is_the_current_one() {
        check("For the year, volume was flat.", &[("the year", "DATE", "2026")]);
        check(
            "Planting was delayed earlier in the year by rains.",
            &[("earlier in the year", "DATE", "2026")],
        );
        check(
            "Earnings will be lower for the fiscal year.",
            &[("the fiscal year", "DATE", "2026")],
        );
        check(
            "sales of $6.3 billion in the latest fiscal year",
            &[("the latest fiscal year", "DATE", "2025")],
        );
        check("The year before, it lost money.", &[]);
        check("He was named Person of the Year.", &[]);
    }
}
