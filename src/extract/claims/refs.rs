//! Reference sentences: a sentence that opens with a definite noun phrase
//! naming an event the article has already told ("The bonds bear a 4.375%
//! coupon", "The placing, priced at 212p a share, …", "The deal values
//! Tessel at NOK 2.2 billion") names no party of its own; it carries a
//! figure of that event. Each event type lists the head nouns such a phrase
//! may end with (`refers` in `data/events/*.toml`); a sentence whose first
//! words are a determiner, a few modifiers and one of them, in an article
//! holding an earlier claim of that type, gives a claim like the last one
//! of that type before it, with the sentence's figure and its measure:
//!
//! - a figure a cue of one of the type's measures names ("a coupon of",
//!   "a premium of", "a share", "apiece"), or
//! - the first figure of the type's default kind after a figure verb right
//!   after the phrase ("The deal values…", "The settlement is worth…",
//!   "The placing raised…"): the type's default measure.
//!
//! | sentence (after a claim of) | claim |
//! |---|---|
//! | "The bonds bear a coupon of 5.125 per cent." (a bond sale) | debt_issue, coupon 5.125% |
//! | "The placement, priced at A$1.80 apiece, drew strong demand." (a placing) | share_sale, price_per_share A$1.80 |
//! | "The offer is pitched at a premium of 41%." (a takeover) | acquisition, premium 41% |
//! | "The deal values Tessel Shipping at NOK 2.2 billion." (a takeover) | acquisition, price NOK 2.2 billion |
//! | "The deal's critics say the 4% premium is too low." | none (a possessive) |
//! | "The bond market fell 2% on the news." | none (a modifier, no cue) |
//! | "The bonds bear a coupon of 5%." (an article with no bond sale) | none |
//! | "The eight-year notes were priced with a 3.4% coupon; the twelve-year paper pays 3.9%." (a bond sale) | debt_issue, coupon 3.4% and coupon 3.9% (a clause after a semicolon opening with its own reference) |
//!
//! Figures a claim of the sentence already holds are left to it.

use std::collections::HashMap;
use std::ops::Range;

use super::ontology::{Figure, PredicateClass};
use super::{Claim, ClaimValue};
use crate::extract::money::Amount;
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

/// The determiners a reference opens with.
const DETERMINERS: [&str; 7] = ["the", "this", "that", "these", "those", "its", "their"];

/// The most words between the determiner and the head ("The five-year senior
/// unsecured notes", "The US$150 million bridge loan").
const MAX_MODIFIERS: usize = 5;

/// Words that end a noun phrase before any head: the phrase is no reference.
const PHRASE_ENDS: [&str; 24] = [
    "of", "to", "by", "for", "with", "from", "in", "on", "at", "and", "or", "but", "was", "were", "is", "are", "has",
    "have", "had", "will", "would", "which", "that", "who",
];

/// Words right after a head that make it a modifier of another noun
/// ("the bond market", "the deal talks", "the offer period").
const MODIFIED: [&str; 20] = [
    "market",
    "markets",
    "fund",
    "funds",
    "yield",
    "yields",
    "investor",
    "investors",
    "trader",
    "traders",
    "talks",
    "period",
    "window",
    "documents",
    "rating",
    "ratings",
    "index",
    "spread",
    "spreads",
    "desk",
];

/// Verbs that, right after the phrase, state its figure of the default
/// measure ("The deal values Tessel at…", "The placing raised £186m").
const FIGURE_VERBS: [&str; 22] = [
    "values",
    "valued",
    "valuing",
    "is worth",
    "was worth",
    "would be worth",
    "is valued at",
    "was valued at",
    "totals",
    "totalled",
    "totaled",
    "will total",
    "would total",
    "raised",
    "raises",
    "will raise",
    "would raise",
    "amounts to",
    "amounted to",
    "comes to",
    "came to",
    "brought in",
];

