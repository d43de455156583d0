//! Epithets: organizations named by what they make, where they sit, what
//! they are, or who runs them.
//!
//! | rule | text | entity | confidence |
//! |---|---|---|---|
//! | `org.epithet.product` | "the Windows giant", "the ChatGPT makers" | owner of the product: `microsoft`, `openai` | 0.85 |
//! | `org.epithet.place` | "the Redmond company" | `microsoft` | 0.8 |
//! | `org.epithet.industry` | "the cloud giant", "the model maker", "the automaker" | the last organization named before it with that industry | 0.6 |
//! | `org.epithet.person` | "Sam Altman's company" | the person's employer: `openai` | 0.85 |
//! | `org.anaphor.pronoun` | "It said", "Its shares" opening the sentence after one that names a company | that sentence's first company | 0.4 |
//! | `org.anaphor.company` | "The company said" at sentence start; ", the company said" | the first company named earlier in the sentence, else in the nearest earlier sentence that names one | 0.5 |
//!
//! An epithet whose word resolves to nothing ("the tech giant" with no tech
//! company named before) is left out rather than guessed.

use crate::extract::rule::Rule;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::gazetteer::GAZETTEER;
use super::{EntityKind, EntityRef, at_word_bounds, entity_of, mention, merge_sorted, sort_by_span};
use crate::extract::{Mention, MentionType};
use crate::text::Document;

/// Nouns that end an epithet.
const HEADS: &[&str] = &[
    "behemoth",
    "company",
    "developer",
    "firm",
    "giant",
    "group",
    "lab",
    "maker",
    "makers",
    "startup",
    "titan",
    // One-word epithets: the head is also the industry word.
    "airline",
    "automaker",
    "carmaker",
    "carrier",
    "chipmaker",
    "planemaker",
    "retailer",
];

/// Verbs after a sentence-initial "It" that make it a company speaking or
/// acting: "It is the first step" is almost never a company.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "reported",
    "added",
    "stated",
    "told",
    "expects",
    "plans",
    "declined",
    "agreed",
];

/// Verbs that, besides those, make a mid-sentence "the company" the subject
/// ("..., the company will"); after "It" they are too often about a thing.
const AUXILIARIES: &[&str] = &["expected", "will", "would", "has", "had", "is", "was", "also"];

/// Heads that are their own industry word; "chipmaker" is a "chip" maker.
fn head_industry(head: &str) -> Option<&str> {
    match head {
        "airline" | "automaker" | "carmaker" | "carrier" | "planemaker" | "retailer" => Some(head),
        "chipmaker" => Some("chip"),
        _ => None,
    }
}

static HEAD_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(HEADS)
        .expect("epithet heads build")
});

/// Finds epithets and resolves them against the catalogue and `found` (the
/// document's names, sorted by position).
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    let mut out = find(doc, found);
    out.extend(sentence_initial_it(doc, found));
    // A product inside "the ChatGPT makers" is part of the epithet, not a mention of its own.
    sort_by_span(&mut out);
    let covering: Vec<&Mention> = out.iter().filter(|e| e.rule != Rule::OrgEpithetPerson).collect();
    found.retain(|m| {
        !super::overlapping(&covering, &m.span).any(|e| e.span.start <= m.span.start && m.span.end <= e.span.end)
    });
    merge_sorted(found, out);
}

/// "It said", "Its shares fell" after a sentence whose company the story
/// pass gave (the article named it without a cue of its own): added where no
/// mention stands yet.
pub(crate) fn story_pronouns(doc: &Document, found: &mut Vec<Mention>) -> bool {
    let mut out = sentence_initial_it(doc, found);
    out.retain(|m| super::overlapping(found, &m.span).next().is_none());
    let any = !out.is_empty();
    merge_sorted(found, out);
    any
}

