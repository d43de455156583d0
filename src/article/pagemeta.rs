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

use super::html::PlainAttr as _;
use super::{MetaOrigin, pubdate};

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
    /// Publish dates the page's markup gives, most trusted first (JSON-LD,
    /// meta tags and itemprop, a script's JSON; `<time>` is added after the
    /// walk, which knows where it stands), each once per origin.
    pub dates: Vec<(MetaOrigin, Date)>,
    /// `article:section`, else JSON-LD `articleSection`.
    pub section: Option<String>,
    pub image: Option<String>,
    pub description: Option<String>,
    /// A date standing as a whole part of the page's title ("… | DW | 19.01.2020").
    pub title_date: Option<Date>,
    /// The meta-tag date comes from a generic key (`date`, `DC.date`), which may be the last change.
    pub generic_meta_date: bool,
    /// A wiki page's last edit, from MediaWiki's footer (`<li id="footer-info-lastmod">This
    /// page was last edited on 29 January 2020, at 13:22</li>`): a wiki page has no other
    /// date of its own, and the dates in its text are those of what it tells of.
    pub wiki_edited: Option<Date>,
}

/// The `id` MediaWiki gives its footer line of the page's last edit.
const WIKI_LASTMOD_ID: &str = "footer-info-lastmod";

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
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "date_published",
    "publication-date",
    "og:pubdate",
    "originalpublicationdate",
    "article.published",
    "article.created",
    "cxenseparse:recs:publishtime",
    // Generic keys, last: content systems fill them with the page's last
    // change as often as with its publication (TYPO3's `date`).
    "dcterms.date",
    "dc.date",
    "date",
];

/// Where the generic keys of [`PUBLISHED_META`] start.
const GENERIC_META_FROM: usize = PUBLISHED_META.len() - 3;

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
    visible_author: Ranked,
    og_title: Ranked,
    title: Ranked,
    site_name: Ranked,
    canonical: Ranked,
    og_url: Ranked,
    script_published: Ranked,
    lang: Ranked,
    section: Ranked,
    image: Ranked,
    description: Ranked,
    /// The texts of the page's first few `h1`s (a menu's may come first).
    h1: Vec<String>,
    /// Whether each of those `h1`s links to the site's home page (a logo).
    h1_home: Vec<bool>,
    wiki_edited: Option<Date>,
}

/// Reads the metadata of a parsed page.
pub fn page_meta(doc: &Html) -> PageMeta {
    page_meta_within(doc, pubdate::Bounds::now())
}

/// [`page_meta`] with the dates a publish date may take.
pub fn page_meta_within(doc: &Html, bounds: pubdate::Bounds) -> PageMeta {
    let mut f = Found::default();
    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else { continue };
        match el.name() {
            "html" => {
                if let Some(lang) = el.plain_attr("lang").or_else(|| el.plain_attr("xml:lang")) {
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
                    .plain_attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let json: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                    .collect();
                match serde_json::from_str::<serde_json::Value>(json.trim()) {
                    Ok(value) => json_ld(&value, &mut f),
                    // Hand-written JSON-LD often has raw line breaks in strings; its date still reads.
                    Err(_) => {
                        static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
                            Regex::new(r#""datePublished"\s*:\s*"([^"]{6,40})""#).expect("static regex")
                        });
                        if let Some(c) = PUBLISHED.captures(&json) {
                            f.ld_published.offer(1, &c[1]);
                        }
                    }
                }
            }
            "link" => {
                let rel = el.plain_attr("rel").unwrap_or("");
                if rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")) {
                    if let Some(href) = el.plain_attr("href") {
                        f.canonical.offer(0, href);
                    }
                }
            }
            "meta" => meta_tag(el, &mut f),
            "script" if f.script_published.0.is_none() => {
                // Publish dates a page's own scripts carry (a shop's product JSON, a CMS's page data).
                for js in node.children().filter_map(|c| c.value().as_text().map(|t| &**t)) {
                    if let Some(c) = SCRIPT_PUBLISHED.captures(js) {
                        f.script_published.offer(0, &c[1]);
                        break;
                    }
                }
            }
            _ => {
                if el.name() == "h1" && f.h1.len() < H1_LOOKED_AT {
                    f.h1.push(element_text(node, 300));
                    f.h1_home.push(links_home(node));
                }
                if el
                    .plain_attr("itemprop")
                    .is_some_and(|p| p.split_whitespace().any(|p| p.eq_ignore_ascii_case("datePublished")))
                {
                    match el.plain_attr("content").or_else(|| el.plain_attr("datetime")) {
                        // An element marked `itemprop="datePublished"` says more than a generic `date` tag.
                        Some(c) => f.meta_published.offer(2 * GENERIC_META_FROM - 1, c),
                        None => f
                            .meta_published
                            .offer(2 * PUBLISHED_META.len(), &element_text(node, 200)),
                    }
                }
                if f.wiki_edited.is_none() && el.plain_attr("id") == Some(WIKI_LASTMOD_ID) {
                    f.wiki_edited = pubdate::first_date(&element_text(node, 200), bounds);
                }
                if let Some(rank) =
                    names_an_author(el).filter(|r| f.visible_author.0.as_ref().is_none_or(|(b, _)| r < b))
                {
                    let text = element_text(node, 120);
                    // A user name ("gizzmo", "fri.juli") only where the markup says it is the author.
                    let name = byline_name(&text).or_else(|| (rank <= 1).then(|| user_name(&text)).flatten());
                    if let Some(name) = name.filter(|_| !in_comments(node)) {
                        f.visible_author.offer(rank, &name);
                    }
                }
            }
        }
    }

    let url = f.canonical.take().or(f.og_url.take());
    let site_name = f.site_name.take().or(f.ld_publisher.take()).map(|s| unescape(&s));
    // An h1 linking to the home page is the site's logo: it names the site
    // when the markup does not.
    let logo =
        f.h1.iter()
            .zip(&f.h1_home)
            .find(|(_, home)| **home)
            .map(|(h, _)| collapse(h));
    let site = site_name.clone().or(logo);
    let title_date = [&f.title, &f.og_title]
        .into_iter()
        .filter_map(|t| t.0.as_ref())
        .find_map(|(_, t)| title_part_date(&unescape(t), bounds));
    let title = f.ld_headline.take().or(f.og_title.take()).or(f.title.take()).map(|t| {
        let t = unescape(&t);
        // The first h1 (not a logo) that stands as a whole part of the title, else the site's name cut.
        f.h1.iter()
            .zip(&f.h1_home)
            .filter(|(_, home)| !**home)
            .map(|(h, _)| bare_title(&t, site.as_deref(), url.as_deref(), Some(h)))
            .find(|b| f.h1.iter().any(|h| collapse(h).to_lowercase() == b.to_lowercase()))
            .unwrap_or_else(|| bare_title(&t, site.as_deref(), url.as_deref(), None))
    });
    let title = headline_title(title, &f.h1, &f.h1_home, site_name.as_deref(), url.as_deref());
    let mut meta = PageMeta {
        title,
        modified: f.ld_modified.take().or(f.meta_modified.take()),
        author: [f.ld_author.take(), f.meta_author.take(), f.visible_author.take()]
            .into_iter()
            .flatten()
            .map(|a| unescape(&a))
            .find(|a| names_a_person(a)),
        site_name,
        language: f.lang.take().or(f.ld_language.take()),
        section: f.section.take().filter(|s| is_section_name(s)),
        image: f.image.take().map(|i| first_url(&i)),
        description: f.description.take().map(|d| collapse(&unescape(&d))),
        url,
        title_date,
        wiki_edited: f.wiki_edited,
        ..PageMeta::default()
    };
    meta.generic_meta_date = f
        .meta_published
        .0
        .as_ref()
        .is_some_and(|(rank, _)| (2 * GENERIC_META_FROM..2 * PUBLISHED_META.len()).contains(rank));
    let dated = [
        (f.ld_published.take(), MetaOrigin::HtmlJsonLd),
        (f.meta_published.take(), MetaOrigin::HtmlMeta),
        (f.script_published.take(), MetaOrigin::HtmlScript),
    ];
    for (value, origin) in dated {
        if let Some(date) = value.as_deref().and_then(|v| loose_date(v, bounds)) {
            meta.dates.push((origin, date));
        }
    }
    if let Some((origin, date)) = meta.dates.first() {
        meta.published = Some(date.to_string());
        meta.published_from = Some(*origin);
    }
    meta
}

