//! A flat Aho-Corasick DFA with standard semantics, built straight from its patterns.
//!
//! It reports what `aho_corasick`'s DFA with `MatchKind::Standard` reports in an overlapping
//! search, in the same order (by end; at one end, the pattern whose trie state it is first,
//! then those of its failure state, as the library copies them), but builds in a fraction of
//! the time: each state's row starts as a copy of its failure state's row (already complete,
//! breadth first), and only the trie's own transitions are written over it. The library fills
//! every cell through its NFA instead, which was most of the start-up of an
//! [`Analyzer`](crate::Analyzer).
//!
//! The table is flat: a byte's class, then `trans[state + class]`, states premultiplied by the
//! number of classes; match states are numbered last, so one comparison tells a match.

use std::ops::Range;

/// The levels of the trie whose states find their children through dense rows while the
/// automaton is built: the start, its children and theirs, which have the most.
const DENSE_BUILD_DEPTH: usize = 3;

/// The DFA (see the module documentation).
#[derive(Debug, Clone)]
pub(crate) struct Dfa {
    /// Byte to class.
    class: Box<[u8; 256]>,
    /// Number of classes: the stride of `trans`.
    width: usize,
    /// Next state (premultiplied) by state (premultiplied) + class.
    trans: Vec<u32>,
    /// The start state, premultiplied.
    start: u32,
    /// States at or above this (premultiplied) are match states.
    first_match: u32,
    /// For match state `(s - first_match) / width`: its range in `matches`.
    match_ranges: Vec<Range<u32>>,
    /// (pattern, pattern length) of the match states, state after state.
    matches: Vec<(u32, u32)>,
    /// The length of the longest pattern.
    max_len: usize,
}

/// The byte classes of `pats`: each byte a pattern uses (ASCII letters folded when
/// `ascii_case_insensitive`) its own class from 1, every other byte class 0, which moves every
/// state to the start; and the number of classes. `None` when there are more than 256.
fn byte_classes<P: AsRef<[u8]>>(
    pats: &[P],
    ascii_case_insensitive: bool,
) -> Option<([u8; 256], usize)> {
    let fold = |b: u8| {
        if ascii_case_insensitive {
            b.to_ascii_lowercase()
        } else {
            b
        }
    };
    let mut used = [false; 256];
    for p in pats {
        for &b in p.as_ref() {
            used[usize::from(fold(b))] = true;
        }
    }
    let mut class = [0u8; 256];
    let mut width = 1usize;
    for b in 0..256 {
        if used[b] {
            class[b] = u8::try_from(width).ok()?;
            width += 1;
        }
    }
    if width > 256 {
        return None;
    }
    for b in 0..=255u8 {
        class[usize::from(b)] = class[usize::from(fold(b))];
    }
    Some((class, width))
}

