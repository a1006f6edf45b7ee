//! The compact alphabet: normalized text one byte per character, without its spaces, for the
//! automaton of names (one view of a document, filled once), and the trie of the event
//! lexicon's forms ([`trie`]), labelled with the same bytes.

// The compact alphabet. Space-free names and the space-free text are matched one byte per
// character, which halves the bytes the automaton steps through (an Arabic letter is two bytes
// of UTF-8, both needed to tell it from another): ASCII is itself, U+0600..U+067C (the Arabic
// letters, digits and marks of `search`-normalized text) is 0x80..0xFC, and any other
// character is one byte for its UTF-8 length: 0xFD (two bytes), 0xFE (three), 0xFF (four).
// A name or trigger with such a character is checked against the text.

pub(crate) mod dfa;
pub(crate) mod trie;

/// A fast hasher for short keys (names, words: the gazetteer's build, the records' tables):
/// once FNV-1a (a multiply per byte), now eight bytes a step like [`Words`], with the last
/// one to seven bytes read in at most two loads instead of a copy (the name stays for its
/// users). Only for sets and maps that are looked up, never iterated (the order of an
/// iteration would change with the hasher).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fnv(u64);

/// The little-endian word of the last `1..=7` bytes `rest` of a key, every byte in it: the
/// first and last four bytes (overlapping) from four to seven, the first, middle and last
/// byte below, and the length in the top byte, so that two tails of one key length differ
/// when their bytes do.
#[inline(always)]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let w = if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        u64::from(lo) | (u64::from(hi) << 32)
    } else {
        u64::from(rest[0]) | (u64::from(rest[n / 2]) << 8) | (u64::from(rest[n - 1]) << 16)
    };
    w ^ ((n as u64) << 59)
}

/// Mixes the bytes of a key into `h`, eight at a step.
#[inline(always)]
fn mix_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(
            h,
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        );
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(h, tail_word(rest));
    }
    h
}

impl std::hash::Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        // The high bits of a product are its best mixed: rotated down to where the table
        // takes its bucket.
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix_bytes(self.0, bytes);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// Builds [`Fnv`] hashers.
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// A faster hasher for long keys (whole names, when the gazetteer is built): eight bytes a
/// step, multiply and rotate. Only for sets and maps that are looked up, never iterated (the
/// order of an iteration would change with the hasher).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Words(u64);

