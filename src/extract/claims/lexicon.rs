//! The embedded lexicon: predicate words with their lemma and class, and the
//! cue words for attribution, negation, modality, bounds and parts.
//!
//! Word forms are matched whole-word and ASCII case-insensitively. A form may
//! hold a space ("revenue share", "lay off"); the longest form at a position wins.

use serde::{Deserialize, Serialize};

/// What kind of thing a claim says happened or holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PredicateClass {
    Invest,
    Pledge,
    Commit,
    Buy,
    Sell,
    Acquire,
    Raise,
    Valuation,
    Revenue,
    Pay,
    License,
    Exclusivity,
    OwnStake,
    Sue,
    Agree,
    Launch,
    Dispute,
    Appoint,
    Resign,
    LayOff,
}

impl PredicateClass {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invest => "invest",
            Self::Pledge => "pledge",
            Self::Commit => "commit",
            Self::Buy => "buy",
            Self::Sell => "sell",
            Self::Acquire => "acquire",
            Self::Raise => "raise",
            Self::Valuation => "valuation",
            Self::Revenue => "revenue",
            Self::Pay => "pay",
            Self::License => "license",
            Self::Exclusivity => "exclusivity",
            Self::OwnStake => "own_stake",
            Self::Sue => "sue",
            Self::Agree => "agree",
            Self::Launch => "launch",
            Self::Dispute => "dispute",
            Self::Appoint => "appoint",
            Self::Resign => "resign",
            Self::LayOff => "lay_off",
        }
    }

    /// Classes whose claims normally carry an amount: without one (and with
    /// another claim in the sentence that has one) the word is only a modifier
    /// ("a gain of $7.5 billion from its investment").
    pub fn takes_amount(self) -> bool {
        matches!(
            self,
            Self::Invest
                | Self::Pledge
                | Self::Commit
                | Self::Buy
                | Self::Sell
                | Self::Raise
                | Self::Valuation
                | Self::Revenue
        )
    }

    /// The class facts are keyed by: words that name the same act in different
    /// outlets share one ("pledged $50 billion to" is an investment promise;
    /// "a $38 billion commitment to AWS", "signed an agreement giving OpenAI
    /// $38 billion of AWS contracts" and "agreed to buy" are one deal: `agree`).
    pub fn key_class(self) -> Self {
        match self {
            Self::Pledge => Self::Invest,
            Self::Commit | Self::Buy | Self::Agree => Self::Agree,
            other => other,
        }
    }

    /// Relations that hold over time (a licence, a stake, exclusivity, a
    /// revenue share): time is not part of their key, and a later statement
    /// that differs supersedes an earlier one. Other classes are events, keyed
    /// by when they happened.
    pub fn is_state(self) -> bool {
        matches!(
            self,
            Self::License | Self::Exclusivity | Self::OwnStake | Self::Pay | Self::Valuation
        )
    }

    /// Relations with no direction between their two parties (a deal, a
    /// partnership): their key sorts the parties.
    pub fn is_symmetric(self) -> bool {
        self.key_class() == Self::Agree
    }
}

/// Part of speech of a predicate word, which decides where its arguments sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb,
    /// A noun ("investment", "deal") or adjective ("exclusive").
    Noun,
}

/// A predicate word form.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub form: &'static str,
    pub lemma: &'static str,
    pub class: PredicateClass,
    pub pos: Pos,
}

macro_rules! entries {
    ($( $class:ident $pos:ident $lemma:literal : [$($form:literal),* $(,)?] ;)*) => {
        &[ $( $( Entry { form: $form, lemma: $lemma, class: PredicateClass::$class, pos: Pos::$pos }, )* )* ]
    };
}

