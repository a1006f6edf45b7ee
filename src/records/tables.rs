//! The analyst-editable tables of `data/records/`, loaded once through serde.

use super::cues::Sieve;
use super::Generic;
use crate::compact::dfa::Dfa;
use crate::normalize::Normalizer;
use crate::words::{could_be_proclitics, is_word_end, word_start};
use once_cell::sync::Lazy;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// The kind of a number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumKind {
    Unit,
    Teen,
    Ten,
    Hundred,
    Thousand,
    Vague,
}

/// Casualty word roles (bits).
pub(crate) mod cas {
    pub const KILLED_NOUN: u32 = 1;
    pub const INJURED_NOUN: u32 = 1 << 1;
    pub const KILLED_AFTER: u32 = 1 << 2;
    pub const INJURED_AFTER: u32 = 1 << 3;
    pub const KILLED_CUE: u32 = 1 << 4;
    pub const INJURED_CUE: u32 = 1 << 5;
    pub const KILLED_DUAL: u32 = 1 << 6;
    pub const INJURED_DUAL: u32 = 1 << 7;
    pub const KILLED_ONE: u32 = 1 << 8;
    pub const INJURED_ONE: u32 = 1 << 9;
    pub const PERSON: u32 = 1 << 10;
    pub const PERSON_DUAL: u32 = 1 << 11;
    pub const PERSON_ONE: u32 = 1 << 12;
    pub const TOTAL: u32 = 1 << 13;
    pub const SUBSET: u32 = 1 << 14;
    pub const BLOCK_BEFORE: u32 = 1 << 15;
    pub const BLOCK_AFTER: u32 = 1 << 16;
    pub const ZERO: u32 = 1 << 17;
    pub const ZERO_NEGATED: u32 = 1 << 18;
    /// With `ZERO_NEGATED`: only the dead are none (`دون خسائر في الأرواح`, losses of lives).
    pub const LIVES: u32 = 1 << 19;
    /// (`person_one_bare`) A word of one person only as written, never with the article
    /// (`مقتل فلسطيني`, not the adjective of `بالجيش الليبي`).
    pub const BARE: u32 = 1 << 20;
}

/// A role word of `roles.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoleWord {
    Reporter,
    Announcer,
    Agent,
    Target,
    Ally,
    AllyOf,
    Between,
    /// A verb of comment or accusation (`وصف`, `أدان`, `حمّل`, `اتهم`): the actor right
    /// after it spoke about the event; no side of it.
    Comment,
    /// A definite head noun that names an armed side told before (`التنظيم`, `القوات`,
    /// `الميليشيا`): an actor when an earlier named group answers to it.
    Anaphor,
}

/// A generic actor of `actors.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct GenericActor {
    pub generic: Generic,
    pub inter: Option<u8>,
    pub english: String,
}

/// Keeps the leftmost-longest non-overlapping items of `v`.
fn leftmost_longest<T>(v: &mut Vec<(Range<usize>, T)>) {
    if v.len() < 2 {
        return;
    }
    v.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut end = 0;
    v.retain(|(r, _)| {
        if r.start < end {
            return false;
        }
        end = r.end;
        true
    });
}

/// The tables' word keys are hashed with the crate's fast hasher ([`crate::compact::Fnv`],
/// eight bytes a step).
pub(crate) use crate::compact::FnvBuild;

/// Classes of the sentence pre-check (bits).
pub(crate) mod pre {
    /// A casualty word stem (قتل, جرح, أصاب, مصرع, …).
    pub const CASUALTY: u8 = 1;
    /// A relative time word (أمس, اليوم, منذ, الخميس, …).
    pub const RELATIVE: u8 = 2;
    /// A month name or a year word.
    pub const MONTH: u8 = 4;
    /// An ASCII digit.
    pub const DIGIT: u8 = 8;
    /// A stem of calling for something ([`super::PRE_DEMAND`]), anywhere in a word.
    pub const DEMAND: u8 = 16;
    /// A stem of the two sides ([`super::PRE_SIDES`]), anywhere in a word.
    pub const SIDES: u8 = 32;
}

/// The stems every word of the two sides (`الطرفين`, `الجانبان`, `الأطراف المتصارعة`) holds
/// (normalized): a sentence without any names no two sides, and roles skip the look for them.
pub(crate) const PRE_SIDES: [&str; 3] = ["الطرف", "الجانب", "الاطراف"];

