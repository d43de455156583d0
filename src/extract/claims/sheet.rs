//! Fact-sheet rows: a line that is a label, a colon and a figure ("- Offer
//! price: NOK 96 per share", "Coupon: 5.25%", "Liabilities: about $2.1
//! billion") names no event of its own; it takes the article's. Each event
//! type lists the labels of its measures (`sheet` in `data/events/*.toml`);
//! a row whose label ends with one of them, in an article holding a claim of
//! that type, gives a claim like the article's first one of that type, with
//! the row's figure and the label's measure.
//!
//! | row (in an article about) | claim |
//! |---|---|
//! | "- Offer price: NOK 96 per share" (a takeover) | acquisition, price_per_share NOK 96 |
//! | "Coupon: 5.25%" (a bond sale) | debt_issue, coupon 5.25% |
//! | "* Shares offered: 14.5 million" (a placing) | share_sale, shares 14500000 |
//! | "Offer price: NOK 96" (an article with no takeover claim) | none |
//! | "Analysts said: the price of $40 looks high" (a takeover; label "analysts said") | none |
//!
//! A row already holding a claim (one the shapes read, "Price: $21 a share,
//! raising $300 million") is left alone.

use std::ops::Range;

use super::ontology::{Figure, PredicateClass};
use super::{Claim, ClaimValue};
use crate::extract::money::{Amount, Exactness};
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

/// The longest label read: "Total value of the offer".
const MAX_LABEL_WORDS: usize = 6;

/// Claims for the fact-sheet rows of `doc`, from the article's `claims`.
pub(super) fn rows(doc: &Document, mentions: &[Mention], claims: &[Claim]) -> Vec<Claim> {
    // memchr's searcher (a dependency already) over the whole text: faster than `str::contains`.
    if claims.is_empty() || memchr::memmem::find(doc.text.as_bytes(), b": ").is_none() {
        return Vec::new();
    }
    // Read once (a long document has many sentences and claims): which
    // sentences hold a claim, and the article's types with their first
    // claim and their number of claims, in the order they first come.
    let mut claimed = vec![false; doc.sentences.len()];
    let mut types: Vec<(PredicateClass, usize, usize)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(seen) = claimed.get_mut(c.sentence) {
            *seen = true;
        }
        match types.iter_mut().find(|(class, _, _)| *class == c.predicate.class) {
            Some((_, _, n)) => *n += 1,
            None => types.push((c.predicate.class, i, 1)),
        }
    }
    let mut out = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if claimed[index] {
            continue;
        }
        let Some((label_span, rest)) = row_label(&doc.text, sentence.span.clone()) else {
            continue;
        };
        let label = doc.text[label_span.clone()].to_ascii_lowercase();
        // The article's types whose sheet names this label, the one with the most claims first.
        let mut best: Option<(usize, PredicateClass, usize, &str)> = None;
        for &(class, first, n) in &types {
            let Some(measure) = sheet_measure(class, &label) else {
                continue;
            };
            if best.is_none_or(|(m, _, _, _)| n > m) {
                best = Some((n, class, first, measure));
            }
        }
        let Some((_, class, first, measure)) = best else {
            continue;
        };
        let Some(figure) = class.def().figure_of(measure) else {
            continue;
        };
        let Some(value) = figure_in(&doc.text, mentions, rest, figure) else {
            continue;
        };
        out.push(restated(
            &claims[first],
            &doc.text,
            label_span,
            index,
            value,
            measure,
            Rule::ClaimSheetRow,
        ));
    }
    out
}

/// A claim told again by a later line (a fact-sheet row, a reference to the
/// deal told before): the earlier claim's type and roles with this line's
/// span, sentence, words, figure and measure, and none of the earlier
/// claim's attribution or parts.
pub(super) fn restated(
    from: &Claim,
    text: &str,
    span: Range<usize>,
    sentence: usize,
    value: ClaimValue,
    measure: &str,
    rule: Rule,
) -> Claim {
    let mut claim = from.clone();
    claim.predicate.text = text[span.clone()].to_string();
    claim.span = span;
    claim.sentence = sentence;
    claim.value = Some(value);
    claim.measure = Some(measure.to_string());
    claim.attribution = None;
    claim.part = None;
    claim.part_of = None;
    claim.rule = rule;
    claim
}

/// The label of a row and the stretch after its colon: at most
/// `MAX_LABEL_WORDS` words of letters, digits and a few marks, after an
/// optional bullet, then ": " and the rest of the line.
fn row_label(text: &str, span: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let line = text.get(span.clone())?;
    let body = line.trim_start_matches(['-', '*', '\u{2022}', '\u{2013}', ' ']);
    let start = span.start + (line.len() - body.len());
    // Read per sentence: its colon found with memchr (see `shapes::find_bytes`).
    let colon = super::shapes::find_bytes(body.as_bytes(), b": ")?;
    let label = body[..colon].trim_end();
    let words = label.split_whitespace().count();
    if label.is_empty()
        || words > MAX_LABEL_WORDS
        || !label.starts_with(|c: char| c.is_alphanumeric())
        || !label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '\'' | '(' | ')' | '&'))
    {
        return None;
    }
    let rest_start = start + colon + 2;
    Some((start..start + label.len(), rest_start..span.end))
}

