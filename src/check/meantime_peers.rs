//! Peers on MEANTIME, scored like newsfacts: `check --meantime DIR
//! --export-text FILE` writes the corpus as one text (documents in corpus
//! order, a blank-line gap between them) for a peer runner of
//! `../shared/peers`, and `check --meantime DIR --peer FILE.jsonl` scores the
//! runner's mentions (Unicode char offsets into that text) with the same
//! token matching as ours: MONEY and PERCENT spans, named ORG spans, and
//! B-cubed with the lower-cased surface as the peer's entity id (spaCy gives
//! none: that is the string-identity baseline).

use std::collections::BTreeSet;

use anyhow::Context;

use super::Counts;
use super::meantime::{MeantimeDoc, gold_values, score_spans};
use super::meantime_orgs::{self, Class, SystemOrg};

/// What separates two documents in the exported text: paragraph runners never join them.
const GAP: &str = "\n\n\n";

/// The corpus as one text, and the char offset where each document starts.
pub fn corpus_text(docs: &[MeantimeDoc]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(docs.len());
    let mut chars = 0;
    for d in docs {
        starts.push(chars);
        text.push_str(&d.text);
        text.push_str(GAP);
        chars += d.text.chars().count() + GAP.len();
    }
    (text, starts)
}

/// One peer mention, from a JSON line of the peers' shape.
#[derive(Debug, serde::Deserialize)]
struct PeerMention {
    tool: String,
    #[serde(rename = "type")]
    kind: String,
    start: usize,
    end: usize,
    #[serde(default)]
    text: String,
}

/// Scores a peer's JSONL output over the exported corpus text.
pub fn run(docs: &[MeantimeDoc], jsonl: &str, origin: &str) -> anyhow::Result<String> {
    let (_, starts) = corpus_text(docs);
    let mut tool = String::new();
    // Per document: (type, char range in the document).
    let mut per_doc: Vec<Vec<(String, std::ops::Range<usize>, String)>> = vec![Vec::new(); docs.len()];
    for (n, line) in jsonl.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let m: PeerMention =
            serde_json::from_str(line).with_context(|| format!("{origin}: line {}: not a peer mention", n + 1))?;
        tool = m.tool;
        let d = starts.partition_point(|&s| s <= m.start).saturating_sub(1);
        let doc_chars = docs[d].text.chars().count();
        let local = m.start - starts[d]..m.end.saturating_sub(starts[d]);
        if local.end > doc_chars || local.start >= local.end {
            continue; // in the gap, or across two documents
        }
        per_doc[d].push((m.kind, local, m.text));
    }
    anyhow::ensure!(!tool.is_empty(), "{origin}: no peer mentions (did the peer run fail?)");
    let mut out = format!(
        "MEANTIME, peer {tool} ({origin}): {} documents, sentences 0-5\n",
        docs.len()
    );
    for value_type in ["MONEY", "PERCENT"] {
        let (mut strict, mut relaxed) = (Counts::default(), Counts::default());
        for (doc, mentions) in docs.iter().zip(&per_doc) {
            let system: Vec<BTreeSet<u32>> = mentions
                .iter()
                .filter(|(k, _, _)| k == value_type)
                .map(|(_, r, _)| doc.tokens_in(r))
                .filter(|t| !t.is_empty() && doc.in_annotated_sentences(t))
                .collect();
            let (s, r) = score_spans(&gold_values(doc, value_type), &system);
            strict.add(s);
            relaxed.add(r);
        }
        out.push_str(&format!(
            "  {value_type:<8} relaxed {}\n           strict  {}\n",
            relaxed.summary(),
            strict.summary()
        ));
    }
    let systems: Vec<Vec<SystemOrg>> = docs
        .iter()
        .zip(&per_doc)
        .map(|(doc, mentions)| {
            mentions
                .iter()
                .filter(|(k, _, _)| k == "ORG")
                .map(|(_, r, text)| SystemOrg {
                    tokens: doc.tokens_in(r),
                    class: Class::Named,
                    entity: text.to_lowercase(),
                })
                .filter(|s| !s.tokens.is_empty() && doc.in_annotated_sentences(&s.tokens))
                .collect()
        })
        .collect();
    let scores = meantime_orgs::score_systems(docs, &systems);
    let named = scores.relaxed(Class::Named);
    out.push_str(&format!(
        "  ORG named       relaxed {}\n  ORG B-cubed     P {:.3}  R {:.3}  F1 {:.3}  (surface string as id; {} matched mentions)\n",
        named.summary(),
        scores.bcubed.0,
        scores.bcubed.1,
        scores.bcubed_f1(),
        scores.bcubed_items
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::meantime::tests::XML;

    #[test]
    fn peer_mentions_are_scored_per_document_by_their_offsets_in_the_exported_text() {
        let docs = vec![
            MeantimeDoc::parse("gm/a", XML).unwrap(),
            MeantimeDoc::parse("gm/b", XML).unwrap(),
        ];
        let (text, starts) = corpus_text(&docs);
        assert_eq!(starts, vec![0, docs[0].text.chars().count() + 3]);
        assert_eq!(&text[starts[1]..starts[1] + 2], "GM");
        let percent = docs[0].text.find("45").unwrap();
        let line = |kind: &str, start: usize, end: usize| {
            format!(
                r#"{{"tool": "t", "type": "{kind}", "start": {start}, "end": {end}, "text": {}}}"#,
                serde_json::to_string(&text[start..end]).unwrap()
            )
        };
        let jsonl = [
            line("PERCENT", percent, percent + 4),     // doc a: right
            line("ORG", 3, 8),                         // doc a: "sales", wrong
            line("ORG", starts[1], starts[1] + 2),     // doc b: "GM", right
            line("ORG", starts[1] - 2, starts[1] + 2), // across the gap: dropped
        ]
        .join("\n");
        let out = run(&docs, &jsonl, "peer.jsonl").unwrap();
        assert!(out.contains("PERCENT  relaxed P 1.000  R 0.500"), "{out}");
        assert!(out.contains("ORG named       relaxed P 0.500  R 0.500"), "{out}");
        assert!(
            run(&docs, "", "empty.jsonl")
                .unwrap_err()
                .to_string()
                .contains("no peer mentions")
        );
        assert!(
            run(&docs, "{not json", "bad.jsonl")
                .unwrap_err()
                .to_string()
                .contains("bad.jsonl: line 1")
        );
    }
}
