//! What the words around a figure say about it: how exact the writer was
//! ("up to", "about"), whether it adds to an earlier figure ("an additional"),
//! what it is a rate of ("per share") and over how long ("over the next
//! eight years").
//!
//! Qualifiers of exactness join the mention span ("up to $50 billion");
//! increments, verbs, rates and durations do not (the span stays the figure,
//! and the dates tagger owns the duration phrase).

use super::Exactness;
use super::lexicon::{self, RATE_UNITS};
use super::number::{boundary_after, boundary_before, starts_with_ci, word_at, word_before_ci};

/// Phrases written right before a figure, longest first where one ends another.
const EXACTNESS_PHRASES: &[(&str, Exactness)] = &[
    ("up to", Exactness::AtMost),
    ("as much as", Exactness::AtMost),
    ("as high as", Exactness::AtMost),
    ("as many as", Exactness::AtMost),
    ("no more than", Exactness::AtMost),
    ("not more than", Exactness::AtMost),
    ("a maximum of", Exactness::AtMost),
    ("at most", Exactness::AtMost),
    ("slightly more than", Exactness::MoreThan),
    ("a little more than", Exactness::MoreThan),
    ("just over", Exactness::MoreThan),
    ("well over", Exactness::MoreThan),
    ("more than", Exactness::MoreThan),
    ("in excess of", Exactness::MoreThan),
    ("upwards of", Exactness::MoreThan),
    ("north of", Exactness::MoreThan),
    ("exceeding", Exactness::MoreThan),
    ("above", Exactness::MoreThan),
    ("over", Exactness::MoreThan),
    ("no less than", Exactness::AtLeast),
    ("not less than", Exactness::AtLeast),
    ("a minimum of", Exactness::AtLeast),
    ("at least", Exactness::AtLeast),
    ("just under", Exactness::LessThan),
    ("less than", Exactness::LessThan),
    ("fewer than", Exactness::LessThan),
    ("under", Exactness::LessThan),
    ("below", Exactness::LessThan),
    ("approximately", Exactness::Approx),
    ("an estimated", Exactness::Approx),
    ("estimated", Exactness::Approx),
    ("roughly", Exactness::Approx),
    ("around", Exactness::Approx),
    ("about", Exactness::Approx),
    ("nearly", Exactness::Approx),
    ("almost", Exactness::Approx),
    ("close to", Exactness::Approx),
    ("circa", Exactness::Approx),
    ("some", Exactness::Approx),
    ("approx.", Exactness::Approx),
    ("between", Exactness::Range),
];

/// Verbs before a figure that bound it without being part of it: "would exceed $13 billion".
const BOUNDING_VERBS: &[(&str, Exactness)] = &[
    ("exceed", Exactness::MoreThan),
    ("exceeds", Exactness::MoreThan),
    ("exceeded", Exactness::MoreThan),
    ("surpass", Exactness::MoreThan),
    ("surpasses", Exactness::MoreThan),
    ("surpassed", Exactness::MoreThan),
    ("top", Exactness::MoreThan),
    ("tops", Exactness::MoreThan),
    ("topped", Exactness::MoreThan),
];

/// Words that make a figure an increment over another, by the `qualifier` they give.
const INCREMENT_WORDS: &[(&str, &str)] = &[
    ("additional", "additional"),
    ("further", "additional"),
    ("extra", "additional"),
    ("another", "additional"),
    ("incremental", "additional"),
    ("initial", "initial"),
];

/// Nouns after which "over" means "about", not "more than": "a dispute over $5 million".
const OVER_AS_ABOUT: &[&str] = &[
    "argument", "battle", "clash", "concern", "concerns", "dispute", "disputes", "feud", "fight", "lawsuit", "quarrel",
    "row", "spat", "standoff", "suit", "sued", "talks", "tussle", "worries", "wrangle",
];

/// Verbs of change: after them "X to Y" is a change and the level reached.
const CHANGE_VERBS: &[&str] = &[
    "added",
    "advanced",
    "climbed",
    "declined",
    "decreased",
    "down",
    "dropped",
    "eased",
    "edged",
    "fell",
    "gained",
    "grew",
    "increased",
    "jumped",
    "plunged",
    "rallied",
    "rose",
    "sank",
    "shed",
    "slid",
    "slipped",
    "soared",
    "surged",
    "tumbled",
    "up",
];

