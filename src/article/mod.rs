//! Reading articles: files, folders and manifests to stored text plus metadata.
//!
//! The stored text is the decoded article in Unicode NFC (for HTML: the main
//! text, one block per line). It is what a report keeps in `sources[i].text`
//! and what every offset points into.

pub mod boilerplate;
pub mod html;
pub mod meta;
pub mod pagemeta;
pub mod read;

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, ErrorKind, Result};
pub use meta::MetaOrigin;
pub use read::Decoding;

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
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            source: None,
            published: None,
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
    pub language: Option<String>,
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
    let (body, page_meta, format, html_paths) = if is_html {
        let page = html::extract(&raw_text);
        (page.text, page.meta, Format::Html, page.paths)
    } else {
        (raw_text, html::PageMeta::default(), Format::Text, Vec::new())
    };
    let text: String = body.nfc().collect();
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
        if published.is_none() {
            if let (Some(p), Some(origin)) = (&page_meta.published, page_meta.published_from) {
                if let Some(date) = meta::parse_published(p) {
                    published = Some(date);
                    published_from = origin;
                }
            }
        }
    }

    let source = opts
        .source
        .clone()
        .or_else(|| user.iter().flatten().find_map(|(m, _)| m.source.clone()))
        .or_else(|| page_meta.site_name.clone())
        .unwrap_or_else(|| default_source_name(input.path.as_deref()));
    let url = user.iter().flatten().find_map(|(m, _)| m.url.clone()).or(page_meta.url);
    if published.is_none() {
        if let Some(date) = url.as_deref().and_then(pagemeta::url_date) {
            published = Some(date);
            published_from = MetaOrigin::Url;
        }
    }

    Ok(Article {
        path: input.path.clone(),
        source,
        url,
        title: page_meta.title,
        published,
        published_from,
        language: page_meta.language,
        author: page_meta.author,
        modified: page_meta.modified.as_deref().and_then(meta::parse_published),
        format,
        decoding,
        boilerplate: boilerplate::find(&text),
        html_paths,
        text,
    })
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
