//! Loading: the TSV format, the builder, and the strict checks a user's file gets.
//!
//! Every problem is an [`Error::Data`] naming the file, the 1-based line of the offending row
//! (the header is line 1) and the column: an unknown or repeated column, a bad id, a duplicate
//! id (within a file or across files), a bundled id reused without asking to replace it, a
//! malformed period, an `inter` outside 1–8, an `admin1` outside [`ADMIN1_LIBYA`] for a place
//! in Libya, an unknown affiliation, a name claimed by two entities.

use super::periods::{parse_bound, split_period, Period};
use super::{trim, Entity, EntityKind, Gazetteer};
use crate::error::Error;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// One row of a gazetteer TSV file: its fields, borrowed from the text (trimmed and copied
/// once, into the [`Entity`]); `""` for a column the file leaves out.
#[derive(Debug)]
struct Row<'a> {
    id: &'a str,
    kind: &'a str,
    category: &'a str,
    english: &'a str,
    arabic: &'a str,
    aliases: &'a str,
    ambiguous: &'a str,
    cues: &'a str,
    titles: &'a str,
    affiliation: &'a str,
    lat: &'a str,
    lon: &'a str,
    block_before: &'a str,
    block_after: &'a str,
    admin1: &'a str,
    inter: &'a str,
    from: &'a str,
    to: &'a str,
    offices: &'a str,
    notes: &'a str,
}

