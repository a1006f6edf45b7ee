//! The rule engine behind `search`, `display` and custom [`NormalizerConfig`]s.
//!
//! Each character is classified once per configuration (a table for U+0000–U+07FF, which
//! covers ASCII and the Arabic block; a function call above). The main loop walks the input,
//! leaves untouched characters in a pending run that is copied in bulk, and writes only the
//! changes.

use super::offsets::Sink;
use super::{is_arabic_letter, is_diacritic, is_invisible, NormalizerConfig};

/// What the rules do with one input character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cls {
    /// Kept. `letter`: an Arabic letter (a fused word may end before it); `fuse`: a word-final
    /// letter or punctuation (a fused word may start after it).
    Keep { letter: bool, fuse: bool },
    /// Kept, and transparent for the fused-word rule (a kept diacritic).
    KeepMark,
    /// A combining madda/hamza U+0653–U+0655 that may compose with the previous letter.
    Mark,
    /// Removed.
    Drop,
    /// Replaced by another character.
    Map { to: char, letter: bool, fuse: bool },
    /// White space (collapsed).
    Space,
    /// A presentation form (expanded).
    Expand,
}

const TABLE_LEN: usize = 0x800;

/// The classification of every character of U+0000–U+07FF for one configuration.
#[derive(Clone)]
pub(crate) struct RuleTable {
    config: NormalizerConfig,
    table: Box<[Cls; TABLE_LEN]>,
    /// The fast path's action for each character of the table (`A_*`).
    acts: Box<[u8; TABLE_LEN]>,
    /// For the skip loop, indexed like `acts` plus one slot (`TABLE_LEN`) for characters of
    /// three or four bytes: 1 for characters left alone that neither start nor end a fused word
    /// (when the previous character ends none), 2 for the ASCII space, 0 otherwise.
    skip: Box<[u8; TABLE_LEN + 1]>,
    /// The expansion of every presentation form under this configuration, made on first use
    /// (decomposing and composing a ligature per occurrence made a run of `ﷺ` 35 times
    /// slower to normalize than ordinary text).
    expansions: once_cell::sync::OnceCell<Box<[Expansion]>>,
}

/// A presentation form as letters: the text, whether it starts with an Arabic letter, whether
/// it ends a word-final letter or punctuation (`None`: only marks).
type Expansion = (Box<str>, bool, Option<bool>);

/// The presentation-form blocks: U+FB50–U+FDFF, then U+FE70–U+FEFF.
const FORMS_A: (u32, u32) = (0xFB50, 0xFDFF);
const FORMS_B: (u32, u32) = (0xFE70, 0xFEFF);

/// The index of a presentation form in [`RuleTable::expansions`].
fn form_index(c: char) -> Option<usize> {
    let cp = c as u32;
    if (FORMS_A.0..=FORMS_A.1).contains(&cp) {
        Some((cp - FORMS_A.0) as usize)
    } else if (FORMS_B.0..=FORMS_B.1).contains(&cp) {
        Some((cp - FORMS_B.0 + FORMS_A.1 - FORMS_A.0 + 1) as usize)
    } else {
        None
    }
}

/// Fast-path actions: handled in the main loop without decoding the character again.
const A_SLOW: u8 = 0; // white space, composing marks, presentation forms: the general path
const A_KEEP: u8 = 1; // kept, not a letter, ends no word
const A_KEEP_LETTER: u8 = 2; // kept Arabic letter
const A_KEEP_FUSE: u8 = 3; // kept punctuation that may precede a fused word
const A_KEEP_LETTER_FUSE: u8 = 4; // kept ة or ى
const A_MARK: u8 = 5; // kept diacritic: transparent for fused words
const A_DROP: u8 = 6;
const A_MAP: u8 = 7; // + 1 if letter, + 2 if it may precede a fused word

/// Skip-loop classes (bits).
const S_PLAIN: u8 = 1;
const S_SPACE: u8 = 2;
const S_MAP: u8 = 4;
const S_MAP_FUSE: u8 = 8;
const S_DROP: u8 = 16;

