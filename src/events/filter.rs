//! The learned event filter: a logistic regression over what the classifier already knows of
//! the trigger that names an asserted event (see `docs/event_filter.md` and
//! `data/events/filter.tsv`).
//!
//! The classifier's rules tell a report from a mention where a cue says so (`بتهمة`, a relative
//! clause, a tally). The filter weighs the rest together: an asserted event of the kinds it
//! applies to whose estimated probability of being reported news falls under the threshold is
//! made background (kept, with its kind and modality, as a mention: records and the ACLED
//! export leave it out, as they do the rules' background events).
//!
//! Every feature is read from what the stages below computed (the trigger's form, its clause,
//! the cues and context classes of its sentence, the names and places found in it): no new
//! scan of the text.
//!
//! The bundled weights (elearn14) are on at threshold 0.20: fitted on the study halves of AGSR
//! and of Libya gold sets whose mentions are labelled, over a small set of features (kind,
//! trigger form, clause and position, repetition, mention cues; no gazetteer names, which mark
//! the domain rather than the report).
//!
//! The file may also give a kind its own threshold (`threshold=KIND`) and weigh up to 16 context
//! classes of `contexts.tsv` (`clause_class=NAME`, `sentence_class=NAME`: bits the classifier
//! already set). Session 13's refit used them (elearn17) and was not shipped: it raised both AGSR
//! check halves but cost Libya check events (`docs/event_filter.md`).

use super::clauses::Sentence;
use super::lexicon::{ClassSet, Lexicon, Pos, MAX_CONTEXT_CLASSES};
use super::{Event, EventClassifier, EventKind, Hit};
use once_cell::sync::Lazy;
use std::cell::RefCell;
use std::ops::Range;

/// What the classifier knew about the trigger that names an event.
#[derive(Debug, Clone, Default)]
pub(crate) struct Feats {
    pub pos: Option<Pos>,
    pub imperfect: bool,
    pub definite: bool,
    pub conj: bool,
    pub gap: bool,
    pub agent: bool,
    pub weight: f32,
    pub certainty: f32,
    pub cue_dist: Option<usize>,
    pub clause: usize,
    pub clauses: usize,
    pub relative: bool,
    pub w0: usize,
    pub words: usize,
    pub digit: bool,
    pub name_in_clause: bool,
    pub place_in_clause: bool,
    pub names: usize,
    pub places: usize,
    pub clause_classes: ClassSet,
    pub sentence_classes: ClassSet,
    pub clause_cues: u16,
    pub sentence_cues: u16,
    pub extra: u32,
    pub events: usize,
    /// The matched form in the normalized text.
    pub form: Range<usize>,
}

/// What [`Feats::of`] reads.
pub(crate) struct Site<'a> {
    pub text: &'a str,
    pub h: &'a Hit,
    pub w: (usize, usize),
    pub clause: usize,
    pub agent: bool,
    pub weight: f32,
    pub certainty: f32,
    pub cue_dist: Option<usize>,
    pub names: &'a [Range<usize>],
    pub places: &'a [Range<usize>],
}

/// The cue types, in the order of their bits (`clauses::cue_type_bit`).
const CUES: [&str; 11] = [
    "asserted",
    "negated",
    "planned",
    "demanded",
    "hypothetical",
    "background",
    "span",
    "none",
    "clause",
    "relative",
    "complement",
];

/// The yes/no features, in the order of [`Feats::flags`].
const FLAGS: [&str; 21] = [
    "pos=verb",
    "pos=noun",
    "pos=masdar",
    "pos=particle",
    "imperfect",
    "definite",
    "conj",
    "gap",
    "agent",
    "cued",
    "first_clause",
    "relative_clause",
    "headline",
    "digit",
    "name_in_clause",
    "place_in_clause",
    "name_in_sentence",
    "place_in_sentence",
    "repeated",
    "other_events",
    "bias",
];

/// The numeric features, in the order of [`Feats::numbers`].
const NUMBERS: [&str; 5] = ["weight", "certainty", "rel_pos", "log_words", "log_clauses"];

