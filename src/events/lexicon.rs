//! The event lexicon: triggers, modality cues and clause words, blocking contexts and context
//! classes, read from tab-separated files an analyst can edit.
//!
//! Every file has a header row that names its table; lines starting with `#` are comments.
//! Patterns are written in ordinary Arabic spelling and normalized with
//! [`Normalizer::search`] when loaded, so `إطلاق`, `اطلاق` and `إطْلاق` are one pattern.
//!
//! | header | table | columns |
//! |---|---|---|
//! | `kind pattern pos weight context sub_event` | triggers | event kind, pattern, part of speech, weight in (0, 1], context rules, ACLED sub-event type override |
//! | `cue type scope reach priority certainty pos` | modality cues and clause words | see below |
//! | `kind block` | blocking contexts | the kind blocked (`*` for all), the phrase |
//! | `class pattern pos` | context classes | a class name, a pattern, part of speech |
//! | `stop note` | stop words | a common word that generated inflections never produce |
//! | `word same note` | same words | a later word of a pattern also matches this spelling |
//!
//! **Stop words.** `V` and `N` rows generate inflections, and a few of them are spelled like
//! common words (the jussive `يود` of `أودى` is «wants», `توقف` of `أوقف` is «stopped»). A
//! `stop` table lists such words: a generated form equal to one is dropped (whichever table
//! came first); the spellings a row writes itself are always kept.
//!
//! **Same words.** A `word same` table lists words that stand for one another after the first
//! word of a pattern, each with and without its article (`النار` and its plural `النيران`: `وقف
//! إطلاق النار` also matches `وقف إطلاق النيران`). It applies to the rows loaded after it, so
//! the bundled `samewords.tsv` is read first.
//!
//! **Gaps.** `..` in a pattern lets up to three words stand at that place (`..N`: up to N, at
//! most 4; `..0`: none), so that verb-subject-object sentences match (`أطلق .. النار` matches
//! `أطلق مسلحون النار`). A `V` row with more words than its verb leaves a gap of two words after
//! the verb unless it writes one (`..0` keeps the words adjacent). The gap stays inside its
//! clause: only spaces between the words, no clause word, complementizer or conjoined verb
//! (`وأكدوا`) in it, except an aside set off by commas that dates the clause or names the
//! subject with its title (`، يوم الجمعة،`, `، المستشار الصديق الصور،`), which stands there as
//! none of its words, and a date's words, which are not counted (`أطلق مسلحون مساء أمس النار`;
//! one comma after them closes them); the words after the gap start a word and end one (a pronoun may follow,
//! or anything after a final `*`). Only the head hides the shorter patterns inside the words
//! (`القصف` in `أودى القصف بحياة` stays a trigger); the tail hides the shorter triggers that
//! begin where it begins. The event's trigger span is the head when the gap holds words (the
//! subject stays outside it), the whole phrase when it does not. Blockers take no gap.
//!
//! **Patterns.** Words separated by spaces. A leading `ال` on the first word of a noun pattern
//! makes the article required (`التدخل` is not the verb `تدخل`); write the word without it to
//! allow both. Later words of three letters or more match with or without an article
//! (`وقف إطلاق النار` also matches `وقف إطلاق نار`, `غرفة عمليات` also `غرفة العمليات`). A
//! two-word noun trigger (noun and adjective) also matches with a possessive on its noun and
//! the article on its adjective (`دعم عسكري` → `دعمها العسكري`). A final `*` lets the last word run on (`قد ي*` matches `قد يندلع`).
//!
//! **Parts of speech** decide which clitics a match may carry: `v` verb (و ف, the future `س`
//! before an imperfect, `ل`; object pronouns and the endings `ون` `ان` `وا` `ا` after; never
//! a feminine `ة`, which the normalized text writes `ه`), `n` noun and `m` verbal noun (و ف, ب ل
//! ك, the article; possessive pronouns and the accusative `ا` after; a final `ة` may be
//! written `ت` before a pronoun), `p` particle (و ف before, nothing after). A verbal noun with
//! a bare `ل` (`لوقف إطلاق النار`) states a purpose: the event is planned unless a cue says
//! otherwise. A one-word `n` or `m` trigger also matches its dual without the article (`غارة`
//! → `غارتين`, `انفجار` → `انفجاران`; the definite dual refers back to events already told). `V` is a verb lemma `PERFECT/IMPERFECT` with all its persons (see
//! `inflect`; a defective perfect also before an object pronoun, `أرداها`), `N` a participle with its endings, and `F` a verb lemma in the future only
//! (`قابل/يقابل` → `سيقابل`, `ستقابلون`): a cue of what a coming act brings
//! (`سيقابل بتدخل مباشر`) without making the present tense a cue.
//!
//! **Context rules** (triggers, comma-separated): `+class` keeps the trigger only when a word of
//! the class is in its clause, `+class@N` only when one starts within N words after it,
//! `+class@-N` within N words before it, `+class@-+N` on either side (a window that reaches
//! before also reads the words inside a gapped pattern, `تعرض عدد من المدنيين لإطلاق نار`);
//! `-class` / `-class@N` drop it in the same conditions; `class>kind` changes its kind when the
//! class occurs in its clause or a clause before it, within four words after it, or in a later
//! clause with no event phrase of its own that holds a word of the class (`قصف` is shelling,
//! and an airstrike when the sentence speaks of aircraft that are not another strike's);
//! `~class` makes an asserted noun or verbal noun trigger
//! *background* (mentioned, not reported) unless its clause anchors it as news: a word of the
//! class (occurrence verbs, times, number words), an event verb, a number in digits, a place
//! of the gazetteer or a modality cue (`استمرار الاغتيالات` refers to killings; `اغتيال النائب
//! أمس في بيروت` reports one); `^class` makes an asserted imperfect form of a verb trigger
//! background (a habit or a kind of deed: `الذين يقتلون الناس`, `الذي يقتل ويخطف`) unless it
//! opens the sentence, as headlines do (`مسلحون يختطفون مسؤولا`), or a word of the class is in
//! its clause.
//!
//! **Cues.** `type` is a modality (`asserted negated planned demanded hypothetical`),
//! `background` (the event nouns it governs are mentioned, not reported: the object of a
//! charge, a trial or an investigation, an earlier event referred back to with `منذ` or
//! `ذكرى`; it leaves verbs alone and does not change the modality), `span` (a span of
//! time or a series over which the clause tallies events: `منذ مطلع العام`, `شهريا`, `عمليات
//! خطف`; the asserted events it governs, verbs included, are background, a count or history
//! rather than news told), `none` (a phrase that only hides the shorter cues inside it, such as `لا سيما`), or a clause word:
//! `clause` (starts a clause: `لكن`, `حيث`), `relative` (starts a relative clause: `الذي`,
//! `التي`; the event verbs in it describe a person or thing of the sentence, `الرهينة التي
//! خطفت أمس`, and are background) or `complement` (starts a complement clause that cues with
//! scope `fwd+` reach into: `أن`, `بأن`). `scope` is `fwd` (the words
//! after the cue in its clause), `fwd+` (also across commas, quotes and complementizers; a
//! `background` or `span` cue not into a complement clause: what is said there is told), `bwd`
//! (the words before it in its clause) or `both`. `reach` is the largest number of words
//! between cue and trigger (0: the whole scope, at most 30 words). When several cues reach a
//! trigger the highest `priority` wins, then the nearest; a cue of priority 0 is weak: the
//! cue a conjunct inherits from the head of its list wins over it. `certainty` in (0, 1]
//! multiplies the event's confidence.

