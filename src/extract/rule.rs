//! The registry of rule ids: every mention and claim names the rule that
//! found it by one of these, and every rule id the report can carry is here
//! with what it finds. Code compares [`Rule`] values, never strings, so a
//! misspelt or retired id is a compile error rather than a silent miss; the
//! report writes [`Rule::id`] (stable strings, kept when a rule is renamed in
//! code) and `check` splits precision and recall by it.

macro_rules! registry {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $id:literal, )+) => {
        /// A rule of one of the extractor families (see the module docs).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl Rule {
            /// Every rule, in registry order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            /// The stable id written in reports (`date.relative.weekday`).
            pub const fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id,)+ }
            }

            /// What the rule finds, with an example (its doc comment).
            pub fn doc(self) -> &'static str {
                match self { $(Rule::$variant => concat!($($doc, "\n"),+).trim_ascii(),)+ }
            }

            /// The rule of a stable id, as read back from a report.
            pub fn from_id(id: &str) -> Option<Rule> {
                match id { $($id => Some(Rule::$variant),)+ _ => None }
            }
        }
    };
}

impl Rule {
    /// A name from one of the generated tables of listed companies (SEC,
    /// index constituents): weaker than the curated catalogue, displaced by
    /// persons and longer names.
    pub fn is_listed_name(self) -> bool {
        matches!(self, Rule::OrgGazetteerSec | Rule::OrgGazetteerIndex)
    }

    /// The family: the id's first part (`date`, `money`, `org`, `claim`…).
    pub fn family(self) -> &'static str {
        self.id().split('.').next().unwrap_or_default()
    }

    /// Whether the id is `prefix` or starts with `prefix.` (`org.epithet`
    /// covers `org.epithet.product`).
    pub fn is_in(self, prefix: &str) -> bool {
        let id = self.id();
        id == prefix || (id.starts_with(prefix) && id.as_bytes().get(prefix.len()) == Some(&b'.'))
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// Read back from a report: an id the registry does not hold is an error
/// naming it (every id a report of any version carried is registered).
impl<'de> serde::Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Rule::from_id(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown rule id {s:?}")))
    }
}

