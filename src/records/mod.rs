//! Event records: the events of a document as an event-data coder (ACLED) codes them.
//!
//! # From news to event data
//!
//! The sentence-level [`events`](crate::events) say what each sentence reports. A
//! [`Record`] is one event of the document: the mentions of one clash across the headline,
//! the lead and the body merge into one record with
//!
//! - its **date** ([`RecordDate`]), from the time expressions of the trigger's clause resolved
//!   against the publication date (`أمس`, `الخميس الماضي`, `مطلع الشهر الجاري`, `25 يوليو 2017`;
//!   see [`find_dates`]); an undated event told as the day's news takes the publication date,
//!   or the story's day when the text has set one (an undated report of another kind after a
//!   reported event dated to a day of the week before publication, `اشتباكات أمس … وسيطرت
//!   القوة على …`), one the text places earlier (`كان قد`, `في وقت سابق`) gets none;
//! - its **actors** in their roles ([`Actor`]): `actor1` acted, `actor2` was acted on, allies in
//!   `assoc_actors1`/`assoc_actors2`; whoever only reported it is in `sources`; unnamed actors
//!   (`مسلحون مجهولون`, `قوات الأمن`) are generic actors with ACLED's `inter` code; victims
//!   (civilians, people a casualty phrase counts out of a group) are never actor1 outside
//!   protests; an attack told with no attacker takes the attacker of the attack told just
//!   before it (within three sentences);
//! - its **location** ([`RecordLocation`]): the most specific place of the clause where it
//!   happened, with its district (`admin1`) and ACLED's `geo_precision`. A place belongs to
//!   the trigger before it (Arabic tells the event, then where); places where the news was
//!   told (`وفق ما أعلن مركز سبها الطبي`, `في مؤتمر صحفي عقده في بنغازي`), where people come
//!   from (`من أهالي حي السلماني`) and where the evacuated are taken are not where it
//!   happened. A record told without a place takes the nearest earlier city of the text
//!   (`geo_precision` 2), and so does one placed only in Libya as a whole (the Libyan town
//!   of its sentence or the one before). A town inside a place's name (`ميناء مصراتة`) is no
//!   mention of its own but the place's address, and still counts as that town here;
//! - its **fatalities** and **injured**, ACLED's way (see [`casualty_counts`]): the
//!   conservative figure, running totals replacing earlier ones, casualties attached to the
//!   attack, strike or clash that caused them, each death counted once; the killing of one
//!   named person told with no cause in the document is a targeted killing (`assassination`,
//!   1 killed), one record however many sentences tell it;
//! - `mentions`: the indices of its events in [`Analysis::events`](crate::Analysis::events):
//!   a headline's mention joins the body's telling of the event, back-references (`الهجوم`,
//!   `تلك المعارك`) join the record of their kind told last, a capture takes the battle
//!   told with it; verbs of one subject joined by `و` tell one event step by step (`اقتحمت
//!   مجموعة مسلحة القاعة واعتقلت من فيها واستولت على هواتفهم` is one arrest: the storming is
//!   how it was done, the seizure what the captors took), and the detained taken to an
//!   unknown place are their arrest. An event word inside the name of a body or a facility
//!   (`مركز احتجاز`, `قوة حماية الدستور`) is no event, and control whose object is another
//!   event (`السيطرة على الانفجار`) is that event contained, no capture; two records of
//!   one kind, place and toll told a day apart (the report's day and the event's) are one,
//!   of the earlier day (each death is counted once); a weapon told as used (`اشتباكات
//!   استخدمت فيها قذائف الهاون`) is how the fight of its sentence or the one before was
//!   fought, no shelling of its own;
//! - `background`: every mention is background (an earlier event told as context: the
//!   events' own flag, or a date more than a month before publication, or `على خلفية`/`منذ`/
//!   `ذكرى` before the trigger, or a truce or an agreement something happens in spite of,
//!   `رغم الهدنة`, or control held or lost, `كانت تسيطر`, `خرج عن السيطرة`, or the toll of a
//!   war as a whole, `أسفرت الحرب عن مقتل الآلاف`). Background records are kept but not
//!   exported;
//! - `modality`: a truce, talks, a meeting, an agreement, aid, an election or a change of
//!   government that its clause calls for or promises (`طالب المجلس … جميع الأطراف بالوقف
//!   الفوري للقتال`, `تعهد بإجراء تعديل وزاري`), however far after the call, is demanded or
//!   planned, no report; a protest that surrounds a place (`الاحتجاجات … تحاصر مقر الحكومة`)
//!   is the protest, no siege of its own.
//!
//! The [`Analyzer`](crate::Analyzer) computes records after the events, in
//! [`analyze_dated`](crate::Analyzer::analyze_dated) (turn them off with
//! [`with_records(false)`](crate::Analyzer::with_records)); [`acled`] writes them as ACLED
//! CSV, one row per asserted record that is not background. A [`Record`]'s own serde form has
//! the fields of `records.md` (`docs/spec/records.md` in the repository); inside an
//! [`Analysis`](crate::Analysis)'s compact JSON, what `entity_info` and the kind give is left
//! out (see [`Analysis`](crate::Analysis), "JSON"). The bundled word lists are the files of
//! `data/records/` (`numbers.tsv`, `casualties.tsv`, `actors.tsv`, `roles.tsv`,
//! `merge_cues.tsv`, `places.tsv`, `fatality_words.tsv`, `merge_words.tsv`, `role_words.tsv`,
//! `date_words.tsv`, `iso3166.tsv`, `nisbas.tsv`, `foreign_places.tsv`; `data/README.md` tells each
//! file's columns), which analysts read and edit.
//!
//! From an article and its date to ACLED rows:
//!
//! ```
//! use libya_nlp::records::{acled, Precision};
//! use libya_nlp::{Analyzer, Date};
//!
//! let article = "اشتباكات عنيفة في طرابلس. واندلعت الاشتباكات أمس بين قوات الردع \
//!                وكتيبة ثوار طرابلس، وأسفرت عن مقتل ثلاثة أشخاص وإصابة 12 آخرين.";
//! let date: Date = "2018-08-28".parse().unwrap();
//! let analysis = Analyzer::new().analyze_dated(article, Some(date));
//!
//! // The headline, the clash and its casualties are one record, dated the day before
//! // publication.
//! let clash = &analysis.records[0];
//! assert_eq!(clash.kind.as_str(), "armed_clash");
//! assert_eq!(clash.mentions, [0, 1, 2]);
//! assert_eq!(analysis.records.len(), 1);
//! let when = clash.date.as_ref().unwrap();
//! assert_eq!((when.start.to_string(), when.precision), ("2018-08-27".to_string(), Precision::Day));
//! assert_eq!(clash.location.as_ref().unwrap().id.as_deref(), Some("tripoli"));
//! assert_eq!((clash.fatalities, clash.injured), (Some(3), Some(12)));
//!
//! // ACLED rows: CSV with a header, for pandas or a spreadsheet.
//! let mut csv = Vec::new();
//! acled::write_csv(&mut csv, &acled::rows("doc-1", article, &analysis)).unwrap();
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.starts_with("event_id_cnty,event_date,time_precision,event_type,"));
//! assert!(csv.contains("doc-1-1,2018-08-27,1,Battles,Armed clash,"));
//! ```

