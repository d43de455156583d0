//! Numbers as written in figures: digits with separators ("1,000.50",
//! "1.000,50"), number words ("two", "twenty-five", "a", "half a"), scale
//! words ("billion", "bn", "M") and ranges ("10-20", "20 to 25").
//!
//! Everything works on bytes of the normalized text and returns byte offsets;
//! only ASCII bytes are ever consumed, so offsets stay on char boundaries.
//! Values are exact decimals; any overflow gives `None`, never a panic.

use rust_decimal::Decimal;

use super::lexicon::{self, SCALE_WORDS};

/// A number read at some position.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The value before any scale word.
    pub value: Decimal,
    pub end: usize,
    /// "a" / "half a": only a number when a scale word follows ("a billion").
    pub needs_scale: bool,
    /// Written in words ("six percent").
    pub words: bool,
}

/// A scale word read after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub name: &'static str,
    pub exponent: u32,
    pub end: usize,
}

/// A number with its scale applied: "7.5 billion" → 7500000000.
#[derive(Debug, Clone, PartialEq)]
pub struct Scaled {
    pub value: Decimal,
    pub scale: Option<&'static str>,
    /// Power of ten of the scale word (0 without one).
    pub exponent: u32,
    pub end: usize,
}

pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The ASCII word (letters only) starting at `pos`.
pub fn word_at(b: &[u8], pos: usize) -> &[u8] {
    let end = b[pos.min(b.len())..]
        .iter()
        .position(|c| !c.is_ascii_alphabetic())
        .map_or(b.len(), |n| pos + n);
    &b[pos.min(end)..end]
}

/// Whether `pos` starts a word (no letter or digit just before it).
pub fn boundary_before(b: &[u8], pos: usize) -> bool {
    pos == 0 || !is_word_byte(b[pos - 1])
}

/// Whether `pos` ends a word (no letter or digit at it).
pub fn boundary_after(b: &[u8], pos: usize) -> bool {
    pos >= b.len() || !is_word_byte(b[pos])
}

/// Whether `b[pos..]` starts with `lit`, ignoring ASCII case.
pub fn starts_with_ci(b: &[u8], pos: usize, lit: &str) -> bool {
    b.get(pos..pos + lit.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(lit.as_bytes()))
}

/// Whether `b[..end]` ends with `lit` (ignoring ASCII case) as a whole word; returns its start.
pub fn word_before_ci(b: &[u8], end: usize, lit: &str) -> Option<usize> {
    let start = end.checked_sub(lit.len())?;
    (b[start..end].eq_ignore_ascii_case(lit.as_bytes()) && boundary_before(b, start)).then_some(start)
}

/// `10^exponent` as a decimal.
pub fn power_of_ten(exponent: u32) -> Decimal {
    let mut v = Decimal::ONE;
    for _ in 0..exponent {
        v *= Decimal::TEN;
    }
    v
}

/// Reads the digits at `pos` ("1,000.50"); `dot_groups` says the currency
/// groups thousands with dots, so "1.500" without a scale word is 1500.
pub fn digits_at(b: &[u8], pos: usize, dot_groups: bool) -> Option<Number> {
    if !b.get(pos).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut end = pos;
    while end < b.len() && (b[end].is_ascii_digit() || b[end] == b',' || b[end] == b'.') {
        end += 1;
    }
    // A trailing stop or comma ends the sentence or a list, not the number.
    while !b[end - 1].is_ascii_digit() {
        end -= 1;
    }
    let scaled = scale_at(b, end).is_some();
    let mut value = parse_digits(&b[pos..end], dot_groups && !scaled)?;
    // "6 3/8%", "$13 1/4": whole number and a fraction, as US markets quoted them.
    if !b[pos..end].contains(&b'.') {
        if let Some((fraction, fraction_end)) = fraction_at(b, end) {
            value = value.checked_add(fraction)?;
            end = fraction_end;
        }
    }
    Some(Number {
        value,
        end,
        needs_scale: false,
        words: false,
    })
}

