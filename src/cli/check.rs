//! `newsfacts check`: fixtures and corpora, printed P/R/F1; exit 1 below targets.

use std::path::Path;

use super::args::CheckArgs;
use crate::check;

/// A corpus check: folder and `--errors` in, printed figures and pass/fail out.
type CorpusCheck = fn(&Path, bool) -> anyhow::Result<(String, bool)>;

pub fn run(args: CheckArgs) -> anyhow::Result<u8> {
    let mut ok = true;
    let corpus_given = args.timeml.is_some() || args.meantime.is_some() || args.extraction.is_some();
    let runs: [(Option<&Path>, CorpusCheck); 3] = [
        (args.timeml.as_deref(), check::timeml::run),
        (args.meantime.as_deref(), check::meantime::run),
        (args.extraction.as_deref(), check::extraction::run),
    ];
    for (dir, run) in runs {
        if let Some(dir) = dir {
            let (text, passed) = run(dir, args.errors)?;
            super::emit(&text)?;
            ok &= passed;
        }
    }
    if !args.paths.is_empty() || !corpus_given {
        let paths = if args.paths.is_empty() {
            vec![check::fixtures::bundled_dir()]
        } else {
            args.paths.clone()
        };
        let (text, passed) = check::fixtures::run(&paths)?;
        super::emit(&text)?;
        ok &= passed;
    }
    Ok(if ok { super::EXIT_OK } else { super::EXIT_SOME_FAILED })
}
