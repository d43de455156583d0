//! Bytes to text: size limit, gzip, binary detection and charset decoding.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// Default largest article accepted, in bytes (after gunzip). News articles
/// are kilobytes; anything this large is a dump or a mistake.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// How the bytes were turned into text, reported so a user can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Decoding {
    /// WHATWG encoding name, e.g. "UTF-8", "windows-1252".
    pub encoding: String,
    /// "bom", "utf8" (valid UTF-8), "declared" (HTML meta charset), "detected" (chardetng guess).
    pub by: String,
    /// Whether some bytes were not valid in that encoding and were replaced by U+FFFD.
    pub had_errors: bool,
}

/// Reads a file's bytes, gunzipping `.gz`, with the size limit applied.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(Error::new(path, ErrorKind::EmptyDirectory));
    }
    if meta.len() > max_bytes {
        return Err(Error::new(
            path,
            ErrorKind::TooLarge {
                size: meta.len(),
                limit: max_bytes,
            },
        ));
    }
    let raw = std::fs::read(path).map_err(|e| io_error(path, e))?;
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..])
            .take(max_bytes + 1)
            .read_to_end(&mut out)
            .map_err(|e| Error::new(path, ErrorKind::Binary(format!("bad gzip data: {e}"))))?;
        if out.len() as u64 > max_bytes {
            return Err(Error::new(
                path,
                ErrorKind::TooLarge {
                    size: out.len() as u64,
                    limit: max_bytes,
                },
            ));
        }
        return Ok(out);
    }
    Ok(raw)
}

pub fn io_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::new(path, ErrorKind::NotFound)
    } else {
        Error::new(path, ErrorKind::Io(e))
    }
}

/// Names a binary format from its first bytes, or says why the bytes do not look like text.
pub fn binary_reason(bytes: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"\x89PNG", "PNG image"),
        (b"GIF8", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\x1f\x8b", "gzip data (name it .gz to read it)"),
        (b"\x7fELF", "ELF executable"),
        (b"RIFF", "RIFF media file"),
        (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some((*what).to_string());
        }
    }
    // UTF-16 text has NULs but also a BOM; it is text.
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return None;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("contains NUL bytes".to_string());
    }
    // Counted 255 bytes at a time into a u8 without branches, a loop the
    // compiler vectorizes (every article is read through here).
    let control: usize = head
        .chunks(255)
        .map(|c| {
            usize::from(c.iter().fold(0u8, |n, &b| {
                n + u8::from((b < 0x20) & !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
            }))
        })
        .sum();
    if control * 20 > head.len() {
        return Some(format!("{control} control bytes in the first {} bytes", head.len()));
    }
    None
}

/// Decodes bytes to text: BOM, then a declared charset (HTML), then valid
/// UTF-8, then a chardetng guess. Never fails: undecodable bytes become U+FFFD
/// and `had_errors` says so.
pub fn decode(bytes: &[u8], declared: Option<&'static encoding_rs::Encoding>) -> (String, Decoding) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), decoding(encoding, "bom", had_errors));
    }
    if let Some(encoding) = declared {
        // A page that declares a legacy charset but is valid UTF-8 beyond ASCII
        // was re-saved as UTF-8; trust the bytes.
        if encoding != encoding_rs::UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
            return (
                String::from_utf8_lossy(bytes).into_owned(),
                decoding(encoding_rs::UTF_8, "utf8", false),
            );
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        return (text.into_owned(), decoding(encoding, "declared", had_errors));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), decoding(encoding_rs::UTF_8, "utf8", false));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), decoding(encoding, "detected", had_errors))
}

fn decoding(encoding: &'static encoding_rs::Encoding, by: &str, had_errors: bool) -> Decoding {
    Decoding {
        encoding: encoding.name().to_string(),
        by: by.to_string(),
        had_errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_smart_quotes_are_detected() {
        // “Microsoft’s deal” in windows-1252, no declaration.
        let bytes = b"\x93Microsoft\x92s deal\x94 was signed on Monday, the companies said.";
        let (text, how) = decode(bytes, None);
        assert_eq!(text, "“Microsoft’s deal” was signed on Monday, the companies said.");
        assert_eq!(how.encoding, "windows-1252");
        assert_eq!(how.by, "detected");
    }

    #[test]
    fn bom_wins_and_utf16_is_text() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Hi €".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(binary_reason(&bytes), None);
        let (text, how) = decode(&bytes, None);
        assert_eq!((text.as_str(), how.by.as_str()), ("Hi €", "bom"));
    }

    #[test]
    fn binary_formats_are_named() {
        assert_eq!(binary_reason(b"%PDF-1.7\n..."), Some("PDF document".into()));
        assert_eq!(binary_reason(b"abc\0def"), Some("contains NUL bytes".into()));
        assert_eq!(binary_reason("plain “text”\n".as_bytes()), None);
    }

    #[test]
    fn control_bytes_are_counted_over_chunk_edges() {
        // 600 bytes (three counting chunks): 40 control bytes, besides the
        // newlines, tabs, form feeds and escapes that text may hold.
        let mut bytes = b"line\n\t\x0c\x1b".repeat(50);
        for i in 0..40 {
            bytes[i * 7] = 0x01 + (i % 8) as u8;
        }
        bytes.extend(std::iter::repeat_n(b'a', 600 - bytes.len()));
        assert_eq!(
            binary_reason(&bytes),
            Some("40 control bytes in the first 600 bytes".into())
        );
        // One control byte in 20 is still text.
        let mut text = b"abcdefghijklmnopqrs\x02".repeat(30);
        assert_eq!(binary_reason(&text), None);
        text.push(0x03);
        assert_eq!(
            binary_reason(&text),
            Some("31 control bytes in the first 601 bytes".into())
        );
    }
}