use super::inflect::{self, cat};
use crate::error::Error;
use crate::events::{EventKind, Modality};
use crate::normalize::Normalizer;
use std::path::Path;

/// Part of speech of a pattern: decides which clitics a match may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Verb,
    Noun,
    Masdar,
    Particle,
}

/// One rule of a trigger's context column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ContextRule {
    /// Keep only when the class occurs (in the clause, or in the window of words around).
    Require { class: u8, within: Option<Window> },
    /// Drop when the class occurs (in the clause, or in the window of words around).
    Forbid { class: u8, within: Option<Window> },
    /// Change the kind when the class occurs in the sentence.
    Retype { class: u8, kind: EventKind },
    /// An asserted nominal trigger is background unless its clause anchors it: a word of the
    /// class, an event verb, a number, a place or a modality cue.
    Anchor { class: u8 },
    /// An asserted imperfect verb tells a habit or a kind of deed (`الذين يقتلون الناس`), so
    /// it is background, unless it opens the sentence (a headline: `مسلحون يختطفون مسؤولا`)
    /// or its clause holds a word of the class (`اليوم`).
    Habit { class: u8 },
}

/// Words around a trigger where a context class is looked for: `before` words before its
/// first word, `after` words after its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub before: u8,
    pub after: u8,
}

/// What a cue does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum CueType {
    Modality(Modality),
    /// Makes the nominal triggers it governs background: mentions, not reports.
    Background,
    /// A span of time or a series over which its clause tallies events (`منذ مطلع العام`,
    /// `شهريا`, `عمليات خطف`): the asserted events it governs, verbs included, are a tally or
    /// history, background.
    Span,
    None,
    Clause,
    /// A clause word that opens a relative clause (`الذي`, `التي`): the event verbs of the
    /// clause it opens describe a person or thing of the main clause, so they are background.
    Relative,
    Complement,
}

/// The words a cue governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Fwd,
    FwdPlus,
    Bwd,
    Both,
}

#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub kind: EventKind,
    pub weight: f32,
    pub context: Vec<ContextRule>,
    pub sub_event: Option<String>,
    /// A participant (`N` row: `متظاهرون`): it names the agents of the event, so cues of
    /// demand, plan or possibility before it govern what they do, not whether they act.
    pub agent: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub kind: CueType,
    pub scope: Scope,
    pub reach: u8,
    pub priority: u8,
    pub certainty: f32,
}

impl Cue {
    /// The most words between this cue and a trigger it governs.
    pub fn reach_words(&self) -> usize {
        match self.reach {
            0 => crate::events::MAX_REACH,
            n => (n as usize).min(crate::events::MAX_REACH),
        }
    }
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Trigger(u32),
    Cue(u32),
    /// Blocks triggers of a kind (`None`: of every kind).
    Blocker(Option<EventKind>),
    Context(u8),
}

/// One normalized string of the automaton with its matching rules.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub text: String,
    pub role: Role,
    pub pos: Pos,
    /// The first word must carry the article (it was stripped from `text`).
    pub article: bool,
    /// The first word must not carry the article: a generated dual (`غارتين`) tells two new
    /// events; the definite one (`الغارتين`) refers back to two already told.
    pub indefinite: bool,
    /// The last word may run on (`*`).
    pub open_end: bool,
    /// The final `ة` is written `ت`, or a defective perfect ends in `ا` (`أرداها`): a pronoun
    /// suffix must follow.
    pub needs_suffix: bool,
    /// Words that must follow after a gap of at most `gap` words (`أطلق مسلحون النار`).
    pub tail: Option<std::sync::Arc<Tail>>,
    /// An inflection the lexicon generated (from a `V` or `N` row), not a spelling a row
    /// wrote: a `stop` table removes it when it is a common word.
    pub generated: bool,
    /// A verb in the imperfect (`يحاصر`, `تسيطر`): an ongoing or habitual state, not a past
    /// deed. Known for the inflections of a `V` row; a written `v` spelling is imperfect when
    /// it starts with `ي` or `ن`.
    pub imperfect: bool,
}

/// The words of a pattern after its gap: they must follow the matched head within `gap`
/// words of the same clause (no punctuation, clause word or conjoined verb between).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tail {
    /// The most words that may stand between the head and the tail.
    pub gap: u8,
    /// The tail's spellings (later words with and without their article).
    pub texts: Vec<String>,
    /// The first words of `texts`, each once (with and without the article, and the same words),
    /// split once here rather than at every look for a title in a gap (`subject_end`).
    pub first_words: Vec<String>,
    /// The last word may run on (`*`).
    pub open_end: bool,
}

/// The gap a `V` row with more words leaves between its verb and the rest when it writes no
/// gap of its own: the subject of a verb-subject-object sentence (`أطلق مسلحون النار`,
/// `لقي ثلاثة مدنيين مصرعهم`).
pub(crate) const VERB_ROW_GAP: u8 = 2;

/// The largest gap a pattern may ask for.
pub(crate) const MAX_GAP: u8 = 4;

/// Splits a pattern at its gap marker: `..` (up to 3 words) or `..N` (up to N words; `..0`
/// none). Returns the head, and the tail with its gap.
fn split_gap(pattern: &str) -> Result<(String, Option<(String, u8)>), String> {
    let words: Vec<&str> = pattern.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| w.starts_with("..")) else {
        return Ok((pattern.to_string(), None));
    };
    let n = &words[at][2..];
    let gap = if n.is_empty() {
        3
    } else {
        n.parse::<u8>()
            .map_err(|_| format!("`{pattern}`: a gap is written `..` or `..N`"))?
    };
    if gap > MAX_GAP {
        return Err(format!("`{pattern}`: a gap of at most {MAX_GAP} words"));
    }
    if at == 0 || at + 1 == words.len() || words[at + 1..].iter().any(|w| w.starts_with("..")) {
        return Err(format!(
            "`{pattern}`: one gap, with words before and after it"
        ));
    }
    Ok((
        words[..at].join(" "),
        Some((words[at + 1..].join(" "), gap)),
    ))
}

