//! People named by the frame of an appointment or a departure, with no title
//! before the name: the words around a name say that it is a person's.
//!
//! | cue | text | person |
//! |---|---|---|
//! | before | "has named Dana Whitcombe president" | Dana Whitcombe |
//! | before | "She succeeds Rakesh Nair, who resigned" | Rakesh Nair |
//! | before | "He has been replaced by Kavitha Rao" | Kavitha Rao |
//! | after | "Meera Krishnan was named CFO" | Meera Krishnan |
//! | after | "Hugo Stanwell, who has chaired Lindenhall since 2018, will leave" | Hugo Stanwell |
//! | after | "Skagerak's Linnea Bergqvist steps down" | Linnea Bergqvist |
//! | apposition | "Daniel Okafor, its senior vice-president of finance," | Daniel Okafor |
//! | apposition | "Eirik Haugland, Fjordvik's chief executive, will lead" | Eirik Haugland |
//!
//! Not persons: a name already found as an organization ("named Goldman
//! Sachs as adviser"), a name ending in a company word ("hired Harbor
//! Capital"), one word alone ("named Acme"), a place in an apposition with
//! no post ("Hong Kong, a former British colony"), a title-case headline
//! ("Acme Names Jane Doe As CEO": the cues are lower case), and runs of four
//! capitalized words or more ("Tamarack Ridge Gold Mines will become").

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

use super::super::{EntityKind, EntityRef, mention, merge_sorted, overlapping};
use crate::extract::rule::Rule;
use crate::extract::{Mention, MentionType};

/// Words right before a person's name (written in lower case).
const BEFORE: &[&str] = &[
    "named",
    "appointed",
    "appointment of",
    "hired",
    "tapped",
    "promoted",
    "succeeds",
    "succeed",
    "succeeded",
    "replacing",
    "replaces",
    "replaced by",
    "take over from",
    "takes over from",
    "took over from",
    "taking over from",
    "departure of",
    "resignation of",
    "retirement of",
];

/// Verb phrases right after a person's name (written in lower case).
const AFTER: &[&str] = &[
    " will become",
    " would become",
    " will succeed",
    " would succeed",
    " succeeds",
    " will step down",
    " would step down",
    " steps down",
    " stepped down",
    " will leave",
    " would leave",
    " is leaving",
    " will retire",
    " is retiring",
    " has resigned",
    " resigned",
    " joins",
    " will join",
    " was named",
    " was appointed",
    " has been appointed",
    " has been named",
    " takes over",
    " will take over",
    " will chair",
    ", who ",
];

/// Posts that make an apposition after a name a person's ("Daniel Okafor,
/// its senior vice-president of finance,").
const POSTS: &[&str] = &[
    "chief",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "president",
    "vice-president",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "treasurer",
    "executive",
    "officer",
    "founder",
    "co-founder",
    "head",
    "partner",
    "manager",
    "governor",
    "counsel",
    "controller",
];

/// Capitalized words that are never part of a person's name here: titles
/// (left to the role rule), pronouns and articles at a sentence's start.
const NOT_NAME: &[&str] = &[
    "Chief",
    "Executive",
    "Officer",
    "Financial",
    "Operating",
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Vice",
    "Interim",
    "Former",
    "Board",
    "Company",
    "Group",
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "Its",
    "His",
    "Her",
    "Their",
    "They",
    "We",
    "Our",
    "This",
    "That",
    "And",
    "But",
    "Mr",
    "Ms",
    "Mrs",
];

fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("frame cues build")
}

static BEFORE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(BEFORE));
static AFTER_AC: LazyLock<AfterCues> = LazyLock::new(|| AfterCues::new(AFTER));

/// The after-name cues, found as one leftmost-longest automaton of [`AFTER`]
/// finds them, but faster: a cue that starts with a space is searched without
/// it and kept where a space comes before (with every cue starting with a
/// space the automaton's prefilter stopped at every space: ~10x slower), the
/// other cues by an automaton of their own, the two merged as one search.
struct AfterCues {
    /// The cues that start with a space, without it.
    spaced: AhoCorasick,
    /// The other cues.
    other: AhoCorasick,
}

