//! Dates and times: TIMEX3 DATE, TIME, DURATION and SET, normalized against the
//! publish date.
//!
//! How it works: one Aho-Corasick automaton finds trigger words (month and
//! weekday names, calendar units, relative words, digits) in one pass; around
//! each trigger the sentence is tokenized and the rule families read tokens left
//! and right of it ([`absolute`], [`relative`], [`durations`], [`times`],
//! [`ranges`]). What a rule read is an [`anchor::Expr`]; [`anchor`] turns it
//! into a TIMEX3 value on the publish date, using the clause's tense for months
//! and weekdays written without a year. Overlapping finds keep the longest.
//!
//! Examples (article published Monday 2026-04-27):
//!
//! | text | type | value | rule |
//! |---|---|---|---|
//! | April 27, 2026 / 27 April 2026 / 2026-04-27 / 4/27/2026 | DATE | 2026-04-27 | `date.absolute.day` |
//! | Apr. 27 | DATE | 2026-04-27 | `date.absolute.day` |
//! | In October, OpenAI agreed | DATE | 2025-10 | `date.absolute.month` |
//! | in February, OpenAI announced | DATE | 2026-02 | `date.absolute.month` |
//! | will ship in October | DATE | 2026-10 | `date.absolute.month` |
//! | 2019: (list item), in 2019, through 2032 (`bound` "through") | DATE | 2019, 2032 | `date.absolute.year` |
//! | the 1990s, the nineties, mid-1990s | DATE | 199 | `date.absolute.decade` |
//! | the 20th century | DATE | 19 | `date.absolute.century` |
//! | April 24 and 25 (the second day) | DATE | 2026-04-25 | `date.absolute.day` |
//! | Q1 2026, the first quarter, fiscal 2025, H2 | DATE | 2026-Q1, 2026-Q1, 2025, 2026-H2 | `date.absolute.quarter`, `date.absolute.year` |
//! | October 13-15, 2026 | DATE | 2026-10-13/2026-10-15 | `date.range.days` |
//! | On Monday | DATE | 2026-04-27 | `date.relative.weekday` |
//! | yesterday, today, tomorrow | DATE | 2026-04-26, 2026-04-27, 2026-04-28 | `date.relative.day` |
//! | last week, this week, next month | DATE | 2026-W17, 2026-W18, 2026-05 | `date.relative.unit` |
//! | last quarter, the quarter | DATE | 2026-Q1 | `date.relative.unit` |
//! | two years ago | DATE | 2024 | `date.relative.ago` |
//! | earlier this year | DATE | 2026 | `date.relative.unit` |
//! | by year-end | DATE | 2026 (mod END) | `date.relative.year_end` |
//! | for the year ended March 31 | DURATION | P1Y | `duration.counted` |
//! | now, currently / recently / the future, the near term, future quarters | DATE | PRESENT_REF / PAST_REF / FUTURE_REF | `date.relative.ref` |
//! | this summer | DATE | 2026-SU | `date.absolute.season` |
//! | later that year, the following month (after "in June 1998") | DATE | 1998, 1998-07 | `date.relative.previous` |
//! | Thanksgiving Day, last Christmas | DATE | 2025-11-27, 2025-12-25 | `date.holiday` |
//! | for six years, the next eight years | DURATION | P6Y, P8Y | `duration.counted` |
//! | less than 48 hours | DURATION | PT48H (mod LESS_THAN) | `duration.counted` |
//! | over the coming months, in the weeks ahead, for years | DURATION | PXM, PXW, PXY | `duration.vague` |
//! | eight trading days | DURATION | P8D | `duration.counted` |
//! | every quarter, annually | SET | P1Q, P1Y | `set.every`, `set.adverb` |
//! | 3 p.m. ET | TIME | 2026-04-27T15:00 (timezone ET) | `time.clock` |
//! | Monday morning | TIME | 2026-04-27TMO | `time.part_of_day` |
//!
//! Not dates: "may" the verb, "March" the verb, "Frontier", "Sun" in names,
//! "GPT-5.5", "2032" in "$2,032" (a figure's digits), counts ("2000 people").

mod absolute;
pub(crate) mod anchor;
mod durations;
mod holidays;
mod previous;
mod ranges;
mod relative;
mod tense;
mod times;
pub(crate) mod tokens;

use crate::extract::rule::Rule;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Mention, MentionType, Value};
use crate::text::Document;
use anchor::{Expr, Tense};
use tokens::{Cx, Kind, Tok, Unit};

