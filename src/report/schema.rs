//! Report schema v4: the wire types of `newsfacts report`.
//!
//! Offsets (`start`, `end`) are Unicode scalar value (char) offsets into the
//! source's stored text (`sources[i].text`), end exclusive. Ids are stable for
//! the same inputs in the same order: sources `s1`, `s2`, ...; mentions
//! `s1.m1`, ...; claims `s1.c1`, ...; facts `f1`, ...; entities by entity id.

use serde::{Deserialize, Serialize};

use crate::article::boilerplate::BoilerplateKind;
use crate::article::{Decoding, Format, MetaOrigin};
use crate::extract::MentionType;
use crate::extract::claims::{self as claims, ClaimValue, Modality, Polarity, PredicateClass};
use crate::extract::orgs::EntityKind;
use crate::extract::rule::Rule;
use crate::reconcile;

pub const SCHEMA_ID: &str = "newsfacts/report/v4";

/// The previous version, still read: v4 adds corroborating claims
/// (`corroborating: true`), which only confirm other outlets' facts.
pub const SCHEMA_V3: &str = "newsfacts/report/v3";

/// The previous version, still read: v3 gives a fact's evidence by claim id
/// (source and claim) and no longer repeats the claim's sentence, offsets
/// and quote there.
pub const SCHEMA_V2: &str = "newsfacts/report/v2";

/// The previous version, still read by `merge` and `diff`: v2 renamed the
/// predicate classes to the event types of `data/events/` (each type lists
/// its v1 names as `aliases`) and added `measure` to claims and facts.
pub const SCHEMA_V1: &str = "newsfacts/report/v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// "newsfacts/report/v4" (reports of v1, v2 and v3 are read too).
    pub schema: String,
    pub generator: Generator,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
    pub facts: Vec<WireFact>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Generator {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub path: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publish date, YYYY-MM-DD: the anchor of relative dates.
    pub published: Option<String>,
    pub published_from: MetaOrigin,
    pub language: Option<String>,
    /// `html` (the page's markup) or `detected` (from the text); absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_from: Option<crate::article::LanguageOrigin>,
    /// The site's own name (`og:site_name`, JSON-LD publisher), when the page gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// The page's `<link rel=canonical>` (else `og:url`), when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// The site's section (`article:section`, JSON-LD `articleSection`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// URL of the lead image (`og:image`, JSON-LD `image`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The page's description (`og:description`, `<meta name=description>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Author(s) the page names (HTML metadata), joined with ", ".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Last-modified date the page gives, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    pub format: Format,
    pub decoding: Decoding,
    /// SHA-256 of the stored text's UTF-8 bytes, lower-case hex.
    pub text_sha256: String,
    /// Length of the stored text in chars.
    pub chars: usize,
    /// Boilerplate regions of the stored text (event banners, affiliate
    /// disclosures, subscription prompts, ad labels, social prompts): char
    /// offsets, end exclusive, sorted. Mentions inside them have
    /// `boilerplate: true`; claims and facts ignore them.
    #[serde(default)]
    pub boilerplate: Vec<BoilerplateRegion>,
    /// HTML sources: the XPath of the page element each line of the stored
    /// text came from (`/html[1]/body[1]/article[1]/p[2]`); line i → item i.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub html_paths: Vec<String>,
    /// The stored text; absent with `--no-text` (then check offsets with the hash and length).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A boilerplate region of a source's stored text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BoilerplateRegion {
    pub start: usize,
    pub end: usize,
    pub kind: BoilerplateKind,
    /// The rule that found it, e.g. "boilerplate.event".
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cik: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Ids of the mentions that refer to it.
    pub mentions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Mention {
    pub id: String,
    pub source: String,
    #[serde(rename = "type")]
    pub kind: MentionType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index of the sentence in the source.
    pub sentence: usize,
    #[schemars(with = "serde_json::Value")]
    pub value: MentionValue,
    pub rule: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub boilerplate: bool,
}

/// A mention's value: the extractor's value when the report was built here,
/// written straight from it (no JSON tree in between); the JSON as read when
/// the report was read from a file.
#[derive(Debug, Clone)]
pub enum MentionValue {
    Built(crate::extract::Value),
    Read(serde_json::Value),
}

impl MentionValue {
    /// The value as a JSON tree.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Self::Built(v) => serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            Self::Read(v) => v.clone(),
        }
    }
}