/// Claims for the reference sentences of `doc`, from the article's `claims`.
pub(super) fn refs(doc: &Document, mentions: &[Mention], claims: &[Claim]) -> Vec<Claim> {
    if claims.is_empty() {
        return Vec::new();
    }
    // Indexes built once, so that the pass stays linear in the length of the
    // document (many articles in one input): the claims that may be referred
    // to, by type in text order; the claims by sentence; the money and
    // percent mentions in text order.
    let mut by_type: HashMap<PredicateClass, Vec<(usize, usize, usize)>> = HashMap::new();
    let mut by_sentence: HashMap<usize, Vec<&Claim>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_sentence.entry(c.sentence).or_default().push(c);
        if c.subject.is_some() && c.part.is_none() {
            by_type
                .entry(c.predicate.class)
                .or_default()
                .push((c.sentence, c.span.start, i));
        }
    }
    for list in by_type.values_mut() {
        list.sort_unstable();
    }
    let mut amounts: Vec<&Mention> = mentions
        .iter()
        .filter(|m| !m.boilerplate && matches!(m.kind, MentionType::Money | MentionType::Percent))
        .collect();
    amounts.sort_by_key(|m| m.span.start);
    let mut lower: Option<String> = None;
    let mut out = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        // The sentence, and each clause after a semicolon in it that opens
        // with a reference of its own ("The notes due 2033 yield 6.1%; the
        // longer paper pays 6.6%"): each takes its own figures.
        let end = sentence.span.end;
        let sentence_text = &doc.text[sentence.span.clone()];
        let mut clause_starts: Vec<usize> = vec![sentence.span.start];
        // Most sentences hold no semicolon: one byte search before the phrase search.
        if memchr::memchr(b';', sentence_text.as_bytes()).is_some() {
            clause_starts.extend(
                sentence_text
                    .match_indices("; ")
                    .map(|(i, _)| sentence.span.start + i + 2)
                    .filter(|&at| reference_head(&doc.text, at..end).is_some()),
            );
        }
        for (k, &clause_start) in clause_starts.iter().enumerate() {
            let clause_end = clause_starts.get(k + 1).map_or(end, |&next| next - 2);
            reference_claims(
                (doc, &amounts, claims),
                (&by_type, &by_sentence),
                (index, clause_start..clause_end),
                &mut lower,
                &mut out,
            );
        }
    }
    follow_claims((doc, mentions, &amounts), claims, &by_sentence, &mut lower, &mut out);
    out
}

/// A money or percent claim's amount.
fn claim_amount(c: &Claim) -> Option<&Amount> {
    match &c.value {
        Some(ClaimValue::Money(a) | ClaimValue::Percent(a)) => Some(a),
        _ => None,
    }
}

/// A money or percent mention's kind of figure and amount.
fn mention_figure(m: &Mention) -> Option<(Figure, &Amount)> {
    let kind = match m.kind {
        MentionType::Money => Figure::Money,
        MentionType::Percent => Figure::Percent,
        _ => return None,
    };
    let Value::Amount(a) = &m.value else { return None };
    Some((kind, a))
}

/// The claim value of a money or percent figure.
pub(super) fn figure_value(kind: Figure, a: &Amount) -> ClaimValue {
    match kind {
        Figure::Percent => ClaimValue::Percent(a.clone()),
        _ => ClaimValue::Money(a.clone()),
    }
}

