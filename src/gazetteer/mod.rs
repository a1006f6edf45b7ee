//! The Libya gazetteer and entity recognition.
//!
//! A [`Gazetteer`] holds entities (people, organizations, places) with their names and finds
//! their mentions in Arabic text robustly:
//!
//! - on `search`-normalized text, so diacritics, shadda, tatweel, hamza and alef forms, final
//!   `ى`/`ي` and `ة`/`ه` do not matter (`السرّاج`, `الليبى`, `حفـــتر`);
//! - whole words only, with attached proclitics (`لحفتر`, `وبطرابلس`, `للجيش الوطني الليبي`);
//! - multi-word names across a missing space (`الأممالمتحدة`);
//! - leftmost-longest and non-overlapping (`صدام حفتر` is not Khalifa Haftar), nested on request;
//!   a place or government inside a longer name is reported when the name belongs to it
//!   (`المجلس البلدي سبها` → the council and Sabha), but a town inside a place's name is that
//!   place's address, not a mention (`مطار طرابلس` → the airport only);
//! - ambiguous names (`البيضاء`, `فجر`, `سلامة`) only after a cue word or title of the entity, or
//!   after the entity was named unambiguously earlier in the document;
//! - blocking contexts (`الجيش الوطني اليمني` is not the LNA).
//!
//! - names and office titles that change meaning with time (`الحكومة المؤقتة`, `المبعوث الأممي`)
//!   resolved against the document's publication date ([`FindOptions::date`]; see [`Period`]).
//!
//! All aliases of a gazetteer are compiled once into Aho-Corasick automata; spans are
//! returned in the caller's original text.
//!
//! The module is split by concern: `load` (the TSV format, the builder and its strict checks),
//! `matcher` (the automaton, clitics, fused words), `license` (ambiguous names, cues, blocking
//! contexts), `periods` (names, titles and offices by date) and `heads` (names sharing a dual or
//! plural head: `حقلي الشرارة والفيل`). Everything public is re-exported here.
//!
//! ```
//! use libya_nlp::Gazetteer;
//! let gaz = Gazetteer::libya();
//! let text = "وصل المشير حفتر إلى بنغازي";
//! let found: Vec<String> = gaz.find(text).into_iter().map(|m| m.id).collect();
//! assert_eq!(found, ["khalifa_haftar", "benghazi"]);
//! ```
//!
//! The bundled data lives in `data/gazetteer.tsv`: one entity per line, tab-separated, editable
//! in any spreadsheet (see `data/README.md`). Users extend it or load their own:
//!
//! ```
//! use libya_nlp::gazetteer::{Gazetteer, Entity, EntityKind};
//! let gaz = Gazetteer::builder_libya()
//!     .entity(Entity::new("wadi_kaam", EntityKind::Location, "valley", "Wadi Kaam", "وادي كعام"))
//!     .alias("khalifa_haftar", "Haftar")
//!     .build()
//!     .unwrap();
//! assert_eq!(gaz.find("General Haftar said")[0].id, "khalifa_haftar");
//! // Ids are unique: reusing a bundled one is an error unless replacing is asked for.
//! let err = Gazetteer::builder_libya()
//!     .entity(Entity::new("tripoli", EntityKind::Location, "city", "Tripoli", "طرابلس"))
//!     .build()
//!     .unwrap_err();
//! assert!(err.to_string().starts_with("<builder>:0: field `id`: `tripoli` is already defined"));
//! ```
//!
//! With a publication date, period-bound names and office titles resolve to the entity of the
//! day; without one, an office title standing alone resolves to nothing:
//!
//! ```
//! use libya_nlp::gazetteer::{FindOptions, Gazetteer};
//! use libya_nlp::Date;
//! let gaz = Gazetteer::libya();
//! let text = "وقال المبعوث الأممي إن الحوار سيستمر";
//! let on = |d: &str| -> Vec<String> {
//!     let opts = FindOptions::default().with_date(Some(d.parse::<Date>().unwrap()));
//!     gaz.find_with(text, &opts).into_iter().map(|m| m.id).collect()
//! };
//! assert_eq!(on("2018-05-01"), ["ghassan_salame"]);
//! assert_eq!(on("2023-05-01"), ["abdoulaye_bathily"]);
//! assert!(gaz.find(text).is_empty());
//! ```

