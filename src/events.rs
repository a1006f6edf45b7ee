//! Event classification with modality.
//!
//! An [`EventClassifier`] finds event triggers (verbs, verbal nouns, phrases of a [`Lexicon`],
//! phrases whose words may stand around a subject: `أطلق مسلحون النار`, see [`lexicon`]) on
//! the `search`-normalized text with one trie of the lexicon's forms, built once per lexicon
//! and walked from where each word (or what follows its proclitics) begins, drops
//! those in blocking contexts (`إطلاق النار` inside `وقف إطلاق النار`, `هجوم إعلامي`,
//! `حصار اقتصادي`, `فجر اليوم`, …) or lacking the context they need (`تقدم` is an advance only
//! next to armed forces), splits each sentence into clauses and gives every event the
//! [`Modality`] of the cues whose scope reaches its trigger (`دون شروط مسبقة` does not negate
//! the ceasefire before it; `لم يأمر بعد بالهجوم` does negate the attack after it).
//!
//! The bundled lexicon is plain TSV under `data/events/` (triggers, modality cues and clause
//! words, blocking contexts, context classes) that analysts edit; [`lexicon`] documents the
//! format, and [`Lexicon::add_file`] adds a user's tables to it.
//!
//! ```
//! use libya_nlp::events::{EventClassifier, EventKind, Modality};
//! let events = EventClassifier::libya()
//!     .classify("دعت بريطانيا وفرنسا إلى وقف القتال في الهلال النفطي.");
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].kind, EventKind::Ceasefire);
//! assert_eq!(events[0].modality, Modality::Demanded);
//! assert_eq!(events[0].trigger.text, "وقف القتال");
//! assert_eq!(events[0].acled.sub_event_type, "Agreement");
//! ```
//!
//! # Confidence
//!
//! `confidence` estimates how likely the event is right *with its modality*: the trigger's
//! weight in the lexicon (unambiguous phrases such as `وقف إطلاق النار` ≈ 0.95, ambiguous words
//! such as `تقدم` or `عمليات` ≈ 0.5–0.6) times the certainty of the cue that set the modality (an
//! explicit `دعت إلى` ≈ 0.9, a purpose `ل` ≈ 0.7, no cue at all 0.85), plus 0.05 for every
//! further trigger of the same kind and modality in the sentence, capped at 1.

mod clauses;
mod filter;
mod inflect;
pub mod lexicon;

pub use lexicon::Lexicon;

use crate::gazetteer::{EntityKind, Mention};
use crate::normalize::{Normalized, Normalizer, OffsetMap};
use crate::span::{CharIndex, Span};
use lexicon::{ContextRule, Pos, Role};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What happened: 22 kinds, each mapped to an ACLED sub-event type and a CAMEO root code.
///
/// Serialized in snake_case (`armed_clash`), the names of the spec and of the JSON output.
///
/// ```
/// use libya_nlp::events::EventKind;
/// assert_eq!(EventKind::ALL.len(), 22);
/// assert_eq!(EventKind::ArmedClash.as_str(), "armed_clash");
/// assert_eq!(serde_json::to_string(&EventKind::Airstrike).unwrap(), "\"airstrike\"");
/// assert_eq!(EventKind::Airstrike.cameo(), "19");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// Ceasefire, truce, halt to fighting: declared, agreed, proposed, monitored, violated.
    Ceasefire,
    /// Dialogue, negotiations, consultations, mediation between parties.
    PeaceTalks,
    /// Meetings, conferences, summits, sessions, visits.
    Meeting,
    /// An agreement or accord reached, signed, drafted, rejected.
    Agreement,
    /// Air or drone strikes.
    Airstrike,
    /// Artillery, rocket, missile, mortar fire.
    Shelling,
    /// Fighting between armed groups.
    ArmedClash,
    /// Military operation, attack, advance, pursuit, "liberation" campaign.
    Offensive,
    /// Siege or encirclement.
    Siege,
    /// Taking, holding, losing or withdrawing from territory.
    TerritoryControl,
    /// Explosions, car bombs, IEDs, booby traps, mines, suicide attacks.
    Bombing,
    /// Targeted killing of a named or specific person.
    Assassination,
    /// Attacks on civilians, massacres, executions, torture, sexual violence.
    ViolenceAgainstCivilians,
    /// People killed or wounded.
    Casualties,
    /// Safe corridors, aid, displacement, protection of civilians.
    Humanitarian,
    /// Surrender, laying down arms, handover of fighters.
    Surrender,
    /// Elections and referendums.
    Election,
    /// Government formation, constitution, institutional decisions, unification of institutions.
    PoliticalProcess,
    /// Foreign military support, intervention, foreign forces, arms supply.
    ForeignIntervention,
    /// Arrests and detentions.
    Arrest,
    /// Kidnapping, forced disappearance.
    Abduction,
    /// Demonstrations, sit-ins, riots.
    Protest,
}

/// ACLED event types and their sub-event types.
const ACLED: &[(&str, &str)] = &[
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Explosions/Remote violence", "Chemical weapon"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Suicide bomb"),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("Explosions/Remote violence", "Grenade"),
    ("Violence against civilians", "Sexual violence"),
    ("Violence against civilians", "Attack"),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("Protests", "Peaceful protest"),
    ("Protests", "Protest with intervention"),
    ("Protests", "Excessive force against protesters"),
    ("Riots", "Violent demonstration"),
    ("Riots", "Mob violence"),
    ("Strategic developments", "Agreement"),
    ("Strategic developments", "Arrests"),
    ("Strategic developments", "Change to group/activity"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Headquarters or base established"),
    ("Strategic developments", "Looting/property destruction"),
    (
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    ("Strategic developments", "Other"),
];

impl EventKind {
    /// Every kind, in the order of the spec.
    pub const ALL: [EventKind; 22] = [
        EventKind::Ceasefire,
        EventKind::PeaceTalks,
        EventKind::Meeting,
        EventKind::Agreement,
        EventKind::Airstrike,
        EventKind::Shelling,
        EventKind::ArmedClash,
        EventKind::Offensive,
        EventKind::Siege,
        EventKind::TerritoryControl,
        EventKind::Bombing,
        EventKind::Assassination,
        EventKind::ViolenceAgainstCivilians,
        EventKind::Casualties,
        EventKind::Humanitarian,
        EventKind::Surrender,
        EventKind::Election,
        EventKind::PoliticalProcess,
        EventKind::ForeignIntervention,
        EventKind::Arrest,
        EventKind::Abduction,
        EventKind::Protest,
    ];

    /// Every kind, in the order of the spec.
    ///
    /// ```
    /// use libya_nlp::events::EventKind;
    /// assert_eq!(EventKind::all()[0], EventKind::Ceasefire);
    /// ```
    pub fn all() -> &'static [EventKind] {
        &Self::ALL
    }

    /// The snake_case name used in JSON and in the lexicon files.
    ///
    /// ```
    /// use libya_nlp::events::EventKind;
    /// assert_eq!(EventKind::ViolenceAgainstCivilians.as_str(), "violence_against_civilians");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Ceasefire => "ceasefire",
            EventKind::PeaceTalks => "peace_talks",
            EventKind::Meeting => "meeting",
            EventKind::Agreement => "agreement",
            EventKind::Airstrike => "airstrike",
            EventKind::Shelling => "shelling",
            EventKind::ArmedClash => "armed_clash",
            EventKind::Offensive => "offensive",
            EventKind::Siege => "siege",
            EventKind::TerritoryControl => "territory_control",
            EventKind::Bombing => "bombing",
            EventKind::Assassination => "assassination",
            EventKind::ViolenceAgainstCivilians => "violence_against_civilians",
            EventKind::Casualties => "casualties",
            EventKind::Humanitarian => "humanitarian",
            EventKind::Surrender => "surrender",
            EventKind::Election => "election",
            EventKind::PoliticalProcess => "political_process",
            EventKind::ForeignIntervention => "foreign_intervention",
            EventKind::Arrest => "arrest",
            EventKind::Abduction => "abduction",
            EventKind::Protest => "protest",
        }
    }

    /// The nearest ACLED event type and sub-event type (the first of the spec's table where it
    /// lists several; a trigger of the lexicon may name a more precise one, such as `Suicide
    /// bomb` for `انتحاري`). `casualties` has none of its own (ACLED records fatalities as a
    /// field of the event that caused them): both strings are empty.
    ///
    /// ```
    /// use libya_nlp::events::EventKind;
    /// let a = EventKind::Shelling.acled();
    /// assert_eq!((a.event_type.as_str(), a.sub_event_type.as_str()),
    ///            ("Explosions/Remote violence", "Shelling/artillery/missile attack"));
    /// assert!(EventKind::Casualties.acled().event_type.is_empty());
    /// ```
    pub fn acled(self) -> Acled {
        let sub = match self {
            EventKind::Ceasefire | EventKind::PeaceTalks | EventKind::Agreement => "Agreement",
            EventKind::Meeting
            | EventKind::Humanitarian
            | EventKind::Election
            | EventKind::ForeignIntervention => "Other",
            EventKind::Airstrike => "Air/drone strike",
            EventKind::Shelling => "Shelling/artillery/missile attack",
            EventKind::ArmedClash | EventKind::Offensive | EventKind::Siege => "Armed clash",
            EventKind::TerritoryControl => "Government regains territory",
            EventKind::Bombing => "Remote explosive/landmine/IED",
            EventKind::Assassination | EventKind::ViolenceAgainstCivilians => "Attack",
            EventKind::Casualties => "",
            EventKind::Surrender => "Non-violent transfer of territory",
            EventKind::PoliticalProcess => "Change to group/activity",
            EventKind::Arrest => "Arrests",
            EventKind::Abduction => "Abduction/forced disappearance",
            EventKind::Protest => "Peaceful protest",
        };
        Acled::from_sub_event(sub).unwrap_or_default()
    }

    /// The CAMEO root code (two digits) the kind maps to.
    ///
    /// ```
    /// use libya_nlp::events::EventKind;
    /// assert_eq!(EventKind::Protest.cameo(), "14");
    /// assert_eq!(EventKind::Humanitarian.cameo(), "07");
    /// ```
    pub fn cameo(self) -> &'static str {
        match self {
            EventKind::Ceasefire | EventKind::Surrender => "08",
            EventKind::PeaceTalks | EventKind::Meeting => "04",
            EventKind::Agreement | EventKind::Election | EventKind::PoliticalProcess => "05",
            EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::ArmedClash
            | EventKind::Offensive
            | EventKind::TerritoryControl => "19",
            EventKind::Siege | EventKind::Arrest => "17",
            EventKind::Bombing
            | EventKind::Assassination
            | EventKind::ViolenceAgainstCivilians
            | EventKind::Casualties
            | EventKind::Abduction => "18",
            EventKind::Humanitarian => "07",
            EventKind::ForeignIntervention => "06",
            EventKind::Protest => "14",
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

pub use crate::error::ParseNameError;

impl std::str::FromStr for EventKind {
    type Err = ParseNameError;

    /// The snake_case name of the spec and the JSON (`armed_clash`).
    ///
    /// ```
    /// use libya_nlp::events::EventKind;
    /// assert_eq!("armed_clash".parse::<EventKind>(), Ok(EventKind::ArmedClash));
    /// ```
    fn from_str(s: &str) -> Result<EventKind, ParseNameError> {
        EventKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| ParseNameError::new("event kind", s))
    }
}

/// What the text says about whether an event happened.
///
/// ```
/// use libya_nlp::events::Modality;
/// assert_eq!(Modality::ALL.len(), 5);
/// assert_eq!(serde_json::to_string(&Modality::Negated).unwrap(), "\"negated\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Reported as happened or happening (reported speech included).
    Asserted,
    /// Reported as not happened, not yet, refused, failed.
    Negated,
    /// Intended, scheduled, agreed to happen, expected.
    Planned,
    /// Called for, urged, required.
    Demanded,
    /// Possible, conditional, proposed.
    Hypothetical,
}

impl Modality {
    /// Every modality.
    pub const ALL: [Modality; 5] = [
        Modality::Asserted,
        Modality::Negated,
        Modality::Planned,
        Modality::Demanded,
        Modality::Hypothetical,
    ];

    /// The snake_case name.
    ///
    /// ```
    /// use libya_nlp::events::Modality;
    /// assert_eq!(Modality::Hypothetical.as_str(), "hypothetical");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Planned => "planned",
            Modality::Demanded => "demanded",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

impl std::fmt::Display for Modality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Modality {
    type Err = ParseNameError;

    /// The name of the spec and the JSON (`asserted`, `negated`, …).
    ///
    /// ```
    /// use libya_nlp::events::Modality;
    /// assert_eq!("planned".parse::<Modality>(), Ok(Modality::Planned));
    /// assert!("maybe".parse::<Modality>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Modality, ParseNameError> {
        Modality::ALL
            .iter()
            .copied()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| ParseNameError::new("modality", s))
    }
}

/// An ACLED event type and sub-event type.
///
/// ```
/// use libya_nlp::events::Acled;
/// let a = Acled::from_sub_event("Suicide bomb").unwrap();
/// assert_eq!(a.event_type, "Explosions/Remote violence");
/// assert!(Acled::from_sub_event("Picnic").is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Acled {
    /// The event type (`Battles`, `Explosions/Remote violence`, …).
    pub event_type: String,
    /// The sub-event type (`Armed clash`, `Air/drone strike`, …).
    pub sub_event_type: String,
}

impl Acled {
    /// An event type and sub-event type as given (no check against ACLED's list: use
    /// [`from_sub_event`](Self::from_sub_event) for that).
    ///
    /// ```
    /// use libya_nlp::events::Acled;
    /// let a = Acled::new("Battles", "Armed clash");
    /// assert_eq!(a, Acled::from_sub_event("Armed clash").unwrap());
    /// ```
    pub fn new(event_type: impl Into<String>, sub_event_type: impl Into<String>) -> Acled {
        Acled {
            event_type: event_type.into(),
            sub_event_type: sub_event_type.into(),
        }
    }

    /// The ACLED pair for a sub-event type name, or `None` when ACLED has no such sub-event.
    ///
    /// ```
    /// use libya_nlp::events::Acled;
    /// assert_eq!(Acled::from_sub_event("Arrests").unwrap().event_type, "Strategic developments");
    /// ```
    pub fn from_sub_event(sub_event_type: &str) -> Option<Acled> {
        if sub_event_type.is_empty() {
            return Some(Acled::default());
        }
        ACLED
            .iter()
            .find(|(_, s)| *s == sub_event_type)
            .map(|(t, s)| Acled {
                event_type: t.to_string(),
                sub_event_type: s.to_string(),
            })
    }
}

/// A light reference to a gazetteer entity mentioned in the sentence of an event.
///
/// ```
/// use libya_nlp::events::EntityRef;
/// use libya_nlp::{EntityKind, Span};
/// let r = EntityRef::new("derna", EntityKind::Location, "city", &Span::from_bytes("درنة", 0..8))
///     .with_coordinates(32.76, 22.64);
/// assert!(serde_json::to_string(&r).unwrap().contains("\"lat\":32.76"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntityRef {
    /// The entity id.
    pub id: String,
    /// Person, organization or location.
    pub kind: EntityKind,
    /// The entity category (`city`, `armed_group`, …).
    pub category: String,
    /// Byte offset of the mention in the original text.
    pub start: usize,
    /// Byte offset one past the mention in the original text.
    pub end: usize,
    /// Unicode scalar offset of the mention in the original text.
    pub char_start: usize,
    /// Unicode scalar offset one past the mention in the original text.
    pub char_end: usize,
    /// Latitude (locations).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lat: Option<f64>,
    /// Longitude (locations).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lon: Option<f64>,
}

impl EntityRef {
    /// A reference to entity `id` at `span`, without coordinates (add them with
    /// [`with_coordinates`](Self::with_coordinates)).
    ///
    /// ```
    /// use libya_nlp::events::EntityRef;
    /// use libya_nlp::{EntityKind, Span};
    /// let r = EntityRef::new("derna", EntityKind::Location, "city", &Span::from_bytes("في درنة", 5..13));
    /// assert_eq!((r.start, r.char_start, r.lat), (5, 3, None));
    /// ```
    pub fn new(
        id: impl Into<String>,
        kind: EntityKind,
        category: impl Into<String>,
        span: &Span,
    ) -> EntityRef {
        EntityRef {
            id: id.into(),
            kind,
            category: category.into(),
            start: span.start,
            end: span.end,
            char_start: span.char_start,
            char_end: span.char_end,
            lat: None,
            lon: None,
        }
    }

