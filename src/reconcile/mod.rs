//! Reconciliation: claims from every source grouped into facts that are
//! agreed, in conflict, or single-source. (Rules land with the claims issue.)

use serde::{Deserialize, Serialize};

use crate::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    Agreed,
    Conflict,
    SingleSource,
    Superseded,
}

/// Where a fact was read: a claim in one source, with the quote and its offsets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Evidence {
    pub source: String,
    pub claim: String,
    pub sentence: usize,
    /// Char offsets of the sentence in the source's stored text.
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

/// Claims about one thing, reconciled across sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Fact {
    pub id: String,
    pub key: String,
    pub status: FactStatus,
    pub value: serde_json::Value,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

/// Reconciles the claims of all analysed sources into facts.
pub fn reconcile(_analyses: &[Analysis]) -> Vec<Fact> {
    Vec::new()
}