/// Every predicate word form, by class.
pub const PREDICATES: &[Entry] = entries! {
    Invest Verb "invest": ["invest", "invests", "invested", "investing", "backed", "backs", "poured", "pours", "injected", "put", "puts", "pumped"];
    Invest Noun "investment": ["investment", "investments", "stake purchase"];
    Pledge Verb "pledge": ["pledge", "pledges", "pledged", "pledging"];
    Pledge Noun "pledge": ["pledge of"];
    Commit Verb "commit": ["commit", "commits", "committed", "committing"];
    Commit Noun "commitment": ["commitment", "commitments"];
    Buy Verb "buy": ["buy", "buys", "bought", "buying", "purchase", "purchased", "purchases", "spend", "spends", "spent", "spending"];
    Sell Verb "sell": ["sell", "sells", "sold", "selling", "divest", "divested", "divests"];
    Sell Noun "sale": ["sale of", "divestiture"];
    Acquire Verb "acquire": ["acquire", "acquires", "acquired", "acquiring", "take over", "took over", "takes over", "merge", "merged", "merges", "buy out", "bought out"];
    Acquire Noun "acquisition": ["acquisition", "acquisitions", "takeover", "merger", "buyout"];
    Raise Verb "raise": ["raise", "raises", "raised", "raising", "secured", "secures", "closed"];
    Raise Noun "funding": ["funding round", "funding", "round", "financing round"];
    Valuation Verb "value": ["valued", "valuing", "values"];
    Valuation Noun "valuation": ["valuation", "valuations"];
    Revenue Verb "earn": ["earned", "earns", "earn", "posted", "generated", "booked"];
    Revenue Noun "revenue": ["revenue", "revenues", "sales", "profit", "profits", "net income", "gain", "gains", "loss", "earnings"];
    Pay Verb "pay": ["pay", "pays", "paid", "paying"];
    Pay Noun "revenue share": ["revenue share", "revenue shares", "revenue sharing", "royalty", "royalties"];
    License Verb "license": ["licensed", "licensing"];
    License Noun "license": ["license", "licence", "licenses", "access"];
    Exclusivity Noun "exclusive": ["exclusive", "exclusivity", "exclusively", "exclusives", "non-exclusive", "nonexclusive"];
    OwnStake Verb "own": ["own", "owns", "owned", "owning", "holds a stake", "hold a stake"];
    OwnStake Noun "stake": ["stake", "shareholder", "shareholding", "ownership"];
    Sue Verb "sue": ["sue", "sues", "sued", "suing"];
    Sue Noun "lawsuit": ["lawsuit", "lawsuits", "legal action", "suit against", "litigation"];
    Agree Verb "agree": ["agree", "agrees", "agreed", "signed", "signs", "partner", "partnered", "partners"];
    Agree Noun "agreement": ["agreement", "deal", "deals", "partnership", "contract", "contracts", "alliance"];
    Launch Verb "launch": ["launch", "launches", "launched", "launching", "ship", "ships", "shipped", "debuted", "debuts", "released", "releases", "unveiled", "unveils"];
    Launch Noun "launch": ["launch of", "rollout"];
    Dispute Verb "dispute": ["disputed", "disputes", "denied", "denies", "deny", "rejected", "rejects", "contested", "countered"];
    Appoint Verb "appoint": ["appointed", "appoints", "named", "hired", "hires", "promoted"];
    Appoint Noun "appointment": ["appointment"];
    Resign Verb "resign": ["resigned", "resigns", "resign", "stepped down", "steps down", "step down", "quit", "ousted", "fired"];
    Resign Noun "resignation": ["resignation", "departure"];
    LayOff Verb "lay off": ["lay off", "laid off", "lays off", "laying off", "cut jobs", "cuts jobs", "cutting jobs", "eliminate jobs", "eliminated jobs"];
    LayOff Noun "layoff": ["layoffs", "layoff", "job cuts"];
};

/// Verbs that report speech: the claim after them belongs to their speaker.
pub const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "announced",
    "announces",
    "announce",
    "reported",
    "reports",
    "confirmed",
    "confirms",
    "wrote",
    "writing",
    "claimed",
    "claims",
    "stated",
    "states",
    "added",
    "adding",
    "noted",
    "celebrated",
    "emphasized",
    "emphasised",
    "stressed",
    "insisted",
    "argued",
    "acknowledged",
    "revealed",
    "disclosed",
    "according to",
    "denied",
    "denies",
    "disputed",
    "disputes",
    "countered",
    "rejected",
];

