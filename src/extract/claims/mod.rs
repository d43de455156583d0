//! Claims: who did or said what to whom, for how much, when — read by rules
//! from one sentence and the mentions already found in it.
//!
//! A predicate word from the embedded [`lexicon`] ("invested", "investment",
//! "pledged", "exclusive", "revenue shares") anchors a claim; [`shapes`] then
//! finds its subject and object among the sentence's organization mentions,
//! its value among the money and percentage mentions, its time and end bound
//! among the dates, and its polarity, modality and attribution from cue words.
//! Mentions flagged `boilerplate` are never used.
//!
//! | sentence (published 2026-04-27) | claim |
//! |---|---|
//! | "In February, Amazon announced an investment of up to $50 billion in OpenAI" | amazon `invest` openai, $50 billion at most, time 2026-02, attributed to amazon ("announced") |
//! | "Soon after, Amazon pledged $50 billion to OpenAI" | amazon `pledge` (keyed as invest) openai, $50 billion |
//! | "…including an initial investment of $15 billion and an additional $35 billion" | two `part` claims of the $50 billion one ("initial", "additional") |
//! | "OpenAI will continue to pay revenue shares to Microsoft through 2030" | openai `pay` microsoft, until 2030, future |
//! | "…but this access is no longer exclusive" | microsoft `exclusivity` openai (subject from the clause before), negated |
//! | "Acme was acquired by Globex" | globex `acquire` acme (passive) |
//! | "- 2019: Microsoft invested an initial $1 billion in OpenAI" | microsoft `invest` openai, $1 billion, time 2019 (bullet timeline) |
//! | "The Financial Times reported that Microsoft is considering legal action" | microsoft `sue`, hedged, second-hand |
//!
//! Rule ids: `claim.verb` (a verb predicate), `claim.nominal` (a noun or
//! adjective: "Amazon's $50 billion investment in OpenAI", "a deal worth"),
//! `claim.passive` ("was acquired by"), `claim.part` (a listed part of a total),
//! `claim.anaphora` (subject taken from the previous claim: "this investment"),
//! `claim.sheet_row` (a fact-sheet row, "Offer price: $21", taking the
//! article's event: `sheet.rs`), `claim.reference` (a sentence opening with
//! a definite phrase that names the article's event, "The bonds bear a
//! 4.375% coupon": `refs.rs`), `claim.prior_period` (the earlier period's
//! figure a result is compared with, of its own period: `shapes/prior.rs`).
//!
//! Known weak spots: pronoun subjects are resolved only to the previous
//! claim's subject; participle clauses ("…, securing exclusive rights") take
//! the nearest organization as subject; a speaker without an organization
//! mention is kept as text ("the companies").

mod corroborate;
mod inserts;
mod keyed;
pub mod lexicon;
mod moves;
pub mod ontology;
mod periods;
pub use periods::YEAR_TO_DATE;
mod refs;
pub mod shapes;
mod sheet;
mod vet;

use crate::extract::rule::Rule;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::Mention;
use super::dates::Timex;
use super::money::Amount;
use crate::text::Document;
pub use lexicon::PredicateClass;

/// The predicate of a claim: the words as written, their lemma, their class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Predicate {
    pub text: String,
    pub lemma: String,
    pub class: PredicateClass,
}

/// What a claim says the amount, share or date is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClaimValue {
    Money(Amount),
    Percent(Amount),
    /// A number of things: `unit` holds the noun ("jobs", "units").
    Count(Amount),
    Date(Timex),
    Duration(Timex),
    Text {
        text: String,
    },
}

/// When the claimed thing happened, and where that came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ClaimTime {
    /// "2026-02", "2019", "2026-Q1": the date of the sentence, cut to the month.
    pub value: String,
    /// "sentence" (a date in the sentence, or the span its words name, "half-year
    /// revenue", placed as the last one ended by the publish date), "context" (a period figure dated by
    /// the period of the source's previous one) or "published" (the publish date).
    pub from: String,
}

/// Whether the claim is affirmed or negated ("no longer", "not", "removed", a denial).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    #[default]
    Affirmed,
    Negated,
}

/// How firmly the claim is made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Asserted,
    /// "may", "likely", "is considering", "reportedly".
    Hedged,
    /// "if certain conditions are met", "pending", "subject to".
    Conditional,
    /// "will", "would", "plans to".
    Future,
}

impl Modality {
    /// How much the claim's own wording commits to it (see `reconcile` docs).
    pub fn weight(self) -> f64 {
        match self {
            Modality::Asserted => 1.0,
            Modality::Future => 0.8,
            Modality::Hedged => 0.6,
            Modality::Conditional => 0.5,
        }
    }
}

