//! The JSON form of an [`Analysis`] (documented there, under "JSON"): an entity's names and
//! coordinates left to the bundled gazetteer, or written once per document in `entity_info`
//! (always on request, and for entities the bundled gazetteer does not give as they are),
//! events pointing at their mentions by index, empty fields and what an event's kind gives
//! left out. Reading back gives an equal `Analysis`; the verbose form ([`Analysis::verbose`])
//! and the older forms read too.

use crate::analyzer::{Analysis, Sentence};
use crate::events::{Acled, EntityRef, Event, EventKind, Modality};
use crate::gazetteer::{Entity, EntityKind, Gazetteer, Mention};
use crate::records::{Actor, Generic, Record, RecordDate, RecordLocation};
use crate::span::Span;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;

/// The bundled gazetteer's entity with this id: what a mention with no `entity_info` entry
/// (and no names of its own) takes its kind, names and coordinates from.
fn bundled(id: &str) -> Option<&'static Entity> {
    Gazetteer::libya().entity(id)
}

/// What is true of an entity everywhere in a document.
#[derive(Serialize, Clone, Copy, PartialEq)]
struct InfoOut<'a> {
    kind: EntityKind,
    category: &'a str,
    english: &'a str,
    arabic: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
}

impl<'a> InfoOut<'a> {
    fn of(m: &'a Mention) -> InfoOut<'a> {
        InfoOut {
            kind: m.kind,
            category: &m.category,
            english: &m.english,
            arabic: &m.arabic,
            lat: m.lat,
            lon: m.lon,
        }
    }

    fn of_entity(e: &'a Entity) -> InfoOut<'a> {
        InfoOut {
            kind: e.kind,
            category: &e.category,
            english: &e.english,
            arabic: &e.arabic,
            lat: e.lat,
            lon: e.lon,
        }
    }

    /// True when `m` has exactly this kind, category, names and coordinates.
    fn same(&self, m: &Mention) -> bool {
        *self == InfoOut::of(m)
    }

    /// True when the bundled gazetteer gives exactly this for `id`.
    fn is_bundled(&self, id: &str) -> bool {
        bundled(id).is_some_and(|e| *self == InfoOut::of_entity(e))
    }
}

/// Each mention's (id, index), sorted by id, then place: an entity's mentions in a run, its
/// first mention first (no hashing per mention).
pub(crate) fn by_id(entities: &[Mention]) -> Vec<(&str, usize)> {
    let mut order: Vec<(&str, usize)> = entities
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    order.sort_unstable();
    order
}

/// One entity of a document's table: the info of its first mention, and whether the JSON
/// writes it in `entity_info`.
struct Entry<'a> {
    id: &'a str,
    info: InfoOut<'a>,
    write: bool,
}

/// A document's entity table: what `entity_info` holds, and what a mention or a record leaves
/// out because a reader finds it there (or, in the default form, in the bundled gazetteer).
struct Table<'a> {
    /// One entry per entity mentioned, sorted by id.
    entries: Vec<Entry<'a>>,
    /// Per mention: true when it disagrees with its entry and so carries its own kind and
    /// names.
    own: Vec<bool>,
    /// Every entry written (`with_entity_info`), or only those the bundled gazetteer does not
    /// give as they are (the default).
    full: bool,
}

impl<'a> Table<'a> {
    fn new(entities: &'a [Mention], full: bool) -> Table<'a> {
        // Each entity's first mention: the first of its run in this order.
        let order = by_id(entities);
        let mut entries = Vec::new();
        let mut own = vec![false; entities.len()];
        let mut k = 0;
        while k < order.len() {
            let (id, first) = order[k];
            let info = InfoOut::of(&entities[first]);
            k += 1;
            while k < order.len() && order[k].0 == id {
                let i = order[k].1;
                own[i] = !info.same(&entities[i]);
                k += 1;
            }
            let write = full || !info.is_bundled(id);
            entries.push(Entry { id, info, write });
        }
        Table { entries, own, full }
    }

    fn get(&self, id: &str) -> Option<&InfoOut<'a>> {
        self.entries
            .binary_search_by(|e| e.id.cmp(id))
            .ok()
            .map(|i| &self.entries[i].info)
    }

    /// What a reader takes for `id` when a record leaves its name or coordinates out: the
    /// document's entry, else (in the default form) the bundled gazetteer's entity.
    fn shared(&self, id: &str) -> Option<InfoOut<'a>> {
        match self.get(id) {
            Some(i) => Some(*i),
            None if !self.full => bundled(id).map(InfoOut::of_entity),
            None => None,
        }
    }

    /// `entity_info` is left out: the default form with nothing to write.
    fn skip(&self) -> bool {
        !self.full && self.entries.iter().all(|e| !e.write)
    }
}

