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

mod facts;
mod join;
mod sides;

pub(crate) use facts::in_libya;
use facts::*;
pub(crate) use join::shots_fired;
use join::*;
use sides::*;
pub(crate) use sides::{
    foes, one_side_twice, protesting_side, protests_per_place, unknown_abductors, unknown_victims,
};

/// How many earlier records an event may merge into.
pub(crate) const WINDOW: usize = 32;

/// The most bytes from a casualties trigger of a mention to a figure that is its toll (about
/// six words: `بمقتل أربعة`, `عن مقتل ما لا يقل عن عشرة`).
const MENTION_TOLL_BYTES: usize = 60;

/// The families of `data/records/merge_words.tsv`, in the order of the indices below.
const FAMILIES: [&str; 22] = [
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
    "hospital",
    "in_force",
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
/// Nouns of a hospital (`مستشفى`) (`hospital`).
const HOSPITAL: usize = 20;
/// Words of the terms, the carrying out or the keeping of an agreement or a truce already made
/// (`بنود`, `تنفيذ`, `تثبيت`) (`in_force`).
const IN_FORCE: usize = 21;

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
    /// The statement's day is told after the event, by a source's clause (`قتل ثمانية جنود …،
    /// حسبما أفادت مصادر رسمية، الأحد`): the event's own day, at most a week before, told in
    /// another mention, is the same event's.
    report_after: bool,
    /// The mention is told as a flashback (`وكانت اشتباكات قد اندلعت يوم الأحد`): its own day
    /// is no day of the event a statement's day was given to.
    flashback: bool,
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
    /// A shelling told by its munitions alone (`وسقطت القذائف في أرض خالية`, `الصواريخ`, no
    /// `ب`): after an air strike, the bombs the aircraft dropped.
    munitions: bool,
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
    /// Told as another event of its kind (`وفي هجوم آخر`, `غارة ثانية`): not one told
    /// before; it joins no earlier record.
    another: bool,
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
    /// That day is told after the event (`Facts::report_after`).
    report_after: bool,
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
    /// Every figure of the killed so far counts people of one group (`أربعة جنود`):
    /// [`fatalities::Figure::group`].
    killed_group: bool,
    /// Every figure of the killed so far counts persons at large (`14 شخصا`).
    killed_persons: bool,
    /// The sides the killed held count, one per figure told of a side (`17 من قوات حفتر`
    /// … `11 من مقاتلي المجلس`): a toll of another side told after them adds to them.
    killed_sides: Vec<String>,
    /// The figures of the killed that one sentence added up into the toll held (`مقتل اثنين
    /// من جنوده و3 مسلحين`: 2 and 3), when it held two or more: a later telling of one part
    /// (`القضاء على 3 مسلحين`) is that part again, not a lower toll.
    killed_parts: Vec<u32>,
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
            report_after: f.report_after,
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
            killed_group: false,
            killed_persons: false,
            injured_lower: false,
            killed_sides: Vec::new(),
            killed_parts: Vec::new(),
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
        let last_before = self.last_sentence;
        let later_sentence = f.sentence > self.last_sentence;
        self.last_sentence = self.last_sentence.max(f.sentence);
        if f.explicit && !self.explicit {
            self.date = f.date;
            self.explicit = true;
            self.statement_day = f.statement_day;
            self.report_after = f.report_after;
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
                self.report_after = false;
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
            // (r68: and a finer place of the record's district told in the next sentence,
            // `انفجار سيارة مفخخة وسط العاصمة` … `في الانفجار الذي وقع في منطقة سيدي المصري`; not
            // one told sentences later, where a back-reference compares the event with an
            // earlier one, `وتأتي هذه الاشتباكات بعد … مواجهات شهدتها منطقة سوق الجمعة`.)
            let finer = f.kind == self.kind
                && f.backref
                && f.place_own
                && self.location.as_ref().is_some_and(|(cur, _)| {
                    (cur.geo_precision == 3 && l.geo_precision != 3)
                        || (cur.geo_precision != 3
                            && f.sentence <= last_before + 1
                            && l.admin1.is_some()
                            && l.admin1 == cur.admin1)
                });
            // `واعتقال فلان … ما جعل الليبيين يتجمعون وسط طرابلس` … `باعتقال فلان في بني
            // وليد`: a place the record only borrowed from another event of its sentence gives
            // way to a town or finer place the event's own telling names.
            let borrowed = own && !self.place_own && rk >= 3;
            // `مقتل مهاجر … من مركز للهجرة في طرابلس` joined to `إطلاق نار داخل مركز احتجاز …
            // في ليبيا`: the toll's own Libyan town tells where a record placed only in Libya
            // was.
            let toll_town = f.kind == EventKind::Casualties
                && f.place_own
                && l.geo_precision != 3
                && l.admin1.is_some()
                && self
                    .location
                    .as_ref()
                    .is_some_and(|(cur, _)| cur.geo_precision == 3 && cur.r.id == "libya");
            if self
                .location
                .as_ref()
                .is_none_or(|(_, b)| ((own || finer || toll_town) && rk > *b) || borrowed)
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
        // (Or within three sentences, told on the record's own day: `انفجار سيارة ملغومة أسفر
        // عن مقتل ضابط … أمس` … `وأسفر هجوم أمس عن مقتل صلاح الوزري`; r80.)
        let same_day = || {
            self.explicit
                && f.explicit
                && matches!((&self.date, &f.date), (Some(a), Some(b))
                    if a.precision == Precision::Day && a == b)
        };
        let offensive_of = kind == EventKind::Offensive
            && violent(self.kind)
            && (f.sentence <= last + 1
                || (f.sentence <= last + 3 && !f.another && !f.similar && same_day()));
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
        // `استهدفت مقاتلة … محيط أحد المصانع` … `وسقطت القذائف في أرض خالية`: the munitions
        // told in the next sentence after an air strike are the aircraft's.
        let bombs_of = self.kind == EventKind::Airstrike
            && kind == EventKind::Shelling
            && f.munitions
            && f.sentence <= last + 1;
        let kind_ok = self.kind == kind
            || offensive_of
            || bombs_of
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
                // (`وفي حصيلة جديدة صباح اليوم، أعلن المركز ارتفاع عدد قتلى الهجوم إلى 16`:
                // the day of a statement that refers back is no day of the event.)
                // (And the own day a later back-reference tells within the week before the
                // statement's day the record holds: `قالت أفريكوم الأحد إنها شنت غارة` …
                // `وقالت إن الغارة نفذت يوم الجمعة`.)
                (true, true, Some(a), Some(b)) => {
                    a.overlaps(b)
                        || ((f.continued || f.statement_day) && b.start >= a.start)
                        || (self.statement_day
                            && !f.statement_day
                            && !f.flashback
                            && f.sentence > last
                            && b.end <= a.end
                            && a.end.days() - b.start.days() <= 7)
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
            // (A fight at the same place told again in the next sentence, each time between a
            // named side and an unnamed one, names its one side more or less finely: `بين قوات
            // موالية لحكومة الوفاق، وميليشيات` … `بين قوة الردع … ومجموعة مسلحة`.)
            let unnamed_other = roles::bilateral_kind(kind)
                && self.kind == kind
                && f.sentence <= last + 1
                && self.location.is_some()
                && f.location.is_some()
                && self.roles.actor2.as_ref().is_some_and(|a| a.id.is_none())
                && f.roles.actor2.as_ref().is_some_and(|a| a.id.is_none());
            if x != y
                && actor_id(&self.roles.actor2) != Some(y)
                && !reversed
                && !unnamed_other
                && !gaz.allied(x, y)
            {
                return false;
            }
        }
        if let (true, true, Some(a), Some(b)) = (self.explicit, f.explicit, &self.date, &f.date) {
            // A statement's day told after the event (`حسبما أفادت مصادر رسمية، الأحد`) and
            // the event's own day
            // at or before it (`وهاجم مسلحو داعش الخميس`) agree: the own day replaces it.
            // (Within the week before the statement.)
            let before = |own: &RecordDate, said: &RecordDate| {
                own.end <= said.end && said.end.days() - own.start.days() <= 7
            };
            // (So does a statement's day told before the event, `أعلن الجيش، الثلاثاء، أن
            // قواته انسحبت`, and the own day a later sentence tells, `انسحبت يوم أمس الإثنين`.)
            let stated = (self.report_after && !f.statement_day && !f.flashback && before(b, a))
                || (self.statement_day
                    && !f.statement_day
                    && !f.flashback
                    && f.sentence > last
                    && before(b, a))
                || (f.report_after && !self.statement_day && before(a, b))
                // (And a later sentence's statement day before the event, `قال الأربعاء، إن
                // جماعات إرهابية قصفت …`, after the event's own day told first, `أصابت حي أبو
                // سليم قبيل منتصف ليل الثلاثاء`: a bombardment or a strike told again. A move
                // of forces, `أعلن باشاغا اليوم أن القوات الداعمة له انسحبت`, is a step of its
                // own.)
                || (f.statement_day
                    && !self.statement_day
                    && self.kind == kind
                    && matches!(
                        kind,
                        EventKind::Shelling | EventKind::Airstrike | EventKind::Bombing
                    )
                    && !f.flashback
                    && f.sentence > last
                    && before(a, b));
            if !a.overlaps(b) && !stated {
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
    // (Among the 64 mentions before it: a bound on long documents, each figure asking.)
    doc.entities[..i]
        .iter()
        .rev()
        .take(64)
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

/// True when sentence `sent` names a person killed: a gazetteer person right after `مقتل`,
/// `مصرع`, `وفاة` or `قتل` (`أكد مقتل خميس القذافي خلال المعارك`), a title or a rank
/// between at most (no other word). `entities` are sorted by their start in the normalized
/// text. Not when `بعد` stands between the name and the record's trigger `trig` (`مقتل
/// القذافي بعد غارة للناتو على موكبه`: a death after the strike, told as its own event).
fn killed_named(
    text: &str,
    entities: &[Mention],
    sent: &Range<usize>,
    trig: &Range<usize>,
) -> bool {
    let from = entities.partition_point(|m| m.norm.start < sent.start);
    entities[from..]
        .iter()
        .take_while(|m| m.norm.start < sent.end)
        .filter(|m| m.kind == crate::gazetteer::EntityKind::Person)
        .any(|m| {
            let [w0, w1]: [&str; 2] = words_before(text, sent.start, m.norm.start);
            let killed = |w: &str| {
                matches!(
                    w.trim_start_matches(['و', 'ف', 'ب']),
                    "مقتل" | "مصرع" | "وفاه" | "قتل"
                )
            };
            let after = m.norm.end <= trig.start
                && text
                    .get(m.norm.end..trig.start)
                    .is_some_and(|g| words(g).any(|r| matches!(&g[r], "بعد" | "وبعد")));
            (killed(w0) || (killed(w1) && roles::is_rank(w0))) && !after
        })
}

/// The most events before a toll, in its sentence, read for the abduction it belongs to.
const ABDUCTION_LOOKBACK: usize = 8;

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
        // (A reported back-reference, `حصيلة المواجهات`, refers to the reported event before
        // it, not to one only warned of in between: `حذرت البعثة من مغبة استمرار المواجهات`.)
        let told = |b: usize| !(f.asserted && f.definite) || builds[b].asserted;
        let latest = |same: bool| {
            (from..builds.len())
                .filter(|&b| (builds[b].kind == kind) == same && ok(b))
                .max_by_key(|&b| (told(b), builds[b].last_sentence, b))
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
                    // (Shots fired in it, `اقتحم مسلحون المقر وأطلقوا النار`, are the attack's
                    // own, no clash it was the means of: `facets` joins them to it.)
                    let means = builds[b].kind == EventKind::Offensive
                        && kind != EventKind::Offensive
                        && !(kind == EventKind::ArmedClash && shots_only(doc, &facts, &[i]))
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
        let found = if f.similar || f.named || f.another {
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
                // `يعلن مسؤوليته عن الهجوم` … `الهجوم الانتحاري الذي وقع`: the attack told
                // first is the bombing its next telling names (a suicide attack is a bombing).
                // (Not the bombs an attack of its own sentence was made with, `هاجموا المجمع
                // بالقنابل والقذائف`: every mention before is an attack told in an earlier
                // sentence.)
                if builds[b].kind == EventKind::Offensive
                    && kind == EventKind::Bombing
                    && !bg
                    && builds[b].mentions.iter().all(|&m| {
                        events[m].kind == EventKind::Offensive && facts[m].sentence < f.sentence
                    })
                {
                    builds[b].kind = kind;
                }
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
        // `نظم المواطنون وقفة تضامنية مع مديرية الأمن، بعد مقتل أحد أفراد الشرطة`: a killing
        // told right after a word of cause, after a protest of its sentence, is what the
        // protest was held over, not a toll of the protest.
        let grievance = {
            let ws: [&str; 2] = crate::words::words_before(text, 0, f.trig.start);
            matches!(ws[0], "بعد" | "وبعد" | "اثر" | "عقب" | "خلفيه")
                || (ws[0] == "علي" && matches!(ws[1], "احتجاجا" | "ردا"))
        };
        // (So is a killing after such a word beside a strike of its sentence: `بعد مقتل 37
        // جنديا تركيا، قصفت المدفعية التركية مطارات سورية`, `نفذ الجيش غارات جوية بعد مقتل
        // تسعة من جنوده في هجوم`: what the strike answered, before it, no toll of it.)
        let strike =
            |b: usize| matches!(builds[b].kind, EventKind::Airstrike | EventKind::Shelling);
        let over = |b: usize| {
            grievance
                && ((builds[b].kind == EventKind::Protest
                    && builds[b]
                        .mentions
                        .iter()
                        .any(|&k| facts[k].sentence == s && facts[k].trig.end <= f.trig.start))
                    || (strike(b) && builds[b].mentions.iter().any(|&k| facts[k].sentence == s)))
        };
        // The killed and wounded of a reported attack told in the same sentence are its toll
        // (`قُتل جنديان وأصيب ثلاثة في انفجار لغم`), even when the casualty verb alone was
        // taken for a mention.
        let reported_cause = violent_at[p..q]
            .iter()
            .any(|x| !builds[x.1].background && !over(x.1));
        // `كما قتل خمسة جنود إثر اشتباكات وقعت في أبريل الماضي`: a toll whose sentence tells
        // only causes told as context is theirs, not the news's.
        // (Told as context by its own words or date, not only taken for a mention by the
        // sentence layer: `عدد ضحايا الانفجار الذي استهدف البوابة` is the news's toll.)
        // (Not a toll its own words date to a day of the news, `قتلت سيدة، صباح اليوم، برصاص
        // الأمن في مدينة العريش التي تشهد عمليات عسكرية منذ سنوات`: the place's years of
        // operations are context, the killing is news.)
        let only_background = p < q
            && !reported_cause
            && !(f.explicit && !f.context && !e.background)
            && violent_at[p..q].iter().all(|x| facts[x.2].context);
        // (A toll the sentence layer took for a mention and its own date tells as context, `منذ
        // الإطاحة بالقذافي وقتله في 2011`, is no toll of the fighting the sentence reports.)
        // (A killing a strike answered, `بعد مقتل 37 جنديا`, is told as its context.)
        let answered = grievance && violent_at[p..q].iter().any(|x| strike(x.1));
        let bg = ((e.background || f.context) && !reported_cause)
            || only_background
            || (e.background && f.context)
            || answered;
        // (A toll the sentence layer took for a mention belongs to a record a reported
        // back-reference revived: `جريمة قتل راح ضحيتها 7` … `من خلال الهجوم الذي طال الأسرة`.)
        let bg_ok = |b: usize| {
            (builds[b].background == bg || (bg && !f.context && builds[b].revived)) && !over(b)
        };
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
        // `التي شهدت الشهر الماضي اشتباكات أودت بحياة 20 شخصا`, `غارة أسفرت عن مقتل خمسة`:
        // the violent noun a verb of causing follows (at most a relative word between) is
        // the subject of that verb, the toll's cause, whatever else the sentence tells and
        // whether it is news or context. (Only where the sentence reports another cause it
        // could be taken for: alone, the toll tells its cause as news, `شهدت المدينة الشهر
        // الماضي تفجيرات أسفرت عن مقتل 17`.)
        let rivals = violent_at[p..q]
            .iter()
            .filter(|x| !builds[x.1].background)
            .count();
        let caused_by = || {
            violent_at[p..q]
                .iter()
                .filter(|_| rivals > 0)
                .rev()
                .find(|x| {
                    let tr = &facts[x.2].trig;
                    tr.end <= f.trig.start
                        && text.get(tr.end..f.trig.end).is_some_and(|g| {
                            let ws: Vec<&str> = words(g).take(4).map(|r| &g[r]).collect();
                            let i = usize::from(ws.first().is_some_and(|w| {
                                matches!(*w, "الذي" | "التي" | "الذين" | "والتي" | "والذي")
                            }));
                            ws.len() <= 3 + i && ws.get(i).is_some_and(|w| causing(w))
                        })
                })
                .map(|x| x.1)
                .filter(|&b| builds[b].background || rivals > 1)
        };
        // `تم إطلاق النار على المتظاهرين ما أدى إلى وقوع 43 قتيلا`: a violent cause of the
        // sentence before a protest or a change of control told with it.
        let same = named_after
            .or_else(caused_by)
            .or_else(|| {
                in_sentence()
                    .find(|&b| violent(builds[b].kind) && (builds[b].asserted || !f.asserted))
            })
            .or_else(|| in_sentence().find(|&b| builds[b].asserted || !f.asserted))
            .or_else(|| in_sentence().next());
        // `اشتباكات في مدينة الزاوية … مقتل 4` … `وفي مدينة درنة قتل 5 من عناصر التنظيم`: a toll
        // of another sentence that gives its own figure and names its own place is no part of a
        // cause told elsewhere. (A toll with no figure, `احتفالا بمقتل القذافي`, refers back.)
        // Nor is a toll told as fact part of a cause told later as planned (`ستبدأ عملية
        // لاقتحام آخر معاقل المسلحين` after `العثور على تسع جثث`).
        let counted = figures
            .binary_search_by_key(&s, |x| x.0)
            .is_ok_and(|k| !figures[k].1.is_empty());
        // (A hospital is where a toll was counted, not where it happened: only its district
        // tells, `حصيلة صادرة عن مستشفى مرزق العام … 30 قتيلا` after the strike on the town,
        // `مستشفى الهريش` in Derna after a clash in Zawiya.)
        let hospital = |(l, _): &(Loc<'_>, u8)| {
            doc.gazetteer
                .entity(&l.r.id)
                .is_some_and(|e| e.arabic.starts_with("مستشفى"))
        };
        let same_place = |b: usize| match (&builds[b].location, &f.location) {
            (Some(a), Some(c)) if counted && f.place_own && hospital(c) => {
                a.0.admin1.is_none() || c.0.admin1.is_none() || a.0.admin1 == c.0.admin1
            }
            (Some(a), Some(c)) if counted && f.place_own => places_agree(allies.gaz, a, c),
            _ => true,
        };
        let before = violent_at[..p]
            .iter()
            .rev()
            .find(|x| bg_ok(x.1) && same_place(x.1))
            .map(|x| ((s - x.0) * 2, x.1));
        let after = violent_at[q..]
            .iter()
            .find(|x| bg_ok(x.1) && same_place(x.1) && (builds[x.1].asserted || !f.asserted))
            .map(|x| ((x.0 - s) * 4 + 1, x.1));
        // `خطف مسلحون السفير في طرابلس وأصيب سائقه بجروح`: with no violent record in its
        // sentence, the wounded or killed told after an abduction of the sentence are its toll
        // (not a toll told before it: `قتل خمسة … في حين فقد عشرة رجح أن يكونوا اختطفوا`).
        let abducted = || {
            (!violent_at[p..q].iter().any(|x| bg_ok(x.1)))
                .then(|| {
                    (0..i)
                        .rev()
                        .take_while(|&k| events[k].sentence == s)
                        // (The nearest events only: a sentence of many events stays linear.)
                        .take(ABDUCTION_LOOKBACK)
                        .find(|&k| {
                            events[k].kind == EventKind::Abduction
                                && of_event[k] < builds.len()
                                && builds[of_event[k]].kind == EventKind::Abduction
                                && bg_ok(of_event[k])
                                && facts[k].trig.end <= f.trig.start
                        })
                        .map(|k| of_event[k])
                })
                .flatten()
        };
        let same = same.or_else(abducted);
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
                // A reported telling makes the record reported (not the telling of a toll
                // of context by a verb of causing after it).
                if caused_by() != Some(b) {
                    builds[b].background &= bg;
                }
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
    // Whether each record is reported, once (a record's mentions may run through the whole
    // document: asked per sentence, it made long documents quadratic).
    let reported: Vec<bool> = builds
        .iter()
        .map(|b| reported_build(b, &facts, events))
        .collect();
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
                    && (cause(builds[b].kind)
                        || builds[b].kind == EventKind::Casualties
                        // (The toll an abduction took, joined to it above.)
                        || (builds[b].kind == EventKind::Abduction
                            && events[k].kind == EventKind::Casualties))
            })
            .collect();
        let per_from = per.len();
        // `قتيلان سقطا خلال اشتباكات محاولة اقتحام المبنى … بينما أصيب 66`: a toll is told as
        // fact, so it goes to a cause of its sentence told as happened before one told as
        // failed, feared or intended, wherever each stands.
        let any_reported = targets.iter().any(|&k| reported[of_event[k]]);
        // `ويتزامن الانفجار مع ذكرى الهجوم على القنصلية الذي تسبب بمقتل أربعة`: a figure a
        // few words after a casualties trigger of a mention (background), itself after a
        // cause told as a mention, is that mention's toll, no reported record's. (Not `أعلنت
        // الوزارة مقتل 4 في قصف`: a toll told before its cause.)
        let mention_toll = |pos: usize| {
            (i..j)
                .filter(|&k| facts[k].trig.end <= pos)
                .max_by_key(|&k| facts[k].trig.end)
                .filter(|&k| {
                    events[k].background
                        && events[k].kind == EventKind::Casualties
                        && text.get(facts[k].trig.end..pos).is_some_and(|g| {
                            g.len() <= MENTION_TOLL_BYTES && !g.contains(['،', ',', '.', '؛'])
                        })
                })
                .and_then(|c| {
                    targets
                        .iter()
                        .copied()
                        .filter(|&k| {
                            events[k].kind != EventKind::Casualties
                                && facts[k].trig.end <= facts[c].trig.start
                        })
                        .max_by_key(|&k| facts[k].trig.end)
                })
                .is_some_and(|k| events[k].background)
        };
        if !targets.is_empty() {
            for f in figs.iter().filter(|f| !aggregate(text, f.pos)) {
                // (A mention's toll goes to the mentions only, else nowhere.)
                let mentions_only = any_reported && mention_toll(f.pos);
                let Some(k) = targets
                    .iter()
                    .copied()
                    .filter(|&k| {
                        !mentions_only || builds[of_event[k]].background || !reported[of_event[k]]
                    })
                    .min_by_key(|&k| {
                        let tr = &facts[k].trig;
                        // (A figure told before a record every mention of which is
                        // background, `قتل خمسة من عناصر القوة التي تسيطر على المدينة … في
                        // هجوم`, is no toll of it: a relative clause tells what follows it.)
                        let bg_after = builds[of_event[k]].background && f.pos < tr.start;
                        let unreported =
                            usize::from(any_reported && (!reported[of_event[k]] || bg_after)) << 26;
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
                else {
                    continue;
                };
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
        // `مقتل أربعة جنود` in the headline, `أسفرت الاشتباكات عن مقتل 14 شخصا` in the body:
        // a group's toll and a toll of persons at large are the part and the whole of one
        // toll; the whole stands when it is the larger (no addition, no running total, no
        // earlier report).
        let group_k = k.is_some() && fs.iter().filter(|f| f.killed).all(|f| f.group);
        // (A sentence that told both the part and the whole gives the whole.)
        let persons_k = k.is_some()
            && (fs.iter().filter(|f| f.killed).all(|f| f.persons)
                || fs.iter().any(|f| f.killed && f.whole));
        // The figures this sentence adds up (no total, whole or conflicting figure among them;
        // each after the first joined to the one before by `و`, `مقتل اثنين من جنوده و3
        // مسلحين`: the same toll told twice, `سقوط قتيلين … وأديا إلى سقوط قتيلين`, is no sum
        // of parts).
        let parts_k: Vec<u32> = if fs
            .iter()
            .filter(|f| f.killed)
            .all(|f| !f.total && !f.whole && !f.conflict && !f.vague)
            && fs.iter().filter(|f| f.killed).skip(1).all(|f| f.joined)
        {
            fs.iter().filter(|f| f.killed).map(|f| f.value).collect()
        } else {
            Vec::new()
        };
        let part_whole = match (build.killed, k) {
            _ if also_k || other_side || total_k || earlier => None,
            (Some(o), Some(n)) if build.killed_group && persons_k && n > o => Some(n),
            (Some(o), Some(n)) if build.killed_persons && group_k && o > n => Some(o),
            // A sum told before or after one of its parts is the whole toll.
            (Some(o), Some(n))
                if o > n && build.killed_parts.len() >= 2 && build.killed_parts.contains(&n) =>
            {
                Some(o)
            }
            (Some(o), Some(n)) if n > o && parts_k.len() >= 2 && parts_k.contains(&o) => Some(n),
            _ => None,
        };
        build.killed = match part_whole {
            Some(n) => Some(n),
            None => combine(
                build.killed,
                (build.killed_total, build.killed_vague, build.killed_lower),
                k,
                (total_k, vague_k, lower_k),
                also_k || other_side,
            ),
        };
        if build.killed != old_k {
            build.killed_parts = if build.killed == k {
                parts_k
            } else {
                Vec::new()
            };
        }
        if k.is_some() {
            let first = old_k.is_none();
            build.killed_group = group_k && (first || build.killed_group);
            build.killed_persons = persons_k && (first || build.killed_persons);
        }
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
    // `التوصل إلى اتفاق لوقف إطلاق النار`: an agreement whose terms its own sentence tells as
    // a ceasefire is the ceasefire (the kind event coders give it; agreement is its other
    // reading).
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::Agreement && !b.background)
    {
        let truce = b.mentions.iter().any(|&m| {
            facts[m].kind == EventKind::Ceasefire
                && b.mentions.iter().any(|&n| {
                    facts[n].kind == EventKind::Agreement && facts[n].sentence == facts[m].sentence
                })
        });
        if truce {
            b.kind = EventKind::Ceasefire;
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
    // Not after `محاولة` (an attempt), when the sentence says the target survived (`نجا`), or
    // when its word tells the shots or the aim only (`استهدف مسلحون ضابطا`, `تعرض القاضي
    // لإطلاق نار`): a death there is told by a word of its own.
    for b in builds.iter_mut() {
        if b.kind == EventKind::Assassination && b.killed.is_none() {
            let killed = b.mentions.iter().any(|&m| {
                let f = &facts[m];
                let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
                let before = text
                    .get(sent.start.min(f.trig.start)..f.trig.start)
                    .unwrap_or("");
                let whole = text.get(sent).unwrap_or("");
                let word = text.get(f.trig.clone()).unwrap_or("");
                events[m].modality == Modality::Asserted
                    && !word.contains("تعرض")
                    && !word.contains("ستهدف")
                    && !before.trim_end().ends_with("محاوله")
                    && !whole.contains("نجا")
                    && !whole.contains("ينجو")
            });
            if killed {
                b.killed = Some(1);
            }
        }
    }
    // `أكد مقتل خميس القذافي خلال المعارك`: the death of one named person, told by a killed
    // word right before the name in a sentence of the violent record, counts one when no
    // figure says otherwise.
    for b in builds.iter_mut() {
        if b.killed.is_some() || !violent(b.kind) || b.kind == EventKind::Assassination {
            continue;
        }
        let named = b.mentions.iter().any(|&m| {
            let f = &facts[m];
            // (The violent mentions only: a casualty mention merged in is the death itself.)
            events[m].modality == Modality::Asserted
                && violent(events[m].kind)
                && doc
                    .sentences
                    .get(f.sentence)
                    .is_some_and(|s| killed_named(text, doc.entities, s, &f.trig))
        });
        if named {
            b.killed = Some(1);
        }
    }
    // A record told without a place happened where the text just before it says. The
    // context names the city (`وسط المدينة`, `في المدينة`, a siege of what is left in it):
    // the nearest earlier city of a reported event, near it (geo_precision 2): the place its
    // record took from that event's own words when a city, else the last city the event
    // names; else the place of the nearest earlier event of the last two sentences.
    // (Not a like event, `غارات مماثلة`: it happened elsewhere.)
    // (The place each event's record has so far, by mention.)
    let mut placed: Vec<Option<(Loc<'_>, u8)>> = vec![None; facts.len()];
    for b in &builds {
        if let Some(l) = &b.location {
            for &m in &b.mentions {
                if let Some(p) = placed.get_mut(m) {
                    *p = Some(*l);
                }
            }
        }
    }
    for b in builds.iter_mut().filter(|b| {
        (b.location.is_none() || the_city_in_libya(text, b, &facts))
            && !b.mentions.iter().all(|&m| facts[m].similar)
    }) {
        let first = b.mentions.iter().copied().min().unwrap_or(0);
        let s = facts.get(first).map_or(0, |f| f.sentence);
        let is_city = |r: &&crate::events::EntityRef| {
            let c = doc
                .gazetteer
                .entity(&r.id)
                .map_or(r.category.as_str(), |e| e.category.as_str());
            rank(c) == 3
        };
        let city = (first.saturating_sub(12)..first)
            .rev()
            .filter(|&k| !events[k].background)
            .find_map(|k| {
                // (The place the event's record took first, when the event names one: not a
                // reference point its words name after it, `ثوار زليتن شرق طرابلس`.)
                if events[k].locations.is_empty() {
                    return None;
                }
                if let Some(r) = placed[k].map(|(l, _)| l.r).filter(|r| is_city(r)) {
                    return Some(r);
                }
                events[k].locations.iter().rev().find(|r| is_city(r))
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
    // Armed men slaughtered in a fight their record holds are its dead; armed men who surround
    // protesters act on the protest.
    armed_victims_fight(doc, &mut builds);
    protesters_besieged(doc, &mut builds);
    protest_clashes(doc, &facts, &mut builds);
    // One fight told in several kinds (the headline's `معركة` of the body's offensive, the
    // attack that was repelled and the clashes it led to, the advance and the capture that
    // ended it): one record.
    one_fight(doc, &facts, &mut builds);
    // `وسيطرت القوة على مقر الكتيبة بعد مواجهات بين الطرفين`: a capture told as the end of
    // the fighting its own sentence names is that fight (ACLED codes the battle once, as the
    // change of control).
    capture_ends_fight(doc, &facts, &mut builds);
    // A withdrawal told alone and the capture of its place and time: one record.
    withdrawal_of_capture(doc, &facts, &mut builds);
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
    air_story_bombardment(doc, &facts, &mut builds);
    strikers_named(doc, &facts, &mut builds);
    raid_of_capture(doc, &facts, &mut builds);
    one_signing(&mut builds);
    one_truce(doc, &facts, &mut builds);
    // A meeting told in the sentence of another reported event (`اقتحم
    // محتجون مقر المؤتمر أثناء جلسته`, `منحها 92 نائبا الثقة خلال الجلسة`) is where or
    // when that event happened, no record of its own.
    several_areas(doc, &facts, &mut builds);
    place_told_before(doc, &facts, &mut builds);
    meeting_setting(doc, &facts, &mut builds);
    // An event the text places earlier with no date, no side acted upon and no toll
    // (`البلد الذي مزقته الحرب`, `الغرفة التي يدار منها الهجوم`) is told as context.
    undated_context(doc, &mut builds);
    // One incident told twice in one kind, the lead near a town and the body at the village
    // of its district, or announced on a weekday and quoted on the next: one record.
    told_twice(doc, &facts, &mut builds);
    // `قتل 4 أشخاص … أثناء مظاهرات` … `أطلقت الشرطة الرصاص الحي على المتظاهرين`: the toll
    // of a protest fired on is the shooting's.
    protest_toll_to_violence(doc, &facts, &mut builds);
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
            // (Who is on whose side is asked of the near fights only.)
            if !near {
                return None;
            }
            match (same(x), same(y)) {
                (true, false) => Some(y.clone()),
                (false, true) => Some(x.clone()),
                _ => None,
            }
        });
        if other.is_some() {
            b.roles.actor2 = other;
        }
    }
    // `وكان القتال قد اندلع … بعد احتجاز قوة الردع … قائد اللواء 444 محمود حمزة`: a clash
    // with no named side that broke out after an arrest, an abduction or an assassination told
    // later in its sentence (`بعد`, `إثر`, `عقب` right before it) was between the side that
    // acted and the one acted on, when both are named.
    let set_off: Vec<(usize, super::Actor, super::Actor)> = {
        let text = doc.norm.text();
        let unnamed = |a: &Option<super::Actor>| a.as_ref().is_none_or(|a| a.id.is_none());
        builds
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                // (Quadratic in the records: only for a document of a few.)
                builds.len() <= 4 * WINDOW
                    && b.kind == EventKind::ArmedClash
                    && !b.background
                    && unnamed(&b.roles.actor1)
                    && unnamed(&b.roles.actor2)
            })
            .filter_map(|(bi, b)| {
                let cause = b
                    .mentions
                    .iter()
                    .filter(|&&m| events[m].kind == EventKind::ArmedClash)
                    .find_map(|&m| {
                        let s = facts[m].sentence;
                        let sent = doc.sentences.get(s).cloned().unwrap_or(0..0);
                        (m + 1..events.len())
                            .take_while(|&k| facts[k].sentence == s)
                            .find(|&k| {
                                let [w]: [&str; 1] =
                                    words_before(text, sent.start, facts[k].trig.start);
                                matches!(
                                    events[k].kind,
                                    EventKind::Arrest
                                        | EventKind::Abduction
                                        | EventKind::Assassination
                                ) && matches!(w, "بعد" | "وبعد" | "اثر" | "عقب")
                            })
                    })?;
                let owner = builds.iter().find(|c| c.mentions.contains(&cause))?;
                let (x, y) = (owner.roles.actor1.as_ref()?, owner.roles.actor2.as_ref()?);
                (x.id.is_some() && y.id.is_some()).then(|| (bi, x.clone(), y.clone()))
            })
            .collect()
    };
    for (bi, x, y) in set_off {
        builds[bi].roles.actor1 = Some(x);
        builds[bi].roles.actor2 = Some(y);
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
                super::Actor::unnamed(super::Generic::UnidentifiedArmedGroup)
            } else {
                super::Actor::unnamed(super::Generic::Militia)
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
            b.roles.actor1 = Some(super::Actor::unnamed(super::Generic::Protesters));
        }
    }
    // Violence against civilians and relief with no one named as acted on concern civilians
    // (ACLED: the victims and the displaced are civilians unless named; r84: eight of eight
    // relief records and two of three attacks on civilians so coded on rounds 63–83).
    for b in builds.iter_mut().filter(|b| {
        matches!(
            b.kind,
            EventKind::ViolenceAgainstCivilians | EventKind::Humanitarian
        )
    }) {
        // (Not when the civilians are the side named as acting: `نزح السكان` has them as actor1.)
        let civilians_act = b
            .roles
            .actor1
            .as_ref()
            .is_some_and(|a| a.generic == Some(super::Generic::Civilians));
        if b.roles.actor2.is_none() && !civilians_act {
            b.roles.actor2 = Some(super::Actor::unnamed(super::Generic::Civilians));
        }
    }
    let mut nisbas: std::collections::HashMap<usize, Option<String>> =
        std::collections::HashMap::new();
    // The first mention of a town or a finer place in Libya (`libya_in_document`), found once,
    // and only for a document with a record placed in Libya as a whole.
    let mut first_libyan: Option<Option<usize>> = None;
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
            let location = b
                .location
                .map(|(l, _)| {
                    match (l.r.id == "libya")
                        .then(|| {
                            let first = *first_libyan.get_or_insert_with(|| {
                                doc.entities
                                    .iter()
                                    .position(|m| libyan_place(doc.gazetteer, m))
                            });
                            libya_in_document(doc, l.r, first)
                        })
                        .flatten()
                    {
                        // The document places it (not the event's own words): ACLED's "part of or
                        // near" the place at best.
                        Some(r) => {
                            let (ent, point) = doc.gazetteer.entity_point(&r.id);
                            Loc {
                                r: &r,
                                english: ent.map_or(r.id.as_str(), |e| e.english.as_str()),
                                admin1: ent.and_then(|e| e.admin1.as_deref()),
                                geo_precision: 2,
                                point,
                            }
                            .to_location()
                        }
                        _ => l.to_location(),
                    }
                })
                .or_else(|| abroad(doc, &b.mentions, &facts, &mut nisbas));
            foreign_soldiers(doc, &b.mentions, &facts, location.as_ref(), &mut b.roles);
            generics_of_country(doc.gazetteer, location.as_ref(), &mut b.roles);
            Record {
                kind: b.kind,
                modality,
                background: b.background,
                date: b.date,
                actor1: b.roles.actor1,
                actor2: b.roles.actor2,
                assoc_actors1: b.roles.assoc1,
                assoc_actors2: b.roles.assoc2,
                location,
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

/// `أطلقت قوات الأمن التونسي الغاز المسيل للدموع`, `الجيش السوداني يقر بانسحابه من ود مدني`: a
/// country's own security forces or army named by its adjective (another state than Libya),
/// which act at home: the country, for a record placed nowhere the gazetteer lists.
fn home_forces(ws: &[&str], gaz: &crate::gazetteer::Gazetteer) -> Option<String> {
    // `وزارة الدفاع التونسية`, `وزارة الداخلية الجزائرية`, `الحرس الوطني التونسي`: the ministries
    // of a state's forces and its national guard, named by its adjective, tell of them at home
    // (another state than Libya; r81).
    // (One proclitic at most before `وزارة`, whose own و a trim of proclitics would take.)
    let ministry = ws.windows(3).find_map(|w| {
        let of_forces = w[0]
            .strip_suffix("وزاره")
            .is_some_and(|p| p.chars().count() <= 1)
            && matches!(w[1], "الدفاع" | "الداخليه");
        let head = w[0].trim_start_matches(['و', 'ف', 'ب', 'ل']);
        let guard = matches!(head, "الحرس" | "حرس") && w[1] == "الوطني";
        if !(of_forces || guard) {
            return None;
        }
        gaz.adjective_country(w[2])
            .filter(|e| e.id != "libya")
            .map(|e| e.id.clone())
    });
    if let Some(country) = ministry {
        return Some(country);
    }
    ws.windows(2).find_map(|w| {
        let head = w[0].trim_start_matches(['و', 'ف', 'ب', 'ل']);
        if matches!(head, "الامن" | "الشرطه" | "الجيش" | "امن" | "شرطه") {
            return Some(gaz.adjective_country(w[1])?.id.clone());
        }
        // `قتل 14 عسكريا تونسيا`: one of a state's soldiers, or a count of them, in the
        // accusative singular after a number.
        if matches!(head, "عسكريا" | "جنديا" | "ضابطا" | "مجندا") {
            return foreign_state_of(w[1], &["ا"], gaz);
        }
        // `قتل ثلاثة ضباط وسبعة جنود مصريين`: soldiers and officers of a state by its plural
        // adjective (the singular with `ين`/`ون`).
        if matches!(
            head,
            "جنود" | "ضباط" | "عسكريين" | "عسكريون" | "مجندين" | "مجندون" | "جنديين"
        ) {
            return foreign_state_of(w[1], &["ين", "ون"], gaz);
        }
        None
    })
}

/// The state other than Libya whose adjective `adj` is once one of `endings` (the plural's
/// `ين`/`ون`, the dual's `ان`) is taken off: `مصريين` → `egypt`.
fn foreign_state_of(
    adj: &str,
    endings: &[&str],
    gaz: &crate::gazetteer::Gazetteer,
) -> Option<String> {
    let one = endings.iter().find_map(|e| adj.strip_suffix(e))?;
    let e = gaz.adjective_country(one)?;
    (e.id != "libya").then(|| e.id.clone())
}

/// The soldiers, officers or military men counted in a sentence of `mentions`, named by
/// another state's plural or dual adjective (`جنود فرنسيين`, `عسكريين أمريكيين`, `جنديان
/// تركيان`): that state's id (never Libya's).
fn soldiers_of_state(ws: &[&str], gaz: &crate::gazetteer::Gazetteer) -> Option<String> {
    ws.windows(2).find_map(|w| {
        let head = w[0].trim_start_matches(['و', 'ف', 'ب', 'ل']);
        if !matches!(
            head,
            "جنود"
                | "الجنود"
                | "ضباط"
                | "الضباط"
                | "عسكريين"
                | "العسكريين"
                | "عسكريون"
                | "مجندين"
                | "جنديين"
                | "جنديان"
                | "عسكريان"
                | "ضابطين"
                | "ضابطان"
        ) {
            return None;
        }
        foreign_state_of(w[1], &["ين", "ون", "ان"], gaz)
    })
}

/// ACLED names an unnamed actor by the country where it acts (`Protesters (Sudan)`,
/// `Unidentified Armed Group (Syria)`, `Police Forces of Tunisia`): a record placed in another
/// country than Libya gets that country's name on its generic actors, whose names the tables
/// write for Libya.
fn generics_of_country(
    gaz: &crate::gazetteer::Gazetteer,
    location: Option<&RecordLocation>,
    roles: &mut super::roles::Roles,
) {
    let Some(loc) = location else {
        return;
    };
    let Some(id) = loc.id.as_deref() else {
        return;
    };
    let category = gaz.entity(id).map(|e| e.category.as_str());
    if facts::in_libya(loc, category) {
        return;
    }
    let Some(country) = super::acled::country_of(gaz, id) else {
        return;
    };
    let name = country.english.as_str();
    let rename = |a: &mut super::Actor| {
        if a.id.is_none() && a.generic.is_some() && a.english.contains("Libya") {
            a.english = a
                .english
                .replace("(Libya)", &format!("({name})"))
                .replace(" of Libya", &format!(" of {name}"));
        }
    };
    for a in [&mut roles.actor1, &mut roles.actor2].into_iter().flatten() {
        rename(a);
    }
    for a in roles.assoc1.iter_mut().chain(roles.assoc2.iter_mut()) {
        rename(a);
    }
}

/// `أعلنت وزارة الدفاع الفرنسية مقتل ثلاثة عسكريين فرنسيين في ليبيا`: a record placed in
/// Libya (or in a country other than theirs) whose side is unnamed soldiers (state forces)
/// that a sentence of its mentions names by another state's adjective is that state's forces
/// (ACLED's `Military Forces of France`, external forces): the country. At home, a state's own
/// soldiers stay its state forces.
fn foreign_soldiers(
    doc: &Doc<'_>,
    mentions: &[usize],
    facts: &[Facts<'_>],
    location: Option<&RecordLocation>,
    roles: &mut super::roles::Roles,
) {
    let soldiers = |a: &Option<super::Actor>| {
        a.as_ref()
            .is_some_and(|a| a.id.is_none() && a.generic == Some(super::Generic::StateForces))
    };
    let Some(place) = location else {
        return;
    };
    if !(soldiers(&roles.actor1) || soldiers(&roles.actor2)) {
        return;
    }
    let text = doc.norm.text();
    let mut seen = usize::MAX;
    let state = mentions.iter().find_map(|&m| {
        let s = facts[m].sentence;
        if s == seen {
            return None;
        }
        seen = s;
        let sent = doc.sentences.get(s).and_then(|r| text.get(r.clone()))?;
        let ws: Vec<&str> = words(sent).map(|r| &sent[r]).collect();
        soldiers_of_state(&ws, doc.gazetteer)
    });
    let Some(e) = state.and_then(|id| doc.gazetteer.entity(&id)) else {
        return;
    };
    // Placed in Libya (a Libyan place has its district), or in another country than theirs
    // (`الجنود الأمريكيون … في النيجر`).
    let elsewhere = place.admin1.is_some()
        || place.id.as_deref().is_some_and(|id| {
            id != e.id
                && doc
                    .gazetteer
                    .entity(id)
                    .is_some_and(|c| c.category == "country")
        });
    if !elsewhere {
        return;
    }
    let actor = super::roles::entity_actor(e);
    for a in [&mut roles.actor1, &mut roles.actor2] {
        if soldiers(a) {
            *a = Some(actor.clone());
        }
    }
}

/// `الطيران الإماراتي يقتل 16 في ليبيا … استقبل مستشفى حكومي في مدينة مرزوق جثث 16`: the place
/// of a record placed by its own words only in Libya as a whole (`libya`, the reference that
/// placed it), when the text from it on names Libyan places of one town only (the town,
/// or places within it: `مطار بنينا ببنغازي`): the finest of them (ACLED's most specific place).
/// None when they name none or places of two towns, or when a sentence before named a Libyan
/// place (`تواصلت الاشتباكات في سرت … ويسود قلق في ليبيا`: the story's place was told there, and
/// the sentence layer decides). In the sentence itself, places after `ليبيا` count, but not
/// the ends of a route (`في ليبيا … في طريقها من تونس إلى طرابلس`).
fn libya_in_document(
    doc: &Doc<'_>,
    libya: &crate::events::EntityRef,
    first_libyan: Option<usize>,
) -> Option<crate::events::EntityRef> {
    let gaz = doc.gazetteer;
    let i = doc.entities.partition_point(|m| m.span.start < libya.start);
    let at = doc
        .entities
        .get(i)
        .filter(|m| m.span.start == libya.start)?;
    // (The sentences come in order: the one holding the mention found by halving.)
    let sentence_end = doc
        .sentences
        .get(doc.sentences.partition_point(|r| r.end <= at.norm.start))
        .filter(|r| r.contains(&at.norm.start))
        .map_or(at.norm.end, |r| r.end);
    let libyan = |m: &Mention| libyan_place(gaz, m);
    if first_libyan.is_some_and(|f| f < i) {
        return None;
    }
    // (In the sentence itself, a place told as an end of a route is none: `من تونس إلى طرابلس`.)
    let text = doc.norm.text();
    let on_route = |m: &Mention| {
        m.norm.start < sentence_end
            && text
                .get(..m.norm.start)
                .and_then(|t| t.split_whitespace().next_back())
                .is_some_and(route_word)
    };
    // (The story's opening: at most LIBYA_DETAIL_BYTES of text and LIBYA_DETAIL_MENTIONS
    // mentions from the one that placed the record, so that a long document with many such
    // records stays linear.)
    let mut finest: Option<&Mention> = None;
    for m in doc.entities[i..]
        .iter()
        .take(LIBYA_DETAIL_MENTIONS)
        .take_while(|m| m.norm.start < at.norm.start + LIBYA_DETAIL_BYTES)
        .filter(|m| libyan(m) && !on_route(m))
    {
        match finest {
            Some(f) if f.id == m.id || gaz.within(&f.id, &m.id) => {}
            Some(f) if !gaz.within(&m.id, &f.id) => return None,
            _ => finest = Some(m),
        }
    }
    finest.map(crate::events::EntityRef::from_mention)
}

/// How far from the mention that placed a record in Libya as a whole [`libya_in_document`]
/// looks for its finer place: bytes of normalized text, and mentions.
const LIBYA_DETAIL_BYTES: usize = 4096;
const LIBYA_DETAIL_MENTIONS: usize = 64;

/// A town or a finer place in Libya (a district of its own: `admin1`).
fn libyan_place(gaz: &Gazetteer, m: &Mention) -> bool {
    gaz.entity(&m.id).is_some_and(|e| {
        rank(e.category.as_str()) >= 3
            && e.admin1
                .as_deref()
                .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
    })
}

/// `قتل خمسة في غارة على مدينة إدلب السورية`: a record placed nowhere the gazetteer lists, in
/// a sentence of its mentions that tells a place to lie in a country by a nisba after its head
/// noun, or names a town abroad of `foreign_places.tsv` (`معركة مسلحة في النجف`), is placed
/// in that country (records.md: abroad, a missing place falls back to its
/// country), at ACLED's geo_precision 3.
/// `nisbas` holds, per sentence read so far, the country its nisba names (each sentence read
/// once, however many records it has).
fn abroad(
    doc: &Doc<'_>,
    mentions: &[usize],
    facts: &[Facts<'_>],
    nisbas: &mut std::collections::HashMap<usize, Option<String>>,
) -> Option<RecordLocation> {
    let text = doc.norm.text();
    let mut seen = usize::MAX;
    for &m in mentions {
        let s = facts[m].sentence;
        if s == seen {
            continue;
        }
        seen = s;
        let country = nisbas.entry(s).or_insert_with(|| {
            let sent = doc.sentences.get(s).and_then(|r| text.get(r.clone()))?;
            let ws: Vec<&str> = words(sent).map(|r| &sent[r]).collect();
            super::place::country_by_nisba(&ws)
                .or_else(|| super::place::country_by_place(&ws))
                .map(str::to_string)
                .or_else(|| home_forces(&ws, doc.gazetteer))
        });
        if let Some(id) = country.as_deref() {
            let e = doc.gazetteer.entity(id)?;
            return Some(RecordLocation {
                id: Some(e.id.clone()),
                english: e.english.clone(),
                lat: e.lat,
                lon: e.lon,
                admin1: None,
                geo_precision: 3,
            });
        }
    }
    None
}
