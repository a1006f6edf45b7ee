//! Corpus-scale annotation: many documents in, one JSON line per document out, in input order,
//! on all cores, in bounded memory, and still running when a document is bad (it becomes an
//! error record).
//!
//! A [`Batch`] runs an [`Analyzer`] over [`Source`]s (files, stdin, bytes in memory) or any
//! reader, and writes one line per document to a writer:
//!
//! - [`InputFormat::Document`]: each source is one document; its id is the source name (the
//!   path, `-` for stdin).
//! - [`InputFormat::Jsonl`]: each non-blank line of each source is `{"id": …, "text": …}`; the
//!   id may be any JSON value and is echoed exactly as written, only the white space between
//!   its tokens dropped: numbers keep their text (`1E2`, `18446744073709551617`), strings their
//!   escapes (a line without `id` gets its source, `name:line`, as id). Any valid JSON object
//!   with a string `text` is a document: other members are skipped unparsed (`1e400`, a lone
//!   `\udc00` there are fine), and a lone surrogate escape inside `text` reads as U+FFFD.
//!   Lines end at `\n` (a `\r` before it is white space); a line of only ASCII white space
//!   (space, tab, CR, form feed) is blank and no document. One UTF-8 byte order mark opening a
//!   source is skipped; any other U+FEFF is text, so a line holding one is a document.
//!
//! ```
//! use libya_nlp::batch::{Batch, BatchConfig};
//! use libya_nlp::Analyzer;
//! let input = "{\"id\": 1, \"text\": \"وصل وفد البعثة إلى بنغازي\"}\nnot json\n";
//! let mut out = Vec::new();
//! let batch = Batch::new(Analyzer::new(), BatchConfig::new().jsonl(true).jobs(2));
//! let summary = batch.run_reader("in.jsonl", input.as_bytes(), &mut out).unwrap();
//! assert_eq!((summary.documents, summary.errors), (2, 1));
//! let lines: Vec<serde_json::Value> = String::from_utf8(out).unwrap().lines()
//!     .map(|l| serde_json::from_str(l).unwrap()).collect();
//! assert_eq!(lines[0]["id"], 1);
//! assert_eq!(lines[0]["entities"][0]["id"], "benghazi");
//! assert_eq!(lines[1]["source"], "in.jsonl:2");
//! assert_eq!(lines[1]["error"]["kind"], "invalid_json");
//! ```
//!
//! # Output records
//!
//! A good document gives a [`Record`]: the serde form of [`Analysis`] flattened with the id,
//! `{"id": …, "sentences": […], "entities": […], "events": […], "records": […]}` (the compact
//! form, with `"entity_info": {…}` after `entities` when [`BatchConfig::entity_info`] asks for
//! it or an entity is not the bundled gazetteer's; [`OutputFormat::JsonVerbose`] writes the
//! verbose one), exactly the line
//! [`Batch::annotate`] gives for that document alone (with the id as the input wrote it: a
//! run never re-encodes an id through [`Value`], so `1E2` stays `1E2`).
//!
//! A bad document gives an [`ErrorRecord`], and the run goes on:
//!
//! ```json
//! {"id": null, "source": "news.jsonl:7",
//!  "error": {"kind": "invalid_utf8", "message": "invalid UTF-8 at byte 12 of the line",
//!            "line": 7, "byte_offset": 12}}
//! ```
//!
//! - `id`: the document's id when it is known (the `id` of a JSONL line that parsed, the path of
//!   a file in document mode), else `null`.
//! - `source`: where the document is: `name:line` for JSONL (1-based line), `name` for a
//!   whole-file document.
//! - `error.kind` ([`ErrorKind`]): `invalid_utf8`, `invalid_json`, `missing_text` (valid JSON
//!   but not an object with a string `text`), `too_large` (over
//!   [`BatchConfig::max_bytes`]; the rest of the line or file is skipped, never buffered),
//!   `io` (the source could not be opened or read), `panic` (the analyzer failed on it: a bug,
//!   reported rather than fatal), `invalid_date` (the JSONL `date` is not `YYYY-MM-DD` or a
//!   date-time), `output_too_large` (its annotation would be over the output
//!   limit, see [below](#memory-and-threads)).
//! - `error.message`: human-readable; optional fields: `line` (JSONL line), `byte_offset`
//!   (`invalid_utf8`: offset of the first bad byte in the line or file), `column`
//!   (`invalid_json`, 1-based), `bytes` (`too_large`: the size of the line or file;
//!   `output_too_large`: the size of the document's text).
//!
//! Each record is one line; records come in input order, one per document (blank JSONL lines
//! are not documents and give none). [`Summary::failed`] tells whether any document failed.
//!
//! # Memory and threads
//!
//! A document's memory is bounded by a multiple of its size, output included: its output line
//! may be at most [`BatchConfig::max_output_ratio`] (default 48) times its size plus
//! [`OUTPUT_SLACK`] (1 MiB), and a document whose annotation would be larger is an
//! `output_too_large` error record; the documents after it are processed as usual. The check
//! runs while events are found, 16 KiB of sentences at a time ([`Analyzer::analyze_within`]), so such a
//! document is given up before its annotation is built. Peak memory for one document is then
//! about 1.5 × the ratio × its size (measured: about 500 MB for an 8.4 MB document built to
//! provoke, which took 2.3 GB and a 4 GB line before); news runs at about 3× its size (the
//! seed articles: 2.88×; 3.47× with the entity table), the verbose form about 7×. The blow-up this
//! guards against: every event lists the actors and locations of its clause or sentence (as
//! indices), so a sentence naming hundreds of entities next to triggers of many kinds repeats
//! them all in every event.
//!
//! One reader thread splits the input into documents, [`BatchConfig::jobs`] workers validate,
//! parse, analyze and serialize them, and the calling thread writes them in order. The reader
//! blocks while [`BatchConfig::window`] documents (or [`BatchConfig::window_bytes`] bytes of
//! input) are between it and the writer, reorder buffer included, so memory is bounded by the
//! window and [`BatchConfig::max_bytes`], not by the input size. Once blocked, it goes on when
//! half the window is free (windows of 4 documents or more), so it wakes once per half window
//! rather than once per document; the writer writes in buffer-sized writes while documents keep
//! coming (it flushes after 20 ms without one). Reader and writer take about 2% of the
//! instructions of a run.
//!
//! # Failures of the run itself
//!
//! A failure to write the output, a thread that cannot be started, or a panic in the reader
//! or the writer cancels the run: the reader is woken wherever it waits for room and stops,
//! and the call returns the error at once, without waiting for documents still being analyzed
//! (the workers own their documents and finish them in the background, then exit). The only
//! wait left is for a reader blocked inside `read` on its input (a pipe with nothing to say):
//! it stops at its next read. Messages on stderr ([`BatchConfig::log_errors`], progress)
//! ignore a closed stderr. A panic in a worker, the analyzer included, is a `panic` error
//! record for that one document, not a failure of the run.