pub mod acled;
mod cues;
mod dates;
mod fatalities;
mod merge;
mod place;
mod roles;
mod story;
mod tables;
mod unit_words;

use crate::date::Date;
use crate::events::{Acled, Event, EventKind, Modality};
use crate::gazetteer::{Gazetteer, Mention};
use crate::normalize::{Normalized, Normalizer};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One event of a document, its mentions merged (see the [module docs](self)).
///
/// ```
/// use libya_nlp::records::Record;
/// let json = serde_json::to_value(Record::default()).unwrap();
/// let keys: Vec<&str> = json.as_object().unwrap().keys().map(|k| k.as_str()).collect();
/// for k in ["kind", "modality", "background", "date", "actor1", "actor2", "assoc_actors1",
///           "assoc_actors2", "location", "fatalities", "injured", "sources", "mentions",
///           "acled", "cameo"] {
///     assert!(keys.contains(&k), "{k}");
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// What happened.
    pub kind: EventKind,
    /// `asserted` when any mention asserts it, else the modality of its first mention.
    pub modality: Modality,
    /// True when every mention is background: [`Event::background`], or told as context by
    /// the record's own reading (dated more than a month before the publication date, or
    /// introduced by `على خلفية`, `منذ`, `ذكرى`). Background records stay out of the ACLED
    /// export.
    pub background: bool,
    /// When it happened.
    pub date: Option<RecordDate>,
    /// The side that acted.
    pub actor1: Option<Actor>,
    /// The side acted upon.
    pub actor2: Option<Actor>,
    /// Allies of actor1 in this event.
    pub assoc_actors1: Vec<Actor>,
    /// Allies of actor2 in this event.
    pub assoc_actors2: Vec<Actor>,
    /// Where it happened.
    pub location: Option<RecordLocation>,
    /// People reported killed (conservative); `None` when no figure is given, 0 when the text
    /// says nobody was killed.
    pub fatalities: Option<u32>,
    /// People reported wounded, same rules.
    pub injured: Option<u32>,
    /// Gazetteer ids of who reported it.
    pub sources: Vec<String>,
    /// Indices into [`Analysis::events`](crate::Analysis::events) of its mentions, in order.
    pub mentions: Vec<usize>,
    /// The ACLED event and sub-event type.
    pub acled: Acled,
    /// The CAMEO root code.
    pub cameo: String,
}

