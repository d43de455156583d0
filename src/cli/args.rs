//! Command-line arguments (clap derive). Validation that needs no I/O happens here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

#[derive(Debug, Parser)]
#[command(name = "newsfacts", version, about = "Extract dates, money, organizations and claims from news articles and reconcile them across sources", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mentions per article (dates, money, percentages, organizations, persons).
    #[command(
        after_help = "Examples:\n  newsfacts extract fixtures/seeds-techcrunch/article.txt\n  newsfacts extract --format table --published 2026-04-27 story.txt\n  newsfacts extract --manifest articles.jsonl --format json"
    )]
    Extract(ExtractArgs),
    /// One reconciled JSON report over all the articles.
    #[command(
        after_help = "Examples:\n  newsfacts report fixtures/seeds-*/article.txt -o report.json\n  newsfacts report fixtures/seeds-*/article.txt -o report.json --html report.html\n  newsfacts report --manifest articles.jsonl --no-text -o report.json"
    )]
    Report(ReportArgs),
    /// Facts of source A vs source B (article files or reports).
    #[command(
        after_help = "Examples:\n  newsfacts diff fixtures/seeds-techcrunch/article.txt fixtures/seeds-b/article.txt\n  newsfacts diff old-report.json new-report.json --json"
    )]
    Diff(DiffArgs),
    /// Merge reports into one, with the facts reconciled again over all their sources.
    #[command(
        after_help = "The merged facts are those of one `report` over all the articles, in the same order.\n\nExamples:\n  newsfacts merge part1.json part2.json -o all.json\n  newsfacts merge reports/*.json > all.json"
    )]
    Merge(MergeArgs),
    /// Score extraction against fixtures or annotated corpora (precision, recall, F1).
    #[command(
        after_help = "Examples:\n  newsfacts check                      # every fixture under fixtures/\n  newsfacts check fixtures/seeds-b\n  newsfacts check --timeml ../shared/corpora/timeml --errors"
    )]
    Check(CheckArgs),
    /// Print the JSON Schema of the report.
    Schema,
    /// List the rules: each stable rule id (as reports carry it) with what it finds.
    #[command(
        after_help = "Examples:\n  newsfacts rules\n  newsfacts rules date.relative\n  newsfacts rules org.ticker.cashtag"
    )]
    Rules {
        /// Only the rules whose id is this or starts with it and a dot (`date`, `org.epithet`)
        prefix: Option<String>,
    },
    /// Add articles to a fact store (SQLite) and reconcile its facts; prints the facts that changed.
    #[command(
        after_help = "Articles already stored (same path and text) are skipped; a stored path with a new text replaces its source; the same text from another input is recorded as a copy and counted once.\n\nExamples:\n  newsfacts ingest --db facts.db fixtures/\n  newsfacts report --db facts.db --entity Microsoft"
    )]
    Ingest(IngestArgs),
    /// Ingest a folder's new and changed article files as they appear; prints the facts that changed.
    #[command(after_help = "Examples:\n  newsfacts watch incoming/ --db facts.db")]
    Watch(WatchArgs),
    /// Measure throughput (MB/s) of each stage on a large input built from the fixtures or FILE.
    #[command(after_help = "Examples:\n  newsfacts bench\n  newsfacts bench --mb 50 story.txt")]
    Bench(BenchArgs),
    /// Write a report as one self-contained HTML page (facts, conflicts, articles, entities, timeline).
    #[command(
        after_help = "The page loads nothing from the network and works from file://.\n\nExamples:\n  newsfacts view report.json -o report.html\n  newsfacts report fixtures/seeds-*/article.txt --html report.html"
    )]
    View(ViewArgs),
}

