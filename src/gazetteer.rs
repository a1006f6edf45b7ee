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
//! - ambiguous names (`البيضاء`, `فجر`, `سلامة`) only after a cue word or title of the entity, or
//!   after the entity was named unambiguously earlier in the document;
//! - blocking contexts (`الجيش الوطني اليمني` is not the LNA).
//!
//! All aliases of a gazetteer are compiled once into Aho-Corasick automata; spans are
//! returned in the caller's original text.
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
//!     .entity(Entity::new("zintan_military_council", EntityKind::Organization, "armed_group",
//!         "Zintan Military Council", "المجلس العسكري الزنتان"))
//!     .alias("khalifa_haftar", "Haftar")
//!     .build()
//!     .unwrap();
//! assert_eq!(gaz.find("General Haftar said")[0].id, "khalifa_haftar");
//! ```

use crate::error::Error;
use crate::normalize::{Normalized, Normalizer};
use crate::span::{CharIndex, Span};
use crate::words::{self, Article};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

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
    /// Other names that always identify the entity.
    pub aliases: Vec<String>,
    /// Names that identify it only after a cue or title, or after an unambiguous mention.
    pub ambiguous: Vec<String>,
    /// Words that license the ambiguous names when directly before them.
    pub cues: Vec<String>,
    /// Titles that precede the name (they license ambiguous names too).
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

/// One row of a gazetteer TSV file, as read by serde.
#[derive(Debug, Deserialize)]
struct Row {
    id: String,
    kind: String,
    category: String,
    english: String,
    arabic: String,
    #[serde(default)]
    aliases: String,
    #[serde(default)]
    ambiguous: String,
    #[serde(default)]
    cues: String,
    #[serde(default)]
    titles: String,
    #[serde(default)]
    affiliation: String,
    #[serde(default)]
    lat: String,
    #[serde(default)]
    lon: String,
    #[serde(default)]
    block_before: String,
    #[serde(default)]
    block_after: String,
    #[serde(default)]
    admin1: String,
    #[serde(default)]
    inter: String,
    #[serde(default)]
    notes: String,
}

fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Column names of the TSV format, in order.
pub const COLUMNS: [&str; 17] = [
    "id",
    "kind",
    "category",
    "english",
    "arabic",
    "aliases",
    "ambiguous",
    "cues",
    "titles",
    "affiliation",
    "lat",
    "lon",
    "block_before",
    "block_after",
    "admin1",
    "inter",
    "notes",
];

/// Parses gazetteer TSV text (see `data/README.md`). `file` names it in errors.
///
/// ```
/// use libya_nlp::gazetteer::parse_tsv;
/// let tsv = "id\tkind\tcategory\tenglish\tarabic\tlat\tlon\nx\tlocation\tcity\tX\tاكس\t1\t2\n";
/// assert_eq!(parse_tsv(tsv, "mine.tsv").unwrap()[0].lon, Some(2.0));
/// let bad = "id\tkind\tcategory\tenglish\tarabic\nx\tplace\tcity\tX\tاكس\n";
/// assert_eq!(parse_tsv(bad, "mine.tsv").unwrap_err().to_string(),
///            "mine.tsv:2: field `kind`: `place` is not person, organization or location");
/// ```
pub fn parse_tsv(text: &str, file: &str) -> Result<Vec<Entity>, Error> {
    let mut out = Vec::new();
    for (line, row) in read_rows::<Row>(text, file, &COLUMNS[..5])? {
        let err = |field: &str, message: String| Error::Data {
            file: file.to_string(),
            line,
            field: field.to_string(),
            message,
        };
        for (field, value) in [
            ("id", &row.id),
            ("category", &row.category),
            ("english", &row.english),
            ("arabic", &row.arabic),
        ] {
            if value.trim().is_empty() {
                return Err(err(field, "must not be empty".into()));
            }
        }
        let kind = EntityKind::parse(row.kind.trim()).ok_or_else(|| {
            err(
                "kind",
                format!("`{}` is not person, organization or location", row.kind),
            )
        })?;
        let coord = |field: &str, v: &str, max: f64| -> Result<Option<f64>, Error> {
            let v = v.trim();
            if v.is_empty() {
                return Ok(None);
            }
            match v.parse::<f64>() {
                Ok(x) if x.is_finite() && x.abs() <= max => Ok(Some(x)),
                _ => Err(err(field, format!("`{v}` is not a number in ±{max}"))),
            }
        };
        let lat = coord("lat", &row.lat, 90.0)?;
        let lon = coord("lon", &row.lon, 180.0)?;
        if lat.is_some() != lon.is_some() {
            return Err(err("lon", "lat and lon must be given together".into()));
        }
        let inter = match row.inter.trim() {
            "" => None,
            v => match v.parse::<u8>() {
                Ok(n @ 1..=8) => Some(n),
                _ => {
                    return Err(err(
                        "inter",
                        format!("`{v}` is not an ACLED inter code 1-8"),
                    ))
                }
            },
        };
        let admin1 = Some(row.admin1.trim())
            .filter(|a| !a.is_empty())
            .map(str::to_string);
        out.push(Entity {
            id: row.id.trim().to_string(),
            kind,
            category: row.category.trim().to_string(),
            english: row.english.trim().to_string(),
            arabic: row.arabic.trim().to_string(),
            aliases: list(&row.aliases),
            ambiguous: list(&row.ambiguous),
            cues: list(&row.cues),
            titles: list(&row.titles),
            affiliation: list(&row.affiliation),
            lat,
            lon,
            block_before: list(&row.block_before),
            block_after: list(&row.block_after),
            admin1,
            inter,
            notes: row.notes.trim().to_string(),
        });
    }
    Ok(out)
}

