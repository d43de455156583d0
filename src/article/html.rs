//! HTML pages: declared charset, metadata, and the main text.
//!
//! This is a first main-text pass: it keeps the text blocks (paragraphs,
//! headings, list items, quotes) of the page's `<article>` or `<main>` (or
//! `<body>`), one block per line, and drops navigation, headers, footers,
//! asides, forms, scripts and blocks whose class or id says they are
//! boilerplate ("related", "newsletter", "advert", ...).

use std::sync::LazyLock;

use ego_tree::iter::Edge;
use regex::bytes::Regex as BytesRegex;
use scraper::{ElementRef, Html, Node, Selector};

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_from: Option<super::MetaOrigin>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// The text and metadata of a page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub meta: PageMeta,
}

/// Whether bytes look like an HTML document rather than plain text.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<?xml") && text.contains("<html")
}

/// The charset a page declares in its first 1024 bytes (`<meta charset>` or http-equiv).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    static CHARSET: LazyLock<BytesRegex> =
        LazyLock::new(|| BytesRegex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)"#).unwrap());
    let head = &bytes[..bytes.len().min(1024)];
    let label = CHARSET.captures(head)?.get(1)?.as_bytes();
    encoding_rs::Encoding::for_label(label)
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "svg",
    "iframe", "figure", "head", "title",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "br",
    "tr",
    "dd",
    "dt",
    "td",
    "th",
    "table",
    "ul",
    "ol",
];
const BOILERPLATE_HINTS: &[&str] = &[
    "related",
    "newsletter",
    "advert",
    "promo",
    "share",
    "social",
    "comment",
    "cookie",
    "subscribe",
    "sidebar",
    "breadcrumb",
    "banner",
    "footer",
    "recommend",
    "popular",
    "trending",
    "sponsor",
    "outbrain",
    "taboola",
];

fn has_boilerplate_hint(el: &scraper::node::Element) -> bool {
    let mut hints = el.classes().chain(el.id());
    hints.any(|h| {
        let h = h.to_ascii_lowercase();
        // "ad" alone or as a dash/underscore-separated part.
        h.split(['-', '_']).any(|p| p == "ad" || p == "ads") || BOILERPLATE_HINTS.iter().any(|b| h.contains(b))
    })
}

/// Extracts the main text and metadata of a decoded HTML page.
pub fn extract(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc);
    let root = main_root(&doc);
    Page {
        text: block_text(root),
        meta,
    }
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn main_root(doc: &Html) -> ElementRef<'_> {
    static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article, main, [itemprop=articleBody]"));
    static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
    let best = doc
        .select(&ARTICLE)
        .map(|el| (el.text().map(str::len).sum::<usize>(), el))
        .max_by_key(|(len, _)| *len);
    match best {
        Some((len, el)) if len >= 200 => el,
        _ => doc.select(&BODY).next().unwrap_or_else(|| doc.root_element()),
    }
}

/// Text of `root`, one block per line, with white space inside blocks collapsed.
fn block_text(root: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let mut skip_depth = 0usize;
    let flush = |line: &mut String, out: &mut String| {
        let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !collapsed.is_empty() {
            out.push_str(&collapsed);
            out.push('\n');
        }
        line.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if skip_depth > 0 || SKIP_TAGS.contains(&name) || has_boilerplate_hint(el) {
                        skip_depth += 1;
                    } else if BLOCK_TAGS.contains(&name) {
                        flush(&mut line, &mut out);
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    line.push_str(t);
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCK_TAGS.contains(&el.name()) {
                        flush(&mut line, &mut out);
                    }
                }
            }
        }
    }
    flush(&mut line, &mut out);
    out
}

