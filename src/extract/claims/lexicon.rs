//! The embedded lexicon: predicate words with their lemma and class, and the
//! cue words for attribution, negation, modality, bounds and parts.
//!
//! Word forms are matched whole-word and ASCII case-insensitively. A form may
//! hold a space ("revenue share", "lay off"); the longest form at a position wins.

pub use super::ontology::{Entry, Pos, PredicateClass, alternates};

/// Every trigger word form of every event type (see [`super::ontology`]).
pub fn predicates() -> &'static [Entry] {
    super::ontology::entries()
}

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

/// Words naming a reporting period, before its "ended" ("the quarter ended
/// Sept. 30"): that "ended" is a date, not a negation; so is a trading
/// session's ("the session ended with Tarn's shares 3% higher").
pub const PERIOD_WORDS: &[&str] = &[
    "quarter", "quarters", "month", "months", "year", "years", "period", "periods", "week", "weeks", "half", "session",
    "sessions", "day", "trading",
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
    "advanced talks",
    "early talks",
    "exclusive talks",
    "preliminary talks",
    "in discussions",
    "nearing a deal",
    "close to a deal",
    "odds-on",
    "frontrunner",
    "front-runner",
    "favourite to",
    "favorite to",
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
    "plan to",
    "planning to",
    "planned",
    "is set to",
    "are set to",
    "to be",
    "'ll",
];

/// An intention or expectation of the subject with its own verb to follow:
/// the predicate may stand a few words further on than after "will"
/// ("intends to bid to boost its stake", "expects to report a third-quarter
/// net loss"): read further back (see `Shape::modality`).
pub const PLAN_CUES: &[&str] = &[
    "plans to",
    "plan to",
    "planning to",
    "intends to",
    "intend to",
    "intending to",
    "preparing to",
    "prepares to",
    "aims to",
    "aiming to",
    "seeks to",
    "seeking to",
    "expects to",
    "expect to",
    "expecting to",
];

/// Words before a date that make it an end bound ("through 2030") rather than
/// when the claim happened; a debt's maturity ("notes due 2033", "bonds
/// maturing in 2031") is when it ends, not when it was sold.
pub const UNTIL_CUES: &[&str] = &[
    "until",
    "through",
    "till",
    "thru",
    "to",
    "by",
    "ending",
    "expires in",
    "due",
    "due in",
    "maturing in",
    "matures in",
    "mature in",
];

/// Modal perfects that state what did not happen ("the merger would have
/// formed a business with turnover of €3bn", "profit could have doubled"):
/// with a past participle after them (see [`PARTICIPLES`]) the clause holds
/// no event. "would have to pay" (an obligation) is none.
pub const COUNTERFACTUAL_CUES: &[&str] = &[
    "would have",
    "could have",
    "might have",
    "should have",
    "would've",
    "could've",
    "might've",
    "would not have",
    "wouldn't have",
];

/// Past participles that do not end in "-ed", read after a
/// [`COUNTERFACTUAL_CUES`] phrase ("would have been", "could have made").
pub const PARTICIPLES: &[&str] = &[
    "been", "made", "given", "taken", "paid", "seen", "become", "cost", "won", "lost", "sold", "bought", "grown",
    "fallen", "risen", "brought", "done", "had", "kept", "left", "built", "run", "put", "set", "cut", "hit", "spent",
    "meant", "shown", "gone", "come", "held", "got", "gotten",
];

