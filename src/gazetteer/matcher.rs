//! Matching: names compiled into Aho-Corasick automata, whole words with proclitics, the
//! article dropped after ل, fused multi-word names, leftmost-longest selection, office titles.

use super::forms;
use super::license::{Frames, HOME_STATE};
use super::load::{Nationality, Origin};
use super::periods::{split_period, Period};
use super::{
    kind_index, norm_key, trim, Entity, EntityKind, FindOptions, Gate, Gazetteer, Mention,
};
use crate::compact::dfa::Dfa;
use crate::compact::{self, is_quote_char, Compact, FnvBuild, WordsBuild};
use crate::error::Error;
use crate::normalize::{Normalized, Normalizer};
use crate::span::CharIndex;

/// First words of persons' names that are no given names of their own, or that are also
/// common words (`على` reads `علي` once normalized; `صدام` is a clash, `رمضان` a month,
/// `سالم` safe): never taken as another bearer's given name before a surname
/// (search-normalized).
const NOT_GIVEN_NAMES: &[&str] = &[
    "علي",
    "ابو",
    "ابن",
    "بن",
    "بنت",
    "ام",
    "عبد",
    "ولد",
    "بو",
    "دي",
    "فون",
    "بيت",
    "صنع",
    "فتح",
    "عون",
    "مني",
    "نور",
    "شمس",
    "قذاف",
    "باش",
    "ماما",
    "صدام",
    "رمضان",
    "شعبان",
    "رجب",
    "جمعه",
    "سالم",
    "سعيد",
    "حسن",
    "نصر",
    "فضل",
    "جمال",
    "كريم",
    "عادل",
    "وفاء",
    "حنان",
    "رضا",
    "ربيع",
    "خميس",
    "ميلاد",
    "مصباح",
    "مختار",
    "مفتاح",
    "منصور",
    "حافظ",
    "بدر",
    "صقر",
    "وسام",
    "سلوي",
    "نجوي",
];

/// The given names of [`Gazetteer::given_names`]: the first word of every person's name of
/// two words or more (`arabic` and `aliases`, periods stripped), unless it carries the
/// article (`المشير حفتر`) or is one of [`NOT_GIVEN_NAMES`].
/// Also gives, per entity, the first words of its own names of two words or more (for a
/// person; empty for others), kept even where they are no given names.
fn given_names(
    entities: &[Entity],
    norm: impl Fn(&str) -> String,
) -> (std::collections::HashSet<String>, Vec<Vec<String>>) {
    let mut set = std::collections::HashSet::new();
    let mut own = vec![Vec::new(); entities.len()];
    for (i, e) in entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for name in std::iter::once(&e.arabic).chain(&e.aliases) {
            let name = split_period(name).map_or(name.as_str(), |(n, _)| n);
            let key = norm(name);
            let mut ws = key.split(' ');
            let (Some(first), Some(_)) = (ws.next(), ws.next()) else {
                continue;
            };
            if !own[i].iter().any(|o| o == first) {
                own[i].push(first.to_string());
            }
            if first.chars().count() < 3
                || first.starts_with("ال")
                || NOT_GIVEN_NAMES.contains(&first)
            {
                continue;
            }
            set.insert(first.to_string());
        }
    }
    (set, own)
}

/// Words of a lesser post (search-normalized): an office title right after one is that post's
/// (`وكيل وزير الدفاع`, `نائب رئيس الحكومة`, `مستشار رئيس المجلس`), no mention of the holder.
const DEPUTY_WORDS: &[&str] = &[
    "وكيل",
    "وكيله",
    "نائب",
    "نائبه",
    "مساعد",
    "مساعده",
    "مستشار",
    "مستشاره",
];

/// Head nouns of places named after people: a person's name right after one of them is the
/// place's name (`حي المقريف`, `شارع عمر المختار`, `مستشفى …`), never a mention of the person.
/// Added to every person's `block_before`.
const PLACE_HEADS: &[&str] = &[
    "حي",
    "شارع",
    "شوارع",
    "ميدان",
    "ساحة",
    "مدرسة",
    "مسجد",
    "جامع",
    "مستشفى",
    "جامعة",
    "كلية",
    "طريق",
    "منطقة",
    "مطار",
    "معسكر",
    "قاعدة",
    "مخيم",
    "جسر",
    "فندق",
    "ملعب",
];

/// Words for a tribe written without the article: a person's surname right after one names
/// the tribe or clan (`قبيلة الغويل`, `قبائل الحاسي`), never the person. Checked with the
/// place heads ([`PLACE_HEADS`]).
const TRIBE_HEADS: &[&str] = &["قبيلة", "قبيلتي", "قبيلتا", "قبائل", "عشيرة"];
use crate::words::{self, Article};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// One compiled name: which entity, which alias, how it begins, when it holds.
#[derive(Debug, Clone)]
pub(super) struct Pattern {
    entity: u32,
    /// Index into `Gazetteer::alias_text`.
    alias: u32,
    article: Article,
    ambiguous: bool,
    /// An office title: a mention of its holder only when standing alone.
    office: bool,
    /// A bare name of a home-state ministry (`وزارة الصحة`): licensed unless a foreign state
    /// frames it; the index of its portfolio in `license::Frames::portfolios`.
    pub(super) home: Option<u16>,
    /// A bare name of a home-state body other than a ministry, its canonical name less the
    /// home adjective (`الجيش الوطني` of `الجيش الوطني الليبي`): no mention in news of
    /// another country that never names Libya (Yemen's `الجيش الوطني`).
    home_bare: bool,
    gate: Gate,
    /// For a name compiled without its spaces: where it had them, as offsets into the
    /// compiled form (a space in the text must be at one of them). Empty for Latin names.
    spaces: Box<[u16]>,
    /// For a space-free name with a character the compact alphabet does not tell apart from
    /// others ([`compact_key`](compact::compact_key)): the name without its spaces, which a match must spell.
    exact: Option<Box<str>>,
}

/// The buffers of a search, kept per thread between calls.
#[derive(Default)]
struct FindScratch {
    /// Candidates (start, end, pattern).
    cands: Vec<(usize, usize, u32)>,
    /// Office titles (start, end, pattern).
    offices: Vec<(usize, usize, u32)>,
    /// Office titles whose holder takes office soon after the date (start, end, pattern):
    /// what `الجديد`/`المنتخب` after the title names.
    upcoming: Vec<(usize, usize, u32)>,
    /// The candidates as sort keys.
    keyed: Vec<u128>,
    /// (start, end, pattern) of each mention chosen, for the office pass.
    chosen: Vec<(usize, usize, u32)>,
}

impl FindScratch {
    /// Bytes held by the buffers.
    fn footprint(&self) -> usize {
        let triple = std::mem::size_of::<(usize, usize, u32)>();
        (self.cands.capacity()
            + self.offices.capacity()
            + self.upcoming.capacity()
            + self.chosen.capacity())
            * triple
            + self.keyed.capacity() * std::mem::size_of::<u128>()
    }
}

thread_local! {
    /// The search buffers, reused by the next call on this thread.
    static FIND_SCRATCH: std::cell::RefCell<FindScratch> =
        std::cell::RefCell::new(FindScratch::default());
}

/// Search buffers over this size (all together) are freed after the call rather than kept.
const FIND_SCRATCH_KEEP: usize = 32 << 20;

/// A name of an entity before compilation.
struct NameRec<'a> {
    entity: usize,
    field: &'static str,
    /// As written: borrowed from the entity, or derived.
    name: Cow<'a, str>,
    key: String,
    own: Option<Period>,
    ambiguous: bool,
    office: bool,
}

/// `s` normalized and trimmed ([`norm_key`]), each string once: later asks of the same string
/// get a copy of its key from `cache`.
fn norm_cached<'a>(
    cache: &mut HashMap<&'a str, String, FnvBuild>,
    n: &Normalizer,
    s: &'a str,
) -> String {
    if let Some(k) = cache.get(s) {
        return k.clone();
    }
    let k = norm_key(n, s);
    cache.insert(s, k.clone());
    k
}

/// The keys of `words` ([`norm_cached`]), but for the empty ones.
fn norm_all<'a>(
    cache: &mut HashMap<&'a str, String, FnvBuild>,
    n: &Normalizer,
    words: &'a [String],
) -> Vec<String> {
    words
        .iter()
        .map(|w| norm_cached(cache, n, w))
        .filter(|k| !k.is_empty())
        .collect()
}

/// Where piece `i` of a buffer of pieces laid end to end lies, given where each piece ends.
fn piece(ends: &[usize], i: usize) -> Range<usize> {
    (if i == 0 { 0 } else { ends[i - 1] })..ends[i]
}

/// An office title standing alone names its holder; one followed within this many words by
/// the holder's name (`المبعوث الأممي إلى ليبيا غسان سلامة`) does not: the name is the mention.
const OFFICE_NAME_AFTER_WORDS: usize = 4;
/// … nor one this many words after the holder's name (`سلامة، المبعوث الأممي`).
const OFFICE_NAME_BEFORE_WORDS: usize = 1;
/// How far before a person's name `برئاسة` and the government it heads are looked for, in
/// bytes of the normalized text: seven words and more ([`Gazetteer::led_government`]).
const LED_WINDOW_BYTES: usize = 300;