fn find(doc: &Document, found: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    for m in HEAD_AC.find_iter(text) {
        let head = m.start()..m.end();
        if !at_word_bounds(text, &head) || super::overlapping(found, &head).next().is_some() {
            continue;
        }
        let head_word = &text[head.clone()];
        if let Some(hit) = possessive(text, &head, found) {
            out.push(hit);
            continue;
        }
        // Up to two words between "the" and the head.
        let Some((the, key)) = words_after_the(text, head.start) else {
            continue;
        };
        let span = the..head.end;
        // Only a catalogue key may sit inside ("the ChatGPT makers"), nothing may straddle it.
        if super::overlapping(found, &span).any(|f| !(key.start <= f.span.start && f.span.end <= key.end)) {
            continue;
        }
        let key_text = &text[key.clone()];
        if key_text.is_empty() {
            if let Some(ind) = head_industry(head_word) {
                if let Some(r) = last_with_industry(found, ind, the, key_text) {
                    out.push(mention(MentionType::Org, span, r, Rule::OrgEpithetIndustry));
                }
            } else if matches!(head_word, "company" | "firm") {
                // "The company said": the subject of the sentences before;
                // "Apple fell, the company said": the company just named.
                // Mid-sentence only as a subject ("..., the company said"), not an
                // object ("valuing the company at"), which may be the other party.
                let subject = REPORTING_VERBS.iter().chain(AUXILIARIES).any(|v| {
                    text[span.end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(v) && at_word_bounds(r, &(0..v.len())))
                });
                let earlier_here =
                    (!sentence_start(doc, the) && subject).then(|| first_in_sentence_before(doc, found, the));
                if !sentence_start(doc, the) && !subject {
                    continue;
                }
                if let Some(r) = earlier_here.flatten().or_else(|| last_subject(doc, found, the)) {
                    out.push(mention(MentionType::Org, span, r, Rule::OrgAnaphorCompany));
                }
            }
            continue;
        }
        let g = &*GAZETTEER;
        if let Some(e) = g.by_key(key_text) {
            let (target, rule, confidence) = match &e.owner {
                Some(owner) => (g.get(owner), Rule::OrgEpithetProduct, 0.85),
                None => (Some(e), Rule::OrgEpithetPlace, 0.8),
            };
            if let Some(t) = target {
                let mut r = EntityRef::of(t, confidence);
                r.via = Some(key_text.to_string());
                out.push(mention(MentionType::Org, span, r, rule));
            }
            continue;
        }
        // "the Russian carrier": an unknown modifier leaves the head's own industry.
        let industry = last_with_industry(found, key_text, the, key_text)
            .or_else(|| head_industry(head_word).and_then(|ind| last_with_industry(found, ind, the, "")));
        if let Some(r) = industry {
            out.push(mention(MentionType::Org, span, r, Rule::OrgEpithetIndustry));
        }
    }
    out
}

/// "Sam Altman's company": the person's employer.
fn possessive(text: &str, head: &Range<usize>, found: &[Mention]) -> Option<Mention> {
    let before = &text[..head.start];
    let before = before.strip_suffix(' ')?;
    let owner_end = before.strip_suffix("’s").or_else(|| before.strip_suffix("'s"))?.len();
    let person = super::overlapping(found, &(owner_end.saturating_sub(1)..owner_end))
        .find(|p| p.kind == MentionType::Person && p.span.end == owner_end)?;
    let e = entity_of(person)?;
    let employer = GAZETTEER.get(e.employer.as_deref()?)?;
    let mut r = EntityRef::of(employer, 0.85);
    r.via = Some(text[person.span.clone()].to_string());
    Some(mention(
        MentionType::Org,
        person.span.start..head.end,
        r,
        Rule::OrgEpithetPerson,
    ))
}

/// For a head at `head_start`, the start of "the"/"The" up to two words
/// before it, and the range of the words in between (empty when none).
fn words_after_the(text: &str, head_start: usize) -> Option<(usize, Range<usize>)> {
    let mut pos = head_start;
    let key_end = head_start.checked_sub(1)?;
    for _ in 0..3 {
        let head = text[..pos].strip_suffix(' ')?;
        let start = head
            .rfind([' ', '\n', '\t', '(', '“', '"'])
            .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
        let word = &head[start..];
        if word == "the" || word == "The" {
            let key = if pos == head_start {
                head_start..head_start
            } else {
                pos..key_end
            };
            return Some((start, key));
        }
        if word.is_empty() || !word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.') {
            return None;
        }
        pos = start;
    }
    None
}

fn sentence_start(doc: &Document, pos: usize) -> bool {
    doc.sentence_at(pos).is_some_and(|s| s.span.start == pos)
}

