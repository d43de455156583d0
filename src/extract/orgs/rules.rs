//! Companies in no list, found by the shape of their names and by context.
//!
//! | rule | text | entity |
//! |---|---|---|
//! | `org.legal_suffix` | "Acme Robotics Inc.", "Foo GmbH", "Bar plc" | `name:acme-robotics`, `name:foo`, `name:bar` |
//! | `org.head_word` | "Penske Automotive Group", "Ministry of Defence" | `name:penske-automotive-group` |
//! | `org.context_cue` | "startup Nimbus", "rival Zeta Labs", "SoftBank-backed Kite", "shares of Kite", "Kite said in a statement", "Kite's chief executive", "Kite, the maker of", "analysts at Peel Hunt", "advised by Numis", "formerly of Finvera" | `name:nimbus` |
//! | `org.ticker.exchange` | "Acme (NASDAQ: ACME)", "(NYSE: IBM)" | ticker's company |
//! | `org.listing_exchange` | "NYSE" in "(NYSE: IBM)", "LSE" in "(LSE: MAG)" | `nyse`, `lse` |
//! | `org.ticker.cashtag` | "$MSFT" | `microsoft` |
//! | `org.ticker.symbol` | "under the symbol QRVX", "(Symbol: KRNL)", "Tarvik Mining Ltd (TVK.AX)", "2) BRAMBLE FOODS (BRF) — sales fell" | ticker's company, or the name before it |
//! | `org.product_as_company` | "Azure said" | `microsoft` |
//! | `org.product.model` | "Airbus A380", "Boeing 787-9" | `name:airbus-a380` (product, owner `airbus`) |
//!
//! Candidates come from literal automata (legal forms, head words, cue
//! words); the name is then read backwards word by word from there, so no
//! regex scans the text for capitalized words.

use crate::extract::rule::Rule;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;

use super::gazetteer::GAZETTEER;
use super::{EntityKind, EntityRef, at_word_bounds, entity_of, is_connector, mention};
use crate::extract::{Mention, MentionType};
use crate::text::{Document, SentenceKind};

/// The kind of organization a row of a data/orgs table gives its word.
fn table_kind(file: &str, word: &str, kind: &str) -> EntityKind {
    match kind {
        "government" => EntityKind::Government,
        "organization" => EntityKind::Organization,
        "publisher" => EntityKind::Publisher,
        "company" => EntityKind::Company,
        k => panic!("data/orgs/{file}: {word}: unknown kind {k}"),
    }
}

/// `data/orgs/heads.tsv`: the words that end an organization's name ("Penske
/// Automotive Group", "Data Protection Commission", "Seoul Economic Herald"),
/// with the kind of organization each makes and what it needs besides itself.
static HEAD_TABLE: LazyLock<Vec<(&'static str, EntityKind, Needs)>> = LazyLock::new(|| {
    let table = super::tables::parse("heads.tsv", super::tables::HEADS, 3);
    table
        .rows
        .iter()
        .map(|r| {
            let kind = table_kind("heads.tsv", r[0], r[1]);
            let needs = match r[2] {
                "modified" => Needs::Modifier,
                "of-part" => Needs::OfPart,
                "place" => Needs::Place,
                "-" => Needs::Either,
                n => panic!("data/orgs/heads.tsv: {}: unknown need {n}", r[0]),
            };
            (r[0], kind, needs)
        })
        .collect()
});

/// What a head word needs besides itself to make a name (`heads.tsv`, column "needs").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// A capitalized modifier or an "of" part.
    Either,
    /// A modifier ("Federal Reserve Board"; never "the Board of Directors").
    Modifier,
    /// Its "of" part ("Government of India"; never "the Indian Government").
    OfPart,
    /// A place before it, its office after it maybe ("the Oregon Attorney
    /// General's office"; never "Deputy Attorney General" nor a title before
    /// a person's name, "Attorney General Jane Roe").
    Place,
}

/// Words that end an organization's name ("Penske Automotive Group"), in the
/// order of `data/orgs/heads.tsv`.
pub(crate) static HEAD_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| HEAD_TABLE.iter().map(|h| h.0).collect());

/// The kind of organization a head word makes and what it needs; `None` for no head word.
fn head_entry(w: &str) -> Option<(EntityKind, Needs)> {
    HEAD_MAP.get(w).copied()
}

/// Whether `head` is a news outlet's head word ("Wire", "Herald").
fn is_outlet_head(head: &str) -> bool {
    head_entry(head).is_some_and(|(k, _)| k == EntityKind::Publisher)
}

/// Lower-case words after which a capitalized name is an organization
/// ("rival Anthropic", "broker Hallam Stiles"): `data/orgs/cue-words.tsv`.
/// Then, capitalized, those that open a sentence as the cue too ("Auditor
/// Brenton Rudd said"): they come after the lower-case ones in [`LITERALS`].
static CUE_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let table = super::tables::parse("cue-words.tsv", super::tables::CUE_WORDS, 2);
    table.rows.iter().map(|r| r[0]).collect()
});

static OPENING_CUE_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let table = super::tables::parse("cue-words.tsv", super::tables::CUE_WORDS, 2);
    table
        .rows
        .iter()
        .filter(|r| r[1] == "start")
        .map(|r| {
            let mut cs = r[0].chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        })
        .collect()
});

/// Whether `at` opens a sentence or a line: nothing before it but spaces
/// after a full stop, a line break, a quote or a bullet.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(' ');
    before.is_empty() || before.ends_with(['\n', '.', '!', '?', '"', '“', '-', '—', '•', ':'])
}

/// "its supplier, Brevik Hale, said", "the competition authority, KOFR,":
/// a cue word after a determiner (in the three words before it), a comma,
/// then the name closed by a comma, a full stop or a semicolon.
fn cue_apposition(text: &str, cue: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    let comma = cue.end..cue.end + 1;
    if !text[cue.end..].starts_with(", ") {
        return None;
    }
    let determined = text[..cue.start]
        .split([' ', '\n'])
        .rev()
        .filter(|w| !w.is_empty())
        .take(3)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .any(|w| {
            matches!(w, "its" | "the" | "their" | "a" | "an" | "The" | "Its" | "Their")
                || w.ends_with("'s")
                || w.ends_with("’s")
        });
    let (name, rule, confidence) = context_cue(text, &comma)?;
    let closed = text[name.end..].starts_with([',', '.', ';']);
    (determined && closed).then_some((name, rule, confidence))
}

/// Phrases before a name that make it a company, attached or not: "shares of
/// Quorvix", "SoftBank-backed Kitefin".
/// Also a firm named by its analysts or its role ("analysts at Peel Hunt",
/// "advised by Numis", "Rivals Infosys and …", "formerly of Finvera").
const LEADING_CUES: &[&str] = &[
    "-backed",
    "Shares of",
    "shares of",
    "stake in",
    "Analysts at",
    "analysts at",
    "analyst at",
    "advised by",
    "banks led by",
    "consortium led by",
    "according to",
    "data compiled by",
    "estimates compiled by",
    "Analysts polled by",
    "Economists polled by",
    "analysts polled by",
    "economists polled by",
    "formerly of",
    "institutions led by",
    "investors led by",
    "investors, led by",
    "joins from",
    "Rival",
    "Rivals",
];

/// What follows a data provider named after "according to": "according to
/// Fenwick data", "according to Tallow consensus estimates", "according to
/// Brightline figures" (not "according to Smith, the chief executive").
const DATA_AFTER_SOURCE: &[&str] = &[" data", " consensus", " estimates", " figures", " polls", " surveys"];

fn starts_with_any(s: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|p| s.starts_with(p) && !s[p.len()..].starts_with(char::is_alphanumeric))
}

/// Phrases right after a name that make it a company: "Zelmora said in a
/// statement", "Brantiq's chief executive", "Velloro, the maker of".
const TRAILING_CUES: &[&str] = &[
    " said in a statement",
    "'s chief executive",
    "’s chief executive",
    "'s CEO",
    "’s CEO",
    ", the maker of",
    ", the owner of",
    ", the parent of",
    ", the parent company of",
];

/// A name before "cut its", "has raised its" … with a rating, target,
/// forecast or stake noun after (`data/orgs/rating-verbs.tsv`): the cue
/// phrases, then the nouns.
static RATING_CUES: LazyLock<(Vec<String>, Vec<&'static str>)> = LazyLock::new(|| {
    let table = super::tables::parse("rating-verbs.tsv", super::tables::RATING_VERBS, 2);
    let of = |kind: &'static str| -> Vec<&'static str> {
        table.rows.iter().filter(|r| r[1] == kind).map(|r| r[0]).collect()
    };
    let cues = of("verb")
        .into_iter()
        .flat_map(|v| [format!(" {v} its"), format!(" has {v} its")])
        .collect();
    (cues, of("noun"))
});

/// Whether a rating noun ("rating", "target", "forecast") is among the five
/// words after `at`, within the sentence: "cut its rating", "has raised its
/// 12-month price target", "kept its 'hold' recommendation".
fn rating_noun_follows(text: &str, at: usize) -> bool {
    let nouns = &RATING_CUES.1;
    for w in text[at..].split([' ', '\n']).filter(|w| !w.is_empty()).take(5) {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if nouns.contains(&core) {
            return true;
        }
        if w.ends_with(['.', ';', ':', '!', '?']) {
            return false;
        }
    }
    false
}

/// Capitalized words that never begin a name, beyond the [`SENTENCE_WORDS`]
/// (which a company found by context never contains either).
const NOT_NAME_START: &[&str] = &["Into", "Rival", "Rivals", "Why", "Your"];

/// Sentence words: articles, pronouns, prepositions and conjunctions that
/// open sentences, sentence adverbs ("Meanwhile Corvex Labs rose"), a fact
/// sheet's "About" ("About Acme Robotics Inc.") and plural role nouns opening
/// an apposition ("Competitors Birch Bancorp and …"): never the start of a name
/// ([`not_name_start`]) nor a company found by context (`context::NOT_ORG`).
pub(crate) const SENTENCE_WORDS: &[&str] = &[
    "A",
    "About",
    "After",
    "Already",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "But",
    "By",
    "Competitors",
    "Each",
    "Earlier",
    "Elsewhere",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "How",
    "However",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "Mostly",
    "Next",
    "Now",
    "Of",
    "On",
    "Only",
    "Or",
    "Our",
    "Peers",
    "Separately",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "With",
    "Yet",
];

/// Whether a capitalized word never begins a name ([`NOT_NAME_START`], [`SENTENCE_WORDS`]).
fn not_name_start(w: &str) -> bool {
    NOT_NAME_START.contains(&w) || SENTENCE_WORDS.contains(&w)
}

/// A word that ties a place to what follows and never starts a name: a
/// hyphenated participle ("Cambridge-based", "Abu Dhabi-listed",
/// "JSE-listed"; not "Coca-Cola", "Rolls-Royce"), or a possessive of a place
/// ("Norway's", "Toronto's"). Another possessive starts a name only right
/// before its last word ("Sainsbury's Bank", "McDonald's Corp"), not before
/// a name of its own ("Fresno's Golden Furrow Credit Union", `words_after`
/// the capitalized words read between it and the name's end).
fn ties_a_place(word: &str, words_after: usize) -> bool {
    if let Some((_, tail)) = word.rsplit_once('-') {
        if tail.len() >= 3 && tail.ends_with("ed") && tail.bytes().all(|b| b.is_ascii_lowercase()) {
            return true;
        }
    }
    let base = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
    base.is_some_and(|b| words_after >= 2 || super::context::not_org(b))
}

/// [`HEAD_WORDS`] as a map to their kind and needs: the context pass asks it of every candidate run.
static HEAD_MAP: LazyLock<foldhash::HashMap<&'static str, (EntityKind, Needs)>> =
    LazyLock::new(|| HEAD_TABLE.iter().map(|h| (h.0, (h.1, h.2))).collect());

/// `data/orgs/portfolio-words.tsv`: the fields of a ministry or chamber,
/// which its "of" part joins by "," and "and" ("Ministry of Planning and
/// Investment", "Chamber of Commerce and Industry").
static PORTFOLIOS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let table = super::tables::parse("portfolio-words.tsv", super::tables::PORTFOLIOS, 1);
    table.rows.iter().map(|r| r[0]).collect()
});

/// Whether `w` (maybe with a comma after it) is one of the [`PORTFOLIOS`].
fn is_portfolio(w: &str) -> bool {
    PORTFOLIOS.contains(&w.trim_end_matches(','))
}