    /// The same reference with a latitude and longitude.
    ///
    /// ```
    /// use libya_nlp::events::EntityRef;
    /// use libya_nlp::{EntityKind, Span};
    /// let r = EntityRef::new("derna", EntityKind::Location, "city", &Span::from_bytes("درنة", 0..8))
    ///     .with_coordinates(32.76, 22.64);
    /// assert_eq!((r.lat, r.lon), (Some(32.76), Some(22.64)));
    /// ```
    pub fn with_coordinates(mut self, lat: f64, lon: f64) -> EntityRef {
        self.lat = Some(lat);
        self.lon = Some(lon);
        self
    }

    /// The byte range `start..end` of the mention in the original text.
    ///
    /// ```
    /// use libya_nlp::EventClassifier;
    /// let text = "قصفت قوات حفتر مدينة درنة.";
    /// let ev = &EventClassifier::libya().classify(text)[0];
    /// assert_eq!(&text[ev.locations[0].range()], "درنة");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The reference to a mention.
    ///
    /// ```
    /// use libya_nlp::events::EntityRef;
    /// use libya_nlp::gazetteer::Entity;
    /// use libya_nlp::{EntityKind, Mention, Span};
    /// let lna = Entity::new("lna", EntityKind::Organization, "armed_group", "Libyan National Army",
    ///                       "الجيش الوطني الليبي");
    /// let m = Mention::new(&lna, Span::from_bytes("الجيش", 0..10), "الجيش", 0..10);
    /// assert_eq!(EntityRef::from_mention(&m).end, 10);
    /// ```
    pub fn from_mention(m: &Mention) -> EntityRef {
        EntityRef {
            id: m.id.clone(),
            kind: m.kind,
            category: m.category.clone(),
            start: m.span.start,
            end: m.span.end,
            char_start: m.span.char_start,
            char_end: m.span.char_end,
            lat: m.lat,
            lon: m.lon,
        }
    }
}

/// One event reported by a sentence.
///
/// ```
/// use libya_nlp::events::EventClassifier;
/// let e = &EventClassifier::libya().classify("واندلعت اشتباكات عنيفة في طرابلس.")[0];
/// let json = serde_json::to_value(e).unwrap();
/// for key in ["kind", "modality", "trigger", "sentence", "actors", "locations", "acled", "cameo", "confidence"] {
///     assert!(json.get(key).is_some(), "{key}");
/// }
/// assert_eq!(json["trigger"]["text"], "اشتباكات");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// Whether it happened.
    pub modality: Modality,
    /// The trigger in the original text (the whole word, clitics included).
    pub trigger: Span,
    /// Index of the sentence (0-based, in the order of the sentences given or found).
    pub sentence: usize,
    /// People and organizations of the sentence, those of the trigger's clause when it has any.
    pub actors: Vec<EntityRef>,
    /// Places of the sentence, those of the trigger's clause when it has any.
    pub locations: Vec<EntityRef>,
    /// The ACLED event and sub-event type.
    pub acled: Acled,
    /// The CAMEO root code.
    pub cameo: String,
    /// In [0, 1]: see the [module documentation](self#confidence).
    pub confidence: f32,
    /// `true` when the sentence only mentions the event as context for something else (an
    /// earlier event referred back to, the object of a charge or an investigation, a modifier
    /// of a person or thing) instead of reporting it as news. Besides the rules' cues, the
    /// learned event filter (`data/events/filter.tsv`, `docs/event_filter.md`) marks an
    /// asserted bombing, casualties, abduction, assassination, violence against civilians or
    /// protest it scores under its threshold (0.20 in the bundled file; 0 turns it off).
    /// Background events keep their kind and modality; records and the ACLED export leave
    /// them out.
    #[serde(default)]
    pub background: bool,
}

impl Event {
    /// An asserted-or-not event of `kind` at `trigger` in sentence `sentence`, with no actors
    /// or places, the kind's default ACLED pair and CAMEO code, confidence 1 and
    /// `background: false`. Set the other fields after.
    ///
    /// ```
    /// use libya_nlp::events::{Event, EventKind, Modality};
    /// use libya_nlp::Span;
    /// let text = "قصف جوي";
    /// let mut e = Event::new(EventKind::Airstrike, Modality::Asserted, Span::from_bytes(text, 0..6), 0);
    /// e.confidence = 0.9;
    /// assert_eq!(e.acled, EventKind::Airstrike.acled());
    /// assert_eq!(e.cameo, EventKind::Airstrike.cameo());
    /// ```
    pub fn new(kind: EventKind, modality: Modality, trigger: Span, sentence: usize) -> Event {
        Event {
            kind,
            modality,
            trigger,
            sentence,
            actors: Vec::new(),
            locations: Vec::new(),
            acled: kind.acled(),
            cameo: kind.cameo().to_string(),
            confidence: 1.0,
            background: false,
        }
    }
}

/// Finds events and their modality. Build one per lexicon and share it: it is `Send + Sync`
/// and its trie of lexicon forms is built once, in [`EventClassifier::new`].
///
/// ```
/// use libya_nlp::events::{EventClassifier, EventKind, Modality};
/// let clf = EventClassifier::libya();
/// let ev = clf.classify("وجاء في المسودة أن تلتزم الأطراف بوقف إطلاق النار دون شروط مسبقة.");
/// assert_eq!((ev[0].kind, ev[0].modality), (EventKind::Ceasefire, Modality::Planned));
/// ```
#[derive(Debug, Clone)]
pub struct EventClassifier {
    lexicon: Lexicon,
    /// The lexicon's forms, walked from where each word (or what follows its proclitics)
    /// begins; `None` when the lexicon has none.
    trie: Option<crate::compact::trie::PhraseTrie>,
    /// The context classes the sentence rules name, looked up once.
    named: NamedClasses,
    /// Per form of the lexicon: it is a trigger's (a sentence without a match of one has no
    /// event, and its words and hits are not looked for).
    trigger_form: Vec<bool>,
    /// Per form of the lexicon: its last word may run on (`Form::open_end`), read by the
    /// scan's clitic check without loading the form.
    open_form: Vec<bool>,
    /// The bundled event filter with its context classes looked up in the lexicon, once
    /// (`filter::active_resolved`): a document costs no look-up of class names.
    filter_classes: FilterClasses,
}

/// The bundled event filter's context classes resolved in a classifier's lexicon (what
/// `filter::Scorer::resolve` gives), kept from the classifier's construction.
#[derive(Clone, Copy)]
struct FilterClasses(filter::Scorer<'static>);

impl std::fmt::Debug for FilterClasses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FilterClasses")
    }
}

/// The ids of the context classes that the rules of [`EventClassifier::sentence_events`] name
/// (`None` when the lexicon has no such class).
#[derive(Debug, Clone, Copy)]
struct NamedClasses {
    today: Option<u8>,
    news: Option<u8>,
    quantity: Option<u8>,
    protest_act: Option<u8>,
    disperse: Option<u8>,
    condition: Option<u8>,
    occurred: Option<u8>,
    cause: Option<u8>,
    downed: Option<u8>,
    before_strike: Option<u8>,
    launched: Option<u8>,
    declare: Option<u8>,
}

impl NamedClasses {
    fn of(lex: &Lexicon) -> NamedClasses {
        NamedClasses {
            today: lex.class_named("today"),
            news: lex.class_named("news"),
            quantity: lex.class_named("quantity"),
            protest_act: lex.class_named("protest_act"),
            disperse: lex.class_named("disperse"),
            condition: lex.class_named("condition"),
            occurred: lex.class_named("occurred"),
            cause: lex.class_named("cause"),
            downed: lex.class_named("downed"),
            before_strike: lex.class_named("before_strike"),
            launched: lex.class_named("launched"),
            declare: lex.class_named("declare"),
        }
    }
}

static LIBYA: Lazy<EventClassifier> = Lazy::new(|| EventClassifier::new(&Lexicon::bundled()));

/// Words after a trigger, past its clause, in which a retyping class still retypes it
/// (`قصف نفذته "طائرة أجنبية"`).
const RETYPE_AFTER: usize = 4;

/// Words a cue may reach when its `reach` is 0 (the whole clause), and the look-around limit.
pub(crate) const MAX_REACH: usize = 30;

