//! Subjects a sentence does not name, repaired by the other outlets.
//!
//! A claim's subject comes from its sentence ("Orvella raised its dividend")
//! or, when the sentence names none ("The group lifted its interim payout
//! to 31 pence", a table row "- Order intake: €2.05bn"), from the
//! context: the article's last or most salient organization, which is
//! sometimes another one (an analyst firm, a rival, a shareholder). When such
//! a claim is the only outlet of its fact and other outlets give a fact of the
//! same type and measure the very same number, in the same month, for a
//! subject their own sentences name (or two outlets give), the claim is that fact's: its subject
//! was a guess, the number is not ([`merge_unnamed_subjects`]).
//!
//! Never when the claim's sentence names its subject (a rival's "Bellmoor
//! shares also rose 4.2%") — unless every word that names it names the other
//! fact's subject too ("Varnholt's sales came to $7.4 billion" beside
//! two Varnholt companies: the subject was a choice between them; when the
//! two facts' sentences name each other's subject alike, the subject more
//! claims of the component have keeps the fact) —, when two facts of other subjects give the number
//! (it is then no one company's), for a one-digit number ("3%", "$5
//! million": many things share it) or across months.
//!
//! The same node joins two facts of types that tell one figure in other
//! words (`same_figure` in data/events: "Orvane invested $310 million in
//! Kelp" beside "Kelp raised $310 million from Orvane"), when their parties
//! fit, their numbers are the very same, their times fit and no outlet is in
//! both; the fact keeps the type more outlets use ([`merge_same_figures`]).
//!
//! So that each component of claims still reconciles alone ([`super::components`]),
//! a claim with such a number is linked to the claims of the same type,
//! measure, number and month by a node of its own ([`figure_node`]).

use std::collections::BTreeSet;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::{Group, Item, PredicateClass, claims_agree, group_times_fit, join_groups};
use crate::extract::claims::ClaimValue;

/// The node of a claim's exact number within its key type's family: the
/// family, measure, kind, currency or unit, the number and the month of
/// its time ("deal - money USD 650000000 2026-11"). None without a time, for
/// an interval or a number of one significant digit.
pub fn figure_node(c: &crate::extract::claims::Claim, family: &str) -> Option<String> {
    let (kind, a) = match c.value.as_ref()? {
        ClaimValue::Money(a) => ("money", a),
        ClaimValue::Percent(a) => ("percent", a),
        ClaimValue::Count(a) => ("count", a),
        _ => return None,
    };
    let x = a.amount?;
    if significant_digits(x) < 2 {
        return None;
    }
    let month: String = c.time.as_ref()?.value.chars().take(7).collect();
    // Counts name things with different nouns ("jobs", "workers"): no unit.
    let unit = match kind {
        "money" => a.currency.as_deref().unwrap_or("-"),
        "percent" => a.unit.as_deref().unwrap_or("-"),
        _ => "-",
    };
    let class = c.predicate.class;
    let measure = c
        .measure
        .as_deref()
        .filter(|m| class.def().default_measure.as_deref() != Some(*m))
        .unwrap_or("-");
    Some(format!("{family} {measure} {kind} {unit} {} {month}", x.normalize()))
}

/// Digits between the first and last non-zero digit: 4.2 → 2, 15,000 → 2, 3 → 1.
pub(super) fn significant_digits(x: Decimal) -> usize {
    let s = x.abs().normalize().to_string().replace('.', "");
    s.trim_start_matches('0').trim_end_matches('0').len()
}

/// Whether a sentence names an entity: a word of three letters or more of its
/// id ("name:northgale-outfitters"), its gazetteer name or an alias occurs
/// in it as a word. Generous: a shared common word counts as naming, which
/// only keeps a subject.
pub fn entity_named(id: &str, quote_words: &HashSet<String>) -> bool {
    let named = |name: &str| {
        name.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.chars().count() >= 3 && quote_words.contains(&w.to_lowercase()))
    };
    let slug = id.split_once(':').map_or(id, |(_, s)| s);
    if named(slug) {
        return true;
    }
    crate::extract::orgs::gazetteer::GAZETTEER
        .get(id)
        .is_some_and(|e| named(&e.name) || e.aliases.iter().any(|a| named(a)))
}

