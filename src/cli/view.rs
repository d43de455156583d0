//! `newsfacts view`: the HTML page of a report.

use super::args::ViewArgs;
use crate::report;

pub fn run(args: ViewArgs) -> anyhow::Result<u8> {
    let report = report::read(&args.report)?;
    let page = crate::view::page(&report);
    match &args.output {
        Some(path) => report::write::write_atomic(path, page.as_bytes())?,
        None => super::emit(&page)?,
    }
    Ok(super::EXIT_OK)
}
