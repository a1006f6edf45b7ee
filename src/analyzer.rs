//! The pipeline: normalization, gazetteer, events and records over one document, one serde
//! result.
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

pub use crate::wire::{Verbose, WithEntityInfo};

use crate::date::Date;
use crate::events::{Event, EventClassifier};
use crate::gazetteer::{FindOptions, Gazetteer, Mention};
use crate::normalize::{Normalized, Normalizer};
use crate::records::{self, Record};
use crate::sentences;
use crate::span::CharIndex;
use crate::words::SentenceWords;
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
#[non_exhaustive]
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

    /// The sentence over a byte range of `original` (clamped to the text and moved outwards
    /// to char boundaries, like [`Span::from_bytes`](crate::Span::from_bytes)).
    ///
    /// ```
    /// use libya_nlp::analyzer::Sentence;
    /// let s = Sentence::from_bytes("جملة. ثانية", 10..99);
    /// assert_eq!((s.start, s.end, s.char_start, s.char_end), (10, 20, 6, 11));
    /// ```
    pub fn from_bytes(original: &str, range: std::ops::Range<usize>) -> Sentence {
        let s = crate::span::Span::from_bytes(original, range);
        Sentence {
            start: s.start,
            end: s.end,
            char_start: s.char_start,
            char_end: s.char_end,
        }
    }
}

