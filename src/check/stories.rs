//! Blind multi-outlet stories: facts as event frames, scored against the report.
//!
//! A story folder holds three or four articles (with `NAME.meta.json`
//! sidecars) and `expected.frames.json`, written by people who had not seen
//! the rules (`fixtures/blind/dev`, `fixtures/blind/test`; the test half is
//! scored, never tuned on). Each expected fact names an event type of the
//! ontology, its role fillers by name, a measure, a value, a time and a
//! status (with sides for conflicts and supersessions):
//!
//! ```json
//! {"event": "acquisition", "roles": {"acquirer": "Halvorsen Foods", "target": "Pike & Dune"},
//!  "measure": "price", "value": {"type": "money", "amount": "725000000", "currency": "USD"},
//!  "time": "2026-03-04", "status": "agreed", "sources": ["a", "b"]}
//! ```
//!
//! ## Matching
//! A report fact *matches* an expected one when its key type is the event
//! type's (`partnership` is keyed as `contract`; a `valuation` measure of a
//! funding round or an IPO is our `valuation` state of the company), its
//! measure is the expected one (the type's default measure, `null` and the
//! text measure `role` all count as none), its subject is named like the
//! first role's filler and its object, when it has one, like the second
//! (either way round for symmetric types), and its time, when both have one,
//! overlaps the expected time. Names match when equal or when one's words
//! begin the other's, after case, punctuation, possessives and legal forms
//! are dropped ("Acme" and "Acme Robotics Inc." match).
//!
//! A match is *right* when the status is the expected one and the value is:
//! amounts within 1 % or within the rounding of the reported figure (its
//! interval, see `reconcile::values`), the same currency, percentages with
//! their sign (a fall is negative in the stories' answers as in the report,
//! so "down 6.2%" reported as +6.2 is wrong; a profit keyed as a `net_loss`
//! of X is a `net_income` of −X), counts by number; for a
//! conflict every expected side's value is among the report's sides; for a
//! supersession the report's value is the newest side's. Recall is right
//! matches over expected facts; precision right matches over report facts.
//! Each expected fact takes at most one report fact and the other way round.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::article::{Input, ReadOptions};
use crate::extract::claims::PredicateClass;
use crate::extract::money::Amount;
use crate::report::schema::WireFact as Fact;
use crate::report::{self, Report};

#[derive(Debug, Deserialize)]
pub struct Story {
    #[serde(default)]
    pub description: String,
    pub sources: Vec<String>,
    pub facts: Vec<ExpectedFrame>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedSide {
    pub value: serde_json::Value,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedFrame {
    pub event: String,
    #[serde(default)]
    pub roles: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub measure: Option<String>,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    #[serde(default)]
    pub time: Option<String>,
    pub status: String,
    #[serde(default)]
    pub sides: Vec<ExpectedSide>,
    #[serde(default)]
    pub note: Option<String>,
    /// The sources giving the fact ("a", "b": the article files' stems).
    #[serde(default)]
    pub sources: Vec<String>,
    /// Per source (file stem), the words that state the fact in it.
    #[serde(default)]
    pub evidence: std::collections::BTreeMap<String, String>,
}

/// Counts of one story or of a set.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub expected: usize,
    pub reported: usize,
    /// Expected facts with a report fact of the same type, roles, measure and time.
    pub found: usize,
    /// Of those, with status and value right.
    pub right: usize,
}

impl Score {
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.reported)
    }
    pub fn f1(&self) -> f64 {
        super::f1(self.precision(), self.recall())
    }
    fn add(&mut self, o: Score) {
        self.expected += o.expected;
        self.reported += o.reported;
        self.found += o.found;
        self.right += o.right;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The story folders under `dir` (those holding `expected.frames.json`), sorted.
pub fn find_stories(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))? {
        let p = e?.path();
        if p.join("expected.frames.json").is_file() {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}

pub fn read_story(dir: &Path) -> anyhow::Result<Story> {
    let path = dir.join("expected.frames.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut story: Story =
        serde_json::from_str(&text).with_context(|| format!("{}: not a story file", path.display()))?;
    for f in &mut story.facts {
        loss_as_net_income(f);
    }
    Ok(story)
}

/// A profit fact keyed as a `net_loss` of X is the report's `net_income` of
/// −X (the ontology reads a loss as a net income below zero): the authors'
/// brief offers both ways of writing it, so both are scored alike.
fn loss_as_net_income(f: &mut ExpectedFrame) {
    if f.event != "profit" || f.measure.as_deref() != Some("net_loss") {
        return;
    }
    f.measure = Some("net_income".into());
    let negate = |v: &mut serde_json::Value| {
        for key in ["amount", "low", "high"] {
            if let Some(a) = decimal(v, key) {
                v[key] = serde_json::Value::String((-a.abs()).normalize().to_string());
            }
        }
    };
    if let Some(v) = &mut f.value {
        negate(v);
    }
    for s in &mut f.sides {
        negate(&mut s.value);
    }
}

/// The report over a story's articles.
pub fn story_report(dir: &Path, story: &Story) -> anyhow::Result<Report> {
    let inputs: Vec<Input> = story.sources.iter().map(|s| Input::file(dir.join(s))).collect();
    let mut analyses = Vec::new();
    for r in crate::analyze_inputs(&inputs, &ReadOptions::default()) {
        analyses.push(r?);
    }
    Ok(report::build(
        &analyses,
        Vec::new(),
        // The text is kept: the organization names are scored on it.
        report::BuildOptions { no_text: false },
    ))
}

/// Lower case, possessive, punctuation and legal forms dropped, as words.
fn name_words(name: &str) -> Vec<String> {
    const LEGAL: &[&str] = &[
        "inc",
        "corp",
        "corporation",
        "co",
        "ltd",
        "limited",
        "plc",
        "llc",
        "ag",
        "sa",
        "asa",
        "nv",
        "se",
        "spa",
        "ab",
        "gmbh",
        "bv",
        "lp",
        "llp",
        "the",
        "holdings",
    ];
    let lower = name.to_lowercase().replace('\u{2019}', "'");
    let lower = lower.strip_suffix("'s").unwrap_or(&lower);
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '&'))
        .filter(|w| !w.is_empty() && !LEGAL.contains(w))
        .map(str::to_string)
        .collect()
}