/// " 3/8" after a whole number: the fraction and where it ends (denominators 2 to 64).
fn fraction_at(b: &[u8], pos: usize) -> Option<(Decimal, usize)> {
    if b.get(pos) != Some(&b' ') {
        return None;
    }
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let num_len = digits(pos + 1);
    if !(1..=2).contains(&num_len) || b.get(pos + 1 + num_len) != Some(&b'/') {
        return None;
    }
    let den_at = pos + 2 + num_len;
    let den_len = digits(den_at);
    if !(1..=2).contains(&den_len)
        || b.get(den_at + den_len)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/')
    {
        return None;
    }
    let parse = |s: &[u8]| std::str::from_utf8(s).ok()?.parse::<u32>().ok();
    let num = parse(&b[pos + 1..pos + 1 + num_len])?;
    let den = parse(&b[den_at..den_at + den_len])?;
    if !(2..=64).contains(&den) || num == 0 || num >= den {
        return None;
    }
    let value = Decimal::from(num).checked_div(Decimal::from(den))?;
    Some((value.normalize(), den_at + den_len))
}

/// The value of a run of digits and separators, or `None` when the grouping is not one we can read.
pub fn parse_digits(run: &[u8], dot_groups: bool) -> Option<Decimal> {
    let dots = run.iter().filter(|&&c| c == b'.').count();
    let commas = run.iter().filter(|&&c| c == b',').count();
    let groups_ok = |s: &[u8], sep: u8| {
        let mut parts = s.split(|&c| c == sep);
        let first = parts.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
    };
    let (int_part, frac_part): (Vec<u8>, &[u8]) = match (dots, commas) {
        (0, 0) => (run.to_vec(), &[]),
        (_, 0) => {
            let last = run.iter().rposition(|&c| c == b'.')?;
            if dots > 1 || (dot_groups && run.len() - last - 1 == 3) {
                if !groups_ok(run, b'.') {
                    return None;
                }
                (run.iter().copied().filter(|&c| c != b'.').collect(), &[])
            } else {
                (run[..last].to_vec(), &run[last + 1..])
            }
        }
        (0, _) => {
            if groups_ok(run, b',') {
                (run.iter().copied().filter(|&c| c != b',').collect(), &[])
            } else {
                // "€1,5 billion", "€5,50": a decimal comma (never a thousands group of 1–2 digits).
                let last = run.iter().rposition(|&c| c == b',')?;
                if commas > 1 || !(1..=2).contains(&(run.len() - last - 1)) {
                    return None;
                }
                (run[..last].to_vec(), &run[last + 1..])
            }
        }
        _ => {
            let last_dot = run.iter().rposition(|&c| c == b'.')?;
            let last_comma = run.iter().rposition(|&c| c == b',')?;
            let (decimal, group, last) = if last_dot > last_comma {
                (b'.', b',', last_dot)
            } else {
                (b',', b'.', last_comma)
            };
            let int = &run[..last];
            if int.contains(&decimal) || !groups_ok(int, group) {
                return None;
            }
            (int.iter().copied().filter(|&c| c != group).collect(), &run[last + 1..])
        }
    };
    if int_part.is_empty() || int_part.len() + frac_part.len() > 28 {
        return None;
    }
    let mut text = String::from_utf8(int_part).ok()?;
    if !frac_part.is_empty() {
        text.push('.');
        text.push_str(std::str::from_utf8(frac_part).ok()?);
    }
    text.parse::<Decimal>().ok()
}

