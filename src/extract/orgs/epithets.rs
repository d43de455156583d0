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

/// Nouns that end an epithet resolved through the catalogue ("the Windows
/// giant", "the model maker"); the reference heads of
/// `data/orgs/reference-heads.tsv` end one too.
const HEADS: &[&str] = &[
    "behemoth",
    "giant",
    "lab",
    "maker",
    "makers",
    "titan",
    // One-word epithets: the head is also the industry word.
    "airline",
    "planemaker",
];

/// A reference head's kinds (`reference-heads.tsv`): "company", "regulator",
/// "exchange" or a trade ("bank", "airline").
static REFERENCE_HEADS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    let t = super::tables::parse("reference-heads.tsv", super::tables::REFERENCE_HEADS, 2);
    t.rows.iter().map(|r| (r[0], r[1].split('|').collect())).collect()
});

/// Name word → the trade it says (`reference-kinds.tsv`).
static REFERENCE_KINDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let t = super::tables::parse("reference-kinds.tsv", super::tables::REFERENCE_KINDS, 2);
    t.rows.iter().map(|r| (r[0], r[1])).collect()
});

/// The words of one role of `reference-cues.tsv` ("other", "relation", "aside").
fn cues(role: &str) -> &'static [&'static str] {
    static CUES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
        let t = super::tables::parse("reference-cues.tsv", super::tables::REFERENCE_CUES, 2);
        t.rows.iter().map(|r| (r[0], r[1])).collect()
    });
    static BY_ROLE: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
        let mut out: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        for &(role, word) in CUES.iter() {
            match out.iter_mut().find(|(r, _)| *r == role) {
                Some((_, words)) => words.push(word),
                None => out.push((role, vec![word])),
            }
        }
        out
    });
    BY_ROLE
        .iter()
        .find(|(r, _)| *r == role)
        .map_or(&[], |(_, w)| w.as_slice())
}

/// The kinds a reference head says, if it is one.
fn reference_kinds(head: &str) -> Option<&'static [&'static str]> {
    REFERENCE_HEADS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(head))
        .map(|(_, k)| k.as_slice())
}

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

/// Capitalized heads a filing or release uses as its defined term for the
/// issuer ("the Company reported", "The Group has obtained"), with the
/// lower-case head they are read as.
const DEFINED_TERMS: &[(&str, &str)] = &[("Company", "company"), ("Group", "group")];

static HEAD_AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut heads: Vec<&str> = HEADS.to_vec();
    heads.extend(REFERENCE_HEADS.iter().map(|(w, _)| *w).filter(|w| !HEADS.contains(w)));
    heads.extend(DEFINED_TERMS.iter().map(|&(term, _)| term));
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(heads)
        .expect("epithet heads build")
});

/// Finds epithets and resolves them against the catalogue and `found` (the
/// document's names, sorted by position).
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    let mut out = find(doc, found);
    sort_by_span(&mut out);
    let pronouns = sentence_initial_it(doc, found, &out);
    out.extend(pronouns);
    // A product inside "the ChatGPT makers" is part of the epithet, not a mention of its own.
    sort_by_span(&mut out);
    // A name inside a reference ("the Calloway Group unit said") stays a
    // mention of its own, as a person's does.
    let covering: Vec<&Mention> = out
        .iter()
        .filter(|e| !matches!(e.rule, Rule::OrgEpithetPerson | Rule::OrgAnaphorCompany))
        .collect();
    found.retain(|m| {
        !super::overlapping(&covering, &m.span).any(|e| e.span.start <= m.span.start && m.span.end <= e.span.end)
    });
    merge_sorted(found, out);
}

/// The references ("the company", "the lender", "It", "Its") of a source
/// the story pass gave names to, read again: their antecedent may be a
/// company only the story named there ("Corvane" in the outlet that never
/// wrote "Corvane AI"). Returns whether they changed.
pub(crate) fn story_references(doc: &Document, found: &mut Vec<Mention>) -> bool {
    let is_reference = |m: &Mention| m.rule.is_in("org.anaphor");
    let before: Vec<(Range<usize>, String)> = found
        .iter()
        .filter(|m| is_reference(m))
        .filter_map(|m| Some((m.span.clone(), entity_of(m)?.entity.clone())))
        .collect();
    found.retain(|m| !is_reference(m));
    let mut out = find(doc, found);
    out.retain(|m| is_reference(m));
    sort_by_span(&mut out);
    let pronouns = sentence_initial_it(doc, found, &out);
    out.extend(pronouns);
    out.retain(|m| super::overlapping(found, &m.span).next().is_none());
    sort_by_span(&mut out);
    let after: Vec<(Range<usize>, String)> = out
        .iter()
        .filter_map(|m| Some((m.span.clone(), entity_of(m)?.entity.clone())))
        .collect();
    merge_sorted(found, out);
    before != after
}