/// Separators between the parts of a page title.
const TITLE_PART_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " : ", " · ", " :: "];

/// The date that stands as a whole part of a page title, as content systems
/// append it ("Berlin plans a new line | City | 19.01.2020", "Rain at last :
/// 31.10.2023, 10.19 Uhr"); not a date inside the headline's words
/// ("Minutes of the board meeting of 10 October 2019 – Club").
///
/// | title | date |
/// |---|---|
/// | `Berlin plans a new line \| City \| 19.01.2020` | 2020-01-19 |
/// | `Rain at last : 31.10.2023, 10.19 Uhr` | 2023-10-31 |
/// | `Les soldes d'hiver – 8 janvier 2021 – Le Journal` | 2021-01-08 |
/// | `Minutes of the board meeting of 10 October 2019 – Club` | none |
/// | `Report of 22.04.2020 – Site` | none |
/// | `Timeline 1999-2004 \| Archive` | none |
fn title_part_date(title: &str, bounds: pubdate::Bounds) -> Option<Date> {
    let mut parts = vec![title];
    for sep in TITLE_PART_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    // The headline itself (the first part) is never the date part.
    parts.iter().skip(1).find_map(|part| {
        let part = part.trim();
        let dates = pubdate::dates_in(part);
        let &(at, d) = dates.first()?;
        // The date opens the part and leaves at most a time of day after it.
        let rest_letters = part.chars().filter(|c| c.is_alphabetic()).count();
        (at <= 1 && dates.len() == 1 && part.len() <= 40 && rest_letters <= 12 && bounds.contains(d)).then_some(d)
    })
}

/// A publish date under a JSON key of a script that is not JSON-LD
/// (`"published_at":"2019-03-02T06:22:28+01:00"`, `"publication_time" : "2023-11-07T07:30+01:00"`).
static SCRIPT_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#""(?:datePublished|published_?[aA]t|publishedDate|publication_?[tT]ime|publicationDate|publish_?[dD]ate|date_?[pP]ublished|first_?[pP]ublished_?[aA]t)"\s*:\s*"([^"]{8,40})""#,
    )
    .expect("static regex")
});

/// A date string of markup: ISO forms first, then any written date.
pub(crate) fn loose_date(v: &str, bounds: pubdate::Bounds) -> Option<Date> {
    super::meta::parse_published(v)
        .filter(|d| bounds.contains(*d))
        .or_else(|| pubdate::first_date(v, bounds))
}

/// What an element's markup says of the date it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateRole {
    /// Its class or id names a date (`post-date`, `entry-meta`, `datum`, `fecha`).
    Named,
    /// It is marked as the last change (`class="updated"`, `itemprop="dateModified"`):
    /// a date in it is not the publish date, even inside a byline.
    Changed,
}

/// What a word of a class or id says of a date ([`date_role`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateWord {
    Named,
    Changed,
    Not,
    Other,
}

/// A class or id word (ASCII letters and digits, as `for_each_hint_word`
/// splits them) looked up ignoring ASCII case in one `match`, where three
/// lists were each scanned for every word of every element.
fn date_word(word: &str) -> DateWord {
    const LONGEST: usize = 12;
    if word.len() > LONGEST {
        return DateWord::Other;
    }
    let mut buf = [0u8; LONGEST];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match &*lower {
        b"date" | b"datum" | b"time" | b"published" | b"publish" | b"posted" | b"submitted" | b"pubdate" | b"fecha"
        | b"data" | b"dateline" | b"byline" | b"meta" | b"postmeta" | b"entrymeta" | b"info" => DateWord::Named,
        b"updated" | b"modified" | b"update" | b"aktualisiert" | b"actualizado" => DateWord::Changed,
        b"comment" | b"comments" | b"copyright" | b"footer" | b"reply" => DateWord::Not,
        _ => DateWord::Other,
    }
}

/// Whether an element's class or id names a publish date (`post-date`,
/// `entry-meta`, `datum`, `fecha`), or marks a change (`entry-updated`,
/// `last-modified`, `itemprop="dateModified"`); none for a comment's,
/// a copyright's or a footer's.
pub(crate) fn date_role(el: &scraper::node::Element) -> Option<DateRole> {
    let mut named = false;
    let mut changed = false;
    let mut modified_prop = false;
    for (attr, value) in el.attrs() {
        if attr == "itemprop" {
            modified_prop |= ["dateModified", "dateUpdated"]
                .iter()
                .any(|p| value.eq_ignore_ascii_case(p));
            changed |= modified_prop;
            continue;
        }
        if attr != "class" && attr != "id" {
            continue;
        }
        let mut not = false;
        super::html::for_each_hint_word(value, |w| match date_word(w) {
            DateWord::Named => named = true,
            DateWord::Changed => changed = true,
            DateWord::Not => not = true,
            DateWord::Other => {}
        });
        if not {
            return None;
        }
    }
    // hAtom's `updated` is also the class WordPress themes give the publish
    // date (`class="postmeta updated"`, `class="entry-date published updated"`):
    // with a date word beside it, the element is named for the date.
    if changed && (!named || modified_prop) {
        Some(DateRole::Changed)
    } else {
        named.then_some(DateRole::Named)
    }
}

/// Whether an element stands inside a comment section or a comment (an
/// ancestor's class or id says `comment`, `comments`, `reply` or `respond`):
/// a byline there is a commenter's.
fn in_comments(node: ego_tree::NodeRef<'_, Node>) -> bool {
    const COMMENTS: &[&str] = &["comment", "comments", "reply", "respond", "replies"];
    node.ancestors().any(|a| {
        let Node::Element(el) = a.value() else { return false };
        let mut hit = false;
        for (attr, value) in el.attrs() {
            if attr == "class" || attr == "id" {
                super::html::for_each_hint_word(value, |w| {
                    hit |= COMMENTS.iter().any(|c| c.eq_ignore_ascii_case(w));
                });
            }
        }
        hit
    })
}

/// How surely an element holds the author's name, when it does: `itemprop="author"`
/// (0), a `rel="author"` link (1), a class or id word `author` or `byline` (2).
fn names_an_author(el: &scraper::node::Element) -> Option<usize> {
    if el
        .plain_attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("author"))
    {
        return Some(0);
    }
    if el.name() == "a"
        && el
            .plain_attr("rel")
            .is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("author")))
    {
        return Some(1);
    }
    // A comment's author or a comment form's "Name *" field is not the article's.
    const NOT: &[&str] = &["comment", "comments", "reply", "respond", "form"];
    let (mut named, mut not) = (false, false);
    for (attr, value) in el.attrs() {
        if attr == "class" || attr == "id" {
            super::html::for_each_hint_word(value, |w| {
                named |= w.eq_ignore_ascii_case("author") || w.eq_ignore_ascii_case("byline");
                not |= NOT.iter().any(|n| n.eq_ignore_ascii_case(w));
            });
        }
    }
    (named && !not).then_some(2)
}

/// The first of several URLs a value holds glued together
/// ("https://a/1.jpghttps://a/2.jpg", a CMS joining a gallery's images).
fn first_url(value: &str) -> String {
    let v = value.trim();
    // A scheme right after a letter, digit or space starts another URL; one
    // after `=` or `/` is a proxy's or archive's URL holding it.
    let next = ["https://", "http://"]
        .iter()
        .flat_map(|scheme| v.match_indices(scheme).map(|(at, _)| at))
        .filter(|&at| at > 0 && v[..at].ends_with(|c: char| c.is_alphanumeric() || c.is_whitespace()))
        .min();
    match next {
        Some(at) if v.starts_with("http") => v[..at].trim_end().to_string(),
        _ => v.to_string(),
    }
}

/// How an author archive's link reads in the seven languages (its opening
/// words, lower case, and the verb some languages put after the name).
const ARCHIVE_LINKS: &[(&str, &str)] = &[
    ("view all posts by ", ""),
    ("all posts by ", ""),
    ("more posts by ", ""),
    ("alle beiträge von ", " anzeigen"),
    ("alle artikel von ", " anzeigen"),
    ("voir tous les articles de ", ""),
    ("ver todas las entradas de ", ""),
    ("visualizza tutti gli articoli di ", ""),
    ("ver todos os posts de ", ""),
    ("alle berichten van ", " bekijken"),
];

