//! `newsfacts report`: the reconciled JSON report.

use super::args::ReportArgs;
use crate::report::{self, Diagnostic, Level};

pub fn run(args: ReportArgs) -> anyhow::Result<u8> {
    if let Some(db) = &args.db {
        if !args.input.files.is_empty() || args.input.manifest.is_some() {
            anyhow::bail!("give either article files or --db, not both (add articles with `newsfacts ingest`)");
        }
        let store = crate::store::Store::open(db)?;
        let filter = crate::store::Filter {
            since: args.since.map(|d| d.to_string()),
            entity: args.entity.clone(),
            story: args.story.clone(),
            no_text: args.no_text,
        };
        let mut built = store.report(&filter)?;
        if args.no_text {
            for s in &mut built.sources {
                s.text = None;
            }
        }
        let json = report::to_json(&built);
        match &args.output {
            Some(path) => report::write::write_atomic(path, json.as_bytes())?,
            None => super::emit(&json)?,
        }
        return Ok(super::EXIT_OK);
    }
    let (analyses, errors) = super::analyze(&args.input)?;
    if analyses.is_empty() {
        // Never replace an existing report with the result of a run whose every input failed.
        anyhow::bail!("no input could be read; nothing written");
    }
    let mut diagnostics: Vec<Diagnostic> = errors
        .iter()
        .map(|e| Diagnostic {
            level: Level::Error,
            input: e.path.display().to_string(),
            message: e.kind.to_string(),
        })
        .collect();
    for a in &analyses {
        if let Some(message) = crate::article::published_conflicts(&a.article) {
            diagnostics.push(Diagnostic {
                level: Level::Warning,
                input: a
                    .article
                    .path
                    .as_ref()
                    .map_or_else(|| a.article.source.clone(), |p| p.display().to_string()),
                message,
            });
        }
    }
    let built = report::build(&analyses, diagnostics, report::BuildOptions { no_text: args.no_text });
    if let Some(page) = &args.html {
        report::write::write_atomic(page, crate::view::page(&built).as_bytes())?;
    }
    let json = report::to_json(&built);
    match (&args.output, &args.html) {
        (Some(path), _) => report::write::write_atomic(path, json.as_bytes())?,
        (None, None) => super::emit(&json)?,
        (None, Some(_)) => {}
    }
    Ok(super::exit_code(analyses.len(), errors.len()))
}
