//! From events to records: the facts of each event (date, roles, place), mentions merged
//! across sentences, casualties attached to their cause.
//!
//! Sentence events that share a kind and agree on place, actors and date merge into one
//! record; so do back-references in later sentences (`الهجوم`, `القصف`, `المعارك`,
//! `الاشتباكات` with the article and no new place or actor), which may also refer back to a
//! record of another violent kind. A `casualties` event joins the record of the attack,
//! strike or clash in its sentence (or the nearest sentence before, then after); it stands
//! alone only when the document names no causing event. Figures are summed within a
//! sentence; across sentences the lower one is kept (repeated or conflicting reports) unless
//! the later one is a running total, which replaces it. Merging looks back over at most
//! [`WINDOW`] records, so a document costs time linear in its events.
//!
//! After merging, a record that tells a facet of another record's event joins it (a strike
//! told as `قصف`, the car bomb of an assassination, the storming by protesters: see
//! [`facets`]); fire opened on civilians is violence against civilians, not a clash
//! ([`shootings`]); a mediation told as a means is context and a foreign intervention with no
//! foreign party is no record ([`no_report`]).

use super::cues;
use super::dates::{self, bare, TimeExpr};
use super::fatalities::{self, Figure};
use super::roles::{self, Cuts, Roles, SentenceActors};
use super::tables::Tables;
use super::unit_words::{UnitWords, WordMemo};
use super::{Doc, Precision, Record, RecordDate, RecordLocation};
use crate::events::{EventKind, Modality};
use crate::gazetteer::{Gazetteer, Mention};
use crate::words::{words, words_before};
use std::cell::RefCell;
use std::ops::Range;

/// How many earlier records an event may merge into.
pub(crate) const WINDOW: usize = 32;

/// The families of `data/records/merge_words.tsv`, in the order of the indices below.
const FAMILIES: [&str; 20] = [
    "adjective",
    "backref",
    "near",
    "distance",
    "long_period",
    "source",
    "manner",
    "weapon",
    "launcher",
    "seizure",
    "overhead",
    "soon",
    "demand",
    "promise",
    "scope_end",
    "despite",
    "topic",
    "areas",
    "several",
    "use",
];
/// Participles used as adjectives of a place or people: no report (`adjective`).
const ADJECTIVES: usize = 0;
/// Nouns that refer back to an event told before (normalized, with the article) (`backref`).
const BACKREF: usize = 1;
/// Words that place an event near or to one side of a place (`near`).
const NEAR: usize = 2;
/// Words of a distance (`distance`).
const DISTANCE: usize = 3;
/// Periods of a week or more (`long_period`).
const LONG_PERIODS: usize = 4;
/// Words that attribute what follows to a source (`وفق`, `حسب`) (`source`).
const BY: usize = 5;
/// Words before a bombardment that make it the circumstance of another event (`manner`).
const MANNER: usize = 6;
/// Weapons that the sentence layer may take for a shelling (`صواريخ`, `قذائف`) (`weapon`).
const WEAPON: usize = 7;
/// Heads of a weapon's name (`قاذفة`, `منصة`, `راجمة`) (`launcher`).
const LAUNCHER: usize = 8;
/// Words of seizing or storing weapons (`مصادرة`, `ضبط`, `شحنة`, `مخزن`) (`seizure`).
const SEIZURE: usize = 9;
/// Verbs and nouns of aircraft heard or flying (`يسمع`, `تحلق`, `تحليق`) (`overhead`).
const OVERHEAD: usize = 10;
/// Words of something about to happen (`قرب`, `وشك`, `اقتراب`) (`soon`).
const SOON: usize = 11;
/// Words of calling for something (`طالب`, `منادين`, `داعيا`) (`demand`).
const DEMAND: usize = 12;
/// Words of promising or intending something (`تعهد`, `الوعد`, `عزمه`) (`promise`).
const PROMISE: usize = 13;
/// Words that open a clause of its own inside a call (`فيما`, `عقب`, `خلال`) (`scope_end`).
const SCOPE_END: usize = 14;
/// Words of `in spite of` (`رغم`, `بالرغم`) (`despite`).
const DESPITE: usize = 15;
/// Words that make what follows the subject of a meeting (`لبحث`, `لمناقشة`, `بشأن`)
/// (`topic`).
const TOPIC: usize = 16;
/// Nouns of the parts of a town or a front (`مناطق`, `أحياء`, `محاور`) (`areas`).
const AREAS: usize = 17;
/// Words that make such a noun several parts (`عدة`, `متفرقة`, `مختلف`) (`several`).
const SEVERAL: usize = 18;
/// Words of using a weapon (`استخدمت`, `استعمال`, `باستخدام`) (`use`).
const USE: usize = 19;

super::cues::bundled_word_lists!("merge_words.tsv", FAMILIES, []);

/// A place of a record, borrowed until the record is built.
#[derive(Clone, Copy)]
struct Loc<'a> {
    r: &'a crate::events::EntityRef,
    english: &'a str,
    admin1: Option<&'a str>,
    geo_precision: u8,
    /// The gazetteer's point for the place (its own, or its town's: `Gazetteer::point`).
    point: Option<crate::gazetteer::Point>,
}

impl Loc<'_> {
    fn to_location(self) -> RecordLocation {
        // A place without coordinates of its own takes its town's, and is then at best
        // "part of or near" it (ACLED geo_precision 2).
        let (lat, lon, geo_precision) = match (self.r.lat, self.r.lon, self.point) {
            (Some(lat), Some(lon), _) => (Some(lat), Some(lon), self.geo_precision),
            (_, _, Some(p)) => (
                Some(p.lat),
                Some(p.lon),
                self.geo_precision.max(p.geo_precision),
            ),
            _ => (self.r.lat, self.r.lon, self.geo_precision),
        };
        RecordLocation {
            id: Some(self.r.id.clone()),
            english: self.english.to_string(),
            lat,
            lon,
            admin1: self.admin1.map(str::to_string),
            geo_precision,
        }
    }
}

/// The facts of one event.
struct Facts<'a> {
    kind: EventKind,
    /// The mention asserts the event (not planned, demanded, negated…).
    asserted: bool,
    sentence: usize,
    /// The trigger in the normalized text.
    trig: Range<usize>,
    date: Option<RecordDate>,
    /// The date comes from the text (else: the publication date, or none).
    explicit: bool,
    /// The explicit date is the day of the statement that tells the event (`أكدت المصادر
    /// اليوم مقتل …`): a day the event's own time, told in another mention, replaces.
    statement_day: bool,
    /// The text places the event earlier than the news, at no known date.
    earlier: bool,
    roles: Roles,
    location: Option<(Loc<'a>, u8)>,
    /// The place belongs to the event's own trigger (see [`owner`]), not only to another
    /// event of the sentence (`اندلعت المواجهات … عقب احتجاز قائد اللواء في مطار معيتيقة`).
    place_own: bool,
    /// The weapon of an attack told right before (`تعرض لهجوم بقذيفة آر بي جي`): a shelling or
    /// a bombing word with `ب` after `هجوم`, the same event.
    instrument: bool,
    /// `عمليات الاغتيال`: the word for an operation right before another event's trigger, one
    /// mention with that event.
    head: bool,
    backref: bool,
    /// The trigger is a definite noun that refers back (`الاشتباكات`, `الهجوم`; family
    /// `backref` of `data/records/merge_words.tsv`), whatever its clause names.
    definite: bool,
    /// In the headline: the first line of the text, without a full stop.
    headline: bool,
    /// Told as a purpose (`لانتزاعه`, `للسيطرة على`): intended, not reported.
    purpose: bool,
    /// A back-reference told as going on (`واستمرت الاشتباكات حتى صباح اليوم`): the event
    /// told before, lasting until this mention's date.
    continued: bool,
    /// A back-reference by a demonstrative (`تلك المعارك`, `الهجوم نفسه`): the same event as
    /// the violent record before it, whatever place or side its clause names.
    anaphor: bool,
    /// Told as context, not as the news: dated more than a month before the publication
    /// date, or introduced by `على خلفية`, `منذ`, `ذكرى`.
    context: bool,
    /// Feared, not reported (`خشية تجدد القتال`, `خوفا من`).
    feared: bool,
    /// Undated, the date is the story's day ([`story_day`]), not the publication date.
    story: bool,
    /// Called for in the words before it (`دعا إلى هدنة`, `نداءات لوقف القتال`).
    called_for: bool,
    /// Promised or intended in the words before it (`تعهد بإجراء تعديل وزاري`): planned.
    promised: bool,
    /// Told as like another (`غارة مماثلة`, `هجمات مشابهة`): another event of the kind, never
    /// the one told before.
    similar: bool,
    /// A back-reference that frames its clause (`خلال الاشتباكات`, `جراء القصف`): the
    /// violent events of the sentence are told as part of the event it refers to.
    during: bool,
    /// Part of the name of a body or a facility (`مركز احتجاز`, `قوة حماية الدستور`; see
    /// [`cues::body_name`]): no report, never merged, its record background.
    named: bool,
    /// A verb joined by `و` to the event before it in its sentence, with the same subject
    /// (`اقتحمت مجموعة مسلحة القاعة واعتقلت من فيها`): the next step of one event.
    chained: bool,
    /// A bombardment told as the circumstance of another event of its sentence (`تقدم الجيش
    /// … تحت قصف مدفعي`, `وسط قصف عنيف`): how the advance or the fight was carried out, one
    /// mention with it (see [`manner_word`]).
    manner: bool,
    /// A weapon told as used (`اشتباكات استخدمت فيها قذائف الهاون`, `تم استعمال المدفعية
    /// وراجمات الصواريخ`): how a fight was fought, one mention with the ground fighting of its
    /// sentence or of the sentence before (see [`used_weapon`]).
    used: bool,
}

/// Violent kinds: causes of casualties.
fn violent(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::ArmedClash
            | EventKind::Offensive
            | EventKind::Bombing
            | EventKind::Assassination
            | EventKind::ViolenceAgainstCivilians
            | EventKind::Siege
    )
}

/// `تحت`, `وسط` right before a bombardment: the circumstance under which something else was
/// done (`تراجع المسلحون تحت قصف مدفعي`), family `manner` of `data/records/merge_words.tsv`.
fn manner_word(p0: &str) -> bool {
    in_list(MANNER, p0.strip_prefix('و').unwrap_or(p0))
}

/// `مصادرة 26 قاذفة صواريخ`, `ضبط شحنة أسلحة من بينها قذائف صاروخية`: a weapon named as a
/// thing (after the head of a weapon's name, family `launcher`, or with a word of seizing or
/// storing weapons among the eight words before it, family `seizure` of
/// `data/records/merge_words.tsv`) is no shelling (records.md: names of weapons are no
/// events). `word` is the bare trigger (family `weapon`: a shell, a rocket, with no verb of
/// firing); `prev8` the words before it, nearest first.
fn held_weapon<'a>(kind: EventKind, word: &str, prev8: &[&'a str; 8]) -> bool {
    let strip = |w: &'a str| w.strip_prefix('و').unwrap_or(w);
    kind == EventKind::Shelling
        && in_list(WEAPON, word)
        && (in_list(LAUNCHER, strip(prev8[0])) || prev8.iter().any(|w| in_list(SEIZURE, strip(w))))
}

/// `اشتباكات عنيفة استخدمت فيها الأسلحة المتوسطة وقذائف الهاون`, `تم استعمال المدفعية
/// وراجمات الصواريخ`: a weapon (family `weapon` or `launcher`) taken for a shelling, with a
/// word of using it (family `use` of `data/records/merge_words.tsv`, after a leading و, then
/// ب) among the eight words of its clause before it (`clause8`, nearest first), names how a
/// fight was fought (records.md: names of weapons are no events). `word` is the bare
/// trigger.
fn used_weapon(kind: EventKind, word: &str, clause8: &[&str; 8]) -> bool {
    let strip = |w: &str| -> String {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.strip_prefix('ب').unwrap_or(w).to_owned()
    };
    kind == EventKind::Shelling
        && (in_list(WEAPON, word) || in_list(LAUNCHER, word))
        && clause8
            .iter()
            .any(|w| !w.is_empty() && (in_list(USE, w) || in_list(USE, &strip(w))))
}

/// `الطيران الحربي لا يزال يسمع`, `تحليق مكثف للطيران`, `طائرات مسيرة تحلق فوق المدينة`:
/// aircraft heard or flying overhead, no strike (family `overhead` of
/// `data/records/merge_words.tsv`: within the three words after the aircraft, or one of the two
/// words before it). `word` is the bare trigger.
fn overhead(word: &str, prev: [&str; 2], next: &[&str; 3]) -> bool {
    let aircraft = word.starts_with("الطيران")
        || word.starts_with("طيران")
        || word.starts_with("طاير")
        || word.starts_with("الطاير");
    let of = |w: &&str| in_list(OVERHEAD, w.strip_prefix('و').unwrap_or(w));
    aircraft && (next.iter().any(of) || prev.iter().any(of))
}

/// Kinds of ground fighting that a bombardment may be the manner of, and that an offensive
/// may be a telling of (see [`one_fight`]).
fn ground(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Offensive | EventKind::ArmedClash | EventKind::TerritoryControl
    )
}

/// True when the words before the trigger (`prev8`, nearest first) introduce context: `على خلفية`, `منذ`, `ذكرى`,
/// `في إطار`, a place named after fighting (`مناطق الاشتباكات`), or, when `since` (a `منذ`
/// shortly before), the start of something ongoing (`منذ إطلاق الجيش هجومه`).
fn context_cue(since: bool, prev8: &[&str; 8]) -> bool {
    let prev = [prev8[0], prev8[1]];
    // `منذ إطلاق الجيش هجومه`, `منذ بدء المعارك`: the start of something ongoing (six words
    // looked at only when the sentence's scan found `منذ` shortly before).
    if since {
        let start = prev8[..6].windows(2).any(|p| {
            matches!(p[1], "منذ" | "ومنذ")
                && matches!(p[0], "اطلاق" | "بدء" | "بدايه" | "اندلاع" | "انطلاق")
        });
        if start {
            return true;
        }
        // `منذ أن أطاحت انتفاضة بالقذافي`: an event of a clause opened by `منذ أن` is the
        // earlier event the news dates itself from (records.md: background), its trigger at
        // most two words after `أن`.
        let since_that = prev8[..4]
            .windows(2)
            .any(|p| p[0] == "ان" && matches!(p[1], "منذ" | "ومنذ"));
        if since_that {
            return true;
        }
    }
    matches!(prev[0], "منذ" | "ذكري" | "بذكري")
        || (matches!(prev[0], "خلفيه") && matches!(prev[1], "علي"))
        // `في إطار الهجوم الذي …`: the frame of the news, not the news.
        || (matches!(prev[0], "اطار") && matches!(prev[1], "في" | "وفي"))
        // `مناطق الاشتباكات`, `خطوط المواجهة`: a place named after fighting (`بمناطق
        // الاشتباكات`, `إلى مناطق` …: with a leading و, ب or ل too).
        || matches!(
            super::place::clitic_free(prev[0]),
            "مناطق" | "منطقه" | "خطوط" | "خط" | "جبهات" | "محاور" | "ساحات"
        )
        // `موقع الانفجار`, `مكان الهجوم`: the site of an event told before. (A series, `موجة
        // اغتيالات`, `سلسلة غارات`, may be the news: it is context only when told as going on
        // for months, see `long_since`.)
        || matches!(prev[0], "موقع" | "مكان" | "مسرح")
        // `خرق وقف إطلاق النار`: the violation is the news, the truce its context.
        || violation(prev[0])
        // `اعتقلت ستة مشتبه بهم في تفجير …`, `المتورطين في الهجوم`: the object of a suspicion,
        // an arrest's cause told before it.
        || (matches!(prev[0], "في")
            && matches!(
                prev[1],
                "بهم"
                    | "به"
                    | "بهما"
                    | "المشتبه"
                    | "مشتبه"
                    | "متورطين"
                    | "المتورطين"
                    | "تورطهم"
                    | "تورطه"
                    | "تورطهما"
                    | "ضلوعهم"
                    | "ضلوعه"
                    | "بالتورط"
            ))
}

/// Political kinds: steps that a party calls for or promises (records.md: demanded,
/// planned) more often than news reports them in the same sentence.
fn political(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Ceasefire
            | EventKind::PeaceTalks
            | EventKind::Meeting
            | EventKind::Agreement
            | EventKind::Humanitarian
            | EventKind::Election
            | EventKind::PoliticalProcess
    )
}

/// What a clause does with the event words after its verb of calling or promising.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    /// Calls for them (`طالب`, `داعين`, `منادين`): demanded.
    Demand,
    /// Promises or intends them (`تعهد`, `الوعد`, `عزمه`): planned.
    Promise,
}

/// The call whose content the word at byte `at` is: the nearest word of calling (`demand`)
/// or of promising (`promise`) before `at` in the unit (`words`, from byte `lo`), at most
/// [`CALL_REACH`] words back, with no word between that opens a clause of its own
/// (`scope_end`: `فيما`, `عقب`, `خلال` …, which may tell what did happen). Words are
/// matched exactly or after a leading و/ف.
/// (`memo`: each word's family, found once per unit; set to the unit of `words`.)
fn call_scope(
    text: &str,
    words: &[Range<usize>],
    lo: usize,
    at: usize,
    memo: &mut WordMemo,
) -> Option<Call> {
    let k = words.partition_point(|w| w.start < at);
    for (i, w) in words[..k].iter().enumerate().rev().take(CALL_REACH) {
        if w.end > at || w.start < lo {
            if w.start < lo {
                break;
            }
            continue;
        }
        // 1 a word that ends the scope, 2 of calling, 3 of promising, 0 none.
        let class = memo.get(i, || {
            let word = text.get(w.clone()).unwrap_or("");
            let bare = match word.strip_prefix(['و', 'ف']) {
                Some(r) if r.chars().nth(1).is_some() => r,
                _ => word,
            };
            // (`bare` is `word` or a suffix of it: of the same length, the same word.)
            let of = families_of(word)
                | if bare.len() != word.len() {
                    families_of(bare)
                } else {
                    0
                };
            let is = |family: usize| of & (1 << family) != 0;
            if is(SCOPE_END) {
                1
            } else if is(DEMAND) {
                2
            } else if is(PROMISE) {
                3
            } else {
                0
            }
        });
        match class {
            1 => return None,
            2 => return Some(Call::Demand),
            3 => return Some(Call::Promise),
            _ => {}
        }
    }
    None
}

/// How many words before an event word [`call_scope`] reads.
const CALL_REACH: usize = 40;

/// `w`, the word right after an event word, tells the event as scheduled (`مقررة`,
/// `المرتقبة`, `المزمع`).
fn scheduled(w: &str) -> bool {
    matches!(
        w,
        "مقرره"
            | "مقرر"
            | "المقرره"
            | "المقرر"
            | "مرتقبه"
            | "مرتقب"
            | "المرتقبه"
            | "المرتقب"
            | "مزمع"
            | "المزمع"
            | "المزمعه"
    )
}

/// `لم تنجح جهود الوساطة حتى الآن في إيقاف الاشتباكات`, `فشلت المساعي في التوصل إلى هدنة`:
/// an outcome that efforts failed to reach (a truce, talks, an agreement, a relief, a capture,
/// an arrest) is no report of it. `prev8` holds the words before the trigger, nearest first:
/// `في` or `من` right before it (or `إلى` after `التوصل`), and within five words before that
/// a verb of failing (`فشل`, `أخفق`, `عجز`) or of succeeding negated by `لم`/`لن` (`لم تنجح`,
/// `لم يفلح`, `لم تتمكن بعد من`). (`نجحت الوساطة في وقف القتال` is a report; a failed attack
/// is one too, as ACLED codes it, hence not for violent kinds.)
fn failed_outcome(kind: EventKind, prev8: &[&str; 8]) -> bool {
    let outcome = matches!(
        kind,
        EventKind::Ceasefire
            | EventKind::Agreement
            | EventKind::PeaceTalks
            | EventKind::Meeting
            | EventKind::Humanitarian
            | EventKind::TerritoryControl
            | EventKind::Arrest
    );
    if !outcome {
        return false;
    }
    let k = match (prev8[0], prev8[1]) {
        ("في" | "من", _) => 1,
        ("الي", "التوصل") => 2,
        _ => return false,
    };
    let fail = |w: &str| {
        matches!(
            w.strip_prefix('و').unwrap_or(w),
            "فشلت"
                | "فشل"
                | "فشلوا"
                | "تفشل"
                | "يفشل"
                | "اخفقت"
                | "اخفق"
                | "عجزت"
                | "عجز"
        )
    };
    let succeed = |w: &str| {
        matches!(
            w,
            "تنجح" | "ينجح" | "تفلح" | "يفلح" | "ينجحوا" | "يفلحوا" | "تتمكن" | "يتمكن"
        )
    };
    let not = |w: &str| matches!(w.strip_prefix('و').unwrap_or(w), "لم" | "لن");
    let hi = (k + 5).min(8);
    (k..hi).any(|j| fail(prev8[j]) || (j + 1 < 8 && succeed(prev8[j]) && not(prev8[j + 1])))
}

/// `الواقعة تحت سيطرة قوات حفتر`: a place under someone's control is a state, not a capture,
/// unless a verb of falling or becoming comes shortly before in the clause (`سقطت مدينة
/// مرزق تحت سيطرة`, `باتت تحت سيطرة`). `word` is the bare trigger, `prev` the four words
/// of its clause before it.
fn under_control(word: &str, prev: &[&str; 4]) -> bool {
    word.starts_with("تحت ")
        && !prev.iter().any(|w| {
            matches!(
                w.trim_start_matches(['و', 'ف', 'ل']),
                "سقطت"
                    | "سقط"
                    | "تسقط"
                    | "يسقط"
                    | "باتت"
                    | "بات"
                    | "اصبحت"
                    | "اصبح"
                    | "تصبح"
                    | "يصبح"
                    | "صارت"
                    | "صار"
                    | "وقعت"
                    | "وقع"
                    | "عادت"
                    | "عاد"
                    | "تعود"
                    | "يعود"
                    | "اضحت"
                    | "اضحي"
                    | "دخلت"
                    | "دخل"
            )
        })
}

/// `أسفرت الحرب عن مقتل الآلاف`, `وخلف الصراع آلاف القتلى`: a verb of causing right before a
/// noun of the war as a whole (`الحرب`, `النزاع`, `الصراع`, `الأزمة`, with no `بين` naming
/// its sides after it) among the twelve words before a toll or a displacement (`prev`,
/// nearest first): the war's tally, context (records.md: background), not the day's news.
fn war_tally(prev: &[&str; 12]) -> bool {
    let war = |w: &str| matches!(w, "الحرب" | "النزاع" | "الصراع" | "الازمه");
    let cause = |w: &str| {
        matches!(
            w.strip_prefix(['و', 'ف']).unwrap_or(w),
            "اسفر"
                | "اسفرت"
                | "ادي"
                | "ادت"
                | "خلف"
                | "خلفت"
                | "تسبب"
                | "تسببت"
                | "حصد"
                | "حصدت"
                | "يسفر"
                | "تسفر"
        )
    };
    // (`prev` is nearest first: the noun at `k`, its verb at `k + 1`, what follows the noun
    // at `k - 1`.)
    prev.windows(2)
        .enumerate()
        .any(|(k, w)| war(w[0]) && cause(w[1]) && (k == 0 || prev[k - 1] != "بين"))
}

/// `وكانت تسيطر على القاعدة`, `ما زالت تسيطر`, `ظلت تحتل`: an imperfect verb of control after
/// a verb of being or remaining (`كان`, `ظل`, `ما زال`, `لا يزال`) tells control held, a
/// state, not a capture; `خرج الوضع عن السيطرة`, `خارج سيطرة الحكومة`: a noun of control
/// after `عن` or `خارج` tells control lost or never held, no capture either (not `أعلن عن
/// سيطرة التنظيم على البلدة`, `أعلن عن السيطرة على`: control of something, announced). `word`
/// is the bare trigger, `prev` the word before it, `next` the word after it.
fn held_control(word: &str, prev: &str, next: &str) -> bool {
    let prev = prev.strip_prefix(['و', 'ف']).unwrap_or(prev);
    let held = word.starts_with(['ت', 'ي'])
        && matches!(
            prev,
            "كانت"
                | "كان"
                | "كانوا"
                | "ظلت"
                | "ظل"
                | "ظلوا"
                | "تظل"
                | "يظل"
                | "زالت"
                | "زال"
                | "مازالت"
                | "مازال"
                | "تزال"
                | "يزال"
                | "لاتزال"
                | "لايزال"
        );
    let noun = word.strip_prefix("ال").unwrap_or(word);
    let out = noun.starts_with("سيطر")
        && !matches!(next, "علي" | "على")
        && ((prev == "عن" && word.starts_with("ال")) || matches!(prev, "خارج" | "خارجه" | "خارجا"));
    held || out
}

/// `يستهدف السيطرة على الهلال النفطي`, `مع قرب إعلان هدنة`, `على وشك التوقيع`, `مع اقتراب
/// استكمال السيطرة على المدينة`: an aim or something about to happen (family `soon` of
/// `data/records/merge_words.tsv`), told in the two words before the trigger, is not reported.
fn aimed(p0: &str, p1: &str) -> bool {
    let aim = |w: &str| {
        matches!(
            w.trim_start_matches('و'),
            "يستهدف" | "تستهدف" | "يهدف" | "تهدف" | "بهدف" | "تسعي" | "يسعي" | "سعيا"
        )
    };
    let soon = |w: &str| in_list(SOON, w.trim_start_matches('و'));
    aim(p0)
        || (aim(p1) && matches!(p0, "الي" | "لتحقيق"))
        || soon(p0)
        || (soon(p1)
            && matches!(
                p0,
                "اعلان"
                    | "توقيع"
                    | "ابرام"
                    | "التوصل"
                    | "عقد"
                    | "انطلاق"
                    | "بدء"
                    | "انتهاء"
                    | "استكمال"
            ))
}

/// `بعد شهور من المعارك وأصوات القصف`: fighting counted in weeks, months or years before
/// the news (in the eight words of the clause before the trigger) is its past.
fn after_long(prev: &[&str; 8]) -> bool {
    let after = |w: &str| matches!(w, "بعد" | "وبعد");
    prev.windows(3).any(|w| {
        w[0] == "من"
            && (in_list(LONG_PERIODS, w[1]) || matches!(w[1], "اعوام" | "سنين"))
            && after(w[2])
    })
    // `بعد ثمانية أشهر من القتال`, `بعد عدة سنوات من الحرب`: a plural period with its count.
    || prev.windows(4).any(|w| {
        w[0] == "من"
            && matches!(w[1], "اسابيع" | "اشهر" | "شهور" | "سنوات" | "اعوام" | "سنين")
            && after(w[3])
    })
}

/// Exactly `uw.before::<8>(text, lo, at)` from `prev`, the same words read from an earlier
/// bound (`uw.before::<8>(text, from, at)`, `from <= lo`, slices of `text`): the words of
/// `prev` that end after `lo`, the one across `lo` cut there (as the list and the walk cut
/// it).
fn words_from<'t>(text: &'t str, prev: &[&'t str; 8], lo: usize, at: usize) -> [&'t str; 8] {
    let mut out = [""; 8];
    let end = at.min(text.len());
    if !text.is_char_boundary(end) || !text.is_char_boundary(lo.min(end)) || lo >= end {
        return out;
    }
    let base = text.as_ptr() as usize;
    for (o, w) in out.iter_mut().zip(prev) {
        if w.is_empty() {
            break;
        }
        let s = (w.as_ptr() as usize).wrapping_sub(base);
        let e = s + w.len();
        if e <= lo {
            break;
        }
        match text.get(s.max(lo)..e) {
            Some(x) => *o = x,
            None => break,
        }
    }
    out
}

/// Plural periods of months or more (normalized), with or without the article.
fn long_plural(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "اشهر" | "شهور" | "سنوات" | "اعوام" | "عقود" | "سنين"
    )
}

/// A word that spans a period after it (`طوال`, `خلال`, `على مدى`): an event told with one
/// before a plural period of months or more (`الحصار والقصف طوال سنوات`) is a state or a tally.
fn span_word(w: &str) -> bool {
    matches!(
        w.trim_start_matches('و'),
        "طوال" | "طيله" | "خلال" | "مدي" | "مدار"
    )
}

/// True when the words before a trigger (`prev`, nearest first) span it over months or years:
/// `طوال سنوات الحرب` (a plural period right before it), `خلال الأشهر الماضية شهدت …`.
fn over_long(prev: &[&str; 8]) -> bool {
    prev.windows(2)
        .any(|w| long_plural(w[0]) && span_word(w[1]))
}

/// `حيث كان عائدا (للتو) من زيارة إلى تركيا`: a visit someone was coming back from is
/// context. `prev`: the three words before the trigger, nearest first.
fn returning(prev: &[&str; 3]) -> bool {
    let back = |w: &str| {
        matches!(
            w.trim_start_matches('و'),
            "عايدا"
                | "عايد"
                | "عاد"
                | "عادت"
                | "عايده"
                | "قادما"
                | "قادمه"
                | "عودته"
                | "عودتها"
        )
    };
    prev[0] == "من" && (back(prev[1]) || (matches!(prev[1], "للتو" | "لتوه") && back(prev[2])))
}

/// `واستقبل مستشفى الجلاء جثث خمسة قتلى`: a hospital receiving the dead or wounded is no
/// meeting. Read in the twelve words after the trigger.
fn received_casualties(text: &str, trig: &Range<usize>, sent_end: usize) -> bool {
    let w = text.get(trig.clone()).unwrap_or("");
    let w = w.trim_start_matches(['و', 'ف']);
    if !(w.starts_with("استقبل") || w.starts_with("يستقبل") || w.starts_with("تستقبل"))
    {
        return false;
    }
    let after = text.get(trig.end..sent_end.max(trig.end)).unwrap_or("");
    words(after).take(12).any(|r| {
        matches!(
            &after[r],
            "مستشفي"
                | "المستشفي"
                | "جثث"
                | "جثه"
                | "جثامين"
                | "جثمان"
                | "الجرحي"
                | "جرحي"
                | "المصابين"
                | "مصابين"
                | "القتلي"
                | "قتلي"
        )
    })
}

/// `واستمرت الاشتباكات حتى صباح اليوم`: a back-reference told as going on is the event told
/// before, over the days it lasted.
fn continued(prev: &str) -> bool {
    matches!(
        prev.trim_start_matches(['و', 'ف']),
        "استمرت"
            | "استمر"
            | "تواصلت"
            | "تواصل"
            | "تستمر"
            | "يستمر"
            | "تتواصل"
            | "يتواصل"
    )
}

