//! Companies, organizations, products and the people who speak for them,
//! resolved to one entity id across aliases, tickers, brands and epithets.
//!
//! Entity ids are stable strings, the same in every source and report:
//!
//! | id scheme | when | example |
//! |---|---|---|
//! | curated slug | in `data/orgs/curated.tsv` | `microsoft`, `openai`, `aws`, `azure` |
//! | `cik:N` | SEC-listed, not curated | `cik:1321655` (Palantir Technologies) |
//! | `isin:CODE` | in a stock index, not SEC-listed | `isin:GB0008847096` (Tesco) |
//! | `name:slug` | found by a rule, in no list | `name:acme-robotics` |
//! | `person:slug` | people | `person:andy-jassy` |
//!
//! Rules (examples from the seed articles, published 2026-04-27):
//!
//! | rule | text | entity |
//! |---|---|---|
//! | `org.gazetteer.name` | "Microsoft" | `microsoft` |
//! | `org.gazetteer.alias` | "Amazon Web Services", "AWS" | `aws` (parent `amazon`) |
//! | `org.gazetteer.sec` | "Palantir Technologies" | `cik:1321655` |
//! | `org.gazetteer.index` | "Tesco" | `isin:GB0008847096` |
//! | `org.product` | "Azure", "consumer ChatGPT" | `azure` (product, owner `microsoft`) |
//! | `org.product_as_company` | "Azure said" | `microsoft` |
//! | `org.product.model` | "Airbus A380" | `name:airbus-a380` (product, owner `airbus`) |
//! | `org.legal_suffix` | "Acme Robotics Inc." | `name:acme-robotics` |
//! | `org.head_word` | "State Property Agency" | `name:state-property-agency` |
//! | `org.context_cue` | "startup Nimbus" | `name:nimbus` |
//! | `org.name_shape` | "Air France", "Detik.com" | `name:air-france`, `name:detik-com` |
//! | `org.context` | "Birchwood's shares", "Kestrel agreed to buy" (`context.rs`) | `name:birchwood` |
//! | `org.acronym` | "General Motors ( GM )", "GM" beside "General Motors" | `name:general-motors` |
//! | `org.ticker.exchange` | "(NASDAQ: MSFT)" | `microsoft` |
//! | `org.ticker.cashtag` | "$NVDA" | `nvidia` |
//! | `org.listing_exchange` | "NYSE" in "(NYSE: KO)" | `nyse` |
//! | `org.masthead` | "By Jane Doe \| The Stack Pages \| March 10, 2026", "NEW DELHI, June 9 (PWI)" (`mastheads.rs`) | `name:the-stack-pages` (publisher) |
//! | `org.backref` | "the Commission" after "European Commission" (`backref.rs`) | `european-commission` |
//! | `org.digest_line` | "Holt Marine: down 2.1%", "Quayle Moss: outperform" on their own lines (`digests.rs`) | `name:holt-marine` |
//! | `org.epithet.product` | "the Windows giant", "the ChatGPT makers" | `microsoft`, `openai` |
//! | `org.epithet.place` | "the Redmond company" | `microsoft` |
//! | `org.epithet.industry` | "the cloud giant", "the model maker" | last cloud / model company named |
//! | `org.epithet.person` | "Sam Altman's company" | `openai` |
//! | `org.anaphor.company` | "The company said" (sentence start) | last company subject, confidence 0.5 |
//! | `person.gazetteer` | "Andy Jassy" | `person:andy-jassy` (employer `amazon`) |
//! | `person.role` | "Amazon CEO Andy Jassy", "CEO Jane Doe" | role and employer from the text |
//! | `person.surname` | "Jassy" after "Andy Jassy" | `person:andy-jassy` |
//!
//! Not organizations: sentence-initial capitals, headings, "AGI", "Frontier",
//! "Stateful Runtime", "Breaking News", months, countries (none is in the
//! catalogue, and rules need a legal form, an organization head word or a cue).

pub mod backref;
pub mod context;
pub mod digests;
pub mod epithets;
pub mod gazetteer;
pub mod markets;
pub mod mastheads;
pub mod patterns;
pub mod persons;
pub mod propagate;
pub mod rules;
pub mod story;
pub(crate) mod tables;
pub mod trie;

