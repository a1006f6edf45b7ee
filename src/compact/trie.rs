//! A trie of phrases walked from chosen starts: the phrases of a lexicon that begin at a
//! position of a text, found by one descent per start instead of a scan of every byte.
//!
//! The event lexicon's forms (every inflection of its verbs, with its spelling variants: about
//! 21,000) are matched where a word, or what follows its proclitics, begins: an unanchored
//! automaton over every byte finds them too, but steps through a table of millions of bytes
//! once per character, most steps a cache miss; the descents from a word's few possible starts
//! stay in the top of a trie of about 70,000 nodes (37,000 phrases): its tables take about
//! 0.77 MB, of which the node entries (four bytes each since the forty-sixth session; eight
//! before, 1.05 MB in all) about 0.28 MB and the dense rows of the first levels, where most
//! steps are taken, about 56 KB (`bundled_trie_memory` prints the figures).
//!
//! Edges are labelled with the compact byte of a character (see the [parent module](super)),
//! spaces included, so a walk reads the text itself (no compact view needed); a phrase with a
//! character the compact alphabet shares with others is checked against the text.
//!
//! Nodes are numbered breadth first, so the children of a node are consecutive: a node's
//! entry holds the number of its first child (its last is the one before the next node's
//! first), the class of the edge into it (the bytes the phrases use, numbered) and whether it
//! ends phrases, in one word, so that looking through a node's children reads one short run of
//! entries. The nodes of the first levels, where most steps are taken and nodes have many
//! children, also have dense rows, indexed by class.

use super::{compact_key_into, compact_long};

/// Set on a dense row's cell when the child ends phrases.
const ENDS: u32 = 1 << 31;
/// An entry's bits: the first child (the low [`CLASS_SHIFT`]), the class (the next 8), whether
/// it ends phrases (the top bit).
const ENTRY_ENDS: u32 = 1 << 31;
/// Where an entry's class begins: below it, the first child.
const CLASS_SHIFT: u32 = 23;
/// An entry's first child.
const CHILD_MASK: u32 = (1 << CLASS_SHIFT) - 1;
/// Set on a phrase of `phrases` that has a character the compact alphabet shares with others.
const SHARED: u32 = 1 << 31;

/// The levels of the trie whose nodes have dense rows: the root, its children and theirs.
const DENSE_DEPTH: usize = 2;

/// The levels of the trie whose nodes find their children through dense rows while it is
/// built: the root, its children and theirs, which have the most.
const DENSE_BUILD_DEPTH: usize = 3;

/// The trie (see the module documentation).
#[derive(Debug, Clone)]
pub(crate) struct PhraseTrie {
    /// Compact byte to class (0: no phrase uses it).
    class: Box<[u8; 256]>,
    /// The class of each character of U+0600..U+067F, by offset: what `class` gives for its
    /// compact byte.
    arabic: Box<[u8; 128]>,
    /// Classes, 0 included: the width of a dense row.
    width: usize,
    /// Nodes `0..dense_nodes` have dense rows: the cell `node * width + class` is the child
    /// by that class (0: none; the root is nobody's child), `ENDS` set when it ends phrases.
    dense: Vec<u32>,
    dense_nodes: usize,
    /// Per node and one past the last: its entry (see [`ENTRY_ENDS`]), four bytes, so that
    /// the table the deeper steps read stays half the size it would be with wider entries.
    nodes: Vec<u32>,
    /// Per node and one past the last: where its phrases begin in `phrases`.
    ends_at: Vec<u32>,
    /// The phrases that end at each node, node after node, each node's in increasing order;
    /// [`SHARED`] set on those with a character the compact alphabet shares with others,
    /// which a walk that spells their compact bytes checks against the text.
    phrases: Vec<u32>,
}

