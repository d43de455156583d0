//! Confirmation by corroborating records (see `extract::claims::corroborate`).
//!
//! A fact one outlet gives is often stated by others in sentences that made
//! no claim. Each article carries its unclaimed figures as corroborating
//! records; a record of another outlet confirms a fact (which then counts
//! that outlet: `agreed`) when
//!
//! - its figure agrees with the fact's within the stated precision
//!   ([`super::values::values_agree`]: "$291 million" and $291.4 million;
//!   a price per share never confirms a total),
//! - it is not another currency's repeat of a figure, and its sentence does
//!   not give last year's figure ("a year earlier", "last year"),
//! - the time its sentence states, if any, fits the fact's,
//! - its subject (the organization its sentence names first, else the
//!   article's main subject) is one of the fact's parties, and either its
//!   sentence holds a cue of the fact's type (a trigger form, a fact-sheet
//!   label, a measure's cue words, a head noun that refers to the event) or
//!   it names the party and the figure has two significant digits or more
//!   (a bare "$8" or "3%" is many things).
//!
//! Figures are compared by size: a record does not know a move's
//! direction ("the 14.6% slide" confirms "fell 14.6%").
//!
//! A record confirms at most one fact, never a fact in conflict or
//! superseded, a listed part, or a fact its own outlet already gives. It makes
//! no fact and no side of its own. It joins the fact's side and evidence
//! with its lower weight ([`crate::extract::claims::corroborate`]'s `WEIGHT`).
//!
//! Each component of claims still reconciles alone ([`super::components`]):
//! every claim with a money or percent figure has nodes of its figure for
//! each party it names ([`figure_keys`]), a record has only those nodes, and a
//! record confirms only a fact one of whose claims shares a node with it.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use rust_decimal::Decimal;

use super::{Claim, Evidence, Fact, FactStatus, Item, PredicateClass, Source, times_compatible, top_entity};
use crate::extract::claims::ClaimValue;
use crate::text::has_word;

/// A figure floored to two significant digits: 291.4 million and "$291
/// million" → 290 million, 12.1 → 12.
fn bucket(x: Decimal) -> Decimal {
    let a = x.abs();
    if a.is_zero() {
        return a;
    }
    let ten = Decimal::TEN;
    let mut p = Decimal::ONE;
    while let Some(next) = p.checked_mul(ten)
        && a >= next
    {
        p = next;
    }
    while a < p {
        p /= ten;
    }
    let unit = p / ten;
    let b = ((a / unit).floor() * unit).normalize();
    if x.is_sign_negative() { -b } else { b }
}

/// The nodes of a claim's money or percent figure, of any type, for each
/// party it names (at its top parent): the party, the kind, the currency,
/// and the two-digit bucket ([`bucket`]) of the figure and of each end of the
/// interval it stands for ("cfig acme money USD 290000000"). Two figures
/// that agree within their stated precision share a node unless they
/// straddle a bucket's edge from both sides (then no confirmation: a node is
/// needed so that each component reconciles alone).
pub fn figure_keys(c: &crate::extract::claims::Claim) -> Vec<String> {
    let (kind, a) = match c.value.as_ref() {
        Some(ClaimValue::Money(a)) => ("money", a),
        Some(ClaimValue::Percent(a)) => ("percent", a),
        _ => return Vec::new(),
    };
    let Some(x) = a.amount else { return Vec::new() };
    let unit = match kind {
        "money" => a.currency.as_deref().unwrap_or("-"),
        _ => "-",
    };
    // Sizes: a record does not know a move's direction ("the 14.6% slide").
    let mut buckets = vec![bucket(x.abs())];
    if let Some((lo, hi)) = super::values::amount_interval(a) {
        buckets.extend([bucket(lo.abs()), bucket(hi.abs())]);
    }
    buckets.sort();
    buckets.dedup();
    let mut parties: Vec<String> = c.subject.iter().chain(&c.object).map(|e| top_entity(e)).collect();
    parties.dedup();
    let mut out = Vec::with_capacity(parties.len() * buckets.len());
    for p in &parties {
        for b in &buckets {
            out.push(format!("cfig {p} {kind} {unit} {b}"));
        }
    }
    out
}

