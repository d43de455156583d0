//! A company a rule found once ("Cisco agreed to acquire cybersecurity
//! software maker Splunk") is the same company every other time its name
//! stands in the article ("Splunk shareholders", "Splunk, based in San
//! Francisco", the headline before it): the evidence of one cue covers the
//! document. Only names found by rules (not the catalogue, which finds every
//! occurrence itself) spread, and only to whole-word, capitalized occurrences
//! that no other mention covers.
//!
//! | found by a rule | spreads to |
//! |---|---|
//! | "maker Splunk for $157" (context cue) | "Cisco to buy Splunk", "Splunk's closing price" |
//! | "Siemens AG" (legal form; entity name "Siemens") | "Siemens to buy Altair", "Siemens also raised" |
//! | "maker Altair Engineering" (descriptor word dropped) | "Siemens to buy Altair", "The Altair deal" |

use crate::extract::rule::Rule;
use std::cmp::Reverse;
use std::sync::LazyLock;

use super::{at_word_bounds, entity_of, mention};
use crate::extract::{Mention, MentionType};
use crate::text::Document;

/// Rules whose names spread; catalogue rules already find every occurrence.
pub const SPREADING_RULES: &[Rule] = &[
    Rule::OrgContextCue,
    Rule::OrgLegalSuffix,
    Rule::OrgHeadWord,
    Rule::OrgAcronym,
    Rule::OrgMasthead,
    Rule::OrgToldOutlet,
    Rule::OrgDigestLine,
];

/// Last words that say what a company does and that later mentions drop:
/// "Altair Engineering" is "Altair" in the headline, "Nimbus Robotics" "Nimbus",
/// "Voltaro Mobility" "Voltaro", "Ostwerk Chemie" "Ostwerk"; a run of them
/// drops one by one ("Brenvik Power Infrastructure Partners" → "Brenvik
/// Power Infrastructure" → "Brenvik Power"), and trades in other languages
/// count as in English ("Denki" electric, "Kogyo" industry, "Inversiones",
/// "Investimentos").
static DESCRIPTOR_TABLE: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    let table = super::tables::parse("descriptors.tsv", super::tables::DESCRIPTORS, 2);
    table.rows.iter().map(|r| (r[0], r[1] == "id")).collect()
});
static DESCRIPTORS: LazyLock<Vec<&'static str>> = LazyLock::new(|| DESCRIPTOR_TABLE.iter().map(|d| d.0).collect());

/// Whether `w` is a trade word later mentions drop ("Engineering").
pub(crate) fn is_descriptor(w: &str) -> bool {
    DESCRIPTORS.contains(&w)
}

/// Descriptor words that are not part of a company's id: "Apple Computer"
/// is `name:apple`, "Ford Motor Company" `name:ford`.
pub(crate) static ID_DESCRIPTORS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| DESCRIPTOR_TABLE.iter().filter(|d| d.1).map(|d| d.0).collect());

/// Words too common to stand for a company once its descriptor is dropped
/// ("United Technologies" is not "United").
pub(crate) const GENERIC_CORES: &[&str] = &[
    "Advanced",
    "American",
    "Applied",
    "Central",
    "Clean",
    "Digital",
    "First",
    "General",
    "Global",
    "Green",
    "International",
    "National",
    "New",
    "Public",
    "Royal",
    "Standard",
    "United",
    "Universal",
];

/// First words of a name that later mentions drop (`data/orgs/lead-words.tsv`):
/// a group or trade word in another language ("Grupo Mavesa" is "Mavesa",
/// "Aerolíneas Sorvento" "Sorvento") or a legal form written first ("PT
/// Lintas Baruna" is "Lintas Baruna"); the checks of [`short_form`] apply
/// to what is left ("Grupo Mexico" is no "Mexico").
static LEAD_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let table = super::tables::parse("lead-words.tsv", super::tables::LEAD_WORDS, 2);
    table
        .rows
        .iter()
        .filter(|r| matches!(r[1], "trade" | "legal" | "place"))
        .map(|r| r[0])
        .collect()
});

