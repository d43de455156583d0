//! The shapes news uses to state a claim, read around each predicate word:
//! active ("Amazon invested $50 billion in OpenAI"), passive ("Acme was
//! acquired by Globex"), nominal ("Amazon's $50 billion investment in
//! OpenAI", "a deal with Amazon worth up to $50 billion"), coordination
//! ("OpenAI and Amazon signed…"), lists of parts ("including an initial
//! $15 billion and an additional $35 billion"), reported speech ("the FT
//! reported that…", "…, the companies said"), quotes, clause-level anaphora
//! ("…, but this access is no longer exclusive") and bullet timelines
//! ("- 2019: Microsoft invested an initial $1 billion").
//!
//! Candidates come from one Aho-Corasick pass over the whole text (every word
//! form of the lexicon, ASCII case-insensitive, whole words); only sentences
//! with a predicate word and a mention are looked at further, with short
//! searches in that sentence alone.

use crate::extract::rule::Rule;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::inserts;
use super::keyed;
use super::lexicon::{self, Entry, Pos, PredicateClass};
use super::moves;
use super::periods;
use super::vet;
use super::{Attribution, Claim, ClaimTime, ClaimValue, Modality, Polarity, Predicate};
use crate::extract::dates::Timex;
use crate::extract::money::{Amount, Exactness};
use crate::extract::orgs::EntityKind;
use crate::extract::{Mention, MentionType, Value};
use crate::text::Document;

fn triggers() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA: for this many forms the default is a slower NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(lexicon::predicates().iter().map(|e| e.form))
            .expect("lexicon compiles")
    })
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether `hay[start..end]` stands as whole words.
fn whole_word(hay: &[u8], start: usize, end: usize) -> bool {
    let left_ok = start == 0 || !is_word_byte(hay[start - 1]) || !is_word_byte(hay[start]);
    let right_ok = end >= hay.len() || !is_word_byte(hay[end]) || !is_word_byte(hay[end - 1]);
    left_ok && right_ok
}

/// The leftmost occurrence of `needle` (not empty) in `hay` at or after byte `from`.
///
/// No substring searcher: haystacks here are a clause or a few words,
/// searched for dozens of cues each, and building a searcher per cue cost
/// more than the searches did (a fifth of the pipeline). The candidates are
/// where the needle's first byte that is no space stands (see [`key_byte`]).
fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let last_start = hay.len().checked_sub(needle.len())?;
    let k = key_byte(needle)?;
    if from > last_start {
        return None;
    }
    memchr::memchr_iter(needle[k], &hay[from + k..=last_start + k])
        .map(|i| from + i)
        .find(|&p| hay[p..p + needle.len()].iter().eq(needle))
}

/// Index of the byte of a (not empty) needle searched for first: its first
/// that is no space, as most needles here open with a space, which comes
/// every few bytes; none for an empty needle.
fn key_byte(needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    Some(needle.iter().position(|&b| b != b' ').unwrap_or(0))
}

/// The leftmost occurrence of `needle` (not empty) in `hay`, as `str::find`
/// gives it: its first byte found with memchr, the rest compared. For the
/// short stretches searched here, cheaper than building a searcher per call.
pub(super) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    memchr::memchr_iter(first, hay).find(|&p| bytes_at(hay, p, needle))
}

/// The last `N` words of `s` as `split_whitespace` cuts them, the nearest
/// first, and how many there are. Read back byte by byte while the bytes are
/// ASCII, whose white space is `split_whitespace`'s; a byte outside ASCII
/// leaves the cut to `split_whitespace` (read per figure).
pub(super) fn last_words<const N: usize>(s: &str) -> ([&str; N], usize) {
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let bytes = s.as_bytes();
    let mut out = [""; N];
    let mut n = 0;
    let mut end = bytes.len();
    'ascii: {
        while n < N {
            while end > 0 && is_space(bytes[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            let mut start = end;
            while start > 0 && !is_space(bytes[start - 1]) {
                if !bytes[start - 1].is_ascii() {
                    break 'ascii;
                }
                start -= 1;
            }
            out[n] = &s[start..end];
            n += 1;
            end = start;
        }
        return (out, n);
    }
    let mut out = [""; N];
    let mut n = 0;
    for (slot, w) in out.iter_mut().zip(s.split_whitespace().rev()) {
        *slot = w;
        n += 1;
    }
    (out, n)
}

/// `str::contains` for a string needle, with no searcher built per call
/// (see [`find_bytes`]): the haystacks here are a clause or a few words.
pub(super) fn contains(hay: &str, needle: &str) -> bool {
    needle.is_empty() || find_bytes(hay.as_bytes(), needle.as_bytes()).is_some()
}

/// The rightmost occurrence of `needle` (not empty) in `hay`, as `str::rfind`
/// gives it; a plain scan back from the end, as the needles here start with
/// a space or a comma, which come too often for memchr to pay.
pub(super) fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start)
        .rev()
        .find(|&p| hay[p] == first && hay[p + 1..p + needle.len()].iter().eq(rest))
}

/// `hay[at..]` starts with `needle`, compared byte by byte: the needles here
/// are a few bytes, shorter than a call to `memcmp` costs.
fn bytes_at(hay: &[u8], at: usize, needle: &[u8]) -> bool {
    hay.get(at..at + needle.len()).is_some_and(|w| w.iter().eq(needle))
}

/// Positions of `needle` (not empty) in `hay`, left to right without
/// overlap, as `str::match_indices` gives them.
pub(super) fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        let p = find_from(hay.as_bytes(), needle.as_bytes(), from)?;
        from = p + needle.len();
        Some(p)
    })
}

/// Positions of `word` in `hay` (both lower case) as whole words; occurrences
/// are taken left to right without overlap, as `str::match_indices` does.
fn find_words<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    occurrences(hay, word).filter(move |&i| whole_word(hay.as_bytes(), i, i + word.len()))
}

/// The cue lists read around a predicate, one bit each: a sentence is
/// searched once for all of them ([`Cues::of`]) and each question about a
/// stretch of it ("a negation before the predicate?") reads that list of
/// occurrences instead of searching the stretch again.
mod cue {
    pub const SAY: u16 = 1;
    pub const CORRECTION: u16 = 1 << 1;
    pub const SECOND_HAND: u16 = 1 << 2;
    /// The second-hand cues that are not a say-verb ("reportedly", "people familiar", ...).
    pub const SECOND_HAND_NOT_SAID: u16 = 1 << 3;
    pub const CONDITIONAL: u16 = 1 << 4;
    pub const NEGATION_BEFORE: u16 = 1 << 5;
    pub const NEGATION_AFTER: u16 = 1 << 6;
    pub const HEDGE: u16 = 1 << 7;
    pub const FUTURE: u16 = 1 << 8;
    /// "will", "would" after a noun predicate ("this investment would exceed").
    pub const WILL: u16 = 1 << 9;
    /// Verbs that take a negation for themselves ("did not breach its license").
    pub const ABSORBS_NEGATION: u16 = 1 << 10;
    pub const UNTIL: u16 = 1 << 11;
    /// Clause separators (see `clauses`).
    pub const CLAUSE: u16 = 1 << 12;
    /// Words of an expectation (see `is_expectation`).
    pub const EXPECTATION: u16 = 1 << 13;
    /// An intention of the subject ("intends to", "expects to"), read further back than `FUTURE`.
    pub const PLAN: u16 = 1 << 14;
}

/// How many sentences back "the deal" of "The deal values X at" looks for
/// its deal: a press release's bullet lines are sentences of their own.
const DEAL_REACH: usize = 6;

/// Where clauses are cut: ";", ", while", ", but", " while ", ", and ", a
/// dash, and a participle of inference (", suggesting investors expect…":
/// the figures before it are not the inference's).
const CLAUSE_SEPARATORS: [&str; 12] = [
    "; ",
    ", while ",
    ", but ",
    " while ",
    ", and ",
    " \u{2014} ",
    " - ",
    ", suggesting ",
    ", signalling ",
    ", signaling ",
    ", indicating ",
    ", implying ",
];

/// The last words of an exchange's name (before a legal form): "the Irish
/// Stock Exchange", "the Nigerian Exchange Limited", "the Paris Bourse".
const VENUE_HEADS: [&str; 3] = ["exchange", "bourse", "exchanges"];

/// What trades on a venue, written between its company and "on|in (the)":
/// "Aer Lingus shares on the Irish Stock Exchange", "Dhafra's stock on".
const SHARE_FORMS: [&str; 4] = ["shares", "stock", "share price", "stock price"];

/// "did not breach its license": the negation is the other verb's.
const ABSORBING_VERBS: &[&str] = &[
    "breach",
    "breached",
    "violate",
    "violated",
    "infringe",
    "infringed",
    "affect",
    "disclose",
    "specify",
    "comment",
    "confirm",
    "reveal",
];

/// Every cue list with its bit.
fn cue_lists() -> [(&'static [&'static str], u16); 15] {
    [
        (lexicon::SAY_VERBS, cue::SAY),
        (lexicon::CORRECTION_CUES, cue::CORRECTION),
        (lexicon::SECOND_HAND_CUES, cue::SECOND_HAND),
        (lexicon::SECOND_HAND_CUES.split_at(3).1, cue::SECOND_HAND_NOT_SAID),
        (lexicon::CONDITIONAL_CUES, cue::CONDITIONAL),
        (lexicon::NEGATION_BEFORE, cue::NEGATION_BEFORE),
        (lexicon::NEGATION_AFTER, cue::NEGATION_AFTER),
        (lexicon::HEDGE_CUES, cue::HEDGE),
        (lexicon::FUTURE_CUES, cue::FUTURE),
        (&["will", "would"], cue::WILL),
        (ABSORBING_VERBS, cue::ABSORBS_NEGATION),
        (&["until"], cue::UNTIL),
        (&CLAUSE_SEPARATORS, cue::CLAUSE),
        (lexicon::EXPECTATION_CUES, cue::EXPECTATION),
        (lexicon::PLAN_CUES, cue::PLAN),
    ]
}

/// The distinct cue phrases of all lists, the lists each belongs to, and one
/// automaton that finds every occurrence of every phrase (overlapping).
struct CueSet {
    phrases: Vec<&'static str>,
    lists: Vec<u16>,
    automaton: AhoCorasick,
}

fn cue_set() -> &'static CueSet {
    static SET: OnceLock<CueSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut phrases: Vec<&'static str> = Vec::new();
        let mut lists: Vec<u16> = Vec::new();
        for (list, bit) in cue_lists() {
            for &phrase in list {
                match phrases.iter().position(|&p| p == phrase) {
                    Some(i) => lists[i] |= bit,
                    None => {
                        phrases.push(phrase);
                        lists.push(bit);
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .expect("cues compile");
        CueSet {
            phrases,
            lists,
            automaton,
        }
    })
}

/// One occurrence of a cue phrase in a sentence.
struct CueAt {
    start: usize,
    end: usize,
    /// The lists the phrase belongs to.
    lists: u16,
    phrase: &'static str,
    /// Index of the phrase in the automaton.
    pattern: usize,
}

/// Every occurrence of every cue phrase in one (lower-cased) sentence, by start.
struct Cues(Vec<CueAt>);

impl Cues {
    fn of(lower: &str) -> Self {
        let set = cue_set();
        let mut all: Vec<CueAt> = set
            .automaton
            .find_overlapping_iter(lower)
            .map(|m| CueAt {
                start: m.start(),
                end: m.end(),
                lists: set.lists[m.pattern().as_usize()],
                phrase: set.phrases[m.pattern().as_usize()],
                pattern: m.pattern().as_usize(),
            })
            .collect();
        all.sort_unstable_by_key(|c| (c.start, c.end));
        Self(all)
    }

    /// Occurrences of a cue of `list` inside `lower[from..to]`.
    fn within(&self, list: u16, from: usize, to: usize) -> impl Iterator<Item = &CueAt> {
        // Sorted by start: the first at or after `from` found by halving (asked
        // for every predicate, several times).
        let first = self.0.partition_point(|c| c.start < from);
        self.0[first..]
            .iter()
            .take_while(move |c| c.start < to)
            .filter(move |c| c.lists & list != 0 && c.end <= to)
    }

    /// Some cue of `list` occurs in `lower[from..to]` (as `str::contains` would find it).
    fn in_text(&self, list: u16, from: usize, to: usize) -> bool {
        self.within(list, from, to).next().is_some()
    }

    /// The first position of a cue of `list` standing as a whole word in the
    /// slice `lower[from..to]`: what `find_words` finds in that slice, for
    /// cues that overlap themselves only when made of word bytes alone (a test
    /// checks the lists for it; such an overlapped occurrence is never whole).
    fn first_word(&self, lower: &str, list: u16, from: usize, to: usize) -> Option<usize> {
        let hay = &lower.as_bytes()[..to];
        self.within(list, from, to)
            .find(|c| {
                let left_ok = c.start == from || !is_word_byte(hay[c.start - 1]) || !is_word_byte(hay[c.start]);
                let right_ok = c.end == to || !is_word_byte(hay[c.end]) || !is_word_byte(hay[c.end - 1]);
                left_ok && right_ok
            })
            .map(|c| c.start)
    }

    /// Some cue of `list` stands as a whole word in the slice `lower[from..to]`.
    fn any_word(&self, lower: &str, list: u16, from: usize, to: usize) -> bool {
        self.first_word(lower, list, from, to).is_some()
    }
}

/// Where the modality cues of a predicate at `to` start: after the last
/// relative pronoun behind a comma in `lower[from..to]` ("The largest holder
/// will be Acme, which owns 23%": the "will" is not the stake's), else `from`.
///
/// | text before the predicate | cues read from |
/// |---|---|
/// | "the biggest winner will be Orlin Foods, which owns" | "which owns" |
/// | "Tessaro may sell Halden Bank, whose owner holds" | "whose owner holds" |
/// | "Mavik Steel, who" (none: no comma-which) | the clause's start |
fn relative_clause_start(lower: &str, from: usize, to: usize) -> usize {
    let stretch = &lower[from..to];
    let stretch = stretch.as_bytes();
    // Every opener starts with a comma: the rightmost comma that opens one is
    // the rightmost opener, found with no substring searcher built per
    // opener (this runs per claim).
    memchr::memrchr_iter(b',', stretch)
        .find(|&p| {
            [", which ", ", who ", ", whose "]
                .iter()
                .any(|o| bytes_at(stretch, p, o.as_bytes()))
        })
        .map_or(from, |p| from + p + 2)
}

/// Words that may stand between a predicate noun and the "expected to" of
/// its own verb: "the rights issue, which is expected to raise".
const NOUN_VERB_FILLERS: [&str; 12] = [
    "which",
    "that",
    "is",
    "are",
    "was",
    "were",
    "also",
    "now",
    "still",
    "widely",
    "initially",
    "originally",
];

/// The words right after a predicate noun make it an expectation: "is
/// expected to" or "is likely to" with only fillers between ("the purchase
/// is expected to cost", "an offering that is likely to raise"); never when
/// another subject expects ("the deal analysts expected to fail") or the
/// noun is the object of an expectation of its own ("a sale expected by May").
fn noun_expected(after: &str) -> bool {
    ["expected to", "likely to"].iter().any(|cue| {
        find_words(after, cue).next().is_some_and(|i| {
            after[..i]
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| NOUN_VERB_FILLERS.contains(&w))
        })
    })
}

/// The cue at `at` is the "ended" of a reporting period: "ended", "ending"
/// or "ends" right after a period word ("quarter ended Sept. 30", "the six
/// months ended Oct. 1", "fiscal year ending in June").
fn ends_a_period(lower: &str, at: usize) -> bool {
    let rest = &lower[at..];
    if !["ended ", "ending ", "ends "].iter().any(|w| rest.starts_with(w)) {
        return false;
    }
    let before = lower[..at].trim_end();
    // "the three months that ended on Sept. 3".
    let before = ["that", "which"]
        .iter()
        .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')))
        .map_or(before, str::trim_end);
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    lexicon::PERIOD_WORDS.contains(&word)
}

/// The cue at `at` moves a figure rather than negating an event: a verb of
/// change followed by its amount ("sales dropped 42%", "the shares lost 3
/// per cent", "profit dropped by about $2 million"), where the same word
/// before an object negates ("dropped its bid", "lost the contract").
fn moves_a_figure(lower: &str, at: usize) -> bool {
    let rest = &lower[at..];
    let word_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    let mut after = rest[word_end..].trim_start();
    for filler in [
        "by ",
        "about ",
        "nearly ",
        "almost ",
        "roughly ",
        "some ",
        "more than ",
        "over ",
        "another ",
        "a further ",
    ] {
        if let Some(r) = after.strip_prefix(filler) {
            after = r.trim_start();
        }
    }
    after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
}

/// A byte index at or before `i` that is a char boundary of `s`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

struct EntityAt<'a> {
    span: Range<usize>,
    id: &'a str,
    kind: EntityKind,
    /// A say-verb follows ("Amazon said", "OpenAI, confirmed" does not count).
    says: bool,
    /// A say-verb and "that", ", " or ":" follow, and another entity comes
    /// later: "OpenAI said that Amazon…" (see `Sentence::is_speaker_before_that`).
    says_that: bool,
    /// Persons: the organization the text or catalogue says they work for.
    employer: Option<&'a str>,
}

use super::ontology::Figure;

mod prior;

struct AmountAt<'a> {
    span: Range<usize>,
    amount: Cow<'a, Amount>,
    figure: Figure,
    part: Option<&'static str>,
    /// A price per unit ("$23.28 a share", "$23 each"): the terms, not the
    /// claim's figure, unless the claim's type measures it (`price_per_share`).
    rate: bool,
    /// What analysts or a consensus expected, not a result (see [`is_expectation`]).
    expected: bool,
    /// The size first planned of a deal that came out otherwise ("upsizing
    /// from the £300m first flagged"): no claim's figure (see [`is_prior_size`]).
    prior: bool,
    /// A line of a period's results, not a deal's or an event's figure: a
    /// charge or a gain ("a $9.5 million charge related to a contract", "a
    /// $2.2 million gain from the sale", see [`vet::is_result_line`]) or the
    /// per-share form of an earnings figure or of such a line ("a loss of
    /// $4.1 million, or 22 cents a share", see [`vet::is_earnings_per_share`];
    /// "a $3.1 million gain, or 9 cents a share"). Only a period's type
    /// (profit, revenue, EPS, guidance) takes it.
    result: bool,
    /// The size of what a party holds or manages, not a deal's figure:
    /// "Halvard Bank, with $5.4 billion in assets", "a fund with assets under
    /// management of $17 billion" (see [`is_holding_size`]). Only a measure
    /// named `assets` (a bankruptcy's) takes it.
    holding: bool,
}

/// `before` (lower-cased text up to a name) without a place's possessive
/// right before the name: "on london's " → "on ", "in hong kong's " → "in "
/// (one or two words, each without digits, then "'s" or "’s"). Text with
/// no possessive at its end is returned as it is.
fn without_place_possessive(before: &str) -> &str {
    let Some(head) = before.strip_suffix("'s ").or_else(|| before.strip_suffix("\u{2019}s ")) else {
        return before;
    };
    let place_word = |w: &str| !w.is_empty() && w.chars().all(|ch| ch.is_alphabetic() || ch == '-' || ch == '.');
    let mut cut = head.len();
    for _ in 0..2 {
        let word_start = head[..cut].rfind(' ').map_or(0, |i| i + 1);
        if !place_word(&head[word_start..cut]) {
            break;
        }
        cut = word_start;
        let rest = &head[..cut];
        if vet::VENUE_CUES.iter().any(|c| {
            rest.strip_suffix(c)
                .is_some_and(|h| h.is_empty() || h.ends_with(|ch: char| !ch.is_alphanumeric()))
        }) {
            return rest;
        }
        let Some(r) = rest.strip_suffix(' ') else {
            break;
        };
        cut = r.len();
    }
    before
}

/// A mention that names a place, not a party: a country, region or city of
/// the organizations' place words ("United States", "Ohio"), or a state's
/// two-letter dotted abbreviation ("N.Y.", "N.J.", "D.C.").
/// The entity `id` is no more than the place its mention names (its id is
/// that name's, "name:n-y" for "N.Y."; a company's own name or a back-reference
/// such as "its" is no place).
fn named_by_place(id: &str, surface: &str) -> bool {
    let s = surface.trim();
    let s = s.strip_prefix("the ").unwrap_or(s);
    let b = s.as_bytes();
    let place = crate::extract::orgs::context::not_org(s)
        || (b.len() == 4 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2].is_ascii_uppercase() && b[3] == b'.');
    // Most names are no place: no lower-cased copy of their words then.
    if !place {
        return false;
    }
    let words: Vec<String> = s
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    id.strip_prefix("name:").is_some_and(|rest| {
        rest.split('-')
            .filter(|w| !w.is_empty())
            .eq(words.iter().map(String::as_str))
    })
}

/// A money figure written without a scale word and under 1,000 in its
/// currency ("75 cents", "$7.43", "362 pence"): a price, never a whole
/// company's or deal's sum (a measure's `whole`).
/// Words that open another clause or verb phrase between a figure and a
/// word after it ("up 12% after the group raised its profit forecast"): the
/// figure is no longer that word's (see [`within_ahead`]).
const AHEAD_BREAKS: [&str; 14] = [
    "after",
    "as",
    "while",
    "when",
    "because",
    "since",
    "following",
    "before",
    "and",
    "but",
    "which",
    "that",
    "at",
    "to",
];

/// `gap`, the text between a figure and a type's word after it, keeps the
/// figure that word's (a measure's `ahead_words`, data/events): at most
/// `reach` words (a percentage's own "per cent" not counted), no
/// punctuation, no word of [`AHEAD_BREAKS`].
/// "a 7% drop in annual revenue" (" drop in annual ") keeps it; "closed down
/// 6.1% at 1,823p after the group said operating profit" does not.
fn within_ahead(gap: &str, reach: usize) -> bool {
    let mut words = 0;
    let mut unit = true;
    for w in gap.split_whitespace() {
        unit = unit && matches!(w, "per" | "cent" | "percent" | "pct");
        if unit {
            continue;
        }
        words += 1;
        if words > reach || AHEAD_BREAKS.contains(&w) || w.contains(|c: char| !(c.is_alphanumeric() || c == '-')) {
            return false;
        }
    }
    true
}

/// Words that may stand between "to" (or "at") and the new level a figure
/// moved to: "rose to a record $110 million", "fell to about $3 million".
const LEVEL_FILLERS: [&str; 13] = [
    "a",
    "an",
    "record",
    "new",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "high",
    "low",
];

/// The figure starting at `start` is the new level a move reached: "to"
/// or "at" right before it, or with at most three [`LEVEL_FILLERS`]
/// between ("jumped 16% to a record $110.9 million from $95.9 million":
/// the figure after "from" is then the old one). "rose to $5 million" and
/// "closed at $20" are; "to buy $5 million" or "a record $5 million" alone
/// are not.
fn new_level_before(lower: &str, start: usize) -> bool {
    let from = floor_boundary(lower, start.saturating_sub(40));
    let mut words = lower.get(from..start).unwrap_or("").split_whitespace().rev();
    for _ in 0..=3 {
        match words.next() {
            Some("to" | "at") => return true,
            Some(w) if LEVEL_FILLERS.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

fn below_whole(a: &Amount) -> bool {
    let limit = rust_decimal::Decimal::from(1000);
    a.scale_word.is_none() && a.amount.or(a.max).or(a.min).is_some_and(|v| v.abs() < limit)
}

impl AmountAt<'_> {
    fn value(&self) -> ClaimValue {
        let a = self.amount.clone().into_owned();
        match self.figure {
            Figure::Money => ClaimValue::Money(a),
            Figure::Percent => ClaimValue::Percent(a),
            Figure::Count => ClaimValue::Count(a),
        }
    }

    /// `v` is this figure (what `value() == *v` says, without building it).
    fn is(&self, v: &ClaimValue) -> bool {
        match v {
            ClaimValue::Money(a) => self.figure == Figure::Money && a == self.amount.as_ref(),
            ClaimValue::Percent(a) => self.figure == Figure::Percent && a == self.amount.as_ref(),
            ClaimValue::Count(a) => self.figure == Figure::Count && a == self.amount.as_ref(),
            _ => false,
        }
    }
}

/// Counts of things a business event is measured in: a number, an optional
/// scale word and a unit noun ("400 jobs", "about 1,650 positions",
/// "310,000 units", "2.5 million vehicles"), outside money and percentages.
///
/// | text | count |
/// |---|---|
/// | "cut 400 jobs" | 400 jobs |
/// | "recalling about 310,000 dehumidifiers" (no unit noun) | none |
/// | "roughly 1.2 million vehicles" | 1200000 vehicles, approx |
/// | "$400 jobs fund" (inside a money mention) | none |
/// | "hire 240 licensed nurses" (one describing word before the unit) | 240 nurses |
/// | "about 140 shore-based posts" | 140 posts, approx |
/// | "9 million Acme shares" | 9000000 shares |
/// | "shipped 40 to customers" (a function word describes nothing) | none |
fn counts(lower: &str, taken: &[Range<usize>]) -> Vec<(Range<usize>, Amount)> {
    let (re, units) = count_pattern();
    // Words that may stand between the number and the unit but describe
    // nothing: "400 of the jobs", "200 to 300 jobs" are read otherwise.
    const NOT_DESCRIBING: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on", "or", "per", "the",
        "their", "to", "with",
    ];
    // Most sentences name no unit, or none right after a number: look for the
    // words before running the pattern.
    if !lower.bytes().any(|b| b.is_ascii_digit())
        || !units
            .find_overlapping_iter(lower)
            .any(|m| counted_before(&lower[..m.start()]))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in re.captures_iter(lower) {
        let whole = c.get(0).expect("match");
        if taken.iter().any(|t| t.start < whole.end() && whole.start() < t.end)
            || c.get(4).is_some_and(|w| NOT_DESCRIBING.contains(&w.as_str()))
        {
            continue;
        }
        let Ok(mut n) = c[2].replace(',', "").parse::<rust_decimal::Decimal>() else {
            continue;
        };
        match c.get(3).map(|m| m.as_str()) {
            Some("million") => n *= rust_decimal::Decimal::from(1_000_000),
            Some("thousand") => n *= rust_decimal::Decimal::from(1_000),
            _ => {}
        }
        let exactness = match c.get(1).map(|m| m.as_str()) {
            Some("more than" | "over") => Exactness::MoreThan,
            Some("up to") => Exactness::AtMost,
            Some("at least") => Exactness::AtLeast,
            Some(_) => Exactness::Approx,
            None => Exactness::Exact,
        };
        out.push((
            whole.start()..whole.end(),
            Amount {
                unit: Some(c[5].to_string()),
                amount: Some(n.normalize()),
                exactness,
                ..Amount::default()
            },
        ));
    }
    out
}

/// The count pattern of [`counts`] and an automaton of its unit words.
fn count_pattern() -> &'static (regex::Regex, aho_corasick::AhoCorasick) {
    // Things, then workforce nouns: the people a company hires or lets go
    // are counted by their trade as often as by "jobs" or "staff".
    const UNITS: &str = "jobs|employees|workers|staff|positions|roles|posts|people|units|vehicles|cars|devices|products|homes|customers|shares|stores|branches|engineers|technicians|graduates|freshers|hires|recruits|drivers|contractors|nurses|doctors|physicians|clinicians|therapists|pharmacists|machinists|welders|electricians|mechanics|pilots|teachers|developers|programmers|scientists|researchers|miners|seafarers|apprentices|trainees|redundancies|vacancies";
    static RE: OnceLock<(regex::Regex, aho_corasick::AhoCorasick)> = OnceLock::new();
    RE.get_or_init(|| {
        // ASCII word boundaries (`(?-u:\b)`): the text is lower-cased ASCII where
        // it matters, and Unicode boundaries forced the slow backtracking engine.
        let re = regex::Regex::new(&format!(
            r"(?-u:\b)(?:(about|around|roughly|nearly|almost|approximately|some|more than|over|up to|at least)\s+)?(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(million|thousand))?\s+(?:(?:new|more|additional|full-time|of its|of the|further)\s+)?(?:([a-z][a-z-]*[a-z])\s+)?({UNITS})(?-u:\b)"
        ))
        .expect("count pattern compiles");
        let units = aho_corasick::AhoCorasick::new(UNITS.split('|')).expect("unit words compile");
        (re, units)
    })
}

/// `before` (the text before a unit word) ends as the count pattern of
/// [`counts`] needs it to before its unit: white space after an ASCII digit,
/// after "million" or "thousand" with one, or after one of its modifiers
/// ("new", "of the") after either. A count the pattern reads ends in such a
/// digit (others do not parse), so a sentence with no unit word so placed
/// has no count.
fn counted_before(before: &str) -> bool {
    const MODIFIERS: [&str; 7] = ["new", "more", "additional", "full-time", "of its", "of the", "further"];
    /// `s` without the white space it ends with (`\s+`: one Unicode white
    /// space char or more, as the pattern's), when it ends with some.
    fn spaced(s: &str) -> Option<&str> {
        let t = s.trim_end_matches(char::is_whitespace);
        (t.len() < s.len()).then_some(t)
    }
    let number = |s: &str| {
        let s = ["million", "thousand"]
            .iter()
            .find_map(|w| s.strip_suffix(w).and_then(spaced))
            .unwrap_or(s);
        s.ends_with(|c: char| c.is_ascii_digit())
    };
    let counted = |head: &str| {
        number(head)
            || MODIFIERS
                .iter()
                .any(|m| head.strip_suffix(m).and_then(spaced).is_some_and(number))
    };
    let Some(head) = spaced(before) else {
        return false;
    };
    // Or one describing word between ("240 licensed nurses"): a lower-case
    // ASCII word, hyphens inside, with white space before it.
    let word = &head[head.trim_end_matches(|c: char| !c.is_whitespace()).len()..];
    let describing = word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.ends_with(|c: char| c.is_ascii_lowercase())
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    counted(head) || (describing && spaced(&head[..head.len() - word.len()]).is_some_and(counted))
}

