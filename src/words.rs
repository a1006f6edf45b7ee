//! Words and their attached proclitics, on `search`-normalized text.
//!
//! Arabic attaches conjunctions (و ف), prepositions (ب ل ك) and the article (ال) to the next
//! word: `وبطرابلس` is و + ب + طرابلس, `للجيش` is ل + الجيش with the article's alef dropped.
//! The gazetteer and the event lexicon find names and triggers inside such words and ask this
//! module whether what stands before them in the word is a valid run of proclitics.
//!
//! ```
//! use libya_nlp::words::{words, proclitic_ok, Article};
//! let text = "وبطرابلس وللجيش";
//! let ws: Vec<&str> = words(text).map(|r| &text[r]).collect();
//! assert_eq!(ws, ["وبطرابلس", "وللجيش"]);
//! assert!(proclitic_ok("وب", Article::None));
//! assert!(proclitic_ok("ولل", Article::Dropped)); // و + ل + (ا)لجيش
//! assert!(!proclitic_ok("مب", Article::None));
//! ```

use std::ops::Range;

/// True for characters that belong to a word: letters, digits and combining marks of any
/// script (Arabic letters, diacritics, Latin, digits).
///
/// ```
/// use libya_nlp::words::is_word_char;
/// assert!(is_word_char('ح') && is_word_char('7') && !is_word_char('،'));
/// ```
#[inline]
pub fn is_word_char(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    if (0x0600..0x0700).contains(&cp) {
        // The Arabic block, decided by a table: letters, marks, digits and tatweel are word
        // characters; punctuation and signs (، ؛ ؟ ٪ ۔ ۞ …) are not.
        return arabic_bit(&ARABIC_WORD, cp);
    }
    c.is_alphanumeric() || crate::normalize::is_diacritic(c) || matches!(c, '\u{0300}'..='\u{036F}')
}

/// Bit `cp - 0x600` of a 256-bit table over the Arabic block (`cp` in U+0600..U+06FF).
#[inline]
pub(crate) fn arabic_bit(table: &[u64; 4], cp: u32) -> bool {
    let o = cp.wrapping_sub(0x0600) & 0xFF;
    (table[(o / 64) as usize] >> (o % 64)) & 1 == 1
}

/// Bit `cp - 0x600` is set when that character of the Arabic block is a word character.
const ARABIC_WORD: [u64; 4] = [
    0xFFFFFFFF07FF0000,
    0xFFFFC3FFFFFFFFFF,
    0xFFFFFFFFFFFFFFFF,
    0x9FFFFDFF9FEFFFFF,
];

/// Byte ranges of the words of `text`, in order.
///
/// ```
/// use libya_nlp::words::words;
/// let t = "قال: حفتر، 2019";
/// assert_eq!(words(t).map(|r| &t[r]).collect::<Vec<_>>(), ["قال", "حفتر", "2019"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip separators.
        loop {
            let (w, len) = class_at(text, i)?;
            if w {
                break;
            }
            i += len;
        }
        let start = i;
        i = word_run_end(text, i);
        Some(start..i)
    })
}

/// The number of words of `text`, counted up to `max`: `words(text).take(max).count()`,
/// found by one pass over the characters that stops where word number `max` begins.
#[inline]
pub(crate) fn count_words(text: &str, max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    let mut in_word = false;
    while n < max {
        let Some((w, len)) = class_at(text, i) else {
            break;
        };
        n += usize::from(w && !in_word);
        in_word = w;
        i += len;
    }
    n
}