impl AfterCues {
    fn new(words: &[&str]) -> AfterCues {
        let spaced: Vec<&str> = words
            .iter()
            .filter_map(|w| w.strip_prefix(' '))
            .filter(|w| !w.is_empty())
            .collect();
        let other: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !w.starts_with(' ') || *w == " ")
            .collect();
        AfterCues {
            spaced: automaton(&spaced),
            other: automaton(&other),
        }
    }

    /// The leftmost-longest spaced cue starting at `from` or later.
    fn find_spaced(&self, text: &str, mut from: usize) -> Option<Range<usize>> {
        loop {
            if from >= text.len() {
                return None;
            }
            let m = self.spaced.find(Input::new(text).span(from + 1..text.len()))?;
            if text.as_bytes()[m.start() - 1] == b' ' {
                return Some(m.start() - 1..m.end());
            }
            // Every spaced cue matching here lacks its space: look further on.
            from = m.start();
        }
    }

    /// The leftmost-longest other cue starting at `from` or later.
    fn find_other(&self, text: &str, from: usize) -> Option<Range<usize>> {
        self.other
            .find(Input::new(text).span(from..text.len()))
            .map(|m| m.range())
    }

    /// The cues in `text`, non-overlapping, as `automaton(AFTER).find_iter` gives them.
    fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        let mut at = 0;
        let mut spaced = self.find_spaced(text, 0);
        let mut other = self.find_other(text, 0);
        std::iter::from_fn(move || {
            // A cue overlapping the one taken before is searched again past it.
            if spaced.as_ref().is_some_and(|m| m.start < at) {
                spaced = self.find_spaced(text, at);
            }
            if other.as_ref().is_some_and(|m| m.start < at) {
                other = self.find_other(text, at);
            }
            let next = match (&spaced, &other) {
                (None, None) => return None,
                (Some(s), None) => s.clone(),
                (None, Some(o)) => o.clone(),
                (Some(s), Some(o)) => {
                    if (s.start, std::cmp::Reverse(s.end)) <= (o.start, std::cmp::Reverse(o.end)) {
                        s.clone()
                    } else {
                        o.clone()
                    }
                }
            };
            at = next.end;
            Some(next)
        })
    }
}

/// A capitalized name word ("Whitcombe", "Jean-Luc", "O'Neill"), not a title,
/// month or company word.
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() > 1
        && !w.ends_with("'s")
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && !NOT_NAME.contains(&w)
        && !super::super::rules::CALENDAR.contains(&w)
        && !super::super::rules::HEAD_WORDS.contains(&w)
}

/// Two or three name words right after `pos` (one space first); none when a
/// fourth follows.
fn name_after(text: &str, pos: usize) -> Option<Range<usize>> {
    let rest = text.get(pos..)?.strip_prefix(' ')?;
    let mut end = pos + 1;
    let mut words = 0;
    for w in rest.split(' ').take(4) {
        let core = super::word_core(w);
        if !name_word(core) {
            break;
        }
        if words == 3 {
            return None;
        }
        end = pos + 1 + (w.as_ptr() as usize - rest.as_ptr() as usize) + core.len();
        words += 1;
        if core.len() < w.len() {
            break;
        }
    }
    (words >= 2).then_some(pos + 1..end)
}

/// Two or three name words ending right at `end` ("Sir" may lead); none when
/// a fourth capitalized word comes before them.
fn name_before(text: &str, end: usize) -> Option<Range<usize>> {
    let head = text.get(..end)?;
    // The words of the line before `end`, last first, split lazily: a line
    // may be a long paragraph, and at most four words are read.
    let mut pieces = head.rsplit(' ');
    let mut line_done = false;
    let line_words = std::iter::from_fn(|| {
        if line_done {
            return None;
        }
        let w = pieces.next()?;
        match w.rfind(['\n', '\t']) {
            Some(i) => {
                line_done = true;
                Some(&w[i + 1..])
            }
            None => Some(w),
        }
    });
    let mut start = end;
    let mut words = 0;
    for w in line_words {
        if words == 3 {
            // A fourth capitalized word: part of a longer name, or a headline.
            if w.chars().next().is_some_and(char::is_uppercase) && !NOT_NAME.contains(&w) {
                return None;
            }
            break;
        }
        let sir = words == 2 && w == "Sir";
        if !(name_word(w) || sir) {
            break;
        }
        start = w.as_ptr() as usize - text.as_ptr() as usize;
        words += 1;
    }
    (words >= 2).then_some(start..end)
}

/// An apposition naming a post right after `end`: ", its senior
/// vice-president of finance,", ", Fjordvik's chief executive,", ", 47,".
fn post_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let clause = rest.split([',', '.', ';', ':', '(', '\n']).next().unwrap_or("");
    if clause.len() > 70 {
        return false;
    }
    if !clause.is_empty() && clause.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let lower = clause.to_ascii_lowercase();
    lower
        .split([' ', '/'])
        .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
        .any(|w| POSTS.contains(&w))
}