impl EventClassifier {
    /// The classifier for the bundled lexicon (`data/events/`), built on first use.
    ///
    /// ```
    /// use libya_nlp::events::EventClassifier;
    /// assert!(std::ptr::eq(EventClassifier::libya(), EventClassifier::libya()));
    /// ```
    pub fn libya() -> &'static EventClassifier {
        &LIBYA
    }

    /// Builds the trie of a lexicon's forms.
    ///
    /// ```
    /// use libya_nlp::events::{EventClassifier, Lexicon};
    /// let clf = EventClassifier::new(&Lexicon::new());
    /// assert!(clf.classify("اشتباكات").is_empty());
    /// ```
    pub fn new(lexicon: &Lexicon) -> EventClassifier {
        let forms = &lexicon.forms;
        // A form is matched where a word of the text, or what follows its proclitics, begins
        // (every other match fails the clitic checks of `accept`): a walk down a trie from
        // each such start, instead of an automaton over every byte.
        let trie = if forms.is_empty() {
            None
        } else {
            crate::compact::trie::PhraseTrie::new(forms.iter().map(|f| f.text.as_str()))
        };
        EventClassifier {
            lexicon: lexicon.clone(),
            trie,
            named: NamedClasses::of(lexicon),
            trigger_form: forms
                .iter()
                .map(|f| matches!(f.role, Role::Trigger(_)))
                .collect(),
            open_form: forms.iter().map(|f| f.open_end).collect(),
            filter_classes: FilterClasses(filter::BUNDLED.at(None).resolve(lexicon)),
        }
    }

    /// The lexicon this classifier was built from.
    ///
    /// ```
    /// use libya_nlp::events::EventClassifier;
    /// assert!(!EventClassifier::libya().lexicon().is_empty());
    /// ```
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Classifies a sentence or a whole document: normalizes it, splits it into sentences,
    /// finds the entities it names and returns its events, in text order.
    ///
    /// **Actors and locations come from the bundled [`Gazetteer::libya`](crate::Gazetteer::libya),
    /// whatever gazetteer you use elsewhere**: entities of a gazetteer of your own are not
    /// seen here. Use [`classify_with`](Self::classify_with), or
    /// [`Analyzer::classify`](crate::Analyzer::classify) on an analyzer built
    /// [`with_gazetteer`](crate::Analyzer::with_gazetteer).
    ///
    /// ```
    /// use libya_nlp::events::{EventClassifier, EventKind, Modality};
    /// let ev = EventClassifier::libya().classify("المطاردة لم تنته. لم يأمر بعد بالهجوم على درنة.");
    /// assert_eq!((ev[0].kind, ev[0].modality, ev[0].sentence), (EventKind::Offensive, Modality::Asserted, 0));
    /// assert_eq!((ev[1].kind, ev[1].modality, ev[1].sentence), (EventKind::Offensive, Modality::Negated, 1));
    /// ```
    pub fn classify(&self, text: &str) -> Vec<Event> {
        let norm = Normalizer::search().normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        let sentences = crate::sentences::split(norm.text());
        let mentions = gazetteer_mentions(text, &norm, &chars);
        self.classify_prepared(text, &norm, &chars, &sentences, &mentions)
    }

    /// Like [`classify`](Self::classify), with actors and locations from `gazetteer`.
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, Gazetteer};
    /// use libya_nlp::EventClassifier;
    /// let mine = Gazetteer::builder_libya()
    ///     .entity(Entity::new("wadi_kaam", EntityKind::Location, "river", "Wadi Kaam", "وادي كعام"))
    ///     .build()
    ///     .unwrap();
    /// let text = "اندلعت اشتباكات قرب وادي كعام.";
    /// let ev = EventClassifier::libya().classify_with(text, &mine);
    /// assert_eq!(ev[0].locations[0].id, "wadi_kaam");
    /// let bundled = EventClassifier::libya().classify(text);
    /// assert!(bundled[0].locations.iter().all(|l| l.id != "wadi_kaam"));
    /// ```
    pub fn classify_with(&self, text: &str, gazetteer: &crate::Gazetteer) -> Vec<Event> {
        let norm = Normalizer::search().normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        let sentences = crate::sentences::split(norm.text());
        let mentions = gazetteer.find_normalized(text, &norm, &chars, &Default::default());
        self.classify_prepared(text, &norm, &chars, &sentences, &mentions)
    }

    /// The pipeline entry point: classifies `original`, given its `search` normalization, its
    /// char index, its sentences (ranges of `norm.text()` from
    /// [`sentences::split`](crate::sentences::split)) and its gazetteer mentions sorted by
    /// `norm.start`. The mentions must come from
    /// [`Gazetteer::find_normalized`](crate::Gazetteer::find_normalized) on the same `norm` (their `norm` ranges, which serde
    /// skips, place them in sentences). Everything is computed on the normalized text once; spans are mapped back
    /// through `norm.map()` and `chars`. Events are in text order; `sentence` indexes
    /// `sentences`.
    ///
    /// ```
    /// use libya_nlp::events::{EventClassifier, EventKind};
    /// use libya_nlp::normalize::Normalizer;
    /// use libya_nlp::span::CharIndex;
    /// let text = "قصفت الطائرات مواقع المسلحين. وسقط قتلى.";
    /// let norm = Normalizer::search().normalize_with_offsets(text);
    /// let sentences = libya_nlp::sentences::split(norm.text());
    /// let ev = EventClassifier::libya()
    ///     .classify_prepared(text, &norm, &CharIndex::new(text), &sentences, &[]);
    /// assert_eq!((ev[0].kind, ev[0].sentence), (EventKind::Airstrike, 0));
    /// assert_eq!((ev[1].kind, ev[1].sentence), (EventKind::Casualties, 1));
    /// assert_eq!(&text[ev[1].trigger.range()], "قتلى");
    /// ```
    pub fn classify_prepared(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        sentences: &[Range<usize>],
        mentions: &[Mention],
    ) -> Vec<Event> {
        self.classify_in(original, norm, chars, sentences, mentions, None)
    }

    /// [`classify_prepared`](Self::classify_prepared), keeping the words of the sentences that
    /// have events in `keep_words`, for records.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn classify_in(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        sentences: &[Range<usize>],
        mentions: &[Mention],
        mut keep_words: Option<&mut crate::words::SentenceWords>,
    ) -> Vec<Event> {
        let text = norm.text();
        let mut out = Vec::new();
        // The buffers of the last call on this thread: no allocation per document.
        let mut scratch = Scratch::take();
        // The learned event filter as this thread applies it (data/events/filter.tsv).
        let event_filter = filter::active_resolved(&self.filter_classes.0);
        let Scratch {
            hits,
            keep,
            cuts,
            sent,
            places,
            names,
            matches,
            kept,
        } = &mut scratch;
        let mut found = Vec::new();
        let clamp = |r: &Range<usize>| r.start.min(text.len())..r.end.min(text.len());
        for (si, sr) in sentences.iter().enumerate() {
            let sr = clamp(sr);
            if text.get(sr.clone()).is_none() {
                continue;
            }
            // The words of the sentence, found once for its forms, its hits and its clauses.
            let words = sent.fill_words(text, sr.clone());
            self.scan_sentence(text, sr.clone(), words, matches);
            // A sentence without a match of a trigger form has no event.
            if !matches
                .iter()
                .any(|&(_, _, fi, _, _)| self.trigger_form[fi as usize])
            {
                continue;
            }
            let lo = mentions.partition_point(|m| m.norm.start < sr.start);
            let hi = mentions.partition_point(|m| m.norm.start < sr.end);
            let sent_mentions = &mentions[lo..hi.max(lo)];
            // The subjects a pattern's gap may hold are names of people and bodies, not places
            // (`أطلق حراس مركز احتجاز في غريان النار`).
            names.clear();
            names.extend(
                sent_mentions
                    .iter()
                    .filter(|m| m.kind != EntityKind::Location)
                    .map(|m| m.norm.clone()),
            );
            self.hits(
                text,
                (sr.clone(), words, names.as_slice()),
                norm.map(),
                matches,
                hits,
                (keep, cuts),
            );
            if !hits.iter().any(|x| matches!(x.role, Role::Trigger(_))) {
                continue;
            }
            places.clear();
            places.extend(
                sent_mentions
                    .iter()
                    .filter(|m| m.kind == EntityKind::Location)
                    .map(|m| m.norm.clone()),
            );
            names.clear();
            names.extend(sent_mentions.iter().map(|m| m.norm.clone()));
            self.sentence_events(
                text,
                sr.clone(),
                (hits, places, names),
                sent,
                (&mut found, kept),
                event_filter,
            );
            if found.is_empty() {
                continue;
            }
            if let (Some(keep), Some((sw, words))) = (keep_words.as_deref_mut(), sent.words()) {
                keep.push(si, sw.clone(), words);
            }
            for f in found.drain(..) {
                filter::collect(
                    f.feats.as_deref(),
                    f.kind,
                    f.filtered,
                    text,
                    &event_filter.0,
                );
                let trig = norm.map().to_original_span(original, f.range.clone());
                let (actors, locations) = entity_refs(sent_mentions, &f.clause);
                let acled = f
                    .sub_event
                    .and_then(Acled::from_sub_event)
                    .unwrap_or_else(|| f.kind.acled());
                out.push(Event {
                    kind: f.kind,
                    modality: f.modality,
                    trigger: chars.span(original, trig),
                    sentence: si,
                    actors,
                    locations,
                    acled,
                    cameo: f.kind.cameo().to_string(),
                    // Three decimals: stable JSON, and no precision the estimate has not.
                    confidence: (f.confidence.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
                    background: f.background,
                });
            }
        }
        scratch.give_back();
        out
    }

    /// The lexicon's forms that the sentence `sr` of `text` spells where one of its `words`
    /// begins, or after the proclitics of a word ([`crate::words::clitic_starts`]), as
    /// `(start, end, form, bytes back to the word's start)` into `out` (cleared first), in the
    /// order an overlapping search of
    /// the sentence gives them: by end, then longest first, then by form. Every match of a
    /// form elsewhere in a word has proclitics [`accept`] rejects.
    #[inline(never)]
    fn scan_sentence(
        &self,
        text: &str,
        sr: Range<usize>,
        words: &[Range<usize>],
        out: &mut Vec<Match>,
    ) {
        out.clear();
        let Some(trie) = &self.trie else {
            return;
        };
        let forms = &self.lexicon.forms;
        let phrase = |i: usize| forms[i].text.as_bytes();
        let open_form = &self.open_form[..];
        let mut starts = [0usize; 6];
        for (k, w) in words.iter().enumerate() {
            // The first word may begin before the sentence (a sentence cut inside a word):
            // its proclitics are counted from where it begins, its forms from the sentence on.
            let ws = if k == 0 && w.start == sr.start {
                crate::words::word_start(text, w.start, crate::words::MAX_PROCLITIC_CHARS)
            } else {
                Some(w.start)
            };
            let Some(ws) = ws else {
                continue;
            };
            let n = crate::words::clitic_starts(text, ws, w.end, &mut starts);
            for &s in &starts[..n] {
                // The letter before `s` ends a proclitic run or no word: the first half of
                // `clitics_may_fit` holds for every start.
                debug_assert!(clitic_before_may_fit(text, s));
                if s >= sr.start {
                    // The bytes of proclitics before `s` (at most four characters): its word
                    // begins at `ws`, as `accept` needs to know.
                    let back = (s - ws) as u32;
                    trie.walk(text, s, sr.end, phrase, |e, p| {
                        // Nor kept when the letter after it begins no suffix its form allows.
                        if !open_form[p as usize] && !clitic_after_may_fit(text, e) {
                            return;
                        }
                        // Into its place by end, then longest first (the earliest start),
                        // then by form: a few steps back at most, as the walks come in
                        // order of start, each by end.
                        let mut j = out.len();
                        out.push((s, e, p, back, k as u32));
                        // (Forms of one start and end come from one walk, in order.)
                        while j > 0 && (out[j - 1].1 > e || (out[j - 1].1 == e && out[j - 1].0 > s))
                        {
                            out.swap(j - 1, j);
                            j -= 1;
                        }
                    });
                }
            }
        }
    }

    /// Every accepted match of the lexicon in the sentence `sr` of `text`, sorted by start
    /// (longest first), without the matches inside longer ones of their group, into `hits`.
    /// `matches`: the lexicon's matches in `sr` ([`Self::scan_sentence`]), by end.
    fn hits(
        &self,
        text: &str,
        (sr, words, names): (Range<usize>, &[Range<usize>], &[Range<usize>]),
        map: &OffsetMap,
        matches: &[Match],
        hits: &mut Vec<Hit>,
        (keep, cuts): (&mut Vec<bool>, &mut Vec<usize>),
    ) {
        hits.clear();
        if text.get(sr.clone()).is_none() {
            return;
        }
        let forms = &self.lexicon.forms;
        // The matches inside the sentence, in the order a scan of the sentence alone gives.
        let lo = matches.partition_point(|m| m.1 <= sr.start);
        let hi = matches.partition_point(|m| m.1 <= sr.end);
        // The words of the matches, looked up as their ends move forward.
        let mut cursor = crate::words::WordCursor::new(sr.clone(), words);
        for &(start, end, fi, back, wk) in &matches[lo..hi.max(lo)] {
            if start < sr.start {
                continue;
            }
            let form = &forms[fi as usize];
            // The scan knows the word of the match: no walk back to where it begins, and
            // where the match ends inside it before the sentence ends, no look-up of its end.
            let ws = start - back as usize;
            let wend = words
                .get(wk as usize)
                .map(|w| w.end)
                .filter(|&we| end <= we && we < sr.end);
            if let Some(hit) = accept_fitting(text, &mut cursor, (start, end), ws, wend, form) {
                // A trigger takes the pronoun ه, not a feminine ة: `زارة`, `وزارة` are no
                // visits, `قتلة` (killers) is no killing.
                if matches!(hit.role, Role::Trigger(_))
                    && text.as_bytes().get(hit.end..hit.wend) == Some("ه".as_bytes())
                    && map.is_teh_marbuta(hit.end)
                {
                    continue;
                }
                // Nor does a verb, trigger or cue, end its word in one (`وامرأة` is no `أمر`
                // with the endings `ا` and `ه`).
                if form.pos == Pos::Verb
                    && hit.wend > hit.end
                    && text.get(..hit.wend).is_some_and(|t| t.ends_with('ه'))
                    && map.is_teh_marbuta(hit.wend - 'ه'.len_utf8())
                {
                    continue;
                }
                // A trigger right after the vocative `يا` names whom a slogan calls out (`يا
                // قتال الأرواح`, «you killer of souls»): no event.
                if matches!(hit.role, Role::Trigger(_))
                    && ws == start
                    && (wk as usize)
                        .checked_sub(1)
                        .and_then(|p| words.get(p))
                        .is_some_and(|w| text.get(w.clone()) == Some("يا"))
                {
                    continue;
                }
                let mut hit = hit;
                if let Some(tail) = &form.tail {
                    // The words after the gap close the pattern; the hit spans them.
                    let Some((tstart, tend)) =
                        find_tail(text, (words, names), hit.wend, sr.end, tail)
                    else {
                        continue;
                    };
                    hit.gap = Some((hit.wend, tstart));
                    hit.tail_gap = tail.gap;
                    hit.wend = tend;
                }
                hits.push(hit);
            }
        }
        if hits.is_empty() {
            return;
        }
        // A gap stays inside its clause: no clause word or complementizer in it.
        if hits.iter().any(|h| h.gap.is_some()) {
            let lex = &self.lexicon;
            cuts.clear();
            cuts.extend(
                hits.iter()
                    .filter(|h| match h.role {
                        Role::Cue(c) => matches!(
                            lex.cues[c as usize].kind,
                            lexicon::CueType::Clause
                                | lexicon::CueType::Relative
                                | lexicon::CueType::Complement
                        ),
                        _ => false,
                    })
                    .map(|h| h.wstart),
            );
            if !cuts.is_empty() {
                // A few are looked through; more are sorted, so that each gap is one binary
                // search (linear on any input).
                if cuts.len() > 8 {
                    cuts.sort_unstable();
                    hits.retain(|h| {
                        h.gap.is_none_or(|(a, b)| {
                            let k = cuts.partition_point(|&c| c < a);
                            cuts.get(k).is_none_or(|&c| c >= b)
                        })
                    });
                } else {
                    hits.retain(|h| {
                        h.gap
                            .is_none_or(|(a, b)| !cuts.iter().any(|&c| a <= c && c < b))
                    });
                }
            }
        }
        // Longest first at each start; a blocker before the triggers of the same span, a
        // pattern with a tail before the hits of its head's span.
        let rank = |h: &Hit| u8::from(!matches!(h.role, Role::Blocker(_)));
        hits.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(rank(a).cmp(&rank(b)))
                .then(a.gap.is_none().cmp(&b.gap.is_none()))
        });
        // Containment: triggers hide the triggers inside (or overlapping and shorter than)
        // them, blockers hide the triggers of their kind inside them, cues hide the cues
        // inside them.
        const N: usize = EventKind::ALL.len();
        // The longest hit so far: blockers per blocked kind, triggers of all kinds, cues,
        // blockers of every kind.
        let mut best: [Option<(usize, usize)>; N + 3] = [None; N + 3];
        let (all, cue, all_blocked) = (N, N + 1, N + 2);
        let covers = |b: Option<(usize, usize)>, h: &Hit| {
            b.is_some_and(|(s, e)| e > h.end || (e == h.end && s < h.start))
        };
        // A blocker also hides a trigger of exactly its span (`القتل` the notion blocks the
        // trigger `قتل` matched on the same word).
        let blocks = |b: Option<(usize, usize)>, h: &Hit| {
            b.is_some_and(|(s, e)| e > h.end || (e == h.end && s <= h.start))
        };
        // A trigger also gives way to a longer one it overlaps (`النار على` inside
        // `وقف إطلاق النار على`): two readings of the same words, the longer wins.
        let overlaps_longer = |b: Option<(usize, usize)>, h: &Hit| {
            b.is_some_and(|(s, e)| e > h.start && e - s > h.end - h.start)
        };
        let update = |b: &mut Option<(usize, usize)>, h: &Hit| {
            if b.is_none_or(|(_, e)| h.end > e) {
                *b = Some((h.start, h.end));
            }
        };
        // The head span of the last cue with a tail, and its gap: it hides a cue of the same
        // words alone that reaches no further than that gap, for it stood for the same words
        // (`محاولة .. اغتيال` hides the attempt `محاولة`, `حاول .. اقتحام` the verb of
        // attempt); a cue that reaches further keeps its say over what comes later (`أمهل`
        // after `أمهل .. ل*`).
        let mut tailed_cue: Option<(usize, usize, u8)> = None;
        // The head span of the last trigger kept that has a tail.
        let mut tailed_trigger: Option<(usize, usize)> = None;
        keep.clear();
        keep.resize(hits.len(), true);
        for (i, h) in hits.iter().enumerate() {
            match h.role {
                Role::Trigger(t) => {
                    let k = self.lexicon.triggers[t as usize].kind as usize;
                    // An air strike with a tail read on the head of a shelling hides the
                    // shelling: its words say who struck (`قصفت قوات الناتو` is the air strike,
                    // not also a shelling). (Other kinds told by a tail on one verb stand
                    // beside it: `اقتحمت القوات ميناء …` is the storming and the capture.)
                    let tailed_here = h.gap.is_none()
                        && k == EventKind::Shelling as usize
                        && tailed_trigger.is_some_and(|span| span == (h.start, h.end));
                    if covers(best[all], h)
                        || blocks(best[k], h)
                        || blocks(best[all_blocked], h)
                        || overlaps_longer(best[all], h)
                        || tailed_here
                    {
                        keep[i] = false;
                    }
                    if h.gap.is_some() && keep[i] && k == EventKind::Airstrike as usize {
                        tailed_trigger = Some((h.start, h.end));
                    }
                    update(&mut best[all], h);
                }
                Role::Blocker(Some(k)) => update(&mut best[k as usize], h),
                Role::Blocker(None) => update(&mut best[all_blocked], h),
                Role::Cue(c) => {
                    let same_words = h.gap.is_none()
                        && tailed_cue.is_some_and(|(s, e, gap)| {
                            (s, e) == (h.start, h.end)
                                && self.lexicon.cues[c as usize].reach_words() <= usize::from(gap)
                        });
                    if covers(best[cue], h) || same_words {
                        keep[i] = false;
                    }
                    if h.gap.is_some() {
                        tailed_cue = Some((h.start, h.end, h.tail_gap));
                    }
                    update(&mut best[cue], h);
                }
                Role::Context(_) => {}
            }
        }
        // One word, two readings of one kind: a verb lemma's perfect is often spelled like its
        // verbal noun (`قتل`, `خطف`, `قصف`). The nominal reading decides, so that the noun's
        // rules (anchors, background) hold; a verb with its own endings is never in doubt. The
        // first word of a sentence is the exception: news sentences open with their verb
        // (`قُتل عبد الغني الككلي …`, `وقتل ثلاثة …`), so there the verb decides.
        let lex = &self.lexicon;
        // The first word character of the sentence, found once.
        let first_word = text.get(sr.clone()).map_or(sr.end, |t| {
            sr.start
                + t.char_indices()
                    .find(|(_, c)| crate::words::is_word_char(*c))
                    .map_or(t.len(), |(i, _)| i)
        });
        // A dateline of one to three words and a colon or a dash before it (`بنغازي: قتل
        // عسكري …`, `طرابلس - قتل …`) leaves the verb after it the sentence's first.
        // (Read only when a verb and a noun of one word ask, a few words into the sentence.)
        let dateline = || {
            text.get(first_word..sr.end).and_then(|t| {
                let mut n = t.len().min(60);
                while !t.is_char_boundary(n) {
                    n -= 1;
                }
                let head = &t[..n];
                let mut cut = head
                    .char_indices()
                    .find(|&(_, c)| matches!(c, ':' | '-' | '–'));
                // (Not a word glued to the dash: `ليل السبت-الأحد`.)
                if let Some((i, c)) = cut {
                    if c != ':' && !head[..i].ends_with(' ') {
                        cut = None;
                    }
                }
                let (i, c) = cut?;
                let name = &head[..i];
                let words = name.split_whitespace().count();
                if !(1..=3).contains(&words)
                    || name
                        .chars()
                        .any(|ch| !(crate::words::is_word_char(ch) || ch == ' '))
                {
                    return None;
                }
                let rest = &t[i + c.len_utf8()..];
                let skip = rest
                    .char_indices()
                    .find(|(_, ch)| crate::words::is_word_char(*ch))
                    .map(|(j, _)| j)?;
                Some(first_word + i + c.len_utf8() + skip)
            })
        };
        let after_dateline: std::cell::OnceCell<Option<usize>> = std::cell::OnceCell::new();
        let opens = |h: &Hit| {
            h.wstart <= first_word
                || (h.wstart - first_word <= 64
                    && Some(h.wstart) == *after_dateline.get_or_init(dateline))
        };
        let kind_of = |h: &Hit| match h.role {
            Role::Trigger(t) => Some(lex.triggers[t as usize].kind),
            _ => None,
        };
        let mut g = 0;
        while g < hits.len() {
            let mut e = g + 1;
            while e < hits.len() && (hits[e].start, hits[e].end) == (hits[g].start, hits[g].end) {
                e += 1;
            }
            if e - g > 1 {
                // Whether the verb decides: looked at once, for the first group that asks.
                let mut verb_first: Option<bool> = None;
                for v in g..e {
                    let Some(k) = kind_of(&hits[v]).filter(|_| hits[v].pos == Pos::Verb) else {
                        continue;
                    };
                    let noun = |n: usize, keep: &[bool]| {
                        keep[n]
                            && matches!(hits[n].pos, Pos::Noun | Pos::Masdar)
                            && kind_of(&hits[n]) == Some(k)
                    };
                    if keep[v] && (g..e).any(|n| noun(n, keep)) {
                        let first = *verb_first.get_or_insert_with(|| {
                            opens(&hits[g])
                                || passive_told(text, sr.start, &hits[g])
                                || after_opening_adjunct(text, sr.start, &hits[g])
                                || consequence_told(text, sr.start, &hits[g])
                        });
                        if first {
                            for n in g..e {
                                if noun(n, keep) {
                                    keep[n] = false;
                                }
                            }
                        } else {
                            keep[v] = false;
                        }
                    }
                }
            }
            g = e;
        }
        // The tail of a pattern with a gap is read as one phrase: it hides the shorter triggers
        // that begin where it begins (`النار على` in `فتح .. النار على المتظاهرين`), not the
        // words after its first (the participants `المتظاهرين` still name the protest).
        for i in 0..hits.len() {
            let (Some((_, tail)), Role::Trigger(_), true) = (hits[i].gap, hits[i].role, keep[i])
            else {
                continue;
            };
            let wend = hits[i].wend;
            // Hits are sorted by start: those of the tail's word start within its proclitics.
            let from = hits.partition_point(|o| o.start < tail);
            let limit = tail + 4 * (MAX_TRIGGER_PREFIX_CHARS + 1);
            for j in from..hits.len() {
                let o = &hits[j];
                if o.start >= limit {
                    break;
                }
                if j != i
                    && o.gap.is_none()
                    && matches!(o.role, Role::Trigger(_))
                    && o.wstart == tail
                    && o.wend <= wend
                {
                    keep[j] = false;
                }
            }
        }
        // Two patterns with a gap and one head: the longer tail is the reading (`أطلق .. النار
        // على المتظاهرين` hides `أطلق .. النار`).
        for i in 0..hits.len() {
            if hits[i].gap.is_none() || !keep[i] || !matches!(hits[i].role, Role::Trigger(_)) {
                continue;
            }
            let start = hits[i].start;
            let from = hits.partition_point(|o| o.start < start);
            let longer = hits[from..]
                .iter()
                .enumerate()
                .take_while(|(_, o)| o.start == start)
                .any(|(k, o)| {
                    from + k != i
                        && keep[from + k]
                        && o.gap.is_some()
                        && matches!(o.role, Role::Trigger(_))
                        && o.wend > hits[i].wend
                });
            if longer {
                keep[i] = false;
            }
        }
        let mut i = 0;
        hits.retain(|h| {
            i += 1;
            keep[i - 1] && !matches!(h.role, Role::Blocker(_))
        });
    }

    /// The events of one sentence, merged per kind and modality.
    fn sentence_events<'s>(
        &'s self,
        text: &str,
        sr: Range<usize>,
        (hits, places, names): (&[Hit], &[Range<usize>], &[Range<usize>]),
        sent: &mut clauses::Sentence,
        (found, kept): (&mut Vec<Found<'s>>, &mut Vec<(usize, Verdict)>),
        (event_filter, collecting): (filter::Scorer<'_>, bool),
    ) {
        let lex = &self.lexicon;
        sent.build(text, sr.clone(), hits, names, lex);
        // A headline (a short line with no closing mark) whose first word is an indefinite
        // event noun tells that event as the news (`اغتيال ناشط سياسي وعقيد في الجيش`):
        // its head anchors it as a time or a place would.
        let headline = sent.word_count() <= HEADLINE_NOUN_WORDS
            && text.get(sr.clone()).is_some_and(|t| {
                !t.trim_end()
                    .ends_with(['.', '!', '?', ':', ',', '؛', ';', '"', '»', ')'])
            });
        found.clear();
        // First the context rules of every trigger: only the triggers they keep anchor their
        // clause (a dropped verb tells nothing).
        kept.clear();
        // The start of the first air strike, shelling or bombing kept so far (the back-reference
        // rule below asks for one before a hit: one comparison instead of a pass over `kept`,
        // linear on any sentence).
        let mut first_strike: Option<usize> = None;
        for (i, h) in hits.iter().enumerate() {
            let Role::Trigger(t) = h.role else { continue };
            let trig = &lex.triggers[t as usize];
            let (w0, w1) = sent.hit_span(i);
            let clause = sent.clause_of(w0);
            let mut v = Verdict {
                kind: trig.kind,
                retyped: false,
                anchor: None,
                habit: None,
            };
            // A trigger inside a longer name is part of the name (`اللواء 444 قتال`, `مركز
            // احتجاز المهاجرين`, `عين زارة`), except where naming the force is the event
            // (`مرتزقة فاغنر`: a noun of the force; a verbal noun inside a name is the name's,
            // `قوات الدعم السريع` tells no support) and where a body named for its talks
            // convenes as them
            // (`جلسات ملتقى الحوار السياسي`: a noun of meeting or talks).
            // (Only in session: `أعضاء ملتقى الحوار السياسي` are members of the body, no talks
            // told.)
            // (Not after a command's or an office's head word inside the name: `قيادة القوات
            // الأمريكية في أفريقيا` is a staff, no forces sent; `مجموعة فاغنر` is the force.)
            let named_for_it = (trig.kind == EventKind::ForeignIntervention
                && h.pos != Pos::Masdar
                && clauses::longer_name(names, &(h.wstart..h.wend)).is_none_or(|n| {
                    !matches!(
                        text.get(n.start..h.wstart).map(str::trim),
                        Some("قياده" | "رئاسه" | "هيئه" | "وزاره" | "غرفه" | "اداره")
                    )
                }))
                || (matches!(trig.kind, EventKind::Meeting | EventKind::PeaceTalks)
                    && h.pos != Pos::Verb
                    && in_session(text, names, h));
            // (A conjunction on the trigger's word stands before the name: `وشهداء 17 فبراير`
            // is the brigade's name after `و`.)
            let nstart = if h.conj {
                h.wstart + 'و'.len_utf8()
            } else {
                h.wstart
            };
            let mut ok = named_for_it || !clauses::in_longer_name(names, &(nstart..h.wend));
            // `في يفرن والرجبان`: a verb form that is a whole place's name (`يفرن`) names the
            // place.
            // (`places` is sorted by start: the few that start at or before the hit.)
            ok &= !(h.pos == Pos::Verb && {
                let k = places.partition_point(|p| p.start <= h.start);
                places[..k].iter().rev().take(4).any(|p| h.end <= p.end)
            });
            for rule in &trig.context {
                match *rule {
                    ContextRule::Require { class, within } => {
                        // A relative clause speaks of the noun before it: what the clause
                        // must hold may be that noun's, in the clause it closes
                        // (`المتمردين الذين يتقدمون نحو الغرب`: the advancing are fighters).
                        // So does a complement clause whose pronoun is the subject of the
                        // clause before (`قال الجيش إنه تقدم في الحي`: the army advanced).
                        // A participant needs an act of its own (`حاصرت المتظاهرين` is
                        // none: they are its object).
                        let own_act = match within {
                            Some(win) if trig.agent && self.named.protest_act == Some(class) => {
                                sent.has_agent_act(text, class, (w0, w1), win, self.named.quantity)
                            }
                            _ => sent.has_class(class, clause, (w0, w1), within),
                        };
                        ok &= own_act
                            || (within.is_none()
                                && clause > 0
                                && (sent.is_relative(clause)
                                    || pronoun_complement(
                                        sent.word(text, sent.clause_start(clause)),
                                    ))
                                && sent.has_class(class, clause - 1, (w0, w1), None));
                    }
                    ContextRule::Forbid { class, within } => {
                        ok &= !sent.has_class(class, clause, (w0, w1), within);
                    }
                    ContextRule::Anchor { class } => v.anchor = Some(class),
                    ContextRule::Habit { class } => v.habit = Some(class),
                    ContextRule::Retype { class, kind: k } => {
                        if sent.class_retypes((class, k), clause, w1, RETYPE_AFTER) {
                            v.kind = k;
                            v.retyped = true;
                        }
                    }
                }
            }
            // A definite attack noun after an air strike, a shelling or a bombing told earlier
            // in the sentence refers back to it (`غارة … وما زال البعض مفقودا بعد الهجوم`,
            // `صواريخ أطلقتها الكتائب … ولم يتبين إن كان الهجوم أدى إلى سقوط قتلى`), and so
            // does an indefinite one that restates it (`نفذت الطائرات ضربات جوية … في هجوم وصف
            // بأنه الأعنف`): the strike is the attack, no offensive of its own, unless a verb
            // of launching or repelling (class `launched`) stands right before it (`شنت
            // القوات الهجوم`, `صدت الهجوم`).
            if ok
                && trig.kind == EventKind::Offensive
                && matches!(h.pos, Pos::Noun | Pos::Masdar)
                && (definite(text, h) || restated_in(text, h))
                && matches!(text.get(h.start..h.end), Some("هجوم" | "هجمات"))
                && first_strike.is_some_and(|s| s < h.start)
                // (An attack a background cue governs is another one, remembered or
                // charged: `يتزامن الانفجار مع ذكرى الهجوم على القنصلية`.)
                && !sent.background(text, h, w0, w1, lex)
                && !self.named.launched.is_some_and(|c| {
                    sent.has_class(
                        c,
                        clause,
                        (w0, w1),
                        Some(lexicon::Window {
                            before: 2,
                            after: 0,
                        }),
                    )
                })
            {
                ok = false;
            }
            if ok {
                sent.anchor_verb(h);
                if matches!(
                    v.kind,
                    EventKind::Airstrike | EventKind::Shelling | EventKind::Bombing
                ) {
                    first_strike = Some(first_strike.map_or(h.start, |s| s.min(h.start)));
                }
                kept.push((i, v));
            }
        }
        // An indefinite attack noun that a definite explosion later in the sentence names again
        // (`تعرض مكتب الإغاثة لهجوم وأصيب أحد الأشخاص في الانفجار`): the explosion was the
        // attack, no offensive of its own (the mirror of the back-reference rule above).
        let blast_noun = |h: &Hit| {
            matches!(h.pos, Pos::Noun | Pos::Masdar)
                && definite(text, h)
                && matches!(text.get(h.start..h.end), Some("انفجار" | "تفجير"))
        };
        if let Some(blast) = kept
            .iter()
            .rev()
            .find(|(i, v)| v.kind == EventKind::Bombing && blast_noun(&hits[*i]))
            .map(|(i, _)| hits[*i].start)
        {
            kept.retain(|(i, v)| {
                let h = &hits[*i];
                !(v.kind == EventKind::Offensive
                    && !v.retyped
                    && h.start < blast
                    && matches!(h.pos, Pos::Noun | Pos::Masdar)
                    && !definite(text, h)
                    && text.get(h.start..h.end) == Some("هجوم"))
            });
        }
        let NamedClasses {
            today,
            news,
            quantity,
            protest_act,
            disperse,
            condition,
            occurred,
            cause,
            downed,
            before_strike,
            ..
        } = self.named;
        // An aircraft downed before it struck (class `downed`, then class `before_strike`
        // after it: `أسقطت الدفاعات طائرة مسيرة قبل أن تصل إلى هدفها`): the words from a few
        // before the downing to the cut-short strike, and those just after `قبل`.
        let cut_short = match (downed, before_strike) {
            (Some(d), Some(b)) => sent.class_then(d, b, DOWNED_BEFORE_WORDS),
            _ => None,
        };
        // A bare definite `القصف` in a sentence that tells an air strike refers to the strikes
        // (`قال إن القصف أوقع 3 قتلى، مضيفا أن الناتو شن 12 غارة`): no shelling of its own.
        if kept.iter().any(|(_, v)| v.kind == EventKind::Airstrike) {
            kept.retain(|(i, v)| {
                let h = &hits[*i];
                !(v.kind == EventKind::Shelling
                    && !v.retyped
                    && matches!(h.pos, Pos::Noun | Pos::Masdar)
                    && definite(text, h)
                    && text.get(h.start..h.end) == Some("قصف"))
            });
        }
        let mut prev: Option<PhraseHead> = None;
        // The last word and clause of a denied agreement or talks followed by its content.
        let mut denied_deal: Option<(usize, usize)> = None;
        // The relative clause that describes an event mentioned, not reported: what it tells
        // of that event is mentioned too.
        let mut mentioned_rel: Option<(usize, usize)> = None;
        for (i, v) in kept.drain(..) {
            let h = &hits[i];
            let Role::Trigger(t) = h.role else { continue };
            let trig = &lex.triggers[t as usize];
            let (w0, w1) = sent.hit_span(i);
            let clause = sent.clause_of(w0);
            let (kind, retyped, anchor, habit) = (v.kind, v.retyped, v.anchor, v.habit);
            let (mut modality, mut certainty, cue_dist) = sent.modality(text, h, w0, w1, lex);
            let cued = cue_dist.is_some();
            // `وقف إطلاق النار الذي اتفق عليه الطرفان في الحديدة سيبدأ الثلاثاء`: an event noun
            // whose relative clause runs into a verb of its coming start is to come.
            if modality == Modality::Asserted
                && !cued
                && matches!(h.pos, Pos::Noun | Pos::Masdar)
                && starts_after_relative(text, sent, w1)
            {
                (modality, certainty) = (Modality::Planned, 0.8);
            }
            // `وطالب بيت المال، جميع قوات الجيش التي وصفها بـ"العدو"، بالانسحاب الفوري`: the
            // object of a demand, told with its `ب` after a relative clause on the one asked.
            if modality == Modality::Asserted
                && !cued
                && h.pos == Pos::Masdar
                && demand_after_relative(text, sent, w0, clause, lex)
            {
                (modality, certainty) = (Modality::Demanded, 0.8);
            }
            // The strike of an aircraft downed before it struck was not made: its airstrike
            // (the aircraft, or the verb of striking after `قبل`) and the attack it was about
            // to launch (`قبيل شنها هجوما`) are negated.
            if let Some((d, b)) = cut_short {
                let aircraft = kind == EventKind::Airstrike
                    && w0 + DOWNED_AIRCRAFT_BEFORE >= d
                    && w0 <= b + STRIKE_AFTER_BEFORE;
                let strike = matches!(
                    kind,
                    EventKind::Airstrike
                        | EventKind::Shelling
                        | EventKind::Offensive
                        | EventKind::Bombing
                ) && w0 > b
                    && w0 <= b + STRIKE_AFTER_BEFORE;
                if modality == Modality::Asserted && (aircraft || strike) {
                    (modality, certainty) = (Modality::Negated, 0.85);
                }
            }
            // What is planned next to a condition is its consequence, possible only
            // (`ستشن قواته هجوما إذا لم ينسحب المسلحون`, `ستنسحب القوات في حال توقيع الاتفاق`):
            // a word of class `condition` within `CONDITION_WORDS` words either side, with
            // no strong cut between.
            // The answer of a condition opened by `ف` (`وإذا أخفق الحوار فستقاتل القبائل`) is
            // cut from it, and still its consequence.
            if modality == Modality::Planned
                && condition.is_some_and(|c| {
                    sent.has_class_in_segment(c, (w0, w1), CONDITION_WORDS)
                        || sent.answers_condition(text, c, w0, CONDITION_WORDS)
                })
            {
                modality = Modality::Hypothetical;
            }
            // A violent event right after a word of cause (class `cause`: `بعد`, `إثر`, `على
            // خلفية`) is what the demand, plan, possibility or halt of a cue further off
            // responds to, told as it happened (`دعت البعثة إلى الهدوء بعد اشتباكات أمس`, `طالبت
            // بهدنة على خلفية القتال`, `أعلنت تعليق تقدمها عقب تفجيرين انتحاريين`). Not the
            // trigger's own future or purpose, and not a stage of what is planned (`ستعود
            // العائلات بعد تحرير المدينة`: offensives and control stay).
            if let (Some(d), Some(c)) = (cue_dist, cause) {
                if d >= 1
                    && !h.future
                    && !h.purpose
                    && matches!(
                        modality,
                        Modality::Demanded
                            | Modality::Planned
                            | Modality::Hypothetical
                            | Modality::Negated
                    )
                    && violent_told(kind)
                    && sent.has_class(
                        c,
                        clause,
                        (w0, w1),
                        Some(lexicon::Window {
                            before: d.min(CAUSE_WORDS) as u8,
                            after: 0,
                        }),
                    )
                {
                    (modality, certainty) = (Modality::Asserted, 0.85);
                }
            }
            // (`حاول المئات من المتظاهرين اقتحام …`: a quantity and `من` before them.)
            let of_quantity = w0 >= 1 && sent.word(text, w0 - 1) == "من";
            let subject_of_cue = cue_dist == Some(0)
                || (matches!(cue_dist, Some(1) | Some(2))
                    && (cue_dist == Some(1) || of_quantity)
                    && quantity.is_some_and(|q| {
                        sent.has_class(
                            q,
                            clause,
                            (w0, w1),
                            Some(lexicon::Window {
                                before: cue_dist.unwrap_or(1) as u8,
                                after: 0,
                            }),
                        )
                    }));
            if trig.agent
                && subject_of_cue
                && matches!(modality, Modality::Demanded | Modality::Negated)
            {
                // `وطالب محتجون بإقالة …`: the participants right after the verb of demand
                // (or after a quantity, class `quantity`: `طالب مئات المحتجين`) are its
                // subject; the demand is theirs. So is an attempt or a refusal
                // (`حاول محتجون اقتحام …`, `رفض المعتصمون فض الاعتصام`): the protest is
                // told, what they tried or refused is not. Further off they are its object or
                // its topic (`طالبت ميركل المتظاهرين بأن …`, `أوامر بإطلاق النار على
                // المتظاهرين`): what is ordered, allowed or asked of them keeps its modality.
                // A threat or a plan of theirs (`هدد المحتجون بإغلاق الموانئ`) keeps its own:
                // the protest it announces is not told yet.
                (modality, certainty) = (Modality::Asserted, 0.85);
            }
            // A nominal event that needs an anchor is news only where its clause anchors it
            // (a verb, a time, a number, a place, a cue); alone it is referred to, not told
            // (`استمرار الاغتيالات`).
            // A past event verb of a relative clause describes a person or thing of the
            // sentence (`الرهينة التي خطفت أمس`, `الحريري الذي اغتيل عام 2005`): context, not
            // news. An imperfect one tells a state that still holds (`قوات حفتر التي تحاصرهم`).
            // A clause that dates it to the day of the report (class `today`: `أمس`, `اليوم`,
            // a weekday) keeps it news (`المسؤول الذي اختطف من منزله الأحد`). Right after the
            // relative word a trigger is its verb whatever reading won (`الذي خطفه مسلحون`,
            // `الذي تم اختطافه`); later nouns are objects (`الهجوم الذي أسفر عن مقتل …`).
            let first = sent.clause_start(clause);
            let verb_of_relative = h.pos == Pos::Verb
                || w0 == first + 1
                || (w0 == first + 2 && sent.word(text, first + 1) == "تم");
            // `قوات حفتر التي كانت مرابطة في القاعدة انسحبت إلى …`: a past verb with no
            // conjunction and no `قد` after a relative clause of `كان` and its predicate is the
            // main clause's own, the noun's news.
            let after_kana = h.pos == Pos::Verb
                && !h.imperfect
                && w0 >= first + 3
                && matches!(
                    sent.word(text, first + 1),
                    "كان" | "كانت" | "كانوا" | "كانا" | "كانتا"
                )
                && !sent.word(text, w0).starts_with(['و', 'ف'])
                && !matches!(sent.word(text, w0 - 1), "قد" | "وقد" | "لقد");
            // `منفذ الانفجار في سبها الذي أودى بحياة ضابطين`: the toll a relative clause tells
            // of a reported event noun just before it (at most two words between) is reported
            // with it.
            let toll_of_news = kind == EventKind::Casualties
                && prev.as_ref().is_some_and(|p| {
                    p.nominal
                        && !p.background
                        && p.modality == Modality::Asserted
                        && p.kind != EventKind::Casualties
                        && first > p.w1
                        && first - p.w1 <= 3
                });
            // The trigger is the object of a background cue (`أدان`, `التحقيق في`).
            // (`يقف وراء الهجوم الذي شنه مسلحون فجر اليوم على مركز شرطة`: a definite noun
            // whose own relative clause right after it dates it to the day of the report is
            // told there as news, whatever governs the noun.)
            // (A condemnation or condolences for an event its own words date to the day of
            // the report, after it in its clause, `أدان المصرف حادثة اختطاف مديره صباح اليوم
            // الأحد`: the event is the day's news as well.)
            let background_cue = sent.background(text, h, w0, w1, lex)
                && !(definite(text, h)
                    && sent.relative_after(w1).is_some_and(|rc| {
                        today.is_some_and(|c| {
                            let s = sent.clause_start(rc);
                            sent.has_class(c, rc, (s, s), None)
                        })
                    }));
            let mut background = background_cue
                || (modality == Modality::Asserted && sent.spanned(text, h, w0, w1, lex))
                || (modality == Modality::Asserted && sent.year_dated(text, clause))
                || (verb_of_relative
                    && !h.imperfect
                    && !after_kana
                    && sent.is_relative(clause)
                    && !toll_of_news
                    && !today.is_some_and(|c| sent.has_class(c, clause, (w0, w1), None)))
                // `قاعدة معيتيقة التي تسيطر عليها قوات الوفاق`: control a relative clause tells
                // in the present is held, a state that describes the place, no capture (a
                // siege told so still goes on: `التي تحاصرهم`), unless its clause dates it to
                // the news (`الذي يسيطر الآن على الجانب الشرقي`).
                || (kind == EventKind::TerritoryControl
                    && h.pos == Pos::Verb
                    && h.imperfect
                    && !h.future
                    && modality == Modality::Asserted
                    // (A relative clause without its relative word after an indefinite noun
                    // keeps the pronoun that points back: `سجنا تسيطر عليه قوات الردع`,
                    // `مناطق يسيطر عليها مسلحون`.)
                    && {
                        let relative = sent.is_relative(clause);
                        let described = relative
                            || (matches!(
                                sent.word(text, w1 + 1),
                                "عليه" | "عليها" | "عليهم" | "عليهما"
                            ) && w0 > 0
                                && !sent.word(text, w0 - 1).starts_with("ال"))
                            // (Or with no pronoun after an indefinite phrase that names no
                            // one: `ميليشيات إسلامية تسيطر على المدينة`; not in a headline.)
                            || (w0 > HEADLINE_WORDS
                                && sent.indefinite_phrase_before(text, w0, names));
                        // (A clause with no relative word dates the control only by a time
                        // after the verb: the day before the indefinite noun is its main
                        // verb's, `تجددت الاشتباكات مساء السبت بين مسلحين تابعين لكتيبتين
                        // تسيطران على مدينة الزاوية`; r81.)
                        let window = (!relative).then_some(lexicon::Window {
                            before: 0,
                            after: 8,
                        });
                        described
                            && !today.is_some_and(|c| sent.has_class(c, clause, (w0, w1), window))
                    }
                    // (`التي باتت قوات المجلس تسيطر عليها`: control the place came under is
                    // a capture told, a change of state.)
                    && !(w0.saturating_sub(BECAME_WORDS)..w0).any(|i| {
                        matches!(
                            sent.word(text, i).trim_start_matches(['و', 'ف']),
                            "باتت" | "بات" | "اصبحت" | "اصبح" | "صارت" | "صار"
                        )
                    }))
                // `طرابلس الخاضعة لسيطرة حكومة الوفاق`, `المناطق الواقعة تحت سيطرة`, `معظم
                // الحقول تقع تحت سيطرة حفتر`: a place described by whose control it is under,
                // a state, no capture.
                || (kind == EventKind::TerritoryControl
                    && modality == Modality::Asserted
                    && matches!(h.pos, Pos::Noun | Pos::Masdar)
                    && (text.get(h.wstart..h.end).is_some_and(|t| t.starts_with("الخاضع"))
                        || (w0 > 0 && {
                            let before = sent.word(text, w0 - 1);
                            // (`المنطقة التي مازالت خاضعة لسيطرة التنظيم`.)
                            before.starts_with("الواقع")
                                || before.starts_with("خاضع")
                                || before.starts_with("الخاضع")
                                || matches!(
                                    before.trim_start_matches(['و', 'ف']),
                                    "تقع" | "يقع" | "تقعان" | "يقعان"
                                )
                        })))
                || anchor.is_some_and(|class| {
                    modality == Modality::Asserted
                        && !cued
                        && matches!(h.pos, Pos::Noun | Pos::Masdar)
                        // (`تمت تصفيته`: a verbal noun after `تم` is the passive's predicate,
                        // a verb told, no noun to anchor.)
                        && !(w0 > 0
                            && matches!(
                                sent.word(text, w0 - 1),
                                "تم" | "تمت" | "وتم" | "وتمت"
                            ))
                        && !victim_named(text, h, names, places)
                        && !(headline && kicker_then(text, sent, w0) && !definite(text, h))
                        && if definite(text, h) {
                            !sent.anchored_definite(text, clause, news, places)
                                && !sent
                                    .predicate_after_relative(text, w1)
                                    .is_some_and(|c| sent.anchored_definite(text, c, news, places))
                                // `الانفجار الذي وقع في حي الحدائق بوسط بنغازي`: a
                                // relative clause of occurrence that names where it happened,
                                // and no time, tells it here.
                                && !sent
                                    .relative_after(w1)
                                    .is_some_and(|rc| sent.placed_occurrence(text, rc, places))
                        } else {
                            !sent.anchored(text, clause, &[Some(class), news], places)
                                && !sent.chained_after_verb(text, clause, w0)
                                && !sent.then_after(text, clause, w0).is_some_and(|c| {
                                    sent.anchored(text, c, &[Some(class), news], places)
                                })
                                && !sent.means_after_verb(text, clause, w0)
                                && !sent
                                    .purpose_after(text, h, clause, w0)
                                    .is_some_and(|c| {
                                        sent.anchored(text, c, &[Some(class), news], places)
                                    })
                                && !self.named.declare.is_some_and(|d| {
                                    sent.object_after_comma(text, clause, w0, d)
                                })
                        }
                });
            // A definite event noun that a relative clause of occurrence dates to a year
            // (class `occurred`, then a year within `OCCURRED_YEAR_WORDS` words: `الهجوم الذي
            // وقع في يوليو 2006`, `المجزرة التي وقعت عام 1996`) is an earlier event referred
            // back to. Without the year it may be the news (`تبنى التنظيم الهجوم الذي استهدف
            // …`). What the relative clause of a mentioned event tells (`التفجير الذي وقع …
            // وأسفر عن مقتل …`, `الانتفاضة التي انتهت بمقتله`) is mentioned with it.
            let nominal = matches!(h.pos, Pos::Noun | Pos::Masdar);
            // Only a mention a cue or the structure decides passes it on to its relative
            // clause: a definite noun made background for want of an anchor may be the
            // subject of the news its relative clause runs into (`القتلى الذين خلفهم القصف
            // وصل عددهم إلى 41 قتيلا`).
            let mut passes_on = background_cue;
            if !background && modality == Modality::Asserted {
                background = mentioned_rel.is_some_and(|(a, b)| (a..=b).contains(&clause))
                    || (nominal
                        && (definite(text, h)
                            || text
                                .get(h.wstart..h.start)
                                .is_some_and(|p| p.ends_with("لل")))
                        && occurred.is_some_and(|occ| {
                            sent.relative_after(w1).is_some_and(|rc| {
                                let s = sent.clause_start(rc);
                                sent.has_class(
                                    occ,
                                    rc,
                                    (s, s),
                                    Some(lexicon::Window {
                                        before: 0,
                                        after: 1,
                                    }),
                                ) && (sent.year_after(text, s + 1, OCCURRED_YEAR_WORDS)
                                    || sent.long_past_after(text, s + 1, OCCURRED_YEAR_WORDS))
                            })
                        }));
                passes_on = background;
            }
            if background && passes_on && nominal {
                if let Some(rc) = sent
                    .relative_after(w1)
                    .or_else(|| sent.relative_after_target(text, w1))
                {
                    mentioned_rel = Some((rc, sent.relative_run(text, rc)));
                }
            }
            // An imperfect verb of a deed that is no state (`^class`): a habit or a kind of
            // deed unless it opens the sentence (a headline), or its clause dates it or counts
            // its victims in digits.
            if let Some(class) = habit {
                background |= modality == Modality::Asserted
                    && h.pos == Pos::Verb
                    && h.imperfect
                    && !h.future
                    && w0 > HEADLINE_WORDS
                    && !sent.has_digit(clause)
                    && !sent.has_class(class, clause, (w0, w1), None);
            }
            // Participants whose protest is told only by the relative clause after them
            // (`طوقت القوات المتظاهرين الذين تجمعوا أمام المقر`) are the subject or object of
            // something else: that clause describes them, as past verbs of relative clauses do.
            // A crowd dispersed is still a protest told (`فرقت الشرطة المحتجين الذين …`).
            if trig.agent && !background {
                let next = w1 + 1;
                let described = next < sent.word_count()
                    && sent.clause_of(next) != clause
                    && sent.is_relative(sent.clause_of(next))
                    && ![protest_act, disperse]
                        .iter()
                        .flatten()
                        .any(|&c| sent.has_class(c, clause, (w0, w1), None));
                background = described;
            }
            // Words of one phrase (`تفجير سيارة مفخخة`): a trigger at most two words after
            // one of its kind in its clause belongs to it and shares its reading.
            // So does a blast, strike or fire right after an attack noun, which it tells the
            // means of (`أحبطت الأجهزة هجوما انتحاريا`, `هجوم بسيارة مفخخة`): the foiled
            // attack's bombing is foiled too.
            if let Some(p) = prev.filter(|p| {
                (p.kind == kind
                    || (p.kind == EventKind::Offensive
                        && p.nominal
                        && nominal
                        && matches!(
                            kind,
                            EventKind::Bombing | EventKind::Airstrike | EventKind::Shelling
                        )))
                    && p.clause == clause
                    && w0 > p.w1
                    && w0 - p.w1 <= 2
            }) {
                (modality, certainty, background) = (p.modality, p.certainty, p.background);
            } else if let Some(p) = prev.filter(|p| {
                // `إطلاق نار كثيف من بنادق كلاشينكوف وقذائف هاون`: a weapon's fire joined by
                // `و` to the fire of its clause, a few words on, is the same fighting told.
                let fire = |k: EventKind| {
                    matches!(
                        k,
                        EventKind::ArmedClash
                            | EventKind::Shelling
                            | EventKind::Airstrike
                            | EventKind::Bombing
                    )
                };
                p.nominal
                    && nominal
                    && fire(p.kind)
                    && fire(kind)
                    && p.clause == clause
                    && w0 > p.w1
                    && w0 - p.w1 <= CONJOINED_FIRE_WORDS
                    && text
                        .get(h.wstart..h.start)
                        .is_some_and(|c| c.starts_with('و'))
            }) {
                (modality, certainty, background) = (p.modality, p.certainty, p.background);
            } else if let Some(p) = prev.filter(|p| {
                // `تنفيذ هجمات مكثفة على معسكر زمزم باستخدام المدفعية الثقيلة`: the weapons an
                // attack told just before used (`باستخدام`, `بواسطة`, `مستخدما`) are its means,
                // told as it is.
                p.kind == EventKind::Offensive
                    && matches!(
                        kind,
                        EventKind::Shelling | EventKind::Airstrike | EventKind::Bombing
                    )
                    && p.clause == clause
                    && w0 > p.w1
                    && w0 - p.w1 <= MEANS_AFTER_ATTACK_WORDS
                    && matches!(
                        sent.word(text, w0),
                        "باستخدام" | "بواسطه" | "مستخدما" | "مستخدمين" | "مستخدمه"
                    )
            }) {
                (modality, certainty, background) = (p.modality, p.certainty, p.background);
            } else if let Some(p) = prev.filter(|p| {
                // `منذ توقيع اتفاق وقف إطلاق النار`: the ceasefire an agreement noun names
                // right after it is that agreement, told as it is.
                p.kind == EventKind::Agreement
                    && kind == EventKind::Ceasefire
                    && p.nominal
                    && nominal
                    && p.clause == clause
                    && w0 == p.w1 + 1
            }) {
                (modality, certainty, background) = (p.modality, p.certainty, p.background);
            }
            // What a denied agreement or talks would have settled, told after its preposition
            // of content (`لا توجد أي اتفاقات حول انسحاب القوات … مقابل الدخول في هدنة`, `دون
            // أن يكون هناك أي اتفاق على هدنة أو وقف لإطلاق النار`), is not settled either: a
            // trigger of the same clause within `DENIED_CONTENT_WORDS` words after it, told
            // or planned, is negated.
            if let Some((dw1, dclause)) = denied_deal {
                if dclause == clause
                    && w0 > dw1
                    && w0 - dw1 <= DENIED_CONTENT_WORDS
                    && matches!(modality, Modality::Asserted | Modality::Planned)
                {
                    modality = Modality::Negated;
                }
            }
            // (Denied by a cue close before it, `لا توجد أي اتفاقات`; not one denied as a
            // far step of a condition, `لن تجرى قبل توحيد المؤسسة والاتفاق على قاعدة`.)
            if matches!(kind, EventKind::Agreement | EventKind::PeaceTalks)
                && modality == Modality::Negated
                && cue_dist.is_some_and(|d| d <= 3)
                && nominal
                && w1 + 1 < sent.word_count()
                && sent.clause_of(w1 + 1) == clause
                && matches!(sent.word(text, w1 + 1), "علي" | "حول" | "بشان" | "بخصوص")
            {
                denied_deal = Some((w1, clause));
            }
            prev = Some(PhraseHead {
                kind,
                nominal,
                clause,
                w1,
                modality,
                certainty,
                background,
            });
            let confidence = trig.weight * certainty;
            let want = |background: bool| {
                collecting
                    || (!background && modality == Modality::Asserted && event_filter.applies(kind))
            };
            let feats = || {
                filter::Feats::of(
                    filter::Site {
                        text,
                        h,
                        w: (w0, w1),
                        clause,
                        agent: trig.agent,
                        weight: trig.weight,
                        certainty,
                        cue_dist,
                        names,
                        places,
                    },
                    sent,
                    lex,
                )
            };
            if let Some(f) = found
                .iter_mut()
                .find(|f| f.kind == kind && f.modality == modality && f.background == background)
            {
                f.extra += 1;
                // On a tie, a trigger whose words are all its own (`القبض على`) names the event
                // rather than the head of a pattern whose gap holds its subject.
                let spans_gap = spans_gap_words(text, h);
                if confidence > f.confidence
                    || (confidence == f.confidence && f.spans_gap && !spans_gap)
                {
                    f.confidence = confidence;
                    f.spans_gap = spans_gap;
                    f.range = trigger_range(text, h);
                    f.clause = sent.clause_range(clause);
                    if want(f.background) {
                        f.feats = Some(Box::new(feats()));
                    }
                    f.sub_event = if retyped {
                        None
                    } else {
                        trig.sub_event.as_deref()
                    };
                }
                continue;
            }
            found.push(Found {
                kind,
                modality,
                background,
                range: trigger_range(text, h),
                spans_gap: spans_gap_words(text, h),
                clause: sent.clause_range(clause),
                confidence,
                extra: 0,
                sub_event: if retyped {
                    None
                } else {
                    trig.sub_event.as_deref()
                },
                feats: want(background).then(|| Box::new(feats())),
                filtered: false,
            });
        }
        let n = found.len();
        for f in found.iter_mut() {
            f.confidence = (f.confidence + 0.05 * f.extra as f32).min(1.0);
            if let Some(x) = f.feats.as_mut() {
                x.extra = f.extra;
                x.events = n;
            }
        }
        // The learned filter: an asserted event it scores under its threshold is a mention.
        if found.iter().any(|f| f.feats.is_some()) {
            let filter = event_filter;
            for i in (0..found.len()).rev() {
                let f = &found[i];
                let Some(x) = f.feats.as_ref() else { continue };
                if f.background
                    || f.modality != Modality::Asserted
                    || !filter.applies(f.kind)
                    || filter.keeps(f.kind, x)
                {
                    continue;
                }
                let (kind, modality) = (f.kind, f.modality);
                if found
                    .iter()
                    .any(|o| o.kind == kind && o.modality == modality && o.background)
                {
                    // A mention of the same kind and modality is there already.
                    found.remove(i);
                } else {
                    found[i].background = true;
                    found[i].filtered = true;
                }
            }
        }
        found.sort_by_key(|f| f.range.start);
    }
}