impl Gazetteer {
    pub(super) fn compile(
        entities: Vec<Entity>,
        origins: &[Origin],
        index: HashMap<String, usize, FnvBuild>,
        cues: &[(EntityKind, String)],
        nationalities: &[Nationality],
    ) -> Result<Gazetteer, Error> {
        let n = Normalizer::search();
        let mut frames = Frames::new(&entities, nationalities, &n);
        let mut kind_cues: [Vec<String>; 3] = Default::default();
        for (k, c) in cues {
            let c = norm_key(&n, c);
            if !c.is_empty() {
                kind_cues[kind_index(*k)].push(c);
            }
        }
        let recs = name_records(&entities, origins, &n)?;
        let (gates, groups) = resolve_gates(&recs, &entities, origins)?;

        let mut alias_text = Vec::with_capacity(recs.len());
        // Per pattern: its form, and (names without Latin letters) the form in the compact
        // alphabet, each in one buffer for all (pattern `i` ends at `ends[i]`).
        let mut key_text = String::with_capacity(recs.len() * 40);
        let mut key_ends: Vec<usize> = Vec::with_capacity(recs.len() * 2);
        let mut compact_bytes: Vec<u8> = Vec::with_capacity(recs.len() * 20);
        let mut compact_ends: Vec<usize> = Vec::with_capacity(recs.len() * 2);
        let mut patterns = Vec::with_capacity(recs.len() * 2);
        // The forms of the current Latin name (with their article rules), and where the
        // spaces of the current space-free form were.
        let mut latin_forms: Vec<(String, Article)> = Vec::new();
        let mut spaces: Vec<u16> = Vec::new();
        // Where the patterns of the current entity begin (records come grouped by entity).
        let mut entity_start = 0usize;
        let mut current = usize::MAX;
        let mut canon: Option<String> = None;
        // The short titles of the offices of people (already normalized) with the body names
        // they need, and the multi-word names of organizations that are such a body
        // (`context_titles`).
        let wanted = short_title_candidates(&recs, &entities);
        let mut bodies: HashMap<String, Vec<u32>, FnvBuild> = HashMap::default();
        {
            let wanted_bodies: std::collections::HashSet<&str, FnvBuild> =
                wanted.iter().map(|w| w.body.as_str()).collect();
            for r in &recs {
                if entities[r.entity].kind == EntityKind::Organization
                    && !r.office
                    && !r.ambiguous
                    && r.own.is_none()
                    && matches!(r.field, "arabic" | "aliases")
                    && wanted_bodies.contains(r.key.as_str())
                {
                    let v = bodies.entry(r.key.clone()).or_default();
                    if !v.contains(&(r.entity as u32)) {
                        v.push(r.entity as u32);
                    }
                }
            }
        }
        for (r, &gate) in recs.into_iter().zip(&gates) {
            if r.entity != current {
                current = r.entity;
                entity_start = patterns.len();
                canon = None;
            }
            let e = &entities[r.entity];
            let home = if r.ambiguous && !r.office {
                frames.home_portfolio(e, &r.key, &n)
            } else {
                None
            };
            // (The entity's canonical key is normalized once, for its first name that may be
            // a bare home name.)
            let home_bare = home.is_none()
                && frames.may_be_home_shape(e)
                && frames.home_shape(
                    canon.get_or_insert_with(|| super::norm_key(&n, &e.arabic)),
                    &r.key,
                );
            let ai = alias_text.len() as u32;
            alias_text.push(r.name.into_owned());
            let key = &r.key;
            let has_article = key.starts_with("ال") && key.chars().count() > 3;
            // A name of several words whose first word has no article is a construct or a
            // noun with its own qualifier (`زاوية المحجوب`, `حكومة زيدان`, `أمازيغ ليبيا`):
            // Arabic never puts the article on its first word, so `الحكومة زيدان` is no match.
            let construct = key.contains(' ');
            let article = if has_article {
                Article::Present
            } else if (e.kind == EntityKind::Person || construct) && !r.office {
                Article::Forbidden
            } else {
                Article::None
            };
            let dropped = has_article.then(|| &key["ال".len()..]);
            // Multi-word names also match with spaces missing (scraped text). A name without
            // Latin letters is compiled without its spaces and matched against the text with
            // its spaces removed (`space_free`); where the text has a space inside a match, the
            // name must have one (`Pattern::spaces`). A Latin name is matched against the text
            // as it is, so its forms with one space and with all spaces missing are compiled.
            let latin = key.bytes().any(|b| b.is_ascii_alphabetic());
            let written = std::iter::once((key.as_str(), article))
                .chain(dropped.map(|d| (d, Article::Dropped)));
            latin_forms.clear();
            let mut space_free = None;
            if latin {
                latin_forms.extend(written.map(|(k, a)| (k.to_string(), a)));
                for f in 0..latin_forms.len() {
                    let a = latin_forms[f].1;
                    for v in fused_variants(&latin_forms[f].0) {
                        latin_forms.push((v, a));
                    }
                }
            } else {
                space_free = Some(written);
            }
            let mut latin_at = 0;
            loop {
                // The next form, appended to the buffers (taken back if it is not kept).
                let (text_at, compact_at) = (key_text.len(), compact_bytes.len());
                spaces.clear();
                let (art, shared) = if let Some(written) = &mut space_free {
                    let Some((k, a)) = written.next() else {
                        break;
                    };
                    let shared = compact::compact_space_free_into(
                        k,
                        &mut key_text,
                        &mut spaces,
                        &mut compact_bytes,
                    );
                    (a, shared)
                } else {
                    let Some((k, a)) = latin_forms.get(latin_at) else {
                        break;
                    };
                    latin_at += 1;
                    key_text.push_str(k);
                    (*a, false)
                };
                let form = &key_text[text_at..];
                // Forms of the same entity are compiled once per article rule, unless a period
                // tells them apart (a short linear scan: an entity has tens of forms at most).
                // `جضران` (a name of its own) and `جضران` (`الجضران` after ل, which needs `لل`)
                // are two patterns.
                if gate == Gate::Always
                    && (entity_start..patterns.len()).any(|i| {
                        let p: &Pattern = &patterns[i];
                        p.gate == Gate::Always
                            && p.office == r.office
                            && p.article == art
                            && &key_text[piece(&key_ends, i)] == form
                            && p.spaces[..] == spaces[..]
                    })
                {
                    key_text.truncate(text_at);
                    compact_bytes.truncate(compact_at);
                    continue;
                }
                let exact = shared.then(|| form.into());
                key_ends.push(key_text.len());
                compact_ends.push(compact_bytes.len());
                patterns.push(Pattern {
                    entity: r.entity as u32,
                    alias: ai,
                    article: art,
                    ambiguous: r.ambiguous,
                    office: r.office,
                    home,
                    home_bare,
                    gate,
                    spaces: spaces[..].into(),
                    exact,
                });
            }
        }
        let has_offices = patterns.iter().any(|p| p.office);
        // Each cue, title, office and block word normalized once: the same few hundred come
        // back entity after entity.
        let mut norm_cache: HashMap<&str, String, FnvBuild> = HashMap::default();
        let licences = entities
            .iter()
            .map(|e| {
                let mut l: Vec<(String, Gate)> = e
                    .cues
                    .iter()
                    .map(|c| (norm_cached(&mut norm_cache, &n, c), Gate::Always))
                    .collect();
                for t in &e.titles {
                    if let Ok((name, own)) = split_period(t) {
                        l.push((
                            norm_cached(&mut norm_cache, &n, name),
                            own.map_or(Gate::Always, Gate::Within),
                        ));
                    }
                }
                for o in &e.offices {
                    if let Ok((name, own)) = split_period(o) {
                        l.push((norm_cached(&mut norm_cache, &n, name), office_gate(own, e)));
                    }
                }
                l.retain(|(c, _)| !c.is_empty());
                l
            })
            .collect();
        let context_titles = context_titles(&entities, &bodies, wanted);
        drop(bodies);
        let before: Vec<Vec<String>> = entities
            .iter()
            .map(|e| norm_all(&mut norm_cache, &n, &e.block_before))
            .collect();
        let after: Vec<Vec<String>> = entities
            .iter()
            .map(|e| norm_all(&mut norm_cache, &n, &e.block_after))
            .collect();
        drop(norm_cache);
        // A person's name right after the head noun of a place names the place; after a
        // word for a tribe, the tribe.
        let place_heads = PLACE_HEADS
            .iter()
            .chain(TRIBE_HEADS)
            .map(|w| norm_key(&n, w))
            .filter(|w| !w.is_empty())
            .collect();
        let (given_names, own_given) = given_names(&entities, |w| norm_key(&n, w));
        let (automata, joins) = {
            let keys: Vec<&str> = (0..key_ends.len())
                .map(|i| &key_text[piece(&key_ends, i)])
                .collect();
            let compact: Vec<&[u8]> = (0..compact_ends.len())
                .map(|i| &compact_bytes[piece(&compact_ends, i)])
                .collect();
            build_automata(&keys, &compact)
        };
        let affiliations: Vec<Vec<u32>> = entities
            .iter()
            .map(|e| {
                e.affiliation
                    .iter()
                    .filter_map(|a| index.get(a).map(|&i| i as u32))
                    .collect()
            })
            .collect();
        let parents = licensing_parents(&entities, &affiliations);
        let points = points(&entities, &index);
        Ok(Gazetteer {
            points,
            entities,
            index,
            licences,
            kind_cues,
            before,
            place_heads,
            given_names,
            own_given,
            after,
            alias_text,
            patterns,
            groups,
            has_offices,
            automata,
            joins,
            affiliations,
            parents,
            frames,
            context_titles,
        })
    }

    /// Finds mentions in a text already normalized with [`Normalizer::search`]: the pipeline's
    /// entry point, so a document is normalized once. Mentions come sorted by position.
    ///
    /// With [`FindOptions::date`], names, titles and offices bound to a period resolve
    /// against it. An office title standing alone (not next to its holder's name) is a mention
    /// of its holder at that date; it spans the title, and entities named inside the title
    /// (`المجلس الرئاسي` in `رئيس المجلس الرئاسي`) are still found, so its mention may
    /// contain others.
    ///
    /// ```
    /// use libya_nlp::{Gazetteer, Normalizer};
    /// use libya_nlp::gazetteer::FindOptions;
    /// use libya_nlp::span::CharIndex;
    /// let text = "اجتماع في طرابلس";
    /// let norm = Normalizer::search().normalize_with_offsets(text);
    /// let m = Gazetteer::libya().find_normalized(text, &norm, &CharIndex::new(text), &FindOptions::default());
    /// assert_eq!(m[0].span.text, "طرابلس");
    /// ```
    pub fn find_normalized(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        options: &FindOptions,
    ) -> Vec<Mention> {
        // The text in the compact alphabet without its spaces, and where each space was: what
        // names compiled without spaces are matched against.
        // (Buffers kept per thread between calls: no allocation, no fresh pages per document.)
        let compact = if self.automata.iter().any(|a| a.2) {
            compact::take_filled(norm.text())
        } else {
            Compact::default()
        };
        let out = self.find_in(original, norm, chars, options, &compact, None);
        compact::give_back(compact);
        out
    }