use crate::date::Date;
use crate::error::Error;
use crate::normalize::Normalizer;
use crate::span::{CharIndex, Span};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

mod forms;
mod heads;
mod license;
mod load;
mod matcher;
mod periods;

pub use load::{parse_tsv, GazetteerBuilder, ADMIN1_LIBYA, COLUMNS, LIBYA_BBOX};
pub use periods::{split_period, Period, PeriodError};

use matcher::Pattern;

/// What an entity is.
///
/// ```
/// use libya_nlp::EntityKind;
/// assert_eq!(EntityKind::parse("location"), Some(EntityKind::Location));
/// assert_eq!(EntityKind::Person.as_str(), "person");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organization: armed group, government, party, agency, media.
    Organization,
    /// A place.
    Location,
}

impl EntityKind {
    /// Parses `person`, `organization` or `location`.
    pub fn parse(s: &str) -> Option<EntityKind> {
        match s {
            "person" => Some(EntityKind::Person),
            "organization" => Some(EntityKind::Organization),
            "location" => Some(EntityKind::Location),
            _ => None,
        }
    }

    /// The name used in data files and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
        }
    }
}

impl std::str::FromStr for EntityKind {
    type Err = crate::error::ParseNameError;

    /// `person`, `organization` or `location`, as in the data files and the JSON.
    ///
    /// ```
    /// use libya_nlp::EntityKind;
    /// assert_eq!("location".parse::<EntityKind>(), Ok(EntityKind::Location));
    /// assert!("Location".parse::<EntityKind>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<EntityKind, Self::Err> {
        EntityKind::parse(s).ok_or_else(|| crate::error::ParseNameError::new("entity kind", s))
    }
}

impl std::fmt::Display for EntityKind {
    /// The name [`FromStr`](std::str::FromStr) accepts.
    ///
    /// ```
    /// assert_eq!(libya_nlp::EntityKind::Person.to_string(), "person");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a place is, for event data: see [`Gazetteer::point`].
///
/// ```
/// let p = libya_nlp::Gazetteer::libya().point("tripoli").unwrap();
/// assert!(p.lat > 32.0 && p.geo_precision == 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Point {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// 1: the place's own coordinates; 2: those of the place it belongs to.
    pub geo_precision: u8,
}

/// Categories of places too wide for their point to stand for a place inside them.
const WIDE_AREAS: &[&str] = &["country", "region", "district", "sea", "river", "desert"];

/// One entity of a gazetteer.
///
/// ```
/// use libya_nlp::Gazetteer;
/// let derna = Gazetteer::libya().entity("derna").unwrap();
/// assert_eq!(derna.english, "Derna");
/// assert!(derna.lat.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Stable snake_case id.
    pub id: String,
    /// Person, organization or location.
    pub kind: EntityKind,
    /// Category (`city`, `armed_group`, `diplomat`, …).
    pub category: String,
    /// English name.
    pub english: String,
    /// Canonical Arabic name (always matched).
    pub arabic: String,
    /// Other names that always identify the entity. An item may carry a period suffix
    /// (`name@FROM..TO`, see [`Period`]): it then matches only in documents dated inside it.
    pub aliases: Vec<String>,
    /// Names that identify it only after a cue or title, or after an unambiguous mention;
    /// items may carry a period suffix.
    pub ambiguous: Vec<String>,
    /// Words that license the ambiguous names when directly before them.
    pub cues: Vec<String>,
    /// Titles that precede the name (they license ambiguous names too); items may carry a
    /// period suffix, and then license only in documents dated inside it.
    pub titles: Vec<String>,
    /// Ids of entities this one belongs to.
    pub affiliation: Vec<String>,
    /// Latitude (locations).
    pub lat: Option<f64>,
    /// Longitude (locations).
    pub lon: Option<f64>,
    /// Words that reject a match when directly before it.
    pub block_before: Vec<String>,
    /// Words that reject a match when directly after it.
    pub block_after: Vec<String>,
    /// For a place in Libya, its district (shabiya) as ACLED spells it (`Tarabulus`,
    /// `Banghazi`); abroad, the first-level region when known.
    #[serde(default)]
    pub admin1: Option<String>,
    /// ACLED actor type (`inter`, 1–8) of an armed group, force or institution, when sure.
    #[serde(default)]
    pub inter: Option<u8>,
    /// First day the entity existed or held its role, when known. With [`to`](Self::to) it
    /// is the default period of the entity's offices, and of its names where another entity
    /// shares them (see `data/README.md`).
    #[serde(default)]
    pub from: Option<Date>,
    /// Last day the entity existed or held its role, when known.
    #[serde(default)]
    pub to: Option<Date>,
    /// Office titles that alone name the entity while it holds them, each usually with a
    /// period suffix: `المبعوث الأممي@2017-06-22..2020-03-02`. Resolved only when the document
    /// has a publication date inside the period.
    #[serde(default)]
    pub offices: Vec<String>,
    /// Free notes.
    pub notes: String,
}