impl Serialize for Table<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let written = self.entries.iter().filter(|e| e.write);
        let mut map = s.serialize_map(Some(written.clone().count()))?;
        for e in written {
            map.serialize_entry(e.id, &e.info)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct MentionOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<EntityKind>,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    alias: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    english: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    arabic: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum RefOut<'a> {
    Index(usize),
    Whole(&'a EntityRef),
}

#[derive(Serialize)]
struct EventOut<'a> {
    kind: EventKind,
    modality: Modality,
    trigger: &'a Span,
    sentence: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    actors: Vec<RefOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<RefOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    acled: Option<&'a Acled>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    confidence: f32,
    #[serde(skip_serializing_if = "is_false")]
    background: bool,
}

/// `background` is written only when true (it reads back as false when absent).
fn is_false(b: &bool) -> bool {
    !*b
}

/// A record's actor: the English name only when `entity_info` does not give it.
#[derive(Serialize)]
struct ActorOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    english: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generic: Option<Generic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    inter: Option<u8>,
}

/// A record's location: the name and coordinates only where they differ from `entity_info`
/// (`"lat": null` when the entity has coordinates but the record has none).
#[derive(Serialize)]
struct LocationOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    english: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<Option<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<Option<f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    admin1: Option<&'a str>,
    geo_precision: u8,
}

/// A record with its empty fields left out, and what `entity_info` and its kind give written
/// only where the record differs.
#[derive(Serialize)]
struct RecordOut<'a> {
    kind: EventKind,
    modality: Modality,
    #[serde(skip_serializing_if = "is_false")]
    background: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a RecordDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actor1: Option<ActorOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actor2: Option<ActorOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    assoc_actors1: Vec<ActorOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    assoc_actors2: Vec<ActorOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<LocationOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fatalities: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    injured: Option<u32>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    sources: &'a [String],
    mentions: &'a [usize],
    #[serde(skip_serializing_if = "Option::is_none")]
    acled: Option<&'a Acled>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
}

#[derive(Serialize)]
struct AnalysisOut<'a> {
    sentences: &'a [Sentence],
    entities: Vec<MentionOut<'a>>,
    #[serde(skip_serializing_if = "Table::skip")]
    entity_info: Table<'a>,
    events: Vec<EventOut<'a>>,
    records: Vec<RecordOut<'a>>,
}

/// An event's or record's ACLED types and CAMEO code, each unless it is what its kind gives
/// ([`EventKind::acled`], [`EventKind::cameo`]).
fn unless_default<'a>(
    kind: EventKind,
    acled: &'a Acled,
    cameo: &'a str,
) -> (Option<&'a Acled>, Option<&'a str>) {
    let default = default_acled(kind);
    let same =
        acled.event_type == default.event_type && acled.sub_event_type == default.sub_event_type;
    let acled = (!same).then_some(acled);
    let cameo = (cameo != kind.cameo()).then_some(cameo);
    (acled, cameo)
}

/// [`EventKind::acled`], built once per kind (a table by discriminant).
fn default_acled(kind: EventKind) -> &'static Acled {
    static DEFAULTS: once_cell::sync::Lazy<Vec<Option<Acled>>> = once_cell::sync::Lazy::new(|| {
        let mut table = Vec::new();
        for &k in EventKind::all() {
            let i = k as usize;
            if table.len() <= i {
                table.resize(i + 1, None);
            }
            table[i] = Some(k.acled());
        }
        table
    });
    static NONE: once_cell::sync::Lazy<Acled> = once_cell::sync::Lazy::new(Acled::default);
    DEFAULTS
        .get(kind as usize)
        .and_then(Option::as_ref)
        .unwrap_or(&NONE)
}

fn actor_out<'a>(a: &'a Actor, info: &Table<'a>) -> ActorOut<'a> {
    let known =
        a.id.as_deref()
            .and_then(|id| info.shared(id))
            .is_some_and(|i| i.english == a.english);
    ActorOut {
        id: a.id.as_deref(),
        english: (!known).then_some(a.english.as_str()),
        generic: a.generic,
        inter: a.inter,
    }
}

fn location_out<'a>(l: &'a RecordLocation, info: &Table<'a>) -> LocationOut<'a> {
    let i = l.id.as_deref().and_then(|id| info.shared(id));
    let english = match i {
        Some(i) if i.english == l.english => None,
        _ => Some(l.english.as_str()),
    };
    let differs = |own: Option<f64>, shared: Option<f64>| {
        if i.is_some() && own == shared {
            None
        } else {
            Some(own)
        }
    };
    LocationOut {
        id: l.id.as_deref(),
        english,
        lat: differs(l.lat, i.and_then(|i| i.lat)),
        lon: differs(l.lon, i.and_then(|i| i.lon)),
        admin1: l.admin1.as_deref(),
        geo_precision: l.geo_precision,
    }
}

