//! MEANTIME organization scoring: ORG mention spans (named, nominal and
//! pronominal apart) and cross-document entity resolution by B-cubed.
//!
//! Gold ORG mentions are the ENTITY_MENTIONs whose REFERS_TO target has
//! `ent_type="ORG"`, in the annotated sentences 0–5. Their class comes from
//! `syntactic_type` (NAM and PRE.NAM named; NOM, PRE.NOM, APP, PTV, HLS
//! nominal; PRO pronominal; CONJ left out); when it is empty (most of the
//! gm topic), from the text: a pronoun is pronominal, a span whose last word
//! is capitalized ("General Motors ( GM") named, anything else nominal.
//! Nested gold spans of one class are flattened to the innermost ones (see
//! [`flat`]): MEANTIME annotates both "GM" and "U.S. automaker GM".
//!
//! System mentions: ORG mentions that are not products (a brand is not the
//! company), split by rule: epithets and anaphora (`org.epithet.*`,
//! `org.anaphor.*`) are nominal, the rest named. Spans are scored strict
//! (same tokens) and relaxed (overlap, one to one); the target is on relaxed
//! named F1, as MEANTIME spans take in titles and appositions ("U.S.
//! automaker GM") that a name span leaves out.
//!
//! B-cubed: each gold mention matched (relaxed) by a system mention is one
//! item; its gold cluster is the MEANTIME `instance_id` (shared across
//! documents), its system cluster our entity id. Precision averages, per
//! item, the share of its system cluster that is in its gold cluster;
//! recall the converse. All documents are pooled, so one entity split into
//! two ids across documents costs recall, two merged cost precision.

use crate::extract::rule::Rule;
use std::collections::{BTreeSet, HashMap};

use super::meantime::{MarkableKind, MeantimeDoc, score_spans};
use super::{Counts, f1};
use crate::Analysis;
use crate::extract::orgs::EntityKind;
use crate::extract::{MentionType, Value};

/// Lowest relaxed F1 for named ORG mentions and B-cubed F1 the check accepts.
pub const NAMED_TARGET: f64 = 0.85;
pub const BCUBED_TARGET: f64 = 0.90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Named,
    Nominal,
    Pronominal,
}

const PRONOUNS: &[&str] = &[
    "it",
    "its",
    "itself",
    "they",
    "their",
    "them",
    "themselves",
    "we",
    "our",
    "us",
    "which",
    "who",
    "that",
    "what",
    "own",
    "both",
    "It",
    "Its",
    "They",
    "Their",
    "We",
    "Our",
    "Us",
];

fn class_of(syntactic_type: &str, text: &str) -> Option<Class> {
    match syntactic_type {
        "NAM" | "PRE.NAM" => Some(Class::Named),
        "NOM" | "PRE.NOM" | "APP" | "PTV" | "HLS" => Some(Class::Nominal),
        "PRO" => Some(Class::Pronominal),
        "" => {
            if PRONOUNS.contains(&text) {
                return Some(Class::Pronominal);
            }
            let last = text.split(' ').rev().find(|w| w.chars().any(char::is_alphabetic))?;
            Some(if last.chars().next().is_some_and(char::is_uppercase) {
                Class::Named
            } else {
                Class::Nominal
            })
        }
        _ => None,
    }
}

/// One gold ORG mention.
#[derive(Debug, Clone)]
pub struct GoldOrg {
    pub tokens: BTreeSet<u32>,
    pub class: Class,
    pub instance: String,
}

pub fn gold_orgs(doc: &MeantimeDoc) -> Vec<GoldOrg> {
    doc.markables
        .iter()
        .filter_map(|m| {
            let MarkableKind::EntityMention { syntactic_type } = &m.kind else {
                return None;
            };
            let e = doc.entity_of(m).filter(|e| e.ent_type == "ORG")?;
            if !doc.in_annotated_sentences(&m.tokens) {
                return None;
            }
            let class = class_of(syntactic_type, &doc.token_text(&m.tokens))?;
            Some(GoldOrg {
                tokens: m.tokens.clone(),
                class,
                instance: e.instance_id.clone(),
            })
        })
        .collect()
}

