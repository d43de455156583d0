//! Reading articles: files, folders and manifests to stored text plus metadata.
//!
//! The stored text is the decoded article in Unicode NFC (for HTML: the main
//! text, one block per line). It is what a report keeps in `sources[i].text`
//! and what every offset points into.

pub mod boilerplate;
pub mod html;
pub mod meta;
pub mod pagemeta;
pub mod pubdate;
pub mod read;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::error::{Error, ErrorKind, Result};
pub use meta::MetaOrigin;
pub use read::Decoding;

/// Where an article's language comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LanguageOrigin {
    /// `<html lang>`, `Content-Language`, `og:locale` or JSON-LD `inLanguage`.
    Html,
    /// Detected from the stored text (whatlang), when reliable.
    Detected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Html,
}

/// Where an article comes from and what the user says about it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The file, or `None` for text given inline (a manifest's `text`).
    pub path: Option<PathBuf>,
    pub text: Option<String>,
    /// Metadata from the manifest line, if any.
    pub manifest: Option<meta::UserMeta>,
    /// The manifest file this input came from, to name it in errors.
    pub manifest_path: Option<PathBuf>,
}

impl Input {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Self {
            path: Some(path.into()),
            ..Self::default()
        }
    }

    /// The input a manifest line names (a file or inline text), with its metadata.
    pub fn from_manifest_line(entry: meta::ManifestLine, manifest: &std::path::Path) -> Self {
        Self {
            path: entry.path,
            text: entry.text,
            manifest: Some(meta::UserMeta {
                source: entry.source,
                published: entry.published,
                url: entry.url,
            }),
            manifest_path: Some(manifest.to_path_buf()),
        }
    }

    /// What to call this input in messages.
    pub fn display_path(&self) -> PathBuf {
        match (&self.path, &self.manifest_path) {
            (Some(p), _) => p.clone(),
            (None, Some(m)) => m.clone(),
            (None, None) => PathBuf::from("<text>"),
        }
    }
}

/// Options that apply to every input of a run.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// `--source`: overrides every other source name.
    pub source: Option<String>,
    /// `--published`: overrides every other publish date.
    pub published: Option<Date>,
    /// `--url`: overrides every other URL.
    pub url: Option<String>,
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            source: None,
            published: None,
            url: None,
            max_bytes: read::DEFAULT_MAX_BYTES,
        }
    }
}

/// One article, read and decoded.
#[derive(Debug, Clone)]
pub struct Article {
    pub path: Option<PathBuf>,
    /// The outlet's name ("TechCrunch"); by default the file name.
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub published_from: MetaOrigin,
    /// Other publish dates the page's markup or URL gives, with their origin
    /// (the most trusted one won; these are reported as diagnostics).
    pub published_others: Vec<(Date, MetaOrigin)>,
    pub language: Option<String>,
    /// Whether the language comes from the page's markup or was detected from the text.
    pub language_from: Option<LanguageOrigin>,
    /// The site's own name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The page's `<link rel=canonical>` (else `og:url`).
    pub canonical_url: Option<String>,
    /// The site's section (`article:section`, JSON-LD `articleSection`).
    pub section: Option<String>,
    /// The lead image's URL (`og:image`, JSON-LD `image`).
    pub image: Option<String>,
    /// The page's description (`og:description`, `<meta name=description>`).
    pub description: Option<String>,
    pub format: Format,
    pub decoding: Decoding,
    pub author: Option<String>,
    /// The page's last-modified date, if it gives one.
    pub modified: Option<Date>,
    /// The stored text (NFC); all offsets point into it.
    pub text: String,
    /// Boilerplate regions of the text (char offsets, sorted).
    pub boilerplate: Vec<boilerplate::Region>,
    /// For HTML: the XPath of the page element each line of `text` came from (line i → `html_paths[i]`).
    pub html_paths: Vec<String>,
}