impl Default for Record {
    fn default() -> Self {
        Record {
            kind: EventKind::ArmedClash,
            modality: Modality::Asserted,
            background: false,
            date: None,
            actor1: None,
            actor2: None,
            assoc_actors1: Vec::new(),
            assoc_actors2: Vec::new(),
            location: None,
            fatalities: None,
            injured: None,
            sources: Vec::new(),
            mentions: Vec::new(),
            acled: EventKind::ArmedClash.acled(),
            cameo: EventKind::ArmedClash.cameo().to_string(),
        }
    }
}

/// An actor of a record: a gazetteer entity or a generic (unnamed) actor.
///
/// ```
/// use libya_nlp::records::{Actor, Generic};
/// let a = Actor::generic(Generic::Protesters, "Protesters (Libya)", Some(6));
/// assert_eq!(serde_json::to_string(&a).unwrap(),
///     r#"{"id":null,"english":"Protesters (Libya)","generic":"protesters","inter":6}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Actor {
    /// The gazetteer id, or `None` for a generic actor.
    pub id: Option<String>,
    /// The English name.
    pub english: String,
    /// The kind of a generic actor.
    pub generic: Option<Generic>,
    /// ACLED actor type 1–8, when known.
    pub inter: Option<u8>,
}

impl Actor {
    /// A named actor.
    pub fn named(id: &str, english: &str, inter: Option<u8>) -> Actor {
        Actor {
            id: Some(id.to_string()),
            english: english.to_string(),
            generic: None,
            inter,
        }
    }

    /// A generic actor.
    pub fn generic(generic: Generic, english: &str, inter: Option<u8>) -> Actor {
        Actor {
            id: None,
            english: english.to_string(),
            generic: Some(generic),
            inter,
        }
    }

