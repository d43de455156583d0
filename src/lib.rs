//! newsfacts reads news articles, extracts the dates, money figures,
//! organizations and claims in them with rules, and reconciles what several
//! outlets say about the same story into one JSON report.
//!
//! The data flows one way:
//! [`article`] (files to stored text + metadata) → [`text`] (normalized text,
//! sentences, offsets) → [`extract`] (mentions per rule family, then claims)
//! → [`reconcile`] (facts across sources) → [`report`], [`diff`], [`check`].
//!
//! ```
//! use newsfacts::{analyze, article::{load, Input, ReadOptions}};
//! let input = Input { text: Some("Amazon will invest $50 billion.".into()), ..Input::default() };
//! let article = load(&input, &ReadOptions::default()).unwrap();
//! let analysis = analyze(article);
//! assert_eq!(analysis.doc.sentences.len(), 1);
//! ```

pub mod article;
pub mod check;
pub mod cli;
pub mod diff;
pub mod error;
pub mod extract;
pub mod pipeline;
pub mod reconcile;
pub mod report;
pub mod store;
pub mod text;
pub mod view;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use article::{Article, Input, ReadOptions};
use error::{Error, Result};
use extract::Mention;
use extract::claims::Claim;
use text::Document;

/// One article after extraction.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub article: Article,
    pub doc: Document,
    pub mentions: Vec<Mention>,
    pub claims: Vec<Claim>,
}

/// Runs the extractors on one article.
pub fn analyze(article: Article) -> Analysis {
    finish(mentions_of(article))
}

/// Runs the mention extractors on one article, without claims (`claims`
/// left empty): what `extract` writes holds no claims.
pub fn analyze_mentions(article: Article) -> Analysis {
    flagged(mentions_of(article))
}

/// An article with its mentions, before claims.
struct Extracted {
    article: Article,
    doc: Document,
    mentions: Vec<Mention>,
}

fn mentions_of(article: Article) -> Extracted {
    let doc = Document::new(&article.text, article.published);
    let mentions = extract::extract(&doc);
    Extracted { article, doc, mentions }
}

/// Boilerplate flags and claims.
fn finish(e: Extracted) -> Analysis {
    let mut analysis = flagged(e);
    // The story pass may have named an organization right before a role.
    extract::orgs::persons::late_employers(&analysis.doc.text, &mut analysis.mentions);
    analysis.claims = extract::claims::extract_with_records(&analysis.doc, &analysis.mentions);
    analysis
}

/// Boilerplate flags, no claims yet.
fn flagged(e: Extracted) -> Analysis {
    let Extracted {
        article,
        doc,
        mut mentions,
    } = e;
    flag_boilerplate(&mut mentions, &doc, &article.boilerplate);
    Analysis {
        article,
        doc,
        mentions,
        claims: Vec::new(),
    }
}

/// Runs the extractors on the articles of one story: as [`analyze`] each,
/// with the story pass between mentions and claims (an organization named in
/// one article is recognized in all, under one entity id; see
/// [`extract::orgs::story`]).
pub fn analyze_story(articles: Vec<Article>) -> Vec<Analysis> {
    let mut extracted: Vec<Extracted> = articles.into_par_iter().map(mentions_of).collect();
    story_pass(extracted.iter_mut());
    extracted.into_par_iter().map(finish).collect()
}

fn story_pass<'a>(extracted: impl Iterator<Item = &'a mut Extracted>) {
    let mut sources: Vec<(&str, &mut Vec<Mention>)> =
        extracted.map(|e| (e.doc.text.as_str(), &mut e.mentions)).collect();
    extract::orgs::story::unify(&mut sources);
}

/// Flags the mentions that overlap a boilerplate region (char offsets) of the stored text.
pub fn flag_boilerplate(mentions: &mut [Mention], doc: &Document, regions: &[article::boilerplate::Region]) {
    if regions.is_empty() {
        return;
    }
    for m in mentions {
        let chars = doc.char_range(&m.span);
        m.boilerplate |= article::boilerplate::overlaps(regions, chars.start, chars.end);
    }
}

/// Turns command-line paths (files or folders) and an optional manifest into
/// inputs; paths that cannot be used come back as errors beside them.
pub fn collect_inputs(paths: &[PathBuf], manifest: Option<&Path>) -> (Vec<Input>, Vec<Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match article::expand_path(p) {
            Ok(files) => inputs.extend(files.into_iter().map(Input::file)),
            Err(e) => errors.push(e),
        }
    }
    if let Some(m) = manifest {
        match article::meta::read_manifest(m) {
            Ok(lines) => {
                for line in lines {
                    match line {
                        Ok(entry) => inputs.push(Input::from_manifest_line(entry, m)),
                        Err(e) => errors.push(e),
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    (inputs, errors)
}

/// Reads and analyses inputs in parallel; results keep the inputs' order.
/// The inputs are taken as one story (see [`analyze_story`]).
pub fn analyze_inputs(inputs: &[Input], opts: &ReadOptions) -> Vec<Result<Analysis>> {
    let mut extracted: Vec<Result<Extracted>> = inputs
        .par_iter()
        .map(|input| article::load(input, opts).map(mentions_of))
        .collect();
    story_pass(extracted.iter_mut().filter_map(|r| r.as_mut().ok()));
    extracted.into_par_iter().map(|r| r.map(finish)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rule::Rule;
    use extract::{MentionType, Value, orgs::EntityRef};

    #[test]
    fn mentions_inside_boilerplate_are_flagged() {
        let text = "Amazon met “OpenAI” on Monday.\ntech crunch event\nSan Francisco, California\n|\nOctober 13-15, 2026\nMicrosoft said no.\n";
        let regions = article::boilerplate::find(text);
        let doc = Document::new(text, None);
        let at = |s: &str| {
            let b = doc.text.find(s).unwrap();
            b..b + s.len()
        };
        let value = || Value::Entity(EntityRef::default());
        let mut mentions = vec![
            Mention::new(MentionType::Org, at("OpenAI"), value(), Rule::Test),
            Mention::new(MentionType::Date, at("October 13-15, 2026"), value(), Rule::Test),
            Mention::new(MentionType::Org, at("Microsoft"), value(), Rule::Test),
        ];
        flag_boilerplate(&mut mentions, &doc, &regions);
        let flags: Vec<bool> = mentions.iter().map(|m| m.boilerplate).collect();
        assert_eq!(flags, [false, true, false]);
    }
}
