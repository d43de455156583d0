//! Dates told relative to a date the text mentioned before, not to the publish
//! date: "that year", "later that year", "the following month", "that same
//! day", "the next day". TimeML anchors them on the last date mentioned.
//!
//! | text | value | rule |
//! |---|---|---|
//! | In June 1998 he left, and returned later that year. | 1998 | `date.relative.previous` |
//! | In March 1989 it hired advisers. The following month, it put itself up for sale. | 1989-04 | `date.relative.previous` |
//! | He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax. | 1998-10-23 | `date.relative.previous` |
//! | The talks began on the same day (no day mentioned before) | XXXX-XX-XX | `date.relative.previous` |

use crate::extract::rule::Rule;
use jiff::civil::Date;

use super::Found;
use super::anchor::{self, Expr};
use super::tokens::{Cx, Unit};
use crate::extract::{Mention, MentionType, Value};

/// How far back (bytes) a mentioned date still anchors "that year", "the following month".
const REACH: usize = 1500;

/// "that [same] UNIT", "the same UNIT", "the following UNIT", "the next day",
/// with "earlier"/"later" before "that" ("later that year").
pub(crate) fn reference(cx: &Cx, i: usize, unit: Unit) -> Option<Found> {
    if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year) || i < 2 {
        return None;
    }
    // "that year-end", "that day's"... the unit must stand as a word.
    if cx.punct(i + 1, '-') && cx.touches_prev(i + 1) {
        return None;
    }
    let prev = cx.lower(i - 1);
    let (s, n) = match prev.as_str() {
        "that" => (i - 1, 0),
        "same" if cx.is_any(i - 2, &["that", "the"]) => (i - 2, 0),
        "following" if cx.is(i - 2, "the") => (i - 2, 1),
        "next" if cx.is(i - 2, "the") && unit == Unit::Day => (i - 2, 1),
        _ => return None,
    };
    let mut f = Found::date(s, i + 1, Expr::Anaphor { unit, n }, Rule::DateRelativePrevious);
    if n == 0 && s >= 1 && cx.is_any(s - 1, &["earlier", "later"]) {
        f.modifier = Some(if cx.is(s - 1, "earlier") { "START" } else { "END" });
        f.s -= 1;
    }
    Some(f)
}

/// Resolves an [`Expr::Anaphor`] mention on the last earlier mention (within
/// [`REACH`]) that names a date at least as fine as the anaphor's unit.
/// Returns false when the mention is no date: "that day" with no day named
/// before it points at an event ("trades made that day"), not at the calendar.
pub(crate) fn anchor_on_previous(earlier: &[Mention], m: &mut Mention, expr: &Expr, text: &str) -> bool {
    let Expr::Anaphor { unit, n } = expr else { return true };
    let last = earlier
        .iter()
        .rev()
        .take_while(|p| p.span.end + REACH >= m.span.start)
        .find_map(dated);
    let words = || text[m.span.clone()].split_whitespace();
    let bare_that = words().any(|w| w.eq_ignore_ascii_case("that")) && !words().any(|w| w.eq_ignore_ascii_case("same"));
    let Some((date, value, _)) = last.filter(|(_, _, g)| fine_enough(g, *unit)) else {
        return !bare_that;
    };
    let Value::Timex(old) = &m.value else { return true };
    let mut t = anchor::offset_from(date, *unit, *n);
    t.anchor = Some(format!("mention:{value}"));
    t.modifier = old.modifier.clone();
    t.bound = old.bound.clone();
    m.value = Value::Timex(t);
    true
}

/// The first day, value and granularity of mention `p` when it names a calendar date.
fn dated(p: &Mention) -> Option<(Date, String, String)> {
    if !matches!(p.kind, MentionType::Date | MentionType::Time) {
        return None;
    }
    let Value::Timex(t) = &p.value else { return None };
    let g = t.granularity.clone()?;
    Some((t.start.as_deref()?.parse().ok()?, t.value.clone(), g))
}

/// A date of granularity `g` says which `unit` an anaphor means: a month does
/// not say which day "the same day" is.
fn fine_enough(g: &str, unit: Unit) -> bool {
    let day_or_finer = matches!(g, "day" | "part_of_day" | "minute");
    match unit {
        Unit::Day => day_or_finer,
        Unit::Week => day_or_finer || g == "week",
        Unit::Month => day_or_finer || g == "month",
        Unit::Quarter => day_or_finer || matches!(g, "month" | "quarter"),
        Unit::Year => day_or_finer || matches!(g, "week" | "month" | "quarter" | "half" | "season" | "year"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn anchored_on_the_last_date_mentioned() {
        check(
            "He flew to Florida in June 1998 and returned to Cuba later that year.",
            &[("June 1998", "DATE", "1998-06"), ("later that year", "DATE", "1998")],
        );
        check(
            "In March 1989 it hired advisers. The following month, the company put itself up for sale.",
            &[
                ("March 1989", "DATE", "1989-03"),
                ("The following month", "DATE", "1989-04"),
            ],
        );
        check(
            "Slepian was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.",
            &[
                ("Oct. 23, 1998", "DATE", "1998-10-23"),
                ("Earlier that day", "DATE", "1998-10-23"),
            ],
        );
        check(
            "He arrived on March 3, 2024 and left the next day.",
            &[
                ("March 3, 2024", "DATE", "2024-03-03"),
                ("the next day", "DATE", "2024-03-04"),
            ],
        );
    }

    #[test]
    fn unknown_without_a_date_fine_enough() {
        // A month does not say which day "the same day" is.
        check(
            "In February, Amazon invested. On the same day, Microsoft countered.",
            &[("February", "DATE", "2026-02"), ("the same day", "DATE", "XXXX-XX-XX")],
        );
        check(
            "The following year, sales rose.",
            &[("The following year", "DATE", "XXXX")],
        );
        check("Traders lost on trades made that day.", &[]);
    }
}