/// Article files a path stands for: the file itself, or the article files in
/// a folder (recursively, sorted, sidecars and fixture expectations left out).
pub fn expand_path(path: &Path) -> Result<Vec<PathBuf>> {
    expand_path_matching(path, None)
}

/// [`expand_path`], keeping in folders only the files that `glob` matches
/// (its file name when the pattern has no `/`, else its path below the folder)
/// instead of the article extensions.
pub fn expand_path_matching(path: &Path, glob: Option<&FileGlob>) -> Result<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| read::io_error(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| read::io_error(&dir, e))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if glob.map_or_else(|| is_article_file(&p), |g| g.matches(path, &p)) {
                out.push(p);
            }
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::new(path, ErrorKind::EmptyDirectory));
    }
    Ok(out)
}

/// A `--glob` pattern choosing the files of a folder.
#[derive(Debug, Clone)]
pub struct FileGlob {
    matcher: globset::GlobMatcher,
    whole_path: bool,
}

impl FileGlob {
    pub fn new(pattern: &str) -> std::result::Result<Self, String> {
        let glob = globset::GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("bad --glob {pattern:?}: {e}"))?;
        Ok(Self {
            matcher: glob.compile_matcher(),
            whole_path: pattern.contains('/'),
        })
    }

    /// Whether `file`, found under the folder `root`, is wanted.
    pub fn matches(&self, root: &Path, file: &Path) -> bool {
        if self.whole_path {
            self.matcher.is_match(file.strip_prefix(root).unwrap_or(file))
        } else {
            file.file_name().is_some_and(|n| self.matcher.is_match(n))
        }
    }
}