/// Whether `w` is one of the [`HEAD_WORDS`].
pub(crate) fn is_head_word(w: &str) -> bool {
    HEAD_MAP.contains_key(w)
}

/// Capitalized words too generic to name an organization with a head word
/// ("Financial Services", "Emerging Markets", "the Supervisory Board").
const GENERIC_MODIFIERS: &[&str] = &[
    "Advisory",
    "AI",
    "API",
    "Big",
    "CEO",
    "Clean",
    "Consumer",
    "Container",
    "Critical",
    "Customer",
    "Digital",
    "Emerging",
    "EU",
    "Executive",
    "Financial",
    "Global",
    "Green",
    "Hedge",
    "International",
    "IT",
    "Light",
    "Luxury",
    "National",
    "New",
    "Pension",
    "Professional",
    "Renewable",
    "Solar",
    "Supervisory",
    "U.S.",
    "UK",
    "US",
    "World",
];

/// Words of a month or weekday are dates, not names.
pub(crate) const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A name that opens with one lower-case letter and a capital ("mBank",
/// "eBay", "iRobot"): letters and digits only, three or more.
fn is_camel(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(|c| c.is_lowercase())
        && cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 3
        && w.chars().all(char::is_alphanumeric)
}

/// The word (non-space run, trailing `,` `;` `:` trimmed) ending right before
/// `pos`, if only one space separates them.
fn word_before(text: &str, pos: usize) -> Option<Range<usize>> {
    let head = &text[..pos];
    let head = head.strip_suffix(' ')?;
    let start = head.rfind([' ', '\n', '\t']).map_or(0, |i| i + 1);
    (start < head.len()).then_some(start..head.len())
}

/// Reads a capitalized name backwards from `end` (exclusive): up to `max`
/// capitalized words, connectors allowed inside. Returns the name's start.
fn name_start_before(text: &str, end: usize, max: usize) -> Option<usize> {
    let mut start = None;
    let mut pos = end;
    let mut words = 0;
    while words < max {
        let Some(mut w) = word_before(text, pos) else { break };
        // An opening bracket or quote starts the name: "(Meridian Wire) -".
        let opened = text[w.clone()].starts_with(['(', '“', '"', '‘']) && !text[w.clone()].ends_with(['“', '"', '‘']);
        if opened {
            w.start += text[w.clone()].chars().next().map_or(1, char::len_utf8);
        }
        let word = &text[w.clone()];
        if word.ends_with([',', ';', ':', ')', '”', '"', '.']) && !word.ends_with("Co.") && !is_initials(word) {
            break;
        }
        // Connectors in capitals ("MERGER OF HANWELL & STRAND PLC") end a name as in lower case.
        let capital_connector = matches!(word, "OF" | "AND" | "THE" | "FOR" | "TO" | "IN" | "ON" | "WITH" | "BY");
        if capital_connector {
            break;
        }
        if is_capitalized(word) && word.chars().all(|c| c.is_alphanumeric() || "&.-'’".contains(c)) {
            let legal_form = GAZETTEER.strong_forms.iter().any(|f| f == word);
            if not_name_start(word) || CALENDAR.contains(&word) || legal_form || ties_a_place(word, words) {
                break;
            }
            start = Some(w.start);
        } else if word == "&" {
            // "Procter & Gamble": only between two capitalized words, the
            // second of them maybe the head word or legal form the name ends
            // at ("Hadef & Partners", "Rothschild & Co."). Not "and": "Acme
            // Robotics and Birch Labs" is two companies (names with "and" in
            // them are in the catalogue).
            let after_ok = start.is_some() || (words == 0 && is_capitalized(text[end..].trim_start()));
            if !after_ok || !word_before(text, w.start).is_some_and(|p| is_capitalized(&text[p])) {
                break;
            }
        } else if word == "ve" && start.is_some() {
            // Turkish "ve" ("and") joins the trade words of a registered
            // name ("Karadeniz Un Sanayi ve Ticaret Ltd."): only between two
            // capitalized words.
            if !word_before(text, w.start).is_some_and(|p| is_capitalized(&text[p])) {
                break;
            }
        } else if is_connector(word) && start.is_some() {
            // "Bank of America", not "Shares of Acme": "of" needs a head word
            // before it; "and" joins no two names ("Shanghai Airlines and
            // Xiamen Airlines").
            if word == "and" || !word_before(text, w.start).is_some_and(|p| HEAD_WORDS.contains(&&text[p])) {
                break;
            }
        } else {
            break;
        }
        pos = w.start;
        words += 1;
        if opened {
            break;
        }
    }
    // A name does not start with a connector ("of Foo Bank").
    let s = start?;
    Some(s)
}

/// "U.S.", "N.V." — a word of single letters and stops.
fn is_initials(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.') && w.contains('.')
}

fn in_heading(doc: &Document, pos: usize) -> bool {
    doc.sentence_at(pos).is_some_and(|s| s.kind == SentenceKind::Heading)
}

/// Whether a mention of `found` (sorted by start, or nearly) overlaps `span`.
fn overlaps(found: &[Mention], span: &Range<usize>) -> bool {
    super::overlapping(found, span).next().is_some()
}

/// A catalogue name followed by its legal form takes it into its span:
/// "Apple" + " Inc." → "Apple Inc."; "Tesla" + ", Inc." → "Tesla, Inc.".
pub fn extend_legal_forms(doc: &Document, found: &mut [Mention]) {
    let text = doc.text.as_str();
    for m in found.iter_mut() {
        if m.kind != MentionType::Org || entity_of(m).is_some_and(|e| e.kind == EntityKind::Product) {
            continue;
        }
        if let Some(end) = legal_form_after(text, m.span.end) {
            m.span.end = end;
        }
    }
}

/// The strong legal forms and "Company", "Co." by their first byte (the
/// longest whole one after a name is taken, so their order is no matter).
static FORMS_BY_FIRST: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut out = vec![Vec::new(); 256];
    let g: &'static super::gazetteer::Gazetteer = &GAZETTEER;
    for f in g.strong_forms.iter().map(String::as_str).chain(["Company", "Co."]) {
        if let Some(&b) = f.as_bytes().first() {
            out[usize::from(b)].push(f);
        }
    }
    out
});

/// The end of a legal form right after `pos` (", Inc.", " Corp", " GmbH & Co. KG").
fn legal_form_after(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let (skip, rest) = match rest.strip_prefix(", ") {
        Some(r) => (2, r),
        None => (1, rest.strip_prefix(' ')?),
    };
    let mut best = None;
    // Most mentions have no legal form after them: only the forms opening
    // with the next byte are compared.
    let first = *rest.as_bytes().first()?;
    for &f in &FORMS_BY_FIRST[usize::from(first)] {
        let whole = rest.starts_with(f) && (f.ends_with('.') || at_word_bounds(rest, &(0..f.len())));
        if whole && best.is_none_or(|b: usize| f.len() > b) {
            best = Some(f.len());
        }
    }
    best.map(|n| pos + skip + n)
}

/// A company name followed by a model designation is the product: "Airbus
/// A380", "Boeing 787-9", "Airbus A320neo" (kind product, owner the company).
/// Years are not models ("Microsoft 2030").
pub fn product_models(doc: &Document, found: &mut [Mention]) {
    static MODEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^ ([A-Z]{0,2}[0-9]{2,4}(?:-[0-9]{1,4})?[A-Za-z]{0,3})(?-u:\b)").unwrap());
    let text = doc.text.as_str();
    for m in found.iter_mut() {
        let Some(e) = entity_of(m) else { continue };
        if m.kind != MentionType::Org || e.kind != EntityKind::Company {
            continue;
        }
        // A model is a space then a capital or digit: most names are followed
        // by neither, and need no regex.
        let after = &text.as_bytes()[m.span.end..];
        if after.first() != Some(&b' ')
            || !after
                .get(1)
                .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            continue;
        }
        // A short window: the model designation is right after the name.
        let mut window_end = (m.span.end + 24).min(text.len());
        while !text.is_char_boundary(window_end) {
            window_end -= 1;
        }
        let Some(c) = MODEL.captures(&text[m.span.end..window_end]) else {
            continue;
        };
        let model = c.get(1).unwrap().as_str();
        let year = model.len() == 4 && (model.starts_with("19") || model.starts_with("20"));
        // A figure after a name is no model: "fined Vessel Energie 12.5 mln
        // euros", "fined Kopano Securities R36.2m", "paid Ostra AB 40 million".
        let rest = &text[m.span.end + 1 + model.len()..];
        let decimal = rest.len() > 1 && rest.starts_with(['.', ',']) && rest.as_bytes()[1].is_ascii_digit();
        // Nor a period ("Diageo FY26: the numbers") or a count of days, years
        // or units ("gave Ocelia 90 days", "Brenmar 40 percent").
        let counted = [
            " million",
            " billion",
            " mln",
            " bln",
            " bn",
            " trillion",
            " crore",
            " lakh",
            " days",
            " weeks",
            " months",
            " years",
            " per cent",
            " percent",
            "%",
        ]
        .iter()
        .any(|w| rest.starts_with(w));
        if year || decimal || counted || super::context::is_period_code(model) {
            continue;
        }
        let span = m.span.start..m.span.end + 1 + model.len();
        let name = text[span.clone()].to_string();
        let value = EntityRef {
            entity: format!("name:{}", super::gazetteer::slug(&name)),
            name,
            kind: EntityKind::Product,
            confidence: 0.8,
            owner: Some(e.entity.clone()),
            ..Default::default()
        };
        m.span = span;
        m.value = crate::extract::Value::Entity(value);
        m.rule = Rule::OrgProductModel;
    }
}

/// A product that acts ("Azure said", "ChatGPT announced") stands for its owner.
pub fn product_as_company(doc: &Document, found: &mut [Mention]) {
    let text = doc.text.as_str();
    for m in found.iter_mut() {
        let Some(e) = entity_of(m) else { continue };
        let (EntityKind::Product, Some(owner)) = (e.kind, e.owner.clone()) else {
            continue;
        };
        let after = &text[m.span.end..];
        let acts = ["said", "says", "announced", "reported", "told"]
            .iter()
            .any(|v| after.strip_prefix(' ').is_some_and(|a| a.starts_with(v)));
        if let (true, Some(company)) = (acts, GAZETTEER.get(&owner)) {
            let mut r = EntityRef::of(company, 0.8);
            r.via = Some(text[m.span.clone()].to_string());
            m.value = crate::extract::Value::Entity(r);
            m.rule = Rule::OrgProductAsCompany;
        }
    }
}

static LITERALS: LazyLock<(AhoCorasick, usize, usize)> = LazyLock::new(|| {
    let forms = &GAZETTEER.strong_forms;
    let mut pats: Vec<&str> = forms.iter().map(String::as_str).collect();
    pats.extend(SHOUTED_FORMS);
    pats.push(BARE_CO);
    let n_forms = pats.len();
    pats.extend(HEAD_WORDS.iter());
    let n_heads = HEAD_WORDS.len();
    pats.extend(CUE_WORDS.iter());
    pats.extend(OPENING_CUE_WORDS.iter().map(String::as_str));
    pats.extend(LEADING_CUES);
    pats.extend(TRAILING_CUES);
    pats.extend(RATING_CUES.0.iter().map(String::as_str));
    pats.extend(PREFIX_FORMS);
    // Cues like " said in a statement" and ", the maker of" start with a space
    // or comma: a prefilter stops at nearly every word, and the plain DFA scan
    // took half the instructions.
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&pats)
        .expect("rule literals build");
    (ac, n_forms, n_heads)
});

/// "Zelmora" before " said in a statement": the capitalized name ending at `end`.
fn name_ending_at(text: &str, end: usize) -> Option<(Range<usize>, Rule, f64)> {
    let head = &text[..end];
    let word_start = head
        .rfind([' ', '\n', '\t', '(', '“', '"'])
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let word = &head[word_start..];
    let shaped = is_capitalized(word) && word.chars().all(|c| c.is_alphanumeric() || "&.-'’".contains(c));
    if !shaped || not_name_start(word) || CALENDAR.contains(&word) || word.chars().count() < 2 {
        return None;
    }
    let start = name_start_before(text, word_start, 3).unwrap_or(word_start);
    Some((start..end, Rule::OrgContextCue, 0.7))
}

