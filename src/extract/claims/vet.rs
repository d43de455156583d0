//! Vetting: a sentence that matches half a frame yields no claim.
//!
//! The shapes read a claim from a trigger word and whatever parties and
//! figures its sentence holds. Some trigger words name an event only with
//! the rest of their frame; alone, or next to another event's words, they
//! are part of that other event, and claiming them as their own type gives
//! a claim nobody wrote. The rules here take such claims away (or give them
//! to the event they belong to) before figures are assigned. Each rule's
//! type words are data (`data/events/*.toml`: a trigger's `light`, a type's
//! `generic_forms` and `gives_way_to`).
//!
//! | sentence | without vetting | vetted |
//! |---|---|---|
//! | "Brightwater agreed on Monday to be taken over by Oakridge at $18.75 a share" | `contract` | none: "agreed to …" names no deal of its own |
//! | "Rheinwerk agreed in September to buy Norvale" | `contract` | none |
//! | "Fjordvik and Skagerak agreed to merge in an all-share deal valued at NOK 18.4 billion" | `contract` NOK 18.4 billion | `merger` NOK 18.4 billion |
//! | "… announce Settlement and Patent License Agreement" | `contract` | none (the agreement is the license's) |
//! | "Morgan Stanley and Deutsche Bank are the joint global coordinators on the deal." | `contract` Morgan Stanley / Deutsche Bank | the deal claimed a few sentences before, else none |
//! | "OpenAI signed a $38 billion deal with Amazon" | `contract` | `contract` (kept: a deal of its own) |
//! | "Perihelion …, and has signed a multi-year compute agreement with Oracle" | `contract` | `contract` (kept: the round is another clause's) |

use std::ops::Range;

use super::shapes::{find_bytes, occurrences, rfind_bytes};
use super::{Claim, PredicateClass, lexicon};
use crate::extract::rule::Rule;

/// How far after a light verb its event noun may stand ("signed a five-year,
/// $640 million strategic partnership").
const LIGHT_REACH: usize = 64;

/// How many sentences back "the deal" may point.
const BACK_REACH: usize = 6;

/// Determiners that make a deal word point back at one already named.
const DEFINITE: [&str; 7] = ["the ", "this ", "that ", "its ", "their ", "our ", "his "];

/// A trigger word as the sentence holds it, for [`light_verbs`].
pub(super) struct Word {
    pub span: Range<usize>,
    /// A noun that is not a light verb: it can name a light verb's event.
    pub event_noun: bool,
}

/// "agreed on Monday to be taken over", "which Rheinwerk agreed in
/// September": a light verb ("agree", "sign") states an event only with an
/// event noun after it in its clause ("signed a $38 billion deal", "agree
/// £1.2bn merger"); a light verb without one ("vital signs", "agreed to be
/// taken over", "signed it") or before another verb ("agreed in September
/// to buy": that verb states the event) is no claim. `words` are the sentence's trigger
/// words; `clause_end(pos)` the end of the clause holding `pos`.
pub(super) fn light_verbs(claims: &mut Vec<Claim>, words: &[Word], clause_end: impl Fn(usize) -> usize) {
    claims.retain(|c| {
        if c.rule == Rule::ClaimNominal || !is_light(c) {
            return true;
        }
        let end = clause_end(c.span.start).min(c.span.end + LIGHT_REACH);
        words
            .iter()
            .any(|w| w.event_noun && w.span.start >= c.span.end && w.span.start < end)
    });
}

fn is_light(c: &Claim) -> bool {
    c.predicate
        .class
        .def()
        .triggers
        .iter()
        .any(|t| t.light && t.lemma == c.predicate.lemma)
}

/// A generic deal word ("deal", "agreement": a type's `generic_forms`)
/// names the event its sentence states, not a deal of its own:
/// - right after a trigger of a type it `compounds_with` ("Patent License
///   Agreement", "the merger agreement") it is that trigger's noun: no claim
///   ("its exclusive agreement with OpenAI" stays a deal);
/// - framed by the event before it in its clause ("agreed to merge in an
///   all-share deal valued at NOK 18.4 billion", "to be acquired by …, in a
///   deal valued at") it becomes a claim of that event, when its type is one
///   the word `gives_way_to`;
/// - after "the", "this", "its" or a name ("the deal", "the Carrowmere
///   deal") with no party after it, it points back: after a preposition or
///   a subordinator ("knowledge of the deal", "on the deal", "once the deal
///   closes") it adds nothing, no claim; as its clause's subject ("The deal,
///   worth about £1.2bn, …") it becomes the last such event (or deal)
///   claimed in the [`BACK_REACH`] sentences before, else no claim; as a
///   verb's object it stays only with both parties named ("Microsoft and
///   OpenAI had renegotiated the agreement"; not "to fund Norvale deal").
///
/// `entities` are the spans of the sentence's names; `document` the claims
/// of the sentences before (document positions), `index` this sentence.
pub(super) fn generic_deal_words(
    claims: &mut Vec<Claim>,
    lower: &str,
    entities: &[Range<usize>],
    clause_of: impl Fn(usize) -> Range<usize>,
    document: &[Claim],
    index: usize,
) {
    // A nominal claim whose word is one of its type's generic forms; no claim
    // changes before one is read, so a sentence with none (most) is left as
    // it is, with nothing allocated.
    let generic = |c: &Claim| {
        let forms = &c.predicate.class.flags().generic_forms;
        c.rule == Rule::ClaimNominal && {
            let word = lower.get(c.span.clone()).unwrap_or("");
            forms.iter().any(|f| f == word)
        }
    };
    if !claims.iter().any(generic) {
        return;
    }
    let mut drop = vec![false; claims.len()];
    for i in 0..claims.len() {
        let c = &claims[i];
        let flags = c.predicate.class.flags();
        if flags.generic_forms.is_empty() || c.rule != Rule::ClaimNominal {
            continue;
        }
        let word = lower.get(c.span.clone()).unwrap_or("");
        if !flags.generic_forms.iter().any(|f| f == word) {
            continue;
        }
        let of_list =
            |list: &[String], k: PredicateClass| list.iter().any(|t| t == k.key_class().as_str() || t == k.as_str());
        let before = lower.get(..c.span.start).unwrap_or("");
        let compound = claims.iter().enumerate().any(|(j, o)| {
            j != i && o.span.end <= c.span.start && of_list(&flags.compounds_with, o.predicate.class) && {
                let gap = &lower[o.span.end..c.span.start];
                gap.trim().is_empty() && gap.len() <= 1
            }
        });
        if compound {
            drop[i] = true;
            continue;
        }
        let clause = clause_of(c.span.start);
        // "in an all-share deal", "in a $5 billion deal": up to three words between.
        // Only the last occurrence of a frame counts, and only within 40
        // bytes of the word: the search reads the stretch that can hold it.
        let framed = FRAMING.iter().any(|f| {
            let from = before.len().saturating_sub(FRAME_GAP + f.len());
            rfind_bytes(&before.as_bytes()[from..], f.as_bytes()).is_some_and(|i| {
                let gap = &before[from + i + f.len()..];
                gap.len() <= FRAME_GAP && gap.split_whitespace().count() <= 3 && !gap.contains([',', ';'])
            })
        });
        let host = claims
            .iter()
            .enumerate()
            .filter(|(j, o)| {
                framed
                    && *j != i
                    && !drop[*j]
                    && of_list(&flags.gives_way_to, o.predicate.class)
                    && clause.contains(&o.span.start)
                    && o.span.end <= c.span.start
            })
            .max_by_key(|(_, o)| o.span.start)
            .map(|(_, o)| o.clone());
        if let Some(host) = host {
            become_(&mut claims[i], &host);
            continue;
        }
        // The words before the deal phrase: "on [the Carrowmere] deal".
        let name_before = entities
            .iter()
            .find(|e| e.end <= c.span.start && before[e.end..].trim().is_empty());
        let mut head = match name_before {
            Some(e) => &before[..e.start],
            None => before,
        };
        let mut definite = name_before.is_some();
        if let Some(d) = DEFINITE.iter().find(|d| head.ends_with(*d)) {
            head = &head[..head.len() - d.len()];
            definite = true;
        }
        let after = lower.get(c.span.end..).unwrap_or("");
        // "a deal to buy Norvale", "deal to end investor lawsuit": an
        // infinitive holding another type's claim states the event; the
        // deal word is its frame ("a deal to rent computing power" stays).
        if let Some(rest) = after.strip_prefix(" to ") {
            let from = c.span.end + 4;
            let end = clause.end.min(from + rest.len().min(INFINITIVE_REACH));
            let own = c.predicate.class.key_class();
            if claims
                .iter()
                .any(|o| o.span.start >= from && o.span.start < end && o.predicate.class.key_class() != own)
            {
                drop[i] = true;
                continue;
            }
        }
        // A party names a deal of its own only as a name right after "with",
        // "between", "from" ("the deal with Oracle"; not "the size of the
        // deal from the ¥80 billion").
        let party_after = [" with ", " between ", " from "].iter().any(|p| {
            after.starts_with(p) && {
                let at = c.span.end + p.len();
                let at = if lower[at..].starts_with("the ") { at + 4 } else { at };
                entities.iter().any(|e| e.start == at)
            }
        });
        if !definite || party_after {
            continue;
        }
        let last = head.split_whitespace().next_back().unwrap_or("");
        if PASSING.contains(&last) {
            drop[i] = true;
            continue;
        }
        let opening = head[clause.start.min(head.len())..]
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .is_empty();
        if !opening {
            // "had renegotiated the agreement binding the companies": a
            // verb's object stays a deal when its sentence names both
            // parties; "increasing the size of the deal from £500 million",
            // "to fund Norvale deal" name one: the figure is another frame's.
            if c.subject.is_none() || c.object.is_none() {
                drop[i] = true;
            }
            continue;
        }
        let own = c.predicate.class.key_class();
        let earlier = claims[..i]
            .iter()
            .rev()
            .filter(|o| {
                !o.predicate
                    .class
                    .flags()
                    .generic_forms
                    .iter()
                    .any(|f| lower.get(o.span.clone()) == Some(f.as_str()))
            })
            .chain(document.iter().rev().take_while(|o| o.sentence + BACK_REACH >= index))
            .find(|o| {
                o.subject.is_some()
                    && (of_list(&flags.gives_way_to, o.predicate.class) || o.predicate.class.key_class() == own)
            })
            .cloned();
        match earlier {
            Some(e) => become_(&mut claims[i], &e),
            None => drop[i] = true,
        }
    }
    let mut d = drop.into_iter();
    claims.retain(|_| !d.next().unwrap_or(false));
}

/// How far after "deal to" the infinitive's claim may start ("a deal to take over the
/// Norwegian shipping group", "agreement to acquire").
const INFINITIVE_REACH: usize = 48;

/// The most bytes between a frame of [`FRAMING`] and the deal word.
const FRAME_GAP: usize = 40;

/// "in a deal valued at", "as part of a deal": the deal is the frame of the event before it.
const FRAMING: [&str; 8] = [
    " in a ",
    " in an ",
    " in the ",
    " in its ",
    " under a ",
    " under an ",
    " as part of a ",
    " as part of an ",
];

/// Prepositions and subordinators before "the deal" that name it in passing.
const PASSING: [&str; 20] = [
    "of", "on", "after", "before", "for", "about", "in", "into", "from", "to", "over", "under", "with", "once",
    "until", "when", "since", "at", "by", "behind",
];

/// The deal word is a claim of `host`'s event with its parties.
fn become_(c: &mut Claim, host: &Claim) {
    c.predicate.class = host.predicate.class;
    c.subject = host.subject.clone();
    c.object = host.object.clone();
    c.takes_amount = host.predicate.class.takes_amount();
    c.trigger_measure = None;
    // A host without a subject leaves it to anaphora, as its own claim would.
    c.subject_decided = host.subject.is_some();
}

/// Words that may stand between a subject and its verb besides auxiliaries.
const ADVERBS: [&str; 4] = ["now", "also", "still", "already"];

