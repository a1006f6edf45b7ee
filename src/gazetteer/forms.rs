//! Name forms derived from an entity's own names: what news writes for a name by swapping
//! its head word for a synonym of the same use.
//!
//! - An outlet named with its medium (`قناة المسار`) is also written with the medium's other
//!   words (`تلفزيون المسار`, `فضائية المسار`; `صحيفة`/`جريدة`; `إذاعة`/`راديو`).
//! - The forces of a town named with a collective word (`قوات الزنتان`, `كتائب مصراتة`, the
//!   rest of the name a place of the gazetteer) are also its militias, as the other side
//!   writes them (`ميليشيات الزنتان`, `مليشيا مصراتة`). Forces named after a person
//!   (`قوات حفتر`) are left alone: the person stays matchable inside them.
//!
//! - The head of the UN mission holds one office that news writes in many ways: an entity
//!   holding one form of it (`المبعوث الأممي`, `رئيس بعثة الأمم المتحدة للدعم في ليبيا`, or the
//!   feminine `المبعوثة الأممية`) holds every form of the family, in the same period
//!   (`مبعوث الأمم المتحدة الخاص إلى ليبيا`, `الممثلة الخاصة للأمين العام في ليبيا`). Forms
//!   whose head also names other countries' envoys carry Libya in them. A form the data gives
//!   any holder is left as written (its holders and periods are the data's).
//!
//! - A body named with the place it is in after `في` (`السفارة التونسية في طرابلس`) is also
//!   written with the place joined to `ب` (`السفارة التونسية بطرابلس`).
//!
//! - A person named in full whose surname carries the article (`فايز السراج`) is also written
//!   without it after the given name, as much of the Maghreb press and translated news write
//!   Libyan names (`فايز سراج`, `خالد مشري`). The surname alone keeps its article: only the full
//!   name is derived, and a form that names anyone else is dropped like every derived form.
//!
//! - An outlet named with its medium (`قناة العربية`, `صحيفة الشرق الأوسط`) or with a word
//!   of news after its name (`الشرق للأخبار`, `بوابة أفريقيا الإخبارية`) is also written by
//!   the name alone, most often between quotes or after a word of attribution (`بحسب
//!   “الجزيرة”`, `لـ"العربية"`, `مراسل “الحدث”`). The bare name is most often a common word
//!   or a region (`الحدث`, `الشرق الأوسط`), so it is derived as an *ambiguous* name: licensed
//!   as an outlet's (license.rs: quotes, attribution, reporting verbs), never alone. A form
//!   that keeps the medium's word (`بوابة أفريقيا`) is unambiguous. News agencies (`وكالة
//!   الصحافة الفرنسية`) are left out: their bare names are generic phrases (the French press).
//!
//! - A town's body named in the construct state (`مديرية أمن الكفرة`, `المجلس العسكري
//!   الزاوية`) is also written with the definite head and the town after `ب`, `في` or `ل`
//!   (`مديرية الأمن بالكفرة`, `مديرية الأمن الوطني في سبها`, `المجلس العسكري لنالوت`),
//!   the town being a place of the gazetteer.
//!
//! - A kunya is written joined or apart: `أبو`, `ابو`, `بو` before a word also joined to it
//!   (`أيوب أبو راس` → `أيوب أبوراس`), a word beginning with a joined `أبو`/`ابو` also split
//!   (`ربيعة أبوراس` → `ربيعة أبو راس`).
//!
//! A derived name never takes a name the gazetteer gives any entity, and a name two entities
//! would derive is dropped: derived names only add, they never resolve a clash. Derived
//! offices share as offices do: by period (two holders at one date resolve to nothing).

use super::{norm_key, Entity, EntityKind};
use crate::compact::FnvBuild;
use crate::normalize::Normalizer;
use std::collections::{HashMap, HashSet};

/// Head words of an outlet's name that news writes one for another: TV channels, papers,
/// radio stations.
const OUTLET_HEADS: &[&[&str]] = &[
    &["قناة", "فضائية", "تلفزيون", "تليفزيون"],
    &["صحيفة", "جريدة"],
    &["إذاعة", "راديو"],
];