/// The lowercased words of a sentence.
fn words(quote: &str) -> HashSet<String> {
    quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Moves each one-outlet group whose sentences name none of its subjects
/// into the one group of another subject that another outlet's claim of the
/// same figure node ([`figure_node`]) is in, and whose subject a sentence of
/// it names or two outlets give (see the module).
pub(super) fn merge_unnamed_subjects(groups: &mut Vec<Group>, items: &[Item]) {
    let node = |i: usize| {
        let it = &items[i];
        figure_node(&it.claim.claim, figure_family(it.class))
    };
    let fig: Vec<Option<String>> = (0..items.len()).map(node).collect();
    let mut by_fig: HashMap<&str, BTreeSet<usize>> = HashMap::new();
    for (n, g) in groups.iter().enumerate() {
        for &i in &g.items {
            if let Some(f) = &fig[i] {
                by_fig.entry(f.as_str()).or_default().insert(n);
            }
        }
    }
    let named = |i: usize| {
        let it = &items[i];
        let w = words(&it.claim.quote);
        entity_named(&it.subject, &w) || it.claim.claim.subject.as_deref().is_some_and(|s| entity_named(s, &w))
    };
    let outlets = |g: &Group| g.items.iter().map(|&i| items[i].src).collect::<HashSet<usize>>().len();
    // How many claims of the family name a subject as their own (a role of
    // the claim, not one filled from the story): of two subjects a sentence
    // names alike, the one the story tells more of. Each such claim meets the
    // others of that subject at their node, so the count is the component's
    // ([`super::components`]) when both facts have such a claim (else neither moves).
    let own = |it: &Item| {
        let c = &it.claim.claim;
        c.subject
            .iter()
            .chain(&c.object)
            .any(|e| super::top_entity(e) == it.subject)
    };
    let mut subjects: HashMap<(&str, &str), usize> = HashMap::new();
    for it in items.iter().filter(|it| own(it)) {
        *subjects.entry((family(it.class), it.subject.as_str())).or_default() += 1;
    }
    let salience = |g: &Group| {
        subjects
            .get(&(family(g.class), g.subject.as_str()))
            .copied()
            .unwrap_or(0)
    };
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (x, gx) in groups.iter().enumerate() {
        let Some(src) = gx.items.first().map(|&i| items[i].src) else {
            continue;
        };
        if gx.valued.is_empty() || gx.items.iter().any(|&i| items[i].src != src) {
            continue;
        }
        let shared: BTreeSet<usize> = gx
            .items
            .iter()
            .filter_map(|&i| fig[i].as_deref())
            .filter_map(|f| by_fig.get(f))
            .flatten()
            .copied()
            .filter(|&g| g != x)
            .collect();
        if shared.is_empty() {
            continue;
        }
        // Its sentences name its subject: only by words that name the other
        // subject too ("Tianrun" of two Tianrun companies), a choice the
        // other outlets' number settles ([`names_both`]).
        let own_named = gx.items.iter().any(|&i| named(i));
        if own_named && !shared.iter().any(|&g| names_both(x, g, groups, items)) {
            continue;
        }
        let fits = |g: &Group| {
            g.class == gx.class
                && g.measure == gx.measure
                && g.part == gx.part
                && g.subject != gx.subject
                && match (&g.object, &gx.object) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
                && group_times_fit(g, gx)
                // Another outlet gives the very number.
                && g.items.iter().any(|&j| {
                    items[j].src != src && gx.items.iter().any(|&i| fig[i].is_some() && fig[i] == fig[j])
                })
                && gx
                    .valued
                    .iter()
                    .all(|&(_, _, i)| g.valued.iter().all(|&(_, _, j)| claims_agree(&items[i], &items[j])))
                && (g.items.iter().any(|&j| named(j)) || outlets(g) > 1)
        };
        // Whether `x` may move to `g`: always when `x`'s sentences do not
        // name its subject; else only when every sentence of `x` that names it
        // names `g`'s subject too, and, if `g`'s sentences name `x`'s subject
        // alike, the one more claims of the component are about keeps its
        // subject (both facts need a claim of their own subject to compare).
        let chosen = |g: usize| {
            if !own_named {
                return true;
            }
            if !names_both(x, g, groups, items) {
                return false;
            }
            if !names_both(g, x, groups, items) {
                return true;
            }
            let both_own = gx.items.iter().any(|&i| own(&items[i])) && groups[g].items.iter().any(|&j| own(&items[j]));
            both_own && (salience(&groups[g]), std::cmp::Reverse(g)) > (salience(gx), std::cmp::Reverse(x))
        };
        let found: Vec<usize> = shared.into_iter().filter(|&g| fits(&groups[g]) && chosen(g)).collect();
        if let [g] = found[..] {
            moves.push((g, x));
        }
    }
    join_groups(groups, moves, items);
}

/// Whether every sentence of group `x` that names its subject names group
/// `g`'s subject too: "Varnholt's sales came to $7.4 billion" names
/// Varnholt Group and Varnholt Marine Engines alike, "the Brask family's
/// investment arm placed 3.8% of the shares" the Brask family and Brask
/// Invest; "Bellmoor shares also rose 4.2%" names Bellmoor alone.
fn names_both(x: usize, g: usize, groups: &[Group], items: &[Item]) -> bool {
    let (gx, gg) = (&groups[x], &groups[g]);
    gx.items.iter().all(|&i| {
        let it = &items[i];
        let w = words(&it.claim.quote);
        let own =
            entity_named(&it.subject, &w) || it.claim.claim.subject.as_deref().is_some_and(|s| entity_named(s, &w));
        !own || entity_named(&gg.subject, &w)
    })
}

/// The pairs of key types that tell one figure in other words, and whether
/// their roles swap (`same_figure` in data/events).
static SAME_FIGURE: LazyLock<Vec<(PredicateClass, PredicateClass, bool)>> = LazyLock::new(|| {
    PredicateClass::all()
        .flat_map(|a| {
            a.def()
                .same_figure
                .iter()
                .filter_map(move |s| Some((a.key_class(), PredicateClass::named(&s.class)?.key_class(), s.swapped)))
        })
        .collect()
});

/// Whether two key types tell one figure, and whether their roles swap.
fn same_figure(a: PredicateClass, b: PredicateClass) -> Option<bool> {
    SAME_FIGURE
        .iter()
        .find(|&&(x, y, _)| (x, y) == (a, b) || (y, x) == (a, b))
        .map(|&(_, _, swapped)| swapped)
}

/// The other key types that tell a figure of `class` ([`same_figure`] is
/// some for them), each once.
fn partners(class: PredicateClass) -> Vec<PredicateClass> {
    let mut out: Vec<PredicateClass> = Vec::new();
    for &(x, y, _) in SAME_FIGURE.iter() {
        let other = if x == class {
            y
        } else if y == class {
            x
        } else {
            continue;
        };
        if other != class && !out.contains(&other) {
            out.push(other);
        }
    }
    out
}

/// The family of a key type's figure nodes: its family, or the first (by
/// name) of the families of the types that tell its figures too.
pub(super) fn figure_family(class: PredicateClass) -> &'static str {
    FAMILIES.get(&class).map_or_else(|| figure_family_of(class), |f| f.1)
}

