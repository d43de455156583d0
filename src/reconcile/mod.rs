//! Reconciliation: the claims of every source grouped into facts that are
//! agreed, in conflict, superseded or single-source.
//!
//! It reads only report claims (with their sources), never articles, so a
//! report merged from several reports ([`crate::report::merge`]) reconciles to
//! exactly the facts of one report over all the articles.
//!
//! ## Keys
//! A fact's key is the subject, the key type of the claim's event type
//! ([`PredicateClass::key_class`], from `data/events/`: "pledged" is an
//! `investment`, a purchase commitment or a partnership a `contract`), the
//! measure of its figure when not the type's default (`price_per_share`,
//! `percent_of_staff`: two measures of one deal are two facts, never a
//! conflict), the object and, for events, the time
//! bucket (the month of the sentence's date: "In November" → 2025-11). Entity
//! ids go up to their top parent (AWS → amazon, Azure → microsoft), and
//! deals sort their two parties. A claim with a figure but a missing role
//! takes it from the story's claims of its type when they name exactly one
//! filler, and a deal's valuation of its target ("the deal values X at") is
//! the deal's price ([`frames`]). A claim without an object joins a fact of
//! the same subject and class; a claim without a stated time joins the dated
//! fact whose value it agrees with, else one dated in its publish month that
//! has a figure (a figure named alike, or a claim without one), else an
//! undated one. Facts of one event between two named parties that no outlet
//! gives a figure for ("named Ana Ruiz chief executive", "Ruiz takes over in
//! March") join when only their stated times keep them apart, their outlets
//! published within a week and no outlet dates the pair twice
//! ([`merge_figureless_times`]). One source's figure that no claim of a fact agrees with,
//! beside that source's other figure there, is a fact of its own (a
//! dividend and the full-year payout of one sentence), never a conflict of
//! the source with itself — unless one revises the other in so many words.
//! Two facts of one key that only their stated times keep apart join when
//! they are the same number told by different outlets within a week (one
//! sentence dated by another clause's "last year"); the bucket is then the
//! time most of their claims fit. A running figure (a share move) published
//! a week or more apart from a fact's is another day's move, a fact of its
//! own. A one-outlet fact whose sentences name none of its subject (a table
//! row, "the company said" resolved to the article's last organization) joins
//! the one fact of another subject that another outlet gives the very same
//! number in the same month; and a figure told as two types that tell it
//! alike (`same_figure` in data/events: an investment and the round it is,
//! roles swapped) is one fact of the type more outlets use (`unnamed`).
//! States (licence,
//! exclusivity, stake, revenue share, valuation) are keyed without time: a
//! later statement that differs from an earlier one supersedes it. Listed
//! parts ("an initial $15 billion") are facts of their own, linked from the
//! total as `parts`. Claims in a correction sentence are withdrawn and count nowhere.
//!
//! Key strings read `subject type[.measure] object @time [part]`, e.g.
//! `amazon investment openai @2026-02`, `amazon contract openai @2025-11`,
//! `microsoft exclusivity openai`, `amazon investment openai @2026-02 [initial]`,
//! `meta layoff.percent_of_staff ?`;
//! a missing party is `?`.
//!
//! ## Status
//! Within a fact, claims that can all be true (same polarity, values and end
//! bounds that agree, see [`values`]) form one *side*. One side: `agreed` when
//! two or more sources state it — when it has a figure, two sources that give
//! the figure (one naming "a major shareholder" does not confirm "27 percent")
//! — else `single_source`. Claims that name the thing without a figure join
//! the first side of their polarity and neither date nor confirm it. Several sides: a
//! `conflict`, listing each side with its sources (`intra_source` names a source
//! that is on two sides) — unless the fact is a state and every claim of the
//! newest side is dated after every claim of the others, or the newest side
//! revises the figure in so many words ("raised its offer to", "expanded the
//! recall to", see `lexicon::REVISION_CUES`, or a firm "than earlier
//! reported", or gives its figure as moved from the other side's: "cut its
//! stake to 12.4 per cent from 20.1 per cent") and is no older than the others, or it was published a week or
//! more after them (a development, not the same announcement), or it is a
//! running figure (a share move, a market value) published a day or more
//! later: then `superseded`, with both dates (see [`supersession`]). Of a
//! running figure, a side told at the close ("closed down 6.1 per cent")
//! supersedes sides told during the session ("down 5.2% in early trading"),
//! whichever came out first, and two sides that each give the close are a
//! conflict however far apart they came out ([`side_session`]).
//!
//! ## Confidence (TruthFinder-style, after Yin, Han & Yu 2007; Pasternack & Roth 2010)
//! Each claim `c` has a prior weight `w(c)` = modality weight (asserted 1,
//! future 0.8, hedged 0.6, conditional 0.5) × attribution weight (the outlet's
//! own words 1, a named first-hand speaker 0.95, second-hand: another outlet or
//! an unnamed source 0.8). Every source (by outlet name) starts with trust
//! `t(s) = 0.8`. Then, 20 rounds:
//!
//! - per side `v`: `σ(v) = Σ_s max_{c of s on v} w(c) · τ(s)` with `τ(s) = −ln(1 − t(s))`;
//! - adjusted for the other sides of the same fact: `σ*(v) = σ(v) − ρ Σ_{v'≠v} σ(v')`, `ρ = 0.5`;
//! - side confidence `conf(v) = 1 / (1 + e^(−γ σ*(v)))`, `γ = 0.8`;
//! - source trust `t(s)` = the mean confidence of the sides it is on, clamped to 0.05..0.95.
//!
//! A fact's confidence is that of its best side (its `value`); everything is
//! computed in input order with fixed rounds and rounded to 3 decimals, so
//! output is deterministic. In the first round one asserted source gives
//! 0.78, two agreeing 0.93, a hedged single source 0.68, one against one 0.65
//! each; later rounds move them with the sources' trust.
//!
//! ## Two stages, and components
//! [`drafts`] groups the claims and settles each fact's sides and status;
//! [`finish`] computes the sources' trust over all drafts ([`trust`]), scores
//! each draft ([`scored`]) and numbers the facts in the order of their first
//! claims. A draft depends only on the claims of its *component*
//! ([`components`]): claims linked by an entity they name within one family
//! of key types ([`claim_nodes`]), or by a listed part. So the drafts of all
//! claims are the drafts of each component, merged in first-claim order
//! (tested on every fixture), and the store reconciles again only the
//! components its new claims touch; trust, global, is recomputed from the
//! stored drafts' support.

mod confirm;
pub mod frames;
mod input;
mod unnamed;
pub mod values;

#[cfg(test)]
mod story_tests;

use std::collections::BTreeMap;
use std::sync::LazyLock;

// foldhash, not std's SipHash: reconciling hashes short keys (claim ids, node names,
// signatures) tens of thousands of times, and nothing here iterates a map in an order
// that reaches the output (std's seed is random per process too).
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use crate::extract::claims::{ClaimValue, Polarity, PredicateClass};
pub use input::{Claim, Source};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactStatus {
    Agreed,
    Conflict,
    SingleSource,
    Superseded,
}

impl FactStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::Conflict => "conflict",
            Self::SingleSource => "single_source",
            Self::Superseded => "superseded",
        }
    }
}

/// Where a fact was read: a claim in one source, with the quote and its offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub source: String,
    pub claim: String,
    pub sentence: usize,
    /// Char offsets of the sentence in the source's stored text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

/// Claims of one fact that can all be true together.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The value, polarity and end bound, as in [`Fact::value`].
    pub value: serde_json::Value,
    pub sources: Vec<String>,
    pub claims: Vec<String>,
    /// Latest date among its claims (stated, else the publish month).
    pub time: Option<String>,
    pub confidence: f64,
}

/// A newer statement replacing an older one.
#[derive(Debug, Clone, PartialEq)]
pub struct Supersession {
    pub old_time: Option<String>,
    pub new_time: Option<String>,
}

/// Claims about one thing, reconciled across sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub id: String,
    /// `subject class[.measure] object @time [part]` (see the module docs).
    pub key: String,
    pub subject: Option<String>,
    pub predicate: PredicateClass,
    /// What the value measures when not the type's default ("price_per_share").
    pub measure: Option<String>,
    pub object: Option<String>,
    /// Time bucket of an event ("2026-02"); none for states and undated events.
    pub time: Option<String>,
    /// "initial", "additional": this fact is a listed part of another.
    pub part: Option<String>,
    pub status: FactStatus,
    /// The best side's value: the claimed value's fields (`type`, `amount`,
    /// `currency`, `exactness`, … or `value` for dates) plus `polarity` and `until`.
    pub value: serde_json::Value,
    pub sides: Vec<Side>,
    /// Ids of the facts that are listed parts of this one.
    pub parts: Vec<String>,
    pub superseded: Option<Supersession>,
    /// Sources that are on more than one side: they contradict themselves.
    pub intra_source: Vec<String>,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

/// A claim ready for grouping.
struct Item<'a> {
    claim: &'a Claim,
    source_name: &'a str,
    class: PredicateClass,
    /// A measure other than the type's default ("price_per_share"): facts of one
    /// deal's different measures are different facts, never in conflict.
    measure: Option<String>,
    subject: String,
    object: Option<String>,
    /// Stated time bucket (events only).
    time: Option<String>,
    /// Stated time, else the publish month: for supersession.
    when: Option<String>,
    /// The source's publish date (YYYY-MM-DD), when known: for supersession.
    published: Option<String>,
    /// Hedged, or repeated second-hand ("people familiar with the matter"):
    /// its words that it revises earlier reports revise nothing.
    hedged: bool,
    weight: f64,
    /// Number of the claim's (polarity, value, until): claims with one signature
    /// agree with the same claims ([`claims_agree`] reads nothing else), so a
    /// group or side needs to compare a newcomer with one claim per signature.
    sig: usize,
    /// The claim's figure, read once ([`values::Figure`]): none without a value or for dates and text.
    fig: Option<values::Figure>,
    /// It revises a figure in so many words ([`revision_words`]), read once.
    revision: bool,
    /// Its figure is the one another claim of its sentence (same type, measure
    /// and subject) moved from ("now expects £620m, down from the £665m it had
    /// forecast"): background to that claim, never a side ([`mark_earlier_figures`]).
    earlier: bool,
    /// Number of its source id (`claim.source`).
    src: usize,
    /// Its index among the claims reconciled.
    n: usize,
}

/// The top parent of an entity id (AWS → amazon), as the gazetteer knows it.
pub fn top_entity(id: &str) -> String {
    let gazetteer = &*crate::extract::orgs::gazetteer::GAZETTEER;
    let mut id = id;
    for _ in 0..4 {
        // The parent as `entity_info` gives it, read in place (no copy of the entry's aliases).
        let parent = gazetteer
            .get(id)
            .and_then(|e| e.parent.as_deref().or(e.owner.as_deref()));
        match parent {
            Some(p) if p != id => id = p,
            _ => break,
        }
    }
    id.to_string()
}

