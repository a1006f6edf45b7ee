//! Corpus-scale annotation: many documents in, one JSON line per document out, in input order,
//! on all cores, in bounded memory, and up under bad input.
//!
//! A [`Batch`] runs an [`Analyzer`] over [`Source`]s (files, stdin, bytes in memory) or any
//! reader, and writes one line per document to a writer:
//!
//! - [`InputFormat::Document`]: each source is one document; its id is the source name (the
//!   path, `-` for stdin).
//! - [`InputFormat::Jsonl`]: each non-blank line of each source is `{"id": …, "text": …}`; the
//!   id may be any JSON value and is echoed as is (a line without `id` gets its source,
//!   `name:line`, as id). A UTF-8 byte order mark at the start of a source is skipped.
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
//! `{"id": …, "sentences": […], "entities": […], "events": […]}`, exactly the line
//! [`Batch::annotate`] gives for that document alone.
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
//!   reported rather than fatal).
//! - `error.message`: human-readable; optional fields: `line` (JSONL line), `byte_offset`
//!   (`invalid_utf8`: offset of the first bad byte in the line or file), `column`
//!   (`invalid_json`, 1-based), `bytes` (`too_large`: the size of the line or file).
//!
//! Each record is one line; records come in input order, one per document (blank JSONL lines
//! are not documents and give none). [`Summary::failed`] tells whether any document failed.
//!
//! # Memory and threads
//!
//! One reader thread splits the input into documents, [`BatchConfig::jobs`] workers validate,
//! parse, analyze and serialize them, and the calling thread writes them in order. The reader
//! blocks while [`BatchConfig::window`] documents (or [`BatchConfig::window_bytes`] bytes of
//! input) are between it and the writer, reorder buffer included, so memory is bounded by the
//! window and [`BatchConfig::max_bytes`], not by the input size.

use crate::analyzer::{Analysis, Analyzer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How the input is cut into documents.
///
/// ```
/// use libya_nlp::batch::InputFormat;
/// assert_eq!(InputFormat::default(), InputFormat::Document);
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

/// Settings of a [`Batch`] run. Build with [`BatchConfig::new`] and the setters.
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
}

impl Default for BatchConfig {
    fn default() -> Self {
        BatchConfig::new()
    }
}

/// The default [`BatchConfig::max_bytes`]: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

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
        }
    }

    /// Worker threads; 0 (the default) means one per core.
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs;
        self
    }

    /// The number of worker threads this config gives.
    pub fn get_jobs(&self) -> usize {
        if self.jobs == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            self.jobs
        }
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

    /// Write one message per bad document on stderr (`annotate: SOURCE: MESSAGE`).
    pub fn log_errors(mut self, yes: bool) -> Self {
        self.log_errors = yes;
        self
    }

    /// Whether bad documents are reported on stderr.
    pub fn get_log_errors(&self) -> bool {
        self.log_errors
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

/// What went wrong with one document.
///
/// ```
/// use libya_nlp::batch::ErrorKind;
/// assert_eq!(ErrorKind::InvalidUtf8.as_str(), "invalid_utf8");
/// assert_eq!(serde_json::to_string(&ErrorKind::TooLarge).unwrap(), "\"too_large\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// A JSONL line is not JSON.
    InvalidJson,
    /// A JSONL line is JSON but not an object with a string `text`.
    MissingText,
    /// The line or file is over the size limit.
    TooLarge,
    /// The source could not be opened or read.
    Io,
    /// The analyzer panicked on the document (a bug in this crate; please report it).
    Panic,
}

impl ErrorKind {
    /// The snake_case name used in error records.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::InvalidJson => "invalid_json",
            ErrorKind::MissingText => "missing_text",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Io => "io",
            ErrorKind::Panic => "panic",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The `error` member of an [`ErrorRecord`].
///
/// ```
/// use libya_nlp::batch::{DocumentError, ErrorKind};
/// let e = DocumentError::new(ErrorKind::MissingText, "no \"text\" member");
/// assert_eq!(serde_json::to_string(&e).unwrap(),
///     r#"{"kind":"missing_text","message":"no \"text\" member"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// A human-readable message.
    pub message: String,
    /// The 1-based input line (JSONL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// For `invalid_utf8`: the offset of the first bad byte in the line or file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte_offset: Option<u64>,
    /// For `invalid_json`: the 1-based column where parsing failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// For `too_large`: the size of the line or file in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
}