/// The index of the mention `r` refers to: same id and span. Mentions are in text order, so
/// a binary search finds it; a hand-built analysis out of order falls back to a scan.
fn mention_index(entities: &[Mention], r: &EntityRef) -> Option<usize> {
    let same = |m: &Mention| {
        m.span.start == r.start
            && m.span.end == r.end
            && m.id == r.id
            && m.kind == r.kind
            && m.category == r.category
            && m.lat == r.lat
            && m.lon == r.lon
            && m.span.char_start == r.char_start
            && m.span.char_end == r.char_end
    };
    let from = entities.partition_point(|m| m.span.start < r.start);
    entities[from..]
        .iter()
        .take_while(|m| m.span.start == r.start)
        .position(same)
        .map(|i| from + i)
        .or_else(|| entities.iter().position(same))
}

impl Serialize for Analysis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.compact(false).serialize(s)
    }
}

/// An [`Analysis`] that serializes in the compact JSON form with the whole entity table: every
/// entity mentioned in the document has its kind, category, names and coordinates in
/// `entity_info` (the form `annotate --entity-info` writes, and the default one of 0.1.0).
/// Each line is then readable without the gazetteer; reading it back gives an equal
/// `Analysis`.
///
/// ```
/// use libya_nlp::{Analysis, Analyzer};
/// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
/// let json = serde_json::to_value(a.with_entity_info()).unwrap();
/// assert_eq!(json["entity_info"]["derna"]["english"], "Derna");
/// assert!(json["entity_info"]["derna"]["lat"].is_f64());
/// assert_eq!(serde_json::from_value::<Analysis>(json).unwrap(), a);
/// // The default form leaves the table to the bundled gazetteer.
/// assert!(serde_json::to_value(&a).unwrap().get("entity_info").is_none());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct WithEntityInfo<'a>(&'a Analysis);

impl Serialize for WithEntityInfo<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.compact(true).serialize(s)
    }
}

impl Analysis {
    /// The compact form, borrowed: what both the serde path and [`write_members`] write.
    fn compact(&self, full: bool) -> AnalysisOut<'_> {
        let info = Table::new(&self.entities, full);
        let entities = self
            .entities
            .iter()
            .zip(&info.own)
            .map(|(m, &own)| MentionOut {
                id: &m.id,
                kind: own.then_some(m.kind),
                start: m.span.start,
                end: m.span.end,
                char_start: m.span.char_start,
                char_end: m.span.char_end,
                text: &m.span.text,
                alias: (m.alias != m.span.text).then_some(m.alias.as_str()),
                category: own.then_some(m.category.as_str()),
                english: own.then_some(m.english.as_str()),
                arabic: own.then_some(m.arabic.as_str()),
                lat: if own { m.lat } else { None },
                lon: if own { m.lon } else { None },
            })
            .collect();
        fn refs<'a>(entities: &[Mention], rs: &'a [EntityRef]) -> Vec<RefOut<'a>> {
            rs.iter()
                .map(|r| match mention_index(entities, r) {
                    Some(i) => RefOut::Index(i),
                    None => RefOut::Whole(r),
                })
                .collect()
        }
        let events = self
            .events
            .iter()
            .map(|e| {
                let Event {
                    kind,
                    modality,
                    trigger,
                    sentence,
                    actors,
                    locations,
                    acled,
                    cameo,
                    confidence,
                    background,
                } = e;
                let (own_acled, own_cameo) = unless_default(*kind, acled, cameo);
                EventOut {
                    kind: *kind,
                    modality: *modality,
                    trigger,
                    sentence: *sentence,
                    actors: refs(&self.entities, actors),
                    locations: refs(&self.entities, locations),
                    acled: own_acled,
                    cameo: own_cameo,
                    confidence: *confidence,
                    background: *background,
                }
            })
            .collect();
        let records = self
            .records
            .iter()
            .map(|r| {
                let (acled, cameo) = unless_default(r.kind, &r.acled, &r.cameo);
                RecordOut {
                    kind: r.kind,
                    modality: r.modality,
                    background: r.background,
                    date: r.date.as_ref(),
                    actor1: r.actor1.as_ref().map(|a| actor_out(a, &info)),
                    actor2: r.actor2.as_ref().map(|a| actor_out(a, &info)),
                    assoc_actors1: r
                        .assoc_actors1
                        .iter()
                        .map(|a| actor_out(a, &info))
                        .collect(),
                    assoc_actors2: r
                        .assoc_actors2
                        .iter()
                        .map(|a| actor_out(a, &info))
                        .collect(),
                    location: r.location.as_ref().map(|l| location_out(l, &info)),
                    fatalities: r.fatalities,
                    injured: r.injured,
                    sources: &r.sources,
                    mentions: &r.mentions,
                    acled,
                    cameo,
                }
            })
            .collect();
        AnalysisOut {
            sentences: &self.sentences,
            entities,
            entity_info: info,
            events,
            records,
        }
    }
}

#[derive(Deserialize)]
struct InfoIn {
    #[serde(default)]
    kind: Option<EntityKind>,
    #[serde(default)]
    category: String,
    #[serde(default)]
    english: String,
    #[serde(default)]
    arabic: String,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
}

