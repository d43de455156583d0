//! Times of day: clock times with their zone and day, noon and midnight, and
//! parts of days.
//!
//! | text (published Monday 2026-04-27) | type | value | rule |
//! |---|---|---|---|
//! | 3 p.m. ET | TIME | 2026-04-27T15:00 (timezone ET) | `time.clock` |
//! | 10:35 a.m. Friday | TIME | 2026-04-24T10:35 | `time.clock` |
//! | noon Thursday | TIME | 2026-04-23T12:00 | `time.clock` |
//! | this morning / last night / tonight | TIME | 2026-04-27TMO / 2026-04-26TNI / 2026-04-27TNI | `time.part_of_day` |

use super::Found;
use super::absolute;
use super::anchor::Expr;
use super::tokens::{self, Cx, Unit};
use crate::extract::MentionType;
use crate::extract::rule::Rule;

/// TIMEX3 code of a part of day.
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    match w {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" | "overnight" => Some("NI"),
        _ => None,
    }
}

const ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
    "JST", "IST", "AEST", "HKT", "SGT",
];

/// "a.m."/"p.m."/"am"/"pm" at `j`: whether it is p.m. and the token after it.
fn meridiem(cx: &Cx, j: usize) -> Option<(bool, usize)> {
    if cx.is_any(j, &["am", "pm"]) {
        return Some((cx.is(j, "pm"), j + 1));
    }
    if cx.is_any(j, &["a", "p"])
        && cx.punct(j + 1, '.')
        && cx.is(j + 2, "m")
        && cx.touches_prev(j + 1)
        && cx.touches_prev(j + 2)
    {
        let mut e = j + 3;
        // The closing dot, unless it also ends the sentence.
        let n = e + 1;
        let continues = n < cx.len()
            && (!cx.capitalized(n)
                || ZONES.contains(&cx.s(n))
                || tokens::weekday(cx.s(n)).is_some()
                || tokens::month(cx.s(n)).is_some());
        if cx.punct(e, '.') && cx.touches_prev(e) && continues {
            e += 1;
        }
        return Some((cx.is(j, "p"), e));
    }
    None
}

/// The day a time is on, written right after it: "Friday", "today", "Nov. 9".
fn day_after(cx: &Cx, j: usize) -> Option<(Expr, usize)> {
    let k = if cx.punct(j, ',') { j + 1 } else { j };
    let w = cx.s(k);
    if let Some(wd) = tokens::weekday(w).filter(|_| cx.capitalized(k)) {
        return Some((Expr::Weekday { wd, shift: 0 }, k + 1));
    }
    let n = match cx.lower(k).as_str() {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => {
            let (m, abbrev) = tokens::month(w)?;
            let f = absolute::month_date(cx, k, m, abbrev)?;
            return matches!(f.expr, Expr::Day { .. }).then_some((f.expr, f.e));
        }
    };
    Some((Expr::Offset { unit: Unit::Day, n }, k + 1))
}

