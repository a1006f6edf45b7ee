//! Arabic text normalization with an offset map back to the original.
//!
//! A [`Normalizer`] applies rule families, each switchable in [`NormalizerConfig`]:
//! diacritics, tatweel, alef variants, hamza carriers, alef maqsura, teh marbuta, Persian/Urdu
//! letters, presentation forms, digits, punctuation, invisible characters, white space and words
//! fused by scraping. Named presets cover the common uses:
//!
//! - [`Normalizer::search`]: everything folded; the key used for matching and indexing;
//! - [`Normalizer::display`]: cleans without changing spelling.
//!
//! ```
//! use libya_nlp::normalize::Normalizer;
//! let n = Normalizer::search();
//! assert_eq!(n.normalize("السرّاج"), "السراج");
//! assert_eq!(n.normalize("الجيش الوطنى الليبى"), "الجيش الوطني الليبي");
//!
//! // Map a match in the normalized text back to the original.
//! let original = "قوات حفـــتر";
//! let norm = n.normalize_with_offsets(original);
//! let at = norm.text().find("حفتر").unwrap();
//! let orig = norm.map().to_original(at..at + "حفتر".len());
//! assert_eq!(&original[orig], "حفـــتر");
//! ```

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ops::Range;

/// Which rule families a [`Normalizer`] applies.
///
/// ```
/// use libya_nlp::normalize::{Normalizer, NormalizerConfig};
/// let mut config = NormalizerConfig::search();
/// config.teh_marbuta = false;
/// assert_eq!(Normalizer::new(config).normalize("فاطمة"), "فاطمة");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NormalizerConfig {
    /// Remove harakat U+064B–U+065F, superscript alef U+0670 and Quranic marks.
    pub diacritics: bool,
    /// Remove tatweel U+0640.
    pub tatweel: bool,
    /// آ أ إ ٱ and U+0672, U+0673 → ا.
    pub alef: bool,
    /// ؤ → و, ئ → ي.
    pub hamza_carriers: bool,
    /// ى → ي.
    pub alef_maqsura: bool,
    /// ة → ه.
    pub teh_marbuta: bool,
    /// ک → ك, ی ې ے → ي, ھ ە ۀ ہ → ه, ۃ → ة.
    pub persian: bool,
    /// ڤ ڨ → ف, گ → ك, پ → ب, چ → ج (off in every preset: Libyan names use ڤ).
    pub persian_extra: bool,
    /// Presentation forms U+FB50–U+FDFF, U+FE70–U+FEFF to their letters.
    pub presentation_forms: bool,
    /// Arabic-Indic and Extended Arabic-Indic digits → ASCII digits.
    pub digits: bool,
    /// ، ؛ ؟ → , ; ?
    pub punctuation: bool,
    /// Remove ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen.
    pub invisible: bool,
    /// NBSP and other spaces → space; runs of white space collapsed to one space, or to one
    /// line feed when the run holds a line break.
    pub whitespace: bool,
    /// Insert a space where a word-final-only letter (ة, ى) or punctuation is directly followed
    /// by an Arabic letter.
    pub fused_words: bool,
}

impl NormalizerConfig {
    /// Everything folded (the `search` preset).
    pub fn search() -> Self {
        NormalizerConfig {
            diacritics: true,
            tatweel: true,
            alef: true,
            hamza_carriers: true,
            alef_maqsura: true,
            teh_marbuta: true,
            persian: true,
            persian_extra: false,
            presentation_forms: true,
            digits: true,
            punctuation: true,
            invisible: true,
            whitespace: true,
            fused_words: true,
        }
    }

    /// Cleaning without changing spelling (the `display` preset).
    pub fn display() -> Self {
        NormalizerConfig {
            diacritics: false,
            tatweel: true,
            alef: false,
            hamza_carriers: false,
            alef_maqsura: false,
            teh_marbuta: false,
            persian: false,
            persian_extra: false,
            presentation_forms: true,
            digits: false,
            punctuation: false,
            invisible: true,
            whitespace: true,
            fused_words: true,
        }
    }

    /// No rule on.
    pub fn none() -> Self {
        NormalizerConfig {
            diacritics: false,
            tatweel: false,
            alef: false,
            hamza_carriers: false,
            alef_maqsura: false,
            teh_marbuta: false,
            persian: false,
            persian_extra: false,
            presentation_forms: false,
            digits: false,
            punctuation: false,
            invisible: false,
            whitespace: false,
            fused_words: false,
        }
    }
}

/// A named preset.
///
/// ```
/// use libya_nlp::normalize::{Normalizer, Preset};
/// assert_eq!(Preset::parse("search"), Some(Preset::Search));
/// let n = Normalizer::preset(Preset::Display);
/// assert_eq!(n.normalize("أحمد"), "أحمد");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Preset {
    /// Everything folded.
    Search,
    /// Cleans without changing spelling.
    Display,
}