/// `as_str`, `Display` and `FromStr` of a unit enum from its names: `$what` names the kind of
/// name in the parse error.
macro_rules! named {
    ($ty:ident, $what:literal, $doc:literal, { $($v:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            #[doc = $doc]
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($ty::$v => $name),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::ParseNameError;

            /// The name [`as_str`](Self::as_str) gives.
            fn from_str(s: &str) -> Result<$ty, crate::ParseNameError> {
                [$($ty::$v),+]
                    .into_iter()
                    .find(|x| x.as_str() == s)
                    .ok_or_else(|| crate::ParseNameError::new($what, s))
            }
        }
    };
}

mod progress;
mod reader;
mod record;

pub use record::{DocumentError, ErrorKind, ErrorRecord, Record, Summary};

use crate::analyzer::{Analysis, Analyzer};
use crate::date::Date;
use progress::Progress;
use reader::{parse_line, raw, Done, Gate, Input, Job, Payload, Reader};
use record::{
    compact_line_within, json_line, json_line_within, utf8_error, RawErrorRecord, RawVerbose,
};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How the input is cut into documents.
///
/// ```
/// use libya_nlp::batch::InputFormat;
/// assert_eq!(InputFormat::default(), InputFormat::Document);
/// assert_eq!("jsonl".parse::<InputFormat>(), Ok(InputFormat::Jsonl));
/// assert_eq!(InputFormat::Jsonl.to_string(), "jsonl");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputFormat {
    /// Each source is one document, its id the source name.
    #[default]
    Document,
    /// Each non-blank line is a JSON object `{"id": …, "text": …}`.
    Jsonl,
}

named!(InputFormat, "input format", "The name: `document` or `jsonl`.", {
    Document => "document",
    Jsonl => "jsonl",
});