/// Adds the persons the frames name (see the module docs).
pub fn extract(text: &str, found: &mut Vec<Mention>) {
    let mut names: Vec<Range<usize>> = Vec::new();
    for m in BEFORE_AC.find_iter(text) {
        let bounded = !text[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
        if bounded && let Some(n) = name_after(text, m.end()) {
            names.push(n);
        }
    }
    for m in AFTER_AC.find_iter(text) {
        let after = &text[m.end..];
        let bounded = m.end == text.len()
            || text[m.clone()].ends_with(' ')
            || !after.chars().next().is_some_and(char::is_alphanumeric);
        if bounded && let Some(n) = name_before(text, m.start) {
            names.push(n);
        }
    }
    // An apposition with a post: every run of two or three name words before ", ".
    for i in memchr::memmem::find_iter(text.as_bytes(), ", ") {
        if let Some(n) = name_before(text, i)
            && post_after(text, i)
        {
            names.push(n);
        }
    }
    names.sort_by_key(|n| (n.start, n.end));
    names.dedup();
    let mut more: Vec<Mention> = Vec::new();
    let mut displaced: Vec<Range<usize>> = Vec::new();
    for name in names {
        if more.iter().any(|m| m.span.start < name.end && name.start < m.span.end) {
            continue;
        }
        // A one-word catalogue company inside the name gives way ("Dana Rogers"); any other mention stays.
        let inside_sec = |m: &Mention| m.rule.is_listed_name() && m.span.start >= name.start && m.span.end <= name.end;
        if overlapping(found, &name).any(|m| !inside_sec(m)) {
            continue;
        }
        displaced.extend(overlapping(found, &name).map(|m| m.span.clone()));
        let full = &text[name.clone()];
        let value = EntityRef {
            entity: format!("person:{}", super::super::gazetteer::slug(full)),
            name: full.to_string(),
            kind: EntityKind::Person,
            confidence: 0.7,
            ..Default::default()
        };
        more.push(mention(MentionType::Person, name, value, Rule::PersonFrame));
    }
    found.retain(|m| !(m.rule.is_listed_name() && displaced.contains(&m.span)));
    merge_sorted(found, more);
}

#[cfg(test)]
mod tests {
    use crate::extract::MentionType;
    use crate::extract::rule::Rule;

    /// The split search of the after-name cues finds what one automaton of
    /// them finds: overlaps (", who will become"), a cue word without its
    /// space ("Jo,who joins", "rejoins"), cues at the text's ends.
    #[test]
    fn after_cues_are_found_as_one_automaton_finds_them() {
        let one = super::automaton(super::AFTER);
        let split = super::AfterCues::new(super::AFTER);
        for text in [
            "",
            " ",
            ", who ",
            "Hugo Stanwell, who will become chair, will leave",
            "Ana Ruiz, who  joins, who was named",
            "Jo,who joins rejoins; Kim resigned",
            "will become  will become",
            "x steps downwill leave",
            "Meera Krishnan was named CFO. Omar Haddad has been appointed",
            "Bo Li, who is retiring, has resigned",
        ] {
            let want: Vec<_> = one.find_iter(text).map(|m| m.range()).collect();
            let got: Vec<_> = split.find_iter(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
        // The same on a longer text with every cue, each after a name and after a comma.
        let mut text = String::new();
        for (i, cue) in super::AFTER.iter().enumerate() {
            text.push_str(&format!("Name{i}{cue}x,{cue}, who{cue}. "));
        }
        let want: Vec<_> = one.find_iter(&text).map(|m| m.range()).collect();
        assert!(want.len() >= 2 * super::AFTER.len());
        assert_eq!(split.find_iter(&text).collect::<Vec<_>>(), want);
    }

    /// The persons a text's frames name (rule `person.frame`).
    fn framed(text: &str) -> Vec<String> {
        crate::extract::orgs::mentions_with_ids(text)
            .into_iter()
            .filter(|m| m.3 == MentionType::Person && m.2 == Rule::PersonFrame)
            .map(|m| m.0)
            .collect()
    }

    #[test]
    fn people_named_by_an_appointment_or_departure_frame() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Ostrava Steel has named Dana Whitcombe president and chief executive.",
                &["Dana Whitcombe"],
            ),
            ("She succeeds Rakesh Nair, who resigned in June.", &["Rakesh Nair"]),
            ("He has been replaced by Kavitha Rao at the lender.", &["Kavitha Rao"]),
            ("Meera Krishnan was named CFO on Tuesday.", &["Meera Krishnan"]),
            (
                "Hugo Stanwell, who has chaired the bank since 2018, will leave.",
                &["Hugo Stanwell"],
            ),
            (
                "Skagerak's Linnea Bergqvist steps down when the deal completes.",
                &["Linnea Bergqvist"],
            ),
            (
                "Daniel Okafor, its senior vice-president of finance, was promoted.",
                &["Daniel Okafor"],
            ),
            (
                "Eirik Haugland, Fjordvik's chief executive, will lead the group.",
                &["Eirik Haugland"],
            ),
            (
                "Marlowe's chairman, Sir Anthony Wrey, will chair the new board.",
                &["Sir Anthony Wrey"],
            ),
            (
                "The insurer said Tomas Lindgren, 52, would take the post.",
                &["Tomas Lindgren"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(framed(text), *want, "{text}");
        }
    }

    #[test]
    fn names_the_frames_do_not_make_persons() {
        for text in [
            // Already an organization by the catalogue.
            "The board named Goldman Sachs as its adviser.",
            // A company word ends the name.
            "Brightline hired Harbor Capital to run the sale.",
            // One word alone.
            "The jury named Acme in its verdict.",
            // A place in an apposition with no post.
            "Trade through Hong Kong, a former British colony, slowed.",
            // A title-case headline: the cues are lower case.
            "Acme Names Jane Doe As CEO",
            // Four capitalized words: a longer name.
            "Tamarack Ridge Gold Mines will become a unit of the buyer.",
            // Names and months are not persons.
            "Pallister said March revenue would become clearer.",
        ] {
            assert_eq!(framed(text), Vec::<String>::new(), "{text}");
        }
    }
}