    /// [`find_normalized`](Self::find_normalized) with the compact view of `norm.text()`
    /// already filled (the analyzer fills it once for names and event triggers).
    ///
    /// With `addresses`, the towns written inside another place's name (`مطار طرابلس`,
    /// `الكلية الجوية بمصراتة`), which are that place's address and no mention of their own,
    /// are pushed there, in text order, as the mentions they would have been: the records
    /// stage reads where the place is from them.
    pub(crate) fn find_in(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        options: &FindOptions,
        compact: &Compact,
        mut addresses: Option<&mut Vec<Mention>>,
    ) -> Vec<Mention> {
        let doc = DocViews {
            original,
            norm,
            chars,
            options,
        };
        let t = norm.text();
        let date = options.date;
        // Buffers kept per thread between calls (no allocation, no fresh pages per document).
        let mut scratch = FIND_SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()));
        let FindScratch {
            cands,
            offices,
            upcoming,
            keyed,
            chosen,
        } = &mut scratch;
        // Candidates: (start, end, pattern), boundary-, period- and context-checked.
        cands.clear();
        offices.clear();
        upcoming.clear();
        chosen.clear();
        // Spans of person names blocked as the name of a place (`حي محمد المنفور`): a shorter
        // name of a person inside one is blocked too (`المنفور`).
        let mut place_named: Vec<(usize, usize)> = Vec::new();
        // Names blocked by the words around them, (start, entity, end): a shorter name of the
        // same entity from the same start is blocked with them (`الجيش الوطني الليبي التابع
        // لحكومة الوفاق` is not the LNA, nor is `الجيش الوطني` in it).
        let mut blocked_names: Vec<(usize, u32, usize)> = Vec::new();
        let gaps = &compact.gaps;
        for (ac, ids, space_free) in &self.automata {
            let hay: &[u8] = if *space_free {
                compact.bytes()
            } else {
                t.as_bytes()
            };
            let mut cursor = 0usize;
            // The run of characters of one width that holds the end of the match: moves
            // forward with the ends.
            let mut run = 0usize;
            // Names with Latin letters are looked for only near Latin letters: Arabic text
            // without any is not scanned by that automaton at all.
            // (The compact view, filled from the same text, knows where its letters are.)
            let windows = if *space_free {
                std::iter::once(0..hay.len()).collect()
            } else if let Some(runs) = compact.latin_runs(hay.len()) {
                windows_around(runs.iter().cloned(), ac.max_pattern_len(), hay.len())
            } else {
                latin_windows(hay, ac.max_pattern_len())
            };
            // A match of pattern `pi` at `m_start..m_end` of `hay`, checked; matches come by
            // non-decreasing end.
            // Whether the text names the home state at all (asked once, for the first bare
            // home-state ministry).
            let home_named: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
            let mut consider = |m_start: usize, m_end: usize, pi: u32| {
                let p = &self.patterns[pi as usize];
                let (s, e) = if *space_free {
                    let (qs, qe) = (m_start, m_end);
                    // Spaces removed before the match, and inside it: matches come by
                    // non-decreasing end, so `hi` (the first gap at or after the end) only
                    // moves forward, and the few gaps inside a name are counted back from it.
                    // A form that begins with a space (`ال ميساجيرو` without its article)
                    // begins at that space.
                    while cursor < gaps.len() && gaps[cursor] < qe {
                        cursor += 1;
                    }
                    let hi = cursor;
                    let lead = p.spaces.first() == Some(&0);
                    // At most four spaces where the name has one: a longer run is no name
                    // (and the walk back stays short on any input).
                    let most = 4 * p.spaces.len();
                    let mut lo = hi;
                    while lo > 0 && (gaps[lo - 1] > qs || (lead && gaps[lo - 1] == qs)) {
                        lo -= 1;
                        if hi - lo > most {
                            break;
                        }
                    }
                    if hi - lo > most {
                        return;
                    }
                    if !gaps[lo..hi]
                        .iter()
                        .all(|&g| u16::try_from(g - qs).is_ok_and(|o| p.spaces.contains(&o)))
                    {
                        return;
                    }
                    // Back to the text: its bytes before each end, plus the spaces.
                    // (No runs: the text is all spaces, every offset has no byte before it.)
                    let runs = &compact.runs;
                    let (ws, we) = if runs.is_empty() {
                        (0, 0)
                    } else {
                        while run + 1 < runs.len() && runs[run + 1].0 < qe {
                            run += 1;
                        }
                        let mut r = run;
                        while r > 0 && runs[r].0 > qs {
                            r -= 1;
                        }
                        (compact.width_in_run(r, qs), compact.width_in_run(run, qe))
                    };
                    let (s, e) = (ws + compact.gap_bytes[lo], we + compact.gap_bytes[hi]);
                    if let Some(x) = &p.exact {
                        let spelled = t[s..e]
                            .chars()
                            .filter(|&c| c != ' ' && c != '_' && !is_quote_char(c));
                        if !spelled.eq(x.chars()) {
                            return;
                        }
                    }
                    (s, e)
                } else {
                    (m_start, m_end)
                };
                // A number opened in parentheses inside the name (`اللواء (444)`) closes in it.
                let e =
                    if t[s..e].contains('(') && !t[s..e].contains(')') && t[e..].starts_with(')') {
                        e + 1
                    } else {
                        e
                    };
                if !words::is_word_end(t, e) {
                    return;
                }
                let Some(ws) = words::word_start(t, s, words::MAX_PROCLITIC_CHARS) else {
                    return;
                };
                // `للواء` is ل + اللواء: a name whose word after the article begins with ل
                // shows no article at all after the preposition.
                let lam_merged =
                    p.article == Article::Dropped && words::lam_article_ok(&t[ws..s], &t[s..]);
                if !lam_merged && !words::proclitic_ok(&t[ws..s], p.article) {
                    return;
                }
                // An office whose holder takes it up soon after the date is kept apart: a
                // title followed by `الجديد`/`المنتخب` names that holder.
                let soon = if p.gate.admits(date, &self.groups) {
                    false
                } else if p.office && p.gate.starts_soon(date) {
                    true
                } else {
                    return;
                };
                let ent = p.entity as usize;
                // A title after a word of a lesser post names that other office (`وكيل وزير
                // الدفاع`, `نائب رئيس المجلس الرئاسي`), not the holder's.
                if p.office && {
                    let before = t[..ws].trim_end_matches([' ', '"', '«']);
                    DEPUTY_WORDS
                        .iter()
                        .any(|w| super::license::ends_with_word(before, w))
                } {
                    return;
                }
                if self.after_place_head(t, ws, ent) {
                    place_named.push((s, e));
                    return;
                }
                if self.blocked(t, ws, e, ent) {
                    // Where the candidate would start (below).
                    let start = if p.article == Article::Dropped && !lam_merged {
                        s - 'ل'.len_utf8()
                    } else {
                        s
                    };
                    blocked_names.push((start, p.entity, e));
                    return;
                }
                if !p.office
                    && !self.alias_text[p.alias as usize].contains(' ')
                    && ((self.after_other_given_name(t, ws, s, ent)
                        // A title of the person's own may end in a given name (`آمر كتيبة
                        // طارق بن زياد صدام`): it licenses the name as ever.
                        && !self.licensed(t, (s, e), ent, date))
                        || (p.ambiguous && self.given_name_of_other(t, ws, s, e, ent)))
                {
                    return;
                }
                if p.home_bare && !*home_named.get_or_init(|| self.frames.home_named(t)) {
                    return;
                }
                if let Some(h) = p.home {
                    if !*home_named.get_or_init(|| self.frames.home_named(t))
                        || self.frames.foreign_framed(t, s, e, h)
                    {
                        return;
                    }
                }
                // The article's ل belongs to the name: ل|لجيش.
                let start = if p.article == Article::Dropped && !lam_merged {
                    s - 'ل'.len_utf8()
                } else {
                    s
                };
                if soon {
                    upcoming.push((start, e, pi));
                } else if p.office {
                    offices.push((start, e, pi));
                } else {
                    cands.push((start, e, pi));
                }
            };
            // Heads of names compiled in two parts ([`Joins`]) that ended lately: (end, head).
            let mut heads: Vec<(usize, u32)> = Vec::new();
            // Every match, by end (each window searched on its own, from the start state),
            // checked as the walk finds it.
            for w in windows {
                let win = hay.get(w.clone()).unwrap_or_default();
                let mut sid = ac.start();
                let mut from = 0;
                while let Some(at) = ac.next_match(win, from, &mut sid) {
                    from = at + 1;
                    let m_end = w.start + from;
                    for &(m_pid, len) in ac.matches(sid) {
                        let m_start = m_end - len as usize;
                        let id = ids[m_pid as usize];
                        if id & JOIN_HEAD != 0 {
                            heads.push((m_end, id & !JOIN_HEAD));
                        } else if id & JOIN_TAIL != 0 {
                            // A name of two parts: its head ended where this tail begins.
                            if heads.is_empty() {
                                continue;
                            }
                            let joins = &self.joins;
                            heads.retain(|h| h.0 + joins.max_tail >= m_end);
                            for &(h_end, h) in &heads {
                                if h_end == m_start {
                                    for &pi in joins.patterns(h, id & !JOIN_TAIL) {
                                        consider(m_start - joins.head_len[h as usize], m_end, pi);
                                    }
                                }
                            }
                        } else {
                            consider(m_start, m_end, id);
                        }
                    }
                }
            }
        }
        if !blocked_names.is_empty() {
            blocked_names.sort_unstable();
            cands.retain(|&(cs, ce, pi)| {
                let ent = self.patterns[pi as usize].entity;
                // The longest blocked name of this entity from this start (sorted by end).
                let i = blocked_names.partition_point(|b| (b.0, b.1) <= (cs, ent));
                !(i > 0 && {
                    let b = blocked_names[i - 1];
                    (b.0, b.1) == (cs, ent) && b.2 > ce
                })
            });
        }
        if !place_named.is_empty() {
            cands.retain(|&(cs, ce, pi)| {
                self.entities[self.patterns[pi as usize].entity as usize].kind != EntityKind::Person
                    || !place_named.iter().any(|&(bs, be)| bs <= cs && ce <= be)
            });
        }
        // Leftmost first, longest first; non-ambiguous before ambiguous at equal spans.
        // (A key per candidate, so that comparing two does not look their patterns up: one
        // integer when offsets fit in 32 bits.)
        if u32::try_from(t.len()).is_ok() {
            keyed.clear();
            keyed.extend(cands.iter().map(|&(s, e, pi)| {
                let amb = self.patterns[pi as usize].ambiguous;
                (s as u128) << 96
                    | u128::from(u32::MAX - e as u32) << 64
                    | u128::from(amb) << 32
                    | u128::from(pi)
            }));
            keyed.sort_unstable();
            cands.clear();
            cands.extend(keyed.iter().map(|&k| {
                let e = u32::MAX - (k >> 64) as u32;
                ((k >> 96) as usize, e as usize, k as u32)
            }));
        } else {
            let mut keyed: Vec<(usize, std::cmp::Reverse<usize>, bool, u32)> = cands
                .iter()
                .map(|&(s, e, pi)| {
                    let amb = self.patterns[pi as usize].ambiguous;
                    (s, std::cmp::Reverse(e), amb, pi)
                })
                .collect();
            keyed.sort_unstable();
            cands.clear();
            cands.extend(keyed.into_iter().map(|(s, e, _, pi)| (s, e.0, pi)));
        }
        cands.dedup_by(|a, b| {
            a.0 == b.0 && a.1 == b.1 && {
                self.patterns[a.2 as usize].entity == self.patterns[b.2 as usize].entity
            }
        });
        // Office titles that name one holder at this date: like an unambiguous mention, they
        // license the holder's ambiguous names after them (`المبعوث الأممي … وأضاف سلامة`).
        offices.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        // Per entity, where the first such office ends (only when there are offices).
        let mut office_first: Option<Vec<usize>> = None;
        for group in offices.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let holder = self.patterns[group[0].2 as usize].entity;
            if group
                .iter()
                .all(|o| self.patterns[o.2 as usize].entity == holder)
            {
                let first =
                    office_first.get_or_insert_with(|| vec![usize::MAX; self.entities.len()]);
                let slot = &mut first[holder as usize];
                *slot = (*slot).min(group[0].1);
            }
        }
        let mut seen = vec![false; self.entities.len()];
        // The entities the document names unambiguously, found on first need (parent
        // licensing, [`Gazetteer::parent_named`]): once per document, not per candidate.
        let mut named: Option<Vec<bool>> = None;
        // At most one mention per candidate (and the few offices added after).
        let mut out = Vec::with_capacity(cands.len());
        // (start, end, entity) of each mention in `out`, for the office pass.
        let mut last_end = 0usize;
        // The last mention chosen outside any other: its span and entity.
        let mut container = (0usize, 0usize, u32::MAX);
        // Where the last place chosen outside any other ends: a place name that is also a
        // common word is licensed by a place it is coordinated with (`القوارشة وسيدي فرج`).
        let mut last_place: Option<usize> = None;
        // The same for armed groups: forces listed together are forces (`بين جهاز الردع
        // والحرس الرئاسي`).
        let mut last_force: Option<usize> = None;
        // Places are coordinated with places, armed groups with armed groups.
        let class = |ent: usize| {
            let x = &self.entities[ent];
            if x.kind == EntityKind::Location {
                Some(true)
            } else if x.category == "armed_group" {
                Some(false)
            } else {
                None
            }
        };
        for (ci, &(s, e, pi)) in cands.iter().enumerate() {
            let p = &self.patterns[pi as usize];
            let ent = p.entity as usize;
            let overlaps = s < last_end;
            if overlaps && !options.nested {
                // Inside a longer name: reported only when it names one of that name's
                // affiliations that is a place or a government (`ميليشيات مصراتة` → Misrata,
                // `وزارة الصحة بحكومة الوحدة الوطنية` → the GNU; not the UN in `بعثة الأمم
                // المتحدة`, whose mission is the mention; not a town inside another place's
                // name, `مطار طرابلس`, `ميناء مصراتة`, where it is the place's address), or the
                // person who heads a government or leads a force, named in full (`حكومة فتحي
                // باشاغا` → also Bashagha, `كتائب العقيد معمر القذافي` → also Gaddafi; a surname
                // alone, `حكومة الدبيبة`, `كتائب القذافي`, only labels the government or force).
                let (cs, ce, cent) = container;
                let inner = &self.entities[ent];
                let head_in_full = inner.kind == EntityKind::Person
                    && self.entities.get(cent as usize).is_some_and(|c| {
                        matches!(c.category.as_str(), "government" | "armed_group")
                    })
                    && self.alias_text[p.alias as usize].contains(' ');
                // A town inside a place's name is that place's address, not a mention of
                // its own (`مطار طرابلس`, `الكلية الجوية بمصراتة`): the place is the mention.
                // So is a country inside its capital's name (`الجزائر العاصمة`, `تونس
                // العاصمة`): the city is the most specific place.
                // (A quarter too: `مستشفى الهواري العام` is the hospital, in al-Hawari.)
                let town_in_place = inner.kind == EntityKind::Location
                    && matches!(
                        inner.category.as_str(),
                        "city" | "town" | "country" | "neighborhood"
                    )
                    && self
                        .entities
                        .get(cent as usize)
                        .is_some_and(|c| c.kind == EntityKind::Location);
                let named_affiliation = s >= cs
                    && e <= ce
                    && ent as u32 != cent
                    && !p.ambiguous
                    && (inner.kind == EntityKind::Location
                        || inner.category == "government"
                        || head_in_full)
                    && self
                        .affiliations
                        .get(cent as usize)
                        .is_some_and(|a| a.contains(&(ent as u32)));
                if !named_affiliation
                    || out
                        .last()
                        .is_some_and(|m: &Mention| m.id == self.entities[ent].id)
                {
                    continue;
                }
                seen[ent] = true;
                if town_in_place {
                    // The place's address: named (it licenses the town's ambiguous names
                    // after it, as a mention would), kept for the records stage, not reported.
                    if let Some(a) = addresses.as_deref_mut() {
                        if a.last()
                            .is_none_or(|m| m.id != self.entities[ent].id || m.norm.start < cs)
                        {
                            a.push(self.mention(original, norm, chars, s..e, p));
                        }
                    }
                    continue;
                }
                if self.has_offices {
                    chosen.push((s, e, pi));
                }
                out.push(self.mention(original, norm, chars, s..e, p));
                continue;
            }
            if p.ambiguous
                && p.home.is_none()
                && !seen[ent]
                && office_first.as_ref().is_none_or(|f| f[ent] > s)
                && !self.licensed(t, (s, e), ent, date)
                && !self.parent_named(ent, cands, &mut named)
                && !class(ent).is_some_and(|place| {
                    // A force's one-word name is a common noun (`الردع`, `القاعدة`): only a
                    // name of two words or more is licensed by its neighbour.
                    if !place && !self.alias_text[p.alias as usize].contains(' ') {
                        return false;
                    }
                    let last = if place { last_place } else { last_force };
                    self.coordinated_place(t, (s, e), last, {
                        // The next unambiguous name of the same class starting just after
                        // this one.
                        cands[ci + 1..]
                            .iter()
                            .take_while(|c| c.0 <= e + 8)
                            .find(|c| {
                                let q = &self.patterns[c.2 as usize];
                                c.0 > e && !q.ambiguous && class(q.entity as usize) == Some(place)
                            })
                            .map(|c| c.0)
                    })
                })
            {
                continue;
            }
            // A bare home ministry told with its government (`وزارة الصحة في حكومة الوحدة
            // الوطنية`, `التابعة لحكومة الوفاق`) spans it, as its names with `ب` do: the
            // government is named inside the ministry's mention, no side of its own.
            let e = if p.home.is_some() && !overlaps {
                self.home_government_end(t, e, ent, &cands[ci + 1..])
                    .unwrap_or(e)
            } else {
                e
            };
            if !overlaps {
                last_end = e;
                container = (s, e, p.entity);
                last_place = (class(ent) == Some(true)).then_some(e);
                last_force = (class(ent) == Some(false)).then_some(e);
                if !p.ambiguous {
                    seen[ent] = true;
                }
            }
            if self.has_offices {
                chosen.push((s, e, pi));
            }
            out.push(self.mention(original, norm, chars, s..e, p));
        }
        if !offices.is_empty() || !upcoming.is_empty() {
            upcoming.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
            let found = OfficesFound {
                offices,
                upcoming,
                chosen,
            };
            self.add_offices(doc, &found, &mut out);
        }
        if scratch.footprint() <= FIND_SCRATCH_KEEP {
            FIND_SCRATCH.with(|s| *s.borrow_mut() = scratch);
        }
        // Names sharing a dual or plural head (`حقلي الشرارة والفيل`).
        self.shared_heads(doc, &mut out);
        self.led_government(doc, &mut out);
        self.titles_of_named_bodies(doc, &mut out);
        out
    }

    /// `عقد المجلس الأعلى للدولة جلسة بحضور رئيس المجلس`, `استقبله وزير الداخلية ووزير
    /// المواصلات في حكومة الوفاق الوطني`: an office title shortened to its title and the head
    /// noun of its body (`رئيس المجلس`), or told without the government that qualifies it
    /// (`وزير الداخلية`), names the holder of that office at the document's date when its
    /// sentence names the body, and no other body of the same short title. Not with no date,
    /// not a word of a lesser post before it (`نائب رئيس المجلس`), not a former or new holder
    /// after it, and not when a person's name follows it (the name decides).
    fn titles_of_named_bodies(&self, doc: DocViews<'_>, out: &mut Vec<Mention>) {
        let (original, norm, chars, options) = doc.parts();
        let (Some(date), false) = (options.date, self.context_titles.by_body.is_empty()) else {
            return;
        };
        let t = norm.text();
        // (span, holder, body) of each short title found.
        let mut found: Vec<(usize, usize, u32, u32)> = Vec::new();
        // The sentences already searched for each body (one search per body and sentence).
        let mut searched: std::collections::HashSet<(usize, usize, usize), FnvBuild> =
            Default::default();
        // Per body, its short titles held at the date (found on first need).
        let mut held: HashMap<usize, Vec<u32>, FnvBuild> = HashMap::default();
        let mut window: Option<(usize, usize)> = None;
        // Where the sentences end (one pass, on first need).
        let ends: std::cell::OnceCell<Vec<usize>> = std::cell::OnceCell::new();
        for m in out.iter() {
            let Some(&body) = self.index.get(&m.id) else {
                continue;
            };
            let Some(list) = self.context_titles.by_body.get(&(body as u32)) else {
                continue;
            };
            let list = held.entry(body).or_insert_with(|| {
                list.iter()
                    .copied()
                    .filter(|&ci| {
                        self.context_titles.titles[ci as usize]
                            .gate
                            .admits(Some(date), &self.groups)
                    })
                    .collect()
            });
            if list.is_empty() {
                continue;
            }
            // (Mentions come in text order: the sentence of the last one, when this one lies
            // inside it, is this one's.)
            let (lo, hi) = match window {
                Some((lo, hi)) if m.norm.start >= lo && m.norm.end <= hi => (lo, hi),
                _ => sentence_around(
                    t,
                    ends.get_or_init(|| sentence_ends(t)),
                    m.norm.start,
                    m.norm.end,
                ),
            };
            window = Some((lo, hi));
            if !searched.insert((body, lo, hi)) {
                continue;
            }
            // (Another state's forces named in the sentence may be whose title it is: `قال
            // المتحدث باسم الجيش المصري إن القائد العام للقوات المسلحة التقى وفدا من الجيش
            // الليبي`.)
            // (The mentions are in text order: those of the sentence found by search.)
            let foreign_forces = out[out.partition_point(|x| x.norm.start < lo)..]
                .iter()
                .take_while(|x| x.norm.start < hi)
                .any(|x| {
                    self.index.get(&x.id).is_some_and(|&k| {
                        let e = &self.entities[k];
                        e.category == "armed_group"
                            && e.affiliation.iter().any(|a| {
                                a != "libya"
                                    && self
                                        .index
                                        .get(a)
                                        .is_some_and(|&c| self.entities[c].category == "country")
                            })
                    })
                });
            if foreign_forces {
                continue;
            }
            let sent = &t[lo..hi];
            for &ci in list.iter() {
                let c = &self.context_titles.titles[ci as usize];
                for (q, _) in sent.match_indices(c.key.as_str()) {
                    let (s, e) = (lo + q, lo + q + c.key.len());
                    if !words::is_word_end(t, e) {
                        continue;
                    }
                    let Some(ws) = words::word_start(t, s, words::MAX_PROCLITIC_CHARS) else {
                        continue;
                    };
                    if !words::proclitic_ok(&t[ws..s], Article::Present) {
                        continue;
                    }
                    found.push((s, e, c.holder, body as u32));
                }
            }
        }
        if found.is_empty() {
            return;
        }
        found.sort_unstable();
        found.dedup();
        let mut add: Vec<Mention> = Vec::new();
        for group in found.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (s, e, holder, body) = group[0];
            // One holder (one body) for the span, else nobody.
            if group.iter().any(|g| g.2 != holder) {
                continue;
            }
            // A longer short title at the same start wins (`رئيس المجلس الرئاسي` over
            // `رئيس المجلس`): groups come by start, then end.
            let next = found.partition_point(|g| (g.0, g.1) <= (s, e));
            if found.get(next).is_some_and(|g| g.0 == s) {
                continue;
            }
            let body_id = &self.entities[body as usize].id;
            // Free of every mention but the body's own head inside it.
            // (The mentions are in text order: those that may overlap the title start at most
            // a window before it.)
            let from = out.partition_point(|m| m.norm.start + LED_WINDOW_BYTES < s);
            let clear = out[from..]
                .iter()
                .take_while(|m| m.norm.start < e)
                .all(|m| {
                    m.norm.end <= s || (m.id == *body_id && m.norm.start >= s && m.norm.end <= e)
                });
            if !clear || add.last().is_some_and(|a: &Mention| s < a.norm.end) {
                continue;
            }
            let before = t[..s].trim_end_matches([' ', '"', '«']);
            if DEPUTY_WORDS
                .iter()
                .any(|w| super::license::ends_with_word(before, w))
                || under_other_title(t, s)
                || office_modifier(t, e) != Modifier::Plain
                || self.frames.office_abroad(t, e)
            {
                continue;
            }
            // A person named right after it: the name decides.
            let after = out.partition_point(|m| m.norm.start < e);
            let named_after = out[after..]
                .iter()
                .take(OFFICE_NAME_AFTER_WORDS + 1)
                .any(|m| {
                    m.kind == EntityKind::Person
                        && t.get(e..m.norm.start)
                            .is_some_and(|g| word_gap(g, OFFICE_NAME_AFTER_WORDS))
                });
            if named_after {
                continue;
            }
            let h = &self.entities[holder as usize];
            let orig = norm.map().to_original_span(original, s..e);
            let span = chars.span(original, orig);
            let alias = span.text.clone();
            add.push(Mention::new(h, span, alias, s..e));
        }
        if !add.is_empty() {
            out.extend(add);
            sort_by_position(out);
        }
    }

    /// `انطلقت أعمال الحكومة الليبية برئاسة رئيس الوزراء المكلف من البرلمان فتحي باشاغا`: a
    /// bare government (`الحكومة`, at most two adjectives after it, named by no mention) led
    /// by a named person (`برئاسة`, at most six words before the name) is the government
    /// the gazetteer affiliates that person with, the one in force at the document's date
    /// (with no date, only a person affiliated with one government).
    fn led_government(&self, doc: DocViews<'_>, out: &mut Vec<Mention>) {
        let (original, norm, chars, options) = doc.parts();
        let t = norm.text();
        if !t.contains("برياسه") || !t.contains("الحكومه") {
            return;
        }
        let mut add: Vec<Mention> = Vec::new();
        for m in out.iter().filter(|m| m.kind == EntityKind::Person) {
            // `برئاسة` at most six words before the name (the words of a bounded window only:
            // no walk from the text's start for every person named).
            let mut lo = m.norm.start.saturating_sub(LED_WINDOW_BYTES);
            while !t.is_char_boundary(lo) {
                lo += 1;
            }
            let before = &t[..m.norm.start];
            let ws: Vec<Range<usize>> = words::words(&t[lo..m.norm.start])
                .map(|w| lo + w.start..lo + w.end)
                .collect();
            let Some(k) = ws
                .iter()
                .rev()
                .take(7)
                .position(|w| &before[w.clone()] == "برياسه")
                .map(|back| ws.len() - 1 - back)
            else {
                continue;
            };
            // No clause between (a full stop, a comma).
            if before[ws[k].end..].contains(['.', '،', ',', '؛']) {
                continue;
            }
            // `الحكومة` and at most two adjectives right before `برئاسة`.
            let Some(h) = (k.saturating_sub(3)..k)
                .rev()
                .find(|&j| &before[ws[j].clone()] == "الحكومه")
            else {
                continue;
            };
            let adjectives = (h + 1..k).all(|j| before[ws[j].clone()].starts_with("ال"));
            let head = ws[h].start..ws[k - 1].end;
            // (Mentions are in text order: those ending after the head's start, from the
            // first one that may overlap it.)
            let from = out.partition_point(|o| o.norm.start + LED_WINDOW_BYTES < head.start);
            if !adjectives
                || before[head.clone()].contains(['.', '،', ','])
                || out[from..]
                    .iter()
                    .take_while(|o| o.norm.start < head.end)
                    .any(|o| head.start < o.norm.end)
            {
                continue;
            }
            let Some(person) = self.index.get(&m.id).map(|&i| &self.entities[i]) else {
                continue;
            };
            let governments: Vec<&Entity> = person
                .affiliation
                .iter()
                .filter_map(|a| self.index.get(a).map(|&i| &self.entities[i]))
                .filter(|e| e.category == "government" && e.id != "libya")
                .filter(|e| options.date.is_none_or(|d| e.period().contains(d)))
                .collect();
            let [g] = governments[..] else {
                continue;
            };
            let orig = norm.map().to_original_span(original, head.clone());
            let span = chars.span(original, orig);
            let alias = span.text.clone();
            add.push(Mention::new(g, span, alias, head));
        }
        if !add.is_empty() {
            out.extend(add);
            sort_by_position(out);
        }
    }

    /// Where the government a bare home ministry ending at `end` belongs to ends, when it is
    /// named right after it, with `في`, `ب` or `التابعة ل` between (`وزارة الصحة في حكومة
    /// الوحدة الوطنية`): one of the ministry's affiliations, by an unambiguous name, among
    /// the candidates after it (`rest`).
    fn home_government_end(
        &self,
        t: &str,
        end: usize,
        ent: usize,
        rest: &[(usize, usize, u32)],
    ) -> Option<usize> {
        let affiliations = self.affiliations.get(ent)?;
        rest.iter()
            .take_while(|c| c.0 <= end + 40)
            .find(|c| {
                let q = &self.patterns[c.2 as usize];
                c.0 > end
                    && !q.ambiguous
                    && !q.office
                    && affiliations.contains(&q.entity)
                    && self.entities[q.entity as usize].category == "government"
                    && t.get(end..c.0).is_some_and(|gap| {
                        matches!(
                            gap.trim_matches(' '),
                            "في" | "ب" | "التابعه ل" | "التابع ل" | "التابعه" | "التابع"
                        )
                    })
            })
            .map(|c| c.1)
    }

    /// Does the document name, unambiguously, a parent of entity `ent` that licenses its
    /// ambiguous names (see [`licensing_parents`]): `الدريبي` in a text that names Tripoli,
    /// `البعثة` in one that names the United Nations?
    /// `named` holds, once computed from `cands`, which entities the document names so.
    fn parent_named(
        &self,
        ent: usize,
        cands: &[(usize, usize, u32)],
        named: &mut Option<Vec<bool>>,
    ) -> bool {
        let parents = &self.parents[ent];
        if parents.is_empty() {
            return false;
        }
        let named = named.get_or_insert_with(|| {
            let mut v = vec![false; self.entities.len()];
            for &(_, _, pi) in cands {
                let q = &self.patterns[pi as usize];
                if !q.ambiguous && !q.office {
                    v[q.entity as usize] = true;
                }
            }
            v
        });
        parents.iter().any(|&p| named[p as usize])
    }

    /// Office titles standing alone become mentions of their holder: leftmost-longest among
    /// themselves, dropped when two holders hold the title at the date, or when a name
    /// stands next to it (the holder's, or any person's written as the title's own: then
    /// the name decides). A title followed by `السابق`/`المقال` (former) names nobody; one
    /// followed by `الجديد`/`المنتخب` (new, elect) names the holder who takes office soon
    /// after the date, else a holder who took it up lately, else nobody.
    fn add_offices(&self, doc: DocViews<'_>, found: &OfficesFound<'_>, out: &mut Vec<Mention>) {
        let (original, norm, chars, options) = doc.parts();
        let t = norm.text();
        let (offices, upcoming, chosen) = (found.offices, found.upcoming, found.chosen);
        // The spans of both lists, leftmost first, longest first.
        let mut spans: Vec<(usize, usize)> = offices
            .iter()
            .chain(upcoming.iter())
            .map(|&(s, e, _)| (s, e))
            .collect();
        spans.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        spans.dedup();
        // The one holder of a span in `list` (Some(None) when several hold it), and a pattern.
        let holder_in = |list: &[(usize, usize, u32)], s: usize, e: usize| {
            let from = list.partition_point(|o| o.0 < s);
            let mut one: Option<Option<u32>> = None;
            for &(os, oe, pi) in list[from..].iter().take_while(|o| o.0 == s) {
                if oe != e {
                    continue;
                }
                let ent = self.patterns[pi as usize].entity;
                one = match one {
                    None => Some(Some(pi)),
                    Some(Some(q)) if self.patterns[q as usize].entity == ent => Some(Some(q)),
                    _ => Some(None),
                };
                debug_assert_eq!(os, s);
            }
            one
        };
        let mut added = false;
        let mut last_end = 0usize;
        // Whether the text is news of another state's conflict that names nothing of the home
        // state (asked once, for the first office: an office is added only when it is not, and
        // the mentions it adds are the home state's).
        let framed_abroad: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
        // The chosen mentions (the first `chosen.len()` of `out`) an office's holder drops.
        debug_assert_eq!(out.len(), chosen.len());
        let mut dropped: Vec<bool> = Vec::new();
        for &(s, e) in &spans {
            let current = holder_in(offices, s, e);
            let next = holder_in(upcoming, s, e);
            let modifier = office_modifier(t, e);
            // A span with no holder at the date counts only when `الجديد` points ahead.
            if current.is_none() && (modifier != Modifier::New || next.is_none()) {
                continue;
            }
            if s < last_end && !options.nested {
                continue;
            }
            last_end = last_end.max(e);
            // A title that is the complement of another's (`نائب رئيس المجلس الرئاسي`,
            // `النائب الأول لرئيس المؤتمر`, `الممثل الخاص للأمين العام للأمم المتحدة`) is
            // that other person's title: it names nobody.
            if under_other_title(t, s) {
                continue;
            }
            // `المبعوث الأممي إلى اليمن`: the office of another state.
            if self.frames.office_abroad(t, e) {
                continue;
            }
            let date = options.date;
            let pi = match modifier {
                Modifier::Former => None,
                Modifier::New => match (next, current) {
                    (Some(n), _) => n,
                    (None, Some(Some(c)))
                        if self.patterns[c as usize].gate.started_lately(date) =>
                    {
                        Some(c)
                    }
                    _ => None,
                },
                Modifier::Plain => current.flatten(),
            };
            let Some(pi) = pi else {
                continue;
            };
            let holder = self.patterns[pi as usize].entity;
            if self.office_named(t, (s, e), holder, chosen) {
                continue;
            }
            // `يجري المبعوث الأممي محادثات مع الحوثيين … في الحديدة`: a home-state office in a
            // text that names a place of another state's conflict, never the home state, and
            // nothing else of the home state's either, is that other state's office.
            if !self.abroad(holder as usize)
                && *framed_abroad.get_or_init(|| {
                    self.frames.framed_abroad(t)
                        // (Not the bodies inside office titles, `رئيس المجلس الرئاسي رشاد
                        // العليمي`: they are the offices' own words, no sign of the home state.)
                        && out
                            .iter()
                            .filter(|m| {
                                !spans
                                    .iter()
                                    .any(|&(a, b)| a <= m.norm.start && m.norm.end <= b)
                            })
                            .all(|m| self.index.get(&m.id).is_none_or(|&i| !self.home_bound(i)))
                })
            {
                continue;
            }
            let p = &self.patterns[pi as usize];
            out.push(self.mention(original, norm, chars, s..e, p));
            added = true;
            self.mark_other_period_bodies((s, e), holder, chosen, &mut dropped);
        }
        if dropped.iter().any(|&d| d) {
            let mut i = 0;
            out.retain(|_| {
                i += 1;
                !dropped.get(i - 1).copied().unwrap_or(false)
            });
        }
        if added {
            sort_by_position(out);
        }
    }

    /// Is entity `ent` of another state: a place abroad (a city or country with no district
    /// of the home state), or an entity whose affiliations lead to another state before any
    /// place of the home state (`وزير الدفاع التركي`)? International bodies and entities
    /// with no state in their affiliations are not.
    fn abroad(&self, ent: usize) -> bool {
        self.walk_affiliations(ent, |e, first| {
            if e.id == HOME_STATE || e.admin1.is_some() {
                Some(false)
            } else if e.kind == EntityKind::Location
                && (e.category == "country" || (e.category == "city" && first))
            {
                Some(true)
            } else {
                None
            }
        })
    }

    /// Walks from entity `ent` through its affiliations, depth first in their order (at most
    /// 33 entities, each once), until `decide` (given an entity and whether it is `ent`
    /// itself) answers; false when none does.
    fn walk_affiliations(
        &self,
        ent: usize,
        decide: impl Fn(&Entity, bool) -> Option<bool>,
    ) -> bool {
        let mut stack = vec![ent as u32];
        let mut seen: Vec<u32> = Vec::new();
        while let Some(i) = stack.pop() {
            if seen.contains(&i) || seen.len() > 32 {
                continue;
            }
            seen.push(i);
            let Some(e) = self.entities.get(i as usize) else {
                continue;
            };
            if let Some(answer) = decide(e, i as usize == ent) {
                return answer;
            }
            if let Some(a) = self.affiliations.get(i as usize) {
                stack.extend(a.iter().rev());
            }
        }
        false
    }

    /// Is entity `ent` of the home state, as [`Self::abroad`] reads it (not of another
    /// state), and no international body or one of its people (`الأمم المتحدة`, its
    /// spokesman): those are of no state and do not tie a text to the home state.
    fn home_bound(&self, ent: usize) -> bool {
        !self.abroad(ent) && !self.international(ent)
    }

    /// Is entity `ent` an international body (category `international`), or one whose
    /// affiliations lead to one before any state or place of the home state?
    fn international(&self, ent: usize) -> bool {
        self.walk_affiliations(ent, |e, _| {
            if e.category == "international" {
                Some(true)
            } else if e.id == HOME_STATE
                || e.admin1.is_some()
                || (e.kind == EntityKind::Location && e.category == "country")
            {
                Some(false)
            } else {
                None
            }
        })
    }

    /// Marks in `dropped` (indexed like `chosen`) the names inside the office at `s..e`,
    /// now a mention of `holder`, that the date alone resolved (a name shared by period, or
    /// one with a period of its own) to a body that is neither the holder's nor holds him:
    /// inside the title the body is the holder's own (`رئيس الأركان العامة للجيش الليبي` of
    /// the Tripoli staff is not the LNA's, `رئيس الحكومة الليبية المنتخب` not the outgoing
    /// government's).
    fn mark_other_period_bodies(
        &self,
        (s, e): (usize, usize),
        holder: u32,
        chosen: &[(usize, usize, u32)],
        dropped: &mut Vec<bool>,
    ) {
        let from = chosen.partition_point(|c| c.0 < s);
        for (i, &(ms, me, pi)) in chosen.iter().enumerate().skip(from) {
            if ms >= e {
                break;
            }
            if me > e {
                continue;
            }
            let q = &self.patterns[pi as usize];
            let ent = q.entity;
            let by_date = matches!(q.gate, Gate::Within(_) | Gate::Shared { .. });
            if q.office || !by_date || ent == holder {
                continue;
            }
            let tied = |a: u32, b: u32| {
                self.affiliations
                    .get(a as usize)
                    .is_some_and(|l| l.contains(&b))
            };
            if tied(holder, ent) || tied(ent, holder) {
                continue;
            }
            if dropped.len() < chosen.len() {
                dropped.resize(chosen.len(), false);
            }
            dropped[i] = true;
        }
    }

    /// Is the office at `s..e` written with a name that decides who it is: its holder's
    /// within a few words after or right before it, or another person's written as the
    /// title's own (`رئيس البعثة السابق غسان سلامة`, `رئيس الحكومة المكلفة من مجلس النواب
    /// فتحي باشاغا`: only title words, honorifics and names of bodies between them), or set
    /// off before it by a comma (`محمد المنفي، رئيس المجلس الرئاسي`).
    fn office_named(
        &self,
        t: &str,
        (s, e): (usize, usize),
        holder: u32,
        chosen: &[(usize, usize, u32)],
    ) -> bool {
        let is_person = |ent: u32| self.entities[ent as usize].kind == EntityKind::Person;
        // `chosen` is sorted by start: look at the few mentions right after and before.
        let after = chosen.partition_point(|c| c.0 < e);
        for &(ms, _, pi) in chosen[after..].iter().take(OFFICE_NAME_AFTER_WORDS + 1) {
            let ent = self.patterns[pi as usize].entity;
            if !word_gap(&t[e..ms], OFFICE_NAME_AFTER_WORDS) {
                break;
            }
            if ent == holder {
                return true;
            }
            if is_person(ent) {
                // Another person: the name decides when it follows the title directly, or
                // when a word between makes the title someone else's than the holder's
                // (former, designate, acting) and the others are title words or bodies.
                // (A rank or an honorific alone does not: `استقبل رئيس المجلس الرئاسي
                // اللواء …` names whom he received.)
                let inside = |a: usize, b: usize| {
                    chosen[after..]
                        .iter()
                        .take_while(|c| c.0 < ms)
                        .any(|c| c.0 <= a && b <= c.1)
                };
                let mut gap = words::words(&t[e..ms]).map(|w| (e + w.start, e + w.end));
                let mut other_holder = false;
                let title_words = gap.all(|(a, b)| {
                    let w = &t[a..b];
                    let other = other_holder_word(w);
                    other_holder |= other;
                    other || OFFICE_GAP_WORDS.contains(&w) || inside(a, b)
                });
                return title_words && (other_holder || words::count_words(&t[e..ms], 1) == 0);
            }
        }
        let before = chosen.partition_point(|c| c.0 < s);
        chosen[..before]
            .iter()
            .rev()
            .take(OFFICE_NAME_BEFORE_WORDS + 1)
            .any(|&(_, me, pi)| {
                let ent = self.patterns[pi as usize].entity;
                me <= s
                    && ((ent == holder && word_gap(&t[me..s], OFFICE_NAME_BEFORE_WORDS))
                        || (is_person(ent) && comma_only(&t[me..s])))
            })
    }

    fn mention(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        range: Range<usize>,
        p: &Pattern,
    ) -> Mention {
        let e = &self.entities[p.entity as usize];
        let orig = norm.map().to_original_span(original, range.clone());
        Mention {
            id: e.id.clone(),
            kind: e.kind,
            category: e.category.clone(),
            english: e.english.clone(),
            arabic: e.arabic.clone(),
            lat: e.lat,
            lon: e.lon,
            span: chars.span(original, orig),
            alias: self.alias_text[p.alias as usize].clone(),
            norm: range,
        }
    }
}

