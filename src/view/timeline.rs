//! The timeline of dated facts: a plain SVG, one row per fact, a solid bar
//! over the period of its time ("2019" is the whole year), a dashed bar to the
//! end bound it states ("until 2032"), a dotted one from an old statement to
//! the one that superseded it. Status is written in each label, not only coloured.

use maud::{Markup, html};
use serde_json::Value;

use super::format::{fact_value, year_span};
use super::{Ctx, status_icon_word};
use crate::report::schema::WireFact as Fact;

const WIDTH: f64 = 640.0;
const PAD: f64 = 16.0;
const ROW: f64 = 36.0;
const AXIS: f64 = 28.0;
/// Rough width of a label char at the label's font size: longer labels are
/// cut with "…" (the whole label is the row's title and accessible name).
const CHAR_W: f64 = 6.6;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Period,
    Until,
    Superseded,
}

impl Kind {
    fn class(self) -> &'static str {
        match self {
            Kind::Period => "bar",
            Kind::Until => "bar until",
            Kind::Superseded => "bar sup",
        }
    }
}

struct Row<'a> {
    fact: &'a Fact,
    segments: Vec<(Kind, f64, f64)>,
}

/// The dated parts of a fact; none when it has no time, end bound or supersession dates.
fn segments(f: &Fact) -> Vec<(Kind, f64, f64)> {
    let mut out = Vec::new();
    let time = f.time.as_deref().and_then(year_span);
    if let Some((s, e)) = time {
        out.push((Kind::Period, s, e));
    }
    let until = f
        .value
        .get("until")
        .filter(|u| u.get("type").and_then(Value::as_str) == Some("date"))
        .and_then(|u| u.get("value").and_then(Value::as_str))
        .and_then(year_span);
    if let Some((_, end)) = until {
        // From the fact's own time, else from when its best side was stated.
        let from = time.map(|t| t.1).or_else(|| {
            f.sides
                .first()
                .and_then(|s| s.time.as_deref())
                .and_then(year_span)
                .map(|t| t.0)
        });
        if let Some(from) = from.filter(|&from| from < end) {
            out.push((Kind::Until, from, end));
        }
    }
    if let Some(s) = &f.superseded {
        let old = s.old_time.as_deref().and_then(year_span);
        let new = s.new_time.as_deref().and_then(year_span);
        if let (Some(o), Some(n)) = (old, new) {
            out.push((Kind::Superseded, o.0, n.1.max(o.1)));
        }
    }
    out
}

pub(super) fn section(ctx: &Ctx) -> Markup {
    let mut rows: Vec<Row> = ctx
        .report
        .facts
        .iter()
        .map(|f| Row {
            fact: f,
            segments: segments(f),
        })
        .filter(|r| !r.segments.is_empty())
        .collect();
    rows.sort_by(|a, b| first(a).total_cmp(&first(b)));
    let lo = rows.iter().map(first).fold(f64::INFINITY, f64::min).floor();
    let hi = rows
        .iter()
        .flat_map(|r| r.segments.iter().map(|s| s.2))
        .fold(f64::NEG_INFINITY, f64::max)
        .ceil();
    let (lo, hi) = if hi - lo < 1.0 { (lo, lo + 1.0) } else { (lo, hi) };
    let x = |year: f64| PAD + (year - lo) / (hi - lo) * (WIDTH - 2.0 * PAD);
    let height = AXIS + ROW * rows.len() as f64 + 8.0;
    let span = (hi - lo) as usize;
    let step = span.div_ceil(12).max(1);
    html! {
        section #timeline aria-labelledby="timeline-h" {
            h2 #timeline-h { "Timeline" }
            @if rows.is_empty() {
                p { "No fact has a date." }
            } @else {
                p.dim { "Dated facts: a solid bar over the period a fact is dated to, a dashed one to the end it states (\u{201c}until 2032\u{201d}), a dotted one from a superseded statement to the newer one. Choose a row to mark its evidence." }
                div.tlwrap {
                    svg #tl-svg xmlns="http://www.w3.org/2000/svg" width=(WIDTH) height=(height) viewBox={ "0 0 " (WIDTH) " " (height) } role="group" aria-label="Timeline of dated facts" {
                        @for k in (0..=span).step_by(step) {
                            @let year = lo + k as f64;
                            line.tick x1=(x(year)) x2=(x(year)) y1="18" y2=(height) {}
                            text.year x=(x(year)) y="12" text-anchor=(if k == 0 { "start" } else if k == span { "end" } else { "middle" }) { (year) }
                        }
                        @for (i, row) in rows.iter().enumerate() {
                            @let f = row.fact;
                            @let (icon, word) = status_icon_word(f.status);
                            @let label = format!("{icon} {} {} \u{2014} {} ({word})", f.id, ctx.fact_title(f), fact_value(&f.value));
                            @let top = AXIS + ROW * i as f64;
                            @let fits = ((WIDTH - 2.0 * PAD) / CHAR_W) as usize;
                            @let shown = if label.chars().count() > fits { format!("{}\u{2026}", label.chars().take(fits - 1).collect::<String>()) } else { label.clone() };
                            g class={ "tl st-" (f.status.as_str()) } data-f=(f.id) tabindex="0" role="button" aria-label=(label) {
                                title { (label) }
                                rect.hit x="0" y=(top) width=(WIDTH) height=(ROW) {}
                                text.label x=(PAD) y=(format!("{:.1}", top + 14.0)) { (shown) }
                                @for (kind, s, e) in &row.segments {
                                    rect class=(kind.class()) x=(format!("{:.1}", x(*s))) y=(format!("{:.1}", top + 20.0)) width=(format!("{:.1}", (x(*e) - x(*s)).max(4.0))) height="10" rx="2" {}
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn first(r: &Row) -> f64 {
    r.segments.iter().map(|s| s.1).fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::PredicateClass;
    use crate::report::schema::{WireFactStatus as FactStatus, WireSide as Side, WireSupersession as Supersession};
    use serde_json::json;

    fn fact(time: Option<&str>, value: Value, superseded: Option<Supersession>) -> Fact {
        Fact {
            id: "f1".into(),
            key: String::new(),
            subject: None,
            predicate: PredicateClass::all().next().unwrap(),
            measure: None,
            object: None,
            time: time.map(Into::into),
            part: None,
            status: FactStatus::Agreed,
            value: value.clone(),
            sides: vec![Side {
                value,
                sources: vec![],
                claims: vec![],
                time: Some("2026-04".into()),
                confidence: 0.9,
            }],
            parts: vec![],
            superseded,
            intra_source: vec![],
            confidence: 0.9,
            evidence: vec![],
        }
    }

    #[test]
    fn a_fact_is_drawn_over_its_period_and_to_its_end_bound() {
        let f = fact(Some("2019"), json!({"polarity": "affirmed"}), None);
        assert_eq!(segments(&f), vec![(Kind::Period, 2019.0, 2020.0)]);
        let f = fact(
            None,
            json!({"polarity": "affirmed", "until": {"type": "date", "value": "2032"}}),
            None,
        );
        assert_eq!(segments(&f), vec![(Kind::Until, 2026.25, 2033.0)]);
        let f = fact(
            None,
            json!({"polarity": "affirmed", "until": {"type": "text", "text": "AGI"}}),
            None,
        );
        assert!(segments(&f).is_empty());
        let sup = Supersession {
            old_time: Some("2025".into()),
            new_time: Some("2026-04".into()),
        };
        let f = fact(None, json!({}), Some(sup));
        assert_eq!(segments(&f), vec![(Kind::Superseded, 2025.0, 2026.0 + 4.0 / 12.0)]);
    }
}