impl PartialEq for MentionValue {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Built(a), Self::Built(b)) => a == b,
            (Self::Read(a), Self::Read(b)) => a == b,
            _ => self.to_json() == other.to_json(),
        }
    }
}

impl Serialize for MentionValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Built(v) => v.serialize(serializer),
            Self::Read(v) => v.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for MentionValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_json::Value::deserialize(deserializer).map(Self::Read)
    }
}

// The wire names are written out here, converted from and to `reconcile::Claim`
// and `extract::claims::Claim`: renaming an internal field does not change the
// report (test `claim_wire_names_are_fixed`).
/// A claim as reported: where it was read, then what it says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Claim {
    pub id: String,
    pub source: String,
    /// Char offsets of the claim's sentence in the source's stored text.
    pub start: usize,
    pub end: usize,
    /// The sentence.
    pub quote: String,
    /// Char offsets of the predicate word.
    pub predicate_start: usize,
    pub predicate_end: usize,
    /// Id of the claim whose total this claim's value is a listed part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Entity id of the subject.
    pub subject: Option<String>,
    pub predicate: WirePredicate,
    /// Entity id of the object.
    pub object: Option<String>,
    pub value: Option<ClaimValue>,
    /// What the value measures for the event type ("price", "price_per_share",
    /// "percent_of_staff"; see `data/events/`), when the claim has a value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// When it happened: a date of the sentence, else the publish date.
    pub time: Option<WireClaimTime>,
    /// End bound: a date ("through 2030") or words ("until OpenAI achieves AGI").
    pub until: Option<ClaimValue>,
    pub polarity: Polarity,
    pub modality: Modality,
    pub attribution: Option<WireAttribution>,
    /// "initial", "additional": this value is a listed part of the total of
    /// the claim `part_of`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// The sentence corrects the outlet's earlier text ("An earlier version of
    /// this article misstated…"): the claim is withdrawn, not asserted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retracted: bool,
    /// Prior confidence from the wording alone: modality weight × attribution
    /// weight (1 none, 0.95 first-hand speaker, 0.8 second-hand).
    pub confidence: f64,
    pub rule: Rule,
    /// A corroborating record (v4): a figure of the sentence that no claim
    /// took, read only to confirm another outlet's fact of the same figure
    /// (the fact's evidence then names it); it makes no fact of its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub corroborating: bool,
}

/// The predicate of a claim: the words as written, their lemma, their class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Predicate")]
pub struct WirePredicate {
    pub text: String,
    pub lemma: String,
    pub class: PredicateClass,
}

/// When the claimed thing happened, and where that came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "ClaimTime")]
pub struct WireClaimTime {
    /// "2026-02", "2019", "2026-Q1": the date of the sentence, cut to the month.
    pub value: String,
    /// "sentence" (a date in the sentence, or the span its words name, "half-year
    /// revenue", placed as the last one ended by the publish date), "context" (a period figure dated by
    /// the period of the source's previous one) or "published" (the publish date).
    pub from: String,
}

