//! Names that share one head: a dual or plural head followed by coordinated names, each of
//! which is a gazetteer name only with the head in the singular (`حقلي الشرارة والفيل` →
//! `حقل الشرارة`, `حقل الفيل`; `كتائب الزنتان والصواعق والقعقاع` → `كتيبة الصواعق`, `كتيبة
//! القعقاع`; `مجلسي النواب والدولة` → `مجلس النواب`, `مجلس الدولة`).
//!
//! After the main search, each such head is found by one pass over the words; each
//! coordinated name after it that no mention covers yet is looked up again as the singular
//! head followed by its words, and a mention that spans that head and ends inside the
//! conjunct becomes a mention of the conjunct's words in the text.

use super::matcher::{plain_gap, DocViews};
use super::{Gazetteer, Mention};
use crate::compact::FnvBuild;
use crate::normalize::Normalizer;
use crate::words;
use once_cell::sync::Lazy;
use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

/// Dual (construct state) and plural heads with their singular, as written. Only heads of
/// names: a place or body kind (field, company, brigade, tribe, port, airport, base, camp,
/// prison, council, government, apparatus, hospital, university, operation, city, town,
/// area, newspaper, channel, agency, court, force). Ministries are left out: a bare
/// ministry is a home-state ministry only in context, which the lookup of a conjunct alone lacks.
const SHARED_HEADS: &[(&str, &str)] = &[
    ("حقلي", "حقل"),
    ("حقلا", "حقل"),
    ("حقول", "حقل"),
    ("شركتي", "شركة"),
    ("شركتا", "شركة"),
    ("شركات", "شركة"),
    ("كتيبتي", "كتيبة"),
    ("كتيبتا", "كتيبة"),
    ("كتائب", "كتيبة"),
    ("لوائي", "لواء"),
    ("لواءي", "لواء"),
    ("لواءا", "لواء"),
    ("ألوية", "لواء"),
    ("قبيلتي", "قبيلة"),
    ("قبيلتا", "قبيلة"),
    ("قبائل", "قبيلة"),
    ("ميناءي", "ميناء"),
    ("مينائي", "ميناء"),
    ("ميناءا", "ميناء"),
    ("موانئ", "ميناء"),
    ("مطاري", "مطار"),
    ("مطارا", "مطار"),
    ("مطارات", "مطار"),
    ("قاعدتي", "قاعدة"),
    ("قاعدتا", "قاعدة"),
    ("قواعد", "قاعدة"),
    ("معسكري", "معسكر"),
    ("معسكرا", "معسكر"),
    ("معسكرات", "معسكر"),
    ("سجني", "سجن"),
    ("سجنا", "سجن"),
    ("سجون", "سجن"),
    ("مجلسي", "مجلس"),
    ("مجلسا", "مجلس"),
    ("حكومتي", "حكومة"),
    ("حكومتا", "حكومة"),
    ("جهازي", "جهاز"),
    ("جهازا", "جهاز"),
    ("أجهزة", "جهاز"),
    ("مستشفيي", "مستشفى"),
    ("مستشفيات", "مستشفى"),
    ("جامعتي", "جامعة"),
    ("جامعتا", "جامعة"),
    ("عمليتي", "عملية"),
    ("عمليتا", "عملية"),
    ("مدينتي", "مدينة"),
    ("مدينتا", "مدينة"),
    ("مدن", "مدينة"),
    ("بلدتي", "بلدة"),
    ("بلدتا", "بلدة"),
    ("بلدات", "بلدة"),
    ("بلديتي", "بلدية"),
    ("بلديتا", "بلدية"),
    ("بلديات", "بلدية"),
    ("منطقتي", "منطقة"),
    ("منطقتا", "منطقة"),
    ("صحيفتي", "صحيفة"),
    ("صحف", "صحيفة"),
    ("قناتي", "قناة"),
    ("قنوات", "قناة"),
    ("وكالتي", "وكالة"),
    ("وكالات", "وكالة"),
    ("غرفتي", "غرفة"),
    ("محكمتي", "محكمة"),
    ("قوتي", "قوة"),
    ("قوتا", "قوة"),
];

