//! # libya-nlp
//!
//! Arabic news about the Libyan conflict in, structured data out:
//!
//! 1. **Normalization** ([`normalize`]): diacritics, tatweel, hamza and alef forms, alef maqsura,
//!    teh marbuta, Persian letters, presentation forms, digits, punctuation, invisible
//!    characters, white space and words fused by scraping, with named presets and an
//!    [`OffsetMap`] back to the original text.
//! 2. **Gazetteer** ([`gazetteer`]): a bundled Libya gazetteer of people, armed groups,
//!    institutions and places with coordinates, matched through clitics, spelling variants and
//!    missing spaces; leftmost-longest; spans in the original text.
//! 3. **Events** ([`events`]): per sentence, the event kinds of the spec (ceasefire, siege,
//!    airstrike, peace talks, election…), each with modality, trigger span, actors and
//!    locations, and ACLED and CAMEO mappings.
//!
//! 4. **Records** ([`records`]): the events of a document as event data (ACLED): mentions
//!    merged across sentences, with a date resolved against the publication date, actors in
//!    their roles, the place, fatalities and sources; and the ACLED CSV export. See
//!    [From news to event data](records#from-news-to-event-data).
//!
//! An [`Analyzer`] runs them all over a document and returns one serializable [`Analysis`].
//!
//! ## Quick start
//!
//! ```
//! use libya_nlp::Analyzer;
//!
//! let analyzer = Analyzer::new(); // bundled data, built once, shareable across threads
//! let text = "وصل المشير خليفة حفتر إلى بنغازي، فيما التقى السرّاج بالمبعوث الأممي في طرابلس.";
//! let analysis = analyzer.analyze(text);
//!
//! let ids: Vec<&str> = analysis.entities.iter().map(|m| m.id.as_str()).collect();
//! assert_eq!(ids, ["khalifa_haftar", "benghazi", "fayez_sarraj", "tripoli"]);
//!
//! // Spans are byte ranges into the original text (char ranges too, for Python users).
//! let sarraj = &analysis.entities[2];
//! assert_eq!(&text[sarraj.span.start..sarraj.span.end], "السرّاج");
//!
//! // One serde result: JSON for your pipeline.
//! let json = serde_json::to_string(&analysis).unwrap();
//! assert!(json.contains("\"id\":\"tripoli\""));
//!
//! // Compact: an entity's names and coordinates are the gazetteer's, by id, ...
//! assert_eq!(libya_nlp::Gazetteer::libya().entity("tripoli").unwrap().english, "Tripoli");
//! // ... or in the JSON on request (`annotate --entity-info`).
//! let json = serde_json::to_string(&analysis.with_entity_info()).unwrap();
//! assert!(json.contains("\"english\":\"Tripoli\""));
//! ```
//!
//! The compact JSON leaves out what a reader finds elsewhere: an entity's kind, names and
//! coordinates (the bundled gazetteer's, by id: on news they were the same few hundred
//! entities in every document, a sixth of the output), `false` and empty fields, the ACLED
//! and CAMEO codes an event's kind gives. It stays within about three times the input, and
//! reads back into an equal [`Analysis`]; see [JSON](Analysis#json) for the forms on request
//! ([`Analysis::with_entity_info`], [`Analysis::verbose`]).
//!
//! ## Each stage on its own
//!
//! ```
//! use libya_nlp::{Gazetteer, Normalizer};
//!
//! // Normalization: one spelling key, and the way back to the original.
//! let n = Normalizer::search();
//! assert_eq!(n.normalize("الجيش الوطنى الليبى"), "الجيش الوطني الليبي");
//!
//! // The gazetteer: clitics, variants and scraped text.
//! let found: Vec<String> = Gazetteer::libya()
//!     .find("بعثة الأممالمتحدة للدعم في ليبيا ولحفتر")
//!     .into_iter()
//!     .map(|m| m.id)
//!     .collect();
//! assert_eq!(found, ["unsmil", "khalifa_haftar"]);
//! ```
//!
//! ## Data flow
//!
//! Data flows one way: original text → [`normalize`]d view with an offset map → [`words`] and
//! their clitics → entity mentions ([`gazetteer`]: an automaton over the normalized view) and
//! event triggers (walks down a trie of the lexicon's forms from where each word, or what
//! follows its proclitics, begins) → [`sentences`] and clauses → [`events`] with modality,
//! actors and places → [`records`] → spans mapped back to the original → one serde result
//! ([`Analysis`]). A document is normalized once; every automaton and trie is built once per
//! gazetteer or lexicon.
//!
//! The bundled data are plain files under `data/` (`gazetteer.tsv`, `events/`,
//! `kind_cues.tsv`, `records/`) that analysts read and edit; see `data/README.md`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analyzer;
pub mod batch;
mod compact;
pub mod date;
pub mod error;
pub mod events;
pub mod gazetteer;
pub mod normalize;
pub mod records;
pub mod sentences;
pub mod span;
pub mod stem;
mod wire;
pub mod words;

pub use analyzer::{Analysis, Analyzer, OverLimit};
pub use date::Date;
pub use error::{Error, ParseNameError};
pub use events::{Event, EventClassifier, EventKind, Lexicon, Modality};
pub use gazetteer::{EntityKind, Gazetteer, Mention};
pub use normalize::{Normalized, Normalizer, OffsetMap, Preset};
pub use span::Span;

/// The README's examples, run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