/// Bodies of a town named in the construct state (`مديرية أمن الكفرة`, `المجلس العسكري
/// الزاوية`), each with the definite heads news also writes before the town joined to `ب`,
/// after `في` or joined to `ل` (`مديرية الأمن بالكفرة`, `مديرية الأمن الوطني في سبها`,
/// `المجلس العسكري لمصراتة`).
const TOWN_BODY_HEADS: &[(&str, &[&str])] = &[
    ("مديرية أمن", &["مديرية الأمن", "مديرية الأمن الوطني"]),
    ("المجلس العسكري", &["المجلس العسكري"]),
];

/// Collective words for a town's forces that the entity's own names use.
const FORCE_HEADS: &[&str] = &["قوات", "كتائب"];

/// The words of the same forces as militias, in the spellings news writes.
const MILITIA_HEADS: &[&str] = &["ميليشيات", "مليشيات", "ميلشيات", "ميليشيا", "مليشيا"];

/// Forms of the office of the head of the UN mission in Libya, masculine and feminine: one
/// family each. The bare heads (`المبعوث الأممي`, `رئيس البعثة الأممية`) are offices alone in
/// a Libyan context (data/README.md: offices assume it); the others name Libya.
const UN_ENVOY: &[&[&str]] = &[
    &[
        "المبعوث الأممي",
        "المبعوث الأممي إلى ليبيا",
        "المبعوث الأممي لدى ليبيا",
        "المبعوث الأممي الخاص",
        "مبعوث الأمم المتحدة إلى ليبيا",
        "مبعوث الأمم المتحدة لدى ليبيا",
        "مبعوث الأمم المتحدة في ليبيا",
        "مبعوث الأمم المتحدة الخاص إلى ليبيا",
        "مبعوث الأمم المتحدة الخاص لدى ليبيا",
        "المبعوث الخاص للأمم المتحدة إلى ليبيا",
        "المبعوث الخاص للأمم المتحدة في ليبيا",
        "المبعوث الخاص للأمم المتحدة لدى ليبيا",
        "المبعوث الخاص للأمين العام إلى ليبيا",
        "المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا",
        "الممثل الخاص للأمين العام في ليبيا",
        "الممثل الخاص للأمين العام لدى ليبيا",
        "الممثل الخاص للأمين العام للأمم المتحدة في ليبيا",
        "الممثل الخاص للأمين العام للأمم المتحدة لدى ليبيا",
        "الممثل الشخصي للأمين العام في ليبيا",
        "الممثل الشخصي للأمين العام للأمم المتحدة في ليبيا",
        "الممثل الشخصي للأمين العام للأمم المتحدة لدى ليبيا",
        "رئيس البعثة الأممية",
        "رئيس بعثة الأمم المتحدة للدعم في ليبيا",
        "رئيس بعثة الأمم المتحدة في ليبيا",
        "رئيس بعثة الأمم المتحدة لدى ليبيا",
        "المبعوث الدولي إلى ليبيا",
        "المبعوث الدولي لدى ليبيا",
        "المبعوث الدولي الخاص إلى ليبيا",
        "المبعوث الدولي الخاص لدى ليبيا",
    ],
    &[
        "المبعوثة الأممية",
        "المبعوثة الأممية إلى ليبيا",
        "المبعوثة الأممية لدى ليبيا",
        "المبعوثة الأممية الخاصة",
        "مبعوثة الأمم المتحدة إلى ليبيا",
        "مبعوثة الأمم المتحدة لدى ليبيا",
        "مبعوثة الأمم المتحدة في ليبيا",
        "مبعوثة الأمم المتحدة الخاصة إلى ليبيا",
        "مبعوثة الأمم المتحدة الخاصة لدى ليبيا",
        "المبعوثة الخاصة للأمم المتحدة إلى ليبيا",
        "المبعوثة الخاصة للأمم المتحدة في ليبيا",
        "المبعوثة الخاصة للأمم المتحدة لدى ليبيا",
        "المبعوثة الخاصة للأمين العام إلى ليبيا",
        "المبعوثة الخاصة للأمين العام للأمم المتحدة إلى ليبيا",
        "الممثلة الخاصة للأمين العام في ليبيا",
        "الممثلة الخاصة للأمين العام لدى ليبيا",
        "الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا",
        "الممثلة الخاصة للأمين العام للأمم المتحدة لدى ليبيا",
        "الممثلة الشخصية للأمين العام في ليبيا",
        "الممثلة الشخصية للأمين العام للأمم المتحدة في ليبيا",
        "الممثلة الشخصية للأمين العام للأمم المتحدة لدى ليبيا",
        "رئيسة البعثة الأممية",
        "رئيسة بعثة الأمم المتحدة للدعم في ليبيا",
        "رئيسة بعثة الأمم المتحدة في ليبيا",
        "رئيسة بعثة الأمم المتحدة لدى ليبيا",
        "المبعوثة الدولية إلى ليبيا",
        "المبعوثة الدولية لدى ليبيا",
    ],
];