/// Who the outlet says made the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Attribution {
    /// Entity id of the speaker when it is a recognised organization or
    /// person, else the words ("the companies").
    pub speaker: Option<String>,
    /// The reporting verb as written ("said", "reported", "according to", "disputed").
    pub verb: String,
    /// The claim's words are inside quotation marks.
    pub quoted: bool,
    /// Another outlet or an unnamed source: the outlet only repeats it.
    pub second_hand: bool,
}

/// One claim read from one sentence of one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Claim {
    /// Byte range of the predicate word in `Document::text` (reports carry char offsets).
    #[serde(skip)]
    #[schemars(skip)]
    pub span: Range<usize>,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Entity id of the subject.
    pub subject: Option<String>,
    pub predicate: Predicate,
    /// Entity id of the object.
    pub object: Option<String>,
    pub value: Option<ClaimValue>,
    /// What the value measures for the event type ("price", "price_per_share",
    /// "percent_of_staff"; see `data/events/`), when the claim has a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// When it happened: a date of the sentence, else the publish date.
    pub time: Option<ClaimTime>,
    /// End bound: a date ("through 2030") or words ("until OpenAI achieves AGI").
    pub until: Option<ClaimValue>,
    pub polarity: Polarity,
    pub modality: Modality,
    pub attribution: Option<Attribution>,
    /// "initial", "additional": this value is a listed part of the total of
    /// the claim `part_of` (an index into the same document's claims).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    #[serde(skip)]
    #[schemars(skip)]
    pub part_of: Option<usize>,
    /// The sentence corrects the outlet's earlier text ("An earlier version of
    /// this article misstated…"): the claim is withdrawn, not asserted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retracted: bool,
    /// Prior confidence from the wording alone: modality weight × attribution
    /// weight (1 none, 0.95 first-hand speaker, 0.8 second-hand).
    pub confidence: f64,
    pub rule: Rule,
    /// The trigger word normally carries a figure (its type's `takes_amount`, or the word's own).
    #[serde(skip)]
    #[schemars(skip)]
    pub takes_amount: bool,
    /// The measure the trigger word itself names ("loss" → `net_loss`).
    #[serde(skip)]
    #[schemars(skip)]
    pub trigger_measure: Option<&'static str>,
    /// The verb's subject in its clause is no organization ("he recalled",
    /// "Epstein's victims who are suing"): no other name is taken for it.
    #[serde(skip)]
    #[schemars(skip)]
    pub subject_decided: bool,
    /// A corroborating record (see [`corroborate`]): a figure of its sentence
    /// that no claim took, which reconciliation uses only to confirm another
    /// outlet's fact of the same figure, never to make a fact or a conflict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corroborating: bool,
}

impl Claim {
    /// The publish-date fallback is not a stated time.
    pub fn stated_time(&self) -> Option<&str> {
        self.time
            .as_ref()
            .filter(|t| t.from != "published")
            .map(|t| t.value.as_str())
    }
}

/// Reads the claims of one document from its sentences and mentions
/// (sorted by start, as [`crate::extract::extract`] returns them).
pub fn extract(doc: &Document, mentions: &[Mention]) -> Vec<Claim> {
    let mut claims = shapes::extract(doc, mentions);
    keyed::key_measures(&doc.text, &mut claims);
    // Appended: a claim's `part_of` indexes the claims before it.
    let rows = sheet::rows(doc, mentions, &claims);
    claims.extend(rows);
    let references = refs::refs(doc, mentions, &claims);
    claims.extend(references);
    claims
}

/// [`extract`], then the document's corroborating records ([`corroborate`]) after its claims.
pub fn extract_with_records(doc: &Document, mentions: &[Mention]) -> Vec<Claim> {
    let mut claims = extract(doc, mentions);
    let records = corroborate::records(doc, mentions, &claims);
    claims.extend(records);
    claims
}

/// Hand-built mentions for tests, until (and besides) the extractors.
#[cfg(test)]
pub(crate) mod testing {
    use crate::extract::dates::Timex;
    use crate::extract::money::{Amount, Exactness};
    use crate::extract::orgs::{EntityKind, EntityRef};
    use crate::extract::rule::Rule;
    use crate::extract::{Mention, MentionType, Value};

    /// Mentions of `text` built from (snippet, what) pairs; the n-th use of a
    /// snippet takes its n-th occurrence.
    pub struct Builder<'a> {
        pub text: &'a str,
        pub mentions: Vec<Mention>,
        used: Vec<(&'a str, usize)>,
    }

