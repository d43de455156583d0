//! Boilerplate regions inside the stored text: event banners, affiliate
//! disclosures, subscription prompts, ad labels and social prompts that
//! survive main-text extraction (or come in plain-text inputs). They are
//! marked, not dropped: offsets stay valid, mentions inside them are flagged
//! `boilerplate`, and claims and reconciliation ignore them.
//!
//! The stored text has one block per line; a region is whole lines. Lines are
//! found by literal phrases (one Aho-Corasick automaton, ASCII
//! case-insensitive), then checked locally: a line longer than
//! [`MAX_LINE_CHARS`] is prose that only mentions the phrase.
//!
//! | rule | kind | example line(s) |
//! |---|---|---|
//! | `boilerplate.affiliate` | `affiliate_disclosure` | `If you buy through links in our articles, we may earn a small commission.` |
//! | `boilerplate.subscription` | `subscription_prompt` | `Sign up for our newsletter to get the week's deals.` / `Already a subscriber? Log in` |
//! | `boilerplate.ad_label` | `advertisement` | `Advertisement` / `Story continues below advertisement` |
//! | `boilerplate.social` | `social_prompt` | `Follow us on Twitter and Facebook` |
//! | `boilerplate.image_credit` | `image_credit` | `Cover image \| TechCrunch` (short lines only) |
//! | `boilerplate.event` | `event_promo` | `tech crunch event` / `San Francisco, California` / `\|` / `October 13-15, 2026` |
//! | `boilerplate.event` | `event_promo` | `TechWire Sessions: Climate` / `Boston, MA` / `\|` / `June 4, 2026` |
//!
//! An event promo is a short line that ends in "event" (or names "Disrupt",
//! "register now", "get your tickets"), plus up to [`MAX_EVENT_LINES`] short
//! lines after it that end without sentence punctuation (place, separator,
//! dates); at least one of them must hold a digit or a `|`. A line that is
//! only `|` also opens a banner: up to two short lines before it and two
//! after, with a digit after it.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use serde::{Deserialize, Serialize};

/// What a boilerplate region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// A conference or event banner ("tech crunch event / San Francisco / October 13-15, 2026").
    EventPromo,
    /// "If you buy through links in our articles, we may earn a commission."
    AffiliateDisclosure,
    /// Newsletter sign-ups, paywall and subscription prompts.
    SubscriptionPrompt,
    /// Ad labels ("Advertisement").
    Advertisement,
    /// "Follow us on ...", "Share this article".
    SocialPrompt,
    /// Picture credits ("Cover image | TechCrunch", "Image credit: ...").
    ImageCredit,
}

/// A boilerplate region: chars `start..end` of the stored text (end exclusive, the line's end without its newline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
    pub kind: BoilerplateKind,
    /// The rule that found it, e.g. `boilerplate.event`.
    pub rule: &'static str,
}

/// Lines longer than this are prose, whatever phrase they contain.
pub const MAX_LINE_CHARS: usize = 300;
/// Short lines an event banner may span after its first line.
pub const MAX_EVENT_LINES: usize = 5;
/// An event banner's lines are at most this long.
const MAX_EVENT_LINE_CHARS: usize = 60;