/// "Analysts had forecast a profit of $6.92 billion", "competition lawyers
/// expect", "misses forecasts": a claim of a type in the company's own voice
/// (`own_voice`: guidance) whose trigger has an outsider or a comparison
/// word right before it (auxiliaries and "now", "also" skipped), or an
/// outlet or analyst firm (`sources`), is someone else's expectation: no claim.
/// "The company now expects revenue of", "Sonderline expects", "its
/// full-year revenue forecast" stay.
pub(super) fn outsiders(claims: &mut Vec<Claim>, lower: &str, sources: &[Range<usize>]) {
    claims.retain(|c| {
        if !c.predicate.class.flags().own_voice {
            return true;
        }
        let before = lower.get(..c.span.start).unwrap_or("");
        let mut end = before.len();
        for w in before.split_whitespace().rev().take(4) {
            let bare = w.trim_matches(|ch: char| !ch.is_ascii_alphanumeric());
            if lexicon::AUXILIARIES.contains(&bare) || ADVERBS.contains(&bare) {
                end = before[..end].trim_end().len() - w.len();
                continue;
            }
            if lexicon::OUTSIDER_WORDS.contains(&bare) || lexicon::COMPARISON_WORDS.contains(&bare) {
                return false;
            }
            break;
        }
        !sources
            .iter()
            .any(|s| s.end <= end && before[s.end..end].trim().is_empty())
    });
}

/// "The two companies had combined annual revenue of about NOK 11 billion",
/// "The combined business will have revenue of about £2.3bn": a figure of a
/// type with `group_words` before its trigger in its clause (within
/// [`GROUP_REACH`] bytes) is a group's, no claim of its subject's.
/// "Acme's revenue rose 5%" and "Acme, which combined with Globex in 2024, …;
/// its revenue rose" (another clause) stay.
pub(super) fn group_figures(claims: &mut Vec<Claim>, lower: &str, clause_of: impl Fn(usize) -> Range<usize>) {
    claims.retain(|c| {
        let words = &c.predicate.class.flags().group_words;
        if words.is_empty() {
            return true;
        }
        let clause = clause_of(c.span.start);
        let from = clause.start.max(c.span.start.saturating_sub(GROUP_REACH));
        let Some(before) = lower.get(from..c.span.start) else {
            return true;
        };
        !words.iter().any(|w| {
            occurrences(before, w.as_str()).any(|i| {
                let head_ok = i == 0 || !before.as_bytes()[i - 1].is_ascii_alphanumeric();
                let rest = &before[i + w.len()..];
                head_ok && !rest.starts_with(|ch: char| ch.is_ascii_alphanumeric()) && !rest.starts_with(" with")
            })
        })
    });
}

/// How far before a trigger a group word counts.
const GROUP_REACH: usize = 48;

/// Words before a part's noun that make it the whole company or no part of
/// it ("its continuing operations", "its core business", "the top line").
const WHOLE_COMPANY_WORDS: [&str; 16] = [
    "continuing",
    "discontinued",
    "total",
    "overall",
    "entire",
    "whole",
    "core",
    "own",
    "main",
    "combined",
    "worldwide",
    "world-wide",
    "global",
    "top",
    "bottom",
    "other",
];

/// Words that may open a part's noun phrase ("its", "the", "Acme's").
fn opens_part(w: &str) -> bool {
    matches!(w, "its" | "their" | "the") || w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
}

/// Whether `text` (the sentence in its own case) ends, at `end`, with a
/// part's noun phrase: a determiner or possessive ("its", "the", "Acme's";
/// or, when `bare`, a preposition), one to four describing words (none of
/// [`WHOLE_COMPANY_WORDS`], no figure) and a part's noun of `heads` written
/// in lower case ("its commercial insurance division", "the Courtaulds
/// textile operations", "from commercial property/casualty lines"). "the
/// unit" (no description), "Acme Group" (a name) and "its core business"
/// are none.
fn ends_with_part(text: &str, end: usize, heads: &[String], bare: bool) -> bool {
    let Some(head_text) = text.get(..end) else { return false };
    let mut words = head_text.split_whitespace().rev();
    let Some(head) = words.next() else { return false };
    if !heads.iter().any(|h| h == head) {
        return false;
    }
    for (described, w) in words.take(5).enumerate() {
        // "Alphabet's Google unit": a name right before the noun is the part's own name.
        if described == 0 && w.starts_with(char::is_uppercase) {
            return false;
        }
        let low = w.to_lowercase();
        if opens_part(&low) {
            return described > 0;
        }
        if PART_PREPOSITIONS.contains(&low.as_str()) {
            return bare && described > 0;
        }
        if described == 4
            || WHOLE_COMPANY_WORDS.contains(&low.as_str())
            || matches!(low.as_str(), "of" | "by" | "to" | "with" | "and" | "or" | "a" | "an")
            || w.contains(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '#' | ',' | ';'))
        {
            return false;
        }
    }
    false
}

/// Prepositions that tie a figure to a part ("profit for its … division",
/// "sales at its … unit", "a loss on its … line").
const PART_PREPOSITIONS: [&str; 5] = ["for", "at", "in", "from", "on"];

/// The whitespace-separated words of `s[from..to]` with their byte ranges in `s`.
fn words_at(s: &str, from: usize, to: usize) -> impl Iterator<Item = (Range<usize>, &str)> {
    let part = s.get(from..to).unwrap_or("");
    part.split_whitespace().map(move |w| {
        let start = from + (w.as_ptr() as usize - part.as_ptr() as usize);
        (start..start + w.len(), w)
    })
}

/// Whether the words from `from` to `to` tie a figure to a part: a
/// preposition of [`PART_PREPOSITIONS`] after only the figure's own words
/// ("of $23 million", "$7.2 million"), then within six words a part's noun
/// phrase ([`ends_with_part`]) before any stop.
fn tail_names_part(text: &str, lower: &str, from: usize, to: usize, heads: &[String]) -> bool {
    for (r, w) in words_at(lower, from, to) {
        if PART_PREPOSITIONS.contains(&w) {
            for (r, w) in words_at(lower, r.end, to).take(6) {
                let bare = w.trim_end_matches([',', '.', ';', ':']);
                if ends_with_part(text, r.start + bare.len(), heads, true) {
                    return true;
                }
                if bare.len() < w.len() {
                    return false;
                }
            }
            return false;
        }
        let figure_word = w.contains(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '#'))
            || matches!(
                w,
                "of" | "a" | "an" | "about" | "nearly" | "almost" | "more" | "than" | "million" | "billion"
            );
        if !figure_word {
            return false;
        }
    }
    false
}

/// Words right after a part's noun that make the part the one the figure
/// after it belongs to ("its industrial products segment, where profit
/// soared", "the divested textile operations had operating profit").
const PART_SUBJECT_AFTER: [&str; 10] = [
    ", where",
    " where",
    ", which",
    " which",
    ", whose",
    " had ",
    " posted ",
    " reported ",
    " earned ",
    "'s ",
];

/// "Profit for its commercial insurance division fell 30% to $59 million",
/// "In the diversified businesses segment, profit grew to $64 million",
/// "Leading the gains was its industrial products segment, where profit
/// soared to $155 million", "Aetna had a $23 million loss on its
/// auto/homeowners line, compared with earnings of $33 million": a figure
/// of a type with `segment_words` tied to a part of the company (see
/// [`ends_with_part`]) is the part's, no claim of the company's. Tied: the
/// part follows its trigger ([`tail_names_part`]); or it comes before the
/// trigger in its clause and the part is the subject of what follows
/// ([`PART_SUBJECT_AFTER`]) or opens the clause ("In its … segment,"), or
/// the figure is the comparison of an earlier figure tied so. "Helped by
/// sales at its cloud unit, revenue rose 10%" and "revenue rose 5% on strong
/// demand in its cloud unit" stay.
pub(super) fn segment_figures(
    claims: &mut Vec<Claim>,
    text: &str,
    lower: &str,
    clause_of: impl Fn(usize) -> Range<usize>,
) {
    claims.retain(|c| {
        let heads = &c.predicate.class.flags().segment_words;
        if heads.is_empty() {
            return true;
        }
        let clause = clause_of(c.span.start);
        let to = clause.end.min(lower.len());
        if tail_names_part(text, lower, c.span.end, to, heads) {
            return false;
        }
        let Some(before) = lower.get(clause.start..c.span.start) else {
            return true;
        };
        // A part's noun before the trigger, as the subject of what follows it.
        for (i, _) in before.match_indices([' ', ',', '\'']) {
            let at = clause.start + i;
            let after = &lower[at..];
            if PART_SUBJECT_AFTER.iter().any(|w| after.starts_with(w)) && ends_with_part(text, at, heads, false) {
                return false;
            }
        }
        // "In the diversified businesses segment, …": the clause opens with the part.
        let lead = before.len() - before.trim_start().len();
        let opening = &before[lead..];
        if let Some(p) = ["in ", "at ", "for ", "within ", "among "]
            .iter()
            .find(|p| opening.starts_with(*p))
            && let Some(comma) = opening[p.len()..].find(',')
            && ends_with_part(text, clause.start + lead + p.len() + comma, heads, true)
        {
            return false;
        }
        // The comparison of a figure tied to a part earlier in the clause.
        if super::periods::is_prior_figure(before) {
            for (i, _) in before.match_indices(' ') {
                let at = clause.start + i;
                if tail_names_part(text, lower, at, c.span.start, heads) {
                    return false;
                }
            }
        }
        true
    });
}

/// "Meridia sold 18 million shares on Wednesday night, raising $378
/// million", "Thornbury has sold 45.25 million shares …, raising £186.4
/// million", "priced ¥100 billion of bonds, raising …": a claim of a type
/// whose `proceeds_of` names the type of a claim earlier in its sentence is
/// that claim's proceeds: it becomes that claim (type and parties).
/// "Acme raised $50 million in a round led by Sequoia" and "Acme raised $50
/// million and sold its lab unit" (the sale comes after) stay rounds.
pub(super) fn proceeds(claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let list = &claims[i].predicate.class.flags().proceeds_of;
        if list.is_empty() || claims[i].rule == Rule::ClaimNominal {
            continue;
        }
        let start = claims[i].span.start;
        let sale = claims[..]
            .iter()
            .filter(|o| o.span.end <= start && o.subject.is_some())
            .filter(|o| {
                let k = o.predicate.class;
                list.iter().any(|t| t == k.as_str() || t == k.key_class().as_str())
            })
            .max_by_key(|o| o.span.start)
            .cloned();
        if let Some(sale) = sale {
            become_(&mut claims[i], &sale);
        }
    }
}

/// Analysts' recommendations that are also trade verbs.
const RATING_WORDS: [&str; 3] = ["buy", "sell", "hold"];

/// Words right after a recommendation that make it one ("a buy rating").
const RATING_NOUNS: [&str; 6] = [" rating", " recommendation", " call", " stance", "-rated", " view"];

/// Words before "to"/"a"/"at" that make the next word a recommendation
/// ("upgraded the shares to buy", "rates Solvane a sell", "started at hold").
const RATING_MOVES: [&str; 9] = [
    "upgrad", "downgrad", "rated", "rates", "rating", "initiat", "reiterat", "started", "moved",
];

/// "Nomura: buy, target raised to ¥2,300", "UBS upgraded the stock to buy",
/// "Is it a buy?", "kept a sell rating": an analyst's recommendation, not a
/// trade. A verb claim whose trigger word is "buy", "sell" or "hold" there
/// is no claim ("agreed to buy Norvale", "to sell its stake", "a plan to
/// buy back shares" stay).
pub(super) fn ratings(claims: &mut Vec<Claim>, lower: &str) {
    claims.retain(|c| {
        if c.rule == Rule::ClaimNominal {
            return true;
        }
        let word = lower.get(c.span.clone()).unwrap_or("");
        !(RATING_WORDS.contains(&word) && is_rating(lower, &c.span))
    });
}

fn is_rating(lower: &str, span: &Range<usize>) -> bool {
    let (before, after) = (&lower[..span.start], &lower[span.end..]);
    if RATING_NOUNS.iter().any(|n| after.starts_with(n)) {
        return true;
    }
    // Nothing follows the word in its clause: no object, no figure.
    let bare = after.is_empty() || after.starts_with([',', '.', ';', '?', ')', '"', '\'']);
    let listed = [": ", "(", "'", "\"", "\u{2018}", "\u{201c}"]
        .iter()
        .any(|p| before.ends_with(p));
    if bare && listed {
        return true;
    }
    let Some(head) = [" to ", " a ", " at ", " as a "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return false;
    };
    let ends_clause = bare
        || [" from ", " on ", " with ", " and ", " in "]
            .iter()
            .any(|p| after.starts_with(p));
    let mut from = head.len().saturating_sub(48);
    while !head.is_char_boundary(from) {
        from -= 1;
    }
    let near = &head[from..];
    let near = &near[near.rfind([',', ';', '.']).map_or(0, |i| i + 1)..];
    ends_clause && (RATING_MOVES.iter().any(|m| near.contains(m)) || head.ends_with(" is it") || head == "is it")
}

