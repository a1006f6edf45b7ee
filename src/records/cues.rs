//! Cue families of the records stage (`data/records/merge_cues.tsv`): words that make a
//! mention a back-reference to an event told before, or part of another event; openings that
//! turn to another story; words of homes struck; words of how people were killed and of
//! news withheld.

use super::tables::{bad, rows, FnvBuild};
use crate::normalize::Normalizer;
use crate::words::words;
use once_cell::sync::Lazy;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// A word list with a hash index (the tables' hasher, [`crate::compact::Fnv`]): `contains`
/// hashes the word once where a scan of the list compares it with every word. It derefs to
/// the words, in their order.
#[derive(Debug, Default, Clone)]
pub(crate) struct WordSet {
    words: Vec<String>,
    index: HashSet<String, FnvBuild>,
    /// The fingerprints of the words ([`Sieve`]): most words of a text are none of them and
    /// are turned away before they are hashed.
    sieve: Sieve,
}

impl WordSet {
    /// The set of `words` (kept in order, duplicates included).
    pub(crate) fn new(words: Vec<String>) -> WordSet {
        let index = words.iter().cloned().collect();
        let mut sieve = Sieve::default();
        for w in &words {
            sieve.add(w);
        }
        WordSet {
            words,
            index,
            sieve,
        }
    }

    /// True when `w` is one of the words (exactly).
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.sieve.may_hold(w) && self.index.contains(w)
    }
}

/// A 2048-bit set of word fingerprints (the length and the last and third-last bytes of a
/// word, mixed): a word whose fingerprint is not in it is none of the words added, told in
/// a few instructions where a hash look-up takes dozens. The word lists of `data/records/`
/// have at most a few hundred words, so most other words of a text are turned away.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sieve {
    bits: [u64; 32],
}

impl Sieve {
    /// The fingerprint of `w`, below 2048.
    #[inline(always)]
    fn print(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let last = if n > 0 { b[n - 1] } else { 0 };
        let third = if n > 2 { b[n - 3] } else { 0 };
        let x = (n as u32 & 0xff) | (u32::from(last) << 8) | (u32::from(third) << 16);
        (x.wrapping_mul(0x9e37_79b1) >> 21) as usize
    }

    /// Adds the fingerprint of `w`.
    pub(crate) fn add(&mut self, w: &str) {
        let p = Sieve::print(w);
        self.bits[p >> 6] |= 1 << (p & 63);
    }

    /// False when `w` is surely none of the words added.
    #[inline(always)]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        let p = Sieve::print(w);
        self.bits[p >> 6] & (1 << (p & 63)) != 0
    }
}

impl std::ops::Deref for WordSet {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.words
    }
}

/// The cue families, normalized.
#[derive(Debug, Default)]
pub(crate) struct MergeCues {
    /// A claim of (or a denial of) responsibility for an event told before.
    pub claim: WordSet,
    /// Both sides of a fight, after a withdrawal.
    pub both_sides: WordSet,
    /// Periods of days or more, in `بعد <period> من`.
    pub period: WordSet,
    /// The first two words of a sentence turning to another story (`في سياق`, `من ناحيه`).
    pub other_story: Vec<(String, String)>,
    /// Words of homes and neighbourhoods, struck by a remote attack.
    pub residential: WordSet,
    /// How people were killed, between the verb and its figure (`بالرصاص`, `رميا`).
    pub manner: WordSet,
    /// Words of news or information, whose negation denies the news, not the losses.
    pub no_news: WordSet,
    /// Words for a body or a facility that head a name (`مركز احتجاز`, `غرفة عمليات`).
    pub body: WordSet,
    /// Words for a body that head a name only with a member between (`قوة حماية الدستور`):
    /// right before an event word they say something else (`قوة الانفجار`, `جهاز تفجير`).
    pub body_long: WordSet,
}

#[derive(Deserialize)]
struct CueRow {
    family: String,
    phrase: String,
}

