//! Reporting periods read from the words around a date, for the time of a
//! period figure (revenue, profit, EPS, guidance):
//!
//! | Words | Period |
//! |---|---|
//! | the year ended Sept. 30 (2026), the 12 months to the end of June, the fiscal year ending March 2027 | the year the period ends in: 2026, 2026, 2027 |
//! | the year to 31 Jan. 2027, the 52 weeks ended Feb. 1, 2025 | a year closing with January is the year before's: 2024 |
//! | the quarter ended September 30, the three months that ended on Sept. 3, the quarter ending in late November | the calendar quarter it ends in: 2026-Q3, 2026-Q3, 2026-Q4 |
//! | the six months ended 4 July, the first half ended Dec. 31, the 26 weeks to Aug. 30 | the calendar half it ends: 2026-H1, 2026-H2; a fiscal half its year: 2026 |
//! | the nine months to September, the first nine months ended Dec. 31, 2025 | the year so far: 2026, 2025 (keyed apart from its quarters) |
//! | nine-month revenue, year-to-date sales, half-year profit, interim pre-tax profit (no date) | the last such period ended by the publish date: 2026, 2026-H1 |
//! | revenue of £812m (2025: £774m), net profit AED 1.1 billion (H1 2025: AED 855 million) | a bracketed prior period: a comparison |
//! | the September quarter, the December quarter | that month's calendar quarter |
//! | the fiscal second quarter, fiscal Q4, Q2 FY27 | the company's quarter on the calendar, when the source gives the company's year end ("the fiscal year ending March 2027": Q2 is July to September) |
//! | up 46% from a year earlier, up from C$252 million in 1988, compared with A$6.96 billion a year earlier, down 31% compared with 2024 | a comparison: never the figure's own time |
//!
//! A figure named as a whole year's, a half's or nine months' ([`named_span`])
//! takes no quarter its sentence or the source's last period figure names;
//! a source's forecasts and results date each other never.
//!
//! A fiscal quarter without a year is the last one ended by the publish
//! date, or, for a type whose figures look ahead (`forward` in its file:
//! guidance), the next one to end.

use super::shapes::contains;
use crate::extract::dates::Timex;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;
use jiff::civil::Date;

/// What the words just before a date make it the end of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ends {
    Year,
    /// A quarter, with its ordinal when written ("second quarter ended").
    Quarter(Option<u32>),
    /// A half year, with its ordinal when written ("the first half ended",
    /// "the half to 31 December", "the 26 weeks ended Aug. 30").
    Half(Option<u32>),
    /// A run of months from the start of the year shorter than the year:
    /// "the nine months to September", "the 39 weeks ended".
    YearToDate,
}

/// Whether the period may still be running ("the quarter ending in late
/// November"): then a date without its year keeps the one the dates gave it.
fn may_run_on(before: &str) -> bool {
    let b = before.trim_end();
    let b = ["the end of", "late", "early", "mid-", "mid", "on", "in"]
        .iter()
        .fold(b, |b, w| b.strip_suffix(w).map_or(b, str::trim_end));
    strip_word(b, "ending").is_some()
}

/// Words before "ended"/"to" that name a half year (see [`Ends::Half`]):
/// "the six months ended July 3", "the half-year to end-September", "the 26
/// weeks ended Aug. 30", "the first half ended Sept. 30".
const HALF_ENDS: &[&str] = &[
    "six months",
    "6 months",
    "26 weeks",
    "half year",
    "half-year",
    "half",
    "six-month period",
    "26-week period",
    "half-year period",
];

/// Words before "ended"/"to" that name the months of a year so far, other
/// than a quarter or a half (see [`Ends::YearToDate`]): "the nine months to
/// September", "the first nine months ended Dec. 31", "the 39 weeks ended".
const YEAR_TO_DATE_ENDS: &[&str] = &[
    "nine months",
    "9 months",
    "39 weeks",
    "40 weeks",
    "nine-month period",
    "eight months",
    "ten months",
    "10 months",
    "eleven months",
    "11 months",
];

fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = s.strip_suffix(word)?;
    (rest.is_empty() || rest.ends_with([' ', '-', '(', ','])).then(|| rest.trim_end())
}

const ORDINALS: [(&str, u32); 8] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("1st", 1),
    ("2nd", 2),
    ("3rd", 3),
    ("4th", 4),
];

/// `before`: the lower-case text that ends right before a date. "ends"
/// ("whose fiscal year ends in May") says when the company's years end, not
/// which one a figure is of: read only when `defining`.
pub(super) fn ends_before(before: &str, defining: bool) -> Option<Ends> {
    let mut b = before.trim_end();
    for filler in ["the end of", "end-", "late", "early", "mid-", "mid"] {
        if let Some(rest) = b.strip_suffix(filler) {
            b = rest.trim_end();
        }
    }
    for prep in ["on", "in"] {
        if let Some(rest) = strip_word(b, prep) {
            b = rest;
            break;
        }
    }
    let verbs: &[&str] = if defining {
        &["ended", "ending", "ends", "to", "through", "thru"]
    } else {
        &["ended", "ending", "to", "through", "thru"]
    };
    b = verbs.iter().find_map(|w| strip_word(b, w))?;
    for rel in ["that", "which"] {
        if let Some(rest) = strip_word(b, rel) {
            b = rest;
            break;
        }
    }
    let b = b.trim_end_matches(',').trim_end();
    if ["year", "12 months", "twelve months", "52 weeks", "53 weeks", "fy"]
        .iter()
        .any(|w| strip_word(b, w).is_some())
        && HALF_ENDS.iter().all(|w| strip_word(b, w).is_none())
    {
        return Some(Ends::Year);
    }
    if let Some(rest) = HALF_ENDS.iter().find_map(|w| strip_word(b, w)) {
        let n = [("first", 1), ("second", 2), ("1st", 1), ("2nd", 2)]
            .iter()
            .find(|(w, _)| strip_word(rest, w).is_some())
            .map(|(_, n)| *n);
        return Some(Ends::Half(n));
    }
    if YEAR_TO_DATE_ENDS.iter().any(|w| strip_word(b, w).is_some()) {
        return Some(Ends::YearToDate);
    }
    let rest = ["quarter", "three months", "3 months", "13 weeks"]
        .iter()
        .find_map(|w| strip_word(b, w))?;
    let rest = strip_word(rest, "fiscal")
        .or_else(|| strip_word(rest, "financial"))
        .unwrap_or(rest);
    let n = ORDINALS
        .iter()
        .find(|(w, _)| strip_word(rest, w).is_some())
        .map(|(_, n)| *n);
    Some(Ends::Quarter(n))
}

/// The year and month a day or month value is in ("2026-09-30", "2026-11").
fn year_month(t: &Timex) -> Option<(i32, u32, Option<u32>)> {
    let v = t.value.as_bytes();
    if v.len() < 7 || v[4] != b'-' || !v[..4].iter().all(u8::is_ascii_digit) || !v[5..7].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let y: i32 = t.value[..4].parse().ok()?;
    let m: u32 = t.value[5..7].parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let d = t.value.get(8..10).and_then(|d| d.parse().ok());
    Some((y, m, d))
}

/// The month a period ending on this date mostly lies in: a year or quarter
/// "ended Sept. 3" (a 52-week year) is one that ended with August.
fn closing_month(t: &Timex) -> Option<(i32, u32)> {
    let (y, m, d) = year_month(t)?;
    Some(match d {
        Some(d) if d <= 7 && m == 1 => (y - 1, 12),
        Some(d) if d <= 7 => (y, m - 1),
        _ => (y, m),
    })
}

