//! The earlier period's figure of a result, as a claim of its own period
//! (`claim.prior_period`, issue 13). A period figure (revenue, profit, EPS, a
//! dividend) that the sentence compares with an earlier one gives that figure
//! too, of the same type, subject and measure, dated by the words that name
//! the earlier period, else by the claim's own period shifted back:
//!
//! | Words after the claim's figure | Earlier figure's time (claim of 2026-Q3) |
//! |---|---|
//! | ", compared with C$4.9 billion in 2025" | the year written: 2025-Q3 (a year before the claim's quarter), a bare year else |
//! | " (2025: £612m)", " (H1 2025: AED 80 million)" | the bracketed period: 2025-Q3, 2025-H1 |
//! | ", up from 38 cents a share in the year-ago quarter", "from $2.1 billion a year earlier", "versus $40m for the same period last year" | a year before: 2025-Q3 |
//! | ", against a loss of $9m in last year's first half" | a year before, the loss negative |
//! | ", up from $1.9 billion in the previous quarter", "from $71m a quarter earlier" | the quarter before: 2026-Q2 |
//! | ", up from $1.7 billion" (no time words) | a year before: 2025-Q3 |
//!
//! Never (counter-examples, tested): a figure after other words than a
//! comparison cue and the result's own words ("compared with analysts'
//! forecasts of $4.1 billion", "compared with rival Norbeck's revenue of
//! $3 billion"), an expectation, a figure of another scale (more than five
//! times apart) or currency, the low end of a range ("from $4bn to $5bn"), a
//! figure another claim took; only a period result's type takes it (a
//! share price's earlier level is no claim's), and a growth percent stays
//! the claim's own period's.

use super::{AmountAt, DateAt, Sentence, time_bucket};
use crate::extract::claims::ontology::Figure;
use crate::extract::claims::{Claim, ClaimTime, ClaimValue, keyed, periods};
use crate::extract::rule::Rule;
use rust_decimal::Decimal;

/// Words that open the comparison, right after the claim's figure (a comma
/// and a move word before them allowed: ", up from", ", a rise from").
pub(super) const COMPARISON_CUES: &[&str] = &[
    "compared with",
    "compared to",
    "comparing with",
    "versus",
    "vs.",
    "vs",
    "against",
    "from",
];

/// Move words that may stand between the claim's figure and the cue (", up
/// from", ", an increase from").
const MOVE_LEADS: &[&str] = &[
    "up", "down", "rising", "falling", "an", "a", "increase", "decrease", "rise", "fall", "drop", "decline", "gain",
    "jump", "which",
];

/// A move's size among the lead words (", up 8% from"): a percent.
fn is_percent_word(w: &str) -> bool {
    w.ends_with('%') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Words the earlier figure's own naming may carry after the cue ("compared
/// with a year-earlier net loss of", "from last year's restated revenue of").
const FILLERS: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "restated",
    "net",
    "operating",
    "pretax",
    "pre-tax",
    "adjusted",
    "underlying",
    "diluted",
    "basic",
    "quarterly",
    "total",
    "year-earlier",
    "year-ago",
    "prior-year",
    "previous-year",
    "last",
    "year's",
    "year\u{2019}s",
    "of",
    "loss",
    "profit",
    "income",
    "earnings",
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "dividend",
    "payout",
    "eps",
];

/// How far back the earlier figure's period lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Back {
    Year,
    Quarter,
}

/// Words after the earlier figure (or among its own words) that name its
/// period relative to the claim's; the first row found wins.
pub(super) const TIME_CUES: &[(&str, Back)] = &[
    ("previous quarter", Back::Quarter),
    ("prior quarter", Back::Quarter),
    ("preceding quarter", Back::Quarter),
    ("quarter earlier", Back::Quarter),
    ("quarter before", Back::Quarter),
    ("sequential", Back::Quarter),
    ("year earlier", Back::Year),
    ("year-earlier", Back::Year),
    ("year ago", Back::Year),
    ("year-ago", Back::Year),
    ("last year", Back::Year),
    ("previous year", Back::Year),
    ("previous-year", Back::Year),
    ("prior year", Back::Year),
    ("prior-year", Back::Year),
    ("year before", Back::Year),
];

