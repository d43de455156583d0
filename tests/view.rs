//! The HTML page of a report (`newsfacts view`, `report --html`): its content
//! as written, and as headless Chromium renders and runs it. Screenshots go
//! to target/view-artefacts/. Without Chromium the browser tests print
//! SKIPPED (and fail under CI, which installs it).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use scraper::{Html, Selector};
use serde_json::Value;

use crate::util::{run, seed_paths, stderr, stdout};

fn artefacts() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("view-artefacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The seed report and its page, written by `report --html` under target/view-artefacts/
/// once for the tests that read them (each writing them anew raced with the
/// browser reading the page of another test, and cost a run each).
fn seed_page() -> (Value, PathBuf) {
    static PAGE: std::sync::OnceLock<(Value, PathBuf)> = std::sync::OnceLock::new();
    PAGE.get_or_init(write_seed_page).clone()
}

fn write_seed_page() -> (Value, PathBuf) {
    let dir = artefacts();
    let (json, page) = (dir.join("seeds.json"), dir.join("seeds.html"));
    let [a, b] = seed_paths();
    let out = run(&[
        "report",
        &a,
        &b,
        "-o",
        json.to_str().unwrap(),
        "--html",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    (report, page)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn attr<'a>(e: &scraper::ElementRef<'a>, name: &str) -> &'a str {
    e.value().attr(name).unwrap_or_default()
}

/// Chromium, when installed; under CI its absence is a failure.
fn chromium() -> Option<PathBuf> {
    let found = std::env::var_os("CHROMIUM").map(PathBuf::from).or_else(|| {
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .find_map(|name| {
                std::env::split_paths(&std::env::var_os("PATH")?)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed; .ci/run installs it"
        );
        eprintln!("SKIPPED: chromium is not installed; browser test not run");
    }
    found
}

/// One browser at a time: the machine has two cores.
static BROWSER: Mutex<()> = Mutex::new(());

/// Runs headless Chromium on `page#hash` at `width`×`height` with `args`
/// (`--dump-dom`, `--screenshot=…`); returns its standard output.
fn browse(chromium: &Path, page: &Path, hash: &str, (width, height): (u32, u32), args: &[&str]) -> String {
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{hash}", page.canonicalize().unwrap().display());
    let out_file = profile.path().join("stdout");
    let err_file = profile.path().join("stderr");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--mute-audio",
            "--enable-logging=stderr",
            "--v=0",
            &format!("--user-data-dir={}", profile.path().join("p").display()),
            &format!("--window-size={width},{height}"),
        ])
        .args(args)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_file).unwrap())
        .stderr(std::fs::File::create(&err_file).unwrap())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed on {url}: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish on {url} within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // The page's console: no script error, nothing refused by its Content-Security-Policy.
    let log = String::from_utf8_lossy(&std::fs::read(err_file).unwrap()).into_owned();
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(
        !console
            .iter()
            .any(|l| l.contains("Uncaught") || l.contains("Refused") || l.contains("Error")),
        "{url}:\n{}",
        console.join("\n")
    );
    std::fs::read_to_string(out_file).unwrap()
}

fn dump_dom(chromium: &Path, page: &Path, hash: &str) -> Html {
    dump_dom_at(chromium, page, hash, (1280, 900))
}

fn dump_dom_at(chromium: &Path, page: &Path, hash: &str, size: (u32, u32)) -> Html {
    let dom = browse(chromium, page, hash, size, &["--dump-dom"]);
    let html = Html::parse_document(&dom);
    // The page's script ran to its end.
    let root = html.select(&sel("html")).next().unwrap();
    assert!(
        attr(&root, "data-ready-ms").parse::<u32>().is_ok(),
        "page script did not run on {hash}"
    );
    html
}

