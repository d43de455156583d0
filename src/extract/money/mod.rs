//! Money and percentages: currency, exact decimal amount, scale word,
//! exactness, ranges, rates, increments and durations.
//!
//! | text | type | value |
//! |---|---|---|
//! | "worth up to $50 billion" | MONEY "up to $50 billion" | USD 50000000000, at_most, max 50000000000 |
//! | "a one-quarter gain of $7.5 billion" | MONEY "$7.5 billion" | USD 7500000000 exact |
//! | "an additional $250 billion" | MONEY "$250 billion" | USD 250000000000, qualifier additional |
//! | "an initial investment of $15 billion" | MONEY "$15 billion" | qualifier initial |
//! | "this investment would exceed $13 billion" | MONEY "$13 billion" | more_than, min 13000000000 |
//! | "$100 billion on AWS over the next eight years" | MONEY "$100 billion" | duration P8Y |
//! | "$1.2M to $23.5M", "$10-20 billion" | MONEY (whole range) | range, min / max |
//! | "between $1 million and $2 million" | MONEY (with "between") | range 1000000 – 2000000 |
//! | "$20 per share", "$3 a barrel" | MONEY "$20", "$3" | per share / barrel |
//! | "€1.000,50", "£5m", "¥300 billion", "HK$2bn", "Rs 500 crore" | MONEY | EUR 1000.5, GBP 5000000, JPY …, HKD …, INR 5000000000 |
//! | "two billion dollars", "half a billion euros" | MONEY | USD 2000000000, EUR 500000000 |
//! | "26 cents", "50 pence" | MONEY | USD 0.26, GBP 0.5 |
//! | "closed at 387p", "a 95p-a-share offer" (sterling named in the article) | MONEY | GBP 3.87, GBP 0.95 per share (`pence.rs`) |
//! | "billions of dollars" | MONEY | USD, approx, scale billion, no amount |
//! | "about 27 percent", "27%", "27 per cent" | PERCENT | 27, unit percent |
//! | "2 percentage points" | PERCENT | 2, unit percentage_point |
//! | "15-20 %", "20 to 25 percent" | PERCENT | range 15 – 20, 20 – 25 |
//! | "6 3/8%", "18 Canadian cents", "50 €" | PERCENT / MONEY | 6.375; CAD 0.18; EUR 50 |
//! | "shares rose 6 pence to 388 pence" | MONEY ×2 | GBP 0.06 and GBP 3.88 (a change and a level, not a range) |
//! | "raised its quarterly dividend 4 cents to 52 cents", "lifted its payout by 3p to 31p" | MONEY ×2 | a change and the new level (`qualifier::changed_object_before`) |
//! | "SYDNEY - Westpac, listed on the ASX, earned $6.8 billion" | MONEY | AUD 6800000000: a bare "$" is the dollar of the article's place (`local.rs`) |
//! | "SYDNEY (Wire) - … A$6.81 billion ($4.46 billion)" | MONEY ×2 | AUD, then USD: the wire's conversion |
//!
//! Known limits: "pounds" is money only with a scale word or "sterling"
//! ("weighs 175 pounds"); a bare number is never money, even where the
//! context says it is ("the four billion it has already received"); "¥" is
//! read as JPY unless written "CN¥"; "a dispute over
//! $5 million" keeps "over" out (a short list of nouns), other non-quantity
//! uses of "over" before a figure read as more_than.
//!
//! How it works: one Aho-Corasick automaton finds the literals a figure
//! cannot do without (currency symbols, ISO codes, currency words, "%",
//! "percent"); around each, short hand-written byte parsers read the number
//! (`number.rs`: digits with separators, number words, scale words, ranges)
//! and the words that qualify it (`qualifier.rs`). No regex scans the text.
//!
//! Not figures: years, versions ("GPT-5.5"), "5G", "COVID-19", phone and
//! page numbers: none carries a currency or a percent sign, and a number
//! glued to letters or to a word by a hyphen is refused.
//!
//! Rule ids: `money.symbol` ("$5", "US$5", "€5"), `money.code` ("USD 5", "EUR500m",
//! "5 million EUR"), `money.word` ("5 dollars"), `money.cents` ("26 cents"),
//! `money.vague` ("billions of dollars"), `money.pence` ("387p"), `money.hash_pound` ("# 13 billion",
//! see [`lexicon::Anchor::Hash`]), `money.rupees` ("Rs 500"),
//! `percent.sign` ("27%"), `percent.word` ("27 percent"), `percent.points`
//! ("2 percentage points").

pub(crate) mod lexicon;
pub use lexicon::small_number;
mod local;
mod number;
mod pence;
mod qualifier;

use crate::extract::rule::Rule;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Mention, MentionType, Value};
use crate::text::Document;
use lexicon::{ANCHORS, Anchor};
use number::{Scaled, boundary_after, boundary_before, is_word_byte, range_connector, scaled_at, starts_with_ci};

/// How exact the writer was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Exactness {
    #[default]
    Exact,
    Approx,
    AtMost,
    AtLeast,
    MoreThan,
    LessThan,
    Range,
}

/// A money or percentage figure.
///
/// `min` / `max` bound the figure: both for a range (then `amount` is absent),
/// `max` for at_most / less_than, `min` for at_least / more_than.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Amount {
    /// ISO 4217 code ("USD", "EUR"); absent for percentages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// "percent" or "percentage_point" for PERCENT mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The amount in units, exact ("$7.5 billion" → "7500000000").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub amount: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub min: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub max: Option<Decimal>,
    pub exactness: Exactness,
    /// The scale word as a word: "billion" for "bn", "B" or "billion".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_word: Option<String>,
    /// "share", "barrel", "year" for rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// "additional" ("an additional $35 billion", "a further", "another") or
    /// "initial" ("an initial $1 billion", "an initial investment of $15 billion").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// ISO 8601 duration the sentence spreads the figure over, outside the
    /// span: "$100 billion on AWS over the next eight years" → "P8Y".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}

/// One figure found, before it becomes a mention.
#[derive(Debug, Clone)]
struct Figure {
    kind: MentionType,
    start: usize,
    end: usize,
    amount: Amount,
    rule: Rule,
}