/// Who the outlet says made the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Attribution")]
pub struct WireAttribution {
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

impl From<&reconcile::Claim> for Claim {
    fn from(r: &reconcile::Claim) -> Self {
        let c = &r.claim;
        Claim {
            id: r.id.clone(),
            source: r.source.clone(),
            start: r.start,
            end: r.end,
            quote: r.quote.clone(),
            predicate_start: r.predicate_start,
            predicate_end: r.predicate_end,
            part_of: r.part_of.clone(),
            sentence: c.sentence,
            subject: c.subject.clone(),
            predicate: WirePredicate {
                text: c.predicate.text.clone(),
                lemma: c.predicate.lemma.clone(),
                class: c.predicate.class,
            },
            object: c.object.clone(),
            value: c.value.clone(),
            measure: c.measure.clone(),
            time: c.time.as_ref().map(|t| WireClaimTime {
                value: t.value.clone(),
                from: t.from.clone(),
            }),
            until: c.until.clone(),
            polarity: c.polarity,
            modality: c.modality,
            attribution: c.attribution.as_ref().map(|a| WireAttribution {
                speaker: a.speaker.clone(),
                verb: a.verb.clone(),
                quoted: a.quoted,
                second_hand: a.second_hand,
            }),
            part: c.part.clone(),
            retracted: c.retracted,
            confidence: c.confidence,
            rule: c.rule,
            corroborating: c.corroborating,
        }
    }
}

impl From<Claim> for reconcile::Claim {
    fn from(w: Claim) -> Self {
        reconcile::Claim {
            id: w.id,
            source: w.source,
            start: w.start,
            end: w.end,
            quote: w.quote,
            predicate_start: w.predicate_start,
            predicate_end: w.predicate_end,
            part_of: w.part_of,
            claim: claims::Claim {
                span: 0..0,
                sentence: w.sentence,
                subject: w.subject,
                predicate: claims::Predicate {
                    text: w.predicate.text,
                    lemma: w.predicate.lemma,
                    class: w.predicate.class,
                },
                object: w.object,
                value: w.value,
                measure: w.measure,
                time: w.time.map(|t| claims::ClaimTime {
                    value: t.value,
                    from: t.from,
                }),
                until: w.until,
                polarity: w.polarity,
                modality: w.modality,
                attribution: w.attribution.map(|a| claims::Attribution {
                    speaker: a.speaker,
                    verb: a.verb,
                    quoted: a.quoted,
                    second_hand: a.second_hand,
                }),
                part: w.part,
                // Indices into the extracting document: a report has ids (`part_of` above) instead.
                part_of: None,
                retracted: w.retracted,
                confidence: w.confidence,
                rule: w.rule,
                takes_amount: false,
                trigger_measure: None,
                subject_decided: false,
                corroborating: w.corroborating,
            },
        }
    }
}

/// What reconciliation reads of report sources (id, outlet name, publish date).
pub fn reconcile_sources(sources: &[Source]) -> Vec<reconcile::Source> {
    sources
        .iter()
        .map(|s| reconcile::Source {
            id: s.id.clone(),
            name: s.name.clone(),
            published: s.published.clone(),
        })
        .collect()
}

/// The facts of report sources and claims: [`reconcile::reconcile`] through the wire types.
pub fn reconcile_report(sources: &[Source], claims: &[Claim]) -> Vec<WireFact> {
    let claims: Vec<reconcile::Claim> = claims.iter().cloned().map(reconcile::Claim::from).collect();
    wire_facts(reconcile::reconcile(&reconcile_sources(sources), &claims))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "FactStatus")]
pub enum WireFactStatus {
    #[serde(rename = "agreed")]
    Agreed,
    #[serde(rename = "conflict")]
    Conflict,
    #[serde(rename = "single_source")]
    SingleSource,
    #[serde(rename = "superseded")]
    Superseded,
}

impl WireFactStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::Conflict => "conflict",
            Self::SingleSource => "single_source",
            Self::Superseded => "superseded",
        }
    }
}

impl From<reconcile::FactStatus> for WireFactStatus {
    fn from(s: reconcile::FactStatus) -> Self {
        match s {
            reconcile::FactStatus::Agreed => Self::Agreed,
            reconcile::FactStatus::Conflict => Self::Conflict,
            reconcile::FactStatus::SingleSource => Self::SingleSource,
            reconcile::FactStatus::Superseded => Self::Superseded,
        }
    }
}

/// Where a fact was read: a claim (by id) of one source. Its sentence, offsets
/// and quote are the claim's (`claims[]`); reports before v3 repeated them
/// here, and are still read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Evidence")]
pub struct WireEvidence {
    #[serde(rename = "source")]
    pub source: String,
    #[serde(rename = "claim")]
    pub claim: String,
    /// v1 and v2 only: the claim's sentence number.
    #[serde(rename = "sentence", default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// v1 and v2 only: char offsets of the sentence in the source's stored text.
    #[serde(rename = "start", default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(rename = "end", default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// v1 and v2 only: the sentence.
    #[serde(rename = "quote", default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The quotes of a report's claims by claim id: a fact's evidence quote in a
/// report of any version (v3 gives it in the claim only).
pub struct ClaimQuotes<'a>(std::collections::HashMap<&'a str, &'a str>);

impl<'a> ClaimQuotes<'a> {
    pub fn new(claims: &'a [Claim]) -> Self {
        Self(claims.iter().map(|c| (c.id.as_str(), c.quote.as_str())).collect())
    }