/// Stems of calling for something (`دعا`, `طالب`, `نداء`, `ناشد`, `مناشدة`, `حث`), found anywhere
/// (normalized): a sentence without any holds no demand.
pub(crate) const PRE_DEMAND: [&str; 6] = ["دع", "طالب", "ندا", "ناشد", "مناشد", "حث"];

/// Stems whose absence lets a sentence skip a stage (normalized).
const PRE_CASUALTY: [&str; 51] = [
    // `فقد 3 أشخاص حياتهم` (`حياتهما` too).
    "حياتهم",
    "حياتهن",
    "جثث",
    // `جثتين`, `جثتان`, `جثتي`.
    "جثت",
    // `قضوا نحبهم`, `قضى نحبه`.
    "نحب",
    "وفيات",
    // `بحياة` (not `الحياة`), `توفي ` (not `توفير`).
    "بحياه",
    "ارواح",
    "ضحيت",
    "توفي ",
    "توفيت",
    "توفو",
    "جثه",
    "يصب",
    "قتل",
    "قتيل",
    "جرح",
    "جريح",
    "اصاب",
    "اصيب",
    "مصاب",
    "مصرع",
    "حتف",
    "ضحاي",
    "ضحيه",
    "خساير",
    "شهدا",
    "شهيد",
    "وفاه",
    "فارق",
    "استشهاد",
    // `استشهد`, `استشهدوا`; `أعدم`, `أعدموا`.
    "استشهد",
    "اعدام",
    "اعدم",
    // `دون أن يخلف أي أضرار بشرية`, `يعدمون 21 رهينة` (recprec16).
    "بشريه",
    "يعدم",
    // A victim in a suffix: `اغتالوه`, `أرداه`, `أردوها`, `أردته` (fat17).
    "اغتال",
    "ارداه",
    "اردوه",
    "اردته",
    // Nobody harmed: `لم يتعرض أحد لأذى`; the feminine plural wounded, `أصبن` (fatdate21).
    "اذي",
    "اصبن",
    // The plural of dying: `5 مهاجرين على الأقل ماتوا` (s40).
    "ماتوا",
    // Shooting dead, the verbal noun: `قبل إرداء قوات الأمن ثلاثة مهاجمين` (s40).
    "ارداء",
    // Slaughtered: `ذبح اثنين منهم`, `ذبحوا` (s40).
    "ذبح",
    // Fighters lost: `خسرت القوات 34 من عناصرها`, `فقدنا 5 من رجالنا` (the `loss` verbs).
    "خسر",
    // Eliminated: `القضاء على ثلاثة إرهابيين` (s30).
    "القضاء علي",
    "فقد",
    // The verb: `قضت مفارز الجيش على سبعة إرهابيين` (s44).
    "قضت",
    "قضي ",
    "قضوا",
];
/// (With the weekdays, [`super::dates::WEEKDAYS`].)
const PRE_RELATIVE: [&str; 26] = [
    "امس",
    "الان",
    "غدا",
    "غد",
    "اليوم",
    "اليومين",
    "اليومان",
    "البارحه",
    "الليله",
    "منذ",
    "قبل",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
    "سابق",
    "الايام",
    "الاسابيع",
    "الاشهر",
    "السنوات",
    "سابقا",
    "الصباح",
    "المساء",
    "مطلع",
    "اواخر",
    "نهايه",
];

/// All tables.
#[derive(Debug)]
pub(crate) struct Tables {
    pub numbers: HashMap<String, (u32, NumKind), FnvBuild>,
    /// Number phrases of more than one word (teens).
    pub number_phrases: Vec<(Vec<String>, u32)>,
    pub casualty: HashMap<String, u32, FnvBuild>,
    /// Generic actors (indexed by [`Hit::Actor`]).
    pub actors: Vec<GenericActor>,
    /// Words that, right before a person, name the person's forces (`قوات حفتر`): role
    /// `forces` of `roles.tsv`, normalized.
    pub forces: Vec<String>,
    /// One automaton for every phrase and pre-check stem, run once per sentence (standard
    /// semantics: every match of every pattern, by end; match states last, a step one table
    /// read and one comparison).
    scan: Option<Dfa>,
    /// What each pattern of `scan` is (a pattern may be several things).
    scan_kinds: Vec<Vec<Hit>>,
    /// The fingerprints of the keys of `casualty` and of `numbers` ([`Sieve`]): most words
    /// of a sentence are neither and are turned away before they are hashed.
    casualty_sieve: Sieve,
    number_sieve: Sieve,
    /// The fingerprints of the second words of `number_phrases`: a word after which none
    /// of them follows opens none.
    phrase_second_sieve: Sieve,
}