/// Singular heads whose name, when the text names it in full right after the head, may be
/// followed by more names of the same head with the head left out (`حقل الشرارة والفيل`,
/// `ميناء طرابلس والخمس`): each later name has at most [`SINGULAR_CONJUNCT_WORDS`] words.
const SINGULAR_HEADS: &[&str] = &["حقل", "ميناء", "مطار", "مجلس", "قاعدة", "شركة", "كتيبة"];

/// At most this many words in a name coordinated after a singular head's name.
const SINGULAR_CONJUNCT_WORDS: usize = 2;

/// Proclitics a head may carry (`بحقلي`, `وكتائب`, `لشركات`, `كحقلي`): those
/// [`words::proclitic_ok`] allows before a word without the article.
const HEAD_PROCLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
];

/// At most this many words in one coordinated name.
const CONJUNCT_WORDS: usize = 4;
/// At most this many coordinated names after one head.
const CONJUNCTS: usize = 6;

/// What a head form says of the names after it.
struct Head {
    /// The singular, search-normalized.
    one: String,
    /// The head is that singular itself (`حقل`, not `حقلي`).
    singular: bool,
    /// The head is a dual (`حقلي`, `مطارا`, `قاعدتي`): the names after it are two of its
    /// kind, never places it lies in, so a town or region already found at a conjunct gives
    /// way to the name the singular head makes of it (`قاعدتي الجفرة` → `قاعدة الجفرة`, not
    /// the town). A plural head is left as it was: `جامعات طرابلس` are the city's
    /// universities, not `جامعة طرابلس`.
    dual: bool,
    /// The head is a dual or plural of `قبيلة` (`قبيلتي`, `قبائل`): a person's name at the
    /// start of a name after it is a tribe's or clan's (`قبيلتي نصرات والغويل`), never the
    /// person (after the singular head, `قبيلة الغويل`, the main search already blocks it).
    tribes: bool,
}

/// Is `head` (as written) a dual of `one`: a construct-state dual ends in `ي` (oblique) or
/// `ا` (nominative); no plural of the table does.
fn is_dual(head: &str, one: &str) -> bool {
    head != one && head.ends_with(['ي', 'ا'])
}

/// Is `w` (search-normalized) a head form with its proclitics?
fn is_head(w: &str) -> bool {
    let (shortest, longest) = *HEAD_LENS;
    (shortest..=longest).contains(&w.len()) && HEADS.contains_key(w)
}

/// Every head form with its proclitics, search-normalized → what it says ([`Head`]).
static HEADS: Lazy<HashMap<String, Head, FnvBuild>> = Lazy::new(|| {
    let n = Normalizer::search();
    let mut m = HashMap::with_hasher(FnvBuild::default());
    let singular = SINGULAR_HEADS.iter().map(|&h| (h, h));
    for (head, one) in SHARED_HEADS.iter().copied().chain(singular) {
        let same = head == one;
        let dual = is_dual(head, one);
        let tribes = !same && one == "قبيلة";
        let head = n.normalize(head).into_owned();
        let one = n.normalize(one).into_owned();
        for p in HEAD_PROCLITICS {
            m.insert(
                format!("{p}{head}"),
                Head {
                    one: one.clone(),
                    singular: same,
                    dual,
                    tribes,
                },
            );
        }
    }
    m
});

/// The shortest and longest head form in bytes: a word of another length is no head.
static HEAD_LENS: Lazy<(usize, usize)> = Lazy::new(|| {
    HEADS
        .keys()
        .map(String::len)
        .fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)))
});

thread_local! {
    /// Set while a conjunct is looked up again, so that lookup does not look for heads.
    static IN_SHARED: Cell<bool> = const { Cell::new(false) };
}

/// The mentions' places in the normalized text, sorted by start, with the furthest end among
/// each prefix: whether a mention begins in, or overlaps, a range is a binary search, so a long
/// document with many heads costs no pass over every mention per head. The mentions this pass
/// adds come in text order and go to a second list of the same shape.
struct Spans {
    /// `(start, end)` of each mention found before, sorted, and the largest end among each
    /// prefix.
    found: (Vec<(usize, usize)>, Vec<usize>),
    /// The same for the mentions added here, in the order added (by start).
    added: (Vec<(usize, usize)>, Vec<usize>),
}