struct DateAt<'a> {
    span: Range<usize>,
    timex: &'a Timex,
    until: bool,
    /// The period the words around it make it ("the year ended Sept. 30": 2026), see [`periods`].
    period: Option<String>,
    /// The company's fiscal quarter it names ("the fiscal second quarter": 2).
    fiscal_quarter: Option<u32>,
    /// The time of a figure compared with ("from a year earlier"), or when a
    /// company began ("founded in 2021"): never a claim's.
    compare: bool,
    /// A payment's or delivery's day ("payable Dec. 15", "deliveries
    /// starting in 2028"): never the claim's time (see [`is_schedule`]).
    schedule: bool,
}

struct Hit {
    span: Range<usize>,
    entry: &'static Entry,
}

/// One sentence with its mentions, positions relative to the sentence.
struct Sentence<'a> {
    index: usize,
    text: &'a str,
    lower: String,
    entities: Vec<EntityAt<'a>>,
    /// Outlets, analyst firms, underwriters: speakers only (see [`is_source`]).
    sources: Vec<EntityAt<'a>>,
    amounts: Vec<AmountAt<'a>>,
    dates: Vec<DateAt<'a>>,
    clauses: Vec<Range<usize>>,
    /// Relative clauses and appositions set off by commas or dashes (see
    /// [`inserts`]), found when a subject is first chosen (most sentences
    /// never need them).
    inserts: std::cell::OnceCell<Vec<Range<usize>>>,
    quoted: Vec<Range<usize>>,
    correction: bool,
    /// Say-verbs of the sentence (position, verb), found once.
    say_verbs: Vec<(usize, &'static str)>,
    /// Every cue of every list in the sentence, found once.
    cues: Cues,
    /// Where the first ": " is, for labels ("- Revenue sharing:").
    colon: Option<usize>,
    /// The month the source's company closes its fiscal year, when it says (see [`periods`]).
    fy_end: Option<u32>,
    published: Option<jiff::civil::Date>,
}

/// The previous claim with a subject, for anaphora: its sentence and its
/// index in the document's claims (read there, not copied).
#[derive(Clone, Copy)]
struct Previous {
    sentence: usize,
    claim: usize,
    /// Its sentence names the company the source is about.
    topic_named: bool,
}

pub(super) fn extract(doc: &Document, mentions: &[Mention]) -> Vec<Claim> {
    let text = doc.text.as_bytes();
    // (sentence index, hit), in text order.
    let mut all_hits: Vec<(usize, Hit)> = Vec::new();
    // Hits come in text order, so the sentence index only moves forward: a
    // cursor, not a binary search per hit (the same `Document::sentence_index`).
    let mut next_sentence = 0;
    for m in triggers().find_iter(&doc.text) {
        if !whole_word(text, m.start(), m.end()) {
            continue;
        }
        while doc
            .sentences
            .get(next_sentence)
            .is_some_and(|s| s.span.start <= m.start())
        {
            next_sentence += 1;
        }
        let s = next_sentence.saturating_sub(1);
        let hit = Hit {
            span: m.start()..m.end(),
            entry: &lexicon::predicates()[m.pattern().as_usize()],
        };
        all_hits.push((s, hit));
    }
    let quotes = quoted_regions(&doc.text);
    let topic = topic_company(mentions);
    let fy_end = periods::fiscal_year_end(doc, mentions);
    // The time of claims without a date of their own, written once.
    let published_month = doc.published.map(|p| format!("{:04}-{:02}", p.year(), p.month()));
    let mut claims: Vec<Claim> = Vec::new();
    let mut previous: Option<Previous> = None;
    let (mut lo, mut hi) = (0, 0);
    let mut hits: Vec<Hit> = Vec::new();
    let mut in_sentence: Vec<&Mention> = Vec::new();
    for group in all_hits.chunk_by(|a, b| a.0 == b.0) {
        let index = group[0].0;
        let Some(sentence) = doc.sentences.get(index) else {
            continue;
        };
        let span = sentence.span.clone();
        // Sentences come in text order and mentions are sorted by start: the
        // first mention at or after the sentence start, and the first after its
        // end, only move forward.
        while lo < mentions.len() && mentions[lo].span.start < span.start {
            lo += 1;
        }
        hi = hi.max(lo);
        while hi < mentions.len() && mentions[hi].span.start < span.end {
            hi += 1;
        }
        in_sentence.clear();
        in_sentence.extend(
            mentions[lo..hi]
                .iter()
                .filter(|m| !m.boilerplate && m.span.end <= span.end),
        );
        // Without an organization or person, a claim's subject can only come
        // from the previous claim, and only for a figure within two sentences
        // of it (see `Sentence::claims`): other sentences give no claim.
        let has_party = in_sentence
            .iter()
            .any(|m| matches!(m.kind, MentionType::Org | MentionType::Person));
        // (or, for a company's own figures, from the company the source is about).
        let may_continue = (previous.is_some_and(|p| p.sentence + 2 >= index) || topic.is_some())
            && in_sentence
                .iter()
                .any(|m| matches!(m.kind, MentionType::Money | MentionType::Percent));
        // "The Leeds-based airline will cut 700 jobs": a company named by its
        // kind right before a verb is the source's company (`described_company`).
        let may_describe = || {
            topic.is_some()
                && group.iter().any(|(_, h)| {
                    h.entry.pos == Pos::Verb && {
                        let from = floor_boundary(&doc.text, h.span.start.saturating_sub(64).max(span.start));
                        let before = doc.text[from..h.span.start].to_ascii_lowercase();
                        lexicon::COMPANY_KIND_WORDS.iter().any(|k| contains(&before, k))
                    }
                })
        };
        if !has_party && !may_continue && !may_describe() {
            continue;
        }
        hits.clear();
        hits.extend(group.iter().map(|(_, h)| Hit {
            span: h.span.start - span.start..h.span.end - span.start,
            entry: h.entry,
        }));
        // An analyst firm is a party of a price target; a bare "target" is one
        // only with a money figure beside it ("target raised to ¥2,150"), not
        // in "its disinvestment target for 2026-27" (see `price_beside`).
        let sources_are_parties = hits.iter().any(|h| {
            h.entry.class.flags().sources_are_parties
                && (!h.entry.trigger.needs_price
                    || in_sentence.iter().any(|m| {
                        let (start, end) = (m.span.start - span.start, m.span.end - span.start);
                        m.kind == MentionType::Money
                            && (end <= h.span.start && h.span.start - end <= 1
                                || start >= h.span.end && start - h.span.end <= 32)
                    }))
        });
        let sent = Sentence::new(
            doc,
            index,
            span.clone(),
            &in_sentence,
            &quotes,
            fy_end,
            sources_are_parties,
        );
        let first = claims.len();
        let earlier = previous.map(|p| (p.sentence, &claims[p.claim]));
        // A results paragraph runs on: a period figure naming no company
        // ("Revenue rose 4% to $1.2 billion") right after a period figure of a
        // company named in its own words, in a sentence that does not name
        // the company the source is about, is that company's (a roundup of
        // several companies' results), not the source's company's.
        let runs_on = previous
            .filter(|p| p.sentence + 2 >= index && !p.topic_named)
            .map(|p| &claims[p.claim])
            .filter(|p| p.predicate.class.def().period && p.rule != Rule::ClaimAnaphora)
            .and_then(|p| p.subject.clone());
        let found = sent.claims(
            &hits,
            published_month.as_deref(),
            earlier,
            (topic.as_deref(), runs_on.as_deref()),
            &claims,
        );
        claims.extend(found);
        for c in &mut claims[first..] {
            c.span = c.span.start + span.start..c.span.end + span.start;
            if let Some(p) = c.part_of.as_mut() {
                *p += first;
            }
        }
        if let Some(last) = claims[first..].iter().rposition(|c| c.subject.is_some()) {
            let topic_named = topic.as_deref().is_some_and(|t| {
                in_sentence
                    .iter()
                    .any(|m| matches!(&m.value, Value::Entity(e) if e.entity == t))
            });
            previous = Some(Previous {
                sentence: index,
                claim: first + last,
                topic_named,
            });
        }
    }
    date_periods_from_context(&mut claims, &doc.text);
    prior::date_pending(&mut claims);
    claims
}

/// The first entity of two sorted lists that passes `ok`.
fn first_in<'b, 'a>(lists: [&'b [EntityAt<'a>]; 2], ok: impl Fn(&EntityAt) -> bool) -> Option<&'b EntityAt<'a>> {
    let [a, b] = lists.map(|l| l.iter().find(|e| ok(e)));
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.span.start < a.span.start { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The last entity of two sorted lists that passes `ok`.
fn last_in<'b, 'a>(lists: [&'b [EntityAt<'a>]; 2], ok: impl Fn(&EntityAt) -> bool) -> Option<&'b EntityAt<'a>> {
    let [a, b] = lists.map(|l| l.iter().rev().find(|e| ok(e)));
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.span.end > a.span.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Cues before an organization that make it a source of what is said, not a
/// party: an analyst firm speaking, an underwriter.
const SOURCE_BEFORE: &[&str] = &[
    "analysts at",
    "analyst at",
    "analysts from",
    "analyst from",
    "analysts with",
    "analyst with",
    "strategists at",
    "economists at",
    "underwritten by",
    "underwriters",
    "bookrunners",
    "bookrunner",
    // A data firm that polls analysts: "analysts surveyed by LSEG expect".
    "surveyed by",
    "polled by",
    "compiled by",
];

/// The words between an analyst firm and its analyst's name (see
/// `Sentence::firm_of_analyst`).
const ANALYST_BETWEEN: [&str; 8] = [
    " analyst ",
    " analysts ",
    "'s analyst ",
    "\u{2019}s analyst ",
    " senior analyst ",
    " research analyst ",
    " equity analyst ",
    " strategist ",
];

/// Cues right after an organization that make it a source: "Peel Hunt analysts", "Jefferies said in a note".
const SOURCE_AFTER: &[&str] = &[
    " analyst",
    "'s analyst",
    "\u{2019}s analyst",
    " strategist",
    " economist",
    " said in a note",
    " said in a research note",
    " wrote in a note",
    " said in a report",
    // The exchange a company trades on, as its modifier: "the JSE-listed
    // group", "Nasdaq-quoted Acme" (the listed company acts, never the exchange).
    "-listed",
    "-quoted",
    "-traded",
];

/// An organization that attributes or arranges rather than acts: a news
/// outlet (kind `publisher`, a dateline's agency "(Asia Wire) -"), an analyst
/// firm named as the one speaking, an underwriter.
///
/// | text (organization in bold) | source? |
/// |---|---|
/// | "Analysts at **Peel Hunt** said the bid was fair" | yes |
/// | "**Jefferies** analysts expect a sale" | yes |
/// | "LONDON, Nov 2 (**Thames Newswire**) - Ashcombe raised its offer" | yes |
/// | "the offering, underwritten by **Goldman Sachs**" | yes |
/// | "**Peel Hunt** agreed to buy a rival broker" | no |
/// | "**Acme** (ACME) raised its offer" | no (a ticker, no dash) |
/// | "**Acme**, whose analysts track chips, bought Zeta" | no |
/// | "The **JSE**-listed group declared a dividend" | yes (an exchange as a modifier) |
/// A ticker in brackets between a name and its verb: " (ARDL) ", " (6417) ",
/// " (NASDAQ: SNDH) ", " (TSX: NFM) "; never a clause in brackets (" (which
/// it bought in 2020) ") or a figure (" (up 4%) ").
fn is_ticker_in_brackets(gap: &str) -> bool {
    let Some(inner) = gap.strip_prefix(" (").and_then(|g| g.strip_suffix(") ")) else {
        return false;
    };
    !inner.is_empty()
        && inner.len() <= 20
        && inner.split_whitespace().count() <= 2
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, ':' | '.' | ' ' | '-'))
        && !inner.contains(['%'])
        && (inner.split_whitespace().count() == 1 || inner.contains(": "))
}

/// Words right after a price that make it a price a share (earnings per share).
const PER_SHARE: [&str; 6] = [
    " a share",
    " per share",
    " a diluted share",
    " per diluted share",
    " a basic share",
    " per basic share",
];

/// Word stems before a price a share that make it a forecast, not a result
/// ("analysts were predicting", "trimmed his projection to", "expected the
/// company to earn").
const FORECAST_WORDS: [&str; 6] = ["predict", "projection", "forecast", "estimate", "expect", "consensus"];

/// Words that open a noun phrase naming a deal with its modifiers: "the
/// sweetened offer", "its revised bid", "an improved proposal".
const DEAL_DETERMINERS: [&str; 7] = ["the", "its", "this", "their", "a", "an", "that"];

/// `before` (the sentence up to a verb, lower case) ends with a deal noun
/// of `deal_words` ("the offer") with one or two modifiers after its
/// determiner: "the increased bid", "the improved cash offer", "its revised
/// proposal"; never "the deal" alone (that is `deal_words` itself), "Acme's
/// bid" (no determiner) or "the offer for Tarn" (the noun is not last).
fn deal_noun_with_modifiers(before: &str, deal_words: &[String]) -> bool {
    deal_words.iter().filter_map(|w| w.strip_prefix("the ")).any(|noun| {
        let Some(head) = before.strip_suffix(noun) else {
            return false;
        };
        if !head.ends_with(' ') {
            return false;
        }
        let words: Vec<&str> = head.split_whitespace().rev().take(3).collect();
        (0..=2).any(|n| {
            words.len() > n
                && DEAL_DETERMINERS.contains(&words[n])
                && words[..n]
                    .iter()
                    .all(|m| m.chars().all(|c| c.is_alphabetic() || c == '-') && !DEAL_DETERMINERS.contains(m))
        })
    })
}

/// A relative pronoun between a deal noun and its valuing verb leaves the
/// noun the verb's subject: "in a deal that values Tarn at $1.2bn", "the
/// bid, which values Tarn at". `before` (lower case, up to the verb)
/// without the pronoun and its comma; as it is without one.
fn deal_relative_head(before: &str) -> &str {
    let Some(head) = before.strip_suffix(" that").or_else(|| before.strip_suffix(" which")) else {
        return before;
    };
    let head = head.trim_end();
    head.strip_suffix(',').unwrap_or(head).trim_end()
}

fn is_source(lower: &str, span: &Range<usize>, kind: EntityKind) -> bool {
    if kind == EntityKind::Publisher {
        return true;
    }
    let before = lower.get(..span.start).unwrap_or("").trim_end_matches(' ');
    let after = lower.get(span.end..).unwrap_or("");
    if before.ends_with('(') && after.starts_with(')') {
        let rest = after[1..].trim_start();
        return rest.starts_with('-')
            || rest.starts_with('\u{2013}')
            || rest.starts_with('\u{2014}')
            || is_dateline(&before[..before.len() - 1]);
    }
    // Read for every name of a sentence with a predicate: the cues are
    // compared only when the byte they need is there (see [`byte_table`]).
    let cued_before = before
        .as_bytes()
        .last()
        .is_none_or(|&b| SOURCE_BEFORE_LAST_BYTES[usize::from(b)])
        && SOURCE_BEFORE.iter().any(|c| {
            before.ends_with(c)
                && before[..before.len() - c.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric())
        });
    cued_before
        || (after
            .as_bytes()
            .get(1)
            .is_none_or(|&b| SOURCE_AFTER_SECOND_BYTES[usize::from(b)])
            && SOURCE_AFTER.iter().any(|c| after.starts_with(c)))
}

/// Which bytes some phrase of `list` has at `at` (`at` from its end with
/// `from_end`); every byte when a phrase is too short to have one there, so
/// that a byte not in the table rules every phrase out.
const fn byte_table(list: &[&str], at: usize, from_end: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < list.len() {
        let phrase = list[i].as_bytes();
        if phrase.len() <= at {
            return [true; 256];
        }
        let b = if from_end {
            phrase[phrase.len() - 1 - at]
        } else {
            phrase[at]
        };
        table[b as usize] = true;
        i += 1;
    }
    table
}

/// The last bytes of [`SOURCE_BEFORE`].
const SOURCE_BEFORE_LAST_BYTES: [bool; 256] = byte_table(SOURCE_BEFORE, 0, true);

/// The second bytes of [`SOURCE_AFTER`].
const SOURCE_AFTER_SECOND_BYTES: [bool; 256] = byte_table(SOURCE_AFTER, 1, false);