/// What a phrase says about its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Line(BoilerplateKind, &'static str),
    /// The line must also be short (a credit, not a sentence about credits).
    Short(BoilerplateKind, &'static str),
    /// The whole (short) line must be the label, give or take punctuation.
    Label(BoilerplateKind, &'static str),
    /// A possible first line of an event banner.
    Event,
    /// A line that is only `|`: the separator of a banner's place and date.
    Separator,
}

const PHRASES: &[(&str, Cue)] = &[
    (
        "if you buy through links",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "if you buy something through",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "when you buy through links",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "we may earn a commission",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "we may earn a small commission",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "may earn an affiliate commission",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "contains affiliate links",
        Cue::Line(BoilerplateKind::AffiliateDisclosure, "boilerplate.affiliate"),
    ),
    (
        "sign up for our newsletter",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "subscribe to our newsletter",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "sign up for the newsletter",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "already a subscriber",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "become a subscriber",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "subscribe now",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "subscribe to continue reading",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "start your free trial",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "support our journalism",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "get unlimited access",
        Cue::Line(BoilerplateKind::SubscriptionPrompt, "boilerplate.subscription"),
    ),
    (
        "advertisement",
        Cue::Label(BoilerplateKind::Advertisement, "boilerplate.ad_label"),
    ),
    (
        "story continues below advertisement",
        Cue::Label(BoilerplateKind::Advertisement, "boilerplate.ad_label"),
    ),
    (
        "sponsored content",
        Cue::Label(BoilerplateKind::Advertisement, "boilerplate.ad_label"),
    ),
    (
        "scroll to continue with content",
        Cue::Label(BoilerplateKind::Advertisement, "boilerplate.ad_label"),
    ),
    (
        "follow us on",
        Cue::Line(BoilerplateKind::SocialPrompt, "boilerplate.social"),
    ),
    (
        "share this article",
        Cue::Label(BoilerplateKind::SocialPrompt, "boilerplate.social"),
    ),
    (
        "share this story",
        Cue::Label(BoilerplateKind::SocialPrompt, "boilerplate.social"),
    ),
    (
        "cover image",
        Cue::Short(BoilerplateKind::ImageCredit, "boilerplate.image_credit"),
    ),
    (
        "image credit",
        Cue::Short(BoilerplateKind::ImageCredit, "boilerplate.image_credit"),
    ),
    (
        "image credits",
        Cue::Short(BoilerplateKind::ImageCredit, "boilerplate.image_credit"),
    ),
    (
        "photo credit",
        Cue::Short(BoilerplateKind::ImageCredit, "boilerplate.image_credit"),
    ),
    ("event", Cue::Event),
    ("disrupt 20", Cue::Event),
    ("register now", Cue::Event),
    ("get your tickets", Cue::Event),
    ("\n|\n", Cue::Separator),
];

fn automaton() -> &'static AhoCorasick {
    static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(PHRASES.iter().map(|(p, _)| p))
            .expect("static phrases")
    });
    &AC
}

/// The byte range of the line around `at` (without its newline).
fn line_at(text: &str, at: usize) -> (usize, usize) {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |p| p + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |p| at + p);
    (start, end)
}

/// Whether a short line reads as a label / banner line: no sentence end.
fn is_banner_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().count() <= MAX_EVENT_LINE_CHARS && !t.ends_with(['.', '!', '?', ':', '"', '”'])
}

/// The stretches of `text` made of lines of at most [`MAX_LINE_CHARS`] chars,
/// each from the newline before its first line (a "\n|\n" separator opens
/// there) through the newline after its last. A phrase found in a longer
/// line is dropped, and no phrase but the separator holds a newline, which
/// opens the stretch: searched stretch by stretch, the automaton finds the
/// phrases of the short lines that one search over the whole text finds,
/// without reading the prose paragraphs.
fn short_stretches(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut line_start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        let mut open: Option<usize> = None;
        while !done {
            let line_end = memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |p| line_start + p);
            let line = &text[line_start..line_end];
            // Chars never outnumber bytes, and four bytes make a char at most.
            let short = line.len() <= MAX_LINE_CHARS
                || (line.len() <= 4 * MAX_LINE_CHARS && line.chars().count() <= MAX_LINE_CHARS);
            let start = line_start;
            if line_end == text.len() {
                done = true;
            } else {
                line_start = line_end + 1;
            }
            match (short, open) {
                (true, None) => open = Some(start.saturating_sub(1)),
                (false, Some(s)) => return Some(s..start),
                _ => {}
            }
        }
        open.map(|s| s..text.len())
    })
}