    impl<'a> Builder<'a> {
        pub fn new(text: &'a str) -> Self {
            Self {
                text,
                mentions: Vec::new(),
                used: Vec::new(),
            }
        }

        fn span(&mut self, snippet: &'a str) -> std::ops::Range<usize> {
            let n = self.used.iter().filter(|(s, _)| *s == snippet).count();
            let start = self
                .text
                .match_indices(snippet)
                .nth(n)
                .unwrap_or_else(|| panic!("{snippet:?} not in text"))
                .0;
            self.used.push((snippet, start));
            start..start + snippet.len()
        }

        pub fn org(mut self, snippet: &'a str, id: &str) -> Self {
            let span = self.span(snippet);
            let kind = if id == "ft" {
                EntityKind::Publisher
            } else {
                EntityKind::Company
            };
            self.mentions.push(Mention::new(
                MentionType::Org,
                span,
                Value::Entity(EntityRef {
                    entity: id.into(),
                    name: snippet.into(),
                    kind,
                    ..EntityRef::default()
                }),
                Rule::Test,
            ));
            self
        }

        pub fn money(mut self, snippet: &'a str, amount: &str, exactness: Exactness) -> Self {
            let span = self.span(snippet);
            self.mentions.push(Mention::new(
                MentionType::Money,
                span,
                Value::Amount(Amount {
                    currency: Some("USD".into()),
                    amount: Some(amount.parse().unwrap()),
                    exactness,
                    scale_word: Some("billion".into()),
                    ..Amount::default()
                }),
                Rule::Test,
            ));
            self
        }

        pub fn percent(mut self, snippet: &'a str, amount: &str) -> Self {
            let span = self.span(snippet);
            self.mentions.push(Mention::new(
                MentionType::Percent,
                span,
                Value::Amount(Amount {
                    unit: Some("percent".into()),
                    amount: Some(amount.parse().unwrap()),
                    ..Amount::default()
                }),
                Rule::Test,
            ));
            self
        }

        pub fn date(mut self, snippet: &'a str, value: &str) -> Self {
            let span = self.span(snippet);
            self.mentions.push(Mention::new(
                MentionType::Date,
                span,
                Value::Timex(Timex {
                    value: value.into(),
                    ..Timex::default()
                }),
                Rule::Test,
            ));
            self
        }

