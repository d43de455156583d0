//! People who speak for organizations: claims are attributed to them.
//!
//! | rule | text | value |
//! |---|---|---|
//! | `person.gazetteer` | "Sam Altman" | `person:sam-altman`, employer `openai` (catalogue) |
//! | `person.role` | "Amazon CEO Andy Jassy" | `person:andy-jassy`, role "CEO", employer `amazon` (text) |
//! | `person.role` | "chief executive Jane Doe" | `person:jane-doe`, role "chief executive" |
//! | `person.surname` | "Jassy said" after "Andy Jassy" | `person:andy-jassy` |

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{EntityKind, EntityRef, at_word_bounds, entity_of, mention};
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

const ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "Chairman",
    "Chief Executive",
    "Chief Executive Officer",
    "President",
    "chairman",
    "chief executive",
    "chief executive officer",
    "co-founder",
    "founder",
    "president",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

static ROLE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(ROLES)
        .expect("role automaton builds")
});

/// Two or three capitalized words right after `pos` (one space first): a person's name.
fn name_after(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text[pos..].strip_prefix(' ')?;
    let rest = rest.split(['\n', '\t']).next().unwrap_or("");
    let start = pos + 1;
    let mut end = start;
    let mut words = 0;
    for w in rest.split(' ').take(3) {
        let core = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        let core = core
            .strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .unwrap_or(core);
        let shaped = core.chars().next().is_some_and(char::is_uppercase)
            && core.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
            && core.len() > 1;
        if !shaped {
            break;
        }
        end = start + (w.as_ptr() as usize - rest.as_ptr() as usize) + core.len();
        words += 1;
        if core.len() < w.len() {
            break;
        }
    }
    (words >= 2).then_some(start..end)
}

/// Adds role-introduced persons, fills roles and employers the text gives,
/// and finds later surname-only mentions.
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    let text = doc.text.as_str();
    let mut added: Vec<Mention> = Vec::new();
    for m in ROLE_AC.find_iter(text) {
        let role = m.start()..m.end();
        if !at_word_bounds(text, &role) {
            continue;
        }
        let Some(name) = name_after(text, role.end) else {
            continue;
        };
        // "Amazon CEO Andy Jassy": the organization right before the role.
        let employer = super::overlapping(found, &(role.start.saturating_sub(2)..role.start.saturating_sub(1)))
            .find(|o| o.kind == MentionType::Org && o.span.end + 1 == role.start && text[o.span.end..].starts_with(' '))
            .and_then(entity_of)
            .filter(|e| e.kind != EntityKind::Product)
            .map(|e| e.entity.clone());
        let role_text = text[role.clone()].to_string();
        let at = found.partition_point(|m| m.span.start < name.start);
        let same = (at..found.len())
            .take_while(|&i| found[i].span.start == name.start)
            .find(|&i| found[i].kind == MentionType::Person && found[i].span == name);
        if let Some(p) = same.map(|i| &mut found[i]) {
            if let Value::Entity(e) = &mut p.value {
                e.role = Some(role_text);
                if employer.is_some() {
                    e.employer = employer;
                }
            }
            continue;
        }
        if super::overlapping(found, &name).next().is_some() || super::overlapping(&added, &name).next().is_some() {
            continue;
        }
        let full = &text[name.clone()];
        let value = EntityRef {
            entity: format!("person:{}", super::gazetteer::slug(full)),
            name: full.to_string(),
            kind: EntityKind::Person,
            confidence: 0.8,
            role: Some(role_text),
            employer,
            ..Default::default()
        };
        // Role matches come in text order, so `added` stays sorted by start.
        added.push(mention(MentionType::Person, name, value, "person.role"));
    }
    found.append(&mut added);
    found.sort_by_key(|m| (m.span.start, m.span.end));
    surnames(text, found);
}

/// "Jassy" after "Andy Jassy" is the same person.
fn surnames(text: &str, found: &mut Vec<Mention>) {
    let mut people: Vec<(String, EntityRef, usize)> = Vec::new();
    for p in found.iter().filter(|p| p.kind == MentionType::Person) {
        let full = &text[p.span.clone()];
        if let (Some((_, last)), Some(e)) = (full.rsplit_once(' '), entity_of(p)) {
            if !people.iter().any(|(s, _, _)| s == last) {
                people.push((last.to_string(), e.clone(), p.span.end));
            }
        }
    }
    let mut more = Vec::new();
    let mut starts = std::collections::HashSet::new();
    for (last, e, from) in people {
        for (i, _) in text[from..].match_indices(last.as_str()) {
            let span = from + i..from + i + last.len();
            if !at_word_bounds(text, &span)
                || super::overlapping(found, &span).next().is_some()
                || !starts.insert(span.start)
            {
                continue;
            }
            let mut r = e.clone();
            r.confidence = 0.9;
            more.push(mention(MentionType::Person, span, r, "person.surname"));
        }
    }
    found.extend(more);
    found.sort_by_key(|m| (m.span.start, m.span.end));
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::{entity_of, extract};
    use crate::extract::{MentionType, Value};
    use crate::text::Document;

    #[test]
    fn roles_and_employers_come_from_the_text() {
        let doc = Document::new(
            "Amazon CEO Andy Jassy celebrated. Chief Executive Jane Doe of Nimbus said no. Jassy agreed.",
            None,
        );
        let got = extract(&doc);
        let persons: Vec<_> = got
            .iter()
            .filter(|m| m.kind == MentionType::Person)
            .map(|m| {
                let Value::Entity(e) = &m.value else { unreachable!() };
                (
                    &doc.text[m.span.clone()],
                    e.entity.as_str(),
                    e.role.as_deref(),
                    e.employer.as_deref(),
                    m.rule,
                )
            })
            .collect();
        assert_eq!(
            persons,
            vec![
                (
                    "Andy Jassy",
                    "person:andy-jassy",
                    Some("CEO"),
                    Some("amazon"),
                    "person.gazetteer"
                ),
                (
                    "Jane Doe",
                    "person:jane-doe",
                    Some("Chief Executive"),
                    None,
                    "person.role"
                ),
                (
                    "Jassy",
                    "person:andy-jassy",
                    Some("CEO"),
                    Some("amazon"),
                    "person.surname"
                ),
            ]
        );
        assert_eq!(entity_of(&got[0]).unwrap().entity, "amazon");
    }
}