/// Boilerplate regions of a stored text, in char offsets, sorted, not overlapping.
pub fn find(text: &str) -> Vec<Region> {
    // Byte ranges first, then one pass converts them to chars.
    let mut found: Vec<(usize, usize, BoilerplateKind, &'static str)> = Vec::new();
    let mut last_line_end = None;
    for m in short_stretches(text).flat_map(|span| automaton().find_iter(Input::new(text).span(span))) {
        let cue = PHRASES[m.pattern().as_usize()].1;
        let at = if cue == Cue::Separator {
            m.start() + 1
        } else {
            m.start()
        };
        let (start, end) = line_at(text, at);
        if last_line_end.is_some_and(|e| start < e) {
            continue;
        }
        let line = &text[start..end];
        if line.chars().count() > MAX_LINE_CHARS {
            continue;
        }
        let region = match cue {
            Cue::Line(kind, rule) => Some((start, end, kind, rule)),
            Cue::Short(kind, rule) => {
                (line.chars().count() <= MAX_EVENT_LINE_CHARS).then_some((start, end, kind, rule))
            }
            Cue::Label(kind, rule) => {
                let bare = line.trim().trim_matches(|c: char| !c.is_alphanumeric());
                bare.eq_ignore_ascii_case(&text[m.start()..m.end()])
                    .then_some((start, end, kind, rule))
            }
            Cue::Event => event_banner(text, start, end),
            Cue::Separator => separated_banner(text, start, end, last_line_end.map_or(0, |e| e + 1)),
        };
        if let Some(r) = region {
            last_line_end = Some(r.1);
            found.push(r);
        }
    }
    to_chars(text, found)
}

/// An event banner starting at the line `start..end`, if it is one.
fn event_banner(text: &str, start: usize, end: usize) -> Option<(usize, usize, BoilerplateKind, &'static str)> {
    let first = text[start..end].trim();
    let lower = first.to_ascii_lowercase();
    let opener = lower.ends_with("event")
        || lower.ends_with("events")
        || lower.contains("register now")
        || lower.contains("get your tickets")
        || lower.contains("disrupt 20");
    if !opener || !is_banner_line(first) {
        return None;
    }
    let mut region_end = end;
    let mut has_detail = first.contains(|c: char| c.is_ascii_digit() || c == '|');
    let mut next = end + 1;
    for _ in 0..MAX_EVENT_LINES {
        if next >= text.len() {
            break;
        }
        let (s, e) = line_at(text, next);
        let line = &text[s..e];
        if !is_banner_line(line) {
            break;
        }
        has_detail |= line.contains(|c: char| c.is_ascii_digit() || c == '|');
        region_end = e;
        next = e + 1;
    }
    has_detail.then_some((start, region_end, BoilerplateKind::EventPromo, "boilerplate.event"))
}

/// A banner around a lone `|` line: up to two short lines before it (name,
/// place) and up to two after (dates), one of those after holding a digit.
fn separated_banner(
    text: &str,
    start: usize,
    end: usize,
    floor: usize,
) -> Option<(usize, usize, BoilerplateKind, &'static str)> {
    let mut region_start = start;
    for _ in 0..2 {
        if region_start < floor + 1 || region_start == 0 {
            break;
        }
        let (s, e) = line_at(text, region_start - 1);
        if s < floor || !is_banner_line(&text[s..e]) {
            break;
        }
        region_start = s;
    }
    let mut region_end = end;
    let mut has_date = false;
    for _ in 0..2 {
        if region_end + 1 >= text.len() {
            break;
        }
        let (s, e) = line_at(text, region_end + 1);
        if !is_banner_line(&text[s..e]) {
            break;
        }
        has_date |= text[s..e].contains(|c: char| c.is_ascii_digit());
        region_end = e;
    }
    (has_date && region_start < start).then_some((
        region_start,
        region_end,
        BoilerplateKind::EventPromo,
        "boilerplate.event",
    ))
}

fn to_chars(text: &str, found: Vec<(usize, usize, BoilerplateKind, &'static str)>) -> Vec<Region> {
    let mut out = Vec::with_capacity(found.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut advance = |to: usize| {
        chars += text[byte..to].chars().count();
        byte = to;
        chars
    };
    for (s, e, kind, rule) in found {
        let start = advance(s);
        let end = advance(e);
        out.push(Region { start, end, kind, rule });
    }
    out
}

/// Whether chars `start..end` overlap a region (regions sorted by start).
pub fn overlaps(regions: &[Region], start: usize, end: usize) -> bool {
    let i = regions.partition_point(|r| r.end <= start);
    regions.get(i).is_some_and(|r| r.start < end.max(start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BoilerplateKind)> {
        find(text)
            .into_iter()
            .map(|r| (text.chars().skip(r.start).take(r.end - r.start).collect(), r.kind))
            .collect()
    }

    #[test]
    fn techcrunch_event_banner_is_one_region() {
        let text = "Microsoft will sue OpenAI.\ntech crunch event\nSan Francisco, California\n|\nOctober 13-15, 2026\nTo summarize the confusion, in February, OpenAI announced a deal.\n";
        assert_eq!(
            kinds(text),
            vec![(
                "tech crunch event\nSan Francisco, California\n|\nOctober 13-15, 2026".to_string(),
                BoilerplateKind::EventPromo
            )]
        );
    }

    #[test]
    fn banner_around_a_separator_line() {
        let text = "Solara raised $520 million.\nTechWire Sessions: Climate\nBoston, MA\n|\nJune 4, 2026\n“We are short of factories.”\n";
        assert_eq!(
            kinds(text),
            vec![(
                "TechWire Sessions: Climate\nBoston, MA\n|\nJune 4, 2026".to_string(),
                BoilerplateKind::EventPromo
            )]
        );
        assert!(find("Shares fell.\n|\nNo date here\n").is_empty());
    }

    #[test]
    fn prose_about_events_is_not_a_banner() {
        assert!(find("The company held an event.\nIt was in San Francisco.\n").is_empty());
        assert!(find("Investors watched the event\nclosely, said the analyst on Monday.\n").is_empty());
        assert!(
            find("This is the main event\nof the year\n").is_empty(),
            "no date or separator"
        );
    }

    #[test]
    fn disclosures_prompts_and_labels() {
        let text = "Deal done.\nAdvertisement\nIf you buy through links in our articles, we may earn a small commission. This does not affect editorial independence.\nSign up for our newsletter\nThe advertisement market grew 5% in 2025, the report said.\n";
        assert_eq!(
            kinds(text),
            vec![
                ("Advertisement".into(), BoilerplateKind::Advertisement),
                (
                    "If you buy through links in our articles, we may earn a small commission. This does not affect editorial independence.".into(),
                    BoilerplateKind::AffiliateDisclosure
                ),
                ("Sign up for our newsletter".into(), BoilerplateKind::SubscriptionPrompt),
            ]
        );
    }

    #[test]
    fn phrases_in_prose_paragraphs_are_skipped_beside_banners() {
        // Over 300 chars: its "event" and newsletter prompt are prose.
        let long = "Attendance at the yearly event in Lyon rose to 400, the organiser said, and readers may sign up for our newsletter for the programme. "
            .repeat(3);
        let text = format!("{long}\nHarbourTech Forum\n|\nMay 12, 2027\n{long}\nFollow us on Mastodon\n{long}");
        assert_eq!(
            kinds(&text),
            vec![
                (
                    "HarbourTech Forum\n|\nMay 12, 2027".to_string(),
                    BoilerplateKind::EventPromo
                ),
                ("Follow us on Mastodon".to_string(), BoilerplateKind::SocialPrompt),
            ]
        );
        // The stretches of short lines, each from the newline before it.
        let spans: Vec<_> = short_stretches(&text).collect();
        let first = long.len();
        assert_eq!(spans[0], first..first + "\nHarbourTech Forum\n|\nMay 12, 2027\n".len());
        assert_eq!(spans.len(), 2);
        let mut empty = short_stretches("");
        assert_eq!((empty.next(), empty.next()), (Some(0..0), None));
        let mut two = short_stretches("a\nb");
        assert_eq!((two.next(), two.next()), (Some(0..3), None));
    }

    #[test]
    fn char_offsets_after_multibyte_text() {
        let text = "“Quote” — né\nAdvertisement\n";
        let r = find(text);
        assert_eq!((r[0].start, r[0].end), (13, 26));
        assert!(overlaps(&r, 12, 14));
        assert!(!overlaps(&r, 0, 13));
        assert!(overlaps(&r, 25, 25), "an empty span inside counts");
    }
}
