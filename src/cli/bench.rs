//! `newsfacts bench`: throughput of each stage on a large input, in MB/s
//! (1 MB = 10^6 bytes), single-threaded, best of three runs.

use std::time::Instant;

use super::args::BenchArgs;
use crate::article::{Input, ReadOptions};
use crate::text::Document;

/// One measured stage: runs once, returns how many items it produced.
type Stage<'a> = Box<dyn Fn() -> usize + 'a>;

pub fn run(args: BenchArgs) -> anyhow::Result<u8> {
    let unit = match &args.file {
        Some(p) => crate::article::load(&Input::file(p), &ReadOptions::default())?.text,
        None => {
            let mut text = String::new();
            for dir in crate::check::fixtures::find_fixtures(&crate::check::fixtures::bundled_dir())? {
                for a in crate::check::fixtures::load_fixture_articles(&dir)? {
                    text.push_str(&a.text);
                    text.push_str("\n\n");
                }
            }
            text
        }
    };
    anyhow::ensure!(!unit.is_empty(), "no text to benchmark");
    let target = args.mb * 1_000_000;
    let mut big = String::with_capacity(target + unit.len());
    while big.len() < target {
        big.push_str(&unit);
    }
    let published = jiff::civil::Date::new(2026, 4, 27).ok();
    println!(
        "input: {:.1} MB ({} copies of {} bytes)",
        big.len() as f64 / 1e6,
        big.len() / unit.len(),
        unit.len()
    );

    let doc = Document::new(&big, published);
    let stages: Vec<(&str, Stage)> = vec![
        (
            "read+segment",
            Box::new(|| Document::new(&big, published).sentences.len()),
        ),
        ("dates", Box::new(|| crate::extract::dates::extract(&doc).len())),
        ("money", Box::new(|| crate::extract::money::extract(&doc).len())),
        ("orgs", Box::new(|| crate::extract::orgs::extract(&doc).len())),
        ("extract (all)", Box::new(|| crate::extract::extract(&doc).len())),
        (
            "pipeline",
            Box::new(|| {
                let doc = Document::new(&big, published);
                let mentions = crate::extract::extract(&doc);
                crate::extract::claims::extract(&doc, &mentions).len() + mentions.len()
            }),
        ),
    ];
    for (name, stage) in stages {
        let mut best = f64::INFINITY;
        let mut items = 0;
        for _ in 0..3 {
            let t = Instant::now();
            items = stage();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{name:<15} {:>8.1} MB/s  {:>8.3} s  {items} items",
            big.len() as f64 / 1e6 / best,
            best
        );
    }
    Ok(super::EXIT_OK)
}
