//! Merging reports: `newsfacts merge r1.json r2.json … -o all.json`.
//!
//! Sources are renumbered in order (`s1`, `s2`, … across all the reports),
//! with their mentions' and claims' ids; entities are joined by entity id;
//! then the facts are reconciled again from all the claims. The result is the
//! report one `newsfacts report` run over all the articles (in the same order)
//! would give, so a large corpus can be split, run in parallel and merged.

use std::collections::BTreeMap;

use super::schema::{Entity, Report};
use super::{SCHEMA_ID, source_id};

/// Rewrites an id `s1.m3` of an old source id to the new one.
fn rename(id: &str, map: &BTreeMap<String, String>) -> String {
    match id.split_once('.') {
        Some((src, rest)) => match map.get(src) {
            Some(new) => format!("{new}.{rest}"),
            None => id.to_string(),
        },
        None => map.get(id).cloned().unwrap_or_else(|| id.to_string()),
    }
}

/// Merges reports in order into one.
pub fn merge(reports: Vec<Report>) -> Report {
    let mut out = Report {
        schema: SCHEMA_ID.to_string(),
        generator: super::schema::Generator {
            name: "newsfacts".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        sources: Vec::new(),
        entities: Vec::new(),
        mentions: Vec::new(),
        claims: Vec::new(),
        facts: Vec::new(),
        diagnostics: Vec::new(),
    };
    let mut entities: BTreeMap<String, Entity> = BTreeMap::new();
    for report in reports {
        let mut map = BTreeMap::new();
        for mut s in report.sources {
            let new = source_id(out.sources.len());
            map.insert(s.id.clone(), new.clone());
            s.id = new;
            out.sources.push(s);
        }
        for mut m in report.mentions {
            m.id = rename(&m.id, &map);
            m.source = rename(&m.source, &map);
            out.mentions.push(m);
        }
        for mut c in report.claims {
            c.id = rename(&c.id, &map);
            c.source = rename(&c.source, &map);
            c.part_of = c.part_of.map(|p| rename(&p, &map));
            out.claims.push(c);
        }
        for mut e in report.entities {
            e.mentions = e.mentions.iter().map(|m| rename(m, &map)).collect();
            add_entity(&mut entities, e);
        }
        out.diagnostics.extend(report.diagnostics);
    }
    // Mentions of an entity in source order, as one run over all the articles lists them.
    for e in entities.values_mut() {
        e.mentions.sort_by_key(|m| mention_order(m));
    }
    out.entities = entities.into_values().collect();
    out.facts = super::schema::reconcile_report(&out.sources, &out.claims);
    out
}

/// (source number, mention number) of an id `s12.m3`, for sorting.
fn mention_order(id: &str) -> (usize, usize) {
    let (s, m) = id.split_once('.').unwrap_or((id, ""));
    let num = |x: &str| {
        x.trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .parse()
            .unwrap_or(0)
    };
    (num(s), num(m))
}

/// Adds one source's record of an entity to the entities by id: a known one
/// gains its mentions and aliases (sorted, once each).
pub fn add_entity(entities: &mut BTreeMap<String, Entity>, e: Entity) {
    match entities.get_mut(&e.id) {
        Some(have) => {
            have.mentions.extend(e.mentions);
            have.aliases.extend(e.aliases);
            have.aliases.sort();
            have.aliases.dedup();
        }
        None => {
            entities.insert(e.id.clone(), e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_move_to_the_new_source() {
        let map = BTreeMap::from([("s1".to_string(), "s3".to_string())]);
        assert_eq!(rename("s1.m12", &map), "s3.m12");
        assert_eq!(rename("s1", &map), "s3");
        assert_eq!(rename("s2.c1", &map), "s2.c1");
        assert_eq!(mention_order("s12.m3"), (12, 3));
    }

    #[test]
    fn merged_reports_equal_one_report_over_all_articles() {
        use crate::extract::money::Exactness;
        use crate::reconcile::tests::analysis;
        let mk = |name: &str, text: &str, x: &'static str, amount: &str| {
            analysis(name, "2026-04-27", text, |b| {
                b.org("Globex", "globex")
                    .org("Acme", "acme")
                    .money(x, amount, Exactness::Exact)
            })
        };
        let all = [
            mk("A", "Globex acquired Acme for $2 billion.", "$2 billion", "2000000000"),
            mk(
                "B",
                "Globex bought Acme for $1.2 billion.",
                "$1.2 billion",
                "1200000000",
            ),
            mk(
                "C",
                "Acme was acquired by Globex for $1.2 billion.",
                "$1.2 billion",
                "1200000000",
            ),
        ];
        let opts = crate::report::BuildOptions::default();
        let one = crate::report::build(&all, Vec::new(), opts);
        assert_eq!(one.facts.len(), 1, "{:#?}", one.facts);
        assert_eq!(one.facts[0].key, "globex acquisition acme");
        assert_eq!(one.facts[0].sides[0].sources, vec!["s2", "s3"]);
        let parts = [
            crate::report::build(&all[..1], Vec::new(), opts),
            crate::report::build(&all[1..], Vec::new(), opts),
        ];
        // Through JSON, as the command line reads them.
        let parts: Vec<Report> = parts
            .iter()
            .map(|r| serde_json::from_str(&crate::report::to_json(r)).unwrap())
            .collect();
        let merged = merge(parts);
        assert_eq!(merged.facts, one.facts);
        assert_eq!(merged, one);
    }
}