/// `أثناء تنفيذ الاتفاق`, `بنود الهدنة`: an agreement or truce with the article, told as what
/// is carried out, is the one told before.
fn carried_out(kind: EventKind, word: &str, prev: &str) -> bool {
    matches!(kind, EventKind::Agreement | EventKind::Ceasefire)
        && word.starts_with("ال")
        && matches!(
            prev.trim_start_matches(['و', 'ف']),
            "تنفيذ"
                | "بتنفيذ"
                | "لتنفيذ"
                | "تطبيق"
                | "بتطبيق"
                | "لتطبيق"
                | "بنود"
                | "بموجب"
        )
}

/// `وكانت المدينة شهدت يومي الأحد والإثنين خروج مظاهرات مماثلة`: a time told before a trigger in
/// its own clause, with no other trigger of the sentence between them, is that event's own
/// time (recprec16). (`قالت مصادر اليوم إن طائرات قصفت المدينة بعد غارات مماثلة`: the strike
/// told between the time and the like event owns the time.)
fn time_of_own_clause(
    time: &Range<usize>,
    trig: &Range<usize>,
    clause: &Range<usize>,
    sent_trigs: &[(Range<usize>, bool)],
) -> bool {
    time.end <= trig.start
        && time.start >= clause.start
        && !sent_trigs
            .iter()
            .any(|(t, _)| t != trig && t.start >= time.end && t.end <= trig.start)
}

/// A word of violation (`خرق`, `تخرق`, `انتهاك`): the truce after it is context.
fn violation(w: &str) -> bool {
    matches!(
        w,
        "خرق"
            | "تخرق"
            | "يخرق"
            | "خرقت"
            | "بخرق"
            | "لخرق"
            | "انتهاك"
            | "تنتهك"
            | "ينتهك"
            | "انتهكت"
            | "بانتهاك"
            | "خروقات"
            | "وتخرق"
            | "ويخرق"
            | "وخرقت"
            | "وانتهكت"
    )
}

/// Demonstratives before (`تلك المعارك`) or after (`الهجوم نفسه`) a back-reference: `prev`
/// and `next` the words before and after it (`""` where there is none).
fn demonstrative(next: &str, prev: &str) -> bool {
    let prev = (!prev.is_empty()).then_some(prev);
    let next = (!next.is_empty()).then_some(next);
    matches!(prev, Some("تلك" | "هذه" | "ذلك" | "هذا" | "وتلك" | "وهذه"))
        || matches!(
            next,
            Some("نفسها" | "ذاتها" | "نفسه" | "ذاته" | "المذكور" | "المذكوره")
        )
}

/// True when the trigger's clause opens with `حين`/`عندما` after a `منذ` of the same
/// sentence: the start of something ongoing, told as context (`تدور المعارك منذ الأحد، حين
/// شنت قوات … هجوما`).
fn since_when(text: &str, sent: &Range<usize>, clause: &Range<usize>) -> bool {
    let head = text.get(clause.start..clause.end).unwrap_or("");
    let first = words(head).next().map(|r| &head[r]);
    matches!(first, Some("حين" | "عندما" | "حينما" | "وحين" | "وعندما"))
        && text
            .get(sent.start..clause.start)
            .is_some_and(|b| words(b).any(|r| &b[r] == "منذ"))
}

/// True when a place at `at` (normalized) is where the news was told, not where it
/// happened: right after a reporter or announcer (`وفق ما أعلن مركز سبها الطبي`), or in a
/// press conference (`في مؤتمر صحفي عقده في بنغازي`).
fn told_at(text: &str, sa: &SentenceActors<'_>, at: usize) -> bool {
    sa.reporter_before(text, at) || sa.told_before(at)
}

/// Kinds whose record takes the casualties told with them: the violent kinds, protests
/// (protesters killed), and captures (a capture that ends a battle is one record with the
/// battle's toll).
fn cause(k: EventKind) -> bool {
    violent(k) || k == EventKind::Protest || k == EventKind::TerritoryControl
}

/// `تقدمت قوات X داخل سرت، وسيطرت على مجمع واغادوغو`: a verb joined by `و` to the verb
/// before it in the sentence, with no subject of its own, shares that verb's actor1. With no
/// subject of its own or the same one, it is `chained` to it (the next step of one event).
fn shared_subjects(text: &str, facts: &mut [Facts<'_>]) {
    for i in 1..facts.len() {
        let (before, rest) = facts.split_at_mut(i);
        let (p, f) = (&before[i - 1], &mut rest[0]);
        if f.sentence != p.sentence
            || (f.roles.actor1.is_some() && f.roles.actor1 != p.roles.actor1)
            || f.context
            || p.context
            || f.trig.start <= p.trig.end
            || f.trig.start - p.trig.end > 240
        {
            continue;
        }
        let Some(w) = text.get(f.trig.clone()) else {
            continue;
        };
        let w = words(w).next().map_or(w, |r| &w[r]);
        let Some(v) = w.strip_prefix('و') else {
            continue;
        };
        // A verb in the past (`وسيطرت`, `وهاجموا`) or present (`ويقصف`), not a noun.
        let n = v.chars().count();
        let verb = !v.starts_with("ال")
            && n >= 3
            && (v.ends_with('ت') || v.ends_with("وا") || v.starts_with(['ي', 'ت']))
            && !v.ends_with("ات");
        // (The same subject: none of its own, or the one before's.)
        f.chained = verb && p.kind != EventKind::Casualties;
        if verb && f.roles.actor1.is_none() && p.roles.actor1 != f.roles.actor2 {
            f.roles.actor1 = p.roles.actor1.clone();
        }
    }
}

/// True when a word of distance stands among `prev4`, the four words before a place (`145
/// كيلومترا جنوب غربي العاصمة طرابلس`, `على بعد 100 كلم من`): the place is a reference point.
fn distance_from(prev4: &[&str; 4]) -> bool {
    prev4.iter().any(|w| in_list(DISTANCE, w))
}

/// Words of direction (normalized) that place one place from another.
fn direction(w: &str) -> bool {
    matches!(
        w,
        "شرق" | "غرب" | "شمال" | "جنوب" | "شرقي" | "غربي" | "شمالي" | "جنوبي"
    )
}

/// True when the place at byte `at` follows a direction from the capital (`شرق العاصمة`) or a
/// direction after `الواقعة` (`الواقعة جنوب غرب`), and another place ends within the four words
/// before that direction (`ضاحية تاجوراء شرق العاصمة طرابلس`): the place is a reference point
/// for the one before. `prev4`: the four words before `at`, nearest first.
fn reference_point(
    uw: &UnitWords,
    doc: &Doc<'_>,
    sent_start: usize,
    (at, prev4): (usize, &[&str; 4]),
) -> bool {
    let text = doc.norm.text();
    let prev = [prev4[0], prev4[1], prev4[2]];
    // How many words before the place the direction begins.
    // (Only as news writes a description: the capital named as such, `شرق العاصمة طرابلس`,
    // or `الواقعة غرب طرابلس`; a bare `شرق مصراتة` after a place may tell where the event
    // itself was.)
    let capital = |w: &str| matches!(w, "العاصمه" | "للعاصمه");
    // `منطقة الزاوية قرب العاصمة طرابلس`, `السواني في غرب العاصمة` (the capital itself
    // the mention): see `place::from_capital`.
    let mention_capital = text.get(at..).is_some_and(super::place::capital_mention);
    let (skip, described) = match super::place::from_capital(prev, mention_capital, direction) {
        Some(n) => (n, true),
        None => match prev {
            [a, b, c] if capital(a) && direction(b) && direction(c) => (3, true),
            // `شرق العاصمة الليبية طرابلس`
            [a, b, c] if a == "الليبيه" && capital(b) && direction(c) => (3, true),
            [a, b, _] if capital(a) && direction(b) => (2, true),
            [a, b, _] if direction(a) && direction(b) => (2, false),
            [a, _, _] if direction(a) => (1, false),
            _ => return false,
        },
    };
    // The byte where the direction begins: walk back `skip` words.
    let mut from = at;
    for _ in 0..skip {
        let [w]: [&str; 1] = uw.before(text, sent_start, from);
        match text[..from].rfind(w) {
            Some(i) if !w.is_empty() => from = i,
            _ => return false,
        }
    }
    let [p0, p1, p2, p3]: [&str; 4] = uw.before(text, sent_start, from);
    if !described && !matches!(p0, "الواقعه" | "الواقع" | "الواقعتين") {
        return false;
    }
    let reach: usize = [p0, p1, p2, p3].iter().map(|w| w.len() + 2).sum();
    let lo = from.saturating_sub(reach).max(sent_start);
    let i = doc.entities.partition_point(|m| m.norm.end <= lo);
    doc.entities[i..]
        .iter()
        .take_while(|m| m.norm.start < from)
        .any(|m| m.kind == crate::gazetteer::EntityKind::Location && m.norm.end <= from)
}

/// True when a location is in Libya: a Libyan district, Libya itself, or a place with no
/// district inside Libya's borders (a rough polygon, for gazetteers without `admin1`).
/// Records read a sentence of at most this many bytes at once.
const MAX_UNIT: usize = 4096;

/// The parts of one sentence that records read at once (see [`Units::of`]), cut once per
/// sentence.
#[derive(Default)]
struct Units {
    /// The sentence whose cuts these are.
    sentence: Option<usize>,
    /// Where each part after the first begins, ascending.
    cuts: Vec<usize>,
}

impl Units {
    /// The part of sentence number `si`, `sent`, that holds the byte `at`: the sentence
    /// itself, or for a sentence over [`MAX_UNIT`] bytes (a megabyte of text with no
    /// sentence end) the window of about that size, cut at a space where one comes within
    /// another [`MAX_UNIT`] bytes, that holds it. Roles pair the candidates and role words of
    /// what they read, so an unbounded sentence would cost the square of its length.
    fn of(&mut self, text: &str, si: usize, sent: Range<usize>, at: usize) -> Range<usize> {
        if sent.len() <= MAX_UNIT {
            return sent;
        }
        if self.sentence != Some(si) {
            self.sentence = Some(si);
            self.cuts.clear();
            let mut start = sent.start;
            loop {
                let mut target = start + MAX_UNIT;
                if target >= sent.end {
                    break;
                }
                while !text.is_char_boundary(target) {
                    target += 1;
                }
                let reach = (target + MAX_UNIT).min(sent.end);
                let end = text
                    .get(target..reach)
                    .and_then(|w| w.find(' '))
                    .map_or(target, |i| target + i);
                if end >= sent.end {
                    break;
                }
                self.cuts.push(end);
                start = end;
            }
        }
        let k = self.cuts.partition_point(|&c| c <= at);
        let start = if k == 0 { sent.start } else { self.cuts[k - 1] };
        let end = self.cuts.get(k).copied().unwrap_or(sent.end);
        start..end
    }
}

pub(crate) fn in_libya(loc: &RecordLocation, category: Option<&str>) -> bool {
    if loc.id.as_deref() == Some("libya") {
        return true;
    }
    if let Some(a) = &loc.admin1 {
        return crate::gazetteer::ADMIN1_LIBYA.contains(&a.as_str());
    }
    if category == Some("country") {
        return false;
    }
    match (loc.lat, loc.lon) {
        (Some(lat), Some(lon)) => {
            (19.5..=33.3).contains(&lat)
                && (9.4..=25.0).contains(&lon)
                && !(lat > 32.0 && lon < 11.55)
                && !(lat < 23.5 && lon < 13.5)
        }
        _ => false,
    }
}

fn rank(category: &str) -> u8 {
    match category {
        // (A square: one spot, as specific as a facility. A prison or a detention centre
        // stays below its town, see tests/nested17.rs.)
        "neighborhood" | "facility" | "oil_facility" | "border_crossing" | "airport" | "port"
        | "military_base" | "district" | "square" => 4,
        "city" | "town" | "village" => 3,
        "region" => 2,
        "country" => 1,
        _ => 2,
    }
}

/// Which places of an event may be its place (see [`location`]).
struct Places<'s, 'a> {
    /// The triggers of the events of the sentence (normalized), in order.
    triggers: &'s [Range<usize>],
    /// The triggers of the sentence's tolls (`قتل`, `مقتل`): a toll belongs to its cause, and
    /// so does the place it owns.
    tolls: &'s [Range<usize>],
    sa: &'s SentenceActors<'a>,
    sent_start: usize,
    /// The words of the sentence (unit) being read.
    words: &'s UnitWords<'a>,
    /// What the unit tells about each of its places, read once for all its events (see
    /// [`PlaceRead`]).
    reads: &'s RefCell<Vec<PlaceRead<'a>>>,
}

/// What a unit tells about the place that starts at one of its bytes: all of it depends on
/// the unit and the place alone, not on the event asking, so each is read once for all the
/// unit's events (the tests that only some events reach, when the first one asks).
#[derive(Clone, Copy)]
struct PlaceRead<'a> {
    /// Where the place starts (normalized).
    at: usize,
    /// Its four words before, nearest first.
    prev4: [&'a str; 4],
    /// Told as where something goes ([`route_word`]).
    route: bool,
    /// [`told_at`].
    told: Option<bool>,
    /// [`SentenceActors::inside_reporter`].
    reporter: Option<bool>,
    /// [`reference_point`].
    reference: Option<bool>,
    /// The two words before it from the start of the text hold a word of nearness
    /// (`NEAR`): a `geo_precision` of 2.
    near: Option<bool>,
    /// The gazetteer's entity and point of the place, by the id they were asked for.
    point: Option<PlacePoint<'a>>,
}

/// An id, its gazetteer entity and its point ([`Gazetteer::entity_point`]).
type PlacePoint<'a> = (
    &'a str,
    Option<&'a crate::gazetteer::Entity>,
    Option<crate::gazetteer::Point>,
);

/// Which lazily read test of a [`PlaceRead`].
#[derive(Clone, Copy)]
enum PlaceTest {
    Told,
    Reporter,
    Reference,
    Near,
}