/// One system ORG mention as tokens.
#[derive(Debug, Clone)]
pub struct SystemOrg {
    pub tokens: BTreeSet<u32>,
    pub class: Class,
    pub entity: String,
}

pub fn system_orgs(doc: &MeantimeDoc, analysis: &Analysis) -> Vec<SystemOrg> {
    analysis
        .mentions
        .iter()
        .filter(|m| m.kind == MentionType::Org)
        .filter_map(|m| {
            let Value::Entity(e) = &m.value else { return None };
            // A brand is not the company, and an index is no organization.
            if matches!(e.kind, EntityKind::Product | EntityKind::Index) {
                return None;
            }
            let tokens = doc.tokens_in(&analysis.doc.char_range(&m.span));
            if tokens.is_empty() || !doc.in_annotated_sentences(&tokens) {
                return None;
            }
            let class = if m.rule == Rule::OrgAnaphorPronoun {
                Class::Pronominal
            } else if m.rule.is_in("org.epithet") || m.rule.is_in("org.anaphor") {
                Class::Nominal
            } else {
                Class::Named
            };
            Some(SystemOrg {
                tokens,
                class,
                entity: e.entity.clone(),
            })
        })
        .collect()
}

/// Flat mentions of one class, as a flat tagger is scored: a gold span that
/// contains another gold span of the class ("U.S. automaker GM" around "GM",
/// "GM and Chrysler" around both) is left out, and a span annotated twice
/// (NAM and PRE.NAM on the same tokens) counts once.
pub fn flat(mut gold: Vec<GoldOrg>) -> Vec<GoldOrg> {
    gold.sort_by(|a, b| a.tokens.cmp(&b.tokens));
    gold.dedup_by(|a, b| a.tokens == b.tokens);
    let keep: Vec<bool> = gold
        .iter()
        .map(|g| {
            !gold
                .iter()
                .any(|o| o.tokens.len() < g.tokens.len() && o.tokens.is_subset(&g.tokens))
        })
        .collect();
    gold.into_iter().zip(keep).filter_map(|(g, k)| k.then_some(g)).collect()
}

/// One-to-one relaxed matching: exact spans first, then each remaining gold
/// span takes the free system span that shares most tokens with it (so the
/// gold "Airbus" is not left unmatched because "Airbus" went to the longer
/// gold "Airbus parent EADS" first). Returns, per gold span, its system span.
pub fn match_relaxed(gold: &[BTreeSet<u32>], system: &[BTreeSet<u32>]) -> Vec<Option<usize>> {
    let mut used = vec![false; system.len()];
    let mut out = vec![None; gold.len()];
    for (gi, g) in gold.iter().enumerate() {
        if let Some(i) = (0..system.len()).find(|&i| !used[i] && &system[i] == g) {
            used[i] = true;
            out[gi] = Some(i);
        }
    }
    // Shorter gold spans first: they have fewer candidates.
    let mut order: Vec<usize> = (0..gold.len()).filter(|&g| out[g].is_none()).collect();
    order.sort_by_key(|&g| gold[g].len());
    for gi in order {
        let best = (0..system.len())
            .filter(|&i| !used[i])
            .map(|i| (system[i].intersection(&gold[gi]).count(), i))
            .filter(|&(n, _)| n > 0)
            .max_by_key(|&(n, i)| (n, std::cmp::Reverse(i)));
        if let Some((_, i)) = best {
            used[i] = true;
            out[gi] = Some(i);
        }
    }
    out
}

/// B-cubed precision, recall over items given as (gold cluster, system cluster).
pub fn bcubed(items: &[(String, String)]) -> (f64, f64) {
    if items.is_empty() {
        return (1.0, 1.0);
    }
    let mut gold: HashMap<&str, usize> = HashMap::new();
    let mut system: HashMap<&str, usize> = HashMap::new();
    let mut both: HashMap<(&str, &str), usize> = HashMap::new();
    for (g, s) in items {
        *gold.entry(g).or_default() += 1;
        *system.entry(s).or_default() += 1;
        *both.entry((g, s)).or_default() += 1;
    }
    let (mut p, mut r) = (0.0, 0.0);
    for (g, s) in items {
        let common = both[&(g.as_str(), s.as_str())] as f64;
        p += common / system[s.as_str()] as f64;
        r += common / gold[g.as_str()] as f64;
    }
    (p / items.len() as f64, r / items.len() as f64)
}