impl Words {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for Words {
    #[inline]
    fn finish(&self) -> u64 {
        // The high bits of a product are its best mixed: rotated down to where the table
        // takes its bucket.
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = mix_bytes(self.0, bytes);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// Builds [`Words`] hashers.
pub(crate) type WordsBuild = std::hash::BuildHasherDefault<Words>;

/// The compact byte of the two-byte character `b0 b1` (a lead byte 0xC2..0xDF).
#[inline]
fn compact_two(b0: u8, b1: u8) -> u8 {
    if b0 & 0xFE == 0xD8 {
        ARABIC[usize::from(((b0 & 1) << 6) | (b1 & 0x3F))]
    } else {
        0xFD
    }
}

/// The compact bytes of U+0600..U+067F, by offset in that range.
const ARABIC: [u8; 128] = {
    let mut t = [0xFD; 128];
    let mut o = 0;
    while o < 0x7D {
        t[o] = 0x80 | o as u8;
        o += 1;
    }
    t
};

/// The compact byte standing for a character of more than two bytes (`lead` its first byte).
#[inline]
fn compact_long(lead: u8) -> (u8, usize) {
    if lead >= 0xF0 {
        (0xFF, 4)
    } else {
        (0xFE, 3)
    }
}

/// A name or phrase in the compact alphabet (a space is itself), and whether it has a
/// character the alphabet does not tell apart from others (the builds append keys to one
/// buffer with [`compact_key_into`]).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn compact_key(key: &str) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(key.len());
    let shared = compact_key_into(key, &mut out);
    (out, shared)
}

/// A key in the compact alphabet appended to `out` (what [`compact_key`] gives), and whether
/// it has a character the alphabet does not tell apart from others.
pub(crate) fn compact_key_into(key: &str, out: &mut Vec<u8>) -> bool {
    let b = key.as_bytes();
    out.reserve(b.len());
    let mut shared = false;
    let mut i = 0;
    while i < b.len() {
        let (k, len) = compact_at(b, i);
        i += len;
        shared |= k >= 0xFD;
        out.push(k);
    }
    shared
}

/// The compact byte of the character starting at `b[i]` (a char boundary of a `str`) and the
/// character's length in bytes.
#[inline]
fn compact_at(b: &[u8], i: usize) -> (u8, usize) {
    let c = b[i];
    if c & 0xFE == 0xD8 {
        // U+0600..U+067F, most of a name or a text: first.
        (ARABIC[usize::from(((c & 1) << 6) | (b[i + 1] & 0x3F))], 2)
    } else if c < 0x80 {
        (c, 1)
    } else if c < 0xE0 {
        (compact_two(c, b[i + 1]), 2)
    } else {
        compact_long(c)
    }
}

/// `key` without its spaces, as text and in the compact alphabet (what [`compact_key`] gives
/// the text), whether it has a character the alphabet does not tell apart from others, and
/// where its spaces were: offsets into the compact form, counted in characters (none past
/// 64 Ki characters). One pass, for the gazetteer's space-free names.
#[cfg(test)]
pub(crate) fn compact_space_free(key: &str) -> (String, Box<[u16]>, Vec<u8>, bool) {
    let mut text = String::with_capacity(key.len());
    let mut out = Vec::with_capacity(key.len());
    let mut spaces = Vec::new();
    let shared = compact_space_free_into(key, &mut text, &mut spaces, &mut out);
    (text, spaces.into(), out, shared)
}

/// [`compact_space_free`] appended to buffers, so that a build of many names allocates none
/// per name: the text without its spaces to `text`, its compact form to `out`, where its
/// spaces were (offsets into its compact form) to `spaces`; whether it has a character the
/// alphabet does not tell apart from others.
pub(crate) fn compact_space_free_into(
    key: &str,
    text: &mut String,
    spaces: &mut Vec<u16>,
    out: &mut Vec<u8>,
) -> bool {
    let b = key.as_bytes();
    text.reserve(key.len());
    out.reserve(key.len());
    let base = out.len();
    let mut shared = false;
    let (mut i, mut word) = (0, 0);
    while i < b.len() {
        if b[i] == b' ' {
            text.push_str(&key[word..i]);
            word = i + 1;
            if let Ok(at) = u16::try_from(out.len() - base) {
                spaces.push(at);
            }
            i += 1;
            continue;
        }
        let (k, len) = compact_at(b, i);
        i += len;
        shared |= k >= 0xFD;
        out.push(k);
    }
    text.push_str(&key[word..]);
    shared
}

/// Whether `key` has a character the compact alphabet does not tell apart from others: the
/// flag of [`compact_key`], without building the key.
#[cfg(test)]
pub(crate) fn compact_shared(key: &str) -> bool {
    let b = key.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
        } else if c < 0xE0 {
            if compact_two(c, b[i + 1]) >= 0xFD {
                return true;
            }
            i += 2;
        } else {
            return true;
        }
    }
    false
}

/// Bytes of UTF-8 that the compact bytes `k` stand for.
#[inline]
pub(crate) fn compact_width(k: &[u8]) -> usize {
    k.iter()
        .map(|&b| 1 + usize::from(b >= 0x80) + usize::from(b >= 0xFE) + usize::from(b == 0xFF))
        .sum()
}

