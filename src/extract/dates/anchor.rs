//! Resolution: from what a rule read ([`Expr`]) to a TIMEX3 value and the
//! interval it denotes, anchored on the publish date (jiff does the calendar math).
//!
//! Months, days and quarters written without a year take the year the tense of
//! their clause implies: in an article of 2026-04-27, "In October, OpenAI
//! agreed" is 2025-10, "In February" is 2026-02, "will ship in October" is 2026-10.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::Timex;
use super::holidays::Holiday;
use super::tokens::Unit;

/// Which year a partial date belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Written out: "October 2025".
    Abs(i32),
    /// Relative to the publish year: "last October" is resolved by [`Expr`] rules, "this year's" is `Rel(0)`.
    Rel(i32),
    /// Not written: the clause's tense decides.
    ByTense,
    /// "last October": the most recent one strictly before the publish date.
    Last,
    /// "next March": the first one strictly after the publish date.
    Next,
}

/// The tense of the clause around a mention, as far as cue words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// No cue: a month or day takes its occurrence nearest the publish date.
    Unknown,
}

/// What a rule read, before anchoring.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    Day {
        year: YearRef,
        month: u8,
        day: u8,
    },
    /// "October 13-15, 2026".
    DayRange {
        year: YearRef,
        month: u8,
        from: u8,
        to: u8,
    },
    Month {
        year: YearRef,
        month: u8,
    },
    Year(i32),
    /// First three digits of the decade's years: 199 for "the 1990s".
    Decade(i32),
    /// First two digits of the century's years: 19 for "the 20th century".
    Century(i32),
    Quarter {
        year: YearRef,
        q: u8,
    },
    Half {
        year: YearRef,
        h: u8,
    },
    /// "SP", "SU", "FA", "WI".
    Season {
        year: YearRef,
        season: &'static str,
    },
    /// ISO weekday (Monday = 1); `shift` -1 "last", 1 "next", 0 by tense.
    Weekday {
        wd: u8,
        shift: i8,
    },
    /// `n` units from the publish date's unit: today (Day, 0), last year (Year, -1),
    /// two weeks ago (Week, -2).
    Offset {
        unit: Unit,
        n: i32,
    },
    /// A holiday: "Thanksgiving Day", "last Christmas".
    /// `week`: the week it falls in ("Easter week").
    Holiday {
        year: YearRef,
        which: Holiday,
        week: bool,
    },
    /// `n` units from the date the text mentioned last ("that year", "the
    /// following month", "the same day"); [`super::previous`] finds that date.
    /// Without one it is the unit's unknown value ("XXXX").
    Anaphor {
        unit: Unit,
        n: i32,
    },
    /// A value that needs no anchor: durations, sets, refs, "XXXX-XX-XX".
    Fixed(String),
    /// A clock time or part of day on a day: `part` is "MO", "AF", "EV", "NI" or "HH:MM".
    Time {
        day: Box<Expr>,
        part: String,
    },
}

