//! Durations and sets, and the dispatch of calendar-unit words (a unit word is
//! where durations, "last year" and "two years ago" are found from).
//!
//! | text | type | value | rule |
//! |---|---|---|---|
//! | for six years / the six years covered | DURATION | P6Y | `duration.counted` |
//! | over the next eight years | DURATION | P8Y (span "the next eight years") | `duration.counted` |
//! | less than 48 hours | DURATION | PT48H, mod LESS_THAN | `duration.counted` |
//! | 2 1/2 years / a 30-day period | DURATION | P2Y6M / P30D | `duration.counted` |
//! | over the coming months / for years / several weeks | DURATION | PXM / PXY / PXW | `duration.vague` |
//! | every quarter / each year / 10% a year | SET | P1Q / P1Y / P1Y | `set.every` |
//! | annually / daily | SET | P1Y / P1D | `set.adverb` |
//! | Mondays / every Monday | SET | XXXX-WXX-1 | `set.weekday`, `set.every` |

use crate::extract::rule::Rule;
use jiff::civil::Date;

use super::anchor;
use super::tokens::{self, Cx, Kind, Unit};
use super::{Found, absolute, holidays, previous, relative};
use crate::extract::MentionType;

/// A count written before the unit at `i`: its first token and value (`None`
/// for vague counts: "several", "a few"). Reads "48", "2 1/2", "1.5", "two",
/// "twenty-four", "a", "a couple of", "two more", the "30-" of "30-day".
/// Words between a count and its unit: "two more years", "eight trading days".
const COUNT_ADJECTIVES: &[&str] = &[
    "more",
    "additional",
    "extra",
    "straight",
    "consecutive",
    "full",
    "trading",
    "business",
    "working",
];

fn quantity_before(cx: &Cx, i: usize) -> Option<(usize, Option<f64>)> {
    let mut j = i.checked_sub(1)?;
    if cx.punct(j, '-') && cx.touches_prev(j) && cx.touches_prev(j + 1) {
        j = j.checked_sub(1)?;
    }
    if cx.is_any(j, COUNT_ADJECTIVES) && j >= 1 {
        if let Some((s, n)) = quantity_ending_at(cx, j - 1) {
            return Some((s, n));
        }
    }
    quantity_ending_at(cx, j)
}

fn quantity_ending_at(cx: &Cx, j: usize) -> Option<(usize, Option<f64>)> {
    match cx.kind(j)? {
        Kind::Num => {
            if cx.digits(j) > 6 {
                return None;
            }
            let n = cx.num(j)? as f64;
            // "2 1/2", "1/2"
            if j >= 2
                && cx.punct(j - 1, '/')
                && cx.kind(j - 2) == Some(Kind::Num)
                && cx.touches_prev(j)
                && cx.touches_prev(j - 1)
            {
                let frac = cx.num(j - 2)? as f64 / n.max(1.0);
                if j >= 3 && cx.kind(j - 3) == Some(Kind::Num) && !cx.touches_prev(j - 2) {
                    return Some((j - 3, Some(cx.num(j - 3)? as f64 + frac)));
                }
                return Some((j - 2, Some(frac)));
            }
            // "1.5"
            if j >= 2
                && cx.punct(j - 1, '.')
                && cx.kind(j - 2) == Some(Kind::Num)
                && cx.touches_prev(j)
                && cx.touches_prev(j - 1)
            {
                let v: f64 = format!("{}.{}", cx.s(j - 2), cx.s(j)).parse().ok()?;
                return Some((j - 2, Some(v)));
            }
            // "1,000"
            if j >= 2
                && cx.punct(j - 1, ',')
                && cx.kind(j - 2) == Some(Kind::Num)
                && cx.touches_prev(j)
                && cx.touches_prev(j - 1)
            {
                let v: f64 = format!("{}{}", cx.s(j - 2), cx.s(j)).parse().ok()?;
                return Some((j - 2, Some(v)));
            }
            if cx.inside_figure(j) {
                return None;
            }
            // "12 to 18 months", "two to three weeks": the lower count.
            if let Some(r) = range_start(cx, j) {
                return Some(r);
            }
            Some((j, Some(n)))
        }
        Kind::Word => {
            let w = cx.lower(j);
            match w.as_str() {
                "few" => {
                    let s = if j >= 1 && cx.is(j - 1, "a") { j - 1 } else { j };
                    Some((s, None))
                }
                "several" | "many" | "numerous" => Some((j, None)),
                "of" if j >= 2 && cx.is(j - 1, "couple") => {
                    let s = if cx.is(j - 2, "a") { j - 2 } else { j - 1 };
                    Some((s, Some(2.0)))
                }
                "dozen" => {
                    let s = if j >= 1 && cx.is_any(j - 1, &["a", "one"]) {
                        j - 1
                    } else {
                        j
                    };
                    Some((s, Some(12.0)))
                }
                "half" if j >= 2 && cx.is(j - 1, "a") && cx.is(j - 2, "and") => {
                    let (s, n) = quantity_ending_at(cx, j.checked_sub(3)?)?;
                    Some((s, n.map(|n| n + 0.5)))
                }
                "a" | "an" if j >= 1 && cx.is(j - 1, "half") => Some((j - 1, Some(0.5))),
                "hundred" | "thousand" => {
                    let mult = if w == "hundred" { 100.0 } else { 1000.0 };
                    match j
                        .checked_sub(1)
                        .and_then(|k| tokens::number_word(cx.s(k)).map(|n| (k, n)))
                    {
                        Some((k, n)) => Some((k, Some(n as f64 * mult))),
                        None => Some((j, Some(mult))),
                    }
                }
                _ => {
                    let n = tokens::number_word(&w)?;
                    if w == "single" {
                        return None;
                    }
                    // "twenty-four", "twenty four"
                    if n < 10 && j >= 1 {
                        let tens_at = if cx.punct(j - 1, '-') && j >= 2 { j - 2 } else { j - 1 };
                        if let Some(t) =
                            tokens::number_word(cx.s(tens_at)).filter(|t| *t >= 20 && t % 10 == 0 && *t < 100)
                        {
                            return Some((tens_at, Some((t + n) as f64)));
                        }
                    }
                    if let Some(r) = range_start(cx, j) {
                        return Some(r);
                    }
                    Some((j, Some(n as f64)))
                }
            }
        }
        Kind::Punct => None,
    }
}