/// Words right before a date (past "on", "in", "from", "the", "its") that
/// make it the day something is paid out, handed over or awaited, not when
/// the claim happened: a dividend declared in October is "payable December
/// 15" to holders "of record on November 20"; an order won in January has
/// "deliveries starting in 2028"; shares rise "ahead of its second-quarter
/// results".
///
/// | text | the date is the claim's time? |
/// |---|---|
/// | "declared a dividend of 40 cents, payable March 3" | no |
/// | "a special dividend to be paid in June" | no |
/// | "holders of record on Feb. 2 get it" | no |
/// | "ordered 30 trams, with deliveries from 2029" | no |
/// | "Acme stock gained 2% ahead of Thursday's annual results" | no |
/// | "Acme paid a fine of $2 million in 2024" | yes |
/// | "Acme declared a dividend of 40 cents on March 3" | yes |
pub const SCHEDULE_CUES: &[&str] = &[
    "payable",
    "to be paid",
    "will be paid",
    "is to be paid",
    "of record",
    "of record as of",
    "holders on the register",
    "ex-dividend",
    "goes ex-dividend",
    "deliveries starting",
    "deliveries beginning",
    "deliveries due",
    "deliveries",
    "delivery starting",
    "first delivery",
    "to be delivered",
    "will be delivered",
    "ahead of",
];

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

/// Words that say a figure replaces an earlier one of the same thing
/// ("raised its offer to $20.10", "expanded the recall to 470,000 vehicles"):
/// a later side that says so supersedes the older one instead of conflicting.
pub const REVISION_CUES: &[&str] = &[
    "raised its offer",
    "raised its bid",
    "sweetened",
    "increased its offer",
    "increased its bid",
    "raises its offer",
    "improved offer",
    "improved bid",
    "revised",
    "raised the number",
    "expanded the recall",
    "expands recall",
    "expanded recall",
    "widened the recall",
    "now says",
    "now expects",
    "raised its forecast",
    "raised its guidance",
    "raised its outlook",
    "updated its",
    "corrected",
    "increased the number",
    "up from",
    "from an earlier",
    "from a previous",
    "previously announced",
];

/// Words that make a figure an expectation rather than a result when they
/// stand shortly before it in its clause ("analysts were expecting $2.52 a
/// share", "estimates of $27.5 billion") or right after it ("the 4.8 percent
/// gain that was expected"); after "than" or "as" they compare instead ("rose
/// more than expected to $10 billion" states the result).
pub const EXPECTATION_CUES: &[&str] = &[
    "expected",
    "expecting",
    "expectations",
    "expectation",
    "estimates",
    "estimate",
    "consensus",
    "forecast",
    "forecasts",
    "forecasting",
    "projected",
    "projecting",
    "anticipated",
    "predicted",
    "polled",
    "surveyed",
];

/// Words that compare a result with an expectation ("beat estimates", "more
/// than expected", "in line with expectations"): the figure they frame is the result.
pub const COMPARISON_WORDS: &[&str] = &[
    "than",
    "as",
    "with",
    "beat",
    "beats",
    "beating",
    "topped",
    "tops",
    "topping",
    "missed",
    "misses",
    "missing",
    "exceeded",
    "exceeds",
    "exceeding",
    "above",
    "below",
    "ahead",
    "versus",
    "vs",
    "compared",
    "against",
    "short",
    "surpassed",
    "surpassing",
    "under",
    "over",
];

/// Nouns after a company's possessive that are the company acting ("Amazon's
/// cloud unit agreed to buy"): the company stays the subject. Any other
/// possessed noun right before the verb is the subject itself ("Epstein's
/// victims who are suing", "Trump's advisers suggested"), and no company is.
pub const COMPANY_PART_WORDS: &[&str] = &[
    "unit",
    "units",
    "subsidiary",
    "subsidiaries",
    "division",
    "arm",
    "business",
    "affiliate",
    "parent",
    "fund",
    "venture",
    "board",
    "group",
    "operations",
    "management",
];

/// Nouns that name a company by its kind or its governing body. A definite
/// phrase ending in one ("the board", "its board of directors", "the
/// airline", "the Ohio-based utility") right before a verb is that verb's
/// subject, and in a text whose sentence names no company it is the company
/// the source is about ([`crate::extract::claims::shapes`], `described_company`).
/// Role words of a deal ("the buyer", "the target", "the bidder") are left
/// out: they name either party.
pub const COMPANY_KIND_WORDS: &[&str] = &[
    "board of directors",
    "board",
    "company",
    "firm",
    "group",
    "airline",
    "carrier",
    "utility",
    "lender",
    "bank",
    "insurer",
    "miner",
    "retailer",
    "grocer",
    "brewer",
    "chain",
    "operator",
    "manufacturer",
    "maker",
    "producer",
    "developer",
    "conglomerate",
    "automaker",
    "carmaker",
    "drugmaker",
    "chipmaker",
    "startup",
    "shipping line",
    "shipper",
    "builder",
    "housebuilder",
    "trust",
    "reit",
    "issuer",
    "borrower",
];

