//! News outlets named by where they stand rather than by a head word: an
//! article's masthead or byline line at its top, and the agency of a
//! dateline. The name is a publisher (kind `publisher`, rule
//! `org.masthead`), never a party to a deal, and it spreads to its other
//! occurrences ("told TechFrontier", "a term sheet seen by Eurowire").
//!
//! | line (at the top of the article) | outlet |
//! |---|---|
//! | "By Hannah Okafor \| The Stack Ledger \| March 10, 2026" | "The Stack Ledger" |
//! | "Analysis \| The Brussels Brief \| 23 September 2026" | "The Brussels Brief" (a section word first) |
//! | "Fieldnotes \| a newsletter about UK tech \| 4 February" | "Fieldnotes" |
//! | "Moneyline Daily, Wednesday 5 August 2026" / "AutoPulse UK 8 April 2026" | "Moneyline Daily" / "AutoPulse UK" |
//! | "Staples & Sips: a consumer-goods newsletter" | "Staples & Sips" |
//! | "By Nadia Farouk, TechFrontier" | "TechFrontier" |
//! | "Financial Chronicle Bureau" with "New Delhi, June 12, 2026" on the next line | "Financial Chronicle Bureau" |
//! | "NEW DELHI, June 9 (PWI) The government…" (a dateline) | "PWI" |
//! | "Consultancy Week" / "ROBOT REPORT DAILY" alone on the first line, a headline under it | "Consultancy Week" / "ROBOT REPORT DAILY" (a publication's last word) |
//! | "BAY STREET MORNING BRIEF — Wednesday, January 14, 2026", "Isar Capital Letter — Interview, 9 July 2026" | the name before the dash (a publication's last word) |
//! | "THE KESTREL VALLEY ECHO" / "PORTSIDE TRADE TODAY -- 4 May 2026" in capitals on the first line, a headline under it | the name (any last word: capitals say masthead) |
//!
//! | counter-example | why |
//! |---|---|
//! | "By Oliver Pryce, City Correspondent" | a role, not an outlet |
//! | "Posted 4 August 2026", "Tuesday, November 3, 2026" | no name before the date |
//! | "Kinetiq's layoffs are bigger than announced" | a headline: lower-case words |
//! | "Consultancy Week" alone, no line under it | no evidence |
//! | "Annual Report" / "Fashion Week" alone on the first line | a document's or an event's name |
//! | "Veltrona Bio" with "Munich, July 6, 2026" under it (a press release) | no publication's last word: the issuer, never a publisher |
//! | "Acme Robotics — Press release, 9 July 2026" | the same |
//! | "London, 5 August 2026" | a place |
//! | "PRESS RELEASE", "ORLA MINING LIMITED", "NVIDIA BEATS AGAIN" over a sentence | a label, a company's legal form, a headline over its story |
//! | "Shares rose (see chart) on Monday" | no dateline before the bracket |

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::{EntityKind, EntityRef, mention};
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType};
use crate::text::Document;

/// Lines of the top of the article read for a masthead or byline.
const TOP_LINES: usize = 8;

/// Words of a description that says the name before it is a publication.
const PUBLICATION_WORDS: &[&str] = &[
    "blog",
    "bulletin",
    "digest",
    "edition",
    "journal",
    "magazine",
    "newsletter",
    "newspaper",
    "podcast",
];

/// Last words of a publication's name: a name alone on the first line, or
/// before a dateline or a dash and a date, is an outlet only with one of
/// them ("Consultancy Week", "Financial Chronicle Desk", "ROBOT REPORT
/// DAILY"). A press release's issuer at its top ("Veltrona Bio" over
/// "Munich, July 6, 2026") has none and stays a company.
const PUBLICATION_HEADS: &[&str] = &[
    "blog",
    "brief",
    "briefing",
    "bulletin",
    "bureau",
    "chronicle",
    // A market wrap's column: "EUROPE CLOSE", "Gulf Markets Wrap".
    "close",
    "courier",
    "daily",
    "desk",
    "digest",
    "dispatch",
    "gazette",
    "herald",
    "insider",
    "journal",
    "ledger",
    "letter",
    "magazine",
    "monitor",
    "newsletter",
    "newswire",
    "notes",
    "post",
    "report",
    "review",
    "times",
    "tribune",
    "week",
    "weekly",
    "wire",
    "wrap",
];