#[derive(Deserialize)]
struct MentionIn {
    id: String,
    #[serde(default)]
    kind: Option<EntityKind>,
    start: usize,
    end: usize,
    char_start: usize,
    char_end: usize,
    text: String,
    #[serde(default)]
    alias: Option<String>,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    english: Option<String>,
    #[serde(default)]
    arabic: Option<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RefIn {
    Index(usize),
    Whole(EntityRef),
}

#[derive(Deserialize)]
struct EventIn {
    kind: EventKind,
    modality: Modality,
    trigger: Span,
    sentence: usize,
    #[serde(default)]
    actors: Vec<RefIn>,
    #[serde(default)]
    locations: Vec<RefIn>,
    acled: Option<Acled>,
    cameo: Option<String>,
    #[serde(default = "one")]
    confidence: f32,
    #[serde(default)]
    background: bool,
}

fn one() -> f32 {
    1.0
}

#[derive(Deserialize)]
struct AnalysisIn {
    #[serde(default)]
    sentences: Vec<Sentence>,
    #[serde(default)]
    entities: Vec<MentionIn>,
    #[serde(default)]
    entity_info: HashMap<String, InfoIn>,
    #[serde(default)]
    events: Vec<EventIn>,
    #[serde(default)]
    records: Vec<RecordIn>,
}

#[derive(Deserialize)]
struct ActorIn {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    english: Option<String>,
    #[serde(default)]
    generic: Option<Generic>,
    #[serde(default)]
    inter: Option<u8>,
}

/// A field that may be missing (outer `None`) or `null` (`Some(None)`).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<f64>>, D::Error> {
    Option::<f64>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
struct LocationIn {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    english: Option<String>,
    #[serde(default, deserialize_with = "present")]
    lat: Option<Option<f64>>,
    #[serde(default, deserialize_with = "present")]
    lon: Option<Option<f64>>,
    #[serde(default)]
    admin1: Option<String>,
    geo_precision: u8,
}

#[derive(Deserialize)]
struct RecordIn {
    kind: EventKind,
    modality: Modality,
    #[serde(default)]
    background: bool,
    #[serde(default)]
    date: Option<RecordDate>,
    #[serde(default)]
    actor1: Option<ActorIn>,
    #[serde(default)]
    actor2: Option<ActorIn>,
    #[serde(default)]
    assoc_actors1: Vec<ActorIn>,
    #[serde(default)]
    assoc_actors2: Vec<ActorIn>,
    #[serde(default)]
    location: Option<LocationIn>,
    #[serde(default)]
    fatalities: Option<u32>,
    #[serde(default)]
    injured: Option<u32>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    mentions: Vec<usize>,
    #[serde(default)]
    acled: Option<Acled>,
    #[serde(default)]
    cameo: Option<String>,
}

/// What a mention or record leaves out, as a reader finds it: the document's `entity_info`
/// entry, else the bundled gazetteer's entity.
#[derive(Clone, Copy)]
struct SharedIn<'x> {
    kind: Option<EntityKind>,
    category: &'x str,
    english: &'x str,
    arabic: &'x str,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// What a record leaves to `entity_info` (or to the bundled gazetteer): an entity's English
/// name and coordinates.
struct Tables {
    info: HashMap<String, InfoIn>,
}

impl Tables {
    fn shared(&self, id: &str) -> Option<SharedIn<'_>> {
        match self.info.get(id) {
            Some(i) => Some(SharedIn {
                kind: i.kind,
                category: &i.category,
                english: &i.english,
                arabic: &i.arabic,
                lat: i.lat,
                lon: i.lon,
            }),
            None => bundled(id).map(|e| SharedIn {
                kind: Some(e.kind),
                category: &e.category,
                english: &e.english,
                arabic: &e.arabic,
                lat: e.lat,
                lon: e.lon,
            }),
        }
    }

    fn actor(&self, a: ActorIn) -> Actor {
        let english = a.english.unwrap_or_else(|| {
            a.id.as_ref()
                .and_then(|id| self.shared(id))
                .map(|i| i.english.to_string())
                .unwrap_or_default()
        });
        Actor {
            id: a.id,
            english,
            generic: a.generic,
            inter: a.inter,
        }
    }

    fn location(&self, l: LocationIn) -> RecordLocation {
        let info = l.id.as_ref().and_then(|id| self.shared(id));
        let english = l
            .english
            .unwrap_or_else(|| info.map(|i| i.english.to_string()).unwrap_or_default());
        RecordLocation {
            id: l.id,
            english,
            lat: l.lat.unwrap_or_else(|| info.and_then(|i| i.lat)),
            lon: l.lon.unwrap_or_else(|| info.and_then(|i| i.lon)),
            admin1: l.admin1,
            geo_precision: l.geo_precision,
        }
    }