fn quarter_of(y: i32, m: u32) -> String {
    format!("{y:04}-Q{}", m.div_ceil(3))
}

/// The period a date closes, read with the words before it. A month or day
/// written without its year ("the year to end-March") closes the last such
/// period before publication: a reported period is over.
pub(super) fn period_ended(ends: Ends, t: &Timex, before: &str, own: &str, published: Option<Date>) -> Option<String> {
    let (mut y, m) = closing_month(t)?;
    let year_written = own.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    if let Some(p) = published.filter(|_| !year_written && !may_run_on(before)) {
        let (py, pm) = (p.year() as i32, p.month() as u32);
        y = if m <= pm { py } else { py - 1 };
    }
    Some(match ends {
        // A year that closes with January ("the year to 31 Jan. 2027", a
        // retailer's 52 weeks ended Feb. 1) is nearly all the year before's,
        // and named after it ("fiscal 2024").
        Ends::Year if m == 1 => format!("{:04}", y - 1),
        Ends::Year => format!("{y:04}"),
        Ends::YearToDate => year_to_date(y),
        Ends::Quarter(_) => quarter_of(y, m),
        // A half on the calendar's halves; a fiscal half (April to September)
        // is of its year, which any half or quarter of it overlaps.
        Ends::Half(_) => match m {
            6 => format!("{y:04}-H1"),
            12 => format!("{y:04}-H2"),
            _ => format!("{y:04}"),
        },
    })
}

/// "the September quarter": a month value followed by "quarter".
pub(super) fn month_quarter(t: &Timex, after: &str) -> Option<String> {
    if t.value.len() != 7 {
        return None;
    }
    let after = after.strip_prefix(' ').or_else(|| after.strip_prefix('-'))?;
    let rest = after.strip_prefix("quarter")?;
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let (y, m, _) = year_month(t)?;
    Some(quarter_of(y, m))
}

/// The month the company's fiscal year ends, when the source says so and it
/// is not December: "the year ended 31 March 2026", "the fiscal year ending
/// March 2027", "the fourth quarter ended Sept. 3".
pub(super) fn fiscal_year_end(doc: &Document, mentions: &[Mention]) -> Option<u32> {
    mentions
        .iter()
        .filter(|m| m.kind == MentionType::Date && !m.boilerplate)
        .find_map(|m| {
            let Value::Timex(t) = &m.value else { return None };
            let from = floor(&doc.text, m.span.start.saturating_sub(48));
            let before = doc.text.get(from..m.span.start)?.to_ascii_lowercase();
            if let Some(end) = year_end_from_start(&before, t) {
                return Some(end);
            }
            let (_, month) = closing_month(t)?;
            let end = match ends_before(&before, true)? {
                Ends::Year => month,
                Ends::Quarter(Some(n)) => (month + 3 * (4 - n) - 1) % 12 + 1,
                Ends::Half(Some(n)) => (month + 6 * (2 - n) - 1) % 12 + 1,
                Ends::Quarter(None) | Ends::Half(None) | Ends::YearToDate => return None,
            };
            Some(end)
        })
        .filter(|&m| m != 12)
        .filter(|_| !CALENDAR_YEAR_WORDS.iter().any(|w| doc.text.contains(w)))
}

/// Words that say the company now keeps the calendar year ("changed from a
/// fiscal year to a calendar year", "moved its reporting to a calendar-year
/// basis"): an older year end the source gives ("the second quarter ended
/// Oct. 31" a year ago) no longer numbers its quarters.
const CALENDAR_YEAR_WORDS: [&str; 4] = [
    "to a calendar year",
    "to the calendar year",
    "to a calendar-year",
    "calendar-year basis",
];

/// The month a fiscal year ends, read from the day it begins: "fiscal 2027,
/// which began June 28" (June), "its financial year starts on 1 April"
/// (March), "the fiscal year that started in October" (September). A fiscal
/// or financial year must be named before the verb: "the programme began in
/// March" says nothing of the company's year.
fn year_end_from_start(before: &str, t: &Timex) -> Option<u32> {
    let mut b = before.trim_end();
    for prep in ["on", "in"] {
        if let Some(rest) = strip_word(b, prep) {
            b = rest;
            break;
        }
    }
    let rest = ["began", "begins", "started", "starts"]
        .iter()
        .find_map(|w| strip_word(b, w))?;
    if !(rest.contains("fiscal") || rest.contains("financial year")) {
        return None;
    }
    let (_, month, day) = year_month(t)?;
    // The year ends the day before it begins: the month before, unless it
    // begins late in a month (a 52-week year "began June 28" ended with June;
    // one that "began Oct. 3" ended with September, as `closing_month` reads it).
    Some(match day {
        Some(d) if d > 7 => month,
        _ => (month + 10) % 12 + 1,
    })
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether a quarter date is the company's fiscal one: "the fiscal second
/// quarter", "fiscal Q4", "Q2 FY27".
pub(super) fn is_fiscal_quarter(t: &Timex, own: &str, before: &str, after: &str) -> Option<u32> {
    let v = t.value.as_bytes();
    if v.len() != 7 || v[5] != b'Q' {
        return None;
    }
    let n = (v[6] as char).to_digit(10).filter(|n| (1..=4).contains(n))?;
    let before = before.trim_end();
    // A quarter named without its year ("fourth-quarter sales", "in Q2") is the
    // company's own when the source gives a year end (see `fiscal_year_end`):
    // companies report by their quarters. "The fourth quarter of 2025" is the calendar's.
    // Named by its number ("fourth", "Q4"), not "the quarter" or "last quarter",
    // whose number is the calendar's that the dates gave it.
    let lower = own.to_ascii_lowercase();
    let numbered = ORDINALS.iter().any(|(w, _)| contains(&lower, w))
        || lower
            .as_bytes()
            .windows(2)
            .any(|w| w[0] == b'q' && w[1].is_ascii_digit());
    let bare = numbered
        && !contains(&lower, "year")
        && !lower
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit());
    let fiscal = bare
        || contains(own, "fiscal")
        || contains(own, "financial")
        || strip_word(before, "fiscal").is_some()
        || strip_word(before, "financial").is_some()
        || after.starts_with(" fy")
        || after.starts_with(" of fy")
        || after.starts_with(" of fiscal")
        || after.starts_with(" of the fiscal")
        || after.starts_with(" of the financial");
    fiscal.then_some(n)
}

/// Fiscal quarter `n` of a company whose year ends with month `fy_end`, on
/// the calendar: the last one ended by `published` (or, `forward`, the next).
pub(super) fn fiscal_quarter(n: u32, fy_end: u32, published: Date, forward: bool) -> String {
    let end = (fy_end as i32 - 3 * (4 - n as i32) - 1).rem_euclid(12) as u32 + 1;
    let (py, pm) = (published.year() as i32, published.month() as u32);
    let y = if forward {
        if end > pm { py } else { py + 1 }
    } else if end < pm {
        py
    } else if end == pm {
        // Results come out after the quarter closes: in its own month only when
        // it closed early in it (a 52-week quarter), else the year before's.
        if published.day() > 14 { py } else { py - 1 }
    } else {
        py - 1
    };
    quarter_of(y, end)
}

/// Words that date when a company or body began ("Corvane, founded in 2021",
/// "the fund, set up in 2019 by", "incorporated in 1998"): like "since", the
/// start of a state, never the time of the event a sentence claims.
const ORIGIN_WORDS: [&str; 6] = [
    "founded",
    "co-founded",
    "established",
    "incorporated",
    "set up",
    "formed",
];

