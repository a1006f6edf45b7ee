//! Apache Lucene's `ArabicNormalizer`, exactly.
//!
//! Lucene works on UTF-16 code units, but every character it changes is a BMP Arabic letter or
//! mark, so working on characters gives the same output: آ أ إ → ا, ى → ي, ة → ه, and
//! tatweel U+0640 and the harakat U+064B–U+0652 removed. Everything else is left as it is.

use super::offsets::Sink;

/// What Lucene does with a character of U+0000–U+07FF: 0 keeps it, otherwise the index of
/// its replacement in `REPLACEMENT`.
fn action(cp: usize) -> u8 {
    match cp {
        0x0622 | 0x0623 | 0x0625 => 1,
        0x0649 => 2,
        0x0629 => 3,
        0x0640 | 0x064B..=0x0652 => 4,
        _ => 0,
    }
}

const REPLACEMENT: [&str; 5] = ["", "ا", "ي", "ه", ""];

/// The two-byte index of the character whose UTF-8 starts with `b0 b1` (when two bytes long).
#[inline(always)]
fn idx2(b0: usize, b1: usize) -> usize {
    ((b0 & 0x1F) << 6) | (b1 & 0x3F)
}

static TABLE: once_cell::sync::Lazy<[u8; 0x800]> = once_cell::sync::Lazy::new(|| {
    let mut t = [0u8; 0x800];
    for (cp, a) in t.iter_mut().enumerate() {
        *a = action(cp);
    }
    t
});

/// Normalizes `text` into `sink` as Lucene's `ArabicNormalizer` does.
pub(crate) fn run(text: &str, sink: &mut Sink<'_, '_>) {
    let table: &[u8; 0x800] = &TABLE;
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        if i + 8 <= n {
            let mut a = [0u8; 8];
            a.copy_from_slice(&bytes[i..i + 8]);
            let w = u64::from_le_bytes(a);
            if w & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
            // Four two-byte characters: independent lookups.
            if w & 0x00E0_00E0_00E0_00E0 == 0x00C0_00C0_00C0_00C0 {
                let ix = |k: u32| idx2((w >> (16 * k)) as usize, (w >> (16 * k + 8)) as usize);
                if table[ix(0)] | table[ix(1)] | table[ix(2)] | table[ix(3)] == 0 {
                    i += 8;
                    continue;
                }
            }
        }
        let b = bytes[i];
        // Every character Lucene touches is U+0622–U+0652: lead byte 0xD8 or 0xD9.
        if b & 0xFE == 0xD8 {
            let act = table[idx2(b as usize, bytes[i + 1] as usize)];
            if act != 0 {
                sink.replace(i, 2, REPLACEMENT[act as usize]);
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
