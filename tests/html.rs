//! HTML pages: the self-written fixtures (text and metadata), boilerplate
//! regions in the report, and bad HTML that must give a clear result or a
//! clear error, never a panic or a hang.

use crate::util::{fixtures, run, stderr, stdout};

const HTML_FIXTURES: [&str; 5] = [
    "html-amp",
    "html-json-ld-only",
    "html-live-blog",
    "html-news-sidebar",
    "html-windows-1252",
];

/// `check` compares each fixture's text and metadata with its expected.json `article`.
#[test]
fn html_fixtures_give_their_expected_text_and_metadata() {
    let dirs: Vec<String> = HTML_FIXTURES
        .iter()
        .map(|f| fixtures().join(f).display().to_string())
        .collect();
    let mut args = vec!["check"];
    args.extend(dirs.iter().map(String::as_str));
    let out = run(&args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    for f in HTML_FIXTURES {
        assert!(
            text.lines().any(|l| l.starts_with("ok") && l.ends_with(f)),
            "{f} not ok:\n{text}"
        );
    }
}

/// The check fails when the expected text is wrong (so the test above can fail).
#[test]
fn a_wrong_expected_text_fails_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let src = fixtures().join("html-json-ld-only");
    for name in ["article.html", "meta.json"] {
        std::fs::copy(src.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(
        dir.path().join("expected.json"),
        r#"{"article": {"text": "Not the text.\n", "published_from": "url"}, "mentions": []}"#,
    )
    .unwrap();
    let out = run(&["check", dir.path().to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("article text: expected \"Not the text.\\n\""), "{text}");
    assert!(
        text.contains("article published_from: expected Url, got HtmlJsonLd"),
        "{text}"
    );
}

#[test]
fn report_lists_boilerplate_regions_of_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("r.json");
    let seed = fixtures().join("seeds-techcrunch/article.txt");
    let out = run(&["report", seed.to_str().unwrap(), "-o", out_path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    let source = &report["sources"][0];
    let text: Vec<char> = source["text"].as_str().unwrap().chars().collect();
    let regions: Vec<(String, String)> = source["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (s, e) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            (text[s..e].iter().collect(), r["kind"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        regions,
        [
            (
                "tech crunch event\nSan Francisco, California\n|\nOctober 13-15, 2026".to_string(),
                "event_promo".to_string()
            ),
            (
                "If you buy through links in our articles, we may earn a small commission. This does not affect editorial independence.".to_string(),
                "affiliate_disclosure".to_string()
            )
        ]
    );
    // Every mention is flagged exactly when it lies in a region.
    for m in report["mentions"].as_array().unwrap() {
        let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
        let inside = source["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["start"].as_u64().unwrap() < e.max(s + 1) && s < r["end"].as_u64().unwrap());
        assert_eq!(m["boilerplate"].as_bool().unwrap_or(false), inside, "{m}");
    }
}

fn extract_file(name: &str, bytes: &[u8]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    let out = run(&["extract", p.to_str().unwrap()]);
    (out.status.code(), stdout(&out), stderr(&out))
}

#[test]
fn ten_megabytes_of_nested_divs_neither_overflow_nor_hang() {
    let depth = 2_000_000; // "<div>" x 2M = 10 MB
    let mut html = String::with_capacity(depth * 11 + 100);
    html.push_str("<html><body>");
    html.push_str(&"<div>".repeat(depth));
    html.push_str("<p>Buried text at the bottom of the page.</p>");
    let (code, out, err) = extract_file("deep.html", html.as_bytes());
    assert_eq!(code, Some(0), "{err}");
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["source"]["text"], "Buried text at the bottom of the page.\n");
}

#[test]
fn page_without_body_or_text_is_a_clear_error() {
    let (code, out, err) = extract_file(
        "empty.html",
        b"<!doctype html><html><head><title>Only a title</title><script>var x = 1;</script></head></html>",
    );
    assert_eq!(code, Some(2), "every input failed");
    assert!(out.is_empty());
    assert!(err.contains("no text after HTML main-text extraction"), "{err}");
}

#[test]
fn unclosed_tags_and_fragments_still_give_text() {
    let (code, out, err) = extract_file(
        "frag.html",
        b"<html><p>Amazon will invest up to $50 billion in OpenAI, the companies said.<div><span>Microsoft keeps a license to the models through 2032, <b>and OpenAI pays a share until",
    );
    assert_eq!(code, Some(0), "{err}");
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(
        line["source"]["text"],
        "Amazon will invest up to $50 billion in OpenAI, the companies said.\nMicrosoft keeps a license to the models through 2032, and OpenAI pays a share until\n"
    );
}

mod props {
    use proptest::prelude::*;

    use newsfacts::article::{boilerplate, html};

    /// Tag soup from a small alphabet of real tags, text and broken bits.
    fn soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<div>".to_string()),
            Just("</div>".to_string()),
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<a href='x'>".to_string()),
            Just("</a>".to_string()),
            Just("<aside class='related'>".to_string()),
            Just("<table><tr><td>".to_string()),
            Just("<script>".to_string()),
            Just("<h1>".to_string()),
            Just("<br>".to_string()),
            Just("<!--".to_string()),
            Just("<".to_string()),
            Just("&amp;".to_string()),
            Just("\n|\n".to_string()),
            Just("tech crunch event\n".to_string()),
            Just("Advertisement\n".to_string()),
            "[a-zA-Zé€“” .,0-9]{0,40}",
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_tag_soup_extracts_without_panic(page in soup()) {
            let out = html::extract(&page);
            // One block per line: no empty lines, no untrimmed ones.
            for line in out.text.lines() {
                prop_assert!(!line.is_empty() && line.trim() == line, "{line:?}");
            }
        }

        #[test]
        fn regions_are_sorted_char_ranges_inside_the_text(text in soup()) {
            let regions = boilerplate::find(&text);
            let chars = text.chars().count();
            let mut last_end = 0;
            for r in &regions {
                prop_assert!(r.start < r.end && r.end <= chars && r.start >= last_end, "{regions:?}");
                last_end = r.end;
            }
        }

        #[test]
        fn any_bytes_read_as_html_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let (text, _) = newsfacts::article::read::decode(&bytes, html::declared_charset(&bytes));
            let _ = html::extract(&text);
        }
    }
}

/// The page's metadata in the report's source; `--url` beats `rel=canonical`
/// and gives the publish date when the markup has none; the language is
/// detected from the text when the markup does not say it.
#[test]
fn page_metadata_and_the_url_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html><head><title>Die Wärmepumpe im Altbau | Heizung</title>
        <link rel="canonical" href="https://example.de/waerme/altbau">
        <meta property="og:site_name" content="Heizung.example">
        <meta property="article:section" content="Wärme">
        <meta property="og:image" content="https://example.de/bild.jpg">
        <meta name="description" content="Ob sich eine Wärmepumpe im Altbau lohnt.">
        <meta name="author" content="Eva Muster"></head><body><article>
        <p>Eine Wärmepumpe kann auch im Altbau sinnvoll sein, wenn die Heizkörper groß genug sind und das Haus gut gedämmt ist.</p>
        <p>Die Kosten für den Einbau sind in den letzten Jahren gestiegen, doch die Förderung des Bundes deckt einen großen Teil davon.</p>
        </article></body></html>"#,
    )
    .unwrap();
    let p = page.to_str().unwrap();
    let source = |args: &[&str]| {
        let out = run(args);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a report");
        report["sources"][0].clone()
    };
    let s = source(&["report", "--no-text", p]);
    assert_eq!(s["url"], "https://example.de/waerme/altbau");
    assert_eq!(s["canonical_url"], "https://example.de/waerme/altbau");
    assert_eq!(s["site_name"], "Heizung.example");
    assert_eq!(s["name"], "Heizung.example");
    assert_eq!(s["section"], "Wärme");
    assert_eq!(s["image"], "https://example.de/bild.jpg");
    assert_eq!(s["description"], "Ob sich eine Wärmepumpe im Altbau lohnt.");
    assert_eq!(s["author"], "Eva Muster");
    assert_eq!(
        (s["language"].as_str(), s["language_from"].as_str()),
        (Some("de"), Some("detected"))
    );
    assert_eq!(
        (s["published"].as_str(), s["published_from"].as_str()),
        (None, Some("none"))
    );

    let s = source(&[
        "report",
        "--no-text",
        "--url",
        "https://example.de/2021/11/19/altbau",
        p,
    ]);
    assert_eq!(s["url"], "https://example.de/2021/11/19/altbau");
    assert_eq!(s["canonical_url"], "https://example.de/waerme/altbau");
    assert_eq!(
        (s["published"].as_str(), s["published_from"].as_str()),
        (Some("2021-11-19"), Some("url"))
    );
    assert_eq!(s["title"], "Die Wärmepumpe im Altbau | Heizung");

    // The URL of a manifest line, as a crawler gives it, dates the page too.
    let manifest = dir.path().join("pages.jsonl");
    std::fs::write(
        &manifest,
        format!(
            "{}\n",
            serde_json::json!({"path": p, "url": "https://example.de/2022/02/03/altbau"})
        ),
    )
    .unwrap();
    let s = source(&["report", "--no-text", "--manifest", manifest.to_str().unwrap()]);
    assert_eq!(s["url"], "https://example.de/2022/02/03/altbau");
    assert_eq!(
        (s["published"].as_str(), s["published_from"].as_str()),
        (Some("2022-02-03"), Some("url"))
    );
}

