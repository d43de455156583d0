//! Report schema v1: the wire types of `newsfacts report`.
//!
//! Offsets (`start`, `end`) are Unicode scalar value (char) offsets into the
//! source's stored text (`sources[i].text`), end exclusive. Ids are stable for
//! the same inputs in the same order: sources `s1`, `s2`, ...; mentions
//! `s1.m1`, ...; claims `s1.c1`, ...; facts `f1`, ...; entities by entity id.

use serde::{Deserialize, Serialize};

use crate::article::boilerplate::BoilerplateKind;
use crate::article::{Decoding, Format, MetaOrigin};
use crate::extract::MentionType;
use crate::extract::orgs::EntityKind;
use crate::reconcile::Fact;

pub const SCHEMA_ID: &str = "newsfacts/report/v2";

/// The previous version, still read by `merge` and `diff`: v2 renamed the
/// predicate classes to the event types of `data/events/` (each type lists
/// its v1 names as `aliases`) and added `measure` to claims and facts.
pub const SCHEMA_V1: &str = "newsfacts/report/v1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// "newsfacts/report/v2" (reports of v1 are read too).
    pub schema: String,
    pub generator: Generator,
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
    pub facts: Vec<Fact>,
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

/// A claim as reported: where it was read, then its fields (see
/// [`crate::extract::claims::Claim`]).
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
    #[serde(flatten)]
    pub claim: crate::extract::claims::Claim,
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