impl Preset {
    /// Parses a preset name (`search`, `display`).
    pub fn parse(name: &str) -> Option<Preset> {
        match name {
            "search" => Some(Preset::Search),
            "display" => Some(Preset::Display),
            _ => None,
        }
    }
}

/// Normalizes Arabic text. Cheap to clone, `Send + Sync`.
///
/// ```
/// use libya_nlp::normalize::Normalizer;
/// let n = Normalizer::search();
/// assert_eq!(n.normalize("٢٠١٩"), "2019");
/// assert!(n.is_normalized("حفتر"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalizer {
    config: NormalizerConfig,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::search()
    }
}

/// A normalized text with the map back to the original.
///
/// ```
/// use libya_nlp::normalize::Normalizer;
/// let norm = Normalizer::search().normalize_with_offsets("الأمم");
/// assert_eq!(norm.text(), "الامم");
/// assert_eq!(norm.map().to_original(0..norm.text().len()), 0.."الأمم".len());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
}

impl Normalized {
    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The offset map back to the original.
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }
    /// The text and the map.
    pub fn into_parts(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// One piece of the offset map: `norm_len` bytes of normalized text at `norm` produced by
/// `orig_len` bytes of the original at `orig`. A copy segment maps byte for byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seg {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
    copy: bool,
}

/// Maps byte ranges of a normalized text to the byte ranges of the original that produced them.
///
/// Characters deleted inside a range belong to it; deleted characters at its edges do not.
/// Lookups are binary searches; memory grows with the number of changes, not the text size.
///
/// ```
/// use libya_nlp::normalize::Normalizer;
/// let original = "حَفْتَر";
/// let norm = Normalizer::search().normalize_with_offsets(original);
/// assert_eq!(norm.text(), "حفتر");
/// assert_eq!(norm.map().to_original(2..4), 4..6); // ف and not its sukun
/// assert_eq!(norm.map().to_original(0..8), 0..original.len());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OffsetMap {
    segs: Vec<Seg>,
    norm_len: usize,
    orig_len: usize,
}

impl OffsetMap {
    fn push(&mut self, orig: usize, orig_len: usize, norm_len: usize, copy: bool) {
        let norm = self.norm_len;
        if copy {
            if let Some(last) = self.segs.last_mut() {
                if last.copy
                    && last.norm + last.norm_len == norm
                    && last.orig + last.orig_len == orig
                {
                    last.norm_len += norm_len;
                    last.orig_len += orig_len;
                    self.norm_len += norm_len;
                    return;
                }
            }
        }
        self.segs.push(Seg {
            norm,
            orig,
            norm_len,
            orig_len,
            copy,
        });
        self.norm_len += norm_len;
    }

    /// Length of the normalized text.
    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original text.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// The segment holding normalized byte `pos` (the last one starting at or before it).
    fn seg_at(&self, pos: usize) -> Option<&Seg> {
        let i = self.segs.partition_point(|s| s.norm <= pos);
        if i == 0 {
            None
        } else {
            self.segs.get(i - 1)
        }
    }

    /// Original byte where the character at normalized byte `pos` begins.
    fn start_of(&self, pos: usize) -> usize {
        if pos >= self.norm_len {
            return self.orig_len;
        }
        match self.seg_at(pos) {
            Some(s) if s.copy => s.orig + (pos - s.norm),
            Some(s) => s.orig,
            None => 0,
        }
    }

    /// Original byte where the character ending at normalized byte `pos` ends.
    fn end_of(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.segs.first().map_or(0, |s| s.orig);
        }
        match self.seg_at(pos - 1) {
            Some(s) if s.copy => s.orig + (pos - s.norm),
            Some(s) => s.orig + s.orig_len,
            None => 0,
        }
    }

    /// Converts a byte range of the normalized text to the byte range of the original that
    /// produced it. Out-of-range input is clamped; an empty range maps to an empty range.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        let a = range.start.min(self.norm_len);
        let b = range.end.min(self.norm_len).max(a);
        if a == b {
            let p = self.start_of(a);
            return p..p;
        }
        let s = self.start_of(a);
        let e = self.end_of(b).max(s);
        s..e
    }

    /// Converts a byte offset of the original to the offset in the normalized text of the first
    /// normalized character produced at or after it.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let norm = Normalizer::search().normalize_with_offsets("أَحمد");
    /// assert_eq!(norm.map().to_normalized(4), 2);
    /// ```
    pub fn to_normalized(&self, orig: usize) -> usize {
        let i = self.segs.partition_point(|s| s.orig + s.orig_len <= orig);
        match self.segs.get(i) {
            None => self.norm_len,
            Some(s) if s.copy && orig >= s.orig => s.norm + (orig - s.orig),
            Some(s) if orig > s.orig => s.norm + s.norm_len,
            Some(s) => s.norm,
        }
    }
}

