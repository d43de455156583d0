//! Ranges and bounds: "October 13-15, 2026" (one mention, an interval of days),
//! "13-15 October 2026", and the bound words before a date: "through 2032",
//! "until 2030", "by the end of 2026" (end bounds), "since 2019", "from 2019"
//! (start bounds). "from 2019 to 2023" and "between March and May" are two
//! mentions, the first marked "from", the second "to"/"and".

use super::anchor::{Expr, YearRef};
use super::tokens::{self, Cx};
use super::{Found, absolute};
use crate::extract::rule::Rule;

/// The bound word just before token `s`, if any: how a claim may use the date.
pub(crate) fn bound_before(cx: &Cx, s: usize) -> Option<&'static str> {
    let prev = s.checked_sub(1)?;
    let w = cx.lower(prev);
    Some(match w.as_str() {
        "until" | "till" | "til" => "until",
        "through" | "thru" | "throughout" => "through",
        "by" => "by",
        "before" => "before",
        "since" => "since",
        "from" => "from",
        "after" => "after",
        "starting" | "beginning" => "from",
        "to" if (prev.saturating_sub(8)..prev).any(|k| cx.is(k, "from")) => "to",
        "and" if (prev.saturating_sub(8)..prev).any(|k| cx.is(k, "between")) => "to",
        _ => return None,
    })
}

/// A second day after a month's first day: "13-15" or "13 to 15" at `i` (the first day);
/// returns the second day and the token after it.
pub(crate) fn second_day(cx: &Cx, i: usize) -> Option<(u8, usize)> {
    let first = cx.num(i)?;
    let sep = i + 1;
    let dash = cx.punct(sep, '-') || cx.punct(sep, '–') || cx.punct(sep, '—') || cx.is_any(sep, &["to", "through"]);
    let d2 = cx.num(sep + 1)?;
    (dash && cx.digits(sep + 1) <= 2 && d2 > first && d2 <= 31).then_some((d2 as u8, sep + 2))
}

/// "April 24 and 25": the second day of a pair, at `i`, takes the first one's month.
pub(crate) fn coordinated_day(cx: &Cx, i: usize) -> Option<Found> {
    let (day, next) = absolute::day_at(cx, i)?;
    if i < 3 || !cx.is_any(i - 1, &["and", "or", "&"]) {
        return None;
    }
    let (_, after_first) = absolute::day_at(cx, i - 2)?;
    let month_at = if cx.punct(i - 3, '.') && i >= 4 { i - 4 } else { i - 3 };
    if after_first != i - 1 || !cx.capitalized(month_at) {
        return None;
    }
    let (month, _) = tokens::month(cx.s(month_at))?;
    // "April 24 and 25 people": a count, not a day.
    if cx.is_word(next) && !cx.is_any(next, &["and", "or", "in", "at", "to", "when", "respectively"]) {
        return None;
    }
    let (year, e) = absolute::year_after(cx, next);
    let year = year.unwrap_or(YearRef::ByTense);
    Some(Found::date(i, e, Expr::Day { year, month, day }, Rule::DateAbsoluteDay))
}

/// "13-15 October 2026": day range first, then the month.
pub(crate) fn day_range_numeric(cx: &Cx, i: usize) -> Option<Found> {
    if cx.digits(i) > 2 || cx.inside_figure(i) {
        return None;
    }
    let from = cx.num(i)?;
    let (to, next) = second_day(cx, i)?;
    let (month, _) = tokens::month(cx.s(next)).filter(|_| cx.capitalized(next))?;
    if !(1..=31).contains(&from) {
        return None;
    }
    let mut e = next + 1;
    if cx.punct(e, '.') && cx.touches_prev(e) {
        e += 1;
    }
    let (year, e) = match absolute::year_at(cx, e) {
        Some(y) => (YearRef::Abs(y), e + 1),
        None => (YearRef::ByTense, e),
    };
    Some(Found::date(
        i,
        e,
        Expr::DayRange {
            year,
            month,
            from: from as u8,
            to,
        },
        Rule::DateRangeDays,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check, timex};

    #[test]
    fn day_ranges() {
        check(
            "TechCrunch event October 13-15, 2026 in San Francisco",
            &[("October 13-15, 2026", "DATE", "2026-10-13/2026-10-15")],
        );
        check(
            "held 13-15 October 2026",
            &[("13-15 October 2026", "DATE", "2026-10-13/2026-10-15")],
        );
        let t = timex("October 13-15, 2026");
        assert_eq!(
            (t.start.as_deref(), t.end.as_deref()),
            (Some("2026-10-13"), Some("2026-10-15"))
        );
    }

    #[test]
    fn a_second_day_after_and_takes_the_first_days_month() {
        check(
            "The summit is on April 24 and 25, 2027.",
            &[("April 24", "DATE", "2026-04-24"), ("25, 2027", "DATE", "2027-04-25")],
        );
        check(
            "Sales were April 24 and 25 units later.",
            &[("April 24", "DATE", "2026-04-24")],
        );
    }

    #[test]
    fn from_to_and_between() {
        check(
            "revenue grew from 2019 to 2023",
            &[("2019", "DATE", "2019"), ("2023", "DATE", "2023")],
        );
        assert_eq!(timex("from 2019 to 2023").bound.as_deref(), Some("from"));
        check(
            "between June and August, sales will rise",
            &[("June", "DATE", "2026-06"), ("August", "DATE", "2026-08")],
        );
    }
}
