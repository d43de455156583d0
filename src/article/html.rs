//! HTML pages: declared charset, and the main text (one block per line).
//!
//! How the main text is found, in three steps over the parsed page (all
//! iterative: a page of a million nested `<div>`s neither overflows the stack
//! nor goes quadratic):
//!
//! 1. **Blocks.** One walk over the tree cuts the text into blocks at every
//!    element that is not inline (`p`, `div`, `li`, `h2`, `td`, `br`, ...),
//!    with white space collapsed, and records per block its length, how much
//!    of it is link text, its kind, and the depth of the innermost enclosing
//!    element that looks like boilerplate (`nav`, `aside`, `footer`, a class
//!    or id such as `related`, `share`, `newsletter`, `ad`; a role such as
//!    `complementary`). Scripts, styles, forms' controls and hidden elements
//!    are skipped.
//! 2. **Container.** Each block is *good* (a paragraph: enough words, little
//!    link text) or *bad* (short lines, link lists). Every element gets the
//!    sum of its good and bad text; text under a boilerplate-looking element
//!    counts as bad for that element's ancestors. The element with the highest
//!    `good − λ·bad` (a small bonus for `articleBody`-like hints) holds the
//!    article.
//! 3. **Output.** The container's blocks, minus nested boilerplate, link
//!    lists, the headline (`h1`), stock lines ("Advertisement") and the
//!    short lines before the first and after the last paragraph (bylines,
//!    share bars, tags).
//!
//! | page | text |
//! |---|---|
//! | `<nav>Home</nav><article><h1>T</h1><p>Amazon will invest…</p><div class=related>…</div></article>` | `Amazon will invest…` |
//! | `<div class=story-body><p>One…</p><h2>Why</h2><p>Two…</p></div><aside>Most read…</aside>` | `One…\nWhy\nTwo…` |

use std::sync::LazyLock;

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use regex::bytes::Regex as BytesRegex;
use scraper::{Html, Node};

pub use super::pagemeta::PageMeta;

/// The text and metadata of a page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub meta: PageMeta,
    /// Where each line of `text` comes from: the XPath of its element in the
    /// parsed page (`/html[1]/body[1]/article[1]/p[2]`), line `i` to `paths[i]`.
    pub paths: Vec<String>,
    /// Dates of the visible text, for the publish date when markup gives none.
    pub text_dates: TextDates,
}

/// Publish-date candidates read from the page's visible text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextDates {
    /// After a publish cue ("Veröffentlicht am 3. Februar 2022") before or in the article.
    pub cued: Option<jiff::civil::Date>,
    /// The first date of a short line just before or at the start of the article (a byline or dateline).
    pub byline: Option<jiff::civil::Date>,
    /// The earliest date written in the article's text.
    pub earliest: Option<jiff::civil::Date>,
    /// A date opening the article's first block (a dateline).
    pub dateline: Option<jiff::civil::Date>,
    /// The `<time datetime>` nearest the article (one marked `pubdate` first),
    /// outside teaser lists, comments and menus.
    pub time: Option<jiff::civil::Date>,
    /// The date of the element named for a date (`class="post-date"`) nearest
    /// the article, outside teaser lists, comments and menus; not an update's.
    pub element: Option<jiff::civil::Date>,
}

/// An element that may show the publish date.
#[derive(Debug, Clone)]
struct DateMark {
    node: ego_tree::NodeId,
    /// The block its text starts in.
    block: usize,
    /// Inside a teaser list, comments, a menu or a sidebar.
    listing: bool,
    /// A `<time>`'s `datetime`, and whether it is marked as the publish date.
    time: Option<(String, bool)>,
    /// Its class or id names a date.
    named: bool,
}

/// Whether bytes look like an HTML document rather than plain text.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<?xml") && text.contains("<html")
        || trimmed.starts_with("<!--") && (text.contains("<html") || text.contains("<body"))
}

/// The charset a page declares in its first 1024 bytes (`<meta charset>` or http-equiv).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    static CHARSET: LazyLock<BytesRegex> =
        LazyLock::new(|| BytesRegex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)"#).unwrap());
    let head = &bytes[..bytes.len().min(1024)];
    let label = CHARSET.captures(head)?.get(1)?.as_bytes();
    encoding_rs::Encoding::for_label(label)
}

/// Deepest element nesting parsed as is. The HTML parser checks scopes by
/// walking its stack of open elements, so each start tag costs time in the
/// depth: a page nested deeper than this would take quadratic time. Real
/// pages stay below a few hundred.
pub const MAX_NESTING: usize = 512;

/// Extracts the main text and metadata of a decoded HTML page.
pub fn extract(html: &str) -> Page {
    let flattened;
    let html = if nesting_depth(html) > MAX_NESTING {
        flattened = flatten_deep_nesting(html);
        flattened.as_str()
    } else {
        html
    };
    let doc = Html::parse_document(html);
    let mut meta = super::pagemeta::page_meta(&doc);
    let (text, paths, text_dates) = main_text(&doc, super::pubdate::Bounds::now());
    // The `<time>` comes after the markup's tags and before a script's data.
    if let Some(d) = text_dates.time {
        let at = meta
            .dates
            .iter()
            .position(|(o, _)| *o == super::MetaOrigin::HtmlScript)
            .unwrap_or(meta.dates.len());
        meta.dates.insert(at, (super::MetaOrigin::HtmlTime, d));
        if let Some((origin, date)) = meta.dates.first() {
            meta.published = Some(date.to_string());
            meta.published_from = Some(*origin);
        }
    }
    Page {
        text,
        meta,
        paths,
        text_dates,
    }
}

/// An upper bound of how deep the page's elements nest: start tags minus end
/// tags, scanned with memchr (void and self-closed tags are not subtracted,
/// so the bound is loose; the guard only needs to catch pathological pages).
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0isize, 0isize);
    for i in memchr::memchr_iter(b'<', bytes) {
        match bytes.get(i + 1) {
            Some(b'/') => depth -= 1,
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[i + 1..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |p| i + 1 + p);
                if !is_void(&bytes[i + 1..name_end]) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max.max(0) as usize
}

/// Tags that open no nesting level: void elements, and those the parser
/// closes by itself when the next one starts (`p`, `li`, `td`, ...).
fn is_void(name: &[u8]) -> bool {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track",
        b"wbr", b"p", b"li", b"option", b"td", b"tr", b"th",
    ];
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// The page with every start tag beyond the first [`MAX_NESTING`] open ones
/// (and its end tag) turned into a space: the text stays, the pathological
/// structure goes.
fn flatten_deep_nesting(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    let mut depth = 0usize;
    for i in memchr::memchr_iter(b'<', bytes) {
        if i < last {
            continue;
        }
        let closing = bytes.get(i + 1) == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |p| name_start + p);
        let name = &bytes[name_start..name_end];
        if name.is_empty() || is_void(name) {
            continue;
        }
        if closing {
            if depth > MAX_NESTING {
                // Drop the end tag of a dropped start tag.
                let end = memchr::memchr(b'>', &bytes[i..]).map_or(bytes.len(), |p| i + p + 1);
                out.push_str(&html[last..i]);
                last = end;
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > MAX_NESTING {
                let end = memchr::memchr(b'>', &bytes[i..]).map_or(bytes.len(), |p| i + p + 1);
                out.push_str(&html[last..i]);
                out.push(' ');
                last = end;
            }
        }
    }
    out.push_str(&html[last..]);
    out
}

/// An element's attribute by its name, as [`scraper::node::Element::attr`]
/// gives it, found by a pass over the element's few attributes: scraper's
/// own interns the name as an atom on every call, which cost more than the
/// lookup (a few percent of the HTML stage, called for most elements).
pub(crate) trait PlainAttr {
    fn plain_attr(&self, name: &str) -> Option<&str>;
}

impl PlainAttr for scraper::node::Element {
    fn plain_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(q, _)| q.prefix.is_none() && q.ns.is_empty() && &*q.local == name)
            .map(|(_, v)| &**v)
    }
}

/// What a tag means for text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TagClass {
    /// Never text: scripts, styles, controls, embedded media, `<head>`.
    Skip,
    /// Text flows through it (`a`, `span`, `b`, ...).
    Inline,
    /// Starts and ends a block.
    Block,
}

fn tag_class(name: &str) -> TagClass {
    match name {
        "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "head" | "title" | "button" | "select"
        | "option" | "textarea" | "input" | "object" | "embed" | "canvas" | "video" | "audio" | "map" | "math"
        | "link" | "meta" | "picture" | "source" => TagClass::Skip,
        "a" | "abbr" | "b" | "bdi" | "bdo" | "cite" | "code" | "data" | "dfn" | "em" | "font" | "i" | "kbd"
        | "mark" | "q" | "rp" | "rt" | "ruby" | "s" | "samp" | "small" | "span" | "strong" | "sub" | "sup" | "time"
        | "u" | "var" | "wbr" | "label" | "del" | "ins" | "big" | "tt" | "strike" | "nobr" | "img" => TagClass::Inline,
        _ => TagClass::Block,
    }
}

/// The kind of a block, from its nearest block element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Paragraph,
    Headline,
    Heading,
    ListItem,
    Quote,
    Cell,
    Other,
}

fn block_kind(name: &str) -> BlockKind {
    match name {
        "p" | "pre" => BlockKind::Paragraph,
        "h1" => BlockKind::Headline,
        "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "td" | "th" => BlockKind::Cell,
        _ => BlockKind::Other,
    }
}

/// Tags whose content is page furniture, not article text.
fn is_boilerplate_tag(name: &str) -> bool {
    matches!(
        name,
        "nav" | "footer" | "aside" | "header" | "form" | "figcaption" | "menu" | "dialog" | "fieldset"
    )
}

/// Class / id words that mark page furniture (whole words of the class or id,
/// split at `-`, `_`, space and case changes).
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "credit",
    "credits",
    "disqus",
    "dateline",
    "footer",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "paywall",
    "popular",
    "popup",
    "promo",
    "promotion",
    "recommended",
    "recommendations",
    "related",
    "share",
    "sharing",
    "sharebar",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "trending",
    "widget",
    "author",
    "timestamp",
    "meta",
    "print",
    "skip",
    "hidden",
    "teaser",
    "more",
    "rail",
    "dfp",
    "gpt",
];

/// Class / id fragments that mark the article body (ASCII case-insensitive
/// substrings of the class or id).
const BODY_HINTS: &[&str] = &[
    "article",
    "storybody",
    "story-body",
    "story_body",
    "storycontent",
    "story-content",
    "storytext",
    "story-text",
    "postcontent",
    "post-content",
    "post_content",
    "postbody",
    "post-body",
    "entrycontent",
    "entry-content",
    "entry_content",
    "entrybody",
    "entry-body",
    "contentbody",
    "content-body",
    "bodytext",
    "body-text",
    "body_text",
    "maincontent",
    "main-content",
    "main_content",
    "richtext",
    "rich-text",
    "rich_text",
];

fn body_hint_automaton() -> &'static aho_corasick::AhoCorasick {
    static AC: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(BODY_HINTS)
            .expect("static patterns")
    });
    &AC
}

/// Calls `f` with each word of a class or id (split at non-alphanumerics and
/// lower→upper case changes) until it returns true; says whether it did.
fn any_hint_word<'a>(value: &'a str, mut f: impl FnMut(&'a str) -> bool) -> bool {
    let bytes = value.as_bytes();
    let mut start = None;
    for i in 0..=bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(b' ');
        let alnum = b.is_ascii_alphanumeric();
        let case_break = alnum && b.is_ascii_uppercase() && i > 0 && bytes[i - 1].is_ascii_lowercase();
        if let Some(s) = start {
            if !alnum || case_break {
                if f(&value[s..i]) {
                    return true;
                }
                start = None;
            }
        }
        if alnum && start.is_none() {
            start = Some(i);
        }
    }
    false
}

/// Calls `f` with each word of a class or id (as [`any_hint_word`] splits them).
pub(crate) fn for_each_hint_word(value: &str, mut f: impl FnMut(&str)) {
    any_hint_word(value, |w| {
        f(w);
        false
    });
}

/// Words of a class or id, lower-cased (for tests and debugging).
#[cfg(test)]
fn hint_words(value: &str, out: &mut Vec<String>) {
    any_hint_word(value, |w| {
        out.push(w.to_ascii_lowercase());
        false
    });
}

/// Words before `hidden` naming a part of the element that is hidden (Drupal's
/// `field-label-hidden` is on every body field whose label is not shown).
const HIDDEN_PARTS: &[&str] = &["label", "labels", "title", "heading", "caption", "icon"];
/// Words after `hidden` naming the screens it is hidden on (`hidden-xs`,
/// `hidden-mobile`): the others show it.
const HIDDEN_SCREENS: &[&str] = &[
    "xs", "sm", "md", "lg", "xl", "mobile", "tablet", "desktop", "phone", "print", "small", "medium", "large",
];

/// Whether a class or id names page furniture: a word of [`BOILERPLATE_WORDS`]
/// in one of its names, unless that word is `hidden` and the name hides only
/// a part of the element or hides it on some screens only ([`HIDDEN_PARTS`],
/// [`HIDDEN_SCREENS`]). ("has-ads", "with-sidebar" as layout modifiers were
/// tried too: no gain on the tuning pages' half A.)
///
/// | class | furniture |
/// |---|---|
/// | `related-stories`, `ad-slot`, `is-hidden`, `sidebar`, `teaser hidden-mobile` | yes |
/// | `field field-label-hidden`, `hidden-xs`, `col hidden-mobile` | no |
fn names_furniture(value: &str) -> bool {
    let in_list = |list: &[&str], w: Option<&&str>| w.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)));
    value.split_whitespace().any(|name| {
        let mut words = Vec::new();
        any_hint_word(name, |w| {
            words.push(w);
            false
        });
        (0..words.len()).any(|i| {
            let prev = i.checked_sub(1).and_then(|j| words.get(j));
            let next = words.get(i + 1);
            is_boilerplate_word(words[i])
                && !(words[i].eq_ignore_ascii_case("hidden")
                    && (in_list(HIDDEN_PARTS, prev) || in_list(HIDDEN_SCREENS, next)))
        })
    })
}

fn is_boilerplate_word(word: &str) -> bool {
    hint_word_kinds(word) & HINT_FURNITURE != 0
}

/// Kinds of a class or id word ([`hint_word_kinds`]), as bits.
const HINT_FURNITURE: u8 = 1;
const HINT_EMBED: u8 = 2;
const HINT_CAPTION: u8 = 4;
const HINT_LISTING: u8 = 8;
/// Longest word looked up (longer ones are none of the lists').
const HINT_WORD_MAX: usize = 16;

/// "related" written as one word with what it relates, which the split at
/// case changes does not part: furniture and a listing both, like "related"
/// in [`BOILERPLATE_WORDS`] and [`LISTING_WORDS`].
const RELATED_ONE_WORD: &[&str] = &[
    "relatedlinks",
    "relatedposts",
    "relatedarticles",
    "relatedstories",
    "relatedcontent",
    "relatednews",
];