/// What the rules do with one input character.
enum Act {
    Keep,
    Drop,
    Char(char),
    Str(&'static str),
    Space,
}

fn is_space_char(c: char) -> bool {
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

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// True for characters the `diacritics` rule removes.
pub fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// True for characters the `invisible` rule removes.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'
            | '\u{200D}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// True for Arabic letters (base letters of the Arabic blocks, not marks or digits).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}')
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_fusing_punct(c: char) -> bool {
    matches!(c, '،' | '؛' | '؟' | ',' | ';' | '?' | '!' | '.' | ':')
}

impl Normalizer {
    /// A normalizer with the given rules.
    pub fn new(config: NormalizerConfig) -> Self {
        Normalizer { config }
    }

    /// A normalizer for a named preset.
    pub fn preset(preset: Preset) -> Self {
        match preset {
            Preset::Search => Normalizer::search(),
            Preset::Display => Normalizer::display(),
        }
    }

    /// Everything folded: the key used for matching and indexing.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::search().normalize("ﻻ"), "لا");
    /// ```
    pub fn search() -> Self {
        Normalizer::new(NormalizerConfig::search())
    }

    /// Cleans invisible characters, tatweel, presentation forms, white space and fused words
    /// without changing spelling.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::display().normalize("حفـــتر\u{200F}"), "حفتر");
    /// ```
    pub fn display() -> Self {
        Normalizer::new(NormalizerConfig::display())
    }

    /// The rules in force.
    pub fn config(&self) -> &NormalizerConfig {
        &self.config
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// use std::borrow::Cow;
    /// assert!(matches!(Normalizer::search().normalize("ليبيا"), Cow::Borrowed(_)));
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.is_normalized(text) {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(self.run(text, None))
        }
    }

    /// True when [`Normalizer::normalize`] would return `text` unchanged.
    pub fn is_normalized(&self, text: &str) -> bool {
        let fast = text.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
        if fast && !text.contains("  ") && !text.starts_with(' ') && !text.ends_with(' ') {
            // Pure printable ASCII with single spaces: only fused punctuation could change it,
            // and that needs an Arabic letter.
            return true;
        }
        self.run(text, None) == text
    }

    /// Normalizes `text` and returns the offset map back to it.
    pub fn normalize_with_offsets(&self, text: &str) -> Normalized {
        let mut map = OffsetMap {
            segs: Vec::new(),
            norm_len: 0,
            orig_len: text.len(),
        };
        let out = self.run(text, Some(&mut map));
        debug_assert_eq!(out.len(), map.norm_len);
        Normalized { text: out, map }
    }

    fn act(&self, c: char) -> Act {
        let k = &self.config;
        match c {
            _ if k.diacritics && is_diacritic(c) => Act::Drop,
            '\u{0640}' if k.tatweel => Act::Drop,
            'آ' | 'أ' | 'إ' | 'ٱ' | '\u{0672}' | '\u{0673}' if k.alef => Act::Char('ا'),
            'ؤ' if k.hamza_carriers => Act::Char('و'),
            'ئ' if k.hamza_carriers => Act::Char('ي'),
            'ى' if k.alef_maqsura => Act::Char('ي'),
            'ة' if k.teh_marbuta => Act::Char('ه'),
            'ک' if k.persian => Act::Char('ك'),
            'ی' | 'ې' | 'ے' if k.persian => Act::Char('ي'),
            'ھ' | 'ە' | 'ۀ' | 'ہ' if k.persian => {
                if k.teh_marbuta || c != 'ۀ' {
                    Act::Char('ه')
                } else {
                    Act::Char('ه')
                }
            }
            'ۃ' if k.persian => Act::Char(if k.teh_marbuta { 'ه' } else { 'ة' }),
            'ڤ' | 'ڨ' if k.persian_extra => Act::Char('ف'),
            'گ' if k.persian_extra => Act::Char('ك'),
            'پ' if k.persian_extra => Act::Char('ب'),
            'چ' if k.persian_extra => Act::Char('ج'),
            '\u{0660}'..='\u{0669}' if k.digits => {
                Act::Char((b'0' + (c as u32 - 0x0660) as u8) as char)
            }
            '\u{06F0}'..='\u{06F9}' if k.digits => {
                Act::Char((b'0' + (c as u32 - 0x06F0) as u8) as char)
            }
            '،' if k.punctuation => Act::Char(','),
            '؛' if k.punctuation => Act::Char(';'),
            '؟' if k.punctuation => Act::Char('?'),
            _ if k.invisible && is_invisible(c) => Act::Drop,
            _ if k.whitespace && is_space_char(c) => Act::Space,
            '\u{FDF2}' if k.presentation_forms => Act::Str("الله"),
            _ => Act::Keep,
        }
    }