/// An event lexicon: trigger patterns per kind, modality cues, clause words, blocking contexts
/// and context classes.
///
/// [`Lexicon::bundled`] is the lexicon shipped in `data/events/`; [`Lexicon::add_tsv`] and
/// [`Lexicon::add_file`] add an analyst's tables to it (or to [`Lexicon::new`]). Build an
/// [`EventClassifier`](crate::events::EventClassifier) from it with
/// [`EventClassifier::new`](crate::events::EventClassifier::new).
///
/// ```
/// use libya_nlp::events::{EventClassifier, EventKind, Lexicon};
/// let mut lex = Lexicon::bundled();
/// lex.add_tsv("kind\tpattern\tpos\tweight\nprotest\tإضراب عام\tn\t0.8\n", "mine.tsv").unwrap();
/// let clf = EventClassifier::new(&lex);
/// assert_eq!(clf.classify("بدأ إضراب عام في المدينة")[0].kind, EventKind::Protest);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub(crate) triggers: Vec<Trigger>,
    pub(crate) cues: Vec<Cue>,
    pub(crate) forms: Vec<Form>,
    pub(crate) classes: Vec<String>,
    /// Common words that generated inflections never produce (normalized).
    pub(crate) stops: Vec<String>,
    /// Words that stand for one another after a pattern's first word (normalized, without
    /// their article): each pair once.
    pub(crate) same: Vec<(String, String)>,
}

const BUNDLED: &[(&str, &str)] = &[
    (
        "data/events/samewords.tsv",
        include_str!("../../data/events/samewords.tsv"),
    ),
    (
        "data/events/stopforms.tsv",
        include_str!("../../data/events/stopforms.tsv"),
    ),
    (
        "data/events/contexts.tsv",
        include_str!("../../data/events/contexts.tsv"),
    ),
    (
        "data/events/triggers.tsv",
        include_str!("../../data/events/triggers.tsv"),
    ),
    (
        "data/events/cues.tsv",
        include_str!("../../data/events/cues.tsv"),
    ),
    (
        "data/events/blockers.tsv",
        include_str!("../../data/events/blockers.tsv"),
    ),
];

impl Lexicon {
    /// An empty lexicon.
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// assert_eq!(Lexicon::new().len(), 0);
    /// ```
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The lexicon shipped with the crate (`data/events/*.tsv`).
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// assert!(Lexicon::bundled().len() > 500);
    /// ```
    pub fn bundled() -> Lexicon {
        let mut lex = Lexicon::new();
        for (name, text) in BUNDLED {
            if let Err(e) = lex.add_tsv(text, name) {
                // The bundled data is checked by the test suite; a failure is a build defect.
                panic!("bundled event lexicon: {e}");
            }
        }
        lex
    }

