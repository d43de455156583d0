//! People who speak for organizations: claims are attributed to them.
//!
//! | rule | text | value |
//! |---|---|---|
//! | `person.gazetteer` | "Sam Altman" | `person:sam-altman`, employer `openai` (catalogue) |
//! | `person.role` | "Amazon CEO Andy Jassy" | `person:andy-jassy`, role "CEO", employer `amazon` (text) |
//! | `person.role` | "chief executive Jane Doe" | `person:jane-doe`, role "chief executive" |
//! | `person.frame` | "named Dana Whitcombe chief executive" | `person:dana-whitcombe` (see `frame`) |
//! | `person.surname` | "Jassy said" after "Andy Jassy" | `person:andy-jassy` |

use crate::extract::rule::Rule;
use std::ops::Range;

mod frame;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{EntityKind, EntityRef, at_word_bounds, entity_of, mention, merge_sorted};
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

/// Roles and titles before a person's name, matched in any case ("Chief
/// executive Guillaume Faury", "CEO Andy Jassy", "Judge Yvonne Gonzalez Rogers").
const ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "analyst",
    "chairman",
    "chairwoman",
    "chief executive",
    "chief executive officer",
    "chief financial officer",
    "chief operating officer",
    "chief technology officer",
    "co-founder",
    "commissioner",
    "founder",
    "governor",
    "judge",
    "justice",
    "minister",
    "president",
    "prime minister",
    "secretary",
    "senator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Titles before a surname alone ("Mr. Musk", "Judge Rogers"): one word suffices.
const HONORIFICS: &[&str] = &[
    "Dr.", "Gov.", "Judge", "Justice", "Mr.", "Mrs.", "Ms.", "Rep.", "Sen.", "Senator",
];

static ROLE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(ROLES.iter().chain(HONORIFICS))
        .expect("role automaton builds")
});

/// `min_words` to three capitalized words right after `pos` (one space first): a person's name.
fn name_after(text: &str, pos: usize, min_words: usize) -> Option<Range<usize>> {
    let rest = text[pos..].strip_prefix(' ')?;
    let rest = rest.split(['\n', '\t']).next().unwrap_or("");
    let start = pos + 1;
    let mut end = start;
    let mut words = 0;
    for w in rest.split(' ').take(3) {
        let core = word_core(w);
        let shaped = core.chars().next().is_some_and(char::is_uppercase)
            && core.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
            && core.len() > 1;
        // "President Bill Clinton Saturday vowed": a weekday after the name dates the clause.
        let weekday = words > 0 && crate::extract::dates::tokens::weekday(core).is_some();
        if !shaped || weekday {
            break;
        }
        end = start + (w.as_ptr() as usize - rest.as_ptr() as usize) + core.len();
        words += 1;
        if core.len() < w.len() {
            break;
        }
    }
    (words >= min_words).then_some(start..end)
}

/// Whether `name` ends with a space and then `word` ("Elon Musk", "Musk").
fn ends_with_word(name: &str, word: &str) -> bool {
    name.strip_suffix(word).is_some_and(|head| head.ends_with(' '))
}

/// Adds role-introduced persons, fills roles and employers the text gives,
/// and finds later surname-only mentions.
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    let text = doc.text.as_str();
    let mut added: Vec<Mention> = Vec::new();
    let mut displaced: Vec<Range<usize>> = Vec::new();
    for m in ROLE_AC.find_iter(text) {
        let role = m.start()..m.end();
        let written = &text[role.clone()];
        // Honorifics count only as listed ("Judge", not "judge": that one is a role).
        let honorific = HONORIFICS.contains(&written);
        let is_role = honorific || ROLES.iter().any(|r| r.eq_ignore_ascii_case(written));
        // "Mr." ends in a stop: only its start needs a word bound.
        let bounded = if written.ends_with('.') {
            !text[..role.start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        } else {
            at_word_bounds(text, &role)
        };
        if !bounded || !is_role {
            continue;
        }
        let Some(name) = name_after(text, role.end, if honorific { 1 } else { 2 }) else {
            continue;
        };
        // "Mr. Musk" after "Elon Musk" is that person: left to `surnames`.
        let alone = &text[name.clone()];
        if !alone.contains(' ')
            && found
                .iter()
                .chain(&added)
                .any(|p| p.kind == MentionType::Person && ends_with_word(&text[p.span.clone()], alone))
        {
            continue;
        }
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
        // The name may contain a one-word SEC company ("Judge Yvonne Gonzalez
        // Rogers": Rogers Corp): the person wins; any other mention keeps it.
        let inside_sec = |m: &Mention| m.rule.is_listed_name() && m.span.start >= name.start && m.span.end <= name.end;
        if super::overlapping(found, &name).any(|m| !inside_sec(m))
            || super::overlapping(&added, &name).next().is_some()
        {
            continue;
        }
        displaced.extend(super::overlapping(found, &name).map(|m| m.span.clone()));
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
        added.push(mention(MentionType::Person, name, value, Rule::PersonRole));
    }
    found.retain(|m| !(m.rule.is_listed_name() && displaced.contains(&m.span)));
    merge_sorted(found, added);
    frame::extract(text, found);
    surnames(text, found);
    families(text, found);
}