use crate::extract::rule::Rule;
use std::borrow::Borrow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::{Mention, MentionType, Value};
use crate::text::Document;
use gazetteer::{Entry, GAZETTEER, Origin};

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    #[default]
    Company,
    Organization,
    Publisher,
    Government,
    Product,
    Person,
    // A stock index ("S&P 500", "the Dow"): not an organization. (Plain
    // comments: doc comments would split the schema's enum.)
    Index,
    // A stock exchange ("NYSE", "Nasdaq" as a market).
    Exchange,
}

/// The entity a mention refers to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EntityRef {
    /// Stable id, the same in every source and report: "microsoft", "cik:789019", "name:acme-robotics".
    pub entity: String,
    /// Canonical name ("Microsoft").
    pub name: String,
    pub kind: EntityKind,
    /// How sure the resolution is, 0–1: 1 for a catalogue name, lower for
    /// rules, epithets (0.6–0.85) and anaphora (0.5).
    #[serde(default)]
    pub confidence: f64,
    /// Products: the id of the company that makes it ("azure" → "microsoft").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Persons: the role the text gives ("CEO"), else the catalogue's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Persons: the id of the organization they speak for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    /// Epithets: the word the resolution went through ("Windows", "cloud", "Sam Altman").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

impl EntityRef {
    /// The reference to a catalogue entry.
    pub fn of(e: &Entry, confidence: f64) -> Self {
        Self {
            entity: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            confidence,
            owner: e.owner.clone(),
            role: e.role.clone(),
            employer: e.employer.clone(),
            via: None,
        }
    }

    /// An entity found by a rule: the catalogue's when the name is known, else `name:slug`.
    pub fn named(name: &str, kind: EntityKind, confidence: f64) -> Self {
        // The name without its legal form, found once for the lookup and the id.
        let stripped = std::cell::OnceCell::new();
        let core_of = || *stripped.get_or_init(|| GAZETTEER.strip_legal_form(name));
        if let Some(e) = GAZETTEER.by_name_or_core(name, core_of) {
            return Self::of(e, confidence);
        }
        let core = core_of();
        // "Ford Motor Company", "Ford Motor" and "Ford" are one company, as are
        // "Apple Computer" and "Apple": the id is that of the short form, which
        // is how other mentions write it. Words saying what a company does
        // ("Acme Robotics") stay in the id.
        let mut short = core;
        while let Some((head, last)) = short.rsplit_once(' ') {
            if !propagate::ID_DESCRIPTORS.contains(&last) || propagate::short_form(short).is_none() {
                break;
            }
            short = head;
        }
        if let Some(e) = (short.len() < core.len()).then(|| GAZETTEER.by_name(short)).flatten() {
            return Self::of(e, confidence);
        }
        Self {
            entity: {
                let mut id = String::with_capacity(5 + short.len());
                id.push_str("name:");
                gazetteer::push_slug(&mut id, short);
                id
            },
            name: core.to_string(),
            kind,
            confidence,
            ..Default::default()
        }
    }
}

/// What the report says about an entity beyond its mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityInfo {
    pub aliases: Vec<String>,
    pub ticker: Option<String>,
    pub cik: Option<u64>,
    pub parent: Option<String>,
}

/// Catalogue data about an entity id, when the gazetteer knows it. For a
/// product, `parent` is its owner.
pub fn entity_info(entity: &str) -> Option<EntityInfo> {
    let e = GAZETTEER.get(entity)?;
    Some(EntityInfo {
        aliases: e.aliases.clone(),
        ticker: e.ticker.clone(),
        cik: e.cik,
        parent: e.parent.clone().or_else(|| e.owner.clone()),
    })
}