/// Month words of a dateline ("NEW DELHI, June 9", "TOKYO, Sept. 3").
const DATELINE_MONTHS: [&str; 24] = [
    "jan",
    "january",
    "feb",
    "february",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "aug",
    "august",
    "sept",
    "sep",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// The sentence opens with a dateline that ends here: a place, a comma, a
/// month and a day ("new delhi, june 9 ", "tokyo, sept. 3 "), so that the
/// name in brackets after it is the wire's ("NEW DELHI, June 9 (PWI) The
/// government will sell…"), with or without a dash after it.
fn is_dateline(before: &str) -> bool {
    let b = before.trim_end();
    if b.len() > 48 {
        return false;
    }
    let Some((place, date)) = b.split_once(", ") else {
        return false;
    };
    let mut words = date.split_whitespace();
    let (Some(month), Some(day), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    !place.is_empty()
        && DATELINE_MONTHS.contains(&month.trim_end_matches('.'))
        && !day.is_empty()
        && day.len() <= 2
        && day.chars().all(|c| c.is_ascii_digit())
}

/// The company a source is about: the one its mentions name most often
/// (first named on a tie), boilerplate left out.
fn topic_company(mentions: &[Mention]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| !m.boilerplate && m.kind == MentionType::Org) {
        if let Value::Entity(e) = &m.value
            && e.kind == EntityKind::Company
        {
            match counts.iter_mut().find(|(id, _)| *id == e.entity) {
                Some((_, n)) => *n += 1,
                None => counts.push((e.entity.as_str(), 1)),
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(id, _)| id.to_string())
}

/// A period figure without a period of its own ("Earnings per share came in
/// at 74 cents") is of the period the source last gave one of its period
/// figures ("first-quarter revenue rose 6%"): `from: "context"`.
/// Results and forecasts are dated apart: a forecast's period (`forward` in
/// its type's file: "it expects 2027 revenue of") never dates a result, nor
/// a result's a forecast.
fn date_periods_from_context(claims: &mut [Claim], text: &str) {
    // The last period of a result and of a forecast.
    let mut last: [Option<String>; 2] = [None, None];
    for c in claims.iter_mut() {
        let def = c.predicate.class.def();
        // An earlier period's figure (see `prior`) dates no figure after it.
        if !def.period || c.rule == Rule::ClaimPriorPeriod {
            continue;
        }
        let last = &mut last[usize::from(def.forward)];
        // "…, compared with year-earlier sales of $50.1 million": the
        // year-earlier figure of the period, which dates no figure after it.
        let (prior, opens_prior) = match def.forward {
            true => (false, false),
            false => {
                let from = floor_boundary(text, c.span.start.saturating_sub(80));
                let before = text.get(from..c.span.start).unwrap_or("").to_lowercase();
                // The sentence's words before the trigger ("In the year-ago period, … earned").
                let head = match [before.rfind(". "), before.rfind('\n')].into_iter().flatten().max() {
                    Some(i) => &before[i + 1..],
                    None if from == 0 => &before[..],
                    None => "",
                };
                (periods::is_prior_figure(&before), periods::opens_year_earlier(head))
            }
        };
        match &c.time {
            Some(t) if (prior || opens_prior) && t.from == "sentence" => {}
            Some(t) if t.from == "sentence" => *last = Some(t.value.clone()),
            _ => {
                // A whole year's figure ("full-year guidance") takes no quarter
                // from before, a nine months' figure the year of it, a half's its half.
                let span = || {
                    let from = floor_boundary(text, c.span.start.saturating_sub(48));
                    let to = floor_boundary(text, (c.span.end + 32).min(text.len()));
                    let before = text.get(from..c.span.start).unwrap_or("").to_lowercase();
                    let after = text.get(c.span.end..to).unwrap_or("").to_lowercase();
                    periods::named_span(&before, &after)
                };
                if let Some(p) = last.as_deref().and_then(|p| periods::context_for_span(span(), p)) {
                    let p = match prior {
                        true => periods::year_earlier(&p).unwrap_or(p),
                        false => p,
                    };
                    c.time = Some(ClaimTime {
                        value: p,
                        from: "context".into(),
                    });
                }
            }
        }
    }
}

/// Reads what the words around each date make of it (see [`periods`]): the
/// period a date ends ("the year ended Sept. 30"), and the quarter written
/// just before it ("the second quarter ended September 30, 2026") with it; a
/// month's quarter ("the September quarter"); a fiscal quarter; a comparison.
fn read_periods(lower: &str, dates: &mut [DateAt], amounts: &[AmountAt], published: Option<jiff::civil::Date>) {
    for i in 0..dates.len() {
        let r = dates[i].span.clone();
        let before = lower.get(..r.start).unwrap_or("");
        let own = lower.get(r.clone()).unwrap_or("");
        let after = lower.get(r.end..).unwrap_or("");
        let near = &before[floor_boundary(before, before.len().saturating_sub(48))..];
        if let Some(ends) = periods::ends_before(near, false)
            && let Some(p) = periods::period_ended(ends, dates[i].timex, near, own, published)
        {
            // The quarter or year named just before "ended" is that period.
            let cue_start = r.start.saturating_sub(48);
            if let Some(j) = (0..i)
                .rev()
                .find(|&j| dates[j].span.end >= cue_start && dates[j].span.end <= r.start)
            {
                let gap = lower.get(dates[j].span.end..r.start).unwrap_or("").trim();
                let joined = ["ended", "ending", "that ended", "which ended", "to", "through"]
                    .iter()
                    .any(|w| gap.starts_with(w))
                    && gap.split_whitespace().count() <= 5;
                if joined && is_period(&dates[j].timex.value) {
                    dates[j].period = Some(p.clone());
                }
            }
            // "the 12 months to the end of February" closes a period, not a bound.
            dates[i].until = false;
            dates[i].period = Some(p);
        } else if let Some(p) = periods::month_quarter(dates[i].timex, after) {
            dates[i].period = Some(p);
        }
        dates[i].fiscal_quarter = periods::is_fiscal_quarter(dates[i].timex, own, near, after);
        // A figure that ends right before the date, "in"/"for" between.
        let head = before.trim_end();
        let head = head
            .strip_suffix(" in")
            .or_else(|| head.strip_suffix(" for"))
            .unwrap_or(head)
            .trim_end();
        let amount_start = amounts
            .iter()
            .find(|a| {
                a.span.end <= r.start
                    && (a.span.end == head.len()
                        || lower
                            .get(a.span.end..head.len())
                            .is_some_and(|g| g.trim() == ")" || g.trim().is_empty()))
            })
            .map(|a| a.span.start);
        dates[i].compare = periods::is_comparison(before, own, amount_start)
            || periods::is_origin(before)
            || periods::is_bracketed_prior(before, after);
    }
}

/// Words that open another event's clause after a claim's predicate ("…
/// it sought when it filed the suit in 2024", "since the company's listing
/// in 2011", "and bought back shares in the year just ended"): a date after
/// that event's predicate is its own (see `another_predicates_date`).
const ANOTHER_EVENT_LINKS: &[&str] = &[
    "when",
    "after",
    "before",
    "since",
    "which",
    "that",
    "who",
    "while",
    "following",
    "and",
    "having",
];

/// Byte ranges inside quotation marks (curly or straight); a quote never runs past a line end.
fn quoted_regions(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Only the bytes that start a quotation mark or a line end are looked at
    // (0xE2 starts the curly quotes' UTF-8).
    let bytes = text.as_bytes();
    let chars = memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes).filter_map(|i| match bytes[i] {
        0xE2 => match bytes.get(i + 1..i + 3) {
            Some([0x80, 0x9C]) => Some((i, '\u{201c}')),
            Some([0x80, 0x9D]) => Some((i, '\u{201d}')),
            _ => None,
        },
        b => Some((i, char::from(b))),
    });
    for (i, c) in chars {
        match c {
            '\u{201c}' => open = Some(i),
            '\u{201d}' => {
                if let Some(s) = open.take() {
                    out.push(s..i);
                }
            }
            '"' => match open.take() {
                Some(s) => out.push(s..i),
                None => open = Some(i),
            },
            '\n' => {
                if let Some(s) = open.take() {
                    out.push(s..i);
                }
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        out.push(s..text.len());
    }
    out
}

impl<'a> Sentence<'a> {
    /// The sentence's inserts (see [`inserts`]), found on first use; none
    /// without a party.
    fn inserts(&self) -> &[Range<usize>] {
        self.inserts.get_or_init(|| {
            if self.entities.is_empty() {
                Vec::new()
            } else {
                inserts::inserts(&self.lower)
            }
        })
    }

    fn new(
        doc: &'a Document,
        index: usize,
        span: Range<usize>,
        mentions: &[&'a Mention],
        quotes: &[Range<usize>],
        fy_end: Option<u32>,
        sources_are_parties: bool,
    ) -> Self {
        let text = &doc.text[span.clone()];
        let lower = text.to_ascii_lowercase();
        let rel = |r: &Range<usize>| r.start.saturating_sub(span.start)..r.end.saturating_sub(span.start);
        let mut entities = Vec::new();
        let mut amounts = Vec::new();
        let mut dates = Vec::new();
        // Every cue of every list, the expectation words too, in one pass.
        let cues = Cues::of(&lower);
        for m in mentions {
            let r = rel(&m.span);
            match (&m.value, m.kind) {
                (Value::Entity(e), MentionType::Org | MentionType::Person) => {
                    // "Sam Altman's company" is the company he works for.
                    let after = lower.get(r.end..).unwrap_or("");
                    let company_of = e.kind == EntityKind::Person
                        && (after.starts_with("'s company") || after.starts_with("\u{2019}s company"));
                    let id = match (&e.employer, company_of) {
                        (Some(employer), true) => employer.as_str(),
                        _ => e.entity.as_str(),
                    };
                    entities.push(EntityAt {
                        span: r,
                        id,
                        kind: e.kind,
                        says: false,
                        says_that: false,
                        employer: e.employer.as_deref().filter(|_| e.kind == EntityKind::Person),
                    })
                }
                (Value::Amount(a), MentionType::Money | MentionType::Percent) => {
                    amounts.push(AmountAt {
                        // "closed at 387p": a price in pence is a price per share.
                        rate: is_rate(a, &lower, &r) || m.rule == Rule::MoneyPence,
                        expected: is_expectation(&lower, &r, &cues),
                        prior: is_prior_size(&lower, &r),
                        result: m.kind == MentionType::Money && vet::is_result_line(&lower, &r),
                        holding: m.kind == MentionType::Money && is_holding_size(&lower, &r),
                        span: r,
                        amount: Cow::Borrowed(a),
                        figure: if m.kind == MentionType::Percent {
                            Figure::Percent
                        } else {
                            Figure::Money
                        },
                        part: None,
                    });
                }
                (Value::Timex(t), MentionType::Date | MentionType::Time) => {
                    let until = is_until(&lower, &r, t);
                    let schedule = is_schedule(&lower, &r);
                    dates.push(DateAt {
                        span: r,
                        timex: t,
                        until,
                        period: None,
                        fiscal_quarter: None,
                        compare: false,
                        schedule,
                    });
                }
                _ => {}
            }
        }
        let taken: Vec<Range<usize>> = mentions.iter().map(|m| rel(&m.span)).collect();
        for (span, amount) in counts(&lower, &taken) {
            amounts.push(AmountAt {
                expected: is_expectation(&lower, &span, &cues),
                prior: false,
                result: false,
                holding: false,
                span,
                amount: Cow::Owned(amount),
                figure: Figure::Count,
                part: None,
                rate: false,
            });
        }
        amounts.sort_by_key(|a| a.span.start);
        for i in 1..amounts.len() {
            let (before, after) = amounts.split_at_mut(i);
            let (prev, a) = (&before[i - 1], &mut after[0]);
            if a.figure == Figure::Money
                && prev.figure == Figure::Money
                && a.rate
                && (vet::is_earnings_per_share(&lower, &prev.span, &a.span)
                    || (prev.result && vet::restates_line(&lower, &prev.span, &a.span)))
            {
                a.result = true;
            }
        }
        read_periods(&lower, &mut dates, &amounts, doc.published);
        // "raised its target to $410 from $350", "up from 18%": the figure after
        // "from" is the old one, said to compare, not claimed.
        // The new figure may come a few figures before ("slipped 5% to #89.7
        // million ($141.9 million), or 16 pence a share, from #94.8 million"),
        // and a converted figure in brackets goes with the old one it converts.
        let mut i = 1;
        let mut dropped_end: Option<usize> = None;
        while i < amounts.len() {
            let start = amounts[i].span.start;
            let before = lower.get(..start).unwrap_or("").trim_end();
            let earlier_to = amounts[..i].iter().any(|a| new_level_before(&lower, a.span.start));
            let converts_dropped =
                dropped_end.is_some_and(|end| lower.get(end..start).is_some_and(|gap| gap.trim() == "("));
            if converts_dropped
                || (before.ends_with(" from")
                    && (earlier_to || before.ends_with("up from") || before.ends_with("down from")))
            {
                dropped_end = Some(amounts[i].span.end);
                amounts.remove(i);
            } else {
                dropped_end = None;
                i += 1;
            }
        }
        mark_parts(&lower, &mut amounts);
        // Quote regions are sorted and disjoint: look only at those that can touch the sentence.
        let first = quotes.partition_point(|q| q.end <= span.start);
        let quoted = quotes[first..]
            .iter()
            .take_while(|q| q.start < span.end)
            .map(|q| q.start.saturating_sub(span.start)..q.end.saturating_sub(span.start).min(text.len()))
            .collect();
        // What follows each entity, read once for all the predicates of the
        // sentence: the say-verbs among the cues that start right after it
        // (and its white space) are the say-verbs it is followed by.
        for i in 0..entities.len() {
            let e = &entities[i];
            let after = lower.get(e.span.end..).unwrap_or("").trim_start();
            let at = lower.len() - after.len();
            let (mut says, mut says_that) = (false, false);
            let first = cues.0.partition_point(|c| c.start < at);
            for c in cues.0[first..].iter().take_while(|c| c.start == at) {
                if c.lists & cue::SAY != 0 {
                    let rest = &lower[c.end..];
                    says = true;
                    says_that |= rest.starts_with(" that ") || rest.starts_with(", ") || rest.starts_with(":");
                }
            }
            let other_after = says_that && entities.iter().any(|o| o.span.start > e.span.end && o.id != e.id);
            entities[i].says = says;
            entities[i].says_that = other_after;
        }
        // A news outlet, an analyst firm speaking as one, an underwriter: they
        // attribute or arrange, they are no party of a business claim (except
        // of a type whose subject is the analyst firm, a price target).
        let mut sources = Vec::new();
        if !sources_are_parties && entities.iter().any(|e| is_source(&lower, &e.span, e.kind)) {
            let (s, parties): (Vec<_>, Vec<_>) = entities.into_iter().partition(|e| is_source(&lower, &e.span, e.kind));
            sources = s;
            entities = parties;
        }
        let correction = cues.in_text(cue::CORRECTION, 0, lower.len());
        // Whole-word occurrences of every say-verb. An occurrence overlapping
        // an earlier one of the same verb is never a whole word (a test checks
        // the verbs for it), so this is what `find_words` per verb gives.
        let mut say_verbs: Vec<(usize, &'static str)> = cues
            .within(cue::SAY, 0, lower.len())
            .filter(|c| whole_word(lower.as_bytes(), c.start, c.end))
            .map(|c| (c.start, c.phrase))
            .collect();
        say_verbs.sort_unstable();
        let colon = find_bytes(lower.as_bytes(), b": ");
        Self {
            index,
            text,
            clauses: clauses(&lower, &cues),
            inserts: std::cell::OnceCell::new(),
            lower,
            entities,
            sources,
            amounts,
            dates,
            quoted,
            correction,
            say_verbs,
            cues,
            colon,
            fy_end,
            published: doc.published,
        }
    }

    /// `lower[from..to]`, or "" when the range is not one (overlapping mentions).
    fn sl(&self, from: usize, to: usize) -> &str {
        self.lower.get(from..to.min(self.lower.len())).unwrap_or("")
    }

    fn clause_of(&self, pos: usize) -> Range<usize> {
        self.clauses
            .iter()
            .find(|c| c.start <= pos && pos < c.end)
            .cloned()
            .unwrap_or(0..self.text.len())
    }

    /// The claims of the sentence; `previous` is the sentence and the claim
    /// anaphora reads. `part_of` indexes these claims; the caller shifts it
    /// into the document's.
    fn claims(
        &self,
        hits: &[Hit],
        published_month: Option<&str>,
        previous: Option<(usize, &Claim)>,
        // The company the source is about, and the company whose results
        // paragraph runs on into this sentence (see `extract`).
        (topic, runs_on): (Option<&str>, Option<&str>),
        document: &[Claim],
    ) -> Vec<Claim> {
        let mut local: Vec<Claim> = Vec::with_capacity(hits.len());
        for (i, hit) in hits.iter().enumerate() {
            if (self.is_label(&hit.span) && !self.label_states_figure()) || self.is_auxiliary(hit, hits.get(i + 1)) {
                continue;
            }
            // A denial or dispute verb that reports another predicate is attribution, not a claim.
            if hit.entry.class.flags().reports_other
                && hits[i + 1..].iter().any(|h| !h.entry.class.flags().reports_other)
            {
                continue;
            }
            // "a deal valued at $8 billion": the figure is the deal's, not a company's valuation.
            if hit.entry.class.flags().modifier_after_trigger
                && i > 0
                && hits[i - 1].span.end + 1 >= hit.span.start
                && self.sl(hit.span.end, hit.span.end + 4) == " at "
            {
                continue;
            }
            // A form its own type's conditions reject may be another type's
            // ("closed a $4 million seed round", "closed 4.1% lower").
            let other;
            let hit = if self.admits(hit) {
                hit
            } else if let Some(e) = lexicon::alternates(hit.entry).iter().find(|e| {
                !std::ptr::eq(**e, hit.entry)
                    && self.admits(&Hit {
                        span: hit.span.clone(),
                        entry: e,
                    })
            }) {
                other = Hit {
                    span: hit.span.clone(),
                    entry: e,
                };
                &other
            } else {
                continue;
            };
            // "buy back notes due 2028", "tender for its notes": a word before the form bars it.
            if !hit.entry.trigger.barred_after.is_empty() && self.barred_before(hit) {
                continue;
            }
            // "sales tax", "launch titles": the word modifies the noun after it.
            if !hit.entry.trigger.modifies.is_empty() {
                let next = self
                    .sl(hit.span.end, hit.span.end + 24)
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .nth(1)
                    .unwrap_or("");
                if hit.entry.trigger.modifies.iter().any(|m| m == next) {
                    continue;
                }
            }
            // "exclusive to the platform": no party after "to".
            if hit.entry.class.flags().to_party && self.names_no_party(hit) {
                continue;
            }
            // "its own data centers": an adjective, not ownership.
            if hit.entry.lemma == "own" && self.follows_possessive_pronoun(hit) {
                continue;
            }
            // "The tie-up would have formed a business with turnover of €3bn": no event.
            if self.counterfactual_before(hit) {
                continue;
            }
            if let Some(c) = self.claim_at(hit, published_month, &local, hits, topic) {
                local.push(c);
            }
        }
        self.vet(&mut local, hits, document);
        fold_nouns_into_verbs(&mut local, &self.lower);
        self.deal_figures(&mut local, document);
        self.market_values(&mut local);
        self.deal_measure_words(&mut local, document);
        self.per_share_words(&mut local);
        self.assign_amounts(&mut local);
        // After the amounts are given out: a part's figure, dropped, is taken by no other word.
        vet::segment_figures(&mut local, self.text, &self.lower, |p| self.clause_of(p));
        let mut parts = self.part_claims(&local);
        let texts = self.text_claims(&local);
        // Amount-taking words left without an amount are modifiers ("from its investment").
        local.retain(|c| c.value.is_some() || !c.takes_amount);
        merge_same_class(&mut local);
        self.per_share_figures(&mut local);
        local.extend(texts);
        // Subjects still missing come from the previous claim, for sentences that
        // carry a figure; a company's own figure (its dividend, its shares) from
        // the company the source is about, not from a rival named in passing.
        // "fired round after round", "took retired features": nobody leaves a post.
        let person_named = self.entities.iter().any(|e| e.kind == EntityKind::Person);
        let org_party = |id: &str| {
            self.entities.iter().any(|e| {
                e.id == id
                    && matches!(
                        e.kind,
                        EntityKind::Company | EntityKind::Organization | EntityKind::Publisher
                    )
            })
        };
        vet::business_posts(&mut local, self.text, &self.lower, person_named, org_party);
        vet::unnamed_posts(&mut local, &self.lower, &vet::UNNAMED_FORMS);
        // A figure with no subject: a period figure running on from another
        // company's, else the company the source is about (for the types that
        // take it), else the subject of a claim one or two sentences before.
        for c in local
            .iter_mut()
            .filter(|c| !c.subject_decided && c.subject.is_none() && c.value.is_some())
        {
            let def = c.predicate.class.def();
            if let Some(s) = runs_on.filter(|_| def.period).or(topic.filter(|_| def.topic_subject)) {
                c.subject = Some(s.to_string());
            } else if let Some((_, p)) = previous.filter(|(sentence, _)| sentence + 2 >= self.index) {
                c.subject = p.subject.clone();
                if c.object.is_none() {
                    c.object = p.object.clone();
                }
            } else {
                continue;
            }
            c.rule = Rule::ClaimAnaphora;
        }
        // A post named with its holder alone ("chairman Hugo Stanwell would
        // step down", "Rakesh Nair, who quit in June"): the organization is the
        // one the person works for when the text gives it, else the company the
        // source is about; a post named with its organization alone ("Acme
        // said its finance chief, Jane Roe, had resigned") takes the person
        // named after the word, else the last one named before it.
        self.post_holders(&mut local);
        for c in local.iter_mut().filter(|c| c.object.is_none()) {
            if c.predicate.class.def().person_cues.is_empty() {
                continue;
            }
            let Some(subject) = self.entities.iter().find(|e| Some(e.id) == c.subject.as_deref()) else {
                continue;
            };
            c.object = if subject.kind == EntityKind::Person {
                subject.employer.or(topic).map(str::to_string)
            } else {
                let person = |e: &&EntityAt| e.kind == EntityKind::Person;
                let after = self.entities.iter().filter(person).find(|e| e.span.start >= c.span.end);
                let before = self
                    .entities
                    .iter()
                    .filter(person)
                    .rfind(|e| e.span.end <= c.span.start);
                after.or(before).map(|e| e.id.to_string())
            };
        }
        // An object of a kind the type does not take ("Tesla shares rose after Morgan Stanley…"): none.
        for c in &mut local {
            let kinds = &c.predicate.class.def().object_kinds;
            if !kinds.is_empty()
                && let Some(o) = c.object.as_deref()
                && self
                    .entities
                    .iter()
                    .find(|e| e.id == o)
                    .is_some_and(|e| !kinds.contains(&e.kind))
            {
                c.object = None;
            }
        }
        // A court is where a case is heard, no party (a type's `venue_words`):
        // as the subject or the object, none.
        for c in &mut local {
            let words = &c.predicate.class.def().venue_words;
            if words.is_empty() {
                continue;
            }
            let venue = |id: Option<&str>| {
                id.is_some_and(|id| {
                    self.entities.iter().find(|e| e.id == id).is_some_and(|e| {
                        e.kind != EntityKind::Person
                            && self
                                .sl(e.span.start, e.span.end)
                                .split(|ch: char| !ch.is_alphanumeric())
                                .any(|w| words.iter().any(|v| v == w))
                    })
                })
            };
            if venue(c.object.as_deref()) {
                c.object = None;
            }
            if venue(c.subject.as_deref()) {
                c.subject = None;
            }
        }
        // A place is no party ("Lawrence Insurance, based in Albany, N.Y., plans
        // … the acquisition of United Republic", "is leaving for the United
        // States"): as the object, none; as the subject, no claim.
        let place = |id: Option<&str>| {
            id.is_some_and(|id| {
                self.entities.iter().find(|e| e.id == id).is_some_and(|e| {
                    matches!(e.kind, EntityKind::Company | EntityKind::Organization)
                        && named_by_place(id, &self.text[e.span.clone()])
                })
            })
        };
        for c in &mut local {
            if place(c.object.as_deref()) {
                c.object = None;
            }
        }
        local.retain(|c| !place(c.subject.as_deref()));
        // A trade union is no company: it cuts no jobs, has no shares, sales
        // or recalls ("The pilots' union BALPA said it would fight the job
        // cuts", "a notice to the union AMCU"). For a type whose first role
        // is the company, a union subject gives no claim, a union object none.
        for c in &mut local {
            if c.predicate.class.def().roles[0] == "company" && self.is_union(c.object.as_deref()) {
                c.object = None;
            }
        }
        local.retain(|c| c.predicate.class.def().roles[0] != "company" || !self.is_union(c.subject.as_deref()));
        // A subject of a kind the type does not take ("Police released video"): no claim.
        local.retain(|c| {
            let kinds = &c.predicate.class.def().subject_kinds;
            kinds.is_empty()
                || c.subject.as_deref().is_none_or(|s| {
                    self.entities
                        .iter()
                        .find(|e| e.id == s)
                        .is_none_or(|e| kinds.contains(&e.kind))
                })
        });
        local.retain(|c| {
            c.subject.is_some()
                && (c.object.is_some() || c.value.is_some() || c.until.is_some() || c.predicate.class.stands_alone())
        });
        // The earlier period's figure a result is compared with (see `prior`).
        self.prior_period_figures(&mut local);
        let mut kept_parts = Vec::new();
        for (claim_idx, part) in parts.drain(..) {
            let Some(parent) = local.iter().position(|c| c.span == claim_idx) else {
                continue;
            };
            let mut p = part;
            p.subject = local[parent].subject.clone();
            p.object = local[parent].object.clone();
            p.part_of = Some(parent);
            kept_parts.push(p);
        }
        local.extend(kept_parts);
        local
    }

    /// The entity is a trade union: the catalogue says so, or a mention in
    /// the sentence comes right after "union" ("the dockworkers' union
    /// Kaiwerk"; not "credit union"). A name holding the word ("Union
    /// Pacific") is no cue, nor is "union" after a name ("the Boeing union"
    /// is Boeing's workers' union, not Boeing).
    fn is_union(&self, id: Option<&str>) -> bool {
        let Some(id) = id else {
            return false;
        };
        if crate::extract::orgs::gazetteer::GAZETTEER
            .get(id)
            .is_some_and(|g| g.industries.iter().any(|i| i == "union" || i == "trade union"))
        {
            return true;
        }
        self.entities.iter().filter(|e| e.id == id).any(|e| {
            let mut from = e.span.start.saturating_sub(24);
            while from > 0 && !self.lower.is_char_boundary(from) {
                from -= 1;
            }
            let before = self.sl(from, e.span.start).trim_end();
            (before.ends_with(" union") || before == "union") && !before.ends_with("credit union")
        })
    }

    /// Half frames: see [`vet`].
    fn vet(&self, claims: &mut Vec<Claim>, hits: &[Hit], document: &[Claim]) {
        let words: Vec<vet::Word> = hits
            .iter()
            .map(|h| vet::Word {
                span: h.span.clone(),
                event_noun: h.entry.pos == Pos::Noun && !h.entry.trigger.light,
            })
            .collect();
        vet::light_verbs(claims, &words, |p| self.clause_of(p).end);
        let names: Vec<Range<usize>> = self.entities.iter().map(|e| e.span.clone()).collect();
        vet::generic_deal_words(claims, &self.lower, &names, |p| self.clause_of(p), document, self.index);
        let sources: Vec<Range<usize>> = self.sources.iter().map(|e| e.span.clone()).collect();
        vet::outsiders(claims, &self.lower, &sources);
        vet::group_figures(claims, &self.lower, |p| self.clause_of(p));
        vet::proceeds(claims);
        vet::level_moves(claims, &self.lower);
        vet::ratings(claims, &self.lower);
        let named: Vec<(Range<usize>, &str)> = self.entities.iter().map(|e| (e.span.clone(), e.id)).collect();
        vet::bare_passives(claims, &self.lower, &named);
        vet::traded_goods(claims, self.text, &self.lower, &named);
        vet::market_shares(claims, self.text, &self.lower);
        vet::unnamed_holders(claims, &self.lower, &names);
        vet::held_as_holders(claims, &self.lower, &named);
        let results: Vec<Range<usize>> = self
            .amounts
            .iter()
            .filter(|a| {
                a.figure == Figure::Money
                    && !a.rate
                    && (a.amount.scale_word.is_some()
                        || a.amount
                            .amount
                            .is_some_and(|x| x.abs() >= rust_decimal::Decimal::from(100_000)))
            })
            .map(|a| a.span.clone())
            .collect();
        vet::quote_moves(claims, &self.lower, |p| self.clause_of(p), &results);
        let venue_ids: Vec<&str> = self
            .entities
            .iter()
            .filter(|e| self.is_venue(e))
            .map(|e| e.id)
            .filter(|id| {
                // every mention of it in the sentence a venue
                self.entities.iter().filter(|e| e.id == *id).all(|e| self.is_venue(e))
            })
            .collect();
        vet::venues(claims, &venue_ids);
        // Underwriters, arrangers and advisers act for a deal's parties: no party.
        let firms: Vec<(Range<usize>, &str)> = self
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Person)
            .map(|e| (e.span.clone(), e.id))
            .collect();
        let agents = vet::deal_agents(&self.lower, &firms);
        vet::without_agents(claims, &agents);
    }

    /// "The deal values Marlowe at £1.18bn": a claim of a type with
    /// `deal_words` right before its verb becomes the deal claimed just
    /// before it (earlier in the sentence, else the last deal claim of the
    /// [`DEAL_REACH`] sentences before), with its type and parties, so that
    /// the figure is the deal's price.
    fn deal_figures(&self, claims: &mut [Claim], document: &[Claim]) {
        for i in 0..claims.len() {
            let flags = claims[i].predicate.class.flags();
            if flags.deal_words.is_empty() {
                continue;
            }
            let before = self.sl(0, claims[i].span.start).trim_end();
            let before = before.trim_start_matches(['-', '*', ' ', '\u{2022}']);
            let before = deal_relative_head(before);
            let opens = flags.deal_words.iter().any(|w| {
                before.strip_suffix(w.as_str()).is_some_and(|head| {
                    head.is_empty() || head.ends_with(' ') || head.ends_with(['-', '\u{2022}', '\n'])
                })
            });
            let is_deal = |c: &Claim| flags.deal_types.iter().any(|t| t == c.predicate.class.as_str());
            let opens = opens || deal_noun_with_modifiers(before, &flags.deal_words);
            if !opens {
                continue;
            }
            let deal = claims[..i].iter().rev().find(|c| is_deal(c)).cloned().or_else(|| {
                document
                    .iter()
                    .rev()
                    .take_while(|c| c.sentence + DEAL_REACH >= self.index)
                    .find(|c| is_deal(c) && c.subject.is_some())
                    .cloned()
            });
            let Some(deal) = deal else { continue };
            let c = &mut claims[i];
            c.predicate.class = deal.predicate.class;
            c.subject = deal.subject;
            c.object = deal.object;
            c.takes_amount = true;
            c.trigger_measure = None;
            c.subject_decided = true;
        }
    }

    /// "Shares in Tarn rose 9%, valuing the company at $2 billion": a claim
    /// of a type with `valued_words` before it and no object (no investor)
    /// becomes one of its `valued_type` when the sentence holds none of its
    /// `valued_bars` (whole words) and
    /// no claim of a type other than its own, the market type's and
    /// `valued_with`'s (see `ontology::Flags`).
    fn market_values(&self, claims: &mut [Claim]) {
        for i in 0..claims.len() {
            let class = claims[i].predicate.class;
            let flags = class.flags();
            let Some(target) = flags.valued_type.as_deref().and_then(PredicateClass::named) else {
                continue;
            };
            if claims[i].object.is_some() {
                continue;
            }
            let before = self.sl(0, claims[i].span.start);
            let worded = |hay: &str, w: &String| {
                hay.match_indices(w.as_str()).any(|(at, _)| {
                    let end = at + w.len();
                    !hay[..at].ends_with(|c: char| c.is_alphanumeric())
                        && !hay[end..].starts_with(|c: char| c.is_alphanumeric())
                })
            };
            if !flags.valued_words.iter().any(|w| worded(before, w))
                || flags.valued_bars.iter().any(|b| worded(&self.lower, b))
            {
                continue;
            }
            let others = claims.iter().any(|c| {
                let t = c.predicate.class;
                t != class && t != target && !flags.valued_with.iter().any(|w| w == t.as_str())
            });
            if others {
                continue;
            }
            let c = &mut claims[i];
            c.predicate.class = target;
            c.trigger_measure = None;
        }
    }

    /// A claim read from a word naming one of its type's
    /// `measures_from_deal` ("premium") takes the parties of the claim of its
    /// type just before it that a word of the event itself made (earlier in
    /// the sentence, else within [`DEAL_REACH`] sentences before): "Kelso
    /// agreed to buy Tarn for $9 a share. The offer is a premium of 31% to
    /// Tarn's closing price" is Kelso's acquisition of Tarn. Without such a
    /// claim, an event word of the type later in the sentence or a claim of
    /// one of the type's `deal_rivals` owns the word and it is dropped ("a buyback at ₹2,150, a premium of 18% to
    /// the closing price" is no acquisition); without either it stands.
    fn deal_measure_words(&self, claims: &mut Vec<Claim>, document: &[Claim]) {
        let mut orphans = Vec::new();
        for i in 0..claims.len() {
            let class = claims[i].predicate.class;
            let Some(m) = claims[i].trigger_measure else { continue };
            if !class.flags().measures_from_deal.iter().any(|x| x == m) {
                continue;
            }
            let is_deal = |c: &Claim| c.predicate.class == class && c.trigger_measure.is_none() && c.subject.is_some();
            let deal = claims[..i].iter().rev().find(|c| is_deal(c)).cloned().or_else(|| {
                document
                    .iter()
                    .rev()
                    .take_while(|c| c.sentence + DEAL_REACH >= self.index)
                    .find(|c| is_deal(c))
                    .cloned()
            });
            let Some(deal) = deal else {
                let rivals = &class.flags().deal_rivals;
                // An event word of the type later in the sentence takes the
                // figure itself ("a premium of 30% …, Acme said of its Tarn
                // acquisition"); a rival type's claim owns the word.
                if claims.iter().any(|c| {
                    (c.predicate.class == class && c.trigger_measure.is_none())
                        || rivals.iter().any(|r| r == c.predicate.class.as_str())
                }) {
                    orphans.push(i);
                }
                continue;
            };
            let c = &mut claims[i];
            c.subject = deal.subject;
            c.object = deal.object;
            c.subject_decided = true;
        }
        for i in orphans.into_iter().rev() {
            claims.remove(i);
        }
    }

    /// A heading-like label before a colon at the start of a bullet ("- Revenue sharing:").
    fn is_label(&self, span: &Range<usize>) -> bool {
        match self.colon {
            Some(colon) => span.end <= colon && colon < 40,
            None => false,
        }
    }

    /// A label whose text after the colon opens with its figure is a fact
    /// sheet's row, not a heading: "Revenue: $2.18 billion, up 18%", "-
    /// Buyback: up to ¥20bn", "Interim dividend: ₹7 per share", "* Net
    /// profit: A$6.81 bln". A figure may follow a hedge or a verb of at most
    /// two words ("up to", "extended by"); never a heading followed by a
    /// sentence ("- Revenue sharing: OpenAI will pay 20%").
    fn label_states_figure(&self) -> bool {
        let Some(colon) = self.colon else { return false };
        // "Revenue of €3,052 million (2024: €3,318 million)": a comparison in
        // brackets, not a label; the words before it are no heading either.
        // A bracket closed before the colon is the label's own ("Fiscal Q2
        // (Jul-Sep) revenue: 281bn yen", "Net profit (A$m): 412").
        let head = self.sl(0, colon);
        if head.matches('(').count() > head.matches(')').count() {
            return false;
        }
        let from = colon + 2;
        let Some(first) = self.amounts.iter().find(|a| a.span.start >= from) else {
            return false;
        };
        let gap = self.sl(from, first.span.start);
        gap.len() <= 16
            && gap.split_whitespace().count() <= 2
            && gap.chars().all(|c| c.is_ascii_lowercase() || c == ' ')
    }

    /// "agreed to buy", "plans to acquire": the first verb only introduces the
    /// second. A light verb ("agree £1.2bn merger", "agreed on Monday to be
    /// acquired by") gives way to the next trigger of its clause nearby.
    fn is_auxiliary(&self, hit: &Hit, next: Option<&Hit>) -> bool {
        let Some(next) = next else { return false };
        if hit.entry.pos != Pos::Verb || next.span.start <= hit.span.end {
            return false;
        }
        let between = self.sl(hit.span.end, next.span.start);
        between.trim() == "to"
            || (hit.entry.trigger.light
                && between.len() <= 40
                && next.entry.class.key_class() != hit.entry.class.key_class()
                && ![", ", "; ", ". "].iter().any(|p| between.contains(p)))
    }

    fn follows_possessive_pronoun(&self, hit: &Hit) -> bool {
        let before = self.sl(hit.span.start.saturating_sub(7), hit.span.start);
        ["its ", "their ", "his ", "her ", "our ", "my ", "your "]
            .iter()
            .any(|p| before.ends_with(p))
    }

    fn claim_at(
        &self,
        hit: &Hit,
        published_month: Option<&str>,
        earlier: &[Claim],
        hits: &[Hit],
        topic: Option<&str>,
    ) -> Option<Claim> {
        let clause = self.clause_of(hit.span.start);
        let word = &self.lower[hit.span.clone()];
        let mut rule = match hit.entry.pos {
            Pos::Verb => Rule::ClaimVerb,
            Pos::Noun => Rule::ClaimNominal,
        };
        let (mut subject, mut object) = (None, None);
        if let Some((by_agent, patient)) = self.passive(hit).or_else(|| self.possessor_by(hit)) {
            subject = Some(by_agent);
            object = patient;
            rule = Rule::ClaimPassive;
        }
        if subject.is_none()
            && let Some((holder, company)) = self.ranked_shareholder(hit).or_else(|| self.appositive_holder(hit))
        {
            subject = Some(holder);
            object = Some(company);
        }
        if hit.entry.trigger.payer_after && hit.entry.pos == Pos::Verb && subject.is_none() {
            // "A jury ordered Orlin Devices to pay Pellucid Optics $48 million":
            // the one paid is the first role, the payer the second.
            if let Some(payer) = self
                .entities
                .iter()
                .find(|e| e.span.start > hit.span.end && e.span.start <= hit.span.end + 1)
            {
                let after = self.sl(payer.span.end, payer.span.end + 8);
                let paid = after
                    .starts_with(" to pay ")
                    .then(|| self.entities_at(payer.span.end + " to pay ".len()).next())
                    .flatten();
                if let Some(paid) = paid.filter(|p| p.id != payer.id) {
                    subject = Some(paid.id.to_string());
                    object = Some(payer.id.to_string());
                }
            }
        }
        if hit.entry.class.flags().subject_after_verb && hit.entry.pos == Pos::Verb && subject.is_none() {
            // "Investors valued xAI at $200 billion": the company valued is the subject of a valuation.
            if let Some(e) = self
                .entities
                .iter()
                .find(|e| e.span.start > hit.span.end && e.span.start <= hit.span.end + 1)
            {
                subject = Some(e.id.to_string());
            }
        }
        if hit.entry.trigger.subject_follows && subject.is_none() {
            // "Shares of Vantrel fell", "shares in the Acme Group rose".
            if let Some(e) = self.entities_at(hit.span.end + 1).next() {
                subject = Some(e.id.to_string());
                object = self.object_after(hit, &clause, subject.as_deref());
            }
        }
        if subject.is_none()
            && hit.entry.pos == Pos::Noun
            && let Some(e) = self.owner_after(hit)
        {
            // "Net profit at Harlan Freight climbed", "sales at the Bellmont group rose".
            subject = Some(e.to_string());
            object = self.object_after(hit, &clause, subject.as_deref());
        }
        let mut decided = false;
        if subject.is_none()
            && hit.entry.pos == Pos::Verb
            && let Some(t) = topic
            && self.described_company(hit)
        {
            // "The board named Ana Ruiz as chief executive", "the airline would
            // cut 900 jobs": a company named by its kind is the source's company.
            decided = true;
            subject = Some(t.to_string());
            object = self.object_after(hit, &clause, subject.as_deref());
        }
        if subject.is_none()
            && !decided
            && hit.entry.pos == Pos::Verb
            && let Some(s) = self.verb_subject(hit)
        {
            decided = true;
            object = self.object_after(hit, &clause, s.as_deref());
            subject = s;
        }
        // A verb form with "of" and "by" after it is its noun ("the $640
        // million purchase of Norrvik by Halvard": `purchase` is a buy verb).
        if subject.is_none()
            && !decided
            && let Some((agent, patient)) = self.of_by(hit)
        {
            // "the $725 million purchase of Brightwater by Oakridge".
            subject = Some(agent);
            object = Some(patient);
        }
        let mut sold_to = None;
        if subject.is_none()
            && !decided
            && let Some(to) = &hit.entry.class.flags().company_sold_to
            && let Some((buyer, sold)) = self.of_to(hit)
        {
            // "the $3.1bn sale of Tarn Foods to Kelso Group": Kelso buys Tarn.
            subject = Some(buyer);
            object = Some(sold);
            sold_to = PredicateClass::named(to);
        }
        if subject.is_none() && !decided && hit.entry.pos == Pos::Noun {
            // "a lawsuit from Elon Musk", "an investment from Microsoft": the agent follows "from".
            let after = self.sl(hit.span.end, hit.span.end + 6);
            if after.starts_with(" from ")
                && !hit.entry.class.flags().from_is_object
                && let Some(agent) = self
                    .entities
                    .iter()
                    .find(|e| e.span.start >= hit.span.end + 6 && e.span.start <= hit.span.end + 10)
            {
                subject = Some(agent.id.to_string());
                object = self
                    .entities
                    .iter()
                    .rev()
                    .find(|e| e.span.end <= hit.span.start && e.span.start >= clause.start)
                    .map(|e| e.id.to_string());
                rule = Rule::ClaimNominal;
            }
        }
        if subject.is_none() && !decided && self.is_participle(hit) {
            // ", owning about 27 percent", ", securing exclusive rights": the
            // participle's subject is the sentence's first subject.
            subject = earlier
                .first()
                .and_then(|c| c.subject.clone())
                .or_else(|| self.entities.first().map(|e| e.id.to_string()));
            object = self
                .object_after(hit, &clause, subject.as_deref())
                .or_else(|| earlier.first().and_then(|c| c.object.clone()));
        }
        if subject.is_none() && !decided {
            let (s, co) = self.subject_before(hit, &clause);
            subject = s;
            object = self.object_after(hit, &clause, subject.as_deref()).or(co);
        }
        if subject.is_none() && !decided {
            // The clause has no organization: it continues the previous claim
            // of the sentence (not one inside a relative clause or an
            // apposition closed before the trigger, nor a name there).
            let outside = |span: &Range<usize>| !inserts::hidden(self.inserts(), span, hit.span.start);
            if let Some(prev) = earlier.last().filter(|c| outside(&c.span)) {
                subject = prev.subject.clone();
                object = object.or_else(|| prev.object.clone());
            } else if let Some(e) = self
                .entities
                .iter()
                .rev()
                .find(|e| e.span.end <= hit.span.start && outside(&e.span))
            {
                subject = Some(e.id.to_string());
                object = self.object_after(hit, &clause, subject.as_deref());
            }
        }
        let class = match sold_to {
            Some(to) => to,
            None => self.refine_class(hit)?,
        };
        // "Kestrel Securities analyst Jo Park raised her target on Acme": a
        // type an analyst firm may fill (a price target) is the firm's, not
        // its analyst's (see [`Self::firm_of_analyst`]); the class as refined
        // (a verb "raised ... price target" is read as a price target).
        if class.flags().sources_are_parties
            && let Some(firm) = subject.as_deref().and_then(|p| {
                self.entities
                    .iter()
                    .rev()
                    .find(|e| e.id == p && e.span.end <= hit.span.start)
                    .and_then(|e| self.firm_of_analyst(e))
            })
        {
            subject = Some(firm.id.to_string());
        }
        let attribution = self.attribution(hit, subject.as_deref());
        let mut polarity = self.polarity(hit, &clause, word);
        if let Some(a) = &attribution
            && lexicon::DENIAL_VERBS.contains(&a.verb.as_str())
            && self.lower.find(a.verb.as_str()).is_some_and(|p| p < hit.span.start)
        {
            polarity = Polarity::Negated;
        }
        let modality = self.modality(hit, &clause);
        let attribution_weight = match &attribution {
            None => 1.0,
            Some(a) if a.second_hand => 0.8,
            Some(_) => 0.95,
        };
        let (time, until) = self.time_and_until(hit, published_month, hits);
        Some(Claim {
            span: hit.span.clone(),
            sentence: self.index,
            subject,
            predicate: Predicate {
                text: self.text[hit.span.clone()].to_string(),
                lemma: hit.entry.lemma.to_string(),
                class,
            },
            object,
            value: None,
            measure: None,
            time,
            until,
            polarity,
            modality,
            attribution,
            part: None,
            part_of: None,
            retracted: self.correction,
            confidence: round3(modality.weight() * attribution_weight),
            rule,
            takes_amount: hit.entry.trigger.takes_amount.unwrap_or(class.takes_amount()),
            trigger_measure: hit.entry.trigger.measure.as_deref(),
            subject_decided: decided,
            corroborating: false,
        })
    }

    /// "exclusive to the platform", "available exclusively on the service": no
    /// organization after the preposition; "a Stadia exclusive", "become
    /// Stadia exclusive?": a name right before the word labels a product.
    fn names_no_party(&self, hit: &Hit) -> bool {
        let prep = [" to ", " on ", " for "]
            .iter()
            .find(|p| self.sl(hit.span.end, hit.span.end + p.len()) == **p);
        if let Some(p) = prep {
            return self.entities_at(hit.span.end + p.len()).next().is_none();
        }
        self.entities.iter().any(|e| e.span.end + 1 == hit.span.start)
            && self.sl(hit.span.start - 1, hit.span.start) == " "
            && !self
                .sl(hit.span.end, hit.span.end + 8)
                .trim_start()
                .starts_with(|c: char| c.is_ascii_alphanumeric())
    }

    /// Whether the trigger's own conditions hold here: its `needs` ("pay
    /// respects", "driver pay": the word names its type only with its object
    /// words), `needs_after`, `barred_objects`, `subject_before` and `needs_price`.
    fn admits(&self, hit: &Hit) -> bool {
        let needs = &hit.entry.trigger.needs;
        let named = needs.is_empty()
            || self.object_words_name(hit, needs)
            || self.pays_for_company(hit)
            || (hit.entry.trigger.subject_follows
                && (self.names_after_apposition(hit, needs) || self.names_then_move(hit, needs)));
        named
            && (hit.entry.trigger.needs_after.is_empty() || self.clause_after_names(hit))
            // "pay $185 million for Lorrimer Biotech": paying for a company is a
            // takeover whatever the words after the verb.
            && (hit.entry.trigger.barred_objects.is_empty()
                || self.pays_for_company(hit)
                || !first_words_name(self.sl(hit.span.end, usize::MAX), 5, &hit.entry.trigger.barred_objects))
            && (!hit.entry.trigger.subject_before || self.org_subject_right_before(hit))
            && (!hit.entry.trigger.needs_price || self.price_beside(hit))
    }

    /// One of the three words before the trigger, within its clause (no
    /// comma, semicolon or colon between), is one of its `barred_after`
    /// (a figure such as "5.875%" counts as no word).
    fn barred_before(&self, hit: &Hit) -> bool {
        let before = self.sl(0, hit.span.start);
        let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
        clause
            .split_whitespace()
            .rev()
            .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit() || !c.is_ascii_alphanumeric()))
            .take(3)
            .any(|w| hit.entry.trigger.barred_after.iter().any(|b| b == w))
    }

    /// One of the first four words after the trigger, up to a comma, starts
    /// (or, for "%", ends) with one of `needs`. A name counts as one word:
    /// "its holding in Stratos Shipping Lines to 9.9%" reaches its share as
    /// "its holding in Stratos to 9.9%" does.
    fn object_words_name(&self, hit: &Hit, needs: &[String]) -> bool {
        let words = if hit.entry.trigger.needs_first { 1 } else { 4 };
        let rest = self.sl(hit.span.end, usize::MAX);
        if first_words_name(rest, words, needs) {
            return true;
        }
        let names: Vec<_> = self
            .entities
            .iter()
            .filter(|e| e.span.start > hit.span.end && e.span.start - hit.span.end <= 48)
            .map(|e| (e.span.start - hit.span.end)..(e.span.end - hit.span.end))
            .collect();
        if names.is_empty() {
            return false;
        }
        let mut folded = String::with_capacity(rest.len().min(256));
        let mut at = 0;
        for r in names {
            if r.start < at || rest.get(at..r.start).is_none() || rest.get(r.clone()).is_none() {
                continue;
            }
            folded.push_str(&rest[at..r.start]);
            folded.push_str("name");
            at = r.end;
        }
        folded.push_str(rest.get(at..).unwrap_or(""));
        first_words_name(&folded, words, needs)
    }

    /// A word of the trigger's clause after it (up to a full stop or a
    /// semicolon, at most twelve words) starts with one of its `needs_after`:
    /// "a premium of 27% to Acme's closing price".
    fn clause_after_names(&self, hit: &Hit) -> bool {
        let clause = to_clause_end(self.sl(hit.span.end, usize::MAX));
        clause.split_whitespace().take(12).any(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            hit.entry.trigger.needs_after.iter().any(|n| w.starts_with(n.as_str()))
        })
    }

    /// An organization ends right before the form (one space, or a legal form
    /// its span leaves out: "Tonbridge Holdings plc rallied") and no
    /// preposition stands before it: "Brannock Systems fell", never "sales at
    /// Ostrevo Retail fell" or "a stake in Brannock rose".
    fn org_subject_right_before(&self, hit: &Hit) -> bool {
        self.entities.iter().any(|e| {
            let gap = self.sl(e.span.end, hit.span.start);
            let right_before = gap == " "
                || gap.len() <= 8 && lexicon::LEGAL_FORM_WORDS.contains(&gap.trim().trim_start_matches(',').trim())
                || is_ticker_in_brackets(gap)
                || gap == ", which "
                || self.closed_insert_between(e.span.end, hit.span.start);
            // "Aer Lingus shares on the Irish Stock Exchange rose 4%".
            if right_before && self.venue_holder(e).is_some() {
                return true;
            }
            right_before
                && matches!(e.kind, EntityKind::Company | EntityKind::Organization)
                && !self.is_venue(e)
                && !lexicon::PREPOSITIONS_BEFORE_NAME
                    .iter()
                    .any(|p| self.sl(0, e.span.start).trim_end().ends_with(p))
        })
    }

    /// An insert (a relative clause or an apposition, see `inserts.rs`)
    /// opens right at `from` and closes right before `to`: "Korvath
    /// Chemical, a rival supplier listed in Seoul, dropped 3.4%".
    fn closed_insert_between(&self, from: usize, to: usize) -> bool {
        self.inserts().iter().any(|r| {
            r.start == from && r.end < to && {
                let close = self.sl(r.end, to);
                close == ", " || close == " -- " || close == " \u{2014} " || close == " \u{2013} "
            }
        })
    }

    /// The name right after a form ("shares of Orsella", "shares in the
    /// Orsella group"): the entity starting one space after it, or after "the ".
    fn name_after_form(&self, hit: &Hit) -> Option<&EntityAt<'a>> {
        self.entities_at(hit.span.end + 1).next()
    }

    /// The entities that start at `at`, or right after a "the " there ("of
    /// Orsella", "of the Orsella group"), in the sentence's order.
    fn entities_at(&self, at: usize) -> impl Iterator<Item = &EntityAt<'a>> {
        let skip = if self.sl(at, at + 4) == "the " { 4 } else { 0 };
        self.entities
            .iter()
            .filter(move |e| e.span.start == at || e.span.start == at + skip)
    }

    /// "Shares of Orsella, a Nashville company, rose 34%": the name right
    /// after the form, then an apposition between commas (at most 80 bytes),
    /// then a word that starts with one of `needs`.
    fn names_after_apposition(&self, hit: &Hit, needs: &[String]) -> bool {
        let Some(name) = self.name_after_form(hit) else {
            return false;
        };
        if self.sl(name.span.end, name.span.end + 2) != ", " {
            return false;
        }
        let rest = self.sl(name.span.end + 2, name.span.end + 82);
        let Some(close) = rest.find(", ") else { return false };
        let word = rest[close + 2..].split_whitespace().next().unwrap_or("");
        !rest[..close].contains([';', '(']) && needs.iter().any(|n| word.starts_with(n.as_str()))
    }

    /// "Tavish Mining's largest shareholder is Orca Holdings", "Orca, the
    /// fund that is Tavish's biggest shareholder": the possessor of a ranked
    /// "shareholder" is the company, the name after "is" (else the name
    /// before "that is"/"which is"/"is") its holder; (holder, company).
    /// Without such a holder, the usual search decides ("Tavish's largest
    /// shareholder said…").
    fn ranked_shareholder(&self, hit: &Hit) -> Option<(String, String)> {
        if &self.lower[hit.span.clone()] != "shareholder" {
            return None;
        }
        let before = self.sl(0, hit.span.start);
        let rank = lexicon::SHAREHOLDER_RANKS.iter().find(|r| before.ends_with(*r))?;
        let company = self.possessor_before(hit.span.start - rank.len())?;
        let after = self.sl(hit.span.end, hit.span.end + 8);
        let holder = if let Some(is) = after.strip_prefix(" is ") {
            let at = hit.span.end + 4 + if is.starts_with("the ") { 4 } else { 0 };
            self.entities.iter().find(|e| e.span.start == at)
        } else {
            let head = self.sl(0, company.span.start);
            [" that is ", " which is ", " is "]
                .iter()
                .any(|w| head.ends_with(w))
                .then(|| {
                    self.entities
                        .iter()
                        .rev()
                        .find(|e| e.span.end <= company.span.start && e.id != company.id)
                })
                .flatten()
        }?;
        (holder.id != company.id).then(|| (holder.id.to_string(), company.id.to_string()))
    }

    /// The name whose possessive ends right at `end` ("Tavish Mining's " before
    /// "largest shareholder"): the owner of what follows.
    fn possessor_before(&self, end: usize) -> Option<&EntityAt<'a>> {
        self.entities.iter().find(|e| {
            e.span.end <= end && {
                let between = self.sl(e.span.end, end);
                is_possessive(between) && between.split_whitespace().count() == 1
            }
        })
    }

    /// "Tavish Mining's largest shareholder, Orca Holdings, owns 23%",
    /// "Tavish's biggest investor, the Brekke family's holding company Brekke
    /// Invest, which holds 31 per cent": a stake verb right after the
    /// appositive of a ranked shareholder (or investor, owner). The name
    /// ending the appositive is the holder, the possessor of the shareholder
    /// the company; (holder, company). Never a name inside a clause of its own
    /// ("Tavish's largest shareholder, which sold shares to Orca, owns 9%").
    fn appositive_holder(&self, hit: &Hit) -> Option<(String, String)> {
        if hit.entry.pos != Pos::Verb || hit.entry.class.as_str() != "stake" {
            return None;
        }
        let from = hit.span.start.saturating_sub(240);
        let before = self.sl(from, hit.span.start);
        let (noun, at) = ["shareholder, ", "investor, ", "owner, "]
            .iter()
            .filter_map(|n| before.rfind(n).map(|i| (*n, from + i)))
            .max_by_key(|&(_, i)| i)?;
        let rank = lexicon::SHAREHOLDER_RANKS
            .iter()
            .find(|r| self.sl(0, at).ends_with(*r))?;
        let company = self.possessor_before(at - rank.len())?;
        let comma = at + noun.len();
        let holder = self
            .entities
            .iter()
            .rev()
            .find(|e| e.span.start >= comma && e.span.end <= hit.span.start)?;
        let appositive = self.sl(comma, holder.span.start);
        let link = self.sl(holder.span.end, hit.span.start).trim_matches([',', ' ']);
        let linked =
            link.is_empty() || ["which", "who", "that"].contains(&link) || lexicon::LEGAL_FORM_WORDS.contains(&link);
        (linked && !appositive.contains([',', ';', '.', '(']) && holder.id != company.id)
            .then(|| (holder.id.to_string(), company.id.to_string()))
    }

    /// A money figure without a scale word (and no price per share of a
    /// deal) ends right before the form ("a $38 target", "its €52 target")
    /// or starts within 32 bytes after it with no comma, semicolon or article
    /// between ("target raised to ¥2,150", never "the target of a $31 bid").
    fn price_beside(&self, hit: &Hit) -> bool {
        self.amounts.iter().any(|a| {
            if a.figure != Figure::Money || a.amount.scale_word.is_some() || a.rate {
                return false;
            }
            if a.span.end <= hit.span.start {
                return hit.span.start - a.span.end <= 1;
            }
            let between = self.sl(hit.span.end, a.span.start);
            a.span.start >= hit.span.end
                && a.span.start - hit.span.end <= 32
                && !between.contains([',', ';', '('])
                && ![" a ", " an ", " the "].iter().any(|w| between.contains(w))
        })
    }

    /// "Shares in Brightwell Foods were down 4%", "shares of Ostrava Mining
    /// Corp. jumped", "shares of Hevring (NYSE: HVR) rose": the name right
    /// after the form, its legal form and a ticker in brackets (at most 24
    /// bytes), then a move word of `needs`, or "is/are/was/were" (and "now")
    /// then up/down/higher/lower and a figure. Never "shares of Acme were
    /// sold", "shares in Acme were up for sale".
    fn names_then_move(&self, hit: &Hit, needs: &[String]) -> bool {
        let Some(name) = self.name_after_form(hit) else {
            return false;
        };
        let mut rest = self.sl(name.span.end, name.span.end + 120).trim_start();
        if let Some((word, after)) = rest.split_once(' ')
            && lexicon::LEGAL_FORM_WORDS.contains(&word.trim_end_matches(','))
        {
            rest = after;
        }
        if let Some(inner) = rest.strip_prefix('(') {
            match inner.find(')') {
                Some(close) if close <= 24 && !inner[..close].contains(',') => rest = inner[close + 1..].trim_start(),
                _ => return false,
            }
        }
        let mut words = rest.split(' ');
        let first = words.next().unwrap_or("");
        if needs.iter().any(|n| first.starts_with(n.as_str())) {
            return true;
        }
        if !matches!(first, "is" | "are" | "was" | "were") {
            return false;
        }
        let mut next = words.next().unwrap_or("");
        if next == "now" {
            next = words.next().unwrap_or("");
        }
        matches!(next, "up" | "down" | "higher" | "lower")
            && words
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// The subject a verb's own clause gives it when that is no plain name
    /// before it: `Some(None)` when it is a person pronoun with no person
    /// named, a possessed noun ("Epstein's victims who are suing"), a relative
    /// "who" after a common noun ("police, who fired") or a name after "that"
    /// that is no organization ("suggested that Beijing resume buying");
    /// `Some(Some(id))` for the person or the company so named. `None`: the
    /// usual search decides.
    fn verb_subject(&self, hit: &Hit) -> Option<Option<String>> {
        let before = self.sl(0, hit.span.start);
        // The words before the verb in its clause, nearest first: (start, word, end).
        let from = floor_boundary(before, before.len().saturating_sub(120));
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut open = None;
        for (i, c) in before[from..].char_indices() {
            let word = c.is_ascii_alphanumeric() || c == '\'' || c == '-';
            match (word, open) {
                (true, None) => open = Some(from + i),
                (false, Some(s)) => {
                    spans.push((s, from + i));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            spans.push((s, before.len()));
        }
        let mut words: Vec<(usize, &str, usize)> = Vec::new();
        let mut next_start = before.len();
        for &(s, e) in spans.iter().rev().take(8) {
            // A clause boundary ends the words of this clause.
            if !words.is_empty() && before[e..next_start].contains([',', ';', ':']) {
                break;
            }
            words.push((s, &before[s..e], e));
            next_start = s;
        }
        let mut i = 0;
        while i < words.len() && i < 3 && lexicon::AUXILIARIES.contains(&words[i].1) {
            i += 1;
        }
        let &(at, w, _) = words.get(i)?;
        let entity_ending = |pos: usize| {
            self.entities
                .iter()
                .find(|e| e.span.end <= pos && self.sl(e.span.end, pos).trim_matches([' ', ',']).is_empty())
        };
        if lexicon::PERSON_PRONOUNS.contains(&w) {
            let person = self
                .entities
                .iter()
                .rev()
                .find(|e| e.span.end <= at && e.kind == EntityKind::Person);
            return Some(person.map(|e| e.id.to_string()));
        }
        if w == "who" {
            return Some(entity_ending(at).map(|e| e.id.to_string()));
        }
        // "X's W VERB": the possessed noun is the subject.
        if !w.is_empty() && !self.entities.iter().any(|e| e.span.start <= at && at < e.span.end) {
            let owner = self.entities.iter().find(|e| {
                e.span.end <= at && {
                    let between = self.sl(e.span.end, at);
                    is_possessive(between) && between.split_whitespace().count() == 1
                }
            });
            if let Some(owner) = owner {
                return Some(lexicon::COMPANY_PART_WORDS.contains(&w).then(|| owner.id.to_string()));
            }
        }
        // "suggested that Beijing resume buying": the clause after "that" names no organization.
        let that = words.iter().take(5).position(|&(_, w, _)| w == "that")?;
        if that == 0 {
            return None;
        }
        let from = words[that].2;
        let inside = self.sl(from, hit.span.start);
        let names_party = self
            .entities
            .iter()
            .any(|e| e.span.start >= from && e.span.end <= hit.span.start);
        let refers = inside.split_whitespace().any(|w| {
            matches!(
                w,
                "it" | "its" | "they" | "their" | "company" | "group" | "firm" | "he" | "she" | "we" | "which" | "who"
            )
        });
        let capitalized = self.text[from..hit.span.start]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        (!names_party && !refers && capitalized).then_some(None)
    }

    /// The verb's subject is a definite phrase naming a company by its kind
    /// or its board (`lexicon::COMPANY_KIND_WORDS`), with no name in it and
    /// no preposition before it: "The board has appointed", "the airline
    /// would cut", "The Bowling Green, Ky.-based utility sold", "its board of
    /// directors named". Never "loans to the airline were cut" (a
    /// preposition's object), "the Acme board named" (a name: its own
    /// subject), "the first chain" read past a number, or a phrase more than
    /// five words long.
    ///
    /// | words before the verb | described? |
    /// |---|---|
    /// | "The board" (named) | yes |
    /// | "Ferrer said the airline would" (cut) | yes |
    /// | "The Denver-based utility" (sold) | yes |
    /// | "Lenders to the airline have" (cut) | no |
    /// | "The board of Acme" (named) | no (a name) |
    /// | "Three rival carriers" (cut) | no (no "the" or "its") |
    fn described_company(&self, hit: &Hit) -> bool {
        let before = self.sl(0, hit.span.start);
        let word_at_end = |s: &str| -> usize {
            s.char_indices()
                .rfind(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '\''))
                .map_or(0, |(i, c)| i + c.len_utf8())
        };
        // Auxiliaries and adverbs between the subject and the verb.
        let mut end = before.trim_end().len();
        for _ in 0..3 {
            let head = &before[..end];
            let start = word_at_end(head);
            if start < end && lexicon::AUXILIARIES.contains(&&head[start..]) {
                end = head[..start].trim_end().len();
            } else {
                break;
            }
        }
        // A company named before the verb is read by the other shapes ("Acme
        // said the bank would lend": the bank is not Acme, nor surely the topic).
        if self
            .entities
            .iter()
            .any(|e| e.kind != EntityKind::Person && e.span.end <= hit.span.start)
        {
            return false;
        }
        let head = &before[..end];
        let Some(kind) = lexicon::COMPANY_KIND_WORDS.iter().find(|k| {
            head.ends_with(*k)
                && head[..head.len() - k.len()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c == ' ' || c == '-')
        }) else {
            return false;
        };
        let kind_start = end - kind.len();
        // "the" or "its" within five words before the kind word, nothing but
        // words (a place "Bowling Green, Ky.-based") between.
        let from = floor_boundary(head, kind_start.saturating_sub(48));
        let window = &head[from..kind_start];
        let Some(det) = ["the ", "its "]
            .iter()
            .filter_map(|d| {
                occurrences(window, d)
                    .filter(|&i| i == 0 || !window.as_bytes()[i - 1].is_ascii_alphanumeric())
                    .last()
            })
            .max()
        else {
            return false;
        };
        let det_at = from + det;
        let between = &head[det_at + 4..kind_start];
        if between.split_whitespace().count() > 4
            || between.contains(|c: char| c.is_ascii_digit() || matches!(c, ';' | ':' | '(' | ')' | '"'))
            || self
                .entities
                .iter()
                .chain(&self.sources)
                .any(|e| e.span.start < end && e.span.end > det_at)
        {
            return false;
        }
        // Not a preposition's object ("lenders to the airline").
        let prior = self.sl(0, det_at).trim_end();
        let prior_word = &prior[word_at_end(prior)..];
        !lexicon::PREPOSITIONS_BEFORE_NAME
            .iter()
            .any(|p| p.trim_start() == prior_word)
    }

    /// A pay verb of a type with `for_company` whose clause (up to a full
    /// stop or a semicolon, at most fourteen words) goes on with "for" and a
    /// company bought: "agreed to pay $24 a share in cash for Acme", "will pay
    /// some $185 million for Tarn Inc."; never "paid $5 million for advice",
    /// "for Acme's patents", "for each share of Acme" or "the price paid for Acme".
    fn pays_for_company(&self, hit: &Hit) -> bool {
        // A pay verb only: "settled with Acme for $40m" pays for no company.
        let pays = contains(hit.entry.form, "pay") || contains(hit.entry.form, "paid");
        if hit.entry.pos != Pos::Verb || !pays || hit.entry.class.flags().for_company.is_none() {
            return false;
        }
        // "the price paid for Acme" names no payer: a participle after a sum's noun.
        let before = self.sl(0, hit.span.start).trim_end();
        let prior = before.rsplit(' ').next().unwrap_or("");
        if PAID_SUM_NOUNS.contains(&prior) {
            return false;
        }
        let clause = to_clause_end(self.sl(hit.span.end, usize::MAX));
        let mut at = 0;
        for (n, w) in clause.split(' ').enumerate() {
            if n > 14 {
                return false;
            }
            if w == "for" {
                let from = hit.span.end + at + w.len() + 1;
                // "$15 in stock for each share of Acme" is a price per share, told by its own shape.
                if self.sl(from, from + 6).starts_with("each ") || self.sl(from, from + 6).starts_with("every ") {
                    return false;
                }
                return self.company_bought_in(from, from, hit.span.end + clause.len());
            }
            at += w.len() + 1;
        }
        false
    }

    /// "bought Acme" (a company right after the verb) is an acquisition;
    /// "buy Microsoft's cloud" or "spend $100 billion on AWS" is a purchase.
    /// The type a verb's object makes it (see `Flags::refine`); none: no claim.
    fn refine_class(&self, hit: &Hit) -> Option<PredicateClass> {
        let flags = hit.entry.class.flags();
        let named = |id: &str| PredicateClass::named(id).unwrap_or_else(|| panic!("data/events: unknown type {id}"));
        if let Some(to) = &flags.for_company
            && self.pays_for_company(hit)
        {
            return Some(named(to));
        }
        if hit.entry.pos != Pos::Verb || (flags.refine.is_empty() && flags.if_company.is_none()) {
            return Some(hit.entry.class);
        }
        // "buy $2 billion of Intel stock" is an investment, "sold $18 billion of bonds" a debt issue;
        // eight words reach "sold £750 million of additional tier 1 bonds".
        let rest = self.sl(hit.span.end, usize::MAX);
        // Up to the clause's end: a stop inside a figure ("A$1.2 billion", "1,500 shares") goes on.
        let stop = rest
            .char_indices()
            .find(|&(i, ch)| [',', ';', '.'].contains(&ch) && !rest[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
            .map_or(rest.len(), |(i, _)| i);
        let rest = &rest[..stop];
        for r in &flags.refine {
            if rest.split_whitespace().take(8).any(|w| r.words.iter().any(|x| x == w)) {
                return r.to.as_deref().map(named);
            }
        }
        // One rule says whether the object is a company (see `vet::company_bought`).
        let company_follows = flags.if_company.is_some() && {
            let from = hit.span.end;
            self.company_bought_in(from, from + 1, from + stop)
        };
        Some(match &flags.if_company {
            Some(to) if company_follows => named(to),
            _ => hit.entry.class,
        })
    }

    /// Whether the text `from..end` is about a company bought
    /// ([`vet::company_bought`]), given the names that start in it at `first`
    /// or later: organizations, not products, people or indexes, and not a
    /// possessive ("Acme's patents"). A name may run past `end` ("Tarn Inc."
    /// ends at its stop): it is cut there. Serves "bought Acme"
    /// (`refine_class`) and "agreed to pay $24 a share for Acme" (`pays_for_company`).
    fn company_bought_in(&self, from: usize, first: usize, end: usize) -> bool {
        let names: Vec<Range<usize>> = self
            .entities
            .iter()
            .filter(|e| {
                e.span.start >= first
                    && e.span.start < end
                    && !matches!(e.kind, EntityKind::Product | EntityKind::Person | EntityKind::Index)
                    && !is_possessive(self.sl(e.span.end, usize::MAX))
            })
            .map(|e| e.span.start - from..(e.span.end - from).min(end - from))
            .collect();
        self.text
            .get(from..end)
            .is_some_and(|rest| vet::company_bought(rest, &names))
    }

    /// The predicate sits in a participle clause: ", owning …", ", securing exclusive …".
    fn is_participle(&self, hit: &Hit) -> bool {
        // The last ", " before the predicate: its commas read back (memrchr).
        let before = &self.lower.as_bytes()[..hit.span.start];
        let Some(comma) = memchr::memrchr_iter(b',', before).find(|&p| before[p..].starts_with(b", ")) else {
            return false;
        };
        let clause_start = comma + 2;
        let first_word = self.lower[clause_start..]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        first_word.len() > 4
            && first_word.ends_with("ing")
            && hit.span.start - clause_start < 40
            && !self
                .entities
                .iter()
                .any(|e| e.span.start >= clause_start && e.span.end <= hit.span.start)
    }

    /// "X was acquired by Y": the agent after "by" and the patient before.
    fn passive(&self, hit: &Hit) -> Option<(String, Option<String>)> {
        if hit.entry.pos != Pos::Verb {
            return None;
        }
        let before = &self.lower[floor_boundary(&self.lower, hit.span.start.saturating_sub(12))..hit.span.start];
        let aux = ["was ", "were ", "been ", "be ", "is ", "are ", "being "];
        if !aux.iter().any(|a| before.ends_with(a)) {
            return None;
        }
        let after = &self.lower[hit.span.end..];
        let by = after.find(" by ")?;
        if by > 30 {
            return None;
        }
        let agent_from = hit.span.end + by + 4;
        let agent = self
            .entities
            .iter()
            .find(|e| e.span.start >= agent_from && e.span.start <= agent_from + 4)?;
        let patient = self
            .entities
            .iter()
            .rev()
            .find(|e| e.span.end <= hit.span.start)
            .map(|e| e.id.to_string());
        Some((agent.id.to_string(), patient))
    }

    /// A noun's possessor with "by Y" right after the noun: Y acts, the
    /// possessor is acted on ("approved its acquisition by Brekke Holdings",
    /// "Ostara's planned takeover by Varden Chemicals"): the nominal's passive. "its
    /// acquisition of Norvale", "its sale by the end of June" (no name right
    /// after "by") and "Halden's deal, announced by Tamura" are none. The
    /// patient of "its"/"their" is the nearest other name before it.
    fn possessor_by(&self, hit: &Hit) -> Option<(String, Option<String>)> {
        if hit.entry.pos != Pos::Noun || self.sl(hit.span.end, hit.span.end + 4) != " by " {
            return None;
        }
        let agent = self.entities_at(hit.span.end + 4).next()?;
        // The possessive and up to three modifiers ("its proposed $212 million").
        let mut head = self.sl(0, hit.span.start).trim_end();
        let mut possessor = None;
        for _ in 0..4 {
            let start = head.rfind(' ').map_or(0, |i| i + 1);
            let w = &head[start..];
            if w.is_empty() || w.contains([',', ';', ':', '(', ')']) {
                return None;
            }
            if w == "its" || w == "their" {
                possessor = Some(None);
                break;
            }
            if let Some(name_end) = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .or_else(|| w.strip_suffix("s'").map(|n| &w[..n.len() + 1]))
                .map(|n| start + n.len())
            {
                possessor = Some(Some(self.entities.iter().find(|e| e.span.end == name_end)?));
                break;
            }
            head = head[..start].trim_end();
        }
        let patient = match possessor? {
            Some(e) => e,
            None => self
                .entities
                .iter()
                .rev()
                .find(|e| e.span.end <= hit.span.start && e.id != agent.id)?,
        };
        (patient.id != agent.id).then(|| (agent.id.to_string(), Some(patient.id.to_string())))
    }

    /// Nearest organization before the predicate in its clause; a coordinated
    /// pair ("OpenAI and Amazon signed") gives the first as subject and the
    /// second as co-party; a possessive ("OpenAI's $38 billion AWS deal") is
    /// the subject of a nominal.
    fn subject_before(&self, hit: &Hit, clause: &Range<usize>) -> (Option<String>, Option<String>) {
        // The last two candidates, nearest first.
        let mut before = self
            .entities
            .iter()
            .rev()
            .filter(|e| e.span.start >= clause.start && e.span.end <= hit.span.start)
            .filter(|e| !self.is_speaker_before_that(e) && !self.is_person_speaking(e))
            .filter(|e| !self.inserted(e, hit))
            .filter(|e| !self.is_venue(e));
        // "Aer Lingus shares on the Irish Stock Exchange rose": the venue is
        // where the shares trade, the name before it whose shares they are.
        let venue = self
            .entities
            .iter()
            .rev()
            .filter(|e| e.span.start >= clause.start && e.span.end <= hit.span.start)
            .find(|e| self.is_venue(e))
            .filter(|_| hit.entry.class.def().roles.get(1).is_some_and(|r| r == "exchange"))
            .map(|e| e.id.to_string());
        let Some(nearest) = before.next() else {
            return (None, venue);
        };
        // "Morgan Stanley reiterated its overweight rating on Tesla and a $410
        // price target": a name after a preposition is the noun's object; the
        // clause's name before it, outside any preposition, is its subject.
        if hit.entry.pos == Pos::Noun
            && self.after_preposition(nearest)
            && let Some(head) = self
                .entities
                .iter()
                .rev()
                .filter(|e| e.span.start >= clause.start && e.span.end <= nearest.span.start && e.id != nearest.id)
                .filter(|e| !self.is_speaker_before_that(e) && !self.is_person_speaking(e))
                .filter(|e| !self.inserted(e, hit))
                .find(|e| !self.after_preposition(e))
        {
            return (Some(head.id.to_string()), Some(nearest.id.to_string()));
        }
        // "a gain on its investment in Pell Corp. and a $3 million gain from
        // the sale": with no name outside a preposition before it, a name
        // inside an earlier noun's object ("investment in", "stake of") is no
        // subject of this noun; the subject comes from elsewhere (the
        // previous claim, the source's company).
        if hit.entry.pos == Pos::Noun && self.inside_object(nearest, hit) {
            return (None, venue);
        }
        if let Some(prev) = before.next() {
            let between = self.sl(prev.span.end, nearest.span.start);
            if between == " and " || between == ", " || between == " & " {
                return (Some(prev.id.to_string()), Some(nearest.id.to_string()));
            }
            if hit.entry.pos == Pos::Noun && is_possessive(self.sl(prev.span.end, usize::MAX)) && prev.id != nearest.id
            {
                return (Some(prev.id.to_string()), Some(nearest.id.to_string()));
            }
        }
        (Some(nearest.id.to_string()), venue)
    }

    /// The firm named right before a person as its analyst: "Kestrel
    /// Securities analyst Jo Park", "Brandt & Co's analyst Ivo Lenz",
    /// "Harwell Research senior analyst Mo Tan". None for a person after a
    /// firm that is no analyst's ("Acme chief executive Jo Park") or with
    /// other words between ("Kestrel said analyst Jo Park").
    fn firm_of_analyst(&self, e: &EntityAt) -> Option<&EntityAt<'a>> {
        if e.kind != EntityKind::Person {
            return None;
        }
        self.entities.iter().rev().find(|f| {
            matches!(f.kind, EntityKind::Company | EntityKind::Organization)
                && f.span.end < e.span.start
                && ANALYST_BETWEEN.contains(&self.sl(f.span.end, e.span.start))
        })
    }

    /// A name that stands for where shares trade, not who acts: an index, or
    /// an exchange (by its kind, or a name whose last word before a legal
    /// form is one of [`VENUE_HEADS`]: "the Irish Stock Exchange", "the
    /// Nigerian Exchange Limited") after "on", "in", "on the", "in the",
    /// also with a place's possessive between ("on London's Stock Exchange",
    /// "in Hong Kong's exchange").
    fn is_venue(&self, e: &EntityAt) -> bool {
        if e.kind == EntityKind::Index {
            return true;
        }
        let before = self.sl(0, e.span.start);
        // A place tied before the name is no part of it: "on the
        // Lagos-based Nigerian Exchange Limited" (see orgs::rules). Its last
        // word ends in "ed": other names' words before are not split (read
        // for every name, per predicate).
        let before = Some(before)
            .filter(|b| b.ends_with("ed "))
            .and_then(|b| b.strip_suffix(' '))
            .and_then(|b| b.rsplit_once(' '))
            .filter(|(_, w)| {
                w.rsplit_once('-')
                    .is_some_and(|(_, t)| t.len() >= 3 && t.ends_with("ed"))
            })
            .map_or(before, |(head, _)| &before[..head.len() + 1]);
        let before = without_place_possessive(before);
        let cued = vet::VENUE_CUES.iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|head| head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric()))
        });
        // Most names have no cue before them: their words are not read.
        if !cued {
            return false;
        }
        let head = self
            .sl(e.span.start, e.span.end)
            .split_whitespace()
            .rev()
            .find(|w| !lexicon::LEGAL_FORM_WORDS.contains(w))
            .unwrap_or("");
        e.kind == EntityKind::Exchange || VENUE_HEADS.contains(&head)
    }

    /// "Aer Lingus shares on the Irish Stock Exchange": the name whose shares
    /// trade on the venue `e`, written right before "shares/stock on|in (the)".
    fn venue_holder(&self, e: &EntityAt) -> Option<&EntityAt<'a>> {
        if !self.is_venue(e) {
            return None;
        }
        let before = self.sl(0, e.span.start);
        let cue = vet::VENUE_CUES
            .iter()
            .filter(|w| before.ends_with(*w))
            .map(|w| w.len())
            .max()?;
        let head = before[..before.len() - cue].trim_end();
        let form = SHARE_FORMS.iter().find(|f| {
            head.strip_suffix(*f)
                .is_some_and(|h| h.ends_with([' ', '\'', '\u{2019}']))
        })?;
        let owner = head[..head.len() - form.len()].trim_end();
        let owner = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("\u{2019}s"))
            .unwrap_or(owner);
        self.entities
            .iter()
            .find(|o| o.span.end == owner.len() && matches!(o.kind, EntityKind::Company | EntityKind::Organization))
    }

    /// The name stands inside a relative clause or an apposition that closes
    /// before the trigger ("Kirra Mining, in which Glencore holds a stake,
    /// reported a loss"): it is not the trigger's subject (see [`inserts`]).
    /// The name a relative clause holding the trigger is about stays ("Jane
    /// Roe, an analyst at Halden Capital, which owns 6% of Acme": Halden).
    fn inserted(&self, e: &EntityAt, hit: &Hit) -> bool {
        inserts::hidden(self.inserts(), &e.span, hit.span.start)
            && !inserts::antecedent(&self.lower, e.span.end, hit.span.start)
    }

    /// A noun's "of X by Y": Y acts, X is acted on ("the acquisition of
    /// Brightwater by Oakridge", "the sale of its stake in Acme by Globex" is
    /// none: the name after "of" must follow it at once).
    fn of_by(&self, hit: &Hit) -> Option<(String, String)> {
        let right_after = |at: usize| self.entities_at(at).next();
        if self.sl(hit.span.end, hit.span.end + 4) != " of " {
            return None;
        }
        let patient = right_after(hit.span.end + 4)?;
        if self.sl(patient.span.end, patient.span.end + 4) != " by " {
            return None;
        }
        let agent = right_after(patient.span.end + 4)?;
        (agent.id != patient.id).then(|| (agent.id.to_string(), patient.id.to_string()))
    }

    /// A noun's "of X to Y" with X a company sold ([`Self::company_bought_in`]):
    /// Y buys X ("the sale of Pinecrest Labs Inc. to Ardent Medical", the
    /// form "sale of" holding its "of"). Y follows "to" at once (or after
    /// "the"); "the sale of its stake in Tarn to Kelso", "the sale of 5
    /// million shares to investors" and "the sale of Tarn, a rival, to
    /// Kelso" are none.
    fn of_to(&self, hit: &Hit) -> Option<(String, String)> {
        if hit.entry.pos != Pos::Noun {
            return None;
        }
        let of_at = if self.lower[hit.span.clone()].ends_with(" of") {
            hit.span.end + 1
        } else if self.sl(hit.span.end, hit.span.end + 4) == " of " {
            hit.span.end + 4
        } else {
            return None;
        };
        let right_after = |at: usize| {
            self.entities_at(at)
                .find(|e| matches!(e.kind, EntityKind::Company | EntityKind::Organization))
        };
        let sold = right_after(of_at)?;
        if self.sl(sold.span.end, sold.span.end + 4) != " to " {
            return None;
        }
        let buyer = right_after(sold.span.end + 4)?;
        let end = sold.span.end + 4;
        (buyer.id != sold.id && self.company_bought_in(of_at - 1, of_at, end))
            .then(|| (buyer.id.to_string(), sold.id.to_string()))
    }

    /// The name `e` follows " in ", " of " or " on " after a noun ("its
    /// investment in Pell Corp.", "a stake of Orrin Mills"), and a
    /// coordination (" and ") stands between it and the trigger: it belongs
    /// to the earlier noun phrase. "For Pell Corp., revenue rose" and "At
    /// Pell, profit climbed" (no earlier noun, no coordination) keep it.
    fn inside_object(&self, e: &EntityAt, hit: &Hit) -> bool {
        let before = self.sl(e.span.start.saturating_sub(24), e.span.start);
        let before = before.strip_suffix("the ").unwrap_or(before);
        let Some(head) = [" in ", " of ", " on "].iter().find_map(|p| before.strip_suffix(p)) else {
            return false;
        };
        let noun = head.rsplit(' ').next().unwrap_or("");
        noun.len() > 2
            && noun.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !matches!(noun, "and" | "but" | "for" | "at" | "to" | "said" | "says")
            && self.sl(e.span.end, hit.span.start).contains(" and ")
    }

    /// The entity follows a preposition ("on Tesla", "in the Acme Group").
    fn after_preposition(&self, e: &EntityAt) -> bool {
        let before = self.sl(e.span.start.saturating_sub(9), e.span.start);
        let before = before.strip_suffix("the ").unwrap_or(before);
        [
            " on ", " for ", " of ", " in ", " to ", " with ", " from ", " at ", " into ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
    }

    /// "OpenAI said that Amazon…": an entity right before a say-verb followed by
    /// "that" speaks; it is not the subject of what follows.
    fn is_speaker_before_that(&self, e: &EntityAt) -> bool {
        e.says_that
    }

    /// "Amazon CEO Andy Jassy celebrated the deal": a person before a say-verb speaks about it.
    fn is_person_speaking(&self, e: &EntityAt) -> bool {
        e.kind == EntityKind::Person && e.says
    }

    /// The organization a preposition of the type's `owner_after` names
    /// right after the noun ("profit at Harlan Freight", "sales at the
    /// Bellmont group").
    fn owner_after(&self, hit: &Hit) -> Option<&str> {
        let after = self.sl(hit.span.end, hit.span.end + 16);
        let preps = &hit.entry.class.flags().owner_after;
        let prep = preps.iter().find(|p| {
            after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(p.as_str()) && a[p.len()..].starts_with(' '))
        })?;
        self.entities_at(hit.span.end + 2 + prep.len())
            .find(|e| matches!(e.kind, EntityKind::Company | EntityKind::Organization))
            .map(|e| e.id)
    }

    /// First organization after the predicate in its clause that is not the
    /// subject and not the speaker of a trailing say-verb.
    fn object_after(&self, hit: &Hit, clause: &Range<usize>, subject: Option<&str>) -> Option<String> {
        // An object comes before the next comma: "…'s exclusivity terms, writing (emphasis Microsoft)".
        let stop =
            find_bytes(self.sl(hit.span.end, clause.end).as_bytes(), b", ").map_or(clause.end, |i| hit.span.end + i);
        self.entities
            .iter()
            .filter(|e| e.span.start >= hit.span.end && e.span.end <= stop)
            .filter(|e| Some(e.id) != subject)
            .find(|e| !e.says)
            .map(|e| e.id.to_string())
    }

    fn attribution(&self, hit: &Hit, subject: Option<&str>) -> Option<Attribution> {
        // The nearest say-verb before the predicate, else one after it.
        let mut best: Option<(usize, &'static str, bool)> = None;
        for &(pos, v) in &self.say_verbs {
            {
                if pos < hit.span.end && hit.span.start < pos + v.len() {
                    continue;
                }
                let before = pos < hit.span.start;
                let better = match best {
                    None => true,
                    Some((p, _, b)) => match (before, b) {
                        (true, true) => pos > p,
                        (true, false) => true,
                        (false, true) => false,
                        (false, false) => pos < p,
                    },
                };
                if better {
                    best = Some((pos, v, before));
                }
            }
        }
        let quoted = self
            .quoted
            .iter()
            .any(|q| q.start <= hit.span.start && hit.span.end <= q.end);
        let Some((pos, verb, _)) = best else {
            let second_hand = self.cues.in_text(cue::SECOND_HAND, 0, self.lower.len());
            return (quoted || second_hand).then(|| Attribution {
                speaker: None,
                verb: if second_hand {
                    "reportedly".into()
                } else {
                    String::new()
                },
                quoted,
                second_hand,
            });
        };
        let end = pos + verb.len();
        // Speakers are parties or sources (outlets, analysts): the first after
        // the verb, or the last before it, of either list.
        let lists = [self.entities.as_slice(), self.sources.as_slice()];
        let speaker_entity = if verb == "according to" {
            first_in(lists, |e| e.span.start >= end && e.span.start <= end + 6)
        } else {
            last_in(lists, |e| e.span.end <= pos && pos - e.span.end <= 24)
                .or_else(|| first_in(lists, |e| e.span.start >= end && e.span.start <= end + 2))
        };
        let speaker = match speaker_entity {
            Some(e) => Some(e.id.to_string()),
            None => speaker_words(&self.text[..pos]),
        };
        let publisher = speaker_entity.is_some_and(|e| e.kind == EntityKind::Publisher);
        let reported = matches!(verb, "reported" | "reports" | "according to");
        let second_hand = publisher
            || (reported && speaker.as_deref() != subject)
            || self.cues.in_text(cue::SECOND_HAND_NOT_SAID, 0, self.lower.len());
        Some(Attribution {
            speaker,
            verb: verb.to_string(),
            quoted,
            second_hand,
        })
    }

    fn polarity(&self, hit: &Hit, clause: &Range<usize>, word: &str) -> Polarity {
        if word.starts_with("non") {
            return Polarity::Negated;
        }
        let lower = self.lower.as_str();
        let mut from = floor_boundary(lower, hit.span.start.saturating_sub(32).max(clause.start));
        // "removing the AGI clause and launching a new alliance": a cue does not cross a conjunction.
        for sep in [" and ", ", ", " or "] {
            if let Some(i) = rfind_bytes(&lower.as_bytes()[from..hit.span.start], sep.as_bytes()) {
                from += i + sep.len();
            }
        }
        let to = ceil_boundary(lower, (hit.span.end + 32).min(clause.end)).max(hit.span.end);
        if self.cues.any_word(lower, cue::ABSORBS_NEGATION, from, hit.span.start) {
            return Polarity::Affirmed;
        }
        if self.negation_word(lower, cue::NEGATION_BEFORE, from, hit.span.start)
            || lower[from..hit.span.start].ends_with("n't ")
        {
            return Polarity::Negated;
        }
        if self.negation_word(lower, cue::NEGATION_AFTER, hit.span.end, to) {
            return Polarity::Negated;
        }
        Polarity::Affirmed
    }

    /// A negation cue of `list` stands as a whole word in `lower[from..to]`,
    /// other than the "ended" of a reporting period ("net income for the six
    /// months ended Oct. 1 slipped 5%", "the quarter ending in March").
    fn negation_word(&self, lower: &str, list: u16, from: usize, to: usize) -> bool {
        let mut start = from;
        while let Some(at) = self.cues.first_word(lower, list, start, to) {
            if !ends_a_period(lower, at) && !moves_a_figure(lower, at) {
                return true;
            }
            start = at + 1;
        }
        false
    }

    fn modality(&self, hit: &Hit, clause: &Range<usize>) -> Modality {
        let lower = self.lower.as_str();
        if self
            .cues
            .in_text(cue::CONDITIONAL, clause.start, clause.end.min(lower.len()))
        {
            return Modality::Conditional;
        }
        let before_end = hit.span.start.max(clause.start);
        // "The largest holder will be Acme, which owns 23%": a relative
        // clause states its own fact; the cues before it are the outer verb's.
        let from = relative_clause_start(lower, clause.start, before_end);
        if self.cues.any_word(lower, cue::HEDGE, from, before_end) {
            return Modality::Hedged;
        }
        // A noun's verb follows it: "this investment would exceed", "the
        // rights issue, which is expected to raise", "the purchase is likely to cost".
        let after_noun = |reach: usize| ceil_boundary(lower, (hit.span.end + reach).min(clause.end)).max(hit.span.end);
        if hit.entry.pos == Pos::Noun && noun_expected(&lower[hit.span.end..after_noun(28)]) {
            return Modality::Hedged;
        }
        let before = &lower[from..before_end];
        let near_from = from + floor_boundary(before, before.len().saturating_sub(30));
        let plan_from = from + floor_boundary(before, before.len().saturating_sub(48));
        if self.cues.any_word(lower, cue::FUTURE, near_from, before_end)
            || self.cues.any_word(lower, cue::PLAN, plan_from, before_end)
            || (hit.entry.pos == Pos::Noun && self.cues.any_word(lower, cue::WILL, hit.span.end, after_noun(16)))
        {
            return Modality::Future;
        }
        Modality::Asserted
    }

    fn time_and_until(
        &self,
        hit: &Hit,
        published_month: Option<&str>,
        hits: &[Hit],
    ) -> (Option<ClaimTime>, Option<ClaimValue>) {
        // The claim's own clause's date first, else the sentence's first; a
        // period figure (revenue, EPS) is dated by a period (a quarter, a year),
        // never by the day it was announced ("April 28 ... reported revenue").
        let clause = self.clause_of(hit.span.start);
        let def = hit.entry.class.def();
        let period = def.period;
        let value_of = |d: &DateAt| -> Option<String> {
            if let Some(p) = &d.period {
                return Some(p.clone());
            }
            if let (Some(n), Some(end), Some(published)) = (d.fiscal_quarter, self.fy_end, self.published) {
                return Some(periods::fiscal_quarter(n, end, published, def.forward));
            }
            // A share's move on a named day is that day's.
            if def.flags.daily
                && let Some(day) = d.timex.value.get(..10).filter(|v| is_day(v))
            {
                return Some(day.to_string());
            }
            time_bucket(d.timex)
        };
        // "who has led Marlowe Ashby since 2018", "has owned it since 2019": when
        // a state began, not when the claimed event happens.
        // Full-year sales guidance, "nine-month revenue": no
        // quarter of the sentence dates it (see `periods::named_span`).
        let span = std::cell::OnceCell::new();
        let span = || {
            *span.get_or_init(|| {
                periods::named_span(self.sl(0, hit.span.start), self.sl(hit.span.end, self.lower.len())).or_else(|| {
                    // "For the nine months, Acme earned": the sentence's span,
                    // unless the trigger's own clause names a quarter.
                    let own = self.sl(clause.start, clause.end);
                    (period && !contains(own, "quarter"))
                        .then(|| periods::sentence_span(self.sl(0, hit.span.start), self.sl(hit.span.end, clause.end)))
                        .flatten()
                })
            })
        };
        let part_of_year_for_whole = |d: &DateAt| {
            // A fiscal quarter dates as a quarter.
            let value = match d.fiscal_quarter {
                Some(_) => "-Q",
                None => d.period.as_deref().unwrap_or(&d.timex.value),
            };
            // Read only when a quarter or half is in the sentence.
            periods::is_part_of_year(value) && !periods::fits_span(span(), value)
        };
        let usable = |d: &&DateAt| {
            !d.until
                && !d.compare
                && !d.schedule
                && d.timex.bound.as_deref() != Some("since")
                && (!period || d.period.is_some() || is_period(&d.timex.value))
                && !part_of_year_for_whole(d)
                && !self.in_other_relative_clause(d.span.clone(), hit, hits)
                && !self.another_predicates_date(d, hit, hits, period)
        };
        let in_clause = |d: &&DateAt| clause.start <= d.span.start && d.span.end <= clause.end;
        // "…posted a loss for its third quarter of $35.2 million, compared with
        // year-earlier profit of $3.8 million": a result's figure after a
        // comparison cue is the year-earlier one; a date before its trigger
        // is the sentence's own period, a year after the figure's.
        let prior = period && !def.forward && periods::is_prior_figure(self.sl(clause.start, hit.span.start));
        // "replacing Per Dahl, who resigned in January": a predicate inside a
        // relative clause takes that clause's own date first.
        let own_relative = self.own_relative_clause(hit);
        let in_own_relative = |d: &&DateAt| {
            own_relative
                .as_ref()
                .is_some_and(|r| r.start <= d.span.start && d.span.end <= r.end)
        };
        let time = self
            .dates
            .iter()
            .filter(usable)
            .filter(in_own_relative)
            .chain(self.dates.iter().filter(usable).filter(in_clause))
            .chain(self.dates.iter().filter(usable))
            .find_map(|d| value_of(d).map(|v| (v, prior && d.span.end <= hit.span.start)))
            .map(|(value, earlier)| ClaimTime {
                // "nine-month revenue in 2025": the year so far, not the year.
                value: {
                    let value = if period {
                        periods::for_span(span(), value)
                    } else {
                        value
                    };
                    match earlier {
                        true => periods::year_earlier(&value).unwrap_or(value),
                        false => value,
                    }
                },
                from: "sentence".into(),
            })
            .or_else(|| {
                // A half's or nine months' figure that no date places: the last such period ended.
                let span = span().filter(|_| period)?;
                // "…, compared with year-earlier net income of": the same span a year before.
                periods::last_span_ended(span, self.published?).map(|value| ClaimTime {
                    value: match prior {
                        true => periods::year_earlier(&value).unwrap_or(value),
                        false => value,
                    },
                    from: "sentence".into(),
                })
            })
            .or_else(|| {
                // A share's move no date places is of the day its source was published.
                if def.flags.daily
                    && let Some(p) = self.published
                {
                    return Some(ClaimTime {
                        value: format!("{:04}-{:02}-{:02}", p.year(), p.month(), p.day()),
                        from: "published".into(),
                    });
                }
                published_month.map(|month| ClaimTime {
                    value: month.to_string(),
                    from: "published".into(),
                })
            });
        // A bound after another predicate belongs to that one ("access … and revenue until 2030").
        let own_bound = |d: &&DateAt| {
            (clause.start <= d.span.start && d.span.end <= clause.end)
                && (d.span.start < hit.span.start
                    || !hits.iter().any(|h| {
                        h.span.start >= hit.span.end && h.span.end <= d.span.start && h.entry.class != hit.entry.class
                    }))
        };
        let until_date = self
            .dates
            .iter()
            .filter(|d| d.until)
            .filter(own_bound)
            .min_by_key(|d| (d.span.start < hit.span.start, d.span.start.abs_diff(hit.span.end)))
            .map(|d| ClaimValue::Date(d.timex.clone()));
        let until = until_date.or_else(|| {
            let at = self
                .cues
                .first_word(&self.lower, cue::UNTIL, hit.span.end, clause.end.min(self.lower.len()))?;
            let from = at + "until ".len();
            let rest = self.text.get(from..)?;
            let stop = rest
                .find([',', '.', ';', '\u{201d}', '"', '('])
                .unwrap_or(rest.len())
                .min(80);
            let words = rest[..floor_boundary(rest, stop)].trim();
            (!words.is_empty()).then(|| ClaimValue::Text {
                text: words.to_string(),
            })
        });
        (time, until)
    }

    /// Each figure goes to the nearest predicate of its clause, looking back
    /// first ("invested $1 billion", "a gain of $7.5 billion"), then ahead at
    /// double the distance ("a $38 billion commitment"). A price per unit goes
    /// only to a type that measures it ("$25 a share" of an acquisition is its
    /// `price_per_share`). A figure of another measure than the one a claim of
    /// its clause already holds ("$28 billion, or $157 a share") makes a
    /// second claim of that measure: two facts, never a conflict.
    fn assign_amounts(&self, claims: &mut Vec<Claim>) {
        let distance = |c: &Claim, a: &AmountAt| {
            let d = if c.span.end <= a.span.start {
                a.span.start - c.span.end
            } else {
                2 * c.span.start.saturating_sub(a.span.end)
            };
            // "buying a $5 billion stake": a verb right before the figure takes it from the noun after.
            let gap = self.sl(c.span.end, a.span.start);
            let verb_before = c.rule != Rule::ClaimNominal
                && c.span.end <= a.span.start
                && matches!(gap, " " | " a " | " an " | " the " | " about " | " some ");
            if verb_before { 0 } else { d }
        };
        let in_clause = |c: &Claim, a: &AmountAt| {
            let clause = self.clause_of(a.span.start);
            clause.start <= c.span.start && c.span.start < clause.end
        };
        // A level (a share price) is a per-share figure: "closed at $20 each", "to $13 a share".
        let measures_rate = |c: &Claim, a: &AmountAt| {
            let class = c.predicate.class;
            class.cue_measure(&self.lower, a.span.clone(), a.figure).is_some()
                || class.def().takes_rates
                || class.measure_is(
                    class
                        .measure_of(c.trigger_measure, &self.lower, a.span.clone(), a.figure)
                        .flatten(),
                    |m| m.level,
                )
        };
        // A whole sum's measure takes no bare figure under 1,000 ("EDS profit, fell 75 cents").
        let measure = |c: &Claim, a: &AmountAt| {
            let class = c.predicate.class;
            class
                .measure_of(c.trigger_measure, &self.lower, a.span.clone(), a.figure)
                .filter(|m| !(a.figure == Figure::Money && class.measure_is(*m, |x| x.whole) && below_whole(&a.amount)))
        };
        // A period's result (profit, revenue, EPS) or forecast (guidance: "expects to
        // post a one-time charge of $8 million") takes no charge or write-off as its figure.
        let charge_result = |c: &Claim| c.predicate.class.def().period;
        // "rose 50 cents to $13": a level's measure takes no figure that states the move.
        let a_move = |c: &Claim, a: &AmountAt| {
            c.predicate.class.measure_is(measure(c, a).flatten(), |m| m.level)
                && moves::is_change(&self.lower, a.span.clone(), self.clause_of(a.span.start))
        };
        // "rose 7.3% to close at $52.60": a share's quote is a price move's figure only.
        let spans: Vec<Range<usize>> = self.amounts.iter().map(|a| a.span.clone()).collect();
        let quote = |c: &Claim, a: &AmountAt| {
            a.figure == Figure::Money
                && a.amount.scale_word.is_none()
                && c.predicate.class.key_class().as_str() != "share_price_move"
                && vet::share_quote(&self.lower, &a.span, &spans)
        };
        // "closed down 6.1% at 1,823p after the group said operating profit would …":
        // a figure far before the word is another verb's move (`ahead_words`).
        let near_ahead = |c: &Claim, a: &AmountAt| {
            if a.span.end > c.span.start {
                return true;
            }
            let reach = measure(c, a).flatten().and_then(|m| {
                let def = c.predicate.class.def();
                def.measures.iter().find(|x| x.name == m).and_then(|x| x.ahead_words)
            });
            reach.is_none_or(|reach| within_ahead(self.sl(a.span.end, c.span.start), reach))
        };
        let takes = |c: &Claim, a: &AmountAt| {
            let not_quote = !quote(c, a);
            not_quote
                && near_ahead(c, a)
                && !a.prior
                && (!a.holding || measure(c, a).flatten() == Some("assets"))
                && (!a.rate || measures_rate(c, a))
                && measure(c, a).is_some()
                && !a_move(c, a)
                && !(a.expected && c.predicate.class.def().actual_figures)
                && !(charge_result(c) && vet::is_charge(&self.lower, &a.span))
                && (!a.result || c.predicate.class.def().period)
        };
        // Every (figure, claim) pair of one clause, nearest first (a figure of
        // another clause is another verb's: "borrowed against his stake, and
        // planned to charge WeWork $6 million"); the closest pair is
        // settled first, so a figure right after its verb ("acquired for $200
        // million") is not taken by a figure far before it that no word of
        // the sentence claims ("a lifeline worth up to $8 billion, … acquired").
        let figures: Vec<&AmountAt> = self.amounts.iter().filter(|a| a.part.is_none()).collect();
        let mut pairs = Vec::new();
        for (ai, a) in figures.iter().enumerate() {
            for (ci, c) in claims.iter().enumerate() {
                if c.value.is_none() && takes(c, a) && in_clause(c, a) {
                    pairs.push((distance(c, a), !c.takes_amount, ai, ci));
                }
            }
        }
        pairs.sort_unstable();
        let mut placed = vec![false; figures.len()];
        // The figure each claim took, and the copies made for a level its figure moved to.
        let mut took: Vec<Option<usize>> = vec![None; claims.len()];
        let mut extra: Vec<Claim> = Vec::new();
        for (_, _, ai, ci) in pairs {
            if placed[ai] {
                continue;
            }
            let a = figures[ai];
            if claims[ci].value.is_some() {
                if let Some(copy) = took[ci].and_then(|t| self.level_copy(&claims[ci], figures[t], a)) {
                    extra.push(copy);
                    placed[ai] = true;
                }
                continue;
            }
            let m = measure(&claims[ci], a).flatten().map(str::to_string);
            let c = &mut claims[ci];
            c.value = Some(self.figure_value(c.predicate.class, m.as_deref(), a));
            c.measure = m;
            placed[ai] = true;
            took[ci] = Some(ai);
        }
        // Every claim has a figure: one of its clause that measures this figure otherwise takes a copy.
        for (ai, a) in figures.iter().enumerate() {
            if placed[ai] {
                continue;
            }
            let second = claims
                .iter()
                .filter(|c| in_clause(c, a) && c.value.is_some())
                .filter(|_| !a.prior)
                .filter(|c| !a.holding || measure(c, a).flatten() == Some("assets"))
                .filter(|c| !(a.expected && c.predicate.class.def().actual_figures))
                .filter(|c| !(charge_result(c) && vet::is_charge(&self.lower, &a.span)))
                .filter(|c| !a.result || c.predicate.class.def().period)
                .filter(|c| !quote(c, a))
                .filter(|c| {
                    let m = measure(c, a).flatten();
                    m.is_some() && m != c.measure.as_deref() && (!a.rate || measures_rate(c, a)) && !a_move(c, a)
                })
                .min_by_key(|c| distance(c, a));
            if let Some(c) = second {
                let mut copy = c.clone();
                copy.measure = measure(c, a).flatten().map(str::to_string);
                copy.value = Some(self.figure_value(c.predicate.class, copy.measure.as_deref(), a));
                extra.push(copy);
            }
        }
        claims.extend(extra);
    }

    /// The figure `a` as `class`'s measure `m` states it: a change
    /// (`signed`) takes the sign of its move word ([`moves`]).
    fn figure_value(&self, class: PredicateClass, m: Option<&str>, a: &AmountAt) -> ClaimValue {
        let v = a.value();
        if class.measure_is(m, |x| x.signed) {
            moves::signed(v, &self.lower, a.span.clone(), self.clause_of(a.span.start))
        } else {
            v
        }
    }

    /// A claim of a type with `per_share_figure` whose first figure after
    /// its word, in its clause, is a price a share ("earned $1.18 per share",
    /// "adjusted earnings were 94 cents a share") is of the type named there:
    /// its earnings per share. Never a figure with another before it ("earned
    /// $40 million, or 9 cents a share": see [`Self::per_share_figures`]).
    fn per_share_words(&self, claims: &mut [Claim]) {
        for c in claims.iter_mut() {
            let Some(to) = c.predicate.class.flags().per_share_figure.as_deref() else {
                continue;
            };
            let clause = self.clause_of(c.span.start);
            let Some(first) = self
                .amounts
                .iter()
                .filter(|a| a.span.start >= c.span.end && a.span.start < clause.end)
                .min_by_key(|a| a.span.start)
            else {
                continue;
            };
            let gap = self.sl(c.span.end, first.span.start);
            // "Analysts were predicting earnings of $3.90 a share": a forecast, no result.
            let forecast = FORECAST_WORDS
                .iter()
                .any(|w| self.sl(clause.start, first.span.start).contains(w));
            if forecast
                || first.figure != Figure::Money
                || first.amount.scale_word.is_some()
                || gap.len() > 24
                || gap.contains([',', ';', '('])
                || !PER_SHARE
                    .iter()
                    .any(|w| self.sl(first.span.end, usize::MAX).starts_with(w))
            {
                continue;
            }
            if let Some(class) = PredicateClass::named(to) {
                c.predicate.class = class;
                c.trigger_measure = None;
                c.takes_amount = true;
            }
        }
    }

    /// The per-share figure right after a claim's figure ("net income of
    /// $291 million, or $1.37 a share"), as a claim of the type its type's
    /// `per_share_figure` names (see [`crate::extract::claims::ontology::Flags`]).
    fn per_share_figures(&self, claims: &mut Vec<Claim>) {
        let mut extra = Vec::new();
        for c in claims.iter() {
            let Some(to) = c.predicate.class.flags().per_share_figure.as_deref() else {
                continue;
            };
            let default = c.predicate.class.def().default_measure.as_deref();
            if c.measure.is_some() && c.measure.as_deref() != default {
                continue;
            }
            let Some(v @ ClaimValue::Money(_)) = &c.value else {
                continue;
            };
            let Some(figure) = self.amounts.iter().find(|a| a.is(v)) else {
                continue;
            };
            let Some(next) = self
                .amounts
                .iter()
                .filter(|a| a.span.start >= figure.span.end)
                .min_by_key(|a| a.span.start)
            else {
                continue;
            };
            if next.figure != Figure::Money
                || next.amount.scale_word.is_some()
                || self.sl(figure.span.end, next.span.start) != ", or "
                || !PER_SHARE
                    .iter()
                    .any(|w| self.sl(next.span.end, usize::MAX).starts_with(w))
            {
                continue;
            }
            // A loss's figure is turned negative once the document is read (`keyed`): so is its share's.
            let loss = keyed::trigger_of(c).is_some_and(|t| t.negative && c.measure.as_deref() == t.measure.as_deref());
            let Some(class) = PredicateClass::named(to) else {
                continue;
            };
            let mut e = c.clone();
            e.predicate.class = class;
            e.measure = None;
            e.trigger_measure = None;
            e.value = Some(match next.value() {
                ClaimValue::Money(a) if loss => ClaimValue::Money(keyed::negated(&a)),
                other => other,
            });
            extra.push(e);
        }
        claims.extend(extra);
    }

    /// A copy of `c` with `next` as its figure when `next` is the level its
    /// figure `first` moved to ("fell 9.4% to 21.30 euros", "closed up 5% at
    /// 1,240 yen", "rose 8% to €610 million"): the two figures are joined by
    /// "to" or "at" alone, the claim's type measures the second one under
    /// another measure than the first, so no other claim of the sentence (a
    /// "sales forecast" after it) takes the level. Never a figure after other
    /// words ("fell 9% after a $40 million charge") nor one of the same measure
    /// ("rose 8% to 10%": the second percent is a level of another kind).
    fn level_copy(&self, c: &Claim, first: &AmountAt, next: &AmountAt) -> Option<Claim> {
        if first.span.end > next.span.start || next.rate || next.expected {
            return None;
        }
        let gap = self.sl(first.span.end, next.span.start);
        if !LEVEL_JOINS.contains(&gap) {
            return None;
        }
        let m = c
            .predicate
            .class
            .measure_of(c.trigger_measure, &self.lower, next.span.clone(), next.figure)
            .flatten()?;
        if c.measure.as_deref() == Some(m) || first.figure == next.figure {
            return None;
        }
        let mut copy = c.clone();
        copy.value = Some(next.value());
        copy.measure = Some(m.to_string());
        Some(copy)
    }

    /// A claim of each text measure its type has ("Series B", "overweight",
    /// "15 years") whose words the sentence holds: a copy of the claim with
    /// the words nearest its trigger as its value (one per type, measure and
    /// words), when the claim has a figure or its type stands alone.
    fn text_claims(&self, claims: &[Claim]) -> Vec<Claim> {
        let mut out: Vec<Claim> = Vec::new();
        // Words alone make no claim: "the largest share sale for nine years" is no deal's duration.
        for c in claims
            .iter()
            .filter(|c| c.value.is_some() || c.predicate.class.stands_alone())
        {
            for t in &c.predicate.class.def().texts {
                let found = t
                    .words
                    .iter()
                    .flat_map(|w| text_words(&self.lower, w))
                    // "the biggest award in its 58-year history": the words are another noun's.
                    .filter(|(r, _)| !t.barred_by(&self.lower[r.end..]))
                    .min_by_key(|(r, _)| r.start.abs_diff(c.span.start));
                let Some((r, canonical)) = found else { continue };
                let text = canonical.unwrap_or_else(|| self.text[r].to_string());
                let value = Some(ClaimValue::Text { text });
                if out.iter().any(|o| {
                    o.predicate.class.key_class() == c.predicate.class.key_class()
                        && o.measure.as_deref() == Some(t.name.as_str())
                        && o.value == value
                }) {
                    continue;
                }
                let mut copy = c.clone();
                copy.value = value;
                copy.measure = Some(t.name.clone());
                copy.part = None;
                copy.part_of = None;
                out.push(copy);
            }
        }
        out
    }

    /// Claims for the listed parts of a total, keyed by the span of the claim that holds the total.
    fn part_claims(&self, claims: &[Claim]) -> Vec<(Range<usize>, Claim)> {
        let mut out = Vec::new();
        for a in self.amounts.iter() {
            let Some(cue) = a.part else { continue };
            let total = self
                .amounts
                .iter()
                .rev()
                .find(|t| t.part.is_none() && !t.rate && t.span.end <= a.span.start)
                // "raise $12.9bn … an additional 15 per cent of shares": a part is of its total's kind.
                .filter(|t| t.figure == a.figure);
            let Some(total) = total else { continue };
            let Some(owner) = claims.iter().find(|c| c.value.as_ref().is_some_and(|v| total.is(v))) else {
                continue;
            };
            let mut part = owner.clone();
            part.value = Some(a.value());
            part.part = Some(cue.to_string());
            part.rule = Rule::ClaimPart;
            out.push((owner.span.clone(), part));
        }
        out
    }
}