/// Hedges a figure may carry after "to": "raised to about $30".
const ROUGHLY: [&str; 6] = ["about ", "around ", "roughly ", "nearly ", "almost ", "some "];

/// "Nomura: buy, target raised to ¥2,300 from ¥2,050", "the fee was raised to
/// 2%", "its forecast is raised to EUR 4.1 billion": a verb of a type flagged
/// `to_figure_is_level`, right before "to" and a figure, moves a level named
/// before it (a target, a fee, a forecast); it states no event of its own
/// type: no claim. "raised $40 million to expand", "raised to date" and
/// "raised €20 million, up from" stay (no figure right after "to").
pub(super) fn level_moves(claims: &mut Vec<Claim>, lower: &str) {
    claims.retain(|c| {
        if c.rule == Rule::ClaimNominal || !c.predicate.class.flags().to_figure_is_level {
            return true;
        }
        let Some(rest) = lower.get(c.span.end..).and_then(|r| r.strip_prefix(" to ")) else {
            return true;
        };
        let rest = ROUGHLY.iter().find_map(|h| rest.strip_prefix(h)).unwrap_or(rest);
        !starts_a_figure(rest)
    });
}

/// The text opens with a figure: a digit within its first word's first
/// four characters ("¥2,300", "eur 52", "c$41", "2%").
fn starts_a_figure(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    let first = match word.chars().any(|ch| ch.is_ascii_digit()) {
        true => word,
        // "eur 52", "usd 1.2 billion": a currency code apart from its amount.
        false if word.len() == 3 && word.chars().all(|ch| ch.is_ascii_alphabetic()) => {
            text.split_whitespace().nth(1).unwrap_or("")
        }
        false => "",
    };
    first.chars().take(4).any(|ch| ch.is_ascii_digit())
}

/// A name that stands for where shares trade, not who acts: a stock index
/// ("On the FTSE 250, Wetherspoon rose 5.1%") or an exchange after "on"
/// ("fell 4.1 per cent on the Toronto Stock Exchange", "raised SEK 3.1bn on
/// Nasdaq Stockholm"). No claim takes it as a party: its role is left to
/// the sentence's other names or to anaphora; a type with an `exchange`
/// role (a share-price move, an IPO) keeps it as that role. "Nasdaq agreed
/// to buy Adenza" (an exchange as a company, no "on") keeps it.
pub(super) fn venues(claims: &mut [Claim], venue_ids: &[&str]) {
    for c in claims.iter_mut() {
        if c.subject.as_deref().is_some_and(|s| venue_ids.contains(&s)) {
            c.subject = None;
            c.subject_decided = false;
        }
        // "rose 5.2 per cent to $28.90 on the Nasdaq": a type with an
        // `exchange` role keeps the venue as its object.
        let keeps = c.predicate.class.def().roles[1] == "exchange";
        if !keeps && c.object.as_deref().is_some_and(|s| venue_ids.contains(&s)) {
            c.object = None;
        }
    }
}

/// Words right before a list of banks that make them the deal's agents:
/// underwriters, bookrunners or advisers, not its parties ("arranged by"
/// is left out: a loan's arranger is often its lender).
const AGENT_CUES: [&str; 12] = [
    "underwriters led by ",
    "underwriters including ",
    "underwritten by ",
    "underwriters ",
    "bookrunners ",
    "bookrunners led by ",
    "managers led by ",
    "mandated ",
    "hired ",
    "advised by ",
    "advisers ",
    "advisors ",
];

/// Words of a deal after "hired" that make the names hired its agents
/// ("hired Lazard and Rothschild to run the sale", "mandated … to arrange").
const AGENT_TASKS: [&str; 8] = [
    " to run ",
    " to arrange ",
    " to advise ",
    " to manage ",
    " to lead ",
    " to underwrite ",
    " as ",
    " on ",
];

/// The names a sentence gives as a deal's agents: "sold through underwriters
/// led by Halden Securities", "a syndicate of underwriters led by Ridgeway
/// Capital Markets and Norland Bank", "mandated Banco Austral, Halden and
/// Norland to run the deal" (every name of the list after the cue; after
/// "hired" or "mandated" only with a task after the list). None is a
/// claim's party (see [`without_agents`]): they act for the issuer. "a round led by Halberd Capital",
/// "sold the shares to Ridgeway Capital", "Halden Securities sold 5 million
/// shares" keep theirs. `named` are the sentence's names (spans, ids).
pub(super) fn deal_agents<'a>(lower: &str, named: &[(Range<usize>, &'a str)]) -> Vec<&'a str> {
    let mut sorted: Vec<&(Range<usize>, &str)> = named.iter().collect();
    sorted.sort_by_key(|(span, _)| span.start);
    let agent_at = |k: usize| -> bool {
        // Walk back over the list the name is in ("A, B and C").
        let mut first = k;
        while first > 0 {
            let gap = lower.get(sorted[first - 1].0.end..sorted[first].0.start).unwrap_or("");
            if matches!(gap, ", " | " and " | ", and " | " & ") {
                first -= 1;
            } else {
                break;
            }
        }
        let mut last = k;
        while last + 1 < sorted.len() {
            let gap = lower.get(sorted[last].0.end..sorted[last + 1].0.start).unwrap_or("");
            if matches!(gap, ", " | " and " | ", and " | " & ") {
                last += 1;
            } else {
                break;
            }
        }
        let before = lower.get(..sorted[first].0.start).unwrap_or("");
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(cue) = AGENT_CUES.iter().find(|c| before.ends_with(*c)) else {
            return false;
        };
        if matches!(*cue, "mandated " | "hired ") {
            let after = lower.get(sorted[last].0.end..).unwrap_or("");
            return AGENT_TASKS.iter().any(|t| after.starts_with(t));
        }
        true
    };
    let mut agents: Vec<&str> = Vec::new();
    for (k, (_, id)) in sorted.iter().enumerate() {
        if agent_at(k) && !agents.contains(id) {
            agents.push(id);
        }
    }
    // A name also named as a party elsewhere in the sentence stays a party.
    agents.retain(|id| {
        sorted
            .iter()
            .enumerate()
            .all(|(k, (_, other))| other != id || agent_at(k))
    });
    agents
}

/// A claim whose subject is a deal's agent ([`deal_agents`]) is no claim:
/// the sentence states the agent's task, and its figure is the deal's,
/// read with the parties elsewhere ("the issue will be sold through
/// underwriters led by …"); an agent as the object leaves the object empty.
pub(super) fn without_agents(claims: &mut Vec<Claim>, agents: &[&str]) {
    claims.retain(|c| !c.subject.as_deref().is_some_and(|s| agents.contains(&s)));
    for c in claims.iter_mut() {
        if c.object.as_deref().is_some_and(|o| agents.contains(&o)) {
            c.object = None;
        }
    }
}

/// Cue words that, capitalized right before a capitalized name, are a
/// political title ("President Ortega named", "Vice President Lindqvist
/// resigned"), not a company post ("named Dana Whitcombe president", "the
/// bank's president, Mara Olsen,").
const TITLES_BEFORE_NAMES: [&str; 2] = ["president", "vice"];

/// People in role frames outside business news: a claim of a type with
/// `person_cues` (an appointment, a departure) stands only with a business
/// post in its sentence ("chief executive", "finance director", "joined the
/// board": one of the cues, not as a political title before a name) or with
/// both a person named and an organization as a party ("Halden Bank hired
/// Rui Matos"). Awards and honours ("Jane Doe was named best actress of the
/// festival"), a thing named after someone ("the bridge named after Ada
/// Lovelace"), political offices ("the senator named her envoy", "President
/// Ortega appointed Luis Pardo"), a relative retiring ("his father, Tom
/// Reyes, retired in 1990") are no appointment or departure.
///
/// `person_named`: the sentence holds a person mention; `org_party(id)`: the
/// entity is a company or an organization.
pub(super) fn business_posts(
    claims: &mut Vec<Claim>,
    text: &str,
    lower: &str,
    person_named: bool,
    org_party: impl Fn(&str) -> bool,
) {
    claims.retain(|c| {
        let cues = &c.predicate.class.def().person_cues;
        if cues.is_empty() {
            return true;
        }
        let party = [c.subject.as_deref(), c.object.as_deref()]
            .into_iter()
            .flatten()
            .any(&org_party);
        (person_named && party) || cues.iter().any(|w| business_cue(text, lower, w))
    });
}

/// `word` stands in `lower` as a whole word, somewhere not as a political
/// title before a name (see [`TITLES_BEFORE_NAMES`]).
fn business_cue(text: &str, lower: &str, word: &str) -> bool {
    let bytes = lower.as_bytes();
    occurrences(lower, word).any(|i| {
        let end = i + word.len();
        let bounded = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && (end == bytes.len() || !bytes[end].is_ascii_alphanumeric());
        if !bounded {
            return false;
        }
        if !TITLES_BEFORE_NAMES.contains(&word) {
            return true;
        }
        let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let own = text.get(i..end).unwrap_or("");
        let next = text.get(end..).unwrap_or("").strip_prefix(' ').unwrap_or("");
        !(capital(own) && capital(next))
    })
}

/// "a spokesman, who asked not to be named, said", "was not named in the
/// report", "a successor will be named.": an appointment verb negated, or
/// with nothing after it in its sentence's clause, names nobody to a post.
/// "Jane Doe was named chief executive", "Acme named Rui Matos, 52, as
/// president" stay. `forms`: the trigger words this holds for.
pub(super) fn unnamed_posts(claims: &mut Vec<Claim>, lower: &str, forms: &[&str]) {
    claims.retain(|c| {
        if c.predicate.class.def().person_cues.is_empty() || c.rule == Rule::ClaimNominal {
            return true;
        }
        let word = lower.get(c.span.clone()).unwrap_or("");
        if !forms.contains(&word) {
            return true;
        }
        let after = lower.get(c.span.end..).unwrap_or("");
        let bare = after.trim_start_matches(['"', '\'', '’', '”']);
        if bare.is_empty() || bare.starts_with([',', '.', ';', ')', ':']) {
            return false;
        }
        let before = lower.get(..c.span.start).unwrap_or("");
        !before
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| w == "not" || w.ends_with("n't") || w.ends_with("n’t") || w == "never")
    });
}

/// The appointment verbs [`unnamed_posts`] reads.
pub(super) const UNNAMED_FORMS: [&str; 3] = ["named", "appointed", "replaced"];

/// Words that name a charge, a write-off or a reserve: a line of a
/// period's results, whether a charge ([`is_charge`]) or a result line
/// ([`is_result_line`]).
const CHARGE_LINE_WORDS: [&str; 16] = [
    "charge",
    "charges",
    "write-off",
    "write-offs",
    "writeoff",
    "writeoffs",
    "write-down",
    "write-downs",
    "writedown",
    "writedowns",
    "reserve",
    "reserves",
    "provision",
    "provisions",
    "impairment",
    "impairments",
];

/// Words that name a charge, a write-off, a reserve or a cost: a cost
/// inside a period's result, not the result.
fn is_charge_word(w: &str) -> bool {
    CHARGE_LINE_WORDS.contains(&w) || matches!(w, "charged" | "cost" | "costs" | "expense" | "expenses")
}

/// Words that may stand between a figure and the charge word that names
/// it: "$3.7 million of other write-offs", "an $11 million addition to
/// loan-loss reserves", "charges totaling $23.5 million".
const CHARGE_FILLERS: [&str; 32] = [
    "of",
    "its",
    "their",
    "general",
    "specific",
    "bad-debt",
    "credit",
    "in",
    "a",
    "an",
    "the",
    "pretax",
    "pre-tax",
    "after-tax",
    "one-time",
    "special",
    "nonrecurring",
    "non-recurring",
    "other",
    "additional",
    "restructuring",
    "noncash",
    "non-cash",
    "addition",
    "to",
    "loan-loss",
    "loan",
    "loss",
    "totaling",
    "totalling",
    "about",
    "some",
];