/// Reads the rows of a tab-separated data file through serde: one header line (which must name
/// the `required` columns), `#` comment lines, no quoting. Returns each row with its line.
fn read_rows<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
    required: &[&str],
) -> Result<Vec<(u64, T)>, Error> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .quoting(false)
        .flexible(false)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| csv_error(file, e, None))?.clone();
    for required in required {
        if !headers.iter().any(|h| h == *required) {
            return Err(Error::Data {
                file: file.to_string(),
                line: 1,
                field: required.to_string(),
                message: "missing column in the header line".into(),
            });
        }
    }
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(file, e, Some(&headers)))?;
        let line = rec.position().map_or(0, |p| p.line());
        let row: T = rec
            .deserialize(Some(&headers))
            .map_err(|e| csv_error(file, e, Some(&headers)))?;
        out.push((line, row));
    }
    Ok(out)
}

fn csv_error(file: &str, e: csv::Error, headers: Option<&csv::StringRecord>) -> Error {
    let line = e.position().map_or(0, |p| p.line());
    let (field, message) = match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            let field = err
                .field()
                .and_then(|i| headers.and_then(|h| h.get(i as usize)))
                .unwrap_or("?")
                .to_string();
            (field, err.kind().to_string())
        }
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => (
            "*".to_string(),
            format!("{len} fields where the header has {expected_len}"),
        ),
        csv::ErrorKind::Utf8 { err, .. } => ("*".to_string(), format!("invalid UTF-8: {err}")),
        _ => ("*".to_string(), e.to_string()),
    };
    Error::Data {
        file: file.to_string(),
        line,
        field,
        message,
    }
}

/// One compiled name: which entity, which alias, how it begins.
#[derive(Debug, Clone)]
struct Pattern {
    entity: u32,
    /// Index into `Gazetteer::alias_text`.
    alias: u32,
    article: Article,
    ambiguous: bool,
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
    pub nested: bool,
}

impl FindOptions {
    /// Sets [`nested`](Self::nested).
    pub fn with_nested(mut self, nested: bool) -> Self {
        self.nested = nested;
        self
    }
}

/// A gazetteer: entities and the automaton that finds them. Built once, shared by threads.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    index: HashMap<String, usize>,
    /// Normalized cues+titles per entity.
    licences: Vec<Vec<String>>,
    /// Normalized cues per entity kind (person, organization, location).
    kind_cues: [Vec<String>; 3],
    /// Normalized block words per entity.
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    alias_text: Vec<String>,
    patterns: Vec<Pattern>,
    /// Automata over the name forms: one case-sensitive for names without ASCII letters (a
    /// contiguous NFA: fast to build and to scan), one ASCII-case-insensitive for Latin names.
    /// Each is paired with the index into `patterns` of its pattern ids.
    automata: Vec<(AhoCorasick, Vec<u32>)>,
}

