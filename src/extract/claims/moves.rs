//! Which way a figure moved, from the words around it.
//!
//! A change measure (a type's measure with `signed = true` in
//! `data/events/*.toml`: revenue or profit growth, a share price's move, a
//! growth forecast) states its figure as written, without a sign; the move
//! word gives it. A fall makes it negative; a rise, or no move word, leaves it
//! as it is. And a money figure right after a move word is the move, not the
//! level it moved to ("rose 50 cents to $13": the price is $13).
//!
//! | words | direction |
//! |---|---|
//! | "sales fell 1.6%", "profit dropped by about 5%", "shares were down just over 3 per cent" | down |
//! | "a 32% drop in sales", "a 12% earnings decline", "sales were 4% lower" | down |
//! | "a decline of 7%", "eased 0.4%", "lost 2.5%" | down |
//! | "revenue rose 8%", "a 5% rise in sales", "growth of 3%", "up 11% from a year earlier" | up |
//! | "sales of 4%", "margin of 12%" (no move word) | none |

use std::ops::Range;

use super::ClaimValue;

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Move {
    Up,
    Down,
}

/// Verbs and adverbs right before a figure that say it fell ("fell 4%", "down 3%").
const FALL_BEFORE: [&str; 36] = [
    "fell",
    "falls",
    "fall",
    "falling",
    "dropped",
    "drops",
    "drop",
    "dropping",
    "declined",
    "declines",
    "decline",
    "declining",
    "slid",
    "slides",
    "slipped",
    "slips",
    "sank",
    "sinks",
    "slumped",
    "slumps",
    "plunged",
    "plunges",
    "tumbled",
    "tumbles",
    "eased",
    "dipped",
    "shed",
    "lost",
    "losing",
    "down",
    "lower",
    "decreased",
    "decreases",
    "contracted",
    "shrank",
    "retreated",
];

/// Verbs and adverbs right before a figure that say it rose ("rose 4%", "up 3%").
/// ("edged" names no direction: "edged up", "edged 0.4% lower".)
const RISE_BEFORE: [&str; 29] = [
    "rose",
    "rises",
    "rise",
    "rising",
    "grew",
    "grows",
    "grow",
    "growing",
    "growth",
    "gained",
    "gains",
    "gain",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "surged",
    "surges",
    "soared",
    "soars",
    "increased",
    "increases",
    "increase",
    "advanced",
    "added",
    "rallied",
    "up",
    "higher",
    "expanded",
];

/// Nouns and adverbs right after a figure that say it fell ("a 3% drop in", "4% lower").
const FALL_AFTER: [&str; 14] = [
    // Market idiom for a close: "closed 6.2% weaker", "ended 0.8% softer".
    "weaker",
    "softer",
    "drop",
    "fall",
    "decline",
    "slump",
    "decrease",
    "dip",
    "slide",
    "plunge",
    "contraction",
    "lower",
    "down",
    "tumble",
];

/// Nouns and adverbs right after a figure that say it rose ("a 5% rise in", "8% higher").
const RISE_AFTER: [&str; 11] = [
    "rise", "increase", "gain", "jump", "growth", "climb", "higher", "up", "surge", "firmer", "stronger",
];

/// Words that may stand between a move word and its figure ("fell by about 4%",
/// "down just over 3 per cent", "a decline of 7%", "edged up 0.4%").
const FILLERS: [&str; 20] = [
    "by",
    "about",
    "some",
    "nearly",
    "almost",
    "around",
    "roughly",
    "approximately",
    "just",
    "over",
    "more",
    "than",
    "a",
    "an",
    "of",
    "further",
    "another",
    "only",
    "as",
    "much",
];

/// Words between a figure and the move noun after it ("a 12% earnings
/// decline", "a 2% year-on-year fall"): at most two, none a figure.
const AFTER_REACH: usize = 2;

/// How the figure at `figure` moved: the first word before it that is not a
/// filler (within its `clause`), else one of the [`AFTER_REACH`] + 1 words
/// after it, before any punctuation.
pub(super) fn direction(lower: &str, figure: Range<usize>, clause: Range<usize>) -> Option<Move> {
    let start = clause.start.min(figure.start);
    let before = lower.get(start..figure.start).unwrap_or("");
    for w in before.split_whitespace().rev().take(6) {
        // "Sales fell, but the margin reached 9%": punctuation parts them.
        if w.ends_with([',', ';', ':']) {
            break;
        }
        let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
        if FALL_BEFORE.contains(&bare) {
            return Some(Move::Down);
        }
        if RISE_BEFORE.contains(&bare) {
            return Some(Move::Up);
        }
        if !FILLERS.contains(&bare) {
            break;
        }
    }
    let end = clause.end.max(figure.end).min(lower.len());
    let after = lower.get(figure.end..end).unwrap_or("");
    // "4% lower", "4 per cent lower": the figure's own unit words are no gap.
    let after = after
        .trim_start()
        .trim_start_matches("per cent")
        .trim_start_matches("percent")
        .trim_start_matches("pct");
    for w in after.split_whitespace().take(AFTER_REACH + 1) {
        let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
        if FALL_AFTER.contains(&bare) {
            return Some(Move::Down);
        }
        if RISE_AFTER.contains(&bare) {
            return Some(Move::Up);
        }
        if bare.is_empty() || bare.starts_with(|ch: char| ch.is_ascii_digit()) || w.ends_with([',', ';', '.', ':']) {
            break;
        }
    }
    None
}