pub(crate) fn names_match(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

/// Every name a report entity goes by: its name, aliases, mention texts, and
/// the words of its id ("name:acme-robotics").
pub(crate) fn entity_names(report: &Report) -> HashMap<String, Vec<Vec<String>>> {
    let text_of: HashMap<&str, &str> = report
        .mentions
        .iter()
        .map(|m| (m.id.as_str(), m.text.as_str()))
        .collect();
    let mut out: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for e in &report.entities {
        let names = out.entry(e.id.clone()).or_default();
        names.push(name_words(&e.name));
        names.extend(e.aliases.iter().map(|a| name_words(a)));
        names.extend(
            e.mentions
                .iter()
                .filter_map(|m| text_of.get(m.as_str()))
                .map(|t| name_words(t)),
        );
    }
    out
}

pub(crate) fn id_names(id: &str, names: &HashMap<String, Vec<Vec<String>>>) -> Vec<Vec<String>> {
    let mut out = names.get(id).cloned().unwrap_or_default();
    let gazetteer = &*crate::extract::orgs::gazetteer::GAZETTEER;
    if let Some(e) = gazetteer.get(id) {
        out.push(name_words(&e.name));
        out.extend(e.aliases.iter().map(|a| name_words(a)));
    }
    let bare = id.rsplit(':').next().unwrap_or(id).replace('-', " ");
    out.push(name_words(&bare));
    out
}

fn role_names(v: &serde_json::Value) -> Vec<Vec<String>> {
    match v {
        serde_json::Value::String(s) => vec![name_words(s)],
        serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).map(name_words).collect(),
        _ => Vec::new(),
    }
}

/// The key type, measure and role fillers (subject's, object's) a fact of
/// this expected frame has in a report.
pub(crate) struct Want {
    pub(crate) class: Option<PredicateClass>,
    pub(crate) measure: Option<String>,
    pub(crate) first: Vec<Vec<String>>,
    pub(crate) second: Vec<Vec<String>>,
    pub(crate) symmetric: bool,
}

