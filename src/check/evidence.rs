//! Evidence recall: claims source by source, on the words the answer key cites.
//!
//! A blind story's `expected.frames.json` gives, for each fact, the words
//! that state it in every source that gives it (`"evidence": {"a": "...",
//! "b": "..."}`). Fact recall loses a fact when any of those sources misses
//! it (the fact is then `single_source` rather than agreed, or missing);
//! this check says which source, and which sentence.
//!
//! For each (fact, source) pair whose evidence words are found in the
//! source's stored text, the pair is *held* when that source has a claim
//! whose sentence overlaps the words, of the fact's key type, with its
//! measure (the type's default measure counting as none), and with the
//! fact's value within rounding (the value of the side this source gives,
//! for a conflict or a supersession); *held with subject* when the claim's
//! subject is also named like the fact's first role. Words not found in
//! the text (paraphrased by the key's author) are counted apart.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::stories::{self, ExpectedFrame, Story};
use crate::report::Report;
use crate::report::schema::Claim;

/// Counts of (fact, source) pairs.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceScore {
    /// Pairs whose evidence words were found in the source's text.
    pub located: usize,
    /// Pairs whose words were not found (paraphrased, or the source is missing).
    pub unlocated: usize,
    /// Located pairs with a claim of the type, measure and value on the words.
    pub held: usize,
    /// Of those, with the claim's subject named like the fact's first role.
    pub held_with_subject: usize,
}

impl EvidenceScore {
    pub fn recall(&self) -> f64 {
        if self.located == 0 {
            0.0
        } else {
            self.held as f64 / self.located as f64
        }
    }
    fn add(&mut self, o: EvidenceScore) {
        self.located += o.located;
        self.unlocated += o.unlocated;
        self.held += o.held;
        self.held_with_subject += o.held_with_subject;
    }
}

/// A char with its index in the original text.
type Folded = Vec<(char, usize)>;

/// Lower case, curly quotes and dashes made plain, whitespace runs made one
/// space; each char keeps the char index it came from.
fn fold(text: &str) -> Folded {
    let mut out: Folded = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.last().is_some_and(|&(p, _)| p == ' ') {
            continue;
        }
        out.extend(c.to_lowercase().map(|l| (l, i)));
    }
    out
}

fn find(hay: &Folded, needle: &[char]) -> Option<(usize, usize)> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&at| {
            hay[at..at + needle.len()]
                .iter()
                .map(|&(c, _)| c)
                .eq(needle.iter().copied())
        })
        .map(|at| (hay[at].1, hay[at + needle.len() - 1].1 + 1))
}

/// Char range of the evidence words in `text`: the whole words, else the
/// span from the first to the last of its pieces around an ellipsis, else
/// from its first six words to its last six.
pub fn locate(text: &str, words: &str) -> Option<(usize, usize)> {
    let hay = fold(text);
    let chars = |s: &str| -> Vec<char> { fold(s.trim()).into_iter().map(|(c, _)| c).collect() };
    if let Some(r) = find(&hay, &chars(words)) {
        return Some(r);
    }
    let pieces: Vec<&str> = words
        .split(['\u{2026}', '['])
        .flat_map(|p| p.split("..."))
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == ']'))
        .filter(|p| p.chars().count() >= 8)
        .collect();
    if pieces.len() > 1 {
        let spans: Vec<(usize, usize)> = pieces.iter().filter_map(|p| find(&hay, &chars(p))).collect();
        if let (Some(a), Some(b)) = (spans.first(), spans.last()) {
            return Some((a.0.min(b.0), a.1.max(b.1)));
        }
    }
    let w: Vec<&str> = words.split_whitespace().collect();
    if w.len() >= 8 {
        let head = find(&hay, &chars(&w[..6].join(" ")));
        let tail = find(&hay, &chars(&w[w.len() - 6..].join(" ")));
        match (head, tail) {
            (Some(h), Some(t)) if h.0 < t.1 => return Some((h.0, t.1)),
            (Some(r), None) | (None, Some(r)) => return Some(r),
            _ => {}
        }
    }
    None
}

/// The sentence-ish stretch of `text` around chars `s..e` (to the nearest
/// line break or ". " either side), at most about 300 chars.
fn around(text: &[char], s: usize, e: usize) -> String {
    let mut a = s;
    while a > 0 && s - a < 200 && text[a - 1] != '\n' && !(a >= 2 && text[a - 2] == '.' && text[a - 1] == ' ') {
        a -= 1;
    }
    let mut b = e.min(text.len());
    while b < text.len() && b - e < 200 && text[b] != '\n' && !(text[b] == '.' && text.get(b + 1) == Some(&' ')) {
        b += 1;
    }
    if b < text.len() && text[b] == '.' {
        b += 1;
    }
    text[a..b].iter().collect::<String>().trim().to_string()
}