/// The value with the sign its move word gives: a fall turns a positive figure negative.
pub(super) fn signed(value: ClaimValue, lower: &str, figure: Range<usize>, clause: Range<usize>) -> ClaimValue {
    if !minus_written(lower, figure.start) && direction(lower, figure, clause) != Some(Move::Down) {
        return value;
    }
    match value {
        ClaimValue::Percent(a) if a.amount.or(a.min).or(a.max).is_some_and(|d| d.is_sign_positive()) => {
            ClaimValue::Percent(super::keyed::negated(&a))
        }
        ClaimValue::Money(a) if a.amount.or(a.min).or(a.max).is_some_and(|d| d.is_sign_positive()) => {
            ClaimValue::Money(super::keyed::negated(&a))
        }
        v => v,
    }
}

/// A minus sign written on the figure, after a space, a bracket or a line's
/// start: "(-6% y/y)", "| -4.9%". Never a range's dash ("5-6%") or a word's
/// hyphen ("year-6%").
fn minus_written(lower: &str, start: usize) -> bool {
    let before = lower.get(..start).unwrap_or("");
    let Some(rest) = before.strip_suffix('-').or_else(|| before.strip_suffix('\u{2212}')) else {
        return false;
    };
    rest.chars()
        .next_back()
        .is_none_or(|c| matches!(c, ' ' | '(' | '\n' | '|' | '\t'))
}

/// A money figure right after a move word (fillers and "a further" skipped)
/// is the move, not the level: "fell 87 cents to $52.12", "closed at
/// $43.50, down $1", "rose 6 pence to 388 pence". "fell to $52.12", "closed
/// at $43.50", "down 3% at $36.12" (a percent is the move) are levels.
pub(super) fn is_change(lower: &str, figure: Range<usize>, clause: Range<usize>) -> bool {
    let start = clause.start.min(figure.start);
    let mut before = lower.get(start..figure.start).unwrap_or("");
    // "up 2 pence (1.26 cents)": a figure in brackets right after another is
    // that figure in another currency, a change when it is one.
    if let Some(open) = before.trim_end().strip_suffix('(') {
        let mut words = open.split_whitespace().rev();
        let skipped: usize = words
            .by_ref()
            .take(2)
            .take_while(|w| w.chars().any(|ch| ch.is_ascii_digit()) || UNIT_WORDS.contains(w))
            .map(|w| w.len() + 1)
            .sum();
        before = open.trim_end();
        before = &before[..before.len().saturating_sub(skipped.saturating_sub(1))];
    }
    for w in before.split_whitespace().rev().take(4) {
        if w.ends_with([',', ';', ':']) {
            break;
        }
        let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric());
        if FALL_BEFORE.contains(&bare) || RISE_BEFORE.contains(&bare) || bare == "off" {
            return true;
        }
        if !FILLERS.contains(&bare) {
            break;
        }
    }
    // "closed 50 cents lower at $12.10".
    let after = lower.get(figure.end..).unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    if ["lower", "higher"].contains(&next.trim_end_matches(|ch: char| !ch.is_alphanumeric())) {
        return true;
    }
    // "raised its dividend 4 cents to 52 cents": a money figure with another
    // right after " to " (no range: the money reader split them) is the
    // change, the second the level reached.
    after.strip_prefix(" to ").is_some_and(|rest| {
        rest.starts_with(|ch: char| ch.is_ascii_digit() || "$£€¥₹".contains(ch))
            || rest
                .split_once(['$', '£', '€', '¥'])
                .is_some_and(|(code, _)| code.len() <= 3 && code.chars().all(|ch| ch.is_ascii_alphabetic()))
    })
}