/// Mentions in text order: by start in the normalized view, the longer first at one start
/// (a stable sort: ties keep the order they were found in).
pub(super) fn sort_by_position(out: &mut [Mention]) {
    out.sort_by(|a, b| {
        a.norm
            .start
            .cmp(&b.norm.start)
            .then(b.norm.end.cmp(&a.norm.end))
    });
}

/// Per entity, the affiliations whose unambiguous mention anywhere in a document licenses
/// its ambiguous names: for a place, the city or town it lies in (a neighbourhood, a front,
/// a district of that city: `الدريبي` with Tripoli); for an organization, the city or town
/// it belongs to (`اللواء السادس` with Sabha) and, for a government or international body,
/// the international body it belongs to (`البعثة` with the United Nations). Countries and
/// regions never license: nearly every text names Libya. People are not licensed this way.
/// (A ministry licensed by its government, `وزارة الصحة في حكومة الوفاق`, is left out: the
/// records take the ministry that announces a toll for a side of the fighting.)
fn licensing_parents(entities: &[Entity], affiliations: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let town = |e: &Entity| {
        e.kind == EntityKind::Location && matches!(e.category.as_str(), "city" | "town")
    };
    let body = |e: &Entity| {
        e.kind == EntityKind::Organization
            && matches!(e.category.as_str(), "government" | "international")
    };
    let international =
        |e: &Entity| e.kind == EntityKind::Organization && e.category.as_str() == "international";
    entities
        .iter()
        .zip(affiliations)
        .map(|(e, affs)| {
            // A quarter's derived `منطقة X` is ambiguous too (`forms::derived_quarter_forms`).
            let quarter = e.kind == EntityKind::Location && e.category == "neighborhood";
            if (e.ambiguous.is_empty() && !quarter) || e.kind == EntityKind::Person {
                return Vec::new();
            }
            affs.iter()
                .copied()
                .filter(|&a| {
                    let p = &entities[a as usize];
                    town(p) || (body(e) && international(p))
                })
                .collect()
        })
        .collect()
}

