//! Local tokens around a candidate, and the words the rules know.
//!
//! The tagger never tokenizes the whole text: it tokenizes the sentence (or a
//! window of it) around each trigger the automaton found, then the rule
//! families read tokens left and right of the trigger.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single char that is not a space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Appends the tokens of `text[range]` to `out` (`range` on char boundaries).
pub(crate) fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    // ASCII bytes are classified directly; other chars are decoded where they start.
    let bytes = text.as_bytes();
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let b = bytes[i];
        let start = i;
        let kind = if b.is_ascii_alphabetic() {
            i = word_end(text, i + 1, end);
            Kind::Word
        } else if b.is_ascii_digit() {
            i += 1;
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            Kind::Num
        } else if b < 0x80 {
            i += 1;
            if matches!(b, b' ' | b'\t'..=b'\r') {
                continue;
            }
            Kind::Punct
        } else {
            let (c, len) = char_at(text, i);
            i += len;
            if c.is_alphabetic() {
                i = word_end(text, i, end);
                Kind::Word
            } else if c.is_whitespace() {
                continue;
            } else {
                Kind::Punct
            }
        };
        out.push(Tok { start, end: i, kind });
    }
}

/// End of the run of letters from byte `i` (before `end`).
#[inline]
fn word_end(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b >= 0x80 {
            let (c, len) = char_at(text, i);
            if !c.is_alphabetic() {
                break;
            }
            i += len;
        } else {
            break;
        }
    }
    i
}

/// The char starting at byte `i` of `text` and its length in bytes.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// Read access to the tokens of one window.
pub(crate) struct Cx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    /// Token `i` is the word `w` (ASCII case-insensitive).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some() && self.s(i).eq_ignore_ascii_case(w)
    }
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(i, w))
    }
    /// Token `i` is the punctuation char `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.s(i).starts_with(c)
    }
    /// Token `i` touches token `i - 1` (no space between).
    pub fn touches_prev(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i].start == self.toks[i - 1].end
    }
    /// The number of digit token `i` (at most 9 digits).
    pub fn num(&self, i: usize) -> Option<u32> {
        if self.kind(i) != Some(Kind::Num) || self.s(i).len() > 9 {
            return None;
        }
        self.s(i).parse().ok()
    }
    pub fn digits(&self, i: usize) -> usize {
        if self.kind(i) == Some(Kind::Num) {
            self.s(i).len()
        } else {
            0
        }
    }
    /// First letter is uppercase.
    pub fn capitalized(&self, i: usize) -> bool {
        self.s(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Lowercased ASCII copy of a token, for lookups, without allocating
    /// (tokens longer than any keyword come back empty).
    pub fn lower(&self, i: usize) -> Lower {
        Lower::new(self.s(i))
    }
    /// Token `i` is a number glued into a larger figure ("2,032", "5.5", "GPT-5").
    pub fn inside_figure(&self, i: usize) -> bool {
        let before = |k: usize| k < i && self.touches_prev(k + 1);
        let after_glued = self.touches_prev(i + 1)
            && (self.punct(i + 1, ',') || self.punct(i + 1, '.'))
            && self.kind(i + 2) == Some(Kind::Num)
            && self.touches_prev(i + 2);
        let before_glued = i >= 2
            && before(i - 1)
            && (self.punct(i - 1, ',') || self.punct(i - 1, '.'))
            && self.touches_prev(i - 1)
            && self.kind(i - 2) == Some(Kind::Num);
        let currency_before =
            i >= 1 && self.touches_prev(i) && ["$", "€", "£", "¥", "#"].iter().any(|c| self.s(i - 1) == *c);
        let letter_glued = i >= 1 && self.touches_prev(i) && self.is_word(i - 1);
        // "GPT-5" is a version; "mid-1996", "pre-1990", "post-1959" are dates.
        let version = i >= 2
            && self.touches_prev(i)
            && self.punct(i - 1, '-')
            && self.touches_prev(i - 1)
            && self.is_word(i - 2)
            && !self.is_any(i - 2, &["mid", "pre", "post"]);
        after_glued || before_glued || currency_before || letter_glued || version
    }
}

/// A short lowercased word on the stack.
#[derive(Clone, Copy, Default)]
pub(crate) struct Lower {
    buf: [u8; 16],
    len: u8,
}

impl Lower {
    fn new(s: &str) -> Self {
        let mut l = Lower::default();
        if s.len() <= l.buf.len() && s.is_ascii() {
            l.buf[..s.len()].copy_from_slice(s.as_bytes());
            l.buf[..s.len()].make_ascii_lowercase();
            l.len = s.len() as u8;
        }
        l
    }
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes were copied in, so this cannot fail.
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or("")
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Month number of a month name or abbreviation; `abbrev` says whether it was shortened.
pub(crate) fn month(w: &str) -> Option<(u8, bool)> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const ABBREV: [(&str, u8); 12] = [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    if let Some(i) = FULL.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some((i as u8 + 1, false));
    }
    ABBREV
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(w))
        .map(|&(_, m)| (m, true))
}