/// Which lists a class or id word is in (ASCII case ignored):
/// [`BOILERPLATE_WORDS`], embedded posts, captions, [`LISTING_WORDS`]. One
/// lookup in a sorted table instead of a pass over each list for every word
/// of every element's class.
fn hint_word_kinds(word: &str) -> u8 {
    static TABLE: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
        let lists: [(&[&'static str], u8); 5] = [
            (BOILERPLATE_WORDS, HINT_FURNITURE),
            (RELATED_ONE_WORD, HINT_FURNITURE | HINT_LISTING),
            (&["embed", "tweet", "twitter", "instagram"], HINT_EMBED),
            (&["caption", "credit"], HINT_CAPTION),
            (LISTING_WORDS, HINT_LISTING),
        ];
        let mut table: Vec<(&'static str, u8)> = Vec::new();
        for (list, kind) in lists {
            for &w in list {
                match table.iter_mut().find(|(t, _)| *t == w) {
                    Some((_, k)) => *k |= kind,
                    None => table.push((w, kind)),
                }
            }
        }
        table.sort_unstable();
        table
    });
    if word.len() > HINT_WORD_MAX {
        return 0;
    }
    let mut buf = [0u8; HINT_WORD_MAX];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    TABLE
        .binary_search_by(|(t, _)| t.as_bytes().cmp(lower))
        .map_or(0, |i| TABLE[i].1)
}

/// Whether an inline style hides the element (`display: none`, `visibility: hidden`).
fn hides(style: &str) -> bool {
    let lower = style.to_ascii_lowercase();
    if !lower.contains("none") && !lower.contains("hidden") {
        return false;
    }
    let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
}

/// Whether an element looks like page furniture, like the article body, and
/// like a box listing other pages or posts ([`LISTING_WORDS`]; `nav`, `aside`,
/// `footer`, `menu`). One pass over the words of its class and id.
fn hints(el: &scraper::node::Element) -> (bool, bool, bool, bool, bool) {
    const FURNITURE_ROLES: &[&str] = &[
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "alert",
        "search",
        "menu",
    ];
    let name = el.name();
    let (mut body, mut furniture_word, mut hidden, mut furniture_role) = (false, false, false, false);
    let (mut embed, mut caption, mut author_box, mut hidden_word) = (false, false, false, false);
    let mut listing = matches!(name, "nav" | "aside" | "footer" | "menu");
    for (attr, value) in el.attrs() {
        match attr {
            "class" | "id" => {
                body |= body_hint_automaton().is_match(value);
                let mut named_furniture = false;
                for_each_hint_word(value, |w| {
                    hidden_word |= w.eq_ignore_ascii_case("hidden");
                    let kinds = hint_word_kinds(w);
                    named_furniture |= kinds & HINT_FURNITURE != 0;
                    // Embedded posts (tweets, Instagram) quoted in a story are its text.
                    embed |= kinds & HINT_EMBED != 0;
                    caption |= kinds & HINT_CAPTION != 0;
                    listing |= kinds & HINT_LISTING != 0;
                });
                furniture_word |= named_furniture && names_furniture(value);
            }
            "itemprop" => {
                body |= value.eq_ignore_ascii_case("articleBody");
                // A block marked as the author (schema.org's `author`: a bio
                // box, a byline card) is about the writer, not the article.
                author_box |= tag_class(name) == TagClass::Block
                    && value.split_whitespace().any(|p| p.eq_ignore_ascii_case("author"));
            }
            "role" => {
                body |= value.eq_ignore_ascii_case("main");
                furniture_role = FURNITURE_ROLES.iter().any(|r| r.eq_ignore_ascii_case(value));
            }
            "hidden" => hidden = true,
            "aria-hidden" => hidden |= value.eq_ignore_ascii_case("true"),
            "style" => hidden |= hides(value),
            _ => {}
        }
    }
    let furniture = hidden
        || is_boilerplate_tag(name)
        || furniture_role
        || author_box
        || !body && (!embed || caption) && furniture_word;
    let page = matches!(name, "body" | "html" | "main");
    let caption = caption || matches!(name, "figure" | "figcaption");
    // Furniture by a class or id word alone: not hidden (by attribute, style
    // or a `hidden` class word), not a furniture tag, role or author box.
    let by_word = furniture && !(hidden || hidden_word || is_boilerplate_tag(name) || furniture_role || author_box);
    (furniture && !page, body, listing && !page, caption, by_word)
}

/// One block of text.
#[derive(Debug, Clone)]
struct Block {
    /// The innermost element around it (where it comes from in the page).
    owner: Option<ego_tree::NodeId>,
    /// Byte range into the walk's text buffer.
    start: usize,
    end: usize,
    chars: usize,
    link_chars: usize,
    words: usize,
    kind: BlockKind,
    /// A stock line ("Advertisement", "© 2026 Site"): never article text.
    stock: bool,
    /// A linked headline with a cut-off excerpt ("Title Text of the story..."): a teaser.
    teaser: bool,
    /// Depth of the innermost furniture-looking element around it, if any.
    furniture_depth: Option<usize>,
    /// Inside a figure or an element named for a caption or credit.
    caption: bool,
}

impl Block {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }

    /// Whether it reads as article prose: enough words, little link text.
    fn is_paragraph(&self) -> bool {
        let min_words = match self.kind {
            BlockKind::Paragraph | BlockKind::Quote => 6,
            BlockKind::Headline | BlockKind::Heading => return false,
            _ => 12,
        };
        self.words >= min_words && self.link_density() <= 0.35 && !self.teaser && !self.stock
    }
}

/// An element that holds blocks, with its text sums.
#[derive(Debug, Clone)]
struct Container {
    /// The element.
    node: ego_tree::NodeId,
    depth: usize,
    /// Range of its blocks in the block list.
    blocks: std::ops::Range<usize>,
    good: f64,
    bad: f64,
    body_hint: bool,
    /// It or an ancestor looks like page furniture.
    in_furniture: bool,
}

impl Container {
    fn score(&self) -> f64 {
        let good = if self.body_hint {
            self.good * BODY_HINT_BONUS
        } else {
            self.good
        };
        let score = good - BAD_WEIGHT * self.bad;
        if self.in_furniture {
            score * FURNITURE_FACTOR
        } else {
            score
        }
    }
}

/// An open element during the walk.
#[derive(Debug)]
struct Frame {
    node: ego_tree::NodeId,
    class: TagClass,
    kind: BlockKind,
    is_link: bool,
    furniture: bool,
    body_hint: bool,
    first_block: usize,
    good: f64,
    bad: f64,
    /// A teaser list, comments, a menu or a sidebar (see [`hints`]).
    listing: bool,
    /// A figure or caption (see [`hints`]).
    caption: bool,
    /// Where the text of an element marked as a change starts (see [`Walk::changed`]).
    changed_from: Option<usize>,
    /// A list item or an `<article>`: it may be a card ([`is_card_link`]).
    item: bool,
    /// It holds a card link ([`is_card_link`]).
    card: bool,
    /// Its child cards: their prose and blocks ([`MIN_CARDS`]).
    cards: usize,
    card_good: f64,
    card_blocks: Vec<std::ops::Range<usize>>,
}

/// The blocks of a page and its candidate containers.
#[derive(Default)]
struct Walk {
    text: String,
    blocks: Vec<Block>,
    containers: Vec<Container>,
    /// Elements that may show the publish date, in page order.
    marks: Vec<DateMark>,
    /// Text of elements marked as the page's last change (`class="updated"`,
    /// `itemprop="dateModified"`, a `<time>` after "Updated"): a byline's
    /// date there is not the publish date.
    changed: Vec<std::ops::Range<usize>>,
    /// The block being built.
    start: usize,
    chars: usize,
    link_chars: usize,
    words: usize,
    pending_space: bool,
    /// Open figures and captions (see [`hints`]).
    captions: usize,
}

impl Walk {
    fn push_text(&mut self, t: &str, in_link: bool) {
        for c in t.chars() {
            // Invisible: soft hyphens and zero-width characters break words only where they do not show.
            if matches!(
                c,
                '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
            ) {
                continue;
            }
            if c.is_whitespace() {
                self.pending_space = self.chars > 0;
                continue;
            }
            if self.pending_space || self.chars == 0 {
                if self.pending_space {
                    self.text.push(' ');
                    self.chars += 1;
                }
                self.words += 1;
                self.pending_space = false;
            }
            self.text.push(c);
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
        }
    }

    /// Ends the current block; its kind is that of the innermost block
    /// element, and its text is credited to the innermost open element.
    fn flush(&mut self, stack: &mut [Frame], furniture_depth: Option<usize>) {
        self.pending_space = false;
        if self.chars == 0 {
            self.text.truncate(self.start);
            return;
        }
        let kind = stack
            .iter()
            .rev()
            .find(|f| f.class == TagClass::Block && f.kind != BlockKind::Other)
            .map_or(BlockKind::Other, |f| f.kind);
        let block = Block {
            owner: stack.last().map(|f| f.node),
            start: self.start,
            end: self.text.len(),
            chars: self.chars,
            link_chars: self.link_chars,
            words: self.words,
            kind,
            stock: is_stock_line(&self.text[self.start..]),
            teaser: self.link_chars > 0 && {
                let t = self.text[self.start..].trim_end();
                t.ends_with("...") || t.ends_with('…')
            },
            furniture_depth,
            caption: self.captions > 0,
        };
        if let Some(top) = stack.last_mut() {
            if block.is_paragraph() {
                top.good += block.chars as f64 * (1.0 - block.link_density());
                top.bad += block.link_chars as f64;
            } else if !matches!(block.kind, BlockKind::Heading | BlockKind::Headline) {
                // Link text is the surest boilerplate; short plain lines
                // (table cells, datelines) are only weakly so.
                let plain = (block.chars - block.link_chars) as f64;
                let plain_weight = if matches!(block.kind, BlockKind::Cell | BlockKind::Paragraph) {
                    0.0
                } else {
                    SHORT_LINE_WEIGHT
                };
                top.bad += block.link_chars as f64 + plain_weight * plain;
            }
        }
        self.blocks.push(block);
        self.start = self.text.len();
        self.chars = 0;
        self.link_chars = 0;
        self.words = 0;
    }
}

/// Weight of boilerplate text against article text when choosing the container.
const BAD_WEIGHT: f64 = 1.0;
/// Score factor of an element inside page furniture (a comment, a teaser box).
const FURNITURE_FACTOR: f64 = 0.25;
/// How much a short line without links counts as boilerplate.
const SHORT_LINE_WEIGHT: f64 = 0.3;
/// Score bonus of an element whose class or id names the article body.
const BODY_HINT_BONUS: f64 = 1.25;

fn walk(root: NodeRef<'_, Node>) -> Walk {
    let mut w = Walk::default();
    let mut stack: Vec<Frame> = Vec::new();
    // Depths (stack indices) of the open furniture-looking elements.
    let mut furniture: Vec<usize> = Vec::new();
    let mut skip_depth = 0usize;
    let mut links = 0usize;
    // Open teaser lists, comments, menus and sidebars.
    let mut listings = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                let el = match node.value() {
                    Node::Element(el) => el,
                    Node::Text(t) if skip_depth == 0 => {
                        w.push_text(t, links > 0);
                        continue;
                    }
                    _ => continue,
                };
                if skip_depth > 0 {
                    skip_depth += 1;
                    continue;
                }
                let name = el.name();
                let class = tag_class(name);
                if class == TagClass::Skip {
                    skip_depth = 1;
                    continue;
                }
                let (is_furniture, body_hint, listing, caption, by_word) = hints(el);
                let is_furniture =
                    is_furniture && !(by_word && class == TagClass::Inline && !caption && inline_prose(node));
                // Read before a flush: the words just before a `<time>` ("Updated").
                let role = super::pagemeta::date_role(el);
                let changed = role == Some(super::pagemeta::DateRole::Changed)
                    || name == "time" && super::pubdate::other_cue_at_end(&w.text[w.start..]);
                let named = role == Some(super::pagemeta::DateRole::Named) && !changed;
                if class == TagClass::Block || is_furniture {
                    w.flush(&mut stack, furniture.last().copied());
                }
                if is_furniture {
                    furniture.push(stack.len());
                }
                let is_link = name == "a";
                if is_link && is_card_link(node, el) {
                    if let Some(item) = stack.iter_mut().rev().find(|f| f.item) {
                        item.card = true;
                    }
                }
                links += usize::from(is_link);
                listings += usize::from(listing);
                w.captions += usize::from(caption);
                // A `<time itemprop="datePublished">` is read with the meta tags already.
                let time = (name == "time" && !changed && !has_itemprop_published(el))
                    .then(|| el.plain_attr("datetime"))
                    .flatten()
                    .map(|dt| (dt.to_string(), el.plain_attr("pubdate").is_some()));
                if time.is_some() || named {
                    w.marks.push(DateMark {
                        node: node.id(),
                        block: w.blocks.len(),
                        listing: listings > 0,
                        time,
                        named,
                    });
                }
                stack.push(Frame {
                    node: node.id(),
                    class,
                    kind: block_kind(name),
                    is_link,
                    furniture: is_furniture,
                    body_hint,
                    first_block: w.blocks.len(),
                    good: 0.0,
                    bad: 0.0,
                    listing,
                    caption,
                    changed_from: changed.then_some(w.text.len()),
                    item: matches!(name, "li" | "article"),
                    card: false,
                    cards: 0,
                    card_good: 0.0,
                    card_blocks: Vec::new(),
                });
            }
            Edge::Close(node) => {
                if !matches!(node.value(), Node::Element(_)) {
                    continue;
                }
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                let Some(top) = stack.last() else { continue };
                if top.class == TagClass::Block || top.furniture {
                    w.flush(&mut stack, furniture.last().copied());
                }
                let mut frame = stack.pop().expect("frame checked above");
                let depth = stack.len();
                if frame.cards >= MIN_CARDS {
                    // A list of cards: their prose is teasers, their blocks furniture of the list.
                    frame.good -= frame.card_good;
                    frame.bad += frame.card_good;
                    for r in std::mem::take(&mut frame.card_blocks) {
                        for b in &mut w.blocks[r] {
                            b.furniture_depth = Some(b.furniture_depth.map_or(depth, |d| d.max(depth)));
                        }
                    }
                }
                if let Some(from) = frame.changed_from {
                    w.changed.push(from..w.text.len());
                }
                if frame.furniture {
                    furniture.pop();
                }
                links -= usize::from(frame.is_link);
                listings -= usize::from(frame.listing);
                w.captions -= usize::from(frame.caption);
                if frame.class == TagClass::Block && w.blocks.len() > frame.first_block {
                    w.containers.push(Container {
                        node: frame.node,
                        depth,
                        blocks: frame.first_block..w.blocks.len(),
                        good: frame.good,
                        bad: frame.bad,
                        body_hint: frame.body_hint,
                        in_furniture: frame.furniture || !furniture.is_empty(),
                    });
                }
                if let Some(parent) = stack.last_mut() {
                    let card = frame.card
                        && !frame.furniture
                        && w.blocks[frame.first_block..].iter().map(|b| b.chars).sum::<usize>() <= CARD_MAX_CHARS;
                    if card {
                        parent.cards += 1;
                        parent.card_good += frame.good;
                        parent.card_blocks.push(frame.first_block..w.blocks.len());
                    }
                    if frame.furniture {
                        parent.bad += frame.good + frame.bad;
                    } else {
                        parent.good += frame.good;
                        parent.bad += frame.bad;
                    }
                }
            }
        }
    }
    w.flush(&mut stack, furniture.last().copied());
    w
}