/// Settings of a [`Batch`] run. Build with [`BatchConfig::new`] and the setters.
///
/// The setters take the plain names (`jobs(4)`), so the getters are `get_jobs()` and so on,
/// as in `std::process::Command` (`arg` / `get_args`).
///
/// ```
/// use libya_nlp::batch::{BatchConfig, InputFormat};
/// let c = BatchConfig::new().jsonl(true).jobs(4).window(64).max_bytes(1 << 20);
/// assert_eq!(c.get_format(), InputFormat::Jsonl);
/// assert_eq!((c.get_jobs(), c.get_window(), c.get_max_bytes()), (4, 64, 1 << 20));
/// assert!(BatchConfig::new().get_jobs() >= 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchConfig {
    jobs: usize,
    window: usize,
    window_bytes: u64,
    max_bytes: u64,
    format: InputFormat,
    progress: bool,
    log_errors: bool,
    input_size: Option<u64>,
    date: Option<Date>,
    output: OutputFormat,
    max_output_ratio: u64,
    entity_info: bool,
}

/// What a [`Batch`] writes for each document.
///
/// ```
/// use libya_nlp::batch::OutputFormat;
/// assert_eq!(OutputFormat::default(), OutputFormat::Json);
/// // The names of `annotate --format`.
/// assert_eq!("verbose".parse::<OutputFormat>(), Ok(OutputFormat::JsonVerbose));
/// assert_eq!(OutputFormat::Acled.to_string(), "acled");
/// assert!("xml".parse::<OutputFormat>().is_err());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// One JSON line per document (a [`Record`] or an [`ErrorRecord`]), in the compact form
    /// of [`Analysis`] (see its "JSON" section).
    #[default]
    Json,
    /// One JSON line per document in the verbose form ([`Analysis::verbose`]): every field
    /// of every mention, event and record written out.
    JsonVerbose,
    /// ACLED CSV: a header row, then the rows of each document's records
    /// ([`records::acled`](crate::records::acled)); bad documents write no row (they are
    /// counted, and logged with [`BatchConfig::log_errors`]).
    Acled,
}

named!(OutputFormat, "output format", "The name `annotate --format` takes: `json`, `verbose` or `acled`.", {
    Json => "json",
    JsonVerbose => "verbose",
    Acled => "acled",
});

impl Default for BatchConfig {
    fn default() -> Self {
        BatchConfig::new()
    }
}

/// The default [`BatchConfig::max_bytes`]: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// The default [`BatchConfig::max_output_ratio`]: a document's output line may be 48 times its
/// size (plus [`OUTPUT_SLACK`]). News runs at about 3× (compact JSON), about 7× verbose.
pub const DEFAULT_MAX_OUTPUT_RATIO: u64 = 48;

/// How long the writer waits for the next document before it flushes what it has written: a
/// run's output reaches its reader at most this late.
const LINGER: Duration = Duration::from_millis(20);

/// Output every document may have whatever its size: 1 MiB.
pub const OUTPUT_SLACK: u64 = 1 << 20;

/// The most worker threads a batch starts: 256. More are no faster on any machine this runs
/// on, and thousands of threads can exhaust memory in a way the standard library cannot report
/// as an error (a thread whose signal stack cannot be allocated aborts the process).
pub const MAX_JOBS: usize = 256;

impl BatchConfig {
    /// Documents one per source, all cores, a window of 8 documents per worker (at least 16),
    /// at most 256 MiB of input in flight, documents of at most [`DEFAULT_MAX_BYTES`], no
    /// progress, no error messages on stderr.
    pub fn new() -> BatchConfig {
        BatchConfig {
            jobs: 0,
            window: 0,
            window_bytes: 256 << 20,
            max_bytes: DEFAULT_MAX_BYTES,
            format: InputFormat::Document,
            progress: false,
            log_errors: false,
            input_size: None,
            date: None,
            output: OutputFormat::Json,
            max_output_ratio: DEFAULT_MAX_OUTPUT_RATIO,
            entity_info: false,
        }
    }

