//! Mentions: what the rule families find in one article.
//!
//! Each family (`dates`, `money`, `orgs`) reads a [`Document`] and returns
//! [`Mention`]s with byte spans into `Document::text` and a stable rule id
//! (`date.relative.weekday`, `money.qualified`, `org.gazetteer`). This module
//! runs them, settles overlaps between families, and sorts the result.
//! `claims` then reads the sentences and the mentions together.

pub mod claims;
pub mod dates;
pub mod money;
pub mod orgs;
pub mod rule;

use crate::extract::rule::Rule;
use std::cmp::Reverse;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::text::Document;

/// Mention types, as written in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum MentionType {
    Date,
    Time,
    Duration,
    Set,
    Money,
    Percent,
    Org,
    Person,
}

impl MentionType {
    pub const ALL: [MentionType; 8] = [
        Self::Date,
        Self::Time,
        Self::Duration,
        Self::Set,
        Self::Money,
        Self::Percent,
        Self::Org,
        Self::Person,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
            Self::Money => "MONEY",
            Self::Percent => "PERCENT",
            Self::Org => "ORG",
            Self::Person => "PERSON",
        }
    }

    pub fn is_temporal(self) -> bool {
        matches!(self, Self::Date | Self::Time | Self::Duration | Self::Set)
    }

    /// Which family wins when mentions of two families overlap by the same length:
    /// a figure's digits are never a year ("$2,032"), and a name is never a date.
    fn overlap_priority(self) -> u8 {
        match self {
            Self::Money | Self::Percent => 3,
            Self::Date | Self::Time | Self::Duration | Self::Set => 2,
            Self::Org | Self::Person => 1,
        }
    }
}

impl std::fmt::Display for MentionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The normalized value of a mention, by family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Value {
    Timex(dates::Timex),
    Amount(money::Amount),
    Entity(orgs::EntityRef),
}

/// One thing found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub kind: MentionType,
    /// Byte range in `Document::text`.
    pub span: Range<usize>,
    pub value: Value,
    /// Stable id of the rule that found it, e.g. `date.relative.weekday`.
    pub rule: Rule,
    /// Inside an ad, event banner or subscription prompt: kept, but claims ignore it.
    pub boilerplate: bool,
}

impl Mention {
    pub fn new(kind: MentionType, span: Range<usize>, value: Value, rule: Rule) -> Self {
        Self {
            kind,
            span,
            value,
            rule,
            boilerplate: false,
        }
    }
}

/// Runs every rule family on one document.
pub fn extract(doc: &Document) -> Vec<Mention> {
    // One windowing pass for all families: each window's Document is built once.
    settle_overlaps(windowed(doc, every_family))
}

fn every_family(doc: &Document) -> Vec<Mention> {
    let mut all = dates::extract(doc);
    all.extend(money::extract(doc));
    all.extend(orgs::extract(doc));
    all
}

/// Largest stretch of text a family sees at once. News articles are a few
/// kilobytes and fit whole; a larger input is cut at sentence starts so that
/// rules whose cost grows with the mentions already found (anaphora,
/// epithets, name propagation) stay linear in the input. What is lost:
/// references across a cut, in inputs over this size only.
pub const WINDOW_BYTES: usize = 32 * 1024;

/// Runs `family` on `doc` whole, or window by window when it is larger than
/// [`WINDOW_BYTES`], with spans shifted back into `doc`.
pub fn windowed(doc: &Document, family: fn(&Document) -> Vec<Mention>) -> Vec<Mention> {
    if doc.text.len() <= WINDOW_BYTES {
        return family(doc);
    }
    let mut out = Vec::new();
    for window in windows(doc) {
        let sub = doc.part(window.clone());
        out.extend(family(&sub).into_iter().map(|mut m| {
            m.span = m.span.start + window.start..m.span.end + window.start;
            m
        }));
    }
    out
}

/// Consecutive byte ranges covering `doc.text`, each at most [`WINDOW_BYTES`]
/// long, cut at the last sentence start that fits, else at the last white
/// space, else at a char boundary.
fn windows(doc: &Document) -> Vec<Range<usize>> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > WINDOW_BYTES {
        let limit = start + WINDOW_BYTES;
        let first_after = doc.sentences.partition_point(|s| s.span.start <= limit);
        let by_sentence = doc.sentences[..first_after]
            .last()
            .map(|s| s.span.start)
            .filter(|&c| c > start);
        let cut = by_sentence
            .or_else(|| {
                text[start..limit]
                    .rfind(char::is_whitespace)
                    .map(|i| start + i + 1)
                    .filter(|&c| c > start)
            })
            .unwrap_or_else(|| {
                (start + 1..=limit)
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(limit)
            });
        out.push(start..cut);
        start = cut;
    }
    out.push(start..text.len());
    out
}

