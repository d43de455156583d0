//! Reconciliation of hand-built report claims (no extraction): story-level
//! frames, supersession and one source's two figures.

use serde_json::{Value, json};

use super::{Claim, Fact, FactStatus, Source, reconcile};

fn source(id: &str, name: &str, published: &str) -> Source {
    serde_json::from_value(json!({
        "id": id, "name": name, "path": null, "url": null, "title": null,
        "published": published, "published_from": "sidecar", "language": "en",
        "format": "text", "decoding": {"encoding": "UTF-8", "by": "utf8", "had_errors": false},
        "text_sha256": "", "chars": 0
    }))
    .unwrap()
}

/// A claim of source `s` (its sentence number `n`) with the given fields over
/// an asserted, affirmed claim without roles, value or time.
fn claim(id: &str, fields: Value) -> Claim {
    let source = id.split('.').next().unwrap();
    let mut base = json!({
        "id": id, "source": source, "start": 0, "end": 0, "quote": "",
        "predicate_start": 0, "predicate_end": 0, "sentence": 0,
        "subject": null, "predicate": {"text": "x", "lemma": "x", "class": "acquisition"},
        "object": null, "value": null, "time": null, "until": null,
        "polarity": "affirmed", "modality": "asserted", "attribution": null,
        "confidence": 1.0, "rule": "claim.verb"
    });
    for (k, v) in fields.as_object().unwrap() {
        base[k] = v.clone();
    }
    serde_json::from_value(base).unwrap()
}

fn class(c: &str) -> Value {
    json!({"text": c, "lemma": c, "class": c})
}

fn usd(amount: &str, scale: Option<&str>, exactness: &str) -> Value {
    json!({"type": "money", "currency": "USD", "amount": amount, "exactness": exactness, "scale_word": scale})
}

fn per_share(amount: &str) -> Value {
    json!({"type": "money", "currency": "USD", "amount": amount, "exactness": "exact", "per": "share"})
}

fn percent(amount: &str) -> Value {
    json!({"type": "percent", "unit": "percent", "amount": amount, "exactness": "exact"})
}

fn time(value: &str, from: &str) -> Value {
    json!({"value": value, "from": from})
}

fn keyed(facts: &[Fact]) -> Vec<(&str, FactStatus)> {
    facts.iter().map(|f| (f.key.as_str(), f.status)).collect()
}

fn three_sources() -> Vec<Source> {
    vec![
        source("s1", "Wire", "2026-03-02"),
        source("s2", "Daily", "2026-03-03"),
        source("s3", "Post", "2026-03-16"),
    ]
}

#[test]
fn a_measure_without_its_second_role_takes_the_storys_one_filler() {
    let deal = |id: &str| {
        claim(
            id,
            json!({"subject": "oakridge", "object": "brightwater", "predicate": class("acquisition"),
                   "value": usd("1200000000", Some("billion"), "exact"), "measure": "price"}),
        )
    };
    let fee = |id: &str| {
        claim(
            id,
            json!({"subject": "oakridge", "predicate": class("acquisition"), "sentence": 4,
                   "value": usd("36000000", Some("million"), "exact"), "measure": "termination_fee"}),
        )
    };
    let facts = reconcile(&three_sources(), &[deal("s1.c1"), fee("s1.c2"), fee("s2.c1")]);
    assert_eq!(
        keyed(&facts),
        vec![
            ("oakridge acquisition brightwater", FactStatus::SingleSource),
            ("oakridge acquisition.termination_fee brightwater", FactStatus::Agreed),
        ]
    );
    // Two targets compete: the fee keeps its missing role.
    let other = claim(
        "s2.c2",
        json!({"subject": "oakridge", "object": "larkspur", "predicate": class("acquisition"), "sentence": 2,
               "value": usd("2100000000", Some("billion"), "exact"), "measure": "price"}),
    );
    let facts = reconcile(&three_sources(), &[deal("s1.c1"), fee("s1.c2"), other]);
    assert_eq!(facts[1].key, "oakridge acquisition.termination_fee ?");
}

#[test]
fn a_claim_whose_subject_is_only_an_object_joins_that_frame_and_a_missing_subject_is_filled() {
    let verdict = |id: &str, amount: &str| {
        claim(
            id,
            json!({"subject": "samsung", "object": "quantapulse", "predicate": class("verdict"),
                   "value": usd(amount, Some("million"), "exact"), "measure": "damages_awarded"}),
        )
    };
    // "QuantaPulse's $142.5 million verdict": the subject slot holds the story's object.
    let reversed = claim(
        "s2.c2",
        json!({"subject": "quantapulse", "predicate": class("verdict"), "sentence": 1,
               "value": usd("142500000", Some("million"), "exact"), "measure": "damages_awarded"}),
    );
    let days_apart = [source("s2", "Daily", "2026-07-15"), source("s3", "Post", "2026-07-16")];
    let facts = reconcile(
        &days_apart,
        &[verdict("s2.c1", "142500000"), reversed, verdict("s3.c1", "152500000")],
    );
    assert_eq!(
        keyed(&facts),
        vec![("samsung verdict quantapulse", FactStatus::Conflict)]
    );
    assert_eq!(facts[0].sides[0].sources, vec!["s2"]);
    assert_eq!(facts[0].sides[0].claims, vec!["s2.c1", "s2.c2"]);

    // "? acquired Brightwater": the one acquirer of Brightwater in the story.
    let no_subject = claim(
        "s2.c1",
        json!({"object": "brightwater", "predicate": class("acquisition"),
               "value": usd("1200000000", Some("billion"), "approx"), "measure": "price"}),
    );
    let full = claim(
        "s1.c1",
        json!({"subject": "oakridge", "object": "brightwater", "predicate": class("acquisition"),
               "value": usd("1200000000", Some("billion"), "exact"), "measure": "price"}),
    );
    let facts = reconcile(&three_sources(), &[full, no_subject]);
    assert_eq!(
        keyed(&facts),
        vec![("oakridge acquisition brightwater", FactStatus::Agreed)]
    );
}

#[test]
fn a_deals_valuation_of_its_target_is_its_price_and_a_raised_bid_supersedes() {
    let claims = [
        claim(
            "s1.c1",
            json!({"subject": "oakridge", "object": "brightwater", "predicate": class("acquisition"),
                   "quote": "Oakridge Capital Partners to buy Brightwater Analytics for $1.2 billion",
                   "value": usd("1200000000", Some("billion"), "exact"), "measure": "price",
                   "time": time("2026-03", "published")}),
        ),
        claim(
            "s2.c1",
            json!({"subject": "brightwater", "predicate": class("valuation"), "sentence": 1,
                   "quote": "The deal values Brightwater at $1.2 billion.",
                   "value": usd("1200000000", Some("billion"), "exact"), "time": time("2026-03", "published")}),
        ),
        claim(
            "s3.c1",
            json!({"subject": "brightwater", "predicate": class("valuation"), "sentence": 1,
                   "quote": "The sweetened bid values Brightwater at about $1.29 billion.",
                   "value": usd("1290000000", Some("billion"), "approx"), "time": time("2026-03", "sentence")}),
        ),
        // A valuation by investors, no deal word: a valuation.
        claim(
            "s3.c2",
            json!({"subject": "brightwater", "predicate": class("valuation"), "sentence": 2,
                   "quote": "Investors valued Brightwater at $900 million in 2024.",
                   "value": usd("900000000", Some("million"), "exact"), "time": time("2024", "sentence")}),
        ),
    ];
    let facts = reconcile(&three_sources(), &claims);
    assert_eq!(
        keyed(&facts),
        vec![
            ("oakridge acquisition brightwater", FactStatus::Superseded),
            ("brightwater valuation ?", FactStatus::SingleSource),
        ]
    );
    let f = &facts[0];
    assert_eq!(f.value["amount"], "1290000000");
    assert_eq!(f.sides[1].sources, vec!["s1", "s2"]);
    let s = f.superseded.as_ref().unwrap();
    assert_eq!(
        (s.old_time.as_deref(), s.new_time.as_deref()),
        (Some("2026-03"), Some("2026-03"))
    );
}

