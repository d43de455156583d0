//! Comparing claimed values by meaning, not by text.
//!
//! A figure stands for an interval of amounts:
//!
//! | written | interval |
//! |---|---|
//! | "$13 billion" (exact) | 12.5 .. 13.5 billion: half a unit of the last written digit |
//! | "$7.5 billion" | 7.45 .. 7.55 billion |
//! | "about $10 billion" (approx) | 9 .. 11 billion: a unit of the last significant digit, at most 10 % (never less than the rounding) |
//! | "about $3.5 billion" (approx) | 3.4 .. 3.6 billion: agrees with "$3.46 billion", not with "$3.7 billion" |
//! | "about $1.29 billion" (approx) | 1.28 .. 1.30 billion: three digits say more than "about" takes away |
//! | "about 600 jobs" (approx) | 540 .. 660: the zeros of a whole number are not significant |
//! | "up to $50 billion" (at most), "less than" | 40 .. 50 billion: a cap is near its figure |
//! | "more than $13 billion" (at least), "at least" | 13 .. 16.25 billion |
//! | "$1-2 billion" (range, min/max) | 1 .. 2 billion |
//!
//! Two figures agree when their intervals meet and their currency (or unit)
//! is the same: "up to $50 billion" agrees with "$50 billion", "more than
//! $13 billion" with "$13.5 billion", "$1.2 billion" not with "$2 billion".
//! Dates agree when their intervals (TIMEX3 start..end) meet: "2030" and
//! "through 2030". End bounds written as words ("until OpenAI achieves AGI")
//! agree with anything: they cannot be compared.

use rust_decimal::Decimal;

use crate::extract::claims::ClaimValue;
use crate::extract::dates::Timex;
use crate::extract::money::{Amount, Exactness};

/// The amount interval a figure stands for (see the module table).
pub fn amount_interval(a: &Amount) -> Option<(Decimal, Decimal)> {
    let (min, max) = (a.min.or(a.amount), a.max.or(a.amount));
    let x = a.amount.or(a.max).or(a.min)?;
    let half = rounding(a, x);
    let tenth = x.abs() / Decimal::from(10);
    let approx = half.max(tenth.min(significant_unit(a, x)));
    let fifth = x.abs() / Decimal::from(5);
    let quarter = x.abs() / Decimal::from(4);
    Some(match a.exactness {
        Exactness::Exact => (x - half, x + half),
        Exactness::Approx => (x - approx, x + approx),
        Exactness::AtMost | Exactness::LessThan => (x - fifth, x + half),
        Exactness::AtLeast | Exactness::MoreThan => (x - half, x + quarter),
        Exactness::Range => (min? - half, max? + half),
    })
}

/// Half a unit of the last digit the writer gave: "$13 billion" → 0.5 billion.
fn rounding(a: &Amount, x: Decimal) -> Decimal {
    let unit = a.scale_word.as_deref().map(scale_of).unwrap_or(Decimal::ONE);
    let mantissa = (x / unit).normalize();
    let step = Decimal::new(1, mantissa.scale());
    step * unit / Decimal::from(2)
}

/// A unit of the last significant digit the writer gave: "$1.29 billion" →
/// 0.01 billion, "600 jobs" → 100 (a whole number's zeros are not significant).
fn significant_unit(a: &Amount, x: Decimal) -> Decimal {
    let unit = a.scale_word.as_deref().map(scale_of).unwrap_or(Decimal::ONE);
    let mantissa = (x / unit).normalize();
    if mantissa.scale() > 0 {
        return Decimal::new(1, mantissa.scale()) * unit;
    }
    let ten = Decimal::from(10);
    let (mut m, mut step) = (mantissa.abs(), Decimal::ONE);
    while !m.is_zero() && (m % ten).is_zero() {
        m /= ten;
        step *= ten;
    }
    step * unit
}