impl Entity {
    /// A new entity with no aliases, coordinates or contexts.
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind};
    /// let e = Entity::new("x", EntityKind::Location, "city", "X", "اكس");
    /// assert!(e.aliases.is_empty());
    /// ```
    pub fn new(id: &str, kind: EntityKind, category: &str, english: &str, arabic: &str) -> Entity {
        Entity {
            id: id.to_string(),
            kind,
            category: category.to_string(),
            english: english.to_string(),
            arabic: arabic.to_string(),
            aliases: Vec::new(),
            ambiguous: Vec::new(),
            cues: Vec::new(),
            titles: Vec::new(),
            affiliation: Vec::new(),
            lat: None,
            lon: None,
            block_before: Vec::new(),
            block_after: Vec::new(),
            admin1: None,
            inter: None,
            from: None,
            to: None,
            offices: Vec::new(),
            notes: String::new(),
        }
    }

    /// Sets the coordinates.
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind};
    /// let e = Entity::new("x", EntityKind::Location, "city", "X", "اكس").with_coordinates(32.0, 13.0);
    /// assert_eq!(e.lat, Some(32.0));
    /// ```
    pub fn with_coordinates(mut self, lat: f64, lon: f64) -> Entity {
        self.lat = Some(lat);
        self.lon = Some(lon);
        self
    }

    /// The entity's own period (`from`..`to`).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind};
    /// let e = Entity::new("x", EntityKind::Organization, "government", "X", "اكس")
    ///     .with_period("2014-09-01".parse().ok(), None);
    /// assert_eq!(e.period().to_string(), "2014-09-01..");
    /// ```
    pub fn period(&self) -> Period {
        Period {
            from: self.from,
            to: self.to,
        }
    }

    /// Sets [`from`](Self::from) and [`to`](Self::to).
    pub fn with_period(mut self, from: Option<Date>, to: Option<Date>) -> Entity {
        self.from = from;
        self.to = to;
        self
    }

    /// Adds office titles (each `title` or `title@FROM..TO`).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, FindOptions, Gazetteer};
    /// use libya_nlp::Date;
    /// let envoy = Entity::new("envoy", EntityKind::Person, "diplomat", "Envoy", "فلان الفلاني")
    ///     .with_offices(["المبعوث الأممي@2017-06-22..2020-03-02"]);
    /// let g = Gazetteer::builder().entity(envoy).build().unwrap();
    /// let dated = FindOptions::default().with_date("2019-01-01".parse::<Date>().ok());
    /// assert_eq!(g.find_with("قال المبعوث الأممي", &dated)[0].id, "envoy");
    /// assert!(g.find("قال المبعوث الأممي").is_empty());
    /// ```
    pub fn with_offices<I, S>(mut self, offices: I) -> Entity
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.offices.extend(offices.into_iter().map(Into::into));
        self
    }

    /// Adds aliases.
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind};
    /// let e = Entity::new("x", EntityKind::Location, "city", "X", "اكس").with_aliases(["إكس"]);
    /// assert_eq!(e.aliases, ["إكس"]);
    /// ```
    pub fn with_aliases<I, S>(mut self, aliases: I) -> Entity
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.aliases.extend(aliases.into_iter().map(Into::into));
        self
    }
}

/// Options of [`Gazetteer::find_with`].
///
/// ```
/// use libya_nlp::gazetteer::{FindOptions, Gazetteer};
/// let opts = FindOptions::default().with_nested(true);
/// let ids: Vec<String> = Gazetteer::libya()
///     .find_with("سرايا الدفاع عن بنغازي", &opts)
///     .into_iter().map(|m| m.id).collect();
/// assert!(ids.contains(&"benghazi".to_string()));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FindOptions {
    /// Also return matches inside or overlapping the leftmost-longest ones.
    #[serde(default)]
    pub nested: bool,
    /// The document's publication date: period-bound names, titles and offices resolve
    /// against it. `None`: they resolve to nothing (a name with one holder and no period
    /// still matches).
    #[serde(default)]
    pub date: Option<Date>,
}