/// What a pattern of the sentence scan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A pre-check stem (substring).
    Pre(u8),
    /// A generic actor phrase (whole words).
    Actor(u32),
    /// A role phrase (whole words).
    Role(RoleWord),
    /// A multi-word casualty phrase (whole words).
    Casualty(u32),
    /// A word that starts a clause (exactly that word).
    Clause,
    /// `كان`, `كانت`… of a past perfect (with و/ف).
    Kana,
    /// `قد` (with و/ف).
    Qad,
    /// A punctuation mark that cuts clauses.
    Punct,
    /// An ASCII digit.
    Digit,
    /// A word of a press conference or a seat (`مؤتمر`, `عقده`, `مقره`): the place after it is
    /// where the news was told.
    Told,
}

/// What one scan of a sentence found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Pre-check classes ([`pre`]).
    pub pre: u8,
    /// Generic actors: (normalized range, index into `Tables::actors`), leftmost-longest.
    pub actors: Vec<(Range<usize>, u32)>,
    /// Role words, leftmost-longest.
    pub roles: Vec<(Range<usize>, RoleWord)>,
    /// Casualty phrases, leftmost-longest.
    pub casualty: Vec<(Range<usize>, u32)>,
    /// Where month names and year words are.
    pub months: Vec<Range<usize>>,
    /// Where relative time stems are.
    pub relative: Vec<Range<usize>>,
    /// Starts of clause words, of `كان…` and of `قد`, in order.
    pub clause_words: Vec<usize>,
    /// Clause-cutting punctuation marks (start, end), in order.
    pub puncts: Vec<(usize, usize)>,
    pub kana: Vec<usize>,
    pub qad: Vec<usize>,
    /// Ends of press-conference and seat words ([`Hit::Told`]), in order.
    pub told: Vec<usize>,
}

impl Scan {
    /// Empties every list (keeping their buffers).
    fn clear(&mut self) {
        let Scan {
            pre,
            actors,
            roles,
            casualty,
            months,
            relative,
            clause_words,
            puncts,
            kana,
            qad,
            told,
        } = self;
        *pre = 0;
        actors.clear();
        roles.clear();
        casualty.clear();
        months.clear();
        relative.clear();
        clause_words.clear();
        puncts.clear();
        kana.clear();
        qad.clear();
        told.clear();
    }
}

#[derive(Deserialize)]
struct NumberRow {
    word: String,
    value: u32,
    kind: String,
}

#[derive(Deserialize)]
struct CasualtyRow {
    word: String,
    role: String,
}

#[derive(Deserialize)]
struct ActorRow {
    phrase: String,
    generic: String,
    inter: Option<u8>,
    english: String,
}

#[derive(Deserialize)]
struct RoleRow {
    word: String,
    role: String,
}

/// The rows of a records data file (tab-separated, a header, `#` comments), as `T`.
///
/// Read by [`plain_rows`] when the file is as the bundled files are (most of the start-up's
/// reading: a `csv` reader costs a quarter of a million instructions to build); anything
/// else (a carriage return, a byte-order mark, a row of the wrong width, a field that does
/// not parse) by the `csv` reader, which also words the error.
pub(super) fn rows<T: for<'de> Deserialize<'de>>(
    text: &str,
    file: &str,
) -> Result<Vec<T>, crate::Error> {
    match plain_rows(text) {
        Some(out) => Ok(out),
        None => csv_rows(text, file),
    }
}

/// The rows of a file the `csv` reader of [`csv_rows`] reads as lines split at tabs: `\n`
/// ends a line, empty lines and lines starting with `#` are skipped, the first line left is
/// the header, every field (and header) is trimmed of whitespace as the `csv` reader trims it
/// (`str::trim`), and every row has the header's width. `None` for anything else, and for a
/// row that does not deserialize.
pub(super) fn plain_rows<T: for<'de> Deserialize<'de>>(text: &str) -> Option<Vec<T>> {
    if text.contains('\r') || text.starts_with('\u{feff}') {
        return None;
    }
    let mut header: Option<csv::StringRecord> = None;
    let mut out = Vec::new();
    let mut rec = csv::StringRecord::new();
    for line in text.split('\n') {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        rec.clear();
        for f in line.split('\t') {
            rec.push_field(f.trim());
        }
        match &header {
            None => header = Some(rec.clone()),
            Some(h) => {
                if rec.len() != h.len() {
                    return None;
                }
                out.push(rec.deserialize(Some(h)).ok()?);
            }
        }
    }
    Some(out)
}