/// "pretax charges of $4.9 million", "a $62 million write-off", "charged
/// about $46 million against earnings", "$20 million in loan loss reserves",
/// "$15 million in costs related to an outage": the figure at `span` is a
/// charge, a write-off, a reserve or a cost, which a period's result
/// (profit, revenue, earnings per share) does not take as its own. The
/// charge word is the first word that is no filler on either side of the
/// figure, in its clause; "a net loss of $5 million, including a $2 million
/// charge" keeps $5 million, and "net income before charges was $9 million",
/// "a loss of $5 million on costs" (a word that is no filler comes first)
/// keep theirs.
pub(super) fn is_charge(lower: &str, span: &Range<usize>) -> bool {
    names_figure(lower, span, true, is_charge_word)
}

/// The first word that is no filler ([`CHARGE_FILLERS`]) after the figure
/// at `span` (up to seven words), else the first before it (up to four),
/// in its clause, is one `named` accepts. With `loss_names`, "loss" before
/// the figure is such a first word though a filler after it ("a loss of
/// $5 million" is no charge; "$5 million in loan loss reserves" is).
fn names_figure(lower: &str, span: &Range<usize>, loss_names: bool, named: impl Fn(&str) -> bool) -> bool {
    // The words are compared in place (no copy per word: read per figure).
    fn word(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
    }
    // The stops are ASCII: found byte by byte, as `str::find` finds them.
    let after = lower.get(span.end..).unwrap_or("");
    let after = &after[..after
        .bytes()
        .position(|b| matches!(b, b',' | b';' | b'.' | b'(' | b':'))
        .unwrap_or(after.len())];
    let first_after = after
        .split_whitespace()
        .take(7)
        .map(word)
        .find(|w| !CHARGE_FILLERS.contains(w));
    if first_after.is_some_and(&named) {
        return true;
    }
    let before = lower.get(..span.start).unwrap_or("");
    let before = &before[before
        .bytes()
        .rposition(|b| matches!(b, b',' | b';' | b'(' | b':'))
        .map_or(0, |i| i + 1)..];
    let (last, n) = super::shapes::last_words::<4>(before);
    let first_before = last[..n]
        .iter()
        .copied()
        .map(word)
        .find(|w| !CHARGE_FILLERS.contains(w) || (loss_names && *w == "loss"));
    first_before.is_some_and(named)
}

/// Words that name a line of a period's results rather than a deal's sum:
/// a charge, a write-off, a reserve or a gain. Narrower than
/// [`is_charge_word`]: a cost or an expense may be a deal's price ("bought
/// the plant at a cost of $300 million").
fn is_result_line_word(w: &str) -> bool {
    CHARGE_LINE_WORDS.contains(&w) || matches!(w, "gain" | "gains")
}

/// "a $9.5 million charge related to a fixed-price contract", "a write-off
/// of $60 million to cover overruns on two contracts", "a $2.2 million
/// gain from the sale of its warehouse": the money figure at `span` is a line of a period's results
/// (the word that names it is the first word that is no filler on either
/// side, in its clause, as in [`is_charge`]), which no deal, contract,
/// sale or valuation of the sentence takes as its figure. "agreed to buy
/// the contract for $4.7 million" and "the $300 million sale" keep theirs.
pub(super) fn is_result_line(lower: &str, span: &Range<usize>) -> bool {
    names_figure(lower, span, false, is_result_line_word)
}

/// "a $3.1 million gain, or 9 cents a share", "charges of $12 million, or
/// 30 cents a share": the figure at `span` restates the result line at
/// `prev` per share (joined by ", or ", with at most the line's own words
/// between).
pub(super) fn restates_line(lower: &str, prev: &Range<usize>, span: &Range<usize>) -> bool {
    lower
        .get(prev.end..span.start)
        .and_then(|gap| gap.strip_suffix(", or "))
        .is_some_and(|words| {
            words
                .split_whitespace()
                .all(|w| is_result_line_word(w) || CHARGE_FILLERS.contains(&w))
        })
}

/// Words before an earnings figure whose per-share form follows it.
const EARNINGS_WORDS: [&str; 12] = [
    "earned", "earnings", "earning", "income", "net", "profit", "profits", "loss", "losses", "lost", "gain", "gains",
];

/// "a second-quarter loss of $4.1 million, or 22 cents a share", "earned
/// $8.4 million, or 61 cents a share", "had net of $3 million, or nine cents
/// a share": the per-share figure at `span` restates the earnings figure at
/// `prev` (joined by ", or " alone, an earnings word among the four words
/// before it in its clause). "sold 400,000 shares for $2 million, or $5 a
/// share" is a sale's price per share.
pub(super) fn is_earnings_per_share(lower: &str, prev: &Range<usize>, span: &Range<usize>) -> bool {
    let gap = lower.get(prev.end..span.start).unwrap_or("");
    if !matches!(gap, ", or " | " or ") {
        return false;
    }
    let before = lower.get(..prev.start).unwrap_or("");
    let before = &before[before.rfind([',', ';', '(', ':']).map_or(0, |i| i + 1)..];
    before.split_whitespace().rev().take(4).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        EARNINGS_WORDS.contains(&w)
    })
}

/// Words that may stand between a participle and "by" in a passive
/// without its auxiliary: a share ("controlled 50.1% by", "owned 40 per
/// cent by") or a manner ("owned jointly by", "held indirectly by").
const PARTICIPLE_FILLERS: [&str; 9] = [
    "jointly",
    "partly",
    "indirectly",
    "directly",
    "about",
    "roughly",
    "some",
    "per",
    "cent",
];

/// A participle trigger read as a passive that no auxiliary marks: the
/// agent after "by" acts, the name before it is acted on.
/// - "Halvorsen Shipping ASA, which is 61%-owned by Brekke Holdings ASA",
///   "Nordwind GmbH, majority-owned by Castell Capital AG", "a brewer owned
///   jointly by Tamura Corp. and …", "Ferrand SA is controlled 50.1% by …":
///   the agent is the subject (the holder, the buyer), the nearest name
///   before the participle the object; the subject is decided.
/// - "owned by Toronto's Thomson family": the holder is a possessive's head
///   that no name gives: no claim.
/// - "a family-owned brewer", "state-owned Rhone Poulenc": a participle
///   glued by a hyphen to a word, with no "by" after it, is an adjective:
///   no claim of its own ("61%-owned by X" and "majority-owned by X" are
///   passives).
///
/// "Kestrel Foods owns 12% of Varden", "Acme owned 5% of Globex by the end
/// of June" (no name right after "by"), "Acme was acquired by Globex" (the
/// shapes' own passive) stay. `entities`: the sentence's names (span, id).
pub(super) fn bare_passives(claims: &mut Vec<Claim>, lower: &str, entities: &[(Range<usize>, &str)]) {
    claims.retain_mut(|c| {
        if c.rule != Rule::ClaimVerb {
            return true;
        }
        let word = lower.get(c.span.clone()).unwrap_or("");
        if !word.ends_with("ed") {
            return true;
        }
        let before = lower.get(..c.span.start).unwrap_or("");
        // "state-owned", "family-owned": a word glued before the participle
        // that names no share ("30%-owned", "majority-owned" do).
        let glued = before.strip_suffix('-').is_some_and(|b| {
            let w = b.rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
            w.chars().next().is_some_and(char::is_alphabetic) && !SHARE_WORDS.contains(&w)
        });
        let after = lower.get(c.span.end..).unwrap_or("");
        let Some(agent_at) = by_after(after).map(|at| c.span.end + at) else {
            return !glued;
        };
        // "by Brekke Holdings", "by investor Kirk Kerkorian", "by a group of
        // investors led by Blackstone": the first name after "by", within
        // [`AGENT_REACH`] and its clause; none there, the agent is nobody
        // named and the claim's roles would be the wrong way round.
        let tail = lower.get(agent_at..).unwrap_or("");
        let reach = agent_at + tail.find([',', ';', '(']).unwrap_or(tail.len()).min(AGENT_REACH);
        let Some((span, agent)) = entities.iter().find(|(s, _)| s.start >= agent_at && s.start < reach) else {
            return false;
        };
        let rest = lower.get(span.end..).unwrap_or("");
        if rest.starts_with("'s ") || rest.starts_with("’s ") {
            return false;
        }
        // The name the participle follows: not a place after "of" ("Ramada
        // Inc., of Phoenix"), nor one before another "by" (another agent).
        let patient = entities
            .iter()
            .rev()
            .filter(|(s, id)| s.end <= c.span.start && id != agent)
            .take_while(|(s, _)| {
                let gap: &str = &lower[s.end..c.span.start];
                find_bytes(gap.as_bytes(), b" by ").is_none()
            })
            .find(|(s, _)| {
                let lead = lower[..s.start].trim_end_matches("the ");
                !LEADS.iter().any(|p| lead.ends_with(p))
            })
            .map(|(_, id)| id.to_string());
        c.subject = Some(agent.to_string());
        c.object = patient;
        c.subject_decided = true;
        c.rule = Rule::ClaimPassive;
        true
    });
}

/// Words glued before a participle that name a share ("majority-owned").
const SHARE_WORDS: [&str; 6] = ["majority", "minority", "wholly", "partly", "jointly", "fully"];

/// Prepositions before a name that make it no patient of a participle.
const LEADS: [&str; 6] = [" of ", " in ", " at ", " from ", " for ", " by "];

/// How far after "by" a participle's agent may start.
const AGENT_REACH: usize = 40;

/// Where the agent starts after a participle: "by" right after it, or
/// after a figure or a manner word ("50.1% by", "40 per cent by", "jointly
/// by"); none across a comma or after any other word.
fn by_after(after: &str) -> Option<usize> {
    if !after.starts_with(' ') {
        return None;
    }
    let mut at = 0;
    for w in after.split(' ').skip(1).take(4) {
        let start = at + 1;
        at = start + w.len();
        if w == "by" {
            return Some(at + 1);
        }
        let figure = !w.is_empty()
            && w.trim_end_matches('%')
                .chars()
                .all(|ch| ch.is_ascii_digit() || ch == '.');
        if !(figure || PARTICIPLE_FILLERS.contains(&w)) {
            return None;
        }
    }
    None
}

/// How far after the trigger the percent of a market may stand ("holds
/// about 23% of the world-wide market").
const MARKET_REACH: usize = 40;

/// "Du Pont holds about 23% of the world-wide market", "Kanto Steel owns
/// 30 per cent of Japan's steel exports": a percent "of" a market, an
/// industry's output or its sales (a type's `market_words`, written in
/// lower case within the next six words, before any capitalized one but a
/// possessive's) is a market share: no claim of the type (a stake).
/// "Rivermark holds 8% of Ostara Pigments", "owns 12% of Market Street
/// Bancorp" (a capitalized name) stay.
pub(super) fn market_shares(claims: &mut Vec<Claim>, text: &str, lower: &str) {
    claims.retain(|c| {
        let words = &c.predicate.class.flags().market_words;
        if words.is_empty() {
            return true;
        }
        let from = c.span.end;
        let to = floor(lower, from + MARKET_REACH);
        let Some(window) = lower.get(from..to) else {
            return true;
        };
        let Some(of) = ["% of ", " percent of ", " per cent of "]
            .iter()
            .filter_map(|p| find_bytes(window.as_bytes(), p.as_bytes()).map(|i| from + i + p.len()))
            .min()
        else {
            return true;
        };
        let rest = text.get(of..).unwrap_or("");
        for w in rest.split_whitespace().take(6) {
            let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
            if words.iter().any(|m| m == bare) {
                return false;
            }
            let possessive = w.ends_with("'s") || w.ends_with("’s");
            if bare.starts_with(char::is_uppercase) && !possessive || w.ends_with([',', ';', '.']) {
                return true;
            }
        }
        true
    });
}

/// Nouns of a holder that no name gives: a family, the state, founders,
/// staff or investors at large.
const UNNAMED_HOLDERS: [&str; 12] = [
    "family",
    "families",
    "government",
    "state",
    "founder",
    "founders",
    "promoter",
    "promoters",
    "employees",
    "staff",
    "management",
    "investors",
];

/// Verbs of holding that, after an unnamed holder, make the name after
/// them the company held ("the Ostrova family controls Pelmark with a 61%
/// stake").
const HOLDING_VERBS: [&str; 8] = ["controls", "owns", "holds", "keeps", "retains", "has", "control", "own"];

/// Words between an unnamed holder and a holding verb that is the trigger
/// ("the founding family, which owns 35% of the company").
const RELATIVE_GAPS: [&str; 6] = [" ", ", which ", ", who ", " which ", " that ", ", that "];

