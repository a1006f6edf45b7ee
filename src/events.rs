//! Event classification (work in progress).

use serde::{Deserialize, Serialize};

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