/// Unknown companies: legal forms, head words, cues and ticker forms.
pub fn extract(doc: &Document, known: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let (ac, n_forms, n_heads) = &*LITERALS;
    let mut out: Vec<Mention> = Vec::new();
    let n_cues = CUE_WORDS.len() + OPENING_CUE_WORDS.len() + LEADING_CUES.len();
    for m in ac.find_iter(text) {
        let span = m.start()..m.end();
        let p = m.pattern().as_usize();
        let trailing = p >= n_forms + n_heads + n_cues;
        // Trailing cues and "-backed" sit right after a word; the others start one.
        let attached = trailing || text[span.clone()].starts_with('-');
        let word_end = !text[span.end..].chars().next().is_some_and(char::is_alphanumeric);
        let word_start = !text[..span.start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if !word_end || (!attached && !word_start) {
            continue;
        }
        let found = if p < *n_forms {
            legal_suffix(text, &span)
        } else if p < n_forms + n_heads {
            if in_heading(doc, span.start) && !masthead(text, &span) {
                None
            } else {
                head_word(text, &span)
            }
        } else if p >= n_forms + n_heads + n_cues + TRAILING_CUES.len() + RATING_CUES.0.len() {
            legal_prefix(text, &span)
        } else if p >= n_forms + n_heads + n_cues + TRAILING_CUES.len() {
            // "Halvorsen cut its rating": a name that moves a rating, target or forecast.
            rating_noun_follows(text, span.end)
                .then(|| name_ending_at(text, span.start))
                .flatten()
        } else if trailing {
            // "Chuck Robbins said in a statement" is a person: one word only there.
            let one_word = text[span.clone()].starts_with(" said");
            name_ending_at(text, span.start).filter(|(name, _, _)| !one_word || !text[name.clone()].contains(' '))
        } else if &text[span.clone()] == "according to" {
            // "according to Fenwick data": a source of figures, not "according to Smith".
            context_cue(text, &span).filter(|(name, _, _)| starts_with_any(&text[name.end..], DATA_AFTER_SOURCE))
        } else if p < n_forms + n_heads + CUE_WORDS.len() + OPENING_CUE_WORDS.len() {
            // A capitalized cue word only opening a sentence ("Auditor Brenton Rudd").
            let opening = p >= n_forms + n_heads + CUE_WORDS.len();
            if opening && !opens_sentence(text, span.start) {
                continue;
            }
            // Opening a sentence, the name goes on in running text ("Auditor
            // Brenton Rudd said"), not a title line ("Retailer Weekly").
            let running = |name: &Range<usize>| {
                let after = &text[name.end..];
                after.starts_with(',')
                    || after
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_lowercase))
            };
            // "auditor Jane Okafor", "central bank Governor …": a person or a title.
            let cued = if opening {
                context_cue(text, &span).filter(|(name, _, _)| running(name))
            } else {
                context_cue(text, &span).or_else(|| cue_apposition(text, &span))
            };
            cued.filter(|(name, _, _)| {
                let first = text[name.clone()].split(' ').next().unwrap_or("");
                !super::context::is_first_name(first) && !super::context::not_org(first)
            })
        } else {
            // "Orvane-backed Thai lender": a nationality or place is no name.
            context_cue(text, &span).filter(|(name, _, _)| !super::context::not_org(&text[name.clone()]))
        };
        let Some((name, rule, confidence)) = found else {
            continue;
        };
        // A longer name may take in a one-word SEC name it starts with or
        // contains ("Reliance Industries" over the SEC's "Reliance"), not a
        // curated name: those know their own extent.
        let blocked_by_known = super::overlapping(known, &name)
            .any(|k| !k.rule.is_listed_name() || k.span.start < name.start || k.span.end >= name.end);
        if blocked_by_known || overlaps(&out, &name) {
            continue;
        }
        let kind = if rule == Rule::OrgHeadWord {
            head_kind(&text[span.clone()])
        } else {
            EntityKind::Company
        };
        let value = EntityRef::named(&text[name.clone()], kind, confidence);
        out.push(mention(MentionType::Org, name, value, rule));
    }
    out
}

/// Capitalized words before an outlet head word that make a review, a
/// release or a deadline, not a publication: "the Strategic Review",
/// "a Judicial Review" (counter-examples of the publisher heads of `heads.tsv`; "Press" is no head
/// word: "said Jim Press" is a person).
const NOT_OUTLET_MODIFIERS: &[&str] = &[
    "Annual",
    "Budget",
    "Comprehensive",
    "Defence",
    "Defense",
    "Final",
    "Independent",
    "Interim",
    "Judicial",
    "Peer",
    "Periodic",
    "Quarterly",
    "Spending",
    "Strategic",
    "Year-End",
];

/// Generic words that alone before an outlet head word name a section or a
/// column, not a publication: "Market Review", "Weekly Earnings Digest Post".
const SECTION_WORDS: &[&str] = &[
    "Business", "Daily", "Earnings", "Industry", "Market", "Monthly", "News", "Policy", "Results", "Sector", "Weekly",
    "Year",
];

/// An outlet's name on its own masthead or byline line: followed by the end
/// of the line, a separator or the date ("The Deal Ledger | Notes on M&A",
/// "Halden Herald 11 June 2026", "Halden Herald, markets brief"). Headings
/// are otherwise no evidence: "Strategic Review Of Units" is a title.
fn masthead(text: &str, head: &Range<usize>) -> bool {
    if !is_outlet_head(&text[head.clone()]) {
        return false;
    }
    let rest = text[head.end..].trim_start_matches([' ', '\t']);
    rest.is_empty()
        || rest.starts_with(['\n', '|', '—', '–', ',', '\r'])
        || rest.starts_with(|c: char| c.is_ascii_digit())
}

fn head_kind(head: &str) -> EntityKind {
    head_entry(head).map_or(EntityKind::Company, |h| h.0)
}

/// Names whose shape says organization wherever they stand, headlines too:
/// an airline "Air" + a place ("Air France", "Air China", "Air India"; not
/// "Air Force", "Air Vice Marshal", "Air Jordan") and a web company
/// "Xyz.com" ("Detik.com", "Salesforce.com"; not "example.com", nor
/// "www.Foo.com" in a URL). Rule `org.name_shape`.
pub fn name_shapes(doc: &Document, known: &[Mention]) -> Vec<Mention> {
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out: Vec<Mention> = Vec::new();
    for i in memchr::memmem::find_iter(bytes, b"Air ") {
        let span0 = i..i + 3;
        if !at_word_bounds(text, &span0) {
            continue;
        }
        let rest = &text[i + 4..];
        let w = rest.split([' ', '\n']).next().unwrap_or("");
        let core = w.trim_end_matches([',', '.', ';', ':', ')', '\'', '"']);
        let core = core.strip_suffix("'s").unwrap_or(core);
        if !super::context::PLACES.contains(&core) {
            continue;
        }
        out.push(shape_mention(text, i..i + 4 + core.len(), known));
    }
    for i in memchr::memmem::find_iter(bytes, b".com") {
        let end = i + 4;
        if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/') {
            continue;
        }
        let start = text[..i]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |p| p + 1);
        let word = &text[start..i];
        let in_url = text[..start].ends_with(['.', '/', '@']);
        let shaped = word.len() >= 2
            && word.starts_with(|c: char| c.is_uppercase())
            && word.chars().skip(1).any(char::is_lowercase);
        if shaped && !in_url {
            out.push(shape_mention(text, start..end, known));
        }
    }
    let (ac, heads) = &*HEAD_FIRST;
    for m in ac.find_iter(text) {
        let (_, kind, needs_particle) = heads[m.pattern().as_usize()];
        if let Some(span) = romance_head_name(text, m.start(), m.end() - 1, needs_particle) {
            let mut found = shape_mention(text, span, known);
            if let crate::extract::Value::Entity(e) = &mut found.value {
                e.kind = kind;
            }
            out.push(found);
        }
    }
    out.retain(|m| !m.span.is_empty());
    out.sort_by_key(|m| m.span.start);
    out
}

/// A head-first word, the kind of organization it opens, and whether its name needs a particle.
type HeadFirst = (&'static str, EntityKind, bool);

/// `data/orgs/head-first.tsv`: first words of Romance-language names
/// ("Grupo Mavesa", "Banco do Nordeste", "Comisión Nacional de Energía"),
/// the kind of organization each opens and whether the name needs a
/// particle; one automaton of the words (each with the space after it) finds
/// them all in one pass.
static HEAD_FIRST: LazyLock<(AhoCorasick, Vec<HeadFirst>)> = LazyLock::new(|| {
    let table = super::tables::parse("head-first.tsv", super::tables::HEAD_FIRST, 3);
    let heads: Vec<HeadFirst> = table
        .rows
        .iter()
        .map(|r| {
            let kind = table_kind("head-first.tsv", r[0], r[1]);
            let particle = match r[2] {
                "particle" => true,
                "-" => false,
                n => panic!("data/orgs/head-first.tsv: {}: unknown need {n}", r[0]),
            };
            (r[0], kind, particle)
        })
        .collect();
    let pats: Vec<String> = heads.iter().map(|h| format!("{} ", h.0)).collect();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&pats)
        .expect("head-first words build");
    (ac, heads)
});

/// Lower-case particles inside such a name: "Banco do Nordeste", "Groupe
/// Le Duff" has none, "Grupo de Inversiones Suramericana", "Superintendencia
/// de Bancos y Seguros"; an article may follow one ("Comisión Nacional de
/// los Mercados").
const ROMANCE_PARTICLES: &[&str] = &["da", "das", "de", "del", "des", "di", "do", "dos", "du", "e", "et", "y"];
const ROMANCE_ARTICLES: &[&str] = &["el", "la", "las", "los"];

/// The name starting at `at` (its first word ending at `first_end`) when
/// capitalized words follow, particles only between them, up to four words
/// and the line's end: "Grupo Ferrandi Inversiones", "Banco do Nordeste",
/// "Autoridade da Concorrência". Not the word alone ("Grupo said"), nor lower
/// case after it ("the Banco case"); with `needs_particle`, only a name with
/// a particle in it ("Tribunal President Lindqvist" is none).
fn romance_head_name(text: &str, at: usize, first_end: usize, needs_particle: bool) -> Option<Range<usize>> {
    if text[..at].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut end = first_end;
    let mut words = 0;
    let mut after_particle = false;
    let mut particles = 0;
    for w in text[end + 1..].split(' ').take(8) {
        // A name ends with its line.
        let (w, line_ends) = w.split_once('\n').map_or((w, false), |(w, _)| (w, true));
        let core = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '’', '\'']);
        let core = core
            .strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .unwrap_or(core);
        let bare = core.len() == w.len() && !line_ends;
        let particle = ROMANCE_PARTICLES.contains(&core) && !after_particle;
        let article = ROMANCE_ARTICLES.contains(&core) && after_particle;
        if bare && (particle || article) {
            after_particle = true;
            continue;
        }
        let capitalized = is_capitalized(core) && core.chars().all(|c| c.is_alphanumeric() || "&.-".contains(c));
        if !capitalized || CALENDAR.contains(&core) || not_name_start(core) {
            break;
        }
        // A particle counts inside the name only: a capitalized word after it.
        particles += usize::from(std::mem::take(&mut after_particle));
        words += 1;
        end = w.as_ptr() as usize - text.as_ptr() as usize + core.len();
        if core.len() < w.len() || line_ends || words == 4 {
            break;
        }
    }
    let named = words > 0 && (!needs_particle || particles > 0);
    named.then_some(at..end)
}

/// An `org.name_shape` mention of `span`, or an empty one when a known mention covers it.
fn shape_mention(text: &str, span: Range<usize>, known: &[Mention]) -> Mention {
    let taken = super::overlapping(known, &span).next().is_some();
    let span = if taken { 0..0 } else { span };
    let value = EntityRef::named(&text[span.clone()], EntityKind::Company, 0.75);
    mention(MentionType::Org, span, value, Rule::OrgNameShape)
}

/// Strong legal forms in capitals, the way list items, notices and
/// letterheads write a whole name ("CEDARWAY FREIGHT CORP. (CWF)", "ORMSBY
/// TEXTILES LIMITED"): a form only after a name with no lower-case letter.
const SHOUTED_FORMS: &[&str] = &[
    "CORP.",
    "CORP",
    "INC.",
    "INC",
    "LTD.",
    "LTD",
    "LIMITED",
    "CORPORATION",
    "CO.",
];

/// "Co" with no stop, the wires' short form ("Hollister Paint Co reported",
/// "Empire Co's grocery arm"): not before a hyphen ("Co-founder") or a
/// capitalized word (Ireland's counties, "Co Cork"; "Halden Co Ltd" is read
/// at its "Ltd").
const BARE_CO: &str = "Co";