impl Dfa {
    /// The DFA of `patterns` (none empty), ASCII letters in either case when
    /// `ascii_case_insensitive`; `None` when a pattern is empty or there are more than
    /// `max_states` states.
    pub(crate) fn new<I, P>(
        patterns: I,
        ascii_case_insensitive: bool,
        max_states: usize,
    ) -> Option<Dfa>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let pats: Vec<P> = patterns.into_iter().collect();
        let (class, width) = byte_classes(&pats, ascii_case_insensitive)?;
        // The trie, its states numbered as they are made: per state, the class of the edge
        // into it, its first and last child and its next sibling (children in the order they
        // were made, which the numbering below follows). The states of the first levels,
        // where states have many children, also have dense rows while the trie is built
        // (child by class, 0: none; the root is nobody's child); deeper, a sibling list is
        // walked. No table of a row per state: that was most of the build's memory and time.
        const NONE: u32 = u32::MAX;
        let bytes = pats.iter().map(|p| p.as_ref().len()).sum::<usize>();
        let guess = (bytes / 2 + 1).min(max_states.saturating_add(1));
        let mut label: Vec<u8> = Vec::with_capacity(guess);
        let mut first: Vec<u32> = Vec::with_capacity(guess);
        let mut last: Vec<u32> = Vec::with_capacity(guess);
        let mut sibling: Vec<u32> = Vec::with_capacity(guess);
        let mut row_of: Vec<u32> = Vec::with_capacity(guess);
        let mut rows: Vec<u32> = vec![0; width];
        label.push(0);
        first.push(NONE);
        last.push(NONE);
        sibling.push(NONE);
        row_of.push(0);
        // Per pattern: its length and the state it ends in.
        let mut lens: Vec<u32> = Vec::with_capacity(pats.len());
        let mut ends: Vec<u32> = Vec::with_capacity(pats.len());
        for (pid, p) in pats.iter().enumerate() {
            let p = p.as_ref();
            if p.is_empty() {
                return None;
            }
            let mut s = 0usize;
            for (depth, &b) in p.iter().enumerate() {
                let c = class[usize::from(b)];
                let row = row_of[s];
                let child = if row != NONE {
                    rows[row as usize * width + usize::from(c)]
                } else {
                    let mut k = first[s];
                    while k != NONE && label[k as usize] != c {
                        k = sibling[k as usize];
                    }
                    if k == NONE {
                        0
                    } else {
                        k
                    }
                };
                if child != 0 {
                    s = child as usize;
                    continue;
                }
                let n = label.len();
                if n >= max_states {
                    return None;
                }
                let id = u32::try_from(n).ok().filter(|&id| id != NONE)?;
                if row != NONE {
                    rows[row as usize * width + usize::from(c)] = id;
                }
                match last[s] {
                    NONE => first[s] = id,
                    l => sibling[l as usize] = id,
                }
                last[s] = id;
                label.push(c);
                first.push(NONE);
                last.push(NONE);
                sibling.push(NONE);
                if depth + 1 < DENSE_BUILD_DEPTH {
                    row_of.push(u32::try_from(rows.len() / width).ok()?);
                    rows.resize(rows.len() + width, 0);
                } else {
                    row_of.push(NONE);
                }
                s = n;
            }
            u32::try_from(pid).ok()?;
            ends.push(s as u32);
            lens.push(u32::try_from(p.len()).ok()?);
        }
        drop(rows);
        drop(row_of);
        drop(last);
        let n = label.len();
        u32::try_from(n * width).ok()?;
        // Each state's own patterns, in order, grouped by state.
        let mut own_first = vec![0u32; n + 1];
        for &e in &ends {
            own_first[e as usize + 1] += 1;
        }
        for i in 0..n {
            own_first[i + 1] += own_first[i];
        }
        let mut fill = own_first.clone();
        let mut own_pids = vec![0u32; ends.len()];
        for (pid, &e) in ends.iter().enumerate() {
            own_pids[fill[e as usize] as usize] = pid as u32;
            fill[e as usize] += 1;
        }
        drop(fill);
        let own = |s: usize| &own_pids[own_first[s] as usize..own_first[s + 1] as usize];
        let has_own = |s: usize| own_first[s] != own_first[s + 1];
        // Numbered anew: plain states first (the start among them), match states last, each
        // breadth first (children in the order they were made), premultiplied.
        //
        // A state is numbered when the breadth-first walk reaches it, and its row is written
        // when the walk leaves it: a copy of its failure state's row (complete: that state is
        // shallower, so left before), its own children written over it. The failure state of
        // its child by class `c` is the failure state's transition by `c`: the cell `c` of
        // the copy, read before the child is written there. So the failure links come from
        // the rows themselves (no walk along failure links), and whether a child matches (its
        // own patterns, then its failure state's) is known when it is numbered.
        //
        // Plain and match rows are written apart, each in its order, and hold states numbered
        // in their group (premultiplied; a match state's with `MATCH`); once the plain states
        // are counted, the match rows follow the plain ones and the match states' numbers are
        // shifted past the plain ones. `n * width` fits in a `u32` and `width` is at least 2
        // when there is a state besides the start, so a number never reaches `MATCH`.
        const MATCH: u32 = 1 << 31;
        let mut trans: Vec<u32> = Vec::with_capacity(n * width);
        let mut match_rows: Vec<u32> = Vec::new();
        // Per trie state: its number, and its failure state's.
        let mut number = vec![0u32; n];
        let mut fail = vec![0u32; n];
        // The match states, in their order (trie states).
        let mut matching: Vec<u32> = Vec::new();
        let mut n_plain = 1usize;
        let mut queue: Vec<u32> = Vec::with_capacity(n);
        queue.push(0);
        let mut k = 0;
        while k < queue.len() {
            let s = queue[k] as usize;
            k += 1;
            // The state's row: a copy of its failure state's (the start's: every class back
            // to the start).
            let r = number[s];
            let f = fail[s];
            let (from, at) = ((f & !MATCH) as usize, (r & !MATCH) as usize);
            let row = if s == 0 {
                trans.resize(width, 0);
                &mut trans[..]
            } else if r & MATCH == 0 {
                // A plain state's failure state is plain.
                debug_assert_eq!(f & MATCH, 0);
                trans.extend_from_within(from..from + width);
                &mut trans[at..]
            } else {
                if f & MATCH == 0 {
                    match_rows.extend_from_slice(&trans[from..from + width]);
                } else {
                    match_rows.extend_from_within(from..from + width);
                }
                &mut match_rows[at..]
            };
            let row = &mut row[..width];
            let mut t = first[s];
            while t != NONE {
                let ti = t as usize;
                let c = usize::from(label[ti]);
                let f = row[c];
                let number_t = if has_own(ti) || f & MATCH != 0 {
                    matching.push(t);
                    MATCH | ((matching.len() - 1) * width) as u32
                } else {
                    n_plain += 1;
                    ((n_plain - 1) * width) as u32
                };
                row[c] = number_t;
                number[ti] = number_t;
                fail[ti] = f;
                queue.push(t);
                t = sibling[ti];
            }
        }
        drop(queue);
        trans.extend_from_slice(&match_rows);
        drop(match_rows);
        let shift = (n_plain * width) as u32;
        for v in &mut trans {
            // `MATCH` set: all ones; clear: zero.
            let is_match = ((*v as i32) >> 31) as u32;
            *v = (*v & !MATCH) + (is_match & shift);
        }
        // Each match state's matches: its own patterns, then its failure state's matches
        // (a match state's failure state is a match state numbered before it, or a plain
        // state, which has none).
        let mut match_ranges: Vec<Range<u32>> = Vec::with_capacity(matching.len());
        let mut matches = Vec::new();
        for &s in &matching {
            let s = s as usize;
            let from = matches.len() as u32;
            matches.extend(own(s).iter().map(|&p| (p, lens[p as usize])));
            let f = fail[s];
            if f & MATCH != 0 {
                let inherited = match_ranges[(f & !MATCH) as usize / width].clone();
                matches.extend_from_within(inherited.start as usize..inherited.end as usize);
            }
            match_ranges.push(from..matches.len() as u32);
        }
        Some(Dfa {
            class: Box::new(class),
            width,
            trans,
            start: 0,
            first_match: u32::try_from(n_plain * width).ok()?,
            match_ranges,
            matches,
            max_len: lens.iter().max().map_or(0, |&l| l as usize),
        })
    }

    /// The length of the longest pattern (0 without patterns).
    pub(crate) fn max_pattern_len(&self) -> usize {
        self.max_len
    }

    /// The number of bytes the tables hold.
    #[cfg(test)]
    pub(crate) fn memory_usage(&self) -> usize {
        256 + self.trans.len() * 4 + self.match_ranges.len() * 8 + self.matches.len() * 8
    }

    /// The start state.
    #[inline]
    pub(crate) fn start(&self) -> u32 {
        self.start
    }

    /// Runs from state `*sid` over `bytes[from..]` up to the first match state: its byte
    /// index, `*sid` the state there; `None` at the end. The tight loop of a scan: kept out of
    /// line so that its few values stay in registers.
    #[inline(never)]
    pub(crate) fn next_match(&self, bytes: &[u8], from: usize, sid: &mut u32) -> Option<usize> {
        let (trans, class, first_match) = (&self.trans[..], &*self.class, self.first_match);
        let mut s = *sid;
        let rest = bytes.get(from..).unwrap_or_default();
        // Four bytes a round (the loop's own count and test once per round), then the rest.
        let mut chunks = rest.chunks_exact(4);
        let mut k = from;
        for c in &mut chunks {
            for (j, &b) in c.iter().enumerate() {
                s = *trans.get(s as usize + usize::from(class[usize::from(b)]))?;
                if s >= first_match {
                    *sid = s;
                    return Some(k + j);
                }
            }
            k += 4;
        }
        for (j, &b) in chunks.remainder().iter().enumerate() {
            s = *trans.get(s as usize + usize::from(class[usize::from(b)]))?;
            if s >= first_match {
                *sid = s;
                return Some(k + j);
            }
        }
        *sid = s;
        None
    }

    /// The (pattern, pattern length) pairs of match state `sid`, in the library's order.
    #[inline]
    pub(crate) fn matches(&self, sid: u32) -> &[(u32, u32)] {
        let Some(state) = sid.checked_sub(self.first_match) else {
            return &[];
        };
        self.match_ranges
            .get(state as usize / self.width)
            .and_then(|r| self.matches.get(r.start as usize..r.end as usize))
            .unwrap_or(&[])
    }

    /// Calls `found(start, end, pattern)` for every match in `hay`, by end, as the library's
    /// overlapping search reports them.
    #[cfg(test)]
    pub(crate) fn overlapping(&self, hay: &[u8], mut found: impl FnMut(usize, usize, u32)) {
        let mut sid = self.start;
        let mut from = 0;
        while let Some(at) = self.next_match(hay, from, &mut sid) {
            from = at + 1;
            for &(pid, len) in self.matches(sid) {
                found(at + 1 - len as usize, at + 1, pid);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of the library's DFA (overlapping, standard), in its order.
    fn library(pats: &[&[u8]], hay: &[u8], nocase: bool) -> Vec<(usize, usize, u32)> {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .ascii_case_insensitive(nocase)
            .build(pats)
            .unwrap();
        ac.find_overlapping_iter(hay)
            .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
            .collect()
    }

    fn ours(pats: &[&[u8]], hay: &[u8], nocase: bool) -> Vec<(usize, usize, u32)> {
        let d = Dfa::new(pats.iter(), nocase, 1 << 20).unwrap();
        let mut out = Vec::new();
        d.overlapping(hay, |s, e, p| out.push((s, e, p)));
        out
    }

    #[test]
    fn same_matches_as_the_library() {
        let cases: &[(&str, &[&str], &str)] = &[
            ("nested", &["a", "ab", "abc", "b", "bc", "c"], "xabcabcx"),
            ("duplicates", &["ab", "b", "ab", "b"], "abab"),
            (
                "suffix chains",
                &["abcd", "bcd", "cd", "d", "bc"],
                "abcdbcd",
            ),
            ("arabic", &["قتل", "القتل", "تل", "ل"], "والقتل قتلى"),
            ("one byte", &["x"], "xxx"),
            ("no match", &["zz"], "abc"),
            ("case", &["Ab", "aB", "b"], "AB ab aB"),
        ];
        for (name, pats, hay) in cases {
            let pats: Vec<&[u8]> = pats.iter().map(|p| p.as_bytes()).collect();
            for nocase in [false, true] {
                assert_eq!(
                    ours(&pats, hay.as_bytes(), nocase),
                    library(&pats, hay.as_bytes(), nocase),
                    "{name}, nocase {nocase}"
                );
            }
        }
    }

    #[test]
    fn same_matches_on_pseudo_random_patterns() {
        // A small alphabet makes many shared prefixes, suffixes and duplicates.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for round in 0..200 {
            let alphabet = b"abcAB\xd9\x84";
            let npats = 1 + next(12) as usize;
            let pats: Vec<Vec<u8>> = (0..npats)
                .map(|_| {
                    (0..1 + next(5))
                        .map(|_| alphabet[next(alphabet.len() as u64) as usize])
                        .collect()
                })
                .collect();
            let hay: Vec<u8> = (0..next(60))
                .map(|_| alphabet[next(alphabet.len() as u64) as usize])
                .collect();
            let refs: Vec<&[u8]> = pats.iter().map(|p| &p[..]).collect();
            for nocase in [false, true] {
                assert_eq!(
                    ours(&refs, &hay, nocase),
                    library(&refs, &hay, nocase),
                    "round {round}, nocase {nocase}: {pats:?} in {hay:?}"
                );
            }
        }
    }

    /// The construction this module had before (a dense trie row per state, failure links
    /// walked through it): the oracle of the tables [`Dfa::new`] builds.
    fn reference<I, P>(patterns: I, ascii_case_insensitive: bool, max_states: usize) -> Option<Dfa>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let pats: Vec<P> = patterns.into_iter().collect();
        let (class, width) = byte_classes(&pats, ascii_case_insensitive)?;
        // The trie, one dense row per state (0: no child; the root, 0, is nobody's child),
        // and each state's parent and class from it.
        // Room for every state the patterns could make (up to 64 MB), zeroed at once (fresh
        // memory is zero already): no copy and no zeroing row by row as it grows.
        let most = pats.iter().map(|p| p.as_ref().len()).sum::<usize>() + 1;
        let mut rows: Vec<u32> =
            vec![0; most.min(max_states).min((16 << 20) / width).max(1) * width];
        let mut parent: Vec<(u32, u8)> = vec![(0, 0)];
        // Per pattern: its length and the state it ends in.
        let mut lens: Vec<u32> = Vec::with_capacity(pats.len());
        let mut ends: Vec<u32> = Vec::with_capacity(pats.len());
        for (pid, p) in pats.iter().enumerate() {
            let p = p.as_ref();
            if p.is_empty() {
                return None;
            }
            let mut s = 0usize;
            for &b in p {
                let c = class[usize::from(b)];
                let cell = s * width + usize::from(c);
                let next = rows[cell] as usize;
                s = if next != 0 {
                    next
                } else {
                    let n = parent.len();
                    if n >= max_states {
                        return None;
                    }
                    rows[cell] = u32::try_from(n).ok()?;
                    if (n + 1) * width > rows.len() {
                        rows.resize(rows.len() * 2, 0);
                    }
                    parent.push((s as u32, c));
                    n
                };
            }
            u32::try_from(pid).ok()?;
            ends.push(s as u32);
            lens.push(u32::try_from(p.len()).ok()?);
        }
        let n = parent.len();
        // Each state's own patterns, in order, grouped by state.
        let mut own_first = vec![0u32; n + 1];
        for &e in &ends {
            own_first[e as usize + 1] += 1;
        }
        for i in 0..n {
            own_first[i + 1] += own_first[i];
        }
        let mut fill = own_first.clone();
        let mut own_pids = vec![0u32; ends.len()];
        for (pid, &e) in ends.iter().enumerate() {
            own_pids[fill[e as usize] as usize] = pid as u32;
            fill[e as usize] += 1;
        }
        let own = |s: usize| &own_pids[own_first[s] as usize..own_first[s + 1] as usize];
        // Each state's children (class, child), grouped by parent.
        let mut first = vec![0u32; n + 1];
        for &(p, _) in &parent[1..] {
            first[p as usize + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut fill = first.clone();
        let mut children = vec![(0u8, 0u32); n - 1];
        for (t, &(p, c)) in parent.iter().enumerate().skip(1) {
            children[fill[p as usize] as usize] = (c, t as u32);
            fill[p as usize] += 1;
        }
        // Breadth first (a state's failure state is shallower, so done before it): failure
        // links through the trie; whether a state matches (its own patterns, then its
        // failure state's); and the nearest state along its failure links with patterns of
        // its own (0: none), which chains its matches after its own.
        let kids = |s: usize| &children[first[s] as usize..first[s + 1] as usize];
        let mut fail = vec![0u32; n];
        let mut is_match = vec![false; n];
        let mut next_own = vec![0u32; n];
        let mut queue: Vec<u32> = Vec::with_capacity(n);
        queue.push(0);
        let mut k = 0;
        while k < queue.len() {
            let s = queue[k] as usize;
            k += 1;
            if s != 0 {
                let f = fail[s] as usize;
                let has_own = |s: usize| own_first[s] != own_first[s + 1];
                is_match[s] = has_own(s) || is_match[f];
                next_own[s] = if !has_own(f) { next_own[f] } else { f as u32 };
            }
            for &(c, t) in kids(s) {
                let c = usize::from(c);
                let mut f = fail[s] as usize;
                fail[t as usize] = loop {
                    if s == 0 {
                        break 0;
                    }
                    let next = rows[f * width + c];
                    if next != 0 || f == 0 {
                        break next;
                    }
                    f = fail[f] as usize;
                };
                queue.push(t);
            }
        }
        // Numbered anew: plain states first (the start among them), match states last, each
        // breadth first, premultiplied. A plain state's failure state is plain, so in either
        // group a state's failure state comes before it: the rows are written in order, each
        // a copy of its failure state's with its own children written over it.
        // One pass over the queue, a cursor per group.
        let mut renum = vec![0u32; n];
        let n_plain = is_match.iter().filter(|&&m| !m).count();
        let mut order = vec![0u32; n];
        u32::try_from(n * width).ok()?;
        let (mut plain, mut matching) = (0, n_plain);
        for &old in &queue {
            let new = if is_match[old as usize] {
                &mut matching
            } else {
                &mut plain
            };
            order[*new] = old;
            renum[old as usize] = (*new * width) as u32;
            *new += 1;
        }
        drop(rows);
        let mut trans: Vec<u32> = Vec::with_capacity(n * width);
        for &s in &order {
            let s = s as usize;
            let at = trans.len();
            if s == 0 {
                trans.resize(at + width, renum[0]);
            } else {
                let from = renum[fail[s] as usize] as usize;
                trans.extend_from_within(from..from + width);
            }
            for &(c, t) in kids(s) {
                trans[at + usize::from(c)] = renum[t as usize];
            }
        }
        let mut match_ranges = Vec::with_capacity(n - n_plain);
        let mut matches = Vec::new();
        for &old in &order[n_plain..] {
            let from = matches.len() as u32;
            let mut s = old as usize;
            loop {
                matches.extend(own(s).iter().map(|&p| (p, lens[p as usize])));
                s = next_own[s] as usize;
                if s == 0 {
                    break;
                }
            }
            match_ranges.push(from..matches.len() as u32);
        }
        Some(Dfa {
            class: Box::new(class),
            width,
            trans,
            start: renum[0],
            first_match: u32::try_from(n_plain * width).ok()?,
            match_ranges,
            matches,
            max_len: lens.iter().max().map_or(0, |&l| l as usize),
        })
    }

    /// The tables of two automata are the same.
    fn assert_same(a: &Dfa, b: &Dfa, what: &str) {
        assert_eq!(a.class, b.class, "{what}: class");
        assert_eq!(a.width, b.width, "{what}: width");
        assert_eq!(a.trans, b.trans, "{what}: trans");
        assert_eq!(a.start, b.start, "{what}: start");
        assert_eq!(a.first_match, b.first_match, "{what}: first_match");
        assert_eq!(a.match_ranges, b.match_ranges, "{what}: match_ranges");
        assert_eq!(a.matches, b.matches, "{what}: matches");
        assert_eq!(a.max_len, b.max_len, "{what}: max_len");
    }

    #[test]
    fn same_tables_as_the_dense_construction() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for round in 0..300 {
            let alphabet: &[u8] = if round % 2 == 0 {
                b"abcAB\xd9\x84"
            } else {
                b"abcdefghijXYZ "
            };
            let npats = 1 + next(40) as usize;
            let pats: Vec<Vec<u8>> = (0..npats)
                .map(|_| {
                    (0..1 + next(8))
                        .map(|_| alphabet[next(alphabet.len() as u64) as usize])
                        .collect()
                })
                .collect();
            for nocase in [false, true] {
                for max in [3, 10, 1 << 20] {
                    let a = Dfa::new(pats.iter(), nocase, max);
                    let b = reference(pats.iter(), nocase, max);
                    assert_eq!(
                        a.is_some(),
                        b.is_some(),
                        "round {round}, nocase {nocase}, max {max}"
                    );
                    if let (Some(a), Some(b)) = (a, b) {
                        assert_same(&a, &b, &format!("round {round}, nocase {nocase}: {pats:?}"));
                    }
                }
            }
        }
    }

    #[test]
    fn limits() {
        assert!(Dfa::new([&b""[..]], false, 10).is_none());
        assert!(Dfa::new([&b"abcdef"[..]], false, 3).is_none());
        assert!(Dfa::new([&b"ab"[..]], false, 3).is_some());
        let none: [&[u8]; 0] = [];
        let d = Dfa::new(none, false, 3).unwrap();
        let mut n = 0;
        d.overlapping(b"abc", |_, _, _| n += 1);
        assert_eq!(n, 0);
    }
}