        pub fn build(mut self) -> Vec<Mention> {
            self.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            self.mentions
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::Builder;
    use super::*;
    use crate::extract::money::Exactness;
    use crate::extract::rule::Rule;

    fn published() -> Option<jiff::civil::Date> {
        Some(jiff::civil::date(2026, 4, 27))
    }

    fn claims_of(text: &str, build: impl FnOnce(Builder) -> Builder) -> Vec<Claim> {
        let doc = Document::new(text, published());
        let mentions = build(Builder::new(&doc.text.clone())).build();
        extract(&doc, &mentions)
    }

    fn amount(c: &Claim) -> Option<String> {
        match &c.value {
            Some(ClaimValue::Money(a) | ClaimValue::Percent(a)) => a.amount.map(|d| d.to_string()),
            _ => None,
        }
    }

    #[test]
    fn nominal_investment_with_listed_parts() {
        let text = "In February, Amazon announced an investment of up to $50 billion in OpenAI, including an initial $15 billion and an additional $35 billion.";
        let claims = claims_of(text, |b| {
            b.date("February", "2026-02")
                .org("Amazon", "amazon")
                .money("up to $50 billion", "50000000000", Exactness::AtMost)
                .org("OpenAI", "openai")
                .money("$15 billion", "15000000000", Exactness::Exact)
                .money("$35 billion", "35000000000", Exactness::Exact)
        });
        assert_eq!(claims.len(), 3, "{claims:#?}");
        let total = &claims[0];
        assert_eq!(total.subject.as_deref(), Some("amazon"));
        assert_eq!(total.object.as_deref(), Some("openai"));
        assert_eq!(total.predicate.class.as_str(), "investment");
        assert_eq!(amount(total).as_deref(), Some("50000000000"));
        assert_eq!(total.stated_time(), Some("2026-02"));
        assert_eq!(
            total.attribution.as_ref().and_then(|a| a.speaker.as_deref()),
            Some("amazon")
        );
        assert_eq!(claims[1].part.as_deref(), Some("initial"));
        assert_eq!(amount(&claims[1]).as_deref(), Some("15000000000"));
        assert_eq!(claims[1].part_of, Some(0));
        assert_eq!(claims[2].part.as_deref(), Some("additional"));
        assert_eq!(claims[2].rule, Rule::ClaimPart);
    }

    #[test]
    fn parts_point_at_their_whole_after_earlier_claims() {
        // The listed parts come after another sentence's claim: part_of is the
        // document index of the $50 billion claim, shifted once.
        let text = "Microsoft acquired Activision for $69 billion. Amazon announced an investment of up to $50 billion in OpenAI, including an initial $15 billion.";
        let claims = claims_of(text, |b| {
            b.org("Microsoft", "microsoft")
                .org("Activision", "activision")
                .money("$69 billion", "69000000000", Exactness::Exact)
                .org("Amazon", "amazon")
                .money("up to $50 billion", "50000000000", Exactness::AtMost)
                .org("OpenAI", "openai")
                .money("$15 billion", "15000000000", Exactness::Exact)
        });
        let part = claims
            .iter()
            .find(|c| c.part.as_deref() == Some("initial"))
            .expect("the initial part");
        let whole = &claims[part.part_of.expect("part_of")];
        assert_eq!(amount(whole).as_deref(), Some("50000000000"), "{claims:#?}");
        assert_eq!(whole.subject.as_deref(), Some("amazon"));
    }

    #[test]
    fn passive_puts_the_agent_first() {
        let claims = claims_of("Acme Robotics was acquired by Globex for $2 billion.", |b| {
            b.org("Acme Robotics", "acme")
                .org("Globex", "globex")
                .money("$2 billion", "2000000000", Exactness::Exact)
        });
        assert_eq!(claims.len(), 1, "{claims:#?}");
        assert_eq!(claims[0].subject.as_deref(), Some("globex"));
        assert_eq!(claims[0].object.as_deref(), Some("acme"));
        assert_eq!(claims[0].rule, Rule::ClaimPassive);
        assert_eq!(amount(&claims[0]).as_deref(), Some("2000000000"));
        assert_eq!(claims[0].time.as_ref().map(|t| t.from.as_str()), Some("published"));
    }

    #[test]
    fn a_clause_without_organization_continues_the_one_before_and_negation_is_read() {
        let text =
            "Licenses: Microsoft retains access to OpenAI models until 2032, but this access is no longer exclusive.";
        let claims = claims_of(text, |b| {
            b.org("Microsoft", "microsoft")
                .org("OpenAI", "openai")
                .date("2032", "2032")
        });
        let license = claims.iter().find(|c| c.predicate.class.as_str() == "license").unwrap();
        assert_eq!(license.subject.as_deref(), Some("microsoft"));
        assert_eq!(license.object.as_deref(), Some("openai"));
        assert!(matches!(&license.until, Some(ClaimValue::Date(t)) if t.value == "2032"));
        assert_eq!(license.polarity, Polarity::Affirmed);
        let excl = claims
            .iter()
            .find(|c| c.predicate.class.as_str() == "exclusivity")
            .unwrap();
        assert_eq!(excl.subject.as_deref(), Some("microsoft"));
        assert_eq!(excl.polarity, Polarity::Negated);
    }

    #[test]
    fn second_hand_hedged_report() {
        let text = "The Financial Times reported that Microsoft is considering legal action against OpenAI.";
        let claims = claims_of(text, |b| {
            b.org("The Financial Times", "ft")
                .org("Microsoft", "microsoft")
                .org("OpenAI", "openai")
        });
        assert_eq!(claims.len(), 1, "{claims:#?}");
        let c = &claims[0];
        assert_eq!(c.predicate.class.as_str(), "lawsuit");
        assert_eq!(c.subject.as_deref(), Some("microsoft"));
        assert_eq!(c.object.as_deref(), Some("openai"));
        assert_eq!(c.modality, Modality::Hedged);
        let a = c.attribution.as_ref().unwrap();
        assert_eq!(
            (a.speaker.as_deref(), a.verb.as_str(), a.second_hand),
            (Some("ft"), "reported", true)
        );
        assert_eq!(c.confidence, 0.48);
    }

    #[test]
    fn a_denial_negates_what_it_reports() {
        let claims = claims_of("Globex denied that it would acquire Acme.", |b| {
            b.org("Globex", "globex").org("Acme", "acme")
        });
        assert_eq!(claims.len(), 1, "{claims:#?}");
        assert_eq!(claims[0].predicate.class.as_str(), "acquisition");
        assert_eq!(claims[0].subject.as_deref(), Some("globex"));
        assert_eq!(claims[0].object.as_deref(), Some("acme"));
        assert_eq!(claims[0].polarity, Polarity::Negated);
    }

    #[test]
    fn boilerplate_mentions_make_no_claims_and_corrections_are_retracted() {
        let text = "Subscribe: Globex invested $5 billion in Acme.";
        let doc = Document::new(text, published());
        let mut mentions = Builder::new(text)
            .org("Globex", "globex")
            .money("$5 billion", "5000000000", Exactness::Exact)
            .org("Acme", "acme")
            .build();
        for m in &mut mentions {
            m.boilerplate = true;
        }
        assert!(extract(&doc, &mentions).is_empty());
        let claims = claims_of(
            "An earlier version of this article misstated that Globex invested $5 billion in Acme.",
            |b| {
                b.org("Globex", "globex")
                    .money("$5 billion", "5000000000", Exactness::Exact)
                    .org("Acme", "acme")
            },
        );
        assert_eq!(claims.len(), 1);
        assert!(claims[0].retracted);
    }

    #[test]
    fn timeline_bullet_and_anaphora() {
        let text = "- 2019: Microsoft invested an initial $1 billion in OpenAI.\nOver time, this investment would exceed $13 billion.";
        let claims = claims_of(text, |b| {
            b.date("2019", "2019")
                .org("Microsoft", "microsoft")
                .money("$1 billion", "1000000000", Exactness::Exact)
                .org("OpenAI", "openai")
                .money("$13 billion", "13000000000", Exactness::MoreThan)
        });
        assert_eq!(claims.len(), 2, "{claims:#?}");
        assert_eq!(claims[0].stated_time(), Some("2019"));
        assert_eq!(claims[0].part, None);
        assert_eq!(claims[1].subject.as_deref(), Some("microsoft"));
        assert_eq!(claims[1].object.as_deref(), Some("openai"));
        assert_eq!(claims[1].rule, Rule::ClaimAnaphora);
        assert_eq!(claims[1].modality, Modality::Future);
        assert_eq!(claims[1].stated_time(), None);
    }

    #[test]
    fn stake_and_revenue_share_with_end_bound() {
        let text = "Microsoft remains a major shareholder in OpenAI, owning about 27 percent. OpenAI will continue to pay revenue shares to Microsoft through 2030.";
        let claims = claims_of(text, |b| {
            b.org("Microsoft", "microsoft")
                .org("OpenAI", "openai")
                .percent("27 percent", "27")
                .org("OpenAI", "openai")
                .org("Microsoft", "microsoft")
                .date("2030", "2030")
        });
        let stake = claims.iter().find(|c| c.predicate.class.as_str() == "stake").unwrap();
        assert_eq!(amount(stake).as_deref(), Some("27"));
        assert_eq!(stake.object.as_deref(), Some("openai"));
        let pay = claims
            .iter()
            .find(|c| c.predicate.class.as_str() == "revenue_share")
            .unwrap();
        assert_eq!(pay.subject.as_deref(), Some("openai"));
        assert_eq!(pay.object.as_deref(), Some("microsoft"));
        assert!(matches!(&pay.until, Some(ClaimValue::Date(t)) if t.value == "2030"));
        assert_eq!(pay.modality, Modality::Future);
    }

    #[test]
    fn a_share_purchase_is_an_investment_and_prices_per_share_are_not_figures() {
        let text =
            "Nvidia is buying a $5 billion stake in Intel at $23.28 a share, giving it roughly 4 percent of Intel.";
        let claims = claims_of(text, |b| {
            b.org("Nvidia", "nvidia")
                .money("$5 billion", "5000000000", Exactness::Exact)
                .org("Intel", "intel")
                .money("$23.28", "23", Exactness::Exact)
                .percent("roughly 4 percent", "4")
                .org("Intel", "intel")
        });
        let invest = claims
            .iter()
            .find(|c| c.predicate.class.as_str() == "investment")
            .unwrap();
        assert_eq!(amount(invest).as_deref(), Some("5000000000"));
        assert_eq!(invest.object.as_deref(), Some("intel"));
        let stake = claims.iter().find(|c| c.predicate.class.as_str() == "stake").unwrap();
        assert_eq!(amount(stake).as_deref(), Some("4"));
        assert!(claims.iter().all(|c| amount(c).as_deref() != Some("23")));
    }

    #[test]
    fn a_negated_other_verb_does_not_negate_the_predicate() {
        let claims = claims_of("Qualcomm did not breach its license with Arm.", |b| {
            b.org("Qualcomm", "qualcomm").org("Arm", "arm")
        });
        assert_eq!(claims.len(), 1, "{claims:#?}");
        assert_eq!(claims[0].polarity, Polarity::Affirmed);
        let claims = claims_of("Qualcomm did not renew its license with Arm.", |b| {
            b.org("Qualcomm", "qualcomm").org("Arm", "arm")
        });
        assert_eq!(claims[0].polarity, Polarity::Negated);
    }
}