impl<'a> Row<'a> {
    /// The row of a record whose fields in [`COLUMNS`] order are `f(0)`, `f(1)`, ….
    fn new(f: impl Fn(usize) -> &'a str) -> Row<'a> {
        Row {
            id: f(0),
            kind: f(1),
            category: f(2),
            english: f(3),
            arabic: f(4),
            aliases: f(5),
            ambiguous: f(6),
            cues: f(7),
            titles: f(8),
            affiliation: f(9),
            lat: f(10),
            lon: f(11),
            block_before: f(12),
            block_after: f(13),
            admin1: f(14),
            inter: f(15),
            from: f(16),
            to: f(17),
            offices: f(18),
            notes: f(19),
        }
    }
}

fn list(s: &str) -> Vec<String> {
    // Most list columns of a row are empty.
    if s.is_empty() {
        return Vec::new();
    }
    s.split(';')
        .map(trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Column names of the TSV format, in order. A file may leave out any but the first five and
/// may order them freely; a column not in this list is an error.
pub const COLUMNS: [&str; 20] = [
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
    "from",
    "to",
    "offices",
    "notes",
];

/// The 22 districts (shabiyat) of Libya as ACLED spells them: the only values `admin1` may
/// take for a place in Libya.
pub const ADMIN1_LIBYA: [&str; 22] = [
    "Al Butnan",
    "Al Jabal al Akhdar",
    "Al Jabal al Gharbi",
    "Al Jfarah",
    "Al Jufrah",
    "Al Kufrah",
    "Al Marj",
    "Al Marqab",
    "Al Wahat",
    "An Nuqat al Khams",
    "Az Zawiyah",
    "Banghazi",
    "Darnah",
    "Ghat",
    "Misratah",
    "Murzuq",
    "Nalut",
    "Sabha",
    "Surt",
    "Tarabulus",
    "Wadi al Hayat",
    "Wadi ash Shati",
];

/// Libya's bounding box, `(lat_min, lat_max, lon_min, lon_max)` in decimal degrees (the
/// country spans 19.5–33.2° N and 9.4–25.2° E; the box is rounded outwards).
///
/// A place counts as Libyan when its affiliation chain reaches `libya`, or when it reaches no
/// other country and its coordinates fall inside this box. The box alone would take in border
/// towns of Tunisia, Algeria, Chad and Sudan, hence the affiliation first.
pub const LIBYA_BBOX: (f64, f64, f64, f64) = (19.4, 33.3, 9.3, 25.2);

/// Where an entity came from, for errors.
#[derive(Debug, Clone)]
pub(super) struct Origin {
    pub(super) file: Arc<str>,
    pub(super) line: u64,
    /// Already checked on its own (a parsed row not changed since).
    checked: bool,
}

impl Origin {
    pub(super) fn builder() -> Origin {
        Origin {
            file: "<builder>".into(),
            line: 0,
            checked: false,
        }
    }

    pub(super) fn error(&self, field: &str, message: String) -> Error {
        Error::Data {
            file: self.file.to_string(),
            line: self.line,
            field: field.to_string(),
            message,
        }
    }
}

/// Parses gazetteer TSV text (see `data/README.md`). `file` names it in errors.
///
/// Checks each row on its own and the file as a whole (unknown columns, duplicate ids);
/// checks across entities (affiliations, shared names, `admin1`) happen at
/// [`GazetteerBuilder::build`].
///
/// ```
/// use libya_nlp::gazetteer::parse_tsv;
/// let tsv = "id\tkind\tcategory\tenglish\tarabic\tlat\tlon\nx\tlocation\tcity\tX\tاكس\t1\t2\n";
/// assert_eq!(parse_tsv(tsv, "mine.tsv").unwrap()[0].lon, Some(2.0));
/// let bad = "id\tkind\tcategory\tenglish\tarabic\nx\tplace\tcity\tX\tاكس\n";
/// assert_eq!(parse_tsv(bad, "mine.tsv").unwrap_err().to_string(),
///            "mine.tsv:2: field `kind`: `place` is not person, organization or location");
/// let typo = "id\tkind\tcategory\tenglish\tarabic\talias\n";
/// assert_eq!(parse_tsv(typo, "mine.tsv").unwrap_err().to_string(),
///            "mine.tsv:1: field `alias`: unknown column (did you mean `aliases`?)");
/// ```
pub fn parse_tsv(text: &str, file: &str) -> Result<Vec<Entity>, Error> {
    Ok(parse_rows(text, file)?
        .into_iter()
        .map(|(_, e)| e)
        .collect())
}

/// [`parse_tsv`] with each entity's line.
fn parse_rows(text: &str, file: &str) -> Result<Vec<(u64, Entity)>, Error> {
    let rows = Rows::read(text, file, &COLUMNS[..5], Some(&COLUMNS))?;
    let columns = COLUMNS.map(|c| rows.column(c));
    let n_rows = rows.lines.len();
    let mut out: Vec<(u64, Entity)> = Vec::with_capacity(n_rows);
    // Ids (borrowed from the text) to their lines.
    let mut ids: HashMap<&str, u64, crate::compact::FnvBuild> =
        HashMap::with_capacity_and_hasher(n_rows, Default::default());
    let origin_file: Arc<str> = file.into();
    for (line, rec) in rows.iter() {
        let row = Row::new(|i| columns[i].map_or("", |c| rec[c]));
        let origin = Origin {
            file: origin_file.clone(),
            line,
            checked: true,
        };
        let err = |field: &str, message: String| origin.error(field, message);
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
        let lat = coord("lat", row.lat, 90.0)?;
        let lon = coord("lon", row.lon, 180.0)?;
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
        let from = parse_bound(row.from.trim(), false).map_err(|e| err("from", e.to_string()))?;
        let to = parse_bound(row.to.trim(), true).map_err(|e| err("to", e.to_string()))?;
        let admin1 = Some(row.admin1.trim())
            .filter(|a| !a.is_empty())
            .map(str::to_string);
        let e = Entity {
            id: trim(row.id).to_string(),
            kind,
            category: trim(row.category).to_string(),
            english: trim(row.english).to_string(),
            arabic: trim(row.arabic).to_string(),
            aliases: list(row.aliases),
            ambiguous: list(row.ambiguous),
            cues: list(row.cues),
            titles: list(row.titles),
            affiliation: list(row.affiliation),
            lat,
            lon,
            block_before: list(row.block_before),
            block_after: list(row.block_after),
            admin1,
            inter,
            from,
            to,
            offices: list(row.offices),
            notes: trim(row.notes).to_string(),
        };
        check_entity(&e).map_err(|(field, message)| err(field, message))?;
        if let Some(first) = ids.insert(trim(row.id), line) {
            return Err(err(
                "id",
                format!("duplicate id `{}` (first at line {first})", e.id),
            ));
        }
        out.push((line, e));
    }
    Ok(out)
}

/// Checks one entity on its own: required fields, id, snake_case category, coordinates (on
/// places only), `inter`, periods.
fn check_entity(e: &Entity) -> Result<(), (&'static str, String)> {
    for (field, value) in [
        ("id", &e.id),
        ("category", &e.category),
        ("english", &e.english),
        ("arabic", &e.arabic),
    ] {
        if trim(value).is_empty() {
            return Err((field, "must not be empty".into()));
        }
    }
    if !e
        .id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(("id", format!("`{}` has characters outside [a-z0-9_]", e.id)));
    }
    if !e.category.starts_with(|c: char| c.is_ascii_lowercase())
        || !e
            .category
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err((
            "category",
            format!("`{}` is not snake_case ([a-z][a-z0-9_]*)", e.category),
        ));
    }
    if e.kind != EntityKind::Location && (e.lat.is_some() || e.lon.is_some()) {
        return Err(("lat", "only places have coordinates".into()));
    }
    if e.lat.is_some() != e.lon.is_some() {
        return Err(("lon", "lat and lon must be given together".into()));
    }
    for (field, v, max) in [("lat", e.lat, 90.0), ("lon", e.lon, 180.0)] {
        if v.is_some_and(|x| !x.is_finite() || x.abs() > max) {
            return Err((field, format!("not a number in ±{max}")));
        }
    }
    if e.inter.is_some_and(|n| !(1..=8).contains(&n)) {
        return Err(("inter", "not an ACLED inter code 1-8".into()));
    }
    if Period::new(e.from, e.to).is_none() {
        return Err(("to", "`to` is before `from`".into()));
    }
    if e.arabic.contains('@') {
        return Err((
            "arabic",
            "the canonical name takes no period: put the period on the entity (`from`, `to`) or on an alias".into(),
        ));
    }
    for (field, items) in [
        ("aliases", &e.aliases),
        ("ambiguous", &e.ambiguous),
        ("titles", &e.titles),
        ("offices", &e.offices),
    ] {
        for item in items {
            split_period(item).map_err(|err| (field, format!("`{item}`: {err}")))?;
        }
    }
    if e.admin1.is_some() && e.kind != EntityKind::Location {
        return Err(("admin1", "only places have an admin1".into()));
    }
    Ok(())
}

/// The known column closest to `name` (a typo), if any is close.
fn suggest(name: &str, known: &[&str]) -> Option<&'static str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1];
            for (j, cb) in b.iter().enumerate() {
                let sub = prev[j] + usize::from(ca != *cb);
                cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
            }
            prev = cur;
        }
        prev[b.len()]
    }
    let lower = name.trim().to_lowercase();
    COLUMNS
        .iter()
        .filter(|c| known.contains(c))
        .map(|c| (distance(&lower, c), *c))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, c)| c)
}

