//! Apache Lucene's `ArabicNormalizer`, exactly.
//!
//! Lucene works on UTF-16 code units, but every character it changes is a BMP Arabic letter or
//! mark, so working on characters gives the same output: آ أ إ → ا, ى → ي, ة → ه, and
//! tatweel U+0640 and the harakat U+064B–U+0652 removed. Everything else is left as it is.

use super::offsets::Sink;

/// Normalizes `text` into `sink` as Lucene's `ArabicNormalizer` does.
pub(crate) fn run(text: &str, sink: &mut Sink<'_, '_>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        // Every character Lucene touches is U+0622–U+0652: lead byte 0xD8 or 0xD9.
        if b == 0xD8 || b == 0xD9 {
            let cp = ((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
            match cp {
                0x0622 | 0x0623 | 0x0625 => sink.replace(i, 2, "ا"),
                0x0649 => sink.replace(i, 2, "ي"),
                0x0629 => sink.replace(i, 2, "ه"),
                0x0640 | 0x064B..=0x0652 => sink.replace(i, 2, ""),
                _ => {}
            }
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// True for characters Lucene's `ArabicNormalizer` changes or removes.
pub(crate) fn folds(c: char) -> bool {
    matches!(
        c,
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0649}' | '\u{0629}' | '\u{0640}' | '\u{064B}'
            ..='\u{0652}'
    )
}