fn find(doc: &Document, found: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let focus = Focus::of(found);
    for m in HEAD_AC.find_iter(text) {
        let head = m.start()..m.end();
        if !at_word_bounds(text, &head) || super::overlapping(found, &head).next().is_some() {
            continue;
        }
        let written = &text[head.clone()];
        let head_word = DEFINED_TERMS
            .iter()
            .find(|&&(term, _)| term == written)
            .map_or(written, |&(_, head)| head);
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
        let kinds = reference_kinds(head_word);
        // Subject position: opening the sentence, or before a reporting verb
        // or an auxiliary ("..., the company said", "the lender will cut");
        // not an object ("valuing the company at"), which may be the other party.
        let followed_by = |verbs: &[&str]| {
            verbs.iter().any(|v| {
                text[span.end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(v) && at_word_bounds(r, &(0..v.len())))
            })
        };
        // Never after a preposition ("for the Japanese company is"): an object.
        // Mid-sentence "the company", "the firm" before a reporting verb or an
        // auxiliary; any other reference head before a reporting verb ("after
        // the group told investors", "..., the lender said").
        let valued = valued_by_deal(doc, found, the);
        // "The company said": the salient company before; "Apple fell, the
        // company said": the company just named; "Tarn will buy Ebbe under
        // terms which value the business at": the company named last before
        // the verb.
        let resolve = |kinds: &[&str], out: &[Mention]| {
            named_earlier_in_sentence(doc, found, the, kinds, head_word, valued)
                .or_else(|| salient(doc, found, out, the, kinds, head_word, Some(&focus)))
        };
        let subject = sentence_start(doc, the)
            || (!related(text, the)
                && (followed_by(REPORTING_VERBS)
                    || (matches!(head_word, "company" | "firm") && followed_by(AUXILIARIES))
                    || relative_after(text, the, span.end)
                    || valued));
        // A modifier that makes the phrase another company than one named
        // before ("the combined group", "the private equity firm").
        let other = !key_text.is_empty()
            && key_text
                .split([' ', '-'])
                .any(|w| cues("other").iter().any(|c| c.eq_ignore_ascii_case(w)));
        if key_text.is_empty() {
            let industry = head_industry(head_word).and_then(|ind| last_with_industry(found, ind, the, key_text));
            if let Some(r) = industry {
                out.push(mention(MentionType::Org, span, r, Rule::OrgEpithetIndustry));
            } else if let Some(r) = kinds.filter(|_| subject).and_then(|kinds| resolve(kinds, &out)) {
                out.push(mention(MentionType::Org, span, r, Rule::OrgAnaphorCompany));
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
            continue;
        }
        // "The specialty chemicals maker placed bonds", "The Tokyo-based
        // company also lifted": a described reference head in subject
        // position, resolved as the bare head is.
        if let Some(r) = kinds
            .filter(|_| subject && !other)
            .and_then(|kinds| resolve(kinds, &out))
        {
            out.push(mention(MentionType::Org, span, r, Rule::OrgAnaphorCompany));
        }
    }
    out
}

/// The company a document is about: the one its names give most often (at
/// least three times, more than any other). A reference whose salient
/// company is one the document names only once in passing (a rating agency,
/// a broker, a holder, a lender) is about this one instead: "Kellbrook
/// Ratings Inc. grades the notes BBB. The company also raised its dividend."
/// Borrowed from the mentions: one id copied per company mention was most
/// of its cost.
struct Focus<'a> {
    /// Entity id → name mentions.
    counts: foldhash::HashMap<&'a str, usize>,
    /// The most named company, when it stands out.
    top: Option<&'a EntityRef>,
}