/// Finds the organizations, products and persons of one document.
pub fn extract(doc: &Document) -> Vec<Mention> {
    let mut found = names(doc);
    let (tickers, blocked) = rules::tickers(&doc.text, &found);
    found.retain(|m| !blocked.iter().any(|b| b.start < m.span.end && m.span.start < b.end));
    merge_sorted(&mut found, tickers);
    rules::extend_legal_forms(doc, &mut found);
    rules::product_as_company(doc, &mut found);
    rules::product_models(doc, &mut found);
    markets::resolve(doc, &mut found);
    let more = rules::extract(doc, &found);
    merge_sorted(&mut found, more);
    let codes = rules::market_codes(&doc.text, &found);
    merge_sorted(&mut found, codes);
    let shaped = rules::name_shapes(doc, &found);
    merge_sorted(&mut found, shaped);
    let outlets = mastheads::extract(doc, &found);
    merge_sorted(&mut found, outlets);
    let listed = digests::extract(doc, &found);
    merge_sorted(&mut found, listed);
    persons::extract(doc, &mut found);
    propagate::extend(doc, &mut found, propagate::SPREADING_RULES);
    context::extract(doc, &mut found);
    context::acronyms(doc, &mut found);
    propagate::extend(doc, &mut found, &[Rule::OrgContext, Rule::OrgAcronym]);
    // A name spread to another occurrence may stand in a list there ("Peel
    // Hunt and Jefferies" once "analysts at Peel Hunt" named it).
    let before = found.len();
    context::lists(doc, &mut found);
    if found.len() > before {
        propagate::extend(doc, &mut found, &[Rule::OrgContext]);
    }
    backref::extract(doc, &mut found);
    // A maker found by context or spread is no company before its model:
    // "Zorbex Z300", as "Airbus A380" for a catalogue maker.
    rules::product_models(doc, &mut found);
    found = keep_longest(found);
    epithets::extract(doc, &mut found);
    sort_by_span(&mut found);
    persons::late_employers(&doc.text, &mut found);
    found
}

pub(crate) fn mention(kind: MentionType, span: Range<usize>, value: EntityRef, rule: Rule) -> Mention {
    Mention::new(kind, span, Value::Entity(value), rule)
}

pub(crate) fn entity_of(m: &Mention) -> Option<&EntityRef> {
    match &m.value {
        Value::Entity(e) => Some(e),
        _ => None,
    }
}

/// Longest span an organization or person mention has (bytes); lets overlap
/// queries on start-sorted mentions look only a little way back.
const MAX_SPAN: usize = 512;

/// The mentions of `sorted` (owned or borrowed, sorted by start) that overlap `q`.
pub(crate) fn overlapping<'a, M: std::borrow::Borrow<Mention>>(
    sorted: &'a [M],
    q: &Range<usize>,
) -> impl Iterator<Item = &'a Mention> + 'a {
    let hi = sorted.partition_point(|m| m.borrow().span.start < q.end);
    let (start, end) = (q.start, q.end);
    sorted[..hi]
        .iter()
        .rev()
        .map(Borrow::borrow)
        .take_while(move |m: &&Mention| m.span.start + MAX_SPAN > start)
        .filter(move |m: &&Mention| m.span.end > start && m.span.start < end)
}

/// Whether the chars around `span` make it a whole word (or words).
pub(crate) fn at_word_bounds(text: &str, span: &Range<usize>) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

pub(crate) use patterns::is_connector;

/// Whether `found` is an acceptable spelling of catalogue name `name`.
fn case_ok(found: &str, name: &str, origin: Origin) -> bool {
    if found == name {
        return true;
    }
    // "the Fed" opening a sentence: "The Fed".
    if let (Some(f), Some(n)) = (found.strip_prefix("The "), name.strip_prefix("the ")) {
        return f == n;
    }
    let letters = found.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 3 && found == name.to_uppercase() {
        return true;
    }
    match origin {
        Origin::Curated => false,
        Origin::Sec | Origin::Index => found
            .split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| is_connector(w) || w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())),
    }
}