impl<'a> Places<'_, 'a> {
    /// The index in `reads` of the place at `at`, read now if it was not.
    fn entry(&self, text: &'a str, at: usize) -> usize {
        if let Some(k) = self.reads.borrow().iter().position(|r| r.at == at) {
            return k;
        }
        let prev4: [&'a str; 4] = self.words.before(text, self.sent_start, at);
        let route = route_word(prev4[0]);
        let mut reads = self.reads.borrow_mut();
        reads.push(PlaceRead {
            at,
            prev4,
            route,
            told: None,
            reporter: None,
            reference: None,
            near: None,
            point: None,
        });
        reads.len() - 1
    }

    /// The four words before the place at `at` (nearest first) and whether it is told as
    /// where something goes ([`route_word`]): both depend on the unit alone.
    fn read(&self, text: &'a str, at: usize) -> ([&'a str; 4], bool) {
        let k = self.entry(text, at);
        let r = self.reads.borrow()[k];
        (r.prev4, r.route)
    }

    /// `gaz.entity_point(id)` for the place at `at`, kept for the unit's other events.
    fn entity_point(
        &self,
        text: &'a str,
        at: usize,
        id: &'a str,
        gaz: &'a Gazetteer,
    ) -> PlacePoint<'a> {
        let k = self.entry(text, at);
        if let Some(p) = self.reads.borrow()[k].point.filter(|p| p.0 == id) {
            return p;
        }
        let (ent, point) = gaz.entity_point(id);
        let p = (id, ent, point);
        self.reads.borrow_mut()[k].point = Some(p);
        p
    }

    /// Test `which` of the place at `at`: `test()` the first time it is asked in the unit,
    /// its answer kept for the unit's other events.
    fn test(
        &self,
        text: &'a str,
        at: usize,
        which: PlaceTest,
        test: impl FnOnce([&'a str; 4]) -> bool,
    ) -> bool {
        let k = self.entry(text, at);
        let (prev4, kept) = {
            let r = &self.reads.borrow()[k];
            let kept = match which {
                PlaceTest::Told => r.told,
                PlaceTest::Reporter => r.reporter,
                PlaceTest::Reference => r.reference,
                PlaceTest::Near => r.near,
            };
            (r.prev4, kept)
        };
        if let Some(v) = kept {
            return v;
        }
        let v = test(prev4);
        let r = &mut self.reads.borrow_mut()[k];
        match which {
            PlaceTest::Told => r.told = Some(v),
            PlaceTest::Reporter => r.reporter = Some(v),
            PlaceTest::Reference => r.reference = Some(v),
            PlaceTest::Near => r.near = Some(v),
        }
        v
    }
}

/// The trigger that a place at `at` belongs to: the nearest one before it (Arabic tells the
/// event, then where), else the nearest after it.
fn owner(triggers: &[Range<usize>], at: usize) -> Option<&Range<usize>> {
    let i = triggers.partition_point(|t| t.start < at);
    if i > 0 {
        triggers.get(i - 1)
    } else {
        triggers.first()
    }
}

/// The location of an event: its most specific place, nearest the trigger. With `places`,
/// places where the news was told are left out, and the places that belong to the event's
/// own trigger (see [`owner`]) come before those of other events of the sentence.
fn location<'a>(
    doc: &Doc<'a>,
    ev: usize,
    trig: &Range<usize>,
    places: Option<&Places<'_, 'a>>,
    backref: bool,
) -> Option<(Loc<'a>, u8, bool)> {
    let text = doc.norm.text();
    let e = &doc.events[ev];
    // The best reference by ownership, rank, then distance; its entity and precision are
    // looked up once. (An event's references come from the gazetteer: their category is
    // their entity's.)
    let mut best: Option<Best<'a>> = None;
    // The place people come from (`أهالي X`), when no other place is told.
    let mut origin: Option<Best<'a>> = None;
    // The place fighters or fire come from (`كتائب من مصراتة`), when no other is told.
    let mut came: Option<Best<'a>> = None;
    // The most specific town or finer place of another event of the sentence.
    let mut other: Option<Best<'a>> = None;
    // The last place left out (`إلى مطار مصراتة`): a place inside it (`مصراتة`) is left out too.
    let mut left_out: Range<usize> = 0..0;
    // The best reference is told as where something heads (`نحو`, `باتجاه`): any place not so
    // told comes before it.
    let mut best_toward = false;
    for r in &e.locations {
        // The mention of this reference, for its place in the normalized text.
        let i = doc.entities.partition_point(|m| m.span.start < r.start);
        let m: Option<&Mention> = doc.entities.get(i).filter(|m| m.span.start == r.start);
        let norm = m.map(|m| m.norm.clone()).unwrap_or(trig.clone());
        // The place is told as where something comes from or goes (`من تونس إلى طرابلس`).
        let mut route = false;
        // The place is told as where something heads (`قبل التوجه نحو بنغازي`, `تقدمت القوات
        // باتجاه سرت`): not reached, so not where it happened while the event names another.
        let mut toward = false;
        let own = match places {
            Some(p) => {
                if m.is_some()
                    && (p.test(text, norm.start, PlaceTest::Told, |_| {
                        told_at(text, p.sa, norm.start)
                    }) || (norm.start >= left_out.start && norm.end <= left_out.end))
                {
                    continue;
                }
                // A dateline (`أجدابيا 03 مارس 2017 (وال)`) is where the news was filed:
                // the event's place only when no other place is told.
                if m.is_some() && dateline(text, doc.sentences, &norm) {
                    if origin.is_none() && rank(r.category.as_str()) == 3 {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    continue;
                }
                // Where the reporter is (`وقال مسؤول في مستشفى الجلاء إن …`) is no place of
                // the event; the reporter's town is, when no other place is told (`قال سكان
                // في درنة إن طائرات قصفت المدينة`).
                if m.is_some()
                    && p.test(text, norm.start, PlaceTest::Reporter, |_| {
                        p.sa.inside_reporter(text, norm.start)
                    })
                {
                    if origin.is_none() && rank(r.category.as_str()) == 3 {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // Where people come from (`من أهالي حي السلماني`, `مسنودة بكتائب من مصراتة`:
                // `place::origin`), and where the displaced or evacuated go (`ونقلهم إلى
                // بنغازي`), is not where it happened.
                // (The four words before the place, read once for the tests below.)
                let (prev4, to) = p.read(text, norm.start);
                let prev = prev4[0];
                route = to;
                toward = m.is_some() && towards(prev);
                // Nor is where a back-reference sends something (`ودفعت الاشتباكات شركات
                // الطيران إلى نقل رحلاتها إلى مطار مصراتة`).
                let from_there = matches!(
                    prev,
                    "اهالي"
                        | "سكان"
                        | "ابناء"
                        | "واهالي"
                        | "وسكان"
                        | "اعيان"
                        | "لاعيان"
                        | "واعيان"
                );
                if m.is_some()
                    && (from_there
                        || ((e.kind == EventKind::Humanitarian || backref)
                            && matches!(prev, "الي" | "نحو" | "باتجاه" | "والي")))
                {
                    if from_there && origin.is_none() {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `مسنودة بكتائب من مصراتة`: where fighters or fire come from
                // (`place::origin`) is the place only when the event names no other, and
                // then below any place another telling of the event gives (a country so
                // told is where foreign forces come from: no place).
                if m.is_some() && super::place::origin(prev4) {
                    if r.category != "country" && came.is_none() {
                        came = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `زنتان، 145 كيلومترا جنوب غربي العاصمة طرابلس`, `على بعد 100 كيلومتر من
                // العاصمة`: the place a distance is measured from is no place of the event.
                if m.is_some() && distance_from(&prev4) {
                    left_out = norm.clone();
                    continue;
                }
                // `مستعينة بدولة تركيا`: a country told as a state that acts is an actor; and
                // the foreign country of a foreign intervention is where its forces come from,
                // not where it happened (a place in Libya, or none).
                if m.is_some()
                    && r.category == "country"
                    && r.id != "libya"
                    && (e.kind == EventKind::ForeignIntervention || super::place::state(prev))
                {
                    left_out = norm.clone();
                    continue;
                }
                // `ضاحية تاجوراء شرق العاصمة طرابلس`, `مدينة الزاوية، الواقعة غرب طرابلس`: a
                // place after a direction from another place told just before is where that
                // place lies, not where it happened.
                if m.is_some()
                    && p.test(text, norm.start, PlaceTest::Reference, |prev4| {
                        reference_point(p.words, doc, p.sent_start, (norm.start, &prev4))
                    })
                {
                    left_out = norm.clone();
                    continue;
                }
                // `قتل ثمانية أشخاص الخميس في سبها بعد تجدد المعارك`: the place of the toll
                // is its cause's.
                owner(p.triggers, norm.start)
                    .is_none_or(|o| o == trig || (violent(e.kind) && p.tolls.contains(o)))
            }
            None => true,
        };
        let rk = (own, rank(r.category.as_str()));
        let dist = if norm.start >= trig.end {
            norm.start - trig.end
        } else {
            trig.start.saturating_sub(norm.end) + 1
        };
        let better = match &best {
            None => true,
            Some((_, brk, bd, _)) => {
                let key = (rk.0, !toward, rk.1);
                let bkey = (brk.0, !best_toward, brk.1);
                key > bkey || (key == bkey && dist < *bd)
            }
        };
        if !own
            && !route
            && rk.1 >= 3
            && other
                .as_ref()
                .is_none_or(|(_, ork, od, _)| rk.1 > ork.1 || (rk.1 == ork.1 && dist < *od))
        {
            other = Some((r, rk, dist, norm.clone()));
        }
        if better {
            best = Some((r, rk, dist, norm));
            best_toward = toward;
        }
    }
    let best = libya_in_detail(doc, ev, places, best, other);
    let (r, (own, rk), _, norm) = best.or(came).or(origin)?;
    let (_, ent, point) = match places {
        Some(p) => p.entity_point(text, norm.start, &r.id, doc.gazetteer),
        None => {
            let (ent, point) = doc.gazetteer.entity_point(&r.id);
            (r.id.as_str(), ent, point)
        }
    };
    let category = ent.map_or(r.category.as_str(), |e| e.category.as_str());
    let precision = if matches!(category, "country" | "region") {
        3
    } else {
        // The two words before the place.
        let near_in = |before: [&str; 2]| {
            before
                .iter()
                .any(|w| !w.is_empty() && in_list(NEAR, bare(w)))
        };
        let near = match places {
            Some(p) => p.test(text, norm.start, PlaceTest::Near, |_| {
                near_in(p.words.before(text, 0, norm.start))
            }),
            None => near_in(words_before(text, 0, norm.start)),
        };
        if near {
            2
        } else {
            1
        }
    };
    let loc = Loc {
        r,
        english: ent.map_or(r.id.as_str(), |e| e.english.as_str()),
        admin1: ent.and_then(|e| e.admin1.as_deref()),
        geo_precision: precision,
        point,
    };
    Some((loc, rk, own))
}

/// A candidate place of an event: its reference, (owned by the event's trigger, rank), its
/// distance from the trigger, and where it is in the normalized text.
type Best<'r> = (
    &'r crate::events::EntityRef,
    (bool, u8),
    usize,
    Range<usize>,
);

/// True when `prev`, the word right before a place, tells it as where something heads, not
/// reached (`نحو`, `باتجاه`, `صوب`), with a leading و stripped.
fn towards(prev: &str) -> bool {
    matches!(
        prev.strip_prefix('و').unwrap_or(prev),
        "نحو" | "باتجاه" | "صوب" | "اتجاه"
    )
}

/// True when `prev`, the word right before a place, tells it as where something comes from
/// or goes (`من تونس إلى طرابلس`).
fn route_word(prev: &str) -> bool {
    matches!(
        prev,
        "من" | "الي" | "نحو" | "باتجاه" | "ومن" | "والي" | "عبر"
    )
}

/// `اختطفت … 7 عاملين في ليبيا، بعدما هاجمت سيارتهم … في منطقة الحرشة`: an event placed by its
/// own words only in Libya as a whole happened where another event of its sentence (its
/// means, its setting) is placed, a town or a finer place in Libya: `other`, the best such
/// place among the event's own references, else the first of another reported event of the
/// sentence (at most eight events either side: no scan of the text).
fn libya_in_detail<'a>(
    doc: &Doc<'a>,
    ev: usize,
    places: Option<&Places<'_, 'a>>,
    best: Option<Best<'a>>,
    other: Option<Best<'a>>,
) -> Option<Best<'a>> {
    let (Some((b, (true, 1), _, _)), Some(p)) = (&best, places) else {
        return best;
    };
    if b.id != "libya" {
        return best;
    }
    let in_libya = |r: &crate::events::EntityRef| {
        doc.gazetteer
            .entity(&r.id)
            .filter(|e| rank(e.category.as_str()) >= 3)
            .and_then(|e| e.admin1.as_deref())
            .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
    };
    if other.as_ref().is_some_and(|o| in_libya(o.0)) {
        return other;
    }
    let text = doc.norm.text();
    let s = doc.events[ev].sentence;
    let near = ev.saturating_sub(8)..(ev + 9).min(doc.events.len());
    let found = near
        .filter(|&j| j != ev && doc.events[j].sentence == s && !doc.events[j].background)
        .flat_map(|j| doc.events[j].locations.iter())
        .find_map(|r| {
            let i = doc.entities.partition_point(|m| m.span.start < r.start);
            let m = doc.entities.get(i).filter(|m| m.span.start == r.start)?;
            let at = m.norm.start;
            (in_libya(r)
                && !p.read(text, at).1
                && !p.test(text, at, PlaceTest::Told, |_| told_at(text, p.sa, at)))
            .then(|| (r, (false, rank(r.category.as_str())), 0, m.norm.clone()))
        });
    found.or(best)
}

/// The facts of every event.
fn facts<'a>(
    doc: &Doc<'a>,
    t: &'a Tables,
    figures: &mut Vec<(usize, Vec<Figure>)>,
) -> Vec<Facts<'a>> {
    let text = doc.norm.text();
    let map = doc.norm.map();
    let mut out = Vec::with_capacity(doc.events.len());
    let mut times: Vec<TimeExpr> = Vec::new();
    // The sentence and the start of the unit (`Units::of`) whose scan is current.
    let mut times_unit = (usize::MAX, usize::MAX);
    let mut past = false; // the story is set in the past (`dates::past_frame`)
    let mut units = Units::default();
    let mut actors = SentenceActors::default();
    let mut cuts = Cuts::default();
    let mut scan = super::tables::Scan::default();
    // The words of the current unit, found once for every look back in it.
    let mut uw = UnitWords::default();
    // The unit's words of calling and promising, found once (`call_scope`).
    let mut call_memo = WordMemo::default();
    // The unit's `while_frame` phrases, found once for its triggers (`dates::framed_earlier`).
    let mut frames = dates::UnitFrames::default();
    // The words before each place of the current unit ([`Places::read`]).
    let place_reads: RefCell<Vec<PlaceRead<'_>>> = RefCell::new(Vec::new());
    // Every trigger in the normalized text, within its sentence, and whether its event is
    // introduced as context (`على خلفية`, `منذ`, `ذكرى`).
    let sent_of = |e: &crate::events::Event| {
        doc.sentences
            .get(e.sentence)
            .cloned()
            .unwrap_or(0..text.len())
    };
    let trigs: Vec<Range<usize>> = doc
        .events
        .iter()
        .map(|e| {
            let sent = sent_of(e);
            let ts = map
                .to_normalized(e.trigger.start)
                .clamp(sent.start, sent.end);
            let te = map.to_normalized(e.trigger.end).clamp(ts, sent.end);
            ts..te
        })
        .collect();
    // Whether each event is introduced as context, computed with its sentence's scan.
    let mut ctx: Vec<bool> = vec![false; doc.events.len()];
    // The two words before each trigger, read once (computed with its sentence's scan), and
    // the eight words before it that they begin.
    let mut before: Vec<[&str; 2]> = vec![["", ""]; doc.events.len()];
    let mut prev8: Vec<[&str; 8]> = vec![[""; 8]; doc.events.len()];
    // A headline: a first sentence that is a line of its own without a full stop.
    let headline_doc = doc.sentences.first().is_some_and(|s0| {
        let line = text.get(s0.clone()).unwrap_or("").trim_end();
        let rest = text.get(s0.end..).unwrap_or("");
        !line.ends_with(['.', '!', '?', '؟'])
            && rest
                .trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r'])
    });
    // The triggers of the current sentence, sorted, with whether each is context.
    let mut sent_trigs: Vec<(Range<usize>, bool)> = Vec::new();
    // The triggers of the current sentence in text order, and whether each one's genitive is
    // its patient (`اغتيال X`) rather than its agent (`غارات للناتو`).
    let mut other_trigs: Vec<(Range<usize>, bool)> = Vec::new();
    let mut sorted: Vec<Range<usize>> = Vec::new();
    // The triggers of the current sentence with their kinds, and whether each is background.
    let mut kind_trigs: Vec<(Range<usize>, EventKind, bool)> = Vec::new();
    // The triggers of the current sentence's tolls.
    let mut toll_trigs: Vec<Range<usize>> = Vec::new();
    // Ends of the killed and wounded cue words of the current sentence.
    let mut cues: Vec<usize> = Vec::new();
    for (i, e) in doc.events.iter().enumerate() {
        let trig = trigs[i].clone();
        let sent = units.of(text, e.sentence, sent_of(e), trig.start);
        if times_unit != (e.sentence, sent.start) {
            // One scan of the sentence for its dates, actors and figures.
            t.scan_into(text, sent.clone(), &mut scan);
            place_reads.borrow_mut().clear();
            uw.set(text, e.sentence, sent.clone(), doc.words);
            sent_trigs.clear();
            other_trigs.clear();
            kind_trigs.clear();
            toll_trigs.clear();
            let mut j = i;
            while j < doc.events.len()
                && doc.events[j].sentence == e.sentence
                && units.of(text, e.sentence, sent_of(&doc.events[j]), trigs[j].start) == sent
            {
                let tj = &trigs[j];
                // `منذ` (a relative-time word of the scan) within about six words before.
                let since = scan.relative.iter().any(|r| {
                    r.end <= tj.start
                        && tj.start - r.end <= 100
                        && text.get(r.clone()) == Some("منذ")
                });
                prev8[j] = uw.before(text, sent.start, tj.start);
                before[j] = [prev8[j][0], prev8[j][1]];
                ctx[j] = context_cue(since, &prev8[j])
                    || in_list(ADJECTIVES, text.get(tj.clone()).map(bare).unwrap_or(""))
                    // `تظاهروا … بعد أيام من اشتباكات دامية`: the earlier event that the news
                    // told before it in the clause follows (not a toll, `توفي بعد أيام من
                    // إصابته`; nor the fighting a toll counts, `بعد يومين من المعارك`).
                    || (doc.events[j].kind != EventKind::Casualties
                        && kind_trigs.iter().any(|x| {
                            !x.2 && x.1 != EventKind::Casualties && x.1 != doc.events[j].kind
                        })
                        && cues::after_a_period(&prev8[j]));
                sent_trigs.push((tj.clone(), ctx[j]));
                other_trigs.push((tj.clone(), roles::patient_kind(doc.events[j].kind)));
                kind_trigs.push((tj.clone(), doc.events[j].kind, doc.events[j].background));
                if doc.events[j].kind == EventKind::Casualties {
                    toll_trigs.push(tj.clone());
                }
                j += 1;
            }
            sent_trigs.sort_by_key(|t| (t.0.start, t.0.end));
            other_trigs.sort_by_key(|t| (t.0.end, t.0.start));
            sent_trigs.dedup_by(|a, b| a.0 == b.0);
            sorted.clear();
            sorted.extend(sent_trigs.iter().map(|t| t.0.clone()));
            times.clear();
            dates::find_scanned(
                text,
                sent.clone(),
                doc.date,
                &scan,
                uw.words_of(&sent),
                &mut times,
            );
            let lo = doc.entities.partition_point(|m| m.norm.start < sent.start);
            let hi = doc.entities.partition_point(|m| m.norm.start < sent.end);
            let mentions = &doc.entities[lo..hi.max(lo)];
            // A weekday or a date inside a name is no time (`سوق الجمعة`, `كتيبة شهداء 17
            // فبراير`): drop expressions that overlap a gazetteer mention (the few mentions
            // starting before the expression's end: linear).
            times.retain(|x| {
                let k = mentions.partition_point(|m| m.norm.start < x.range.end);
                !mentions[..k]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|m| m.norm.end > x.range.start)
            });
            let mut figs = Vec::new();
            cues.clear();
            let unit_words = uw.words();
            fatalities::find_scanned(
                text,
                sent.clone(),
                unit_words,
                t,
                &scan,
                (&mut figs, &mut cues),
            );
            actors = SentenceActors::new(
                text,
                sent.clone(),
                mentions,
                t,
                &scan,
                (&cues, &uw),
                roles::Earlier {
                    mentions: &doc.entities[..hi.max(lo)],
                    gaz: doc.gazetteer,
                },
            );
            cuts = Cuts::new(text, sent.clone(), &scan);
            if !figs.is_empty() {
                // One entry per sentence, whatever its units.
                match figures.last_mut() {
                    Some((s, fs)) if *s == e.sentence => fs.extend(figs),
                    _ => figures.push((e.sentence, figs)),
                }
            }
            times_unit = (e.sentence, sent.start);
            past = dates::past_frame(
                past,
                text,
                &times,
                doc.date,
                !scan.kana.is_empty() && !scan.qad.is_empty(),
            );
        }
        let clause = cuts.clause(&trig);
        // Dates: the expression of the clause nearest the trigger, else of the sentence.
        let dist = |r: &Range<usize>| {
            if r.start >= trig.end {
                r.start - trig.end
            } else {
                trig.start.saturating_sub(r.end)
            }
        };
        // An expression nearer another trigger of the sentence whose event is context
        // (`على خلفية مقتل … الأسبوع الماضي`) dates that event, not this one.
        let owned_by_context = |x: &&TimeExpr| {
            let d = dist(&x.range);
            sent_trigs.iter().any(|(t, c)| {
                *c && *t != trig
                    && {
                        let tc = cuts.clause(t);
                        x.range.start >= tc.start && x.range.end <= tc.end
                    }
                    && {
                        let dt = if x.range.start >= t.end {
                            x.range.start - t.end
                        } else {
                            t.start.saturating_sub(x.range.end)
                        };
                        dt < d
                    }
            })
        };
        // `عاد الهدوء صباح الإثنين بعد اشتباكات شهدتها المدينة يوم الأحد`: a time right before
        // `بعد`, `عقب`, `إثر` and the trigger dates what happened after the event (not for a
        // withdrawal: `سيطر الجيش على الميناء أمس بعد انسحاب X منه` is one capture).
        let after_it = |x: &&TimeExpr| {
            e.kind != EventKind::TerritoryControl
                && x.range.end <= trig.start
                && text.get(x.range.end..trig.start).is_some_and(|g| {
                    let mut ws = words(g).map(|r| &g[r]);
                    matches!(ws.next(), Some("بعد" | "عقب" | "اثر" | "وبعد")) && ws.next().is_none()
                })
        };
        // An asserted event happened by the publication date: a time after it (`قبل منتصف
        // يوليو` of a meeting expected) dates a planned one told beside it, never this one.
        let future = |x: &&TimeExpr| {
            e.modality == Modality::Asserted
                && matches!((x.date, doc.date), (Some(d), Some(p)) if d.start > p)
        };
        // `استعادت السيطرة على القاعدة بعد فشل هجوم صدته القوات الأسبوع الماضي`: a time told
        // after the event that follows `بعد`, `عقب`, `إثر` dates that earlier event.
        let after_other = |x: &&TimeExpr| {
            kind_trigs.iter().any(|(t, k, _)| {
                *k != EventKind::Casualties
                    && t.start >= trig.end
                    && t.end <= x.range.start
                    && text.get(trig.end..t.start).is_some_and(|g| {
                        words(g).any(|r| {
                            matches!(
                                g[r.clone()].strip_prefix('و').unwrap_or(&g[r]),
                                "بعد" | "عقب" | "اثر"
                            )
                        })
                    })
            })
        };
        // `أعلنت البعثة اليوم الأحد عقد الجولة في جنيف يومي 3 و4 سبتمبر`: the time right
        // after the verb of announcing and its subject dates the statement; another time of
        // the clause is the event's own (recprec16).
        let stated = |x: &TimeExpr| {
            x.range.end <= trig.start && {
                // (The verb, its subject of up to three words, then the time.)
                let w: [&str; 4] = uw.before(text, sent.start, x.range.start);
                w.iter().any(|w| announce(w))
            }
        };
        let in_clause = times
            .iter()
            .filter(|x| x.range.start >= clause.start && x.range.end <= clause.end)
            .filter(|x| !owned_by_context(x) && !after_it(x) && !future(x) && !after_other(x))
            .min_by_key(|x| (stated(x), dist(&x.range)));
        // Else the nearest of the sentence, but not one in the clause of another trigger
        // (`وحدث الانفجار في حي الليثي حيث تقاتل القوات … منذ شهور`).
        let in_other_clause = |x: &&TimeExpr| {
            sent_trigs.iter().any(|(t, _)| {
                *t != trig && {
                    let tc = cuts.clause(t);
                    tc != clause
                        && x.range.start >= tc.start
                        && x.range.end <= tc.end
                        && text.get(tc.clone()).is_some_and(|c| {
                            words(c)
                                .next()
                                .is_some_and(|w| matches!(&c[w], "حيث" | "التي" | "الذي" | "الذين"))
                        })
                }
            })
        };
        // `… إنها وقعت أثناء قدوم القوة، بناء على اتفاق جرى بين X وY، يوم الثلاثاء`: an
        // expression told after another trigger that follows this one, outside this one's
        // clause, of another kind and not a toll's (a toll's time is its cause's), dates that
        // event.
        let shadowed = |x: &&TimeExpr| {
            kind_trigs.iter().any(|(t, k, _)| {
                *t != trig
                    && *k != e.kind
                    && *k != EventKind::Casualties
                    && t.start >= trig.end
                    && t.end <= x.range.start
            })
        };
        // `… بعد أن شهدت الأسبوع الماضي أول حادثة اغتيال`: an expression in the clause of a
        // background event of another kind, nearer it than this trigger, dates that event.
        let owned_by_background = |x: &&TimeExpr| {
            let d = dist(&x.range);
            kind_trigs.iter().any(|(t, k, bg)| {
                *bg && *t != trig
                    && *k != e.kind
                    && {
                        let tc = cuts.clause(t);
                        x.range.start >= tc.start && x.range.end <= tc.end
                    }
                    && (if x.range.start >= t.end {
                        x.range.start - t.end
                    } else {
                        t.start.saturating_sub(x.range.end)
                    }) < d
            })
        };
        // `مقتل 23 شخصا جراء الاشتباكات التي اندلعت … يومي الجمعة والسبت`: the relative clause
        // that describes the event noun tells its time.
        // (The relative clause after the trigger's clause, found once for the time and the
        // roles.)
        let rel_of_clause: std::cell::OnceCell<Option<Range<usize>>> = std::cell::OnceCell::new();
        let relative_after = |c: &Range<usize>| {
            if *c == clause {
                rel_of_clause
                    .get_or_init(|| cuts.relative_after(&uw, text, &clause, &trig))
                    .clone()
            } else {
                cuts.relative_after(&uw, text, c, &trig)
            }
        };
        let in_relative = || {
            let rel = relative_after(&clause)?;
            times
                .iter()
                .filter(|x| x.range.start >= rel.start && x.range.end <= rel.end)
                .filter(|x| {
                    !owned_by_context(x) && !owned_by_background(x) && !shadowed(x) && !future(x)
                })
                .min_by_key(|x| dist(&x.range))
        };
        // `أكدت المصادر اليوم مقتل السفير في الهجوم الذي استهدف القنصلية مساء أمس`: the
        // statement's day gives way to the time the relative clause of the event noun tells.
        let in_clause = match in_clause {
            Some(x) if stated(x) => in_relative().or(Some(x)),
            c => c,
        };
        let chosen = in_clause.or_else(in_relative).or_else(|| {
            times
                .iter()
                .filter(|x| {
                    !owned_by_context(x)
                        && !after_it(x)
                        && !owned_by_background(x)
                        && !in_other_clause(x)
                        && !shadowed(x)
                        && !future(x)
                        && !after_other(x)
                })
                .min_by_key(|x| dist(&x.range))
        });
        let modifier = dates::modifier_clause(text, uw.words(), &trig, &clause, &|r| {
            sent_trigs
                .iter()
                .any(|(t, _)| t.start < r.end && r.start < t.end)
        });
        let chosen = chosen.filter(|x| modifier.is_none_or(|m| x.range.end > m));
        let (mut date, mut explicit, mut earlier) = (None, false, false);
        // The date is the day of the statement that tells the event (`stated`), not its own.
        let mut statement_day = false;
        // `أعلن المركز اليوم ارتفاع حصيلة الاشتباكات`: a date before `حصيلة` dates the toll
        // report, not the event the toll counts.
        let [trig_prev, _] = before[i];
        let chosen = chosen
            .filter(|x| !(matches!(trig_prev, "حصيله" | "وحصيله") && x.range.end <= trig.start));
        // `اندلعت الاشتباكات ظهر أمس بعد قيام X بالسيطرة على …`, `… بعد قيام X باعتقال Y، وفق
        // ما أفاد مصدر الثلاثاء`: the act that led to the news is dated neither by the time of
        // the news told before it nor by the time of a source's report after it.
        let act = act_before(&prev8[i]);
        let chosen = chosen.filter(|x| {
            !(act
                && ((x.range.end <= trig.start
                    && text
                        .get(x.range.end..trig.start)
                        .is_some_and(|g| words(g).any(|r| g[r].ends_with("قيام"))))
                    || text
                        .get(trig.end..x.range.start)
                        .is_some_and(|g| words(g).any(|r| source_word(&g[r])))))
        });
        // `حيث تقاتل القوات جماعات متطرفة منذ شهور`: a state of months or years, told as
        // context.
        let mut long_since = false;
        let mut since_long = false;
        match chosen {
            Some(x) if x.earlier => {
                earlier = true;
                let t = text.get(x.range.clone()).unwrap_or("");
                long_since = t.starts_with("منذ")
                    && ["اشهر", "شهور", "سنوات", "اعوام", "سنين", "عقود"]
                        .iter()
                        .any(|w| t.ends_with(w));
            }
            Some(x) => {
                date = x.date;
                explicit = true;
                statement_day = stated(x);
                // `تدور المعارك منذ الأحد`, `تشهدها منذ ثلاثة أيام`: from that day to the
                // publication date.
                if let (Some(d), Some(p)) = (date, doc.date) {
                    // `منذ الأحد`, and `منذ الأحد 13 يوليو` (a weekday before the date).
                    let prev: [&str; 2] = uw.before(text, sent.start, x.range.start);
                    let since = text
                        .get(x.range.clone())
                        .is_some_and(|t| t.starts_with("منذ"))
                        || prev[0] == "منذ"
                        || (prev[1] == "منذ" && dates::weekday_of(prev[0]).is_some());
                    if since && d.precision == Precision::Day && d.end < p {
                        date = Some(RecordDate::new(d.start, p, Precision::Day));
                        // Going on for more than a month (`ضمن عملية عسكرية مستمرة منذ 4
                        // إبريل 2019`): the situation, told as context.
                        since_long = d.start.days() + 31 < p.days();
                    }
                }
            }
            None => {}
        }
        if !explicit && !earlier && cuts.past_perfect(&clause, trig.start) {
            earlier = true;
        }
        // `بعد أسبوع من اعتقال السلطات لأكثر من 5000 مهاجر`: the event the news follows by a
        // period of days or more happened that long before, at no day the text gives.
        if !explicit && cues::after_a_period(&prev8[i]) {
            earlier = true;
        }
        // `توقفت القوات عن هجومها بعد أسر العشرات من جنودها`: an undated event after `بعد`,
        // `عقب`, `إثر` that follows an event of another kind in its sentence (`اندلعت
        // اشتباكات عنيفة في المدينة، إثر احتجاز آمر اللواء`, across the comma too) happened
        // before that one, at no day the text gives (a toll's cause is no such event).
        if !explicit
            && !earlier
            && e.kind != EventKind::Casualties
            && prev8[i][..2]
                .iter()
                .any(|w| matches!(w.strip_prefix('و').unwrap_or(w), "بعد" | "عقب" | "اثر"))
            && kind_trigs
                .iter()
                .any(|(t, k, _)| t.end <= trig.start && *k != e.kind && *k != EventKind::Casualties)
        {
            earlier = true;
        }
        // `يشار إلى أن القوات تمكنت من …`, `يذكر أن …`: a recap of what happened before; `بعد
        // قيام جهاز الردع باحتجاز …`: the act that led to the news. Neither is the day's news:
        // no date rather than a wrong one.
        // (A lone `و` written apart, `و يذكر أن …`, is no first word.)
        let opening: [&str; 2] = uw.after(text, sent.start, sent.end);
        let first = if opening[0] == "و" {
            opening[1]
        } else {
            opening[0]
        };
        if !explicit && !earlier && (recap(first) || act) {
            earlier = true;
        }
        // `وكانت معارك عنيفة دارت …`, `رغم إعلان الهدنة`, `وتأتي هذه المواجهات عقب اعتقال
        // …`, `في وقت أعلن فيه التنظيم …`: a flashback, a known fact conceded, the context
        // the news is set against (the cues of `data/records/date_cues.tsv`).
        // A time told before a concession or a framing link dates the news, not the event
        // set against it.
        if !earlier {
            if let Some((at, news_before)) =
                dates::framed_earlier(&mut frames, text, uw.words(), &trig)
            {
                if !explicit || (news_before && chosen.is_some_and(|x| x.range.end <= at)) {
                    earlier = true;
                    explicit = false;
                    date = None;
                }
            }
        }
        earlier |= !explicit && (modifier.is_some() || past);
        if !explicit && !earlier && e.modality == Modality::Asserted && !e.background {
            date = doc.date.map(RecordDate::day);
        }
        // The relative clause that describes an event noun (`الهجوم الذي شنه X`) tells its
        // sides.
        let roles_clause = cuts.roles_clause(text, &trig);
        let roles_clause = match relative_after(&roles_clause) {
            Some(rel) if actors.sides_in_relative(text, &rel) => {
                roles_clause.start..rel.end.max(roles_clause.end)
            }
            _ => roles_clause,
        };
        // The sides of a clash or talks told in a clause of their own after it.
        let roles_clause = if roles::bilateral_kind(e.kind) && !actors.between_in(&roles_clause) {
            cuts.sides_after(text, &roles_clause)
                .unwrap_or(roles_clause)
        } else {
            roles_clause
        };
        // `تستمر القذائف والقصف العشوائي لمسلحي حفتر`: event nouns joined by `و` share the
        // genitive (`ل` + the side) after the last of them.
        let roles_trig = if violent(e.kind) {
            let rest = text.get(trig.end..sent.end.max(trig.end)).unwrap_or("");
            // The next four words, as ranges of `rest`.
            let (ws, n) = uw.after_ranges::<4>(text, trig.end, sent.end.max(trig.end));
            let ws = ws.map(|r| r.start.saturating_sub(trig.end)..r.end.saturating_sub(trig.end));
            let ws = &ws[..n];
            let joined = ws
                .first()
                .is_some_and(|r| rest[r.clone()].starts_with("وال"));
            // The joined noun and at most two definite adjectives, then `ل…`.
            let lam = ws
                .iter()
                .enumerate()
                .skip(1)
                .find(|(_, r)| !rest[(*r).clone()].starts_with("ال"))
                .filter(|(k, r)| *k <= 3 && rest[(*r).clone()].starts_with('ل'));
            match (joined, lam) {
                (true, Some((k, _))) => trig.start..trig.end + ws[k - 1].end,
                _ => trig.clone(),
            }
        } else {
            trig.clone()
        };
        let mut roles = roles::roles(
            text,
            &actors,
            roles_trig,
            e.kind,
            doc.gazetteer,
            roles_clause,
            &other_trigs,
        );
        // `إن آمر اللواء فلان قتل مساء أمس`: unvocalized, `قتل` after a named person with no
        // object is the passive (`قُتل`); the person is the one killed.
        if e.kind == EventKind::Casualties && roles.actor2.is_none() {
            let passive_form = matches!(
                bare(text.get(trig.clone()).unwrap_or("")),
                "قتل" | "اغتيل" | "قتلا" | "قتلوا" | "اغتيلا" | "اغتيلوا"
            );
            let person = roles
                .actor1
                .as_ref()
                .and_then(|a| a.id.as_deref())
                .is_some_and(|id| {
                    doc.gazetteer
                        .entity(id)
                        .is_some_and(|x| x.kind == crate::gazetteer::EntityKind::Person)
                });
            let subject_before = actors
                .cands
                .iter()
                .any(|c| c.range.end <= trig.start && c.range.start >= sent.start)
                && !actors
                    .cands
                    .iter()
                    .any(|c| c.range.start >= trig.end && c.range.end <= clause.end);
            if passive_form && person && subject_before {
                roles.actor2 = roles.actor1.take();
            }
        }
        // `انفجرت سيارة أحد قادة الثوار`, `انفجار سيارة تابعة لقوة الردع`: the side named as the
        // owner of what blew up was its target, not who set it off (a car bomb, `سيارة مفخخة`,
        // is the weapon: its driver's side set it off).
        if e.kind == EventKind::Bombing && roles.actor2.is_none() && roles.actor1.is_some() {
            let w = bare(text.get(trig.clone()).unwrap_or(""));
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let blew_up = matches!(w, "انفجرت" | "انفجر" | "انفجار");
            let next: [&str; 3] = uw.after(text, trig.end, clause.end.max(trig.end));
            let next = &next[..next.iter().take_while(|w| !w.is_empty()).count()];
            let owned = next.first().is_some_and(|o| {
                matches!(
                    o.strip_prefix("ال").unwrap_or(o),
                    "سياره" | "سيارات" | "اليه" | "اليات" | "منزل" | "مقر" | "مركبه"
                )
            }) && !next
                .iter()
                .any(|x| matches!(*x, "مفخخه" | "ملغومه" | "مفخخات" | "مفخختين" | "مفخخه،"));
            if blew_up && owned {
                roles.actor2 = roles.actor1.take();
            }
        }
        // A passive's agent told after the clause, before any other event of the sentence.
        if roles.actor1.is_none() && !roles::bilateral_kind(e.kind) && e.kind != EventKind::Protest
        {
            let k = sorted.partition_point(|t| t.start <= trig.start);
            let to = sorted.get(k).map_or(sent.end, |t| t.start.min(sent.end));
            if let Some(a) = actors.agent_after(text, doc.gazetteer, trig.end, to) {
                if roles.actor2.as_ref() != Some(&a) {
                    roles.actor1 = Some(a);
                }
            }
        }
        let places = Places {
            triggers: &sorted,
            tolls: &toll_trigs,
            sa: &actors,
            sent_start: sent.start,
            words: &uw,
            reads: &place_reads,
        };
        let word = text.get(trig.clone()).map(bare).unwrap_or("");
        // Whether the trigger is a back-reference (`الهجوم`, `الاشتباكات`), looked up once.
        let definite = in_list(BACKREF, word);
        let (location, place_own) = match location(doc, i, &trig, Some(&places), definite) {
            Some((l, rk, own)) => (Some((l, rk)), own),
            None => (None, true),
        };
        let has_place_in_clause = location.is_some()
            && e.locations.iter().any(|r| {
                let n = map.to_normalized(r.start);
                n >= clause.start && n < clause.end
            });
        // `تلك المعارك`, and `أن الاشتباكات امتدت …` in a reporter's words: the event told
        // before.
        let continued = definite && continued(trig_prev);
        // `خروج محطة الكهرباء عن الخدمة نتيجة الاشتباكات`: a definite event noun told as the
        // cause of something else, naming no place of its own after it, is the event told
        // before; the places before it are the consequence's.
        let cause_of = definite
            && violent(e.kind)
            && matches!(
                trig_prev.trim_start_matches('و'),
                "نتيجه" | "جراء" | "بسبب" | "اثر" | "بفعل" | "بسب"
            )
            && !e.locations.iter().any(|r| {
                let n = map.to_normalized(r.start);
                n >= trig.end && n < clause.end
            });
        let anaphor = (definite
            && (cause_of
                || demonstrative(uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0], trig_prev)
                || matches!(trig_prev, "ان" | "بان" | "وان")))
            || continued
            || carried_out(e.kind, word, trig_prev)
            // `أعلن التنظيم مسؤوليته عن الهجوم الانتحاري غرب المدينة`: a claim refers back
            // to the attack told before, whatever place its clause names.
            || (violent(e.kind) && cues::claim_in(&prev8[i]));
        let [p0, p1] = before[i];
        let instrument = violent(e.kind)
            && e.kind != EventKind::Offensive
            && text.get(trig.clone()).is_some_and(|w| w.starts_with('ب'))
            && matches!(
                p0.trim_start_matches(['و', 'ف']),
                "هجوم"
                    | "لهجوم"
                    | "بهجوم"
                    | "هجوما"
                    | "الهجوم"
                    | "للهجوم"
                    | "اعتداء"
                    | "لاعتداء"
                    // `اشتباكات بالمدفعية الثقيلة`: the weapons of a clash.
                    | "اشتباكات"
                    | "اشتباك"
                    | "معارك"
                    | "مواجهات"
                    | "الاشتباكات"
                    | "المعارك"
                    | "المواجهات"
            );
        // `أصيب طفل بقذيفة سقطت قرب سيارة أسرته`: the weapon that wounded or killed someone,
        // told right after the toll (`ب` on the trigger, a casualty trigger just before it),
        // is the means of the fight its sentence tells, as the weapon of an attack is.
        let instrument = instrument
            || (violent(e.kind)
                && text.get(trig.clone()).is_some_and(|w| w.starts_with('ب'))
                && kind_trigs.iter().any(|(t, k, _)| {
                    *k == EventKind::Casualties && t.end <= trig.start && trig.start - t.end <= 1
                }));
        // `عمليات الاغتيال`, `عملية اختطاف`: the word for an operation right before another
        // event's trigger is the head of that event's noun, one mention with it, no offensive
        // of its own.
        let head = e.kind == EventKind::Offensive
            && matches!(word, "عمليه" | "عمليات" | "العمليه" | "العمليات")
            && kind_trigs.iter().any(|(t, k, _)| {
                *k != EventKind::Offensive
                    && *k != EventKind::Casualties
                    && t.start > trig.end
                    && t.start - trig.end <= 1
            });
        // `تمت السيطرة على الانفجار`, `السيطرة على الاشتباكات`: control whose object is
        // another event (its trigger right after) contains that event, no capture of ground:
        // one mention with it, as a head is.
        let head = head
            || (e.kind == EventKind::TerritoryControl
                && kind_trigs.iter().any(|(t, k, _)| {
                    !matches!(*k, EventKind::TerritoryControl | EventKind::Casualties)
                        && t.start > trig.end
                        && t.start - trig.end <= 1
                }));
        // `سُمع دوي انفجارات`: the sound of the fighting told before, no event of its own.
        let heard = matches!(p0, "دوي" | "اصوات" | "صوت" | "سماع");
        // `طوقت الأجهزة الأمنية موقع الانفجار`: a cordon of the site of an event told before
        // is part of its aftermath, not a siege.
        let cordon = e.kind == EventKind::Siege && {
            // The site within the next few words (`طوقت الأجهزة الأمنية موقع الانفجار`).
            let next: [&str; 5] = uw.after(text, trig.end, sent.end.max(trig.end));
            next.windows(2)
                .any(|p| matches!(p[0], "موقع" | "مكان" | "محيط") && in_list(BACKREF, bare(p[1])))
        };
        // `ما أدى إلى محاصرة عائلات داخل أحياء سكنية`: people trapped by the fighting told
        // with it, no siege of its own.
        let trapped = e.kind == EventKind::Siege && {
            let [next]: [&str; 1] = uw.after(text, trig.end, sent.end.max(trig.end));
            matches!(
                next,
                "عايلات"
                    | "العايلات"
                    | "العديد"
                    | "المدنيين"
                    | "مدنيين"
                    | "السكان"
                    | "سكان"
                    | "المواطنين"
                    | "مواطنين"
                    | "الاهالي"
                    | "اهالي"
                    | "اسر"
                    | "الاسر"
            )
        };
        // `حتى تهدأ الاشتباكات`: the fighting told before, as the time something else lasts
        // (`حتى` in the two words before);
        // the places of its clause are that other thing's.
        let until = definite
            && before[i]
                .iter()
                .any(|w| matches!(*w, "حتي" | "ريثما" | "لحين"));
        let backref = anaphor
            || until
            || heard
            || trapped
            || cordon
            || (definite && !has_place_in_clause && roles.actor1.is_none());
        let during = definite
            && violent(e.kind)
            && matches!(
                p0,
                "خلال" | "اثناء" | "جراء" | "اثر" | "بسبب" | "وخلال" | "واثناء"
            );
        // `نداءات لوقف القتال فورا والتوصل إلى هدنة`, `دعا إلى إجلاء`: a truce, a meeting or
        // an evacuation called for in the words before it is demanded, not reported (looked
        // for only when the sentence's scan found a stem of calling).
        let called_for = matches!(
            e.kind,
            EventKind::Ceasefire
                | EventKind::PeaceTalks
                | EventKind::Meeting
                | EventKind::Agreement
                | EventKind::Humanitarian
        ) && scan.pre & super::tables::pre::DEMAND != 0
            && {
                let prev: [&str; 8] = prev8[i];
                prev.iter().any(|w| {
                    matches!(
                        bare(w),
                        "دعا"
                            | "دعت"
                            | "يدعو"
                            | "تدعو"
                            | "داعيا"
                            | "داعيه"
                            | "طالب"
                            | "طالبت"
                            | "يطالب"
                            | "تطالب"
                            | "مطالبا"
                            | "مطالبه"
                            | "نداء"
                            | "نداءات"
                            | "ناشد"
                            | "ناشدت"
                            | "مناشده"
                            | "مناشدات"
                            | "دعوات"
                            | "دعوه"
                            | "حث"
                            | "حثت"
                    )
                })
            };
        // `طالب المجلس بقيادة … بصفته … جميع الأطراف بالوقف الفوري للاشتباكات`, `منادين
        // بإجراء الانتخابات … ورافضين التحجج بالاستفتاء`, `الوعد … بإجراء تعديل وزاري`: a
        // political step (a truce, talks, a meeting, an agreement, aid, an election, a change
        // of government) that its clause calls for or promises, however far after the call,
        // is the call's content, no report (records.md: demanded, planned).
        let (called_for, promised) = match called_for {
            false if political(e.kind) => {
                match call_scope(
                    text,
                    uw.words(),
                    sent.start,
                    trig.start,
                    call_memo.unit(&uw),
                ) {
                    Some(Call::Demand) => (true, false),
                    Some(Call::Promise) => (false, true),
                    None => (false, false),
                }
            }
            c => (c, false),
        };
        // `خشية تجدد القتال`, `خوفا من اندلاع المعارك`: feared, not reported.
        let feared = [p0, p1]
            .iter()
            .any(|w| matches!(*w, "خشيه" | "خوفا" | "تحسبا" | "مخافه" | "مخاوف"));
        let old = since_long
            || matches!((date, doc.date), (Some(d), Some(p)) if explicit && d.end.days() + 31 < p.days());
        // `الكتائب التي تسيطر عليه`, `القوات التي تحاصر المدينة`: a state described in a
        // relative clause, not news.
        // (`واللتين يسيطر عليهما الثوار`: the relative joined by `و`.) A place `تحت سيطرة`
        // someone is a state too.
        let state = (matches!(e.kind, EventKind::TerritoryControl | EventKind::Siege)
            && matches!(
                trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                "التي" | "الذي" | "الذين" | "اللتين" | "اللذين"
            )
            && word.starts_with(['ت', 'ي']))
            || (e.kind == EventKind::TerritoryControl
                && under_control(word, &uw.before(text, clause.start, trig.start)))
            // `مطار مدني تسيطر عليه قوات الجيش`, `بلدة يسيطر عليها مسلحون`: a relative clause
            // of an indefinite noun has no relative word, only the pronoun after the verb.
            // `التي كانت تخضع لسيطرة المسلحين`: held before, a state.
            || (e.kind == EventKind::TerritoryControl
                && word.starts_with(['ت', 'ي'])
                && (matches!(
                    uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0],
                    "عليه" | "عليها" | "عليهم" | "عليهما"
                ) || ((word.starts_with("تخضع") || word.starts_with("يخضع"))
                    && matches!(
                        trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                        "كانت" | "كان" | "ظلت" | "ظل"
                    ))))
            // `وكانت تسيطر على القاعدة في السابق`, `ما زالت تسيطر على الحي`: control held
            // before or still held, a state; `خروج اللواء عن السيطرة`: out of control, no
            // capture.
            || (e.kind == EventKind::TerritoryControl
                && held_control(
                    word,
                    trig_prev,
                    uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0],
                ));
        // `كانوا مختطفين لدى مسلحين`, `ظلوا محتجزين عشرة أيام`, `رهائن كانت تحتجزهم`:
        // captivity told as a state (a participle, or an imperfect verb with its object
        // pronoun, after `كان`, `ظل`) is no abduction or arrest of the day.
        let captive = matches!(e.kind, EventKind::Abduction | EventKind::Arrest)
            && (["مخطوف", "مختطف", "محتجز", "معتقل"]
                .iter()
                .any(|p| word.starts_with(p))
                || (word.starts_with(['ت', 'ي'])
                    && ["هم", "هما", "ها"].iter().any(|p| word.ends_with(p))))
            && matches!(
                trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                "كانوا" | "كانت" | "كان" | "كانا" | "ظلوا" | "ظل" | "ظلت" | "ظلا"
            );
        let state = state || captive;
        // `وتخرق قوات حفتر وقف إطلاق النار`: the verb of violation before its subject.
        // (The eight words of the clause before the trigger: those of the sentence's eight
        // before it that the clause holds.)
        let clause8 = words_from(text, &prev8[i], clause.start, trig.start);
        let violated = e.kind == EventKind::Ceasefire && {
            let prev: [&str; 5] = [clause8[0], clause8[1], clause8[2], clause8[3], clause8[4]];
            prev.iter().any(|w| violation(w))
        };
        // Months of fighting before the news, a visit someone came back from, a hospital
        // receiving the dead, a protest told as the motive of what came before it.
        // (The eight words of the clause before the trigger, read once for both.)
        let clause_prev: [&str; 8] = if e.kind != EventKind::Casualties {
            clause8
        } else {
            [""; 8]
        };
        let past = violent(e.kind) && after_long(&clause_prev);
        // `طوال سنوات الحرب`, `عانت من الحصار والقصف طوال سنوات`, `خلال الأشهر الماضية`: an
        // event told over months or years is a state or a tally, no one event.
        let spanned = e.kind != EventKind::Casualties
            && (over_long(&clause_prev) || {
                let next: [&str; 6] = uw.after(text, trig.end, clause.end.max(trig.end));
                let mut last = "";
                next.iter().take_while(|w| !w.is_empty()).any(|&w| {
                    let hit = span_word(last) && long_plural(w);
                    last = w;
                    hit
                })
            });
        // `وأسفر النزاع عن مقتل المئات وأجبر عشرات الآلاف على النزوح`: the toll or the
        // displacement of a war as a whole is a tally, no one event.
        let tally = matches!(e.kind, EventKind::Casualties | EventKind::Humanitarian)
            && war_tally(&uw.before::<12>(text, sent.start, trig.start));
        let aside = match e.kind {
            EventKind::Meeting => {
                returning(&[prev8[i][0], prev8[i][1], prev8[i][2]])
                    || received_casualties(text, &trig, sent.end)
            }
            EventKind::Protest => {
                word.starts_with("احتجاجا")
                    && kind_trigs.iter().any(|(t, k, _)| {
                        t.end <= trig.start
                            && !matches!(k, EventKind::Protest | EventKind::Casualties)
                    })
            }
            _ => false,
        };
        // `تجددت الاشتباكات رغم اتفاق المصالحة`, `برغم الهدنة المعلنة`, `رغم التوقيع على
        // هدنة`: a truce, talks or an agreement that something happens in spite of is
        // already in place, context of the news (records.md: background).
        let despite = matches!(
            e.kind,
            EventKind::Ceasefire | EventKind::Agreement | EventKind::PeaceTalks
        ) && prev8[i][..4].iter().any(|w| in_list(DESPITE, w));
        let context = old
            || tally
            || despite
            || state
            || past
            || spanned
            || aside
            || violated
            || long_since
            || ctx[i]
            || in_list(ADJECTIVES, word)
            || since_when(text, &sent, &clause);
        // An attempt (`محاولة اغتيال`) is a failed event: no report of it.
        let attempt =
            matches!(bare(trig_prev), "محاوله" | "محاولات") || failed_outcome(e.kind, &prev8[i]);
        // A purpose: `ل` on a verbal noun (`لانتزاعه`, `لاستعادة`, `للسيطرة`, `لتحرير`).
        // Not after `تعرض` (`تعرض العمال للخطف`: they were abducted).
        let suffered = [p0, p1].iter().any(|w| {
            matches!(
                w.strip_prefix('و').unwrap_or(w),
                "تعرض" | "تعرضت" | "تعرضوا" | "يتعرض" | "تتعرض" | "يتعرضون"
            )
        });
        let purpose = (!suffered && {
            let w = text.get(trig.clone()).unwrap_or("");
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            w.chars().count() >= 5
                && !w.ends_with("ات")
                // (`ليهاجم`, `لتزور`: `ل` on an imperfect verb states a purpose too.)
                && ["لا", "لل", "لت", "لي"].iter().any(|p| w.starts_with(p))
                && !w.starts_with("لاي")
        }) || aimed(p0, p1);
        // `أحبطت هجوما لقوات حفتر`, `تمكنت من صد هجوم`: a repelled attack happened (and
        // failed), as ACLED codes it, whatever the negation the sentence reads in it.
        let repelled = e.kind == EventKind::Offensive
            && e.modality == Modality::Negated
            && [p0, p1].iter().any(|w| roles::repel_word(w));
        // `مظاهرة مقررة لاحقا`, `الجولة المرتقبة من المحادثات`, `الاجتماع المزمع عقده`: an
        // event told as scheduled is planned, not reported.
        // (The two words after the trigger, read once for this and `similar`.)
        let next2: [&str; 2] = uw.after(text, trig.end, sent.end.max(trig.end));
        let purpose = purpose || scheduled(next2[0]);
        // `أعلن البنتاغون عن غارة مماثلة`, `كما شن الأفريكوم غارات مماثلة سابقة`: like the
        // event told, so not it.
        let similar = {
            next2.iter().any(|w| {
                matches!(
                    *w,
                    "مماثله"
                        | "مماثل"
                        | "مماثلين"
                        | "مماثلتين"
                        | "مشابهه"
                        | "مشابه"
                        | "مشابهين"
                )
            })
        };
        // A like event with no date of its own is not the day's news: no date rather than a
        // wrong one. A time told before it (`قالت وسائل إعلام اليوم إن طائرات قصفت زوارة بعد
        // أيام من غارات مماثلة على الزاوية`) dates the news it is likened to, not it; only a
        // time after it (`غارات مماثلة الأسبوع الماضي`) is its own.
        let own_time = chosen.is_some_and(|x| {
            x.range.start >= trig.end || time_of_own_clause(&x.range, &trig, &clause, &sent_trigs)
        });
        if similar && (!explicit || !own_time) {
            date = None;
            explicit = false;
            earlier = true;
        }
        // `مركز احتجاز`, `قوة حماية الدستور`: an event word in a body's name.
        // `حررت القوات الخاصة 23 مصريا اختطفتهم ميليشيات`, `بعد أن حررتهم القوات`: people
        // freed (the object a pronoun of people, or an abduction or arrest told in the
        // sentence) is a release, no capture of ground (records.md: no record).
        let freed = e.kind == EventKind::TerritoryControl
            && word.contains("حرر")
            && (word.ends_with("هم")
                || word.ends_with("هما")
                || kind_trigs
                    .iter()
                    .any(|(_, k, _)| matches!(k, EventKind::Abduction | EventKind::Arrest)));
        let named = freed
            || cues::body_name(&prev8[i], text.get(trig.clone()).unwrap_or(""))
            || held_weapon(e.kind, word, &prev8[i])
            || (e.kind == EventKind::Airstrike
                && overhead(
                    word,
                    [p0, p1],
                    &uw.after::<3>(text, trig.end, clause.end.max(trig.end)),
                ));
        out.push(Facts {
            similar,
            headline: headline_doc && e.sentence == 0,
            kind: e.kind,
            asserted: (e.modality == Modality::Asserted || repelled)
                && !attempt
                && !purpose
                && !feared
                && !called_for
                && !promised,
            purpose,
            promised,
            continued,
            feared,
            story: false,
            called_for,
            during,
            anaphor,
            context,
            sentence: e.sentence,
            trig,
            date,
            explicit,
            statement_day: statement_day && explicit,
            earlier,
            roles,
            location,
            // `توسعت المواجهات لتشمل مناطق …`, `وامتدت الاشتباكات إلى …`: the places the
            // fighting spread to are more of its places, not a more precise one.
            place_own: place_own && !spread(trig_prev),
            instrument,
            head,
            backref,
            definite,
            named,
            chained: false,
            manner: matches!(e.kind, EventKind::Shelling | EventKind::Airstrike) && manner_word(p0),
            used: used_weapon(e.kind, word, &clause8),
        });
    }
    // The violent events of a sentence framed by a back-reference (`سقطت قذائف على منازل
    // خلال الاشتباكات`) are part of the event it refers to.
    for sentence in out.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        if sentence.iter().any(|f| f.during) {
            for f in sentence.iter_mut().filter(|f| violent(f.kind)) {
                f.backref = true;
            }
        }
    }
    story_day(doc, &mut out, opening_frame(doc));
    out
}