pub(crate) fn want_of(f: &ExpectedFrame) -> Want {
    let mut event = f.event.as_str();
    let mut measure = f.measure.clone().filter(|m| m != "role");
    // Our valuation is a state of the company, not a measure of its round or listing.
    if matches!(event, "funding_round" | "ipo") && measure.as_deref() == Some("valuation") {
        event = "valuation";
        measure = None;
    }
    let class = PredicateClass::named(event);
    if let Some(c) = class
        && measure.as_deref() == c.def().default_measure.as_deref()
    {
        measure = None;
    }
    let roles = class.map(|c| c.def().roles.clone());
    let filler = |i: usize| -> Vec<Vec<String>> {
        let Some(roles) = &roles else { return Vec::new() };
        // Two fillers of one role ("party": [A, B]) fill both places.
        match f.roles.get(&roles[i]) {
            Some(serde_json::Value::Array(a)) if roles[0] == roles[1] => a.get(i).map(role_names).unwrap_or_default(),
            Some(v) => role_names(v),
            None => Vec::new(),
        }
    };
    let (mut first, mut second) = (filler(0), filler(1));
    if first.is_empty() {
        // A type whose first role the story leaves out ("the court", "the holder"): the first given role.
        if let Some(v) = f.roles.values().next() {
            first = role_names(v);
            second.clear();
        }
    }
    Want {
        class: class.map(PredicateClass::key_class),
        measure,
        first,
        second,
        symmetric: class.is_some_and(|c| c.is_symmetric()),
    }
}

fn times_overlap(expected: &str, got: &str) -> bool {
    let norm = |t: &str| t.trim_start_matches("FY").to_string();
    let (e, g) = (norm(expected), norm(got));
    if e.starts_with(&g) || g.starts_with(&e) {
        return true;
    }
    // A quarter and a month of it.
    let quarter_of = |t: &str| -> Option<(String, u32)> {
        let (y, rest) = t.split_once('-')?;
        if let Some(q) = rest.strip_prefix('Q') {
            return Some((y.to_string(), q.parse().ok()?));
        }
        let m: u32 = rest.get(..2)?.parse().ok()?;
        Some((y.to_string(), m.div_ceil(3)))
    };
    matches!((quarter_of(&e), quarter_of(&g)), (Some(a), Some(b)) if a == b && (e.contains('Q') || g.contains('Q')))
}

fn decimal(v: &serde_json::Value, key: &str) -> Option<Decimal> {
    v.get(key)?.as_str()?.parse().ok()
}

/// Whether a report value (a fact's or a side's) states the expected value.
pub fn value_right(expected: &serde_json::Value, got: &serde_json::Value) -> bool {
    let ty = expected.get("type").and_then(|t| t.as_str()).unwrap_or("");
    let got_ty = got.get("type").and_then(|t| t.as_str()).unwrap_or("");
    match ty {
        "money" | "percent" | "count" => {
            if got_ty != ty {
                return false;
            }
            if ty == "money"
                && let (Some(a), Some(b)) = (expected.get("currency"), got.get("currency"))
                && a != b
            {
                return false;
            }
            let amount: Option<Amount> = serde_json::from_value(got.clone()).ok();
            let close = |want: Decimal, have: Option<Decimal>| {
                let Some(have) = have else { return false };
                let within_interval = amount
                    .as_ref()
                    .and_then(crate::reconcile::values::amount_interval)
                    .is_some_and(|(lo, hi)| lo <= want && want <= hi);
                within_interval || (want - have).abs() <= want.abs() / Decimal::from(100)
            };
            match (
                decimal(expected, "amount"),
                decimal(expected, "low"),
                decimal(expected, "high"),
            ) {
                (Some(want), _, _) => close(want, decimal(got, "amount").or(decimal(got, "max"))),
                (None, Some(lo), Some(hi)) => close(lo, decimal(got, "min")) && close(hi, decimal(got, "max")),
                _ => false,
            }
        }
        "date" => {
            let want = expected.get("value").and_then(|v| v.as_str()).unwrap_or("");
            let have = got.get("value").and_then(|v| v.as_str()).unwrap_or("");
            !have.is_empty() && times_overlap(want, have)
        }
        // Text values (a round's name, a duration in words) are not compared.
        _ => true,
    }
}

fn status_and_value_right(e: &ExpectedFrame, f: &Fact) -> bool {
    if f.status.as_str() != e.status {
        return false;
    }
    match e.status.as_str() {
        "conflict" => e
            .sides
            .iter()
            .all(|s| f.sides.iter().any(|fs| value_right(&s.value, &fs.value))),
        "superseded" => e.sides.last().is_none_or(|s| value_right(&s.value, &f.value)),
        _ => e.value.as_ref().is_none_or(|v| value_right(v, &f.value)),
    }
}