/// Reads a number in words at `pos`: "six", "twenty-five", "one hundred",
/// "two and a half", "a" (needs a scale), "half a" (needs a scale).
pub fn words_at(b: &[u8], pos: usize) -> Option<Number> {
    if !boundary_before(b, pos) {
        return None;
    }
    let first = word_at(b, pos);
    if first.is_empty() {
        return None;
    }
    let mut end = pos + first.len();
    let number = |value: Decimal, end: usize, needs_scale: bool| Number {
        value,
        end,
        needs_scale,
        words: true,
    };
    if first.eq_ignore_ascii_case(b"half") {
        for article in [" a ", " an "] {
            if starts_with_ci(b, end, article) {
                return Some(number(Decimal::new(5, 1), end + article.len() - 1, true));
            }
        }
        return None;
    }
    let mut value: Decimal;
    let mut needs_scale = false;
    if first.eq_ignore_ascii_case(b"a") || first.eq_ignore_ascii_case(b"an") {
        value = Decimal::ONE;
        needs_scale = true;
    } else {
        let v = lexicon::small_number(first)?;
        value = Decimal::from(v);
        // "twenty-five", "twenty five"
        if v >= 20 && v % 10 == 0 {
            for sep in [b'-', b' '] {
                if b.get(end) == Some(&sep) {
                    let next = word_at(b, end + 1);
                    if let Some(u) = lexicon::small_number(next).filter(|&u| (1..10).contains(&u)) {
                        value += Decimal::from(u);
                        end += 1 + next.len();
                        break;
                    }
                }
            }
        }
    }
    if b.get(end) == Some(&b' ') && word_at(b, end + 1).eq_ignore_ascii_case(b"hundred") {
        value *= Decimal::ONE_HUNDRED;
        end += " hundred".len();
        needs_scale = false;
        // "one hundred and twenty", "one hundred twenty"
        let mut at = end;
        if starts_with_ci(b, at, " and ") {
            at += " and".len();
        }
        if b.get(at) == Some(&b' ') {
            let next = word_at(b, at + 1);
            if let Some(v) = lexicon::small_number(next).filter(|&v| v > 0) {
                value += Decimal::from(v);
                end = at + 1 + next.len();
            }
        }
    }
    if !needs_scale && starts_with_ci(b, end, " and a half") && boundary_after(b, end + " and a half".len()) {
        value += Decimal::new(5, 1);
        end += " and a half".len();
    }
    if !boundary_after(b, end) {
        return None;
    }
    Some(number(value, end, needs_scale))
}

/// Digits or words at `pos`.
pub fn number_at(b: &[u8], pos: usize, dot_groups: bool) -> Option<Number> {
    if b.get(pos).is_some_and(u8::is_ascii_digit) {
        digits_at(b, pos, dot_groups)
    } else {
        words_at(b, pos)
    }
}

/// A scale word right after a number ending at `pos`: attached ("15bn", "1.2M"),
/// after one space ("7.2 bn", "two billion") or a hyphen ("38-billion").
pub fn scale_at(b: &[u8], pos: usize) -> Option<Scale> {
    // Every scale word starts with one of these letters: most calls end here.
    let starts_scale = |c: Option<&u8>| c.is_some_and(|c| b"tTmMbBcClLkK".contains(c));
    let first = match b.get(pos) {
        Some(b' ' | b'-') => b.get(pos + 1),
        other => other,
    };
    if !starts_scale(first) {
        return None;
    }
    let try_at = |at: usize, attached: bool| {
        SCALE_WORDS.iter().find_map(|s| {
            let len = s.text.len();
            let got = b.get(at..at + len)?;
            let same = if s.any_case {
                got.eq_ignore_ascii_case(s.text.as_bytes())
            } else {
                got == s.text.as_bytes()
            };
            (same && (attached || s.spaced) && boundary_after(b, at + len)).then_some(Scale {
                name: s.name,
                exponent: s.exponent,
                end: at + len,
            })
        })
    };
    let scale = match b.get(pos) {
        Some(c) if c.is_ascii_alphabetic() => try_at(pos, true),
        Some(b' ' | b'-') => try_at(pos + 1, false),
        _ => None,
    }?;
    Some(crore_compound(b, scale))
}

/// Indian compound scales: "1.2 lakh crore" is 1.2 × 10^5 × 10^7, "10
/// thousand crore" 10 × 10^3 × 10^7; "5 lakh" and "5 crore" alone stay.
fn crore_compound(b: &[u8], s: Scale) -> Scale {
    let name = match s.name {
        "lakh" => "lakh crore",
        "thousand" => "thousand crore",
        _ => return s,
    };
    for word in [" crores", " crore"] {
        if starts_with_ci(b, s.end, word) && boundary_after(b, s.end + word.len()) {
            return Scale {
                name,
                exponent: s.exponent + 7,
                end: s.end + word.len(),
            };
        }
    }
    s
}