fn screenshot(chromium: &Path, page: &Path, hash: &str, size: (u32, u32), name: &str) {
    let path = artefacts().join(name);
    let _ = std::fs::remove_file(&path);
    browse(
        chromium,
        page,
        hash,
        size,
        &[&format!("--screenshot={}", path.display())],
    );
    let png = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000,
        "{name}: not a picture"
    );
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seed_page_has_a_row_per_fact_a_card_per_conflict_and_marks_evidence_in_both_articles() {
    let (report, page) = seed_page();
    let Some(chromium) = chromium() else { return };
    let facts = report["facts"].as_array().unwrap();
    // The first fact with evidence in both seeds.
    let fact = facts
        .iter()
        .find(|f| {
            let s: BTreeSet<&str> = f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["source"].as_str().unwrap())
                .collect();
            s.len() == 2
        })
        .expect("a fact both seeds state");
    let id = fact["id"].as_str().unwrap();
    let dom = dump_dom(&chromium, &page, &format!("#select={id}"));

    let rows: Vec<_> = dom.select(&sel("#fact-table tbody tr.fact")).collect();
    assert_eq!(
        rows.iter().map(|r| attr(r, "data-f").to_string()).collect::<Vec<_>>(),
        ids(&report, "facts")
    );
    let conflicts: Vec<&str> = facts
        .iter()
        .filter(|f| matches!(f["status"].as_str(), Some("conflict" | "superseded")))
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(!conflicts.is_empty(), "the seeds have conflicts");
    let cards: Vec<&str> = dom
        .select(&sel("#conflicts article.card"))
        .map(|c| attr(&c, "data-f"))
        .collect();
    assert_eq!(cards, conflicts);
    // Each card quotes every side.
    for card in dom.select(&sel("#conflicts article.card")) {
        let f = facts.iter().find(|f| f["id"] == attr(&card, "data-f")).unwrap();
        assert_eq!(card.select(&sel(".side")).count(), f["sides"].as_array().unwrap().len());
        assert!(
            card.select(&sel(".reason"))
                .next()
                .unwrap()
                .text()
                .collect::<String>()
                .starts_with("Why: ")
        );
    }

    // Selected: that row only, and its evidence marked in both articles, nothing else.
    let selected: Vec<&str> = rows
        .iter()
        .filter(|r| attr(r, "aria-current") == "true")
        .map(|r| attr(r, "data-f"))
        .collect();
    assert_eq!(selected, [id]);
    let evidence: BTreeSet<&str> = fact["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["claim"].as_str().unwrap())
        .collect();
    let mut marked_sources = BTreeSet::new();
    let mut marked_claims = BTreeSet::new();
    for col in dom.select(&sel(".cols article.col")) {
        for ev in col.select(&sel(".ev.on")) {
            let claims: Vec<&str> = attr(&ev, "data-c").split(' ').collect();
            assert!(
                claims.iter().any(|c| evidence.contains(c)),
                "{claims:?} marked but not evidence of {id}"
            );
            marked_claims.extend(claims.into_iter().filter(|c| evidence.contains(c)));
            marked_sources.insert(attr(&col, "data-src"));
        }
        let note: String = col.select(&sel(".evnote")).next().unwrap().text().collect();
        assert!(
            note.contains(&format!("{id}: ")) && note.contains("evidence sentence"),
            "{note}"
        );
    }
    assert_eq!(marked_sources, BTreeSet::from(["s1", "s2"]));
    assert_eq!(marked_claims, evidence);

    // Every mention is highlighted, with its exact text, type, value and rule.
    let mut texts: HashMap<&str, String> = HashMap::new();
    for m in dom.select(&sel(".cols mark.m[data-m]")) {
        texts.entry(attr(&m, "data-m")).or_default().extend(m.text());
    }
    let mentions = report["mentions"].as_array().unwrap();
    assert_eq!(texts.len(), mentions.len());
    for m in mentions {
        assert_eq!(texts[m["id"].as_str().unwrap()], m["text"].as_str().unwrap(), "{m}");
    }
    for m in mentions.iter().step_by(7) {
        let id = m["id"].as_str().unwrap();
        let mark = dom.select(&sel(&format!(r#"mark[data-m="{id}"]"#))).next().unwrap();
        assert_eq!(attr(&mark, "class"), format!("m t-{}", m["type"].as_str().unwrap()));
        assert_eq!(attr(&mark, "data-r"), m["rule"].as_str().unwrap());
        assert!(!attr(&mark, "data-v").is_empty(), "{id}: no value shown");
    }
    // Rows carry their status as a class (the colour) and a word.
    for r in &rows {
        let f = facts.iter().find(|f| f["id"] == attr(r, "data-f")).unwrap();
        let status = f["status"].as_str().unwrap();
        assert_eq!(attr(r, "class"), format!("fact st-{status}"));
        let word: String = r.select(&sel(".badge")).next().unwrap().text().collect();
        assert!(word.ends_with(&status.replace('_', " ")), "{word}");
    }

    // The entity panel and the timeline.
    assert_eq!(
        dom.select(&sel("#entities article.entity")).count(),
        report["entities"].as_array().unwrap().len()
    );
    let on_timeline: BTreeSet<&str> = dom.select(&sel("#tl-svg g.tl")).map(|g| attr(&g, "data-f")).collect();
    let dated: BTreeSet<&str> = facts
        .iter()
        .filter(|f| f["time"].is_string())
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(
        !dated.is_empty() && on_timeline.is_superset(&dated),
        "{on_timeline:?} vs {dated:?}"
    );
    // States are drawn up to the end they state ("until 2032").
    let until: BTreeSet<&str> = facts
        .iter()
        .filter(|f| f["value"]["until"]["type"] == "date")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(
        !until.is_empty() && on_timeline.is_superset(&until),
        "{on_timeline:?} vs {until:?}"
    );
    assert_eq!(on_timeline.len(), dated.len() + until.len());

    screenshot(
        &chromium,
        &page,
        &format!("#select={id}"),
        (1280, 900),
        "seeds-1280.png",
    );
    screenshot(&chromium, &page, "#select=f5", (1280, 7500), "seeds-1280-full.png");
    screenshot(
        &chromium,
        &page,
        &format!("#select={id}"),
        (390, 844),
        "seeds-phone.png",
    );
    screenshot(&chromium, &page, "#select=f5", (390, 12000), "seeds-phone-full.png");
}

#[test]
fn filters_and_sort_follow_the_url_hash() {
    let (report, page) = seed_page();
    let Some(chromium) = chromium() else { return };
    let facts = report["facts"].as_array().unwrap();
    let visible = |dom: &Html| -> Vec<String> {
        dom.select(&sel("#fact-table tbody tr.fact"))
            .filter(|r| r.value().attr("hidden").is_none())
            .map(|r| attr(&r, "data-f").to_string())
            .collect()
    };

    let dom = dump_dom(&chromium, &page, "#status=conflict&sort=confidence");
    let mut conflicts: Vec<&Value> = facts.iter().filter(|f| f["status"] == "conflict").collect();
    conflicts.sort_by(|a, b| {
        b["confidence"]
            .as_f64()
            .unwrap()
            .total_cmp(&a["confidence"].as_f64().unwrap())
    });
    let expected: Vec<String> = conflicts
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(visible(&dom), expected);
    let count: String = dom.select(&sel("#f-count")).next().unwrap().text().collect();
    assert_eq!(count, format!("{} of {} facts", expected.len(), facts.len()));
    let th = dom.select(&sel("#th-conf")).next().unwrap();
    assert_eq!(attr(&th, "aria-sort"), "descending");
    // Sorted: every row, hidden or not, in non-increasing confidence.
    let confs: Vec<f64> = dom
        .select(&sel("#fact-table tbody tr.fact"))
        .map(|r| attr(&r, "data-conf").parse().unwrap())
        .collect();
    assert!(confs.windows(2).all(|w| w[0] >= w[1]), "{confs:?}");

    // Amazon's facts of the first predicate it has two of (names follow the event types).
    let amazon: Vec<&Value> = facts
        .iter()
        .filter(|f| f["subject"] == "amazon" || f["object"] == "amazon")
        .collect();
    let predicate = amazon
        .iter()
        .map(|f| f["predicate"].as_str().unwrap())
        .find(|p| amazon.iter().filter(|f| f["predicate"] == *p).count() >= 2)
        .expect("amazon has two facts of one predicate");
    let dom = dump_dom(&chromium, &page, &format!("#entity=amazon&predicate={predicate}"));
    let expected: Vec<String> = amazon
        .iter()
        .filter(|f| f["predicate"] == predicate)
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert!(expected.len() < amazon.len(), "{expected:?}");
    assert!(expected.len() >= 2, "{expected:?}");
    assert_eq!(visible(&dom), expected);
}

/// An article whose title, outlet and text hold markup meant to run.
fn hostile_page(dir: &Path) -> (Value, PathBuf) {
    let article = dir.join("evil.html");
    std::fs::write(
        &article,
        r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>&lt;script&gt;document.documentElement.setAttribute('data-pwned','title')&lt;/script&gt; Deal news</title>
<meta property="article:published_time" content="2026-04-27"></head><body><article>
<h1>&lt;script&gt;document.documentElement.setAttribute('data-pwned','h1')&lt;/script&gt; Deal &lt;img src=x onerror="document.documentElement.setAttribute('data-pwned','h1')"&gt;</h1>
<p>Microsoft invested $1 billion in OpenAI in 2019 &lt;script&gt;document.documentElement.setAttribute('data-pwned','quote')&lt;/script&gt; to secure exclusive cloud rights.</p>
<p>Amazon agreed to invest $50 billion in OpenAI in February, the companies said.</p>
</article></body></html>"#,
    )
    .unwrap();
    let (json, page, manifest) = (dir.join("evil.json"), dir.join("page.html"), dir.join("m.jsonl"));
    let line = serde_json::json!({
        "path": article,
        "source": "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','source')\">",
        "url": "javascript:document.documentElement.setAttribute('data-pwned','url')",
    });
    std::fs::write(&manifest, format!("{line}\n")).unwrap();
    let out = run(&[
        "report",
        "--manifest",
        manifest.to_str().unwrap(),
        "-o",
        json.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["view", json.to_str().unwrap(), "-o", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (
        serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap(),
        page,
    )
}

#[test]
fn markup_in_article_text_is_shown_as_text_and_runs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (report, page) = hostile_page(dir.path());
    // The report holds the markup as text, in the title and in a fact's quote: the test means something.
    assert!(report["sources"][0]["title"].as_str().unwrap().starts_with("<script>"));
    // The evidence names claims (schema v3): their quotes.
    let quote_of = |id: &serde_json::Value| {
        report["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == *id)
            .map(|c| c["quote"].as_str().unwrap())
            .unwrap()
    };
    let quotes: Vec<&str> = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap())
        .map(|e| quote_of(&e["claim"]))
        .collect();
    assert!(quotes.iter().any(|q| q.contains("<script>")), "{quotes:?}");

    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(html.matches("<script").count(), 1, "only the page's own script");
    assert!(!html.contains("<img"));
    assert!(
        !html.contains("href=\"javascript:"),
        "a javascript: URL is shown, not linked"
    );
    assert!(report["sources"][0]["url"].as_str().unwrap().starts_with("javascript:"));
    assert!(html.contains("&lt;script&gt;document.documentElement.setAttribute('data-pwned','quote')"));

    let Some(chromium) = chromium() else { return };
    let dom = dump_dom(&chromium, &page, "#select=f1");
    let root = dom.select(&sel("html")).next().unwrap();
    assert_eq!(attr(&root, "data-pwned"), "", "injected script ran");
    assert_eq!(dom.select(&sel("script")).count(), 1);
    assert_eq!(dom.select(&sel("img")).count(), 0);
    let title: String = dom.select(&sel(".col .title")).next().unwrap().text().collect();
    assert!(title.starts_with("<script>document"), "{title}");
    let outlet: String = dom.select(&sel(".col h3")).next().unwrap().text().collect();
    assert!(outlet.starts_with("\"><img src=x"), "{outlet}");
    let quoted: Vec<String> = dom.select(&sel("td.ev q")).map(|q| q.text().collect()).collect();
    assert!(quoted.iter().any(|q| q.contains("<script>document")), "{quoted:?}");
}

#[test]
fn seed_page_is_small_and_self_contained() {
    let (_, page) = seed_page();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.len() < 300_000, "{} bytes", html.len());
    // Nothing to fetch: no external script, style, image or font.
    for needle in ["<script src", "<link", "<img", "@import", "url(http", "src=\"http"] {
        assert!(!html.contains(needle), "{needle}");
    }
    assert!(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"));
    // No tag with an attribute twice (a browser keeps only the first); the page's script excluded.
    let markup = &html[..html.rfind("<script>").unwrap()];
    let (tags, attrs) = (
        regex::Regex::new(r"<[a-zA-Z][^>]*>").unwrap(),
        regex::Regex::new(r#"\s([a-z-]+)=""#).unwrap(),
    );
    let mut checked = 0;
    for tag in tags.find_iter(markup) {
        let names: Vec<&str> = attrs
            .captures_iter(tag.as_str())
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert_eq!(
            names.iter().collect::<BTreeSet<_>>().len(),
            names.len(),
            "{}",
            tag.as_str()
        );
        checked += 1;
    }
    assert!(checked > 1000, "{checked} tags");
    // `view` of the same report writes the same page.
    let json = page.with_extension("json");
    let out = run(&["view", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), html);
}

#[test]
fn view_of_a_bad_or_foreign_json_names_the_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "article.json",
            "Microsoft invested $1 billion.",
            "not a newsfacts report: not JSON",
        ),
        ("package.json", r#"{"name": "x", "version": "1.0.0"}"#, "no \"schema\""),
        (
            "old.json",
            r#"{"schema": "newsfacts/report/v0", "sources": []}"#,
            "schema \"newsfacts/report/v0\", expected",
        ),
        (
            "broken.json",
            r#"{"schema": "newsfacts/report/v1", "sources": 3}"#,
            "not a newsfacts report: ",
        ),
    ];
    let out_page = dir.path().join("page.html");
    std::fs::write(&out_page, "previous page").unwrap();
    for (name, content, reason) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let out = run(&["view", path.to_str().unwrap(), "-o", out_page.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(err.starts_with(&format!("newsfacts: {}: ", path.display())), "{err}");
        assert!(err.contains(reason), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let missing = dir.path().join("missing.json");
    let out = run(&["view", missing.to_str().unwrap(), "-o", out_page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        format!("newsfacts: {}: no such file", missing.display())
    );
    assert_eq!(std::fs::read_to_string(&out_page).unwrap(), "previous page");
}

#[test]
fn report_with_html_writes_the_page_and_prints_no_json() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let [a, b] = seed_paths();
    let out = run(&["report", &a, &b, "--html", page.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("id=\"fact-table\""));
}

/// Drives the page's own handlers with DOM events (click, keys, hover) from a
/// script added to a copy of the seed page (its Content-Security-Policy taken
/// out so the added script may run), and reads what they did.
#[test]
fn clicks_keys_and_hover_drive_the_page() {
    let (report, page) = seed_page();
    let Some(chromium) = chromium() else { return };
    let html = std::fs::read_to_string(&page).unwrap();
    let csp = regex::Regex::new(r#"<meta http-equiv="Content-Security-Policy"[^>]*>"#).unwrap();
    assert!(csp.is_match(&html));
    let probe = r##"<script>(() => {
  const out = {};
  const q = (s) => document.querySelector(s);
  const key = (el, k) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  const selected = () => Array.from(document.querySelectorAll('tr.fact[aria-current="true"]')).map((r) => r.dataset.f);
  const rows = document.querySelectorAll("#fact-table tbody tr.fact");
  rows[2].click();
  out.clicked = selected();
  out.hash = location.hash;
  out.marked = Array.from(document.querySelectorAll(".ev.on")).map((e) => e.dataset.c);
  // Each article with evidence is scrolled so that its first marked sentence is in view.
  out.inView = Array.from(document.querySelectorAll(".col")).filter((c) => c.querySelector(".ev.on")).map((c) => {
    const b = c.querySelector(".body").getBoundingClientRect();
    const e = c.querySelector(".ev.on").getBoundingClientRect();
    return [c.dataset.src, c.querySelector(".body").scrollTop > 0 || e.top < b.top + 100, e.top >= b.top && e.top < b.bottom];
  });
  rows[0].focus();
  key(rows[0], "ArrowDown");
  out.focusAfterDown = document.activeElement.dataset.f;
  key(document.activeElement, "Enter");
  out.afterEnter = selected();
  const m = q(".col mark.m[data-m]");
  m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  out.hover = [m.dataset.m, q("#tip").hidden, q("#tip").textContent];
  key(document, "Escape");
  out.afterEscape = [selected(), document.querySelectorAll(".ev.on").length, q("#tip").hidden, location.hash];
  q("#tl-svg g.tl").dispatchEvent(new MouseEvent("click", { bubbles: true }));
  out.timeline = [q("#tl-svg g.tl").dataset.f, selected()];
  const body = q(".col .body");
  body.scrollTop = 0;
  body.focus();
  key(body, "ArrowRight");
  key(document.activeElement, "ArrowRight");
  out.mentionKeys = [document.activeElement.dataset.m, q("#tip").hidden];
  q("#f-status").value = "agreed";
  q("#f-status").dispatchEvent(new Event("change", { bubbles: true }));
  out.filtered = [Array.from(rows).filter((r) => !r.hidden).map((r) => r.dataset.f), location.hash];
  out.hiddenShown = Array.from(rows).filter((r) => r.hidden && getComputedStyle(r).display !== "none").length;
  document.documentElement.dataset.probe = JSON.stringify(out);
})();</script></body>"##;
    let probed = csp.replace(&html, "").replacen("</body>", probe, 1);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("probe.html");
    std::fs::write(&copy, probed).unwrap();
    // At desktop and phone width (where table rows are blocks).
    for size in [(1280, 900), (390, 844)] {
        let dom = dump_dom_at(&chromium, &copy, "", size);
        let root = dom.select(&sel("html")).next().unwrap();
        let out: Value = serde_json::from_str(attr(&root, "data-probe")).expect("probe ran");
        probe_results(&report, &out);
    }
}

fn probe_results(report: &Value, out: &Value) {
    let facts = report["facts"].as_array().unwrap();
    let fid = |i: usize| facts[i]["id"].as_str().unwrap();
    assert_eq!(out["clicked"], serde_json::json!([fid(2)]));
    assert_eq!(out["hash"], format!("#select={}", fid(2)));
    let evidence: BTreeSet<&str> = facts[2]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["claim"].as_str().unwrap())
        .collect();
    let marked: Vec<&str> = out["marked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(!marked.is_empty());
    let sources: BTreeSet<&str> = facts[2]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["source"].as_str().unwrap())
        .collect();
    let in_view = out["inView"].as_array().unwrap();
    assert_eq!(in_view.len(), sources.len(), "{in_view:?}");
    for v in in_view {
        assert_eq!(v[2], true, "first evidence sentence out of view: {v}");
    }
    assert!(
        marked.iter().all(|c| c.split(' ').any(|c| evidence.contains(c))),
        "{marked:?}"
    );
    assert_eq!(out["focusAfterDown"], fid(1));
    assert_eq!(out["afterEnter"], serde_json::json!([fid(1)]));
    let first_mention = report["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["source"] == "s1")
        .unwrap();
    assert_eq!(out["hover"][0], first_mention["id"]);
    assert_eq!(out["hover"][1], false, "tooltip shown");
    let tip = out["hover"][2].as_str().unwrap();
    assert!(
        tip.starts_with(first_mention["type"].as_str().unwrap())
            && tip.ends_with(&format!("rule: {}", first_mention["rule"].as_str().unwrap())),
        "{tip}"
    );
    assert_eq!(out["afterEscape"], serde_json::json!([[], 0, true, ""]));
    assert_eq!(out["timeline"][1], serde_json::json!([out["timeline"][0]]));
    let second_mention = report["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["source"] == "s1")
        .nth(1)
        .unwrap();
    assert_eq!(out["mentionKeys"], serde_json::json!([second_mention["id"], false]));
    let agreed: Vec<&str> = facts
        .iter()
        .filter(|f| f["status"] == "agreed")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(out["filtered"][0], serde_json::json!(agreed));
    assert!(
        out["filtered"][1].as_str().unwrap().contains("status=agreed"),
        "{}",
        out["filtered"][1]
    );
    assert_eq!(out["hiddenShown"], 0, "a filtered-out row is still displayed");
}

#[test]
fn reports_without_text_or_facts_give_a_page_too() {
    let dir = tempfile::tempdir().unwrap();
    let [a, b] = seed_paths();
    let bare = dir.path().join("bare.json");
    let out = run(&["report", "--no-text", &a, &b, "-o", bare.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(&["view", bare.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = Html::parse_document(&stdout(&out));
    assert_eq!(page.select(&sel(".col .notext")).count(), 2);
    assert_eq!(page.select(&sel(".col .body")).count(), 0);
    assert_eq!(page.select(&sel("tr.fact")).count(), 27);

    let article = dir.path().join("plain.txt");
    std::fs::write(&article, "Nothing happened here today.\n").unwrap();
    let out = run(&[
        "report",
        article.to_str().unwrap(),
        "--published",
        "2026-01-02",
        "--html",
        dir.path().join("p.html").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = Html::parse_document(&std::fs::read_to_string(dir.path().join("p.html")).unwrap());
    assert_eq!(page.select(&sel("tr.fact")).count(), 0);
    let conflicts: String = page.select(&sel("#conflicts p")).next().unwrap().text().collect();
    assert_eq!(conflicts, "The sources contradict each other on no fact.");
    let timeline: String = page.select(&sel("#timeline p")).next().unwrap().text().collect();
    assert_eq!(timeline, "No fact has a date.");
    let body: String = page.select(&sel(".col .body")).next().unwrap().text().collect();
    assert_eq!(body, "Nothing happened here today.\n");
}
