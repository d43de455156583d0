//! Per-article metadata given by the user: command-line flags, sidecar
//! `NAME.meta.json` files and JSON Lines manifests, and the publish date parser.
//!
//! Precedence, most specific intent first: a command-line flag (`--source`,
//! `--published`) > the manifest line > the sidecar file > what the page itself
//! says (HTML metadata) > defaults (source = file name, no publish date).

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// Where a value of the article's metadata came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetaOrigin {
    CommandLine,
    Manifest,
    Sidecar,
    /// `<script type="application/ld+json">` NewsArticle datePublished.
    HtmlJsonLd,
    /// `<meta property="article:published_time">` and similar tags.
    HtmlMeta,
    /// `<time datetime>` in the page.
    HtmlTime,
    /// A publish date under a JSON key of the page's own scripts (`"published_at"`), not JSON-LD.
    HtmlScript,
    /// A date in the page URL (`/2026/04/27/`).
    Url,
    /// A date standing as a whole part of the page's title (`… | DW | 19.01.2020`).
    HtmlTitle,
    /// A visible byline or dateline: a date after "Published"/"Veröffentlicht am",
    /// in an element named for it (`class="post-date"`), or on a short line just before the article.
    Byline,
    /// The earliest full date written in the article's text.
    Text,
    /// Nothing gave a date.
    None,
}

impl MetaOrigin {
    /// The name written in reports (`html_json_ld`).
    pub fn as_str(self) -> &'static str {
        match self {
            MetaOrigin::CommandLine => "command_line",
            MetaOrigin::Manifest => "manifest",
            MetaOrigin::Sidecar => "sidecar",
            MetaOrigin::HtmlJsonLd => "html_json_ld",
            MetaOrigin::HtmlMeta => "html_meta",
            MetaOrigin::HtmlTime => "html_time",
            MetaOrigin::HtmlScript => "html_script",
            MetaOrigin::Url => "url",
            MetaOrigin::HtmlTitle => "html_title",
            MetaOrigin::Byline => "byline",
            MetaOrigin::Text => "text",
            MetaOrigin::None => "none",
        }
    }
}

/// Metadata fields a user can give for an article; all optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct UserMeta {
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// One line of a `--manifest` JSON Lines file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestLine {
    pub path: Option<PathBuf>,
    pub text: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// Parses a publish date: `2026-04-27`, `2026/04/27`, or an RFC 3339 / ISO 8601
/// timestamp (`2026-04-27T09:30:00Z`, `2026-04-27T09:30:00+02:00`), whose local
/// date part is taken: the date the writer saw when "today" was written.
pub fn parse_published(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(date) = s.parse::<Date>() {
        return Some(date);
    }
    if let Ok(date) = s.replace('/', "-").parse::<Date>() {
        if s.len() == 10 {
            return Some(date);
        }
    }
    if let Ok(dt) = s.parse::<jiff::civil::DateTime>() {
        return Some(dt.date());
    }
    if let Ok(ts) = s.parse::<jiff::Zoned>() {
        return Some(ts.date());
    }
    // RFC 3339 with an offset but no zone name: take the date as written.
    if s.len() >= 10 && s.is_char_boundary(10) && s.as_bytes().get(10).is_some_and(|&b| b == b'T' || b == b' ') {
        if let Ok(date) = s[..10].parse::<Date>() {
            return Some(date);
        }
    }
    None
}

/// Parses a publish date given in `origin` (a file), naming that file on failure.
pub fn published_or_error(value: &str, origin: &Path) -> Result<Date> {
    parse_published(value).ok_or_else(|| Error::new(origin, ErrorKind::BadPublished(value.to_owned())))
}

/// The sidecar paths looked for beside `article`: `NAME.meta.json`, and
/// `meta.json` when the article is a fixture's `article.*`.
pub fn sidecar_candidates(article: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let name = article.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.split('.').next().unwrap_or(name);
    if !stem.is_empty() {
        out.push(article.with_file_name(format!("{stem}.meta.json")));
    }
    if stem == "article" {
        out.push(article.with_file_name("meta.json"));
    }
    out
}