/// True when word `w0` opens its sentence, or follows a kicker that does (`ليبيا: اغتيال
/// ناشط`, `مصر.. مقتل 6 جنود`: one word, then a colon or dots).
fn kicker_then(text: &str, sent: &clauses::Sentence, w0: usize) -> bool {
    w0 == 0
        || (w0 == 1
            && sent.words().is_some_and(|(_, ws)| {
                ws.get(1)
                    .and_then(|b| text.get(ws[0].end..b.start))
                    .is_some_and(|gap| gap.contains([':', '.']))
            }))
}

/// True when the name a meeting or talks trigger stands in (`ملتقى الحوار السياسي`) is told
/// in session: a word of sitting or meeting right before the name (`جلسات ملتقى الحوار`,
/// `اجتماع`, `جولة`, `انعقاد`, `أعمال`), a verb of convening or going on right before it
/// (`انطلق`, `يواصل`, `اختتم`, `عقد`), or its sittings right after it (`أعماله`, `جلساته`);
/// or the trigger is in no longer name at all. (`أعضاء ملتقى الحوار` are members of the body.)
fn in_session(text: &str, names: &[Range<usize>], h: &Hit) -> bool {
    let Some(name) = clauses::longer_name(names, &(h.wstart..h.wend)) else {
        return true;
    };
    let before = text.get(..name.start).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !crate::words::is_word_char(c))
        .next()
        .unwrap_or("");
    let word = word
        .strip_prefix(['و', 'ف'])
        .filter(|w| w.chars().count() > 3)
        .unwrap_or(word);
    let after = text
        .get(name.end..)
        .unwrap_or("")
        .trim_start()
        .split(|c: char| !crate::words::is_word_char(c))
        .next()
        .unwrap_or("");
    matches!(
        after,
        "اعماله"
            | "جلساته"
            | "جلسته"
            | "اجتماعاته"
            | "اجتماعه"
            | "اعمالها"
            | "جلساتها"
            | "جولته"
            | "جولتها"
            | "دورته"
    ) || matches!(
        // (`سيعقد`: the future's `س` before the verb.)
        word.strip_prefix('س')
            .filter(|w| w.starts_with(['ي', 'ت']))
            .unwrap_or(word),
        "انطلق"
            | "انطلقت"
            | "ينطلق"
            | "تنطلق"
            | "يواصل"
            | "واصل"
            | "تواصل"
            | "اختتم"
            | "اختتمت"
            | "يختتم"
            | "عقد"
            | "يعقد"
            | "اجتمع"
            | "يجتمع"
            | "استانف"
            | "يستانف"
            | "جلسات"
            | "جلسه"
            | "جلستي"
            | "اجتماع"
            | "اجتماعات"
            | "جوله"
            | "جولات"
            | "انعقاد"
            | "اعمال"
            | "لقاء"
            | "لقاءات"
            | "مشاورات"
            | "مداولات"
    )
}