static BUNDLED_TSV: &str = include_str!("../data/gazetteer.tsv");
static BUNDLED_KIND_CUES: &str = include_str!("../data/kind_cues.tsv");

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Location => 2,
    }
}

/// Parses a kind-cue TSV (`kind<TAB>cues`, cues `;`-separated; see `data/kind_cues.tsv`).
fn parse_kind_cues(text: &str, file: &str) -> Result<Vec<(EntityKind, String)>, Error> {
    #[derive(Deserialize)]
    struct CueRow {
        kind: String,
        cues: String,
    }
    let mut out = Vec::new();
    for (line, row) in read_rows::<CueRow>(text, file, &["kind", "cues"])? {
        let kind = EntityKind::parse(row.kind.trim()).ok_or_else(|| Error::Data {
            file: file.to_string(),
            line,
            field: "kind".into(),
            message: format!("`{}` is not person, organization or location", row.kind),
        })?;
        out.extend(list(&row.cues).into_iter().map(|c| (kind, c)));
    }
    Ok(out)
}

static LIBYA: Lazy<Gazetteer> = Lazy::new(|| {
    Gazetteer::builder_libya()
        .build()
        .expect("the bundled gazetteer is valid (checked by tests)")
});

/// Builds a [`Gazetteer`]: add entities and aliases, load files, then [`build`](Self::build).
///
/// ```
/// use libya_nlp::gazetteer::{Entity, EntityKind, Gazetteer};
/// let gaz = Gazetteer::builder()
///     .entity(Entity::new("misrata", EntityKind::Location, "city", "Misrata", "مصراتة"))
///     .build()
///     .unwrap();
/// assert_eq!(gaz.len(), 1);
/// assert_eq!(gaz.find("قوات من مصراته")[0].id, "misrata");
/// ```
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    index: HashMap<String, usize>,
    pending_aliases: Vec<(String, String)>,
    kind_cues: Vec<(EntityKind, String)>,
    error: Option<Error>,
}

impl GazetteerBuilder {
    /// Adds an entity; one with the same id replaces the earlier one.
    pub fn entity(mut self, entity: Entity) -> Self {
        self.add(entity);
        self
    }

    fn add(&mut self, entity: Entity) {
        match self.index.get(&entity.id) {
            Some(&i) => self.entities[i] = entity,
            None => {
                self.index.insert(entity.id.clone(), self.entities.len());
                self.entities.push(entity);
            }
        }
    }

    /// Adds an alias to the entity `id` (an error at [`build`](Self::build) if there is none).
    pub fn alias(mut self, id: &str, alias: &str) -> Self {
        self.pending_aliases
            .push((id.to_string(), alias.to_string()));
        self
    }

    /// Adds the entities of gazetteer TSV text; `file` names it in errors. Entities with an id
    /// already present replace the earlier ones.
    pub fn tsv(mut self, text: &str, file: &str) -> Self {
        if self.error.is_none() {
            match parse_tsv(text, file) {
                Ok(es) => es.into_iter().for_each(|e| self.add(e)),
                Err(e) => self.error = Some(e),
            }
        }
        self
    }

    /// Adds a cue word that licenses the ambiguous names of every entity of `kind` when it
    /// stands directly before them (e.g. a reporting verb before a person's surname).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, Gazetteer};
    /// let mut e = Entity::new("x", EntityKind::Person, "politician", "X", "احمد الامين");
    /// e.ambiguous.push("الأمين".into());
    /// let g = Gazetteer::builder().entity(e).kind_cue(EntityKind::Person, "صرح").build().unwrap();
    /// assert_eq!(g.find("وصرح الأمين").len(), 1);
    /// assert!(g.find("الأمين العام").is_empty());
    /// ```
    pub fn kind_cue(mut self, kind: EntityKind, cue: &str) -> Self {
        self.kind_cues.push((kind, cue.to_string()));
        self
    }

