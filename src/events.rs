//! Event classification (placeholder until the classifier lands: finds no event).

use crate::gazetteer::Mention;
use crate::normalize::Normalized;
use crate::span::CharIndex;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// An event kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// Ceasefire.
    Ceasefire,
}

/// Whether the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// Reported as happened.
    Asserted,
}

/// An event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Kind.
    pub kind: EventKind,
    /// Modality.
    pub modality: Modality,
}

/// The classifier.
#[derive(Debug, Clone, Default)]
pub struct EventClassifier {}

static LIBYA: EventClassifier = EventClassifier {};

impl EventClassifier {
    /// The bundled classifier.
    pub fn libya() -> &'static EventClassifier {
        &LIBYA
    }
    /// Classifies sentences of a normalized document.
    pub fn classify_prepared(
        &self,
        _original: &str,
        _norm: &Normalized,
        _chars: &CharIndex,
        _sentences: &[Range<usize>],
        _mentions: &[Mention],
    ) -> Vec<Event> {
        Vec::new()
    }
}
