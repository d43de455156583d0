//! Story-level organizations: the articles of one report are about one
//! story, so a name recognized as an organization in any of them (by the
//! catalogue, a legal form, a ticker or a rule) is recognized in all of
//! them, with its short forms, and every source's mentions of it join one
//! entity id.
//!
//! | source A | source B | B's mention | entity |
//! |---|---|---|---|
//! | "Acme Robotics Inc. (NASDAQ: ACMR)" | "Acme said on Monday" | "Acme" (`org.story`) | `name:acme-robotics` |
//! | "shares of Birchwood rose" | "Birchwood Partners, the activist investor" | (found by both) | `name:birchwood-partners` for both |
//! | "Kestrel Labs agreed to buy Vantor" | "Vantor's board approved" | (found by both) | one id for "Vantor" |
//! | "Zelmora Motors Inc. cut jobs" | "ZM shares fell", "expect ZM to" | "ZM" (initials) | `name:zelmora-motors` |
//!
//! What joins: a rule-found id (`name:…`) whose name is the full name or a
//! short form of another entity's name (legal form and descriptor words
//! dropped: "Acme Robotics Inc." → "Acme Robotics" → "Acme") takes that
//! entity's id; catalogue ids are never merged with each other. What spreads:
//! whole-word, capitalized occurrences of those names that no mention of any
//! family covers, as in [`super::propagate`] within one article.

use crate::extract::rule::Rule;
use std::collections::HashMap;

use super::gazetteer::GAZETTEER;
use super::{EntityKind, at_word_bounds, entity_of, mention, propagate};
use crate::extract::{Mention, MentionType, Value};

/// Rules whose names do not spread across sources: epithets and anaphora
/// ("the company") are not names, a propagated or story mention only repeats one.
fn is_name_rule(rule: Rule) -> bool {
    !(rule.is_in("org.epithet") || rule.is_in("org.anaphor") || rule == Rule::OrgStory)
}

/// Rules whose mention a longer name of the story spread over it replaces.
const SPREAD_OR_SURNAME: &[Rule] = &[Rule::OrgPropagated, Rule::OrgStory, Rule::PersonSurname];

/// The forms a name is written in: the name, without its legal form, and its short forms.
fn forms(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    let mut core = GAZETTEER.strip_legal_form(name);
    out.push(core.to_string());
    while let Some(short) = propagate::short_form(core) {
        out.push(short.to_string());
        core = short;
    }
    // Its initials: "General Motors" is "GM" in another outlet.
    let initials: Vec<String> = out.iter().filter_map(|f| super::context::initials_of(f)).collect();
    out.extend(initials);
    out.retain(|f| {
        f.chars().next().is_some_and(char::is_uppercase)
            && f.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !super::context::not_org(f)
    });
    out.dedup();
    out
}

/// Last words of an institution named after its place or its company, never
/// that company: "Abu Dhabi Securities Exchange" is not "Abu Dhabi".
static NOT_COMPANY_HEADS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let table = super::tables::parse("institution-heads.tsv", super::tables::INSTITUTION_HEADS, 1);
    table.rows.iter().map(|r| r[0]).collect()
});

/// Whether `long` is `short` and more capitalized words ("Kinnear Lake" of
/// "Kinnear Lake Resources", "Halloway" of "Halloway & Finch Brands"), case
/// aside ("SELATAN MARINE HOLDINGS"); never across "of" ("Bank" of "Bank of
/// England"), from a place, a generic word or a short one ("China" of "China
/// Mobile" is a guess the caller counts as one of two), nor into an
/// institution ("Abu Dhabi Securities Exchange").
fn goes_on_from(short: &str, long: &str) -> bool {
    let Some(rest) = long.get(short.len()..) else {
        return false;
    };
    if !long[..short.len()].eq_ignore_ascii_case(short) {
        return false;
    }
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    // A particle opening a name counts with the word after it: "Al Nadira"
    // of "Al Nadira Shipping Group", "La Varenne" of "La Varenne Logistique".
    let mut short_words = short.split(' ');
    let first = short_words.next().unwrap_or("");
    let first = match short_words.next() {
        Some(next) if first.chars().count() <= 2 => next,
        _ => first,
    };
    let distinctive = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !propagate::GENERIC_CORES.iter().any(|g| g.eq_ignore_ascii_case(first))
        && !super::context::not_org(short)
        && !super::context::not_org(first);
    let capitalized = rest
        .split(' ')
        .all(|w| w == "&" || w.chars().next().is_some_and(char::is_uppercase));
    let last = rest.rsplit(' ').next().unwrap_or("");
    distinctive && capitalized && !NOT_COMPANY_HEADS.iter().any(|h| h.eq_ignore_ascii_case(last))
}