/// One fact of `price_per_share` claims, each (id, amount, quote, modality).
fn per_share_fact(sources: &[Source], claims: &[(&str, &str, &str, &str)]) -> Fact {
    let claims: Vec<Claim> = claims
        .iter()
        .map(|(id, amount, quote, modality)| {
            claim(
                id,
                json!({"subject": "ashcombe", "object": "pellington", "predicate": class("acquisition"),
                       "quote": quote, "value": per_share(amount), "measure": "price_per_share",
                       "modality": modality, "time": time("2026-11", "published")}),
            )
        })
        .collect();
    let facts = reconcile(sources, &claims);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    facts.into_iter().next().unwrap()
}

#[test]
fn a_figure_published_a_week_later_supersedes_and_one_a_day_later_conflicts() {
    let sources = |c: &str| {
        vec![
            source("s1", "Wire", "2026-11-02"),
            source("s2", "Daily", "2026-11-03"),
            source("s3", "Post", c),
        ]
    };
    let claims = [
        ("s1.c1", "5.40", "Ashcombe offers 540p a share.", "asserted"),
        ("s2.c1", "5.40", "The 540p a share offer.", "asserted"),
        ("s3.c1", "5.85", "Ashcombe's offer is 585p a share.", "asserted"),
    ];
    let f = per_share_fact(&sources("2026-11-16"), &claims);
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "5.85");
    let s = f.superseded.as_ref().unwrap();
    assert_eq!(
        (s.old_time.as_deref(), s.new_time.as_deref()),
        (Some("2026-11-03"), Some("2026-11-16"))
    );
    // A day later: two outlets disagree about one announcement.
    let f = per_share_fact(&sources("2026-11-04"), &claims);
    assert_eq!(f.status, FactStatus::Conflict);
    assert_eq!(f.value["amount"], "5.40");
    // The same day, in so many words: "raised its offer to 585p, up from 540p".
    let raised = [
        ("s1.c1", "5.40", "Ashcombe offers 540p a share.", "asserted"),
        (
            "s3.c1",
            "5.85",
            "Ashcombe raised its offer to 585p a share, up from 540p.",
            "asserted",
        ),
        (
            "s3.c2",
            "5.40",
            "Ashcombe raised its offer to 585p a share, up from 540p.",
            "asserted",
        ),
    ];
    let f = per_share_fact(&sources("2026-11-02"), &raised);
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "5.85");
    assert_eq!(f.sides[1].sources, vec!["s1", "s3"]);
}

#[test]
fn a_firm_figure_that_says_it_revises_earlier_reports_supersedes_a_hedged_one_does_not() {
    let sources = [source("s1", "Wire", "2026-04-14"), source("s2", "Daily", "2026-04-15")];
    let firm = [
        ("s1.c1", "5.40", "People familiar said 540p.", "hedged"),
        (
            "s2.c1",
            "5.85",
            "The company confirmed 585p, more than earlier reported.",
            "asserted",
        ),
        (
            "s2.c2",
            "5.85",
            "It is 585p a share, more than previously reported.",
            "asserted",
        ),
    ];
    let f = per_share_fact(&sources, &firm);
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "5.85");
    // Sources who say the figure is bigger than announced are one more account.
    let rumour = [
        ("s1.c1", "5.40", "The company said 540p.", "asserted"),
        (
            "s2.c1",
            "5.85",
            "It will be 585p, more than first reported, people familiar said.",
            "hedged",
        ),
    ];
    assert_eq!(per_share_fact(&sources, &rumour).status, FactStatus::Conflict);
    // A firm figure after a hedged one, without such words: a conflict.
    let plain = [
        ("s1.c1", "5.40", "People familiar said 540p.", "hedged"),
        ("s2.c1", "5.85", "The company confirmed 585p.", "asserted"),
    ];
    assert_eq!(per_share_fact(&sources, &plain).status, FactStatus::Conflict);
}

#[test]
fn a_share_move_reported_the_next_day_supersedes_but_not_the_same_day() {
    let mv = |id: &str, amount: &str| {
        claim(
            id,
            json!({"subject": "diageo", "predicate": class("share_price_move"),
                   "value": percent(amount), "measure": "percent", "time": time("2026-08", "published")}),
        )
    };
    let next_day = [source("s1", "Wire", "2026-08-04"), source("s2", "Daily", "2026-08-05")];
    let facts = reconcile(&next_day, &[mv("s1.c1", "5.2"), mv("s2.c1", "6.1")]);
    assert_eq!(
        keyed(&facts),
        vec![("diageo share_price_move ?", FactStatus::Superseded)]
    );
    assert_eq!(facts[0].value["amount"], "6.1");
    let same_day = [source("s1", "Wire", "2026-08-04"), source("s2", "Daily", "2026-08-04")];
    let facts = reconcile(&same_day, &[mv("s1.c1", "5.2"), mv("s2.c1", "6.1")]);
    assert_eq!(facts[0].status, FactStatus::Conflict);
}