/// Fewest words of an inline element's prose that outweigh its class words.
const INLINE_PROSE_MIN_WORDS: usize = 25;

/// Whether an inline element (`<span>`) holds a paragraph's prose: at least
/// [`INLINE_PROSE_MIN_WORDS`] words, a sentence end, few links. Text pasted
/// from another site keeps that site's classes (`<span class="...DetailsContentTags">`
/// around a whole paragraph): a furniture word among them names what the
/// span was there, not what it is here. A share bar, a tag list, a byline or
/// an ad label in a span is short or all links.
fn inline_prose(node: NodeRef<'_, Node>) -> bool {
    let (mut words, mut chars, mut link_chars, mut ends) = (0usize, 0usize, 0usize, false);
    for d in node.descendants() {
        let Node::Text(t) = d.value() else { continue };
        if d.ancestors().take_while(|a| a.id() != node.id()).any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| tag_class(e.name()) == TagClass::Skip)
        }) {
            continue;
        }
        let in_link = d
            .ancestors()
            .take_while(|a| a.id() != node.id())
            .any(|a| a.value().as_element().is_some_and(|e| e.name() == "a"));
        words += t.split_whitespace().count();
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        chars += n;
        if in_link {
            link_chars += n;
        }
        ends |= t.contains(". ") || t.trim_end().ends_with(['.', '!', '?']);
    }
    words >= INLINE_PROSE_MIN_WORDS && ends && link_chars * 100 <= chars * 35
}

/// Fewest cards ([`is_card_link`]) side by side that make a list of teasers.
const MIN_CARDS: usize = 2;
/// Longest card (chars of text): a teaser's title and excerpt, not a post.
const CARD_MAX_CHARS: usize = 600;

/// Whether a link makes its list item or `<article>` a card, a teaser of
/// another page: an empty link to a page (not an anchor on this one, a
/// script or a mail address), laid over the card by the stylesheet
/// (`<li><a href="/story"></a><div class=title>…</div><p>…</p></li>`). Two
/// such items side by side ([`MIN_CARDS`]), each short ([`CARD_MAX_CHARS`]),
/// are a teaser list even where no link holds their words, so link density
/// does not show it. A link around a picture (`<a href><img></a>`) does not
/// count: galleries and product lists in the text have them (on the tuning
/// pages' half B they cost recall: F1 0.932 -> 0.930, against 0.932 kept
/// with empty links only).
fn is_card_link(node: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
    let Some(href) = el.plain_attr("href").map(str::trim) else {
        return false;
    };
    let lower = href.get(..11).unwrap_or(href).to_ascii_lowercase();
    !href.is_empty()
        && !href.starts_with('#')
        && !lower.starts_with("javascript:")
        && !lower.starts_with("mailto:")
        && !lower.starts_with("tel:")
        && node
            .children()
            .all(|c| c.value().as_text().is_some_and(|t| t.trim().is_empty()))
}

/// Class / id words of boxes that list other pages or other people's posts
/// (teasers, related stories, comments, menus, sidebars): a date in them is
/// not the page's.
const LISTING_WORDS: &[&str] = &[
    "teaser",
    "teasers",
    "related",
    "recommended",
    "recommendations",
    "popular",
    "trending",
    "latest",
    "newest",
    "comment",
    "comments",
    "reply",
    "replies",
    "sidebar",
    "widget",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "promo",
    "outbrain",
    "taboola",
    "rail",
    "carousel",
    "slider",
    "swiper",
    "archive",
];

/// Whether a `<time>` is schema.org microdata of the publish date:
/// `datePublished` (read with the meta tags), or `dateCreated`, its twin in
/// the same hidden block of a CMS (`<time itemprop="datePublished">` and
/// `<time itemprop="dateCreated">` with one value): not the reader's own
/// `<time>`, so not a second source that agrees with the markup.
fn has_itemprop_published(el: &scraper::node::Element) -> bool {
    el.plain_attr("itemprop").is_some_and(|p| {
        p.split_whitespace()
            .any(|p| p.eq_ignore_ascii_case("datePublished") || p.eq_ignore_ascii_case("dateCreated"))
    })
}

/// Phrases of the prompts a page puts in or under its article, in the seven
/// languages: subscriptions and memberships, donations, app downloads,
/// copyright lines, empty comment sections, affiliate-link notes, cookie and
/// consent banners, placeholders of embedded content (lower case).
const PROMPT_PHRASES: &[&str] = &[
    // Affiliate links, cookies, consent to embedded content, of the seven languages.
    "affiliate links",
    "affiliate-links",
    "liens affiliés",
    "enlaces de afiliado",
    "link di affiliazione",
    "links de afiliados",
    "we use cookies",
    "wir verwenden cookies",
    "wir nutzen cookies",
    "nous utilisons des cookies",
    "utilizamos cookies",
    "utilizziamo i cookie",
    "wij gebruiken cookies",
    "usamos cookies",
    "external content",
    "externen inhalt",
    "externer inhalt",
    "empfohlener redaktioneller inhalt",
    "ich bin damit einverstanden, dass",
    "contenu externe",
    "contenido externo",
    "contenuto esterno",
    "conteúdo externo",
    "externe inhoud",
    // Buying one article behind a paywall, of the seven languages.
    "buy single article",
    "buy this article",
    "purchase this article",
    "access to the full article",
    "price includes vat",
    "einzelartikel kaufen",
    "diesen artikel kaufen",
    "acheter cet article",
    "acheter l'article",
    "comprar este artículo",
    "acquista questo articolo",
    "acquista l'articolo",
    "comprar este artigo",
    "koop dit artikel",
    // English
    "subscribe now",
    "subscribe to our",
    "sign up for our",
    "download our app",
    "apps for ios and android",
    "never miss the latest",
    "support our journalism",
    "become a member",
    "all rights reserved",
    "no comments yet",
    "leave a reply",
    "leave a comment",
    // German
    "jetzt abonnieren",
    "abo abschließen",
    "vorteile sichern",
    "jetzt spenden",
    "kleine spende",
    "newsletter abonnieren",
    "alle rechte vorbehalten",
    "vervielfältigung nur mit",
    "bisher keine kommentare",
    "noch keine kommentare",
    "schreibe einen kommentar",
    "hinterlasse einen kommentar",
    // French
    "abonnez-vous",
    "inscrivez-vous à notre",
    "tous droits réservés",
    "faites un don",
    "laisser un commentaire",
    "aucun commentaire",
    // Spanish
    "suscríbete",
    "hazte miembro",
    "hazte socio",
    "todos los derechos reservados",
    "deja un comentario",
    "descarga nuestra app",
    // Italian
    "abbonati ora",
    "iscriviti alla newsletter",
    "tutti i diritti riservati",
    "lascia un commento",
    "nessun commento",
    // Portuguese
    "assine já",
    "todos os direitos reservados",
    "deixe um comentário",
    "nenhum comentário",
    // Dutch
    "word abonnee",
    "alle rechten voorbehouden",
    "laat een reactie achter",
    "geen reacties",
];
/// Lines longer than this are prose that only mentions a prompt's phrase.
const PROMPT_MAX_CHARS: usize = 160;

/// Whether a short line is a prompt of [`PROMPT_PHRASES`] ("Jede kleine
/// Spende hilft", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS").
fn is_prompt_line(line: &str) -> bool {
    static AC: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| aho_corasick::AhoCorasick::new(PROMPT_PHRASES).expect("static patterns"));
    line.len() <= 4 * PROMPT_MAX_CHARS && line.chars().count() <= PROMPT_MAX_CHARS && AC.is_match(&line.to_lowercase())
}

/// Labels that open a figure's caption when a number follows ("Abbildung 4:",
/// "Fig. 2.") in the seven languages, lower case.
const FIGURE_LABELS: &[&str] = &[
    "abbildung",
    "abb.",
    "grafik",
    "figure",
    "fig.",
    "illustration",
    "figura",
    "imagen",
    "ilustración",
    "gráfico",
    "grafico",
    "afbeelding",
    "afb.",
];
/// Labels that open a picture's credit when a colon or "via" follows
/// ("Foto: Ingo Pertramer", "Beitragsbild via Unsplash") in the seven
/// languages, lower case.
const CREDIT_LABELS: &[&str] = &[
    "foto",
    "fotos",
    "fotocredit",
    "fotografie",
    "bild",
    "bilder",
    "bildquelle",
    "beitragsbild",
    "titelbild",
    "photo",
    "photos",
    "photo credit",
    "image",
    "image credit",
    "credit",
    "crédit photo",
    "crédits photo",
    "fotografía",
    "créditos",
    "beeld",
];
/// Chars of a line enough to hold any of [`FIGURE_LABELS`] and [`CREDIT_LABELS`].
const CAPTION_LABEL_CHARS: usize = 20;
/// Longest caption line (chars): longer lines are prose that starts so.
const CAPTION_MAX_CHARS: usize = 200;

/// Whether a line is a figure's caption or a picture's credit by its label
/// ([`FIGURE_LABELS`] with a number and `:` or `.`, [`CREDIT_LABELS`] with
/// `:` or "via"): the page's furniture beside the article, not its text.
///
/// | line | caption |
/// |---|---|
/// | `Abbildung 4: klassische Schwachschicht.`, `Fig. 2. The setup` | yes |
/// | `Foto: Ingo Pertramer`, `Beitragsbild via Unsplash.`, `Photo credit: AP` | yes |
/// | `Abbildung 4 zeigt, dass die Schicht bricht.`, `Fotos sind erlaubt: bis zu drei`, `Bilder: keine` over 200 chars | no |
fn is_caption_line(line: &str) -> bool {
    let line = line.trim();
    if line.chars().count() > CAPTION_MAX_CHARS || line.len() > 4 * CAPTION_MAX_CHARS {
        return false;
    }
    // The labels are short: most lines fail on their first chars, lower-cased alone.
    let first: String = line
        .chars()
        .take(CAPTION_LABEL_CHARS)
        .collect::<String>()
        .to_lowercase();
    if !FIGURE_LABELS.iter().chain(CREDIT_LABELS).any(|l| first.starts_with(l)) {
        return false;
    }
    let lower = line.to_lowercase();
    // The text after a label of `labels` (a whole word) that `fits`.
    let after = |labels: &[&str], fits: &dyn Fn(&str) -> bool| {
        labels.iter().any(|l| {
            lower
                .strip_prefix(l)
                .filter(|rest| !rest.starts_with(char::is_alphanumeric) || l.ends_with('.'))
                .is_some_and(|rest| fits(rest.trim_start()))
        })
    };
    let numbered = |rest: &str| {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && rest[digits..].starts_with([':', '.'])
    };
    after(FIGURE_LABELS, &numbered) || after(CREDIT_LABELS, &|rest| rest.starts_with(':') || rest.starts_with("via "))
}

/// Whole-line texts that are page furniture wherever they stand.
fn is_stock_line(line: &str) -> bool {
    const STOCK: &[&str] = &[
        "advertisement",
        "advertisement:",
        "advert",
        "comments",
        "this slideshow requires javascript.",
        "story continues below advertisement",
        "continue reading below",
        "continue reading",
        "read more",
        "read more:",
        "related",
        "related:",
        "related articles",
        "related stories",
        "share",
        "share this",
        "share this article",
        "share this story",
        "sponsored",
        "sponsored content",
        "ad",
        "close",
        "loading...",
        "skip advertisement",
        "supported by",
        "play video",
        "image",
        "photo",
    ];
    let line = line.trim();
    // Picture credits: "Natalie Naccache | Bloomberg | Getty Images".
    const AGENCIES: &[&str] = &[
        "Getty Images",
        "Shutterstock",
        "AP Photo",
        "AFP",
        "Reuters",
        "Bloomberg",
    ];
    line.starts_with('©')
        || line.starts_with("Copyright ©")
        || is_legal_links_line(line)
        || line.len() <= 100 && line.contains(" | ") && AGENCIES.iter().any(|a| line.ends_with(a))
        || line.len() <= 40 && STOCK.iter().any(|s| line.eq_ignore_ascii_case(s))
}

/// Names of the legal and contact pages a site's footer links to, of the
/// seven languages, lower case (a whole item of [`is_legal_links_line`]).
const LEGAL_LINKS: &[&str] = &[
    "imprint",
    "legal notice",
    "privacy",
    "privacy policy",
    "privacy notice",
    "terms",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "cookies",
    "cookie policy",
    "cookie settings",
    "contact",
    "contact us",
    "disclaimer",
    "sitemap",
    "accessibility",
    "impressum",
    "datenschutz",
    "datenschutzerklärung",
    "datenschutzhinweise",
    "agb",
    "nutzungsbedingungen",
    "kontakt",
    "barrierefreiheit",
    "mentions légales",
    "confidentialité",
    "politique de confidentialité",
    "conditions générales",
    "plan du site",
    "aviso legal",
    "política de privacidad",
    "política de cookies",
    "privacidad",
    "contacto",
    "términos y condiciones",
    "note legali",
    "informativa sulla privacy",
    "contatti",
    "termini e condizioni",
    "política de privacidade",
    "termos de uso",
    "contato",
    "colofon",
    "algemene voorwaarden",
    "privacybeleid",
];
/// Longest footer line of links (bytes); most lines fail on this alone.
const LEGAL_LINE_MAX: usize = 240;

/// Whether a line is a site footer's row of legal links: three or more
/// items split by `|`, `·` or `•`, at least two of them (and half) the name
/// of a legal or contact page ([`LEGAL_LINKS`]) or a copyright notice.
///
/// | line | footer |
/// |---|---|
/// | `Impressum \| Datenschutz \| © 2021 Muster GmbH`, `Cookie Settings · Privacy Notice · Imprint`, `Aviso legal \| Política de cookies \| Contacto` | yes |
/// | `Politik \| Wirtschaft \| Sport`, `Kontakt: Jana Muster \| Pressestelle \| 030 1234`, `The Garden · Derek Jarman (1990)` | no |
fn is_legal_links_line(line: &str) -> bool {
    if line.len() > LEGAL_LINE_MAX || !line.contains(['|', '·', '•']) {
        return false;
    }
    let items: Vec<String> = line
        .split(['|', '·', '•'])
        .map(|i| i.trim().to_lowercase())
        .filter(|i| !i.is_empty())
        .collect();
    let legal = items
        .iter()
        .filter(|i| LEGAL_LINKS.contains(&i.as_str()) || i.starts_with("copyright") || i.starts_with('©'))
        .count();
    items.len() >= 3 && legal >= 2 && 2 * legal >= items.len()
}

/// The main text of a parsed page, one block per line.
fn main_text(doc: &Html, bounds: super::pubdate::Bounds) -> (String, Vec<String>, TextDates) {
    let w = walk(doc.tree.root());
    let (text, paths, range) = main_blocks(doc, &w);
    (text, paths, text_dates(doc, &w, range, bounds))
}

