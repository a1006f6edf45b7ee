//! The Libya gazetteer and entity recognition (work in progress).

use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What an entity is.
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

/// One mention of a gazetteer entity in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The entity id.
    pub id: String,
    /// The entity kind.
    pub kind: EntityKind,
    /// The entity category (`city`, `armed_group`, …).
    pub category: String,
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

/// A gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {}