/// Say-verbs whose speaker contradicts what follows ("Amazon denied that it
/// would ...", "Microsoft countered that ..."): the embedded claim is negated
/// unless it is already.
pub const DENIAL_VERBS: &[&str] = &["denied", "denies", "disputed", "disputes", "rejected", "countered"];

/// Words of a speaker that is itself a news outlet or an unnamed source: what it
/// reports is second-hand for the outlet that repeats it.
pub const SECOND_HAND_CUES: &[&str] = &[
    "reported",
    "reports",
    "according to",
    "reportedly",
    "people familiar",
    "sources said",
    "person familiar",
    "told reporters",
    "a source",
];

/// Negation cues before the predicate in its clause ("no longer exclusive",
/// "stop paying", "without") or right after it ("exclusivity came to a halt",
/// "AGI clause removed").
pub const NEGATION_BEFORE: &[&str] = &[
    "not",
    "no longer",
    "never",
    "without",
    "n't",
    "stop",
    "stops",
    "stopped",
    "ends",
    "ended",
    "ending",
    "eliminates",
    "eliminated",
    "eliminate",
    "removes",
    "removed",
    "removing",
    "scrapped",
    "drops",
    "dropped",
    "no",
    "nor",
    "denied",
    "cancelled",
    "canceled",
    "terminated",
    "called off",
    "abandoned",
    "prevented",
    "prevents",
    "blocked",
    "barred",
    "halted",
    "loses",
    "lost",
];
pub const NEGATION_AFTER: &[&str] = &[
    "removed",
    "ended",
    "halt",
    "scrapped",
    "cancelled",
    "canceled",
    "terminated",
    "called off",
    "abandoned",
    "dropped",
];

/// Modality cues, strongest first within the clause.
pub const CONDITIONAL_CUES: &[&str] = &[
    "if ",
    "unless",
    "subject to",
    "pending",
    "conditions are met",
    "provided that",
    "contingent on",
];
pub const HEDGE_CUES: &[&str] = &[
    "may",
    "might",
    "could",
    "likely",
    "possibly",
    "reportedly",
    "considering",
    "in talks",
    "is said to",
    "are said to",
    "rumored",
    "rumoured",
    "potential",
    "potentially",
    "expected to",
    "unclear",
    "weighing",
    "exploring",
];
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "plans to",
    "planned",
    "is set to",
    "are set to",
    "to be",
    "'ll",
];

/// Words before a date that make it an end bound ("through 2030") rather than
/// when the claim happened.
pub const UNTIL_CUES: &[&str] = &["until", "through", "till", "thru", "to", "by", "ending", "expires in"];

/// Words before a figure that make it one part of a total stated in the same
/// sentence ("including an initial investment of $15 billion and an additional $35 billion").
pub const PART_CUES: &[&str] = &[
    "initial",
    "additional",
    "first",
    "second",
    "remaining",
    "further",
    "upfront",
    "up-front",
    "tranche",
    "another",
];

/// Sentences that correct the outlet's own earlier text: their claims are
/// retracted, not asserted.
pub const CORRECTION_CUES: &[&str] = &[
    "correction:",
    "an earlier version",
    "a previous version",
    "incorrectly stated",
    "incorrectly said",
    "incorrectly reported",
    "misstated",
    "erroneously",
    "has been corrected",
    "has been updated to correct",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for e in PREDICATES {
            assert_eq!(e.form, e.form.to_ascii_lowercase(), "{}", e.form);
            assert!(seen.insert(e.form), "{} is listed twice", e.form);
        }
    }

    #[test]
    fn pledges_key_as_investments_and_deals_are_symmetric() {
        assert_eq!(PredicateClass::Pledge.key_class(), PredicateClass::Invest);
        assert_eq!(PredicateClass::Buy.key_class(), PredicateClass::Agree);
        assert!(PredicateClass::Agree.is_symmetric());
        assert!(!PredicateClass::Invest.is_symmetric());
        assert!(PredicateClass::Exclusivity.is_state());
    }
}