/// The offices derived from `offices` (each entity's offices, as written and normalized,
/// without their period): every form of a family one of them belongs to that no entity
/// holds as written, with the index in `offices` of the office it comes from (whose period
/// it takes).
pub(super) fn derived_offices(
    offices: &[Source<'_>],
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let families: Vec<Vec<(String, &str)>> = UN_ENVOY
        .iter()
        .map(|f| f.iter().map(|w| (norm_key(n, w), *w)).collect())
        .collect();
    // A form the data gives any holder stays as the data gives it: its holders and periods
    // are written out (handover months included), the family only fills in the others.
    let written: HashSet<&str, FnvBuild> = offices.iter().map(|&(_, _, k)| k).collect();
    let mut out = Vec::new();
    for (i, &(_, _, key)) in offices.iter().enumerate() {
        for f in families.iter().filter(|f| f.iter().any(|(k, _)| k == key)) {
            for (k, w) in f {
                if !written.contains(k.as_str()) {
                    out.push((i, w.to_string(), k.clone()));
                }
            }
        }
    }
    out
}

/// Head words of an outlet's name that news drops when it names the outlet alone
/// (`قناة العربية` → `“العربية”`). Agencies (`وكالة`) are not among them.
const OUTLET_BARE_HEADS: &[&str] = &[
    "قناة",
    "فضائية",
    "تلفزيون",
    "تليفزيون",
    "صحيفة",
    "جريدة",
    "إذاعة",
    "راديو",
    "موقع",
    "بوابة",
    "شبكة",
    "منصة",
    "مجلة",
];

/// Words of news after an outlet's name that news drops (`الشرق للأخبار` → `الشرق`).
const OUTLET_NEWS_TAILS: &[&str] = &["للأخبار", "الإخبارية", "الاخبارية"];

/// The Maghrebi months (Algeria, Tunisia, Morocco) for the Levantine-Egyptian ones the data
/// writes in names: `معسكر 17 فيفري` is `معسكر 17 فبراير`.
const MAGHREBI_MONTHS: [(&str, &str); 7] = [
    ("يناير", "جانفي"),
    ("فبراير", "فيفري"),
    ("أبريل", "أفريل"),
    ("مايو", "ماي"),
    ("يونيو", "جوان"),
    ("يوليو", "جويلية"),
    ("أغسطس", "أوت"),
];

/// The forms of `names` (unambiguous, non-office names, as written and normalized) with a
/// month's name written as Maghrebi outlets write it (`كتيبة 17 فيفري`), each with the index in
/// `names` of its source, its text and its key. A form that names something already (`taken`)
/// is dropped.
pub(super) fn derived_month_forms(
    names: &[Source<'_>],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    let month_of = |w: &str| MAGHREBI_MONTHS.iter().find(|(m, _)| *m == w);
    for (i, &(_, name, _)) in names.iter().enumerate() {
        // (One pass over the words: most names hold no month, and a start-up scan of every
        // name once per month cost more than the rest of the derived forms.)
        let Some(&(month, maghrebi)) = name.split(' ').find_map(month_of) else {
            continue;
        };
        let form: String = name
            .split(' ')
            .map(|w| if w == month { maghrebi } else { w })
            .collect::<Vec<_>>()
            .join(" ");
        let key = norm_key(n, &form);
        if !taken.contains(key.as_str()) && !out.iter().any(|(_, _, k)| *k == key) {
            out.push((i, form, key));
        }
    }
    out
}

/// The bare forms of the outlets among `names` (unambiguous, non-office names, as written and
/// normalized): the name without its medium's word, without a word of news after it, or both
/// (`قناة العربية` → `العربية`, `الشرق للأخبار` → `الشرق`, `بوابة أفريقيا الإخبارية` →
/// `بوابة أفريقيا` and `أفريقيا`). Each comes with the index in `names` of its source, its
/// text, its key and whether it is ambiguous (it is unless it keeps the medium's word). A form
/// with no Arabic letter (`218`), one that names something already (`taken`) and one two
/// entities derive are dropped.
pub(super) fn derived_bare_outlets(
    entities: &[Entity],
    names: &[Source<'_>],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String, bool)> {
    let heads: Vec<String> = OUTLET_BARE_HEADS.iter().map(|w| norm_key(n, w)).collect();
    let tails: Vec<String> = OUTLET_NEWS_TAILS.iter().map(|w| norm_key(n, w)).collect();
    let mut out: Vec<(usize, String, String, bool)> = Vec::new();
    for (i, &(e, name, key)) in names.iter().enumerate() {
        let entity = &entities[e];
        if entity.kind != EntityKind::Organization || entity.category != "media" {
            continue;
        }
        let name = name.trim();
        let headless = split_space(key)
            .filter(|(h, _)| heads.iter().any(|w| w == h))
            .and_then(|_| split_space(name))
            .map(|(_, rest)| rest.trim());
        let tailless = |s: &str| -> Option<String> {
            let at = s.rfind(' ')?;
            let last = norm_key(n, &s[at + 1..]);
            tails
                .contains(&last)
                .then(|| s[..at].trim_end().to_string())
        };
        let mut forms: Vec<(String, bool)> = Vec::new();
        if let Some(rest) = headless {
            forms.push((rest.to_string(), true));
            if let Some(r) = tailless(rest) {
                forms.push((r, true));
            }
        }
        if let Some(r) = tailless(name) {
            // The medium's word kept: the name is the outlet's alone.
            forms.push((r, headless.is_none()));
        }
        for (form, ambiguous) in forms {
            if !form.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
                continue;
            }
            let k = norm_key(n, &form);
            if !k.is_empty() && k != key {
                out.push((i, form, k, ambiguous));
            }
        }
    }
    keep_unique(&mut out, names, taken, |(i, _, k, _)| (*i, k.as_str()));
    out
}

/// Keeps the derived forms of `out` whose key (`form(x)` = (index into `names`, key)) names
/// nothing already (`taken`) and is derived for one entity only, each (entity, key) once.
fn keep_unique<T>(
    out: &mut Vec<T>,
    names: &[Source<'_>],
    taken: &HashSet<&str, FnvBuild>,
    form: impl Fn(&T) -> (usize, &str),
) {
    let mut owners: HashMap<String, HashSet<usize, FnvBuild>, FnvBuild> = HashMap::default();
    for x in out.iter() {
        let (i, k) = form(x);
        owners.entry(k.to_string()).or_default().insert(names[i].0);
    }
    let keep: HashSet<String, FnvBuild> = owners
        .into_iter()
        .filter(|(k, o)| o.len() == 1 && !taken.contains(k.as_str()))
        .map(|(k, _)| k)
        .collect();
    let mut seen: HashSet<(usize, String), FnvBuild> = HashSet::default();
    out.retain(|x| {
        let (i, k) = form(x);
        keep.contains(k) && seen.insert((names[i].0, k.to_string()))
    });
}

/// `s` split at its first space (a byte search: names are short).
fn split_space(s: &str) -> Option<(&str, &str)> {
    let at = s.bytes().position(|b| b == b' ')?;
    Some((&s[..at], &s[at + 1..]))
}

/// Shortest surname, article included, whose article is dropped (`السراج`: five letters; a
/// shorter one would leave a two-letter word).
const MIN_SURNAME_CHARS: usize = 5;

/// `name` (a person's full name) with the article of its last word dropped (`فايز السراج` →
/// `فايز سراج`), or `None` when the last word has no article, is too short, or is the word of
/// God ending a compound name (`صنع الله`, `عبد الله`).
fn without_surname_article(name: &str) -> Option<String> {
    let name = name.trim();
    let at = name.rfind(' ')?;
    let (given, last) = (name[..at].trim_end(), &name[at + 1..]);
    let rest = last.strip_prefix("ال")?;
    if given.is_empty()
        || last.chars().count() < MIN_SURNAME_CHARS
        || last == "الله"
        || matches!(
            given.rsplit(' ').next(),
            Some("عبد" | "بن" | "ابن" | "أبو" | "ابو" | "بو")
        )
    {
        return None;
    }
    Some(format!("{given} {rest}"))
}

/// Shortest given name, article included, whose article is dropped (`المهدي`: six letters).
const MIN_GIVEN_CHARS: usize = 5;

/// `name` (a person's full name) with the article of its first word dropped (`الصديق عبد
/// الكريم` → `صديق عبد الكريم`, `المبروك الغزوي` → `مبروك الغزوي`), as the Maghreb and
/// Egyptian press write Libyan given names; `None` when the first word has no article, is
/// too short, or the name is one word. The surname is kept whole: only the full name is
/// derived.
fn without_given_article(name: &str) -> Option<String> {
    let (first, rest) = split_space(name.trim())?;
    let bare = first.strip_prefix("ال")?;
    let rest = rest.trim();
    if rest.is_empty() || first.chars().count() < MIN_GIVEN_CHARS || first == "الملك" {
        return None;
    }
    Some(format!("{bare} {rest}"))
}

/// `name` (`شركة X …`) cut before the first word after X that tells what the company does:
/// one beginning with `لل`, `لإ` or `لت` (`للنفط`, `لإنتاج`, `لتكرير`); `None` when the name
/// does not begin with `شركة` or has no such word after its second.
fn company_short(name: &str) -> Option<String> {
    if !name.trim_start().starts_with("شركة") {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.first() != Some(&"شركة") {
        return None;
    }
    let cut =
        (2..words.len()).find(|&j| ["لل", "لإ", "لت"].iter().any(|p| words[j].starts_with(p)))?;
    Some(words[..cut].join(" "))
}

/// `name` with each word `أبو` (or `ابو`) that stands before another word put in the
/// genitive `أبي` (`أبو سليم` → `أبي سليم`); `None` when it holds no such word.
fn genitive_abu(name: &str) -> Option<String> {
    if !name.contains("بو") {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut changed = false;
    let out: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(j, &w)| {
            if matches!(w, "أبو" | "ابو") && j + 1 < words.len() {
                changed = true;
                "أبي"
            } else {
                w
            }
        })
        .collect();
    changed.then(|| out.join(" "))
}

/// Shortest rest of a joined kunya (`أبوراس`: `راس`, three letters) that is split off.
const MIN_JOINED_KUNYA_REST: usize = 3;

/// `name` with its kunyas written the other way: `أبو`, `ابو` or `بو` standing before another
/// word joined to it (`أيوب أبو راس` → `أيوب أبوراس`, `رمضان بو جناح` → `رمضان بوجناح`), and a
/// word that begins with a joined `أبو` or `ابو` split (`ربيعة أبوراس` → `ربيعة أبو راس`), as
/// Libyan and other news write the same names both ways; `None` when it holds no kunya. A
/// joined `بو` is left alone (`بوابة`, `بوليس` begin so).
fn kunya_spacing(name: &str) -> Option<String> {
    if !name.contains("بو") {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut changed = false;
    let mut j = 0;
    while j < words.len() {
        let w = words[j];
        if matches!(w, "أبو" | "ابو" | "بو") && j + 1 < words.len() {
            out.push(format!("{w}{}", words[j + 1]));
            changed = true;
            j += 2;
            continue;
        }
        let split = ["أبو", "ابو"].iter().find_map(|p| {
            w.strip_prefix(p)
                .filter(|rest| rest.chars().count() >= MIN_JOINED_KUNYA_REST)
                .map(|rest| format!("{p} {rest}"))
        });
        match split {
            Some(form) => {
                out.push(form);
                changed = true;
            }
            None => out.push(w.to_string()),
        }
        j += 1;
    }
    changed.then(|| out.join(" "))
}

/// A name of an entity to derive from: the entity's index, the name as written, its key.
pub(super) type Source<'a> = (usize, &'a str, &'a str);

/// The keys of the places' own names among `names`.
fn place_keys<'a>(entities: &[Entity], names: &[Source<'a>]) -> HashSet<&'a str, FnvBuild> {
    names
        .iter()
        .filter(|(e, _, _)| entities[*e].kind == EntityKind::Location)
        .map(|(_, _, k)| *k)
        .collect()
}

/// The forms derived from `names` (unambiguous, non-office names, as written and
/// normalized), each with the index in `names` of the name it comes from, its text and its
/// key. `taken` holds every key the gazetteer already has, of any entity and field.
pub(super) fn derived_names(
    entities: &[Entity],
    names: &[Source<'_>],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let norm_words = |words: &[&str]| -> Vec<String> {
        words.iter().map(|w| norm_key(n, w)).collect::<Vec<_>>()
    };
    let outlets: Vec<Vec<String>> = OUTLET_HEADS.iter().map(|f| norm_words(f)).collect();
    let forces = norm_words(FORCE_HEADS);
    // Keys of the places' own names: the rest of a forces' name must be one of them (made
    // when a forces' name first needs it).
    let mut places: Option<HashSet<&str, FnvBuild>> = None;
    // The keys of every country's names, made once for the company rule below.
    let mut countries: Option<HashSet<String, FnvBuild>> = None;

    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (i, &(e, name, key)) in names.iter().enumerate() {
        let entity = &entities[e];
        let (Some((head, key_rest)), Some((_, rest))) = (split_space(key), split_space(name))
        else {
            continue;
        };
        let rest = rest.trim();
        let heads: &[&str] = if entity.kind != EntityKind::Organization {
            &[]
        } else if entity.category == "media" {
            match outlets.iter().position(|f| f.iter().any(|w| w == head)) {
                Some(f) => OUTLET_HEADS[f],
                None => &[],
            }
        } else if entity.category == "armed_group"
            && forces.iter().any(|w| w == head)
            && places
                .get_or_insert_with(|| place_keys(entities, names))
                .contains(key_rest)
        {
            MILITIA_HEADS
        } else {
            &[]
        };
        for h in heads {
            let form = format!("{h} {rest}");
            let k = norm_key(n, &form);
            if k != key {
                out.push((i, form, k));
            }
        }
        if entity.kind == EntityKind::Person {
            let forms = [without_surname_article(name), without_given_article(name)];
            for form in forms.into_iter().flatten() {
                let k = norm_key(n, &form);
                if k != key {
                    out.push((i, form, k));
                }
            }
        }
        // A person's name with `ذ` is also written with `د`, as news writes what it hears
        // (`حسين الدوادي` for `حسين الذوادي`).
        if entity.kind == EntityKind::Person && name.contains('ذ') {
            let form = name.replace('ذ', "د");
            let k = norm_key(n, &form);
            if k != key {
                out.push((i, form, k));
            }
        }
        // A company named `شركة X` and what it does (`شركة الواحة للنفط`, `شركة سرت لإنتاج
        // وتصنيع النفط والغاز`) is also written `شركة X` (`لشركة "الواحة"`), unless X is a
        // country (`شركة ليبيا للاتصالات`).
        if entity.kind == EntityKind::Organization && entity.category == "company" {
            if let Some(form) = company_short(name) {
                let rest_key = norm_key(n, form.trim_start_matches("شركة").trim());
                let country = countries
                    .get_or_insert_with(|| {
                        entities
                            .iter()
                            .filter(|x| x.category == "country")
                            .flat_map(|x| {
                                std::iter::once(x.arabic.as_str()).chain(
                                    x.aliases.iter().map(|a| a.split('@').next().unwrap_or(a)),
                                )
                            })
                            .map(|a| norm_key(n, a))
                            .collect::<HashSet<String, FnvBuild>>()
                    })
                    .contains(&rest_key);
                let k = norm_key(n, &form);
                if !country && k != key {
                    out.push((i, form, k));
                }
            }
        }
        // A name holding `أبو` before another word is also written in the genitive, after a
        // noun or a preposition (`مستشفى أبي سليم`, `فرع أبي سليم`, `مقتل أبي بكر البغدادي`).
        if let Some(form) = genitive_abu(name) {
            let k = norm_key(n, &form);
            if k != key {
                out.push((i, form, k));
            }
        }
        // A kunya is written joined or apart (`أيوب أبو راس`, `أيوب أبوراس`; `أبو سليم`,
        // `أبوسليم`).
        if let Some(form) = kunya_spacing(name) {
            let k = norm_key(n, &form);
            if k != key {
                out.push((i, form, k));
            }
        }
        // A hospital (`مستشفى الهريش`) is also written with the shorter word for it, as
        // Levantine and some Libyan news writes it (`مشفى الهريش`).
        if let Some(rest) = name.strip_prefix("مستشفى ") {
            let form = format!("مشفى {}", rest.trim());
            let k = norm_key(n, &form);
            if k != key {
                out.push((i, form, k));
            }
        }
        // A body named with the place it is in after `في` (`السفارة التونسية في طرابلس`) is
        // also written with the place joined to `ب` (`السفارة التونسية بطرابلس`).
        if entity.kind == EntityKind::Organization {
            if let Some(at) = name.rfind(" في ") {
                let place = name[at + " في ".len()..].trim();
                let place_key = norm_key(n, place);
                if !place.is_empty()
                    && places
                        .get_or_insert_with(|| place_keys(entities, names))
                        .contains(place_key.as_str())
                {
                    let form = format!("{} ب{place}", &name[..at]);
                    let k = norm_key(n, &form);
                    if k != key {
                        out.push((i, form, k));
                    }
                }
            }
        }
        // A town's body named in the construct state (`مديرية أمن الكفرة`) is also written
        // with the definite head and the town after a preposition (`مديرية الأمن بالكفرة`,
        // `مديرية الأمن الوطني في الكفرة`, `المجلس العسكري للكفرة`); the bare definite head
        // with the town written plain (`مديرية الأمن الوطني الكفرة`) too, where it differs.
        if entity.kind == EntityKind::Organization {
            for &(head, defs) in TOWN_BODY_HEADS {
                let Some(place) = name.strip_prefix(head).and_then(|r| r.strip_prefix(' ')) else {
                    continue;
                };
                let place = place.trim();
                let place_key = norm_key(n, place);
                // The town must be the body's own (its affiliation): a force named after a
                // town without being its body (`المجلس العسكري الزنتان`, an alias of the Zintan
                // brigades) keeps its one form, and `في الزنتان` after it stays the town.
                if place.is_empty()
                    || !places
                        .get_or_insert_with(|| place_keys(entities, names))
                        .contains(place_key.as_str())
                    || !names.iter().any(|(e, _, k)| {
                        *k == place_key.as_str() && entity.affiliation.contains(&entities[*e].id)
                    })
                {
                    continue;
                }
                let to = match place.strip_prefix("ال") {
                    Some(bare) => format!("لل{bare}"),
                    None => format!("ل{place}"),
                };
                for def in defs.iter() {
                    let forms = [
                        format!("{def} ب{place}"),
                        format!("{def} في {place}"),
                        format!("{def} {to}"),
                        format!("{def} {place}"),
                    ];
                    for form in forms {
                        let k = norm_key(n, &form);
                        if k != key {
                            out.push((i, form, k));
                        }
                    }
                }
            }
        }
    }
    // Drop a form that names something already, and one two entities derive.
    keep_unique(&mut out, names, taken, |(i, _, k)| (*i, k.as_str()));
    out
}

/// The forms `منطقة X` of the quarters named `حي X` (`منطقة الحدائق`, `منطقة الليثي`), each
/// with the index in `names` of the name it comes from, its text and its key. They are
/// ambiguous names: a quarter's name is often a common word or one many towns have (`منطقة
/// الأندلس` in Baghdad), so the city it lies in must be named in the text, as for any
/// ambiguous place. None is made when X alone names another entity, or when the form names
/// something already (`taken`).
pub(super) fn derived_quarter_forms(
    entities: &[Entity],
    names: &[Source<'_>],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    let mut others: Option<HashMap<&str, usize, FnvBuild>> = None;
    for (i, &(e, name, key)) in names.iter().enumerate() {
        let entity = &entities[e];
        if entity.kind != EntityKind::Location || entity.category != "neighborhood" {
            continue;
        }
        let Some(rest) = name.strip_prefix("حي ") else {
            continue;
        };
        let rest_key = norm_key(n, rest);
        // The entity each key names (any one of them when several do).
        let owner = others
            .get_or_insert_with(|| names.iter().map(|&(o, _, k)| (k, o)).collect())
            .get(rest_key.as_str());
        if owner.is_some_and(|&o| o != e) {
            continue;
        }
        let form = format!("منطقة {rest}");
        let k = norm_key(n, &form);
        if k != key {
            out.push((i, form, k));
        }
    }
    keep_unique(&mut out, names, taken, |(i, _, k)| (*i, k.as_str()));
    out
}

/// Categories of the places whose spellings a facility or body named after them takes.
const TOWN_CATEGORIES: &[&str] = &["city", "town"];

/// The forms of the names of facilities and bodies named after the town they belong to, the
/// town written in its other spellings (session 20, ent24): `مطار مصراتة` is also `مطار
/// مصراطة`, `ميناء البريقة` also `ميناء مرسى البريقة`, `جامعة طرابلس` also `جامعة طرابلس
/// الغرب`, as news writes the town alone. The town must be in the entity's `affiliation` and
/// its name a run of whole words of the entity's name after its first word; the other
/// spellings are the town's names without a period of their own (`bounded`, aligned with
/// `names`) that hold an Arabic letter. Like every derived form, one that names anything
/// already, or that two entities derive, is dropped.
pub(super) fn derived_town_forms(
    entities: &[Entity],
    names: &[Source<'_>],
    bounded: &[bool],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let index: HashMap<&str, usize, FnvBuild> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let is_town = |e: &Entity| {
        e.kind == EntityKind::Location && TOWN_CATEGORIES.contains(&e.category.as_str())
    };
    // Each town's own spellings: (written, key).
    let mut towns: HashMap<usize, Vec<(&str, &str)>, FnvBuild> = HashMap::default();
    for (&(e, name, key), &b) in names.iter().zip(bounded) {
        if !b
            && is_town(&entities[e])
            && name.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        {
            towns.entry(e).or_default().push((name.trim(), key));
        }
    }
    let mut word_keys: HashMap<&str, String, FnvBuild> = HashMap::default();
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (i, &(e, name, key)) in names.iter().enumerate() {
        let entity = &entities[e];
        if is_town(entity)
            || bounded[i]
            || !matches!(entity.kind, EntityKind::Location | EntityKind::Organization)
        {
            continue;
        }
        // Only a name whose entity belongs to a town with other spellings derives anything:
        // look that up before splitting and normalizing the name's words.
        let homes: Vec<&Vec<(&str, &str)>> = entity
            .affiliation
            .iter()
            .filter_map(|a| index.get(a.as_str()))
            .filter_map(|t| towns.get(t))
            .collect();
        if homes.is_empty() {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        // The words' keys, each word normalized once for all names (`word_keys`: the same
        // head nouns, `مطار`, `جامعة`, come back name after name).
        for &w in &words {
            if !word_keys.contains_key(w) {
                word_keys.insert(w, norm_key(n, w));
            }
        }
        let keys: Vec<&str> = words.iter().map(|w| word_keys[w].as_str()).collect();
        for spellings in homes {
            for &(_, tk) in spellings {
                let tw: Vec<&str> = tk.split(' ').collect();
                let Some(at) = (1..words.len())
                    .filter(|&s| s + tw.len() <= words.len())
                    .find(|&s| keys[s..s + tw.len()].iter().zip(&tw).all(|(a, b)| a == b))
                else {
                    continue;
                };
                for &(other, ok) in spellings {
                    if ok == tk {
                        continue;
                    }
                    let form = words[..at]
                        .iter()
                        .copied()
                        .chain(std::iter::once(other))
                        .chain(words[at + tw.len()..].iter().copied())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let k = norm_key(n, &form);
                    if k != key {
                        out.push((i, form, k));
                    }
                }
            }
        }
    }
    keep_unique(&mut out, names, taken, |(i, _, k)| (*i, k.as_str()));
    out
}

/// Shortest town name, article dropped, that is derived (`بريقة`: five letters).
const MIN_BARE_TOWN_CHARS: usize = 4;

/// The names of Libyan towns and cities written with the article (`البريقة`, `الزنتان`)
/// without it, as the Egyptian and translated press write them after a head noun (`مدينة
/// "بريقة"`, `بلدة زنتان`; session 20, ent24). Without the article the word is most often
/// a common noun or another town's: each form is *ambiguous*, licensed as the town's
/// ambiguous names are (a cue of its kind, `مدينة`, `بلدة`, directly before; an earlier
/// mention of the town). Only names of one word after the article, of a town or city with
/// a district (in Libya), without a period of their own; a form that names anything already,
/// or that two towns derive, is dropped.
pub(super) fn derived_bare_towns(
    entities: &[Entity],
    names: &[Source<'_>],
    bounded: &[bool],
    taken: &HashSet<&str, FnvBuild>,
    n: &Normalizer,
) -> Vec<(usize, String, String)> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for (i, &(e, name, _)) in names.iter().enumerate() {
        let entity = &entities[e];
        if bounded[i]
            || entity.kind != EntityKind::Location
            || !TOWN_CATEGORIES.contains(&entity.category.as_str())
            || entity.admin1.is_none()
        {
            continue;
        }
        let name = name.trim();
        let Some(bare) = name.strip_prefix("ال") else {
            continue;
        };
        if bare.contains(' ') || bare.chars().count() < MIN_BARE_TOWN_CHARS {
            continue;
        }
        let k = norm_key(n, bare);
        if !k.is_empty() {
            out.push((i, bare.to_string(), k));
        }
    }
    keep_unique(&mut out, names, taken, |(i, _, k)| (*i, k.as_str()));
    out
}