/// Words of a clause that tell when a company began or came to the market
/// ("which listed on the Oslo exchange in 2014", "which was founded in 1998",
/// "which floated in 2021"): a date in such a clause is its own, never the time
/// of a claim outside it ([`clause_tells_origin`]).
const LISTING_WORDS: [&str; 4] = ["listed", "floated", "went public", "debuted"];

/// Whether a relative clause's lower-case words tell an origin or a listing
/// (see [`ORIGIN_WORDS`], [`LISTING_WORDS`]), as whole words.
pub(super) fn clause_tells_origin(clause: &str) -> bool {
    ORIGIN_WORDS
        .iter()
        .chain(LISTING_WORDS.iter())
        .any(|w| crate::text::has_word(clause, w))
}

/// Whether the date follows one of [`ORIGIN_WORDS`] (with "in" or "back in"
/// between). `before` is the sentence's lower-case text before the date.
pub(super) fn is_origin(before: &str) -> bool {
    let head = before.trim_end();
    let head = head.strip_suffix(" in").unwrap_or(head).trim_end();
    let head = head.strip_suffix(" back").unwrap_or(head).trim_end();
    ORIGIN_WORDS.iter().any(|w| strip_word(head, w).is_some())
}

/// Whether the date is the time of a figure compared with ("up 46% from a
/// year earlier", "up from C$252 million in 1988", "compared with A$6.96
/// billion a year earlier"), never the claim's own. `before` is the sentence's
/// lower-case text before the date, `own` the date's, `amount_end`: whether a
/// figure ends right before it (after "in"/"for") and where that figure starts.
pub(super) fn is_comparison(before: &str, own: &str, amount_start: Option<usize>) -> bool {
    const CUES: [&str; 9] = ["from", "than", "with", "versus", "vs", "vs.", "against", "over", "on"];
    let earlier = [
        "earlier",
        "ago",
        "before",
        "previous",
        "prior",
        "year-earlier",
        "year-ago",
    ]
    .iter()
    .any(|w| contains(own, w))
        || own.starts_with("last ");
    let ends_cue = |s: &str| {
        let s = s.trim_end();
        CUES.iter().any(|c| strip_word(s, c).is_some())
    };
    // A comparison opened shortly before, in the same clause: "compared with a
    // consensus of $6.92 billion and $6.96 billion a year earlier", "compared
    // with 111.1 billion won a year earlier" (a unit the figures do not read).
    let compared_before = |head: &str| {
        let from = floor(head, head.len().saturating_sub(90));
        let window = &head[from..];
        let last_stop = [window.rfind(';'), window.rfind(". ")]
            .into_iter()
            .flatten()
            .max()
            .map_or(0, |i| i + 1);
        let window = &window[last_stop..];
        [
            "compared with",
            "compared to",
            "versus",
            " against ",
            " than ",
            "up from",
            "down from",
        ]
        .iter()
        .any(|c| contains(window, c))
    };
    match amount_start {
        Some(start) => {
            let head = before.get(..start).unwrap_or("");
            let trimmed = head.trim_end();
            if ["from", "than", "versus", "vs", "vs.", "against"]
                .iter()
                .any(|c| strip_word(trimmed, c).is_some())
                || trimmed.ends_with("compared with")
                || trimmed.ends_with("compared to")
            {
                return true;
            }
            earlier && compared_before(head)
        }
        None => {
            // The date is what is compared with: "down 31% compared with 2024",
            // "versus the 2025 season" ("no later than 2027" is a deadline).
            let b = before.trim_end();
            let b = b.strip_suffix(" the").unwrap_or(b);
            COMPARED_WITH.iter().any(|c| strip_word(b, c).is_some())
                || (earlier && (ends_cue(before) || compared_before(before)))
        }
    }
}

/// Words that make a figure a whole year's: "full-year revenue guidance",
/// "its annual sales", "the outlook for the full year". Such a figure is
/// never dated by a quarter or half its sentence names for another figure
/// ("a loss for the fiscal second quarter, and a cut in full-year revenue
/// guidance": the quarter is the loss's).
const FULL_YEAR_WORDS: &[&str] = &["full-year", "full year", "whole-year", "annual", "12-month", "fy"];

/// Words that make a figure a half year's when no date says which half:
/// "half-year revenue", "interim pre-tax profit", "six-month sales".
const HALF_WORDS: &[&str] = &[
    "half-year",
    "half-yearly",
    "six-month",
    "26-week",
    "interim",
    "semi-annual",
];

/// Words that make a figure one of the year so far: "nine-month operating
/// profit", "year-to-date sales", "9M revenue".
const YEAR_TO_DATE_WORDS: &[&str] = &["nine-month", "9-month", "39-week", "year-to-date", "ytd", "9m"];

/// The span a figure's own words give it ([`named_span`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Span {
    /// [`FULL_YEAR_WORDS`], "for the (full) year".
    Year,
    /// [`HALF_WORDS`], "for the half", "in the six months".
    Half,
    /// [`YEAR_TO_DATE_WORDS`], "for the nine months", "so far this year".
    YearToDate,
}

/// Words right after a figure's trigger that give its span (the longer
/// first: "for the year to date" is not the whole year).
const SPAN_AFTER: &[(&str, Span)] = &[
    ("for the year to date", Span::YearToDate),
    ("in the year to date", Span::YearToDate),
    ("so far this year", Span::YearToDate),
    ("year to date", Span::YearToDate),
    ("for the first nine months", Span::YearToDate),
    ("in the first nine months", Span::YearToDate),
    ("for the nine months", Span::YearToDate),
    ("in the nine months", Span::YearToDate),
    ("over the nine months", Span::YearToDate),
    ("for the full year", Span::Year),
    ("for the year", Span::Year),
    ("for the whole year", Span::Year),
    ("for the full fiscal year", Span::Year),
    ("for the half", Span::Half),
    ("in the half", Span::Half),
    ("for the six months", Span::Half),
    ("in the six months", Span::Half),
    ("over the six months", Span::Half),
    ("for the interim period", Span::Half),
];

/// The last three words of `phrase` as `split_whitespace` cuts them, the
/// nearest first ("" when fewer), cut in place ([`super::shapes::last_words`]).
fn last_three_words(phrase: &str) -> [&str; 3] {
    super::shapes::last_words::<3>(phrase).0
}