/// Parses `merge_cues.tsv` (columns `family`, `phrase`; `#` lines are comments), as the
/// other records tables are read.
pub(crate) fn parse(data: &str) -> Result<MergeCues, crate::Error> {
    const FILE: &str = "merge_cues.tsv";
    let n = Normalizer::search();
    let mut out = MergeCues::default();
    // claim, both_sides, period, residential, manner, no_news, body, body_long.
    let mut lists: [Vec<String>; 8] = Default::default();
    for r in rows::<CueRow>(data, FILE)? {
        let phrase = n.normalize(&r.phrase).into_owned();
        if phrase.is_empty() {
            return Err(bad(FILE, "phrase", "empty phrase".into()));
        }
        match r.family.as_str() {
            "claim" => lists[0].push(phrase),
            "both_sides" => lists[1].push(phrase),
            "period" => lists[2].push(phrase),
            "other_story" => match phrase.split_once(' ') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() && !b.contains(' ') => {
                    out.other_story.push((a.to_owned(), b.to_owned()))
                }
                _ => return Err(bad(FILE, "phrase", format!("`{phrase}` is not two words"))),
            },
            "residential" => lists[3].push(phrase),
            "manner" => lists[4].push(phrase),
            "no_news" => lists[5].push(phrase),
            "body" => lists[6].push(phrase),
            "body_long" => lists[7].push(phrase),
            other => return Err(bad(FILE, "family", format!("unknown family `{other}`"))),
        }
    }
    let [claim, both_sides, period, residential, manner, no_news, body, body_long] =
        lists.map(WordSet::new);
    out.claim = claim;
    out.both_sides = both_sides;
    out.period = period;
    out.residential = residential;
    out.manner = manner;
    out.no_news = no_news;
    out.body = body;
    out.body_long = body_long;
    Ok(out)
}

/// The bundled cue families.
pub(crate) fn bundled() -> &'static MergeCues {
    static C: Lazy<MergeCues> = Lazy::new(|| {
        parse(include_str!("../../data/records/merge_cues.tsv"))
            // The bundled data is checked by the test suite; a failure is a build defect.
            .unwrap_or_else(|e| panic!("bundled merge cues: {e}"))
    });
    &C
}

/// Word lists of one records stage, read from a `family`/`phrase` file of `data/records/`
/// (`fatality_words.tsv`, `merge_words.tsv`, `role_words.tsv`, `date_words.tsv`): each
/// family a list of normalized words, in file order. How a list is matched (a leading
/// conjunction stripped or not, whole word or prefix) stays with the code that reads it.
#[derive(Debug)]
pub(crate) struct WordLists {
    lists: Vec<WordSet>,
    /// Every word of the lists with the families (of the first 64) it is a word of, one bit
    /// each: one look-up answers for all of them ([`WordLists::families`]).
    families: HashMap<String, u64, FnvBuild>,
    /// The fingerprints of the words of `families`.
    sieve: Sieve,
}

impl WordLists {
    /// The words of family number `i` of the names given to [`word_lists`].
    pub(crate) fn get(&self, i: usize) -> &[String] {
        self.lists.get(i).map_or(&[], |l| &l[..])
    }

    /// True when `w` is a word of family number `i` (exactly).
    #[inline]
    pub(crate) fn contains(&self, i: usize, w: &str) -> bool {
        self.lists.get(i).is_some_and(|l| l.contains(w))
    }

    /// The families `w` is a word of (exactly), bit `i` for family number `i` (below 64):
    /// bit `i` is set exactly when [`contains`](Self::contains)`(i, w)`.
    #[inline]
    pub(crate) fn families(&self, w: &str) -> u64 {
        if !self.sieve.may_hold(w) {
            return 0;
        }
        self.families.get(w).copied().unwrap_or(0)
    }
}