/// [`rows`] by the `csv` reader.
pub(super) fn csv_rows<T: for<'de> Deserialize<'de>>(
    text: &str,
    file: &str,
) -> Result<Vec<T>, crate::Error> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .quoting(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for r in rdr.deserialize::<T>() {
        out.push(r.map_err(|e| crate::Error::Data {
            file: file.to_string(),
            line: e.position().map_or(0, |p| p.line()),
            field: "row".into(),
            message: e.to_string(),
        })?);
    }
    Ok(out)
}

/// An error of a records data file's `field`.
pub(super) fn bad(file: &str, field: &str, message: String) -> crate::Error {
    crate::Error::Data {
        file: file.to_string(),
        line: 0,
        field: field.to_string(),
        message,
    }
}

/// Adds the dual of every singular person noun (`person_one`) that the table does not list
/// itself, as `person_dual`: the nominative `-ان` (`سائق` → `سائقان`), and for a noun in
/// `ة` (`ه` once normalized) both cases of `-تان`/`-تين` (`طفلة` → `طفلتان`, `طفلتين`).
/// The masculine oblique `-ين` is left out: without vowels it is also the sound plural
/// (`مسعفين`, two or many paramedics), which counts no number.
fn derive_duals(casualty: &mut HashMap<String, u32, FnvBuild>) {
    let ones: Vec<String> = casualty
        .iter()
        .filter(|(w, b)| **b & cas::PERSON_ONE != 0 && w.chars().count() >= 3)
        .map(|(w, _)| w.clone())
        .collect();
    for w in ones {
        let duals = match w.strip_suffix('ه') {
            Some(stem) => vec![format!("{stem}تان"), format!("{stem}تين")],
            None => vec![format!("{w}ان")],
        };
        for d in duals {
            casualty.entry(d).or_insert(cas::PERSON_DUAL);
        }
    }
}