impl Feats {
    /// The features of a trigger at `s` in `sent`.
    pub(crate) fn of(s: Site<'_>, sent: &Sentence, lex: &Lexicon) -> Feats {
        let cr = sent.clause_range(s.clause);
        let inside =
            |rs: &[Range<usize>]| rs.iter().any(|r| r.start >= cr.start && r.end <= cr.end);
        let (clause_cues, sentence_cues) = sent.cue_type_bits(s.clause, lex);
        Feats {
            pos: Some(s.h.pos),
            imperfect: s.h.imperfect,
            definite: super::definite(s.text, s.h),
            conj: s.h.conj,
            gap: s.h.gap.is_some(),
            agent: s.agent,
            weight: s.weight,
            certainty: s.certainty,
            cue_dist: s.cue_dist,
            clause: s.clause,
            clauses: sent.clause_count(),
            relative: sent.is_relative(s.clause),
            w0: s.w.0,
            words: sent.word_count(),
            digit: sent.has_digit(s.clause),
            name_in_clause: inside(s.names),
            place_in_clause: inside(s.places),
            names: s.names.len(),
            places: s.places.len(),
            clause_classes: sent.clause_class_bits(s.clause),
            sentence_classes: sent.sentence_class_bits(),
            clause_cues,
            sentence_cues,
            extra: 0,
            events: 0,
            form: s.h.start..s.h.end,
        }
    }

    /// The yes/no features, in the order of [`FLAGS`].
    fn flags(&self) -> [bool; FLAGS.len()] {
        [
            self.pos == Some(Pos::Verb),
            self.pos == Some(Pos::Noun),
            self.pos == Some(Pos::Masdar),
            self.pos == Some(Pos::Particle),
            self.imperfect,
            self.definite,
            self.conj,
            self.gap,
            self.agent,
            self.cue_dist.is_some(),
            self.clause == 0,
            self.relative,
            self.w0 <= super::HEADLINE_WORDS,
            self.digit,
            self.name_in_clause,
            self.place_in_clause,
            self.names > 0,
            self.places > 0,
            self.extra > 0,
            self.events > 1,
            true,
        ]
    }

    /// The numeric features, in the order of [`NUMBERS`].
    fn numbers(&self) -> [f64; NUMBERS.len()] {
        let words = self.words.max(1) as f64;
        [
            f64::from(self.weight),
            f64::from(self.certainty),
            self.w0 as f64 / words,
            (1.0 + words).ln(),
            (1.0 + self.clauses as f64).ln(),
        ]
    }

    /// Every feature by name (the context classes too, which the fitted model leaves out), for
    /// the fit.
    fn named(&self, kind: EventKind, lex: &Lexicon) -> Vec<(String, f64)> {
        let mut v: Vec<(String, f64)> = FLAGS
            .iter()
            .zip(self.flags())
            .filter(|(_, on)| *on)
            .map(|(n, _)| (n.to_string(), 1.0))
            .collect();
        v.push((format!("kind={kind}"), 1.0));
        for (i, c) in CUES.iter().enumerate() {
            if self.clause_cues & (1 << i) != 0 {
                v.push((format!("clause_cue={c}"), 1.0));
            }
            if self.sentence_cues & (1 << i) != 0 {
                v.push((format!("sentence_cue={c}"), 1.0));
            }
        }
        for (i, c) in lex.classes.iter().enumerate().take(MAX_CONTEXT_CLASSES) {
            let i = i as u8;
            if self.clause_classes.contains(i) {
                v.push((format!("clause_class={c}"), 1.0));
            }
            if self.sentence_classes.contains(i) {
                v.push((format!("sentence_class={c}"), 1.0));
            }
        }
        v.extend(
            NUMBERS
                .iter()
                .zip(self.numbers())
                .map(|(n, x)| (n.to_string(), x)),
        );
        v
    }
}