/// How far before its trigger an unnamed holder may stand.
const HOLDER_REACH: usize = 64;

/// A holding (a type whose first role is the holder: a stake) whose holder
/// the sentence names with a noun, not a name ("The Ostrova family controls
/// Pelmark with a 61% stake", "the founding family, which owns 35% of the
/// company", "The family keeps a 40 per cent stake") has no named holder:
/// the company named is the one held, so the claim, which would give the
/// company as its own holder, is none. "Toyota, which holds a 12.4% stake in
/// Ishiyama", "Halvorsen Holding owns 40% of Brava", "Stellan Asset
/// Management, which owns 7%" (named holders: `names` are the sentence's
/// names, whose words are no holder nouns) and
/// "Norfjell Invest, the family's holding company, owns 40%" keep theirs.
pub(super) fn unnamed_holders(claims: &mut Vec<Claim>, lower: &str, names: &[Range<usize>]) {
    claims.retain(|c| {
        if c.predicate.class.def().roles[0] != "holder" {
            return true;
        }
        let from = floor(lower, c.span.start.saturating_sub(HOLDER_REACH));
        let Some(before) = lower.get(from..c.span.start) else {
            return true;
        };
        let trigger = lower.get(c.span.clone()).unwrap_or("");
        let verb_trigger = HOLDING_VERBS.contains(&trigger);
        // The last unnamed holder noun before the trigger, as a whole word.
        let mut at = None;
        for h in UNNAMED_HOLDERS {
            let mut search = before;
            while let Some(i) = rfind_bytes(search.as_bytes(), h.as_bytes()) {
                let start = i;
                let end = i + h.len();
                // A word of a name is no holder noun ("Stellan Asset Management").
                let named = names.iter().any(|n| n.start <= from + start && from + end <= n.end);
                let whole = !named
                    && !search[..start].ends_with(|ch: char| ch.is_alphanumeric())
                    && !before[end..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '\'' || ch == '\u{2019}');
                if whole {
                    if at.is_none_or(|(a, _)| end > a) {
                        at = Some((end, h));
                    }
                    break;
                }
                search = &search[..start];
            }
        }
        let Some((end, _)) = at else {
            return true;
        };
        let gap = &before[end..];
        if verb_trigger && RELATIVE_GAPS.contains(&gap) {
            return false;
        }
        // "family controls Pelmark with a 61% stake": a holding verb right
        // after the holder noun, the trigger later in its clause.
        let parted = [", ", "; ", ". "].iter().any(|p| gap.contains(p));
        let holds = gap
            .split_whitespace()
            .next()
            .is_some_and(|w| HOLDING_VERBS.contains(&w));
        parted || !holds
    });
}

/// Nouns of a holding that a name right before them modifies as the company
/// held ("its Ostrevo Chemicals stake", "the fund's Corvell Bank holding").
const HOLDING_NOUNS: [&str; 5] = ["stake", "stakes", "holding", "shareholding", "position"];

/// Possessive words that, right before "<name> stake", own the holding.
const HOLDING_POSSESSIVES: [&str; 4] = ["its", "their", "his", "her"];

/// Words a pronoun holder may carry before its holding verb ("the 18.7% it
/// already owns", "that it currently holds").
const HOLDER_ADVERBS: [&str; 4] = ["already", "currently", "still", "now"];

/// Pronouns that, right before a holding verb, are its holder.
const HOLDER_PRONOUNS: [&str; 2] = ["it", "they"];

/// A holding's held company taken as its holder (a type whose first role is
/// the holder: a stake):
/// - "Harwick Partners began raising its Ostrevo Chemicals stake and now holds
///   11.2%", "the fund lifted its Corvell Bank holding to 6.5%": a name right
///   before a holding noun, after a possessive ("its", "their", a name's
///   "'s"), is the company held. A claim giving it as the holder takes it as
///   the company and, as the holder, the possessor's name ("Rivermark
///   Capital's Tavish Mining stake") or else the last name before the
///   possessive in its sentence ("Harwick Partners … its"); with neither it
///   is no claim (the holder is unnamed).
/// - "boost its stake in Navigation Mixte to 66.7%, from the 18.7% it
///   already owns": a holding verb whose subject is a pronoun ("it", "they")
///   has the holder of the holding claimed before it in the sentence; a
///   claim that gives the last name before the pronoun as holder takes that
///   claim's parties when that name is its company ("Crane said it holds
///   8.9%", with no such claim, keeps its holder).
///
/// "Orca Holdings raised its stake in Tavish Mining to 12%", "Tavish Mining's
/// largest shareholder is Orca Holdings" keep theirs.
/// `named` are the sentence's names (spans, ids).
pub(super) fn held_as_holders(claims: &mut Vec<Claim>, lower: &str, named: &[(Range<usize>, &str)]) {
    let is_holding = |c: &Claim| c.predicate.class.def().roles[0] == "holder";
    // Names right before a holding noun after a possessive: (name index, holder id if any).
    let mut held: Vec<(&str, Option<&str>)> = Vec::new();
    for (i, (span, id)) in named.iter().enumerate() {
        let Some(after) = lower.get(span.end..) else {
            continue;
        };
        let noun = after.strip_prefix(' ').is_some_and(|rest| {
            HOLDING_NOUNS.iter().any(|n| {
                rest.strip_prefix(n)
                    .is_some_and(|tail| !tail.starts_with(|ch: char| ch.is_alphanumeric()))
            })
        });
        if !noun {
            continue;
        }
        let before = lower.get(..span.start).unwrap_or("").trim_end_matches(' ');
        let pronoun = HOLDING_POSSESSIVES.iter().any(|p| {
            before
                .strip_suffix(p)
                .is_some_and(|head| head.is_empty() || head.ends_with(|ch: char| !ch.is_alphanumeric()))
        });
        // "Rivermark Capital's Tavish Mining stake": the name before "'s".
        let owner = named[..i].iter().rev().find(|(s, _)| {
            lower
                .get(s.end..span.start)
                .is_some_and(|gap| matches!(gap, "'s " | "\u{2019}s " | "' " | "\u{2019} "))
        });
        let holder = match owner {
            Some((_, o)) => Some(*o),
            None if pronoun => {
                // the last other name before the possessive
                named[..i].iter().rev().find(|(_, o)| o != id).map(|(_, o)| *o)
            }
            None => continue,
        };
        held.push((id, holder));
    }
    // Claims before their pronoun holders, to take their parties.
    let prior: Vec<(usize, Option<String>, Option<String>)> = claims
        .iter()
        .filter(|c| is_holding(c))
        .map(|c| (c.span.start, c.subject.clone(), c.object.clone()))
        .collect();
    claims.retain_mut(|c| {
        if !is_holding(c) {
            return true;
        }
        let Some(subject) = c.subject.clone() else {
            return true;
        };
        if let Some((_, holder)) = held.iter().find(|(id, _)| *id == subject) {
            let Some(holder) = holder else {
                return false;
            };
            if c.object.as_deref().is_some_and(|o| o != subject) {
                return false;
            }
            c.subject = Some((*holder).to_string());
            c.object = Some(subject);
            return true;
        }
        // "the 18.7% it already owns"
        let before = lower.get(..c.span.start).unwrap_or("").trim_end();
        let mut head = before;
        while let Some(h) = HOLDER_ADVERBS.iter().find_map(|a| {
            head.strip_suffix(a)
                .filter(|h| h.is_empty() || h.ends_with(' '))
                .map(str::trim_end)
        }) {
            head = h;
        }
        let pronoun = HOLDER_PRONOUNS.iter().any(|p| {
            head.strip_suffix(p)
                .is_some_and(|h| h.is_empty() || h.ends_with(|ch: char| !ch.is_alphanumeric()))
        });
        if !pronoun {
            return true;
        }
        let pron_at = head.len();
        // The last name before the pronoun, when the claim gives it as holder.
        let Some((_, last)) = named.iter().rev().find(|(s, _)| s.end <= pron_at) else {
            return true;
        };
        if *last != subject {
            return true;
        }
        match prior
            .iter()
            .find(|(at, s, o)| *at < c.span.start && o.as_deref() == Some(subject.as_str()) && s.is_some())
        {
            Some((_, s, o)) => {
                c.subject = s.clone();
                c.object = o.clone();
                true
            }
            None => true,
        }
    });
}

/// The largest char boundary of `s` at or before `at`.
fn floor(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "U.S. crude CLc1 fell 3.4%", "Copper CMCU3 rose 0.9%", "the Nikkei
/// average fell 1.2%", "Tavira's dollar bonds fell 2 cents": a claim of a
/// type with `traded_goods` whose subject is a quote code after a good's
/// word, a good's word followed only by codes, or a name with a good's word
/// between it and the trigger, is the move of a commodity, currency, index
/// or bond, not of a company's shares: no claim. "Halden Mining fell 4%",
/// "Shares of Gold Fields Ltd rose 2%" (a good's word inside a company's
/// name) and "Orrin Oil Corp shares fell" stay.
/// `entities`: the sentence's names (span, id); `text` the sentence's text.
pub(super) fn traded_goods(claims: &mut Vec<Claim>, text: &str, lower: &str, entities: &[(Range<usize>, &str)]) {
    claims.retain(|c| {
        let goods = &c.predicate.class.flags().traded_goods;
        if quoted_per_unit(lower, c.span.end, &c.predicate.class.flags().quote_units) {
            return false;
        }
        let Some(subject) = c.subject.as_deref() else {
            return true;
        };
        if goods.is_empty() {
            return true;
        }
        let good = |w: &str| {
            let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric());
            goods.iter().any(|g| g == bare)
        };
        // The subject's name nearest the trigger.
        let Some((span, _)) = entities
            .iter()
            .filter(|(s, id)| *id == subject && s.end <= c.span.start)
            .max_by_key(|(s, _)| s.end)
        else {
            return true;
        };
        let before = lower.get(..span.start).unwrap_or("");
        let name = text.get(span.clone()).unwrap_or("");
        let between = lower.get(span.end..c.span.start).unwrap_or("");
        let code = |w: &str| w.chars().any(|ch| ch.is_ascii_digit() || ch == '=');
        let mut words = name.split_whitespace();
        let good_then_codes = words.next().is_some_and(|w| good(&w.to_lowercase())) && {
            let rest: Vec<&str> = words.collect();
            !rest.is_empty() && rest.iter().all(|w| code(w))
        };
        let good_before = before.split_whitespace().next_back().is_some_and(good) && name.split_whitespace().all(code);
        let good_between = between.len() <= GOODS_GAP && between.split_whitespace().any(good);
        !(good_then_codes || good_before || good_between)
    });
}

/// "fell 1.4% to $16,250 a tonne", "rose 0.8% to $82.10 a barrel": after
/// the trigger (ending at `from`), a figure after "to" or "at" with one of
/// `units` right after it ([`QUOTE_REACH`] bytes at most); "rose 4% after
/// copper hit $9,000 a tonne" (no "to" or "at") and "rose 2% to 120p, while
/// Brent rose to $82 a barrel" (another clause's) are none.
fn quoted_per_unit(lower: &str, from: usize, units: &[String]) -> bool {
    let Some(after) = lower.get(from..floor(lower, from + QUOTE_REACH + 60)) else {
        return false;
    };
    units.iter().any(|u| {
        occurrences(after, u.as_str()).any(|at| {
            let head = &after[..at];
            // Another clause's quote: "rose 2% to 120p, while Brent rose to $82 a barrel".
            if !head.ends_with(' ') || at > QUOTE_REACH + 40 || head.contains([',', ';']) || head.contains(" while ") {
                return false;
            }
            let near = &head[floor(head, head.len().saturating_sub(QUOTE_REACH))..];
            [" to ", " at "].iter().any(|p| {
                rfind_bytes(near.as_bytes(), p.as_bytes()).is_some_and(|i| {
                    let figure = near[i + p.len()..].trim_end();
                    !figure.is_empty() && !figure.contains(' ') && figure.chars().any(|ch| ch.is_ascii_digit())
                })
            })
        })
    })
}

/// How far before a quote's unit its figure may start ("to US$16,250.50 ").
const QUOTE_REACH: usize = 20;

/// How far between a subject's name and its trigger a good's word may stand ("the Nikkei 225 average").
const GOODS_GAP: usize = 24;