/// A claim read for grouping, before its roles are completed from the story
/// ([`frames::complete`]): its subject may still be missing.
fn item<'a>(
    n: usize,
    claim: &'a Claim,
    sources: &HashMap<&'a str, &'a Source>,
    sigs: &mut HashMap<String, usize>,
    srcs: &mut HashMap<&'a str, usize>,
) -> Option<Item<'a>> {
    let c = &claim.claim;
    // A correction's claims, and another currency's repeat of a figure
    // ("2.1 billion euros ($2.3 billion)"), count nowhere.
    // A corroborating record only confirms facts ([`confirm`]).
    if c.corroborating || c.retracted || values::is_conversion(&claim.quote, c.value.as_ref()) {
        return None;
    }
    let class = c.predicate.class.key_class();
    let subject = c.subject.as_deref().map(top_entity).unwrap_or_default();
    let object = c.object.as_deref().map(top_entity).filter(|o| *o != subject);
    if subject.is_empty() && object.is_none() {
        return None;
    }
    let time = if class.is_state() {
        None
    } else {
        c.stated_time().map(str::to_string)
    };
    let source = sources.get(claim.source.as_str());
    let source_name = source.map(|s| s.name.as_str()).unwrap_or(claim.source.as_str());
    let measure = c
        .measure
        .clone()
        .filter(|m| c.predicate.class.def().default_measure.as_deref() != Some(m.as_str()));
    let key = serde_json::to_string(&(&c.polarity, &c.value, &c.until)).unwrap_or_default();
    let next = sigs.len();
    let sig = *sigs.entry(key).or_insert(next);
    let hedged =
        c.modality == crate::extract::claims::Modality::Hedged || c.attribution.as_ref().is_some_and(|a| a.second_hand);
    let next = srcs.len();
    let src = *srcs.entry(claim.source.as_str()).or_insert(next);
    let mut it = Item {
        claim,
        source_name,
        class,
        measure,
        subject,
        object,
        time,
        when: c.time.as_ref().map(|t| t.value.clone()),
        published: source.and_then(|s| s.published.clone()),
        hedged,
        weight: c.confidence,
        sig,
        fig: c.value.as_ref().and_then(values::Figure::of),
        revision: false,
        earlier: false,
        src,
        n,
    };
    it.revision = revision_words(&it);
    Some(it)
}

/// Symmetric types sort their two parties (after [`frames::complete`] has filled them).
fn sort_parties(it: &mut Item) {
    if it.class.is_symmetric()
        && let Some(o) = it.object.as_mut()
        && *o < it.subject
    {
        std::mem::swap(o, &mut it.subject);
    }
}

/// A time bucket of a month or a day ("2026-08", "2026-08-04"), not a year,
/// quarter or half ("2026", "2026-Q3", "2026-H1").
fn names_a_month(t: &str) -> bool {
    t.len() >= 7 && t.as_bytes()[5].is_ascii_digit()
}

/// Whether two times may be one time bucket: one contains the other
/// ("2026" and "2026-03"). A year so far ("2025-YTD", nine months' revenue)
/// is a period of its own: it fits only itself, never the whole year nor a
/// quarter of it.
fn times_compatible(a: &str, b: &str) -> bool {
    let ytd = crate::extract::claims::YEAR_TO_DATE;
    if a.ends_with(ytd) || b.ends_with(ytd) {
        return a == b;
    }
    a.starts_with(b) || b.starts_with(a)
}

/// Two groups' times fit unless both are known and incompatible.
fn group_times_fit(a: &Group, b: &Group) -> bool {
    match (&a.time, &b.time) {
        (Some(x), Some(y)) => times_compatible(x, y),
        _ => true,
    }
}

/// Whether two claims can both be true. Reads only polarity, value and until:
/// keep [`Item::sig`] in step when that changes.
fn claims_agree(a: &Item, b: &Item) -> bool {
    let (x, y) = (&a.claim.claim, &b.claim.claim);
    x.polarity == y.polarity && values_of_agree(a, b) && values::bounds_agree(x.until.as_ref(), y.until.as_ref())
}

/// Whether two claims' values agree ([`values::values_agree`] through the
/// figures read once); true when either has none.
fn values_of_agree(a: &Item, b: &Item) -> bool {
    match (&a.claim.claim.value, &b.claim.claim.value) {
        (Some(x), Some(y)) => values::figures_agree((x, a.fig.as_ref()), (y, b.fig.as_ref())),
        _ => true,
    }
}

/// Whether an undated claim belongs with an undated fact: a figure that
/// differs from the fact's figures is a different event when it was named
/// by another word ("a deal worth up to $50 billion" vs "spend $100 billion
/// on AWS"), and a conflict when named alike ("acquired … for $2 billion" vs
/// "acquired … for $1.2 billion").
fn undated_fits(g: &Group, items: &[Item], it: &Item) -> bool {
    if it.claim.claim.value.is_none() {
        return true;
    }
    // One claim per (signature, predicate class) answers for all its like.
    let mut valued = g.valued.iter().map(|&(_, _, j)| &items[j]).peekable();
    if valued.peek().is_none() {
        return true;
    }
    // A denial of the same figure ("denied that OpenAI had signed a $300 billion contract") is the same thing,
    // and so is a figure given as moved from the fact's ("values Halcyon at $5.2 billion, up from $4.8 billion").
    valued.any(|c| {
        values_of_agree(c, it) || c.claim.claim.predicate.class == it.claim.claim.predicate.class || moved_from(it, c)
    })
}

/// Whether a claim is another figure of a source already in the group, that
/// no claim of the group agrees with: one outlet's two figures ("a final
/// dividend of 63.5 cents, taking the full-year payout to 104.9 cents", a
/// deal's value and its cost savings) are two things, never a conflict of
/// that outlet with itself — unless one of them revises the other in so many
/// words ("raised its offer to $20.10 a share, up from $18.75").
///
/// The group counts its sources' figures that revise nothing, and one claim
/// per signature answers for all its like: no scan of the group's claims.
fn other_figure_of_source(g: &Group, items: &[Item], it: &Item) -> bool {
    if it.claim.claim.value.is_none() || it.revision || it.earlier {
        return false;
    }
    if g.figures_of_source.get(&it.src).is_none_or(|&n| n == 0) {
        return false;
    }
    !g.valued.iter().any(|&(_, _, j)| {
        let other = &items[j];
        other.claim.claim.polarity == it.claim.claim.polarity && values_of_agree(other, it)
    })
}

/// Whether a claim's figure is of another order than a figure of the group
/// ([`values::different_orders`]: a share price beside a revenue), read from
/// the group's smallest and largest figure of the claim's kind.
fn other_order(g: &Group, it: &Item) -> bool {
    let Some((kind, x)) = it.fig.as_ref().and_then(|f| Some((f.kind, f.magnitude?))) else {
        return false;
    };
    let Some((min, max)) = g.magnitudes[usize::from(kind)] else {
        return false;
    };
    let thousand = rust_decimal::Decimal::from(1000);
    if x.is_zero() {
        !max.is_zero()
    } else {
        // A product past Decimal's range is larger than any figure.
        min.checked_mul(thousand).is_some_and(|m| m <= x) || x.checked_mul(thousand).is_some_and(|t| max >= t)
    }
}

/// Moves out of each group the figures of a source that nothing in the group
/// agrees with while that source has another figure there that something
/// agrees with, or, when neither has support, the later of the two: one
/// outlet's two figures are two facts, whatever order the claims came in
/// (see [`other_figure_of_source`]). The moved claims make new groups of
/// the same key, one per agreeing figure.
fn split_other_figures(groups: &mut Vec<Group>, items: &[Item]) {
    let mut new_groups: Vec<Group> = Vec::new();
    for g in groups.iter_mut() {
        let valued: Vec<usize> = g
            .items
            .iter()
            .copied()
            .filter(|&i| items[i].claim.claim.value.is_some())
            .collect();
        if valued.len() < 2 {
            continue;
        }
        let agree = |a: usize, b: usize| {
            let (x, y) = (&items[a], &items[b]);
            x.claim.claim.polarity == y.claim.claim.polarity && values_of_agree(x, y)
        };
        // Positions in `valued` of each source's figures.
        let mut of_source: HashMap<usize, Vec<usize>> = HashMap::new();
        for (a, &i) in valued.iter().enumerate() {
            of_source.entry(items[i].src).or_default().push(a);
        }
        let supported = supported_figures(&valued, &of_source, items);
        let mut out: Vec<usize> = Vec::new();
        let mut is_out = vec![false; valued.len()];
        for (a, &i) in valued.iter().enumerate() {
            if items[i].revision || items[i].earlier || supported[a] {
                continue;
            }
            // Another figure of its source, kept in the group: supported, or unsupported and earlier.
            let other = of_source[&items[i].src].iter().any(|&b| {
                let j = valued[b];
                j != i
                    && !is_out[b]
                    && !agree(i, j)
                    && !items[j].revision
                    && !items[j].earlier
                    && (supported[b] || j < i)
            });
            if other {
                out.push(i);
                is_out[a] = true;
            }
        }
        if out.is_empty() {
            continue;
        }
        let out_set: HashSet<usize> = out.iter().copied().collect();
        g.items.retain(|i| !out_set.contains(i));
        g.valued.retain(|&(_, _, i)| !out_set.contains(&i));
        let mut made: Vec<Group> = Vec::new();
        for i in out {
            match made.iter_mut().find(|m| m.valued.iter().any(|&(_, _, j)| agree(i, j))) {
                Some(m) => m.push(i, items),
                None => {
                    let mut m = g.empty_like();
                    m.push(i, items);
                    made.push(m);
                }
            }
        }
        new_groups.extend(made);
    }
    groups.extend(new_groups);
}

/// For each figure of `valued` (item numbers of claims with a value), whether
/// a figure of another source agrees with it (same polarity, values that
/// agree). Money, percent and count figures are counted in an [`values::Overlaps`]
/// set (log time each: a story of 2,000 outlets that disagree must not cost
/// the square of its size); dates and text, rare, are compared pairwise.
fn supported_figures(valued: &[usize], of_source: &HashMap<usize, Vec<usize>>, items: &[Item]) -> Vec<bool> {
    let agree = |a: usize, b: usize| {
        let (x, y) = (&items[a], &items[b]);
        x.claim.claim.polarity == y.claim.claim.polarity && values_of_agree(x, y)
    };
    let figures = valued
        .iter()
        .filter_map(|&i| items[i].fig.as_ref().map(|f| (items[i].claim.claim.polarity, f)));
    let others: Vec<usize> = valued.iter().copied().filter(|&i| items[i].fig.is_none()).collect();
    let Some(set) = values::Overlaps::new(figures) else {
        // A figure whose interval is not well formed: pairwise, as the set cannot count it.
        return valued
            .iter()
            .map(|&i| {
                valued
                    .iter()
                    .any(|&j| j != i && items[j].src != items[i].src && agree(i, j))
            })
            .collect();
    };
    valued
        .iter()
        .map(|&i| {
            let it = &items[i];
            // Those of its own source that agree with it, itself included.
            let own = of_source[&it.src].iter().filter(|&&b| agree(i, valued[b])).count();
            match &it.fig {
                Some(f) => set.count(it.claim.claim.polarity, f) > own,
                None => others.iter().filter(|&&j| agree(i, j)).count() > own,
            }
        })
        .collect()
}