    /// Applies the rules to a character produced by decomposing a presentation form; appends
    /// the result to `buf`.
    fn fold_into(&self, c: char, buf: &mut String) {
        match self.act(c) {
            Act::Keep | Act::Space => buf.push(c),
            Act::Drop => {}
            Act::Char(r) => buf.push(r),
            Act::Str(s) => buf.push_str(s),
        }
    }

    /// The presentation form `c` as letters, composed, then folded.
    fn expand_presentation(&self, c: char) -> String {
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
        let mut buf = String::with_capacity(8);
        for l in letters {
            if l == ' ' && self.config.whitespace {
                // e.g. U+FDFA expands to several words; keep single spaces.
                if !buf.ends_with(' ') {
                    buf.push(' ');
                }
                continue;
            }
            self.fold_into(l, &mut buf);
        }
        buf
    }

    fn run(&self, text: &str, mut map: Option<&mut OffsetMap>) -> String {
        let k = &self.config;
        let mut out = String::with_capacity(text.len());
        // Pending white space run: (orig start, contains line break).
        let mut ws: Option<(usize, bool)> = None;
        // The last base character written was word-final-only or fusing punctuation.
        let mut fuse_next = false;
        let mut chars = text.char_indices().peekable();
        let mut emit = |out: &mut String, s: &str, orig: usize, orig_len: usize, copy: bool| {
            out.push_str(s);
            if let Some(m) = map.as_deref_mut() {
                m.push(orig, orig_len, s.len(), copy);
            }
        };
        while let Some((i, c)) = chars.next() {
            let clen = c.len_utf8();
            // Compose a decomposed alef/waw/yeh/heh + hamza or madda mark first.
            let mut c = c;
            let mut clen = clen;
            if let Some(&(_, next)) = chars.peek() {
                if matches!(next, '\u{0653}'..='\u{0655}') {
                    if let Some(comp) = unicode_normalization::char::compose(c, next) {
                        c = comp;
                        clen += next.len_utf8();
                        chars.next();
                    }
                }
            }
            let act = if k.presentation_forms && is_presentation_form(c) {
                if k.invisible && c == '\u{FEFF}' {
                    Act::Drop
                } else {
                    let s = self.expand_presentation(c);
                    if s.is_empty() {
                        Act::Drop
                    } else {
                        // Leak-free: emit directly below.
                        flush_ws(&mut ws, &mut out, &mut emit, i, k);
                        if k.fused_words
                            && fuse_next
                            && s.chars().next().is_some_and(is_arabic_letter)
                        {
                            emit(&mut out, " ", i, 0, false);
                        }
                        let last = s.chars().last();
                        fuse_next = last.is_some_and(|l| matches!(l, 'ة' | 'ى'))
                            || last.is_some_and(is_fusing_punct);
                        emit(&mut out, &s, i, clen, false);
                        continue;
                    }
                }
            } else {
                self.act(c)
            };
            match act {
                Act::Drop => continue,
                Act::Space => {
                    let lb = is_line_break(c);
                    match &mut ws {
                        Some((_, has_lb)) => *has_lb |= lb,
                        None => ws = Some((i, lb)),
                    }
                    fuse_next = false;
                    continue;
                }
                _ => {}
            }
            flush_ws(&mut ws, &mut out, &mut emit, i, k);
            if k.fused_words && fuse_next && is_arabic_letter(c) {
                emit(&mut out, " ", i, 0, false);
            }
            if is_arabic_letter(c) || is_fusing_punct(c) || c.is_alphanumeric() || c.is_whitespace()
            {
                fuse_next = matches!(c, 'ة' | 'ى') || is_fusing_punct(c);
            }
            match act {
                Act::Keep => {
                    let composed = clen != c.len_utf8();
                    let mut b = [0u8; 4];
                    emit(&mut out, c.encode_utf8(&mut b), i, clen, !composed);
                }
                Act::Char(r) => {
                    let mut b = [0u8; 4];
                    emit(&mut out, r.encode_utf8(&mut b), i, clen, false);
                }
                Act::Str(s) => emit(&mut out, s, i, clen, false),
                Act::Drop | Act::Space => {}
            }
        }
        // White space at the end of the text is dropped.
        ws.take();
        out
    }
}

/// Writes a pending run of white space as one space (or one line feed), except at the start or
/// end of the text.
fn flush_ws(
    ws: &mut Option<(usize, bool)>,
    out: &mut String,
    emit: &mut impl FnMut(&mut String, &str, usize, usize, bool),
    at: usize,
    k: &NormalizerConfig,
) {
    let _ = k;
    if let Some((start, lb)) = ws.take() {
        if out.is_empty() {
            return;
        }
        let s = if lb { "\n" } else { " " };
        emit(out, s, start, at - start, false);
    }
}