impl<'a> Focus<'a> {
    fn of(found: &'a [Mention]) -> Focus<'a> {
        let mut counts: foldhash::HashMap<&str, usize> = Default::default();
        let mut best: Option<(&EntityRef, usize)> = None;
        let mut tied = false;
        for m in found
            .iter()
            .filter(|m| m.kind == MentionType::Org && !m.rule.is_in("org.anaphor"))
        {
            let Some(e) = entity_of(m) else { continue };
            if !matches!(e.kind, EntityKind::Company | EntityKind::Organization) {
                continue;
            }
            let n = counts.entry(e.entity.as_str()).or_insert(0);
            *n += 1;
            match best {
                Some((b, _)) if b.entity == e.entity => {
                    best = Some((b, *n));
                    tied = false;
                }
                Some((_, bn)) if *n == bn => tied = true,
                Some((_, bn)) if *n < bn => {}
                _ => {
                    best = Some((e, *n));
                    tied = false;
                }
            }
        }
        let top = best.filter(|&(_, n)| n >= 3 && !tied).map(|(e, _)| e);
        Focus { counts, top }
    }

    fn instead_of(&self, e: &EntityRef, kinds: &[&str], head: &str) -> Option<&EntityRef> {
        let top = self.top?;
        let once = self.counts.get(e.entity.as_str()) == Some(&1);
        (once && top.entity != e.entity && fits(top, kinds, head)).then_some(top)
    }
}

/// "Its founder said the company, which employs 90 people, intends to
/// recruit", "After the bell, the firm, whose plants make cathodes, was worth":
/// a reference after a comma or a reporting verb that a relative clause
/// describes is what its sentence is about; not an object ("agreed to buy
/// the company, which makes").
fn relative_after(text: &str, the: usize, end: usize) -> bool {
    const OPENERS: &[&str] = &[", ", "says ", "said ", "that "];
    let before = &text[..the];
    let after = &text[end..];
    (after.starts_with(", which ") || after.starts_with(", whose ")) && OPENERS.iter().any(|o| before.ends_with(o))
}

/// "a financing led by Ashgrove Capital that values the firm near $900
/// million", "The listing price valued the group at £1.25 billion": the one a deal
/// values is the one the story is about; not "Orrick Labs is valuing the
/// company at $10 billion", whose valuer is named before the verb.
fn valued_by_deal(doc: &Document, found: &[Mention], the: usize) -> bool {
    const VERBS: &[&str] = &["values ", "valued ", "valuing ", "value "];
    let text = doc.text.as_str();
    let before = &text[..the];
    let Some(verb) = VERBS.iter().find(|v| before.ends_with(*v)) else {
        return false;
    };
    let verb_start = the - verb.len();
    let head = text[..verb_start].trim_end();
    if head.ends_with(" that") || head.ends_with(" which") {
        return true;
    }
    let Some(sentence) = doc.sentence_at(the) else {
        return false;
    };
    let from = found.partition_point(|m| m.span.start < sentence.span.start);
    !found[from..]
        .iter()
        .take_while(|m| m.span.start < verb_start)
        .any(|m| matches!(m.kind, MentionType::Org | MentionType::Person))
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
fn sentence_initial_it(doc: &Document, found: &[Mention], refs: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    // The references found so far and these pronouns, by position.
    let mut earlier: Vec<Mention> = refs.to_vec();
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
        // "It also said": an adverb between.
        let after = after.strip_prefix("also ").unwrap_or(after);
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
            || super::overlapping(&earlier, previous).next().is_some();
        let Some(r) = salient(doc, found, &earlier, start, &["any"], word, None).filter(|_| named_before) else {
            continue;
        };
        let m = mention(
            MentionType::Org,
            start..start + word.len(),
            EntityRef { confidence: 0.4, ..r },
            Rule::OrgAnaphorPronoun,
        );
        let at = earlier.partition_point(|e| e.span.start < m.span.start);
        earlier.insert(at, m.clone());
        out.push(m);
    }
    out
}

/// The company named earlier in `pos`'s sentence whose kind fits, not named
/// for its analysts nor in a related clause; none when `pos` opens its
/// sentence. The first one ("Acme fell, the company said"), or with `valued`
/// the last one before the verb ("Tarn will buy Ebbe under terms which value
/// the business at": Ebbe).
fn named_earlier_in_sentence(
    doc: &Document,
    found: &[Mention],
    pos: usize,
    kinds: &[&str],
    head: &str,
    valued: bool,
) -> Option<EntityRef> {
    if sentence_start(doc, pos) {
        return None;
    }
    let text = doc.text.as_str();
    let sentence = doc.sentence_at(pos)?;
    let from = found.partition_point(|m| m.span.start < sentence.span.start);
    let mut fitting = found[from..]
        .iter()
        .take_while(|m| m.span.end <= pos)
        .filter(|m| m.kind == MentionType::Org && !analysts_of(text, &m.span) && !related(text, m.span.start))
        .filter_map(entity_of)
        .filter(|e| fits(e, kinds, head));
    let named = if valued { fitting.last() } else { fitting.next() };
    named.map(|e| EntityRef {
        confidence: 0.5,
        ..e.clone()
    })
}

/// Whether a company fits a reference head's kinds: "company" any company
/// or organization, "any" a public body too (a pronoun), "regulator" a public
/// body, "exchange" an exchange; a trade a company whose catalogue industries
/// or name words (`reference-kinds.tsv`) say it, or say no trade at all.
fn fits(e: &EntityRef, kinds: &[&str], head: &str) -> bool {
    let company = matches!(e.kind, EntityKind::Company | EntityKind::Organization);
    kinds.iter().any(|&kind| match kind {
        "company" => company,
        "any" => company || e.kind == EntityKind::Government,
        "regulator" => e.kind == EntityKind::Government,
        "exchange" => e.kind == EntityKind::Exchange,
        trade => {
            if !company {
                return false;
            }
            let g = &*GAZETTEER;
            if let Some(i) = g.index(&e.entity)
                && (g.by_industry(head).contains(&i) || g.by_industry(trade).contains(&i))
            {
                return true;
            }
            let said: Vec<&str> = e
                .name
                .split([' ', ','])
                .filter_map(|w| REFERENCE_KINDS.iter().find(|(n, _)| *n == w).map(|(_, k)| *k))
                .collect();
            said.is_empty() || said.contains(&trade)
        }
    })
}

/// Whether the name at `start` follows a preposition or a relation noun
/// ("a deal with Acme", "its rival Sorrel Brands", "parent Hanseong
/// Chemical"): it is not the subject its sentence is about.
fn related(text: &str, start: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "with",
        "from",
        "to",
        "by",
        "at",
        "for",
        "against",
        "than",
        "like",
        "versus",
        "including",
        "via",
    ];
    let before = text[..start].trim_end();
    let last_word = |before: &str| {
        before
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("")
            .to_lowercase()
    };
    let mut lower = last_word(before);
    // An article between: "according to a Tolland consensus", "bought by the
    // Orvane Fund", "its rival, the Sorrel group".
    if matches!(lower.as_str(), "a" | "an" | "the") {
        let rest = before[..before.len() - lower.len()].trim_end();
        if !rest.ends_with(['.', '!', '?', '\n']) {
            lower = last_word(rest);
        }
    }
    PREPOSITIONS.contains(&lower.as_str()) || cues("relation").contains(&lower.as_str())
}