/// Resolves `expr` against `dct` (the publish date) in a clause of tense `tense`.
pub(crate) fn resolve(expr: &Expr, dct: Option<Date>, tense: Tense) -> Timex {
    let mut t = Timex::default();
    let anchored = |t: &mut Timex| {
        if let Some(d) = dct {
            t.anchor = Some(format!("published:{d}"));
        }
    };
    match expr {
        Expr::Fixed(v) => {
            t.value = v.clone();
        }
        Expr::Year(y) => set_year(&mut t, *y),
        Expr::Decade(d) => set_decade(&mut t, *d),
        Expr::Century(c) => set_years(&mut t, format!("{c:02}"), "century", c * 100, c * 100 + 99),
        Expr::Month { year, month } => match year_for(
            near_month_year(*year, dct, *month),
            dct,
            tense,
            Some(*month),
            |d| cmp_key(*month, 1) <= cmp_key(d.month() as u8, 1),
            |d| *month >= d.month() as u8,
        ) {
            Some(y) => {
                if !matches!(year, YearRef::Abs(_)) {
                    anchored(&mut t);
                }
                set_month(&mut t, y, *month);
            }
            None => t.value = format!("XXXX-{month:02}"),
        },
        Expr::Day {
            year: year_written,
            month,
            day,
        } => {
            let (m, dd) = (*month, *day);
            let year = near_year(*year_written, dct, m, dd);
            match year_for(
                year,
                dct,
                tense,
                Some(m),
                |d| cmp_key(m, dd) <= cmp_key(d.month() as u8, d.day() as u8),
                |d| cmp_key(m, dd) >= cmp_key(d.month() as u8, d.day() as u8),
            ) {
                Some(y) => {
                    if !matches!(*year_written, YearRef::Abs(_)) {
                        anchored(&mut t);
                    }
                    match Date::new(y as i16, m as i8, dd as i8) {
                        Ok(date) => set_day(&mut t, date),
                        Err(_) => t.value = format!("{y:04}-{m:02}-{dd:02}"),
                    }
                }
                None => t.value = format!("XXXX-{m:02}-{dd:02}"),
            }
        }
        Expr::DayRange { year, month, from, to } => {
            let (m, f) = (*month, *from);
            match year_for(
                *year,
                dct,
                tense,
                Some(m),
                |d| cmp_key(m, f) <= cmp_key(d.month() as u8, d.day() as u8),
                |d| cmp_key(m, f) >= cmp_key(d.month() as u8, d.day() as u8),
            ) {
                Some(y) => {
                    if !matches!(year, YearRef::Abs(_)) {
                        anchored(&mut t);
                    }
                    let a = Date::new(y as i16, m as i8, f as i8).ok();
                    let b = Date::new(y as i16, m as i8, *to as i8).ok();
                    t.value = format!("{y:04}-{m:02}-{f:02}/{y:04}-{m:02}-{to:02}");
                    interval(&mut t, "day", a, b);
                }
                None => t.value = format!("XXXX-{m:02}-{f:02}/XXXX-{m:02}-{to:02}"),
            }
        }
        Expr::Quarter { year, q } => {
            let cur = |d: Date| (d.month() as u8 - 1) / 3 + 1;
            match year_for(*year, dct, tense, None, |d| *q <= cur(d), |_| true) {
                Some(y) => {
                    if !matches!(year, YearRef::Abs(_)) {
                        anchored(&mut t);
                    }
                    set_quarter(&mut t, y, *q);
                }
                None => t.value = format!("XXXX-Q{q}"),
            }
        }
        Expr::Half { year, h } => {
            let cur = |d: Date| if d.month() <= 6 { 1 } else { 2 };
            match year_for(*year, dct, tense, None, |d| *h <= cur(d), |_| true) {
                Some(y) => {
                    if !matches!(year, YearRef::Abs(_)) {
                        anchored(&mut t);
                    }
                    t.value = format!("{y:04}-H{h}");
                    let (a, b) = if *h == 1 { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
                    interval(
                        &mut t,
                        "half",
                        Date::new(y as i16, a.0, a.1).ok(),
                        Date::new(y as i16, b.0, b.1).ok(),
                    );
                }
                None => t.value = format!("XXXX-H{h}"),
            }
        }
        Expr::Season { year, season } => {
            let order = |s: &str| match s {
                "WI" => 0,
                "SP" => 1,
                "SU" => 2,
                _ => 3,
            };
            let cur = |d: Date| match d.month() {
                12 | 1 | 2 => 0,
                3..=5 => 1,
                6..=8 => 2,
                _ => 3,
            };
            match year_for(
                *year,
                dct,
                tense,
                None,
                |d| order(season) <= cur(d),
                |d| order(season) >= cur(d),
            ) {
                Some(y) => {
                    if !matches!(year, YearRef::Abs(_)) {
                        anchored(&mut t);
                    }
                    t.value = format!("{y:04}-{season}");
                    let (a, b) = match *season {
                        "SP" => ((y, 3, 1), (y, 5, 31)),
                        "SU" => ((y, 6, 1), (y, 8, 31)),
                        "FA" => ((y, 9, 1), (y, 11, 30)),
                        _ => ((y, 12, 1), (y + 1, 2, 28)),
                    };
                    interval(
                        &mut t,
                        "season",
                        Date::new(a.0 as i16, a.1, a.2).ok(),
                        Date::new(b.0 as i16, b.1, b.2).ok(),
                    );
                }
                None => t.value = format!("XXXX-{season}"),
            }
        }
        Expr::Weekday { wd, shift } => match dct {
            Some(d) => {
                anchored(&mut t);
                let target = iso_weekday(*wd);
                // A bare weekday that is the publish date's own is that day,
                // whatever the tense ("will meet Monday" in Monday's paper).
                let date = match (shift, tense) {
                    (-1, _) => d.nth_weekday(-1, target).ok(),
                    (0, _) if d.weekday() == target => Some(d),
                    (1, _) | (0, Tense::Future) => d.nth_weekday(1, target).ok(),
                    _ => d.nth_weekday(-1, target).ok(),
                };
                match date {
                    Some(date) => set_day(&mut t, date),
                    None => t.value = format!("XXXX-WXX-{wd}"),
                }
            }
            None => t.value = format!("XXXX-WXX-{wd}"),
        },
        Expr::Anaphor { unit, .. } => t.value = unanchored(*unit),
        Expr::Holiday { year, which, week } => {
            // The year is that of a day written without one: resolve the
            // holiday's date in the publish year, then take it in the year found.
            let around = dct.and_then(|d| which.date(d.year()));
            let year_of = around.map(|d| {
                let day = Expr::Day {
                    year: *year,
                    month: d.month() as u8,
                    day: d.day() as u8,
                };
                resolve(&day, dct, tense)
            });
            match year_of
                .as_ref()
                .and_then(|r| r.value.get(..4)?.parse::<i16>().ok())
                .and_then(|y| which.date(y))
            {
                Some(date) => {
                    t = year_of.unwrap_or_default();
                    if *week {
                        set_week(&mut t, date, false);
                    } else {
                        set_day(&mut t, date);
                    }
                }
                None => t.value = "XXXX-XX-XX".into(),
            }
        }
        Expr::Offset { unit, n } => match dct {
            Some(d) => {
                anchored(&mut t);
                offset(&mut t, d, *unit, *n);
            }
            None => t.value = unanchored(*unit),
        },
        Expr::Time { day, part } => {
            let inner = resolve(day, dct, tense);
            t.anchor = inner.anchor.clone();
            t.start = inner.start.clone();
            t.end = inner.end.clone();
            t.value = format!("{}T{part}", inner.value);
            t.granularity = Some(if part.contains(':') { "minute" } else { "part_of_day" }.into());
        }
    }
    t
}

/// Days from the publish date within which a day written without a year is
/// its nearest occurrence whatever the tense: a past verb often sets a near
/// date ahead ("extended the offer to Nov. 20", "was postponed to Dec. 7"),
/// and TimeBank + AQUAINT have no day without a year that is within this
/// reach but not its nearest occurrence.
const NEAR_DAYS: i64 = 45;

/// The year of "Nov. 20" when its nearest occurrence is within [`NEAR_DAYS`] of the publish date.
fn near_year(year: YearRef, dct: Option<Date>, m: u8, d: u8) -> YearRef {
    let (YearRef::ByTense, Some(dct)) = (year, dct) else {
        return year;
    };
    let y = dct.year() as i32;
    (y - 1..=y + 1)
        .filter_map(|cy| Date::new(cy as i16, m as i8, d as i8).ok().map(|date| (cy, date)))
        .filter_map(|(cy, date)| dct.until(date).ok().map(|span| (cy, span.get_days() as i64)))
        .filter(|(_, days)| days.abs() <= NEAR_DAYS)
        .min_by_key(|(_, days)| days.abs())
        .map_or(year, |(cy, _)| YearRef::Abs(cy))
}

/// Months ahead of the publish date within which a month written without a
/// year is the coming one whatever the tense: "cut its oil supply in
/// September" (published in August), "loans through January" (in November).
/// TimeBank + AQUAINT have one such month of the year before against 20 ahead.
const NEAR_MONTHS: i32 = 2;

/// The year of "in September" when it is at most [`NEAR_MONTHS`] ahead of the publish date.
fn near_month_year(year: YearRef, dct: Option<Date>, m: u8) -> YearRef {
    let (YearRef::ByTense, Some(dct)) = (year, dct) else {
        return year;
    };
    let ahead = (m as i32 - dct.month() as i32).rem_euclid(12);
    if (1..=NEAR_MONTHS).contains(&ahead) {
        let y = dct.year() as i32 + i32::from((m as i8) < dct.month());
        return YearRef::Abs(y);
    }
    year
}

/// `(month, day)` as one comparable number.
fn cmp_key(m: u8, d: u8) -> u16 {
    m as u16 * 100 + d as u16
}

/// The year of a partial date: written, relative, or by tense. `not_after(dct)`
/// says the date falls on or before the publish date within its year,
/// `not_before(dct)` on or after it.
fn year_for(
    year: YearRef,
    dct: Option<Date>,
    tense: Tense,
    month: Option<u8>,
    not_after: impl Fn(Date) -> bool,
    not_before: impl Fn(Date) -> bool,
) -> Option<i32> {
    match year {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(n) => dct.map(|d| d.year() as i32 + n),
        YearRef::Last => {
            let d = dct?;
            let strictly_before = not_after(d) && !not_before(d);
            Some(d.year() as i32 - i32::from(!strictly_before))
        }
        YearRef::Next => {
            let d = dct?;
            let strictly_after = not_before(d) && !not_after(d);
            Some(d.year() as i32 + i32::from(!strictly_after))
        }
        YearRef::ByTense => {
            let d = dct?;
            let y = d.year() as i32;
            if let (Tense::Unknown, Some(m)) = (tense, month) {
                let diff = m as i32 - d.month() as i32;
                return Some(if diff > 6 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else if diff == 6 || diff == -6 {
                    if not_after(d) { y } else { y - 1 }
                } else {
                    y
                });
            }
            Some(match tense {
                Tense::Past | Tense::Unknown if !not_after(d) => y - 1,
                Tense::Future if !not_before(d) => y + 1,
                _ => y,
            })
        }
    }
}

fn iso_weekday(wd: u8) -> Weekday {
    Weekday::from_monday_one_offset(wd.clamp(1, 7) as i8).unwrap_or(Weekday::Monday)
}

fn interval(t: &mut Timex, granularity: &str, start: Option<Date>, end: Option<Date>) {
    t.granularity = Some(granularity.into());
    t.start = start.map(|d| d.to_string());
    t.end = end.map(|d| d.to_string());
}

/// `value`, spanning January 1 of year `first` to December 31 of year `last`.
fn set_years(t: &mut Timex, value: String, granularity: &str, first: i32, last: i32) {
    t.value = value;
    interval(
        t,
        granularity,
        Date::new(first as i16, 1, 1).ok(),
        Date::new(last as i16, 12, 31).ok(),
    );
}

fn set_year(t: &mut Timex, y: i32) {
    set_years(t, format!("{y:04}"), "year", y, y);
}

/// `dec` is the decade's first three digits: 199 for the 1990s.
fn set_decade(t: &mut Timex, dec: i32) {
    set_years(t, format!("{dec:03}"), "decade", dec * 10, dec * 10 + 9);
}

fn set_month(t: &mut Timex, y: i32, m: u8) {
    t.value = format!("{y:04}-{m:02}");
    let first = Date::new(y as i16, m as i8, 1).ok();
    interval(t, "month", first, first.map(|d| d.last_of_month()));
}

fn set_day(t: &mut Timex, d: Date) {
    t.value = d.to_string();
    interval(t, "day", Some(d), Some(d));
}

fn set_quarter(t: &mut Timex, y: i32, q: u8) {
    t.value = format!("{y:04}-Q{q}");
    let first = Date::new(y as i16, (q as i8 - 1) * 3 + 1, 1).ok();
    let last = first
        .and_then(|d| d.checked_add(2.months()).ok())
        .map(|d| d.last_of_month());
    interval(t, "quarter", first, last);
}

fn set_week(t: &mut Timex, d: Date, weekend: bool) {
    let iso = d.iso_week_date();
    let monday = d.checked_sub((d.weekday().to_monday_zero_offset() as i64).days()).ok();
    if weekend {
        t.value = format!("{:04}-W{:02}-WE", iso.year(), iso.week());
        let sat = monday.and_then(|m| m.checked_add(5.days()).ok());
        interval(t, "weekend", sat, sat.and_then(|s| s.checked_add(1.days()).ok()));
    } else {
        t.value = format!("{:04}-W{:02}", iso.year(), iso.week());
        interval(t, "week", monday, monday.and_then(|m| m.checked_add(6.days()).ok()));
    }
}

/// `n` units from `anchor` (a date the text mentioned), at that unit's granularity.
pub(crate) fn offset_from(anchor: Date, unit: Unit, n: i32) -> Timex {
    let mut t = Timex::default();
    offset(&mut t, anchor, unit, n);
    t
}

/// `n` units from the publish date, at that unit's granularity.
fn offset(t: &mut Timex, d: Date, unit: Unit, n: i32) {
    let n64 = n as i64;
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => match d.checked_add(n64.days()) {
            Ok(x) => set_day(t, x),
            Err(_) => t.value = "XXXX-XX-XX".into(),
        },
        Unit::Week | Unit::Weekend => match d.checked_add((7 * n64).days()) {
            Ok(x) => set_week(t, x, unit == Unit::Weekend),
            Err(_) => t.value = "XXXX-WXX".into(),
        },
        Unit::Month => match d.first_of_month().checked_add(n64.months()) {
            Ok(x) => set_month(t, x.year() as i32, x.month() as u8),
            Err(_) => t.value = "XXXX-XX".into(),
        },
        Unit::Quarter => {
            let idx = d.year() as i32 * 4 + (d.month() as i32 - 1) / 3 + n;
            set_quarter(t, idx.div_euclid(4), (idx.rem_euclid(4) + 1) as u8);
        }
        Unit::Year => set_year(t, d.year() as i32 + n),
        Unit::Decade => set_decade(t, d.year() as i32 / 10 + n),
        Unit::Century => {
            let c = d.year() as i32 / 100 + n;
            t.value = format!("{c:02}");
            t.granularity = Some("century".into());
        }
    }
}

