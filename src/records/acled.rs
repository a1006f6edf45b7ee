//! The ACLED export: one CSV row per record that is asserted and not background.
//!
//! RFC 4180 CSV (the `csv` crate), UTF-8, a header row, the columns of `records.md` in this
//! order: `event_id_cnty` (document id, a dash, the record's number among all records of the
//! document, from 1), `event_date`, `time_precision`, `event_type`, `sub_event_type`,
//! `actor1`, `assoc_actor_1`, `inter1`, `actor2`, `assoc_actor_2`, `inter2`, `interaction`,
//! `iso`, `country`, `admin1`, `location`, `latitude`, `longitude`, `geo_precision`,
//! `source`, `notes`, `fatalities`. Several associated actors or sources are joined with `; `;
//! `notes` is the text of the record's first sentence; `interaction` is `inter1 * 10 + inter2`
//! (`inter1 * 10` with no actor2); `iso` 434 and `country` `Libya` for Libyan places. A record
//! without a date has an empty `event_date`; unknown numbers are empty cells, except
//! `fatalities`, which is 0 when no figure is reported (ACLED's convention), so the column
//! reads as integers.
//!
//! ```
//! use libya_nlp::records::acled;
//! use libya_nlp::{Analyzer, Date};
//! let text = "قصفت طائرات مجهولة مدينة درنة أمس، ما أدى إلى مقتل خمسة مدنيين.";
//! let a = Analyzer::new().analyze_dated(text, "2018-05-03".parse::<Date>().ok());
//! let rows = acled::rows("a1", text, &a);
//! assert_eq!(rows[0].event_date, "2018-05-02");
//! assert_eq!(rows[0].location, "Derna");
//! assert_eq!(rows[0].fatalities, 5);
//! let mut out = Vec::new();
//! acled::write_csv(&mut out, &rows).unwrap();
//! assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
//! ```

use super::merge::in_libya;
use super::{Actor, Record};
use crate::analyzer::Analysis;
use crate::events::Modality;
use crate::gazetteer::{Entity, Gazetteer};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Write;

/// The column names, in order.
pub const COLUMNS: [&str; 22] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "iso",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

/// One ACLED row. Serializes (CSV or JSON) with the column names of [`COLUMNS`], in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct AcledRow {
    /// Document id, a dash, the record number (from 1).
    pub event_id_cnty: String,
    /// `YYYY-MM-DD` (the first day of the range), or empty.
    pub event_date: String,
    /// 1 day, 2 week, 3 month or year.
    pub time_precision: Option<u8>,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// Actor 1's name.
    pub actor1: String,
    /// Allies of actor 1, joined with `; `.
    pub assoc_actor_1: String,
    /// Actor 1's type.
    pub inter1: Option<u8>,
    /// Actor 2's name.
    pub actor2: String,
    /// Allies of actor 2, joined with `; `.
    pub assoc_actor_2: String,
    /// Actor 2's type.
    pub inter2: Option<u8>,
    /// `inter1 * 10 + inter2`.
    pub interaction: Option<u16>,
    /// ISO 3166 numeric country code (434 for Libya).
    pub iso: Option<u16>,
    /// Country name.
    pub country: String,
    /// District (shabiya) or first-level region.
    pub admin1: String,
    /// The place's English name.
    pub location: String,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// 1 the place itself, 2 near it, 3 a larger region.
    pub geo_precision: Option<u8>,
    /// Who reported it, joined with `; `.
    pub source: String,
    /// The record's first sentence.
    pub notes: String,
    /// People killed (0 when no figure is reported).
    pub fatalities: u32,
}

fn names(actors: &[Actor]) -> String {
    actors
        .iter()
        .map(|a| a.english.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The rows of one analyzed document (`text` is the document the analysis was made from),
/// naming sources with the bundled gazetteer.
pub fn rows(doc_id: &str, text: &str, analysis: &Analysis) -> Vec<AcledRow> {
    rows_with(doc_id, text, analysis, Gazetteer::libya())
}

/// The rows of one analyzed document, naming sources with `gazetteer`.
pub fn rows_with(
    doc_id: &str,
    text: &str,
    analysis: &Analysis,
    gazetteer: &Gazetteer,
) -> Vec<AcledRow> {
    analysis
        .records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.modality == Modality::Asserted && !r.background)
        .map(|(n, r)| row(doc_id, n + 1, text, analysis, r, gazetteer))
        .collect()
}

/// ISO 3166-1 numeric codes by gazetteer id (`data/records/iso3166.tsv`).
static ISO: Lazy<HashMap<&'static str, u16>> = Lazy::new(|| {
    include_str!("../../data/records/iso3166.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let (id, iso) = l.split_once('\t')?;
            Some((id.trim(), iso.trim().parse().ok()?))
        })
        .collect()
});

