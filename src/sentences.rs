//! Sentence segmentation for news text.
//!
//! [`split`] works on `search`-normalized text (where `؟` is `?`, `،` is `,` and every run of
//! white space holding a line break is one `"\n"`), so it sees one spelling of everything. A
//! sentence ends at
//!
//! - `.` `?` `!` and runs of them (`..`, `...`, `?!`) followed by white space or the end, with
//!   any closing quotes or brackets right after them (`."` `.»` `.)`) kept in the sentence;
//! - a line break: a headline or a bullet line ends where its line ends even without
//!   punctuation;
//! - a bullet (`•`, `●`, `▪`, …) anywhere: scraped lists often run bullets into one line.
//!
//! Two dots after the one word that opens a sentence are a headline's kicker, no end
//! (`مصر.. مقتل 6 جنود`: the country the headline is about).
//!
//! A dot is not an end inside a number (`2.5`), an address or a Latin abbreviation (`U.S.`,
//! `www.x.ly`: nothing but a word character follows it), after a single letter (`د.` for a
//! doctor, `م.` for a year, `U.` of `U. S.`), after a known short abbreviation (`Mr.`, `Dr.`,
//! `etc.`, `Gen.`), or after a number that opens its sentence (list numbering `1.`).
//!
//! Ranges are trimmed of white space and bullets, non-empty (each holds a letter or digit), in
//! order and non-overlapping. The scan is one pass over the text with bounded look-back: linear
//! time on any input.
//!
//! ```
//! use libya_nlp::sentences::split;
//! let t = "قصف مدفعي على درنة\nواندلعت اشتباكات. قتل 2.5 ..? لا!";
//! let s: Vec<&str> = split(t).into_iter().map(|r| &t[r]).collect();
//! assert_eq!(s, ["قصف مدفعي على درنة", "واندلعت اشتباكات.", "قتل 2.5 ..?", "لا!"]);
//! ```

use crate::normalize::Normalizer;
use crate::span::{CharIndex, Span};
use std::ops::Range;

/// Characters that open a list item.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '▪'
            | '■'
            | '◆'
            | '◾'
            | '▫'
            | '□'
            | '◦'
            | '‣'
            | '⁃'
            | '∙'
            | '➢'
            | '►'
            | '▶'
            | '✓'
            | '✔'
    )
}

/// Dash-like characters that open a list item when followed by a space at the start of a line.
fn is_dash_bullet(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '*' | '·')
}

/// Characters that close a quotation or a parenthesis after a sentence end.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '»' | '”' | '’' | ')' | ']' | '}' | '›')
}

/// The bytes at which [`split`] looks at a character: line breaks, terminal marks and the
/// lead byte 0xE2 of bullets and U+2028/U+2029.
const ACTS: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let acts = [b'\n', b'\r', b'.', b'?', b'!', 0xE2];
    while k < acts.len() {
        t[acts[k] as usize] = true;
        k += 1;
    }
    t
};

/// The first byte at or after `from` that [`ACTS`] marks. Runs of eight bytes holding none of
/// them (most of Arabic text) are passed over a word at a time: a byte equal to `v` is a zero
/// byte of `x ^ v…v`, and `(y - 0x01…01) & !y & 0x80…80` is non-zero exactly when `y` has one.
fn next_act(bytes: &[u8], from: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]);
        let zero = |v: u8| {
            let y = x ^ (LO * u64::from(v));
            y.wrapping_sub(LO) & !y & HI
        };
        if zero(b'\n') | zero(b'\r') | zero(b'.') | zero(b'?') | zero(b'!') | zero(0xE2) != 0 {
            break;
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| ACTS[b as usize])
        .map(|k| i + k)
}

/// `char::is_alphanumeric`, with ASCII and the Arabic block decided by a table
/// ([`ARABIC_ALNUM`], checked against `char::is_alphanumeric` by a test).
fn is_alnum(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    if (0x600..0x700).contains(&cp) {
        return crate::words::arabic_bit(&ARABIC_ALNUM, cp);
    }
    c.is_alphanumeric()
}