/// Words before a publication's last word that make a document or an
/// event, not an outlet ("Annual Report", "Fashion Week", "Market Report").
const NOT_PUBLICATION_WORDS: &[&str] = &[
    "Annual",
    "Climate",
    "Design",
    "Earnings",
    "Fashion",
    "Final",
    "Holy",
    "Interim",
    "Market",
    "Quarterly",
    "Research",
    "Results",
    "Special",
    "Strategic",
];

/// Whether `name`'s last word is a publication's ("Consultancy Week", "ROBOT REPORT DAILY").
fn publication_head(name: &str) -> bool {
    let mut words = name.split(' ').filter(|w| !w.is_empty());
    let Some(last) = words.next_back() else {
        return false;
    };
    let modifiers: Vec<&str> = words.collect();
    !modifiers.is_empty()
        && PUBLICATION_HEADS.contains(&last.to_lowercase().as_str())
        && !modifiers
            .iter()
            .any(|w| NOT_PUBLICATION_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w)))
}

/// First words of a segment that make it a section, a label or a role, not an outlet.
const NOT_OUTLET_WORDS: &[&str] = &[
    "Analysis",
    "Breaking",
    "Business",
    "By",
    "Columnist",
    "Comment",
    "Correspondent",
    "Editor",
    "Exclusive",
    "Explainer",
    "Feature",
    "Interview",
    "Investigation",
    "Live",
    "Markets",
    "News",
    "Opinion",
    "Posted",
    "Press",
    "Profile",
    "Published",
    "Reporter",
    "Staff",
    "UPDATE",
    "Update",
    "Updated",
    "Writer",
];

/// Role words that end a byline's second part ("City Correspondent", "Markets Editor").
const ROLE_WORDS: &[&str] = &[
    "Columnist",
    "Correspondent",
    "Editor",
    "Reporter",
    "Writer",
    "correspondent",
    "editor",
    "reporter",
    "writer",
];

/// Words that make a line's name a label of a release, not an outlet
/// ("Recall Notice", "FOR IMMEDIATE RELEASE", "Press Statement").
const LABEL_WORDS: &[&str] = &["alert", "announcement", "date", "notice", "release", "statement"];

/// Function words written in capitals, which a label has and a masthead's name does not ("FOR IMMEDIATE RELEASE").
const CAPITAL_FUNCTION_WORDS: &[&str] = &["AND", "FOR", "IN", "NOT", "OF", "THE", "TO"];

/// Whether a word in capitals is a label's or a section's, not a name's
/// ("FOR", "RELEASE", "UPDATE", "BREAKING").
pub(crate) fn is_label_word(w: &str) -> bool {
    CAPITAL_FUNCTION_WORDS.contains(&w)
        || LABEL_WORDS.contains(&w.to_lowercase().as_str())
        || NOT_OUTLET_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Whether `s` is a date alone: weekdays, month names, day numbers, years
/// ("Wednesday 5 August 2026", "Sept. 24, 2026", "20 May 2026").
fn is_date(s: &str) -> bool {
    let mut month = false;
    let mut words = 0;
    for w in s.split([' ', ',']).filter(|w| !w.is_empty()) {
        words += 1;
        let w = w.trim_end_matches('.');
        if w.chars().all(|c| c.is_ascii_digit()) && (1..=4).contains(&w.len()) {
            continue;
        }
        // The word's own tests first: most words fail them without the list.
        let calendar = w.len() >= 3
            && w.starts_with(char::is_uppercase)
            && super::rules::CALENDAR.iter().any(|c| c.starts_with(w));
        if !calendar {
            return false;
        }
        month = true;
    }
    month && words >= 1
}

/// A date at the end of `s`: returns what stands before it ("AutoPulse UK 8 April 2026" → "AutoPulse UK").
fn before_trailing_date(s: &str) -> Option<&str> {
    // Each word start from the left: the longest date suffix.
    let starts = std::iter::once(0).chain(s.match_indices(' ').map(|(i, _)| i + 1));
    for at in starts {
        if at > 0 && is_date(&s[at..]) {
            return Some(s[..at].trim_end_matches([' ', ',', '—', '–']));
        }
    }
    None
}

/// Whether `s` can be an outlet's name: one to five capitalized words
/// ("&", "of", "the" between them), no digits, no place, no section word.
fn outlet_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    if NOT_OUTLET_WORDS.contains(&words[0]) || ROLE_WORDS.iter().any(|r| words.contains(r)) {
        return false;
    }
    if words.len() == 1 && (super::context::not_org(words[0]) || words[0].len() < 3) {
        return false;
    }
    let label = words
        .iter()
        .any(|w| CAPITAL_FUNCTION_WORDS.contains(w) || LABEL_WORDS.contains(&w.to_lowercase().trim_end_matches(':')));
    if label {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let inner =
            i > 0 && i + 1 < words.len() && (matches!(*w, "&" | "of" | "the" | "and") || NAME_PARTICLES.contains(w));
        inner
            || (w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "&.-'’".contains(c))
                && !super::rules::CALENDAR.contains(w))
    })
}