/// Whether `gap` (the lower-case words between the claim's figure and the
/// next figure) compares the two: a cue of [`COMPARISON_CUES`], with only
/// move words before it and the earlier figure's own words after it.
/// Returns the words after the cue (for [`TIME_CUES`] and a loss).
pub(super) fn comparison(gap: &str) -> Option<&str> {
    let g = gap.trim_start().strip_prefix(',').unwrap_or(gap.trim_start());
    let mut rest = g.trim_start();
    let mut leads = 0;
    loop {
        if let Some(cue) = COMPARISON_CUES.iter().find(|c| starts_word(rest, c)) {
            let after = rest[cue.len()..].trim();
            let ok = after.split_whitespace().count() <= 6 && after.split_whitespace().all(|w| FILLERS.contains(&w));
            return ok.then_some(after);
        }
        let (word, tail) = rest.split_once(' ')?;
        if leads >= 3 || !(MOVE_LEADS.contains(&word) || is_percent_word(word)) {
            return None;
        }
        leads += 1;
        rest = tail.trim_start();
    }
}

/// Whether `gap` opens a bracketed earlier figure, "(2025: " or "(H1 2025:
/// ", and the year it names.
pub(super) fn bracketed_year(gap: &str) -> Option<i32> {
    let g = gap.trim();
    let inner = g.strip_prefix('(')?.strip_suffix(':')?.trim();
    if inner.split_whitespace().count() > 3 {
        return None;
    }
    inner
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)
        .and_then(|w| w.parse().ok())
        .filter(|y| (1900..2100).contains(y))
}