/// Pushes the byte ranges of the words of `text`, shifted by `base`, onto `out`: the same
/// ranges as [`words`], in one tight pass (ASCII and the two-byte Arabic block decided from
/// the bytes by table, without decoding).
#[inline]
pub(crate) fn push_words(text: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Whether the character at `i` is a word character, and its length.
    let class = |i: usize| {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else if b & 0xFC == 0xD8 && i + 1 < n {
            // U+0600..U+06FF, two bytes.
            (arabic_pair(b, bytes[i + 1]), 2)
        } else {
            let (c, len) = crate::normalize::decode(text, bytes, i);
            (is_word_char(c), len)
        }
    };
    let mut i = 0;
    while i < n {
        let (w, len) = class(i);
        i += len;
        if !w {
            continue;
        }
        // A word begins: its Arabic letters (most of them) two bytes at a time, without the
        // general classification; it ends before the first other character.
        let start = i - len;
        let mut end = n;
        while i < n {
            i += arabic_run(&bytes[i..]);
            if i >= n {
                break;
            }
            let (w, len) = class(i);
            if !w {
                end = i;
                // The separator is no word character: step over it.
                i += len;
                break;
            }
            i += len;
        }
        out.push(start + base..end + base);
    }
}

/// The end of the run of word characters from char boundary `i` of `text`: two-byte Arabic
/// letters, the common case, walked without decoding.
#[inline(always)]
fn word_run_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i += arabic_run(bytes.get(i..).unwrap_or_default());
        match class_at(text, i) {
            Some((true, len)) => i += len,
            _ => return i,
        }
    }
}

/// The bytes of the two-byte Arabic word characters that `bytes` (from a char boundary)
/// begins with: a tight loop of pairs, without the general classification, four pairs a
/// round while eight bytes are left (the loop's own count and test once per round).
#[inline(always)]
fn arabic_run(bytes: &[u8]) -> usize {
    let mut k = 0;
    let mut rounds = bytes.chunks_exact(8);
    for q in &mut rounds {
        let ok = |j: usize| q[j] & 0xFC == 0xD8 && arabic_pair(q[j], q[j + 1]);
        if !ok(0) {
            return k;
        }
        if !ok(2) {
            return k + 2;
        }
        if !ok(4) {
            return k + 4;
        }
        if !ok(6) {
            return k + 6;
        }
        k += 8;
    }
    for p in rounds.remainder().chunks_exact(2) {
        if p[0] & 0xFC != 0xD8 || !arabic_pair(p[0], p[1]) {
            break;
        }
        k += 2;
    }
    k
}

/// Whether the two-byte character `b0 b1` (`b0` in 0xD8..=0xDB: U+0600..U+06FF) is a word
/// character.
#[inline(always)]
fn arabic_pair(b0: u8, b1: u8) -> bool {
    (ARABIC_WORD[(b0 & 0x03) as usize] >> (b1 & 0x3F)) & 1 == 1
}

/// Whether the character at char boundary `i` of `text` is a word character, and its length,
/// or `None` at the end. ASCII and the two-byte Arabic block are decided from the bytes.
#[inline(always)]
fn class_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    if (0xD8..=0xDB).contains(&b) {
        if let Some(&b1) = bytes.get(i + 1) {
            // U+0600..U+06FF: offset in the block from the low bits of both bytes.
            return Some((arabic_pair(b, b1), 2));
        }
    }
    let (c, len) = crate::normalize::decode(text, bytes, i);
    Some((is_word_char(c), len))
}

/// Start of the word holding byte `pos` of `text` (`pos` itself when the character before it
/// is not a word character). Looks back at most `max_chars` characters; returns `None` when
/// the word begins further back than that.
///
/// ```
/// use libya_nlp::words::word_start;
/// let t = "قوات وبطرابلس";
/// let at = t.find("طرابلس").unwrap();
/// assert_eq!(word_start(t, at, 4), Some(t.find("وب").unwrap()));
/// ```
#[inline]
pub fn word_start(text: &str, pos: usize, max_chars: usize) -> Option<usize> {
    let mut start = pos.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut n = 0;
    while let Some((w, len)) = class_before(text, start) {
        if !w {
            return Some(start);
        }
        if n == max_chars {
            return None;
        }
        n += 1;
        start -= len;
    }
    Some(start)
}