/// What the analyzer found in one document. Serializes as `{"sentences": [...], "entities":
/// [...], "events": [...], "records": [...]}` (see [JSON](#json)).
///
/// ```
/// use libya_nlp::Analysis;
/// let empty = Analysis::default();
/// assert_eq!(serde_json::to_string(&empty).unwrap(),
///     r#"{"sentences":[],"entities":[],"events":[],"records":[]}"#);
/// ```
///
/// `#[non_exhaustive]`: build one with `Analysis::default()` and set its fields. A value read
/// back from its JSON equals the original (see [`Mention`]'s note on `norm`):
///
/// ```
/// use libya_nlp::{Analysis, Analyzer};
/// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
/// let back: Analysis = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
/// assert_eq!(back, a);
/// ```
///
/// # JSON
///
/// Compact: a mention carries its entity's id and its span; what is true of the entity
/// everywhere (its kind, category, English and Arabic names, coordinates) is the gazetteer's,
/// found by id ([`Gazetteer::entity`]); an event's `actors` and `locations` are indices into
/// `entities`, and a record's `mentions` indices into `events`:
///
/// ```text
/// {"sentences":   [{"start","end","char_start","char_end"}, …],
///  "entities":    [{"id","start","end","char_start","char_end","text"}, …],
///  "entity_info": {"<id>": {"kind","category","english","arabic","lat","lon"}, …},  (see below)
///  "events":      [{"kind","modality","trigger":{"start","end","char_start","char_end","text"},
///                   "sentence","actors":[0],"locations":[1],"confidence","background":true}, …],
///  "records":     [{"kind","modality","background":true,"date","actor1":{"id"},"actor2",
///                   "assoc_actors1","assoc_actors2","location":{"id","admin1","geo_precision"},
///                   "fatalities","injured","sources","mentions":[0, 2]}, …]}
/// ```
///
/// - `entity_info`, the entity table, holds by default only the entities the bundled
///   gazetteer ([`Gazetteer::libya`]) does not give as they are (those of a gazetteer of the
///   caller's, [`Analyzer::with_gazetteer`]), and is left out when there are none (news
///   analyzed with the bundled gazetteer). [`Analysis::with_entity_info`] (`annotate
///   --entity-info`) writes every entity mentioned in it, so that each line is readable
///   without the gazetteer: the default form of 0.1.0. Why: the table was 16% of the
///   output on news (the five seed articles), the same few hundred entities repeated in
///   every document, and it kept the output over three times the input (issue 15).
/// - Left out when false: an event's or record's `background` (it reads back as `false`).
/// - Left out when empty: an event's `actors` and `locations`; a record's `date`, actors,
///   `location`, `fatalities`, `injured` (absent: no figure given; `0`: the text says none) and
///   `sources`; an actor's `generic` and `inter`, a location's `admin1`.
/// - Left out when the kind gives it: an event's or record's `acled` and `cameo` are written
///   only where they differ from [`EventKind::acled`](crate::EventKind::acled) and
///   [`EventKind::cameo`](crate::EventKind::cameo) (the table is in the crate's README).
/// - Left out when the entity gives it: a record actor's or location's `english`, and a
///   location's `lat`/`lon` (written, `null` included, where they differ from the entity's
///   in `entity_info`, or by default when not in it, in the bundled gazetteer).
/// - A mention whose gazetteer alias is spelled differently from its text adds `"alias"`. In
///   an analysis built by hand, a reference with no equal mention is written whole (as
///   [`EntityRef`](crate::events::EntityRef) serializes), and a mention that disagrees with
///   the entity's first mention carries its own kind and names.
///
/// Reading back, what a mention or record leaves out is taken from `entity_info`, else from
/// the bundled gazetteer (built on first use, about 13 ms), so a line of the default form
/// reads back equal in a process of the same crate version. [`Analysis::verbose`] writes every
/// field out instead (the `annotate --format verbose` form). Every form, and the older ones,
/// read back.
///
/// ```
/// use libya_nlp::{Analysis, Analyzer, Gazetteer};
/// let a = Analyzer::new().analyze("قصفت قوات حفتر مدينة درنة.");
/// let json = serde_json::to_value(&a).unwrap();
/// let place = json["events"][0]["locations"][0].as_u64().unwrap() as usize;
/// assert_eq!(json["entities"][place]["id"], "derna");
/// assert!(json.get("entity_info").is_none());
/// assert_eq!(Gazetteer::libya().entity("derna").unwrap().english, "Derna");
/// assert!(json["events"][0].get("cameo").is_none()); // the kind's: EventKind::Shelling.cameo()
/// assert_eq!(a.events[0].cameo, libya_nlp::EventKind::Shelling.cameo());
/// assert_eq!(serde_json::from_value::<Analysis>(json).unwrap(), a);
/// // On request, the table is in the line.
/// let json = serde_json::to_value(a.with_entity_info()).unwrap();
/// assert_eq!(json["entity_info"]["derna"]["english"], "Derna");
/// assert_eq!(json["entity_info"]["derna"]["kind"], "location");
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
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
        // The bundled components are built once per process: the event classifier on a second
        // thread while this one builds the gazetteer and the record tables (inline when no
        // thread can be started).
        static BUILT: std::sync::Once = std::sync::Once::new();
        BUILT.call_once(|| {
            std::thread::scope(|s| {
                let side = std::thread::Builder::new().spawn_scoped(s, || {
                    EventClassifier::libya();
                });
                Gazetteer::libya();
                crate::records::prepare();
                if side.is_err() {
                    EventClassifier::libya();
                }
            })
        });
        Analyzer {
            normalizer: Normalizer::search(),
            gazetteer: Shared::Static(Gazetteer::libya()),
            classifier: Shared::Static(EventClassifier::libya()),
            find: FindOptions::default(),
            records: true,
        }
    }

    /// Computes event records (the default) or not. Records (dates, roles, places, fatalities,
    /// merging) are a layer above events; turn them off when only sentence-level events are
    /// needed. `Analysis::records` is empty then.
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

    /// Uses the event classifier of a lexicon (built once here).
    ///
    /// ```
    /// use libya_nlp::{Analyzer, EventKind, Lexicon};
    /// let lexicon = Lexicon::bundled()
    ///     .with_tsv("kind\tpattern\tpos\tweight\nprotest\tإضراب عام\tn\t0.8\n", "mine.tsv")
    ///     .unwrap();
    /// let a = Analyzer::new().with_lexicon(&lexicon).analyze("بدأ إضراب عام في المدينة أمس.");
    /// assert_eq!(a.events[0].kind, EventKind::Protest);
    /// ```
    pub fn with_lexicon(self, lexicon: &crate::events::Lexicon) -> Analyzer {
        self.with_classifier(EventClassifier::new(lexicon))
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
    ///
    /// Its own [`classify`](EventClassifier::classify) takes actors and places from the
    /// bundled gazetteer, **not from this analyzer's**: to classify with the analyzer's
    /// gazetteer (and find options), call [`Analyzer::classify`].
    pub fn classifier(&self) -> &EventClassifier {
        &self.classifier
    }

    /// The events of a document, with this analyzer's gazetteer, find options and
    /// classifier: the `events` of [`analyze`](Self::analyze), without records.
    ///
    /// ```
    /// use libya_nlp::{Analyzer, Gazetteer};
    /// use libya_nlp::gazetteer::{Entity, EntityKind};
    /// let mine = Gazetteer::builder_libya()
    ///     .entity(Entity::new("wadi_kaam", EntityKind::Location, "river", "Wadi Kaam", "وادي كعام"))
    ///     .build()
    ///     .unwrap();
    /// let analyzer = Analyzer::new().with_gazetteer(mine);
    /// let text = "اندلعت اشتباكات قرب وادي كعام.";
    /// let events = analyzer.classify(text);
    /// assert_eq!(events[0].locations[0].id, "wadi_kaam");
    /// assert_eq!(events, analyzer.analyze(text).events);
    /// // The classifier alone uses the bundled gazetteer.
    /// let bundled = analyzer.classifier().classify(text);
    /// assert!(bundled[0].locations.iter().all(|l| l.id != "wadi_kaam"));
    /// ```
    pub fn classify(&self, text: &str) -> Vec<Event> {
        let norm = self.normalizer.normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        let entities = self
            .gazetteer
            .find_normalized(text, &norm, &chars, &self.find);
        let sents = sentences::split(norm.text());
        self.classifier
            .classify_prepared(text, &norm, &chars, &sents, &entities)
    }

    /// Analyzes one document with no publication date: relative time expressions and office
    /// titles with no name stay unresolved. Same as `analyze_dated(text, None)`.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_dated(text, None)
    }

    /// Analyzes one document published on `date`, against which relative time expressions
    /// (`أمس`, `الخميس الماضي`) and period-bound names resolve: the gazetteer gets the date
    /// as [`FindOptions::date`] (a `Some` date here overrides one set with
    /// [`with_find_options`](Self::with_find_options)).
    ///
    /// ```
    /// use libya_nlp::{Analyzer, Date};
    /// let date: Date = "2019-04-05".parse().unwrap();
    /// let a = Analyzer::new().analyze_dated("اندلعت اشتباكات في طرابلس أمس.", Some(date));
    /// assert_eq!(a.events.len(), 1);
    /// assert_eq!(a.records[0].date.unwrap().start.to_string(), "2019-04-04");
    /// // An office title alone names its holder of the day.
    /// let a = Analyzer::new().analyze_dated("وقال المبعوث الأممي إن الحوار سيستمر.", Some(date));
    /// assert_eq!(a.entities[0].id, "ghassan_salame");
    /// assert!(Analyzer::new().analyze("وقال المبعوث الأممي إن الحوار سيستمر.").entities.is_empty());
    /// ```
    pub fn analyze_dated(&self, text: &str, date: Option<Date>) -> Analysis {
        // No limit: `run` cannot give up.
        self.run(text, date, None).unwrap_or_default()
    }

    /// Like [`analyze_dated`](Self::analyze_dated), but gives up, with [`OverLimit`], as soon
    /// as the analysis would serialize to more than about `max_json` bytes, so the memory one
    /// document takes is bounded by a multiple of `max_json` rather than by what the text
    /// provokes (a sentence naming hundreds of entities next to triggers of many kinds repeats
    /// all of them in every event: up to ~280× the input).
    ///
    /// Events are classified a run of sentences (about 16 KiB) at a time and the JSON size of
    /// everything found is counted as it comes, by a close estimate (fixed parts plus the
    /// lengths of the strings). So the check overshoots by at most the events of one run
    /// (one sentence when a sentence is longer). When it succeeds, the result is exactly
    /// `analyze_dated(text, date)`.
    ///
    /// ```
    /// use libya_nlp::Analyzer;
    /// let a = Analyzer::new();
    /// let text = "قصفت قوات حفتر مدينة درنة.";
    /// assert_eq!(a.analyze_within(text, None, 1 << 20).unwrap(), a.analyze(text));
    /// assert!(a.analyze_within(text, None, 100).is_err());
    /// ```
    pub fn analyze_within(
        &self,
        text: &str,
        date: Option<Date>,
        max_json: usize,
    ) -> Result<Analysis, OverLimit> {
        self.run(text, date, Some(max_json))
    }

    /// The pipeline: normalization, mentions, sentences, events (by runs of sentences when a
    /// size limit is given), spans mapped back.
    fn run(
        &self,
        text: &str,
        date: Option<Date>,
        max_json: Option<usize>,
    ) -> Result<Analysis, OverLimit> {
        let norm = self.normalizer.normalize_with_offsets(text);
        let chars = CharIndex::new(text);
        let find = FindOptions {
            date: date.or(self.find.date),
            ..self.find.clone()
        };
        // The compact view of the normalized text (one byte per character, no spaces) for the
        // automaton of names.
        let compact = crate::compact::take_filled(norm.text());
        // The towns written inside another place's name are its address, no mention: the
        // records stage still reads where the place is from them.
        let mut addresses = Vec::new();
        let entities = self.gazetteer.find_in(
            text,
            &norm,
            &chars,
            &find,
            &compact,
            self.records.then_some(&mut addresses),
        );
        crate::compact::give_back(compact);
        let sents = sentences::split(norm.text());
        // The words of the sentences with events, found by the events stage, for records.
        let mut words = SentenceWords::default();
        let keep = self.records.then_some(&mut words);
        let events = match max_json {
            None => self
                .classifier
                .classify_in(text, &norm, &chars, &sents, &entities, keep),
            Some(limit) => {
                self.events_within(text, &norm, &chars, &sents, &entities, limit, keep)?
            }
        };
        let records = if self.records {
            // With addresses, the records stage sees each one as a place of the events whose
            // place it addresses, as it saw the town when it was a mention.
            let addressed = records::with_addresses(&entities, &events, &addresses);
            let (entities, events) = match &addressed {
                Some((m, e)) => (m.as_slice(), e.as_deref().unwrap_or(events.as_slice())),
                None => (entities.as_slice(), events.as_slice()),
            };
            records::build(&records::Doc {
                norm: &norm,
                sentences: &sents,
                words: &words,
                entities,
                events,
                date,
                gazetteer: &self.gazetteer,
            })
        } else {
            Vec::new()
        };
        let sentences = sents
            .iter()
            .map(|r| {
                let o = norm.map().to_original_span(text, r.clone());
                Sentence {
                    start: o.start,
                    end: o.end,
                    char_start: chars.char_offset(text, o.start),
                    char_end: chars.char_offset(text, o.end),
                }
            })
            .collect();
        Ok(Analysis {
            sentences,
            entities,
            events,
            records,
        })
    }

    /// The events of `sents`, classified a run of sentences at a time, or [`OverLimit`] as
    /// soon as the analysis (sentences, mentions, events so far) would be over `max_json`.
    #[allow(clippy::too_many_arguments)]
    fn events_within(
        &self,
        text: &str,
        norm: &Normalized,
        chars: &CharIndex,
        sents: &[std::ops::Range<usize>],
        entities: &[Mention],
        max_json: usize,
        mut keep_words: Option<&mut SentenceWords>,
    ) -> Result<Vec<Event>, OverLimit> {
        let over = |reached| OverLimit {
            limit: max_json,
            reached,
        };
        // `{"sentence":{"start":…}}` and a mention's fixed part, with six-digit offsets; an
        // entity's names once (`entity_info`: counted even where it is left to the bundled
        // gazetteer, so the estimate holds for every compact form), at most once per mention.
        let mut size = 64 + sents.len() * 80;
        for m in entities {
            size += 130 + m.id.len() + m.span.text.len();
            if m.alias != m.span.text {
                size += 12 + m.alias.len();
            }
        }
        // Each entity's first mention.
        let mut firsts = crate::wire::by_id(entities);
        firsts.dedup_by_key(|f| f.0);
        for &(_, i) in &firsts {
            let m = &entities[i];
            size += 90 + m.id.len() + m.category.len() + m.english.len() + m.arabic.len();
        }
        if size > max_json {
            return Err(over(size));
        }
        let mut events = Vec::new();
        // Runs of sentences of about CHUNK bytes: the check stops within one run.
        const CHUNK: usize = 16 << 10;
        let mut first = 0;
        while first < sents.len() {
            let from = sents[first].start;
            let mut last = first + 1;
            while last < sents.len() && sents[last].end - from < CHUNK {
                last += 1;
            }
            let kept = keep_words.as_deref().map_or(0, SentenceWords::len);
            let found = self.classifier.classify_in(
                text,
                norm,
                chars,
                &sents[first..last],
                entities,
                keep_words.as_deref_mut(),
            );
            let si = first;
            if let Some(k) = keep_words.as_deref_mut() {
                k.renumber(kept, si);
            }
            first = last;
            for mut e in found {
                e.sentence += si;
                size += event_size(&e);
                if size > max_json {
                    return Err(over(size));
                }
                events.push(e);
            }
        }
        Ok(events)
    }
}

/// [`Analyzer::analyze_within`] gave up: the analysis would serialize to more than `limit`
/// bytes.
///
/// ```
/// use libya_nlp::Analyzer;
/// let e = Analyzer::new().analyze_within("في طرابلس", None, 10).unwrap_err();
/// assert!(e.reached > e.limit && e.limit == 10);
/// assert!(e.to_string().starts_with("the annotation would be over 10 bytes"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct OverLimit {
    /// The limit given.
    pub limit: usize,
    /// The size counted when the analysis gave up (at least `limit + 1`).
    pub reached: usize,
}

impl std::fmt::Display for OverLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the annotation would be over {} bytes ({} counted when it stopped)",
            self.limit, self.reached
        )
    }
}

impl std::error::Error for OverLimit {}

/// About the length of an event's JSON: its fixed part (kind, modality, the trigger's
/// offsets, ACLED types, confidence) with six-digit offsets, plus its strings and entity
/// references (indices into `entities`).
fn event_size(e: &Event) -> usize {
    let refs: usize = e.actors.iter().chain(&e.locations).map(|_| 8).sum();
    330 + e.trigger.text.len() + e.cameo.len() + refs
}