/// "Halvik Lines CEO Johan Lindqvist" where the organization before the role
/// was found only after the persons were read (spread from its first naming,
/// or by the story pass): that organization is the person's employer, as in
/// `extract`. A company or organization only (no product, place or outlet),
/// ending one space before a role of [`ROLES`] that ends one space before the
/// name, or right before "'s " and the name ("Skagerak's Linnea Bergqvist");
/// a person with an employer keeps it.
pub fn late_employers(text: &str, found: &mut [Mention]) {
    let mut fill: Vec<(usize, String)> = Vec::new();
    for (i, m) in found.iter().enumerate() {
        if m.kind != MentionType::Person {
            continue;
        }
        if entity_of(m).is_none_or(|e| e.employer.is_some()) {
            continue;
        }
        let Some(before) = text.get(..m.span.start).and_then(|b| b.strip_suffix(' ')) else {
            continue;
        };
        // "Skagerak's Linnea Bergqvist": the organization right before "'s ".
        let org_ending = |end: usize| {
            super::overlapping(found, &(end.saturating_sub(1)..end))
                .find(|o| o.kind == MentionType::Org && o.span.end == end)
                .and_then(entity_of)
                .filter(|o| matches!(o.kind, EntityKind::Company | EntityKind::Organization))
                .map(|o| o.entity.clone())
        };
        let possessive = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|s| before.strip_suffix(s))
            .and_then(|org| org_ending(org.len()));
        let employer = possessive.or_else(|| {
            ROLES.iter().find_map(|role| {
                let cut = before.len().checked_sub(role.len())?;
                let written = before.get(cut..)?;
                if !written.eq_ignore_ascii_case(role) {
                    return None;
                }
                let org_end = cut.checked_sub(1)?;
                if before.as_bytes()[org_end] != b' ' {
                    return None;
                }
                org_ending(org_end)
            })
        });
        if let Some(employer) = employer {
            fill.push((i, employer));
        }
    }
    for (i, employer) in fill {
        if let Value::Entity(e) = &mut found[i].value {
            e.employer = Some(employer);
        }
    }
}

/// "the Rathmore family", "The Ortega family's holding company": a family by
/// its name (one or two capitalized words after "the"), a party to stakes and
/// deals, never the company named after it (`person.family`; a person-type
/// mention, so no organization). Not "the Walton family" where another rule
/// took "Walton", nor "the family" alone.
fn families(text: &str, found: &mut Vec<Mention>) {
    let mut more = Vec::new();
    for at in memchr::memmem::find_iter(text.as_bytes(), " family") {
        let end = at + " family".len();
        let rest = &text[end..];
        if rest.starts_with(char::is_alphanumeric) && !rest.starts_with("'s") {
            continue;
        }
        // One or two capitalized words before "family", after "the" or at a line's start.
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let words: Vec<&str> = text[line_start..at].split(' ').collect();
        let shaped = |w: &str| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(w, "The" | "A" | "An")
                && !super::context::not_org(w)
        };
        let mut k = words.len();
        while k > 0 && words.len() - k < 2 && shaped(words[k - 1]) {
            k -= 1;
        }
        if k == words.len() || (k > 0 && !matches!(words[k - 1], "the" | "The")) {
            continue;
        }
        let start = words[k].as_ptr() as usize - text.as_ptr() as usize;
        let span = start..end;
        if super::overlapping(found, &span).next().is_some() {
            continue;
        }
        let name = &text[span.clone()];
        let value = EntityRef {
            entity: format!("person:{}", super::gazetteer::slug(name)),
            name: name.to_string(),
            kind: EntityKind::Person,
            confidence: 0.7,
            ..Default::default()
        };
        more.push(mention(MentionType::Person, span, value, Rule::PersonFamily));
    }
    merge_sorted(found, more);
}