impl Tables {
    /// Parses the four tables.
    pub fn parse(
        numbers: &str,
        casualties: &str,
        actors: &str,
        roles: &str,
    ) -> Result<Tables, crate::Error> {
        let n = Normalizer::search();
        let norm = |s: &str| n.normalize(s.trim()).into_owned();
        let mut num: HashMap<String, (u32, NumKind), FnvBuild> = HashMap::default();
        let mut number_phrases: Vec<(Vec<String>, u32)> = Vec::new();
        for r in rows::<NumberRow>(numbers, "numbers.tsv")? {
            let kind = match r.kind.as_str() {
                "unit" => NumKind::Unit,
                "teen" => NumKind::Teen,
                "ten" => NumKind::Ten,
                "hundred" => NumKind::Hundred,
                "thousand" => NumKind::Thousand,
                "vague" => NumKind::Vague,
                k => return Err(bad("numbers.tsv", "kind", format!("unknown kind `{k}`"))),
            };
            let w = norm(&r.word);
            if w.contains(' ') {
                number_phrases.push((w.split(' ').map(str::to_string).collect(), r.value));
            } else {
                num.insert(w, (r.value, kind));
            }
        }
        let mut casualty: HashMap<String, u32, FnvBuild> = HashMap::default();
        let mut phrases = Vec::new();
        for r in rows::<CasualtyRow>(casualties, "casualties.tsv")? {
            use cas::*;
            let bit = match r.role.as_str() {
                "killed_noun" => KILLED_NOUN,
                "injured_noun" => INJURED_NOUN,
                "killed_after" => KILLED_AFTER,
                "injured_after" => INJURED_AFTER,
                "killed_cue" => KILLED_CUE,
                "injured_cue" => INJURED_CUE,
                "killed_dual" => KILLED_DUAL,
                "injured_dual" => INJURED_DUAL,
                "killed_one" => KILLED_ONE,
                "injured_one" => INJURED_ONE,
                "person" => PERSON,
                "person_dual" => PERSON_DUAL,
                "person_one" => PERSON_ONE,
                "person_one_bare" => PERSON_ONE | BARE,
                "total" => TOTAL,
                "subset" => SUBSET,
                "block_before" => BLOCK_BEFORE,
                "block_after" => BLOCK_AFTER,
                "zero" => ZERO,
                "zero_negated" => ZERO_NEGATED,
                "zero_lives_negated" => ZERO_NEGATED | LIVES,
                k => return Err(bad("casualties.tsv", "role", format!("unknown role `{k}`"))),
            };
            let w = norm(&r.word);
            if w.contains(' ') {
                phrases.push((w, bit));
            } else {
                *casualty.entry(w).or_default() |= bit;
            }
        }
        derive_duals(&mut casualty);
        let mut acts = Vec::new();
        for r in rows::<ActorRow>(actors, "actors.tsv")? {
            let generic = Generic::parse(&r.generic).ok_or_else(|| {
                bad(
                    "actors.tsv",
                    "generic",
                    format!("unknown generic `{}`", r.generic),
                )
            })?;
            if r.inter.is_some_and(|i| !(1..=8).contains(&i)) {
                return Err(bad("actors.tsv", "inter", "not in 1..8".into()));
            }
            acts.push((
                norm(&r.phrase),
                GenericActor {
                    generic,
                    inter: r.inter,
                    english: r.english,
                },
            ));
        }
        let mut rl = Vec::new();
        let mut forces = Vec::new();
        for r in rows::<RoleRow>(roles, "roles.tsv")? {
            if r.role == "forces" {
                forces.push(norm(&r.word));
                continue;
            }
            let role = match r.role.as_str() {
                "reporter" => RoleWord::Reporter,
                "announcer" => RoleWord::Announcer,
                "agent" => RoleWord::Agent,
                "target" => RoleWord::Target,
                "ally" => RoleWord::Ally,
                "ally_of" => RoleWord::AllyOf,
                "between" => RoleWord::Between,
                // (What a demand is about, and the one a place is described by, are, as a
                // comment's object, no side.)
                "comment" | "demanded" | "place_of" => RoleWord::Comment,
                "anaphor" => RoleWord::Anaphor,
                k => return Err(bad("roles.tsv", "role", format!("unknown role `{k}`"))),
            };
            // `وفقا لـ` and `الموالية ل`: the preposition is a proclitic of the next word.
            let w = norm(&r.word);
            let w = w
                .strip_suffix(" لـ")
                .or_else(|| w.strip_suffix(" ل"))
                .unwrap_or(&w)
                .to_string();
            rl.push((w, role));
        }
        // One automaton: stems, actor phrases, role phrases, casualty phrases.
        let mut pats: Vec<String> = Vec::new();
        let mut kinds: Vec<Vec<Hit>> = Vec::new();
        let mut at: HashMap<String, usize, FnvBuild> = HashMap::default();
        let mut add = |p: &str, h: Hit| match at.get(p) {
            Some(&i) => kinds[i].push(h),
            None => {
                at.insert(p.to_string(), pats.len());
                pats.push(p.to_string());
                kinds.push(vec![h]);
            }
        };
        for (list, class) in [
            (&PRE_CASUALTY[..], pre::CASUALTY),
            (&PRE_RELATIVE[..], pre::RELATIVE),
            (&super::dates::WEEKDAYS[..], pre::RELATIVE),
            (crate::date::MONTH_NAMES, pre::MONTH),
            (&super::dates::YEAR_WORDS[..], pre::MONTH),
            (&PRE_DEMAND[..], pre::DEMAND),
            (&PRE_SIDES[..], pre::SIDES),
        ] {
            for p in list {
                add(p, Hit::Pre(class));
            }
        }
        // Every word of the killed and the wounded in `casualties.tsv` opens the casualty
        // reading too, so that a word added there (`تصفية`) needs no stem in the list above.
        {
            use cas::*;
            let told = KILLED_NOUN
                | INJURED_NOUN
                | KILLED_AFTER
                | INJURED_AFTER
                | KILLED_CUE
                | INJURED_CUE
                | KILLED_DUAL
                | INJURED_DUAL
                | KILLED_ONE
                | INJURED_ONE;
            let mut told_words: Vec<&str> = casualty
                .iter()
                .filter(|(_, &b)| b & told != 0)
                .map(|(w, _)| w.as_str())
                .chain(
                    phrases
                        .iter()
                        .filter(|(_, b)| b & told != 0)
                        .map(|(w, _)| w.as_str()),
                )
                // (Not a word a stem above narrows on purpose: `حياه` only as `بحياه`.)
                .filter(|w| !PRE_CASUALTY.iter().any(|p| w.contains(p) || p.contains(w)))
                .collect();
            // (In a fixed order: the automaton's patterns do not depend on the map's.)
            told_words.sort_unstable();
            for w in told_words {
                add(w, Hit::Pre(pre::CASUALTY));
            }
        }
        let mut actors = Vec::new();
        for (i, (p, g)) in acts.into_iter().enumerate() {
            add(&p, Hit::Actor(i as u32));
            // `مجموعات مسلحة` written definite (`المجموعات المسلحة`): a noun and its
            // adjectives take the article together, so a phrase with none takes it on each word.
            let mut def = None;
            if p.contains(' ') && !p.split(' ').any(|w| w.starts_with("ال")) {
                let d: Vec<String> = p.split(' ').map(|w| format!("ال{w}")).collect();
                let d = d.join(" ");
                add(&d, Hit::Actor(i as u32));
                def = Some(d);
            }
            // `دورية للشرطة`, `تابعة للمجموعات المسلحة`: after `ل` the article loses its
            // alif, so a definite phrase is also looked for written that way; not a rank
            // (`الموالين للعقيد معمر القذافي`: a rank with `ل` stands before a name).
            let rank = super::roles::is_rank(&p);
            for d in std::iter::once(&p).chain(def.as_ref()).filter(|_| !rank) {
                if let Some(rest) = d.strip_prefix("ال") {
                    add(&format!("لل{rest}"), Hit::Actor(i as u32));
                }
            }
            actors.push(g);
        }
        for (p, r) in rl {
            add(&p, Hit::Role(r));
        }
        for (p, b) in phrases {
            add(&p, Hit::Casualty(b));
        }
        for p in super::roles::CLAUSE_WORDS {
            add(p, Hit::Clause);
        }
        for p in ["كان", "كانت", "كانوا", "كانا"] {
            add(p, Hit::Kana);
        }
        add("قد", Hit::Qad);
        for p in super::roles::CUT_CHARS {
            add(p.encode_utf8(&mut [0; 4]), Hit::Punct);
        }
        for p in [
            // Normalized: `مؤتمر` is `موتمر` in the search view.
            "موتمر",
            "صحفي",
            "عقده",
            "عقدها",
            "عقدته",
            "عقدوه",
            "مقره",
            "مقرها",
        ] {
            add(p, Hit::Told);
        }
        for d in b'0'..=b'9' {
            add(&char::from(d).to_string(), Hit::Digit);
        }
        // A DFA (no prefilter: Arabic phrases share their first bytes, `ال`), built straight
        // from the patterns; none past 65,536 states.
        let scan = Dfa::new(&pats, false, 1 << 16);
        let mut casualty_sieve = Sieve::default();
        casualty.keys().for_each(|k| casualty_sieve.add(k));
        let mut number_sieve = Sieve::default();
        num.keys().for_each(|k| number_sieve.add(k));
        let mut phrase_second_sieve = Sieve::default();
        for (ph, _) in &number_phrases {
            if let Some(second) = ph.get(1) {
                phrase_second_sieve.add(second);
            }
        }
        Ok(Tables {
            numbers: num,
            number_phrases,
            casualty,
            actors,
            forces,
            scan,
            scan_kinds: kinds,
            casualty_sieve,
            number_sieve,
            phrase_second_sieve,
        })
    }