/// Catalogue names in the text, leftmost-longest: at each word start not
/// inside a name already taken, the longest trie pattern ending at a word
/// bound whose case is right.
fn names(doc: &Document) -> Vec<Mention> {
    let g = &*GAZETTEER;
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Pattern ends at the current start that end a word: (end, pattern), shortest first.
    let mut ends: Vec<(usize, u32)> = Vec::new();
    let mut next = 0;
    while next < bytes.len() {
        let start = next;
        next += 1;
        // Cheapest tests first: most bytes are inside a word.
        let word_start = match start.checked_sub(1).map(|i| bytes[i]) {
            None => true,
            Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
            Some(_) => {
                text.is_char_boundary(start) && !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
            }
        };
        if !word_start {
            continue;
        }
        let names = if bytes[start].is_ascii_lowercase() {
            &g.lower_start_names
        } else {
            &g.names
        };
        if !names.starts_with_byte(bytes[start]) || !text.is_char_boundary(start) {
            continue;
        }
        ends.clear();
        names.prefixes_of(&bytes[start..], |len, pattern| {
            let end = start + len;
            let word_end = text.is_char_boundary(end) && !text[end..].chars().next().is_some_and(char::is_alphanumeric);
            if word_end {
                ends.push((end, pattern));
            }
        });
        let longest_cased = ends.iter().rev().find_map(|&(end, pattern)| {
            let found = &text[start..end];
            let surface = g.surfaces_of_pattern(pattern).iter().copied().find(|&s| {
                let surface = &g.surfaces[s];
                if gazetteer::is_hidden(surface.entry) {
                    return false;
                }
                case_ok(found, &surface.text, g.entries[surface.entry].origin)
            });
            surface.map(|s| (end, s))
        });
        let Some((end, s)) = longest_cased else { continue };
        if shout_before_trade_word(text, start..end, &g.surfaces[s].text) {
            continue;
        }
        // Nothing starts inside a name taken.
        next = end;
        let surface = &g.surfaces[s];
        let entry = &g.entries[surface.entry];
        if entry.origin.is_listed() && lone_word_not_a_company(text, start, end) {
            continue;
        }
        // A one-word company of the hand-written catalogue after a given name
        // is that person's surname: "Leonard Bernstein", "Michael Dell".
        let company_like = matches!(entry.kind, EntityKind::Company | EntityKind::Organization);
        if company_like && !entry.origin.is_listed() && !text[start..end].contains(' ') && after_given_name(text, start)
        {
            continue;
        }
        let (kind, rule, confidence) = match (entry.kind, entry.origin) {
            (EntityKind::Person, _) => (MentionType::Person, Rule::PersonGazetteer, 1.0),
            (EntityKind::Product, _) => (MentionType::Org, Rule::OrgProduct, 1.0),
            (_, Origin::Sec) => (MentionType::Org, Rule::OrgGazetteerSec, 0.9),
            (_, Origin::Index) => (MentionType::Org, Rule::OrgGazetteerIndex, 0.9),
            _ if surface.text == entry.name => (MentionType::Org, Rule::OrgGazetteerName, 1.0),
            _ => (MentionType::Org, Rule::OrgGazetteerAlias, 0.95),
        };
        // "the Treasury" in a Polish or British story is not the US Treasury:
        // it is that country's, an entity of its own by the words written.
        if !entry.names_here(&surface.text, text) {
            let found = &text[start..end];
            let bare = found
                .strip_prefix("the ")
                .or_else(|| found.strip_prefix("The "))
                .unwrap_or(found);
            out.push(mention(kind, start..end, EntityRef::named(bare, entry.kind, 0.8), rule));
            continue;
        }
        out.push(mention(kind, start..end, EntityRef::of(entry, confidence), rule));
    }
    out
}

/// Whether the capitals of a mixed-case catalogue name ("BOE" of "BoE")
/// stand before a trade or head word: another company's name ("BOE
/// Technology", "NICE Holdings"), no shout of the catalogue's.
fn shout_before_trade_word(text: &str, span: Range<usize>, surface: &str) -> bool {
    let end = span.end;
    if &text[span] == surface || !surface.chars().any(char::is_lowercase) {
        return false;
    }
    text[end..]
        .strip_prefix(' ')
        .map(|a| a.split([' ', ',', '.', ';', ':', '\n']).next().unwrap_or(""))
        .is_some_and(|w| propagate::is_descriptor(w) || rules::is_head_word(w))
}

/// Whether a given name ([`context::is_first_name`]) stands right before `start`.
fn after_given_name(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit([' ', '\n', '(']).next())
        .is_some_and(context::is_first_name)
}

/// A one-word SEC name that reads as something else here: a month ("Nov."
/// in a dateline), a first name or surname ("Graham Pettifer", "Tom
/// Graham"). Longer SEC names and curated names are not asked.
fn lone_word_not_a_company(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if word.contains(' ') {
        return false;
    }
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];
    if MONTHS.contains(&word) {
        return true;
    }
    let after = &text[end..];
    let capital_next = after
        .strip_prefix(' ')
        .and_then(|a| a.split(' ').next())
        .is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).any(char::is_lowercase)
                && !GAZETTEER.is_legal_form(w.trim_end_matches([',', '.']))
                && !country_unit(w)
        });
    let before = text[..start]
        .strip_suffix(' ')
        .map(|b| b.rsplit([' ', '\n']).next().unwrap_or(""));
    let capital_before = before.is_some_and(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(char::is_alphabetic)
            && w.chars().skip(1).any(char::is_lowercase)
            && !context::not_org(w)
    });
    // A first word capitalized after a sentence start is not a person's name.
    let sentence_start = text[..start].trim_end().is_empty() || text[..start].trim_end().ends_with(['.', '\n']);
    capital_next || (capital_before && !sentence_start)
}