/// "12 to 18", "two or three": the range's first count, when `j` is its second.
fn range_start(cx: &Cx, j: usize) -> Option<(usize, Option<f64>)> {
    if j < 2 || !(cx.is_any(j - 1, &["to", "or"]) || cx.punct(j - 1, '-')) {
        return None;
    }
    let k = j - 2;
    let n = if cx.kind(k) == Some(Kind::Num) && !cx.inside_figure(k) {
        cx.num(k)? as f64
    } else {
        let w = cx.lower(k);
        if w == "a" || w == "an" {
            return None;
        }
        tokens::number_word(&w)? as f64
    };
    Some((k, Some(n)))
}

/// Words between "the" and a count that keep the phrase one duration:
/// "the past two years", "the first nine months", "the next eight years".
const SPAN_WORDS: &[&str] = &[
    "past",
    "last",
    "next",
    "coming",
    "first",
    "previous",
    "following",
    "prior",
    "latest",
    "final",
    "initial",
    "remaining",
    "recent",
    "entire",
    "whole",
    "full",
    "additional",
    "other",
];

/// A unit word at `i`: the dispatcher for everything counted in units.
pub(crate) fn unit_phrase(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    let (unit, plural) = tokens::unit(cx.s(i))?;
    if unit == Unit::Quarter
        && !plural
        && let Some(f) = absolute::ordinal_quarter(cx, i)
    {
        return Some(f);
    }
    if unit == Unit::Year
        && let Some(f) = relative::year_earlier(cx, i)
    {
        return Some(f);
    }
    if unit == Unit::Year
        && let Some(f) = holidays::new_year(cx, i)
    {
        return Some(f);
    }
    if unit == Unit::Year && !plural {
        // "year-end", "year end", "year's end": the end of the current year.
        let end_at = if cx.punct(i + 1, '-') || (cx.punct(i + 1, '\'') && cx.is(i + 2, "s")) {
            if cx.punct(i + 1, '-') { i + 2 } else { i + 3 }
        } else {
            i + 1
        };
        if cx.is(end_at, "end") && !(i >= 1 && cx.is_any(i - 1, &["the", "a", "each", "every"])) {
            let mut f = Found::date(
                i,
                end_at + 1,
                anchor::Expr::Offset { unit, n: 0 },
                Rule::DateRelativeYearEnd,
            );
            f.modifier = Some("END");
            return Some(f);
        }
        // "the year ended March 31", "the fiscal year ending June 30": a year-long period.
        if cx.is_any(i + 1, &["ended", "ending"]) && i >= 1 {
            let mut s = i;
            if cx.is(s - 1, "fiscal") {
                s -= 1;
            }
            if s >= 1 && cx.is(s - 1, "the") {
                return Some(Found::fixed(
                    s - 1,
                    i + 1,
                    MentionType::Duration,
                    "P1Y",
                    Rule::DurationCounted,
                ));
            }
        }
    }
    if plural && let Some(f) = relative::these_days(cx, i) {
        return Some(f);
    }
    if !plural && let Some(f) = previous::reference(cx, i, unit) {
        return Some(f);
    }
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    if !plural && ["every", "each", "per"].contains(&prev.as_str()) {
        let v = anchor::duration(1.0, unit);
        return Some(Found::fixed(i - 1, i + 1, MentionType::Set, &v, Rule::SetEvery));
    }
    if unit == Unit::Quarter
        && let Some(f) = absolute::year_period(cx, i, dct)
    {
        return Some(f);
    }
    if let Some((qs, n)) = quantity_before(cx, i) {
        return counted(cx, qs, i, unit, n);
    }
    // "over the weekend" in a story published on a weekday is the one just past.
    let weekend_back = match dct {
        Some(d) if d.weekday().to_monday_one_offset() < 6 => -1,
        _ => 0,
    };
    if !plural && let Some(f) = relative::unit_relative(cx, i, unit, weekend_back) {
        return Some(f);
    }
    if plural {
        return vague(cx, i, unit);
    }
    None
}