    fn record(&self, r: RecordIn) -> Record {
        Record {
            kind: r.kind,
            modality: r.modality,
            background: r.background,
            date: r.date,
            actor1: r.actor1.map(|a| self.actor(a)),
            actor2: r.actor2.map(|a| self.actor(a)),
            assoc_actors1: r.assoc_actors1.into_iter().map(|a| self.actor(a)).collect(),
            assoc_actors2: r.assoc_actors2.into_iter().map(|a| self.actor(a)).collect(),
            location: r.location.map(|l| self.location(l)),
            fatalities: r.fatalities,
            injured: r.injured,
            sources: r.sources,
            mentions: r.mentions,
            acled: r.acled.unwrap_or_else(|| r.kind.acled()),
            cameo: r.cameo.unwrap_or_else(|| r.kind.cameo().to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for Analysis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let AnalysisIn {
            sentences,
            entities,
            entity_info,
            events,
            records,
        } = AnalysisIn::deserialize(d)?;

        let tables = Tables { info: entity_info };
        let entities: Vec<Mention> = entities
            .into_iter()
            .map(|m| {
                // The bundled gazetteer is asked only for what the mention leaves out.
                let complete = m.kind.is_some()
                    && m.category.is_some()
                    && m.english.is_some()
                    && m.arabic.is_some();
                let info = if complete { None } else { tables.shared(&m.id) };
                let pick = |own: Option<String>, shared: Option<&str>| {
                    own.or_else(|| shared.map(str::to_string))
                        .unwrap_or_default()
                };
                let (lat, lon) = if m.category.is_some() || m.english.is_some() {
                    (m.lat, m.lon)
                } else {
                    (
                        m.lat.or(info.and_then(|i| i.lat)),
                        m.lon.or(info.and_then(|i| i.lon)),
                    )
                };
                let span = Span {
                    start: m.start,
                    end: m.end,
                    char_start: m.char_start,
                    char_end: m.char_end,
                    text: m.text,
                };
                let kind = m.kind.or(info.and_then(|i| i.kind)).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "entity {:?} has no kind, here, in entity_info or in the bundled \
                         gazetteer",
                        m.id
                    ))
                })?;
                let mut out = Mention {
                    id: m.id,
                    kind,
                    category: pick(m.category, info.map(|i| i.category)),
                    english: pick(m.english, info.map(|i| i.english)),
                    arabic: pick(m.arabic, info.map(|i| i.arabic)),
                    lat,
                    lon,
                    alias: String::new(),
                    span,
                    norm: 0..0,
                };
                out.alias = m.alias.unwrap_or_else(|| out.span.text.clone());
                Ok(out)
            })
            .collect::<Result<_, D::Error>>()?;
        let resolve = |rs: Vec<RefIn>| -> Result<Vec<EntityRef>, D::Error> {
            rs.into_iter()
                .map(|r| match r {
                    RefIn::Whole(r) => Ok(r),
                    RefIn::Index(i) => {
                        entities.get(i).map(EntityRef::from_mention).ok_or_else(|| {
                            serde::de::Error::custom(format!(
                                "an event refers to entity {i}, but there are {}",
                                entities.len()
                            ))
                        })
                    }
                })
                .collect()
        };
        let events = events
            .into_iter()
            .map(|e| {
                Ok(Event {
                    kind: e.kind,
                    modality: e.modality,
                    trigger: e.trigger,
                    sentence: e.sentence,
                    actors: resolve(e.actors)?,
                    locations: resolve(e.locations)?,
                    acled: e.acled.unwrap_or_else(|| e.kind.acled()),
                    cameo: e.cameo.unwrap_or_else(|| e.kind.cameo().to_string()),
                    confidence: e.confidence,
                    background: e.background,
                })
            })
            .collect::<Result<Vec<_>, D::Error>>()?;
        let records = records.into_iter().map(|r| tables.record(r)).collect();
        Ok(Analysis {
            sentences,
            entities,
            events,
            records,
        })
    }
}

/// An [`Analysis`] that serializes in the verbose JSON form: every field of every mention,
/// event and record written out, as their own serde forms give them (names and coordinates on
/// every mention, keyed offsets, events' actors and locations whole, ACLED and CAMEO codes on
/// every event and record). Larger (about three times the compact form on news), easier to
/// read by eye or to load field by field; reading it back gives an equal `Analysis`.
///
/// ```
/// use libya_nlp::{Analysis, Analyzer};
/// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
/// let json = serde_json::to_value(a.verbose()).unwrap();
/// assert_eq!(json["entities"][1]["english"], "Derna");
/// assert_eq!(json["events"][0]["trigger"]["text"], "قصفت");
/// assert_eq!(json["events"][0]["cameo"], "19");
/// assert_eq!(serde_json::from_value::<Analysis>(json).unwrap(), a);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Verbose<'a>(&'a Analysis);