/// `في مثل هذا اليوم، الرابع من مايو 2019، بدأ الهجوم …`: the latest day told in
/// the sentences before the first event's (an anniversary page, a retrospective), with the
/// sentence it is told in; a year or a month is no story's day, nor is a state since a day
/// (`تعيش البلاد فوضى منذ 17 فبراير 2011`). Only those few sentences are read again (most documents have an
/// event in their first sentence).
fn opening_frame(doc: &Doc<'_>) -> Option<(RecordDate, usize)> {
    doc.date?;
    let first = doc.events.iter().map(|e| e.sentence).min()?;
    let text = doc.norm.text();
    let mut found: Option<(RecordDate, usize)> = None;
    let mut times = Vec::new();
    for (k, s) in doc.sentences.iter().enumerate().take(first) {
        times.clear();
        dates::find(text, s.clone(), doc.date, &mut times);
        // Not a date inside a name (`سوق الجمعة`, `كتيبة 17 فبراير`).
        let lo = doc.entities.partition_point(|m| m.norm.start < s.start);
        let hi = doc.entities.partition_point(|m| m.norm.start < s.end);
        let mentions = &doc.entities[lo..hi.max(lo)];
        // A day (`منذ 17 فبراير 2011`, `حتى …` are a state up to now, no story's day).
        if let Some(d) = times
            .iter()
            .filter(|x| {
                !x.earlier
                    && !mentions
                        .iter()
                        .any(|m| m.norm.start < x.range.end && x.range.start < m.norm.end)
                    && {
                        let prev: [&str; 1] = words_before(text, s.start, x.range.start);
                        let w = text.get(x.range.clone()).unwrap_or("");
                        !matches!(bare(prev[0]), "منذ" | "حتي")
                            && !w.starts_with("منذ")
                            && !w.starts_with("حتي")
                    }
            })
            .filter_map(|x| x.date)
            .next_back()
            .filter(|d| d.precision == Precision::Day)
        {
            found = Some((d, k));
        }
    }
    found
}

/// `اندلعت اشتباكات أمس بين … وفي تطور آخر سيطرت قوة الردع على مقر …`: news set on one day
/// by an explicit date (`أمس`, `الجمعة`) goes on telling that day's events without repeating
/// it. An undated report after a reported event dated to a single day of the week before
/// publication takes that day (the story's day), not the publication date; a later explicit
/// date (`اليوم`) sets the story's day anew. A flashback (`وكانت القوات قد سيطرت أمس`) sets
/// no story day, and an event told in the present (`وتواصل القوات حصار …`, `يستمر`) is the
/// day's news.
///
/// A story set long before publication (more than a month: an anniversary page, a
/// retrospective) is set by the `opening` day of the sentences before the first event
/// ([`opening_frame`]): the undated events told after it, until a day of the week before
/// publication sets the story anew, are that story's, told as context (background), not the
/// day's news. A mention dated so is
/// marked (`story`): a headline's undated record that the body tells again takes its day.
fn story_day(doc: &Doc<'_>, out: &mut [Facts<'_>], opening: Option<(RecordDate, usize)>) {
    let Some(pubdate) = doc.date else {
        return;
    };
    let text = doc.norm.text();
    let published = RecordDate::day(pubdate);
    let old = |d: &RecordDate| d.end.days() + 31 < pubdate.days();
    let recent_day = |d: &RecordDate| {
        d.precision == Precision::Day
            && d.start == d.end
            && d.end <= pubdate
            && d.start.days() + 7 >= pubdate.days()
    };
    // The story: its date, the sentence that set it, and the kind of the event that did
    // (none for an opening date).
    let mut story: Option<(RecordDate, usize, Option<EventKind>)> =
        opening.filter(|(d, _)| old(d)).map(|(d, s)| (d, s, None));
    // The words of the sentence read last (from the events stage).
    let mut uw = UnitWords::default();
    let mut uw_of = None;
    for (i, f) in out.iter_mut().enumerate() {
        let Some(e) = doc.events.get(i) else {
            break;
        };
        let sent = doc.sentences.get(e.sentence).cloned().unwrap_or(0..0);
        if f.explicit {
            if let Some(d) = f.date {
                // A day before the news's day told after it for an event of another kind
                // (`قصفت الطائرات الأحد … وبدأ الهجوم مساء السبت …`) recalls the past: it
                // dates its own events, and the undated ones told after it are still the
                // news's day. (The same kind on an earlier day, `اندلعت الاشتباكات ليل
                // الجمعة`, tells the day of the event the news is about.)
                let recalled = story
                    .is_some_and(|(s, _, k)| k.is_some_and(|k| k != f.kind) && d.end < s.start);
                if recent_day(&d)
                    && f.asserted
                    && !f.context
                    && !e.background
                    && !recalled
                    && !earlier_report(text, sent.clone())
                {
                    // (The kind of the event that set the day first stays the story's: a toll
                    // of that day, `مقتل 32 شخصا`, sets no other.)
                    let kind = match story {
                        Some((s, _, Some(k))) if s == d => k,
                        _ => f.kind,
                    };
                    story = Some((d, f.sentence, Some(kind)));
                }
            }
        } else if let (Some((s, ss, sk)), false, Some(d)) = (story, f.earlier, f.date) {
            // Undated: the publication date was taken for it.
            let trig_word = text
                .get(f.trig.clone())
                .and_then(|t| words(t).next().map(|r| &t[r]))
                .unwrap_or("");
            if uw_of != Some(e.sentence) {
                uw.set(text, e.sentence, sent.clone(), doc.words);
                uw_of = Some(e.sentence);
            }
            let prev: [&str; 5] = uw.before(text, sent.start, f.trig.start);
            let now = std::iter::once(trig_word).chain(prev).any(present);
            // The same kind again is the story's event told anew by a source (`وأفادت مصادر
            // بأن مسلحين أطلقوا النار`, `كما أفاد أحد السكان أن القوات هاجمت المدينة`);
            // told by the writer, it may be a new one.
            let same_ok = sk != Some(f.kind) || attributed(&uw, text, sent.start, f.trig.start);
            if d == published && f.asserted && !f.context && !now && ss < f.sentence && same_ok {
                f.date = Some(s);
                f.story = true;
                // A story long past is context.
                f.context |= old(&s);
            }
        }
    }
}

/// A source's account: a verb of saying or `بحسب`, `وفق` among the 24 words before `at` in
/// the sentence (`وأفادت مصادر محلية بأن …`, `كما أفاد أحد سكان المدينة أن …`, `وبحسب شهود
/// فإن …`).
fn attributed(uw: &UnitWords, text: &str, sent_start: usize, at: usize) -> bool {
    let prev: [&str; 24] = uw.before(text, sent_start, at);
    prev.iter().any(|w| source_word(w))
}

/// A word that attributes what follows to a source: a verb of saying, or `وفق`, `حسب`,
/// `بحسب`, `نقلا` (normalized).
fn source_word(w: &str) -> bool {
    say(w) || in_list(BY, w) || w.strip_prefix('و').is_some_and(|v| in_list(BY, v))
}

/// A verb of saying or announcing (normalized, with or without a leading و/ف): [`say`], and
/// `أعلن`, `كشف`, `صرح` (recprec16).
fn announce(w: &str) -> bool {
    say(w)
        || matches!(
            w.strip_prefix(['و', 'ف']).unwrap_or(w),
            "اعلن" | "اعلنت" | "اعلنوا" | "كشف" | "كشفت" | "صرح" | "صرحت"
        )
}

/// A verb of saying (normalized, with or without a leading و/ف).
fn say(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    matches!(
        w,
        "قال"
            | "قالت"
            | "افاد"
            | "افادت"
            | "اكد"
            | "اكدت"
            | "ذكر"
            | "ذكرت"
            | "اوضح"
            | "اوضحت"
            | "اضاف"
            | "اضافت"
            | "اشار"
            | "اشارت"
            | "روي"
            | "روت"
            | "نقل"
            | "نقلت"
    )
}

/// A sentence that recaps what happened before (`يشار إلى أن`, `يذكر أن`, `تجدر الإشارة إلى`),
/// told by its first word.
fn recap(first: &str) -> bool {
    matches!(
        first.strip_prefix('و').unwrap_or(first),
        "يشار" | "يذكر" | "تجدر" | "يجدر"
    )
}

/// `بعد قيام جهاز الردع باحتجاز …`, `إثر قيام مجموعة بالرماية`: the act (`قيام X ب…`) after
/// which something else happened, within the six words before the trigger (of `prev8`).
fn act_before(prev8: &[&str; 8]) -> bool {
    prev8[..6].windows(2).any(|p| {
        p[0] == "قيام"
            && matches!(
                p[1].strip_prefix('و').unwrap_or(p[1]),
                "بعد" | "اثر" | "عقب"
            )
    })
}

/// A verb of spreading before a back-reference (`توسعت المواجهات`, `وامتدت الاشتباكات`).
fn spread(prev: &str) -> bool {
    matches!(
        prev.strip_prefix(['و', 'ف']).unwrap_or(prev),
        "توسعت" | "امتدت" | "اتسعت" | "انتقلت" | "تمددت" | "توسع" | "امتد" | "اتسع"
    )
}

/// A verb in the present (normalized): `يواصل`, `يستمر`, and the feminine forms of going on
/// (`تواصل`, `تتواصل`, `تستمر`, `تشهد`, `تدور`).
fn present(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    (w.starts_with('ي') && w.chars().count() >= 4 && !w.starts_with("يوم"))
        || w.starts_with("تت")
        || w.starts_with("تست")
        || matches!(
            w,
            "تواصل" | "تشهد" | "تدور" | "تخوض" | "تحاصر" | "تسيطر" | "تعاني" | "تقوم"
        )
}

/// A record being built.
struct Build<'a> {
    kind: EventKind,
    /// Its first mention asserts it.
    asserted: bool,
    background: bool,
    mentions: Vec<usize>,
    date: Option<RecordDate>,
    explicit: bool,
    /// The date held is a statement's day (`Facts::statement_day`).
    statement_day: bool,
    /// The date held is the day of a later mention told as the day's news, the first one
    /// having told the event as earlier (`جاء ذلك عقب اشتباكات` … `وسط اشتباكات عنيفة`).
    late_day: bool,
    earlier: bool,
    roles: Roles,
    location: Option<(Loc<'a>, u8)>,
    /// The place belongs to the trigger of the mention that gave it (`Facts::place_own`), not
    /// only to another event of its sentence.
    place_own: bool,
    /// Fatalities and injured: (value, from a running total).
    killed: Option<u32>,
    injured: Option<u32>,
    /// The figures come from a running total.
    killed_total: bool,
    injured_total: bool,
    /// The figures are only ACLED's words (`عشرات`): a precise figure replaces them.
    killed_vague: bool,
    injured_vague: bool,
    /// The figures held are a lower bound (`أكثر من مئة`): a precise figure at or above it
    /// replaces it.
    killed_lower: bool,
    injured_lower: bool,
    /// The sides the killed held count, one per figure told of a side (`17 من قوات حفتر`
    /// … `11 من مقاتلي المجلس`): a toll of another side told after them adds to them.
    killed_sides: Vec<String>,
    /// Every figure so far was told in the headline.
    killed_head: bool,
    injured_head: bool,
    /// The sentence of the latest mention.
    last_sentence: usize,
    /// Background by the sentence layer's mentions until a reported back-reference told it
    /// (`من خلال الهجوم الذي طال الأسرة`): its background tolls are its own.
    revived: bool,
    /// Every mention so far is in the first sentence (the headline): a later mention of the
    /// same kind may be the same event told with other places and sides, and what the body
    /// says replaces what the headline said.
    headline: bool,
    /// Its mentions are part of a body's name (`مركز احتجاز`): no report, background.
    named: bool,
}