/// True when a relative clause right after word `w1` (its verb then at least one word) runs
/// into a future verb of starting (`سيبدأ`, `ستنطلق`, `سيدخل حيز التنفيذ`, `ستستأنف`) within
/// `START_AFTER_RELATIVE` words of its first word, with no cut between: the noun the clause
/// describes starts then.
fn starts_after_relative(text: &str, sent: &clauses::Sentence, w1: usize) -> bool {
    let Some(rc) = sent.relative_after(w1) else {
        return false;
    };
    let first = sent.clause_start(rc);
    (first + 2..=first + START_AFTER_RELATIVE)
        .take_while(|&i| sent.clause_of(i) == rc && i < sent.word_count())
        .any(|i| {
            matches!(
                sent.word(text, i),
                "سيبدا"
                    | "ستبدا"
                    | "سينطلق"
                    | "ستنطلق"
                    | "سيدخل"
                    | "ستدخل"
                    | "سيستانف"
                    | "ستستانف"
            )
        })
}

/// True when word `w0` opens its clause with `ب` (`بالانسحاب`), one of the two clauses before
/// it is a relative clause (a quotation may cut one more), and a clause before that (at most
/// five back) holds a cue of demand (`طالب`, `دعا`): the event is what was asked of the one the
/// relative clause describes.
fn demand_after_relative(
    text: &str,
    sent: &clauses::Sentence,
    w0: usize,
    clause: usize,
    lex: &Lexicon,
) -> bool {
    let demanded = 1u16 << clauses::cue_type_bit(lexicon::CueType::Modality(Modality::Demanded));
    clause >= 2
        && sent.clause_start(clause) == w0
        && sent.word(text, w0).starts_with('ب')
        && (clause - 2..clause).any(|k| sent.is_relative(k))
        && (clause.saturating_sub(5)..clause - 1)
            .any(|k| !sent.is_relative(k) && sent.cue_type_bits(k, lex).0 & demanded != 0)
}

