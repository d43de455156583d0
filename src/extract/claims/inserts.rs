//! Inserted phrases: a relative clause or an apposition set off between a
//! name and its verb, whose names are not the verb's subject.
//!
//! "Halvorsen Group, which owns half of Brekke Lines, posted a net loss":
//! the loss is Halvorsen's; Brekke Lines only stands inside the relative
//! clause about it. The subject choice (`shapes.rs`) skips the names of an
//! insert that closes before the trigger word; a trigger inside the insert
//! ("Kirra Mining, in which Glencore holds a 10% stake, …": the stake) is
//! read as before, its insert not being closed before it.
//!
//! | sentence (trigger in bold) | insert | subject |
//! |---|---|---|
//! | "Halvorsen Group, which owns half of Brekke Lines, posted **net income** of $8.6 million" | ", which owns half of Brekke Lines" | Halvorsen Group |
//! | "Tamsin Foods, whose brands are sold by Tesco, reported a **loss**" | ", whose brands are sold by Tesco" | Tamsin Foods |
//! | "Kirra Mining, in which Glencore holds a stake, reported a net **loss**" | ", in which Glencore holds a stake" | Kirra Mining |
//! | "Orsella, a unit of Vantrel, said **revenue** rose 4%" | ", a unit of Vantrel" | Orsella |
//! | "Calder Group -- the parent of Lunn Mills -- **earned** $9 million" | " -- the parent of Lunn Mills --" | Calder Group |
//! | "The Wichita-based company, which makes parts for Boeing, reported **revenue** of $6.8 billion" | ", which makes parts for Boeing" | none in the sentence (the source's company) |
//! | "Pellham Bank, together with Tarrow Capital, **raised** $300 million" | ", together with Tarrow Capital" | Pellham Bank |
//! | "Dunmore Steel, unlike Kessler Metals, **cut** 400 jobs" | ", unlike Kessler Metals" | Dunmore Steel |
//! | "Quintara Systems, backed by Selwyn Partners, reported **revenue** of $120 million" | ", backed by Selwyn Partners" | Quintara Systems |
//! | "Ravel Air, owned by the Ostrander family, **ordered** 20 jets" | ", owned by the Ostrander family" | Ravel Air |
//! | "Globex, Initech and Acme **signed** a deal" | none (a list) | Acme (nearest) |
//! | "Acme, by contrast, **cut** jobs" | none (no participle before "by") | Acme |
//! | "Acme said Globex, which it bought in 2024, **lifted** sales" | ", which it bought in 2024" (no name inside) | Globex |

use std::ops::Range;

/// Relative pronouns after a comma: they open an insert, and the name right
/// before them is what their clause is about (see [`antecedent`]).
const RELATIVES: [&str; 5] = [", which ", ", who ", ", whose ", ", in which ", ", of which "];

/// The other words after a comma that open an insert about the name before
/// it: an apposition or a place.
const APPOSITIONS: [&str; 7] = [
    ", where ",
    ", a ",
    ", an ",
    ", the ",
    ", its ",
    ", part of ",
    ", one of ",
];

/// Prepositions after a comma that open a phrase about the name before it,
/// naming another party beside it: that party is not the verb's subject.
/// ("as well as", "including" and "like" are not here: they add to or list
/// the subject.)
const PARTNERS: [&str; 6] = [
    ", together with ",
    ", along with ",
    ", alongside ",
    ", unlike ",
    ", in talks with ",
    ", in partnership with ",
];

/// Participles without "-ed" that open ", <participle> by " (see
/// [`participle_by`]).
/// "led" is not one: "The claimants, led by Harlow Trust, sought £40
/// million" and "The round, led by Vance Capital, values it at $2 billion":
/// the leader named stands for the group or the deal before it.
const IRREGULAR_PARTICIPLES: [&str; 5] = ["run", "held", "bought", "sold", "hit"];

/// After the comma at `at`: ", <participle> by " ("backed by", "owned by",
/// "controlled by", "run by"), a past participle being one lower-case word
/// ending in "ed" or one of [`IRREGULAR_PARTICIPLES`]. Its length, if so.
fn participle_by(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?.strip_prefix(b", ")?;
    let word = rest.iter().take(16).position(|&b| b == b' ')?;
    let (w, after) = rest.split_at(word);
    let w = std::str::from_utf8(w).ok()?;
    let ok = w.len() > 3 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
        || IRREGULAR_PARTICIPLES.contains(&w);
    (ok && after.starts_with(b" by ")).then_some(2 + word + 4)
}