/// The most context classes the filter can weigh (rows `clause_class=NAME`,
/// `sentence_class=NAME`).
const MAX_CLASSES: usize = 16;

/// The weights of `data/events/filter.tsv`, by feature group.
#[derive(Debug, Clone)]
pub(crate) struct Filter {
    /// Events whose probability is under this are made background.
    threshold: f64,
    /// A kind's own threshold (row `threshold=KIND`), instead of `threshold`.
    kind_threshold: [Option<f64>; EventKind::ALL.len()],
    /// Context classes by name, with their weight in the trigger's clause and in the sentence
    /// (resolved against the classifier's lexicon by [`Scorer::resolve`]).
    classes: Vec<(String, f64, f64)>,
    /// The kinds the filter scores (others are left as they are).
    applies: [bool; EventKind::ALL.len()],
    flags: [f64; FLAGS.len()],
    numbers: [f64; NUMBERS.len()],
    kind: [f64; EventKind::ALL.len()],
    clause_cue: [f64; CUES.len()],
    sentence_cue: [f64; CUES.len()],
}

/// The bundled filter (`data/events/filter.tsv`), read on first use.
pub(crate) static BUNDLED: Lazy<Filter> = Lazy::new(|| {
    // The bundled file is checked by the tests; should it ever fail, no event is filtered.
    Filter::parse(include_str!("../../data/events/filter.tsv")).unwrap_or_else(|_| Filter::off())
});