    /// The unnamed actor of a kind as ACLED names it in Libya (`data/records/actors.tsv`):
    /// `Protesters (Libya)` (inter 6), `Civilians (Libya)` (7), `Unidentified Armed Group
    /// (Libya)` (3), … — what the records stage writes when no phrase of the text names one.
    /// A record placed in another country names its generic actors by that country
    /// (`Protesters (Sudan)`, `Police Forces of Tunisia`).
    pub(crate) fn unnamed(generic: Generic) -> Actor {
        let (english, inter) = match generic {
            Generic::StateForces => ("Military Forces of Libya", 1),
            Generic::UnidentifiedArmedGroup => ("Unidentified Armed Group (Libya)", 3),
            Generic::Militia => ("Militia (Libya)", 3),
            Generic::Protesters => ("Protesters (Libya)", 6),
            Generic::Rioters => ("Rioters (Libya)", 5),
            Generic::Civilians => ("Civilians (Libya)", 7),
            Generic::ExternalForces => ("Unidentified Military Forces", 8),
        };
        Actor::generic(generic, english, Some(inter))
    }
}

/// The kinds of generic (unnamed) actors.
///
/// ```
/// use libya_nlp::records::Generic;
/// assert_eq!(Generic::parse("civilians"), Some(Generic::Civilians));
/// assert_eq!(Generic::Civilians.as_str(), "civilians");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Generic {
    /// Police, security forces.
    StateForces,
    /// Unidentified gunmen, unknown aircraft.
    UnidentifiedArmedGroup,
    /// Militias.
    Militia,
    /// Protesters.
    Protesters,
    /// Rioters.
    Rioters,
    /// Civilians, residents.
    Civilians,
    /// Mercenaries, foreign forces.
    ExternalForces,
}

impl Generic {
    /// All kinds.
    pub const ALL: [Generic; 7] = [
        Generic::StateForces,
        Generic::UnidentifiedArmedGroup,
        Generic::Militia,
        Generic::Protesters,
        Generic::Rioters,
        Generic::Civilians,
        Generic::ExternalForces,
    ];

    /// An armed side at home: state forces, an unidentified armed group or a militia (not
    /// foreign forces, civilians, protesters or rioters).
    pub(crate) fn is_armed(self) -> bool {
        matches!(
            self,
            Generic::StateForces | Generic::UnidentifiedArmedGroup | Generic::Militia
        )
    }

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Generic::StateForces => "state_forces",
            Generic::UnidentifiedArmedGroup => "unidentified_armed_group",
            Generic::Militia => "militia",
            Generic::Protesters => "protesters",
            Generic::Rioters => "rioters",
            Generic::Civilians => "civilians",
            Generic::ExternalForces => "external_forces",
        }
    }

    /// The kind of a snake_case name.
    pub fn parse(s: &str) -> Option<Generic> {
        Generic::ALL.into_iter().find(|g| g.as_str() == s)
    }
}

/// Where a record happened.
///
/// ```
/// use libya_nlp::records::RecordLocation;
/// let l = RecordLocation::new("tripoli", "Tripoli", 1);
/// assert_eq!(serde_json::to_string(&l).unwrap(),
///     r#"{"id":"tripoli","english":"Tripoli","lat":null,"lon":null,"admin1":null,"geo_precision":1}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordLocation {
    /// The gazetteer id.
    pub id: Option<String>,
    /// The English name.
    pub english: String,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// The Libyan district (shabiya) or, abroad, the first-level region, in English.
    pub admin1: Option<String>,
    /// ACLED: 1 the place itself, 2 near it or part of a region, 3 only a larger region.
    pub geo_precision: u8,
}

impl RecordLocation {
    /// A location with no coordinates or district.
    pub fn new(id: &str, english: &str, geo_precision: u8) -> RecordLocation {
        RecordLocation {
            id: Some(id.to_string()),
            english: english.to_string(),
            lat: None,
            lon: None,
            admin1: None,
            geo_precision,
        }
    }
}

/// How precise a record date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// One day.
    Day,
    /// A calendar week.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