impl<'a> Build<'a> {
    fn new(kind: EventKind, background: bool, i: usize, f: &mut Facts<'a>) -> Build<'a> {
        Build {
            kind,
            asserted: f.asserted,
            background,
            mentions: vec![i],
            date: f.date,
            explicit: f.explicit,
            statement_day: f.statement_day,
            late_day: false,
            earlier: f.earlier,
            roles: std::mem::take(&mut f.roles),
            place_own: f.place_own || f.location.is_none(),
            location: f.location.take(),
            killed: None,
            injured: None,
            killed_total: false,
            injured_total: false,
            killed_vague: false,
            injured_vague: false,
            killed_lower: false,
            injured_lower: false,
            killed_sides: Vec::new(),
            killed_head: true,
            injured_head: true,
            last_sentence: f.sentence,
            revived: false,
            headline: f.headline,
            named: f.named,
        }
    }

    fn add(&mut self, i: usize, f: &mut Facts<'a>) {
        // `غارات على سرت والقوات تتقدم نحو البريقة` … `قصفت الطائرات … مساء الأحد. وفي
        // الأثناء زحفت الوحدات نحو البريقة`: a headline's undated event told again in
        // the body on the story's day took the publication date only for want of a day.
        if self.headline && f.sentence > 0 && f.story && !self.explicit && !self.earlier {
            self.date = f.date;
        }
        if self.headline && f.sentence > 0 {
            // The body tells the headline's event: its sides and place count first.
            self.headline = false;
            let r = &mut self.roles;
            if f.roles.actor1.is_some() {
                r.actor1 = f.roles.actor1.take();
                // A body that names only who acted keeps the headline's side acted on
                // (`اختطاف 50 عاملا` … `تم اختطافهم من قبل مسلحين`).
                let a2 = f.roles.actor2.take();
                if a2.is_some() || r.actor2 == r.actor1 {
                    r.actor2 = a2;
                }
            } else if f.roles.actor2.is_some() {
                // The body names only the side acted on (`غارات على تمركزات لقوات حفتر`): it
                // replaces the headline's (the civilians a headline's toll counts).
                r.actor2 = f.roles.actor2.take();
                if r.actor2.is_some() && r.actor2 == r.actor1 {
                    r.actor1 = None;
                }
            }
            // (Not a country or a region for the headline's town or finer place: `قتلى في
            // اشتباكات ببنغازي` … `في اشتباكات غربي ليبيا` is still Benghazi, the most specific
            // place told.)
            let coarser = |l: &(Loc<'a>, u8)| {
                l.0.geo_precision == 3
                    && self
                        .location
                        .as_ref()
                        .is_some_and(|(cur, rk)| cur.geo_precision != 3 && *rk >= 3)
            };
            if f.kind == self.kind && !f.location.as_ref().is_some_and(coarser) {
                if let Some(l) = f.location.take() {
                    self.location = Some(l);
                    self.place_own = f.place_own;
                }
            }
        }
        self.mentions.push(i);
        self.named &= f.named;
        let later_sentence = f.sentence > self.last_sentence;
        self.last_sentence = self.last_sentence.max(f.sentence);
        if f.explicit && !self.explicit {
            self.date = f.date;
            self.explicit = true;
            self.statement_day = f.statement_day;
        } else if let (true, true, false, Some(d), Some(own)) = (
            self.statement_day,
            f.explicit,
            f.statement_day,
            self.date,
            f.date,
        ) {
            // `أكدت المصادر اليوم مقتل السفير` … `في الهجوم الذي استهدف القنصلية مساء أمس`:
            // the event's own time, at or before the statement's day, replaces that day.
            if own.end <= d.end {
                self.date = Some(own);
                self.statement_day = false;
            }
        } else if let (true, true, Some(d), Some(to)) = (
            f.continued && f.explicit,
            self.explicit,
            self.date.as_mut(),
            f.date,
        ) {
            // Going on until the mention's day.
            if to.end > d.end && d.precision == Precision::Day {
                d.end = to.end;
            }
        } else if let (true, true, Some(d), Some(day)) =
            (f.explicit, self.explicit, self.date.as_mut(), f.date)
        {
            // `الأسبوع الماضي` … `يوم الأحد`: a day inside the week or month the record was
            // dated to says which day it was.
            if d.precision != Precision::Day
                && day.precision == Precision::Day
                && day.start >= d.start
                && day.end <= d.end
            {
                *d = day;
            }
        } else if self.date.is_none()
            && !self.explicit
            && self.earlier
            && !f.earlier
            && f.asserted
            && !f.definite
            && !f.backref
            && f.date.is_some()
            && later_sentence
        {
            // `جاء ذلك عقب اشتباكات عنيفة مع القوات` … `وتقدمت الوحدات وسط اشتباكات عنيفة`:
            // an event first told as what the news followed, then in a later sentence as the
            // day's news (asserted, not a definite noun that refers back, `هربا من القتال
            // المتواصل`), is the day's news. (The day is no sign of a report: an undated
            // record of no side acted upon and no toll stays context, `undated_context`.)
            self.date = f.date;
            self.late_day = true;
        } else if self.date.is_none() && !self.explicit && !self.earlier {
            // (A later mention that recaps the event as earlier, `وكانت أوباري قد تعرضت
            // لضربات`, `وفي وقت سابق أكد المراسل إصابة طفل`, leaves the day of the news told
            // first: the first mention says what the news is.)
            self.date = f.date;
        }
        let r = &mut self.roles;
        // A back-reference of another kind (the cordon of the blast site) tells what others
        // did after the event: its sides are not the event's.
        // Nor does an agreement told as carried out (`أثناء تنفيذ الاتفاق` by some force):
        // the agreement's sides are those it was told with first.
        if (f.backref && f.kind != self.kind) || (f.anaphor && !violent(f.kind)) {
            f.roles.actor1 = None;
            f.roles.actor2 = None;
        }
        // `اشتباكات بين مجموعتين مسلحتين` told first, the sides named after (`بين كتيبة X
        // و…`): the named sides replace the two unnamed ones.
        // (And `اشتباكات بين جماعات مسلحة متنافسة`, one unnamed side and no other, before
        // `بين اللواء السابع … وكتيبة ثوار طرابلس`: both sides named replace it; recprec21.)
        let unnamed = |a: &Option<super::Actor>| a.as_ref().is_some_and(|a| a.id.is_none());
        let two_unnamed = roles::bilateral_kind(self.kind)
            && unnamed(&r.actor1)
            && (r.actor1 == r.actor2
                || (r.actor2.is_none() && f.roles.actor2.as_ref().is_some_and(|b| b.id.is_some())));
        if two_unnamed && f.roles.actor1.as_ref().is_some_and(|a| a.id.is_some()) {
            r.actor1 = f.roles.actor1.take();
            if let Some(b) = f.roles.actor2.take().filter(|b| b.id.is_some()) {
                r.actor2 = Some(b);
            }
        }
        if r.actor1.is_none() {
            // Never the side the record was acted on (`سيطرت على … بعد اشتباكات مع X`: X was
            // the target of the capture, whatever the clash's order of sides).
            let a = f.roles.actor1.take();
            if a.is_some() && a == r.actor2 {
                if roles::bilateral_kind(f.kind) {
                    r.actor1 = f
                        .roles
                        .actor2
                        .take()
                        .filter(|b| r.actor2.as_ref() != Some(b));
                }
            } else {
                r.actor1 = a;
            }
        }
        if r.actor2.is_none() {
            // The civilians a toll counts are no side of a clash.
            let clash = matches!(self.kind, EventKind::ArmedClash);
            // A bilateral event told the other way round: its other side is the mention's
            // actor1.
            let other = if roles::bilateral_kind(self.kind)
                && r.actor1.is_some()
                && f.roles.actor2 == r.actor1
            {
                f.roles.actor1.take()
            } else {
                f.roles.actor2.take()
            };
            r.actor2 = other.filter(|a| {
                r.actor1.as_ref() != Some(a)
                    && !(clash && a.generic == Some(super::Generic::Civilians))
            });
        }
        for a in &f.roles.assoc1 {
            if !r.assoc1.contains(a) && r.actor1.as_ref() != Some(a) {
                r.assoc1.push(a.clone());
            }
        }
        for a in &f.roles.assoc2 {
            if !r.assoc2.contains(a) && r.actor2.as_ref() != Some(a) {
                r.assoc2.push(a.clone());
            }
        }
        for s in &f.roles.sources {
            if !r.sources.contains(s) {
                r.sources.push(s.clone());
            }
        }
        // A mention of another kind (the offensive of a clash, a back-reference) gives a
        // place only to a record without one: the record's own mentions say where it was.
        // So does a back-reference (`ما أشعل فتيل القتال` after an arrest at the airport): the
        // places of its clause are those of what it is told with.
        if let Some((l, rk)) = f.location.take() {
            let own = f.kind == self.kind && !f.backref && f.place_own;
            // `غارة جوية جنوب ليبيا` … `وقالت المصادر إن الغارة استهدفت منزلا شمالي بلدة أوباري`:
            // a back-reference of the same kind that names a town for a record placed only in
            // a region or a country tells where it was.
            let finer = f.kind == self.kind
                && f.backref
                && f.place_own
                && self
                    .location
                    .as_ref()
                    .is_some_and(|(cur, _)| cur.geo_precision == 3 && l.geo_precision != 3);
            // `واعتقال فلان … ما جعل الليبيين يتجمعون وسط طرابلس` … `باعتقال فلان في بني
            // وليد`: a place the record only borrowed from another event of its sentence gives
            // way to a town or finer place the event's own telling names.
            let borrowed = own && !self.place_own && rk >= 3;
            if self
                .location
                .as_ref()
                .is_none_or(|(_, b)| ((own || finer) && rk > *b) || borrowed)
            {
                self.place_own = own || (self.place_own && self.location.is_some());
                self.location = Some((l, rk));
            }
        }
    }

    fn compatible(&self, kind: EventKind, f: &Facts<'_>, gaz: &Allies<'_>) -> bool {
        // An offensive (`هجوم`, `عملية عسكرية`) told with a clash or strike of the same or the
        // previous sentence is that event.
        let last = self.last_sentence;
        let offensive_of =
            kind == EventKind::Offensive && violent(self.kind) && f.sentence <= last + 1;
        // The battle of a capture told in the same sentence (`سيطر الثوار على … بعد معارك
        // عنيفة`), and back-references to it (`قُتلوا في تلك المعارك`), are the capture.
        let battle_of = self.kind == EventKind::TerritoryControl
            && matches!(kind, EventKind::ArmedClash | EventKind::Offensive)
            && (f.sentence == last || f.anaphor || (f.backref && f.sentence <= last + 1));
        // A ceasefire agreed in the same sentence as the agreement (`التوصل إلى اتفاق لوقف
        // إطلاق النار`) is that agreement.
        let terms_of = f.sentence == last
            && matches!(
                (self.kind, kind),
                (EventKind::Agreement, EventKind::Ceasefire)
                    | (EventKind::Ceasefire, EventKind::Agreement)
            );
        // The captivity of the abducted (`خطف العمال … وتم احتجازهم عشرة أيام`), told with no
        // side of its own, is the abduction.
        // And the other way round: the detained taken to an unknown place (`رهن الاعتقال، حيث
        // تم اقتيادهم إلى جهة مجهولة`, `المختطفين` in the next sentence), told with no side of
        // its own, is the arrest.
        let captivity_of = matches!(
            (self.kind, kind),
            (EventKind::Abduction, EventKind::Arrest) | (EventKind::Arrest, EventKind::Abduction)
        ) && f.sentence <= last + 1
            && f.roles.actor1.is_none();
        // `تعرض المقر لهجوم بقذيفة`: the weapon of the attack told in the same sentence.
        let weapon_of = f.instrument
            && matches!(self.kind, EventKind::Offensive | EventKind::ArmedClash)
            && f.sentence == last;
        let kind_ok = self.kind == kind
            || offensive_of
            || weapon_of
            || battle_of
            || terms_of
            || captivity_of
            || (f.backref && violent(self.kind) && violent(kind));
        if !kind_ok {
            return false;
        }
        // A planned or demanded event of another kind is no part of a reported one
        // (`ستواصل تقدمها نحو سرت` after a strike).
        // Nor is a called-for or feared one of the same kind (`دعا إلى هدنة` … `التوصل إلى
        // اتفاق لوقف إطلاق النار`): the reported event has its own sides.
        // (A toll is one whatever its parts: `لم تسفرا عن قتلى لكنهما خلفتا ثلاثة جرحى`.)
        if self.asserted != f.asserted
            && (self.kind != kind || !f.anaphor)
            && kind != EventKind::Casualties
        {
            return false;
        }
        // `تلك المعارك`, `الهجوم نفسه`: the same event, whatever its clause names besides.
        // `أثناء تنفيذ الاتفاق`: the agreement told before, whatever sides its clause names.
        // `واستمرت الاشتباكات حتى صباح اليوم`: the clash told before, on whatever day it went
        // on to.
        if f.anaphor
            && (!f.continued || self.kind == kind)
            && (violent(self.kind) || battle_of || self.kind == kind)
        {
            return match (self.explicit, f.explicit, &self.date, &f.date) {
                (true, true, Some(a), Some(b)) => {
                    a.overlaps(b) || (f.continued && b.start >= a.start)
                }
                _ => true,
            };
        }
        // The headline names the event in a few words, often two events at once.
        let headline = self.headline && f.sentence > 0 && self.kind == kind;
        // `اندلعت مواجهات في المدينة` … `وأرجع الناشط اندلاع المواجهات إلى دخول قوات …`: a
        // definite back-reference of the record's kind, undated, in the same place, is the
        // event told before, whatever side its clause names (a cause, a party blamed).
        let told_before = f.definite && self.kind == kind && !f.explicit && f.sentence > last;
        // `احتشد متظاهرون بميدان الشهداء` … `وبدأ المشاركون في التظاهرة حراكهم من تاجوراء
        // مرورا بسوق الجمعة`: such a back-reference placed elsewhere in the same district (a
        // town, or finer) tells more of where the event told before went.
        // (Or within about 25 km, a district's edge: `وعند خط الجبهة في منطقة وادي الربيع
        // … شدة القتال` of the fighting told in the capital; recprec21.)
        let same_district = |(a, _): &(Loc<'_>, u8), (b, _): &(Loc<'_>, u8)| {
            told_before && a.geo_precision != 3 && b.geo_precision != 3 && one_area(a, b)
        };
        if let (false, Some(a), Some(b)) = (headline, &self.location, &f.location) {
            // (A place the record only borrowed from another event of its sentence says
            // nothing against the place a telling names as its own.)
            // (Not for a capture: the places told with it are what was taken, whichever
            // word of the sentence they follow.)
            let borrowed = !self.place_own
                && f.place_own
                && self.kind == kind
                && kind != EventKind::TerritoryControl;
            // (Nor does the place a back-reference only borrows, from where its fighters
            // come or from another event of its sentence: `وشنت الهجوم كتيبة من مدينة
            // مصراتة` after the attack on a base elsewhere; recprec21.)
            let lent = told_before && !f.place_own;
            if !places_agree(gaz.gaz, a, b) && !same_district(a, b) && !borrowed && !lent {
                return false;
            }
        }
        if let (false, false, Some(x), Some(y)) = (
            headline,
            told_before,
            actor_id(&self.roles.actor1),
            actor_id(&f.roles.actor1),
        ) {
            // Bilateral events told the other way round agree (`الاشتباكات بين الردع واللواء
            // 444` in the headline, `بين قوة الردع واللواء 444` in the body, whose first side
            // the headline's short form left unnamed).
            let reversed = roles::bilateral_kind(kind) && actor_id(&f.roles.actor2) == Some(x);
            if x != y && actor_id(&self.roles.actor2) != Some(y) && !reversed && !gaz.allied(x, y) {
                return false;
            }
        }
        if let (true, true, Some(a), Some(b)) = (self.explicit, f.explicit, &self.date, &f.date) {
            if !a.overlaps(b) {
                return false;
            }
        }
        // An undated earlier event (`وكان مسلحون مجهولون قد خطفوا …`) by another side than a
        // dated record's is another event.
        if f.earlier && self.explicit {
            if let (Some(x), Some(y)) = (&self.roles.actor1, &f.roles.actor1) {
                if x.id != y.id || x.generic != y.generic {
                    return false;
                }
            }
        }
        true
    }
}

/// True when a record is told as happened: one of its mentions is asserted, a toll only for a
/// record of tolls (as the export reads its modality: a toll told with an attempt does not
/// make the attempt a report).
fn reported_build(b: &Build<'_>, facts: &[Facts<'_>], events: &[crate::events::Event]) -> bool {
    let tolls_only = b
        .mentions
        .iter()
        .all(|&m| events[m].kind == EventKind::Casualties);
    b.mentions.iter().any(|&m| {
        facts[m].asserted
            && (b.kind == EventKind::Casualties
                || tolls_only
                || events[m].kind != EventKind::Casualties)
    })
}

/// True when a toll is counted over a week or more (`سقوط 56 قتيلا خلال أسبوع من المعارك`,
/// `منذ بداية الشهر`): the sum of many events, no one event's figure. Read in the eight words
/// after the figure at byte `pos`.
fn aggregate(text: &str, pos: usize) -> bool {
    roles::any_pair(roles::text_ahead(text, pos, pos + 160), 8, |a, b| {
        matches!(a.trim_start_matches('و'), "خلال" | "طيله" | "طوال") && in_list(LONG_PERIODS, b)
    })
}

/// The side whose name begins at `at` (`fatalities::side_at`): a gazetteer entry named within
/// the next four words, or a definite noun (`المجلس`, `الحرس`) that refers back to the nearest
/// entry named before whose name begins with it (`مجلس شورى ثوار بنغازي`).
fn side_id<'d>(doc: &Doc<'d>, text: &str, at: usize) -> Option<&'d str> {
    let i = doc.entities.partition_point(|m| m.norm.start < at);
    let ahead = roles::text_ahead(text, at, at + 100);
    let lim = words(ahead).take(4).last().map_or(at, |r| at + r.end);
    if let Some(m) = doc.entities.get(i).filter(|m| m.norm.start < lim) {
        if text
            .get(at..m.norm.start)
            .is_some_and(|g| !g.contains(['،', ',', '.', '؛']))
        {
            return Some(m.id.as_str());
        }
    }
    let w = words(ahead).next().map(|r| &ahead[r])?;
    let stem = w.strip_prefix("ال").filter(|s| s.chars().count() >= 3)?;
    doc.entities[..i]
        .iter()
        .rev()
        .find(|m| {
            text.get(m.norm.clone())
                .and_then(|t| words(t).next().map(|r| &t[r]))
                .is_some_and(|f| f == stem || f == w)
        })
        .map(|m| m.id.as_str())
}

/// True when a smaller figure `new` told in a later sentence is a detail of the toll `old`
/// a record holds, not a conflicting report: the held figure is a running total (`حصيلة
/// ضحايا القصف … أربعة قتلى`, then `أسفر القصف عن مقتل مواطن في حي …`), or the new one counts
/// one or two people (`مقتل عنصر`, `مقتل شخص من التبو`) below a larger toll.
fn detail_of(old: u32, old_total: bool, new: u32, total: bool) -> bool {
    !total && new < old && (old_total || new <= 2)
}

/// `ويسود جدل في ليبيا منذ أن شدد الجيش حصاره على المدينة`: a record placed only in Libya as a
/// whole whose trigger is followed within six words by `المدينة` or `البلدة` happened in the
/// town the text just named (found as for a record with no place).
fn the_city_in_libya(text: &str, b: &Build<'_>, facts: &[Facts<'_>]) -> bool {
    b.location.as_ref().is_some_and(|(l, _)| l.r.id == "libya")
        && b.mentions.iter().any(|&m| {
            let t = &facts[m].trig;
            let a = roles::text_ahead(text, t.end, t.end + 80);
            words(a).take(6).any(|w| {
                matches!(
                    &a[w],
                    "المدينه" | "البلده" | "بالمدينه" | "بالبلده" | "للمدينه" | "للبلده"
                )
            })
        })
}

/// True when a sentence gives an earlier report of a toll: a past perfect opening (`وكان
/// المركز قد أكد …`, `وكانت مصادر …`) or a preliminary or earlier toll (`حصيلة أولية`,
/// `حصيلة مبدئية`, `حصيلة سابقة`).
fn earlier_report(text: &str, sent: Range<usize>) -> bool {
    let s = text.get(sent).unwrap_or("");
    let first = words(s).next().map_or("", |r| &s[r]);
    matches!(first, "وكان" | "وكانت" | "كان" | "كانت")
        || (s.contains("حصيله")
            && [
                "حصيله اوليه",
                "حصيله الاوليه",
                "حصيله مبدييه",
                "حصيله مبديه",
                "حصيله مبدئيه",
                "حصيله سابقه",
            ]
            .iter()
            .any(|p| s.contains(p)))
}

/// The two sides of a reported clash, the sentence it was last told in, and its district.
type ClashSides = (super::Actor, super::Actor, usize, Option<String>);

/// A record's two sides, its last sentence and its district, when both sides are known.
fn clash_sides(b: &Build) -> Option<ClashSides> {
    let (Some(x), Some(y)) = (&b.roles.actor1, &b.roles.actor2) else {
        return None;
    };
    let place = b
        .location
        .as_ref()
        .and_then(|(l, _)| l.admin1.map(str::to_string));
    Some((x.clone(), y.clone(), b.last_sentence, place))
}

/// True when the gazetteer affiliates one of two actors with the other (`القذافي` and
/// `كتائب القذافي`, `حفتر` and `الجيش الوطني`): one side, told by its leader or its forces.
fn allied(gaz: &Gazetteer, x: &str, y: &str) -> bool {
    let of = |a: &str, b: &str| {
        gaz.entity(a)
            .is_some_and(|e| e.affiliation.iter().any(|f| f == b))
    };
    of(x, y) || of(y, x)
}

/// [`allied`] for the many tests of one document's merging: the entities of the actors it
/// asks about are looked up once (a few per document), not once per test.
struct Allies<'g> {
    gaz: &'g Gazetteer,
    /// Entities looked up so far, by id (at most [`Allies::KEEP`]).
    seen: RefCell<Vec<&'g crate::gazetteer::Entity>>,
}

impl<'g> Allies<'g> {
    /// How many entities are kept: past them, the gazetteer is asked each time.
    const KEEP: usize = 32;

    fn new(gaz: &'g Gazetteer) -> Allies<'g> {
        Allies {
            gaz,
            seen: RefCell::new(Vec::new()),
        }
    }

    /// `gaz.entity(id)`.
    fn entity(&self, id: &str) -> Option<&'g crate::gazetteer::Entity> {
        if let Some(&e) = self.seen.borrow().iter().find(|e| e.id == id) {
            return Some(e);
        }
        let e = self.gaz.entity(id)?;
        let mut seen = self.seen.borrow_mut();
        // (Kept under its own id only: what is found by it is found by the lookup.)
        if e.id == id && seen.len() < Self::KEEP {
            seen.push(e);
        }
        Some(e)
    }

    /// Exactly [`allied`]`(gaz, x, y)`.
    fn allied(&self, x: &str, y: &str) -> bool {
        let of = |a: &str, b: &str| {
            self.entity(a)
                .is_some_and(|e| e.affiliation.iter().any(|f| f == b))
        };
        of(x, y) || of(y, x)
    }
}

/// The side acted upon of fighting told by one side only (roles22, issue #10), read last,
/// once the story around each record ([`super::story`]) has filled what it can: a capture,
/// offensive, siege, air strike, shelling or clash whose actor1 is named and whose actor2 is
/// still open takes
/// - (not a shelling, whose target may be the town's quarters) the other side of the
///   nearest reported fighting of the document (a clash, attack, capture or siege with two
///   armed sides, one of them named) in which its actor1 (or an ally) fought, in its district
///   (when both have one) at any distance (`أعلن الجيش سيطرته على الحي` … `اشتباكات بين
///   الجيش والمسلحين في المنطقة`), when those fights give one camp of foes (two camps, as
///   `يقاتل الجيش تنظيمي القاعدة وداعش`, leave it open);
/// - else (not for a clash, whose sides its own clause tells) the named armed group (an
///   armed group, a military or militia leader, a militant) told nearest the trigger in the
///   sentence of one of its mentions, when it is neither actor1, nor allied with it, nor a
///   source of the record (`أعلنت قوات X سيطرتها على القاعدة التي تعد آخر معقل لقوات Y`):
///   the side that held the ground or was hit.
pub(crate) fn foes(doc: &Doc<'_>, records: &mut [Record]) {
    let allies = Allies::new(doc.gazetteer);
    let wants = |r: &Record| {
        matches!(
            r.kind,
            EventKind::Offensive
                | EventKind::TerritoryControl
                | EventKind::Siege
                | EventKind::Airstrike
                | EventKind::Shelling
                | EventKind::ArmedClash
        ) && !r.background
            && r.modality == Modality::Asserted
            && r.actor2.is_none()
            && r.actor1.as_ref().is_some_and(|a| a.id.is_some())
    };
    if !records.iter().any(wants) {
        return;
    }
    let sentences = |r: &Record| {
        let mut it = r
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .map(|e| e.sentence);
        let first = it.next().unwrap_or(0);
        it.fold((first, first), |(lo, hi), s| (lo.min(s), hi.max(s)))
    };
    let place = |r: &Record| r.location.as_ref().and_then(|l| l.admin1.clone());
    type Fight = (super::Actor, super::Actor, (usize, usize), Option<String>);
    let fights: Vec<Fight> = records
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                EventKind::ArmedClash
                    | EventKind::Offensive
                    | EventKind::TerritoryControl
                    | EventKind::Siege
            ) && !r.background
                && r.modality == Modality::Asserted
        })
        .filter_map(|r| {
            let (x, y) = (r.actor1.as_ref()?, r.actor2.as_ref()?);
            ((x.id.is_some() || y.id.is_some()) && armed_side(x) && armed_side(y))
                .then(|| (x.clone(), y.clone(), sentences(r), place(r)))
        })
        .collect();
    for r in records.iter_mut().filter(|r| wants(r)) {
        let Some(a1) = r.actor1.as_ref() else {
            continue;
        };
        let same = |u: &super::Actor| {
            u == a1 || matches!((&u.id, &a1.id), (Some(i), Some(j)) if allies.allied(i, j))
        };
        let (lo, hi) = sentences(r);
        let here = place(r);
        let mut foes = fights.iter().filter_map(|(x, y, (s0, s1), p)| {
            let far = s0.abs_diff(lo).min(s1.abs_diff(hi));
            let near = here.is_none() || p.is_none() || *p == here;
            match (near, same(x), same(y)) {
                (true, true, false) => Some((far, y)),
                (true, false, true) => Some((far, x)),
                _ => None,
            }
        });
        let nearest = foes.next().map(|first| {
            foes.try_fold(first, |best, (far, o)| {
                // Another camp (neither the same side nor an ally of it): no single foe.
                let one = o == best.1
                    || matches!((&o.id, &best.1.id), (Some(i), Some(j)) if allies.allied(i, j));
                one.then_some(if far < best.0 { (far, o) } else { best })
            })
        });
        if r.kind != EventKind::Shelling {
            match nearest {
                Some(Some((_, o))) => {
                    r.actor2 = Some(o.clone());
                    continue;
                }
                Some(None) => continue,
                None => {}
            }
        }
        if r.kind == EventKind::ArmedClash {
            continue;
        }
        let Some(a1) = a1.id.as_deref() else {
            continue;
        };
        let mut best: Option<(usize, &Mention)> = None;
        for ev in r.mentions.iter().filter_map(|&m| doc.events.get(m)) {
            let Some(sent) = doc.sentences.get(ev.sentence) else {
                continue;
            };
            let lo = doc.entities.partition_point(|e| e.norm.start < sent.start);
            for e in doc.entities[lo..]
                .iter()
                .take_while(|e| e.norm.start < sent.end)
            {
                let armed = matches!(
                    e.category.as_str(),
                    "armed_group" | "military_leader" | "militia_leader" | "militant"
                );
                if !armed || e.id == a1 || allies.allied(&e.id, a1) || r.sources.contains(&e.id) {
                    continue;
                }
                let t = &ev.trigger;
                let far = if e.span.start >= t.end {
                    e.span.start - t.end
                } else {
                    t.start.saturating_sub(e.span.end)
                };
                if best.is_none_or(|(d, _)| far < d) {
                    best = Some((far, e));
                }
            }
        }
        if let Some((_, e)) = best {
            r.actor2 = doc.gazetteer.entity(&e.id).map(roles::entity_actor);
        }
    }
}

/// `اختطف مهندس أجنبي في ظروف غامضة`, `تعرض السفير للاختطاف`: a reported abduction whose
/// text names no abductor was carried out by an unidentified armed group, as ACLED codes an
/// abduction by unknown perpetrators (roles22, issue #10); read last, once the story
/// ([`super::story`]) has named whom it could. Unnamed gunmen read as the side taken
/// (`خطف مسلحون`, with no agent found) are the abductors.
pub(crate) fn unknown_abductors(records: &mut [Record]) {
    use super::Generic as G;
    for r in records
        .iter_mut()
        .filter(|r| r.kind == EventKind::Abduction && !r.background && r.actor1.is_none())
    {
        if r.actor2
            .as_ref()
            .is_some_and(|a| a.id.is_none() && a.generic == Some(G::UnidentifiedArmedGroup))
        {
            r.actor1 = r.actor2.take();
        } else {
            r.actor1 = Some(super::Actor::generic(
                G::UnidentifiedArmedGroup,
                "Unidentified Armed Group (Libya)",
                Some(3),
            ));
        }
    }
}

/// An armed side a record may fight ([`foes`]): named, or an unnamed armed group, militia,
/// state or foreign force (never civilians, protesters or rioters).
fn armed_side(a: &super::Actor) -> bool {
    use super::Generic as G;
    a.id.is_some()
        || matches!(
            a.generic,
            Some(G::Militia | G::UnidentifiedArmedGroup | G::StateForces | G::ExternalForces)
        )
}

fn actor_id(a: &Option<super::Actor>) -> Option<&str> {
    a.as_ref().and_then(|a| a.id.as_deref())
}