/// The mention with eight tokens either side, the mention in brackets.
fn window(doc: &MeantimeDoc, ids: &BTreeSet<u32>) -> String {
    let (Some(&first), Some(&last)) = (ids.first(), ids.last()) else {
        return String::new();
    };
    let Some(at) = doc.tokens.iter().position(|t| t.id == first) else {
        return String::new();
    };
    let until = doc.tokens[at..]
        .iter()
        .position(|t| t.id == last)
        .map_or(at, |i| at + i);
    let text = |from: usize, to: usize| {
        let ids: BTreeSet<u32> = doc.tokens[from..to].iter().map(|t| t.id).collect();
        doc.token_text(&ids)
    };
    let before = at.saturating_sub(8);
    let after = (until + 9).min(doc.tokens.len());
    format!(
        "…{} [{}] {}…",
        text(before, at),
        text(at, until + 1),
        text(until + 1, after)
    )
}

/// Scores of the corpus.
#[derive(Debug, Clone, Default)]
pub struct OrgScores {
    /// Per class: (strict, relaxed).
    pub spans: Vec<(Class, Counts, Counts)>,
    pub bcubed: (f64, f64),
    pub bcubed_items: usize,
    pub errors: Vec<String>,
}

impl OrgScores {
    pub fn named_relaxed(&self) -> Counts {
        self.relaxed(Class::Named)
    }
    pub fn relaxed(&self, class: Class) -> Counts {
        self.spans
            .iter()
            .find(|(c, _, _)| *c == class)
            .map_or_else(Counts::default, |s| s.2)
    }
    pub fn bcubed_f1(&self) -> f64 {
        f1(self.bcubed.0, self.bcubed.1)
    }
}

pub fn score(docs: &[MeantimeDoc], analyses: &[Analysis]) -> OrgScores {
    let systems: Vec<Vec<SystemOrg>> = docs.iter().zip(analyses).map(|(d, a)| system_orgs(d, a)).collect();
    score_systems(docs, &systems)
}

/// Scores any tagger's ORG mentions, given per document as token sets.
pub fn score_systems(docs: &[MeantimeDoc], systems: &[Vec<SystemOrg>]) -> OrgScores {
    let mut out = OrgScores::default();
    let mut items: Vec<(String, String)> = Vec::new();
    for class in [Class::Named, Class::Nominal, Class::Pronominal] {
        let mut strict = Counts::default();
        let mut relaxed = Counts::default();
        for (doc, system) in docs.iter().zip(systems) {
            let gold = flat(gold_orgs(doc).into_iter().filter(|g| g.class == class).collect());
            let system: Vec<&SystemOrg> = system.iter().filter(|s| s.class == class).collect();
            let g_tokens: Vec<BTreeSet<u32>> = gold.iter().map(|g| g.tokens.clone()).collect();
            let s_tokens: Vec<BTreeSet<u32>> = system.iter().map(|s| s.tokens.clone()).collect();
            let (s, _) = score_spans(&g_tokens, &s_tokens);
            strict.add(s);
            let pairs = match_relaxed(&g_tokens, &s_tokens);
            let mut used = vec![false; system.len()];
            let mut r = Counts::default();
            for (gi, g) in gold.iter().enumerate() {
                let hit = pairs[gi];
                if let Some(i) = hit {
                    used[i] = true;
                    r.tp += 1;
                } else {
                    r.fn_ += 1;
                }
                match hit {
                    Some(i) => {
                        used[i] = true;
                        if !g.instance.is_empty() {
                            items.push((g.instance.clone(), system[i].entity.clone()));
                        }
                    }
                    None if class != Class::Pronominal => {
                        out.errors.push(format!(
                            "{}: missed {class:?} ORG {:?} | {}",
                            doc.name,
                            doc.token_text(&g.tokens),
                            window(doc, &g.tokens)
                        ));
                    }
                    None => {}
                }
            }
            r.fp = system.len() - r.tp;
            relaxed.add(r);
            for (_, s) in system.iter().enumerate().filter(|(i, _)| !used[*i]) {
                out.errors.push(format!(
                    "{}: extra {class:?} ORG {:?} ({}) | {}",
                    doc.name,
                    doc.token_text(&s.tokens),
                    s.entity,
                    window(doc, &s.tokens)
                ));
            }
        }
        out.spans.push((class, strict, relaxed));
    }
    out.bcubed = bcubed(&items);
    out.bcubed_items = items.len();
    // Resolution errors: gold entities our ids split, and ids that merge gold entities.
    let mut by_gold: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    let mut by_system: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (g, s) in &items {
        by_gold.entry(g).or_default().insert(s);
        by_system.entry(s).or_default().insert(g);
    }
    let mut split: Vec<String> = by_gold
        .iter()
        .filter(|(_, s)| s.len() > 1)
        .map(|(g, s)| format!("gold {g} split into {s:?}"))
        .collect();
    let mut merged: Vec<String> = by_system
        .iter()
        .filter(|(_, g)| g.len() > 1)
        .map(|(s, g)| format!("{s} merges {} gold entities", g.len()))
        .collect();
    split.sort();
    merged.sort();
    out.errors.extend(split);
    out.errors.extend(merged);
    out
}

