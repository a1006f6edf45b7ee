//! The compact alphabet: normalized text one byte per character, without its spaces, for the
//! automata of names and event triggers (one view of a document, filled once).

// The compact alphabet. Space-free names and the space-free text are matched one byte per
// character, which halves the bytes the automaton steps through (an Arabic letter is two bytes
// of UTF-8, both needed to tell it from another): ASCII is itself, U+0600..U+067C (the Arabic
// letters, digits and marks of `search`-normalized text) is 0x80..0xFC, and any other
// character is one byte for its UTF-8 length: 0xFD (two bytes), 0xFE (three), 0xFF (four).
// A name or trigger with such a character is checked against the text.

pub(crate) mod dfa;

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

/// A space-free name in the compact alphabet, and whether it has a character the alphabet
/// does not tell apart from others.
pub(crate) fn compact_key(key: &str) -> (Vec<u8>, bool) {
    let (out, shared, _) = compact_spaced(key, false);
    (out, shared)
}

/// [`compact_key`] of `key` with its spaces left out (the bytes of
/// `compact_key(&key.replace(' ', ""))`, without that copy), and how many there were.
pub(crate) fn compact_key_without_spaces(key: &str) -> (Vec<u8>, bool, usize) {
    compact_spaced(key, true)
}

/// Whether `key` has a character the compact alphabet does not tell apart from others: the
/// flag of [`compact_key`], without building the key.
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

#[inline(always)]
fn compact_spaced(key: &str, drop_spaces: bool) -> (Vec<u8>, bool, usize) {
    let b = key.as_bytes();
    let mut out = Vec::with_capacity(key.len());
    let mut shared = false;
    let mut spaces = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (k, len) = if c < 0x80 {
            (c, 1)
        } else if c < 0xE0 {
            (compact_two(c, b[i + 1]), 2)
        } else {
            compact_long(c)
        };
        i += len;
        if drop_spaces && k == b' ' {
            spaces += 1;
            continue;
        }
        shared |= k >= 0xFD;
        out.push(k);
    }
    (out, shared, spaces)
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
    /// Where each character begins in the text: `offs[..len]`, when the text is under 4 GiB
    /// (`has_offs`).
    offs: Vec<u32>,
    has_offs: bool,
    /// Runs of ASCII letters in the text: byte ranges, in order.
    latin: Vec<std::ops::Range<usize>>,
    /// The length of the text last filled in (`None`: never filled).
    filled: Option<usize>,
}

impl Compact {
    pub(crate) fn fill(&mut self, t: &str) {
        self.fill_with(t, u32::try_from(t.len()).is_ok());
    }

    /// [`fill`](Self::fill), with the characters' offsets (`offsets`, for a text under 4 GiB)
    /// or without.
    fn fill_with(&mut self, t: &str, offsets: bool) {
        let b = t.as_bytes();
        // A character is at least one byte: the compact text never outgrows the text. The
        // buffers only grow (old contents are overwritten), and are written by index.
        if self.buf.len() < b.len() {
            self.buf.resize(b.len(), 0);
        }
        self.has_offs = offsets && u32::try_from(b.len()).is_ok();
        // One offset per character kept, at most one per character (half the bytes of Arabic).
        let n_offs = if self.has_offs { t.chars().count() } else { 0 };
        if self.offs.len() < n_offs {
            self.offs.resize(n_offs, 0);
        }
        let has_offs = self.has_offs;
        let offs = &mut self.offs[..n_offs];
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
                let (rest, dst) = (&b[i..], &mut out[j..]);
                let mut n = 0;
                if has_offs {
                    // Under 2^32: the text is (has_offs).
                    let at = rest
                        .chunks_exact(2)
                        .zip(dst.iter_mut())
                        .zip(offs[j..].iter_mut());
                    for ((pair, o), off) in at {
                        if pair[0] & 0xFE != 0xD8 {
                            break;
                        }
                        *o = ARABIC[usize::from(((pair[0] & 1) << 6) | (pair[1] & 0x3F))];
                        *off = (i + 2 * n) as u32;
                        n += 1;
                    }
                } else {
                    for (pair, o) in rest.chunks_exact(2).zip(dst.iter_mut()) {
                        if pair[0] & 0xFE != 0xD8 {
                            break;
                        }
                        *o = ARABIC[usize::from(((pair[0] & 1) << 6) | (pair[1] & 0x3F))];
                        n += 1;
                    }
                }
                i += 2 * n;
                j += n;
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
                (c, 1, c == b' ' || c == b'"')
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
                if let Some(o) = offs.get_mut(j) {
                    *o = i as u32;
                }
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
            + self.offs.capacity() * std::mem::size_of::<u32>()
            + self.latin.capacity() * std::mem::size_of::<std::ops::Range<usize>>()
    }

