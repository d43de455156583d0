//! Compiles the organization-name automaton at build time: building it from
//! ~8,000 names at start-up took 100+ ms; loading the compiled bytes takes
//! well under a millisecond (issue #6 asks start-up under 50 ms).

use daachorse::{DoubleArrayAhoCorasickBuilder, MatchKind};

#[path = "src/extract/orgs/patterns.rs"]
mod patterns;

fn main() {
    const CURATED: &str = "data/orgs/curated.tsv";
    const SEC: &str = "data/orgs/sec-companies.tsv";
    println!("cargo::rerun-if-changed={CURATED}");
    println!("cargo::rerun-if-changed={SEC}");
    println!("cargo::rerun-if-changed=src/extract/orgs/patterns.rs");
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let patterns = patterns::automaton_patterns(&read(CURATED), &read(SEC));
    let automaton = DoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(patterns.iter().enumerate().map(|(i, p)| (p.as_str(), i as u32)))
        .expect("organization automaton builds");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("org-names.daac");
    std::fs::write(&out, automaton.serialize()).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
