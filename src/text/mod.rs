//! The text extractors see: normalized, segmented into sentences, with the
//! offset map back to the stored text.

pub mod segment;
pub mod span;

use std::ops::Range;

use jiff::civil::Date;

pub use segment::{Sentence, SentenceKind};
pub use span::{CharIndex, CharSlicer};

/// One article's text, ready for the extractors.
///
/// `text` is the normalized text (see [`span::normalize_for_extraction`]); it has
/// as many chars as the stored text, so the char offset of a byte offset of
/// `text` is also a char offset into the stored text.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub sentences: Vec<Sentence>,
    /// The publish date: the anchor for relative dates ("On Monday", "last quarter").
    pub published: Option<Date>,
    /// Built at first use: the windows extraction cuts a large input into never need it.
    chars: std::sync::OnceLock<CharIndex>,
}

impl Document {
    pub fn new(stored: &str, published: Option<Date>) -> Self {
        let text = span::normalize_for_extraction(stored);
        let sentences = segment::sentences(&text);
        Self {
            text,
            sentences,
            published,
            chars: std::sync::OnceLock::new(),
        }
    }

    /// The document of `self.text[range]` (on char boundaries), without
    /// normalizing again: normalized text is its own normalization. Its
    /// sentences are this document's, clipped to the range and shifted, not
    /// segmented again: the whole text has the context to segment it right,
    /// and a large input's windows are not segmented twice.
    pub fn part(&self, range: Range<usize>) -> Self {
        let text = self.text[range.clone()].to_owned();
        let first = self.sentences.partition_point(|s| s.span.end <= range.start);
        let sentences = self.sentences[first..]
            .iter()
            .take_while(|s| s.span.start < range.end)
            .map(|s| Sentence {
                span: s.span.start.max(range.start) - range.start..s.span.end.min(range.end) - range.start,
                kind: s.kind,
            })
            .filter(|s| !s.span.is_empty())
            .collect();
        Self {
            text,
            sentences,
            published: self.published,
            chars: std::sync::OnceLock::new(),
        }
    }

    /// Char offset of a byte offset of `self.text`.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.chars
            .get_or_init(|| CharIndex::new(&self.text))
            .char_offset(&self.text, byte)
    }

    /// Char range of a byte range of `self.text`.
    pub fn char_range(&self, bytes: &Range<usize>) -> Range<usize> {
        self.char_offset(bytes.start)..self.char_offset(bytes.end)
    }

    /// Index of the sentence that contains byte `byte`, or the one before it
    /// when `byte` falls between sentences.
    pub fn sentence_index(&self, byte: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.start <= byte)
            .saturating_sub(1)
    }

    /// The sentence containing byte `byte`.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        self.sentences.get(self.sentence_index(byte))
    }
}

/// Whether `word` stands in `text` as whole words: no letter or digit right
/// before or after it.
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_index_finds_the_containing_sentence() {
        let doc = Document::new("First one. Second one.\nThird.", None);
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentence_index(0), 0);
        assert_eq!(doc.sentence_index(12), 1);
        assert_eq!(doc.sentence_index(doc.text.len() - 1), 2);
    }

    #[test]
    fn a_part_keeps_the_whole_documents_sentences_clipped_and_shifted() {
        let doc = Document::new("First one. Second one.\nThird.", None);
        // From inside the first sentence to inside the third.
        let part = doc.part(6..25);
        assert_eq!(part.text, "one. Second one.\nTh");
        let spans: Vec<_> = part.sentences.iter().map(|s| &part.text[s.span.clone()]).collect();
        assert_eq!(spans, ["one.", "Second one.", "Th"]);
    }
}
