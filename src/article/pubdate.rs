//! Publish dates written for people: loose date strings in metadata
//! ("Mon Oct 11 14:57:21 CEST 2021", "2021-11-19 10:27") and visible dates
//! with month names ("3. Februar 2022", "13 janv. 2020", "Jan 13, 2020 at
//! 5:04 pm ET", "26 de abril de 2022") in English, German, French, Spanish,
//! Italian, Portuguese and Dutch, with the checks that keep non-dates out
//! ("2020-13-45", "0000-00-00", a date after the crawl or before the web).
//!
//! | written | read as | rule |
//! |---|---|---|
//! | `2021-11-19 10:27`, `2021/11/19`, `2021-11-19T10:27:00+01:00` | 2021-11-19 | ISO-like, year first |
//! | `19.11.2021`, `19. 11. 2021`, `19/11/2021` | 2021-11-19 | day first (Europe) |
//! | `11/19/2021` | 2021-11-19 | month first only when the day cannot be a month |
//! | `3. Februar 2022`, `13 janv. 2020`, `26 de abril de 2022`, `le 5 mai 2021` | day, month name, year | |
//! | `Jan 13, 2020 at 5:04 pm`, `January 13th, 2020`, `Mon Oct 11 14:57:21 CEST 2021`, `Thu Mar  4 09:12:00 2021` | month name, day, year | |
//! | `vor 2 Tagen`, `2020-13-45`, `0000-00-00`, `Mai 2021` | nothing | relative, impossible, or no day |

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

/// Month names and abbreviations (lower case) of the seven languages, with their month.
const MONTHS: &[(&str, i8)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
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
    // German
    ("januar", 1),
    ("jänner", 1),
    ("jän", 1),
    ("februar", 2),
    ("märz", 3),
    ("mär", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("févr", 2),
    ("fév", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("déc", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("ago", 8),
    ("set", 9),
    ("ott", 10),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("fev", 2),
    ("out", 10),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("oktober", 10),
    ("mrt", 3),
];

fn month_of(name: &str) -> Option<i8> {
    let lower = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names.join("|")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[^\d]|$)").expect("static regex")
});
static NUMERIC_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.])(\d{1,2})\s?([./])\s?(\d{1,2})\s?[./]\s?((?:19|20)\d{2})(?:[^\d]|$)")
        .expect("static regex")
});
/// Day, month and year joined by hyphens ("13-01-2020", "5-3-2021 17:04"),
/// as Dutch, Spanish, Portuguese, Italian and Indian sites write them: no
/// spaces around the hyphens (so "3 - 4 - 2020" is no date), and not inside a
/// longer run of hyphenated numbers ("ID 1-12-2020-0042").
static NUMERIC_DMY_HYPHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.\-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?:$|[^\d\-]|-[^\d])").expect("static regex")
});
/// Year, month and day written with the Chinese and Japanese (年 月 日) or
/// Korean (년 월 일) unit signs: "2020年1月13日", "2020년 1월 13일".
static YMD_UNITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]").expect("static regex")
});
static NAMED_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}\d])(\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?\s*(?:de\s+|-)?({})\.?(?:\s*,)?\s*(?:de\s+|-)?((?:19|20)\d{{2}})(?:[^\d]|$)",
        month_alternation()
    ))
    .expect("static regex")
});
static NAMED_MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}])({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+\p{{Lu}}{{2,5}})?\s+)((?:19|20)\d{{2}})(?:[^\d]|$)",
        month_alternation()
    ))
    .expect("static regex")
});

/// The bounds of a publish date: not before the web, not after the crawl.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub earliest: Date,
    pub latest: Date,
}

impl Bounds {
    /// From 1993-01-01 (the web opened to all) to one day after today (the crawl; time zones).
    pub fn now() -> Self {
        let today = jiff::Zoned::now().date();
        Self {
            earliest: Date::constant(1993, 1, 1),
            latest: today.tomorrow().unwrap_or(today),
        }
    }
    pub fn contains(&self, d: Date) -> bool {
        self.earliest <= d && d <= self.latest
    }
}

fn date(y: &str, m: i8, d: &str) -> Option<Date> {
    Date::new(y.parse().ok()?, m, d.parse().ok()?).ok()
}