/// One story scored, with a line per miss and per extra fact.
pub fn score_story(story: &Story, report: &Report) -> (Score, Vec<String>) {
    let names = entity_names(report);
    let mut used = vec![false; report.facts.len()];
    let mut lines = Vec::new();
    let mut score = Score {
        expected: story.facts.len(),
        reported: report.facts.len(),
        ..Score::default()
    };
    let matches = |e: &ExpectedFrame, w: &Want, f: &Fact| -> bool {
        let Some(class) = w.class else { return false };
        if f.predicate != class || f.measure != w.measure {
            return false;
        }
        if let (Some(t), Some(ft)) = (&e.time, &f.time)
            && !times_overlap(t, ft)
        {
            return false;
        }
        let named = |id: &Option<String>, want: &[Vec<String>]| -> bool {
            let Some(id) = id else { return false };
            let have = id_names(id, &names);
            want.iter().any(|w| have.iter().any(|h| names_match(w, h)))
        };
        let straight =
            named(&f.subject, &w.first) && (f.object.is_none() || w.second.is_empty() || named(&f.object, &w.second));
        let crossed = w.symmetric && named(&f.subject, &w.second) && (f.object.is_none() || named(&f.object, &w.first));
        straight || crossed
    };
    for e in &story.facts {
        let w = want_of(e);
        let candidates: Vec<usize> = (0..report.facts.len())
            .filter(|&i| !used[i] && matches(e, &w, &report.facts[i]))
            .collect();
        let right = candidates
            .iter()
            .copied()
            .find(|&i| status_and_value_right(e, &report.facts[i]));
        match right.or(candidates.first().copied()) {
            Some(i) => {
                used[i] = true;
                score.found += 1;
                if right.is_some() {
                    score.right += 1;
                } else {
                    let f = &report.facts[i];
                    lines.push(format!(
                        "  wrong  {} {} {:?}: expected {} {}; got {} {} ({})",
                        e.event,
                        serde_json::Value::Object(e.roles.clone()),
                        e.measure,
                        e.status,
                        e.value.as_ref().map(|v| v.to_string()).unwrap_or_default(),
                        f.key,
                        f.status.as_str(),
                        f.value
                    ));
                }
            }
            None => lines.push(format!(
                "  missed {} {} {:?} {} {} @{}",
                e.event,
                serde_json::Value::Object(e.roles.clone()),
                e.measure,
                e.status,
                e.value.as_ref().map(|v| v.to_string()).unwrap_or_default(),
                e.time.as_deref().unwrap_or("-")
            )),
        }
    }
    let quotes = crate::report::schema::ClaimQuotes::new(&report.claims);
    for (f, used) in report.facts.iter().zip(&used) {
        if !used {
            let quote = f
                .evidence
                .first()
                .map(|e| quotes.of(e).chars().take(90).collect::<String>());
            lines.push(format!(
                "  extra  {} {} {}: {:?}",
                f.key,
                f.status.as_str(),
                f.value,
                quote.unwrap_or_default()
            ));
        }
    }
    (score, lines)
}

/// Scores every story under `dir`; `details` adds the misses and extras.
pub fn run(dir: &Path, details: bool) -> anyhow::Result<(String, Score)> {
    run_with_orgs(dir, details).map(|(text, facts, _)| (text, facts))
}

