//! The MEANTIME corpus (NewsReader, English Wikinews; CAT XML): a reader and
//! the span scoring that the money, percent and organization checks share.
//!
//! MEANTIME has no raw text: each sentence is rebuilt by joining its tokens
//! with single spaces, sentences joined by "\n" (as the corpus README
//! prescribes), and system spans are mapped back to token ids. Strict match =
//! same token set, relaxed = any shared token. Document-level annotation
//! covers sentences 0–5 only, so scores are computed there; sentence 1 is the
//! dateline, whose date is the creation time (passed as the publish date).

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use anyhow::Context;
use regex::Regex;

use super::Counts;

/// Sentences of a document that carry document-level annotation.
pub const ANNOTATED_SENTENCES: Range<usize> = 0..6;

#[derive(Debug, Clone)]
pub struct Token {
    pub id: u32,
    pub sentence: usize,
    /// Char range in [`MeantimeDoc::text`].
    pub chars: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkableKind {
    /// An entity mention; `syntactic_type` is NAM, NOM, PRO, ... or empty.
    EntityMention { syntactic_type: String },
    /// MONEY, PERCENT or QUANTITY.
    Value { value_type: String },
    Timex {
        timex_type: String,
        value: String,
        function: String,
    },
}

#[derive(Debug, Clone)]
pub struct Markable {
    pub m_id: String,
    pub kind: MarkableKind,
    pub tokens: BTreeSet<u32>,
}

#[derive(Debug, Clone)]
pub struct Entity {
    pub ent_type: String,
    pub instance_id: String,
    pub descriptor: String,
    pub external_ref: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MeantimeDoc {
    /// Topic folder (airbus, apple, gm) and file stem.
    pub name: String,
    pub text: String,
    pub tokens: Vec<Token>,
    pub markables: Vec<Markable>,
    /// ENTITY elements by m_id.
    pub entities: HashMap<String, Entity>,
    /// Mention m_id → ENTITY m_id (REFERS_TO).
    pub refers_to: HashMap<String, String>,
    /// The creation time (YYYY-MM-DD), from the dateline TIMEX3.
    pub dct: Option<String>,
}

fn attrs(s: &str) -> HashMap<String, String> {
    static ATTR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"([\w:]+)="([^"]*)""#).unwrap());
    ATTR.captures_iter(s)
        .map(|c| (c[1].to_string(), unescape(&c[2])))
        .collect()
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

impl MeantimeDoc {
    pub fn parse(name: &str, xml: &str) -> anyhow::Result<Self> {
        static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<token ([^>]*)>([^<]*)</token>"#).unwrap());
        static MARKABLE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r#"(?s)<(ENTITY_MENTION|VALUE|TIMEX3) ([^>]*?)(/>|>(.*?)</(?:ENTITY_MENTION|VALUE|TIMEX3)>)"#)
                .unwrap()
        });
        static ANCHOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<token_anchor t_id="(\d+)"/>"#).unwrap());
        static ENTITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<ENTITY ([^>]*?)/?>"#).unwrap());
        static REFERS: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r#"(?s)<REFERS_TO [^>]*>(.*?)</REFERS_TO>"#).unwrap());
        static SOURCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<source m_id="([^"]+)"/>"#).unwrap());
        static TARGET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<target m_id="([^"]+)"/>"#).unwrap());