/// End of the word that goes on at char boundary `pos` of `text` (`pos` itself when no word
/// character follows it). Walks at most `max_chars` word characters; returns `None` when the
/// word goes on further than that.
pub(crate) fn word_end(text: &str, pos: usize, max_chars: usize) -> Option<usize> {
    let mut end = pos;
    let mut n = 0;
    while let Some((true, len)) = class_at(text, end) {
        if n == max_chars {
            return None;
        }
        n += 1;
        end += len;
    }
    Some(end)
}

/// The words of a span of `text` (as [`push_words`] gives them) with a cursor, for
/// [`word_start`] and [`word_end`] asked at positions that move forward (the matches of an
/// automaton, by end): the word holding a position is a step or two from the last one looked
/// up, not a walk over the characters (positions far apart cost a walk over the words
/// between). Where the answer depends on text outside the span (a word
/// touching one of its edges, a position outside it) it asks the walks themselves: the same
/// answers on any input, in any order.
pub(crate) struct WordCursor<'w> {
    span: Range<usize>,
    words: &'w [Range<usize>],
    /// The last word looked up: the next is a step or two from it.
    k: usize,
}

impl<'w> WordCursor<'w> {
    /// A cursor over `words`, the words of `text[span]` shifted to `text`.
    pub(crate) fn new(span: Range<usize>, words: &'w [Range<usize>]) -> WordCursor<'w> {
        WordCursor { span, words, k: 0 }
    }

    /// The number of words ending before `pos` (`at`: at or before), walked to from the
    /// last answer, which becomes the cursor.
    #[inline]
    fn seek(&mut self, pos: usize, at: bool) -> usize {
        let words = self.words;
        let before = |w: &Range<usize>| w.end < pos || (at && w.end == pos);
        let mut k = self.k.min(words.len());
        while k < words.len() && before(&words[k]) {
            k += 1;
        }
        while k > 0 && !before(&words[k - 1]) {
            k -= 1;
        }
        self.k = k;
        k
    }

    /// [`word_start`]`(text, pos, max_chars)`. (The events stage takes the word starts of its
    /// matches from its scan; the tests check both against the walk.)
    #[cfg(test)]
    #[inline]
    pub(crate) fn word_start(&mut self, text: &str, pos: usize, max_chars: usize) -> Option<usize> {
        if pos <= self.span.start || pos > self.span.end || !text.is_char_boundary(pos) {
            return word_start(text, pos, max_chars);
        }
        // The first word ending at or after `pos`: it holds the character before `pos` when it
        // starts before `pos`; otherwise that character is no word character.
        let j = self.seek(pos, false);
        match self.words.get(j) {
            Some(w) if w.start < pos => {
                if w.start <= self.span.start {
                    word_start(text, pos, max_chars)
                } else if within_chars(text, w.start..pos, max_chars) {
                    Some(w.start)
                } else {
                    None
                }
            }
            _ => Some(pos),
        }
    }

    /// [`word_end`]`(text, pos, max_chars)`.
    #[inline]
    pub(crate) fn word_end(&mut self, text: &str, pos: usize, max_chars: usize) -> Option<usize> {
        if pos < self.span.start || pos >= self.span.end || !text.is_char_boundary(pos) {
            return word_end(text, pos, max_chars);
        }
        // The first word ending after `pos`: it holds the character at `pos` when it starts at
        // or before `pos`; otherwise that character is no word character.
        let k = self.seek(pos, true);
        match self.words.get(k) {
            Some(w) if w.start <= pos => {
                if w.end >= self.span.end {
                    word_end(text, pos, max_chars)
                } else if within_chars(text, pos..w.end, max_chars) {
                    Some(w.end)
                } else {
                    None
                }
            }
            _ => Some(pos),
        }
    }
}

/// True when the bytes `r` of `text` (on char boundaries) hold at most `max_chars` characters.
#[inline]
pub(crate) fn within_chars(text: &str, r: Range<usize>, max_chars: usize) -> bool {
    r.len() <= max_chars || text.get(r).is_some_and(|t| t.chars().count() <= max_chars)
}

/// Like [`class_at`], for the character that ends at char boundary `i` of `text` (`None` at
/// the start).
#[inline(always)]
fn class_before(text: &str, i: usize) -> Option<(bool, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    // `i` is a char boundary and `b` is not ASCII: `b` is a continuation byte.
    if i >= 2 && (0xD8..=0xDB).contains(&bytes[i - 2]) {
        return Some((arabic_pair(bytes[i - 2], b), 2));
    }
    let c = text[..i].chars().next_back()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// The `N` words before byte `at` of `text`, not before byte `lo`, nearest first (`""` where
/// there are fewer; all `""` when `at` or `lo` is not a char boundary): found by walking back
/// over the bytes, without allocating: two before the end of `قال المتحدث، إن الهجوم` are
/// `["الهجوم", "إن"]`.
pub(crate) fn words_before<const N: usize>(text: &str, lo: usize, at: usize) -> [&str; N] {
    let mut out = [""; N];
    let mut end = at.min(text.len());
    if !text.is_char_boundary(end) || !text.is_char_boundary(lo.min(end)) {
        return out;
    }
    let bytes = text.as_bytes();
    let step = |i: usize| if i > lo { class_before(text, i) } else { None };
    for p in out.iter_mut() {
        // Skip what is not a word, then take the word.
        let mut i = end;
        while let Some((false, n)) = step(i) {
            i -= n;
        }
        let word_end = i;
        loop {
            // Two-byte Arabic letters, the common case, walked back without a call.
            if i >= lo + 2 {
                if let [b0 @ 0xD8..=0xDB, b1] = bytes[i - 2..i] {
                    if arabic_pair(b0, b1) {
                        i -= 2;
                        continue;
                    }
                }
            }
            match step(i) {
                Some((true, n)) => i -= n,
                _ => break,
            }
        }
        *p = &text[i..word_end];
        if p.is_empty() {
            break;
        }
        end = i;
    }
    out
}

/// True when byte `pos` of `text` ends a word: at the end of the text or before a character
/// that is not a word character.
///
/// ```
/// use libya_nlp::words::is_word_end;
/// assert!(is_word_end("حفتر قال", 8));
/// assert!(!is_word_end("حفترا", 8));
/// ```
pub fn is_word_end(text: &str, pos: usize) -> bool {
    if !text.is_char_boundary(pos) {
        return false;
    }
    class_at(text, pos).is_none_or(|(w, _)| !w)
}

/// How the name that follows a run of proclitics begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Article {
    /// The name begins with the article ال, and it is written in full.
    Present,
    /// The name begins with the article ال, written without its alef after ل (`للجيش`).
    Dropped,
    /// The name has no article of its own; an attached one is allowed.
    None,
    /// The name has no article and takes none (person names).
    Forbidden,
}

/// True when `prefix` (normalized letters in the same word, before a name) is a valid run of
/// proclitics for a name beginning as `article` says: an optional conjunction (و ف), an
/// optional preposition (ب ل ك), and for names without their own article an optional ال.
///
/// ```
/// use libya_nlp::words::{proclitic_ok, Article};
/// assert!(proclitic_ok("", Article::Present));
/// assert!(proclitic_ok("وبال", Article::None));
/// assert!(proclitic_ok("فب", Article::Present));   // فبالجيش: ف + ب + الجيش
/// assert!(!proclitic_ok("ل", Article::Present));   // لالجيش is not written
/// assert!(!proclitic_ok("ال", Article::Forbidden));
/// ```
pub fn proclitic_ok(prefix: &str, article: Article) -> bool {
    let mut rest = prefix;
    if let Some(r) = rest.strip_prefix(['و', 'ف']) {
        rest = r;
    }
    match article {
        Article::Dropped => rest == "لل",
        Article::Present => matches!(rest, "" | "ب" | "ك"),
        Article::Forbidden => matches!(rest, "" | "ب" | "ل" | "ك"),
        Article::None => {
            matches!(rest, "" | "ب" | "ل" | "ك" | "ال" | "بال" | "كال" | "لل")
        }
    }
}

/// True when `prefix` is a valid run of proclitics before `name`, the text from where a name
/// written without its article begins, in the one case [`proclitic_ok`] with
/// [`Article::Dropped`] does not cover: a name whose word after the article begins with ل
/// (`اللواء`, `اللجنة`), written after the preposition ل with the article gone entirely.
/// `للواء` is ل + اللواء: the text shows `لواء` after a single ل.
///
/// ```
/// use libya_nlp::words::lam_article_ok;
/// assert!(lam_article_ok("ل", "لواء السادس"));   // للواء: ل + اللواء
/// assert!(lam_article_ok("ول", "لجنة"));         // وللجنة
/// assert!(!lam_article_ok("", "لواء"));          // لواء without the article is another word
/// assert!(!lam_article_ok("لل", "لواء"));
/// assert!(!lam_article_ok("ل", "جيش"));          // لجيش: ل + جيش, no article
/// ```
pub fn lam_article_ok(prefix: &str, name: &str) -> bool {
    name.starts_with('ل') && prefix.strip_prefix(['و', 'ف']).unwrap_or(prefix) == "ل"
}

/// True when `prefix` is a valid run of proclitics for some kind of name (see
/// [`proclitic_ok`]): a cheap test of where inside a word a name may begin.
///
/// ```
/// use libya_nlp::words::could_be_proclitics;
/// assert!(could_be_proclitics("وبال") && could_be_proclitics("ولل"));
/// assert!(!could_be_proclitics("مب"));
/// ```
pub fn could_be_proclitics(prefix: &str) -> bool {
    proclitic_ok(prefix, Article::None) || proclitic_ok(prefix, Article::Dropped)
}

/// The longest run of proclitics any name can carry, in characters (`وبال`).
pub const MAX_PROCLITIC_CHARS: usize = 4;

/// Where a word of the event lexicon may begin inside the word that begins at `ws` of `text`
/// and ends at `we`: at `ws`, and after every run of proclitics a trigger, cue or context word
/// may carry: an optional conjunction (و ف), then a preposition (ب ل ك), the future `س`, the
/// article (`ال`, `بال`, `كال`) or `لل`. These are all the prefixes [`proclitic_ok`] accepts
/// for any [`Article`], [`lam_article_ok`]'s `ل`, and `س`: a lexicon form matched anywhere
/// else in a word has proclitics no part of speech allows. Into `out`, in increasing order;
/// returns how many (at least 1 when `ws < we`).
#[inline]
pub(crate) fn clitic_starts(text: &str, ws: usize, we: usize, out: &mut [usize; 6]) -> usize {
    let Some(w) = text.as_bytes().get(ws..we.min(text.len())) else {
        return 0;
    };
    if w.is_empty() {
        return 0;
    }
    out[0] = ws;
    let mut n = 1;
    // A start inside the word, `at` bytes into it, `rest` the bytes after it.
    let mut push = |at: usize, rest: &[u8], out: &mut [usize; 6]| {
        if rest.len() > at {
            out[n] = ws + (w.len() - rest.len()) + at;
            n += 1;
        }
    };
    // An optional conjunction: و ف.
    let rest = match w {
        [0xD9, 0x88 | 0x81, rest @ ..] => {
            push(0, rest, out);
            rest
        }
        _ => w,
    };
    // A preposition or the future: ب س ك ل.
    if let [0xD8, 0xA8 | 0xB3, ..] | [0xD9, 0x83 | 0x84, ..] = rest {
        push(2, rest, out);
    }
    match rest {
        // ال, لل
        [0xD8, 0xA7, 0xD9, 0x84, ..] | [0xD9, 0x84, 0xD9, 0x84, ..] => push(4, rest, out),
        // بال, كال
        [0xD8, 0xA8, 0xD8, 0xA7, 0xD9, 0x84, ..] | [0xD9, 0x83, 0xD8, 0xA7, 0xD9, 0x84, ..] => {
            push(6, rest, out)
        }
        _ => {}
    }
    n
}

/// The words of some sentences of a text (as [`push_words`] finds them), kept by the stage
/// that found them for the stages above it: the events stage keeps those of the sentences
/// that have events, and records read them instead of finding them again.
#[derive(Debug, Default, Clone)]
pub(crate) struct SentenceWords {
    /// Per sentence, in order of sentence number: its number, its range in the text and the
    /// range of its words in `words`.
    index: Vec<(usize, Range<usize>, Range<usize>)>,
    words: Vec<Range<usize>>,
}

impl SentenceWords {
    /// Keeps `words`, the words of sentence number `sentence`, `span` of the text (sentences
    /// come in order).
    pub(crate) fn push(&mut self, sentence: usize, span: Range<usize>, words: &[Range<usize>]) {
        let from = self.words.len();
        self.words.extend_from_slice(words);
        self.index.push((sentence, span, from..self.words.len()));
    }

