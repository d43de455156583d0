//! "The Dow fell 300 points" is the index, "Dow said" the chemical company;
//! "the Nasdaq closed higher" is the index, "listed on the Nasdaq" the
//! exchange. A bare "Dow" or "Nasdaq" the catalogue reads as the company or
//! the exchange becomes the index when its sentence talks about the market
//! and the words right after it do not make it the company.
//!
//! | text | entity |
//! |---|---|
//! | "The Dow fell 300 points", "the Dow and the S&P 500 closed lower" | `dow-jones-industrial-average` (index) |
//! | "Dow said it would cut jobs", "Dow shares fell 3%", "Dow's chief executive" | `dow-inc` (company) |
//! | "the Nasdaq rose 1.2%", "the tech-heavy Nasdaq" | `nasdaq-composite` (index) |
//! | "listed on the Nasdaq", "Nasdaq-listed" | `nasdaq` (exchange) |

use super::gazetteer::GAZETTEER;
use super::{EntityRef, entity_of};
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

/// (catalogue id read, written forms, index id it becomes).
const AMBIGUOUS: &[(&str, &[&str], &str)] = &[
    ("dow-inc", &["Dow", "DOW"], "dow-jones-industrial-average"),
    ("nasdaq", &["Nasdaq", "NASDAQ"], "nasdaq-composite"),
];

/// Words of a sentence about the market.
const MARKET_WORDS: &[&str] = &[
    "points",
    "point",
    "closed",
    "close",
    "index",
    "indexes",
    "indices",
    "blue-chip",
    "blue",
    "industrials",
    "average",
    "tech-heavy",
    "benchmark",
    "futures",
    "rallied",
    "rally",
    "slid",
    "slumped",
    "tumbled",
    "plunged",
    "gained",
    "S&P",
    "composite",
    "Nikkei",
    "FTSE",
    "DAX",
    "stocks",
    "Wall",
];

/// Words right after the name that make it the company (or the exchange).
const COMPANY_AFTER: &[&str] = &[
    "shares", "stock", "said", "says", "Inc", "Inc.", "CEO", "'s", "’s", "-listed", "listed",
];

pub fn resolve(doc: &Document, found: &mut [Mention]) {
    let text = doc.text.as_str();
    for m in found.iter_mut() {
        if m.kind != MentionType::Org {
            continue;
        }
        let Some(e) = entity_of(m) else { continue };
        let written = &text[m.span.clone()];
        let Some(&(_, _, index)) = AMBIGUOUS
            .iter()
            .find(|(id, forms, _)| e.entity == *id && forms.contains(&written))
        else {
            continue;
        };
        let after = text[m.span.end..].trim_start();
        let company = COMPANY_AFTER.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        }) || text[m.span.end..].starts_with('-');
        let before = text[..m.span.start].trim_end();
        let exchange = ["listed on the", "trading on the", "traded on the", "listing on the"]
            .iter()
            .any(|p| before.ends_with(p));
        if company || exchange {
            continue;
        }
        let Some(sentence) = doc.sentence_at(m.span.start) else {
            continue;
        };
        let market = text[sentence.span.clone()]
            .split(|c: char| c.is_whitespace() || c == ',')
            .any(|w| MARKET_WORDS.contains(&w) || w.ends_with('%'));
        if let (true, Some(idx)) = (market, GAZETTEER.get(index)) {
            let mut r = EntityRef::of(idx, 0.85);
            r.via = Some(written.to_string());
            m.value = Value::Entity(r);
            m.rule = Rule::OrgMarketIndex;
        }
    }
}

#[cfg(test)]
mod tests {
    fn ids(text: &str) -> Vec<(String, String)> {
        super::super::mentions_with_ids(text)
            .into_iter()
            .map(|(t, id, _, _)| (t, id))
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn the_dow_in_market_sentences_is_the_index() {
        assert_eq!(
            ids("The Dow fell 300 points on Monday."),
            pairs(&[("The Dow", "dow-jones-industrial-average")])
        );
        assert_eq!(
            ids("The Dow and the Fed."),
            pairs(&[
                ("The Dow", "dow-jones-industrial-average"),
                ("the Fed", "federal-reserve")
            ])
        );
        assert_eq!(
            ids("Dow fell 300 points while the S&P 500 closed lower."),
            pairs(&[("Dow", "dow-jones-industrial-average"), ("S&P 500", "sp-500")])
        );
        assert_eq!(ids("Dow said it would cut 2,000 jobs."), pairs(&[("Dow", "dow-inc")]));
        assert_eq!(
            ids("Dow shares fell 3% after the report."),
            pairs(&[("Dow", "dow-inc")])
        );
    }

    #[test]
    fn the_nasdaq_is_the_index_or_the_exchange() {
        assert_eq!(
            ids("The tech-heavy Nasdaq rose 1.2% on Friday."),
            pairs(&[("Nasdaq", "nasdaq-composite")])
        );
        assert_eq!(
            ids("Kestrel Labs is listed on the Nasdaq since May."),
            pairs(&[("Kestrel Labs", "name:kestrel-labs"), ("Nasdaq", "nasdaq")])
        );
        assert_eq!(
            ids("The FTSE 100, the DAX and the Nikkei 225 slid; NYSE volumes rose."),
            pairs(&[
                ("FTSE 100", "ftse-100"),
                ("DAX", "dax"),
                ("Nikkei 225", "nikkei-225"),
                ("NYSE", "nyse")
            ])
        );
    }
}
