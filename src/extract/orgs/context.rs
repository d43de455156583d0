//! Companies in no list, found by what the sentence does with a
//! capitalized name: business nouns after its possessive, business verbs
//! after it, cue phrases before it, an apposition that calls it a company,
//! a list of companies it stands in. Runs after the catalogue, the shape
//! rules and persons, on what none of them took; the name then spreads to
//! its other occurrences (`propagate`).
//!
//! | evidence | example (organization) | counter-example (left alone) |
//! |---|---|---|
//! | possessive + business noun | "Birchwood's shares", "Boeing 's newest commercial aircraft", "Apple's board" | "Indonesia's air carriers" (a place), "Today's glitches", "Obama's administration" |
//! | business verb after | "Fiat announced on Friday", "Kestrel agreed to buy", "Cisco sues Apple" | "Djamal said" (not a business verb), "Jobs resigned" |
//! | event frame after (the ontology's verb forms, `data/events/*.toml`, behind reporting and modal words) | "Fjellmar Havbruk said it would cut 300 jobs", "Saltova has agreed to acquire", "Velmora slashed its workforce", "Tavira is to be taken over" | "Norway said it would cut" (a place), "Holm resigned" (`any_subject` forms), "Analysts expect" (a bare present), "Brent crude fell 3%" |
//! | event frame before | "shares of Velmora fell 8%", "Saltova acquired Brennlund for", "a stake in Orvik", "Rotterdam-based operator Kestrel Maritim" | "shares of Class A stock", "acquired Monday", "London-based chief executive Maria Lund" |
//! | cue before | "founder of Apple", "Seattle-based Boeing", "a stake in Vantor", "manufacturers such as Airbus" | "founder of Europe's..." (a place), "based in Paris" |
//! | apposition | "Redfern Partners, the activist investor", "Fiat, the Italian company" | "Paris, the capital" |
//! | compound | "Apple CEO Steve Jobs", "Airbus parent EADS" | "Apple pie" |
//! | coordination with an organization | "Cisco and Apple sued", "Best Buy and Radio Shack" after a cue, "Chrysler , Ford , and General Motors" (commas closed by "and") | "France and Japan agreed", "Apple and Tim Cook" (a first name), "Meanwhile, Microsoft said", "Securities and Exchange Board of India" (head words alone) |
//! | initials of an organization of the text | "GM" beside "General Motors", "the GAO" beside "Government Accountability Office" | "US" beside "United Steel Company" (a place), initials two names share |
//!
//! A capitalized first word that looks like a participle or adverb
//! ("Following", "Reportedly") needs the text to capitalize it mid-sentence
//! too ("Boeing has won" with "built by Boeing" elsewhere).
//!
//! Never: words of headings and title-case sentences ("Apple Swamped By
//! Orders"), places and nationalities, calendar words, titles, a run whose
//! first word is a common first name followed by another name ("Tim Cook").

use crate::extract::rule::Rule;
use std::ops::Range;

use super::{EntityKind, EntityRef, mention};
use crate::extract::{Mention, MentionType};
use crate::text::{Document, SentenceKind};

/// Nouns a company's possessive takes ("X's shares", "X 's retail stores").
const BUSINESS_NOUNS: &[&str] = &[
    "acquisition",
    "aircraft",
    "airliner",
    "airliners",
    "annual",
    "board",
    "bondholders",
    "brand",
    "brands",
    "bankruptcy",
    "business",
    "businesses",
    "cars",
    "ceo",
    "cfo",
    "chairman",
    "chief",
    "clients",
    "co-founder",
    "competitor",
    "competitors",
    "contract",
    "creditors",
    "customers",
    "dealers",
    "debt",
    "deal",
    "directors",
    "division",
    "earnings",
    "employees",
    "engineers",
    "executive",
    "executives",
    "factory",
    "factories",
    "fleet",
    "founder",
    "headquarters",
    "investors",
    "jets",
    "jetliner",
    "lawyers",
    "lineup",
    "losses",
    "management",
    "market",
    "merger",
    "models",
    "offer",
    "operations",
    "order",
    "orders",
    "package",
    "pension",
    "planes",
    "plant",
    "plants",
    "president",
    "products",
    "profit",
    "profits",
    "quarterly",
    "revenue",
    "revenues",
    "rival",
    "rivals",
    "sales",
    "share",
    "shareholders",
    "shares",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stake",
    "stock",
    "stores",
    "store",
    "subsidiary",
    "suppliers",
    "takeover",
    "unit",
    "units",
    "vehicles",
    "website",
    "workers",
    "workforce",
];

/// Nouns right after a company's name that make a compound ("Apple CEO
/// Steve Jobs", "Apple engineers", "Kite shareholders").
const COMPOUND_NOUNS: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "board",
    "chairman",
    "co-founder",
    "dealers",
    "dealerships",
    "division",
    "employees",
    "engineers",
    "executives",
    "founder",
    "investors",
    "parent",
    "shareholders",
    "shares",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stock",
    "stores",
    "subsidiary",
    "workers",
];

/// People named by the firm they work or worked at, right after its name
/// mid-sentence ("a former Halcyon banker", "a Brightwell analyst", "a
/// senior Quorvix executive"): not opening a sentence, where the word may be
/// a modifier ("Energy analysts", "Senior bankers").
const ROLE_COMPOUNDS: &[&str] = &["analyst", "analysts", "banker", "bankers", "executive"];

/// Verb phrases after a company's name ("X agreed to buy Y").
const BUSINESS_VERBS: &[&str] = &[
    "admitted",
    "began selling",
    "confirmed",
    "demonstrated",
    "introduced",
    "introduces",
    "launches",
    "released",
    "releases",
    "rolled out",
    "rolls out",
    "settled",
    "warned",
    "acquired",
    "acquires",
    "agreed to",
    "announced",
    "announces",
    "bought",
    "buys",
    "cut jobs",
    "delivered",
    "employs",
    "filed for",
    "hired",
    "intends to",
    "laid off",
    "launched",
    "manufactures",
    "merged",
    "ordered",
    "plans to",
    "posted",
    "recalled",
    "reported",
    "shares fell",
    "shares rose",
    "sued",
    "sues",
    "unveiled",
    "unveils",
    "won",
    "wins",
];

/// What an adviser does on a deal, right after its name ("Pareto Securities
/// advised Fjellvik", "Harrow Lane acted for the sellers"): the name is a
/// bank or a law firm. Opening a sentence the word must be capitalized
/// mid-sentence elsewhere too ("Doctors advised rest" is no firm).
const ADVISER_VERBS: &[&str] = &["acted for", "acts for", "advised", "advises"];

/// Whether an adviser's verb follows the name ending at `end`.
fn adviser_verb_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| ADVISER_PHRASES.opens(r).is_some())
}

/// What an analyst firm does to a stock ("Berenberg cut its price target",
/// "UOB Kay Hian downgraded the stock"): the name is the broker.
const ANALYST_VERBS: &[&str] = &[
    "cut its price target",
    "cut its target",
    "downgraded",
    "initiated coverage",
    "lowered its price target",
    "raised its price target",
    "raised its target",
    "reiterated its",
    "upgraded",
];

/// Verbs of a market report's move ("Rightmove rose 1.9 per cent",
/// "Wetherspoon gained 2.7%"): with a percentage right after, the name
/// mid-sentence is a listed company.
const MOVE_VERBS: &[&str] = &[
    "added", "advanced", "climbed", "declined", "dropped", "eased", "fell", "gained", "jumped", "lost", "rallied",
    "rose", "sank", "slid", "slipped", "slumped", "soared", "surged", "tumbled",
];

/// Capitalized measures and commodities that move by a percentage and are no
/// company ("while Ebitda rose 4%", "Brent fell 2%"): counter-examples of [`MOVE_VERBS`].
const MOVING_MEASURES: &[&str] = &[
    "Brent",
    "CPI",
    "EBIT",
    "EBITDA",
    "EPS",
    "Ebitda",
    "GDP",
    "Gold",
    "Inflation",
    "PMI",
    "Silver",
    "WTI",
];

/// "rose 1.9 per cent", "gained 2.7%", "fell 0.4 percent" after the name ending at `end`.
fn market_move_after(text: &str, end: usize) -> bool {
    let Some(r) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let Some(verb) = MOVE_PHRASES.opens(r) else {
        return false;
    };
    let r = r[verb.len()..].trim_start_matches(' ');
    let digits = r.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    if digits == 0 {
        return false;
    }
    let unit = r[digits..].trim_start_matches(' ');
    unit.starts_with('%') || starts_with_phrase(unit, &["per cent", "percent", "pc"])
}

/// Words between a name and its verb ("Boeing has won", "Fiat will also buy"), up to two.
const AUXILIARIES: &[&str] = &["has", "have", "had", "will", "would", "also", "recently", "is", "was"];

/// Verbs that count only after an auxiliary ("X will buy", "X has agreed"), being
/// too common in the present after plural nouns.
const AUXILIARY_VERBS: &[&str] = &[
    "acquire",
    "buy",
    "close",
    "cut",
    "invest",
    "launch",
    "offer",
    "pay",
    "sell",
    "supply",
    "build",
    "planning to",
];

/// Reporting and modal words between a name and the verb form of an event
/// that make the name its subject, up to four of them in a row: "Fjellmar
/// Havbruk said it would cut", "Saltova has agreed to acquire", "Velmora is
/// to be taken over", "Kestrel Maritim plans to sell". "said it" (not "said
/// he") keeps people out: "Anders Holm said he would cut".
const FRAME_LEADS: &[&str] = &[
    "said it",
    "says it",
    "said that it",
    "said on",
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "recently",
    "now",
    "then",
    "is",
    "was",
    "be",
    "been",
    "could",
    "may",
    "might",
    "to",
    "plans to",
    "planned to",
    "planning to",
    "intends to",
    "intended to",
    "expects to",
    "expected to",
    "aims to",
    "wants to",
    "hopes to",
    "agreed to",
    "agrees to",
    "set to",
    "looking to",
    "seeking to",
    "seeks to",
    "decided to",
    "moved to",
    "announced plans to",
];

/// Past forms that do not end in "-ed": a form that opens with one reads as
/// done by the name before it ("Saltova bought", "Orvik sold"), not as a
/// bare present a plural noun may take ("Investors buy").
const IRREGULAR_PASTS: &[&str] = &[
    "became", "bought", "held", "laid", "led", "made", "paid", "sold", "sought", "spent", "took", "went", "won",
];

/// A verb form of the event ontology whose subject the name before it is.
struct FrameVerb {
    form: &'static str,
    /// A past form ("acquired", "took over"), or one with its own auxiliary
    /// ("will shed"): it counts right after the name. A bare or third-person
    /// form ("cut", "acquire", "laying off", "cuts": "Job cuts", "Product
    /// launches" are nouns) counts only after one of [`FRAME_LEADS`].
    inflected: bool,
    trigger: &'static crate::extract::claims::ontology::Trigger,
    /// Its type's object is a company taken over (`target`): in the passive
    /// ("Orvane is to be acquired") the name is still a company; in other
    /// types the passive's subject is the object, often a person ("Lund
    /// will be named chief executive").
    passive_ok: bool,
}

/// Whether the ontology form `form` is past or carries its own auxiliary.
fn inflected(form: &str) -> bool {
    let first = form.split(' ').next().unwrap_or(form);
    first.ends_with("ed")
        || IRREGULAR_PASTS.contains(&first)
        || matches!(first, "will" | "would" | "is" | "has" | "had" | "to")
}

