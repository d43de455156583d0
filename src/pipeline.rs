//! Streaming: inputs read lazily, worked on in parallel, results handed back
//! in input order with a bounded number of articles in flight, so memory
//! stays flat however many articles a run is given.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::article::{self, FileGlob, Input};
use crate::error::{Error, ErrorKind, Result};

pub mod warc;

/// Where the inputs of a run come from.
#[derive(Debug, Clone, Default)]
pub struct Sources<'a> {
    /// Files, folders, WARC files, or `-` for one article on standard input.
    pub paths: &'a [PathBuf],
    /// A JSON Lines manifest, or `-` for one on standard input.
    pub manifest: Option<&'a Path>,
    /// With folders: the files to take instead of the article extensions.
    pub glob: Option<&'a FileGlob>,
    /// Largest page taken from a WARC file (`--max-bytes`; files check their own size when read).
    pub max_bytes: Option<u64>,
}

/// The inputs in order, read as they are consumed: a folder is listed when
/// it is reached, a manifest or a WARC file read record by record. Paths
/// that cannot be used come back as errors in their place.
pub fn inputs<'a>(sources: Sources<'a>) -> impl Iterator<Item = Result<Input>> + Send + 'a {
    let max_bytes = sources.max_bytes.unwrap_or(article::read::DEFAULT_MAX_BYTES);
    let from_paths = sources
        .paths
        .iter()
        .flat_map(move |p| -> Box<dyn Iterator<Item = Result<Input>> + Send> {
            if p.as_os_str() == "-" {
                return Box::new(std::iter::once(stdin_article()));
            }
            match article::expand_path_matching(p, sources.glob) {
                Ok(files) => Box::new(files.into_iter().flat_map(
                    move |f| -> Box<dyn Iterator<Item = Result<Input>> + Send> {
                        if warc::is_warc(&f) {
                            warc::inputs(&f, max_bytes)
                        } else {
                            Box::new(std::iter::once(Ok(Input::file(f))))
                        }
                    },
                )),
                Err(e) => Box::new(std::iter::once(Err(e))),
            }
        });
    let from_manifest = sources
        .manifest
        .into_iter()
        .flat_map(|m| -> Box<dyn Iterator<Item = Result<Input>> + Send> {
            match article::meta::manifest_lines(m) {
                Ok(lines) => {
                    let m = m.to_path_buf();
                    Box::new(lines.map(move |line| line.map(|entry| Input::from_manifest_line(entry, &m))))
                }
                Err(e) => Box::new(std::iter::once(Err(e))),
            }
        });
    from_paths.chain(from_manifest)
}

/// One article read whole from standard input.
fn stdin_article() -> Result<Input> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::new("-", ErrorKind::Io(e)))?;
    Ok(Input {
        path: None,
        text: Some(text),
        manifest: None,
        manifest_path: Some(PathBuf::from("-")),
    })
}

/// Runs `work` on every item on `jobs` threads and gives the results to
/// `sink` in the items' order, as soon as each one and all before it are
/// done. At most `4 × jobs` items are read ahead, so the items and results
/// held at once are bounded. A panic in `work` is raised again here.
pub fn ordered<T, U>(items: impl Iterator<Item = T>, jobs: usize, work: impl Fn(T) -> U + Sync, mut sink: impl FnMut(U))
where
    T: Send,
    U: Send,
{
    let jobs = jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("newsfacts-{i}"))
        .build()
        .expect("thread pool");
    let window = 4 * jobs;
    let work = &work;
    let (tx, rx) = std::sync::mpsc::channel();
    pool.in_place_scope(|scope| {
        let mut items = items.fuse();
        let (mut next_in, mut next_out) = (0usize, 0usize);
        let mut done: BTreeMap<usize, U> = BTreeMap::new();
        loop {
            while next_in - next_out < window {
                let Some(item) = items.next() else { break };
                let tx = tx.clone();
                let i = next_in;
                scope.spawn(move |_| {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(item)));
                    let _ = tx.send((i, r));
                });
                next_in += 1;
            }
            if next_out == next_in {
                break;
            }
            let (i, r) = rx.recv().expect("a worker answers");
            match r {
                Ok(u) => {
                    done.insert(i, u);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
            while let Some(u) = done.remove(&next_out) {
                sink(u);
                next_out += 1;
            }
        }
    });
}

/// The number of threads for `--jobs`: the given number, else all cores.
pub fn jobs(requested: Option<usize>) -> usize {
    requested
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        let mut out = Vec::new();
        // Early items sleep longest, so they finish last.
        ordered(
            0..40u64,
            3,
            |i| {
                std::thread::sleep(std::time::Duration::from_millis((40 - i) / 4));
                i * 10
            },
            |u| out.push(u),
        );
        assert_eq!(out, (0..40).map(|i| i * 10).collect::<Vec<_>>());
    }

    #[test]
    fn no_more_than_the_window_is_read_ahead() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let read = AtomicUsize::new(0);
        let mut max_ahead = 0;
        let mut emitted = 0;
        let items = (0..200).inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        ordered(
            items,
            2,
            |i: i32| i,
            |_| {
                emitted += 1;
                max_ahead = max_ahead.max(read.load(Ordering::SeqCst) - emitted);
            },
        );
        assert_eq!(emitted, 200);
        assert!(max_ahead < 8, "{max_ahead} items read ahead with a window of 8");
    }

    #[test]
    fn a_panicking_item_is_raised_not_hung() {
        let r = std::panic::catch_unwind(|| {
            ordered(0..10, 2, |i| assert!(i != 5, "item five"), |()| {});
        });
        assert!(r.is_err());
    }

    #[test]
    fn folders_are_filtered_by_glob() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for f in ["a.txt", "b.html", "sub/c.txt", "sub/d.md"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let paths = [dir.path().to_path_buf()];
        let names = |glob: Option<&FileGlob>| -> Vec<String> {
            inputs(Sources {
                paths: &paths,
                manifest: None,
                glob,
                max_bytes: None,
            })
            .map(|i| {
                let p = i.unwrap().path.unwrap();
                p.strip_prefix(dir.path()).unwrap().display().to_string()
            })
            .collect()
        };
        assert_eq!(names(None), ["a.txt", "b.html", "sub/c.txt"]);
        assert_eq!(names(Some(&FileGlob::new("*.md").unwrap())), ["sub/d.md"]);
        assert_eq!(names(Some(&FileGlob::new("sub/*").unwrap())), ["sub/c.txt", "sub/d.md"]);
    }
}
