//! The words of the sentence (or part of one, see `merge::Units`) that records read at once,
//! looked up by position.
//!
//! Records ask, for many positions of a sentence, for the few words before it (the words
//! before a trigger, a place, a candidate actor). [`crate::words::words_before`] walks back
//! over the characters each time; [`UnitWords::before`] finds the same words in the
//! sentence's word list by a binary search. The list is the one the events stage found
//! ([`SentenceWords`]); only a part of a very long sentence has its words found here.

use crate::words::{count_words, push_words, words, words_before, SentenceWords};
use std::ops::Range;

/// The words of one span of the normalized text (as [`push_words`] finds them), in order.
#[derive(Debug, Default, Clone)]
pub(crate) struct UnitWords<'w> {
    /// The span whose words these are.
    span: Range<usize>,
    /// The words of the events stage, when it kept those of exactly `span`.
    shared: Option<&'w [Range<usize>]>,
    /// Else the words found here (byte ranges of the whole text).
    own: Vec<Range<usize>>,
    /// How many times the words were [`set`](Self::set): a [`WordMemo`] knows its unit by
    /// it, without comparing the words.
    sets: u64,
}

impl<'w> UnitWords<'w> {
    /// Takes the words of `text[span]`, sentence number `sentence`: those `kept` when it holds
    /// them for exactly `span`, else found here (none when `span` is not a range of `text`).
    pub(crate) fn set(
        &mut self,
        text: &str,
        sentence: usize,
        span: Range<usize>,
        kept: &'w SentenceWords,
    ) {
        self.sets = self.sets.wrapping_add(1);
        self.shared = kept.of(sentence, &span);
        if self.shared.is_none() {
            self.own.clear();
            match text.get(span.clone()) {
                Some(t) => push_words(t, span.start, &mut self.own),
                None => {
                    self.span = 0..0;
                    return;
                }
            }
        }
        self.span = span;
    }

    /// The words of the span, in order (byte ranges of the text).
    #[inline]
    pub(crate) fn words(&self) -> &[Range<usize>] {
        self.shared.unwrap_or(&self.own)
    }

    /// The words of `span` when they are the ones held (`span` is the span last
    /// [`set`](Self::set), and a range of the text).
    #[inline]
    pub(crate) fn words_of(&self, span: &Range<usize>) -> Option<&[Range<usize>]> {
        (self.span == *span && !span.is_empty()).then(|| self.words())
    }

    /// Exactly [`words_before`]`(text, lo, at)`: the `N` words before byte `at`, not before
    /// byte `lo`, nearest first, `""` where there are fewer. From the word list when the
    /// answer lies in the span (`text` must be the text the span was taken from), else by
    /// the walk.
    #[inline]
    pub(crate) fn before<'t, const N: usize>(
        &self,
        text: &'t str,
        lo: usize,
        at: usize,
    ) -> [&'t str; N] {
        let mut out = [""; N];
        let end = at.min(text.len());
        if !text.is_char_boundary(end) || !text.is_char_boundary(lo.min(end)) || lo >= end {
            return out;
        }
        let span = &self.span;
        if end > span.end || end < span.start || span.is_empty() {
            return words_before(text, lo, at);
        }
        // The words that start before `end`: the last one may end after it (cut at `end`, as
        // the walk cuts it).
        let words = self.words();
        let k = words.partition_point(|w| w.start < end);
        let mut n = 0;
        for w in words[..k].iter().rev() {
            if n == N || w.end <= lo {
                break;
            }
            out[n] = &text[w.start.max(lo)..w.end.min(end)];
            n += 1;
        }
        // Within the span the list is the whole answer. Below it (`lo` before the span), the
        // answer is whole when its last word starts after the span's start (a word starting
        // at the start may go on before it).
        if lo >= span.start || (n == N && words[k - N].start > span.start) {
            out
        } else {
            words_before(text, lo, at)
        }
    }
}

impl<'w> UnitWords<'w> {
    /// Exactly `words(&text[at..hi]).take(N)` as byte ranges of `text`, with how many there
    /// are (`0..0` after them; none when `at..hi` is not a range of `text`). From the word
    /// list when `at..hi` lies in the span (the words there are its words cut at `at` and
    /// `hi`, as the walk cuts them), else by the walk.
    #[inline]
    pub(crate) fn after_ranges<const N: usize>(
        &self,
        text: &str,
        at: usize,
        hi: usize,
    ) -> ([Range<usize>; N], usize) {
        let mut out: [Range<usize>; N] = std::array::from_fn(|_| 0..0);
        let mut n = 0;
        let Some(g) = text.get(at..hi).filter(|g| !g.is_empty()) else {
            return (out, 0);
        };
        let span = &self.span;
        if span.is_empty() || at < span.start || hi > span.end {
            for r in words(g).take(N) {
                out[n] = at + r.start..at + r.end;
                n += 1;
            }
            return (out, n);
        }
        let words = self.words();
        let k = words.partition_point(|w| w.end <= at);
        for w in &words[k..] {
            if n == N || w.start >= hi {
                break;
            }
            out[n] = w.start.max(at)..w.end.min(hi);
            n += 1;
        }
        (out, n)
    }