/// Every verb form of every event type in `data/events/` but those that show
/// no company: `any_subject` forms, light verbs ("agreed", "signed": another
/// form must follow), share moves (a measure or an index moves too: "Brent
/// fell", see [`market_move`]), and forms whose sense needs a figure or a
/// word later in the clause. Longest first, so "took over as" wins over
/// "took over".
static FRAME_VERBS: std::sync::LazyLock<Vec<FrameVerb>> = std::sync::LazyLock::new(|| {
    use crate::extract::claims::ontology::{Pos, entries};
    let mut out: Vec<FrameVerb> = entries()
        .iter()
        .filter(|e| {
            let t = e.trigger;
            e.pos == Pos::Verb
                && !t.any_subject
                && !t.light
                && !t.subject_before
                && !t.subject_follows
                && !t.needs_price
                && t.needs_after.is_empty()
        })
        .map(|e| FrameVerb {
            form: e.form,
            inflected: inflected(e.form),
            trigger: e.trigger,
            passive_ok: e.class.def().roles[1] == "target",
        })
        .collect();
    out.sort_by_key(|v| std::cmp::Reverse(v.form.len()));
    out
});

/// The indexes of [`FRAME_VERBS`] by the [`lead`] of their form, in their
/// order (longest first): a text's first word looks at its own forms only.
static FRAME_VERBS_BY_LEAD: std::sync::LazyLock<foldhash::HashMap<&'static str, Vec<usize>>> =
    std::sync::LazyLock::new(|| {
        let mut out: foldhash::HashMap<&'static str, Vec<usize>> = foldhash::HashMap::default();
        for (i, v) in FRAME_VERBS.iter().enumerate() {
            out.entry(lead(v.form)).or_default().push(i);
        }
        out
    });

/// Whether `r` opens with a frame verb ([`FRAME_VERBS`]; only an inflected
/// one unless `chained`) whose object meets its trigger's `needs` and whose
/// next word does not make it a modifier ("launch vehicle").
fn frame_verb_at(r: &str, chained: bool, passive: bool) -> bool {
    let Some(&first) = r.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii_lowercase() {
        return false;
    }
    let Some(v) = FRAME_VERBS_BY_LEAD
        .get(lead(r))
        .into_iter()
        .flatten()
        .map(|&i| &FRAME_VERBS[i])
        .find(|v| opens_with(r, v.form))
    else {
        return false;
    };
    if !(chained || v.inflected) || (passive && v.inflected && !v.passive_ok) {
        return false;
    }
    let after = r[v.form.len()..].trim_start_matches(' ');
    let mut object = after
        .split(' ')
        .take(4)
        .scan(false, |stop, w| {
            if *stop {
                return None;
            }
            *stop = w.ends_with([',', '.', ';']);
            Some(w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        })
        .take(if v.trigger.needs_first { 1 } else { 4 });
    let next = after.split(' ').next().unwrap_or("").trim_end_matches([',', '.']);
    if v.trigger.modifies.iter().any(|m| m.eq_ignore_ascii_case(next)) {
        return false;
    }
    v.trigger.needs.is_empty() || object.any(|w| v.trigger.needs.iter().any(|n| w.starts_with(n.as_str())))
}

/// An event frame after the name ending at `end`: an inflected verb form of
/// the ontology right after it ("Velmora slashed 200 jobs"), or any form after
/// reporting and modal words ("Fjellmar Havbruk said it would cut").
fn frame_after(text: &str, end: usize) -> bool {
    let Some(mut r) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let mut chained = false;
    let mut passive = false;
    for _ in 0..5 {
        if frame_verb_at(r, chained, passive) {
            return true;
        }
        let Some((lead, after)) = FRAME_LEAD_PHRASES
            .candidates(r)
            .iter()
            .filter(|l| opens_with(r, l))
            .max_by_key(|l| l.len())
            .and_then(|l| Some((*l, r[l.len()..].strip_prefix(' ')?)))
        else {
            return false;
        };
        passive = matches!(lead, "is" | "was" | "be" | "been");
        // "said on Monday it would": the day and "it" are part of the lead.
        let after = match after.split_once(' ') {
            Some((_, rest)) if r.starts_with("said on ") => match rest.strip_prefix("it ") {
                Some(rest) => rest,
                None => return false,
            },
            _ => after,
        };
        r = after;
        chained = true;
    }
    false
}

/// The verb forms of the types whose object is a `target` ("acquired",
/// "took over"): the name right after one is a company taken over.
static TARGET_FORMS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    use crate::extract::claims::ontology::{Pos, entries};
    entries()
        .iter()
        .filter(|e| {
            e.pos == Pos::Verb && !e.trigger.any_subject && e.class.def().roles.get(1).is_some_and(|r| r == "target")
        })
        .map(|e| e.form)
        .collect()
});

/// The `subject_follows` forms ("shares of") with the other verb forms of
/// their type ("fell", "rose"): "shares of Velmora fell 8%".
static FOLLOW_FORMS: std::sync::LazyLock<Vec<(&'static str, Vec<&'static str>)>> = std::sync::LazyLock::new(|| {
    use crate::extract::claims::ontology::{Pos, entries};
    entries()
        .iter()
        .filter(|e| e.trigger.subject_follows)
        .map(|e| {
            let moves = entries()
                .iter()
                .filter(|o| o.class == e.class && o.pos == Pos::Verb && !o.trigger.subject_follows)
                .map(|o| o.form)
                .collect();
            (e.form, moves)
        })
        .collect()
});

/// Words after a name that close its slot as the object of a takeover verb
/// ("acquired Brennlund for €2bn", "took over Orvik in 2023", "to buy
/// Tavira.").
const OBJECT_ENDS: &[&str] = &[
    ",", ".", ";", " for ", " from ", " in ", " at ", " on ", " and ", " , ", " .",
];

/// An event frame before the name `r`: the object of a takeover's verb form
/// (types whose second role is `target` in `data/events/`: "Saltova acquired
/// Brennlund for"), the organization a `subject_follows` form names when a
/// form of its type follows the name ("shares of Velmora fell 8%"), or a
/// descriptor noun
/// after "-based" ("Rotterdam-based operator Kestrel Maritim").
fn frame_before(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].trim_end_matches(' ');
    let after = &text[r.end..];
    let ends_with_word = |s: &str, p: &str| s.ends_with(p) && at_word_start(s, s.len() - p.len());
    let closes = OBJECT_ENDS.iter().any(|e| after.starts_with(e)) || after.is_empty() || after.starts_with('\n');
    if closes && TARGET_FORMS.iter().any(|f| ends_with_word(before, f)) {
        return true;
    }
    for (form, moves) in FOLLOW_FORMS.iter() {
        if ends_with_word(before, form) && after.strip_prefix(' ').is_some_and(|a| starts_with_phrase(a, moves)) {
            return true;
        }
    }
    // "Rotterdam-based operator Kestrel Maritim": one lower-case noun between.
    if let Some((head, noun)) = before.rsplit_once(' ') {
        if !noun.is_empty() && noun.bytes().all(|b| b.is_ascii_lowercase()) && head.ends_with("-based") {
            return true;
        }
    }
    false
}

/// Lower-case phrases right before a company's name.
const LEFT_CUES: &[&str] = &[
    "-based",
    " based",
    "acquisition of",
    "acquired by",
    "acquired from",
    "bought from",
    "competes with",
    "competing with",
    "purchased from",
    "worked at",
    "bought by",
    "chief executive of",
    "co-founder of",
    "contract with",
    "customers of",
    "division of",
    "employees of",
    "founder of",
    "merger with",
    "order from",
    "orders from",
    "owned by",
    "shares in",
    "stake in",
    "holding in",
    "merge with",
    "merged with",
    "combine with",
    "buyout of",
    "spokesman for",
    "spokeswoman for",
    "subsidiary of",
    "sued by",
    "takeover of",
    "to acquire",
    "to buy",
    "unit of",
    "CEO of",
];

/// Plural nouns of a trade or role before "such as" / "including" / "like"
/// ("manufacturers such as Airbus", "Peers including Orvane"):
/// `data/orgs/list-heads.tsv`, matched case aside.
static LIST_HEADS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let table = super::tables::parse("list-heads.tsv", super::tables::LIST_HEADS, 1);
    table.rows.iter().map(|r| r[0]).collect()
});

/// Nouns an apposition calls a company by ("X, the activist investor").
const APPOSITION_NOUNS: &[&str] = &[
    "airline",
    "arm",
    "automaker",
    "bank",
    "brokerage",
    "carmaker",
    "carrier",
    "chipmaker",
    "company",
    "conglomerate",
    "consultancy",
    "distributor",
    "firm",
    "giant",
    "grocer",
    "group",
    "insurer",
    "investor",
    "landlord",
    "lender",
    "maker",
    "manufacturer",
    "miner",
    "nonprofit",
    "operator",
    "planemaker",
    "platform",
    "producer",
    "retailer",
    "rival",
    "shipper",
    "startup",
    "supplier",
    "utility",
];

/// Apposition nouns that also modify another noun ("the rival bidder's
/// chairman"): they call a company only as the description's last word ("X,
/// the Danish rival,").
const MODIFIER_NOUNS: &[&str] = &["rival"];

/// Places (country and city names as commonly written, public knowledge):
/// never a company found by context, and an airline after "Air" ("Air
/// France", `rules::air_place`).
pub(crate) const PLACES: &[&str] = &[
    "Africa",
    "America",
    "Asia",
    "Australia",
    "Austria",
    "Belgium",
    "Beijing",
    "Berlin",
    "Brazil",
    "Britain",
    "California",
    "Canada",
    "China",
    "Detroit",
    "Egypt",
    "England",
    "Europe",
    "France",
    "Germany",
    "Greece",
    "Hong",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Korea",
    "London",
    "Malaysia",
    "Mexico",
    "Moscow",
    "Netherlands",
    "Paris",
    "Poland",
    "Qatar",
    "Russia",
    "Scotland",
    "Seattle",
    "Singapore",
    "Spain",
    "Sweden",
    "Switzerland",
    "Taiwan",
    "Texas",
    "Tokyo",
    "Turkey",
    "UK",
    "US",
    "U.S.",
    "USA",
    "Ukraine",
    "Vietnam",
    "Wales",
    "Washington",
    "Dubai",
    "Shanghai",
    "Brussels",
    "Frankfurt",
];

/// Capitalized words that are never (part of) a company found by context:
/// places and nationalities (country names as commonly written, public
/// knowledge), calendar words, titles, and sentence words beyond
/// `rules::SENTENCE_WORDS` (both are joined in `NOT_ORG_SET`).
pub(crate) const NOT_ORG: &[&str] = &[
    // nationalities
    "American",
    "Asian",
    "Australian",
    "British",
    "Canadian",
    "Chinese",
    "Dutch",
    "European",
    "French",
    "German",
    "Indian",
    "Irish",
    "Italian",
    "Japanese",
    "Korean",
    "Mexican",
    "Russian",
    "Spanish",
    "Swedish",
    "Swiss",
    // titles and roles
    "CEO",
    "Chairman",
    "Chief",
    "Director",
    "Dr.",
    "Executive",
    "Governor",
    "Minister",
    "Mr.",
    "Mrs.",
    "Ms.",
    "President",
    "Prime",
    "Secretary",
    "Senator",
    "Vice",
    // calendar (the full names are rules::CALENDAR, joined in NOT_ORG_SET)
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    // holidays ("worked at Christmas", "bought from Easter onwards")
    "Christmas",
    "Easter",
    "Thanksgiving",
    "Ramadan",
    "Diwali",
    // sentence words beyond rules::SENTENCE_WORDS (joined in NOT_ORG_SET)
    "Both",
    "Everyone",
    "I",
    "Other",
    "Today",
    "Tomorrow",
    "Yesterday",
    "You",
];