impl Serialize for Verbose<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            sentences: &'a [Sentence],
            entities: &'a [Mention],
            events: &'a [Event],
            records: &'a [Record],
        }
        Out {
            sentences: &self.0.sentences,
            entities: &self.0.entities,
            events: &self.0.events,
            records: &self.0.records,
        }
        .serialize(s)
    }
}

impl Analysis {
    /// The compact JSON text of this analysis: the same text as `serde_json::to_string`,
    /// written by hand, about twice as fast (what `annotate` writes).
    ///
    /// ```
    /// use libya_nlp::Analyzer;
    /// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
    /// assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap());
    /// ```
    pub fn to_json(&self) -> String {
        self.json_text(false)
    }

    /// [`to_json`](Self::to_json) with the whole entity table ([`WithEntityInfo`]): the same
    /// text as `serde_json::to_string(&a.with_entity_info())`.
    ///
    /// ```
    /// use libya_nlp::Analyzer;
    /// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
    /// let json = a.to_json_with_entity_info();
    /// assert_eq!(json, serde_json::to_string(&a.with_entity_info()).unwrap());
    /// assert!(json.contains(r#""derna":{"kind":"location","category":"city","english":"Derna""#));
    /// ```
    pub fn to_json_with_entity_info(&self) -> String {
        self.json_text(true)
    }

    fn json_text(&self, entity_info: bool) -> String {
        let mut out = Vec::with_capacity(256 + 64 * (self.entities.len() + self.events.len()));
        out.push(b'{');
        write_members(self, entity_info, &mut out);
        out.push(b'}');
        // Every piece written is UTF-8 (strings of `&str`, ASCII, serde_json's output).
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// This analysis in the verbose JSON form ([`Verbose`]); `serde_json::to_string(&a)` gives
    /// the compact one.
    pub fn verbose(&self) -> Verbose<'_> {
        Verbose(self)
    }

    /// This analysis in the compact JSON form with the whole entity table
    /// ([`WithEntityInfo`]): names and coordinates of every entity mentioned, in the line.
    pub fn with_entity_info(&self) -> WithEntityInfo<'_> {
        WithEntityInfo(self)
    }
}

