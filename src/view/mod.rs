//! One self-contained HTML page of a report: the fact table, a card per
//! conflict, the articles side by side with their mentions and evidence, the
//! entities and a timeline of dated facts.
//!
//! The page is rendered here, server side, with `maud` (every string it
//! writes is escaped, so article text cannot become markup); `view.js` only
//! adds filtering, sorting, selecting a fact (which marks its evidence in the
//! articles), tooltips and keys, and `view.css` the layout. Both are inlined
//! and named in a Content-Security-Policy by their SHA-256, so the page loads
//! nothing and runs no other script even if some text slipped through.

mod format;
mod text;
mod timeline;

use std::collections::{BTreeMap, HashMap};

use base64::Engine;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sha2::{Digest, Sha256};

use crate::report::Report;
use crate::report::schema::{Claim, Mention, Source};
use crate::report::schema::{WireFact as Fact, WireFactStatus as FactStatus};
use format::{fact_value, wire};
use text::{Region, escape};

const CSS: &str = include_str!("view.css");
const JS: &str = include_str!("view.js");

/// The page of `report`, as one HTML document.
pub fn page(report: &Report) -> String {
    let ctx = Ctx::new(report);
    let csp = format!(
        "default-src 'none'; img-src data:; style-src '{}'; script-src '{}'; base-uri 'none'; form-action 'none'",
        sha256_source(CSS),
        sha256_source(JS)
    );
    let counts = ctx.status_counts();
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(csp);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ (report.generator.name) " " (report.generator.version) };
                title { "newsfacts: " (ctx.story_title()) }
                style { (PreEscaped(CSS)) }
            }
            body {
                a.skip href="#fact-table" { "Skip to the fact table" }
                header.top {
                    h1 { "newsfacts report " span.sub { (ctx.story_title()) } }
                    p.summary {
                        (report.sources.len()) " articles, " (report.facts.len()) " facts: "
                        @for (i, (status, n)) in counts.iter().enumerate() {
                            @if i > 0 { ", " }
                            (badge(*status)) " " (n)
                        }
                        "."
                    }
                    nav aria-label="Sections" {
                        a href="#facts" { "Facts" }
                        a href="#conflicts" { "Conflicts" }
                        a href="#articles" { "Articles" }
                        a href="#entities" { "Entities" }
                        a href="#timeline" { "Timeline" }
                    }
                    p.keys {
                        "Keys: " kbd { "\u{2191}" } " " kbd { "\u{2193}" } " move between facts, "
                        kbd { "Enter" } " marks a fact\u{2019}s evidence in the articles, "
                        kbd { "\u{2190}" } " " kbd { "\u{2192}" } " in an article move between its mentions, "
                        kbd { "Esc" } " clears."
                    }
                }
                div.layout {
                    main #main {
                        (ctx.fact_section())
                        (ctx.conflict_section())
                        (ctx.entity_section())
                        (timeline::section(&ctx))
                        (ctx.diagnostics())
                    }
                    (ctx.article_section())
                }
                div #tip role="tooltip" hidden {}
                script { (PreEscaped(JS)) }
            }
        }
    };
    markup.into_string()
}

/// `sha256-…` of an inline script or style, for the Content-Security-Policy.
fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

pub(crate) fn status_icon_word(s: FactStatus) -> (&'static str, &'static str) {
    match s {
        FactStatus::Agreed => ("\u{2713}", "agreed"),
        FactStatus::Conflict => ("\u{26a0}", "conflict"),
        FactStatus::Superseded => ("\u{21bb}", "superseded"),
        FactStatus::SingleSource => ("\u{25cb}", "single source"),
    }
}

/// The status as colour, icon and word.
fn badge(s: FactStatus) -> Markup {
    let (icon, word) = status_icon_word(s);
    html! { span class={ "badge st-" (s.as_str()) } { span.icon aria-hidden="true" { (icon) } " " (word) } }
}

pub(crate) struct Ctx<'a> {
    pub(crate) report: &'a Report,
    entity_names: HashMap<&'a str, &'a str>,
    sources: HashMap<&'a str, &'a Source>,
    claims: HashMap<&'a str, &'a Claim>,
    mentions: HashMap<&'a str, &'a Mention>,
    /// Outlet names that more than one source has.
    shared_names: std::collections::HashSet<&'a str>,
}

