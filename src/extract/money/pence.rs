//! Prices in pence written with the "p" glued to the number, as British
//! market copy writes share prices: "closed at 387p", "1,204.5p", "a
//! 95p-a-share offer", "up 3p to 61p". Rule id `money.pence`.
//!
//! The general number reader refuses a letter glued to digits ("5G", "$20s"),
//! so these are read here, apart, with their own guards:
//! - the article must name sterling somewhere ("£", "pence", "sterling",
//!   "GBP", "FTSE", "London"): a "p" after a number means pence only there;
//! - the "p" ends a word ("3pm", "4ps" and "5p.m." are not pence), the number
//!   starts one ("A320p", "v2.1p" are not), and its thousands groups are of
//!   three digits;
//! - a display resolution is not a price: "720p", "1080p" followed by a word
//!   of screens or video ("1080p video", "in 720p HD"), or after "in"
//!   ("streams in 1080p").
//!
//! | text | value |
//! |---|---|
//! | "shares in the grocer closed at 387p in London" | GBP 3.87 |
//! | "up 3p to 61p" | GBP 0.03 and GBP 0.61 |
//! | "a 95p-a-share offer" (with £ elsewhere) | GBP 0.95, per share |
//! | "fell to 1,204.5p on the FTSE 250" | GBP 12.045 |
//! | "the £250 set plays 1080p video" | (none) |
//! | "Drones stream 720p footage" (no sterling cue) | (none) |
//! | "the meeting starts at 3pm in London" | (none) |

use super::number::{boundary_after, is_word_byte, starts_with_ci};
use super::{Amount, Exactness, Figure, MentionType};
use crate::extract::rule::Rule;
use rust_decimal::Decimal;

/// Words of the text that make a glued "p" read as pence.
const STERLING_CUES: &[&str] = &["£", "pence", "sterling", "GBP", "GBp", "GBX", "FTSE", "London"];

/// Line counts of video formats, which a "p" follows too ("1080p").
const RESOLUTIONS: &[u32] = &[144, 240, 360, 480, 540, 576, 720, 1080, 1440, 2160, 4320];

/// Words after a resolution that make it one.
const SCREEN_WORDS: &[&str] = &[
    "video",
    "videos",
    "resolution",
    "hd",
    "display",
    "displays",
    "screen",
    "screens",
    "stream",
    "streams",
    "streaming",
    "footage",
    "camera",
    "cameras",
    "monitor",
    "monitors",
    "panel",
    "panels",
    "tv",
    "tvs",
    "television",
    "recording",
    "playback",
    "quality",
];

/// The pence figures of a text, in order.
pub(super) fn glued(text: &str) -> Vec<Figure> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut cue: Option<bool> = None;
    for p in memchr::memchr_iter(b'p', b) {
        if p == 0 || !b[p - 1].is_ascii_digit() || !boundary_after(b, p + 1) {
            continue;
        }
        // "5p.m.": a time, not a price.
        if b.get(p + 1) == Some(&b'.') && b.get(p + 2).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let Some((start, value, whole)) = number_before(b, p) else {
            continue;
        };
        if RESOLUTIONS.contains(&whole) && looks_like_resolution(b, start, p + 1) {
            continue;
        }
        if !*cue.get_or_insert_with(|| STERLING_CUES.iter().any(|c| text.contains(c))) {
            return out;
        }
        out.extend(hundredths(start..p + 1, value, "GBP", Rule::MoneyPence));
    }
    out
}

/// A figure written in hundredths of its currency ("45p", "385c"): `value`
/// over 100, exact.
fn hundredths(span: std::ops::Range<usize>, value: Decimal, currency: &str, rule: Rule) -> Option<Figure> {
    let amount = value.checked_div(Decimal::ONE_HUNDRED)?;
    Some(Figure {
        kind: MentionType::Money,
        start: span.start,
        end: span.end,
        amount: Amount {
            currency: Some(currency.to_string()),
            amount: Some(amount.normalize()),
            exactness: Exactness::Exact,
            ..Default::default()
        },
        rule,
    })
}

/// Words right after a glued "c" that make it cents of a share's price or
/// dividend ("385c a share", "a 47c final payout", "35c-a-share"): alone,
/// "5c" is as often a clause, a form or a grade.
const CENT_WORDS: &[&str] = &[
    "a share",
    "per share",
    "a-share",
    "dividend",
    "interim",
    "final",
    "special",
    "fully franked",
    "franked",
    "unfranked",
];

/// Cents with the "c" glued to the number, as South African and Australian
/// copy writes dividends: "declared 385c a share for the half", "a 47c final
/// payout". Read only before a word of [`CENT_WORDS`]; the currency is
/// `ZAR` in an article with a South African cue, else `USD`, which the
/// article's local dollar then takes (`local_dollars`: AUD, CAD, NZD). Rule
/// id `money.cents`.
///
/// | text | value |
/// |---|---|
/// | "JOHANNESBURG - … will pay 385c a share for the half" | ZAR 3.85, per share |
/// | "… a 47c final payout" (Australian article) | AUD 0.47 |
/// | "Form 10c", "under section 5c of the act", "a 35c day" | (none) |
pub(super) fn glued_cents(text: &str, south_african: bool) -> Vec<Figure> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for c in memchr::memchr_iter(b'c', b) {
        if c == 0 || !b[c - 1].is_ascii_digit() || !boundary_after(b, c + 1) {
            continue;
        }
        let mut at = c + 1;
        while b.get(at).is_some_and(|x| matches!(x, b' ' | b'-')) && at < c + 3 {
            at += 1;
        }
        if at == c + 1
            || !CENT_WORDS
                .iter()
                .any(|w| starts_with_ci(b, at, w) && boundary_after(b, at + w.len()))
        {
            continue;
        }
        let Some((start, value, _)) = number_before(b, c) else {
            continue;
        };
        let currency = if south_african { "ZAR" } else { "USD" };
        out.extend(hundredths(start..c + 1, value, currency, Rule::MoneyCents));
    }
    out
}