    /// Adds the cues of a kind-cue TSV (`kind<TAB>cues`; see `data/kind_cues.tsv`).
    pub fn kind_cues_tsv(mut self, text: &str, file: &str) -> Self {
        if self.error.is_none() {
            match parse_kind_cues(text, file) {
                Ok(c) => self.kind_cues.extend(c),
                Err(e) => self.error = Some(e),
            }
        }
        self
    }

    /// Adds the entities of a gazetteer TSV file.
    pub fn file(self, path: impl AsRef<Path>) -> Self {
        let path = path.as_ref();
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => self.tsv(&text, &name),
            Err(source) => {
                let mut s = self;
                if s.error.is_none() {
                    s.error = Some(Error::Io {
                        file: name,
                        source: source.into(),
                    });
                }
                s
            }
        }
    }

    /// Removes every entity (to replace the bundled data with a file of one's own).
    pub fn clear(mut self) -> Self {
        self.entities.clear();
        self.index.clear();
        self
    }

    /// Compiles the gazetteer: normalizes every name and builds the automaton.
    ///
    /// Errors: a data error from a file, an alias for an unknown id, an affiliation naming an
    /// unknown id.
    pub fn build(mut self) -> Result<Gazetteer, Error> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (id, alias) in std::mem::take(&mut self.pending_aliases) {
            match self.index.get(&id) {
                Some(&i) => self.entities[i].aliases.push(alias),
                None => {
                    return Err(Error::Data {
                        file: "<builder>".into(),
                        line: 0,
                        field: "id".into(),
                        message: format!("alias `{alias}` for unknown entity `{id}`"),
                    })
                }
            }
        }
        for e in &self.entities {
            for a in &e.affiliation {
                if !self.index.contains_key(a) {
                    return Err(Error::Data {
                        file: "<gazetteer>".into(),
                        line: 0,
                        field: "affiliation".into(),
                        message: format!("`{}` names unknown entity `{a}`", e.id),
                    });
                }
            }
        }
        Ok(Gazetteer::compile(
            self.entities,
            self.index,
            &self.kind_cues,
        ))
    }
}