impl<'a> Ctx<'a> {
    fn new(report: &'a Report) -> Self {
        Self {
            report,
            entity_names: report
                .entities
                .iter()
                .map(|e| (e.id.as_str(), e.name.as_str()))
                .collect(),
            sources: report.sources.iter().map(|s| (s.id.as_str(), s)).collect(),
            claims: report.claims.iter().map(|c| (c.id.as_str(), c)).collect(),
            mentions: report.mentions.iter().map(|m| (m.id.as_str(), m)).collect(),
            shared_names: {
                let mut seen = std::collections::HashSet::new();
                report
                    .sources
                    .iter()
                    .map(|s| s.name.as_str())
                    .filter(|n| !seen.insert(*n))
                    .collect()
            },
        }
    }

    fn story_title(&self) -> String {
        let titles: Vec<&str> = self.report.sources.iter().filter_map(|s| s.title.as_deref()).collect();
        match titles.first() {
            Some(t) if titles.len() == 1 => (*t).to_string(),
            Some(t) => format!("{t} and {} more", titles.len() - 1),
            None => {
                let mut names: Vec<&str> = self.report.sources.iter().map(|s| s.name.as_str()).collect();
                names.dedup();
                names.join(", ")
            }
        }
    }

    fn status_counts(&self) -> Vec<(FactStatus, usize)> {
        let all = [
            FactStatus::Agreed,
            FactStatus::Conflict,
            FactStatus::Superseded,
            FactStatus::SingleSource,
        ];
        all.iter()
            .map(|&s| (s, self.report.facts.iter().filter(|f| f.status == s).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    pub(crate) fn entity(&self, id: Option<&str>) -> String {
        match id {
            Some(id) => self
                .entity_names
                .get(id)
                .map_or_else(|| id.to_string(), |n| (*n).to_string()),
            None => "?".to_string(),
        }
    }

    /// The outlet's name, with the source id when two sources share the name.
    fn source_label(&self, id: &str) -> String {
        match self.sources.get(id) {
            Some(s) if self.shared_names.contains(s.name.as_str()) => format!("{} ({})", s.name, s.id),
            Some(s) => s.name.clone(),
            None => id.to_string(),
        }
    }

    /// Outlets by name, the first few of a long list and how many more (all in its title).
    fn source_list(&self, ids: &[String]) -> Markup {
        const SHOWN: usize = 6;
        let names: Vec<String> = ids.iter().map(|s| self.source_label(s)).collect();
        if names.len() <= SHOWN + 1 {
            return html! { (names.join(", ")) };
        }
        html! {
            span title=(names.join(", ")) {
                (names[..SHOWN].join(", ")) " and " (names.len() - SHOWN) " more"
            }
        }
    }

    /// "Microsoft exclusivity OpenAI @ 2026-02 [initial]".
    pub(crate) fn fact_title(&self, f: &Fact) -> String {
        let mut t = format!(
            "{} {} {}",
            self.entity(f.subject.as_deref()),
            f.predicate.as_str().replace('_', " "),
            self.entity(f.object.as_deref())
        );
        if let Some(measure) = &f.measure {
            t.push_str(&format!(" ({})", measure.replace('_', " ")));
        }
        if let Some(time) = &f.time {
            t.push_str(&format!(" @ {time}"));
        }
        if let Some(part) = &f.part {
            t.push_str(&format!(" [{part}]"));
        }
        t
    }

    fn fact_section(&self) -> Markup {
        let facts = &self.report.facts;
        let mut entities: BTreeMap<String, &str> = BTreeMap::new();
        let mut predicates: Vec<&str> = Vec::new();
        for f in facts {
            for id in [&f.subject, &f.object].into_iter().flatten() {
                entities.entry(self.entity(Some(id))).or_insert(id);
            }
            if !predicates.contains(&f.predicate.as_str()) {
                predicates.push(f.predicate.as_str());
            }
        }
        predicates.sort_unstable();
        html! {
            section #facts aria-labelledby="facts-h" {
                h2 #facts-h { "Facts" }
                div.filters role="group" aria-label="Filter and sort the facts" {
                    label { "Status "
                        select #f-status {
                            option value="" { "all" }
                            @for (s, n) in self.status_counts() {
                                option value=(s.as_str()) { (status_icon_word(s).1) " (" (n) ")" }
                            }
                        }
                    }
                    label { "Entity "
                        select #f-entity {
                            option value="" { "all" }
                            @for (name, id) in &entities { option value=(id) { (name) } }
                        }
                    }
                    label { "Predicate "
                        select #f-pred {
                            option value="" { "all" }
                            @for p in &predicates { option value=(p) { (p.replace('_', " ")) } }
                        }
                    }
                    output #f-count aria-live="polite" { (facts.len()) " of " (facts.len()) " facts" }
                }
                div.tablewrap {
                    table #fact-table {
                        caption { "One row per fact. Choose a row (click, or " kbd { "Enter" } ") to mark its evidence in the articles; the quotes are in the row\u{2019}s last cell." }
                        thead { tr {
                            th scope="col" { "Status" }
                            th scope="col" { "Fact" }
                            th scope="col" { "Value as each source states it" }
                            th scope="col" #th-conf aria-sort="none" {
                                button #sort-conf type="button" title="Sort by confidence" { "Confidence " span.arrow aria-hidden="true" { "\u{2195}" } }
                            }
                            th scope="col" { "Evidence" }
                        } }
                        tbody {
                            @for (i, f) in facts.iter().enumerate() { (self.fact_row(i, f)) }
                        }
                    }
                }
            }
        }
    }

    fn fact_row(&self, i: usize, f: &Fact) -> Markup {
        let ents: Vec<&str> = [&f.subject, &f.object]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        let claims: Vec<&str> = f.evidence.iter().map(|e| e.claim.as_str()).collect();
        html! {
            tr #{ "row-" (f.id) } class={ "fact st-" (f.status.as_str()) } data-f=(f.id) data-status=(f.status.as_str())
                data-ents=(ents.join(" ")) data-pred=(f.predicate.as_str()) data-conf=(f.confidence)
                data-claims=(claims.join(" ")) data-order=(i) tabindex=(if i == 0 { "0" } else { "-1" }) {
                td.status data-label="Status" { (badge(f.status)) }
                td.fact data-label="Fact" {
                    span.fid { (f.id) } " " (self.fact_title(f))
                    @if let Some(s) = &f.superseded {
                        br; small { "superseded: " (s.old_time.as_deref().unwrap_or("?")) " \u{2192} " (s.new_time.as_deref().unwrap_or("?")) }
                    }
                    @if !f.parts.is_empty() { br; small { "parts: " (f.parts.join(", ")) } }
                }
                td.values data-label="Values" {
                    ul { @for side in &f.sides {
                        li {
                            span.val { (fact_value(&side.value)) }
                            " \u{2014} " (self.source_list(&side.sources))
                            @if f.sides.len() > 1 { " " span.dim { "(" (format!("{:.2}", side.confidence)) ")" } }
                        }
                    } }
                    @if !f.intra_source.is_empty() {
                        small { "on both sides: " (self.source_list(&f.intra_source)) }
                    }
                }
                td.conf data-label="Confidence" {
                    meter min="0" max="1" value=(f.confidence) aria-hidden="true" {} " " (format!("{:.2}", f.confidence))
                }
                td.ev data-label="Evidence" {
                    @let quotes = same_quotes(f, &self.claims);
                    details {
                        summary {
                            (f.evidence.len()) " quote" @if f.evidence.len() != 1 { "s" }
                            @if quotes.len() < f.evidence.len() { ", " (quotes.len()) " different" }
                        }
                        ol { @for (quote, cites) in &quotes {
                            li { q { (quote) } " " cite { (cites.iter().map(|(s, c)| format!("{}, {c}", self.source_label(s))).collect::<Vec<_>>().join("; ")) } }
                        } }
                    }
                }
            }
        }
    }

    fn conflict_section(&self) -> Markup {
        let cards: Vec<&Fact> = self
            .report
            .facts
            .iter()
            .filter(|f| matches!(f.status, FactStatus::Conflict | FactStatus::Superseded))
            .collect();
        html! {
            section #conflicts aria-labelledby="conflicts-h" {
                h2 #conflicts-h { "Conflicts" }
                @if cards.is_empty() { p { "The sources contradict each other on no fact." } }
                div.cards { @for f in cards { (self.conflict_card(f)) } }
            }
        }
    }

    /// Why the sides of a fact cannot all be true, in words.
    fn conflict_reason(&self, f: &Fact) -> String {
        let mut reasons = Vec::new();
        if let Some(s) = &f.superseded {
            reasons.push(format!(
                "superseded: the statement of {} replaces that of {}",
                s.new_time.as_deref().unwrap_or("?"),
                s.old_time.as_deref().unwrap_or("?")
            ));
        }
        let polarity = |v: &serde_json::Value| {
            v.get("polarity")
                .and_then(|p| p.as_str())
                .unwrap_or("affirmed")
                .to_string()
        };
        let figure = |v: &serde_json::Value| format::claim_value(v);
        let until = |v: &serde_json::Value| v.get("until").map(format::claim_value).unwrap_or_default();
        let differ = |key: &dyn Fn(&serde_json::Value) -> String| {
            let mut seen: Vec<String> = f.sides.iter().map(|s| key(&s.value)).collect();
            seen.dedup();
            seen.len() > 1
        };
        if differ(&polarity) {
            reasons.push("polarity: one side affirms what another denies".to_string());
        }
        if differ(&figure) {
            let values: Vec<String> = f
                .sides
                .iter()
                .map(|s| figure(&s.value))
                .filter(|v| !v.is_empty())
                .collect();
            reasons.push(format!("different values: {}", values.join(" vs ")));
        }
        if differ(&until) {
            let values: Vec<String> = f
                .sides
                .iter()
                .map(|s| match until(&s.value) {
                    u if u.is_empty() => "no end".to_string(),
                    u => format!("until {u}"),
                })
                .collect();
            reasons.push(format!("different end: {}", values.join(" vs ")));
        }
        if !f.intra_source.is_empty() {
            let who: Vec<String> = f.intra_source.iter().map(|s| self.source_label(s)).collect();
            let who = match who.len() {
                n if n > 7 => format!("{} and {} more", who[..6].join(", "), n - 6),
                _ => who.join(", "),
            };
            reasons.push(format!("{who} on more than one side"));
        }
        if reasons.is_empty() {
            reasons.push("the sides' values cannot all be true".to_string());
        }
        reasons.join("; ")
    }

    fn conflict_card(&self, f: &Fact) -> Markup {
        html! {
            article id={ "card-" (f.id) } class={ "card st-" (f.status.as_str()) } data-f=(f.id) data-status=(f.status.as_str()) aria-labelledby={ "card-h-" (f.id) } {
                h3 #{ "card-h-" (f.id) } { (badge(f.status)) " " span.fid { (f.id) } " " (self.fact_title(f)) }
                p.reason { b { "Why: " } (self.conflict_reason(f)) }
                div.sides {
                    @for (i, side) in f.sides.iter().enumerate() {
                        section.side aria-label={ "Side " (i + 1) } {
                            h4 { "Side " (i + 1) ": " span.val { (fact_value(&side.value)) } " " span.dim { "(confidence " (format!("{:.2}", side.confidence)) ")" } }
                            @for (first, also) in self.side_quotes(side) {
                                (self.claim_quote(first, &also))
                            }
                        }
                    }
                }
                button.show type="button" data-f=(f.id) { "Show " (f.id) " in the articles" }
            }
        }
    }

    /// A side's claims with each sentence once: the first claim that has it, and the
    /// other sources that carry the same words.
    fn side_quotes(&self, side: &crate::report::schema::WireSide) -> Vec<(&'a Claim, Vec<&'a str>)> {
        let mut out: Vec<(&Claim, Vec<&str>)> = Vec::new();
        for id in &side.claims {
            let Some(&c) = self.claims.get(id.as_str()) else {
                continue;
            };
            match out.iter_mut().find(|(first, _)| first.quote == c.quote) {
                Some((first, also)) => {
                    if first.source != c.source && !also.contains(&c.source.as_str()) {
                        also.push(&c.source);
                    }
                }
                None => out.push((c, Vec::new())),
            }
        }
        out
    }

    fn claim_quote(&self, c: &Claim, also: &[&str]) -> Markup {
        let source = self.sources.get(c.source.as_str());
        let cl = c;
        html! {
            figure.quote {
                blockquote { (c.quote) }
                figcaption {
                    b { (source.map_or(c.source.as_str(), |s| s.name.as_str())) } " (" (c.source) ")"
                    @if let Some(date) = source.and_then(|s| s.published.as_deref()) { ", published " (date) }
                    @if let Some(t) = &cl.time {
                        " \u{b7} dated " (t.value) @if t.from == "published" { " (the publish month)" } @else { " (in the sentence)" }
                    }
                    br;
                    "attribution: "
                    @match &cl.attribution {
                        Some(a) => {
                            (a.speaker.as_deref().map_or_else(|| "unnamed".to_string(), |s| self.entity(Some(s))))
                            @if !a.verb.is_empty() { " " (a.verb) }
                            @if a.quoted { ", quoted" }
                            @if a.second_hand { ", second-hand" }
                        }
                        None => "the outlet\u{2019}s own words",
                    }
                    " \u{b7} hedging: "
                    span.modality { @match cl.modality { crate::extract::claims::Modality::Asserted => "none", m => (wire(&m)) } }
                    " \u{b7} " (wire(&cl.polarity))
                    br; span.dim { (c.id) ", rule " (cl.rule) }
                    @if !also.is_empty() {
                        br; "the same words in: " (self.source_list(&also.iter().map(|s| s.to_string()).collect::<Vec<_>>()))
                    }
                }
            }
        }
    }

    fn entity_section(&self) -> Markup {
        let mut entities: Vec<_> = self.report.entities.iter().collect();
        entities.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
        html! {
            section #entities aria-labelledby="entities-h" {
                h2 #entities-h { "Entities" }
                p.dim { "Each company, organization and person with the words the articles use for it." }
                div.entities {
                    @for e in entities {
                        @let written = self.written_forms(&e.mentions);
                        article.entity data-e=(e.id) {
                            h3 { (e.name) " " span.dim { (wire(&e.kind)) @if let Some(t) = &e.ticker { ", " (t) } } }
                            @if let Some(p) = &e.parent { p { "part of " (self.entity(Some(p))) } }
                            p { (e.mentions.len()) " mention" @if e.mentions.len() != 1 { "s" } }
                            ul.forms {
                                @for (form, (kind, n)) in &written {
                                    li { span.form { (form) } " " span.dim { (kind) @if *n > 1 { " \u{d7}" (n) } } }
                                }
                            }
                            @let others: Vec<&String> = e.aliases.iter().filter(|a| !written.contains_key(a.as_str())).collect();
                            @if !others.is_empty() { p.dim { "also known as: " (others.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ")) } }
                            button.efilter type="button" data-e=(e.id) { "Facts about " (e.name) }
                        }
                    }
                }
            }
        }
    }

    /// The entity's mentions as written, with the kind of name (name, alias,
    /// brand, epithet, reference) and how often.
    fn written_forms(&self, mentions: &[String]) -> BTreeMap<&'a str, (&'static str, usize)> {
        let mut forms: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
        for id in mentions {
            let Some(m) = self.mentions.get(id.as_str()) else {
                continue;
            };
            let kind = match m.rule.as_str() {
                r if r.contains("epithet") => "epithet",
                r if r.contains("product") || r.contains("brand") => "brand",
                r if r.contains("alias") || r.contains("ticker") => "alias",
                r if r.contains("anaphor") || r.contains("pronoun") || r.contains("nominal") => "reference",
                _ => "name",
            };
            forms.entry(m.text.as_str()).or_insert((kind, 0)).1 += 1;
        }
        forms
    }

    fn diagnostics(&self) -> Markup {
        let d = &self.report.diagnostics;
        html! {
            @if !d.is_empty() {
                section #diagnostics aria-labelledby="diag-h" {
                    h2 #diag-h { "Diagnostics" }
                    ul { @for x in d { li { b { (wire(&x.level)) } " " (x.input) ": " (x.message) } } }
                }
            }
        }
    }

    fn article_section(&self) -> Markup {
        let mut by_source: HashMap<&str, (Vec<&Mention>, Vec<&Claim>)> = HashMap::new();
        for m in &self.report.mentions {
            by_source.entry(m.source.as_str()).or_default().0.push(m);
        }
        for c in &self.report.claims {
            by_source.entry(c.source.as_str()).or_default().1.push(c);
        }
        let empty = (Vec::new(), Vec::new());
        html! {
            aside #articles aria-labelledby="articles-h" {
                div.arthead {
                    h2 #articles-h { "Articles" }
                    p #sel-info aria-live="polite" { "Choose a fact to mark its evidence here." }
                    button #sel-back type="button" hidden { "Back to the fact" }
                    @if self.report.sources.len() > 2 {
                        label.only { input #only-ev type="checkbox"; " only the articles with the chosen fact\u{2019}s evidence" }
                    }
                    p.legend {
                        "Mentions: "
                        @for t in crate::extract::MentionType::ALL { mark class={ "m t-" (t.as_str()) } { (t.as_str()) } " " }
                        span.ev.on.sample { "evidence" }
                    }
                }
                div.cols {
                    @for s in &self.report.sources {
                        @let (mentions, claims) = by_source.get(s.id.as_str()).unwrap_or(&empty);
                        (self.article(s, mentions, claims))
                    }
                }
            }
        }
    }

    fn article(&self, s: &Source, mentions: &[&Mention], claims: &[&Claim]) -> Markup {
        let body = s.text.as_deref().map(|t| article_body(t, s, mentions, claims));
        html! {
            article.col #{ "src-" (s.id) } data-src=(s.id) aria-labelledby={ "src-h-" (s.id) } {
                header {
                    h3 #{ "src-h-" (s.id) } { (s.name) " " span.dim { "(" (s.id) ")" } }
                    @if let Some(t) = &s.title { p.title { (t) } }
                    p.meta {
                        @if let Some(d) = &s.published { "published " (d) }
                        @if let Some(a) = &s.author { " \u{b7} " (a) }
                        @if let Some(u) = &s.url {
                            " \u{b7} "
                            @if u.starts_with("https://") || u.starts_with("http://") { a href=(u) rel="noreferrer noopener" { (u) } } @else { (u) }
                        } @else if let Some(p) = &s.path { " \u{b7} " (p) }
                        br; (mentions.len()) " mentions, " (claims.len()) " claims"
                    }
                    p.evnote aria-live="polite" {}
                }
                @match body {
                    Some(b) => div.body tabindex="0" role="region" aria-label={ "Text of " (s.name) " (" (s.id) ")" } { (PreEscaped(b)) },
                    None => p.notext { "The report was written without the articles\u{2019} text (--no-text); the quotes are in the fact table." },
                }
            }
        }
    }
}