/// Whether a sentence is a reporter's aside to a company ("Orrin Capital did
/// declined to comment on the report"): it sets no antecedent.
fn aside(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    cues("aside").iter().any(|w| {
        lower
            .match_indices(w)
            .any(|(i, _)| at_word_bounds(&lower, &(i..i + w.len())))
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

/// Whether the organization at `span` is a person's former employer
/// ("founded by former Vexa engineer Dana Holt", "an ex-Morland banker"):
/// a past word (`past` in reference-cues.tsv) right before it.
fn past_employer(text: &str, span: &Range<usize>) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '-']);
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("");
    cues("past").iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// The first organization of `list` in `span` not named for its analysts
/// nor as a person's former employer;
/// a public body only when `public` (a reference that may be one): "The
/// state attorney general is investigating Orlen Works. The company
/// confirmed ..." reads past the attorney general to Orlen Works.
fn first_org_in<'a>(list: &'a [Mention], span: &Range<usize>, text: &str, public: bool) -> Option<&'a Mention> {
    let from = list.partition_point(|m| m.span.start < span.start);
    list[from..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| {
            m.kind == MentionType::Org
                && m.span.end <= span.end
                && !analysts_of(text, &m.span)
                && !past_employer(text, &m.span)
        })
        .find(|m| {
            entity_of(m).is_some_and(|e| match e.kind {
                EntityKind::Company | EntityKind::Organization | EntityKind::Exchange => true,
                EntityKind::Government => public,
                _ => false,
            })
        })
}