impl FindOptions {
    /// Sets [`nested`](Self::nested).
    pub fn with_nested(mut self, nested: bool) -> Self {
        self.nested = nested;
        self
    }

    /// Sets [`date`](Self::date).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{FindOptions, Gazetteer};
    /// use libya_nlp::Date;
    /// let text = "اجتمع رئيس المجلس الرئاسي بالسفير";
    /// let at = |d: &str| FindOptions::default().with_date(d.parse::<Date>().ok());
    /// let ids = |o: &FindOptions| -> Vec<String> {
    ///     Gazetteer::libya().find_with(text, o).into_iter().map(|m| m.id).collect()
    /// };
    /// assert_eq!(ids(&at("2019-01-10")), ["fayez_sarraj", "presidential_council"]);
    /// assert_eq!(ids(&at("2022-01-10")), ["mohamed_menfi", "presidential_council"]);
    /// assert_eq!(ids(&FindOptions::default()), ["presidential_council"]);
    /// ```
    pub fn with_date(mut self, date: Option<Date>) -> Self {
        self.date = date;
        self
    }
}

/// How a compiled name depends on the publication date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gate {
    /// Matches whatever the date, and without one.
    Always,
    /// Matches only with a date inside the period (a name's own period, an office's).
    Within(Period),
    /// A name several entities share, held by this one without a period of its own:
    /// with a date, it matches inside `period` (the entity's `from`/`to`) or, when that is
    /// unbounded, at dates no other holder's period (`Gazetteer::groups[group]`) covers;
    /// without a date, only when `undated` (it is the one such holder: the default meaning).
    Shared {
        period: Option<Period>,
        group: u32,
        undated: bool,
    },
    /// An office with no period: matches with any date, never without one.
    Dated,
}

impl Gate {
    #[inline]
    fn admits(&self, date: Option<Date>, groups: &[Vec<Period>]) -> bool {
        match self {
            Gate::Always => true,
            Gate::Within(p) => date.is_some_and(|d| p.contains(d)),
            Gate::Shared {
                period,
                group,
                undated,
            } => match (date, period) {
                (None, _) => *undated,
                (Some(d), Some(p)) => p.contains(d),
                (Some(d), None) => !groups[*group as usize].iter().any(|p| p.contains(d)),
            },
            Gate::Dated => date.is_some(),
        }
    }

    /// An office's period that begins after `date`, at most [`OFFICE_SOON_DAYS`] later: its
    /// holder is the one a title with `الجديد`/`المنتخب` names (elected, not yet sworn in).
    #[inline]
    fn starts_soon(&self, date: Option<Date>) -> bool {
        match (self, date) {
            (Gate::Within(p), Some(d)) => p
                .from
                .is_some_and(|f| f > d && f.days() - d.days() <= OFFICE_SOON_DAYS),
            _ => false,
        }
    }

    /// An office's period that holds `date` and began at most [`OFFICE_NEW_DAYS`] before it:
    /// its holder is still `الجديد` (new).
    #[inline]
    fn started_lately(&self, date: Option<Date>) -> bool {
        match (self, date) {
            (Gate::Within(p), Some(d)) => p
                .from
                .is_some_and(|f| f <= d && d.days() - f.days() <= OFFICE_NEW_DAYS),
            _ => false,
        }
    }
}

/// How far ahead of the date a title with `الجديد`/`المنتخب` looks for its holder: a new
/// holder is named weeks before taking office (Zeidan elected 14 October 2012, sworn in 14
/// November; the central bank's governor approved 30 September 2024, in office in October).
const OFFICE_SOON_DAYS: i64 = 92;
/// How long after taking office a holder is still `الجديد` (new).
const OFFICE_NEW_DAYS: i64 = 183;

