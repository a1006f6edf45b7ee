//! Spans into the caller's original text.
//!
//! Every span the crate returns is a byte range into the string the caller passed in, on char
//! boundaries, together with the same range in Unicode scalar values (for Python users) and the
//! original characters.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A range of the caller's original text.
///
/// `start`/`end` are UTF-8 byte offsets, `char_start`/`char_end` Unicode scalar offsets, and
/// `text` the original characters (`&original[start..end]`).
///
/// ```
/// use libya_nlp::Span;
/// let text = "قال حفتر";
/// let span = Span::from_bytes(text, 7..15);
/// assert_eq!(span.text, "حفتر");
/// assert_eq!((span.char_start, span.char_end), (4, 8));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Unicode scalar offset of the first character.
    pub char_start: usize,
    /// Unicode scalar offset one past the last character.
    pub char_end: usize,
    /// The original characters.
    pub text: String,
}

impl Span {
    /// Builds a span from a byte range of `original`, counting characters from the start.
    ///
    /// The range is clamped to the text and moved outwards to char boundaries, so this never
    /// panics. It costs O(`range.end`); to make many spans of one text use [`CharIndex`].
    ///
    /// ```
    /// use libya_nlp::Span;
    /// let s = Span::from_bytes("ab", 1..99);
    /// assert_eq!((s.start, s.end, s.text.as_str()), (1, 2, "b"));
    /// ```
    pub fn from_bytes(original: &str, range: Range<usize>) -> Span {
        let (start, end) = clamp_range(original, range);
        let char_start = original[..start].chars().count();
        Span {
            start,
            end,
            char_start,
            char_end: char_start + original[start..end].chars().count(),
            text: original[start..end].to_string(),
        }
    }

    /// The byte range `start..end`.
    ///
    /// ```
    /// use libya_nlp::Span;
    /// assert_eq!(Span::from_bytes("abc", 1..2).range(), 1..2);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Converts byte offsets of one text to char offsets in O(1) amortised time.
///
/// Stores the char count at every 64th byte, so memory is about 1/8 of the text size.
///
/// ```
/// use libya_nlp::span::CharIndex;
/// let text = "ليبيا 2019";
/// let idx = CharIndex::new(text);
/// assert_eq!(idx.char_offset(text, 11), 6);
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex {
    checkpoints: Vec<usize>,
}

const STEP: usize = 64;

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STEP + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(STEP) {
            checkpoints.push(count);
            count += count_chars(chunk);
        }
        checkpoints.push(count);
        CharIndex { checkpoints }
    }

    /// The number of chars before byte `pos` of `text` (the text this index was built on).
    ///
    /// `pos` is clamped to the text length; a position inside a char counts that char as not
    /// yet begun.
    pub fn char_offset(&self, text: &str, pos: usize) -> usize {
        let pos = pos.min(text.len());
        let block = pos / STEP;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        base + count_chars(&text.as_bytes()[block * STEP..pos])
    }

    /// A [`Span`] of `text` for a byte range, clamped and widened to char boundaries.
    pub fn span(&self, text: &str, range: Range<usize>) -> Span {
        let (start, end) = clamp_range(text, range);
        Span {
            start,
            end,
            char_start: self.char_offset(text, start),
            char_end: self.char_offset(text, end),
            text: text[start..end].to_string(),
        }
    }
}

/// The number of bytes of `bytes` that are not UTF-8 continuation bytes (`10xxxxxx`), eight
/// at a time.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0usize;
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Bit 7 of each continuation byte: bit 7 set and bit 6 clear.
        let cont = (w & !(w << 1) & HIGH) >> 7;
        // Sum of the eight 0/1 bytes, in the top byte.
        let k = (cont.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        n += 8 - k;
    }
    n + chunks
        .remainder()
        .iter()
        .filter(|&&b| (b as i8) >= -0x40)
        .count()
}

/// Clamps a byte range to `text` and widens it outwards to char boundaries.
pub(crate) fn clamp_range(text: &str, range: Range<usize>) -> (usize, usize) {
    let mut start = range.start.min(text.len());
    let mut end = range.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_chars_matches_chars_count_at_every_prefix() {
        let text = "قال: حفتر، 2019 — U.S. ✓ 😀 ليبيا\né";
        let text = text.repeat(3);
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            for start in (0..=end).filter(|&s| text.is_char_boundary(s)) {
                let want = text[start..end].chars().count();
                assert_eq!(count_chars(&text.as_bytes()[start..end]), want);
            }
        }
        let idx = CharIndex::new(&text);
        for (n, (i, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(&text, i), n);
        }
    }
}