/// "Torvane Mining closed up 8.3% at 4,120 yen, the stock's largest gain
/// since June", "shares slipped 2% in early trading before paring losses",
/// "Oslo shares ended higher, with gains in shippers": a trigger that also
/// names a quoted price's move (its `trading_words`), with one of those
/// words in its clause and no result-sized money figure there (`results`:
/// the spans of money figures with a scale word or of 100,000 or more, no
/// price per share), is the shares' move, not a result of its type: no
/// claim. "posted a net loss of 850,000 euros as its shares fell 6%" and
/// "booked a gain of £40 million …, and its shares rose" keep theirs.
pub(super) fn quote_moves(
    claims: &mut Vec<Claim>,
    lower: &str,
    clause_of: impl Fn(usize) -> Range<usize>,
    results: &[Range<usize>],
) {
    claims.retain(|c| {
        let Some(trigger) = c
            .predicate
            .class
            .def()
            .triggers
            .iter()
            .find(|t| t.lemma == c.predicate.lemma && !t.trading_words.is_empty())
        else {
            return true;
        };
        let clause = clause_of(c.span.start);
        let Some(words) = lower.get(clause.clone()) else {
            return true;
        };
        let trading = words
            .split(|ch: char| !ch.is_ascii_alphanumeric())
            .any(|w| trigger.trading_words.iter().any(|t| t == w));
        !trading || results.iter().any(|r| clause.start <= r.start && r.end <= clause.end)
    });
}

/// Words that may open the object of a buy verb before what is bought.
const BUY_DETERMINERS: [&str; 7] = ["the", "a", "an", "its", "their", "his", "her"];

/// Words that end a buy verb's object before a company could be named in it
/// ("bought back", "bought more stock from", "spent heavily on"); "of" only
/// after the name: before it, it joins the object's description ("a
/// majority of …", "the rest of …", "purchase of Quebec-based …").
const BUY_STOPS: [&str; 22] = [
    "of", "from", "for", "with", "on", "in", "to", "at", "by", "and", "or", "but", "into", "about", "that", "which",
    "who", "back", "up", "out", "as", "than",
];

/// Heads of a company's description that [`lexicon::COMPANY_KIND_WORDS`]
/// leaves out (they name no subject alone, but do before a name: "clinic
/// network Lakeshore", "its rival Zenith").
const DESCRIPTION_HEADS: [&str; 8] = [
    "network",
    "rival",
    "specialist",
    "provider",
    "supplier",
    "distributor",
    "platform",
    "business",
];

/// What a company's name may be followed by when it is what was bought ("the
/// Marlowe brand", "the Acme business"): its parts, not its goods.
const OWNED_PARTS: [&str; 9] = [
    "brand",
    "brands",
    "business",
    "businesses",
    "unit",
    "division",
    "arm",
    "chain",
    "operations",
];

/// Lower-case words after a bought name that end its noun phrase, so the
/// name is the whole object: a preposition or conjunction ("Tarn for $5m",
/// "Tarn and its debt"), a relative pronoun, an auxiliary or modal ("the
/// purchase of Tarn was cleared", "buying Tarn would"), a time word ("Tarn
/// last year", "Tarn outright"), a pronoun opening a clause ("the rest of
/// Tarn it did not own"). Any other lower-case word is a noun the
/// name modifies ("Tarn chips", "a former Tarn plant"): goods, no company.
const AFTER_BOUGHT_NAME: [&str; 39] = [
    "after",
    "before",
    "since",
    "until",
    "when",
    "while",
    "if",
    "because",
    "so",
    "via",
    "through",
    "under",
    "over",
    "this",
    "last",
    "earlier",
    "next",
    "outright",
    "yesterday",
    "today",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "it",
    "they",
    "he",
    "she",
    "we",
];

/// A percentage written out ("the six percent of …", "40 per cent of …"):
/// a share of a company bought is a stake, never the company.
const PERCENT_WORDS: [&str; 3] = ["percent", "cent", "pct"];

/// How many words a company's description may take between the verb (and
/// its determiner) and the name ("bought Dutch soup maker …", "to buy
/// Oregon clinic network …").
const DESCRIPTION_WORDS: usize = 5;

