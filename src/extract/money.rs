//! Money and percentages: currency, exact decimal amount, scale word,
//! qualifier and range. (Rules land with the money issue.)

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Mention;
use crate::text::Document;

/// How exact the writer was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Exactness {
    #[default]
    Exact,
    Approx,
    AtMost,
    AtLeast,
    MoreThan,
    LessThan,
    Range,
}

/// A money or percentage figure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Amount {
    /// ISO 4217 code ("USD", "EUR"); absent for percentages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// "percent" or "percentage_point" for PERCENT mentions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The amount in units, exact ("$7.5 billion" → "7500000000").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub amount: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub min: Option<Decimal>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[schemars(with = "Option<String>")]
    pub max: Option<Decimal>,
    pub exactness: Exactness,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_word: Option<String>,
    /// "share", "barrel", "year" for rates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
}

/// Finds the money and percentage figures of one document.
pub fn extract(_doc: &Document) -> Vec<Mention> {
    Vec::new()
}