/// Blocks looked at before the article for a byline or a publish cue.
const DATE_LOOKBACK: usize = 40;
const BYLINE_LOOKBACK: usize = 15;
/// How far into the article's first block a dateline's date may start (bytes).
const DATELINE_REACH: usize = 30;

/// The dates of the page's text around the article's output blocks `range`.
fn text_dates(
    doc: &Html,
    w: &Walk,
    (range, container_start): (std::ops::Range<usize>, usize),
    bounds: super::pubdate::Bounds,
) -> TextDates {
    use super::pubdate;
    let mut out = TextDates::default();
    // A block's text without the parts marked as a change ("Updated Nov 13, 2019").
    let text_of = |b: &Block| -> std::borrow::Cow<'_, str> {
        let t = &w.text[b.start..b.end];
        if !w.changed.iter().any(|c| c.start < b.end && b.start < c.end) {
            return t.into();
        }
        let mut shown = t.to_string();
        for c in w.changed.iter().filter(|c| c.start < b.end && b.start < c.end) {
            let (from, to) = (c.start.max(b.start) - b.start, c.end.min(b.end) - b.start);
            shown.replace_range(from..to, &" ".repeat(to - from));
        }
        shown.into()
    };
    let around = range.start.saturating_sub(DATE_LOOKBACK)..range.end;
    out.cued = w.blocks[around]
        .iter()
        .filter(|b| b.chars <= 300)
        .find_map(|b| pubdate::cued_date(&text_of(b), bounds));
    // Just before the text, else further up to the start of its container
    // (a page's date line above an intro the text leaves out).
    let near = range.start.saturating_sub(BYLINE_LOOKBACK)..(range.start + 5).min(range.end);
    let above = container_start.saturating_sub(BYLINE_LOOKBACK).min(near.start)..near.start;
    out.byline = w.blocks[near]
        .iter()
        .chain(&w.blocks[above])
        .filter(|b| b.chars <= 200)
        .map(text_of)
        // The date first: most lines have none, and the cue check lower-cases the line.
        .find_map(|t| pubdate::visible_date(&t, bounds).filter(|_| !pubdate::other_cue_before(&t)));
    // A dateline: a date opening the article's first paragraph ("(21. November 2022) Energieverbraucher ...").
    let first_paragraph = w.blocks[range.start..(range.start + 4).min(range.end)]
        .iter()
        .find(|b| b.is_paragraph());
    out.dateline = first_paragraph.and_then(|b| {
        let head = text_of(b);
        let head = &*head;
        let cut = (DATELINE_REACH + 20..=head.len())
            .find(|&e| head.is_char_boundary(e))
            .unwrap_or(head.len());
        pubdate::dates_in(&head[..cut])
            .into_iter()
            .find(|&(at, d)| at <= DATELINE_REACH && bounds.contains(d))
            .map(|(_, d)| d)
    });
    out.earliest = w.blocks[range.clone()]
        .iter()
        .flat_map(|b| pubdate::dates_in(&text_of(b)))
        .map(|(_, d)| d)
        .filter(|d| bounds.contains(*d))
        .min();
    // Elements marked or named for a date, outside teaser lists, comments and
    // menus, nearest the article's start first.
    let mut marks: Vec<&DateMark> = w.marks.iter().filter(|m| !m.listing).collect();
    marks.sort_by_key(|m| (m.block.abs_diff(range.start), m.block));
    out.time = marks
        .iter()
        .filter_map(|m| m.time.as_ref())
        .filter(|(_, marked)| *marked)
        .chain(
            marks
                .iter()
                .filter_map(|m| m.time.as_ref())
                .filter(|(_, marked)| !*marked),
        )
        .find_map(|(value, _)| super::pagemeta::loose_date(value, bounds));
    out.element = marks.iter().filter(|m| m.named).find_map(|m| {
        let node = doc.tree.get(m.node)?;
        let text = super::pagemeta::element_text_unchanged(node, 200);
        if pubdate::other_cue_before(&text) {
            None
        } else {
            pubdate::visible_date(&text, bounds)
        }
    });
    out
}

/// The article's text and paths, the range of blocks from its first to its
/// last output block, and the first block of its container.
fn main_blocks(doc: &Html, w: &Walk) -> (String, Vec<String>, (std::ops::Range<usize>, usize)) {
    // Ties go to the deeper (later-closed-first, so earlier) element.
    let Some(best) = w
        .containers
        .iter()
        .filter(|c| c.good > 0.0)
        .max_by(|a, b| a.score().total_cmp(&b.score()))
    else {
        // No paragraph anywhere: keep every non-furniture block.
        let (t, p) = join_blocks(doc, w, w.blocks.iter().filter(|b| b.furniture_depth.is_none()));
        return (t, p, (0..w.blocks.len(), 0));
    };
    if let Some(excerpts) = listing_excerpts(w, best) {
        let (t, p) = join_blocks(doc, w, excerpts.iter().map(|&i| &w.blocks[i]));
        return (t, p, (excerpts[0]..excerpts[excerpts.len() - 1] + 1, excerpts[0]));
    }
    let kept: Vec<usize> = merged_blocks(doc, w, best)
        .into_iter()
        .filter(|&i| {
            let b = &w.blocks[i];
            b.furniture_depth.is_none_or(|d| d <= best.depth)
                && b.kind != BlockKind::Headline
                && (b.link_density() <= 0.5 || b.is_paragraph() || b.kind == BlockKind::Quote)
                && !b.stock
                && !is_prompt_line(&w.text[b.start..b.end])
                && !is_caption_line(&w.text[b.start..b.end])
        })
        .collect();
    let block = |k: usize| &w.blocks[kept[k]];
    // Short lines before the first and after the last paragraph are bylines,
    // dates, share bars and tags.
    let Some(first) = (0..kept.len()).position(|k| block(k).is_paragraph() || block(k).kind == BlockKind::Heading)
    else {
        let (t, p) = join_blocks(doc, w, kept.iter().map(|&i| &w.blocks[i]));
        let range = kept
            .first()
            .map_or(best.blocks.clone(), |&a| a..kept[kept.len() - 1] + 1);
        return (t, p, (range, best.blocks.start));
    };
    let mut last = (0..kept.len())
        .rposition(|k| block(k).is_paragraph() || block(k).kind == BlockKind::Paragraph)
        .unwrap_or(first);
    // A "Read more" / "Mehr zum Thema" heading in the article's last third
    // starts the teasers: the article ends before it.
    let total: usize = (first..=last).map(|k| block(k).chars).sum();
    let mut after = 0usize;
    for k in (first + 1..=last).rev() {
        after += block(k).chars;
        if after * 3 > total {
            break;
        }
        let b = block(k);
        if is_more_heading(&w.text[b.start..b.end]) && !boxed_in_story(doc, w, &kept[first..=last], k - first) {
            last = (first..k)
                .rposition(|j| block(j).is_paragraph() || block(j).kind == BlockKind::Paragraph)
                .map_or(k - 1, |i| first + i);
            break;
        }
    }
    // A closing line that points to another page ("Alles über X findest Du
    // hier.", "… weiter zu „Teil 2“") is not the article's last paragraph.
    for _ in 0..POINTER_MAX_TRAILING {
        if last == first || !is_pointer_block(doc, w, block(last)) {
            break;
        }
        last = (first..last)
            .rposition(|j| block(j).is_paragraph() || block(j).kind == BlockKind::Paragraph)
            .map_or(first, |i| first + i);
    }
    let start = kept.first().map_or(best.blocks.start, |&i| i.min(best.blocks.start));
    let lead = lead_blocks(w, start);
    // A teaser box's heading left without its links, and a post's metadata
    // line, are not the article's wherever they stand.
    let shown = kept[first..=last].iter().filter(|&&i| {
        let line = &w.text[w.blocks[i].start..w.blocks[i].end];
        !is_more_heading(line) && !is_more_box_line(line) && !is_post_meta_line(line)
    });
    let trailing = following_paragraphs(doc, w, best);
    let (t, p) = join_blocks(doc, w, lead.iter().chain(shown).chain(&trailing).map(|&i| &w.blocks[i]));
    (t, p, (kept[first]..kept[last] + 1, start))
}

/// Fewest excerpts that make a page a listing ([`listing_excerpts`]).
const LISTING_MIN_EXCERPTS: usize = 4;
/// Fewest words of an excerpt (a teaser's summary, not a linked title).
const LISTING_EXCERPT_MIN_WORDS: usize = 20;
/// How many times the chosen body's prose the excerpts' prose must weigh.
const LISTING_FACTOR: f64 = 3.0;

/// The excerpts of a listing page (a press service's or a blog's front page:
/// `<div class=pm><h2><a>Title</a></h2><p>Summary of the release… <a>more…</a></p></div>`
/// side by side), when the element chosen as the body is one paragraph (the
/// site's blurb) and the excerpts outside furniture, each cut off with a link
/// and at least [`LISTING_EXCERPT_MIN_WORDS`] words, are at least
/// [`LISTING_MIN_EXCERPTS`] and weigh [`LISTING_FACTOR`] times its prose:
/// such a page has no article, and its text is the excerpts. A story of two
/// paragraphs or more beside a teaser list keeps the story.
fn listing_excerpts(w: &Walk, best: &Container) -> Option<Vec<usize>> {
    let paragraphs = w.blocks[best.blocks.clone()]
        .iter()
        .filter(|b| b.is_paragraph())
        .count();
    if paragraphs > 1 {
        return None;
    }
    let excerpts: Vec<usize> = (0..w.blocks.len())
        .filter(|&i| {
            let b = &w.blocks[i];
            b.teaser
                && b.furniture_depth.is_none()
                && !b.caption
                && b.words >= LISTING_EXCERPT_MIN_WORDS
                && b.link_density() <= ADJACENT_LINK_DENSITY
        })
        .collect();
    let prose: f64 = excerpts
        .iter()
        .map(|&i| (w.blocks[i].chars - w.blocks[i].link_chars) as f64)
        .sum();
    (excerpts.len() >= LISTING_MIN_EXCERPTS && prose >= LISTING_FACTOR * best.good).then_some(excerpts)
}

/// Most closing pointer lines dropped from the article's end.
const POINTER_MAX_TRAILING: usize = 2;
/// Most words of a pointer line.
const POINTER_MAX_WORDS: usize = 12;
/// Link texts that only point ("here"), of the seven languages, lower case.
const POINTER_LINK_WORDS: &[&str] = &[
    "here",
    "click here",
    "hier",
    "hier klicken",
    "ici",
    "cliquez ici",
    "aquí",
    "aqui",
    "haz clic aquí",
    "qui",
    "clicca qui",
    "clique aqui",
];
/// Openings of a line that sends the reader on to the next page or part, of
/// the seven languages, lower case (after leading dots and arrows).
const POINTER_OPENERS: &[&str] = &[
    "weiter zu ",
    "weiter zum ",
    "weiter zur ",
    "weiter mit ",
    "continue to ",
    "continue with ",
    "next part",
    "next page",
    "nächste seite",
    "nächster teil",
    "suite :",
    "lire la suite",
    "page suivante",
    "continúa en",
    "continúa leyendo",
    "página siguiente",
    "continua a leggere",
    "pagina successiva",
    "continua em",
    "próxima página",
    "lees verder",
    "volgende pagina",
];

/// Whether a block is a one-line pointer to another page: a short paragraph
/// (at most [`POINTER_MAX_WORDS`] words, one sentence) that ends on a link,
/// only closing punctuation or quotes after it, whose link only points
/// ([`POINTER_LINK_WORDS`]: "… findest Du hier.") or whose line sends the
/// reader on ([`POINTER_OPENERS`]: "… weiter zu „Teil 2“"). The test of
/// the article's last line in [`main_blocks`]; a credit that ends on a link
/// ("Originally published on Live Science.") is no pointer.
///
/// | block | pointer |
/// |---|---|
/// | `<p>Mehr zum Thema Radwege lesen Sie <a>hier</a>.</p>`, `<p>… weiter zu „<a>Teil 2</a>“</p>`, `<p>Le dossier complet est <a>ici</a>.</p>` | yes |
/// | `<p>The plant will open in <a>Leipzig</a>.</p>`, `<p>First published in <a>The Daily Post</a>.</p>`, `<p><a>Read the whole series</a></p>`, two sentences ending on "here" | no |
fn is_pointer_block(doc: &Html, w: &Walk, b: &Block) -> bool {
    if b.kind != BlockKind::Paragraph || b.words > POINTER_MAX_WORDS || b.link_chars == 0 || b.link_chars >= b.chars {
        return false;
    }
    let line = &w.text[b.start..b.end];
    if sentences(line) > 1 {
        return false;
    }
    let Some(owner) = b.owner.and_then(|id| doc.tree.get(id)) else {
        return false;
    };
    let Some(link) = owner
        .descendants()
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "a"))
        .last()
    else {
        return false;
    };
    let link_text: String = link
        .descendants()
        .filter_map(|n| n.value().as_text().map(|t| &**t))
        .collect::<String>();
    let link_text = link_text.split_whitespace().collect::<Vec<_>>().join(" ");
    let closing = ['.', '!', ':', '"', '“', '”', '„', '»', '«', ')', '\'', '’', ' '];
    let link_text = link_text.trim_end_matches(closing);
    if link_text.is_empty() || !line.trim_end_matches(closing).ends_with(link_text) {
        return false;
    }
    let opening = line.trim_start_matches(['.', '…', '»', '>', '→', ' ']).to_lowercase();
    POINTER_LINK_WORDS.contains(&link_text.to_lowercase().as_str())
        || POINTER_OPENERS.iter().any(|o| opening.starts_with(o))
}

/// Most paragraphs taken after a lone paragraph chosen as the article.
const FOLLOWING_MAX: usize = 30;

/// The story's paragraphs after the element chosen as its body when that
/// element is a single `<p>`: a post whose paragraphs stand loose in its
/// element beside a share bar or a list of links, which pull the element's
/// score below that of its longest paragraph. The `p` siblings right after
/// it are taken while each is prose (few links, outside furniture and
/// captions, not a prompt); any other element ends them, so a box after the
/// story (`<div class=share>`, a heading, a list) stays out.
fn following_paragraphs(doc: &Html, w: &Walk, best: &Container) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(node) = doc.tree.get(best.node) else {
        return out;
    };
    if node.value().as_element().is_none_or(|e| e.name() != "p") {
        return out;
    }
    let within = |owner: Option<ego_tree::NodeId>, el: ego_tree::NodeId| {
        owner
            .and_then(|id| doc.tree.get(id))
            .is_some_and(|n| n.id() == el || n.ancestors().any(|a| a.id() == el))
    };
    let mut next = best.blocks.end;
    for sib in node.next_siblings() {
        match sib.value() {
            Node::Text(t) if t.trim().is_empty() => continue,
            Node::Comment(_) => continue,
            Node::Element(e) if e.name() == "p" => {}
            _ => break,
        }
        let from = next;
        while next < w.blocks.len() && within(w.blocks[next].owner, sib.id()) {
            next += 1;
        }
        let blocks = &w.blocks[from..next];
        let prose = |b: &Block| loose_prose(w, b) && !b.stock && !is_caption_line(&w.text[b.start..b.end]);
        if blocks.is_empty() {
            continue;
        }
        if !blocks.iter().all(prose) || !blocks.iter().any(Block::is_paragraph) {
            break;
        }
        out.extend(from..next);
        if out.len() >= FOLLOWING_MAX {
            break;
        }
    }
    out
}