/// The rows of a tab-separated data file: one header line (which must name the `required`
/// columns and, when `known` is given, only known columns, each once), `#` comment lines, no
/// quoting, every row as many fields as the header. Fields are borrowed from the text.
///
/// The text is split as the `csv` crate splits it with a tab delimiter, `#` comments, quoting
/// off and its default terminator (each of `\r\n`, `\n` and `\r` ends a row; empty rows are
/// skipped; a comment, which only begins a row, runs to the next `\n`; a byte order mark
/// opening the text is dropped), with the same errors (a test checks both on random text),
/// without copying each field.
pub(super) struct Rows<'t> {
    headers: Vec<&'t str>,
    /// The fields of every data row, row after row (`headers.len()` each).
    fields: Vec<&'t str>,
    /// The 1-based line of each data row.
    lines: Vec<u64>,
}

/// The records of TSV text as `csv` reads it (see [`Rows`]): their fields, flat, and where each
/// record's fields end.
fn split_tsv(text: &str, capacity: usize) -> (Vec<&str>, Vec<usize>) {
    let b = text.as_bytes();
    let (mut fields, mut ends) = (Vec::with_capacity(capacity), Vec::new());
    // A byte order mark opening the text is dropped, as `csv` drops it.
    let mut i = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    while i < b.len() {
        match b[i] {
            b'\r' | b'\n' => i += 1,
            b'#' => match b[i..].iter().position(|&c| c == b'\n') {
                Some(p) => i += p + 1,
                // A comment the text ends in, with no `\n`, is a comment too (the `csv`
                // crate reads it as a row of one empty field, which made a file saved without
                // a final line end fail to load).
                None => break,
            },
            _ => {
                let mut start = i;
                loop {
                    // Only a control byte can end a field: skip to the next one.
                    i = next_control(b, i);
                    match b.get(i) {
                        Some(b'\t') => {
                            fields.push(&text[start..i]);
                            i += 1;
                            start = i;
                        }
                        Some(b'\r' | b'\n') | None => {
                            fields.push(&text[start..i]);
                            if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') {
                                i += 1;
                            }
                            i += 1;
                            break;
                        }
                        Some(_) => i += 1,
                    }
                }
                ends.push(fields.len());
            }
        }
    }
    (fields, ends)
}