/// Bit `cp - 0x600` is set when that character of the Arabic block is alphanumeric.
const ARABIC_ALNUM: [u64; 4] = [
    0xFFFFFFFF07FF0000,
    0xFFFFC3FFFEFFFFFF,
    0xFFFFFFFFFFFFFFFF,
    0x9FFFE1FE1FEFFFFF,
];

/// Latin abbreviations that take a dot without ending a sentence (lower case, no dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "jr", "sr",
    "etc", "vs", "no", "inc", "ltd", "co", "corp", "dept", "fig", "approx", "est", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Splits `search`-normalized text into sentences: byte ranges of `text`, trimmed, non-empty,
/// in order and non-overlapping. See the [module documentation](self) for the rules.
///
/// ```
/// use libya_nlp::sentences::split;
/// let t = "• المتحدث باسم الجيش: العملية تدخل مرحلتها الثانية.. ودعوات لوقف القتال";
/// let s: Vec<&str> = split(t).into_iter().map(|r| &t[r]).collect();
/// assert_eq!(s, ["المتحدث باسم الجيش: العملية تدخل مرحلتها الثانية..", "ودعوات لوقف القتال"]);
/// assert!(split("").is_empty() && split(" \n • ").is_empty());
/// ```
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let bytes = text.as_bytes();
    // Where the content of the current sentence begins (after leading white space and dash
    // bullets), found once per sentence: (sentence start, content start).
    let mut content: Option<(usize, usize)> = None;
    // Only line breaks, terminal marks and characters led by 0xE2 (bullets, U+2028/9) act:
    // skip every other byte (a 0xE2 is always a lead byte, so `i` stays on a char boundary).
    while let Some(at) = next_act(bytes, i.min(bytes.len())) {
        i = at;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        match c {
            '\n' | '\r' | '\u{2029}' | '\u{2028}' => {
                push(text, start..i, &mut out);
                start = i + len;
                i += len;
            }
            c if is_bullet(c) => {
                push(text, start..i, &mut out);
                start = i + len;
                i += len;
            }
            '.' | '?' | '!' => {
                // The run of terminal marks, then closing quotes and brackets.
                let mut end = i;
                let mut dots = 0usize;
                let mut marks = 0usize;
                for ch in text[i..].chars() {
                    match ch {
                        '.' => dots += 1,
                        '?' | '!' => marks += 1,
                        _ => break,
                    }
                    end += 1;
                }
                let run_end = end;
                for ch in text[end..].chars() {
                    if !is_closer(ch) {
                        break;
                    }
                    end += ch.len_utf8();
                }
                let next = text[end..].chars().next();
                let ends = match next {
                    None => true,
                    Some(n) if n.is_whitespace() || is_bullet(n) => true,
                    // `?` and `!` end a sentence even when a letter follows (`لماذا؟وقال`).
                    Some(n) => marks > 0 && !n.is_ascii_alphanumeric(),
                };
                // Where the sentence's content begins, found once per sentence.
                let mut content_of = |s: usize| match content {
                    Some((at, c)) if at == s => c,
                    _ => {
                        let c = content_start(text, s);
                        content = Some((s, c));
                        c
                    }
                };
                let abbreviation =
                    marks == 0 && dots == 1 && is_abbreviation(text, start, i, &mut content_of);
                // `مصر.. مقتل 6 جنود`: two dots after the one word that opens the
                // sentence are a kicker's (the country or town the headline is about), no
                // end: its headline is one sentence.
                let kicker = marks == 0
                    && dots == 2
                    && run_end == end
                    && text.get(content_of(start)..i).is_some_and(kicker_word);
                if ends && !abbreviation && !kicker {
                    push(text, start..end, &mut out);
                    start = end;
                }
                i = run_end.max(i + 1);
            }
            _ => i += len,
        }
    }
    push(text, start..text.len(), &mut out);
    out
}

/// True for the one word of a headline's kicker: Arabic letters only, at most 16, no
/// conjunction before it (`وانتظروا... ثم هاجموا` is a sentence that ends).
fn kicker_word(w: &str) -> bool {
    !w.is_empty()
        && !w.starts_with(['و', 'ف'])
        && w.chars().count() <= 16
        && w.chars().all(|c| ('\u{621}'..='\u{64A}').contains(&c))
}