impl Precision {
    /// ACLED's `time_precision`: 1 day, 2 week, 3 month or year.
    ///
    /// ```
    /// use libya_nlp::records::Precision;
    /// assert_eq!(Precision::Month.acled(), 3);
    /// ```
    pub fn acled(self) -> u8 {
        match self {
            Precision::Day => 1,
            Precision::Week => 2,
            Precision::Month | Precision::Year => 3,
        }
    }
}

/// When a record happened: a range of days and its precision.
///
/// ```
/// use libya_nlp::records::RecordDate;
/// let d = RecordDate::day("2019-04-04".parse().unwrap());
/// assert_eq!(serde_json::to_string(&d).unwrap(),
///     r#"{"start":"2019-04-04","end":"2019-04-04","precision":"day"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordDate {
    /// The first day.
    pub start: Date,
    /// The last day.
    pub end: Date,
    /// Day, week, month or year.
    pub precision: Precision,
}

impl RecordDate {
    /// One day.
    pub fn day(d: Date) -> RecordDate {
        RecordDate {
            start: d,
            end: d,
            precision: Precision::Day,
        }
    }

    /// A range with a precision.
    pub fn new(start: Date, end: Date, precision: Precision) -> RecordDate {
        RecordDate {
            start,
            end,
            precision,
        }
    }

    /// True when the two ranges share a day.
    pub fn overlaps(&self, other: &RecordDate) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// A time expression of a text, found by [`find_dates`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TimeExpression {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// What it resolves to: `None` for a relative expression without a publication date, or
    /// a vague past (`قبل أيام`).
    pub date: Option<RecordDate>,
}

/// The time expressions of `text`, resolved against the publication date `date` (the same
/// rules as records use; see [`dates`](self#from-news-to-event-data)).
///
/// ```
/// use libya_nlp::records::{find_dates, Precision};
/// let text = "قصفت الطائرات المدينة الخميس الماضي، بعد معارك منذ أبريل/نيسان 2019.";
/// let found = find_dates(text, "2019-07-08".parse().ok());
/// assert_eq!(found[0].date.unwrap().start.to_string(), "2019-07-04");
/// assert_eq!(&text[found[0].range.clone()], "الخميس الماضي");
/// assert_eq!(found[1].date.unwrap().precision, Precision::Month);
/// // Without a publication date, only absolute dates resolve.
/// let found = find_dates(text, None);
/// assert!(found[0].date.is_none() && found[1].date.is_some());
/// ```
pub fn find_dates(text: &str, date: Option<Date>) -> Vec<TimeExpression> {
    let norm = Normalizer::search().normalize_with_offsets(text);
    let mut out = Vec::new();
    dates::find(norm.text(), 0..norm.text().len(), date, &mut out);
    out.into_iter()
        .map(|t| TimeExpression {
            range: norm.map().to_original(t.range),
            date: t.date,
        })
        .collect()
}

/// The killed and injured figures `text` reports (as one sentence), by the rules records use:
/// `(fatalities, injured)`, `None` when it gives none.
///
/// ```
/// use libya_nlp::records::casualty_counts;
/// assert_eq!(casualty_counts("أسفر القصف عن مقتل أكثر من ستين شخصا وإصابة العشرات"), (Some(60), Some(10)));
/// assert_eq!(casualty_counts("لقي شاب يبلغ من العمر 25 عاما حتفه"), (Some(1), None));
/// assert_eq!(casualty_counts("انفجرت العبوة دون وقوع خسائر بشرية"), (Some(0), Some(0)));
/// ```
pub fn casualty_counts(text: &str) -> (Option<u32>, Option<u32>) {
    let norm = Normalizer::search().normalize(text).into_owned();
    let mut out = Vec::new();
    fatalities::find(&norm, 0..norm.len(), tables::Tables::bundled(), &mut out);
    fatalities::totals(&out)
}