/// The candidate automaton and, per pattern, the anchor literal it stands for.
///
/// Case-sensitive, with words listed as written in lower case, capitalized and
/// upper case: an ASCII-case-insensitive automaton also stops at every "rs"
/// and "eur", which costs more per hit than the search itself.
static AUTOMATON: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut anchor_of: Vec<usize> = Vec::new();
    for (i, (lit, anchor)) in ANCHORS.iter().enumerate() {
        let exact_case = matches!(anchor, Anchor::Code(_) | Anchor::Rupees | Anchor::Letter(_)) || !lit.is_ascii();
        let mut variants = vec![lit.to_string()];
        if !exact_case {
            let mut capitalized = lit.to_string();
            capitalized[..1].make_ascii_uppercase();
            variants.push(capitalized);
            variants.push(lit.to_ascii_uppercase());
        }
        variants.dedup();
        for v in variants {
            if !patterns.contains(&v) {
                patterns.push(v);
                anchor_of.push(i);
            }
        }
    }
    // A DFA whatever the number of patterns: past about a hundred the builder
    // picks a contiguous NFA, and the currency names and codes added on
    // 2026-12-06 (about 180 patterns in all) took the money stage from 173 to
    // about 105 MB/s that way. Same matches, more memory (a few hundred kB).
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("anchor literals build an automaton");
    (automaton, anchor_of)
});

/// Finds the money and percentage figures of one document.
pub fn extract(doc: &Document) -> Vec<Mention> {
    let b = doc.text.as_bytes();
    let mut figures: Vec<Figure> = Vec::new();
    let mut consumed = 0;
    let (automaton, anchor_of) = &*AUTOMATON;
    for m in automaton.find_iter(&doc.text) {
        if m.start() < consumed {
            continue;
        }
        let (literal, anchor) = ANCHORS[anchor_of[m.pattern().as_usize()]];
        let Some(f) = figure_at(b, m.start(), m.end(), literal, anchor) else {
            continue;
        };
        if f.start < consumed {
            continue;
        }
        consumed = f.end;
        figures.push(f);
    }
    context_currencies(&doc.text, &mut figures);
    pence_figures(b, &doc.text, &mut figures);
    attach_durations(doc, &mut figures);
    local_dollars(doc, &mut figures);
    figures
        .into_iter()
        .map(|f| Mention::new(f.kind, f.start..f.end, Value::Amount(f.amount), f.rule))
        .collect()
}

/// Figures written with a shared currency name ("4 billion crowns",
/// "2 billion francs") or a letter ("R450") take the currency the article's
/// words decide ([`lexicon::CONTEXT_CURRENCIES`]); undecided, they are dropped.
fn context_currencies(text: &str, figures: &mut Vec<Figure>) {
    let undecided = |f: &Figure| f.kind == MentionType::Money && f.amount.currency.as_deref() == Some("");
    if !figures.iter().any(undecided) {
        return;
    }
    let rows = lexicon::CONTEXT_CURRENCIES;
    let mut chosen: Vec<Option<&'static str>> = vec![None; rows.len()];
    for f in figures.iter_mut().filter(|f| undecided(f)) {
        let written = &text[f.start..f.end];
        let Some(r) = rows.iter().position(|r| writes_unit(written, r.written)) else {
            continue;
        };
        if rows[r].scaled_or_grouped && f.amount.scale_word.is_none() && !written.contains(',') {
            continue;
        }
        let currency = *chosen[r].get_or_insert_with(|| context_choice(text, &rows[r]));
        f.amount.currency = Some(currency.to_string());
    }
    figures.retain(|f| !undecided(f));
}

/// Whether a figure's text is written with `unit`: its last word starts with
/// it ("crowns" for "crown"), or it stands glued before the digits ("R450").
fn writes_unit(written: &str, unit: &str) -> bool {
    let last = written.rsplit([' ', '-']).next().unwrap_or("");
    (last.len() >= unit.len() && last[..unit.len()].eq_ignore_ascii_case(unit) && !unit.starts_with(char::is_uppercase))
        || written.match_indices(unit).any(|(i, _)| {
            let b = written.as_bytes();
            let at = i + unit.len();
            // "R450", and "Rp 480" with the rupiah's space.
            b.get(at).is_some_and(u8::is_ascii_digit)
                || unit == "Rp" && b.get(at) == Some(&b' ') && b.get(at + 1).is_some_and(u8::is_ascii_digit)
        })
}

/// The currency the article's cue words give for one row: the candidate
/// with strictly the most cues at word bounds, else the row's default.
fn context_choice(text: &str, row: &lexicon::ContextCurrency) -> &'static str {
    let b = text.as_bytes();
    let count = |cues: &[&str]| {
        cues.iter()
            .map(|c| {
                memchr::memmem::find_iter(b, c.as_bytes())
                    .filter(|&i| {
                        let glued_before = i > 0 && b[i - 1].is_ascii_alphanumeric();
                        let glued_after = b.get(i + c.len()).is_some_and(u8::is_ascii_alphanumeric);
                        !(glued_before || glued_after)
                    })
                    .count()
            })
            .sum::<usize>()
    };
    let counts: Vec<usize> = row.candidates.iter().map(|(_, cues)| count(cues)).collect();
    let best = counts.iter().copied().max().unwrap_or(0);
    let mut winners = row.candidates.iter().zip(&counts).filter(|&(_, &n)| n == best);
    match (winners.next(), winners.next()) {
        (Some(((currency, _), _)), None) if best > 0 => currency,
        _ => row.default,
    }
}

/// "412p", "1,204.5p": prices in pence with the letter glued on
/// (`pence.rs`), where no other figure stands.
fn pence_figures(b: &[u8], text: &str, figures: &mut Vec<Figure>) {
    let mut glued = pence::glued(text);
    // "385c a share": cents glued on the same way (`pence::glued_cents`).
    if text.contains("c ") || text.contains("c-") {
        // The article's cue words are counted only when such cents stand.
        let mut cents = pence::glued_cents(text, false);
        if !cents.is_empty() {
            let rand_row = lexicon::CONTEXT_CURRENCIES.iter().find(|r| r.written == "R");
            if rand_row.is_some_and(|r| context_choice(text, r) == "ZAR") {
                cents = pence::glued_cents(text, true);
            }
        }
        glued.extend(cents);
    }
    if glued.is_empty() {
        return;
    }
    for f in glued {
        if figures.iter().any(|g| g.start < f.end && f.start < g.end) {
            continue;
        }
        figures.push(qualify(b, f));
    }
    figures.sort_by_key(|f| f.start);
}