/// Words that introduce the author in a visible byline, of the seven languages.
const BY_WORDS: &[&str] = &[
    "by", "von", "par", "por", "di", "da", "door", "autor:", "author:", "auteur :", "autore:",
];

/// Most words of a section's name.
const SECTION_MAX_WORDS: usize = 6;

/// Whether a section value is a name ("Kultur", "Tech / Hardware") and not a
/// summary some sites put in `articleSection` ("Der dreimalige Olympiasieger
/// Eric Frenzel und sein Teamkollege ... getestet worden."): at most
/// [`SECTION_MAX_WORDS`] words, no sentence's end.
fn is_section_name(value: &str) -> bool {
    let v = value.trim();
    v.split_whitespace().count() <= SECTION_MAX_WORDS && !v.ends_with(['.', '!', '?']) && !v.contains(". ")
}

/// What content systems write where an author's name belongs.
const AUTHOR_PLACEHOLDERS: &[&str] = &[
    "admin",
    "administrator",
    "publisher",
    "author",
    "autor",
    "auteur",
    "autore",
    "user",
    "webmaster",
    "unknown",
];

/// Whether an author value of the markup is a name: not a profile's URL
/// (`article:author` often holds one) nor a placeholder ("publisher", "admin").
///
/// | value | name? |
/// |---|---|
/// | `Barbara Stiegler` | yes |
/// | `ET Online` | yes |
/// | `https://www.facebook.com/analyse.opinion.critique/` | no |
/// | `publisher`, `admin` | no |
fn names_a_person(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty()
        && !v.starts_with("http://")
        && !v.starts_with("https://")
        && !v.starts_with("www.")
        && !AUTHOR_PLACEHOLDERS.iter().any(|p| p.eq_ignore_ascii_case(v))
}

/// Verbs a byline opens with before its "by" word ("Posted by", "Geschrieben
/// von", "Publié par", "Escrito por"), of the seven languages, lower case.
const POSTED_WORDS: &[&str] = &[
    "posted",
    "written",
    "geschrieben",
    "verfasst",
    "veröffentlicht",
    "publié",
    "écrit",
    "rédigé",
    "escrito",
    "publicado",
    "scritto",
    "pubblicato",
    "geplaatst",
    "geschreven",
];

/// The name of a visible byline ("By Ann Lee", "Von Björn Jahner | 31.10.23"):
/// the text before a separator, without the "By"/"Von" word; none when it has
/// digits, more than six words, or does not start with a capital.
///
/// | byline | name |
/// |---|---|
/// | `By Ann Lee` | Ann Lee |
/// | `Von: Björn Jahner · 31.10.23` | Björn Jahner |
/// | `Par Marie Dupont` | Marie Dupont |
/// | `Posted on Jan 13, 2020` | none (digits) |
/// | `About the author: Ann has written for the paper since she left school` | none (too long) |
/// | `von der Redaktion` | none (no capital) |
/// | `Posted by Walter von Aachen` | Walter von Aachen |
/// | `Posted` | none (a verb alone) |
/// | `Geschrieben von Anna Roth` | Anna Roth |
/// | `Postman Pat` | Postman Pat |
pub(crate) fn byline_name(text: &str) -> Option<String> {
    let head = text.split(['|', '·', '•', '\n']).next().unwrap_or("").trim();
    let mut rest = head;
    // An author archive's link ("View all posts by Ann Lee", "Alle Beiträge
    // von Anna Roth anzeigen"): the name after its by word, without the verb after it.
    let lower = rest.to_lowercase();
    if let Some((open, close)) = ARCHIVE_LINKS.iter().find(|(open, _)| lower.starts_with(open)) {
        rest = rest.get(open.len()..).unwrap_or("").trim();
        if !close.is_empty() {
            rest = rest.strip_suffix(close).unwrap_or(rest).trim_end();
        }
        let name = rest;
        return (name.split_whitespace().count() <= 6 && name.starts_with(char::is_uppercase))
            .then(|| name.to_string());
    }
    // "Posted by", "Geschrieben von", "Publié par": the verb goes first, then the "by" word.
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    if POSTED_WORDS.contains(&first.to_lowercase().as_str()) {
        rest = after.trim_start();
    }
    for w in BY_WORDS {
        if rest.len() > w.len() && rest.is_char_boundary(w.len()) && rest[..w.len()].eq_ignore_ascii_case(w) {
            let after = &rest[w.len()..];
            if after.starts_with([' ', ':']) {
                rest = after.trim_start_matches([' ', ':']);
                break;
            }
        }
    }
    let name = rest.trim().trim_end_matches([',', '-', '–']).trim();
    let words = name.split_whitespace().count();
    // A label is not a name: a by word alone ("By", "Artikel von:"), a
    // form's field ("Name *"), a comment's "Anna says:".
    let label = name.ends_with([':', '*'])
        || BY_WORDS
            .iter()
            .any(|w| w.trim_end_matches(':').eq_ignore_ascii_case(name));
    let ok = !label
        && (1..=6).contains(&words)
        && (2..=60).contains(&name.chars().count())
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.starts_with(char::is_uppercase);
    ok.then(|| name.to_string())
}

/// A user name as blogs and forums show it for their authors: one word of
/// letters, digits, `.`, `_` or `-`, 3 to 30 characters, with a letter, not a
/// placeholder ([`AUTHOR_PLACEHOLDERS`]) nor an address. Taken only from an
/// element marked `itemprop="author"` or a `rel="author"` link, where
/// [`byline_name`] wants a capital.
///
/// | text | user name |
/// |---|---|
/// | `gizzmo`, `fri.juli`, `happyface313` | yes |
/// | `admin`, `wpadmin`, `2019`, `www.site.de`, `mail@site.de`, `von der Redaktion` | no |
fn user_name(text: &str) -> Option<String> {
    let t = text.trim();
    let ok = (3..=30).contains(&t.chars().count())
        && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && t.chars().any(char::is_alphabetic)
        && !t.starts_with("www.")
        && !t.to_lowercase().contains("admin")
        && names_a_person(t);
    ok.then(|| t.to_string())
}

/// The text of an element, white space collapsed, cut after about `max` bytes.
pub(crate) fn element_text(node: ego_tree::NodeRef<'_, Node>, max: usize) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            push_words(&mut out, t);
            if out.len() >= max {
                break;
            }
        }
    }
    out
}

/// `t`'s words appended to `out`, one space between words.
fn push_words(out: &mut String, t: &str) {
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// [`element_text`] without the text of elements marked as a change
/// (`<span class="updated">`): what a date element shows of the publish date.
pub(crate) fn element_text_unchanged(node: ego_tree::NodeRef<'_, Node>, max: usize) -> String {
    let mut out = String::new();
    let mut skip = 0usize;
    for edge in node.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(d) => match d.value() {
                Node::Element(el) if skip > 0 || date_role(el) == Some(DateRole::Changed) => skip += 1,
                Node::Text(t) if skip == 0 => {
                    push_words(&mut out, t);
                    if out.len() >= max {
                        break;
                    }
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(d) => {
                if skip > 0 && d.value().is_element() {
                    skip -= 1;
                }
            }
        }
    }
    out
}

fn meta_tag(el: &scraper::node::Element, f: &mut Found) {
    let Some(content) = el.plain_attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
        return;
    };
    for key in [
        el.plain_attr("property"),
        el.plain_attr("name"),
        el.plain_attr("itemprop"),
        el.plain_attr("http-equiv"),
    ]
    .into_iter()
    .flatten()
    {
        let key = key.trim().to_ascii_lowercase();
        if let Some(rank) = PUBLISHED_META.iter().position(|k| *k == key) {
            f.meta_published.offer(2 * rank, content);
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
            "article:section" | "og:article:section" | "section" | "parsely-section" => f.section.offer(0, content),
            "og:image" | "og:image:url" | "og:image:secure_url" | "twitter:image" | "twitter:image:src" => {
                f.image.offer(usize::from(key.starts_with('t')), content)
            }
            "og:description" | "description" | "twitter:description" | "dc.description" => {
                f.description.offer(usize::from(!key.starts_with("og")), content)
            }
            _ => {}
        }
    }
}