/// The page's own `lang` names its language (`language_from: html`), the
/// author list is joined, and a sidecar's `url` is the page's URL.
#[test]
fn markup_language_authors_and_a_sidecar_url() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("seite.html");
    std::fs::write(
        &page,
        r#"<!doctype html><html lang="de-AT"><head><title>Budget</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Das Budget steht",
        "author":[{"@type":"Person","name":"Eva Muster"},{"@type":"Person","name":"Jan Beispiel"}]}</script></head>
        <body><article><p>The budget was passed on Monday after a long night of talks with the unions and the banks of the city.</p>
        <p>Die Kosten für den Einbau sind in den letzten Jahren gestiegen, doch die Förderung des Bundes deckt einen großen Teil davon.</p>
        </article></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("seite.meta.json"),
        r#"{"url": "https://example.at/wirtschaft/20200113-budget"}"#,
    )
    .unwrap();
    let out = run(&["report", "--no-text", page.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a report");
    let s = &report["sources"][0];
    assert_eq!(s["title"], "Das Budget steht");
    assert_eq!(s["author"], "Eva Muster, Jan Beispiel");
    assert_eq!(
        (s["language"].as_str(), s["language_from"].as_str()),
        (Some("de-AT"), Some("html"))
    );
    assert_eq!(s["url"], "https://example.at/wirtschaft/20200113-budget");
    assert_eq!(
        (s["published"].as_str(), s["published_from"].as_str()),
        (Some("2020-01-13"), Some("url"))
    );
}

/// Conflicting publish dates: the most trusted one is kept, the others are warnings.
#[test]
fn conflicting_page_dates_keep_the_most_trusted_and_warn() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        r#"<html lang="en"><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-13T10:00:00Z"}</script>
        <meta property="article:published_time" content="2020-01-10"><meta name="pubdate" content="2020-13-45"></head>
        <body><article><p>The board approved the merger on Monday after a long night of talks with the unions and the banks.</p></article></body></html>"#,
    )
    .unwrap();
    let out = run(&["report", "--no-text", page.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a report");
    assert_eq!(report["sources"][0]["published"], "2020-01-13");
    assert_eq!(report["sources"][0]["published_from"], "html_json_ld");
    let diags = report["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["level"], "warning");
    assert_eq!(
        diags[0]["message"],
        "publish date 2020-01-13 (html_json_ld); the page also gives 2020-01-10 (html_meta)"
    );
}

/// The visible byline settles a conflict of the markup (it shows the date a
/// less trusted source gives), the conflict is still listed; a `<time>` in a
/// teaser list is another page's and not taken; a dateline opening the first
/// paragraph dates a page with no markup.
#[test]
fn the_visible_date_settles_conflicts_and_teaser_dates_are_not_the_pages() {
    let dir = tempfile::tempdir().unwrap();
    let para =
        "Die Gemeinde hat den Haushalt am Abend beschlossen, nach einer langen Sitzung mit vielen Fragen der Bürger.";
    let pages = [
        (
            "settled.html",
            format!(
                r#"<html lang="de"><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2022-01-04"}}</script>
                <meta property="article:published_time" content="2022-01-06T08:29:34"></head><body>
                <div class="article__info"><span class="date">06.01.2022</span></div><article><p>{para}</p><p>{para}</p></article></body></html>"#
            ),
            ("2022-01-06", "html_meta"),
            Some("publish date 2022-01-06 (html_meta); the page also gives 2022-01-04 (html_json_ld)"),
        ),
        (
            "teaser.html",
            format!(
                r#"<html lang="de"><body><article><p>{para}</p><p>{para}</p></article>
                <div class="related-posts"><h4>Früher</h4><time datetime="2009-04-11">11. April 2009</time></div></body></html>"#
            ),
            ("2019-10-22", "url"),
            None,
        ),
        (
            "dateline.html",
            format!(
                r#"<html lang="de"><body><article><h2>Haushalt</h2><p>(21. November 2022) {para}</p><p>{para}</p></article></body></html>"#
            ),
            ("2022-11-21", "byline"),
            None,
        ),
    ];
    for (name, html, (date, from), diag) in pages {
        let path = dir.path().join(name);
        std::fs::write(&path, html).unwrap();
        let mut args = vec!["report", "--no-text"];
        if name == "teaser.html" {
            args.extend(["--url", "https://example.de/2019/10/22/haushalt/"]);
        }
        args.push(path.to_str().unwrap());
        let out = run(&args);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a report");
        let s = &report["sources"][0];
        assert_eq!(
            (s["published"].as_str(), s["published_from"].as_str()),
            (Some(date), Some(from)),
            "{name}"
        );
        let messages: Vec<&str> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d["message"].as_str())
            .filter(|m| m.starts_with("publish date"))
            .collect();
        assert_eq!(messages, diag.into_iter().collect::<Vec<_>>(), "{name}");
    }
}