impl Spans {
    fn new(out: &[Mention]) -> Self {
        let mut spans: Vec<(usize, usize)> =
            out.iter().map(|m| (m.norm.start, m.norm.end)).collect();
        spans.sort_unstable();
        let mut most = 0;
        let ends = spans
            .iter()
            .map(|&(_, e)| {
                most = most.max(e);
                most
            })
            .collect();
        Spans {
            found: (spans, ends),
            added: Default::default(),
        }
    }

    /// Does a mention begin inside `r`?
    fn begins_in(&self, r: Range<usize>) -> bool {
        [&self.found, &self.added].into_iter().any(|(spans, _)| {
            let i = spans.partition_point(|s| s.0 < r.start);
            spans.get(i).is_some_and(|s| s.0 < r.end)
        })
    }

    /// Does a mention that begins before `r` reach into it?
    fn enters(&self, r: Range<usize>) -> bool {
        [&self.found, &self.added].into_iter().any(|(spans, ends)| {
            let k = spans.partition_point(|s| s.0 < r.start);
            k > 0 && ends[k - 1] > r.start
        })
    }

    /// Does a mention overlap `r` (start before its end, end after its start)?
    fn overlaps(&self, r: Range<usize>) -> bool {
        [&self.found, &self.added].into_iter().any(|(spans, ends)| {
            let k = spans.partition_point(|s| s.0 < r.end);
            k > 0 && ends[k - 1] > r.start
        })
    }

    /// A mention added. Heads are read in text order, so each one starts at or after the
    /// last; one that did not would be merged into the sorted list.
    fn add(&mut self, r: Range<usize>) {
        let (spans, ends) = &mut self.added;
        if spans.last().is_some_and(|l| l.0 > r.start) {
            let at = spans.partition_point(|s| s.0 <= r.start);
            spans.insert(at, (r.start, r.end));
            let mut most = 0;
            ends.clear();
            ends.extend(spans.iter().map(|&(_, e)| {
                most = most.max(e);
                most
            }));
        } else {
            let most = ends.last().copied().unwrap_or(0).max(r.end);
            spans.push((r.start, r.end));
            ends.push(most);
        }
    }
}

