//! `newsfacts ingest --db facts.db FILES...`: articles into the fact store.

use super::args::IngestArgs;
use super::progress::Progress;
use crate::article::{Input, ReadOptions};
use crate::error::Error;
use crate::pipeline;
use crate::store::{FactChanges, Ingested, InputKey, Known, Store};

/// What the workers give back for one input.
enum Outcome {
    /// With its key, taken before extracting it (not taken again to store it).
    Analysed(Box<crate::Analysis>, InputKey),
    /// Its path and text are stored already: not extracted again.
    Unchanged,
    Failed(Error),
}

/// Counts of one ingest.
#[derive(Debug, Default)]
pub struct Tally {
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub duplicates: usize,
    pub failed: usize,
}

pub fn run(args: IngestArgs) -> anyhow::Result<u8> {
    let input = &args.input;
    if input.files.is_empty() && input.manifest.is_none() {
        anyhow::bail!("no input: give article files, folders, - or --manifest (see --help)");
    }
    let store = Store::open(&args.db)?;
    let sources = pipeline::Sources {
        paths: &input.files,
        manifest: input.manifest.as_deref(),
        glob: input.glob.as_ref(),
        max_bytes: Some(input.max_bytes),
    };
    let (tally, changes) = ingest(
        &store,
        pipeline::inputs(sources),
        &super::read_options(input),
        pipeline::jobs(input.jobs),
        args.batch.max(1),
        input.quiet,
    )?;
    eprintln!(
        "newsfacts: {}: {} new, {} replaced, {} unchanged, {} duplicate texts, {} failed; facts: {} added, {} changed, {} removed",
        store.path().display(),
        tally.new,
        tally.replaced,
        tally.unchanged,
        tally.duplicates,
        tally.failed,
        changes.added.len(),
        changes.changed.len(),
        changes.removed.len()
    );
    super::emit(&changes_table(&changes))?;
    Ok(super::exit_code(
        tally.new + tally.replaced + tally.unchanged + tally.duplicates,
        tally.failed,
    ))
}

/// Ingests inputs into `store` (transactions of `batch` articles), then reconciles.
pub fn ingest(
    store: &Store,
    inputs: impl Iterator<Item = crate::error::Result<Input>>,
    opts: &ReadOptions,
    jobs: usize,
    batch: usize,
    quiet: bool,
) -> anyhow::Result<(Tally, FactChanges)> {
    let mut known = store.known()?;
    let snapshot: Known = known.clone();
    let mut tally = Tally::default();
    let mut progress = Progress::new(quiet);
    let mut failure: Option<anyhow::Error> = None;
    let mut in_tx = 0usize;
    pipeline::ordered(
        inputs.take_while(|_| true),
        jobs,
        |r| work(r, opts, &snapshot),
        |outcome| {
            if failure.is_some() {
                return;
            }
            let step = || -> anyhow::Result<()> {
                match outcome {
                    Outcome::Failed(e) => {
                        tally.failed += 1;
                        progress.warn(&format!("newsfacts: {e}"));
                    }
                    Outcome::Unchanged => tally.unchanged += 1,
                    Outcome::Analysed(a, key) => {
                        if in_tx == 0 {
                            store.begin()?;
                        }
                        match store.add(&a, &key, &mut known)? {
                            Ingested::New(_) => tally.new += 1,
                            Ingested::Replaced(_) => tally.replaced += 1,
                            Ingested::Unchanged => tally.unchanged += 1,
                            Ingested::Duplicate(_) => tally.duplicates += 1,
                        }
                        progress.article(a.article.text.len());
                        in_tx += 1;
                        if in_tx == batch {
                            store.commit()?;
                            in_tx = 0;
                        }
                    }
                }
                Ok(())
            };
            if let Err(e) = step() {
                failure = Some(e);
            }
        },
    );
    progress.finish();
    if let Some(e) = failure {
        return Err(e.context(format!("{}: ingest stopped", store.path().display())));
    }
    if in_tx > 0 {
        store.commit()?;
    }
    // Facts are reconciled again only when claims changed (or an earlier ingest stopped before it).
    let changes = if store.facts_stale()? {
        store.reconcile()?
    } else {
        FactChanges::default()
    };
    Ok((tally, changes))
}

fn work(r: crate::error::Result<Input>, opts: &ReadOptions, known: &Known) -> Outcome {
    let input = match r {
        Ok(i) => i,
        Err(e) => return Outcome::Failed(e),
    };
    let article = match crate::article::load(&input, opts) {
        Ok(a) => a,
        Err(e) => return Outcome::Failed(e),
    };
    let key = InputKey::of(&article);
    if key.is_stored(known) {
        return Outcome::Unchanged;
    }
    Outcome::Analysed(Box::new(crate::analyze(article)), key)
}

/// One line per changed fact: `[added] key: status value (confidence)`.
pub fn changes_table(changes: &FactChanges) -> String {
    let mut out = String::new();
    for (label, facts) in [("added", &changes.added), ("changed", &changes.changed)] {
        for f in facts {
            out.push_str(&format!(
                "[{label}] {} {}: {} {} ({})\n",
                f.id,
                f.key,
                f.status.as_str(),
                short(&f.value),
                f.confidence
            ));
        }
    }
    for key in &changes.removed {
        out.push_str(&format!("[removed] {key}\n"));
    }
    out
}

fn short(v: &serde_json::Value) -> String {
    let mut parts = Vec::new();
    for k in ["amount", "currency", "value", "exactness", "polarity"] {
        if let Some(x) = v.get(k).and_then(|x| x.as_str()) {
            parts.push(x.to_string());
        }
    }
    parts.join(" ")
}
