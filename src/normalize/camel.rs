//! CAMeL Tools' chain `normalize_unicode` → `dediac_ar` → `normalize_alef_ar` →
//! `normalize_alef_maksura_ar` → `normalize_teh_marbuta_ar`, exactly (CAMeL Tools ≥ 1.5.3).
//!
//! `normalize_unicode` replaces U+FDFC and U+FDFD by their words, then applies NFKC with the
//! Unicode tables of Python's `unicodedata` (14.0 for Python 3.11). Code points assigned later
//! are unassigned for Python, so they are left alone here too (see [`super::unicode14`]).
//!
//! The text is cut before every character that NFKC can neither change nor combine with what
//! precedes it; NFKC of the whole text is then the concatenation of NFKC of the pieces, which
//! keeps the work linear and the offset map fine-grained.

use super::offsets::Sink;
use super::unicode14::newer_than_14;
use once_cell::sync::Lazy;
use unicode_normalization::char::{canonical_combining_class, decompose_compatible};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// What the chain after NFKC does with one character.
#[inline]
fn after_nfkc(c: char) -> Option<char> {
    match c {
        // dediac_ar: AR_DIAC_CHARSET.
        '\u{064B}'..='\u{0652}' | '\u{0670}' => None,
        // normalize_alef_ar.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => Some('ا'),
        // normalize_alef_maksura_ar.
        '\u{0649}' => Some('ي'),
        // normalize_teh_marbuta_ar.
        '\u{0629}' => Some('ه'),
        _ => Some(c),
    }
}

/// True for characters the chain changes or removes when they stand alone.
pub(crate) fn folds_after_nfkc(c: char) -> bool {
    after_nfkc(c) != Some(c)
}

const BOUNDARY: u8 = 1;
const STABLE: u8 = 2;

/// `BOUNDARY`: NFKC of the text is NFKC of what precedes this character followed by NFKC of
/// the rest. `STABLE`: NFKC leaves this character alone when it stands between boundaries.
fn props(c: char) -> u8 {
    if c.is_ascii() || newer_than_14(c) {
        return BOUNDARY | STABLE;
    }
    if c == '\u{FDFC}' || c == '\u{FDFD}' {
        // Spelled out by normalize_unicode before NFKC; both begin with a starter.
        return BOUNDARY;
    }
    if canonical_combining_class(c) != 0 {
        return 0;
    }
    match is_nfkc_quick(std::iter::once(c)) {
        IsNormalized::Yes => BOUNDARY | STABLE,
        IsNormalized::Maybe => 0,
        IsNormalized::No => {
            let mut first = None;
            decompose_compatible(c, |d| {
                if first.is_none() {
                    first = Some(d);
                }
            });
            match first {
                Some(d)
                    if canonical_combining_class(d) == 0
                        && is_nfkc_quick(std::iter::once(d)) == IsNormalized::Yes =>
                {
                    BOUNDARY
                }
                _ => 0,
            }
        }
    }
}

static PROPS: Lazy<Box<[u8; 0x800]>> = Lazy::new(|| {
    let mut t = Box::new([0u8; 0x800]);
    for (i, slot) in t.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(i as u32) {
            *slot = props(c);
        }
    }
    t
});

#[inline]
fn props_of(c: char) -> u8 {
    match PROPS.get(c as usize) {
        Some(&p) => p,
        None => props(c),
    }
}

/// `normalize_unicode` of a piece of text cut at boundaries.
fn nfkc_piece(piece: &str) -> String {
    if piece.contains(['\u{FDFC}', '\u{FDFD}']) {
        let fixed = piece
            .replace('\u{FDFC}', "ريال")
            .replace('\u{FDFD}', "بسم الله الرحمن الرحيم");
        fixed.nfkc().collect()
    } else {
        piece.nfkc().collect()
    }
}

#[inline]
fn decode(text: &str, bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes[i];
    if b < 0x80 {
        (b as char, 1)
    } else if b < 0xE0 {
        let cp = ((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        (char::from_u32(cp).unwrap_or('\u{FFFD}'), 2)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

/// Applies the chain after NFKC to the characters of `piece` (starting at input byte `at`).
fn per_char(piece: &str, at: usize, sink: &mut Sink<'_, '_>) {
    let mut buf = [0u8; 4];
    for (k, c) in piece.char_indices() {
        match after_nfkc(c) {
            None => sink.replace(at + k, c.len_utf8(), ""),
            Some(to) if to != c => sink.replace(at + k, c.len_utf8(), to.encode_utf8(&mut buf)),
            Some(_) => {}
        }
    }
}

/// Normalizes `text` into `sink` as the CAMeL Tools chain does.
pub(crate) fn run(text: &str, sink: &mut Sink<'_, '_>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let (c, len) = decode(text, bytes, i);
        if c.is_ascii() && (i + 1 >= n || bytes[i + 1] < 0x80) {
            i += 1;
            continue;
        }
        let p = props_of(c);
        // The piece runs to the next boundary; a character Python does not know is a piece of
        // its own.
        let mut j = i + len;
        if !newer_than_14(c) {
            while j < n {
                let (d, dl) = decode(text, bytes, j);
                if props_of(d) & BOUNDARY != 0 {
                    break;
                }
                j += dl;
            }
        }
        if j == i + len && p & STABLE != 0 {
            match after_nfkc(c) {
                None => sink.replace(i, len, ""),
                Some(to) if to != c => {
                    let mut buf = [0u8; 4];
                    sink.replace(i, len, to.encode_utf8(&mut buf));
                }
                Some(_) => {}
            }
        } else {
            let piece = &text[i..j];
            let nf = nfkc_piece(piece);
            if nf == piece {
                per_char(piece, i, sink);
            } else {
                let out: String = nf.chars().filter_map(after_nfkc).collect();
                if out != piece {
                    sink.replace(i, j - i, &out);
                }
            }
        }
        i = j;
    }
}