/// A fact's evidence with the same sentence quoted once, citing every (source, claim)
/// that has it (many outlets carry the same agency text), in first-seen order. The
/// quote is the claim's (`claims` by id), or the evidence's own in a report before v3.
fn same_quotes<'f>(f: &'f Fact, claims: &HashMap<&str, &'f Claim>) -> Vec<(&'f str, Vec<(&'f str, &'f str)>)> {
    let mut out: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for e in &f.evidence {
        let cite = (e.source.as_str(), e.claim.as_str());
        let quote: &str = match &e.quote {
            Some(q) => q,
            None => claims.get(e.claim.as_str()).map_or("", |c| c.quote.as_str()),
        };
        match index.get(quote) {
            Some(&i) => out[i].1.push(cite),
            None => {
                index.insert(quote, out.len());
                out.push((quote, vec![cite]));
            }
        }
    }
    out
}

/// The article's text with its evidence sentences, boilerplate and mentions marked.
fn article_body(text: &str, s: &Source, mentions: &[&Mention], claims: &[&Claim]) -> String {
    let mut regions = Vec::with_capacity(mentions.len() + claims.len() + s.boilerplate.len());
    // Claims of one sentence share one element.
    let mut sentences: BTreeMap<(usize, usize), Vec<&str>> = BTreeMap::new();
    for c in claims {
        sentences.entry((c.start, c.end)).or_default().push(&c.id);
    }
    for ((start, end), ids) in sentences {
        let mut open = String::from("<span class=\"ev\" data-c=\"");
        escape(&ids.join(" "), &mut open);
        open.push_str("\">");
        regions.push(Region {
            start,
            end,
            rank: 0,
            open,
            close: "</span>",
        });
    }
    for b in &s.boilerplate {
        let mut open = String::from("<span class=\"bp\" title=\"boilerplate: ");
        escape(&wire(&b.kind).replace('_', " "), &mut open);
        open.push_str("\">");
        regions.push(Region {
            start: b.start,
            end: b.end,
            rank: 1,
            open,
            close: "</span>",
        });
    }
    for m in mentions {
        let mut open = format!("<mark class=\"m t-{}\" data-m=\"", m.kind.as_str());
        escape(&m.id, &mut open);
        open.push_str("\" data-v=\"");
        escape(&format::mention_value(m.kind, &m.value.to_json()), &mut open);
        open.push_str("\" data-r=\"");
        escape(&m.rule, &mut open);
        open.push_str("\">");
        regions.push(Region {
            start: m.start,
            end: m.end,
            rank: 2,
            open,
            close: "</mark>",
        });
    }
    let mut out = String::with_capacity(text.len() * 2 + regions.len() * 96);
    text::render(text, regions, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlined_css_and_js_cannot_close_their_element() {
        assert!(!CSS.to_ascii_lowercase().contains("</style"));
        assert!(!JS.to_ascii_lowercase().contains("</script"));
    }

    #[test]
    fn csp_hash_is_base64_of_sha256() {
        // SHA-256 of "" is e3b0c442…; its base64 is well known.
        assert_eq!(sha256_source(""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }
}
