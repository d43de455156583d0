//! The name patterns of the organization automaton, shared by `build.rs`
//! (which compiles the automaton into the binary, so start-up only loads it)
//! and the gazetteer (which maps each pattern back to its catalogue names).
//!
//! Patterns are the ASCII-lower-cased names and aliases of both catalogue
//! files, sorted and unique: the automaton runs on ASCII-lower-cased text
//! (same byte offsets), and the gazetteer checks the case of each hit. SEC
//! names the gazetteer later drops (a curated entry covers the company) stay
//! patterns without names; their hits are ignored.

/// The data lines of a catalogue file (no comments, no blank lines).
pub fn rows(data: &str) -> impl Iterator<Item = &str> {
    data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Every name and alias of `curated.tsv` and every name of `sec-companies.tsv`.
pub fn automaton_patterns(curated: &str, sec: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in rows(curated) {
        let mut cols = line.split('\t');
        if let Some(name) = cols.nth(2) {
            out.push(name.to_string());
        }
        for field in cols {
            if let Some(aliases) = field.strip_prefix("aliases=") {
                out.extend(
                    aliases
                        .split(';')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(String::from),
                );
            }
        }
    }
    out.extend(rows(sec).filter_map(|line| line.split('\t').nth(1)).map(String::from));
    for p in &mut out {
        p.make_ascii_lowercase();
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_lower_cased_unique_names_and_aliases_of_both_files() {
        let curated =
            "# comment\nacme\tcompany\tAcme Corp\taliases=ACME;Acme\tticker=ACM\n\nbeta\tproduct\tBeta\towner=acme\n";
        let sec = "# cik\tname\n1\tAcme Corp\tACM\tNYSE\n2\tZeta Bank\tZB\tNYSE\n";
        assert_eq!(
            automaton_patterns(curated, sec),
            ["acme", "acme corp", "beta", "zeta bank"]
        );
    }
}
