//! Figures keyed by the measures of the ontology's vocabulary: a trigger word
//! that names its figure with the sign turned (`negative`: "a net loss of
//! £212 million" is a net income of -£212 million) and one whose figure is
//! the article's headline figure of another measure when the article names
//! none of that measure itself (`headline`: "operating profit of £121
//! million" where no net profit is given is the profit the article reports).
//! Both are data on the trigger (`data/events/*.toml`); this pass reads them
//! once the claims of a document are read.

use super::ontology::Trigger;
use super::{Claim, ClaimValue};
use crate::extract::money::{Amount, Exactness};

/// The trigger word a claim was read from: the type's trigger with the
/// claim's lemma and one of its forms.
pub(super) fn trigger_of(c: &Claim) -> Option<&'static Trigger> {
    let text = &c.predicate.text;
    // The form as `text.to_lowercase()` writes it, without the copy when the
    // words are ASCII (as trigger words are).
    let lowered = (!text.is_ascii()).then(|| text.to_lowercase());
    let is_form = |f: &String| match &lowered {
        Some(l) => f == l,
        None => f.len() == text.len() && f.bytes().zip(text.bytes()).all(|(a, b)| a == b.to_ascii_lowercase()),
    };
    c.predicate
        .class
        .def()
        .triggers
        .iter()
        .find(|t| t.lemma == c.predicate.lemma && t.forms.iter().any(is_form))
}

/// Whether `text.to_lowercase()` holds one of `words`, without lower-casing
/// the text (a whole article, char by char past its first non-ASCII one).
/// For words in ASCII without capitals the two agree: an ASCII char lowers
/// to its ASCII lower case and any other char to no ASCII byte, but for the
/// two chars [`LOWERS_TO_ASCII`] (then the text is lower-cased as before).
fn lowercase_holds(text: &str, words: &[String]) -> bool {
    let plain = words
        .iter()
        .all(|w| w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()));
    if !plain || LOWERS_TO_ASCII.iter().any(|c| text.contains(*c)) {
        let lower = text.to_lowercase();
        return words.iter().any(|w| lower.contains(w.as_str()));
    }
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .map_or_else(
            |_| words.iter().any(|w| text.to_lowercase().contains(w.as_str())),
            |ac| ac.is_match(text),
        )
}

/// The chars outside ASCII whose lower case holds an ASCII byte: "İ" (to
/// "i" and a combining dot) and the Kelvin sign (to "k").
const LOWERS_TO_ASCII: [char; 2] = ['\u{130}', '\u{212a}'];

/// The amount with its sign turned: bounds swap, "more than" becomes "less than".
pub(super) fn negated(a: &Amount) -> Amount {
    let mut n = a.clone();
    n.amount = a.amount.map(|d| -d);
    n.min = a.max.map(|d| -d);
    n.max = a.min.map(|d| -d);
    n.exactness = match a.exactness {
        Exactness::AtMost => Exactness::AtLeast,
        Exactness::AtLeast => Exactness::AtMost,
        Exactness::MoreThan => Exactness::LessThan,
        Exactness::LessThan => Exactness::MoreThan,
        e => e,
    };
    n
}

