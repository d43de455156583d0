//! `newsfacts check`: fixtures and corpora, printed P/R/F1; exit 1 below targets.

use std::path::Path;

use super::args::CheckArgs;
use crate::check;

/// A corpus check: folder and `--errors` in, printed figures and pass/fail out.
type CorpusCheck = fn(&Path, bool) -> anyhow::Result<(String, bool)>;

pub fn run(args: CheckArgs) -> anyhow::Result<u8> {
    if let Some(dir) = &args.trafilatura_eval {
        let (text, passed) = check::trafilatura_eval::run(dir, args.errors, args.peer.as_deref())?;
        super::emit(&text)?;
        return Ok(if passed {
            super::EXIT_OK
        } else {
            super::EXIT_SOME_FAILED
        });
    }
    let peer_mode = args.export_text.is_some() || args.peer.is_some();
    if let (Some(dir), true) = (&args.meantime, peer_mode) {
        return peer_on_meantime(dir, &args);
    }
    if let (Some(dir), true) = (&args.timeml, peer_mode) {
        return peer_on_timeml(dir, &args);
    }
    anyhow::ensure!(!peer_mode, "--export-text and --peer go with --meantime or --timeml");
    let mut ok = true;
    let corpus_given =
        args.timeml.is_some() || args.meantime.is_some() || args.extraction.is_some() || !args.stories.is_empty();
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
    let blind = check::fixtures::bundled_dir().join("blind");
    let stories = if corpus_given || !args.paths.is_empty() {
        args.stories.clone()
    } else {
        vec![blind.join("dev"), blind.join("test")]
    };
    for dir in stories.iter().filter(|d| d.is_dir() || !args.stories.is_empty()) {
        let (text, _) = if args.evidence {
            let (text, score) = check::evidence::run(dir, args.errors)?;
            (text, score.recall())
        } else {
            let (text, score) = check::stories::run(dir, args.errors)?;
            (text, score.f1())
        };
        super::emit(&text)?;
    }
    Ok(if ok { super::EXIT_OK } else { super::EXIT_SOME_FAILED })
}

/// `--timeml DIR --export-text OUT_DIR` and `--timeml DIR --peer FILE.jsonl`.
fn peer_on_timeml(dir: &Path, args: &CheckArgs) -> anyhow::Result<u8> {
    let docs = check::timeml::read_dir(dir)?;
    if let Some(out) = &args.export_text {
        super::emit(&check::timeml_peers::export(&docs, out)?)?;
    }
    if let Some(peer) = &args.peer {
        let jsonl = std::fs::read_to_string(peer).map_err(|e| anyhow::anyhow!("{}: {e}", peer.display()))?;
        super::emit(&check::timeml_peers::run(&docs, &jsonl, &peer.display().to_string())?)?;
    }
    Ok(super::EXIT_OK)
}

/// `--meantime DIR --export-text FILE` and `--meantime DIR --peer FILE.jsonl`.
fn peer_on_meantime(dir: &Path, args: &CheckArgs) -> anyhow::Result<u8> {
    let docs = check::meantime::read_corpus(dir)?;
    if let Some(out) = &args.export_text {
        let (text, _) = check::meantime_peers::corpus_text(&docs);
        crate::report::write::write_atomic(out, text.as_bytes())?;
        super::emit(&format!(
            "{}: {} MEANTIME documents, {} bytes\n",
            out.display(),
            docs.len(),
            text.len()
        ))?;
    }
    if let Some(peer) = &args.peer {
        let jsonl = std::fs::read_to_string(peer).map_err(|e| anyhow::anyhow!("{}: {e}", peer.display()))?;
        super::emit(&check::meantime_peers::run(&docs, &jsonl, &peer.display().to_string())?)?;
    }
    Ok(super::EXIT_OK)
}