        let mut text = String::new();
        let mut tokens = Vec::new();
        let mut chars = 0usize;
        for c in TOKEN.captures_iter(xml) {
            let a = attrs(&c[1]);
            let id: u32 = a.get("t_id").context("token without t_id")?.parse()?;
            let sentence: usize = a.get("sentence").context("token without sentence")?.parse()?;
            let word = unescape(&c[2]);
            if let Some(prev) = tokens.last().map(|t: &Token| t.sentence) {
                text.push(if prev == sentence { ' ' } else { '\n' });
                chars += 1;
            }
            let len = word.chars().count();
            text.push_str(&word);
            tokens.push(Token {
                id,
                sentence,
                chars: chars..chars + len,
            });
            chars += len;
        }
        let markables_part = xml.find("<Markables>").map_or(xml, |i| &xml[i..]);
        let mut markables = Vec::new();
        let mut entities = HashMap::new();
        let mut dct = None;
        for c in MARKABLE.captures_iter(markables_part) {
            let a = attrs(&c[2]);
            let m_id = a.get("m_id").cloned().unwrap_or_default();
            let body = c.get(4).map_or("", |m| m.as_str());
            let token_ids: BTreeSet<u32> = ANCHOR.captures_iter(body).filter_map(|t| t[1].parse().ok()).collect();
            let get = |k: &str| a.get(k).cloned().unwrap_or_default();
            let kind = match &c[1] {
                "ENTITY_MENTION" => MarkableKind::EntityMention {
                    syntactic_type: get("syntactic_type"),
                },
                "VALUE" => MarkableKind::Value {
                    value_type: get("type"),
                },
                _ => MarkableKind::Timex {
                    timex_type: get("type"),
                    value: get("value"),
                    function: get("functionInDocument"),
                },
            };
            if let MarkableKind::Timex { function, value, .. } = &kind {
                if function == "CREATION_TIME" && !token_ids.is_empty() {
                    dct = Some(value.chars().take(10).collect());
                }
            }
            if !token_ids.is_empty() {
                markables.push(Markable {
                    m_id,
                    kind,
                    tokens: token_ids,
                });
            }
        }
        for c in ENTITY.captures_iter(markables_part) {
            let a = attrs(&c[1]);
            if let Some(m_id) = a.get("m_id") {
                entities.insert(
                    m_id.clone(),
                    Entity {
                        ent_type: a.get("ent_type").cloned().unwrap_or_default(),
                        instance_id: a.get("instance_id").cloned().unwrap_or_default(),
                        descriptor: a.get("TAG_DESCRIPTOR").cloned().unwrap_or_default(),
                        external_ref: a.get("external_ref").cloned().filter(|s| !s.is_empty()),
                    },
                );
            }
        }
        let mut refers_to = HashMap::new();
        for c in REFERS.captures_iter(xml) {
            if let Some(target) = TARGET.captures(&c[1]) {
                for s in SOURCE.captures_iter(&c[1]) {
                    refers_to.insert(s[1].to_string(), target[1].to_string());
                }
            }
        }
        // Two airbus documents annotate their dateline date as NONE: use it.
        if dct.is_none() {
            let dateline = |m: &&Markable| {
                m.tokens
                    .iter()
                    .all(|t| tokens.iter().any(|k| k.id == *t && k.sentence == 1))
            };
            dct = markables.iter().filter(dateline).find_map(|m| match &m.kind {
                MarkableKind::Timex { value, .. } if value.len() >= 10 => Some(value[..10].to_string()),
                _ => None,
            });
        }
        Ok(Self {
            name: name.to_string(),
            text,
            tokens,
            markables,
            entities,
            refers_to,
            dct,
        })
    }

    /// The ENTITY a mention refers to.
    pub fn entity_of(&self, m: &Markable) -> Option<&Entity> {
        self.refers_to.get(&m.m_id).and_then(|e| self.entities.get(e))
    }

    /// Token ids whose chars overlap `chars`.
    pub fn tokens_in(&self, chars: &Range<usize>) -> BTreeSet<u32> {
        let first = self.tokens.partition_point(|t| t.chars.end <= chars.start);
        self.tokens[first..]
            .iter()
            .take_while(|t| t.chars.start < chars.end)
            .map(|t| t.id)
            .collect()
    }

    pub fn sentence_of(&self, token: u32) -> Option<usize> {
        self.tokens.iter().find(|t| t.id == token).map(|t| t.sentence)
    }

    /// The text of a token set, tokens joined by spaces.
    pub fn token_text(&self, ids: &BTreeSet<u32>) -> String {
        self.tokens
            .iter()
            .filter(|t| ids.contains(&t.id))
            .map(|t| {
                self.text
                    .chars()
                    .skip(t.chars.start)
                    .take(t.chars.len())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether every token of `ids` lies in the annotated sentences (0–5).
    pub fn in_annotated_sentences(&self, ids: &BTreeSet<u32>) -> bool {
        ids.iter()
            .all(|&t| self.sentence_of(t).is_some_and(|s| ANNOTATED_SENTENCES.contains(&s)))
    }
}

/// Every MEANTIME document under `dir` (its topic folders), sorted by name.
pub fn read_corpus(dir: &Path) -> anyhow::Result<Vec<MeantimeDoc>> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .with_context(|| format!("{}: cannot read", d.display()))?
            .flatten()
        {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "xml") {
                files.push(p);
            }
        }
    }
    files.sort();
    anyhow::ensure!(!files.is_empty(), "{}: no MEANTIME .xml files", dir.display());
    files
        .iter()
        .map(|p| {
            let xml = std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))?;
            let topic = p
                .parent()
                .and_then(|d| d.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stem = p
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            MeantimeDoc::parse(&format!("{topic}/{stem}"), &xml)
                .with_context(|| format!("{}: bad MEANTIME XML", p.display()))
        })
        .collect()
}