/// The most words from the relative word to a future verb of starting
/// ([`starts_after_relative`]).
const START_AFTER_RELATIVE: usize = 10;

/// A verb of becoming (`باتت`, `أصبحت`) this many words or fewer before a present-tense control
/// verb in a relative clause makes it a capture told (`التي باتت قوات المجلس تسيطر عليها`).
const BECAME_WORDS: usize = 6;

/// The most words of a headline whose opening event noun is told as news without an anchor.
const HEADLINE_NOUN_WORDS: usize = 10;

/// The most words from a downing (class `downed`) to the `قبل` of the strike it cut short
/// (class `before_strike`).
const DOWNED_BEFORE_WORDS: usize = 14;

/// An airstrike trigger this many words or fewer before the downing is the aircraft downed
/// (`طائرة مسيرة أسقطتها الدفاعات قبل أن تصل`).
const DOWNED_AIRCRAFT_BEFORE: usize = 3;

/// The triggers at most this many words after the `قبل` of a cut-short strike tell that strike
/// (`قبل أن تتمكن من تنفيذ هجومها`).
const STRIKE_AFTER_BEFORE: usize = 6;

/// Words after the verb of a relative clause of occurrence where its year is looked for.
const OCCURRED_YEAR_WORDS: usize = 6;

/// A planned event this many words or fewer from a condition (class `condition`) is its
/// consequence.
const CONDITION_WORDS: usize = 12;

/// A word of cause at most this many words before a violent event makes it the cause told.
const CAUSE_WORDS: usize = 2;

/// The kinds that a word of cause before them tells as done (`بعد اشتباكات`, `إثر مقتل`):
/// violence and its toll, arrests and protests. Not offensives, control or politics, which a
/// plan may stage one after another (`بعد تحرير المدينة`, `بعد إقرار الدستور`).
fn violent_told(kind: EventKind) -> bool {
    use EventKind::*;
    matches!(
        kind,
        ArmedClash
            | Airstrike
            | Shelling
            | Bombing
            | Assassination
            | ViolenceAgainstCivilians
            | Casualties
            | Abduction
            | Arrest
            | Protest
    )
}

/// A verb within this many words of the start of its sentence opens it, as in a headline
/// (`قوات الوفاق تسيطر على …`).
const HEADLINE_WORDS: usize = 3;

/// The buffers of [`EventClassifier::classify_in`], kept for the thread's next call.
#[derive(Default)]
struct Scratch {
    hits: Vec<Hit>,
    keep: Vec<bool>,
    /// The words that cut the gaps of patterns (`hits`).
    cuts: Vec<usize>,
    sent: clauses::Sentence,
    places: Vec<Range<usize>>,
    names: Vec<Range<usize>>,
    /// The lexicon's matches in a sentence.
    matches: Vec<Match>,
    /// The triggers of a sentence its context rules kept.
    kept: Vec<(usize, Verdict)>,
}

thread_local! {
    /// The buffers of the last call of [`EventClassifier::classify_in`] on this thread.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Buffers over this size (all together) are freed after the call rather than kept.
const SCRATCH_KEEP: usize = 8 << 20;

impl Scratch {
    /// The thread's buffers (empty on its first call).
    fn take() -> Scratch {
        SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()))
    }

    /// Keeps the buffers for the thread's next call, unless they are large.
    fn give_back(self) {
        use std::mem::size_of;
        let size = self.hits.capacity() * size_of::<Hit>()
            + self.keep.capacity()
            + self.cuts.capacity() * size_of::<usize>()
            + self.sent.footprint()
            + (self.places.capacity() + self.names.capacity()) * size_of::<Range<usize>>()
            + self.matches.capacity() * size_of::<Match>()
            + self.kept.capacity() * size_of::<(usize, Verdict)>();
        if size <= SCRATCH_KEEP {
            SCRATCH.with(|s| *s.borrow_mut() = self);
        }
    }
}

/// What a trigger's context rules decided: its kind (retyped or not), its anchor class and
/// its habit class.
struct Verdict {
    kind: EventKind,
    retyped: bool,
    anchor: Option<u8>,
    habit: Option<u8>,
}

/// The reading of the last trigger of a sentence, which the next words of its phrase share.
#[derive(Clone, Copy)]
struct PhraseHead {
    kind: EventKind,
    /// The trigger is a noun or a verbal noun.
    nominal: bool,
    clause: usize,
    w1: usize,
    modality: Modality,
    certainty: f32,
    background: bool,
}

/// An event of a sentence before its spans are mapped to the original.
struct Found<'s> {
    kind: EventKind,
    modality: Modality,
    background: bool,
    /// The trigger word(s) in the normalized text.
    range: Range<usize>,
    /// The trigger is the head of a pattern whose gap holds words.
    spans_gap: bool,
    /// The trigger's clause in the normalized text.
    clause: Range<usize>,
    confidence: f32,
    extra: u32,
    sub_event: Option<&'s str>,
    /// What the classifier knew about the trigger that names it (when the event filter
    /// scores it, or features are collected).
    feats: Option<Box<filter::Feats>>,
    /// The event filter made it background.
    filtered: bool,
}

/// A match of a lexicon form found by [`EventClassifier::scan_sentence`]: its start and end,
/// the form, the bytes of proclitics between the start of its word and its start, and the
/// index of its word among the sentence's words.
type Match = (usize, usize, u32, u32, u32);

/// One accepted match of a lexicon form in the normalized text.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    /// The matched form.
    pub start: usize,
    pub end: usize,
    /// The whole word(s), clitics included.
    pub wstart: usize,
    pub wend: usize,
    pub role: Role,
    pub pos: Pos,
    /// A future `س` before an imperfect verb.
    pub future: bool,
    /// A purpose `ل` before a verbal noun.
    pub purpose: bool,
    /// The word carries `و` or `ف`.
    pub conj: bool,
    /// A verb in the imperfect (see [`lexicon::Form`]).
    pub imperfect: bool,
    /// For a pattern with a gap: the bytes between its head word and its tail (the hit's
    /// `start..end` is the head's match, `wstart..wend` runs to the end of the tail).
    pub gap: Option<(usize, usize)>,
    /// For a pattern with a gap: the most words its gap may hold.
    pub tail_gap: u8,
}

/// The endings a verb of the lexicon may carry after its form: object pronouns, the plural
/// and dual of the imperfect, the plural of the perfect.
fn verb_suffix(s: &str) -> bool {
    matches!(
        s,
        "" | "ه"
            | "ها"
            | "هم"
            | "هما"
            | "هن"
            | "نا"
            | "كم"
            | "ني"
            | "ون"
            | "ان"
            | "وا"
            | "ا"
    )
}

/// The endings a noun of the lexicon may carry after its form: the accusative `ا` and the
/// possessive pronouns.
fn noun_suffix(s: &str) -> bool {
    matches!(s, "" | "ا" | "ه" | "ها" | "هم" | "هما" | "هن" | "نا" | "كم")
}

/// How far back (in characters) a trigger's word may begin: its proclitics, and for forms
/// written without their article, the article too (`وبال` + a form), with room to spare.
const MAX_TRIGGER_PREFIX_CHARS: usize = 6;

/// Checks the clitics around a match of `form` at `start..end` of `text`, whose word begins
/// at `ws` (`word_start(text, start, MAX_TRIGGER_PREFIX_CHARS)`, known to the scan that found
/// the match). `words`: the words of the match's sentence, where the end of its word is
/// looked up.
#[cfg(test)]
fn accept(
    text: &str,
    words: &mut crate::words::WordCursor<'_>,
    (start, end): (usize, usize),
    ws: usize,
    form: &lexicon::Form,
) -> Option<Hit> {
    if !clitics_may_fit(text, start, end, form) {
        return None;
    }
    accept_fitting(text, words, (start, end), ws, None, form)
}

/// True when the word starting at `ws` comes right after a count: a number of one to three
/// digits or a number word that takes a counted noun (`30 طالبا`, `عشرين طالبا`, `مئة طالب`).
/// The word is then that noun, never a verb form spelled the same (`طالبا`: «the two
/// demanded»). Four digits are a year (`عام 2011 قتل`) and stay before verbs. An imperfect
/// verb is never such a noun: after a unit's number it is the unit's deed (`الكتيبة 166 تحاصر`).
fn after_count(text: &str, ws: usize) -> bool {
    let before = text[..ws].trim_end_matches(' ');
    if before.len() == ws {
        return false;
    }
    let token = before.rsplit(' ').next().unwrap_or(before);
    let digits = token.bytes().all(|b| b.is_ascii_digit());
    (digits && (1..=3).contains(&token.len()))
        || matches!(
            token,
            "عشر"
                | "عشره"
                | "عشرة"
                | "عشرين"
                | "عشرون"
                | "ثلاثين"
                | "ثلاثون"
                | "اربعين"
                | "اربعون"
                | "خمسين"
                | "خمسون"
                | "ستين"
                | "ستون"
                | "سبعين"
                | "سبعون"
                | "ثمانين"
                | "ثمانون"
                | "تسعين"
                | "تسعون"
                | "مئه"
                | "مئة"
                | "مائه"
                | "مائة"
                | "مايه"
                | "الف"
        )
}