fn kind_index(k: EventKind) -> usize {
    EventKind::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

impl Filter {
    /// A filter that makes nothing background.
    fn off() -> Filter {
        Filter {
            threshold: 0.0,
            kind_threshold: [None; EventKind::ALL.len()],
            classes: Vec::new(),
            applies: [false; EventKind::ALL.len()],
            flags: [0.0; FLAGS.len()],
            numbers: [0.0; NUMBERS.len()],
            kind: [0.0; EventKind::ALL.len()],
            clause_cue: [0.0; CUES.len()],
            sentence_cue: [0.0; CUES.len()],
        }
    }

    /// Reads the TSV of weights: `feature`, `weight`, `comment`; `#` lines are comments. The
    /// row `threshold` holds the threshold (`threshold=KIND`: that kind's own), the row
    /// `applies_to` the kinds (`;`-separated) in its weight column; `clause_class=NAME` and
    /// `sentence_class=NAME` weigh a context class of `contexts.tsv` (at most
    /// [`MAX_CLASSES`] names). Errors name the line.
    pub(crate) fn parse(tsv: &str) -> Result<Filter, String> {
        let mut f = Filter::off();
        let mut header = false;
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (name, value) = (
                cols.next().unwrap_or("").trim(),
                cols.next().unwrap_or("").trim(),
            );
            if !header {
                if name != "feature" || value != "weight" {
                    return Err(format!(
                        "line {}: the header must be `feature weight comment`",
                        n + 1
                    ));
                }
                header = true;
                continue;
            }
            let err = |m: &str| format!("line {}: `{name}`: {m}", n + 1);
            if name == "applies_to" {
                for k in value.split(';').map(str::trim).filter(|k| !k.is_empty()) {
                    let k: EventKind = k.parse().map_err(|_| err("unknown event kind"))?;
                    f.applies[kind_index(k)] = true;
                }
                continue;
            }
            let w: f64 = value.parse().map_err(|_| err("the weight is no number"))?;
            if !w.is_finite() {
                return Err(err("the weight is no finite number"));
            }
            if let Some((scope, class)) = name
                .strip_prefix("clause_class=")
                .map(|c| (0, c))
                .or_else(|| name.strip_prefix("sentence_class=").map(|c| (1, c)))
            {
                if class.is_empty() {
                    return Err(err("no class name"));
                }
                let i = match f.classes.iter().position(|c| c.0 == class) {
                    Some(i) => i,
                    None if f.classes.len() < MAX_CLASSES => {
                        f.classes.push((class.to_string(), 0.0, 0.0));
                        f.classes.len() - 1
                    }
                    None => return Err(err("more context classes than the filter weighs")),
                };
                if scope == 0 {
                    f.classes[i].1 = w;
                } else {
                    f.classes[i].2 = w;
                }
                continue;
            }
            let in_range = || {
                if (0.0..1.0).contains(&w) {
                    Ok(())
                } else {
                    Err(err("the threshold must be in [0, 1)"))
                }
            };
            if let Some(k) = name.strip_prefix("threshold=") {
                let k: EventKind = k.parse().map_err(|_| err("unknown event kind"))?;
                in_range()?;
                f.kind_threshold[kind_index(k)] = Some(w);
                continue;
            }
            let slot = if name == "threshold" {
                in_range()?;
                &mut f.threshold
            } else if let Some(i) = FLAGS.iter().position(|x| *x == name) {
                &mut f.flags[i]
            } else if let Some(i) = NUMBERS.iter().position(|x| *x == name) {
                &mut f.numbers[i]
            } else if let Some(k) = name.strip_prefix("kind=") {
                let k: EventKind = k.parse().map_err(|_| err("unknown event kind"))?;
                &mut f.kind[kind_index(k)]
            } else if let Some(i) = name
                .strip_prefix("clause_cue=")
                .and_then(|c| CUES.iter().position(|x| *x == c))
            {
                &mut f.clause_cue[i]
            } else if let Some(i) = name
                .strip_prefix("sentence_cue=")
                .and_then(|c| CUES.iter().position(|x| *x == c))
            {
                &mut f.sentence_cue[i]
            } else {
                return Err(err("unknown feature"));
            };
            *slot = w;
        }
        if !header {
            return Err("no header line `feature weight comment`".into());
        }
        Ok(f)
    }

    /// The filter with the thresholds of its file, or `threshold` instead for every kind. Its
    /// context classes weigh nothing until [`Scorer::resolve`].
    pub(crate) fn at(&self, threshold: Option<f64>) -> Scorer<'_> {
        Scorer {
            filter: self,
            threshold,
            classes: [(0, 0.0, 0.0); MAX_CLASSES],
            n_classes: 0,
        }
    }

    /// The estimated probability that an event of `kind` with features `x` is reported news
    /// (without the context classes: see [`Scorer::probability`]).
    #[cfg(test)]
    pub(crate) fn probability(&self, kind: EventKind, x: &Feats) -> f64 {
        1.0 / (1.0 + (-self.z(kind, x)).exp())
    }

    /// The sum of the weights of the features of `x` but the context classes.
    fn z(&self, kind: EventKind, x: &Feats) -> f64 {
        let mut z = self.kind[kind_index(kind)];
        for (w, on) in self.flags.iter().zip(x.flags()) {
            if on {
                z += w;
            }
        }
        for (w, v) in self.numbers.iter().zip(x.numbers()) {
            z += w * v;
        }
        for i in 0..CUES.len() {
            if x.clause_cues & (1 << i) != 0 {
                z += self.clause_cue[i];
            }
            if x.sentence_cues & (1 << i) != 0 {
                z += self.sentence_cue[i];
            }
        }
        z
    }
}

/// A filter, the threshold it is applied at and its context classes' bits in a lexicon.
#[derive(Clone, Copy)]
pub(crate) struct Scorer<'f> {
    filter: &'f Filter,
    /// The threshold for every kind instead of the file's.
    threshold: Option<f64>,
    /// Bit of a context class in `lex`, its weight in the trigger's clause, in the sentence.
    classes: [(u8, f64, f64); MAX_CLASSES],
    n_classes: usize,
}