/// The salient company before `pos` of the kinds a reference says: going
/// back sentence by sentence (at most ten), the company in subject position
/// of the nearest sentence that has one (its first organization, not named
/// for its analysts, not after a preposition or a relation noun; an earlier
/// reference counts as its company), skipping reporters' asides and
/// companies whose kind does not fit.
fn salient(
    doc: &Document,
    found: &[Mention],
    earlier: &[Mention],
    pos: usize,
    kinds: &[&str],
    head: &str,
    focus: Option<&Focus<'_>>,
) -> Option<EntityRef> {
    let text = doc.text.as_str();
    let here = doc.sentence_index(pos);
    // A public body is a reference's antecedent only when the head may name one.
    let public = kinds.iter().any(|k| matches!(*k, "regulator" | "any"));
    for s in (here.saturating_sub(10)..here).rev() {
        let span = &doc.sentences[s].span;
        if aside(&text[span.clone()]) {
            continue;
        }
        let first = match (
            first_org_in(found, span, text, public),
            first_org_in(earlier, span, text, public),
        ) {
            (Some(a), Some(b)) => Some(if b.span.start < a.span.start { b } else { a }),
            (a, b) => a.or(b),
        };
        let Some(first) = first else { continue };
        if related(text, first.span.start) {
            continue;
        }
        let Some(e) = entity_of(first).filter(|e| fits(e, kinds, head)) else {
            continue;
        };
        let e = focus.and_then(|f| f.instead_of(e, kinds, head)).unwrap_or(e);
        let mut r = e.clone();
        r.confidence = 0.5;
        return Some(r);
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

    /// The examples and counter-examples of the three reference tables
    /// (`data/orgs/reference-*.tsv`): "reference=name" resolved to the company
    /// whose id holds the name's slug (+), or not to it (-).
    #[test]
    fn reference_table_examples() {
        use crate::extract::orgs::tables;
        for (file, data) in [
            ("reference-heads.tsv", tables::REFERENCE_HEADS),
            ("reference-kinds.tsv", tables::REFERENCE_KINDS),
            ("reference-cues.tsv", tables::REFERENCE_CUES),
        ] {
            for (example, text, expect) in tables::parse(file, data, 2).examples {
                let (reference, name) = expect.split_once('=').expect("reference=name");
                let slug = crate::extract::orgs::gazetteer::slug(name);
                let got = mentions_with_ids(text);
                let resolved = got.iter().any(|m| m.0 == reference && m.1.contains(&slug));
                assert_eq!(resolved, example, "{file}: {text:?}: {expect:?} {got:?}");
            }
        }
    }

    /// A reference resolves to the company in subject position before it,
    /// whatever the sector and the wording, and never to a firm quoted for
    /// its analysts, a rival, a company asked for comment or one whose name
    /// says another trade.
    #[test]
    fn references_resolve_to_the_salient_company_of_their_kind() {
        let refs = |text: &str| -> Vec<(String, String)> {
            epithets(text)
                .into_iter()
                .filter(|m| m.2.is_in("org.anaphor"))
                .map(|(t, id, _)| (t, id))
                .collect()
        };
        // A second company named as an object does not take "the company".
        let got = refs(
            "Voskuil Scooters Inc. filed for bankruptcy on Monday. It also said it had struck a deal with \
             Pardell Mobility Holdings, which would buy its assets. The company will cut 600 jobs.",
        );
        assert_eq!(
            got,
            vec![
                ("It".into(), "name:voskuil-scooters".into()),
                ("The company".into(), "name:voskuil-scooters".into()),
            ]
        );
        // A rating agency's sentence in between.
        let got = refs(
            "Tamsin Valley Power Co. sold $500 million of bonds. Analysts at Grevlin Ratings rate the bonds A2. \
             The utility on Monday also raised its dividend.",
        );
        assert_eq!(got, vec![("The utility".into(), "name:tamsin-valley-power".into())]);
        // A described company opening a sentence, then "Its".
        let got = refs(
            "Marbury Sands Development PJSC reported a profit of 1 billion dirhams. The developer is 41% held by \
             Haddad Holding, a state fund. Its shares have gained 40% this year.",
        );
        assert_eq!(
            got,
            vec![
                ("The developer".into(), "name:marbury-sands-development".into()),
                ("Its".into(), "name:marbury-sands-development".into()),
            ]
        );
        // Counter-examples: the other party of an object, a new company.
        assert_eq!(refs("Orrick Labs Inc. is valuing the company at $10 billion."), vec![]);
        assert_eq!(
            refs("Morrat Steel plc agreed to merge with Kelby Iron plc. The new group will have 9,000 staff."),
            vec![]
        );
        // A name that says another trade is not the head's kind.
        assert_eq!(
            refs("Halvorsen Bank posted a profit. The insurer said claims rose."),
            vec![]
        );
    }
}