/// Eight bytes of `b` from `i`, little-endian, if there are eight.
#[inline]
fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The index of the first byte of `b` at or after `from` below 0x0E (a tab, a line end or
/// another control character), or `b.len()`: eight bytes at a time.
fn next_control(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(w) = word_at(b, i) {
        // A byte under 0x0E sets its high bit; the lowest one set is exact (a borrow only
        // reaches the bytes above it).
        let m = w.wrapping_sub(0x0E * ONES) & !w & (0x80 * ONES);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i] >= 0x0E {
        i += 1;
    }
    i
}

/// The index of the first `\n` of `b` at or after `from`, or `b.len()`: eight bytes at a time.
fn next_newline(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(w) = word_at(b, i) {
        let v = w ^ (u64::from(b'\n') * ONES);
        let m = v.wrapping_sub(ONES) & !v & (0x80 * ONES);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    b[i.min(b.len())..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| i + p)
}

/// The 1-based numbers of the lines of `text` (split at `\n`) that are neither empty (but for
/// a final `\r`) nor comments.
fn data_lines(text: &str) -> Vec<u64> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 128 + 1);
    let (mut start, mut line) = (0, 1u64);
    loop {
        let end = next_newline(b, start);
        let l = &b[start..end];
        let l = l.strip_suffix(b"\r").unwrap_or(l);
        if l.first().is_some_and(|&c| c != b'#') {
            out.push(line);
        }
        if end == b.len() {
            return out;
        }
        start = end + 1;
        line += 1;
    }
}

impl<'t> Rows<'t> {
    /// Splits the text into rows, checking the header and each row's length.
    pub(super) fn read(
        text: &'t str,
        file: &str,
        required: &[&str],
        known: Option<&[&str]>,
    ) -> Result<Rows<'t>, Error> {
        // Record `i` (the header is record 0) is the `i`-th line that is neither a comment nor
        // empty.
        let data_lines = data_lines(text);
        let line_of = |record: usize| data_lines.get(record).copied().unwrap_or(0);
        // Room for as many fields per line as the first has (one vector, no copy as it grows).
        let first_width = text
            .lines()
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .map_or(0, |l| l.bytes().filter(|&b| b == b'\t').count() + 1);
        // (No more fields than bytes, whatever the first line says.)
        let capacity = data_lines
            .len()
            .saturating_mul(first_width)
            .min(text.len() + 1);
        let (mut fields, ends) = split_tsv(text, capacity);
        let width = ends.first().copied().unwrap_or(0);
        let headers: Vec<&str> = fields.drain(..width).collect();
        let header_line = line_of(0).max(1);
        let header_err = |field: &str, message: String| Error::Data {
            file: file.to_string(),
            line: header_line,
            field: field.to_string(),
            message,
        };
        for required in required {
            if !headers.iter().any(|h| h == required) {
                return Err(header_err(
                    required,
                    "missing column in the header line".into(),
                ));
            }
        }
        if let Some(known) = known {
            for (i, h) in headers.iter().enumerate() {
                if !known.contains(h) {
                    let hint = suggest(h, known)
                        .map(|c| format!(" (did you mean `{c}`?)"))
                        .unwrap_or_default();
                    return Err(header_err(h, format!("unknown column{hint}")));
                }
                if headers.iter().take(i).any(|g| g == h) {
                    return Err(header_err(h, "column named twice".into()));
                }
            }
        }
        let mut lines = Vec::with_capacity(ends.len().saturating_sub(1));
        for (k, w) in ends.windows(2).enumerate() {
            let len = w[1] - w[0];
            if len != width {
                return Err(Error::Data {
                    file: file.to_string(),
                    line: line_of(k + 1),
                    field: "*".to_string(),
                    message: format!("{len} fields where the header has {width}"),
                });
            }
            lines.push(line_of(k + 1));
        }
        Ok(Rows {
            headers,
            fields,
            lines,
        })
    }

    /// Where the column `name` is in each row.
    pub(super) fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| *h == name)
    }

    /// Each data row with its line.
    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, &[&'t str])> + '_ {
        let width = self.headers.len().max(1);
        self.lines.iter().copied().zip(self.fields.chunks(width))
    }
}