/// Lower-case words inside an outlet's name in other languages ("Brasil
/// Economia em Inglês", "Diário do Comércio", "Zeitung für Technik").
const NAME_PARTICLES: &[&str] = &[
    "da", "das", "de", "del", "des", "di", "do", "dos", "du", "e", "em", "et", "für", "und", "y",
];

/// A segment of a masthead line without the section after its dash: "Court
/// Dispatch Weekly - Insolvency" is "Court Dispatch Weekly"; one to three words after it.
fn without_section(s: &str) -> &str {
    for sep in [" - ", " — ", " – "] {
        if let Some((name, section)) = s.split_once(sep)
            && (1..=3).contains(&section.split(' ').count())
            && section.starts_with(char::is_uppercase)
            && !is_date(section)
        {
            return name.trim();
        }
    }
    s
}

/// A first line "Outlet | Section" with no date: "Harbour Signals | Trade
/// analysis", "KERB & CURB | Canada". Two segments, the name of two words or
/// more that ends in no company's head word or legal form, the section one
/// to three words opening with a capital, no digit.
fn sectioned_masthead<'a>(segments: &[&'a str]) -> Option<&'a str> {
    let [name, section] = segments else { return None };
    let words = name.split(' ').count();
    let last = name.rsplit(' ').next().unwrap_or("");
    let title = {
        let mut c = last.chars();
        c.next()
            .map_or(String::new(), |f| f.to_string() + &c.as_str().to_lowercase())
    };
    let company = super::gazetteer::GAZETTEER.is_legal_form(last)
        || super::gazetteer::GAZETTEER.is_legal_form(&title)
        || super::rules::is_head_word(&title) && !publication_head(&format!("x {title}"));
    let section_ok = (1..=3).contains(&section.split(' ').count())
        && section.starts_with(char::is_uppercase)
        && !section.contains(|c: char| c.is_ascii_digit());
    (words >= 2 && !company && section_ok && !NOT_OUTLET_WORDS.contains(name) && outlet_name(name)).then_some(*name)
}

