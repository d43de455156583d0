//! WARC input (the archive format crawls come in, ISO 28500): each HTML or
//! plain-text page a `.warc` or `.warc.gz` file holds is one article, read
//! record by record as the run consumes them.
//!
//! The records are read by the `warc` crate; the HTTP head of a `response`
//! record by `httparse`. A page is taken from a `response` record with status
//! 2xx, or a `resource` record, whose content type is HTML, XHTML or plain
//! text; other records (requests, metadata, images, redirects) are skipped.
//! A `Transfer-Encoding: chunked` or `Content-Encoding: gzip`/`deflate` body
//! is decoded. The page's URL (`WARC-Target-URI`) becomes its URL and its
//! host the source name; the publish date is left to the page (the record's
//! date is when it was crawled, not published).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::article::{Input, html, meta::UserMeta, read};
use crate::error::{Error, ErrorKind, Result};

/// Whether `path` names a WARC file (`.warc` or `.warc.gz`, any case).
pub fn is_warc(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The articles of a WARC file, in file order. A record that cannot be read
/// comes back as an error naming the file and the record's number; the
/// records after a malformed one cannot be found, so the file ends there.
pub fn inputs(path: &Path, max_bytes: u64) -> Box<dyn Iterator<Item = Result<Input>> + Send> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Err(read::io_error(path, e)))),
    };
    let gz = path.to_string_lossy().to_ascii_lowercase().ends_with(".gz");
    let reader: Box<dyn BufRead + Send> = if gz {
        // A .warc.gz is one gzip member per record, concatenated.
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let path = path.to_path_buf();
    let mut records = warc::WarcReader::new(reader).iter_records().enumerate();
    let mut failed = false;
    Box::new(std::iter::from_fn(move || {
        while !failed {
            let (i, record) = records.next()?;
            let at = record_path(&path, i + 1);
            match record {
                Err(e) => {
                    failed = true;
                    return Some(Err(bad(&at, e.to_string())));
                }
                Ok(record) => {
                    if let Some(input) = page(&record, &at, max_bytes).transpose() {
                        return Some(input);
                    }
                }
            }
        }
        None
    }))
}

/// `crawl.warc.gz#17`: the name errors and reports give the 17th record.
fn record_path(path: &Path, n: usize) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!("#{n}"));
    PathBuf::from(s)
}

fn bad(at: &Path, reason: impl Into<String>) -> Error {
    Error::new(at, ErrorKind::BadWarc(reason.into()))
}

/// The article of one record, `None` for a record that holds no page.
fn page(record: &warc::Record<warc::BufferedBody>, at: &Path, max_bytes: u64) -> Result<Option<Input>> {
    let (content_type, body) = match record.warc_type() {
        warc::RecordType::Response => match http_body(record.body(), at)? {
            Some(found) => found,
            None => return Ok(None),
        },
        warc::RecordType::Resource => (
            record
                .header(warc::WarcHeader::ContentType)
                .map(|c| c.into_owned())
                .unwrap_or_default(),
            record.body().to_vec(),
        ),
        _ => return Ok(None),
    };
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !matches!(mime.as_str(), "text/html" | "application/xhtml+xml" | "text/plain") {
        return Ok(None);
    }
    if body.len() as u64 > max_bytes {
        return Err(Error::new(
            at,
            ErrorKind::TooLarge {
                size: body.len() as u64,
                limit: max_bytes,
            },
        ));
    }
    let declared =
        charset(&content_type).or_else(|| (mime != "text/plain").then(|| html::declared_charset(&body)).flatten());
    let (text, _) = read::decode(&body, declared);
    let url = record.header(warc::WarcHeader::TargetURI).map(|u| u.trim().to_string());
    let host = url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| u.host_str().map(|h| h.strip_prefix("www.").unwrap_or(h).to_string()));
    Ok(Some(Input {
        path: None,
        text: Some(text),
        manifest: Some(UserMeta {
            source: host,
            published: None,
            url,
        }),
        manifest_path: Some(at.to_path_buf()),
    }))
}

/// The content type and decoded body of an HTTP response with status 2xx; `None` for other statuses.
fn http_body(message: &[u8], at: &Path) -> Result<Option<(String, Vec<u8>)>> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut response = httparse::Response::new(&mut headers);
    let head_len = match response.parse(message) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Err(bad(at, "HTTP response head is cut short")),
        Err(e) => return Err(bad(at, format!("HTTP response head: {e}"))),
    };
    if !response.code.is_some_and(|c| (200..300).contains(&c)) {
        return Ok(None);
    }
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let content_type = header("content-type").unwrap_or_default();
    let mut body = message[head_len..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body).ok_or_else(|| bad(at, "malformed chunked HTTP body"))?;
    }
    match header("content-encoding").as_deref() {
        Some("gzip" | "x-gzip") => body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), at)?,
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&body[..]), at)?,
        _ => {}
    }
    Ok(Some((content_type, body)))
}

fn inflate(mut r: impl Read, at: &Path) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    r.read_to_end(&mut out)
        .map_err(|e| bad(at, format!("compressed HTTP body: {e}")))?;
    Ok(out)
}

/// The body of a chunked transfer: hex size line, that many bytes, CRLF; a zero size ends it.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let line_end = b.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&b[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        b = &b[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?.strip_prefix(b"\r\n")?;
    }
}

/// The encoding a `Content-Type` names (`text/html; charset=windows-1252`).
fn charset(content_type: &str) -> Option<&'static encoding_rs::Encoding> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset"))
            .then(|| encoding_rs::Encoding::for_label(v.trim().trim_matches('"').as_bytes()))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined_and_malformed_ones_refused() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n6;x=y\r\npedia \r\n0\r\n\r\n").unwrap(),
            b"Wikipedia "
        );
        assert_eq!(dechunk(b"zz\r\nab\r\n0\r\n\r\n"), None);
        assert_eq!(dechunk(b"10\r\nshort\r\n"), None);
        assert_eq!(dechunk(b"3\r\nabc"), None);
    }

    #[test]
    fn charset_is_read_from_the_content_type() {
        assert_eq!(
            charset("text/html; charset=windows-1252"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(charset("text/html;Charset=\"UTF-8\""), Some(encoding_rs::UTF_8));
        assert_eq!(charset("text/html"), None);
        assert_eq!(charset("text/html; charset=no-such"), None);
    }

    #[test]
    fn warc_names_are_recognized() {
        assert!(is_warc(Path::new("crawl/CC-MAIN-1.warc.gz")));
        assert!(is_warc(Path::new("a.WARC")));
        assert!(!is_warc(Path::new("a.warc.txt")));
        assert!(!is_warc(Path::new("page.html.gz")));
    }
}