/// True when `gap` holds at most `max` words and no sentence end.
fn word_gap(gap: &str, max: usize) -> bool {
    !gap.contains(['.', '!', '?', '؟', '\n', ';', '؛']) && words::words(gap).count() <= max
}

/// True when `gap` holds a comma and nothing else but spaces and quotes.
fn comma_only(gap: &str) -> bool {
    gap.contains(['،', ','])
        && gap
            .chars()
            .all(|c| c == '،' || c == ',' || c.is_whitespace() || is_quote_char(c))
}

/// The views of one document the passes after the scan read: the original text, its
/// normalized view, its character index and the options of the search.
#[derive(Clone, Copy)]
pub(super) struct DocViews<'a> {
    pub(super) original: &'a str,
    pub(super) norm: &'a Normalized,
    pub(super) chars: &'a CharIndex,
    pub(super) options: &'a FindOptions,
}

impl<'a> DocViews<'a> {
    /// The original text, the normalized view, the character index and the options.
    pub(super) fn parts(self) -> (&'a str, &'a Normalized, &'a CharIndex, &'a FindOptions) {
        (self.original, self.norm, self.chars, self.options)
    }
}

/// The offices found in a document, for [`Gazetteer::add_offices`]: those held at the date,
/// those taken up soon after it, and the names chosen (start, end, pattern), each sorted by
/// start.
struct OfficesFound<'a> {
    offices: &'a [(usize, usize, u32)],
    upcoming: &'a [(usize, usize, u32)],
    chosen: &'a [(usize, usize, u32)],
}

/// What the word right after an office title says of its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modifier {
    /// Nothing: the holder at the date.
    Plain,
    /// `السابق`, `الأسبق`, `المقال`, `المستقيل`, `المعزول`: a former holder, unnamed; also
    /// `المكلف`, `الموقوف`, `الموازي` (designate, suspended, parallel): another holder.
    Former,
    /// `الجديد`, `المنتخب`: the holder taking office, or who took it lately.
    New,
}

/// Former-holder words after a title (search-normalized: ة → ه, أ → ا).
const FORMER_WORDS: &[&str] = &[
    "السابق",
    "السابقه",
    "الاسبق",
    "الاسبقه",
    "المقال",
    "المقاله",
    "المستقيل",
    "المستقيله",
    "المعزول",
    "المعزوله",
    "المخلوع",
];

/// Words after a title that make it someone else's than its holder at the date, like the
/// former-holder words (search-normalized): designate, appointed, suspended, parallel
/// (`رئيس الحكومة المكلف`, `رئيس الحكومة الموازية`). A designate's own office, when the
/// data gives one (`رئيس الحكومة المكلف` of 2022), is the longer title and wins. Acting
/// (`بالإنابة`) and delegated (`المفوض`) holders are left out: the data gives the acting
/// holder the plain office.
const NOT_THE_HOLDER_WORDS: &[&str] = &[
    "المكلف",
    "المكلفه",
    "المعين",
    "المعينه",
    "الموقوف",
    "الموقوفه",
    "الموازي",
    "الموازيه",
];

/// New-holder words after a title (search-normalized).
const NEW_WORDS: &[&str] = &["الجديد", "الجديده", "المنتخب", "المنتخبه"];

/// Words after an office title that make it someone else's than the holder at the date
/// (search-normalized): former, new or elect, designate, acting, suspended, parallel.
const OTHER_HOLDER_WORDS: &[&str] = &[
    "المكلف",
    "المكلفه",
    "المعين",
    "المعينه",
    "المفوض",
    "المفوضه",
    "بالانابه",
    "الموقوف",
    "الموقوفه",
    "الموازي",
    "الموازيه",
];

/// A word of [`OTHER_HOLDER_WORDS`], [`FORMER_WORDS`] or [`NEW_WORDS`].
fn other_holder_word(w: &str) -> bool {
    OTHER_HOLDER_WORDS.contains(&w) || FORMER_WORDS.contains(&w) || NEW_WORDS.contains(&w)
}

/// The other words that may stand between an office title and a name that is the title's
/// own (search-normalized): honorifics and ranks, and the prepositions of `المكلفة من مجلس
/// النواب`, `المعين من قبل البرلمان`.
const OFFICE_GAP_WORDS: &[&str] = &[
    "السيد",
    "السيده",
    "الدكتور",
    "الدكتوره",
    "المستشار",
    "المشير",
    "الفريق",
    "اول",
    "ركن",
    "اللواء",
    "العميد",
    "العقيد",
    "الليبي",
    "الليبيه",
    "من",
    "قبل",
];