/// Whether a running figure ([`RUNNING_FIGURES`]: a share move, a market
/// value) is another day's: its source was published [`DEVELOPMENT_DAYS`] or
/// more before or after a source of the group. "Shares jumped 27% in morning
/// trade" on November 2 and "shares rose 6.8% by midday" on November 16 are
/// two moves, not a newer figure of one move; within the week they are one
/// move, told at different hours ([`supersession`]).
fn another_days_move(g: &Group, it: &Item) -> bool {
    if !RUNNING_FIGURES.contains(&it.class.as_str()) || it.claim.claim.value.is_none() {
        return false;
    }
    let (Some(d), Some((first, last))) = (publish_date(it), g.published) else {
        return false;
    };
    let days =
        |a: jiff::civil::Date, b: jiff::civil::Date| a.until(b).ok().map_or(0, |s| i64::from(s.get_days()).abs());
    days(first, d) >= DEVELOPMENT_DAYS || days(d, last) >= DEVELOPMENT_DAYS
}

/// The time bucket of a group: the longest stated time ("2026" over
/// "2026-02" would be too wide: prefer the month). When its claims state
/// times that exclude each other (merged by [`merge_time_splits`]), the one
/// most of its claims fit (their stated time, else their publish month),
/// then the longest.
fn bucket(g: &Group, items: &[Item]) -> Option<String> {
    let stated: Vec<&str> = g.items.iter().filter_map(|&i| items[i].time.as_deref()).collect();
    let clash = stated.iter().any(|a| stated.iter().any(|b| !times_compatible(a, b)));
    let votes = |t: &str| {
        g.items
            .iter()
            .filter(|&&i| items[i].when.as_deref().is_some_and(|w| times_compatible(w, t)))
            .count()
    };
    stated
        .iter()
        .max_by_key(|t| (if clash { votes(t) } else { 0 }, t.len()))
        .map(|t| t.to_string())
}

/// Joins facts of one key that only their stated times keep apart, when
/// they are one figure told by different outlets within the week: "extended
/// its buyback by $1.5 billion" (in a sentence that also says "last year",
/// so dated 2025) and "said on Monday it would extend its buyback by $1.5
/// billion" (2026-11) are one announcement. Never when one source gives
/// both (one outlet dating one figure twice tells two events: "cut 1,500
/// jobs in 2024 and another 1,500 this year"), when any two figures
/// disagree, or when the outlets published a week or more apart.
fn merge_time_splits(groups: &mut Vec<Group>, items: &[Item]) {
    type Key<'a> = (
        PredicateClass,
        &'a Option<String>,
        &'a str,
        &'a Option<String>,
        &'a Option<String>,
    );
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    for (n, g) in groups.iter().enumerate() {
        if g.time.is_some() && !g.valued.is_empty() {
            by_key
                .entry((g.class, &g.measure, g.subject.as_str(), &g.object, &g.part))
                .or_default()
                .push(n);
        }
    }
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut taken: HashSet<usize> = HashSet::new();
    let mut lists: Vec<Vec<usize>> = by_key.into_values().filter(|v| v.len() > 1).collect();
    lists.sort();
    for list in lists {
        for (k, &a) in list.iter().enumerate() {
            if taken.contains(&a) {
                continue;
            }
            for &b in &list[k + 1..] {
                if taken.contains(&b) || !one_figure_told_apart(&groups[a], &groups[b], items) {
                    continue;
                }
                taken.insert(b);
                moves.push((a, b));
            }
        }
    }
    join_groups(groups, moves, items);
}

/// Moves the items of each pair's second group into its first and drops the
/// emptied groups (the joins of [`merge_time_splits`] and [`merge_figureless_times`]).
fn join_groups(groups: &mut Vec<Group>, moves: Vec<(usize, usize)>, items: &[Item]) {
    if moves.is_empty() {
        return;
    }
    for (a, b) in moves {
        let moved = std::mem::take(&mut groups[b].items);
        for i in moved {
            groups[a].push(i, items);
        }
    }
    groups.retain(|g| !g.items.is_empty());
}

/// Joins the facts of one event between two named parties that no outlet
/// gives a figure for, when only their stated times keep them apart: "named
/// Ana Ruiz chief executive" (undated), "Ruiz will take over in March"
/// (2026-03) and "said on Tuesday that Ruiz would succeed" (2026-02) in three
/// outlets of one week are one appointment. The two roles name the event,
/// and an outlet that dates it tells when it was announced or when it takes
/// effect, not another event. Never when a fact of that key has a figure (its
/// time then tells deals apart: [`merge_time_splits`]), when one outlet gives
/// two times that exclude each other (one outlet dating a pair twice tells
/// two events: "joined the board in 2019 and became chief executive in
/// March"), or when the outlets published a week or more apart.
fn merge_figureless_times(groups: &mut Vec<Group>, items: &[Item]) {
    type Key<'a> = (PredicateClass, &'a Option<String>, &'a str, &'a str, &'a Option<String>);
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    let mut with_figure: HashSet<Key> = HashSet::new();
    for (n, g) in groups.iter().enumerate() {
        let Some(object) = g.object.as_deref() else {
            continue;
        };
        let key = (g.class, &g.measure, g.subject.as_str(), object, &g.part);
        if g.valued.is_empty() {
            by_key.entry(key).or_default().push(n);
        } else {
            with_figure.insert(key);
        }
    }
    let mut lists: Vec<Vec<usize>> = by_key
        .into_iter()
        .filter(|(k, v)| v.len() > 1 && !with_figure.contains(k))
        .map(|(_, v)| v)
        .collect();
    lists.sort();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for list in lists {
        if one_event_told_apart(&list, groups, items) {
            moves.extend(list[1..].iter().map(|&b| (list[0], b)));
        }
    }
    join_groups(groups, moves, items);
}

/// Whether the figureless groups `list` of one key are one event ([`merge_figureless_times`]).
fn one_event_told_apart(list: &[usize], groups: &[Group], items: &[Item]) -> bool {
    let mut span: Option<(jiff::civil::Date, jiff::civil::Date)> = None;
    for &g in list {
        let Some((lo, hi)) = groups[g].published else {
            return false;
        };
        span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    }
    let Some((lo, hi)) = span else {
        return false;
    };
    if lo
        .until(hi)
        .ok()
        .is_none_or(|s| i64::from(s.get_days()) >= DEVELOPMENT_DAYS)
    {
        return false;
    }
    let mut times_of_source: HashMap<usize, Vec<&str>> = HashMap::new();
    for &g in list {
        for &i in &groups[g].items {
            if let Some(t) = items[i].time.as_deref() {
                times_of_source.entry(items[i].src).or_default().push(t);
            }
        }
    }
    times_of_source
        .values()
        .all(|ts| ts.iter().all(|a| ts.iter().all(|b| times_compatible(a, b))))
}

/// One figure of an asymmetric type told with its roles swapped by other
/// outlets ("the Commission fined Ocelia €1.1bn" beside "Ocelia's €1.1bn fine
/// imposed by the Commission" read as Ocelia fining the Commission): the two
/// groups join when each has a figure, all their figures agree, their times
/// fit and no outlet is in both (an outlet that writes both directions means
/// both: a suit and a countersuit, two cross-holdings). The roles are those
/// of the group more outlets give (on a tie, the first's).
fn merge_role_swaps(groups: &mut Vec<Group>, items: &[Item]) {
    let outlets = |g: &Group| g.items.iter().map(|&i| items[i].src).collect::<HashSet<usize>>();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut taken: HashSet<usize> = HashSet::new();
    // Groups by (class, subject, object), ascending: the groups `b` that can be `a`'s
    // swap are those of `a`'s key with subject and object swapped, so each group is
    // compared with those only, not with every later group (a scan of all pairs took
    // as long as the rest of reconciling at 5,000 facts, growing with their square).
    // The pairs that can match are met in the order of the scan of all pairs.
    let mut by_roles: HashMap<(PredicateClass, &str, &str), Vec<usize>> = HashMap::new();
    for (k, g) in groups.iter().enumerate() {
        if let Some(o) = g.object.as_deref()
            && !g.class.is_symmetric()
        {
            by_roles.entry((g.class, g.subject.as_str(), o)).or_default().push(k);
        }
    }
    let none: Vec<usize> = Vec::new();
    for a in 0..groups.len() {
        let ga = &groups[a];
        let swaps = match ga.object.as_deref() {
            Some(o) if !ga.class.is_symmetric() => by_roles.get(&(ga.class, o, ga.subject.as_str())).unwrap_or(&none),
            _ => &none,
        };
        for &b in swaps.iter().filter(|&&b| b > a) {
            let gb = &groups[b];
            let swapped = ga.class == gb.class
                && !ga.class.is_symmetric()
                && ga.measure == gb.measure
                && ga.part == gb.part
                && ga.object.as_deref() == Some(gb.subject.as_str())
                && gb.object.as_deref() == Some(ga.subject.as_str());
            if !swapped || taken.contains(&a) || taken.contains(&b) || ga.valued.is_empty() || gb.valued.is_empty() {
                continue;
            }
            let times_fit = group_times_fit(ga, gb);
            let agree = ga
                .valued
                .iter()
                .all(|&(_, _, i)| gb.valued.iter().all(|&(_, _, j)| claims_agree(&items[i], &items[j])));
            let (oa, ob) = (outlets(ga), outlets(gb));
            if !times_fit || !agree || !oa.is_disjoint(&ob) {
                continue;
            }
            let (keep, drop) = if ob.len() > oa.len() { (b, a) } else { (a, b) };
            taken.insert(drop);
            moves.push((keep, drop));
        }
    }
    for (keep, drop) in moves {
        let moved = std::mem::take(&mut groups[drop].items);
        for i in moved {
            groups[keep].push(i, items);
        }
    }
    groups.retain(|g| !g.items.is_empty());
}

/// Whether two groups of one key are one figure ([`merge_time_splits`]).
fn one_figure_told_apart(a: &Group, b: &Group, items: &[Item]) -> bool {
    let (Some(ta), Some(tb)) = (&a.time, &b.time) else {
        return false;
    };
    if times_compatible(ta, tb) {
        return false;
    }
    let sources = |g: &Group| g.items.iter().map(|&i| items[i].src).collect::<HashSet<_>>();
    if !sources(a).is_disjoint(&sources(b)) {
        return false;
    }
    let (Some((lo_a, hi_a)), Some((lo_b, hi_b))) = (a.published, b.published) else {
        return false;
    };
    let span = lo_a
        .min(lo_b)
        .until(hi_a.max(hi_b))
        .ok()
        .map(|s| i64::from(s.get_days()));
    if span.is_none_or(|d| d >= DEVELOPMENT_DAYS) {
        return false;
    }
    let valued = |g: &Group| g.valued.iter().map(|&(_, _, i)| &items[i]).collect::<Vec<_>>();
    let (va, vb) = (valued(a), valued(b));
    // The same number, not only one within the other's rounding: "€3bn" of a
    // loan agrees with "€3.1bn to €3.3bn" of a forecast, but is not it.
    let same = |x: &Item, y: &Item| claims_agree(x, y) && stated_number(x) == stated_number(y);
    va.iter().all(|x| va.iter().chain(&vb).all(|y| same(x, y))) && vb.iter().all(|x| vb.iter().all(|y| same(x, y)))
}