/// Where an insert opened by a comma ends: the first of these after it.
const CLOSERS: [&str; 3] = [", ", " -- ", " \u{2014} "];

/// Dashes that set an insert off as a pair.
const DASHES: [&str; 3] = [" -- ", " \u{2014} ", " \u{2013} "];

/// How long an insert may be: longer, it is a sentence of its own.
const MAX_INSERT: usize = 160;

/// The inserts of the lower-case sentence `lower` that close in it: from the
/// opening comma (or dash) to the start of the closing comma (or dash).
/// Sorted by start; an insert may hold another.
pub(super) fn inserts(lower: &str) -> Vec<Range<usize>> {
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    // Every opener starts with ", " and no two start alike after it, so one
    // pass over the commas finds what a search per opener found.
    for at in memchr::memchr_iter(b',', bytes) {
        let Some(opened) = RELATIVES
            .iter()
            .chain(&APPOSITIONS)
            .chain(&PARTNERS)
            .find(|o| bytes[at..].starts_with(o.as_bytes()))
            .map(|o| o.len())
            .or_else(|| participle_by(bytes, at))
        else {
            continue;
        };
        let from = at + opened;
        // Only the stretch an insert may span is searched: a long
        // sentence (a flattened table) is never read once per opener.
        let rest = &lower[from..floor(lower, from + MAX_INSERT)];
        if let Some(close) = first_of(rest, &CLOSERS)
            && close + opened <= MAX_INSERT
            && !rest[..close].contains([';', ':', '"', '\u{201c}', '\u{201d}'])
        {
            out.push(at..from + close);
        }
    }
    // Dashes as pairs of the same dash, left to right: a pair's closing dash
    // opens no other. One pass finds every dash; `-` or the lead byte of
    // the long dashes' UTF-8 comes after the space each starts with.
    let mut found: [Vec<usize>; 3] = Default::default();
    for p in memchr::memchr2_iter(b'-', 0xE2, bytes) {
        if p == 0 {
            continue;
        }
        if let Some(k) = DASHES.iter().position(|d| bytes[p - 1..].starts_with(d.as_bytes())) {
            found[k].push(p - 1);
        }
    }
    for (dash, at) in DASHES.iter().zip(&found) {
        let mut i = 0;
        while let Some(&open) = at.get(i) {
            let from = open + dash.len();
            let window = floor(lower, from + MAX_INSERT);
            match at[i + 1..]
                .iter()
                .find(|&&c| c >= from)
                .filter(|&&c| c + dash.len() <= window)
            {
                Some(&close) => {
                    if !lower[from..close].contains([';', ',']) {
                        out.push(open..close);
                    }
                    let next = close + dash.len();
                    i = at.partition_point(|&c| c < next);
                }
                // No second dash near: the next search starts after this one.
                None => i = at.partition_point(|&c| c < from),
            }
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out
}

/// Where the first of `needles` (each starting with a space or a comma)
/// occurs in `hay`: one scan for both bytes instead of a searcher per needle.
fn first_of(hay: &str, needles: &[&str]) -> Option<usize> {
    let bytes = hay.as_bytes();
    memchr::memchr2_iter(b' ', b',', bytes).find(|&p| needles.iter().any(|n| bytes[p..].starts_with(n.as_bytes())))
}

/// The text from `end` (where a name ends) to `trigger` is a relative
/// clause opened right after the name, with no comma in it: the name is
/// the clause's antecedent ("Halden Capital, which owns 6% of Acme").
pub(super) fn antecedent(lower: &str, end: usize, trigger: usize) -> bool {
    lower.get(end..trigger).is_some_and(|between| {
        RELATIVES
            .iter()
            .any(|r| between.strip_prefix(r).is_some_and(|rest| !rest.contains(',')))
    })
}

/// `at`, or the char boundary before it, within `s`.
fn floor(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `span` lies inside one of `inserts` that closes at or before `before`.
pub(super) fn hidden(inserts: &[Range<usize>], span: &Range<usize>, before: usize) -> bool {
    inserts
        .iter()
        .any(|r| r.end <= before && r.start <= span.start && span.end <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sentence: &str) -> Vec<String> {
        let lower = sentence.to_lowercase();
        inserts(&lower).into_iter().map(|r| lower[r].to_string()).collect()
    }

    #[test]
    fn relative_clauses_and_appositions_are_inserts() {
        assert_eq!(
            texts("Halvorsen Group, which owns half of Brekke Lines, posted net income of $8.6 million."),
            [", which owns half of brekke lines"]
        );
        assert_eq!(
            texts("Kirra Mining, in which Glencore holds a stake, reported a loss."),
            [", in which glencore holds a stake"]
        );
        assert_eq!(
            texts("Orsella, a unit of Vantrel, said revenue rose."),
            [", a unit of vantrel"]
        );
        assert_eq!(
            texts("Calder Group -- the parent of Lunn Mills -- earned $9 million."),
            [" -- the parent of lunn mills"]
        );
        // A relative clause closed by a dash pair that holds the name it is about.
        assert_eq!(
            texts("Halvorsen, which owns half of the third shipper -- Brekke Lines ASA -- posted a loss."),
            [", which owns half of the third shipper", " -- brekke lines asa"]
        );
    }

    #[test]
    fn partner_and_participle_phrases_are_inserts() {
        assert_eq!(
            texts("Pellham Bank, together with Tarrow Capital, raised $300 million."),
            [", together with tarrow capital"]
        );
        assert_eq!(
            texts("Fenwick Oil, in talks with Brask Energy since May, agreed to sell the field."),
            [", in talks with brask energy since may"]
        );
        assert_eq!(
            texts("Quintara Systems, backed by Selwyn Partners, reported revenue of $120 million."),
            [", backed by selwyn partners"]
        );
        assert_eq!(
            texts("Ravel Air, owned by the Ostrander family, ordered 20 jets."),
            [", owned by the ostrander family"]
        );
        assert_eq!(
            texts("Tolland Mines, run by Mara Voss, cut jobs."),
            [", run by mara voss"]
        );
        // Counter-examples: no participle before "by", a list, "as well as".
        assert!(texts("Acme, by contrast, cut jobs.").is_empty());
        assert!(texts("Acme, Globex and Initech signed.").is_empty());
        assert!(texts("Acme, as well as Globex, raised prices.").is_empty());
        assert!(texts("Acme, bed by Globex, rose.").is_empty());
        assert!(texts("The lenders, led by Globex, sought $40 million.").is_empty());
    }

    #[test]
    fn a_long_sentence_is_read_window_by_window_and_multibyte_text_is_safe() {
        // A flattened table: many openers, no closer near any of them.
        let long = "Acme, a unit é ".repeat(20_000) + "-- x";
        let found = inserts(&long.to_lowercase());
        assert_eq!(found.len(), 20_000);
        assert!(found.iter().all(|r| r.len() <= MAX_INSERT));
        assert_eq!(
            texts("Acme, a unit of Zürich Holding — the Swiss group — rose é"),
            [", a unit of zürich holding", " \u{2014} the swiss group"]
        );
    }

    #[test]
    fn lists_open_clauses_and_long_stretches_are_not() {
        assert!(texts("Globex, Initech and Acme signed a deal.").is_empty());
        assert!(texts("Acme said on Monday, the day it reported results.").is_empty());
        assert!(texts("Acme, which bought Globex; Initech rose.").is_empty());
        let long = format!("Acme, which {} rose.", "bought a rival and ".repeat(12));
        assert!(texts(&(long + ", then fell")).is_empty());
    }

    #[test]
    fn a_name_is_hidden_only_by_an_insert_closed_before_the_trigger() {
        let s = "kirra mining, in which glencore holds a 10% stake, reported a loss.";
        let ins = inserts(s);
        let glencore = s.find("glencore").unwrap();
        let glencore = glencore..glencore + 8;
        assert!(hidden(&ins, &glencore, s.find("loss").unwrap()));
        assert!(!hidden(&ins, &glencore, s.find("stake").unwrap()));
        let kirra = 0..12;
        assert!(!hidden(&ins, &kirra, s.find("loss").unwrap()));
    }

    #[test]
    fn the_name_before_a_relative_clause_is_its_antecedent() {
        let s = "jane roe, an analyst at halden capital, which owns 6% of acme, said";
        let halden = s.find("halden capital").unwrap() + "halden capital".len();
        assert!(antecedent(s, halden, s.find("owns").unwrap()));
        assert!(!antecedent(s, halden, s.find("said").unwrap()));
        let roe = "jane roe".len();
        assert!(!antecedent(s, roe, s.find("owns").unwrap()));
    }
}