/// A counted unit: a duration, a set ("10% a year"), or with "ago" a date.
fn counted(cx: &Cx, qs: usize, i: usize, unit: Unit, n: Option<f64>) -> Option<Found> {
    if let Some(f) = relative::ago(cx, qs, i, unit, n) {
        return Some(f);
    }
    let hyphenated = cx.punct(i - 1, '-') && cx.touches_prev(i);
    // Fractions: "three-quarters of its food", "a quarter of the market".
    if unit == Unit::Quarter && (cx.is(i + 1, "of") && absolute::year_at(cx, i + 2).is_none()) {
        return None;
    }
    if unit == Unit::Quarter && cx.s(i).ends_with('s') && cx.punct(i - 1, '-') && !cx.is_word(i + 1) {
        return None;
    }
    // Ages: "a 52-year-old", "52 years old".
    if cx.is(i + 1, "old") || (cx.punct(i + 1, '-') && cx.is(i + 2, "old")) {
        return None;
    }
    // "10% a year", "twice a month": a rate, a SET. An amount per unit ("$500
    // million a year", "700 seats a week", "$1.76 a year") measures the
    // amount, not time: TimeBank + AQUAINT leave 6 of 8 unmarked.
    if cx.is_any(qs, &["a", "an", "per"]) && !hyphenated && qs >= 1 {
        let before = cx.lower(qs - 1);
        let counted_before = |k: usize| cx.kind(k) == Some(Kind::Num) || tokens::number_word(cx.s(k)).is_some();
        let amount = ["million", "billion", "thousand", "trillion"].contains(&before.as_str())
            || (cx.kind(qs - 1) == Some(Kind::Num) && !cx.punct(qs - 1, '%'))
            || (qs >= 2 && cx.is_word(qs - 1) && before.ends_with('s') && counted_before(qs - 2));
        if amount {
            return None;
        }
        if cx.punct(qs - 1, '%') || ["percent", "twice", "once", "times", "thrice"].contains(&before.as_str()) {
            return Some(Found::fixed(
                qs,
                i + 1,
                MentionType::Set,
                &anchor::duration(1.0, unit),
                Rule::SetEvery,
            ));
        }
    }
    // A lone "a"/"an" before a unit is a duration only as a phrase of its own:
    // "for a year", "a week"; not "a day when" or "a year's worth".
    if cx.is_any(qs, &["a", "an"]) && n == Some(1.0) && unit == Unit::Day && !cx.is_word(i + 1) {
        return None;
    }
    let value = match n {
        Some(n) => anchor::duration(n, unit),
        None => vague_value(unit),
    };
    let mut s = qs;
    if !hyphenated {
        if s >= 1 && SPAN_WORDS.iter().any(|w| cx.is(s - 1, w)) {
            s -= 1;
            if s >= 1 && cx.is_any(s - 1, &["the", "these", "those"]) {
                s -= 1;
            }
        } else if s >= 1 && cx.is_any(s - 1, &["the", "these", "those"]) {
            s -= 1;
        }
    }
    let rule = if n.is_some() {
        Rule::DurationCounted
    } else {
        Rule::DurationVague
    };
    Some(Found::fixed(s, i + 1, MentionType::Duration, &value, rule))
}

