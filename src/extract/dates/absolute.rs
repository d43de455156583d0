//! Calendar dates written out: days, months, years, decades, quarters, halves,
//! seasons, fiscal years. A year that is not written comes from the tense
//! ([`super::anchor`]).
//!
//! | text | value | rule |
//! |---|---|---|
//! | April 27, 2026 / 27 April 2026 / 2026-04-27 / 4/27/2026 | 2026-04-27 | `date.absolute.day` |
//! | Apr. 27 (published 2026-04-27) | 2026-04-27 | `date.absolute.day` |
//! | January 2026 / In October (past clause) | 2026-01 / 2025-10 | `date.absolute.month` |
//! | last November / next March | 2025-11 / 2027-03 | `date.absolute.month` |
//! | 2019 / fiscal 2025 | 2019 / 2025 | `date.absolute.year` |
//! | the 1990s / the '80s | 199 / 198 | `date.absolute.decade` |
//! | the third quarter / fourth-quarter / Q1 2026 | 2026-Q3 / 2026-Q4 / 2026-Q1 | `date.absolute.quarter` |
//! | the first half of 2027 / H2 | 2027-H1 / 2026-H2 | `date.absolute.half` |
//! | this summer / last fall | 2026-SU / 2025-FA | `date.absolute.season` |

use crate::extract::rule::Rule;
use jiff::civil::Date;

use super::Found;
use super::anchor::{Expr, YearRef};
use super::tokens::{self, Cx};
use super::{ranges, relative};

/// A four-digit year at token `i` (1000..=2100) that is not part of a figure.
pub(crate) fn year_at(cx: &Cx, i: usize) -> Option<i32> {
    if cx.digits(i) != 4 || cx.inside_figure(i) {
        return None;
    }
    let y = cx.num(i)? as i32;
    if !(1000..=2100).contains(&y) {
        return None;
    }
    // "2026s" or "2026-27" are something else.
    if cx.touches_prev(i + 1) && (cx.is_word(i + 1) || cx.punct(i + 1, '%')) {
        return None;
    }
    Some(y)
}

/// A year spelled out at token `i`, as broadcast transcripts write them:
/// "nineteen ninety-six", "nineteen eighty", "(the year) two thousand (and one)".
/// Returns the year and the token after it.
pub(crate) fn spelled_year_at(cx: &Cx, i: usize) -> Option<(i32, usize)> {
    let unit_at = |k: usize| {
        let v = tokens::number_word(cx.s(k))?;
        (cx.is_word(k) && (1..=9).contains(&v) && !cx.is_any(k, &["a", "an", "single"])).then_some(v as i32)
    };
    if cx.is_any(i, &["nineteen", "eighteen"]) {
        let century = if cx.is(i, "nineteen") { 1900 } else { 1800 };
        // Tens only: "nineteen *ninety*-six".
        let tens = tokens::number_word(cx.s(i + 1))
            .filter(|v| v % 10 == 0 && (20..=90).contains(v))
            .map(|v| v as i32)?;
        if cx.punct(i + 2, '-')
            && cx.touches_prev(i + 2)
            && let Some(u) = unit_at(i + 3)
        {
            return Some((century + tens + u, i + 4));
        }
        return Some((century + tens, i + 2));
    }
    // "two thousand" is a count unless a year is named: after "year" or a month.
    if cx.is(i, "two") && cx.is(i + 1, "thousand") && i >= 1 {
        let named = cx.is(i - 1, "year") || tokens::month(cx.s(i - 1)).is_some_and(|_| cx.capitalized(i - 1));
        if !named {
            return None;
        }
        let k = if cx.is(i + 2, "and") { i + 3 } else { i + 2 };
        return Some(
            match tokens::number_word(cx.s(k)).filter(|v| (1..=19).contains(v) && cx.is_word(k)) {
                Some(v) if !cx.is_any(k, &["a", "an", "single", "dozen", "hundred"]) => (2000 + v as i32, k + 1),
                _ => (2000, i + 2),
            },
        );
    }
    None
}