impl Scorer<'_> {
    /// The filter's context classes looked up in `lex` (a class it lacks weighs nothing).
    pub(crate) fn resolve(mut self, lex: &Lexicon) -> Self {
        self.n_classes = 0;
        for (name, c, s) in &self.filter.classes {
            if let Some(bit) = lex.class_named(name) {
                self.classes[self.n_classes] = (bit, *c, *s);
                self.n_classes += 1;
            }
        }
        self
    }

    /// The same filter and context classes at `threshold` (see [`Filter::at`]).
    pub(crate) fn with_threshold(&self, threshold: Option<f64>) -> Self {
        Scorer { threshold, ..*self }
    }

    /// The threshold of `kind`.
    fn threshold(&self, kind: EventKind) -> f64 {
        self.threshold.unwrap_or_else(|| {
            self.filter.kind_threshold[kind_index(kind)].unwrap_or(self.filter.threshold)
        })
    }

    /// Whether the filter scores events of `kind` (never at threshold 0).
    pub(crate) fn applies(&self, kind: EventKind) -> bool {
        self.threshold(kind) > 0.0 && self.filter.applies[kind_index(kind)]
    }

    /// The estimated probability that an event of `kind` with features `x` is reported news.
    pub(crate) fn probability(&self, kind: EventKind, x: &Feats) -> f64 {
        let mut z = self.filter.z(kind, x);
        for &(bit, c, s) in &self.classes[..self.n_classes] {
            if x.clause_classes.contains(bit) {
                z += c;
            }
            if x.sentence_classes.contains(bit) {
                z += s;
            }
        }
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether an event the filter applies to is kept as reported.
    pub(crate) fn keeps(&self, kind: EventKind, x: &Feats) -> bool {
        self.probability(kind, x) >= self.threshold(kind)
    }
}

thread_local! {
    /// When set, the features of every event the classifier returns on this thread, and the
    /// threshold the filter is applied at meanwhile (`None`: its file's).
    static COLLECT: RefCell<Option<(Vec<Collected>, Option<f64>)>> = const { RefCell::new(None) };
}

/// The features of one event, its matched form, the bundled filter's probability and whether
/// the filter made it background.
type Collected = (Feats, String, f64, bool);

/// The filter to apply on this thread (its context classes looked up in the lexicon), and whether
/// features are collected.
///
/// `resolved`: the bundled filter with its context classes looked up in the lexicon,
/// `BUNDLED.at(None).resolve(lex)`, which a classifier keeps from its construction, so that a
/// document costs no look-up of class names.
pub(crate) fn active_resolved(resolved: &Scorer<'static>) -> (Scorer<'static>, bool) {
    COLLECT.with(|c| match &*c.borrow() {
        None => (resolved.with_threshold(None), false),
        Some((_, threshold)) => (resolved.with_threshold(*threshold), true),
    })
}

/// Keeps the features of an event (found in normalized `text`) when
/// [`EventClassifier::classify_with_features`] asked, with the filter's probability.
pub(crate) fn collect(
    f: Option<&Feats>,
    kind: EventKind,
    filtered: bool,
    text: &str,
    scorer: &Scorer<'_>,
) {
    COLLECT.with(|c| {
        if let Some((v, _)) = c.borrow_mut().as_mut() {
            let f = f.cloned().unwrap_or_default();
            let p = scorer.probability(kind, &f);
            let form = text.get(f.form.clone()).unwrap_or("").to_string();
            v.push((f, form, p, filtered));
        }
    });
}

/// One event with what the filter saw. For fitting and studying the filter; not part of the
/// API.
#[doc(hidden)]
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FeaturedEvent {
    /// The event (made background when the filter was applied and dropped it).
    pub event: Event,
    /// Its features by name (the context classes too, which the fitted model leaves out).
    pub features: Vec<(String, f64)>,
    /// The matched trigger form (normalized).
    pub form: String,
    /// The bundled filter's probability that it is reported news.
    pub probability: f64,
    /// The filter made it background.
    pub filtered: bool,
}

