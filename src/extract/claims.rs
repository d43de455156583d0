//! Claims: who did or said what to whom, for how much, when. (Rules land with
//! the claims issue.)

use serde::{Deserialize, Serialize};

use super::Mention;
use crate::text::Document;

/// One claim read from one sentence of one source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Claim {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Entity id of the subject.
    pub subject: Option<String>,
    pub predicate: String,
    pub object: Option<String>,
    /// Indices into the article's mentions that carry the value and time.
    pub value_mention: Option<usize>,
    pub rule: String,
}

/// Reads the claims of one document from its sentences and mentions.
pub fn extract(_doc: &Document, _mentions: &[Mention]) -> Vec<Claim> {
    Vec::new()
}