impl PhraseTrie {
    /// The trie of `phrases` (phrase `i` numbered `i`); `None` when one is empty, or there
    /// are 2^23 nodes (about four million phrases) or 2^31 phrases or more.
    pub(crate) fn new<I, P>(phrases: I) -> Option<PhraseTrie>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<str>,
    {
        // The compact keys, one buffer for all: key `i` is `bytes[bounds[i]..bounds[i + 1]]`.
        let phrases = phrases.into_iter();
        let mut bytes: Vec<u8> = Vec::with_capacity(phrases.size_hint().0 * 12);
        let mut bounds: Vec<u32> = Vec::with_capacity(phrases.size_hint().0 + 1);
        let mut shared: Vec<bool> = Vec::with_capacity(phrases.size_hint().0);
        bounds.push(0);
        for p in phrases {
            shared.push(compact_key_into(p.as_ref(), &mut bytes));
            bounds.push(u32::try_from(bytes.len()).ok()?);
        }
        let n_phrases = shared.len();
        // Classes: the bytes the phrases use, numbered from 1 (at most 255: byte 0 is none's).
        let mut class = Box::new([0u8; 256]);
        for &b in &bytes {
            class[usize::from(b)] = 1;
        }
        let mut width = 1usize;
        for c in class.iter_mut() {
            if *c != 0 {
                *c = u8::try_from(width).ok()?;
                width += 1;
            }
        }
        // Built as a trie of sorted sibling lists (first child, next sibling, the class of
        // the edge into each node), with dense rows for the nodes of the first levels, where
        // nodes have many children; then numbered breadth first.
        const NONE: u32 = u32::MAX;
        let guess = bytes.len() / 2 + 1;
        let mut label: Vec<u8> = Vec::with_capacity(guess);
        let mut first: Vec<u32> = Vec::with_capacity(guess);
        let mut next: Vec<u32> = Vec::with_capacity(guess);
        // Per node, its dense row while building (`NONE`: none, the node is deeper), and the
        // rows: the child by class (0: none; the root is nobody's child).
        let mut row_of: Vec<u32> = Vec::with_capacity(guess);
        let mut rows: Vec<u32> = vec![0; width];
        label.push(0);
        first.push(NONE);
        next.push(NONE);
        row_of.push(0);
        // Per phrase, the node it ends at.
        let mut end_node: Vec<u32> = Vec::with_capacity(n_phrases);
        for (pid, w) in bounds.windows(2).enumerate() {
            let key = &bytes[w[0] as usize..w[1] as usize];
            if key.is_empty() || pid >= SHARED as usize {
                return None;
            }
            let mut s = 0usize;
            for (depth, &b) in key.iter().enumerate() {
                let c = class[usize::from(b)];
                if depth < DENSE_BUILD_DEPTH {
                    let cell = row_of[s] as usize * width + usize::from(c);
                    let child = rows[cell];
                    if child != 0 {
                        s = child as usize;
                        continue;
                    }
                    let n = label.len();
                    let id = u32::try_from(n).ok().filter(|&n| n < ENDS)?;
                    rows[cell] = id;
                    // Linked into the sorted sibling list too, for the breadth-first pass.
                    let (mut prev, mut cur) = (NONE, first[s]);
                    while cur != NONE && label[cur as usize] < c {
                        prev = cur;
                        cur = next[cur as usize];
                    }
                    if prev == NONE {
                        first[s] = id;
                    } else {
                        next[prev as usize] = id;
                    }
                    label.push(c);
                    first.push(NONE);
                    next.push(cur);
                    if depth + 1 < DENSE_BUILD_DEPTH {
                        row_of.push(u32::try_from(rows.len() / width).ok()?);
                        rows.resize(rows.len() + width, 0);
                    } else {
                        row_of.push(NONE);
                    }
                    s = n;
                    continue;
                }
                let (mut prev, mut cur) = (NONE, first[s]);
                while cur != NONE {
                    let l = label[cur as usize];
                    if l >= c {
                        break;
                    }
                    prev = cur;
                    cur = next[cur as usize];
                }
                if cur != NONE && label[cur as usize] == c {
                    s = cur as usize;
                    continue;
                }
                let n = label.len();
                let id = u32::try_from(n).ok().filter(|&n| n < ENDS)?;
                if prev == NONE {
                    first[s] = id;
                } else {
                    next[prev as usize] = id;
                }
                label.push(c);
                first.push(NONE);
                next.push(cur);
                row_of.push(NONE);
                s = n;
            }
            end_node.push(s as u32);
        }
        drop(rows);
        drop(row_of);
        let n_nodes = label.len();
        if n_nodes >= CHILD_MASK as usize {
            return None;
        }
        // Breadth first: the order of the nodes is the order of the queue; the nodes of the
        // dense levels come first.
        let mut order: Vec<u32> = Vec::with_capacity(n_nodes);
        let mut depth: Vec<u8> = Vec::with_capacity(n_nodes);
        order.push(0);
        depth.push(0);
        let mut k = 0;
        while k < order.len() {
            let d = depth[k].saturating_add(1);
            let mut c = first[order[k] as usize];
            while c != NONE {
                order.push(c);
                depth.push(d);
                c = next[c as usize];
            }
            k += 1;
        }
        let dense_nodes = depth.partition_point(|&d| usize::from(d) <= DENSE_DEPTH);
        drop(depth);
        let mut renum = vec![0u32; n_nodes];
        for (new, &old) in order.iter().enumerate() {
            renum[old as usize] = new as u32;
        }
        // The phrases of each node (new numbering), each node's in increasing order.
        let mut ends_at = vec![0u32; n_nodes + 1];
        for &e in &end_node {
            ends_at[renum[e as usize] as usize + 1] += 1;
        }
        for i in 0..n_nodes {
            ends_at[i + 1] += ends_at[i];
        }
        let mut fill = ends_at.clone();
        let mut phrases = vec![0u32; n_phrases];
        for (pid, &e) in end_node.iter().enumerate() {
            let at = &mut fill[renum[e as usize] as usize];
            phrases[*at as usize] = pid as u32 | if shared[pid] { SHARED } else { 0 };
            *at += 1;
        }
        drop(fill);
        let ends = |new: u32| ends_at[new as usize] != ends_at[new as usize + 1];
        let mut nodes = vec![0u32; n_nodes + 1];
        let mut dense = vec![0u32; dense_nodes * width];
        // Children are numbered in the order of their parents: a node's first child comes
        // after the children of the nodes before it.
        let mut next_child = 1u32;
        for (new, &old) in order.iter().enumerate() {
            nodes[new] |= next_child;
            let mut child = first[old as usize];
            while child != NONE {
                next_child += 1;
                let c = label[child as usize];
                let child_new = renum[child as usize];
                let end = ends(child_new);
                nodes[child_new as usize] |=
                    (u32::from(c) << CLASS_SHIFT) | if end { ENTRY_ENDS } else { 0 };
                if new < dense_nodes {
                    dense[new * width + usize::from(c)] = child_new | if end { ENDS } else { 0 };
                }
                child = next[child as usize];
            }
        }
        nodes[n_nodes] = next_child;
        Some(PhraseTrie::assemble(
            class,
            width,
            dense,
            dense_nodes,
            nodes,
            ends_at,
            phrases,
        ))
    }