fn scale_of(word: &str) -> Decimal {
    let w = word.to_ascii_lowercase();
    let w = w.trim_start_matches(['-', ' ']);
    if w.starts_with("tr") || w == "t" {
        Decimal::from(1_000_000_000_000u64)
    } else if w.starts_with('b') {
        Decimal::from(1_000_000_000u64)
    } else if w.starts_with("mil") || w == "m" || w == "mn" {
        Decimal::from(1_000_000u64)
    } else if w.starts_with("th") || w == "k" {
        Decimal::from(1_000u64)
    } else if w.starts_with("crore") {
        Decimal::from(10_000_000u64)
    } else if w.starts_with("lakh") {
        Decimal::from(100_000u64)
    } else {
        Decimal::ONE
    }
}

fn amounts_agree(a: &Amount, b: &Amount) -> bool {
    if a.currency.is_some() && b.currency.is_some() && a.currency != b.currency {
        return false;
    }
    if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
        return false;
    }
    match (amount_interval(a), amount_interval(b)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => true,
    }
}

/// The day interval of a date, as ISO strings (which sort as dates).
fn date_interval(t: &Timex) -> (String, String) {
    let start = t.start.clone().unwrap_or_else(|| t.value.clone());
    let end = t.end.clone().unwrap_or_else(|| {
        // "2030" → up to the last day of 2030: anything starting with the value sorts below "2030~".
        format!("{}~", t.value)
    });
    (start, end)
}

fn dates_agree(a: &Timex, b: &Timex) -> bool {
    if a.value == b.value {
        return true;
    }
    let (a0, a1) = date_interval(a);
    let (b0, b1) = date_interval(b);
    a0 <= b1 && b0 <= a1
}

/// Whether two figures are of different orders altogether (a thousandfold
/// or more apart: a share price of $228.40 beside revenue of $13.84 billion,
/// a 53-cent dividend beside $2 billion of buybacks): they measure different
/// things and never make one fact, let alone a conflict.
pub fn different_orders(a: &ClaimValue, b: &ClaimValue) -> bool {
    use ClaimValue as V;
    let (x, y) = match (a, b) {
        (V::Money(x), V::Money(y)) | (V::Count(x), V::Count(y)) => (x, y),
        _ => return false,
    };
    let (Some(x), Some(y)) = (x.amount.or(x.max).or(x.min), y.amount.or(y.max).or(y.min)) else {
        return false;
    };
    let (x, y) = (x.abs(), y.abs());
    let thousand = Decimal::from(1000);
    (!x.is_zero() || !y.is_zero()) && (x >= y * thousand || y >= x * thousand)
}

/// Whether two claimed values can both be true (see the module docs).
pub fn values_agree(a: &ClaimValue, b: &ClaimValue) -> bool {
    use ClaimValue as V;
    match (a, b) {
        (V::Money(x), V::Money(y)) | (V::Percent(x), V::Percent(y)) => amounts_agree(x, y),
        // "400 jobs" and "400 positions" count the same thing: the noun is not a unit.
        (V::Count(x), V::Count(y)) => {
            let bare = |a: &Amount| Amount {
                unit: None,
                ..a.clone()
            };
            amounts_agree(&bare(x), &bare(y))
        }
        (V::Date(x), V::Date(y)) | (V::Duration(x), V::Duration(y)) => dates_agree(x, y),
        (V::Text { text: x }, V::Text { text: y }) => x.eq_ignore_ascii_case(y),
        _ => false,
    }
}

/// A money, percent or count value read once for comparison: its kind, the
/// currency and unit that must match and its interval ([`amount_interval`]).
/// [`Figure::agrees`] answers exactly as [`values_agree`], without
/// recomputing intervals, and [`Overlaps`] counts agreeing figures of a set
/// in log time (a story of 2,000 outlets that disagree compares each figure
/// with a sorted list, not with every other).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// 0 money, 1 percent, 2 count.
    pub kind: u8,
    pub currency: Option<String>,
    /// None for counts: their noun is not a unit.
    pub unit: Option<String>,
    pub interval: Option<(Decimal, Decimal)>,
    /// |amount| for [`different_orders`] (money and counts only).
    pub magnitude: Option<Decimal>,
}