/// The last organization named before `pos` whose catalogue industries include `word`.
fn last_with_industry(found: &[Mention], word: &str, pos: usize, via: &str) -> Option<EntityRef> {
    let g = &*GAZETTEER;
    let candidates = g.by_industry(word);
    if candidates.is_empty() {
        return None;
    }
    let before = found.partition_point(|m| m.span.start < pos);
    // The antecedent is near: look back at most 200 mentions.
    found[..before]
        .iter()
        .rev()
        .take(200)
        .filter(|m| m.span.end <= pos && m.kind == MentionType::Org)
        .filter_map(entity_of)
        .find(|e| e.kind != EntityKind::Product && g.index(&e.entity).is_some_and(|i| candidates.contains(&i)))
        .map(|e| {
            let mut r = e.clone();
            r.confidence = 0.6;
            r.via = Some(if via.is_empty() {
                word.to_string()
            } else {
                via.to_string()
            });
            r.owner = None;
            r
        })
}

/// "It said", "Its shares fell" opening a sentence right after one that
/// names a company: that company (the issue allows this much of pronouns;
/// "it" elsewhere is too often a thing, not a company).
fn sentence_initial_it(doc: &Document, found: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let start = sentence.span.start;
        let rest = &text[start..sentence.span.end];
        let (word, after) = if let Some(r) = rest.strip_prefix("It ") {
            ("It", r)
        } else if let Some(r) = rest.strip_prefix("Its ") {
            ("Its", r)
        } else {
            continue;
        };
        // "It" must speak or act ("It said"), "Its" own something ("Its shares");
        // and a company must be named in the sentence just before.
        let acts = word == "Its"
            || REPORTING_VERBS
                .iter()
                .any(|v| after.starts_with(v) && at_word_bounds(after, &(0..v.len())));
        if !acts || i == 0 {
            continue;
        }
        // The sentence before names a company, or opened with a resolved "It".
        let previous = &doc.sentences[i - 1].span;
        let from = found.partition_point(|m| m.span.start < previous.start);
        let named_before = found[from..]
            .iter()
            .take_while(|m| m.span.start < previous.end)
            .any(|m| m.kind == MentionType::Org)
            || out.last().is_some_and(|m: &Mention| m.span.start == previous.start);
        let Some(r) = last_subject(doc, found, start).filter(|_| named_before) else {
            continue;
        };
        out.push(mention(
            MentionType::Org,
            start..start + word.len(),
            EntityRef { confidence: 0.4, ..r },
            Rule::OrgAnaphorPronoun,
        ));
    }
    out
}

/// The first company named in `pos`'s sentence before `pos`.
fn first_in_sentence_before(doc: &Document, found: &[Mention], pos: usize) -> Option<EntityRef> {
    let sentence = doc.sentence_at(pos)?;
    let from = found.partition_point(|m| m.span.start < sentence.span.start);
    found[from..]
        .iter()
        .take_while(|m| m.span.end <= pos)
        .filter(|m| m.kind == MentionType::Org)
        .filter_map(entity_of)
        .find(|e| matches!(e.kind, EntityKind::Company | EntityKind::Organization))
        .map(|e| EntityRef {
            confidence: 0.5,
            ..e.clone()
        })
}

/// The first company named in the nearest earlier sentence that names one.
/// Whether the organization at `span` is named for its analysts ("asked by
/// a Brightwell analyst", "Halvorsen economists expect", "analysts at
/// Quayle Moss said"): a firm quoted on the story, not the company "the
/// company" refers back to.
fn analysts_of(text: &str, span: &Range<usize>) -> bool {
    const AFTER: &[&str] = &[
        " analyst",
        " analysts",
        " economist",
        " economists",
        " strategist",
        " strategists",
    ];
    const BEFORE: &[&str] = &["analysts at ", "analyst at ", "economists at ", "strategists at "];
    let after = &text[span.end..];
    AFTER
        .iter()
        .any(|a| after.starts_with(a) && !after[a.len()..].starts_with(char::is_alphanumeric))
        || BEFORE.iter().any(|b| text[..span.start].ends_with(b))
}