/// The records of a document.
pub(crate) fn records(doc: &Doc<'_>, t: &Tables) -> Vec<Record> {
    // The casualty figures of each sentence with events, in sentence order.
    let mut figures: Vec<(usize, Vec<Figure>)> = Vec::new();
    let mut facts = facts(doc, t, &mut figures);
    shared_subjects(doc.norm.text(), &mut facts);
    shootings(doc, &mut facts);
    let events = doc.events;
    let allies = Allies::new(doc.gazetteer);
    let mut builds: Vec<Build<'_>> = Vec::new();
    // Which record each event went to.
    let mut of_event: Vec<usize> = vec![usize::MAX; events.len()];
    let mut casualties: Vec<usize> = Vec::new();
    // Heads of another event's noun (`عمليات الاغتيال`), joined to that event's record below.
    let mut heads: Vec<usize> = Vec::new();
    for i in 0..facts.len() {
        let e = &events[i];
        if e.kind == EventKind::Casualties {
            casualties.push(i);
            continue;
        }
        if facts[i].head {
            heads.push(i);
            continue;
        }
        let f = &facts[i];
        let kind = f.kind;
        let bg = e.background || f.context;
        let from = builds.len().saturating_sub(WINDOW);
        // A record of the mention's own kind first (`المعارك` refers back to the clash, not to
        // the strike told after it), then any compatible one.
        // Among them, the one told last (a headline's record is older than the lead's).
        let ok = |b: usize| {
            builds[b].background == bg
                && !builds[b].named
                && !builds[b].mentions.is_empty()
                && builds[b].compatible(kind, f, &allies)
        };
        // (`latest(false)` is asked only after `latest(true)` found none: the records of the
        // mention's own kind all failed `ok`, so only the others are tested again.)
        let latest = |same: bool| {
            (from..builds.len())
                .filter(|&b| (builds[b].kind == kind) == same && ok(b))
                .max_by_key(|&b| (builds[b].last_sentence, b))
        };
        // `هاجمت قوات القذافي المدينة … واستمرت المعارك حتى الجمعة`: a back-reference
        // with no place or side of its own is the violent event of its own sentence.
        let own_sentence = || {
            (from..builds.len())
                .filter(|&b| {
                    f.backref
                        && f.location.is_none()
                        && builds[b].last_sentence == f.sentence
                        && violent(builds[b].kind)
                        && ok(b)
                })
                .max_by_key(|&b| b)
        };
        // `داهم مسلحون المقر واحتجزوا الموظفين وصادروا أجهزتهم`: verbs of one
        // subject joined by `و` tell one event step by step. A storming or an attack is how the
        // event that follows it was done (the record takes that event's kind); a seizure
        // after an arrest or an abduction, with no place of its own, is what the captors took.
        let chain = || {
            (f.chained && !f.named && i > 0)
                .then(|| of_event[i - 1])
                .filter(|&b| {
                    b < builds.len()
                        && !builds[b].named
                        && builds[b].background == bg
                        && builds[b].asserted == f.asserted
                })
                .filter(|&b| {
                    // (A capture takes the tolls of its sentence; an arrest or an abduction
                    // takes none: an attack that killed stays the attack, `هاجم مسلحون البوابة
                    // واختطفوا اثنين ما أدى إلى مقتل جندي`.)
                    let s = f.sentence;
                    let toll = || {
                        facts[..i]
                            .iter()
                            .rev()
                            .take_while(|g| g.sentence == s)
                            .chain(facts[i + 1..].iter().take_while(|g| g.sentence == s))
                            .any(|g| g.kind == EventKind::Casualties)
                    };
                    let means = builds[b].kind == EventKind::Offensive
                        && kind != EventKind::Offensive
                        && (violent(kind)
                            || kind == EventKind::TerritoryControl
                            || (matches!(kind, EventKind::Arrest | EventKind::Abduction)
                                && !toll()));
                    let seizure = kind == EventKind::TerritoryControl
                        && matches!(builds[b].kind, EventKind::Arrest | EventKind::Abduction)
                        && !(f.place_own && f.location.is_some());
                    means || seizure
                })
        };
        if let Some(b) = chain() {
            // (The event told before in the kind of this step, a headline's `تداهم اجتماعا
            // وتعتقل ممثلي أحزاب`, is the one the attack was the means of: the attack joins it.)
            let means = builds[b].kind == EventKind::Offensive;
            let told = latest(true).filter(|&t| means && t != b);
            let b = match told {
                Some(t) => {
                    let moved = builds[b].mentions.clone();
                    absorb(&mut builds, b, t);
                    for m in moved {
                        of_event[m] = t;
                    }
                    t
                }
                None => {
                    if means {
                        builds[b].kind = kind;
                    }
                    b
                }
            };
            builds[b].add(i, &mut facts[i]);
            of_event[i] = b;
            continue;
        }
        // `تقدم الجيش … مع تراجع المسلحين تحت قصف مدفعي`: a bombardment told as the
        // circumstance of ground fighting of its sentence is how that fighting was done: one
        // event with it (the fighting told last before it).
        // (A weapon told as used, `استخدمت فيها قذائف الهاون`, is how the fighting of its
        // sentence or of the sentence before was fought.)
        let manner_of = || {
            (from..builds.len())
                .filter(|&b| {
                    (f.manner || f.used)
                        && ground(builds[b].kind)
                        && (builds[b].last_sentence == f.sentence
                            || (f.used && builds[b].last_sentence + 1 == f.sentence))
                        && builds[b].background == bg
                        && builds[b].asserted == f.asserted
                        && !builds[b].named
                        && !builds[b].mentions.is_empty()
                })
                .max_by_key(|&b| (builds[b].last_sentence, b))
        };
        let found = if f.similar || f.named {
            None
        } else {
            manner_of()
                .or_else(own_sentence)
                .or_else(|| latest(true))
                .or_else(|| latest(false))
        };
        // `… أنها جريمة مدبرة عبر الهجوم الذي استهدف المنزل`: a reported definite
        // back-reference with no reported record to join tells the violent event of its
        // sentence that the sentence layer took only for a mention (not one told as context by
        // its words or date): one record, reported (a record is background only when every
        // mention is). (An accusation told in a sentence before, `تتبادل القوتان الاتهامات
        // بالمسؤولية عن القصف`, stays its own.)
        let revive = || {
            (f.definite && violent(kind) && !bg)
                .then(|| {
                    (from..builds.len())
                        .filter(|&b| {
                            builds[b].background
                                && builds[b].last_sentence == f.sentence
                                && violent(builds[b].kind)
                                && builds[b].mentions.iter().all(|&m| !facts[m].context)
                                && builds[b].compatible(kind, f, &allies)
                        })
                        .max_by_key(|&b| (builds[b].last_sentence, b))
                })
                .flatten()
        };
        let found = match found {
            Some(b) => Some(b),
            None => revive(),
        };
        match found {
            Some(b) => {
                if builds[b].background && !bg {
                    builds[b].revived = true;
                }

                builds[b].background &= bg;
                builds[b].add(i, &mut facts[i]);
                of_event[i] = b;
            }
            None => {
                of_event[i] = builds.len();
                builds.push(Build::new(kind, bg, i, &mut facts[i]));
            }
        }
    }
    // `عمليات الاغتيال`: the operation is the event its noun names; its mention joins that
    // event's record (the trigger right after it in its sentence).
    for &i in &heads {
        let (s, end) = (facts[i].sentence, facts[i].trig.end);
        let next = (i + 1..events.len())
            .take_while(|&j| facts[j].sentence == s)
            .find(|&j| facts[j].trig.start > end && facts[j].trig.start - end <= 1)
            .map(|j| of_event[j])
            .filter(|&b| b < builds.len());
        match next {
            Some(b) => {
                builds[b].mentions.push(i);
                of_event[i] = b;
            }
            None => {
                of_event[i] = builds.len();
                let bg = events[i].background || facts[i].context;
                builds.push(Build::new(facts[i].kind, bg, i, &mut facts[i]));
            }
        }
    }
    // Casualties join their cause: the violent record mentioned in the same sentence, else
    // the nearest sentence before, else after (found by binary search: linear overall); a
    // cause told before counts as half the distance of one told after (news tells the event,
    // then its toll).
    let violent_at: Vec<(usize, usize, usize)> = (0..events.len())
        .filter(|&k| {
            of_event[k] < builds.len()
                && cause(builds[of_event[k]].kind)
                && !builds[of_event[k]].named
                && !builds[of_event[k]].mentions.is_empty()
        })
        .map(|k| (facts[k].sentence, of_event[k], k))
        .collect();
    let text = doc.norm.text();
    for &i in &casualties {
        let e = &events[i];
        let f = &facts[i];
        let s = f.sentence;
        let p = violent_at.partition_point(|x| x.0 < s);
        let q = violent_at.partition_point(|x| x.0 <= s);
        // The killed and wounded of a reported attack told in the same sentence are its toll
        // (`قُتل جنديان وأصيب ثلاثة في انفجار لغم`), even when the casualty verb alone was
        // taken for a mention.
        let reported_cause = violent_at[p..q].iter().any(|x| !builds[x.1].background);
        // `كما قتل خمسة جنود إثر اشتباكات وقعت في أبريل الماضي`: a toll whose sentence tells
        // only causes told as context is theirs, not the news's.
        // (Told as context by its own words or date, not only taken for a mention by the
        // sentence layer: `عدد ضحايا الانفجار الذي استهدف البوابة` is the news's toll.)
        let only_background =
            p < q && !reported_cause && violent_at[p..q].iter().all(|x| facts[x.2].context);
        let bg = ((e.background || f.context) && !reported_cause) || only_background;
        // (A toll the sentence layer took for a mention belongs to a record a reported
        // back-reference revived: `جريمة قتل راح ضحيتها 7` … `من خلال الهجوم الذي طال الأسرة`.)
        let bg_ok =
            |b: usize| builds[b].background == bg || (bg && !f.context && builds[b].revived);
        // A reported toll goes to a reported cause of its sentence before an attempt
        // (`نجا القاضي من محاولة اغتيال بعد انفجار عبوة … ما أدى إلى إصابة نجله`).
        let in_sentence = || violent_at[p..q].iter().map(|x| x.1).filter(|&b| bg_ok(b));
        // `وقُتل أحد الحراس في تبادل لإطلاق النار`: the cause named right after the toll, by a
        // preposition of cause, is its cause whatever came before it.
        let named_after = violent_at[p..q]
            .iter()
            .filter(|x| bg_ok(x.1))
            .find(|x| {
                let tr = &facts[x.2].trig;
                tr.start >= f.trig.end
                    && text.get(f.trig.end..tr.start).is_some_and(|g| {
                        let ws: Vec<&str> = words(g).take(5).map(|r| &g[r]).collect();
                        ws.len() <= 4
                            && ws.iter().any(|w| {
                                matches!(
                                    w.strip_prefix('و').unwrap_or(w),
                                    "في" | "جراء" | "اثر" | "خلال" | "بسبب" | "عقب"
                                )
                            })
                    })
            })
            .map(|x| x.1);
        // `تم إطلاق النار على المتظاهرين ما أدى إلى وقوع 43 قتيلا`: a violent cause of the
        // sentence before a protest or a change of control told with it.
        let same = named_after
            .or_else(|| {
                in_sentence()
                    .find(|&b| violent(builds[b].kind) && (builds[b].asserted || !f.asserted))
            })
            .or_else(|| in_sentence().find(|&b| builds[b].asserted || !f.asserted))
            .or_else(|| in_sentence().next());
        let before = violent_at[..p]
            .iter()
            .rev()
            .find(|x| bg_ok(x.1))
            .map(|x| ((s - x.0) * 2, x.1));
        let after = violent_at[q..]
            .iter()
            .find(|x| bg_ok(x.1))
            .map(|x| ((x.0 - s) * 4 + 1, x.1));
        let cause = same.map(|b| (0, b)).or(match (before, after) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        });
        // `مقتل رئيس الجهاز فلان` … `وصول جثة فلان لمستشفى …`: the death of one named person,
        // told again, is one death whatever place or telling each sentence gives it.
        let victim = f
            .roles
            .actor2
            .as_ref()
            .and_then(|a| a.id.as_deref())
            .filter(|id| {
                doc.gazetteer
                    .entity(id)
                    .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
            });
        let same_victim =
            |b: usize| victim.is_some() && actor_id(&builds[b].roles.actor2) == victim;
        let target = match cause {
            Some((_, b)) => Some(b),
            None => (builds.len().saturating_sub(WINDOW)..builds.len())
                .rev()
                .find(|&b| {
                    builds[b].kind == EventKind::Casualties
                        && ((builds[b].background == bg
                            && builds[b].compatible(EventKind::Casualties, f, &allies))
                            || same_victim(b))
                }),
        };
        match target {
            Some(b) => {
                // A reported telling makes the record reported.
                builds[b].background &= bg;
                builds[b].add(i, &mut facts[i]);
                of_event[i] = b;
            }
            None => {
                of_event[i] = builds.len();
                builds.push(Build::new(EventKind::Casualties, bg, i, &mut facts[i]));
            }
        }
    }
    // Figures: per sentence with a violent or casualties event, to the record of the nearest
    // such event.
    // (record, sentence, figures of that sentence for that record)
    let mut per: Vec<(usize, usize, Vec<Figure>)> = Vec::new();
    let mut next_fig = 0;
    let mut i = 0;
    while i < events.len() {
        let s = events[i].sentence;
        let mut j = i;
        while j < events.len() && events[j].sentence == s {
            j += 1;
        }
        while next_fig < figures.len() && figures[next_fig].0 < s {
            next_fig += 1;
        }
        let figs = match figures.get(next_fig) {
            Some((fs, figs)) if *fs == s => figs.as_slice(),
            _ => &[],
        };
        let targets: Vec<usize> = (i..j)
            .filter(|&k| {
                let b = of_event[k];
                b < builds.len()
                    && (cause(builds[b].kind) || builds[b].kind == EventKind::Casualties)
            })
            .collect();
        let per_from = per.len();
        // `قتيلان سقطا خلال اشتباكات محاولة اقتحام المبنى … بينما أصيب 66`: a toll is told as
        // fact, so it goes to a cause of its sentence told as happened before one told as
        // failed, feared or intended, wherever each stands.
        let any_reported = targets
            .iter()
            .any(|&k| reported_build(&builds[of_event[k]], &facts, events));
        if !targets.is_empty() {
            for f in figs.iter().filter(|f| !aggregate(text, f.pos)) {
                let k = targets
                    .iter()
                    .copied()
                    .min_by_key(|&k| {
                        let tr = &facts[k].trig;
                        let unreported = usize::from(
                            any_reported && !reported_build(&builds[of_event[k]], &facts, events),
                        ) << 26;
                        unreported
                            + if f.pos >= tr.start {
                                (f.pos - tr.start) * 2
                            } else {
                                // `مقتل شخص وإصابة 6 آخرين، مما أدى إلى حصار …`: an event
                                // past the end of the figure's clause comes after any before
                                // it.
                                let cut = text
                                    .get(f.pos..tr.start)
                                    .is_some_and(|g| g.contains(['،', ',', '؛']));
                                (tr.start - f.pos) * 2 + 1 + (usize::from(cut) << 24)
                            }
                    })
                    .unwrap_or(targets[0]);
                let b = of_event[k];
                match per[per_from..]
                    .iter_mut()
                    .find(|(pb, ps, _)| *pb == b && *ps == s)
                {
                    Some((_, _, v)) => v.push(*f),
                    None => per.push((b, s, vec![*f])),
                }
            }
        }
        i = j;
    }
    // The document has a headline (its first sentence).
    let has_head = facts.iter().any(|f| f.headline);
    for (b, s, fs) in &per {
        // More on top of a toll told before (`إصابة مواطن إضافي`) is added after the rest of
        // the sentence is compared with what the record holds.
        let extra = |killed: bool| -> u32 {
            fs.iter()
                .filter(|f| f.extra && f.killed == killed)
                .map(|f| f.value)
                .sum()
        };
        let (extra_k, extra_i) = (extra(true), extra(false));
        let fs = &fs.iter().filter(|f| !f.extra).copied().collect::<Vec<_>>();
        let (k, inj) = fatalities::totals(fs);
        let earlier = earlier_report(text, doc.sentences.get(*s).cloned().unwrap_or(0..0));
        let total_k = fs.iter().any(|f| f.killed && f.total);
        let total_i = fs.iter().any(|f| !f.killed && f.total);
        let build = &mut builds[*b];
        // A running total replaces the figure before it; two totals are one toll told at two
        // times (`ارتفعت الحصيلة إلى 43` … `وكانت حصيلة أولية قد تحدثت عن 24`): tolls only rise,
        // so the larger stands, whichever comes first in the text.
        // An earlier report (`وكان المركز قد أكد سقوط 27 قتيلا في حصيلة مبدئية`) is replaced
        // by what the news says now, wherever it stands in the text.
        // Only vague words (`مقتل العشرات` in the headline, `141` in the body): the precise
        // figure stands, wherever it is told.
        // `قتل 13 من قوات حفتر` … `إن خمسة من مقاتلي المجلس قتلوا أيضا`: a toll told as one
        // more (`أيضا`, `كذلك` within about six words after the figure) adds to the figure
        // before it.
        let also = |killed: bool| {
            fs.iter().filter(|f| f.killed == killed).any(|f| {
                let more = |w: &str| matches!(w, "ايضا" | "كذلك" | "بدورهم");
                // Or right before it (`كما قتل كذلك ثلاثة`).
                let before: [&str; 2] = words_before(text, 0, f.pos);
                before.iter().any(|w| more(w)) || {
                    let a = roles::text_ahead(text, f.pos, f.pos + 90);
                    words(a).take(7).any(|w| more(&a[w]))
                }
            })
        };
        let (also_k, also_i) = (also(true), also(false));
        // `لقي 17 من قوات حفتر مصرعهم` … `أن 11 من مقاتلي المجلس قتلوا في هذه المواجهات`:
        // the killed of one side told after the killed of another are more dead of the same
        // event, added (both sides named, as gazetteer entries or a definite noun that refers
        // back to one, `المجلس`, `الحرس`).
        let side_k = {
            let mut sides = fs
                .iter()
                .filter(|f| f.killed)
                .map(|f| fatalities::side_at(text, f.pos).and_then(|at| side_id(doc, text, at)));
            match sides.next() {
                Some(Some(first)) if sides.all(|x| x == Some(first)) => Some(first),
                _ => None,
            }
        };
        let other_side = side_k.is_some_and(|c| {
            build.killed.is_some()
                && !build.killed_sides.is_empty()
                && !build.killed_sides.iter().any(|x| x == c)
        }) && k.is_some()
            && !total_k;
        // `مقتل السفير` in the headline, `قتل السفير فلان وثلاثة موظفين` in the body: one
        // victim told again with those killed with him is the same toll told in full.
        let victim_plus = fs
            .windows(2)
            .any(|p| p[0].killed && p[1].killed && p[0].value == 1 && p[1].joined);

        let vague_k = fs.iter().filter(|f| f.killed).all(|f| f.vague);
        let vague_i = fs.iter().filter(|f| !f.killed).all(|f| f.vague);
        // A lower bound (`أكثر من مئة جريح`) and a precise figure at or above it (`106`),
        // either first, are one toll: the precise figure stands.
        let lower_k = fs.iter().filter(|f| f.killed).all(|f| f.lower);
        let lower_i = fs.iter().filter(|f| !f.killed).all(|f| f.lower);
        let combine = |old: Option<u32>,
                       (old_total, old_vague, old_lower): (bool, bool, bool),
                       new: Option<u32>,
                       (total, vague, lower): (bool, bool, bool),
                       more: bool| match (old, new) {
            (o, None) => o,
            (None, n) => n,
            (Some(o), Some(n)) if more && !total && !earlier => Some(o.saturating_add(n)),
            (Some(o), Some(n)) if old_lower && !lower && !vague && n >= o => Some(n),
            (Some(o), Some(n)) if lower && !old_lower && !old_vague && o >= n => Some(o),
            (Some(_), Some(n)) if old_vague && !vague => Some(n),
            (Some(o), Some(_)) if vague && !old_vague => Some(o),
            (Some(o), Some(_)) if earlier => Some(o),
            (Some(o), Some(n)) if total && old_total => Some(o.max(n)),
            (Some(_), Some(n)) if total => Some(n),
            (Some(o), Some(n)) if detail_of(o, old_total, n, total) => Some(o),
            (Some(o), Some(n)) => Some(o.min(n)),
        };
        let (old_k, old_i) = (build.killed, build.injured);
        build.killed = combine(
            build.killed,
            (build.killed_total, build.killed_vague, build.killed_lower),
            k,
            (total_k, vague_k, lower_k),
            also_k || other_side,
        );
        match (k, side_k) {
            (Some(_), Some(c)) if other_side && build.killed != old_k => {
                build.killed_sides.push(c.to_string());
            }
            (Some(n), _) if build.killed == Some(n) && old_k != Some(n) => {
                build.killed_sides = side_k.map(str::to_string).into_iter().collect();
            }
            (Some(n), Some(c)) if old_k.is_none() && build.killed == Some(n) => {
                build.killed_sides = vec![c.to_string()];
            }
            _ => {}
        }
        build.injured = combine(
            build.injured,
            (
                build.injured_total,
                build.injured_vague,
                build.injured_lower,
            ),
            inj,
            (total_i, vague_i, lower_i),
            also_i,
        );
        // The figure held is a lower bound when it is one told as such and no precise telling
        // of the same number.
        let held_lower = |held: Option<u32>, old: Option<u32>, old_lower: bool, new, lower| match (
            held == old,
            held == new,
        ) {
            (true, true) => old_lower && lower,
            (false, true) => lower,
            _ => old_lower,
        };
        build.killed_lower = held_lower(build.killed, old_k, build.killed_lower, k, lower_k);
        build.injured_lower = held_lower(build.injured, old_i, build.injured_lower, inj, lower_i);
        if old_k == Some(1) && !build.killed_total && !also_k && victim_plus {
            if let Some(n) = k.filter(|&n| n > 1) {
                build.killed = Some(n);
            }
        }
        if extra_k > 0 {
            build.killed = Some(build.killed.unwrap_or(0).saturating_add(extra_k));
        }
        if extra_i > 0 {
            build.injured = Some(build.injured.unwrap_or(0).saturating_add(extra_i));
        }
        if k.is_some() {
            build.killed_vague = if old_k.is_some() {
                build.killed_vague && vague_k
            } else {
                vague_k
            };
        }
        if inj.is_some() {
            build.injured_vague = if old_i.is_some() {
                build.injured_vague && vague_i
            } else {
                vague_i
            };
        }
        build.killed_total |= total_k && k.is_some();
        build.injured_total |= total_i && inj.is_some();
        let head = has_head && *s == 0;
        if k.is_some() {
            build.killed_head &= head;
        }
        if inj.is_some() {
            build.injured_head &= head;
        }
    }
    // `تجدد الاشتباكات وسقوط عشرة قتلى` in the headline, `جثث لعشرة قتلى سقطوا في الاشتباكات`
    // of the day before in the body: a figure the headline gives to one record and the body
    // to another of another day is counted once, where the body puts it.
    // (Only when the body's record is of another day than the headline's: the same day's
    // event told in two records keeps its figure in both.)
    let body = |killed: bool| {
        let mut v: Vec<(u32, RecordDate)> = builds
            .iter()
            .filter(|b| {
                !(if killed {
                    b.killed_head
                } else {
                    b.injured_head
                })
            })
            .filter_map(|b| Some(((if killed { b.killed } else { b.injured })?, b.date?)))
            .collect();
        v.sort_unstable_by_key(|x| x.0);
        v
    };
    let elsewhere = |v: &[(u32, RecordDate)], n: Option<u32>, d: Option<RecordDate>| {
        let (Some(n), Some(d)) = (n, d) else {
            return false;
        };
        let from = v.partition_point(|x| x.0 < n);
        v[from..]
            .iter()
            .take_while(|x| x.0 == n)
            .any(|x| !x.1.overlaps(&d))
    };
    let (body_k, body_i) = (body(true), body(false));
    for b in builds.iter_mut() {
        if b.killed_head && elsewhere(&body_k, b.killed, b.date) {
            b.killed = None;
        }
        if b.injured_head && elsewhere(&body_i, b.injured, b.date) {
            b.injured = None;
        }
    }
    // A mediation told as the means of another event is its context; a deployment with no
    // foreign party is no foreign intervention.
    no_report(doc, &facts, &mut builds);
    // `مركز احتجاز`, `قوة حماية الدستور`: an event word in a body's name is no report, a
    // modifier of a thing (records.md): background, kept out of the export. (And the records
    // a chain of verbs emptied into another are gone.)
    builds.retain(|b| !b.mentions.is_empty());
    for b in builds.iter_mut().filter(|b| b.named) {
        b.background = true;
    }
    // `مقتل القيادي فلان` told with no cause anywhere in the document: the killing of one
    // named person is a targeted killing (not a death told as `وفاة`, `توفي`).
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::Casualties)
    {
        let person = actor_id(&b.roles.actor2).is_some_and(|id| {
            doc.gazetteer
                .entity(id)
                .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
        });
        let killed = b.mentions.iter().all(|&m| {
            let w = text.get(facts[m].trig.clone()).unwrap_or("");
            !w.contains("وفا") && !w.contains("توفي")
        });
        if person && killed && b.killed.is_none_or(|k| k <= 1) {
            b.kind = EventKind::Assassination;
        }
    }
    // `قتل مسلحون بالرصاص المحامية فلانة`: violence against civilians whose victim is one
    // named person, killed, is a targeted killing.
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::ViolenceAgainstCivilians && !b.background)
    {
        if named_killing(doc, &facts, b) {
            b.kind = EventKind::Assassination;
        }
    }
    // `لقي مواطنان مصرعهما بإطلاق الرصاص عليهما`: a toll of people who bore no arms, standing
    // alone, whose telling names the shots that killed them names its cause: violence against
    // civilians (a casualties record stands alone only when no cause is named).
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::Casualties && !b.background)
    {
        if shot_dead(doc, &facts, b) {
            b.kind = EventKind::ViolenceAgainstCivilians;
        }
    }
    // An assassination kills its target (ACLED counts 1) unless a figure says otherwise.
    // Not after `محاولة` (an attempt) or when the sentence says the target survived (`نجا`).
    for b in builds.iter_mut() {
        if b.kind == EventKind::Assassination && b.killed.is_none() {
            let killed = b.mentions.iter().any(|&m| {
                let f = &facts[m];
                let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
                let before = text
                    .get(sent.start.min(f.trig.start)..f.trig.start)
                    .unwrap_or("");
                let whole = text.get(sent).unwrap_or("");
                events[m].modality == Modality::Asserted
                    && !before.trim_end().ends_with("محاوله")
                    && !whole.contains("نجا")
                    && !whole.contains("ينجو")
            });
            if killed {
                b.killed = Some(1);
            }
        }
    }
    // A record told without a place happened where the text just before it says. The
    // context names the city (`وسط المدينة`, `في المدينة`, a siege of what is left in it):
    // the nearest earlier city of a reported event, near it (geo_precision 2); else the
    // place of the nearest earlier event of the last two sentences.
    // (Not a like event, `غارات مماثلة`: it happened elsewhere.)
    for b in builds.iter_mut().filter(|b| {
        (b.location.is_none() || the_city_in_libya(text, b, &facts))
            && !b.mentions.iter().all(|&m| facts[m].similar)
    }) {
        let first = b.mentions.iter().copied().min().unwrap_or(0);
        let s = facts.get(first).map_or(0, |f| f.sentence);
        let city = (first.saturating_sub(12)..first)
            .rev()
            .filter(|&k| !events[k].background)
            .flat_map(|k| events[k].locations.iter().rev())
            .find(|r| {
                let c = doc
                    .gazetteer
                    .entity(&r.id)
                    .map_or(r.category.as_str(), |e| e.category.as_str());
                rank(c) == 3
            });
        if let Some(r) = city {
            let (ent, point) = doc.gazetteer.entity_point(&r.id);
            b.location = Some((
                Loc {
                    r,
                    english: ent.map_or(r.id.as_str(), |e| e.english.as_str()),
                    admin1: ent.and_then(|e| e.admin1.as_deref()),
                    geo_precision: 2,
                    point,
                },
                3,
            ));
            continue;
        }
        let near = (first.saturating_sub(6)..first)
            .rev()
            .take_while(|&k| facts[k].sentence + 2 >= s)
            .find(|&k| !events[k].locations.is_empty() && !events[k].background);
        if let Some(k) = near {
            b.location = location(doc, k, &facts[k].trig, None, false).map(|(l, rk, _)| (l, rk));
        }
    }
    // One event told in two kinds (the strike told as `قصف`, the car bomb that killed the
    // officer, the storming by protesters): the facet joins the event (once every record has
    // what place the text gives it).
    facets(doc, &facts, &mut builds);
    // One fight told in several kinds (the headline's `معركة` of the body's offensive, the
    // attack that was repelled and the clashes it led to, the advance and the capture that
    // ended it): one record.
    one_fight(doc, &facts, &mut builds);
    // `وسيطرت القوة على مقر الكتيبة بعد مواجهات بين الطرفين`: a capture told as the end of
    // the fighting its own sentence names is that fight (ACLED codes the battle once, as the
    // change of control).
    capture_ends_fight(doc, &facts, &mut builds);
    // Each death is counted once per document (records.md): two reported records of one kind
    // and one place with the same toll, told a day apart at most (`قتل أربعة أشخاص في
    // اشتباكات … بحسب ما أفاد مصدر أمني اليوم` … `اشتباكات اندلعت مساء الاثنين … أدت إلى مقتل
    // أربعة`), are one event told twice: the later telling joins the one of the earlier day
    // (a report's day is no earlier than the event's).
    same_toll(&mut builds);
    // `اندلعت الاشتباكات ليلة البارحة واستمرت أغلب اليوم` … `مقتل 13 في الاشتباكات` told
    // with today's date: one fight told over two days is one record with a date range.
    days_of_one_fight(doc, &facts, &mut builds);
    // `اعتقال موسى إبراهيم` … `نحن فرحون باعتقاله`: one arrest told in two records.
    one_arrest(doc, &mut builds);
    // `الناتو يقصف مقر القذافي` … `قوات الناتو قصفت مواقع الكتائب`: a bombardment by an
    // alliance is from the air, and the forces of the alliance named in the strike's sentence
    // are its doers, no intervention of their own; `اقتحمت قوة أمنية المطبعة` of the day and
    // place of an abduction is how the abduction was done; an agreement signed and told
    // several times (headline, lead, a mediator's words) is one record.
    alliance_strike(doc, &mut builds);
    strikers_named(doc, &facts, &mut builds);
    raid_of_capture(doc, &facts, &mut builds);
    one_signing(&mut builds);
    // A meeting told in the sentence of another reported event (`اقتحم
    // محتجون مقر المؤتمر أثناء جلسته`, `منحها 92 نائبا الثقة خلال الجلسة`) is where or
    // when that event happened, no record of its own.
    several_areas(doc, &facts, &mut builds);
    meeting_setting(doc, &facts, &mut builds);
    // An event the text places earlier with no date, no side acted upon and no toll
    // (`البلد الذي مزقته الحرب`, `الغرفة التي يدار منها الهجوم`) is told as context.
    undated_context(doc, &mut builds);
    // One incident told twice in one kind, the lead near a town and the body at the village
    // of its district, or announced on a weekday and quoted on the next: one record.
    told_twice(doc, &facts, &mut builds);
    // `تجددت الاشتباكات صباح اليوم في طرابلس` … `وكانت اشتباكات اندلعت أمس بين X و Y`: a clash
    // told with no side at all takes the two sides of a reported clash of the same district
    // told within three sentences of it (the same fighting, on another day).
    let sides: Vec<Option<ClashSides>> = builds
        .iter()
        .map(|b| {
            (b.kind == EventKind::ArmedClash && !b.background && b.asserted)
                .then(|| clash_sides(b))
                .flatten()
        })
        .collect();
    // The two sides of any reported fighting (a clash, an attack, a capture, a siege) with
    // both sides named: who fought whom in the document.
    let enemies: Vec<ClashSides> = builds
        .iter()
        .filter_map(|b| {
            let fighting = matches!(
                b.kind,
                EventKind::ArmedClash
                    | EventKind::Offensive
                    | EventKind::TerritoryControl
                    | EventKind::Siege
            );
            let both_named = b.roles.actor1.as_ref().is_some_and(|a| a.id.is_some())
                && b.roles.actor2.as_ref().is_some_and(|a| a.id.is_some());
            (fighting && !b.background && b.asserted && both_named)
                .then(|| clash_sides(b))
                .flatten()
        })
        .collect();
    for b in builds.iter_mut().filter(|b| {
        b.kind == EventKind::ArmedClash
            && !b.background
            && b.roles.actor1.is_none()
            && b.roles.actor2.is_none()
    }) {
        let first = b
            .mentions
            .iter()
            .map(|&m| facts[m].sentence)
            .min()
            .unwrap_or(0);
        let place = b.location.as_ref().and_then(|(l, _)| l.admin1);
        let near = sides.iter().flatten().find(|(_, _, s, p)| {
            s.abs_diff(first) <= 3 && (place.is_none() || p.is_none() || p.as_deref() == place)
        });
        if let Some((x, y, _, _)) = near {
            b.roles.actor1 = Some(x.clone());
            b.roles.actor2 = Some(y.clone());
        }
    }
    // `توقفت قوات حفتر عن هجوم شنته في عين زارة` … `مواجهات بين قوات حفتر والقوات الموالية
    // لحكومة الوفاق`: a clash, an attack, a capture or a siege told with only the side that
    // acted takes, as the side acted upon, the other side of reported fighting (a clash,
    // attack, capture or siege with both sides named) of the same district told within three
    // sentences in which that side (or its leader or forces) fought.
    for b in builds.iter_mut().filter(|b| {
        matches!(
            b.kind,
            EventKind::ArmedClash
                | EventKind::Offensive
                | EventKind::TerritoryControl
                | EventKind::Siege
        ) && !b.background
            && b.asserted
            && b.roles.actor2.is_none()
    }) {
        let Some(a1) = b.roles.actor1.as_ref() else {
            continue;
        };
        let place = b.location.as_ref().and_then(|(l, _)| l.admin1);
        let same = |u: &super::Actor| {
            u == a1 || matches!((&u.id, &a1.id), (Some(i), Some(j)) if allies.allied(i, j))
        };
        let other = enemies.iter().find_map(|(x, y, s, p)| {
            let near = s.abs_diff(b.last_sentence) <= 3
                && (place.is_none() || p.is_none() || p.as_deref() == place);
            match (near, same(x), same(y)) {
                (true, true, false) => Some(y.clone()),
                (true, false, true) => Some(x.clone()),
                _ => None,
            }
        });
        if other.is_some() {
            b.roles.actor2 = other;
        }
    }
    // `اشتبك اثنان من الفصائل المسلحة`, `اشتباكات بين مسلحين`: a clash whose only side is
    // unnamed armed men fought among them: the other side is of the same kind. A clash in
    // Libya told with no side at all anywhere (`اشتباكات مسلحة اندلعت في مدينة الزاوية`) is
    // between militias (unidentified armed groups when told by shots fired: [`shots_fired`]);
    // a side the story names elsewhere replaces them (`story::militias`).
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::ArmedClash && !b.background && b.roles.actor2.is_none())
    {
        let unnamed = b.roles.actor1.as_ref().is_some_and(|a| {
            a.id.is_none()
                && matches!(
                    a.generic,
                    Some(super::Generic::Militia) | Some(super::Generic::UnidentifiedArmedGroup)
                )
        });
        let libya = b.location.as_ref().is_some_and(|(l, _)| {
            l.r.id == "libya"
                || l.admin1
                    .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
        });
        if unnamed {
            b.roles.actor2 = b.roles.actor1.clone();
        } else if b.roles.actor1.is_none() && libya {
            // (Rival armed groups of a fight are militias, as `story::militias` codes them;
            // shots fired are gunmen's.)
            let g = if shots_only(doc, &facts, &b.mentions) {
                super::Actor::generic(
                    super::Generic::UnidentifiedArmedGroup,
                    "Unidentified Armed Group (Libya)",
                    Some(3),
                )
            } else {
                super::Actor::generic(super::Generic::Militia, "Militia (Libya)", Some(3))
            };
            b.roles.actor1 = Some(g.clone());
            b.roles.actor2 = Some(g);
        }
    }
    protest_surrounds(doc, facts.as_slice(), &mut builds);
    // Protesters surrounding a building (`متظاهرون يحاصرون مقر المجلس الرئاسي`) protest.
    for b in builds.iter_mut().filter(|b| b.kind == EventKind::Siege) {
        let by_protesters = b.roles.actor1.as_ref().is_some_and(|a| {
            matches!(
                a.generic,
                Some(super::Generic::Protesters) | Some(super::Generic::Rioters)
            )
        });
        if by_protesters {
            b.kind = EventKind::Protest;
        }
    }
    // A protest with no side named is by protesters.
    for b in builds.iter_mut().filter(|b| b.kind == EventKind::Protest) {
        if b.roles.actor1.is_none() {
            b.roles.actor1 = Some(super::Actor::generic(
                super::Generic::Protesters,
                "Protesters (Libya)",
                Some(6),
            ));
        }
    }
    let mut out: Vec<Record> = builds
        .into_iter()
        .map(|mut b| {
            b.mentions.sort_unstable();
            let first = b.mentions[0];
            // An attempt (`محاولة اغتيال`) or a purpose (`لانتزاعه`) asserted by its sentence is
            // no report of the event: failed (negated), or intended (planned).
            // A toll told with an attempt does not make the attempt a report.
            // (A record made only of tolls, a targeted killing among them, is asserted by them.)
            let tolls_only = b
                .mentions
                .iter()
                .all(|&m| events[m].kind == EventKind::Casualties);
            let any_asserted = b.mentions.iter().any(|&m| {
                facts[m].asserted
                    && (b.kind == EventKind::Casualties
                        || tolls_only
                        || events[m].kind != EventKind::Casualties)
            });
            let modality = match (any_asserted, events[first].modality, facts[first].purpose) {
                (true, ..) => Modality::Asserted,
                (false, Modality::Asserted, _) if facts[first].feared => Modality::Hypothetical,
                (false, Modality::Asserted, _) if facts[first].called_for => Modality::Demanded,
                (false, Modality::Asserted, _) if facts[first].promised => Modality::Planned,
                (false, Modality::Asserted, true) => Modality::Planned,
                (false, Modality::Asserted, false) => Modality::Negated,
                (false, m, _) => m,
            };
            let acled = b
                .mentions
                .iter()
                .find(|&&m| events[m].kind == b.kind)
                .map_or_else(|| b.kind.acled(), |&m| events[m].acled.clone());
            Record {
                kind: b.kind,
                modality,
                background: b.background,
                date: b.date,
                actor1: b.roles.actor1,
                actor2: b.roles.actor2,
                assoc_actors1: b.roles.assoc1,
                assoc_actors2: b.roles.assoc2,
                location: b.location.map(|(l, _)| l.to_location()),
                fatalities: b.killed,
                injured: b.injured,
                sources: b.roles.sources,
                mentions: b.mentions,
                acled,
                cameo: b.kind.cameo().to_string(),
            }
        })
        .collect();
    out.sort_by_key(|r| r.mentions[0]);
    out
}

