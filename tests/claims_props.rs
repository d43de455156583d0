//! Property tests of claims and reconciliation: any text with any mentions
//! (overlapping, at sentence edges, boilerplate) gives claims without
//! panicking, and the report over them reconciles.

use proptest::prelude::*;

use newsfacts::extract::dates::Timex;
use newsfacts::extract::money::Amount;
use newsfacts::extract::orgs::EntityRef;
use newsfacts::extract::rule::Rule;
use newsfacts::extract::{Mention, MentionType, Value, claims};
use newsfacts::text::Document;

/// Words that exercise the rules: predicates, cues, quotes, punctuation.
const WORDS: &[&str] = &[
    "Amazon",
    "OpenAI",
    "invested",
    "investment",
    "in",
    "was",
    "acquired",
    "by",
    "said",
    "that",
    "not",
    "no longer",
    "exclusive",
    "non-exclusive",
    "until",
    "through",
    "2030",
    "$5 billion",
    ",",
    ".",
    ";",
    "including",
    "initial",
    "additional",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "may",
    "if",
    "will",
    "\n",
    "- 2019:",
    "'s",
    "\u{2019}s",
    "deal",
    "with",
    "worth",
    "up to",
    "denied",
    "reported",
    "according to",
    "é",
    "日本",
    "and",
    "but",
    "while",
    ":",
];

fn mention(kind: MentionType, span: std::ops::Range<usize>, boilerplate: bool) -> Mention {
    let value = match kind {
        MentionType::Org | MentionType::Person => Value::Entity(EntityRef {
            entity: format!("e{}", span.start % 3),
            name: "X".into(),
            ..EntityRef::default()
        }),
        MentionType::Money | MentionType::Percent => Value::Amount(Amount {
            amount: Some((span.start as i64).into()),
            ..Amount::default()
        }),
        _ => Value::Timex(Timex {
            value: ["2030", "2025-11", "P8Y", "2026-Q1", "X"][span.start % 5].into(),
            ..Timex::default()
        }),
    };
    let mut m = Mention::new(kind, span, value, Rule::Test);
    m.boilerplate = boilerplate;
    m
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_and_mentions_give_claims_without_panic(
        words in prop::collection::vec(0..WORDS.len(), 0..60),
        spans in prop::collection::vec((0usize..400, 0usize..30, 0usize..8, any::<bool>()), 0..20),
    ) {
        let text: String = words.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        let doc = Document::new(&text, Some(jiff::civil::date(2026, 4, 27)));
        let boundaries: Vec<usize> = doc.text.char_indices().map(|(i, _)| i).chain([doc.text.len()]).collect();
        let mut mentions: Vec<Mention> = spans
            .iter()
            .map(|&(start, len, kind, boilerplate)| {
                let s = boundaries[start % boundaries.len()];
                let e = boundaries[(start + len).min(boundaries.len() - 1)].max(s);
                mention(MentionType::ALL[kind % MentionType::ALL.len()], s..e, boilerplate)
            })
            .collect();
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        let found = claims::extract(&doc, &mentions);
        for c in &found {
            prop_assert!(c.span.end <= doc.text.len());
            prop_assert!(doc.text.is_char_boundary(c.span.start) && doc.text.is_char_boundary(c.span.end));
            prop_assert!(c.subject.is_some());
            prop_assert!((0.0..=1.0).contains(&c.confidence));
        }
    }
}

/// A part cue in a compound names a period, not a part of a total: the loss
/// after "first-quarter" is a figure of its own; "a first tranche of" is a part.
#[test]
fn a_part_cue_in_a_compound_names_no_part() {
    let claims_of = |text: &str| {
        let doc = Document::new(text, None);
        let mentions = newsfacts::extract::extract(&doc);
        claims::extract(&doc, &mentions)
    };
    let got =
        claims_of("Harbour Bank plc raised £900 million in a rights issue after a first-quarter loss of £212 million.");
    let loss = got
        .iter()
        .find(|c| c.predicate.class.as_str() == "profit")
        .expect("the loss is a claim");
    assert_eq!(loss.part, None, "{got:?}");
    assert_eq!(loss.measure.as_deref(), Some("net_income"), "{got:?}");
    let got = claims_of("Norsk Vind ASA raised $900 million, with a first tranche of $300 million due in May.");
    assert!(got.iter().any(|c| c.part.as_deref() == Some("first")), "{got:?}");
}