/// The numbers a claim's value states (amount, low, high), as decimals.
fn stated_number(it: &Item) -> Option<[Option<rust_decimal::Decimal>; 3]> {
    let v = serde_json::to_value(it.claim.claim.value.as_ref()?).ok()?;
    let num = |k: &str| v.get(k).and_then(|x| x.as_str()).and_then(|x| x.parse().ok());
    Some([num("amount"), num("min"), num("max")])
}

/// A group of items that will become one fact.
struct Group {
    class: PredicateClass,
    measure: Option<String>,
    subject: String,
    object: Option<String>,
    time: Option<String>,
    part: Option<String>,
    items: Vec<usize>,
    /// Its claims with a value, one per (signature, predicate class): (sig, class, item).
    valued: Vec<(usize, PredicateClass, usize)>,
    /// The (signature, predicate class) pairs of `valued`.
    valued_seen: HashSet<(usize, PredicateClass)>,
    /// Per source number, its claims with a value that revise nothing ([`other_figure_of_source`]).
    figures_of_source: HashMap<usize, usize>,
    /// Smallest and largest |amount| of its money (0) and count (2) figures ([`other_order`]).
    magnitudes: [Option<(rust_decimal::Decimal, rust_decimal::Decimal)>; 3],
    /// Earliest and latest publish date of its claims' sources ([`another_days_move`]).
    published: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

impl Group {
    /// A group with this one's key (class, measure, roles, time, part) and no claims.
    fn empty_like(&self) -> Self {
        Group::new(
            self.class,
            self.measure.clone(),
            self.subject.clone(),
            self.object.clone(),
            self.time.clone(),
            self.part.clone(),
        )
    }

    fn new(
        class: PredicateClass,
        measure: Option<String>,
        subject: String,
        object: Option<String>,
        time: Option<String>,
        part: Option<String>,
    ) -> Self {
        Group {
            class,
            measure,
            subject,
            object,
            time,
            part,
            items: Vec::new(),
            valued: Vec::new(),
            valued_seen: HashSet::new(),
            figures_of_source: HashMap::new(),
            magnitudes: [None; 3],
            published: None,
        }
    }

    fn push(&mut self, i: usize, items: &[Item]) {
        self.items.push(i);
        let it = &items[i];
        if let Some(d) = publish_date(it) {
            self.published = Some(match self.published {
                Some((lo, hi)) => (lo.min(d), hi.max(d)),
                None => (d, d),
            });
        }
        let class = it.claim.claim.predicate.class;
        if it.claim.claim.value.is_none() {
            return;
        }
        if self.valued_seen.insert((it.sig, class)) {
            self.valued.push((it.sig, class, i));
        }
        if !it.revision && !it.earlier {
            *self.figures_of_source.entry(it.src).or_insert(0) += 1;
        }
        if let Some((kind, x)) = it.fig.as_ref().and_then(|f| Some((f.kind, f.magnitude?))) {
            let m = &mut self.magnitudes[usize::from(kind)];
            *m = Some(match *m {
                Some((lo, hi)) => (lo.min(x), hi.max(x)),
                None => (x, x),
            });
        }
    }
}

/// Hash keys of the groups: (class, part, subject) and (class, part, object).
type GroupKey = (PredicateClass, Option<String>, String);

/// Reconciles report claims (of the given sources) into facts: the facts of
/// [`drafts`], scored by [`finish`].
pub fn reconcile(sources: &[Source], claims: &[Claim]) -> Vec<Fact> {
    finish(drafts(sources, claims), claims)
}

/// A fact before source trust: grouped, its sides and status settled, its
/// sides in the order they formed with confidence 0, no id, no parts.
///
/// A draft depends only on the claims of its component ([`components`]), so
/// the drafts of a set of claims are the drafts of its components, merged in
/// the order of their first claims (what the store relies on).
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub fact: Fact,
    /// Per side (in `fact.sides` order): each outlet on it and its best claim weight, by outlet name.
    pub support: Vec<Vec<(String, f64)>>,
    /// A superseded fact's newest side.
    pub newest: Option<usize>,
    /// Index (in the claims given) of its first claim: facts are numbered in this order.
    pub first: usize,
}

/// The drafts of the claims, in the order of their first claims. Two drafts
/// of one key (two undated deals of the same parties) are told apart by
/// number (`#2`) in that order.
pub fn drafts(sources: &[Source], claims: &[Claim]) -> Vec<Draft> {
    let by_id: HashMap<&str, &Source> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut sigs = HashMap::new();
    let mut srcs = HashMap::new();
    let mut items: Vec<Item> = claims
        .iter()
        .enumerate()
        .filter_map(|(n, c)| item(n, c, &by_id, &mut sigs, &mut srcs))
        .collect();
    frames::complete(&mut items);
    items.retain(|it| !it.subject.is_empty());
    for it in &mut items {
        sort_parties(it);
    }
    mark_earlier_figures(&mut items);
    let groups = group(&items);
    let mut records = confirm::Records::new(claims);
    let mut out = Vec::with_capacity(groups.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for g in &groups {
        let (mut fact, sides, newest) = fact_of(g, &items);
        let n = seen.entry(fact.key.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            fact.key = format!("{} #{n}", fact.key);
        }
        let mut support: Vec<Vec<(String, f64)>> = sides
            .iter()
            .map(|side| {
                let mut by_source: BTreeMap<&str, f64> = BTreeMap::new();
                for &i in side {
                    let w = by_source.entry(items[i].source_name).or_insert(0.0);
                    *w = w.max(items[i].weight);
                }
                by_source.into_iter().map(|(s, w)| (s.to_string(), w)).collect()
            })
            .collect();
        if let Some(side) = sides.first() {
            confirm::confirm(&mut fact, &mut support, side, &items, &mut records, &by_id);
        }
        out.push(Draft {
            fact,
            support,
            newest,
            first: items[g.items[0]].n,
        });
    }
    out
}

/// Scores the drafts with the trust of their sources ([`trust`]), numbers
/// them `f1`, `f2`, … in order and links totals to their parts.
pub fn finish(drafts: Vec<Draft>, claims: &[Claim]) -> Vec<Fact> {
    let trust = trust(drafts.iter().map(|d| &d.support));
    let mut facts: Vec<Fact> = drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut f = scored(d, &trust);
            f.id = format!("f{}", i + 1);
            f
        })
        .collect();
    link_parts(&mut facts, claims);
    facts
}

/// The claims' components: claims that share a node ([`claim_nodes`]: an
/// entity they name, within a family of key types), or of which one is a
/// listed part of the other, are in one component, transitively. Completing roles, grouping,
/// sides and status read only claims of one component, so each component can
/// be reconciled alone. Claim indexes, ascending; components by first claim.
pub fn components(claims: &[Claim]) -> Vec<Vec<usize>> {
    let mut entity: HashMap<String, usize> = HashMap::new();
    let mut parent: Vec<usize> = Vec::new();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let by_id: HashMap<&str, usize> = claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    // Nodes 0..claims.len() are claims, then entities.
    parent.extend(0..claims.len());
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    for (i, c) in claims.iter().enumerate() {
        for e in claim_nodes(c) {
            let next = parent.len();
            let node = *entity.entry(e).or_insert(next);
            if node == next {
                parent.push(next);
            }
            union(&mut parent, i, node);
        }
        if let Some(&p) = c.part_of.as_deref().and_then(|p| by_id.get(p)) {
            union(&mut parent, i, p);
        }
    }
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..claims.len() {
        let root = find(&mut parent, i);
        let k = *slot.entry(root).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[k].push(i);
    }
    out
}

/// The nodes of a claim in [`components`]: each entity it names (subject,
/// object, at the top parent) within the family of its key type. Claims of
/// different types meet only within a family: grouping compares claims of
/// one type, and completing roles reads frames of the claim's type, or, for
/// a valuation, those of funding rounds, acquisitions and mergers (one
/// family, `deal`).
pub fn claim_nodes(claim: &Claim) -> Vec<String> {
    let c = &claim.claim;
    // A money or percent figure meets the corroborating records of the same figure ([`confirm`]).
    let figure = confirm::figure_keys(c);
    if c.corroborating {
        return figure;
    }
    let class = c.predicate.class.key_class();
    let mut out: Vec<String> = c
        .subject
        .iter()
        .chain(&c.object)
        .map(|e| node(class, &top_entity(e)))
        .collect();
    out.dedup();
    // Claims of one exact number, type (or a type telling the same figure)
    // and month meet: a subject their sentence does not name may be another
    // outlet's, a figure told as another type is that type's ([`unnamed`]).
    out.extend(unnamed::figure_node(c, unnamed::figure_family(class)).map(|f| format!("figure {f}")));
    out.extend(figure);
    out
}

/// The node of an entity (at its top parent) within the family of a key type ([`claim_nodes`]).
pub fn node(class: PredicateClass, entity: &str) -> String {
    format!("{} {entity}", unnamed::family(class))
}

fn group(items: &[Item]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Group numbers (ascending) by (class, part, subject) and by (class, part, object):
    // an item is compared only with the groups it may join, not with every group.
    let mut by_subject: HashMap<GroupKey, Vec<usize>> = HashMap::new();
    let mut by_object: HashMap<GroupKey, Vec<usize>> = HashMap::new();
    // Dated claims first, those with an object before those without, so that
    // undated and object-less claims find the groups they may join.
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Claims with a figure before those without, which join a fact of any measure.
    order.sort_by_key(|&i| {
        let it = &items[i];
        (
            it.time.is_none(),
            it.object.is_none(),
            it.claim.claim.value.is_none(),
            i,
        )
    });
    let empty: Vec<usize> = Vec::new();
    for i in order {
        let it = &items[i];
        let part = it.claim.claim.part.clone();
        let same_thing = |g: &Group| {
            g.class == it.class
                && (g.measure == it.measure || it.claim.claim.value.is_none())
                && g.part == part
                && (g.subject == it.subject
                    || (it.class.is_symmetric() && it.object.is_none() && g.object.as_deref() == Some(&it.subject)))
                && match (&g.object, &it.object) {
                    (Some(a), Some(b)) => a == b,
                    (None, Some(_)) => false,
                    _ => true,
                }
        };
        let agrees_with =
            |g: &Group| it.claim.claim.value.is_some() && g.valued.iter().any(|&(_, _, j)| claims_agree(&items[j], it));
        let key = (it.class, part.clone(), it.subject.clone());
        let same_subject = by_subject.get(&key).unwrap_or(&empty);
        let same_object = if it.class.is_symmetric() && it.object.is_none() {
            by_object.get(&key).unwrap_or(&empty)
        } else {
            &empty
        };
        // The candidates in group order, as a scan of all groups would meet them.
        let mut candidates: Vec<usize> = Vec::with_capacity(same_subject.len() + same_object.len());
        candidates.extend(same_subject);
        if !same_object.is_empty() {
            candidates.extend(same_object);
            candidates.sort_unstable();
            candidates.dedup();
        }
        let candidates = candidates.into_iter().filter(|&g| {
            same_thing(&groups[g])
                && !other_figure_of_source(&groups[g], items, it)
                && !other_order(&groups[g], it)
                && !another_days_move(&groups[g], it)
        });
        let target = match &it.time {
            Some(t) => candidates
                .clone()
                .find(|&g| groups[g].time.as_deref().is_some_and(|gt| times_compatible(gt, t))),
            None => candidates
                .clone()
                .find(|&g| groups[g].time.is_some() && agrees_with(&groups[g]))
                .or_else(|| {
                    // A revision of a dated fact's figure told in so many words: its
                    // sentence names the figure it moved from, or it revises a deal of
                    // two named parties that other outlets told earlier ([`revised_group`]).
                    revised_group(candidates.clone(), &groups, items, it)
                })
                .or_else(|| {
                    // Published in the month of a dated fact with a figure: the same
                    // event, when named alike (a figure) or named at all (no figure:
                    // it neither dates nor confirms the figure). A dated fact without
                    // a figure ("the agreement announced in April") takes no undated claim.
                    // The fact's time names a month (or a day): a year or a quarter
                    // holds the publish month of many figures of other periods.
                    candidates.clone().find(|&g| {
                        !groups[g].valued.is_empty()
                            && groups[g]
                                .time
                                .as_deref()
                                .zip(it.when.as_deref())
                                .is_some_and(|(gt, w)| names_a_month(gt) && times_compatible(gt, w))
                            && undated_fits(&groups[g], items, it)
                    })
                })
                .or_else(|| {
                    candidates
                        .clone()
                        .find(|&g| groups[g].time.is_none() && undated_fits(&groups[g], items, it))
                }),
        };
        match target {
            Some(g) => groups[g].push(i, items),
            None => {
                let n = groups.len();
                by_subject.entry(key).or_default().push(n);
                if let Some(o) = &it.object {
                    by_object
                        .entry((it.class, part.clone(), o.clone()))
                        .or_default()
                        .push(n);
                }
                let mut g = Group::new(
                    it.class,
                    it.measure.clone(),
                    it.subject.clone(),
                    it.object.clone(),
                    it.time.clone(),
                    part,
                );
                g.push(i, items);
                groups.push(g);
            }
        }
    }
    merge_time_splits(&mut groups, items);
    merge_figureless_times(&mut groups, items);
    merge_role_swaps(&mut groups, items);
    unnamed::merge_unnamed_subjects(&mut groups, items);
    unnamed::merge_same_figures(&mut groups, items);
    split_other_figures(&mut groups, items);
    for g in &mut groups {
        g.items.sort_unstable();
        g.time = bucket(g, items);
    }
    groups.sort_by_key(|g| g.items[0]);
    groups
}