/// Whether a file name is an article's: .txt, .html, .htm, .xhtml, optionally .gz.
pub fn is_article_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".txt", ".html", ".htm", ".xhtml"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// Reads one input into an article.
pub fn load(input: &Input, opts: &ReadOptions) -> Result<Article> {
    let shown = input.display_path();
    let (bytes, sidecar) = match (&input.path, &input.text) {
        (Some(path), _) => (read::read_bytes(path, opts.max_bytes)?, meta::read_sidecar(path)?),
        (None, Some(text)) => (text.clone().into_bytes(), None),
        (None, None) => return Err(Error::new(&shown, ErrorKind::Empty)),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(&shown, ErrorKind::Empty));
    }
    if let Some(reason) = read::binary_reason(&bytes) {
        return Err(Error::new(&shown, ErrorKind::Binary(reason)));
    }
    let is_html = input.path.as_deref().is_some_and(|p| {
        let name = p.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml")
    }) || html::looks_like_html(&bytes);

    let (raw_text, decoding) = read::decode(&bytes, if is_html { html::declared_charset(&bytes) } else { None });
    let (body, page_meta, format, html_paths, text_dates) = if is_html {
        let page = html::extract(&raw_text);
        (page.text, page.meta, Format::Html, page.paths, page.text_dates)
    } else {
        (
            raw_text,
            html::PageMeta::default(),
            Format::Text,
            Vec::new(),
            html::TextDates::default(),
        )
    };
    // Most texts are NFC already (all ASCII ones are): the quick check says so without copying.
    let text: String = if body.is_ascii() || is_nfc_quick(body.chars()) == IsNormalized::Yes {
        body
    } else {
        body.nfc().collect()
    };
    if text.trim().is_empty() {
        return Err(Error::new(
            &shown,
            ErrorKind::NoText(if is_html {
                "HTML main-text extraction"
            } else {
                "decoding"
            }),
        ));
    }

    let user = [
        input.manifest.as_ref().map(|m| (m, MetaOrigin::Manifest)),
        sidecar.as_ref().map(|s| (s, MetaOrigin::Sidecar)),
    ];
    let sidecar_path = input.path.as_deref().map(|p| {
        meta::sidecar_candidates(p)
            .into_iter()
            .find(|c| c.exists())
            .unwrap_or_else(|| p.to_path_buf())
    });

    // Publish date: flag > manifest > sidecar > page > none.
    let mut published = None;
    let mut published_from = MetaOrigin::None;
    if let Some(date) = opts.published {
        published = Some(date);
        published_from = MetaOrigin::CommandLine;
    } else {
        for (m, origin) in user.iter().flatten() {
            if let Some(p) = &m.published {
                let file = match origin {
                    MetaOrigin::Manifest => input.manifest_path.clone().unwrap_or_else(|| shown.clone()),
                    _ => sidecar_path.clone().unwrap_or_else(|| shown.clone()),
                };
                published = Some(meta::published_or_error(p, &file)?);
                published_from = *origin;
                break;
            }
        }
    }

    let source = opts
        .source
        .clone()
        .or_else(|| user.iter().flatten().find_map(|(m, _)| m.source.clone()))
        .or_else(|| page_meta.site_name.clone())
        .unwrap_or_else(|| default_source_name(input.path.as_deref()));
    let user_url = opts
        .url
        .clone()
        .or_else(|| user.iter().flatten().find_map(|(m, _)| m.url.clone()));
    let url_dated = [user_url.as_deref(), page_meta.url.as_deref()]
        .into_iter()
        .flatten()
        .find_map(pagemeta::url_date)
        .filter(|d| pubdate::Bounds::now().contains(*d));
    let url = user_url.or(page_meta.url.clone());
    let (language, language_from) = match page_meta.language.clone() {
        Some(l) => (Some(l), Some(LanguageOrigin::Html)),
        None => match detect_language(&text) {
            Some(l) => (Some(l), Some(LanguageOrigin::Detected)),
            None => (None, None),
        },
    };

    // The page's own dates, most trusted first: markup, the URL, the visible byline, the text.
    let mut page_dates: Vec<(MetaOrigin, Date)> = page_meta.dates.clone();
    page_dates.extend(url_dated.map(|d| (MetaOrigin::Url, d)));
    page_dates.extend(page_meta.title_date.map(|d| (MetaOrigin::HtmlTitle, d)));
    // A wiki page's last edit, before the dates its text tells of.
    page_dates.extend(page_meta.wiki_edited.map(|d| (MetaOrigin::Byline, d)));
    let visible: Vec<Date> = [
        text_dates.cued,
        text_dates.element,
        text_dates.byline,
        text_dates.dateline,
    ]
    .into_iter()
    .flatten()
    .collect();
    page_dates.extend(visible.iter().map(|&d| (MetaOrigin::Byline, d)));
    page_dates.extend(text_dates.earliest.map(|d| (MetaOrigin::Text, d)));
    if published.is_none() {
        if let Some(&(origin, date)) = page_dates.first() {
            (published, published_from) = (Some(date), origin);
            if is_markup(origin) {
                let generic = origin == MetaOrigin::HtmlMeta && page_meta.generic_meta_date;
                if let Some((o, d)) =
                    settle_markup_date(date, generic, &page_dates, url_dated, visible.first().copied())
                {
                    (published, published_from) = (Some(d), o);
                }
            }
        }
    }
    // Other dates the markup or URL gives for the page (text dates are not its publish date's rivals).
    let mut published_others: Vec<(Date, MetaOrigin)> = Vec::new();
    for &(origin, date) in &page_dates {
        if matches!(origin, MetaOrigin::Byline | MetaOrigin::Text) {
            continue;
        }
        if Some(date) != published && !published_others.iter().any(|(d, _)| *d == date) {
            published_others.push((date, origin));
        }
    }

    Ok(Article {
        path: input.path.clone(),
        source,
        url,
        title: page_meta.title,
        published,
        published_from,
        published_others,
        language,
        language_from,
        site_name: page_meta.site_name,
        canonical_url: page_meta.url,
        section: page_meta.section,
        image: page_meta.image,
        description: page_meta.description,
        author: page_meta.author,
        modified: page_meta.modified.as_deref().and_then(meta::parse_published),
        format,
        decoding,
        boilerplate: boilerplate::find(&text),
        html_paths,
        text,
    })
}