#[test]
fn one_sources_two_figures_are_two_facts_but_two_sources_conflict() {
    let dividend = |id: &str, sentence: usize, amount: &str| {
        claim(
            id,
            json!({"subject": "diageo", "predicate": class("dividend"), "sentence": sentence,
                   "quote": "A final dividend of 63.5 cents, taking the full-year payout to 104.9 cents.",
                   "value": usd(amount, None, "exact"), "measure": "per_share", "time": time("2026", "sentence")}),
        )
    };
    let sources = three_sources();
    let facts = reconcile(
        &sources,
        &[
            dividend("s1.c1", 3, "0.635"),
            dividend("s1.c2", 3, "1.049"),
            dividend("s2.c1", 0, "0.635"),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![
            ("diageo dividend ? @2026", FactStatus::Agreed),
            ("diageo dividend ? @2026 #2", FactStatus::SingleSource),
        ]
    );
    assert!(facts.iter().all(|f| f.intra_source.is_empty()));
    // Another outlet's other figure is a conflict.
    let facts = reconcile(
        &sources,
        &[dividend("s1.c1", 3, "0.635"), dividend("s2.c1", 0, "1.049")],
    );
    assert_eq!(keyed(&facts), vec![("diageo dividend ? @2026", FactStatus::Conflict)]);
    // Whatever the order: the source's unsupported figure comes first here.
    let facts = reconcile(
        &sources,
        &[
            dividend("s1.c1", 0, "1.049"),
            dividend("s2.c1", 0, "0.635"),
            dividend("s1.c2", 3, "0.635"),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![
            ("diageo dividend ? @2026", FactStatus::SingleSource),
            ("diageo dividend ? @2026 #2", FactStatus::Agreed),
        ]
    );
    assert_eq!(facts[0].value["amount"], "1.049");
    assert_eq!(facts[1].sides[0].claims, vec!["s2.c1", "s1.c2"]);
}

#[test]
fn a_share_price_and_a_revenue_are_never_one_fact() {
    let revenue = |id: &str, value: Value| {
        claim(
            id,
            json!({"subject": "micron", "predicate": class("revenue"), "value": value,
                   "measure": "amount", "time": time("2025-Q4", "sentence")}),
        )
    };
    let facts = reconcile(
        &three_sources(),
        &[
            revenue("s1.c1", usd("13840000000", Some("billion"), "exact")),
            revenue("s2.c1", usd("228.4", None, "exact")),
            revenue("s3.c1", usd("13800000000", Some("billion"), "approx")),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![
            ("micron revenue ? @2025-Q4", FactStatus::Agreed),
            ("micron revenue ? @2025-Q4 #2", FactStatus::SingleSource),
        ]
    );
}

#[test]
fn an_undated_figure_published_in_the_facts_month_joins_it_one_of_another_month_does_not() {
    let spend = |id: &str, amount: &str, t: Value| {
        claim(
            id,
            json!({"subject": "perihelion", "object": "oracle", "predicate": class("purchase"),
                   "value": usd(amount, Some("billion"), "exact"), "time": t}),
        )
    };
    let sources = [source("s1", "Wire", "2026-02-03"), source("s2", "Daily", "2026-02-03")];
    let facts = reconcile(
        &sources,
        &[
            spend("s1.c1", "4200000000", time("2026-02", "sentence")),
            spend("s2.c1", "5000000000", time("2026-02", "published")),
        ],
    );
    assert_eq!(keyed(&facts).len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Conflict);
    assert!(facts[0].key.ends_with("@2026-02"), "{}", facts[0].key);
    // Naming the deal without a figure: it joins the dated fact with a figure, and confirms nothing.
    let named = |id: &str| {
        claim(
            id,
            json!({"subject": "perihelion", "object": "oracle", "predicate": class("purchase"),
                   "sentence": 5, "time": time("2026-02", "published")}),
        )
    };
    let facts = reconcile(
        &sources,
        &[
            spend("s1.c1", "4200000000", time("2026-02", "sentence")),
            named("s2.c2"),
        ],
    );
    assert_eq!(keyed(&facts).len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::SingleSource);
    // A dated fact without a figure takes no undated claim while grouping; when
    // no outlet gives the two parties' deal a figure, the week's mentions are one
    // event ([`super::merge_figureless_times`]).
    let dated = claim(
        "s1.c1",
        json!({"subject": "perihelion", "object": "oracle", "predicate": class("purchase"),
               "time": time("2026-02", "sentence")}),
    );
    assert_eq!(
        keyed(&reconcile(&sources, &[dated.clone(), named("s2.c2")])),
        vec![("oracle contract perihelion @2026-02", FactStatus::Agreed)]
    );
    let facts = reconcile(
        &sources,
        &[
            dated,
            named("s2.c2"),
            spend("s1.c2", "4200000000", time("2026-03", "sentence")),
        ],
    );
    assert_eq!(facts.len(), 3, "{facts:#?}");
    let facts = reconcile(
        &sources,
        &[
            spend("s1.c1", "4200000000", time("2025-11", "sentence")),
            spend("s2.c1", "5000000000", time("2026-02", "published")),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
}

#[test]
fn a_valuation_read_as_the_investors_is_the_funded_companys() {
    let round = claim(
        "s1.c1",
        json!({"subject": "corvane", "object": "lightspeed", "predicate": class("funding_round"),
               "value": usd("410000000", Some("million"), "exact"), "time": time("2026-03", "sentence")}),
    );
    let misread = |id: &str, subject: &str, amount: &str| {
        claim(
            id,
            json!({"subject": subject, "predicate": class("valuation"), "sentence": 1,
                   "value": usd(amount, Some("billion"), "exact")}),
        )
    };
    let sources = [source("s1", "Wire", "2026-03-10"), source("s2", "Daily", "2026-03-11")];
    let facts = reconcile(
        &sources,
        &[
            round.clone(),
            misread("s1.c2", "lightspeed", "3200000000"),
            misread("s2.c1", "corvane", "3500000000"),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![
            ("corvane funding_round lightspeed @2026-03", FactStatus::SingleSource),
            ("corvane valuation lightspeed", FactStatus::Conflict),
        ]
    );
    // An investor in two companies' rounds: its valuation claim is left alone.
    let other = claim(
        "s2.c2",
        json!({"subject": "acme", "object": "lightspeed", "predicate": class("funding_round"), "sentence": 2,
               "value": usd("50000000", Some("million"), "exact"), "time": time("2026-03", "sentence")}),
    );
    let facts = reconcile(
        &sources,
        &[round.clone(), other, misread("s1.c2", "lightspeed", "3200000000")],
    );
    assert_eq!(facts[2].key, "lightspeed valuation ?");
    // A company that raises a round of its own is valued itself ("The offering values
    // NordaFjell at …" beside a sale of its shares read as a round).
    let own = claim(
        "s2.c2",
        json!({"subject": "lightspeed", "object": "nasdaq", "predicate": class("funding_round"), "sentence": 2,
               "value": usd("50000000", Some("million"), "exact"), "time": time("2026-03", "sentence")}),
    );
    let facts = reconcile(&sources, &[round, own, misread("s1.c2", "lightspeed", "3200000000")]);
    assert_eq!(facts[2].key, "lightspeed valuation ?");
}

/// A story told by 2,000 outlets that disagree: 500 figures four outlets each,
/// and every hundredth outlet with a second figure no one else gives. Grouping
/// compares each figure with sorted intervals, not with every other claim
/// (the time is measured with farm-bench, not here): the result is asserted.
#[test]
fn two_thousand_outlets_that_disagree_make_two_facts() {
    let sources: Vec<Source> = (1..=2000)
        .map(|i| source(&format!("s{i}"), &format!("Outlet {i}"), "2026-04-27"))
        .collect();
    let invest = |id: String, billions: u64| {
        claim(
            &id,
            json!({"subject": "amazon", "object": "openai", "predicate": class("investment"),
                   "value": usd(&format!("{billions}000000000"), Some("billion"), "exact")}),
        )
    };
    let mut claims = Vec::new();
    for i in 1..=2000u64 {
        // $100, $102, … $1,098 billion: neighbours two billion apart never agree.
        claims.push(invest(format!("s{i}.c1"), 100 + 2 * (i % 500)));
        if i % 100 == 0 {
            claims.push(invest(format!("s{i}.c2"), 5000 + 2 * i));
        }
    }
    let facts = reconcile(&sources, &claims);
    assert_eq!(
        keyed(&facts),
        vec![
            ("amazon investment openai", FactStatus::Conflict),
            ("amazon investment openai #2", FactStatus::Conflict),
        ]
    );
    let shape = |f: &Fact| {
        let mut n: Vec<usize> = f.sides.iter().map(|s| s.sources.len()).collect();
        n.dedup();
        (f.sides.len(), n, f.evidence.len(), f.intra_source.len())
    };
    assert_eq!(shape(&facts[0]), (500, vec![4], 2000, 0));
    assert_eq!(shape(&facts[1]), (20, vec![1], 20, 0));
    // Each side of the first fact is one figure's four outlets, i ≡ k (mod 500).
    let side = facts[0]
        .sides
        .iter()
        .find(|s| s.value["amount"] == "100000000000")
        .unwrap();
    assert_eq!(side.sources, vec!["s1000", "s1500", "s2000", "s500"]);
}

#[test]
fn share_moves_a_week_or_more_apart_are_two_moves_within_the_week_one() {
    let mv = |id: &str, amount: &str| {
        claim(
            id,
            json!({"subject": "pellington", "predicate": class("share_price_move"),
                   "value": percent(amount), "measure": "percent", "time": time("2026-11", "published")}),
        )
    };
    // "jumped 27% in morning trade" (Nov 2, confirmed Nov 4) and "rose 6.8% by midday" (Nov 16).
    let sources = [
        source("s1", "Wire", "2026-11-02"),
        source("s2", "Daily", "2026-11-04"),
        source("s3", "Post", "2026-11-16"),
    ];
    let facts = reconcile(&sources, &[mv("s1.c1", "27"), mv("s2.c1", "27"), mv("s3.c1", "6.8")]);
    assert_eq!(
        keyed(&facts),
        vec![
            ("pellington share_price_move ?", FactStatus::Agreed),
            ("pellington share_price_move ? #2", FactStatus::SingleSource)
        ]
    );
    assert_eq!(facts[1].value["amount"], "6.8");
    // A market value a week apart likewise; six days apart the later figure replaces the earlier.
    let value = |id: &str, amount: &str| {
        claim(
            id,
            json!({"subject": "micron", "predicate": class("market_value"),
                   "value": usd(amount, Some("billion"), "exact"), "time": time("2026-09", "published")}),
        )
    };
    let week = [source("s1", "Wire", "2026-09-01"), source("s2", "Daily", "2026-09-08")];
    let facts = reconcile(&week, &[value("s1.c1", "256000000000"), value("s2.c1", "240000000000")]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    let days = [source("s1", "Wire", "2026-09-01"), source("s2", "Daily", "2026-09-07")];
    let facts = reconcile(&days, &[value("s1.c1", "256000000000"), value("s2.c1", "240000000000")]);
    assert_eq!(keyed(&facts), vec![("micron market_value ?", FactStatus::Superseded)]);
    assert_eq!(facts[0].value["amount"], "240000000000");
}

#[test]
fn one_figure_dated_apart_by_two_outlets_of_a_week_is_one_fact() {
    let buyback = |id: &str, amount: &str, when: &str| {
        claim(
            id,
            json!({"subject": "westpac", "predicate": class("buyback"),
                   "value": usd(amount, Some("billion"), "exact"), "time": time(when, "sentence")}),
        )
    };
    // "extended its buyback by $1.5 billion, up from 76c last year" (2025) and
    // "said on Monday it would extend its buyback by $1.5 billion" (2026-11).
    let week = [source("s1", "Wire", "2026-11-02"), source("s2", "Daily", "2026-11-03")];
    let facts = reconcile(
        &week,
        &[
            buyback("s1.c1", "1500000000", "2025"),
            buyback("s2.c1", "1500000000", "2026-11"),
        ],
    );
    assert_eq!(keyed(&facts), vec![("westpac buyback ? @2026-11", FactStatus::Agreed)]);
    // The time most claims fit: a third outlet without a stated time, published in November 2026.
    let three = [
        source("s1", "Wire", "2026-11-02"),
        source("s2", "Daily", "2026-11-03"),
        source("s3", "Post", "2026-11-03"),
    ];
    let undated = claim(
        "s3.c1",
        json!({"subject": "westpac", "predicate": class("buyback"),
               "value": usd("1500000000", Some("billion"), "exact"), "time": time("2026-11", "published")}),
    );
    let facts = reconcile(
        &three,
        &[
            buyback("s1.c1", "1500000000", "2025"),
            buyback("s2.c1", "1500000000", "2026"),
            undated,
        ],
    );
    assert_eq!(keyed(&facts), vec![("westpac buyback ? @2026", FactStatus::Agreed)]);
    // Counter-examples: another figure (even one within the other's rounding),
    // one outlet dating the figure twice, outlets a week or more apart.
    let facts = reconcile(
        &week,
        &[
            buyback("s1.c1", "1500000000", "2025"),
            buyback("s2.c1", "1520000000", "2026-11"),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
    let facts = reconcile(
        &week,
        &[
            buyback("s1.c1", "1500000000", "2025"),
            buyback("s1.c2", "1500000000", "2026-11"),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
    let apart = [source("s1", "Wire", "2026-11-02"), source("s2", "Daily", "2026-11-09")];
    let facts = reconcile(
        &apart,
        &[
            buyback("s1.c1", "1500000000", "2025"),
            buyback("s2.c1", "1500000000", "2026-11"),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
}

#[test]
fn a_figure_named_earlier_beside_its_sources_new_one_takes_no_side() {
    let quote =
        "The company now expects revenue of about S$1.7 billion, down from an earlier forecast of S$1.85 billion.";
    let guidance = |id: &str, amount: &str, word: &str| {
        let at = quote.find(word).unwrap();
        claim(
            id,
            json!({"subject": "semvantis", "predicate": class("guidance"), "quote": quote,
                   "predicate_start": at, "predicate_end": at + word.len(),
                   "value": usd(amount, Some("billion"), "approx"), "measure": "revenue", "time": time("2027", "sentence")}),
        )
    };
    let sources = [source("s1", "Wire", "2026-10-29"), source("s2", "Daily", "2026-10-30")];
    let again = |id: &str| {
        claim(
            id,
            json!({"subject": "semvantis", "predicate": class("guidance"), "quote": "It sees revenue of about S$1.7 billion.",
                   "value": usd("1700000000", Some("billion"), "approx"), "measure": "revenue", "time": time("2027", "sentence")}),
        )
    };
    let facts = reconcile(
        &sources,
        &[
            guidance("s1.c1", "1700000000", "expects"),
            guidance("s1.c2", "1850000000", "forecast"),
            again("s2.c1"),
        ],
    );
    assert_eq!(keyed(&facts), vec![("semvantis guidance ? @2027", FactStatus::Agreed)]);
    assert_eq!(facts[0].value["amount"], "1700000000");
    assert_eq!(facts[0].evidence.len(), 3);
    // Counter-example: the earlier figure named without "earlier" is a side of its own.
    let facts = reconcile(
        &sources,
        &[
            guidance("s1.c1", "1700000000", "expects"),
            guidance("s1.c2", "1850000000", "of S$1.85"),
            again("s2.c1"),
        ],
    );
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].sides.len(), 2, "{facts:#?}");
}

#[test]
fn a_denial_without_a_figure_from_a_source_that_gives_the_figure_is_no_conflict() {
    let recall = |id: &str, value: Value, polarity: &str| {
        claim(
            id,
            json!({"subject": "toyota", "predicate": class("recall"), "value": value, "polarity": polarity,
                   "time": time("2026-04", "published")}),
        )
    };
    let count = json!({"type": "count", "unit": "vehicles", "amount": "470000", "exactness": "exact"});
    let sources = [source("s1", "Wire", "2026-04-21"), source("s2", "Daily", "2026-04-21")];
    // "expanded a recall … to 470,000 vehicles" and "hybrids, which are not affected by this recall".
    let facts = reconcile(
        &sources,
        &[
            recall("s1.c1", count.clone(), "affirmed"),
            recall("s1.c2", Value::Null, "negated"),
        ],
    );
    assert_eq!(keyed(&facts), vec![("toyota recall ?", FactStatus::SingleSource)]);
    assert_eq!(facts[0].sides.len(), 1);
    // Another outlet's denial is a side against it.
    let facts = reconcile(
        &sources,
        &[
            recall("s1.c1", count, "affirmed"),
            recall("s2.c1", Value::Null, "negated"),
        ],
    );
    assert_eq!(keyed(&facts), vec![("toyota recall ?", FactStatus::Conflict)]);
}

/// A stake fact of two outlets a day apart, both dated in the same month.
fn stake_fact(claims: &[(&str, &str, &str)]) -> Fact {
    let sources = [source("s1", "Wire", "2026-09-07"), source("s2", "Daily", "2026-09-08")];
    let claims: Vec<Claim> = claims
        .iter()
        .map(|(id, amount, quote)| {
            claim(
                id,
                json!({"predicate": class("stake"), "subject": "harlan", "object": "brisco",
                       "value": percent(amount), "quote": quote, "time": time("2026-09", "published")}),
            )
        })
        .collect();
    let facts = reconcile(&sources, &claims);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    facts.into_iter().next().unwrap()
}

#[test]
fn a_figure_given_as_moved_from_the_others_supersedes_it() {
    // The next day's outlet gives its figure as moved from the other's.
    let f = stake_fact(&[
        (
            "s1.c1",
            "18.5",
            "Harlan, which holds 18.5% of Brisco, will keep its board seat.",
        ),
        (
            "s2.c1",
            "9.5",
            "The placing cut Harlan's holding in Brisco to 9.5 per cent from 18.5 per cent.",
        ),
    ]);
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "9.5");
    // Whichever outlet comes first in the input.
    let f = stake_fact(&[
        (
            "s2.c1",
            "9.5",
            "Harlan lowered its stake to 9.5% from 18.5%, a filing showed.",
        ),
        ("s1.c1", "18.5", "Harlan owns 18.5 per cent of Brisco."),
    ]);
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "9.5");
    // Counter-examples: "from" before another number, or before the other's
    // number at another scale.
    let f = stake_fact(&[
        ("s1.c1", "18.5", "Harlan holds 18.5% of Brisco."),
        (
            "s2.c1",
            "9.5",
            "Harlan holds 9.5% of Brisco, a register from 4 May shows.",
        ),
    ]);
    assert_eq!(f.status, FactStatus::Conflict);
    let f = stake_fact(&[
        ("s1.c1", "18.5", "Harlan holds 18.5% of Brisco, from 2019 records."),
        (
            "s2.c1",
            "9.5",
            "Harlan holds 9.5% of Brisco, analysts estimate from 18.5 million shares.",
        ),
    ]);
    // "from 18.5 million": the number is 18.5 million, not the other figure.
    assert_eq!(f.status, FactStatus::Conflict);
}

#[test]
fn one_figure_told_with_swapped_roles_is_one_fact_with_the_majoritys_roles() {
    let sources = [
        source("s1", "Wire", "2026-05-12"),
        source("s2", "Daily", "2026-05-12"),
        source("s3", "Post", "2026-05-13"),
    ];
    let fine = |id: &str, subject: &str, object: &str, amount: &str| {
        claim(
            id,
            json!({"predicate": class("fine"), "subject": subject, "object": object,
                   "value": usd(amount, Some("million"), "exact"), "time": time("2026-05", "published")}),
        )
    };
    // Two outlets: the regulator fined the bank; a third read "the bank's fine
    // by the regulator" the other way round.
    let claims = [
        fine("s1.c1", "sec", "halden-bank", "85000000"),
        fine("s2.c1", "sec", "halden-bank", "85000000"),
        fine("s3.c1", "halden-bank", "sec", "85000000"),
    ];
    let facts = reconcile(&sources, &claims);
    assert_eq!(keyed(&facts), vec![("sec fine halden-bank", FactStatus::Agreed)]);
    assert_eq!(facts[0].evidence.len(), 3);
    // Counter-examples: figures that disagree stay apart; so do both directions
    // from one outlet (a fine and a counter-claim, cross-holdings).
    let claims = [
        fine("s1.c1", "sec", "halden-bank", "85000000"),
        fine("s2.c1", "sec", "halden-bank", "85000000"),
        fine("s3.c1", "halden-bank", "sec", "12000000"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
    let claims = [
        fine("s1.c1", "sec", "halden-bank", "85000000"),
        fine("s1.c2", "halden-bank", "sec", "85000000"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
}

/// Guidance claims of one sentence (`start` tells sentences apart).
fn guidance_claim(id: &str, start: usize, amount: &str, quote: &str) -> Claim {
    claim(
        id,
        json!({"subject": "rowan", "predicate": class("guidance"), "quote": quote, "start": start,
               "value": usd(amount, Some("million"), "approx"), "measure": "revenue", "time": time("2026", "sentence")}),
    )
}

#[test]
fn the_figure_a_sentence_moved_from_is_background_to_its_new_one() {
    let sources = [source("s1", "Wire", "2026-06-09"), source("s2", "Daily", "2026-06-09")];
    let cut =
        "Rowan Appliances now expects revenue of about $620m this year, down from the $665m it had forecast in March.";
    let other = "Rowan expected 2026 revenue of about $620 million.";
    let facts = reconcile(
        &sources,
        &[
            guidance_claim("s1.c1", 0, "620000000", cut),
            guidance_claim("s1.c2", 0, "665000000", cut),
            guidance_claim("s2.c1", 0, "620000000", other),
        ],
    );
    assert_eq!(keyed(&facts), vec![("rowan guidance ? @2026", FactStatus::Agreed)]);
    assert_eq!(facts[0].sides.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].value["amount"], "620000000");
    // Alone, the outlet states one figure: the new one, no conflict with itself
    // (other words: "raised ... to $710m from $655m").
    let raised = "Rowan raised its revenue forecast to $710m from $655m.";
    let facts = reconcile(
        &sources,
        &[
            guidance_claim("s1.c1", 0, "655000000", raised),
            guidance_claim("s1.c2", 0, "710000000", raised),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![("rowan guidance ? @2026", FactStatus::SingleSource)]
    );
    assert_eq!(facts[0].value["amount"], "710000000");
    // An outlet that gave the earlier figure as current is an older side: the
    // revision supersedes it.
    let upsized =
        "Rowan sold $750 million of bonds, increasing the size of the deal from the $500 million it had targeted.";
    let bond = |id: &str, amount: &str, quote: &str| {
        claim(
            id,
            json!({"subject": "rowan", "predicate": class("debt_issue"), "quote": quote,
                   "value": usd(amount, Some("million"), "exact"), "measure": "amount", "time": time("2026-05", "sentence")}),
        )
    };
    let sources = [source("s1", "Wire", "2026-05-12"), source("s2", "Daily", "2026-05-14")];
    let facts = reconcile(
        &sources,
        &[
            bond("s1.c1", "500000000", "Rowan plans to raise $500 million through bonds."),
            bond("s2.c1", "750000000", upsized),
            bond("s2.c2", "500000000", upsized),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![("rowan debt_issue ? @2026-05", FactStatus::Superseded)]
    );
    assert_eq!(facts[0].value["amount"], "750000000");
    assert_eq!(facts[0].sides.len(), 2, "{facts:#?}");
}

#[test]
fn a_figure_no_other_claim_of_its_sentence_moved_from_keeps_its_side() {
    let sources = [source("s1", "Wire", "2026-06-09")];
    // Two figures without "from": a conflict of the outlet's one sentence, as before.
    let both = "Rowan now expects revenue of about $620m, while its chairman said $665m.";
    let facts = reconcile(
        &sources,
        &[
            guidance_claim("s1.c1", 0, "620000000", both),
            guidance_claim("s1.c2", 0, "665000000", both),
        ],
    );
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].sides.len(), 2, "{facts:#?}");
    // "from" before the number at another scale ("665,000 units") is not the figure.
    let units = "Rowan now expects revenue of about $620m, down from the 665,000 units it shipped, and $665m later.";
    let facts = reconcile(
        &sources,
        &[
            guidance_claim("s1.c1", 0, "620000000", units),
            guidance_claim("s1.c2", 0, "665000000", units),
        ],
    );
    assert_eq!(facts[0].sides.len(), 2, "{facts:#?}");
    // The same words in two sentences of the outlet: the earlier figure is the
    // other sentence's, so a figure of its own.
    let facts = reconcile(
        &sources,
        &[
            guidance_claim(
                "s1.c1",
                0,
                "620000000",
                "Rowan now expects revenue of about $620m, down from the $665m it forecast.",
            ),
            guidance_claim("s1.c2", 90, "665000000", "In March Rowan forecast revenue of $665m."),
        ],
    );
    assert_eq!(facts.iter().map(|f| f.sides.len()).sum::<usize>(), 2, "{facts:#?}");
}

/// A share move of one outlet per (id, percent, quote), in `sources`' order.
fn share_move_fact(sources: &[Source], claims: &[(&str, &str, &str)]) -> Fact {
    let claims: Vec<Claim> = claims
        .iter()
        .map(|(id, amount, quote)| {
            claim(
                id,
                json!({"predicate": class("share_price_move"), "subject": "tavel", "value": percent(amount),
                       "measure": "percent", "quote": quote, "time": time("2026-09", "published")}),
            )
        })
        .collect();
    let facts = reconcile(sources, &claims);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    facts.into_iter().next().unwrap()
}

#[test]
fn a_close_supersedes_moves_told_during_the_session_and_two_closes_conflict() {
    let same_day = [source("s1", "Wire", "2026-09-22"), source("s2", "Daily", "2026-09-22")];
    let next_day = [source("s1", "Wire", "2026-09-22"), source("s2", "Daily", "2026-09-23")];
    // Intraday, then the close, the same day: the close is the newer figure.
    let f = share_move_fact(
        &same_day,
        &[
            (
                "s1.c1",
                "3.8",
                "Shares in Tavel were down 3.8 per cent in afternoon trading in Frankfurt.",
            ),
            ("s2.c1", "4.1", "Tavel's shares closed 4.1 per cent lower on Tuesday."),
        ],
    );
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "4.1");
    // Whichever came out first (a premarket move published after the close story).
    let f = share_move_fact(
        &next_day,
        &[
            ("s1.c1", "7.2", "The stock ended 7.2% higher on Tuesday."),
            ("s2.c1", "5.9", "Tavel shares rose 5.9% in premarket trading."),
        ],
    );
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "7.2");
    // Two closes, a day apart: a conflict, not a newer figure.
    let f = share_move_fact(
        &next_day,
        &[
            (
                "s1.c1",
                "7.2",
                "Shares of Tavel closed up 7.2 percent on the main board.",
            ),
            ("s2.c1", "6.8", "Tavel shares ended 6.8% higher in Frankfurt."),
        ],
    );
    assert_eq!(f.status, FactStatus::Conflict);
    // Counter-examples: without words of the session, a day later is newer as before;
    // the same day, a conflict as before.
    let f = share_move_fact(
        &next_day,
        &[
            ("s1.c1", "7.2", "Tavel rose 7.2 percent."),
            ("s2.c1", "6.8", "Tavel shares ended 6.8% higher in Frankfurt."),
        ],
    );
    assert_eq!(f.status, FactStatus::Superseded);
    assert_eq!(f.value["amount"], "6.8");
    let f = share_move_fact(
        &same_day,
        &[
            ("s1.c1", "7.2", "Tavel rose 7.2 percent."),
            (
                "s2.c1",
                "6.8",
                "Tavel shares gained 6.8% in early trading and closed up 2%.",
            ),
        ],
    );
    assert_eq!(f.status, FactStatus::Conflict);
}

#[test]
fn one_event_of_two_named_parties_without_a_figure_dated_apart_within_a_week_is_one_fact() {
    let named = |id: &str, person: &str, when: Option<(&str, &str)>| {
        let mut fields = json!({"subject": "halvorsen-shipping", "object": person, "predicate": class("appointment")});
        if let Some((value, from)) = when {
            fields["time"] = time(value, from);
        }
        claim(id, fields)
    };
    let week = [
        source("s1", "Wire", "2026-02-10"),
        source("s2", "Daily", "2026-02-10"),
        source("s3", "Post", "2026-02-12"),
    ];
    // "has named Ines Varga chief executive, effective in March" (2026-03), "said on
    // Tuesday that Varga would succeed" (2026-02), and "Varga, the new chief" (undated).
    let facts = reconcile(
        &week,
        &[
            named("s1.c1", "person:ines-varga", Some(("2026-03", "sentence"))),
            named("s2.c1", "person:ines-varga", Some(("2026-02", "sentence"))),
            named("s3.c1", "person:ines-varga", None),
        ],
    );
    assert_eq!(keyed(&facts).len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Agreed);
    assert!(
        facts[0]
            .key
            .starts_with("halvorsen-shipping appointment person:ines-varga @2026-0"),
        "{}",
        facts[0].key
    );
    // A departure told undated by one outlet and dated by another ("is leaving at the end of April").
    let leave = |id: &str, when: Option<&str>| {
        let mut fields =
            json!({"subject": "corvina-foods", "object": "person:tomas-bek", "predicate": class("departure")});
        if let Some(w) = when {
            fields["time"] = time(w, "sentence");
        }
        claim(id, fields)
    };
    let facts = reconcile(&week, &[leave("s1.c1", Some("2026-04")), leave("s3.c1", None)]);
    assert_eq!(
        keyed(&facts),
        vec![("corvina-foods departure person:tomas-bek @2026-04", FactStatus::Agreed)]
    );
    // Counter-examples: two appointments of two people; one outlet that dates
    // the pair twice ("joined the board in 2019 and became chief executive in
    // March"); outlets a week or more apart.
    let facts = reconcile(
        &week,
        &[
            named("s1.c1", "person:ines-varga", Some(("2026-03", "sentence"))),
            named("s2.c1", "person:olaf-brandt", Some(("2026-02", "sentence"))),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
    let facts = reconcile(
        &week,
        &[
            named("s1.c1", "person:ines-varga", Some(("2019", "sentence"))),
            named("s1.c2", "person:ines-varga", Some(("2026-03", "sentence"))),
            named("s2.c1", "person:ines-varga", None),
        ],
    );
    // The two dated stay apart, and the undated one cannot tell which it names.
    assert_eq!(facts.len(), 3, "{facts:#?}");
    let apart = [source("s1", "Wire", "2026-02-10"), source("s2", "Daily", "2026-03-10")];
    let facts = reconcile(
        &apart,
        &[
            named("s1.c1", "person:ines-varga", Some(("2026-02", "sentence"))),
            named("s2.c1", "person:ines-varga", Some(("2026-03", "sentence"))),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
}

#[test]
fn a_deal_with_a_figure_keeps_its_time_apart_from_a_mention_of_another_year() {
    // "agreed to buy Lindqvist Marine for $640 million" (2026-06) and "first
    // approached Lindqvist in 2024" (no figure): the figure's time tells the deal.
    let week = [source("s1", "Wire", "2026-06-02"), source("s2", "Daily", "2026-06-03")];
    let facts = reconcile(
        &week,
        &[
            claim(
                "s1.c1",
                json!({"subject": "arkwright", "object": "lindqvist-marine", "predicate": class("acquisition"),
                       "value": usd("640000000", Some("million"), "exact"), "time": time("2026-06", "sentence")}),
            ),
            claim(
                "s2.c1",
                json!({"subject": "arkwright", "object": "lindqvist-marine", "predicate": class("acquisition"),
                       "sentence": 3, "time": time("2024", "sentence")}),
            ),
        ],
    );
    assert_eq!(facts.len(), 2, "{facts:#?}");
}

#[test]
fn an_undated_figure_given_as_moved_from_a_dated_facts_figure_revises_that_fact() {
    let sources = [
        source("s1", "Wire", "2026-05-04"),
        source("s2", "Daily", "2026-05-05"),
        source("s3", "Post", "2026-05-18"),
    ];
    let deal = |id: &str, amount: &str, quote: &str, t: Value| {
        claim(
            id,
            json!({"subject": "tessaly-partners", "object": "quillon-software", "predicate": class("acquisition"),
                   "quote": quote, "value": usd(amount, Some("billion"), "approx"), "time": t}),
        )
    };
    let first = |id: &str| {
        deal(
            id,
            "2700000000",
            "Quillon agreed on Monday to be bought by Tessaly in a deal worth about $2.7 billion.",
            time("2026-05", "sentence"),
        )
    };
    // Named by another word (a valuation) and undated, but moved from the fact's own figure.
    let raised = claim(
        "s3.c1",
        json!({"subject": "tessaly-partners", "object": "quillon-software", "predicate": class("valuation"),
               "quote": "The sweetened offer values Quillon at about $2.95 billion, up from $2.7 billion.",
               "value": usd("2950000000", Some("billion"), "approx"), "time": time("2026-05", "published")}),
    );
    let facts = reconcile(&sources, &[first("s1.c1"), first("s2.c1"), raised]);
    assert_eq!(keyed(&facts).len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Superseded);
    assert_eq!(facts[0].value["amount"], "2950000000");
    // Counter-example: another word's figure that moved from something else is another thing.
    let other = claim(
        "s3.c1",
        json!({"subject": "tessaly-partners", "object": "quillon-software", "predicate": class("valuation"),
               "quote": "The buyout values Quillon's cloud unit at about $900 million, up from $600 million last year.",
               "value": usd("900000000", Some("million"), "approx"), "time": time("2026-05", "published")}),
    );
    let facts = reconcile(&sources, &[first("s1.c1"), first("s2.c1"), other]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Agreed);
}

#[test]
fn an_undated_figure_joins_a_fact_of_its_publish_month_not_one_of_its_year_or_quarter() {
    let sources = [source("s1", "Wire", "2026-08-04"), source("s2", "Daily", "2026-08-04")];
    let growth = |id: &str, amount: &str, t: Value| {
        claim(
            id,
            json!({"subject": "brannock-spirits", "predicate": class("profit"), "measure": "growth",
                   "value": percent(amount), "time": t}),
        )
    };
    // "operating profit for the year to June fell 4.9%" (2026) twice, and a
    // bullet's undated "organic operating profit growth of about 4%" (published 2026-08):
    // another period's figure, no conflict with the year's.
    let facts = reconcile(
        &sources,
        &[
            growth("s1.c1", "-4.9", time("2026", "sentence")),
            growth("s2.c1", "-4.9", time("2026", "sentence")),
            growth("s2.c2", "4", time("2026-08", "published")),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![
            ("brannock-spirits profit.growth ? @2026", FactStatus::Agreed),
            ("brannock-spirits profit.growth ?", FactStatus::SingleSource),
        ]
    );
    // A fact of the publish month still takes an undated figure named alike: a conflict.
    let facts = reconcile(
        &sources,
        &[
            growth("s1.c1", "-4.9", time("2026-08", "sentence")),
            growth("s2.c2", "3", time("2026-08", "published")),
        ],
    );
    assert_eq!(
        keyed(&facts),
        vec![("brannock-spirits profit.growth ? @2026-08", FactStatus::Conflict)]
    );
}

#[test]
fn a_figure_whose_sentence_names_no_subject_joins_the_other_outlets_fact_of_that_number() {
    let sources = three_sources();
    let growth = |id: &str, subject: &str, amount: &str, month: &str, quote: &str| {
        claim(
            id,
            json!({"predicate": class("revenue"), "subject": subject, "measure": "growth",
                   "value": percent(amount), "time": time(month, "sentence"), "quote": quote}),
        )
    };
    let named = |id: &str, amount: &str| {
        growth(
            id,
            "name:kestrel-apparel",
            amount,
            "2026-03",
            "Kestrel Apparel said its first-half sales rose by the figure.",
        )
    };
    // The third outlet's table row names no company; its subject was taken
    // from the article's last organization, a railway.
    let unnamed = |subject: &str, amount: &str, month: &str| {
        growth(
            "s3.c1",
            subject,
            amount,
            month,
            "- First-half sales growth, constant currency",
        )
    };
    let claims = [
        named("s1.c1", "5.7"),
        named("s2.c1", "5.7"),
        unnamed("name:harlow-rail", "5.7", "2026-03"),
    ];
    let facts = reconcile(&sources, &claims);
    assert_eq!(
        keyed(&facts),
        vec![("name:kestrel-apparel revenue.growth ? @2026-03", FactStatus::Agreed)]
    );
    assert_eq!(facts[0].evidence.len(), 3);
    // A person resolved for "the company" is repaired alike.
    let claims = [
        named("s1.c1", "5.7"),
        named("s2.c1", "5.7"),
        unnamed("person:dana-whitfield", "5.7", "2026-03"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 1);
    // Counter-examples: a sentence that names its company keeps it; a
    // one-digit number, another month or a number two other companies share
    // moves nothing; nor does a number only the same outlet gives.
    let rival = growth(
        "s3.c1",
        "name:harlow-rail",
        "5.7",
        "2026-03",
        "Harlow Rail's fare income also rose 5.7%.",
    );
    assert_eq!(
        reconcile(&sources, &[named("s1.c1", "5.7"), named("s2.c1", "5.7"), rival]).len(),
        2
    );
    let claims = [
        named("s1.c1", "3"),
        named("s2.c1", "3"),
        unnamed("name:harlow-rail", "3", "2026-03"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
    let claims = [
        named("s1.c1", "5.7"),
        named("s2.c1", "5.7"),
        unnamed("name:harlow-rail", "5.7", "2026-05"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
    let other = growth(
        "s2.c2",
        "name:penrose-foods",
        "5.7",
        "2026-03",
        "Penrose Foods' sales rose 5.7%.",
    );
    let claims = [
        named("s1.c1", "5.7"),
        other,
        unnamed("name:harlow-rail", "5.7", "2026-03"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 3);
    let claims = [named("s3.c2", "5.7"), unnamed("name:harlow-rail", "5.7", "2026-03")];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
}

#[test]
fn an_unnamed_subject_joins_a_fact_two_outlets_give_not_one_unnamed_outlets() {
    let sources = three_sources();
    let payout = |id: &str, subject: &str| {
        claim(
            id,
            json!({"predicate": class("dividend"), "subject": subject,
                   "value": json!({"type": "money", "currency": "GBP", "amount": "0.38", "exactness": "exact", "per": "share"}), "time": time("2026-03", "published"),
                   "quote": "Directors recommended a final dividend of 38 pence."}),
        )
    };
    // Two outlets give the utility's payout without naming it; a third's
    // "directors" were read as the rating agency it quoted last.
    let claims = [
        payout("s1.c1", "name:ostrava-power"),
        payout("s2.c1", "name:ostrava-power"),
        payout("s3.c1", "name:granite-ratings"),
    ];
    let facts = reconcile(&sources, &claims);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].subject.as_deref(), Some("name:ostrava-power"));
    assert_eq!(facts[0].status, FactStatus::Agreed);
    // One unnamed outlet against another: nothing tells which subject is right.
    let claims = [
        payout("s1.c1", "name:ostrava-power"),
        payout("s3.c1", "name:granite-ratings"),
    ];
    assert_eq!(reconcile(&sources, &claims).len(), 2);
}

#[test]
fn one_figure_told_as_two_types_that_tell_it_alike_is_one_fact_of_the_majoritys_type() {
    let sources = three_sources();
    let money = |id: &str, c: &str, subject: &str, object: Option<&str>, amount: &str| {
        claim(
            id,
            json!({"predicate": class(c), "subject": subject, "object": object,
                   "value": usd(amount, Some("million"), "exact"), "time": time("2026-03", "sentence")}),
        )
    };
    // "Orvane Capital invested $310 million in Kelp Robotics" beside two
    // outlets' "Kelp Robotics raised $310 million in a round led by Orvane".
    let claims = [
        money(
            "s1.c1",
            "investment",
            "name:orvane-capital",
            Some("name:kelp-robotics"),
            "310000000",
        ),
        money(
            "s2.c1",
            "funding_round",
            "name:kelp-robotics",
            Some("name:orvane-capital"),
            "310000000",
        ),
        money("s3.c1", "funding_round", "name:kelp-robotics", None, "310000000"),
    ];
    let facts = reconcile(&sources, &claims);
    assert_eq!(keyed(&facts).len(), 1);
    assert_eq!(facts[0].predicate.as_str(), "funding_round");
    assert_eq!(facts[0].subject.as_deref(), Some("name:kelp-robotics"));
    assert_eq!(facts[0].status, FactStatus::Agreed);
    assert_eq!(facts[0].evidence.len(), 3);
    // A listing's valuation and its market value at the offer price.
    let claims = [
        money("s1.c1", "valuation", "name:tarvik-foods", None, "940000000"),
        money("s2.c1", "market_value", "name:tarvik-foods", None, "940000000"),
    ];
    let facts = reconcile(&sources, &claims);
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].status, FactStatus::Agreed);
    // Counter-examples: another number, another party, one outlet telling
    // both, or two types that do not tell one figure stay apart.
    let apart = |claims: &[Claim]| reconcile(&sources, claims).len();
    // (first claim's id, investee, number; the round's claim id, number): another number,
    // another investee, one outlet (s1) telling both.
    for (first, investee, number, second, round_number) in [
        ("s1.c1", "name:kelp-robotics", "250000000", "s2.c1", "310000000"),
        ("s1.c1", "name:lumen-bio", "310000000", "s2.c1", "310000000"),
        ("s1.c1", "name:kelp-robotics", "310000000", "s1.c2", "310000000"),
    ] {
        let claims = [
            money(first, "investment", "name:orvane-capital", Some(investee), number),
            money(
                second,
                "funding_round",
                "name:kelp-robotics",
                Some("name:orvane-capital"),
                round_number,
            ),
        ];
        assert_eq!(
            apart(&claims),
            2,
            "{first} {investee} {number} / {second} {round_number}"
        );
    }
    assert_eq!(
        apart(&[
            money("s1.c1", "revenue", "name:tarvik-foods", None, "940000000"),
            money("s2.c1", "market_value", "name:tarvik-foods", None, "940000000"),
        ]),
        2
    );
}

#[test]
fn a_year_so_far_figure_and_the_whole_years_figure_are_two_facts() {
    // Nine months' sales of $468 billion (two outlets) and the last whole
    // fiscal year's $540 billion (a third): two periods, never a conflict.
    let revenue = |id: &str, amount: &str, t: &str| {
        claim(
            id,
            json!({"subject": "kessler-tools", "predicate": class("revenue"), "measure": "amount",
                   "value": usd(amount, Some("billion"), "exact"), "time": time(t, "sentence")}),
        )
    };
    let facts = reconcile(
        &three_sources(),
        &[
            revenue("s1.c1", "468000000000", "2025-YTD"),
            revenue("s2.c1", "468000000000", "2025-YTD"),
            revenue("s3.c1", "540000000000", "2025"),
        ],
    );
    let mut got = keyed(&facts);
    got.sort_by_key(|(key, _)| *key);
    assert_eq!(
        got,
        vec![
            ("kessler-tools revenue ? @2025", FactStatus::SingleSource),
            ("kessler-tools revenue ? @2025-YTD", FactStatus::Agreed),
        ],
        "{facts:#?}"
    );
}

#[test]
fn an_undated_figure_that_revises_a_dated_facts_figure_in_so_many_words_supersedes_it() {
    // (sources, old claim's source and time, new claim's source and quote, hedged,
    //  a second dated deal, expected number of facts, expected status of the first)
    let sources = [
        source("s1", "Wire", "2026-06-01"),
        source("s2", "Daily", "2026-06-02"),
        source("s3", "Post", "2026-06-15"),
    ];
    let forecast = |id: &str, amount: &str, quote: &str, t: Value| {
        claim(
            id,
            json!({"subject": "ostrava-optics", "predicate": class("guidance"), "quote": quote,
                   "value": usd(amount, Some("million"), "exact"), "time": t}),
        )
    };
    // A fiscal year's forecast (2027) and an undated raise that names it as the figure it moved from.
    let old = forecast(
        "s1.c1",
        "840000000",
        "Ostrava Optics expects sales of $840 million in fiscal 2027.",
        time("2027", "sentence"),
    );
    let raised = forecast(
        "s3.c1",
        "910000000",
        "Ostrava Optics lifted its sales outlook to $910 million from $840 million on Monday.",
        time("2026-06", "published"),
    );
    let facts = reconcile(&sources, &[old.clone(), raised]);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Superseded);
    assert_eq!(facts[0].value["amount"], "910000000");
    // Counter-example: a figure moved from another number is another period's.
    let other = forecast(
        "s3.c1",
        "120000000",
        "Ostrava Optics expects quarterly sales of $120 million, up from $95 million.",
        time("2026-06", "published"),
    );
    let facts = reconcile(&sources, &[old.clone(), other]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    // Counter-example: the same outlet's two figures stay two facts.
    let own = forecast(
        "s1.c2",
        "910000000",
        "Ostrava Optics lifted its sales outlook to $910 million from $840 million on Monday.",
        time("2026-06", "published"),
    );
    let facts = reconcile(&sources, &[old, own]);
    assert_eq!(facts.len(), 2, "{facts:#?}");

    // A deal of two named parties: the premium of a sweetened bid, told two weeks
    // after the first bid's, is that deal's premium revised.
    let premium = |id: &str, amount: &str, quote: &str, t: Value, modality: &str| {
        claim(
            id,
            json!({"subject": "halvard-capital", "object": "bexley-instruments", "predicate": class("acquisition"),
                   "measure": "premium", "quote": quote, "value": percent(amount), "time": t,
                   "modality": modality}),
        )
    };
    let first = |id: &str| {
        premium(
            id,
            "27",
            "Halvard's offer is a 27% premium to Bexley's close on Thursday.",
            time("2026-05", "sentence"),
            "asserted",
        )
    };
    let sweetened = |modality: &str| {
        premium(
            "s3.c1",
            "36",
            "The improved offer amounts to a 36% premium over Bexley's price before the approach.",
            time("2026-06", "published"),
            modality,
        )
    };
    let facts = reconcile(&sources, &[first("s1.c1"), first("s2.c1"), sweetened("asserted")]);
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Superseded);
    assert_eq!(facts[0].value["amount"], "36");
    // Counter-example: hedged, it revises nothing and stays apart.
    let facts = reconcile(&sources, &[first("s1.c1"), first("s2.c1"), sweetened("hedged")]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
    assert_eq!(facts[0].status, FactStatus::Agreed);
    // Counter-example: two dated deals of the pair: which one it revises is not said.
    let earlier_deal = premium(
        "s2.c2",
        "18",
        "In 2024 Halvard bid for Bexley at an 18% premium.",
        time("2024", "sentence"),
        "asserted",
    );
    let facts = reconcile(
        &sources,
        &[first("s1.c1"), first("s2.c1"), earlier_deal, sweetened("asserted")],
    );
    assert_eq!(facts.len(), 3, "{facts:#?}");
    // Counter-example: without a revision word, a later undated premium stays apart.
    let plain = premium(
        "s3.c1",
        "36",
        "Halvard's bid amounts to a 36% premium over Bexley's price a month ago.",
        time("2026-06", "published"),
        "asserted",
    );
    let facts = reconcile(&sources, &[first("s1.c1"), first("s2.c1"), plain]);
    assert_eq!(facts.len(), 2, "{facts:#?}");
}

#[test]
fn a_figure_whose_sentence_names_its_subject_only_by_a_word_of_another_joins_that_ones_fact() {
    let sources = three_sources();
    let revenue = |id: &str, subject: &str, quote: &str| {
        claim(
            id,
            json!({"subject": subject, "predicate": class("revenue"), "quote": quote,
                   "value": usd("7400000000", Some("billion"), "exact"), "time": time("2025", "sentence")}),
        )
    };
    let growth = claim(
        "s2.c2",
        json!({"subject": "name:varnholt-marine-engines", "predicate": class("revenue"), "measure": "growth",
               "quote": "Varnholt Marine Engines' revenue rose 12.5% in 2025.",
               "value": percent("12.5"), "time": time("2025", "sentence")}),
    );
    let engines = revenue(
        "s2.c1",
        "name:varnholt-marine-engines",
        "Varnholt Marine Engines had revenue of $7.4 billion in 2025.",
    );
    // "Varnholt" names the group and the engine maker alike: the other outlet's number settles it.
    let group = revenue(
        "s1.c1",
        "name:varnholt-group",
        "Varnholt booked revenue of $7.4 billion in 2025.",
    );
    let facts = reconcile(&sources, &[group, engines.clone(), growth.clone()]);
    assert_eq!(
        keyed(&facts),
        vec![
            ("name:varnholt-marine-engines revenue ? @2025", FactStatus::Agreed),
            (
                "name:varnholt-marine-engines revenue.growth ? @2025",
                FactStatus::SingleSource
            ),
        ]
    );
    // Counter-example: a sentence that names another company alone keeps it.
    let rival = revenue(
        "s1.c1",
        "name:brenmoor-shipping",
        "Brenmoor Shipping booked revenue of $7.4 billion in 2025.",
    );
    let facts = reconcile(&sources, &[rival, engines, growth]);
    assert_eq!(facts.len(), 3, "{facts:#?}");
}

#[test]
fn a_sentence_names_a_figure_after_from_or_none() {
    use super::names_a_from_figure;
    assert!(names_a_from_figure("Sales rose to $2.1bn, up from $1.8bn."));
    assert!(names_a_from_figure(
        "It priced €500m of notes, upsized from the €400m it flagged."
    ));
    assert!(names_a_from_figure("The stake fell from 18.5% to 9.5%."));
    assert!(!names_a_from_figure(
        "The improved offer came from Halvard's board on Monday."
    ));
    assert!(!names_a_from_figure("The sweetened bid amounts to a 36% premium."));
}