/// The dated group whose figure an undated figure revises in so many words,
/// though neither its value nor its publish month joins it there:
///
/// | undated claim | dated fact | joins |
/// |---|---|---|
/// | "lifted its sales outlook to $910 million from $840 million" | "expects sales of $840 million in fiscal 2027" (another outlet) | yes: the figure it moved from |
/// | "the improved offer amounts to a 36% premium" (published two weeks later) | "a 27% premium to Thursday's close" (two other outlets, both parties named) | yes: a revision of the one dated deal of the two parties |
/// | "sales of $2.1bn, up from $1.8bn" | "sales of $1.8bn in 2024" (the same outlet) | no: one outlet's two figures |
/// | "the revised offer is worth $3bn" (hedged: people familiar) | a dated deal | no |
/// | "the sweetened bid is worth $3bn" | two dated deals of the two parties | no: which one is not said |
/// | "the buyout values the unit at $900m, up from $600m last year" | a dated deal of $2.7bn | no: it names another old figure |
///
/// A sentence that names the figure it moved from ([`moved_from`]) names the
/// fact, whatever the fact's time (a fiscal year holds many publish months);
/// a revision cue without the old figure ([`revision_words`]: "sweetened",
/// "raised its offer") names it only for an event between two named parties
/// that has one dated fact with a figure, all of whose claims other outlets
/// published no later than the revision. The joined fact is then superseded
/// ([`supersession`]).
fn revised_group(
    candidates: impl Iterator<Item = usize> + Clone,
    groups: &[Group],
    items: &[Item],
    it: &Item,
) -> Option<usize> {
    it.claim.claim.value.as_ref()?;
    let others = |g: &Group| g.items.iter().all(|&j| items[j].src != it.src);
    let dated: Vec<usize> = candidates
        .filter(|&g| groups[g].time.is_some() && !groups[g].valued.is_empty())
        .collect();
    let named_old = dated.iter().copied().find(|&g| {
        groups[g]
            .items
            .iter()
            .any(|&j| items[j].src != it.src && items[j].claim.claim.value.is_some() && moved_from(it, &items[j]))
    });
    if named_old.is_some() {
        return named_old;
    }
    // A revision that names an old figure which is not the fact's ("up from
    // $600 million last year") revises something else.
    if !it.revision || it.hedged || it.object.is_none() || names_a_from_figure(&it.claim.quote) {
        return None;
    }
    let [g] = dated[..] else {
        return None;
    };
    let published = publish_date(it)?;
    let earlier = groups[g]
        .items
        .iter()
        .all(|&j| publish_date(&items[j]).is_some_and(|d| d <= published));
    (groups[g].object.is_some() && others(&groups[g]) && earlier).then_some(g)
}

/// Whether a sentence gives a figure after "from" ("up from $600 million",
/// "from the €40m it flagged"): the figure it moved from, named.
fn names_a_from_figure(quote: &str) -> bool {
    after_from(&quote.to_lowercase()).any(|rest| rest.chars().take(5).any(|c| c.is_ascii_digit()))
}

/// Words right before a figure's noun that name it an earlier figure of the
/// thing ("down from an earlier forecast of S$1.85 billion", "the original
/// offer of 540p", "its previous guidance of").
const EARLIER_WORDS: &[&str] = &["earlier", "previous", "prior", "original", "former"];

/// The claim's noun is preceded by one of [`EARLIER_WORDS`].
fn named_earlier(it: &Item) -> bool {
    let c = it.claim;
    let before: String = c
        .quote
        .chars()
        .take(c.predicate_start.saturating_sub(c.start))
        .collect::<String>()
        .to_lowercase();
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| EARLIER_WORDS.contains(&w.trim_matches(|ch: char| !ch.is_alphanumeric())))
}

/// A claim of a fact that takes no side: background to its source's own
/// figure, not a statement against it.
/// - A figure its sentence names as the earlier one ("now expects about
///   S$1.7 billion, down from an earlier forecast of S$1.85 billion"), or
///   gives as the one its other figure moved from ("down from the £665m it
///   had forecast", "to $410 from $350": [`mark_earlier_figures`]) beside
///   another figure of its source: that outlet states one figure, the new
///   one; an outlet that gives the earlier figure as current is a side.
/// - A claim without a figure of the other polarity from a source already on
///   a side with a figure ("expanded the recall to 470,000 vehicles" … "the
///   hybrids, which are not affected by this recall"): it denies the thing of
///   something else, not the source's own figure.
fn background_claim(g: &Group, items: &[Item], i: usize, sides: &[Vec<usize>]) -> bool {
    let it = &items[i];
    let c = &it.claim.claim;
    if c.value.is_some() {
        return c.part.is_none()
            && (named_earlier(it) || it.earlier)
            && g.items.iter().any(|&j| {
                let o = &items[j];
                j != i
                    && o.src == it.src
                    && o.claim.claim.value.is_some()
                    && !values_of_agree(o, it)
                    && !named_earlier(o)
                    && !o.earlier
            });
    }
    !sides.iter().any(|s| items[s[0]].claim.claim.polarity == c.polarity)
        && sides.iter().any(|s| {
            s.iter()
                .any(|&j| items[j].src == it.src && items[j].claim.claim.value.is_some())
        })
}

/// The claims of a side that carry its figure, or all when none does: a
/// claim that only names the thing ("may sell part of its stake") neither
/// dates nor confirms the figure.
fn side_claims_with_figures<'a>(side: &'a [usize], items: &'a [Item]) -> impl Iterator<Item = &'a usize> + 'a {
    let any_valued = side.iter().any(|&i| items[i].claim.claim.value.is_some());
    side.iter()
        .filter(move |&&i| !any_valued || items[i].claim.claim.value.is_some())
}

/// Latest date of a side's claims that carry its figure.
fn side_time(side: &[usize], items: &[Item]) -> Option<String> {
    side_claims_with_figures(side, items)
        .filter_map(|&i| items[i].when.clone())
        .max()
}

/// The value of a side as written in facts: the claimed value's fields plus polarity and until.
fn side_value(value: Option<&ClaimValue>, polarity: Polarity, until: Option<&ClaimValue>) -> serde_json::Value {
    let mut obj = match value.map(serde_json::to_value) {
        Some(Ok(serde_json::Value::Object(m))) => m,
        _ => serde_json::Map::new(),
    };
    obj.insert(
        "polarity".into(),
        serde_json::to_value(polarity).unwrap_or(serde_json::Value::Null),
    );
    if let Some(u) = until.and_then(|u| serde_json::to_value(u).ok()) {
        obj.insert("until".into(), u);
    }
    serde_json::Value::Object(obj)
}

