//! `newsfacts merge`: several reports into one.

use super::args::MergeArgs;
use crate::report;

pub fn run(args: MergeArgs) -> anyhow::Result<u8> {
    let mut reports = Vec::with_capacity(args.reports.len());
    for path in &args.reports {
        // A report that cannot be read would silently drop its sources: stop before writing anything.
        reports.push(report::read(path)?);
    }
    let merged = report::merge(reports);
    let json = report::to_json(&merged);
    match &args.output {
        Some(path) => report::write::write_atomic(path, json.as_bytes())?,
        None => super::emit(&json)?,
    }
    Ok(super::EXIT_OK)
}