/// A year written out at token `i` on its own: "in nineteen ninety-six",
/// "the year two thousand" (the trigger is "nineteen" or "thousand").
pub(crate) fn spelled_year(cx: &Cx, i: usize) -> Option<Found> {
    let start = if cx.is(i, "thousand") { i.checked_sub(1)? } else { i };
    let (y, e) = spelled_year_at(cx, start)?;
    let mut s = start;
    if s >= 2 && cx.is(s - 1, "year") && cx.is(s - 2, "the") {
        s -= 2;
    }
    Some(Found::date(s, e, Expr::Year(y), Rule::DateAbsoluteYear))
}

/// A day of the month at token `i`: one or two digits, 1..=31, optionally "27th".
/// Returns the day and the token after it.
pub(crate) fn day_at(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    if cx.digits(i) == 0 || cx.digits(i) > 2 || cx.inside_figure(i) {
        return None;
    }
    let d = cx.num(i)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut next = i + 1;
    if cx.touches_prev(next) {
        if cx.is_any(next, &["st", "nd", "rd", "th"]) {
            next += 1;
        } else if (cx.punct(next, ':') && cx.digits(next + 1) > 0 && cx.touches_prev(next + 1))
            || cx.punct(next, '%')
            || cx.is_word(next)
        {
            // "6:30" is a clock time; "April 6:" ends a dateline.
            return None;
        }
    }
    if cx.is_any(next, &["percent", "million", "billion", "per"]) {
        return None;
    }
    Some((d as u8, next))
}

/// Words after which "May", "March", "April", "June", "August" are months.
const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "through",
    "from",
    "to",
    "between",
    "and",
    "or",
    "during",
    "before",
    "after",
    "around",
    "on",
    "-",
    "end",
    "until",
    "starting",
    "beginning",
    "throughout",
    "each",
    "every",
    "for",
];

/// Month names that are also verbs or first names.
fn ambiguous_month(m: u8) -> bool {
    matches!(m, 3 | 4 | 5 | 6 | 8)
}

/// "the nineties", "the eighties": a decade of the 1900s named in words.
pub(crate) fn decade_word(cx: &Cx, i: usize) -> Option<Found> {
    // "in their forties" is an age: only "the" names the decade.
    if i < 1 || !cx.is(i - 1, "the") {
        return None;
    }
    // The tens word the plural is made from: "nineties" is "ninety" + "-ies".
    let stem = cx.lower(i).as_str().strip_suffix("ies")?.to_owned() + "y";
    let tens = tokens::number_word(&stem).filter(|v| v % 10 == 0 && (20..=90).contains(v))?;
    Some(Found::date(
        i - 1,
        i + 1,
        Expr::Decade(190 + tens as i32 / 10),
        Rule::DateAbsoluteDecade,
    ))
}

