//! Sentence segmentation with byte offsets.
//!
//! News text arrives one paragraph per line, so every line break ends a
//! sentence; inside a line a sentence ends at `.`, `!` or `?` (with any closing
//! quotes or brackets) followed by a space and an upper-case letter, a digit or
//! an opening quote, unless the word before the stop is an abbreviation
//! ("U.S.", "Inc.", "Jan.", "Mr.") or an initial ("J. P. Morgan").
//! Decimals ("$7.5 billion") never split: no space follows their point.

use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// Running text.
    Text,
    /// A list item: "- 2019: Microsoft invested…", "• …", "1. …".
    Bullet,
    /// A line without a final stop that reads like a title or section heading.
    Heading,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the normalized text, trimmed of surrounding white space.
    pub span: Range<usize>,
    pub kind: SentenceKind,
}

/// Abbreviations after which a full stop does not end a sentence (lower-cased, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "apr", "aug", "ave", "bros", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "e.g", "e.u",
    "est", "etc", "feb", "fig", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op", "p.m", "ph.d", "plc", "pp", "prof",
    "rep", "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "u.k", "u.n", "u.s", "u.s.a", "v", "vs",
];

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        split_line(text, line_start, line_end, &mut out);
        line_start = line_end;
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let Some((first, last)) = trimmed_bounds(line) else {
        return;
    };
    let (line_start, line_end) = (start + first, start + last);
    let bullet = is_bullet(&text[line_start..line_end]);
    let mut sentence_start = line_start;
    let bytes = text.as_bytes();
    let mut i = line_start;
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..line_end]) {
        i += at;
        let b = bytes[i];
        // Swallow runs of stops and closing quotes or brackets.
        let mut j = i + 1;
        while j < line_end {
            let rest = &text[j..line_end];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(c, '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        if j < line_end
            && bytes[j] == b' '
            && starts_sentence(&text[j..line_end])
            && !(b == b'.' && is_abbreviation(&text[sentence_start..i]))
        {
            push(text, sentence_start, j, line_start, bullet, out);
            sentence_start = j;
        }
        i = j;
    }
    push(text, sentence_start, line_end, line_start, bullet, out);
}

/// Adds the sentence `text[start..end]` (trimmed) of the line whose first
/// non-space byte is `line_start`.
fn push(text: &str, start: usize, end: usize, line_start: usize, bullet: bool, out: &mut Vec<Sentence>) {
    let Some((first, last)) = trimmed_bounds(&text[start..end]) else {
        return;
    };
    let span = start + first..start + last;
    let kind = if bullet && out.last().is_none_or(|p: &Sentence| p.span.end <= line_start) {
        SentenceKind::Bullet
    } else if bullet {
        SentenceKind::Text
    } else if span.start == line_start && looks_like_heading(&text[span.clone()]) && ends_line(text, span.end) {
        SentenceKind::Heading
    } else {
        SentenceKind::Text
    };
    out.push(Sentence { span, kind });
}

fn ends_line(text: &str, byte: usize) -> bool {
    text[byte..].chars().take_while(|&c| c != '\n').all(char::is_whitespace)
}

fn trimmed_bounds(s: &str) -> Option<(usize, usize)> {
    let first = s.len() - s.trim_start().len();
    let last = s.trim_end().len();
    (first < last).then_some((first, last))
}

fn is_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '•' | '*' | '–' | '·' | '▪') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            digits <= 2
                && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
                && line.as_bytes().get(digits + 1) == Some(&b' ')
        }
        _ => false,
    }
}

fn starts_sentence(rest: &str) -> bool {
    let rest = rest.trim_start();
    let next = rest.chars().next();
    matches!(next, Some(c) if c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '$' | '€' | '£'))
        || starts_with_lower_camel_name(rest)
}

/// Names written with a lower-case first letter and a capital inside
/// ("xAI", "eBay", "iPhone") start sentences as well as capitalized words do.
fn starts_with_lower_camel_name(rest: &str) -> bool {
    let word: &str = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

fn is_abbreviation(before_stop: &str) -> bool {
    let word = before_stop
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("J. P. Morgan"), or the last letter
    // of a dotted abbreviation ("U.S").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // Lower-cased on the stack when ASCII (nearly always): this runs at every stop.
    let mut buf = [0u8; 8];
    let lower: std::borrow::Cow<str> = if word.is_ascii() && word.len() <= buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        std::borrow::Cow::Borrowed(std::str::from_utf8(&buf[..word.len()]).unwrap_or(""))
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    };
    ABBREVIATIONS.binary_search(&lower.as_ref()).is_ok()
        || (lower.len() <= 6 && lower.contains('.') && lower.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// Short lines with no final stop and mostly capitalized words: "New Agreement Terms",
/// "Breaking News: A New Chapter in AI Partnerships".
fn looks_like_heading(s: &str) -> bool {
    let last = s.chars().last().unwrap_or('.');
    if matches!(last, '.' | '!' | '?' | ',' | ';' | '"' | '”' | ':') {
        return false;
    }
    let words = s.split_whitespace().take(15).count();
    (1..=14).contains(&words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.span.clone()]).collect()
    }

    #[test]
    fn splits_on_stops_not_on_abbreviations_or_decimals() {
        let text = "Acme Inc. said on Jan. 5 it earned $7.5 billion. The U.S. economy grew. Mr. Smith left!";
        assert_eq!(
            texts(text),
            vec![
                "Acme Inc. said on Jan. 5 it earned $7.5 billion.",
                "The U.S. economy grew.",
                "Mr. Smith left!"
            ]
        );
    }

    #[test]
    fn lower_case_camel_names_start_sentences() {
        let text = "Musk founded it in 2023. xAI raised $6 billion. It is not e.g. a bank.";
        assert_eq!(
            texts(text),
            vec![
                "Musk founded it in 2023.",
                "xAI raised $6 billion.",
                "It is not e.g. a bank."
            ]
        );
    }

    #[test]
    fn quotes_close_the_sentence_they_end() {
        let text = "He said “we won.” Then he left. “Fine,” she said.";
        assert_eq!(
            texts(text),
            vec!["He said “we won.”", "Then he left.", "“Fine,” she said."]
        );
    }

    #[test]
    fn lines_are_sentences_with_kinds() {
        let text = "New Agreement Terms\n- 2019: Microsoft invested $1 billion. It grew.\n\nPlain text here.\n";
        let got = sentences(text);
        let kinds: Vec<_> = got.iter().map(|s| (&text[s.span.clone()], s.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                ("New Agreement Terms", SentenceKind::Heading),
                ("- 2019: Microsoft invested $1 billion.", SentenceKind::Bullet),
                ("It grew.", SentenceKind::Text),
                ("Plain text here.", SentenceKind::Text),
            ]
        );
    }

    #[test]
    fn abbreviation_list_is_sorted_for_binary_search() {
        let mut sorted = ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, ABBREVIATIONS);
    }
}