/// The expected value this source gives: its side's for a conflict or a
/// supersession (else the last side), the fact's value otherwise.
fn value_for<'a>(f: &'a ExpectedFrame, letter: &str) -> Option<&'a serde_json::Value> {
    if f.sides.is_empty() {
        return f.value.as_ref();
    }
    f.sides
        .iter()
        .find(|s| s.sources.iter().any(|x| x == letter))
        .or(f.sides.last())
        .map(|s| &s.value)
}

fn claim_measure(c: &Claim) -> Option<String> {
    c.measure
        .clone()
        .filter(|m| c.predicate.class.def().default_measure.as_deref() != Some(m.as_str()))
}

fn describe(c: &Claim) -> String {
    let v = c
        .value
        .as_ref()
        .and_then(|v| serde_json::to_value(v).ok())
        .map(|v| {
            let amount = v.get("amount").or(v.get("max")).or(v.get("value")).or(v.get("text"));
            format!(
                "{}{}",
                amount.and_then(|a| a.as_str()).unwrap_or("?"),
                v.get("currency")
                    .and_then(|c| c.as_str())
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_else(|| "-".into());
    format!(
        "{}{} {} [{}]",
        c.predicate.class.key_class().as_str(),
        c.measure.as_deref().map(|m| format!(".{m}")).unwrap_or_default(),
        v,
        c.subject.as_deref().unwrap_or("?")
    )
}

/// One story: its counts, per-type counts, and a line per missed pair.
pub fn score_story(story: &Story, report: &Report) -> (EvidenceScore, BTreeMap<String, EvidenceScore>, Vec<String>) {
    let names = stories::entity_names(report);
    let mut total = EvidenceScore::default();
    let mut by_type: BTreeMap<String, EvidenceScore> = BTreeMap::new();
    let mut lines = Vec::new();
    let source_of = |letter: &str| {
        report.sources.iter().find(|s| {
            s.path
                .as_deref()
                .and_then(|p| Path::new(p).file_stem())
                .is_some_and(|n| n.to_string_lossy() == letter)
        })
    };
    for f in &story.facts {
        let want = stories::want_of(f);
        for (letter, words) in &f.evidence {
            let mut pair = EvidenceScore::default();
            let located = source_of(letter).and_then(|src| {
                let text = src.text.as_deref()?;
                locate(text, words).map(|r| (src, text, r))
            });
            let Some((src, text, (s, e))) = located else {
                pair.unlocated = 1;
                total.add(pair);
                by_type.entry(f.event.clone()).or_default().add(pair);
                lines.push(format!("  unlocated {letter} {}: {words:?}", f.event));
                continue;
            };
            pair.located = 1;
            let on_words: Vec<&Claim> = report
                .claims
                .iter()
                .filter(|c| !c.corroborating && c.source == src.id && c.start < e && s < c.end)
                .collect();
            let want_value = value_for(f, letter);
            let holds = |c: &&&Claim| {
                Some(c.predicate.class.key_class()) == want.class
                    && claim_measure(c) == want.measure
                    && want_value.is_none_or(|v| {
                        c.value
                            .as_ref()
                            .and_then(|cv| serde_json::to_value(cv).ok())
                            .is_some_and(|cv| stories::value_right(v, &cv))
                    })
            };
            let held: Vec<&&Claim> = on_words.iter().filter(holds).collect();
            let subject_named = |c: &&&Claim| {
                c.subject.as_deref().is_some_and(|id| {
                    let have = stories::id_names(id, &names);
                    let mut want_names = want
                        .first
                        .iter()
                        .chain(if want.symmetric { &want.second[..] } else { &[] });
                    want_names.any(|w| have.iter().any(|h| stories::names_match(w, h)))
                })
            };
            if !held.is_empty() {
                pair.held = 1;
                if held.iter().any(subject_named) {
                    pair.held_with_subject = 1;
                }
            }
            total.add(pair);
            by_type.entry(f.event.clone()).or_default().add(pair);
            if pair.held_with_subject == 0 {
                let chars: Vec<char> = text.chars().collect();
                let got = if on_words.is_empty() {
                    "no claim".to_string()
                } else {
                    on_words.iter().map(|c| describe(c)).collect::<Vec<_>>().join("; ")
                };
                lines.push(format!(
                    "  {} {letter} {}.{} {} {}\n      text: {:?}\n      got:  {got}",
                    if pair.held == 1 { "subject" } else { "missed " },
                    f.event,
                    f.measure.as_deref().unwrap_or("-"),
                    want_value.map(|v| v.to_string()).unwrap_or_default(),
                    serde_json::Value::Object(f.roles.clone()),
                    around(&chars, s, e),
                ));
            }
        }
    }
    (total, by_type, lines)
}

/// `check --stories DIR --evidence`: evidence recall overall and by event
/// type; with `details`, each missed pair with its sentence and the claims
/// read there.
pub fn run(dir: &Path, details: bool) -> anyhow::Result<(String, EvidenceScore)> {
    let mut out = String::new();
    let mut total = EvidenceScore::default();
    let mut by_type: BTreeMap<String, EvidenceScore> = BTreeMap::new();
    let found = stories::find_stories(dir)?;
    anyhow::ensure!(
        !found.is_empty(),
        "{}: no story folder (expected.frames.json)",
        dir.display()
    );
    for s in &found {
        let story = stories::read_story(s)?;
        let report = stories::story_report(s, &story)?;
        let (score, types, lines) = score_story(&story, &report);
        let name = s
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(
            out,
            "  {name:<34} evidence {}/{} held ({} with subject), {} unlocated",
            score.held, score.located, score.held_with_subject, score.unlocated
        )?;
        if details {
            for l in lines {
                writeln!(out, "  {l}")?;
            }
        }
        total.add(score);
        for (t, c) in types {
            by_type.entry(t).or_default().add(c);
        }
    }
    writeln!(out, "evidence by event type (held/located, with subject):")?;
    for (t, c) in &by_type {
        writeln!(
            out,
            "  {t:<18} {:.3}  ({}/{}, {} with subject, {} unlocated)",
            c.recall(),
            c.held,
            c.located,
            c.held_with_subject,
            c.unlocated
        )?;
    }
    writeln!(
        out,
        "evidence {}: {} stories, (fact, source) pairs held {:.3} ({} of {} located; {} with subject {:.3}; {} unlocated)",
        dir.display(),
        found.len(),
        total.recall(),
        total.held,
        total.located,
        total.held_with_subject,
        if total.located == 0 {
            0.0
        } else {
            total.held_with_subject as f64 / total.located as f64
        },
        total.unlocated
    )?;
    Ok((out, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_words_are_located_through_quotes_spaces_and_ellipses() {
        let text = "Intro line.\nNorvale\u{2019}s  revenue rose 12% to \u{20ac}3.1 billion, it said on Tuesday, citing demand.";
        let (s, e) = locate(text, "Norvale's revenue rose 12%").unwrap();
        assert_eq!(
            text.chars().skip(s).take(e - s).collect::<String>(),
            "Norvale\u{2019}s  revenue rose 12%"
        );
        // Pieces around an ellipsis: the span from the first to the last.
        let (s2, e2) = locate(text, "revenue rose 12% ... citing demand").unwrap();
        let piece: String = text.chars().skip(s2).take(e2 - s2).collect();
        assert!(piece.ends_with("citing demand"), "{piece}");
        assert!(s2 > s);
        assert_eq!(locate(text, "profit fell"), None);
        assert_eq!(locate(text, ""), None);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(
            around(&chars, s, e),
            "Norvale\u{2019}s  revenue rose 12% to \u{20ac}3.1 billion, it said on Tuesday, citing demand."
        );
    }

    #[test]
    fn a_source_takes_its_own_side_of_a_conflict() {
        let f: ExpectedFrame = serde_json::from_value(serde_json::json!({
            "event": "revenue", "status": "conflict", "sources": ["a", "b"],
            "sides": [{"value": {"type": "count", "amount": "1"}, "sources": ["a"]},
                      {"value": {"type": "count", "amount": "2"}, "sources": ["b"]}],
            "evidence": {"a": "x", "b": "y"}
        }))
        .unwrap();
        assert_eq!(value_for(&f, "b").unwrap()["amount"], "2");
        assert_eq!(value_for(&f, "a").unwrap()["amount"], "1");
        // A source on no side: the newest side.
        assert_eq!(value_for(&f, "c").unwrap()["amount"], "2");
    }

    #[test]
    fn a_story_scores_held_pairs_on_the_cited_words() {
        let dir = stories::test_story_dir(
            "evidence",
            &[
                (
                    "a.txt",
                    "Quorvix Labs Inc. said on Tuesday its revenue rose to $4.2 billion in 2025. The weather was mild.",
                ),
                ("b.txt", "Quorvix Labs opened an office in Lyon."),
            ],
        );
        let story: Story = serde_json::from_value(serde_json::json!({
            "sources": ["a.txt", "b.txt"],
            "facts": [{"event": "revenue", "roles": {"company": "Quorvix Labs"},
                       "value": {"type": "money", "amount": "4200000000", "currency": "USD"},
                       "time": "2025", "status": "agreed", "sources": ["a", "b"],
                       "evidence": {"a": "its revenue rose to $4.2 billion", "b": "Quorvix Labs opened an office",
                                    "c": "no such source"}}]
        }))
        .unwrap();
        let report = stories::story_report(&dir, &story).unwrap();
        let (score, types, lines) = score_story(&story, &report);
        std::fs::remove_dir_all(&dir).ok();
        // a holds the figure; b's words carry no revenue claim; c is not there.
        assert_eq!(
            score,
            EvidenceScore {
                located: 2,
                unlocated: 1,
                held: 1,
                held_with_subject: 1
            },
            "{lines:?}"
        );
        assert_eq!(types["revenue"].held, 1);
        assert!(lines.iter().any(|l| l.contains("missed  b revenue")), "{lines:?}");
    }
}