    /// The trie of its built tables, with the class table of the Arabic block derived from
    /// `class`.
    fn assemble(
        class: Box<[u8; 256]>,
        width: usize,
        dense: Vec<u32>,
        dense_nodes: usize,
        nodes: Vec<u32>,
        ends_at: Vec<u32>,
        phrases: Vec<u32>,
    ) -> PhraseTrie {
        let mut arabic = Box::new([0u8; 128]);
        for (o, a) in arabic.iter_mut().enumerate() {
            *a = class[usize::from(super::ARABIC[o])];
        }
        PhraseTrie {
            class,
            arabic,
            width,
            dense,
            dense_nodes,
            nodes,
            ends_at,
            phrases,
        }
    }

    /// Calls `found(end, phrase)` for every phrase that `text` spells from byte `start` (a char
    /// boundary) to an `end` at or before `limit`, shortest first (the phrases of one text
    /// in increasing order). `phrase(i)`: the bytes of phrase `i`, read for the phrases with
    /// a character the compact alphabet shares.
    #[inline]
    pub(crate) fn walk<'p>(
        &self,
        text: &str,
        start: usize,
        limit: usize,
        phrase: impl Fn(usize) -> &'p [u8],
        mut found: impl FnMut(usize, u32),
    ) {
        let b = text.as_bytes();
        let b = &b[..limit.min(b.len())];
        let (class, arabic) = (&*self.class, &*self.arabic);
        let (dense, width, nodes) = (&self.dense[..], self.width, &self.nodes[..]);
        let mut node = 0usize;
        let mut i = start;
        // Whether quotation marks inside the phrase were passed over (see below).
        let mut skipped = false;
        while i < b.len() {
            let mut space_quote = false;
            // The class of the character at `i`; `i` moves past it.
            let c = b[i];
            let k = if c & 0xFE == 0xD8 {
                // U+0600..U+067F, most of the text.
                let Some(&c1) = b.get(i + 1) else {
                    return;
                };
                i += 2;
                arabic[usize::from(((c & 1) << 6) | (c1 & 0x3F))]
            } else if c < 0x80 {
                i += 1;
                // A space followed by what may start a quotation mark (see below).
                space_quote = c == b' ' && matches!(b.get(i), Some(&(b'"' | 0xC2 | 0xE2)));
                class[usize::from(c)]
            } else {
                let (k, len) = if c < 0xE0 { (0xFD, 2) } else { compact_long(c) };
                i += len;
                if i > b.len() {
                    return;
                }
                class[usize::from(k)]
            };
            if k == 0 {
                return;
            }
            // The child by that class, and whether it ends phrases.
            let ends;
            if node < self.dense_nodes {
                match dense.get(node * width + usize::from(k)) {
                    Some(&n) if n != 0 => {
                        node = (n & !ENDS) as usize;
                        ends = n & ENDS != 0;
                    }
                    _ => return,
                }
            } else {
                let (Some(&lo), Some(&hi)) = (nodes.get(node), nodes.get(node + 1)) else {
                    return;
                };
                // Siblings in increasing order of class: most nodes this deep have one child.
                let (mut j, hi) = ((lo & CHILD_MASK) as usize, (hi & CHILD_MASK) as usize);
                loop {
                    let Some(&e) = nodes.get(j).filter(|_| j < hi) else {
                        return;
                    };
                    let l = (e >> CLASS_SHIFT) as u8;
                    if l >= k {
                        if l != k {
                            return;
                        }
                        node = j;
                        ends = e & ENTRY_ENDS != 0;
                        break;
                    }
                    j += 1;
                }
            }
            if ends {
                let (Some(&a), Some(&z)) = (self.ends_at.get(node), self.ends_at.get(node + 1))
                else {
                    return;
                };
                for &p in self.phrases.get(a as usize..z as usize).unwrap_or_default() {
                    let id = p & !SHARED;
                    if p & SHARED == 0
                        || if skipped {
                            same_without_quotes(&b[start..i], phrase(id as usize))
                        } else {
                            b.get(start..i) == Some(phrase(id as usize))
                        }
                    {
                        found(i, id);
                    }
                }
            }
            // A quotation mark that opens a word inside the phrase (`تشكيل «حكومة وحدة`,
            // `تشكيل ” قوة`) is passed over, with the spaces after it: the phrase reads on.
            if space_quote {
                let j = after_quotes(b, i);
                skipped |= j != i;
                i = j;
            }
        }
    }

    /// Bytes held by the tables.
    #[cfg(test)]
    pub(crate) fn memory_usage(&self) -> usize {
        256 + 128
            + self.dense.len() * 4
            + self.nodes.len() * 4
            + self.ends_at.len() * 4
            + self.phrases.len() * 4
    }
}