/// A place after a listed company's name makes its national arm ("Tesco
/// Slovakia", "Vodafone Spain"), not a person's surname after a given name.
fn country_unit(w: &str) -> bool {
    context::is_place(w.trim_end_matches([',', '.', ':', ';', '\'', '’']))
}

/// Settles overlaps inside the family: the longer mention wins (a rule's
/// "Acme Robotics Inc." over a catalogue "Acme"), ties go to the first found.
fn keep_longest(all: Vec<Mention>) -> Vec<Mention> {
    // Small keys are sorted, not the mentions (a Mention is large to move);
    // the index last keeps ties in input order, as a stable sort would.
    let mut order: Vec<(std::cmp::Reverse<usize>, usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(i, m)| (std::cmp::Reverse(m.span.len()), m.span.start, i))
        .collect();
    order.sort_unstable();
    // Kept spans never overlap, so by start they are also ordered by end: the
    // one starting last before `m` ends is the only one that may overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<(usize, usize, usize)> = Vec::with_capacity(all.len());
    for (_, _, i) in order {
        let span = &all[i].span;
        let clash = taken
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        if !clash {
            taken.insert(span.start, span.end);
            kept.push((span.start, span.end, i));
        }
    }
    // Sorted by span already (it nearly always is): dropping the others keeps
    // the order a sort of the kept ones would give, without moving them.
    if all.is_sorted_by_key(|m| (m.span.start, m.span.end)) {
        let mut keep = vec![false; all.len()];
        for &(_, _, i) in &kept {
            keep[i] = true;
        }
        let mut all = all;
        let mut i = 0;
        all.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        return all;
    }
    kept.sort_unstable();
    take_in_order(all, kept.into_iter().map(|(_, _, i)| i))
}

/// Sorts by span (start, then end) like a stable sort, but sorts small keys
/// and moves each mention once; most calls find the mentions sorted already.
pub(crate) fn sort_by_span(mentions: &mut Vec<Mention>) {
    if mentions.is_sorted_by_key(|m| (m.span.start, m.span.end)) {
        return;
    }
    let mut keys: Vec<(usize, usize, usize)> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (m.span.start, m.span.end, i))
        .collect();
    keys.sort_unstable();
    *mentions = take_in_order(std::mem::take(mentions), keys.into_iter().map(|(_, _, i)| i));
}

/// Adds `more` to `found` and sorts by span as a stable sort of the two
/// would, by merging when `found` is sorted already (it nearly always is).
pub(crate) fn merge_sorted(found: &mut Vec<Mention>, mut more: Vec<Mention>) {
    let key = |m: &Mention| (m.span.start, m.span.end);
    if !found.is_sorted_by_key(key) {
        found.append(&mut more);
        sort_by_span(found);
        return;
    }
    sort_by_span(&mut more);
    if found.last().zip(more.first()).is_none_or(|(a, b)| key(a) <= key(b)) {
        found.append(&mut more);
        return;
    }
    // A few: each is put in place (one memmove of the tail, no element moves).
    if more.len() <= 8 {
        for m in more {
            let at = found.partition_point(|f| key(f) <= key(&m));
            found.insert(at, m);
        }
        return;
    }
    let mut merged = Vec::with_capacity(found.len() + more.len());
    let mut a = std::mem::take(found).into_iter().peekable();
    let mut b = more.into_iter().peekable();
    // On equal spans `found`'s come first, as in a stable sort of `found` then `more`.
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if key(y) < key(x) { b.next() } else { a.next() };
        merged.extend(next);
    }
    merged.extend(a);
    merged.extend(b);
    *found = merged;
}

/// The mentions at `order` (indexes into `all`, each at most once), in that order.
fn take_in_order(all: Vec<Mention>, order: impl Iterator<Item = usize>) -> Vec<Mention> {
    let mut slots: Vec<Option<Mention>> = all.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    out.extend(order.filter_map(|i| slots[i].take()));
    out
}

/// Test view of a text's organization mentions: (text, entity id, rule), in order.
/// The ORG mentions of [`mentions_with_ids`]: text, entity id, rule.
#[cfg(test)]
pub(crate) fn org_mentions_with_ids(text: &str) -> Vec<(String, String, Rule)> {
    mentions_with_ids(text)
        .into_iter()
        .filter(|m| m.3 == MentionType::Org)
        .map(|(t, id, rule, _)| (t, id, rule))
        .collect()
}

