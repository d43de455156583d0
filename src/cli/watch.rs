//! `newsfacts watch DIR --db facts.db`: ingests the folder's article files,
//! then every file created or changed in it (notify), and prints the facts
//! that changed after each round.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};

use super::args::WatchArgs;
use crate::article::{FileGlob, Input, ReadOptions};
use crate::pipeline;
use crate::store::Store;

pub fn run(args: WatchArgs) -> anyhow::Result<u8> {
    if !args.dir.is_dir() {
        anyhow::bail!("{}: not a folder", args.dir.display());
    }
    let store = Store::open(&args.db)?;
    let opts = ReadOptions::default();
    let jobs = pipeline::jobs(args.jobs);
    // Events first, so a file written during the first round is not missed.
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |res| {
        let _ = tx.send(res);
    })?;
    watcher.watch(&args.dir, RecursiveMode::Recursive)?;
    let dirs = [args.dir.clone()];
    let first = pipeline::inputs(pipeline::Sources {
        paths: &dirs,
        manifest: None,
        glob: args.glob.as_ref(),
        max_bytes: None,
    })
    // An empty folder is not an error here: files will come.
    .filter(|r| r.is_ok());
    round(&store, first, &opts, jobs)?;
    eprintln!("newsfacts: watching {} (stop with Ctrl-C)", args.dir.display());
    loop {
        let Ok(event) = rx.recv() else {
            return Ok(super::EXIT_OK);
        };
        let mut paths: Vec<PathBuf> = Vec::new();
        collect(event, &args.dir, args.glob.as_ref(), &mut paths);
        // Settle: a file is often written in several events.
        loop {
            match rx.recv_timeout(Duration::from_millis(args.settle_ms)) {
                Ok(event) => collect(event, &args.dir, args.glob.as_ref(), &mut paths),
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(super::EXIT_OK),
            }
        }
        paths.sort();
        paths.dedup();
        paths.retain(|p| p.is_file());
        if paths.is_empty() {
            continue;
        }
        round(&store, paths.into_iter().map(|p| Ok(Input::file(p))), &opts, jobs)?;
    }
}

fn round(
    store: &Store,
    inputs: impl Iterator<Item = crate::error::Result<Input>>,
    opts: &ReadOptions,
    jobs: usize,
) -> anyhow::Result<()> {
    let (tally, changes) = super::ingest::ingest(store, inputs, opts, jobs, crate::store::BATCH, true)?;
    if tally.new + tally.replaced + tally.duplicates + tally.failed > 0 {
        eprintln!(
            "newsfacts: {} new, {} replaced, {} duplicate texts, {} failed",
            tally.new, tally.replaced, tally.duplicates, tally.failed
        );
    }
    super::emit(&super::ingest::changes_table(&changes))?;
    Ok(())
}

/// The article files an event names.
fn collect(
    event: notify::Result<notify::Event>,
    root: &std::path::Path,
    glob: Option<&FileGlob>,
    out: &mut Vec<PathBuf>,
) {
    let Ok(event) = event else { return };
    if !matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_)) {
        return;
    }
    for p in event.paths {
        let wanted = match glob {
            Some(g) => g.matches(root, &p),
            None => crate::article::is_article_file(&p),
        };
        if wanted {
            out.push(p);
        }
    }
}