/// The one rule deciding whether a buy verb's object is a company (an
/// acquisition) or goods, shares or a part of one (a purchase): "bought
/// Acme" is an acquisition, "bought Acme chips" a purchase. `rest` is the
/// text after the verb to its clause's end; `names` the spans in `rest` of
/// the organizations found there (no person, product or index, no
/// possessive "X's"). The object is an optional determiner, then a
/// description of at most [`DESCRIPTION_WORDS`] plain words (a place's
/// possessive "Norway's" is one, and "of": "a majority of", "purchase of";
/// a figure, a written-out percentage, a word of [`BUY_STOPS`] or
/// [`AFTER_BOUGHT_NAME`] ends it), then either
/// - a name that ends the noun phrase: nothing, a capitalized word, a
///   figure or a word of [`BUY_STOPS`], [`AFTER_BOUGHT_NAME`] or
///   [`OWNED_PARTS`] ("the … brand") follows, or a verb in "-ed" ("its
///   purchase of Tarn closed"); a lower-case noun after it is what the name
///   makes ("Tarn chips", "a former Tarn plant"), goods;
/// - or a capitalized word right after a company's kind word ("maker",
///   "chain", "rival", "network"): the name the orgs rule missed
///   ("Portuguese cork producer Quinta Serrado").
///
/// The test table `BOUGHT_OBJECTS` holds the examples and counter-examples;
/// in short:
///
/// | the buy verb, then `rest` (name in bold) | a company? |
/// |---|---|
/// | "bought **Tarn Foods** for $5m" | yes |
/// | "bought Danish dairy maker **Kvist Mejeri** for DKK 900 million" | yes |
/// | "buy a majority of **Strand Logistics**" | yes |
/// | "bought the **Fennick Holdings** brand and 20 shops" | yes |
/// | "purchase of **Drayton Analytics** closed in March" | yes |
/// | "bought **Nokia** phones for staff" | no: goods |
/// | "purchased a former **Orrin Electronics** plant" | no: goods |
/// | "bought more milk from supplier **Kvist Mejeri**" | no: a preposition |
/// | "bought $40 million of **Tarn** stock" | no: a figure |
/// | "buy the six percent of **Tarn** that the state owns" | no: a stake |
pub(super) fn company_bought(rest: &str, names: &[Range<usize>]) -> bool {
    let mut words = Vec::new();
    let mut at = 0;
    for w in rest.split(' ') {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    let mut i = 0;
    if words
        .first()
        .is_some_and(|(_, w)| BUY_DETERMINERS.contains(&w.to_ascii_lowercase().as_str()))
    {
        i = 1;
    }
    let is_head = |w: &str| {
        let w = w.to_ascii_lowercase();
        lexicon::COMPANY_KIND_WORDS.contains(&w.as_str()) || DESCRIPTION_HEADS.contains(&w.as_str())
    };
    let described_from = i;
    while let Some(&(start, w)) = words.get(i) {
        if let Some(name) = names.iter().find(|n| n.start == start) {
            return ends_object(&rest[name.end.min(rest.len())..]);
        }
        // A place's possessive describes ("Norway's Tarn"); a name's is no name here.
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        let plain = bare.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.'));
        let lower = w.to_ascii_lowercase();
        let stop = lower != "of"
            && (BUY_STOPS.contains(&lower.as_str())
                || AFTER_BOUGHT_NAME.contains(&lower.as_str())
                || PERCENT_WORDS.contains(&lower.as_str()));
        if !plain || stop || i - described_from >= DESCRIPTION_WORDS {
            return false;
        }
        // A capitalized word after a kind word is the name the orgs rule missed.
        if i > described_from && is_head(words[i - 1].1) && w.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The text after a bought name ends the object's noun phrase (see
/// [`company_bought`]): no lower-case noun follows that the name modifies.
fn ends_object(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        // "Tarn-made jets" are goods; "Tarn." or "Tarn, a rival" ends it.
        return !after.starts_with('-');
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
    if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
        return true;
    }
    let w = word.as_str();
    BUY_STOPS.contains(&w) || AFTER_BOUGHT_NAME.contains(&w) || OWNED_PARTS.contains(&w) || w.ends_with("ed")
}

/// Words right before a price that make it a share's quote: where the
/// shares closed, opened or traded, or their range over a year.
const QUOTE_CUES: [&str; 12] = [
    "closed at ",
    "close at ",
    "closing at ",
    "closes at ",
    "opened at ",
    "open at ",
    "traded at ",
    "trading at ",
    "-week high of ",
    "-week low of ",
    "all-time high of ",
    "record close of ",
];

/// Words right after a price that name where the shares trade ("to $52.25
/// on the Big Board", "at $14 in composite trading"): the price is a quote.
const VENUE_AFTER: [&str; 9] = [
    " on the big board",
    " in big board",
    " in composite trading",
    " in new york stock exchange",
    " in nasdaq",
    " on nasdaq",
    " on the nasdaq",
    " in over-the-counter trading",
    " in national over-the-counter trading",
];

/// A price a share closed, opened or traded at ("rose 11.6% to close at
/// $84.20", "far below their 52-week high of 16.125 Canadian dollars",
/// "closed at $29, up 25 cents": the move of such a quote too, and the
/// quote in brackets in another currency) is the
/// shares' quote: a figure of their price move only, never a dividend, a
/// profit or a forecast in the same sentence. `figure` is the money's span
/// in `lower`; `figures` every figure's span in the sentence. "raised its
/// dividend to 26 cents a share", "profit closed the year at $4 million"
/// (a sum with a scale word is left by the caller) are no quotes.
pub(super) fn share_quote(lower: &str, figure: &Range<usize>, figures: &[Range<usize>]) -> bool {
    let mut before = lower.get(..figure.start).unwrap_or("");
    if let Some(r) = ROUGHLY.iter().find(|r| before.ends_with(*r)) {
        before = &before[..before.len() - r.len()];
    }
    if QUOTE_CUES.iter().any(|c| before.ends_with(c)) {
        return true;
    }
    // "fell 75 cents to $52.25 on the Big Board": a price right before where
    // the shares trade; "fell 75 cents to" it: that price's move.
    let traded = |f: &Range<usize>| {
        lower
            .get(f.end..)
            .is_some_and(|after| VENUE_AFTER.iter().any(|v| after.starts_with(v)))
    };
    if traded(figure) {
        return true;
    }
    if figures
        .iter()
        .any(|f| f.start >= figure.end && lower.get(figure.end..f.start) == Some(" to ") && traded(f))
    {
        return true;
    }
    // "closed at $29, up 25 cents": a move right after a quote; "high of
    // 16.125 Canadian dollars (US$13.73)": the quote in another currency.
    figures.iter().any(|f| {
        f.end <= figure.start
            && figure.start - f.end <= 8
            && lower
                .get(f.end..figure.start)
                .is_some_and(|gap| [", up ", ", down ", ", off ", " ("].contains(&gap))
            && share_quote(lower, f, &[])
    })
}

/// The words before an exchange's name that make it a venue.
pub(super) const VENUE_CUES: [&str; 4] = ["on ", "on the ", "in ", "in the "];

#[cfg(test)]
mod tests {
    use super::super::Claim;
    use crate::text::Document;

    fn claims_of(text: &str) -> Vec<Claim> {
        let doc = Document::new(text, Some("2026-04-27".parse().expect("date")));
        let mentions = crate::extract::extract(&doc);
        crate::extract::claims::extract(&doc, &mentions)
    }

    /// How many claims of `class` the whole extractor makes from `text`.
    fn count_of(text: &str, class: &str) -> usize {
        claims_of(text)
            .iter()
            .filter(|c| c.predicate.class.as_str() == class)
            .count()
    }

    fn parties(claims: &[Claim]) -> Vec<String> {
        claims
            .iter()
            .flat_map(|c| [c.subject.clone(), c.object.clone()])
            .flatten()
            .collect()
    }

    #[test]
    fn the_words_searched_for_are_never_empty() {
        // `occurrences` finds an empty word nowhere, where `match_indices` found it everywhere.
        for class in crate::extract::claims::PredicateClass::all() {
            let flags = class.flags();
            let lists = [&flags.group_words, &flags.quote_units, &class.def().person_cues];
            assert!(lists.iter().all(|l| l.iter().all(|w| !w.is_empty())), "{class:?}");
        }
        assert!(
            super::UNNAMED_HOLDERS
                .iter()
                .chain(&super::FRAMING)
                .all(|w| !w.is_empty())
        );
    }

    #[test]
    fn an_analysts_recommendation_is_no_trade() {
        let trades = |text: &str| {
            claims_of(text)
                .iter()
                .filter(|c| {
                    let w = &text[c.span.clone()];
                    ["buy", "sell", "hold"].contains(&w.to_ascii_lowercase().as_str())
                })
                .count()
        };
        for text in [
            "Jefferies: buy, price target raised to EUR 61 from EUR 55.",
            "Morgan Stanley upgraded Solvane Chemicals to buy from hold on Tuesday.",
            "Bernstein downgraded the shares to sell, citing weaker margins.",
            "Kepler Cheuvreux started coverage of Ostera at hold with a CHF 40 target.",
            "Analysts at Citi kept their sell rating on the miner.",
        ] {
            assert_eq!(trades(text), 0, "{text}");
        }
        for text in [
            "Halvorsen Shipping agreed to buy Tarnby Tankers for NOK 2 billion.",
            "Hartwell Group plans to sell its stake in Dunmore Foods for $300 million.",
        ] {
            assert_eq!(trades(text), 1, "{text}");
        }
    }

    #[test]
    fn talks_and_favourites_are_hedged() {
        use super::super::Modality;
        let modality = |text: &str, class: &str| {
            claims_of(text)
                .iter()
                .find(|c| c.predicate.class.as_str() == class)
                .map(|c| c.modality)
        };
        for (text, class) in [
            (
                "Brennholt Capital is in advanced talks to acquire Sorvik Textiles for $640 million.",
                "acquisition",
            ),
            (
                "Qasr Holdings is in exclusive talks to buy Tavira Logistics for €1.1 billion.",
                "acquisition",
            ),
            (
                "Lisk Energy is nearing a deal to sell its Texas pipelines for $2 billion.",
                "share_sale",
            ),
        ] {
            assert_eq!(modality(text, class), Some(Modality::Hedged), "{text}");
        }
        assert_eq!(
            modality(
                "Brennholt Capital acquired Sorvik Textiles for $640 million after months of talks.",
                "acquisition"
            ),
            Some(Modality::Asserted)
        );
    }

    #[test]
    fn plans_and_expectations_are_not_asserted_and_a_relative_clause_keeps_its_own() {
        use super::super::Modality;
        let modality = |text: &str, class: &str| {
            claims_of(text)
                .iter()
                .find(|c| c.predicate.class.as_str() == class)
                .map(|c| c.modality)
        };
        // An intention or expectation of the subject, its verb a few words before the predicate.
        for (text, class, want) in [
            (
                "Venn Logistics is preparing to cut 1,200 jobs, the company said.",
                "layoff",
                Modality::Future,
            ),
            (
                "Osterby Group said it expects to report a second-quarter net loss of $12 million.",
                "profit",
                Modality::Future,
            ),
            (
                "Kelda Power announced a rights issue that is expected to raise about $400 million.",
                "share_issue",
                Modality::Hedged,
            ),
            // A relative clause states its own fact: the outer "will" is not the stake's.
            (
                "The biggest winner will be Orlin Foods, which owns about 31% of Brekka Mills.",
                "stake",
                Modality::Asserted,
            ),
            (
                "Kelda Power plc completed a rights issue that raised $400 million.",
                "share_issue",
                Modality::Asserted,
            ),
            ("Venn Logistics cut 1,200 jobs last year.", "layoff", Modality::Asserted),
            (
                "Osterby Group reported a second-quarter net loss of $12 million.",
                "profit",
                Modality::Asserted,
            ),
        ] {
            assert_eq!(modality(text, class), Some(want), "{text}");
        }
    }

    #[test]
    fn a_raise_to_a_figure_moves_a_level() {
        let rounds = |text: &str| count_of(text, "funding_round");
        for text in [
            "Jefferies: hold, target raised to EUR 61 from EUR 55.",
            "The annual fee on the fund was raised to 1.2% last month.",
            "Berenberg said its price objective for Solvane was raised to about £14.",
            "Toll charges on the bridge will be raised to ¥1,450 in April.",
        ] {
            assert_eq!(rounds(text), 0, "{text}");
        }
        for text in [
            "Quillmark Robotics raised $40 million to expand its factory in Ohio.",
            "Quillmark Robotics has raised more than $90 million to date from investors.",
        ] {
            assert_eq!(rounds(text), 1, "{text}");
        }
        assert!(super::starts_a_figure("eur 52 from eur 47"));
        assert!(super::starts_a_figure("c$2,150"));
        assert!(!super::starts_a_figure("fund a new plant"));
        assert!(!super::starts_a_figure("date more than $90 million"));
    }

    #[test]
    fn a_charge_write_off_or_reserve_is_no_result_figure() {
        let charge = |text: &str, figure: &str| {
            let lower = text.to_ascii_lowercase();
            let at = lower.find(&figure.to_ascii_lowercase()).expect("figure");
            super::is_charge(&lower, &(at..at + figure.len()))
        };
        for (text, figure) in [
            (
                "Its quarterly loss included pretax charges of €4.1 million.",
                "€4.1 million",
            ),
            (
                "The lender booked a $310 million write-down on its office loans.",
                "$310 million",
            ),
            ("Halvard charged about £46 million against earnings.", "£46 million"),
            (
                "The bank added ¥2 billion to its general loan loss reserves.",
                "¥2 billion",
            ),
            (
                "The results include CHF 15 million in costs related to a plant fire.",
                "CHF 15 million",
            ),
            ("It took a restructuring charge totalling A$22 million.", "A$22 million"),
            ("There were also $3.7 million of other write-offs.", "$3.7 million"),
        ] {
            assert!(charge(text, figure), "{text}");
        }
        for (text, figure) in [
            (
                "Its net loss was €9.2 million, including a €4.1 million charge.",
                "€9.2 million",
            ),
            (
                "Halvard's net income rose to £120 million in the quarter.",
                "£120 million",
            ),
            ("Net income before charges was $9 million.", "$9 million"),
            ("Revenue of ¥80 billion beat the costs of the launch.", "¥80 billion"),
            ("The bank posted a loss of $5 million on lower fees.", "$5 million"),
        ] {
            assert!(!charge(text, figure), "{text}");
        }
        // Through the whole extractor: the loss keeps its own figure, the charge none.
        let c = claims_of("Orbex Corp posted a net loss of $12 million, and separately took a $40 million write-off.");
        let amounts: Vec<String> = c
            .iter()
            .filter(|c| c.predicate.class.as_str() == "profit")
            .filter_map(|c| serde_json::to_value(&c.value).ok())
            .map(|v| v["amount"].to_string())
            .collect();
        assert_eq!(amounts, vec!["\"-12000000\"".to_string()], "{c:?}");
    }

    #[test]
    fn a_wire_after_a_dateline_is_no_party_beside_a_target_that_is_no_price_target() {
        for text in [
            "MUMBAI, Oct 3 (Deccan Newswire) The government will sell up to 5 per cent of its stake in Konkan Rail Ltd, as it chases its disinvestment target for the year.",
            "JAKARTA, Nov. 12 (Java Wire) The state will sell 4 per cent of Bumi Semen Tbk, part of its revenue target for 2027.",
        ] {
            let all = parties(&claims_of(text));
            assert!(
                all.iter().all(|p| !p.contains("newswire") && !p.contains("java-wire")),
                "{text}: {all:?}"
            );
        }
        // An analyst firm stays the party of a bare target with its price.
        let claims = claims_of("Nomura Securities: buy, target raised to ¥2,300 from ¥2,050.");
        assert!(parties(&claims).iter().any(|p| p.contains("nomura")), "{claims:#?}");
    }

    #[test]
    fn an_exchange_after_on_and_an_index_are_venues_not_parties() {
        let c = claims_of("Lumora Batteries AB raised SEK 2.4bn on Nasdaq Stockholm in March.");
        assert!(c.iter().any(|c| c.predicate.class.as_str() == "funding_round"), "{c:?}");
        assert!(!parties(&c).contains(&"nasdaq-nordic".to_string()), "{c:?}");
        let c = claims_of("On the FTSE 100, Unilever said its revenue rose 4% in the quarter.");
        assert!(
            c.iter().any(|c| c.predicate.class.as_str().starts_with("revenue")),
            "{c:?}"
        );
        assert!(!parties(&c).contains(&"ftse-100".to_string()), "{c:?}");
    }

    #[test]
    fn an_exchange_role_and_an_exchange_as_a_company_stay() {
        let c = claims_of("Halvard Mining shares rose 5.2 per cent to $28.90 on the Nasdaq.");
        assert!(
            c.iter()
                .any(|c| c.predicate.class.as_str() == "share_price_move" && c.object.as_deref() == Some("nasdaq")),
            "{c:?}"
        );
        let c = claims_of("Nasdaq agreed to buy Adenza for $10.5 billion.");
        assert!(
            c.iter()
                .any(|c| c.predicate.class.as_str() == "acquisition" && c.subject.as_deref() == Some("nasdaq")),
            "{c:?}"
        );
    }

    #[test]
    fn a_participle_before_by_names_its_agent_as_the_subject() {
        let stake = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            claims_of(text)
                .into_iter()
                .filter(|c| c.predicate.class.as_str() == "stake")
                .map(|c| (c.subject, c.object))
                .collect()
        };
        let c = stake("Halvorsen Shipping ASA, which is 61%-owned by Brekke Holdings ASA, reported a loss.");
        assert!(
            c.iter()
                .all(|(s, _)| s.as_deref().is_some_and(|s| s.contains("brekke")))
                && !c.is_empty(),
            "{c:?}"
        );
        assert!(
            c.iter()
                .any(|(_, o)| o.as_deref().is_some_and(|o| o.contains("halvorsen"))),
            "{c:?}"
        );
        let c = stake("Nordwind Logistik GmbH is controlled 50.1% by Castell Capital AG, its filing shows.");
        assert!(
            c.iter()
                .all(|(s, _)| s.as_deref().is_some_and(|s| s.contains("castell"))),
            "{c:?}"
        );
        let c = stake("Varden Ltd., majority-owned by investor Ruth Okafor and her Okafor Ventures LLC, sells seeds.");
        assert!(
            c.iter()
                .all(|(s, _)| !s.as_deref().is_some_and(|s| s.contains("varden"))),
            "{c:?}"
        );
        // A possessive's head as the holder, an adjective glued by a hyphen: none.
        assert!(stake("Pellam Brewing Co. is a brewer owned by Munich's Adler family.").is_empty());
        assert!(stake("Imports fell at state-owned Ostara Chemie AG last year.").is_empty());
        // Active ownership, and "by" before no name, stay as they were.
        let c = stake("Kestrel Foods Inc. owns 12% of Varden Ltd.");
        assert!(
            c.iter()
                .any(|(s, _)| s.as_deref().is_some_and(|s| s.contains("kestrel"))),
            "{c:?}"
        );
        let c = stake("Kestrel Foods Inc. owned 12% of Varden Ltd. by the end of June.");
        assert!(
            c.iter()
                .any(|(s, _)| s.as_deref().is_some_and(|s| s.contains("kestrel"))),
            "{c:?}"
        );
        // Another type: a reduced passive names the buyer.
        let c = claims_of("Tessaly Robotics Inc., acquired by Orrin Industries Corp. in 2023, said sales rose.");
        assert!(
            c.iter().any(|c| c.predicate.class.as_str() == "acquisition"
                && c.subject.as_deref().is_some_and(|s| s.contains("orrin"))
                && c.object.as_deref().is_some_and(|o| o.contains("tessaly"))),
            "{c:?}"
        );
    }

    #[test]
    fn by_after_reads_a_figure_or_manner_word_then_by() {
        assert_eq!(super::by_after(" by Acme"), Some(4));
        assert_eq!(super::by_after(" 50.1% by Acme"), Some(10));
        assert_eq!(super::by_after(" 40 per cent by Acme"), Some(16));
        assert_eq!(super::by_after(" jointly by Acme"), Some(12));
        assert_eq!(super::by_after(" shares by Acme"), None);
        assert_eq!(super::by_after(", by Acme"), None);
        assert_eq!(super::by_after(" 12% of Varden"), None);
    }

    #[test]
    fn a_commodity_currency_index_or_bond_move_is_no_share_move() {
        let moves = |text: &str| -> Vec<Option<String>> {
            claims_of(text)
                .into_iter()
                .filter(|c| c.predicate.class.as_str() == "share_price_move")
                .map(|c| c.subject)
                .collect()
        };
        for text in [
            "U.S. crude CLc1 fell 3.4% to $61.20 a barrel on Tuesday.",
            "Nickel CMNI3 rose 1.2% to $16,400 a tonne in London.",
            "Spot gold XAU= slipped 0.7 per cent in Asian trade.",
            "Tavira Energia's dollar bonds fell 2.5% after the downgrade.",
        ] {
            assert!(moves(text).iter().all(Option::is_none), "{text}: {:?}", moves(text));
        }
        for (text, who) in [
            ("Halden Mining Corp fell 4.1% in Toronto on Monday.", "halden"),
            ("Shares of Gold Fields Ltd rose 2.3% in Johannesburg.", ""),
            ("Orrin Oil Corp shares fell 5% after the well came up dry.", "orrin"),
        ] {
            let got = moves(text);
            assert!(
                got.iter().any(|s| s.as_deref().is_some_and(|s| s.contains(who))),
                "{text}: {got:?}"
            );
        }
    }

    /// `company_bought`'s examples: the text after a buy verb, the name the
    /// orgs rule found in it ("" for none) and whether a company is bought.
    const BOUGHT_OBJECTS: &[(&str, &str, bool)] = &[
        // A name right after the verb, after "of" or a description.
        (" Tarn Foods for $5 million", "Tarn Foods", true),
        (" Halden Sports Inc. last year", "Halden Sports", true),
        (" Corvane Systems outright", "Corvane Systems", true),
        (" of Drayton Analytics Inc. closed in March", "Drayton Analytics", true),
        (
            " Danish dairy maker Kvist Mejeri for DKK 900 million",
            "Kvist Mejeri",
            true,
        ),
        (
            " Ohio clinic network Ashgrove Health for $140 million",
            "Ashgrove Health",
            true,
        ),
        (" its smaller rival Corvane Systems", "Corvane Systems", true),
        (
            " smaller rival Halden Sports Inc. for $210 million",
            "Halden Sports",
            true,
        ),
        (
            " a majority of Strand Logistics Ltd for about £90 million",
            "Strand Logistics",
            true,
        ),
        (" the rest of Pellor Group it did not own", "Pellor Group", true),
        (" of Quebec-based Lumen Optique by Sarrow", "Lumen Optique", true),
        (" Chile's Andes Salmon for $300 million", "Andes Salmon", true),
        (" struggling Vanterra Homes", "Vanterra Homes", true),
        // Its parts, not its goods.
        (" the Fennick Holdings brand and 20 shops", "Fennick Holdings", true),
        (" the Ostrava Steel business from its founders", "Ostrava Steel", true),
        // A kind word before a capitalized name the orgs rule missed.
        (" Portuguese cork producer Quinta Serrado for €95m", "", true),
        // Goods the name makes: a lower-case noun after it.
        (" the Nokia phones for staff", "Nokia", false),
        (" Nvidia chips worth $2 billion", "Nvidia", false),
        (
            " a former Orrin Electronics assembly plant in Ohio",
            "Orrin Electronics",
            false,
        ),
        (" Velmar-built ferries", "Velmar", false),
        (" the (Airvane) plane from Europe", "Airvane", false),
        // A figure, a percentage, a preposition or a stop before the name.
        (" more milk from supplier Kvist Mejeri", "Kvist Mejeri", false),
        (" $40 million on chain Marlow Retail", "Marlow Retail", false),
        (" $2 billion of Tarn stock", "Tarn", false),
        (" the six percent of carmaker Velto that the state owns", "Velto", false),
        (" heavily on chipmaker Nvidia", "Nvidia", false),
        (" back shares from investor Halden Capital", "Halden Capital", false),
        (" chips from Tarn", "Tarn", false),
        (" assets and Tarn", "Tarn", false),
        (" its stake in Tarn", "Tarn", false),
        (" new turbines built by Vestas", "Vestas", false),
        // No name at all.
        (" the company for $5 million", "", false),
        (" a bank in Texas", "", false),
    ];

    #[test]
    fn one_rule_says_whether_a_buy_verb_bought_a_company() {
        for &(rest, name, company) in BOUGHT_OBJECTS {
            let names: Vec<_> = (!name.is_empty())
                .then(|| rest.find(name).map(|at| at..at + name.len()))
                .flatten()
                .into_iter()
                .collect();
            assert!(name.is_empty() || !names.is_empty(), "{name} not in {rest}");
            assert_eq!(super::company_bought(rest, &names), company, "{rest}");
        }
    }

    #[test]
    fn underwriters_arrangers_and_advisers_are_no_parties() {
        let agents = |text: &str, names: &[&str]| {
            let lower = text.to_lowercase();
            let named: Vec<_> = names
                .iter()
                .map(|n| {
                    let at = text.find(n).expect("name in text");
                    (at..at + n.len(), *n)
                })
                .collect();
            super::deal_agents(&lower, &named)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            agents(
                "Norland Mining agreed with a syndicate of underwriters led by Ridgeway Capital Markets and Halden Bank to sell shares.",
                &["Norland Mining", "Ridgeway Capital Markets", "Halden Bank"]
            ),
            ["Ridgeway Capital Markets", "Halden Bank"]
        );
        assert_eq!(
            agents(
                "The notes will be sold through underwriters led by Tessel Securities.",
                &["Tessel Securities"]
            ),
            ["Tessel Securities"]
        );
        assert_eq!(
            agents(
                "The utility mandated Banco Austral, Kvarn and Halden Bank to run the bond sale.",
                &["Banco Austral", "Kvarn", "Halden Bank"]
            ),
            ["Banco Austral", "Kvarn", "Halden Bank"]
        );
        assert_eq!(
            agents(
                "Orsella has hired Brightline Partners to advise on a possible sale.",
                &["Orsella", "Brightline Partners"]
            ),
            ["Brightline Partners"]
        );
        // A round's lead, a buyer, a seller and a hire without a task stay parties.
        let none: [String; 0] = [];
        assert_eq!(
            agents(
                "Perimeter raised $90 million in a round led by Halberd Capital.",
                &["Perimeter", "Halberd Capital"]
            ),
            none
        );
        assert_eq!(
            agents(
                "Norland sold the shares to Ridgeway Capital Markets.",
                &["Norland", "Ridgeway Capital Markets"]
            ),
            none
        );
        assert_eq!(
            agents(
                "Tessel Securities sold 5 million Orsella shares.",
                &["Tessel Securities", "Orsella"]
            ),
            none
        );
        assert_eq!(
            agents("Orsella hired Kvarn Systems last year.", &["Orsella", "Kvarn Systems"]),
            none
        );
    }

    #[test]
    fn a_share_quote_is_no_dividend_profit_or_forecast() {
        let quote = |text: &str, figure: &str| {
            let lower = text.to_lowercase();
            let at = lower.find(figure).expect("figure");
            let figures: Vec<_> = [
                "$29",
                "25 cents",
                "$84.20",
                "26 cents",
                "16.125 canadian dollars",
                "us$13.73",
                "$52.25",
                "75 cents",
                "$18.10",
                "40 cents",
                "$1.20",
                "4 cents",
            ]
            .iter()
            .filter_map(|f| lower.find(f).map(|i| i..i + f.len()))
            .collect();
            super::share_quote(&lower, &(at..at + figure.len()), &figures)
        };
        assert!(quote("Its shares rose 7.3% to close at $52.60 on Wednesday.", "$52.60"));
        assert!(quote(
            "The shares are far below their 52-week high of 16.125 Canadian dollars.",
            "16.125"
        ));
        assert!(quote(
            "Class B stock closed at $29, up 25 cents in composite trading.",
            "$29"
        ));
        assert!(quote(
            "Class B stock closed at $29, up 25 cents in composite trading.",
            "25 cents"
        ));
        assert!(quote("The stock opened at about $31 on its first day.", "$31"));
        assert!(quote(
            "The shares are far below their 52-week high of 16.125 Canadian dollars (us$13.73).",
            "us$13.73"
        ));
        assert!(!quote(
            "Orsella raised its quarterly dividend to 26 cents a share.",
            "26 cents"
        ));
        // A price right before where the shares trade, and its move.
        assert!(quote(
            "Class E shares fell 75 cents to $52.25 on the Big Board.",
            "$52.25"
        ));
        assert!(quote(
            "Class E shares fell 75 cents to $52.25 on the Big Board.",
            "75 cents"
        ));
        assert!(quote(
            "Lorvik Energy's stock rose 40 cents to $18.10 in composite trading on the Nasdaq.",
            "40 cents"
        ));
        assert!(!quote("Quarterly earnings fell 75 cents to $1.20 a share.", "75 cents"));
        assert!(!quote(
            "Halden Foods raised its dividend 4 cents to 26 cents a share.",
            "4 cents"
        ));
        assert!(!quote("Net income was $29, up from a loss.", "$29"));
        assert!(!quote("It paid a dividend of 25 cents, up from 20 cents.", "25 cents"));
    }

    #[test]
    fn a_stake_of_an_unnamed_holder_is_no_claim_of_the_company() {
        let stakes = |text: &str| count_of(text, "stake");
        assert_eq!(
            stakes("The founding family controls Brava Marine ASA with a 40% stake."),
            0
        );
        assert_eq!(
            stakes("Brava Marine ASA said the founding family, which owns 35% of the company, will not sell."),
            0
        );
        assert_eq!(stakes("Rivermark Capital owns 12% of Ostara Pigments."), 1);
        assert_eq!(
            stakes("Toyota Motor, which holds a 12.4% stake in Ishiyama Kogyo, declined to comment."),
            1
        );
        assert_eq!(
            stakes("Stellan Asset Management, which owns roughly 7% of Brava Marine ASA, wants a buyback."),
            1
        );
    }

    #[test]
    fn a_percent_of_a_market_is_no_stake() {
        let stakes = |text: &str| count_of(text, "stake");
        for text in [
            "Ostara Pigments AG holds about 18% of the global titanium dioxide market.",
            "Kanto Steel Corp. owns 30 per cent of Japan's steel exports.",
            "Halden Foods ASA holds 41 percent of the frozen-fish business in Norway.",
        ] {
            assert_eq!(stakes(text), 0, "{text}");
        }
        for text in [
            "Rivermark Capital LLC holds 8% of Ostara Pigments AG.",
            "Kanto Steel Corp. owns 30 per cent of Market Street Bancorp.",
            "Halden Foods ASA holds 41 percent of its Norwegian unit, Fjord Fisk AS.",
        ] {
            assert_eq!(stakes(text), 1, "{text}");
        }
    }

    #[test]
    fn a_name_before_a_stake_noun_is_the_company_held() {
        let stakes = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            claims_of(text)
                .into_iter()
                .filter(|c| c.predicate.class.as_str() == "stake")
                .map(|c| (c.subject, c.object))
                .collect()
        };
        let pair = |s: &str, o: &str| (Some(format!("name:{s}")), Some(format!("name:{o}")));
        // The possessor's name holds, the name before the noun is held.
        assert_eq!(
            stakes("Harwick Partners began raising its Ostrevo Chemicals stake in March, and now holds 11.2%."),
            vec![pair("harwick-partners", "ostrevo-chemicals")]
        );
        assert_eq!(
            stakes("Talvik Pension Fund trimmed its Norlake Shipping ASA holding and now owns 4.1%, a filing showed."),
            vec![pair("talvik-pension", "norlake-shipping")]
        );
        // No holder named: no claim.
        assert!(stakes("The fund lifted its Corvell Bank holding to 6.5% this week.").is_empty());
        assert!(stakes("He sought approval to boost his Halden Foods stake above 10%.").is_empty());
        // "the 35% it already owns": the holder of the stake claimed before.
        assert_eq!(
            stakes(
                "Kelby Foods said it intends to raise its stake in Marlin Dairies to 60%, from the 35% it already owns."
            ),
            vec![
                pair("kelby-foods", "marlin-dairies"),
                pair("kelby-foods", "marlin-dairies")
            ]
        );
        // Counter-examples keep their holders.
        assert_eq!(
            stakes("Dunmore Group said it holds 8.9% of Pellway Instruments Corp."),
            vec![pair("dunmore-group", "pellway-instruments")]
        );
        assert_eq!(
            stakes("Orca Holdings holds a 12% stake in Tavish Mining, and it owns 3% of Kessler Mining."),
            vec![
                pair("orca-holdings", "tavish-mining"),
                pair("orca-holdings", "kessler-mining")
            ]
        );
    }
}