impl Figure {
    /// The figure of a value, or none for dates, durations and text.
    pub fn of(v: &ClaimValue) -> Option<Figure> {
        let (kind, a) = match v {
            ClaimValue::Money(a) => (0, a),
            ClaimValue::Percent(a) => (1, a),
            ClaimValue::Count(a) => (2, a),
            _ => return None,
        };
        Some(Figure {
            kind,
            currency: a.currency.clone(),
            unit: if kind == 2 { None } else { a.unit.clone() },
            interval: amount_interval(a),
            magnitude: if kind == 1 {
                None
            } else {
                a.amount.or(a.max).or(a.min).map(|x| x.abs())
            },
        })
    }

    /// Kind, currency and unit allow agreement (the intervals aside).
    pub fn comparable(&self, other: &Figure) -> bool {
        let meets = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
        self.kind == other.kind && meets(&self.currency, &other.currency) && meets(&self.unit, &other.unit)
    }

    /// As [`values_agree`] on the two values.
    pub fn agrees(&self, other: &Figure) -> bool {
        self.comparable(other)
            && match (self.interval, other.interval) {
                (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
                _ => true,
            }
    }

    /// Whether its interval is well formed (start ≤ end), as [`Overlaps`] needs.
    pub fn well_formed(&self) -> bool {
        self.interval.is_none_or(|(a, b)| a <= b)
    }
}

/// Whether two values agree, read through their figures when they have them (see [`Figure`]).
pub fn figures_agree(a: (&ClaimValue, Option<&Figure>), b: (&ClaimValue, Option<&Figure>)) -> bool {
    match (a.1, b.1) {
        (Some(x), Some(y)) => x.agrees(y),
        (None, None) => values_agree(a.0, b.0),
        _ => false,
    }
}

/// A set of well-formed figures, each with a tag that must match too (the
/// polarity), kept per (tag, kind, currency, unit) as sorted interval starts
/// and ends: the number of figures that agree with one is (starts ≤ its end)
/// − (ends < its start) in each comparable bucket, plus those without an interval.
#[derive(Default)]
pub struct Overlaps<T> {
    buckets: Vec<Bucket<T>>,
}

struct Bucket<T> {
    tag: T,
    key: Figure,
    starts: Vec<Decimal>,
    ends: Vec<Decimal>,
    unbounded: usize,
}

impl<T: PartialEq + Copy> Overlaps<T> {
    /// Builds the set; none when a figure is not well formed (then compare pairwise).
    pub fn new<'a>(figures: impl IntoIterator<Item = (T, &'a Figure)>) -> Option<Self> {
        let mut buckets: Vec<Bucket<T>> = Vec::new();
        for (tag, f) in figures {
            if !f.well_formed() {
                return None;
            }
            let key = Figure {
                interval: None,
                magnitude: None,
                ..f.clone()
            };
            let n = match buckets.iter().position(|b| b.tag == tag && b.key == key) {
                Some(n) => n,
                None => {
                    buckets.push(Bucket {
                        tag,
                        key,
                        starts: Vec::new(),
                        ends: Vec::new(),
                        unbounded: 0,
                    });
                    buckets.len() - 1
                }
            };
            let b = &mut buckets[n];
            match f.interval {
                Some((s, e)) => {
                    b.starts.push(s);
                    b.ends.push(e);
                }
                None => b.unbounded += 1,
            }
        }
        for b in &mut buckets {
            b.starts.sort_unstable();
            b.ends.sort_unstable();
        }
        Some(Overlaps { buckets })
    }

    /// How many figures of the set (with this tag) agree with `f`, `f` itself included if it is in the set.
    pub fn count(&self, tag: T, f: &Figure) -> usize {
        self.buckets
            .iter()
            .filter(|b| b.tag == tag && b.key.comparable(f))
            .map(|b| match f.interval {
                Some((lo, hi)) => {
                    b.unbounded + b.starts.partition_point(|s| *s <= hi) - b.ends.partition_point(|e| *e < lo)
                }
                None => b.unbounded + b.starts.len(),
            })
            .sum()
    }
}

/// End bounds agree unless both are dates that do not meet.
pub fn bounds_agree(a: Option<&ClaimValue>, b: Option<&ClaimValue>) -> bool {
    match (a, b) {
        (Some(ClaimValue::Date(x)), Some(ClaimValue::Date(y))) => dates_agree(x, y),
        _ => true,
    }
}