/// Whether a segment describes a publication ("a consumer-goods newsletter", "Spirits trade blog").
fn describes_publication(s: &str) -> bool {
    s.split([' ', '-'])
        .any(|w| PUBLICATION_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A name with a bracketed note that calls it a publication, up to three
/// words: "Harbour Notes (blog) — Monday, 4 May 2026", "Posted May 2 by
/// Ana Ruiz | The Birch Ticker (blog)", "Nordhavn Business Review (English
/// edition)". The name runs from the line's start or the last separator
/// before the bracket. Not "Shares rose (see chart)" nor a company's
/// "(newsletter sign-up link below)" (no publication word, too long).
fn noted_publication(line: &str) -> Option<&str> {
    let open = line.find(" (")?;
    let note = &line[open + 2..open + 2 + line[open + 2..].find(')')?];
    if note.split(' ').count() > 3 || !describes_publication(note) {
        return None;
    }
    let head = &line[..open];
    let from = [" | ", " — ", " – ", " - ", ", "]
        .iter()
        .filter_map(|sep| head.rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    let name = head[from..].trim();
    outlet_name(name).then_some(name)
}

/// The outlet of one line at the top of the article, as a range of the
/// line; `first_with_next`: the article's first line, another line under it.
fn outlet_of_line(line: &str, next_date: NextLine, first_with_next: bool) -> Option<Range<usize>> {
    let at = |part: &str| part.as_ptr() as usize - line.as_ptr() as usize;
    let trimmed = line.trim();
    if let Some(name) = noted_publication(trimmed) {
        return Some(at(name)..at(name) + name.len());
    }
    // "By Jane Doe, Outlet" / "By Jane Doe | Outlet | date".
    if let Some(rest) = trimmed.strip_prefix("By ")
        && !trimmed.contains(" | ")
    {
        let (_, outlet) = rest.split_once(", ")?;
        let outlet = before_trailing_date(outlet).unwrap_or(outlet).trim();
        return outlet_name(outlet).then(|| at(outlet)..at(outlet) + outlet.len());
    }
    if trimmed.contains(" | ") {
        let segments: Vec<&str> = trimmed.split(" | ").map(str::trim).collect();
        let evidence = segments
            .iter()
            .any(|s| is_date(s) || describes_publication(s) || before_trailing_date(s).is_some());
        if !evidence {
            let name = sectioned_masthead(&segments).filter(|_| first_with_next)?;
            return Some(at(name)..at(name) + name.len());
        }
        let outlet = segments
            .iter()
            .map(|s| without_section(s))
            .find(|s| !s.starts_with("By ") && !NOT_OUTLET_WORDS.contains(s) && !is_date(s))?;
        return outlet_name(outlet).then(|| at(outlet)..at(outlet) + outlet.len());
    }
    // "Outlet, Wednesday 5 August 2026", "Outlet 8 April 2026": two words or
    // more, not opening with a place ("Bengaluru, October 15, 2026" is a dateline).
    if let Some(name) = before_trailing_date(trimmed) {
        let first = name.split(' ').next().unwrap_or("");
        // A place of two words is a dateline ("Hong Kong, 3 May 2026"); an
        // outlet may open with its city ("Halden Evening Post, 3 May 2026").
        let words = name.split(' ').count();
        let named = words >= 2 && !super::context::not_org(name) && (words >= 3 || !super::context::not_org(first));
        if named && outlet_name(name) {
            return Some(at(name)..at(name) + name.len());
        }
    }
    // "Outlet: a consumer-goods newsletter", "Outlet — the investing blog".
    for sep in [": ", " — ", " – ", " - "] {
        if let Some((name, desc)) = trimmed.split_once(sep)
            && desc.starts_with(char::is_lowercase)
            && describes_publication(desc)
        {
            return outlet_name(name).then(|| at(name)..at(name) + name.len());
        }
    }
    // "BAY STREET MORNING BRIEF — Wednesday, January 14, 2026", "Isar
    // Capital Letter — Interview, 9 July 2026": a publication, a dash, a
    // date with at most one word before it.
    for sep in [" — ", " – ", " - ", " -- "] {
        if let Some((name, rest)) = trimmed.split_once(sep) {
            let dated = is_date(rest) || before_trailing_date(rest).is_some_and(|w| !w.contains(' '));
            if dated && publication_head(name) && outlet_name(name) {
                return Some(at(name)..at(name) + name.len());
            }
        }
    }
    // A publication's name alone on its line, with a date line after it or
    // a headline under it at the top.
    // Alone with a headline under it, up to four words: a title-case
    // headline ("Tesla Stock Surges After Strong Report") is longer.
    let short = trimmed.split(' ').filter(|w| !w.is_empty()).count() <= 4;
    // A date line with no place under the name ("AutoPulse UK" over "8 April
    // 2026") is a masthead's; a place and a date ("Munich, July 6, 2026") may
    // be a press release's dateline under its issuer: then only a
    // publication's name counts.
    let named = match next_date {
        NextLine::Date => true,
        NextLine::PlaceAndDate => publication_head(trimmed),
        NextLine::Other => first_with_next && short && publication_head(trimmed),
    };
    (named && outlet_name(trimmed)).then(|| at(trimmed)..at(trimmed) + trimmed.len())
}

/// Separators after a masthead's name on its line ("INSOLVENCY TODAY --
/// 3 March 2026", "HARBOUR LEDGER | Markets").
const MASTHEAD_SEPARATORS: &[&str] = &[" | ", " -- ", " — ", " – ", " ("];

/// An outlet's name in capitals on the article's first line, a line in
/// mixed case under it that is no sentence (a headline, a byline, a date):
/// "THE KESTREL VALLEY ECHO", "PORTSIDE TRADE TODAY -- 4 May 2026",
/// "RAILWAY FINANCE REVIEW | Leasing". Not a label ("FOR IMMEDIATE
/// RELEASE", "BREAKING", "UPDATE 2"), a company with its legal form or
/// company head word ("ORLA MINING LIMITED", "TAVIRA HOLDINGS"), a place
/// ("LONDON"), nor a headline in capitals over its story (the line under it
/// is a sentence).
fn capital_masthead(line: &str, next: &str) -> Option<Range<usize>> {
    let trimmed = line.trim();
    let name = MASTHEAD_SEPARATORS
        .iter()
        .filter_map(|sep| trimmed.find(sep))
        .min()
        .map_or(trimmed, |i| &trimmed[..i])
        .trim();
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let own = words.strip_prefix(&["THE"]).unwrap_or(&words);
    let capital =
        |w: &&str| w.chars().any(char::is_alphabetic) && w.chars().all(|c| c.is_uppercase() || "&-'’.".contains(c));
    let title = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map_or(String::new(), |f| f.to_string() + &c.as_str().to_lowercase())
    };
    let label = own.iter().any(|w| {
        CAPITAL_FUNCTION_WORDS.contains(w)
            || LABEL_WORDS.contains(&w.to_lowercase().as_str())
            || NOT_OUTLET_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
    });
    let last = title(own.last()?);
    let company = super::gazetteer::GAZETTEER.is_legal_form(&last)
        || super::gazetteer::GAZETTEER.is_legal_form(own.last()?)
        || super::rules::is_head_word(&last) && !publication_head(&format!("x {last}"));
    let place = own.len() == 1 && super::context::not_org(&last);
    let next = next.trim();
    let sentence =
        next.ends_with('.') || next.len() > 120 || next.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let letters = own
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).count())
        .sum::<usize>();
    let ok = (1..=4).contains(&own.len())
        && own.iter().all(capital)
        && letters >= 5
        && !label
        && !company
        && !place
        && !sentence;
    let at = name.as_ptr() as usize - line.as_ptr() as usize;
    ok.then(|| at..at + name.len())
}