#[cfg(test)]
pub(crate) fn mentions_with_ids(text: &str) -> Vec<(String, String, Rule, MentionType)> {
    let doc = crate::text::Document::new(text, None);
    extract(&doc)
        .into_iter()
        .map(|m| {
            let id = entity_of(&m).expect("orgs mentions carry entities").entity.clone();
            (doc.text[m.span.clone()].to_string(), id, m.rule, m.kind)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rule::Rule;

    fn found(text: &str) -> Vec<(String, String, Rule)> {
        let doc = Document::new(text, None);
        extract(&doc)
            .into_iter()
            .map(|m| {
                let id = entity_of(&m).unwrap().entity.clone();
                (doc.text[m.span].to_string(), id, m.rule)
            })
            .collect()
    }

    fn ids(text: &str) -> Vec<(String, String)> {
        found(text).into_iter().map(|(t, id, _)| (t, id)).collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn catalogue_names_aliases_and_cases() {
        assert_eq!(
            ids("Microsoft and OpenAI met Amazon Web Services (AWS) and MICROSOFT."),
            pairs(&[
                ("Microsoft", "microsoft"),
                ("OpenAI", "openai"),
                ("Amazon Web Services", "aws"),
                ("AWS", "aws"),
                ("MICROSOFT", "microsoft")
            ])
        );
        // Lower case is not the company; a name inside a word is not a name.
        assert_eq!(ids("an apple a day; we can afford it"), vec![]);
        // SEC names match when capitalized, with their legal form.
        assert_eq!(
            ids("Palantir Technologies Inc. rose."),
            pairs(&[("Palantir Technologies Inc.", "cik:1321655")])
        );
        assert_eq!(
            ids("Apple Inc. and OpenAI’s models"),
            pairs(&[("Apple Inc.", "apple"), ("OpenAI", "openai")])
        );
    }

    /// Korea's financial regulators and the Asian exchanges the catalogue
    /// had lacked; an exchange written with "stock exchange" in lower case.
    #[test]
    fn asian_regulators_and_exchanges() {
        assert_eq!(
            ids("The FSS asked Daesan to revise its filing, the Financial Supervisory Service said."),
            pairs(&[("FSS", "korea-fss"), ("Financial Supervisory Service", "korea-fss")])
        );
        assert_eq!(
            ids("Trading at the Hong Kong stock exchange was thin; the HNX and HoSE indexes slipped."),
            pairs(&[("Hong Kong stock exchange", "hkex"), ("HNX", "hnx"), ("HoSE", "hose")])
        );
        // Counter-examples: lower case, and "stock exchange" alone.
        assert_eq!(ids("a fire hose at the stock exchange"), vec![]);
    }

    /// The capitals of a mixed-case catalogue name before a trade word are
    /// another company's name; alone they stay the catalogue's.
    #[test]
    fn capitals_of_a_name_before_a_trade_word_name_another_company() {
        assert_eq!(
            ids("Panel makers such as BOE Technology and Visionox cut prices, while the BOE held rates."),
            pairs(&[
                ("BOE Technology", "name:boe-technology"),
                ("Visionox", "name:visionox"),
                ("BOE", "bank-of-england")
            ])
        );
    }

    #[test]
    fn stock_index_companies_outside_the_sec_list() {
        // FTSE 100, MDAX, Nikkei 225 members: ISIN ids, with their legal form.
        assert_eq!(
            ids("Tesco and J Sainsbury's rivals; Yaskawa Electric Corp. fell."),
            pairs(&[
                ("Tesco", "isin:GB0008847096"),
                ("Sainsbury's", "isin:GB00B019KW72"),
                ("Yaskawa Electric Corp.", "isin:JP3932000007")
            ])
        );
        let text = "Hochtief cut 400 jobs, ABN AMRO said.";
        let found = extract(&Document::new(text, None));
        let rules: Vec<(&str, Rule)> = found.iter().map(|m| (&text[m.span.clone()], m.rule)).collect();
        assert_eq!(
            rules,
            [
                ("Hochtief", Rule::OrgGazetteerIndex),
                ("ABN AMRO", Rule::OrgGazetteerIndex)
            ]
        );
        // Lower case is no name; one-word names read as words are not listed.
        assert_eq!(ids("the tesco of the lufthansa"), vec![]);
        assert_eq!(ids("Continental Europe and Disco music"), vec![]);
    }

    #[test]
    fn lone_sec_words_that_are_names_or_months_are_not_companies() {
        // No company: a person, by the apposition naming a post (`person.frame`).
        assert_eq!(
            ids("Graham Pettifer, the chief executive, will leave."),
            pairs(&[("Graham Pettifer", "person:graham-pettifer")])
        );
        assert_eq!(
            ids("HOUSTON, Nov. 5 (Reuters) - Shares rose."),
            pairs(&[("Reuters", "reuters")])
        );
        assert_eq!(
            ids("Graham said it would raise prices."),
            pairs(&[("Graham", "cik:716314")])
        );
        // A place after the name is the company's national arm, no surname.
        for (text, id) in [
            ("Tesco Slovakia said it would cut prices.", "isin:GB0008847096"),
            ("Prices at Hochtief Australia rose.", "isin:DE0006070006"),
        ] {
            assert!(ids(text).iter().any(|(_, got)| got == id), "{text:?}: {:?}", ids(text));
        }
    }

    #[test]
    fn products_carry_their_owner() {
        let doc = Document::new("OpenAI models will run on Azure and AWS Bedrock.", None);
        let got = extract(&doc);
        let azure = entity_of(&got[1]).unwrap();
        assert_eq!((azure.entity.as_str(), azure.kind), ("azure", EntityKind::Product));
        assert_eq!(azure.owner.as_deref(), Some("microsoft"));
        assert_eq!(&doc.text[got[2].span.clone()], "AWS Bedrock");
        assert_eq!(entity_of(&got[2]).unwrap().owner.as_deref(), Some("aws"));
    }

    #[test]
    fn no_false_positives_from_capitals() {
        let text = "Breaking News: A New Chapter in AI Partnerships\n\
                    OpenAI produces AGI. Frontier is a tool. Stateful Runtime is new. In October, France and Japan agreed.";
        assert_eq!(ids(text), pairs(&[("OpenAI", "openai")]));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Any text, including broken names, possessives and multi-byte
        /// chars next to names: no panic, spans on char boundaries, in order.
        #[test]
        fn never_panics_and_spans_are_sound(
            text in "(Microsoft|OpenAI|AWS|the |Windows |giant|maker|’s |Inc\\.|, |GmbH|Bank|of |CEO |Sam Altman|\\(NASDAQ: MSFT\\)|\\$NVDA|[A-Z][a-z]{0,6}|é|\n| |\\.){0,40}"
        ) {
            let doc = Document::new(&text, None);
            let got = extract(&doc);
            for m in &got {
                proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= doc.text.len());
                proptest::prop_assert!(doc.text.is_char_boundary(m.span.start) && doc.text.is_char_boundary(m.span.end));
            }
            proptest::prop_assert!(got.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        }
    }

    proptest::proptest! {
        /// Merging (sorted or not, few or many) orders mentions as a stable sort does.
        #[test]
        fn merging_orders_like_a_stable_sort(
            found in proptest::collection::vec((0usize..40, 1usize..6), 0..30),
            more in proptest::collection::vec((0usize..40, 1usize..6), 0..20),
            sorted in proptest::bool::ANY,
        ) {
            let make = |spans: &[(usize, usize)], tag: &str| -> Vec<Mention> {
                spans
                    .iter()
                    .enumerate()
                    .map(|(i, &(s, len))| {
                        let e = EntityRef { entity: format!("{tag}{i}"), ..Default::default() };
                        mention(MentionType::Org, s..s + len, e, Rule::Test)
                    })
                    .collect()
            };
            let mut got = make(&found, "found");
            if sorted {
                got.sort_by_key(|m| (m.span.start, m.span.end));
            }
            let more = make(&more, "more");
            let mut want = got.clone();
            want.extend(more.clone());
            want.sort_by_key(|m| (m.span.start, m.span.end));
            merge_sorted(&mut got, more);
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn entity_info_gives_catalogue_facts() {
        let msft = entity_info("microsoft").unwrap();
        assert_eq!((msft.ticker.as_deref(), msft.cik), (Some("MSFT"), Some(789019)));
        assert_eq!(entity_info("aws").unwrap().parent.as_deref(), Some("amazon"));
        assert_eq!(entity_info("azure").unwrap().parent.as_deref(), Some("microsoft"));
        assert!(entity_info("name:nobody").is_none());
    }
}