/// People outside the company who forecast, expect or estimate ("analysts
/// had forecast", "competition lawyers expect", "bankers expect"): right
/// before a word of a type in the company's own voice (guidance), the words
/// are theirs, not the company's.
pub const OUTSIDER_WORDS: &[&str] = &[
    "analysts",
    "analyst",
    "lawyers",
    "bankers",
    "economists",
    "investors",
    "traders",
    "brokers",
    "experts",
    "observers",
    "strategists",
    "sources",
    "people",
];

/// Personal pronouns that, right before a verb, are its subject: a person,
/// not the company named before them ("saying he recalled it vividly").
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "i", "you", "we"];

/// Words that may stand between a verb and its subject ("it had also
/// acquired", "who are suing").
pub const AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "also",
    "then",
    "later",
    "recently",
    "been",
    "be",
    "not",
    "now",
    "still",
    "already",
    "once",
    "reportedly",
    "eventually",
    "just",
    "did",
    "does",
    "do",
];

/// Prepositions whose object a name right before a verb is, not its subject:
/// "sales at Ostrevo Retail fell 4%", "a stake in Brannock rose" (the verb's
/// subject is the noun before the preposition).
pub const PREPOSITIONS_BEFORE_NAME: &[&str] = &[
    " at", " of", " in", " for", " from", " by", " with", " to", " on", " into", " than", " like",
];

/// Ranks before "shareholder" that make its possessor the company held:
/// "Acme's largest shareholder", "Acme's biggest shareholder".
pub const SHAREHOLDER_RANKS: &[&str] = &[
    " largest ",
    " biggest ",
    " top ",
    " main ",
    " second-largest ",
    " second largest ",
    " controlling ",
    " majority ",
    " principal ",
    " dominant ",
];

/// Legal forms a company's mention may leave out of its span, between the
/// name and its verb ("Tonbridge Holdings plc rallied").
pub const LEGAL_FORM_WORDS: &[&str] = &[
    "plc", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co.", "llc", "ag", "se", "sa", "nv", "asa", "ab", "oyj",
    "spa", "s.a.", "n.v.", "limited", "pjsc", "bhd", "tbk",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_lower_case_and_unique() {
        // A form listed twice serves two types told apart by what follows it:
        // each of its entries has `needs`, and no type lists it twice.
        let mut seen = std::collections::HashMap::new();
        for e in predicates() {
            assert_eq!(e.form, e.form.to_ascii_lowercase(), "{}", e.form);
            if let Some(first) = seen.insert(e.form, e) {
                assert!(
                    first.class != e.class && !first.trigger.needs.is_empty() && !e.trigger.needs.is_empty(),
                    "{} is listed twice",
                    e.form
                );
            }
        }
        let closed = predicates()
            .iter()
            .find(|e| e.form == "closed")
            .expect("closed is a form");
        let others: Vec<&str> = alternates(closed).iter().map(|e| e.class.as_str()).collect();
        assert_eq!(others, ["funding_round", "share_price_move"]);
        assert!(predicates().len() > 300, "{}", predicates().len());
    }

    #[test]
    fn pledges_key_as_investments_and_deals_are_symmetric() {
        let named = |id| PredicateClass::named(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(named("pledge"), named("investment"));
        assert_eq!(named("buy").key_class(), named("contract"));
        assert_eq!(named("purchase").as_str(), "purchase");
        assert!(named("agree").is_symmetric());
        assert!(!named("invest").is_symmetric());
        assert!(named("exclusivity").is_state());
        assert!(PredicateClass::named("no_such_type").is_none());
    }
}