    /// The sentence of the evidence's claim (empty when the report lacks it).
    pub fn of<'b>(&'b self, e: &'b WireEvidence) -> &'b str {
        match &e.quote {
            Some(q) => q,
            None => self.0.get(e.claim.as_str()).copied().unwrap_or_default(),
        }
    }
}

/// Claims of one fact that can all be true together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Side")]
pub struct WireSide {
    /// The value, polarity and end bound, as in [`Fact::value`].
    #[serde(rename = "value")]
    pub value: serde_json::Value,
    #[serde(rename = "sources")]
    pub sources: Vec<String>,
    #[serde(rename = "claims")]
    pub claims: Vec<String>,
    /// Latest date among its claims (stated, else the publish month).
    #[serde(rename = "time")]
    pub time: Option<String>,
    #[serde(rename = "confidence")]
    pub confidence: f64,
}

/// A newer statement replacing an older one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Supersession")]
pub struct WireSupersession {
    #[serde(rename = "old_time")]
    pub old_time: Option<String>,
    #[serde(rename = "new_time")]
    pub new_time: Option<String>,
}

/// Claims about one thing, reconciled across sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Fact")]
pub struct WireFact {
    #[serde(rename = "id")]
    pub id: String,
    /// `subject class[.measure] object @time [part]` (see the module docs).
    #[serde(rename = "key")]
    pub key: String,
    #[serde(rename = "subject")]
    pub subject: Option<String>,
    #[serde(rename = "predicate")]
    pub predicate: PredicateClass,
    /// What the value measures when not the type's default ("price_per_share").
    #[serde(rename = "measure", default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    #[serde(rename = "object")]
    pub object: Option<String>,
    /// Time bucket of an event ("2026-02"); none for states and undated events.
    #[serde(rename = "time")]
    pub time: Option<String>,
    /// "initial", "additional": this fact is a listed part of another.
    #[serde(rename = "part", default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    #[serde(rename = "status")]
    pub status: WireFactStatus,
    /// The best side's value: the claimed value's fields (`type`, `amount`,
    /// `currency`, `exactness`, … or `value` for dates) plus `polarity` and `until`.
    #[serde(rename = "value")]
    pub value: serde_json::Value,
    #[serde(rename = "sides")]
    pub sides: Vec<WireSide>,
    /// Ids of the facts that are listed parts of this one.
    #[serde(rename = "parts", default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    #[serde(rename = "superseded", default, skip_serializing_if = "Option::is_none")]
    pub superseded: Option<WireSupersession>,
    /// Sources that are on more than one side: they contradict themselves.
    #[serde(rename = "intra_source", default, skip_serializing_if = "Vec::is_empty")]
    pub intra_source: Vec<String>,
    #[serde(rename = "confidence")]
    pub confidence: f64,
    #[serde(rename = "evidence")]
    pub evidence: Vec<WireEvidence>,
}

impl From<reconcile::Fact> for WireFact {
    fn from(f: reconcile::Fact) -> Self {
        Self {
            id: f.id,
            key: f.key,
            subject: f.subject,
            predicate: f.predicate,
            measure: f.measure,
            object: f.object,
            time: f.time,
            part: f.part,
            status: f.status.into(),
            value: f.value,
            sides: f
                .sides
                .into_iter()
                .map(|s| WireSide {
                    value: s.value,
                    sources: s.sources,
                    claims: s.claims,
                    time: s.time,
                    confidence: s.confidence,
                })
                .collect(),
            parts: f.parts,
            superseded: f.superseded.map(|s| WireSupersession {
                old_time: s.old_time,
                new_time: s.new_time,
            }),
            intra_source: f.intra_source,
            confidence: f.confidence,
            evidence: f
                .evidence
                .into_iter()
                .map(|e| WireEvidence {
                    source: e.source,
                    claim: e.claim,
                    sentence: None,
                    start: None,
                    end: None,
                    quote: None,
                })
                .collect(),
        }
    }
}

/// Facts as reported, from reconcile's facts (moved, not copied).
pub fn wire_facts(facts: Vec<reconcile::Fact>) -> Vec<WireFact> {
    facts.into_iter().map(WireFact::from).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Diagnostic {
    pub level: Level,
    /// The input it is about (a path, or a source id).
    pub input: String,
    pub message: String,
}

/// The JSON Schema of [`Report`], as printed by `newsfacts schema`.
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Report)).expect("schema serializes");
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$id".into(),
            serde_json::Value::String(format!("https://newsfacts.invalid/{SCHEMA_ID}")),
        );
        if let Some(props) = obj.get_mut("properties").and_then(|p| p.as_object_mut()) {
            props.insert("schema".into(), serde_json::json!({"const": SCHEMA_ID}));
        }
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An internal fact with every optional field set, so every wire field is written.
    fn full_fact() -> reconcile::Fact {
        reconcile::Fact {
            id: "f1".into(),
            key: "globex acquisition acme @2026-04 [initial]".into(),
            subject: Some("globex".into()),
            predicate: PredicateClass::named("acquisition").expect("acquisition is an event type"),
            measure: Some("price_per_share".into()),
            object: Some("acme".into()),
            time: Some("2026-04".into()),
            part: Some("initial".into()),
            status: reconcile::FactStatus::Superseded,
            value: serde_json::json!({"amount": "2"}),
            sides: vec![reconcile::Side {
                value: serde_json::json!({"amount": "2"}),
                sources: vec!["s1".into()],
                claims: vec!["s1.c1".into()],
                time: Some("2026-04".into()),
                confidence: 0.78,
            }],
            parts: vec!["f2".into()],
            superseded: Some(reconcile::Supersession {
                old_time: Some("2026-03".into()),
                new_time: Some("2026-04".into()),
            }),
            intra_source: vec!["s1".into()],
            confidence: 0.78,
            evidence: vec![reconcile::Evidence {
                source: "s1".into(),
                claim: "s1.c1".into(),
                sentence: 3,
                start: 10,
                end: 42,
                quote: "Globex acquired Acme.".into(),
            }],
        }
    }

    /// The wire names are spelled out here, not derived from the internal
    /// types: renaming a field of `reconcile::Fact` (or of the wire type) fails
    /// this test instead of silently changing the report.
    #[test]
    fn fact_wire_names_are_fixed() {
        let wire = WireFact::from(full_fact());
        let json = serde_json::to_string(&wire).unwrap();
        assert_eq!(
            json,
            concat!(
                r#"{"id":"f1","key":"globex acquisition acme @2026-04 [initial]","subject":"globex","#,
                r#""predicate":"acquisition","measure":"price_per_share","object":"acme","time":"2026-04","#,
                r#""part":"initial","status":"superseded","value":{"amount":"2"},"#,
                r#""sides":[{"value":{"amount":"2"},"sources":["s1"],"claims":["s1.c1"],"time":"2026-04","confidence":0.78}],"#,
                r#""parts":["f2"],"superseded":{"old_time":"2026-03","new_time":"2026-04"},"#,
                r#""intra_source":["s1"],"confidence":0.78,"#,
                r#""evidence":[{"source":"s1","claim":"s1.c1"}]}"#,
            )
        );
        let back: WireFact = serde_json::from_str(&json).unwrap();
        assert_eq!(back, wire);
    }

    /// Evidence of a v2 report repeats the claim's sentence: read, and its quote
    /// found either way; a v3 report's is the claim's.
    #[test]
    fn evidence_of_v2_and_v3_reports_reads_with_its_quote() {
        let v2: WireEvidence = serde_json::from_str(
            r#"{"source":"s1","claim":"s1.c2","sentence":3,"start":10,"end":42,"quote":"Globex bought Acme."}"#,
        )
        .unwrap();
        assert_eq!((v2.sentence, v2.start, v2.end), (Some(3), Some(10), Some(42)));
        let v3: WireEvidence = serde_json::from_str(r#"{"source":"s1","claim":"s1.c2"}"#).unwrap();
        assert_eq!(v3.quote, None);
        let claims = [Claim::from(&full_claim())];
        let quotes = ClaimQuotes::new(&claims);
        assert_eq!(quotes.of(&v2), "Globex bought Acme.");
        assert_eq!(quotes.of(&v3), "Globex bought Acme.");
        let unknown = WireEvidence {
            claim: "s9.c9".into(),
            ..v3
        };
        assert_eq!(quotes.of(&unknown), "");
    }

    /// An internal claim with every optional field set.
    fn full_claim() -> reconcile::Claim {
        reconcile::Claim {
            id: "s1.c2".into(),
            source: "s1".into(),
            start: 10,
            end: 42,
            quote: "Globex bought Acme.".into(),
            predicate_start: 17,
            predicate_end: 23,
            part_of: Some("s1.c1".into()),
            claim: claims::Claim {
                span: 7..13,
                sentence: 3,
                subject: Some("globex".into()),
                predicate: claims::Predicate {
                    text: "bought".into(),
                    lemma: "buy".into(),
                    class: PredicateClass::named("acquisition").expect("acquisition is an event type"),
                },
                object: Some("acme".into()),
                value: Some(ClaimValue::Text {
                    text: "Series B".into(),
                }),
                measure: Some("price".into()),
                time: Some(claims::ClaimTime {
                    value: "2026-04".into(),
                    from: "sentence".into(),
                }),
                until: Some(ClaimValue::Text { text: "AGI".into() }),
                polarity: Polarity::Negated,
                modality: Modality::Hedged,
                attribution: Some(claims::Attribution {
                    speaker: Some("acme".into()),
                    verb: "said".into(),
                    quoted: true,
                    second_hand: false,
                }),
                part: Some("initial".into()),
                part_of: Some(0),
                retracted: true,
                confidence: 0.57,
                rule: Rule::ClaimVerb,
                takes_amount: true,
                trigger_measure: Some("price"),
                subject_decided: true,
                corroborating: true,
            },
        }
    }

    /// As for facts: the claim's wire names are spelled out here, so renaming
    /// an internal field fails this test instead of changing the report; and
    /// a claim read back reconciles as the one written.
    #[test]
    fn claim_wire_names_are_fixed() {
        let internal = full_claim();
        let wire = Claim::from(&internal);
        let json = serde_json::to_string(&wire).unwrap();
        assert_eq!(
            json,
            concat!(
                r#"{"id":"s1.c2","source":"s1","start":10,"end":42,"quote":"Globex bought Acme.","#,
                r#""predicate_start":17,"predicate_end":23,"part_of":"s1.c1","sentence":3,"subject":"globex","#,
                r#""predicate":{"text":"bought","lemma":"buy","class":"acquisition"},"object":"acme","#,
                r#""value":{"type":"text","text":"Series B"},"measure":"price","#,
                r#""time":{"value":"2026-04","from":"sentence"},"until":{"type":"text","text":"AGI"},"#,
                r#""polarity":"negated","modality":"hedged","#,
                r#""attribution":{"speaker":"acme","verb":"said","quoted":true,"second_hand":false},"#,
                r#""part":"initial","retracted":true,"confidence":0.57,"rule":"claim.verb","corroborating":true}"#,
            )
        );
        let back: Claim = serde_json::from_str(&json).unwrap();
        assert_eq!(back, wire);
        // Back to the internal claim: what the wire carries; document indices and flags are not on it.
        let read = reconcile::Claim::from(back);
        let mut expected = internal;
        expected.claim.span = 0..0;
        expected.claim.part_of = None;
        expected.claim.takes_amount = false;
        expected.claim.trigger_measure = None;
        expected.claim.subject_decided = false;
        assert_eq!(read, expected);
    }

    #[test]
    fn optional_claim_fields_are_left_out_when_empty() {
        let mut c = full_claim();
        c.part_of = None;
        c.claim.measure = None;
        c.claim.part = None;
        c.claim.retracted = false;
        c.claim.corroborating = false;
        let json = serde_json::to_value(Claim::from(&c)).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "id",
                "source",
                "start",
                "end",
                "quote",
                "predicate_start",
                "predicate_end",
                "sentence",
                "subject",
                "predicate",
                "object",
                "value",
                "time",
                "until",
                "polarity",
                "modality",
                "attribution",
                "confidence",
                "rule"
            ]
        );
        let back: Claim = serde_json::from_value(json).unwrap();
        assert!(back.part_of.is_none() && back.part.is_none() && !back.retracted && !back.corroborating);
    }

    #[test]
    fn optional_fact_fields_are_left_out_when_empty() {
        let mut f = full_fact();
        f.measure = None;
        f.part = None;
        f.parts.clear();
        f.superseded = None;
        f.intra_source.clear();
        f.status = reconcile::FactStatus::SingleSource;
        let json = serde_json::to_value(WireFact::from(f)).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "id",
                "key",
                "subject",
                "predicate",
                "object",
                "time",
                "status",
                "value",
                "sides",
                "confidence",
                "evidence"
            ]
        );
        assert_eq!(json["status"], "single_source");
        // Read back with the optional fields absent.
        let back: WireFact = serde_json::from_value(json).unwrap();
        assert!(back.parts.is_empty() && back.superseded.is_none());
    }

    #[test]
    fn every_status_has_its_wire_name() {
        for (s, name) in [
            (reconcile::FactStatus::Agreed, "agreed"),
            (reconcile::FactStatus::Conflict, "conflict"),
            (reconcile::FactStatus::SingleSource, "single_source"),
            (reconcile::FactStatus::Superseded, "superseded"),
        ] {
            let wire = WireFactStatus::from(s);
            assert_eq!(serde_json::to_value(wire).unwrap(), name);
            assert_eq!(wire.as_str(), name);
        }
    }
}