/// All full dates written in `s`, in the order they start, each with its byte offset.
pub fn dates_in(s: &str) -> Vec<(usize, Date)> {
    let mut out = Vec::new();
    if !has_year(s) {
        return out;
    }
    for c in ISO.captures_iter(s) {
        if let Some(d) = c[2].parse().ok().and_then(|m| date(&c[1], m, &c[3])) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    for c in NUMERIC_DMY.captures_iter(s) {
        // A two-digit year glued to the time of the next element ("28.09.1912:44"
        // of `<span>28.09.19</span><span>12:44</span>`) is no four-digit year.
        if glued_time(s, c.get(4).map_or(0, |m| m.end())) {
            continue;
        }
        let (a, b): (i8, i8) = match (c[1].parse(), c[3].parse()) {
            (Ok(a), Ok(b)) => (a, b),
            _ => continue,
        };
        // Day first, except a slash date whose first number cannot be a day's month partner.
        let (day, month) = if &c[2] == "/" && b > 12 && a <= 12 {
            (b, a)
        } else {
            (a, b)
        };
        if let Ok(Ok(d)) = c[4].parse().map(|y| Date::new(y, month, day)) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    // Both shapes are rare: their patterns run only on lines with their marks.
    let units = s.contains('年') || s.contains('년');
    for c in YMD_UNITS.captures_iter(if units { s } else { "" }) {
        if let Some(d) = c[2].parse().ok().and_then(|m| date(&c[1], m, &c[3])) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    for c in NUMERIC_DMY_HYPHEN.captures_iter(if hyphen_year(s) { s } else { "" }) {
        let (a, b): (i8, i8) = match (c[1].parse(), c[2].parse()) {
            (Ok(a), Ok(b)) => (a, b),
            _ => continue,
        };
        // Day first, except where the first number cannot be a day's month partner ("01-13-2020").
        let (day, month) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
        if let Ok(Ok(d)) = c[3].parse().map(|y| Date::new(y, month, day)) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    for c in NAMED_DMY.captures_iter(s) {
        if let Some(d) = month_of(&c[2]).and_then(|m| date(&c[3], m, &c[1])) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    for c in NAMED_MDY.captures_iter(s) {
        if let Some(d) = month_of(&c[1]).and_then(|m| date(&c[3], m, &c[2])) {
            out.push((c.get(1).map_or(0, |m| m.start()), d));
        }
    }
    out.sort_by_key(|&(at, _)| at);
    out
}

/// Whether `s` has four digits starting with 19 or 20: every full date
/// has, and most lines have not, so the patterns run only on those.
fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'1', b'2', b).any(|i| {
        b.len() >= i + 4
            && matches!((b[i], b[i + 1]), (b'1', b'9') | (b'2', b'0'))
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit()
    })
}

/// Whether `s` has a year (19xx, 20xx) right after a hyphen, as every
/// date of [`NUMERIC_DMY_HYPHEN`] has and ISO dates ("2021-11-19") have not.
fn hyphen_year(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'-', b).any(|i| {
        b.len() >= i + 5
            && matches!((b[i + 1], b[i + 2]), (b'1', b'9') | (b'2', b'0'))
            && b[i + 3].is_ascii_digit()
            && b[i + 4].is_ascii_digit()
    })
}

/// The first full date written in `s` that lies within `bounds`.
pub fn first_date(s: &str, bounds: Bounds) -> Option<Date> {
    dates_in(s).into_iter().map(|(_, d)| d).find(|d| bounds.contains(*d))
}

static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2})(?:$|[^\d.]|\.\s|\.$|\d{1,2}:\d{2})").expect("static regex")
});