/// [`accept`] for a match that [`clitics_may_fit`] lets through (the scan checks that). `wend`:
/// the end of its word when the scan knows it (the match ends inside a word of its sentence
/// that ends before the sentence does), what `words.word_end` would find.
fn accept_fitting(
    text: &str,
    words: &mut crate::words::WordCursor<'_>,
    (start, end): (usize, usize),
    ws: usize,
    wend: Option<usize>,
    form: &lexicon::Form,
) -> Option<Hit> {
    use crate::words::{lam_article_ok, proclitic_ok, Article};
    // The proclitics, as bytes (`و` is D9 88, `ف` D9 81): `ws` and `start` are char
    // boundaries.
    let prefix = text.as_bytes().get(ws..start)?;
    let (conj, rest) = match prefix {
        [0xD9, 0x88 | 0x81, r @ ..] => (true, r),
        _ => (false, prefix),
    };
    let mut future = false;
    let mut purpose = false;
    let ok = match form.pos {
        Pos::Particle => rest.is_empty(),
        Pos::Verb => {
            if rest == "س".as_bytes() && form.text.starts_with(['ي', 'ت', 'ن', 'ا']) {
                future = true;
                true
            } else {
                // `ل` on a verb form is a purpose: the lam of `كي` before an imperfect
                // (`ليطردوا`), or a verbal noun spelled as its perfect (`لطرد`, `لقصف`: the
                // noun of a `V` row is not generated apart). `تعرض ل` outranks it (cues.tsv).
                purpose = rest == "ل".as_bytes();
                (rest.is_empty() || purpose)
                    && !(prefix.is_empty() && !form.imperfect && after_count(text, ws))
            }
        }
        Pos::Noun | Pos::Masdar => {
            let prefix = &text[ws..start];
            if form.article {
                match prefix.strip_suffix("ال") {
                    Some(p) => proclitic_ok(p, Article::Present),
                    None => {
                        proclitic_ok(prefix, Article::Dropped) || lam_article_ok(prefix, &form.text)
                    }
                }
            } else if form.indefinite {
                proclitic_ok(prefix, Article::Forbidden)
            } else {
                proclitic_ok(prefix, Article::None)
            }
        }
    };
    if !ok {
        return None;
    }
    // The end of the word (at most 20 more word characters).
    let we = match wend {
        Some(we) if crate::words::within_chars(text, end..we, 20) => we,
        Some(_) => return None,
        None => words.word_end(text, end, 20)?,
    };
    if form.open_end && perfect_in_imperfect_slot(text, end, we, form) {
        // `قد ت*`, `قد ن*` stand for «may» + an imperfect verb; `قد` before a perfect is
        // «already» (`وقد تمكنت القوات`, `وقد تمت السيطرة`, `قد نفذت طائرات غارات`).
        return None;
    }
    if !form.open_end {
        let suffix = &text[end..we];
        let allowed = match form.pos {
            Pos::Particle => suffix.is_empty(),
            Pos::Verb => verb_suffix(suffix),
            Pos::Noun | Pos::Masdar => noun_suffix(suffix),
        };
        if !allowed || (form.needs_suffix && matches!(suffix, "" | "ا")) {
            return None;
        }
        // A purpose `ل` on a bare verbal noun (`لوقف القتال`) or on one whose object is a
        // pronoun (`لدخولها`, `لتحريرها`: to enter it, to free it).
        // With the article (`للسيطرة على`, `للقبض على`), only a verbal noun that the pattern
        // writes with its own preposition: the noun is then the head of its action, not the
        // object of a word before it (`تعرض للقصف`, `دعمه للهجوم`).
        purpose = purpose
            || (form.pos == Pos::Masdar
                && (rest == "ل".as_bytes()
                    || (rest == "لل".as_bytes() && ends_with_preposition(&form.text)))
                && matches!(suffix, "" | "ه" | "ها" | "هم" | "هما" | "هن"));
    }
    Some(Hit {
        start,
        end,
        wstart: ws,
        wend: we,
        role: form.role,
        pos: form.pos,
        future,
        purpose,
        conj,
        imperfect: form.imperfect,
        gap: None,
        tail_gap: 0,
    })
}

/// True when a pattern's last word is a preposition its verbal noun governs (`سيطرة على`,
/// `التحرك نحو`), in the normalized spelling of the lexicon's forms.
fn ends_with_preposition(form: &str) -> bool {
    form.rsplit_once(' ')
        .is_some_and(|(_, last)| matches!(last, "علي" | "الي" | "نحو" | "من" | "في" | "عن"))
}

/// False when the letters touching a match of `form` at `start..end` of `text` rule out every
/// clitic [`accept`] allows, told from those two characters alone (many matches of a walk lie
/// inside longer words): a proclitic run ends in `و ف ب ل ك س`, and a suffix
/// (of a form that is not open-ended) begins with `ه ن ك و ا`. True when unsure.
#[cfg(test)]
fn clitics_may_fit(text: &str, start: usize, end: usize, form: &lexicon::Form) -> bool {
    clitic_before_may_fit(text, start) && (form.open_end || clitic_after_may_fit(text, end))
}

/// The first half of [`clitics_may_fit`]: false when the character ending at `start` is a
/// word character that ends no proclitic run.
#[inline]
fn clitic_before_may_fit(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    // The character ending at `start`: ASCII or two-byte Arabic (a lead byte 0xD8..=0xDB
    // two bytes back is that character's own).
    let before = match b.get(start.wrapping_sub(2)..start) {
        Some(&[b0 @ 0xD8..=0xDB, b1]) => Some(two_byte_char(b0, b1)),
        _ => match start.checked_sub(1).and_then(|i| b.get(i)) {
            Some(&c) if c < 0x80 => Some(char::from(c)),
            _ => None,
        },
    };
    !before.is_some_and(|c| {
        crate::words::is_word_char(c) && !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك' | 'س')
    })
}

/// The second half of [`clitics_may_fit`], for a form that is not open-ended: false when the
/// character at `end` is a word character that begins no suffix.
#[inline]
fn clitic_after_may_fit(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    // The character at `end`.
    let after = match b.get(end..end + 2) {
        Some(&[b0 @ 0xD8..=0xDB, b1]) => Some(two_byte_char(b0, b1)),
        _ => match b.get(end) {
            Some(&c) if c < 0x80 => Some(char::from(c)),
            _ => None,
        },
    };
    !after
        .is_some_and(|c| crate::words::is_word_char(c) && !matches!(c, 'ه' | 'ن' | 'ك' | 'و' | 'ا'))
}

/// The character of the two bytes `b0 b1` of UTF-8, `b0` a lead byte of U+0600..U+06FF.
#[inline]
fn two_byte_char(b0: u8, b1: u8) -> char {
    char::from_u32((u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F)).unwrap_or('\0')
}

/// True when an open-ended cue whose last word is a bare prefix of the imperfect (`قد ت*`,
/// `قد ن*`: «may» + a verb) runs on into a word shaped like a perfect verb: `تم`, or a word
/// ending in the feminine `ت`, the feminine dual `تا` or the plural `وا` (`تمت`, `تمكنت`,
/// `تعرضتا`, `تعرضوا`, `نفذت`). After
/// `قد` a perfect says «already», not «may».
fn perfect_in_imperfect_slot(text: &str, end: usize, we: usize, form: &lexicon::Form) -> bool {
    if !matches!(form.role, Role::Cue(_)) {
        return false;
    }
    let Some((_, last)) = form.text.rsplit_once(' ') else {
        return false;
    };
    if !matches!(last, "ت" | "ن") {
        return false;
    }
    let Some(word) = end.checked_sub(last.len()).and_then(|s| text.get(s..we)) else {
        return false;
    };
    let n = word.chars().count();
    word == "تم"
        || (n >= 3 && (word.ends_with('ت') || word.ends_with("تا") || word.ends_with("وا")))
        // A word of three letters in `ن` is a perfect (`وقد نجا من عملية تفجير`, `قد نفذ`,
        // `قد نقل`): the first person plural of an imperfect has four (`ننفذ`).
        || (last == "ن" && n == 3)
}

/// Whether the (normalized) words before an event word make it the setting of its clause, when
/// or where something else was done (`طالبت خلال المفاوضات بالإفراج عن سجين`, `في بيان صدر خلال
/// اجتماع عقدوه`): `خلال` or `أثناء`, not `من خلال` (by means of, `إلا من خلال ضربة عسكرية`).
/// The events stage and the records read it alike.
pub(crate) fn setting_word(prev: &str, prev2: &str) -> bool {
    matches!(prev.trim_start_matches('و'), "خلال" | "اثناء") && prev2 != "من"
}

/// True when a bare word of two readings (`قتل`, `خطف`) is the passive verb of a clause: its
/// subject stands before it, a definite noun (`الضابط قتل`), an accusative after `إن` (`جنديا
/// قتل`) or an aside closed by a comma (`، وهو إمام مسجد حاليا، قتل`), and a preposition of
/// the circumstances follows (`في تفجير`, `خلال`, `جراء`, `إثر`, `برصاص`, `بنيران`). A definite
/// noun heads no construct, so the bare word after it is no genitive verbal noun.
fn passive_told(text: &str, sent_start: usize, h: &Hit) -> bool {
    const AFTER: [&str; 6] = ["في", "خلال", "جراء", "اثر", "برصاص", "بنيران"];
    if h.start != h.wstart || h.end != h.wend {
        return false;
    }
    let rest = &text[h.wend..];
    let next = rest
        .trim_start_matches(' ')
        .split(|c: char| !crate::words::is_word_char(c))
        .next()
        .unwrap_or("");
    if rest.starts_with(|c: char| c != ' ') || !AFTER.contains(&next) {
        return false;
    }
    let before = &text[sent_start.min(h.wstart)..h.wstart];
    let gap_end = before.trim_end_matches(' ');
    if gap_end.ends_with(['،', ',']) {
        return true;
    }
    if gap_end.len() != before.len() - 1 {
        // Not a single space before the word: punctuation or nothing.
        return false;
    }
    let prev = gap_end
        .rsplit(|c: char| !crate::words::is_word_char(c))
        .next()
        .unwrap_or("");
    let bare = prev.strip_prefix(['و', 'ف']).unwrap_or(prev);
    let bare = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
    (bare.starts_with("ال") && bare.chars().count() > 3)
        || (prev.chars().count() > 3 && prev.ends_with('ا'))
}

/// True when a word of two readings (`قتل`, `خطف`) carries the `ف` of consequence after the
/// words of its sentence (`سقط صاروخ على سيارة صباح اليوم فقتل السائق`): a verb tells what
/// followed, as news tells it (a verbal noun seldom takes `ف`; `و` does join verbal nouns in a
/// list, `اجتياح المدينة وقتل النساء`, and stays with the noun's reading).
fn consequence_told(text: &str, sent_start: usize, h: &Hit) -> bool {
    h.end == h.wend
        && h.wstart > sent_start
        && text.get(h.wstart..h.start) == Some("ف")
        && text[sent_start..h.wstart]
            .chars()
            .any(crate::words::is_word_char)
}

/// True when a bare word of two readings (`قتل`, `خطف`) opens the sentence's main clause right
/// after an introductory adjunct and its comma (`من جهة أخرى، قتل عنصران`, `في غضون ذلك، قتل
/// الشيخ`, `في تطور مفاجئ يعيد توجيه الأنظار إلى العاصمة، قتل`): news opens its clause with
/// the verb there as it opens the sentence with it. The adjunct is at most
/// `OPENING_ADJUNCT_WORDS` words, holds no other comma and starts with a preposition.
fn after_opening_adjunct(text: &str, sent_start: usize, h: &Hit) -> bool {
    const OPENERS: [&str; 12] = [
        "في", "من", "على", "الى", "بعد", "قبل", "خلال", "مع", "وسط", "اثر", "عقب", "بحسب",
    ];
    if h.start != h.wstart || h.end != h.wend {
        return false;
    }
    let Some(before) = text.get(sent_start.min(h.wstart)..h.wstart) else {
        return false;
    };
    let Some(adjunct) = before.trim_end_matches(' ').strip_suffix(['،', ',']) else {
        return false;
    };
    if adjunct.contains(['،', ',', '.', ':', '"', '«', '»']) {
        return false;
    }
    let mut words = adjunct
        .split(|c: char| !crate::words::is_word_char(c))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    let opener = OPENERS.contains(&first)
        || first
            .strip_prefix(['و', 'ف'])
            .is_some_and(|w| OPENERS.contains(&w));
    opener && words.count() < OPENING_ADJUNCT_WORDS
}

/// The most words of an introductory adjunct before a comma (`في تطور مفاجئ يعيد توجيه الأنظار
/// إلى العاصمة الليبية،`).
const OPENING_ADJUNCT_WORDS: usize = 10;

/// How far (in words) a fire noun joined by `و` may stand after the fire noun of its clause
/// and still share its reading (`إطلاق نار كثيف من بنادق كلاشينكوف وقذائف هاون`).
const CONJOINED_FIRE_WORDS: usize = 6;

/// The most words from an attack to the weapons told as its means (`هجمات … باستخدام
/// المدفعية`), which share its reading.
const MEANS_AFTER_ATTACK_WORDS: usize = 8;

/// Words after a denied agreement or talks over which what it would have settled is read
/// (`لا توجد أي اتفاقات حول انسحاب القوات من المناطق النفطية مقابل الدخول في هدنة`).
const DENIED_CONTENT_WORDS: usize = 10;

/// True for a complementizer that carries the pronoun of the clause before it (`إنه`, `أنها`,
/// `بأنهم`, with `و`): in `قال الجيش إنه تقدم` the pronoun is the army, the subject of what the
/// complement tells. Words as the normalized text writes them (hamza on alif dropped).
fn pronoun_complement(word: &str) -> bool {
    let w = word.strip_prefix('و').unwrap_or(word);
    let w = w.strip_prefix('ب').unwrap_or(w);
    matches!(w, "انه" | "انها" | "انهم" | "انهما" | "انهن")
}

/// True when a nominal hit carries the article (`التفجير`, `والاغتيالات`, `بالخطف`). With `ل`
/// (`للاحتجاج`) a verbal noun states a purpose, not a known event: not counted.
fn definite(text: &str, h: &Hit) -> bool {
    text.get(h.wstart..h.start)
        .is_some_and(|p| p.ends_with("ال"))
}

/// True when the nominal trigger `h`, bare and indefinite, follows `في` and is not another one
/// (`في هجوم وصف بأنه الأعنف`, not `في هجوم آخر`): it restates an event told before it.
fn restated_in(text: &str, h: &Hit) -> bool {
    h.wstart == h.start
        && text.get(..h.wstart).is_some_and(|b| {
            let b = b.trim_end();
            b.strip_suffix("في")
                .is_some_and(|r| r.is_empty() || r.ends_with(char::is_whitespace))
        })
        && !text.get(h.wend..).is_some_and(|a| {
            let a = a.trim_start();
            a.starts_with("اخر") || a.starts_with("ثان")
        })
}

/// True when the name of a person or body (not a place) follows the nominal trigger `h` right
/// after its word (`اختطاف علي زيدان`, `مقتل عبد الغني الككلي`): the event befell someone named,
/// which anchors it as a particular event told, as a time or a place would; a rank may stand
/// between (`اغتيال المقدم محمود الورفلي`). `text` is the normalized text, `names` every name of
/// the sentence, `places` those that are places (both sorted by start).
fn victim_named(text: &str, h: &Hit, names: &[Range<usize>], places: &[Range<usize>]) -> bool {
    // (A rank may stand between: `اغتيال المقدم محمود الورفلي`.)
    let mut after = h.wend;
    if let Some(rest) = text.get(h.wend..) {
        let lead = rest.len() - rest.trim_start().len();
        let word_len = rest.trim_start().find(' ').unwrap_or(0);
        let word = &rest[lead..lead + word_len];
        if matches!(
            word,
            "المقدم"
                | "العقيد"
                | "العميد"
                | "اللواء"
                | "الرائد"
                | "النقيب"
                | "الملازم"
                | "الفريق"
        ) {
            after = h.wend + lead + word_len;
        }
    }
    let from = names.partition_point(|n| n.start <= h.wend);
    names[from..]
        .iter()
        .take_while(|n| n.start <= after + 1)
        .any(|n| !places.contains(n))
}

/// The words an event's trigger span covers: the hit's whole words, or for a pattern whose gap
/// holds words (a subject: `ألقت قوات الأمن القبض`), its head word alone, so that the words of the
/// gap stay outside the trigger (actors after a verb, as in any verb-subject-object sentence).
fn trigger_range(text: &str, h: &Hit) -> Range<usize> {
    match h.gap {
        Some((a, _)) if spans_gap_words(text, h) => h.wstart..a,
        _ => h.wstart..h.wend,
    }
}

/// True for a hit of a pattern with a gap that holds words.
fn spans_gap_words(text: &str, h: &Hit) -> bool {
    h.gap
        .is_some_and(|(a, b)| text.get(a..b).is_some_and(|g| !g.trim().is_empty()))
}