fn legal_suffix(text: &str, form: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    let form_text = &text[form.clone()];
    if form_text == BARE_CO {
        let after = &text[form.end..];
        let next_capital = after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        if after.starts_with(['-', '.', '–']) || next_capital {
            return None;
        }
    }
    if SHOUTED_FORMS.contains(&form_text) {
        let start = name_start_before(text, form.start, 4)?;
        let name = &text[start..form.start];
        let shouted = !name.chars().any(char::is_lowercase) && name.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        return shouted.then_some((start..form.end, Rule::OrgLegalSuffix, 0.8));
    }
    if let Some(comma) = text[..form.start].strip_suffix(", ").map(str::len) {
        return legal_form_after_comma(text, comma, form);
    }
    let Some(start) = name_start_before(text, form.start, 5) else {
        return legal_prefix(text, form);
    };
    // Norway's "AS" is also the English word in a headline set in capitals
    // ("SHARES IN OSLO FELL AS OIL SLID"): after a name with no lower-case
    // letter it is that word.
    let shouted = !text[start..form.start].chars().any(char::is_lowercase);
    if shouted && ENGLISH_WORD_FORMS.contains(&&text[form.clone()]) {
        return None;
    }
    Some((start..form.end, Rule::OrgLegalSuffix, 0.8))
}

/// Strong legal forms that are also English words when written in capitals.
const ENGLISH_WORD_FORMS: &[&str] = &["AS"];

/// A legal form set off by a comma, the way registered names are written in
/// filings, letterheads and Spanish, Portuguese and US releases: "Tarvola
/// Energía, S.A.", "Quillmore Systems, Inc.", "CORVANTE TEXTIL, S.A.". The
/// name closes at the form (punctuation, a line end or a lower-case word
/// after it): "Lindqvist, AB Kjellmora and Tarn" is a list whose second
/// member opens with its form, "in Madrid, SA" a place.
fn legal_form_after_comma(text: &str, comma: usize, form: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    let after = text[form.end..].trim_start_matches(' ');
    if after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let (name, _, _) = name_ending_at(text, comma)?;
    if super::context::not_org(&text[name.clone()]) {
        return None;
    }
    Some((name.start..form.end, Rule::OrgLegalSuffix, 0.8))
}

/// Legal forms written before the name (Indonesia's "PT", Sweden's "AB",
/// Russia's "PJSC", "OOO", "JSC"): "PT Sinar Laut Sekuritas", "AB Kvarnby".
const PREFIX_FORMS: &[&str] = &["PT", "AB", "PJSC", "OOO", "JSC"];

/// "PT Sinar Laut Sekuritas": a prefix form with no name before it and two
/// or more capitalized words after it (not "9 a.m. PT Monday", "Volvo AB",
/// the car model "PT Cruiser").
fn legal_prefix(text: &str, form: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    if !PREFIX_FORMS.contains(&&text[form.clone()]) || name_start_before(text, form.start, 1).is_some() {
        return None;
    }
    let (name, _, _) = context_cue(text, form)?;
    // Two words at least after the short forms that are also other words:
    // "PT Cruiser" is a car model, "AB Volvo" stays with the catalogue. The
    // Russian forms name one-word companies: "PJSC Volgotrans", "JSC Kazanorgsintez".
    let first = text[name.clone()].split(' ').next().unwrap_or("");
    let one_word_ok = !matches!(&text[form.clone()], "PT" | "AB");
    if super::context::not_org(first) || !(one_word_ok || text[name.clone()].contains(' ')) {
        return None;
    }
    Some((form.start..name.end, Rule::OrgLegalSuffix, 0.8))
}

fn head_word(text: &str, head: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    // A head word goes last: "Software Development Kit" is not a company;
    // but "Thai Airways International" is one.
    let international = text[head.end..]
        .strip_prefix(" International")
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == ' '));
    let international = international
        || text[head.end..]
            .strip_prefix(" International ")
            .is_some_and(|r| !r.starts_with(|c: char| c.is_uppercase()));
    if !international
        && text[head.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    // "Government" names a body only with its "of" part ("Government of
    // India"); "the Indian Government", "Coalition Government" are no names.
    // So does a chamber ("Chamber of Commerce", "Halden Chambers of
    // Commerce"; not "Therese Chambers", "Brick Court Chambers" alone).
    let needs = head_entry(&text[head.clone()]).map(|h| h.1);
    let of_part_only = needs == Some(Needs::OfPart);
    let modified = name_start_before(text, head.start, 4).filter(|_| &text[head.clone()] != "Government");
    // An office named after its place: "Vermont Attorney General", "New York
    // State Attorney General"; its office goes with it ("'s office").
    if needs == Some(Needs::Place) {
        let s = modified?;
        let place = text[s..head.start].trim_end();
        let place = place.strip_suffix(" State").unwrap_or(place);
        if !super::context::is_place(place) {
            return None;
        }
        let office = ["'s office", "’s office", "'s Office", "’s Office"]
            .into_iter()
            .find(|o| text[head.end..].starts_with(o))
            .map_or(0, str::len);
        return Some((s..head.end + office, Rule::OrgHeadWord, 0.7));
    }
    let mut end = head.end + if international { " International".len() } else { 0 };
    // "Ministry of Defence", "Bank of Nova Scotia", "District Court for the
    // Northern District of California", "Office of the Attorney General":
    // capitalized words after "of", "of the" or "for the", with "of"/"the"
    // inside only between capitalized words.
    let tail = [" of the ", " of ", " for the ", " for "]
        .into_iter()
        .find_map(|lead| text[end..].strip_prefix(lead).map(|rest| (lead.len(), rest)));
    if let Some((lead, rest)) = tail {
        let mut len = 0;
        let mut after_connector = false;
        // The last word kept is a field of a ministry ("Industry" of "Ministry of Science, Industry and Trade").
        let mut portfolio = false;
        let mut words = rest.split(' ').take(6).peekable();
        while let Some(w) = words.next() {
            // A name ends with its line ("… of Canada.\n\nShares rose").
            let (w, line_ends) = w.split_once(['\n', '\r']).map_or((w, false), |(w, _)| (w, true));
            let core = w.trim_end_matches([',', '.', ';', ':']);
            if matches!(core, "of" | "the") && core.len() == w.len() && len > 0 && !after_connector && !line_ends {
                after_connector = true;
                continue;
            }
            // Fields joined by "and": "Ministry of Commerce and Industry".
            let field_next = words.peek().is_some_and(|n| is_portfolio(n));
            if w == "and" && portfolio && !after_connector && field_next {
                after_connector = true;
                continue;
            }
            // A currency code before a figure is the price: "sold to Liwa
            // Investment Authority for AED 2.8 billion", "for US$ 40m".
            let figure_next = !line_ends
                && words
                    .peek()
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            let code = core.len() <= 4 && core.chars().all(|c| c.is_ascii_uppercase() || c == '$');
            if !is_capitalized(core) || CALENDAR.contains(&core) || not_name_start(core) || (code && figure_next) {
                break;
            }
            after_connector = false;
            len = w.as_ptr() as usize - rest.as_ptr() as usize + core.len();
            portfolio = is_portfolio(core);
            // ... and by commas: "Ministry of Agriculture, Forestry and Fisheries".
            let listed = portfolio && w.len() == core.len() + 1 && w.ends_with(',') && field_next;
            if (core.len() < w.len() && !listed) || line_ends {
                break;
            }
        }
        if len > 0 {
            end += lead + len;
        }
    }
    // Generic words do not make a name: "its AI Labs contract", "US Office".
    let modified = modified.filter(|&s| {
        !text[s..head.start]
            .split_whitespace()
            .all(|w| GENERIC_MODIFIERS.contains(&w))
    });
    // "the Strategic Review", "Interim Review" are no outlets.
    let outlet = is_outlet_head(&text[head.clone()]);
    let modified = modified.filter(|&s| {
        !outlet
            || !text[s..head.start]
                .split_whitespace()
                .any(|w| NOT_OUTLET_MODIFIERS.contains(&w))
                && !text[s..head.start]
                    .split_whitespace()
                    .all(|w| SECTION_WORDS.contains(&w) || GENERIC_MODIFIERS.contains(&w))
    });
    // A bare head word is a name only with its "of" part ("Ministry of Defence");
    // an outlet's never ("the Times of the year").
    let bare_ok = end > head.end && !outlet && needs != Some(Needs::Modifier);
    let start = modified.or(bare_ok.then_some(head.start))?;
    if of_part_only && end == head.end {
        return None;
    }
    // "the District of Columbia" is a place (`data/orgs/places.tsv`).
    if super::context::not_org(&text[start..end]) {
        return None;
    }
    Some((start..end, Rule::OrgHeadWord, 0.7))
}