/// Runs the story pass over the sources' texts and their mentions (each
/// sorted by start); returns, per source, whether its mentions changed.
///
/// A name the story gives a source may stand in a list there ("run by Peel
/// Hunt and Jefferies" in the outlet that never cued "Peel Hunt"): the list's
/// other names are taken too ([`super::context::lists`]), and spread once more.
pub fn unify(sources: &mut [(&str, &mut Vec<Mention>)]) -> Vec<bool> {
    let mut changed = unify_once(sources);
    let mut grew = false;
    for (k, (text, mentions)) in sources.iter_mut().enumerate() {
        // Only where a story mention stands next to a list's joiner.
        let listed = mentions.iter().any(|m| {
            m.rule == Rule::OrgStory && {
                let after = &text[m.span.end..];
                let before = &text[..m.span.start];
                [" and ", ", ", " & "]
                    .iter()
                    .any(|j| after.starts_with(j) || before.ends_with(j))
                    || after.starts_with(" (")
            }
        });
        if !listed {
            continue;
        }
        let doc = crate::text::Document::new(text, None);
        if doc.text != *text {
            continue;
        }
        let before = mentions.len();
        super::context::lists(&doc, mentions);
        // Its ticker or acronym in brackets: "Ardmore Bio (ARDB) fell".
        super::context::acronyms(&doc, mentions);
        if mentions.len() > before {
            changed[k] = true;
            grew = true;
        }
    }
    if grew {
        for (c, again) in changed.iter_mut().zip(unify_once(sources)) {
            *c |= again;
        }
    }
    for (c, again) in changed.iter_mut().zip(join_spellings(sources)) {
        *c |= again;
    }
    // "The company said", "Its shares fell" after a sentence naming a
    // company only the story gave: read again, as within an article.
    for (k, (text, mentions)) in sources.iter_mut().enumerate() {
        if !changed[k] || !mentions.iter().any(|m| m.rule == Rule::OrgStory) {
            continue;
        }
        let doc = crate::text::Document::new(text, None);
        if doc.text == *text && super::epithets::story_references(&doc, mentions) {
            changed[k] = true;
        }
    }
    changed
}

/// A name folded for comparing spellings: lower case, accents and the
/// letters that have no decomposition made plain ("Nadwiślańskie Zakłady" and
/// "Nadwislanskie Zaklady", "Sørvik" and "Sorvik", "Müller" and "Muller"),
/// every run of other characters one space.
fn folded(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    for c in name.nfd().flat_map(char::to_lowercase) {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            }
        }
    }
    out.truncate(out.trim_end().len());
    out
}

/// One company or person written two ways by a story's outlets takes one id:
///
/// | outlet A | outlet B | id of both |
/// |---|---|---|
/// | "Nadwiślańskie Zakłady Azotowe" | "Nadwislanskie Zaklady Azotowe" | the accented one's |
/// | "Lucía Garrido Vidal" | "Lucía Garrido" (given name and first surname) | `person:lucía-garrido-vidal` |
/// | "Jörg Maier" | "Joerg Maier" (a transliteration, not an accent dropped) | two ids |
///
/// Rule-found ids (`name:`) and persons whose names fold to one spelling
/// ([`folded`]) join the spelling with accents (the writer who had them wrote
/// the name as it is), else the one written more often; a catalogue id is never
/// renamed. A person named by two or more words that are the first words of
/// exactly one other person's longer name ("Ana Lima" of "Ana Lima Souza") is
/// that person; two such longer names ("Ana Lima Souza", "Ana Lima Costa")
/// leave it alone.
fn join_spellings(sources: &mut [(&str, &mut Vec<Mention>)]) -> Vec<bool> {
    let mut changed = vec![false; sources.len()];
    if sources.len() < 2 {
        return changed;
    }
    // id → (value, mentions); only ids a rule or the text made (never the catalogue's).
    let mut ids: HashMap<String, (super::EntityRef, usize)> = HashMap::new();
    for (_, mentions) in sources.iter() {
        for m in mentions.iter() {
            let Some(e) = entity_of(m) else { continue };
            if !(e.entity.starts_with("name:") || e.entity.starts_with("person:")) {
                continue;
            }
            ids.entry(e.entity.clone()).or_insert_with(|| (e.clone(), 0)).1 += 1;
        }
    }
    if ids.len() < 2 {
        return changed;
    }
    let person = |id: &str| id.starts_with("person:");
    // Spellings: (is person, folded name) → ids.
    let mut spellings: HashMap<(bool, String), Vec<&String>> = HashMap::new();
    for (id, (e, _)) in &ids {
        let f = folded(&e.name);
        if f.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            spellings.entry((person(id), f)).or_default().push(id);
        }
    }
    let mut target: HashMap<String, String> = HashMap::new();
    for list in spellings.values().filter(|l| l.len() > 1) {
        let best = list
            .iter()
            .max_by_key(|id| {
                let (e, n) = &ids[id.as_str()];
                (!e.name.is_ascii(), *n, std::cmp::Reverse(id.as_str()))
            })
            .copied();
        if let Some(best) = best {
            for id in list.iter().filter(|id| **id != best) {
                target.insert((*id).clone(), best.clone());
            }
        }
    }
    // A person's shorter name: given name and first surname of one longer name.
    let people: Vec<(&String, Vec<String>)> = ids
        .iter()
        .filter(|(id, _)| person(id) && !target.contains_key(id.as_str()))
        .map(|(id, (e, _))| (id, folded(&e.name).split(' ').map(str::to_string).collect()))
        .collect();
    for (id, words) in &people {
        if words.len() < 2 {
            continue;
        }
        let longer: Vec<&&String> = people
            .iter()
            .filter(|(o, w)| o != id && w.len() > words.len() && w.starts_with(words))
            .map(|(o, _)| o)
            .collect();
        if let [only] = longer.as_slice() {
            target.insert((*id).clone(), (**only).clone());
        }
    }
    if target.is_empty() {
        return changed;
    }
    let resolve = |id: &str| -> Option<String> {
        let mut to = target.get(id)?;
        for _ in 0..4 {
            match target.get(to) {
                Some(next) => to = next,
                None => break,
            }
        }
        Some(to.clone())
    };
    for (k, (_, mentions)) in sources.iter_mut().enumerate() {
        for m in mentions.iter_mut() {
            let Value::Entity(e) = &mut m.value else { continue };
            let Some(to) = resolve(&e.entity) else { continue };
            let Some((v, _)) = ids.get(&to) else { continue };
            e.entity = to;
            e.name = v.name.clone();
            e.kind = v.kind;
            changed[k] = true;
        }
    }
    changed
}