/// Whether a verb of change stands right before `start` ("shares rose 6 pence to 388 pence").
pub fn change_verb_before(b: &[u8], start: usize) -> bool {
    words_before(b, start, 1)
        .first()
        .is_some_and(|(_, w)| CHANGE_VERBS.iter().any(|v| v.as_bytes().eq_ignore_ascii_case(w)))
}

/// Verbs that change the figure they take as object ("raised its dividend").
const CHANGE_OBJECT_VERBS: &[&str] = &[
    "raised",
    "raises",
    "lifted",
    "lifts",
    "increased",
    "increases",
    "boosted",
    "boosts",
    "hiked",
    "upped",
    "cut",
    "cuts",
    "lowered",
    "lowers",
    "reduced",
    "reduces",
    "trimmed",
    "slashed",
];

/// Words that open the object of such a verb ("its quarterly dividend").
const OBJECT_OPENERS: &[&str] = &["its", "their", "the", "his", "her", "our"];

/// Whether an amount of money at `start` follows a verb that changes its
/// object, so that "X to Y" after it is the change and the level reached,
/// not a range: the object between ("Pinecrest raised its quarterly dividend
/// 4 cents to 52 cents", "lowered the fare $2 to $17"), or "by" after the
/// verb or a verb of change ("lifted its payout by 3p to 31p", "the price
/// fell by $1 to $9"). Never a verb right before its money: "raised $4
/// million to $5 million" (a round's range) stays a range.
pub fn changed_object_before(b: &[u8], start: usize) -> bool {
    let words = words_before(b, start, 6);
    let is = |w: &[u8], list: &[&str]| list.iter().any(|v| v.as_bytes().eq_ignore_ascii_case(w));
    let Some(((_, last), rest)) = words.split_last() else {
        return false;
    };
    if last.eq_ignore_ascii_case(b"by") {
        return rest
            .iter()
            .rev()
            .take(5)
            .any(|(_, w)| is(w, CHANGE_OBJECT_VERBS) || is(w, CHANGE_VERBS));
    }
    // The verb, an opener, then at most three words of the object, the last no opener.
    (2..=5).any(|back| {
        words.len() > back
            && is(words[words.len() - 1 - back].1, CHANGE_OBJECT_VERBS)
            && is(words[words.len() - back].1, OBJECT_OPENERS)
            && !is(last, OBJECT_OPENERS)
    })
}

/// The exactness phrase ending just before `start` (one space between), and where it starts.
pub fn exactness_before(b: &[u8], start: usize) -> Option<(usize, Exactness)> {
    let end = start.checked_sub(1).filter(|&e| b[e] == b' ')?;
    let last = b.get(end.checked_sub(1)?)?.to_ascii_lowercase();
    let (s, exactness) = EXACTNESS_PHRASES
        .iter()
        .filter(|(p, _)| p.as_bytes().last() == Some(&last))
        .find_map(|&(p, e)| word_before_ci(b, end, p).map(|s| (s, e)))?;
    let over = b[s..end].eq_ignore_ascii_case(b"over");
    if over
        && words_before(b, s, 1)
            .first()
            .is_some_and(|(_, w)| OVER_AS_ABOUT.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(w)))
    {
        return None;
    }
    Some((s, exactness))
}

/// Whether "between" stands right before `start` ("between $1 million and $2 million").
pub fn between_before(b: &[u8], start: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|e| b[e] == b' ' && word_before_ci(b, e, "between").is_some())
}

/// The most words [`words_before`] reads.
const WORDS_BEFORE_MAX: usize = 6;