/// On the wire a rule is its id, a plain string.
impl schemars::JsonSchema for Rule {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rule".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

registry! {
    // ---- dates (TIMEX3 DATE) ----
    /// A year on its own: "in 2032" -> 2032; "'98" -> 1998.
    DateAbsoluteYear = "date.absolute.year",
    /// A month with or without its year: "October" -> 2025-10 (published 2026-04-27).
    DateAbsoluteMonth = "date.absolute.month",
    /// A calendar day in any common order: "April 27, 2026", "27 April", "2026-04-27".
    DateAbsoluteDay = "date.absolute.day",
    /// A quarter: "the third quarter of 2025" -> 2025-Q3, "Q1 2026", "3Q25".
    DateAbsoluteQuarter = "date.absolute.quarter",
    /// A half year: "the first half of 2026" -> 2026-H1, "H2 2025".
    DateAbsoluteHalf = "date.absolute.half",
    /// A season: "last summer" -> 2025-SU (published 2026-04-27).
    DateAbsoluteSeason = "date.absolute.season",
    /// A decade: "the 1990s" -> 199.
    DateAbsoluteDecade = "date.absolute.decade",
    /// A century: "the 20th century" -> 19.
    DateAbsoluteCentury = "date.absolute.century",
    /// A named holiday: "Christmas Day" -> 2026-12-25.
    DateHoliday = "date.holiday",
    /// A span of days in one month: "October 13-15, 2026" -> 2026-10-13/2026-10-15.
    DateRangeDays = "date.range.days",
    /// A weekday resolved against the publish date and tense: "on Monday" -> 2026-04-27.
    DateRelativeWeekday = "date.relative.weekday",
    /// A deictic day: "yesterday", "today", "tomorrow".
    DateRelativeDay = "date.relative.day",
    /// A reference to a vague time: "now" -> PRESENT_REF, "in the past" -> PAST_REF.
    DateRelativeRef = "date.relative.ref",
    /// A calendar unit counted from the publish date: "last year", "next quarter", "this month".
    DateRelativeUnit = "date.relative.unit",
    /// A period of a year written out, in results: "the 2025 period" / "the 2025 quarter" (a year,
    /// or the quarter of the publish date in that year).
    DateRelativePeriod = "date.relative.period",
    /// An amount of time back from the publish date: "two years ago" -> 2024, "a year earlier".
    DateRelativeAgo = "date.relative.ago",
    /// The period a year before, hyphenated: "the year-earlier quarter" (five quarters back),
    /// "the year-ago period".
    DateRelativeYearEarlier = "date.relative.year_earlier",
    /// A year's end written as one word: "by year-end" -> 2026 (modifier END).
    DateRelativeYearEnd = "date.relative.year_end",
    /// "The same" unit with no date to refer back to: "the same quarter" -> XXXX-QX.
    DateRelativeSame = "date.relative.same",
    /// A unit referring back to a date just named: "that day", "the same day", "the following
    /// week" (resolved from the date before it).
    DateRelativePrevious = "date.relative.previous",
    // ---- times, durations, sets ----
    /// A clock time, with its day when given: "at 5:04 pm ET" -> 2026-04-27T17:04-04:00.
    TimeClock = "time.clock",
    /// A part of a day: "Monday morning" -> 2026-04-27TMO, "tonight".
    TimePartOfDay = "time.part_of_day",
    /// A counted duration: "for three years" -> P3Y, "a 10-year deal" -> P10Y.
    DurationCounted = "duration.counted",
    /// A duration with no number: "for years" -> PXY, "several months".
    DurationVague = "duration.vague",
    /// A recurrence with "every"/"each"/"per": "every quarter" -> XXXX-QX, "twice a year".
    SetEvery = "set.every",
    /// A frequency adverb: "annually" -> P1Y, "quarterly" -> P3M (SET).
    SetAdverb = "set.adverb",
    /// A plural weekday: "on Mondays" -> XXXX-WXX-1.
    SetWeekday = "set.weekday",
    // ---- money and percentages ----
    /// A figure with a currency symbol: "$50 billion", "€6.2bn", "£42m".
    MoneySymbol = "money.symbol",
    /// A figure with an ISO code: "USD 3.5 million", "EUR 200m".
    MoneyCode = "money.code",
    /// A figure with a currency word: "50 billion dollars", "3 million euros", "10 pounds".
    MoneyWord = "money.word",
    /// Cents or pence as units: "45 cents a share" -> 0.45 USD.
    MoneyCents = "money.cents",
    /// Pence glued to the number in British market copy: "closed at 387p" -> 3.87 GBP.
    MoneyPence = "money.pence",
    /// "#" standing for the pound sign in old wire copy: "#5 million" -> 5000000 GBP.
    MoneyHashPound = "money.hash_pound",
    /// Indian rupees with "Rs": "Rs 1,200 crore".
    MoneyRupees = "money.rupees",
    /// A sum without a number: "billions of dollars", "a few million pounds".
    MoneyVague = "money.vague",
    /// A percentage with a sign: "12%", "-0.8 %".
    PercentSign = "percent.sign",
    /// A percentage in words: "12 percent", "3.5 per cent".
    PercentWord = "percent.word",
    /// Percentage points: "two percentage points", "50 basis points".
    PercentPoints = "percent.points",
    // ---- organizations ----
    /// A name of the curated catalogue, as listed: "Microsoft".
    OrgGazetteerName = "org.gazetteer.name",
    /// A catalogue alias: "AWS" -> amazon, "Alphabet's Google" -> google.
    OrgGazetteerAlias = "org.gazetteer.alias",
    /// A name from the SEC company list (weaker; persons and common words displace it).
    OrgGazetteerSec = "org.gazetteer.sec",
    /// A name from the list of stock-index companies outside the SEC list
    /// (FTSE 100, DAX, CAC 40, Nikkei 225 …): "Tesco", "Yaskawa Electric".
    /// Matched and displaced like an SEC name.
    OrgGazetteerIndex = "org.gazetteer.index",
    /// A product of the catalogue standing for its maker only where marked: "ChatGPT".
    OrgProduct = "org.product",
    /// A product model name kept as a product, not its maker: "Model Y".
    OrgProductModel = "org.product.model",
    /// A product read as its company in company contexts: "Azure said" -> microsoft.
    OrgProductAsCompany = "org.product_as_company",
    /// A stock index in a market sentence, not a company: "the Dow fell 300 points".
    OrgMarketIndex = "org.market.index",
    /// A name ending in a legal form: "Acme Robotics Inc.", "Foo GmbH", "Bar plc".
    OrgLegalSuffix = "org.legal_suffix",
    /// A capitalized name ending in a company-word head: "Birch Labs", "Redfern Partners".
    OrgHeadWord = "org.head_word",
    /// A bare name in a company context: "Quorvix said", "shares of Zelmora", "X-based Kitefin".
    OrgContextCue = "org.context_cue",
    /// A name by its shape alone: "Air" and a place ("Air France"), a capitalized "Xyz.com"
    /// outside a web address.
    OrgNameShape = "org.name_shape",
    /// A name taken as an organization from its role around business words ("X's shareholders").
    OrgContext = "org.context",
    /// An acronym defined or implied by a name in the text: "Financial Conduct Authority (FCA)".
    OrgAcronym = "org.acronym",
    /// A ticker with its exchange: "(NASDAQ: MSFT)", "NYSE: IBM".
    OrgTickerExchange = "org.ticker.exchange",
    /// A cashtag: "$NVDA".
    OrgTickerCashtag = "org.ticker.cashtag",
    /// A ticker a phrase or bracket names: "under the symbol QRVX", "(Symbol: KRNL)",
    /// "Tarvik Mining Ltd (TVK.AX)", "2) BRAMBLE FOODS (BRF) — sales fell".
    OrgTickerSymbol = "org.ticker.symbol",
    /// The exchange of a listing bracket: "NYSE" in "(NYSE: KO)", "LSE" in "(LSE: HWS)".
    OrgListingExchange = "org.listing_exchange",
    /// A news outlet by where it stands: a masthead or byline at the article's top
    /// ("By Jane Doe | The Stack Pages | March 10, 2026"), a dateline's agency ("NEW DELHI, June 9 (PWI)").
    OrgMasthead = "org.masthead",
    /// A publication someone speaks to: "told the Courier", "told the Valley Business Journal".
    OrgToldOutlet = "org.told_outlet",
    /// A company opening a digest or broker-note line before a share move or a rating:
    /// "Holt Marine: down 2.1%", "Quayle Moss: outperform, target raised".
    OrgDigestLine = "org.digest_line",
    /// A public body's or bank's head word alone for the one body the text names with it:
    /// "the Commission" after "European Commission", "the Authority" after "Financial Conduct Authority".
    OrgBackref = "org.backref",
    /// A later bare repetition of a name found by a rule in the same article.
    OrgPropagated = "org.propagated",
    /// A name recognized in another source of the same report (story-level entities).
    OrgStory = "org.story",
    /// An epithet by industry: "the cloud giant", "the automaker".
    OrgEpithetIndustry = "org.epithet.industry",
    /// An epithet by product: "the ChatGPT maker", "the Windows giant".
    OrgEpithetProduct = "org.epithet.product",
    /// An epithet by place: "the Redmond company".
    OrgEpithetPlace = "org.epithet.place",
    /// An epithet by a person: "Sam Altman's company".
    OrgEpithetPerson = "org.epithet.person",
    /// "the company" / "the firm" resolved to the organization in view.
    OrgAnaphorCompany = "org.anaphor.company",
    /// "it" / "its" resolved to the organization in view when unambiguous.
    OrgAnaphorPronoun = "org.anaphor.pronoun",
    // ---- persons ----
    /// A person of the catalogue: "Satya Nadella".
    PersonGazetteer = "person.gazetteer",
    /// A person named with a role: "chief executive Sam Altman", "Judge Yvonne Gonzalez Rogers".
    PersonRole = "person.role",
    /// A surname repeating a person named before: "Rogers" after "Yvonne Gonzalez Rogers".
    PersonSurname = "person.surname",
    /// A family by its name, a party to stakes and deals: "the Rathmore family", "The Ortega family".
    PersonFamily = "person.family",
    /// A person named by an appointment or departure frame: "named Dana Whitcombe
    /// chief executive", "Hugo Stanwell, who has chaired Lindenhall since 2018, will leave".
    PersonFrame = "person.frame",
    // ---- claims ----
    /// An active clause: "Amazon invested $50 billion in OpenAI".
    ClaimVerb = "claim.verb",
    /// A passive clause: "Acme was acquired by Globex for $2 billion".
    ClaimPassive = "claim.passive",
    /// A nominal: "Amazon's $50 billion investment in OpenAI", "a deal worth $38 billion".
    ClaimNominal = "claim.nominal",
    /// A part of a figure: "including an initial $15 billion".
    ClaimPart = "claim.part",
    /// A clause-level reference to the claim before: "..., but this access is no longer exclusive".
    ClaimAnaphora = "claim.anaphora",
    /// A fact-sheet row taking the article's event: "Offer price: NOK 96 per share".
    ClaimSheetRow = "claim.sheet_row",
    /// A sentence opening with a definite phrase that names the article's event,
    /// taking its figure: "The bonds bear a 4.375% coupon".
    ClaimReference = "claim.reference",
    /// A figure whose measure's cue alone names the event told right before:
    /// "At Friday's close that is a 3.1% yield" after a dividend.
    ClaimFollowMeasure = "claim.follow_measure",
    /// A money or percent figure no claim of its sentence took, kept only to
    /// confirm another outlet's fact of the same figure: "the 14.6% slide"
    /// after "shares fell 14.6%" elsewhere (a corroborating record,
    /// `reconcile::confirm`).
    ClaimCorroborating = "claim.corroborating",
    /// The earlier period's figure a period result is compared with, as a claim
    /// of its own period: "sales climbed to $3.1 billion from $2.7 billion a year
    /// earlier", "net profit €92m (2025: €81m)".
    ClaimPriorPeriod = "claim.prior_period",
    // ---- tests ----
    /// Made by unit tests only.
    Test = "test",
}

#[cfg(test)]
mod tests {
    use super::Rule;

    #[test]
    fn ids_are_unique_dotted_and_read_back() {
        let mut seen = std::collections::HashSet::new();
        for &r in Rule::ALL {
            assert!(seen.insert(r.id()), "{} twice", r.id());
            assert_eq!(Rule::from_id(r.id()), Some(r));
            assert!(!r.doc().is_empty(), "{} has no doc", r.id());
        }
        assert_eq!(Rule::from_id("org.ticker"), None);
        assert_eq!(Rule::OrgEpithetProduct.family(), "org");
        assert!(Rule::OrgEpithetProduct.is_in("org.epithet"));
        assert!(!Rule::OrgEpithetProduct.is_in("org.epi"));
        assert_eq!(Rule::DateRelativeWeekday.to_string(), "date.relative.weekday");
    }
}