fn vague_value(unit: Unit) -> String {
    let (letter, time) = unit.letter();
    let letter = match unit {
        Unit::Weekend => "WE",
        _ => letter,
    };
    format!("P{}X{letter}", if time { "T" } else { "" })
}

/// A plural unit with no count: "for years", "in recent weeks", "over the coming months".
fn vague(cx: &Cx, i: usize, unit: Unit) -> Option<Found> {
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    // "in the weeks ahead": the coming weeks, written the other way round.
    if prev == "the" && cx.is(i + 1, "ahead") {
        return Some(Found::fixed(
            i - 1,
            i + 2,
            MentionType::Duration,
            &vague_value(unit),
            Rule::DurationVague,
        ));
    }
    let s = match prev.as_str() {
        "future" => i,
        "for" | "over" | "within" | "takes" | "take" | "took" | "last" | "lasted" => i,
        "recent" | "coming" | "past" | "next" | "ensuing" | "following" | "previous" | "prior" | "early" => {
            if i >= 2 && cx.is(i - 2, "the") { i - 2 } else { i - 1 }
        }
        _ => return None,
    };
    // "in future quarters": later periods, not a length.
    if prev == "future" {
        return Some(Found::fixed(
            i - 1,
            i + 1,
            MentionType::Date,
            "FUTURE_REF",
            Rule::DateRelativeRef,
        ));
    }
    // "in recent years" places something in the past more than it measures it
    // (TimeBank + AQUAINT: DATE PAST_REF 5 times, a duration twice).
    if prev == "recent" && unit == Unit::Year && s + 1 == i {
        return Some(Found::fixed(
            s,
            i + 1,
            MentionType::Date,
            "PAST_REF",
            Rule::DateRelativeRef,
        ));
    }
    Some(Found::fixed(
        s,
        i + 1,
        MentionType::Duration,
        &vague_value(unit),
        Rule::DurationVague,
    ))
}

/// At a digit: a count followed by its unit ("48 hours", "30-day", "2 1/2 years").
pub(crate) fn number_then_unit(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    let mut j = i + 1;
    // "2 1/2", "1.5"
    if cx.kind(j) == Some(Kind::Num) && cx.punct(j + 1, '/') {
        j += 3;
    } else if (cx.punct(j, '.') && cx.touches_prev(j) && cx.kind(j + 1) == Some(Kind::Num))
        || (cx.punct(j, ',') && cx.touches_prev(j) && cx.digits(j + 1) == 3)
    {
        j += 2;
    }
    if cx.is_any(j, &["to", "or"]) || (cx.punct(j, '-') && cx.kind(j + 1) == Some(Kind::Num)) {
        j += 2;
    }
    if cx.punct(j, '-') && cx.touches_prev(j) {
        j += 1;
    }
    if cx.is_any(j, COUNT_ADJECTIVES) {
        j += 1;
    }
    tokens::unit(cx.s(j))?;
    let f = unit_phrase(cx, j, dct)?;
    (f.s <= i && f.e > i).then_some(f)
}

/// "a limited period of time", "long periods of time": a duration of unknown length.
pub(crate) fn period_of_time(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    if let Some(f) = absolute::year_period(cx, i, dct) {
        return Some(f);
    }
    if !(cx.is(i + 1, "of") && cx.is(i + 2, "time")) {
        return None;
    }
    let mut s = i;
    while s >= 1
        && cx.is_any(
            s - 1,
            &[
                "long",
                "longer",
                "short",
                "shorter",
                "limited",
                "brief",
                "extended",
                "certain",
                "lengthy",
                "prolonged",
            ],
        )
    {
        s -= 1;
    }
    if s >= 1 && cx.is_any(s - 1, &["a", "an", "the", "that", "this"]) {
        s -= 1;
    }
    Some(Found::fixed(
        s,
        i + 3,
        MentionType::Duration,
        "PXX",
        Rule::DurationVague,
    ))
}