    /// The compact text.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The quotation marks that may stand inside a name where it has a space.
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

/// Where a walk from matches of the compact text back to the text stands: the first gap at or
/// after the end of the last match, and the run holding its last character. Both only move
/// forward, with the ends of the matches.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor {
    gap: usize,
    run: usize,
}

impl Compact {
    /// Bytes of the text before compact byte `q` (`q <= len`): the characters and the gaps
    /// before it.
    fn text_offset(&self, q: usize) -> usize {
        let k = self.gaps.partition_point(|&g| g <= q);
        let chars = match self.runs.partition_point(|r| r.0 <= q) {
            0 => 0,
            r => self.width_in_run(r - 1, q),
        };
        chars + self.gap_bytes[k]
    }

    /// The first compact byte whose character begins at or after byte `b` of the text (the
    /// compact length when none does).
    pub(crate) fn index_at(&self, b: usize) -> usize {
        if b == 0 {
            return 0;
        }
        if self.has_offs {
            return self.offs[..self.len].partition_point(|&o| (o as usize) < b);
        }
        let (mut lo, mut hi) = (0, self.len);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.text_offset(mid) < b {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// A cursor for matches that end after compact byte `q`.
    pub(crate) fn cursor_at(&self, q: usize) -> Cursor {
        Cursor {
            gap: self.gaps.partition_point(|&g| g < q),
            run: self.runs.partition_point(|r| r.0 <= q).saturating_sub(1),
        }
    }

    /// The bytes of the text that the compact match `qs..qe` (`qs < qe <= len`, ends
    /// non-decreasing along `cursor`) spans, from its first character to its last, and
    /// whether gaps stand inside it; `None` when more than `most` do.
    #[inline]
    pub(crate) fn text_range(
        &self,
        cursor: &mut Cursor,
        qs: usize,
        qe: usize,
        most: usize,
    ) -> Option<(usize, usize, bool)> {
        let gaps = &self.gaps;
        while cursor.gap < gaps.len() && gaps[cursor.gap] < qe {
            cursor.gap += 1;
        }
        let hi = cursor.gap;
        let mut lo = hi;
        while lo > 0 && gaps[lo - 1] > qs {
            lo -= 1;
            if hi - lo > most {
                return None;
            }
        }
        // A match holds a character, so there is a run.
        let runs = &self.runs;
        while cursor.run + 1 < runs.len() && runs[cursor.run + 1].0 < qe {
            cursor.run += 1;
        }
        let mut r = cursor.run;
        while r > 0 && runs[r].0 > qs {
            r -= 1;
        }
        Some((
            self.width_in_run(r, qs) + self.gap_bytes[lo],
            self.width_in_run(cursor.run, qe) + self.gap_bytes[hi],
            lo < hi,
        ))
    }
}

/// The most states of a [`Scanner`]'s DFA (about 4 million; the bundled triggers need far
/// fewer).
const MAX_DFA_STATES: usize = 1 << 22;

/// An Aho-Corasick automaton with standard semantics (every match of every pattern, by end;
/// at one end, longest first), stepped by hand: no search state is set up again per match,
/// which the library's overlapping iterator does (much of the cost of scanning for triggers,
/// which match every few bytes).
#[derive(Debug, Clone)]
pub(crate) enum Scanner {
    /// A DFA: one table read per byte; fast to scan, slower to build and larger.
    Dfa(dfa::Dfa),
    /// A contiguous NFA: failure transitions followed while scanning.
    Nfa(Box<aho_corasick::nfa::contiguous::NFA>),
}

/// How a [`Scanner`] is built.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ScannerOptions {
    /// ASCII letters match in either case.
    pub ascii_case_insensitive: bool,
    /// A DFA when true, else an NFA with dense transitions for the states of the first
    /// `dense_depth` bytes.
    pub dfa: bool,
    pub dense_depth: usize,
}

impl Scanner {
    /// The automaton of `keys` (none of them empty); `None` when it cannot be built.
    pub(crate) fn new<I, P>(keys: I, o: ScannerOptions) -> Option<Scanner>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        use aho_corasick::MatchKind::Standard;
        if o.dfa {
            dfa::Dfa::new(keys, o.ascii_case_insensitive, MAX_DFA_STATES).map(Scanner::Dfa)
        } else {
            aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(Standard)
                .ascii_case_insensitive(o.ascii_case_insensitive)
                .dense_depth(o.dense_depth)
                .build(keys)
                .ok()
                .map(|n| Scanner::Nfa(Box::new(n)))
        }
    }