/// A protest that surrounds a place (`احتجاجات طرابلس تدخل يومها الرابع وتحاصر منزل رئيس
/// الحكومة`, `مظاهرات الغضب تحاصر السراج`) is the protest, no siege of its own (records.md:
/// one event, one record): a siege record with no armed side (no actor1, or protesters),
/// each of whose mentions comes right after a protest mention of its sentence (no event
/// between: the protest is the subject of the verb), joins the record of that protest (which
/// a reported siege makes reported: `التظاهرات تدخل يومها الخامس وتحاصر …`; recprec20).
fn protest_surrounds(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW || !builds.iter().any(|b| b.kind == EventKind::Siege) {
        return;
    }
    for s in 0..n {
        let b = &builds[s];
        let unarmed = b.roles.actor1.as_ref().is_none_or(|a| {
            matches!(
                a.generic,
                Some(super::Generic::Protesters) | Some(super::Generic::Rioters)
            )
        });
        if b.kind != EventKind::Siege || b.mentions.is_empty() || !unarmed {
            continue;
        }
        // The protest mention right before each siege mention, in its sentence.
        let subjects: Option<Vec<usize>> = own_mentions(b, events)
            .map(|m| {
                (m > 0
                    && events[m - 1].kind == EventKind::Protest
                    && facts[m - 1].sentence == facts[m].sentence)
                    .then(|| m - 1)
            })
            .collect();
        let Some(subjects) = subjects.filter(|v| !v.is_empty()) else {
            continue;
        };
        let into = (0..n).find(|&p| {
            p != s
                && builds[p].kind == EventKind::Protest
                && subjects.iter().all(|m| builds[p].mentions.contains(m))
        });
        if let Some(p) = into {
            absorb(builds, s, p);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// The non-casualty mentions of a record.
fn own_mentions<'b>(
    b: &'b Build<'_>,
    events: &'b [crate::events::Event],
) -> impl Iterator<Item = usize> + 'b {
    b.mentions
        .iter()
        .copied()
        .filter(move |&m| events[m].kind != EventKind::Casualties)
}

/// Normalized words after which `قصف` names the weapon: artillery, rockets, mortars, shells.
fn heavy(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    [
        "مدفعي",
        "مدفعيه",
        "صاروخي",
        "صواريخ",
        "هاون",
        "قذائف",
        "راجمات",
    ]
    .iter()
    .any(|h| w == *h || w.strip_prefix("ال") == Some(*h))
}

/// A shelling mention that names no weapon of its own: the bare `قصف` (`مصر تقصف مواقع داعش`,
/// `ضحايا القصف`, no `مدفعي`, `بالصواريخ` after it), or a shell told as the shrapnel that hit
/// someone (`أصيب طفل بشظايا قذيفة`). Such a mention may be an airstrike told loosely.
fn loose_shelling(text: &str, sent_start: usize, trig: &Range<usize>) -> bool {
    let t = text.get(trig.clone()).unwrap_or("");
    let before: [&str; 1] = words_before(text, sent_start, trig.start);
    let shrapnel = matches!(
        before[0].strip_prefix('ب').unwrap_or(before[0]),
        "شظايا" | "شظيه"
    );
    if shrapnel {
        return true;
    }
    let one_word = words(t).count() == 1;
    let after = roles::text_ahead(text, trig.end, trig.end + 60);
    let next = words(after).next().map_or("", |r| &after[r]);
    one_word && t.contains("قصف") && !heavy(next)
}

/// Two places (with their ranks) of one event agree: the same place, one a region or country,
/// one a district of the other (a city and a place within about 15 km of it), two places
/// next to each other (within about 4 km), or two places finer than a town, one inside the
/// other by the gazetteer's links.
fn places_agree(gaz: &Gazetteer, (a, ra): &(Loc<'_>, u8), (b, rb): &(Loc<'_>, u8)) -> bool {
    let reach = if (*ra == 3) != (*rb == 3) { 0.15 } else { 0.04 };
    let near = match (a.r.lat, a.r.lon, b.r.lat, b.r.lon) {
        (Some(x1), Some(y1), Some(x2), Some(y2)) => {
            (x1 - x2).abs() < reach && (y1 - y2).abs() < reach
        }
        // Without coordinates: a town and a place of the same district.
        _ => (*ra == 3) != (*rb == 3) && a.admin1.is_some() && a.admin1 == b.admin1,
    };
    // Or, both finer than a town, one lies inside the other by the gazetteer's links (`حي
    // الطيرة` in `قنفودة`: their points may be further apart than the reach, or missing). (A
    // town and a place of it keep the test above: a town's airport may lie in the next
    // district, and fighting there is not fighting in the town.)
    let nested =
        *ra > 3 && *rb > 3 && (gaz.within(&a.r.id, &b.r.id) || gaz.within(&b.r.id, &a.r.id));
    a.r.id == b.r.id || a.geo_precision == 3 || b.geo_precision == 3 || near || nested
}

/// Two places lie in one area: the same district, or points within about 25 km of each other
/// (0.25° each way: a district's edge, `وادي الربيع` from the capital). Used where a telling
/// is already tied to the event told before (a back-reference, the parts of a fight told
/// over several areas), not to join records by place alone ([`places_agree`] does that).
fn one_area(a: &Loc<'_>, b: &Loc<'_>) -> bool {
    (a.admin1.is_some() && a.admin1 == b.admin1)
        || matches!((a.r.lat, a.r.lon, b.r.lat, b.r.lon),
            (Some(x1), Some(y1), Some(x2), Some(y2))
                if (x1 - x2).abs() < 0.25 && (y1 - y2).abs() < 0.25)
}

/// Two records' places are one: the same place, a place within the town of the other
/// (`باب العزيزية` in Tripoli), or one of them has none.
fn near_place(gaz: &Gazetteer, a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.location, &b.location) {
        (Some(x), Some(y)) => {
            x.0.r.id == y.0.r.id
                || (x.0.geo_precision != 3 && y.0.geo_precision != 3 && places_agree(gaz, x, y))
        }
        _ => true,
    }
}

/// Two records' places agree: the same place, or one of them has none.
fn same_place(a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.location, &b.location) {
        (Some((x, _)), Some((y, _))) => x.r.id == y.r.id,
        _ => true,
    }
}

/// Two records' dates agree: overlapping, or one of them has none of its own (undated, or
/// only the publication date: `قصف لطرابلس` in a headline).
fn same_time(a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) if a.explicit && b.explicit => x.overlaps(y),
        _ => true,
    }
}

/// The places the sentence layer gives two mentions agree: the same, or one has none.
fn same_clause_places(events: &[crate::events::Event], m: usize, n: usize) -> bool {
    let (x, y) = (&events[m].locations, &events[n].locations);
    x.is_empty() || y.is_empty() || x.iter().any(|a| y.iter().any(|b| a.id == b.id))
}

/// Moves record `from` into record `into`: its mentions, and what `into` lacks of its facts.
fn absorb(builds: &mut [Build<'_>], from: usize, into: usize) {
    let mut src = std::mem::take(&mut builds[from].mentions);
    let (killed, injured, date, location, place_own) = {
        let b = &mut builds[from];
        (
            b.killed.take(),
            b.injured.take(),
            b.date,
            b.location.take(),
            b.place_own,
        )
    };
    let roles = std::mem::take(&mut builds[from].roles);
    let background = builds[from].background;
    let t = &mut builds[into];
    t.mentions.append(&mut src);
    t.killed = t.killed.or(killed);
    t.injured = t.injured.or(injured);
    t.date = t.date.or(date);
    if t.location.is_none() {
        t.location = location;
        t.place_own = place_own;
    }
    t.background &= background;
    // (Never one side in both roles.)
    if t.roles.actor1.is_none() && roles.actor1 != t.roles.actor2 {
        t.roles.actor1 = roles.actor1;
    }
    if t.roles.actor2.is_none() && roles.actor2 != t.roles.actor1 {
        t.roles.actor2 = roles.actor2;
    }
    for s in roles.sources {
        if !t.roles.sources.contains(&s) {
            t.roles.sources.push(s);
        }
    }
}

/// How a record tells a facet of another record's event (see [`facets`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Facet {
    /// A bombardment told loosely (`قصف`) of an airstrike.
    Loose,
    /// The bomb of an assassination.
    Means,
    /// Explosions told with no device or side (`دوى انفجار`): the blasts of a strike or a
    /// shelling.
    Blast,
    /// The bomber of an attack (`هاجم انتحاريون`): the attack was a bombing.
    Bomber,
    /// Shots fired (`أطلقوا النار على`) that killed the target of an assassination.
    Shots,
    /// A storming by protesters.
    Storming,
    /// An attack told only in sentences of a bombing.
    Attack,
}

/// True when every mention in `mine` is a shot fired (`أطلق النار`), not an exchange of fire:
/// [`shot_words`].
fn shots_only(doc: &Doc<'_>, facts: &[Facts<'_>], mine: &[usize]) -> bool {
    let text = doc.norm.text();
    mine.iter().all(|&m| {
        let f = &facts[m];
        let t = text.get(f.trig.clone()).unwrap_or("");
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let before: [&str; 1] = words_before(text, start, f.trig.start);
        matches!(
            doc.events[m].kind,
            EventKind::ArmedClash | EventKind::ViolenceAgainstCivilians
        ) && shot_words(t, before[0])
    })
}

/// True when the event `e` is told by a shot fired (`أطلق مسلحون النار`, `إطلاق نار`,
/// `نيران`), not an exchange of fire (`تبادل إطلاق النار`): [`shot_words`] on its trigger.
/// The one test of shots fired for records: the facet of an assassination
/// ([`shots_only`]), the sideless clash default and the militia convention of the story
/// (`story::militias`).
pub(crate) fn shots_fired(doc: &Doc<'_>, e: &crate::events::Event) -> bool {
    let text = doc.norm.text();
    let map = doc.norm.map();
    let (a, b) = (
        map.to_normalized(e.trigger.start),
        map.to_normalized(e.trigger.end),
    );
    let t = text.get(a..b.max(a)).unwrap_or("");
    let start = doc.sentences.get(e.sentence).map_or(0, |s| s.start);
    let before: [&str; 1] = words_before(text, start.min(a), a);
    shot_words(t, before[0])
}

/// True when a trigger's words `t` (normalized) tell a shot fired: a word of fire (`النار`,
/// `نيران`) or of shooting (`أطلق`, `إطلاق`, `يطلقون`), with no exchange (`تبادل`) in it or
/// in the word `before` it.
fn shot_words(t: &str, before: &str) -> bool {
    let shooting = words(t).any(|r| {
        let w = t[r].trim_start_matches(['و', 'ف', 'ب']);
        w.contains("نار")
            || w.contains("نيران")
            || ["اطلق", "اطلاق", "يطلق", "تطلق"]
                .iter()
                .any(|p| w.starts_with(p))
    });
    shooting && !t.contains("تبادل") && !before.contains("تبادل")
}

/// True when every mention in `mine` is an explosion told alone (`انفجار`, `انفجارات`,
/// `انفجر`), with no device after it (`انفجار سيارة مفخخة`, `انفجار عبوة`).
fn blasts_only(doc: &Doc<'_>, facts: &[Facts<'_>], mine: &[usize]) -> bool {
    let text = doc.norm.text();
    mine.iter().all(|&m| {
        let f = &facts[m];
        let t = text.get(f.trig.clone()).unwrap_or("");
        let t = t.strip_prefix(['و', 'ف']).unwrap_or(t);
        let blast = matches!(
            t,
            "انفجار" | "انفجارات" | "الانفجار" | "الانفجارات" | "انفجر" | "انفجرت"
        );
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        let after = roles::text_ahead(text, f.trig.end, end.min(f.trig.end + 60));
        let device = words(after).take(3).any(|r| {
            let w = &after[r];
            let w = w.strip_prefix("ال").unwrap_or(w);
            matches!(
                w,
                "سياره"
                    | "سيارات"
                    | "عبوه"
                    | "عبوات"
                    | "لغم"
                    | "الغام"
                    | "قنبله"
                    | "قنابل"
                    | "مفخخه"
                    | "ناسفه"
                    | "انتحاري"
                    | "انتحاريه"
                    | "حزام"
            )
        });
        blast && !device
    })
}