impl EventClassifier {
    /// The events of `text` (as [`classify`](Self::classify); the bundled event filter applied
    /// at `threshold` instead of its file's when given, 0: not applied) with the features of
    /// the trigger that names each, for fitting and studying the filter
    /// (`tools/fit_event_filter.py`). Not part of the API.
    #[doc(hidden)]
    pub fn classify_with_features(&self, text: &str, threshold: Option<f64>) -> Vec<FeaturedEvent> {
        /// Stops the collection on this thread when dropped, also if `classify` unwinds (else
        /// every later call on the thread would keep features, unbounded).
        struct Stop;
        impl Drop for Stop {
            fn drop(&mut self) {
                COLLECT.with(|c| c.borrow_mut().take());
            }
        }
        COLLECT.with(|c| *c.borrow_mut() = Some((Vec::new(), threshold)));
        let stop = Stop;
        let events = self.classify(text);
        let feats = COLLECT
            .with(|c| c.borrow_mut().take())
            .map(|(v, _)| v)
            .unwrap_or_default();
        drop(stop);
        events
            .into_iter()
            .zip(feats)
            .map(|(event, (f, form, probability, filtered))| FeaturedEvent {
                features: f.named(event.kind, &self.lexicon),
                event,
                form,
                probability,
                filtered,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_file_parses_and_is_on() {
        let f = Filter::parse(include_str!("../../data/events/filter.tsv")).expect("bundled");
        assert_eq!(f.threshold, 0.2);
        assert!(f.applies[kind_index(EventKind::Protest)]);
        assert!(!f.applies[kind_index(EventKind::Meeting)]);
        assert!(f.at(None).applies(EventKind::Casualties));
        assert!(!f.at(None).applies(EventKind::ArmedClash));
        assert!(EventKind::ALL.iter().all(|&k| !f.at(Some(0.0)).applies(k)));
        assert!(f.at(Some(0.2)).applies(EventKind::Bombing));
        assert!(!f.at(Some(0.2)).applies(EventKind::Airstrike));
        // Every context class the file weighs is one of the bundled lexicon's.
        let lex = &EventClassifier::libya().lexicon;
        assert!(f.classes.iter().all(|(c, ..)| lex.class_named(c).is_some()));
    }

    #[test]
    fn bad_files_name_the_line() {
        let head = "feature\tweight\tcomment\n";
        for (name, body, wants) in [
            ("no_header", "bias\t1\n", "header"),
            (
                "unknown_feature",
                "colour=red\t1\n",
                "line 2: `colour=red`: unknown feature",
            ),
            ("bad_weight", "bias\tmany\n", "no number"),
            ("infinite_weight", "bias\tinf\n", "finite"),
            ("threshold_out_of_range", "threshold\t1.5\n", "[0, 1)"),
            (
                "unknown_kind",
                "applies_to\tbombing;picnic\n",
                "unknown event kind",
            ),
            (
                "unknown_kind_weight",
                "kind=picnic\t1\n",
                "unknown event kind",
            ),
            (
                "unknown_kind_threshold",
                "threshold=picnic\t0.2\n",
                "unknown event kind",
            ),
            (
                "kind_threshold_out_of_range",
                "threshold=protest\t1\n",
                "[0, 1)",
            ),
            ("empty_class", "clause_class=\t1\n", "no class name"),
        ] {
            let tsv = if name == "no_header" {
                body.to_string()
            } else {
                format!("{head}{body}")
            };
            let err = Filter::parse(&tsv).err().unwrap_or_default();
            assert!(err.contains(wants), "{name}: {err}");
        }
        assert!(Filter::parse("").is_err());
    }

    #[test]
    fn collection_stops_after_the_call() {
        let clf = EventClassifier::libya();
        let got = clf.classify_with_features("قتل ثلاثة أشخاص في طرابلس أمس", None);
        assert!(!got.is_empty());
        assert!(
            !active_resolved(&clf.filter_classes.0).1,
            "still collecting"
        );
        assert!(COLLECT.with(|c| c.borrow().is_none()));
    }

    /// The context classes a classifier keeps from its construction are those a document
    /// would look up in its lexicon (the bundled lexicon, and one without classes).
    #[test]
    fn the_classifier_keeps_the_classes_its_lexicon_resolves() {
        let empty = EventClassifier::new(&Lexicon::new());
        for clf in [EventClassifier::libya(), &empty] {
            let kept = clf.filter_classes.0;
            let fresh = BUNDLED.at(None).resolve(&clf.lexicon);
            assert_eq!(kept.n_classes, fresh.n_classes);
            assert_eq!(
                kept.classes[..kept.n_classes],
                fresh.classes[..fresh.n_classes]
            );
            assert_eq!(kept.threshold, None);
        }
        assert!(EventClassifier::libya().filter_classes.0.n_classes > 0);
        assert_eq!(empty.filter_classes.0.n_classes, 0);
    }

    #[test]
    fn weights_add_up() {
        let f = Filter::parse(
            "feature\tweight\tcomment\nthreshold\t0.5\t\napplies_to\tprotest\t\nbias\t-1\t\n\
             definite\t2\t\nkind=protest\t0.5\t\nclause_cue=negated\t-4\t\nweight\t1\t\n",
        )
        .expect("parses");
        let mut x = Feats {
            definite: true,
            weight: 0.5,
            ..Feats::default()
        };
        // z = -1 + 2 + 0.5 + 0.5 = 2
        let p = f.probability(EventKind::Protest, &x);
        assert!((p - 1.0 / (1.0 + (-2.0f64).exp())).abs() < 1e-9);
        assert!(f.at(None).keeps(EventKind::Protest, &x));
        x.clause_cues = 1 << 1;
        assert!(!f.at(None).keeps(EventKind::Protest, &x));
        assert!(!f.at(None).applies(EventKind::Bombing));
    }

    #[test]
    fn kind_thresholds_and_context_classes() {
        let lex = &EventClassifier::libya().lexicon;
        let f = Filter::parse(
            "feature\tweight\tcomment\nthreshold\t0.5\t\nthreshold=protest\t0.2\t\n\
             applies_to\tprotest;bombing\t\nbias\t-1\t\nclause_class=charge\t-3\t\n\
             sentence_class=charge\t1\t\nsentence_class=today\t2\t\n\
             clause_class=no_such_class\t9\t\n",
        )
        .expect("parses");
        let x = Feats::default();
        // p = 1 / (1 + e) = 0.27: under the file's 0.5, over protest's own 0.2.
        let s = f.at(None).resolve(lex);
        assert!(s.keeps(EventKind::Protest, &x));
        assert!(!s.keeps(EventKind::Bombing, &x));
        assert!(!f.at(Some(0.3)).resolve(lex).keeps(EventKind::Protest, &x));
        assert!(!f.at(Some(0.0)).applies(EventKind::Protest));
        let bit = |name: &str| {
            let mut set = ClassSet::default();
            set.insert(lex.class_named(name).expect("a bundled class"));
            set
        };
        let today = Feats {
            sentence_classes: bit("today"),
            ..Feats::default()
        };
        // z = -1 + 2 = 1: kept; unresolved, the classes weigh nothing: not kept.
        assert!(
            (s.probability(EventKind::Bombing, &today) - 1.0 / (1.0 + (-1.0f64).exp())).abs()
                < 1e-9
        );
        assert!(s.keeps(EventKind::Bombing, &today));
        assert!(!f.at(None).keeps(EventKind::Bombing, &today));
        let charge = Feats {
            clause_classes: bit("charge"),
            sentence_classes: bit("charge") | bit("today"),
            ..Feats::default()
        };
        // z = -1 - 3 + 1 + 2 = -1.
        assert!(
            (s.probability(EventKind::Bombing, &charge) - 1.0 / (1.0 + 1.0f64.exp())).abs() < 1e-9
        );
        let many: String = (0..=MAX_CLASSES)
            .map(|i| format!("clause_class=c{i}\t1\t\n"))
            .collect();
        let err = Filter::parse(&format!("feature\tweight\tcomment\n{many}"))
            .err()
            .unwrap_or_default();
        assert!(err.contains("more context classes"), "{err}");
    }
}