    /// Worker threads; 0 (the default) means one per core. At most [`MAX_JOBS`] are started.
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs;
        self
    }

    /// The number of worker threads this config gives, at most [`MAX_JOBS`].
    pub fn get_jobs(&self) -> usize {
        if self.jobs == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            self.jobs
        }
        .min(MAX_JOBS)
    }

    /// At most this many documents between the reader and the writer (read, queued, being
    /// analyzed, or waiting in the reorder buffer); 0 (the default) means 8 per worker, at
    /// least 16.
    pub fn window(mut self, documents: usize) -> Self {
        self.window = documents;
        self
    }

    /// The window in documents this config gives.
    pub fn get_window(&self) -> usize {
        if self.window == 0 {
            (self.get_jobs() * 8).max(16)
        } else {
            self.window
        }
    }

    /// At most about this many bytes of input between the reader and the writer (one document
    /// is always let through, however large). Default 256 MiB.
    pub fn window_bytes(mut self, bytes: u64) -> Self {
        self.window_bytes = bytes;
        self
    }

    /// The byte window.
    pub fn get_window_bytes(&self) -> u64 {
        self.window_bytes
    }

    /// Documents (JSONL lines, or files) over this many bytes are `too_large` errors; the rest
    /// of them is skipped without being buffered. Default [`DEFAULT_MAX_BYTES`].
    pub fn max_bytes(mut self, bytes: u64) -> Self {
        self.max_bytes = bytes;
        self
    }

    /// The document size limit.
    pub fn get_max_bytes(&self) -> u64 {
        self.max_bytes
    }

    /// The input format.
    pub fn format(mut self, format: InputFormat) -> Self {
        self.format = format;
        self
    }

    /// [`InputFormat::Jsonl`] if `yes`, else [`InputFormat::Document`].
    pub fn jsonl(self, yes: bool) -> Self {
        self.format(if yes {
            InputFormat::Jsonl
        } else {
            InputFormat::Document
        })
    }

    /// The input format.
    pub fn get_format(&self) -> InputFormat {
        self.format
    }

    /// Show progress on stderr (documents, MB, rates, time left when the input size is known),
    /// updated about once a second and cleared at the end.
    pub fn progress(mut self, yes: bool) -> Self {
        self.progress = yes;
        self
    }

    /// Whether progress is shown.
    pub fn get_progress(&self) -> bool {
        self.progress
    }

    /// The total input size, for the time-left estimate of the progress line when the runner
    /// cannot know it (a reader; [`Batch::run`] measures files itself).
    pub fn input_size(mut self, bytes: Option<u64>) -> Self {
        self.input_size = bytes;
        self
    }

    /// The input size given with [`input_size`](Self::input_size).
    pub fn get_input_size(&self) -> Option<u64> {
        self.input_size
    }

    /// A document's output line may be at most `ratio` times its size in bytes, plus
    /// [`OUTPUT_SLACK`]; a document whose annotation would be larger is an
    /// `output_too_large` error record, found without building all of it (see the
    /// [module docs](self#memory-and-threads)). Default [`DEFAULT_MAX_OUTPUT_RATIO`]; 0 means
    /// no limit.
    ///
    /// ```
    /// use libya_nlp::batch::BatchConfig;
    /// assert_eq!(BatchConfig::new().max_output_ratio(10).get_max_output_ratio(), 10);
    /// ```
    pub fn max_output_ratio(mut self, ratio: u64) -> Self {
        self.max_output_ratio = ratio;
        self
    }

    /// The output limit as a multiple of the document size.
    pub fn get_max_output_ratio(&self) -> u64 {
        self.max_output_ratio
    }

    /// The output limit in bytes for a document of `len` bytes.
    fn output_limit(&self, len: usize) -> usize {
        if self.max_output_ratio == 0 {
            return usize::MAX;
        }
        let limit = (len as u64)
            .saturating_mul(self.max_output_ratio)
            .saturating_add(OUTPUT_SLACK);
        usize::try_from(limit).unwrap_or(usize::MAX)
    }

    /// Write one message per bad document on stderr (`annotate: SOURCE: MESSAGE`).
    pub fn log_errors(mut self, yes: bool) -> Self {
        self.log_errors = yes;
        self
    }

    /// Whether bad documents are reported on stderr.
    pub fn get_log_errors(&self) -> bool {
        self.log_errors
    }

    /// The publication date of documents that carry none (whole-file documents, and JSONL
    /// lines without a `date`), against which relative time expressions resolve.
    ///
    /// ```
    /// use libya_nlp::batch::BatchConfig;
    /// let c = BatchConfig::new().date("2019-04-05".parse().ok());
    /// assert_eq!(c.get_date().unwrap().to_string(), "2019-04-05");
    /// ```
    pub fn date(mut self, date: Option<Date>) -> Self {
        self.date = date;
        self
    }

    /// The default publication date.
    pub fn get_date(&self) -> Option<Date> {
        self.date
    }

    /// What to write per document: JSON lines (the default) or ACLED CSV.
    ///
    /// ```
    /// use libya_nlp::batch::{BatchConfig, OutputFormat};
    /// assert_eq!(BatchConfig::new().output(OutputFormat::Acled).get_output(), OutputFormat::Acled);
    /// ```
    pub fn output(mut self, output: OutputFormat) -> Self {
        self.output = output;
        self
    }

    /// The output format.
    pub fn get_output(&self) -> OutputFormat {
        self.output
    }

    /// With [`OutputFormat::Json`], write each document's whole entity table, `entity_info`
    /// (kind, category, names and coordinates of every entity mentioned), in its line
    /// ([`Analysis::with_entity_info`], `annotate --entity-info`). Off by default: the
    /// compact form then leaves them to the bundled gazetteer, where they are found by id
    /// ([`Gazetteer::entity`](crate::Gazetteer::entity)). The verbose form has them on every
    /// mention either way.
    ///
    /// ```
    /// use libya_nlp::batch::{Batch, BatchConfig};
    /// let batch = Batch::new(Default::default(), BatchConfig::new().entity_info(true));
    /// let line = batch.annotate(&serde_json::json!(1), "في درنة");
    /// let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    /// assert_eq!(v["entity_info"]["derna"]["english"], "Derna");
    /// assert!(batch.config().get_entity_info());
    /// ```
    pub fn entity_info(mut self, yes: bool) -> Self {
        self.entity_info = yes;
        self
    }

    /// Whether each line carries its whole entity table.
    pub fn get_entity_info(&self) -> bool {
        self.entity_info
    }
}

