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
pub mod reconcile;
pub mod report;
pub mod text;

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
    let doc = Document::new(&article.text, article.published);
    let mentions = extract::extract(&doc);
    let claims = extract::claims::extract(&doc, &mentions);
    Analysis {
        article,
        doc,
        mentions,
        claims,
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
                        Ok(entry) => inputs.push(Input {
                            path: entry.path,
                            text: entry.text,
                            manifest: Some(article::meta::UserMeta {
                                source: entry.source,
                                published: entry.published,
                                url: entry.url,
                            }),
                            manifest_path: Some(m.to_path_buf()),
                        }),
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
pub fn analyze_inputs(inputs: &[Input], opts: &ReadOptions) -> Vec<Result<Analysis>> {
    inputs
        .par_iter()
        .map(|input| article::load(input, opts).map(analyze))
        .collect()
}