/// Whether the four-digit year ending at byte `at` of `s` runs into a
/// colon and a digit ("05.06.2012:44"): it is a two-digit year glued to the
/// time of the next element (`<span>05.06.20</span><span>12:44</span>`);
/// a four-digit year is never followed so.
fn glued_time(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    b.get(at) == Some(&b':') && b.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// A day-first date with a two-digit year (`31.10.23`, `23.09.22`), as
/// bylines and date elements write it; the year is of this century. Read only
/// on short visible lines that are about a date, never in running text.
pub fn short_year_date(s: &str, bounds: Bounds) -> Option<Date> {
    if !s.as_bytes().iter().any(u8::is_ascii_digit) {
        return None;
    }
    SHORT_YEAR.captures_iter(s).find_map(|c| {
        let year = 2000 + c[3].parse::<i16>().ok()?;
        let d = Date::new(year, c[2].parse().ok()?, c[1].parse().ok()?).ok()?;
        bounds.contains(d).then_some(d)
    })
}

/// The date of a short visible line about a date (a byline, a date element):
/// a full date, else a two-digit-year one.
pub fn visible_date(s: &str, bounds: Bounds) -> Option<Date> {
    first_date(s, bounds).or_else(|| short_year_date(s, bounds))
}

/// Words that introduce the publish date in a byline or dateline.
const PUBLISHED_CUES: &[&str] = &[
    "published",
    "posted",
    "veröffentlicht",
    "erschienen",
    "publiziert",
    "erstellt",
    "publié",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "geplaatst",
    "submitted",
    "written",
    "gespeichert",
    "geschrieben",
    "écrit",
    "escrito",
    "scritto",
];

/// Words that introduce a date that is not the publish date.
const OTHER_CUES: &[&str] = &[
    "updated",
    "update",
    "modified",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "actualizado",
    "actualizada",
    "aggiornato",
    "atualizado",
    "bijgewerkt",
    "actualización",
    "zuletzt",
    "last edited",
    "©",
    "copyright",
    // The reader's clock and a member's profile, on forums and portals.
    "aktuelle zeit",
    "current time",
    "it is currently",
    "registriert",
    "registered",
    "joined",
    "mitglied seit",
    "member since",
    "inscrit",
];

/// A date after a publish cue in `s` ("Veröffentlicht am 3. Februar 2022"),
/// within 30 bytes of the cue.
pub fn cued_date(s: &str, bounds: Bounds) -> Option<Date> {
    if !has_year(s) {
        return None;
    }
    let lower = s.to_lowercase();
    // One pass for any cue before the per-cue search (most lines have none).
    if !cue_automaton(&PUBLISHED_AC, PUBLISHED_CUES).is_match(&lower) {
        return None;
    }
    // Lower-casing keeps byte offsets only for ASCII-lowercase-stable text; search in the lowered copy.
    for cue in PUBLISHED_CUES {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(cue) {
            let at = from + pos + cue.len();
            let end = (at + 60).min(lower.len());
            let end = (end..=lower.len())
                .find(|&e| lower.is_char_boundary(e))
                .unwrap_or(lower.len());
            let window = &lower[at..end];
            if let Some((off, d)) = dates_in(window).into_iter().find(|(_, d)| bounds.contains(*d)) {
                if off <= 30 {
                    return Some(d);
                }
            }
            from = at;
        }
    }
    None
}

/// Whether a line's date is marked as another kind than the publish date
/// ("Updated Jan 3, 2021", "© 2020").
pub fn other_cue_before(s: &str) -> bool {
    let first_digit = s.find(|c: char| c.is_ascii_digit()).unwrap_or(s.len());
    let head = s[..first_digit].to_lowercase();
    cue_automaton(&OTHER_AC, OTHER_CUES).is_match(&head)
}

/// Whether the end of a line's text so far marks what follows as another
/// kind of date than the publish date ("By Ann · Updated ", "Aktualisiert
/// am "): the words after its last digit, looked at up to 40 bytes back.
pub fn other_cue_at_end(s: &str) -> bool {
    let tail = s.rfind(|c: char| c.is_ascii_digit()).map_or(s, |i| &s[i + 1..]);
    let from = (tail.len().saturating_sub(40)..=tail.len())
        .find(|&i| tail.is_char_boundary(i))
        .unwrap_or(tail.len());
    let tail = &tail[from..];
    if tail.trim().is_empty() {
        return false;
    }
    let lower = tail.to_lowercase();
    cue_automaton(&OTHER_AC, OTHER_CUES).is_match(&lower)
}

/// The automata of the cue lists, built once: one pass over a line finds
/// whether any cue is in it, where a `contains` per cue set up a substring
/// searcher for each.
static PUBLISHED_AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
static OTHER_AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();

fn cue_automaton<'a>(
    cell: &'a std::sync::OnceLock<aho_corasick::AhoCorasick>,
    cues: &[&str],
) -> &'a aho_corasick::AhoCorasick {
    cell.get_or_init(|| aho_corasick::AhoCorasick::new(cues).expect("static patterns"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Bounds {
        Bounds {
            earliest: Date::constant(1993, 1, 1),
            latest: Date::constant(2026, 12, 5),
        }
    }

    fn d(y: i16, m: i8, day: i8) -> Option<Date> {
        Some(Date::new(y, m, day).unwrap())
    }

    #[test]
    fn dates_of_seven_languages_and_their_orders() {
        let table: &[(&str, Option<Date>)] = &[
            ("2021-11-19 10:27", d(2021, 11, 19)),
            ("2021/11/19", d(2021, 11, 19)),
            ("2021-11-19T10:27:00+01:00", d(2021, 11, 19)),
            ("Stand: 19.11.2021, 10:27 Uhr", d(2021, 11, 19)),
            ("19. 11. 2021", d(2021, 11, 19)),
            ("19/11/2021", d(2021, 11, 19)),
            ("11/19/2021", d(2021, 11, 19)),
            ("03/04/2021", d(2021, 4, 3)),
            ("Published 3. Februar 2022", d(2022, 2, 3)),
            ("13 janv. 2020", d(2020, 1, 13)),
            ("le 5 mai 2021 à 10h", d(2021, 5, 5)),
            ("1er août 2019", d(2019, 8, 1)),
            ("26 de abril de 2022 1:04 PM", d(2022, 4, 26)),
            ("12 marzo 2020", d(2020, 3, 12)),
            ("7 de março de 2021", d(2021, 3, 7)),
            ("14 maart 2019", d(2019, 3, 14)),
            ("Jan 13, 2020 at 5:04 pm ET", d(2020, 1, 13)),
            ("January 13th, 2020", d(2020, 1, 13)),
            ("Sept. 9, 2019", d(2019, 9, 9)),
            ("Mon Oct 11 14:57:21 CEST 2021", d(2021, 10, 11)),
            // C's asctime (no zone), and a date element's day, time and year spans.
            ("Thu Mar  4 09:12:00 2021", d(2021, 3, 4)),
            ("Aug 04 09:34 2021", d(2021, 8, 4)),
            ("22-Mar-2019", d(2019, 3, 22)),
            // Hyphens between the numbers, day first; month first only when
            // the second number cannot be a month.
            ("Gepubliceerd: 13-01-2020 17:04", d(2020, 1, 13)),
            ("Atualizado 5-3-2021", d(2021, 3, 5)),
            ("posted 01-13-2020", d(2020, 1, 13)),
            // Unit signs of Chinese, Japanese and Korean.
            ("发布时间：2021年3月9日 08:15", d(2021, 3, 9)),
            ("公開日 2019年 11月 2日", d(2019, 11, 2)),
            ("입력 2022년 7월 25일 오후", d(2022, 7, 25)),
            // Not dates.
            ("vor 2 Tagen", None),
            ("2020-13-45", None),
            ("0000-00-00", None),
            ("Mai 2021", None),
            ("31.02.2020", None),
            ("Version 1.12.2020a", d(2020, 12, 1)),
            ("Tel. 030 12.34.5678", None),
            ("may 5 people 2020", None),
            ("Mar 4 09:12 - 2021 season", None),
            ("Mar 4 0912 2021", None),
            ("Halbzeit 3 - 4 - 2020er Saison", None),
            ("Auftrag 1-12-2020-0042", None),
            ("Kunden-Nr. 7-45-2020", None),
            ("ISBN 978-3-12-2020-5", None),
            ("2020年度 第3四半期", None),
            ("2021년 13월 2일", None),
        ];
        for (s, want) in table {
            assert_eq!(first_date(s, bounds()), *want, "{s}");
        }
    }

    #[test]
    fn the_hyphen_pattern_runs_only_on_a_year_after_a_hyphen() {
        assert!(hyphen_year("13-01-2020"));
        assert!(hyphen_year("am 5-3-1999."));
        assert!(!hyphen_year("2021-11-19 10:27"));
        assert!(!hyphen_year("13-01-"));
        assert!(!hyphen_year("Seite 3-4, 2020"));
    }

    #[test]
    fn only_lines_with_a_year_are_read() {
        assert!(has_year("on 3. Februar 2022"));
        assert!(has_year("1999"));
        assert!(!has_year("vor 2 Tagen, 21 Uhr, 1 2 0 1"));
        assert!(!has_year("2 Mai 99"));
    }

    #[test]
    fn bounds_reject_pre_web_and_future_dates() {
        assert_eq!(first_date("12. März 1989", bounds()), None);
        assert_eq!(first_date("2030-01-01", bounds()), None);
        assert_eq!(first_date("1989-01-01, then 2001-02-03", bounds()), d(2001, 2, 3));
    }

    #[test]
    fn cued_dates_and_other_cues() {
        let b = bounds();
        assert_eq!(
            cued_date("Kommentare (3) · Veröffentlicht am 3. Februar 2022", b),
            d(2022, 2, 3)
        );
        assert_eq!(cued_date("Publié le 13 janv. 2020 à 17h", b), d(2020, 1, 13));
        assert_eq!(cued_date("Posted by Ann on Jan 13, 2020", b), d(2020, 1, 13));
        assert_eq!(cued_date("Publicado: 26/04/2022", b), d(2022, 4, 26));
        assert_eq!(cued_date("Updated Jan 13, 2020", b), None);
        assert_eq!(
            cued_date("Published in Nature, the journal. Ann wrote on 2020-01-01", b),
            None
        );
        assert!(other_cue_before("Aktualisiert am 3.2.2022"));
        assert!(other_cue_before("© 2020 Site"));
        assert!(other_cue_before("Updated: Jan 13, 2020"));
        assert!(!other_cue_before("Veröffentlicht am 3.2.2022"));
        assert!(!other_cue_before("Jan 13, 2020"));
        assert!(other_cue_before("Aktuelle Zeit: 14.10.2020, 12:18"));
        assert!(other_cue_before("It is currently Wed Oct 14, 2020 12:18 pm"));
        assert!(other_cue_before("Registriert: 18.09.2008, 05:56"));
        assert!(other_cue_before("Joined: Sep 18, 2008"));
        assert!(other_cue_before(
            "Diese Seite wurde zuletzt am 29. Januar 2020 geändert"
        ));
        assert!(!other_cue_before("Beitrag von r23 » 21.01.2009, 05:42"));
        assert_eq!(
            cued_date("Gespeichert von rasos am 24. Juli 2017 - 18:55", b),
            d(2017, 7, 24)
        );
        assert_eq!(
            cued_date("Submitted by Ann on Tue, 05/13/2019 - 10:12", b),
            d(2019, 5, 13)
        );
        assert_eq!(cued_date("Written by the editors, a team of 12 since 2001", b), None);
    }

    #[test]
    fn words_before_a_date_element_that_mark_a_change() {
        for (s, want) in [
            ("By Ann Lee Updated ", true),
            ("Publié le 3 mai 2021, mis à jour le ", true),
            ("Zuletzt aktualisiert: ", true),
            ("© ", true),
            ("By Ann Lee · ", false),
            ("Updated 3 May 2021 · Published ", false),
            ("", false),
            ("Veröffentlicht am ", false),
        ] {
            assert_eq!(other_cue_at_end(s), want, "{s}");
        }
    }

    #[test]
    fn two_digit_years_only_on_date_lines() {
        let b = bounds();
        for (s, want) in [
            ("31.10.23", d(2023, 10, 31)),
            ("Von: Björn Jahner | 31.10.23", d(2023, 10, 31)),
            ("23.09.22 - Saarland", d(2022, 9, 23)),
            ("3.2.21, 10:15 Uhr", d(2021, 2, 3)),
            // A date element and a time element joined without a space.
            ("28.09.1912:44", d(2019, 9, 28)),
            ("Von Ann Lee 03.02.219:05", d(2021, 2, 3)),
            // Not a date: an impossible month, a version, a future year, a decimal.
            ("12.34.56", None),
            ("Version 1.2.3.45", None),
            ("01.01.99", None),
            ("1,5.12.20", None),
        ] {
            assert_eq!(short_year_date(s, b), want, "{s}");
        }
        assert_eq!(visible_date("am 3. Februar 2022", b), d(2022, 2, 3));
        assert_eq!(visible_date("Stand: 19.11.21", b), d(2021, 11, 19));
        // Glued to a time, "2012:44" is the year 20 and 12:44, not 2012.
        assert_eq!(visible_date("05.06.2012:44", b), d(2020, 6, 5));
        assert_eq!(visible_date("posted 05.06.2012, 12:44", b), d(2012, 6, 5));
        assert_eq!(visible_date("05.06.2012: the day we met", b), d(2012, 6, 5));
        assert_eq!(first_date("Stand: 19.11.21", b), None);
    }
}