/// Whether the "Read more" heading at `blocks[k]` opens a box set inside the
/// story rather than the rest of the page: the heading sits in an element of
/// its own (not beside the story's paragraphs), and a prose paragraph after it
/// has the same parent as one before it, as in `<p>…</p><div
/// class=see-also><div>Lee también…</div><a>…</a></div><p>…</p>`. The
/// story goes on after such a box. A heading standing among the paragraphs
/// (`<p>…</p><h3>Mehr zum Thema</h3><p>teaser</p>`) still ends the article.
fn boxed_in_story(doc: &Html, w: &Walk, blocks: &[usize], k: usize) -> bool {
    let parent = |i: usize| {
        w.blocks[i]
            .owner
            .and_then(|id| doc.tree.get(id))
            .and_then(|n| n.parent())
            .map(|n| n.id())
    };
    let story: Vec<ego_tree::NodeId> = blocks[..k]
        .iter()
        .filter(|&&i| w.blocks[i].is_paragraph())
        .filter_map(|&i| parent(i))
        .collect();
    let heading_parent = parent(blocks[k]);
    heading_parent.is_some_and(|h| !story.contains(&h))
        && blocks[k + 1..]
            .iter()
            .any(|&i| w.blocks[i].is_paragraph() && parent(i).is_some_and(|p| story.contains(&p)))
}

/// Least share of the best container's prose a sibling needs to be merged with it.
const SIBLING_SHARE: f64 = 0.2;
/// Most levels up to the ancestor that two merged elements share.
const KIN_LEVELS: usize = 3;

/// Whether two elements are siblings or cousins of the same kind: the same
/// tag and class at each level up to an ancestor they share (at most
/// [`KIN_LEVELS`] up), with a class somewhere on the way (not any two bare
/// `<div>`s). `div.post > div.body > div.text` beside another such post is
/// kin of it; a `div.text` under a `div.teaser` is not.
fn kin(doc: &Html, a: ego_tree::NodeId, b: ego_tree::NodeId) -> bool {
    let (mut a, mut b) = (doc.tree.get(a), doc.tree.get(b));
    let mut classed = false;
    for _ in 0..KIN_LEVELS {
        let (Some(x), Some(y)) = (a, b) else { return false };
        if x.id() == y.id() {
            return false;
        }
        let (Some(ex), Some(ey)) = (x.value().as_element(), y.value().as_element()) else {
            return false;
        };
        fn class(e: &scraper::node::Element) -> &str {
            e.plain_attr("class").map_or("", str::trim)
        }
        if ex.name() != ey.name() || class(ex) != class(ey) {
            return false;
        }
        classed |= !class(ex).is_empty();
        let (px, py) = (x.parent(), y.parent());
        if let (Some(p), Some(q)) = (px, py) {
            if p.id() == q.id() {
                return classed;
            }
        }
        (a, b) = (px, py);
    }
    false
}

/// The blocks of the best container and of its kin ([`kin`]: siblings or
/// cousins of the same tags and classes) whose prose is at least
/// [`SIBLING_SHARE`] of the best one's and outweighs their own boilerplate,
/// outside page furniture: a forum's posts (`div.post > div.content` side by
/// side: the best one alone would leave out the question), or an article cut
/// into `<div class="text">` sections around pictures. Between two merged
/// elements only prose paragraphs and headings are taken (a section's
/// heading, not an ad's label). An element of another class (a teaser box, a
/// comment form), a short one (a post of one line), one with more links than
/// prose, bare `<div>`s, or furniture beside an article that is none are not
/// merged.
fn merged_blocks(doc: &Html, w: &Walk, best: &Container) -> Vec<usize> {
    let mut ranges: Vec<std::ops::Range<usize>> = w
        .containers
        .iter()
        .filter(|c| {
            c.depth == best.depth
                && (c.node == best.node
                    || (best.in_furniture || !c.in_furniture)
                        && c.good >= SIBLING_SHARE * best.good
                        && c.good > c.bad
                        && kin(doc, best.node, c.node))
        })
        .map(|c| c.blocks.clone())
        .collect();
    if ranges.len() == 1 {
        return best.blocks.clone().collect();
    }
    ranges.sort_by_key(|r| r.start);
    let mut out = Vec::new();
    for (k, r) in ranges.iter().enumerate() {
        if k > 0 {
            out.extend((ranges[k - 1].end..r.start).filter(|&i| {
                let b = &w.blocks[i];
                b.furniture_depth.is_none() && (b.is_paragraph() || b.kind == BlockKind::Heading)
            }));
        }
        out.extend(r.clone());
    }
    out
}

/// Sentences of a line: ends (`.`, `!`, `?`, optionally followed by a closing
/// quote) followed by a space and a capital letter or an opening quote, plus
/// the last one. "Dr. Smith" counts two: a rough count, for telling a
/// one-sentence summary (a dek) from a lead paragraph.
fn sentences(line: &str) -> usize {
    let chars: Vec<char> = line.trim().chars().collect();
    let mut n = 1;
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i] == ' '
            && matches!(chars[i - 1], '.' | '!' | '?' | '"' | '”' | '“' | '«' | '»' | '\'')
            && (chars[i + 1].is_uppercase() || matches!(chars[i + 1], '"' | '„' | '“' | '«' | '»' | '\''))
            && (matches!(chars[i - 1], '.' | '!' | '?') || i >= 2 && matches!(chars[i - 2], '.' | '!' | '?'))
        {
            n += 1;
        }
    }
    n
}

/// Blocks looked back over from the article for its headline.
const LEAD_LOOKBACK: usize = 60;
/// Fewest words of a lead paragraph standing outside the article's element.
const LEAD_MIN_WORDS: usize = 12;

/// The lead (standfirst) of an article whose body element does not hold it:
/// the paragraphs between the page's headline (`h1`) and the body, as in
/// `<header><h1>…</h1><p class=intro>…</p></header><div class=body>…`. Only
/// prose of two sentences or more without links counts (not a byline, a
/// date, a caption, a teaser, nor the one-sentence summary under a headline
/// that English news calls the dek and leaves out of the story), and only
/// when the headline stands within [`LEAD_LOOKBACK`] blocks before the body.
fn lead_blocks(w: &Walk, body_start: usize) -> Vec<usize> {
    let from = body_start.saturating_sub(LEAD_LOOKBACK);
    let mut out: Vec<usize> = match (from..body_start)
        .rev()
        .find(|&i| w.blocks[i].kind == BlockKind::Headline)
    {
        Some(headline) => (headline + 1..body_start)
            .filter(|&i| {
                let b = &w.blocks[i];
                b.kind == BlockKind::Paragraph
                    && b.is_paragraph()
                    && !b.caption
                    && b.words >= LEAD_MIN_WORDS
                    && b.link_chars == 0
                    && sentences(&w.text[b.start..b.end]) >= 2
            })
            .collect(),
        None => Vec::new(),
    };
    out.extend(adjacent_paragraphs(w, body_start));
    out.sort_unstable();
    out.dedup();
    out
}

/// Most paragraphs taken from just before the article's element.
const ADJACENT_MAX: usize = 3;
/// Most short lines (a byline, a date, an ad's label) stepped over between them and the element.
const ADJACENT_SKIP: usize = 2;
/// Longest line stepped over (chars).
const ADJACENT_SKIP_CHARS: usize = 80;
/// Highest link density of such a paragraph (a link or two in prose).
const ADJACENT_LINK_DENSITY: f64 = 0.2;

/// Whether a block outside the element chosen as the article's body reads
/// as the story's prose: a paragraph outside furniture and captions, with a
/// link or two at most, no prompt ("Sign up for ..."). The test of
/// [`adjacent_paragraphs`] and [`following_paragraphs`].
fn loose_prose(w: &Walk, b: &Block) -> bool {
    b.kind == BlockKind::Paragraph
        && b.furniture_depth.is_none()
        && !b.caption
        && b.link_density() <= ADJACENT_LINK_DENSITY
        && !is_prompt_line(&w.text[b.start..b.end])
}

/// The article's own paragraphs that stand just before the element chosen
/// as its body, outside it: the first paragraph of a story its body element
/// does not hold, or an intro above the byline (`<p>lead</p><div
/// class=byline>…</div><div class=text>…`). Up to [`ADJACENT_MAX`] prose
/// paragraphs (`p`, outside furniture, figures and captions, few links) right
/// before the element, over at most [`ADJACENT_SKIP`] short lines; a
/// heading, a list item, furniture or a long non-prose block ends the search.
/// A dek inside the page's `<header>` is furniture and stays out.
fn adjacent_paragraphs(w: &Walk, body_start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut skipped = 0;
    for i in (0..body_start).rev() {
        let b = &w.blocks[i];
        let prose = b.is_paragraph() && loose_prose(w, b);
        if prose {
            out.push(i);
            if out.len() == ADJACENT_MAX {
                break;
            }
        } else if out.is_empty()
            && skipped < ADJACENT_SKIP
            && !b.is_paragraph()
            && !matches!(b.kind, BlockKind::Headline | BlockKind::Heading | BlockKind::ListItem)
            && b.chars <= ADJACENT_SKIP_CHARS
        {
            skipped += 1;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Headings that open a box of links to other articles, of the seven
/// languages ("Read more", "Mehr zum Thema", "Lire aussi", "Más sobre …"),
/// lower case, without the trailing colon or ellipsis.
const MORE_HEADINGS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "more on this story",
    "more stories",
    "you may also like",
    "see also",
    "about the author",
    "mehr zum thema",
    "mehr themen",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "weiterlesen",
    "empfohlene beiträge",
    "ähnliche beiträge",
    "ähnliche artikel",
    "weitere artikel",
    "verwandte artikel",
    "über den autor",
    "über die autoren",
    "zum autor",
    "zur autorin",
    "zu den autoren",
    "der autor",
    "die autorin",
    "autor",
    "autorin",
    "author",
    "the author",
    "about the authors",
    "à propos de l'auteur",
    "l'auteur",
    "sobre el autor",
    "sobre la autora",
    "sull'autore",
    "l'autore",
    "sobre o autor",
    "over de auteur",
    "über die autorin",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "articles similaires",
    "voir aussi",
    "más sobre",
    "te puede interesar",
    "lee también",
    "noticias relacionadas",
    "artículos relacionados",
    "leggi anche",
    "articoli correlati",
    "leia também",
    "veja também",
    "notícias relacionadas",
    "lees ook",
    "meer over",
    "gerelateerde artikelen",
];

/// Whether a line is a heading of [`MORE_HEADINGS`], alone or followed by a
/// name ("Más sobre La Tercera AM").
fn is_more_heading(line: &str) -> bool {
    if line.chars().count() > 50 {
        return false;
    }
    let line = line
        .trim()
        .trim_end_matches([':', '.', '…', ' ', '»', '>'])
        .trim_start_matches(['.', '…', ' ']);
    let lower = line.to_lowercase();
    MORE_HEADINGS.iter().any(|h| {
        // The heading alone, or followed by a name (capitalised) of at most four words.
        lower == *h
            || lower.starts_with(h)
                && lower.len() == line.len()
                && line.get(h.len()..).is_some_and(|rest| {
                    rest.starts_with(' ')
                        && rest.trim_start().starts_with(char::is_uppercase)
                        && rest.split_whitespace().count() <= 4
                })
    })
}

/// First words of a teaser box's heading that offers more of a kind, in the
/// languages that open such headings with one word ("Mehr Kolumnen auf
/// MeinMMO", "Weitere Tourentipps in Schweden", "More from News", "Más
/// noticias", "Altri articoli", "Mais notícias", "Meer nieuws"), lower case.
const MORE_OPENERS: &[&str] = &[
    "mehr", "weitere", "weiteres", "more", "más", "altri", "altre", "mais", "meer",
];
/// Words after an opener that make it a comparison, not a box ("Mehr als 100 Tote", "More than half").
const MORE_COMPARISONS: &[&str] = &[
    "als", "than", "of", "que", "de", "del", "di", "dan", "do", "da", "e", "und", "and", "oder", "or",
];
/// Longest such heading (chars) and most words.
const MORE_BOX_MAX_CHARS: usize = 50;
const MORE_BOX_MAX_WORDS: usize = 5;

/// Whether a line is a teaser box's heading of the form "More + what"
/// ([`MORE_OPENERS`]): two to five words, no sentence in it, not a
/// comparison ([`MORE_COMPARISONS`], a number after the opener). Such a line
/// is left out wherever it stands; unlike [`is_more_heading`] it does not end
/// the article, as a subheading may start so ("Weitere Informationen zum
/// Verfahren").
///
/// | line | box heading |
/// |---|---|
/// | `Mehr Kolumnen auf MeinMMO:`, `Weitere Tourentipps in Schweden`, `More from News`, `Más noticias`, `Weitere Informationen` | yes |
/// | `Mehr als 100 Tote`, `More than half of them`, `Mehr Geld für Familien ist gut.`, `Mehr`, `Weitere 20 Häuser brannten ab`, `Mehr Infos auch auf der Website des Vereins Kinderhilfe e.V.` | no |
fn is_more_box_line(line: &str) -> bool {
    if line.len() > 4 * MORE_BOX_MAX_CHARS || line.chars().count() > MORE_BOX_MAX_CHARS {
        return false;
    }
    let line = line.trim().trim_end_matches([':', '…', ' ', '»', '>']);
    if line.contains(['.', '!', '?', ',', ';']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=MORE_BOX_MAX_WORDS).contains(&words.len()) {
        return false;
    }
    let first = words[0].to_lowercase();
    let second = words[1].to_lowercase();
    MORE_OPENERS.contains(&first.as_str())
        && !MORE_COMPARISONS.contains(&second.as_str())
        && !second.starts_with(|c: char| c.is_ascii_digit())
}

/// Openings of the line a blog theme writes under (or over) a post, saying
/// when it was posted and where it is filed ("This entry was posted on
/// Tuesday, May 6th, 2014 at 11:30 pm and is filed under ...", "Der Beitrag
/// wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und
/// wurde unter ... abgelegt"), of the seven languages, lower case.
const POST_META_OPENERS: &[&str] = &[
    "this entry was posted",
    "this entry was filed",
    "this post was published",
    "this article was published",
    "posted on",
    "published on",
    "der beitrag wurde am",
    "dieser beitrag wurde am",
    "dieser eintrag wurde am",
    "erstellt am",
    "veröffentlicht am",
    "cet article a été publié",
    "cette entrée a été publiée",
    "publié le",
    "esta entrada fue publicada",
    "este artículo fue publicado",
    "publicado el",
    "questo articolo è stato pubblicato",
    "questa voce è stata pubblicata",
    "pubblicato il",
    "este artigo foi publicado",
    "esta entrada foi publicada",
    "publicado em",
    "dit bericht is geplaatst",
    "dit artikel is gepubliceerd",
    "geplaatst op",
    "gepubliceerd op",
];
/// Chars of a line enough to hold any of [`POST_META_OPENERS`].
const POST_META_OPENER_CHARS: usize = 40;
/// How far after the opening a post's metadata line's date may start (bytes:
/// a weekday and "den", not a clause).
const POST_META_DATE_REACH: usize = 25;

/// Whether a line opens with the post's publish date, as a blog theme's
/// metadata line does: one of [`POST_META_OPENERS`], then a full date within
/// [`POST_META_DATE_REACH`] bytes. Page furniture, not the article.
fn is_post_meta_line(line: &str) -> bool {
    // The openers are short: most lines fail on their first words, lower-cased alone.
    let first: String = line
        .trim_start()
        .chars()
        .take(POST_META_OPENER_CHARS)
        .collect::<String>()
        .to_lowercase();
    if !POST_META_OPENERS.iter().any(|o| first.starts_with(o)) {
        return false;
    }
    let head: String = line.trim_start().chars().take(120).collect::<String>().to_lowercase();
    POST_META_OPENERS.iter().any(|o| {
        head.strip_prefix(o).is_some_and(|rest| {
            super::pubdate::dates_in(rest)
                .first()
                .is_some_and(|&(at, _)| at <= POST_META_DATE_REACH)
        })
    })
}

/// The text of `blocks`, one per line, and the path of each one's element.
fn join_blocks<'a>(doc: &Html, w: &Walk, blocks: impl Iterator<Item = &'a Block>) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut paths = Vec::new();
    for b in blocks {
        out.push_str(&w.text[b.start..b.end]);
        out.push('\n');
        paths.push(b.owner.map(|id| element_path(doc, id)).unwrap_or_default());
    }
    (out, paths)
}

