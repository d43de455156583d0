//! Word lists: currencies (symbols, codes, words, the letters written before
//! a `$`), scale words and number words. Facts only; matching lives in
//! `number.rs`, `qualifier.rs` and `mod.rs`.

/// What a candidate literal found by the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A symbol written before the amount: "$", "€", "£", "¥", "₹", "₩".
    Symbol(&'static str),
    /// "#" before an amount with a scale word: "# 13 billion". Texts that went
    /// through the British ISO 646 charset (MEANTIME's Wikinews copies among
    /// them) carry "£" as "#"; with a scale word it is never a hashtag or a rank.
    Hash,
    /// "Rs" / "Rs." before an amount (Indian rupees).
    Rupees,
    /// Letters written right before the digits that stand for a currency
    /// only in some articles: "R18.62bn" (South African rand). Read with a
    /// scale word, or with no scale where [`CONTEXT_CURRENCIES`] places the
    /// article in the currency's country; never before a letter or a
    /// hyphen ("R2-D2", "R&D").
    Letter(&'static str),
    /// An upper-case ISO code, before or after the amount: "USD 5 million", "5 million EUR".
    Code(&'static str),
    /// A currency word after the amount: "dollars", "euros", "yen".
    Word(&'static str),
    /// A hundredth of a currency: "26 cents", "50 pence".
    Cents(&'static str),
    /// "%".
    PercentSign,
    /// "percent", "per cent", "pct".
    PercentWord,
    /// "percentage point(s)".
    Points,
}

/// The literals the candidate automaton looks for (matched ASCII-case-insensitively;
/// codes and "Rs" are checked for their case afterwards).
pub const ANCHORS: &[(&str, Anchor)] = &[
    ("$", Anchor::Symbol("USD")),
    ("€", Anchor::Symbol("EUR")),
    ("£", Anchor::Symbol("GBP")),
    ("¥", Anchor::Symbol("JPY")),
    ("₹", Anchor::Symbol("INR")),
    ("₩", Anchor::Symbol("KRW")),
    ("#", Anchor::Hash),
    ("Rs", Anchor::Rupees),
    ("R", Anchor::Letter("ZAR")),
    // Indonesian rupiah and UAE dirham as the local press writes them, glued
    // to the digits: "Rp4.5 trillion", "Dh1.2 billion" (the rupiah also with
    // a space: "Rp 3 tn"); read only with a scale word, or for "Rp" in an
    // Indonesian article (`CONTEXT_CURRENCIES`: "an IPO price of Rp 480").
    ("Rp", Anchor::Letter("IDR")),
    ("Dh", Anchor::Letter("AED")),
    // The zloty's sign, before or after the amount ("zł3.10", "3.10 zł").
    ("zł", Anchor::Symbol("PLN")),
    ("USD", Anchor::Code("USD")),
    ("EUR", Anchor::Code("EUR")),
    ("GBP", Anchor::Code("GBP")),
    ("JPY", Anchor::Code("JPY")),
    ("CNY", Anchor::Code("CNY")),
    ("RMB", Anchor::Code("CNY")),
    ("INR", Anchor::Code("INR")),
    ("CHF", Anchor::Code("CHF")),
    ("CAD", Anchor::Code("CAD")),
    ("AUD", Anchor::Code("AUD")),
    ("HKD", Anchor::Code("HKD")),
    ("SGD", Anchor::Code("SGD")),
    ("NZD", Anchor::Code("NZD")),
    ("KRW", Anchor::Code("KRW")),
    ("SEK", Anchor::Code("SEK")),
    ("NOK", Anchor::Code("NOK")),
    ("DKK", Anchor::Code("DKK")),
    ("BRL", Anchor::Code("BRL")),
    ("MXN", Anchor::Code("MXN")),
    ("ZAR", Anchor::Code("ZAR")),
    // More ISO 4217 codes business wires write before amounts outside the
    // US and UK (2026-12-06). Not "TRY", "PEN", "PHP", "ALL": English words
    // in capitals too.
    ("PLN", Anchor::Code("PLN")),
    ("CZK", Anchor::Code("CZK")),
    ("HUF", Anchor::Code("HUF")),
    ("ISK", Anchor::Code("ISK")),
    ("TWD", Anchor::Code("TWD")),
    ("IDR", Anchor::Code("IDR")),
    ("MYR", Anchor::Code("MYR")),
    ("THB", Anchor::Code("THB")),
    ("VND", Anchor::Code("VND")),
    ("AED", Anchor::Code("AED")),
    ("SAR", Anchor::Code("SAR")),
    ("QAR", Anchor::Code("QAR")),
    ("ILS", Anchor::Code("ILS")),
    ("NGN", Anchor::Code("NGN")),
    ("KES", Anchor::Code("KES")),
    ("EGP", Anchor::Code("EGP")),
    ("CLP", Anchor::Code("CLP")),
    ("COP", Anchor::Code("COP")),
    ("ARS", Anchor::Code("ARS")),
    ("dollar", Anchor::Word("USD")),
    ("dollars", Anchor::Word("USD")),
    ("euro", Anchor::Word("EUR")),
    ("euros", Anchor::Word("EUR")),
    ("pound", Anchor::Word("GBP")),
    ("pounds", Anchor::Word("GBP")),
    ("yen", Anchor::Word("JPY")),
    ("yuan", Anchor::Word("CNY")),
    ("renminbi", Anchor::Word("CNY")),
    ("rupee", Anchor::Word("INR")),
    ("rupees", Anchor::Word("INR")),
    // The Czech crown by its own name (the Slovak koruna is gone since 2009).
    ("koruna", Anchor::Word("CZK")),
    ("korunas", Anchor::Word("CZK")),
    ("koruny", Anchor::Word("CZK")),
    // Currency names of one country each (2026-12-06). Not "peso(s)",
    // "krone(r)", "crown(s)", "dinar(s)", "won": several countries' or an English word.
    ("kronor", Anchor::Word("SEK")),
    ("krona", Anchor::Word("SEK")),
    ("rand", Anchor::Word("ZAR")),
    ("reais", Anchor::Word("BRL")),
    ("ringgit", Anchor::Word("MYR")),
    ("baht", Anchor::Word("THB")),
    ("rupiah", Anchor::Word("IDR")),
    ("zlotys", Anchor::Word("PLN")),
    ("zloty", Anchor::Word("PLN")),
    ("forints", Anchor::Word("HUF")),
    ("forint", Anchor::Word("HUF")),
    ("shekels", Anchor::Word("ILS")),
    ("shekel", Anchor::Word("ILS")),
    ("naira", Anchor::Word("NGN")),
    ("dirhams", Anchor::Word("AED")),
    ("dirham", Anchor::Word("AED")),
    ("riyals", Anchor::Word("SAR")),
    ("riyal", Anchor::Word("SAR")),
    ("lira", Anchor::Word("TRY")),
    // Names several countries share: a currency only with the country's
    // adjective before them (`CURRENCY_ADJECTIVES`: "4 billion Swedish
    // crowns", "900 million Chilean pesos"); alone ("the crown", "pesos")
    // they name none. The empty code stands for "given by the adjective".
    ("crowns", Anchor::Word("")),
    ("crown", Anchor::Word("")),
    ("kroner", Anchor::Word("")),
    ("krone", Anchor::Word("")),
    // "won" is also the past of "win": a currency only in an article that
    // names South Korea (`CONTEXT_CURRENCIES`).
    ("won", Anchor::Word("")),
    ("pesos", Anchor::Word("")),
    ("peso", Anchor::Word("")),
    ("shillings", Anchor::Word("")),
    ("shilling", Anchor::Word("")),
    // Swiss, French (before 2002), Belgian, CFA francs: the article decides
    // ([`CONTEXT_CURRENCIES`]), Swiss when nothing does.
    ("franc", Anchor::Word("")),
    ("francs", Anchor::Word("")),
    ("cent", Anchor::Cents("USD")),
    ("cents", Anchor::Cents("USD")),
    ("pence", Anchor::Cents("GBP")),
    ("%", Anchor::PercentSign),
    ("percent", Anchor::PercentWord),
    ("per cent", Anchor::PercentWord),
    ("pct", Anchor::PercentWord),
    ("percentage point", Anchor::Points),
    ("percentage points", Anchor::Points),
    ("percentage-point", Anchor::Points),
];

/// Letters written right before "$" or "¥" that name the currency ("US$", "C$", "HK$", "CN¥").
/// Longest first, so "USD" is tried before "US".
pub const SYMBOL_PREFIXES: &[(&str, char, &str)] = &[
    ("U.S.", '$', "USD"),
    ("USD", '$', "USD"),
    ("AUD", '$', "AUD"),
    ("CAD", '$', "CAD"),
    ("CAN", '$', "CAD"),
    ("US", '$', "USD"),
    ("AU", '$', "AUD"),
    ("CA", '$', "CAD"),
    ("HK", '$', "HKD"),
    ("NZ", '$', "NZD"),
    ("SG", '$', "SGD"),
    ("NT", '$', "TWD"),
    ("MX", '$', "MXN"),
    ("A", '$', "AUD"),
    ("C", '$', "CAD"),
    ("S", '$', "SGD"),
    ("R", '$', "BRL"),
    ("CN", '¥', "CNY"),
    ("JP", '¥', "JPY"),
];

/// Words between an amount and its currency word that change the currency
/// ("9.9 billion Hong Kong dollars"). Matched case-sensitively, longest first.
pub const CURRENCY_ADJECTIVES: &[(&str, &str, &str)] = &[
    ("New Zealand", "dollar", "NZD"),
    ("Hong Kong", "dollar", "HKD"),
    ("Singapore", "dollar", "SGD"),
    ("Australian", "dollar", "AUD"),
    ("Canadian", "dollar", "CAD"),
    ("Taiwanese", "dollar", "TWD"),
    ("Taiwan", "dollar", "TWD"),
    ("American", "dollar", "USD"),
    ("U.S.", "dollar", "USD"),
    ("US", "dollar", "USD"),
    ("Swiss", "franc", "CHF"),
    ("French", "franc", "FRF"),
    ("Belgian", "franc", "BEF"),
    ("Japanese", "yen", "JPY"),
    ("Chinese", "yuan", "CNY"),
    ("Indian", "rupee", "INR"),
    ("British", "pound", "GBP"),
    ("Canadian", "cent", "CAD"),
    ("Australian", "cent", "AUD"),
    ("U.S.", "cent", "USD"),
    ("US", "cent", "USD"),
    ("euro", "cent", "EUR"),
    ("Swedish", "crown", "SEK"),
    // "Swedish kronor", "Swedish krona"; "Icelandic krona" is the krona of Iceland.
    ("Swedish", "kron", "SEK"),
    ("Icelandic", "kron", "ISK"),
    ("Norwegian", "crown", "NOK"),
    ("Danish", "crown", "DKK"),
    ("Czech", "crown", "CZK"),
    ("Icelandic", "crown", "ISK"),
    ("Norwegian", "krone", "NOK"),
    ("Danish", "krone", "DKK"),
    ("Mexican", "peso", "MXN"),
    ("Chilean", "peso", "CLP"),
    ("Colombian", "peso", "COP"),
    ("Argentine", "peso", "ARS"),
    ("Argentinian", "peso", "ARS"),
    ("Philippine", "peso", "PHP"),
    ("Uruguayan", "peso", "UYU"),
    ("Kenyan", "shilling", "KES"),
    ("Ugandan", "shilling", "UGX"),
    ("Tanzanian", "shilling", "TZS"),
    ("Egyptian", "pound", "EGP"),
    ("Turkish", "lira", "TRY"),
];

/// A currency name several countries share, or a letter only some articles
/// write for a currency, decided by the article's words when no adjective
/// stands before it: the candidate with the most cue words (at word bounds)
/// anywhere in the article, strictly more than any other; else `default`
/// ("" = not read: a currency left unknown is better than a guess).
pub struct ContextCurrency {
    /// How the written unit starts, lower case ("crown" for "crowns", "kron"
    /// for "kroner" / "krone"), or the letter as written ("R").
    pub written: &'static str,
    /// (currency, cue words); the currency "" stands for "another, unknown".
    pub candidates: &'static [(&'static str, &'static [&'static str])],
    pub default: &'static str,
    /// Read only with a scale word or thousands groups ("1.2 trillion won",
    /// "48,000 won"): a bare number before the word is as often a count
    /// ("in 2019 won", "has 14 won and 3 lost").
    pub scaled_or_grouped: bool,
}

const SWEDEN: &[&str] = &[
    "Sweden",
    "Swedish",
    "Stockholm",
    "STOCKHOLM",
    "Gothenburg",
    "Riksbank",
    "Nasdaq Stockholm",
];
const NORWAY: &[&str] = &[
    "Norway",
    "Norwegian",
    "Oslo",
    "OSLO",
    "Bergen",
    "Stavanger",
    "Norges Bank",
];
const DENMARK: &[&str] = &[
    "Denmark",
    "Danish",
    "Copenhagen",
    "COPENHAGEN",
    "Aarhus",
    "Danmarks Nationalbank",
];
const SOUTH_KOREA: &[&str] = &[
    "South Korea",
    "South Korean",
    "Seoul",
    "SEOUL",
    "Busan",
    "KOSPI",
    "Kospi",
    "KOSDAQ",
    "Kosdaq",
    "Korea Exchange",
    "Bank of Korea",
];
const CZECHIA: &[&str] = &["Czech", "Czechia", "Prague", "PRAGUE", "Brno"];
const ICELAND: &[&str] = &["Iceland", "Icelandic", "Reykjavik", "REYKJAVIK"];
/// Cues of an Indonesian article: "Rp" without a scale word is the rupiah
/// there ("an IPO price of Rp 480"), and no currency elsewhere.
const INDONESIA: &[&str] = &[
    "Indonesia",
    "Indonesian",
    "Indonesians",
    "Jakarta",
    "JAKARTA",
    "Surabaya",
    "IDX",
    "Indonesia Stock Exchange",
    "Bank Indonesia",
    "rupiah",
    "Tbk",
];

const SOUTH_AFRICA: &[&str] = &[
    "South Africa",
    "South African",
    "South Africans",
    "Johannesburg",
    "JOHANNESBURG",
    "Cape Town",
    "CAPE TOWN",
    "Pretoria",
    "Durban",
    "JSE",
    "Johannesburg Stock Exchange",
    "Reserve Bank of South Africa",
    "SARB",
    "rand",
];

/// | article | figure | currency |
/// |---|---|---|
/// | "OSLO - Equinor … paid 4 billion crowns" | "4 billion crowns" | NOK |
/// | "… the Stockholm-listed Volvo Cars … 12 billion crowns" | | SEK |
/// | "… Prague's CEZ … 9 billion crowns" | | CZK |
/// | "Maersk, the Danish shipper … 3.2 billion kroner" | | DKK |
/// | "… crowns" (no country, or Sweden and Norway as often) | | not read |
/// | "PARIS - Renault … 2 billion francs" (a 1990s story) | | FRF |
/// | "Nestle, the Swiss food group … 500 million francs" | | CHF |
/// | "the Brussels brewer … 300 million francs" (no Swiss word) | | BEF |
/// | "… 1,000 CFA francs" | | not read |
/// | "SEOUL - Hanjin … 1.5 trillion won" | "1.5 trillion won" | KRW |
/// | "… won" (no South Korean word, or North Korea as often) | | not read |
/// | "JOHANNESBURG - Sasol … R450 a share" | "R450" | ZAR |
/// | "Sasol earned R18.62bn" (any article: a scale word) | | ZAR |
/// | "droid R2-D2", "R&D", "the R45 to Paarl", "R5" in a US article | | not read |
pub const CONTEXT_CURRENCIES: &[ContextCurrency] = &[
    ContextCurrency {
        written: "crown",
        candidates: &[
            ("SEK", SWEDEN),
            ("NOK", NORWAY),
            ("DKK", DENMARK),
            ("CZK", CZECHIA),
            ("ISK", ICELAND),
        ],
        default: "",
        scaled_or_grouped: false,
    },
    ContextCurrency {
        written: "kron",
        candidates: &[("NOK", NORWAY), ("DKK", DENMARK)],
        default: "",
        scaled_or_grouped: false,
    },
    ContextCurrency {
        written: "franc",
        candidates: &[
            (
                "CHF",
                &[
                    "Switzerland",
                    "Swiss",
                    "Zurich",
                    "ZURICH",
                    "Geneva",
                    "GENEVA",
                    "Bern",
                    "Basel",
                    "SIX Swiss",
                ],
            ),
            ("FRF", &["France", "French", "Paris", "PARIS", "Lyon"]),
            ("BEF", &["Belgium", "Belgian", "Brussels", "BRUSSELS", "Antwerp"]),
            (
                "",
                &[
                    "CFA",
                    "Congo",
                    "Congolese",
                    "Rwanda",
                    "Rwandan",
                    "Burundi",
                    "Guinea",
                    "Djibouti",
                    "Comoros",
                ],
            ),
        ],
        default: "CHF",
        scaled_or_grouped: false,
    },
    ContextCurrency {
        written: "won",
        candidates: &[
            ("KRW", SOUTH_KOREA),
            ("", &["North Korea", "North Korean", "Pyongyang"]),
        ],
        default: "",
        scaled_or_grouped: true,
    },
    ContextCurrency {
        written: "Rp",
        candidates: &[("IDR", INDONESIA)],
        default: "",
        scaled_or_grouped: false,
    },
    ContextCurrency {
        written: "R",
        candidates: &[("ZAR", SOUTH_AFRICA)],
        default: "",
        scaled_or_grouped: false,
    },
];

/// Currencies whose writers often group thousands with "." ("€1.000,50").
pub fn groups_with_dots(currency: &str) -> bool {
    matches!(currency, "EUR" | "CHF" | "DKK" | "NOK" | "SEK" | "BRL")
}

/// Scale words: canonical name and power of ten. Spelled-out words match in
/// any case, after a space or a hyphen; abbreviations only where listed.
pub struct ScaleWord {
    pub text: &'static str,
    pub name: &'static str,
    pub exponent: u32,
    /// May follow the digits with a space ("US$ 7.2 bn"); single letters may not ("$5 m" is unclear).
    pub spaced: bool,
    /// Matches in any case ("Billion"); abbreviations like "M"/"m" are listed per case.
    pub any_case: bool,
}

const fn scale(text: &'static str, name: &'static str, exponent: u32, spaced: bool, any_case: bool) -> ScaleWord {
    ScaleWord {
        text,
        name,
        exponent,
        spaced,
        any_case,
    }
}

/// Longest first within a shared prefix, so "million" is tried before "m".
pub const SCALE_WORDS: &[ScaleWord] = &[
    scale("thousand", "thousand", 3, true, true),
    scale("million", "million", 6, true, true),
    scale("billion", "billion", 9, true, true),
    scale("trillion", "trillion", 12, true, true),
    scale("crores", "crore", 7, true, true),
    scale("crore", "crore", 7, true, true),
    scale("lakhs", "lakh", 5, true, true),
    scale("lakh", "lakh", 5, true, true),
    scale("mln", "million", 6, true, false),
    scale("bln", "billion", 9, true, false),
    scale("trn", "trillion", 12, true, false),
    scale("mil", "million", 6, true, false),
    scale("bil", "billion", 9, true, false),
    scale("Mn", "million", 6, true, false),
    scale("Bn", "billion", 9, true, false),
    scale("mn", "million", 6, true, false),
    scale("bn", "billion", 9, true, false),
    scale("tn", "trillion", 12, true, false),
    scale("k", "thousand", 3, false, false),
    scale("K", "thousand", 3, false, false),
    scale("m", "million", 6, false, false),
    scale("M", "million", 6, false, false),
    scale("b", "billion", 9, false, false),
    scale("B", "billion", 9, false, false),
    scale("T", "trillion", 12, false, false),
];

/// Plural scale words of vague amounts ("billions of dollars").
pub const VAGUE_SCALES: &[(&str, &str)] = &[
    ("thousands", "thousand"),
    ("millions", "million"),
    ("billions", "billion"),
    ("trillions", "trillion"),
];

pub const UNIT_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub const TENS_WORDS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The value of "one" … "nineteen" or "twenty" … "ninety" (lower case).
pub fn small_number(word: &[u8]) -> Option<u32> {
    if let Some(i) = UNIT_WORDS.iter().position(|w| w.as_bytes().eq_ignore_ascii_case(word)) {
        return Some(i as u32);
    }
    TENS_WORDS
        .iter()
        .find(|(w, _)| w.as_bytes().eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// Units a rate is given per without "per": "$3 a barrel", "$20 a share".
pub const RATE_UNITS: &[&str] = &[
    "share",
    "barrel",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "ton",
    "tonne",
    "gallon",
    "litre",
    "liter",
    "ounce",
    "unit",
    "head",
    "person",
    "seat",
    "night",
    "kilowatt-hour",
    "megawatt-hour",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_unique_and_prefixes_longest_first() {
        let mut texts: Vec<&str> = ANCHORS.iter().map(|(t, _)| *t).collect();
        texts.sort();
        let n = texts.len();
        texts.dedup();
        assert_eq!(texts.len(), n, "an anchor literal is listed twice");
        // A shorter prefix before a longer one that ends with it would shadow it ("US" before "USD").
        for (i, (a, sa, _)) in SYMBOL_PREFIXES.iter().enumerate() {
            for (b, sb, _) in &SYMBOL_PREFIXES[i + 1..] {
                assert!(!(sa == sb && b.ends_with(a) && b.len() > a.len()), "{a} shadows {b}");
            }
        }
        assert_eq!(small_number(b"Nineteen"), Some(19));
        assert_eq!(small_number(b"ninety"), Some(90));
        assert_eq!(small_number(b"hundred"), None);
    }
}