/// "publish date 2020-01-13 (html_json_ld); the page also gives 2020-01-12 (html_meta)",
/// when the page's markup or URL gives other dates than the one kept.
pub fn published_conflicts(a: &Article) -> Option<String> {
    if a.published_others.is_empty() {
        return None;
    }
    let others: Vec<String> = a
        .published_others
        .iter()
        .map(|(d, o)| format!("{d} ({})", o.as_str()))
        .collect();
    Some(format!(
        "publish date {} ({}); the page also gives {}",
        a.published.map(|d| d.to_string()).unwrap_or_else(|| "none".into()),
        a.published_from.as_str(),
        others.join(", ")
    ))
}

/// How much of a text language detection reads. Trigram detection costs about
/// as much per byte as all the extractors together; on the corpora's 600-odd
/// pages and articles 1200 bytes give the language 4000 gave (see the commit).
const LANGUAGE_SAMPLE: usize = 1200;

/// The cheaper first look: half the sample, taken when whatlang finds it
/// reliable, else the whole sample decides as before. On the fixtures, the dev
/// stories, trafilatura's 472 pages, the 90 article-extraction pages and 1,000
/// generated articles this gives the language 1200 bytes gave, except on two
/// pages 1200 bytes left undecided, which 600 read as Spanish and Portuguese,
/// as their `lang` attributes say (that attribute wins there anyway).
const LANGUAGE_FIRST_LOOK: usize = 600;

/// A glance before the first look, taken when whatlang finds it reliable. A
/// call costs about the same whatever the sample's length (whatlang compares
/// the sample's trigrams with every profile's 300), so this saves only where it
/// also saves the 600-byte call: on 1,000 generated articles detection takes
/// 568 -> 508 M instructions (callgrind, 2026-12-06). Measured on the
/// 1,791 texts of trafilatura's 472 pages, the 90 article-extraction pages,
/// the fixtures, the dev stories, the seeds and 1,000 generated articles: the
/// 831 with a markup `lang` (which the answer is checked against, detection
/// run anyway) keep their answers (817 right either way); four English texts
/// that 600 and 1200 bytes left undecided read as English (one dev story,
/// three generated articles); no other text changes. 300 bytes would read an
/// English text about a French company as French.
const LANGUAGE_GLANCE: usize = 400;

/// `text` cut to at least `len` bytes (at the next char boundary), or whole.
fn language_sample(text: &str, len: usize) -> &str {
    let end = (len..=text.len())
        .find(|&e| text.is_char_boundary(e))
        .unwrap_or(text.len());
    &text[..end]
}

