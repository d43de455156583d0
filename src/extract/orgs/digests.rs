//! Companies named on the lines of a digest or a list of broker notes: a
//! name opening its line, a colon, then a share move or a rating ("Holt
//! Marine: down 2.1%", "Quayle Moss: outperform, target raised to 540p").
//! The words after the colon are `data/orgs/digest-words.tsv`, the measures
//! a name is not ("Revenue: up 4%") `data/orgs/digest-labels.tsv`. Rule
//! `org.digest_line`; the name spreads to its other occurrences.

use std::ops::Range;
use std::sync::LazyLock;

use super::{EntityKind, EntityRef, mention};
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType};
use crate::text::Document;

static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let t = super::tables::parse("digest-words.tsv", super::tables::DIGEST_WORDS, 1);
    t.rows.iter().map(|r| r[0]).collect()
});
static LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let t = super::tables::parse("digest-labels.tsv", super::tables::DIGEST_LABELS, 1);
    t.rows.iter().map(|r| r[0]).collect()
});

/// The name of one digest line (`line` without its end), as a range of the line.
fn name_of_line(line: &str) -> Option<Range<usize>> {
    let (head, rest) = line.split_once(": ")?;
    let first = rest
        .split([' ', ',', ';'])
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ')']);
    if !WORDS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return None;
    }
    // A move has its figure right after it ("down 4.6%"), or nothing:
    // "Milestones: up to $40m" is no share move.
    let after = rest[first.len()..].trim_start();
    let moved = ["up", "down", "higher", "lower"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(first));
    if moved && !after.is_empty() && !after.starts_with(|c: char| c.is_ascii_digit() || "$£€¥+-".contains(c)) {
        return None;
    }
    let lead = head.len() - head.trim_start_matches(['-', '*', '•', '–', ' ', '\t']).len();
    let name = head[lead..].trim_end();
    let words: Vec<&str> = name.split(' ').collect();
    let capital = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().all(|c| c.is_alphabetic() || "&.-'’".contains(c))
            && !super::context::not_org(w)
    };
    let shaped = (1..=4).contains(&words.len())
        && words.iter().all(|w| capital(w) || *w == "&")
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let label = LABELS.iter().any(|l| l.eq_ignore_ascii_case(words[0])) || super::rules::CALENDAR.contains(&words[0]);
    (shaped && !label).then_some(lead..lead + name.len())
}

/// The `org.digest_line` mentions of `doc` not overlapping `found` (sorted by start).
pub fn extract(doc: &Document, found: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.len() > 200 || !line.contains(": ") {
            continue;
        }
        let Some(r) = name_of_line(line) else { continue };
        let span = start + r.start..start + r.end;
        if super::overlapping(found, &span).next().is_some() {
            continue;
        }
        let value = EntityRef::named(&text[span.clone()], EntityKind::Company, 0.7);
        out.push(mention(MentionType::Org, span, value, Rule::OrgDigestLine));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::mentions_with_ids;
    use crate::extract::rule::Rule;

    fn check(file: &str, table: &'static str) {
        let t = super::super::tables::parse(file, table, 1);
        for (example, text, name) in t.examples {
            let text = text.replace("\\n", "\n");
            let got = mentions_with_ids(&text);
            let found = got.iter().any(|(t, _, _, _)| t == name);
            assert_eq!(found, example, "{text:?}: {name:?} {got:?}");
            if example {
                assert!(
                    got.iter().any(|(t, _, r, _)| t == name && *r == Rule::OrgDigestLine),
                    "{got:?}"
                );
            }
        }
    }

    /// The examples and counter-examples of `data/orgs/digest-words.tsv`.
    #[test]
    fn digest_table_examples() {
        check("digest-words.tsv", super::super::tables::DIGEST_WORDS);
    }

    /// The examples and counter-examples of `data/orgs/digest-labels.tsv`.
    #[test]
    fn digest_label_examples() {
        check("digest-labels.tsv", super::super::tables::DIGEST_LABELS);
    }
}