/// The catalogue ids of the organizations the corpus is about: every ORG
/// entity with a cross-document `instance_id`, found through what the
/// catalogue run resolved its mentions to (any system ORG mention over a
/// gold mention of it, a product's owner with it) and through its names
/// (mention texts, `TAG_DESCRIPTOR`, the DBpedia page name) looked up in the
/// catalogue. Sorted, unique.
pub fn corpus_catalogue_ids(docs: &[MeantimeDoc], analyses: &[Analysis]) -> Vec<String> {
    use crate::extract::orgs::gazetteer::GAZETTEER;
    let g = &*GAZETTEER;
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let mut add = |id: &str| {
        if g.index(id).is_some() {
            ids.insert(id.to_string());
        }
    };
    for (doc, analysis) in docs.iter().zip(analyses) {
        let system: Vec<(BTreeSet<u32>, &crate::extract::orgs::EntityRef)> = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == MentionType::Org)
            .filter_map(|m| match &m.value {
                Value::Entity(e) => Some((doc.tokens_in(&analysis.doc.char_range(&m.span)), e)),
                _ => None,
            })
            .collect();
        for m in &doc.markables {
            let MarkableKind::EntityMention { .. } = &m.kind else {
                continue;
            };
            let Some(e) = doc
                .entity_of(m)
                .filter(|e| e.ent_type == "ORG" && !e.instance_id.is_empty())
            else {
                continue;
            };
            for (tokens, found) in &system {
                if !tokens.is_disjoint(&m.tokens) {
                    add(&found.entity);
                    if let Some(owner) = &found.owner {
                        add(owner);
                    }
                }
            }
            let page = e
                .external_ref
                .as_deref()
                .and_then(|r| r.rsplit('/').next())
                .map(|p| p.replace('_', " "));
            for name in [Some(doc.token_text(&m.tokens)), Some(e.descriptor.clone()), page]
                .into_iter()
                .flatten()
            {
                if let Some(entry) = g.by_name(name.trim()) {
                    add(&entry.id);
                }
            }
        }
    }
    ids.into_iter().collect()
}

/// Blind scoring: `docs` analysed again with `hidden` (catalogue ids) left
/// out of the catalogue, as if newsfacts had never heard of them.
pub fn score_blind(docs: &[MeantimeDoc], hidden: &[String]) -> OrgScores {
    use crate::extract::orgs::gazetteer::{GAZETTEER, with_hidden};
    use rayon::prelude::*;
    let set = std::sync::Arc::new(GAZETTEER.hide_set(hidden));
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .map(|d| with_hidden(set.clone(), || super::meantime::analyze(d)))
        .collect();
    score(docs, &analyses)
}