/// The particles that drop with a trade word ("Aceites del Guadalquivir" is
/// "Guadalquivir") and the words that name no company alone after one
/// ("Cementos del Norte" is no "Norte"): rows "particle" and "generic" of
/// `data/orgs/lead-words.tsv`.
static LEAD_PARTICLES: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let table = super::tables::parse("lead-words.tsv", super::tables::LEAD_WORDS, 2);
    let kind = |k: &str| table.rows.iter().filter(|r| r[1] == k).map(|r| r[0]).collect();
    (kind("particle"), kind("generic"))
});

/// The lead words that are a province or city ("Jiangsu Hualong
/// Pharmaceutical"): two words at least must be left after them.
static PLACE_LEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let table = super::tables::parse("lead-words.tsv", super::tables::LEAD_WORDS, 2);
    table.rows.iter().filter(|r| r[1] == "place").map(|r| r[0]).collect()
});

/// "Altair Engineering" → "Altair", "Grupo Mavesa" → "Mavesa"; `None` when
/// nothing distinctive is left.
pub(crate) fn short_form(name: &str) -> Option<&str> {
    let lead = name.split_once(' ').filter(|(w, _)| LEAD_WORDS.contains(w));
    if let Some((w, rest)) = lead {
        if !rest.contains(' ') && PLACE_LEADS.contains(&w) {
            return None;
        }
        // A particle after a trade word, then one word: that word.
        let (particles, generic) = &*LEAD_PARTICLES;
        let rest = match rest.split_once(' ') {
            Some((p, after)) if particles.contains(&p) && !after.contains(' ') && !PLACE_LEADS.contains(&w) => {
                if generic.contains(&after) {
                    return None;
                }
                after
            }
            _ => rest,
        };
        // Something left that names the company: not a place, a generic or
        // trade word alone, nor a lower-case phrase ("Compañía de Teléfonos").
        let distinctive = rest.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && rest.starts_with(char::is_uppercase)
            && rest.split(' ').any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !GENERIC_CORES.iter().any(|g| g.eq_ignore_ascii_case(w))
                    && !DESCRIPTORS.contains(&w)
                    && !LEAD_WORDS.contains(&w)
            })
            && !super::context::not_org(rest)
            && !super::context::not_org(rest.split(' ').next().unwrap_or(rest));
        return distinctive.then_some(rest);
    }
    let (core, last) = name.rsplit_once(' ')?;
    // What is left names the company: a word neither generic nor a trade
    // word itself ("Global Energy Solutions" is no "Global Energy").
    let distinctive = |w: &str| {
        !GENERIC_CORES.contains(&w) && !DESCRIPTORS.contains(&w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
    };
    // "Qatar Airways" is not "Qatar": a place left alone is the place.
    let place = super::context::not_org(core);
    (DESCRIPTORS.contains(&last) && core.split(' ').any(distinctive) && !place).then_some(core)
}

/// The first two words of a company's name of three or more, which later
/// mentions write alone: "Nusantara Kopi" of "Nusantara Kopi Lestari", "Hon
/// Hai" of "Hon Hai Precision Industry". The first word must name the
/// company (no place, first name, generic, trade, head or lead word: "New
/// York Life Insurance", "Bank Central Asia" give none), the second no place
/// or nationality either; names with lower-case words or "&" give none.
pub(crate) fn leading_pair(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    let (first, second) = (words.next()?, words.next()?);
    words.next()?;
    let plain = |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '-');
    if !name.split(' ').all(plain) {
        return None;
    }
    let distinctive = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !GENERIC_CORES.contains(&first)
        && !DESCRIPTORS.contains(&first)
        && !LEAD_WORDS.contains(&first)
        && !super::rules::is_head_word(first)
        && !super::context::not_org(first)
        && !super::context::is_first_name(first);
    let pair = &name[..first.len() + 1 + second.len()];
    // Nor a place of three words ("Ras Al Khaimah Properties").
    let third = name[pair.len() + 1..].split(' ').next().unwrap_or("");
    let place = super::context::is_place(pair) || super::context::is_place(&name[..pair.len() + 1 + third.len()]);
    let named = !super::context::not_org(second) && !super::context::not_org(pair) && !place;
    (distinctive && named).then_some(pair)
}