    /// Calls `found(start, end, pattern)` for every match in `hay`, in the order of the
    /// library's overlapping search (`find_overlapping_iter`): by end, then as the automaton
    /// lists them.
    #[inline]
    pub(crate) fn overlapping(&self, hay: &[u8], found: impl FnMut(usize, usize, u32)) {
        match self {
            Scanner::Dfa(a) => a.overlapping(hay, found),
            Scanner::Nfa(a) => overlapping(&**a, hay, found),
        }
    }
}

#[inline]
fn overlapping<A: aho_corasick::automaton::Automaton>(
    a: &A,
    hay: &[u8],
    mut found: impl FnMut(usize, usize, u32),
) {
    use aho_corasick::Anchored;
    let Ok(mut sid) = a.start_state(Anchored::No) else {
        return;
    };
    for (i, &b) in hay.iter().enumerate() {
        sid = a.next_state(Anchored::No, sid, b);
        if a.is_special(sid) && a.is_match(sid) {
            for k in 0..a.match_len(sid) {
                let pid = a.match_pattern(sid, k);
                found(i + 1 - a.pattern_len(pid), i + 1, pid.as_u32());
            }
        }
    }
}

/// Phrases (words with one space between them) looked for in the compact view of a text:
/// the matches the library's overlapping search finds in the text itself, in the same order
/// (by end; at one end, longest first, then in the order of the phrases). A phrase without
/// spaces is one pattern of the compact alphabet; a match over the compact view is one over
/// the text when the text spells the phrase there.
#[derive(Debug, Clone)]
pub(crate) struct PhraseScanner {
    scanner: Scanner,
    /// Per phrase: its spaces, and whether a match with no gap inside spells it (it has no
    /// space and no character the compact alphabet shares with others).
    info: Vec<(u16, bool)>,
}

impl PhraseScanner {
    /// The scanner of `phrases`; `None` when one is empty, begins or ends with a space, has
    /// two spaces in a row or a quotation mark (the compact view drops those), or the
    /// automaton cannot be built.
    pub(crate) fn new<'a, I>(phrases: I, o: ScannerOptions) -> Option<PhraseScanner>
    where
        I: IntoIterator<Item = &'a str>,
    {
        let mut info = Vec::new();
        let mut keys = Vec::new();
        for t in phrases {
            let b = t.as_bytes();
            // A quotation mark is `"` or has a lead byte 0xC2 (« ») or 0xE2 (“ ” „ ″).
            if t.is_empty()
                || t.starts_with(' ')
                || t.ends_with(' ')
                || b.windows(2).any(|w| w == b"  ")
                || (b.iter().any(|&x| matches!(x, b'"' | 0xC2 | 0xE2)) && t.contains(is_quote_char))
            {
                return None;
            }
            let (key, shared, n) = compact_key_without_spaces(t);
            info.push((u16::try_from(n).ok()?, n == 0 && !shared));
            keys.push(key);
        }
        Some(PhraseScanner {
            scanner: Scanner::new(&keys, o)?,
            info,
        })
    }

