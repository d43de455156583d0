//! Corroborating records: the figures of an article that no claim took.
//!
//! Another outlet often states a fact's figure in a sentence that gives no
//! claim: no trigger ("Hollister went to $8"), a fact-box row the sheet does
//! not know, a headline, a subject in another form ("the placement, priced
//! at A$2.45 a share"). Reconciliation reads claims only, never the other
//! outlets' texts (a merged report and the store need each article's output
//! to be independent of the others), so each article carries, for every
//! money or percent figure that no claim of its sentence has as value, a
//! claim-shaped record with `corroborating` set: the figure's value and
//! offsets (as the predicate span), the sentence (as quote), the subject its
//! sentence names (else the article's main subject) and the time its
//! sentence states. Reconciliation uses such a record only to confirm a
//! fact of another outlet with the very same figure (`reconcile::confirm`):
//! it makes no fact and no conflict of its own.
//!
//! No record for a figure in boilerplate, in a sentence that names a stock
//! index (the market's figure, not a company's), or when neither its
//! sentence nor the article names an organization.

use super::{Claim, ClaimTime, ClaimValue, Modality, Polarity, Predicate, PredicateClass};
use crate::extract::orgs::EntityKind;
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;
use foldhash::{HashMap, HashMapExt};

/// A corroborating record's prior confidence: below any claim's, as a
/// figure read without a trigger.
pub const WEIGHT: f64 = 0.5;

/// An organization that can be a fact's subject.
fn subject_kind(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Company | EntityKind::Organization | EntityKind::Government
    )
}