/// Whether the name at `span` is a family's or a person's there: "the Rathmore
/// family", "managing director Vikram Rathmore" beside "Rathmore Group"
/// (written before "family", or after a given name or a post held).
pub(crate) fn family_or_person_name(text: &str, span: &std::ops::Range<usize>) -> bool {
    let after = &text[span.end..];
    if after.starts_with(" family") && !after[" family".len()..].starts_with(char::is_alphanumeric)
        || after.starts_with(" family's")
    {
        return true;
    }
    let before = text[..span.start].strip_suffix(' ').unwrap_or("");
    let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
    if !prev.starts_with(char::is_uppercase) || !prev.chars().all(char::is_alphabetic) {
        return false;
    }
    if super::context::is_first_name(prev) {
        return true;
    }
    // A post before the given name: "managing director Vikram", "chief executive Aditya".
    let before_prev = before[..before.len() - prev.len()].trim_end();
    POSTS_BEFORE_NAMES.iter().any(|p| {
        before_prev.ends_with(p) && !before_prev[..before_prev.len() - p.len()].ends_with(char::is_alphanumeric)
    })
}

/// Lower-case posts written before a person's given name.
const POSTS_BEFORE_NAMES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chief executive",
    "director",
    "founder",
    "officer",
    "president",
    "spokesman",
    "spokeswoman",
];

/// A name without the words a group's parent takes ("Corlan Group", "Corlan
/// Holding" → "Corlan").
fn group_core(name: &str) -> &str {
    let mut core = name;
    while let Some((head, last)) = core.rsplit_once(' ') {
        if !matches!(last, "Group" | "Holding" | "Holdings") {
            break;
        }
        core = head;
    }
    core
}