    /// The matches `(start, end, phrase)` inside the bytes `run` of `text`, into `out` (after
    /// what it holds), by end. `compact`: the compact view of `text[base..]`; `phrase(i)`: the
    /// bytes of phrase `i`.
    pub(crate) fn scan<'p>(
        &self,
        text: &str,
        (compact, base): (&Compact, usize),
        run: std::ops::Range<usize>,
        phrase: impl Fn(usize) -> &'p [u8],
        out: &mut Vec<(usize, usize, u32)>,
    ) {
        let a = compact.index_at(run.start.saturating_sub(base));
        let b = compact.index_at(run.end.saturating_sub(base)).max(a);
        let bytes = text.as_bytes();
        if compact.has_offs {
            // Each character's place in the text: a match spans from its first character to
            // the end of its last; with the characters of a phrase, it spells the phrase when
            // it has as many bytes (no gap inside) and no character the alphabet shares.
            let (offs, buf) = (&compact.offs, &compact.buf);
            self.scanner.overlapping(&buf[a..b], |qs, qe, i| {
                let (qs, qe) = (a + qs, a + qe);
                let s = base + offs[qs] as usize;
                let e = base + offs[qe - 1] as usize + compact_width(&buf[qe - 1..qe]);
                let p = phrase(i as usize);
                if e - s == p.len() && (self.info[i as usize].1 || bytes.get(s..e) == Some(p)) {
                    out.push((s, e, i));
                }
            });
            return;
        }
        let mut cursor = compact.cursor_at(a);
        self.scanner
            .overlapping(&compact.bytes()[a..b], |qs, qe, i| {
                let (most, spelled) = self.info[i as usize];
                let Some((s, e, gaps)) =
                    compact.text_range(&mut cursor, a + qs, a + qe, usize::from(most))
                else {
                    return;
                };
                let (s, e) = (base + s, base + e);
                if (spelled && !gaps) || {
                    let p = phrase(i as usize);
                    e - s == p.len() && bytes.get(s..e) == Some(p)
                } {
                    out.push((s, e, i));
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn keys_without_spaces_are_the_keys_of_the_text_without_spaces() {
        for t in [
            "",
            " ",
            "قصف",
            "قصف عنيف",
            " a  b ",
            "é ★ 🦅",
            "ا ل ب",
            "\u{067D} x",
        ] {
            let (k, shared) = compact_key(&t.replace(' ', ""));
            assert_eq!(
                compact_key_without_spaces(t),
                (k, shared, t.matches(' ').count()),
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

    type Matches = Vec<(usize, usize, u32)>;

    /// The library's overlapping search over the text, and the phrase scanner over its
    /// compact view (from byte `base`), over `run`.
    fn both(
        (ac, scanner, phrases): (&aho_corasick::AhoCorasick, &PhraseScanner, &[&str]),
        text: &str,
        base: usize,
        run: std::ops::Range<usize>,
    ) -> (Matches, Matches) {
        let want = ac
            .find_overlapping_iter(&text[run.clone()])
            .map(|m| {
                (
                    run.start + m.start(),
                    run.start + m.end(),
                    m.pattern().as_u32(),
                )
            })
            .collect();
        let mut got = Vec::new();
        for offsets in [true, false] {
            let mut compact = Compact::default();
            compact.fill_with(&text[base..], offsets);
            let mut one = Vec::new();
            let r = run.clone();
            scanner.scan(
                text,
                (&compact, base),
                r,
                |i| phrases[i].as_bytes(),
                &mut one,
            );
            got.push(one);
        }
        assert_eq!(got[0], got[1], "with and without offsets");
        let got = got.swap_remove(0);
        (want, got)
    }

    #[test]
    fn phrases_in_the_compact_view_are_the_phrases_in_the_text() {
        let phrases = [
            "قتل",
            "قتل الناس",
            "الناس",
            "ناس",
            "اشتباكات عنيفة في",
            "س",
            "★ نجم",
            "☆",
            "a b",
            "ab",
            "قتل",
            "ڤيلا",
        ];
        let texts = [
            ("plain", "قتل الناس أمس"),
            ("no space", "قتلالناس أمس"),
            ("two spaces", "قتل  الناس"),
            ("a quotation mark", "قتل \"الناس\" و«الناس»"),
            ("space inside a word", "ق تل ال ناس"),
            (
                "three words",
                "اندلعت اشتباكات عنيفة في طرابلس واشتباكات عنيفةفي",
            ),
            ("shared bytes", "★ نجم ☆ نجم ☆☆ ★نجم"),
            ("latin", "a b ab a  b A B"),
            ("other letters", "ڤيلا ڭيلا"),
            ("widths", "🦅قتل é الناس 12 قتل"),
            ("spaces only", "   "),
            ("empty", ""),
        ];
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(phrases)
            .unwrap();
        for dfa in [true, false] {
            let o = ScannerOptions {
                ascii_case_insensitive: false,
                dfa,
                dense_depth: 2,
            };
            let scanner = PhraseScanner::new(phrases.iter().copied(), o).unwrap();
            let o = (&ac, &scanner, &phrases[..]);
            for (name, text) in texts {
                let (want, got) = both(o, text, 0, 0..text.len());
                assert_eq!(got, want, "{name}, dfa {dfa}");
                // Every run between char boundaries, over a view from every boundary before.
                let bounds: Vec<usize> = (0..=text.len())
                    .filter(|&i| text.is_char_boundary(i))
                    .collect();
                for (k, &s) in bounds.iter().enumerate() {
                    for &e in &bounds[k..] {
                        for &base in bounds.iter().take_while(|&&b| b <= s).step_by(3) {
                            let (want, got) = both(o, text, base, s..e);
                            assert_eq!(got, want, "{name} {s}..{e} from {base}, dfa {dfa}");
                        }
                    }
                }
            }
        }
        for odd in [" قتل", "قتل ", "قتل  الناس", "قتل \"الناس", ""] {
            assert!(
                PhraseScanner::new(
                    [odd],
                    ScannerOptions {
                        ascii_case_insensitive: false,
                        dfa: true,
                        dense_depth: 0
                    }
                )
                .is_none(),
                "{odd:?}"
            );
        }
    }
}