    /// Exactly `count_words(&text[a..b], max)`: the words of `text[a..b]`, counted up to
    /// `max` (`None` when `a..b` is not a range of `text`). From the word list when `a..b`
    /// lies in the span, else by the walk.
    #[inline]
    pub(crate) fn count(&self, text: &str, a: usize, b: usize, max: usize) -> Option<usize> {
        let g = text.get(a..b)?;
        let span = &self.span;
        if span.is_empty() || a < span.start || b > span.end {
            return Some(count_words(g, max));
        }
        if a == b {
            return Some(0);
        }
        let words = self.words();
        let k = words.partition_point(|w| w.end <= a);
        Some(
            words[k..]
                .iter()
                .take(max)
                .take_while(|w| w.start < b)
                .count(),
        )
    }

    /// Exactly `words(&text[a..b])` as byte ranges of `text` (none when `a..b` is not a
    /// range of `text`): from the word list when `a..b` lies in the span, else by the walk.
    pub(crate) fn within(&self, text: &str, a: usize, b: usize) -> Within<'_> {
        let span = &self.span;
        match text.get(a..b) {
            Some(g) if span.is_empty() || a < span.start || b > span.end => Within {
                list: &[],
                a,
                b,
                walked: words(g)
                    .map(|r| a + r.start..a + r.end)
                    .collect::<Vec<_>>()
                    .into_iter(),
            },
            Some(_) if a < b => {
                let words = self.words();
                let k = words.partition_point(|w| w.end <= a);
                Within {
                    list: &words[k..],
                    a,
                    b,
                    walked: Vec::new().into_iter(),
                }
            }
            _ => Within {
                list: &[],
                a,
                b,
                walked: Vec::new().into_iter(),
            },
        }
    }

    /// Exactly `words(&text[at..hi]).take(N)` as words, `""` after them (see
    /// [`after_ranges`](Self::after_ranges)).
    #[inline]
    pub(crate) fn after<'t, const N: usize>(
        &self,
        text: &'t str,
        at: usize,
        hi: usize,
    ) -> [&'t str; N] {
        let (rs, n) = self.after_ranges::<N>(text, at, hi);
        let mut out = [""; N];
        for (o, r) in out.iter_mut().zip(&rs[..n]) {
            *o = &text[r.clone()];
        }
        out
    }
}

/// The words of a range of the text ([`UnitWords::within`]), in order.
#[derive(Debug)]
pub(crate) struct Within<'w> {
    /// The words of the list from the first that ends after `a`.
    list: &'w [Range<usize>],
    a: usize,
    b: usize,
    /// Else the words found by the walk.
    walked: std::vec::IntoIter<Range<usize>>,
}