fn last_subject(doc: &Document, found: &[Mention], pos: usize) -> Option<EntityRef> {
    let text = doc.text.as_str();
    let here = doc.sentence_index(pos);
    for s in (here.saturating_sub(10)..here).rev() {
        let span = &doc.sentences[s].span;
        let from = found.partition_point(|m| m.span.start < span.start);
        let first = found[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .filter(|m| m.kind == MentionType::Org && m.span.end <= span.end && !analysts_of(text, &m.span))
            .filter_map(entity_of)
            .find(|e| {
                matches!(
                    e.kind,
                    EntityKind::Company | EntityKind::Organization | EntityKind::Government
                )
            });
        if let Some(e) = first {
            let mut r = e.clone();
            r.confidence = 0.5;
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::mentions_with_ids;
    use crate::extract::rule::Rule;

    fn epithets(text: &str) -> Vec<(String, String, Rule)> {
        mentions_with_ids(text)
            .into_iter()
            .filter(|m| m.2.is_in("org.epithet") || m.2.is_in("org.anaphor"))
            .map(|(t, id, rule, _)| (t, id, rule))
            .collect()
    }

    #[test]
    fn epithets_resolve_through_products_places_industries_and_people() {
        assert_eq!(
            epithets(
                "Some say the ChatGPT makers won against the Windows giant. The Redmond company agreed. \
                 OpenAI said Amazon would invest in the model maker. Microsoft has a deal with Anthropic, and the cloud giant uses Claude. \
                 Sam Altman’s company gained."
            ),
            vec![
                ("the ChatGPT makers".into(), "openai".into(), Rule::OrgEpithetProduct),
                ("the Windows giant".into(), "microsoft".into(), Rule::OrgEpithetProduct),
                ("The Redmond company".into(), "microsoft".into(), Rule::OrgEpithetPlace),
                ("the model maker".into(), "openai".into(), Rule::OrgEpithetIndustry),
                ("the cloud giant".into(), "microsoft".into(), Rule::OrgEpithetIndustry),
                ("Sam Altman’s company".into(), "openai".into(), Rule::OrgEpithetPerson),
            ]
        );
    }

    #[test]
    fn it_opening_a_sentence_after_a_company_is_that_company() {
        let got = mentions_with_ids(
            "Siemens bought Altair Engineering. It said the deal closes soon. Its shares rose.\nIt is raining.",
        );
        let pronouns: Vec<(&str, &str)> = got
            .iter()
            .filter(|m| m.2 == Rule::OrgAnaphorPronoun)
            .map(|m| (m.0.as_str(), m.1.as_str()))
            .collect();
        assert_eq!(pronouns, vec![("It", "siemens"), ("Its", "siemens")]);
    }

    #[test]
    fn unresolvable_epithets_are_left_out_and_the_company_needs_a_sentence_start_or_a_verb() {
        assert_eq!(
            epithets("the tech giant grew. Siemens is valuing the company at $10 billion."),
            vec![]
        );
        assert_eq!(
            epithets("Apple fell 3%, the company said."),
            vec![("the company".into(), "apple".into(), Rule::OrgAnaphorCompany)]
        );
        // An unknown modifier leaves the head's own industry: "the Irish airline".
        assert_eq!(
            epithets("Ryanair bought jets. The Irish airline paid cash."),
            vec![("The Irish airline".into(), "ryanair".into(), Rule::OrgEpithetIndustry)]
        );
        assert_eq!(
            epithets("General Motors sold Saturn. The company said so. Then the automaker left."),
            vec![
                ("The company".into(), "general-motors".into(), Rule::OrgAnaphorCompany),
                (
                    "the automaker".into(),
                    "general-motors".into(),
                    Rule::OrgEpithetIndustry
                ),
            ]
        );
    }

    #[test]
    fn the_company_is_not_a_firm_named_for_its_analysts() {
        let got = epithets(
            "Kestrel Mining Ltd reported revenue of A$2 billion. Asked by a Halvard analyst about costs, \
             the chief executive declined. The company said output would rise.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.contains("kestrel"), "{got:?}");
        assert!(super::analysts_of("said Quenby economists", &(5..11)));
        assert!(super::analysts_of("analysts at Quenby said", &(12..18)));
        // Counter-examples: the firm as an actor.
        assert!(!super::analysts_of("Quenby analysed the deal", &(0..6)));
        assert!(!super::analysts_of("Quenby said", &(0..6)));
    }
}