/// Claims for the figures of the (at most two) sentences right after the
/// last claim of a sentence, before any other claim, when the claim's type
/// has a measure that `follows` and the figure carries that measure's cue:
/// "Hollin Gas raised its payout to 26 cents a share. On Friday's close
/// that is a 3.1% yield." gives the dividend's yield. A sentence
/// holding one of the measure's `follow_bars` ("bond", "notes") or naming
/// another company ("Rival Kessel Power yields 4.4%") gives none.
fn follow_claims(
    (doc, mentions, amounts): (&Document, &[Mention], &[&Mention]),
    claims: &[Claim],
    by_sentence: &HashMap<usize, Vec<&Claim>>,
    lower: &mut Option<String>,
    out: &mut Vec<Claim>,
) {
    // Most articles hold no claim of a type with such a measure.
    let follows = |c: &Claim| c.predicate.class.def().measures.iter().any(|m| m.follows);
    if !claims.iter().any(|c| c.subject.is_some() && follows(c)) {
        return;
    }
    let mut told: Vec<(usize, usize, usize)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.subject.is_some() && c.part.is_none())
        .map(|(i, c)| (c.sentence, c.span.start, i))
        .collect();
    told.sort_unstable();
    let lower = lower.get_or_insert_with(|| doc.text.to_ascii_lowercase());
    for (k, &(sentence, _, i)) in told.iter().enumerate() {
        let next = told.get(k + 1).map_or(usize::MAX, |&(s, _, _)| s);
        let last = &claims[i];
        if next == sentence || !follows(last) {
            continue;
        }
        let class = last.predicate.class;
        for index in sentence + 1..=sentence + 2 {
            let Some(span) = doc.sentences.get(index).map(|s| s.span.clone()) else {
                break;
            };
            if index > next {
                break;
            }
            let other_name = mentions
                .iter()
                .filter(|m| m.kind == MentionType::Org && m.span.start >= span.start && m.span.end <= span.end)
                .any(|m| match &m.value {
                    Value::Entity(e) => last.subject.as_deref() != Some(e.entity.as_str()),
                    _ => false,
                });
            if other_name {
                break;
            }
            let text = &lower[span.clone()];
            let held: Vec<&Amount> = by_sentence
                .get(&index)
                .into_iter()
                .flatten()
                .copied()
                .chain(out.iter().filter(|c| c.sentence == index))
                .filter_map(claim_amount)
                .collect();
            let first = amounts.partition_point(|m| m.span.start < span.start);
            let mut found: Vec<Claim> = Vec::new();
            for m in amounts[first..].iter().take_while(|m| m.span.end <= span.end) {
                let Some((kind, a)) = mention_figure(m) else {
                    continue;
                };
                if held.iter().any(|h| h.amount == a.amount && h.currency == a.currency) {
                    continue;
                }
                let Some(measure) = class.cue_measure(lower, m.span.clone(), kind) else {
                    continue;
                };
                let Some(def) = class.def().measures.iter().find(|x| x.name == measure && x.follows) else {
                    continue;
                };
                if def.follow_bars.iter().any(|w| text.contains(w.as_str()))
                    || found.iter().any(|c| c.measure.as_deref() == Some(measure))
                {
                    continue;
                }
                found.push(super::sheet::restated(
                    last,
                    &doc.text,
                    m.span.clone(),
                    index,
                    figure_value(kind, a),
                    measure,
                    Rule::ClaimFollowMeasure,
                ));
            }
            out.extend(found);
        }
    }
}