/// Keeps, among mentions of different families that overlap, the longest
/// (ties by family priority); mentions of one family are that family's business
/// and are all kept. Output is sorted by start, then end.
pub fn settle_overlaps(mut all: Vec<Mention>) -> Vec<Mention> {
    // Only mentions linked by overlaps can displace each other, so the work is
    // done per group of overlapping mentions; most groups are one mention or one
    // family, and all of those stay.
    let mut by_position: Vec<usize> = (0..all.len()).collect();
    by_position.sort_unstable_by_key(|&i| (all[i].span.start, i));
    let mut kept: Vec<usize> = Vec::with_capacity(all.len());
    let mut group: Vec<usize> = Vec::new();
    let mut group_end = 0;
    for &i in &by_position {
        if !group.is_empty() && all[i].span.start >= group_end {
            settle_group(&all, &group, &mut kept);
            group.clear();
        }
        group_end = if group.is_empty() {
            all[i].span.end
        } else {
            group_end.max(all[i].span.end)
        };
        group.push(i);
    }
    settle_group(&all, &group, &mut kept);
    // Kept mentions with the same start, end and type keep their input order
    // (the order in which settling, strongest first, kept them).
    kept.sort_unstable_by_key(|&i| (all[i].span.start, all[i].span.end, all[i].kind, i));
    // Moved out once each; what is left in `all` is dropped.
    let placeholder = || {
        Mention::new(
            MentionType::Date,
            0..0,
            Value::Timex(dates::Timex::default()),
            Rule::Test,
        )
    };
    kept.into_iter()
        .map(|i| std::mem::replace(&mut all[i], placeholder()))
        .collect()
}