/// Whole-word occurrences of a text measure's phrase in `lower`, with the
/// words to write for it: `None` (as written) for a plain phrase, "15 years"
/// for `#-year` over "15-year" or "fifteen-year".
///
/// | phrase | text | found |
/// |---|---|---|
/// | "series b" | "led the series b round" | "series b" (as written) |
/// | "#-year" | "a 15-year deal" | "15 years" |
/// | "# years" | "over five years" | "5 years" |
/// | "#-year" | "a year-long deal", "2026-year" | none (no number; not a duration) |
/// | "# years" | "founded 15 years ago" | none (a time, not a duration) |
/// The words that join a figure to the level it moved to: "fell 9% to
/// 21.30 euros", "closed up 5% at 1,240 yen", "rose 8 per cent to a record
/// 412p".
const LEVEL_JOINS: &[&str] = &[
    " to ",
    " at ",
    " to a record ",
    " to a high of ",
    " to a low of ",
    ", at ",
    ", to ",
];

fn text_words(lower: &str, phrase: &str) -> Vec<(Range<usize>, Option<String>)> {
    let bytes = lower.as_bytes();
    let Some((prefix, suffix)) = phrase.split_once('#') else {
        return occurrences(lower, phrase)
            .filter(|&i| whole_word(bytes, i, i + phrase.len()))
            .map(|i| (i..i + phrase.len(), None))
            .collect();
    };
    let unit = suffix.trim_matches(['-', ' ']).trim_end_matches('s');
    let mut out = Vec::new();
    for at in occurrences(lower, suffix) {
        let end = at + suffix.len();
        // "15 years ago" is a time, not a duration.
        if bytes.get(end).is_some_and(|&b| is_word_byte(b)) || lower[end..].starts_with(" ago") {
            continue;
        }
        let start = lower[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .map_or(0, |i| i + 1);
        let token = &lower[start..at];
        let n: Option<u32> = match token.parse::<u32>() {
            Ok(n) if (1..=99).contains(&n) => Some(n),
            Ok(_) => None,
            Err(_) => crate::extract::money::small_number(token.as_bytes()).filter(|n| (1..=20).contains(n)),
        };
        let Some(n) = n else { continue };
        if !lower[..start].ends_with(prefix) {
            continue;
        }
        let plural = if n == 1 { "" } else { "s" };
        out.push((start - prefix.len()..end, Some(format!("{n} {unit}{plural}"))));
    }
    out
}

/// "In October, …" is not spoken by anyone: words before a say-verb name a
/// speaker only when short and nominal ("the companies", "officials").
fn speaker_words(before: &str) -> Option<String> {
    let trimmed = before.trim_end().trim_end_matches([',', '\u{201d}', '"']).trim_end();
    let mut words = trimmed.split_whitespace().rev();
    let last = words.next()?;
    let nominal = [
        "companies",
        "company",
        "officials",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "executives",
        "sources",
        "analysts",
    ];
    // The phrase ends with its last word, and no cue has a space: the cue is in the last word.
    let ends_with =
        |n: &str| last.len() >= n.len() && last.as_bytes()[last.len() - n.len()..].eq_ignore_ascii_case(n.as_bytes());
    if !nominal.iter().any(|n| ends_with(n)) {
        return None;
    }
    Some(match words.next() {
        Some(before_last) => format!("{before_last} {last}"),
        None => last.to_string(),
    })
}

/// A price per unit ("$23.28 a share", "$23 each") describes the terms, not the claim's figure.
fn is_rate(a: &crate::extract::money::Amount, lower: &str, r: &Range<usize>) -> bool {
    let after = lower.get(r.end..).unwrap_or("");
    a.per.is_some()
        || [" each", " a share", " per share", " apiece"]
            .iter()
            .any(|p| after.starts_with(p))
}

/// A figure analysts or a consensus expected, not a result: an expectation
/// word shortly before it in its clause ("analysts were expecting $2.52 a
/// share on revenue of $27.53 billion", "beat estimates of $9.8 billion") or
/// a few words after it ("the 4.8 percent gain that was expected"). A word
/// that compares ("more than expected to $10 billion", "topped expectations
/// at $10 billion", "$10 billion, above estimates") leaves the result alone.
///
/// | text (figure) | expectation |
/// |---|---|
/// | "analysts were expecting **$2.52** a share" | yes |
/// | "beat analysts' estimates of **$9.8 billion**" | yes |
/// | "rose more than expected to **$10 billion**" | no |
/// | "**$10 billion** more than analysts expected" | no |
///
/// `cues` are the sentence's cues ([`Cues::of`]), among them every
/// occurrence of an expectation word, overlapping ones too ("estimates"
/// holds "estimate"): the words read are substrings of the two windows, so
/// when no cue lies in either window no word can be one and nothing is
/// split into words.
fn is_expectation(lower: &str, r: &Range<usize>, cues: &Cues) -> bool {
    let from = floor_boundary(lower, r.start.saturating_sub(70));
    let to = ceil_boundary(lower, r.end + 40);
    let in_window = |c: &CueAt| (c.start >= from && c.end <= r.start) || (c.start >= r.end && c.end <= to);
    cues.within(cue::EXPECTATION, from, to).any(in_window) && expectation_words(lower, r)
}

/// `is_expectation` word by word, whatever the cues found.
fn expectation_words(lower: &str, r: &Range<usize>) -> bool {
    let cue = |w: &&str| lexicon::EXPECTATION_CUES.contains(w);
    let compares = |w: &&str| lexicon::COMPARISON_WORDS.contains(w);
    let from = floor_boundary(lower, r.start.saturating_sub(70));
    let mut before = lower.get(from..r.start).unwrap_or("");
    for sep in [", ", "; ", " but ", ": ", " while "] {
        if let Some(i) = before.rfind(sep) {
            before = &before[i + sep.len()..];
        }
    }
    let toks = ascii_words(before);
    for (i, t) in toks.iter().enumerate() {
        if !cue(t) {
            continue;
        }
        let compared = toks[i.saturating_sub(3)..i].iter().any(compares);
        let rest = &toks[i + 1..];
        if !compared || (!rest.is_empty() && rest.iter().all(|w| matches!(*w, "of" | "for"))) {
            return true;
        }
    }
    let after = clause_after(lower, r, 40);
    let after = &after[..after.find(" but ").unwrap_or(after.len())];
    let toks = ascii_words(after);
    toks.iter()
        .take(6)
        .position(cue)
        .is_some_and(|i| !toks[..i].iter().any(compares))
}

/// `rest` up to its clause's end: a semicolon or a full stop that is not a
/// decimal point ("3.25 per cent").
fn to_clause_end(rest: &str) -> &str {
    let digit_at = |i: usize| rest.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let end = rest
        .char_indices()
        .find(|&(i, c)| matches!(c, ';' | '.') && !(c == '.' && i > 0 && digit_at(i - 1) && digit_at(i + 1)))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// The ASCII words of `s` (letters and digits), for the word windows around a figure.
fn ascii_words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// What follows the figure at `r` in its clause: at most `n` bytes, up to
/// the first comma, semicolon, full stop or parenthesis.
fn clause_after<'a>(lower: &'a str, r: &Range<usize>, n: usize) -> &'a str {
    let to = ceil_boundary(lower, r.end + n);
    let after = lower.get(r.end..to).unwrap_or("");
    &after[..after.find([',', ';', '.', '(']).unwrap_or(after.len())]
}