/// Spreads the names of mentions found by `rules` to their other occurrences.
pub fn extend(doc: &Document, found: &mut Vec<Mention>, rules: &[Rule]) {
    let mut names: Vec<(String, usize)> = Vec::new();
    // Short forms two companies of the article share: "Tamsin" of "Tamsin
    // Securities" and of its parent "Tamsin Financial Holdings" names neither.
    let mut shared: Vec<String> = Vec::new();
    for (i, m) in found.iter().enumerate() {
        if m.kind != MentionType::Org || !rules.contains(&m.rule) {
            continue;
        }
        let Some(e) = entity_of(m) else { continue };
        let written = &doc.text[m.span.clone()];
        // The name and its short forms, a descriptor or group word at a time.
        let shorts = std::iter::successors(short_form(&e.name), |s| short_form(s)).take(3);
        // And the first two words of each, for a company ("Nusantara Kopi").
        let company = e.kind == super::EntityKind::Company;
        let pairs = [e.name.as_str()]
            .into_iter()
            .chain(shorts.clone())
            .filter_map(|n| leading_pair(n).filter(|_| company));
        for (k, name) in [written, e.name.as_str()]
            .into_iter()
            .chain(shorts)
            .chain(pairs)
            .enumerate()
        {
            let capitalized = name.chars().next().is_some_and(char::is_uppercase);
            if !capitalized || super::context::not_org(name) || name.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            match names.iter().find(|(n, _)| n == name) {
                None => names.push((name.to_string(), i)),
                Some(&(_, j)) => {
                    // "Corlan Group" and "Corlan Holding" are one company written two ways.
                    let other = entity_of(&found[j])
                        .is_some_and(|o| o.entity != e.entity && group_core(&o.name) != group_core(&e.name));
                    if k >= 2 && other && written != name && !shared.iter().any(|s| s == name) {
                        shared.push(name.to_string());
                    }
                }
            }
        }
    }
    // Unless some company is written under that very name.
    names.retain(|(n, i)| {
        !shared.contains(n)
            || &doc.text[found[*i].span.clone()] == n
            || entity_of(&found[*i]).is_some_and(|e| &e.name == n)
    });
    if names.is_empty() {
        return;
    }
    // A short name a weaker rule found on its own ("analyst Kinetiq" after
    // "Kinetiq Labs Inc.") is the longer name's company.
    let mut repoint: Vec<(usize, usize)> = Vec::new();
    for (i, m) in found.iter().enumerate() {
        let weak = matches!(m.rule, Rule::OrgContextCue | Rule::OrgContext);
        let Some(e) = entity_of(m).filter(|e| weak && e.entity.starts_with("name:")) else {
            continue;
        };
        let written = &doc.text[m.span.clone()];
        if let Some((_, source)) = names.iter().find(|(n, s)| n == written && *s != i) {
            let other = entity_of(&found[*source]).map(|o| o.entity.as_str());
            if other.is_some_and(|o| o != e.entity && found[*source].span.len() > m.span.len()) {
                repoint.push((i, *source));
            }
        }
    }
    for (i, source) in repoint {
        if let Some(e) = entity_of(&found[source]).cloned() {
            found[i].value = crate::extract::Value::Entity(e);
        }
    }
    // Every occurrence of every name, then leftmost-longest (what an automaton
    // of the names would find), without building an automaton per document.
    let bytes = doc.text.as_bytes();
    let mut hits: Vec<(usize, Reverse<usize>, usize)> = Vec::new();
    for (k, (name, _)) in names.iter().enumerate() {
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        let mut from = 0;
        while let Some(i) = finder.find(&bytes[from..]) {
            hits.push((from + i, Reverse(name.len()), k));
            from += i + 1;
        }
    }
    hits.sort_unstable();
    let mut added = Vec::new();
    let mut taken_to = 0;
    for (start, Reverse(len), k) in hits {
        if start < taken_to {
            continue;
        }
        taken_to = start + len;
        let span = start..start + len;
        // `found` is sorted by start (see `orgs::extract`).
        if !at_word_bounds(&doc.text, &span)
            || super::overlapping(found, &span).next().is_some()
            || family_or_person_name(&doc.text, &span)
        {
            continue;
        }
        let source = &found[names[k].1];
        let Some(e) = entity_of(source) else { continue };
        let mut entity = e.clone();
        entity.confidence = (entity.confidence * 0.95).max(0.5);
        added.push(mention(MentionType::Org, span, entity, Rule::OrgPropagated));
    }
    super::merge_sorted(found, added);
}

#[cfg(test)]
mod tests {
    use crate::extract::rule::Rule;
    fn orgs(text: &str) -> Vec<(String, String, Rule)> {
        super::super::org_mentions_with_ids(text)
    }

    /// The examples and counter-examples of a short-form table of `data/orgs/`.
    fn short_form_examples(file: &str, text: &'static str) {
        let table = super::super::tables::parse(file, text, 2);
        for (example, name, short) in table.examples {
            let expected = example.then_some(short);
            assert_eq!(super::short_form(name), expected, "{file}: {name:?}");
        }
    }

    #[test]
    fn lead_word_table_examples() {
        short_form_examples("lead-words.tsv", super::super::tables::LEAD_WORDS);
    }

