//! Story-level frames: a claim's missing role taken from the other claims of
//! the same report (the story), before claims are grouped into facts.
//!
//! A *frame* is a claim that names both its roles (`oakridge acquisition
//! brightwater`). Over the frames of one key type:
//!
//! | claim | frames of its type | becomes |
//! |---|---|---|
//! | `oakridge acquisition.termination_fee ?` | `oakridge → brightwater` only | `oakridge … brightwater` |
//! | `oakridge acquisition.termination_fee ?` | `oakridge → brightwater`, `oakridge → larkspur` | unchanged: two fillers compete |
//! | `quantapulse verdict ?` (its subject is only ever an object) | `samsung → quantapulse` only | `samsung … quantapulse` |
//! | `? acquisition brightwater` (no subject) | `oakridge → brightwater` only | `oakridge … brightwater` |
//! | `lightspeed valuation ?` ("…led by Lightspeed, which values it at $3.2 billion") | `corvane → lightspeed` (funding round) only | `corvane valuation lightspeed` |
//! | `brightwater valuation` in "the sweetened **bid** values Brightwater at $1.29 billion" | `oakridge → brightwater` (acquisition) | `oakridge acquisition brightwater` (its price) |
//! | `brightwater valuation` in "Brightwater was valued at $900 million in 2024" | same | unchanged: no deal word |
//!
//! Only claims with a figure are completed: one that names the thing
//! without a figure ("Microsoft was considering legal action") keeps the
//! roles its sentence gives. For symmetric types (a merger's two parties) the other party of every
//! frame that names the claim's subject counts as a filler. Frames are read
//! from the claims as extracted, so a filled claim never fills another.

use std::collections::BTreeSet;

use super::Item;
use crate::extract::claims::PredicateClass;

/// The words that make a company's valuation the price of a deal it is the
/// target of ("the deal values X at", "the sweetened bid values X at", "the
/// transaction values X at"), not a valuation by investors or the market:
/// the last words of the type's `deal_words` (data/events, one list for
/// extraction and reconcile: "the deal" → "deal").
fn deal_words(class: PredicateClass) -> impl Iterator<Item = &'static str> {
    class
        .flags()
        .deal_words
        .iter()
        .map(|p| p.rsplit(' ').next().unwrap_or(p.as_str()))
}

/// A frame: key type, subject, object.
type Frame = (PredicateClass, String, String);

fn frames(items: &[Item]) -> Vec<Frame> {
    let mut out: BTreeSet<(u16, String, String)> = BTreeSet::new();
    let mut classes: Vec<PredicateClass> = Vec::new();
    for it in items {
        if let Some(o) = &it.object
            && !it.subject.is_empty()
        {
            let n = classes.iter().position(|&c| c == it.class).unwrap_or_else(|| {
                classes.push(it.class);
                classes.len() - 1
            });
            out.insert((n as u16, it.subject.clone(), o.clone()));
        }
    }
    out.into_iter().map(|(n, s, o)| (classes[n as usize], s, o)).collect()
}

/// The one value among `xs`, if they are all the same and there is at least one.
fn only<'a>(xs: impl Iterator<Item = &'a String>) -> Option<String> {
    let set: BTreeSet<&String> = xs.collect();
    if set.len() == 1 {
        set.into_iter().next().cloned()
    } else {
        None
    }
}

/// Whether `quote` has one of the deal words of `class` (or its plural: "bids").
fn has_deal_word(class: PredicateClass, quote: &str) -> bool {
    let lower = quote.to_lowercase();
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|w| deal_words(class).any(|d| w == d || (w.starts_with(d) && w.len() <= d.len() + 1)))
}