fn act_of(cls: Cls) -> u8 {
    match cls {
        Cls::Keep { letter, fuse } => match (letter, fuse) {
            (false, false) => A_KEEP,
            (true, false) => A_KEEP_LETTER,
            (false, true) => A_KEEP_FUSE,
            (true, true) => A_KEEP_LETTER_FUSE,
        },
        Cls::KeepMark => A_MARK,
        Cls::Drop => A_DROP,
        Cls::Map { letter, fuse, .. } => A_MAP + letter as u8 + 2 * fuse as u8,
        Cls::Mark | Cls::Space | Cls::Expand => A_SLOW,
    }
}

impl std::fmt::Debug for RuleTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleTable").finish_non_exhaustive()
    }
}

pub(crate) fn is_space_char(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

pub(crate) fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

pub(crate) fn is_fusing_punct(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | ',' | ';' | '?' | '!' | '.' | ':')
}

fn is_word_final(c: char) -> bool {
    matches!(c, 'ة' | 'ى')
}

/// A combining mark (canonical combining class other than 0, or a mark the diacritics rule
/// knows).
fn is_combining(c: char) -> bool {
    is_diacritic(c) || unicode_normalization::char::canonical_combining_class(c) != 0
}

/// Whether the alef/hamza rules need a decomposed letter + U+0653–U+0655 composed first.
fn composes(k: &NormalizerConfig) -> bool {
    k.alef || k.hamza_carriers
}

/// The letter a decomposed alef, waw or yeh + madda/hamza stands for.
fn compose_mark(base: char, mark: char) -> Option<char> {
    match (base, mark) {
        ('ا', '\u{0653}') => Some('آ'),
        ('ا', '\u{0654}') => Some('أ'),
        ('ا', '\u{0655}') => Some('إ'),
        ('و', '\u{0654}') => Some('ؤ'),
        ('ي', '\u{0654}') => Some('ئ'),
        _ => None,
    }
}

/// The replacement of `c` under the letter rules, if any.
fn letter_map(k: &NormalizerConfig, c: char) -> Option<char> {
    Some(match c {
        'آ' | 'أ' | 'إ' | 'ٱ' | '\u{0672}' | '\u{0673}' if k.alef => 'ا',
        'ؤ' if k.hamza_carriers => 'و',
        'ئ' if k.hamza_carriers => 'ي',
        'ى' if k.alef_maqsura => 'ي',
        'ة' if k.teh_marbuta => 'ه',
        'ک' if k.persian => 'ك',
        'ی' | 'ې' | 'ے' if k.persian => 'ي',
        'ھ' | 'ە' | 'ۀ' | 'ہ' if k.persian => 'ه',
        'ۃ' if k.persian => {
            if k.teh_marbuta {
                'ه'
            } else {
                'ة'
            }
        }
        'ڤ' | 'ڨ' if k.persian_extra => 'ف',
        'گ' if k.persian_extra => 'ك',
        'پ' if k.persian_extra => 'ب',
        'چ' if k.persian_extra => 'ج',
        '\u{0660}'..='\u{0669}' if k.digits => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' if k.digits => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '،' if k.punctuation => ',',
        '؛' if k.punctuation => ';',
        '؟' if k.punctuation => '?',
        _ => return None,
    })
}

/// Classifies `c` under `k`.
pub(crate) fn classify(k: &NormalizerConfig, c: char) -> Cls {
    if k.invisible && is_invisible(c) {
        return Cls::Drop;
    }
    if composes(k) && matches!(c, '\u{0653}'..='\u{0655}') {
        return Cls::Mark;
    }
    if is_diacritic(c) {
        return if k.diacritics {
            Cls::Drop
        } else {
            Cls::KeepMark
        };
    }
    if c == '\u{0640}' && k.tatweel {
        return Cls::Drop;
    }
    if let Some(to) = letter_map(k, c) {
        return Cls::Map {
            to,
            letter: is_arabic_letter(c),
            fuse: is_word_final(c) || is_word_final(to) || is_fusing_punct(c),
        };
    }
    if k.whitespace && is_space_char(c) {
        return Cls::Space;
    }
    if k.presentation_forms && is_presentation_form(c) {
        return Cls::Expand;
    }
    Cls::Keep {
        letter: is_arabic_letter(c),
        fuse: is_word_final(c) || is_fusing_punct(c),
    }
}