/// A TIMEX3-style value plus the interval it denotes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Timex {
    /// The TIMEX3 `value` string: "2026-04-27", "2025-10", "P8Y", "PRESENT_REF", "XXXX-WXX-1".
    /// A span of days within one month is an ISO interval: "2026-10-13/2026-10-15".
    pub value: String,
    /// First day of the interval the mention denotes ("2032" → "2032-01-01").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day of that interval ("2032" → "2032-12-31").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// "day", "week", "month", "quarter", "year", ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// What a relative value was resolved against ("published:2026-04-27").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// TIMEX3 `mod`: APPROX, START, END, BEFORE, AFTER, EQUAL_OR_MORE, ...
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// "until" / "through" / "by" (an end bound) or "since" / "from" (a start bound).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<String>,
    /// Time zone written with a clock time ("ET", "GMT").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

/// What a rule found: a token range of the window and what it means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Token indices `[s, e)` in the window.
    pub s: usize,
    pub e: usize,
    pub kind: MentionType,
    pub expr: Expr,
    pub rule: Rule,
    pub modifier: Option<&'static str>,
    pub timezone: Option<String>,
}

impl Found {
    pub fn new(s: usize, e: usize, kind: MentionType, expr: Expr, rule: Rule) -> Self {
        Self {
            s,
            e,
            kind,
            expr,
            rule,
            modifier: None,
            timezone: None,
        }
    }
    pub fn date(s: usize, e: usize, expr: Expr, rule: Rule) -> Self {
        Self::new(s, e, MentionType::Date, expr, rule)
    }
    pub fn fixed(s: usize, e: usize, kind: MentionType, value: &str, rule: Rule) -> Self {
        Self::new(s, e, kind, Expr::Fixed(value.to_owned()), rule)
    }
}

/// Words that start or head a temporal expression; digits are triggers too.
const TRIGGER_WORDS: &[&str] = &[
    // months
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec", // weekdays
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays", // units
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "half",
    "period",
    "periods", // parts of days and seasons
    "morning",
    "afternoon",
    "evening",
    "night",
    "tonight",
    "noon",
    "midnight",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter", // relative words
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "current",
    "presently",
    "nowadays",
    "recently",
    "lately",
    "previously",
    "formerly",
    "soon",
    "future",
    "term",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "past",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "nightly",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "fy",
    // spelled-out years
    "nineteen",
    "thousand",
    // holidays
    "christmas",
    "thanksgiving",
    "easter",
    "halloween",
    "election",
    "labor",
    "memorial",
    "independence",
    "valentine",
];

static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let digits = (0..10).map(|d| d.to_string());
    let patterns: Vec<String> = TRIGGER_WORDS.iter().map(|w| w.to_string()).chain(digits).collect();
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        // A DFA: for this many patterns the default is an NFA, four times slower here.
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .expect("trigger automaton builds")
});

/// A hit is a trigger when it is a whole word (or the first digit of a number).
fn is_trigger(text: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|i| text[i]);
    let after = text.get(end).copied();
    let first_is_digit = text[start].is_ascii_digit();
    if first_is_digit {
        return !before.is_some_and(|b| b.is_ascii_alphanumeric());
    }
    let word_char = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    !before.is_some_and(word_char) && !after.is_some_and(word_char)
}

/// The hits of [`TRIGGERS`] (byte ranges) that [`is_trigger`] may take: those
/// of `find_iter`, less the digits after the first of a run of digits. The
/// search goes on after each hit, as `find_iter`'s would; after a digit,
/// after its whole run: the digits inside a number are hits `is_trigger`
/// turns down (only the first digit is one), and no other trigger starts with
/// a digit, so none is lost. A year was four hits, now it is one.
fn hits(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let hit = TRIGGERS.find(Input::new(text).span(from..text.len()))?;
        let (a, b) = (hit.start(), hit.end());
        from = if bytes[a].is_ascii_digit() {
            digits_end(bytes, a)
        } else {
            b
        };
        Some((a, b))
    })
}

