//! The word tables of the organization rules, kept as data in `data/orgs/`
//! with their examples and counter-examples (one table per meaning):
//!
//! | file | meaning | read by |
//! |---|---|---|
//! | `heads.tsv` | last words of a name, with the kind of organization they make | [`super::rules`] |
//! | `head-first.tsv` | first words of Romance-language names ("Grupo Mavesa", "Comisión Nacional de Energía"), with their kind | [`super::rules`] |
//! | `descriptors.tsv` | trade words later mentions drop ("Altair Engineering" → "Altair") | [`super::propagate`] |
//! | `lead-words.tsv` | first words later mentions drop ("Grupo Mavesa" → "Mavesa", "PT Lintas Baruna" → "Lintas Baruna") | [`super::propagate`] |
//! | `institution-heads.tsv` | institutions no company name goes on into | [`super::story`] |
//! | `backref-heads.tsv` | head words that refer back alone ("the Commission") | [`super::backref`] |
//! | `portfolio-words.tsv` | a ministry's fields, joined by "," and "and" in its "of" part ("Ministry of Commerce and Industry") | [`super::rules`] |
//! | `places.tsv` | countries, regions and cities: never a company found by context | [`super::context`] |
//! | `digest-words.tsv`, `digest-labels.tsv` | a digest line's move or rating after a company, and the measures that are none | [`super::digests`] |
//! | `cue-words.tsv` | trade and role nouns before a name ("broker X") | [`super::rules`] |
//! | `rating-verbs.tsv` | verbs and nouns after a name that moves its rating, target or forecast | [`super::rules`] |
//! | `reference-heads.tsv`, `reference-kinds.tsv`, `reference-cues.tsv` | nouns that refer back to a named company ("the lender"), the name words that give a company's kind, and the words that keep a company from being the antecedent | [`super::epithets`] |
//!
//! A table is tab-separated: `#` comments, data rows, and example rows that
//! open with `+` (an example: the rule applies) or `-` (a counter-example).
//! The tables are bundled into the binary, so a malformed row is a build
//! error caught by the tests, never an input error.

/// One parsed table: its data rows (columns) and its example rows.
pub(crate) struct Table {
    pub rows: Vec<Vec<&'static str>>,
    /// (example or counter-example, first column, second column).
    pub examples: Vec<(bool, &'static str, &'static str)>,
}

/// Parses a bundled table whose data rows have `columns` columns.
pub(crate) fn parse(file: &str, text: &'static str, columns: usize) -> Table {
    let mut table = Table {
        rows: Vec::new(),
        examples: Vec::new(),
    };
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&'static str> = line.split('\t').collect();
        match cols[0] {
            sign @ ("+" | "-") => {
                assert!(
                    cols.len() == 3,
                    "data/orgs/{file}:{}: an example has a sign and two columns",
                    n + 1
                );
                table.examples.push((sign == "+", cols[1], cols[2]));
            }
            _ => {
                assert!(
                    cols.len() == columns,
                    "data/orgs/{file}:{}: expected {columns} columns",
                    n + 1
                );
                table.rows.push(cols);
            }
        }
    }
    table
}

pub(crate) const HEADS: &str = include_str!("../../../data/orgs/heads.tsv");
pub(crate) const DESCRIPTORS: &str = include_str!("../../../data/orgs/descriptors.tsv");
pub(crate) const HEAD_FIRST: &str = include_str!("../../../data/orgs/head-first.tsv");
pub(crate) const LEAD_WORDS: &str = include_str!("../../../data/orgs/lead-words.tsv");
pub(crate) const INSTITUTION_HEADS: &str = include_str!("../../../data/orgs/institution-heads.tsv");
pub(crate) const BACKREF_HEADS: &str = include_str!("../../../data/orgs/backref-heads.tsv");
pub(crate) const PLACES: &str = include_str!("../../../data/orgs/places.tsv");
pub(crate) const DIGEST_WORDS: &str = include_str!("../../../data/orgs/digest-words.tsv");
pub(crate) const DIGEST_LABELS: &str = include_str!("../../../data/orgs/digest-labels.tsv");
pub(crate) const CUE_WORDS: &str = include_str!("../../../data/orgs/cue-words.tsv");
pub(crate) const RATING_VERBS: &str = include_str!("../../../data/orgs/rating-verbs.tsv");
pub(crate) const REFERENCE_HEADS: &str = include_str!("../../../data/orgs/reference-heads.tsv");
pub(crate) const REFERENCE_KINDS: &str = include_str!("../../../data/orgs/reference-kinds.tsv");
pub(crate) const REFERENCE_CUES: &str = include_str!("../../../data/orgs/reference-cues.tsv");
pub(crate) const PORTFOLIOS: &str = include_str!("../../../data/orgs/portfolio-words.tsv");
pub(crate) const LIST_HEADS: &str = include_str!("../../../data/orgs/list-heads.tsv");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_tables_parse_with_examples_of_both_signs() {
        for (file, text, columns) in [
            ("heads.tsv", HEADS, 3),
            ("descriptors.tsv", DESCRIPTORS, 2),
            ("head-first.tsv", HEAD_FIRST, 3),
            ("lead-words.tsv", LEAD_WORDS, 2),
            ("institution-heads.tsv", INSTITUTION_HEADS, 1),
            ("backref-heads.tsv", BACKREF_HEADS, 1),
            ("places.tsv", PLACES, 2),
            ("digest-words.tsv", DIGEST_WORDS, 1),
            ("digest-labels.tsv", DIGEST_LABELS, 1),
            ("cue-words.tsv", CUE_WORDS, 2),
            ("rating-verbs.tsv", RATING_VERBS, 2),
            ("reference-heads.tsv", REFERENCE_HEADS, 2),
            ("reference-kinds.tsv", REFERENCE_KINDS, 2),
            ("reference-cues.tsv", REFERENCE_CUES, 2),
            ("list-heads.tsv", LIST_HEADS, 1),
            ("portfolio-words.tsv", PORTFOLIOS, 1),
        ] {
            let t = parse(file, text, columns);
            assert!(t.rows.len() >= 10, "{file}: {} rows", t.rows.len());
            assert!(
                t.examples.iter().any(|e| e.0) && t.examples.iter().any(|e| !e.0),
                "{file}"
            );
        }
        let t = parse("x.tsv", "# c\n\nBank\tcompany\n+\ta\tb\n-\tc\td\n", 2);
        assert_eq!(t.rows, vec![vec!["Bank", "company"]]);
        assert_eq!(t.examples, vec![(true, "a", "b"), (false, "c", "d")]);
    }
}