/// Reads the first sidecar that exists beside `article`.
pub fn read_sidecar(article: &Path) -> Result<Option<UserMeta>> {
    for sidecar in sidecar_candidates(article) {
        let bytes = match std::fs::read(&sidecar) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(Error::new(
                    article,
                    ErrorKind::BadSidecar {
                        sidecar,
                        reason: e.to_string(),
                    },
                ));
            }
        };
        return serde_json::from_slice::<UserMeta>(&bytes).map(Some).map_err(|e| {
            Error::new(
                article,
                ErrorKind::BadSidecar {
                    sidecar,
                    reason: e.to_string(),
                },
            )
        });
    }
    Ok(None)
}

/// Reads a JSON Lines manifest; each line becomes a result so one bad line
/// does not stop the others. Relative paths are relative to the manifest.
pub fn read_manifest(manifest: &Path) -> Result<Vec<Result<ManifestLine>>> {
    Ok(manifest_lines(manifest)?.collect())
}

/// Reads a manifest line by line as it is consumed (`-` is standard input),
/// so a manifest of millions of articles is never held whole.
pub fn manifest_lines(manifest: &Path) -> Result<impl Iterator<Item = Result<ManifestLine>> + Send + use<>> {
    use std::io::BufRead;
    let reader: Box<dyn BufRead + Send> = if manifest == Path::new("-") {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(manifest).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::new(manifest, ErrorKind::NotFound)
            } else {
                Error::new(manifest, ErrorKind::Io(e))
            }
        })?;
        Box::new(std::io::BufReader::new(file))
    };
    let manifest = manifest.to_path_buf();
    let base = if manifest == Path::new("-") {
        PathBuf::new()
    } else {
        manifest.parent().unwrap_or(Path::new("")).to_path_buf()
    };
    Ok(reader.lines().enumerate().filter_map(move |(i, line)| match line {
        Err(e) => Some(Err(Error::new(
            &manifest,
            ErrorKind::BadManifest {
                line: i + 1,
                reason: e.to_string(),
            },
        ))),
        Ok(line) if line.trim().is_empty() => None,
        Ok(line) => Some(parse_manifest_line(&manifest, &base, i + 1, &line)),
    }))
}

/// Parses line `lineno` (1-based) of a manifest; relative paths are joined to `base`.
fn parse_manifest_line(manifest: &Path, base: &Path, lineno: usize, line: &str) -> Result<ManifestLine> {
    let bad = |reason: String| Error::new(manifest, ErrorKind::BadManifest { line: lineno, reason });
    serde_json::from_str::<ManifestLine>(line)
        .map_err(|e| bad(e.to_string()))
        .and_then(|mut entry| match (&entry.path, &entry.text) {
            (Some(_), Some(_)) => Err(bad("give either \"path\" or \"text\", not both".into())),
            (None, None) => Err(bad("needs \"path\" or \"text\"".into())),
            (Some(p), None) => {
                if p.is_relative() {
                    entry.path = Some(base.join(p));
                }
                Ok(entry)
            }
            _ => Ok(entry),
        })
        .and_then(|entry| match &entry.published {
            Some(p) if parse_published(p).is_none() => Err(bad(ErrorKind::BadPublished(p.clone()).to_string())),
            _ => Ok(entry),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_dates_in_the_forms_people_write() {
        let want = Date::new(2026, 4, 27).unwrap();
        for s in [
            "2026-04-27",
            "2026/04/27",
            "2026-04-27T09:30:00Z",
            "2026-04-27T23:30:00-05:00",
            "2026-04-27 09:30",
        ] {
            assert_eq!(parse_published(s), Some(want), "{s}");
        }
        for s in ["27/04/2026", "yesterday", "", "2026-13-01"] {
            assert_eq!(parse_published(s), None, "{s}");
        }
    }

    #[test]
    fn sidecars_for_plain_and_fixture_names() {
        assert_eq!(
            sidecar_candidates(Path::new("d/story.html")),
            vec![PathBuf::from("d/story.meta.json")]
        );
        assert_eq!(
            sidecar_candidates(Path::new("f/x/article.txt")),
            vec![PathBuf::from("f/x/article.meta.json"), PathBuf::from("f/x/meta.json")]
        );
    }
}