/// Writes the members of `a`'s compact JSON (`"sentences":[…],…,"records":[…]`, without the
/// braces) to the end of `out`: the same text as `serde_json::to_string(a)` (or of
/// `a.with_entity_info()`) between its braces, written by hand straight into the caller's
/// buffer, from the analysis itself (no intermediate value or string: names as literals,
/// numbers by digit pairs, strings that need no escape copied whole, floats by `serde_json`
/// into the buffer), because serializing was a tenth of the `annotate` worker's time.
pub(crate) fn write_members(a: &Analysis, entity_info: bool, out: &mut Vec<u8>) {
    let table = Table::new(&a.entities, entity_info);
    let mut w = Writer { out };
    w.raw("\"sentences\":[");
    for (i, s) in a.sentences.iter().enumerate() {
        w.comma(i);
        w.raw("{");
        w.offsets([s.start, s.end, s.char_start, s.char_end]);
        w.raw("}");
    }
    w.raw("],\"entities\":[");
    for (i, (m, &own)) in a.entities.iter().zip(&table.own).enumerate() {
        w.comma(i);
        w.raw("{\"id\":");
        w.string(&m.id);
        if own {
            w.raw(",\"kind\":");
            w.name(m.kind.as_str());
        }
        w.raw(",");
        let t = &m.span;
        w.offsets([t.start, t.end, t.char_start, t.char_end]);
        w.raw(",\"text\":");
        w.string(&t.text);
        if m.alias != t.text {
            w.raw(",\"alias\":");
            w.string(&m.alias);
        }
        if own {
            w.raw(",\"category\":");
            w.string(&m.category);
            w.raw(",\"english\":");
            w.string(&m.english);
            w.raw(",\"arabic\":");
            w.string(&m.arabic);
            w.opt_float(",\"lat\":", m.lat);
            w.opt_float(",\"lon\":", m.lon);
        }
        w.raw("}");
    }
    w.raw("]");
    if !table.skip() {
        w.raw(",\"entity_info\":{");
        for (i, e) in table.entries.iter().filter(|e| e.write).enumerate() {
            let (id, e) = (e.id, &e.info);
            w.comma(i);
            w.string(id);
            w.raw(":{\"kind\":");
            w.name(e.kind.as_str());
            w.raw(",\"category\":");
            w.string(e.category);
            w.raw(",\"english\":");
            w.string(e.english);
            w.raw(",\"arabic\":");
            w.string(e.arabic);
            w.opt_float(",\"lat\":", e.lat);
            w.opt_float(",\"lon\":", e.lon);
            w.raw("}");
        }
        w.raw("}");
    }
    w.raw(",\"events\":[");
    for (i, e) in a.events.iter().enumerate() {
        w.comma(i);
        w.kind_modality(e.kind, e.modality);
        w.raw(",\"trigger\":{");
        let t = &e.trigger;
        w.offsets([t.start, t.end, t.char_start, t.char_end]);
        w.raw(",\"text\":");
        w.string(&t.text);
        w.raw("},\"sentence\":");
        w.num(e.sentence as u64);
        w.refs(",\"actors\":", &a.entities, &e.actors);
        w.refs(",\"locations\":", &a.entities, &e.locations);
        let (acled, cameo) = unless_default(e.kind, &e.acled, &e.cameo);
        if let Some(acled) = acled {
            w.raw(",\"acled\":");
            w.serde(acled);
        }
        w.opt_str(",\"cameo\":", cameo);
        w.raw(",\"confidence\":");
        w.serde(&e.confidence);
        if e.background {
            w.raw(",\"background\":true");
        }
        w.raw("}");
    }
    w.raw("],\"records\":[");
    for (i, r) in a.records.iter().enumerate() {
        w.comma(i);
        w.kind_modality(r.kind, r.modality);
        if r.background {
            w.raw(",\"background\":true");
        }
        if let Some(d) = &r.date {
            w.raw(",\"date\":");
            w.serde(d);
        }
        if let Some(x) = &r.actor1 {
            w.raw(",\"actor1\":");
            w.actor(&actor_out(x, &table));
        }
        if let Some(x) = &r.actor2 {
            w.raw(",\"actor2\":");
            w.actor(&actor_out(x, &table));
        }
        w.actors(",\"assoc_actors1\":", &r.assoc_actors1, &table);
        w.actors(",\"assoc_actors2\":", &r.assoc_actors2, &table);
        if let Some(l) = &r.location {
            let l = location_out(l, &table);
            w.raw(",\"location\":{");
            let mut first = true;
            w.field_str(&mut first, "\"id\":", l.id);
            w.field_str(&mut first, "\"english\":", l.english);
            if let Some(lat) = l.lat {
                w.field(&mut first, "\"lat\":");
                w.float(lat);
            }
            if let Some(lon) = l.lon {
                w.field(&mut first, "\"lon\":");
                w.float(lon);
            }
            w.field_str(&mut first, "\"admin1\":", l.admin1);
            w.field(&mut first, "\"geo_precision\":");
            w.num(u64::from(l.geo_precision));
            w.raw("}");
        }
        if let Some(f) = r.fatalities {
            w.raw(",\"fatalities\":");
            w.num(u64::from(f));
        }
        if let Some(f) = r.injured {
            w.raw(",\"injured\":");
            w.num(u64::from(f));
        }
        if !r.sources.is_empty() {
            w.raw(",\"sources\":[");
            for (i, s) in r.sources.iter().enumerate() {
                w.comma(i);
                w.string(s);
            }
            w.raw("]");
        }
        w.raw(",\"mentions\":[");
        for (i, &m) in r.mentions.iter().enumerate() {
            w.comma(i);
            w.num(m as u64);
        }
        w.raw("]");
        let (acled, cameo) = unless_default(r.kind, &r.acled, &r.cameo);
        if let Some(acled) = acled {
            w.raw(",\"acled\":");
            w.serde(acled);
        }
        w.opt_str(",\"cameo\":", cameo);
        w.raw("}");
    }
    w.raw("]");
}

/// The JSON text writer of [`write_members`]: appends to the caller's buffer.
struct Writer<'o> {
    out: &'o mut Vec<u8>,
}