/// The amount of a money or percent value.
/// Words that may open a conversion in parentheses ("(about $1.76 billion)").
const CONVERSION_HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "almost",
];

/// Whether a money figure is written as a conversion of the figure before
/// it: in parentheses that hold only the figure (with a currency sign or
/// code, a scale word and a hedge), right after words that hold a number.
/// Another currency's repeat of its sentence's figure, so no claim of its own.
///
/// | sentence | figure | conversion? |
/// |---|---|---|
/// | "cells worth 2.1 billion euros ($2.3 billion)" | $2.3 billion | yes |
/// | "reached 141.7 billion won (US$101.9 million)" | US$101.9 million | yes |
/// | "will pay $95 million (about Rs 795 crore)" | Rs 795 crore | yes |
/// | "raised about €1.57 billion (S$2.3 billion)" | €1.57 billion | no (the figure outside) |
/// | "raised $500 million ($300 million in equity and $200 million in debt)" | $300 million | no (a breakdown) |
/// | "a bridge loan ($50 million) from two banks" | $50 million | no (no figure before) |
pub fn is_conversion(quote: &str, v: Option<&ClaimValue>) -> bool {
    let Some(ClaimValue::Money(a)) = v else {
        return false;
    };
    let Some(x) = a.amount.or(a.max).or(a.min) else {
        return false;
    };
    let unit = a.scale_word.as_deref().map(scale_of).unwrap_or(Decimal::ONE);
    if unit.is_zero() {
        return false;
    }
    let mantissa = (x / unit).abs().normalize();
    let lower = quote.to_lowercase();
    lower.match_indices('(').any(|(at, _)| {
        let rest = &lower[at + 1..];
        let Some(close) = rest.find(')').filter(|&c| c <= 48) else {
            return false;
        };
        let inner = rest[..close].replace(',', "");
        let mut words: Vec<&str> = inner.split_whitespace().collect();
        if words.first().is_some_and(|w| CONVERSION_HEDGES.contains(w)) {
            words.remove(0);
        }
        if words.is_empty() || words.len() > 3 {
            return false;
        }
        let names_it = words.iter().any(|w| {
            // A currency sign or code of up to four characters, then the digits ("us$101.9", "£4.4bn", "795").
            let Some(start) = w.find(|c: char| c.is_ascii_digit()).filter(|&i| i <= 4) else {
                return false;
            };
            let digits: String = w[start..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            digits
                .trim_end_matches('.')
                .parse::<Decimal>()
                .is_ok_and(|n| n.normalize() == mantissa)
        });
        // A figure right before the parenthesis, after it at most its scale and
        // a currency's name of up to three words ("2.1 billion euros (",
        // "14.6 billion Swedish crowns (", "3 billion Hong Kong dollars (").
        let before: Vec<&str> = lower[..at].split_whitespace().rev().take(5).collect();
        let figure_before = before
            .iter()
            .position(|w| w.chars().any(|c| c.is_ascii_digit()))
            .is_some_and(|k| words_after_a_figure(&before[..k]));
        names_it && figure_before
    })
}

/// Whether the words between a figure and a parenthesis (nearest first)
/// leave the figure right before it: none, a scale word ("2.1 billion ("),
/// or a currency's name of up to three words after at most a scale word
/// ("billion Swedish crowns (", "Hong Kong dollars (").
fn words_after_a_figure(words: &[&str]) -> bool {
    use crate::extract::money::lexicon::{ANCHORS, Anchor, SCALE_WORDS};
    /// Currency nouns that several countries share, which the money extractor leaves unread.
    const SHARED: &[&str] = &[
        "crown", "crowns", "krone", "kroner", "peso", "pesos", "dinar", "dinars", "won",
    ];
    let scale = |w: &str| SCALE_WORDS.iter().any(|s| s.any_case && s.text == w);
    let currency = |w: &str| {
        SHARED.contains(&w)
            || ANCHORS
                .iter()
                .any(|(a, kind)| *a == w && matches!(kind, Anchor::Word(_)))
    };
    match words {
        [] => true,
        [w] => scale(w) || currency(w),
        [name, rest @ ..] => {
            // The word right after the figure may be its scale.
            let rest = match rest.split_last() {
                Some((last, init)) if scale(last) => init,
                _ => rest,
            };
            currency(name) && rest.len() <= 2 && rest.iter().all(|w| w.chars().all(char::is_alphabetic))
        }
    }
}

pub fn amount_of(v: &ClaimValue) -> Option<Decimal> {
    match v {
        ClaimValue::Money(a) | ClaimValue::Percent(a) | ClaimValue::Count(a) => a.amount.or(a.max),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(currency: &str, amount: &str, scale: Option<&str>) -> ClaimValue {
        ClaimValue::Money(Amount {
            currency: Some(currency.into()),
            amount: Some(amount.parse().unwrap()),
            exactness: Exactness::Exact,
            scale_word: scale.map(str::to_string),
            ..Amount::default()
        })
    }

    #[test]
    fn a_figure_in_parentheses_after_another_is_its_conversion() {
        let s = "Kestrel agreed to buy battery cells worth 2.1 billion euros ($2.3 billion) over eight years.";
        assert!(is_conversion(s, Some(&money("USD", "2300000000", Some("billion")))));
        assert!(!is_conversion(s, Some(&money("EUR", "2100000000", Some("billion")))));
        let s = "Quarterly operating profit reached 141.7 billion won (US$101.9 million), the filing showed.";
        assert!(is_conversion(s, Some(&money("USD", "101900000", Some("million")))));
        let s = "Orrin will pay Delta $95 million (about Rs 795 crore) under the settlement.";
        assert!(is_conversion(s, Some(&money("INR", "7950000000", Some("crore")))));
        assert!(!is_conversion(s, Some(&money("USD", "95000000", Some("million")))));
        let s = "Profit rose to 8.2 billion kronor (£610m) in the year.";
        assert!(is_conversion(s, Some(&money("GBP", "610000000", Some("million")))));
        // A currency named in several words between the figure and its conversion.
        let s = "Third-quarter sales slipped to 9.81 billion Norwegian kroner ($912 million) on weaker freight rates.";
        assert!(is_conversion(s, Some(&money("USD", "912000000", Some("million")))));
        let s = "The tower sold for 4.2 billion Hong Kong dollars (US$538 million) last week.";
        assert!(is_conversion(s, Some(&money("USD", "538000000", Some("million")))));
        // Counter-examples: a breakdown, a figure without one before it, another number,
        // words that are no currency's name after a figure ("signed 12 contracts with lenders ($40 million)").
        let s = "Marlin signed 12 contracts with regional lenders ($40 million) this year.";
        assert!(!is_conversion(s, Some(&money("USD", "40000000", Some("million")))));
        let s = "Halden raised $500 million ($300 million in equity and $200 million in debt).";
        assert!(!is_conversion(s, Some(&money("USD", "300000000", Some("million")))));
        let s = "The company drew a bridge loan ($50 million) from two banks.";
        assert!(!is_conversion(s, Some(&money("USD", "50000000", Some("million")))));
        let s = "Sales were 2.1 billion euros ($2.3 billion), and it paid $2.2 billion for Zeta.";
        assert!(!is_conversion(s, Some(&money("USD", "2200000000", Some("billion")))));
        assert!(!is_conversion(s, None));
    }

    pub fn usd(amount: &str, exactness: Exactness) -> ClaimValue {
        ClaimValue::Money(Amount {
            currency: Some("USD".into()),
            amount: Some(amount.parse().unwrap()),
            exactness,
            scale_word: Some("billion".into()),
            ..Amount::default()
        })
    }

    fn year(v: &str) -> Timex {
        Timex {
            value: v.into(),
            start: Some(format!("{v}-01-01")),
            end: Some(format!("{v}-12-31")),
            ..Timex::default()
        }
    }

    #[test]
    fn caps_floors_and_rounding_agree_by_interval() {
        use Exactness::*;
        let b = |x: &str, e| usd(x, e);
        assert!(values_agree(&b("50000000000", AtMost), &b("50000000000", Exact)));
        assert!(values_agree(&b("13000000000", MoreThan), &b("13500000000", Exact)));
        assert!(values_agree(&b("13000000000", Exact), &b("13500000000", Exact)));
        assert!(!values_agree(&b("1200000000", Exact), &b("2000000000", Exact)));
        assert!(!values_agree(&b("50000000000", AtMost), &b("38000000000", Exact)));
        assert!(!values_agree(&b("38000000000", Exact), &b("100000000000", Exact)));
        assert!(values_agree(&b("10000000000", Approx), &b("10800000000", Exact)));
    }

    #[test]
    fn approximate_figures_agree_within_their_last_significant_digit() {
        use Exactness::*;
        let b = |x: &str, e| usd(x, e);
        // The examples: "about $3.5 billion", "$3.5 billion", "$3.52 billion" agree.
        assert!(values_agree(&b("3500000000", Approx), &b("3500000000", Exact)));
        assert!(values_agree(&b("3500000000", Approx), &b("3520000000", Exact)));
        assert!(values_agree(&b("3500000000", Exact), &b("3520000000", Exact)));
        assert!(values_agree(&b("3500000000", Approx), &b("3460000000", Exact)));
        // "about £1.2bn" and "approximately £1.18 billion".
        assert!(values_agree(&b("1200000000", Approx), &b("1180000000", Approx)));
        // A raised bid: "$1.2 billion" and "about $1.29 billion" do not (10 % would
        // have let them); "about $1.2 billion" reaches 1.3 but not 1.35.
        assert!(!values_agree(&b("1200000000", Exact), &b("1290000000", Approx)));
        assert!(values_agree(&b("1200000000", Approx), &b("1290000000", Approx)));
        assert!(!values_agree(&b("1200000000", Approx), &b("1350000000", Approx)));
        assert!(!values_agree(&b("3500000000", Approx), &b("3700000000", Exact)));
        assert_eq!(
            amount_interval(&match b("1290000000", Approx) {
                ClaimValue::Money(a) => a,
                _ => unreachable!(),
            }),
            Some(("1280000000".parse().unwrap(), "1300000000".parse().unwrap()))
        );
        // A whole number's zeros: "about 600 jobs" agrees with 612, "about 450" not with 520.
        let n = |x: i64, e| {
            ClaimValue::Count(Amount {
                amount: Some(Decimal::from(x)),
                exactness: e,
                ..Amount::default()
            })
        };
        assert!(values_agree(&n(600, Approx), &n(612, Exact)));
        assert!(!values_agree(&n(450, Approx), &n(520, Exact)));
        assert!(!values_agree(&n(400, Exact), &n(600, Exact)));
    }

    #[test]
    fn indian_scale_words_round_like_others() {
        let crore = |x: &str| {
            ClaimValue::Money(Amount {
                currency: Some("INR".into()),
                amount: Some(x.parse().unwrap()),
                scale_word: Some("crore".into()),
                ..Amount::default()
            })
        };
        // "₹3,512 crore" and "₹3,512.4 crore": half a crore apart at most.
        assert!(values_agree(&crore("35120000000"), &crore("35124000000")));
        assert!(!values_agree(&crore("35120000000"), &crore("35180000000")));
    }

    #[test]
    fn figures_a_thousandfold_apart_are_of_different_orders() {
        use Exactness::*;
        let bare = |x: &str| {
            ClaimValue::Money(Amount {
                currency: Some("USD".into()),
                amount: Some(x.parse().unwrap()),
                ..Amount::default()
            })
        };
        assert!(different_orders(&bare("228.4"), &usd("13840000000", Exact)));
        assert!(different_orders(&usd("2000000000", Approx), &bare("0.53")));
        assert!(!different_orders(&usd("1200000000", Exact), &usd("2000000000", Exact)));
        assert!(!different_orders(
            &usd("38000000000", Exact),
            &usd("100000000000", Exact)
        ));
        // Percentages are never of different orders: 0.6% and 6.1% are one measure.
        let pct = |x: i64| {
            ClaimValue::Percent(Amount {
                amount: Some(Decimal::from(x)),
                ..Amount::default()
            })
        };
        assert!(!different_orders(&pct(1), &pct(5000)));
    }

    #[test]
    fn an_overlap_set_counts_what_pairwise_comparison_finds() {
        use Exactness::*;
        // Figures of every exactness, with and without currency, money and percent,
        // and one without any amount: the set's count must be the pairwise count.
        let exactness = [Exact, Approx, AtMost, LessThan, AtLeast, MoreThan, Range];
        let mut values: Vec<ClaimValue> = Vec::new();
        for i in 0..300i64 {
            let x = Decimal::from(1000 + (i * 37) % 400);
            let e = exactness[(i % 7) as usize];
            let a = Amount {
                currency: [None, Some("USD".to_string()), Some("EUR".to_string())][(i % 3) as usize].clone(),
                amount: (e != Range).then_some(x),
                min: (e == Range).then_some(x),
                max: (e == Range).then(|| x + Decimal::from(i % 50)),
                exactness: e,
                ..Amount::default()
            };
            values.push(if i % 11 == 0 {
                ClaimValue::Percent(a)
            } else {
                ClaimValue::Money(a)
            });
        }
        values.push(ClaimValue::Money(Amount {
            currency: Some("USD".into()),
            ..Amount::default()
        }));
        let figures: Vec<Figure> = values.iter().map(|v| Figure::of(v).unwrap()).collect();
        let tags: Vec<bool> = (0..figures.len()).map(|i| i % 13 == 0).collect();
        let set = Overlaps::new(tags.iter().copied().zip(&figures)).unwrap();
        let mut agreeing = 0;
        for (i, f) in figures.iter().enumerate() {
            let pairwise = (0..values.len())
                .filter(|&j| tags[j] == tags[i] && values_agree(&values[i], &values[j]))
                .count();
            assert_eq!(set.count(tags[i], f), pairwise, "{:?}", values[i]);
            for (j, g) in figures.iter().enumerate() {
                assert_eq!(f.agrees(g), values_agree(&values[i], &values[j]));
            }
            agreeing += pairwise;
        }
        // Not a vacuous comparison: many agree, far from all.
        assert!(
            agreeing > 2 * values.len() && agreeing < values.len() * values.len() / 2,
            "{agreeing}"
        );
        // A malformed range (min above max) cannot be counted: the caller compares pairwise.
        let bad = Figure::of(&ClaimValue::Money(Amount {
            min: Some(Decimal::from(9)),
            max: Some(Decimal::from(2)),
            exactness: Range,
            ..Amount::default()
        }))
        .unwrap();
        assert!(Overlaps::new([(true, &bad)]).is_none());
    }

    #[test]
    fn currencies_and_kinds_must_match() {
        let eur = ClaimValue::Money(Amount {
            currency: Some("EUR".into()),
            amount: Some(Decimal::from(5)),
            ..Amount::default()
        });
        let usd5 = ClaimValue::Money(Amount {
            currency: Some("USD".into()),
            amount: Some(Decimal::from(5)),
            ..Amount::default()
        });
        assert!(!values_agree(&eur, &usd5));
        let pct = ClaimValue::Percent(Amount {
            unit: Some("percent".into()),
            amount: Some(Decimal::from(5)),
            ..Amount::default()
        });
        assert!(!values_agree(&pct, &usd5));
    }

    #[test]
    fn a_year_agrees_with_an_end_bound_in_it() {
        let through = Timex {
            bound: Some("through".into()),
            ..year("2030")
        };
        assert!(values_agree(
            &ClaimValue::Date(year("2030")),
            &ClaimValue::Date(through)
        ));
        assert!(!bounds_agree(
            Some(&ClaimValue::Date(year("2030"))),
            Some(&ClaimValue::Date(year("2032")))
        ));
        let agi = ClaimValue::Text {
            text: "OpenAI achieves AGI".into(),
        };
        assert!(bounds_agree(Some(&agi), Some(&ClaimValue::Date(year("2032")))));
        let bare = Timex {
            value: "2030".into(),
            ..Timex::default()
        };
        assert!(dates_agree(&bare, &year("2030")));
    }
}