/// Where the articles come from and what is known about them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files (.txt, .html, .htm, optionally .gz), folders of them, WARC files (.warc, .warc.gz: every HTML or text page in them), or `-` for one article on standard input.
    pub files: Vec<PathBuf>,
    /// JSON Lines manifest: one {"path"|"text", "source", "published", "url"} per line (`-`: standard input).
    #[arg(long)]
    pub manifest: Option<PathBuf>,
    /// Publish date of every article (YYYY-MM-DD or RFC 3339): the anchor of relative dates. Overrides sidecars, manifests and page metadata.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<Date>,
    /// Source (outlet) name of every article. Overrides sidecars, manifests and page metadata.
    #[arg(long)]
    pub source: Option<String>,
    /// URL the article was fetched from (give it with one article): written to the report and
    /// read for a publish date (`/2020/01/13/`). Overrides sidecars, manifests and `rel=canonical`.
    #[arg(long)]
    pub url: Option<String>,
    /// Largest article accepted, in bytes.
    #[arg(long, default_value_t = crate::article::read::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// In folders, take the files matching this pattern (`*.html`, `2026/**/*.txt`) instead of the article extensions.
    #[arg(long, value_parser = parse_glob)]
    pub glob: Option<crate::article::FileGlob>,
    /// Articles worked on at once (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// No progress bar (it is shown only when standard error is a terminal).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Jsonl,
    Json,
    Table,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Leave the article text out of the output.
    #[arg(long)]
    pub no_text: bool,
    /// Take the articles as one story (an organization named in one is recognized in all, as
    /// `report` does): all are read before any is written, instead of streaming each on its own.
    #[arg(long)]
    pub story: bool,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The store (created when missing).
    #[arg(long)]
    pub db: PathBuf,
    /// Articles per transaction.
    #[arg(long, default_value_t = crate::store::BATCH, hide = true)]
    pub batch: usize,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The folder to watch (recursively).
    pub dir: PathBuf,
    /// The store (created when missing).
    #[arg(long)]
    pub db: PathBuf,
    /// Take the files matching this pattern instead of the article extensions.
    #[arg(long, value_parser = parse_glob)]
    pub glob: Option<crate::article::FileGlob>,
    /// Articles worked on at once (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Milliseconds without a new event before the changed files are read.
    #[arg(long, default_value_t = 300)]
    pub settle_ms: u64,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Read the report from this fact store instead of articles.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// With --db: sources published on or after this date, and the facts they state.
    #[arg(long, value_parser = parse_date, requires = "db")]
    pub since: Option<Date>,
    /// With --db: the facts an entity (id, name or alias) is subject or object of, and their sources.
    #[arg(long, requires = "db")]
    pub entity: Option<String>,
    /// With --db: one fact (id `f3` or its key) and its parts, with their sources.
    #[arg(long, requires = "db")]
    pub story: Option<String>,
    /// Write the report here (atomically) instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Leave sources' text out of the report (the SHA-256 and length stay).
    #[arg(long)]
    pub no_text: bool,
    /// Also write the report as an HTML page here (see `newsfacts view`); the JSON
    /// then goes only to --output, if given, not to standard output.
    #[arg(long, value_name = "PAGE.html")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// A report written by `newsfacts report` (or `merge`).
    pub report: PathBuf,
    /// Write the page here (atomically) instead of standard output.
    #[arg(short, long, value_name = "PAGE.html")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Source A: an article file or a report (.json).
    pub a: PathBuf,
    /// Source B: an article file or a report (.json).
    pub b: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// A fact store: A and B are stored sources (ids such as s3, or stored paths), compared on the store's facts.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Publish date for both articles, when they are article files.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<Date>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Reports written by `newsfacts report` (or `merge`), in order.
    #[arg(required = true)]
    pub reports: Vec<PathBuf>,
    /// Write the merged report here (atomically) instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Fixture folders (default: the bundled fixtures/).
    pub paths: Vec<PathBuf>,
    /// Score dates on a TimeML folder (TimeBank/AQUAINT .tml files).
    #[arg(long)]
    pub timeml: Option<PathBuf>,
    /// Score money, percentages and organizations on a MEANTIME folder.
    #[arg(long)]
    pub meantime: Option<PathBuf>,
    /// Score HTML main-text extraction on the article-extraction benchmark folder.
    #[arg(long)]
    pub extraction: Option<PathBuf>,
    /// Score main text and publish dates on trafilatura's evaluation pages
    /// (expectations.json and pages/ or pages.tar.xz); with --peer, a peer's figures beside.
    #[arg(long)]
    pub trafilatura_eval: Option<PathBuf>,
    /// Score facts on a folder of multi-outlet stories (`expected.frames.json` each);
    /// without any corpus option, `check` scores fixtures/blind/dev and fixtures/blind/test too.
    #[arg(long, value_name = "DIR")]
    pub stories: Vec<PathBuf>,
    /// List misses and false positives with context.
    #[arg(long)]
    pub errors: bool,
    /// With --stories: instead of facts, score claims source by source on the
    /// answer key's evidence words ("evidence recall"); with --errors, each miss
    /// with its sentence and the claims read there.
    #[arg(long, requires = "stories")]
    pub evidence: bool,
    /// With --meantime: write the corpus as one text file for a peer tool of ../shared/peers;
    /// with --timeml: a folder of one text per document and index.tsv (file, DCT, name).
    #[arg(long, value_name = "FILE|DIR")]
    pub export_text: Option<PathBuf>,
    /// With --meantime or --timeml: score a peer's JSONL mentions over the --export-text
    /// output instead of newsfacts (TimeML lines carry "doc", see scripts/peers-timeml.sh);
    /// with --trafilatura-eval: the JSONL of ../shared/peers/html_trafilatura.py on its pages.
    #[arg(long, value_name = "FILE.jsonl")]
    pub peer: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Article (or folder of articles) to repeat as the input (default: the
    /// bundled fixtures' articles); its HTML pages feed the `html` stages.
    pub file: Option<PathBuf>,
    /// Size of the input to build, in MB.
    #[arg(long, default_value_t = 20)]
    pub mb: usize,
    /// Run only the stages whose name starts with this (e.g. `dates`), to profile one.
    #[arg(long)]
    pub stage: Option<String>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    crate::article::meta::parse_published(s)
        .ok_or_else(|| crate::error::ErrorKind::BadPublished(s.to_owned()).to_string())
}

fn parse_glob(s: &str) -> Result<crate::article::FileGlob, String> {
    crate::article::FileGlob::new(s)
}