/// The tail of a gapped pattern after a head word ending at `we`, within the sentence ending
/// at `send`: at most `tail.gap` words between, separated by spaces (a date's words, at most
/// [`clauses::ASIDE_WORDS`], are not counted: `أطلق مسلحون مساء أمس النار`) or by an aside
/// set off by commas that dates the clause or names the subject ([`comma_aside`]), none of
/// them a conjoined verb (`وأكدوا`), the tail starting a word and ending one (with a pronoun,
/// or running on with `*`). Returns the tail's start and its word's end.
///
/// `words`: the words of the sentence (as [`crate::words::push_words`] finds them), where the
/// end of the word at a position within it is looked up. `names`: the entity mentions of the
/// sentence (normalized ranges, sorted by start): a name in the gap counts there as one word
/// with the title before it, as the subject it is (`بحث رئيس الحكومة عبد الحميد الدبيبة أمس
/// مع …`), when only spaces separate their words ([`subject_end`]).
fn find_tail(
    text: &str,
    (words, names): (&[Range<usize>], &[Range<usize>]),
    we: usize,
    send: usize,
    tail: &lexicon::Tail,
) -> Option<(usize, usize)> {
    let send = send.min(text.len());
    let bytes = text.as_bytes();
    // The end of the word at `from` within the sentence (`from` itself when no word character
    // is there), from the words: those of the sentence are its maximal runs of word
    // characters, each ending at the latest at its end. `k`: a word that ends at or after
    // `pos`, or none before it does (every `from` asked is at or after `pos`).
    let word_end = |from: usize, k: usize| {
        let mut k = k;
        while k < words.len() && words[k].end < from {
            k += 1;
        }
        match words.get(k) {
            Some(w) if w.start <= from => w.end,
            _ => from,
        }
    };
    let mut k = words.partition_point(|w| w.end < we);
    let mut pos = we;
    // The gap words passed (a date's words are not counted: `أطلق مسلحون مساء أمس النار`),
    // the date words passed, and whether the last word passed was one of a date.
    let (mut skipped, mut dates, mut dated) = (0u8, 0usize, false);
    loop {
        // An aside set off by commas (a date, or a name with its title) stands in the gap as
        // none of its words (`اقتحم المتظاهرون، مساء الجمعة، مقر …`, `أمر النائب العام،
        // المستشار الصديق الصور، بحبس …`); a single comma after a date closes it
        // (`شنت مساء السبت، أربع غارات`).
        if let Some(after) = comma_aside(text, names, pos, send, tail, dated) {
            pos = after;
            dated = false;
        } else if skipped > 0 {
            // The subject of a death idiom set off by a lone comma before its death (`لقي نجل
            // ضابط في الجيش الليبي، مصرعه`): the pattern closes right after it. (No other
            // pattern spans a comma: `أطلق الوزير مبادرة، النار مشتعلة`.) The comma first, the
            // idiom's words only then.
            if let Some(after) = comma_at(text, pos).filter(|&c| {
                c < send
                    && tail
                        .texts
                        .iter()
                        .any(|t| t.starts_with("مصرع") || t.starts_with("حتف"))
            }) {
                let start = after
                    + text
                        .get(after..send)
                        .map_or(0, |r| r.len() - r.trim_start_matches(' ').len());
                let k = words.partition_point(|w| w.end < start);
                if let Some(hit) = tail_at(text, words, k, start, send, tail) {
                    return Some(hit);
                }
            }
        }
        let sep = pos;
        while pos < send && bytes[pos] == b' ' {
            pos += 1;
        }
        if pos == sep || pos >= send {
            return None;
        }
        while k < words.len() && words[k].end < pos {
            k += 1;
        }
        let wend = word_end(pos, k);
        if wend == pos {
            // One word in quotes is a gap word (`أسقطت طائرة "تركية" مسيرة`).
            let quoted = quoted_word(text, pos, send, &word_end, k);
            match quoted {
                Some(after) if skipped < tail.gap => {
                    skipped += 1;
                    pos = after;
                    dated = false;
                    continue;
                }
                _ => return None,
            }
        }
        if let Some(hit) = tail_at(text, words, k, pos, send, tail) {
            return Some(hit);
        }
        let word = &text[pos..wend];
        if clauses::looks_like_conjoined_verb(word) {
            return None;
        }
        dated = dates < clauses::ASIDE_WORDS
            && if dated {
                clauses::is_aside_word(word)
            } else {
                clauses::is_aside_start(word)
            };
        if dated {
            dates += 1;
            pos = wend;
            continue;
        }
        if skipped == tail.gap {
            return None;
        }
        skipped += 1;
        pos = subject_end(text, names, pos, send, tail).unwrap_or(wend);
    }
}

/// Where one word in quotation marks that starts at `pos` ends, after its closing mark
/// (`"تركية"`, `«تركية»`), within the sentence ending at `send`; `word_end(from, k)` gives the
/// end of the word at `from` (see [`find_tail`]).
fn quoted_word(
    text: &str,
    pos: usize,
    send: usize,
    word_end: &impl Fn(usize, usize) -> usize,
    k: usize,
) -> Option<usize> {
    let open = text.get(pos..send)?.chars().next()?;
    if !crate::compact::is_quote_char(open) {
        return None;
    }
    let start = pos + open.len_utf8();
    let end = word_end(start, k);
    if end == start {
        return None;
    }
    let close = text.get(end..send)?.chars().next()?;
    crate::compact::is_quote_char(close).then(|| end + close.len_utf8())
}

/// The words of `tail` starting at `pos` (a word's start), within the sentence ending at
/// `send`: their span to the end of the last word (a pronoun may follow, or anything after a
/// final `*`). `k`: the index of a word of `words` that ends at or after `pos`.
fn tail_at(
    text: &str,
    words: &[Range<usize>],
    k: usize,
    pos: usize,
    send: usize,
    tail: &lexicon::Tail,
) -> Option<(usize, usize)> {
    let rest = text.as_bytes().get(pos..send)?;
    for t in &tail.texts {
        let t = t.as_bytes();
        // Two bytes first (most spellings differ in their first letter), then the rest.
        if rest.len() >= t.len() && rest.get(..2) == t.get(..2) && rest.starts_with(t) {
            let end = pos + t.len();
            // (The word holding `end`: walked on from `k`, a word that ends at or after `pos`.)
            let mut k = k;
            while k < words.len() && words[k].end < end {
                k += 1;
            }
            let tw = match words.get(k) {
                Some(w) if w.start <= end => w.end,
                _ => end,
            };
            if tail.open_end || noun_suffix(&text[end..tw]) {
                return Some((pos, tw));
            }
        }
    }
    None
}

/// The comma (`،` or `,`) at `pos`, alone or with spaces before it.
fn comma_at(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let t = rest.trim_start_matches(' ');
    let skipped = rest.len() - t.len();
    if t.starts_with('،') {
        Some(pos + skipped + '،'.len_utf8())
    } else if t.starts_with(',') {
        Some(pos + skipped + 1)
    } else {
        None
    }
}

/// Where the gap of a pattern goes on after an aside set off by commas that starts at `pos`
/// (a comma there): at the comma that closes it. The aside dates the clause (at most
/// [`clauses::ASIDE_WORDS`] words, the first a day, a time of day, `يوم` or `الأسبوع`, the
/// others such words too: `، يوم الجمعة،`) or is a name with its title ([`subject_end`]:
/// `، المستشار الصديق الصور،`). With `closes` (the gap word before it ends a date), the one
/// comma alone is passed too. None when no such aside is there.
fn comma_aside(
    text: &str,
    names: &[Range<usize>],
    pos: usize,
    send: usize,
    tail: &lexicon::Tail,
    closes: bool,
) -> Option<usize> {
    let open = comma_at(text, pos).filter(|&o| o < send)?;
    if closes {
        return Some(open);
    }
    let start =
        open + text.get(open..send)?.len() - text.get(open..send)?.trim_start_matches(' ').len();
    // A name with its title, closed by a comma.
    if let Some(end) = subject_end(text, names, start, send, tail) {
        if let Some(close) = comma_at(text, end).filter(|&c| c < send) {
            return Some(close);
        }
    }
    // A date: the words up to the next comma. With no comma after it, the date's words after
    // the lone comma that opens them, and the clause goes on (`وأدى الدبيبة وأعضاء الحكومة،
    // أمس الاثنين اليمين`): the gap resumes after them.
    let rest = text.get(start..send)?;
    let seg_end = start + rest.find(['،', ',']).unwrap_or(rest.len());
    let seg = text.get(start..seg_end)?.trim_end_matches(' ');
    let (mut n, mut date_end) = (0, start);
    for (i, w) in seg.split(' ').enumerate() {
        let ok = if i == 0 {
            clauses::is_aside_start(w)
        } else {
            clauses::is_aside_word(w)
        };
        if n == clauses::ASIDE_WORDS {
            return None;
        }
        if !ok {
            // (Words after the date, before any comma: the open form.)
            return (n > 0 && !w.is_empty()).then_some(date_end);
        }
        n += 1;
        date_end += w.len() + usize::from(i > 0);
    }
    comma_at(text, seg_end).filter(|&c| c < send)
}

/// The words of a title a name may follow in the gap of a pattern, at most
/// (`رئيس المجلس الرئاسي الليبي محمد المنفي`).
const TITLE_WORDS: usize = 4;

/// The end of the subject that starts at `pos`: a name (an entity mention of `names`, sorted
/// by start: people and bodies) that starts there or after at most [`TITLE_WORDS`] words of its
/// title, its words and those of the title separated by single spaces, none of them a
/// preposition or the start of the pattern's `tail`; within the sentence ending at `send`. None
/// when no such name is there.
fn subject_end(
    text: &str,
    names: &[Range<usize>],
    pos: usize,
    send: usize,
    tail: &lexicon::Tail,
) -> Option<usize> {
    let i = names.partition_point(|n| n.start < pos);
    let n = names.get(i).filter(|n| n.end <= send)?;
    let title = text.get(pos..n.start)?;
    let name = text.get(n.clone())?;
    // (Arabic letters and tatweel, U+0620..U+064A, are alphabetic: tested before the
    // general Unicode look-up, which is slow for them.)
    let plain = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| ('\u{620}'..='\u{64A}').contains(&c) || c.is_alphanumeric())
    };
    // A title holds no preposition: words before one are no title of the name after it.
    let preposition = |w: &str| matches!(w, "في" | "من" | "على" | "الى" | "إلى" | "عن" | "مع");
    let title_words = if title.is_empty() {
        0
    } else if title
        .bytes()
        .filter(|&b| b == b' ')
        .take(TITLE_WORDS + 1)
        .count()
        > TITLE_WORDS
    {
        // More words than a title holds before the next name (the usual case: most gap
        // words have no name after them); counted on bytes before any word is looked at.
        return None;
    } else {
        // The tail's first word (with its proclitics) must not stand in the title: the
        // pattern closes there, before any name.
        let tail_word = |w: &str| tail.first_words.iter().any(|x| w.contains(x.as_str()));
        let mut k = 0;
        for w in title.strip_suffix(' ')?.split(' ') {
            k += 1;
            if k > TITLE_WORDS || preposition(w) || !plain(w) || tail_word(w) {
                return None;
            }
        }
        k
    };
    let name_words = name.split(' ').count();
    let ends_word = text[n.end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    (title_words + name_words > 1 && ends_word && name.split(' ').all(plain)).then_some(n.end)
}

/// Actors and locations for an event: the mentions of the trigger's clause when it has any of
/// that kind, else those of the sentence; one per entity.
fn entity_refs(mentions: &[Mention], clause: &Range<usize>) -> (Vec<EntityRef>, Vec<EntityRef>) {
    let in_clause = |m: &Mention| m.norm.start >= clause.start && m.norm.end <= clause.end;
    let pick = |want: fn(EntityKind) -> bool| -> Vec<EntityRef> {
        let of_clause = mentions.iter().any(|m| want(m.kind) && in_clause(m));
        let chosen = || {
            mentions
                .iter()
                .filter(move |m| want(m.kind) && (!of_clause || in_clause(m)))
        };
        // One allocation, for at most as many references as mentions chosen (none for none).
        let mut refs: Vec<EntityRef> = Vec::with_capacity(chosen().count());
        // The ids taken so far: those of `refs`, looked through; a set past 32.
        let mut seen: Option<std::collections::HashSet<&str>> = None;
        for (i, m) in chosen().enumerate() {
            let id = m.id.as_str();
            let new = match &mut seen {
                Some(set) => set.insert(id),
                None if refs.len() < 32 => !refs.iter().any(|r| r.id == id),
                None => {
                    // The ids of `refs` are those of the mentions chosen before this one.
                    let mut set: std::collections::HashSet<&str> =
                        chosen().take(i).map(|m| m.id.as_str()).collect();
                    let new = set.insert(id);
                    seen = Some(set);
                    new
                }
            };
            if new {
                refs.push(EntityRef::from_mention(m));
            }
        }
        refs
    };
    let actors = pick(|k| matches!(k, EntityKind::Person | EntityKind::Organization));
    let locations = pick(|k| k == EntityKind::Location);
    (actors, locations)
}

/// The mentions of the bundled Libya gazetteer in a text, for
/// [`EventClassifier::classify`] (the `Analyzer` passes its own gazetteer's mentions to
/// [`EventClassifier::classify_prepared`]).
fn gazetteer_mentions(original: &str, norm: &Normalized, chars: &CharIndex) -> Vec<Mention> {
    crate::gazetteer::Gazetteer::libya().find_normalized(original, norm, chars, &Default::default())
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    /// The matches of `matches` (in `sr` of `text`) that `accept` takes.
    fn accepted(
        clf: &EventClassifier,
        text: &str,
        sr: &Range<usize>,
        words: &[Range<usize>],
        matches: &[(usize, usize, u32)],
    ) -> Vec<(usize, usize, u32)> {
        let mut cursor = crate::words::WordCursor::new(sr.clone(), words);
        let forms = &clf.lexicon.forms;
        matches
            .iter()
            .filter(|&&(s, e, fi)| {
                cursor
                    .word_start(text, s, MAX_TRIGGER_PREFIX_CHARS)
                    .is_some_and(|ws| {
                        accept(text, &mut cursor, (s, e), ws, &forms[fi as usize]).is_some()
                    })
            })
            .copied()
            .collect()
    }

    /// The sentence scan (walks down the trie from the starts of words and of what follows
    /// their proclitics) against an overlapping search of every form anywhere in the sentence
    /// (the automaton it replaced): the same matches pass the clitic checks, in the same order.
    #[test]
    fn the_sentence_scan_finds_what_an_overlapping_search_accepts() {
        let clf = EventClassifier::libya();
        let forms = &clf.lexicon.forms;
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(forms.iter().map(|f| f.text.as_str()))
            .unwrap();
        let mut texts: Vec<String> = std::fs::read_dir("tests/data/seeds")
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.push(
            "وبالقصف وللجيش فالاشتباكات وسيقتلون ولقتلهم، كالهجوم بالاغتيال. قتل  الناس «قتل» \
             وأطلق مسلحون النار على المتظاهرين وقف إطلاق النار لوقف القتال é ★ 🦅قتل"
                .to_string(),
        );
        let mut compared = 0;
        for t in &texts {
            let norm = Normalizer::search().normalize(t).into_owned();
            let text = norm.as_str();
            let mut ranges = crate::sentences::split(text);
            // Sentences that begin or end inside a word.
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for k in (0..bounds.len()).step_by(97) {
                let (a, b) = (bounds[k], bounds[(k + 60).min(bounds.len() - 1)]);
                ranges.push(a..b);
            }
            for sr in ranges {
                let mut words = Vec::new();
                crate::words::push_words(&text[sr.clone()], sr.start, &mut words);
                let mut scanned = Vec::new();
                clf.scan_sentence(text, sr.clone(), &words, &mut scanned);
                // Each match carries where its word begins: the walk back finds the same.
                for &(s, _, _, back, _) in &scanned {
                    assert_eq!(
                        Some(s - back as usize),
                        crate::words::word_start(text, s, MAX_TRIGGER_PREFIX_CHARS),
                        "{sr:?} {s}"
                    );
                }
                let got: Vec<(usize, usize, u32)> =
                    scanned.iter().map(|&(s, e, p, _, _)| (s, e, p)).collect();
                let mut want: Vec<(usize, usize, u32)> = ac
                    .find_overlapping_iter(&text[sr.clone()])
                    .map(|m| {
                        (
                            sr.start + m.start(),
                            sr.start + m.end(),
                            m.pattern().as_u32(),
                        )
                    })
                    .collect();
                want.sort_by_key(|&(s, e, p)| (e, s, p));
                assert!(
                    got.windows(2)
                        .all(|w| (w[0].1, w[0].0, w[0].2) < (w[1].1, w[1].0, w[1].2)),
                    "order in {sr:?}"
                );
                assert!(got.iter().all(|m| want.contains(m)), "{sr:?}");
                let (g, w) = (
                    accepted(clf, text, &sr, &words, &got),
                    accepted(clf, text, &sr, &words, &want),
                );
                assert_eq!(g, w, "{:?}", &text[sr.clone()]);
                compared += w.len();
            }
        }
        assert!(compared > 500, "{compared}");
    }
}