/// The value of a relative expression when there is no publish date.
fn unanchored(unit: Unit) -> String {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
    .into()
}

/// TIMEX3 duration value of `n` units ("P8Y", "PT48H", "P2Y6M" for 2.5 years).
pub(crate) fn duration(n: f64, unit: Unit) -> String {
    let whole = n.trunc() as u64;
    let frac = n - n.trunc();
    let (letter, time) = unit.letter();
    let (n, letter) = match unit {
        Unit::Decade => (whole * 10, "Y"),
        Unit::Century => (whole * 100, "Y"),
        Unit::Weekend => (whole * 2, "D"),
        _ => (whole, letter),
    };
    let t = if time { "T" } else { "" };
    let mut v = format!("P{t}{n}{letter}");
    if frac > 0.0 {
        // The fraction in the next smaller unit: half a year is six months.
        let (per, smaller, smaller_time) = match unit {
            Unit::Year => (12.0, "M", false),
            Unit::Month => (30.0, "D", false),
            Unit::Week => (7.0, "D", false),
            Unit::Day => (24.0, "H", true),
            Unit::Hour => (60.0, "M", true),
            Unit::Minute => (60.0, "S", true),
            Unit::Decade => (10.0, "Y", false),
            _ => (0.0, "", false),
        };
        let part = (frac * per).round() as u64;
        if part > 0 {
            if whole == 0 {
                v = format!("P{}{part}{smaller}", if smaller_time { "T" } else { "" });
            } else if smaller_time && !time {
                v.push_str(&format!("T{part}{smaller}"));
            } else {
                v.push_str(&format!("{part}{smaller}"));
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const DCT: Option<Date> = Some(jiff::civil::date(2026, 4, 27));

    fn v(e: Expr, tense: Tense) -> String {
        resolve(&e, DCT, tense).value
    }

    #[test]
    fn month_without_year_follows_tense() {
        let oct = Expr::Month {
            year: YearRef::ByTense,
            month: 10,
        };
        let feb = Expr::Month {
            year: YearRef::ByTense,
            month: 2,
        };
        assert_eq!(v(oct.clone(), Tense::Past), "2025-10");
        assert_eq!(v(feb.clone(), Tense::Past), "2026-02");
        assert_eq!(v(oct, Tense::Future), "2026-10");
        assert_eq!(v(feb, Tense::Future), "2027-02");
    }

    #[test]
    fn day_near_the_publish_date_is_its_nearest_occurrence() {
        let day = |month, day| Expr::Day {
            year: YearRef::ByTense,
            month,
            day,
        };
        // "extended the offer to May 20": a past verb, a date weeks ahead.
        assert_eq!(v(day(5, 20), Tense::Past), "2026-05-20");
        // "will be paid April 10": a future verb, a date weeks back.
        assert_eq!(v(day(4, 10), Tense::Future), "2026-04-10");
        // Far from the publish date the tense still decides.
        assert_eq!(v(day(9, 1), Tense::Past), "2025-09-01");
        let dec = resolve(&day(1, 5), Some(jiff::civil::date(2025, 12, 20)), Tense::Past);
        assert_eq!(dec.value, "2026-01-05");
    }

    #[test]
    fn month_next_to_the_publish_date() {
        let month = |month| Expr::Month {
            year: YearRef::ByTense,
            month,
        };
        // Published 2026-04-27: June is near ahead even after a past verb.
        assert_eq!(v(month(6), Tense::Past), "2026-06");
        assert_eq!(v(month(9), Tense::Past), "2025-09");
        let nov = Some(jiff::civil::date(2025, 11, 6));
        assert_eq!(resolve(&month(1), nov, Tense::Past).value, "2026-01");
    }

    #[test]
    fn weekday_of_the_publish_date_is_that_day() {
        let monday = Expr::Weekday { wd: 1, shift: 0 };
        assert_eq!(v(monday.clone(), Tense::Future), "2026-04-27");
        assert_eq!(v(monday, Tense::Past), "2026-04-27");
        assert_eq!(v(Expr::Weekday { wd: 1, shift: 1 }, Tense::Unknown), "2026-05-04");
    }

    #[test]
    fn weekday_offsets_and_intervals() {
        let monday = Expr::Weekday { wd: 1, shift: 0 };
        assert_eq!(v(monday, Tense::Past), "2026-04-27");
        assert_eq!(v(Expr::Weekday { wd: 5, shift: 0 }, Tense::Past), "2026-04-24");
        assert_eq!(v(Expr::Weekday { wd: 5, shift: 0 }, Tense::Future), "2026-05-01");
        let q = resolve(
            &Expr::Offset {
                unit: Unit::Quarter,
                n: -1,
            },
            DCT,
            Tense::Past,
        );
        assert_eq!(q.value, "2026-Q1");
        assert_eq!(
            (q.start.as_deref(), q.end.as_deref()),
            (Some("2026-01-01"), Some("2026-03-31"))
        );
        assert_eq!(v(Expr::Offset { unit: Unit::Week, n: 0 }, Tense::Past), "2026-W18");
        assert_eq!(v(Expr::Offset { unit: Unit::Day, n: -1 }, Tense::Past), "2026-04-26");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(8.0, Unit::Year), "P8Y");
        assert_eq!(duration(48.0, Unit::Hour), "PT48H");
        assert_eq!(duration(2.5, Unit::Year), "P2Y6M");
        assert_eq!(duration(5.5, Unit::Hour), "PT5H30M");
        assert_eq!(duration(2.0, Unit::Decade), "P20Y");
        assert_eq!(duration(0.5, Unit::Hour), "PT30M");
    }
}
