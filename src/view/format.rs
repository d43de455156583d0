//! Values as a reader writes them: "up to $50 billion", "about 27%", "no",
//! "yes, until 2032". Reads the report's JSON values, so a report read from a
//! file and one built in memory show the same words.

use rust_decimal::Decimal;
use serde_json::Value;

use crate::extract::MentionType;

/// The wire name of a serde enum value (`snake_case`), e.g. `conditional`.
pub fn wire<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// A fact's or side's value: the figure (or "yes"/"no" for a value-less
/// statement), the polarity and the end bound.
pub fn fact_value(v: &Value) -> String {
    let negated = field(v, "polarity") == Some("negated");
    let figure = claim_value(v);
    let mut out = match (figure.is_empty(), negated) {
        (true, false) => "yes".to_string(),
        (true, true) => "no".to_string(),
        (false, false) => figure,
        (false, true) => format!("not {figure}"),
    };
    if let Some(until) = v.get("until").filter(|u| !u.is_null()) {
        let bound = claim_value(until);
        if !bound.is_empty() {
            out.push_str(", until ");
            out.push_str(&bound);
        }
    }
    out
}

/// A claim value (`{type: money|percent|date|duration|text, ...}`) as words; empty when none.
pub fn claim_value(v: &Value) -> String {
    match field(v, "type") {
        Some("money") => money(v),
        Some("percent") => percent(v),
        Some("date") => field(v, "value").unwrap_or_default().to_string(),
        Some("duration") => duration_words(field(v, "value").unwrap_or_default()),
        Some("text") => field(v, "text")
            .map(|t| format!("\u{201c}{t}\u{201d}"))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// A mention's normalized value as the tooltip shows it.
pub fn mention_value(kind: MentionType, v: &Value) -> String {
    match kind {
        MentionType::Money => money(v),
        MentionType::Percent => percent(v),
        MentionType::Org | MentionType::Person => {
            let mut out = format!(
                "{} ({})",
                field(v, "name").unwrap_or_default(),
                field(v, "entity").unwrap_or_default()
            );
            if let Some(via) = field(v, "via") {
                out.push_str(&format!(", via {via}"));
            }
            if let Some(role) = field(v, "role") {
                out.push_str(&format!(", {role}"));
            }
            out
        }
        _ => {
            let mut out = field(v, "value").unwrap_or_default().to_string();
            if let Some(m) = field(v, "mod") {
                out.push_str(&format!(" ({})", m.to_lowercase().replace('_', " ")));
            }
            out
        }
    }
}

/// An ISO 8601 period in words: "P8Y" → "8 years", "PXM" → "some months",
/// "PT48H" → "48 hours"; anything else as it is.
pub fn duration_words(iso: &str) -> String {
    let Some(rest) = iso.strip_prefix('P') else {
        return iso.to_string();
    };
    let mut words = Vec::new();
    let mut number = String::new();
    let mut time = false;
    for c in rest.chars() {
        match c {
            'T' if number.is_empty() => time = true,
            '0'..='9' | '.' | 'X' => number.push(c),
            _ => {
                let unit = match (c, time) {
                    ('Y', _) => "year",
                    ('M', false) => "month",
                    ('W', _) => "week",
                    ('D', _) => "day",
                    ('H', true) => "hour",
                    ('M', true) => "minute",
                    ('S', true) => "second",
                    _ => return iso.to_string(),
                };
                if number.is_empty() {
                    return iso.to_string();
                }
                let n = if number == "X" {
                    "some".to_string()
                } else {
                    std::mem::take(&mut number)
                };
                let plural = if n == "1" { "" } else { "s" };
                words.push(format!("{n} {unit}{plural}"));
                number.clear();
            }
        }
    }
    if words.is_empty() || !number.is_empty() {
        iso.to_string()
    } else {
        words.join(" ")
    }
}

fn scale(word: &str) -> Option<Decimal> {
    let zeros = match word {
        "thousand" => 3,
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => return None,
    };
    Some(Decimal::from_i128_with_scale(10i128.pow(zeros), 0))
}

/// "50000000000" with scale word "billion" → "50 billion"; without one, digits grouped by three.
fn amount(raw: &str, scale_word: Option<&str>) -> String {
    let Ok(d) = raw.parse::<Decimal>() else {
        return raw.to_string();
    };
    if let Some((word, div)) = scale_word.and_then(|w| scale(w).map(|s| (w, s))) {
        if let Some(q) = d.checked_div(div) {
            return format!("{} {word}", q.normalize());
        }
    }
    let s = d.normalize().to_string();
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

fn currency(code: &str, figure: &str) -> String {
    match code {
        "USD" => format!("${figure}"),
        "EUR" => format!("\u{20ac}{figure}"),
        "GBP" => format!("\u{a3}{figure}"),
        "JPY" => format!("\u{a5}{figure}"),
        "" => figure.to_string(),
        other => format!("{other} {figure}"),
    }
}

/// Puts the exactness into words around `one` (how one amount is written).
fn with_exactness(v: &Value, one: impl Fn(&str) -> String) -> String {
    let ex = field(v, "exactness").unwrap_or("exact");
    if ex == "range" {
        let min = field(v, "min").map(&one).unwrap_or_default();
        let max = field(v, "max").map(&one).unwrap_or_default();
        return format!("{min}\u{2013}{max}");
    }
    let figure = field(v, "amount")
        .or_else(|| field(v, "max"))
        .or_else(|| field(v, "min"));
    let figure = figure.map(&one).unwrap_or_default();
    let prefix = match ex {
        "approx" => "about ",
        "at_most" => "up to ",
        "at_least" => "at least ",
        "more_than" => "more than ",
        "less_than" => "less than ",
        _ => "",
    };
    let mut out = format!("{prefix}{figure}");
    if let Some(per) = field(v, "per") {
        out.push_str(&format!(" per {per}"));
    }
    if let Some(q) = field(v, "qualifier") {
        out = format!("{q} {out}");
    }
    if let Some(d) = field(v, "duration") {
        out.push_str(&format!(" over {}", duration_words(d)));
    }
    out
}

fn money(v: &Value) -> String {
    let code = field(v, "currency").unwrap_or_default();
    let scale_word = field(v, "scale_word");
    with_exactness(v, |a| currency(code, &amount(a, scale_word)))
}

fn percent(v: &Value) -> String {
    let points = field(v, "unit") == Some("percentage_point");
    with_exactness(v, |a| {
        let n = amount(a, None);
        if points { format!("{n} points") } else { format!("{n}%") }
    })
}

/// A TIMEX-like value ("2019", "2025-11", "2026-Q1", "2026-04-27", "2026-W17")
/// as the fractional years it covers, start and end; none for other values.
pub fn year_span(value: &str) -> Option<(f64, f64)> {
    let mut parts = value.split('-');
    let year: f64 = parts.next()?.parse::<u16>().ok()?.into();
    let Some(second) = parts.next() else {
        return Some((year, year + 1.0));
    };
    if let Some(q) = second.strip_prefix('Q') {
        let q: f64 = q.parse::<u8>().ok().filter(|q| (1..=4).contains(q))?.into();
        return Some((year + (q - 1.0) / 4.0, year + q / 4.0));
    }
    // A year so far ("2025-YTD", nine months' figures): within the year.
    if second == "YTD" {
        return Some((year, year + 1.0));
    }
    if let Some(w) = second.strip_prefix('W') {
        let w: f64 = w.parse::<u8>().ok().filter(|w| (1..=53).contains(w))?.into();
        return Some((year + (w - 1.0) * 7.0 / 365.25, year + w * 7.0 / 365.25));
    }
    let month: f64 = second.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?.into();
    let Some(third) = parts.next() else {
        return Some((year + (month - 1.0) / 12.0, year + month / 12.0));
    };
    let day: f64 = third
        .get(..2)?
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=31).contains(d))?
        .into();
    let start = year + (month - 1.0) / 12.0 + (day - 1.0) / 365.25;
    Some((start, start + 1.0 / 365.25))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn money_reads_as_written() {
        let v = json!({"type": "money", "currency": "USD", "amount": "50000000000", "max": "50000000000",
            "exactness": "at_most", "scale_word": "billion", "polarity": "affirmed"});
        assert_eq!(fact_value(&v), "up to $50 billion");
        let v = json!({"type": "money", "currency": "EUR", "amount": "7500000000", "exactness": "exact", "scale_word": "billion"});
        assert_eq!(claim_value(&v), "\u{20ac}7.5 billion");
        let v = json!({"type": "money", "currency": "CHF", "amount": "1234567.5", "exactness": "approx"});
        assert_eq!(claim_value(&v), "about CHF 1,234,567.5");
        let v = json!({"type": "money", "currency": "USD", "min": "10000000", "max": "20000000", "exactness": "range", "scale_word": "million"});
        assert_eq!(claim_value(&v), "$10 million\u{2013}$20 million");
    }

    #[test]
    fn statements_without_a_figure_are_yes_or_no_with_their_bound() {
        assert_eq!(fact_value(&json!({"polarity": "negated"})), "no");
        let v = json!({"polarity": "affirmed", "until": {"type": "date", "value": "2032"}});
        assert_eq!(fact_value(&v), "yes, until 2032");
        let v =
            json!({"type": "percent", "unit": "percent", "amount": "27", "exactness": "approx", "polarity": "negated"});
        assert_eq!(fact_value(&v), "not about 27%");
    }

    #[test]
    fn mention_values_name_entity_and_modifier() {
        let v = json!({"entity": "openai", "name": "OpenAI", "kind": "company", "via": "Sam Altman"});
        assert_eq!(mention_value(MentionType::Org, &v), "OpenAI (openai), via Sam Altman");
        let v = json!({"value": "PT48H", "mod": "LESS_THAN"});
        assert_eq!(mention_value(MentionType::Duration, &v), "PT48H (less than)");
    }

    #[test]
    fn durations_read_as_words() {
        assert_eq!(duration_words("P8Y"), "8 years");
        assert_eq!(duration_words("PXM"), "some months");
        assert_eq!(duration_words("P1Y6M"), "1 year 6 months");
        assert_eq!(duration_words("PT48H"), "48 hours");
        assert_eq!(duration_words("PT5M"), "5 minutes");
        assert_eq!(duration_words("P"), "P");
        assert_eq!(duration_words("FUTURE_REF"), "FUTURE_REF");
        let v = json!({"type": "money", "currency": "USD", "amount": "35000000000", "exactness": "exact", "scale_word": "billion", "qualifier": "additional", "duration": "P8Y"});
        assert_eq!(claim_value(&v), "additional $35 billion over 8 years");
    }

    #[test]
    fn time_values_cover_their_period() {
        assert_eq!(year_span("2019"), Some((2019.0, 2020.0)));
        assert_eq!(year_span("2026-Q1"), Some((2026.0, 2026.25)));
        assert_eq!(year_span("2025-YTD"), Some((2025.0, 2026.0)));
        assert_eq!(year_span("2025-11"), Some((2025.0 + 10.0 / 12.0, 2025.0 + 11.0 / 12.0)));
        let (s, e) = year_span("2026-04-27").unwrap();
        assert!((s - (2026.0 + 3.0 / 12.0 + 26.0 / 365.25)).abs() < 1e-9 && e > s);
        assert_eq!(year_span("PRESENT_REF"), None);
        assert_eq!(year_span("2026-13"), None);
    }
}
