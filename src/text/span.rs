//! Offsets: extractors work in byte offsets of the normalized text; reports use
//! Unicode scalar (char) offsets into the stored text. Normalization keeps one
//! normalized char per stored char, so a char offset means the same in both.

/// Converts byte offsets of one text into char offsets in O(block) time.
///
/// Keeps the char count at the start of every `BLOCK` bytes: 4 bytes of index
/// per 256 bytes of text, so a 50 MB article costs under 1 MB.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    block_chars: Vec<u32>,
    ascii_only: bool,
}

const BLOCK: usize = 256;

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Self {
                block_chars: Vec::new(),
                ascii_only: true,
            };
        }
        // Chars per block: bytes that are not UTF-8 continuation bytes.
        let mut block_chars = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0u32;
        for block in text.as_bytes().chunks(BLOCK) {
            block_chars.push(chars);
            chars += block.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u32;
        }
        Self {
            block_chars,
            ascii_only: false,
        }
    }

    /// The char offset of byte offset `byte` (which must be a char boundary of `text`).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.ascii_only {
            return byte;
        }
        let block = byte / BLOCK;
        let Some(&base) = self.block_chars.get(block) else {
            return text.chars().count();
        };
        base as usize + chars_in(&text.as_bytes()[block * BLOCK..byte])
    }
}

/// Chars that start in `bytes`: the bytes that are not UTF-8 continuation
/// bytes (10xxxxxx), counted eight at a time.
fn chars_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        // Bit 7 set and bit 6 clear (shifted up into bit 7's place).
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let rest = words.remainder();
    bytes.len() - continuations - rest.iter().filter(|&&b| b & 0xC0 == 0x80).count()
}

/// Replaces characters the extractors should not have to care about by one
/// plain char each, so the result has exactly as many chars as the input:
/// no-break and other Unicode spaces and tabs become ' ', `\r` becomes '\n',
/// zero-width and soft-hyphen chars become ' ' (not removed: that would shift offsets).
/// Curly quotes, dashes and letters are kept as they are.
pub fn normalize_for_extraction(stored: &str) -> String {
    // Copies runs of unchanged text whole: only a few lead bytes can start a
    // char that is replaced (UTF-8 continuation bytes never match them).
    let bytes = stored.as_bytes();
    let mut out = String::with_capacity(stored.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time past the runs that hold none of them: all
        // those bytes are below 0xc2 and at least 0x0e (a word with no byte
        // of the high half and none below 0x0e: most plain text).
        if let Some(w) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
            const HIGH: u64 = 0x8080_8080_8080_8080;
            // Bit 7 of a byte set when the byte is below 0x0e (for bytes below 0x80).
            let below = w.wrapping_sub(0x0e0e_0e0e_0e0e_0e0e) & !w & HIGH;
            if (w & HIGH) | below == 0 {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if !matches!(b, b'\t' | b'\r' | 0x0b | 0x0c | 0xc2 | 0xe2 | 0xe3 | 0xef) {
            i += 1;
            continue;
        }
        let c = stored[i..].chars().next().unwrap_or(' ');
        let next = i + c.len_utf8();
        if let Some(plain) = replacement(c) {
            out.push_str(&stored[copied..i]);
            out.push(plain);
            copied = next;
        }
        i = next;
    }
    out.push_str(&stored[copied..]);
    out
}

/// The plain char that stands for `c` in the normalized text, when it is replaced.
fn replacement(c: char) -> Option<char> {
    match c {
        '\r' => Some('\n'),
        '\t' | '\u{0b}' | '\u{0c}' => Some(' '),
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(' '),
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Some(' '),
        '\u{2028}' | '\u{2029}' | '\u{85}' => Some('\n'),
        _ => None,
    }
}

/// Slices a text by char offsets after one pass over its bytes: the stored
/// text of a source, sliced for every mention and quote of a report.
#[derive(Debug, Clone)]
pub struct CharSlicer<'a> {
    text: &'a str,
    /// Byte offset of every `MARK`-th char (0, 16, 32, ...); `None` for ASCII
    /// text, where char and byte offsets coincide. A char offset is found
    /// from the mark before it in at most `MARK - 1` steps.
    marks: Option<Vec<usize>>,
    /// Chars in the text.
    chars: usize,
}

const MARK: usize = 16;

impl<'a> CharSlicer<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return Self {
                text,
                marks: None,
                chars: text.len(),
            };
        }
        let bytes = text.as_bytes();
        let mut marks = Vec::with_capacity(text.len() / MARK + 1);
        let mut chars = 0;
        // Eight bytes at a time: a char starts at every byte that is not a
        // continuation byte (10xxxxxx), whose top bit then sits in `starts`.
        // At most one mark falls in eight bytes (MARK > 8): the char whose
        // number is the next multiple of MARK, if it starts among them.
        const TOPS: u64 = 0x8080_8080_8080_8080;
        let words = bytes.chunks_exact(8);
        let tail = words.remainder();
        for (k, word) in words.enumerate() {
            let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
            let mut starts = (!w | (w << 1)) & TOPS;
            let count = starts.count_ones() as usize;
            let to_mark = (MARK - chars % MARK) % MARK;
            if to_mark < count {
                for _ in 0..to_mark {
                    starts &= starts - 1;
                }
                marks.push(k * 8 + starts.trailing_zeros() as usize / 8);
            }
            chars += count;
        }
        let at = bytes.len() - tail.len();
        for (i, &b) in tail.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                if chars % MARK == 0 {
                    marks.push(at + i);
                }
                chars += 1;
            }
        }
        Self {
            text,
            marks: Some(marks),
            chars,
        }
    }

    /// Byte offset of char offset `c` (clamped to the text's end).
    pub fn byte(&self, c: usize) -> usize {
        let Some(marks) = &self.marks else {
            return c.min(self.text.len());
        };
        if c >= self.chars {
            return self.text.len();
        }
        let bytes = self.text.as_bytes();
        let mut b = marks[c / MARK];
        for _ in 0..c % MARK {
            b += utf8_width(bytes[b]);
        }
        b
    }

    /// The chars `start..end` of the text.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = (self.byte(start), self.byte(end));
        &self.text[s..e.max(s)]
    }
}