/// Walks JSON-LD (graphs, arrays, nested objects) iteratively; values of an
/// object whose `@type` is an article type rank above the same key elsewhere.
fn json_ld(value: &serde_json::Value, f: &mut Found) {
    use serde_json::Value;
    let people = people_by_id(value);
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
                    if let Some(name) = map.get("author").and_then(|a| person_name(&resolve_people(a, &people))) {
                        f.ld_author.offer(rank, &name);
                    }
                    if let Some(name) = map.get("publisher").and_then(person_name) {
                        f.ld_publisher.offer(rank, &name);
                    }
                    if let Some(Value::String(s)) = map.get("inLanguage") {
                        f.ld_language.offer(rank, s);
                    }
                    match map.get("articleSection") {
                        Some(Value::String(s)) => f.section.offer(1 + rank, s),
                        Some(Value::Array(a)) => {
                            if let Some(s) = a.iter().find_map(Value::as_str) {
                                f.section.offer(1 + rank, s)
                            }
                        }
                        _ => {}
                    }
                    let image = match map.get("image") {
                        Some(Value::Array(a)) => a.first(),
                        other => other,
                    };
                    match image {
                        Some(Value::String(s)) => f.image.offer(2 + rank, s),
                        Some(Value::Object(o)) => {
                            if let Some(s) = o.get("url").and_then(Value::as_str) {
                                f.image.offer(2 + rank, s)
                            }
                        }
                        _ => {}
                    }
                    if let Some(Value::String(s)) = map.get("description") {
                        f.description.offer(2 + rank, s);
                    }
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
}

/// The names of the graph's people by their `@id` (`{"@type": "Person",
/// "@id": "https://site/#/person/1", "name": "Ann Lee"}`): an article's
/// `"author": {"@id": ...}` refers to one (Yoast's WordPress graphs).
fn people_by_id(value: &serde_json::Value) -> std::collections::HashMap<&str, &str> {
    use serde_json::Value;
    let mut out = std::collections::HashMap::new();
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(map) => {
                let person = match map.get("@type") {
                    Some(Value::String(t)) => t == "Person",
                    Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some("Person")),
                    _ => false,
                };
                if let (true, Some(id), Some(name)) = (
                    person,
                    map.get("@id").and_then(Value::as_str),
                    map.get("name").and_then(Value::as_str),
                ) {
                    out.insert(id, name);
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    out
}

/// An author value with each nameless `{"@id": ...}` replaced by the
/// person's name the graph gives for that id (kept as is when it gives none).
fn resolve_people(v: &serde_json::Value, people: &std::collections::HashMap<&str, &str>) -> serde_json::Value {
    use serde_json::Value;
    let one = |v: &Value| match v {
        Value::Object(m) if !m.contains_key("name") => m
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| people.get(id))
            .map_or_else(|| v.clone(), |name| Value::String((*name).to_string())),
        other => other.clone(),
    };
    match v {
        Value::Array(items) => Value::Array(items.iter().map(one).collect()),
        other => one(other),
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

/// A date written in a URL path: `/2026/04/27/`, `/2026-04-27/`, `/20260427/`,
/// and day first `/27-04-2026`, `/27.04.2026/`.
pub fn url_date(url: &str) -> Option<Date> {
    static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/(\d{1,2})([.-])(\d{1,2})([.-])((?:19|20)\d{2})(?:[/_?#]|\.html?|$)").expect("static regex")
    });
    if let Some(c) = DAY_FIRST.captures(url) {
        if c[2] == c[4] {
            if let (Ok(d), Ok(m), Ok(y)) = (c[1].parse(), c[3].parse(), c[5].parse()) {
                if let Ok(date) = Date::new(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
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

/// Character references left in a value that was escaped twice
/// (`&amp;#39;` in the markup reads `&#39;`, `&amp;oacute;` reads
/// `&oacute;`): numeric ones and the five of XML are decoded by hand, other
/// names by the HTML parser's own table ([`named_reference`]); anything else
/// is left as written.
pub(crate) fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest[1..].find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..=end];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .map(|h| u32::from_str_radix(h, 16))
                    .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c.to_string(), end + 2))
                .or_else(|| named_reference(name).map(|t| (t, end + 2)))
        });
        match decoded {
            Some((c, len)) => {
                out.push_str(&c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a named character reference (`oacute` → "ó"), as the HTML
/// parser reads it (its table has all of HTML's names); none for a name it
/// does not know.
fn named_reference(name: &str) -> Option<String> {
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let written = format!("&{name};");
    let read: String = Html::parse_fragment(&written).root_element().text().collect();
    // The parser reads a known prefix without its `;` ("&notaname;" as "¬aname;"): only a whole name counts.
    (!read.is_empty() && !read.contains(';')).then_some(read)
}

/// Most `h1`s looked at for the article's title.
const H1_LOOKED_AT: usize = 4;

/// Whether an element holds a link to the site's home page (`/`,
/// `https://host/`, `../index.html`): an `h1` that does is the site's logo.
fn links_home(node: ego_tree::NodeRef<'_, Node>) -> bool {
    node.descendants().any(|d| {
        let Node::Element(a) = d.value() else { return false };
        let Some(href) = a.plain_attr("href").filter(|_| a.name() == "a") else {
            return false;
        };
        let path = match href.find("://") {
            Some(at) => href[at + 3..].find('/').map_or("", |p| &href[at + 3 + p..]),
            None => href,
        };
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = path
            .trim_start_matches("../")
            .trim_start_matches("./")
            .trim_matches('/');
        path.is_empty() || path.starts_with("index.")
    })
}

/// The page's only `h1` is the article's headline as readers see it: it
/// wins over the metadata's title ("Willkommen!" over "Anwalt Niemeyer",
/// "Energy Rising – 33 Tage Yoga Challenge" over the og:title's "Energy
/// Rising - 33 Tage Yoga Challenge - Mady Morrison"), except when the page
/// has several `h1`s, when it is the site's logo (it links to the home page
/// or names the site), has no letters, or holds the title with a kicker
/// before it ("Politics | Title", "Kicker : Title": the title stays).
fn headline_title(
    title: Option<String>,
    h1: &[String],
    home: &[bool],
    site: Option<&str>,
    url: Option<&str>,
) -> Option<String> {
    let mut headlines = h1.iter().zip(home).filter(|(h, _)| !h.trim().is_empty());
    let (Some((h, &home)), None) = (headlines.next(), headlines.next()) else {
        return title;
    };
    let h = collapse(h);
    let host = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_lowercase));
    let letters = h.chars().filter(|c| c.is_alphabetic()).count();
    let kicker = title
        .as_deref()
        .is_some_and(|t| h.len() > t.len() && h.to_lowercase().contains(&t.to_lowercase()));
    if home || letters < 2 || h.chars().count() > 200 || kicker || names_the_site(&h, site, host.as_deref()) {
        return title;
    }
    Some(h)
}

/// What separates a page's title from its site's name or section ("Deal done
/// | The Daily", "Blog » Archiv » Post", "Post – Site").
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " » ", " › ", " · ", " • ", " :: ", " : ", " / ",
];

/// Searchers of [`TITLE_SEPARATORS`], built once: a `str` search sets one up
/// on every call, and a title was searched for each separator three times.
/// `find_iter` gives the same non-overlapping matches as `match_indices`.
static SEPARATOR_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    TITLE_SEPARATORS
        .iter()
        .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
        .collect()
});

