//! A company a rule found once ("Cisco agreed to acquire cybersecurity
//! software maker Splunk") is the same company every other time its name
//! stands in the article ("Splunk shareholders", "Splunk, based in San
//! Francisco", the headline before it): the evidence of one cue covers the
//! document. Only names found by rules (not the catalogue, which finds every
//! occurrence itself) spread, and only to whole-word, capitalized occurrences
//! that no other mention covers.
//!
//! | found by a rule | spreads to |
//! |---|---|
//! | "maker Splunk for $157" (context cue) | "Cisco to buy Splunk", "Splunk's closing price" |
//! | "Siemens AG" (legal form; entity name "Siemens") | "Siemens to buy Altair", "Siemens also raised" |

use aho_corasick::{AhoCorasick, MatchKind};

use super::{at_word_bounds, entity_of, mention};
use crate::extract::{Mention, MentionType};
use crate::text::Document;

/// Rules whose names spread; catalogue rules already find every occurrence.
const SPREADING_RULES: &[&str] = &["org.context_cue", "org.legal_suffix", "org.head_word", "org.ticker"];

pub fn extend(doc: &Document, found: &mut Vec<Mention>) {
    let mut names: Vec<(String, usize)> = Vec::new();
    for (i, m) in found.iter().enumerate() {
        if m.kind != MentionType::Org || !SPREADING_RULES.contains(&m.rule) {
            continue;
        }
        let Some(e) = entity_of(m) else { continue };
        for name in [&doc.text[m.span.clone()], e.name.as_str()] {
            let capitalized = name.chars().next().is_some_and(char::is_uppercase);
            if capitalized
                && name.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !names.iter().any(|(n, _)| n == name)
            {
                names.push((name.to_string(), i));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _)| n.as_str()))
    else {
        return;
    };
    let mut added = Vec::new();
    for hit in automaton.find_iter(&doc.text) {
        let span = hit.start()..hit.end();
        // `found` is sorted by start (see `orgs::extract`).
        if !at_word_bounds(&doc.text, &span) || super::overlapping(found, &span).next().is_some() {
            continue;
        }
        let source = &found[names[hit.pattern().as_usize()].1];
        let Some(e) = entity_of(source) else { continue };
        let mut entity = e.clone();
        entity.confidence = (entity.confidence * 0.95).max(0.5);
        added.push(mention(MentionType::Org, span, entity, "org.propagated"));
    }
    found.extend(added);
}

#[cfg(test)]
mod tests {
    fn orgs(text: &str) -> Vec<(String, String, &'static str)> {
        super::super::mentions_with_ids(text)
            .into_iter()
            .filter(|m| m.3 == crate::extract::MentionType::Org)
            .map(|(t, id, rule, _)| (t, id, rule))
            .collect()
    }

    #[test]
    fn a_rule_found_name_covers_its_other_occurrences() {
        let got = orgs(
            "Cisco to buy Splunk.\nCisco agreed to acquire software maker Splunk for $157 a share. Splunk shareholders will be paid.",
        );
        let splunk: Vec<_> = got.iter().filter(|(t, _, _)| t == "Splunk").collect();
        assert_eq!(splunk.len(), 3, "{got:?}");
        assert!(splunk.iter().all(|(_, id, _)| id == &splunk[0].1), "{got:?}");
        assert_eq!(
            splunk.iter().filter(|(_, _, r)| *r == "org.propagated").count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn lower_case_words_and_parts_of_words_do_not_spread() {
        let got = orgs("Shares of Zentrix Labs rose on Monday. The zentrix labs logo and Zentrix Labsware stayed.");
        assert_eq!(
            got.iter()
                .filter(|(t, _, _)| t.eq_ignore_ascii_case("zentrix labs"))
                .count(),
            1,
            "{got:?}"
        );
    }
}