    /// Scans `text[range]` once: pre-check classes, generic actors, role words, casualty
    /// phrases and month names.
    pub fn scan(&self, text: &str, range: Range<usize>) -> Scan {
        let mut out = Scan::default();
        self.scan_into(text, range, &mut out);
        out
    }

    /// [`scan`](Self::scan) into `out`, cleared first: its buffers are used again from one
    /// sentence to the next.
    pub fn scan_into(&self, text: &str, range: Range<usize>, out: &mut Scan) {
        out.clear();
        let range = range.start.min(text.len())..range.end.min(text.len());
        let Some(hay) = text.get(range.clone()) else {
            return;
        };
        let Some(ac) = &self.scan else {
            if hay.bytes().any(|b| b.is_ascii_digit()) {
                out.pre |= pre::DIGIT;
            }
            return;
        };
        let base = range.start;
        // The word end first: most hits inside a word fail it at once.
        let whole = |s: usize, e: usize| {
            is_word_end(text, e)
                && word_start(text, s, 4).is_some_and(|ws| could_be_proclitics(&text[ws..s]))
        };
        // The flat automaton walked byte by byte: every match of every pattern, in order of
        // end, as an overlapping search reports them.
        let mut sid = ac.start();
        let bytes = hay.as_bytes();
        let mut from = 0;
        while let Some(at) = ac.next_match(bytes, from, &mut sid) {
            from = at + 1;
            for &(pid, len) in ac.matches(sid) {
                let e = base + at + 1;
                let s = e - len as usize;
                let kinds = &self.scan_kinds[pid as usize];
                let mut checked: Option<bool> = None;
                for &k in kinds {
                    if k == Hit::Punct {
                        out.puncts.push((s, e));
                        continue;
                    }
                    if k == Hit::Digit {
                        out.pre |= pre::DIGIT;
                        continue;
                    }
                    if let Hit::Pre(c) = k {
                        if c == pre::CASUALTY || c == pre::DEMAND || c == pre::SIDES {
                            out.pre |= c;
                            continue;
                        }
                        // Relative time words, month names and year words are whole words
                        // (`اب` is inside many, `العام` inside `العامة`).
                        if !*checked.get_or_insert_with(|| whole(s, e)) {
                            continue;
                        }
                        out.pre |= c;
                        if c == pre::RELATIVE {
                            out.relative.push(s..e);
                            continue;
                        }
                        out.months.push(s..e);
                        continue;
                    }
                    if !*checked.get_or_insert_with(|| whole(s, e)) {
                        continue;
                    }
                    match k {
                        Hit::Actor(i) => out.actors.push((s..e, i)),
                        Hit::Role(r) => out.roles.push((s..e, r)),
                        Hit::Casualty(b) => out.casualty.push((s..e, b)),
                        Hit::Clause => {
                            // The word itself, no proclitic.
                            if word_start(text, s, 0) == Some(s) {
                                out.clause_words.push(s);
                            }
                        }
                        Hit::Kana | Hit::Qad => {
                            let ws = word_start(text, s, 1).unwrap_or(s);
                            if ws == s || matches!(&text[ws..s], "و" | "ف") {
                                if k == Hit::Kana {
                                    out.kana.push(ws);
                                } else {
                                    out.qad.push(ws);
                                }
                            }
                        }
                        Hit::Told => out.told.push(e),
                        Hit::Pre(_) | Hit::Punct | Hit::Digit => {}
                    }
                }
            }
        }
        out.clause_words.sort_unstable();
        out.kana.sort_unstable();
        out.qad.sort_unstable();
        leftmost_longest(&mut out.actors);
        leftmost_longest(&mut out.roles);
        leftmost_longest(&mut out.casualty);
    }