/// Words that give an earlier period's figure.
const EARLIER: &[&str] = &[
    "last year",
    "a year earlier",
    "a year ago",
    "year-earlier",
    "year earlier",
    "previous year",
    "prior year",
    "a year before",
];

/// The cue words of each type (lower case): its trigger forms, its sheet
/// labels, its measures' cue words, the head nouns that refer to it and its
/// name in words ("price target").
static CUES: LazyLock<HashMap<PredicateClass, Vec<String>>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for class in PredicateClass::all() {
        let d = class.def();
        let mut cues: Vec<String> = d
            .triggers
            .iter()
            .flat_map(|t| t.forms.iter())
            .chain(d.sheet.iter().map(|s| &s.label))
            .chain(d.measures.iter().flat_map(|m| m.after.iter().chain(&m.before)))
            .chain(d.refers.iter())
            .map(|w| w.trim().to_lowercase())
            .filter(|w| w.chars().count() >= 3)
            .collect();
        cues.push(d.id.replace('_', " "));
        cues.sort();
        cues.dedup();
        out.insert(class, cues);
    }
    out
});

/// Whether a sentence holds a cue of the type `class` (or of a type keyed as it).
pub fn has_cue(class: PredicateClass, quote: &str) -> bool {
    let lower = quote.to_lowercase();
    PredicateClass::all()
        .filter(|c| *c == class || c.key_class() == class)
        .any(|c| {
            CUES.get(&c)
                .is_some_and(|cues| cues.iter().any(|w| has_word(&lower, w)))
        })
}

/// The corroborating records of the claims, by figure node, in claim order.
pub(super) struct Records<'a> {
    by_key: HashMap<String, Vec<(usize, &'a Claim)>>,
    used: HashSet<&'a str>,
}

impl<'a> Records<'a> {
    pub(super) fn new(claims: &'a [Claim]) -> Self {
        let mut by_key: HashMap<String, Vec<(usize, &Claim)>> = HashMap::new();
        for (n, c) in claims.iter().enumerate() {
            if c.claim.corroborating && !c.claim.retracted {
                for k in figure_keys(&c.claim) {
                    by_key.entry(k).or_default().push((n, c));
                }
            }
        }
        Self {
            by_key,
            used: HashSet::new(),
        }
    }
}

/// A money or percent value's size: its amount and bounds without sign.
fn size(v: &ClaimValue) -> ClaimValue {
    let abs = |a: &crate::extract::money::Amount| crate::extract::money::Amount {
        amount: a.amount.map(|x| x.abs()),
        min: a.min.map(|x| x.abs()),
        max: a.max.map(|x| x.abs()),
        ..a.clone()
    };
    match v {
        ClaimValue::Money(a) => ClaimValue::Money(abs(a)),
        ClaimValue::Percent(a) => ClaimValue::Percent(abs(a)),
        other => other.clone(),
    }
}

/// The `per` of a money or percent value.
fn per_of(v: &ClaimValue) -> Option<&str> {
    match v {
        ClaimValue::Money(a) | ClaimValue::Percent(a) => a.per.as_deref(),
        _ => None,
    }
}

/// Whether `record` may confirm the fact whose side claims are `side` (see the module).
fn confirms(fact: &Fact, side: &[&Claim], record: &Claim) -> bool {
    let Some(value) = record.claim.value.as_ref() else {
        return false;
    };
    let keys = figure_keys(&record.claim);
    // Its figure agrees, within the stated precision, with a figure of the side it shares a node with.
    let agrees = side.iter().any(|c| {
        c.claim.value.as_ref().is_some_and(|v| {
            let (a, b) = (per_of(v), per_of(value));
            (a.is_none() || b.is_none() || a == b)
                && super::values::values_agree(&size(v), &size(value))
                && figure_keys(&c.claim).iter().any(|k| keys.contains(k))
        })
    });
    if !agrees {
        return false;
    }
    if super::values::is_conversion(&record.quote, Some(value)) {
        return false;
    }
    let lower = record.quote.to_lowercase();
    if EARLIER.iter().any(|w| has_word(&lower, w)) {
        return false;
    }
    if let (Some(t), Some(f)) = (record.claim.stated_time(), fact.time.as_deref())
        && !times_compatible(t, f)
    {
        return false;
    }
    let parties: Vec<&str> = fact.subject.iter().chain(&fact.object).map(String::as_str).collect();
    let Some(subject) = record.claim.subject.as_deref().map(top_entity) else {
        return false;
    };
    if !parties.contains(&subject.as_str()) {
        return false;
    }
    if has_cue(fact.predicate, &record.quote) {
        return true;
    }
    let words: HashSet<String> = record
        .quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let named = parties.iter().any(|p| super::unnamed::entity_named(p, &words));
    let digits = super::values::amount_of(value).map_or(0, super::unnamed::significant_digits);
    named && digits >= 2
}

