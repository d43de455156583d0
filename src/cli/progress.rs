//! A progress line on standard error (indicatif) while articles stream:
//! articles done, articles/s and MB/s. Shown only on a terminal and without `--quiet`.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    articles: u64,
    bytes: u64,
}

impl Progress {
    pub fn new(quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(5));
            bar.set_style(ProgressStyle::with_template("{spinner} {elapsed} {msg}").expect("template"));
            bar
        });
        Self {
            bar,
            start: Instant::now(),
            articles: 0,
            bytes: 0,
        }
    }

    /// Counts one article of `bytes` bytes of text.
    pub fn article(&mut self, bytes: usize) {
        self.articles += 1;
        self.bytes += bytes as u64;
        if let Some(bar) = &self.bar {
            let secs = self.start.elapsed().as_secs_f64().max(1e-6);
            bar.set_message(format!(
                "{} articles, {:.0} articles/s, {:.1} MB/s",
                self.articles,
                self.articles as f64 / secs,
                self.bytes as f64 / 1e6 / secs
            ));
            bar.tick();
        }
    }

    /// Prints a line on standard error without breaking the bar.
    pub fn warn(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