/// True when the dot at byte `dot` closes an abbreviation or a list number rather than the
/// sentence that began at `sentence_start`. Looks back at most 12 characters;
/// `content_of(sentence_start)` gives where the sentence's content begins (see
/// [`content_start`]), which the caller finds once per sentence, so a sentence of many dots
/// costs linear time.
fn is_abbreviation(
    text: &str,
    sentence_start: usize,
    dot: usize,
    content_of: impl FnOnce(usize) -> usize,
) -> bool {
    let before = &text[sentence_start..dot];
    let mut word_start = before.len();
    let mut n = 0;
    for (j, c) in before.char_indices().rev() {
        if !is_alnum(c) {
            break;
        }
        n += 1;
        if n > 12 {
            return false;
        }
        word_start = j;
    }
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    if word.is_ascii() && word.len() <= 6 {
        let lower = word.to_ascii_lowercase();
        if ABBREVIATIONS.contains(&lower.as_str()) {
            return true;
        }
    }
    // A number that opens its sentence (after white space and dashes only) numbers a list
    // item: `1. ...`.
    word.len() <= 3
        && word.chars().all(|c| c.is_ascii_digit())
        && content_of(sentence_start) == sentence_start + word_start
}

/// The first byte at or after `start` that is neither white space nor a dash bullet.
fn content_start(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !(c.is_whitespace() || is_dash_bullet(c)))
        .map_or(text.len(), |(j, _)| start + j)
}

/// Trims `range` of white space and bullets and pushes it when something is left.
fn push(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let mut a = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((j, c)) = chars.next() {
        let dash = is_dash_bullet(c) && chars.peek().is_some_and(|&(_, n)| n.is_whitespace());
        if c.is_whitespace() || is_bullet(c) || dash {
            a = j + c.len_utf8();
        } else {
            break;
        }
    }
    let b = s[a..].trim_end().len() + a;
    let t = &s[a..b];
    if t.chars().any(is_alnum) {
        out.push(range.start + a..range.start + b);
    }
}

/// Splits an original (not normalized) text into sentences: normalizes it with
/// [`Normalizer::search`], runs [`split`] and maps each sentence back to a [`Span`] of
/// `original`.
///
/// ```
/// use libya_nlp::sentences::sentences;
/// let t = "هدنة هشة؟ نعم.";
/// let s = sentences(t);
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[0].text, "هدنة هشة؟");
/// assert_eq!((s[1].char_start, s[1].char_end), (10, 14));
/// ```
pub fn sentences(original: &str) -> Vec<Span> {
    let norm = Normalizer::search().normalize_with_offsets(original);
    let chars = CharIndex::new(original);
    split(norm.text())
        .into_iter()
        .map(|r| chars.span(original, norm.map().to_original_span(original, r)))
        .collect()
}

#[cfg(test)]
mod alnum_table {
    #[test]
    fn matches_char_is_alphanumeric() {
        for cp in 0x600..0x700u32 {
            let c = char::from_u32(cp).unwrap();
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "U+{cp:04X}");
        }
    }
}

#[cfg(test)]
mod linear {
    use super::*;

