//! `newsfacts bench`: throughput of each stage on a large input, in MB/s
//! (1 MB = 10^6 bytes), single-threaded, best of three runs. The `html`
//! stage (page → main text and metadata; its items are text bytes out) runs
//! on HTML pages, the others on text. `claims` reads the mentions of
//! `extract (all)`, found beforehand; `report` (reconcile and JSON, one
//! report per story) reads articles analysed beforehand.
//!
//! The text stages run twice: on one large document (cut into the
//! extractors' windows of [`crate::extract::WINDOW_BYTES`]), then as
//! `per-article` stages on the same bytes cut into articles of about
//! [`ARTICLE_BYTES`], each its own document, as `extract` reads a day of news.

use std::time::Instant;

use super::args::BenchArgs;
use crate::article::{Input, ReadOptions};
use crate::text::Document;

/// One measured stage: runs once, returns how many items it produced.
type Stage<'a> = Box<dyn Fn() -> usize + 'a>;

/// Decoded HTML pages for the `html` stage: `file` when it is a page, the
/// pages in it when it is a folder, else the bundled fixtures' `article.html` pages.
fn html_pages(file: Option<&std::path::Path>) -> anyhow::Result<Vec<String>> {
    let is_html = |p: &std::path::Path| {
        let name = p.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name).to_string();
        name.ends_with(".html") || name.ends_with(".htm")
    };
    let paths: Vec<std::path::PathBuf> = match file {
        Some(p) if is_html(p) => vec![p.to_path_buf()],
        Some(p) if p.is_dir() => crate::article::expand_path(p)?
            .into_iter()
            .filter(|p| is_html(p))
            .collect(),
        _ => crate::check::fixtures::find_fixtures(&crate::check::fixtures::bundled_dir())?
            .into_iter()
            .map(|d| d.join("article.html"))
            .filter(|p| p.is_file())
            .collect(),
    };
    let mut pages = Vec::new();
    for p in paths {
        let bytes = crate::article::read::read_bytes(&p, crate::article::read::DEFAULT_MAX_BYTES)?;
        let declared = crate::article::html::declared_charset(&bytes);
        pages.push(crate::article::read::decode(&bytes, declared).0);
    }
    Ok(pages)
}

/// The articles to bench on, by story: each bundled fixture is one story;
/// a given file, or each file of a given folder, is a story of its own.
fn stories(file: Option<&std::path::Path>) -> anyhow::Result<Vec<Vec<crate::article::Article>>> {
    Ok(match file {
        Some(p) if p.is_dir() => crate::article::expand_path(p)?
            .into_iter()
            .filter_map(|f| crate::article::load(&Input::file(&f), &ReadOptions::default()).ok())
            .map(|a| vec![a])
            .collect(),
        Some(p) => vec![vec![crate::article::load(&Input::file(p), &ReadOptions::default())?]],
        None => crate::check::fixtures::find_fixtures(&crate::check::fixtures::bundled_dir())?
            .iter()
            .map(|dir| crate::check::fixtures::load_fixture_articles(dir))
            .collect::<anyhow::Result<_>>()?,
    })
}

/// The size of a news article (the many-articles benchmark's articles are 4-6 KB).
const ARTICLE_BYTES: usize = 5_000;

/// `text` cut into articles of at least [`ARTICLE_BYTES`] (the last may be
/// shorter), each ending after the first paragraph break past that size.
fn articles_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let limit = start + ARTICLE_BYTES;
        let cut = if limit >= text.len() {
            text.len()
        } else {
            memchr::memmem::find(&text.as_bytes()[limit..], b"\n\n").map_or(text.len(), |i| limit + i + 2)
        };
        out.push(&text[start..cut]);
        start = cut;
    }
    out
}

/// A family run on each document, for the `per-article` stages.
fn per_doc<'a>(docs: &'a [Document], family: fn(&Document) -> Vec<crate::extract::Mention>) -> Stage<'a> {
    Box::new(move || docs.iter().map(|d| crate::extract::windowed(d, family).len()).sum())
}