/// The report lines and whether the targets are met: the catalogue run
/// (the corpus's companies are in the catalogue) and the blind run (they
/// are left out), the targets on the blind one.
pub fn run(docs: &[MeantimeDoc], analyses: &[Analysis], errors: bool) -> (String, bool) {
    let hidden = corpus_catalogue_ids(docs, analyses);
    let known = score(docs, analyses);
    let blind = score_blind(docs, &hidden);
    let mut out = format!(
        "  ORG with the catalogue (not blind: it lists the corpus's companies)\n{}",
        lines(&known, errors, None)
    );
    out.push_str(&format!(
        "  ORG blind: the {} catalogue entries of the corpus's {} cross-document organizations left out\n",
        hidden.len(),
        cross_document_instances(docs)
    ));
    let ok = blind.named_relaxed().f1() >= NAMED_TARGET && blind.bcubed_f1() >= BCUBED_TARGET;
    out.push_str(&lines(&blind, errors, Some(ok)));
    if errors {
        out.push_str(&format!("  hidden: {}\n", hidden.join(" ")));
    }
    (out, ok)
}

/// How many ORG entities with an `instance_id` the corpus has.
pub fn cross_document_instances(docs: &[MeantimeDoc]) -> usize {
    let mut ids = BTreeSet::new();
    for d in docs {
        for m in &d.markables {
            if let Some(e) = d
                .entity_of(m)
                .filter(|e| e.ent_type == "ORG" && !e.instance_id.is_empty())
            {
                ids.insert(e.instance_id.clone());
            }
        }
    }
    ids.len()
}

/// The lines of one run; `targets` says whether its targets were met, when they apply.
fn lines(s: &OrgScores, errors: bool, targets: Option<bool>) -> String {
    let mut out = String::new();
    for (class, strict, relaxed) in &s.spans {
        let name = format!("ORG {class:?}").to_lowercase().replace("org ", "ORG ");
        out.push_str(&format!(
            "  {name:<15} relaxed {}\n                  strict  {}\n",
            relaxed.summary(),
            strict.summary()
        ));
    }
    let bf = s.bcubed_f1();
    out.push_str(&format!(
        "  ORG B-cubed     P {:.3}  R {:.3}  F1 {:.3}  ({} matched mentions, cross-document)\n",
        s.bcubed.0, s.bcubed.1, bf, s.bcubed_items,
    ));
    if let Some(ok) = targets {
        out.push_str(&format!(
            "  ORG targets (blind): named relaxed F1 >= {NAMED_TARGET:.2}, B-cubed F1 >= {BCUBED_TARGET:.2}: {}\n",
            if ok { "met" } else { "NOT met" }
        ));
    }
    if errors {
        for e in &s.errors {
            out.push_str(&format!("  - {e}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcubed_counts_splits_and_merges() {
        let items = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(bcubed(&items(&[("g1", "a"), ("g1", "a"), ("g2", "b")])), (1.0, 1.0));
        // One gold entity split in two ids: precision stays, recall drops.
        let (p, r) = bcubed(&items(&[("g1", "a"), ("g1", "b")]));
        assert_eq!((p, r), (1.0, 0.5));
        // Two gold entities merged in one id: the converse.
        let (p, r) = bcubed(&items(&[("g1", "a"), ("g2", "a")]));
        assert_eq!((p, r), (0.5, 1.0));
    }

    #[test]
    fn relaxed_matching_prefers_exact_then_largest_overlap() {
        let gold = vec![BTreeSet::from([1, 2, 3]), BTreeSet::from([1])];
        let system = vec![BTreeSet::from([1]), BTreeSet::from([3])];
        assert_eq!(match_relaxed(&gold, &system), vec![Some(1), Some(0)]);
    }

    #[test]
    fn classes_from_attribute_or_text() {
        assert_eq!(class_of("", "its"), Some(Class::Pronominal));
        assert_eq!(class_of("", "General Motors ( GM"), Some(Class::Named));
        assert_eq!(class_of("", "the Italian company"), Some(Class::Nominal));
        assert_eq!(class_of("NOM", "The company"), Some(Class::Nominal));
        assert_eq!(class_of("CONJ", "Apple and AT&T"), None);
    }
}