    /// The rule as it was first written: rescans the sentence from its start at every dot
    /// (quadratic on `-…-1.` repeated; issue 13). The reference for the linear version.
    fn split_reference(text: &str) -> Vec<Range<usize>> {
        let with_rescan = |text: &str, start: usize, dot: usize| {
            is_abbreviation(text, start, dot, |s| {
                let before = &text[s..dot];
                // Everything before the word is white space or dashes: the content starts at
                // the word itself.
                let word_len = before
                    .chars()
                    .rev()
                    .take_while(|&c| is_alnum(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                let head = &before[..before.len() - word_len];
                if head.chars().all(|c| c.is_whitespace() || is_dash_bullet(c)) {
                    s + head.len()
                } else {
                    usize::MAX
                }
            })
        };
        // Same scan as `split`, deciding abbreviations with the rescan.
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut i = 0usize;
        while let Some(c) = text[i..].chars().next() {
            let len = c.len_utf8();
            match c {
                '\n' | '\r' | '\u{2029}' | '\u{2028}' => {
                    push(text, start..i, &mut out);
                    start = i + len;
                    i += len;
                }
                c if is_bullet(c) => {
                    push(text, start..i, &mut out);
                    start = i + len;
                    i += len;
                }
                '.' | '?' | '!' => {
                    let mut end = i;
                    let (mut dots, mut marks) = (0, 0);
                    for ch in text[i..].chars() {
                        match ch {
                            '.' => dots += 1,
                            '?' | '!' => marks += 1,
                            _ => break,
                        }
                        end += 1;
                    }
                    let run_end = end;
                    for ch in text[end..].chars() {
                        if !is_closer(ch) {
                            break;
                        }
                        end += ch.len_utf8();
                    }
                    let ends = match text[end..].chars().next() {
                        None => true,
                        Some(n) if n.is_whitespace() || is_bullet(n) => true,
                        Some(n) => marks > 0 && !n.is_ascii_alphanumeric(),
                    };
                    let abbreviation = marks == 0 && dots == 1 && with_rescan(text, start, i);
                    let kicker = marks == 0 && dots == 2 && run_end == end && {
                        let before = &text[start..i];
                        let head = before
                            .chars()
                            .take_while(|&c| c.is_whitespace() || is_dash_bullet(c))
                            .map(char::len_utf8)
                            .sum::<usize>();
                        kicker_word(&before[head..])
                    };
                    if ends && !abbreviation && !kicker {
                        push(text, start..end, &mut out);
                        start = end;
                    }
                    i = run_end.max(i + 1);
                }
                _ => i += len,
            }
        }
        push(text, start..text.len(), &mut out);
        out
    }

    #[test]
    fn dash_and_dot_runs_split_as_before() {
        let cases: &[(&str, &str)] = &[
            ("list number after dashes", "-- 1. أول\n- 2. ثاني"),
            ("dashes then numbers", "-----1.-----1. ----1. نص"),
            ("number mid-sentence", "قتل 12. وجرح"),
            ("number opens", "12. بند"),
            ("long number", "1234. بند"),
            ("spaces and dashes", " - - 3. x. y"),
            ("em dash", "— 4. بند. آخر"),
        ];
        for (name, text) in cases {
            assert_eq!(split(text), split_reference(text), "{name}: {text:?}");
        }
    }

    #[test]
    fn same_as_the_rescanning_rule_on_random_text() {
        let alphabet = [
            '-', ' ', '1', '2', '.', 'ب', '\n', 'U', '?', '—', '*', '\u{a0}',
        ];
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 40) as usize;
            let mut y = x;
            let text: String = (0..len)
                .map(|_| {
                    y = y
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(y >> 33) as usize % alphabet.len()]
                })
                .collect();
            assert_eq!(split(&text), split_reference(&text), "{text:?}");
        }
    }
}

#[cfg(test)]
mod next_act_words {
    use super::{next_act, ACTS};

    /// The byte-by-byte search that `next_act` replaced: the reference.
    fn naive(bytes: &[u8], from: usize) -> Option<usize> {
        (from..bytes.len()).find(|&i| ACTS[bytes[i] as usize])
    }

    #[test]
    fn finds_what_the_byte_walk_finds() {
        let cases: [(&str, &[u8]); 4] = [
            ("empty", b""),
            (
                "arabic and marks",
                "قال المتحدث. واندلعت؟ • x!\r\n…".as_bytes(),
            ),
            ("every act byte", b"\n\r.?!\xE2"),
            (
                "near misses",
                &[
                    0x0B, 0x0C, 0x2D, 0x2F, 0x3E, 0x40, 0x20, 0x22, 0xE1, 0xE3, 0x8A, 0xAE,
                ],
            ),
        ];
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for (name, bytes) in cases.into_iter().chain([("all bytes", &all[..])]) {
            for lead in 0..9 {
                // Each act byte at each place in a run of filler.
                let mut v = vec![0xD9u8; lead];
                v.extend_from_slice(bytes);
                v.extend(std::iter::repeat_n(0x84u8, 11));
                for from in 0..=v.len() {
                    assert_eq!(next_act(&v, from), naive(&v, from), "{name}: {lead} {from}");
                }
            }
        }
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut v = vec![0xD8u8; 20];
                v[at] = b;
                assert_eq!(next_act(&v, 0), naive(&v, 0), "byte {b:#x} at {at}");
            }
        }
    }
}