/// Turns the sign of the money figures their trigger names negatively and
/// keys headline figures by the measure they stand for in `text` (the
/// article's whole text).
pub(super) fn key_measures(text: &str, claims: &mut [Claim]) {
    // Per headline (by its `unless` list): whether the article holds one of its words.
    let mut holds: Vec<(&'static [String], bool)> = Vec::new();
    for c in claims.iter_mut() {
        let Some(t) = trigger_of(c) else { continue };
        if !t.negative && t.headline.is_none() {
            continue;
        }
        // Only the figure the word itself names: not a growth rate a cue names.
        if c.measure.is_none() || c.measure.as_deref() != t.measure.as_deref() {
            continue;
        }
        if t.negative
            && let Some(ClaimValue::Money(a)) = &c.value
            && a.amount.or(a.min).or(a.max).is_some_and(|d| d.is_sign_positive())
        {
            c.value = Some(ClaimValue::Money(negated(a)));
        }
        if let Some(h) = &t.headline {
            let key: &'static [String] = &h.unless;
            let held = match holds.iter().find(|(k, _)| std::ptr::eq(*k, key)) {
                Some(&(_, held)) => held,
                None => {
                    let held = lowercase_holds(text, key);
                    holds.push((key, held));
                    held
                }
            };
            if !held {
                c.measure = Some(h.measure.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::extract;
    use crate::text::Document;

    fn profits(text: &str) -> Vec<(Option<String>, String)> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 5, 4)));
        let mentions = crate::extract::extract(&doc);
        extract(&doc, &mentions)
            .into_iter()
            .filter(|c| c.predicate.class.as_str() == "profit")
            .filter_map(|c| match &c.value {
                Some(ClaimValue::Money(a)) => Some((c.measure.clone(), a.amount?.normalize().to_string())),
                _ => None,
            })
            .collect()
    }

    fn net(amount: &str) -> (Option<String>, String) {
        (Some("net_income".to_string()), amount.to_string())
    }

    #[test]
    fn the_unless_words_are_found_as_in_the_lower_cased_text() {
        let words: Vec<String> = ["net income", "attributable to", "k-pop"].map(String::from).to_vec();
        for text in [
            "Its NET Income rose.",
            "Profit Attributable To owners",
            "Operating profit fell; net incomes are not given",
            "operating profit fell",
            "Bénéfice net: net\u{a0}income",
            "net inc\u{f6}me, NET INCOME\u{301}",
            "the \u{212a}-pop label",
            "\u{130}ncome, net \u{130}ncome",
            "",
        ] {
            let lower = text.to_lowercase();
            let expected = words.iter().any(|w| lower.contains(w.as_str()));
            assert_eq!(lowercase_holds(text, &words), expected, "{text:?}");
        }
        // Words with capitals or outside ASCII are read from the lower-cased text.
        let odd: Vec<String> = ["Net income", "b\u{e9}n\u{e9}fice"].map(String::from).to_vec();
        assert!(lowercase_holds("B\u{c9}N\u{c9}FICE NET", &odd));
        assert!(!lowercase_holds("Net income", &odd));
    }

    #[test]
    fn only_two_chars_outside_ascii_lower_to_ascii_bytes() {
        let found: Vec<char> = (0x80..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(found, LOWERS_TO_ASCII);
    }

    #[test]
    fn a_loss_is_a_net_income_below_zero() {
        let got = profits("Harwick Mining Ltd posted a net loss of $44.7 million in 2025.");
        assert!(got.contains(&net("-44700000")), "{got:?}");
        let got = profits("Dunmore Airlines plc said its first-half loss widened to £96 million.");
        assert!(got.contains(&net("-96000000")), "{got:?}");
        // Counter-examples: a profit keeps its sign; a loss's growth rate is no figure of it.
        let got = profits("Harwick Mining Ltd posted a net profit of $44.7 million in 2025.");
        assert!(got.contains(&net("44700000")), "{got:?}");
        let got = profits("Dunmore Airlines plc said its loss narrowed 12% in the first half.");
        assert!(got.iter().all(|(_, a)| !a.starts_with('-')), "{got:?}");
    }

    #[test]
    fn operating_profit_is_the_profit_of_an_article_that_gives_no_net_figure() {
        let got = profits("Kestrel Foods plc reported adjusted operating profit of £121 million for the year.");
        assert!(got.contains(&net("121000000")), "{got:?}");
        let got = profits("Ostrevo Chemicals AG said operating income fell 5% to €812 million in 2025.");
        assert!(got.contains(&net("812000000")), "{got:?}");
        // Counter-example: an article that also gives net income keeps the two apart.
        let got = profits(
            "Ostrevo Chemicals AG said operating income fell 5% to €812 million in 2025. Net income was €540 million.",
        );
        assert!(
            got.contains(&(Some("operating_profit".to_string()), "812000000".to_string())),
            "{got:?}"
        );
        assert!(got.contains(&net("540000000")), "{got:?}");
    }
}