/// A fact of a group, its sides as item numbers and, when superseded, its newest side.
fn fact_of(g: &Group, items: &[Item]) -> (Fact, Vec<Vec<usize>>, Option<usize>) {
    // Sides: each claim joins the first side all of whose claims it agrees with.
    let mut sides: Vec<Vec<usize>> = Vec::new();
    // Per side, one claim per signature: agreeing with those is agreeing with all.
    let mut side_sigs: Vec<Vec<usize>> = Vec::new();
    let mut valued: Vec<usize> = g.items.clone();
    // Claims with a value settle the sides; value-less ones then join the first side they fit.
    valued.sort_by_key(|&i| (items[i].claim.claim.value.is_none(), i));
    // The side each signature joined: a side only ever takes claims that agree with all
    // its signatures, so a claim of a signature seen before joins that one's side.
    let mut side_of_sig: HashMap<usize, usize> = HashMap::new();
    let background = |i: usize, sides: &[Vec<usize>]| background_claim(g, items, i, sides);
    for i in valued {
        if background(i, &sides) {
            continue;
        }
        let side = side_of_sig.get(&items[i].sig).copied().or_else(|| {
            side_sigs
                .iter()
                .position(|s| s.iter().all(|&j| claims_agree(&items[j], &items[i])))
        });
        if let Some(s) = side {
            side_of_sig.insert(items[i].sig, s);
        }
        match side {
            Some(s) => {
                sides[s].push(i);
                if !side_sigs[s].iter().any(|&j| items[j].sig == items[i].sig) {
                    side_sigs[s].push(i);
                }
            }
            None => {
                side_of_sig.insert(items[i].sig, sides.len());
                sides.push(vec![i]);
                side_sigs.push(vec![i]);
            }
        }
    }
    let wire_sides: Vec<Side> = sides
        .iter()
        .map(|s| {
            let rep = s
                .iter()
                .map(|&i| &items[i].claim.claim)
                .find(|c| c.value.is_some())
                .unwrap_or(&items[s[0]].claim.claim);
            let until = s.iter().find_map(|&i| match &items[i].claim.claim.until {
                Some(u @ ClaimValue::Date(_)) => Some(u),
                _ => None,
            });
            let until = until.or_else(|| s.iter().find_map(|&i| items[i].claim.claim.until.as_ref()));
            let mut srcs: Vec<String> = s.iter().map(|&i| items[i].claim.source.clone()).collect();
            srcs.dedup();
            srcs.sort();
            srcs.dedup();
            Side {
                value: side_value(rep.value.as_ref(), rep.polarity, until),
                sources: srcs,
                claims: s.iter().map(|&i| items[i].claim.id.clone()).collect(),
                time: side_time(s, items),
                confidence: 0.0,
            }
        })
        .collect();
    // Sources on more than one side (each side's sources are deduplicated).
    let mut sides_of: HashMap<&str, usize> = HashMap::new();
    for side in &wire_sides {
        for s in &side.sources {
            *sides_of.entry(s.as_str()).or_insert(0) += 1;
        }
    }
    let mut intra: Vec<String> = sides_of
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(s, _)| s.to_string())
        .collect();
    intra.sort();
    let mut superseded = None;
    let mut newest = None;
    // A source that names the thing without its figure does not confirm the figure.
    let confirming: Vec<&str> = {
        let side = &sides[0];
        let valued: Vec<&str> = side
            .iter()
            .filter(|&&i| items[i].claim.claim.value.is_some())
            .map(|&i| items[i].claim.source.as_str())
            .collect();
        let mut v = if valued.is_empty() {
            side.iter().map(|&i| items[i].claim.source.as_str()).collect()
        } else {
            valued
        };
        v.sort_unstable();
        v.dedup();
        v
    };
    let status = if wire_sides.len() == 1 {
        if confirming.len() >= 2 {
            FactStatus::Agreed
        } else {
            FactStatus::SingleSource
        }
    } else {
        match supersession(g.class, &sides, items) {
            Some((n, sup)) => {
                superseded = Some(sup);
                newest = Some(n);
                FactStatus::Superseded
            }
            None => FactStatus::Conflict,
        }
    };
    let evidence = g
        .items
        .iter()
        .map(|&i| {
            let c = items[i].claim;
            Evidence {
                source: c.source.clone(),
                claim: c.id.clone(),
                sentence: c.claim.sentence,
                start: c.start,
                end: c.end,
                quote: c.quote.clone(),
            }
        })
        .collect();
    let measure = g.measure.as_deref().map(|m| format!(".{m}")).unwrap_or_default();
    let mut key = format!(
        "{} {}{measure} {}",
        g.subject,
        g.class.as_str(),
        g.object.as_deref().unwrap_or("?")
    );
    if let Some(t) = &g.time {
        key.push_str(&format!(" @{t}"));
    }
    if let Some(p) = &g.part {
        key.push_str(&format!(" [{p}]"));
    }
    let fact = Fact {
        id: String::new(),
        key,
        subject: Some(g.subject.clone()),
        predicate: g.class,
        measure: g.measure.clone(),
        object: g.object.clone(),
        time: g.time.clone(),
        part: g.part.clone(),
        status,
        value: serde_json::Value::Null,
        sides: wire_sides,
        parts: Vec::new(),
        superseded,
        intra_source: intra,
        confidence: 0.0,
        evidence,
    };
    (fact, sides, newest)
}

/// Types whose figure moves by the hour (a share price's move, a market
/// value): a later article's figure replaces an earlier one ("fell 5.2% in
/// morning trade" → "closed down 6.1%" the next day).
const RUNNING_FIGURES: &[&str] = &["share_price_move", "market_value"];

/// When in a trading session a running figure was told ([`side_session`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Session {
    /// During it: "in early trading", "by 0915 GMT", "in premarket trading".
    During,
    /// At its end: "closed down 6.1 per cent", "ended 6.8% higher", "to finish at €19.08".
    Close,
}

/// Words that tell a move during the session.
const DURING_WORDS: &[&str] = &[
    "early trading",
    "early trade",
    "early deals",
    "early dealings",
    "morning",
    "afternoon",
    "midday",
    "mid-day",
    "lunchtime",
    "premarket",
    "pre-market",
    "extended trading",
    "after-hours",
    "after hours",
    "intraday",
    " gmt",
];

/// Words that tell the session's final move.
const CLOSE_WORDS: &[&str] = &[
    "closed",
    "ended",
    "to finish",
    "finished",
    "at the close",
    "'s close",
    "at close",
];

/// The session all of a side's figures were told in: the close when each
/// says so and none tells a time during it, during the session when each
/// says that and none the close; else unknown.
///
/// | claim | session |
/// |---|---|
/// | "Shares in Tavel were down 3.8 per cent in afternoon trading" | during |
/// | "Tavel shares rose 5.9% in premarket trading" | during |
/// | "Tavel's shares closed 4.1 per cent lower on Tuesday" | close |
/// | "the shares had lost 11.9% to finish at €19.08" | close |
/// | "Tavel fell 14.2% to 18.58 euros" | unknown |
/// | "shares rose in early trading and closed up 2%" | unknown (both) |
fn side_session(figures: &[&Item]) -> Option<Session> {
    let of = |it: &Item| {
        let q = it.claim.quote.to_lowercase().replace('\u{2019}', "'");
        let during = DURING_WORDS.iter().any(|w| q.contains(w));
        let close = CLOSE_WORDS.iter().any(|w| q.contains(w));
        match (during, close) {
            (true, false) => Some(Session::During),
            (false, true) => Some(Session::Close),
            _ => None,
        }
    };
    let first = of(figures.first()?)?;
    figures.iter().all(|it| of(it) == Some(first)).then_some(first)
}

/// Days from one publish date to a later one: a report of another figure
/// this long after the first reports a development (a raised offer, an
/// expanded recall, an over-allotment), not the same announcement.
const DEVELOPMENT_DAYS: i64 = 7;

/// Words of a firm statement that it replaces what was reported before ("a
/// larger reduction than earlier reported"); said by unnamed sources ("the
/// layoffs are bigger than announced, sources say") they are one more
/// account, in conflict with the announced figure.
pub const LATER_REPORT_CUES: &[&str] = &[
    "than earlier reported",
    "than previously reported",
    "than initially reported",
    "than first reported",
    "than earlier announced",
    "than previously announced",
    "than initially announced",
];

/// The claim revises a figure in so many words: the extractor's revision cues
/// ("raised its offer", "expanded the recall", "corrected"), or a firm
/// statement of [`LATER_REPORT_CUES`].
fn revision_words(it: &Item) -> bool {
    // Each list as one automaton: a substring search per cue and claim cost 4,000
    // instructions a claim (whether any cue occurs is the same answer).
    static REVISION: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| cue_searcher(crate::extract::claims::lexicon::REVISION_CUES));
    static LATER_REPORT: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| cue_searcher(LATER_REPORT_CUES));
    let quote = it.claim.quote.to_lowercase();
    REVISION.is_match(&quote) || (!it.hedged && LATER_REPORT.is_match(&quote))
}

fn cue_searcher(cues: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::new(cues).expect("cue lists are small")
}