/// The claims this type's reference phrase opening the clause at `clause`
/// of sentence `index` gives (see the module doc).
#[allow(clippy::type_complexity)]
fn reference_claims(
    (doc, amounts, claims): (&Document, &[&Mention], &[Claim]),
    (by_type, by_sentence): (
        &HashMap<PredicateClass, Vec<(usize, usize, usize)>>,
        &HashMap<usize, Vec<&Claim>>,
    ),
    (index, clause): (usize, Range<usize>),
    lower: &mut Option<String>,
    out: &mut Vec<Claim>,
) {
    let sentence_end = clause.end;
    {
        let Some((head, types)) = reference_head(&doc.text, clause) else {
            return;
        };
        // The last claim before the sentence of a type the head may name.
        let Some(&(_, _, last)) = types
            .iter()
            .filter_map(|t| {
                let list = by_type.get(t)?;
                list[..list.partition_point(|&(s, _, _)| s < index)].last()
            })
            .max()
        else {
            return;
        };
        let last = &claims[last];
        let class = last.predicate.class;
        let def = class.def();
        let lower = lower.get_or_insert_with(|| doc.text.to_ascii_lowercase());
        // The figures of the sentence no claim of it holds (the claims this
        // pass makes are all of later sentences than any before).
        let held: Vec<&Amount> = by_sentence
            .get(&index)
            .into_iter()
            .flatten()
            .copied()
            .filter_map(claim_amount)
            .collect();
        let first = amounts.partition_point(|m| m.span.start < head.end);
        let figures: Vec<(Range<usize>, Figure, &Amount)> = amounts[first..]
            .iter()
            .take_while(|m| m.span.start < sentence_end)
            .filter(|m| m.span.end <= sentence_end)
            .filter_map(|m| {
                let (kind, a) = mention_figure(m)?;
                let taken = held.iter().any(|h| h.amount == a.amount && h.currency == a.currency);
                (!taken).then_some((m.span.clone(), kind, a))
            })
            .collect();
        // "Its shares closed at $29 a share": a share's quote is no figure of the event.
        let spans: Vec<Range<usize>> = figures.iter().map(|(s, _, _)| s.clone()).collect();
        let figures: Vec<(Range<usize>, Figure, &Amount)> = figures
            .into_iter()
            .filter(|(s, k, a)| {
                *k != Figure::Money || a.scale_word.is_some() || !super::vet::share_quote(lower, s, &spans)
            })
            .collect();
        if figures.is_empty() {
            return;
        }
        let verb_end = figure_verb_after(lower, head.end, sentence_end);
        let mut measured: Vec<&str> = Vec::new();
        for (span, kind, amount) in &figures {
            let cue = class.cue_measure(lower, span.clone(), *kind);
            let measure = match cue {
                // A cue's measure, unless the measure bars the figure ("unscaled").
                Some(m) => (class.measure_of(None, lower, span.clone(), *kind) == Some(Some(m))).then_some(m),
                None => verb_end
                    .filter(|&v| {
                        span.start >= v
                            && *kind == def.default_figure
                            && !figures
                                .iter()
                                .any(|(s, k, _)| k == kind && s.start >= v && s.start < span.start)
                    })
                    .and(def.default_measure.as_deref()),
            };
            let Some(measure) = measure else { continue };
            if measured.contains(&measure) {
                continue;
            }
            measured.push(measure);
            out.push(super::sheet::restated(
                last,
                &doc.text,
                head.clone(),
                index,
                figure_value(*kind, amount),
                measure,
                Rule::ClaimReference,
            ));
        }
    }
}

/// The head of a definite phrase opening the sentence at `span` and the
/// types whose `refers` name it: a determiner, at most [`MAX_MODIFIERS`]
/// words, then the head, which is neither possessive nor a modifier of a
/// next noun.
fn reference_head(text: &str, span: Range<usize>) -> Option<(Range<usize>, Vec<PredicateClass>)> {
    let line = text.get(span.clone())?;
    let body = line.trim_start_matches(['-', '*', '\u{2022}', '\u{2013}', ' ']);
    let start = span.start + (line.len() - body.len());
    // Most sentences open with no determiner: their first word is read
    // alone, before the words are split and lower-cased (run per sentence).
    let first = space_split(body).next().unwrap_or("");
    let determiner = if first.is_ascii() {
        DETERMINERS.iter().any(|d| first.eq_ignore_ascii_case(d))
    } else {
        DETERMINERS.contains(&first.to_lowercase().as_str())
    };
    if !determiner {
        return None;
    }
    // Words with their byte ranges in `text` (at most as many as are read:
    // allocated once).
    let mut words: Vec<Range<usize>> = Vec::with_capacity(MAX_MODIFIERS + 4);
    let mut at = 0;
    for w in space_split(body) {
        if !w.is_empty() {
            words.push(start + at..start + at + w.len());
        }
        at += w.len() + 1;
        if words.len() > MAX_MODIFIERS + 3 {
            break;
        }
    }
    // Each word lower-cased once, when first read (read per sentence).
    let lowered: Vec<std::cell::OnceCell<String>> = words.iter().map(|_| std::cell::OnceCell::new()).collect();
    let word = |i: usize| -> &str {
        match (words.get(i), lowered.get(i)) {
            (Some(r), Some(cell)) => cell.get_or_init(|| text[r.clone()].to_lowercase()),
            _ => "",
        }
    };
    if !DETERMINERS.contains(&word(0)) {
        return None;
    }
    let mut two_words = String::new();
    for i in 1..=(MAX_MODIFIERS + 1).min(words.len().saturating_sub(1)) {
        let w = word(i);
        let bare = w.trim_end_matches([',', ';', ':']);
        if PHRASE_ENDS.contains(&bare) {
            return None;
        }
        for len in [2, 1] {
            let phrase = if len == 2 {
                if bare != w {
                    continue;
                }
                let next = word(i + 1);
                two_words.clear();
                two_words.push_str(w);
                two_words.push(' ');
                two_words.push_str(next.trim_end_matches([',', ';', ':']));
                two_words.as_str()
            } else {
                bare
            };
            let Some(types) = types_referred(phrase) else {
                continue;
            };
            let types = types.clone();
            let last = &words[i + len - 1];
            let last_word = &text[last.clone()];
            let closed = last_word.ends_with([',', ';', ':']);
            let next = word(i + len);
            if !closed && (MODIFIED.contains(&next) || next.is_empty()) {
                return None;
            }
            let head_end = last.start + last_word.trim_end_matches([',', ';', ':']).len();
            if text[head_end..].starts_with("'s") || text[head_end..].starts_with("\u{2019}s") {
                return None;
            }
            return Some((words[i].start..head_end, types));
        }
        if bare != w {
            // The phrase closed before any head ("The company, …").
            return None;
        }
    }
    None
}