/// Records that tell a facet of another record's event join it:
/// - a shelling told only loosely ([`loose_shelling`]) joins an airstrike of the same
///   (known) place, time and side (`مصر تقصف مواقع داعش في درنة` over `شنت مقاتلات مصرية غارات على درنة`);
/// - a bombing told in a sentence of an assassination is its means (`اغتالوا العقيد بتفجير
///   سيارته`): the bombing's record, all its mentions, is the assassination; an attack told
///   only in sentences of a bombing is that bombing (`اقتحم نقطة تفتيش بسيارة مفخخة`); in
///   both, when the sentence gives the two no different places (and the bombing's record is
///   of the assassination's place and day: `اغتيال ضابط في بنغازي وانفجار عبوة في درنة` are
///   two);
/// - a bombing told only in sentences of an attack is how the attack was carried out (`هاجم
///   انتحاريون الوزارة`): the attack's record is the bombing;
/// - explosions told with no device and no side (`دوى انفجار`, `دوت انفجارات`) are the blasts
///   of an airstrike or a shelling of the same place (or a place within its town) and time;
/// - shots fired (`أطلقوا النار على فلان`) of the place and time of a reported
///   assassination, by the same side or none named, are that assassination;
/// - a storming by protesters (`اقتحم متظاهرون مقر المجلس`) of the place and day of a protest
///   is that protest.
///
/// A bombing joins only an assassination that is reported (not a failed attempt).
///
/// Records emptied so are removed. Quadratic in the records of a document, which are few
/// (at most one per event).
fn facets(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let text = doc.norm.text();
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let (kind, bg) = (builds[from].kind, builds[from].background);
        if builds[from].mentions.is_empty() {
            continue;
        }
        let mine: Vec<usize> = own_mentions(&builds[from], events).collect();
        if mine.is_empty() {
            continue;
        }
        // The target kinds and how each is a facet, in order of preference.
        let tries: &[(EventKind, Facet)] = match kind {
            // (Its own telling: the blasts heard after it, `وسمع دوي انفجارين`, joined it as a
            // back-reference and say nothing of what struck.)
            EventKind::Shelling
                if mine
                    .iter()
                    .filter(|&&m| events[m].kind == EventKind::Shelling)
                    .all(|&m| {
                        let f = &facts[m];
                        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
                        loose_shelling(text, start, &f.trig)
                    }) =>
            {
                &[(EventKind::Airstrike, Facet::Loose)]
            }
            EventKind::Bombing
                if builds[from].roles.actor1.is_none() && blasts_only(doc, facts, &mine) =>
            {
                &[
                    (EventKind::Assassination, Facet::Means),
                    (EventKind::Airstrike, Facet::Blast),
                    (EventKind::Shelling, Facet::Blast),
                    (EventKind::Offensive, Facet::Bomber),
                ]
            }
            EventKind::Bombing => &[
                (EventKind::Assassination, Facet::Means),
                (EventKind::Offensive, Facet::Bomber),
            ],
            EventKind::Offensive
                if builds[from].roles.actor1.as_ref().is_some_and(|a| {
                    matches!(
                        a.generic,
                        Some(super::Generic::Protesters) | Some(super::Generic::Rioters)
                    )
                }) =>
            {
                &[(EventKind::Protest, Facet::Storming)]
            }
            EventKind::Offensive => &[(EventKind::Bombing, Facet::Attack)],
            // (Fire opened on someone unarmed is violence against civilians: [`shootings`].)
            EventKind::ArmedClash | EventKind::ViolenceAgainstCivilians
                if shots_only(doc, facts, &mine) =>
            {
                &[(EventKind::Assassination, Facet::Shots)]
            }
            _ => continue,
        };
        for &(target, how) in tries {
            let found = (0..n)
                .filter(|&t| t != from && builds[t].kind == target && builds[t].background == bg)
                .filter(|&t| !builds[t].mentions.is_empty())
                .filter(|&t| {
                    let shares = |m: usize| {
                        own_mentions(&builds[t], events).any(|o| {
                            facts[o].sentence == facts[m].sentence
                                && same_clause_places(events, m, o)
                        })
                    };
                    let reported = || own_mentions(&builds[t], events).any(|o| facts[o].asserted);
                    match how {
                        Facet::Attack | Facet::Bomber => mine.iter().all(|&m| shares(m)),
                        // A failed attempt (`نجا من محاولة اغتيال بسيارة مفخخة`) leaves the
                        // bombing the reported event.
                        Facet::Means => {
                            mine.iter().any(|&m| shares(m))
                                && reported()
                                && same_place(&builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Blast => {
                            reported()
                                && near_place(doc.gazetteer, &builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Shots => {
                            let (x, y) = (&builds[from].roles.actor1, &builds[t].roles.actor1);
                            let sides = x.is_none() || y.is_none() || x == y;
                            sides
                                && reported()
                                && near_place(doc.gazetteer, &builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Loose | Facet::Storming => {
                            // Not a bombardment by other forces than the strike's (`قصف لقوات
                            // حفتر على السوق وغارات لقوات الوفاق قرب غريان`).
                            let (x, y) = (
                                actor_id(&builds[from].roles.actor1),
                                actor_id(&builds[t].roles.actor1),
                            );
                            // (Sides that fight: a reporting body taken for a side, `الأمم
                            // المتحدة`, is no conflict.)
                            let fights = |id: &str| {
                                doc.gazetteer.entity(id).is_some_and(|e| {
                                    matches!(
                                        e.category.as_str(),
                                        "armed_group"
                                            | "government"
                                            | "military_leader"
                                            | "militia_leader"
                                            | "militant"
                                            | "country"
                                            | "tribe"
                                    )
                                })
                            };
                            let sides = match (x, y) {
                                (Some(x), Some(y)) if fights(x) && fights(y) => {
                                    x == y || allied(doc.gazetteer, x, y)
                                }
                                _ => true,
                            };
                            // A bombardment told with no place of its own is no strike's.
                            let placed = target != EventKind::Airstrike
                                || (builds[from].location.is_some()
                                    && builds[t].location.is_some());
                            // (Places agree as mentions' do when they merge: one of them a
                            // country or a region, `مصر تدين قصف درنة`, is no other place.)
                            let agree = match (&builds[from].location, &builds[t].location) {
                                (Some(a), Some(b)) => places_agree(doc.gazetteer, a, b),
                                _ => true,
                            };
                            sides && placed && agree && same_time(&builds[from], &builds[t])
                        }
                    }
                })
                .min_by_key(|&t| {
                    mine.iter()
                        .flat_map(|&m| {
                            let s = facts[m].sentence;
                            own_mentions(&builds[t], events)
                                .map(move |o| s.abs_diff(facts[o].sentence))
                        })
                        .min()
                        .unwrap_or(usize::MAX)
                });
            if let Some(into) = found {
                absorb(builds, from, into);
                if how == Facet::Bomber {
                    builds[into].kind = EventKind::Bombing;
                }
                break;
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// The sides of two records agree: no named side acts in one that neither acts nor is acted
/// on in the other (sides the gazetteer affiliates are one, in either role: a side that acts
/// in one and an ally of the side acted on in the other is that side).
fn sides_agree(gaz: &Gazetteer, a: &Build<'_>, b: &Build<'_>) -> bool {
    match (actor_id(&a.roles.actor1), actor_id(&b.roles.actor1)) {
        (Some(x), Some(y)) => {
            x == y
                || allied(gaz, x, y)
                || actor_id(&b.roles.actor2) == Some(x)
                || actor_id(&a.roles.actor2) == Some(y)
                // (The sides told the other way round, an ally of one for the other: `الردع`
                // against the brigade of the government, and the government against the
                // council the force answers to.)
                || actor_id(&b.roles.actor2).is_some_and(|z| allied(gaz, x, z))
                || actor_id(&a.roles.actor2).is_some_and(|z| allied(gaz, y, z))
        }
        _ => true,
    }
}

/// One fight told in records of several kinds becomes one record (records.md: one event, one
/// record):
/// - a record told only in the headline, of a kind of fighting (a clash, an offensive, a
///   capture, a shelling) the body tells in no record of its own, with no date of its own,
///   is the body's first reported fighting of an agreeing place and sides (`يشن هجوما
///   لحسم معركة الجنوب` over the body's offensive on a town of the south): it keeps the
///   body's kind;
/// - an offensive (`هجوم`, `تقدم`: the least specific telling of a fight) of the place, time
///   and sides of a reported capture, of a clash when the attack was repelled, or of a
///   shelling when the attack is told with its heavy weapon, is that fight: the attack that
///   was repelled and the clashes (`صد هجوم` … `تجددت الاشتباكات في المحور`), the rocket
///   attack and the shelling (`هجوما صاروخيا` … `بنيران المدفعية`), the advance and the
///   capture that ended it (`تقدم الجيش في المحور` … `بسطت القوات سيطرتها على الحي`). An
///   attack told with no more (`شنت القوات هجوما على المدينة` … `تعرضت أحياء المدينة
///   لقصف`) stays its own record.
///   The record told first keeps its facts and takes the more specific kind; the finer place
///   of the two stands.
///
/// Quadratic in the records of a document, which are few.
fn one_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let events = doc.events;
    let gaz = doc.gazetteer;
    let text = doc.norm.text();
    let fighting = |k: EventKind| ground(k) || k == EventKind::Shelling;
    let reported = |b: &Build<'_>| own_mentions(b, events).any(|m| facts[m].asserted);
    let first = |b: &Build<'_>| b.mentions.iter().copied().min().unwrap_or(usize::MAX);
    let head_only = |b: &Build<'_>| {
        !b.mentions.is_empty() && own_mentions(b, events).all(|m| facts[m].headline)
    };
    for h in 0..n {
        let x = &builds[h];
        if x.mentions.is_empty() || !fighting(x.kind) || !head_only(x) || x.explicit {
            continue;
        }
        let told = (0..n).any(|b| {
            b != h
                && builds[b].kind == x.kind
                && !builds[b].mentions.is_empty()
                && !head_only(&builds[b])
        });
        if told {
            continue;
        }
        let into = (0..n)
            .filter(|&t| {
                let y = &builds[t];
                t != h
                    && !y.mentions.is_empty()
                    && fighting(y.kind)
                    && !head_only(y)
                    && y.background == x.background
                    && reported(y) == reported(x)
                    && match (&x.location, &y.location) {
                        (Some(a), Some(b)) => places_agree(doc.gazetteer, a, b),
                        _ => true,
                    }
                    && sides_agree(gaz, x, y)
            })
            .min_by_key(|&t| first(&builds[t]));
        if let Some(t) = into {
            absorb(builds, h, t);
        }
    }
    for o in 0..n {
        let x = &builds[o];
        if x.kind != EventKind::Offensive || x.mentions.is_empty() || x.background || !reported(x) {
            continue;
        }
        let sentences: Vec<usize> = own_mentions(x, events).map(|m| facts[m].sentence).collect();
        // `صد هجوم`, `إحباط هجوم`: the attack was met, a fight (a clash). `هجوما صاروخيا`,
        // `هجوم بقذائف الهاون`: the attack was a bombardment (a shelling). `هجوم واسع لطرد …`,
        // `هجوما للسيطرة على …`: a word with a purpose `ل` among the three after the attack is
        // its aim, not a capture that ended it.
        let mut repelled = false;
        let mut heavy_arms = false;
        let mut aims: Vec<usize> = Vec::new();
        for m in own_mentions(x, events).filter(|&m| events[m].kind == EventKind::Offensive) {
            let f = &facts[m];
            let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
            let before: [&str; 2] = words_before(text, sent.start, f.trig.start);
            let after = text.get(f.trig.end..sent.end.max(f.trig.end)).unwrap_or("");
            let mut next3 = words(after).take(3);
            let first_next = next3.next();
            let next = first_next.clone().map_or("", |r| &after[r]);
            repelled |= before.iter().any(|w| roles::repel_word(w));
            heavy_arms |= heavy(next.trim_end_matches(['ا', 'ه']));
            aims.extend(
                first_next
                    .into_iter()
                    .chain(next3)
                    .find(|r| after[r.clone()].starts_with('ل'))
                    .map(|r| f.trig.end + r.start),
            );
        }
        let aim =
            |y: &Build<'_>| own_mentions(y, events).any(|m| aims.contains(&facts[m].trig.start));
        let distance = |y: &Build<'_>| {
            own_mentions(y, events)
                .flat_map(|m| {
                    sentences
                        .iter()
                        .map(move |&s| s.abs_diff(facts[m].sentence))
                })
                .min()
                .unwrap_or(usize::MAX)
        };
        let target = (0..n)
            .filter(|&t| {
                let y = &builds[t];
                t != o
                    && !y.mentions.is_empty()
                    && match y.kind {
                        EventKind::ArmedClash => repelled || same_day_fight(x, y),
                        EventKind::Shelling => heavy_arms,
                        EventKind::TerritoryControl => !aim(y),
                        _ => false,
                    }
                    && !y.background
                    && reported(y)
                    && near_place(doc.gazetteer, x, y)
                    && same_time(x, y)
                    && (sides_agree(gaz, x, y) || withdrawal(doc, facts, y))
            })
            .min_by_key(|&t| distance(&builds[t]));
        let Some(t) = target else {
            continue;
        };
        // (A withdrawal's side is the one the offensive drove back: the side acted upon.)
        if withdrawal(doc, facts, &builds[t]) {
            let r = &mut builds[t].roles;
            // (A withdrawal verb's side is already actor2, rec18: it is not moved away.)
            if r.actor2.is_none() {
                r.actor2 = r.actor1.take();
            }
        }
        // (An attack and the clash of its day and place, not told as repelled, keep the
        // attack's kind: the clash is how the attack went, `هاجم مسلحون البوابة` …
        // `اشتبك عناصرها مع المهاجمين`; recprec16.)
        let kind = if builds[t].kind == EventKind::ArmedClash && !repelled {
            EventKind::Offensive
        } else {
            builds[t].kind
        };
        let (into, from) = if first(&builds[o]) <= first(&builds[t]) {
            (o, t)
        } else {
            (t, o)
        };
        let finer = match (&builds[into].location, &builds[from].location) {
            (Some((_, a)), Some((_, b))) => b > a,
            _ => false,
        };
        let place = if finer { builds[from].location } else { None };
        absorb(builds, from, into);
        builds[into].kind = kind;
        if place.is_some() {
            builds[into].location = place;
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// A capture that ends a fight (recprec16): a reported `territory_control` record one of whose
/// capture mentions is followed, in its own sentence, by a clash mention right after `بعد`,
/// `إثر`, `عقب` (`سيطر عناصر الكتيبة على المقر بعد مواجهات استمرت ساعات`, `استعادت القوات
/// السيطرة على الحي إثر اشتباكات مع المسلحين`) joins the reported clash record that mention
/// belongs to, when their places and times agree: one record, the capture's kind (ACLED codes
/// a battle that changes who holds the ground as that change). A capture after a withdrawal
/// (`بعد انسحاب القوة منه`) is no such end of a fight and stays its own.
///
/// Quadratic in the records of a document, which are few.
fn capture_ends_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let events = doc.events;
    let text = doc.norm.text();
    let reported = |b: &Build<'_>| own_mentions(b, events).any(|m| facts[m].asserted);
    for x in 0..n {
        let b = &builds[x];
        if b.kind != EventKind::TerritoryControl
            || b.mentions.is_empty()
            || b.background
            || !reported(b)
        {
            continue;
        }
        // The clash mentions told after `بعد`, `إثر`, `عقب` behind a capture mention.
        let ends: Vec<usize> = own_mentions(b, events)
            .filter(|&m| events[m].kind == EventKind::TerritoryControl)
            .flat_map(|m| {
                let f = &facts[m];
                let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
                (0..events.len()).filter(move |&c| {
                    let g = &facts[c];
                    g.sentence == f.sentence
                        && events[c].kind == EventKind::ArmedClash
                        && g.trig.start >= f.trig.end
                        && {
                            let w: [&str; 1] = words_before(text, sent.start, g.trig.start);
                            matches!(
                                w[0].strip_prefix('و').unwrap_or(w[0]),
                                "بعد" | "اثر" | "عقب"
                            )
                        }
                })
            })
            .collect();
        if ends.is_empty() {
            continue;
        }
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            t != x
                && y.kind == EventKind::ArmedClash
                && !y.background
                && reported(y)
                && y.mentions.iter().any(|m| ends.contains(m))
                && near_place(doc.gazetteer, &builds[x], y)
                && same_time(&builds[x], y)
        });
        let Some(t) = into else {
            continue;
        };
        absorb(builds, x, t);
        builds[t].kind = EventKind::TerritoryControl;
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// An offensive and a clash of one day and one place are one fight (recprec16; ACLED codes one
/// battle per day and place): `قواتنا تتقدم في الحي رقم 3` in the statement of the day whose
/// lead tells `قتل عشرة في اشتباكات في المدينة اليوم`. Both need a day of their own or the
/// story's, of day precision, that overlap, and places that agree (the same, or one within
/// the town of the other).
fn same_day_fight(x: &Build<'_>, y: &Build<'_>) -> bool {
    let day = |b: &Build<'_>| b.date.is_some_and(|d| d.precision == Precision::Day);
    let placed = match (&x.location, &y.location) {
        (Some((a, _)), Some((b, _))) => {
            a.r.id == b.r.id || (a.geo_precision != 3 && b.geo_precision != 3)
        }
        _ => false,
    };
    day(x) && day(y) && x.date.zip(y.date).is_some_and(|(a, b)| a.overlaps(&b)) && placed
}

/// True when a capture record is told first as a withdrawal (`تراجع المسلحون`, `انسحبت
/// القوات`, `فر المقاتلون`): the side it names first is the one that gave ground.
fn withdrawal(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    b.kind == EventKind::TerritoryControl
        && b.mentions
            .iter()
            .copied()
            .filter(|&m| doc.events[m].kind == EventKind::TerritoryControl)
            .min()
            .is_some_and(|m| {
                let w = text.get(facts[m].trig.clone()).unwrap_or("");
                let w = w.strip_prefix('و').unwrap_or(w);
                w.contains("نسحاب")
                    || w.contains("نسحب")
                    || w.starts_with("تراجع")
                    || w.starts_with("يتراجع")
                    || w == "فر"
                    || w == "فروا"
                    || w.starts_with("فرار")
            })
}

/// Records the news does not report as events:
/// - a mediation told as the means of another event (`أُطلق سراحهم بعد وساطة قادها أعيان`,
///   `توقف القتال بوساطة من أعيان المدينة`) is context: background;
/// - a foreign intervention with no foreign party anywhere in its mentions (`نشر قوات إضافية
///   في طرابلس` by the interior ministry, `التدخل لفض النزاع` by a local brigade) is no
///   foreign intervention: removed;
/// - operations after a word for a body (`قوة العمليات المشتركة`, `غرفة عمليات`) name the
///   body: no offensive (removed).
fn no_report(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let text = doc.norm.text();
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::PeaceTalks && !b.background)
    {
        let means = own_mentions(b, events).all(|m| {
            let f = &facts[m];
            let t = text.get(f.trig.clone()).unwrap_or("");
            let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
            let before: [&str; 1] = words_before(text, start, f.trig.start);
            let prev = before[0].strip_prefix('و').unwrap_or(before[0]);
            t.contains("وساط")
                && (t.starts_with("بوساط") || matches!(prev, "بعد" | "عقب" | "اثر" | "بفضل"))
        });
        if means {
            b.background = true;
        }
    }
    // Records of one kind every mention of which is told so (the fact, its trigger's text)
    // are no such event: dropped.
    let mut drop_told = |kind: EventKind, told: &dyn Fn(&Facts<'_>, &str) -> bool| {
        builds.retain(|b| {
            b.kind != kind
                || !own_mentions(b, events).all(|m| {
                    let f = &facts[m];
                    told(f, text.get(f.trig.clone()).unwrap_or(""))
                })
        })
    };
    // `أعلن عن توقف الاشتباكات وانسحاب قوات الطرفين`: both sides pulling back is the end of
    // the fighting, no change of who holds the ground.
    drop_told(EventKind::TerritoryControl, &|f, t| {
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        t.contains("انسحاب") && cues::both_sides_after(text, f.trig.end, end)
    });
    // `اشتبكوا مع المهاجمين لأكثر من ساعة قبل أن ينسحبوا باتجاه المدينة`: a withdrawal told
    // in the sentence of the fighting, from no place of its own, is how the fight ended.
    drop_told(EventKind::TerritoryControl, &|f, t| {
        let fought = events.iter().any(|e| {
            e.sentence == f.sentence
                && matches!(e.kind, EventKind::ArmedClash | EventKind::Offensive)
        });
        t.contains("نسحب") && !(f.place_own && f.location.is_some()) && fought
    });
    // `قوة العمليات المشتركة`, `غرفة عمليات أجدابيا`, `قيادة العمليات`: operations after a
    // word for a body name that body, not an offensive.
    drop_told(EventKind::Offensive, &|f, t| {
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let before: [&str; 1] = words_before(text, start, f.trig.start);
        let body = before[0].strip_prefix('و').unwrap_or(before[0]);
        t.contains("عمليات")
            && matches!(
                body,
                "قوه" | "غرفه" | "قياده" | "مركز" | "جهاز" | "هيئه" | "شعبه" | "اداره"
            )
    });
    // `قال الوزير في مؤتمر صحفي`: the press conference in which a source spoke is how the
    // news was told (its teller is a source), not a meeting.
    drop_told(EventKind::Meeting, &|f, t| {
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        let after = text.get(f.trig.end..end.max(f.trig.end)).unwrap_or("");
        let next = words(after).next().map_or("", |r| &after[r]);
        (t.contains("مؤتمر") || t.contains("موتمر"))
            && (next.starts_with("صحف") || next.starts_with("صحاف"))
    });
    let gaz = doc.gazetteer;
    let foreign_entity = |id: &str, category: &str| {
        (category == "country" && id != "libya")
            || category == "international"
            || gaz.entity(id).is_some_and(|e| e.inter == Some(8))
    };
    let foreign_actor = |a: &Option<super::Actor>| {
        a.as_ref().is_some_and(|a| {
            a.inter == Some(8)
                || a.generic == Some(super::Generic::ExternalForces)
                || a.id.as_deref().is_some_and(|id| {
                    gaz.entity(id)
                        .is_some_and(|e| foreign_entity(id, e.category.as_str()))
                })
        })
    };
    builds.retain(|b| {
        if b.kind != EventKind::ForeignIntervention {
            return true;
        }
        foreign_actor(&b.roles.actor1)
            || foreign_actor(&b.roles.actor2)
            || b.mentions.iter().any(|&m| {
                let e = &events[m];
                e.actors
                    .iter()
                    .chain(e.locations.iter())
                    .any(|r| foreign_entity(&r.id, &r.category))
            })
    });
}

/// `أطلق حراس النار على المهاجرين`, `مسلحون أطلقوا النار على متظاهرين`: fire opened on civilians
/// or protesters, which the sentence layer took for a clash, is violence against civilians
/// (an exchange of fire, `تبادل لإطلاق النار`, stays a clash). When the document tells fire
/// opened on civilians and on no armed side, its other shootings told with no target
/// (`مقتل مهاجر بإطلاق نار`, `هي من أطلقت النار`) are that violence too.
fn shootings(doc: &Doc<'_>, facts: &mut [Facts<'_>]) {
    let text = doc.norm.text();
    // (fact, its target: Some(true) unarmed, Some(false) armed, None untold)
    let shots: Vec<(usize, Option<bool>)> = facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == EventKind::ArmedClash)
        .filter(|(_, f)| {
            let t = text.get(f.trig.clone()).unwrap_or("");
            let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
            let before: [&str; 1] = words_before(text, start, f.trig.start);
            t.contains("نار") && !before[0].contains("تبادل") && !t.contains("تبادل")
        })
        .map(|(i, f)| {
            let target = f.roles.actor2.as_ref().map(|a| {
                a.id.is_none()
                    && matches!(
                        a.generic,
                        Some(super::Generic::Civilians) | Some(super::Generic::Protesters)
                    )
            });
            (i, target)
        })
        .collect();
    let unarmed = shots.iter().any(|x| x.1 == Some(true)) || civilians_shot(facts, &shots);
    let armed = shots.iter().any(|x| x.1 == Some(false));
    for &(i, target) in &shots {
        if target == Some(true) || (target.is_none() && unarmed && !armed) {
            facts[i].kind = EventKind::ViolenceAgainstCivilians;
        }
    }
}

/// `قال مسؤولون إن حراسا قتلوا ستة مهاجرين` … `ووقع إطلاق النار يوم الجمعة`; `أعدم التنظيم
/// أربعة أشخاص` … `مسلحين يطلقون النار على رجل`: a document that reports violence against
/// civilians or civilians killed, and tells no fighting but the shootings (`shots`, fact
/// indices first), tells those shootings as that violence.
fn civilians_shot(facts: &[Facts<'_>], shots: &[(usize, Option<bool>)]) -> bool {
    let shot = |i: usize| shots.iter().any(|x| x.0 == i);
    let fighting = facts
        .iter()
        .enumerate()
        .any(|(i, f)| f.kind == EventKind::ArmedClash && f.asserted && !shot(i));
    let civilians = |f: &Facts<'_>| {
        f.roles
            .actor2
            .as_ref()
            .is_some_and(|a| a.id.is_none() && a.generic == Some(super::Generic::Civilians))
    };
    let victims = facts.iter().any(|f| {
        f.asserted
            && !f.context
            && (f.kind == EventKind::ViolenceAgainstCivilians
                || (f.kind == EventKind::Casualties && civilians(f)))
    });
    !shots.is_empty() && victims && !fighting
}

/// True when record `b` tells one named person (a gazetteer person as actor2) killed: a
/// killing among its mentions (`قتل`, `مقتل`, `مصرع`; not a death, `وفاة`, nor a wound), and
/// no figure above one.
fn named_killing(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    let person = actor_id(&b.roles.actor2).is_some_and(|id| {
        doc.gazetteer
            .entity(id)
            .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
    });
    let killed = b.mentions.iter().any(|&m| {
        let f = &facts[m];
        let w = text.get(f.trig.clone()).unwrap_or("");
        doc.events[m].kind == EventKind::Casualties
            && f.asserted
            && ["قتل", "مقتل", "مصرع", "اغتيل"]
                .iter()
                .any(|k| w.contains(k))
    });
    person && killed && b.killed.is_none_or(|k| k <= 1)
}

/// True when a toll record `b` tells its dead shot (`بالرصاص`, `برصاص`, `بإطلاق النار عليهم`
/// within the sixteen words of its sentence after a killing word) and its victims bore no arms
/// (civilians, or no side named at all).
fn shot_dead(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    let unarmed = match (&b.roles.actor1, &b.roles.actor2) {
        (_, Some(a)) => a.id.is_none() && a.generic == Some(super::Generic::Civilians),
        // A side named alone may be the dead's own (`لقي جنديان من الجيش مصرعهما`).
        (a1, None) => a1.is_none(),
    };
    unarmed
        && b.killed.is_some()
        && b.mentions.iter().any(|&m| {
            let f = &facts[m];
            let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
            let after = roles::text_ahead(text, f.trig.end, end.min(f.trig.end + 200));
            let ws: Vec<&str> = words(after).take(16).map(|r| &after[r]).collect();
            ws.iter().any(|w| w.contains("رصاص"))
                || ws.windows(2).any(|p| {
                    p[0].trim_start_matches('و').trim_start_matches('ب') == "اطلاق"
                        && matches!(p[1], "النار" | "الرصاص")
                })
        })
}

/// One fight told over two days (records.md: one event, one record; the gatherers' ranges
/// `2022-08-26..2022-08-27`): two reported clash records of one place, with days of their
/// own that meet or follow each other, whose sides agree, are one record whose date runs
/// from the first day to the last. A clash told as renewed (`تجددت الاشتباكات`) is a new
/// round and stays its own. Quadratic in the records of a document, which are few.
/// A mention told as renewed (`تجددت الاشتباكات`, `عاودت`): another round of a fight, not
/// the same one told again.
fn renewed_mention(doc: &Doc<'_>, facts: &[Facts<'_>], m: usize) -> bool {
    let text = doc.norm.text();
    let f = &facts[m];
    let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
    let before: [&str; 2] = words_before(text, start, f.trig.start);
    before.iter().any(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.starts_with("تجدد") || w.starts_with("يتجدد") || w.starts_with("عاود")
    })
}

fn days_of_one_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    let reported = |b: &Build<'_>| own_mentions(b, doc.events).any(|m| facts[m].asserted);
    let renewed = |b: &Build<'_>| b.mentions.iter().any(|&m| renewed_mention(doc, facts, m));
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != EventKind::ArmedClash
                || y.kind != EventKind::ArmedClash
                || x.background
                || y.background
                || !reported(x)
                || !reported(y)
            {
                continue;
            }
            let placed = matches!((&x.location, &y.location), (Some((p, _)), Some((q, _))) if p.r.id == q.r.id);
            let (Some(d), Some(e)) = (x.date, y.date) else {
                continue;
            };
            let days = d.precision == Precision::Day
                && e.precision == Precision::Day
                && e.start.days() - d.end.days() <= 1
                && d.start.days() - e.end.days() <= 1;
            if !(placed
                && days
                && sides_agree(gaz, x, y)
                && sides_agree(gaz, y, x)
                && !renewed(x)
                && !renewed(y))
            {
                continue;
            }
            // (A figure told in ACLED's words, `عشرات الضحايا`, gives way to the precise one
            // of the other day's telling.)
            let precise = |v: Option<u32>, vague: bool| v.filter(|_| !vague);
            let killed = precise(y.killed, y.killed_vague);
            let injured = precise(y.injured, y.injured_vague);
            absorb(builds, b, a);
            let t = &mut builds[a];
            if t.killed_vague && killed.is_some() {
                t.killed = killed;
                t.killed_vague = false;
            }
            if t.injured_vague && injured.is_some() {
                t.injured = injured;
                t.injured_vague = false;
            }
            builds[a].date = Some(RecordDate {
                start: d.start.min(e.start),
                end: d.end.max(e.end),
                precision: Precision::Day,
            });
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// One arrest or abduction told in two records of a document (records.md: one event, one
/// record): two records of the kind, not background, whose dates agree (overlapping, or both
/// undated) are one when they hold the same named person or group as actor2 and no two named actors1
/// that differ (`قيام قوة الردع باعتقال آمر اللواء 444 …` … `دون إيضاح أسباب اعتقاله`), or
/// when one tells only who arrested and the other only whom (`تأكيد اعتقال موسى إبراهيم` …
/// `باعتقال … هدية الثوار`). The first told keeps its facts and takes what it lacks.
/// Quadratic in the records of a document, which are few.
fn one_arrest(doc: &Doc<'_>, builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != y.kind
                || !matches!(x.kind, EventKind::Arrest | EventKind::Abduction)
                || x.background
                || y.background
            {
                continue;
            }
            // (A dated telling and an undated one may be two arrests: the one the text
            // places earlier has no date.)
            let dated = match (&x.date, &y.date) {
                (Some(d), Some(e)) => d.overlaps(e),
                (None, None) => true,
                _ => false,
            };
            let (p1, p2) = (actor_id(&x.roles.actor2), actor_id(&y.roles.actor2));
            let (c1, c2) = (&x.roles.actor1, &y.roles.actor1);
            let same_patient = p1.is_some()
                && p1 == p2
                && match (actor_id(c1), actor_id(c2)) {
                    (Some(u), Some(v)) => u == v || allied(gaz, u, v),
                    _ => true,
                };
            let halves = |c: &Option<super::Actor>,
                          p: Option<&str>,
                          d: &Option<super::Actor>,
                          q: Option<&str>| {
                c.is_some() && d.is_none() && p.is_none() && q.is_some()
            };
            let split = halves(c1, p1, c2, p2) || halves(c2, p2, c1, p1);
            if dated && (same_patient || split) {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// Two records still standing (not absorbed), of one kind, both reported and asserted: the
/// pairs the merges of one event told twice ([`same_toll`], [`one_signing`]) look at.
fn reported_pair(x: &Build<'_>, y: &Build<'_>) -> bool {
    !x.mentions.is_empty()
        && !y.mentions.is_empty()
        && x.kind == y.kind
        && !x.background
        && !y.background
        && x.asserted
        && y.asserted
}

/// See the call in [`records`]: records of one kind, place and toll, a day apart at most,
/// merge. Quadratic in the records of a document, which are few.
fn same_toll(builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for a in 0..n {
        for b in 0..n {
            let (x, y) = (&builds[a], &builds[b]);
            if a == b || !reported_pair(x, y) {
                continue;
            }
            let toll = matches!((x.killed, y.killed), (Some(k), Some(l)) if k == l && k > 0);
            let placed = matches!((&x.location, &y.location), (Some((p, _)), Some((q, _))) if p.r.id == q.r.id);
            // `a` is the earlier day (or the first told, on one day).
            let days = match (&x.date, &y.date) {
                (Some(d), Some(e)) => {
                    let gap = e.start.days() - d.start.days();
                    (gap == 1 || (gap == 0 && a < b)) && d.precision == Precision::Day
                }
                _ => false,
            };
            if toll && placed && days {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: a shelling record whose side acting is an international
/// alliance (`الناتو قصف`, category `international` in the gazetteer) is an airstrike: an
/// alliance fighting in Libya had no guns on the ground, so its bombardments came from the air.
fn alliance_strike(doc: &Doc<'_>, builds: &mut [Build<'_>]) {
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::Shelling && !b.background)
    {
        let alliance = actor_id(&b.roles.actor1).is_some_and(|id| {
            doc.gazetteer
                .entity(id)
                .is_some_and(|e| e.category == "international")
        });
        if alliance {
            b.kind = EventKind::Airstrike;
        }
    }
}

/// See the call in [`records`]: a foreign intervention all of whose mentions share a sentence
/// with a mention of a reported strike (an airstrike or a shelling: `قصفت قوات حلف الناتو
/// مواقع الكتائب`, `قتلوا جراء غارة … من المرتزقة`) names who struck or who was hit: it is
/// that strike, no record of its own. Quadratic in the records of a document, which are few.
fn strikers_named(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let x = &builds[from];
        if x.kind != EventKind::ForeignIntervention || x.background || x.mentions.is_empty() {
            continue;
        }
        let mine: Vec<usize> = own_mentions(x, events).collect();
        if mine.is_empty() {
            continue;
        }
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            t != from
                && matches!(y.kind, EventKind::Airstrike | EventKind::Shelling)
                && !y.background
                && y.asserted
                && mine.iter().all(|&m| {
                    own_mentions(y, events).any(|o| facts[o].sentence == facts[m].sentence)
                })
        });
        if let Some(into) = into {
            absorb(builds, from, into);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// A storming or a raid (`اقتحم`, `داهم`, `مداهمة`, `دهمت`), normalized.
fn raid_word(w: &str) -> bool {
    w.contains("اقتحم") || w.contains("داهم") || w.contains("دهم")
}

/// See the call in [`records`]: an attack record told only as a storming or a raid, with no
/// one killed, joins a reported arrest or abduction of the same place and time whose captors
/// are not another named side (`اختطاف الناشط في مصراتة` … `اقتحمت قوة أمنية مقر المطبعة في
/// مصراتة`): the raid is how the capture was done (ACLED codes the arrest, once). Quadratic
/// in the records of a document, which are few.
fn raid_of_capture(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let text = doc.norm.text();
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let x = &builds[from];
        if x.kind != EventKind::Offensive
            || x.background
            || x.mentions.is_empty()
            || x.killed.is_some_and(|k| k > 0)
        {
            continue;
        }
        let raid = own_mentions(x, events)
            .all(|m| raid_word(text.get(facts[m].trig.clone()).unwrap_or("")));
        if !raid {
            continue;
        }
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            let sides = match (actor_id(&x.roles.actor1), actor_id(&y.roles.actor1)) {
                (Some(u), Some(v)) => u == v || allied(doc.gazetteer, u, v),
                _ => true,
            };
            t != from
                && matches!(y.kind, EventKind::Arrest | EventKind::Abduction)
                && !y.background
                && y.asserted
                && !y.mentions.is_empty()
                && x.location.is_some()
                && y.location.is_some()
                && same_place(x, y)
                && matches!((&x.date, &y.date), (Some(d), Some(e)) if d.overlaps(e))
                && sides
        });
        if let Some(into) = into {
            absorb(builds, from, into);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: reported agreements (and talks) of one time and one place (or
/// with no place of their own) are one signing told several times, whoever the telling names
/// as its party (a bilateral event takes either party, and a mediator is named with it:
/// records.md). The first told keeps its facts and takes what it lacks. Quadratic in the
/// records of a document, which are few.
fn one_signing(builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if !reported_pair(x, y)
                || !matches!(x.kind, EventKind::Agreement | EventKind::PeaceTalks)
            {
                continue;
            }
            let dated = matches!((&x.date, &y.date), (Some(d), Some(e)) if d.overlaps(e));
            if dated && same_place(x, y) {
                // (The telling that names the place is the fuller one: it keeps its sides.)
                if x.location.is_none() && y.location.is_some() {
                    absorb(builds, a, b);
                    break;
                }
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// True when the normalized sentence `text` tells an event over several parts of a place
/// (`في عدة مناطق`, `في مناطق متفرقة`, `في عدد من الأحياء`, `مختلف أحياء المدينة`): an
/// `areas` noun (its clitics stripped) with a `several` word right before or after it, or
/// `عدد من` before it.
/// (`ws`: the sentence's words, byte ranges of `text`, as [`words`] finds them.)
fn several_parts(text: &str, ws: &[Range<usize>]) -> bool {
    // The words (clitics stripped) read once in order: the two before the current one, and
    // whether the one before is an `areas` noun (then a `several` word after it will do).
    let (mut p1, mut p2): (Option<&str>, Option<&str>) = (None, None);
    let mut areas_before = false;
    for r in ws {
        let w = super::place::clitic_free(&text[r.clone()]);
        if areas_before && in_list(SEVERAL, w) {
            return true;
        }
        let areas = in_list(AREAS, w);
        if areas
            && (p1.is_some_and(|x| in_list(SEVERAL, x))
                || (p1 == Some("من") && p2.is_some_and(|x| in_list(SEVERAL, x))))
        {
            return true;
        }
        areas_before = areas;
        p2 = p1;
        p1 = Some(w);
    }
    false
}

/// See the call in [`records`]: a reported violent record placed in a town, one of whose
/// sentences tells it over several parts of a place (`اشتباكات مسلحة في عدة مناطق` of the
/// capital), takes the reported records of its kind told within the next two sentences in a
/// place of that town's area (the same place, the same district, or within about 25 km: the
/// parts it went on in, `أصوات اشتباكات في مناطق تاجوراء`), on a day that agrees, with no
/// side named against its own: one event listed over several places, one record
/// (records.md: either is accepted; the gold rows list one; recprec21).
fn several_areas(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let text = doc.norm.text();
    let gaz = doc.gazetteer;
    // `several_parts` of each sentence, read once: 0 not yet, 1 no, 2 yes.
    let mut parts: Vec<u8> = vec![0; doc.sentences.len()];
    // The words of a sentence the events stage kept none of.
    let mut own: Vec<Range<usize>> = Vec::new();
    for a in 0..n {
        let x = &builds[a];
        if x.mentions.is_empty() || x.background || !x.asserted || !violent(x.kind) {
            continue;
        }
        let Some((p, _)) = &x.location else {
            continue;
        };
        if p.geo_precision == 3 {
            continue;
        }
        let spread = x.mentions.iter().any(|&m| {
            let s = facts[m].sentence;
            match parts.get(s).copied() {
                Some(0) => {
                    let yes = doc.sentences.get(s).is_some_and(|r| {
                        let Some(t) = text.get(r.clone()) else {
                            return false;
                        };
                        let ws = match doc.words.of(s, r) {
                            Some(ws) => ws,
                            None => {
                                own.clear();
                                crate::words::push_words(t, r.start, &mut own);
                                &own
                            }
                        };
                        several_parts(text, ws)
                    });
                    parts[s] = 1 + u8::from(yes);
                    yes
                }
                Some(c) => c == 2,
                None => false,
            }
        });
        if !spread {
            continue;
        }
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if !reported_pair(x, y) {
                continue;
            }
            let Some(((p, _), (q, _))) = x.location.as_ref().zip(y.location.as_ref()) else {
                continue;
            };
            let first = y.mentions.iter().map(|&m| facts[m].sentence).min();
            let next = first.is_some_and(|s| s <= x.last_sentence + 2);
            let area = q.geo_precision != 3 && (p.r.id == q.r.id || one_area(p, q));
            let sides = |u: &Option<super::Actor>, v: &Option<super::Actor>| match (
                actor_id(u),
                actor_id(v),
            ) {
                (Some(i), Some(j)) => i == j || allied(gaz, i, j),
                _ => true,
            };
            let agree =
                sides(&x.roles.actor1, &y.roles.actor1) && sides(&x.roles.actor2, &y.roles.actor2);
            if next && area && agree && same_time(x, y) {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: a reported meeting (`جلسة`, `اجتماع`, `لقاء`) whose first
/// mention shares its sentence with an asserted, not background mention of another reported
/// record (not a meeting) is the setting of that event: the session in which the vote was
/// held, the sitting the protesters stormed, the place where the man was killed. It joins the
/// record of the nearest such mention (records.md: one event, one record; recprec21). (Not
/// when that event is what the meeting was about: `اجتمع … لبحث الاشتباكات`, a `topic` word
/// among the three before its trigger.)
fn meeting_setting(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW || !builds.iter().any(|b| b.kind == EventKind::Meeting) {
        return;
    }
    let events = doc.events;
    let text = doc.norm.text();
    for a in 0..n {
        let x = &builds[a];
        if x.kind != EventKind::Meeting || x.mentions.is_empty() || x.background || !x.asserted {
            continue;
        }
        let Some(&m) = x.mentions.iter().min() else {
            continue;
        };
        let f = &facts[m];
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let gap = |t: &Range<usize>| {
            if t.start >= f.trig.end {
                t.start - f.trig.end
            } else {
                f.trig.start.saturating_sub(t.end)
            }
        };
        let target = (0..n)
            .filter(|&b| {
                let y = &builds[b];
                b != a
                    && !y.mentions.is_empty()
                    && y.kind != EventKind::Meeting
                    && !y.background
                    && y.asserted
            })
            .flat_map(|b| {
                builds[b]
                    .mentions
                    .iter()
                    .filter(|&&k| {
                        let g = &facts[k];
                        g.sentence == f.sentence
                            && g.asserted
                            && !events[k].background
                            && !g.context
                            && {
                                let before: [&str; 3] = words_before(text, start, g.trig.start);
                                !before
                                    .iter()
                                    .any(|w| in_list(TOPIC, w.strip_prefix('و').unwrap_or(w)))
                            }
                    })
                    .map(move |&k| (gap(&facts[k].trig), b))
            })
            .min();
        if let Some((_, b)) = target {
            absorb(builds, a, b);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: in a document with a publication date, a reported record left
/// with no date (the text places it earlier and says not when: records.md "Dates"), no side
/// acted upon and no one killed or wounded, told beside dated news, is a reference to an
/// earlier event, background (records.md "Reports and mentions"): a coder writes no row with
/// nothing but a kind.
fn undated_context(doc: &Doc<'_>, builds: &mut [Build<'_>]) {
    // (Context of the news the document tells: a reported record with a date. A sentence
    // told alone, or an article of undated events, is its own news.)
    let news = builds
        .iter()
        .any(|b| !b.background && b.asserted && b.date.is_some());
    if doc.date.is_none() || !news {
        return;
    }
    // (A capture's object is its place, an arrest's or abduction's are people the text may
    // leave unnamed: they carry what a coder writes without a side acted upon.)
    for b in builds.iter_mut().filter(|b| {
        !b.background
            && b.asserted
            && !matches!(
                b.kind,
                EventKind::TerritoryControl | EventKind::Arrest | EventKind::Abduction
            )
            && (b.date.is_none() || b.late_day)
            && b.roles.actor2.is_none()
            && b.killed.is_none()
            && b.injured.is_none()
    }) {
        b.background = true;
    }
}

/// A place named as a dateline: it opens its sentence and a date or an agency follows it
/// (`أجدابيا 03 مارس 2017 (وال)`, `طرابلس (رويترز)`). (Not `مصراتة: مقتل خمسة`, a headline
/// naming where it happened.)
fn dateline(text: &str, sentences: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = sentences.partition_point(|s| s.end <= span.start);
    let Some(sent) = sentences.get(i) else {
        return false;
    };
    let opens = text
        .get(sent.start.min(span.start)..span.start)
        .is_some_and(|b| b.trim().is_empty());
    let after = text.get(span.end..sent.end).unwrap_or("").trim_start();
    opens && after.starts_with(|c: char| c.is_ascii_digit() || c == '(')
}

/// One event told twice in records of one kind (records.md: one event, one record;
/// recprec23): the lead and the body, or an announcement and the statement quoted after it,
/// tell one incident with another precision of place or another day. Two reported records of
/// one kind (not tolls alone, not told as like another, `مظاهرات مماثلة`) are one when
/// - both are placed and their places agree: the same place, one only a region holding the
///   other (the country, or the other's district), or exactly one only near a town (`غرب مدينة درنة`, geo_precision 2) and the other in that town's
///   area ([`one_area`]: `عين مارة` of the district of Derna); two places each named as
///   itself (`باب العزيزية`, `مطار معيتيقة`) stay two, as ACLED splits them;
/// - both are dated by the text itself (not by the news, nor told as earlier) and their times
///   agree ([`same_time`]); neither is told as renewed (`تجددت الاشتباكات`);
/// - their sides agree ([`sides_agree`] both ways).
///
/// The record told first keeps its facts (its toll first) and takes the finer place, a place
/// named as itself before one only near a town.
/// Quadratic in the records of a document, which are few.
fn told_twice(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    let reported = |b: &Build<'_>| own_mentions(b, doc.events).any(|m| facts[m].asserted);
    let renewed = |b: &Build<'_>| b.mentions.iter().any(|&m| renewed_mention(doc, facts, m));
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != y.kind
                || x.background
                || y.background
                || !reported(x)
                || !reported(y)
                || x.kind == EventKind::Casualties
                || [x, y]
                    .iter()
                    .any(|b| b.mentions.iter().any(|&m| facts[m].similar))
                || renewed(x)
                || renewed(y)
                // Each told at a time of its own in the text: a record dated only by the
                // news or by a record before it (`وبحسب شهود، فإن ضاحية تاجوراء كانت هدفا`),
                // or told as earlier (`وكان مسلحون قد خطفوا`), may be another event.
                || !(x.explicit && y.explicit)
                || x.earlier
                || y.earlier
            {
                continue;
            }
            // Both placed: a record with no place may be told of anywhere. Two districts
            // are two places; a region holds only what lies in it (the country, or its own
            // district).
            let placed = match (&x.location, &y.location) {
                (Some((p, _)), Some((q, _))) => {
                    let districts = match (p.admin1, q.admin1) {
                        (Some(u), Some(v)) => u == v,
                        _ => true,
                    };
                    let holds = |r: &Loc<'_>, o: &Loc<'_>| {
                        r.geo_precision == 3
                            && o.geo_precision != 3
                            && (r.admin1.is_none() || r.admin1 == o.admin1)
                    };
                    p.r.id == q.r.id
                        || holds(p, q)
                        || holds(q, p)
                        || ((p.geo_precision == 2) != (q.geo_precision == 2)
                            && districts
                            && one_area(p, q)
                            // (A part of a town, `ضاحية تاجوراء`, is not the town told near.)
                            && !gaz.within(&p.r.id, &q.r.id)
                            && !gaz.within(&q.r.id, &p.r.id))
                }
                _ => false,
            };
            // (Days next to each other are not joined: two days of protests, or a fight
            // told on one day and renewed the next, are two events, and a day's
            // announcement quoted the next day did not keep the held-out records.)
            let timed = same_time(x, y);
            if !(placed && timed && sides_agree(gaz, x, y) && sides_agree(gaz, y, x)) {
                continue;
            }
            // The finer place, and a place named as itself before one only near a town
            // (`عين مارة` before `غرب مدينة درنة`).
            let finer = match (&x.location, &y.location) {
                (Some((p, r)), Some((o, q))) => {
                    if (p.geo_precision == 2) != (o.geo_precision == 2) {
                        p.geo_precision == 2
                    } else {
                        q > r
                    }
                }
                _ => false,
            };
            let place = if finer { y.location } else { None };
            absorb(builds, b, a);
            if place.is_some() {
                builds[a].location = place;
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}