/// Parses a kind-cue TSV (`kind<TAB>cues`, cues `;`-separated; see `data/kind_cues.tsv`).
fn parse_kind_cues(text: &str, file: &str) -> Result<Vec<(EntityKind, String)>, Error> {
    let cols = ["kind", "cues"];
    let mut out = Vec::new();
    let rows = Rows::read(text, file, &cols, Some(&cols))?;
    let (kind_at, cues_at) = (rows.column("kind"), rows.column("cues"));
    for (line, rec) in rows.iter() {
        let field = |c: Option<usize>| c.map_or("", |c| rec[c]);
        let (kind, cues) = (field(kind_at), field(cues_at));
        let kind = EntityKind::parse(kind.trim()).ok_or_else(|| Error::Data {
            file: file.to_string(),
            line,
            field: "kind".into(),
            message: format!("`{kind}` is not person, organization or location"),
        })?;
        out.extend(list(cues).into_iter().map(|c| (kind, c)));
    }
    Ok(out)
}

/// One row of a nationality TSV (`country<TAB>adjectives[<TAB>places]`; see
/// `data/nationalities.tsv`): the file and line it came from, the country's id, its adjectives
/// and the names of its places that frame a text as that state's, as written.
#[derive(Debug, Clone)]
pub(super) struct Nationality {
    pub(super) origin: Origin,
    pub(super) country: String,
    pub(super) adjectives: Vec<String>,
    pub(super) places: Vec<String>,
}

/// Parses a nationality TSV (`country<TAB>adjectives[<TAB>places]`, adjectives `;`-separated,
/// one word each, places `;`-separated; see `data/nationalities.tsv`). Whether each country is
/// a `country` row of the gazetteer is checked at [`GazetteerBuilder::build`].
fn parse_nationalities(text: &str, file: &str) -> Result<Vec<Nationality>, Error> {
    let required = ["country", "adjectives"];
    let known = ["country", "adjectives", "places"];
    let rows = Rows::read(text, file, &required, Some(&known))?;
    let (country_at, adjectives_at) = (rows.column("country"), rows.column("adjectives"));
    let places_at = rows.column("places");
    let file: Arc<str> = file.into();
    let mut out: Vec<Nationality> = Vec::new();
    for (line, rec) in rows.iter() {
        let field = |c: Option<usize>| c.map_or("", |c| trim(rec[c]));
        let origin = Origin {
            file: file.clone(),
            line,
            checked: true,
        };
        let country = field(country_at);
        if country.is_empty() {
            return Err(origin.error("country", "empty country id".into()));
        }
        let adjectives = list(field(adjectives_at));
        if adjectives.is_empty() {
            return Err(origin.error("adjectives", format!("`{country}` has no adjective")));
        }
        if let Some(a) = adjectives.iter().find(|a| a.contains(char::is_whitespace)) {
            return Err(origin.error(
                "adjectives",
                format!("`{a}` is more than one word (the rule reads one word after a name)"),
            ));
        }
        let places = list(field(places_at));
        if country == super::license::HOME_STATE && !places.is_empty() {
            return Err(origin.error(
                "places",
                "the home state's places are the gazetteer's own, not a frame".into(),
            ));
        }
        out.push(Nationality {
            origin,
            country: country.to_string(),
            adjectives,
            places,
        });
    }
    Ok(out)
}

/// Builds a [`Gazetteer`]: add entities and aliases, load files, then [`build`](Self::build).
///
/// Ids are unique: adding an entity whose id is already present is an error at
/// [`build`](Self::build), unless it is added through [`replace_file`](Self::replace_file),
/// [`replace_tsv`](Self::replace_tsv), [`replace_entity`](Self::replace_entity) or while
/// [`replacing`](Self::replacing) is on.
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
    origins: Vec<Origin>,
    /// Ids to indices, FNV-hashed: the gazetteer keeps this index for its look-ups.
    index: HashMap<String, usize, crate::compact::FnvBuild>,
    pending_aliases: Vec<(String, String)>,
    kind_cues: Vec<(EntityKind, String)>,
    nationalities: Vec<Nationality>,
    error: Option<Error>,
    replacing: bool,
}