/// The span of a year the words of a figure's noun phrase give it (see
/// [`Span`]): `before` is the lower-case text before its trigger word,
/// `after` the text after it. One of the words among the three words right
/// before the trigger ("full-year adjusted eps guidance", "interim pre-tax
/// profit"), or a phrase of [`SPAN_AFTER`] right after it ("guidance for the
/// full year", "revenue for the nine months").
pub(super) fn named_span(before: &str, after: &str) -> Option<Span> {
    let near = &before[floor(before, before.len().saturating_sub(40))..];
    // The trigger's noun phrase: from the last stop ("the annual meeting, where
    // revenue"). The stops are ASCII: found byte by byte, as `rsplit` finds them.
    let phrase = near
        .bytes()
        .rposition(|b| matches!(b, b',' | b';' | b':' | b'.' | b'('))
        .map_or(near, |i| &near[i + 1..]);
    // Its last three words, the nearest first (no allocation: read per claim).
    let last = last_three_words(phrase);
    // A two-word phrase ("full year") is two of those words in order. The
    // words hold no space, so the phrase is the earlier word, one space and
    // the later: compared in place, with no search for the space per phrase
    // (that search was most of the cost of this function, run per claim).
    let named = |w: &&str| {
        last.contains(w)
            || last.windows(2).any(|p| {
                let (a, b) = (p[1], p[0]);
                w.len() == a.len() + 1 + b.len() && w.starts_with(a) && w.as_bytes()[a.len()] == b' ' && w.ends_with(b)
            })
    };
    // Most figures have no such word: one look-up per word finds that (see
    // [`span_word_ends`]) before the lists are compared.
    if last.iter().any(|w| span_word_ends().contains(w)) {
        if FULL_YEAR_WORDS.iter().any(named) {
            return Some(Span::Year);
        }
        if YEAR_TO_DATE_WORDS.iter().any(named) {
            return Some(Span::YearToDate);
        }
        if HALF_WORDS.iter().any(named) {
            return Some(Span::Half);
        }
    }
    let after = after.trim_start();
    if after
        .as_bytes()
        .first()
        .is_some_and(|&b| !SPAN_AFTER_FIRST_BYTES[usize::from(b)])
    {
        return None;
    }
    SPAN_AFTER
        .iter()
        .find(|(w, _)| {
            after.starts_with(w) && !after[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-')
        })
        .map(|(_, s)| *s)
}

/// The word each phrase of [`FULL_YEAR_WORDS`], [`YEAR_TO_DATE_WORDS`] and
/// [`HALF_WORDS`] ends with when [`named_span`] finds it: the phrase itself,
/// or, for two words ("full year"), what follows its first space. A figure
/// none of whose last words is one names no span by its words.
fn span_word_ends() -> &'static foldhash::HashSet<&'static str> {
    // foldhash (already a dependency, see orgs::gazetteer): only looked up,
    // never iterated, so the hasher changes no output.
    static ENDS: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    ENDS.get_or_init(|| {
        [FULL_YEAR_WORDS, YEAR_TO_DATE_WORDS, HALF_WORDS]
            .into_iter()
            .flatten()
            .map(|&w| w.split_once(' ').map_or(w, |(_, end)| end))
            .collect()
    })
}

/// Whether some phrase of [`SPAN_AFTER`] starts with a byte (every byte when
/// one is empty): the words after a figure are compared only when theirs may.
const SPAN_AFTER_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SPAN_AFTER.len() {
        let phrase = SPAN_AFTER[i].0.as_bytes();
        if phrase.is_empty() {
            table = [true; 256];
        } else {
            table[phrase[0] as usize] = true;
        }
        i += 1;
    }
    table
};

/// Phrases that set the span of a sentence's figures from its start or from
/// after a figure, wherever the trigger is ("For the nine months, Acme
/// earned $4 million", "In the first half, the group's sales rose 6%",
/// "sales fell 4% to $713 million through the first nine months"). See
/// [`sentence_span`].
const SENTENCE_SPANS: &[(&str, Span)] = &[
    ("for the first nine months", Span::YearToDate),
    ("for the nine months", Span::YearToDate),
    ("in the first nine months", Span::YearToDate),
    ("in the latest nine months", Span::YearToDate),
    ("in the nine months", Span::YearToDate),
    ("through the first nine months", Span::YearToDate),
    ("through the nine months", Span::YearToDate),
    ("during the first nine months", Span::YearToDate),
    ("during the nine months", Span::YearToDate),
    ("over the first nine months", Span::YearToDate),
    ("for the nine-month period", Span::YearToDate),
    ("in the nine-month period", Span::YearToDate),
    ("for the year to date", Span::YearToDate),
    ("so far this year", Span::YearToDate),
    ("year to date", Span::YearToDate),
    ("for the first six months", Span::Half),
    ("in the first six months", Span::Half),
    ("for the six months", Span::Half),
    ("in the six months", Span::Half),
    ("for the first half", Span::Half),
    ("in the first half", Span::Half),
    ("during the first half", Span::Half),
    ("for the half-year", Span::Half),
    ("for the half year", Span::Half),
    ("for the six-month period", Span::Half),
    ("for the full year", Span::Year),
    ("for the whole year", Span::Year),
    ("for the full fiscal year", Span::Year),
];

/// Words one of which every phrase of [`SENTENCE_SPANS`] holds.
const SPAN_KEYS: [&str; 3] = ["month", "half", "year"];

/// Words that make a span phrase a stretch of time rather than a reporting
/// period ("In the six months since the merger,") or tie it to another figure
/// ("after a loss in the first half").
const NOT_A_REPORTING_SPAN: &[&str] = &[
    "since",
    "after",
    "before",
    "until",
    "when",
    "while",
    "than",
    "compared",
    "versus",
    "quarter",
    "quarterly",
];

/// The span a sentence gives the figure of a trigger when the figure's own
/// words give none ([`named_span`]): a phrase of [`SENTENCE_SPANS`] that opens
/// the sentence and is closed by a comma before the trigger ("For the nine
/// months ended Sept. 30, Acme earned"), or one later in the trigger's clause
/// after it ("revenue fell 4% to $713 million through the first nine months").
/// `head` is the lower-case sentence up to the trigger, `tail` its clause
/// after it. None when a word of [`NOT_A_REPORTING_SPAN`] comes with it.
pub(super) fn sentence_span(head: &str, tail: &str) -> Option<Span> {
    let words_ok = |s: &str| {
        !s.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .any(|w| NOT_A_REPORTING_SPAN.contains(&w))
    };
    let ends_word = |s: &str| !s.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
    let h = head.trim_start();
    let h = ["and ", "but ", "meanwhile, "]
        .iter()
        .find_map(|p| h.strip_prefix(p))
        .unwrap_or(h);
    let opening = SENTENCE_SPANS.iter().find_map(|(w, span)| {
        let rest = h.strip_prefix(w).filter(|r| ends_word(r))?;
        // The phrase runs to a comma before the trigger, in a few words.
        let phrase = &rest[..rest.find(',')?];
        (phrase.split_whitespace().count() <= 6 && words_ok(phrase)).then_some(*span)
    });
    if opening.is_some() {
        return opening;
    }
    // Every phrase holds one of these words (a test checks it): a clause
    // with none of them has no phrase, and this is read per claim, where a
    // search per phrase was most of the cost.
    if !SPAN_KEYS.iter().any(|k| contains(tail, k)) {
        return None;
    }
    SENTENCE_SPANS
        .iter()
        .filter_map(|(w, span)| {
            // As `match_indices` gives them, with no searcher built per phrase.
            let at = super::shapes::occurrences(tail, w)
                .find(|&i| tail[..i].ends_with(' ') && ends_word(&tail[i + w.len()..]))?;
            Some((at, *span))
        })
        .min_by_key(|(i, _)| *i)
        .filter(|(i, _)| words_ok(&tail[..*i]))
        .map(|(_, span)| span)
}

/// Whether a date of a sentence may date a figure of `span`: a quarter or a
/// half never dates a whole year's or a nine months' figure, a quarter never
/// a half's.
pub(super) fn fits_span(span: Option<Span>, value: &str) -> bool {
    match span {
        Some(Span::Year | Span::YearToDate) => !is_part_of_year(value),
        Some(Span::Half) => !contains(value, "-Q"),
        None => true,
    }
}

/// The period of the source's last period figure (`last`, "2026-Q3") as a
/// figure of `span` takes it: a nine months' figure its year, a half's the
/// half a quarter is in; none when it does not fit ("2026" for a half).
pub(super) fn context_for_span(span: Option<Span>, last: &str) -> Option<String> {
    match span {
        None => Some(last.to_string()),
        Some(Span::Year) => {
            (!is_part_of_year(last)).then(|| last.strip_suffix(YEAR_TO_DATE).unwrap_or(last).to_string())
        }
        Some(Span::YearToDate) => last.get(..4).map(|y| format!("{y}{YEAR_TO_DATE}")),
        Some(Span::Half) => {
            let (y, rest) = last.split_once('-')?;
            match rest {
                "Q1" | "Q2" => Some(format!("{y}-H1")),
                "Q3" | "Q4" => Some(format!("{y}-H2")),
                "H1" | "H2" => Some(last.to_string()),
                _ => None,
            }
        }
    }
}