/// Letters and digits of a name, lower case: "Bergsteigen.com" and
/// "bergsteigen com" read alike.
fn name_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a part of a title names the site: its `og:site_name` (or JSON-LD
/// publisher), or the name its URL's host is made of ("hejfish.com",
/// "Heavenlynn Healthy" on heavenlynnhealthy.com).
fn names_the_site(part: &str, site: Option<&str>, host: Option<&str>) -> bool {
    let key = name_key(part);
    if key.is_empty() {
        return false;
    }
    if site.is_some_and(|s| name_key(s) == key) {
        return true;
    }
    let Some(host) = host else { return false };
    let host = host.strip_prefix("www.").unwrap_or(host);
    // The host's letters hold the whole part ("Bergsteigen.com" on
    // www.bergsteigen.com, "hejfish" on hejfish.com), not a word that merely
    // contains the host's name ("Skibergsteigen").
    key.chars().count() >= 4 && name_key(host).contains(&key)
}

/// The article's own title out of the page's: where the first `h1` stands
/// as the whole of the title's first or last part, the `h1`'s words as the
/// title writes them ("Der Lange und die alte Dame | Hertha BSC Blog" under
/// `<h1>Der Lange und die alte Dame</h1>`); else without a first or last
/// part that names the site ("Post - Heavenlynn Healthy", "Four Years
/// Remaining » Blog Archive » Post" are not stripped of "Blog Archive", only
/// of a part naming the site). A title without separators, or that would be
/// left empty, stays as it is.
pub(crate) fn bare_title(title: &str, site: Option<&str>, url: Option<&str>, h1: Option<&str>) -> String {
    let title = collapse(title);
    let host = url
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_lowercase));
    // An h1 that is the site's name (a logo's) is not the article's title.
    if let Some(h1) = h1
        .map(collapse)
        .filter(|h| !h.is_empty() && h.len() < title.len() && !names_the_site(h, site, host.as_deref()))
    {
        let lower = h1.to_lowercase();
        // The title's first and last parts as long as the h1, when they are the h1 (lower-cased once, not per separator).
        let head = title.get(..h1.len()).filter(|head| head.to_lowercase() == lower);
        let tail = title
            .len()
            .checked_sub(h1.len())
            .and_then(|at| title.get(at..))
            .filter(|tail| tail.to_lowercase() == lower);
        for sep in TITLE_SEPARATORS {
            if let Some(head) = head.filter(|_| title[h1.len()..].starts_with(sep)) {
                return head.to_string();
            }
            if let Some(tail) = tail.filter(|_| title[..title.len() - h1.len()].ends_with(sep)) {
                return tail.to_string();
            }
        }
    }
    let mut t: &str = &title;
    // The end, then the start: "Site » Blog Archiv » Post | Site" loses both.
    // The end may span separators ("Post | AOC media - Analyse Opinion
    // Critique"): the shortest end that names the site is cut.
    let separators = || TITLE_SEPARATORS.iter().zip(SEPARATOR_FINDERS.iter());
    let mut cuts: Vec<(usize, usize)> = separators()
        .flat_map(|(s, f)| {
            let len = s.len();
            f.find_iter(t.as_bytes()).map(move |i| (i, len))
        })
        .collect();
    cuts.sort_unstable_by(|a, b| b.cmp(a));
    if let Some(&(at, _)) = cuts
        .iter()
        .find(|&&(at, len)| at > 0 && names_the_site(&t[at + len..], site, host.as_deref()))
    {
        t = &t[..at];
    }
    if let Some((at, sep)) = separators()
        .filter_map(|(s, f)| f.find(t.as_bytes()).map(|i| (i, *s)))
        .min()
    {
        if names_the_site(&t[..at], site, host.as_deref()) && !t[at + sep.len()..].trim().is_empty() {
            t = &t[at + sep.len()..];
        }
    }
    // The archive label of WordPress's default theme and the site's name
    // before it ("Site » Blog Archive » Post", "Blog Archiv » Post").
    for (sep, finder) in separators() {
        // A title without the separator is one part: no label to cut before.
        if finder.find(t.as_bytes()).is_none() {
            continue;
        }
        let parts: Vec<&str> = t.split(sep).collect();
        let label = parts
            .iter()
            .position(|p| ARCHIVE_LABELS.iter().any(|l| l.eq_ignore_ascii_case(p.trim())));
        if let Some(k) = label.filter(|&k| k <= 1 && k + 1 < parts.len()) {
            let cut: usize = parts[..=k].iter().map(|p| p.len() + sep.len()).sum();
            if !t[cut..].trim().is_empty() {
                t = &t[cut..];
                break;
            }
        }
    }
    t.trim().to_string()
}