impl GazetteerBuilder {
    /// Adds an entity. An entity with an id already present is an error at
    /// [`build`](Self::build) unless [`replacing`](Self::replacing) is on (see
    /// [`replace_entity`](Self::replace_entity)).
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, Gazetteer};
    /// let tripoli = Entity::new("tripoli", EntityKind::Location, "city", "Tripoli", "طرابلس الغرب");
    /// let err = Gazetteer::builder_libya().entity(tripoli).build().unwrap_err();
    /// assert!(err.to_string().contains("`tripoli` is already defined at data/gazetteer.tsv:"));
    /// ```
    pub fn entity(mut self, entity: Entity) -> Self {
        let replace = self.replacing;
        self.add(entity, Origin::builder(), replace);
        self
    }

    /// Adds an entity that replaces the one with the same id, if any.
    ///
    /// ```
    /// use libya_nlp::gazetteer::{Entity, EntityKind, Gazetteer};
    /// let tripoli = Entity::new("tripoli", EntityKind::Location, "city", "Tripoli", "طرابلس الغرب");
    /// let g = Gazetteer::builder_libya().replace_entity(tripoli).build().unwrap();
    /// assert_eq!(g.entity("tripoli").unwrap().arabic, "طرابلس الغرب");
    /// ```
    pub fn replace_entity(mut self, entity: Entity) -> Self {
        self.add(entity, Origin::builder(), true);
        self
    }

    /// While on, entities added by [`entity`](Self::entity), [`tsv`](Self::tsv) and
    /// [`file`](Self::file) replace those with the same id instead of being an error. Ids
    /// repeated within one file stay an error.
    ///
    /// ```
    /// use libya_nlp::gazetteer::Gazetteer;
    /// let mine = "id\tkind\tcategory\tenglish\tarabic\nderna\tlocation\tcity\tDerna\tدرنة\n";
    /// assert!(Gazetteer::builder_libya().tsv(mine, "mine.tsv").build().is_err());
    /// let g = Gazetteer::builder_libya().replacing(true).tsv(mine, "mine.tsv").build().unwrap();
    /// assert_eq!(g.entity("derna").unwrap().lat, None);
    /// ```
    pub fn replacing(mut self, on: bool) -> Self {
        self.replacing = on;
        self
    }

    fn add(&mut self, entity: Entity, origin: Origin, replace: bool) {
        if self.error.is_some() {
            return;
        }
        match self.index.get(&entity.id) {
            Some(&i) if replace => {
                self.entities[i] = entity;
                self.origins[i] = origin;
            }
            Some(&i) => {
                let first = &self.origins[i];
                self.error = Some(origin.error(
                    "id",
                    format!(
                        "`{}` is already defined at {}:{}; to replace it, load this file with \
                         GazetteerBuilder::replace_file (or set replacing(true))",
                        entity.id, first.file, first.line
                    ),
                ));
            }
            None => {
                self.index.insert(entity.id.clone(), self.entities.len());
                self.entities.push(entity);
                self.origins.push(origin);
            }
        }
    }

    /// Adds an alias to the entity `id` (an error at [`build`](Self::build) if there is none).
    /// The alias may carry a period suffix (`name@FROM..TO`).
    pub fn alias(mut self, id: &str, alias: &str) -> Self {
        self.pending_aliases
            .push((id.to_string(), alias.to_string()));
        self
    }

    /// Adds the entities of gazetteer TSV text; `file` names it in errors. An id already
    /// present is an error unless [`replacing`](Self::replacing) is on.
    pub fn tsv(self, text: &str, file: &str) -> Self {
        let replace = self.replacing;
        self.add_tsv(text, file, replace)
    }

    /// Adds the entities of gazetteer TSV text, replacing those with the same ids.
    pub fn replace_tsv(self, text: &str, file: &str) -> Self {
        self.add_tsv(text, file, true)
    }

    fn add_tsv(mut self, text: &str, file: &str, replace: bool) -> Self {
        if self.error.is_none() {
            match parse_rows(text, file) {
                Ok(es) => {
                    self.entities.reserve(es.len());
                    self.origins.reserve(es.len());
                    self.index.reserve(es.len());
                    let file: Arc<str> = file.into();
                    for (line, e) in es {
                        let origin = Origin {
                            file: file.clone(),
                            line,
                            checked: true,
                        };
                        self.add(e, origin, replace);
                    }
                }
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

    /// Adds the nationality adjectives of a nationality TSV (`country<TAB>adjectives`; see
    /// `data/nationalities.tsv`): the adjectives of the other states frame a bare name of a
    /// home-state ministry as theirs (`وزارة الدفاع التركية`), those of `libya` tell which
    /// ministries are Libya's (see `data/README.md`). Each `country` must be a `country` row of
    /// the gazetteer, checked at [`build`](Self::build).
    ///
    /// ```
    /// use libya_nlp::gazetteer::Gazetteer;
    /// let bad = "country\tadjectives\nnarnia\tالنارنية\n";
    /// let err = Gazetteer::builder_libya().nationalities_tsv(bad, "mine.tsv").build().unwrap_err();
    /// assert_eq!(err.to_string(), "mine.tsv:2: field `country`: `narnia` is no country of the gazetteer");
    /// ```
    pub fn nationalities_tsv(mut self, text: &str, file: &str) -> Self {
        if self.error.is_none() {
            match parse_nationalities(text, file) {
                Ok(n) => self.nationalities.extend(n),
                Err(e) => self.error = Some(e),
            }
        }
        self
    }

    /// Adds the entities of a gazetteer TSV file. An id already present is an error unless
    /// [`replacing`](Self::replacing) is on.
    pub fn file(self, path: impl AsRef<Path>) -> Self {
        let replace = self.replacing;
        self.add_file(path.as_ref(), replace)
    }

    /// Adds the entities of a gazetteer TSV file, replacing those with the same ids (to
    /// correct a bundled entity).
    ///
    /// ```
    /// use libya_nlp::Gazetteer;
    /// let path = std::env::temp_dir().join(format!("replace-doc-{}.tsv", std::process::id()));
    /// std::fs::write(&path, "id\tkind\tcategory\tenglish\tarabic\naziziya\tlocation\ttown\tAziziya\tالعزيزية\n").unwrap();
    /// let g = Gazetteer::builder_libya().replace_file(&path).build().unwrap();
    /// assert_eq!(g.entity("aziziya").unwrap().category, "town");
    /// # std::fs::remove_file(&path).ok();
    /// ```
    pub fn replace_file(self, path: impl AsRef<Path>) -> Self {
        self.add_file(path.as_ref(), true)
    }

    fn add_file(mut self, path: &Path, replace: bool) -> Self {
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(text) => self.add_tsv(&text, &name, replace),
            Err(source) => {
                if self.error.is_none() {
                    self.error = Some(Error::Io {
                        file: name,
                        source: source.into(),
                    });
                }
                self
            }
        }
    }

    /// Removes every entity (to replace the bundled data with a file of one's own).
    pub fn clear(mut self) -> Self {
        self.entities.clear();
        self.origins.clear();
        self.index.clear();
        self
    }

    /// Compiles the gazetteer: checks the entities against each other, normalizes every name
    /// and builds the automaton.
    ///
    /// Errors: the first data error of a file; an id reused without replacing; an alias for
    /// an unknown id; a malformed entity added by [`entity`](Self::entity); an affiliation
    /// naming an unknown id or the entity itself; an `admin1` outside [`ADMIN1_LIBYA`] for a
    /// place in Libya, or such a place with coordinates outside [`LIBYA_BBOX`]; a name
    /// claimed by two entities whose periods on it (its own suffix, else the entity's
    /// `from`/`to`) overlap, unless it is `ambiguous` on one side; at most one holder may
    /// leave it unbounded.
    pub fn build(mut self) -> Result<Gazetteer, Error> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for (id, alias) in std::mem::take(&mut self.pending_aliases) {
            match self.index.get(&id) {
                Some(&i) => {
                    self.entities[i].aliases.push(alias);
                    self.origins[i].checked = false;
                }
                None => {
                    return Err(Origin::builder()
                        .error("id", format!("alias `{alias}` for unknown entity `{id}`")))
                }
            }
        }
        for (e, origin) in self.entities.iter().zip(&self.origins) {
            if !origin.checked {
                check_entity(e).map_err(|(field, message)| origin.error(field, message))?;
            }
            for a in &e.affiliation {
                if a == &e.id {
                    return Err(origin.error(
                        "affiliation",
                        format!("`{}` is affiliated with itself", e.id),
                    ));
                }
                if !self.index.contains_key(a) {
                    return Err(origin.error(
                        "affiliation",
                        format!("`{}` names unknown entity `{a}`", e.id),
                    ));
                }
            }
        }
        // One buffer for every walk of the affiliations (each clears what it marks).
        let mut seen = vec![false; self.entities.len()];
        for (i, (e, origin)) in self.entities.iter().zip(&self.origins).enumerate() {
            if e.kind != EntityKind::Location || !self.is_libyan(i, &mut seen) {
                continue;
            }
            if let Some(a) = &e.admin1 {
                if !ADMIN1_LIBYA.contains(&a.as_str()) {
                    return Err(origin.error(
                        "admin1",
                        format!(
                            "`{a}` is not one of the 22 Libyan districts: {}",
                            ADMIN1_LIBYA.join(", ")
                        ),
                    ));
                }
            }
            if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
                if !in_libya_bbox(lat, lon) {
                    return Err(origin.error(
                        "lat",
                        format!(
                            "{lat}, {lon} is outside Libya, but `{}` is affiliated with libya",
                            e.id
                        ),
                    ));
                }
            }
        }
        for n in &self.nationalities {
            let is_country = self.index.get(&n.country).is_some_and(|&i| {
                let e = &self.entities[i];
                e.kind == EntityKind::Location && e.category == "country"
            });
            if !is_country {
                return Err(n.origin.error(
                    "country",
                    format!("`{}` is no country of the gazetteer", n.country),
                ));
            }
        }
        Gazetteer::compile(
            self.entities,
            &self.origins,
            self.index,
            &self.kind_cues,
            &self.nationalities,
        )
    }

    /// Is entity `i` a place in Libya? Its affiliation chain reaches `libya` (true) or another
    /// country (false); otherwise its coordinates decide.
    /// `seen` (one flag per entity, all false) is left all false.
    fn is_libyan(&self, i: usize, seen: &mut [bool]) -> bool {
        let mut stack = vec![i];
        let mut marked = Vec::new();
        let mut foreign = false;
        let mut libyan = false;
        while let Some(j) = stack.pop() {
            if std::mem::replace(&mut seen[j], true) {
                continue;
            }
            marked.push(j);
            let e = &self.entities[j];
            if e.id == "libya" {
                libyan = true;
                break;
            }
            if j != i && e.kind == EntityKind::Location && e.category == "country" {
                foreign = true;
                continue;
            }
            stack.extend(
                e.affiliation
                    .iter()
                    .filter_map(|a| self.index.get(a).copied()),
            );
        }
        for j in marked {
            seen[j] = false;
        }
        if libyan {
            return true;
        }
        let e = &self.entities[i];
        !foreign && matches!((e.lat, e.lon), (Some(lat), Some(lon)) if in_libya_bbox(lat, lon))
    }
}