    /// The bundled tables (`data/records/`), parsed on first use.
    pub fn bundled() -> &'static Tables {
        static T: Lazy<Tables> = Lazy::new(|| {
            Tables::parse(
                include_str!("../../data/records/numbers.tsv"),
                include_str!("../../data/records/casualties.tsv"),
                include_str!("../../data/records/actors.tsv"),
                include_str!("../../data/records/roles.tsv"),
            )
            // The bundled data is checked by the test suite; a failure is a build defect.
            .unwrap_or_else(|e| panic!("bundled record tables: {e}"))
        });
        &T
    }

    /// The casualty roles of a word, without a leading و/ف (and ب/ل when `preps`).
    pub fn casualty_of(&self, w: &str) -> u32 {
        let get = |k: &str| {
            self.casualty_sieve
                .may_hold(k)
                .then(|| self.casualty.get(k))
                .flatten()
        };
        if let Some(&b) = get(w) {
            return b;
        }
        let w1 = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        // (Without a leading و/ف, `w1` is `w`, looked up already.)
        if let Some(&b) = (w1.len() < w.len()).then(|| get(w1)).flatten() {
            return b;
        }
        if let Some(&b) = w1.strip_prefix(['ب', 'ل']).and_then(get) {
            return b;
        }
        // With the article: `القتلى`, `بالجروح`, `للقتلى`.
        let art = w1
            .strip_prefix("ال")
            .or_else(|| w1.strip_prefix("بال"))
            .or_else(|| w1.strip_prefix("لل"));
        art.and_then(get)
            .copied()
            .filter(|b| b & cas::BARE == 0)
            .unwrap_or(0)
    }

    /// The number a word is, without a leading و.
    pub fn number_of(&self, w: &str) -> Option<(u32, NumKind)> {
        if let Some(v) = self.number_word(w) {
            return Some(v);
        }
        let w1 = w.strip_prefix(['و', 'ب'])?;
        self.number_word(w1)
    }

    /// The number `w` is, exactly as written (`numbers.get(w)`, most words turned away by
    /// the sieve of its keys first).
    #[inline]
    pub(crate) fn number_word(&self, w: &str) -> Option<(u32, NumKind)> {
        if !self.number_sieve.may_hold(w) {
            return None;
        }
        self.numbers.get(w).copied()
    }

    /// False when no phrase of `number_phrases` (of two words or more) has `second` as its
    /// second word: the phrases need not be compared.
    #[inline]
    pub(crate) fn may_continue_phrase(&self, second: &str) -> bool {
        self.phrase_second_sieve.may_hold(second)
    }

    /// True when `w` counts something: a number word of the table or digits.
    pub(crate) fn is_count(&self, w: &str) -> bool {
        !w.is_empty() && (self.number_of(w).is_some() || w.bytes().all(|b| b.is_ascii_digit()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of [`rows`] gives what the `csv` reader gives, on every bundled
    /// file and on the shapes it must leave to the reader.
    #[test]
    fn plain_rows_read_as_the_csv_reader() {
        let files = [
            include_str!("../../data/records/actors.tsv"),
            include_str!("../../data/records/casualties.tsv"),
            include_str!("../../data/records/date_words.tsv"),
            include_str!("../../data/records/fatality_words.tsv"),
            include_str!("../../data/records/foreign_places.tsv"),
            include_str!("../../data/records/iso3166.tsv"),
            include_str!("../../data/records/merge_cues.tsv"),
            include_str!("../../data/records/merge_words.tsv"),
            include_str!("../../data/records/nisbas.tsv"),
            include_str!("../../data/records/numbers.tsv"),
            include_str!("../../data/records/places.tsv"),
            include_str!("../../data/records/role_words.tsv"),
            include_str!("../../data/records/roles.tsv"),
        ];
        for f in files {
            let plain = plain_rows::<Vec<String>>(f);
            assert!(plain.is_some());
            assert_eq!(plain.unwrap(), csv_rows::<Vec<String>>(f, "x").unwrap());
        }
        let cases = [
            "a\tb\n x \t y \n\n# c\n1\t2",
            "# first\n\na\tb\n#x\ty\n\tz\n",
            "a\tb\nx\n",
            "a\tb\r\nx\ty\r\n",
            "\u{feff}a\tb\nx\ty\n",
            "a\tb\nx\t\"y\"\n",
            "",
            "a\n",
            "a\u{a0}\tb\n\u{2009}x\ty\u{a0}\n",
        ];
        for c in cases {
            let by_csv = csv_rows::<Vec<String>>(c, "x").ok();
            if let Some(plain) = plain_rows::<Vec<String>>(c) {
                assert_eq!(Some(plain), by_csv, "{c:?}");
            }
            assert_eq!(rows::<Vec<String>>(c, "x").ok(), by_csv, "{c:?}");
        }
        // A struct row: a value that does not parse is left to the reader, which tells the
        // line.
        let bad = "word\tvalue\tkind\nثلاثه\tx\tunit\n";
        assert!(plain_rows::<NumberRow>(bad).is_none());
        assert!(matches!(
            rows::<NumberRow>(bad, "numbers.tsv"),
            Err(crate::Error::Data { line: 2, .. })
        ));
    }

    #[test]
    fn bundled_tables_parse() {
        let t = Tables::bundled();
        assert_eq!(t.number_of("ثلاثه"), Some((3, NumKind::Unit)));
        assert_eq!(t.number_of("وعشرين"), Some((20, NumKind::Ten)));
        assert!(t.casualty_of("قتلي") & cas::KILLED_NOUN != 0);
        assert!(t.casualty_of("ومقتل") & cas::KILLED_CUE != 0);
        let text = "هاجم مسلحون مجهولون وقوات الامن";
        let found: Vec<_> = t
            .scan(text, 0..text.len())
            .actors
            .into_iter()
            .map(|(r, a)| (&text[r], t.actors[a as usize].generic))
            .collect();
        assert_eq!(
            found,
            [
                ("مسلحون مجهولون", Generic::UnidentifiedArmedGroup),
                ("قوات الامن", Generic::StateForces)
            ]
        );
    }
}