/// A bare "$" (or "dollars", "cents" with no "US") in an article whose
/// context places it in another dollar country is that country's dollar
/// (see `local.rs` for the cues and the cases left as USD).
fn local_dollars(doc: &Document, figures: &mut [Figure]) {
    let text = doc.text.as_str();
    let bare = |f: &Figure| {
        let written = &text[f.start..f.end];
        f.kind == MentionType::Money
            && f.amount.currency.as_deref() == Some("USD")
            && !["US", "U.S", "American"].iter().any(|w| written.contains(w))
    };
    if !figures.iter().any(bare) {
        return;
    }
    let Some(currency) = local::local_dollar(text) else {
        cents_of_written_dollar(figures, bare);
        return;
    };
    for f in figures.iter_mut().filter(|f| bare(f)) {
        f.amount.currency = Some(currency.to_string());
    }
}

/// Bare cents ("will pay an interim 9 cents a share") in an article that
/// writes its figures in one local dollar ("A$1.14 billion", "C$5.4
/// billion"): that dollar's cents. A wire converting a local figure writes
/// the US figure with "$" ("A$2.47 billion ($1.6 billion)"), rarely in
/// cents, and a US article naming one local figure keeps its cents in US
/// dollars: the local dollar must be written at least [`WRITTEN_DOLLAR_MIN`]
/// times and more often than the US dollar (bare "$" or "US$"). A bare "$"
/// keeps the decision of [`local::local_dollar`].
fn cents_of_written_dollar(figures: &mut [Figure], bare: impl Fn(&Figure) -> bool) {
    let money = || figures.iter().filter(|f| f.kind == MentionType::Money);
    let count = |code: &str| money().filter(|f| f.amount.currency.as_deref() == Some(code)).count();
    let us = money()
        .filter(|f| f.rule != Rule::MoneyCents && f.amount.currency.as_deref() == Some("USD"))
        .count();
    let mut written = local::LOCAL_DOLLARS
        .iter()
        .map(|d| d.currency)
        .chain(OTHER_CENTS.iter().copied())
        .map(|code| (code, count(code)))
        .filter(|&(_, n)| n >= WRITTEN_DOLLAR_MIN && n > us);
    let (Some((currency, _)), None) = (written.next(), written.next()) else {
        return;
    };
    for f in figures.iter_mut().filter(|f| f.rule == Rule::MoneyCents && bare(f)) {
        f.amount.currency = Some(currency.to_string());
    }
}

/// Local-dollar figures an article writes before its bare cents are read as that dollar's.
const WRITTEN_DOLLAR_MIN: usize = 2;

/// Currencies other than the local dollars whose hundredths English writes
/// "cents": the rand ("pays out 85 cents" in a Johannesburg
/// paper that writes "R9.8bn") and the euro ("14 cents a share" in a Dublin
/// paper that writes "€210 million"). The same rule as the local dollars:
/// written at least [`WRITTEN_DOLLAR_MIN`] times and more often than the US dollar.
const OTHER_CENTS: &[&str] = &["ZAR", "EUR"];

/// "… $100 billion on AWS over the next eight years": the duration between a
/// figure and the next figure or the end of its sentence.
fn attach_durations(doc: &Document, figures: &mut [Figure]) {
    const REACH: usize = 160;
    let b = doc.text.as_bytes();
    for i in 0..figures.len() {
        if figures[i].kind != MentionType::Money {
            continue;
        }
        let from = figures[i].end;
        let sentence_end = doc.sentence_at(figures[i].start).map_or(b.len(), |s| s.span.end);
        let next = figures.get(i + 1).map_or(b.len(), |f| f.start);
        let to = sentence_end.min(next).min(from + REACH).min(b.len()).max(from);
        figures[i].amount.duration = qualifier::duration_in(b, from, to);
    }
}