/// The last period of `span` ended by the publish date, for a figure of a
/// half or of the year so far that no date places: a half-year figure
/// published in August is of the first half, one published in February of
/// the year before's second; nine months' figures published in November are
/// of that year, in January of the year before.
pub(super) fn last_span_ended(span: Span, published: Date) -> Option<String> {
    let (py, pm) = (published.year() as i32, published.month() as u32);
    match span {
        Span::Year => None,
        Span::Half if pm >= 7 => Some(format!("{py:04}-H1")),
        Span::Half => Some(format!("{:04}-H2", py - 1)),
        Span::YearToDate if pm >= 4 => Some(year_to_date(py)),
        Span::YearToDate => Some(year_to_date(py - 1)),
    }
}

/// Whether a date opens a bracketed figure of the period compared with, as
/// results statements give them: "revenue of £812m (2025: £774m)", "net
/// profit Dh412 million (H1 2025: Dh380 million)", "(same period of
/// 2025: 1.2 billion)". `before` is the lower-case text before the date,
/// `after` the text after it.
pub(super) fn is_bracketed_prior(before: &str, after: &str) -> bool {
    let near = &before[floor(before, before.len().saturating_sub(30))..];
    let Some(open) = near.rfind('(') else { return false };
    !near[open..].contains(')')
        && near[open + 1..].split_whitespace().count() <= 4
        && after.trim_start().starts_with(':')
}

/// Whether a date value is a quarter or a half ("2026-Q2", "2026-H1").
pub(super) fn is_part_of_year(value: &str) -> bool {
    contains(value, "-Q") || contains(value, "-H")
}

/// The mark of a year-so-far period's time key: "2026-YTD" is the nine
/// months (or any run of months from the year's start short of the year)
/// that a figure of [`Span::YearToDate`] or [`Ends::YearToDate`] covers,
/// keyed apart from the whole year's "2026" so that nine-month revenue and
/// full-year revenue never meet as one fact (the reconciler keeps the two
/// apart; a scorer reading times by prefix still finds the year in it).
pub const YEAR_TO_DATE: &str = "-YTD";

/// The time key of the year so far of year `y` ([`YEAR_TO_DATE`]).
pub(super) fn year_to_date(y: i32) -> String {
    format!("{y:04}{YEAR_TO_DATE}")
}

/// A year's value ("2026") as the figure of `span` dates with it: the year so
/// far for a nine months' figure ("2026-YTD"), else as it is.
pub(super) fn for_span(span: Option<Span>, value: String) -> String {
    match span {
        Some(Span::YearToDate) if value.len() == 4 => format!("{value}{YEAR_TO_DATE}"),
        _ => value,
    }
}

/// Words a figure's trigger may carry between a comparison cue and itself
/// ("compared with a year-earlier net loss of", "versus the prior-year
/// operating profit of").
const PRIOR_FILLERS: [&str; 13] = [
    "a",
    "restated",
    "an",
    "the",
    "its",
    "their",
    "net",
    "operating",
    "pretax",
    "pre-tax",
    "adjusted",
    "quarterly",
    "total",
];

/// Words right before a period figure's trigger that make it the figure
/// of the period a year before the sentence's own: "compared with
/// year-earlier profit of $3.8 million", "versus a year-ago net loss of",
/// "compared with net income of $27.1 million a year ago", "These results
/// compare with net income of". `before` is the lower-case text of the
/// trigger's clause before it. "Net income rose to $5 million, compared with
/// analysts' forecasts", "the loss compared with rivals' profit" (another
/// word between) and "year-end sales" are none.
pub(super) fn is_prior_figure(before: &str) -> bool {
    const CUES: [&str; 12] = [
        "compared with",
        "compared to",
        "compare with",
        "compares with",
        "comparing with",
        "versus",
        "vs.",
        "year-earlier",
        "year-ago",
        "year earlier",
        "prior-year",
        "previous-year",
    ];
    let mut head = before.trim_end();
    loop {
        if CUES.iter().any(|c| strip_word(head, c).is_some()) {
            return true;
        }
        let Some((rest, last)) = head.rsplit_once(' ') else {
            return false;
        };
        if !PRIOR_FILLERS.contains(&last) {
            return false;
        }
        head = rest.trim_end();
    }
}

/// Whether a sentence's words before a figure's trigger open with the
/// period a year before ("Year-earlier results included a gain of", "In the
/// year-ago period, Halden earned", "A year earlier, the group had net
/// income of"): that figure is the year before's, and dates no figure after
/// it. `head` is the lower-case sentence up to the trigger. "Net income
/// rose from a year earlier" and "In the third quarter, ..." are none.
pub(super) fn opens_year_earlier(head: &str) -> bool {
    let head = head.trim_start();
    let head = ["in the ", "for the ", "during the ", "the ", "a ", "in a "]
        .iter()
        .find_map(|p| head.strip_prefix(p))
        .unwrap_or(head);
    [
        "year-earlier",
        "year-ago",
        "year earlier",
        "year ago",
        "prior-year",
        "previous-year",
    ]
    .iter()
    .any(|w| head.starts_with(w))
}

/// The same period a year before: "1989-Q3" -> "1988-Q3", "1989" -> "1988";
/// none for a value that does not open with a year.
pub(super) fn year_earlier(value: &str) -> Option<String> {
    let year = value.get(..4)?;
    if !year.bytes().all(|b| b.is_ascii_digit()) || !(value.len() == 4 || value[4..].starts_with('-')) {
        return None;
    }
    let y: i32 = year.parse().ok()?;
    Some(format!("{:04}{}", y - 1, &value[4..]))
}