/// "daily", "annually", "weekly" used as adverbs.
pub(crate) fn set_adverb(cx: &Cx, i: usize) -> Option<Found> {
    let v = match cx.lower(i).as_str() {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" => "P1Y",
        "hourly" => "PT1H",
        _ => return None,
    };
    // Before a noun it is an adjective: TimeML marks "daily rally", "weekly
    // address", "hourly earnings" as SETs (11 of 16 "daily" in TimeBank +
    // AQUAINT), but not "monthly sales", "quarterly dividend" (1 of 10).
    // Capitalized, it names a paper ("Daily News").
    let next = cx.lower(i + 1);
    let adjective = cx.is_word(i + 1) && !relative::is_function_word(&next);
    // "average daily volume", "average hourly earnings": a measure, not a recurrence.
    let average = i >= 1 && cx.is(i - 1, "average");
    if adjective && (!matches!(v, "P1D" | "P1W" | "PT1H") || cx.capitalized(i) || average) {
        return None;
    }
    Some(Found::fixed(i, i + 1, MentionType::Set, v, Rule::SetAdverb))
}

/// "Mondays": every Monday.
pub(crate) fn weekday_set(cx: &Cx, i: usize, wd: u8) -> Option<Found> {
    if !cx.capitalized(i) || !cx.s(i).ends_with('s') {
        return None;
    }
    Some(Found::fixed(
        i,
        i + 1,
        MentionType::Set,
        &format!("XXXX-WXX-{wd}"),
        Rule::SetWeekday,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check, timex};

    #[test]
    fn trading_days_weeks_ahead_and_future_periods() {
        check(
            "Eight trading days after that, funds will sell in the weeks ahead.",
            &[
                ("Eight trading days", "DURATION", "P8D"),
                ("the weeks ahead", "DURATION", "PXW"),
            ],
        );
        check(
            "It cuts taxes in future quarters.",
            &[("future quarters", "DATE", "FUTURE_REF")],
        );
    }

    #[test]
    fn counted_durations() {
        check("It ran for six years.", &[("six years", "DURATION", "P6Y")]);
        check(
            "Azure hosts it for the six years covered by the deal.",
            &[("the six years", "DURATION", "P6Y")],
        );
        check(
            "It will spend $100 billion on AWS over the next eight years.",
            &[("the next eight years", "DURATION", "P8Y")],
        );
        check("It took 2 1/2 years.", &[("2 1/2 years", "DURATION", "P2Y6M")]);
        check("a 30-day period", &[("30-day", "DURATION", "P30D")]);
        check("a 52-year-old engineer, 40 years old", &[]);
        check(
            "in the past twenty-four hours",
            &[("the past twenty-four hours", "DURATION", "PT24H")],
        );
        check("for a couple of years", &[("a couple of years", "DURATION", "P2Y")]);
        check("It took about three weeks.", &[("three weeks", "DURATION", "P3W")]);
        assert_eq!(timex("It took about three weeks.").modifier.as_deref(), Some("APPROX"));
    }

    #[test]
    fn vague_durations() {
        check(
            "For years, Microsoft has been the provider.",
            &[("years", "DURATION", "PXY")],
        );
        check(
            "$35 billion over the coming months",
            &[("the coming months", "DURATION", "PXM")],
        );
        check("Prices rose in recent weeks.", &[("recent weeks", "DURATION", "PXW")]);
        check("Prices rose in recent years.", &[("recent years", "DATE", "PAST_REF")]);
        check("It took a few days.", &[("a few days", "DURATION", "PXD")]);
        check(
            "remember tasks over long periods of time",
            &[("long periods of time", "DURATION", "PXX")],
        );
    }

    #[test]
    fn sets() {
        check(
            "Results are reported every quarter.",
            &[("every quarter", "SET", "P1Q")],
        );
        check("The fee is paid annually.", &[("annually", "SET", "P1Y")]);
        check(
            "It has become a daily rally outside the home.",
            &[("daily", "SET", "P1D")],
        );
        check("He gave his weekly radio address.", &[("weekly", "SET", "P1W")]);
        check("Nasdaq's average daily volume fell; the quarterly dividend rose.", &[]);
        check("Prices rose 10% a year.", &[("a year", "SET", "P1Y")]);
        check("They meet twice a month.", &[("a month", "SET", "P1M")]);
        // An amount per unit is no time expression.
        check("It will save $500 million a year in costs.", &[]);
        check("This will add nearly 700 seats a week.", &[]);
        check("The board meets on Mondays.", &[("Mondays", "SET", "XXXX-WXX-1")]);
        check("Read the monthly newsletter.", &[]);
    }
}