/// The article's main subject: the organization most of its mentions name
/// (the first named on a tie).
fn main_subject(mentions: &[Mention]) -> Option<&str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| !m.boilerplate) {
        if let Value::Entity(e) = &m.value
            && m.kind == MentionType::Org
            && subject_kind(e.kind)
        {
            match counts.iter_mut().find(|(id, _)| *id == e.entity) {
                Some((_, n)) => *n += 1,
                None => counts.push((e.entity.as_str(), 1)),
            }
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.into_iter().find(|&(_, n)| n == best).map(|(id, _)| id)
}

/// The size of a money or percent value, with its kind (a share move's
/// claim is signed, "fell 14.6%" → -14.6; its mention is not).
fn figure(v: &ClaimValue) -> Option<(bool, rust_decimal::Decimal)> {
    match v {
        ClaimValue::Money(a) => a.amount.map(|x| (true, x.abs().normalize())),
        ClaimValue::Percent(a) => a.amount.map(|x| (false, x.abs().normalize())),
        _ => None,
    }
}

/// The corroborating records of a document (see the module), after its claims.
pub fn records(doc: &Document, mentions: &[Mention], claims: &[Claim]) -> Vec<Claim> {
    let mut out = Vec::new();
    let Some(fallback_class) = claims
        .first()
        .map(|c| c.predicate.class)
        .or_else(|| PredicateClass::all().next())
    else {
        return out;
    };
    let main = main_subject(mentions);
    // Looked up once per document, not per figure: a long document has
    // thousands of figures, sentences, mentions and claims.
    let lookup = Lookup::new(doc, mentions);
    let mut taken: HashMap<usize, Vec<Option<(bool, rust_decimal::Decimal)>>> = HashMap::new();
    let mut first_class: HashMap<&str, PredicateClass> = HashMap::new();
    for c in claims.iter().filter(|c| !c.corroborating) {
        taken
            .entry(c.sentence)
            .or_default()
            .push(c.value.as_ref().and_then(figure));
        if let Some(subject) = c.subject.as_deref() {
            first_class.entry(subject).or_insert(c.predicate.class);
        }
    }
    let published = doc.published.map(|p| ClaimTime {
        value: format!("{:04}-{:02}", p.year(), p.month()),
        from: "published".into(),
    });
    for m in mentions {
        if m.boilerplate || !matches!(m.kind, MentionType::Money | MentionType::Percent) {
            continue;
        }
        let Value::Amount(a) = &m.value else { continue };
        let Some(x) = a.amount else { continue };
        let value = if m.kind == MentionType::Money {
            ClaimValue::Money(a.clone())
        } else {
            ClaimValue::Percent(a.clone())
        };
        let Some(sentence) = lookup.sentence_of(doc, m) else {
            continue;
        };
        // A figure a claim of its sentence took is that claim's.
        let own = (m.kind == MentionType::Money, x.abs().normalize());
        if taken.get(&sentence).is_some_and(|figures| figures.contains(&Some(own))) {
            continue;
        }
        let span = &doc.sentences[sentence].span;
        let in_sentence = || {
            lookup
                .starting_in(mentions, span)
                .iter()
                .filter(move |o| span.start <= o.span.start && o.span.end <= span.end)
        };
        let mut orgs = in_sentence().filter_map(|o| match &o.value {
            Value::Entity(e) if o.kind == MentionType::Org => Some(e),
            _ => None,
        });
        if orgs.clone().any(|e| e.kind == EntityKind::Index) {
            continue;
        }
        let named = orgs.find(|e| subject_kind(e.kind)).map(|e| e.entity.as_str());
        let Some(subject) = named.or(main) else { continue };
        let stated = in_sentence().find_map(|o| match &o.value {
            Value::Timex(t)
                if o.kind == MentionType::Date && t.value.as_bytes().first().is_some_and(u8::is_ascii_digit) =>
            {
                Some(ClaimTime {
                    value: t.value.chars().take(7).collect(),
                    from: "sentence".into(),
                })
            }
            _ => None,
        });
        // The class of the article's first claim of the same subject: a
        // record confirms facts of any type, this only places it.
        let class = first_class.get(subject).copied().unwrap_or(fallback_class);
        out.push(Claim {
            span: m.span.clone(),
            sentence,
            subject: Some(subject.to_string()),
            predicate: Predicate {
                text: doc.text[m.span.clone()].to_string(),
                lemma: String::new(),
                class,
            },
            object: None,
            value: Some(value),
            measure: None,
            time: stated.or_else(|| published.clone()),
            until: None,
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            attribution: None,
            part: None,
            part_of: None,
            retracted: false,
            confidence: WEIGHT,
            rule: Rule::ClaimCorroborating,
            takes_amount: false,
            trigger_measure: None,
            subject_decided: false,
            corroborating: true,
        });
    }
    out
}

/// Where a figure's sentence and the mentions of a sentence are: by binary
/// search when the sentences do not overlap and the mentions are sorted by
/// start (as the extractors give them), else by a scan, with the same answers.
struct Lookup {
    disjoint: bool,
    sorted: bool,
}

impl Lookup {
    fn new(doc: &Document, mentions: &[Mention]) -> Self {
        Self {
            disjoint: doc.sentences.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            sorted: mentions.is_sorted_by_key(|m| m.span.start),
        }
    }

    /// The first sentence that holds the mention whole.
    fn sentence_of(&self, doc: &Document, m: &Mention) -> Option<usize> {
        let holds = |s: &crate::text::Sentence| s.span.start <= m.span.start && m.span.end <= s.span.end;
        if self.disjoint {
            let k = doc.sentence_index(m.span.start);
            return doc.sentences.get(k).filter(|s| holds(s)).map(|_| k);
        }
        doc.sentences.iter().position(holds)
    }

    /// The mentions that may lie in `span`: those starting within it when
    /// sorted, else all.
    fn starting_in<'m>(&self, mentions: &'m [Mention], span: &std::ops::Range<usize>) -> &'m [Mention] {
        if !self.sorted {
            return mentions;
        }
        let from = mentions.partition_point(|o| o.span.start < span.start);
        let to = mentions.partition_point(|o| o.span.start <= span.end);
        &mentions[from..to.max(from)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary searches give the scans' answers: every mention's first
    /// holding sentence, and the mentions each sentence holds, in order.
    #[test]
    fn lookups_give_the_scans_answers() {
        let text = "Kestrel Foods said on Monday its revenue rose 12% to $4.1 billion.\n\n\
                    Shares of Brannock Mills fell 3.5% to 41.20 euros. The bid values it at €2.3bn, \
                    a premium of 28%.\nLast year Kestrel paid a dividend of 85 cents.";
        let doc = Document::new(text, Some(jiff::civil::date(2026, 5, 4)));
        let mentions = crate::extract::extract(&doc);
        let lookup = Lookup::new(&doc, &mentions);
        assert!(lookup.disjoint && lookup.sorted);
        assert!(doc.sentences.len() >= 4);
        let figures = mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionType::Money | MentionType::Percent))
            .count();
        assert!(figures >= 7, "{figures} figures");
        for m in &mentions {
            let scanned = doc
                .sentences
                .iter()
                .position(|s| s.span.start <= m.span.start && m.span.end <= s.span.end);
            assert_eq!(lookup.sentence_of(&doc, m), scanned);
        }
        for s in &doc.sentences {
            let span = &s.span;
            let holds = |o: &&Mention| span.start <= o.span.start && o.span.end <= span.end;
            let scanned: Vec<&Mention> = mentions.iter().filter(holds).collect();
            let searched: Vec<&Mention> = lookup.starting_in(&mentions, span).iter().filter(holds).collect();
            assert_eq!(searched, scanned);
        }
    }
}