/// ISO weekday number (Monday = 1) of a weekday name.
pub(crate) fn weekday(w: &str) -> Option<u8> {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(w)).map(|i| i as u8 + 1)
}

/// Calendar units a duration or relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// TIMEX3 duration letter(s) and whether they go after the `T`.
    pub fn letter(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// The unit a word names, and whether it is plural ("years").
pub(crate) fn unit(w: &str) -> Option<(Unit, bool)> {
    const UNITS: [(&str, Unit, bool); 21] = [
        // "second" alone is nearly always the ordinal ("second quarter").
        ("seconds", Unit::Second, true),
        ("minute", Unit::Minute, false),
        ("minutes", Unit::Minute, true),
        ("hour", Unit::Hour, false),
        ("hours", Unit::Hour, true),
        ("day", Unit::Day, false),
        ("days", Unit::Day, true),
        ("weekend", Unit::Weekend, false),
        ("weekends", Unit::Weekend, true),
        ("week", Unit::Week, false),
        ("weeks", Unit::Week, true),
        ("month", Unit::Month, false),
        ("months", Unit::Month, true),
        ("quarter", Unit::Quarter, false),
        ("quarters", Unit::Quarter, true),
        ("year", Unit::Year, false),
        ("years", Unit::Year, true),
        ("decade", Unit::Decade, false),
        ("decades", Unit::Decade, true),
        ("century", Unit::Century, false),
        ("centuries", Unit::Century, true),
    ];
    UNITS
        .iter()
        .find(|(n, _, _)| n.eq_ignore_ascii_case(w))
        .map(|&(_, u, p)| (u, p))
}

/// Value of a number word ("three", "twelve", "forty"); "a"/"an" count as one.
pub(crate) fn number_word(w: &str) -> Option<u32> {
    const WORDS: [(&str, u32); 32] = [
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("dozen", 12),
        ("single", 1),
    ];
    WORDS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

/// Value of an ordinal word ("first" → 1, "fourth" → 4).
pub(crate) fn ordinal_word(w: &str) -> Option<u8> {
    const WORDS: [(&str, u8); 10] = [
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
    ];
    WORDS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(s, 0..s.len(), &mut out);
        out.iter().map(|t| s[t.start..t.end].to_owned()).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(toks("Oct. 13-15, 2026"), ["Oct", ".", "13", "-", "15", ",", "2026"]);
        assert_eq!(toks("the 1990s’ end"), ["the", "1990", "s", "’", "end"]);
    }

    proptest! {
        #[test]
        fn tokens_are_whole_runs_of_digits_or_letters_or_single_other_chars(s in "\\PC{0,60}") {
            let mut got = Vec::new();
            tokenize(&s, 0..s.len(), &mut got);
            let mut at = 0;
            for t in &got {
                // Only white space between tokens.
                prop_assert!(s[at..t.start].chars().all(char::is_whitespace));
                let tok = &s[t.start..t.end];
                let next = s[t.end..].chars().next();
                let ok = match t.kind {
                    Kind::Num => tok.bytes().all(|b| b.is_ascii_digit()) && !next.is_some_and(|c| c.is_ascii_digit()),
                    Kind::Word => {
                        tok.chars().all(char::is_alphabetic)
                            && !next.is_some_and(char::is_alphabetic)
                    }
                    Kind::Punct => {
                        let mut cs = tok.chars();
                        let c = cs.next().unwrap_or(' ');
                        cs.next().is_none() && !c.is_ascii_digit() && !c.is_alphabetic() && !c.is_whitespace()
                    }
                };
                prop_assert!(ok, "{:?} as {:?} in {:?}", tok, t.kind, s);
                at = t.end;
            }
            prop_assert!(s[at..].chars().all(char::is_whitespace));
        }
    }

    #[test]
    fn figures_are_not_bare_numbers() {
        let text = "$2,032 and GPT-5.5 and 2032";
        let mut t = Vec::new();
        tokenize(text, 0..text.len(), &mut t);
        let cx = Cx { text, toks: &t };
        let at = |s: &str| t.iter().position(|k| &text[k.start..k.end] == s).unwrap();
        assert!(cx.inside_figure(at("032")));
        assert!(cx.inside_figure(at("2")));
        assert!(cx.inside_figure(at("5")));
        assert!(!cx.inside_figure(at("2032")));
    }
}