/// Common first names: a run starting with one and going on is a person
/// ("Tim Cook announced"), and so is a word the text writes after one
/// ("Vindman reported" beside "Alexander Vindman"). The most frequent given
/// names of US news and of the US Social Security's lists of given names
/// (public knowledge), less those that are also company words (Dell, Ford,
/// Morgan, Wells, Chase, Jordan, Mercedes).
const FIRST_NAMES: &[&str] = &[
    "Aaron",
    "Adam",
    "Alan",
    "Alex",
    "Alexander",
    "Alice",
    "Amanda",
    "Amy",
    "Andrea",
    "Andrew",
    "Andy",
    "Angela",
    "Anna",
    "Anne",
    "Anthony",
    "Ashley",
    "Barack",
    "Barbara",
    "Benjamin",
    "Beth",
    "Betty",
    "Bill",
    "Bob",
    "Brandon",
    "Brian",
    "Carl",
    "Carol",
    "Carolyn",
    "Catherine",
    "Charles",
    "Chris",
    "Christina",
    "Christine",
    "Christopher",
    "Cynthia",
    "Dan",
    "Daniel",
    "David",
    "Deborah",
    "Debra",
    "Dennis",
    "Diane",
    "Donald",
    "Donna",
    "Dorothy",
    "Douglas",
    "Edward",
    "Elizabeth",
    "Elon",
    "Emily",
    "Emma",
    "Eric",
    "Eugene",
    "Fiona",
    "Frank",
    "Gary",
    "George",
    "Gordon",
    "Gregory",
    "Hannah",
    "Harold",
    "Heather",
    "Helen",
    "Henry",
    "Hillary",
    "Jack",
    "Jacob",
    "James",
    "Jane",
    "Jason",
    "Jeff",
    "Jeffrey",
    "Jennifer",
    "Jeremy",
    "Jerry",
    "Jessica",
    "Jim",
    "Joan",
    "Joe",
    "John",
    "Jon",
    "Jonathan",
    "Joseph",
    "Joshua",
    "Joyce",
    "Judith",
    "Julia",
    "Julie",
    "Justin",
    "Karen",
    "Katherine",
    "Kathleen",
    "Kathryn",
    "Keith",
    "Kelly",
    "Kenneth",
    "Kevin",
    "Kimberly",
    "Larry",
    "Laura",
    "Lauren",
    "Lawrence",
    "Linda",
    "Lisa",
    "Margaret",
    "Maria",
    "Marie",
    "Mark",
    "Martha",
    "Mary",
    "Matt",
    "Matthew",
    "Megan",
    "Melissa",
    "Michael",
    "Michelle",
    "Mike",
    "Nancy",
    "Nicholas",
    "Nicole",
    "Olivia",
    "Pamela",
    "Patricia",
    "Patrick",
    "Paul",
    "Peter",
    "Rachel",
    "Raymond",
    "Rebecca",
    "Richard",
    "Robert",
    "Roger",
    "Ron",
    "Ronald",
    "Rose",
    "Ruth",
    "Ryan",
    "Sam",
    "Samuel",
    "Sandra",
    "Sarah",
    "Satya",
    "Scott",
    "Sharon",
    "Shirley",
    "Stephanie",
    "Stephen",
    "Steve",
    "Steven",
    "Susan",
    "Taylor",
    "Teresa",
    "Terry",
    "Thomas",
    "Tim",
    "Timothy",
    "Tom",
    "Tyler",
    "Victoria",
    "Virginia",
    "Walter",
    "Warren",
    "Wayne",
    "William",
    "Zachary",
];

/// A fiscal or calendar period written as a code: "Q2FY27", "FY26",
/// "H1", "Q3", "9MFY26", "1H26", "CY2025" (never a company nor a model;
/// "Q2 Holdings" stays a name by its head word, "F150", "H100" are models).
pub(crate) fn is_period_code(w: &str) -> bool {
    let b = w.as_bytes();
    // Written in capitals and digits: most words fail on their length or
    // second byte, with nothing allocated.
    if b.len() < 2 || b.len() > 9 || !b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let mut rest = w;
    // An opening part: a quarter, a half, months, a fiscal or calendar year.
    let mut parts = 0;
    loop {
        let before = rest.len();
        for p in ["FY", "CY"] {
            if let Some(r) = rest.strip_prefix(p) {
                rest = r;
                parts += 1;
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                if !(digits == 2 || digits == 4) {
                    return false;
                }
                rest = &rest[digits..];
            }
        }
        for (lead, tail) in [("Q", "1234"), ("H", "12")] {
            if let Some(r) = rest.strip_prefix(lead) {
                if r.starts_with(|c: char| tail.contains(c)) {
                    rest = &r[1..];
                    parts += 1;
                }
            }
        }
        // "1H26", "3Q25", "9M26": a count before the period letter.
        if rest.len() >= 2 && rest.as_bytes()[0].is_ascii_digit() && matches!(rest.as_bytes()[1], b'Q' | b'H' | b'M') {
            rest = &rest[2..];
            parts += 1;
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 2 || digits == 4 {
                rest = &rest[digits..];
            }
        }
        if rest.len() == before {
            break;
        }
    }
    parts > 0 && rest.is_empty() && b.len() <= 9
}

fn is_name_word(w: &str) -> bool {
    // Most words are lower case: one byte decides.
    let Some(&b) = w.as_bytes().first() else { return false };
    if b.is_ascii_lowercase() || (b.is_ascii() && !b.is_ascii_alphanumeric()) {
        return false;
    }
    if matches!(b, b'Q' | b'H' | b'F' | b'C' | b'1'..=b'9') && is_period_code(w) {
        return false;
    }
    // An ASCII word in one pass over its bytes (a name word is asked about
    // every capitalized word of the text); a byte past ASCII sends the word
    // to the char test below. A byte outside the name bytes fails both tests.
    let (mut alnum, mut upper, mut ascii) = (0usize, false, true);
    for &c in w.as_bytes() {
        if c >= 0x80 {
            ascii = false;
            break;
        }
        if c.is_ascii_alphanumeric() {
            alnum += 1;
            upper |= c.is_ascii_uppercase();
        } else if !b"&.-'".contains(&c) {
            return false;
        }
    }
    if ascii {
        return (b.is_ascii_uppercase() || (b.is_ascii_digit() && upper))
            && alnum >= 2
            && !w.ends_with("-based")
            && !w.ends_with("-listed");
    }
    let first = w.chars().next().unwrap_or(' ');
    (first.is_uppercase() || (first.is_ascii_digit() && w.chars().any(char::is_uppercase)))
        && !w.ends_with("-based")
        && !w.ends_with("-listed")
        && w.chars().all(|c| c.is_alphanumeric() || "&.-'’".contains(c))
        && w.chars().filter(|c| c.is_alphanumeric()).count() >= 2
}

/// [`NOT_ORG`] as a set: it is asked about every capitalized word.
static NOT_ORG_SET: std::sync::LazyLock<foldhash::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    NOT_ORG
        .iter()
        .chain(super::rules::SENTENCE_WORDS)
        .chain(PLACES)
        .chain(super::rules::CALENDAR)
        .copied()
        .chain(PLACE_TABLE.rows.iter().map(|r| r[0]))
        .collect()
});

/// `data/orgs/places.tsv`: countries, regions and cities, never a company
/// found by context ("Ohio state regulators", "shares fell in Milan").
static PLACE_TABLE: std::sync::LazyLock<super::tables::Table> =
    std::sync::LazyLock::new(|| super::tables::parse("places.tsv", super::tables::PLACES, 2));

/// Whether `name` is a place of `data/orgs/places.tsv` or [`PLACES`]
/// ("Ohio", "New York", "Brazil").
pub(crate) fn is_place(name: &str) -> bool {
    PLACE_SET.contains(name)
}

/// What [`is_place`] asks, as a set: [`PLACES`] and the places of the table
/// (its nationality rows aside).
static PLACE_SET: std::sync::LazyLock<foldhash::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    PLACES
        .iter()
        .copied()
        .chain(PLACE_TABLE.rows.iter().filter(|r| r[1] != "nationality").map(|r| r[0]))
        .collect()
});

/// Whether `w` is one of the [`FIRST_NAMES`] ("Jane" in "auditor Jane Okafor").
pub(crate) fn is_first_name(w: &str) -> bool {
    // Every entry opens with a capital: one byte rules out most words.
    w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && FIRST_NAMES.binary_search(&w).is_ok()
}

/// Whether `w` is in [`NOT_ORG`] or a month or weekday name.
pub(crate) fn not_org(w: &str) -> bool {
    NOT_ORG_SET.contains(w)
}

/// One word of a sentence: byte range and its text without trailing punctuation.
struct Word {
    span: Range<usize>,
    core_end: usize,
}

/// What [`words`] counts of a whole sentence.
#[derive(Default)]
struct Scan {
    /// Words in all.
    total: usize,
    /// Where the first word starts.
    first: usize,
    /// Words of 4+ bytes, and those of them capitalized (title case).
    long: usize,
    long_capitalized: usize,
}

impl Scan {
    /// Whether the sentence is written in title case (most words of 4+ letters capitalized).
    fn title_case(&self) -> bool {
        self.long >= 3 && self.long_capitalized * 10 >= self.long * 7
    }
}

/// The words of `range` that may be (part of) a name, all but those starting
/// with a lower-case ASCII letter, in `out`; most words are skipped after
/// one byte.
fn words(text: &str, range: Range<usize>, out: &mut Vec<Word>) -> Scan {
    out.clear();
    let bytes = text.as_bytes();
    let mut scan = Scan::default();
    let sep = |b: u8| matches!(b, b' ' | b'\n' | b'\t');
    let mut pos = range.start;
    while pos < range.end {
        // Words are short: a byte loop beats a memchr call per word.
        let mut next = pos;
        while next < range.end && !sep(bytes[next]) {
            next += 1;
        }
        if next > pos {
            if scan.total == 0 {
                scan.first = pos;
            }
            scan.total += 1;
            let first = bytes[pos];
            let lower = first.is_ascii_lowercase();
            if next - pos >= 4 {
                scan.long += 1;
                scan.long_capitalized += usize::from(first.is_ascii_uppercase());
            }
            if !lower {
                push_word(text, pos, next, out);
            }
        }
        pos = next + 1;
    }
    scan
}

/// The word `start..end` without leading quotes and trailing punctuation.
fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    let w = &text[start..end];
    let core = w.trim_start_matches(['"', '“', '(', '\'', '‘']);
    let lead = w.len() - core.len();
    let core = core.trim_end_matches([',', ';', ':', '"', '”', ')', '?', '!']);
    // A full stop ends the word unless it is part of it ("Inc.", "U.S.").
    let core = match core.strip_suffix('.') {
        Some(c) if !c.contains('.') && c.len() > 3 => c,
        _ => core,
    };
    let core = core
        .strip_suffix("'s")
        .or_else(|| core.strip_suffix("’s"))
        .unwrap_or(core);
    if !core.is_empty() {
        out.push(Word {
            span: start + lead..start + lead + core.len(),
            core_end: end,
        });
    }
}

/// Whether one of the first `n` words of `s` (punctuation trimmed, any case)
/// is in `list`, within the sentence: "Fresno's Shaw Avenue. Competitors"
/// has no business noun after the possessive.
fn next_words_in(s: &str, n: usize, set: &foldhash::HashSet<String>) -> bool {
    let mut words = s.split([' ', '\n']).filter(|w| !w.is_empty()).take(n);
    words.try_fold((), |(), w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let found = if core.bytes().any(|b| b.is_ascii_uppercase()) {
            set.contains(&core.to_ascii_lowercase())
        } else {
            set.contains(core)
        };
        if found {
            return Err(true);
        }
        if w.ends_with(['.', ';', '?', '!']) {
            Err(false)
        } else {
            Ok(())
        }
    }) == Err(true)
}