/// Currency words written after a figure ("2 pence", "50 cents").
const UNIT_WORDS: [&str; 6] = ["pence", "cents", "cent", "euros", "yen", "dollars"];

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(text: &str, figure: &str) -> Option<Move> {
        let lower = text.to_lowercase();
        let at = lower.find(figure).expect("figure");
        direction(&lower, at..at + figure.len(), 0..lower.len())
    }

    fn change(text: &str, figure: &str) -> bool {
        let lower = text.to_lowercase();
        let at = lower.find(figure).expect("figure");
        is_change(&lower, at..at + figure.len(), 0..lower.len())
    }

    #[test]
    fn a_minus_sign_on_the_figure_is_written_only_after_a_space_or_bracket() {
        let minus = |text: &str, figure: &str| minus_written(text, text.find(figure).expect("figure"));
        assert!(minus("sales: $3bn (-7% y/y)", "7%"));
        assert!(minus("net profit | $88m | -2.5%", "2.5%"));
        assert!(minus("-11% year on year", "11%"));
        assert!(!minus("margin of 5-6% this year", "6%"));
        assert!(!minus("sales: $3bn (+7% y/y)", "7%"));
        assert!(!minus("sales rose 7% y/y", "7%"));
    }

    #[test]
    fn a_fall_word_before_or_after_the_figure_says_down() {
        for (text, figure) in [
            ("Turnover at Kessling Foods slid 2.3% in the half.", "2.3%"),
            ("Orvane's profit dropped by about 11 per cent.", "11 per cent"),
            (
                "Tamsin Air shares were down just over 4 per cent at midday.",
                "4 per cent",
            ),
            ("Lorrimer reported a 27% drop in European sales.", "27%"),
            ("The brewer posted a 9% operating-profit decline for the year.", "9%"),
            ("Sales at the Osaka unit were 6% lower than a year ago.", "6%"),
            ("Analysts saw a decline of 3.5% in bookings.", "3.5%"),
            ("Tavistock Mining shares closed 2.9% weaker in Johannesburg.", "2.9%"),
            ("Vantor Bank's stock lost 1.8% in Frankfurt.", "1.8%"),
        ] {
            assert_eq!(dir(text, figure), Some(Move::Down), "{text}");
        }
    }

    #[test]
    fn a_rise_word_or_none_leaves_the_figure_as_it_is() {
        for (text, figure) in [
            ("Revenue at Halberg Group rose 7.5% to €2.1 billion.", "7.5%"),
            ("Meriden posted a 14% rise in quarterly sales.", "14%"),
            ("Net income was up 11% from a year earlier.", "11%"),
            ("Crayford expects growth of about 4% next year.", "4%"),
            ("Ostrava Steel shares edged up 0.6% in Prague.", "0.6%"),
            ("Tavistock Mining shares ended 1.4% firmer on the day.", "1.4%"),
        ] {
            assert_eq!(dir(text, figure), Some(Move::Up), "{text}");
        }
        assert_eq!(dir("Ostrava Steel shares edged 0.6% lower.", "0.6%"), Some(Move::Down));
        for (text, figure) in [
            ("Its operating margin was 12% in the quarter.", "12%"),
            ("The company holds 30% of the venture.", "30%"),
            // A fall in another clause is not this figure's.
            ("Sales fell, but the margin reached 9% on cost cuts.", "9%"),
        ] {
            assert_eq!(dir(text, figure), None, "{text}");
        }
    }

    #[test]
    fn a_money_figure_right_after_a_move_word_is_the_change() {
        for (text, figure) in [
            ("Carden Mills shares fell 87 cents to $52.12.", "87 cents"),
            ("The stock closed at $43.50, down $1, in New York.", "$1"),
            ("Harrow shares rose 6 pence to 388 pence in London.", "6 pence"),
            ("Tarn Oil closed at C$9.62, off C$0.25.", "c$0.25"),
            ("Velda stock fell a further 75 cents to $16.25.", "75 cents"),
            ("Brenner Oil ended 40 cents lower at $12.10.", "40 cents"),
            ("Halmont shares were up 3 pence (3.9 cents), at 212 pence.", "3.9 cents"),
            (
                "Pinecrest raised its quarterly dividend 4 cents to 52 cents.",
                "4 cents",
            ),
            ("Marlow Retail lifted its annual dividend by 3p to 31p.", "3p"),
            ("Kerrigan cut its price target on Orvane $6 to C$48.", "$6"),
        ] {
            assert!(change(text, figure), "{text}");
        }
        for (text, figure) in [
            ("Carden Mills shares fell 87 cents to $52.12.", "$52.12"),
            ("The stock closed at $43.50, down $1, in New York.", "$43.50"),
            ("Harrow shares fell to 388 pence in London.", "388 pence"),
            ("Tamsin Air shares were down 3.4 per cent at $36.12.", "$36.12"),
            ("Halmont shares closed at 212 pence ($2.75).", "$2.75"),
            (
                "Pinecrest raised its quarterly dividend 4 cents to 52 cents.",
                "52 cents",
            ),
            // "to" before a party, not a figure.
            ("Velda paid 40 cents to shareholders of record on May 3.", "40 cents"),
        ] {
            assert!(!change(text, figure), "{text}");
        }
    }

    #[test]
    fn a_fall_turns_the_sign_and_keeps_the_bounds_in_order() {
        use crate::extract::money::{Amount, Exactness};
        let text = "sales fell more than 5% in the year";
        let at = text.find("5%").expect("figure");
        let a = Amount {
            amount: Some("5".parse().expect("decimal")),
            min: Some("5".parse().expect("decimal")),
            exactness: Exactness::MoreThan,
            ..Amount::default()
        };
        let ClaimValue::Percent(got) = signed(ClaimValue::Percent(a), text, at..at + 2, 0..text.len()) else {
            panic!("a percent stays a percent");
        };
        assert_eq!(got.amount, Some("-5".parse().expect("decimal")));
        assert_eq!(got.max, Some("-5".parse().expect("decimal")));
        assert_eq!(got.min, None);
        assert_eq!(got.exactness, Exactness::LessThan);
    }
}