/// Inside [`LIBYA_BBOX`]?
pub(super) fn in_libya_bbox(lat: f64, lon: f64) -> bool {
    let (a, b, c, d) = LIBYA_BBOX;
    (a..=b).contains(&lat) && (c..=d).contains(&lon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The records of `text` as the `csv` crate reads them with the settings of a data file,
    /// the text given a final `\n` (which changes nothing else for `csv`) so that a comment the
    /// text ends in is a comment, as `split_tsv` reads it.
    fn csv_records(text: &str) -> Vec<Vec<String>> {
        let text = format!("{text}\n");
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .comment(Some(b'#'))
            .quoting(false)
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        rdr.records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    fn split_records(text: &str) -> Vec<Vec<String>> {
        let (fields, ends) = split_tsv(text, 0);
        let mut start = 0;
        ends.iter()
            .map(|&end| {
                let r = fields[start..end].iter().map(|f| f.to_string()).collect();
                start = end;
                r
            })
            .collect()
    }

    #[test]
    fn tsv_split_like_csv_named_cases() {
        for (name, text) in [
            ("empty", ""),
            ("crlf", "id\tkind\r\na\tb\r\n"),
            ("lone cr", "id\tkind\ra\tb\r"),
            ("blank lines", "\n\n\r\nid\n\nx\n"),
            ("comment runs to lf", "#c\rx\ty\nid\tk\n"),
            ("hash inside", "a#b\t#\n"),
            ("trailing tab", "a\t"),
            ("lone tab", "\t\n"),
            ("quotes are text", "\"a\t\"b\"\n"),
            ("bom dropped", "\u{FEFF}id\tkind\n"),
            ("bom inside kept", "x\u{FEFF}\n\u{FEFF}a"),
            ("bom then comment", "\u{FEFF}#x"),
            ("comment at the end", "a\n#x"),
            ("comment then lf", "a\n#x\n"),
        ] {
            assert_eq!(split_records(text), csv_records(text), "{name}");
        }
    }

    proptest! {
        #[test]
        fn tsv_split_like_csv(text in "\u{FEFF}?[ab\t\n\r# \"ب\u{FEFF}]{0,40}") {
            prop_assert_eq!(split_records(&text), csv_records(&text));
        }
    }
}
