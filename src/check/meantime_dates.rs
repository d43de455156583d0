//! Dates on MEANTIME: its TIMEX3 markables scored TempEval-3 style like TimeML
//! ([`super::timeml`]). The rules were written against TimeBank/AQUAINT and the
//! fixtures, not MEANTIME's TIMEX3, so this is the held-out figure.
//!
//! Gold = TIMEX3 in the annotated sentences (0–5) except the creation time
//! (the dateline, sentence 1), which is the publish date. System mentions are
//! kept in the same sentences and not on the dateline. Gold token sets become
//! char ranges of the rebuilt text (tokens joined by spaces), so strict match
//! means the same tokens.

use std::fmt::Write as _;

use super::meantime::{ANNOTATED_SENTENCES, MarkableKind, MeantimeDoc};
use super::timeml::{self, GoldTimex, TimemlDoc, TimemlScores};

/// The char range covering token ids `ids` of `doc` (first token's start to last token's end).
fn chars_of(doc: &MeantimeDoc, ids: &std::collections::BTreeSet<u32>) -> Option<std::ops::Range<usize>> {
    let mut spans = doc
        .tokens
        .iter()
        .filter(|t| ids.contains(&t.id))
        .map(|t| t.chars.clone());
    let first = spans.next()?;
    let end = spans.next_back().map_or(first.end, |r| r.end);
    Some(first.start..end)
}

/// A MEANTIME document as a TimeML one: its text, its creation date and gold TIMEX3s;
/// plus the char ranges where system mentions count (annotated sentences, not the dateline).
fn as_timeml(doc: &MeantimeDoc) -> Option<(TimemlDoc, std::ops::Range<usize>, Vec<std::ops::Range<usize>>)> {
    let dct = doc.dct.as_deref()?.parse().ok()?;
    let mut timexes = Vec::new();
    let mut creation = Vec::new();
    for m in &doc.markables {
        let MarkableKind::Timex {
            timex_type,
            value,
            function,
        } = &m.kind
        else {
            continue;
        };
        let Some(chars) = chars_of(doc, &m.tokens) else {
            continue;
        };
        if function == "CREATION_TIME" || doc.sentence_of(*m.tokens.first()?) == Some(1) {
            creation.push(chars);
        } else if doc.in_annotated_sentences(&m.tokens) {
            timexes.push(GoldTimex {
                start: chars.start,
                end: chars.end,
                kind: timex_type.clone(),
                value: value.clone(),
            });
        }
    }
    timexes.sort_by_key(|g| g.start);
    let annotated_end = doc
        .tokens
        .iter()
        .filter(|t| ANNOTATED_SENTENCES.contains(&t.sentence))
        .map(|t| t.chars.end)
        .max()
        .unwrap_or(0);
    let tml = TimemlDoc {
        name: doc.name.clone(),
        dct,
        text: doc.text.clone(),
        timexes,
    };
    Some((tml, 0..annotated_end, creation))
}

/// Scores the dates tagger on the MEANTIME documents `docs`.
pub fn score(docs: &[MeantimeDoc], errors: Option<&mut String>) -> TimemlScores {
    let mut scores = TimemlScores::default();
    let mut errors = errors;
    for doc in docs {
        let Some((tml, annotated, creation)) = as_timeml(doc) else {
            continue;
        };
        let found: Vec<_> = timeml::tag(&tml)
            .into_iter()
            .filter(|s| s.end <= annotated.end)
            .filter(|s| !creation.iter().any(|c| s.start < c.end && c.start < s.end))
            .collect();
        timeml::score_doc(&tml, &found, &mut scores, errors.as_deref_mut());
    }
    scores
}

/// The "DATES" section of `check --meantime`.
pub fn run(docs: &[MeantimeDoc], errors: bool) -> String {
    let mut error_lines = String::new();
    let scores = score(docs, errors.then_some(&mut error_lines));
    let mut out = String::new();
    for line in error_lines.lines() {
        let _ = writeln!(out, "  - {line}");
    }
    let _ = writeln!(
        out,
        "  DATES (TIMEX3; rules are not tuned on it): {} gold, {} found",
        scores.gold, scores.system
    );
    for line in timeml::figures(&scores).lines() {
        let _ = writeln!(out, "  {line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::meantime::tests::XML;

    #[test]
    fn gold_timexes_are_scored_and_the_dateline_is_not() {
        // The test document has the dateline "April 1" (creation time) and no other
        // TIMEX3; add one gold DATE over "45 %" tokens to see a miss counted.
        let doc = MeantimeDoc::parse("gm/x", XML).unwrap();
        let scores = score(std::slice::from_ref(&doc), None);
        // The tagger finds "April 1" on the dateline: it is neither gold nor counted.
        assert_eq!((scores.gold, scores.system), (0, 0));
        let with_gold = XML.replace(
            "<ENTITY TAG",
            r#"<TIMEX3 anchorTimeID="3" functionInDocument="NONE" m_id="4" type="DATE" value="2009">
<token_anchor t_id="1"/>
</TIMEX3>
<ENTITY TAG"#,
        );
        let doc = MeantimeDoc::parse("gm/x", &with_gold).unwrap();
        let mut lines = String::new();
        let scores = score(std::slice::from_ref(&doc), Some(&mut lines));
        assert_eq!((scores.gold, scores.relaxed.fn_), (1, 1), "{lines}");
        assert!(lines.contains("MISS DATE \"GM\" 2009"), "{lines}");
    }
}