/// XPath of an element: `/html[1]/body[1]/div[2]/p[3]` (1-based index among
/// same-named element siblings), walked up iteratively.
pub fn element_path(doc: &Html, id: ego_tree::NodeId) -> String {
    use std::fmt::Write as _;
    // Steps from the element up, written out in reverse into one string.
    let mut steps: Vec<(&str, usize)> = Vec::new();
    let mut node = doc.tree.get(id);
    while let Some(n) = node {
        let Node::Element(el) = n.value() else { break };
        let name = el.name();
        let index = 1 + n
            .prev_siblings()
            .filter(|s| s.value().as_element().is_some_and(|e| e.name() == name))
            .count();
        steps.push((name, index));
        node = n.parent();
    }
    let mut path = String::with_capacity(steps.iter().map(|(name, _)| name.len() + 5).sum());
    for (name, index) in steps.iter().rev() {
        let _ = write!(path, "/{name}[{index}]");
    }
    path
}

/// The best-scoring containers of a page with their scores and first words:
/// a debugging aid for tuning the extractor.
#[doc(hidden)]
pub fn explain(html: &str) -> String {
    let doc = Html::parse_document(html);
    let w = walk(doc.tree.root());
    let mut cs: Vec<&Container> = w.containers.iter().filter(|c| c.good > 0.0).collect();
    cs.sort_by(|a, b| b.score().total_cmp(&a.score()));
    let mut out = String::new();
    for c in cs.iter().take(8) {
        let b = &w.blocks[c.blocks.start];
        let e = &w.blocks[c.blocks.end - 1];
        out.push_str(&format!(
            "score {:.0} good {:.0} bad {:.0} depth {} hint {} blocks {:?}\n   first: {:.80}\n   last: {:.80}\n",
            c.score(),
            c.good,
            c.bad,
            c.depth,
            c.body_hint,
            c.blocks,
            &w.text[b.start..b.end],
            &w.text[e.start..e.end]
        ));
    }
    for b in &w.blocks {
        out.push_str(&format!(
            "{:?} par {} fur {:?} ld {:.2} | {:.100}\n",
            b.kind,
            b.is_paragraph(),
            b.furniture_depth,
            b.link_density(),
            &w.text[b.start..b.end]
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_attributes_read_as_scrapers_own_lookup_reads_them() {
        let doc = Html::parse_document(
            r##"<html lang="de" xml:lang="de"><body><time datetime="2024-03-05" pubdate class="d">5. März</time>
            <a href=" /x " rel="author">A</a><meta itemprop="datePublished" content="2024-03-05">
            <svg><a xlink:href="#y" href="#z">b</a></svg><p data-x="1" CLASS="Up">t</p></body></html>"##,
        );
        let names = [
            "lang",
            "xml:lang",
            "datetime",
            "pubdate",
            "class",
            "href",
            "rel",
            "itemprop",
            "content",
            "data-x",
            "id",
            "type",
            "",
            "xlink:href",
        ];
        let mut seen = 0;
        for node in doc.tree.nodes() {
            let Some(el) = node.value().as_element() else { continue };
            for name in names {
                assert_eq!(el.plain_attr(name), el.attr(name), "{} {name}", el.name());
                seen += usize::from(el.plain_attr(name).is_some());
            }
        }
        // lang, xml:lang, datetime, pubdate, class (time), href, rel, itemprop, content, href (svg a), data-x, class (p).
        assert_eq!(seen, 12);
    }

    #[test]
    fn class_words_are_looked_up_in_every_list_ignoring_ascii_case() {
        for (word, kinds) in [
            ("sidebar", HINT_FURNITURE | HINT_LISTING),
            ("SideBar", HINT_FURNITURE | HINT_LISTING),
            ("caption", HINT_FURNITURE | HINT_CAPTION),
            ("Credit", HINT_FURNITURE | HINT_CAPTION),
            ("TWEET", HINT_EMBED),
            ("carousel", HINT_LISTING),
            ("newsletter", HINT_FURNITURE),
            ("recommendations", HINT_FURNITURE | HINT_LISTING),
            ("relatedlinks", HINT_FURNITURE | HINT_LISTING),
            ("RelatedPosts", HINT_FURNITURE | HINT_LISTING),
            ("relatedness", 0),
            ("unrelated", 0),
            ("body", 0),
            ("sidebars", 0),
            ("recommendationsx", 0),
            ("recommendationsxx", 0),
            ("", 0),
        ] {
            assert_eq!(hint_word_kinds(word), kinds, "{word}");
        }
        // The table says what a pass over each list says, for every listed word.
        for &w in BOILERPLATE_WORDS.iter().chain(LISTING_WORDS).chain(RELATED_ONE_WORD) {
            let upper = w.to_ascii_uppercase();
            let related = RELATED_ONE_WORD.contains(&w);
            assert_eq!(
                is_boilerplate_word(&upper),
                related || BOILERPLATE_WORDS.contains(&w),
                "{w}"
            );
            assert_eq!(
                hint_word_kinds(&upper) & HINT_LISTING != 0,
                related || LISTING_WORDS.contains(&w),
                "{w}"
            );
        }
    }

    #[test]
    fn hiding_a_label_or_on_some_screens_is_not_furniture() {
        for (class, furniture) in [
            ("related-stories", true),
            ("ad-slot", true),
            ("is-hidden", true),
            ("hidden", true),
            ("c-sidebar widget", true),
            ("o-section--has-ads", true),
            ("field field-name-body field-label-hidden", false),
            ("col-md-4 hidden-xs", false),
            ("teaser hidden-mobile", true),
            ("story-body", false),
            ("relatedlinks block", true),
            ("box relatednews--inline", true),
            ("unrelated-note", false),
        ] {
            assert_eq!(names_furniture(class), furniture, "{class}");
        }
        let text = extract(
            "<html><body><section class=\"o-section\"><div class=\"field field-label-hidden\">\
             <p>The recipe starts with oats cooked in milk with vanilla and cinnamon for five minutes.</p>\
             <p>Toast the nuts in a dry pan, then halve the apples, core them and cut them into thin slices.</p></div></section>\
             <div class=sidebar><p>Our most read stories of the week, picked by the editors for you to enjoy.</p></div></body></html>",
        )
        .text;
        assert!(
            text.starts_with("The recipe starts") && text.contains("Toast the nuts"),
            "{text}"
        );
        assert!(!text.contains("most read"), "{text}");
    }

    #[test]
    fn a_lone_paragraph_chosen_as_the_article_takes_the_prose_after_it() {
        // A post whose paragraphs stand loose in its element beside a share bar of links.
        let share = "<li><a href=/share?to=mail>Send this post to a friend by e-mail (opens a new window)</a></li>";
        let html = format!(
            "<html><body><div class=entry><h1>Night train</h1>\
             <p>The night train left on time, which on this line is news in itself.</p>\
             <p>We had booked a compartment for two, with a window that opened and a folding table that did not fold, and the steward brought tea at ten.</p>\
             <p>By morning the plains had turned to hills, and the last hour ran along a river with mist over it.</p>\
             <div class=buttons><ul>{share}{share}{share}{share}{share}</ul></div>\
             <p>Comments are closed.</p></div></body></html>"
        );
        let text = extract(&html).text;
        assert!(
            text.contains("the steward brought tea") && text.contains("mist over it"),
            "{text}"
        );
        assert!(
            !text.contains("Send this post") && !text.contains("Comments are closed"),
            "{text}"
        );
        // Counter-example: a box after the paragraph ends it, and a teaser
        // paragraph of links after it is not prose.
        let html = format!(
            "<html><body><div class=entry><h1>Night train</h1>\
             <p>We had booked a compartment for two, with a window that opened and a folding table that did not fold, and the steward brought tea at ten.</p>\
             <p><a href=/a>Sleeper trains return</a> and <a href=/b>where to book them this winter</a></p>\
             <div class=buttons><ul>{share}{share}{share}{share}{share}</ul></div></div></body></html>"
        );
        let text = extract(&html).text;
        assert!(
            text.contains("the steward brought tea") && !text.contains("Sleeper trains"),
            "{text}"
        );
    }

    #[test]
    fn a_related_box_named_in_one_word_is_not_article_text() {
        let para = "The town's new tram line opens in May, two years late and forty million euros over its budget.";
        let html = format!(
            "<article><div class=text><p>{para}</p><p>{para} Two.</p>\
             <section class=\"relatedlinks block\"><h2>Entdecken Sie jetzt</h2><ul><li><a href=/a>Busse fahren am Sonntag nach dem Ferienplan</a></li></ul></section>\
             <p>{para} Three.</p></div></article>"
        );
        let text = extract(&html).text;
        assert!(text.contains("Two.") && text.contains("Three."), "{text}");
        assert!(!text.contains("Entdecken") && !text.contains("Ferienplan"), "{text}");
        // A class that only contains the word is no box of links.
        let html = format!(
            "<article><div class=text><p>{para}</p><div class=unrelated-note><p>The operator says the delay had nothing to do with the tender for the trams.</p></div></div></article>"
        );
        assert!(extract(&html).text.contains("nothing to do with the tender"));
    }

    #[test]
    fn footer_rows_of_legal_links_are_stock_lines() {
        for (line, footer) in [
            ("Impressum | Datenschutz | © 2021 Muster GmbH", true),
            ("Cookie Settings · Privacy Notice · Imprint", true),
            ("Aviso legal | Política de cookies | Contacto | Mapa web", true),
            ("MENTIONS LÉGALES • CONFIDENTIALITÉ • PLAN DU SITE", true),
            ("Copyright 2019 Beispiel Verlag | Impressum | AGB", true),
            // Counter-examples: section menus, contact lines, titles with a middle dot.
            ("Politik | Wirtschaft | Sport | Kultur", false),
            ("Kontakt: Jana Muster | Pressestelle | 030 1234", false),
            ("The Garden · Derek Jarman (1990)", false),
            ("Impressum | Datenschutz", false),
            ("Home | News | Privacy | Sport | Weather | Travel", false),
        ] {
            assert_eq!(is_legal_links_line(line), footer, "{line}");
            assert_eq!(is_stock_line(line), footer, "{line}");
        }
    }

    #[test]
    fn a_closing_line_pointing_elsewhere_is_not_the_article() {
        let story = "<p>Die Stadt baut bis 2027 eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit.</p><p>Die Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro für den Bau.</p>";
        let text = "Die Stadt baut bis 2027 eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit.\nDie Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro für den Bau.\n";
        for (tail, kept) in [
            (
                r#"<p>Mehr über die alten Brücken der Stadt lesen Sie <a href="/b">hier</a>.</p>"#,
                false,
            ),
            (r#"<p>… weiter zu „<a href="/t2">Teil 2: Der Bau</a>“</p>"#, false),
            (
                r#"<p>Le dossier complet sur le chantier est <a href="/d">ici</a>.</p>"#,
                false,
            ),
            (r#"<p>Toda la historia del puente, <a href="/h">aquí</a>.</p>"#, false),
            (r#"<p>Continue to <a href="/p2">page two of the plans</a></p>"#, false),
            // Counter-examples: a credit or a line ending on a named link, a
            // link inside the line, two sentences ending on "hier".
            (
                r#"<p>Zuerst erschienen in der <a href="/z">Bauzeitung Mitte</a>.</p>"#,
                true,
            ),
            (
                r#"<p>Weitere Fotos der Baustelle zeigt die <a href="/g">Galerie</a>.</p>"#,
                true,
            ),
            (
                r#"<p>Der Bau beginnt im Mai. Die Pläne finden Sie <a href="/r">hier</a>.</p>"#,
                true,
            ),
            (
                r#"<p>Die Brücke soll auch <a href="/r">Radfahrern</a> einen eigenen Weg bieten.</p>"#,
                true,
            ),
        ] {
            let html = format!("<body><nav><a href=/>Start</a></nav><article>{story}{tail}</article></body>");
            let got = extract(&html).text;
            assert!(got.starts_with(text), "{got}");
            assert_eq!(got.len() > text.len(), kept, "{tail}: {got}");
        }
    }

    #[test]
    fn a_listing_page_is_its_excerpts() {
        let blurb =
            "<p>Das Portal verbreitet seit vielen Jahren Meldungen von Firmen und Verbänden aus der Bahnbranche.</p>";
        let items = [
            (
                "Werft baut zwei Fähren",
                "14.03.2023 | Kiel - Die Werft meldet einen Auftrag über zwei Fähren für die Ostsee, die von 2026 an zwischen Kiel und Oslo fahren und dabei mit Methanol betrieben werden sollen...",
            ),
            (
                "Neue Strecke nach Prag",
                "13.03.2023 | Dresden - Ein Verband von Reisebüros fordert eine schnellere Verbindung von Dresden nach Prag, weil die heutige Fahrt über das Elbtal zu lange dauere und Kunden verliere...",
            ),
            (
                "Stadtwerke kaufen Busse",
                "12.03.2023 | Ulm - Die Stadtwerke haben vierzig Busse mit Batterie bestellt, die vom kommenden Winter an die alten Dieselbusse auf den Linien in der Innenstadt ersetzen sollen...",
            ),
            (
                "Hafen wächst weiter",
                "11.03.2023 | Bremen - Der Hafen hat im vergangenen Jahr mehr Container umgeschlagen als je zuvor, vor allem wegen neuer Verbindungen nach Skandinavien und in das Baltikum hinein...",
            ),
        ];
        let list: String = items
            .iter()
            .map(|(t, x)| format!(r#"<div class="pm"><h2><a href="/pm/{t}">{t}</a></h2><p>{x} <a href="/pm/{t}">weiter...</a></p></div>"#))
            .collect();
        let text = extract(&format!("<body><article>{blurb}{list}</article></body>")).text;
        for (_, x) in items {
            assert!(text.contains(x), "{text}");
        }
        assert!(!text.contains("Das Portal verbreitet"), "{text}");
        // Counter-example: a story of two paragraphs beside the same list.
        let story = "<p>Die Bahn will bis 2030 alle Bahnhöfe der Region barrierefrei umbauen, teilte das Unternehmen am Dienstag mit.</p><p>Die Kosten liegen nach ersten Schätzungen bei rund vierhundert Millionen Euro für alle Stationen.</p>";
        let text = extract(&format!(
            "<body><div class=story>{story}</div><div class=list>{list}</div></body>"
        ))
        .text;
        assert!(text.starts_with("Die Bahn will bis 2030"), "{text}");
        assert!(!text.contains("Die Werft meldet"), "{text}");
    }

    #[test]
    fn prompts_of_seven_languages_are_not_article_text() {
        for (line, prompt) in [
            ("Subscribe now to our eNATION edition for the full story.", true),
            (
                "For the latest stories download the Nationnews apps for iOS and Android.",
                true,
            ),
            ("Jede kleine Spende hilft uns, unabhängig zu berichten.", true),
            ("Jetzt testen und Vorteile sichern!", true),
            (
                "© SPIEGEL ONLINE 2020. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung",
                true,
            ),
            ("Bisher keine Kommentare", true),
            ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", true),
            ("Abonnez-vous à notre lettre d'information", true),
            ("Lascia un commento", true),
            ("Laat een reactie achter", true),
            (
                "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
                true,
            ),
            ("Empfohlener redaktioneller Inhalt", true),
            (
                "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.",
                true,
            ),
            ("Nous utilisons des cookies pour améliorer votre expérience.", true),
            ("Este artículo incluye enlaces de afiliado.", true),
            ("Buy this article for 9,95 €", true),
            ("Get immediate online access to the full article for 24 hours.", true),
            ("The price includes VAT (19 %) and is charged once.", true),
            ("Diesen Artikel kaufen und sofort lesen", true),
            ("Acheter cet article pour 3 €", true),
            ("Acquista l'articolo e leggilo subito", true),
            // Counter-examples: prose that mentions a subscription or a comment.
            ("The company said it had no comments on the deal.", false),
            (
                "Netflix asked its users to subscribe to a cheaper plan with ads.",
                false,
            ),
            ("Der Verein sammelt Spenden für das neue Dach der Kirche.", false),
            ("Browsers will block third-party cookies from next year.", false),
            ("Der Server lädt keinen externen Code nach.", false),
            ("The chain said it would buy this year's crop at a fixed price.", false),
            ("Die Firma will den Artikel nicht mehr kaufen lassen.", false),
            (
                "Readers who subscribe now pay less than those who wait, the publisher said in a statement on Monday, \
                 adding that the price would rise again for everyone who signs up after the end of the month.",
                false,
            ),
        ] {
            assert_eq!(is_prompt_line(line), prompt, "{line}");
        }
    }

    #[test]
    fn kin_are_siblings_or_cousins_of_the_same_tags_and_classes() {
        let doc = Html::parse_document(
            "<html><body><main>\
             <div class=entry><div class=inner><div class=words id=t1>x</div></div></div>\
             <div class=entry><div class=inner><div class=words id=t2>x</div></div></div>\
             <div class=card><div class=inner><div class=words id=t3>x</div></div></div>\
             <section class=entry><div class=inner><div class=words id=t4>x</div></div></section>\
             <div><div id=b1>x</div></div><div><div id=b2>x</div></div>\
             <div class=a><div class=b><div class=c><div class=d id=d1>x</div></div></div></div>\
             <div class=a><div class=b><div class=c><div class=d id=d2>x</div></div></div></div>\
             </main></body></html>",
        );
        let id = |name: &str| {
            let sel = scraper::Selector::parse(&format!("#{name}")).unwrap();
            doc.select(&sel).next().unwrap().id()
        };
        // Cousins under two `div.entry > div.inner` of one parent.
        assert!(kin(&doc, id("t1"), id("t2")));
        // Counter-examples: under a box of another class or tag, bare `<div>`s,
        // the element itself, cousins further up than three levels.
        assert!(!kin(&doc, id("t1"), id("t3")));
        assert!(!kin(&doc, id("t1"), id("t4")));
        assert!(!kin(&doc, id("b1"), id("b2")));
        assert!(!kin(&doc, id("t1"), id("t1")));
        assert!(!kin(&doc, id("d1"), id("d2")));
    }

    #[test]
    fn a_threads_posts_are_taken_together() {
        let post = |n: usize, text: &str| {
            format!(
                "<div class=post id=comment-{n}><div class=author><a href=/u/{n}>user{n}</a> 12.03.2021 09:1{n}</div>\
                 <div class=content><div class=message>{text}</div></div>\
                 <div class=tools><a href=#q>Quote</a> <a href=#r>Reply</a> <a href=#x>Report</a></div></div>"
            )
        };
        let page = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/forum>Forum</a></nav><main><h1>Boiler keeps losing pressure</h1>{}{}{}</main>\
             <div class=login>Log in to reply to this thread.</div></body></html>",
            post(
                1,
                "Since the service visit last autumn my gas boiler loses about half a bar of pressure every week, \
                     and I have to refill it from the mains. Has anyone seen this before, and what should I check first?"
            ),
            post(
                2,
                "Check the expansion vessel first: when its air charge is gone, the pressure rises sharply as the water \
                     heats up, the relief valve opens and lets water out, and the system loses pressure bit by bit. Pump \
                     the vessel up to about one bar with the system drained and watch whether the relief valve still drips \
                     onto the floor or into the drain pipe outside the house."
            ),
            post(
                3,
                "Thanks, the vessel was completely flat, and after pumping it up the pressure has stayed at 1.4 bar for a week."
            ),
        );
        let text = extract(&page).text;
        assert!(text.contains("Since the service visit"), "{text}");
        assert!(text.contains("Check the expansion vessel"), "{text}");
        assert!(text.contains("the vessel was completely flat"), "{text}");
        assert!(!text.contains("Log in to reply"), "{text}");
        // Counter-example: a single story beside a teaser of another class keeps only the story.
        let page = "<html><body><main><div class=story><div class=text><p>The council approved the new cycle lanes on \
                    Tuesday after two years of debate, and work on the first section along the river starts in May.</p>\
                    <p>Shop owners on the high street had asked for more parking, which the plan now adds near the station.</p>\
                    </div></div><div class=promo id=comment-box><div class=text><p>Read our guide to the best cycling \
                    routes in the region, with maps and cafés along the way, in the weekend magazine.</p></div></div>\
                    </main></body></html>";
        let text = extract(page).text;
        assert!(text.contains("The council approved"), "{text}");
        assert!(!text.contains("best cycling routes"), "{text}");
    }

    #[test]
    fn counts_sentences_roughly() {
        for (line, n) in [
            ("One sentence without a stop", 1),
            ("The defense is dealing with a bunch of injuries right now.", 1),
            (
                "Eine Schneedecke sorgt für weniger Strom. Das Gewicht belastet die Module.",
                2,
            ),
            ("He said „so“. „Und dann?“ Sie fragte. Dann ging sie.", 4),
            ("Le projet commence en janvier. «Il était temps», dit-elle.", 2),
            ("Prices rose 3.5 per cent in 2021, the bank said.", 1),
        ] {
            assert_eq!(sentences(line), n, "{line}");
        }
    }

    /// The lead between the headline and a body element that does not hold it.
    #[test]
    fn keeps_a_lead_beside_the_body_and_leaves_deks_captions_and_teasers() {
        let body = "<div class=body><p>The project, organised by the city museum and three associations, will run five years of events across the city.</p>\
            <p>Critics said the money would be better spent elsewhere, and the council will vote on the plan again in the spring of next year.</p></div>";
        let page = |before: &str| {
            extract(&format!(
                "<html><body><nav><a href=/>Home</a></nav><header><h1>Berlin confronts its past</h1>{before}</header>{body}</body></html>"
            ))
            .text
        };
        for (before, lead) in [
            // Examples: a lead in the header, in a class=intro paragraph, in German and Spanish.
            (
                "<p>The German capital has launched a five-year project to mark its part in colonialism. Streets will be renamed.</p>",
                Some("The German capital has launched a five-year project"),
            ),
            (
                "<p class=intro>Eine Schneedecke auf der Anlage sorgt nicht nur für weniger Strom. Das Gewicht belastet auch die Module.</p><p>10.12.2022 von Hinrich Neumann</p>",
                Some("Eine Schneedecke auf der Anlage"),
            ),
            (
                "<p>La estrategia contempla, entre otras acciones, nuevas rutas para el transporte público. El plan se votará en marzo.</p>",
                Some("La estrategia contempla"),
            ),
            // Counter-examples: a one-sentence dek, a caption, a linked teaser, a byline.
            (
                "<p class=dek>The capital is reconsidering its relationship with its colonial history despite opposition.</p>",
                None,
            ),
            (
                "<figure><figcaption><p>A street sign in the African Quarter of Berlin, photographed last year. It will be renamed in the spring.</p></figcaption></figure>",
                None,
            ),
            (
                "<p><a href=/x>Read also: the museum opened a new wing last year. It shows the colonial collection of the city.</a></p>",
                None,
            ),
            ("<p>By Ann Lee, Berlin. Updated 12 January 2021.</p>", None),
        ] {
            let text = page(before);
            match lead {
                Some(l) => assert!(text.starts_with(l), "{before}:\n{text}"),
                None => assert!(text.starts_with("The project, organised"), "{before}:\n{text}"),
            }
            assert!(text.contains("Critics said"), "{text}");
        }
    }

    #[test]
    fn keeps_article_blocks_and_drops_boilerplate() {
        let html = r#"<!doctype html><html lang="en"><head><title>T</title>
            <meta property="article:published_time" content="2026-04-27T08:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Deal done</h1><p>Amazon will invest up to <b>$50 billion</b> in OpenAI, the companies said on Monday, in a deal that changes the cloud market for years to come.</p>
            <div class="related-stories"><p>Read more: other news about the deal and what it means for the cloud market</p></div>
            <h2>What Microsoft keeps</h2>
            <p>Microsoft keeps a license through 2032, and OpenAI pays it a revenue share until 2030.</p></article>
            <footer>© 2026</footer></body></html>"#;
        let page = extract(html);
        assert_eq!(
            page.text,
            "Amazon will invest up to $50 billion in OpenAI, the companies said on Monday, in a deal that changes the cloud market for years to come.\nWhat Microsoft keeps\nMicrosoft keeps a license through 2032, and OpenAI pays it a revenue share until 2030.\n"
        );
        assert_eq!(page.meta.published.as_deref(), Some("2026-04-27"));
        assert_eq!(page.meta.language.as_deref(), Some("en"));
        assert_eq!(
            page.paths,
            [
                "/html[1]/body[1]/article[1]/p[1]",
                "/html[1]/body[1]/article[1]/h2[1]",
                "/html[1]/body[1]/article[1]/p[2]"
            ]
        );
    }

    #[test]
    fn teaser_lists_lose_to_the_story() {
        let teaser = r#"<li><a href="/x">Another story title here</a> Some excerpt of that other story that goes on for a while...</li>"#;
        let html = format!(
            r#"<body><ul class="list">{}</ul><div><p>The story itself has one paragraph of eleven words or so.</p><p>And a second one, also long enough to count as prose.</p></div></body>"#,
            teaser.repeat(6)
        );
        assert_eq!(
            extract(&html).text,
            "The story itself has one paragraph of eleven words or so.\nAnd a second one, also long enough to count as prose.\n"
        );
    }

    #[test]
    fn cards_with_an_empty_link_laid_over_them_are_teasers() {
        let story = "<p>Die Stadt baut bis 2027 eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit.</p><p>Die Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro für den Bau.</p>";
        let want = "Die Stadt baut bis 2027 eine neue Brücke über den Fluss, teilte die Verwaltung am Montag mit.\nDie Kosten liegen nach ersten Schätzungen bei rund zwölf Millionen Euro für den Bau.\n";
        // Cards of three shapes: German news, a French blog's <article> grid, an English shop's journal.
        let cards = [
            r#"<li><a href="/news/a-1"></a><div class="title">Neue Radwege im Süden</div><p><span>12.01.2022</span>Die Gemeinde plant ein Netz von Radwegen, das alle Ortsteile miteinander verbindet und Schulen erreicht.</p></li>"#,
            r#"<article><div><a href="https://blog.example.fr/p/2" aria-label="lire"> </a><h3>Le marché du samedi</h3><p>Chaque samedi matin, les producteurs de la région vendent leurs légumes sur la place de la mairie.</p></div></article>"#,
            r#"<li class="card"><p>Our spring range arrives in stores next week, with linen shirts in six colours and a new trouser cut.</p><a class="cover" href="/journal/spring"></a></li>"#,
        ];
        for card in cards {
            let list = if card.starts_with("<li") {
                format!("<ul>{}</ul>", card.repeat(8))
            } else {
                format!("<div class=\"grid\">{}</div>", card.repeat(8))
            };
            let html = format!("<body><div class=\"story\">{story}</div>{list}</body>");
            assert_eq!(extract(&html).text, want, "{card}");
        }
        // Not cards: one item alone, links with words or a picture, anchors on
        // the page, and long items (a thread's posts) stay text.
        let item = |link: &str| {
            format!(
                "<li>{link}<p>Der Verein trifft sich jeden Dienstag im Gemeindehaus, Gäste sind dort immer willkommen.</p></li>"
            )
        };
        for (list, kept) in [
            (format!("<ul>{}</ul>", item(r#"<a href="/x"></a>"#)), 1),
            (
                format!("<ul>{}</ul>", item(r#"<a href="/x"><img src="a.jpg"></a>"#).repeat(8)),
                8,
            ),
            (format!("<ul>{}</ul>", item(r##"<a href="#top"></a>"##).repeat(8)), 8),
            (
                format!("<ul>{}</ul>", item(r#"<a href="javascript:void(0)"></a>"#).repeat(8)),
                8,
            ),
        ] {
            let html = format!("<body><div class=\"story\">{list}</div></body>");
            let text = extract(&html).text;
            assert_eq!(text.matches("Der Verein trifft sich").count(), kept, "{list}");
        }
        let post = format!(
            "<li><a href=\"/user/7\"></a><p>{}</p></li>",
            "Ich habe das gleiche Problem seit dem Update und finde keine Lösung dafür. ".repeat(10)
        );
        let html = format!("<body><ul class=\"thread\">{}</ul></body>", post.repeat(3));
        assert_eq!(extract(&html).text.matches("gleiche Problem").count(), 30);
    }

    #[test]
    fn an_inline_paragraph_of_prose_outweighs_its_class_words() {
        let prose = "Die Stadtbibliothek öffnet am Samstag ihre neue Lesehalle im alten Zollhaus, \
                     mit zweihundert Plätzen, einer Kinderecke und langen Öffnungszeiten bis in den Abend. \
                     Der Umbau hat zwei Jahre gedauert.";
        let lead = "The harbour board approved the new ferry timetable on Tuesday after a long debate about \
                    the winter crossings and their cost.";
        for (span, kept) in [
            // Pasted text keeps the classes of the site it came from.
            (format!(r#"<span class="_x9 eventDetailsContentTags">{prose}</span>"#), true),
            (format!(r#"<span class="share-note">{prose}</span>"#), true),
            // Hidden, a caption's, or short: the class words stand.
            (format!(r#"<span class="hidden-text">{prose}</span>"#), false),
            (format!(r#"<span class="photo-caption">{prose}</span>"#), false),
            (r#"<span class="tags">Bibliothek, Zollhaus, Umbau</span>"#.to_string(), false),
            (
                r#"<span class="share-links"><a href="/a">Teilen auf Facebook und Twitter und per Mail an Freunde und Bekannte weiterleiten, die es lesen wollen, oder drucken.</a></span>"#
                    .to_string(),
                false,
            ),
        ] {
            let html = format!(
                "<html><body><nav><a href=\"/\">Home</a></nav><article><p>{lead}</p><p>{span}</p>\
                 <p>{lead} It was the third vote.</p></article></body></html>"
            );
            let text = extract(&html).text;
            let inner = span.split('>').nth(1).and_then(|t| t.split('<').next()).unwrap_or("");
            let probe = if inner.is_empty() { "Teilen auf" } else { &inner[..12] };
            assert_eq!(text.contains(probe), kept, "{span}\n{text}");
            assert!(text.contains("harbour board"), "{text}");
        }
    }

    #[test]
    fn class_words_split_at_separators_and_case() {
        let mut words = Vec::new();
        hint_words("relatedArticles share_bar  ad-slot", &mut words);
        assert_eq!(words, ["related", "articles", "share", "bar", "ad", "slot"]);
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let depth = 200_000;
        let html = format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        assert!(nesting_depth(&html) > MAX_NESTING);
        let page = extract(&html);
        assert_eq!(page.text, "Deep text.\n");
    }

    #[test]
    fn no_body_and_no_paragraph_keep_what_text_there_is() {
        assert_eq!(extract("just words <b>here</b>").text, "just words here\n");
        assert_eq!(extract("<html><head><title>x</title></head></html>").text, "");
    }

    #[test]
    fn invisible_characters_are_left_out_of_the_text() {
        for (html, want) in [
            (
                "<p>St. Mag\u{00AD}da\u{00AD}le\u{00AD}ner, the wine of the slopes above Bozen, is red and light.</p>",
                "St. Magdalener, the wine",
            ),
            (
                "<p>A zero\u{200B}width space and a word\u{2060}joiner stay out of the words of this text.</p>",
                "zerowidth space",
            ),
            (
                "<p>Ein Text mit \u{FEFF}BOM in der Mitte, der trotzdem gelesen wird, wie er gemeint ist.</p>",
                "mit BOM in",
            ),
        ] {
            let text = extract(html).text;
            assert!(text.contains(want), "{text}");
        }
        // A visible hyphen stays.
        assert!(
            extract("<p>A well-known fact, stated in a paragraph long enough to be article text here.</p>")
                .text
                .contains("well-known")
        );
    }

    #[test]
    fn more_box_lines_offer_more_of_a_kind() {
        for (line, want) in [
            ("Mehr Kolumnen auf MeinMMO:", true),
            ("Weitere Tourentipps in Schweden", true),
            ("More from News", true),
            ("Más noticias", true),
            ("Altri articoli", true),
            ("Mais notícias", true),
            ("Meer nieuws", true),
            ("Weitere Informationen", true),
            // A comparison, a number, a sentence, one word, a long line.
            ("Mehr als 100 Tote", false),
            ("More than half of them", false),
            ("Mehr Geld für Familien ist gut.", false),
            ("Mehr", false),
            ("Weitere 20 Häuser brannten ab", false),
            ("Mehr Infos auch auf der Website des Vereins Kinderhilfe e.V.", false),
            (
                "Weitere genutzte Quellen in englischer und chinesischer Sprache:",
                false,
            ),
            ("Read more books", false),
        ] {
            assert_eq!(is_more_box_line(line), want, "{line}");
        }
        let text = extract(
            "<html><body><article><p>Der Kungsleden führt über 440 Kilometer durch die Berge Lapplands im Norden.</p>\
             <h3>Weitere Tourentipps in Schweden</h3>\
             <p>Wer im Sommer wandert, braucht ein gutes Mückennetz und Geduld mit dem Wetter dort oben.</p>\
             <h3>Mehr Zeit für den Abstieg</h3>\
             <p>Die letzten Etappen sind steil, und die Hütten schließen im September für den Winter.</p></article></body></html>",
        )
        .text;
        assert!(!text.contains("Tourentipps"), "{text}");
        assert!(
            text.contains("Mückennetz") && text.contains("letzten Etappen"),
            "{text}"
        );
    }

    #[test]
    fn more_headings_of_seven_languages() {
        for (line, want) in [
            ("Mehr zum Thema", true),
            ("Lesen Sie auch:", true),
            ("Más sobre La Tercera AM", true),
            ("Lire aussi…", true),
            ("Leia também", true),
            ("Lees ook", true),
            ("Read more »", true),
            ("Related", true),
            // The heading of an author's bio box.
            ("AUTOR", true),
            ("Zur Autorin", true),
            ("About the author", true),
            ("Sobre el autor", true),
            ("À propos de l'auteur", true),
            // Not a heading of a teaser box.
            (
                "Mehr zum Thema Wärmepumpen finden Sie in unserem großen Ratgeber zum Heizen",
                false,
            ),
            ("Related parties must disclose their stakes", false),
            ("Read more books", false),
            ("Weitere Informationen zum Verfahren", false),
            ("Lee también el informe completo de la comisión sobre la ley", false),
            ("Autor: Jan Berger", false),
            ("Autorin und Verlag streiten über die Rechte am Buch", false),
        ] {
            assert_eq!(is_more_heading(line), want, "{line}");
        }
    }

    #[test]
    fn paragraphs_just_before_the_body_element_are_the_articles() {
        let body = "<div class=article-body><p>The board approved the merger on Monday after a long night of talks with the unions.</p>\
             <p>The banks of the city had asked for more time, but the board said the deal could not wait for them.</p>\
             <p>Shares of both companies rose in early trading, and the unions said they would study the terms.</p>\
             <p>The merger is expected to close in the spring, once the regulators of both countries have approved it.</p></div>";
        // An intro above the byline, outside the body's element; an ad's label between two of its paragraphs.
        for (before, kept) in [
            (
                "<div class=intro><p>Sie sind das Fundament der Selbstfürsorge und dienen uns oft als Wegweiser für den Alltag.</p>\
                 <p>von Daniela Obers</p></div>",
                "Sie sind das Fundament",
            ),
            (
                "<div class=first><p>Rep. Meadows' shock retirement came just 30 hours before the filing deadline in the state.</p>\
                 <p>The congressman will depart the House for a role with the White House, his office said.</p></div>\
                 <div class=ad-slot><p>Advertisement</p></div>",
                "shock retirement",
            ),
        ] {
            let text = extract(&format!("<html><body><h1>Title</h1>{before}{body}</body></html>")).text;
            assert!(text.contains(kept) && text.contains("close in the spring"), "{text}");
            assert!(
                !text.contains("Daniela Obers") && !text.contains("Advertisement"),
                "{text}"
            );
        }
        // Not the article's: a dek in the page's header, a teaser in an aside, a
        // paragraph above a heading, a paragraph of links.
        for (before, left_out) in [
            (
                "<header><p>A short summary of the story that the page shows under its headline.</p></header>",
                "short summary",
            ),
            (
                "<aside><p>Our most read story of the week, picked by the editors for you to enjoy now.</p></aside>",
                "most read",
            ),
            (
                "<p>Another story of the site that stands above the heading of this one, with its own words.</p><h2>Merger</h2>",
                "Another story",
            ),
            (
                "<p><a href=/a>Another story of the site, linked in full</a> and <a href=/b>one more story of it</a>.</p>",
                "Another story",
            ),
        ] {
            let text = extract(&format!("<html><body>{before}{body}</body></html>")).text;
            assert!(
                !text.contains(left_out) && text.contains("close in the spring"),
                "{text}"
            );
        }
    }

    #[test]
    fn captions_and_credits_by_their_label() {
        for (line, want) in [
            (
                "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform.",
                true,
            ),
            ("Abbildung 8: Vorgehensweise für grosse Ereignisse", true),
            ("Fig. 2. The setup of the experiment", true),
            ("Figura 3: evolución de los precios", true),
            ("Foto: Ingo Pertramer", true),
            ("Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.", true),
            ("Beitragsbild via Unsplash.", true),
            ("Photo credit: AP", true),
            ("Crédit photo : AFP", true),
            // Prose that starts with the label's word.
            ("Abbildung 4 zeigt, dass die Schicht bei Belastung bricht.", false),
            (
                "Figure skating is back in the city this winter, with three shows.",
                false,
            ),
            ("Fotos sind erlaubt, aber nur ohne Blitz.", false),
            ("Bildung: Die Schulen öffnen am Montag wieder.", false),
            ("Imagine a city without cars: that is the plan.", false),
        ] {
            assert_eq!(is_caption_line(line), want, "{line}");
        }
        let long = format!(
            "Foto: {}",
            "Die Stadt hat beschlossen, den Platz neu zu gestalten. ".repeat(5)
        );
        assert!(!is_caption_line(&long));
    }

    #[test]
    fn post_metadata_lines_of_seven_languages() {
        for (line, want) in [
            (
                "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.",
                true,
            ),
            (
                "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials. Kommentare zu diesen Eintrag im RSS 2.0 Feed.",
                true,
            ),
            (
                "This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under News.",
                true,
            ),
            ("Publié le 13 janv. 2020 dans Actualités", true),
            ("Publicado el 26 de abril de 2022 en Economía", true),
            ("Geplaatst op 14 maart 2019 in Nieuws", true),
            // No date, or the date is the story's, not the post's.
            ("Erstellt am Anfang des Projekts, nicht am Ende.", false),
            (
                "Hinweis: Diesen Beitrag habe ich 2017 erstmals veröffentlicht und zuletzt 2020 aktualisiert.",
                false,
            ),
            (
                "The report, published on 3 May 2021, found that half the firms had cut their staff.",
                false,
            ),
            (
                "Posted on the door of the town hall, the notice told residents that from 3 May 2021 the market would move.",
                false,
            ),
        ] {
            assert_eq!(is_post_meta_line(line), want, "{line}");
        }
    }

    #[test]
    fn a_post_metadata_line_and_a_lone_more_heading_are_left_out() {
        let para = "The board approved the merger on Monday after a long night of talks with the unions and the banks of the city.";
        let html = format!(
            "<article><p>{para}</p><h3>Lesen Sie auch</h3><p>{para} Two.</p><p>{para} Three.</p><p>{para} Four.</p>\
             <p>This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Business, City.</p></article>"
        );
        let text = extract(&html).text;
        assert!(text.contains("Two.") && text.contains("Four."), "{text}");
        assert!(
            !text.contains("Lesen Sie auch") && !text.contains("This entry"),
            "{text}"
        );
    }

    #[test]
    fn a_block_marked_as_the_author_is_left_out() {
        let para =
            "The regional court ruled on Tuesday that the platform must delete the posts within a day of a complaint.";
        let html = format!(
            "<article><p>{para}</p><p>{para} Two.</p><div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">\
             <p>Mara Lind writes about courts and tech policy and has covered the regional courts for ten years.</p></div></article>"
        );
        let text = extract(&html).text;
        assert!(text.contains("Two.") && !text.contains("Mara Lind"), "{text}");
        // Inline, as a byline's name inside a sentence, it stays.
        let html = format!(
            "<article><p>Reported by <span itemprop=\"author\">Mara Lind</span> for the weekly edition of the court report.</p><p>{para}</p></article>"
        );
        assert!(extract(&html).text.contains("Reported by Mara Lind for the weekly"));
    }

    #[test]
    fn a_more_heading_near_the_end_ends_the_article() {
        let para = "The board approved the merger on Monday after a long night of talks with the unions and the banks of the city.";
        let html = format!(
            "<article><p>{para}</p><p>{para} Two.</p><p>{para} Three.</p><h3>Mehr zum Thema</h3><p>Wärmepumpen im Altbau: was sich lohnt, was nicht, und was die Förderung des Bundes bezahlt.</p></article>"
        );
        let text = extract(&html).text;
        assert!(text.contains("Three."), "{text}");
        assert!(!text.contains("Mehr zum Thema") && !text.contains("Altbau"), "{text}");
        // Early in the article, the story goes on after it.
        let html = format!(
            "<article><p>{para}</p><h3>Lee también</h3><p>{para} Two.</p><p>{para} Three.</p><p>{para} Four.</p></article>"
        );
        assert!(extract(&html).text.contains("Four."));
    }

    #[test]
    fn a_read_more_box_inside_the_story_does_not_end_it() {
        let para = "The regional council voted on Thursday to widen the ring road, after two years of studies and a public hearing.";
        // A box of one link set between two paragraphs of the story, near its end.
        let boxed = |heading: &str| {
            format!(
                "<article><div class=body><p>{para}</p><p>{para} Two.</p><p>{para} Three.</p>\
                 <div class=see-also><div class=see-also-title>{heading}</div>\
                 <a href=/2021/other-story>Bridge works close the harbour road for three weeks</a></div>\
                 <p>Work on the first section is to start in the spring, the council's planning office said.</p></div></article>"
            )
        };
        for heading in ["Lee también...", "Lesen Sie auch:", "Related articles"] {
            let text = extract(&boxed(heading)).text;
            assert!(text.contains("Work on the first section"), "{heading}: {text}");
            assert!(!text.contains(heading) && !text.contains("Bridge works"), "{text}");
        }
        // Counter-examples: the heading among the story's paragraphs, or a boxed
        // heading with no paragraph of the story after it, ends the article.
        let html = format!(
            "<article><div class=body><p>{para}</p><p>{para} Two.</p><p>{para} Three.</p><h3>Lesen Sie auch</h3>\
             <p>Umleitung am Hafen: die Brückenarbeiten sperren die Straße für drei Wochen.</p></div></article>"
        );
        assert!(!extract(&html).text.contains("Umleitung"));
        let html = format!(
            "<article><div class=body><p>{para}</p><p>{para} Two.</p><p>{para} Three.</p></div>\
             <div class=box><h3>Lesen Sie auch</h3><div><p>Bridge works close the harbour road for three weeks from Monday on.</p></div></div></article>"
        );
        assert!(!extract(&html).text.contains("Bridge works"));
    }
}