/// A clock time at `i`: "3 p.m.", "10:35 a.m. EST", "14:30 GMT", "5 p.m. EST, Nov. 6".
pub(crate) fn clock(cx: &Cx, i: usize) -> Option<Found> {
    if cx.digits(i) > 2 || cx.inside_figure(i) {
        return None;
    }
    let mut h = cx.num(i)?;
    let mut j = i + 1;
    let mut minute = 0;
    let colon = cx.punct(j, ':') && cx.touches_prev(j) && cx.digits(j + 1) == 2 && cx.touches_prev(j + 1);
    if colon {
        minute = cx.num(j + 1)?;
        j += 2;
    }
    let mut timezone = None;
    match meridiem(cx, j) {
        Some((pm, after)) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            h = match (pm, h) {
                (true, 12) => 12,
                (true, _) => h + 12,
                (false, 12) => 0,
                (false, _) => h,
            };
            j = after;
        }
        None if colon && ZONES.iter().any(|z| cx.s(j) == *z) && h <= 23 => {}
        None => return None,
    }
    if minute > 59 {
        return None;
    }
    if let Some(z) = ZONES.iter().find(|z| cx.s(j) == **z) {
        timezone = Some((*z).to_owned());
        j += 1;
    }
    // "10:35 a.m. (0735 GMT) Friday": the day after a parenthesis dates the time;
    // the span stays the clock time, the day is a mention of its own.
    let after_paren = (cx.punct(j, '('))
        .then(|| (j + 1..(j + 6).min(cx.len())).find(|&k| cx.punct(k, ')')))
        .flatten()
        .and_then(|close| day_after(cx, close + 1))
        .map(|(day, _)| (day, j));
    let (day, e) = day_after(cx, j)
        .or(after_paren)
        .unwrap_or((Expr::Offset { unit: Unit::Day, n: 0 }, j));
    let s = i;
    let mut modifier = None;
    // "about 10:35 a.m.": the mod is kept, the word stays outside (TimeML practice).
    if s >= 1 && cx.is_any(s - 1, &["about", "around", "approximately"]) {
        modifier = Some("APPROX");
    }
    let mut f = Found::new(
        s,
        e,
        MentionType::Time,
        Expr::Time {
            day: Box::new(day),
            part: format!("{h:02}:{minute:02}"),
        },
        Rule::TimeClock,
    );
    f.timezone = timezone;
    f.modifier = modifier;
    Some(f)
}

/// Word triggers for times: "noon", "midnight", "tonight", "this morning", "last night".
pub(crate) fn word(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.lower(i);
    let prev = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or_default();
    let time = |s: usize, e: usize, day: Expr, part: &str, rule| {
        Some(Found::new(
            s,
            e,
            MentionType::Time,
            Expr::Time {
                day: Box::new(day),
                part: part.into(),
            },
            rule,
        ))
    };
    let today = |n| Expr::Offset { unit: Unit::Day, n };
    match w.as_str() {
        "noon" | "midnight" if prev != "high" => {
            let part = if w == "noon" { "12:00" } else { "24:00" };
            let (day, e) = day_after(cx, i + 1).unwrap_or((today(0), i + 1));
            time(i, e, day, part, Rule::TimeClock)
        }
        "tonight" => time(i, i + 1, today(0), "NI", Rule::TimePartOfDay),
        _ => {
            let part = part_of_day(&w)?;
            match prev.as_str() {
                "this" => time(i - 1, i + 1, today(0), part, Rule::TimePartOfDay),
                "last" if w == "night" => time(i - 1, i + 1, today(-1), part, Rule::TimePartOfDay),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check, timex};

    #[test]
    fn clock_times() {
        check(
            "The call is at 3 p.m. ET today.",
            &[("3 p.m. ET today", "TIME", "2026-04-27T15:00")],
        );
        assert_eq!(timex("at 3 p.m. ET").timezone.as_deref(), Some("ET"));
        check(
            "It closed at 10:35 a.m. Friday.",
            &[("10:35 a.m. Friday", "TIME", "2026-04-24T10:35")],
        );
        check(
            "Trading resumed at 14:30 GMT.",
            &[("14:30 GMT", "TIME", "2026-04-27T14:30Z")],
        );
        check(
            "The blast came at 10:35 a.m. (0735 GMT) Friday.",
            &[
                ("10:35 a.m.", "TIME", "2026-04-24T10:35"),
                ("Friday", "DATE", "2026-04-24"),
            ],
        );
        check("The score was 3:1 at the break.", &[]);
    }

    #[test]
    fn parts_of_day() {
        check("He spoke this morning.", &[("this morning", "TIME", "2026-04-27TMO")]);
        check("Storms hit last night.", &[("last night", "TIME", "2026-04-26TNI")]);
        check(
            "They met Monday morning.",
            &[("Monday morning", "TIME", "2026-04-27TMO")],
        );
    }
}