fn figure_at(b: &[u8], start: usize, end: usize, literal: &str, anchor: Anchor) -> Option<Figure> {
    let base = match anchor {
        // "$5", and the symbol after the amount as many European writers put it: "50 €".
        Anchor::Symbol(currency) => prefixed(b, start, end, currency, false, Rule::MoneySymbol)
            .or_else(|| suffixed(b, start, end, anchor, currency, Rule::MoneySymbol)),
        Anchor::Hash => prefixed(b, start, end, "GBP", true, Rule::MoneyHashPound),
        Anchor::Rupees => {
            if &b[start..end] != b"Rs" || !boundary_before(b, start) {
                return None;
            }
            let end = if b.get(end) == Some(&b'.') { end + 1 } else { end };
            prefixed(b, start, end, "INR", false, Rule::MoneyRupees)
        }
        Anchor::Letter(currency) => {
            // The rupiah's "Rp" is also written with a space before the digits
            // in the English-language press ("Rp 1.2 trillion", "Rp 480").
            let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
            let spaced = literal == "Rp" && b.get(end) == Some(&b' ') && digit_at(end + 1);
            if &b[start..end] != literal.as_bytes() || !boundary_before(b, start) || !(digit_at(end) || spaced) {
                return None;
            }
            let mut f = prefixed(b, start, end, currency, false, Rule::MoneySymbol)?;
            // "R2-D2", "R45km", "R5&": a name, a road or a measure.
            let next = b.get(f.end).copied();
            if next.is_some_and(|c| is_word_byte(c) || c == b'&')
                || next == Some(b'-') && b.get(f.end + 1).is_some_and(|&c| is_word_byte(c))
            {
                return None;
            }
            if f.amount.scale_word.is_none() {
                // "the R45": a road's or a model's number.
                if start >= 4 && b[start - 4..start].eq_ignore_ascii_case(b"the ") {
                    return None;
                }
                // Without a scale, the article decides (`context_currencies`).
                f.amount.currency = Some(String::new());
            }
            Some(f)
        }
        Anchor::Code(currency) => {
            if &b[start..end] != literal.as_bytes() || !boundary_before(b, start) {
                return None;
            }
            // "USD$ 23 billion" reads as one prefix.
            let after = if b.get(end) == Some(&b'$') { end + 1 } else { end };
            // "EUR500m", "USD1.25bn": bond, loan and market news glue the code
            // to the amount. Read so only with a scale or a written-out
            // decimal or thousands group, never a model or part number ("CAD3000").
            let glued = after == end && b.get(end).is_some_and(u8::is_ascii_digit);
            if !boundary_after(b, end) && after == end && !glued {
                return None;
            }
            let f = prefixed(b, start, after, currency, false, Rule::MoneyCode);
            if glued {
                return f.filter(|f| {
                    f.amount.scale_word.is_some() || b[end..f.end].iter().any(|&c| c == b'.' || c == b',')
                });
            }
            f.or_else(|| suffixed(b, start, end, anchor, currency, Rule::MoneyCode))
        }
        Anchor::Word(currency) => {
            if !boundary_before(b, start) || !boundary_after(b, end) {
                return None;
            }
            // A shared name ("crowns", "pesos") is read only with its adjective.
            let f = if currency.is_empty() {
                suffixed(b, start, end, anchor, currency, Rule::MoneyWord)?
            } else {
                vague(b, start, end, currency).or_else(|| suffixed(b, start, end, anchor, currency, Rule::MoneyWord))?
            };
            // "weighs 150 to 175 pounds": a pound is a weight unless it comes in millions or as sterling.
            let pounds = literal.starts_with("pound");
            let sterling = pounds && starts_with_ci(b, end, " sterling") && boundary_after(b, end + 9);
            if pounds && f.amount.scale_word.is_none() && !sterling {
                return None;
            }
            let mut f = f;
            if sterling {
                f.end = end + " sterling".len();
            }
            Some(f)
        }
        Anchor::Cents(currency) => {
            if !boundary_before(b, start) || !boundary_after(b, end) {
                return None;
            }
            suffixed(b, start, end, anchor, currency, Rule::MoneyCents)
        }
        Anchor::PercentSign => suffixed(b, start, end, anchor, "", Rule::PercentSign),
        Anchor::PercentWord | Anchor::Points => {
            if !boundary_before(b, start) || !boundary_after(b, end) {
                return None;
            }
            let rule = if anchor == Anchor::Points {
                Rule::PercentPoints
            } else {
                Rule::PercentWord
            };
            suffixed(b, start, end, anchor, "", rule)
        }
    }?;
    Some(qualify(b, base))
}

/// The numbers of a figure: one, or two for a range.
struct Numbers {
    start: usize,
    first: Scaled,
    second: Option<Scaled>,
    end: usize,
}

/// Reads "7.5 billion", "10-20 billion", "1.2M to $23.5M" (the symbol
/// `repeat` may stand before the second number) at `pos`.
/// `money`: the figure is an amount of money, so "raised its dividend 4 cents
/// to 52 cents" is a change and a level (see [`qualifier::changed_object_before`]).
fn numbers_at(b: &[u8], pos: usize, lead: usize, dot_groups: bool, repeat: &[&[u8]], money: bool) -> Option<Numbers> {
    let first = scaled_at(b, pos, dot_groups)?;
    let mut out = Numbers {
        start: pos,
        end: first.end,
        first,
        second: None,
    };
    let between = qualifier::between_before(b, pos)
        || repeat
            .iter()
            .any(|r| pos >= r.len() && qualifier::between_before(b, pos - r.len()));
    // Read only where a "to" follows: the connector it decides.
    let to_is_level = starts_with_ci(b, out.end, " to ")
        && (qualifier::change_verb_before(b, lead) || (money && qualifier::changed_object_before(b, lead)));
    if let Some(mut at) = range_connector(b, out.end, between, to_is_level) {
        if let Some(r) = repeat.iter().find(|r| b.get(at..at + r.len()) == Some(r)) {
            at += r.len();
            if b.get(at) == Some(&b' ') {
                at += 1;
            }
        }
        if b.get(at).is_some_and(u8::is_ascii_digit) || out.first.value.is_zero() {
            if let Some(mut second) = scaled_at(b, at, dot_groups) {
                // "$10-20 billion": the scale word of the second number scales the first.
                if out.first.scale.is_none() && second.scale.is_some() {
                    out.first.value = out.first.value.checked_mul(number::power_of_ten(second.exponent))?;
                    out.first.scale = second.scale;
                    out.first.exponent = second.exponent;
                } else if second.scale.is_none() && out.first.scale.is_some() {
                    second.value = second.value.checked_mul(number::power_of_ten(out.first.exponent))?;
                    second.scale = out.first.scale;
                }
                if second.value > out.first.value {
                    out.end = second.end;
                    out.second = Some(second);
                }
            }
        }
    }
    Some(out)
}

/// A figure whose currency stands before the amount: "$7.5 billion", "US$ 40 billion", "€1.000,50".
fn prefixed(
    b: &[u8],
    symbol_start: usize,
    symbol_end: usize,
    currency: &'static str,
    needs_scale: bool,
    rule: Rule,
) -> Option<Figure> {
    let mut start = symbol_start;
    let mut currency = currency;
    let symbol = &b[symbol_start..symbol_end];
    for &(letters, sym, code) in lexicon::SYMBOL_PREFIXES {
        let mut buf = [0u8; 4];
        if symbol != sym.encode_utf8(&mut buf).as_bytes() {
            continue;
        }
        if let Some(s) = symbol_start.checked_sub(letters.len()) {
            if &b[s..symbol_start] == letters.as_bytes() && boundary_before(b, s) {
                start = s;
                currency = code;
                break;
            }
        }
    }
    let mut pos = symbol_end;
    if b.get(pos) == Some(&b' ') {
        pos += 1;
    }
    if !b.get(pos).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let with_letters = &b[start..symbol_end];
    let n = numbers_at(
        b,
        pos,
        start,
        lexicon::groups_with_dots(currency),
        &[with_letters, symbol],
        true,
    )?;
    // "# 13 billion", "# 0.79": with a scale word or as a price in pence, never a rank or a tag.
    let priced = n.second.is_none() && b[pos..n.end].len() >= 3 && b[n.end - 3] == b'.';
    if needs_scale && n.first.scale.is_none() && !priced {
        return None;
    }
    let end = trailing_currency(b, n.end, currency);
    Some(figure(MentionType::Money, start, end, Some(currency), None, &n, rule))
}

