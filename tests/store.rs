//! The fact store: ingest in one batch or one file at a time gives the report
//! `report` gives over the same files; re-ingests, copies of one text, foreign
//! or corrupt files, a killed ingest; `watch` picks up new files.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::util::{bin, fixtures, run, stderr, stdout};

fn articles() -> Vec<String> {
    let f = fixtures();
    [
        "seeds-techcrunch/article.txt",
        "seeds-outlet-b/article.txt",
        "story-microsoft-stake/a.txt",
        "story-microsoft-stake/b.txt",
        "story-nvidia-xai/a.txt",
        "story-nvidia-xai/b.txt",
    ]
    .iter()
    .map(|p| f.join(p).display().to_string())
    .collect()
}

fn db_report(db: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["report", "--db", db.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn ingest(db: &Path, files: &[String]) -> std::process::Output {
    let mut args = vec!["ingest", "--quiet", "--db", db.to_str().unwrap()];
    args.extend(files.iter().map(String::as_str));
    run(&args)
}

#[test]
fn one_at_a_time_batch_and_plain_report_agree() {
    let dir = tempfile::tempdir().unwrap();
    let files = articles();
    let (batch, single) = (dir.path().join("batch.db"), dir.path().join("single.db"));
    let out = ingest(&batch, &files);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("6 new, 0 replaced, 0 unchanged"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("[added] f1 "), "{}", stdout(&out));
    for f in &files {
        let out = ingest(&single, std::slice::from_ref(f));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let mut args = vec!["report"];
    args.extend(files.iter().map(String::as_str));
    let plain: serde_json::Value = serde_json::from_str(&stdout(&run(&args))).unwrap();
    let from_batch = db_report(&batch, &[]);
    assert!(plain["facts"].as_array().unwrap().len() > 10);
    assert_eq!(from_batch["sources"].as_array().unwrap().len(), 6);
    assert_eq!(from_batch, plain);
    assert_eq!(db_report(&single, &[]), plain);

    // Again: nothing new, no fact changes.
    let again = ingest(&batch, &files);
    assert!(
        stderr(&again).contains("0 new, 0 replaced, 6 unchanged"),
        "{}",
        stderr(&again)
    );
    assert_eq!(stdout(&again), "");

    // The same text under another path is a copy: recorded, not a second confirmation.
    let copy = dir.path().join("copy.txt");
    std::fs::copy(&files[0], &copy).unwrap();
    let out = ingest(&batch, &[copy.display().to_string()]);
    assert!(stderr(&out).contains("1 duplicate texts"), "{}", stderr(&out));
    let after = db_report(&batch, &[]);
    assert_eq!(after["facts"], plain["facts"]);
    assert_eq!(
        after["diagnostics"][0]["message"],
        "same text as s1 (republished): counted once"
    );
    // A narrowed report names the copies of the sources it keeps, and no others.
    let copies = |entity: &str| -> Vec<String> {
        db_report(&batch, &["--entity", entity])["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["message"].as_str().unwrap().to_string())
            .filter(|m| m.contains("republished"))
            .collect()
    };
    assert_eq!(copies("openai"), ["same text as s1 (republished): counted once"]);
    assert!(copies("nvidia").is_empty());
}

/// Stories that overlap (Amazon's contract with OpenAI is told by two
/// stories; OpenAI is in three) and facts superseded by a later outlet (a
/// raised offer a week on, a share move the next day), over the six above.
fn overlapping_stories() -> Vec<String> {
    let f = fixtures();
    let mut files = articles();
    files.extend(
        [
            "blind/dev/ashcombe-pellington-raised-offer/a.txt",
            "blind/dev/ashcombe-pellington-raised-offer/b.html",
            "blind/dev/ashcombe-pellington-raised-offer/c.txt",
            "blind/dev/ashcombe-pellington-raised-offer/d.txt",
            "story-held-nvidia-intel/a.txt",
            "blind/dev/lumen-harbor-series-b/a.txt",
            "story-held-nvidia-intel/b.txt",
            "blind/dev/lumen-harbor-series-b/b.txt",
            "story-held-nvidia-intel/c.txt",
            "story-openai-oracle/c.txt",
        ]
        .iter()
        .map(|p| f.join(p).display().to_string()),
    );
    files
}

#[test]
fn one_at_a_time_and_batch_agree_on_overlapping_stories_and_supersession() {
    let dir = tempfile::tempdir().unwrap();
    let files = overlapping_stories();
    let (batch, single, halves) = (
        dir.path().join("batch.db"),
        dir.path().join("single.db"),
        dir.path().join("halves.db"),
    );
    assert_eq!(ingest(&batch, &files).status.code(), Some(0));
    for f in &files {
        assert_eq!(ingest(&single, std::slice::from_ref(f)).status.code(), Some(0));
    }
    let (first, second) = files.split_at(7);
    assert_eq!(ingest(&halves, first).status.code(), Some(0));
    assert_eq!(ingest(&halves, second).status.code(), Some(0));
    let all = db_report(&batch, &[]);
    assert_eq!(db_report(&single, &[]), all);
    assert_eq!(db_report(&halves, &[]), all);
    let facts = all["facts"].as_array().unwrap();
    let fact = |key: &str| {
        facts
            .iter()
            .find(|f| f["key"] == key)
            .unwrap_or_else(|| panic!("no fact {key}"))
    };
    // Superseded by the publish dates the store keeps (the raised offer came a week later).
    let offer = fact("name:ashcombe-group acquisition name:pellington-foods");
    assert_eq!(offer["status"], "superseded");
    assert!(offer["superseded"]["new_time"].as_str() > offer["superseded"]["old_time"].as_str());
    // One fact told by two stories' sources.
    let sources = |f: &serde_json::Value| -> Vec<String> {
        let mut s: Vec<String> = f["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["source"].as_str().unwrap().to_string())
            .collect();
        s.dedup();
        s
    };
    // (Nvidia's venture arm put $10 million into a startup of another story:
    // that is NVentures' investment, no evidence of Nvidia's in Intel.)
    assert_eq!(sources(fact("name:nventures investment ?")).len(), 1);
    let told_twice = fact("amazon contract openai");
    let paths: Vec<String> = sources(told_twice)
        .iter()
        .map(|s| {
            all["sources"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["id"] == *s)
                .unwrap()["path"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(paths.iter().any(|p| p.contains("seeds-techcrunch")), "{paths:?}");
    assert!(paths.iter().any(|p| p.contains("story-openai-oracle")), "{paths:?}");
}

#[test]
fn report_narrows_by_entity_story_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    assert_eq!(ingest(&db, &articles()).status.code(), Some(0));
    let all = db_report(&db, &[]);
    let nvidia = db_report(&db, &["--entity", "Nvidia"]);
    let facts = nvidia["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    let expected: Vec<&serde_json::Value> = all["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject"] == "nvidia" || f["object"] == "nvidia")
        .collect();
    assert_eq!(facts.iter().collect::<Vec<_>>(), expected);
    // Focused: the claims its facts cite, no mentions, the entity itself.
    let mut cited: Vec<&str> = facts
        .iter()
        .flat_map(|f| {
            f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["claim"].as_str().unwrap())
        })
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let mut claims: Vec<&str> = nvidia["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    claims.sort_unstable();
    assert_eq!(claims, cited);
    assert_eq!(nvidia["mentions"], serde_json::json!([]));
    let ids: Vec<&str> = nvidia["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["nvidia"]);
    let first = &all["facts"][0];
    let story = db_report(&db, &["--story", first["key"].as_str().unwrap()]);
    assert_eq!(story["facts"][0], *first);
    let late = db_report(&db, &["--since", "2100-01-01"]);
    assert_eq!(late["facts"].as_array().unwrap().len(), 0);
    let out = run(&["report", "--db", db.to_str().unwrap(), "--entity", "No Such Co"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no entity \"No Such Co\""), "{}", stderr(&out));
    // diff of two stored sources: the seeds agree on six facts.
    let out = run(&["diff", "--db", db.to_str().unwrap(), "s1", "s2"]);
    assert!(stdout(&out).starts_with("6 agree, 0 conflict"), "{}", stdout(&out));
}

#[test]
fn an_entity_is_found_by_id_name_or_alias_and_a_version_1_store_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    assert_eq!(ingest(&db, &articles()).status.code(), Some(0));
    // The report but its diagnostics (which repeat the name asked).
    let narrowed = |name: &str| {
        let mut r = db_report(&db, &["--entity", name]);
        r.as_object_mut().unwrap().remove("diagnostics");
        r
    };
    let nvidia = narrowed("nvidia");
    assert!(!nvidia["facts"].as_array().unwrap().is_empty());
    // An alias in another case names the same entity; a name finds its id ("Amazon Web Services": aws).
    assert_eq!(narrowed("NVIDIA CORP."), nvidia);
    let aws = narrowed("amazon web services");
    assert_eq!(aws["entities"][0]["id"], "aws");
    // A store of version 1 (no entity-name table) is upgraded when opened and answers the same.
    to_v3(&db);
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch("DROP TABLE entity_names; DROP INDEX sources_duplicate; PRAGMA user_version = 1;")
            .unwrap();
    }
    assert_eq!(narrowed("Nvidia Corp."), nvidia);
    assert_eq!(narrowed("amazon web services"), aws);
    let c = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 5);
    let names: i64 = c
        .query_row("SELECT count(*) FROM entity_names WHERE entity = 'nvidia'", [], |r| {
            r.get(0)
        })
        .unwrap();
    // nvidia (id), nvidia (name), nvda, nvidia corp., the chipmaker: "NVIDIA" folds into the name.
    assert_eq!(names, 5);
}

/// The claims rows of a store: (source, count, json).
fn claim_rows(db: &Path) -> Vec<(i64, i64, String)> {
    rusqlite::Connection::open(db)
        .unwrap()
        .prepare("SELECT source, count, json FROM claims ORDER BY source")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A store of version 5 written back as version 4 held it: each claim with
/// its id (`s3.c2`), source and quote (the chars `start..end` of the text).
fn to_v4(db: &Path) {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut claims = 0;
    for (n, _, json) in claim_rows(db) {
        let text: String = c
            .query_row("SELECT text FROM texts WHERE source = ?1", [n], |r| r.get(0))
            .unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mut stored: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        for (k, claim) in stored.iter_mut().enumerate() {
            // Version 5 keeps none of the three.
            for field in ["id", "source", "quote"] {
                assert_eq!(claim[field], "", "{json}");
            }
            let (start, end) = (
                claim["start"].as_u64().unwrap() as usize,
                claim["end"].as_u64().unwrap() as usize,
            );
            claim["id"] = format!("s{n}.c{}", k + 1).into();
            claim["source"] = format!("s{n}").into();
            claim["quote"] = chars[start..end].iter().collect::<String>().into();
            claims += 1;
        }
        c.execute(
            "UPDATE claims SET json = ?2 WHERE source = ?1",
            rusqlite::params![n, serde_json::to_string(&stored).unwrap()],
        )
        .unwrap();
    }
    assert!(claims > 0);
    c.execute_batch("PRAGMA user_version = 4;").unwrap();
}

/// A store of version 5 written back as version 3 held it: each claim with
/// its id, source and quote; each source record with its text, each mention
/// with its id, source and text; no `texts`.
fn to_v3(db: &Path) {
    to_v4(db);
    let c = rusqlite::Connection::open(db).unwrap();
    let rows: Vec<(i64, String, Option<String>)> = c
        .prepare(
            "SELECT s.n, s.json, t.text FROM sources s LEFT JOIN texts t ON t.source = coalesce(s.duplicate_of, s.n)",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!rows.is_empty());
    for (n, json, text) in rows {
        let mut source: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(source.get("text").is_none(), "{json}");
        let text = text.unwrap();
        source["text"] = text.clone().into();
        c.execute(
            "UPDATE sources SET json = ?2 WHERE n = ?1",
            rusqlite::params![n, source.to_string()],
        )
        .unwrap();
        let Ok(json) = c.query_row("SELECT json FROM mentions WHERE source = ?1", [n], |r| {
            r.get::<_, String>(0)
        }) else {
            continue;
        };
        let compact: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        let id = source["id"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let full: Vec<serde_json::Value> = compact
            .iter()
            .enumerate()
            .map(|(k, m)| {
                let (start, end) = (m[1].as_u64().unwrap() as usize, m[2].as_u64().unwrap() as usize);
                let mut v = serde_json::json!({
                    "id": format!("{id}.m{}", k + 1), "source": id, "type": m[0], "start": start, "end": end,
                    "text": chars[start..end].iter().collect::<String>(), "sentence": m[3], "value": m[4], "rule": m[5],
                });
                if m[6] == true {
                    v["boilerplate"] = true.into();
                }
                v
            })
            .collect();
        c.execute(
            "UPDATE mentions SET json = ?2 WHERE source = ?1",
            rusqlite::params![n, serde_json::to_string(&full).unwrap()],
        )
        .unwrap();
    }
    c.execute_batch("DROP TABLE texts; PRAGMA user_version = 3;").unwrap();
}

fn user_version(db: &Path) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_version_3_store_is_upgraded_in_one_transaction_and_reports_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let mut files = articles();
    // A copy of a text under another name: its record keeps no text.
    let copy = dir.path().join("copy.txt");
    std::fs::copy(&files[0], &copy).unwrap();
    files.push(copy.display().to_string());
    assert_eq!(ingest(&db, &files).status.code(), Some(0));
    let before = db_report(&db, &[]);
    let nvidia = db_report(&db, &["--entity", "Nvidia", "--no-text"]);
    assert!(before["mentions"].as_array().unwrap().len() > 100);
    assert!(before["sources"][0]["text"].as_str().unwrap().len() > 1000);
    assert!(nvidia["sources"][0].get("text").is_none());
    // Version 4 keeps each text once, apart from the records, and mentions without what the text gives.
    let c = rusqlite::Connection::open(&db).unwrap();
    let (texts, mention_rows): (i64, String) = c
        .query_row(
            "SELECT (SELECT count(*) FROM texts), (SELECT json FROM mentions WHERE source = 1)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(texts, 6);
    assert!(
        mention_rows.starts_with("[[\"ORG\",") || mention_rows.starts_with("[[\"DATE\","),
        "{mention_rows}"
    );
    drop(c);
    to_v3(&db);
    let v3 = std::fs::read(&db).unwrap();
    // A version-3 mention whose text is not what its offsets give: the upgrade stops, nothing written.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let json: String = c
            .query_row("SELECT json FROM mentions WHERE source = 2", [], |r| r.get(0))
            .unwrap();
        let mut m: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        m[3]["text"] = "something else".into();
        c.execute(
            "UPDATE mentions SET json = ?1 WHERE source = 2",
            [serde_json::to_string(&m).unwrap()],
        )
        .unwrap();
    }
    let out = run(&["report", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot upgrade store version 3 to 5: stored mention s2.m4 is not the text"),
        "{}",
        stderr(&out)
    );
    assert_eq!(user_version(&db), 3);
    std::fs::write(&db, &v3).unwrap();
    assert_eq!(db_report(&db, &[]), before);
    assert_eq!(user_version(&db), 5);
    assert_eq!(db_report(&db, &["--entity", "Nvidia", "--no-text"]), nvidia);
    // Upgraded, an ingest of the same files finds every one stored.
    let out = ingest(&db, &files);
    assert!(
        stderr(&out).contains("0 new, 0 replaced, 7 unchanged"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_version_4_store_is_upgraded_in_one_transaction_to_the_rows_of_a_fresh_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let files = articles();
    assert_eq!(ingest(&db, &files).status.code(), Some(0));
    let before = db_report(&db, &[]);
    let nvidia = db_report(&db, &["--entity", "Nvidia", "--no-text"]);
    let story = db_report(&db, &["--story", "f1"]);
    let fresh = claim_rows(&db);
    // Version 5 keeps no claim's id, source or quote: the text gives them back, as the report shows.
    assert_eq!(fresh.len(), 6);
    assert!(
        fresh[0].2.starts_with(r#"[{"id":"","source":"","start":"#),
        "{}",
        fresh[0].2
    );
    let claims = before["claims"].as_array().unwrap();
    assert_eq!(claims.len() as i64, fresh.iter().map(|r| r.1).sum::<i64>());
    assert_eq!(claims[0]["id"], "s1.c1");
    assert_eq!(claims[0]["source"], "s1");
    let text: Vec<char> = before["sources"][0]["text"].as_str().unwrap().chars().collect();
    let (start, end) = (
        claims[0]["start"].as_u64().unwrap() as usize,
        claims[0]["end"].as_u64().unwrap() as usize,
    );
    assert!(end > start + 20);
    assert_eq!(claims[0]["quote"], text[start..end].iter().collect::<String>());
    // A cited claim of a --no-text answer has its quote although no text is given.
    let cited = &nvidia["claims"][0];
    assert!(nvidia["sources"][0].get("text").is_none());
    assert!(cited["quote"].as_str().unwrap().len() > 20, "{cited}");
    assert!(claims.contains(cited));
    to_v4(&db);
    assert_ne!(claim_rows(&db), fresh);
    let v4 = std::fs::read(&db).unwrap();
    // A version-4 claim with an empty quote where its offsets give a sentence: the upgrade stops, nothing written.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let json: String = c
            .query_row("SELECT json FROM claims WHERE source = 2", [], |r| r.get(0))
            .unwrap();
        let mut stored: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        stored[1]["quote"] = "".into();
        c.execute(
            "UPDATE claims SET json = ?1 WHERE source = 2",
            [serde_json::to_string(&stored).unwrap()],
        )
        .unwrap();
    }
    let out = run(&["report", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot upgrade store version 4 to 5: a claim of s2 has an empty id, source or quote"),
        "{}",
        stderr(&out)
    );
    assert_eq!(user_version(&db), 4);
    std::fs::write(&db, &v4).unwrap();
    // Upgraded: the rows a fresh store holds, and every answer byte for byte.
    assert_eq!(db_report(&db, &[]), before);
    assert_eq!(user_version(&db), 5);
    assert_eq!(claim_rows(&db), fresh);
    assert_eq!(db_report(&db, &["--entity", "Nvidia", "--no-text"]), nvidia);
    assert_eq!(db_report(&db, &["--story", "f1"]), story);
    let out = ingest(&db, &files);
    assert!(
        stderr(&out).contains("0 new, 0 replaced, 6 unchanged"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn facts_stored_before_schema_v3_read_as_v3_and_are_not_reported_changed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let files = articles()[..2].to_vec();
    assert_eq!(ingest(&db, &files).status.code(), Some(0));
    let before = db_report(&db, &[]);
    // The facts as a store of schema v2 holds them: each evidence with its sentence and quote.
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        let rows: Vec<(String, String)> = c
            .prepare("SELECT key, json FROM facts")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!rows.is_empty());
        for (key, json) in rows {
            let mut f: serde_json::Value = serde_json::from_str(&json).unwrap();
            for e in f["evidence"].as_array_mut().unwrap() {
                e["sentence"] = 0.into();
                e["start"] = 0.into();
                e["end"] = 11.into();
                e["quote"] = "Some words.".into();
            }
            c.execute("UPDATE facts SET json = ?1 WHERE key = ?2", [f.to_string(), key])
                .unwrap();
        }
    }
    assert_eq!(db_report(&db, &[]), before);
    // Reconciled again (as after a killed ingest): nothing changed, nothing printed.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("UPDATE meta SET value = '1' WHERE key = 'facts_stale'", [])
        .unwrap();
    let out = ingest(&db, &files);
    assert!(
        stderr(&out).contains("facts: 0 added, 0 changed, 0 removed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(db_report(&db, &[]), before);
}

#[test]
fn a_foreign_or_corrupt_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let seed = &articles()[0];
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "my notes, not a database\n").unwrap();
    let foreign = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
    }
    let newer = dir.path().join("newer.db");
    assert_eq!(ingest(&newer, std::slice::from_ref(seed)).status.code(), Some(0));
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.execute_batch("PRAGMA user_version = 99;").unwrap();
    }
    for (path, reason) in [
        (&text, "not a newsfacts store (not a SQLite database)"),
        (
            &foreign,
            "not a newsfacts store (a SQLite database of another application)",
        ),
        (&newer, "newsfacts store of schema version 99"),
    ] {
        let before = std::fs::read(path).unwrap();
        let out = ingest(path, std::slice::from_ref(seed));
        assert_eq!(out.status.code(), Some(2));
        let want = format!("newsfacts: {}: {reason}", path.display());
        assert!(stderr(&out).starts_with(&want), "{} lacks {want}", stderr(&out));
        assert_eq!(std::fs::read(path).unwrap(), before, "{} was written", path.display());
        let out = run(&["report", "--db", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
    }
}

/// `n` articles built from the seeds, each text made distinct by a closing line.
fn many_articles(dir: &Path, n: usize) -> Vec<String> {
    let seeds: Vec<String> = articles()[..2]
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    (0..n)
        .map(|i| {
            let p = dir.join(format!("a{i:04}.txt"));
            std::fs::write(&p, format!("{}\nCopy {i}.\n", seeds[i % 2])).unwrap();
            p.display().to_string()
        })
        .collect()
}

#[test]
fn a_killed_ingest_leaves_the_store_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let files = many_articles(dir.path(), 60);
    let db = dir.path().join("f.db");
    // Created first, so the poll below never races the child's creation.
    drop(newsfacts::store::Store::open(&db).unwrap());
    let mut child = bin()
        .args([
            "ingest",
            "--quiet",
            "--jobs",
            "1",
            "--batch",
            "2",
            "--db",
            db.to_str().unwrap(),
        ])
        .args(&files)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let stored = newsfacts::store::Store::open(&db).unwrap().counts().unwrap().0;
        if stored >= 4 {
            break;
        }
        assert!(Instant::now() < deadline, "the child stored nothing in time");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the child finished before it was killed: make the batch larger"
    );
    let store = newsfacts::store::Store::open(&db).unwrap();
    let (sources, _, _) = store.counts().unwrap();
    assert!((4..60).contains(&sources), "{sources} sources stored");
    assert!(
        store.facts_stale().unwrap(),
        "articles were committed without their facts"
    );
    // Read commands reconcile in memory and say so; the same as a store whose ingest ended.
    let stale = db_report(&db, &[]);
    assert_eq!(stale["diagnostics"][0]["level"], "warning");
    drop(store);
    // Ingest again: the stored ones are skipped, the others added, the facts those of one clean batch.
    let out = ingest(&db, &files);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let clean = dir.path().join("clean.db");
    assert_eq!(ingest(&clean, &files).status.code(), Some(0));
    let (a, b) = (db_report(&db, &[]), db_report(&clean, &[]));
    assert_eq!(a["sources"].as_array().unwrap().len(), 60);
    assert_eq!(a["facts"], b["facts"]);
    assert_eq!(a["diagnostics"], serde_json::json!([]));

    // A stored file with a new text replaces its source.
    std::fs::write(
        &files[0],
        "Microsoft said on Monday it would invest $9 billion in Anthropic.\n",
    )
    .unwrap();
    let out = ingest(&db, &files);
    assert!(
        stderr(&out).contains("0 new, 1 replaced, 59 unchanged"),
        "{}",
        stderr(&out)
    );
    let after = db_report(&db, &[]);
    assert_eq!(after["sources"].as_array().unwrap().len(), 60);
    assert!(stdout(&out).contains("[added] "), "{}", stdout(&out));
    assert!(
        after["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["key"].as_str().unwrap().starts_with("microsoft investment anthropic"))
    );
}

#[test]
fn watch_ingests_new_files_and_prints_the_facts_that_changed() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let db = dir.path().join("f.db");
    let mut child = bin()
        .args([
            "watch",
            inbox.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--settle-ms",
            "100",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for "watching" on stderr, then drop a seed article in (without its sidecar: no publish date).
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains("watching"), "{line}");
    let dest: PathBuf = inbox.join("seed.txt");
    std::fs::copy(&articles()[0], &dest).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for l in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !lines.iter().any(|l: &String| l.contains("microsoft contract openai:")) {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(l) => lines.push(l),
            Err(_) => break,
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let fact = lines.iter().find(|l| l.contains("microsoft contract openai:"));
    assert!(
        fact.is_some_and(|l| l.starts_with("[added] ") && l.contains("single_source 250000000000 USD exact")),
        "{lines:?}"
    );
}

/// Every article of the fixtures (the blind dev half included, never the held-out half).
fn fixture_articles() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if newsfacts::article::is_article_file(&p) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(fixtures()).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() && p.file_name().is_some_and(|n| n != "blind") {
            walk(&p, &mut out);
        }
    }
    walk(&fixtures().join("blind/dev"), &mut out);
    out.sort();
    out
}

#[test]
fn each_component_reconciles_alone_to_the_drafts_of_all_claims() {
    use newsfacts::reconcile::{components, drafts};
    let inputs: Vec<newsfacts::article::Input> = fixture_articles()
        .into_iter()
        .map(newsfacts::article::Input::file)
        .collect();
    assert!(inputs.len() > 100, "{} fixture articles", inputs.len());
    let analyses: Vec<newsfacts::Analysis> = newsfacts::analyze_inputs(&inputs, &Default::default())
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let (sources, claims) = newsfacts::report::reconcile_inputs(&analyses);
    let whole = drafts(&sources, &claims);
    let parts = components(&claims);
    // Components are few enough to be worth it: most stories are one.
    assert!(parts.len() > 40, "{} components", parts.len());
    assert!(parts.iter().map(Vec::len).max().unwrap() < claims.len() / 2);
    let mut merged = Vec::new();
    for part in &parts {
        let of_part: Vec<_> = part.iter().map(|&i| claims[i].clone()).collect();
        for mut d in drafts(&sources, &of_part) {
            d.first = part[d.first];
            merged.push(d);
        }
    }
    merged.sort_by_key(|d| d.first);
    assert!(whole.len() > 300, "{} facts", whole.len());
    assert_eq!(merged.len(), whole.len());
    for (a, b) in merged.iter().zip(&whole) {
        assert_eq!(a, b, "fact {}", b.fact.key);
    }
}

/// A report's facts with source ids replaced by the sources' paths (`s7.c3` →
/// `PATH.c3`): stores that numbered the same files differently compare equal.
fn facts_by_path(report: &serde_json::Value) -> serde_json::Value {
    let path: std::collections::HashMap<String, String> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    fn walk(v: &mut serde_json::Value, path: &std::collections::HashMap<String, String>) {
        match v {
            serde_json::Value::String(s) => {
                let (id, rest) = s.split_once('.').unwrap_or((s.as_str(), ""));
                if let Some(p) = path.get(id) {
                    *s = if rest.is_empty() {
                        p.clone()
                    } else {
                        format!("{p}.{rest}")
                    };
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, path)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|x| walk(x, path)),
            _ => {}
        }
    }
    let mut facts = report["facts"].clone();
    walk(&mut facts, &path);
    facts
}

#[test]
fn a_conflict_that_comes_with_a_later_file_and_a_changed_file_match_one_batch() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures();
    let copy = |p: &str, to: &str| {
        let to = dir.path().join(to);
        std::fs::copy(f.join(p), &to).unwrap();
        to.display().to_string()
    };
    // xAI's valuation: one figure in a, another in b.
    let a = copy("story-nvidia-xai/a.txt", "xai-a.txt");
    let b = copy("story-nvidia-xai/b.txt", "xai-b.txt");
    let others: Vec<String> = articles()[..4].to_vec();
    let db = dir.path().join("f.db");
    for file in others.iter().chain([&a]) {
        assert_eq!(ingest(&db, std::slice::from_ref(file)).status.code(), Some(0));
    }
    let key = "xai valuation ?";
    let status = |r: &serde_json::Value| {
        r["facts"].as_array().unwrap().iter().find(|f| f["key"] == key).unwrap()["status"].clone()
    };
    assert_eq!(status(&db_report(&db, &[])), "single_source");
    let out = ingest(&db, std::slice::from_ref(&b));
    assert!(stdout(&out).contains("[changed] f"), "{}", stdout(&out));
    assert!(stdout(&out).contains(&format!("{key}: conflict")), "{}", stdout(&out));
    let mut files: Vec<String> = others.clone();
    files.extend([a.clone(), b.clone()]);
    let batch = dir.path().join("batch.db");
    assert_eq!(ingest(&batch, &files).status.code(), Some(0));
    let now = db_report(&db, &[]);
    assert_eq!(status(&now), "conflict");
    assert_eq!(now, db_report(&batch, &[]));
    let mut args = vec!["report"];
    args.extend(files.iter().map(String::as_str));
    let plain: serde_json::Value = serde_json::from_str(&stdout(&run(&args))).unwrap();
    assert_eq!(now, plain);

    // b changed (its figure agrees with a's now) and ingested again: the conflict is gone,
    // the facts those of one batch with b last (a replaced file is stored anew, after the others).
    let text = std::fs::read_to_string(&b).unwrap();
    let a_text = std::fs::read_to_string(&a).unwrap();
    std::fs::write(&b, format!("{a_text}\nAnother outlet's copy, reworded.\n")).unwrap();
    let out = ingest(&db, std::slice::from_ref(&b));
    assert!(stderr(&out).contains("0 new, 1 replaced"), "{}", stderr(&out));
    assert_ne!(text, std::fs::read_to_string(&b).unwrap());
    let again = dir.path().join("again.db");
    assert_eq!(ingest(&again, &files).status.code(), Some(0));
    let after = db_report(&db, &[]);
    assert_eq!(status(&after), "agreed");
    assert_eq!(facts_by_path(&after), facts_by_path(&db_report(&again, &[])));
}

/// An ingest reconciles the claims it has just stored as it kept them, not
/// decoded from the store again, and prints its new facts scored from the
/// facts it wrote, not read back: reconciling the same store again from its
/// stored JSON (as after a killed ingest) changes no fact, and the printed
/// lines are those of the facts `report --db` reads.
#[test]
fn an_ingests_kept_claims_and_printed_facts_are_what_the_store_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.db");
    let files: Vec<String> = fixture_articles()
        .iter()
        .take(80)
        .map(|p| p.display().to_string())
        .collect();
    let out = ingest(&db, &files);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed = stdout(&out);
    let report = db_report(&db, &[]);
    let facts = report["facts"].as_array().unwrap();
    assert!(facts.len() > 100, "{} facts", facts.len());
    // Each fact as `ingest` prints it: `[added] id key: status value (confidence)`.
    let expected: String = facts
        .iter()
        .map(|f| {
            let value: Vec<&str> = ["amount", "currency", "value", "exactness", "polarity"]
                .iter()
                .filter_map(|k| f["value"].get(k).and_then(|x| x.as_str()))
                .collect();
            format!(
                "[added] {} {}: {} {} ({})\n",
                f["id"].as_str().unwrap(),
                f["key"].as_str().unwrap(),
                f["status"].as_str().unwrap(),
                value.join(" "),
                f["confidence"].as_f64().unwrap()
            )
        })
        .collect();
    assert_eq!(printed, expected);
    // Reconciled again from the stored claims: no fact differs from the kept claims' facts.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("UPDATE meta SET value = '1' WHERE key = 'facts_stale'", [])
        .unwrap();
    let again = ingest(&db, &files);
    assert!(
        stderr(&again).contains(&format!("{} unchanged", files.len()))
            && stderr(&again).contains("facts: 0 added, 0 changed, 0 removed"),
        "{}",
        stderr(&again)
    );
    assert_eq!(db_report(&db, &[]), report);
}