    /// The number of patterns (every spelling variant counts: a one-word noun brings its dual).
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// let mut lex = Lexicon::new();
    /// lex.add_tsv("kind\tpattern\tpos\tweight\nprotest\tاعتصام\tn\t0.9\n", "x.tsv").unwrap();
    /// // `اعتصام` and its dual `اعتصامان`, `اعتصامين`.
    /// assert_eq!(lex.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when the lexicon has no pattern.
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// assert!(Lexicon::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Reads a lexicon file (any of the four tables, told apart by its header row) and adds
    /// its rows.
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// let err = Lexicon::new().add_file("/no/such/file.tsv").unwrap_err();
    /// assert!(err.to_string().starts_with("/no/such/file.tsv"));
    /// ```
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Lexicon, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            file: name.clone(),
            source: std::sync::Arc::new(source),
        })?;
        self.add_tsv(&text, &name)
    }

    /// [`add_file`](Self::add_file) by value, for chaining from [`Lexicon::bundled`].
    ///
    /// # Errors
    ///
    /// As [`add_file`](Self::add_file): the file cannot be read, or a row is malformed.
    ///
    /// ```no_run
    /// use libya_nlp::Lexicon;
    /// let lexicon = Lexicon::bundled().with_file("my_triggers.tsv")?;
    /// # Ok::<(), libya_nlp::Error>(())
    /// ```
    pub fn with_file(mut self, path: impl AsRef<Path>) -> Result<Lexicon, Error> {
        self.add_file(path)?;
        Ok(self)
    }

    /// [`add_tsv`](Self::add_tsv) by value, for chaining from [`Lexicon::bundled`].
    ///
    /// # Errors
    ///
    /// A malformed row (the error names `file`, the line and the field); nothing is added.
    ///
    /// ```
    /// use libya_nlp::Lexicon;
    /// let lexicon = Lexicon::bundled()
    ///     .with_tsv("kind\tpattern\tpos\tweight\nprotest\tإضراب عام\tn\t0.8\n", "mine.tsv")?;
    /// assert!(lexicon.len() > Lexicon::bundled().len());
    /// # Ok::<(), libya_nlp::Error>(())
    /// ```
    pub fn with_tsv(mut self, text: &str, file: &str) -> Result<Lexicon, Error> {
        self.add_tsv(text, file)?;
        Ok(self)
    }

    /// Adds the rows of one table given as text; `file` names it in errors. The header row
    /// says which table it is (see the [module documentation](self)). On error nothing is
    /// added.
    ///
    /// ```
    /// use libya_nlp::events::Lexicon;
    /// let err = Lexicon::new()
    ///     .add_tsv("kind\tpattern\tpos\tweight\nbattle\tمعركة\tn\t0.9\n", "t.tsv")
    ///     .unwrap_err();
    /// assert_eq!(err.to_string(), "t.tsv:2: field `kind`: unknown event kind `battle`");
    /// ```
    pub fn add_tsv(&mut self, text: &str, file: &str) -> Result<&mut Lexicon, Error> {
        let before = (
            self.triggers.len(),
            self.cues.len(),
            self.forms.len(),
            self.classes.len(),
            self.stops.len(),
        );
        if let Err(e) = self.parse(file, text) {
            // Rows only ever append: cut back to where the table began.
            self.triggers.truncate(before.0);
            self.cues.truncate(before.1);
            self.forms.truncate(before.2);
            self.classes.truncate(before.3);
            self.stops.truncate(before.4);
            return Err(e);
        }
        // New stop words also remove the inflections generated before them.
        if self.stops.len() > before.4 {
            let new = &self.stops[before.4..];
            self.forms.retain(|f| {
                !(f.generated
                    && new
                        .iter()
                        .any(|w| f.text.split(' ').next() == Some(w.as_str())))
            });
        }
        Ok(self)
    }

    fn parse(&mut self, file: &str, text: &str) -> Result<(), Error> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .flexible(true)
            .quoting(false)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let data_err = |line: u64, field: &str, message: String| Error::Data {
            file: file.to_string(),
            line,
            field: field.to_string(),
            message,
        };
        let mut records = rdr.records();
        // The header is the first row that is not a comment.
        let mut headers = None;
        for rec in records.by_ref() {
            let rec = rec.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                data_err(line, "row", e.to_string())
            })?;
            if !is_comment(&rec) {
                headers = Some(rec);
                break;
            }
        }
        let Some(headers) = headers else {
            return Ok(());
        };
        let header_line = headers.position().map_or(1, |p| p.line());
        let table = match headers.get(0).map(str::trim) {
            Some("kind") if headers.iter().any(|h| h.trim() == "block") => Table::Blockers,
            Some("kind") => Table::Triggers,
            Some("cue") => Table::Cues,
            Some("class") => Table::Contexts,
            Some("stop") => Table::Stops,
            Some("word") => Table::Same,
            other => {
                return Err(data_err(
                    header_line,
                    "header",
                    format!(
                    "unknown table `{}`: the first column must be `kind`, `cue`, `class`, `stop` or `word`",
                    other.unwrap_or("")
                ),
                ))
            }
        };
        // The header's names, trimmed once (every field of every row is looked up by name).
        let names: Vec<&str> = headers.iter().map(str::trim).collect();
        let col = |name: &str| names.iter().position(|h| *h == name);
        let normalizer = Normalizer::search();
        for rec in records {
            let rec = rec.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                data_err(line, "row", e.to_string())
            })?;
            let line = rec.position().map_or(0, |p| p.line());
            if is_comment(&rec) {
                continue;
            }
            let get = |name: &str| -> Option<&str> {
                col(name)
                    .and_then(|i| rec.get(i))
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && *s != "-")
            };
            let need = |name: &str| -> Result<&str, Error> {
                get(name).ok_or_else(|| data_err(line, name, "missing value".into()))
            };
            let pos = |default: &str| -> Result<Spec, Error> {
                let p = get("pos").unwrap_or(default);
                parse_spec(p).ok_or_else(|| {
                    data_err(
                        line,
                        "pos",
                        format!("unknown part of speech `{p}` (v, n, m, p, V, N, F)"),
                    )
                })
            };
            match table {
                Table::Triggers => {
                    let kind = parse_kind(need("kind")?).ok_or_else(|| {
                        data_err(
                            line,
                            "kind",
                            format!("unknown event kind `{}`", need("kind").unwrap_or("")),
                        )
                    })?;
                    let pattern = need("pattern")?;
                    let pos = pos("n")?;
                    let weight = parse_unit(get("weight").unwrap_or("0.8"))
                        .ok_or_else(|| data_err(line, "weight", "not a number in (0, 1]".into()))?;
                    let context = match get("context") {
                        None => Vec::new(),
                        Some(s) => self
                            .parse_context(s)
                            .map_err(|m| data_err(line, "context", m))?,
                    };
                    let sub_event = get("sub_event").map(str::to_string);
                    if let Some(sub) = &sub_event {
                        if crate::events::Acled::from_sub_event(sub).is_none() {
                            return Err(data_err(
                                line,
                                "sub_event",
                                format!("`{sub}` is no ACLED sub-event type"),
                            ));
                        }
                    }
                    let idx = self.triggers.len() as u32;
                    self.triggers.push(Trigger {
                        kind,
                        weight,
                        context,
                        sub_event,
                        agent: matches!(pos, Spec::Participle),
                    });
                    self.add_entry(&normalizer, pattern, pos, Role::Trigger(idx))
                        .map_err(|m| data_err(line, "pattern", m))?;
                    for item in get("derived").map(list_items).unwrap_or_default() {
                        let (spec, pattern) = match item.split_once(':') {
                            Some((p, rest)) => (parse_spec(p.trim()), rest.trim()),
                            None => (None, item),
                        };
                        let spec = spec.ok_or_else(|| {
                            data_err(
                                line,
                                "derived",
                                format!("`{item}`: write POS:pattern with POS one of v n m p V N"),
                            )
                        })?;
                        self.add_entry(&normalizer, pattern, spec, Role::Trigger(idx))
                            .map_err(|m| data_err(line, "derived", m))?;
                    }
                }
                Table::Cues => {
                    let cue = need("cue")?;
                    let ty = need("type")?;
                    let kind = match ty {
                        "none" => CueType::None,
                        "background" => CueType::Background,
                        "span" => CueType::Span,
                        "clause" => CueType::Clause,
                        "relative" => CueType::Relative,
                        "complement" => CueType::Complement,
                        m => CueType::Modality(parse_modality(m).ok_or_else(|| {
                            data_err(line, "type", format!("unknown cue type `{m}`"))
                        })?),
                    };
                    let scope = match get("scope").unwrap_or("fwd") {
                        "fwd" => Scope::Fwd,
                        "fwd+" => Scope::FwdPlus,
                        "bwd" => Scope::Bwd,
                        "both" => Scope::Both,
                        s => {
                            return Err(data_err(
                                line,
                                "scope",
                                format!("unknown scope `{s}` (fwd, fwd+, bwd, both)"),
                            ))
                        }
                    };
                    let reach = get("reach")
                        .unwrap_or("0")
                        .parse::<u8>()
                        .map_err(|e| data_err(line, "reach", e.to_string()))?;
                    let priority = get("priority")
                        .unwrap_or("2")
                        .parse::<u8>()
                        .map_err(|e| data_err(line, "priority", e.to_string()))?;
                    let certainty =
                        parse_unit(get("certainty").unwrap_or("0.9")).ok_or_else(|| {
                            data_err(line, "certainty", "not a number in (0, 1]".into())
                        })?;
                    let pos = pos("p")?;
                    let idx = self.cues.len() as u32;
                    self.cues.push(Cue {
                        kind,
                        scope,
                        reach,
                        priority,
                        certainty,
                    });
                    self.add_entry(&normalizer, cue, pos, Role::Cue(idx))
                        .map_err(|m| data_err(line, "cue", m))?;
                }
                Table::Blockers => {
                    let kind = match need("kind")? {
                        "*" => None,
                        k => Some(parse_kind(k).ok_or_else(|| {
                            data_err(line, "kind", format!("unknown event kind `{k}`"))
                        })?),
                    };
                    let phrase = need("block")?;
                    let pos = pos("n")?;
                    self.add_entry(&normalizer, phrase, pos, Role::Blocker(kind))
                        .map_err(|m| data_err(line, "block", m))?;
                }
                Table::Stops => {
                    let word = normalizer.normalize(need("stop")?).into_owned();
                    if word.is_empty() || word.contains(char::is_whitespace) {
                        return Err(data_err(line, "stop", "one word".into()));
                    }
                    if !self.stops.contains(&word) {
                        self.stops.push(word);
                    }
                }
                Table::Same => {
                    let one = |name: &str| -> Result<String, Error> {
                        let w = normalizer.normalize(need(name)?).into_owned();
                        if w.is_empty() || !all_word_chars(&w) {
                            return Err(data_err(line, name, "one word".into()));
                        }
                        Ok(w.strip_prefix("ال")
                            .filter(|b| b.chars().count() >= 2)
                            .map_or_else(|| w.clone(), str::to_string))
                    };
                    let (a, b) = (one("word")?, one("same")?);
                    if a == b {
                        return Err(data_err(line, "same", "the word itself".into()));
                    }
                    if !self
                        .same
                        .iter()
                        .any(|(x, y)| (x, y) == (&a, &b) || (x, y) == (&b, &a))
                    {
                        self.same.push((a, b));
                    }
                }
                Table::Contexts => {
                    let class = need("class")?;
                    let id = self
                        .class_id(class, true)
                        .map_err(|m| data_err(line, "class", m))?;
                    let pattern = need("pattern")?;
                    let pos = pos("n")?;
                    self.add_entry(&normalizer, pattern, pos, Role::Context(id))
                        .map_err(|m| data_err(line, "pattern", m))?;
                }
            }
        }
        Ok(())
    }

    /// The id of the context class `name`, if a table defined it.
    pub(crate) fn class_named(&self, name: &str) -> Option<u8> {
        self.classes.iter().position(|c| c == name).map(|i| i as u8)
    }

    /// The id of a context class, created when `create`.
    fn class_id(&mut self, name: &str, create: bool) -> Result<u8, String> {
        if let Some(i) = self.classes.iter().position(|c| c == name) {
            return Ok(i as u8);
        }
        if !create {
            return Err(format!(
                "unknown context class `{name}` (define it in a `class` table first)"
            ));
        }
        if self.classes.len() >= MAX_CONTEXT_CLASSES {
            return Err(format!("more than {MAX_CONTEXT_CLASSES} context classes"));
        }
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!(
                "bad class name `{name}`: use ASCII letters, digits and _"
            ));
        }
        self.classes.push(name.to_string());
        Ok((self.classes.len() - 1) as u8)
    }

    fn parse_context(&mut self, s: &str) -> Result<Vec<ContextRule>, String> {
        let mut rules = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if let Some((class, kind)) = part.split_once('>') {
                let kind = parse_kind(kind.trim())
                    .ok_or_else(|| format!("unknown event kind `{kind}`"))?;
                rules.push(ContextRule::Retype {
                    class: self.class_id(class.trim(), false)?,
                    kind,
                });
                continue;
            }
            if let Some(class) = part.strip_prefix('~') {
                rules.push(ContextRule::Anchor {
                    class: self.class_id(class.trim(), false)?,
                });
                continue;
            }
            if let Some(class) = part.strip_prefix('^') {
                rules.push(ContextRule::Habit {
                    class: self.class_id(class.trim(), false)?,
                });
                continue;
            }
            let (require, rest) = match part.as_bytes()[0] {
                b'+' => (true, &part[1..]),
                b'-' => (false, &part[1..]),
                _ => {
                    return Err(format!(
                        "bad rule `{part}`: write +class, -class, +class@N or class>kind"
                    ))
                }
            };
            // `@N`: N words after; `@-N`: N words before; `@-+N` / `@+-N`: both.
            let (class, within) = match rest.split_once('@') {
                Some((c, n)) => {
                    let (before, after, digits) =
                        if let Some(d) = n.strip_prefix("-+").or_else(|| n.strip_prefix("+-")) {
                            (true, true, d)
                        } else if let Some(d) = n.strip_prefix('-') {
                            (true, false, d)
                        } else {
                            (false, true, n)
                        };
                    let d = digits
                        .parse::<u8>()
                        .map_err(|e| format!("bad distance in `{part}`: {e}"))?;
                    (
                        c,
                        Some(Window {
                            before: if before { d } else { 0 },
                            after: if after { d } else { 0 },
                        }),
                    )
                }
                None => (rest, None),
            };
            let class = self.class_id(class.trim(), false)?;
            rules.push(if require {
                ContextRule::Require { class, within }
            } else {
                ContextRule::Forbid { class, within }
            });
        }
        Ok(rules)
    }

    /// Adds a pattern as its part of speech says: a verb lemma (`V`, `PERFECT/IMPERFECT` as
    /// the first word) or a participle (`N`) with all their inflections, anything else as
    /// written.
    fn add_entry(
        &mut self,
        n: &Normalizer,
        pattern: &str,
        spec: Spec,
        role: Role,
    ) -> Result<(), String> {
        let (mut pattern, mut gapped) = split_gap(pattern.trim())?;
        // `..0`: no gap at all, the words are adjacent (a `V` row that wants no gap).
        let adjacent = matches!(gapped, Some((_, 0)));
        if let Some((t, 0)) = &gapped {
            pattern = format!("{pattern} {t}");
            gapped = None;
        }
        let pattern = pattern.as_str();
        if matches!(role, Role::Blocker(_)) && gapped.is_some() {
            return Err(format!("`{pattern}`: a blocker is a phrase without a gap"));
        }
        let (head, rest) = match pattern.split_once(char::is_whitespace) {
            Some((h, r)) => (h, r.trim()),
            None => (pattern, ""),
        };
        // A verb lemma's other words may stand after its subject (verb-subject-object).
        let mut rest = rest;
        if matches!(spec, Spec::Lemma | Spec::Future)
            && gapped.is_none()
            && !adjacent
            && !rest.is_empty()
        {
            gapped = Some((rest.to_string(), VERB_ROW_GAP));
            rest = "";
        }
        let tail = match &gapped {
            Some((t, gap)) => Some(std::sync::Arc::new(tail_of(n, t, *gap, &self.same)?)),
            None => None,
        };
        let with_rest = |w: &str| {
            if rest.is_empty() {
                w.to_string()
            } else {
                cat(&[w, " ", rest])
            }
        };
        // The perfect forms of a `V` row come first, this many: the others it generates are
        // imperfect.
        let mut n_perfect = 0;
        let forms = match spec {
            Spec::Pos(pos) => {
                let from = self.forms.len();
                self.add_forms(n, pattern, pos, role, tail.clone(), false)?;
                if pos == Pos::Verb {
                    for f in &mut self.forms[from..] {
                        f.imperfect = f.text.starts_with(['ي', 'ن']);
                    }
                }
                // A one-word event noun also names two new events in the dual (`غارتين`,
                // `انفجاران`); the definite dual (`التفجيرين`) refers back to two already told
                // and is not generated.
                if matches!(pos, Pos::Noun | Pos::Masdar)
                    && matches!(role, Role::Trigger(_))
                    && tail.is_none()
                    && !pattern.contains([' ', '*'])
                {
                    for dual in inflect::dual_forms(pattern) {
                        if !self.stops.contains(&n.normalize(&dual).into_owned()) {
                            let from = self.forms.len();
                            self.add_forms(n, &dual, pos, role, None, true)?;
                            for f in &mut self.forms[from..] {
                                f.indefinite = !f.article;
                            }
                        }
                    }
                }
                return Ok(());
            }
            Spec::Lemma | Spec::Future => {
                let (perfect, imperfect) = head.split_once('/').ok_or_else(|| {
                    format!("`{pattern}`: a verb lemma (V) is written PERFECT/IMPERFECT, like اختطف/يختطف")
                })?;
                let (perfect, imperfect) =
                    (n.normalize(perfect.trim()), n.normalize(imperfect.trim()));
                if perfect.is_empty() || !imperfect.starts_with('ي') {
                    return Err(format!(
                        "`{pattern}`: a verb lemma (V) is written PERFECT/IMPERFECT, the imperfect with ي"
                    ));
                }
                let (all, perfect_forms) = inflect::verb_forms_split(&perfect, &imperfect);
                if matches!(spec, Spec::Future) {
                    // Only the persons of the imperfect, with the future `س` (`سيقابل`); the
                    // first person singular (`ا…`) is left out (`سا` starts common words).
                    let future = all
                        .into_iter()
                        .skip(perfect_forms)
                        .filter(|f| f.starts_with(['ي', 'ت', 'ن']))
                        .map(|f| cat(&["س", &f]))
                        .collect();
                    (future, Pos::Verb)
                } else {
                    n_perfect = perfect_forms;
                    (all, Pos::Verb)
                }
            }
            Spec::Participle => (inflect::participle_forms(&n.normalize(head)), Pos::Noun),
        };
        // The spellings the row wrote itself are always kept; an inflection it generated that
        // is a common word of the `stop` tables is not (`يود` «wants», not `لم يودِ`).
        let written: Vec<String> = head
            .split('/')
            .map(|w| n.normalize(w.trim()).into_owned())
            .collect();
        for (i, form) in forms.0.iter().enumerate() {
            let generated = !written.contains(form);
            if generated && self.stops.contains(form) {
                continue;
            }
            let from = self.forms.len();
            let spelled = if rest.is_empty() {
                std::borrow::Cow::Borrowed(form.as_str())
            } else {
                std::borrow::Cow::Owned(with_rest(form))
            };
            self.add_forms(n, &spelled, forms.1, role, tail.clone(), generated)?;
            if forms.1 == Pos::Verb && i >= n_perfect {
                for f in &mut self.forms[from..] {
                    f.imperfect = true;
                }
            }
        }
        // A trigger's defective perfect before an object pronoun (`أرداها قتيلة`, `أخلاها`):
        // the stem in `ا`, taken only with the pronoun.
        if matches!(spec, Spec::Lemma) && matches!(role, Role::Trigger(_)) {
            if let Some(perfect) = written.first() {
                for stem in inflect::pronoun_stems(perfect) {
                    if self.stops.contains(&stem) {
                        continue;
                    }
                    let from = self.forms.len();
                    self.add_forms(n, &with_rest(&stem), Pos::Verb, role, tail.clone(), true)?;
                    for f in &mut self.forms[from..] {
                        f.needs_suffix = true;
                    }
                }
            }
        }
        Ok(())
    }

    /// Normalizes a pattern and adds it with its spelling variants.
    fn add_forms(
        &mut self,
        n: &Normalizer,
        pattern: &str,
        pos: Pos,
        role: Role,
        tail: Option<std::sync::Arc<Tail>>,
        generated: bool,
    ) -> Result<(), String> {
        let (pattern, open_end) = match pattern.strip_suffix('*') {
            Some(p) => (p, true),
            None => (pattern, false),
        };
        if open_end && tail.is_some() {
            return Err(format!(
                "`{pattern}*`: only the last word (after the gap) may run on"
            ));
        }
        let teh_marbuta = pattern.trim_end().ends_with('ة');
        let norm = n.normalize(pattern);
        let words = split_words(&norm);
        if words.is_empty() {
            return Err("empty pattern".into());
        }
        if words.iter().any(|w| !all_word_chars(w)) {
            return Err(format!(
                "`{pattern}`: a pattern holds words separated by spaces, no punctuation"
            ));
        }
        let nominal = matches!(pos, Pos::Noun | Pos::Masdar);
        let mut first = words[0];
        let mut article = false;
        // Only a bare `ال` as written is the article: `إلقاء`, `إلغاء`, `ألغام` normalize to a
        // leading `ال` too, and `لإلقاء السلاح` must still find `إلقاء` after its `ل`.
        let written_article = pattern.trim_start().starts_with("ال");
        if nominal && written_article && first.chars().count() > 3 {
            if let Some(rest) = first.strip_prefix("ال") {
                first = rest;
                article = true;
            }
        }
        // Later words with and without their article.
        let mut variants: Vec<String> = vec![first.to_string()];
        for w in &words[1..] {
            // The other spellings of the word: without its article or with one, and its same
            // words.
            let others = other_spellings(w, &self.same);
            let mut next = Vec::with_capacity(variants.len() * (1 + others.len()));
            for v in &variants {
                next.push(cat(&[v, " ", w]));
                if variants.len() < 16 {
                    for o in &others {
                        next.push(cat(&[v, " ", o]));
                    }
                }
            }
            variants = next;
        }
        // A possessive on the head noun of a noun + adjective phrase (`دعمها العسكري`,
        // `عملياتنا العسكرية`) for triggers.
        if nominal
            && !article
            && matches!(role, Role::Trigger(_))
            && words.len() == 2
            && words[1].chars().count() >= 3
        {
            let adjective = if words[1].starts_with("ال") {
                words[1].to_string()
            } else {
                cat(&["ال", words[1]])
            };
            let stem = match pattern.split_whitespace().next() {
                Some(w) if w.ends_with('ة') => first.strip_suffix('ه').map(|s| cat(&[s, "ت"])),
                _ => Some(first.to_string()),
            };
            if let Some(stem) = stem {
                for suffix in ["ه", "ها", "هم", "نا"] {
                    variants.push(cat(&[&stem, suffix, " ", &adjective]));
                }
            }
        }
        for v in variants {
            // A final hamza after alef is written on a carrier before a possessive
            // (`لقاء` → `لقائه`, `لقاؤه`), which the normalized text spells ي or و.
            if nominal && !open_end && v.ends_with("اء") && !v.contains(' ') {
                let stem = &v[..v.len() - "ء".len()];
                for carrier in ['ي', 'و'] {
                    self.forms.push(Form {
                        text: cat(&[stem, carrier.encode_utf8(&mut [0; 4])]),
                        role,
                        pos,
                        article,
                        indefinite: false,
                        open_end: false,
                        needs_suffix: true,
                        tail: tail.clone(),
                        generated,
                        imperfect: false,
                    });
                }
            }
            if nominal && teh_marbuta && !open_end {
                if let Some(stem) = v.strip_suffix('ه') {
                    self.forms.push(Form {
                        text: cat(&[stem, "ت"]),
                        role,
                        pos,
                        article,
                        indefinite: false,
                        open_end: false,
                        needs_suffix: true,
                        tail: tail.clone(),
                        generated,
                        imperfect: false,
                    });
                }
            }
            self.forms.push(Form {
                text: v,
                role,
                pos,
                article,
                indefinite: false,
                open_end,
                needs_suffix: false,
                tail: tail.clone(),
                generated,
                imperfect: false,
            });
        }
        Ok(())
    }
}