/// [`family`] and [`figure_family`] of every key type, computed once: each call
/// scanned the ontology's types by name four times and [`SAME_FIGURE`] (every
/// claim's nodes are named by them, when stored and when reconciled).
static FAMILIES: LazyLock<HashMap<PredicateClass, (&'static str, &'static str)>> = LazyLock::new(|| {
    PredicateClass::all()
        .map(|c| (c, (family_of(c), figure_family_of(c))))
        .collect()
});

fn figure_family_of(class: PredicateClass) -> &'static str {
    SAME_FIGURE
        .iter()
        .filter(|&&(x, y, _)| x == class || y == class)
        .flat_map(|&(x, y, _)| [family_of(x), family_of(y)])
        .chain([family_of(class)])
        .min()
        .unwrap_or_else(|| family_of(class))
}

/// Joins the groups of two types that tell one figure (see the module): each
/// has a figure, the parties fit (as they are or swapped, one named party
/// matching and none differing), a claim of each shares a figure node, every
/// figure of one agrees with every figure of the other, their times fit and
/// no outlet is in both. The group more outlets give keeps its type (on a
/// tie, the first).
pub(super) fn merge_same_figures(groups: &mut Vec<Group>, items: &[Item]) {
    if SAME_FIGURE.is_empty() {
        return;
    }
    let fig: Vec<Option<String>> = items
        .iter()
        .map(|it| figure_node(&it.claim.claim, figure_family(it.class)))
        .collect();
    let outlets = |g: &Group| g.items.iter().map(|&i| items[i].src).collect::<HashSet<usize>>();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut taken: HashSet<usize> = HashSet::new();
    // Groups by key type, ascending: the groups `b` that can tell `a`'s figure are those
    // of the types [`SAME_FIGURE`] pairs with `a`'s (never its own), so each group is
    // compared with those only, in the order of the scan of all later groups (which
    // looked the pair of types up for each of the square of the groups' number).
    let mut by_class: HashMap<PredicateClass, Vec<usize>> = HashMap::new();
    for (k, g) in groups.iter().enumerate() {
        by_class.entry(g.class).or_default().push(k);
    }
    let mut later: Vec<usize> = Vec::new();
    for a in 0..groups.len() {
        later.clear();
        for c in partners(groups[a].class) {
            if let Some(list) = by_class.get(&c) {
                later.extend(list.iter().copied().filter(|&b| b > a));
            }
        }
        later.sort_unstable();
        for &b in &later {
            let (ga, gb) = (&groups[a], &groups[b]);
            let Some(swapped) = same_figure(ga.class, gb.class) else {
                continue;
            };
            if ga.class == gb.class
                || taken.contains(&a)
                || taken.contains(&b)
                || ga.valued.is_empty()
                || gb.valued.is_empty()
                || ga.measure != gb.measure
                || ga.part != gb.part
            {
                continue;
            }
            let (first, second) = if swapped {
                (gb.object.as_deref(), Some(gb.subject.as_str()))
            } else {
                (Some(gb.subject.as_str()), gb.object.as_deref())
            };
            let pairs = [(Some(ga.subject.as_str()), first), (ga.object.as_deref(), second)];
            let parties_fit = pairs.iter().all(|(x, y)| x.is_none() || y.is_none() || x == y)
                && pairs.iter().any(|(x, y)| x.is_some() && x == y);
            let times_fit = group_times_fit(ga, gb);
            let shares_node = ga
                .items
                .iter()
                .any(|&i| fig[i].is_some() && gb.items.iter().any(|&j| fig[i] == fig[j]));
            let agree = ga
                .valued
                .iter()
                .all(|&(_, _, i)| gb.valued.iter().all(|&(_, _, j)| claims_agree(&items[i], &items[j])));
            let (oa, ob) = (outlets(ga), outlets(gb));
            if !parties_fit || !times_fit || !shares_node || !agree || !oa.is_disjoint(&ob) {
                continue;
            }
            let (keep, drop) = if ob.len() > oa.len() { (b, a) } else { (a, b) };
            taken.insert(a);
            taken.insert(b);
            moves.push((keep, drop));
        }
    }
    join_groups(groups, moves, items);
}