/// The measure `class`'s sheet gives `label` (lower case): the longest
/// sheet label the row's label is or ends with, as a word.
fn sheet_measure(class: PredicateClass, label: &str) -> Option<&'static str> {
    class
        .def()
        .sheet
        .iter()
        .filter(|s| {
            label == s.label
                || label
                    .strip_suffix(s.label.as_str())
                    .is_some_and(|head| head.ends_with(' '))
        })
        .max_by_key(|s| s.label.len())
        .map(|s| s.measure.as_str())
}

/// The first figure of kind `figure` in `rest`: a money or percent mention,
/// or for a count a number of its own ("14.5 million", "about 310,000", "38m").
fn figure_in(text: &str, mentions: &[Mention], rest: Range<usize>, figure: Figure) -> Option<ClaimValue> {
    if figure == Figure::Count {
        return bare_count(text.get(rest.clone())?).map(ClaimValue::Count);
    }
    let kind = if figure == Figure::Percent {
        MentionType::Percent
    } else {
        MentionType::Money
    };
    let m = mentions
        .iter()
        .find(|m| m.kind == kind && m.span.start >= rest.start && m.span.end <= rest.end)?;
    // The row's first figure only: "Price: €41.20, a 6.4% discount" is a price.
    if mentions.iter().any(|o| {
        matches!(o.kind, MentionType::Money | MentionType::Percent)
            && o.span.start >= rest.start
            && o.span.start < m.span.start
    }) {
        return None;
    }
    let Value::Amount(a) = &m.value else {
        return None;
    };
    Some(super::refs::figure_value(figure, a))
}

/// A count written right at the start of `rest`: an optional "about", a
/// number and an optional scale ("14.5 million", "38m", "about 310,000").
fn bare_count(rest: &str) -> Option<Amount> {
    let lower = rest.trim_start().to_ascii_lowercase();
    let mut s = lower.as_str();
    let mut exactness = Exactness::Exact;
    for lead in ["about ", "around ", "approximately ", "roughly ", "some ", "nearly "] {
        if let Some(t) = s.strip_prefix(lead) {
            s = t;
            exactness = Exactness::Approx;
            break;
        }
    }
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let digits = s[..end].trim_end_matches(['.', ',']);
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut n: rust_decimal::Decimal = digits.replace(',', "").parse().ok()?;
    let tail = &s[digits.len()..];
    let scale = [
        (" million", 1_000_000u64),
        ("m", 1_000_000),
        (" billion", 1_000_000_000),
        ("bn", 1_000_000_000),
        (" thousand", 1_000),
    ]
    .into_iter()
    .find(|(w, _)| {
        tail.strip_prefix(w)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_alphanumeric()))
    });
    if let Some((_, times)) = scale {
        n *= rust_decimal::Decimal::from(times);
    } else if !tail.is_empty() && !tail.starts_with([' ', ',', ';', '(', '.']) {
        // "2026-27", "3x": no count.
        return None;
    }
    Some(Amount {
        amount: Some(n.normalize()),
        exactness,
        ..Amount::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_label_is_a_few_words_before_a_colon() {
        let label = |line: &str| row_label(line, 0..line.len()).map(|(l, _)| line[l].to_string());
        assert_eq!(label("- Offer price: NOK 96 per share").as_deref(), Some("Offer price"));
        assert_eq!(
            label("* Shares offered: 14.5 million").as_deref(),
            Some("Shares offered")
        );
        assert_eq!(label("Coupon: 5.25%").as_deref(), Some("Coupon"));
        assert_eq!(
            label("The chief executive, speaking in Oslo on Monday to analysts, said: prices rose"),
            None
        );
        assert_eq!(label("Prices rose 4% in May."), None);
    }

    #[test]
    fn sheet_labels_name_a_measure_by_their_last_words() {
        let class = |id: &str| PredicateClass::named(id).unwrap();
        assert_eq!(
            sheet_measure(class("acquisition"), "offer price"),
            Some("price_per_share")
        );
        assert_eq!(
            sheet_measure(class("acquisition"), "break fee"),
            Some("termination_fee")
        );
        assert_eq!(sheet_measure(class("debt_issue"), "coupon"), Some("coupon"));
        assert_eq!(sheet_measure(class("bankruptcy"), "total liabilities"), Some("debt"));
        assert_eq!(sheet_measure(class("acquisition"), "analysts said"), None);
        // A word ending in a label is not the label: "oprice".
        assert_eq!(sheet_measure(class("acquisition"), "oprice"), None);
    }

    #[test]
    fn bare_counts_read_a_number_and_its_scale() {
        let n = |s: &str| bare_count(s).and_then(|a| a.amount).map(|d| d.to_string());
        assert_eq!(n("14.5 million (upsized)").as_deref(), Some("14500000"));
        assert_eq!(n("38m").as_deref(), Some("38000000"));
        assert_eq!(n("About 310,000").as_deref(), Some("310000"));
        assert_eq!(n("2026-27"), None);
        assert_eq!(n("none disclosed"), None);
        assert_eq!(n("3x"), None);
    }
}