    /// The number of sentences kept.
    pub(crate) fn len(&self) -> usize {
        self.index.len()
    }

    /// Adds `by` to the numbers of the sentences kept from the `from`-th on (for sentences
    /// numbered within a run of a longer list).
    pub(crate) fn renumber(&mut self, from: usize, by: usize) {
        for e in self.index.iter_mut().skip(from) {
            e.0 += by;
        }
    }

    /// The words of sentence number `sentence` when they were kept for exactly `span`.
    pub(crate) fn of(&self, sentence: usize, span: &Range<usize>) -> Option<&[Range<usize>]> {
        let i = self.index.partition_point(|e| e.0 < sentence);
        let (s, sp, ws) = self.index.get(i)?;
        (*s == sentence && sp == span).then(|| self.words.get(ws.clone()))?
    }
}

#[cfg(test)]
mod tests {
    /// `push_words` (Arabic letters two bytes at a time) finds the words `words` finds, on
    /// texts that end inside a word, open with separators, and mix Arabic with other scripts,
    /// digits, marks and characters of three and four bytes.
    #[test]
    fn push_words_finds_the_words_of_words() {
        for t in [
            "",
            " ",
            "قصف",
            "قصف ",
            " قصف",
            "قال: حفتر، 2019",
            "abc",
            "a1b2 c3",
            "جيش ليبيا\u{0640}الوطني",
            "كلمة\u{064B}بتشكيل",
            "٢٠١٩ ١٢",
            "\u{06F0}\u{06F1}x",
            "é ★ 🦅 بé★ب🦅",
            "ـــ ، ؛ ؟",
            "ليبيا\u{200C}طرابلس",
            "ب",
            "ب\u{067D}\u{06FF}\u{0600}",
        ] {
            let mut got = Vec::new();
            super::push_words(t, 7, &mut got);
            let want: Vec<_> = super::words(t).map(|r| r.start + 7..r.end + 7).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The walk by decoded characters that `words_before` replaced: the reference.
    fn reference<const N: usize>(text: &str, lo: usize, at: usize) -> [&str; N] {
        let mut out = [""; N];
        let mut end = at.min(text.len());
        for p in out.iter_mut() {
            let before = text.get(lo.min(end)..end).unwrap_or("");
            let trimmed = before.trim_end_matches(|c: char| !super::is_word_char(c));
            let start = trimmed
                .char_indices()
                .rev()
                .take_while(|(_, c)| super::is_word_char(*c))
                .last()
                .map_or(trimmed.len(), |(i, _)| i);
            *p = &trimmed[start..];
            if p.is_empty() {
                break;
            }
            end = lo.min(end) + start;
        }
        out
    }

    #[test]
    fn words_before_walks_back_like_the_character_walk() {
        let texts = [
            "قال المتحدث، إن الهجوم وقع أمس؛ (تلك المعارك) انتهت.",
            "x1 ab-cd ك٢٣ ۱۲ «بنغازي» … ـــ مُحمّد ۞ ؟؟",
            "Café naïve 😀 déjà-vu ﷺ ﻻ ⁄ z",
            "  \n\t",
            "",
            "a",
            "پژوهش گچ ژ چ — ٪۵ ۔ بےشک",
        ];
        for t in texts {
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &lo in bounds.iter().step_by(3) {
                for at in 0..=t.len() + 1 {
                    assert_eq!(
                        words_before::<3>(t, lo, at),
                        reference::<3>(t, lo, at),
                        "{t:?} {lo} {at}"
                    );
                    assert_eq!(
                        words_before::<1>(t, lo, at),
                        reference::<1>(t, lo, at),
                        "{t:?} {lo} {at}"
                    );
                }
            }
        }
    }

    use super::*;

    /// The definitions by characters, which the byte-level code must agree with.
    fn word_start_by_chars(text: &str, pos: usize, max_chars: usize) -> Option<usize> {
        let mut start = pos.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        for (n, c) in text[..start].chars().rev().enumerate() {
            if !is_word_char(c) {
                return Some(start);
            }
            if n == max_chars {
                return None;
            }
            start -= c.len_utf8();
        }
        Some(start)
    }

    fn is_word_end_by_chars(text: &str, pos: usize) -> bool {
        match text.get(pos..) {
            Some(rest) => rest.chars().next().is_none_or(|c| !is_word_char(c)),
            None => false,
        }
    }

    #[test]
    fn word_cursor_agrees_with_the_walks() {
        let texts = [
            "قال المتحدث، إن الهجوم وقع أمس؛ (تلك المعارك) انتهت.",
            "وبطرابلس قال، حفتر abc 12 é ★ 🦅ب ۞ ٣٤ ـب",
            "x1 ab-cd ك٢٣ ۱۲ «بنغازي» … ـــ مُحمّد ۞ ؟؟",
            "ب",
            "",
            "  \n\t",
        ];
        for t in texts {
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (a, &lo) in bounds.iter().enumerate() {
                for &hi in &bounds[a..] {
                    let span = lo..hi;
                    let mut words = Vec::new();
                    push_words(&t[span.clone()], lo, &mut words);
                    // Positions forward (as matches come), then backward and by jumps: the
                    // cursor answers as the walks do in any order.
                    let forward = 0..=t.len() + 1;
                    let order: Vec<usize> = forward
                        .clone()
                        .chain(forward.clone().rev())
                        .chain(forward.step_by(7))
                        .collect();
                    let mut cursor = WordCursor::new(span.clone(), &words);
                    for &pos in &order {
                        for max in [0, 1, 3, 6, 20] {
                            assert_eq!(
                                cursor.word_start(t, pos, max),
                                word_start(t, pos, max),
                                "{t:?} {span:?} start {pos} {max}"
                            );
                            if t.is_char_boundary(pos) {
                                assert_eq!(
                                    cursor.word_end(t, pos, max),
                                    word_end(t, pos, max),
                                    "{t:?} {span:?} end {pos} {max}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// Every prefix that some part of speech of the event lexicon accepts before a form
    /// (`events::accept`): the oracle of [`clitic_starts`].
    fn accepted_prefix(prefix: &str) -> bool {
        let rest = prefix.strip_prefix(['و', 'ف']).unwrap_or(prefix);
        let particle_or_verb = matches!(rest, "" | "س" | "ل");
        let article = match prefix.strip_suffix("ال") {
            Some(p) => proclitic_ok(p, Article::Present),
            None => proclitic_ok(prefix, Article::Dropped) || lam_article_ok(prefix, "لواء"),
        };
        particle_or_verb
            || article
            || proclitic_ok(prefix, Article::Forbidden)
            || proclitic_ok(prefix, Article::None)
    }

    #[test]
    fn clitic_starts_are_the_accepted_prefixes() {
        let letters = ['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ا', 'ق'];
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .flat_map(|w| letters.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
            words.dedup();
        }
        words.sort();
        words.dedup();
        for w in words.iter().filter(|w| !w.is_empty()) {
            // Inside a text, after a space and before another word.
            let text = format!("ق {w} ب");
            let (ws, we) = (3, 3 + w.len());
            let mut out = [0; 6];
            let n = clitic_starts(&text, ws, we, &mut out);
            let want: Vec<usize> = (ws..we)
                .filter(|&p| text.is_char_boundary(p) && accepted_prefix(&text[ws..p]))
                .collect();
            assert_eq!(&out[..n], &want[..], "{w}");
        }
        assert_eq!(clitic_starts("وبال", 4, 4, &mut [0; 6]), 0);
    }

    #[test]
    fn push_words_gives_the_ranges_of_words() {
        for text in [
            "",
            " ",
            "قال: حفتر، 2019",
            "abc طرابلس 12 é ★ 🦅ب ۞",
            "ب",
            " ب ",
        ] {
            // A range already there stays first.
            let mut got = Vec::new();
            got.push(1..2);
            push_words(text, 7, &mut got);
            let want: Vec<Range<usize>> = std::iter::once(1..2)
                .chain(words(text).map(|r| r.start + 7..r.end + 7))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn push_words_agrees_with_words(text in "[ \u{0600}-\u{06FF}a-z0-9é★،.]{0,40}", base in 0usize..9) {
            let mut got = Vec::new();
            push_words(&text, base, &mut got);
            let want: Vec<Range<usize>> = words(&text).map(|r| r.start + base..r.end + base).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn byte_level_word_edges_agree_with_the_char_definitions() {
        let cases = [
            ("empty", ""),
            ("arabic with clitics", "وبطرابلس قال، حفتر"),
            ("mixed scripts", "abc طرابلس 12 é ★ 🦅ب ۞ ٣٤ ـب"),
            ("marks and signs", "بَ ؛ ؟ ٪ ۔ \u{0610}ب \u{06DE}"),
            ("other two-byte", "Ωmega ñandú ݐݑ ࢠ"),
            ("edges", "ب"),
        ];
        for (name, text) in cases {
            for pos in 0..=text.len() + 2 {
                assert_eq!(
                    is_word_end(text, pos),
                    is_word_end_by_chars(text, pos),
                    "{name}: is_word_end at {pos}"
                );
                for max in [0, 1, 4, 100] {
                    assert_eq!(
                        word_start(text, pos, max),
                        word_start_by_chars(text, pos, max),
                        "{name}: word_start at {pos}, {max}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn count_words_is_words_taken(text in "[ a1بطـَ،؟٣ñΩ★🦅\u{0610}\u{06DE}]{0,16}") {
            for max in 0..6 {
                proptest::prop_assert_eq!(count_words(&text, max), words(&text).take(max).count());
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_edges_agree_on_any_text(text in "[ a1بطـَ،؟٣ñΩ★🦅\u{0610}\u{06DE}]{0,12}") {
            for pos in 0..=text.len() + 1 {
                proptest::prop_assert_eq!(is_word_end(&text, pos), is_word_end_by_chars(&text, pos));
                for max in [0, 2, 4] {
                    proptest::prop_assert_eq!(
                        word_start(&text, pos, max),
                        word_start_by_chars(&text, pos, max)
                    );
                }
            }
        }
    }
}