/// Up to [`WORDS_BEFORE_MAX`] words read back, held in place (no allocation
/// per figure); a slice of (start, word) through `Deref`.
struct WordsBefore<'a> {
    words: [(usize, &'a [u8]); WORDS_BEFORE_MAX],
    len: usize,
}

impl<'a> std::ops::Deref for WordsBefore<'a> {
    type Target = [(usize, &'a [u8])];
    fn deref(&self) -> &Self::Target {
        &self.words[..self.len]
    }
}

/// The last `n` words before `pos` (at most [`WORDS_BEFORE_MAX`]), nearest last, as (start, word); stops at punctuation.
fn words_before(b: &[u8], pos: usize, n: usize) -> WordsBefore<'_> {
    let n = n.min(WORDS_BEFORE_MAX);
    let mut out = WordsBefore {
        words: [(0, &[][..]); WORDS_BEFORE_MAX],
        len: 0,
    };
    let mut at = pos;
    while out.len < n {
        if at == 0 || b[at - 1] != b' ' {
            break;
        }
        let end = at - 1;
        let mut start = end;
        while start > 0 && (b[start - 1].is_ascii_alphabetic() || b[start - 1] == b'-') {
            start -= 1;
        }
        if start == end {
            break;
        }
        out.words[out.len] = (start, &b[start..end]);
        out.len += 1;
        at = start;
    }
    out.words[..out.len].reverse();
    out
}

/// "an additional $35 billion", "an initial investment of $15 billion" → "additional" / "initial".
pub fn increment_before(b: &[u8], start: usize) -> Option<&'static str> {
    let words = words_before(b, start, 3);
    let find = |w: &[u8]| {
        INCREMENT_WORDS
            .iter()
            .find(|(k, _)| k.as_bytes().eq_ignore_ascii_case(w))
            .map(|&(_, q)| q)
    };
    let n = words.len();
    if n >= 1 {
        if let Some(q) = find(words[n - 1].1) {
            return Some(q);
        }
    }
    if n >= 3 && words[n - 1].1.eq_ignore_ascii_case(b"of") {
        return find(words[n - 3].1);
    }
    None
}

/// A bounding verb right before `start` ("exceed $13 billion").
pub fn verb_before(b: &[u8], start: usize) -> Option<Exactness> {
    let words = words_before(b, start, 1);
    let (_, w) = words.last()?;
    BOUNDING_VERBS
        .iter()
        .find(|(v, _)| v.as_bytes().eq_ignore_ascii_case(w))
        .map(|&(_, e)| e)
}

/// The unit of a rate right after `end`: "per share", "a barrel", "/share".
pub fn rate_after(b: &[u8], end: usize) -> Option<String> {
    let unit_at = |at: usize| {
        let w = word_at(b, at);
        (!w.is_empty() && boundary_after(b, at + w.len())).then(|| String::from_utf8_lossy(w).to_ascii_lowercase())
    };
    if starts_with_ci(b, end, " per ") {
        return unit_at(end + 5);
    }
    if b.get(end) == Some(&b'/') {
        return unit_at(end + 1).filter(|u| RATE_UNITS.contains(&u.as_str()));
    }
    for article in [" a ", " an "] {
        if starts_with_ci(b, end, article) {
            return unit_at(end + article.len()).filter(|u| RATE_UNITS.contains(&u.as_str()));
        }
    }
    None
}

/// The duration given after a figure in `b[from..to]`: "over the next eight
/// years" → "P8Y", "over five years" → "P5Y", "over the coming months" → "PXM".
pub fn duration_in(b: &[u8], from: usize, to: usize) -> Option<String> {
    let window = b.get(from..to)?;
    let mut search = 0;
    while let Some(i) = find_ci(&window[search..], b"over ") {
        let at = from + search + i;
        search += i + 1;
        if !boundary_before(b, at) {
            continue;
        }
        if let Some(d) = duration_at(b, at + 5) {
            return Some(d);
        }
    }
    None
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// "the next eight years", "five years", "a decade", "the coming months".
fn duration_at(b: &[u8], mut at: usize) -> Option<String> {
    let mut determined = false;
    if starts_with_ci(b, at, "the ") {
        at += 4;
        for w in ["next ", "coming ", "following ", "past ", "last ", "previous "] {
            if starts_with_ci(b, at, w) {
                at += w.len();
                determined = true;
                break;
            }
        }
    }
    let count: Option<String> = if b.get(at).is_some_and(u8::is_ascii_digit) {
        let len = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
        let digits = String::from_utf8_lossy(&b[at..at + len]).into_owned();
        at += len + 1;
        (b.get(at - 1) == Some(&b' ')).then_some(digits)
    } else {
        let w = word_at(b, at);
        if let Some(v) = lexicon::small_number(w) {
            at += w.len() + 1;
            (b.get(at - 1) == Some(&b' ')).then(|| v.to_string())
        } else if w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"an") {
            at += w.len() + 1;
            Some("1".to_string())
        } else if determined {
            None
        } else {
            return None;
        }
    };
    let unit = word_at(b, at).to_ascii_lowercase();
    let unit = unit.strip_suffix(b"s").unwrap_or(&unit);
    let (letter, factor) = match unit {
        b"year" => ("Y", 1),
        b"month" => ("M", 1),
        b"week" => ("W", 1),
        b"day" => ("D", 1),
        b"decade" => ("Y", 10),
        b"quarter" => ("M", 3),
        _ => return None,
    };
    Some(match count {
        Some(n) => {
            let n: u64 = n.parse().ok()?;
            format!("P{}{letter}", n.checked_mul(factor)?)
        }
        None if factor == 1 => format!("PX{letter}"),
        None => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, marker: &str) -> usize {
        s.find(marker).unwrap()
    }

    #[test]
    fn a_changed_object_makes_to_a_level() {
        for (text, figure, want) in [
            (
                "Pinecrest Utilities raised its quarterly dividend 4 cents to 52 cents a share.",
                "4 cents",
                true,
            ),
            ("Marlow Retail lifted its annual dividend by 3p to 31p.", "3p", true),
            (
                "The regional carrier lowered the fare $2 to $17 on its busiest route.",
                "$2",
                true,
            ),
            ("Analysts at Kerrigan cut their price target by $6 to $48.", "$6", true),
            (
                "The miner's output value fell by $1 million to $9 million.",
                "$1 million",
                true,
            ),
            // A round's or a forecast's range: no object between verb and money.
            (
                "Brightloom raised $4 million to $5 million from angels.",
                "$4 million",
                false,
            ),
            (
                "Tessaly expects revenue of $1.1 billion to $1.2 billion.",
                "$1.1 billion",
                false,
            ),
            (
                "Orbel Foods raised the $4 million to $5 million it needed.",
                "$4 million",
                false,
            ),
            (
                "The fund invested its capital in deals of $5 million to $10 million.",
                "$5 million",
                false,
            ),
        ] {
            assert_eq!(changed_object_before(text.as_bytes(), at(text, figure)), want, "{text}");
        }
    }

    #[test]
    fn exactness_phrases_before_a_figure() {
        let cases = [
            ("worth up to $50 billion", Some(("up to", Exactness::AtMost))),
            ("would exceed $13 billion", None),
            ("owning about 27 percent", Some(("about", Exactness::Approx))),
            ("in excess of $5m", Some(("in excess of", Exactness::MoreThan))),
            ("gave over $5m", Some(("over", Exactness::MoreThan))),
            ("a crossover $5m", None),
            ("a dispute over $5m", None),
            ("between $1 million", Some(("between", Exactness::Range))),
        ];
        for (text, want) in cases {
            let b = text.as_bytes();
            let start = text.find(|c: char| c == '$' || c.is_ascii_digit()).unwrap();
            let got = exactness_before(b, start).map(|(s, e)| (&text[s..start - 1], e));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn increments_verbs_rates_durations() {
        let s = "an initial investment of $15 billion and an additional $35 billion";
        assert_eq!(increment_before(s.as_bytes(), at(s, "$15")), Some("initial"));
        assert_eq!(increment_before(s.as_bytes(), at(s, "$35")), Some("additional"));
        let s = "a one-quarter gain of $7.5 billion";
        assert_eq!(increment_before(s.as_bytes(), at(s, "$7.5")), None);
        let s = "this investment would exceed $13 billion";
        assert_eq!(verb_before(s.as_bytes(), at(s, "$13")), Some(Exactness::MoreThan));
        let s = "$20 per share, $3 a barrel, $4/share, $5 a piece";
        let b = s.as_bytes();
        assert_eq!(rate_after(b, 3).as_deref(), Some("share"));
        assert_eq!(rate_after(b, at(s, " a barrel")).as_deref(), Some("barrel"));
        assert_eq!(rate_after(b, at(s, "/share")).as_deref(), Some("share"));
        assert_eq!(rate_after(b, at(s, " a piece")), None);
        let s = "$100 billion on AWS over the next eight years, utilizing";
        assert_eq!(duration_in(s.as_bytes(), 12, s.len()).as_deref(), Some("P8Y"));
        let s = " over 10 years and over a decade";
        assert_eq!(duration_in(s.as_bytes(), 0, s.len()).as_deref(), Some("P10Y"));
        assert_eq!(duration_in(s.as_bytes(), 10, s.len()).as_deref(), Some("P10Y"));
        let s = " “over the coming months if";
        assert_eq!(duration_in(s.as_bytes(), 0, s.len()).as_deref(), Some("PXM"));
        let s = " over the deal and over budget";
        assert_eq!(duration_in(s.as_bytes(), 0, s.len()), None);
    }
}
