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
        let Some(sentence) = doc
            .sentences
            .iter()
            .position(|s| s.span.start <= m.span.start && m.span.end <= s.span.end)
        else {
            continue;
        };
        // A figure a claim of its sentence took is that claim's.
        let own = (m.kind == MentionType::Money, x.abs().normalize());
        if claims
            .iter()
            .filter(|c| c.sentence == sentence && !c.corroborating)
            .any(|c| c.value.as_ref().and_then(figure) == Some(own))
        {
            continue;
        }
        let span = &doc.sentences[sentence].span;
        let in_sentence = || {
            mentions
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
        let class = claims
            .iter()
            .find(|c| !c.corroborating && c.subject.as_deref() == Some(subject))
            .map_or(fallback_class, |c| c.predicate.class);
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