fn starts_word(s: &str, w: &str) -> bool {
    s.starts_with(w) && s[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// The row of [`TIME_CUES`] the words hold.
pub(super) fn time_cue(words: &str) -> Option<Back> {
    TIME_CUES.iter().find(|(w, _)| words.contains(w)).map(|&(_, b)| b)
}

/// The period before `value` by `back`: "2026-Q3" -> "2026-Q2" (a quarter),
/// "2026-Q1" -> "2025-Q4", "2026-H1" -> "2025-H1" (a year); none for a
/// quarter back from a value that is no quarter.
pub(super) fn shifted(value: &str, back: Back) -> Option<String> {
    match back {
        Back::Year => periods::year_earlier(value).filter(|_| is_period_value(value)),
        Back::Quarter => {
            let (y, q) = value.split_once("-Q")?;
            let y: i32 = y.parse().ok()?;
            let q: u32 = q.parse().ok()?;
            Some(match q {
                1 => format!("{:04}-Q4", y - 1),
                2..=4 => format!("{y:04}-Q{}", q - 1),
                _ => return None,
            })
        }
    }
}

/// The earlier figure's time from a year written for it: the claim's own
/// part of the year a year before when the year is the one before the
/// claim's ("compared with $4bn in 2025" of 2026-Q3: 2025-Q3), else the
/// year written.
pub(super) fn with_year(own: &str, year: i32) -> String {
    match own.get(..4).and_then(|y| y.parse::<i32>().ok()) {
        Some(y) if y == year + 1 && is_period_value(own) => {
            periods::year_earlier(own).unwrap_or_else(|| year.to_string())
        }
        _ => year.to_string(),
    }
}

/// Whether a time value is a period's: a year, a quarter or a half
/// ([`periods::is_part_of_year`]), a year so far.
fn is_period_value(v: &str) -> bool {
    v.len() == 4 || periods::is_part_of_year(v) || v.contains(periods::YEAR_TO_DATE)
}

/// Words near the earlier figure that make it no result: a forecast's.
const FORECAST_WORDS: &[&str] = &[
    "expect",
    "forecast",
    "estimate",
    "consensus",
    "analyst",
    "target",
    "guidance",
    "outlook",
    "poll",
];

/// Whether two money figures may be one measure of two periods: the same
/// currency, at most five times apart.
fn comparable(a: &AmountAt, b: &AmountAt) -> bool {
    let (x, y) = (&a.amount, &b.amount);
    // A figure read "a year" ("C$5.18 billion a year earlier") is a rate to the
    // figures, yet a total: the scale tells a share's figure from a total.
    if x.currency.is_some() && y.currency.is_some() && x.currency != y.currency {
        return false;
    }
    let (Some(p), Some(q)) = (x.amount.or(x.min), y.amount.or(y.min)) else {
        return false;
    };
    let (p, q) = (p.abs(), q.abs());
    let five = Decimal::from(5);
    !p.is_zero() && !q.is_zero() && p <= q * five && q <= p * five
}

/// The `from` of a copy's time while its claim's period is not yet read
/// (the claim is dated by the source's context later): a year or a quarter
/// back. Never in a report: [`date_pending`] settles or drops it.
const PENDING_YEAR: &str = "prior:year";
const PENDING_QUARTER: &str = "prior:quarter";

/// Dates each earlier figure whose claim took its period from context (see
/// [`PENDING_YEAR`]): the period of the claim it copies (the claim of the
/// same word and type before it), shifted back; without a period, no claim.
pub(super) fn date_pending(claims: &mut Vec<Claim>) {
    let mut drop = vec![false; claims.len()];
    for i in 0..claims.len() {
        let back = match claims[i].time.as_ref().map(|t| t.from.as_str()) {
            Some(PENDING_YEAR) => Back::Year,
            Some(PENDING_QUARTER) => Back::Quarter,
            _ => continue,
        };
        let own = claims[..i]
            .iter()
            .rev()
            .find(|o| {
                o.span == claims[i].span
                    && o.predicate.class == claims[i].predicate.class
                    && o.rule != Rule::ClaimPriorPeriod
            })
            .and_then(|o| o.time.as_ref())
            .filter(|t| t.from != "published")
            .and_then(|t| shifted(&t.value, back));
        match own {
            Some(value) => {
                claims[i].time = Some(ClaimTime {
                    value,
                    from: "context".into(),
                })
            }
            None => drop[i] = true,
        }
    }
    let mut i = 0;
    claims.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

impl Sentence<'_> {
    /// Adds the earlier period's figure of each period result the sentence
    /// compares with one (see the module docs): a copy of the claim with
    /// that figure and its own time, rule `claim.prior_period`.
    pub(super) fn prior_period_figures(&self, claims: &mut Vec<Claim>) {
        let mut extra = Vec::new();
        for c in claims.iter() {
            let def = c.predicate.class.def();
            if !def.period || def.forward || c.part.is_some() {
                continue;
            }
            let (Some(v @ ClaimValue::Money(_)), Some(own)) = (&c.value, &c.time) else {
                continue;
            };
            // The claim's figure (its currency may be the source's, "52 cents" read as C$0.52).
            let ClaimValue::Money(va) = v else { continue };
            let Some(fig) = self
                .amounts
                .iter()
                .filter(|a| a.figure == Figure::Money && a.amount.amount == va.amount && a.amount.min == va.min)
                .min_by_key(|a| a.span.start.abs_diff(c.span.start))
            else {
                continue;
            };
            let Some(p) = self
                .amounts
                .iter()
                .filter(|a| a.span.start >= fig.span.end && a.figure != Figure::Percent)
                .min_by_key(|a| a.span.start)
            else {
                continue;
            };
            if let Some(e) = self.prior_of(c, fig, p, own, claims) {
                extra.push(e);
            }
        }
        claims.extend(extra);
    }

    fn prior_of(&self, c: &Claim, fig: &AmountAt, p: &AmountAt, own: &ClaimTime, claims: &[Claim]) -> Option<Claim> {
        if p.figure != Figure::Money || p.expected || p.part.is_some() || !comparable(fig, p) {
            return None;
        }
        let between = |r: &std::ops::Range<usize>| r.start >= fig.span.end && r.end <= p.span.start;
        // Another claim's word or a party between: another's figure ("rival Norbeck's revenue of").
        let other = |o: &Claim| o.span != c.span && between(&o.span);
        if claims
            .iter()
            .any(|o| other(o) || o.value.as_ref().is_some_and(|ov| p.is(ov)))
            || self.entities.iter().any(|e| between(&e.span))
        {
            return None;
        }
        // The low end of a range: "from $4bn to $5bn", "$4bn-$5bn".
        let after = self.sl(p.span.end, self.lower.len());
        if after.starts_with(" to ") || after.starts_with('-') || after.starts_with('\u{2013}') {
            return None;
        }
        let raw = self.sl(fig.span.end, p.span.start);
        let gap = match bracketed_year(raw) {
            Some(_) => raw.to_string(),
            None => self.own_time_out(fig.span.end, p.span.start),
        };
        let bracket = bracketed_year(&gap);
        let words = match bracket {
            Some(_) => "",
            None => comparison(&gap)?,
        };
        // The earlier figure's time words: up to the end of its clause or the next figure.
        let clause = self.clause_of(p.span.start);
        let next = self.amounts.iter().map(|a| a.span.start).find(|&s| s >= p.span.end);
        let end = [Some(clause.end), next, Some(p.span.end + 70)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(p.span.end);
        let window = self.sl(p.span.end, end);
        let window = &window[..window.find([',', ';', '(', ')']).unwrap_or(window.len())];
        // "compared with $4bn at rival Norbeck", "versus $4.1bn analysts expected".
        if FORECAST_WORDS.iter().any(|w| window.contains(w) || gap.contains(w))
            || self
                .entities
                .iter()
                .any(|e| e.span.start >= p.span.end && e.span.start < p.span.end + window.len())
        {
            return None;
        }
        // A date with its year written ("in 2025", "in fiscal 2025"), not a relative one.
        let written = |d: &&DateAt| {
            d.span.start >= p.span.end
                && d.span.start < p.span.end + window.len()
                && self
                    .sl(d.span.start, d.span.end)
                    .bytes()
                    .filter(u8::is_ascii_digit)
                    .count()
                    >= 4
        };
        let year_of = |d: &DateAt| {
            d.period
                .clone()
                .or_else(|| time_bucket(d.timex))
                .filter(|v| v.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit())))
        };
        let time = if let Some(y) = bracket {
            with_year(&own.value, y)
        } else if let Some(d) = self.dates.iter().filter(written).find_map(year_of) {
            match d.len() {
                4 => with_year(&own.value, d.parse().ok()?),
                _ => d,
            }
        } else {
            let back = time_cue(window).or(time_cue(words)).unwrap_or(Back::Year);
            match own.from.as_str() {
                "sentence" => shifted(&own.value, back)?,
                // The claim's period comes from the source's context once it is read: shifted then.
                _ => return self.pending(c, p, words, back),
            }
        };
        if time == own.value {
            return None;
        }
        self.copy_with(
            c,
            p,
            words,
            ClaimTime {
                value: time,
                from: "sentence".into(),
            },
        )
    }

    /// A copy whose time waits for the claim's period from context
    /// (see [`date_pending`]).
    fn pending(&self, c: &Claim, p: &AmountAt, words: &str, back: Back) -> Option<Claim> {
        let from = match back {
            Back::Year => PENDING_YEAR,
            Back::Quarter => PENDING_QUARTER,
        };
        let value = c.time.as_ref().map(|t| t.value.clone()).unwrap_or_default();
        self.copy_with(
            c,
            p,
            words,
            ClaimTime {
                value,
                from: from.into(),
            },
        )
    }

    /// The text from `from` to `to` without the dates in it and a preposition
    /// before them: the claim's own period between its figure and the
    /// comparison ("C$5.6 billion for the quarter, compared with").
    fn own_time_out(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        let mut at = from;
        let mut cut = false;
        for d in self.dates.iter().filter(|d| d.span.start >= from && d.span.end <= to) {
            out.push_str(self.sl(at, d.span.start));
            at = d.span.end;
            cut = true;
        }
        out.push_str(self.sl(at, to));
        if !cut {
            return out;
        }
        let mut g = out.trim_start();
        for w in ["in", "for", "during", "over", "at"] {
            if let Some(r) = g.strip_prefix(w)
                && r.starts_with([' ', ','])
            {
                g = r;
            }
        }
        format!(" {}", g.trim_start())
    }

    fn copy_with(&self, c: &Claim, p: &AmountAt, words: &str, time: ClaimTime) -> Option<Claim> {
        // "against a loss of $12m": negative, unless the claim's own word is a loss's.
        let negative = keyed::trigger_of(c).is_some_and(|t| t.negative);
        let loss = words.split_whitespace().any(|w| w == "loss");
        let gain = words
            .split_whitespace()
            .any(|w| matches!(w, "profit" | "income" | "earnings"));
        if negative && gain {
            return None;
        }
        let mut e = c.clone();
        // The claim's figure with the earlier one's numbers: its currency, no "a year" rate.
        let Some(ClaimValue::Money(mut a)) = c.value.clone() else {
            return None;
        };
        let q = p.amount.as_ref();
        (a.amount, a.min, a.max, a.exactness) = (q.amount, q.min, q.max, q.exactness);
        a.scale_word.clone_from(&q.scale_word);
        a.qualifier = None;
        a.duration = None;
        e.value = Some(ClaimValue::Money(match loss && !negative {
            true => keyed::negated(&a),
            false => a,
        }));
        e.time = Some(time);
        e.until = None;
        e.rule = Rule::ClaimPriorPeriod;
        Some(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_cues_open_the_earlier_figure() {
        assert_eq!(comparison(", compared with "), Some(""));
        assert_eq!(comparison(", up from "), Some(""));
        assert_eq!(comparison(" from "), Some(""));
        assert_eq!(comparison(", an increase from "), Some(""));
        assert_eq!(comparison(", up 8% from "), Some(""));
        assert_eq!(comparison(", against a loss of "), Some("a loss of"));
        assert_eq!(
            comparison(" versus a year-ago net profit of "),
            Some("a year-ago net profit of")
        );
        assert_eq!(comparison(", down from last year's "), Some("last year's"));
        // Counter-examples: a forecast, a rival's figure, other words.
        assert_eq!(comparison(", compared with analysts' forecasts of "), None);
        assert_eq!(comparison(", compared with rival norbeck's revenue of "), None);
        assert_eq!(comparison(" and paid a dividend of "), None);
        assert_eq!(comparison(" after a charge of "), None);
        assert_eq!(comparison(", while its shares fell from "), None);
    }

    #[test]
    fn a_bracket_names_the_earlier_year() {
        assert_eq!(bracketed_year(" (2025: "), Some(2025));
        assert_eq!(bracketed_year(" (h1 2024: "), Some(2024));
        assert_eq!(bracketed_year(" (fy2023: "), Some(2023));
        assert_eq!(bracketed_year(" (see note 4: "), None);
        assert_eq!(bracketed_year(" (about "), None);
    }

    #[test]
    fn time_words_shift_the_claims_period() {
        assert_eq!(time_cue(" in the year-ago quarter"), Some(Back::Year));
        assert_eq!(time_cue(" for the same period last year"), Some(Back::Year));
        assert_eq!(time_cue(" a quarter earlier"), Some(Back::Quarter));
        assert_eq!(time_cue(" in the previous quarter"), Some(Back::Quarter));
        assert_eq!(time_cue(" a share"), None);
        assert_eq!(shifted("2026-Q3", Back::Year).as_deref(), Some("2025-Q3"));
        assert_eq!(shifted("2026-H1", Back::Year).as_deref(), Some("2025-H1"));
        assert_eq!(shifted("2026", Back::Year).as_deref(), Some("2025"));
        assert_eq!(shifted("2026-Q3", Back::Quarter).as_deref(), Some("2026-Q2"));
        assert_eq!(shifted("2026-Q1", Back::Quarter).as_deref(), Some("2025-Q4"));
        assert_eq!(shifted("2026", Back::Quarter), None);
        assert_eq!(with_year("2026-Q3", 2025), "2025-Q3");
        assert_eq!(with_year("2026", 2025), "2025");
        assert_eq!(with_year("2026-H1", 2023), "2023");
        // A month (a publish date) shifts never.
        assert_eq!(with_year("2026-03", 2025), "2025");
        assert_eq!(shifted("2026-03", Back::Year), None);
    }
}
