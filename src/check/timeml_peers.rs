//! Peers on TimeML, scored like newsfacts: `check --timeml DIR --export-text
//! OUT` writes each document's text as `OUT/<n>.txt` and `OUT/index.tsv`
//! (file, DCT, document name), so a date tool of `../shared/peers` can run on
//! each document with its own DCT (`scripts/peers-timeml.sh` does it and tags
//! each JSON line with `"doc"`); `check --timeml DIR --peer FILE.jsonl` then
//! scores those mentions with the same TempEval-3 matching as ours. Peers give
//! DATE only, so every peer mention counts as a DATE; values are compared as
//! the strings the peer prints.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;

use super::timeml::{self, SystemTimex, TimemlDoc, TimemlScores};

/// The documents' export names and the index line of each.
fn export_name(n: usize) -> String {
    format!("{n:04}.txt")
}

/// Writes every document's text and the index to `out` (a folder, created).
pub fn export(docs: &[TimemlDoc], out: &Path) -> anyhow::Result<String> {
    std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create folder", out.display()))?;
    let mut index = String::new();
    for (n, doc) in docs.iter().enumerate() {
        let file = export_name(n);
        crate::report::write::write_atomic(&out.join(&file), doc.text.as_bytes())?;
        let _ = writeln!(index, "{file}\t{}\t{}", doc.dct, doc.name);
    }
    crate::report::write::write_atomic(&out.join("index.tsv"), index.as_bytes())?;
    Ok(format!(
        "{}: {} TimeML documents and index.tsv (file, DCT, name)\n",
        out.display(),
        docs.len()
    ))
}

/// One peer mention of the peers' JSON shape, tagged with its document.
#[derive(Debug, serde::Deserialize)]
struct PeerMention {
    tool: String,
    doc: String,
    start: usize,
    end: usize,
    #[serde(default)]
    value: Option<String>,
}

/// Scores a peer's JSONL (one line per mention, with `"doc"` = the exported file name).
pub fn score(docs: &[TimemlDoc], jsonl: &str, origin: &str) -> anyhow::Result<(String, TimemlScores)> {
    let mut tool = String::new();
    let mut per_doc: HashMap<String, Vec<SystemTimex>> = HashMap::new();
    for (n, line) in jsonl.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let m: PeerMention = serde_json::from_str(line)
            .with_context(|| format!("{origin}: line {}: not a peer mention with \"doc\"", n + 1))?;
        tool = m.tool;
        per_doc.entry(m.doc).or_default().push(SystemTimex {
            start: m.start,
            end: m.end,
            kind: "DATE",
            value: m.value.unwrap_or_default(),
            rule: "peer",
        });
    }
    anyhow::ensure!(!tool.is_empty(), "{origin}: no peer mentions (did the peer run fail?)");
    let mut scores = TimemlScores::default();
    for (n, doc) in docs.iter().enumerate() {
        let mut found = per_doc.remove(&export_name(n)).unwrap_or_default();
        found.sort_by_key(|s| s.start);
        timeml::score_doc(doc, &found, &mut scores, None);
    }
    Ok((tool, scores))
}

/// `check --timeml DIR --peer FILE.jsonl`: the peer's TempEval-3 figures.
pub fn run(docs: &[TimemlDoc], jsonl: &str, origin: &str) -> anyhow::Result<String> {
    let (tool, scores) = score(docs, jsonl, origin)?;
    Ok(format!(
        "timeml, peer {tool} ({origin}): {} docs, {} gold TIMEX3, {} found\n{}",
        scores.docs,
        scores.gold,
        scores.system,
        timeml::figures(&scores)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::timeml::GoldTimex;

    fn doc(name: &str) -> TimemlDoc {
        TimemlDoc {
            name: name.into(),
            dct: jiff::civil::date(1989, 10, 26),
            text: "Sales rose yesterday.".into(),
            timexes: vec![GoldTimex {
                start: 11,
                end: 20,
                kind: "DATE".into(),
                value: "1989-10-25".into(),
            }],
        }
    }

    #[test]
    fn peer_mentions_are_scored_per_exported_document() {
        let docs = vec![doc("a.tml"), doc("b.tml")];
        let dir = std::env::temp_dir().join(format!("newsfacts-timeml-export-{}", std::process::id()));
        export(&docs, &dir).unwrap();
        let index = std::fs::read_to_string(dir.join("index.tsv")).unwrap();
        assert_eq!(index, "0000.txt\t1989-10-26\ta.tml\n0001.txt\t1989-10-26\tb.tml\n");
        assert_eq!(
            std::fs::read_to_string(dir.join("0001.txt")).unwrap(),
            "Sales rose yesterday."
        );
        std::fs::remove_dir_all(&dir).unwrap();
        let jsonl = [
            r#"{"tool": "t", "doc": "0000.txt", "type": "DATE", "start": 11, "end": 20, "value": "1989-10-25"}"#,
            r#"{"tool": "t", "doc": "0001.txt", "type": "DATE", "start": 11, "end": 15, "value": null}"#,
            r#"{"tool": "t", "doc": "0001.txt", "type": "DATE", "start": 0, "end": 5, "value": "1989"}"#,
        ]
        .join("\n");
        let (tool, s) = score(&docs, &jsonl, "peer.jsonl").unwrap();
        assert_eq!(tool, "t");
        assert_eq!((s.strict.tp, s.relaxed.tp, s.relaxed.fp, s.value_right), (1, 2, 1, 1));
        assert!(
            score(&docs, "{}", "bad.jsonl")
                .unwrap_err()
                .to_string()
                .contains("bad.jsonl: line 1")
        );
    }
}