/// A number and its scale word at `pos`, with the scale applied.
pub fn scaled_at(b: &[u8], pos: usize, dot_groups: bool) -> Option<Scaled> {
    let n = number_at(b, pos, dot_groups)?;
    let scale = scale_at(b, n.end);
    if n.needs_scale && scale.is_none() {
        return None;
    }
    // "5G", "$20s": letters glued to the digits that are no scale word.
    if scale.is_none() && !n.words && b.get(n.end).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let value = match scale {
        Some(s) => n.value.checked_mul(power_of_ten(s.exponent))?,
        None => n.value,
    };
    Some(Scaled {
        value: value.normalize(),
        scale: scale.map(|s| s.name),
        exponent: scale.map_or(0, |s| s.exponent),
        end: scale.map_or(n.end, |s| s.end),
    })
}

/// A range connector at `pos`: "-", "–", " to " (unless `to_is_level`: "rose
/// 6 pence to 388 pence" gives a change and a level, not a range), " - ",
/// and " and " after "between". Returns where the second number may start.
pub fn range_connector(b: &[u8], pos: usize, between: bool, to_is_level: bool) -> Option<usize> {
    let dashes: [&[u8]; 4] = [b"-", "–".as_bytes(), b" - ", " – ".as_bytes()];
    for d in dashes {
        if b.get(pos..pos + d.len()) == Some(d) {
            return Some(pos + d.len());
        }
    }
    if !to_is_level && starts_with_ci(b, pos, " to ") {
        return Some(pos + 4);
    }
    if between && starts_with_ci(b, pos, " and ") {
        return Some(pos + 5);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn digits_with_separators() {
        let cases: &[(&str, bool, Option<&str>)] = &[
            ("1,000.50", false, Some("1000.50")),
            ("1.000,50", true, Some("1000.50")),
            ("1.000,50", false, Some("1000.50")),
            ("7.5", false, Some("7.5")),
            ("1,234,567", false, Some("1234567")),
            ("1.500", true, Some("1500")),
            ("1.500", false, Some("1.500")),
            ("1,5", true, Some("1.5")),
            ("1,50,000", false, None),
            ("12,34,5", false, None),
            ("1.2.3", false, None),
            ("99999999999999999999999999999", false, None),
        ];
        for (run, dots, want) in cases {
            assert_eq!(parse_digits(run.as_bytes(), *dots), want.map(dec), "{run}");
        }
    }

    #[test]
    fn words_and_scales() {
        let read = |s: &str| scaled_at(s.as_bytes(), 0, false).map(|n| (n.value, n.scale, n.end));
        assert_eq!(
            read("two billion dollars"),
            Some((dec("2000000000"), Some("billion"), 11))
        );
        assert_eq!(read("a billion"), Some((dec("1000000000"), Some("billion"), 9)));
        assert_eq!(read("half a billion"), Some((dec("500000000"), Some("billion"), 14)));
        assert_eq!(read("one hundred dollars"), Some((dec("100"), None, 11)));
        assert_eq!(read("twenty-five percent"), Some((dec("25"), None, 11)));
        assert_eq!(
            read("two and a half million"),
            Some((dec("2500000"), Some("million"), 22))
        );
        assert_eq!(read("15bn"), Some((dec("15000000000"), Some("billion"), 4)));
        assert_eq!(read("1.2M"), Some((dec("1200000"), Some("million"), 4)));
        assert_eq!(read("7.2 bn"), Some((dec("7200000000"), Some("billion"), 6)));
        assert_eq!(read("7.4 Billion"), Some((dec("7400000000"), Some("billion"), 11)));
        assert_eq!(read("5 crore"), Some((dec("50000000"), Some("crore"), 7)));
        assert_eq!(read("5 m"), Some((dec("5"), None, 1)));
        assert_eq!(read("5G"), None);
        assert_eq!(read("6 3/8%"), Some((dec("6.375"), None, 5)));
        assert_eq!(read("24 7/0"), Some((dec("24"), None, 2)));
        assert_eq!(read("a deal"), None);
        assert_eq!(read("someone"), None);
    }
}