/// A date led by a month name at `i`: "April 27, 2026", "Apr. 27", "October
/// 13-15, 2026", "January 2026", "In October", "last November".
pub(crate) fn month_date(cx: &Cx, i: usize, month: u8, abbrev: bool) -> Option<Found> {
    if !cx.capitalized(i) {
        return None;
    }
    let mut j = i + 1;
    let dotted = abbrev && cx.punct(j, '.') && cx.touches_prev(j);
    if dotted {
        j += 1;
    }
    // The word before decides "last/next/this" and guards ambiguous names.
    let prev = i.checked_sub(1);
    let rel = prev.and_then(|p| match cx.lower(p).as_str() {
        "last" | "past" => Some(YearRef::Rel(-100)),
        "next" | "coming" => Some(YearRef::Rel(100)),
        "this" => Some(YearRef::Rel(0)),
        _ => None,
    });
    let s = if rel.is_some() { i - 1 } else { i };
    let year_ref = |fallback: YearRef| rel.map(|r| relative_year(r, month)).unwrap_or(fallback);

    if let Some((day, after_day)) = day_at(cx, j) {
        if let Some((to, after)) = ranges::second_day(cx, j) {
            let (year, e) = year_after(cx, after);
            return Some(Found::date(
                s,
                e,
                Expr::DayRange {
                    year: year.unwrap_or(YearRef::ByTense),
                    month,
                    from: day,
                    to,
                },
                Rule::DateRangeDays,
            ));
        }
        let (year, e) = year_after(cx, after_day);
        let year = year.unwrap_or_else(|| year_ref(YearRef::ByTense));
        return Some(Found::date(s, e, Expr::Day { year, month, day }, Rule::DateAbsoluteDay));
    }
    let (year, e) = if cx.is(j, "of") && year_at(cx, j + 1).is_some() {
        (year_at(cx, j + 1).map(YearRef::Abs), j + 2)
    } else {
        year_after(cx, j)
    };
    if let Some(year) = year {
        return Some(Found::date(s, e, Expr::Month { year, month }, Rule::DateAbsoluteMonth));
    }
    // A month name alone: abbreviations and ambiguous names need a cue.
    // "a June agreement", "the March accession": a month naming when a thing was or will be.
    let modifies_noun = prev.is_some_and(|p| cx.is_any(p, &["the", "a", "an", "its", "their", "his", "her"]))
        && cx.is_word(j)
        && !cx.capitalized(j)
        && !cx.is_any(
            j,
            &[
                "of", "to", "on", "for", "in", "and", "or", "is", "was", "will", "has", "had",
            ],
        );
    let cue = prev.is_some_and(|p| MONTH_CUES.iter().any(|c| cx.is(p, c)) || rel.is_some()) || modifies_noun;
    if abbrev && !(dotted && cue) {
        return None;
    }
    if ambiguous_month(month) && !cue {
        return None;
    }
    // "May" in all caps headlines and "may" the verb are told apart by case above;
    // a capitalized word right after ("April Smith") makes it a name.
    if !cue && cx.is_word(j) && cx.capitalized(j) {
        return None;
    }
    let e = if dotted { i + 2 } else { i + 1 };
    Some(Found::date(
        s,
        e,
        Expr::Month {
            year: year_ref(YearRef::ByTense),
            month,
        },
        Rule::DateAbsoluteMonth,
    ))
}

/// "last"/"next" before a month: the month's most recent / coming occurrence,
/// passed on as `Rel(-100)` / `Rel(100)` and turned into `ByTense`-like refs here.
fn relative_year(r: YearRef, _month: u8) -> YearRef {
    match r {
        YearRef::Rel(-100) => YearRef::Last,
        YearRef::Rel(100) => YearRef::Next,
        other => other,
    }
}

/// An optional year after a date: ", 2026" or " 2026". Returns it and the token after.
pub(crate) fn year_after(cx: &Cx, j: usize) -> (Option<YearRef>, usize) {
    if cx.punct(j, ',')
        && let Some(y) = year_at(cx, j + 1)
    {
        return (Some(YearRef::Abs(y)), j + 2);
    }
    if let Some(y) = year_at(cx, j) {
        return (Some(YearRef::Abs(y)), j + 1);
    }
    if let Some((y, e)) = spelled_year_at(cx, j) {
        return (Some(YearRef::Abs(y)), e);
    }
    // "February this year", "April next year".
    if cx.is(j + 1, "year") {
        let rel = match cx.lower(j).as_str() {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        };
        if let Some(r) = rel {
            return (Some(YearRef::Rel(r)), j + 2);
        }
    }
    (None, j)
}

/// Nouns that make a four-digit number a count, not a year ("2000 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "employees",
    "workers",
    "jobs",
    "shares",
    "units",
    "students",
    "members",
    "votes",
    "cases",
    "deaths",
    "cars",
    "vehicles",
    "homes",
    "houses",
    "acres",
    "miles",
    "kilometers",
    "km",
    "feet",
    "meters",
    "tons",
    "tonnes",
    "barrels",
    "pounds",
    "points",
    "troops",
    "soldiers",
    "stores",
    "flights",
    "seats",
    "copies",
    "users",
    "customers",
    "rooms",
    "beds",
    "patients",
    "children",
    "families",
    "planes",
    "aircraft",
    "ships",
    "words",
    "pages",
    "calories",
    "percent",
    "times",
    "dollars",
    "euros",
    "yuan",
    "yen",
    "million",
    "billion",
    "trillion",
    "companies",
    "firms",
    "banks",
    "lawyers",
    "residents",
    "officers",
];