/// The length in bytes of the quotation mark that `b` starts with (`"`, `«`, `»`, `“`, `”`,
/// `„`), 0 when it starts with none.
#[inline]
fn quote_len(b: &[u8]) -> usize {
    match b {
        [b'"', ..] => 1,
        [0xC2, 0xAB | 0xBB, ..] => 2,
        [0xE2, 0x80, 0x9C..=0x9E, ..] => 3,
        _ => 0,
    }
}

/// Where the word after the space before `i` begins when quotation marks (and the spaces after
/// them) stand before it: `i` itself when none do, or when no letter follows them.
#[inline]
fn after_quotes(b: &[u8], i: usize) -> usize {
    let mut j = i;
    let mut quotes = false;
    loop {
        let rest = b.get(j..).unwrap_or_default();
        let q = quote_len(rest);
        if q > 0 {
            j += q;
            quotes = true;
        } else if quotes && rest.first() == Some(&b' ') {
            j += 1;
        } else {
            break;
        }
    }
    // Quotation marks with nothing but more of them or the end after them are not passed.
    match b.get(j) {
        Some(&c) if quotes && c != b' ' && quote_len(&b[j..]) == 0 => j,
        _ => i,
    }
}

/// Whether `text` spells `phrase` once the quotation marks that open its words, and the
/// spaces after them, are left out.
fn same_without_quotes(text: &[u8], phrase: &[u8]) -> bool {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        out.push(text[i]);
        i += 1;
        if text[i - 1] == b' ' {
            i = after_quotes(text, i);
        }
    }
    out == phrase
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence of every phrase starting at `start`, by brute force.
    fn naive(phrases: &[&str], text: &str, start: usize, limit: usize) -> Vec<(usize, u32)> {
        let mut out: Vec<(usize, u32)> = phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                !p.is_empty()
                    && start + p.len() <= limit
                    && text.as_bytes().get(start..start + p.len()) == Some(p.as_bytes())
            })
            .map(|(i, p)| (start + p.len(), i as u32))
            .collect();
        out.sort();
        out
    }

    /// The trie as it was built before the flat build (sorted child lists per node): the
    /// oracle of [`PhraseTrie::new`].
    fn reference<I, P>(phrases: I) -> Option<PhraseTrie>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<str>,
    {
        let keys: Vec<(Vec<u8>, bool)> = phrases
            .into_iter()
            .map(|p| crate::compact::compact_key(p.as_ref()))
            .collect();
        // Classes: the bytes the phrases use, numbered from 1 (at most 255: byte 0 is none's).
        let mut class = Box::new([0u8; 256]);
        for (key, _) in &keys {
            for &b in key {
                class[usize::from(b)] = 1;
            }
        }
        let mut width = 1usize;
        for c in class.iter_mut() {
            if *c != 0 {
                *c = u8::try_from(width).ok()?;
                width += 1;
            }
        }
        // Built as a trie of sorted child lists, then numbered breadth first.
        let mut kids: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        for (pid, (key, shared)) in keys.iter().enumerate() {
            if key.is_empty() || pid >= SHARED as usize {
                return None;
            }
            let mut s = 0usize;
            for &b in key {
                let c = class[usize::from(b)];
                s = match kids[s].binary_search_by_key(&c, |&(l, _)| l) {
                    Ok(i) => kids[s][i].1 as usize,
                    Err(i) => {
                        let n = kids.len();
                        kids[s].insert(i, (c, u32::try_from(n).ok().filter(|&n| n < ENDS)?));
                        kids.push(Vec::new());
                        own.push(Vec::new());
                        n
                    }
                };
            }
            own[s].push(pid as u32 | if *shared { SHARED } else { 0 });
        }
        // Breadth first: the order of the nodes is the order of the queue; the nodes of the
        // dense levels come first.
        let mut order: Vec<u32> = Vec::with_capacity(kids.len());
        let mut depth: Vec<usize> = Vec::with_capacity(kids.len());
        order.push(0);
        depth.push(0);
        let mut k = 0;
        while k < order.len() {
            for &(_, c) in &kids[order[k] as usize] {
                order.push(c);
                depth.push(depth[k] + 1);
            }
            k += 1;
        }
        let dense_nodes = depth.partition_point(|&d| d <= DENSE_DEPTH);
        let mut renum = vec![0u32; kids.len()];
        for (new, &old) in order.iter().enumerate() {
            renum[old as usize] = new as u32;
        }
        let ends = |old: u32| !own[old as usize].is_empty();
        if order.len() >= CHILD_MASK as usize {
            return None;
        }
        let mut nodes = vec![0u32; order.len() + 1];
        let mut dense = vec![0u32; dense_nodes * width];
        let mut ends_at = Vec::with_capacity(order.len() + 1);
        let mut phrases = Vec::new();
        // Children are numbered in the order of their parents: a node's first child comes
        // after the children of the nodes before it.
        let mut next_child = 1u32;
        for (new, &old) in order.iter().enumerate() {
            let old_kids = &kids[old as usize];
            nodes[new] |= next_child;
            next_child += old_kids.len() as u32;
            for &(c, child) in old_kids {
                let (child_new, end) = (renum[child as usize], ends(child));
                nodes[child_new as usize] |=
                    (u32::from(c) << CLASS_SHIFT) | if end { ENTRY_ENDS } else { 0 };
                if new < dense_nodes {
                    dense[new * width + usize::from(c)] = child_new | if end { ENDS } else { 0 };
                }
            }
            ends_at.push(u32::try_from(phrases.len()).ok()?);
            phrases.extend_from_slice(&own[old as usize]);
        }
        nodes[order.len()] = next_child;
        ends_at.push(u32::try_from(phrases.len()).ok()?);
        Some(PhraseTrie::assemble(
            class,
            width,
            dense,
            dense_nodes,
            nodes,
            ends_at,
            phrases,
        ))
    }

    fn same(a: &PhraseTrie, b: &PhraseTrie) -> bool {
        a.class == b.class
            && a.arabic == b.arabic
            && a.width == b.width
            && a.dense == b.dense
            && a.dense_nodes == b.dense_nodes
            && a.nodes == b.nodes
            && a.ends_at == b.ends_at
            && a.phrases == b.phrases
    }

    #[test]
    fn the_flat_build_makes_the_tables_of_the_sorted_lists() {
        let lex = &crate::events::EventClassifier::libya().lexicon().forms;
        let texts: Vec<&str> = lex.iter().map(|f| f.text.as_str()).collect();
        assert!(same(
            &PhraseTrie::new(&texts).unwrap(),
            &reference(&texts).unwrap()
        ));
        // A small alphabet makes shared prefixes and duplicates.
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let alphabet = ["ق", "ت", "ل", " ", "a", "é", "★", "ب"];
        for _ in 0..300 {
            let phrases: Vec<String> = (0..next(30))
                .map(|_| {
                    (0..1 + next(6))
                        .map(|_| alphabet[next(alphabet.len() as u64) as usize])
                        .collect()
                })
                .collect();
            let (a, b) = (PhraseTrie::new(&phrases), reference(&phrases));
            assert!(
                same(a.as_ref().unwrap(), b.as_ref().unwrap()),
                "{phrases:?}"
            );
        }
        assert!(PhraseTrie::new(["قتل", ""]).is_none() && reference(["قتل", ""]).is_none());
    }

    #[test]
    fn walks_read_on_past_opening_quotes() {
        let phrases = ["تشكيل حكومه", "وقف اطلاق النار"];
        let trie = PhraseTrie::new(phrases).unwrap();
        let ends = |text: &str| {
            let mut got = Vec::new();
            trie.walk(
                text,
                0,
                text.len(),
                |i| phrases[i].as_bytes(),
                |e, p| got.push((e, p)),
            );
            got
        };
        let t = "تشكيل «حكومه وحده»";
        assert_eq!(ends(t), vec![(t.find(" وحده").unwrap(), 0)]);
        let t = "تشكيل ” حكومه";
        assert_eq!(ends(t), vec![(t.len(), 0)]);
        let t = "وقف \"اطلاق النار\"";
        assert_eq!(ends(t), vec![(t.len() - 1, 1)]);
        // A closing mark right after a letter, or a mark with no word after it, cuts.
        assert!(ends("تشكيل» حكومه").is_empty());
        assert!(ends("تشكيل « ").is_empty());
    }

    #[test]
    fn walks_find_what_the_text_spells() {
        let phrases = [
            "قتل",
            "قتل الناس",
            "الناس",
            "قتلى",
            "ق",
            "قتل",
            "★ نجم",
            "☆ نجم",
            "é",
            "ڤيلا",
            "ڭيلا",
            "a b",
            "ab",
            "اشتباكات عنيفة في",
        ];
        let texts = [
            "قتل الناس أمس",
            "قتلى قتل  الناس",
            "★ نجم ☆ نجم",
            "é e ڤيلا ڭيلا",
            "a b ab a  b",
            "اندلعت اشتباكات عنيفة في طرابلس",
            "",
        ];
        let trie = PhraseTrie::new(phrases).unwrap();
        for text in texts {
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for limit in (start..=text.len() + 1).step_by(3) {
                    let mut got = Vec::new();
                    trie.walk(
                        text,
                        start,
                        limit,
                        |i| phrases[i].as_bytes(),
                        |e, p| got.push((e, p)),
                    );
                    assert_eq!(got, naive(&phrases, text, start, limit), "{text:?} {start}");
                }
            }
        }
        assert!(PhraseTrie::new(["قتل", ""]).is_none());
        let none: [&str; 0] = [];
        let empty = PhraseTrie::new(none).unwrap();
        let mut n = 0;
        empty.walk("قتل", 0, 6, |_| &[], |_, _| n += 1);
        assert_eq!(n, 0);
    }

    /// The bundled event lexicon's trie stays small: a walk's steps stay in cache.
    #[test]
    fn bundled_trie_memory() {
        let lex = &crate::events::EventClassifier::libya().lexicon().forms;
        let trie = PhraseTrie::new(lex.iter().map(|f| f.text.as_str())).unwrap();
        eprintln!(
            "{} phrases, {} nodes ({} dense, {} classes): {} bytes, dense rows {} bytes",
            lex.len(),
            trie.nodes.len() - 1,
            trie.dense_nodes,
            trie.width,
            trie.memory_usage(),
            trie.dense.len() * 4
        );
        assert!(trie.memory_usage() < 1 << 20);
    }
}
