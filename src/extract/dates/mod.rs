//! Dates and times: TIMEX3 DATE, TIME, DURATION and SET, normalized against the
//! publish date. (Rules land with the dates issue.)

use serde::{Deserialize, Serialize};

use super::Mention;
use crate::text::Document;

/// A TIMEX3-style value plus the interval it denotes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Timex {
    /// The TIMEX3 `value` string: "2026-04-27", "2025-10", "P8Y", "PRESENT_REF", "XXXX-WXX-1".
    pub value: String,
    /// First day of the interval the mention denotes ("2032" → "2032-01-01").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day of that interval ("2032" → "2032-12-31").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// "day", "week", "month", "quarter", "year", ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granularity: Option<String>,
    /// What a relative value was resolved against ("published:2026-04-27").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// TIMEX3 `mod`: APPROX, START, END, BEFORE, AFTER, EQUAL_OR_MORE, ...
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// "until" / "through" / "by" (an end bound) or "since" / "from" (a start bound).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<String>,
}

/// Finds the temporal expressions of one document.
pub fn extract(_doc: &Document) -> Vec<Mention> {
    Vec::new()
}