/// What the records of a document are computed from: the stages below them.
pub(crate) struct Doc<'a> {
    pub norm: &'a Normalized,
    /// Sentence ranges in the normalized text.
    pub sentences: &'a [Range<usize>],
    /// The words of the sentences with events, as the events stage found them.
    pub words: &'a crate::words::SentenceWords,
    /// Entity mentions sorted by `norm.start`.
    pub entities: &'a [Mention],
    pub events: &'a [Event],
    pub date: Option<Date>,
    pub gazetteer: &'a Gazetteer,
}

/// Builds the bundled record tables, word lists and date patterns once, when an
/// [`Analyzer`](crate::Analyzer) is made, as the gazetteer and the event lexicon are: a
/// document's analysis then never pays for them.
pub(crate) fn prepare() {
    let _ = tables::Tables::bundled();
    let _ = cues::bundled();
    let _ = (
        fatalities::list(0),
        merge::list(0),
        roles::list(0),
        place::list(0),
        place::nisba_country(""),
        place::country_by_place(&[""]),
    );
    dates::prepare();
    roles::prepare();
}

/// The mentions and events the records stage reads when the gazetteer kept addresses: towns
/// written inside another place's name (`مطار طرابلس`, `الكلية الجوية بمصراتة`), which are no
/// mention of their own (see `Gazetteer::find_in`) but still tell where the place is. Each
/// address joins the mentions, in text order, and the places of every event whose place
/// contains it, right after that place (unless the event names the town already): the records
/// stage reads them as it read the town when it was a mention (the town of a place below a
/// town's rank, the nearest earlier town of a record told without a place). `None` when there
/// is no address; the events `None` when no event's place contains one (the caller's events
/// are the ones to read, uncopied).
pub(crate) fn with_addresses(
    entities: &[Mention],
    events: &[Event],
    addresses: &[Mention],
) -> Option<(Vec<Mention>, Option<Vec<Event>>)> {
    if addresses.is_empty() {
        return None;
    }
    let mut all: Vec<Mention> = Vec::with_capacity(entities.len() + addresses.len());
    all.extend_from_slice(entities);
    all.extend_from_slice(addresses);
    // Stable: a place comes before the address that starts with it.
    all.sort_by_key(|m| m.norm.start);
    let inside = |r: &crate::events::EntityRef, a: &Mention| {
        r.start <= a.span.start && a.span.end <= r.end && r.id != a.id
    };
    let addressed = |ev: &Event| {
        ev.locations
            .iter()
            .any(|r| addresses.iter().any(|a| inside(r, a)))
    };
    // The events are copied only when one of them takes an address, from the first such.
    let Some(first) = events.iter().position(addressed) else {
        return Some((all, None));
    };
    let mut events = events.to_vec();
    for ev in &mut events[first..] {
        if !addressed(ev) {
            continue;
        }
        let mut places = Vec::with_capacity(ev.locations.len() + 1);
        for r in &ev.locations {
            places.push(r.clone());
            for a in addresses.iter().filter(|a| inside(r, a)) {
                if !ev.locations.iter().any(|x| x.id == a.id)
                    && !places
                        .iter()
                        .any(|x: &crate::events::EntityRef| x.id == a.id)
                {
                    places.push(crate::events::EntityRef::from_mention(a));
                }
            }
        }
        ev.locations = places;
    }
    Some((all, Some(events)))
}

/// The records of a document.
pub(crate) fn build(doc: &Doc<'_>) -> Vec<Record> {
    if doc.events.is_empty() {
        return Vec::new();
    }
    let mut records = merge::records(doc, tables::Tables::bundled());
    story::fill(doc, &mut records);
    merge::one_side_twice(doc, &mut records);
    merge::foes(doc, &mut records);
    merge::unknown_abductors(&mut records);
    merge::unknown_victims(&mut records);
    merge::protesting_side(doc, &mut records);
    merge::protests_per_place(doc, &mut records);
    records
}