/// Strict (same tokens) and relaxed (overlap) counts of system token sets
/// against gold token sets; each gold and system span is matched at most once.
pub fn score_spans(gold: &[BTreeSet<u32>], system: &[BTreeSet<u32>]) -> (Counts, Counts) {
    let mut strict = Counts::default();
    let mut used = vec![false; system.len()];
    for g in gold {
        if let Some(i) = system.iter().enumerate().position(|(i, s)| !used[i] && s == g) {
            used[i] = true;
            strict.tp += 1;
        }
    }
    strict.fn_ = gold.len() - strict.tp;
    strict.fp = system.len() - strict.tp;
    let mut relaxed = Counts::default();
    let mut used = vec![false; system.len()];
    for g in gold {
        if let Some(i) = system
            .iter()
            .enumerate()
            .position(|(i, s)| !used[i] && !s.is_disjoint(g))
        {
            used[i] = true;
            relaxed.tp += 1;
        }
    }
    relaxed.fn_ = gold.len() - relaxed.tp;
    relaxed.fp = system.len() - relaxed.tp;
    (strict, relaxed)
}

/// Gold VALUE markables of one type (MONEY, PERCENT) in the annotated sentences.
pub fn gold_values(doc: &MeantimeDoc, value_type: &str) -> Vec<BTreeSet<u32>> {
    doc.markables
        .iter()
        .filter(|m| matches!(&m.kind, MarkableKind::Value { value_type: t } if t == value_type))
        .filter(|m| doc.in_annotated_sentences(&m.tokens))
        .map(|m| m.tokens.clone())
        .collect()
}

/// System mentions of one type as token sets, in the annotated sentences.
pub fn system_spans(
    doc: &MeantimeDoc,
    analysis: &crate::Analysis,
    kind: crate::extract::MentionType,
) -> Vec<BTreeSet<u32>> {
    analysis
        .mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| doc.tokens_in(&analysis.doc.char_range(&m.span)))
        .filter(|t| !t.is_empty() && doc.in_annotated_sentences(t))
        .collect()
}

/// Runs the pipeline on one MEANTIME document, its creation time as the publish date.
pub fn analyze(doc: &MeantimeDoc) -> crate::Analysis {
    let input = crate::article::Input {
        text: Some(doc.text.clone()),
        ..Default::default()
    };
    let published = doc.dct.as_deref().and_then(crate::article::meta::parse_published);
    let opts = crate::article::ReadOptions {
        published,
        source: Some(doc.name.clone()),
        ..Default::default()
    };
    let article = crate::article::load(&input, &opts).expect("MEANTIME text is plain non-empty text");
    crate::analyze(article)
}

