//! What an HTML page says about itself: title, publish and modified dates,
//! author, site name, canonical URL, language.
//!
//! Publish date, first found wins (each is named in `published_from`):
//!
//! | source | example | origin |
//! |---|---|---|
//! | JSON-LD of an article type | `{"@type":"NewsArticle","datePublished":"2026-04-27T08:00:00Z"}` | `html_json_ld` |
//! | meta tags | `<meta property="article:published_time" content="2026-04-27">`, `name="pubdate"`, `DC.date` | `html_meta` |
//! | `<time datetime>` | `<time datetime="2026-04-27" pubdate>` (a `datePublished`/`pubdate` one first) | `html_time` |
//! | the URL | `https://x.com/2026/04/27/deal/`, `/2026-04-27/`, `/20260427/` | `url` |
//!
//! One pass over the tree (iterative); JSON-LD that does not parse is skipped.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use scraper::{Html, Node};

use super::MetaOrigin;

/// What a page says about itself (raw strings; dates are parsed by the caller).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub published_from: Option<MetaOrigin>,
    pub modified: Option<String>,
    pub author: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// JSON-LD `@type`s that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "Report",
    "WebPage",
];

/// Meta names / properties that carry the publish date, most specific first.
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
    "article.published",
    "cxenseparse:recs:publishtime",
];

const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// A candidate value and its rank (lower wins) within its source.
#[derive(Default)]
struct Ranked(Option<(usize, String)>);

impl Ranked {
    fn offer(&mut self, rank: usize, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        if self.0.as_ref().is_none_or(|(r, _)| rank < *r) {
            self.0 = Some((rank, value.to_string()));
        }
    }
    fn take(self) -> Option<String> {
        self.0.map(|(_, v)| v)
    }
}

#[derive(Default)]
struct Found {
    ld_published: Ranked,
    ld_modified: Ranked,
    ld_headline: Ranked,
    ld_author: Ranked,
    ld_publisher: Ranked,
    ld_language: Ranked,
    meta_published: Ranked,
    meta_modified: Ranked,
    meta_author: Ranked,
    og_title: Ranked,
    title: Ranked,
    site_name: Ranked,
    canonical: Ranked,
    og_url: Ranked,
    time: Ranked,
    lang: Ranked,
}

/// Reads the metadata of a parsed page.
pub fn page_meta(doc: &Html) -> PageMeta {
    let mut f = Found::default();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else { continue };
        match el.name() {
            "html" => {
                if let Some(lang) = el.attr("lang").or_else(|| el.attr("xml:lang")) {
                    f.lang.offer(0, lang);
                }
            }
            "title" => {
                let text: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                    .collect();
                f.title.offer(0, &collapse(&text));
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let json: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                    .collect();
                if let Ok(value) = serde_json::from_str::<serde_json::Value>(json.trim()) {
                    json_ld(&value, &mut f);
                }
            }
            "link" => {
                let rel = el.attr("rel").unwrap_or("");
                if rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")) {
                    if let Some(href) = el.attr("href") {
                        f.canonical.offer(0, href);
                    }
                }
            }
            "meta" => meta_tag(el, &mut f),
            "time" => {
                if let Some(dt) = el.attr("datetime") {
                    let marked = el.attr("pubdate").is_some()
                        || el
                            .attr("itemprop")
                            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                    f.time.offer(if marked { 0 } else { 1 }, dt);
                }
            }
            _ => {
                if el
                    .attr("itemprop")
                    .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
                {
                    if let Some(c) = el.attr("content").or_else(|| el.attr("datetime")) {
                        f.meta_published.offer(2, c);
                    }
                }
            }
        }
    }

    let url = f.canonical.take().or(f.og_url.take());
    let mut meta = PageMeta {
        title: f.ld_headline.take().or(f.og_title.take()).or(f.title.take()),
        modified: f.ld_modified.take().or(f.meta_modified.take()),
        author: f.ld_author.take().or(f.meta_author.take()),
        site_name: f.site_name.take().or(f.ld_publisher.take()),
        language: f.lang.take().or(f.ld_language.take()),
        url,
        ..PageMeta::default()
    };
    let dated = [
        (f.ld_published.take(), MetaOrigin::HtmlJsonLd),
        (f.meta_published.take(), MetaOrigin::HtmlMeta),
        (f.time.take(), MetaOrigin::HtmlTime),
    ];
    for (value, origin) in dated {
        if let Some(v) = value.filter(|v| super::meta::parse_published(v).is_some_and(plausible)) {
            meta.published = Some(v);
            meta.published_from = Some(origin);
            break;
        }
    }
    if meta.published.is_none() {
        if let Some(date) = meta.url.as_deref().and_then(url_date).filter(|d| plausible(*d)) {
            meta.published = Some(date.to_string());
            meta.published_from = Some(MetaOrigin::Url);
        }
    }
    meta
}

/// Whether a page date can be a publish date: CMS placeholders such as
/// `0001-01-01` are not.
fn plausible(date: Date) -> bool {
    (1990..=2100).contains(&date.year())
}