/// The letters `s` opens with, up to its first other character: "spin" of
/// "spin-off", "said" of "said it", "" of "%". A phrase `s` opens with (see
/// [`opens_with`]) has the same lead as `s`, so a lead finds a phrase's
/// only candidates.
fn lead(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Whether `s` opens with the phrase `p`, ending on a word's end.
fn opens_with(s: &str, p: &str) -> bool {
    s.strip_prefix(p)
        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
}

/// Fixed lists of phrases by their [`lead`], each lead's phrases in the
/// lists' order: one lookup per call, not a scan of the lists.
struct Phrases(foldhash::HashMap<&'static str, Vec<&'static str>>);

impl Phrases {
    fn new(lists: &[&[&'static str]]) -> Self {
        let mut map: foldhash::HashMap<&'static str, Vec<&'static str>> = foldhash::HashMap::default();
        for p in lists.iter().flat_map(|l| l.iter()) {
            map.entry(lead(p)).or_default().push(p);
        }
        Phrases(map)
    }

    /// The phrases `s` may open with, in the lists' order.
    fn candidates(&self, s: &str) -> &[&'static str] {
        self.0.get(lead(s)).map_or(&[], Vec::as_slice)
    }

    /// The first phrase, in the lists' order, that `s` opens with.
    fn opens(&self, s: &str) -> Option<&'static str> {
        self.candidates(s).iter().copied().find(|p| opens_with(s, p))
    }
}

type LazyPhrases = std::sync::LazyLock<Phrases>;
static ADVISER_PHRASES: LazyPhrases = LazyPhrases::new(|| Phrases::new(&[ADVISER_VERBS]));
static MOVE_PHRASES: LazyPhrases = LazyPhrases::new(|| Phrases::new(&[MOVE_VERBS]));
static FRAME_LEAD_PHRASES: LazyPhrases = LazyPhrases::new(|| Phrases::new(&[FRAME_LEADS]));
static COMPOUND_PHRASES: LazyPhrases = LazyPhrases::new(|| Phrases::new(&[COMPOUND_NOUNS]));
/// What follows a name right away in [`right_evidence`].
static RIGHT_PHRASES: LazyPhrases =
    LazyPhrases::new(|| Phrases::new(&[BUSINESS_VERBS, ADVISER_VERBS, COMPOUND_NOUNS, ANALYST_VERBS]));
/// What follows an auxiliary in [`right_evidence`].
static AUXILIARY_PHRASES: LazyPhrases = LazyPhrases::new(|| Phrases::new(&[BUSINESS_VERBS, AUXILIARY_VERBS]));

type WordSet = std::sync::LazyLock<foldhash::HashSet<&'static str>>;
static AUXILIARY_SET: WordSet = WordSet::new(|| AUXILIARIES.iter().copied().collect());
static APPOSITION_SET: WordSet = WordSet::new(|| APPOSITION_NOUNS.iter().copied().collect());
static UNIT_SET: WordSet = WordSet::new(|| UNIT_NOUNS.iter().copied().collect());
/// [`BUSINESS_NOUNS`] in lower case, for [`next_words_in`].
static BUSINESS_NOUN_SET: std::sync::LazyLock<foldhash::HashSet<String>> =
    std::sync::LazyLock::new(|| BUSINESS_NOUNS.iter().map(|w| w.to_ascii_lowercase()).collect());

fn starts_with_phrase(s: &str, phrases: &[&str]) -> bool {
    let Some(&first) = s.as_bytes().first() else {
        return false;
    };
    phrases.iter().filter(|p| p.as_bytes()[0] == first).any(|p| {
        s.strip_prefix(p)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether a compound noun follows the name ending at `end` ("X engineers").
fn compound_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .is_some_and(|r| COMPOUND_PHRASES.opens(r.trim_start()).is_some())
}

/// Evidence after the name ending at `end`.
fn right_evidence(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    // Possessive, attached or tokenized ("X's", "X 's").
    let after_possessive = ["'s ", "’s ", " 's ", " ’s ", "' ", " ' "]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    if let Some(r) = after_possessive {
        return next_words_in(r, 3, &BUSINESS_NOUN_SET);
    }
    if let Some(r) = rest.strip_prefix(' ') {
        let r = r.trim_start();
        if RIGHT_PHRASES.opens(r).is_some() {
            return true;
        }
        let mut r = r;
        for _ in 0..2 {
            // An auxiliary is one word: the word before the first space.
            let Some(after) = r
                .split_once(' ')
                .filter(|(aux, _)| AUXILIARY_SET.contains(aux))
                .map(|(_, a)| a)
            else {
                break;
            };
            if AUXILIARY_PHRASES.opens(after).is_some() {
                return true;
            }
            r = after;
        }
    }
    if possessed_unit_after(rest) {
        return true;
    }
    // Apposition: ", the activist investor", " , a Seattle-based planemaker",
    // ", the biggest US distributor", ", France's largest grocer".
    let appos = [", the ", " , the ", ", a ", " , a ", ", an ", " , an "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .or_else(|| {
            // A place's possessive opens it: ", France's largest grocer".
            let r = rest.strip_prefix(", ")?;
            let (place, after) = r.split_once(['\'', '’'])?;
            (not_org(place) && !place.contains(' ')).then_some(after.strip_prefix("s ")?)
        });
    if let Some(r) = appos {
        // A description in lower case ("the activist investor"), places
        // aside ("the biggest US distributor"), not a name ("Meanwhile, the
        // Swiss National Bank cut").
        let clause = r.split([',', '.', ';']).next().unwrap_or("");
        let described: Vec<&str> = clause
            .split(' ')
            .take(5)
            .take_while(|w| !w.starts_with(|c: char| c.is_uppercase()) || not_org(w))
            .collect();
        return described
            .iter()
            .enumerate()
            .any(|(i, w)| APPOSITION_SET.contains(w) && (!MODIFIER_NOUNS.contains(w) || i + 1 == described.len()));
    }
    false
}

/// A name mid-sentence moving by a percentage, not an index or a measure:
/// "while Rightmove rose 1.9 per cent", "On the FTSE 250, Wetherspoon gained
/// 2.7%"; not "the benchmark Sensex gained 0.4 per cent" (an article or a
/// market word before), "Ebitda rose 4%".
fn market_move(text: &str, r: &Range<usize>) -> bool {
    if !market_move_after(text, r.end) || MOVING_MEASURES.contains(&&text[r.clone()]) {
        return false;
    }
    let before = text[..r.start].trim_end_matches(' ');
    let last = before.rsplit([' ', '\n']).next().unwrap_or("");
    !matches!(
        last.to_ascii_lowercase().as_str(),
        "the" | "benchmark" | "index" | "gauge" | "broader" | "wider" | "its" | "their"
    )
}

/// Evidence before the name starting at `start`.
/// Nouns of a company's part or owner that an apposition with a possessive
/// gives a name ("Quillfeather, Orvane's venture capital arm", "its lending
/// unit, Halden Credit"): never a person's (no "chief executive", "partner").
const UNIT_NOUNS: &[&str] = &[
    "affiliate",
    "arm",
    "division",
    "parent",
    "spin-off",
    "spinout",
    "subsidiary",
    "unit",
];

/// Whether `w` is a possessive: "Orvane's", "its", "their".
fn possessive(w: &str) -> bool {
    matches!(w, "its" | "their") || w.ends_with("'s") || w.ends_with("’s")
}

/// ", Orvane's venture capital arm", ", its lending unit" after a name:
/// a possessive, then a unit noun within four words, in one clause.
fn possessed_unit_after(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(", ") else { return false };
    let clause = r.split([',', '.', ';', '\n', '(']).next().unwrap_or("");
    let words: Vec<&str> = clause.split(' ').take(5).collect();
    words.first().is_some_and(|w| possessive(w)) && words[1..].iter().any(|w| UNIT_SET.contains(w))
}

/// "Orvane's venture arm, ", "its parent, " before a name: a unit noun
/// before the comma, a possessive within the four words before it.
fn possessed_unit_before(trimmed: &str) -> bool {
    let Some(before) = trimmed.strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = before.rsplit([' ', '\n']).take(5).collect();
    words.first().is_some_and(|w| UNIT_SET.contains(w)) && words[1..].iter().any(|w| possessive(w))
}

fn left_evidence(text: &str, start: usize) -> bool {
    let head = &text[..start];
    let trimmed = head.trim_end();
    // A cue ends with the text's last byte: most cues are passed over on it.
    let last = trimmed.as_bytes().last();
    if LEFT_CUES.iter().any(|c| {
        c.as_bytes().last().is_none_or(|b| Some(b) == last)
            && trimmed.ends_with(c)
            && (c.starts_with(['-', ' ']) || at_word_start(trimmed, trimmed.len() - c.len()))
    }) {
        return true;
    }
    if possessed_unit_before(trimmed) {
        return true;
    }
    // "manufacturers such as Airbus", "retailers , including Best Buy".
    for lead in ["such as", "including", "like"] {
        if let Some(before) = trimmed.strip_suffix(lead) {
            let before = before.trim_end().trim_end_matches(',').trim_end();
            let last = before.rsplit([' ', '\n']).next().unwrap_or("");
            if LIST_HEADS.iter().any(|h| h.eq_ignore_ascii_case(last)) {
                return true;
            }
        }
    }
    false
}

/// Whether `word` stands, capitalized and whole, somewhere in `text` other
/// than at `except` and not at the start of a sentence or line ("previous
/// Boeing models", "for Boeing ."): then it is a name, not a sentence's
/// capitalized first word.
fn capitalized_mid_sentence(text: &str, word: &str, except: usize) -> bool {
    let finder = memchr::memmem::Finder::new(word.as_bytes());
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = finder.find(&bytes[from..]) {
        let at = from + i;
        from = at + 1;
        if at == except || !super::at_word_bounds(text, &(at..at + word.len())) {
            continue;
        }
        let before = text[..at].trim_end_matches(' ');
        let mid = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ':' | '(' | '-' | '–'));
        if mid {
            return true;
        }
    }
    false
}

fn at_word_start(s: &str, i: usize) -> bool {
    !s[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// How many words after word `i` finish a place of two or three words that
/// it opens ("Kong" of "Hong Kong", "Lanka" of "Sri Lanka"): no name of
/// their own.
fn place_words_after(text: &str, words: &[Word], i: usize) -> usize {
    let mut n = 0;
    for k in i + 1..words.len().min(i + 3) {
        let prev = &words[k - 1];
        if words[k].span.start != prev.core_end + 1 || prev.core_end != prev.span.end {
            break;
        }
        if is_place(&text[words[i].span.start..words[k].core_end]) {
            n = k - i;
        }
    }
    n
}

/// Whether word `j` is followed right away by a name word.
fn name_goes_on(text: &str, words: &[Word], j: usize) -> bool {
    let w = &words[j];
    j + 1 < words.len()
        && w.core_end == w.span.end
        && words[j + 1].span.start == w.core_end + 1
        && is_name_word(&text[words[j + 1].span.clone()])
}

/// Candidate names: runs of up to four name words (joined by "&") in one sentence.
fn candidates(text: &str, words: &[Word], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut i = 0;
    while i < words.len() {
        let w = &text[words[i].span.clone()];
        let name_word = is_name_word(w);
        // A place of several words names a company only when a name word
        // goes on after it ("Ras Al Khaimah Development Holding").
        let place = if name_word {
            place_words_after(text, words, i)
        } else {
            0
        };
        let named_after = place > 0 && name_goes_on(text, words, i + place);
        if (place > 0 && !named_after) || !name_word || (not_org(w) && !named_after) {
            i += 1 + place;
            continue;
        }
        let mut j = i;
        // Extend while the word ends without punctuation and the next is a name word.
        // The next word kept must be the next word of the text.
        let adjacent = |j: usize| j + 1 < words.len() && words[j + 1].span.start == words[j].core_end + 1;
        while adjacent(j) && j - i < 3 && words[j].core_end == words[j].span.end {
            let next = &text[words[j + 1].span.clone()];
            if next == "&" && adjacent(j + 1) && is_name_word(&text[words[j + 2].span.clone()]) {
                j += 2;
                continue;
            }
            // A single capital inside a name: "Hanwha Q Cells".
            let letter = next.len() == 1 && next.starts_with(|c: char| c.is_ascii_uppercase());
            let inner_letter = letter && adjacent(j + 1) && is_name_word(&text[words[j + 2].span.clone()]);
            if !(is_name_word(next) || inner_letter) || not_org(next) {
                break;
            }
            j += 1;
        }
        let run = words[i].span.start..words[j].span.end;
        let two_words = j > i;
        if !(two_words && is_first_name(w)) {
            out.push(run);
        }
        i = j + 1;
    }
}

/// Adds the organizations context shows, as `org.context` mentions; `found` is sorted by start.
pub fn extract(doc: &Document, found: &mut Vec<Mention>) {
    pass(doc, found, false);
}

/// Adds the names joined in a list to an organization found since
/// [`extract`] ran (spread to another occurrence, or by the story pass from
/// another outlet): "run by Peel Hunt and Jefferies" once "Peel Hunt" is
/// known. Only lists count here, no other evidence.
pub fn lists(doc: &Document, found: &mut Vec<Mention>) {
    pass(doc, found, true);
}

/// Whether `word` is written in lower case at word bounds in `text`
/// ("investors" beside "Investors and Kestrel agreed"): then, opening a
/// sentence, it is a common word.
fn written_lower(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word {
        return true;
    }
    memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes())
        .any(|at| super::at_word_bounds(text, &(at..at + lower.len())))
}

fn pass(doc: &Document, found: &mut Vec<Mention>, lists_only: bool) {
    let text = doc.text.as_str();
    let mut added: Vec<Mention> = Vec::new();
    let mut ws: Vec<Word> = Vec::new();
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut surnames: Vec<Range<usize>> = Vec::new();
    // What `written_lower` said of each sentence-opening word.
    let lower_seen: std::cell::RefCell<foldhash::HashMap<&str, bool>> = Default::default();
    for sentence in &doc.sentences {
        if sentence.kind == SentenceKind::Heading {
            continue;
        }
        // The list pass reads only sentences where a name found since the
        // context pass (spread, by the story, an acronym) stands in a list.
        if lists_only
            && !super::overlapping(found, &sentence.span).any(|m| {
                m.kind == MentionType::Org
                    && matches!(m.rule, Rule::OrgPropagated | Rule::OrgStory | Rule::OrgAcronym)
                    && (joiner_len(&text[m.span.end..]).is_some()
                        || comma_len(&text[m.span.end..]).is_some()
                        || joiner_before(&text[..m.span.start]).is_some()
                        || comma_before(&text[..m.span.start]).is_some())
            })
        {
            continue;
        }
        let scan = words(text, sentence.span.clone(), &mut ws);
        // Words right after a common first name are surnames ("Alexander Vindman").
        for pair in ws.windows(2) {
            let adjacent = pair[0].core_end == pair[0].span.end && pair[1].span.start == pair[0].core_end + 1;
            if adjacent && is_first_name(&text[pair[0].span.clone()]) {
                surnames.push(pair[1].span.clone());
            }
        }
        if scan.total < 3 || ws.is_empty() {
            continue;
        }
        candidates(text, &ws, &mut runs);
        // A run of head words alone ("Securities" of "Securities and Exchange
        // Board", "Capital Markets") is a generic word, no name.
        // Nor is the possessor right before a name found ("Fresno's Golden
        // Furrow Credit Union", "Norway's Fjordvik Bulk ASA"): a place, or a
        // name only its own evidence shows.
        let possessor = |r: &Range<usize>| {
            let after = &text[r.end..];
            ["'s ", "’s "].iter().find(|p| after.starts_with(**p)).is_some_and(|p| {
                let at = r.end + p.len();
                super::overlapping(found, &(at..at + 1)).any(|m| m.span.start == at && m.kind == MentionType::Org)
            })
        };
        runs.retain(|r| {
            super::overlapping(found, r).next().is_none()
                && !text[r.clone()].split(' ').all(super::rules::is_head_word)
                && !possessor(r)
        });
        if runs.is_empty() {
            continue;
        }
        let first = scan.first;
        // A lone capitalized word opening the sentence may be any word
        // ("Existing investors", "Meanwhile"): only what follows it counts,
        // not lists or cues, and not for adverbs and participles.
        let weak_start = |r: &Range<usize>| {
            let w = &text[r.clone()];
            r.start == first && !w.contains(' ') && w.chars().any(char::is_lowercase)
        };
        // In a list it counts when the text never writes it in lower case
        // ("Fidelity, Temasek and Kestrel Partners took part"; not
        // "Investors and Kestrel agreed" beside "investors").
        // Each opening word's answer is kept for the whole text: sentences
        // open with the same words, and the list loop below asks up to three
        // times per run, each answer a scan of the whole text.
        let common_start = |r: &Range<usize>| {
            weak_start(r) && {
                let w = &text[r.clone()];
                *lower_seen
                    .borrow_mut()
                    .entry(w)
                    .or_insert_with(|| written_lower(text, w))
            }
        };
        let mut accepted: Vec<bool> = runs
            .iter()
            .map(|r| {
                if lists_only {
                    false
                } else if weak_start(r) {
                    // "Following", "Reportedly" open sentences; "Boeing" is a
                    // name when the text also capitalizes it mid-sentence.
                    let w = &text[r.clone()];
                    let participle = ["ly", "ing", "ed"].iter().any(|e| w.ends_with(e));
                    // A plural noun after an opening word may make a phrase
                    // ("Shop workers", "Institutional investors"), not a
                    // compound ("Boeing engineers"): the text must write the
                    // word capitalized mid-sentence too.
                    let weak_kind = participle || compound_after(text, r.end) || adviser_verb_after(text, r.end);
                    // An event frame counts when the text also capitalizes
                    // the word mid-sentence ("Velmora said it would cut" and
                    // "shares of Velmora"; not "Lenders agreed to cut").
                    (right_evidence(text, r.end) && (!weak_kind || capitalized_mid_sentence(text, w, r.start)))
                        || (!participle && frame_after(text, r.end) && capitalized_mid_sentence(text, w, r.start))
                } else {
                    // A one-word name a frame shows must not be a common
                    // word the text writes in lower case too ("the Acquisition
                    // values" beside "the acquisition").
                    let framed = || {
                        (frame_after(text, r.end) || frame_before(text, r)) && {
                            let w = &text[r.clone()];
                            w.contains(' ')
                                || !*lower_seen
                                    .borrow_mut()
                                    .entry(w)
                                    .or_insert_with(|| written_lower(text, w))
                        }
                    };
                    right_evidence(text, r.end)
                        || left_evidence(text, r.start)
                        || framed()
                        || market_move(text, r)
                        || text[r.end..]
                            .strip_prefix(' ')
                            .is_some_and(|after| starts_with_phrase(after, ROLE_COMPOUNDS))
                }
            })
            .collect();
        // Lists: a run joined by "and" / "," to an organization is one too
        // (not to an exchange or index: "on the BSE and Rs 411 on …").
        let listable = |m: &Mention| {
            m.kind == MentionType::Org
                && super::entity_of(m)
                    .is_some_and(|e| !matches!(e.kind, EntityKind::Product | EntityKind::Exchange | EntityKind::Index))
        };
        let is_org_at = |span: &Range<usize>| super::overlapping(found, span).any(listable);
        let known_end_at = |p: usize| {
            super::overlapping(found, &(p..p + 1))
                .find(|m| m.span.start == p && listable(m))
                .map(|m| m.span.end)
        };
        for _ in 0..3 {
            let mut changed = false;
            for k in 0..runs.len() {
                if accepted[k] || common_start(&runs[k]) {
                    continue;
                }
                let r = &runs[k];
                // A bare comma joins only in a list closed by "and" ("Chrysler ,
                // Ford , and General Motors"), never "Meanwhile, Microsoft".
                let closed = closes_with_and(text, &runs, k, known_end_at);
                let joined_after = joiner_len(&text[r.end..])
                    .or_else(|| comma_len(&text[r.end..]).filter(|_| closed))
                    .map(|n| r.end + n);
                let joined_before = joiner_before(&text[..r.start])
                    .or_else(|| comma_before(&text[..r.start]).filter(|_| closed))
                    .map(|n| r.start - n);
                let neighbour_ok = |pos: usize, after: bool| {
                    let probe = if after { pos..pos + 1 } else { pos - 1..pos };
                    runs.iter()
                        .zip(&accepted)
                        .any(|(o, &a)| a && (if after { o.start == pos } else { o.end == pos }))
                        || (text.is_char_boundary(probe.start) && text.is_char_boundary(probe.end) && is_org_at(&probe))
                };
                let ok = joined_after.is_some_and(|p| p < text.len() && neighbour_ok(p, true))
                    || joined_before.is_some_and(|p| p > 0 && neighbour_ok(p, false));
                if ok {
                    accepted[k] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        // Words of the names already found are no sign of a title-case
        // heading: "Goldman Sachs advised Halcyon; Morgan Stanley and Kirkland
        // & Ellis advised Brackenridge" is a sentence.
        let mut scan = scan;
        for w in &ws {
            let raw_start = w.span.start == 0 || matches!(text.as_bytes()[w.span.start - 1], b' ' | b'\n' | b'\t');
            let capital = text.as_bytes()[w.span.start].is_ascii_uppercase();
            if raw_start
                && capital
                && w.core_end - w.span.start >= 4
                && super::overlapping(found, &w.span).next().is_some()
            {
                scan.long -= 1;
                scan.long_capitalized -= 1;
            }
        }
        if !accepted.contains(&true) || scan.title_case() {
            continue;
        }
        for (r, ok) in runs.drain(..).zip(accepted) {
            if ok {
                let value = EntityRef::named(&text[r.clone()], EntityKind::Company, 0.65);
                added.push(mention(MentionType::Org, r, value, Rule::OrgContext));
            }
        }
    }
    // A one-word name the text writes after a first name is a person's surname.
    if !surnames.is_empty() {
        added.retain(|m| {
            let name = &text[m.span.clone()];
            name.contains(' ') || !surnames.iter().any(|s| &text[s.clone()] == name)
        });
    }
    super::merge_sorted(found, added);
}

/// What joins two members of a list of companies. Not a bare comma:
/// "Meanwhile, Microsoft said" is no list.
const JOINERS: &[&str] = &[" and ", " , and ", ", and ", " & "];

/// Length of a joiner at the start of `s`.
fn joiner_len(s: &str) -> Option<usize> {
    JOINERS.iter().find(|j| s.starts_with(*j)).map(|j| j.len())
}

fn joiner_before(s: &str) -> Option<usize> {
    JOINERS.iter().find(|j| s.ends_with(*j)).map(|j| j.len())
}

/// Length of a list comma at the start of `s` (", " or " , ").
fn comma_len(s: &str) -> Option<usize> {
    [" , ", ", "].iter().find(|c| s.starts_with(*c)).map(|c| c.len())
}

fn comma_before(s: &str) -> Option<usize> {
    [" , ", ", "].iter().find(|c| s.ends_with(*c)).map(|c| c.len())
}

/// Whether run `k` stands in a list of names joined by commas that an "and"
/// closes: "Chrysler , Ford , and GM" (from "Chrysler" or "Ford").
/// A member may be a name found before ("Halvard, Temasek and GIC", with
/// "Temasek" known): `known_end_at` gives the end of an organization
/// starting at a position.
fn closes_with_and(text: &str, runs: &[Range<usize>], k: usize, known_end_at: impl Fn(usize) -> Option<usize>) -> bool {
    let mut end = runs[k].end;
    loop {
        let after = &text[end..];
        if joiner_len(after).is_some() {
            return true;
        }
        let Some(n) = comma_len(after) else { return false };
        let next = end + n;
        match runs
            .iter()
            .find(|r| r.start == next)
            .map(|r| r.end)
            .or_else(|| known_end_at(next))
        {
            Some(e) if e > end => end = e,
            _ => return false,
        }
    }
}

/// "General Motors ( GM )", "United Auto Workers (UAW)": an all-capitals
/// word in parentheses right after an organization is its acronym, the same
/// entity (`org.acronym`).
pub fn acronyms(doc: &Document, found: &mut Vec<Mention>) {
    let text = doc.text.as_str();
    let mut added = Vec::new();
    for m in found.iter() {
        let Some(e) = super::entity_of(m) else { continue };
        if m.kind != MentionType::Org || e.kind == EntityKind::Product {
            continue;
        }
        let rest = &text[m.span.end..];
        let Some(inner) = rest.strip_prefix(" ( ").or_else(|| rest.strip_prefix(" (")) else {
            continue;
        };
        let mut len = inner.find([' ', ')']).unwrap_or(0);
        let acr = &inner[..len];
        let capitals = acr.chars().all(|c| c.is_ascii_uppercase() || c == '&' || c == '-');
        let mut shaped = (2..=6).contains(&acr.len())
            && (capitals || short_form_of(acr, &text[m.span.clone()]))
            && inner[len..].trim_start().starts_with(')');
        if !shaped && matches!(e.kind, EntityKind::Government | EntityKind::Organization) {
            if let Some(n) = local_name(inner) {
                (len, shaped) = (n, true);
            }
        }
        if !shaped {
            continue;
        }
        let start = m.span.end + (rest.len() - inner.len());
        let span = start..start + len;
        if super::overlapping(found, &span).next().is_some() {
            continue;
        }
        let mut value = e.clone();
        value.confidence = (value.confidence * 0.95).max(0.5);
        added.push(mention(MentionType::Org, span, value, Rule::OrgAcronym));
    }
    // The same letters found alone by another rule ("PM said in a statement") are that entity.
    for a in &added {
        let acr = &text[a.span.clone()];
        let Some(e) = super::entity_of(a) else { continue };
        for m in found.iter_mut() {
            let own = super::entity_of(m).is_some_and(|x| x.entity.starts_with("name:"));
            if own && m.kind == MentionType::Org && &text[m.span.clone()] == acr {
                m.value = crate::extract::Value::Entity(e.clone());
            }
        }
    }
    super::merge_sorted(found, added);
    initials(doc, found);
}

/// A public body's own name in its language, or its short name, in
/// parentheses after its English name: "the Competition Authority (Rekabet
/// Kurumu)", "the Labour Inspectorate (Inspection du travail)", "the
/// Ministry of Digital Affairs (Kementerian Digital)". Two to five words, the first capitalized, lower-case words
/// only after it, letters only, closed by the bracket: the length of the
/// name in `inner` (what follows the opening bracket). Not a place ("(Brazil)"),
/// a month or a day ("(Tuesday)"), a note ("(pictured)", "(in French)",
/// "(Photo)", "(File)"), a year or a figure.
fn local_name(inner: &str) -> Option<usize> {
    let len = inner.find(')')?;
    let name = &inner[..len];
    let words: Vec<&str> = name.split(' ').collect();
    let first = words.first()?;
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    // Two words at least: one word in brackets may be anything (a person,
    // a place, a unit: "(Hollins)"), a short form only when it spells the
    // initials (`short_form_of`).
    let shaped = (2..=5).contains(&words.len())
        && letters >= 4
        && first.starts_with(char::is_uppercase)
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || words.len() > 2)
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''));
    let note = NOT_LOCAL_NAMES.contains(first) || not_org(name) || not_org(first);
    let calendar = super::rules::CALENDAR.contains(first);
    // English words inside make a title or a part of the body, not its
    // name: "the Board's (Disclosure of Insider Holdings) Regulations",
    // "the High Court (Family Division)".
    let english = words.iter().any(|w| ENGLISH_JOINERS.contains(w))
        || words.last().is_some_and(|w| BODY_PARTS.contains(w))
        || inner[len + 1..].starts_with(" Regulation")
        || inner[len + 1..].starts_with(" Act")
        || inner[len + 1..].starts_with(" Rules");
    (shaped && !note && !calendar && !english).then_some(len)
}

/// Notes in brackets after a name that are no name of it.
const NOT_LOCAL_NAMES: &[&str] = &[
    "File", "Photo", "Pictured", "Update", "Updated", "Video", "Watch", "Source", "Sources",
];

/// English words that join a title's words ("Buy-Back of Securities").
const ENGLISH_JOINERS: &[&str] = &["of", "and", "for", "the", "on", "in", "to", "with"];

/// Parts of a body named in brackets after it ("(Family Division)").
const BODY_PARTS: &[&str] = &[
    "Division",
    "Section",
    "Branch",
    "Bench",
    "Panel",
    "Chamber",
    "Unit",
    "Department",
];

/// A short form in mixed case that spells the name's initials, by its
/// capitals or by all its letters: "DoT" of "Department of
/// Telecommunications" (its capitals), "Sebi" of "Securities and Exchange
/// Board of India" (its letters). Not "(Reuters)" after "Acme Robotics",
/// nor a word whose letters are not the initials ("Ofcom" after "Office of
/// Communications" stays to other rules).
fn short_form_of(acr: &str, name: &str) -> bool {
    if !acr.starts_with(|c: char| c.is_ascii_uppercase()) || !acr.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let Some(initials) = initials_of(name) else {
        return false;
    };
    let capitals: String = acr.chars().filter(char::is_ascii_uppercase).collect();
    capitals == initials || acr.to_ascii_uppercase() == initials
}

/// The initials of an organization's name, its capitalized words' first
/// letters ("General Motors" → "GM", "Government Accountability Office" →
/// "GAO", "Bank of England" → "BE"): `None` for one word or a word in lower
/// case that is no connector.
pub(crate) fn initials_of(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in name.split(' ').filter(|w| !w.is_empty()) {
        if super::is_connector(w) || w == "&" {
            continue;
        }
        let c = w.chars().next()?;
        if !c.is_ascii_uppercase() || w.len() < 2 || !w[1..].bytes().any(|b| b.is_ascii_lowercase()) {
            return None;
        }
        out.push(c);
        words += 1;
    }
    (words >= 2 && out.len() <= 6).then_some(out)
}

/// "GM" in a text that names "General Motors", "the GAO" beside
/// "Government Accountability Office": an all-capitals word that spells the
/// initials of one organization of the text (its name with or without a
/// legal form or descriptor last word) is that organization (`org.acronym`).
/// Not when two organizations of the text share the initials, nor for the
/// letters of a place ("US" of "United Steel").
fn initials(doc: &Document, found: &mut Vec<Mention>) {
    let text = doc.text.as_str();
    let mut forms: Vec<(String, EntityRef)> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for m in found.iter() {
        let Some(e) = super::entity_of(m) else { continue };
        let kind_ok = matches!(
            e.kind,
            EntityKind::Company | EntityKind::Organization | EntityKind::Government
        );
        if m.kind != MentionType::Org || !kind_ok {
            continue;
        }
        let written = &text[m.span.clone()];
        // Each name once: an article repeats its companies' names.
        if !written.contains(' ') || seen.contains(&written) {
            continue;
        }
        seen.push(written);
        let core = super::gazetteer::GAZETTEER.strip_legal_form(written);
        let shorter = core
            .rsplit_once(' ')
            .filter(|(_, last)| super::propagate::ID_DESCRIPTORS.contains(last))
            .map(|(head, _)| head);
        for name in [Some(written), Some(core), shorter].into_iter().flatten() {
            let Some(acr) = initials_of(name) else { continue };
            if not_org(&acr) || shared.contains(&acr) {
                continue;
            }
            match forms.iter().position(|(a, _)| *a == acr) {
                Some(i) if forms[i].1.entity != e.entity => {
                    forms.remove(i);
                    shared.push(acr);
                }
                Some(_) => {}
                None => forms.push((acr, e.clone())),
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (acr, e) in &forms {
        let finder = memchr::memmem::Finder::new(acr.as_bytes());
        let mut from = 0;
        while let Some(i) = finder.find(&text.as_bytes()[from..]) {
            let span = from + i..from + i + acr.len();
            from = span.end;
            if !super::at_word_bounds(text, &span) {
                continue;
            }
            let mut value = e.clone();
            value.confidence = (value.confidence * 0.9).max(0.5);
            if super::overlapping(found, &span).next().is_none() {
                added.push(mention(MentionType::Org, span, value, Rule::OrgAcronym));
                continue;
            }
            // The same letters a weaker rule took alone are this entity.
            let at = found.partition_point(|m| m.span.start < span.start);
            for m in found[at..].iter_mut().take_while(|m| m.span.start == span.start) {
                let own = super::entity_of(m).is_some_and(|x| x.entity.starts_with("name:"));
                if own && m.span == span && m.kind == MentionType::Org {
                    m.value = crate::extract::Value::Entity(value.clone());
                }
            }
        }
    }
    super::sort_by_span(&mut added);
    super::merge_sorted(found, added);
}

#[cfg(test)]
mod tests {
    use crate::extract::rule::Rule;
    fn orgs(text: &str) -> Vec<(String, String, Rule)> {
        super::super::org_mentions_with_ids(text)
    }

    fn names(text: &str) -> Vec<String> {
        orgs(text).into_iter().map(|(t, _, _)| t).collect()
    }

    /// A place of several words is no name, nor is its last word alone
    /// ("Kong" of "Hong Kong"), nor a word saying where shares are listed;
    /// a name going on after the place is a company's.
    #[test]
    fn places_of_several_words_and_listings_are_no_names() {
        for text in [
            "The lender's stock in Hong Kong had its worst week since March.",
            "Its Hong Kong-listed shares fell while Shanghai-listed shares rose.",
            "Exports to Sri Lanka rose 4% in May, the ministry said.",
            "Hotels in Ras Al Khaimah were full over the holiday.",
        ] {
            assert_eq!(names(text), Vec::<String>::new(), "{text:?}");
        }
        let text = "In May, Hong Kong Brightway posted a record loss, and Sri Lanka Ceylex posted a profit.";
        assert_eq!(
            names(text),
            ["Hong Kong Brightway", "Sri Lanka Ceylex"],
            "{:?}",
            orgs(text)
        );
    }

    #[test]
    fn an_apposition_with_a_possessive_unit_names_the_company() {
        for (text, name) in [
            (
                "Funds came from Quillfeather, Orvane's venture capital arm, and others.",
                "Quillfeather",
            ),
            ("Orvane's venture arm, Quillfeather, put in $5 million.", "Quillfeather"),
            ("The loans went through Brightmoor, its lending unit.", "Brightmoor"),
        ] {
            let got = names(text);
            assert!(got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
        // Counter-examples: a person's post, no possessive.
        for (text, name) in [
            ("Jane Roe, Orvane's chief executive, said sales rose.", "Jane Roe"),
            ("Brightmoor, Kate's old school friend, came too.", "Brightmoor"),
        ] {
            let got = names(text);
            assert!(!got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
    }

    /// The examples and counter-examples of `data/orgs/places.tsv`.
    #[test]
    fn a_period_code_is_no_name() {
        for w in [
            "Q2FY27", "FY26", "FY2026", "H1", "Q3", "9MFY26", "1H26", "3Q25", "CY2025", "H2FY25",
        ] {
            assert!(super::is_period_code(w), "{w}");
        }
        for w in ["F150", "H100", "Q7", "QXO", "HSBC", "FYI", "CYBG", "A380", "H20"] {
            assert!(!super::is_period_code(w), "{w}");
        }
        assert!(orgs("For Q2FY27, the cement maker said its profit rose 12%.").is_empty());
        let got = names("Shares of Q2 Holdings rose 4% after the results.");
        assert!(got.iter().any(|n| n == "Q2 Holdings"), "{got:?}");
    }

    /// A table's examples name an organization the text must (or, as
    /// counter-examples, must not) give.
    fn assert_table_examples(file: &str, data: &'static str, columns: usize) {
        for (example, text, name) in super::super::tables::parse(file, data, columns).examples {
            let got = crate::extract::orgs::mentions_with_ids(text);
            let found = got
                .iter()
                .any(|(t, _, _, kind)| t == name && *kind == crate::extract::MentionType::Org);
            assert_eq!(found, example, "{file}: {text:?}: {name:?} {got:?}");
        }
    }

    #[test]
    fn place_table_examples() {
        assert_table_examples("places.tsv", super::super::tables::PLACES, 2);
    }

    /// The examples and counter-examples of `data/orgs/list-heads.tsv`.
    #[test]
    fn list_head_table_examples() {
        assert_table_examples("list-heads.tsv", super::super::tables::LIST_HEADS, 1);
    }

    /// A name in a deal's adviser, seller or rival slot is a firm: an
    /// adviser's verb after it, "bought from", "worked at", "competes with"
    /// before it; never a person, a place, a day or a common word opening a
    /// sentence.
    #[test]
    fn adviser_seller_and_rival_slots() {
        for (text, name) in [
            (
                "Morrow Capital said Tallis Grey advised the buyer on the terms.",
                "Tallis Grey",
            ),
            (
                "Lawyers said Brenwick acted for the lenders in the restructuring.",
                "Brenwick",
            ),
            (
                "The clinic, bought from Castlemere Health in 2024, was its first.",
                "Castlemere Health",
            ),
            (
                "The airline said Okafor, who worked at Sundara Air until June, would start in May.",
                "Sundara Air",
            ),
            ("The app competes with Lumora and Pixwell in Brazil.", "Lumora"),
            (
                "The fund sold the stake it acquired from Harrow Vale last year.",
                "Harrow Vale",
            ),
        ] {
            let got = names(text);
            assert!(got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
        for (text, name) in [
            ("Doctors advised patients to rest for a week.", "Doctors"),
            ("The company bought the land from Anna Weber in March.", "Anna Weber"),
            ("The grain was bought from Argentina at a discount.", "Argentina"),
            ("He worked at Christmas in the warehouse.", "Christmas"),
            ("Regulators advised banks to hold more capital.", "Regulators"),
        ] {
            let got = names(text);
            assert!(!got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
    }

    /// A bare name in an event's company slot, from the ontology's verb
    /// forms and the frames around them, in several sectors and countries;
    /// never a place, a person, a measure, a group of people, a title-case
    /// headline or a bare present after a plural.
    #[test]
    fn event_frames_show_bare_names() {
        for (text, name) in [
            (
                "On Monday, Fjellmar Havbruk said it would cut 300 jobs at two farms.",
                "Fjellmar Havbruk",
            ),
            (
                "In Porto, Tavira Rede said on Tuesday it would lay off 120 staff.",
                "Tavira Rede",
            ),
            (
                "The insurer said Saltova has agreed to acquire a rival for $2 billion.",
                "Saltova",
            ),
            ("Late on Friday, Brennvik slashed its dividend by half.", "Brennvik"),
            ("Analysts said Orvane is to be taken over by a buyout group.", "Orvane"),
            ("Dalgarno Wells has agreed to repurchase its notes.", "Dalgarno Wells"),
            (
                "The chipmaker said Quellhaus plans to sell its German unit.",
                "Quellhaus",
            ),
            (
                "Sources said Marigold Transit recalled 40,000 buses over brake faults.",
                "Marigold Transit",
            ),
            ("Saltova acquired Brennlund for €2 billion in cash.", "Brennlund"),
            ("A year ago the group took over Vessane in a hostile bid.", "Vessane"),
            ("On Wednesday shares of Velmora fell 8% in Oslo.", "Velmora"),
            ("The fund built a stake in Corvalis over two years.", "Corvalis"),
            (
                "The Rotterdam-based operator Kestrel Maritim priced its bonds.",
                "Kestrel Maritim",
            ),
            ("Zelvane Telecom laid off 500 engineers.", "Zelvane Telecom"),
            ("Corrib Lane has been acquired by a rival.", "Corrib Lane"),
            (
                "Velmora said it would cut 90 jobs. The cuts leave Velmora with 400 staff.",
                "Velmora",
            ),
        ] {
            let got = names(text);
            assert!(got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
        for (text, name) in [
            ("In March, Norway said it would cut its oil output.", "Norway"),
            ("On Monday, Anders Holm said he would cut the budget.", "Anders Holm"),
            (
                "Later, Chief Executive Maria Lund said it would buy more.",
                "Chief Executive Maria Lund",
            ),
            ("Analysts expect margins to widen next year.", "Analysts"),
            ("Brent crude fell 3% on Tuesday.", "Brent"),
            ("Doctors advised patients to rest.", "Doctors"),
            ("Shares Fall After Profit Warning At Retailer", "Shares"),
            ("The court said Holm resigned in March after the vote.", "Holm"),
            ("Investors sold the shares, and investors bought bonds.", "Investors"),
            ("The trust acquired Monday a stake in the firm.", "Monday"),
            ("Job cuts will be announced later this week.", "Job"),
            (
                "The Acquisition values the company at $3 billion, and the acquisition closes soon.",
                "Acquisition",
            ),
            ("Dunmore and Leclair secured a win in the doubles.", "Dunmore"),
            ("The Harriers spent Monday on the training ground.", "Harriers"),
            ("Last year Zuniper is launching with 22 games.", "Zuniper"),
            (
                "Officials said Haldor Brekkan will be named chief executive.",
                "Haldor Brekkan",
            ),
            (
                "The London-based chief executive Maria Lund said it would buy.",
                "Maria Lund",
            ),
            ("Demand for Model Y sales rose in May.", "Model Y"),
        ] {
            let got = names(text);
            assert!(!got.iter().any(|n| n == name), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn examples_of_the_table() {
        assert_eq!(names("Analysts said Birchwood's shares fell 4%."), ["Birchwood"]);
        assert_eq!(
            names("Many buyers had trouble with Zenova 's website on Monday."),
            ["Zenova"]
        );
        assert_eq!(names("On Tuesday, Kestrel agreed to buy a rival."), ["Kestrel"]);
        assert_eq!(names("He is the founder of Quillon, a payments firm."), ["Quillon"]);
        assert_eq!(
            names("Orders went to European manufacturers, such as Aerovia."),
            ["Aerovia"]
        );
        assert_eq!(
            names("Investors cheered. Redfern Partners, the activist investor, wants seats."),
            ["Redfern Partners"]
        );
        assert_eq!(
            names("In 2009, Fabrio will also buy a stake in the carmaker."),
            ["Fabrio"]
        );
        assert_eq!(names("Doctors said the Seattle-based Harbin was in talks."), ["Harbin"]);
        assert_eq!(
            names("Analysts said Zorvex parent Kantara Group gained."),
            ["Zorvex", "Kantara Group"]
        );
    }

    #[test]
    fn counter_examples_of_the_table() {
        assert!(names("Officials said Indonesia's air carriers were banned.").is_empty());
        assert!(names("Today's glitches were apparently in the transaction process.").is_empty());
        assert!(names("Djamal said the ban stays.").is_empty());
        assert!(names("Paris, the capital, was quiet. France and Japan agreed on a plan.").is_empty());
        assert!(names("Reports say the company cut costs and Tim Cook announced a plan.").is_empty());
        assert!(names("Birchwood Shares Fell As Markets Tumbled On Monday Morning").is_empty());
        assert!(
            names("Meanwhile, Microsoft said it would wait. Existing investors are calm.")
                .iter()
                .all(|n| n == "Microsoft")
        );
        assert_eq!(names("Surprisingly, Birchwood's shares fell."), ["Birchwood"]);
        assert_eq!(
            names("Meanwhile, the Swiss National Bank cut rates."),
            ["Swiss National Bank"]
        );
    }

    #[test]
    fn appositions_of_an_arm_a_distributor_a_platform() {
        assert_eq!(
            names("It was joined by NVentures, the venture arm of the chipmaker."),
            ["NVentures"]
        );
        assert_eq!(
            names("Sales fell at Glazerline, a drinks distributor, in May."),
            ["Glazerline"]
        );
        assert_eq!(names("She came from Finvera, a lending platform."), ["Finvera"]);
        // Counter-examples: a person's role, a capitalized description.
        assert!(names("Doe, the arm's length buyer, left.").is_empty());
        assert!(names("The fund sold it to Orvel, the Paris Platform.").is_empty());
    }

    #[test]
    fn head_words_alone_join_no_list() {
        // "Securities" is part of a regulator's name, no company beside it.
        let got = names("Norms were set by the Securities and Exchange Board of India in 2024.");
        assert_eq!(got, ["Securities and Exchange Board of India"]);
        assert_eq!(
            names("Shares of Holdings and Kestrel Labs rose 4% on Monday."),
            ["Kestrel Labs"]
        );
    }

    #[test]
    fn coordinations_give_one_company_each() {
        assert_eq!(
            names("Rivals such as Brightlane and Corvex Labs cut prices."),
            ["Brightlane", "Corvex Labs"]
        );
        assert_eq!(
            names("Other retailers , including Best Buy and Radio Shack , did not see delays."),
            ["Best Buy", "Radio Shack"]
        );
    }

    #[test]
    fn a_participle_shaped_first_word_capitalized_elsewhere_is_a_name() {
        // Example: "Zorbing" opens the sentence, and stands mid-sentence later.
        assert_eq!(
            names("Zorbing 's newest aircraft flew on Tuesday. It beat previous Zorbing models."),
            ["Zorbing", "Zorbing"]
        );
        assert_eq!(
            names("Kelling has won the order. The jets were built by Kelling in Ohio."),
            ["Kelling", "Kelling"]
        );
        // Counter-examples: a participle that opens sentences only.
        assert!(names("Following announced cuts, shares fell. Following that, prices rose.").is_empty());
        assert!(names("Reportedly has won nothing. The jets were built in Ohio.").is_empty());
    }

    #[test]
    fn a_word_written_after_a_first_name_is_a_surname() {
        // Counter-examples: a person's surname with a business verb.
        assert!(names("Alexander Vindman testified. Vindman reported to him.").is_empty());
        assert!(names("Singer Emma Brooke danced. Brooke's offer was kind.").is_empty());
        // Example: the same shapes with no first name before are companies.
        assert_eq!(names("Executives testified. Vindex reported a loss."), ["Vindex"]);
        assert!(super::FIRST_NAMES.is_sorted(), "binary search needs the list sorted");
        assert!(
            super::FIRST_NAMES.iter().all(|n| n.as_bytes()[0].is_ascii_uppercase()),
            "is_first_name looks only at words opening with a capital"
        );
    }

    #[test]
    fn a_comma_list_closed_by_and_is_a_list() {
        assert_eq!(
            names("A deal for the automakers -- Zorvex , Kantara , and General Motors -- failed."),
            ["Zorvex", "Kantara", "General Motors"]
        );
        assert_eq!(
            names(
                "The deliveries will start later this year and then go to Quillon Airlines , Brevia , Tarsis and Xiamen Airlines ."
            ),
            ["Quillon Airlines", "Brevia", "Tarsis", "Xiamen Airlines"]
        );
        // Counter-examples: a comma with no "and" closing a list.
        assert!(
            names("Meanwhile , Kantara said it would wait , Zorvex added.")
                .iter()
                .all(|n| n != "Meanwhile")
        );
        assert_eq!(names("In Zorvex , General Motors cut jobs."), ["General Motors"]);
    }

    #[test]
    fn initials_of_an_organization_are_that_organization() {
        let got = orgs(
            "The Harwell Procurement Office upheld the protest. The HPO said Zelmora Motors ( ZM ) erred. ZM declined.",
        );
        let view: Vec<(&str, &str)> = got.iter().map(|(t, id, _)| (t.as_str(), id.as_str())).collect();
        assert_eq!(
            view,
            [
                ("Harwell Procurement Office", "name:harwell-procurement-office"),
                ("HPO", "name:harwell-procurement-office"),
                ("Zelmora Motors", "name:zelmora-motors"),
                ("ZM", "name:zelmora-motors"),
                ("ZM", "name:zelmora-motors"),
            ]
        );
        assert_eq!(super::initials_of("Bank of England"), Some("BE".into()));
        // Counter-examples: one word, lower-case words, letters of a place.
        assert_eq!(super::initials_of("Zelmora"), None);
        assert_eq!(super::initials_of("Zelmora the great"), None);
        assert!(names("The United Steel Company met in the US capital.") == ["United Steel Company"]);
    }

    #[test]
    fn a_maker_found_by_context_before_a_model_is_the_product() {
        // "Zorbex" is a company by its verb; "Zorbex Z300" is its product, no ORG.
        let got = orgs("Zorbex announced a new jet. Airlines ordered the Zorbex Z300 in May.");
        let view: Vec<(&str, Rule)> = got.iter().map(|(t, _, r)| (t.as_str(), *r)).collect();
        assert_eq!(
            view,
            [("Zorbex", Rule::OrgContext), ("Zorbex Z300", Rule::OrgProductModel)]
        );
    }

    #[test]
    fn an_acronym_in_parentheses_is_the_same_entity() {
        let got = orgs("Workers of Penske Motors (PM) struck. PM said in a statement it would talk.");
        let ids: Vec<&str> = got.iter().map(|(_, id, _)| id.as_str()).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(ids.iter().all(|id| *id == ids[0]), "{got:?}");
        assert_eq!(got[1].2, Rule::OrgAcronym);
    }

    #[test]
    fn a_public_bodys_own_name_in_parentheses_is_the_same_entity() {
        let got = orgs(
            "The fine was set by the Competition Authority (Kilpailuvirasto Suomi) on Monday. \
             The Ministry of Digital Affairs (Kementerian Digital) will review it, and Kementerian Digital said so.",
        );
        let view: Vec<(&str, Rule)> = got.iter().map(|(t, _, r)| (t.as_str(), *r)).collect();
        assert!(view.contains(&("Kilpailuvirasto Suomi", Rule::OrgAcronym)), "{got:?}");
        let local: Vec<_> = got.iter().filter(|(t, _, _)| t == "Kementerian Digital").collect();
        assert_eq!(local.len(), 2, "{got:?}");
        let ministry = got.iter().find(|(t, _, _)| t == "Ministry of Digital Affairs").unwrap();
        assert!(local.iter().all(|(_, id, _)| *id == ministry.1), "{got:?}");
        assert_eq!(super::local_name("Rekabet Kurumu) said"), Some(14));
        assert_eq!(super::local_name("Inspection du travail) said"), Some(21));
        // Counter-examples: a place, a day, a note, lower case, a figure.
        assert_eq!(super::local_name("Brazil) said"), None);
        assert_eq!(super::local_name("Tuesday) said"), None);
        assert_eq!(super::local_name("Photo) said"), None);
        assert_eq!(super::local_name("Digitalia) said"), None);
        assert_eq!(super::local_name("in French) said"), None);
        assert_eq!(super::local_name("Form 10) said"), None);
        assert_eq!(super::local_name("Family Division) ruled on it"), None);
        assert_eq!(super::local_name("Disclosure of Insider Holdings) Regulations"), None);
        assert_eq!(super::local_name("Takeover Code) Rules, 2011"), None);
        let got = names("The Ministry of Digital Affairs (pictured) said it would review the sale.");
        assert_eq!(got, ["Ministry of Digital Affairs"]);
    }

    #[test]
    fn a_mixed_case_short_form_in_parentheses_spells_the_initials() {
        // Examples: capitals ("DoT") or all letters ("Sebi", "Dpa") spell the initials.
        let got =
            orgs("Bids were released by the Department of Telecommunications (DoT) on Monday. A DoT official said so.");
        let view: Vec<&str> = got.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(view, ["Department of Telecommunications", "DoT", "DoT"], "{got:?}");
        assert!(got.iter().all(|(_, id, _)| id == &got[0].1), "{got:?}");
        let got = names("The rules were set by the Harwick Procurement Agency (Hpa) last year.");
        assert_eq!(got, ["Harwick Procurement Agency", "Hpa"]);
        // Counter-examples: a word that is not the initials, a lower-case start.
        assert_eq!(
            names("Staff of the Harwick Procurement Agency (Hollins) said the bids were low."),
            ["Harwick Procurement Agency"]
        );
        assert_eq!(
            names("Staff of the Harwick Procurement Agency (hpa) said the bids were low."),
            ["Harwick Procurement Agency"]
        );
        assert!(!super::short_form_of("Hp", "Harwick Procurement Agency"));
    }

    #[test]
    fn a_name_moving_by_a_percentage_mid_sentence_is_a_listed_company() {
        assert_eq!(
            names("Banks led the market higher, while Rightmove rose 1.9 per cent on the day."),
            ["Rightmove"]
        );
        assert_eq!(
            names("On the FTSE 250, Wetherspoon gained 2.7% after a trading update."),
            ["FTSE 250", "Wetherspoon"]
        );
        assert_eq!(
            names("Spirits makers fell: Pernod Ricard fell 2.4 percent in Paris."),
            ["Pernod Ricard"]
        );
        // Counter-examples: a sentence's first word (any noun), an index after
        // "the"/"benchmark", a measure, a move with no percentage.
        assert!(names("Revenue rose 5 per cent in the quarter to March.").is_empty());
        assert!(names("Stocks were mixed, while the benchmark Norvex gained 0.4 per cent.").is_empty());
        assert!(names("Margins held up even as Ebitda rose 4% in the period.").is_empty());
        assert!(names("Oil was weaker and Brent fell 2% to $80 a barrel.").is_empty());
        assert!(names("Markets were calm as Halvorsen rose to speak at the meeting.").is_empty());
    }

    #[test]
    fn an_analyst_firm_acting_on_a_stock_is_a_firm() {
        assert_eq!(
            names("The sell side moved quickly. Berenberg cut its price target to 48 euros."),
            ["Berenberg"]
        );
        assert_eq!(
            names("Brokers turned cautious and Ravensworth upgraded the shares to buy."),
            ["Ravensworth"]
        );
        // Counter-examples: a person named by a first name, a lower-case subject.
        assert!(names("Demand slowed, so analyst Sarah Mills downgraded the stock.").is_empty());
        assert!(names("The agency downgraded the bonds on Friday.").is_empty());
    }

    #[test]
    fn a_name_spread_to_another_occurrence_brings_its_list() {
        // "Brightwater Moss" is known from its cue, then spread: the name
        // beside it in a list is a firm too.
        let got =
            names("Analysts at Brightwater Moss expect a rally. The sale was run by Brightwater Moss and Quenby Hart.");
        assert!(got.iter().any(|n| n == "Quenby Hart"), "{got:?}");
        // Counter-example: a person beside it.
        let got =
            names("Analysts at Brightwater Moss expect a rally. The sale was run by Brightwater Moss and Thomas Reid.");
        assert!(got.iter().all(|n| !n.contains("Thomas")), "{got:?}");
    }

    #[test]
    fn a_sentence_of_known_names_is_no_title_case_heading() {
        let got = names("Goldman Sachs advised Orvane; Morgan Stanley and Quenby & Hart advised Tessaly.");
        assert!(got.iter().any(|n| n == "Quenby & Hart"), "{got:?}");
        // Counter-example: a title-case heading of unknown words stays one.
        let got = names("Orvane Wins Backing From Tessaly Amid Rival Approach For Quenby");
        assert!(got.iter().all(|n| n != "Orvane" && n != "Quenby"), "{got:?}");
    }

    #[test]
    fn an_opening_word_in_a_list_counts_unless_written_in_lower_case() {
        let got = names("Halvard, Temasek and Orla Dunmore Capital also took part.");
        assert!(got.iter().any(|n| n == "Halvard"), "{got:?}");
        // Counter-example: a common word the text also writes in lower case.
        let got = names("Investors and Temasek took part, and other investors followed.");
        assert!(got.iter().all(|n| n != "Investors"), "{got:?}");
    }

    #[test]
    fn people_named_by_their_firm_name_the_firm() {
        assert_eq!(names("The fund is run by a former Quenby banker."), ["Quenby"]);
        assert_eq!(
            names("Asked by a Halvard analyst, the chief executive declined."),
            ["Halvard"]
        );
        assert_eq!(names("She was hired as a senior Orvane executive in 2019."), ["Orvane"]);
        // Counter-examples: a modifier opening the sentence, a lower-case one.
        assert!(names("Energy analysts expect prices to rise this winter.").is_empty());
        assert!(names("Senior bankers left the firm in March.").is_empty());
        assert!(names("He met a former investment banker in Leeds.").is_empty());
    }

    #[test]
    fn an_opening_word_before_a_plural_noun_needs_capitals_elsewhere() {
        let got = names("Orvane engineers built the line, and the design stayed with Orvane for years.");
        assert!(got.iter().any(|n| n == "Orvane"), "{got:?}");
        // Counter-examples: an adjective or a noun opening the sentence.
        assert!(names("Shop workers walked out on Monday over pay.").is_empty());
        assert!(names("Institutional investors bid for twice the shares on offer.").is_empty());
    }

    #[test]
    fn appositions_with_a_place_or_a_trade_word() {
        assert_eq!(
            names("Prices rose, and Halvard, the biggest US distributor, cut orders."),
            ["Halvard"]
        );
        assert_eq!(names("Orvane, Spain's largest grocer, said sales rose."), ["Orvane"]);
        assert_eq!(
            names("Margins fell at the group while Tessaly, the office landlord, held up."),
            ["Tessaly"]
        );
        assert_eq!(
            names("Orders moved elsewhere. Kelvander, the Finnish rival, won two of them."),
            ["Kelvander"]
        );
        assert_eq!(
            names("Fees are high, and Harlow Fairpay, a nonprofit, wants caps."),
            ["Harlow Fairpay"]
        );
        // Counter-examples: a person's title, a place described.
        assert!(names("Prices rose, and Vance, the chief executive, said so.").is_empty());
        assert!(names("Sales grew, and Hallberg, the rival bidder's chairman, left.").is_empty());
        assert!(names("Trade slowed in Lagos, Nigeria's biggest city, in May.").is_empty());
    }

    #[test]
    fn a_possessive_reads_business_nouns_in_its_own_sentence() {
        assert_eq!(names("Analysts said Orvane's shares fell 4%."), ["Orvane"]);
        // Counter-example: the business noun is in the next sentence.
        assert!(names("It has offices on Orvane's Shaw Avenue. Competitors rose.").is_empty());
    }
}