/// Bytes of the UTF-8 char whose lead byte is `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..0xC0 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_chars_before_byte() {
        let text = "OpenAI’s deal — €5 bn. ".repeat(40);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(index.char_offset(&text, byte), text[..byte].chars().count());
        }
        assert_eq!(index.char_offset(&text, text.len()), text.chars().count());
    }

    #[test]
    fn chars_in_counts_lead_bytes_at_any_length() {
        let text = "a€b’c—d\u{1F600}e ".repeat(5);
        for end in 0..=text.len() {
            let expected = text.as_bytes()[..end].iter().filter(|&&b| b & 0xC0 != 0x80).count();
            assert_eq!(chars_in(&text.as_bytes()[..end]), expected, "{end}");
        }
    }

    #[test]
    fn char_slicer_finds_every_char_at_any_length() {
        // Marks every 16 chars, read 8 bytes at a time: runs of one-, two-,
        // three- and four-byte chars cross both.
        let text = "ab€ü’—\u{1F600}x ÉTÉ 5 bn; “Q3” ".repeat(9);
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let part = &text[..end];
            let slicer = CharSlicer::new(part);
            let starts: Vec<usize> = part.char_indices().map(|(b, _)| b).collect();
            for (c, &b) in starts.iter().enumerate() {
                assert_eq!(slicer.byte(c), b, "{end} {c}");
            }
            assert_eq!(slicer.byte(starts.len()), end);
        }
    }

    #[test]
    fn char_slicer_slices_by_chars() {
        for text in ["plain ascii text", "OpenAI’s €5 bn — “deal”"] {
            let slicer = CharSlicer::new(text);
            let chars: Vec<char> = text.chars().collect();
            for start in 0..=chars.len() {
                for end in start..=chars.len() {
                    assert_eq!(slicer.slice(start, end), chars[start..end].iter().collect::<String>());
                }
            }
            assert_eq!(slicer.slice(3, 1000), chars[3..].iter().collect::<String>());
        }
    }

    proptest::proptest! {
        #[test]
        fn char_slicer_slices_any_text_by_chars(
            text in "([a-z ]{0,20}|[\u{80}-\u{7ff}]|[\u{800}-\u{ffff}]|[\u{10000}-\u{10ffff}]|’){0,30}",
            a in 0usize..200,
            b in 0usize..200,
        ) {
            let slicer = CharSlicer::new(&text);
            let chars: Vec<char> = text.chars().collect();
            let (start, end) = (a.min(b).min(chars.len()), a.max(b).min(chars.len()));
            proptest::prop_assert_eq!(slicer.slice(a.min(b), a.max(b)), chars[start..end].iter().collect::<String>());
            for (c, (byte, _)) in text.char_indices().enumerate() {
                proptest::prop_assert_eq!(slicer.byte(c), byte);
            }
            proptest::prop_assert_eq!(slicer.byte(chars.len()), text.len());
        }

        #[test]
        fn normalization_maps_each_char_on_its_own(
            text in "([a-zA-Z0-9 .]{0,24}|[\t\r\n\u{0b}\u{0c}\u{a0}\u{ad}\u{85}\u{2000}-\u{206f}\u{3000}\u{feff}’é€]){0,40}"
        ) {
            let want: String = text.chars().map(|c| replacement(c).unwrap_or(c)).collect();
            proptest::prop_assert_eq!(normalize_for_extraction(&text), want);
        }
    }

    #[test]
    fn normalization_keeps_char_count_and_quotes() {
        let stored = "a\u{a0}b\r\nc\u{200b}d “q” —\t";
        let norm = normalize_for_extraction(stored);
        assert_eq!(norm.chars().count(), stored.chars().count());
        assert_eq!(norm, "a b\n\nc d “q” — ");
    }

    #[test]
    fn normalization_replaces_exactly_the_listed_chars() {
        // Every char of the planes the lead bytes cover, in a text: each
        // maps as `replacement` says, one char for one char.
        let chars: Vec<char> = (0..0x1_0000u32).filter_map(char::from_u32).collect();
        let stored: String = chars.iter().collect();
        let norm = normalize_for_extraction(&stored);
        let want: String = chars.iter().map(|&c| replacement(c).unwrap_or(c)).collect();
        assert_eq!(norm, want);
        // Normalized text is its own normalization (`Document::part` relies on it).
        assert_eq!(normalize_for_extraction(&norm), norm);
    }
}