/// What the line under a candidate masthead is.
#[derive(Clone, Copy, PartialEq)]
enum NextLine {
    /// A date alone ("8 April 2026").
    Date,
    /// A place and a date ("New Delhi, June 12, 2026").
    PlaceAndDate,
    Other,
}

fn date_line(line: &str) -> NextLine {
    let t = line.trim();
    if is_date(t) {
        NextLine::Date
    } else if t.split_once(", ").is_some_and(|(_, d)| is_date(d)) {
        NextLine::PlaceAndDate
    } else {
        NextLine::Other
    }
}

/// Outlets of the top lines and of datelines, as `org.masthead` publisher mentions.
/// "told the Courier", "told the Valley Business Journal": someone speaks to
/// a publication, named by up to four capitalized words ending in one of the
/// [`PUBLICATION_HEADS`] (`org.told_outlet`); not "told the Senate Banking
/// Committee", "told Reuters" (a catalogue outlet, found already). The
/// other ways a story says whom someone spoke to count the same:
/// "speaking to the Harbour Courier", "in an interview with Metro Weekly",
/// "when contacted by The Ledger Report".
const TOLD_CUES: &[&str] = &[" told ", " speaking to ", " in an interview with ", " contacted by "];

fn told_outlets(text: &str, found: &[Mention], out: &mut Vec<Mention>) {
    let starts = TOLD_CUES
        .iter()
        .flat_map(|cue| memchr::memmem::find_iter(text.as_bytes(), cue.as_bytes()).map(|at| at + cue.len()));
    for mut start in starts {
        if let Some(p) = ["the ", "The "].iter().find(|p| text[start..].starts_with(**p)) {
            start += p.len();
        }
        let rest = text[start..].split(['\n', '\t']).next().unwrap_or("");
        let (mut end, mut last) = (start, "");
        for w in rest.split(' ').take(4) {
            let core = w.trim_end_matches([',', '.', ':', ';', '"', '”', '\'', '’']);
            let core = core
                .strip_suffix("'s")
                .or_else(|| core.strip_suffix("’s"))
                .unwrap_or(core);
            let shaped = core.starts_with(char::is_uppercase)
                && core.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&');
            if !shaped {
                break;
            }
            end = start + (w.as_ptr() as usize - rest.as_ptr() as usize) + core.len();
            last = core;
            if core.len() < w.len() {
                break;
            }
        }
        let span = start..end;
        // "the Annual Report team" is a document's, not an outlet.
        let head = PUBLICATION_HEADS.iter().any(|h| h.eq_ignore_ascii_case(last))
            && (!text[span.clone()].contains(' ') || publication_head(&text[span.clone()]));
        if head && !span.is_empty() && super::overlapping(found, &span).next().is_none() {
            let value = EntityRef::named(&text[span.clone()], EntityKind::Publisher, 0.7);
            out.push(mention(MentionType::Org, span, value, Rule::OrgToldOutlet));
        }
    }
}