/// Scale words right after a number ("1.8 billion", "540m", "€2bn").
const SCALE_WORDS: &[(&str, i64)] = &[
    ("thousand", 1_000),
    ("k", 1_000),
    ("million", 1_000_000),
    ("mn", 1_000_000),
    ("m", 1_000_000),
    ("billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("b", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("tn", 1_000_000_000_000),
];

/// What follows each " from " of a lower-cased quote, past a leading
/// "the", "its" or "their" ("from the €2.4bn it had guided", "from its
/// $1.8bn target").
fn after_from(quote: &str) -> impl Iterator<Item = &str> {
    quote.match_indices(" from ").map(|(at, w)| {
        let rest = &quote[at + w.len()..];
        ["the ", "its ", "their "]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
            .unwrap_or(rest)
    })
}

/// The claim's sentence gives its figure as moved from the other claim's
/// ("cuts its stake to 12.4 per cent from 20.1 per cent", "lifted its
/// target to $260 from $210", "raised its forecast to $2.1bn from $1.8
/// billion", "down from the £665m it had forecast"): a number after "from"
/// (and "the", "its" or "their"), at the scale its word gives ("from 18.5
/// million shares" is no 18.5%), that is the other's figure. A revision in so
/// many words: the other figure is the earlier one.
fn moved_from(it: &Item, old: &Item) -> bool {
    let Some(was) = old.claim.claim.value.as_ref().and_then(values::amount_of) else {
        return false;
    };
    let quote = it.claim.quote.to_lowercase();
    after_from(&quote).any(|rest| {
        // A currency sign or code of up to four characters before the digits ("$", "a$", "eur ").
        let Some(start) = rest
            .char_indices()
            .take(5)
            .find(|(_, c)| c.is_ascii_digit())
            .map(|(i, _)| i)
        else {
            return false;
        };
        if rest[..start].trim_end().contains(' ') {
            return false;
        }
        let len = rest[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len() - start);
        let digits: String = rest[start..start + len].chars().filter(|c| *c != ',').collect();
        let Ok(n) = digits.trim_end_matches('.').parse::<rust_decimal::Decimal>() else {
            return false;
        };
        let after = rest[start + len..].trim_start();
        let word_len = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
        let scale = SCALE_WORDS
            .iter()
            .find(|(w, _)| *w == &after[..word_len])
            .map_or(1, |&(_, k)| k);
        n * rust_decimal::Decimal::from(scale) == was
    })
}

/// Most claims of one sentence read for [`mark_earlier_figures`].
const MAX_REVISION_CLAIMS: usize = 16;

/// Marks the claims whose figure another claim of their sentence, of the
/// same type, measure and subject, gives as the one it moved from:
///
/// | sentence | earlier figure |
/// |---|---|
/// | "now expects revenue of about £620m, down from the £665m it had forecast in March" | £665m |
/// | "lifted its price target to $410 from $350" | $350 |
/// | "priced ¥100 billion of bonds, raising the size of the deal from the ¥80 billion it flagged" | ¥80 billion |
/// | "cut its stake to 9.5% from 18.5%" | 18.5% |
/// | "expects $2.1bn this year and $1.8bn from next year's contracts" | none ("from" before no figure of the sentence's claims) |
/// | "revenue of $2.1bn, from 40 countries" | none (no claim of that figure) |
///
/// Such a figure is background to its sentence's new one, never a side of its
/// own ([`background_claim`]) nor a figure of its source that splits the new
/// one off ([`split_other_figures`]). Claims of one sentence share their
/// source and sentence offsets, so this reads only a claim's own component.
fn mark_earlier_figures(items: &mut [Item]) {
    let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (k, it) in items.iter().enumerate() {
        if it.claim.claim.value.is_some() && it.claim.claim.part.is_none() {
            by_sentence.entry((it.src, it.claim.start)).or_default().push(k);
        }
    }
    let mut earlier: Vec<usize> = Vec::new();
    // Each pair of a sentence's claims is read (its quote lowered per pair): a
    // sentence with more claims is a flattened table, never one revision, and
    // must not cost the square of its claims times its length.
    for list in by_sentence
        .values()
        .filter(|l| l.len() > 1 && l.len() <= MAX_REVISION_CLAIMS)
    {
        for &i in list {
            let old = &items[i];
            let moved = list.iter().any(|&j| {
                let new = &items[j];
                j != i
                    && new.class == old.class
                    && new.measure == old.measure
                    && new.subject == old.subject
                    && new.claim.claim.polarity == old.claim.claim.polarity
                    && !values_of_agree(new, old)
                    && moved_from(new, old)
            });
            if moved {
                earlier.push(i);
            }
        }
    }
    for i in earlier {
        items[i].earlier = true;
    }
}

fn publish_date(it: &Item) -> Option<jiff::civil::Date> {
    it.published.as_deref()?.parse().ok()
}

/// Whether the sides of a fact in conflict are rather an older statement and
/// a newer one, and which side is the newer: one that revises its figure in
/// so many words ([`revision_words`]), else the one first published latest (then stated latest).
/// Against the other sides' claims (those of its own sources left out: "up
/// from $18.75" in the article that gives the new price is no older
/// statement), the newer side replaces them when:
/// - the fact is a state and the newer side is stated later (a later month);
/// - it revises the figure in so many words and is stated no earlier;
/// - every side has a figure and the newer was published [`DEVELOPMENT_DAYS`] or more later;
/// - the type is a running figure ([`RUNNING_FIGURES`]) published a day or more later.
///
/// A firm figure published after a hedged one is no supersession by itself:
/// "may lay off as much as 10 percent" then "laid off 5 percent" is a conflict.
/// Otherwise sides published within days of each other are a conflict.
fn supersession(class: PredicateClass, sides: &[Vec<usize>], items: &[Item]) -> Option<(usize, Supersession)> {
    let figures: Vec<Vec<&Item>> = sides
        .iter()
        .map(|s| side_claims_with_figures(s, items).map(|&i| &items[i]).collect())
        .collect();
    if RUNNING_FIGURES.contains(&class.as_str()) {
        let session: Vec<Option<Session>> = figures.iter().map(|f| side_session(f)).collect();
        // The close replaces the moves told during the session, whichever came out first.
        if let Some(close) = session.iter().position(|s| *s == Some(Session::Close))
            && session
                .iter()
                .enumerate()
                .all(|(k, s)| k == close || *s == Some(Session::During))
        {
            let when = |k: usize| figures[k].iter().filter_map(|it| it.when.clone()).max();
            let old_time = (0..sides.len()).filter(|&k| k != close).filter_map(when).max();
            return Some((
                close,
                Supersession {
                    old_time,
                    new_time: when(close),
                },
            ));
        }
        // Two outlets' different closes are a conflict, however far apart they came out.
        if session.iter().all(|s| *s == Some(Session::Close)) {
            return None;
        }
    }
    let first_stated = |k: usize| {
        (
            figures[k].iter().filter_map(|it| publish_date(it)).min(),
            figures[k].iter().filter_map(|it| it.when.clone()).min(),
        )
    };
    let revised = |k: usize| {
        figures[k].iter().any(|it| {
            it.revision
                || figures
                    .iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .flat_map(|(_, f)| f.iter())
                    .any(|old| old.src != it.src && moved_from(it, old))
        })
    };
    let newest = (0..sides.len())
        .filter(|&k| revised(k))
        .max_by_key(|&k| first_stated(k))
        .or_else(|| (0..sides.len()).max_by_key(|&k| first_stated(k)))?;
    let new = &figures[newest];
    let new_sources: HashSet<&str> = new.iter().map(|it| it.claim.source.as_str()).collect();
    let older: Vec<&Item> = figures
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != newest)
        .flat_map(|(_, f)| f.iter().copied())
        .filter(|it| !new_sources.contains(it.claim.source.as_str()))
        .collect();
    if older.is_empty() {
        return None;
    }
    let (new_published, new_when) = first_stated(newest);
    let older_when = older.iter().filter_map(|it| it.when.clone()).max();
    let older_published = older
        .iter()
        .map(|it| publish_date(it))
        .collect::<Option<Vec<_>>>()
        .and_then(|v| v.into_iter().max());
    let when_later = match (&new_when, &older_when) {
        (Some(a), Some(b)) => a > b && !times_compatible(a, b),
        _ => false,
    };
    let when_not_earlier = match (&new_when, &older_when) {
        (Some(a), Some(b)) => a >= b || times_compatible(a, b),
        _ => false,
    };
    // Days from the others' latest publish date to the newer side's earliest.
    let gap = match (new_published, older_published) {
        (Some(a), Some(b)) => b.until(a).ok().map(|s| i64::from(s.get_days())),
        _ => None,
    };
    let published_later = |days: i64| gap.is_some_and(|g| g >= days);
    let running = RUNNING_FIGURES.contains(&class.as_str());
    if (class.is_state() && when_later) || (revised(newest) && (when_not_earlier || published_later(0))) {
        return Some((
            newest,
            Supersession {
                old_time: older_when,
                new_time: new_when,
            },
        ));
    }
    // By publication alone only figures are replaced: "not affected by this
    // recall" two weeks on is no newer figure.
    let all_figures = figures
        .iter()
        .all(|f| f.iter().any(|it| it.claim.claim.value.is_some()));
    if all_figures && (published_later(DEVELOPMENT_DAYS) || (running && published_later(1))) {
        return Some((
            newest,
            Supersession {
                old_time: older_published.map(|d| d.to_string()),
                new_time: new_published.map(|d| d.to_string()),
            },
        ));
    }
    None
}

const INITIAL_TRUST: f64 = 0.8;
const ROUNDS: usize = 20;
const RHO: f64 = 0.5;
const GAMMA: f64 = 0.8;

/// The confidence of each side of one fact, from its support and the sources' trust.
fn side_confidences(sides: &[Vec<(String, f64)>], trust: &BTreeMap<String, f64>) -> Vec<f64> {
    let t = |s: &str| trust.get(s).copied().unwrap_or(INITIAL_TRUST);
    let sigma: Vec<f64> = sides
        .iter()
        .map(|side| side.iter().map(|(s, w)| w * -(1.0 - t(s)).ln()).sum())
        .collect();
    let total: f64 = sigma.iter().sum();
    sigma
        .iter()
        .map(|s| {
            let adjusted = s - RHO * (total - s);
            1.0 / (1.0 + (-GAMMA * adjusted).exp())
        })
        .collect()
}

/// Source trust (TruthFinder-style, formula in the module docs) over the
/// supports of all facts, in fact order: the trust after `ROUNDS - 1`
/// rounds, from which [`scored`] computes the last round's confidences. It
/// is global: one new article can move any outlet's trust, hence any fact's
/// confidence.
pub fn trust<'a>(supports: impl Iterator<Item = &'a Vec<Vec<(String, f64)>>> + Clone) -> BTreeMap<String, f64> {
    // Outlets by number, and the supports flattened once: each round then reads an
    // outlet's trust from a vector instead of looking its name up in a map (each of the
    // `ROUNDS - 1` rounds looked up every outlet of every side twice). The sums are
    // taken in the same order as [`side_confidences`] takes them, so the trust is the
    // same to the bit (tested against that formula).
    let mut number: HashMap<&'a str, u32> = HashMap::new();
    let mut names: Vec<&'a str> = Vec::new();
    // Per fact its sides, per side its (outlet, weight) entries: `entries` flat,
    // `side_ends[k]` the end of side k in it, `fact_ends[f]` the end of fact f's sides.
    let mut entries: Vec<(u32, f64)> = Vec::new();
    let mut side_ends: Vec<usize> = Vec::new();
    let mut fact_ends: Vec<usize> = Vec::new();
    for sides in supports {
        for side in sides {
            for (s, w) in side {
                let k = *number.entry(s.as_str()).or_insert_with(|| {
                    names.push(s.as_str());
                    (names.len() - 1) as u32
                });
                entries.push((k, *w));
            }
            side_ends.push(entries.len());
        }
        fact_ends.push(side_ends.len());
    }
    drop(number);
    let mut trust: Vec<f64> = vec![INITIAL_TRUST; names.len()];
    let mut sums: Vec<(f64, usize)> = vec![(0.0, 0); names.len()];
    let mut sigma: Vec<f64> = Vec::new();
    let mut weight: Vec<f64> = vec![0.0; names.len()];
    for _ in 1..ROUNDS {
        // `-(1 - t).ln()` of each outlet, once a round (as `side_confidences` computes it).
        for (w, t) in weight.iter_mut().zip(&trust) {
            *w = -(1.0 - t).ln();
        }
        sums.iter_mut().for_each(|s| *s = (0.0, 0));
        let (mut side_start, mut first_side) = (0usize, 0usize);
        for &fact_end in &fact_ends {
            sigma.clear();
            let mut entry_start = side_start;
            for &side_end in &side_ends[first_side..fact_end] {
                sigma.push(
                    entries[entry_start..side_end]
                        .iter()
                        .map(|&(s, w)| w * weight[s as usize])
                        .sum(),
                );
                entry_start = side_end;
            }
            let total: f64 = sigma.iter().sum();
            let mut entry_start = side_start;
            for (k, &side_end) in side_ends[first_side..fact_end].iter().enumerate() {
                let adjusted = sigma[k] - RHO * (total - sigma[k]);
                let conf = 1.0 / (1.0 + (-GAMMA * adjusted).exp());
                for &(s, _) in &entries[entry_start..side_end] {
                    let e = &mut sums[s as usize];
                    e.0 += conf;
                    e.1 += 1;
                }
                entry_start = side_end;
            }
            side_start = entry_start;
            first_side = fact_end;
        }
        for (t, &(sum, n)) in trust.iter_mut().zip(&sums) {
            if n > 0 {
                *t = (sum / n as f64).clamp(0.05, 0.95);
            }
        }
    }
    names.into_iter().map(str::to_string).zip(trust).collect()
}

/// The fact of a draft, scored with the sources' [`trust`] ([`side_order`]):
/// its sides best first, its value and confidence those of its first side.
pub fn scored(draft: Draft, trust: &BTreeMap<String, f64>) -> Fact {
    let Draft {
        mut fact,
        support,
        newest,
        ..
    } = draft;
    let (conf, order) = side_order(&support, newest, trust);
    fact.sides = ranked(std::mem::take(&mut fact.sides), conf, order, |side, c| {
        side.confidence = c
    });
    fact.value = fact.sides[0].value.clone();
    fact.confidence = fact.sides[0].confidence;
    fact
}

/// Each side's confidence (rounded to 3 decimals) with the sources' [`trust`],
/// and the sides' order best first: ties keep the order of first appearance;
/// the newest side is the value of a superseded fact, whatever the votes.
pub fn side_order(
    support: &[Vec<(String, f64)>],
    newest: Option<usize>,
    trust: &BTreeMap<String, f64>,
) -> (Vec<f64>, Vec<usize>) {
    let conf: Vec<f64> = side_confidences(support, trust).into_iter().map(round3).collect();
    let mut order: Vec<usize> = (0..conf.len()).collect();
    order.sort_by(|&a, &b| conf[b].total_cmp(&conf[a]));
    if let Some(n) = newest
        && let Some(k) = order.iter().position(|&i| i == n)
    {
        let first = order.remove(k);
        order.insert(0, first);
    }
    (conf, order)
}

/// The sides given their confidences and put in [`side_order`]'s order, for
/// reconcile's sides and the store's wire sides alike.
pub fn ranked<S>(sides: Vec<S>, conf: Vec<f64>, order: Vec<usize>, mut set: impl FnMut(&mut S, f64)) -> Vec<S> {
    let mut old: Vec<Option<S>> = sides.into_iter().map(Some).collect();
    for (side, c) in old.iter_mut().zip(conf) {
        if let Some(side) = side {
            set(side, c);
        }
    }
    order.into_iter().filter_map(|i| old[i].take()).collect()
}