impl RuleTable {
    pub(crate) fn new(config: NormalizerConfig) -> Self {
        let mut table = Box::new([Cls::Drop; TABLE_LEN]);
        for (i, slot) in table.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(i as u32) {
                *slot = classify(&config, c);
            }
        }
        let mut acts = Box::new([A_SLOW; TABLE_LEN]);
        for (a, cls) in acts.iter_mut().zip(table.iter()) {
            *a = act_of(*cls);
        }
        let mut skip = Box::new([0u8; TABLE_LEN + 1]);
        for (i, (sk, &a)) in skip.iter_mut().zip(acts.iter()).enumerate() {
            *sk = match table[i] {
                _ if matches!(a, A_KEEP | A_KEEP_LETTER | A_MARK) => S_PLAIN,
                Cls::Map { fuse, .. } => {
                    if fuse {
                        S_MAP_FUSE
                    } else {
                        S_MAP
                    }
                }
                Cls::Drop => S_DROP,
                _ => 0,
            };
        }
        if config.whitespace {
            skip[b' ' as usize] = S_SPACE;
        }
        RuleTable {
            config,
            table,
            acts,
            skip,
            expansions: once_cell::sync::OnceCell::new(),
        }
    }

    /// The fast-path action of the character at `bytes[i]` (`A_SLOW` past the table).
    #[inline(always)]
    fn act_at(&self, bytes: &[u8], i: usize) -> u8 {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => self.acts[b as usize],
            Some(&b) if b < 0xE0 => match bytes.get(i + 1) {
                Some(&b1) => self.acts[(((b as usize) & 0x1F) << 6) | (b1 as usize & 0x3F)],
                None => A_SLOW,
            },
            _ => A_SLOW,
        }
    }

    #[inline]
    fn cls(&self, c: char) -> Cls {
        match self.table.get(c as usize) {
            Some(&cls) => cls,
            None => classify(&self.config, c),
        }
    }

    /// The presentation form `c` as letters, composed, then folded by the other rules.
    /// Returns the text, whether it starts with an Arabic letter, and whether it ends with a
    /// word-final letter or punctuation (`None` when it holds only marks, which are transparent
    /// for the fused-word rule).
    fn expand(&self, c: char) -> (std::borrow::Cow<'_, str>, bool, Option<bool>) {
        let Some(i) = form_index(c) else {
            // Not a presentation form (never classified `Expand`): nothing to cache.
            let (s, l, f) = self.expand_uncached(c);
            return (s.into(), l, f);
        };
        let table = self.expansions.get_or_init(|| {
            (FORMS_A.0..=FORMS_A.1)
                .chain(FORMS_B.0..=FORMS_B.1)
                .map(|cp| {
                    let (s, l, f) = match char::from_u32(cp) {
                        Some(c) => self.expand_uncached(c),
                        None => (String::new(), false, None),
                    };
                    (s.into_boxed_str(), l, f)
                })
                .collect()
        });
        let (s, l, f) = &table[i];
        (std::borrow::Cow::Borrowed(s), *l, *f)
    }

    /// [`expand`](Self::expand) without the table.
    fn expand_uncached(&self, c: char) -> (String, bool, Option<bool>) {
        if c == '\u{FDF2}' {
            return ("الله".to_owned(), true, Some(false));
        }
        let mut letters: Vec<char> = Vec::with_capacity(4);
        unicode_normalization::char::decompose_compatible(c, |d| {
            if let Some(last) = letters.last_mut() {
                if let Some(comp) = unicode_normalization::char::compose(*last, d) {
                    *last = comp;
                    return;
                }
            }
            letters.push(d);
        });
        if letters.len() == 1 && letters[0] == c {
            // No decomposition (symbols, unassigned code points): kept.
            return (c.to_string(), false, Some(false));
        }
        if letters
            .iter()
            .all(|&l| l == ' ' || l == '\u{0640}' || is_combining(l))
        {
            // Isolated and medial forms of marks (U+FE70–U+FE7F, the shadda ligatures
            // U+FC5E–U+FC63 and U+FCF2–U+FCF4) decompose to a space or a tatweel carrying the
            // marks: keep the marks only (a space here would survive the white-space rule).
            letters.retain(|&l| l != ' ' && l != '\u{0640}');
        }
        let mut buf = String::with_capacity(letters.len() * 2);
        let mut first_letter = None;
        let mut fuse = None;
        for l in letters {
            let cls = self.cls(l);
            let (out, letter, f) = match cls {
                Cls::Keep { letter, fuse } => (l, letter, Some(fuse)),
                Cls::Map { to, letter, fuse } => (to, letter, Some(fuse)),
                Cls::KeepMark => (l, false, fuse),
                Cls::Space | Cls::Expand => (l, false, Some(false)),
                Cls::Mark => {
                    if let Some(comp) = buf.chars().next_back().and_then(|p| compose_mark(p, l)) {
                        buf.pop();
                        let to = match self.cls(comp) {
                            Cls::Map { to, .. } => to,
                            _ => comp,
                        };
                        buf.push(to);
                        fuse = Some(false);
                        continue;
                    } else if self.config.diacritics {
                        continue;
                    } else {
                        (l, false, fuse)
                    }
                }
                Cls::Drop => continue,
            };
            if first_letter.is_none() {
                first_letter = Some(letter);
            }
            fuse = f;
            buf.push(out);
        }
        (buf, first_letter.unwrap_or(false), fuse)
    }

    /// Normalizes `text` into `sink`.
    pub(crate) fn run(&self, text: &str, sink: &mut Sink<'_, '_>) {
        self.run_impl::<true>(text, sink)
    }

    /// The main loop; `FAST = false` turns the fast paths off (the reference the tests compare
    /// the fast paths with).
    fn run_impl<const FAST: bool>(&self, text: &str, sink: &mut Sink<'_, '_>) {
        let k = &self.config;
        let fused_words = k.fused_words;
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        // The last kept character was word-final-only or punctuation.
        let mut fuse = false;
        let mut buf = [0u8; 4];
        let whitespace = k.whitespace;
        let mut started = false;
        while i < n {
            if !started {
                started = sink.started(i);
            }
            if FAST && !fuse && started {
                // Skip loop: characters left alone, and single spaces between them, with one
                // well-predicted branch per character.
                let skip = &*self.skip;
                while i < n {
                    // Four two-byte characters at once (Arabic words), after a single space
                    // if there is one: independent lookups.
                    if i + 9 <= n {
                        let off = (skip[bytes[i] as usize] == S_SPACE) as usize;
                        let mut a = [0u8; 8];
                        a.copy_from_slice(&bytes[i + off..i + off + 8]);
                        let w = u64::from_le_bytes(a);
                        let ix = |k: u32| {
                            (((w >> (16 * k)) as usize & 0x1F) << 6)
                                | ((w >> (16 * k + 8)) as usize & 0x3F)
                        };
                        if w & 0x00E0_00E0 == 0x00C0_00C0
                            && skip[ix(0)] & skip[ix(1)] & S_PLAIN != 0
                        {
                            if w & 0x00E0_00E0_0000_0000 == 0x00C0_00C0_0000_0000
                                && skip[ix(2)] & skip[ix(3)] & S_PLAIN != 0
                            {
                                i += off + 8;
                            } else {
                                i += off + 4;
                            }
                            continue;
                        }
                    }
                    let b = bytes[i] as usize;
                    let b1 = bytes.get(i + 1).copied().unwrap_or(0) as usize;
                    let b2 = bytes.get(i + 2).copied().unwrap_or(0) as usize;
                    let is2 = (b & 0xE0) == 0xC0;
                    let idx = if is2 {
                        ((b & 0x1F) << 6) | (b1 & 0x3F)
                    } else if b < 0x80 {
                        b
                    } else {
                        TABLE_LEN
                    };
                    let nidx = if i + 1 >= n {
                        TABLE_LEN
                    } else if (b1 & 0xE0) == 0xC0 {
                        ((b1 & 0x1F) << 6) | (b2 & 0x3F)
                    } else if b1 < 0x80 {
                        b1
                    } else {
                        TABLE_LEN
                    };
                    let t = skip[idx];
                    let ok = (t & S_PLAIN) | ((t >> 1) & skip[nidx] & S_PLAIN);
                    if ok == 0 {
                        let len = 1 + is2 as usize;
                        if t & S_DROP != 0 {
                            sink.replace(i, len, "");
                            i += len;
                            continue;
                        }
                        if t & (S_MAP | S_MAP_FUSE) != 0 {
                            if let Cls::Map { to, .. } = self.table[idx] {
                                sink.replace(i, len, to.encode_utf8(&mut buf));
                            }
                            i += len;
                            // A space resets the fused-word state: stay in the loop.
                            if t & S_MAP_FUSE != 0 && bytes.get(i) != Some(&b' ') {
                                fuse = true;
                                break;
                            }
                            continue;
                        }
                        break;
                    }
                    i += 1 + is2 as usize;
                }
                if i >= n {
                    break;
                }
            }
            if FAST {
                // Fast path: characters of the table whose action needs no look-around.
                let b = bytes[i];
                let (act, len, idx) = if b < 0x80 {
                    if b == b' ' && whitespace {
                        // A single space between kept characters stays.
                        let next = self.act_at(bytes, i + 1);
                        if next != A_SLOW && next != A_DROP && next != A_MARK && sink.started(i) {
                            fuse = false;
                            i += 1;
                            continue;
                        }
                    }
                    (self.acts[b as usize], 1, b as usize)
                } else if b < 0xE0 {
                    let idx = (((b as usize) & 0x1F) << 6) | (bytes[i + 1] as usize & 0x3F);
                    (self.acts[idx], 2, idx)
                } else {
                    (A_SLOW, 0, 0)
                };
                match act {
                    A_KEEP => {
                        fuse = false;
                        i += len;
                        continue;
                    }
                    A_KEEP_LETTER | A_KEEP_LETTER_FUSE => {
                        if fuse && fused_words {
                            sink.replace(i, 0, " ");
                        }
                        fuse = act == A_KEEP_LETTER_FUSE;
                        i += len;
                        continue;
                    }
                    A_KEEP_FUSE => {
                        fuse = true;
                        i += len;
                        continue;
                    }
                    A_MARK => {
                        i += len;
                        continue;
                    }
                    A_DROP => {
                        sink.replace(i, len, "");
                        i += len;
                        continue;
                    }
                    A_SLOW => {}
                    _ => {
                        let m = act - A_MAP;
                        if m & 1 != 0 && fuse && fused_words {
                            sink.replace(i, 0, " ");
                        }
                        if let Cls::Map { to, .. } = self.table[idx] {
                            sink.replace(i, len, to.encode_utf8(&mut buf));
                        }
                        fuse = m & 2 != 0;
                        i += len;
                        continue;
                    }
                }
            }
            let (c, len) = super::decode(text, bytes, i);
            match self.cls(c) {
                Cls::Keep { letter, fuse: f } => {
                    if letter && fuse && fused_words {
                        sink.replace(i, 0, " ");
                    }
                    fuse = f;
                }
                Cls::KeepMark => {}
                Cls::Map {
                    to,
                    letter,
                    fuse: f,
                } => {
                    if letter && fuse && fused_words {
                        sink.replace(i, 0, " ");
                    }
                    sink.replace(i, len, to.encode_utf8(&mut buf));
                    fuse = f;
                }
                Cls::Drop => sink.replace(i, len, ""),
                Cls::Mark => {
                    let prev = sink.last_char(i);
                    match prev.and_then(|(p, _)| compose_mark(p, c).map(|comp| (p, comp))) {
                        Some((_, comp)) => {
                            let to = match self.cls(comp) {
                                Cls::Map { to, .. } => to,
                                _ => comp,
                            };
                            if let Some(prev) = prev {
                                sink.replace_last(prev, i, len, to.encode_utf8(&mut buf));
                            }
                        }
                        None if k.diacritics => sink.replace(i, len, ""),
                        None => {}
                    }
                }
                Cls::Space => {
                    let start = i;
                    let mut lb = false;
                    let mut j = i;
                    while j < n {
                        let c2 = if bytes[j] < 0x80 {
                            bytes[j] as char
                        } else {
                            text[j..].chars().next().unwrap_or('\u{FFFD}')
                        };
                        match self.cls(c2) {
                            Cls::Space => lb |= is_line_break(c2),
                            Cls::Drop => {}
                            // After white space nothing composes: dropped diacritics and
                            // presentation forms that expand to nothing belong to the run.
                            Cls::Mark if k.diacritics => {}
                            Cls::Expand if self.expand(c2).0.is_empty() => {}
                            _ => break,
                        }
                        j += c2.len_utf8();
                    }
                    fuse = false;
                    if j >= n || !sink.started(start) {
                        sink.replace(start, j - start, "");
                    } else {
                        let rep = if lb { "\n" } else { " " };
                        if &text[start..j] != rep {
                            sink.replace(start, j - start, rep);
                        }
                    }
                    i = j;
                    continue;
                }
                Cls::Expand => {
                    let (s, first_letter, f) = self.expand(c);
                    if s.is_empty() {
                        sink.replace(i, len, "");
                    } else {
                        if first_letter && fuse && fused_words {
                            sink.replace(i, 0, " ");
                        }
                        if s.len() != len || s.as_bytes() != &bytes[i..i + len] {
                            sink.replace(i, len, &s);
                        }
                        if let Some(f) = f {
                            fuse = f;
                        }
                    }
                }
            }
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::offsets::{OffsetMap, Sink};
    use proptest::prelude::*;

    const POOL: &[&str] = &[
        "ا", "ل", "ي", "ة", "ى", "أ", "إ", "ؤ", "ئ", "ک", "ی", "\u{064E}", "\u{0651}", "\u{0654}",
        "\u{0653}", "ـ", "ﻻ", "\u{FE70}", "ﺔ", "٣", "،", "؟", ".", ":", "\u{200F}", " ", " ", " ",
        "  ", "\n", "\r\n", "\u{00A0}", "\u{2028}", "a", "1", "é", "\u{0301}", "😀", "\u{0897}",
    ];

    fn configs() -> Vec<NormalizerConfig> {
        let mut v = vec![NormalizerConfig::search(), NormalizerConfig::display()];
        let mut c = NormalizerConfig::search();
        c.diacritics = false;
        c.fused_words = false;
        v.push(c);
        let mut c = NormalizerConfig::none();
        c.alef = true;
        c.whitespace = true;
        v.push(c);
        v
    }

    fn run_both(t: &RuleTable, s: &str) -> [(String, OffsetMap); 2] {
        let mut m1 = OffsetMap::new(s.len());
        let mut m2 = OffsetMap::new(s.len());
        let mut k1 = Sink::new(s, Some(&mut m1));
        t.run_impl::<true>(s, &mut k1);
        let o1 = k1.finish().into_owned();
        let mut k2 = Sink::new(s, Some(&mut m2));
        t.run_impl::<false>(s, &mut k2);
        let o2 = k2.finish().into_owned();
        [(o1, m1), (o2, m2)]
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
            ..ProptestConfig::default()
        })]

        #[test]
        fn fast_paths_match_the_reference(
            v in prop::collection::vec(prop::sample::select(POOL), 0..40)
        ) {
            let s = v.concat();
            for c in configs() {
                let t = RuleTable::new(c);
                let [(fast, _), (slow, _)] = run_both(&t, &s);
                prop_assert_eq!(fast, slow);
            }
        }
    }
}