    #[test]
    fn a_short_form_two_companies_share_names_neither() {
        let got = orgs(
            "Regulators fined Tamsin Securities Ltd. Tamsin Financial Holdings said the fine was small. Tamsin shares fell.",
        );
        // "Tamsin shares" may name a company of its own (a context cue), never either of the two.
        assert!(
            !got.iter()
                .any(|(t, id, _)| t == "Tamsin" && id.starts_with("name:tamsin-")),
            "{got:?}"
        );
        // One company alone: its short form is its own.
        let got = orgs("Regulators fined Tamsin Securities Ltd. Tamsin shares fell.");
        assert!(
            got.iter()
                .any(|(t, id, _)| t == "Tamsin" && id == "name:tamsin-securities"),
            "{got:?}"
        );
        // A group and its holding, one company renamed: the short form stays.
        let got = orgs("Sellers named Corlan Group Ltd; it becomes Corlan Holding LLC. Costs at Corlan rose.");
        assert!(got.iter().any(|(t, _, _)| t == "Corlan"), "{got:?}");
    }

    #[test]
    fn descriptor_table_examples() {
        short_form_examples("descriptors.tsv", super::super::tables::DESCRIPTORS);
    }

    #[test]
    fn a_rule_found_name_covers_its_other_occurrences() {
        let got = orgs(
            "Cisco to buy Splunk.\nCisco agreed to acquire software maker Splunk for $157 a share. Splunk shareholders will be paid.",
        );
        let splunk: Vec<_> = got.iter().filter(|(t, _, _)| t == "Splunk").collect();
        assert_eq!(splunk.len(), 3, "{got:?}");
        assert!(splunk.iter().all(|(_, id, _)| id == &splunk[0].1), "{got:?}");
        assert_eq!(
            splunk.iter().filter(|(_, _, r)| *r == Rule::OrgPropagated).count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn a_name_spreads_without_its_descriptor_word() {
        let got = orgs("Zentrix to be sold\nIt will buy software maker Zentrix Engineering. Zentrix shares rose.");
        let view: Vec<(&str, &str)> = got.iter().map(|(t, id, _)| (t.as_str(), id.as_str())).collect();
        assert_eq!(
            view,
            vec![
                ("Zentrix", "name:zentrix-engineering"),
                ("Zentrix Engineering", "name:zentrix-engineering"),
                ("Zentrix", "name:zentrix-engineering"),
            ]
        );
        // Nothing distinctive is left of "United Technologies".
        assert_eq!(super::short_form("United Technologies"), None);
        assert_eq!(super::short_form("Nimbus Robotics"), Some("Nimbus"));
        assert_eq!(super::short_form("Nimbus"), None);
        // Sector words of other languages and trades drop too; a generic or
        // place core stays whole ("Public Health", "Clean Energy", "Texas Foods").
        assert_eq!(super::short_form("Ostwerk Chemie"), Some("Ostwerk"));
        assert_eq!(super::short_form("Talvio Mobility"), Some("Talvio"));
        assert_eq!(super::short_form("Brenlow Foods"), Some("Brenlow"));
        assert_eq!(super::short_form("Public Health"), None);
        assert_eq!(super::short_form("Clean Energy"), None);
        assert_eq!(super::short_form("Texas Foods"), None);
    }

    #[test]
    fn a_run_of_trade_words_and_a_group_word_drop_one_by_one() {
        let got =
            orgs("Brenvik Infrastructure Partners made an offer. Brenvik is paying cash, a Brenvik partner said.");
        let brenvik: Vec<_> = got.iter().filter(|(t, _, _)| t == "Brenvik").collect();
        assert_eq!(brenvik.len(), 2, "{got:?}");
        assert!(
            brenvik
                .iter()
                .all(|(_, id, r)| id == "name:brenvik-infrastructure-partners" && *r == Rule::OrgPropagated)
        );
        assert_eq!(super::short_form("Tessaro Telecoms Towers"), Some("Tessaro Telecoms"));
        assert_eq!(super::short_form("Tessaro Telecoms"), Some("Tessaro"));
        assert_eq!(super::short_form("Grupo Mavesa"), Some("Mavesa"));
        assert_eq!(super::short_form("Groupe Vorlane"), Some("Vorlane"));
        assert_eq!(super::short_form("Kanemori Denki"), Some("Kanemori"));
        // Counter-examples: a place or a generic word is all that would be left.
        assert_eq!(super::short_form("Grupo Mexico"), None);
        assert_eq!(super::short_form("Groupe New"), None);
        assert_eq!(super::short_form("Global Shipping"), None);
        assert_eq!(super::short_form("Texas Rail"), None);
    }

    /// The first two words of a long name, and a Chinese name without its
    /// province or city, stand for the company.
    #[test]
    fn a_leading_pair_and_a_name_without_its_province_spread() {
        let got = orgs("Shares of PT Surya Kencana Abadi Tbk rose 5% in Jakarta. Surya Kencana said revenue climbed.");
        assert!(
            got.iter().any(|(t, id, r)| t == "Surya Kencana"
                && id == "name:pt-surya-kencana-abadi"
                && *r == Rule::OrgPropagated),
            "{got:?}"
        );
        let got = orgs("Regulators fined Guangdong Meixin Electronics Co., Ltd. on Friday. Meixin said orders rose.");
        assert!(
            got.iter()
                .any(|(t, id, _)| t == "Meixin" && id == "name:guangdong-meixin-electronics"),
            "{got:?}"
        );
        assert_eq!(super::leading_pair("Hon Hai Precision Industry"), Some("Hon Hai"));
        assert_eq!(super::leading_pair("Nusantara Kopi Lestari"), Some("Nusantara Kopi"));
        // Counter-examples: two words only, a place, a head or lead word, a
        // lower-case word or "&" in the name.
        assert_eq!(super::leading_pair("Acme Robotics"), None);
        assert_eq!(super::leading_pair("New York Life Insurance"), None);
        assert_eq!(super::leading_pair("Ras Al Khaimah Properties"), None);
        assert_eq!(super::leading_pair("Bank Central Asia"), None);
        assert_eq!(super::leading_pair("PT Lintas Baruna"), None);
        assert_eq!(super::leading_pair("Tarrant & Partners Law"), None);
        assert_eq!(super::leading_pair("Bank of Kenya Holdings"), None);
    }

    #[test]
    fn a_short_name_found_by_a_cue_joins_the_longer_name() {
        let got = orgs("Kinetiq Labs Inc. (NASDAQ: KNQ) cut jobs. Analysts at rival Kinetiq were not surprised.");
        // The listing's exchange is the exchange ("NASDAQ"), the rest the company.
        let ids: Vec<&str> = got
            .iter()
            .filter(|(n, _, _)| n != "NASDAQ")
            .map(|(_, id, _)| id.as_str())
            .collect();
        assert!(ids.len() >= 3, "{got:?}");
        assert!(ids.iter().all(|id| *id == "name:kinetiq-labs"), "{got:?}");
    }

    #[test]
    fn lower_case_words_and_parts_of_words_do_not_spread() {
        let got = orgs("Shares of Zentrix Labs rose on Monday. The zentrix labs logo and Zentrix Labsware stayed.");
        assert_eq!(
            got.iter()
                .filter(|(t, _, _)| t.eq_ignore_ascii_case("zentrix labs"))
                .count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn a_family_or_a_person_is_not_the_company_named_after_them() {
        let got = orgs(
            "Shares of Rathmore Foods Ltd rose 4%. The Rathmore family owns 54%. \
             Rathmore shares hit a record, said managing director Vikram Rathmore, and Julia Rathmore agreed.",
        );
        let short: Vec<_> = got.iter().filter(|(t, _, _)| t == "Rathmore").collect();
        // Only "Rathmore shares" is the company.
        assert_eq!(short.len(), 1, "{got:?}");
        let text = "The Rathmore family, said Julia Rathmore of Rathmore.";
        assert!(super::family_or_person_name(text, &(4..12)));
        assert!(super::family_or_person_name(text, &(32..40)));
        assert!(!super::family_or_person_name(text, &(44..52)));
    }
}