/// Links each total to the facts of its listed parts.
fn link_parts(facts: &mut [Fact], claims: &[Claim]) {
    let fact_of_claim: BTreeMap<&str, usize> = facts
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.evidence.iter().map(move |e| (e.claim.as_str(), i)))
        .collect();
    let mut links: Vec<(usize, String)> = Vec::new();
    for c in claims {
        let (Some(parent), Some(&me)) = (c.part_of.as_deref(), fact_of_claim.get(c.id.as_str())) else {
            continue;
        };
        if let Some(&p) = fact_of_claim.get(parent)
            && p != me
        {
            links.push((p, facts[me].id.clone()));
        }
    }
    for (p, id) in links {
        if !facts[p].parts.contains(&id) {
            facts[p].parts.push(id);
        }
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The trust as first written (outlets looked up by name in each round), the
    /// reference [`trust`] must give to the bit.
    fn trust_by_name(supports: &[Vec<Vec<(String, f64)>>]) -> BTreeMap<String, f64> {
        let mut trust: BTreeMap<String, f64> = BTreeMap::new();
        for sides in supports {
            for (s, _) in sides.iter().flatten() {
                trust.entry(s.clone()).or_insert(INITIAL_TRUST);
            }
        }
        for _ in 1..ROUNDS {
            let mut sums: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
            for sides in supports {
                let conf = side_confidences(sides, &trust);
                for (k, side) in sides.iter().enumerate() {
                    for (s, _) in side {
                        let e = sums.entry(s.as_str()).or_insert((0.0, 0));
                        e.0 += conf[k];
                        e.1 += 1;
                    }
                }
            }
            let next: Vec<(String, f64)> = sums
                .into_iter()
                .map(|(s, (sum, n))| (s.to_string(), (sum / n as f64).clamp(0.05, 0.95)))
                .collect();
            trust.extend(next);
        }
        trust
    }

    #[test]
    fn trust_by_number_is_trust_by_name_to_the_bit() {
        // Supports of 3,000 facts over 40 outlets: one to four sides of one to six
        // outlets, weights of one, a half and odd fractions, from a fixed sequence.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let supports: Vec<Vec<Vec<(String, f64)>>> = (0..3000)
            .map(|_| {
                (0..1 + next(4))
                    .map(|_| {
                        (0..1 + next(6))
                            .map(|_| {
                                (
                                    format!("outlet {}", next(40)),
                                    [1.0, 0.5, 0.3, 1.0 / 3.0][next(4) as usize],
                                )
                            })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let fast = trust(supports.iter());
        let reference = trust_by_name(&supports);
        assert_eq!(fast.len(), 40);
        assert_eq!(fast.keys().collect::<Vec<_>>(), reference.keys().collect::<Vec<_>>());
        for (name, t) in &reference {
            assert_eq!(fast[name].to_bits(), t.to_bits(), "{name}");
        }
        // Not all at the start value: the rounds moved them.
        assert!(fast.values().any(|&t| t != INITIAL_TRUST));
        // No facts, no outlets.
        assert!(trust(std::iter::empty()).is_empty());
    }
    use crate::Analysis;
    use crate::article::{Input, ReadOptions, load};
    use crate::extract::claims::testing::Builder;
    use crate::extract::money::Exactness;
    use crate::text::Document;

    /// An analysed article whose mentions are built by hand.
    pub fn analysis(source: &str, published: &str, text: &str, build: impl FnOnce(Builder) -> Builder) -> Analysis {
        let input = Input {
            text: Some(text.into()),
            ..Input::default()
        };
        let opts = ReadOptions {
            source: Some(source.into()),
            published: Some(published.parse().unwrap()),
            ..ReadOptions::default()
        };
        let article = load(&input, &opts).unwrap();
        let doc = Document::new(&article.text, article.published);
        let mentions = build(Builder::new(&doc.text.clone())).build();
        let claims = crate::extract::claims::extract(&doc, &mentions);
        Analysis {
            article,
            doc,
            mentions,
            claims,
        }
    }

    pub fn facts(analyses: &[Analysis]) -> Vec<Fact> {
        // Reconcile's own facts, from the sources and claims `report::build` reconciles.
        let (sources, claims) = crate::report::reconcile_inputs(analyses);
        reconcile(&sources, &claims)
    }

    #[test]
    fn a_pledge_and_a_capped_investment_agree() {
        let a = analysis(
            "A",
            "2026-04-27",
            "In February, Amazon announced an investment of up to $50 billion in OpenAI.",
            |b| {
                b.date("February", "2026-02")
                    .org("Amazon", "amazon")
                    .money("up to $50 billion", "50000000000", Exactness::AtMost)
                    .org("OpenAI", "openai")
            },
        );
        let b = analysis(
            "B",
            "2026-04-27",
            "Soon after, Amazon pledged $50 billion to OpenAI.",
            |b| {
                b.org("Amazon", "amazon")
                    .money("$50 billion", "50000000000", Exactness::Exact)
                    .org("OpenAI", "openai")
            },
        );
        let facts = facts(&[a, b]);
        assert_eq!(facts.len(), 1, "{facts:#?}");
        let f = &facts[0];
        assert_eq!(f.key, "amazon investment openai @2026-02");
        assert_eq!(f.status, FactStatus::Agreed);
        assert_eq!(f.value["amount"], "50000000000");
        assert_eq!(f.evidence.len(), 2);
        assert_eq!(f.sides[0].sources, vec!["s1", "s2"]);
        assert!(f.confidence > 0.85, "{}", f.confidence);
    }

    #[test]
    fn different_amounts_conflict_and_the_majority_leads() {
        let text = |x: &'static str| format!("Globex acquired Acme for {x}.");
        let mk = |name: &str, x: &'static str, amount: &str| {
            analysis(name, "2026-04-27", &text(x), |b| {
                b.org("Globex", "globex")
                    .org("Acme", "acme")
                    .money(x, amount, Exactness::Exact)
            })
        };
        let facts = facts(&[
            mk("A", "$2 billion", "2000000000"),
            mk("B", "$1.2 billion", "1200000000"),
            mk("C", "$1.2 billion", "1200000000"),
        ]);
        assert_eq!(facts.len(), 1, "{facts:#?}");
        let f = &facts[0];
        assert_eq!(f.key, "globex acquisition acme");
        assert_eq!(f.status, FactStatus::Conflict);
        assert_eq!(f.value["amount"], "1200000000");
        assert_eq!(f.sides.len(), 2);
        assert_eq!(f.sides[0].sources, vec!["s2", "s3"]);
        assert!(f.sides[0].confidence > f.sides[1].confidence);
    }

    #[test]
    fn one_source_contradicting_itself_is_an_intra_source_conflict() {
        let text = "The deal gives Microsoft exclusive access to OpenAI models. The deal gives Microsoft a non-exclusive license to OpenAI models through 2032.";
        let a = analysis("A", "2026-04-27", text, |b| {
            b.org("Microsoft", "microsoft")
                .org("OpenAI", "openai")
                .org("Microsoft", "microsoft")
                .org("OpenAI", "openai")
                .date("2032", "2032")
        });
        let facts = facts(&[a]);
        let excl = facts.iter().find(|f| f.predicate.as_str() == "exclusivity").unwrap();
        assert_eq!(excl.key, "microsoft exclusivity openai");
        assert_eq!(excl.status, FactStatus::Conflict);
        assert_eq!(excl.intra_source, vec!["s1"]);
        let license = facts.iter().find(|f| f.predicate.as_str() == "license").unwrap();
        assert_eq!(license.status, FactStatus::SingleSource);
        assert_eq!(license.value["until"]["value"], "2032");
    }

    #[test]
    fn a_later_statement_supersedes_an_earlier_state() {
        let a = analysis(
            "A",
            "2026-02-10",
            "Microsoft's exclusive rights to OpenAI models stay in place.",
            |b| b.org("Microsoft", "microsoft").org("OpenAI", "openai"),
        );
        let b = analysis(
            "B",
            "2026-04-27",
            "Microsoft's rights to OpenAI models are no longer exclusive.",
            |b| b.org("Microsoft", "microsoft").org("OpenAI", "openai"),
        );
        let facts = facts(&[a, b]);
        assert_eq!(facts.len(), 1, "{facts:#?}");
        let f = &facts[0];
        assert_eq!(f.status, FactStatus::Superseded);
        assert_eq!(f.value["polarity"], "negated");
        let s = f.superseded.as_ref().unwrap();
        assert_eq!(
            (s.old_time.as_deref(), s.new_time.as_deref()),
            (Some("2026-02"), Some("2026-04"))
        );
    }

    #[test]
    fn events_of_different_months_are_different_facts_and_undated_ones_join_by_value() {
        let a = analysis(
            "A",
            "2026-04-27",
            "In November, OpenAI and Amazon signed an agreement giving OpenAI $38 billion of AWS contracts.",
            |b| {
                b.date("November", "2025-11")
                    .org("OpenAI", "openai")
                    .org("Amazon", "amazon")
                    .org("OpenAI", "openai")
                    .money("$38 billion", "38000000000", Exactness::Exact)
                    .org("AWS", "amazon")
            },
        );
        let b = analysis(
            "B",
            "2026-04-27",
            "OpenAI had announced a $38 billion commitment to AWS. Later OpenAI committed to spend $100 billion on AWS.",
            |b| {
                b.org("OpenAI", "openai")
                    .money("$38 billion", "38000000000", Exactness::Exact)
                    .org("AWS", "amazon")
                    .org("OpenAI", "openai")
                    .money("$100 billion", "100000000000", Exactness::Exact)
                    .org("AWS", "amazon")
            },
        );
        let facts = facts(&[a, b]);
        let keys: Vec<(&str, FactStatus)> = facts.iter().map(|f| (f.key.as_str(), f.status)).collect();
        assert_eq!(
            keys,
            vec![
                ("amazon contract openai @2025-11", FactStatus::Agreed),
                ("amazon contract openai", FactStatus::SingleSource)
            ]
        );
        assert_eq!(facts[1].value["amount"], "100000000000");
    }

    #[test]
    fn parts_are_linked_not_conflicting() {
        let text = "Amazon will invest up to $50 billion in OpenAI, including an initial investment of $15 billion and an additional $35 billion.";
        let a = analysis("A", "2026-04-27", text, |b| {
            b.org("Amazon", "amazon")
                .money("up to $50 billion", "50000000000", Exactness::AtMost)
                .org("OpenAI", "openai")
                .money("$15 billion", "15000000000", Exactness::Exact)
                .money("$35 billion", "35000000000", Exactness::Exact)
        });
        let facts = facts(&[a]);
        assert_eq!(facts.len(), 3, "{facts:#?}");
        assert_eq!(facts[0].status, FactStatus::SingleSource);
        assert_eq!(facts[0].parts, vec!["f2", "f3"]);
        assert_eq!(facts[1].key, "amazon investment openai [initial]");
        assert_eq!(facts[2].key, "amazon investment openai [additional]");
    }
}