/// [`run`], with the organization-name counts of the stories that have
/// `orgs.gold.json` (see [`OrgScore`]).
pub fn run_with_orgs(dir: &Path, details: bool) -> anyhow::Result<(String, Score, OrgScore)> {
    let mut out = String::new();
    let mut total = Score::default();
    let mut orgs = OrgScore::default();
    let stories = find_stories(dir)?;
    anyhow::ensure!(
        !stories.is_empty(),
        "{}: no story folder (expected.frames.json)",
        dir.display()
    );
    for s in &stories {
        let story = read_story(s)?;
        let report = story_report(s, &story)?;
        let (score, lines) = score_story(&story, &report);
        let mut org_lines = Vec::new();
        if let Some(gold) = read_org_gold(s)? {
            let (org_score, errors) = score_orgs_listed(&gold, &report);
            orgs.add(org_score);
            org_lines = errors;
        }
        let name = s
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(
            out,
            "  {name:<34} P {:.3}  R {:.3}  (right {}, found {}, expected {}, reported {})",
            score.precision(),
            score.recall(),
            score.right,
            score.found,
            score.expected,
            score.reported
        )?;
        if details {
            for l in lines.iter().chain(&org_lines) {
                writeln!(out, "  {l}")?;
            }
        }
        total.add(score);
    }
    writeln!(
        out,
        "stories {}: {} stories, facts (type, roles, status, value) P {:.3}  R {:.3}  F1 {:.3}  (right {}, found {}, expected {}, reported {})",
        dir.display(),
        stories.len(),
        total.precision(),
        total.recall(),
        total.f1(),
        total.right,
        total.found,
        total.expected,
        total.reported
    )?;
    if orgs.gold > 0 {
        writeln!(
            out,
            "stories {}: organization names (relaxed span, orgs.gold.json) P {:.3}  R {:.3}  F1 {:.3}  (gold {}, found {}, reported {}, right {})",
            dir.display(),
            orgs.precision(),
            orgs.recall(),
            orgs.f1(),
            orgs.gold,
            orgs.found,
            orgs.reported,
            orgs.right
        )?;
    }
    Ok((out, total, orgs))
}

/// Organization names of a story's articles, marked by people who had not
/// seen the rules (`orgs.gold.json`): per article file the surface strings
/// that name an organization (every occurrence of each counts), and
/// `not_org`, strings that count neither way (stock indices, the ambiguous).
#[derive(Debug, Default, Deserialize)]
pub struct OrgGold {
    #[serde(default)]
    pub not_org: Vec<String>,
    #[serde(flatten)]
    pub articles: HashMap<String, Vec<String>>,
}

fn read_org_gold(dir: &Path) -> anyhow::Result<Option<OrgGold>> {
    let path = dir.join("orgs.gold.json");
    if !path.is_file() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
    let gold =
        serde_json::from_str(&text).with_context(|| format!("{}: not an orgs.gold.json file", path.display()))?;
    Ok(Some(gold))
}

/// Relaxed span counts of ORG mentions against the marked names: a gold span
/// is an occurrence of a marked string at word bounds in the stored text
/// (overlapping occurrences are one span, "Barclays" inside "Barclays Plc");
/// it is found when an ORG mention overlaps it; a reported mention (not
/// boilerplate) is right when it overlaps a gold span, and counts neither way
/// when it only overlaps a `not_org` string.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrgScore {
    pub gold: usize,
    pub found: usize,
    pub reported: usize,
    pub right: usize,
}

impl OrgScore {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.reported)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    pub fn f1(&self) -> f64 {
        super::f1(self.precision(), self.recall())
    }
    fn add(&mut self, o: OrgScore) {
        self.gold += o.gold;
        self.found += o.found;
        self.reported += o.reported;
        self.right += o.right;
    }
}

