//! Holidays that name a day: "Thanksgiving Day", "Election Day", "last
//! Christmas", "New Year's Eve". Their year comes from the tense like any day
//! written without a year; movable ones (Thanksgiving, Easter, Labor Day) are
//! computed for that year.
//!
//! | text (published 2026-04-27) | value | rule |
//! |---|---|---|
//! | Elian was found on Thanksgiving Day | 2025-11-26 | `date.holiday` |
//! | from now to Election Day | 2026-11-03 | `date.holiday` |
//! | sales rose last Christmas | 2025-12-25 | `date.holiday` |
//! | by Easter / as Easter week began | 2026-04-05 / 2026-W14 | `date.holiday` |
//!
//! US holidays only: the news this is measured on is mostly American, and a
//! name like "Labour Day" or "Independence Day" means another date elsewhere.

use crate::extract::rule::Rule;
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::Found;
use super::anchor::{Expr, YearRef};
use super::tokens::Cx;

/// Holiday names: the first word (a trigger), whether "Day"/"Eve" must follow, and the holiday.
const NAMES: &[(&str, Option<&str>, Holiday)] = &[
    ("christmas", None, Holiday::Christmas),
    ("thanksgiving", None, Holiday::Thanksgiving),
    ("easter", None, Holiday::Easter),
    ("halloween", None, Holiday::Halloween),
    ("election", Some("day"), Holiday::ElectionDay),
    ("labor", Some("day"), Holiday::LaborDay),
    ("memorial", Some("day"), Holiday::MemorialDay),
    ("independence", Some("day"), Holiday::IndependenceDay),
    ("valentine", Some("day"), Holiday::Valentine),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    NewYear,
    NewYearsEve,
    Valentine,
    Easter,
    MemorialDay,
    IndependenceDay,
    LaborDay,
    Halloween,
    ElectionDay,
    Thanksgiving,
    ChristmasEve,
    Christmas,
}

impl Holiday {
    /// The holiday's date in year `y`.
    pub(crate) fn date(self, y: i16) -> Option<Date> {
        let nth = |month: i8, n: i8, wd: Weekday| Date::new(y, month, 1).ok()?.nth_weekday_of_month(n, wd).ok();
        match self {
            Holiday::NewYear => Date::new(y, 1, 1).ok(),
            Holiday::NewYearsEve => Date::new(y, 12, 31).ok(),
            Holiday::Valentine => Date::new(y, 2, 14).ok(),
            Holiday::Easter => easter(y),
            Holiday::MemorialDay => nth(5, -1, Weekday::Monday),
            Holiday::IndependenceDay => Date::new(y, 7, 4).ok(),
            Holiday::LaborDay => nth(9, 1, Weekday::Monday),
            Holiday::Halloween => Date::new(y, 10, 31).ok(),
            // The Tuesday after the first Monday of November.
            Holiday::ElectionDay => nth(11, 1, Weekday::Monday)?.checked_add(1.day()).ok(),
            Holiday::Thanksgiving => nth(11, 4, Weekday::Thursday),
            Holiday::ChristmasEve => Date::new(y, 12, 24).ok(),
            Holiday::Christmas => Date::new(y, 12, 25).ok(),
        }
    }
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i16) -> Option<Date> {
    let y = y as i32;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

/// A holiday name at token `i` (capitalized), with "last"/"next"/"this" before
/// it and "Day"/"Eve" after it.
pub(crate) fn holiday(cx: &Cx, i: usize) -> Option<Found> {
    if !cx.capitalized(i) {
        return None;
    }
    let w = cx.lower(i);
    let &(_, needs, mut which) = NAMES.iter().find(|(n, _, _)| *n == w.as_str())?;
    let mut e = i + 1;
    // "Valentine's Day".
    if which == Holiday::Valentine && cx.punct(e, '\'') && cx.is(e + 1, "s") {
        e += 2;
    }
    let day_after = cx.is(e, "day") && cx.capitalized(e);
    match needs {
        Some(_) if !day_after => return None,
        _ if day_after => e += 1,
        _ if which == Holiday::Christmas && cx.is(e, "eve") && cx.capitalized(e) => {
            which = Holiday::ChristmasEve;
            e += 1;
        }
        _ => {}
    }
    let mut f = with_relative_year(cx, i, e, which);
    // "Easter week", "Thanksgiving week": the week the holiday falls in.
    if cx.is(e, "week") && !cx.capitalized(e) {
        f.e += 1;
        if let Expr::Holiday { week, .. } = &mut f.expr {
            *week = true;
        }
    }
    Some(f)
}

/// "New Year's Day", "New Year's Eve", "New Year" at the unit word "Year" (token `i`).
pub(crate) fn new_year(cx: &Cx, i: usize) -> Option<Found> {
    if !(i >= 1 && cx.is(i - 1, "new") && cx.capitalized(i - 1) && cx.capitalized(i)) {
        return None;
    }
    let mut e = i + 1;
    if (cx.punct(e, '\'') || cx.punct(e, '’')) && cx.is(e + 1, "s") {
        e += 2;
    }
    let which = if cx.is(e, "eve") && cx.capitalized(e) {
        e += 1;
        Holiday::NewYearsEve
    } else {
        if cx.is(e, "day") && cx.capitalized(e) {
            e += 1;
        }
        Holiday::NewYear
    };
    Some(with_relative_year(cx, i - 1, e, which))
}

fn with_relative_year(cx: &Cx, s: usize, e: usize, which: Holiday) -> Found {
    let (s, year) = match s.checked_sub(1).map(|p| cx.lower(p)) {
        Some(p) if p == "last" => (s - 1, YearRef::Last),
        Some(p) if p == "next" => (s - 1, YearRef::Next),
        Some(p) if p == "this" => (s - 1, YearRef::Rel(0)),
        _ => (s, YearRef::ByTense),
    };
    Found::date(
        s,
        e,
        Expr::Holiday {
            year,
            which,
            week: false,
        },
        Rule::DateHoliday,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;
    use super::*;

    #[test]
    fn movable_holidays() {
        assert_eq!(Holiday::Thanksgiving.date(1999), Date::new(1999, 11, 25).ok());
        assert_eq!(Holiday::ElectionDay.date(1998), Date::new(1998, 11, 3).ok());
        assert_eq!(Holiday::Easter.date(2000), Date::new(2000, 4, 23).ok());
        assert_eq!(Holiday::Easter.date(2026), Date::new(2026, 4, 5).ok());
        assert_eq!(Holiday::MemorialDay.date(2026), Date::new(2026, 5, 25).ok());
        assert_eq!(Holiday::LaborDay.date(2026), Date::new(2026, 9, 7).ok());
    }

    #[test]
    fn holidays_in_text() {
        check(
            "Elian was found on Thanksgiving Day clinging to an inner tube.",
            &[("Thanksgiving Day", "DATE", "2025-11-27")],
        );
        check(
            "It will be our theme from now to Election Day.",
            &[("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "2026-11-03")],
        );
        check(
            "Sales rose last Christmas.",
            &[("last Christmas", "DATE", "2025-12-25")],
        );
        check(
            "Protesters prayed as Easter week began.",
            &[("Easter week", "DATE", "2026-W14")],
        );
        check(
            "The party was on New Year's Eve.",
            &[("New Year's Eve", "DATE", "2025-12-31")],
        );
        check("The labor day rate and an election day poll.", &[]);
    }
}