/// The words of `s` (what `split_whitespace` gives). Text without the lead bytes of the
/// white space beyond ASCII (U+0085, U+00A0, U+1680, U+2000..U+205F, U+3000) is split at its
/// ASCII white space, byte by byte; other text by `split_whitespace`.
fn split_words(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    if b.iter().any(|&c| matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3)) {
        return s.split_whitespace().collect();
    }
    let mut out = Vec::with_capacity(4);
    let mut start = None;
    for (i, &c) in b.iter().enumerate() {
        if matches!(c, b'\t'..=b'\r' | b' ') {
            if let Some(a) = start.take() {
                out.push(&s[a..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        out.push(&s[a..]);
    }
    out
}

/// Whether every character of `w` is a word character ([`crate::words::is_word_char`]),
/// ASCII and two-byte characters decoded in place.
fn all_word_chars(w: &str) -> bool {
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if !c.is_ascii_alphanumeric() {
                return false;
            }
            i += 1;
        } else if c & 0xE0 == 0xC0 && i + 1 < b.len() {
            let cp = (u32::from(c & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
            match char::from_u32(cp) {
                Some(ch) if crate::words::is_word_char(ch) => {}
                _ => return false,
            }
            i += 2;
        } else {
            match w[i..].chars().next() {
                Some(ch) if crate::words::is_word_char(ch) => i += ch.len_utf8(),
                _ => return false,
            }
        }
    }
    true
}

/// The other spelling of a later word of a pattern: without its article, or with one.
fn article_variant(w: &str) -> Option<String> {
    match w.strip_prefix("ال") {
        Some(bare) if bare.chars().count() >= 2 => Some(bare.to_string()),
        Some(_) => None,
        None if w.chars().count() >= 3 => Some(cat(&["ال", w])),
        None => None,
    }
}

/// The other spellings of a later word of a pattern: without its article or with one
/// (`article_variant`), and each word the `same` pairs give for it, with and without theirs.
fn other_spellings(w: &str, same: &[(String, String)]) -> Vec<String> {
    let mut out: Vec<String> = article_variant(w).into_iter().collect();
    if same.is_empty() {
        return out;
    }
    let (article, bare) = match w.strip_prefix("ال") {
        Some(b) if b.chars().count() >= 2 => (true, b),
        _ => (false, w),
    };
    for (a, b) in same {
        let other = if a == bare {
            b
        } else if b == bare {
            a
        } else {
            continue;
        };
        let with = cat(&["ال", other]);
        let (first, second) = if article {
            (with, other.clone())
        } else {
            (other.clone(), with)
        };
        for o in [first, second] {
            if o != w && !out.contains(&o) {
                out.push(o);
            }
        }
    }
    out
}

/// The words after a gap, normalized, with their spellings.
fn tail_of(n: &Normalizer, tail: &str, gap: u8, same: &[(String, String)]) -> Result<Tail, String> {
    let (t, open_end) = match tail.trim().strip_suffix('*') {
        Some(p) => (p, true),
        None => (tail.trim(), false),
    };
    let norm = n.normalize(t);
    let words: Vec<&str> = norm.split_whitespace().collect();
    if words.is_empty()
        || words
            .iter()
            .any(|w| !w.chars().all(crate::words::is_word_char))
    {
        return Err(format!(
            "`{tail}`: the words after a gap are words separated by spaces"
        ));
    }
    let mut texts: Vec<String> = vec![String::new()];
    for w in &words {
        let others = other_spellings(w, same);
        let mut next = Vec::with_capacity(texts.len() * (1 + others.len()));
        for v in &texts {
            let sep = if v.is_empty() { "" } else { " " };
            next.push(cat(&[v, sep, w]));
            if texts.len() < 16 {
                for o in &others {
                    next.push(cat(&[v, sep, o]));
                }
            }
        }
        texts = next;
    }
    let mut first_words: Vec<String> = Vec::new();
    for t in &texts {
        let first = t.split(' ').next().unwrap_or_default();
        if !first_words.iter().any(|f| f == first) {
            first_words.push(first.to_string());
        }
    }
    Ok(Tail {
        gap,
        texts,
        first_words,
        open_end,
    })
}

#[derive(Clone, Copy)]
enum Table {
    Stops,
    Same,
    Triggers,
    Cues,
    Blockers,
    Contexts,
}

/// True for a comment row (`#` first) or a blank one.
fn is_comment(rec: &csv::StringRecord) -> bool {
    rec.get(0).is_some_and(|f| f.trim_start().starts_with('#'))
        || rec.iter().all(|f| f.trim().is_empty())
}

fn parse_kind(s: &str) -> Option<EventKind> {
    EventKind::ALL.iter().copied().find(|k| k.as_str() == s)
}

fn parse_modality(s: &str) -> Option<Modality> {
    Modality::ALL.iter().copied().find(|m| m.as_str() == s)
}

/// How a pattern's forms are made: as written with a part of speech, or inflected.
#[derive(Debug, Clone, Copy)]
enum Spec {
    Pos(Pos),
    /// `V`: a verb lemma `PERFECT/IMPERFECT`, every person of both tenses.
    Lemma,
    /// `N`: a participle or adjective with its gender and number endings.
    Participle,
    /// `F`: a verb lemma `PERFECT/IMPERFECT` in the future only: `س` and every person of the
    /// imperfect (`قابل/يقابل` → `سيقابل`, `ستقابل`, `سيقابلون`).
    Future,
}

fn parse_spec(s: &str) -> Option<Spec> {
    match s {
        "V" => Some(Spec::Lemma),
        "N" => Some(Spec::Participle),
        "F" => Some(Spec::Future),
        p => parse_pos(p).map(Spec::Pos),
    }
}

/// The `;`-separated items of a list column.
fn list_items(s: &str) -> Vec<&str> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

fn parse_pos(s: &str) -> Option<Pos> {
    Some(match s {
        "v" => Pos::Verb,
        "n" => Pos::Noun,
        "m" => Pos::Masdar,
        "p" => Pos::Particle,
        _ => return None,
    })
}

fn parse_unit(s: &str) -> Option<f32> {
    s.parse::<f32>().ok().filter(|w| *w > 0.0 && *w <= 1.0)
}

/// The most context classes a lexicon holds (their ids are `u8`).
pub(crate) const MAX_CONTEXT_CLASSES: usize = 256;

/// A set of context class ids, one bit per class (up to [`MAX_CONTEXT_CLASSES`]): the classes
/// of a clause or of a sentence.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(crate) struct ClassSet([u128; 2]);

impl ClassSet {
    /// Adds a class.
    #[inline]
    pub(crate) fn insert(&mut self, class: u8) {
        self.0[usize::from(class >> 7)] |= 1u128 << (class & 127);
    }

    /// Whether the set holds a class.
    #[inline]
    pub(crate) fn contains(&self, class: u8) -> bool {
        self.0[usize::from(class >> 7)] & (1u128 << (class & 127)) != 0
    }
}

impl std::ops::BitOr for ClassSet {
    type Output = ClassSet;
    fn bitor(self, other: ClassSet) -> ClassSet {
        ClassSet([self.0[0] | other.0[0], self.0[1] | other.0[1]])
    }
}

#[cfg(test)]
mod class_limit_tests {
    use super::*;

    #[test]
    fn up_to_256_context_classes() {
        let mut lex = Lexicon::default();
        for i in 0..MAX_CONTEXT_CLASSES {
            assert_eq!(lex.class_id(&format!("c{i}"), true), Ok(i as u8));
        }
        assert_eq!(lex.class_id("c5", false), Ok(5));
        assert!(lex.class_id("one_more", true).is_err());
        let mut set = ClassSet::default();
        for id in [0u8, 127, 128, 200, 255] {
            assert!(!set.contains(id));
            set.insert(id);
            assert!(set.contains(id));
        }
        assert!(!set.contains(129) && !set.contains(1));
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    #[test]
    fn words_and_word_characters_as_the_library_tells_them() {
        for s in [
            "",
            " ",
            "قتل",
            " وقف  إطلاق\tالنار ",
            "a\u{0B}b\u{0C}c\r\nd",
            "x\u{A0}y\u{85}z",
            "ب\u{2003}ت\u{3000}ث\u{1680}ج\u{205F}ح",
            "é ★ 🦅",
            "\u{1C}a\u{1F}",
            "قال: «نعم»، ثم ٢٠١٩",
        ] {
            let want: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(split_words(s), want, "{s:?}");
            for w in want {
                assert_eq!(
                    all_word_chars(w),
                    w.chars().all(crate::words::is_word_char),
                    "{w:?}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tail_tests {
    use super::*;

    /// A `word same` table lets a later word of the rows after it stand for its same word,
    /// with and without the article, in a phrase and after a gap; never the first word, and
    /// not in rows read before it. A row naming the word itself, or two words, is refused.
    #[test]
    fn same_words_stand_for_one_another_after_the_first_word() {
        use crate::events::{EventClassifier, EventKind};
        let mut lex = Lexicon::new();
        lex.add_tsv(
            "kind\tpattern\tpos\nceasefire\tهدنة النار\tn\n",
            "before.tsv",
        )
        .unwrap();
        lex.add_tsv("word\tsame\nالنار\tنيران\n", "same.tsv")
            .unwrap();
        lex.add_tsv(
            "kind\tpattern\tpos\nceasefire\tوقف إطلاق النار\tm\narmed_clash\tأطلق/يطلق .. النار\tV\n",
            "after.tsv",
        )
        .unwrap();
        let clf = EventClassifier::new(&lex);
        let kinds =
            |t: &str| -> Vec<EventKind> { clf.classify(t).iter().map(|e| e.kind).collect() };
        for t in [
            "تم وقف إطلاق النيران",
            "تم وقف إطلاق نيران",
            "تم وقف إطلاق النار",
        ] {
            assert_eq!(kinds(t), [EventKind::Ceasefire], "{t}");
        }
        assert_eq!(
            kinds("أطلق مسلحون النيران على الدورية"),
            [EventKind::ArmedClash]
        );
        // Not the first word; not the rows read before the table.
        assert!(kinds("نيران إطلاق وقف").is_empty());
        assert!(kinds("أعلنت هدنة النيران").is_empty());
        for bad in ["word\tsame\nنار\tالنار\n", "word\tsame\nنار\tنيران كثيفة\n"]
        {
            assert!(Lexicon::new().add_tsv(bad, "bad.tsv").is_err(), "{bad}");
        }
    }

    /// A tail keeps the first word of each of its spellings once, in the order of the
    /// spellings: the words a title in the gap may not hold.
    #[test]
    fn a_tail_keeps_the_first_words_of_its_spellings_once() {
        let n = Normalizer::search();
        for tail in [
            "النار",
            "النار على",
            "سراح",
            "نحو المدينة",
            "قوات الأمن الوطني",
        ] {
            let t = tail_of(&n, tail, 2, &[]).unwrap();
            let mut want: Vec<&str> = Vec::new();
            for f in t.texts.iter().filter_map(|x| x.split(' ').next()) {
                if !want.contains(&f) {
                    want.push(f);
                }
            }
            assert_eq!(t.first_words, want, "{tail}");
            assert!((1..=2).contains(&t.first_words.len()), "{tail}");
        }
    }
}