/// Dates made of digits: ISO "2026-04-27", US "4/27/2026", day first "27 April
/// 2026", decades "1990s", and years.
pub(crate) fn numeric(cx: &Cx, i: usize) -> Option<Found> {
    if cx.inside_figure(i) && !(cx.digits(i) == 2 && i >= 1 && cx.punct(i - 1, '\'')) {
        return None;
    }
    let n = cx.digits(i);
    let glued = |k: usize| cx.touches_prev(k);
    // ISO 8601.
    if n == 4
        && cx.punct(i + 1, '-')
        && glued(i + 1)
        && cx.digits(i + 2) == 2
        && glued(i + 2)
        && cx.punct(i + 3, '-')
        && glued(i + 3)
        && cx.digits(i + 4) == 2
        && glued(i + 4)
    {
        let (y, m, d) = (cx.num(i)?, cx.num(i + 2)?, cx.num(i + 4)?);
        Date::new(y as i16, m as i8, d as i8).ok()?;
        return Some(Found::date(
            i,
            i + 5,
            Expr::Day {
                year: YearRef::Abs(y as i32),
                month: m as u8,
                day: d as u8,
            },
            Rule::DateAbsoluteDay,
        ));
    }
    // US numeric: month/day/year.
    if n <= 2
        && cx.punct(i + 1, '/')
        && glued(i + 1)
        && cx.digits(i + 2) <= 2
        && cx.digits(i + 2) > 0
        && glued(i + 2)
        && cx.punct(i + 3, '/')
        && glued(i + 3)
        && matches!(cx.digits(i + 4), 2 | 4)
        && glued(i + 4)
        && !(cx.punct(i + 5, '/') && glued(i + 5))
    {
        let (m, d, y) = (cx.num(i)?, cx.num(i + 2)?, cx.num(i + 4)? as i32);
        let y = if cx.digits(i + 4) == 4 {
            y
        } else if y >= 50 {
            1900 + y
        } else {
            2000 + y
        };
        Date::new(y as i16, m as i8, d as i8).ok()?;
        return Some(Found::date(
            i,
            i + 5,
            Expr::Day {
                year: YearRef::Abs(y),
                month: m as u8,
                day: d as u8,
            },
            Rule::DateAbsoluteDay,
        ));
    }
    // Day first: "27 April 2026", "27th of April".
    if let Some((day, mut j)) = day_at(cx, i) {
        if cx.is(j, "of") {
            j += 1;
        }
        if let Some((month, abbrev)) = tokens::month(cx.s(j)).filter(|_| cx.capitalized(j)) {
            let mut k = j + 1;
            if abbrev && cx.punct(k, '.') && glued(k) {
                k += 1;
            }
            let (year, e) = year_after(cx, k);
            return Some(Found::date(
                i,
                e,
                Expr::Day {
                    year: year.unwrap_or(YearRef::ByTense),
                    month,
                    day,
                },
                Rule::DateAbsoluteDay,
            ));
        }
    }
    // Decades: "1990s", "1990's", "'90s".
    let s_after = |k: usize| {
        if cx.is(k, "s") && glued(k) {
            Some(k + 1)
        } else if cx.punct(k, '\'') && glued(k) && cx.is(k + 1, "s") && glued(k + 1) {
            Some(k + 2)
        } else {
            None
        }
    };
    if n == 4
        && let Some(e) = s_after(i + 1)
    {
        let y = cx.num(i)? as i32;
        if y % 10 == 0 && (1000..=2100).contains(&y) {
            let s = if i >= 1 && cx.is(i - 1, "the") { i - 1 } else { i };
            return Some(Found::date(s, e, Expr::Decade(y / 10), Rule::DateAbsoluteDecade));
        }
    }
    if n == 2
        && i >= 1
        && (cx.punct(i - 1, '\'') || cx.punct(i - 1, '’'))
        && glued(i)
        && let Some(e) = s_after(i + 1)
    {
        let y = cx.num(i)? as i32;
        if y % 10 == 0 {
            let full = if y >= 30 { 1900 + y } else { 2000 + y };
            let s = if i >= 2 && cx.is(i - 2, "the") { i - 2 } else { i - 1 };
            return Some(Found::date(s, e, Expr::Decade(full / 10), Rule::DateAbsoluteDecade));
        }
    }
    // "the 20th century": TIMEX3 writes the first two digits of its years, 19.
    if n <= 2
        && cx.touches_prev(i + 1)
        && cx.is_any(i + 1, &["st", "nd", "rd", "th"])
        && cx.is(i + 2, "century")
        && let Some(c) = cx.num(i).filter(|c| (1..=22).contains(c))
    {
        let s = if i >= 1 && cx.is(i - 1, "the") { i - 1 } else { i };
        return Some(Found::date(
            s,
            i + 3,
            Expr::Century(c as i32 - 1),
            Rule::DateAbsoluteCentury,
        ));
    }
    // A year alone.
    let y = year_at(cx, i)?;
    let next = cx.lower(i + 1);
    if COUNT_NOUNS.contains(&next.as_str()) || tokens::unit(&next).is_some() {
        return None;
    }
    if y < 1900 {
        let cue = i >= 1
            && cx.is_any(
                i - 1,
                &[
                    "in", "since", "of", "by", "until", "from", "year", "circa", "to", "before", "after",
                ],
            );
        if !cue {
            return None;
        }
    }
    Some(Found::date(i, i + 1, Expr::Year(y), Rule::DateAbsoluteYear))
}

