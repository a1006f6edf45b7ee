//! The offset map and the output sink shared by every engine.

use std::borrow::Cow;
use std::ops::Range;

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
    /// Normalized byte offsets, ascending, of each `ه` that is a folded `ة` in the original.
    teh_marbuta: Vec<usize>,
}

impl OffsetMap {
    pub(crate) fn new(orig_len: usize) -> Self {
        OffsetMap {
            segs: Vec::new(),
            norm_len: 0,
            orig_len,
            teh_marbuta: Vec::new(),
        }
    }

    /// The map of a text left unchanged.
    /// True when the `ه` at normalized byte `norm` is a `ة` in the original that the
    /// normalizer folded (the `search` and `camel` presets fold teh marbuta): the one letter
    /// fold that changes a word's reading (`زاره`, "visited him", against `وزارة`). The stages
    /// above normalization ask this instead of reading the original text again.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let norm = Normalizer::search().normalize_with_offsets("زاره في الوزارة");
    /// assert_eq!(norm.text(), "زاره في الوزاره");
    /// let last = norm.text().len() - "ه".len();
    /// assert!(norm.map().is_teh_marbuta(last));
    /// assert!(!norm.map().is_teh_marbuta("زار".len()));
    /// ```
    pub fn is_teh_marbuta(&self, norm: usize) -> bool {
        self.teh_marbuta.binary_search(&norm).is_ok()
    }

    pub(crate) fn identity(len: usize) -> Self {
        let mut m = OffsetMap::new(len);
        if len > 0 {
            m.push(0, len, len, true);
        }
        m
    }