/// The number that ends at `end`: its start, its value and its whole part
/// (for the resolution guard). Digits with comma groups of three and at most
/// one decimal point; it must start a word.
fn number_before(b: &[u8], end: usize) -> Option<(usize, Decimal, u32)> {
    let mut start = end;
    while start > 0 && (b[start - 1].is_ascii_digit() || matches!(b[start - 1], b',' | b'.')) {
        start -= 1;
    }
    // A separator before the first digit belongs to the sentence (", 412p").
    while start < end && !b[start].is_ascii_digit() {
        start += 1;
    }
    if start > 0 {
        let c = b[start - 1];
        if is_word_byte(c) || c == b'-' && start >= 2 && is_word_byte(b[start - 2]) {
            return None;
        }
        // "£5p", "$3p": not pence.
        if !c.is_ascii() || c == b'$' || c == b'#' {
            return None;
        }
    }
    let written = std::str::from_utf8(&b[start..end]).ok()?;
    let (int, frac) = match written.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (written, None),
    };
    if frac.is_some_and(|f| f.is_empty() || f.len() > 3 || f.contains([',', '.'])) {
        return None;
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 && int.contains(',') {
        return None;
    }
    if groups.any(|g| g.len() != 3) {
        return None;
    }
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let whole: u32 = digits.parse().ok()?;
    let plain = match frac {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    let value: Decimal = plain.parse().ok()?;
    Some((start, value, whole))
}

/// Whether the number between `start` and `end` reads as a video format:
/// a screen word after it, or "in" before it.
fn looks_like_resolution(b: &[u8], start: usize, end: usize) -> bool {
    let mut at = end;
    while b.get(at).is_some_and(|c| matches!(c, b' ' | b'-')) {
        at += 1;
    }
    let next_word = SCREEN_WORDS
        .iter()
        .any(|w| starts_with_ci(b, at, w) && boundary_after(b, at + w.len()));
    let before_in = start >= 3 && b[..start].ends_with(b"in ") && (start == 3 || !is_word_byte(b[start - 4]));
    next_word || before_in
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&str, String)> {
        glued(text)
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.amount.amount.unwrap().to_string()))
            .collect()
    }

    #[test]
    fn pence_glued_to_numbers() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Shares in the grocer closed at 387p in London.", &[("387p", "3.87")]),
            (
                "The stock was up 3p to 61p after the £40m sale.",
                &[("3p", "0.03"), ("61p", "0.61")],
            ),
            ("A 95p-a-share offer values it at £1.1bn.", &[("95p", "0.95")]),
            ("It fell to 1,204.5p on the FTSE 250.", &[("1,204.5p", "12.045")]),
            ("The price, 2,310p, was a record (£).", &[("2,310p", "23.1")]),
            // Counter-examples.
            ("The £250 set plays 1080p video.", &[]),
            ("Drones stream 720p footage and cost $300.", &[]),
            ("It streams in 1080p; a month costs £9.", &[]),
            ("Results at 3pm in London; 5p.m. in Paris.", &[]),
            ("The A320p and v2.1p in London.", &[]),
            ("Rates in London: 12,34p and 1234,567p.", &[]),
        ];
        for (text, want) in cases {
            let got = read(text);
            let want: Vec<(&str, String)> = want.iter().map(|(t, v)| (*t, v.to_string())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn cents_glued_to_numbers() {
        type Case<'a> = (&'a str, bool, &'a [(&'a str, &'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "Karoo Mining declared an interim dividend of 385c a share.",
                true,
                &[("385c", "3.85", "ZAR")],
            ),
            (
                "It will pay a 47.5c fully franked final dividend.",
                false,
                &[("47.5c", "0.475", "USD")],
            ),
            ("A 12c-a-share special payout.", false, &[("12c", "0.12", "USD")]),
            // Counter-examples: no share or dividend word after the "c".
            ("File Form 10c under section 5c by 3pm.", true, &[]),
            ("It hit 35c in the shade, the 4c grade.", false, &[]),
            ("The A12c final and the 3cm final dividend.", false, &[]),
        ];
        for (text, south_african, want) in cases {
            let got: Vec<(&str, String, String)> = glued_cents(text, *south_african)
                .into_iter()
                .map(|f| {
                    let a = f.amount;
                    (
                        &text[f.start..f.end],
                        a.amount.unwrap().to_string(),
                        a.currency.unwrap(),
                    )
                })
                .collect();
            let want: Vec<(&str, String, String)> = want
                .iter()
                .map(|(t, v, c)| (*t, v.to_string(), c.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