/// The label WordPress's default theme puts between the site's name and a
/// post's in the page title, in English and German.
const ARCHIVE_LABELS: &[&str] = &["Blog Archive", "Blog Archiv", "Blog-Archiv"];

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        page_meta(&Html::parse_document(html))
    }

    #[test]
    fn separator_finders_match_as_str_search_does() {
        for title in [
            "Post - - - Site",
            "A :: : B : C",
            "Vienna – a city | Blog » Archiv » Post · Site • Feed",
            "no separator here",
            "Ümlaut — Straße / Weg › Seite",
        ] {
            for (sep, finder) in TITLE_SEPARATORS.iter().zip(SEPARATOR_FINDERS.iter()) {
                let want: Vec<usize> = title.match_indices(sep).map(|(i, _)| i).collect();
                let got: Vec<usize> = finder.find_iter(title.as_bytes()).collect();
                assert_eq!(got, want, "{title:?} {sep:?}");
                assert_eq!(finder.find(title.as_bytes()), title.find(sep), "{title:?} {sep:?}");
            }
        }
    }

    #[test]
    fn date_roles_of_class_and_id_words() {
        let role = |tag: &str| {
            let doc = Html::parse_fragment(tag);
            let el = doc
                .tree
                .nodes()
                .filter_map(|n| n.value().as_element().cloned())
                .find(|e| e.name() == "span")
                .expect("a span");
            date_role(&el)
        };
        for (tag, want) in [
            (r#"<span class="post-Date">"#, Some(DateRole::Named)),
            (r#"<span id="articleDatum">"#, Some(DateRole::Named)),
            (r#"<span class="entry-meta fecha">"#, Some(DateRole::Named)),
            (r#"<span class="last-Modified">"#, Some(DateRole::Changed)),
            (r#"<span class="zuletzt-aktualisiert">"#, Some(DateRole::Changed)),
            (r#"<span itemprop="dateModified">"#, Some(DateRole::Changed)),
            // A date word beside `updated` is WordPress's publish date.
            (r#"<span class="entry-date published updated">"#, Some(DateRole::Named)),
            // Counter-examples: a comment's or a footer's date, and words that only hold a date word.
            (r#"<span class="comment-date">"#, None),
            (r#"<span class="footer-meta">"#, None),
            (r#"<span class="candidate updates">"#, None),
            (r#"<span class="metadata-box">"#, None),
        ] {
            assert_eq!(role(tag), want, "{tag}");
        }
    }

    #[test]
    fn a_blog_archive_label_is_not_the_title() {
        for (title, site, want) in [
            (
                "Four Winds » Blog Archive » Small integers in Python",
                None,
                "Small integers in Python",
            ),
            (
                "Blog Archiv » Podcasts einbinden",
                Some("Techblog"),
                "Podcasts einbinden",
            ),
            // Counter-examples: the label as the post's own words, or alone.
            ("Blog Archive Tools for Writers", None, "Blog Archive Tools for Writers"),
            ("Blog Archive", None, "Blog Archive"),
            (
                "How to build a blog archive » Part 2",
                None,
                "How to build a blog archive » Part 2",
            ),
        ] {
            assert_eq!(bare_title(title, site, None, None), want, "{title}");
        }
    }

    #[test]
    fn escaped_twice_references_are_decoded() {
        for (raw, want) in [
            ("Harry and Meghan&#39;s interview", "Harry and Meghan's interview"),
            ("&#8222;Sturm der Liebe&#8220;", "„Sturm der Liebe“"),
            ("Luboku, &#x2018;Pale Blue Dot&#x2019;", "Luboku, ‘Pale Blue Dot’"),
            ("Fish &amp; Chips", "Fish & Chips"),
            ("Redacci&oacute;n", "Redacción"),
            ("r&eacute;gimen de excepci&oacute;n", "régimen de excepción"),
            ("&laquo;Gute L&ouml;hne&raquo;", "«Gute Löhne»"),
            // Not references: left as written.
            ("AT&T and P&G", "AT&T and P&G"),
            ("R&D; costs", "R&D; costs"),
            ("&notaname; &x1;", "&notaname; &x1;"),
            ("&#xZZ; &#99999999;", "&#xZZ; &#99999999;"),
            ("ends with &", "ends with &"),
        ] {
            assert_eq!(unescape(raw), want, "{raw}");
        }
    }

    #[test]
    fn a_title_loses_the_site_name_and_keeps_the_rest() {
        let url = Some("https://www.bergsteigen.com/news/camp");
        for (title, site, h1, want) in [
            // The h1 as the title's first or last part.
            (
                "Der Lange und die alte Dame | Hertha BSC Blog",
                None,
                Some("Der Lange und die alte Dame"),
                "Der Lange und die alte Dame",
            ),
            (
                "kein App Store mehr ? | iPhone | Forum | MacTechNews.de",
                None,
                Some("kein App Store mehr ?"),
                "kein App Store mehr ?",
            ),
            (
                "Time 4 talks » Blog Archiv » Weitere Digitalisierung",
                None,
                Some("Weitere Digitalisierung"),
                "Weitere Digitalisierung",
            ),
            (
                "CUP-VORSCHAU - Handball Schweiz",
                None,
                Some("Cup-Vorschau"),
                "CUP-VORSCHAU",
            ),
            // The site's name, from og:site_name or the host.
            (
                "Lieblingslabel: Faire Swimwear - Heavenlynn Healthy",
                Some("Heavenlynn Healthy"),
                None,
                "Lieblingslabel: Faire Swimwear",
            ),
            (
                "Skibergsteigen: Schnell und leicht | Bergsteigen.com",
                None,
                None,
                "Skibergsteigen: Schnell und leicht",
            ),
            ("Bergsteigen.com - Skibergsteigen", None, None, "Skibergsteigen"),
            (
                "Pour la retraite | AOC media - Analyse Opinion Critique",
                Some("AOC media - Analyse Opinion Critique"),
                None,
                "Pour la retraite",
            ),
            ("Muffin Grundrezept : Bergsteigen", None, None, "Muffin Grundrezept"),
            (
                "Lockdown: Gottesdienste › Bergsteigen.com",
                None,
                None,
                "Lockdown: Gottesdienste",
            ),
            // Counter-examples: no part names the site, or the h1 is only a part of a part.
            (
                "Rust - A language empowering everyone",
                None,
                None,
                "Rust - A language empowering everyone",
            ),
            (
                "SONNENENERGIE: Der WindRebell",
                None,
                Some("Der WindRebell"),
                "SONNENENERGIE: Der WindRebell",
            ),
            (
                "Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de",
                None,
                Some("Eignet sich eine Wärmepumpe im Altbau?"),
                "Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de",
            ),
            ("Bergsteigen", None, None, "Bergsteigen"),
            ("Deal done", Some("The Daily"), Some("Deal done"), "Deal done"),
        ] {
            assert_eq!(bare_title(title, site, url, h1), want, "{title}");
        }
    }

    #[test]
    fn the_page_title_is_cut_at_its_h1() {
        let m = meta(
            r#"<title>Der Lange und die alte Dame | Hertha BSC Blog</title><meta property="og:site_name" content="Blog"><h1> Der Lange und die  alte Dame</h1>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Der Lange und die alte Dame"));
        let m = meta(
            r#"<meta property="og:title" content="Meghan&amp;#39;s interview - The Daily"><meta property="og:site_name" content="The Daily">"#,
        );
        assert_eq!(m.title.as_deref(), Some("Meghan's interview"));
        // A menu's h1 first: the next one is the title's.
        let m = meta(
            r#"<title>www.bundespraesident.de: Der Bundespräsident / Reden / Rede von Johannes Rau</title><h1>Navigation und Service</h1><h1><span>Rede von Johannes Rau</span></h1>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Rede von Johannes Rau"));
        // The h1 of a logo names the site: the title loses the site's name instead.
        let m = meta(
            r#"<link rel="canonical" href="https://disfunctions.de/t/plex/"><title>Disfunctions.de » Podcasts in Plex einbinden</title><h1><a href="/">Disfunctions.de</a></h1>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Podcasts in Plex einbinden"));
        // No h1 stands as a part: the title stays whole.
        let m = meta(r#"<title>Rust - A language</title><h1>Rust lang</h1><h1>Menu</h1>"#);
        assert_eq!(m.title.as_deref(), Some("Rust - A language"));
    }

    #[test]
    fn an_image_value_gives_its_first_url() {
        for (value, want) in [
            (
                "https://a.example/1.jpghttps://a.example/2.jpg",
                "https://a.example/1.jpg",
            ),
            (
                "http://b.example/x.png http://b.example/y.png",
                "http://b.example/x.png",
            ),
            // Counter-examples: one URL, a proxy's or archive's URL holding another.
            ("https://a.example/1.jpg", "https://a.example/1.jpg"),
            (
                "https://img.example/resize?src=https://a.example/1.jpg",
                "https://img.example/resize?src=https://a.example/1.jpg",
            ),
            (
                "https://web.archive.org/web/2014/http://a.example/1.jpg",
                "https://web.archive.org/web/2014/http://a.example/1.jpg",
            ),
            ("/img/1.jpg", "/img/1.jpg"),
        ] {
            assert_eq!(first_url(value), want, "{value}");
        }
    }

    #[test]
    fn the_only_h1_is_the_headline() {
        let title = |html: &str| meta(html).title;
        for (html, want) in [
            // The page's only h1 wins over the metadata's wording.
            (
                r#"<title>Kanzlei Berger</title><h1>Herzlich willkommen!</h1>"#,
                "Herzlich willkommen!",
            ),
            (
                r#"<meta property="og:title" content="Trail - 20 Tage Lauf-Challenge - Jana Lind - Blog"><h1>Trail – 20 Tage Lauf-Challenge</h1>"#,
                "Trail – 20 Tage Lauf-Challenge",
            ),
            (
                r#"<meta property="og:title" content="Pressemitteilung: Mehr Tempo beim Netzausbau"><h1><span>Mehr Tempo beim Netzausbau</span></h1>"#,
                "Mehr Tempo beim Netzausbau",
            ),
            // A post title linking to its own page is still the headline.
            (
                r#"<title>Blog</title><h1><a href="https://blog.example.org/2021/03/reise-nach-oslo/">Reise nach Oslo</a></h1>"#,
                "Reise nach Oslo",
            ),
            // Counter-examples: a logo linking home, the site's name, a kicker before
            // the title, no letters, several h1s.
            (
                r#"<title>Ein Tag am Meer | Wellenblog</title><h1><a href="https://wellenblog.example.de/">Wellenblog</a></h1>"#,
                "Ein Tag am Meer",
            ),
            (
                r#"<title>Ein Tag am Meer</title><h1><a href="../index.html">Strandnotizen</a></h1>"#,
                "Ein Tag am Meer",
            ),
            (
                r#"<link rel="canonical" href="https://www.harbourtimes.com/a/1"><title>Ferry fares rise - Harbour Times</title><h1>HARBOUR TIMES</h1>"#,
                "Ferry fares rise",
            ),
            (
                r#"<meta property="og:title" content="Ferry fares rise again"><h1>Transport | Ferry fares rise again</h1>"#,
                "Ferry fares rise again",
            ),
            (r#"<title>Tach zusammen</title><h1>...</h1>"#, "Tach zusammen"),
            (
                r#"<title>Ferry fares rise</title><h1>Menu</h1><h1>Fares to rise</h1>"#,
                "Ferry fares rise",
            ),
        ] {
            assert_eq!(title(html).as_deref(), Some(want), "{html}");
        }
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
        assert_eq!(m.published.as_deref(), Some("2026-04-27"));
        assert_eq!(m.dates.len(), 2, "{:?}", m.dates);
        assert_eq!(m.published_from, Some(MetaOrigin::HtmlJsonLd));
        assert_eq!(m.modified.as_deref(), Some("2026-04-28"));
        assert_eq!(m.title.as_deref(), Some("Deal done"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee, Bo Chan"));
        // An author given by reference to a person of the graph; an
        // organization's id is not a person, and an unknown id gives nothing.
        for (author, want) in [
            (r#"{"@id":"https://x.example/#/person/7"}"#, Some("Ines Vogt")),
            (
                r#"[{"@id":"https://x.example/#/person/7"},{"name":"Bo Chan"}]"#,
                Some("Ines Vogt, Bo Chan"),
            ),
            (r#"{"@id":"https://x.example/#organization"}"#, None),
            (r#"{"@id":"https://x.example/#/person/8"}"#, None),
        ] {
            let m = meta(&format!(
                r#"<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
                  {{"@type":"BlogPosting","headline":"H","author":{author}}},
                  {{"@type":"Organization","@id":"https://x.example/#organization","name":"X Media"}},
                  {{"@type":["Person"],"@id":"https://x.example/#/person/7","name":"Ines Vogt"}}]}}</script>"#
            ));
            assert_eq!(m.author.as_deref(), want, "{author}");
        }
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
        let m = super::super::html::extract(
            r#"<p><time datetime="2025-01-01">x</time><time datetime="2026-03-05" pubdate>y</time></p>"#,
        )
        .meta;
        assert_eq!(
            (m.published.as_deref(), m.published_from),
            (Some("2026-03-05"), Some(MetaOrigin::HtmlTime))
        );
        // A `<time>` marked as the last change, or after "Updated", is not the publish date.
        for (html, want) in [
            (
                r#"<p>By Ann · Updated <time datetime="2019-11-13T15:28">Nov 13</time></p><p><time datetime="2019-11-08">Nov 8</time></p>"#,
                Some("2019-11-08"),
            ),
            (
                r#"<p><time class="entry-updated updated" itemprop="dateUpdated" datetime="2018-11-12">x</time></p>"#,
                None,
            ),
            (
                r#"<p><time itemprop="dateModified" datetime="2021-10-28">x</time> <time datetime="2021-10-27">y</time></p>"#,
                Some("2021-10-27"),
            ),
            (
                r#"<p>Aktualisiert: 3.2.2022 · Erschienen <time datetime="2022-01-30">30.1.2022</time></p>"#,
                Some("2022-01-30"),
            ),
            // `dateCreated` microdata is the markup's twin of `datePublished`, not the reader's `<time>`.
            (
                r#"<div style="display:none"><time itemprop="dateCreated" datetime="2023-05-09T21:10:00+02:00">x</time></div>"#,
                None,
            ),
            (
                r#"<p><time itemprop="dateCreated datePublished" datetime="2019-02-14">14.2.2019</time></p>"#,
                Some("2019-02-14"),
            ),
            (
                r#"<p><time itemprop="dateCreated" datetime="2019-02-14">x</time> <time datetime="2019-02-15">y</time></p>"#,
                Some("2019-02-15"),
            ),
        ] {
            let m = super::super::html::extract(html).meta;
            assert_eq!(m.published.as_deref(), want, "{html}");
        }
        // The URL's date is weighed by the caller, with the URL the user gives.
        let m = meta(r#"<link rel="canonical" href="https://ex.com/news/2026/04/27/deal-done/"><p>x</p>"#);
        assert_eq!((m.published.as_deref(), m.published_from), (None, None));
        assert_eq!(m.url.as_deref(), Some("https://ex.com/news/2026/04/27/deal-done/"));
    }

    #[test]
    fn a_wiki_pages_date_is_its_last_edit() {
        for (html, want) in [
            (
                r#"<p>The club meets next on 4 March 2021.</p><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 February 2021, at 09:41.</li></ul>"#,
                Some("2021-02-12"),
            ),
            (
                r#"<ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 7. Juli 2019 um 18:05 Uhr bearbeitet.</li></ul>"#,
                Some("2019-07-07"),
            ),
            // Another footer line, or a last edit without a full date, gives none.
            (
                r#"<ul><li id="footer-info-copyright">Content is available under CC BY-SA 3.0 (2019).</li></ul>"#,
                None,
            ),
            (
                r#"<ul><li id="footer-info-lastmod">Zuletzt bearbeitet vor 3 Tagen.</li></ul>"#,
                None,
            ),
        ] {
            let m = meta(html);
            assert_eq!(m.wiki_edited.map(|d| d.to_string()).as_deref(), want, "{html}");
        }
    }

    #[test]
    fn a_date_standing_as_a_part_of_the_title() {
        let b = pubdate::Bounds {
            earliest: Date::constant(1993, 1, 1),
            latest: Date::constant(2026, 12, 5),
        };
        for (title, want) in [
            ("Berlin plans a new line | City | 19.01.2020", Some("2020-01-19")),
            ("Rain at last : 31.10.2023, 10.19 Uhr", Some("2023-10-31")),
            ("Les soldes d'hiver – 8 janvier 2021 – Le Journal", Some("2021-01-08")),
            ("Harbour works resume - March 3, 2022", Some("2022-03-03")),
            // A date inside the headline's words, a range of years, a future date, no date.
            ("Minutes of the board meeting of 10 October 2019 – Club", None),
            ("Report of 22.04.2020 – Site", None),
            ("22.04.2020 – Site", None),
            ("Timeline 1999-2004 | Archive", None),
            ("Festival | 12.08.2031", None),
            ("Ferry timetable | Port of Kiel", None),
            ("Catalogue | 12.03.2021 to 19.03.2021", None),
        ] {
            assert_eq!(
                title_part_date(title, b).map(|d| d.to_string()).as_deref(),
                want,
                "{title}"
            );
        }
        let m = meta("<title>Berlin plans a new line | City | 19.01.2020</title><p>x</p>");
        assert_eq!(m.title_date.map(|d| d.to_string()).as_deref(), Some("2020-01-19"));
    }

    #[test]
    fn a_section_is_a_name_not_a_summary() {
        for (value, want) in [
            ("Kultur", true),
            ("Tech / Hardware", true),
            ("Opinion", true),
            (
                "Der dreimalige Olympiasieger Eric Frenzel und sein Teamkollege sind positiv getestet worden.",
                false,
            ),
            ("Zwei Fälle. Mehr dazu", false),
            ("Sport", true),
        ] {
            assert_eq!(is_section_name(value), want, "{value}");
        }
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","articleSection":"Ein Satz, der eine Zusammenfassung ist und viel zu lang."}</script>"#,
        );
        assert_eq!(m.section, None);
    }

    #[test]
    fn author_values_that_are_no_names_are_passed_over() {
        for (value, want) in [
            ("Barbara Stiegler", true),
            ("ET Online", true),
            ("https://www.facebook.com/analyse.opinion.critique/", false),
            ("publisher", false),
            ("Admin", false),
            ("", false),
        ] {
            assert_eq!(names_a_person(value), want, "{value}");
        }
        let m = meta(
            r#"<meta name="author" content="publisher"><meta property="article:author" content="https://www.facebook.com/x/"><p class="byline">Par <a href="/a">Barbara Stiegler</a></p>"#,
        );
        assert_eq!(m.author.as_deref(), Some("Barbara Stiegler"));
    }

    #[test]
    fn user_names_only_where_the_markup_names_the_author() {
        for (text, want) in [
            ("gizzmo", true),
            ("fri.juli", true),
            ("happyface313", true),
            ("admin", false),
            ("wpadmin", false),
            ("2019", false),
            ("www.site.de", false),
            ("mail@site.de", false),
            ("von der Redaktion", false),
        ] {
            assert_eq!(user_name(text).is_some(), want, "{text}");
        }
        let m = meta(r#"<span class="byline"><a rel="author" href="/u/g1">gizzmo</a></span>"#);
        assert_eq!(m.author.as_deref(), Some("gizzmo"));
        // A class alone is not enough for a lower-case word.
        let m = meta(r#"<span class="post-author">redaktion</span>"#);
        assert_eq!(m.author, None);
    }

    #[test]
    fn visible_bylines_give_the_author_when_markup_does_not() {
        for (text, want) in [
            ("By Ann Lee", Some("Ann Lee")),
            ("Von: Björn Jahner | 31.10.23", Some("Björn Jahner")),
            ("Par Marie Dupont", Some("Marie Dupont")),
            ("Eva Muster", Some("Eva Muster")),
            ("Posted on Jan 13, 2020", None),
            ("Posted by Walter von Aachen", Some("Walter von Aachen")),
            ("Posted", None),
            ("Geschrieben von Anna Roth", Some("Anna Roth")),
            ("Postman Pat", Some("Postman Pat")),
            (
                "About the author: Ann has written for the paper since she left school",
                None,
            ),
            ("von der Redaktion", None),
            ("", None),
            // An author archive's link.
            ("View all posts by Kim Park", Some("Kim Park")),
            ("Alle Beiträge von Lena Vogt anzeigen", Some("Lena Vogt")),
            ("Voir tous les articles de Luc Martin", Some("Luc Martin")),
            ("View all posts by admin", None),
            // Labels: a by word alone, a form's field, a commenter's "says:".
            ("By", None),
            ("Artikel von:", None),
            ("Name *", None),
            ("Jonas sagt:", None),
        ] {
            assert_eq!(byline_name(text).as_deref(), want, "{text}");
        }
        // A comment's author and a comment form's field are not the article's.
        let m = meta(
            r#"<div class="comment-author vcard"><b>Mia Roth</b></div><p class="comment-form-author"><label>Name</label></p>"#,
        );
        assert_eq!(m.author, None);
        let m = meta(r#"<span class="post-author">Von Jan Hofer</span><div class="comment-author">Mia Roth</div>"#);
        assert_eq!(m.author.as_deref(), Some("Jan Hofer"));
        // A commenter's name inside the comment section, whatever its own element's class.
        let m = meta(r#"<ol id="comments"><li><cite class="author vcard">Ole Berg</cite> sagt:</li></ol>"#);
        assert_eq!(m.author, None);
        let m = meta(
            r#"<div class="entry-meta"><span class="author vcard">Tove Lind</span></div><section class="comments-area"><span class="author">Ole Berg</span></section>"#,
        );
        assert_eq!(m.author.as_deref(), Some("Tove Lind"));
        let m = meta(r#"<p class="byline">Von <a rel="author" href="/a">Björn Jahner</a> · 31.10.23</p>"#);
        assert_eq!(m.author.as_deref(), Some("Björn Jahner"));
        let m = meta(r#"<meta name="author" content="Eva Muster"><span class="author">By Ann Lee</span>"#);
        assert_eq!(m.author.as_deref(), Some("Eva Muster"));
        let m = meta(
            r#"<div class="author-box">Ann Lee has written about cities for twenty years and lives in Lyon.</div>"#,
        );
        assert_eq!(m.author, None);
    }

    #[test]
    fn generic_date_keys_rank_last() {
        let m = meta(
            r#"<meta name="date" content="2022-01-21"><time itemprop="datePublished" datetime="2022-01-27">27.01.2022</time>"#,
        );
        assert_eq!(
            (m.published.as_deref(), m.generic_meta_date),
            (Some("2022-01-27"), false)
        );
        let m =
            meta(r#"<meta name="DCTERMS.date" content="2022-01-21"><meta name="citation_date" content="2022-01-20">"#);
        assert_eq!(
            (m.published.as_deref(), m.generic_meta_date),
            (Some("2022-01-20"), false)
        );
        let m = meta(r#"<meta name="date" content="2020-02-12">"#);
        assert_eq!(
            (m.published.as_deref(), m.generic_meta_date),
            (Some("2020-02-12"), true)
        );
        let m = meta(
            r#"<meta property="article:published_time" content="2020-02-05"><meta name="date" content="2020-02-12">"#,
        );
        assert_eq!(
            (m.published.as_deref(), m.generic_meta_date),
            (Some("2020-02-05"), false)
        );
    }

    #[test]
    fn loose_markup_dates_and_non_dates() {
        for (html, want) in [
            (
                r#"<meta property="og:article:published_time" content="Mon Oct 11 14:57:21 CEST 2021">"#,
                Some("2021-10-11"),
            ),
            (
                r#"<meta name="DCTERMS.issued" content="19.11.2021">"#,
                Some("2021-11-19"),
            ),
            (
                r#"<span itemprop="datePublished">3. Februar 2022</span>"#,
                Some("2022-02-03"),
            ),
            (r#"<meta name="pubdate" content="2020-13-45">"#, None),
            (r#"<meta name="pubdate" content="0000-00-00">"#, None),
            (r#"<meta name="pubdate" content="2090-01-01">"#, None),
            (r#"<meta name="pubdate" content="1970-01-01T00:00:00Z">"#, None),
        ] {
            assert_eq!(meta(html).published.as_deref(), want, "{html}");
        }
    }

    #[test]
    fn visible_dates_in_elements_named_for_them() {
        for (html, want) in [
            (
                r#"<div class="post-date">Posted on 5 mai 2021</div>"#,
                Some("2021-05-05"),
            ),
            (r#"<span id="datum">19.11.2021</span>"#, Some("2021-11-19")),
            (r#"<p class="entry-meta">By Ann · Jan 13, 2020</p>"#, Some("2020-01-13")),
            (r#"<div class="uploaded-date">23.09.22</div>"#, Some("2022-09-23")),
            (
                r#"<div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>"#,
                Some("2017-07-24"),
            ),
            (r#"<span class="comment-date">Jan 13, 2020</span>"#, None),
            (r#"<span class="date">Aktualisiert am 19.11.2021</span>"#, None),
            (r#"<span class="price">19.11.2021</span>"#, None),
            // Marked as the last change: by class alone, by schema.org's property, in a named parent.
            (
                r#"<div class="post-info"><time class="entry-modified" datetime="2020-03-02">2. März 2020</time></div>"#,
                None,
            ),
            (
                r#"<p class="byline">Ann Lee · <span itemprop="dateModified">Feb 4, 2019</span></p>"#,
                None,
            ),
            (
                r#"<p class="meta">Publicado el 3 de mayo de 2021 <span class="updated-at">7 de mayo de 2021</span></p>"#,
                Some("2021-05-03"),
            ),
            // hAtom's `updated` beside a date word is WordPress's publish date.
            (
                r#"<div class="postmeta updated"><span class="postday">26</span> Okt 2018 – 26/10/2018</div>"#,
                Some("2018-10-26"),
            ),
            // In a teaser list or a menu: another page's date.
            (
                r#"<div class="default-teaser"><span class="default-teaser__date">01. Juli 2020</span></div>"#,
                None,
            ),
            (
                r#"<li class="menu-item"><span class="newsitem-time">29.11.2022</span></li>"#,
                None,
            ),
            // The page's own classes ("one-sidebar") say nothing about where the date stands.
            (
                r#"<body class="not-front one-sidebar"><div class="submitted">Submitted by Ann on 24. Juli 2017</div></body>"#,
                Some("2017-07-24"),
            ),
        ] {
            let page = super::super::html::extract(html);
            assert_eq!(
                page.text_dates.element.map(|d| d.to_string()).as_deref(),
                want,
                "{html}"
            );
        }
    }

    #[test]
    fn dates_in_a_pages_own_script_data() {
        for (html, want) in [
            (
                r#"<script>var meta = {"product":{"published_at":"2019-03-02T06:22:28+01:00"}};</script>"#,
                Some("2019-03-02"),
            ),
            (
                r#"<script>window.data = { "publishData" : { "publication_time" : "2023-11-07T07:30+01:00" } }</script>"#,
                Some("2023-11-07"),
            ),
            (
                r#"<script>{"datePublished": "12/24/2021"}</script>"#,
                Some("2021-12-24"),
            ),
            // Another key, or no date under the key.
            (r#"<script>{"updated_at":"2019-03-02T06:22:28"}</script>"#, None),
            (r#"<script>{"published_at":"soon, in a week"}</script>"#, None),
        ] {
            let m = meta(html);
            assert_eq!(m.published.as_deref(), want, "{html}");
            if want.is_some() {
                assert_eq!(m.published_from, Some(MetaOrigin::HtmlScript));
            }
        }
    }

    #[test]
    fn url_dates() {
        let d = Date::new(2026, 4, 27).ok();
        assert_eq!(url_date("https://a.com/2026/04/27/x"), d);
        assert_eq!(url_date("https://a.com/x/2026-4-27/"), d);
        assert_eq!(url_date("https://a.com/20260427/x.html"), d);
        assert_eq!(url_date("https://a.com/2026/13/27/x"), None);
        assert_eq!(url_date("https://a.com/article/123456789"), None);
        assert_eq!(url_date("https://a.org/meldungen/27-04-2026"), d);
        assert_eq!(url_date("https://a.org/news/27.4.2026/x"), d);
        assert_eq!(url_date("https://a.org/p/12-34-2026"), None);
        assert_eq!(url_date("https://a.org/p/27-04.2026"), None);
        assert_eq!(url_date("https://a.org/p/item-27-04-20265"), None);
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
    fn broken_json_ld_still_gives_its_date() {
        let m =
            meta(r#"<script type="application/ld+json">{"datePublished": "2026-01-01",</script><title> A  B </title>"#);
        assert_eq!(m.published.as_deref(), Some("2026-01-01"));
        let undated = meta(r#"<script type="application/ld+json">{"headline": "x",</script>"#);
        assert_eq!(undated.published, None);
        assert_eq!(m.title.as_deref(), Some("A B"));
    }
}