/// "$ 5.9 billion dollars", "$ 9.99 US dollars", "$249 USD": the currency said again after the amount.
fn trailing_currency(b: &[u8], end: usize, currency: &str) -> usize {
    if b.get(end) != Some(&b' ') {
        return end;
    }
    let mut at = end + 1;
    if b.get(at..at + 3) == Some(currency.as_bytes()) && boundary_after(b, at + 3) {
        return at + 3;
    }
    for lead in ["US ", "U.S. "] {
        if b.get(at..at + lead.len()) == Some(lead.as_bytes()) {
            at += lead.len();
            break;
        }
    }
    let word = number::word_at(b, at);
    let dollars = word.eq_ignore_ascii_case(b"dollars") || word.eq_ignore_ascii_case(b"dollar");
    if dollars && currency.ends_with('D') {
        return at + word.len();
    }
    end
}

/// Builds the figure of `n` with its exactness from the range.
fn figure(
    kind: MentionType,
    start: usize,
    end: usize,
    currency: Option<&str>,
    unit: Option<&str>,
    n: &Numbers,
    rule: Rule,
) -> Figure {
    let mut amount = Amount {
        currency: currency.map(str::to_string),
        unit: unit.map(str::to_string),
        scale_word: n
            .first
            .scale
            .or(n.second.as_ref().and_then(|s| s.scale))
            .map(str::to_string),
        ..Default::default()
    };
    match &n.second {
        Some(second) => {
            amount.exactness = Exactness::Range;
            amount.min = Some(n.first.value);
            amount.max = Some(second.value);
        }
        None => amount.amount = Some(n.first.value),
    }
    Figure {
        kind,
        start,
        end,
        amount,
        rule,
    }
}

/// Where the numbers before an anchor may start, earliest first: walks back
/// over digits, number words, scale words, "and", "to" and dashes.
fn number_starts(b: &[u8], end: usize) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut at = end;
    for _ in 0..12 {
        if at == 0 {
            break;
        }
        let c = b[at - 1];
        if c.is_ascii_digit() {
            let mut s = at;
            while s > 0 && (b[s - 1].is_ascii_digit() || matches!(b[s - 1], b',' | b'.' | b'/')) {
                s -= 1;
            }
            while !b[s].is_ascii_digit() {
                s += 1;
            }
            starts.push(s);
            at = s;
        } else if c.is_ascii_alphabetic() {
            let mut s = at;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let w = &b[s..at];
            let is = |x: &str| w.eq_ignore_ascii_case(x.as_bytes());
            if lexicon::small_number(w).is_some() || is("a") || is("an") || is("half") {
                starts.push(s);
            } else if !(is("and")
                || is("to")
                || is("hundred")
                || lexicon::SCALE_WORDS
                    .iter()
                    .any(|sw| sw.text.as_bytes() == w || (sw.any_case && is(sw.text))))
            {
                break;
            }
            at = s;
        } else if c == b'-' {
            at -= 1;
            continue;
        } else if at >= 3 && &b[at - 3..at] == "–".as_bytes() {
            at -= 3;
            continue;
        } else {
            break;
        }
        if at > 0 && b[at - 1] == b' ' {
            at -= 1;
        }
    }
    starts.reverse();
    starts
}

/// Whether a number may start at `pos`: not glued to a word ("GPT-5.5", "COVID-19", "A320").
fn number_start_ok(b: &[u8], pos: usize) -> bool {
    if pos == 0 {
        return true;
    }
    let c = b[pos - 1];
    if is_word_byte(c) {
        return false;
    }
    !(matches!(c, b'-' | b'.' | b'/' | b',') && pos >= 2 && is_word_byte(b[pos - 2]))
}

/// A figure whose unit stands after the number: "27 percent", "45 %",
/// "9.9 billion yuan", "26 cents", "5 million USD", "2 percentage points".
fn suffixed(
    b: &[u8],
    anchor_start: usize,
    anchor_end: usize,
    anchor: Anchor,
    currency: &'static str,
    rule: Rule,
) -> Option<Figure> {
    let mut currency = currency;
    let mut unit_start = anchor_start;
    if let Anchor::Word(_) | Anchor::Cents(_) = anchor {
        let word = &b[anchor_start..anchor_end];
        for &(adjective, base, code) in lexicon::CURRENCY_ADJECTIVES {
            let with_space = unit_start.checked_sub(1).filter(|&e| b[e] == b' ');
            if let Some(s) = with_space.and_then(|e| e.checked_sub(adjective.len())) {
                if word.len() >= base.len()
                    && word[..base.len()].eq_ignore_ascii_case(base.as_bytes())
                    && &b[s..s + adjective.len()] == adjective.as_bytes()
                    && boundary_before(b, s)
                {
                    unit_start = s;
                    currency = code;
                    break;
                }
            }
        }
    }
    if currency.is_empty() && matches!(anchor, Anchor::Word(_)) {
        // A shared currency name with no country adjective before it: the
        // article decides (`context_currencies`) where a row lists it.
        let word = std::str::from_utf8(&b[anchor_start..anchor_end]).unwrap_or("");
        if !lexicon::CONTEXT_CURRENCIES.iter().any(|r| writes_unit(word, r.written)) {
            return None;
        }
    }
    let number_end = match b[..unit_start].last() {
        Some(b' ') => unit_start - 1,
        Some(b'-') if !matches!(anchor, Anchor::PercentSign | Anchor::Symbol(_)) => unit_start - 1,
        Some(c) if c.is_ascii_digit() && matches!(anchor, Anchor::PercentSign | Anchor::Symbol(_)) => unit_start,
        _ => return None,
    };
    let dot_groups = lexicon::groups_with_dots(currency);
    let money = !matches!(anchor, Anchor::PercentSign | Anchor::PercentWord | Anchor::Points);
    let n = number_starts(b, number_end)
        .into_iter()
        .filter(|&s| number_start_ok(b, s))
        .find_map(|s| numbers_at(b, s, s, dot_groups, &[], money).filter(|n| n.end == number_end))?;
    let mut n = n;
    let mut end = anchor_end;
    let unit_text = &b[anchor_start..anchor_end];
    // "5% to 10%", "5%-10%": the unit said twice around a range.
    if n.second.is_none() {
        let between = qualifier::between_before(b, n.start);
        let to_is_level =
            qualifier::change_verb_before(b, n.start) || (money && qualifier::changed_object_before(b, n.start));
        if let Some(at) = range_connector(b, anchor_end, between, to_is_level) {
            if let Some(second) = scaled_at(b, at, dot_groups) {
                let mut unit_at = second.end;
                if b.get(unit_at) == Some(&b' ') && anchor != Anchor::PercentSign {
                    unit_at += 1;
                }
                if b.get(unit_at..unit_at + unit_text.len()) == Some(unit_text)
                    && boundary_after(b, unit_at + unit_text.len())
                    && second.value > n.first.value
                {
                    end = unit_at + unit_text.len();
                    n.second = Some(second);
                }
            }
        }
    }
    let (kind, currency, unit) = match anchor {
        Anchor::PercentSign | Anchor::PercentWord => (MentionType::Percent, None, Some("percent")),
        Anchor::Points => (MentionType::Percent, None, Some("percentage_point")),
        _ => (MentionType::Money, Some(currency), None),
    };
    let mut f = figure(kind, n.start, end, currency, unit, &n, rule);
    if let Anchor::Cents(_) = anchor {
        let hundredth = |v: Option<Decimal>| {
            v.and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
                .map(|v| v.normalize())
        };
        f.amount.amount = hundredth(f.amount.amount);
        f.amount.min = hundredth(f.amount.min);
        f.amount.max = hundredth(f.amount.max);
    }
    Some(f)
}