/// Head words of a title whose complement is another office (search-normalized: ئ → ي,
/// ة → ه): a deputy, an assistant, an adviser, the envoy or representative of the holder
/// (`نائب رئيس المجلس الرئاسي`, `مستشار رئيس الحكومة`, `ممثل الأمين العام`), or one acting
/// for the holder (`القائمة بأعمال رئيس البعثة الأممية`).
const OTHER_TITLE_HEADS: &[&str] = &[
    "نايب",
    "نايبه",
    "نواب",
    "مساعد",
    "مساعده",
    "مستشار",
    "مستشاره",
    "ممثل",
    "ممثله",
    "مبعوث",
    "مبعوثه",
    // `القائم بأعمال رئيس البعثة`: whoever acts for the holder, not the holder (ent24).
    "باعمال",
    // The post, not its holder: `كلف … بمنصب محافظ المصرف المركزي`, `تكليف … بمهام رئيس
    // الحكومة`, `صلاحيات رئيس الدولة` (ent25).
    "منصب",
    "مهام",
    "صلاحيات",
];

/// Definite heads of such a title, standing before an ordinal (`النائب الأول لرئيس
/// المؤتمر`) or before `الخاص`/`الشخصي` (`الممثل الخاص للأمين العام`).
const OTHER_TITLE_DEFINITE_HEADS: &[&str] = &[
    "النايب",
    "النايبه",
    "المساعد",
    "المساعده",
    "المستشار",
    "المستشاره",
    "الممثل",
    "الممثله",
    "المبعوث",
    "المبعوثه",
];

/// The words between such a definite head and the office: an ordinal, or the envoy's
/// `special`/`personal` (search-normalized).
const OTHER_TITLE_QUALIFIERS: &[&str] = &[
    "الاول",
    "الاولي",
    "الثاني",
    "الثانيه",
    "الثالث",
    "الخاص",
    "الخاصه",
    "الشخصي",
    "الشخصيه",
];

/// True when the office starting at `s` of the normalized text `t` is the complement of
/// another person's title: right after [`OTHER_TITLE_HEADS`] (`نائب رئيس المجلس الرئاسي`),
/// or after a definite head and its ordinal or `الخاص` (`النائب الأول لرئيس المؤتمر`,
/// `الممثل الخاص للأمين العام`), the office written with `ل` or without, only spaces
/// between.
fn under_other_title(t: &str, s: usize) -> bool {
    let mut before = &t[..s];
    // `لرئيس`, `للأمين`: the preposition is outside the office's span.
    if let Some(rest) = before.strip_suffix('ل') {
        before = rest;
    }
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        // Glued to a word (or at the start): not a complement.
        return false;
    }
    let mut ws = trimmed.rsplit(char::is_whitespace);
    let w1 = ws.next().unwrap_or("");
    if head_in(w1, OTHER_TITLE_HEADS) {
        return true;
    }
    if !OTHER_TITLE_QUALIFIERS.contains(&w1) {
        return false;
    }
    let rest = &trimmed[..trimmed.len() - w1.len()];
    let w2 = rest.trim_end();
    if w2.len() == rest.len() {
        return false;
    }
    let w2 = w2.rsplit(char::is_whitespace).next().unwrap_or("");
    head_in(w2, OTHER_TITLE_DEFINITE_HEADS)
}

/// True when `w`, or `w` without a proclitic (`و`, `ف`, then `ب`, `ك`, `ل`, or `لل` for
/// `ال`: `للممثلة الخاصة`, `ونائب`), is one of `heads` (search-normalized words).
fn head_in(w: &str, heads: &[&str]) -> bool {
    if heads.contains(&w) {
        return true;
    }
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if heads.contains(&w) {
        return true;
    }
    if let Some(rest) = w.strip_prefix("لل") {
        if heads.iter().any(|h| h.strip_prefix("ال") == Some(rest)) {
            return true;
        }
    }
    w.strip_prefix(['ب', 'ك', 'ل'])
        .is_some_and(|rest| heads.contains(&rest))
}

/// True when only spaces and quotes stand between two words.
pub(super) fn plain_gap(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || is_quote_char(c))
}

/// The class of the word right after `end` in the normalized text `t`.
fn office_modifier(t: &str, end: usize) -> Modifier {
    let Some(w) = words::words(&t[end..]).next() else {
        return Modifier::Plain;
    };
    if !plain_gap(&t[end..end + w.start]) {
        return Modifier::Plain;
    }
    let word = &t[end + w.start..end + w.end];
    let former = |x: &str| FORMER_WORDS.contains(&x) || NOT_THE_HOLDER_WORDS.contains(&x);
    // One adjective of the body between (`رئيس مجلس الدولة الاستشاري السابق`, `وزير الدفاع
    // الليبي السابق`): the word after it says «former».
    let adjective = word.starts_with("ال") && (word.ends_with('ي') || word.ends_with("يه"));
    let former_after = adjective && {
        let after = end + w.end;
        words::words(&t[after..]).next().is_some_and(|n| {
            plain_gap(&t[after..after + n.start]) && former(&t[after + n.start..after + n.end])
        })
    };
    if former(word) || former_after {
        Modifier::Former
    } else if NEW_WORDS.contains(&word) {
        Modifier::New
    } else {
        Modifier::Plain
    }
}

/// Every name of every entity, normalized, with its own period.
fn name_records<'a>(
    entities: &'a [Entity],
    origins: &[Origin],
    n: &Normalizer,
) -> Result<Vec<NameRec<'a>>, Error> {
    let mut recs = Vec::with_capacity(
        entities
            .iter()
            .map(|e| 1 + e.aliases.len() + e.ambiguous.len() + e.offices.len())
            .sum(),
    );
    for (ei, e) in entities.iter().enumerate() {
        let names = std::iter::once(("arabic", &e.arabic, false, false))
            .chain(e.aliases.iter().map(|a| ("aliases", a, false, false)))
            .chain(e.ambiguous.iter().map(|a| ("ambiguous", a, true, false)))
            .chain(e.offices.iter().map(|a| ("offices", a, false, true)));
        for (field, item, ambiguous, office) in names {
            let (name, own) = if field == "arabic" {
                (trim(item), None)
            } else {
                split_period(item).map_err(|err| {
                    origins
                        .get(ei)
                        .cloned()
                        .unwrap_or_else(Origin::builder)
                        .error(field, format!("`{item}`: {err}"))
                })?
            };
            let key = norm_key(n, name);
            if key.is_empty() || key.contains('\n') {
                continue;
            }
            recs.push(NameRec {
                entity: ei,
                field,
                name: Cow::Borrowed(name),
                key,
                own,
                ambiguous,
                office,
            });
        }
    }
    Ok(with_derived(recs, entities, n))
}

/// `recs` with the names `forms::derived_names` derives from their unambiguous names and the
/// offices `forms::derived_offices` derives from their offices, each right after the record
/// it comes from (records stay grouped by entity), with that record's period.
fn with_derived<'a>(
    recs: Vec<NameRec<'a>>,
    entities: &[Entity],
    n: &Normalizer,
) -> Vec<NameRec<'a>> {
    // Per record, the names derived from it: text, key, ambiguous.
    let mut extra: Vec<Vec<(String, String, bool)>> = vec![Vec::new(); recs.len()];
    {
        let (at, names): (Vec<usize>, Vec<forms::Source<'_>>) = recs
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.ambiguous && !r.office)
            .map(|(i, r)| (i, (r.entity, r.name.as_ref(), r.key.as_str())))
            .unzip();
        let bounded: Vec<bool> = at.iter().map(|&i| recs[i].own.is_some()).collect();
        let mut taken: HashSet<&str, FnvBuild> =
            HashSet::with_capacity_and_hasher(recs.len(), FnvBuild::default());
        taken.extend(recs.iter().map(|r| r.key.as_str()));
        let plain = forms::derived_names(entities, &names, &taken, n);
        let plain_keys: HashSet<String, FnvBuild> =
            plain.iter().map(|(_, _, k)| k.clone()).collect();
        taken.extend(plain_keys.iter().map(String::as_str));
        let towns = forms::derived_town_forms(entities, &names, &bounded, &taken, n);
        taken.extend(towns.iter().map(|(_, _, k)| k.as_str()));
        let quarters = forms::derived_quarter_forms(entities, &names, &taken, n);
        taken.extend(quarters.iter().map(|(_, _, k)| k.as_str()));
        let bare_towns = forms::derived_bare_towns(entities, &names, &bounded, &taken, n);
        // A bare outlet name never takes a form derived otherwise.
        taken.extend(bare_towns.iter().map(|(_, _, k)| k.as_str()));
        let bare = forms::derived_bare_outlets(entities, &names, &taken, n);
        let months = forms::derived_month_forms(&names, &taken, n);
        for (i, name, key) in plain.into_iter().chain(towns).chain(months) {
            extra[at[i]].push((name, key, false));
        }
        for (i, name, key, ambiguous) in bare {
            extra[at[i]].push((name, key, ambiguous));
        }
        for (i, name, key) in bare_towns.into_iter().chain(quarters) {
            extra[at[i]].push((name, key, true));
        }
        let (at, offices): (Vec<usize>, Vec<forms::Source<'_>>) = recs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.office)
            .map(|(i, r)| (i, (r.entity, r.name.as_ref(), r.key.as_str())))
            .unzip();
        // One derived office per holder, form and period.
        let mut seen: HashSet<_, FnvBuild> = HashSet::default();
        for (i, name, key) in forms::derived_offices(&offices, n) {
            let r = &recs[at[i]];
            if seen.insert((r.entity, key.clone(), r.own)) {
                extra[at[i]].push((name, key, false));
            }
        }
    }
    let mut out = Vec::with_capacity(recs.len() + extra.iter().map(Vec::len).sum::<usize>());
    for (r, more) in recs.into_iter().zip(extra) {
        let (entity, own) = (r.entity, r.own);
        let office = r.office;
        out.push(r);
        out.extend(more.into_iter().map(|(name, key, ambiguous)| NameRec {
            entity,
            field: match (office, ambiguous) {
                (true, _) => "offices",
                (false, true) => "ambiguous",
                (false, false) => "aliases",
            },
            name: Cow::Owned(name),
            key,
            own,
            ambiguous,
            office,
        }));
    }
    out
}

/// The gate of an office: its own period, else the entity's, else any date.
fn office_gate(own: Option<Period>, e: &Entity) -> Gate {
    match own.or_else(|| Some(e.period()).filter(|p| !p.is_unbounded())) {
        Some(p) => Gate::Within(p),
        None => Gate::Dated,
    }
}

/// Each name's gate, and the periods of each shared name.
///
/// A name (after normalization) held by several entities must be `ambiguous` on all sides but
/// one, or each holder must hold it in a period — its own suffix, else the entity's
/// `from`/`to` — the periods disjoint, at most one unbounded. With a date, the holder whose
/// period holds it wins (an unbounded one: at dates no other period covers). Without a date,
/// the one holder whose name carries no suffix of its own is the default meaning; with none
/// or several such holders, an undated document gets nothing.
fn resolve_gates(
    recs: &[NameRec],
    entities: &[Entity],
    origins: &[Origin],
) -> Result<(Vec<Gate>, Vec<Vec<Period>>), Error> {
    let mut gates: Vec<Gate> = recs
        .iter()
        .map(|r| match (r.office, r.own) {
            (true, own) => office_gate(own, &entities[r.entity]),
            (false, Some(p)) => Gate::Within(p),
            (false, None) => Gate::Always,
        })
        .collect();
    let mut groups = Vec::new();
    // The records of each name (unambiguous, not an office), chained in order: per name its
    // first and last record, per record the next one of its name.
    const END: u32 = u32::MAX;
    let mut by_key: HashMap<&str, (u32, u32), WordsBuild> =
        HashMap::with_capacity_and_hasher(recs.len(), WordsBuild::default());
    let mut next = vec![END; recs.len()];
    let mut firsts: Vec<u32> = Vec::with_capacity(recs.len());
    for (i, r) in recs.iter().enumerate() {
        if !r.ambiguous && !r.office {
            let i = i as u32;
            match by_key.entry(r.key.as_str()) {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let last = &mut o.get_mut().1;
                    next[*last as usize] = i;
                    *last = i;
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((i, i));
                    firsts.push(i);
                }
            }
        }
    }
    drop(by_key);
    let chain = |first: u32| {
        std::iter::successors(Some(first), |&i| {
            Some(next[i as usize]).filter(|&j| j != END)
        })
        .map(|i| i as usize)
    };
    // Names held by more than one entity, or by one entity both plain and with a period
    // (self-bounded: see below), by first occurrence (deterministic errors).
    let shared = firsts.iter().filter_map(|&first| {
        let e = recs[first as usize].entity;
        let plain_of =
            |ent: usize| chain(first).any(|i| recs[i].entity == ent && recs[i].own.is_none());
        chain(first)
            .any(|i| recs[i].entity != e || (recs[i].own.is_some() && plain_of(e)))
            .then(|| chain(first).collect::<Vec<usize>>())
    });
    for holders in shared {
        // A name an entity writes both plain and with a period of its own (its canonical
        // name repeated in `aliases` as `الجيش الوطني الليبي@2014..`) is self-bounded: the
        // plain record takes that period in dated documents and stays the name's meaning
        // in undated ones (a generic name that meant another body before the entity was
        // formed).
        let own_bound = |i: usize| {
            let r = &recs[i];
            if r.own.is_some() {
                return r.own;
            }
            holders
                .iter()
                .find(|&&j| recs[j].entity == r.entity && recs[j].own.is_some())
                .and_then(|&j| recs[j].own)
        };
        let period = |i: usize| {
            own_bound(i)
                .or_else(|| Some(entities[recs[i].entity].period()).filter(|p| !p.is_unbounded()))
        };
        let origin = |i: usize| {
            origins
                .get(recs[i].entity)
                .cloned()
                .unwrap_or_else(Origin::builder)
        };
        for (k, &i) in holders.iter().enumerate() {
            let r = &recs[i];
            for &j in &holders[..k] {
                let q = &recs[j];
                if q.entity == r.entity {
                    continue;
                }
                let clash = match (period(i), period(j)) {
                    (Some(a), Some(b)) => a.overlaps(&b),
                    (None, None) => true,
                    _ => false,
                };
                if clash {
                    let o = origin(j);
                    return Err(origin(i).error(
                        r.field,
                        format!(
                            "`{}` also names `{}` ({}:{}) in an overlapping period; mark it \
                             ambiguous on one side or give both disjoint periods (name@FROM..TO)",
                            r.name, entities[q.entity].id, o.file, o.line
                        ),
                    ));
                }
            }
        }
        let mut plain: Vec<usize> = holders
            .iter()
            .filter(|&&i| recs[i].own.is_none())
            .map(|&i| recs[i].entity)
            .collect();
        plain.sort_unstable();
        plain.dedup();
        let default = match plain[..] {
            [one] => Some(one),
            _ => None,
        };
        let group = groups.len() as u32;
        groups.push(holders.iter().filter_map(|&i| period(i)).collect());
        for &i in &holders {
            if recs[i].own.is_none() {
                gates[i] = Gate::Shared {
                    period: period(i),
                    group,
                    undated: default == Some(recs[i].entity),
                };
            }
        }
    }
    Ok((gates, groups))
}