impl Writer<'_> {
    #[inline]
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    #[inline]
    fn comma(&mut self, i: usize) {
        if i > 0 {
            self.out.push(b',');
        }
    }

    fn num(&mut self, n: u64) {
        // Two digits at a time; numbers of up to five digits (offsets, indices) as one copy of
        // a known length, which compiles to a few moves instead of a call.
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let pair = |k: u64| {
            let k = k as usize * 2;
            [PAIRS[k], PAIRS[k + 1]]
        };
        match n {
            0..=9 => self.out.push(b'0' + n as u8),
            10..=99 => self.out.extend_from_slice(&pair(n)),
            100..=999 => {
                let [a, b] = pair(n % 100);
                self.out.extend_from_slice(&[b'0' + (n / 100) as u8, a, b]);
            }
            1000..=9999 => {
                let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
                self.out.extend_from_slice(&[a, b, c, d]);
            }
            10_000..=99_999 => {
                let ([b, c], [d, e]) = (pair(n / 100 % 100), pair(n % 100));
                self.out
                    .extend_from_slice(&[b'0' + (n / 10_000) as u8, b, c, d, e]);
            }
            _ => {
                let mut buf = [0u8; 20];
                let mut i = buf.len();
                let mut n = n;
                while n >= 100 {
                    i -= 2;
                    buf[i..i + 2].copy_from_slice(&pair(n % 100));
                    n /= 100;
                }
                if n >= 10 {
                    i -= 2;
                    buf[i..i + 2].copy_from_slice(&pair(n));
                } else {
                    i -= 1;
                    buf[i] = b'0' + n as u8;
                }
                self.out.extend_from_slice(&buf[i..]);
            }
        }
    }

    /// A JSON string: copied whole when nothing in it needs an escape (one pass the compiler
    /// vectorizes), else as `serde_json` escapes it.
    fn string(&mut self, s: &str) {
        let needs = s.bytes().fold(false, |acc, b| {
            acc | (b < 0x20) | (b == b'"') | (b == b'\\')
        });
        if needs {
            self.serde(s);
        } else {
            self.out.reserve(s.len() + 2);
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
        }
    }

    /// A name of this crate's (an enum's `as_str`: snake_case ASCII, nothing to escape) as a
    /// JSON string.
    fn name(&mut self, s: &str) {
        self.out.push(b'"');
        self.raw(s);
        self.out.push(b'"');
    }

    fn opt_str(&mut self, key: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.raw(key);
            self.string(s);
        }
    }

    fn float(&mut self, f: Option<f64>) {
        match f {
            Some(f) => self.serde(&f),
            None => self.raw("null"),
        }
    }

    fn opt_float(&mut self, key: &str, f: Option<f64>) {
        if let Some(f) = f {
            self.raw(key);
            self.serde(&f);
        }
    }

    /// What `serde_json` writes for `v`, written into the buffer; `null` if it cannot be
    /// (never for the types written here).
    fn serde<T: Serialize + ?Sized>(&mut self, v: &T) {
        let at = self.out.len();
        if serde_json::to_writer(&mut *self.out, v).is_err() {
            self.out.truncate(at);
            self.raw("null");
        }
    }

    /// `key` and the entity references `rs`, each the index of its mention in `entities` or,
    /// with no equal mention, whole; nothing when there are none.
    fn refs(&mut self, key: &str, entities: &[Mention], rs: &[EntityRef]) {
        if rs.is_empty() {
            return;
        }
        self.raw(key);
        self.raw("[");
        for (i, r) in rs.iter().enumerate() {
            self.comma(i);
            match mention_index(entities, r) {
                Some(n) => self.num(n as u64),
                None => self.serde(r),
            }
        }
        self.raw("]");
    }

    /// `"start":…,"end":…,"char_start":…,"char_end":…`.
    fn offsets(&mut self, [start, end, char_start, char_end]: [usize; 4]) {
        self.raw("\"start\":");
        self.num(start as u64);
        self.raw(",\"end\":");
        self.num(end as u64);
        self.raw(",\"char_start\":");
        self.num(char_start as u64);
        self.raw(",\"char_end\":");
        self.num(char_end as u64);
    }

    /// `{"kind":…,"modality":…` of an event or record.
    fn kind_modality(&mut self, kind: EventKind, modality: Modality) {
        self.raw("{\"kind\":");
        self.name(kind.as_str());
        self.raw(",\"modality\":");
        self.name(modality.as_str());
    }

    /// `key` of an object's member, after a comma unless it is the first.
    fn field(&mut self, first: &mut bool, key: &str) {
        if !*first {
            self.raw(",");
        }
        *first = false;
        self.raw(key);
    }

    /// An object's member holding a string, when there is one.
    fn field_str(&mut self, first: &mut bool, key: &str, v: Option<&str>) {
        if let Some(v) = v {
            self.field(first, key);
            self.string(v);
        }
    }

    fn actor(&mut self, a: &ActorOut<'_>) {
        self.raw("{");
        let mut first = true;
        self.field_str(&mut first, "\"id\":", a.id);
        self.field_str(&mut first, "\"english\":", a.english);
        if let Some(g) = a.generic {
            self.field(&mut first, "\"generic\":");
            self.name(g.as_str());
        }
        if let Some(n) = a.inter {
            self.field(&mut first, "\"inter\":");
            self.num(u64::from(n));
        }
        self.raw("}");
    }

    /// `key` and the actors of a list, nothing when it is empty.
    fn actors(&mut self, key: &str, list: &[Actor], table: &Table<'_>) {
        if list.is_empty() {
            return;
        }
        self.raw(key);
        self.raw("[");
        for (i, a) in list.iter().enumerate() {
            self.comma(i);
            self.actor(&actor_out(a, table));
        }
        self.raw("]");
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        let cases: [(&str, u64); 14] = [
            ("zero", 0),
            ("one digit", 7),
            ("two", 10),
            ("two, top", 99),
            ("three", 100),
            ("three, mixed", 507),
            ("four", 1000),
            ("four, top", 9999),
            ("five", 10_000),
            ("five, zeros inside", 10_203),
            ("five, top", 99_999),
            ("six", 100_000),
            ("eleven", 12_345_678_901),
            ("max", u64::MAX),
        ];
        for (name, n) in cases {
            let mut out = Vec::new();
            Writer { out: &mut out }.num(n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap(), "{name}");
        }
    }
}
