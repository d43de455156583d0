//! Compiles the organization-name trie at build time: building it from
//! ~8,000 names at start-up would cost milliseconds; loading the compiled
//! bytes takes well under one (issue #6 asks start-up under 50 ms).

#[path = "src/extract/orgs/patterns.rs"]
mod patterns;
// The build only writes the trie; the reading half is the gazetteer's.
#[allow(dead_code)]
#[path = "src/extract/orgs/trie.rs"]
mod trie;

fn main() {
    const CURATED: &str = "data/orgs/curated.tsv";
    const SEC: &str = "data/orgs/sec-companies.tsv";
    const INDEX: &str = "data/orgs/index-companies.tsv";
    println!("cargo::rerun-if-changed={CURATED}");
    println!("cargo::rerun-if-changed={SEC}");
    println!("cargo::rerun-if-changed={INDEX}");
    println!("cargo::rerun-if-changed=src/extract/orgs/patterns.rs");
    println!("cargo::rerun-if-changed=src/extract/orgs/trie.rs");
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    // The gazetteer reads both listed-company tables as one (same columns).
    let listed = read(SEC) + &read(INDEX);
    let patterns = patterns::name_patterns(&read(CURATED), &listed);
    let all: Vec<u32> = (0..patterns.len() as u32).collect();
    let lower_start = patterns::lower_start_patterns(&read(CURATED), &listed);
    let lower_start_values: Vec<u32> = lower_start
        .iter()
        .map(|p| patterns.binary_search(p).expect("a subset of the patterns") as u32)
        .collect();
    let dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (file, bytes) in [
        ("org-names.trie", trie::serialize(&patterns, &all)),
        (
            "org-lower-start-names.trie",
            trie::serialize(&lower_start, &lower_start_values),
        ),
    ] {
        let out = dir.join(file);
        std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    }
    write_event_files(&dir);
}

/// The event ontology is one TOML file per type in `data/events/`: the list
/// of files is generated here, so adding a type is adding a file.
fn write_event_files(dir: &std::path::Path) {
    const EVENTS: &str = "data/events";
    println!("cargo::rerun-if-changed={EVENTS}");
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut files: Vec<String> = std::fs::read_dir(root.join(EVENTS))
        .unwrap_or_else(|e| panic!("{EVENTS}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    files.sort();
    let mut src = String::from(
        "/// (file name, contents) of every event type file, sorted by name.\npub const EVENT_FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo::rerun-if-changed={EVENTS}/{f}");
        let path = root.join(EVENTS).join(f);
        src.push_str(&format!(
            "    ({f:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    src.push_str("];\n");
    let out = dir.join("event_files.rs");
    std::fs::write(&out, src).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