/// The end of the run of ASCII digits that starts at `a`.
fn digits_end(bytes: &[u8], a: usize) -> usize {
    a + bytes[a..].iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Bytes of context tokenized before a trigger, and ahead of it: one window
/// serves the triggers that follow, so most text is tokenized once.
const WINDOW_BACK: usize = 200;
const WINDOW_AHEAD: usize = 1200;
/// Tokens a rule may read right of a trigger (in bytes).
const MARGIN: usize = 150;

/// Finds the temporal expressions of one document.
pub fn extract(doc: &Document) -> Vec<Mention> {
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out: Vec<Mention> = Vec::new();
    let mut toks: Vec<Tok> = Vec::new();
    let mut window = 0..0;
    let mut window_hard_end = false;
    let mut covered_until = 0;
    for (a, b) in hits(text) {
        if a < covered_until || !is_trigger(bytes, a, b) {
            continue;
        }
        if a < window.start || a >= window.end || (!window_hard_end && a + MARGIN > window.end) {
            (window, window_hard_end) = window_around(text, a);
            toks.clear();
            tokens::tokenize(text, window.clone(), &mut toks);
        }
        let Ok(i) = toks.binary_search_by_key(&a, |t| t.start) else {
            continue;
        };
        let cx = Cx { text, toks: &toks };
        let Some(found) = parse_at(&cx, i, doc.published) else {
            continue;
        };
        let span = toks[found.s].start..toks[found.e - 1].end;
        covered_until = span.end;
        let sentence = doc.sentence_at(a).map(|s| s.span.clone()).unwrap_or(0..text.len());
        let mut mention = to_mention(&cx, &found, span, &sentence, doc.published);
        same_quarter_a_year_before(&out, &mut mention, &sentence, doc.published, text);
        if !previous::anchor_on_previous(&out, &mut mention, &found.expr, text) {
            continue;
        }
        push_longest(&mut out, mention);
    }
    out
}

/// How far back (bytes) a quarter mention still sets the period that "a year earlier" refers to.
const QUARTER_REACH: usize = 1500;

/// "Third-quarter profit rose from a year earlier": the year-earlier period is
/// the quarter the story talks about (its latest quarter mention, within
/// `QUARTER_REACH` bytes), one year before. A quarter not yet over on the
/// publish date is a forecast's ("losses through the third quarter of 1990"),
/// no quarter a result is compared with: the search goes on past it. A fiscal
/// quarter given its end ("the fourth quarter ended Aug. 26") is over.
fn same_quarter_a_year_before(
    found: &[Mention],
    m: &mut Mention,
    sentence: &Range<usize>,
    dct: Option<Date>,
    text: &str,
) {
    if !matches!(m.rule, Rule::DateRelativeAgo | Rule::DateRelativeYearEarlier) {
        return;
    }
    let Value::Timex(t) = &m.value else { return };
    let last_year = dct.is_some_and(|d| t.value == format!("{:04}", d.year() - 1));
    if !t.value.contains("-Q") && !last_year {
        return;
    }
    let quarter = found
        .iter()
        .rev()
        .take_while(|p| p.span.start + QUARTER_REACH >= sentence.start)
        .find_map(|p| match &p.value {
            Value::Timex(pt)
                if p.rule == Rule::DateAbsoluteQuarter
                    || (p.rule == Rule::DateRelativeUnit && pt.value.contains("-Q")) =>
            {
                let (y, q) = pt.value.split_once("-Q")?;
                let (y, q) = (y.parse::<i32>().ok()?, q.parse::<u8>().ok()?);
                let fiscal = text
                    .get(p.span.end..)
                    .is_some_and(|t| t.trim_start().starts_with("ended") || t.trim_start().starts_with("ending"));
                let over = fiscal || dct.is_none_or(|d| (y, q) < (i32::from(d.year()), (d.month() as u8 - 1) / 3 + 1));
                over.then_some((y, q))
            }
            _ => None,
        });
    if let Some((y, q)) = quarter {
        let expr = Expr::Quarter {
            year: anchor::YearRef::Abs(y - 1),
            q,
        };
        let mut fixed = anchor::resolve(&expr, dct, Tense::Past);
        fixed.anchor = t.anchor.clone();
        fixed.bound = t.bound.clone();
        fixed.modifier = t.modifier.clone();
        m.value = Value::Timex(fixed);
    }
}

/// The text around byte `a`, within its paragraph, cut at char boundaries and
/// spaces so no token is split; and whether it ends where the paragraph does.
fn window_around(text: &str, a: usize) -> (Range<usize>, bool) {
    let bytes = text.as_bytes();
    let mut lo = a.saturating_sub(WINDOW_BACK);
    let mut hi = (a + WINDOW_AHEAD).min(text.len());
    let mut hard_end = hi == text.len();
    if let Some(nl) = bytes[lo..a].iter().rposition(|&b| b == b'\n') {
        lo += nl + 1;
    } else {
        while lo > 0 && lo < a && !bytes[lo - 1].is_ascii_whitespace() {
            lo += 1;
        }
    }
    if let Some(nl) = memchr::memchr(b'\n', &bytes[a..hi]) {
        hi = a + nl;
        hard_end = true;
    } else {
        while hi < text.len() && hi > a && !bytes[hi].is_ascii_whitespace() {
            hi -= 1;
        }
    }
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    (lo.min(a)..hi.max(a), hard_end)
}

/// Adds `m`, replacing an overlapping earlier mention when `m` is longer.
fn push_longest(out: &mut Vec<Mention>, m: Mention) {
    while let Some(last) = out.last() {
        if last.span.end <= m.span.start {
            break;
        }
        if last.span.len() >= m.span.len() {
            return;
        }
        out.pop();
    }
    out.push(m);
}

fn to_mention(cx: &Cx, f: &Found, span: Range<usize>, sentence: &Range<usize>, dct: Option<Date>) -> Mention {
    // A deadline ("by Jan. 14", "until March 6") is read as the nearest such date.
    let deadline = f.s >= 1 && cx.is_any(f.s - 1, &["by", "until", "till"]);
    let needs_tense = match &f.expr {
        Expr::Month { year, .. }
        | Expr::Day { year, .. }
        | Expr::DayRange { year, .. }
        | Expr::Quarter { year, .. }
        | Expr::Half { year, .. }
        | Expr::Season { year, .. }
        | Expr::Holiday { year, .. } => *year == anchor::YearRef::ByTense,
        Expr::Weekday { .. } | Expr::Time { .. } => true,
        _ => false,
    };
    // "until 9 a.m. Tuesday", "as soon as Tuesday": a weekday ahead.
    let weekday = match &f.expr {
        Expr::Weekday { .. } => true,
        Expr::Time { day, .. } => matches!(**day, Expr::Weekday { .. }),
        _ => false,
    };
    let soon = f.s >= 3 && cx.is(f.s - 1, "as") && cx.is_any(f.s - 2, &["soon", "early"]);
    // "Wednesday's ruling": a weekday named as the day of an event is one that happened
    // (every possessive weekday in TimeBank/AQUAINT is the publish day or before it).
    let possessive = weekday && cx.is(f.e + 1, "s") && (cx.punct(f.e, '\'') || cx.punct(f.e, '’'));
    // A weekday and a time need a tense too, so this covers "until 9 a.m. Tuesday".
    let tense = if (weekday && soon) || (deadline && needs_tense) {
        // "by August", "until Jan. 14", "as soon as Tuesday": ahead, unless the
        // clause is in the past perfect ("Until Thursday, they had not called him").
        if tense::past_perfect_near(cx, f.s, f.e, sentence) {
            Tense::Past
        } else {
            Tense::Future
        }
    } else if possessive {
        Tense::Past
    } else if deadline || !needs_tense {
        Tense::Unknown
    } else {
        tense::of_clause(cx, f.s, f.e, sentence).unwrap_or(Tense::Unknown)
    };
    let mut timex = anchor::resolve(&f.expr, dct, tense);
    // ISO 8601 (and TIMEX3) write a clock time in UTC with "Z"; other zones stay in `timezone`.
    if matches!(f.timezone.as_deref(), Some("UTC" | "GMT" | "Z")) && timex.value.contains(':') {
        timex.value.push('Z');
    }
    timex.modifier = f.modifier.map(str::to_owned);
    timex.timezone = f.timezone.clone();
    timex.bound = ranges::bound_before(cx, f.s).map(str::to_owned);
    Mention::new(f.kind, span, Value::Timex(timex), f.rule)
}

/// Dispatches the trigger at token `i` to the rule families, then widens the
/// find over modifiers ("early", "about", "the end of").
fn parse_at(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    let mut f = match cx.kind(i)? {
        Kind::Num => times::clock(cx, i)
            .or_else(|| ranges::day_range_numeric(cx, i))
            .or_else(|| ranges::coordinated_day(cx, i))
            .or_else(|| absolute::numeric(cx, i))
            .or_else(|| durations::number_then_unit(cx, i, dct)),
        Kind::Word => parse_word(cx, i, dct),
        Kind::Punct => None,
    }?;
    absolute::fiscal_prefix(cx, &mut f);
    modifiers(cx, &mut f);
    (f.e > f.s && f.e <= cx.len()).then_some(f)
}

fn parse_word(cx: &Cx, i: usize, dct: Option<Date>) -> Option<Found> {
    let w = cx.s(i);
    if let Some((m, abbrev)) = tokens::month(w) {
        return absolute::month_date(cx, i, m, abbrev);
    }
    if let Some(wd) = tokens::weekday(w) {
        return relative::weekday(cx, i, wd);
    }
    if w.len() > 4
        && let Some(wd) = tokens::weekday(&w[..w.len() - 1])
    {
        return durations::weekday_set(cx, i, wd);
    }
    if tokens::unit(w).is_some() {
        return durations::unit_phrase(cx, i, dct);
    }
    if w.eq_ignore_ascii_case("period") || w.eq_ignore_ascii_case("periods") {
        return durations::period_of_time(cx, i, dct);
    }
    if w.eq_ignore_ascii_case("half") {
        return absolute::half(cx, i);
    }
    times::word(cx, i)
        .or_else(|| absolute::season(cx, i, dct))
        .or_else(|| absolute::quarter_code(cx, i))
        .or_else(|| relative::word(cx, i))
        .or_else(|| durations::set_adverb(cx, i))
        .or_else(|| absolute::spelled_year(cx, i))
        .or_else(|| absolute::decade_word(cx, i))
        .or_else(|| holidays::holiday(cx, i))
}

/// Widens a find over the words that qualify it and records TIMEX3 `mod`:
/// "early"/"mid"/"late" and "the end of" on dates, "about"/"more than" on durations.
fn modifiers(cx: &Cx, f: &mut Found) {
    let s = f.s;
    let date_like = matches!(f.kind, MentionType::Date | MentionType::Time)
        && !matches!(&f.expr, Expr::Fixed(v) if v.ends_with("_REF"));
    if date_like {
        // TimeML keeps "earlier"/"later" outside a day or week ("earlier this
        // week", "Later Thursday") but inside a year ("earlier this year").
        let year_wide = matches!(f.expr, Expr::Offset { unit: Unit::Year, .. });
        if s >= 1 && cx.is(s - 1, "early") {
            f.s -= 1;
            f.modifier = Some("START");
        } else if s >= 1 && cx.is(s - 1, "late") {
            f.s -= 1;
            f.modifier = Some("END");
        } else if s >= 1 && cx.is_any(s - 1, &["earlier", "later"]) {
            f.s -= usize::from(year_wide);
            f.modifier = Some(if cx.is(s - 1, "earlier") { "START" } else { "END" });
        } else if s >= 1 && cx.is_any(s - 1, &["mid"]) {
            f.s -= 1;
            f.modifier = Some("MID");
        } else if s >= 2 && cx.punct(s - 1, '-') && cx.is(s - 2, "mid") {
            f.s -= 2;
            f.modifier = Some("MID");
        } else if s >= 2 && cx.punct(s - 1, '-') && cx.is_any(s - 2, &["pre", "post"]) {
            // "post-1959 politics": TimeML keeps the prefix in the span, the value is the year's.
            f.s -= 2;
            f.modifier = Some(if cx.is(s - 2, "pre") { "BEFORE" } else { "AFTER" });
        } else if s >= 3 && cx.is(s - 1, "of") && cx.is(s - 3, "the") {
            let m = match cx.lower(s - 2).as_str() {
                "end" | "close" => Some("END"),
                "beginning" | "start" => Some("START"),
                "middle" => Some("MID"),
                _ => None,
            };
            if m.is_some() {
                f.s -= 3;
                f.modifier = m;
            }
        }
        return;
    }
    if f.kind != MentionType::Duration {
        return;
    }
    let one = |w: &[&str]| s >= 1 && cx.is_any(s - 1, w);
    let two = |a: &[&str], b: &str| s >= 2 && cx.is_any(s - 2, a) && cx.is(s - 1, b);
    let (back, m) = if two(&["more", "longer"], "than") {
        (2, "MORE_THAN")
    } else if two(&["less", "fewer", "shorter"], "than") {
        (2, "LESS_THAN")
    } else if two(&["at"], "least") {
        (2, "EQUAL_OR_MORE")
    } else if two(&["at"], "most") || two(&["up"], "to") || two(&["no"], "more") {
        (2, "EQUAL_OR_LESS")
    } else if one(&[
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "nearly",
        "almost",
    ]) {
        // TimeML keeps "nearly" inside the span but leaves "about", "almost"
        // and the like outside; the mod is recorded either way.
        let w = cx.lower(s - 1);
        match w.as_str() {
            "nearly" => (1, "LESS_THAN"),
            "almost" => (0, "LESS_THAN"),
            _ => (0, "APPROX"),
        }
    } else if one(&["over", "under"]) && f.rule == Rule::DurationCounted && !cx.is(s, "the") {
        (1, if cx.is(s - 1, "over") { "MORE_THAN" } else { "LESS_THAN" })
    } else {
        return;
    };
    f.s -= back;
    f.modifier = Some(m);
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// (text, type, value) of every date mention in `text`, published 2026-04-27.
    pub fn tag(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 4, 27)));
        extract(&doc)
            .into_iter()
            .map(|m| {
                let v = match &m.value {
                    Value::Timex(t) => t.value.clone(),
                    _ => String::new(),
                };
                (doc.text[m.span.clone()].to_owned(), m.kind.as_str().to_owned(), v)
            })
            .collect()
    }

    /// The first mention's Timex.
    pub fn timex(text: &str) -> Timex {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 4, 27)));
        match extract(&doc).into_iter().next().map(|m| m.value) {
            Some(Value::Timex(t)) => t,
            _ => panic!("no date in {text:?}"),
        }
    }

    /// Asserts `text` yields exactly `want` as (span text, type, value).
    pub fn check(text: &str, want: &[(&str, &str, &str)]) {
        let got = tag(text);
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tense_decides_month_year() {
        check("In October, OpenAI agreed to buy.", &[("October", "DATE", "2025-10")]);
        check("In February, Amazon announced it.", &[("February", "DATE", "2026-02")]);
        check("The product will ship in October.", &[("October", "DATE", "2026-10")]);
    }

    #[test]
    fn modifiers_widen_the_span() {
        check("Sales fell in late November.", &[("late November", "DATE", "2025-11")]);
        assert_eq!(
            timex("It lasted less than 48 hours.").modifier.as_deref(),
            Some("LESS_THAN")
        );
        check(
            "It lasted less than 48 hours.",
            &[("less than 48 hours", "DURATION", "PT48H")],
        );
        check("by the end of 2026", &[("the end of 2026", "DATE", "2026")]);
    }

    #[test]
    fn bounds_are_recorded() {
        assert_eq!(timex("licensed through 2032").bound.as_deref(), Some("through"));
        assert_eq!(timex("paid until 2030").bound.as_deref(), Some("until"));
        assert_eq!(timex("growing since 2019").bound.as_deref(), Some("since"));
    }

    #[test]
    fn no_trigger_word_starts_with_a_digit() {
        // What `hits` relies on to skip the digits inside a number.
        assert!(
            TRIGGER_WORDS
                .iter()
                .all(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        );
        // One hit per number ("2026", "15", and "3" and "5" of "3.5"); "Q4" is a trigger word.
        let found: Vec<_> = hits("In 2026, 15 May: 3.5% (Q4).").collect();
        assert_eq!(found, [(3, 4), (9, 10), (12, 15), (17, 18), (19, 20), (23, 25)]);
    }

    proptest! {
        #[test]
        fn hits_keep_every_trigger_find_iter_gives(
            s in "(([0-9]{1,6}|[-/:.,' ]|May|mayor|March|Oct|Monday|x|\\$|’|é) ?){0,40}"
        ) {
            let b = s.as_bytes();
            let all: Vec<(usize, usize)> = TRIGGERS
                .find_iter(&s)
                .map(|m| (m.start(), m.end()))
                .filter(|&(a, e)| is_trigger(b, a, e))
                .collect();
            let ours: Vec<(usize, usize)> = hits(&s).filter(|&(a, e)| is_trigger(b, a, e)).collect();
            prop_assert_eq!(ours, all);
        }

        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let doc = Document::new(&s, Some(jiff::civil::date(2026, 4, 27)));
            let _ = extract(&doc);
            let _ = extract(&Document::new(&s, None));
        }

        #[test]
        fn never_panics_on_date_like_text(s in "(([0-9]{1,5}|[-/:.,' ]|May|March|Oct\\.|Monday|the|last|next|year|years|ago|a\\.m\\.|quarter|first|two|fiscal|Q1|H2|s|mid|early|than|more|every|2026|’) ?){0,30}") {
            let doc = Document::new(&s, Some(jiff::civil::date(2026, 4, 27)));
            for m in extract(&doc) {
                prop_assert!(doc.text.is_char_boundary(m.span.start) && doc.text.is_char_boundary(m.span.end));
                prop_assert!(m.span.start < m.span.end);
            }
        }
    }
}
