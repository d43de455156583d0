//! Companies, organizations and the people who speak for them, resolved to one
//! entity id across aliases, tickers and epithets. (Rules land with the
//! organizations issue.)

use serde::{Deserialize, Serialize};

use super::Mention;
use crate::text::Document;

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    #[default]
    Company,
    Organization,
    Publisher,
    Government,
    Product,
    Person,
}

/// The entity a mention refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EntityRef {
    /// Stable id, the same in every source and report: "microsoft", "cik:789019", "name:acme-robotics".
    pub entity: String,
    /// Canonical name ("Microsoft").
    pub name: String,
    pub kind: EntityKind,
}

/// What the report says about an entity beyond its mentions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityInfo {
    pub aliases: Vec<String>,
    pub ticker: Option<String>,
    pub cik: Option<u64>,
    pub parent: Option<String>,
}

/// Catalogue data about an entity id, when the gazetteer knows it.
pub fn entity_info(_entity: &str) -> Option<EntityInfo> {
    None
}

/// Finds the organizations and persons of one document.
pub fn extract(_doc: &Document) -> Vec<Mention> {
    Vec::new()
}