/// Completes the roles of the story's claims (see the module docs).
pub(super) fn complete(items: &mut [Item]) {
    let frames = frames(items);
    let acquisition = PredicateClass::named("acquisition").map(PredicateClass::key_class);
    let merger = PredicateClass::named("merger").map(PredicateClass::key_class);
    let valuation = PredicateClass::named("valuation").map(PredicateClass::key_class);
    let funding = PredicateClass::named("funding_round").map(PredicateClass::key_class);
    for it in items.iter_mut() {
        // "Lightspeed valued Corvane at …" read as Lightspeed's valuation: a valuation
        // whose subject is the one investor of the story's rounds of one company is that
        // company's — unless that subject raises a round of its own (from another party).
        if Some(it.class) == valuation
            && it.object.is_none()
            && !it.subject.is_empty()
            && let Some(funding) = funding
            && let Some(company) = only(
                frames
                    .iter()
                    .filter(|f| f.0 == funding && f.2 == it.subject)
                    .map(|f| &f.1),
            )
            && !frames
                .iter()
                .any(|f| f.0 == funding && f.1 == it.subject && f.2 != company)
        {
            it.object = Some(std::mem::replace(&mut it.subject, company));
            continue;
        }
        // A deal's valuation of its target is the deal's price.
        if Some(it.class) == valuation && has_deal_word(it.class, &it.claim.quote) {
            let named: Vec<&String> = std::iter::once(&it.subject)
                .chain(it.object.as_ref())
                .filter(|s| !s.is_empty())
                .collect();
            let deal = [acquisition, merger].into_iter().flatten().find_map(|class| {
                let of = |f: &&Frame| {
                    f.0 == class
                        && named.iter().all(|n| **n == f.1 || **n == f.2)
                        && (named.contains(&&f.2) || (class.is_symmetric() && named.contains(&&f.1)))
                };
                let mut hits = frames.iter().filter(of);
                let first = hits.next()?;
                hits.all(|f| (f.1 == first.1 && f.2 == first.2) || (f.1 == first.2 && f.2 == first.1))
                    .then(|| (class, first.1.clone(), first.2.clone()))
            });
            if let Some((class, s, o)) = deal {
                it.class = class;
                it.measure = None;
                it.subject = s;
                it.object = Some(o);
                continue;
            }
        }
        // Only a figure takes roles from the story: a claim that names the
        // thing without one ("was considering legal action") keeps what it says.
        if it.claim.claim.value.is_none() {
            continue;
        }
        let class = it.class;
        let of_class = || frames.iter().filter(move |f| f.0 == class);
        if it.subject.is_empty() {
            // "? acquisition brightwater": the one acquirer of Brightwater in the story.
            let o = it.object.clone().unwrap_or_default();
            let mut subjects: Vec<&String> = of_class().filter(|f| f.2 == o).map(|f| &f.1).collect();
            if class.is_symmetric() {
                subjects.extend(of_class().filter(|f| f.1 == o).map(|f| &f.2));
            }
            if let Some(s) = only(subjects.into_iter()) {
                it.subject = s;
            }
            continue;
        }
        if it.object.is_some() {
            continue;
        }
        let s = it.subject.clone();
        let mut objects: Vec<&String> = of_class().filter(|f| f.1 == s).map(|f| &f.2).collect();
        if class.is_symmetric() {
            objects.extend(of_class().filter(|f| f.2 == s).map(|f| &f.1));
        }
        if !objects.is_empty() {
            it.object = only(objects.into_iter());
            continue;
        }
        if !class.is_symmetric() {
            // Its subject is only ever the object of this type's frames ("QuantaPulse's
            // verdict" where the story's verdict is Samsung's to QuantaPulse): that frame.
            if let Some(subject) = only(of_class().filter(|f| f.2 == s).map(|f| &f.1)) {
                it.subject = subject;
                it.object = Some(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::has_deal_word;
    use crate::extract::claims::PredicateClass;

    #[test]
    fn deal_words_come_from_the_valuation_type_data() {
        let valuation = PredicateClass::named("valuation").unwrap();
        // Every phrase of the data list counts by its last word, and its plural.
        for phrase in &valuation.flags().deal_words {
            let word = phrase.rsplit(' ').next().unwrap();
            assert!(has_deal_word(
                valuation,
                &format!("The {word} values Acme at $2 billion.")
            ));
        }
        assert!(has_deal_word(
            valuation,
            "The sweetened bid values Brightwater at $1.29 billion."
        ));
        assert!(has_deal_word(valuation, "Both bids value the company at $4 billion."));
        // Counter-examples: a valuation by investors, a word that only starts like one.
        assert!(!has_deal_word(
            valuation,
            "Brightwater was valued at $900 million in 2024."
        ));
        assert!(!has_deal_word(
            valuation,
            "Investors valued it at $3 billion in a bidding war."
        ));
        // A type without deal words has none.
        let revenue = PredicateClass::named("revenue").unwrap();
        assert!(!has_deal_word(revenue, "The deal values Acme at $2 billion."));
    }
}