/// A gazetteer: entities and the automaton that finds them. Built once, shared by threads.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    /// Entity ids to their indices, FNV-hashed: looked up per mention and per record.
    index: HashMap<String, usize, crate::compact::FnvBuild>,
    /// Normalized cues, titles and offices per entity, with the period a title holds in.
    licences: Vec<Vec<(String, Gate)>>,
    /// Normalized cues per entity kind (person, organization, location).
    kind_cues: [Vec<String>; 3],
    /// Normalized block words per entity.
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    /// Normalized head nouns of places named after people (`حي`, `شارع`) and words for a
    /// tribe (`قبيلة`, `قبائل`): block a person's name right after them, written without
    /// the article.
    place_heads: Vec<String>,
    /// Normalized first words of the persons' names of two words or more that are given
    /// names (`ناصر`, `خالد`): a surname written alone right after one of them belongs to
    /// that other bearer (`ناصر الحاسي` is not Omar al-Hassi).
    given_names: std::collections::HashSet<String>,
    /// Per entity, the normalized first words of its own names of two words or more: a
    /// person's own given name (or a misspelling of it, one letter off: `خلفية حفتر`) before
    /// its surname is no other bearer's (`معمر القدافي`).
    own_given: Vec<Vec<String>>,
    alias_text: Vec<String>,
    patterns: Vec<Pattern>,
    /// Per shared name, the periods in which its holders hold it.
    groups: Vec<Vec<Period>>,
    /// True when some pattern is an office (the office pass is skipped otherwise).
    has_offices: bool,
    /// Per entity, the indices of its affiliations: a place or government among them written
    /// inside the entity's name is reported too (`ميليشيات مصراتة` names Misrata, `وزارة الصحة
    /// بحكومة الوحدة الوطنية` the GNU; `سرايا الدفاع عن بنغازي`, not affiliated with
    /// Benghazi, does not name it), but for a town inside a place's name (`ميناء مصراتة`),
    /// which is the place's address.
    affiliations: Vec<Vec<u32>>,
    /// Per entity, the affiliations whose unambiguous mention in a document licenses the
    /// entity's ambiguous names (its city or town; an international body it belongs to).
    parents: Vec<Vec<u32>>,
    /// Short office titles that name their holder in a sentence naming their body
    /// (`matcher::ContextTitles`).
    context_titles: matcher::ContextTitles,
    /// Per entity, where it is for event data (see [`Gazetteer::point`]).
    points: Vec<Option<Point>>,
    /// Automata over the name forms: one case-sensitive for names without ASCII letters,
    /// compiled without their spaces and run over the text without its spaces, and one
    /// ASCII-case-insensitive for Latin names, run over the text. Each is paired with the
    /// index into `patterns` of its pattern ids, and whether it is the space-free one.
    automata: Vec<(crate::compact::dfa::Dfa, Vec<u32>, bool)>,
    /// Names compiled in two parts in the space-free automaton (see [`matcher::Joins`]).
    joins: matcher::Joins,
    /// The foreign-frame rule of bare home-state ministries (`license::Frames`).
    frames: license::Frames,
}

static BUNDLED_TSV: &str = include_str!("../../data/gazetteer.tsv");
static BUNDLED_KIND_CUES: &str = include_str!("../../data/kind_cues.tsv");
static BUNDLED_NATIONALITIES: &str = include_str!("../../data/nationalities.tsv");

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Location => 2,
    }
}

static LIBYA: Lazy<Gazetteer> = Lazy::new(|| {
    Gazetteer::builder_libya()
        .build()
        .expect("the bundled gazetteer is valid (checked by tests)")
});

/// `s` normalized and trimmed, reusing the normalizer's string when it made one.
fn norm_key(n: &Normalizer, s: &str) -> String {
    match n.normalize(s) {
        std::borrow::Cow::Borrowed(b) => trim(b).to_string(),
        std::borrow::Cow::Owned(mut o) => {
            let t = trim(&o);
            let (start, len) = (t.as_ptr() as usize - o.as_ptr() as usize, t.len());
            o.truncate(start + len);
            o.drain(..start);
            o
        }
    }
}

/// [`str::trim`], without decoding the ends when they plainly are not white space (an ASCII
/// graphic character, a character of the Arabic block U+0600..U+06FF): most names are Arabic,
/// and `str::trim` looks each such end up in the Unicode tables.
#[inline]
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return s;
    };
    let arabic_lead = |c: u8| (0xD8..=0xDB).contains(&c);
    let graphic = |c: u8| (0x21..0x7F).contains(&c);
    let plain_first = graphic(first) || arabic_lead(first);
    let plain_last =
        graphic(last) || (last & 0xC0 == 0x80 && b.len() >= 2 && arabic_lead(b[b.len() - 2]));
    if plain_first && plain_last {
        s
    } else {
        s.trim()
    }
}

