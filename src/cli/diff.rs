//! `newsfacts diff`: facts of two sources or two reports.

use std::path::Path;

use super::args::DiffArgs;
use crate::article::{Input, ReadOptions};
use crate::diff;
use crate::report;

fn is_report(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

pub fn run(args: DiffArgs) -> anyhow::Result<u8> {
    let rows = match (is_report(&args.a), is_report(&args.b)) {
        _ if args.db.is_some() => {
            let store = crate::store::Store::open(args.db.as_deref().unwrap_or(Path::new("")))?;
            let a = store.source_by_name(&args.a.to_string_lossy())?;
            let b = store.source_by_name(&args.b.to_string_lossy())?;
            let all = store.report(&crate::store::Filter::default())?;
            diff::diff_sources(&all, &a, &b)
        }
        (true, true) => diff::diff_reports(&report::read(&args.a)?, &report::read(&args.b)?),
        (false, false) => {
            let opts = ReadOptions {
                published: args.published,
                ..ReadOptions::default()
            };
            let inputs = [Input::file(&args.a), Input::file(&args.b)];
            let mut analyses = Vec::new();
            for r in crate::analyze_inputs(&inputs, &opts) {
                analyses.push(r?);
            }
            let built = report::build(&analyses, Vec::new(), report::BuildOptions { no_text: true });
            diff::diff_sources(&built, &report::source_id(0), &report::source_id(1))
        }
        _ => anyhow::bail!("give two article files or two reports (.json), not one of each"),
    };
    if args.json {
        super::emit(&(serde_json::to_string_pretty(&rows)? + "\n"))?;
    } else {
        super::emit(&diff::to_table(&rows))?;
    }
    Ok(super::EXIT_OK)
}
