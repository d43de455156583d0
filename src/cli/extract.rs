//! `newsfacts extract`: mentions per article.

use serde::Serialize;

use super::args::{ExtractArgs, Format};
use crate::report::{self, schema};

/// One article's line of `extract` output.
#[derive(Serialize)]
struct ArticleMentions<'a> {
    source: &'a schema::Source,
    mentions: Vec<schema::Mention>,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<u8> {
    let (analyses, errors) = super::analyze(&args.input)?;
    let opts = report::BuildOptions { no_text: args.no_text };
    let built = report::build(&analyses, Vec::new(), opts);
    let mut out = String::new();
    let per_article: Vec<ArticleMentions> = built
        .sources
        .iter()
        .map(|s| ArticleMentions {
            source: s,
            mentions: built.mentions.iter().filter(|m| m.source == s.id).cloned().collect(),
        })
        .collect();
    match args.format {
        Format::Jsonl => {
            for a in &per_article {
                out.push_str(&serde_json::to_string(a)?);
                out.push('\n');
            }
        }
        Format::Json => {
            out.push_str(&serde_json::to_string_pretty(&per_article)?);
            out.push('\n');
        }
        Format::Table => {
            for a in &per_article {
                out.push_str(&format!(
                    "# {} ({}, published {})\n",
                    a.source.name,
                    a.source.id,
                    a.source.published.as_deref().unwrap_or("unknown")
                ));
                for m in &a.mentions {
                    out.push_str(&format!(
                        "{:>6}..{:<6} {:<9} {:<40} {:<28} {}\n",
                        m.start,
                        m.end,
                        m.kind.as_str(),
                        truncate(&m.text, 40),
                        truncate(&short_value(&m.value.to_json()), 28),
                        m.rule
                    ));
                }
            }
        }
    }
    super::emit(&out)?;
    Ok(super::exit_code(analyses.len(), errors.len()))
}

fn short_value(v: &serde_json::Value) -> String {
    for key in ["value", "entity", "amount"] {
        if let Some(s) = v.get(key).and_then(|x| x.as_str()) {
            return s.to_string();
        }
    }
    v.to_string()
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        s.chars().take(n - 1).chain(['…']).collect()
    }
}