/// Char ranges of the occurrences of `names` in `text` at word bounds, overlapping ones merged.
fn occurrences(text: &[char], names: &[String]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    for name in names {
        let pat: Vec<char> = name.chars().collect();
        if pat.is_empty() || pat.len() > text.len() {
            continue;
        }
        for at in 0..=text.len() - pat.len() {
            let end = at + pat.len();
            let bound_before = at == 0 || !text[at - 1].is_alphanumeric();
            let bound_after = end == text.len() || !text[end].is_alphanumeric();
            if bound_before && bound_after && text[at..end] == pat[..] {
                spans.push(at..end);
            }
        }
    }
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in spans {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Whether an ORG mention's rule reads a nominal or a pronoun ("the company",
/// "its", "the Cupertino company") rather than a name: `orgs.gold.json` marks
/// names only, so these count neither way.
fn is_nominal_rule(rule: &str) -> bool {
    crate::extract::rule::Rule::from_id(rule).is_some_and(|r| r.is_in("org.anaphor") || r.is_in("org.epithet"))
}

/// Scores the ORG mentions of a story's report against its marked names.
pub fn score_orgs(gold: &OrgGold, report: &Report) -> OrgScore {
    score_orgs_listed(gold, report).0
}

/// The words around chars `s..e` of `chars` (40 either side, on one line),
/// the span itself in brackets.
fn org_context(chars: &[char], s: usize, e: usize) -> String {
    let from = s.saturating_sub(40);
    let to = (e + 40).min(chars.len());
    let flat = |r: &[char]| {
        r.iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
    };
    format!(
        "{}[{}]{}",
        flat(&chars[from..s]),
        flat(&chars[s..e]),
        flat(&chars[e..to])
    )
}

/// [`score_orgs`], with one line per error for `check --stories --errors`:
/// `org missed FILE "GOLD": context` for a marked name no ORG mention
/// overlaps, `org extra FILE "TEXT" (RULE): context` for a reported mention
/// that overlaps neither a marked name nor a `not_org` string.
pub fn score_orgs_listed(gold: &OrgGold, report: &Report) -> (OrgScore, Vec<String>) {
    let mut lines = Vec::new();
    let overlaps = |a: &std::ops::Range<usize>, s: usize, e: usize| a.start < e && s < a.end;
    let mut score = OrgScore::default();
    for src in &report.sources {
        let file = src
            .path
            .as_deref()
            .and_then(|p| Path::new(p).file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (Some(names), Some(text)) = (gold.articles.get(&file), src.text.as_deref()) else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let spans = occurrences(&chars, names);
        let neutral = occurrences(&chars, &gold.not_org);
        let mentions: Vec<(usize, usize, &str)> = report
            .mentions
            .iter()
            .filter(|m| m.source == src.id && m.kind == crate::extract::MentionType::Org && !m.boilerplate)
            // The marked names are names: "the company", "its" and epithets
            // ("the Cupertino company") are scored by MEANTIME, not here.
            .filter(|m| !is_nominal_rule(&m.rule))
            .map(|m| (m.start, m.end, m.rule.as_str()))
            .collect();
        score.gold += spans.len();
        for g in &spans {
            if mentions.iter().any(|&(s, e, _)| overlaps(g, s, e)) {
                score.found += 1;
            } else {
                let name: String = chars[g.clone()].iter().collect();
                lines.push(format!(
                    "org missed {file} \"{name}\": {}",
                    org_context(&chars, g.start, g.end)
                ));
            }
        }
        for &(s, e, rule) in &mentions {
            if spans.iter().any(|g| overlaps(g, s, e)) {
                score.right += 1;
                score.reported += 1;
            } else if !neutral.iter().any(|n| overlaps(n, s, e)) {
                score.reported += 1;
                let (s, e) = (s.min(chars.len()), e.min(chars.len()));
                let name: String = chars[s..e.max(s)].iter().collect();
                lines.push(format!(
                    "org extra  {file} \"{name}\" ({rule}): {}",
                    org_context(&chars, s, e.max(s))
                ));
            }
        }
    }
    (score, lines)
}

/// A story folder in the temp dir holding `files` (name, text), for the
/// checkers' tests.
#[cfg(test)]
pub(crate) fn test_story_dir(tag: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("nf-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_match_without_legal_forms_and_by_leading_words() {
        let n = |s| name_words(s);
        assert!(names_match(&n("Acme Robotics Inc."), &n("Acme")));
        assert!(names_match(
            &n("Oakridge Capital Partners"),
            &n("oakridge capital partners'")
        ));
        assert!(names_match(&n("Café Rémy Group"), &n("Café Rémy")));
        assert!(!names_match(&n("Acme Robotics"), &n("Robotics")));
        assert!(!names_match(&n("Inc."), &n("Acme")));
    }

    #[test]
    fn a_net_loss_is_scored_as_a_net_income_below_zero() {
        let mut f: ExpectedFrame = serde_json::from_value(json!({
            "event": "profit", "roles": {"company": "Tolvern"}, "measure": "net_loss", "status": "conflict",
            "sides": [{"value": {"type": "money", "amount": "38000000", "currency": "USD"}, "sources": ["a"]},
                      {"value": {"type": "money", "amount": "-41500000.0", "currency": "USD"}, "sources": ["b"]}]
        }))
        .unwrap();
        loss_as_net_income(&mut f);
        assert_eq!(f.measure.as_deref(), Some("net_income"));
        assert_eq!(f.sides[0].value["amount"], "-38000000");
        assert_eq!(f.sides[1].value["amount"], "-41500000");
        let got = json!({"type": "money", "currency": "USD", "amount": "-38000000", "exactness": "exact"});
        assert!(value_right(&f.sides[0].value, &got));
        // Other measures and types are left as written.
        let mut g: ExpectedFrame = serde_json::from_value(json!({
            "event": "profit", "measure": "growth", "status": "agreed", "value": {"type": "percent", "amount": "12"}
        }))
        .unwrap();
        loss_as_net_income(&mut g);
        assert_eq!(
            (g.measure.as_deref(), &g.value.unwrap()["amount"]),
            (Some("growth"), &json!("12"))
        );
    }

    #[test]
    fn values_right_within_rounding_and_percent_with_sign() {
        let got = json!({"type": "money", "currency": "USD", "amount": "3500000000", "exactness": "approx", "scale_word": "billion"});
        assert!(value_right(
            &json!({"type": "money", "amount": "3520000000", "currency": "USD"}),
            &got
        ));
        assert!(!value_right(
            &json!({"type": "money", "amount": "3520000000", "currency": "EUR"}),
            &got
        ));
        assert!(!value_right(
            &json!({"type": "money", "amount": "4100000000", "currency": "USD"}),
            &got
        ));
        let pct = json!({"type": "percent", "unit": "percent", "amount": "6.2", "exactness": "exact"});
        assert!(value_right(&json!({"type": "percent", "amount": "6.2"}), &pct));
        // A fall is not a rise of the same size.
        assert!(!value_right(&json!({"type": "percent", "amount": "-6.2"}), &pct));
        let fall = json!({"type": "percent", "unit": "percent", "amount": "-6.2", "exactness": "approx"});
        assert!(value_right(&json!({"type": "percent", "amount": "-6.18"}), &fall));
        assert!(!value_right(&json!({"type": "percent", "amount": "6.18"}), &fall));
        assert!(!value_right(&json!({"type": "count", "amount": "6.2"}), &pct));
        assert!(times_overlap("2026-Q1", "2026-02"));
        assert!(!times_overlap("2026-Q1", "2026-05"));
        assert!(times_overlap("2026-03-04", "2026-03"));
    }

    #[test]
    fn marked_names_are_occurrences_at_word_bounds_merged() {
        let text: Vec<char> = "Barclays Plc said Barclays' bank, not Barclaysx, rose."
            .chars()
            .collect();
        let names = vec!["Barclays".to_string(), "Barclays Plc".to_string()];
        // "Barclays" inside "Barclays Plc" is one span; "Barclaysx" is none.
        assert_eq!(occurrences(&text, &names), vec![0..12, 18..26]);
        assert!(occurrences(&text, &["".to_string()]).is_empty());
    }

    #[test]
    fn org_mentions_score_against_marked_names_with_neutral_indices() {
        let dir = test_story_dir(
            "orgs-gold",
            &[(
                "a.txt",
                "Microsoft and Quorvix Labs signed a deal. The S&P 500 rose. Shares of Zelmora fell. The company said its revenue rose.",
            )],
        );
        let story = Story {
            description: String::new(),
            sources: vec!["a.txt".into()],
            facts: Vec::new(),
        };
        let report = story_report(&dir, &story).unwrap();
        let gold: OrgGold = serde_json::from_str(
            r#"{"a.txt": ["Microsoft", "Quorvix Labs", "Zelmora", "Nobody Inc"], "not_org": ["S&P 500"]}"#,
        )
        .unwrap();
        let score = score_orgs(&gold, &report);
        let missing: OrgGold =
            serde_json::from_str(r#"{"a.txt": ["Microsoft", "signed"], "not_org": ["S&P 500"]}"#).unwrap();
        let (_, listed) = score_orgs_listed(&missing, &report);
        std::fs::remove_dir_all(&dir).ok();
        // "signed" is missed (no mention on it); "Quorvix Labs" and "Zelmora"
        // are reported but not marked in this key: two extras, with context.
        assert!(
            listed.iter().any(|l| l == "org missed a.txt \"signed\": Microsoft and Quorvix Labs [signed] a deal. The S&P 500 rose. Shares of Zel"),
            "{listed:?}"
        );
        assert!(
            listed
                .iter()
                .any(|l| l.starts_with("org extra  a.txt \"Quorvix Labs\" (")),
            "{listed:?}"
        );
        assert_eq!(listed.len(), 3, "{listed:?}");
        // Three marked names occur ("Nobody Inc" does not); the index counts neither way.
        assert_eq!(score.gold, 3);
        // "The company" and "its" (read as Zelmora) are not names: not reported.
        assert!(
            report.mentions.iter().any(|m| is_nominal_rule(&m.rule)),
            "{:?}",
            report.mentions
        );
        assert_eq!((score.found, score.right, score.reported), (3, 3, 3), "{score:?}");
    }
}
