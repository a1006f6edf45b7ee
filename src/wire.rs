//! The JSON form of an [`Analysis`] (documented there, under "JSON"): each entity's names and
//! coordinates once per document, events pointing at their mentions by index. Reading back
//! gives an equal `Analysis`; the older form, with names on every mention and whole references
//! in events, reads too.

use crate::analyzer::{Analysis, Sentence};
use crate::events::{Acled, EntityRef, Event, EventKind, Modality};
use crate::gazetteer::{EntityKind, Mention};
use crate::records::Record;
use crate::span::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, HashMap};

/// What is true of an entity everywhere in a document.
#[derive(Serialize)]
struct InfoOut<'a> {
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
            category: &m.category,
            english: &m.english,
            arabic: &m.arabic,
            lat: m.lat,
            lon: m.lon,
        }
    }

    fn same(&self, m: &Mention) -> bool {
        self.category == m.category
            && self.english == m.english
            && self.arabic == m.arabic
            && self.lat == m.lat
            && self.lon == m.lon
    }
}

#[derive(Serialize)]
struct MentionOut<'a> {
    id: &'a str,
    kind: EntityKind,
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
    actors: Vec<RefOut<'a>>,
    locations: Vec<RefOut<'a>>,
    acled: &'a Acled,
    cameo: &'a str,
    confidence: f32,
    background: bool,
}

#[derive(Serialize)]
struct AnalysisOut<'a> {
    sentences: &'a [Sentence],
    entities: Vec<MentionOut<'a>>,
    entity_info: BTreeMap<&'a str, InfoOut<'a>>,
    events: Vec<EventOut<'a>>,
    records: &'a [Record],
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
        let mut info: BTreeMap<&str, InfoOut<'_>> = BTreeMap::new();
        let entities = self
            .entities
            .iter()
            .map(|m| {
                let first = info.entry(m.id.as_str()).or_insert_with(|| InfoOut::of(m));
                let own = !first.same(m);
                MentionOut {
                    id: &m.id,
                    kind: m.kind,
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
                }
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
                EventOut {
                    kind: *kind,
                    modality: *modality,
                    trigger,
                    sentence: *sentence,
                    actors: refs(&self.entities, actors),
                    locations: refs(&self.entities, locations),
                    acled,
                    cameo,
                    confidence: *confidence,
                    background: *background,
                }
            })
            .collect();
        AnalysisOut {
            sentences: &self.sentences,
            entities,
            entity_info: info,
            events,
            records: &self.records,
        }
        .serialize(s)
    }
}

#[derive(Deserialize)]
struct InfoIn {
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
    kind: EntityKind,
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
    records: Vec<Record>,
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
        let entities: Vec<Mention> = entities
            .into_iter()
            .map(|m| {
                let info = entity_info.get(&m.id);
                let pick = |own: Option<String>, shared: Option<&String>| {
                    own.or_else(|| shared.cloned()).unwrap_or_default()
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
                let mut out = Mention {
                    id: m.id,
                    kind: m.kind,
                    category: pick(m.category, info.map(|i| &i.category)),
                    english: pick(m.english, info.map(|i| &i.english)),
                    arabic: pick(m.arabic, info.map(|i| &i.arabic)),
                    lat,
                    lon,
                    alias: String::new(),
                    span,
                    norm: 0..0,
                };
                out.alias = m.alias.unwrap_or_else(|| out.span.text.clone());
                out
            })
            .collect();
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
        Ok(Analysis {
            sentences,
            entities,
            events,
            records,
        })
    }
}