/// "billions of dollars", "tens of millions of euros": a figure without an amount.
fn vague(b: &[u8], word_start: usize, word_end: usize, currency: &'static str) -> Option<Figure> {
    let of_end = word_start.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let of_start = number::word_before_ci(b, of_end, "of")?;
    let scale_end = of_start.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let (start, name) = lexicon::VAGUE_SCALES
        .iter()
        .find_map(|&(plural, name)| number::word_before_ci(b, scale_end, plural).map(|s| (s, name)))?;
    let mut start = start;
    for lead in ["tens of ", "hundreds of "] {
        if let Some(s) = start.checked_sub(lead.len()) {
            if starts_with_ci(b, s, lead) && boundary_before(b, s) {
                start = s;
            }
        }
    }
    Some(Figure {
        kind: MentionType::Money,
        start,
        end: word_end,
        amount: Amount {
            currency: Some(currency.to_string()),
            exactness: Exactness::Approx,
            scale_word: Some(name.to_string()),
            ..Default::default()
        },
        rule: Rule::MoneyVague,
    })
}

/// Adds what the words around a figure say: exactness ("up to", joins the
/// span), bounding verbs, increments, rates.
fn qualify(b: &[u8], mut f: Figure) -> Figure {
    if let Some((s, exactness)) = qualifier::exactness_before(b, f.start) {
        let range = f.amount.exactness == Exactness::Range;
        if range == (exactness == Exactness::Range) {
            f.start = s;
            f.amount.exactness = exactness;
        } else if range {
            // "about $10-20 billion": the range says more than the hedge.
            f.start = s;
        }
    }
    if f.amount.exactness == Exactness::Exact {
        if let Some(e) = qualifier::verb_before(b, f.start) {
            f.amount.exactness = e;
        }
    }
    if f.amount.amount.is_some() {
        match f.amount.exactness {
            Exactness::AtMost | Exactness::LessThan => f.amount.max = f.amount.amount,
            Exactness::AtLeast | Exactness::MoreThan => f.amount.min = f.amount.amount,
            _ => {}
        }
    }
    f.amount.qualifier = qualifier::increment_before(b, f.start).map(str::to_string);
    f.amount.per = qualifier::rate_after(b, f.end);
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// (text, mention text, type, value subset)
    fn cases() -> Vec<(&'static str, &'static str, MentionType, serde_json::Value)> {
        use MentionType::{Money, Percent};
        vec![
            (
                "SYDNEY - Westpac, listed on the ASX, earned $6.8 billion and pays 77 cents a share.",
                "$6.8 billion",
                Money,
                json!({"currency": "AUD", "amount": "6800000000"}),
            ),
            (
                "SYDNEY - Westpac, listed on the ASX, earned $6.8 billion and pays 77 cents a share.",
                "77 cents",
                Money,
                json!({"currency": "AUD", "amount": "0.77"}),
            ),
            (
                "SYDNEY (Wire) - Westpac earned A$6.81 billion ($4.46 billion); the ASX 200 was flat.",
                "$4.46 billion",
                Money,
                json!({"currency": "USD"}),
            ),
            (
                "SYDNEY (Wire) - Westpac earned A$6.81 billion ($4.46 billion); the ASX 200 was flat.",
                "A$6.81 billion",
                Money,
                json!({"currency": "AUD"}),
            ),
            (
                "Amazon worth up to $50 billion.",
                "up to $50 billion",
                Money,
                json!({"currency": "USD", "amount": "50000000000", "exactness": "at_most", "max": "50000000000", "scale_word": "billion"}),
            ),
            (
                "a one-quarter gain of $7.5 billion from",
                "$7.5 billion",
                Money,
                json!({"amount": "7500000000", "exactness": "exact"}),
            ),
            (
                "owning about 27 percent of",
                "about 27 percent",
                Percent,
                json!({"amount": "27", "unit": "percent", "exactness": "approx"}),
            ),
            (
                "will spend $100 billion on AWS over the next eight years, using",
                "$100 billion",
                Money,
                json!({"amount": "100000000000", "duration": "P8Y"}),
            ),
            (
                "raised $1.2M to $23.5M in",
                "$1.2M to $23.5M",
                Money,
                json!({"min": "1200000", "max": "23500000", "exactness": "range", "scale_word": "million"}),
            ),
            (
                "a US$ 40 billion ( GB # 20.1 billion ) contract",
                "US$ 40 billion",
                Money,
                json!({"currency": "USD", "amount": "40000000000"}),
            ),
            (
                "a US$ 40 billion ( GB # 20.1 billion ) contract",
                "# 20.1 billion",
                Money,
                json!({"currency": "GBP", "amount": "20100000000"}),
            ),
            (
                "grew 15-20 % a year",
                "15-20 %",
                Percent,
                json!({"min": "15", "max": "20", "per": "year"}),
            ),
            (
                "costs €1.000,50 now",
                "€1.000,50",
                Money,
                json!({"currency": "EUR", "amount": "1000.5"}),
            ),
            (
                "lost 26 cents per share",
                "26 cents",
                Money,
                json!({"amount": "0.26", "per": "share"}),
            ),
            (
                "has taken on billions of dollars in debt",
                "billions of dollars",
                Money,
                json!({"currency": "USD", "exactness": "approx", "scale_word": "billion"}),
            ),
            (
                "plans a rights issue of about 3.2 billion Norwegian crowns to fund",
                "about 3.2 billion Norwegian crowns",
                Money,
                json!({"currency": "NOK", "amount": "3200000000", "exactness": "approx"}),
            ),
            (
                "sold bonds worth 450 billion Chilean pesos in June",
                "450 billion Chilean pesos",
                Money,
                json!({"currency": "CLP", "amount": "450000000000"}),
            ),
            (
                "a fine of 12 million Danish kroner",
                "12 million Danish kroner",
                Money,
                json!({"currency": "DKK", "amount": "12000000"}),
            ),
            ("it paid 40 million pesos for the site", "", Money, json!(null)),
            ("the 3 crowns of the kings", "", Money, json!(null)),
            ("GPT-5.5 and 5G and COVID-19 in 2019", "", Money, json!(null)),
            // Indian compound scales (2026-12-06): lakh crore is 10^12, thousand crore 10^10.
            (
                "mobilised Rs 1.2 lakh crore from the auction",
                "Rs 1.2 lakh crore",
                Money,
                json!({"currency": "INR", "amount": "1200000000000", "scale_word": "lakh crore"}),
            ),
            (
                "a ₹10 thousand crore order",
                "₹10 thousand crore",
                Money,
                json!({"currency": "INR", "amount": "100000000000"}),
            ),
            // Counter-examples: a lakh or a crore alone stays itself.
            (
                "paid 5 lakh rupees to each family",
                "5 lakh rupees",
                Money,
                json!({"currency": "INR", "amount": "500000"}),
            ),
            (
                "raised Rs 35,302 crore in the sale",
                "Rs 35,302 crore",
                Money,
                json!({"currency": "INR", "amount": "353020000000"}),
            ),
            // Currency names and codes outside the US and UK.
            (
                "raised 12 billion kronor from investors",
                "12 billion kronor",
                Money,
                json!({"currency": "SEK", "amount": "12000000000"}),
            ),
            (
                "a deal worth 45 billion rand",
                "45 billion rand",
                Money,
                json!({"currency": "ZAR", "amount": "45000000000"}),
            ),
            (
                "bonds worth 3 billion reais",
                "3 billion reais",
                Money,
                json!({"currency": "BRL", "amount": "3000000000"}),
            ),
            (
                "an order for PLN 2 billion",
                "PLN 2 billion",
                Money,
                json!({"currency": "PLN", "amount": "2000000000"}),
            ),
            (
                "IDR 5 trillion of bonds",
                "IDR 5 trillion",
                Money,
                json!({"currency": "IDR", "amount": "5000000000000"}),
            ),
            (
                "Ericsson's sales rose to 61.3 billion Swedish kronor",
                "61.3 billion Swedish kronor",
                Money,
                json!({"currency": "SEK", "amount": "61300000000"}),
            ),
            (
                "Reykjavik's Arion paid 900 million Icelandic krona",
                "900 million Icelandic krona",
                Money,
                json!({"currency": "ISK", "amount": "900000000"}),
            ),
            // Bare cents in an article that writes its figures in one local
            // dollar, more often than the US dollar: that dollar's cents.
            (
                "Tallow Resources lifted net profit to A$1.2 billion on revenue of A$3.4 billion, paid US$40 million \
                 for a drill rig and declared a final dividend of 45 cents a share.",
                "45 cents",
                Money,
                json!({"currency": "AUD", "amount": "0.45"}),
            ),
            (
                "Prairie Pipelines earned C$900 million on sales of C$4.1 billion and will pay 31 cents a share.",
                "31 cents",
                Money,
                json!({"currency": "CAD", "amount": "0.31"}),
            ),
            // The rand's and the euro's cents the same way.
            (
                "Vaalkop Steel earned R2.1bn on revenue of R14.6bn; its payout rises to 65 cents a share.",
                "65 cents",
                Money,
                json!({"currency": "ZAR", "amount": "0.65"}),
            ),
            (
                "Glanmire Dairies made a profit of €210 million on sales of €2.3 billion; the dividend rises to 14 cents.",
                "14 cents",
                Money,
                json!({"currency": "EUR", "amount": "0.14"}),
            ),
            // Counter-examples: a US article naming one local figure; a wire's
            // conversion beside the one local figure; a US company with more
            // dollar figures than euro ones.
            (
                "Ford earned $2 billion on revenue of $44 billion, its German arm made €300 million on €4 billion \
                 of sales, and the dividend is 15 cents.",
                "15 cents",
                Money,
                json!({"currency": "USD"}),
            ),
            (
                "Apple earned $24 billion, or $1.52 a share, its Australian unit made A$300 million \
                 and the dividend is 24 cents.",
                "24 cents",
                Money,
                json!({"currency": "USD"}),
            ),
            (
                "Qantas earned A$2.47 billion ($1.6 billion) and will pay 18 cents a share.",
                "18 cents",
                Money,
                json!({"currency": "USD"}),
            ),
            // The code glued to the amount, as bond and loan news write it.
            (
                "Vestmar Kraft priced EUR500m of seven-year green notes",
                "EUR500m",
                Money,
                json!({"currency": "EUR", "amount": "500000000"}),
            ),
            (
                "the lenders signed a USD1.25bn term loan for the Chilean miner",
                "USD1.25bn",
                Money,
                json!({"currency": "USD", "amount": "1250000000"}),
            ),
            (
                "Halden Eiendom sold SEK2 billion of bonds due 2031",
                "SEK2 billion",
                Money,
                json!({"currency": "SEK", "amount": "2000000000"}),
            ),
            (
                "the Kenyan lender booked KES12,450,000 in fees",
                "KES12,450,000",
                Money,
                json!({"currency": "KES", "amount": "12450000"}),
            ),
            // Counter-examples: a code glued to a bare whole number is a model
            // or part number; letters glued on after the code are a word.
            ("the CAD3000 scanner ships in May", "", Money, json!(null)),
            ("the EURO2028 bid and USDX42 index", "", Money, json!(null)),
            // Counter-examples: words that name several currencies, or English words.
            ("sold for 3 billion pesos", "", Money, json!(null)),
            // A shared currency name or a letter: the article's words decide
            // (`lexicon::CONTEXT_CURRENCIES`); undecided, not read.
            (
                "OSLO, March 3 - The Norwegian oil firm will pay 4 billion crowns in tax.",
                "4 billion crowns",
                Money,
                json!({"currency": "NOK", "amount": "4000000000"}),
            ),
            (
                "The Stockholm-listed truckmaker booked 12 billion crowns of orders.",
                "12 billion crowns",
                Money,
                json!({"currency": "SEK"}),
            ),
            (
                "Prague utility CEZ will spend 9 billion crowns on grids.",
                "9 billion crowns",
                Money,
                json!({"currency": "CZK"}),
            ),
            (
                "A Danish court fined the shipper 40 million kroner.",
                "40 million kroner",
                Money,
                json!({"currency": "DKK"}),
            ),
            (
                "The state bank lent 2 billion korunas to the steelworks.",
                "2 billion korunas",
                Money,
                json!({"currency": "CZK"}),
            ),
            (
                "PARIS - The carmaker lost 2 billion francs in 1996, the group said.",
                "2 billion francs",
                Money,
                json!({"currency": "FRF"}),
            ),
            (
                "The Zurich insurer earned 500 million francs.",
                "500 million francs",
                Money,
                json!({"currency": "CHF"}),
            ),
            (
                "A Brussels brewer paid 300 million francs for the brand.",
                "300 million francs",
                Money,
                json!({"currency": "BEF"}),
            ),
            (
                "The miner earned 3 billion francs last year.",
                "3 billion francs",
                Money,
                json!({"currency": "CHF"}),
            ),
            (
                "JOHANNESBURG - Sasol shares fell to R450 on the JSE.",
                "R450",
                Money,
                json!({"currency": "ZAR", "amount": "450"}),
            ),
            (
                "The refiner earned R18.62bn in the year.",
                "R18.62bn",
                Money,
                json!({"currency": "ZAR", "amount": "18620000000"}),
            ),
            (
                "The utility owes R18,6 billion to lenders.",
                "R18,6 billion",
                Money,
                json!({"currency": "ZAR", "amount": "18600000000"}),
            ),
            (
                "Orlen paid zł3.10 a share.",
                "zł3.10",
                Money,
                json!({"currency": "PLN", "amount": "3.1", "per": "share"}),
            ),
            (
                "The bank will pay 2.50 zł per share.",
                "2.50 zł",
                Money,
                json!({"currency": "PLN"}),
            ),
            ("The toy of R2-D2 cost more in R&D.", "", Money, json!(null)),
            (
                "Drive the R45 to Paarl from Cape Town in South Africa.",
                "",
                Money,
                json!(null),
            ),
            (
                "The toll operator sold Rp4.5 trillion of bonds.",
                "Rp4.5 trillion",
                Money,
                json!({"currency": "IDR", "amount": "4500000000000"}),
            ),
            (
                "The developer booked Dh1.2 billion of sales.",
                "Dh1.2 billion",
                Money,
                json!({"currency": "AED", "amount": "1200000000"}),
            ),
            ("Room Dh5 and the Rp500 tag, see DH3 and Rp-2.", "", Money, json!(null)),
            (
                "The Medan toll operator priced a Rp 2 tn bond.",
                "Rp 2 tn",
                Money,
                json!({"currency": "IDR", "amount": "2000000000000"}),
            ),
            (
                "JAKARTA - Sinar Laut Tbk set its IPO price at Rp 350 a share.",
                "Rp 350",
                Money,
                json!({"currency": "IDR", "amount": "350"}),
            ),
            ("Gate Rp 12 of the arena in Ohio opened late.", "", Money, json!(null)),
            ("The R5 model sold well in Ohio.", "", Money, json!(null)),
            ("The king gave him 5 crowns.", "", Money, json!(null)),
            (
                "Rwanda's central bank printed 5 billion francs.",
                "",
                Money,
                json!(null),
            ),
            (
                "Oslo and Stockholm banks lent 7 billion crowns.",
                "",
                Money,
                json!(null),
            ),
            ("he won 3 real prizes and TRY 2 times", "", Money, json!(null)),
            (
                "SEOUL - The chipmaker will spend 4.5 trillion won on a new fab.",
                "4.5 trillion won",
                Money,
                json!({"currency": "KRW", "amount": "4500000000000"}),
            ),
            (
                "The Busan shipyard sold its shares at 31,500 won apiece.",
                "31,500 won",
                Money,
                json!({"currency": "KRW", "amount": "31500"}),
            ),
            (
                "SEOUL - The Korea Exchange team has 14 won and 3 lost; in 2019 won a cup.",
                "",
                Money,
                json!(null),
            ),
            (
                "Pyongyang and Seoul: North Korea printed 9 billion won.",
                "",
                Money,
                json!(null),
            ),
        ]
    }

    fn found(text: &str) -> Vec<(String, MentionType, serde_json::Value)> {
        let doc = Document::new(text, None);
        extract(&doc)
            .into_iter()
            .map(|m| {
                let Value::Amount(a) = &m.value else {
                    panic!("not an amount")
                };
                (doc.text[m.span].to_string(), m.kind, serde_json::to_value(a).unwrap())
            })
            .collect()
    }

    #[test]
    fn module_table_examples() {
        for (text, want_text, kind, want) in cases() {
            let got = found(text);
            if want_text.is_empty() {
                assert!(got.is_empty(), "{text}: {got:?}");
                continue;
            }
            let hit = got.iter().find(|(t, k, _)| t == want_text && *k == kind);
            let Some((_, _, value)) = hit else {
                panic!("{text}: no {kind} {want_text:?} in {got:?}")
            };
            assert!(
                crate::check::fixtures::value_matches(&want, value),
                "{text}: {value} lacks {want}"
            );
        }
    }
}
