//! The pipeline: normalization, gazetteer and events over one document, one serde result.
//!
//! An [`Analyzer`] normalizes a document once (the `search` preset, with its offset map),
//! finds entity mentions and sentences on that normalized view, classifies the events of each
//! sentence, and maps every span back to the caller's original text.
//!
//! ```
//! use libya_nlp::Analyzer;
//! let analyzer = Analyzer::new();
//! let a = analyzer.analyze("التقى السراج وحفتر في أبوظبي. وقالت البعثة إن الحوار سيستمر.");
//! assert_eq!(a.sentences.len(), 2);
//! assert!(a.entities.iter().any(|m| m.id == "fayez_sarraj"));
//! let json = serde_json::to_string(&a).unwrap();
//! assert!(json.starts_with("{\"sentences\":"));
//! ```

use crate::date::Date;
use crate::events::{Event, EventClassifier};
use crate::gazetteer::{FindOptions, Gazetteer, Mention};
use crate::normalize::Normalizer;
use crate::records::{self, Record};
use crate::sentences;
use crate::span::CharIndex;
use serde::{Deserialize, Serialize};
use std::ops::Deref;
use std::sync::Arc;

/// A sentence of the analyzed text.
///
/// ```
/// use libya_nlp::Analyzer;
/// let a = Analyzer::new().analyze("جملة أولى. جملة ثانية.");
/// assert_eq!((a.sentences[1].start, a.sentences[1].char_start), (19, 11));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Unicode scalar offset of the first character.
    pub char_start: usize,
    /// Unicode scalar offset one past the last character.
    pub char_end: usize,
}

impl Sentence {
    /// The byte range `start..end` in the original text.
    ///
    /// ```
    /// use libya_nlp::Analyzer;
    /// let text = "جملة أولى. جملة ثانية.";
    /// let a = Analyzer::new().analyze(text);
    /// assert_eq!(&text[a.sentences[1].range()], "جملة ثانية.");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// What the analyzer found in one document. Serializes as
/// `{"sentences": [...], "entities": [...], "events": [...], "records": [...]}`.
///
/// ```
/// use libya_nlp::Analysis;
/// let empty = Analysis::default();
/// assert_eq!(serde_json::to_string(&empty).unwrap(),
///     r#"{"sentences":[],"entities":[],"events":[],"records":[]}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Entity mentions, in order: leftmost-longest and non-overlapping, unless the analyzer
    /// was given nested [`FindOptions`].
    pub entities: Vec<Mention>,
    /// Events, in sentence order.
    pub events: Vec<Event>,
    /// Event records (the events of the document merged, as event data), in order of first
    /// mention; empty when the analyzer runs [`with_records(false)`](Analyzer::with_records).
    /// See [`crate::records`].
    #[serde(default)]
    pub records: Vec<Record>,
}

/// A shared component: the bundled `'static` one or one of the caller's.
#[derive(Debug, Clone)]
enum Shared<T: 'static> {
    Static(&'static T),
    Owned(Arc<T>),
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Shared::Static(t) => t,
            Shared::Owned(t) => t,
        }
    }
}

/// Runs normalization, the gazetteer and the event classifier over documents. Cheap to clone;
/// one analyzer serves many threads.
///
/// ```
/// use libya_nlp::{Analyzer, Gazetteer};
/// use libya_nlp::gazetteer::{Entity, EntityKind};
/// let mine = Gazetteer::builder_libya()
///     .entity(Entity::new("wadi_kaam", EntityKind::Location, "river", "Wadi Kaam", "وادي كعام"))
///     .build()
///     .unwrap();
/// let a = Analyzer::new().with_gazetteer(mine).analyze("قرب وادي كعام");
/// assert_eq!(a.entities[0].id, "wadi_kaam");
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    normalizer: Normalizer,
    gazetteer: Shared<Gazetteer>,
    classifier: Shared<EventClassifier>,
    find: FindOptions,
    records: bool,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// The bundled Libya gazetteer and event lexicon.
    pub fn new() -> Analyzer {
        Analyzer {
            normalizer: Normalizer::search(),
            gazetteer: Shared::Static(Gazetteer::libya()),
            classifier: Shared::Static(EventClassifier::libya()),
            find: FindOptions::default(),
            records: true,
        }
    }

    /// Computes event records (the default) or not. Records (dates, roles, places, fatalities,
    /// merging) cost a few percent of the analysis; turn them off when only sentence-level
    /// events are needed. `Analysis::records` is empty then.
    ///
    /// ```
    /// use libya_nlp::Analyzer;
    /// let text = "اندلعت اشتباكات في طرابلس.";
    /// assert_eq!(Analyzer::new().analyze(text).records.len(), 1);
    /// assert!(Analyzer::new().with_records(false).analyze(text).records.is_empty());
    /// ```
    pub fn with_records(mut self, on: bool) -> Analyzer {
        self.records = on;
        self
    }

    /// Uses another gazetteer.
    pub fn with_gazetteer(mut self, gazetteer: Gazetteer) -> Analyzer {
        self.gazetteer = Shared::Owned(Arc::new(gazetteer));
        self
    }

    /// Uses another event classifier.
    ///
    /// ```
    /// use libya_nlp::{Analyzer, EventClassifier};
    /// let a = Analyzer::new().with_classifier(EventClassifier::libya().clone());
    /// assert!(a.analyze("").events.is_empty());
    /// ```
    pub fn with_classifier(mut self, classifier: EventClassifier) -> Analyzer {
        self.classifier = Shared::Owned(Arc::new(classifier));
        self
    }

    /// Options for finding mentions (e.g. nested matches).
    pub fn with_find_options(mut self, options: FindOptions) -> Analyzer {
        self.find = options;
        self
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The event classifier in use.
    pub fn classifier(&self) -> &EventClassifier {
        &self.classifier
    }

    /// Analyzes one document with no publication date: relative time expressions and office
    /// titles with no name stay unresolved. Same as `analyze_dated(text, None)`.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_dated(text, None)
    }

    /// Analyzes one document published on `date`, against which relative time expressions
    /// (`أمس`, `الخميس الماضي`) and period-bound names resolve.
    ///
    /// ```
    /// use libya_nlp::{Analyzer, Date};
    /// let date: Date = "2019-04-05".parse().unwrap();
    /// let a = Analyzer::new().analyze_dated("اندلعت اشتباكات في طرابلس أمس.", Some(date));
    /// assert_eq!(a.events.len(), 1);
    /// assert_eq!(a.records[0].date.unwrap().start.to_string(), "2019-04-04");
    /// ```
    pub fn analyze_dated(&self, text: &str, date: Option<Date>) -> Analysis {
        let norm = self.normalizer.normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        let entities = self
            .gazetteer
            .find_normalized(text, &norm, &chars, &self.find);
        let sents = sentences::split(norm.text());
        let events = self
            .classifier
            .classify_prepared(text, &norm, &chars, &sents, &entities);
        let records = if self.records {
            records::build(&records::Doc {
                norm: &norm,
                sentences: &sents,
                entities: &entities,
                events: &events,
                date,
                gazetteer: &self.gazetteer,
            })
        } else {
            Vec::new()
        };
        let sentences = sents
            .iter()
            .map(|r| {
                let o = norm.map().to_original(r.clone());
                Sentence {
                    start: o.start,
                    end: o.end,
                    char_start: chars.char_offset(text, o.start),
                    char_end: chars.char_offset(text, o.end),
                }
            })
            .collect();
        Analysis {
            sentences,
            entities,
            events,
            records,
        }
    }
}