pub fn extract(doc: &Document, found: &[Mention]) -> Vec<Mention> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?m)^(?:[A-Z][A-Z.'/ -]*[A-Z]\.?(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?|[A-Z][a-z]{2,8}\.? \d{1,2})(?: |--)\(([A-Z][A-Za-z0-9&.' -]{1,40})\)",
        )
        .unwrap()
    });
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let push = |span: Range<usize>, out: &mut Vec<Mention>| {
        if span.is_empty() || super::overlapping(found, &span).next().is_some() {
            return;
        }
        let value = EntityRef::named(&text[span.clone()], EntityKind::Publisher, 0.7);
        out.push(mention(MentionType::Org, span, value, Rule::OrgMasthead));
    };
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0usize, |pos, l| {
            let at = *pos;
            *pos += l.len();
            Some((at, l.trim_end_matches(['\n', '\r'])))
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .take(TOP_LINES)
        .collect();
    // The date line under an outlet's name is its dateline ("New Delhi, June 12, 2026"), no outlet.
    let mut under_outlet = false;
    for (k, &(at, line)) in lines.iter().enumerate() {
        if line.len() > 120 || std::mem::take(&mut under_outlet) {
            continue;
        }
        let next_date = lines.get(k + 1).map_or(NextLine::Other, |(_, l)| date_line(l));
        let first_with_next = k == 0 && lines.len() > 1;
        if let Some(r) = outlet_of_line(line, next_date, first_with_next) {
            under_outlet = next_date != NextLine::Other;
            push(at + r.start..at + r.end, &mut out);
        } else if let (0, Some(&(_, next))) = (k, lines.get(1))
            && let Some(r) = capital_masthead(line, next)
        {
            push(at + r.start..at + r.end, &mut out);
        }
    }
    // Datelines: only the start of a paragraph, within the first lines.
    let top_end = lines.last().map_or(0, |&(at, l)| at + l.len());
    for c in DATELINE.captures_iter(&text[..top_end]) {
        let name = c.get(1).unwrap();
        let inner = name.as_str().trim();
        if outlet_name(inner) || inner.chars().all(|ch| ch.is_ascii_uppercase()) && inner.len() >= 2 {
            push(name.start()..name.start() + inner.len(), &mut out);
        }
    }
    told_outlets(text, found, &mut out);
    out.sort_by_key(|m| m.span.start);
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::orgs::mentions_with_ids;
    use crate::extract::rule::Rule;

    fn outlets(text: &str) -> Vec<String> {
        mentions_with_ids(text)
            .into_iter()
            .filter(|(_, _, rule, _)| *rule == Rule::OrgMasthead)
            .map(|(t, _, _, _)| t)
            .collect()
    }

    const BODY: &str = "\n\nShares of the company rose on Monday after it said sales grew.\n";

    #[test]
    fn mastheads_bylines_and_datelines_name_outlets() {
        assert_eq!(
            outlets(&format!(
                "Headline here\nBy Hannah Okafor | The Stack Pages | March 10, 2026{BODY}"
            )),
            ["The Stack Pages"]
        );
        assert_eq!(
            outlets(&format!("Analysis | The Brussels Brief | 23 September 2026{BODY}")),
            ["The Brussels Brief"]
        );
        assert_eq!(
            outlets(&format!(
                "Fieldnotes | a newsletter about UK tech | 4 February 2026{BODY}"
            )),
            ["Fieldnotes"]
        );
        assert_eq!(
            outlets(&format!("Moneyline Daily, Wednesday 5 August 2026{BODY}")),
            ["Moneyline Daily"]
        );
        assert_eq!(outlets(&format!("AutoPulse UK 8 April 2026{BODY}")), ["AutoPulse UK"]);
        assert_eq!(
            outlets(&format!("Staples & Sips: a consumer-goods newsletter{BODY}")),
            ["Staples & Sips"]
        );
        // A publication's name alone on the first line, a headline under it.
        assert_eq!(outlets(&format!("Consultancy Week{BODY}")), ["Consultancy Week"]);
        assert_eq!(
            outlets(&format!(
                "ROBOT REPORT DAILY\n\nLayoffs are bigger than announced{BODY}"
            )),
            ["ROBOT REPORT DAILY"]
        );
        assert_eq!(
            outlets(&format!("BAY STREET MORNING BRIEF — Wednesday, January 14, 2026{BODY}")),
            ["BAY STREET MORNING BRIEF"]
        );
        assert_eq!(
            outlets(&format!(
                "A headline\n\nIsar Capital Letter — Interview, 9 July 2026{BODY}"
            )),
            ["Isar Capital Letter"]
        );
        assert_eq!(
            outlets(&format!(
                "Deal is about costs\n\nBaltic & North Sea Freight Weekly | 11 March 2026 | by Henrik Aalto{BODY}"
            )),
            ["Baltic & North Sea Freight Weekly"]
        );
        // A press release's issuer is no publisher; a desk over a dateline is.
        assert_eq!(
            outlets(&format!("Harbour Daily\nSydney, June 2, 2026{BODY}")),
            ["Harbour Daily"]
        );
        assert_eq!(
            outlets(&format!(
                "Big news\n\nBy Nadia Farouk, TechFrontier\nAugust 18, 2026{BODY}"
            )),
            ["TechFrontier"]
        );
        assert_eq!(
            outlets(&format!(
                "Big news\n\nFinancial Chronicle Desk\nNew Delhi, June 12, 2026{BODY}"
            )),
            ["Financial Chronicle Desk"]
        );
        assert_eq!(
            outlets("Coal sale set\n\nNEW DELHI, June 9 (PWI) The government will sell shares on Monday.\n"),
            ["PWI"]
        );
        // The dateline's agency spreads to its other occurrences.
        let got = mentions_with_ids(
            "Block trade\n\nFRANKFURT/SINGAPORE, May 18 (Eurowire) - Marrick sold shares, according to a term sheet seen by Eurowire.\n",
        );
        assert_eq!(got.iter().filter(|(t, _, _, _)| t == "Eurowire").count(), 2, "{got:?}");
        assert_eq!(
            outlets("Cola results\n\nDETROIT (Associated Business Press) - Toyota recalled cars.\n"),
            ["Associated Business Press"]
        );
        // A bracketed note that calls the name a publication.
        assert_eq!(
            outlets(&format!("Harbour Notes (blog) — Monday, May 4, 2026{BODY}")),
            ["Harbour Notes"]
        );
        assert_eq!(
            outlets(&format!(
                "Stock rally fades\n\nPosted May 4, 2026 by Ana Ruiz | Sierra Ticker (blog){BODY}"
            )),
            ["Sierra Ticker"]
        );
        assert_eq!(
            outlets(&format!(
                "Oslo Market Review (English edition)\nMonday 4 May 2026{BODY}"
            )),
            ["Oslo Market Review"]
        );
    }

    #[test]
    fn sections_particles_and_wire_datelines_name_outlets() {
        // A first line "Outlet | Section" with no date; a section after a
        // dash; a section word before the outlet; particles inside a name;
        // a release's "--(WIRE)--" dateline.
        for (text, outlet) in [
            (format!("Harbour Signals | Trade analysis{BODY}"), "Harbour Signals"),
            (format!("KERB & CURB | Canada{BODY}"), "KERB & CURB"),
            (
                format!("Court Dispatch Weekly - Insolvency | 4 March 2026{BODY}"),
                "Court Dispatch Weekly",
            ),
            (
                format!("3 March 2026 | Explainer | The Careful Saver{BODY}"),
                "The Careful Saver",
            ),
            (
                format!("By Ana Souza | Jornal do Porto | 5 May 2026{BODY}"),
                "Jornal do Porto",
            ),
            (format!("EUROPE CLOSE -- Friday, May 8, 2026{BODY}"), "EUROPE CLOSE"),
            (
                format!("Gulf Equities Wrap — 12 March 2026{BODY}"),
                "Gulf Equities Wrap",
            ),
            (
                "DAYTON--(NEWSLINK)--May 4, 2026--Quarrel Tools said sales rose.\n".to_string(),
                "NEWSLINK",
            ),
        ] {
            assert_eq!(outlets(&text), [outlet], "{text:?}");
        }
        // Counter-examples: a company's page title, a section alone, a line
        // that is not the first, three segments with no date.
        for text in [
            format!("Halden Foods | Investor News{BODY}"),
            format!("Acme Robotics Inc. | Careers{BODY}"),
            format!("Opinion | Markets{BODY}"),
            format!("Market Close -- Friday, May 8, 2026{BODY}"),
            format!("Headline over it\nHarbour Signals | Trade analysis{BODY}"),
            format!("Harbour Signals | Trade analysis | Canada{BODY}"),
        ] {
            assert!(outlets(&text).is_empty(), "{text:?}: {:?}", outlets(&text));
        }
    }

    #[test]
    fn roles_dates_headlines_places_and_plain_brackets_are_no_outlets() {
        assert!(
            outlets(&format!(
                "Big news\nBy Oliver Pryce, City Correspondent\n5 October 2026{BODY}"
            ))
            .is_empty()
        );
        assert!(outlets(&format!("Posted 4 August 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Tuesday, November 3, 2026{BODY}")).is_empty());
        assert!(
            outlets(&format!(
                "Kinetiq's layoffs are bigger than announced, sources say{BODY}"
            ))
            .is_empty()
        );
        assert!(outlets("Consultancy Week\n").is_empty());
        assert!(outlets(&format!("Annual Report{BODY}")).is_empty());
        assert!(outlets(&format!("London Fashion Week{BODY}")).is_empty());
        // A press release's issuer over its dateline is no publisher.
        assert!(outlets(&format!("Veltrona Bio\nMunich, July 6, 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Acme Robotics — Press release, 9 July 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Harwick Systems\nBOSTON, March 3, 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Tesla Stock Surges After Strong Report{BODY}")).is_empty());
        assert!(outlets(&format!("London, 5 August 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Results for the quarter\nBengaluru, October 15, 2026{BODY}")).is_empty());
        assert!(outlets(&format!("FOR IMMEDIATE RELEASE\n17 November 2026{BODY}")).is_empty());
        assert!(outlets(&format!("Recall Notice | Recall Date: July 16, 2026{BODY}")).is_empty());
        // The dateline under a masthead is no second outlet.
        assert_eq!(
            outlets(&format!(
                "Big news\n\nFinancial Chronicle Desk\nNew Delhi, June 12, 2026{BODY}"
            )),
            ["Financial Chronicle Desk"]
        );
        assert!(outlets("Shares rose (see chart) on Monday.\nIt said (Acme) would sell.\n").is_empty());
        assert!(outlets(&format!("Acme Robotics (newsletter sign-up link below){BODY}")).is_empty());
        assert!(outlets(&format!("Big news\nBy Jane Roe (blog editor){BODY}")).is_empty());
    }

    #[test]
    fn a_publication_spoken_to_is_an_outlet() {
        let told = |text: &str| -> Vec<String> {
            mentions_with_ids(text)
                .into_iter()
                .filter(|(_, _, rule, _)| *rule == Rule::OrgToldOutlet)
                .map(|(t, _, _, _)| t)
                .collect()
        };
        assert_eq!(
            told("The chief executive told the Valley Courier that sales rose."),
            ["Valley Courier"]
        );
        assert_eq!(
            told("\"We will pay,\" Orvane's finance chief told the Journal."),
            ["Journal"]
        );
        assert_eq!(
            told("The mayor, speaking to the Harbour Courier, said the plant would reopen."),
            ["Harbour Courier"]
        );
        assert_eq!(
            told("She said in an interview with Metro Weekly that prices would fall."),
            ["Metro Weekly"]
        );
        assert_eq!(
            told("The insurer did not respond when contacted by The Ledger Report on Friday."),
            ["Ledger Report"]
        );
        // Counter-examples: a body spoken to, a person.
        assert!(told("She told the Senate Banking Committee on Monday that rates would rise.").is_empty());
        assert!(told("Speaking to the Finance Committee, he defended the budget.").is_empty());
        assert!(told("In an interview with Jane Doe, the founder said little.").is_empty());
        assert!(told("He was contacted by the Annual Report team.").is_empty());
        assert!(told("He told Jane Post that the deal was off.").len() <= 1);
        assert!(told("He told reporters the plant would close.").is_empty());
    }
}