fn context_cue(text: &str, cue: &Range<usize>) -> Option<(Range<usize>, Rule, f64)> {
    let rest = text[cue.end..].strip_prefix(' ')?;
    let rest = rest.split(['\n', '\t']).next().unwrap_or("");
    // A place's possessive before the name is no part of it: "a consortium
    // led by Spain's Ondarra Group", "advised by Norway's Fjellvik".
    let place_owner = rest
        .split_once(' ')
        .and_then(|(w, _)| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
        .filter(|w| super::context::not_org(w))
        .map_or(0, |w| {
            w.len() + "'s ".len() + usize::from(rest.as_bytes().get(w.len()) != Some(&b'\'')) * 2
        });
    let rest = &rest[place_owner..];
    let start = cue.end + 1 + place_owner;
    let mut end = start;
    let words: Vec<&str> = rest.split(' ').take(5).collect();
    let mut taken = 0;
    for (k, w) in words.iter().enumerate() {
        // "&" between two capitalized words joins them ("shares of Aetna
        // Life & Casualty", "analysts at Stifel & Co"); not "and", which
        // joins two names ("shares of Acme and Borel").
        if *w == "&" && end > start && words.get(k + 1).is_some_and(|n| is_capitalized(n)) {
            continue;
        }
        if taken == 4 {
            break;
        }
        taken += 1;
        let core = w.trim_end_matches([',', '.', ';', ':', ')', '’', '\'', '"', '”']);
        let core = core
            .strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .unwrap_or(core);
        // A first word may be camel-cased: "analysts at mBank", "shares of eBay".
        let camel = end == start && is_camel(core);
        if !(is_capitalized(core) || camel) || not_name_start(core) || CALENDAR.contains(&core) {
            break;
        }
        end = start + (w.as_ptr() as usize - rest.as_ptr() as usize) + core.len();
        if core.len() < w.len() {
            break;
        }
    }
    // A name with a legal form or head word is left to that rule, which knows its extent.
    let by_other_rule = text[start..end]
        .split(' ')
        .any(|w| HEAD_WORDS.contains(&w) || GAZETTEER.is_legal_form(w));
    (end > start && !by_other_rule).then_some((start..end, Rule::OrgContextCue, 0.7))
}

/// Exchange codes of listing brackets and the catalogue's exchange they name
/// (`org.listing_exchange`): "(NYSE: KO)" names the New York Stock Exchange,
/// "(LSE: HWS)" the London Stock Exchange. Not "OTC" (a market, no
/// operator) nor "AMEX" (absorbed into NYSE American, no entry of its own).
const LISTING_EXCHANGES: &[(&str, &str)] = &[
    ("NASDAQ", "nasdaq"),
    ("Nasdaq", "nasdaq"),
    ("NYSE", "nyse"),
    ("NYSE American", "nyse"),
    ("NYSE Arca", "nyse"),
    ("LSE", "lse"),
    ("TSX", "toronto-stock-exchange"),
    ("ASX", "asx"),
    ("HKEX", "hkex"),
    ("TSE", "tse"),
    // Listings outside the US, UK and Japan, as releases and wires bracket
    // them ("(TSXV: KRN)", "(BMV: ALSEA)", "(NSE: INFY, BSE: 500209)").
    ("TSXV", "tsx-venture"),
    ("TSX-V", "tsx-venture"),
    ("BMV", "bmv"),
    ("NSE", "nse-india"),
    ("BSE", "bse"),
    ("JSE", "jse"),
    ("SGX", "sgx"),
    ("KRX", "krx"),
    ("IDX", "idx"),
    ("NZX", "nzx"),
    ("TASE", "tase"),
    ("TWSE", "twse"),
    ("SIX", "six-swiss-exchange"),
    ("B3", "b3-brazil"),
    ("BME", "bme"),
    ("Tadawul", "tadawul"),
    ("ADX", "adx"),
    ("DFM", "dfm"),
    ("Euronext Paris", "euronext"),
    ("Euronext Amsterdam", "euronext"),
    ("Euronext Brussels", "euronext"),
    ("Euronext Dublin", "euronext"),
    ("Euronext Lisbon", "euronext"),
    ("Euronext Milan", "borsa-italiana"),
    ("Nasdaq Stockholm", "nasdaq-nordic"),
    ("Nasdaq Copenhagen", "nasdaq-nordic"),
    ("Nasdaq Helsinki", "nasdaq-nordic"),
    ("Xetra", "xetra"),
    ("XETRA", "xetra"),
];

/// Ticker forms, and the spans of exchange parentheticals, in which no other
/// name counts; the exchange code is the exchange (see [`LISTING_EXCHANGES`]).
pub fn tickers(text: &str, known: &[Mention]) -> (Vec<Mention>, Vec<Range<usize>>) {
    static EXCHANGE: LazyLock<Regex> = LazyLock::new(|| {
        // Longest codes first ("NYSE American" before "NYSE", "TSXV" before
        // "TSX"); the symbol closes the bracket or a second listing follows it
        // ("(NSE: INFY, BSE: 500209)"). Digits go inside a symbol ("B3: PETR4"),
        // never first (Tokyo's and Seoul's numeric codes are no names).
        let mut codes: Vec<&str> = LISTING_EXCHANGES.iter().map(|(c, _)| *c).collect();
        codes.extend(["OTC", "AMEX"]);
        codes.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let codes: Vec<String> = codes.iter().map(|c| regex::escape(c)).collect();
        Regex::new(&format!(
            r"\((?:{}):\s?([A-Z][A-Z0-9.\-]{{0,9}})(?:\)|[,;] )",
            codes.join("|")
        ))
        .unwrap()
    });
    static CASHTAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\$([A-Z]{1,5})(?-u:\b)").unwrap());
    let mut out = Vec::new();
    let mut blocked = Vec::new();
    for c in EXCHANGE.captures_iter(text) {
        blocked.push(c.get(0).unwrap().range());
        let sym = c.get(1).unwrap();
        let open = c.get(0).unwrap().start();
        // The exchange itself is named too: "NYSE" in "(NYSE: KO)".
        let code = &text[open + 1..open + 1 + text[open + 1..].find(':').unwrap_or(0)];
        let exchange = LISTING_EXCHANGES
            .iter()
            .find(|(c, _)| *c == code)
            .and_then(|(_, id)| GAZETTEER.get(id))
            .map(|e| {
                let span = open + 1..open + 1 + code.len();
                mention(MentionType::Org, span, EntityRef::of(e, 0.9), Rule::OrgListingExchange)
            });
        // SEC tickers are US listings: "(LSE: MAG)" is not the NYSE's MAG.
        let us = ["(NASDAQ", "(Nasdaq", "(NYSE", "(AMEX", "(OTC"]
            .iter()
            .any(|p| text[open..].starts_with(p));
        let name_before = {
            let name_end = text[..open].trim_end().len();
            // Read back from before its legal form ("Marlowe Ashby Group plc").
            let core_end = GAZETTEER.strip_legal_form(&text[..name_end]).len();
            let core_end = if core_end < name_end { core_end } else { name_end };
            let pad = usize::from(text[core_end..].starts_with(' '));
            name_start_before(text, core_end + pad, 5)
                .map(|s| &text[s..name_end])
                .filter(|n| !n.is_empty())
        };
        let value = match GAZETTEER.by_ticker(sym.as_str()).filter(|_| us) {
            Some(e) => EntityRef::of(e, 0.95),
            None => match name_before {
                // An unknown ticker, or a foreign one: the company named before it.
                Some(n) => EntityRef::named(n, EntityKind::Company, 0.8),
                _ => EntityRef::named(sym.as_str(), EntityKind::Company, 0.6),
            },
        };
        // The name before the parenthesis is the same company.
        let name_end = text[..open].trim_end().len();
        if let Some(start) = name_start_before(text, name_end + usize::from(text[name_end..open].starts_with(' ')), 5) {
            let span = start..name_end;
            if !span.is_empty() && !overlaps(known, &span) {
                out.push(mention(MentionType::Org, span, value.clone(), Rule::OrgTickerExchange));
            }
        }
        out.extend(exchange);
        out.push(mention(MentionType::Org, sym.range(), value, Rule::OrgTickerExchange));
    }
    for c in CASHTAG.captures_iter(text) {
        let sym = c.get(1).unwrap();
        if let Some(e) = GAZETTEER.by_ticker(sym.as_str()) {
            let span = c.get(0).unwrap().range();
            blocked.push(span.clone());
            out.push(mention(
                MentionType::Org,
                span,
                EntityRef::of(e, 0.9),
                Rule::OrgTickerCashtag,
            ));
        }
    }
    symbols(text, known, &mut out);
    (out, blocked)
}

/// Market suffixes of Reuters-style codes after a name: "(TVK.AX)",
/// "(TSCO.L)", "(RY.TO)", "(0700.HK)".
const CODE_SUFFIXES: &[&str] = &[
    "AS", "AX", "BO", "CO", "DE", "HE", "HK", "KS", "L", "MC", "MI", "MX", "N", "NS", "O", "OL", "PA", "SA", "SI",
    "ST", "SW", "T", "TO", "TW", "V",
];

/// Tickers a phrase or a bracket names as such (`org.ticker.symbol`): "under
/// the symbol QRVX", "ticker symbol KRNL", "(Symbol: KALPTEX)"; an item of
/// a list opening its line with a name in capitals and its code ("2)
/// BRAMBLE FOODS (BRF) — sales fell", "ORVANTE (ORVT4) — profit miss"):
/// both; with no code, a name ending in a company's head word ("4) TOLVANE
/// GOLD MINES — output fell"). Not "(CEO)", "(EBITDA)" in a sentence, a
/// code with no name or cue before it, "KEY RISKS —" (no head word), nor a
/// legal form's name (the legal-form rule's). Market codes after a name:
/// [`market_codes`].
fn symbols(text: &str, known: &[Mention], out: &mut Vec<Mention>) {
    static CUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:(?:under|with) the (?:ticker |stock |trading )?symbol|ticker symbol|\([Ss]ymbol:) [\x22“]?([A-Z][A-Z0-9]{1,7})(?:[^A-Za-z0-9.]|\.(?:[^A-Za-z0-9]|$)|$)").unwrap()
    });
    // Anchored at the start of a line, and matched one line at a time: an
    // item never holds a newline, so each line has at most one, the one a
    // multi-line `^` would find there; lines that cannot open with a word in
    // capitals ([`may_open_item`]) are not searched.
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{1,2}[.)] |[-•*] )?((?:[A-Z][A-Z&'’.-]+ ){0,3}[A-Z][A-Z'’.-]+)(?: \(([A-Z][A-Z0-9]{1,5})\))? ?(?:[—–:]|--| - )").unwrap()
    });
    let free = |span: &Range<usize>, out: &[Mention]| {
        !overlaps(known, span) && !out.iter().any(|m| m.span.start < span.end && span.start < m.span.end)
    };
    let value_of = |sym: &str, name: Option<&str>| match GAZETTEER.by_ticker(sym) {
        Some(e) => EntityRef::of(e, 0.9),
        None => EntityRef::named(name.unwrap_or(sym), EntityKind::Company, 0.6),
    };
    for c in CUED.captures_iter(text) {
        let sym = c.get(1).unwrap();
        if free(&sym.range(), out) {
            out.push(mention(
                MentionType::Org,
                sym.range(),
                value_of(sym.as_str(), None),
                Rule::OrgTickerSymbol,
            ));
        }
    }
    let lines = text.split('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len() + 1;
        Some((start, line))
    });
    for (at, line) in lines.filter(|(_, line)| may_open_item(line)) {
        let Some(c) = ITEM.captures(line) else { continue };
        let (name, sym) = (c.get(1).unwrap(), c.get(2));
        let name_range = at + name.start()..at + name.end();
        let sym_range = sym.map(|s| at + s.start()..at + s.end());
        let words: Vec<&str> = name.as_str().split(' ').collect();
        // A legal form's name is the legal-form rule's ("BRAMBLEFORD TIMBER CORP.").
        let last = words.last().copied().unwrap_or("");
        if GAZETTEER.is_legal_form(last) || GAZETTEER.is_legal_form(&title_case(last)) {
            continue;
        }
        // With no code, a company's head word ends it and a word of its own opens it.
        let headed = words.len() >= 2
            && is_head_word(&title_case(last))
            && !GENERIC_MODIFIERS.contains(&title_case(words[0]).as_str())
            && !super::context::not_org(&title_case(words[0]));
        if sym.is_none() && !headed {
            continue;
        }
        let letters = name.as_str().chars().filter(|c| c.is_alphabetic()).count();
        let label = words
            .iter()
            .any(|w| super::mastheads::is_label_word(w) || super::context::not_org(&title_case(w)) && words.len() == 1);
        if letters < 4 || label || !free(&name_range, out) {
            continue;
        }
        let title = title_case_words(name.as_str());
        let value = match sym {
            Some(sym) => value_of(sym.as_str(), Some(&title)),
            None => EntityRef::named(&title, EntityKind::Company, 0.6),
        };
        out.push(mention(
            MentionType::Org,
            name_range,
            value.clone(),
            Rule::OrgTickerSymbol,
        ));
        if let Some(sym) = sym_range.filter(|s| free(s, out)) {
            out.push(mention(MentionType::Org, sym, value, Rule::OrgTickerSymbol));
        }
    }
}

/// Whether a line can open with a list item's name in capitals: a capital
/// letter and then a capital or `&'’.-` within its first bytes (after at
/// most a two-digit number and a bracket or stop, or a bullet, and a space:
/// ten bytes of Unicode digits). A cheap test before [`symbols`]'s item
/// pattern, which needs that pair right after such a prefix.
fn may_open_item(line: &str) -> bool {
    const REACH: usize = 10;
    let b = line.as_bytes();
    if b.len() < 2 {
        return false;
    }
    (0..=REACH.min(b.len().saturating_sub(2))).any(|q| {
        b[q].is_ascii_uppercase()
            && (b[q + 1].is_ascii_uppercase() || matches!(b[q + 1], b'&' | b'\'' | b'.' | b'-' | 0xE2))
    })
}

/// A market code in brackets after a name found ("Tarvik Mining Ltd
/// (TVK.AX)", "Quarrel Tools (QRT.L)"): that name's company, rule
/// `org.ticker.symbol`. Run once the rules have found the names.
pub fn market_codes(text: &str, found: &[Mention]) -> Vec<Mention> {
    static CODE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([A-Z0-9]{1,6})\.([A-Z]{1,2})\)").unwrap());
    let mut out = Vec::new();
    if !text.contains('.') || !text.contains('(') {
        return out;
    }
    for c in CODE.captures_iter(text) {
        if !CODE_SUFFIXES.contains(&c.get(2).unwrap().as_str()) {
            continue;
        }
        let open = c.get(0).unwrap().start();
        let name_end = text[..open].trim_end_matches(' ').len();
        let Some(before) = found
            .iter()
            .rev()
            .find(|m| m.span.end == name_end && m.kind == MentionType::Org)
        else {
            continue;
        };
        let code = c.get(1).unwrap().start()..c.get(2).unwrap().end();
        if let Some(e) = entity_of(before).filter(|_| !overlaps(found, &code)) {
            out.push(mention(MentionType::Org, code, e.clone(), Rule::OrgTickerSymbol));
        }
    }
    out
}

/// "BRAMBLE" → "Bramble".
fn title_case(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map_or(String::new(), |f| f.to_string() + &c.as_str().to_lowercase())
}