/// `newsfacts check --meantime DIR`: span P/R/F1 per type (MONEY, PERCENT).
pub fn run(dir: &Path, errors: bool) -> anyhow::Result<(String, bool)> {
    let docs = read_corpus(dir)?;
    let analyses: Vec<crate::Analysis> = {
        use rayon::prelude::*;
        docs.par_iter().map(analyze).collect()
    };
    let mut out = format!("MEANTIME: {} documents, sentences 0-5\n", docs.len());
    let mut ok = true;
    let mut error_lines = Vec::new();
    for (value_type, kind, target) in [
        ("MONEY", crate::extract::MentionType::Money, 0.93),
        ("PERCENT", crate::extract::MentionType::Percent, 0.93),
    ] {
        let mut strict = Counts::default();
        let mut relaxed = Counts::default();
        for (doc, a) in docs.iter().zip(&analyses) {
            let gold = gold_values(doc, value_type);
            let system = system_spans(doc, a, kind);
            let (s, r) = score_spans(&gold, &system);
            strict.add(s);
            relaxed.add(r);
            if errors {
                for g in gold.iter().filter(|g| !system.iter().any(|s| !s.is_disjoint(g))) {
                    error_lines.push(format!("{}: missed {value_type} {:?}", doc.name, doc.token_text(g)));
                }
                for s in system.iter().filter(|s| !gold.iter().any(|g| !s.is_disjoint(g))) {
                    error_lines.push(format!("{}: extra {value_type} {:?}", doc.name, doc.token_text(s)));
                }
            }
        }
        let pass = relaxed.f1() >= target;
        ok &= pass;
        out.push_str(&format!(
            "  {value_type:<8} relaxed {}\n           strict  {}   target relaxed F1 >= {target:.2}: {}\n",
            relaxed.summary(),
            strict.summary(),
            if pass { "met" } else { "NOT met" }
        ));
    }
    for line in error_lines {
        out.push_str(&format!("  - {line}\n"));
    }
    let (orgs, orgs_ok) = super::meantime_orgs::run(&docs, &analyses, errors);
    out.push_str(&orgs);
    out.push_str(&super::meantime_dates::run(&docs, errors));
    Ok((out, ok && orgs_ok))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const XML: &str = r#"<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en" url="u">
<token number="0" sentence="0" t_id="1">GM</token>
<token number="1" sentence="0" t_id="2">sales</token>
<token number="2" sentence="1" t_id="3">April</token>
<token number="3" sentence="1" t_id="4">1</token>
<token number="4" sentence="2" t_id="5">R&amp;D</token>
<token number="5" sentence="2" t_id="6">fell</token>
<token number="6" sentence="2" t_id="7">45</token>
<token number="7" sentence="2" t_id="8">%</token>
<Markables>
<ENTITY_MENTION comment="" head="" m_id="1" syntactic_type="NAM">
<token_anchor t_id="1"/>
</ENTITY_MENTION>
<VALUE comment="" m_id="2" type="PERCENT">
<token_anchor t_id="7"/>
<token_anchor t_id="8"/>
</VALUE>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="3" type="DATE" value="2009-04-01">
<token_anchor t_id="3"/>
<token_anchor t_id="4"/>
</TIMEX3>
<ENTITY TAG_DESCRIPTOR="General Motors" ent_type="ORG" instance_id="ORG1" m_id="9"/>
</Markables>
<Relations>
<REFERS_TO r_id="5">
<source m_id="1"/>
<target m_id="9"/>
</REFERS_TO>
</Relations>
</Document>"#;

    #[test]
    fn rebuilds_text_and_reads_markables() {
        let doc = MeantimeDoc::parse("gm/x", XML).unwrap();
        assert_eq!(doc.text, "GM sales\nApril 1\nR&D fell 45 %");
        assert_eq!(doc.dct.as_deref(), Some("2009-04-01"));
        assert_eq!(gold_values(&doc, "PERCENT"), vec![BTreeSet::from([7, 8])]);
        let gm = &doc.markables[0];
        assert_eq!(doc.entity_of(gm).unwrap().instance_id, "ORG1");
        let percent_chars = doc.text.find("45").unwrap()..doc.text.len();
        assert_eq!(doc.tokens_in(&percent_chars), BTreeSet::from([7, 8]));
        assert_eq!(doc.token_text(&BTreeSet::from([5, 6])), "R&D fell");
    }

    #[test]
    fn strict_and_relaxed_span_scores() {
        let gold = vec![BTreeSet::from([1, 2]), BTreeSet::from([5])];
        let system = vec![BTreeSet::from([1]), BTreeSet::from([5]), BTreeSet::from([9])];
        let (strict, relaxed) = score_spans(&gold, &system);
        assert_eq!((strict.tp, strict.fp, strict.fn_), (1, 2, 1));
        assert_eq!((relaxed.tp, relaxed.fp, relaxed.fn_), (2, 1, 0));
    }
}