impl DocumentError {
    /// An error with only a kind and a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> DocumentError {
        DocumentError {
            kind,
            message: message.into(),
            line: None,
            byte_offset: None,
            column: None,
            bytes: None,
        }
    }
}

/// The output line of a bad document: `{"id", "source", "error"}` (see the
/// [module docs](self#output-records)).
///
/// ```
/// use libya_nlp::batch::{ErrorRecord, ErrorKind};
/// let r: ErrorRecord = serde_json::from_str(
///     r#"{"id":null,"source":"a.jsonl:3","error":{"kind":"invalid_json","message":"x","line":3,"column":5}}"#,
/// ).unwrap();
/// assert_eq!((r.error.kind, r.error.column), (ErrorKind::InvalidJson, Some(5)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorRecord {
    /// The document id when known, else `null`.
    pub id: Value,
    /// `name:line` (JSONL) or `name` (document per source).
    pub source: String,
    /// What went wrong.
    pub error: DocumentError,
}

/// The output line of a good document: the id and the flattened [`Analysis`].
///
/// ```
/// use libya_nlp::batch::Record;
/// use libya_nlp::Analyzer;
/// let r = Record::new(serde_json::json!("doc-1"), Analyzer::new().analyze("طرابلس"));
/// let line = serde_json::to_string(&r).unwrap();
/// assert!(line.starts_with(r#"{"id":"doc-1","sentences":[{"#));
/// let back: Record = serde_json::from_str(&line).unwrap();
/// assert_eq!(serde_json::to_string(&back).unwrap(), line);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// The document id, echoed as given.
    pub id: Value,
    /// What the analyzer found.
    #[serde(flatten)]
    pub analysis: Analysis,
}

impl Record {
    /// A record.
    pub fn new(id: Value, analysis: Analysis) -> Record {
        Record { id, analysis }
    }
}

/// What a run did.
///
/// ```
/// use libya_nlp::batch::{Batch, BatchConfig, Source};
/// let batch = Batch::new(Default::default(), BatchConfig::new());
/// let s = batch.run(vec![Source::bytes("a", "نص"), Source::bytes("b", b"\xff")], std::io::sink()).unwrap();
/// assert_eq!((s.documents, s.errors, s.bytes), (2, 1, 5));
/// assert!(s.failed());
/// assert!(s.to_string().starts_with("2 documents, 1 error, "));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// Records written (good and bad documents).
    pub documents: u64,
    /// Error records among them.
    pub errors: u64,
    /// Error records by kind.
    pub errors_by_kind: BTreeMap<ErrorKind, u64>,
    /// Input bytes consumed.
    pub bytes: u64,
    /// Wall time of the run.
    pub elapsed: Duration,
}