fn norm_key(n: &Normalizer, s: &str) -> String {
    n.normalize(s).trim().to_string()
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

    /// A builder holding the bundled Libya data, to extend.
    pub fn builder_libya() -> GazetteerBuilder {
        GazetteerBuilder::default()
            .tsv(BUNDLED_TSV, "data/gazetteer.tsv")
            .kind_cues_tsv(BUNDLED_KIND_CUES, "data/kind_cues.tsv")
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

    fn compile(
        entities: Vec<Entity>,
        index: HashMap<String, usize>,
        cues: &[(EntityKind, String)],
    ) -> Gazetteer {
        let n = Normalizer::search();
        let mut kind_cues: [Vec<String>; 3] = Default::default();
        for (k, c) in cues {
            let c = norm_key(&n, c);
            if !c.is_empty() {
                kind_cues[kind_index(*k)].push(c);
            }
        }
        let mut alias_text = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        // A form is kept once per entity and article rule: `جضران` (a name of its own) and
        // `جضران` (`الجضران` after ل, which needs `لل`) are two patterns.
        let mut seen: HashSet<(String, u32, u8)> = HashSet::new();
        for (ei, e) in entities.iter().enumerate() {
            let names = std::iter::once((&e.arabic, false))
                .chain(e.aliases.iter().map(|a| (a, false)))
                .chain(e.ambiguous.iter().map(|a| (a, true)));
            for (name, ambiguous) in names {
                let key = norm_key(&n, name);
                if key.is_empty() || key.contains('\n') {
                    continue;
                }
                let ai = alias_text.len() as u32;
                alias_text.push(name.clone());
                let has_article = key.starts_with("ال") && key.chars().count() > 3;
                let article = if has_article {
                    Article::Present
                } else if e.kind == EntityKind::Person {
                    Article::Forbidden
                } else {
                    Article::None
                };
                let mut forms = vec![(key.clone(), article)];
                if has_article {
                    forms.push((key["ال".len()..].to_string(), Article::Dropped));
                }
                // Multi-word names also match with a space missing (scraped text).
                let fused: Vec<(String, Article)> = forms
                    .iter()
                    .flat_map(|(k, a)| fused_variants(k).into_iter().map(move |f| (f, *a)))
                    .collect();
                forms.extend(fused);
                for (form, art) in forms {
                    if !seen.insert((form.clone(), ei as u32, art as u8)) {
                        continue;
                    }
                    keys.push(form);
                    patterns.push(Pattern {
                        entity: ei as u32,
                        alias: ai,
                        article: art,
                        ambiguous,
                    });
                }
            }
        }
        let licences = entities
            .iter()
            .map(|e| {
                e.cues
                    .iter()
                    .chain(&e.titles)
                    .map(|c| norm_key(&n, c))
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .collect();
        let norm_list = |v: &Vec<String>| -> Vec<String> {
            v.iter()
                .map(|c| norm_key(&n, c))
                .filter(|c| !c.is_empty())
                .collect()
        };
        let before = entities
            .iter()
            .map(|e| norm_list(&e.block_before))
            .collect();
        let after = entities.iter().map(|e| norm_list(&e.block_after)).collect();
        let mut automata = Vec::new();
        for latin in [false, true] {
            let ids: Vec<u32> = (0..keys.len() as u32)
                .filter(|&i| keys[i as usize].bytes().any(|b| b.is_ascii_alphabetic()) == latin)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                // Dense transitions for the states of the first three letters (six bytes of
                // Arabic): fewer failure hops per byte for little memory.
                .dense_depth(6)
                .ascii_case_insensitive(latin)
                .build(ids.iter().map(|&i| &keys[i as usize]));
            if let Ok(ac) = ac {
                automata.push((ac, ids));
            }
        }
        Gazetteer {
            entities,
            index,
            licences,
            kind_cues,
            before,
            after,
            alias_text,
            patterns,
            automata,
        }
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

    /// All entities, in file order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Number of compiled name forms in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Finds leftmost-longest, non-overlapping mentions in `text`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_with(text, &FindOptions::default())
    }

    /// Finds mentions with options.
    pub fn find_with(&self, text: &str, options: &FindOptions) -> Vec<Mention> {
        let norm = Normalizer::search().normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        self.find_normalized(text, &norm, &chars, options)
    }

    /// Finds mentions in a text already normalized with [`Normalizer::search`]: the pipeline's
    /// entry point, so a document is normalized once. Mentions come sorted by position.
    ///
    /// ```
    /// use libya_nlp::{Gazetteer, Normalizer};
    /// use libya_nlp::gazetteer::FindOptions;
    /// use libya_nlp::span::CharIndex;
    /// let text = "اجتماع في طرابلس";
    /// let norm = Normalizer::search().normalize_with_offsets(text);
    /// let m = Gazetteer::libya().find_normalized(text, &norm, &CharIndex::new(text), &FindOptions::default());
    /// assert_eq!(m[0].span.text, "طرابلس");
    /// ```
    pub fn find_normalized(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        options: &FindOptions,
    ) -> Vec<Mention> {
        let t = norm.text();
        // Candidates: (start, end, pattern), boundary- and context-checked.
        let mut cands: Vec<(usize, usize, u32)> = Vec::new();
        for (ac, ids) in &self.automata {
            for m in ac.find_overlapping_iter(t) {
                let (s, e) = (m.start(), m.end());
                let pi = ids[m.pattern().as_usize()];
                let p = &self.patterns[pi as usize];
                if !words::is_word_end(t, e) {
                    continue;
                }
                let Some(ws) = words::word_start(t, s, words::MAX_PROCLITIC_CHARS) else {
                    continue;
                };
                if !words::proclitic_ok(&t[ws..s], p.article) {
                    continue;
                }
                let ent = p.entity as usize;
                if self.blocked(t, ws, e, ent) {
                    continue;
                }
                // The article's ل belongs to the name: ل|لجيش.
                let start = if p.article == Article::Dropped {
                    s - 'ل'.len_utf8()
                } else {
                    s
                };
                cands.push((start, e, pi));
            }
        }
        // Leftmost first, longest first; non-ambiguous before ambiguous at equal spans.
        cands.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then(
                    self.patterns[a.2 as usize]
                        .ambiguous
                        .cmp(&self.patterns[b.2 as usize].ambiguous),
                )
                .then(a.2.cmp(&b.2))
        });
        cands.dedup_by(|a, b| {
            a.0 == b.0 && a.1 == b.1 && {
                self.patterns[a.2 as usize].entity == self.patterns[b.2 as usize].entity
            }
        });
        let mut seen = vec![false; self.entities.len()];
        let mut out = Vec::new();
        let mut last_end = 0usize;
        for &(s, e, pi) in &cands {
            let p = &self.patterns[pi as usize];
            let ent = p.entity as usize;
            let overlaps = s < last_end;
            if overlaps && !options.nested {
                continue;
            }
            if p.ambiguous && !seen[ent] && !self.licensed(t, s, ent) {
                continue;
            }
            if !overlaps {
                last_end = e;
                if !p.ambiguous {
                    seen[ent] = true;
                }
            }
            out.push(self.mention(original, norm, chars, s..e, p));
        }
        out
    }

    fn mention(
        &self,
        original: &str,
        norm: &Normalized,
        chars: &CharIndex,
        range: Range<usize>,
        p: &Pattern,
    ) -> Mention {
        let e = &self.entities[p.entity as usize];
        let orig = norm.map().to_original_span(original, range.clone());
        Mention {
            id: e.id.clone(),
            kind: e.kind,
            category: e.category.clone(),
            english: e.english.clone(),
            arabic: e.arabic.clone(),
            lat: e.lat,
            lon: e.lon,
            span: chars.span(original, orig),
            alias: self.alias_text[p.alias as usize].clone(),
            norm: range,
        }
    }

    /// Is the name at `start` directly preceded by a cue or title of entity `ent`?
    fn licensed(&self, t: &str, start: usize, ent: usize) -> bool {
        // The word holding the name may carry proclitics: look before them.
        let ws = words::word_start(t, start, words::MAX_PROCLITIC_CHARS).unwrap_or(start);
        let before = t[..ws].trim_end_matches([' ', '"', '«']);
        self.licences[ent]
            .iter()
            .chain(&self.kind_cues[kind_index(self.entities[ent].kind)])
            .any(|cue| ends_with_word(before, cue))
    }

    fn blocked(&self, t: &str, ws: usize, end: usize, ent: usize) -> bool {
        if !self.before[ent].is_empty() {
            let before = t[..ws].trim_end_matches(' ');
            if self.before[ent].iter().any(|b| ends_with_word(before, b)) {
                return true;
            }
        }
        if !self.after[ent].is_empty() {
            let after = t[end..].trim_start_matches(' ');
            if self.after[ent]
                .iter()
                .any(|b| after.starts_with(b.as_str()) && words::is_word_end(after, b.len()))
            {
                return true;
            }
        }
        false
    }
}

/// True when `text` ends with the word(s) `w`, standing alone or after valid proclitics.
fn ends_with_word(text: &str, w: &str) -> bool {
    if !text.ends_with(w) {
        return false;
    }
    let at = text.len() - w.len();
    match words::word_start(text, at, words::MAX_PROCLITIC_CHARS) {
        Some(ws) => words::proclitic_ok(&text[ws..at], Article::None),
        None => false,
    }
}

/// The forms of a multi-word name with one space missing, and with all missing.
fn fused_variants(key: &str) -> Vec<String> {
    let spaces: Vec<usize> = key.match_indices(' ').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    if spaces.is_empty() || spaces.len() > 6 {
        return out;
    }
    for &i in &spaces {
        let mut s = String::with_capacity(key.len());
        s.push_str(&key[..i]);
        s.push_str(&key[i + 1..]);
        out.push(s);
    }
    if spaces.len() > 1 {
        out.push(key.replace(' ', ""));
    }
    out
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The byte range in the `search`-normalized text.
    #[serde(skip)]
    pub norm: Range<usize>,
}