fn unify_once(sources: &mut [(&str, &mut Vec<Mention>)]) -> Vec<bool> {
    let mut changed = vec![false; sources.len()];
    if sources.len() < 2 {
        return changed;
    }
    // Every written organization name and its short forms → the entity ids using it.
    let mut names: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    let mut values: HashMap<String, super::EntityRef> = HashMap::new();
    for (text, mentions) in sources.iter() {
        for m in mentions.iter() {
            let Some(e) = entity_of(m) else { continue };
            let organization = m.kind == MentionType::Org
                && !matches!(e.kind, EntityKind::Product | EntityKind::Person | EntityKind::Index);
            if !organization || !is_name_rule(m.rule) {
                continue;
            }
            values.entry(e.entity.clone()).or_insert_with(|| e.clone());
            let written = &text[m.span.clone()];
            for (k, f) in forms(written).into_iter().chain(forms(&e.name)).enumerate() {
                let full = k == 0;
                let ids = names.entry(f).or_default();
                match ids.iter_mut().find(|(id, _)| id == &e.entity) {
                    Some(slot) => slot.1 |= full,
                    None => ids.push((e.entity.clone(), full)),
                }
            }
        }
    }
    // Every name each entity is written under, legal form dropped, for the
    // prefix test below ("KINNEAR LAKE RESOURCES" and "Kinnear Lake Resources").
    let mut written_names: HashMap<String, Vec<String>> = HashMap::new();
    for (text, mentions) in sources.iter() {
        for m in mentions.iter() {
            let Some(e) = entity_of(m) else { continue };
            if !values.contains_key(&e.entity) || !is_name_rule(m.rule) || m.kind != MentionType::Org {
                continue;
            }
            let all = written_names.entry(e.entity.clone()).or_default();
            for n in [&text[m.span.clone()], e.name.as_str()] {
                let core = GAZETTEER.strip_legal_form(n).trim_end_matches([',', '.']);
                // Without its lead word too: "Nusantara Raya" goes on into
                // "PT Nusantara Raya Sarana" as into "Nusantara Raya Sarana".
                let lead_dropped = propagate::short_form(core).filter(|r| core.ends_with(r));
                for form in std::iter::once(core).chain(lead_dropped) {
                    if !all.iter().any(|a| a == form) {
                        all.push(form.to_string());
                    }
                }
            }
        }
    }
    let names_of = |id: &str| -> &[String] { written_names.get(id).map_or(&[], Vec::as_slice) };
    // Whether a name of `short` goes on, in some name of `long`, into more words.
    let continues = |short: &str, long: &str| {
        names_of(short)
            .iter()
            .any(|n| names_of(long).iter().any(|l| goes_on_from(n, l)))
    };
    // A rule-found id whose own name is a form of another entity's longer
    // name joins that entity ("Acme" → "Acme Robotics Inc.").
    let mut canonical: HashMap<String, String> = HashMap::new();
    for (id, e) in &values {
        if !id.starts_with("name:") {
            continue;
        }
        // Else a one-word name that is the first word of one other entity's
        // longer name ("Marlowe" of "Marlowe Ashby Group plc", "Hanwell" of
        // "Hanwell & Strand"), when distinctive.
        let first_word_of = || -> Vec<&String> {
            let word = e.name.as_str();
            let distinctive = !word.contains(' ')
                && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !propagate::GENERIC_CORES.contains(&word)
                && !super::context::not_org(word);
            if !distinctive {
                return Vec::new();
            }
            values
                .iter()
                .filter(|(o, v)| *o != id && v.name.split(' ').next() == Some(word) && v.name.contains(' '))
                .map(|(o, _)| o)
                .collect()
        };
        let mut others: Vec<&String> = match names.get(&e.name) {
            Some(ids) if ids.iter().any(|(o, _)| o != id) => ids.iter().map(|(o, _)| o).filter(|o| *o != id).collect(),
            _ => first_word_of(),
        };
        // Else, or besides, the companies whose names go on from this one's
        // in capitalized words ("Kinnear Lake" of "Kinnear Lake Resources
        // Inc.", "Dhafra" of "Dhafra Freight Logistics"); a catalogue entity
        // that has the very name is that name's ("Coca-Cola" is The Coca-Cola
        // Company even beside "Coca-Cola Europacific Partners").
        let catalogue_has_it = matches!(others.as_slice(), [o] if !o.starts_with("name:"));
        if e.kind == EntityKind::Company && !catalogue_has_it {
            for (o, v) in &values {
                if o != id && v.kind == EntityKind::Company && !others.contains(&o) && continues(id, o) {
                    others.push(o);
                }
            }
        }
        // Names of one family count once: a chain ("Kinnear" → "Kinnear
        // Lake" → "Kinnear Lake Resources") is one company, its longest name.
        // (A catalogue entity is a company of its own, never a short form.)
        let within = |a: &String, b: &String| a.starts_with("name:") && continues(a, b);
        let whole: Vec<&String> = others
            .iter()
            .filter(|a| !others.iter().any(|b| b != *a && within(a, b)))
            .copied()
            .collect();
        if whole.len() == 1 && others.len() > 1 {
            others = whole;
        }
        // Only when one other entity has the name: two would be a guess.
        if let [other] = others.as_slice() {
            let other_name = values.get(*other).map_or("", |v| v.name.as_str());
            let catalogue = !other.starts_with("name:");
            if catalogue || other_name.len() > e.name.len() {
                canonical.insert(id.clone(), (*other).clone());
            }
        }
    }
    let resolve = |id: &str| -> String {
        let mut id = id.to_string();
        for _ in 0..4 {
            match canonical.get(&id) {
                Some(next) => id = next.clone(),
                None => break,
            }
        }
        id
    };
    // Names to spread: those with one entity after joining.
    let mut spread: Vec<(String, String)> = Vec::new();
    for (name, ids) in &names {
        let mut targets: Vec<String> = ids.iter().map(|(id, _)| resolve(id)).collect();
        targets.sort();
        targets.dedup();
        if let [only] = targets.as_slice() {
            spread.push((name.clone(), only.clone()));
        }
    }
    // Longest names first, so "Acme Robotics" is taken before "Acme".
    spread.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    for (k, (text, mentions)) in sources.iter_mut().enumerate() {
        // Re-point joined ids.
        for m in mentions.iter_mut() {
            let Value::Entity(e) = &mut m.value else { continue };
            if let Some(target) = canonical.get(&e.entity).map(|_| resolve(&e.entity)) {
                if let Some(v) = values.get(&target) {
                    e.entity = target;
                    e.name = v.name.clone();
                    e.kind = v.kind;
                    changed[k] = true;
                }
            }
        }
        let mut added: Vec<Mention> = Vec::new();
        for (name, id) in &spread {
            let Some(v) = values.get(id) else { continue };
            let finder = memchr::memmem::Finder::new(name.as_bytes());
            for start in finder.find_iter(text.as_bytes()) {
                let span = start..start + name.len();
                if !at_word_bounds(text, &span) || propagate::family_or_person_name(text, &span) {
                    continue;
                }
                // A longer name takes in a shorter one another rule spread
                // or read as a surname inside it: "Tamura Kogyo shares" where
                // "Tamura" alone was the president's surname or a short form.
                let overlaps = |m: &&Mention| m.span.start < span.end && span.start < m.span.end;
                let inside = |m: &&Mention| {
                    name.contains(' ')
                        && m.span.start >= span.start
                        && m.span.end <= span.end
                        && m.span.len() < span.len()
                        && SPREAD_OR_SURNAME.contains(&m.rule)
                };
                if added.iter().any(|m| overlaps(&m)) || mentions.iter().any(|m| overlaps(&m) && !inside(&m)) {
                    continue;
                }
                let before = mentions.len();
                mentions.retain(|m| !(overlaps(&m) && inside(&m)));
                if mentions.len() < before {
                    changed[k] = true;
                }
                let mut value = v.clone();
                value.confidence = (value.confidence * 0.9).max(0.5);
                value.via = None;
                added.push(mention(MentionType::Org, span, value, Rule::OrgStory));
            }
        }
        if !added.is_empty() {
            changed[k] = true;
            mentions.extend(added);
            mentions.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::extract::rule::Rule;
    use crate::text::Document;

    /// The examples and counter-examples of `data/orgs/institution-heads.tsv`.
    #[test]
    fn institution_table_examples() {
        let table = super::super::tables::parse("institution-heads.tsv", super::super::tables::INSTITUTION_HEADS, 1);
        for (example, short, long) in table.examples {
            assert_eq!(super::goes_on_from(short, long), example, "{short:?} {long:?}");
        }
    }

    /// Three outlets of one story: (text, entity id, rule) of each one's ORG mentions.
    /// The id `story` gave the mention written `name` in one source.
    fn id_of(source: &[(String, String, Rule)], name: &str) -> Option<String> {
        source.iter().find(|m| m.0 == name).map(|m| m.1.clone())
    }

    /// The sources' documents and their mentions after the story pass.
    fn unified(texts: &[&str]) -> (Vec<Document>, Vec<Vec<crate::extract::Mention>>) {
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t, None)).collect();
        let mut mentions: Vec<Vec<crate::extract::Mention>> = docs.iter().map(crate::extract::extract).collect();
        {
            let mut sources: Vec<(&str, &mut Vec<crate::extract::Mention>)> =
                docs.iter().map(|d| d.text.as_str()).zip(mentions.iter_mut()).collect();
            super::unify(&mut sources);
        }
        (docs, mentions)
    }

    fn story(texts: &[&str]) -> Vec<Vec<(String, String, Rule)>> {
        let (docs, mentions) = unified(texts);
        docs.iter()
            .zip(&mentions)
            .map(|(d, ms)| {
                ms.iter()
                    .filter(|m| m.kind == crate::extract::MentionType::Org)
                    .map(|m| {
                        let e = super::entity_of(m).unwrap();
                        (d.text[m.span.clone()].to_string(), e.entity.clone(), m.rule)
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn three_outlets_share_names_and_ids() {
        let got = story(&[
            "Acme Robotics Inc. agreed to buy Vantor Systems for $2 billion.",
            "Analysts doubt Acme can pay $2 billion. Vantor shares jumped.",
            "Acme Robotics said the deal would close in May.",
        ]);
        let ids_of = |s: &[(String, String, Rule)], name: &str| -> Vec<String> {
            s.iter().filter(|m| m.0 == name).map(|m| m.1.clone()).collect()
        };
        let acme = &ids_of(&got[0], "Acme Robotics Inc.")[0];
        assert_eq!(ids_of(&got[1], "Acme"), vec![acme.clone()], "{got:?}");
        assert_eq!(ids_of(&got[2], "Acme Robotics"), vec![acme.clone()], "{got:?}");
        let vantor = &ids_of(&got[0], "Vantor Systems")[0];
        assert_eq!(ids_of(&got[1], "Vantor"), vec![vantor.clone()], "{got:?}");
        // Outlet B has no cue for "Acme" of its own: the story gives it.
        assert!(got[1].iter().any(|m| m.0 == "Acme" && m.2 == Rule::OrgStory), "{got:?}");
    }

    #[test]
    fn a_name_the_story_gives_brings_its_list() {
        let got = story(&[
            "Analysts at Brightwater Moss rate the stock a buy.",
            "The placing was run by Brightwater Moss and Quenby Hart after the close.",
            "The shares fell 4% after the placing. Quenby Hart declined to comment.",
        ]);
        assert!(
            got[1].iter().any(|m| m.0 == "Quenby Hart" && m.2 == Rule::OrgContext),
            "{got:?}"
        );
        // Spread on to the outlet that names it alone.
        assert!(got[2].iter().any(|m| m.0 == "Quenby Hart"), "{got:?}");
        // Counter-example: a person beside it is no firm.
        let got = story(&[
            "Analysts at Brightwater Moss rate the stock a buy.",
            "The placing was run by Brightwater Moss and Thomas Reid after the close.",
        ]);
        assert!(got[1].iter().all(|m| !m.0.contains("Thomas")), "{got:?}");
    }

    #[test]
    fn a_ticker_beside_a_name_the_story_gives_is_that_company() {
        let got = story(&[
            "Ardmore Bio AG said the trial missed its goal.",
            "Well, that hurt. Ardmore Bio (ARDB) fell 71% today. I own ARDB and added more.",
        ]);
        let id = |name: &str| got.iter().flatten().find(|m| m.0 == name).map(|m| m.1.clone());
        assert!(id("Ardmore Bio AG").is_some(), "{got:?}");
        let ardb: Vec<_> = got[1].iter().filter(|m| m.0 == "ARDB").collect();
        assert_eq!(ardb.len(), 2, "{got:?}");
        assert!(
            ardb.iter().all(|m| Some(m.1.clone()) == id("Ardmore Bio AG")),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_without_its_lead_word_joins_the_full_name() {
        // A trade word or a legal form written first ("Aerolíneas", "PT")
        // is dropped as a trailing descriptor is ("Kessel Airlines" → "Kessel").
        let got = story(&[
            "Aerolíneas Sorvento S.A. filed for protection from creditors on Monday.",
            "Sorvento said it would keep flying. PT Lintas Baruna Tbk agreed to lease it three jets.",
            "Lintas Baruna shares rose 3%. Sorvento owes about $400 million.",
        ]);
        let sorvento = id_of(&got[0], "Aerolíneas Sorvento S.A.");
        assert!(sorvento.is_some(), "{got:?}");
        assert_eq!(id_of(&got[1], "Sorvento"), sorvento, "{got:?}");
        assert_eq!(id_of(&got[2], "Sorvento"), sorvento, "{got:?}");
        let baruna = id_of(&got[1], "PT Lintas Baruna Tbk");
        assert!(baruna.is_some(), "{got:?}");
        assert_eq!(id_of(&got[2], "Lintas Baruna"), baruna, "{got:?}");
        // Counter-example: a place left after the lead word is the place.
        let got = story(&[
            "Grupo Chile S.A. filed for protection from creditors on Monday.",
            "Chile said it would not step in. Grupo Chile owes $2 billion.",
        ]);
        assert!(got[1].iter().all(|m| m.0 != "Chile"), "{got:?}");
    }

    #[test]
    fn a_first_word_joins_the_one_longer_name_it_starts() {
        let got = story(&[
            "Marlowe Ashby Group plc agreed to merge with Hanwell & Strand plc.",
            "Shares of Marlowe rose while Hanwell shares fell.",
        ]);
        assert_eq!(
            id_of(&got[1], "Marlowe"),
            id_of(&got[0], "Marlowe Ashby Group"),
            "{got:?}"
        );
        assert_eq!(
            id_of(&got[1], "Hanwell"),
            id_of(&got[0], "Hanwell & Strand plc"),
            "{got:?}"
        );
    }

    #[test]
    fn initials_in_one_outlet_join_the_full_name_of_another() {
        let got = story(&[
            "Zelmora Motors Inc. cut 1,000 jobs on Monday.",
            "ZM shares fell 3% on Monday. Analysts expect ZM to recover.",
        ]);
        let full = got[0]
            .iter()
            .find(|m| m.0 == "Zelmora Motors Inc.")
            .map(|m| m.1.clone());
        let zm: Vec<Option<String>> = got[1]
            .iter()
            .filter(|m| m.0 == "ZM")
            .map(|m| Some(m.1.clone()))
            .collect();
        assert_eq!(zm, vec![full.clone(), full], "{got:?}");
        // Counter-example: initials two names of the story share join neither.
        let got = story(&[
            "Zelmora Motors Inc. and Zentrix Mining Inc. cut jobs.",
            "ZM shares fell 3% on Monday.",
        ]);
        assert!(
            got[1]
                .iter()
                .all(|m| !m.1.contains("zelmora") && !m.1.contains("zentrix")),
            "{got:?}"
        );
    }

    #[test]
    fn one_source_is_left_alone_and_places_do_not_spread() {
        let got = story(&["Acme Robotics Inc. opened a plant."]);
        assert_eq!(got[0].len(), 1);
        let got = story(&["Shares of Zentrix rose in Europe.", "Europe and Zentrix met."]);
        assert!(got[1].iter().all(|m| m.0 == "Zentrix"), "{got:?}");
    }

    #[test]
    fn a_chain_of_short_forms_is_one_company() {
        let got = story(&[
            "Corvane Basin Resources Inc. (TSX: CBR) agreed to buy Pellow Ridge Gold Corp. for C$900 million.",
            "Corvane Basin said on Monday the offer valued Pellow Ridge at C$900 million. Corvane Basin shares fell.",
            "Analysts said Corvane would pay too much. Corvane declined to comment.",
        ]);
        let ids: Vec<&str> = got
            .iter()
            .flatten()
            .filter(|m| m.0.starts_with("Corvane"))
            .map(|m| m.1.as_str())
            .collect();
        assert!(ids.len() >= 4, "{got:?}");
        assert!(ids.iter().all(|id| *id == ids[0]), "{got:?}");
    }

    #[test]
    fn two_companies_sharing_a_first_word_stay_two() {
        // "Kestrel" could be either: it joins neither, and the two stay apart.
        let got = story(&[
            "Kestrel Foods Inc. agreed to supply Kestrel Labs Ltd. for three years.",
            "Kestrel said the contract was worth $40 million.",
        ]);
        let id = |name: &str| got.iter().flatten().find(|m| m.0 == name).map(|m| m.1.clone());
        assert_ne!(id("Kestrel Foods Inc."), id("Kestrel Labs Ltd."), "{got:?}");
        assert!(
            got[1]
                .iter()
                .filter(|m| m.0 == "Kestrel")
                .all(|m| Some(m.1.clone()) != id("Kestrel Foods Inc.") && Some(m.1.clone()) != id("Kestrel Labs Ltd.")),
            "{got:?}"
        );
    }

    #[test]
    fn a_short_form_after_a_particle_or_a_lead_word_joins_its_full_name() {
        let got = story(&[
            "Al Wasmi Shipping Group Ltd was ordered to pay $40 million to Birchline Dredging LLC.",
            "Al Wasmi said it would appeal. Al Wasmi shares fell 6%.",
            "PT Sinar Bahari Lestari Tbk raised Rp2 trillion from a bond sale.",
        ]);
        let full = id_of(&got[0], "Al Wasmi Shipping Group Ltd");
        assert!(full.is_some(), "{got:?}");
        assert_eq!(id_of(&got[1], "Al Wasmi"), full, "{got:?}");
        let got = story(&[
            "PT Sinar Bahari Lestari Tbk raised Rp2 trillion from a bond sale.",
            "Indonesian port operator Sinar Bahari plans a bond sale. Sinar Bahari shares rose 2%.",
        ]);
        let full = id_of(&got[0], "PT Sinar Bahari Lestari Tbk");
        assert!(full.is_some(), "{got:?}");
        assert_eq!(id_of(&got[1], "Sinar Bahari"), full, "{got:?}");
        // Counter-example: a particle and a place or generic word is no short form.
        assert!(!super::goes_on_from("Al Global", "Al Global Ports"));
        assert!(!super::goes_on_from("Al", "Al Wasmi Shipping"));
    }

    #[test]
    fn a_longer_name_of_the_story_takes_in_a_surname_inside_it() {
        let got = story(&[
            "Tamura Kogyo Co., Ltd. raised its forecast on Tuesday.",
            "Demand was strong, said President Hiroshi Tamura. Tamura Kogyo shares jumped 9% on the news.",
        ]);
        let full = id_of(&got[0], "Tamura Kogyo Co., Ltd.").or_else(|| id_of(&got[0], "Tamura Kogyo Co."));
        assert!(full.is_some(), "{got:?}");
        let kogyo: Vec<_> = got[1].iter().filter(|m| m.0 == "Tamura Kogyo").collect();
        assert_eq!(kogyo.len(), 1, "{got:?}");
        assert!(kogyo.iter().all(|m| Some(m.1.clone()) == full), "{got:?}");
        // Counter-example: the person keeps the surname standing alone.
        assert!(got[0].iter().all(|m| m.0 != "Tamura"), "{got:?}");
    }

    #[test]
    fn its_after_a_name_the_story_gives_is_that_company() {
        let got = story(&[
            "Lundgren Engineering AB agreed to buy Halsnøy Subsea AS for $300 million.",
            "Lundgren plans a share issue to fund the deal. Its shares fell 3% while Halsnøy rose.",
        ]);
        let buyer = id_of(&got[0], "Lundgren Engineering AB");
        assert!(buyer.is_some(), "{got:?}");
        assert_eq!(id_of(&got[1], "Its"), buyer, "{got:?}");
        // Counter-example: no company in the sentence before, no antecedent.
        let got = story(&[
            "Lundgren Engineering AB agreed to buy Halsnøy Subsea AS for $300 million.",
            "The weather was poor. Its shares fell 3%. Lundgren declined to comment.",
        ]);
        assert_eq!(id_of(&got[1], "Its"), None, "{got:?}");
    }

    /// Every source's (text, entity id) of its organization and person mentions after the story pass.
    fn story_ids(texts: &[&str]) -> Vec<Vec<(String, String)>> {
        let (docs, mentions) = unified(texts);
        docs.iter()
            .zip(&mentions)
            .map(|(d, ms)| {
                ms.iter()
                    .filter_map(|m| Some((d.text[m.span.clone()].to_string(), super::entity_of(m)?.entity.clone())))
                    .collect()
            })
            .collect()
    }

    fn ids_named(source: &[(String, String)], name: &str) -> Vec<String> {
        source.iter().filter(|m| m.0 == name).map(|m| m.1.clone()).collect()
    }

    #[test]
    fn folded_spellings() {
        assert_eq!(
            super::folded("Wrocławskie Zakłady Metalowe"),
            "wroclawskie zaklady metalowe"
        );
        assert_eq!(super::folded("Sørvik-Ølberg ASA"), "sorvik olberg asa");
        assert_eq!(super::folded("Straße & Söhne"), "strasse sohne");
        assert_eq!(super::folded("São Tomé"), "sao tome");
        assert_ne!(super::folded("Möller"), super::folded("Muller"));
    }

    #[test]
    fn a_name_written_with_and_without_accents_is_one_company() {
        let got = story_ids(&[
            "Wrocławskie Zakłady Metalowe SA said on Monday it would sell its foundry.",
            "Shares of Wroclawskie Zaklady Metalowe SA rose 4% after the sale was announced.",
            "Bråthen Shipping ASA and Brathen Logistics AS signed a charter.",
        ]);
        let accented = ids_named(&got[0], "Wrocławskie Zakłady Metalowe SA");
        assert_eq!(accented.len(), 1, "{got:?}");
        assert_eq!(
            ids_named(&got[1], "Wroclawskie Zaklady Metalowe SA"),
            accented,
            "{got:?}"
        );
        // Counter-example: two companies sharing a folded first word stay two.
        let shipping = ids_named(&got[2], "Bråthen Shipping ASA");
        let logistics = ids_named(&got[2], "Brathen Logistics AS");
        assert_eq!((shipping.len(), logistics.len()), (1, 1), "{got:?}");
        assert_ne!(shipping, logistics, "{got:?}");
    }

    #[test]
    fn a_persons_shorter_name_in_another_outlet_is_that_person() {
        let got = story_ids(&[
            "Tarrasco Foods named Marisol Quintero Baeza chief executive on Friday.",
            "Chief financial officer Marisol Quintero will take over in June, Tarrasco Foods said.",
            "CEO Jörg Maier said the plant would stay open. Joerg Maier, 52, joined in 2011.",
        ]);
        let full = ids_named(&got[0], "Marisol Quintero Baeza");
        assert_eq!(full, vec!["person:marisol-quintero-baeza".to_string()], "{got:?}");
        assert_eq!(ids_named(&got[1], "Marisol Quintero"), full, "{got:?}");
        // Counter-example: another transliteration is not an accent dropped.
        let jorg = ids_named(&got[2], "Jörg Maier");
        assert_eq!(jorg.len(), 1, "{got:?}");
        assert!(!ids_named(&got[2], "Joerg Maier").contains(&jorg[0]), "{got:?}");
    }

    #[test]
    fn a_short_name_of_two_longer_names_stays_apart() {
        let got = story_ids(&[
            "Pereira Textil appointed Ana Lima Souza as chief executive.",
            "Chief operating officer Ana Lima Costa will leave Pereira Textil.",
            "Pereira Textil president Ana Lima said the plan was approved.",
        ]);
        let souza = ids_named(&got[0], "Ana Lima Souza");
        let costa = ids_named(&got[1], "Ana Lima Costa");
        let short = ids_named(&got[2], "Ana Lima");
        assert_eq!((souza.len(), costa.len(), short.len()), (1, 1, 1), "{got:?}");
        assert_ne!(short, souza, "{got:?}");
        assert_ne!(short, costa, "{got:?}");
    }

    #[test]
    fn what_goes_on_from_a_name() {
        use super::goes_on_from;
        // Examples: more capitalized words, case aside.
        assert!(goes_on_from("Kinnear Lake", "Kinnear Lake Resources"));
        assert!(goes_on_from("Dhafra", "Dhafra Freight Logistics"));
        assert!(goes_on_from("Halloway", "Halloway & Finch Brands"));
        assert!(goes_on_from("Selatan", "SELATAN MARINE HOLDINGS"));
        // Counter-examples: across "of", from a place or a generic word, into
        // an institution, or not at a word's end.
        assert!(!goes_on_from("Bank", "Bank of England"));
        assert!(!goes_on_from(
            "Carrowmere Pharmaceuticals",
            "Carrowmere Pharmaceuticals of Boston"
        ));
        assert!(!goes_on_from("Europe", "Europe Capital Partners"));
        assert!(!goes_on_from("Global", "Global Payments"));
        assert!(!goes_on_from("Abu Dhabi", "Abu Dhabi Securities Exchange"));
        assert!(!goes_on_from("Acme", "Acmeline Robotics"));
        assert!(!goes_on_from("Acme Robotics", "Acme"));
    }
}