/// Widens a year, quarter or half over "fiscal" / "fiscal year" before it.
pub(crate) fn fiscal_prefix(cx: &Cx, f: &mut Found) {
    if !matches!(f.expr, Expr::Year(_) | Expr::Quarter { .. } | Expr::Half { .. }) {
        return;
    }
    if f.s >= 2 && cx.is(f.s - 1, "year") && cx.is(f.s - 2, "fiscal") {
        f.s -= 2;
    } else if f.s >= 1 && cx.is(f.s - 1, "fiscal") {
        f.s -= 1;
    }
}

/// The year that may follow a quarter or half: "of 2026", "2026", "of this year",
/// "of fiscal 2026". Returns it and the token after.
fn period_year(cx: &Cx, j: usize) -> (Option<YearRef>, usize) {
    let mut k = j;
    if cx.is(k, "of") {
        k += 1;
        if cx.is(k, "fiscal") {
            k += 1;
        }
        if let Some(y) = year_at(cx, k) {
            return (Some(YearRef::Abs(y)), k + 1);
        }
        if let Some((y, e)) = spelled_year_at(cx, k) {
            return (Some(YearRef::Abs(y)), e);
        }
        if cx.is(k + 1, "year") {
            let r = match cx.lower(k).as_str() {
                "this" | "the" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            if let Some(r) = r {
                return (Some(YearRef::Rel(r)), k + 2);
            }
        }
        return (None, j);
    }
    if let Some(y) = year_at(cx, k) {
        return (Some(YearRef::Abs(y)), k + 1);
    }
    (None, j)
}

/// Start of an ordinal period phrase ending at `ord` ("the fiscal third",
/// "the 1988 second"): the token index where it starts.
fn ordinal_start(cx: &Cx, ord: usize) -> usize {
    let mut s = ord;
    if s >= 1 && cx.is(s - 1, "fiscal") {
        s -= 1;
    }
    if s >= 1 && year_at(cx, s - 1).is_some() {
        s -= 1;
    }
    if s >= 1 && cx.is(s - 1, "the") {
        s -= 1;
    }
    s
}

/// The ordinal before a period word at `i`: "third quarter", "third-quarter",
/// "third fiscal quarter". Returns the ordinal and the ordinal's token index.
fn ordinal_before(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    let mut k = i.checked_sub(1)?;
    if cx.is(k, "fiscal") {
        k = k.checked_sub(1)?;
    }
    if cx.punct(k, '-') && cx.touches_prev(k) && cx.touches_prev(k + 1) {
        k = k.checked_sub(1)?;
    }
    if let Some(o) = tokens::ordinal_word(cx.s(k)) {
        return Some((o, k));
    }
    // "1st quarter", "3rd-quarter".
    if cx.is_any(k, &["st", "nd", "rd", "th"]) && cx.touches_prev(k) {
        let n = cx.num(k - 1)?;
        return Some((n as u8, k - 1));
    }
    None
}

/// "the third quarter", "fourth-quarter", "the first quarter of 2026".
pub(crate) fn ordinal_quarter(cx: &Cx, i: usize) -> Option<Found> {
    let (q, ord) = ordinal_before(cx, i)?;
    if !(1..=4).contains(&q) {
        return None;
    }
    // "the third-quarter loss": the article belongs to the noun, not the date.
    let hyphenated = cx.punct(i - 1, '-');
    let s = if hyphenated { ord } else { ordinal_start(cx, ord) };
    // "the year-earlier third quarter", "the year-ago quarter".
    if s >= 3 && cx.is_any(s - 1, &["earlier", "ago"]) && cx.punct(s - 2, '-') && cx.is(s - 3, "year") {
        let s = if s >= 4 && cx.is(s - 4, "the") { s - 4 } else { s - 3 };
        return Some(Found::date(
            s,
            i + 1,
            Expr::Quarter {
                year: YearRef::Rel(-1),
                q,
            },
            Rule::DateAbsoluteQuarter,
        ));
    }
    let (year, e) = period_year(cx, i + 1);
    let year_before = (s..ord).find_map(|k| year_at(cx, k)).map(YearRef::Abs);
    // "last year's third quarter"
    let year = year
        .or(year_before)
        .or_else(|| possessive_year(cx, s))
        .unwrap_or(YearRef::ByTense);
    let s = if possessive_year(cx, s).is_some() { s - 4 } else { s };
    Some(Found::date(s, e, Expr::Quarter { year, q }, Rule::DateAbsoluteQuarter))
}

/// "last year's" / "this year's" / "next year's" ending right before token `s`.
fn possessive_year(cx: &Cx, s: usize) -> Option<YearRef> {
    if s < 4 || !cx.is(s - 1, "s") || !cx.punct(s - 2, '\'') && !cx.punct(s - 2, '’') || !cx.is(s - 3, "year") {
        return None;
    }
    match cx.lower(s - 4).as_str() {
        "this" => Some(YearRef::Rel(0)),
        "last" => Some(YearRef::Rel(-1)),
        "next" => Some(YearRef::Rel(1)),
        _ => None,
    }
}

/// "the first half", "second-half", "the first half of 2027".
pub(crate) fn half(cx: &Cx, i: usize) -> Option<Found> {
    let (h, ord) = ordinal_before(cx, i)?;
    if !(1..=2).contains(&h) {
        return None;
    }
    let s = ordinal_start(cx, ord);
    let (year, e) = period_year(cx, i + 1);
    // "the first half of the game" is not a date.
    if year.is_none() && cx.is(i + 1, "of") {
        return None;
    }
    let year = year.or_else(|| possessive_year(cx, s)).unwrap_or(YearRef::ByTense);
    Some(Found::date(s, e, Expr::Half { year, h }, Rule::DateAbsoluteHalf))
}

/// "Q1 2026", "Q3", "H2", "FY2025", "FY 26".
pub(crate) fn quarter_code(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.lower(i);
    if w == "fy" {
        let j = i + 1;
        let y = cx.num(j)? as i32;
        let y = match cx.digits(j) {
            4 => y,
            2 => 2000 + y,
            _ => return None,
        };
        return Some(Found::date(i, j + 1, Expr::Year(y), Rule::DateAbsoluteYear));
    }
    if !cx.capitalized(i) || !cx.touches_prev(i + 1) || cx.digits(i + 1) != 1 {
        return None;
    }
    let n = cx.num(i + 1)? as u8;
    let (year, e) = period_year(cx, i + 2);
    let year = year.unwrap_or(YearRef::ByTense);
    match w.as_str() {
        "q" if (1..=4).contains(&n) => Some(Found::date(
            i,
            e,
            Expr::Quarter { year, q: n },
            Rule::DateAbsoluteQuarter,
        )),
        "h" if (1..=2).contains(&n) => Some(Found::date(i, e, Expr::Half { year, h: n }, Rule::DateAbsoluteHalf)),
        _ => None,
    }
}

/// "the 1988 quarter", "the 1989 period", "the latest period": in earnings news
/// the period reported on, the quarter before the publish date (of the year
/// written); a "period" is that quarter only when quarters are talked about
/// nearby, else the year. `i` is the token "quarter" or "period".
pub(crate) fn year_period(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    if i < 2 || !cx.is(i - 2, "the") || !cx.is_any(i, &["quarter", "period"]) {
        return None;
    }
    let year = year_at(cx, i - 1);
    // "the latest quarter" is a unit phrase ([`relative::unit_relative`]).
    if year.is_none() && !(cx.is(i - 1, "latest") && cx.is(i, "period")) {
        return None;
    }
    let quarterly = cx.is(i, "quarter") || relative::quarter_context(cx, i);
    let expr = match (year, quarterly) {
        (Some(y), true) => {
            let d = dct?;
            let q = ((d.month() as i32 - 1) / 3 + 3) % 4 + 1;
            Expr::Quarter {
                year: YearRef::Abs(y),
                q: q as u8,
            }
        }
        (Some(y), false) => Expr::Year(y),
        // Quarters talked about or not, "the latest period" is the last reported quarter.
        (None, _) => Expr::Offset {
            unit: tokens::Unit::Quarter,
            n: -1,
        },
    };
    // A quarter of a year written out gets its own rule: it is no period that
    // "a year earlier" could refer back to; "the latest period" is.
    let rule = if year.is_some() {
        Rule::DateRelativePeriod
    } else {
        Rule::DateRelativeUnit
    };
    Some(Found::date(i - 2, i + 1, expr, rule))
}

/// Seasons: "this summer", "last fall", "summer 2026", "in the spring".
pub(crate) fn season(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    let code = match cx.lower(i).as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    };
    let (year_written, e) = period_year(cx, i + 1);
    let prev = i.checked_sub(1);
    let rel = prev.map(|p| cx.lower(p)).unwrap_or_default();
    let order = |c: &str| match c {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    };
    let current = dct.map(|d| match d.month() {
        12 | 1 | 2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        _ => 3,
    });
    // "this past spring" is last spring.
    let this_past = rel == "past" && i >= 2 && cx.is(i - 2, "this");
    let (s, year) = match (rel.as_str(), current) {
        ("past", Some(c)) if this_past => (i - 2, YearRef::Rel(if order(code) < c { 0 } else { -1 })),
        ("last" | "past", Some(c)) => (i - 1, YearRef::Rel(if order(code) < c { 0 } else { -1 })),
        ("next" | "coming", Some(c)) => (i - 1, YearRef::Rel(if order(code) > c { 0 } else { 1 })),
        ("this", _) => (i - 1, YearRef::Rel(0)),
        _ => {
            let cue = [
                "the", "in", "during", "over", "early", "late", "mid", "by", "until", "since",
            ]
            .contains(&rel.as_str());
            if year_written.is_none() && !cue {
                return None;
            }
            // "the fall of Rome", "the spring of discontent".
            if year_written.is_none() && cx.is(i + 1, "of") {
                return None;
            }
            // TimeML keeps the article: "the summer", "the early summer", "the winter of 1994".
            let the_before = |k: usize| k >= 1 && cx.is(k - 1, "the");
            let s = if rel == "the" {
                i - 1
            } else if ["early", "late"].contains(&rel.as_str()) && the_before(i - 1) {
                i - 2
            } else {
                i
            };
            (s, YearRef::ByTense)
        }
    };
    let year = year_written.unwrap_or(year);
    let mut f = Found::date(s, e, Expr::Season { year, season: code }, Rule::DateAbsoluteSeason);
    if s + 2 == i && !this_past {
        f.modifier = Some(if rel == "early" { "START" } else { "END" });
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn days() {
        check(
            "It was signed April 27, 2026 in Redmond.",
            &[("April 27, 2026", "DATE", "2026-04-27")],
        );
        check(
            "It was signed 27 April 2026.",
            &[("27 April 2026", "DATE", "2026-04-27")],
        );
        check(
            "Filed 2026-04-27 with the SEC.",
            &[("2026-04-27", "DATE", "2026-04-27")],
        );
        check("Filed 4/27/2026 with the SEC.", &[("4/27/2026", "DATE", "2026-04-27")]);
        check(
            "The deal closed Apr. 27 after talks.",
            &[("Apr. 27", "DATE", "2026-04-27")],
        );
        check(
            "The deal closed Sept. 30 last year.",
            &[("Sept. 30 last year", "DATE", "2025-09-30")],
        );
    }

    #[test]
    fn months_and_years() {
        check("In January 2026, sales rose.", &[("January 2026", "DATE", "2026-01")]);
        check("Sales fell last November.", &[("last November", "DATE", "2025-11")]);
        check(
            "It began in February this year.",
            &[("February this year", "DATE", "2026-02")],
        );
        check(
            "for the quarter ended Sept. 30.",
            &[("the quarter", "DATE", "2026-Q1"), ("Sept. 30", "DATE", "2025-09-30")],
        );
        check("- 2019: Microsoft invested.", &[("2019", "DATE", "2019")]);
        check("The rules changed in fiscal 2025.", &[("fiscal 2025", "DATE", "2025")]);
        check("Music of the 1990s returned.", &[("the 1990s", "DATE", "199")]);
    }

    #[test]
    fn spelled_out_years() {
        check(
            "In nineteen ninety-one Keating was convicted.",
            &[("nineteen ninety-one", "DATE", "1991")],
        );
        check(
            "January nineteen ninety-seven. Atlanta again.",
            &[("January nineteen ninety-seven", "DATE", "1997-01")],
        );
        check(
            "oil prices we saw in the winter of nineteen ninety-four",
            &[("the winter of nineteen ninety-four", "DATE", "1994-WI")],
        );
        check(
            "His promise to halve unemployment by the year two thousand.",
            &[("the year two thousand", "DATE", "2000")],
        );
        check("About two thousand people marched.", &[]);
    }

    #[test]
    fn quarters_halves_seasons() {
        check(
            "Profit rose in the third quarter.",
            &[("the third quarter", "DATE", "2025-Q3")],
        );
        check(
            "Profit rose in the first quarter.",
            &[("the first quarter", "DATE", "2026-Q1")],
        );
        check(
            "Profit rose in the fourth quarter.",
            &[("the fourth quarter", "DATE", "2025-Q4")],
        );
        check(
            "fourth-quarter profit will rise",
            &[("fourth-quarter", "DATE", "2026-Q4")],
        );
        check("Revenue in Q1 2026 rose.", &[("Q1 2026", "DATE", "2026-Q1")]);
        check(
            "versus the 1988 second quarter",
            &[("the 1988 second quarter", "DATE", "1988-Q2")],
        );
        check(
            "It earned $5 million in the 2025 quarter.",
            &[("the 2025 quarter", "DATE", "2025-Q1")],
        );
        check(
            "Quarter profit rose; sales in the latest period were flat.",
            &[("the latest period", "DATE", "2026-Q1")],
        );
        check("It expects growth in H2.", &[("H2", "DATE", "2026-H2")]);
        check(
            "in the first half of 2027",
            &[("the first half of 2027", "DATE", "2027-H1")],
        );
        check(
            "They will launch it this summer.",
            &[("this summer", "DATE", "2026-SU")],
        );
        check("They launched it last fall.", &[("last fall", "DATE", "2025-FA")]);
        check(
            "Demand was weak in the early summer.",
            &[("the early summer", "DATE", "2025-SU")],
        );
        check(
            "It sold the unit this past winter.",
            &[("this past winter", "DATE", "2026-WI")],
        );
    }

    #[test]
    fn centuries_decade_words_and_prefixed_years() {
        check(
            "The 11th century temple outlived the 20th century.",
            &[("The 11th century", "DATE", "10"), ("the 20th century", "DATE", "19")],
        );
        check("Sales fell through the nineties.", &[("the nineties", "DATE", "199")]);
        check("Managers in their forties left.", &[]);
        check(
            "It fell apart in mid-1996; post-1959 politics split families.",
            &[("mid-1996", "DATE", "1996"), ("post-1959", "DATE", "1959")],
        );
        // A version number keeps its hyphen: no year.
        check("It runs GPT-1996 now.", &[("now", "DATE", "PRESENT_REF")]);
    }

    #[test]
    fn a_month_before_a_noun_after_a_determiner() {
        // March and June alone are verbs or names; "a June agreement" is the month.
        check(
            "It sold itself under a June agreement; the March accession follows.",
            &[("June", "DATE", "2026-06"), ("March", "DATE", "2026-03")],
        );
        check("The March of Dimes met.", &[]);
    }

    #[test]
    fn not_dates() {
        check("Prices may fall and troops march on.", &[]);
        check("Shares fell to $2,032 after GPT-5.5 shipped.", &[]);
        check("Frontier runs on Sun hardware for 2000 people.", &[]);
        check("March on, said April Smith.", &[]);
    }
}