/// Parses a word-list file (columns `family`, `phrase`; `#` lines are comments) whose
/// families are `names` (each must have at least one word; an unknown family is an error).
/// Phrases are normalized with the `search` preset; they are one word each, except in the
/// families named in `multi`, which hold phrases of one or more words (single spaces between
/// them).
pub(crate) fn word_lists(
    data: &str,
    file: &str,
    names: &[&str],
    multi: &[&str],
) -> Result<WordLists, crate::Error> {
    let n = Normalizer::search();
    let mut lists = vec![Vec::new(); names.len()];
    for r in rows::<CueRow>(data, file)? {
        let phrase = n.normalize(&r.phrase).into_owned();
        let gap = phrase.split(' ').any(str::is_empty);
        if gap || (phrase.contains(' ') && !multi.contains(&r.family.as_str())) {
            return Err(bad(
                file,
                "phrase",
                format!("`{}` is not one word", r.phrase),
            ));
        }
        match names.iter().position(|x| *x == r.family) {
            Some(i) => lists[i].push(phrase),
            None => {
                return Err(bad(
                    file,
                    "family",
                    format!("unknown family `{}`", r.family),
                ))
            }
        }
    }
    if let Some(i) = lists.iter().position(Vec::is_empty) {
        return Err(bad(
            file,
            "family",
            format!("family `{}` has no word", names[i]),
        ));
    }
    let mut families: HashMap<String, u64, FnvBuild> = HashMap::default();
    for (i, l) in lists.iter().enumerate().take(64) {
        for w in l {
            *families.entry(w.clone()).or_default() |= 1 << i;
        }
    }
    // (The words of every family: a word of a family past the 64th is no key of `families`,
    // and a fingerprint too many only sends it to the look-up.)
    let mut sieve = Sieve::default();
    for w in lists.iter().flatten() {
        sieve.add(w);
    }
    Ok(WordLists {
        lists: lists.into_iter().map(WordSet::new).collect(),
        families,
        sieve,
    })
}

/// Defines, in the records module that calls it, `list(i)`: the words of family `i` of a
/// bundled `data/records/` word-list file (`family`, `phrase`; see [`word_lists`]),
/// parsed once on first use (forced by [`super::prepare`]); and `in_list(i, w)`: whether
/// `w`, as the caller prepared it, is one of them. `$multi` names the families whose
/// phrases may hold several words.
macro_rules! bundled_word_lists {
    ($file:literal, $families:expr, $multi:expr) => {
        /// The word lists of the bundled file, parsed once.
        fn lists() -> &'static super::cues::WordLists {
            static W: once_cell::sync::Lazy<super::cues::WordLists> =
                once_cell::sync::Lazy::new(|| {
                    super::cues::word_lists(
                        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/records/", $file)),
                        $file,
                        &$families,
                        &$multi,
                    )
                    // The bundled data is checked by the test suite; a failure is a build
                    // defect.
                    .unwrap_or_else(|e| panic!(concat!("bundled ", $file, ": {}"), e))
                });
            &W
        }

        /// The words of family `i` of the bundled file, parsed once.
        pub(super) fn list(i: usize) -> &'static [String] {
            lists().get(i)
        }

        /// True when `w` (as the caller prepared it) is a word of family `i`.
        #[inline]
        fn in_list(i: usize, w: &str) -> bool {
            lists().contains(i, w)
        }

        /// The families of the bundled file `w` (as the caller prepared it) is a word of, bit
        /// `i` for family `i`: `in_list(i, w)` for all of them at one look-up.
        #[inline]
        #[allow(dead_code)]
        fn families_of(w: &str) -> u64 {
            lists().families(w)
        }
    };
}
pub(crate) use bundled_word_lists;

/// True when `w` is one of `list` (exactly, as the caller prepared it).
#[cfg(test)]
pub(crate) fn has(list: &[String], w: &str) -> bool {
    list.iter().any(|c| c == w)
}

/// True when words `a` and `b` open a sentence that turns to another story (`a` without a
/// leading و): `وفي سياق`, `ومن ناحيه`.
pub(crate) fn other_story(a: &str, b: &str) -> bool {
    let a = a.strip_prefix('و').unwrap_or(a);
    bundled().other_story.iter().any(|(x, y)| x == a && y == b)
}

