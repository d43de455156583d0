//! What reconciliation reads: claims placed in their sources, and the
//! sources' outlet names and publish dates. Internal types: the report writes
//! claims through its own wire type ([`crate::report::schema::Claim`]) and
//! converts both ways, so reconcile does not depend on the report's schema.

use serde::Deserialize;

/// An extracted claim placed in its source: its id, char offsets and quote.
///
/// `Deserialize` only so that tests can write a claim as the report spells
/// it; reports and the store read claims through the wire type.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Claim {
    /// `s1.c3`: the third claim of source `s1`.
    pub id: String,
    /// The source's id (`s1`).
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
    #[serde(default)]
    pub part_of: Option<String>,
    #[serde(flatten)]
    pub claim: crate::extract::claims::Claim,
}

/// What reconciliation reads of a source: its id, outlet name and publish date.
///
/// `Deserialize` (unknown fields ignored) only so that tests can write a
/// source as the report spells it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Source {
    pub id: String,
    /// The outlet: source trust is kept per outlet name.
    pub name: String,
    /// Publish date (YYYY-MM-DD), for supersession.
    pub published: Option<String>,
}