impl Gazetteer {
    /// The bundled Libya gazetteer, built on first use and shared.
    pub fn libya() -> &'static Gazetteer {
        &LIBYA
    }

    /// An empty builder.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// A builder holding the bundled Libya data, to extend. Entities added later may not
    /// reuse a bundled id unless replacing is asked for
    /// ([`GazetteerBuilder::replace_file`], [`GazetteerBuilder::replacing`]).
    pub fn builder_libya() -> GazetteerBuilder {
        GazetteerBuilder::default()
            .tsv(BUNDLED_TSV, "data/gazetteer.tsv")
            .kind_cues_tsv(BUNDLED_KIND_CUES, "data/kind_cues.tsv")
            .nationalities_tsv(BUNDLED_NATIONALITIES, "data/nationalities.tsv")
    }

    /// A gazetteer of one TSV file only.
    ///
    /// ```
    /// use libya_nlp::Gazetteer;
    /// let err = Gazetteer::from_file("/no/such/file.tsv").unwrap_err();
    /// assert!(err.to_string().starts_with("/no/such/file.tsv:"));
    /// ```
    pub fn from_file(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        Gazetteer::builder().file(path).build()
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when there is no entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.index.get(id).map(|&i| &self.entities[i])
    }

    /// Where a place is, for event data: its own coordinates (`geo_precision` 1), or, for a
    /// place without coordinates of its own that belongs to one that has them (its
    /// `affiliation`: a neighbourhood, square, hospital or camp of a town), that place's
    /// (`geo_precision` 2: ACLED's "part of, or near, the place given"). `None` for other
    /// entities, unknown ids and places with neither.
    ///
    /// ```
    /// use libya_nlp::Gazetteer;
    /// let g = Gazetteer::libya();
    /// let derna = g.point("derna").unwrap();
    /// assert_eq!(derna.geo_precision, 1);
    /// let e = g.entity("gargaresh").unwrap();
    /// assert!(e.lat.is_none()); // a Tripoli neighbourhood without a point of its own
    /// let p = g.point("gargaresh").unwrap();
    /// assert_eq!((p.lat, p.lon, p.geo_precision), (g.entity("tripoli").unwrap().lat.unwrap(),
    ///                                              g.entity("tripoli").unwrap().lon.unwrap(), 2));
    /// ```
    pub fn point(&self, id: &str) -> Option<Point> {
        self.index.get(id).and_then(|&i| self.points[i])
    }

    /// The `country` entity whose nationality adjective `word` is (`الروسيه`, `روسيه`,
    /// `التركي`: with or without its article, in the search normalizer's spelling), from the
    /// nationality table the gazetteer was built with; never the home state.
    pub(crate) fn adjective_country(&self, word: &str) -> Option<&Entity> {
        let id = if word.starts_with("ال") {
            self.frames.adjective_state(word)
        } else {
            self.frames.adjective_state(&format!("ال{word}"))
        }?;
        self.entity(id).filter(|e| e.category == "country")
    }

    /// Place `inner` lies inside place `outer` by the gazetteer's `affiliation` links, followed
    /// through local places only (a neighbourhood of a district of a town: `hay_al_tayra_benghazi`
    /// in `ganfouda`, a hospital in its town), never through a country, region or district,
    /// which tell nothing of where a place inside them is.
    pub(crate) fn within(&self, inner: &str, outer: &str) -> bool {
        let (Some(&i), Some(&o)) = (self.index.get(inner), self.index.get(outer)) else {
            return false;
        };
        let local = |j: usize| {
            let e = &self.entities[j];
            e.kind == EntityKind::Location && !WIDE_AREAS.contains(&e.category.as_str())
        };
        if i == o || !local(o) {
            return false;
        }
        // A few steps at most: places nest two or three deep.
        let mut todo = vec![i];
        let mut steps = 0;
        while let Some(x) = todo.pop() {
            steps += 1;
            if steps > 16 {
                break;
            }
            for &a in &self.affiliations[x] {
                let a = a as usize;
                if a == o {
                    return true;
                }
                if local(a) {
                    todo.push(a);
                }
            }
        }
        false
    }

    /// [`entity`](Self::entity) and [`point`](Self::point) of `id` with one look-up of the id.
    pub(crate) fn entity_point(&self, id: &str) -> (Option<&Entity>, Option<Point>) {
        match self.index.get(id) {
            Some(&i) => (Some(&self.entities[i]), self.points[i]),
            None => (None, None),
        }
    }

    /// All entities, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Number of compiled name forms in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Finds leftmost-longest, non-overlapping mentions in `text` (no publication date).
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_with(text, &FindOptions::default())
    }

    /// Finds mentions with options (nested matches, publication date).
    pub fn find_with(&self, text: &str, options: &FindOptions) -> Vec<Mention> {
        let norm = Normalizer::search().normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        self.find_normalized(text, &norm, &chars, options)
    }
}