/// Words right after a money figure that make it the size of what a party
/// holds or manages ("with $5.4 billion in assets", "$17 billion in assets
/// under management", "C$900 million in total assets").
const HOLDING_AFTER: [&str; 5] = [
    " in assets",
    " in total assets",
    " in managed assets",
    " in deposits",
    " in total deposits",
];

/// Words right before a money figure (after fillers such as "about") that
/// make it such a size ("total assets of $12 billion", "assets under
/// management of about $17 billion").
const HOLDING_BEFORE: [&str; 6] = [
    "assets of",
    "assets under management of",
    "assets under management",
    "deposits of",
    "with assets of",
    "managed assets of",
];

/// | text | holding size |
/// |---|---|
/// | "Halvard Bank, with $5.4 billion in assets, agreed to acquire Tern for $310 million" ($5.4 billion) | yes |
/// | "a private bank with assets under management of about $17 billion" | yes |
/// | "Norlake Savings, which has total assets of C$2.1 billion" | yes |
/// | "agreed to acquire Tern for $310 million" | no |
/// | "sold $2 billion of assets" ("of assets": a sale's figure) | no |
/// | "a bank with 45 branches and $12 billion in deposits" | yes |
fn is_holding_size(lower: &str, r: &Range<usize>) -> bool {
    let after = lower.get(r.end..ceil_boundary(lower, r.end + 24)).unwrap_or("");
    if HOLDING_AFTER
        .iter()
        .any(|w| after.starts_with(w) && !after[w.len()..].starts_with(|ch: char| ch.is_ascii_alphanumeric()))
    {
        return true;
    }
    let from = floor_boundary(lower, r.start.saturating_sub(40));
    let toks = ascii_words(lower.get(from..r.start).unwrap_or(""));
    let mut i = toks.len();
    while i > 0
        && matches!(
            toks[i - 1],
            "about"
                | "around"
                | "roughly"
                | "some"
                | "nearly"
                | "almost"
                | "approximately"
                | "over"
                | "more"
                | "than"
                | "us"
                | "c"
        )
    {
        i -= 1;
    }
    HOLDING_BEFORE.iter().any(|p| {
        let words: Vec<&str> = p.split(' ').collect();
        i >= words.len() && toks[i - words.len()..i] == words[..]
    })
}