/// Adds to `kept` the mentions of `group` (indices into `all`, one group of
/// overlapping mentions) that no stronger mention of another family overlaps.
fn settle_group(all: &[Mention], group: &[usize], kept: &mut Vec<usize>) {
    let family = |i: usize| all[i].kind.overlap_priority();
    if group.iter().all(|&i| family(i) == family(group[0])) {
        kept.extend_from_slice(group);
        return;
    }
    // Strongest first, so each mention only has to look at the ones already
    // kept; the index last keeps ties in input order.
    let mut order: Vec<(Reverse<usize>, Reverse<u8>, usize, usize)> = group
        .iter()
        .map(|&i| (Reverse(all[i].span.len()), Reverse(family(i)), all[i].span.start, i))
        .collect();
    order.sort_unstable();
    let mut group_kept: Vec<usize> = Vec::with_capacity(group.len());
    // (start, usize::MAX - position in `group_kept`): walked backwards, starts come
    // nearest first and, at one start, the earlier kept first.
    let mut by_start: std::collections::BTreeSet<(usize, usize)> = std::collections::BTreeSet::new();
    for &(_, Reverse(m_family), _, m) in &order {
        let m_span = &all[m].span;
        // Kept mentions are at least as long as `m`, so any that overlaps starts
        // within one kept-length before `m` ends; scan starts before m.end, nearest
        // first, at most 64, and stop where even the longest kept mention (the
        // first kept) would end before `m`.
        let longest = group_kept.first().map_or(0, |&k| all[k].span.len());
        let clash = by_start
            .range(..(m_span.end, 0))
            .rev()
            .take_while(|&&(start, _)| start + longest > m_span.start)
            .take(64)
            .any(|&(_, pos)| {
                let k: &Mention = &all[group_kept[usize::MAX - pos]];
                k.span.start < m_span.end && m_span.start < k.span.end && k.kind.overlap_priority() != m_family
            });
        if !clash {
            by_start.insert((m_span.start, usize::MAX - group_kept.len()));
            group_kept.push(m);
        }
    }
    kept.extend(group_kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timex(v: &str) -> Value {
        Value::Timex(dates::Timex {
            value: v.into(),
            ..Default::default()
        })
    }

    #[test]
    fn windows_cover_the_text_cut_at_sentence_starts() {
        let sentence = "Amazon said on Monday it would invest $4 billion in Anthropic. ";
        let text = sentence.repeat(2 * WINDOW_BYTES / sentence.len() + 3);
        let doc = Document::new(&text, None);
        let cuts = windows(&doc);
        assert!(cuts.len() >= 3);
        assert_eq!(cuts.first().unwrap().start, 0);
        assert_eq!(cuts.last().unwrap().end, text.len());
        for pair in cuts.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(text[pair[1].start..].starts_with("Amazon"), "cut at a sentence start");
        }
        assert!(cuts.iter().all(|w| w.len() <= WINDOW_BYTES));
        // One long run without sentences or spaces is still cut, on char boundaries.
        let blob = "é".repeat(WINDOW_BYTES);
        let doc = Document::new(&blob, None);
        let cuts = windows(&doc);
        assert!(
            cuts.len() >= 2
                && cuts
                    .iter()
                    .all(|w| blob.is_char_boundary(w.start) && w.len() <= WINDOW_BYTES)
        );
    }

    #[test]
    fn windowed_spans_point_into_the_whole_document() {
        fn every_amazon(doc: &Document) -> Vec<Mention> {
            doc.text
                .match_indices("Amazon")
                .map(|(i, _)| Mention::new(MentionType::Org, i..i + 6, timex("x"), Rule::Test))
                .collect()
        }
        let text = "Amazon rose. ".repeat(WINDOW_BYTES / 6);
        let doc = Document::new(&text, None);
        let found = windowed(&doc, every_amazon);
        assert_eq!(found.len(), text.matches("Amazon").count());
        assert!(found.iter().all(|m| &text[m.span.clone()] == "Amazon"));
    }

    proptest::proptest! {
        #[test]
        fn settling_keeps_what_the_definition_keeps(
            spans in proptest::collection::vec((0usize..300, 1usize..80, 0usize..3), 0..60),
        ) {
            let kinds = [MentionType::Money, MentionType::Date, MentionType::Org];
            let all: Vec<Mention> = spans
                .iter()
                .map(|&(s, len, k)| Mention::new(kinds[k], s..s + len, timex("x"), Rule::Test))
                .collect();
            // By definition: strongest first, a mention stays unless it overlaps
            // one already kept of another family.
            let mut by_strength = all.clone();
            by_strength.sort_by(|a, b| {
                (b.span.len(), b.kind.overlap_priority(), a.span.start).cmp(&(
                    a.span.len(),
                    a.kind.overlap_priority(),
                    b.span.start,
                ))
            });
            let mut want: Vec<Mention> = Vec::new();
            for m in by_strength {
                let clash = want.iter().any(|k| {
                    k.span.start < m.span.end
                        && m.span.start < k.span.end
                        && k.kind.overlap_priority() != m.kind.overlap_priority()
                });
                if !clash {
                    want.push(m);
                }
            }
            want.sort_by_key(|m| (m.span.start, m.span.end, m.kind));
            proptest::prop_assert_eq!(settle_overlaps(all), want);
        }
    }

    #[test]
    fn settling_looks_at_the_64_nearest_kept_mentions_only() {
        // A long date, 70 short dates inside it (one family: all kept), then an
        // organization near the end: its 64 nearest kept mentions are the short
        // dates, which it does not overlap, so the long one is never reached.
        let mut all = vec![Mention::new(MentionType::Date, 0..1000, timex("long"), Rule::Test)];
        all.extend(
            (0..70).map(|i| Mention::new(MentionType::Date, 200 + 10 * i..205 + 10 * i, timex("x"), Rule::Test)),
        );
        let late_org = Mention::new(MentionType::Org, 900..903, timex("org"), Rule::Test);
        all.push(late_org.clone());
        let early_org = Mention::new(MentionType::Org, 100..103, timex("org"), Rule::Test);
        all.push(early_org.clone());
        let got = settle_overlaps(all);
        assert_eq!(got.len(), 72);
        assert!(got.contains(&late_org) && !got.contains(&early_org));
    }

    #[test]
    fn money_beats_a_year_inside_it_and_same_family_overlaps_stay() {
        let money = Mention::new(
            MentionType::Money,
            0..6,
            Value::Amount(money::Amount::default()),
            Rule::Test,
        );
        let year = Mention::new(MentionType::Date, 2..6, timex("2032"), Rule::Test);
        let other_date = Mention::new(MentionType::Date, 3..9, timex("X"), Rule::Test);
        let got = settle_overlaps(vec![year, money.clone(), other_date]);
        assert_eq!(got, vec![money]);
        let a = Mention::new(MentionType::Date, 0..4, timex("2030"), Rule::Test);
        let b = Mention::new(MentionType::Date, 2..8, timex("2031"), Rule::Test);
        assert_eq!(settle_overlaps(vec![b.clone(), a.clone()]), vec![a, b]);
    }
}