/// The text in the compact alphabet without its spaces, for the space-free automaton.
#[derive(Default)]
pub(crate) struct Compact {
    /// One byte per character that is not a space: `buf[..len]`.
    buf: Vec<u8>,
    len: usize,
    /// Where each space (or quotation mark) was: before which compact byte.
    pub(crate) gaps: Vec<usize>,
    /// Bytes of the text held by the gaps before gap `k`: `gap_bytes[k]` (one more entry than
    /// `gaps`).
    pub(crate) gap_bytes: Vec<usize>,
    /// Runs of characters of one width: where each begins (a compact byte) and the bytes of
    /// the text (spaces left out) before it.
    pub(crate) runs: Vec<(usize, usize)>,
    /// Runs of ASCII letters in the text: byte ranges, in order.
    latin: Vec<std::ops::Range<usize>>,
    /// The length of the text last filled in (`None`: never filled).
    filled: Option<usize>,
}

impl Compact {
    pub(crate) fn fill(&mut self, t: &str) {
        let b = t.as_bytes();
        // A character is at least one byte: the compact text never outgrows the text. The
        // buffers only grow (old contents are overwritten), and are written by index.
        if self.buf.len() < b.len() {
            self.buf.resize(b.len(), 0);
        }
        let out = &mut self.buf[..b.len()];
        let gaps = &mut self.gaps;
        let gap_bytes = &mut self.gap_bytes;
        let runs = &mut self.runs;
        let latin = &mut self.latin;
        latin.clear();
        gaps.clear();
        gap_bytes.clear();
        gap_bytes.push(0);
        runs.clear();
        // Bytes of the text in gaps so far.
        let mut skipped = 0;
        // The width of the characters of the current run (0: none yet).
        let mut run = 0;
        let (mut i, mut j) = (0, 0);
        while i < b.len() {
            let c = b[i];
            if c & 0xFE == 0xD8 {
                // A run of Arabic letters (most of the text): two bytes to one, in a tight loop.
                if run != 2 {
                    run = 2;
                    runs.push((j, i - skipped));
                }
                // Single spaces between Arabic words are gaps taken here too (they change no
                // run): a run of words is one pass, two bytes to one in a tight loop.
                loop {
                    let (rest, dst) = (&b[i..], &mut out[j..]);
                    let mut n = 0;
                    for (pair, o) in rest.chunks_exact(2).zip(dst.iter_mut()) {
                        if pair[0] & 0xFE != 0xD8 {
                            break;
                        }
                        *o = ARABIC[usize::from(((pair[0] & 1) << 6) | (pair[1] & 0x3F))];
                        n += 1;
                    }
                    i += 2 * n;
                    j += n;
                    match b.get(i..i + 2) {
                        Some(&[b' ', c1]) if c1 & 0xFE == 0xD8 => {
                            gaps.push(j);
                            skipped += 1;
                            gap_bytes.push(skipped);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                continue;
            }
            // `t` is UTF-8: a lead byte has its continuation.
            // A space, or a quotation mark inside a name (`حقل “الشرارة”`, `مستشفى "الجلاء"`),
            // is a gap: names are matched across it. (Quotation marks other than `"` are two
            // or three bytes, none of them Arabic.)
            let quote = || t[i..].chars().next().is_some_and(is_quote_char);
            let (k, len, gap) = if c < 0x80 {
                if c.is_ascii_alphabetic() {
                    match latin.last_mut() {
                        Some(r) if r.end == i => r.end = i + 1,
                        _ => latin.push(i..i + 1),
                    }
                }
                // A number in parentheses inside a name (`اللواء (444)`) is matched as the
                // number: the parentheses next to a digit are gaps.
                let paren =
                    (c == b'(' && starts_digit(&b[i + 1..])) || (c == b')' && ends_digit(&b[..i]));
                // A hashtag's underscore between Arabic letters (`#مجلس_شورى_درنة`) is a
                // space.
                let tag = c == b'_'
                    && i >= 2
                    && b[i - 2] & 0xFE == 0xD8
                    && b.get(i + 1).is_some_and(|&n| n & 0xFE == 0xD8);
                (c, 1, c == b' ' || c == b'"' || paren || tag)
            } else if c < 0xE0 {
                (0xFD, 2, c == 0xC2 && quote())
            } else {
                let (k, len) = compact_long(c);
                (k, len, c == 0xE2 && quote())
            };
            if gap {
                gaps.push(j);
                skipped += len;
                gap_bytes.push(skipped);
            } else {
                if len != run {
                    run = len;
                    runs.push((j, i - skipped));
                }
                out[j] = k;
                j += 1;
            }
            i += len;
        }
        self.len = j;
        self.filled = Some(b.len());
    }

    /// The runs of ASCII letters of the text the view was last filled with (byte ranges, in
    /// order), when that text had `len` bytes; `None` otherwise (never filled, or another
    /// text): the caller then looks at the text itself.
    pub(crate) fn latin_runs(&self, len: usize) -> Option<&[std::ops::Range<usize>]> {
        (self.filled == Some(len)).then_some(&self.latin[..])
    }

    /// Bytes of the text (spaces left out) before compact byte `q`, from the run `r` that
    /// holds byte `q - 1` (or begins at `q`).
    #[inline]
    pub(crate) fn width_in_run(&self, r: usize, q: usize) -> usize {
        let (rq, rw) = self.runs[r];
        rw + compact_width(&self.buf[rq..rq + 1]) * (q - rq)
    }

    /// Bytes held by the buffers.
    pub(crate) fn footprint(&self) -> usize {
        self.buf.capacity()
            + (self.gaps.capacity() + self.gap_bytes.capacity()) * std::mem::size_of::<usize>()
            + self.runs.capacity() * std::mem::size_of::<(usize, usize)>()
            + self.latin.capacity() * std::mem::size_of::<std::ops::Range<usize>>()
    }

    /// The compact text.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The quotation marks that may stand inside a name where it has a space.
/// True when `b` begins with a digit: ASCII, Arabic-Indic (U+0660–0669) or Extended
/// Arabic-Indic (U+06F0–06F9).
fn starts_digit(b: &[u8]) -> bool {
    match b {
        [d, ..] if d.is_ascii_digit() => true,
        [0xD9, 0xA0..=0xA9, ..] | [0xDB, 0xB0..=0xB9, ..] => true,
        _ => false,
    }
}

/// True when `b` ends with a digit (the digits of [`starts_digit`]).
fn ends_digit(b: &[u8]) -> bool {
    match b {
        [.., d] if d.is_ascii_digit() => true,
        [.., 0xD9, 0xA0..=0xA9] | [.., 0xDB, 0xB0..=0xB9] => true,
        _ => false,
    }
}

pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '″')
}

thread_local! {
    /// The compact text, reused by the next call on this thread.
    static SCRATCH: std::cell::RefCell<Compact> = std::cell::RefCell::new(Compact::default());
}

/// Buffers over this size (all together) are freed after the call rather than kept for the
/// next.
const SCRATCH_KEEP: usize = 32 << 20;

/// The thread's compact buffers, filled with `t` (give them back with [`give_back`]).
pub(crate) fn take_filled(t: &str) -> Compact {
    let mut c = SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
    c.fill(t);
    c
}

/// Keeps `c`'s buffers for the thread's next call, unless they are large.
pub(crate) fn give_back(c: Compact) {
    if c.footprint() <= SCRATCH_KEEP {
        SCRATCH.with(|s| *s.borrow_mut() = c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compact view of a text is the compact key of its characters other than its gaps
    /// (spaces and `"` here), on runs of Arabic letters of several lengths, letters outside
    /// U+0600..U+067F, other blocks, and text that ends inside a letter run.
    #[test]
    fn the_compact_view_is_the_key_of_the_text_without_its_gaps() {
        let mut c = Compact::default();
        for t in [
            "",
            "ب",
            "بت",
            "بتث",
            "بتثج",
            "بتثجح",
            "بتثجحخد قصف",
            "الأممالمتحدة للدعم في ليبيا",
            "ب\u{067D}ی\u{06CC}ک\u{06A9}تث",
            "قال: \"حفتر\" 2019، é ★ 🦅 قتلوا",
            "abcd مصراتة1234 ٢٠١٩",
        ] {
            c.fill(t);
            let kept: String = t.chars().filter(|&ch| ch != ' ' && ch != '"').collect();
            assert_eq!(c.bytes(), &compact_key(&kept).0[..], "{t:?}");
        }
    }

    /// The tail word of a key holds every byte of the tail: two tails of one length differ
    /// when a byte does (every byte pair of lengths 1 to 7 over a few values).
    #[test]
    fn tail_words_of_one_length_differ_when_their_bytes_do() {
        let vals = [0u8, 1, 0x7F, 0x80, 0xD8, 0xFF];
        for n in 1..=7usize {
            let mut seen = std::collections::HashMap::new();
            for pos in 0..n {
                for &v in &vals {
                    let mut t = vec![0xA5u8; n];
                    t[pos] = v;
                    if let Some(old) = seen.insert(tail_word(&t), t.clone()) {
                        assert_eq!(old, t, "length {n}");
                    }
                }
            }
        }
    }

    /// Sets hashed with [`FnvBuild`] and [`WordsBuild`] find what was put in them, keys of
    /// every length from 0 to 24 bytes included.
    #[test]
    fn the_fast_hashers_find_their_keys() {
        let keys: Vec<String> = (0..25)
            .map(|n| "ب".repeat(n / 2) + &"x".repeat(n % 2))
            .collect();
        let fnv: std::collections::HashSet<&str, FnvBuild> =
            keys.iter().map(|k| k.as_str()).collect();
        let words: std::collections::HashSet<&str, WordsBuild> =
            keys.iter().map(|k| k.as_str()).collect();
        assert_eq!(fnv.len(), keys.len());
        assert_eq!(words.len(), keys.len());
        for k in &keys {
            assert!(fnv.contains(k.as_str()) && words.contains(k.as_str()));
            assert!(!fnv.contains((k.clone() + "ت").as_str()));
        }
    }

    #[test]
    fn shared_is_the_flag_of_the_key() {
        for t in [
            "",
            "قصف",
            "a b",
            "é",
            "★",
            "🦅",
            "ب\u{067D}",
            "\u{067C}",
            "ـ",
        ] {
            assert_eq!(compact_shared(t), compact_key(t).1, "{t:?}");
        }
    }

    #[test]
    fn space_free_compact_form_is_the_key_of_the_name_without_spaces() {
        for t in [
            "",
            " ",
            "قصف",
            "المجلس البلدي  مصراتة",
            " a b ",
            "é ★ 🦅 ب\u{067D}",
            "ـ \u{067C}",
        ] {
            let text: String = t.chars().filter(|&c| c != ' ').collect();
            let mut spaces = Vec::new();
            let mut chars = 0u16;
            for c in t.chars() {
                if c == ' ' {
                    spaces.push(chars);
                } else {
                    chars += 1;
                }
            }
            let (k, shared) = compact_key(&text);
            assert_eq!(
                compact_space_free(t),
                (text, spaces.into_boxed_slice(), k, shared),
                "{t:?}"
            );
        }
    }

    #[test]
    fn compact_bytes_tell_the_alphabet_apart() {
        // Every character of U+0600..U+067C has a byte of its own; others share by length.
        let mut seen = std::collections::HashSet::new();
        for cp in 0x0600..0x067D {
            let c = char::from_u32(cp).unwrap().to_string();
            let (k, shared) = compact_key(&c);
            assert!(!shared && k.len() == 1 && seen.insert(k[0]), "U+{cp:04X}");
        }
        for (c, k) in [("\u{067D}", 0xFD), ("é", 0xFD), ("★", 0xFE), ("🦅", 0xFF)] {
            assert_eq!(compact_key(c), (vec![k], true), "{c}");
            assert_eq!(compact_width(&[k]), c.len(), "{c}");
        }
        assert_eq!(compact_key("a1"), (b"a1".to_vec(), false));
    }
}