/// The ISO 3166-1 numeric code of a country in the gazetteer (`data/records/iso3166.tsv`),
/// the `iso` column of the export.
///
/// ```
/// use libya_nlp::records::acled::iso_code;
/// assert_eq!(iso_code("libya"), Some(434));
/// assert_eq!(iso_code("egypt"), Some(818));
/// assert_eq!(iso_code("tripoli"), None);
/// ```
pub fn iso_code(country_id: &str) -> Option<u16> {
    ISO.get(country_id).copied()
}

/// The country a place abroad lies in: the place itself when it is a country, else the first
/// country up its affiliations (a city's, a region's), at most four steps up; `None` when no
/// country is found.
pub(crate) fn country_of<'g>(gazetteer: &'g Gazetteer, id: &str) -> Option<&'g Entity> {
    let mut ids = vec![id];
    for _ in 0..4 {
        let mut next = Vec::new();
        for id in ids {
            let e = gazetteer.entity(id)?;
            if e.category == "country" {
                return Some(e);
            }
            next.extend(e.affiliation.iter().map(String::as_str));
        }
        if next.is_empty() {
            return None;
        }
        ids = next;
    }
    None
}

fn row(
    doc_id: &str,
    n: usize,
    text: &str,
    analysis: &Analysis,
    r: &Record,
    gazetteer: &Gazetteer,
) -> AcledRow {
    let inter1 = r.actor1.as_ref().and_then(|a| a.inter);
    let inter2 = r.actor2.as_ref().and_then(|a| a.inter);
    let interaction = inter1.map(|a| u16::from(a) * 10 + inter2.map_or(0, u16::from));
    let loc = r.location.as_ref();
    let category = loc
        .and_then(|l| l.id.as_deref())
        .and_then(|id| gazetteer.entity(id))
        .map(|e| e.category.as_str());
    let libyan = loc.is_some_and(|l| in_libya(l, category));
    let country = match (libyan, loc.and_then(|l| l.id.as_deref())) {
        (false, Some(id)) => country_of(gazetteer, id),
        _ => None,
    };
    let notes = r
        .mentions
        .first()
        .and_then(|&m| analysis.events.get(m))
        .and_then(|e| analysis.sentences.get(e.sentence))
        .and_then(|s| text.get(s.range()))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let source = r
        .sources
        .iter()
        .map(|id| {
            gazetteer
                .entity(id)
                .map_or_else(|| id.clone(), |e| e.english.clone())
        })
        .collect::<Vec<_>>()
        .join("; ");
    AcledRow {
        event_id_cnty: format!("{doc_id}-{n}"),
        event_date: r.date.map(|d| d.start.to_string()).unwrap_or_default(),
        time_precision: r.date.map(|d| d.precision.acled()),
        event_type: r.acled.event_type.clone(),
        sub_event_type: r.acled.sub_event_type.clone(),
        actor1: r
            .actor1
            .as_ref()
            .map(|a| a.english.clone())
            .unwrap_or_default(),
        assoc_actor_1: names(&r.assoc_actors1),
        inter1,
        actor2: r
            .actor2
            .as_ref()
            .map(|a| a.english.clone())
            .unwrap_or_default(),
        assoc_actor_2: names(&r.assoc_actors2),
        inter2,
        interaction,
        iso: if libyan {
            Some(434)
        } else {
            country.and_then(|c| iso_code(&c.id))
        },
        country: if libyan {
            "Libya".to_string()
        } else {
            country.map(|c| c.english.clone()).unwrap_or_default()
        },
        admin1: loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        location: loc.map(|l| l.english.clone()).unwrap_or_default(),
        latitude: loc.and_then(|l| l.lat),
        longitude: loc.and_then(|l| l.lon),
        geo_precision: loc.map(|l| l.geo_precision),
        source,
        notes,
        fatalities: r.fatalities.unwrap_or(0),
    }
}

/// Writes `rows` as CSV with a header row (even when there are no rows).
pub fn write_csv<W: Write>(out: W, rows: &[AcledRow]) -> std::io::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    w.write_record(COLUMNS)?;
    for r in rows {
        w.serialize(r)?;
    }
    w.flush()
}

/// The CSV lines of `rows`, without a header (for appending documents to one file).
pub fn csv_lines(rows: &[AcledRow]) -> String {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for r in rows {
        // Writing to memory cannot fail; a row that cannot be serialized is skipped.
        let _ = w.serialize(r);
    }
    w.into_inner()
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default()
}

/// The header line, newline included.
pub fn header_line() -> String {
    let mut s = COLUMNS.join(",");
    s.push('\n');
    s
}