pub fn run(args: BenchArgs) -> anyhow::Result<u8> {
    let stories = stories(args.file.as_deref())?;
    let mut unit = String::new();
    for a in stories.iter().flatten() {
        unit.push_str(&a.text);
        unit.push_str("\n\n");
    }
    anyhow::ensure!(!unit.is_empty(), "no text to benchmark");
    let target = args.mb * 1_000_000;
    let mut big = String::with_capacity(target + unit.len());
    while big.len() < target {
        big.push_str(&unit);
    }
    let published = jiff::civil::Date::new(2026, 4, 27).ok();
    super::emit(
        &(format!(
            "input: {:.1} MB ({} copies of {} bytes; per-article stages: {} articles)",
            big.len() as f64 / 1e6,
            big.len() / unit.len(),
            unit.len(),
            articles_of(&big).len()
        ) + "\n"),
    )?;

    // HTML → main text + metadata, page by page, over as many bytes of HTML.
    let pages = html_pages(args.file.as_deref())?;
    let mut html_input: Vec<&str> = Vec::new();
    let mut html_bytes = 0;
    while !pages.is_empty() && html_bytes < target {
        for p in &pages {
            html_input.push(p);
            html_bytes += p.len();
        }
    }
    if !pages.is_empty() {
        super::emit(
            &(format!(
                "html input: {:.1} MB ({} pages from {} distinct)",
                html_bytes as f64 / 1e6,
                html_input.len(),
                pages.len()
            ) + "\n"),
        )?;
    }

    let wanted = |name: &str| args.stage.as_deref().is_none_or(|s| name.starts_with(s));

    // What the organization catalogue adds to start-up (it loads on first use):
    // three builds of its own, so only when asked for (no `--stage`, or
    // `--stage "orgs gazetteer"`), not in the instruction count of a stage
    // (`--stage orgs` builds the catalogue once, as any run does).
    if args.stage.as_deref().is_none_or(|s| s.starts_with("orgs gazetteer")) {
        let mut load = f64::INFINITY;
        for _ in 0..3 {
            let t = Instant::now();
            let entries = crate::extract::orgs::gazetteer::Gazetteer::build().entries.len();
            load = load.min(t.elapsed().as_secs_f64());
            std::hint::black_box(entries);
        }
        super::emit(&format!(
            "orgs gazetteer load {:>6.1} ms (start-up cost, once per process)\n",
            load * 1e3
        ))?;
    }
    let doc = Document::new(&big, published);
    // What the stages after extraction read, found once, outside the timings.
    let mentions = if wanted("claims") {
        crate::extract::extract(&doc)
    } else {
        Vec::new()
    };
    // One report per story, the stories repeated until they make as many bytes as `big`.
    let analysed: Vec<Vec<crate::Analysis>> = if wanted("report") {
        stories
            .iter()
            .map(|s| s.iter().cloned().map(crate::analyze).collect())
            .collect()
    } else {
        Vec::new()
    };
    let story_bytes: usize = stories.iter().flatten().map(|a| a.text.len()).sum();
    let report_copies = target.div_ceil(story_bytes.max(1));
    // The same bytes as many articles, each its own document.
    let articles = articles_of(&big);
    let per_article = |name: &str| wanted(&format!("per-article {name}"));
    let docs: Vec<Document> = if ["dates", "money", "orgs", "extract (all)", "claims"]
        .iter()
        .any(|n| per_article(n))
    {
        articles.iter().map(|a| Document::new(a, published)).collect()
    } else {
        Vec::new()
    };
    let doc_mentions: Vec<Vec<crate::extract::Mention>> = if per_article("claims") {
        docs.iter().map(crate::extract::extract).collect()
    } else {
        Vec::new()
    };
    let mut stages: Vec<(&str, usize, Stage)> = Vec::new();
    if !pages.is_empty() {
        // The parser alone, to see what the extraction adds to it.
        stages.push((
            "html parse",
            html_bytes,
            Box::new(|| {
                html_input
                    .iter()
                    .map(|p| scraper::Html::parse_document(p).tree.nodes().count())
                    .sum()
            }),
        ));
        stages.push((
            "html",
            html_bytes,
            Box::new(|| {
                html_input
                    .iter()
                    .map(|p| crate::article::html::extract(p).text.len())
                    .sum()
            }),
        ));
    }
    let text_stages: Vec<(&str, Stage)> = vec![
        (
            "read+segment",
            Box::new(|| Document::new(&big, published).sentences.len()),
        ),
        (
            "dates",
            Box::new(|| crate::extract::windowed(&doc, crate::extract::dates::extract).len()),
        ),
        (
            "money",
            Box::new(|| crate::extract::windowed(&doc, crate::extract::money::extract).len()),
        ),
        (
            "orgs",
            Box::new(|| crate::extract::windowed(&doc, crate::extract::orgs::extract).len()),
        ),
        ("extract (all)", Box::new(|| crate::extract::extract(&doc).len())),
        (
            "claims",
            Box::new(|| crate::extract::claims::extract_with_records(&doc, &mentions).len()),
        ),
        (
            "pipeline",
            Box::new(|| {
                let doc = Document::new(&big, published);
                let mentions = crate::extract::extract(&doc);
                crate::extract::claims::extract_with_records(&doc, &mentions).len() + mentions.len()
            }),
        ),
    ];
    stages.extend(text_stages.into_iter().map(|(name, stage)| (name, big.len(), stage)));
    let article_stages: Vec<(&str, Stage)> = vec![
        (
            "per-article read+segment",
            Box::new(|| {
                articles
                    .iter()
                    .map(|a| Document::new(a, published).sentences.len())
                    .sum()
            }),
        ),
        ("per-article dates", per_doc(&docs, crate::extract::dates::extract)),
        ("per-article money", per_doc(&docs, crate::extract::money::extract)),
        ("per-article orgs", per_doc(&docs, crate::extract::orgs::extract)),
        (
            "per-article extract (all)",
            Box::new(|| docs.iter().map(|d| crate::extract::extract(d).len()).sum()),
        ),
        (
            "per-article claims",
            Box::new(|| {
                docs.iter()
                    .zip(&doc_mentions)
                    .map(|(d, m)| crate::extract::claims::extract_with_records(d, m).len())
                    .sum()
            }),
        ),
        (
            "per-article pipeline",
            Box::new(|| {
                articles
                    .iter()
                    .map(|a| {
                        let doc = Document::new(a, published);
                        let mentions = crate::extract::extract(&doc);
                        crate::extract::claims::extract_with_records(&doc, &mentions).len() + mentions.len()
                    })
                    .sum()
            }),
        ),
    ];
    stages.extend(article_stages.into_iter().map(|(name, stage)| (name, big.len(), stage)));
    // Reconciling and serializing, from analysed articles; its items are JSON bytes out.
    stages.push((
        "report",
        report_copies * story_bytes,
        Box::new(|| {
            let mut json_bytes = 0;
            for _ in 0..report_copies {
                for story in &analysed {
                    let built = crate::report::build(story, Vec::new(), crate::report::BuildOptions::default());
                    json_bytes += crate::report::to_json(&built).len();
                }
            }
            json_bytes
        }),
    ));
    for (name, bytes, stage) in stages.into_iter().filter(|(name, _, _)| wanted(name)) {
        let mut best = f64::INFINITY;
        let mut items = 0;
        for _ in 0..3 {
            let t = Instant::now();
            items = stage();
            best = best.min(t.elapsed().as_secs_f64());
        }
        super::emit(
            &(format!(
                "{name:<26} {:>8.1} MB/s  {:>8.3} s  {items} items",
                bytes as f64 / 1e6 / best,
                best
            ) + "\n"),
        )?;
    }
    Ok(super::EXIT_OK)
}