/// A pattern id of the space-free automaton with this bit is the head of names compiled in
/// two parts ([`Joins`]), the rest its index.
const JOIN_HEAD: u32 = 1 << 31;
/// … with this bit, the tail of such names.
const JOIN_TAIL: u32 = 1 << 30;

/// The first words of the names compiled in two parts (normalized, without their spaces):
/// the head nouns of families of names that go on with a town's name, written with the
/// article and without it (`للمجلس`), each followed by one of [`JOIN_LINKS`].
const JOIN_STEMS: &[&str] = &[
    "المجلسالبلدي",
    "المجلسالمحلي",
    "المجلسالعسكري",
    "مجلسالبلدي",
    "مجلسالمحلي",
    "مجلسالعسكري",
    "مديريهامن",
    "مركزاحتجاز",
    "مركزايواء",
];

/// What may follow a stem in a head: the longest that leaves a tail which is another name
/// is taken (`المجلس المحلي لمدينة` + `سرت`), else the longest that leaves a tail.
const JOIN_LINKS: &[&str] = &["لمدينه", "في", "ل", "ب", ""];

/// Names compiled in two parts: a family of names that share their first words and go on
/// with a town's name (`المجلس المحلي لسرت`, `المجلس البلدي في بنغازي`, `مديرية أمن زليتن`)
/// would give the automaton states of its own for every town's name after each head (the
/// most of its growth for a thousand council names). Such a name is compiled as its head
/// (`المجلسالمحليل`) and its tail (`سرت`, most often a name already compiled, which costs no
/// state). The scan keeps the heads that end lately, and a tail beginning where a head ends
/// is a match of the whole name, checked as any other: the same matches, by construction,
/// as the whole name compiled.
#[derive(Debug, Clone, Default)]
pub(super) struct Joins {
    /// Per head, its length in compact bytes.
    head_len: Vec<usize>,
    /// Per (head, tail): the range of its patterns in `pats`.
    join: HashMap<(u32, u32), (u32, u32), FnvBuild>,
    /// Pattern indexes, grouped by (head, tail).
    pats: Vec<u32>,
    /// The longest tail, in compact bytes.
    max_tail: usize,
}