/// One mention of a gazetteer entity in a text.
///
/// Serializes as `{"id","kind","category","english","arabic","lat","lon","start","end",
/// "char_start","char_end","text","alias"}` (coordinates only for entities that have them).
///
/// ```
/// use libya_nlp::Gazetteer;
/// let m = &Gazetteer::libya().find("وبطرابلس")[0];
/// assert_eq!((m.id.as_str(), m.span.text.as_str()), ("tripoli", "طرابلس"));
/// let json = serde_json::to_string(m).unwrap();
/// assert!(json.contains("\"char_start\":2"));
/// ```
///
/// # Equality and serde
///
/// `norm`, the mention's place in the `search`-normalized view, is a working position of the
/// pipeline, not a fact about the text: serde skips it (it reads back as `0..0`) and `==`
/// ignores it, so a mention read back from its JSON equals the original
/// (`serde_json::from_str::<Mention>(&json)? == m`). Every other field is compared.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// The entity id.
    pub id: String,
    /// The entity kind.
    pub kind: EntityKind,
    /// The entity category (`city`, `armed_group`, …).
    pub category: String,
    /// The entity's English name.
    pub english: String,
    /// The entity's canonical Arabic name.
    pub arabic: String,
    /// Latitude for locations.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lat: Option<f64>,
    /// Longitude for locations.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lon: Option<f64>,
    /// Where it is in the original text.
    #[serde(flatten)]
    pub span: Span,
    /// The alias that matched, as written in the gazetteer.
    pub alias: String,
    /// The byte range in the `search`-normalized text. Not serialized, and not compared by
    /// `==` (see [Equality and serde](Mention#equality-and-serde)).
    #[serde(skip)]
    pub norm: Range<usize>,
}

impl Mention {
    /// A mention of `entity` at `span` of the original text, matched by `alias` at `norm` in
    /// the `search`-normalized text (what [`Gazetteer::find_normalized`] gives; `norm` only
    /// matters to [`EventClassifier::classify_prepared`](crate::EventClassifier::classify_prepared)).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, Mention};
    /// use libya_nlp::Span;
    /// let derna = Entity::new("derna", EntityKind::Location, "city", "Derna", "درنة");
    /// let m = Mention::new(&derna, Span::from_bytes("في درنة", 5..13), "درنة", 5..13);
    /// assert_eq!((m.id.as_str(), m.span.text.as_str()), ("derna", "درنة"));
    /// ```
    pub fn new(
        entity: &Entity,
        span: Span,
        alias: impl Into<String>,
        norm: Range<usize>,
    ) -> Mention {
        Mention {
            id: entity.id.clone(),
            kind: entity.kind,
            category: entity.category.clone(),
            english: entity.english.clone(),
            arabic: entity.arabic.clone(),
            lat: entity.lat,
            lon: entity.lon,
            span,
            alias: alias.into(),
            norm,
        }
    }
}

impl PartialEq for Mention {
    /// All fields but `norm`.
    fn eq(&self, other: &Mention) -> bool {
        let Mention {
            id,
            kind,
            category,
            english,
            arabic,
            lat,
            lon,
            span,
            alias,
            norm: _,
        } = self;
        *id == other.id
            && *kind == other.kind
            && *category == other.category
            && *english == other.english
            && *arabic == other.arabic
            && *lat == other.lat
            && *lon == other.lon
            && *span == other.span
            && *alias == other.alias
    }
}