/// Words that resize a deal: a figure right after "from" a few words after
/// one is the size before ("upsized its notes from C$300 million", "cut the
/// offering from $400 million").
const RESIZE_WORDS: [&str; 12] = [
    "upsiz", "downsiz", "increas", "rais", "boost", "expand", "enlarg", "lift", "cut", "reduc", "trimm", "lower",
];

/// Words that may stand between "from" and the earlier size: "from the
/// initially planned $500 million".
const PRIOR_FILLERS: [&str; 12] = [
    "the",
    "an",
    "a",
    "its",
    "their",
    "initial",
    "initially",
    "original",
    "originally",
    "planned",
    "targeted",
    "first",
];

/// Participles that name a size as the one first planned: "the $500
/// million it had flagged", "the £300m first planned"; never "the $150
/// million it sought" (a lawsuit's claim) or "the $2bn it announced".
const PLANNED_WORDS: [&str; 9] = [
    "targeted",
    "targetted",
    "planned",
    "flagged",
    "marketed",
    "indicated",
    "guided",
    "pencilled",
    "penciled",
];

/// The figure at `r` is the size a deal first had, not the one it came out
/// at: right after "from" that follows a resize word ("upsizing from the
/// US$1bn"), or a definite figure the words after it name as planned ("more
/// the €400m it had first planned", "the EUR400m minimum
/// flagged in its results").
///
/// | text | prior |
/// |---|---|
/// | "priced $650 million of bonds, upsizing from $500 million" ($500 million) | yes |
/// | "sold €750m of notes, above the €500m it had first planned" (€500m) | yes |
/// | "raised its offer from 540p to 585p" (540p) | yes |
/// | "raised $40 million from investors" ($40 million) | no |
/// | "revenue rose to $2 billion from $1.8 billion" ($1.8 billion) | no (no resize word) |
/// | "a $500 million planned investment" | no (no definite figure) |
fn is_prior_size(lower: &str, r: &Range<usize>) -> bool {
    let from = floor_boundary(lower, r.start.saturating_sub(60));
    let before = lower.get(from..r.start).unwrap_or("");
    let before = &before[before.rfind(['.', ';', '(']).map_or(0, |i| i + 1)..];
    // The first reading needs the word "from" before the figure: the words
    // are split only when its letters are there (run on every figure).
    if find_bytes(before.as_bytes(), b"from").is_some() {
        let toks = ascii_words(before);
        let mut i = toks.len();
        while i > 0 && PRIOR_FILLERS.contains(&toks[i - 1]) {
            i -= 1;
        }
        if i > 0
            && toks[i - 1] == "from"
            && toks[(i - 1).saturating_sub(3)..i - 1]
                .iter()
                .any(|w| RESIZE_WORDS.iter().any(|p| w.starts_with(p)))
        {
            return true;
        }
    }
    // The second needs "the" as the last word before it.
    let last = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .rfind(|w| !w.is_empty());
    if last != Some("the") {
        return false;
    }
    let after = clause_after(lower, r, 50);
    let toks = ascii_words(after);
    let mut k = 0;
    if toks
        .first()
        .is_some_and(|w| matches!(*w, "minimum" | "target" | "size" | "amount" | "sum"))
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|w| matches!(*w, "it" | "that" | "which" | "they"))
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|w| matches!(*w, "had" | "has" | "was" | "were" | "is"))
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|w| matches!(*w, "initially" | "originally" | "first" | "earlier" | "previously"))
    {
        k += 1;
    }
    k > 0 && toks.get(k).is_some_and(|w| PLANNED_WORDS.contains(w))
}

fn is_possessive(after: &str) -> bool {
    after.starts_with("'s")
        || after.starts_with("\u{2019}s")
        || after.starts_with('\u{2019}')
        || after.starts_with("' ")
}

/// A date is an end bound when the dates rule says so or an until-word
/// precedes it ("through 2030", "until the 2030 deadline").
fn is_until(lower: &str, span: &Range<usize>, timex: &Timex) -> bool {
    if matches!(timex.bound.as_deref(), Some("until" | "through" | "by" | "till")) {
        return true;
    }
    let before = lower[floor_boundary(lower, span.start.saturating_sub(16))..span.start.min(lower.len())].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    lexicon::UNTIL_CUES
        .iter()
        .any(|c| before.ends_with(c) && whole_word(before.as_bytes(), before.len() - c.len(), before.len()))
}

/// A date of a payment, a delivery or an awaited event: one of
/// [`lexicon::SCHEDULE_CUES`] right before it, past "its", "the", "on",
/// "in", "from" and "as of" ("payable on Dec. 15", "to be paid in
/// September", "with deliveries from 2029", "ahead of its second-quarter
/// results").
fn is_schedule(lower: &str, span: &Range<usize>) -> bool {
    let mut before =
        lower[floor_boundary(lower, span.start.saturating_sub(40))..span.start.min(lower.len())].trim_end();
    for w in [" its", " their", " the", " on", " in", " from", " as of", ","] {
        before = before.strip_suffix(w).unwrap_or(before).trim_end();
    }
    lexicon::SCHEDULE_CUES
        .iter()
        .any(|c| before.ends_with(c) && whole_word(before.as_bytes(), before.len() - c.len(), before.len()))
}

/// A TIMEX3 value that names a reporting period: a year, quarter or half
/// ("2026", "2026-Q1", "2026-H2"), not a day or a month.
fn is_period(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && (b.len() == 4 || matches!(b.get(5), Some(b'Q' | b'H')))
}