/// "Jassy" after "Andy Jassy" is the same person, and so is "Musk" in a
/// headline above "Elon Musk". A surname that is also a one-word SEC company
/// name ("Rogers") is the person once the text has named them.
fn surnames(text: &str, found: &mut Vec<Mention>) {
    let mut people: Vec<(String, EntityRef)> = Vec::new();
    for p in found.iter().filter(|p| p.kind == MentionType::Person) {
        let full = &text[p.span.clone()];
        if let (Some((_, last)), Some(e)) = (full.rsplit_once(' '), entity_of(p)) {
            if !people.iter().any(|(s, _)| s == last) {
                people.push((last.to_string(), e.clone()));
            }
        }
    }
    let mut more = Vec::new();
    let mut replaced = Vec::new();
    let mut starts = std::collections::HashSet::new();
    for (last, e) in people {
        // memmem finds the same non-overlapping matches as `match_indices`, faster.
        let at: Vec<usize> = if last.is_empty() {
            text.match_indices("").map(|(i, _)| i).collect()
        } else {
            memchr::memmem::find_iter(text.as_bytes(), last.as_bytes()).collect()
        };
        for i in at {
            let span = i..i + last.len();
            if !at_word_bounds(text, &span) || !starts.insert(span.start) {
                continue;
            }
            let mut covering = super::overlapping(found, &span);
            match covering.next() {
                None => {}
                // A one-word company by catalogue or cue ("Altman said in a statement").
                Some(k)
                    if k.span == span
                        && (k.rule.is_listed_name() || k.rule == Rule::OrgContextCue)
                        && covering.next().is_none() =>
                {
                    replaced.push(span.clone());
                }
                Some(_) => continue,
            }
            let mut r = e.clone();
            r.confidence = 0.9;
            more.push(mention(MentionType::Person, span, r, Rule::PersonSurname));
        }
    }
    found.retain(|m| !((m.rule.is_listed_name() || m.rule == Rule::OrgContextCue) && replaced.contains(&m.span)));
    merge_sorted(found, more);
}

/// A word of a name as the name has it: closing punctuation and a possessive
/// "'s" left off ("Okafor's," is "Okafor").
fn word_core(w: &str) -> &str {
    let core = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
    core.strip_suffix("’s")
        .or_else(|| core.strip_suffix("'s"))
        .unwrap_or(core)
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::{entity_of, extract};
    use crate::extract::rule::Rule;
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
                    Rule::PersonGazetteer
                ),
                (
                    "Jane Doe",
                    "person:jane-doe",
                    Some("Chief Executive"),
                    None,
                    Rule::PersonRole
                ),
                (
                    "Jassy",
                    "person:andy-jassy",
                    Some("CEO"),
                    Some("amazon"),
                    Rule::PersonSurname
                ),
            ]
        );
        assert_eq!(entity_of(&got[0]).unwrap().entity, "amazon");
    }

    fn persons(text: &str) -> Vec<(String, String, Rule, MentionType)> {
        crate::extract::orgs::mentions_with_ids(text)
    }

    #[test]
    fn titles_in_any_case_introduce_persons_and_surnames_beat_one_word_companies() {
        let got = persons(
            "Rogers to rule on merger\nChief executive Guillaume Faury spoke. Judge Yvonne Gonzalez Rogers is expected to rule. Rogers declined.",
        );
        let view: Vec<_> = got
            .iter()
            .map(|(t, id, rule, _)| (t.as_str(), id.as_str(), *rule))
            .collect();
        assert_eq!(
            view,
            vec![
                ("Rogers", "person:yvonne-gonzalez-rogers", Rule::PersonSurname),
                ("Guillaume Faury", "person:guillaume-faury", Rule::PersonRole),
                (
                    "Yvonne Gonzalez Rogers",
                    "person:yvonne-gonzalez-rogers",
                    Rule::PersonRole
                ),
                ("Rogers", "person:yvonne-gonzalez-rogers", Rule::PersonSurname),
            ]
        );
        assert!(got.iter().all(|m| m.3 == MentionType::Person), "{got:?}");
    }

    #[test]
    fn a_weekday_after_a_name_is_not_part_of_it() {
        assert_eq!(
            persons("President Bill Clinton Saturday vowed to act.")
                .into_iter()
                .map(|p| p.0)
                .collect::<Vec<_>>(),
            ["Bill Clinton"]
        );
    }

    #[test]
    fn an_honorific_needs_its_exact_case_and_takes_one_word() {
        let view: Vec<_> = persons("Mr. Zabriskie agreed, but mr. Nobody and judge Foo did not.")
            .into_iter()
            .map(|(t, id, rule, _)| (t, id, rule))
            .collect();
        assert_eq!(
            view,
            vec![(
                "Zabriskie".to_string(),
                "person:zabriskie".to_string(),
                Rule::PersonRole
            )]
        );
    }

    #[test]
    fn a_family_by_its_name_is_a_party_not_a_company() {
        let got = persons(
            "Shares of Rathmore Cements Ltd rose. The Rathmore family owns 54%, and the De Souza family's holding company sold.",
        );
        let families: Vec<(&str, Rule)> = got
            .iter()
            .filter(|m| m.2 == Rule::PersonFamily)
            .map(|m| (m.0.as_str(), m.2))
            .collect();
        assert_eq!(
            families,
            [
                ("Rathmore family", Rule::PersonFamily),
                ("De Souza family", Rule::PersonFamily)
            ],
            "{got:?}"
        );
        // Counter-examples: no name, a place, a name without "the" before it.
        assert!(
            persons("The family owns 54%, a Spanish family sold, and Orvane family firms grew.")
                .iter()
                .all(|m| m.2 != Rule::PersonFamily)
        );
    }
}