/// `s.split(' ')`, the space found byte by byte: the words here are short,
/// shorter than a call to memchr per word costs (read per sentence).
fn space_split(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b' ') {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The types whose `refers` list holds `phrase`, in the ontology's order;
/// none when no type's does. The lists are read once into one map: a
/// sentence opening with a determiner asks for up to a dozen phrases.
fn types_referred(phrase: &str) -> Option<&'static Vec<PredicateClass>> {
    // foldhash (already a dependency, see orgs::gazetteer): only looked up,
    // never iterated, so the hasher changes no output; SipHash cost more than the lookup.
    static BY_PHRASE: std::sync::OnceLock<foldhash::HashMap<&'static str, Vec<PredicateClass>>> =
        std::sync::OnceLock::new();
    BY_PHRASE
        .get_or_init(|| {
            let mut map: foldhash::HashMap<&'static str, Vec<PredicateClass>> = foldhash::HashMap::default();
            for class in PredicateClass::all() {
                for phrase in &class.def().refers {
                    let types = map.entry(phrase.as_str()).or_default();
                    if types.last() != Some(&class) {
                        types.push(class);
                    }
                }
            }
            map
        })
        .get(phrase)
}

/// Where a figure verb right after the head (at `from`) ends, when one is
/// there: only a comma-closed insert may stand between ("The deal, agreed in
/// May, values…").
fn figure_verb_after(lower: &str, from: usize, end: usize) -> Option<usize> {
    let mut rest = lower.get(from..end)?;
    let mut offset = from;
    if let Some(r) = rest.strip_prefix(',') {
        // Skip one insert closed by a comma.
        let close = r.find(',')?;
        offset += 1 + close + 1;
        rest = &r[close + 1..];
    }
    let trimmed = rest.trim_start();
    offset += rest.len() - trimmed.len();
    FIGURE_VERBS.iter().find_map(|v| {
        trimmed
            .strip_prefix(v)
            .filter(|after| after.is_empty() || after.starts_with([' ', ',']))
            .map(|_| offset + v.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::extract;

    #[test]
    fn space_split_cuts_as_split_at_a_space() {
        for s in [
            "",
            " ",
            "The deal",
            "the  offer, which",
            " a b ",
            "l\u{2019}offre  \u{e9}tait",
            "one",
        ] {
            assert_eq!(
                space_split(s).collect::<Vec<_>>(),
                s.split(' ').collect::<Vec<_>>(),
                "{s:?}"
            );
        }
        assert_eq!(space_split("The  deal").collect::<Vec<_>>(), ["The", "", "deal"]);
    }

    /// A money or percent claim's amount, normalized ("" for none).
    fn amount_of(value: &Option<ClaimValue>) -> String {
        match value {
            Some(ClaimValue::Money(a) | ClaimValue::Percent(a)) => {
                a.amount.map(|d| d.normalize().to_string()).unwrap_or_default()
            }
            _ => String::new(),
        }
    }

    /// (type, measure, amount) of the reference claims of `text`.
    fn references(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 5, 4)));
        let mentions = crate::extract::extract(&doc);
        extract(&doc, &mentions)
            .into_iter()
            .filter(|c| c.rule == Rule::ClaimReference)
            .map(|c| {
                let amount = amount_of(&c.value);
                (
                    c.predicate.class.as_str().to_string(),
                    c.measure.unwrap_or_default(),
                    amount,
                )
            })
            .collect()
    }

    fn one(class: &str, measure: &str, amount: &str) -> Vec<(String, String, String)> {
        vec![(class.into(), measure.into(), amount.into())]
    }

    #[test]
    fn a_definite_phrase_heads_the_sentence() {
        let head = |s: &str| reference_head(s, 0..s.len()).map(|(r, _)| s[r].to_string());
        assert_eq!(head("The notes bear a 5% coupon.").as_deref(), Some("notes"));
        assert_eq!(
            head("The seven-year secured green notes were sold at par.").as_deref(),
            Some("notes")
        );
        assert_eq!(
            head("- The placement, priced at $2 a share, closed.").as_deref(),
            Some("placement")
        );
        assert_eq!(head("Its rights issue raised £90m.").as_deref(), Some("rights issue"));
        // Counter-examples: a possessive, a modifier, a phrase closed before a head, no determiner.
        assert_eq!(head("The deal's critics say the price is low."), None);
        assert_eq!(head("The bond market fell 2%."), None);
        assert_eq!(head("The company, which sold notes, fell."), None);
        assert_eq!(
            head("The settlement of trades was delayed by a day."),
            Some("settlement".into())
        );
        assert_eq!(head("Analysts said the notes were cheap."), None);
        assert_eq!(head("The chief executive of the lender said the offer was fair."), None);
    }

    #[test]
    fn a_reference_takes_the_figure_a_measure_cue_names() {
        assert_eq!(
            references(
                "Corvina Utilities Inc sold bonds worth $800 million this week. The ten-year tranche, the larger of the two, pays a coupon of 5.4%."
            ),
            one("debt_issue", "coupon", "5.4")
        );
        assert_eq!(
            references(
                "Brackley Foods plc sold 12 million new shares to investors. The placement, priced at 180 pence apiece, was completed within an hour."
            ),
            one("share_sale", "price_per_share", "1.8")
        );
        assert_eq!(
            references(
                "Cordell Minerals Corp. agreed to acquire Yellowhead Copper Inc. for C$900 million. The offer is pitched at a premium of 41% to Yellowhead's close on Friday."
            ),
            one("acquisition", "premium", "41")
        );
    }

    #[test]
    fn a_clause_after_a_semicolon_may_open_its_own_reference() {
        // The first clause's figure is its trigger's ("eight-year notes"); the
        // paper after the semicolon refers to the bond sale told before.
        assert_eq!(
            references(
                "Tellam Chemicals AG sold €1.5 billion of bonds in two tranches on Monday. The eight-year notes were priced with a 3.4 per cent coupon; the twelve-year paper pays 3.9 per cent."
            ),
            one("debt_issue", "coupon", "3.9")
        );
        assert_eq!(
            references(
                "Marrow Telecom plc sold £600 million of bonds on Tuesday. Demand topped £2 billion; the longer-dated paper carries a 5.25% coupon."
            ),
            one("debt_issue", "coupon", "5.25")
        );
        // Counter-examples: a clause that opens with no reference, or with a
        // phrase no type refers to.
        assert!(
            references(
                "Orrin Water Inc sold $300 million of notes on Tuesday. Demand was strong; the company pays 40% of its profit as dividends."
            )
            .is_empty()
        );
        assert!(
            references(
                "Orrin Water Inc sold $300 million of notes on Tuesday. Demand was strong; the bond market rallied 2%."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_figure_verb_after_the_phrase_gives_the_default_measure() {
        assert_eq!(
            references(
                "Harlan Foods Inc agreed to acquire Pinecrest Bakeries Corp on Monday. The Acquisition values Pinecrest's whole share capital at about $310 million."
            ),
            one("acquisition", "price", "310000000")
        );
        // Counter-example: no figure verb right after the phrase.
        assert!(
            references(
                "Marlowe Logistics Inc agreed to buy Penrith Freight Ltd on Monday. The deal comes after Penrith Freight lost $40 million last year."
            )
            .is_empty()
        );
    }

    #[test]
    fn no_reference_without_an_earlier_claim_of_its_type_or_a_cue() {
        // No bond sale told before: the notes are no issue of the article.
        assert!(
            references("Halvorsen Shipping ASA reported higher revenue. The bonds bear a coupon of 5.125 per cent.")
                .is_empty()
        );
        // A possessive and a modifier are no references.
        assert!(
            references(
                "Cordell Minerals Corp. agreed to acquire Yellowhead Copper Inc. for C$900 million. The deal's critics say a premium of 41% is too low."
            )
            .is_empty()
        );
        assert!(
            references("Halvorsen Shipping ASA sold €400 million of bonds on Tuesday. The bond market rallied, with yields down 0.2%.")
                .is_empty()
        );
        // A share's quote after a sale is no price of it.
        assert!(
            references(
                "Tarrow Mining Ltd sold a 7% stake in Quell Copper Ltd to institutions. The shares closed unchanged at A$2.60 each on Friday."
            )
            .is_empty()
        );
        // A settlement of trades with no figure verb and no cue gives none.
        assert!(
            references(
                "Grenfell Insurance agreed to pay $30 million to settle the lawsuit. The settlement of trades rose 5% at the exchange."
            )
            .is_empty()
        );
    }

    /// (type, subject, measure, amount) of the following-measure claims of `text`.
    fn follows_of(text: &str) -> Vec<(String, String, String, String)> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 5, 4)));
        let mentions = crate::extract::extract(&doc);
        extract(&doc, &mentions)
            .into_iter()
            .filter(|c| c.rule == Rule::ClaimFollowMeasure)
            .map(|c| {
                let amount = amount_of(&c.value);
                (
                    c.predicate.class.as_str().to_string(),
                    c.subject.unwrap_or_default(),
                    c.measure.unwrap_or_default(),
                    amount,
                )
            })
            .collect()
    }

    #[test]
    fn a_yield_right_after_a_dividend_is_its_yield() {
        let yield_of = |s: &str, a: &str| {
            vec![(
                "dividend".to_string(),
                s.to_string(),
                "yield".to_string(),
                a.to_string(),
            )]
        };
        assert_eq!(
            follows_of(
                "Tarrow Utilities Corp raised its quarterly dividend to 52 cents a share. At Tuesday's close of $41.10, that implies a yield of roughly 5.1%."
            ),
            yield_of("name:tarrow-utilities", "5.1")
        );
        assert_eq!(
            follows_of(
                "Selby Foods plc declared a final dividend of 14 pence a share. The company also confirmed its outlook. At 380 pence, the shares offer a 3.7% yield."
            ),
            yield_of("name:selby-foods", "3.7")
        );
        // A bond's yield, a rival's, one after another claim or three
        // sentences on, and a yield with no dividend before it: none.
        for text in [
            "Tarrow Utilities Corp raised its quarterly dividend to 52 cents a share. Its bonds due 2031 trade at a yield of 5.4%.",
            "Tarrow Utilities Corp raised its quarterly dividend to 52 cents a share. Rival Kessel Power Inc yields 4.4%.",
            "Tarrow Utilities Corp raised its quarterly dividend to 52 cents a share. Revenue rose 4% to $2.1 billion. The stock trades at a 3.9% yield.",
            "Tarrow Utilities Corp raised its quarterly dividend to 52 cents a share. The board met in Denver. Directors were re-elected. The stock trades at a 3.9% yield.",
            "Tarrow Utilities Corp said its chief executive would retire. The stock trades at a 3.9% yield.",
        ] {
            assert!(follows_of(text).is_empty(), "{text}");
        }
    }
}