/// Where documents come from.
///
/// ```
/// use libya_nlp::batch::Source;
/// assert_eq!(Source::path("news/a.txt").name(), "news/a.txt");
/// assert_eq!(Source::Stdin.name(), "-");
/// assert_eq!(Source::bytes("mem", "نص").name(), "mem");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Source {
    /// A file, opened when the reader reaches it.
    Path(PathBuf),
    /// Standard input, named `-`.
    Stdin,
    /// Bytes in memory with a name.
    Bytes {
        /// The source name (the id in document mode, the prefix of `name:line` in JSONL).
        name: String,
        /// The content.
        data: Arc<[u8]>,
    },
}

impl Source {
    /// A file.
    pub fn path(path: impl Into<PathBuf>) -> Source {
        Source::Path(path.into())
    }

    /// Bytes in memory.
    pub fn bytes(name: impl Into<String>, data: impl AsRef<[u8]>) -> Source {
        Source::Bytes {
            name: name.into(),
            data: Arc::from(data.as_ref()),
        }
    }

    /// The name used in ids and error sources.
    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Bytes { name, .. } => name.clone(),
        }
    }

    /// The size in bytes when it is known without reading.
    fn size(&self) -> Option<u64> {
        match self {
            Source::Path(p) => std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
            Source::Stdin => stdin_size(),
            Source::Bytes { data, .. } => Some(data.len() as u64),
        }
    }
}

/// The size of standard input when it is a regular file (`annotate < corpus.jsonl`).
///
/// ```
/// // Under `cargo test`, stdin is not a regular file.
/// let _maybe: Option<u64> = libya_nlp::batch::stdin_size();
/// ```
pub fn stdin_size() -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        let m = File::from(fd).metadata().ok()?;
        m.is_file().then_some(m.len())
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Parses a size like `1000`, `64K`, `16M`, `1G` (binary multiples; a trailing `B`/`iB` is
/// allowed).
///
/// ```
/// use libya_nlp::batch::parse_size;
/// assert_eq!(parse_size("16M"), Some(16 << 20));
/// assert_eq!(parse_size("2KiB"), Some(2048));
/// assert_eq!(parse_size("100"), Some(100));
/// assert_eq!(parse_size("x"), None);
/// ```
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let s = s
        .strip_suffix("iB")
        .or_else(|| s.strip_suffix('B'))
        .unwrap_or(s);
    let (num, shift) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 10),
        (i, 'm' | 'M') => (&s[..i], 20),
        (i, 'g' | 'G') => (&s[..i], 30),
        (i, 't' | 'T') => (&s[..i], 40),
        _ => (s, 0),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(1u64 << shift)
}

/// Runs an [`Analyzer`] over many documents; see the [module docs](self).
#[derive(Debug, Clone, Default)]
pub struct Batch {
    analyzer: Analyzer,
    config: BatchConfig,
}

impl Batch {
    /// A runner with this analyzer and config.
    pub fn new(analyzer: Analyzer, config: BatchConfig) -> Batch {
        Batch { analyzer, config }
    }

    /// The analyzer.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// The config.
    pub fn config(&self) -> &BatchConfig {
        &self.config
    }