/// Confirms a draft's fact by other outlets' records (see the module): each
/// joins the fact's one side (its source, its record as claim and evidence,
/// its outlet's support at the record's weight), and the fact is `agreed`.
pub(super) fn confirm(
    fact: &mut Fact,
    support: &mut [Vec<(String, f64)>],
    side: &[usize],
    items: &[Item],
    records: &mut Records,
    sources: &HashMap<&str, &Source>,
) {
    if fact.sides.len() != 1
        || fact.part.is_some()
        || !matches!(fact.status, FactStatus::SingleSource | FactStatus::Agreed)
    {
        return;
    }
    let claims: Vec<&Claim> = side.iter().map(|&i| items[i].claim).collect();
    let mut candidates: Vec<(usize, &Claim)> = claims
        .iter()
        .flat_map(|c| figure_keys(&c.claim))
        .flat_map(|k| records.by_key.get(&k).cloned().unwrap_or_default())
        .collect();
    candidates.sort_by_key(|&(n, _)| n);
    candidates.dedup_by_key(|&mut (n, _)| n);
    let mut joined: Vec<&Claim> = Vec::new();
    {
        for (_, r) in candidates {
            if records.used.contains(r.id.as_str())
                || fact.sides[0].sources.contains(&r.source)
                || joined.iter().any(|j| j.source == r.source)
                || !confirms(fact, &claims, r)
            {
                continue;
            }
            joined.push(r);
        }
    }
    if joined.is_empty() {
        return;
    }
    let mut by_outlet: BTreeMap<String, f64> = support[0].iter().cloned().collect();
    for r in joined {
        records.used.insert(r.id.as_str());
        let s = &mut fact.sides[0];
        s.sources.push(r.source.clone());
        s.sources.sort();
        s.sources.dedup();
        s.claims.push(r.id.clone());
        fact.evidence.push(Evidence {
            source: r.source.clone(),
            claim: r.id.clone(),
            sentence: r.claim.sentence,
            start: r.start,
            end: r.end,
            quote: r.quote.clone(),
        });
        let outlet = sources
            .get(r.source.as_str())
            .map_or(r.source.as_str(), |s| s.name.as_str());
        by_outlet.entry(outlet.to_string()).or_insert(r.claim.confidence);
    }
    support[0] = by_outlet.into_iter().collect();
    if fact.sides[0].sources.len() >= 2 {
        fact.status = FactStatus::Agreed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Input, ReadOptions, load};

    /// (case, outlet A's article, outlet B's article, the figure of A's fact,
    /// whether B's corroborating record confirms it). The examples state A's
    /// figure without a claim; the counter-examples give a rival's, the
    /// market's, last year's, another measure's or a bare figure.
    const PAIRS: &[(&str, &str, &str, &str, bool)] = &[
        (
            "a party named, no trigger",
            "Corvath Industries agreed to buy Elmstead Tooling for $412 million in cash, according to a joint statement.",
            "Elmstead Tooling's owners will walk away with $412 million once the sale closes, a person close to the talks said.",
            "412000000",
            true,
        ),
        (
            "a move's size, no direction",
            "Halvern Mining shares fell 14.6% on Thursday after the company cut its output forecast.",
            "The 14.6% slide wiped out most of this year's gains for Halvern Mining, a broker said.",
            "14.6",
            true,
        ),
        (
            "a rounded figure agrees within its precision",
            "Torrance Media reported revenue of $291.4 million for the quarter on Monday.",
            "Torrance Media brought in about $291 million from subscribers and advertisers, executives told investors.",
            "291400000",
            true,
        ),
        (
            "a rival's figure",
            "Halvern Mining shares fell 14.6% on Thursday after the company cut its output forecast.",
            "Rival Ostrava Metals, which reports next week, is worth 14.6% less than Halvern Mining, brokers noted.",
            "14.6",
            false,
        ),
        (
            "the market's figure",
            "Halvern Mining shares fell 14.6% on Thursday after the company cut its output forecast.",
            "The S&P 500 is up 14.6% this year, while Halvern Mining has lagged.",
            "14.6",
            false,
        ),
        (
            "last year's figure",
            "Pellworth Bank said its quarterly net income rose to $1.37 billion.",
            "Pellworth Bank's haul a year earlier was also $1.37 billion, the bank said.",
            "1370000000",
            false,
        ),
        (
            "another measure: a cost per unit, not a dividend per share",
            "Kestrel Grid Holdings declared a quarterly dividend of $2.15 a share on Friday.",
            "Kestrel Grid Holdings said its operating cost came to $2.15 per megawatt hour, the lowest in the sector.",
            "2.15",
            false,
        ),
        (
            "a bare number, no cue, no party named",
            "Halvern Mining shares fell 14.6% on Thursday after the company cut its output forecast.",
            "Halvern Mining held its annual meeting in Perth. Attendance was 14.6% higher than planned.",
            "14.6",
            false,
        ),
    ];

    fn article(source: &str, text: &str) -> crate::article::Article {
        let input = Input {
            text: Some(text.into()),
            ..Input::default()
        };
        let opts = ReadOptions {
            source: Some(source.into()),
            published: Some("2026-10-14".parse().unwrap()),
            ..ReadOptions::default()
        };
        load(&input, &opts).unwrap()
    }

    #[test]
    fn corroborating_records_confirm_the_same_figure_and_nothing_else() {
        for &(case, a, b, amount, confirmed) in PAIRS {
            let analyses = crate::analyze_story(vec![article("Ledger Wire", a), article("Harbour Post", b)]);
            let (sources, claims) = crate::report::reconcile_inputs(&analyses);
            let facts = super::super::reconcile(&sources, &claims);
            let fact = facts
                .iter()
                .find(|f| f.value["amount"].as_str().map(|x| x.trim_start_matches('-')) == Some(amount))
                .unwrap_or_else(|| panic!("{case}: no fact of {amount} in {facts:#?}"));
            let status = if confirmed {
                FactStatus::Agreed
            } else {
                FactStatus::SingleSource
            };
            assert_eq!(fact.status, status, "{case}: {fact:#?}");
            // A confirmation is B's record, never a claim of its own.
            let record = |id: &str| claims.iter().any(|c| c.id == id && c.claim.corroborating);
            assert_eq!(
                fact.evidence.iter().any(|e| e.source == "s2" && record(&e.claim)),
                confirmed,
                "{case}"
            );
            assert_eq!(fact.sides[0].sources.len(), if confirmed { 2 } else { 1 }, "{case}");
        }
    }

    #[test]
    fn buckets_floor_to_two_significant_digits() {
        let b = |x: &str| bucket(x.parse().unwrap()).to_string();
        assert_eq!(b("291400000"), "290000000");
        assert_eq!(b("291000000"), "290000000");
        assert_eq!(b("12.1"), "12");
        assert_eq!(b("0.0856"), "0.085");
        assert_eq!(b("-14.6"), "-14");
        assert_eq!(b("8"), "8");
    }

    #[test]
    fn a_record_confirms_no_part_conflict_or_fact_of_its_own_outlet() {
        // A record alone makes no fact.
        let analyses = crate::analyze_story(vec![article(
            "Ledger Wire",
            "Halvern Mining held its annual meeting in Perth. Attendance was 14.6% higher than planned.",
        )]);
        let (sources, claims) = crate::report::reconcile_inputs(&analyses);
        assert!(claims.iter().any(|c| c.claim.corroborating));
        assert!(super::super::reconcile(&sources, &claims).is_empty());
    }
}
