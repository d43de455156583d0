//! `extract` streams: the same lines in input order whatever the number of jobs,
//! standard input as one article or as a manifest, folders filtered by --glob.

use std::io::Write;
use std::process::Stdio;

use crate::util::{fixtures, run, source_names, stderr, stdout};

#[test]
fn output_is_in_input_order_whatever_the_jobs() {
    let dir = fixtures();
    let one = run(&["extract", "--jobs", "1", dir.to_str().unwrap()]);
    let two = run(&["extract", "--jobs", "3", dir.to_str().unwrap()]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert_eq!(stdout(&one), stdout(&two));
    let ids: Vec<String> = stdout(&one)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(ids.len() > 30, "{} articles", ids.len());
    let want: Vec<String> = (1..=ids.len()).map(|i| format!("s{i}")).collect();
    assert_eq!(ids, want);
}

fn with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = crate::util::bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn dash_reads_one_article_from_standard_input() {
    let out = with_stdin(
        &["extract", "--published", "2026-04-27", "-"],
        "Amazon will invest $50 billion in OpenAI.\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1);
    let texts: Vec<&str> = lines[0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Amazon", "$50 billion", "OpenAI"]);
}

#[test]
fn manifest_dash_reads_json_lines_from_standard_input() {
    let out = with_stdin(
        &["extract", "--manifest", "-"],
        "{\"text\": \"Acme rose.\", \"source\": \"Wire\"}\nnot json\n{\"text\": \"Nvidia fell 3%.\", \"source\": \"Other\"}\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("newsfacts: -: line 2:"), "{}", stderr(&out));
    let names: Vec<String> = source_names(&stdout(&out));
    assert_eq!(names, ["Wire", "Other"]);
}

#[test]
fn glob_picks_the_files_of_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Acme rose.").unwrap();
    std::fs::write(dir.path().join("b.story"), "Nvidia fell 3%.").unwrap();
    let out = run(&["extract", "--glob", "*.story", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<String> = source_names(&stdout(&out));
    assert_eq!(names, ["b"]);
    let bad = run(&["extract", "--glob", "a[", dir.path().to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("bad --glob"), "{}", stderr(&bad));
}

#[test]
fn a_story_told_by_two_thousand_outlets_is_one_fact() {
    let dir = tempfile::tempdir().unwrap();
    let m = dir.path().join("m.jsonl");
    let mut lines = String::new();
    for i in 0..2000 {
        let amount = if i % 4 == 3 { "$40 billion" } else { "$50 billion" };
        lines.push_str(&format!(
            "{{\"text\": \"Amazon will invest {amount} in OpenAI.\", \"source\": \"Outlet {i}\", \"published\": \"2026-04-27\"}}\n"
        ));
    }
    std::fs::write(&m, lines).unwrap();
    let out = run(&["report", "--no-text", "--manifest", m.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let facts = report["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:#?}");
    assert_eq!(facts[0]["key"], "amazon investment openai");
    assert_eq!(facts[0]["status"], "conflict");
    assert_eq!(facts[0]["value"]["amount"], "50000000000");
    let sides: Vec<usize> = facts[0]["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["sources"].as_array().unwrap().len())
        .collect();
    assert_eq!(sides, [1500, 500]);
}

#[test]
fn story_mode_reads_all_then_writes_the_same_shapes() {
    let [a, b] = crate::util::seed_paths();
    for format in ["jsonl", "json"] {
        let out = run(&["extract", "--story", "--format", format, &a, &b]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let lines: Vec<serde_json::Value> = if format == "json" {
            serde_json::from_str::<Vec<serde_json::Value>>(&stdout(&out)).unwrap()
        } else {
            stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
        };
        let names: Vec<&str> = lines.iter().map(|l| l["source"]["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["TechCrunch", "Outlet B"], "{format}");
        assert_eq!(lines[1]["source"]["id"], "s2");
    }
}

/// One WARC record: version line, headers, a blank line, the block, two CRLFs.
fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\n\
         WARC-Date: 2026-04-28T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len() * 7 + uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut m = format!("HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    m.extend_from_slice(body);
    m
}

/// A crawl: an info record, a request, the Airbus page as a 200 response, the
/// Windows-1252 page gzip-encoded and chunked, a 404, an image, a text resource.
fn crawl() -> Vec<u8> {
    use flate2::write::GzEncoder;
    let airbus = std::fs::read(fixtures().join("html-airbus/article.html")).unwrap();
    let w1252 = std::fs::read(fixtures().join("html-windows-1252/article.html")).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&w1252).unwrap();
    let gz = gz.finish().unwrap();
    let mut chunked = Vec::new();
    for part in gz.chunks(100) {
        chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        chunked.extend_from_slice(part);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let mut chunked_msg = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\
        Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
        .to_vec();
    chunked_msg.extend_from_slice(&chunked);
    let hdr = "application/http; msgtype=response";
    [
        warc_record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        warc_record(
            "request",
            "https://www.airbus.example/news",
            "application/http; msgtype=request",
            b"GET /news HTTP/1.1\r\nHost: www.airbus.example\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://www.airbus.example/news",
            hdr,
            &http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", &airbus),
        ),
        warc_record("response", "https://paper.example/story", hdr, &chunked_msg),
        warc_record(
            "response",
            "https://paper.example/gone",
            hdr,
            &http(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                b"<p>Nothing on 5 May 2026.</p>",
            ),
        ),
        warc_record(
            "response",
            "https://paper.example/logo.png",
            hdr,
            &http("200 OK", "Content-Type: image/png\r\n", b"\x89PNG\r\n"),
        ),
        warc_record(
            "resource",
            "file:///notes/wire.txt",
            "text/plain",
            b"Amazon will invest $50 billion in OpenAI.\n",
        ),
    ]
    .concat()
}

fn lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn mention_texts(line: &serde_json::Value) -> Vec<String> {
    line["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{} {}", m["type"], m["text"]))
        .collect()
}

#[test]
fn warc_files_give_one_article_per_page_record() {
    use flate2::write::GzEncoder;
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("crawl.warc");
    std::fs::write(&plain, crawl()).unwrap();
    // .warc.gz: one gzip member per record, as crawlers write them; here the whole file as one member.
    let gz_path = dir.path().join("crawl.warc.gz");
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&crawl()).unwrap();
    std::fs::write(&gz_path, gz.finish().unwrap()).unwrap();

    let out = run(&["extract", plain.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = lines(&out);
    let urls: Vec<&str> = got.iter().map(|l| l["source"]["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        [
            "https://www.airbus.example/news",
            "https://paper.example/story",
            "file:///notes/wire.txt"
        ]
    );
    let names: Vec<&str> = got.iter().map(|l| l["source"]["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["airbus.example", "paper.example", "text"]);
    // The pages give what the same files give read directly (source and offsets aside).
    for (line, file) in [
        (&got[0], "html-airbus/article.html"),
        (&got[1], "html-windows-1252/article.html"),
    ] {
        let direct = run(&["extract", fixtures().join(file).to_str().unwrap()]);
        let direct = &lines(&direct)[0];
        assert_eq!(line["source"]["text"], direct["source"]["text"], "{file}");
        assert_eq!(mention_texts(line), mention_texts(direct), "{file}");
        assert!(!mention_texts(line).is_empty());
    }
    assert_eq!(
        mention_texts(&got[2]),
        ["\"ORG\" \"Amazon\"", "\"MONEY\" \"$50 billion\"", "\"ORG\" \"OpenAI\""]
    );

    let zipped = run(&["extract", gz_path.to_str().unwrap()]);
    assert_eq!(zipped.status.code(), Some(0), "{}", stderr(&zipped));
    assert_eq!(
        stdout(&zipped),
        stdout(&out).replace(plain.to_str().unwrap(), gz_path.to_str().unwrap())
    );
}

#[test]
fn a_cut_warc_file_is_named_with_its_record_and_the_pages_before_it_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.warc");
    let whole = crawl();
    // Cut inside the last record's block.
    std::fs::write(&path, &whole[..whole.len() - 20]).unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(lines(&out).len(), 2);
    let err = stderr(&out);
    assert!(err.contains("cut.warc#7") && err.contains("bad WARC record"), "{err}");
}