impl Summary {
    /// True if some document failed.
    pub fn failed(&self) -> bool {
        self.errors > 0
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.elapsed.as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        write!(
            f,
            "{} document{}, {} error{}, {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} documents/s)",
            self.documents,
            if self.documents == 1 { "" } else { "s" },
            self.errors,
            if self.errors == 1 { "" } else { "s" },
            mb,
            secs,
            mb / secs.max(1e-9),
            self.documents as f64 / secs.max(1e-9),
        )
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

/// A unit of work from the reader.
enum Payload {
    /// A JSONL line (without its newline).
    Line { line: u64, bytes: Vec<u8> },
    /// A whole document.
    Document { bytes: Vec<u8> },
    /// Already failed in the reader.
    Failed { id: Value, error: DocumentError },
}

struct Job {
    seq: u64,
    source: Arc<str>,
    /// Input bytes this document accounts for (for the byte window and progress).
    cost: u64,
    payload: Payload,
}

struct Done {
    seq: u64,
    cost: u64,
    line: String,
    error: Option<(String, DocumentError)>,
}

/// The reader's gate: blocks while the window is full.
struct Gate {
    state: Mutex<GateState>,
    cv: Condvar,
}

#[derive(Default)]
struct GateState {
    docs: usize,
    bytes: u64,
    read_bytes: u64,
    cancelled: bool,
}

impl Gate {
    fn new() -> Gate {
        Gate {
            state: Mutex::new(GateState::default()),
            cv: Condvar::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for room for one more document of `cost` bytes; false if cancelled.
    fn admit(&self, cost: u64, window: usize, window_bytes: u64) -> bool {
        let mut s = self.lock();
        while !s.cancelled
            && (s.docs >= window || (s.docs > 0 && s.bytes.saturating_add(cost) > window_bytes))
        {
            s = self.cv.wait(s).unwrap_or_else(|p| p.into_inner());
        }
        if s.cancelled {
            return false;
        }
        s.docs += 1;
        s.bytes += cost;
        true
    }

    fn release(&self, cost: u64) {
        let mut s = self.lock();
        s.docs -= 1;
        s.bytes -= cost;
        drop(s);
        self.cv.notify_all();
    }

    fn cancel(&self) {
        self.lock().cancelled = true;
        self.cv.notify_all();
    }

    fn cancelled(&self) -> bool {
        self.lock().cancelled
    }

    fn add_read(&self, n: u64) {
        self.lock().read_bytes += n;
    }

    fn read_bytes(&self) -> u64 {
        self.lock().read_bytes
    }
}

/// An input as the reader sees it.
enum Input<'a> {
    Source(Source),
    Reader(String, Box<dyn Read + Send + 'a>),
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

    /// The output line (without newline) for one good document: what a run writes for it.
    ///
    /// ```
    /// use libya_nlp::batch::Batch;
    /// let line = Batch::default().annotate(&serde_json::json!(7), "");
    /// assert_eq!(line, r#"{"id":7,"sentences":[],"entities":[],"events":[]}"#);
    /// ```
    pub fn annotate(&self, id: &Value, text: &str) -> String {
        let record = Record::new(id.clone(), self.analyzer.analyze(text));
        serde_json::to_string(&record).expect("records serialize")
    }

    /// Annotates the sources in order and writes one line per document to `out`.
    ///
    /// Bad documents become [`ErrorRecord`]s and the run goes on; the only error returned is a
    /// failure to write `out` (the run stops then).
    ///
    /// Each record is written with one `write_all` call, so wrap an unbuffered `out` (a file,
    /// stdout) in a [`BufWriter`](std::io::BufWriter): the runner flushes it whenever it has
    /// to wait for the next document, so output is never held back while workers are busy.
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
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let job_rx = Mutex::new(job_rx);
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        let reader_failed = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let gate = &gate;
            let job_rx = &job_rx;
            let reader_failed = &reader_failed;
            scope.spawn(move || {
                let r = catch_unwind(AssertUnwindSafe(|| {
                    Reader {
                        config: &self.config,
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
            for _ in 0..jobs {
                let done_tx = done_tx.clone();
                scope.spawn(move || loop {
                    let job = match job_rx.lock().unwrap_or_else(|p| p.into_inner()).recv() {
                        Ok(job) => job,
                        Err(_) => return,
                    };
                    if done_tx.send(self.process(job)).is_err() {
                        return;
                    }
                });
            }
            drop(done_tx);
            let r = self.write_all(done_rx, gate, total, started, out);
            gate.cancel();
            r
        })
        .and_then(|s| {
            if reader_failed.load(Ordering::SeqCst) {
                Err(io::Error::other("the batch reader panicked"))
            } else {
                Ok(s)
            }
        })
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
        let mut progress = self.config.progress.then(|| Progress::new(started, total));
        let tick = Duration::from_millis(250);
        loop {
            let got = match rx.try_recv() {
                Ok(d) => Some(d),
                Err(mpsc::TryRecvError::Disconnected) => break,
                Err(mpsc::TryRecvError::Empty) => {
                    // Nothing ready: let what was written reach the reader of `out`.
                    out.flush()?;
                    match rx.recv_timeout(tick) {
                        Ok(d) => Some(d),
                        Err(mpsc::RecvTimeoutError::Timeout) => None,
                        Err(mpsc::RecvTimeoutError::Disconnected) => break,
                    }
                }
            };
            if let Some(d) = got {
                pending.insert(d.seq, d);
                while let Some(d) = pending.remove(&next) {
                    next += 1;
                    out.write_all(d.line.as_bytes())?;
                    summary.documents += 1;
                    summary.bytes += d.cost;
                    if let Some((source, e)) = d.error {
                        summary.errors += 1;
                        *summary.errors_by_kind.entry(e.kind).or_default() += 1;
                        if self.config.log_errors {
                            if let Some(p) = progress.as_mut() {
                                p.clear();
                            }
                            eprintln!("annotate: {source}: {}", e.message);
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
        let (id, result) = match payload {
            Payload::Failed { id, error } => (id, Err(error)),
            Payload::Document { bytes } => {
                let id = Value::String(source.to_string());
                match std::str::from_utf8(&bytes) {
                    Ok(text) => {
                        let r = self.analyze(text);
                        (id, r)
                    }
                    Err(e) => (id, Err(utf8_error(&e, None))),
                }
            }
            Payload::Line { line, bytes } => {
                let source_line = format!("{source}:{line}");
                match parse_line(&bytes, line, &source_line) {
                    Ok((id, text)) => {
                        let r = self.analyze(&text);
                        (id, r)
                    }
                    Err(b) => {
                        let (id, e) = *b;
                        (id, Err(e))
                    }
                }
            }
        };
        let source = match &result {
            Err(e) => match e.line {
                Some(l) => format!("{source}:{l}"),
                None => source.to_string(),
            },
            Ok(_) => String::new(),
        };
        match result {
            Ok(analysis) => Done {
                seq,
                cost,
                line: json_line(&Record::new(id, analysis)),
                error: None,
            },
            Err(error) => {
                let record = ErrorRecord {
                    id,
                    source: source.clone(),
                    error,
                };
                Done {
                    seq,
                    cost,
                    line: json_line(&record),
                    error: Some((source, record.error)),
                }
            }
        }
    }

    fn analyze(&self, text: &str) -> Result<Analysis, DocumentError> {
        catch_unwind(AssertUnwindSafe(|| self.analyzer.analyze(text))).map_err(|p| {
            let what = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            DocumentError::new(ErrorKind::Panic, format!("the analyzer panicked: {what}"))
        })
    }
}

/// A record as one output line, newline included.
fn json_line<T: Serialize>(record: &T) -> String {
    let mut line = serde_json::to_string(record).expect("records serialize");
    line.push('\n');
    line
}

fn utf8_error(e: &std::str::Utf8Error, line: Option<u64>) -> DocumentError {
    let at = e.valid_up_to() as u64;
    let mut d = DocumentError::new(
        ErrorKind::InvalidUtf8,
        format!(
            "invalid UTF-8 at byte {at} of the {}",
            if line.is_some() { "line" } else { "file" }
        ),
    );
    d.byte_offset = Some(at);
    d.line = line;
    d
}

/// Parses a JSONL line into (id, text), or (id or null, error).
fn parse_line(
    bytes: &[u8],
    line: u64,
    source_line: &str,
) -> Result<(Value, String), Box<(Value, DocumentError)>> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Box::new((Value::Null, utf8_error(&e, Some(line)))))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let what = e.to_string();
        let what = what
            .rsplit_once(" at line ")
            .map_or(what.as_str(), |(w, _)| w);
        let mut d = DocumentError::new(
            ErrorKind::InvalidJson,
            format!("invalid JSON at column {}: {what}", e.column()),
        );
        d.line = Some(line);
        d.column = Some(e.column() as u64);
        Box::new((Value::Null, d))
    })?;
    let missing = |id: Value, message: String| {
        let mut d = DocumentError::new(ErrorKind::MissingText, message);
        d.line = Some(line);
        Box::new((id, d))
    };
    let mut map = match value {
        Value::Object(map) => map,
        other => {
            let what = match other {
                Value::Array(_) => "an array",
                Value::String(_) => "a string",
                Value::Number(_) => "a number",
                Value::Bool(_) => "a boolean",
                _ => "null",
            };
            return Err(missing(
                Value::Null,
                format!("the line is {what}, not an object with a \"text\" string"),
            ));
        }
    };
    let id = map
        .remove("id")
        .unwrap_or_else(|| Value::String(source_line.to_string()));
    match map.remove("text") {
        Some(Value::String(t)) => Ok((id, t)),
        Some(_) => Err(missing(id, "\"text\" is not a string".into())),
        None => Err(missing(id, "no \"text\" member".into())),
    }
}

/// The reader thread: cuts sources into documents and feeds the workers through the gate.
struct Reader<'c, 'g> {
    config: &'c BatchConfig,
    gate: &'g Gate,
    tx: mpsc::Sender<Job>,
    window: usize,
    seq: u64,
}

/// The outcome of reading one line.
enum LineRead {
    Eof,
    /// A line of `len` bytes (newline excluded) and `consumed` bytes (newline included); the
    /// content is in the buffer unless `len` is over the limit.
    Line {
        len: u64,
        consumed: u64,
    },
}

impl Reader<'_, '_> {
    fn read_all(mut self, inputs: Vec<Input<'_>>) {
        for input in inputs {
            if self.gate.cancelled() {
                return;
            }
            let (name, reader): (String, io::Result<Box<dyn Read + Send + '_>>) = match input {
                Input::Reader(name, r) => (name, Ok(r)),
                Input::Source(s) => {
                    let name = s.name();
                    let r: io::Result<Box<dyn Read + Send>> = match s {
                        Source::Path(p) => match File::open(&p) {
                            Ok(f) => {
                                if self.config.format == InputFormat::Document {
                                    if let Some(n) = f
                                        .metadata()
                                        .ok()
                                        .filter(|m| m.is_file())
                                        .map(|m| m.len())
                                        .filter(|&n| n > self.config.max_bytes)
                                    {
                                        // Known too large without reading it.
                                        let e = too_large(n, self.config.max_bytes, None, true);
                                        if !self.send(name.into(), n, id_of(&p), e) {
                                            return;
                                        }
                                        continue;
                                    }
                                }
                                Ok(Box::new(f))
                            }
                            Err(e) => Err(e),
                        },
                        Source::Stdin => Ok(Box::new(io::stdin())),
                        Source::Bytes { data, .. } => Ok(Box::new(io::Cursor::new(data))),
                    };
                    (name, r)
                }
            };
            let source: Arc<str> = name.as_str().into();
            let ok = match reader {
                Err(e) => {
                    let id = match self.config.format {
                        InputFormat::Document => Value::String(name.clone()),
                        _ => Value::Null,
                    };
                    let d = DocumentError::new(ErrorKind::Io, format!("cannot open: {e}"));
                    self.send(source, 0, id, d)
                }
                Ok(r) => match self.config.format {
                    InputFormat::Jsonl => self.read_jsonl(source, r),
                    _ => self.read_document(source, r),
                },
            };
            if !ok {
                return;
            }
        }
    }

    /// Sends a job through the gate; false if the run was cancelled.
    fn push(&mut self, source: Arc<str>, cost: u64, payload: Payload) -> bool {
        if !self.gate.admit(cost, self.window, self.config.window_bytes) {
            return false;
        }
        let job = Job {
            seq: self.seq,
            source,
            cost,
            payload,
        };
        self.seq += 1;
        self.tx.send(job).is_ok()
    }

    fn send(&mut self, source: Arc<str>, cost: u64, id: Value, error: DocumentError) -> bool {
        self.push(source, cost, Payload::Failed { id, error })
    }

    fn read_document(&mut self, source: Arc<str>, r: Box<dyn Read + Send + '_>) -> bool {
        let max = self.config.max_bytes;
        let mut bytes = Vec::new();
        let mut limited = r.take(max.saturating_add(1));
        let res = limited.read_to_end(&mut bytes);
        let n = bytes.len() as u64;
        self.gate.add_read(n);
        let id = Value::String(source.to_string());
        match res {
            Err(e) => {
                let d = DocumentError::new(ErrorKind::Io, format!("read error: {e}"));
                self.send(source, n, id, d)
            }
            Ok(_) if n > max => {
                // The rest is not read: its size is unknown, at least `n`.
                let e = too_large(n, max, None, false);
                self.send(source, n, id, e)
            }
            Ok(_) => self.push(source, n, Payload::Document { bytes }),
        }
    }

    fn read_jsonl(&mut self, source: Arc<str>, r: Box<dyn Read + Send + '_>) -> bool {
        let max = self.config.max_bytes;
        let mut r = BufReader::with_capacity(1 << 16, r);
        let mut line = 0u64;
        loop {
            let mut buf = Vec::new();
            line += 1;
            let read = read_line_limited(&mut r, &mut buf, max);
            let (len, consumed) = match read {
                Ok(LineRead::Eof) => return true,
                Ok(LineRead::Line { len, consumed }) => (len, consumed),
                Err(e) => {
                    let mut d = DocumentError::new(ErrorKind::Io, format!("read error: {e}"));
                    d.line = Some(line);
                    return self.send(source, 0, Value::Null, d);
                }
            };
            self.gate.add_read(consumed);
            if line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
            }
            if len > max {
                let e = too_large(len, max, Some(line), true);
                if !self.send(source.clone(), consumed, Value::Null, e) {
                    return false;
                }
                continue;
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                // Blank lines are not documents (their bytes still count as read).
                continue;
            }
            if !self.push(source.clone(), consumed, Payload::Line { line, bytes: buf }) {
                return false;
            }
        }
    }
}

fn id_of(p: &std::path::Path) -> Value {
    Value::String(p.display().to_string())
}

fn too_large(n: u64, max: u64, line: Option<u64>, exact: bool) -> DocumentError {
    let what = if line.is_some() { "line" } else { "file" };
    let size = if exact {
        format!("{n} bytes")
    } else {
        format!("over {max} bytes")
    };
    let mut d = DocumentError::new(
        ErrorKind::TooLarge,
        format!("the {what} is {size}, over the limit of {max} bytes: skipped"),
    );
    d.line = line;
    d.bytes = exact.then_some(n);
    d
}

/// Reads one line into `buf` (newline excluded), keeping at most `max` bytes: a longer line is
/// consumed to its end but not kept (`buf` is left empty) and its full length reported.
fn read_line_limited(r: &mut impl BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<LineRead> {
    buf.clear();
    let mut len = 0u64;
    let mut consumed = 0u64;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if consumed == 0 {
                LineRead::Eof
            } else {
                LineRead::Line { len, consumed }
            });
        }
        let (chunk, used, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        len += chunk.len() as u64;
        consumed += used as u64;
        if len <= max {
            buf.extend_from_slice(chunk);
        } else if !buf.is_empty() {
            *buf = Vec::new();
        }
        r.consume(used);
        if done {
            return Ok(LineRead::Line { len, consumed });
        }
    }
}

/// The progress line on stderr.
struct Progress {
    started: Instant,
    last: Option<Instant>,
    total: Option<u64>,
    shown: bool,
    tty: bool,
}

impl Progress {
    fn new(started: Instant, total: Option<u64>) -> Progress {
        Progress {
            started,
            last: None,
            total,
            shown: false,
            tty: io::stderr().is_terminal(),
        }
    }

    fn show(&mut self, s: &Summary) {
        let now = Instant::now();
        let due = match self.last {
            None => now.duration_since(self.started) >= Duration::from_secs(1),
            Some(t) => now.duration_since(t) >= Duration::from_secs(1),
        };
        if !due {
            return;
        }
        self.last = Some(now);
        let secs = now.duration_since(self.started).as_secs_f64().max(1e-9);
        let mb = s.bytes as f64 / 1e6;
        let mut line = format!(
            "{} documents, {:.1} MB, {:.0} documents/s, {:.1} MB/s",
            s.documents,
            mb,
            s.documents as f64 / secs,
            mb / secs
        );
        if let Some(total) = self.total.filter(|&t| t > 0) {
            let done = s.bytes.min(total);
            let rate = s.bytes as f64 / secs;
            line.push_str(&format!(
                ", {:.0}%",
                100.0 * s.bytes.min(total) as f64 / total as f64
            ));
            if rate > 0.0 {
                let left = (total - done.min(total)) as f64 / rate;
                line.push_str(&format!(", {} left", hms(left)));
            }
        }
        let mut err = io::stderr().lock();
        let _ = if self.tty {
            write!(err, "\r\x1b[2K{line}")
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown && self.tty {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

fn hms(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s / 60 % 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_reader_limits_and_counts() {
        let data = b"abc\n\nlong line here\nlast";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            match read_line_limited(&mut r, &mut buf, 5).unwrap() {
                LineRead::Eof => break,
                LineRead::Line { len, consumed } => got.push((len, consumed, buf.clone())),
            }
        }
        assert_eq!(
            got,
            vec![
                (3, 4, b"abc".to_vec()),
                (0, 1, vec![]),
                (14, 15, vec![]),
                (4, 4, b"last".to_vec()),
            ]
        );
    }

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