/// Words right before a date that make it the time compared with, whatever
/// the date says ("compared with 2024", "than in 2019").
const COMPARED_WITH: [&str; 8] = [
    "compared with",
    "compared to",
    "versus",
    "vs",
    "vs.",
    "than in",
    "than during",
    "relative to",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn timex(v: &str) -> Timex {
        Timex {
            value: v.into(),
            ..Timex::default()
        }
    }

    #[test]
    fn the_last_three_words_are_those_split_whitespace_gives() {
        for phrase in [
            "",
            "   ",
            "revenue",
            " full  year\tadjusted eps ",
            "a\x0bb\x0cc\rd\ne",
            "interim pre-tax",
            "caf\u{e9} full\u{a0}year sales",
            "x\u{2009}y z",
        ] {
            let mut want = [""; 3];
            for (slot, w) in want.iter_mut().zip(phrase.split_whitespace().rev()) {
                *slot = w;
            }
            assert_eq!(last_three_words(phrase), want, "{phrase:?}");
        }
        assert_eq!(
            last_three_words(" full  year\tadjusted eps "),
            ["eps", "adjusted", "year"]
        );
    }

    #[test]
    fn the_words_before_a_date_say_what_it_ends() {
        let cases: [(&str, Option<Ends>); 13] = [
            ("net profit for the year ended ", Some(Ends::Year)),
            ("operating income for the 12 months to ", Some(Ends::Year)),
            ("for the financial year ended ", Some(Ends::Year)),
            ("in the fiscal year ending ", Some(Ends::Year)),
            ("oracle, whose fiscal year ends in ", Some(Ends::Year)),
            ("operating profit for the 12 months to the end of ", Some(Ends::Year)),
            ("results for the second quarter ended ", Some(Ends::Quarter(Some(2)))),
            ("for the fiscal fourth quarter ended ", Some(Ends::Quarter(Some(4)))),
            ("revenue in the three months that ended on ", Some(Ends::Quarter(None))),
            ("for the quarter ending in late ", Some(Ends::Quarter(None))),
            // Counter-examples: a date that ends nothing, a weekday, a year to date.
            ("the deal is expected to close by the end of ", None),
            ("shares rose 5% to ", None),
            ("revenue rose from $5m in 2024 to ", None),
        ];
        for (before, want) in cases {
            assert_eq!(ends_before(before, true), want, "{before}");
        }
        // "ends" defines the company's year; it dates no figure.
        assert_eq!(ends_before("oracle, whose fiscal year ends in ", false), None);
        assert_eq!(ends_before("the fiscal year ending ", false), Some(Ends::Year));
    }

    #[test]
    fn a_period_is_the_one_its_end_date_closes() {
        let ended =
            |ends, v: &str, own: &str| period_ended(ends, &timex(v), "the year ended ", own, "2026-11-16".parse().ok());
        assert_eq!(ended(Ends::Year, "2026-09-30", "sept. 30").as_deref(), Some("2026"));
        assert_eq!(
            ended(Ends::Year, "2026-03-31", "31 march 2026").as_deref(),
            Some("2026")
        );
        // "the year to end-March", written in November 2026 and read as the next March by the dates.
        assert_eq!(ended(Ends::Year, "2027-03", "march").as_deref(), Some("2026"));
        assert_eq!(ended(Ends::Year, "2027-03", "march 2027").as_deref(), Some("2027"));
        assert_eq!(
            ended(Ends::Quarter(Some(2)), "2026-09-30", "september 30, 2026").as_deref(),
            Some("2026-Q3")
        );
        // A 52-week quarter that ended on Sept. 3 is mostly June to August.
        assert_eq!(
            ended(Ends::Quarter(Some(4)), "2026-09-03", "sept. 3").as_deref(),
            Some("2026-Q3")
        );
        assert_eq!(
            ended(Ends::Quarter(None), "2026-11", "november 2026").as_deref(),
            Some("2026-Q4")
        );
        assert_eq!(ended(Ends::Year, "2026-Q3", "the third quarter"), None);
        // A quarter still running keeps its year: "the quarter ending in late November", written in September.
        let ending = period_ended(
            Ends::Quarter(None),
            &timex("2026-11"),
            "for the quarter ending in late ",
            "late november",
            "2026-09-23".parse().ok(),
        );
        assert_eq!(ending.as_deref(), Some("2026-Q4"));
        assert_eq!(
            month_quarter(&timex("2026-09"), " quarter, up 6%").as_deref(),
            Some("2026-Q3")
        );
        assert_eq!(
            month_quarter(&timex("2026-12"), "-quarter profit").as_deref(),
            Some("2026-Q4")
        );
        assert_eq!(month_quarter(&timex("2026-09"), " quarterly dividend"), None);
        assert_eq!(month_quarter(&timex("2026-09-30"), " quarter"), None);
        assert_eq!(month_quarter(&timex("2026-09"), " and October"), None);
    }

    #[test]
    fn a_fiscal_years_start_gives_its_end() {
        assert_eq!(
            year_end_from_start("fiscal 2027, which began ", &timex("2026-06-28")),
            Some(6)
        );
        assert_eq!(
            year_end_from_start("its financial year starts on ", &timex("2026-04-01")),
            Some(3)
        );
        assert_eq!(
            year_end_from_start("the fiscal year that started in ", &timex("2025-10")),
            Some(9)
        );
        assert_eq!(
            year_end_from_start("the group's fiscal year began ", &timex("2025-10-03")),
            Some(9)
        );
        // Counter-examples: no fiscal year named, another verb.
        assert_eq!(
            year_end_from_start("the buyback programme began in ", &timex("2026-03")),
            None
        );
        assert_eq!(
            year_end_from_start("the fiscal year ended ", &timex("2026-06-28")),
            None
        );
    }

    /// The year-end month `fiscal_year_end` reads from `text` (published 2026-08-20).
    fn year_end_of(text: &str) -> Option<u32> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 8, 20)));
        let mentions = crate::extract::extract(&doc);
        fiscal_year_end(&doc, &mentions)
    }

    #[test]
    fn the_year_end_is_read_from_its_end_or_its_start_unless_the_company_keeps_the_calendar_year() {
        assert_eq!(
            year_end_of("Pellow Mills said fiscal 2027, which began June 28, would bring growth."),
            Some(6)
        );
        assert_eq!(year_end_of("Its financial year starts on 1 April."), Some(3));
        assert_eq!(year_end_of("Net income for the year ended Sept. 30 rose 9%."), Some(9));
        // Counter-examples: the company moved to the calendar year; a start of something else.
        assert_eq!(
            year_end_of(
                "The insurer changed from a fiscal year to a calendar year in December. A year ago, in the second quarter ended Oct. 31, it lost money."
            ),
            None
        );
        assert_eq!(
            year_end_of("The buyback programme began June 28 and runs for a year."),
            None
        );
    }

    #[test]
    fn a_quarter_without_its_year_is_the_companys_own() {
        let q4 = timex("2025-Q4");
        assert_eq!(
            is_fiscal_quarter(&q4, "fourth-quarter", "hollins reported", " net sales"),
            Some(4)
        );
        assert_eq!(is_fiscal_quarter(&timex("2026-Q2"), "Q2", "sales in", " rose"), Some(2));
        assert_eq!(
            is_fiscal_quarter(&timex("2026-Q2"), "second quarter", "the fiscal", ""),
            Some(2)
        );
        // Counter-examples: a quarter with its year is the calendar's.
        assert_eq!(
            is_fiscal_quarter(&q4, "fourth quarter of 2025", "sales in the", ""),
            None
        );
        assert_eq!(is_fiscal_quarter(&q4, "Q4 2025", "sales in", ""), None);
        assert_eq!(
            is_fiscal_quarter(&q4, "fourth quarter of last year", "sales in the", ""),
            None
        );
        assert_eq!(
            is_fiscal_quarter(&timex("2026-Q2"), "the quarter", "sales in", ""),
            None
        );
    }

    #[test]
    fn fiscal_quarters_land_on_the_calendar() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        // Year to March: Q2 is July to September; reported in October.
        assert_eq!(fiscal_quarter(2, 3, d("2026-10-16"), false), "2026-Q3");
        // Year to August: Q4 ends in August, reported in September; next quarter (Q1) ends in November.
        assert_eq!(fiscal_quarter(4, 8, d("2026-09-23"), false), "2026-Q3");
        assert_eq!(fiscal_quarter(1, 8, d("2026-09-23"), true), "2026-Q4");
        // Year to June: Q1 (July to September) reported in November 2026.
        assert_eq!(fiscal_quarter(1, 6, d("2026-11-05"), false), "2026-Q3");
        // Year to October, written in November: the first fiscal quarter ahead ends in January.
        assert_eq!(fiscal_quarter(1, 10, d("2026-11-20"), true), "2027-Q1");
    }

    #[test]
    fn whole_year_words_and_origin_clauses() {
        use super::clause_tells_origin;
        let names_whole_year = |before: &str, after: &str| named_span(before, after) == Some(Span::Year);
        assert!(names_whole_year("and cut its full-year revenue ", " to £900 million"));
        assert!(names_whole_year("raised its annual ", " forecast"));
        assert!(names_whole_year("it raised its ", " for the full year to $4 billion"));
        assert!(names_whole_year("fy adjusted ", ""));
        // Counter-examples: a stop between, the word far before, a quarter's guidance.
        assert!(!names_whole_year("at its annual meeting, the company raised ", ""));
        assert!(!names_whole_year("full-year sales rose, and first-quarter ", ""));
        assert!(!names_whole_year("cut its second-quarter revenue ", " to $200 million"));
        assert!(clause_tells_origin("which listed on the oslo exchange in 2014"));
        assert!(clause_tells_origin("which was founded in 1998"));
        assert!(!clause_tells_origin("which closed in march"));
        assert!(!clause_tells_origin("which unlisted its bonds in 2020"));
    }

    #[test]
    fn founding_dates_are_origins() {
        for before in [
            "torvane, founded in ",
            "the fund, set up in ",
            "a lab co-founded in ",
            "the bank, established back in ",
            "incorporated ",
        ] {
            assert!(is_origin(before), "{before}");
        }
        for before in [
            "the product, launched in ",
            "raised $5 million in ",
            "profoundly in ",
            "founder in ",
        ] {
            assert!(!is_origin(before), "{before}");
        }
    }

    #[test]
    fn a_figure_after_a_comparison_cue_is_the_year_earlier_ones() {
        for before in [
            "brightwater posted a loss for its third quarter of $35.2 million, compared with year-earlier",
            "oakridge said it earned $12 million, versus a year-ago",
            "kelvin foods posted sales of $80 million, compared with",
            "these results compare with",
            "halden mining had a loss of $4 million, compared to the prior-year operating",
            "the driller had a net loss of $12 million, compared with a restated",
        ] {
            assert!(is_prior_figure(before), "{before}");
        }
        for before in [
            "net income rose to $5 million, compared with analysts' forecasts of $4 million, and",
            "the loss compared with rivals'",
            "the company reported year-end",
            "brightwater reported third-quarter net",
            "the bank reported a restated",
            "",
        ] {
            assert!(!is_prior_figure(before), "{before}");
        }
        for head in [
            "year-earlier results included an extraordinary ",
            "in the year-ago period, halden mining earned $4 million, or ",
            "a year earlier, the group had net ",
            "for the prior-year quarter, kelvin foods reported ",
        ] {
            assert!(opens_year_earlier(head), "{head}");
        }
        for head in [
            "the gain in halden net income from a year earlier was small and ",
            "in the third quarter, ",
            "",
        ] {
            assert!(!opens_year_earlier(head), "{head}");
        }
        assert_eq!(year_earlier("1989-Q3").as_deref(), Some("1988-Q3"));
        assert_eq!(year_earlier("2026").as_deref(), Some("2025"));
        assert_eq!(year_earlier("2026-YTD").as_deref(), Some("2025-YTD"));
        assert_eq!(year_earlier("Q3"), None);
        assert_eq!(year_earlier("20261"), None);
    }

    #[test]
    fn comparison_times_are_not_the_figures_own() {
        // "up 46% from a year earlier"
        assert!(is_comparison(
            "revenue of $13.84 billion, up 46% from ",
            "a year earlier",
            None
        ));
        // "up from C$252 million in 1988": the figure before the date ends after "up from".
        let s = "profit rose to c$301 million, up from c$252 million in ";
        assert!(is_comparison(s, "1988", Some(s.find("c$252").unwrap())));
        let s = "came in at a$6.81 billion, compared with a consensus estimate of a$6.92 billion and a$6.96 billion ";
        assert!(is_comparison(s, "a year earlier", Some(s.find("a$6.96").unwrap())));
        // Counter-examples: the figure's own year, and "last year" after the figure.
        let s = "the company reported revenue of just $18 million ";
        assert!(!is_comparison(s, "last year", Some(s.find("$18").unwrap())));
        let s = "revenue rose 8% to €610 million in ";
        assert!(!is_comparison(s, "2025", Some(s.find("€610").unwrap())));
        assert!(!is_comparison("the company said on ", "monday", None));
        assert!(!is_comparison("it raised $22 million ", "two years ago", None));
    }

    #[test]
    fn a_date_right_after_a_comparison_word_is_compared_with() {
        // The date itself is what the figure is compared with.
        for before in [
            "net profit of eur 412 million, down 31% compared with ",
            "sales of 18,400 units, up 9 per cent compared to ",
            "margins of 14.2% versus ",
            "orders were 12% higher than in ",
            "exports rose 3% relative to ",
            "a loss of $3m vs. ",
            "revenue of $2bn, compared with the ",
        ] {
            assert!(is_comparison(before, "2024", None), "{before}");
        }
        // A year-earlier date in a comparison opened before a figure the
        // amounts do not read ("111.1 billion won").
        let s = "operating profit reached 141.7 billion won, compared with 111.1 billion won ";
        assert!(is_comparison(s, "a year earlier", None));
        // Counter-examples: a deadline, a start, the figure's own year, and a
        // year-earlier date with no comparison in its clause.
        assert!(!is_comparison("the deal must close no later than ", "2027", None));
        assert!(!is_comparison("the plan runs from ", "2024", None));
        assert!(!is_comparison("it reported revenue of $3.4bn in ", "2025", None));
        assert!(!is_comparison(
            "compared with its peers it is small; the fund it raised ",
            "a year earlier",
            None
        ));
    }

    #[test]
    fn halves_and_the_months_of_a_year_so_far_end_on_their_date() {
        let cases: [(&str, Option<Ends>); 12] = [
            ("net profit for the six months ended ", Some(Ends::Half(None))),
            ("revenue in the half-year to ", Some(Ends::Half(None))),
            ("sales for the 26 weeks ended ", Some(Ends::Half(None))),
            ("for the first half ended ", Some(Ends::Half(Some(1)))),
            ("ebitda in the second half to the end of ", Some(Ends::Half(Some(2)))),
            ("operating profit for the nine months to ", Some(Ends::YearToDate)),
            ("turnover in the first nine months ended ", Some(Ends::YearToDate)),
            ("same-store sales for the 39 weeks ended ", Some(Ends::YearToDate)),
            ("the year ended ", Some(Ends::Year)),
            // Counter-examples: a half not of a period, nine months that end nothing.
            ("the company spent half its cash to ", None),
            ("the nine months of talks ended in ", None),
            ("shares have doubled in the past nine months, up to ", None),
        ];
        for (before, want) in cases {
            assert_eq!(ends_before(before, false), want, "{before}");
        }
        let ended = |ends, v: &str, own: &str, published: &str| {
            period_ended(ends, &timex(v), "the six months ended ", own, published.parse().ok())
        };
        assert_eq!(
            ended(Ends::Half(None), "2026-06-30", "30 june", "2026-08-04").as_deref(),
            Some("2026-H1")
        );
        assert_eq!(
            ended(Ends::Half(Some(2)), "2025-12-31", "dec. 31, 2025", "2026-02-20").as_deref(),
            Some("2025-H2")
        );
        // A fiscal half (April to September) is of its year.
        assert_eq!(
            ended(Ends::Half(Some(1)), "2026-09-30", "sept. 30", "2026-11-12").as_deref(),
            Some("2026")
        );
        // Nine months to December, published in February: the year before.
        assert_eq!(
            ended(Ends::YearToDate, "2026-12", "december", "2027-02-06").as_deref(),
            Some("2026-YTD")
        );
        assert_eq!(
            ended(Ends::YearToDate, "2026-09", "september", "2026-10-29").as_deref(),
            Some("2026-YTD")
        );
        // A year closing with January is the year before's, one closing with March its own.
        assert_eq!(
            ended(Ends::Year, "2025-01-31", "31 january 2025", "2025-06-02").as_deref(),
            Some("2024")
        );
        assert_eq!(
            ended(Ends::Year, "2025-02-01", "feb. 1, 2025", "2025-03-10").as_deref(),
            Some("2024")
        );
        assert_eq!(
            ended(Ends::Year, "2026-03-31", "31 march 2026", "2026-05-20").as_deref(),
            Some("2026")
        );
        // The first half ending in September: a year that closes with March.
        assert_eq!(
            year_end_of("Revenue for the first half ended Sept. 30 rose 4%."),
            Some(3)
        );
        assert_eq!(
            year_end_of("Sales in the six months that ended June 30 climbed 4%."),
            None
        );
    }

    #[test]
    fn a_sentence_names_the_span_of_its_figures() {
        // (sentence up to the trigger, its clause after the trigger, span)
        let cases: [(&str, &str, Option<Span>); 12] = [
            (
                "for the nine months, halvorsen marine posted ",
                " of $18 million",
                Some(Span::YearToDate),
            ),
            (
                "during the first nine months, the brewer's ",
                " rose 6%",
                Some(Span::YearToDate),
            ),
            (
                "through the first nine months, the insurer had a ",
                " of $48 million",
                Some(Span::YearToDate),
            ),
            (
                "for the six months through august, ostrava steel's ",
                " fell 3%",
                Some(Span::Half),
            ),
            (
                "and for the full year, the chain expects ",
                " of $2 billion",
                Some(Span::Year),
            ),
            (
                "the toolmaker reported a 4% decline in ",
                " to $71 million through the first nine months",
                Some(Span::YearToDate),
            ),
            (
                "the bank's ",
                " climbed to $9 million in the first half",
                Some(Span::Half),
            ),
            // Counter-examples: a stretch of time, a phrase tied to another figure, none.
            ("in the six months since the merger, the carrier's ", " rose 5%", None),
            ("for the nine months after the strike, the miner's ", " fell", None),
            (
                "the retailer's ",
                " rose 2% in the quarter, after a drop in the first half",
                None,
            ),
            ("for the first nine months the press gave its ", " little notice", None),
            ("in the third quarter, the airline's ", " rose 4%", None),
        ];
        for (head, tail, want) in cases {
            assert_eq!(sentence_span(head, tail), want, "{head}|{tail}");
        }
    }

    #[test]
    fn every_sentence_span_phrase_holds_a_key_word() {
        let keyless: Vec<&str> = SENTENCE_SPANS
            .iter()
            .map(|(w, _)| *w)
            .filter(|w| !SPAN_KEYS.iter().any(|k| w.contains(k)))
            .collect();
        assert_eq!(keyless, Vec::<&str>::new());
    }

    #[test]
    fn a_figures_own_words_name_its_span() {
        let cases: [(&str, &str, Option<Span>); 14] = [
            ("lomond homes said nine-month ", " rose 3%", Some(Span::YearToDate)),
            ("the retailer's year-to-date ", " were flat", Some(Span::YearToDate)),
            ("it said ", " for the nine months rose 8%", Some(Span::YearToDate)),
            (
                "kaskade said ",
                " for the year to date was up 2%",
                Some(Span::YearToDate),
            ),
            ("pembury reported half-year ", " of £640m", Some(Span::Half)),
            ("the group's interim pre-tax ", " fell 5%", Some(Span::Half)),
            ("it reported ", " for the half of r3.4 billion", Some(Span::Half)),
            ("it said ", " in the six months was $1.1 billion", Some(Span::Half)),
            ("it raised its annual ", " forecast", Some(Span::Year)),
            ("it raised its ", " for the full year", Some(Span::Year)),
            // Counter-examples: a span word far before or behind a stop, another word.
            ("after a nine-month delay, the company said ", " rose", None),
            ("the interim chief executive said ", " rose", None),
            ("its quarterly ", " for the halfway mark", None),
            ("it reported third-quarter ", " of $3 billion", None),
        ];
        for (before, after, want) in cases {
            assert_eq!(named_span(before, after), want, "{before}|{after}");
        }
        // Which dates of the sentence may date a figure of a span.
        assert!(!fits_span(Some(Span::YearToDate), "2026-Q3"));
        assert!(fits_span(Some(Span::YearToDate), "2026"));
        assert!(!fits_span(Some(Span::Half), "2026-Q2"));
        assert!(fits_span(Some(Span::Half), "2026-H1"));
        assert!(fits_span(None, "2026-Q2"));
        // What the source's last period makes of an undated figure of a span.
        assert_eq!(
            context_for_span(Some(Span::YearToDate), "2026-Q3").as_deref(),
            Some("2026-YTD")
        );
        // A whole year's figure after a nine months' one: the year, not the year so far.
        assert_eq!(context_for_span(Some(Span::Year), "2026-YTD").as_deref(), Some("2026"));
        assert_eq!(context_for_span(None, "2026-YTD").as_deref(), Some("2026-YTD"));
        assert_eq!(
            context_for_span(Some(Span::Half), "2026-Q2").as_deref(),
            Some("2026-H1")
        );
        assert_eq!(
            context_for_span(Some(Span::Half), "2025-Q4").as_deref(),
            Some("2025-H2")
        );
        assert_eq!(context_for_span(Some(Span::Half), "2026"), None);
        assert_eq!(context_for_span(Some(Span::Year), "2026-Q2"), None);
        assert_eq!(context_for_span(None, "2026-Q2").as_deref(), Some("2026-Q2"));
        // And the publish date, when no period came before.
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(last_span_ended(Span::Half, d("2026-08-12")).as_deref(), Some("2026-H1"));
        assert_eq!(last_span_ended(Span::Half, d("2026-02-24")).as_deref(), Some("2025-H2"));
        assert_eq!(
            last_span_ended(Span::YearToDate, d("2026-10-29")).as_deref(),
            Some("2026-YTD")
        );
        assert_eq!(
            last_span_ended(Span::YearToDate, d("2027-02-06")).as_deref(),
            Some("2026-YTD")
        );
        assert_eq!(last_span_ended(Span::Year, d("2026-10-29")), None);
        // A year's value as a figure of its span dates with it.
        assert_eq!(for_span(Some(Span::YearToDate), "2025".into()), "2025-YTD");
        assert_eq!(for_span(Some(Span::YearToDate), "2025-YTD".into()), "2025-YTD");
        assert_eq!(for_span(Some(Span::Year), "2025".into()), "2025");
        assert_eq!(for_span(None, "2025".into()), "2025");
    }

    #[test]
    fn a_bracketed_prior_period_is_compared_with() {
        assert!(is_bracketed_prior("revenue of £812m (", ": £774m)"));
        assert!(is_bracketed_prior("pre-tax profit dh412 million (", ": dh380 million)"));
        assert!(is_bracketed_prior(
            "ebit of sek 2.1 billion (same period of ",
            ": sek 1.9 billion)"
        ));
        // Counter-examples: a bracket that dates the figure, a closed bracket, no colon.
        assert!(!is_bracketed_prior(
            "revenue rose to $4.2 billion (",
            ") from $3.9 billion"
        ));
        assert!(!is_bracketed_prior(
            "the company (founded in 2019) said on ",
            ": we will"
        ));
        assert!(!is_bracketed_prior("the unit, bought in ", ": it now makes"));
    }
}