/// A day written "2026-04-21".
fn is_day(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The time key of a date: month for dates within a month, else the value's own granularity.
pub fn time_bucket(t: &Timex) -> Option<String> {
    let v = t.value.as_str();
    let b = v.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if v.len() == 4 && digits(0..4) {
        return Some(v.to_string());
    }
    if v.len() >= 7 && digits(0..4) && b[4] == b'-' && digits(5..7) {
        return Some(v[..7].to_string());
    }
    if v.len() >= 6 && digits(0..4) && b[4] == b'-' && (b[5] == b'Q' || b[5] == b'H') {
        return Some(v.to_string());
    }
    if let Some(s) = &t.start
        && s.len() >= 7
    {
        return Some(s[..7].to_string());
    }
    None
}

/// Marks figures that are listed parts of a total stated before them in the
/// sentence: a part word ("initial", "additional") shortly before the figure.
fn mark_parts(lower: &str, amounts: &mut [AmountAt]) {
    for i in 1..amounts.len() {
        let from = amounts[i - 1].span.end.min(amounts[i].span.start);
        let before = &lower[from..amounts[i].span.start];
        let window = &before[floor_boundary(before, before.len().saturating_sub(32))..];
        // A cue in a compound ("first-quarter loss", "first-half sales") names a period, no part.
        amounts[i].part = lexicon::PART_CUES
            .iter()
            .copied()
            .find(|c| find_words(window, c).any(|at| !window[at + c.len()..].starts_with('-')));
    }
}

/// Clause boundaries: where a separator of [`CLAUSE_SEPARATORS`] starts,
/// each separator's occurrences taken left to right without overlap (as
/// `occurrences` gives them), read from the sentence's cues.
fn clauses(lower: &str, cues: &Cues) -> Vec<Range<usize>> {
    // Occurrences are by start; the last end taken, per separator (by pattern index).
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut cuts = vec![0];
    for c in cues.within(cue::CLAUSE, 0, lower.len()) {
        match taken.iter_mut().find(|(p, _)| *p == c.pattern) {
            Some((_, end)) if c.start < *end => continue,
            Some((_, end)) => *end = c.end,
            None => taken.push((c.pattern, c.end)),
        }
        if c.start > 0 {
            cuts.push(c.start);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.push(lower.len());
    cuts.windows(2).map(|w| w[0]..w[1]).filter(|r| !r.is_empty()).collect()
}

/// "pay OpenAI revenue share", "stop paying revenue shares": a noun of the
/// same type right after a verb is that verb's object, not a claim of its
/// own; so is a noun of a type the verb's type `absorbs` ("settled the
/// lawsuit", "forecast revenue of", which names the guidance's measure). A
/// noun whose type is the `frame_of_verb` makes the verb's claim its own
/// ("raised $4.9 billion in its IPO").
fn fold_nouns_into_verbs(claims: &mut Vec<Claim>, lower: &str) {
    // Both passes read pairs of claims: one alone is left as it is (most
    // sentences), with nothing allocated.
    if claims.len() < 2 {
        return;
    }
    let mut drop = vec![false; claims.len()];
    for i in 1..claims.len() {
        let (verb, noun) = (&claims[i - 1], &claims[i]);
        let between = lower.get(verb.span.end..noun.span.start).unwrap_or(".");
        let same = verb.predicate.class.key_class() == noun.predicate.class.key_class();
        let vflags = verb.predicate.class.flags();
        let absorbed = vflags.absorbs.iter().any(|t| t == noun.predicate.class.as_str());
        let framing = [
            " in a ",
            " in an ",
            " in its ",
            " in the ",
            " under a ",
            " under an ",
            " as part of a ",
        ]
        .iter()
        .any(|f| between.ends_with(f))
            && between.len() <= 40
            && noun.rule == Rule::ClaimNominal;
        // "will buy Informatica in a deal valued at …": the deal is the verb's.
        let frame = framing && noun.predicate.class.flags().frame_noun;
        // "raises NOK 4.2 billion in Oslo listing", "raise $12.9bn from its
        // record-breaking second listing", "raising A$180 million through a
        // fully underwritten placement": a few modifiers may stand between.
        let loose_frame = {
            let tail = [" in ", " from ", " through ", " via "]
                .iter()
                .filter_map(|p| rfind_bytes(between.as_bytes(), p.as_bytes()).map(|i| &between[i + p.len()..]))
                .min_by_key(|t| t.len());
            tail.is_some_and(|t| t.split_whitespace().count() <= 3)
                && between.len() <= 64
                && noun.rule == Rule::ClaimNominal
        };
        let reframe = (framing || loose_frame) && noun.predicate.class.flags().frame_of_verb;
        // "its outlook for full-year 2026 earnings per share": an absorbing noun reaches further.
        let absorbs_here = absorbed && between.len() <= if verb.rule == Rule::ClaimNominal { 40 } else { 24 };
        if (frame || reframe || absorbs_here || (same && between.len() <= 24))
            && ![", ", "; ", ". "].iter().any(|p| between.contains(p))
            && (verb.rule != Rule::ClaimNominal || absorbs_here)
        {
            drop[i] = true;
            let (until, object, class) = (noun.until.clone(), noun.object.clone(), noun.predicate.class);
            let v = &mut claims[i - 1];
            v.until = v.until.take().or(until);
            v.object = v.object.take().or(object);
            if absorbed && vflags.measure_from_absorbed {
                v.trigger_measure = Some(class.as_str());
            }
            if reframe {
                v.predicate.class = class;
                v.takes_amount = class.takes_amount();
            }
        }
    }
    let mut d = drop.into_iter();
    claims.retain(|_| !d.next().unwrap_or(false));
    // The frame may come first: "Arm's IPO raised $4.9 billion", "prices IPO
    // above range, raises $378 mln", "the listing, which raised", "priced its
    // IPO at $21 a share, above its range, raising $378 million": a verb right
    // after it (a few words, a comma or "which" between, no new subject) is
    // the frame's. "After its IPO in 2021, Veltmar raised $120m" is not.
    for i in 1..claims.len() {
        let (noun, verb) = (&claims[i - 1], &claims[i]);
        if verb.rule == Rule::ClaimNominal
            || !noun.predicate.class.flags().frame_of_verb
            || !verb.takes_amount
            || noun.predicate.class.key_class() == verb.predicate.class.key_class()
            || (noun.subject.is_some() && verb.subject.is_some() && noun.subject != verb.subject)
        {
            continue;
        }
        let between = lower.get(noun.span.end..verb.span.start).unwrap_or(".");
        let words: Vec<&str> = between.split_whitespace().collect();
        let joined = words.is_empty()
            || between.trim_end().ends_with(',')
            || matches!(words.last(), Some(&("and" | "which" | "that")));
        // "priced its initial public offering at $21 …, raising $378 million":
        // a participle after a comma goes on with the frame's clause.
        let participle =
            between.trim_end().ends_with(',') && lower.get(verb.span.clone()).is_some_and(|w| w.ends_with("ing"));
        let (most_words, most_bytes) = if participle { (16, 120) } else { (6, 40) };
        if joined
            && words.len() <= most_words
            && between.len() <= most_bytes
            && ![". ", "; "].iter().any(|p| between.contains(p))
        {
            let class = noun.predicate.class;
            let v = &mut claims[i];
            v.predicate.class = class;
            v.takes_amount = class.takes_amount();
        }
    }
}

/// Several words of one class in one sentence about one subject ("signed their
/// first agreement … contracts") are one claim: keep the one with a value, else the first.
fn merge_same_class(claims: &mut Vec<Claim>) {
    let mut keep = vec![true; claims.len()];
    for i in 0..claims.len() {
        for j in 0..i {
            if !keep[j] || claims[i].predicate.class.key_class() != claims[j].predicate.class.key_class() {
                continue;
            }
            if claims[i].subject != claims[j].subject || claims[i].polarity != claims[j].polarity {
                continue;
            }
            if claims[i].value.is_some() && claims[j].value.is_some() && claims[i].value != claims[j].value {
                continue;
            }
            if claims[i].value.is_some() && claims[j].value.is_none() {
                let object = claims[j].object.clone();
                let until = claims[j].until.clone();
                keep[j] = false;
                if claims[i].object.is_none() {
                    claims[i].object = object;
                }
                if claims[i].until.is_none() {
                    claims[i].until = until;
                }
            } else {
                keep[i] = false;
                if claims[j].object.is_none() {
                    claims[j].object = claims[i].object.clone();
                }
                if claims[j].until.is_none() {
                    claims[j].until = claims[i].until.clone();
                }
            }
            break;
        }
    }
    let mut k = keep.into_iter();
    claims.retain(|_| k.next().unwrap_or(true));
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Sentence<'_> {
    /// The parties of a post's claim (appointment, departure) about a person:
    /// - "Dana Whitcombe, a former executive at Boeing Co, would become its
    ///   chief executive", "Kavitha Rao, who joins from Finvera, takes over as
    ///   CFO": an organization inside the apposition or relative clause after
    ///   a person is not the verb's subject; the person is (not so for "Acme,
    ///   which hired Jane Doe, named…": no person before the organization);
    /// - "Tom Reyes succeeds Anna Vik as CFO": a post is held at an
    ///   organization, so a second person is no party to it.
    ///
    /// The organization is then the one that says so before the person's
    /// name ("Acme said Jane Doe would become…"), else found as for a post
    /// named with its holder alone (the person's employer, else the source's
    /// company).
    /// "Daniel Okafor, 47, who joined Northgale in 2019, becomes interim CFO":
    /// a date inside a relative clause about a person (", who …" up to the
    /// next comma) dates that clause's verb, not a predicate outside it; "Rakesh
    /// Nair, who quit in June" keeps June for "quit", inside the clause.
    /// The date belongs to another predicate of another type: one between the
    /// claim's predicate and the date, linked to it by a word of
    /// [`ANOTHER_EVENT_LINKS`] ("sold 14 million shares in 2019": the shares
    /// are the sale's own object) and with no comma between it and the date
    /// ("jurors awarded $212 million … it had sought when it filed the suit in
    /// 2024": the suit's year, not the verdict's; but "will invest $2 billion,
    /// buying shares at $23 each, the companies said on Monday" dates the
    /// investment), or one the date modifies ("a rights issue after a
    /// first-quarter loss": the loss's quarter, not the share sale's). Period
    /// figures of one clause share their period ("first-quarter revenue and
    /// profit", "revenue rose 4% and net income 6% in the third quarter"); after
    /// a clause break the other figure's date is its own ("a final dividend of
    /// 20p, and said it would buy back shares in fiscal 2027").
    /// Whether the trigger's clause, before it or right at it, holds a modal
    /// perfect with a past participle ("would have created", "could have
    /// been"): what did not happen (see [`lexicon::COUNTERFACTUAL_CUES`]).
    fn counterfactual_before(&self, hit: &Hit) -> bool {
        let clause = self.clause_of(hit.span.start);
        let lower = self.lower.as_str();
        let end = ceil_boundary(lower, hit.span.end.min(lower.len()));
        let start = floor_boundary(lower, clause.start.min(end));
        let window = &lower[start..end];
        lexicon::COUNTERFACTUAL_CUES.iter().any(|cue| {
            occurrences(window, cue).any(|i| {
                if !whole_word(window.as_bytes(), i, i + cue.len()) {
                    return false;
                }
                let next = lower[start + i + cue.len()..]
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                (next.len() > 3 && next.ends_with("ed")) || lexicon::PARTICIPLES.contains(&next)
            })
        })
    }

    fn another_predicates_date(&self, d: &DateAt, hit: &Hit, hits: &[Hit], period: bool) -> bool {
        let clause = self.clause_of(hit.span.start);
        hits.iter().any(|h| {
            h.entry.class != hit.entry.class
                // a word that names its type only after its subject ("Acme fell 6%") names
                // none without it ("revenue in the three months that ended on Jan. 24 rose 9%")
                && (!h.entry.trigger.subject_before || self.org_subject_right_before(h))
                && !(period && h.entry.class.def().period && clause.contains(&h.span.start))
                && ((hit.span.end <= h.span.start
                    && h.span.end <= d.span.start
                    && self.lower.get(hit.span.end..h.span.start).is_some_and(|between| {
                        between
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| ANOTHER_EVENT_LINKS.contains(&w))
                    })
                    && self
                        .lower
                        .get(h.span.end..d.span.start)
                        .is_some_and(|gap| !gap.contains([',', ';', '(', '\u{2014}'])))
                    // a date modifies a noun ("a first-quarter loss"), never a verb after it
                    || (d.span.end <= h.span.start
                        && h.entry.pos == Pos::Noun
                        && self
                            .lower
                            .get(d.span.end..h.span.start)
                            .is_some_and(|gap| gap.trim().is_empty())))
        })
    }

    /// The relative clause (", who …" or ", which …" up to the next comma or
    /// the sentence's end) the predicate stands in, if any: no comma between
    /// its opener and the predicate.
    fn own_relative_clause(&self, hit: &Hit) -> Option<Range<usize>> {
        let before = self.sl(0, hit.span.start).as_bytes();
        let opened = memchr::memrchr_iter(b',', before).find_map(|p| {
            let rest = &before[p..];
            [", who ", ", which "]
                .iter()
                .find(|o| rest.starts_with(o.as_bytes()))
                .map(|o| p + o.len())
        })?;
        if self.sl(opened, hit.span.start).contains([',', ';', ':']) {
            return None;
        }
        let closed = self
            .sl(hit.span.end, self.lower.len())
            .find([',', ';'])
            .map_or(self.lower.len(), |i| hit.span.end + i);
        Some(opened..closed)
    }
    fn in_other_relative_clause(&self, date: Range<usize>, hit: &Hit, hits: &[Hit]) -> bool {
        let predicate = hit.span.clone();
        let before = self.sl(0, date.start).as_bytes();
        // The last ", who " or ", which ": both open with a comma, so the
        // commas are read back from the date (memrchr), the first that opens
        // either being the later of the two.
        let opener = memchr::memrchr_iter(b',', before).find_map(|p| {
            let rest = &before[p..];
            if rest.starts_with(b", who ") {
                Some((p + ", who ".len(), true))
            } else if rest.starts_with(b", which ") {
                Some((p + ", which ".len(), false))
            } else {
                None
            }
        });
        let Some((opened, person)) = opener else {
            return false;
        };
        if self.sl(opened, date.start).contains(',') {
            return false;
        }
        let closed = self
            .sl(date.end, self.lower.len())
            .find(',')
            .map_or(self.lower.len(), |i| date.end + i);
        if opened <= predicate.start && predicate.end <= closed {
            return false;
        }
        // A clause about a thing dates the claim's predicate ("The deal, which
        // closed in March, was worth $2 billion" keeps March) unless it tells a
        // listing or a founding ("Shares in Kestrel, which listed in 2015, fell
        // 9%") or another type's event ("The fund, which bought Orvane in 2019,
        // sold 4 million shares").
        person
            || periods::clause_tells_origin(self.sl(opened, closed))
            || hits
                .iter()
                .any(|h| h.entry.class != hit.entry.class && opened <= h.span.start && h.span.end <= closed)
    }

    fn post_holders(&self, claims: &mut [Claim]) {
        let entity = |id: Option<&str>| id.and_then(|id| self.entities.iter().find(|e| e.id == id));
        for c in claims.iter_mut() {
            if c.predicate.class.def().person_cues.is_empty() {
                continue;
            }
            // "after the departure of Hugo Blanc", "the appointment of Ada
            // Quist as CFO": the person right after the noun and "of" holds
            // the post; an organization subject becomes the object.
            if let Some(p) = self
                .entities
                .iter()
                .find(|e| e.kind == EntityKind::Person && e.span.start == c.span.end + " of ".len())
                && self.sl(c.span.end, p.span.start) == " of "
                && c.subject.as_deref() != Some(p.id)
            {
                let old = entity(c.subject.as_deref());
                if let Some(o) = old.filter(|o| o.kind != EntityKind::Person)
                    && c.object.is_none()
                {
                    c.object = Some(o.id.to_string());
                }
                if c.object.as_deref() == Some(p.id) {
                    c.object = None;
                }
                c.subject = Some(p.id.to_string());
            }
            if c.rule == Rule::ClaimVerb
                && let Some(s) = entity(c.subject.as_deref()).filter(|s| s.kind != EntityKind::Person)
                && s.span.end <= c.span.start
                && let Some(p) = self
                    .entities
                    .iter()
                    .filter(|e| e.kind == EntityKind::Person)
                    .rfind(|e| e.span.end <= s.span.start)
            {
                let between = self.sl(p.span.end, c.span.start);
                let inner = between.trim_end();
                let inner = inner
                    .strip_suffix(" will")
                    .or_else(|| inner.strip_suffix(" would"))
                    .unwrap_or(inner)
                    .trim_end();
                if between.starts_with(", ")
                    && inner.ends_with(',')
                    && !inner
                        .get(1..inner.len().saturating_sub(1))
                        .unwrap_or("")
                        .contains([';', ':'])
                {
                    let old = s.id;
                    c.subject = Some(p.id.to_string());
                    if c.object.as_deref() == Some(old) {
                        c.object = None;
                    }
                }
            }
            let Some(holder) = entity(c.subject.as_deref()).filter(|e| e.kind == EntityKind::Person) else {
                continue;
            };
            if entity(c.object.as_deref()).is_some_and(|e| e.kind == EntityKind::Person) {
                c.object = None;
            }
            // "Pallister Aerospace Corp said that Dana Whitcombe would become its
            // chief executive": the organization that announces the post.
            if c.object.is_none()
                && holder.employer.is_none()
                && let Some(speaker) = self
                    .entities
                    .iter()
                    .find(|e| e.says && e.kind != EntityKind::Person && e.span.end <= holder.span.start)
            {
                c.object = Some(speaker.id.to_string());
            }
        }
    }
}

/// Nouns of a sum right before "paid", which then is a participle with no
/// payer: "the price paid for Acme", "the premium paid for Tarn".
const PAID_SUM_NOUNS: &[&str] = &[
    "price",
    "prices",
    "amount",
    "sum",
    "premium",
    "multiple",
    "money",
    "cash",
    "valuation",
];

/// One of the first `words` words of `rest`, up to a comma, starts (or, for
/// "%", ends) with one of `needs`.
fn first_words_name(rest: &str, words: usize, needs: &[String]) -> bool {
    // A point or comma inside a number ("6.4 per cent", "1,140 crore") ends no clause.
    let digit_at = |i: usize| rest.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | '.' | ':') && !(i > 0 && digit_at(i - 1) && digit_at(i + 1) && c != ';')
        })
        .map_or(rest.len(), |(i, _)| i);
    rest[..end].split_whitespace().take(words).any(|raw| {
        let w = raw.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        // A currency sign is read as written: "$24.50" starts with "$".
        needs
            .iter()
            .any(|n| w.starts_with(n.as_str()) || w.ends_with(n.as_str()) || raw.starts_with(n.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The text between a growth figure and a type's word after it: the
    /// word's own phrase keeps the figure; a clause word, punctuation or a
    /// long gap gives it to another verb (a share's move).
    /// A level after "to"/"at", with a few fillers between, makes the
    /// figure after "from" the old one.
    #[test]
    fn a_new_level_may_follow_a_few_words_after_to() {
        let cases: [(&str, bool); 7] = [
            ("profit rose to ", true),
            ("shares closed at ", true),
            ("profit jumped 16% to a record ", true),
            ("sales fell to about ", true),
            ("agreed to buy ", false),
            ("posted a record ", false),
            ("to a b c d ", false),
        ];
        for (before, level) in cases {
            assert_eq!(new_level_before(before, before.len()), level, "{before:?}");
        }
    }

    #[test]
    fn a_figure_before_its_word_stays_in_the_words_phrase() {
        let cases: [(&str, bool); 9] = [
            (" drop in annual ", true),
            (" per cent slide in nine-month ", true),
            (" increase in its first-half ", true),
            (" ", true),
            (" at 412p once the miner told analysts that underlying ", false),
            (" after the retailer raised its ", false),
            (
                " and castleford mutual ended 0.5% higher, recovering from early ",
                false,
            ),
            (" rise in sales and ", false),
            (" gain over the past twelve trading ", false),
        ];
        for (gap, kept) in cases {
            assert_eq!(within_ahead(gap, 4), kept, "{gap:?}");
        }
    }

    #[test]
    fn a_relative_clause_starts_at_its_last_opener() {
        let cases: [(&str, usize, &str); 6] = [
            ("the biggest winner will be orlin foods, which owns", 0, "which owns"),
            (
                "tessaro may sell halden bank, whose owner holds",
                0,
                "whose owner holds",
            ),
            ("kestrel, who founded it, said brantley, which owns", 0, "which owns"),
            ("norvik, which owns a stake, named pell, who runs", 0, "who runs"),
            // Counter-examples: no comma before the pronoun, or the opener before `from`.
            ("mavik steel who runs", 0, "mavik steel who runs"),
            ("acme, which sells, bought dorne", 19, "bought dorne"),
        ];
        for (lower, from, want) in cases {
            let at = relative_clause_start(lower, from, lower.len());
            assert_eq!(&lower[at..], want, "{lower}");
        }
    }

    #[test]
    fn a_mention_named_by_a_place_is_no_party() {
        for (id, surface) in [
            ("name:n-y", "N.Y."),
            ("name:n-j", "N.J."),
            ("name:united-states", "United States"),
            ("name:ohio", "Ohio"),
        ] {
            assert!(named_by_place(id, surface), "{surface}");
        }
        // A company's own name, a company named after a place, a
        // back-reference to a company, a catalogue id.
        for (id, surface) in [
            ("name:kestrel-media", "Kestrel Media"),
            ("name:qatar-airways", "Qatar Airways"),
            ("name:columbia-savings", "Its"),
            ("ford", "Ford"),
            ("name:tarvik", "The"),
        ] {
            assert!(!named_by_place(id, surface), "{surface}");
        }
    }

    #[test]
    fn counts_read_a_unit_noun_with_one_describing_word_before_it() {
        let read = |lower: &str| -> Vec<(String, String)> {
            counts(lower, &[])
                .into_iter()
                .map(|(_, a)| (a.amount.unwrap().to_string(), a.unit.unwrap()))
                .collect()
        };
        let one = |n: &str, u: &str| vec![(n.to_string(), u.to_string())];
        assert_eq!(read("it will cut 400 jobs"), one("400", "jobs"));
        assert_eq!(read("expects to hire 240 licensed nurses"), one("240", "nurses"));
        assert_eq!(read("about 140 shore-based posts will go"), one("140", "posts"));
        assert_eq!(read("sold 9 million acme shares at $4"), one("9000000", "shares"));
        assert_eq!(
            read("will add 35 welders and 20 electricians"),
            vec![
                ("35".to_string(), "welders".to_string()),
                ("20".to_string(), "electricians".to_string())
            ]
        );
        assert_eq!(read("between 200 to 300 jobs"), one("300", "jobs"));
        assert!(read("shipped 40 to customers").is_empty());
        assert!(read("recalling about 310,000 dehumidifiers").is_empty());
        assert!(read("it has 12 open questions").is_empty());
    }

    #[test]
    fn a_change_verb_before_its_figure_moves_it_and_negates_nothing() {
        let at = |lower: &str, word: &str| moves_a_figure(lower, lower.find(word).unwrap());
        assert!(at("sales dropped 42% last month", "dropped"));
        assert!(at("the shares lost 3.1 per cent", "lost"));
        assert!(at("profit dropped by about $2 million", "dropped"));
        assert!(at("orders drops some 1,200 units", "drops"));
        assert!(!at("the group dropped its $2 billion bid", "dropped"));
        assert!(!at("it lost the 2027 contract to a rival", "lost"));
        assert!(!at("talks ended without a deal", "ended"));
        let polarities = |text: &str| -> Vec<(String, Polarity)> {
            claims_of(text)
                .iter()
                .map(|c| (c.predicate.class.as_str().to_string(), c.polarity))
                .collect()
        };
        let revenue = polarities("Sales at Orvane Motors Corp dropped 18% in November from a year earlier.");
        assert!(
            revenue
                .iter()
                .any(|(class, p)| class == "revenue" && *p == Polarity::Affirmed),
            "{revenue:?}"
        );
        assert!(!revenue.iter().any(|(_, p)| *p == Polarity::Negated), "{revenue:?}");
        let shares = polarities("Shares of Tavistock Mining plc lost 4.2% to 212p in London on Tuesday.");
        assert!(!shares.iter().any(|(_, p)| *p == Polarity::Negated), "{shares:?}");
    }

    #[test]
    fn text_measures_read_their_words_and_numbers() {
        let found = |lower: &str, phrase: &str| -> Vec<(String, Option<String>)> {
            text_words(lower, phrase)
                .into_iter()
                .map(|(r, t)| (lower[r].to_string(), t))
                .collect()
        };
        assert_eq!(
            found("led the series b round", "series b"),
            vec![("series b".to_string(), None)]
        );
        assert!(found("a series about robots", "series a").is_empty());
        assert_eq!(
            found("a 15-year, £1.2 billion contract", "#-year"),
            vec![("15-year".to_string(), Some("15 years".to_string()))]
        );
        assert_eq!(
            found("worth $30 billion over five years", "# years"),
            vec![("five years".to_string(), Some("5 years".to_string()))]
        );
        assert_eq!(
            found("a one-year extension", "#-year"),
            vec![("one-year".to_string(), Some("1 year".to_string()))]
        );
        assert!(found("a year-long deal in its 2026-year plan", "#-year").is_empty());
        assert!(found("founded 15 years ago", "# years").is_empty());
    }

    #[test]
    fn the_level_a_figure_moved_to_is_the_movers_second_figure() {
        let of = |text: &str| -> Vec<(String, String)> {
            claims_of(text)
                .iter()
                .filter_map(|c| {
                    let v = serde_json::to_value(c.value.as_ref()?).ok()?;
                    Some((
                        format!(
                            "{}.{}",
                            c.predicate.class.as_str(),
                            c.measure.clone().unwrap_or_default()
                        ),
                        v["amount"].as_str()?.to_string(),
                    ))
                })
                .collect()
        };
        let pair = |m: &str, a: &str| (m.to_string(), a.to_string());
        // "fell N% to P" / "ended up N% at P": the price is the move's, not the later sales word's.
        let got = of("Orvane Retail fell 9.4% to 21.30 euros after the group cut its sales forecast.");
        assert!(got.contains(&pair("share_price_move.price", "21.3")), "{got:?}");
        assert!(!got.iter().any(|(m, _)| m.starts_with("revenue")), "{got:?}");
        let got = of("Toller Bank said profit rose 9% to a record 1.2 billion euros.");
        assert!(got.contains(&pair("profit.net_income", "1200000000")), "{got:?}");
        // Counter-examples: a figure after other words is no level of the move.
        let got =
            of("Carrow Foods fell 3% on Monday, and its finance chief said sales of 14.10 euros a unit would hold.");
        assert!(!got.iter().any(|(m, _)| m == "share_price_move.price"), "{got:?}");
        // Nor is a second figure of the same kind ("rose 2% to 14%": a level of another measure).
        let got = of("Wexley Foods said revenue rose 4% to 11% of the market.");
        assert!(!got.iter().any(|(_, a)| a == "11"), "{got:?}");
    }

    fn claims_of(text: &str) -> Vec<Claim> {
        let doc = Document::new(text, Some(jiff::civil::date(2026, 4, 27)));
        let mentions = crate::extract::extract(&doc);
        extract(&doc, &mentions)
    }

    fn texts(claims: &[Claim]) -> Vec<(String, String)> {
        claims
            .iter()
            .filter_map(|c| match &c.value {
                Some(ClaimValue::Text { text }) => Some((c.measure.clone().unwrap_or_default(), text.clone())),
                _ => None,
            })
            .collect()
    }

    /// (class, measure) → (time, from) of the claims of `text` (published 2026-04-27).
    fn times_of(text: &str) -> Vec<(String, String, String)> {
        claims_of(text)
            .iter()
            .map(|c| {
                let t = c.time.as_ref().unwrap();
                let what = format!(
                    "{}.{}",
                    c.predicate.class.as_str(),
                    c.measure.clone().unwrap_or_default()
                );
                (what, t.value.clone(), t.from.clone())
            })
            .collect()
    }

    #[test]
    fn an_analysts_price_target_is_his_firms_and_an_inserted_partner_is_no_subject() {
        let subject = |text: &str, class: &str| {
            claims_of(text)
                .into_iter()
                .find(|c| c.predicate.class.as_str() == class)
                .and_then(|c| c.subject)
        };
        assert_eq!(
            subject(
                "Harwell Research senior analyst Mo Tan cut his price target for Castor Mills to $12.",
                "price_target"
            )
            .as_deref(),
            Some("name:harwell-research")
        );
        assert_eq!(
            subject(
                "Kestrel Securities analyst Jo Park raised her price target on Brindle Foods to $48 from $41.",
                "price_target"
            )
            .as_deref(),
            Some("name:kestrel-securities")
        );
        assert_eq!(
            subject(
                "Pellham Bank, together with Tarrow Capital, raised $300 million in new funding.",
                "funding_round"
            )
            .as_deref(),
            Some("name:pellham-bank")
        );
        assert_eq!(
            subject(
                "Quintara Systems, backed by Selwyn Partners, reported revenue of $120 million for the quarter.",
                "revenue"
            )
            .as_deref(),
            Some("name:quintara-systems")
        );
    }

    #[test]
    fn a_nouns_possessor_before_by_and_a_name_is_acted_on() {
        let got = claims_of(
            "Kestrel Foods Inc. said shareholders approved its acquisition by Brekke Holdings ASA for $31 a share.",
        );
        let c = got
            .iter()
            .find(|c| c.predicate.class.as_str() == "acquisition")
            .expect("acquisition");
        assert_eq!(c.subject.as_deref(), Some("name:brekke-holdings"));
        assert_eq!(c.object.as_deref(), Some("name:kestrel-foods"));
        // Counter-examples: no name right after "by", and "its acquisition of".
        let got = subjects_of("Dorrit Group said it expects to complete its acquisition by the end of June.");
        assert_eq!(
            got,
            vec![("acquisition".to_string(), Some("name:dorrit-group".to_string()))]
        );
        let got = claims_of("Vellum Paper Co. completed its acquisition of Norvale Inc. for $18 a share.");
        let c = got
            .iter()
            .find(|c| c.predicate.class.as_str() == "acquisition")
            .expect("acquisition");
        assert_eq!(c.subject.as_deref(), Some("name:vellum-paper"));
        assert_eq!(c.object.as_deref(), Some("name:norvale"));
    }

    /// (class, subject) of the claims of `text`.
    fn subjects_of(text: &str) -> Vec<(String, Option<String>)> {
        claims_of(text)
            .iter()
            .map(|c| (c.predicate.class.as_str().to_string(), c.subject.clone()))
            .collect()
    }

    #[test]
    fn a_fact_sheet_row_states_its_figure_and_a_heading_none() {
        let has = |text: &str, class: &str| subjects_of(text).iter().any(|(c, _)| c == class);
        let first = "Vantor Rail plc reported on Monday.\n";
        // The figure right after the colon, or after a hedge of up to two words.
        assert!(has(&format!("{first}- Revenue: £910 million"), "revenue"));
        assert!(has(&format!("{first}* Buyback: up to £50m"), "buyback"));
        assert!(has(&format!("{first}Net profit: about £61 million"), "profit"));
        // A heading before a sentence, a comparison in brackets, a figure far after the colon.
        assert!(!has(
            &format!("{first}- Buyback plans: the board will say more in May"),
            "buyback"
        ));
        assert!(!has(
            &format!("{first}Revenue (2025: £850 million) was not restated"),
            "revenue"
        ));
        assert!(!has(
            &format!("{first}- Revenue: the company said it expected growth to resume, with £900 million"),
            "revenue"
        ));
    }

    #[test]
    fn a_company_named_by_its_kind_before_the_verb_is_the_sources_company() {
        let has = |text: &str, class: &str, subject: &str| {
            let got = subjects_of(text);
            assert!(
                got.iter().any(|(c, s)| c == class && s.as_deref() == Some(subject)),
                "{text:?}: {got:?}"
            );
        };
        let none = |text: &str, class: &str| {
            let got = subjects_of(text);
            assert!(!got.iter().any(|(c, _)| c == class), "{text:?}: {got:?}");
        };
        // The kind word right before the verb, with auxiliaries, a place or a
        // board of directors between.
        has(
            "Vantor Rail plc posted a loss. The board named Ana Ruiz, its finance director, as chief executive.",
            "appointment",
            "name:vantor-rail",
        );
        has(
            "Vantor Rail plc posted a loss. The York-based operator will cut 450 jobs.",
            "layoff",
            "name:vantor-rail",
        );
        has(
            "Vantor Rail plc posted a loss. A union leader said the company would cut 450 jobs.",
            "layoff",
            "name:vantor-rail",
        );
        // A preposition's object, an indefinite phrase, a clause between: no
        // subject from the kind word.
        none(
            "Vantor Rail plc posted a loss. Suppliers to the operator will cut 450 jobs.",
            "layoff",
        );
        none(
            "Vantor Rail plc posted a loss. Two rival operators will cut 450 jobs.",
            "layoff",
        );
        none(
            "Vantor Rail plc posted a loss. The first operator to fail will cut 450 jobs.",
            "layoff",
        );
        // A quotation mark (more than one byte) right before the phrase.
        has(
            "Vantor Rail plc posted a loss. \u{201c}The operator will cut 450 jobs\u{201d}, a rival said.",
            "layoff",
            "name:vantor-rail",
        );
        // A company named before the verb keeps its own reading.
        has(
            "Vantor Rail plc posted a loss. The board of Keswick Lines Ltd named Ana Ruiz as chief executive.",
            "appointment",
            "name:keswick-lines",
        );
    }

    #[test]
    fn a_date_of_another_predicate_or_of_a_founding_is_not_the_claims_time() {
        let time_of = |text: &str, what: &str| {
            let all = times_of(text);
            all.iter()
                .find(|(w, _, _)| w == what)
                .map(|(_, v, f)| (v.clone(), f.clone()))
                .unwrap_or_else(|| panic!("no {what} in {all:?}"))
        };
        let at = |v: &str, f: &str| (v.to_string(), f.to_string());
        // The suit's year is the lawsuit's, not the award's.
        let text = "A jury awarded Halvex Systems $48 million, less than the $150 million it sought when it filed the lawsuit in 2023.";
        assert_eq!(time_of(text, "verdict.damages_awarded"), at("2026-04", "published"));
        assert_eq!(time_of(text, "lawsuit.damages_sought"), at("2023", "sentence"));
        // A date written as another predicate's modifier: the loss's half, not the rights issue's.
        let text =
            "Brindle Foods plc launched a rights issue to raise £300 million after a first-half loss of £40 million.";
        assert_eq!(time_of(text, "share_issue.amount"), at("2026-04", "published"));
        assert_eq!(time_of(text, "profit.net_income"), at("2026-H1", "sentence"));
        // When a company was founded is no time of its round.
        let text = "Torvane Systems, founded in 2017 by two former Nokia engineers, raised $75 million in a Series B round in March.";
        assert_eq!(time_of(text, "funding_round.amount"), at("2026-03", "sentence"));
        // Counter-examples: a speech verb's date after a comma dates the claim;
        // period figures of one clause share their period.
        let text = "Kestrel Energy will invest $500 million in Norgate Power, buying new shares at $12 each, the companies said on Tuesday.";
        assert_eq!(time_of(text, "investment.amount"), at("2026-04", "sentence"));
        let text = "Marlin Foods Inc said first-quarter revenue rose 8% and net income rose 5%.";
        assert_eq!(time_of(text, "revenue.growth"), at("2026-Q1", "sentence"));
        assert_eq!(time_of(text, "profit.growth"), at("2026-Q1", "sentence"));
        // The day a dividend is paid, or an order delivered, is no time of
        // the claim: it keeps the publish month.
        let text = "Tarrant Mills Inc declared a quarterly dividend of 18 cents a share, payable July 9, to holders of record on June 12.";
        assert_eq!(time_of(text, "dividend.per_share"), at("2026-04", "published"));
        let text = "Microsoft declared a final dividend of $0.91 per share, to be paid in September.";
        assert_eq!(time_of(text, "dividend.per_share"), at("2026-04", "published"));
        let text = "Varna Shipyards won a $410 million contract from Keel Lines for six ferries, with deliveries starting in 2029.";
        assert_eq!(time_of(text, "contract.value"), at("2026-04", "published"));
        // Counter-examples: a date the claim happened on still dates it.
        let text = "Tarrant Mills Inc declared a quarterly dividend of 18 cents a share on March 3.";
        assert_eq!(time_of(text, "dividend.per_share"), at("2026-03", "sentence"));
        let text = "Osgood Freight was ordered to pay a fine of $2 million in 2024.";
        assert_eq!(time_of(text, "fine.amount"), at("2024", "sentence"));
        // A move ahead of results is not of the results' quarter; the quarter's
        // own figure still is.
        let text = "Brannock Motors shares rose 2.1% ahead of its third-quarter results.";
        assert_eq!(time_of(text, "share_price_move.percent"), at("2026-04-27", "published"));
        let text = "Brannock Motors said third-quarter revenue rose 4%, ahead of forecasts.";
        assert_eq!(time_of(text, "revenue.growth"), at("2025-Q3", "sentence"));
        // A share's move on a named day keys by the day: two days, two moves;
        // other types keep the month.
        let text = "Colwyn Steel shares fell 4% on Tuesday. Colwyn Steel shares rose 2% on Thursday.";
        let days: Vec<String> = times_of(text)
            .into_iter()
            .filter(|(w, _, _)| w == "share_price_move.percent")
            .map(|(_, v, _)| v)
            .collect();
        assert_eq!(days.len(), 2, "{days:?}");
        assert!(
            days.iter().all(|d| d.len() == 10 && d.starts_with("2026-04-2")),
            "{days:?}"
        );
        assert_ne!(days[0], days[1]);
        // A move no date places is of the publish day.
        let text = "Colwyn Steel shares fell 4% to 212 pence.";
        assert_eq!(time_of(text, "share_price_move.percent"), at("2026-04-27", "published"));
        let text = "Colwyn Steel announced on Tuesday plans to cut 300 jobs.";
        assert_eq!(time_of(text, "layoff.count"), at("2026-04", "sentence"));
    }

    #[test]
    fn a_listing_clauses_year_and_another_figures_quarter_do_not_date_a_claim() {
        let time_of = |text: &str, what: &str| {
            let all = times_of(text);
            all.iter()
                .find(|(w, _, _)| w == what)
                .map(|(_, v, _)| v.clone())
                .unwrap_or_else(|| panic!("no {what} in {all:?}"))
        };
        // The year of a which-clause that tells a listing, a founding or another
        // type's event is that clause's.
        let text = "Shares in Corbel Rail, which listed on the Madrid exchange in 2014, fell 9% to €3.10.";
        assert_eq!(time_of(text, "share_price_move.percent"), "2026-04-27");
        let text = "Fenmoor Health Inc., which was founded in 2009, said on Friday it would cut 300 jobs.";
        assert_eq!(time_of(text, "layoff.count"), "2026-04");
        let text =
            "Quarry Lane Capital, which bought Orvane Labs in 2019, sold 4 million Orvane shares for $60 million.";
        assert_ne!(time_of(text, "share_sale.amount"), "2019");
        // Counter-examples: the claim's own verb inside the clause keeps its
        // date, and a clause that tells nothing else keeps it for the claim.
        let text = "Brisk Air Ltd, which cut 300 jobs in March, reported a loss on Friday.";
        assert_eq!(time_of(text, "layoff.count"), "2026-03");
        // A whole year's figure takes no quarter from another figure of its sentence.
        let text = "Dunmore Foods posted a loss of £12 million for the second quarter and cut its full-year revenue guidance to £900 million.";
        assert!(
            !time_of(text, "guidance.revenue").contains("-Q"),
            "{:?}",
            times_of(text)
        );
        assert!(
            times_of(text)
                .iter()
                .any(|(w, v, _)| w.starts_with("profit") && v.contains("-Q")),
            "{:?}",
            times_of(text)
        );
        // Counter-example: a quarter's guidance keeps its quarter.
        let text = "Dunmore Foods cut its second-quarter revenue guidance to £200 million.";
        assert!(
            time_of(text, "guidance.revenue").contains("-Q2"),
            "{:?}",
            times_of(text)
        );
    }

    #[test]
    fn a_modal_perfect_states_no_event() {
        let of_type = |text: &str, ty: &str| {
            claims_of(text)
                .into_iter()
                .filter(|c| c.predicate.class.as_str() == ty)
                .collect::<Vec<_>>()
        };
        // What did not happen: a merger's group that was never formed, a
        // figure without a charge.
        for text in [
            "The tie-up would have formed a business with revenue of about $4 billion.",
            "Without the strike, Dorran Mining would have reported a profit of $310 million.",
            "Had the bid gone ahead, Ostler Foods would have bought Kell Dairies for $2.2 billion.",
        ] {
            let claims = claims_of(text);
            assert!(claims.is_empty(), "{text}: {claims:#?}");
        }
        // Counter-examples: an obligation ("would have to pay") and a perfect
        // after the claim's own verb still give their claims.
        let text = "Pellbrook Software would have to pay Tamsin Capital a termination fee of $22 million should its board back a competing bid.";
        assert!(
            of_type(text, "acquisition")
                .iter()
                .any(|c| c.value.as_ref().is_some_and(|v| format!("{v:?}").contains("22000000"))),
            "{:#?}",
            claims_of(text)
        );
        let text = "Dorran Mining said revenue rose 6% to $1.2 billion, a figure that would have been higher without the strike.";
        assert!(!of_type(text, "revenue").is_empty(), "{:#?}", claims_of(text));
    }

    #[test]
    fn text_measures_come_only_with_a_claim_that_stands() {
        // A duration with the deal's figure; no duration of a deal with none,
        // nor of a time span ("the largest share sale for nine years").
        let with = claims_of("Siemens Mobility won a 15-year, £1.2 billion contract from Network Rail.");
        assert_eq!(texts(&with), vec![("duration".into(), "15 years".into())], "{with:#?}");
        let without = claims_of(
            "The deal, set to be the largest share sale in Hong Kong for nine years, is a boost for Alibaba.",
        );
        assert!(texts(&without).is_empty(), "{without:#?}");
        // A round's name only as a round: "a series of investors" names none.
        let rounds = claims_of("Anthropic raised $13 billion from a series of investors.");
        assert!(texts(&rounds).is_empty(), "{rounds:#?}");
        // A span of another noun is no duration: a company's history, a price's
        // high, a plant's age; a deal's own term still is one.
        for text in [
            "Harlow Yards won a £640 million contract from the Navy, the largest in its 58-year history.",
            "Belvane Systems signed a $90 million contract with Ostrava Rail as its shares hit a 12-year high.",
            "Kestrel Power won a €210 million contract from Tamsin Grid to rebuild its 40-year-old turbines.",
        ] {
            let claims = claims_of(text);
            assert!(texts(&claims).is_empty(), "{text}: {claims:#?}");
        }
        let term = claims_of("Belvane Systems signed a 12-year, $90 million contract with Ostrava Rail.");
        assert_eq!(texts(&term), vec![("duration".into(), "12 years".into())], "{term:#?}");
        let term = claims_of(
            "Belvane Systems signed a 12-year, $90 million contract with Ostrava Rail, the first in its 90-year history.",
        );
        assert_eq!(texts(&term), vec![("duration".into(), "12 years".into())], "{term:#?}");
        let named = claims_of("Anthropic raised $13 billion in a Series F round.");
        assert_eq!(texts(&named), vec![("round".into(), "Series F".into())]);
        // A rating word outside a price-target claim gives nothing.
        let rating = claims_of("Tesla said demand was underweight in Europe.");
        assert!(texts(&rating).is_empty(), "{rating:#?}");
    }

    #[test]
    fn sources_are_outlets_analysts_and_underwriters() {
        let source = |text: &str, name: &str, kind: EntityKind| {
            let lower = text.to_ascii_lowercase();
            let at = lower.find(&name.to_ascii_lowercase()).unwrap();
            is_source(&lower, &(at..at + name.len()), kind)
        };
        let company = EntityKind::Company;
        assert!(source(
            "Analysts at Peel Hunt said the bid was fair",
            "Peel Hunt",
            company
        ));
        assert!(source("Jefferies analysts expect a sale", "Jefferies", company));
        assert!(source(
            "LONDON, Nov 2 (Thames Newswire) - Ashcombe raised its offer",
            "Thames Newswire",
            company
        ));
        assert!(source(
            "the offering, underwritten by Goldman Sachs",
            "Goldman Sachs",
            company
        ));
        assert!(source("Acme said on Monday", "Acme", EntityKind::Publisher));
        assert!(!source("Peel Hunt agreed to buy a rival broker", "Peel Hunt", company));
        assert!(!source("Acme (ACME) raised its offer", "ACME", company));
        assert!(!source(
            "Acme, whose analysts track chips, bought Zeta",
            "Acme",
            company
        ));
        assert!(!source("Catalysts at Acme rose", "Acme", company));
        // A wire's name after a dateline, with no dash after it.
        assert!(source(
            "NEW DELHI, June 9 (Indus Newswire) The government will sell shares",
            "Indus Newswire",
            company
        ));
        assert!(source(
            "MANILA, Sept. 3 (Luzon Wire) Ayala Land said profit rose",
            "Luzon Wire",
            company
        ));
        assert!(!source("Revenue rose 5% in June 9 (Acme) said", "Acme", company));
        assert!(!source("Tata Steel, Acme 9 (Acme) sold", "Acme", company));
        // An exchange as a listed company's modifier only qualifies it.
        let exchange = EntityKind::Exchange;
        assert!(source(
            "The TSX-listed miner declared a dividend of 12 cents",
            "TSX",
            exchange
        ));
        assert!(source(
            "Nasdaq-quoted Velloran Bio raised $40 million",
            "Nasdaq",
            exchange
        ));
        assert!(!source("Velloran Bio listed on Nasdaq in 2021", "Nasdaq", exchange));
        assert!(!source("Acme-owned Velloran Bio raised $40 million", "Acme", company));
        // A firm that polls analysts states no figure of its own.
        assert!(source(
            "Analysts polled by Factwise expect a loss of $3 million",
            "Factwise",
            company
        ));
        assert!(!source(
            "Factwise polled 40 analysts about the loss",
            "Factwise",
            company
        ));
    }

    #[test]
    fn a_count_needs_its_number_right_before_its_unit() {
        for (before, want) in [
            ("cut 400 ", true),
            ("hire 2.5 million\u{a0}", true),
            ("add 300 new ", true),
            ("cut 1,200 of its ", true),
            ("shed 40 thousand more  ", true),
            ("the 400 ", true),
            ("cut the ", false),
            ("400", false),
            ("2 million", false),
            // One describing word between: the pattern reads "300 renew jobs" too.
            ("add 300 renew ", true),
            ("add 300 of ", true),
            ("add 300 renew of ", false),
            ("add 300 Renew ", false),
            ("five million ", false),
        ] {
            assert_eq!(counted_before(before), want, "{before:?}");
        }
    }

    #[test]
    fn cues_are_found_as_whole_words() {
        assert_eq!(
            find_words("it is not, or nothing not", "not").collect::<Vec<_>>(),
            [6, 22]
        );
        let first = |hay: &str, list: u16| Cues::of(hay).first_word(hay, list, 0, hay.len());
        assert_eq!(first("they may stop paying", cue::NEGATION_BEFORE), Some(9));
        assert_eq!(first("nonstop", cue::NEGATION_BEFORE), None);
        let in_text = |hay: &str, list: u16| Cues::of(hay).in_text(list, 0, hay.len());
        assert!(in_text("subject to approval", cue::CONDITIONAL) && !in_text("the subject", cue::CONDITIONAL));
        assert!(
            in_text("it reportedly agreed", cue::SECOND_HAND_NOT_SAID)
                && !in_text("it reported", cue::SECOND_HAND_NOT_SAID)
        );
        assert!(
            in_text("correction: an earlier version misstated", cue::CORRECTION)
                && !in_text("correct", cue::CORRECTION)
        );
        // Inside a stretch, its ends count as word ends: "not" in "cannot" when the stretch starts at "not".
        let hay = "it cannot stop";
        assert_eq!(Cues::of(hay).first_word(hay, cue::NEGATION_BEFORE, 6, 9), Some(6));
        assert_eq!(Cues::of(hay).first_word(hay, cue::NEGATION_BEFORE, 0, 9), None);
    }

    #[test]
    fn a_cue_overlaps_itself_only_when_made_of_word_bytes() {
        // What `Cues::first_word` relies on to give what `find_words` gives.
        // Clause separators are never read as words: `clauses` takes them without overlap itself.
        for (list, _) in cue_lists().into_iter().filter(|(_, bit)| *bit != cue::CLAUSE) {
            for c in list {
                let b = c.as_bytes();
                let self_overlapping = (1..b.len()).any(|k| b[..k] == b[b.len() - k..]);
                assert!(!self_overlapping || b.iter().all(|&x| is_word_byte(x)), "{c}");
            }
        }
    }

    #[test]
    fn no_cue_is_empty() {
        for list in [
            lexicon::SAY_VERBS,
            lexicon::DENIAL_VERBS,
            lexicon::SECOND_HAND_CUES,
            lexicon::NEGATION_BEFORE,
            lexicon::NEGATION_AFTER,
            lexicon::CONDITIONAL_CUES,
            lexicon::HEDGE_CUES,
            lexicon::FUTURE_CUES,
            lexicon::PLAN_CUES,
            lexicon::UNTIL_CUES,
            lexicon::PART_CUES,
            lexicon::CORRECTION_CUES,
        ] {
            assert!(list.iter().all(|c| !c.is_empty()));
        }
    }

    #[test]
    fn say_verbs_found_in_one_pass_are_those_found_verb_by_verb() {
        let word_byte = |c: u8| is_word_byte(c);
        let mut seen = std::collections::HashSet::new();
        for v in lexicon::SAY_VERBS {
            assert!(seen.insert(v), "{v} listed twice");
            let b = v.as_bytes();
            let self_overlapping = (1..b.len()).any(|k| b[..k] == b[b.len() - k..]);
            assert!(!self_overlapping || b.iter().all(|&c| word_byte(c)), "{v}");
        }
        let lower = "amazon said, says; saysays it reported that, according to reports, it disclosed";
        let mut one_by_one: Vec<(usize, &str)> = lexicon::SAY_VERBS
            .iter()
            .flat_map(|v| find_words(lower, v).map(move |p| (p, *v)))
            .collect();
        one_by_one.sort_unstable();
        let doc = Document::new(lower, None);
        let sentence = Sentence::new(&doc, 0, 0..lower.len(), &[], &[], None, false);
        assert_eq!(sentence.say_verbs, one_by_one);
        assert_eq!(
            one_by_one,
            [
                (7, "said"),
                (13, "says"),
                (30, "reported"),
                (45, "according to"),
                (58, "reports"),
                (70, "disclosed")
            ]
        );
    }

    proptest! {
        #[test]
        fn speaker_words_are_the_last_two_words_when_nominal(before in "(the|Companies|company|Officials| |,|\"|é|s){0,12}") {
            let trimmed = before.trim_end().trim_end_matches([',', '\u{201d}', '"']).trim_end();
            let words: Vec<&str> = trimmed.split_whitespace().rev().take(2).collect();
            let joined = words.into_iter().rev().collect::<Vec<_>>().join(" ");
            let lower = joined.to_ascii_lowercase();
            let nominal = [
                "companies", "company", "officials", "spokesperson", "spokesman", "spokeswoman", "executives", "sources",
                "analysts",
            ];
            let want = nominal.iter().any(|n| lower.ends_with(n)).then_some(joined);
            prop_assert_eq!(speaker_words(&before), want);
        }

        #[test]
        fn a_count_the_pattern_reads_passes_its_precheck(
            hay in "(1|2,500|3.5|x| |\u{a0}|\t|million|thousand|new|more|of its|of the|renew|full-time|jobs|shares|staff|about|,|\\.){0,14}",
        ) {
            let (re, units) = count_pattern();
            let counted = re
                .captures_iter(&hay)
                .any(|c| c[2].replace(',', "").parse::<rust_decimal::Decimal>().is_ok());
            let passes = units.find_overlapping_iter(&hay).any(|m| counted_before(&hay[..m.start()]));
            prop_assert!(!counted || passes, "{:?}", hay);
        }

        #[test]
        fn cues_of_a_stretch_are_those_found_in_the_stretch_alone(
            hay in "(not|no longer|stop|n't|'ll|will|would|may|if |unless|until|reported|breach|said| |,|a|é|s){0,16}",
            cut in (0usize..80, 0usize..80),
        ) {
            let boundary = |i: usize| floor_boundary(&hay, i);
            let (from, to) = (boundary(cut.0.min(cut.1)), boundary(cut.0.max(cut.1)));
            let stretch = &hay[from..to];
            let cues = Cues::of(&hay);
            for (list, bit) in cue_lists() {
                let want = list.iter().filter_map(|c| find_words(stretch, c).next()).min().map(|p| p + from);
                prop_assert_eq!(cues.first_word(&hay, bit, from, to), want);
                let contains = list.iter().any(|c| stretch.contains(c));
                prop_assert_eq!(cues.in_text(bit, from, to), contains);
            }
        }

        #[test]
        fn clauses_are_cut_where_each_separator_occurs(hay in "(; |, while |, but | while |, and | \u{2014} | - |-| |,|w|a|é){0,20}") {
            // Each separator searched for on its own, left to right without overlap.
            let mut cuts = vec![0];
            for sep in CLAUSE_SEPARATORS {
                cuts.extend(hay.match_indices(sep).map(|(i, _)| i).filter(|&i| i > 0));
            }
            cuts.sort_unstable();
            cuts.dedup();
            cuts.push(hay.len());
            let want: Vec<Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1]).filter(|r| !r.is_empty()).collect();
            prop_assert_eq!(clauses(&hay, &Cues::of(&hay)), want);
        }

        #[test]
        fn quoted_regions_read_every_quotation_mark(hay in "(\u{201c}|\u{201d}|\"|\n|\u{2014}|\u{2019}|a| ){0,20}") {
            let mut want = Vec::new();
            let mut open: Option<usize> = None;
            for (i, c) in hay.char_indices() {
                match c {
                    '\u{201c}' => open = Some(i),
                    '\u{201d}' | '\n' => {
                        if let Some(s) = open.take() {
                            want.push(s..i);
                        }
                    }
                    '"' => match open.take() {
                        Some(s) => want.push(s..i),
                        None => open = Some(i),
                    },
                    _ => {}
                }
            }
            if let Some(s) = open {
                want.push(s..hay.len());
            }
            prop_assert_eq!(quoted_regions(&hay), want);
        }

        #[test]
        fn last_words_are_those_split_whitespace_gives(s in "(a|bb| |\t|\u{b}|\u{a0}|\u{2009}|é|,){0,16}") {
            let want: Vec<&str> = s.split_whitespace().rev().take(4).collect();
            let (got, n) = last_words::<4>(&s);
            prop_assert_eq!(&got[..n], &want[..]);
            prop_assert!(got[n..].iter().all(|w| w.is_empty()));
        }

        #[test]
        fn find_words_takes_the_occurrences_match_indices_takes(
            hay in "(no|not|aa|a|n't|’| |,|é){0,24}",
            word in "(no|not|aa|a|n't|’|a a|no no| no|, a| | a |  |,)",
        ) {
            let want: Vec<usize> = hay
                .match_indices(word.as_str())
                .map(|(i, _)| i)
                .filter(|&i| whole_word(hay.as_bytes(), i, i + word.len()))
                .collect();
            prop_assert_eq!(find_words(&hay, &word).collect::<Vec<_>>(), want);
            let all: Vec<usize> = hay.match_indices(word.as_str()).map(|(i, _)| i).collect();
            prop_assert_eq!(occurrences(&hay, &word).collect::<Vec<_>>(), all);
            prop_assert_eq!(find_bytes(hay.as_bytes(), word.as_bytes()), hay.find(word.as_str()));
            prop_assert_eq!(rfind_bytes(hay.as_bytes(), word.as_bytes()), hay.rfind(word.as_str()));
            prop_assert_eq!(contains(&hay, &word), hay.contains(word.as_str()));
        }
    }

    /// A charge, a gain or an earnings figure's per-share form is a line of a
    /// period's results: no contract, sale, dividend or valuation takes it;
    /// the deal's own figure, joined the same way, stays the deal's.
    #[test]
    fn a_result_line_is_no_figure_of_a_deal() {
        let figure = |text: &str, class: &str| -> Vec<String> {
            claims_of(text)
                .iter()
                .filter(|c| c.predicate.class.as_str() == class)
                .filter_map(|c| match &c.value {
                    Some(ClaimValue::Money(a)) => a.amount.map(|v| v.normalize().to_string()),
                    _ => None,
                })
                .collect()
        };
        let none: Vec<String> = Vec::new();
        assert_eq!(
            figure(
                "Brightwater Systems Inc. said it cut its dividend after a second-quarter loss of $4.1 million, or 22 cents a share.",
                "dividend"
            ),
            none
        );
        assert_eq!(
            figure(
                "Orrin Mills Inc. earned $8.4 million, or 61 cents a share, including a gain of $3 million from the sale of a paper mill.",
                "share_sale"
            ),
            none
        );
        assert_eq!(
            figure(
                "Halden Aerospace Corp. took a $9.5 million charge related to cost overruns on a fixed-price contract with the Air Force.",
                "contract"
            ),
            none
        );
        assert_eq!(
            figure(
                "Corrib Tools Inc. booked a $2.2 million gain from the sale of its Ohio warehouse.",
                "share_sale"
            ),
            none
        );
        assert_eq!(
            figure(
                "Orrin Mills Inc. posted a $3.1 million gain, or 9 cents a share, from the sale of its stake in Pell Corp.",
                "share_sale"
            ),
            none
        );
        // Counter-examples: the deal's own figures.
        assert_eq!(
            figure(
                "Meltham Industries Inc. said it sold 400,000 shares to Tarrant Capital for $2 million, or $5 a share.",
                "share_sale"
            ),
            vec!["2000000".to_string(), "5".to_string()]
        );
        assert_eq!(
            figure(
                "Halden Aerospace Corp. won a $9.5 million contract with the Air Force.",
                "contract"
            ),
            vec!["9500000".to_string()]
        );
        // The period's result keeps its gain.
        assert!(
            claims_of("Corrib Tools Inc. booked a $2.2 million gain from the sale of its Ohio warehouse.")
                .iter()
                .any(|c| c.predicate.class.as_str() == "profit" && c.measure.as_deref() == Some("gain"))
        );
    }

    #[test]
    fn a_size_first_planned_is_no_figure_of_the_deal() {
        let prior = |text: &str, figure: &str| {
            let lower = text.to_ascii_lowercase();
            let at = lower.find(figure).expect("figure in text");
            is_prior_size(&lower, &(at..at + figure.len()))
        };
        let text = "Halvorsen Shipping ASA priced $650 million of bonds, upsizing from $500 million.";
        assert!(prior(text, "$500 million"));
        assert!(!prior(text, "$650 million"));
        let text = "Kestrel Telecom sold EUR750m of notes, above the EUR500m it had first planned.";
        assert!(prior(text, "eur500m"));
        assert!(!prior(text, "eur750m"));
        assert!(prior(
            "The utility upsized its notes from the initially planned C$300 million to C$450 million.",
            "c$300 million"
        ));
        assert!(prior("Orbis raised its offer from 540p to 585p a share.", "540p"));
        assert!(prior(
            "It went for EUR500m, above the EUR400m minimum flagged in May.",
            "eur400m"
        ));
        // Counter-examples: money raised from investors, a year-ago figure, an undetermined plan.
        assert!(!prior(
            "Lumo Health raised $40 million from investors in May.",
            "$40 million"
        ));
        assert!(!prior(
            "Revenue rose to $2 billion from $1.8 billion a year earlier.",
            "$1.8 billion"
        ));
        assert!(!prior(
            "Dorrit Foods announced a $500 million planned investment in Ohio.",
            "$500 million"
        ));
        assert!(!prior(
            "The $500 million it raised last year went to new plants.",
            "$500 million"
        ));
    }

    /// The cue pre-check never changes an answer: every figure of these
    /// sentences (and of random ones made of cue, comparison and other
    /// words, cues cut inside longer words too) gets what reading the words gives.
    #[test]
    fn the_expectation_precheck_agrees_with_reading_the_words() {
        fn agree(lower: &str) {
            let cues = Cues::of(lower);
            let bytes = lower.as_bytes();
            for start in 0..lower.len() {
                if !lower.is_char_boundary(start) || !bytes[start].is_ascii_digit() {
                    continue;
                }
                let end = (start..lower.len())
                    .find(|&i| !bytes[i].is_ascii_digit())
                    .unwrap_or(lower.len());
                let r = start..end;
                assert_eq!(
                    is_expectation(lower, &r, &cues),
                    expectation_words(lower, &r),
                    "{lower:?} at {r:?}"
                );
            }
        }
        for s in [
            "forecasters had pencilled in 3 units, the consensus was 4 and it came in at 5",
            "unexpectedly 7 more than anticipated, 8 polled",
            "surveyed economists saw 12; the result, 13, beat estimates of 11",
            "2 expected",
            "sales of 40 topped the 38 projected by the firm",
            "an overestimate of 9 \u{2014} and 10 as expected \u{00e9}t\u{00e9} 11",
        ] {
            agree(s);
        }
        let words = [
            "expected",
            "expectations",
            "estimate",
            "estimates",
            "consensus",
            "forecasting",
            "polled",
            "than",
            "as",
            "beat",
            "of",
            "for",
            "but",
            "while",
            "unexpected",
            "reestimates",
            "\u{2014}",
            "5",
            "17",
            ",",
            ";",
            ".",
            "(",
            "the",
            "sales",
            "rose",
            "to",
        ];
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        runner
            .run(&proptest::collection::vec(0..words.len(), 1..40), |picks| {
                let lower = picks.iter().map(|&i| words[i]).collect::<Vec<_>>().join(" ");
                agree(&lower);
                Ok(())
            })
            .expect("agrees");
    }
}
