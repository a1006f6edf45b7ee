//! # libya-nlp
//!
//! Arabic news about the Libyan conflict into structured data: normalized text with an offset
//! map, the people, armed groups, institutions and places it names (with stable ids and
//! coordinates), and the events it reports with whether each happened, failed, is planned or
//! only demanded.
//!
//! Data flows one way: original text → [`normalize`]d view with an offset map → [`words`] and
//! their clitics → entity mentions ([`gazetteer`]) and event triggers found on the normalized
//! view by automata built once → [`sentences`] and clauses → [`events`] with modality, actors and
//! places → spans mapped back to the original → one serde result ([`Analysis`]).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analyzer;
pub mod batch;
pub mod error;
pub mod events;
pub mod gazetteer;
pub mod normalize;
pub mod sentences;
pub mod span;
pub mod stem;
pub mod words;

pub use analyzer::{Analysis, Analyzer};
pub use error::Error;
pub use events::{Event, EventClassifier, EventKind, Modality};
pub use gazetteer::{EntityKind, Gazetteer, Mention};
pub use normalize::{Normalized, Normalizer, OffsetMap, Preset};
pub use span::Span;