impl Iterator for Within<'_> {
    type Item = Range<usize>;

    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        match self.list.split_first() {
            Some((w, rest)) => {
                if w.start >= self.b {
                    self.list = &[];
                    return None;
                }
                self.list = rest;
                Some(w.start.max(self.a)..w.end.min(self.b))
            }
            None => self.walked.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A memo keeps its classes while its unit is not set again, and starts afresh (every
    /// class unknown, as many as the new unit's words) once it is, even on the same words.
    #[test]
    fn a_memo_starts_again_when_its_unit_is_set_again() {
        let text = "قال المتحدث إن الهجوم وقع أمس";
        let kept = SentenceWords::default();
        let mut uw = UnitWords::default();
        uw.set(text, 0, 0..text.len(), &kept);
        let mut memo = WordMemo::default();
        assert_eq!(memo.unit(&uw).get(1, || 7), 7);
        // Kept: the class is not asked for again.
        assert_eq!(memo.unit(&uw).get(1, || 9), 7);
        uw.set(text, 0, 0..text.len(), &kept);
        assert_eq!(memo.unit(&uw).get(1, || 9), 9);
        let short = "قال المتحدث";
        uw.set(short, 0, 0..short.len(), &kept);
        let memo = memo.unit(&uw);
        assert_eq!(memo.classes.len(), 2);
        assert_eq!(memo.get(1, || 4), 4);
        // Past the unit's words nothing is kept.
        assert_eq!(memo.get(5, || 3), 3);
        assert_eq!(memo.get(5, || 2), 2);
    }

    /// Every position and lower bound of a few texts, for spans with their words found here
    /// or kept by the events stage: the same words as the walk.
    #[test]
    fn before_is_the_walk() {
        let texts = [
            "قال المتحدث، إن الهجوم وقع أمس في طرابلس.",
            "  وبطرابلس وللجيش 12 قتيلا (مصادر) - abc ،،  ",
            "x",
            "",
            "اشتباكات عنيفة في طرابلس\nواندلعت الاشتباكات أمس بين قوات الردع",
        ];
        for text in texts {
            let n = text.len();
            let spans = [
                0..n,
                0..n / 2,
                n / 3..n,
                n / 4..(3 * n) / 4,
                2..n - n.min(2),
            ];
            for span in spans {
                let mut kept = SentenceWords::default();
                if let Some(t) = text.get(span.clone()) {
                    let mut ws = Vec::new();
                    push_words(t, span.start, &mut ws);
                    kept.push(3, span.clone(), &ws);
                }
                for sentence in [3, 4] {
                    let mut uw = UnitWords::default();
                    uw.set(text, sentence, span.clone(), &kept);
                    for lo in 0..=n + 1 {
                        for at in 0..=n + 1 {
                            let a: [&str; 3] = uw.before(text, lo, at);
                            let b: [&str; 3] = words_before(text, lo, at);
                            assert_eq!(a, b, "{text:?} {span:?} lo {lo} at {at}");
                            let a: [&str; 1] = uw.before(text, lo, at);
                            let b: [&str; 1] = words_before(text, lo, at);
                            assert_eq!(a, b, "{text:?} {span:?} lo {lo} at {at}");
                            // `lo..at` read forward: `at` the upper bound.
                            let walk: Vec<Range<usize>> = text
                                .get(lo..at)
                                .map(|g| {
                                    words(g).take(4).map(|r| lo + r.start..lo + r.end).collect()
                                })
                                .unwrap_or_default();
                            let count = text.get(lo..at).map(|g| count_words(g, 3));
                            assert_eq!(
                                uw.count(text, lo, at, 3),
                                count,
                                "{text:?} {span:?} {lo}..{at}"
                            );
                            let all: Vec<Range<usize>> = text
                                .get(lo..at)
                                .map(|g| words(g).map(|r| lo + r.start..lo + r.end).collect())
                                .unwrap_or_default();
                            assert_eq!(uw.within(text, lo, at).collect::<Vec<_>>(), all);
                            let (rs, n) = uw.after_ranges::<4>(text, lo, at);
                            assert_eq!(&rs[..n], &walk[..], "{text:?} {span:?} {lo}..{at}");
                            let a: [&str; 2] = uw.after(text, lo, at);
                            let b: Vec<&str> =
                                walk.iter().take(2).map(|r| &text[r.clone()]).collect();
                            assert_eq!(&a[..b.len()], &b[..], "{text:?} {span:?} {lo}..{at}");
                            assert!(a[b.len()..].iter().all(|w| w.is_empty()));
                        }
                    }
                }
            }
        }
    }
}

/// A small class of each word of one unit (a family a word belongs to, say), found at most
/// once per word for all the positions a stage asks about: records ask, for trigger after
/// trigger of a unit, about the same words before each.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordMemo {
    /// The [`UnitWords::sets`] of the words the classes are of (`None`: none yet).
    key: Option<u64>,
    /// The class of each word, [`WordMemo::UNKNOWN`] until it is found.
    classes: Vec<u8>,
}

impl WordMemo {
    /// The class of a word not found yet.
    const UNKNOWN: u8 = u8::MAX;

    /// Starts again when the words of `unit` are not the ones whose classes are kept: when
    /// `unit` was set again since (the words of one `UnitWords`, told by how many times it
    /// was set, not by comparing them word by word at every look).
    pub(crate) fn unit(&mut self, unit: &UnitWords<'_>) -> &mut Self {
        if self.key != Some(unit.sets) {
            self.key = Some(unit.sets);
            self.classes.clear();
            self.classes.resize(unit.words().len(), Self::UNKNOWN);
        }
        self
    }

    /// The class of word `i` of the unit: `class()` (below [`u8::MAX`]) the first time it is
    /// asked for, kept after.
    #[inline]
    pub(crate) fn get(&mut self, i: usize, class: impl FnOnce() -> u8) -> u8 {
        match self.classes.get(i) {
            Some(&c) if c != Self::UNKNOWN => c,
            Some(_) => {
                let c = class();
                self.classes[i] = c;
                c
            }
            None => class(),
        }
    }
}