impl Gazetteer {
    /// Adds to `out` (mentions of `norm`'s text, in order) the coordinated names after a dual
    /// or plural head that are names only with the head in the singular (see the module).
    pub(super) fn shared_heads(&self, doc: DocViews<'_>, out: &mut Vec<Mention>) {
        let (original, norm, chars, options) = doc.parts();
        if IN_SHARED.with(Cell::get) {
            return;
        }
        let t = norm.text();
        let heads = &*HEADS;
        // The words (one tight pass), and nothing more unless a head is among them.
        let mut all: Vec<Range<usize>> = Vec::new();
        words::push_words(t, 0, &mut all);
        if !all.iter().any(|w| is_head(&t[w.clone()])) {
            return;
        }
        let mut spans = Spans::new(out);
        let mut added = false;
        // Once a mention gives way to a name after a dual: how many mentions the pass
        // found (sorted then, the added ones after them in text order), and those to drop.
        let mut found_len: Option<usize> = None;
        let mut gone: Vec<usize> = Vec::new();
        // Where a name after a tribes head begins: a person's mention there gives way.
        let mut clans: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let Some(&Head {
                ref one,
                singular,
                dual,
                tribes,
            }) = heads.get(&t[all[i].clone()])
            else {
                i += 1;
                continue;
            };
            // A singular head shares itself only after a name of its own that the text
            // gives in full (a mention beginning in the head's word).
            if singular && !spans.begins_in(all[i].clone()) {
                i += 1;
                continue;
            }
            let most = if singular {
                SINGULAR_CONJUNCT_WORDS
            } else {
                CONJUNCT_WORDS
            };
            let mut j = i + 1;
            let mut unnamed = false;
            for k in 0..CONJUNCTS {
                // The conjunct's first word: right after the head, or after `و`.
                if j >= all.len() || !plain_gap(&t[all[j - 1].end..all[j].start]) {
                    break;
                }
                let mut first = all[j].clone();
                // A head where a name should begin, `و` with it or not, is read in its turn
                // (`حقلي الشرارة والفيل وحقلي الشرارة والفيل`): its names are its own.
                if is_head(&t[first.clone()]) {
                    break;
                }
                if k > 0 {
                    let w = &t[first.clone()];
                    if w == "و" {
                        j += 1;
                        if j >= all.len()
                            || !plain_gap(&t[all[j - 1].end..all[j].start])
                            || is_head(&t[all[j].clone()])
                        {
                            break;
                        }
                        first = all[j].clone();
                    } else if let Some(rest) = w.strip_prefix('و') {
                        if rest.chars().count() < 2 {
                            break;
                        }
                        first.start += 'و'.len_utf8();
                    } else {
                        break;
                    }
                }
                // Its words: up to the next `و` word, a punctuation mark or another head
                // (which is read in its turn: `حقلي الشرارة والفيل ثم حقلي الشرارة`).
                let mut last = j;
                while last + 1 < all.len()
                    && last + 1 - j < if k == 0 { CONJUNCT_WORDS } else { most }
                    && plain_gap(&t[all[last].end..all[last + 1].start])
                    && !t[all[last + 1].clone()].starts_with('و')
                    && !is_head(&t[all[last + 1].clone()])
                {
                    last += 1;
                }
                let span = first.start..all[last].end;
                j = last + 1;
                if tribes {
                    clans.push(first.start);
                }
                // Already a mention at the conjunct's first word: nothing to add, unless the
                // head is a dual (see [`Head::dual`]).
                let covered = spans.overlaps(first.clone());
                if covered && !dual {
                    continue;
                }
                let synth = format!("{one} {}", &t[span.clone()]);
                let lead = one.len() + 1;
                let found = IN_SHARED.with(|f| {
                    f.set(true);
                    let r = self.find_with(&synth, options);
                    f.set(false);
                    r
                });
                let m = found
                    .into_iter()
                    .find(|m| m.span.start == 0 && m.span.end > lead);
                let range = m
                    .as_ref()
                    .map(|m| span.start..span.start + (m.span.end - lead))
                    .filter(|r| t.is_char_boundary(r.end) && r.end <= span.end);
                let (Some(m), Some(range)) = (m, range) else {
                    // No name right after the head: the names coordinated later are not
                    // its own (`حقول كبرى بحقلي الشرارة والفيل`), and a head inside them is
                    // read in its turn. Tribes and clans are named after a tribes head
                    // whether the data holds them or not (`قبيلتي نصرات والغويل`).
                    if k == 0 && !covered && !tribes {
                        unnamed = true;
                        break;
                    }
                    continue;
                };
                if spans.overlaps(range.clone()) {
                    // After a dual, the mentions lying wholly in the name give way to it;
                    // one reaching in from before it, or past its end, keeps its place.
                    if !dual || spans.enters(range.clone()) {
                        continue;
                    }
                    let n_found = *found_len.get_or_insert_with(|| {
                        super::matcher::sort_by_position(out);
                        out.len()
                    });
                    let inside = |o: &[Mention]| {
                        let a = o.partition_point(|x| x.norm.start < range.start);
                        let b = o.partition_point(|x| x.norm.start < range.end);
                        a..b
                    };
                    let (f, g) = (inside(&out[..n_found]), inside(&out[n_found..]));
                    let g = g.start + n_found..g.end + n_found;
                    let within = f.clone().chain(g.clone());
                    if within.clone().any(|x| out[x].norm.end > range.end)
                        || (f.len() + g.len() == 1
                            && within
                                .clone()
                                .all(|x| out[x].id == m.id && out[x].norm == range))
                    {
                        continue;
                    }
                    gone.extend(within);
                }
                let orig = norm.map().to_original_span(original, range.clone());
                let Some(e) = self.entity(&m.id) else {
                    continue;
                };
                spans.add(range.clone());
                out.push(Mention::new(e, chars.span(original, orig), m.alias, range));
                added = true;
            }
            i = if unnamed { i + 1 } else { j.max(i + 1) };
        }
        if !gone.is_empty() {
            gone.sort_unstable();
            gone.dedup();
            let mut k = 0;
            let mut at = 0;
            out.retain(|_| {
                let keep = gone.get(k) != Some(&at);
                if !keep {
                    k += 1;
                }
                at += 1;
                keep
            });
        }
        if !clans.is_empty() {
            out.retain(|m| {
                m.kind != super::EntityKind::Person || clans.binary_search(&m.norm.start).is_err()
            });
        }
        if added {
            super::matcher::sort_by_position(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Gazetteer;

    fn found(t: &str) -> Vec<(String, usize, usize)> {
        Gazetteer::libya()
            .find(t)
            .into_iter()
            .map(|m| (m.id, m.span.start, m.span.end))
            .collect()
    }

    /// A sentence with a dual head finds the same names alone, after another such sentence,
    /// before or after runs of long words, and at the very end of the text.
    #[test]
    fn a_head_finds_the_same_names_wherever_it_stands() {
        let one = "استأنف العمال الإنتاج في حقلي الشرارة والفيل بعد توقف";
        let alone = found(one);
        assert!(alone.iter().any(|m| m.0 == "el_feel_oilfield"), "{alone:?}");
        let long = "ب".repeat(200);
        for n in [0, 1, 5, 40, 120] {
            let filler = vec![long.as_str(); n].join(" ");
            let t = format!("{one} {filler} {one} {filler} حقلي الشرارة والفيل");
            let second = one.len() + 1 + filler.len() + 1;
            let last = t.len() - "حقلي الشرارة والفيل".len();
            let mut want: Vec<(String, usize, usize)> = alone.clone();
            want.extend(
                alone
                    .iter()
                    .map(|(id, s, e)| (id.clone(), s + second, e + second)),
            );
            let tail = found("حقلي الشرارة والفيل");
            assert!(tail.iter().any(|m| m.0 == "el_feel_oilfield"), "{tail:?}");
            want.extend(
                tail.iter()
                    .map(|(id, s, e)| (id.clone(), s + last, e + last)),
            );
            assert_eq!(found(&t), want, "{n} long words");
        }
    }

    /// A head within the words after another head's name is read in its turn, whatever
    /// stands between them.
    #[test]
    fn a_head_after_another_heads_names_is_read() {
        let pair = "حقلي الشرارة والفيل";
        let one = found(pair);
        for gap in [
            " ",
            " ثم ",
            " وبعدها ",
            " بعد توقف ",
            " و",
            " و ",
            " ثم و",
            " وب",
        ] {
            let t = format!("{pair}{gap}{pair}");
            let at = pair.len() + gap.len();
            let mut want = one.clone();
            want.extend(one.iter().map(|(id, s, e)| (id.clone(), s + at, e + at)));
            assert_eq!(found(&t), want, "{t}");
        }
        // The same with the head written again after `و` as a conjunct would be, among
        // other heads' names.
        for t in [
            "كتائب الصواعق والقعقاع وكتائب الصواعق والقعقاع",
            "قاعدتي الجفرة وتمنهنت وقاعدتي الجفرة وتمنهنت",
            "مطاري معيتيقة ومصراتة و مطاري معيتيقة ومصراتة",
        ] {
            let half = t.len() / 2;
            let all = found(t);
            let (a, b): (Vec<_>, Vec<_>) = all.iter().partition(|m| m.1 < half);
            let ids =
                |v: &[&(String, usize, usize)]| v.iter().map(|m| m.0.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&a), ids(&b), "{t}: {all:?}");
            assert!(a.len() >= 2, "{t}: {all:?}");
        }
        let t = "سيطرت القوات على مطاري معيتيقة ثم قاعدتي الجفرة";
        let ids: Vec<String> = found(t).into_iter().map(|m| m.0).collect();
        assert!(ids.iter().any(|i| i == "al_jufra_airbase"), "{ids:?}");
    }
}