    /// The compact JSON line (without newline) for one good document: what a run writes for
    /// it with [`OutputFormat::Json`] (the whole entity table too with
    /// [`BatchConfig::entity_info`]).
    ///
    /// ```
    /// use libya_nlp::batch::Batch;
    /// let line = Batch::default().annotate(&serde_json::json!(7), "");
    /// assert_eq!(line, r#"{"id":7,"sentences":[],"entities":[],"events":[],"records":[]}"#);
    /// ```
    pub fn annotate(&self, id: &Value, text: &str) -> String {
        let analysis = self.analyzer.analyze(text);
        let mut line = compact_line_within(
            &raw(id),
            &analysis,
            self.config.entity_info,
            usize::MAX,
            256 + 4 * text.len(),
        )
        .unwrap_or_default();
        line.pop();
        // Every piece written is UTF-8.
        String::from_utf8(line)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Annotates the sources in order and writes one line per document to `out`.
    ///
    /// Bad documents become [`ErrorRecord`]s and the run goes on; the only error returned is a
    /// failure to write `out` (the run stops then).
    ///
    /// Each record is written with one `write_all` call, so wrap an unbuffered `out` (a file,
    /// stdout) in a [`BufWriter`](std::io::BufWriter): the runner flushes it whenever no
    /// document has come for 20 ms, so output is held back at most that long while workers are
    /// busy (and a steady stream is written in buffer-sized writes, not one per document).
    pub fn run<I, W>(&self, sources: I, out: W) -> io::Result<Summary>
    where
        I: IntoIterator<Item = Source>,
        W: Write,
    {
        let inputs: Vec<Input<'static>> = sources.into_iter().map(Input::Source).collect();
        let total = inputs.iter().try_fold(0u64, |acc, i| match i {
            Input::Source(s) => s.size().map(|n| acc + n),
            Input::Reader(..) => None,
        });
        self.run_inputs(inputs, total.or(self.config.input_size), out)
    }

    /// Annotates what `reader` gives, named `name`, and writes one line per document to `out`
    /// (see [`run`](Self::run)).
    pub fn run_reader<R, W>(&self, name: &str, reader: R, out: W) -> io::Result<Summary>
    where
        R: Read + Send,
        W: Write,
    {
        self.run_inputs(
            vec![Input::Reader(name.to_string(), Box::new(reader))],
            self.config.input_size,
            out,
        )
    }

    fn run_inputs<W: Write>(
        &self,
        inputs: Vec<Input<'_>>,
        total: Option<u64>,
        out: W,
    ) -> io::Result<Summary> {
        let started = Instant::now();
        let jobs = self.config.get_jobs();
        let window = self.config.get_window();
        let gate = Gate::new();
        // Whatever way this function is left (an error, a panic), the reader is woken and stops.
        let _cancel = CancelOnDrop(&gate);
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        // The workers own what they use, so a failed run returns at once instead of waiting for
        // the documents in hand; they stop when the job channel closes or the writer is gone.
        let batch = Arc::new(self.clone());
        let mut workers = Vec::with_capacity(jobs);
        for k in 0..jobs {
            let (batch, job_rx, done_tx) =
                (Arc::clone(&batch), Arc::clone(&job_rx), done_tx.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("batch-worker-{k}"))
                .spawn(move || batch.work(&job_rx, &done_tx));
            match spawned {
                Ok(h) => workers.push(h),
                Err(e) => {
                    return Err(io::Error::new(
                        e.kind(),
                        format!("cannot start worker thread {} of {jobs}: {e}", k + 1),
                    ))
                }
            }
        }
        drop(done_tx);
        let reader_failed = AtomicBool::new(false);
        let result = std::thread::scope(|scope| {
            let gate = &gate;
            let reader_failed = &reader_failed;
            let config = &self.config;
            let spawned = std::thread::Builder::new()
                .name("batch-reader".into())
                .spawn_scoped(scope, move || {
                    let r = catch_unwind(AssertUnwindSafe(|| {
                        Reader {
                            config,
                            gate,
                            tx: job_tx,
                            window,
                            seq: 0,
                        }
                        .read_all(inputs)
                    }));
                    if r.is_err() {
                        reader_failed.store(true, Ordering::SeqCst);
                    }
                });
            if let Err(e) = spawned {
                gate.cancel();
                return Err(io::Error::new(
                    e.kind(),
                    format!("cannot start the reader thread: {e}"),
                ));
            }
            let r = catch_unwind(AssertUnwindSafe(|| {
                self.write_all(done_rx, gate, total, started, out)
            }))
            .unwrap_or_else(|p| {
                Err(io::Error::other(format!(
                    "the batch writer panicked: {}",
                    panic_message(&*p)
                )))
            });
            // Stop the reader (it may be waiting for room in the window) before the scope
            // waits for it.
            gate.cancel();
            r
        });
        let summary = result?;
        if reader_failed.load(Ordering::SeqCst) {
            return Err(io::Error::other("the batch reader panicked"));
        }
        // Every worker has left its loop (the writer saw the done channel close): joining is
        // immediate.
        for w in workers {
            let _ = w.join();
        }
        Ok(summary)
    }

    /// A worker's loop: takes jobs until the job channel closes or the writer is gone.
    fn work(&self, jobs: &Mutex<mpsc::Receiver<Job>>, done: &mpsc::Sender<Done>) {
        loop {
            let job = match jobs.lock().unwrap_or_else(|p| p.into_inner()).recv() {
                Ok(job) => job,
                Err(_) => return,
            };
            let (seq, cost, source) = (job.seq, job.cost, job.source.clone());
            // A panic outside the analyzer (a bug here) still yields the document's record,
            // so the window is released and the run goes on.
            let d = catch_unwind(AssertUnwindSafe(|| self.process(job))).unwrap_or_else(|p| {
                let e = DocumentError::new(
                    ErrorKind::Panic,
                    format!("the batch worker panicked: {}", panic_message(&*p)),
                );
                let source = source.to_string();
                let record = ErrorRecord {
                    id: Value::Null,
                    source: source.clone(),
                    error: e.clone(),
                };
                Done {
                    seq,
                    cost,
                    line: json_line(&record),
                    error: Some((source, e)),
                }
            });
            if done.send(d).is_err() {
                return;
            }
        }
    }

    /// The writer: reorders, writes, releases the window, shows progress.
    fn write_all<W: Write>(
        &self,
        rx: mpsc::Receiver<Done>,
        gate: &Gate,
        total: Option<u64>,
        started: Instant,
        out: W,
    ) -> io::Result<Summary> {
        let mut out = out;
        let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
        let mut next = 0u64;
        let mut summary = Summary::default();
        if self.config.output == OutputFormat::Acled {
            out.write_all(crate::records::acled::header_line().as_bytes())?;
        }
        let mut progress = self.config.progress.then(|| Progress::new(started, total));
        let tick = Duration::from_millis(250);
        loop {
            let got = match rx.try_recv() {
                Ok(d) => Some(d),
                Err(mpsc::TryRecvError::Disconnected) => break,
                Err(mpsc::TryRecvError::Empty) => {
                    // Nothing ready. A document due within LINGER is written with the others
                    // (one write call for many documents, instead of one per document while
                    // the workers keep up); after that, what was written reaches the reader of
                    // `out` before the writer waits longer.
                    match rx.recv_timeout(LINGER) {
                        Ok(d) => Some(d),
                        Err(mpsc::RecvTimeoutError::Disconnected) => break,
                        Err(mpsc::RecvTimeoutError::Timeout) => {
                            out.flush()?;
                            match rx.recv_timeout(tick) {
                                Ok(d) => Some(d),
                                Err(mpsc::RecvTimeoutError::Timeout) => None,
                                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                            }
                        }
                    }
                }
            };
            if let Some(d) = got {
                pending.insert(d.seq, d);
                while let Some(d) = pending.remove(&next) {
                    next += 1;
                    out.write_all(&d.line)?;
                    summary.documents += 1;
                    summary.bytes += d.cost;
                    if let Some((source, e)) = d.error {
                        summary.errors += 1;
                        *summary.errors_by_kind.entry(e.kind).or_default() += 1;
                        if self.config.log_errors {
                            if let Some(p) = progress.as_mut() {
                                p.clear();
                            }
                            // Never fatal: a closed stderr must not stop the run.
                            let _ = writeln!(io::stderr(), "annotate: {source}: {}", e.message);
                        }
                    }
                    gate.release(d.cost);
                }
            }
            if let Some(p) = progress.as_mut() {
                p.show(&summary);
            }
        }
        out.flush()?;
        if let Some(p) = progress.as_mut() {
            p.clear();
        }
        debug_assert!(pending.is_empty());
        summary.bytes = summary.bytes.max(gate.read_bytes());
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    /// A worker's part: validate, parse, analyze, serialize.
    fn process(&self, job: Job) -> Done {
        let Job {
            seq,
            source,
            cost,
            payload,
        } = job;
        let line_no = match &payload {
            Payload::Line { line, .. } => Some(*line),
            _ => None,
        };
        // The input bytes, held while the analysis and the output line are made: the text is
        // read in place (a whole document, or a JSONL text with no escape), not copied.
        let held: Vec<u8>;
        let (id, result) = match payload {
            Payload::Failed { id, error } => (id, Err(error)),
            Payload::Document { bytes } => {
                held = bytes;
                let id = raw(&Value::String(source.to_string()));
                match reader::utf8(&held) {
                    Ok(text) => {
                        let r = self.analyze(text, self.config.date);
                        (id, r.map(|a| (a, Cow::Borrowed(text))))
                    }
                    Err(e) => (id, Err(utf8_error(&e, None))),
                }
            }
            Payload::Line { line, bytes } => {
                held = bytes;
                let source_line = format!("{source}:{line}");
                match parse_line(&held, line, &source_line) {
                    Ok((id, text, date)) => {
                        let r = self.analyze(&text, date.or(self.config.date));
                        (id, r.map(|a| (a, text)))
                    }
                    Err(b) => {
                        let (id, e) = *b;
                        (id, Err(e))
                    }
                }
            }
        };
        let record = |analysis: &Analysis, text: &str| {
            let len = text.len();
            match self.config.output {
                OutputFormat::Json => {
                    let limit = self.config.output_limit(len);
                    // News runs at about 3 times its size.
                    compact_line_within(&id, analysis, self.config.entity_info, limit, 64 + 4 * len)
                        .map_err(|limit| output_too_large(limit, len))
                }
                OutputFormat::JsonVerbose => {
                    let limit = self.config.output_limit(len);
                    let analysis = analysis.verbose();
                    json_line_within(&RawVerbose { id: &id, analysis }, limit)
                        .map_err(|limit| output_too_large(limit, len))
                }
                OutputFormat::Acled => {
                    // The document id as text: a JSON string's contents, anything else as written.
                    let doc = serde_json::from_str::<String>(id.get())
                        .unwrap_or_else(|_| id.get().to_string());
                    let rows = crate::records::acled::rows_with(
                        &doc,
                        text,
                        analysis,
                        self.analyzer.gazetteer(),
                    );
                    Ok(crate::records::acled::csv_lines(&rows).into_bytes())
                }
            }
        };
        let mut result = result.and_then(|(analysis, text)| record(&analysis, &text));
        if let Err(e) = &mut result {
            e.line = e.line.or(line_no);
        }
        let source = match &result {
            Err(e) => match e.line {
                Some(l) => format!("{source}:{l}"),
                None => source.to_string(),
            },
            Ok(_) => String::new(),
        };
        match result {
            Ok(line) => Done {
                seq,
                cost,
                line,
                error: None,
            },
            Err(error) => Done {
                seq,
                cost,
                // ACLED CSV has no place for an error: it is counted and logged only.
                line: match self.config.output {
                    OutputFormat::Json | OutputFormat::JsonVerbose => json_line(&RawErrorRecord {
                        id: &id,
                        source: &source,
                        error: &error,
                    }),
                    OutputFormat::Acled => Vec::new(),
                },
                error: Some((source, error)),
            },
        }
    }

    fn analyze(&self, text: &str, date: Option<Date>) -> Result<Analysis, DocumentError> {
        let limit = self.config.output_limit(text.len());
        catch_unwind(AssertUnwindSafe(|| {
            if limit == usize::MAX {
                Ok(self.analyzer.analyze_dated(text, date))
            } else {
                self.analyzer.analyze_within(text, date, limit)
            }
        }))
        .map_err(|p| {
            DocumentError::new(
                ErrorKind::Panic,
                format!("the analyzer panicked: {}", panic_message(&*p)),
            )
        })?
        .map_err(|e| output_too_large(e.limit, text.len()))
    }
}

/// The error of a document whose annotation would be over `limit` bytes.
fn output_too_large(limit: usize, len: usize) -> DocumentError {
    let mut d = DocumentError::new(
        ErrorKind::OutputTooLarge,
        format!(
            "the annotation of this {len}-byte document would be over the output limit of \
             {limit} bytes: skipped"
        ),
    );
    d.bytes = Some(len as u64);
    d
}

/// Cancels the gate when dropped: on every way out of the scope that owns it, panics included.
struct CancelOnDrop<'g>(&'g Gate);

impl Drop for CancelOnDrop<'_> {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// The message of a panic payload.
fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size(" 3 k "), Some(3072));
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("99999999999999T"), None);
    }

    #[test]
    fn public_types_are_send_sync() {
        fn ok<T: Send + Sync + Clone + fmt::Debug>() {}
        ok::<Batch>();
        ok::<BatchConfig>();
        ok::<Source>();
        ok::<Summary>();
        ok::<Record>();
        ok::<ErrorRecord>();
        ok::<DocumentError>();
        ok::<ErrorKind>();
        ok::<InputFormat>();
    }
}