/// True when `w` (its leading و/ب/ل stripped) is a word of homes or neighbourhoods.
pub(crate) fn residential(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ب', 'ل']);
    bundled().residential.contains(w)
}

/// True when `w` (a word already stripped of its conjunction) tells how people were killed:
/// `بالرصاص`, `رميا`.
pub(crate) fn manner(w: &str) -> bool {
    bundled().manner.contains(w)
}

/// True when `w` (a word already stripped of its conjunction) is a word of news or
/// information: `انباء`, `الاعلان`.
pub(crate) fn no_news(w: &str) -> bool {
    bundled().no_news.contains(w)
}

/// True when an event word is part of the name of a body or a facility: it closes a
/// construct chain (`إضافة`) headed by a word for a body (`مركز احتجاز`, `مراكز الاحتجاز`,
/// `غرفة عمليات تحرير سرت`, `قوة حماية الدستور`). `prev` holds the words before the event
/// word, nearest first. Only the last member of a construct chain is definite, and the
/// member between is an indefinite feminine noun (`حماية`, `عمليات`): so `أعلنت قوة الردع
/// اعتقال` (a definite word between) and `قوة تعرضت لهجوم` (a verb between) are no names;
/// nor is an event word (`word`, normalized) after a conjunction or a preposition (`قامت
/// كتيبة مسلحة بالسيطرة على`, `مركز واعتقال`): no member of a construct chain carries one.
pub(crate) fn body_name(prev: &[&str], word: &str) -> bool {
    let mut cs = word.chars();
    let joined = matches!(
        (cs.next(), cs.next()),
        (Some('و' | 'ف'), _) | (Some('ب' | 'ل' | 'ك'), Some('ا'))
    );
    if joined {
        return false;
    }
    // The word, without و/ف, then without ب/ل: each form looked up once (a word with no
    // proclitic is one lookup, not three of the same string).
    let of = |list: &WordSet, w: &str| {
        let w1 = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let w2 = w1.strip_prefix(['ب', 'ل']).unwrap_or(w1);
        (!w.is_empty() && list.contains(w))
            || (w1.len() != w.len() && !w1.is_empty() && list.contains(w1))
            || (w2.len() != w1.len() && !w2.is_empty() && list.contains(w2))
    };
    let c = bundled();
    match prev {
        [p0, ..] if of(&c.body, p0) => true,
        [p0, p1, ..] => {
            let member = !p0.starts_with("ال")
                && p0.chars().count() >= 4
                && (p0.ends_with('ه') || p0.ends_with("ات"));
            member && (of(&c.body, p1) || of(&c.body_long, p1))
        }
        _ => false,
    }
}

/// True when `w`, without a leading و/ف, is one of `list`.
fn one_of(list: &WordSet, w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    !w.is_empty() && list.contains(w)
}

/// True when a claim of responsibility stands in the three words before byte `at` (not
/// before `lo`): `أعلن مسؤوليته عن الهجوم`, `تبنت الجماعة التفجير`.
#[cfg(test)]
pub(crate) fn claim_before(text: &str, lo: usize, at: usize) -> bool {
    let ws: [&str; 3] = crate::words::words_before(text, lo, at);
    claim_in(&ws)
}

/// [`claim_before`] on words already read: `prev` holds the words before the trigger,
/// nearest first (its first three are read).
pub(crate) fn claim_in(prev: &[&str]) -> bool {
    prev.iter().take(3).any(|w| one_of(&bundled().claim, w))
}

/// True when both sides of a fight are named in the two words after byte `at` (before `hi`):
/// `انسحاب قوات الطرفين`.
pub(crate) fn both_sides_after(text: &str, at: usize, hi: usize) -> bool {
    let after = text.get(at..hi.max(at)).unwrap_or("");
    words(after)
        .take(2)
        .any(|r| one_of(&bundled().both_sides, &after[r]))
}