    pub(crate) fn push(&mut self, orig: usize, orig_len: usize, norm_len: usize, copy: bool) {
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

    /// Removes the last `len` bytes of normalized text (one character) from the map; returns
    /// the original byte where the replacement for it should start.
    pub(crate) fn pop_tail(&mut self, len: usize, fallback: usize) -> usize {
        self.norm_len -= len;
        let Some(last) = self.segs.last_mut() else {
            return fallback;
        };
        if last.norm_len > len {
            last.norm_len -= len;
            if last.copy {
                last.orig_len -= len;
                last.orig + last.orig_len
            } else {
                fallback
            }
        } else {
            let orig = last.orig;
            self.segs.pop();
            orig
        }
    }

    /// Length of the normalized text.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let norm = Normalizer::search().normalize_with_offsets("أَ");
    /// assert_eq!((norm.map().normalized_len(), norm.map().original_len()), (2, 4));
    /// ```
    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// Length of the original text.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::search().normalize_with_offsets(" ا ").map().original_len(), 4);
    /// ```
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
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let original = "قوات حفـــتر";
    /// let norm = Normalizer::search().normalize_with_offsets(original);
    /// let at = norm.text().find("حفتر").unwrap();
    /// assert_eq!(&original[norm.map().to_original(at..at + "حفتر".len())], "حفـــتر");
    /// ```
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

    /// Like [`to_original`](Self::to_original), for a span shown to users: the end is widened
    /// over the marks attached to the last letter (harakat, shadda, Quranic marks, tatweel) that
    /// normalization deleted, so `طرابلسَ` is the span of `طرابلس`, mark included. Mentions,
    /// triggers and sentences all end this way, so a span inside a sentence stays inside it.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let original = "في طرابلسَ اليوم";
    /// let norm = Normalizer::search().normalize_with_offsets(original);
    /// let at = norm.text().find("طرابلس").unwrap();
    /// let range = at..at + "طرابلس".len();
    /// assert_eq!(&original[norm.map().to_original(range.clone())], "طرابلس");
    /// assert_eq!(&original[norm.map().to_original_span(original, range)], "طرابلسَ");
    /// ```
    pub fn to_original_span(&self, original: &str, range: Range<usize>) -> Range<usize> {
        let r = self.to_original(range);
        if r.is_empty() || original.len() != self.orig_len || !original.is_char_boundary(r.end) {
            return r;
        }
        // Deleted marks map to no normalized text: the first normalized char at or after
        // each of them is the one after the span.
        // (Looked up only when a mark follows: most spans end before a letter or a space.)
        let mut next = None;
        let mut end = r.end;
        for c in original[end..].chars() {
            if !(super::is_diacritic(c) || c == '\u{0640}') {
                break;
            }
            let next = *next.get_or_insert_with(|| self.to_normalized(r.end));
            if self.to_normalized(end + c.len_utf8()) != next {
                break;
            }
            end += c.len_utf8();
        }
        r.start..end
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

/// Whether `b`, whole characters of UTF-8, is exactly one character: its first byte gives
/// the length of the first.
#[inline(always)]
fn one_char(b: &[u8]) -> bool {
    let width = match b.first() {
        None => return false,
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c < 0xE0 => 2,
        Some(&c) if c < 0xF0 => 3,
        Some(_) => 4,
    };
    b.len() == width
}

/// Builds the output of an engine: runs of untouched input are copied in bulk, changes are
/// written as replacement segments. Nothing is allocated while the input is unchanged.
pub(crate) struct Sink<'a, 'm> {
    src: &'a str,
    out: Option<String>,
    map: Option<&'m mut OffsetMap>,
    /// Start of the pending run of untouched input.
    pub(crate) run: usize,
}

impl<'a, 'm> Sink<'a, 'm> {
    pub(crate) fn new(src: &'a str, map: Option<&'m mut OffsetMap>) -> Self {
        Sink {
            src,
            out: None,
            map,
            run: 0,
        }
    }

    #[inline]
    fn out(&mut self) -> &mut String {
        let cap = self.src.len() + 16;
        self.out.get_or_insert_with(|| String::with_capacity(cap))
    }

    /// Copies the pending run of untouched input up to byte `to`.
    #[inline(always)]
    pub(crate) fn flush(&mut self, to: usize) {
        let run = self.run;
        let src = self.src;
        let out = self.out();
        if run < to {
            out.push_str(&src[run..to]);
            if let Some(m) = self.map.as_deref_mut() {
                m.push(run, to - run, to - run, true);
            }
        }
        self.run = to;
    }

    /// Replaces `len` input bytes at `at` (at or after the pending run) with `s`.
    #[inline(always)]
    pub(crate) fn replace(&mut self, at: usize, len: usize, s: &str) {
        self.flush(at);
        let out = self.out();
        out.push_str(s);
        let out_len = out.len();
        if !s.is_empty() {
            if let Some(m) = self.map.as_deref_mut() {
                let src = self.src.as_bytes().get(at..at + len).unwrap_or_default();
                if s == "ه" && src == "ة".as_bytes() {
                    m.teh_marbuta.push(out_len - s.len());
                }
                // One character replaced by one of the same length (أ → ا, ة → ه) maps byte
                // for byte, so it extends a copy segment instead of fragmenting the map.
                // (Both are whole characters: each is one when its first byte says so.)
                let one_for_one = s.len() == len && one_char(s.as_bytes()) && one_char(src);
                m.push(at, len, s.len(), one_for_one);
            }
        }
        self.run = at + len;
    }

    /// The last output character and whether it lies in the pending run.
    pub(crate) fn last_char(&self, at: usize) -> Option<(char, bool)> {
        if self.run < at {
            self.src[self.run..at]
                .chars()
                .next_back()
                .map(|c| (c, true))
        } else {
            self.out
                .as_ref()
                .and_then(|o| o.chars().next_back())
                .map(|c| (c, false))
        }
    }

    /// Replaces the last output character (given by [`Sink::last_char`]) and the `len` input
    /// bytes at `at` with `s`.
    pub(crate) fn replace_last(&mut self, prev: (char, bool), at: usize, len: usize, s: &str) {
        let (p, in_run) = prev;
        if in_run {
            let start = at - p.len_utf8();
            self.replace(start, at + len - start, s);
        } else {
            self.flush(at);
            let out = self.out();
            let kept = out.len() - p.len_utf8();
            out.truncate(kept);
            out.push_str(s);
            if let Some(m) = self.map.as_deref_mut() {
                // The replaced character is no longer a folded teh marbuta.
                while m.teh_marbuta.last().is_some_and(|&t| t >= kept) {
                    m.teh_marbuta.pop();
                }
                let start = m.pop_tail(p.len_utf8(), at);
                m.push(start, at + len - start, s.len(), false);
            }
            self.run = at + len;
        }
    }

    /// True when something has been written or is pending.
    pub(crate) fn started(&self, at: usize) -> bool {
        self.run < at || self.out.as_ref().is_some_and(|o| !o.is_empty())
    }

    /// The result: borrowed when nothing changed.
    pub(crate) fn finish(mut self) -> Cow<'a, str> {
        if self.out.is_none() {
            if let Some(m) = self.map.as_deref_mut() {
                *m = OffsetMap::identity(self.src.len());
            }
            return Cow::Borrowed(self.src);
        }
        let n = self.src.len();
        self.flush(n);
        match self.out {
            Some(o) => Cow::Owned(o),
            None => Cow::Borrowed(self.src),
        }
    }
}
