//! The name patterns of the organization trie, shared by `build.rs`
//! (which compiles the trie into the binary, so start-up only loads it)
//! and the gazetteer (which maps each pattern back to its catalogue names).
//!
//! Patterns are the ASCII-lower-cased names and aliases of both catalogue
//! files, sorted and unique: the trie is walked in ASCII lower case
//! (same byte offsets), and the gazetteer checks the case of each hit. SEC
//! names the gazetteer later drops (a curated entry covers the company) stay
//! patterns without names; their hits are ignored.

/// The data lines of a catalogue file (no comments, no blank lines).
pub fn rows(data: &str) -> impl Iterator<Item = &str> {
    data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Every name and alias of `curated.tsv` and every name of `sec-companies.tsv`, as written.
fn spellings(curated: &str, sec: &str) -> Vec<String> {
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
    let folded: Vec<String> = out.iter().filter_map(|n| fold(n)).collect();
    out.extend(folded);
    out
}

/// A name written without its accents, the way wires and English-language
/// outlets often print foreign names ("Remy Cointreau", "Orsted", "Societe
/// Generale", "Nestle"): None when the name has no letter to fold. Only
/// Latin letters with a plain-letter reading are folded; a name with any
/// other non-ASCII character is left as it is.
pub fn fold(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ą' | 'Ă' => "A",
            'ç' | 'ć' | 'č' => "c",
            'Ç' | 'Ć' | 'Č' => "C",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => "E",
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "I",
            'ñ' | 'ń' | 'ň' => "n",
            'Ñ' | 'Ń' | 'Ň' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ő' => "O",
            'ù' | 'ú' | 'û' | 'ü' | 'ű' | 'ů' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ű' | 'Ů' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' => "Y",
            'ś' | 'š' | 'ş' => "s",
            'Ś' | 'Š' | 'Ş' => "S",
            'ź' | 'ż' | 'ž' => "z",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'ł' => "l",
            'Ł' => "L",
            'ř' => "r",
            'Ř' => "R",
            'ğ' => "g",
            'Ğ' => "G",
            'ß' => "ss",
            'æ' => "ae",
            'Æ' => "Ae",
            'œ' => "oe",
            'Œ' => "Oe",
            '’' => "'",
            c if c.is_ascii() => {
                out.push(c);
                continue;
            }
            _ => return None,
        };
        out.push_str(plain);
    }
    Some(out)
}

/// Lower-cased, sorted and unique.
fn lowered(mut names: Vec<String>) -> Vec<String> {
    for p in &mut names {
        p.make_ascii_lowercase();
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// Every name and alias of both files, lower-cased, sorted and unique.
pub fn name_patterns(curated: &str, sec: &str) -> Vec<String> {
    lowered(spellings(curated, sec))
}

/// The patterns that text starting with a lower-case ASCII letter may be:
/// the catalogue writes them so ("eBay"), or their first word is a connector,
/// which a capitalized name may keep in lower case. Every other name needs
/// a capital (or digit) first, so most words need not be looked up.
pub fn lower_start_patterns(curated: &str, sec: &str) -> Vec<String> {
    let mut names = spellings(curated, sec);
    names.retain(|n| {
        n.starts_with(|c: char| c.is_lowercase())
            || n.split(' ')
                .next()
                .is_some_and(|w| is_connector(&w.to_ascii_lowercase()))
    });
    lowered(names)
}

/// Connector words allowed in lower case inside a capitalized name.
pub fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "and" | "&" | "the" | "de" | "for" | "du" | "des" | "la" | "le" | "y" | "und" | "-"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_lower_cased_unique_names_and_aliases_of_both_files() {
        let curated =
            "# comment\nacme\tcompany\tAcme Corp\taliases=ACME;Acme\tticker=ACM\n\nbeta\tproduct\tBeta\towner=acme\n";
        let sec = "# cik\tname\n1\tAcme Corp\tACM\tNYSE\n2\tZeta Bank\tZB\tNYSE\n";
        assert_eq!(name_patterns(curated, sec), ["acme", "acme corp", "beta", "zeta bank"]);
        // A name with accents is also a pattern without them.
        let curated = "r\tcompany\tRémy Cointreau\taliases=Ørsted A/S\n";
        let sec = "1\tSociété Générale\n2\t東京\n";
        let got = name_patterns(curated, sec);
        for p in ["remy cointreau", "orsted a/s", "societe generale"] {
            assert!(got.contains(&p.to_string()), "{p}: {got:?}");
        }
        assert_eq!(got.len(), 7, "{got:?}");
        let curated = "a\tcompany\teBay\taliases=EBAY\nb\tcompany\tThe Foo\nc\tcompany\tBar\n";
        let sec = "1\tde Grey Mining\n2\tZeta\n";
        assert_eq!(
            lower_start_patterns(curated, sec),
            ["de grey mining", "ebay", "the foo"]
        );
    }
}