/// The family of a key type, as [`super::node`] names it.
pub(super) fn family(class: PredicateClass) -> &'static str {
    FAMILIES.get(&class).map_or_else(|| family_of(class), |f| f.0)
}

fn family_of(class: PredicateClass) -> &'static str {
    let deal = ["valuation", "funding_round", "acquisition", "merger"]
        .iter()
        .any(|n| PredicateClass::named(n).map(PredicateClass::key_class) == Some(class));
    if deal { "deal" } else { class.as_str() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_read_from_the_table_are_those_computed() {
        let mut deal = 0;
        for c in PredicateClass::all() {
            assert_eq!(family(c), family_of(c), "{c:?}");
            assert_eq!(figure_family(c), figure_family_of(c), "{c:?}");
            deal += usize::from(family(c.key_class()) == "deal");
        }
        assert!(
            deal >= 4,
            "valuation, funding_round, acquisition and merger are one family"
        );
        let acq = PredicateClass::named("acquisition").unwrap().key_class();
        assert_eq!(family(acq), "deal");
    }

    #[test]
    fn partners_are_exactly_the_other_types_that_tell_the_same_figure() {
        let all: Vec<PredicateClass> = PredicateClass::all().map(PredicateClass::key_class).collect();
        let mut pairs = 0;
        for &a in &all {
            let p = partners(a);
            for &b in &all {
                let told = a != b && same_figure(a, b).is_some();
                assert_eq!(p.contains(&b), told, "{a:?} / {b:?}");
                pairs += usize::from(told);
            }
            assert!(!p.contains(&a));
        }
        assert!(pairs > 0, "data/events names same_figure pairs");
    }

    #[test]
    fn significant_digits_drop_leading_and_trailing_zeros() {
        let d = |s: &str| significant_digits(s.parse().unwrap());
        assert_eq!(d("4.2"), 2);
        assert_eq!(d("15000"), 2);
        assert_eq!(d("0.47"), 2);
        assert_eq!(d("1420000000"), 3);
        assert_eq!(d("3"), 1);
        assert_eq!(d("-0.05"), 1);
    }

    #[test]
    fn a_sentence_names_an_entity_by_a_word_of_its_id_or_gazetteer_name() {
        let w = words("Kestrel Apparel's first-half sales rose 5.7% to NZ$880 million.");
        assert!(entity_named("name:kestrel-apparel", &w));
        assert!(!entity_named("name:harlow-rail", &w));
        let w = words("The group lifted its interim payout to 31 pence.");
        assert!(!entity_named("name:moody", &w));
        assert!(!entity_named("person:dana-whitfield", &w));
        // Words of two letters never name; a gazetteer entry names by its name.
        assert!(!entity_named("name:ab-co", &words("AB and CO shares fell 4.2%")));
        assert!(entity_named("cik:835403", &words("Diageo's net sales fell 1.6%")));
    }
}