fn meta_tag(el: &scraper::node::Element, f: &mut Found) {
    let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
        return;
    };
    for key in [
        el.attr("property"),
        el.attr("name"),
        el.attr("itemprop"),
        el.attr("http-equiv"),
    ]
    .into_iter()
    .flatten()
    {
        let key = key.trim().to_ascii_lowercase();
        if let Some(rank) = PUBLISHED_META.iter().position(|k| *k == key) {
            f.meta_published.offer(rank, content);
        }
        if let Some(rank) = MODIFIED_META.iter().position(|k| *k == key) {
            f.meta_modified.offer(rank, content);
        }
        match key.as_str() {
            "og:title" | "twitter:title" => f.og_title.offer(usize::from(key.starts_with('t')), content),
            "og:site_name" | "application-name" => f.site_name.offer(usize::from(key.starts_with('a')), content),
            "og:url" => f.og_url.offer(0, content),
            "author" | "article:author" | "byl" | "parsely-author" | "sailthru.author" | "dc.creator" => {
                // article:author is often a profile URL; a name is better.
                let rank = usize::from(content.starts_with("http"));
                f.meta_author
                    .offer(rank, content.trim_start_matches("By ").trim_start_matches("by "));
            }
            "content-language" | "og:locale" | "language" => f.lang.offer(1, &content.replace('_', "-")),
            _ => {}
        }
    }
}

/// Walks JSON-LD (graphs, arrays, nested objects) iteratively; values of an
/// object whose `@type` is an article type rank above the same key elsewhere.
fn json_ld(value: &serde_json::Value, f: &mut Found) {
    use serde_json::Value;
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                let is_article = match map.get("@type") {
                    Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                    Some(Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                    _ => false,
                };
                // WebPage is the weakest article type.
                let rank = match map.get("@type").and_then(Value::as_str) {
                    Some("WebPage") => 1,
                    _ if is_article => 0,
                    _ => 2,
                };
                if let Some(Value::String(s)) = map.get("datePublished") {
                    f.ld_published.offer(rank, s);
                }
                if let Some(Value::String(s)) = map.get("dateModified") {
                    f.ld_modified.offer(rank, s);
                }
                if is_article {
                    if let Some(Value::String(s)) = map.get("headline").or_else(|| map.get("name")) {
                        f.ld_headline.offer(rank, s);
                    }
                    if let Some(name) = map.get("author").and_then(person_name) {
                        f.ld_author.offer(rank, &name);
                    }
                    if let Some(name) = map.get("publisher").and_then(person_name) {
                        f.ld_publisher.offer(rank, &name);
                    }
                    if let Some(Value::String(s)) = map.get("inLanguage") {
                        f.ld_language.offer(rank, s);
                    }
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
}

/// `"A"`, `{"name": "A"}` or a list of those: names joined with ", ".
fn person_name(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(|s| s.trim().to_string()),
        _ => None,
    };
    let names: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// A date written in a URL path: `/2026/04/27/`, `/2026-04-27/`, `/20260427/`.
pub fn url_date(url: &str) -> Option<Date> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)",
        )
        .expect("static regex")
    });
    let c = DATE.captures(url)?;
    let part = |a: usize, b: usize| {
        c.get(a)
            .or_else(|| c.get(b))
            .and_then(|m| m.as_str().parse::<i16>().ok())
    };
    let (y, m, d) = (part(1, 4)?, part(2, 5)?, part(3, 6)?);
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        page_meta(&Html::parse_document(html))
    }

    #[test]
    fn json_ld_article_beats_meta_tags() {
        let m = meta(
            r#"<html lang="en-GB"><head><title>Deal | Site</title>
            <meta property="article:published_time" content="2026-04-26T20:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Deal done","datePublished":"2026-04-27T08:00:00+01:00",
               "dateModified":"2026-04-28","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chan"}],
               "publisher":{"@type":"Organization","name":"The Daily"}}]}</script></head><body></body></html>"#,
        );
        assert_eq!(m.published.as_deref(), Some("2026-04-27T08:00:00+01:00"));
        assert_eq!(m.published_from, Some(MetaOrigin::HtmlJsonLd));
        assert_eq!(m.modified.as_deref(), Some("2026-04-28"));
        assert_eq!(m.title.as_deref(), Some("Deal done"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee, Bo Chan"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn meta_names_then_time_then_url() {
        let m = meta(r#"<meta name="DC.date" content="2026-03-02"><meta name="pubdate" content="2026-03-01">"#);
        assert_eq!(
            (m.published.as_deref(), m.published_from),
            (Some("2026-03-01"), Some(MetaOrigin::HtmlMeta))
        );
        let m = meta(r#"<p><time datetime="2025-01-01">x</time><time datetime="2026-03-05" pubdate>y</time></p>"#);
        assert_eq!(
            (m.published.as_deref(), m.published_from),
            (Some("2026-03-05"), Some(MetaOrigin::HtmlTime))
        );
        let m = meta(r#"<link rel="canonical" href="https://ex.com/news/2026/04/27/deal-done/"><p>x</p>"#);
        assert_eq!(
            (m.published.as_deref(), m.published_from),
            (Some("2026-04-27"), Some(MetaOrigin::Url))
        );
        assert_eq!(m.url.as_deref(), Some("https://ex.com/news/2026/04/27/deal-done/"));
    }

    #[test]
    fn url_dates() {
        let d = Date::new(2026, 4, 27).ok();
        assert_eq!(url_date("https://a.com/2026/04/27/x"), d);
        assert_eq!(url_date("https://a.com/x/2026-4-27/"), d);
        assert_eq!(url_date("https://a.com/20260427/x.html"), d);
        assert_eq!(url_date("https://a.com/2026/13/27/x"), None);
        assert_eq!(url_date("https://a.com/article/123456789"), None);
    }

    #[test]
    fn placeholder_dates_fall_through_to_the_next_source() {
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
            <meta name="pubdate" content="2019-11-19">"#,
        );
        assert_eq!(
            (m.published.as_deref(), m.published_from),
            (Some("2019-11-19"), Some(MetaOrigin::HtmlMeta))
        );
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let m =
            meta(r#"<script type="application/ld+json">{"datePublished": "2026-01-01",</script><title> A  B </title>"#);
        assert_eq!(m.published, None);
        assert_eq!(m.title.as_deref(), Some("A B"));
    }
}