/// True when an event word follows `بعد <period> من` (`بعد أيام من اشتباكات`): an earlier
/// event the news follows. `prev` holds the words before it, nearest first (at least three).
pub(crate) fn after_a_period(prev: &[&str]) -> bool {
    matches!(prev, [p0, p1, p2, ..] if *p0 == "من"
        && one_of(&bundled().period, p1)
        && matches!(*p2, "بعد" | "وبعد"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words_before;

    #[test]
    fn bundled_cues_parse() {
        let c = bundled();
        assert!(!c.claim.is_empty() && !c.both_sides.is_empty());
        let n = Normalizer::search();
        let t = n.normalize("أعلن التنظيم مسؤوليته عن الهجوم").into_owned();
        let at = t.rfind("الهجوم").unwrap_or(0);
        assert!(claim_before(&t, 0, at));
        let t = n.normalize("وانسحاب قوات الطرفين").into_owned();
        let at = t.find(" ").unwrap_or(0);
        assert!(both_sides_after(&t, at, t.len()));
        let t = n.normalize("تظاهروا بعد أيام من اشتباكات").into_owned();
        let at = t.rfind("اشتباكات").unwrap_or(0);
        let prev: [&str; 3] = words_before(&t, 0, at);
        assert!(after_a_period(&prev));
        assert!(!after_a_period(&["من", "ساعات", "بعد"]));
        assert!(!after_a_period(&["من", "ايام"]));
        assert!(body_name(&["مركز"], "احتجاز"));
        assert!(body_name(&["حمايه", "قوه"], "الدستور"));
        assert!(body_name(&["عمليات", "غرفه"], "تحرير"));
        assert!(!body_name(&["الردع", "قوه"], "اعتقال"));
        assert!(!body_name(&["تعرضت", "قوه"], "لهجوم"));
        assert!(!body_name(&["علي", "مركز"], "هجوم"));
        assert!(!body_name(&["مسلحه", "كتيبه"], "بالسيطره"));
        assert!(!body_name(&["مركز"], "واعتقال"));
        assert!(!body_name(&["قوه"], "الانفجار"));
    }

    /// The sieve never turns away a word of its lists: `contains` and `families` answer as a
    /// scan of the lists does, for every word of the lists, with and without a clitic, and
    /// for the words of sentences of my own.
    #[test]
    fn sieve_answers_as_the_lists_do() {
        let data = "family\tphrase\nclaim\tتبنى\nclaim\tمسؤوليته\nboth\tالطرفين\nboth\tالجانبين\nperiod\tأيام\nperiod\tأسابيع\n";
        let lists = word_lists(data, "test.tsv", &["claim", "both", "period"], &[]).unwrap();
        let c = bundled();
        let sets: [&WordSet; 9] = [
            &c.claim,
            &c.both_sides,
            &c.period,
            &c.residential,
            &c.manner,
            &c.no_news,
            &c.body,
            &c.body_long,
            &c.claim,
        ];
        let n = Normalizer::search();
        let mut probes: Vec<String> = Vec::new();
        for set in sets {
            for w in set.iter() {
                probes.push(w.clone());
                probes.push(format!("و{w}"));
                probes.push(w.chars().skip(1).collect());
            }
        }
        for i in 0..3 {
            probes.extend(lists.get(i).iter().cloned());
        }
        let text = n
            .normalize(
                "أعلنت الكتيبة بعد أيام تبنيها للهجوم على مركز الشرطة في الحي الغربي، وقال مصدر \
                 إن الطرفين تبادلا القصف بالرصاص الحي طوال الليل دون أنباء عن ضحايا",
            )
            .into_owned();
        probes.extend(text.split(' ').map(str::to_owned));
        probes.extend(["", "و", "ab", "x"].map(str::to_owned));
        for w in &probes {
            for set in sets {
                assert_eq!(set.contains(w), set.iter().any(|x| x == w), "{w}");
            }
            let mut bits = 0u64;
            for i in 0..3 {
                let has = lists.get(i).iter().any(|x| x == w);
                assert_eq!(lists.contains(i, w), has, "{w}");
                bits |= u64::from(has) << i;
            }
            assert_eq!(lists.families(w), bits, "{w}");
        }
    }

    #[test]
    fn bad_rows_are_errors() {
        assert!(parse("family\tphrase\nclaim\n").is_err());
        assert!(parse("family\tphrase\nother\tx\n").is_err());
        assert!(parse("family\tphrase\nclaim\tتبنى\n").is_ok());
        assert!(parse("family\tphrase\nother_story\tفي\n").is_err());
        assert!(parse("family\tphrase\nother_story\tفي سياق آخر\n").is_err());
        assert!(parse("family\tphrase\nother_story\tفي سياق\n").is_ok());
    }

    #[test]
    fn bundled_word_lists_parse() {
        use crate::records::{dates, fatalities, merge, roles};
        // Every family of every bundled word-list file has words (`list` panics on a bad file).
        for list in [fatalities::list, merge::list, roles::list, dates::list] {
            let mut i = 0;
            while !list(i).is_empty() {
                i += 1;
            }
            assert!(i >= 4, "{i}");
        }
        assert!(has(merge::list(1), "الاشتباكات"));
    }

    /// The hash index answers as the scan of the list does: every word of every bundled
    /// list is found, and words cut or extended from them are found only when listed.
    #[test]
    fn word_sets_answer_as_the_scan() {
        use crate::records::{dates, fatalities, merge, roles};
        let c = bundled();
        let mut sets: Vec<&WordSet> = vec![
            &c.claim,
            &c.both_sides,
            &c.period,
            &c.residential,
            &c.manner,
            &c.no_news,
            &c.body,
            &c.body_long,
        ];
        let built: Vec<WordSet> = [fatalities::list, merge::list, roles::list, dates::list]
            .iter()
            .flat_map(|list| {
                (0..)
                    .map(list)
                    .take_while(|l| !l.is_empty())
                    .map(|l| WordSet::new(l.to_vec()))
                    .collect::<Vec<_>>()
            })
            .collect();
        sets.extend(built.iter());
        let empty = WordSet::new(Vec::new());
        assert!(!empty.contains("") && !empty.contains("قتل"));
        for set in sets {
            for w in set.iter() {
                assert!(set.contains(w), "{w}");
                let mut probes: Vec<String> = vec![format!("و{w}"), format!("{w}ه"), String::new()];
                let cs: Vec<char> = w.chars().collect();
                for k in 0..cs.len() {
                    probes.push(cs[..k].iter().collect());
                    probes.push(cs[k..].iter().collect());
                }
                for p in &probes {
                    assert_eq!(set.contains(p), has(set, p), "{p}");
                }
            }
        }
    }

    #[test]
    fn word_lists_check_their_rows() {
        let names = ["a", "b"];
        let ok = word_lists("family\tphrase\na\tأسرى\nb\tقتل\n", "x.tsv", &names, &[]);
        assert!(
            ok.is_ok_and(|l| l.get(0) == ["اسري"] && has(l.get(1), "قتل") && l.contains(1, "قتل"))
        );
        assert!(word_lists("family\tphrase\na\tx\n", "x.tsv", &names, &[]).is_err());
        assert!(word_lists("family\tphrase\na\tx\nc\ty\n", "x.tsv", &names, &[]).is_err());
        assert!(word_lists("family\tphrase\na\tx y\nb\tz\n", "x.tsv", &names, &[]).is_err());
        let two = "family\tphrase\na\tفي وقت سابق\nb\tz\n";
        assert!(word_lists(two, "x.tsv", &names, &["a"]).is_ok());
        assert!(word_lists(two, "x.tsv", &names, &["b"]).is_err());
        // The normalizer folds a run of spaces into one.
        let gap = "family\tphrase\na\tفي  وقت\nb\tz\n";
        let l = word_lists(gap, "x.tsv", &names, &["a"]);
        assert!(l.is_ok_and(|l| l.get(0) == ["في وقت"]));
    }
}