/// The language of a text as an ISO 639-1 code ("de"), or ISO 639-3 where
/// there is none, when whatlang finds it reliably in the first 400 bytes,
/// else in the first 600, else in the first 1200.
pub fn detect_language(text: &str) -> Option<String> {
    let glance = language_sample(text, LANGUAGE_GLANCE);
    let info = match whatlang::detect(glance) {
        Some(info) if info.is_reliable() => info,
        // A text shorter than the glance was read whole already.
        _ if glance.len() == text.len() => return None,
        _ => {
            let first = language_sample(text, LANGUAGE_FIRST_LOOK);
            match whatlang::detect(first) {
                Some(info) if info.is_reliable() => info,
                // A text shorter than the first look was read whole already.
                _ if first.len() == text.len() => return None,
                _ => whatlang::detect(language_sample(text, LANGUAGE_SAMPLE))?,
            }
        }
    };
    if !info.is_reliable() {
        return None;
    }
    let code = info.lang().code();
    // ISO 639-3 to 639-1 for the languages whatlang knows that have one.
    const TWO: &[(&str, &str)] = &[
        ("eng", "en"),
        ("deu", "de"),
        ("fra", "fr"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("rus", "ru"),
        ("ukr", "uk"),
        ("pol", "pl"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("hrv", "hr"),
        ("srp", "sr"),
        ("bul", "bg"),
        ("ron", "ro"),
        ("hun", "hu"),
        ("fin", "fi"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("est", "et"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("ell", "el"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("heb", "he"),
        ("pes", "fa"),
        ("hin", "hi"),
        ("ben", "bn"),
        ("urd", "ur"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("vie", "vi"),
        ("tha", "th"),
        ("ind", "id"),
        ("cat", "ca"),
        ("epo", "eo"),
        ("lat", "la"),
        ("afr", "af"),
        ("bel", "be"),
        ("mkd", "mk"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("aze", "az"),
        ("uzb", "uz"),
        ("tgl", "tl"),
        ("jav", "jv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("mar", "mr"),
        ("guj", "gu"),
        ("kan", "kn"),
        ("mal", "ml"),
        ("pan", "pa"),
        ("nep", "ne"),
        ("sin", "si"),
        ("khm", "km"),
        ("amh", "am"),
        ("yid", "yi"),
        ("zul", "zu"),
        ("sna", "sn"),
        ("aka", "ak"),
        ("ori", "or"),
        ("mya", "my"),
        ("tuk", "tk"),
        ("cym", "cy"),
    ];
    Some(
        TWO.iter()
            .find(|(three, _)| *three == code)
            .map_or(code, |(_, two)| two)
            .to_string(),
    )
}

/// Whether a publish date comes from the page's markup (JSON-LD, meta tags, `<time>`, script data).
fn is_markup(origin: MetaOrigin) -> bool {
    matches!(
        origin,
        MetaOrigin::HtmlJsonLd | MetaOrigin::HtmlMeta | MetaOrigin::HtmlTime | MetaOrigin::HtmlScript
    )
}

/// When the markup's most trusted date `top` is contradicted, the date to take instead:
///
/// | the page gives | taken | why |
/// |---|---|---|
/// | `top` 2020-01-12 (a UTC timestamp), URL `/2020/01/13/` | the URL's | the URL has the site's local day |
/// | JSON-LD 2022-01-04, meta tag 2022-01-06, byline "06.01.2022" | 2022-01-06 (`html_meta`) | the reader's date settles the conflict |
/// | `<time>` 2009-04-11, URL `/2019/10/22/`, byline "22. Oktober 2019" | 2019-10-22 (`url`) | same |
/// | meta tag 2021-11-04 (`T23:00Z`), byline "5. November 2021" | 2021-11-05 (`byline`) | a timestamp one day off the local day shown |
/// | JSON-LD 2020-01-03, byline "6 January 2020" (the page's update) | none: `top` stays | one visible date alone does not beat the markup |
/// | JSON-LD and URL 2023-10-30, a date widget "31.10.2023" | none: `top` stays | two sources agree |
/// | `<meta name="date" content="2020-02-12">` alone, byline "05.02.2020" | 2020-02-05 (`byline`) | a generic `date` tag is often the last change |
fn settle_markup_date(
    top: Date,
    generic: bool,
    page_dates: &[(MetaOrigin, Date)],
    url: Option<Date>,
    visible: Option<Date>,
) -> Option<(MetaOrigin, Date)> {
    // A timestamp read in another zone than the site's is a day off the
    // date the site's CMS wrote into the URL: the URL has the local day.
    if let Some(u) = url.filter(|u| one_day_apart(*u, top)) {
        return Some((MetaOrigin::Url, u));
    }
    let v = visible.filter(|v| *v != top)?;
    let given = |date: Date| {
        page_dates
            .iter()
            .filter(move |(o, d)| *d == date && (is_markup(*o) || *o == MetaOrigin::Url))
    };
    if let Some(&(o, d)) = given(v).next() {
        return Some((o, d));
    }
    // Two sources that agree are not overruled by one visible date; a
    // generic `date` tag alone (often the last change) is.
    let alone = given(top).count() < 2;
    (alone && (generic || one_day_apart(v, top))).then_some((MetaOrigin::Byline, v))
}

fn one_day_apart(a: Date, b: Date) -> bool {
    a.tomorrow().ok() == Some(b) || b.tomorrow().ok() == Some(a)
}

/// The file's stem, or its folder's name for a fixture's `article.*`.
fn default_source_name(path: Option<&Path>) -> String {
    let Some(path) = path else { return "text".to_string() };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("article");
    let stem = name.split('.').next().unwrap_or(name);
    if stem == "article" {
        if let Some(dir) = path.parent().and_then(|d| d.file_name()).and_then(|d| d.to_str()) {
            return dir.to_string();
        }
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    type Case = (
        &'static str,
        bool,
        &'static [(MetaOrigin, &'static str)],
        Option<&'static str>,
        Option<&'static str>,
        Option<(MetaOrigin, &'static str)>,
    );

    #[test]
    fn the_readers_date_settles_conflicts_of_the_markup() {
        use MetaOrigin::{Byline, HtmlJsonLd, HtmlMeta, HtmlTime, Url};
        // (top, generic meta, page dates, URL, first visible date) -> taken instead of top
        let table: &[Case] = &[
            // A UTC timestamp a day off the URL's local day.
            (
                "2020-01-12",
                false,
                &[(HtmlJsonLd, "2020-01-12")],
                Some("2020-01-13"),
                None,
                Some((Url, "2020-01-13")),
            ),
            // The byline shows the date a less trusted source gives.
            (
                "2022-01-04",
                false,
                &[(HtmlJsonLd, "2022-01-04"), (HtmlMeta, "2022-01-06")],
                None,
                Some("2022-01-06"),
                Some((HtmlMeta, "2022-01-06")),
            ),
            (
                "2009-04-11",
                false,
                &[(HtmlTime, "2009-04-11"), (Url, "2019-10-22")],
                Some("2019-10-22"),
                Some("2019-10-22"),
                Some((Url, "2019-10-22")),
            ),
            // A timestamp one day off the day shown.
            (
                "2021-11-04",
                false,
                &[(HtmlMeta, "2021-11-04")],
                None,
                Some("2021-11-05"),
                Some((Byline, "2021-11-05")),
            ),
            // A generic `date` tag alone gives way to the byline.
            (
                "2020-02-12",
                true,
                &[(HtmlMeta, "2020-02-12")],
                None,
                Some("2020-02-05"),
                Some((Byline, "2020-02-05")),
            ),
            // Not overruled: one visible date days away from specific markup ...
            (
                "2020-01-03",
                false,
                &[(HtmlJsonLd, "2020-01-03"), (HtmlMeta, "2020-01-03")],
                None,
                Some("2020-01-06"),
                None,
            ),
            (
                "2020-01-03",
                false,
                &[(HtmlMeta, "2020-01-03")],
                None,
                Some("2020-01-06"),
                None,
            ),
            // ... or a day away from two sources that agree ...
            (
                "2023-10-30",
                false,
                &[(HtmlJsonLd, "2023-10-30"), (Url, "2023-10-30")],
                Some("2023-10-30"),
                Some("2023-10-31"),
                None,
            ),
            // ... or the same date.
            (
                "2021-11-04",
                true,
                &[(HtmlMeta, "2021-11-04")],
                None,
                Some("2021-11-04"),
                None,
            ),
            ("2021-11-04", true, &[(HtmlMeta, "2021-11-04")], None, None, None),
        ];
        for (top, generic, dates, url, visible, want) in table {
            let dates: Vec<(MetaOrigin, Date)> = dates.iter().map(|(o, s)| (*o, d(s))).collect();
            let got = settle_markup_date(d(top), *generic, &dates, url.map(d), visible.map(d));
            assert_eq!(got, want.map(|(o, s)| (o, d(s))), "{top} {dates:?} {url:?} {visible:?}");
        }
    }
}