fn page_meta(doc: &Html) -> PageMeta {
    static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
    static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
    static HTML: LazyLock<Selector> = LazyLock::new(|| selector("html"));
    static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
    static JSON_LD: LazyLock<Selector> = LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
    static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
    let mut meta = PageMeta::default();
    for script in doc.select(&JSON_LD) {
        let json: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) {
            if let Some(date) = find_json_key(&value, "datePublished") {
                meta.published = Some(date);
                meta.published_from = Some(super::MetaOrigin::HtmlJsonLd);
            }
            if meta.title.is_none() {
                meta.title = find_json_key(&value, "headline");
            }
        }
    }
    for el in doc.select(&META) {
        let v = el.value();
        let key = v
            .attr("property")
            .or_else(|| v.attr("name"))
            .or_else(|| v.attr("itemprop"))
            .unwrap_or("");
        let Some(content) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        match key.to_ascii_lowercase().as_str() {
            "article:published_time"
            | "pubdate"
            | "publishdate"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "datepublished"
            | "og:published_time"
            | "sailthru.date"
            | "parsely-pub-date"
                if meta.published.is_none() =>
            {
                meta.published = Some(content.to_string());
                meta.published_from = Some(super::MetaOrigin::HtmlMeta);
            }
            "og:title" if meta.title.is_none() => meta.title = Some(content.to_string()),
            "og:site_name" => meta.site_name = Some(content.to_string()),
            "og:url" if meta.url.is_none() => meta.url = Some(content.to_string()),
            _ => {}
        }
    }
    if meta.published.is_none() {
        if let Some(t) = doc.select(&TIME).next().and_then(|t| t.value().attr("datetime")) {
            meta.published = Some(t.to_string());
            meta.published_from = Some(super::MetaOrigin::HtmlTime);
        }
    }
    if meta.title.is_none() {
        meta.title = doc
            .select(&TITLE)
            .next()
            .map(|t| t.text().collect::<String>().trim().to_string())
            .filter(|t| !t.is_empty());
    }
    if let Some(href) = doc.select(&CANONICAL).next().and_then(|l| l.value().attr("href")) {
        meta.url = Some(href.to_string());
    }
    meta.language = doc
        .select(&HTML)
        .next()
        .and_then(|h| h.value().attr("lang"))
        .map(str::to_string);
    meta
}

/// First string value under `key` anywhere in a JSON-LD value (graphs and arrays included).
fn find_json_key(value: &serde_json::Value, key: &str) -> Option<String> {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(s)) = map.get(key) {
                    return Some(s.clone());
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_article_blocks_and_drops_boilerplate() {
        let html = r#"<!doctype html><html lang="en"><head><title>T</title>
            <meta property="article:published_time" content="2026-04-27T08:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Deal done</h1><p>Amazon will invest up to <b>$50 billion</b> in OpenAI, the companies said on Monday, in a deal that changes the cloud market for years to come.</p>
            <div class="related-stories"><p>Read more: other news</p></div>
            <p>Microsoft keeps a license through 2032, and OpenAI pays it a revenue share until 2030.</p></article>
            <footer>© 2026</footer></body></html>"#;
        let page = extract(html);
        assert_eq!(
            page.text,
            "Deal done\nAmazon will invest up to $50 billion in OpenAI, the companies said on Monday, in a deal that changes the cloud market for years to come.\nMicrosoft keeps a license through 2032, and OpenAI pays it a revenue share until 2030.\n"
        );
        assert_eq!(page.meta.published.as_deref(), Some("2026-04-27T08:00:00Z"));
        assert_eq!(page.meta.language.as_deref(), Some("en"));
    }

    #[test]
    fn json_ld_date_and_declared_charset() {
        let html = r#"<html><head><meta charset="windows-1252"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-02-03"}]}</script></head><body><p>x</p></body></html>"#;
        assert_eq!(declared_charset(html.as_bytes()), Some(encoding_rs::WINDOWS_1252));
        let page = extract(html);
        assert_eq!(page.meta.published.as_deref(), Some("2026-02-03"));
        assert_eq!(page.meta.published_from, Some(crate::article::MetaOrigin::HtmlJsonLd));
    }
}