/// "BRAMBLE FOODS" → "Bramble Foods".
fn title_case_words(s: &str) -> String {
    s.split(' ').map(title_case).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::mentions_with_ids;
    use crate::extract::rule::Rule;

    fn ids(text: &str) -> Vec<(String, String, Rule)> {
        mentions_with_ids(text)
            .into_iter()
            .map(|(t, id, rule, _)| (t, id, rule))
            .collect()
    }

    /// The organization names the rules find in `text`, in order.
    fn names(text: &str) -> Vec<String> {
        ids(text).into_iter().map(|(n, _, _)| n).collect()
    }

    #[test]
    fn only_lines_that_may_open_with_capitals_are_read_for_items() {
        for (line, want) in [
            ("3) HALDEN STEEL (HLS) — output fell", true),
            ("12. KESTREL AIR: fares rose", true),
            ("• O’NEIL FOODS — sales", true),
            ("- AT&T -- a call", true),
            ("CORVANE — profit miss", true),
            ("The company said profit rose.", false),
            ("Shares of Halden rose 4%.", false),
            ("A", false),
            ("", false),
        ] {
            assert_eq!(super::may_open_item(line), want, "{line}");
        }
    }

    #[test]
    fn symbols_named_by_a_cue_a_market_code_or_a_list_item() {
        for (text, want) in [
            ("Its shares trade on the Nasdaq under the symbol QRVX.", &["QRVX"][..]),
            (
                "Its shares are on the Bombay bourse (Symbol: KALPTEX) since 2011.",
                &["KALPTEX"],
            ),
            ("Tarvik Mining Ltd (TVK.AX) said on Monday output rose.", &["TVK.AX"]),
            (
                "Movers:\n2) BRAMBLE FOODS (BRF) — Sales fell 3% in June.",
                &["BRAMBLE FOODS", "BRF"],
            ),
            ("ORVANTE (ORVT4) — profit miss, CEO out", &["ORVANTE", "ORVT4"]),
            (
                "Movers:\n4) TOLVANE GOLD MINES — Output fell 8%.",
                &["TOLVANE GOLD MINES"],
            ),
        ] {
            let got = ids(text);
            for w in want {
                assert!(got.iter().any(|(t, _, _)| t == w), "{text:?}: {w} {got:?}");
            }
        }
        // The market code is the company named before it.
        let got = ids("Tarvik Mining Ltd (TVK.AX) said on Monday output rose.");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
        // Counter-examples: a role or a label in brackets, a symbol of
        // something else, a code with no name before it.
        for text in [
            "The chief executive (CEO) said sales rose.",
            "FOR IMMEDIATE RELEASE (UPDATE) — today",
            "The bridge is a symbol of pride for the town.",
            "Prices rose (see chart) in May.",
            "the index (XJO.AX) fell 1%.",
            "Notes:\n2) KEY RISKS — Prices may fall.",
            "GLOBAL SERVICES — a review of the year",
        ] {
            assert!(
                ids(text).iter().all(|(_, _, r)| *r != Rule::OrgTickerSymbol),
                "{text:?}: {:?}",
                ids(text)
            );
        }
    }

    #[test]
    fn a_place_tied_before_a_name_is_not_part_of_it() {
        // Examples: a hyphenated participle, a place's possessive, a sentence
        // adverb, a fact sheet's "About" or a role noun before the name.
        for (text, name) in [
            (
                "Shares of Oslo-listed Vardholm Tankers ASA fell 4%.",
                "Vardholm Tankers ASA",
            ),
            ("The Lyon-based Maraval Software rose 2%.", "Maraval Software"),
            ("Kenya's Tamsin Bank raised its dividend.", "Tamsin Bank"),
            (
                "The buyer is Osaka's Hinode Rail Holdings, it said.",
                "Hinode Rail Holdings",
            ),
            ("Meanwhile Brixa Therapeutics fell 9%.", "Brixa Therapeutics"),
            (
                "About Corlan Foods Inc.\nCorlan Foods makes soups.",
                "Corlan Foods Inc.",
            ),
            (
                "Competitors Ostwald Bancorp Inc. and others cut rates.",
                "Ostwald Bancorp Inc.",
            ),
        ] {
            assert!(names(text).iter().any(|n| n == name), "{text:?}: {:?}", names(text));
        }
        // Counter-examples: hyphens and possessives inside names.
        for (text, name) in [
            ("Shares of Coca-Cola Icecek fell 3% on Monday.", "Coca-Cola Icecek"),
            ("Halden's Bank raised its dividend on Monday.", "Halden's Bank"),
            ("Torvald's Foods Inc. rose 2% on Monday.", "Torvald's Foods Inc."),
        ] {
            assert!(names(text).iter().any(|n| n == name), "{text:?}: {:?}", names(text));
        }
    }

    #[test]
    fn a_head_words_of_part_ends_with_its_line_and_before_a_price() {
        let got = names("The loan came from Bank of Montreal.\n\nVelmora shares rose 3%.");
        assert!(got.iter().any(|n| n == "Bank of Montreal"), "{got:?}");
        let got = names("Ardent sold the stake to Qadir Investment Authority for AED 1.9 billion.");
        assert!(got.iter().any(|n| n == "Qadir Investment Authority"), "{got:?}");
        // Counter-example: the "for" part of a name.
        let got = names("The Office for Road Safety said so.");
        assert!(got.iter().any(|n| n == "Office for Road Safety"), "{got:?}");
    }

    #[test]
    fn a_figure_after_a_name_is_no_model() {
        for text in [
            "The regulator fined Vessel Energie AG 12.5 million euros.",
            "The regulator fined Kopano Securities R36.2m for the lapses.",
            "Dorrit Mining Corp 40 million shares were sold.",
            "Kestrel Foods FY26: the numbers and the outlook.",
            "The regulator has given Ocelot Systems Inc 60 days to comply.",
        ] {
            assert!(
                ids(text).iter().all(|(_, _, rule)| *rule != Rule::OrgProductModel),
                "{text:?}: {:?}",
                ids(text)
            );
        }
        // Counter-example: a model.
        let got = ids("Airbus A350 deliveries rose.");
        assert!(got.iter().any(|(_, _, rule)| *rule == Rule::OrgProductModel), "{got:?}");
    }

    /// The examples and counter-examples of `data/orgs/cue-words.tsv`.
    #[test]
    fn cue_table_examples() {
        let tables = crate::extract::orgs::tables::CUE_WORDS;
        assert_table_examples("cue-words.tsv", tables, 2, |(_, _, _, kind)| {
            *kind == crate::extract::MentionType::Org
        });
    }

    /// Every example row of an organizations table names a mention the text
    /// gives (`whose` says of which kind), and no counter-example row does.
    fn assert_table_examples(
        file: &str,
        source: &'static str,
        columns: usize,
        whose: impl Fn(&(String, String, Rule, crate::extract::MentionType)) -> bool,
    ) {
        let table = crate::extract::orgs::tables::parse(file, source, columns);
        for (example, text, name) in table.examples {
            let got = mentions_with_ids(text);
            let found = got.iter().any(|m| m.0 == name && whose(m));
            assert_eq!(found, example, "{file}: {text:?}: {name:?} {got:?}");
        }
    }

    /// The examples and counter-examples of `data/orgs/heads.tsv`.
    #[test]
    fn head_table_examples() {
        let heads = crate::extract::orgs::tables::HEADS;
        assert_table_examples("heads.tsv", heads, 3, |(_, _, rule, _)| *rule == Rule::OrgHeadWord);
    }

    /// The examples and counter-examples of `data/orgs/portfolio-words.tsv`.
    #[test]
    fn portfolio_table_examples() {
        let portfolios = crate::extract::orgs::tables::PORTFOLIOS;
        assert_table_examples("portfolio-words.tsv", portfolios, 1, |(_, _, rule, _)| {
            *rule == Rule::OrgHeadWord
        });
    }

    #[test]
    fn legal_forms_propose_unknown_companies() {
        assert_eq!(
            ids("Shares of Acme Robotics Inc. rose; Foo GmbH and Bar plc fell."),
            vec![
                (
                    "Acme Robotics Inc.".into(),
                    "name:acme-robotics".into(),
                    Rule::OrgLegalSuffix
                ),
                ("Foo GmbH".into(), "name:foo".into(), Rule::OrgLegalSuffix),
                ("Bar plc".into(), "name:bar".into(), Rule::OrgLegalSuffix),
            ]
        );
        assert_eq!(ids("The Inc. magazine")[..], []);
    }

    /// The public joint-stock designators of the Gulf and Russia (added to the
    /// strong forms by scripts/gen-org-gazetteer.py), after the name and before it.
    #[test]
    fn gulf_and_russian_joint_stock_forms() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Harbin Delta Logistics PJSC said on Monday it priced a bond.",
                &["Harbin Delta Logistics PJSC"],
            ),
            (
                "Doha Coastal Cement Q.P.S.C. reported a profit of QR 90 million.",
                &["Doha Coastal Cement Q.P.S.C."],
            ),
            ("Kazan Polymer JSC said revenue rose 8%.", &["Kazan Polymer JSC"]),
            ("Shares of PJSC Volgotrans fell 3% in Moscow.", &["PJSC Volgotrans"]),
            ("JSC Severtrub will sell notes.", &["JSC Severtrub"]),
            // Counter-examples: a joint committee, a car model, a time zone.
            ("The JSC of the two airlines met on Monday.", &[]),
            ("He drove a PT Cruiser to the plant.", &[]),
            ("Trading opens at 9 a.m. PT Monday.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = ids(text).into_iter().map(|(t, _, _)| t).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    /// The Nordic, Central European, Latin American and Asian designators
    /// added to the strong forms on 2026-12-07 (scripts/gen-org-gazetteer.py).
    #[test]
    fn national_legal_forms_after_the_name() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Tromsø Havkraft AS priced NOK 900 million of bonds.",
                &["Tromsø Havkraft AS"],
            ),
            ("Aarhus Vindteknik A/S said orders rose.", &["Aarhus Vindteknik A/S"]),
            ("Oulu Sahat Oy will close a mill.", &["Oulu Sahat Oy"]),
            (
                "Ostrava Válcovny a.s. sold its unit to Plzeň Trade s.r.o. in May.",
                &["Ostrava Válcovny a.s.", "Plzeň Trade s.r.o."],
            ),
            ("Gdańsk Meble Sp. z o.o. was fined.", &["Gdańsk Meble Sp. z o.o."]),
            ("Debrecen Malom Zrt. signed the contract.", &["Debrecen Malom Zrt."]),
            ("Arequipa Cobre S.A.A. raised its dividend.", &["Arequipa Cobre S.A.A."]),
            (
                "Pune Castings Pvt. Ltd. hired 200 workers.",
                &["Pune Castings Pvt. Ltd."],
            ),
            ("Penang Wafer Bhd rose 4%.", &["Penang Wafer Bhd"]),
            // Vietnam's joint-stock company written in full.
            (
                "Hoa Binh Freight Joint Stock Company raised $20 million.",
                &["Hoa Binh Freight Joint Stock Company"],
            ),
            // Spain's cooperative society, with and without the space.
            ("Almenara Unida S.Coop. was fined €2m.", &["Almenara Unida S.Coop."]),
            (
                "Vinos Tierra Alta S. Coop. exported more.",
                &["Vinos Tierra Alta S. Coop."],
            ),
            // Poland's registry writes its limited company in lower case;
            // Turkish "ve" joins the trade words of a registered name.
            (
                "Lublin Ogrody Holding sp. z o.o. bought the stake.",
                &["Lublin Ogrody Holding sp. z o.o."],
            ),
            (
                "Karadeniz Un Sanayi ve Ticaret Ltd. appealed the fine.",
                &["Karadeniz Un Sanayi ve Ticaret Ltd."],
            ),
            // Counter-examples: the English word in a headline set in capitals;
            // "Oy" with no name before it; "ve" with no capitalized word
            // before it, nor a lower-case form with no name before it.
            ("SHARES IN BERGEN FELL AS FREIGHT RATES SLID", &[]),
            ("Oy is the shortest place name they knew.", &[]),
            ("the firms ve Ticaret Ltd. filed late.", &["Ticaret Ltd."]),
            ("a sp. z o.o. is Poland's commonest company form.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = ids(text).into_iter().map(|(t, _, _)| t).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    #[test]
    fn legal_forms_after_a_comma() {
        assert_eq!(
            ids("Tarvola Energía, S.A. said on Monday it would sell bonds."),
            vec![(
                "Tarvola Energía, S.A.".into(),
                "name:tarvola-energía".into(),
                Rule::OrgLegalSuffix
            )]
        );
        assert_eq!(
            ids("CORVANTE TEXTIL, S.A.\nFourth quarter results"),
            vec![(
                "CORVANTE TEXTIL, S.A.".into(),
                "name:corvante-textil".into(),
                Rule::OrgLegalSuffix
            )]
        );
        // A list whose next member opens with its form; a place before the form.
        assert!(
            !ids("Buyers were Lindqvist, AB Kjellmora and Tarn.")
                .iter()
                .any(|(t, _, _)| t.starts_with("Lindqvist"))
        );
        assert!(
            !ids("Its offices in Madrid, SA and Lisbon closed.")
                .iter()
                .any(|(t, _, _)| t.contains("Madrid"))
        );
    }

    #[test]
    fn head_words_and_cues() {
        assert_eq!(
            ids("The Romanian State Property Agency sold it to the Ministry of Defence."),
            vec![
                (
                    "Romanian State Property Agency".into(),
                    "name:romanian-state-property-agency".into(),
                    Rule::OrgHeadWord
                ),
                (
                    "Ministry of Defence".into(),
                    "name:ministry-of-defence".into(),
                    Rule::OrgHeadWord
                ),
            ]
        );
        assert_eq!(
            ids("It beat startup Nimbus Aerial and rival Anthropic."),
            vec![
                ("Nimbus Aerial".into(), "name:nimbus-aerial".into(), Rule::OrgContextCue),
                ("Anthropic".into(), "anthropic".into(), Rule::OrgGazetteerName),
            ]
        );
        // Title-case headings propose nothing by head word.
        assert_eq!(ids("Breaking News From The Group\nText follows here.")[..], []);
    }

    #[test]
    fn more_company_heads_with_generic_counter_examples() {
        // Examples: industry heads after a distinctive word.
        assert_eq!(
            names("Orders fell at Stackwise Robotics, while Caliber Diagnostics and Harrow Wireless grew."),
            ["Stackwise Robotics", "Caliber Diagnostics", "Harrow Wireless"]
        );
        assert_eq!(
            names("The brokers were Kestrel Securities and Tarn Capital Markets, and Veltra Services paid."),
            ["Kestrel Securities", "Tarn Capital Markets", "Veltra Services"]
        );
        assert_eq!(
            names("It met norms set by the Securities and Exchange Board of India last year."),
            ["Securities and Exchange Board of India"]
        );
        // Counter-examples: generic modifiers, a bare "Board", a head word going on.
        assert_eq!(
            names("Its Financial Services arm and Emerging Markets desk grew; the Supervisory Board met.")[..],
            [] as [&str; 0]
        );
        assert_eq!(
            names("He told the Board of Directors that Customer Services had improved.")[..],
            [] as [&str; 0]
        );
        assert_eq!(names("We will hold a Capital Markets Day in May.")[..], [] as [&str; 0]);
    }

    #[test]
    fn sector_heads_funds_plans_and_chambers() {
        // Examples: trades that end a company's name, funds, trustees, pension plans.
        assert_eq!(
            names("Orders went to Varnholt Semiconductor and Delmare Shipping, and Ostrava Rail signed."),
            ["Varnholt Semiconductor", "Delmare Shipping", "Ostrava Rail"]
        );
        assert_eq!(
            names(
                "Backers include the Quellan Growth Fund, Tarrow Pension Trustees and the Alberta Teachers' Pension Plan."
            ),
            [
                "Quellan Growth Fund",
                "Tarrow Pension Trustees",
                "Alberta Teachers' Pension Plan"
            ]
        );
        assert_eq!(
            names("The fees were paid to Brightmoor Advisors and Kessel Homes."),
            ["Brightmoor Advisors", "Kessel Homes"]
        );
        // A chamber with its "of" part; an office with its "for" part.
        assert_eq!(
            names("The Halden Chambers of Commerce and the Office for Road Safety welcomed it."),
            ["Halden Chambers of Commerce", "Office for Road Safety"]
        );
        // Counter-examples: a chamber without its "of" part is a surname or a
        // barristers' set; generic modifiers make no name.
        assert_eq!(names("Enforcement chief Marta Chambers said so.")[..], [] as [&str; 0]);
        assert_eq!(
            names("Big Pharma and Clean Energy stocks rose, as did a Pension Fund index.")[..],
            [] as [&str; 0]
        );
        assert_eq!(
            names("Renewable Energy is cheaper, and Container Shipping rates fell.")[..],
            [] as [&str; 0]
        );
    }

    #[test]
    fn the_leader_of_a_group_of_investors_or_banks_is_a_firm() {
        assert_eq!(
            names("The claim was brought by 60 investors led by Marlowe Endowment last year."),
            ["Marlowe Endowment"]
        );
        assert_eq!(
            names("It took a loan from banks led by Cantrell and a consortium led by Ferrand."),
            ["Cantrell", "Ferrand"]
        );
        // Counter-examples: a team or a round of talks led by a person, lower case after the cue.
        assert_eq!(
            names("The review, by a team led by Julia Marsh, ended.")[..],
            [] as [&str; 0]
        );
        assert_eq!(
            names("Talks were held by investors led by the fund's manager.")[..],
            [] as [&str; 0]
        );
    }

    #[test]
    fn romance_group_and_bank_words_open_a_name() {
        assert_eq!(
            names("Bids came from Grupo Mavesa Inversiones and Gruppo Tessaro."),
            ["Grupo Mavesa Inversiones", "Gruppo Tessaro"]
        );
        assert_eq!(
            names("Lenders were Banco do Nordeste, Banca Ifis and Banque Delubac, it said."),
            ["Banco do Nordeste", "Banca Ifis", "Banque Delubac"]
        );
        assert_eq!(
            names("Its owner Groupe Le Vesnier runs 300 cafes."),
            ["Groupe Le Vesnier"]
        );
        // Counter-examples: the word alone or before lower case, inside a word.
        assert_eq!(
            names("The Grupo said banco rates and the Banco case rose.")[..],
            [] as [&str; 0]
        );
        assert_eq!(
            names("Our Bancassurance arm grew in the Grupos region.")[..],
            [] as [&str; 0]
        );
    }

    /// The examples and counter-examples of `data/orgs/head-first.tsv`.
    #[test]
    fn head_first_table_examples() {
        let table = crate::extract::orgs::tables::parse("head-first.tsv", crate::extract::orgs::tables::HEAD_FIRST, 3);
        for (example, text, name) in table.examples {
            let got = names(text);
            assert_eq!(got.iter().any(|n| n == name), example, "{text:?}: {name:?} {got:?}");
        }
        // A regulator's kind is the table's.
        let doc = crate::text::Document::new("The Comisión Nacional de Energía fined it.", None);
        let kinds: Vec<(String, crate::extract::orgs::EntityKind)> = super::super::extract(&doc)
            .iter()
            .filter_map(|m| super::super::entity_of(m).map(|e| (doc.text[m.span.clone()].to_string(), e.kind)))
            .collect();
        assert!(
            kinds.contains(&(
                "Comisión Nacional de Energía".to_string(),
                crate::extract::orgs::EntityKind::Government
            )),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_source_of_figures_is_a_firm() {
        assert_eq!(
            names("Sales rose 4%, according to Fenwick data, above estimates compiled by Tallow Research."),
            ["Fenwick", "Tallow Research"]
        );
        assert_eq!(
            names("Economists polled by Quarry expected 2%; data compiled by Brightline showed 3%."),
            ["Quarry", "Brightline"]
        );
        assert_eq!(
            names("That is 5% below the average, according to Marrow consensus."),
            ["Marrow"]
        );
        // Counter-examples: a person or a place after "according to".
        assert_eq!(
            names("Profit fell, according to Smith, the finance chief.")[..],
            [] as [&str; 0]
        );
        assert_eq!(names("Output fell, according to Eurostat.")[..], [] as [&str; 0]);
    }

    #[test]
    fn analysts_advisers_and_former_employers_are_firms() {
        assert_eq!(
            names("Analysts at Peel Hunt called it fair, and one analyst at Bernstein agreed."),
            ["Peel Hunt", "Bernstein"]
        );
        assert_eq!(names("The board was advised by Numis on the terms."), ["Numis"]);
        assert_eq!(
            names("She joins from Finvera, and he was formerly of Paylane."),
            ["Finvera", "Paylane"]
        );
        assert_eq!(names("Rival Stackwise said it would cut jobs."), ["Stackwise"]);
        // Counter-examples: lower-case or calendar words after the cue.
        assert_eq!(names("Analysts at the bank expected more.")[..], [] as [&str; 0]);
        assert_eq!(names("It was advised by lawyers in March.")[..], [] as [&str; 0]);
        assert_eq!(names("Analysts at Monday's meeting said little.")[..], [] as [&str; 0]);
    }

    #[test]
    fn a_listing_bracket_names_the_exchange() {
        let got =
            ids("Kestrel Foods plc (LSE: KFD) and Birch Labs Inc. (NYSE: BRLB) agreed; Tarn (OTC: TRNX) did not.");
        let exchanges: Vec<(String, String)> = got
            .iter()
            .filter(|(_, _, r)| *r == Rule::OrgListingExchange)
            .map(|(n, id, _)| (n.clone(), id.clone()))
            .collect();
        assert_eq!(
            exchanges,
            [
                ("LSE".to_string(), "lse".to_string()),
                ("NYSE".to_string(), "nyse".to_string())
            ]
        );
    }

    #[test]
    fn listing_brackets_outside_the_us_name_exchange_and_symbol() {
        let cases = [
            (
                "Brenmoor Gold Corp. (TSXV: BGC) said drilling resumed.",
                "TSXV",
                "tsx-venture",
                "BGC",
            ),
            ("Grupo Talavera (BMV: TALAV) cut its outlook.", "BMV", "bmv", "TALAV"),
            (
                "Sarvagna Textiles (NSE: SARVATEXTL, BSE: 531207) rose 4%.",
                "NSE",
                "nse-india",
                "SARVATEXTL",
            ),
            ("Rimal Ports PJSC (ADX: RIMAL) priced its sukuk.", "ADX", "adx", "RIMAL"),
            ("Cerrobranco Energia (B3: CRBE3) fell.", "B3", "b3-brazil", "CRBE3"),
            (
                "Veldhaven Shipping N.V. (Euronext Amsterdam: VELD) won the tender.",
                "Euronext Amsterdam",
                "euronext",
                "VELD",
            ),
        ];
        for (text, code, id, symbol) in cases {
            let got = ids(text);
            assert!(
                got.iter()
                    .any(|(n, i, r)| n == code && i == id && *r == Rule::OrgListingExchange),
                "{text}: {got:?}"
            );
            assert!(
                got.iter().any(|(n, _, r)| n == symbol && *r == Rule::OrgTickerExchange),
                "{text}: {got:?}"
            );
        }
        // A numeric code is no name; a bracket of another kind is no listing.
        let got = ids("Hanmaru Chemical (KRX: 011170) fell; the index (SET: 1,402) slipped.");
        assert!(!got.iter().any(|(n, _, _)| n == "011170" || n == "1,402"), "{got:?}");
    }

    #[test]
    fn legal_forms_in_capitals_and_the_wires_bare_co() {
        let found = |text: &str, name: &str| {
            ids(text)
                .iter()
                .any(|(n, _, r)| n == name && *r == Rule::OrgLegalSuffix)
        };
        assert!(found(
            "3) BRAMBLEFORD TIMBER CORP. (BTC) - Signed a supply deal.",
            "BRAMBLEFORD TIMBER CORP."
        ));
        assert!(found(
            "OSTRAVA PUMPS LIMITED\nRegistered office: 4 Mill Lane",
            "OSTRAVA PUMPS LIMITED"
        ));
        assert!(found(
            "Notice to holders of KESWICK MARINE INC. shares.",
            "KESWICK MARINE INC."
        ));
        assert!(found(
            "Sales at its rival Hollister Paint Co slipped in May.",
            "Hollister Paint Co"
        ));
        assert!(found(
            "Analysts expect Garnet Mills Co's margin to narrow.",
            "Garnet Mills Co"
        ));
        // A capital form after a mixed-case name, a hyphen, a county.
        assert!(!found("Halden Brewing LTD. rose.", "Halden Brewing LTD."));
        assert!(!found("Said Ellory Co-founder Mira Tan on Tuesday.", "Ellory Co"));
        assert!(!found("The plant is near Mallow Co Cork.", "Mallow Co"));
    }

    #[test]
    fn brokers_and_data_firms_are_catalogued() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "Jefferies raised its target, while Berenberg was more cautious, according to FactSet.",
                &["jefferies", "berenberg", "factset"],
            ),
            (
                "The bond is rated AA by Pefindo, and Motilal Oswal kept its buy call.",
                &["pefindo", "motilal-oswal"],
            ),
            (
                "Ofgem fined the supplier, and BNetzA opened a review; CDPQ holds 9%.",
                &["ofgem", "bundesnetzagentur", "cdpq"],
            ),
            (
                "Talks between the mill and SIPTU resume on Monday; Unifor said its members voted.",
                &["siptu", "unifor"],
            ),
        ];
        for (text, want) in cases {
            let got = ids(text);
            for id in want {
                assert!(got.iter().any(|(_, i, _)| i == id), "{id}: {got:?}");
            }
        }
        // A one-word name after a given name is a surname.
        let got = ids("The score was written by Michael Bernstein and Laura Nomura in 1990.");
        assert!(
            !got.iter().any(|(_, i, _)| i == "bernstein" || i == "nomura"),
            "{got:?}"
        );
    }

    #[test]
    fn outlet_head_words_make_publishers() {
        let kinds = |t: &str| -> Vec<(String, crate::extract::orgs::EntityKind)> {
            crate::extract::orgs::mentions_with_ids(t)
                .into_iter()
                .filter_map(|(n, id, _, _)| id.starts_with("name:").then_some(n))
                .map(|n| (n.clone(), super::head_kind(n.rsplit(' ').next().unwrap_or(""))))
                .collect()
        };
        use crate::extract::orgs::EntityKind::Publisher;
        // Examples: a dateline's wire, an outlet told or quoted, a byline.
        assert_eq!(
            kinds("OSLO, June 10 (Halden Wire) - Shares rose."),
            vec![("Halden Wire".to_string(), Publisher)]
        );
        assert_eq!(
            kinds("The fund manager told the Kestrel Valley Review on Monday."),
            vec![("Kestrel Valley Review".to_string(), Publisher)]
        );
        assert_eq!(
            kinds("An email seen by the Osterby Herald showed it."),
            vec![("Osterby Herald".to_string(), Publisher)]
        );
        // Counter-examples: a review, a bare head word, a lower-case word.
        assert_eq!(kinds("The board began a Strategic Review of the unit.")[..], []);
        assert_eq!(kinds("Results of the Interim Review are due.")[..], []);
        assert_eq!(
            kinds("The Times of the year were hard; the wire transfer failed.")[..],
            []
        );
    }

    #[test]
    fn name_shapes_air_and_dot_com() {
        // Examples: an airline "Air" + place, in a headline too; a web company.
        assert_eq!(names("Search for black boxes from Air France disaster"), ["Air France"]);
        assert_eq!(
            names("Dreamliners go to six airlines - Air China and Air India among them."),
            ["Air China", "Air India"]
        );
        // Two head-word names joined by "and" stay two.
        assert_eq!(
            names("Jets go to Quillon Airlines and Xiamen Airlines ."),
            ["Quillon Airlines", "Xiamen Airlines"]
        );
        assert_eq!(
            names("\"We will wait,\" Detik.com quoted him as saying."),
            ["Detik.com"]
        );
        // Counter-examples: "Air" + no place, a lower-case or URL domain.
        assert!(names("The Air Vice Marshal met Air Jordan fans near the air base.").is_empty());
        assert!(names("Details are at example.com and at www.Zentrix.com today.").is_empty());
    }

    #[test]
    fn a_head_word_takes_international_after_it() {
        assert_eq!(
            names("It was pushed back by a Thai Airways International tug operator."),
            ["Thai Airways International"]
        );
        assert_eq!(names("Leaders of the Republican Party insisted."), ["Republican Party"]);
        assert_eq!(super::head_kind("Commission"), super::EntityKind::Government);
        assert_eq!(super::head_kind("Party"), super::EntityKind::Organization);
        assert_eq!(super::head_kind("Holdings"), super::EntityKind::Company);
        // Counter-example: a head word before another capitalized word is no name's end.
        assert!(names("They used the Research Development Kit.").is_empty());
    }

    #[test]
    fn head_word_names_take_their_of_and_for_the_parts() {
        assert_eq!(
            ids("In a filing in the U.S. District Court for the Northern District of California, it said so."),
            vec![(
                "U.S. District Court for the Northern District of California".into(),
                "name:u-s-district-court-for-the-northern-district-of-california".into(),
                Rule::OrgHeadWord
            )]
        );
        // A connector must lead to a capitalized word; lower-case words end the name.
        assert_eq!(
            ids("The Bank of America said the Court of the realm ruled."),
            vec![("Bank of America".into(), "cik:70858".into(), Rule::OrgGazetteerSec)]
        );
    }

    #[test]
    fn a_government_is_named_only_with_its_of_part() {
        assert_eq!(
            ids("The Government of India will sell 3 per cent of the miner."),
            vec![(
                "Government of India".into(),
                "name:government-of-india".into(),
                Rule::OrgHeadWord
            )]
        );
        assert_eq!(
            ids("The Government of Norway holds a third.")[0].0,
            "Government of Norway"
        );
        // Counter-examples: a bare or modified "Government" is no name.
        assert!(ids("The Government said it would hold its stake.").is_empty());
        assert!(ids("A spokesman for the Indian Government declined to comment.").is_empty());
        assert!(ids("The Coalition Government fell in May.").is_empty());
    }

    #[test]
    fn exchanges_outside_brackets_are_the_catalogue_exchanges() {
        // Examples of exchanges the US and UK press rarely names, in running text.
        let got = ids("Shares closed at Rs 410 on the BSE and Rs 411 on the National Stock Exchange.");
        let view: Vec<(&str, &str)> = got.iter().map(|(t, id, _)| (t.as_str(), id.as_str())).collect();
        assert_eq!(view, [("BSE", "bse"), ("National Stock Exchange", "nse-india")]);
        assert_eq!(ids("The stock rose 1.2 per cent in Xetra trading.")[0].1, "xetra");
        assert_eq!(ids("Its shares fell 3 per cent on Oslo Bors.")[0].1, "oslo-bors");
        assert_eq!(ids("It listed on the Johannesburg Stock Exchange in 2019.")[0].1, "jse");
        // Counter-examples: an index of an exchange is the index, lower case is no name.
        assert_eq!(ids("The BSE Sensex gained 0.4 per cent.")[0].1, "sensex");
        assert!(ids("The bse of the plant was low.").is_empty());
    }

    #[test]
    fn a_longer_rule_name_takes_in_a_one_word_sec_name() {
        // "Rogers" alone is an SEC company (Rogers Corp); "Rogers Industries" is another.
        assert_eq!(ids("Rogers rose.")[0].2, Rule::OrgGazetteerSec);
        assert_eq!(
            ids("Shares of Rogers Industries rose."),
            vec![(
                "Rogers Industries".into(),
                "name:rogers-industries".into(),
                Rule::OrgHeadWord
            )]
        );
    }

    #[test]
    fn camel_cased_names_after_a_cue() {
        assert_eq!(
            names("Analysts at kBank Polska said the bid was low.")[..],
            ["kBank Polska".to_string()]
        );
        assert_eq!(names("It bought a stake in zPay last year.")[..], ["zPay".to_string()]);
        // Counter-examples: lower-case words and abbreviations after the cue.
        assert!(names("Analysts at the bank said the bid was low.").is_empty());
        assert!(names("It bought a stake in e.g. payments firms.").is_empty());
        assert!(!super::is_camel("eB") && !super::is_camel("ebay") && !super::is_camel("e-Bay"));
    }

    #[test]
    fn legal_forms_before_the_name() {
        assert_eq!(
            names("The notes are arranged by PT Sinar Laut Sekuritas, the filing showed."),
            vec!["PT Sinar Laut Sekuritas".to_string()]
        );
        assert_eq!(
            names("Shares of the lorry maker AB Kvarnby Verken were flat."),
            vec!["AB Kvarnby Verken".to_string()]
        );
        assert_eq!(
            names("PJSC Severny Metall cut output."),
            vec!["PJSC Severny Metall".to_string()]
        );
        // Counter-examples: a time zone, a suffix form, a place after the form.
        assert!(names("The call starts at 9 a.m. PT Monday.").is_empty());
        assert!(names("The call starts at 9 a.m. PT on Monday.").is_empty());
        assert_eq!(names("Kvarnby AB rose.")[..], ["Kvarnby AB".to_string()]);
        assert!(names("Staff at the OOO Moscow office left.").is_empty());
        assert!(names("It dropped the Sebring, PT Cruiser and Caliber models.").is_empty());
    }

    /// The examples and counter-examples of `data/orgs/rating-verbs.tsv`.
    #[test]
    fn rating_table_examples() {
        assert_table_examples(
            "rating-verbs.tsv",
            crate::extract::orgs::tables::RATING_VERBS,
            2,
            |_| true,
        );
        assert!(super::rating_noun_follows(" rating to hold", 0));
        assert!(!super::rating_noun_follows(" prices. Its rating", 0));
    }

    #[test]
    fn cues_before_and_after_a_name() {
        let got = ids("Shares of Quorvix rose. Zelmora said in a statement it would appeal. \
             Brantiq's chief executive resigned. Velloro, the maker of the Tessa app, grew. The SoftBank-backed Kitefin grew.");
        let names: Vec<(&str, Rule)> = got.iter().map(|(t, _, r)| (t.as_str(), *r)).collect();
        assert_eq!(
            names,
            vec![
                ("Quorvix", Rule::OrgContextCue),
                ("Zelmora", Rule::OrgContextCue),
                ("Brantiq", Rule::OrgContextCue),
                ("Velloro", Rule::OrgContextCue),
                ("SoftBank", Rule::OrgGazetteerName),
                ("Kitefin", Rule::OrgContextCue),
            ]
        );
        // Two capitalized words before "said in a statement" are a person's name.
        assert_eq!(ids("Chuck Robbins said in a statement that it grew.")[..], []);
        // A person's surname stays the person's.
        assert_eq!(
            ids("Sam Altman spoke. Altman said in a statement that it grew.")[1],
            ("Altman".into(), "person:sam-altman".into(), Rule::PersonSurname)
        );
        // Pronouns and lower-case words are not names.
        assert_eq!(ids("It said in a statement that the company's CEO left.")[..], []);
    }

    #[test]
    fn capital_headlines_and_foreign_listings() {
        let got = ids(
            "MERGER OF HANWELL & STRAND PLC AND MARLOWE ASHBY GROUP PLC\nThe boards of Marlowe Ashby Group plc (LSE: MAG) met.",
        );
        let names: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
        assert!(
            names.contains(&"HANWELL & STRAND PLC") && names.contains(&"MARLOWE ASHBY GROUP PLC"),
            "{got:?}"
        );
        let mag = got.iter().find(|(t, _, _)| t == "MAG").unwrap();
        assert_eq!(mag.1, "name:marlowe-ashby-group", "{got:?}");
    }

    #[test]
    fn ticker_forms_resolve_through_the_ticker() {
        assert_eq!(
            ids("Zeta Widgets (NASDAQ: MSFT) and $NVDA; ON and ALL are words."),
            vec![
                ("Zeta Widgets".into(), "microsoft".into(), Rule::OrgTickerExchange),
                ("NASDAQ".into(), "nasdaq".into(), Rule::OrgListingExchange),
                ("MSFT".into(), "microsoft".into(), Rule::OrgTickerExchange),
                ("$NVDA".into(), "nvidia".into(), Rule::OrgTickerCashtag),
            ]
        );
    }

    #[test]
    fn a_product_that_speaks_is_its_company() {
        assert_eq!(
            ids("Azure said it would grow."),
            vec![("Azure".into(), "microsoft".into(), Rule::OrgProductAsCompany)]
        );
    }

    #[test]
    fn a_place_before_a_cued_name_is_no_part_of_it() {
        let got: Vec<String> = mentions_with_ids("Orvane lost to a consortium led by Spain's Ondarra Reunidas in May.")
            .into_iter()
            .map(|m| m.0)
            .collect();
        assert!(got.iter().any(|n| n == "Ondarra Reunidas"), "{got:?}");
        assert!(got.iter().all(|n| n != "Spain"), "{got:?}");
        // Counter-example: a company's possessive stays the name.
        let got: Vec<String> = mentions_with_ids("The bid was advised by Halvard's London team.")
            .into_iter()
            .map(|m| m.0)
            .collect();
        assert!(got.iter().any(|n| n == "Halvard"), "{got:?}");
    }

    #[test]
    fn an_ampersand_joins_a_cued_name() {
        let names = |t: &str| -> Vec<String> { mentions_with_ids(t).into_iter().map(|m| m.0).collect() };
        let got = names("Shares of Marlowe Life & Casualty fell 3% on Tuesday.");
        assert!(got.iter().any(|n| n == "Marlowe Life & Casualty"), "{got:?}");
        let got = names("Analysts at Brisk & Tanner said the bid was low.");
        assert!(got.iter().any(|n| n == "Brisk & Tanner"), "{got:?}");
        // Counter-examples: "and" joins two names; a lone "&" at the end joins nothing.
        let got = names("Shares of Marlowe and Tanner fell 3% on Tuesday.");
        assert!(got.iter().all(|n| !n.contains("and")), "{got:?}");
        let got = names("Shares of Marlowe & co fell.");
        assert!(got.iter().all(|n| !n.contains('&')), "{got:?}");
    }
}