impl Joins {
    /// The patterns of the name made of head `h` and tail `t`.
    #[inline]
    fn patterns(&self, h: u32, t: u32) -> &[u32] {
        match self.join.get(&(h, t)) {
            Some(&(a, b)) => &self.pats[a as usize..b as usize],
            None => &[],
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Tests: compile every name whole (the oracle of [`Joins`]).
    static NO_JOINS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where to cut a space-free name into a head and a tail ([`Joins`]), if anywhere.
fn join_cut(key: &str, known: &HashSet<&str, WordsBuild>) -> Option<usize> {
    #[cfg(test)]
    if NO_JOINS.with(|c| c.get()) {
        return None;
    }
    let stem = JOIN_STEMS.iter().find(|s| key.starts_with(*s))?;
    let rest = &key[stem.len()..];
    let mut fallback = None;
    for link in JOIN_LINKS {
        if rest.len() > link.len() && rest.starts_with(link) {
            let cut = stem.len() + link.len();
            if known.contains(&key[cut..]) {
                return Some(cut);
            }
            fallback.get_or_insert(cut);
        }
    }
    fallback
}

/// The automata over all name forms: one case-sensitive for names without ASCII letters
/// (compiled without their spaces, so a name's forms with spaces missing are one pattern, and
/// in the compact alphabet, one byte per character), one ASCII-case-insensitive for Latin
/// names, each paired with the indexes of its keys and whether it is the space-free one.
/// Flat DFAs (one table read per byte, no failure hops while scanning), built straight from
/// the keys. Names of a family with a common head are compiled in two parts ([`Joins`]).
///
/// `compact` holds each key without Latin letters in the compact alphabet
/// ([`compact_key`](compact::compact_key)), in the order of `keys`.
fn build_automata(keys: &[&str], compact: &[&[u8]]) -> (Vec<(Dfa, Vec<u32>, bool)>, Joins) {
    let mut automata = Vec::new();
    let mut joins = Joins::default();
    // A key with Latin letters has no compact form (and no key is empty).
    let is_latin: Vec<bool> = compact.iter().map(|c| c.is_empty()).collect();
    for latin in [false, true] {
        let ids: Vec<u32> = (0..keys.len() as u32)
            .filter(|&i| is_latin[i as usize] == latin)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let ac = if latin {
            Dfa::new(ids.iter().map(|&i| keys[i as usize]), true, MAX_DFA_STATES)
                .map(|ac| (ac, ids))
        } else if keys.len() >= JOIN_TAIL as usize {
            Dfa::new(
                ids.iter().map(|&i| compact[i as usize]),
                false,
                MAX_DFA_STATES,
            )
            .map(|ac| (ac, ids))
        } else {
            let mut known: HashSet<&str, WordsBuild> =
                HashSet::with_capacity_and_hasher(ids.len(), WordsBuild::default());
            known.extend(ids.iter().map(|&i| keys[i as usize]));
            let mut dfa_keys: Vec<&[u8]> = Vec::with_capacity(ids.len());
            let mut dfa_ids: Vec<u32> = Vec::with_capacity(ids.len());
            let mut head_ix: HashMap<&str, u32, WordsBuild> = HashMap::default();
            let mut tail_ix: HashMap<&str, u32, WordsBuild> = HashMap::default();
            let mut by_join: Vec<((u32, u32), u32)> = Vec::new();
            for &i in &ids {
                let key = keys[i as usize];
                let ck = compact[i as usize];
                let Some(cut) = join_cut(key, &known) else {
                    dfa_keys.push(ck);
                    dfa_ids.push(i);
                    continue;
                };
                let (head, tail) = key.split_at(cut);
                // One compact byte per character: the compact head and tail split the key's.
                let (head_ck, tail_ck) = ck.split_at(char_count(head));
                let n = head_ix.len() as u32;
                let h = *head_ix.entry(head).or_insert_with(|| {
                    dfa_keys.push(head_ck);
                    dfa_ids.push(JOIN_HEAD | n);
                    joins.head_len.push(head.chars().count());
                    n
                });
                let n = tail_ix.len() as u32;
                let t = *tail_ix.entry(tail).or_insert_with(|| {
                    dfa_keys.push(tail_ck);
                    dfa_ids.push(JOIN_TAIL | n);
                    joins.max_tail = joins.max_tail.max(tail.chars().count());
                    n
                });
                by_join.push(((h, t), i));
            }
            // Grouped by name, each group in pattern order (a stable sort).
            by_join.sort_by_key(|&(ht, _)| ht);
            for group in by_join.chunk_by(|a, b| a.0 == b.0) {
                let a = joins.pats.len() as u32;
                joins.pats.extend(group.iter().map(|&(_, i)| i));
                joins.join.insert(group[0].0, (a, joins.pats.len() as u32));
            }
            Dfa::new(dfa_keys, false, MAX_DFA_STATES).map(|ac| (ac, dfa_ids))
        };
        if let Some((ac, ids)) = ac {
            automata.push((ac, ids, !latin));
        }
    }
    (automata, joins)
}

/// Where a name with Latin letters can match in `hay`: within `reach` bytes (the longest such
/// name) of an ASCII letter, since every such name has one and ASCII case folding keeps letters
/// ASCII. Sorted, disjoint ranges; none for text without Latin letters. Each match lies inside
/// one range, so each is found once.
fn latin_windows(hay: &[u8], reach: usize) -> Vec<Range<usize>> {
    let mut i = 0;
    let letters = std::iter::from_fn(|| {
        let p = next_ascii_letter(hay, i)?;
        i = p + 1;
        Some(p..p + 1)
    });
    windows_around(letters, reach, hay.len())
}

/// The windows of [`latin_windows`] from the runs of ASCII letters of a text of `len` bytes
/// (sorted, disjoint, none empty): each letter's window reaches `reach` bytes either side
/// (none when `reach` is 0).
fn windows_around(
    letters: impl Iterator<Item = Range<usize>>,
    reach: usize,
    len: usize,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if reach == 0 {
        return out;
    }
    for r in letters {
        let (a, b) = (
            r.start.saturating_sub(reach),
            (r.end.saturating_sub(1) + reach).min(len),
        );
        match out.last_mut() {
            Some(last) if last.end >= a => last.end = last.end.max(b),
            _ => out.push(a..b),
        }
    }
    out
}

/// The index of the first ASCII letter of `hay` at or after `from`: eight bytes at a time
/// (Arabic text has none, and is passed over at a few instructions per eight bytes).
fn next_ascii_letter(hay: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut i = from;
    while let Some(chunk) = hay.get(i..i + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let w = u64::from_le_bytes(b);
        // Per byte: under 0x80, lower-cased (| 0x20), a letter is 0x61..=0x7A. No sum
        // carries into the next byte: each is at most 0x7F + 0x1F.
        let y = (w & (0x7F * ONES)) | (0x20 * ONES);
        let at_least_a = y + 0x1F * ONES;
        let past_z = y + 0x05 * ONES;
        let letters = at_least_a & !past_z & !w & (0x80 * ONES);
        if letters != 0 {
            return Some(i + (letters.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = hay.get(i..)?;
    rest.iter().position(u8::is_ascii_alphabetic).map(|o| i + o)
}

/// The most states of a name automaton (the bundled gazetteer needs far fewer).
const MAX_DFA_STATES: usize = 1 << 22;

/// Per entity, its point for event data: its own coordinates, else (through `affiliation`,
/// transitively) those of the first local place it belongs to that has some (a town or a part
/// of one: never a country, region or district, whose point says nothing of where a place
/// inside it is). Districts are not inherited: a suburb may lie in the next district.
fn points(
    entities: &[Entity],
    index: &HashMap<String, usize, FnvBuild>,
) -> Vec<Option<super::Point>> {
    let mut points: Vec<Option<super::Point>> = entities
        .iter()
        .map(|e| match (e.kind, e.lat, e.lon) {
            (EntityKind::Location, Some(lat), Some(lon)) => Some(super::Point {
                lat,
                lon,
                geo_precision: 1,
            }),
            _ => None,
        })
        .collect();
    let parents = |e: &Entity| -> Vec<usize> {
        e.affiliation
            .iter()
            .filter_map(|a| index.get(a).copied())
            .filter(|&j| {
                let p = &entities[j];
                p.kind == EntityKind::Location && !super::WIDE_AREAS.contains(&p.category.as_str())
            })
            .collect()
    };
    // Each round settles at least one more place, or ends: at most one round per entity.
    loop {
        let mut changed = false;
        for (i, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Location {
                continue;
            }
            if points[i].is_none() {
                if let Some(p) = parents(e).into_iter().find_map(|j| points[j]) {
                    points[i] = Some(super::Point {
                        geo_precision: 2,
                        ..p
                    });
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    points
}

/// The number of characters of `s`: the bytes that are not UTF-8 continuation bytes (a plain
/// count, which the compiler vectorizes).
#[inline]
fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// The forms of a multi-word name with one space missing, and with all missing.
fn fused_variants(key: &str) -> Vec<String> {
    let spaces: Vec<usize> = key.match_indices(' ').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    if spaces.is_empty() || spaces.len() > 6 {
        return out;
    }
    for &i in &spaces {
        let mut s = String::with_capacity(key.len());
        s.push_str(&key[..i]);
        s.push_str(&key[i + 1..]);
        out.push(s);
    }
    if spaces.len() > 1 {
        out.push(key.replace(' ', ""));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compact::compact_key;
    use crate::gazetteer::COLUMNS;

    /// A gazetteer of organizations, one per `(id, arabic name)`.
    fn gazetteer(names: &[(&str, &str)]) -> Gazetteer {
        let mut tsv = COLUMNS.join("\t");
        tsv.push('\n');
        for (id, arabic) in names {
            let mut row = vec![""; COLUMNS.len()];
            row[0] = id;
            row[1] = "organization";
            row[2] = "test";
            row[3] = id;
            row[4] = arabic;
            tsv.push_str(&row.join("\t"));
            tsv.push('\n');
        }
        Gazetteer::builder()
            .tsv(&tsv, "test.tsv")
            .build()
            .expect("valid test gazetteer")
    }

    #[test]
    fn names_outside_the_compact_alphabet_match_only_as_spelled() {
        // ★ and ☆ are both one compact byte (three-byte characters), as are ڤ and ڭ (two-byte
        // characters outside U+0600..U+067C): a match must spell the name.
        let g = gazetteer(&[("star", "دار ★ النجمة"), ("veh", "ڤيلا الحمراء")]);
        let n = Normalizer::search();
        // The normalizer keeps them apart: the automaton is what could confuse them.
        for (a, b) in [("★", "☆"), ("ڤ", "ڭ")] {
            let (na, nb) = (n.normalize(a), n.normalize(b));
            assert!(na != nb && compact_key(&na) == compact_key(&nb), "{a} {b}");
        }
        let cases: &[(&str, &str, &[&str])] = &[
            ("three-byte, as written", "زار دار ★ النجمة أمس", &["star"]),
            (
                "three-byte, spaces missing",
                "زار دار★النجمة أمس",
                &["star"],
            ),
            ("three-byte, another star", "زار دار ☆ النجمة أمس", &[]),
            ("two-byte, as written", "في ڤيلا الحمراء", &["veh"]),
            ("two-byte, another letter", "في ڭيلا الحمراء", &[]),
        ];
        for (name, text, want) in cases {
            let ids: Vec<String> = g.find(text).into_iter().map(|m| m.id).collect();
            assert_eq!(ids, *want, "{name}");
        }
    }

    #[test]
    fn spans_map_back_across_characters_of_every_width() {
        let g = gazetteer(&[("brigade", "اللواء 106"), ("city", "طرابلس")]);
        let cases: &[(&str, &str, &[&str])] = &[
            ("ascii before", "abc 12, طرابلس", &["طرابلس"]),
            ("three- and four-byte before", "★★ 🦅 طرابلس", &["طرابلس"]),
            (
                "digits in the name",
                "قوات اللواء 106 في طرابلس",
                &["اللواء 106", "طرابلس"],
            ),
            (
                "digits fused",
                "قوات اللواء106 وطرابلس",
                &["اللواء106", "طرابلس"],
            ),
            ("another number", "قوات اللواء 107", &[]),
            ("spaces before the name", "     طرابلس  ", &["طرابلس"]),
            ("all spaces", "     ", &[]),
            ("empty", "", &[]),
        ];
        for (name, text, want) in cases {
            let got: Vec<String> = g.find(text).into_iter().map(|m| m.span.text).collect();
            assert_eq!(got, *want, "{name}");
        }
    }
}

#[cfg(test)]
mod automata_size {
    /// The eight-bytes-at-a-time search finds what a byte-by-byte one finds, from every start.
    #[test]
    fn next_ascii_letter_matches_the_plain_search() {
        let texts: [&[u8]; 5] = [
            "قتل 3 في طرابلس a".as_bytes(),
            b"@[`{ AZaz \x7f\x80\xc1\xda\xe1\xfa",
            b"",
            "Zلليبياz".as_bytes(),
            &[
                0x40, 0x5B, 0x60, 0x7B, 0xC0, 0xDB, 0xE0, 0xFB, 0x41, 0x00, 0x61,
            ],
        ];
        for t in texts {
            for from in 0..=t.len() + 1 {
                let plain = t
                    .get(from..)
                    .and_then(|r| r.iter().position(u8::is_ascii_alphabetic))
                    .map(|o| from + o);
                assert_eq!(
                    super::next_ascii_letter(t, from),
                    plain,
                    "{t:?} from {from}"
                );
            }
        }
        for b in 0..=255u8 {
            let t = [b' ', b' ', b, b' ', b' ', b' ', b' ', b' ', b' ', b];
            let want = b.is_ascii_alphabetic().then_some(2);
            assert_eq!(super::next_ascii_letter(&t, 0), want, "byte {b:#x}");
        }
    }

    /// The windows from the compact view's runs of letters are the windows from scanning the
    /// text, at every reach.
    #[test]
    fn latin_windows_from_the_compact_view_match_the_scan() {
        let texts = [
            "",
            "   ",
            "a",
            "قتل 3 في طرابلس a",
            "ab cd  ef\"gh” UN-SMIL, «LNA» طرابلس x",
            "Zلليبياz ★ 🦅 é b",
            "طرابلس بنغازي مصراتة",
            "GNA\nLNA",
        ];
        for t in texts {
            let mut c = crate::compact::Compact::default();
            assert!(c.latin_runs(t.len()).is_none() || t.is_empty());
            c.fill(t);
            let runs = c.latin_runs(t.len()).expect("filled");
            for reach in 0..8 {
                // The reference: each letter's window, merged with the last when they touch
                // (empty windows dropped: they hold no match).
                let mut want: Vec<std::ops::Range<usize>> = Vec::new();
                for (p, _) in t
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_alphabetic())
                {
                    let (a, b) = (p.saturating_sub(reach), (p + reach).min(t.len()));
                    match want.last_mut() {
                        Some(last) if last.end >= a => last.end = last.end.max(b),
                        _ => want.push(a..b),
                    }
                }
                want.retain(|w| !w.is_empty());
                let scan = super::latin_windows(t.as_bytes(), reach);
                let from_runs = super::windows_around(runs.iter().cloned(), reach, t.len());
                assert_eq!(scan, want, "scan, {t:?} reach {reach}");
                assert_eq!(from_runs, want, "runs, {t:?} reach {reach}");
            }
        }
    }

    /// Names compiled in two parts ([`super::Joins`]) match as the same names compiled whole,
    /// on every name of the families, written every way the matcher accepts and a few it
    /// does not.
    #[test]
    fn names_in_two_parts_match_as_whole_names() {
        use super::{join_cut, norm_key, Gazetteer, HashSet, Normalizer, NO_JOINS};
        use crate::compact::compact_space_free;
        // The oracle: the bundled gazetteer compiled with every name whole.
        let joined = Gazetteer::builder_libya().build().unwrap();
        NO_JOINS.with(|c| c.set(true));
        let whole = Gazetteer::builder_libya().build().unwrap();
        NO_JOINS.with(|c| c.set(false));
        assert!(!joined.joins.join.is_empty());
        assert!(whole.joins.join.is_empty());
        // Every name of the families, with proclitics, spaces missing or doubled, a quote,
        // a letter after it, in sentences and run together.
        let n = Normalizer::search();
        let mut text = String::new();
        for (k, e) in joined.entities().iter().enumerate() {
            for name in std::iter::once(&e.arabic).chain(&e.aliases) {
                let key = norm_key(&n, name);
                let (sf, ..) = compact_space_free(&key);
                if join_cut(&sf, &HashSet::default()).is_none() && !name.starts_with("مديرية")
                {
                    continue;
                }
                let variants = [
                    name.clone(),
                    format!("و{name}"),
                    format!("ل{}", name.strip_prefix('ا').unwrap_or(name)),
                    name.replacen(' ', "", 1),
                    name.replace(' ', ""),
                    name.replace(' ', "  "),
                    name.replacen(' ', " \"", 1),
                    format!("{name}ي"),
                ];
                for (i, v) in variants.iter().enumerate() {
                    text.push_str(v);
                    text.push_str(if (i + k) % 3 == 0 { "، " } else { " قال " });
                }
            }
        }
        let found = |g: &Gazetteer, t: &str| {
            g.find(t)
                .into_iter()
                .map(|m| (m.id, m.span.start, m.span.end, m.alias))
                .collect::<Vec<_>>()
        };
        let want = found(&whole, &text);
        assert!(want.len() > 1000);
        assert_eq!(found(&joined, &text), want);
        // Run together, a few at a time (no sentence breaks at all).
        for chunk in text.split("، ").collect::<Vec<_>>().chunks(5) {
            let t = chunk.join(" ");
            assert_eq!(found(&joined, &t), found(&whole, &t), "{t}");
        }
    }

    /// The bundled gazetteer's name automata stay small enough to load anywhere.
    #[test]
    fn bundled_automata_memory() {
        let g = super::Gazetteer::libya();
        for (dfa, ids, space_free) in &g.automata {
            eprintln!(
                "space_free {space_free}: {} patterns, {} bytes",
                ids.len(),
                dfa.memory_usage()
            );
            assert!(dfa.memory_usage() < 32 << 20);
        }
    }
}

/// Office titles that name their holder in a sentence naming their body, shortened
/// ([`Gazetteer::titles_of_named_bodies`]).
#[derive(Debug, Clone, Default)]
pub(super) struct ContextTitles {
    titles: Vec<ContextTitle>,
    /// Per body entity, the indices of its short titles.
    by_body: HashMap<u32, Vec<u32>, FnvBuild>,
}

/// One short title of an office: its normalized text, the holder and the holder's period in
/// it (the body it belongs to indexes it in [`ContextTitles`]).
#[derive(Debug, Clone)]
struct ContextTitle {
    key: String,
    holder: u32,
    gate: Gate,
}

/// A short title an office may go by, and the body name it needs (normalized): `وزير الداخلية`
/// with `حكومه الوفاق` (of `وزير الداخلية بحكومة الوفاق`), `رئيس المجلس` with `المجلس الاعلي
/// للدوله` (of `رئيس المجلس الأعلى للدولة`).
struct ShortTitle {
    holder: u32,
    own: Option<Period>,
    body: String,
    short: String,
}

/// The short titles of the offices of people among `recs`: an office whose title is
/// followed by a government after `ب`, `في` or `ل` (`وزير الداخلية بحكومة الوفاق` → `وزير
/// الداخلية`), and an office of one word and a body's name in construct (`رئيس المجلس الأعلى
/// للدولة` → `رئيس المجلس`, `رئيس بعثة الأمم المتحدة …` → `رئيس البعثة`). Which of the body
/// names are organizations of the gazetteer is asked after ([`context_titles`]).
fn short_title_candidates(recs: &[NameRec<'_>], entities: &[Entity]) -> Vec<ShortTitle> {
    let mut out = Vec::new();
    for r in recs {
        if !r.office || r.field != "offices" || entities[r.entity].kind != EntityKind::Person {
            continue;
        }
        let key = r.key.as_str();
        let mut push = |body: &str, short: String| {
            out.push(ShortTitle {
                holder: r.entity as u32,
                own: r.own,
                body: body.to_string(),
                short,
            })
        };
        // (One search for `حكومه`, then the word before it.)
        if let Some(g) = key.find("حكومه ") {
            let before = &key[..g];
            let title = before
                .strip_suffix(" ب")
                .or_else(|| before.strip_suffix(" في "))
                .or_else(|| before.strip_suffix(" ل"));
            if let Some(title) = title.filter(|t| t.contains(' ')) {
                push(&key[g..], title.to_string());
            }
        }
        // A title of two words or more, its body after `لل` (`القائد العام للقوات المسلحة
        // العربية الليبية`): the title and the body's first two words (`القائد العام للقوات
        // المسلحة`), for a body named by three words or more.
        {
            let ws: Vec<&str> = key.split(' ').collect();
            if let Some(i) = ws
                .iter()
                .position(|w| w.starts_with("لل") && w.chars().count() > 3)
            {
                if i >= 2 && ws.len() >= i + 3 {
                    let body = format!("ال{} {}", &ws[i]["لل".len()..], ws[i + 1..].join(" "));
                    push(
                        &body,
                        format!("{} {} {}", ws[..i].join(" "), ws[i], ws[i + 1]),
                    );
                }
            }
        }
        if let Some((title, rest)) = key.split_once(' ') {
            if let Some((head, _)) = rest.split_once(' ') {
                let head = if head.starts_with("ال") {
                    head.to_string()
                } else {
                    format!("ال{head}")
                };
                push(rest, format!("{title} {head}"));
            }
        }
    }
    out
}

/// The short titles ([`short_title_candidates`]) whose body is an organization of the
/// gazetteer (`bodies`: its multi-word names, normalized, to the entities that bear them).
fn context_titles(
    entities: &[Entity],
    bodies: &HashMap<String, Vec<u32>, FnvBuild>,
    wanted: Vec<ShortTitle>,
) -> ContextTitles {
    let mut out = ContextTitles::default();
    let mut seen: std::collections::HashSet<(String, u32, u32), FnvBuild> = Default::default();
    for w in wanted {
        let Some(list) = bodies.get(&w.body) else {
            continue;
        };
        let e = &entities[w.holder as usize];
        for &body in list {
            if !seen.insert((w.short.clone(), body, w.holder)) {
                continue;
            }
            let ci = out.titles.len() as u32;
            out.titles.push(ContextTitle {
                key: w.short.clone(),
                holder: w.holder,
                gate: office_gate(w.own, e),
            });
            out.by_body.entry(body).or_default().push(ci);
        }
    }
    out
}

/// Where the sentences of the normalized text `t` end: the byte index of each `.`, `!`, `?`,
/// line feed or `;`, and of the last byte of each Arabic `؟` (D8 9F) and `؛` (D8 9B) (an
/// ASCII byte, or the last byte of a two-byte character, always ends a character). One pass.
fn sentence_ends(t: &str) -> Vec<usize> {
    // The bytes that may end a sentence, looked up in a table (one load a byte).
    const END: [bool; 256] = {
        let mut table = [false; 256];
        table[b'.' as usize] = true;
        table[b'!' as usize] = true;
        table[b'?' as usize] = true;
        table[b'\n' as usize] = true;
        table[b';' as usize] = true;
        table[0x9F] = true;
        table[0x9B] = true;
        table
    };
    let b = t.as_bytes();
    let mut ends = Vec::new();
    let mut prev = 0u8;
    for (i, &c) in b.iter().enumerate() {
        if END[usize::from(c)] && (c < 0x80 || prev == 0xD8) {
            ends.push(i);
        }
        prev = c;
    }
    ends
}

/// The sentence of the normalized text `t` around `s..e`, given where its sentences end
/// ([`sentence_ends`]): from after the last end before `s` to the next end after `e`, at most
/// [`LED_WINDOW_BYTES`] each way.
fn sentence_around(t: &str, ends: &[usize], s: usize, e: usize) -> (usize, usize) {
    let b = t.as_bytes();
    let mut lo = s.saturating_sub(LED_WINDOW_BYTES);
    while !t.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (e + LED_WINDOW_BYTES).min(b.len());
    while !t.is_char_boundary(hi) {
        hi -= 1;
    }
    let k = ends.partition_point(|&i| i < s);
    if let Some(&i) = k.checked_sub(1).and_then(|k| ends.get(k)) {
        lo = lo.max(i + 1);
    }
    let k = ends.partition_point(|&i| i < e);
    if let Some(&i) = ends.get(k) {
        // (A two-byte end begins one byte before its last.)
        hi = hi.min(if b[i] < 0x80 { i } else { i - 1 });
    }
    (lo.min(s), hi.max(e))
}
