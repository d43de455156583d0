//! A public body or bank named once in full is then written by its head
//! word alone, capitalized: "the European Commission fined Ocelia … The
//! Commission found that …", "the Financial Conduct Authority … the
//! Authority said", "the Bank of England … the Bank held rates". When the
//! text names exactly one organization with that head word, the bare word is
//! that organization (rule `org.backref`).
//!
//! | text | bare word | found |
//! |---|---|---|
//! | "European Commission … The Commission found" | "Commission" | `european-commission` |
//! | "Financial Conduct Authority … the Authority said" | "Authority" | the FCA |
//! | "Bank of England … the Bank held rates" | "Bank" | the Bank of England |
//! | "the Commission" and no commission named | — | nothing |
//! | "Deutsche Bank … Bank of England … the Bank" (two banks) | — | nothing |
//! | "European Commission … the commission" (lower case: a fee, a panel) | — | nothing |
//! | "European Commission … the Court of Justice" | — | nothing (another body, "of …" follows) |
//! | "District Court … the Supreme Court" | — | nothing (a longer capitalized name) |

use crate::extract::rule::Rule;

use super::{EntityKind, at_word_bounds, entity_of, mention};
use crate::extract::{Mention, MentionType};
use crate::text::Document;

/// Head words that refer back alone to the one body or bank the text names
/// with them (sorted: looked up by binary search).
static BACKREF_HEADS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let table = super::tables::parse("backref-heads.tsv", super::tables::BACKREF_HEADS, 1);
    table.rows.iter().map(|r| r[0]).collect()
});

/// The head word (index in [`BACKREF_HEADS`]) a name is made with: its
/// last word ("European Commission") or the word before its "of" part
/// ("Bank of England"); none for the bare word itself.
fn head_of(name: &str) -> Option<usize> {
    let mut words = name.split(' ').peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        let next = words.peek().copied();
        // Where a head may stand first (most words are neither last nor
        // before "of"), then the table.
        if ((next.is_none() && !first) || next == Some("of"))
            && let Ok(h) = BACKREF_HEADS.binary_search(&w)
        {
            return Some(h);
        }
        first = false;
    }
    None
}

/// Adds `org.backref` mentions to `found` (sorted by start).
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    let text = doc.text.as_str();
    let mut added = Vec::new();
    // Per head word, the organization the text names with it, and whether several are.
    let mut owners: Vec<(Option<&Mention>, bool)> = vec![(None, false); BACKREF_HEADS.len()];
    for m in found.iter() {
        let Some(e) = entity_of(m) else { continue };
        if m.kind != MentionType::Org || matches!(e.kind, EntityKind::Product | EntityKind::Index) {
            continue;
        }
        let Some(h) = head_of(&e.name).or_else(|| head_of(&text[m.span.clone()])) else {
            continue;
        };
        let (owner, several) = &mut owners[h];
        match owner {
            Some(o) if entity_of(o).is_some_and(|oe| oe.entity != e.entity) => *several = true,
            Some(_) => {}
            None => *owner = Some(m),
        }
    }
    for (head, &(owner, several)) in BACKREF_HEADS.iter().zip(&owners) {
        let (Some(owner), false) = (owner, several) else {
            continue;
        };
        let Some(value) = entity_of(owner) else { continue };
        for at in memchr::memmem::find_iter(text.as_bytes(), head.as_bytes()) {
            let span = at..at + head.len();
            // "Commission's" is the word too (the apostrophe bounds it).
            if !at_word_bounds(text, &span) {
                continue;
            }
            if super::overlapping(found, &span).next().is_some() {
                continue;
            }
            // Alone: no capitalized word right before it ("Supreme Court") but
            // "The" opening a sentence; no capitalized word or "of" part after.
            let before = text[..at]
                .strip_suffix(' ')
                .and_then(|h| h.rsplit([' ', '\n', '\t']).next());
            // "Antitrust: Commission fines" — a word closed by punctuation is no part of the name.
            let capital_before = before.is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w != "The" && w.ends_with(|c: char| c.is_alphanumeric())
            });
            let rest = &text[span.end..];
            let after = rest.strip_prefix(' ').unwrap_or("");
            let longer_after =
                rest.starts_with(' ') && (after.starts_with(char::is_uppercase) || after.starts_with("of "));
            if capital_before || longer_after {
                continue;
            }
            let mut v = value.clone();
            v.confidence = (v.confidence * 0.9).max(0.5);
            added.push(mention(MentionType::Org, span, v, Rule::OrgBackref));
        }
    }
    super::merge_sorted(found, added);
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::mentions_with_ids;
    use crate::extract::rule::Rule;

    /// (text, id) of the `org.backref` mentions.
    fn backrefs(text: &str) -> Vec<(String, String)> {
        mentions_with_ids(text)
            .into_iter()
            .filter(|(_, _, rule, _)| *rule == Rule::OrgBackref)
            .map(|(t, id, _, _)| (t, id))
            .collect()
    }

    /// The examples and counter-examples of `data/orgs/backref-heads.tsv`.
    #[test]
    fn backref_table_examples() {
        let table =
            crate::extract::orgs::tables::parse("backref-heads.tsv", crate::extract::orgs::tables::BACKREF_HEADS, 1);
        for (example, text, word) in table.examples {
            let found = backrefs(text).iter().any(|(t, _)| t == word);
            assert_eq!(found, example, "{text:?}: {word:?} {:?}", mentions_with_ids(text));
        }
    }

    #[test]
    fn a_bare_head_word_is_the_one_body_named_with_it() {
        let got = backrefs(
            "The European Commission fined Ocelia on Tuesday. The Commission found that Ocelia abused its position, and the Commission's decision can be appealed.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(t, id)| t == "Commission" && id == &got[0].1));
        let fca = backrefs(
            "The Financial Conduct Authority fined the lender. A spokesman for the Authority said the case was closed.",
        );
        assert_eq!(fca.len(), 1, "{fca:?}");
        assert_eq!(fca[0].0, "Authority");
        let boe = backrefs("The Bank of England held rates on Thursday. The Bank said inflation would ease.");
        assert_eq!(boe.len(), 1, "{boe:?}");
    }

    #[test]
    fn heads_are_sorted_for_binary_search() {
        assert!(super::BACKREF_HEADS.is_sorted());
        assert_eq!(
            super::head_of("Bank of England"),
            super::BACKREF_HEADS.binary_search(&"Bank").ok()
        );
        assert_eq!(
            super::head_of("European Commission"),
            super::BACKREF_HEADS.binary_search(&"Commission").ok()
        );
        assert_eq!(super::head_of("Commission"), None);
        assert_eq!(super::head_of("Commission Guidelines"), None);
    }

    #[test]
    fn no_body_named_two_bodies_lower_case_or_a_longer_name_give_nothing() {
        assert_eq!(
            backrefs("The Commission said it would look at the deal again next year.")[..],
            []
        );
        assert_eq!(
            backrefs("Deutsche Bank and the Bank of England met on Monday. The Bank said little.")[..],
            []
        );
        assert_eq!(
            backrefs("The European Commission approved it. The commission paid to brokers was small.")[..],
            []
        );
        assert_eq!(
            backrefs("The European Commission approved it, and the Court of Justice will hear the appeal.")[..],
            []
        );
        assert_eq!(
            backrefs("The District Court for Delaware ruled. The Supreme Court may hear the case.")[..],
            []
        );
    }
}
