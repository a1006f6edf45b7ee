//! The output records of a batch run and its summary.

use crate::analyzer::Analysis;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// What went wrong with one document.
///
/// ```
/// use libya_nlp::batch::ErrorKind;
/// assert_eq!(ErrorKind::InvalidUtf8.as_str(), "invalid_utf8");
/// assert_eq!(serde_json::to_string(&ErrorKind::TooLarge).unwrap(), "\"too_large\"");
/// assert_eq!("invalid_date".parse::<ErrorKind>(), Ok(ErrorKind::InvalidDate));
/// assert!("late".parse::<ErrorKind>().is_err());
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
    /// The annotation of the document would be over the output limit
    /// ([`BatchConfig::max_output_ratio`](super::BatchConfig::max_output_ratio) times its
    /// size, plus [`OUTPUT_SLACK`](super::OUTPUT_SLACK)): the document is skipped.
    OutputTooLarge,
    /// The JSONL `date` member is not a date (`YYYY-MM-DD`, or a date-time).
    InvalidDate,
}

named!(ErrorKind, "error kind", "The snake_case name used in error records.", {
    InvalidUtf8 => "invalid_utf8",
    InvalidJson => "invalid_json",
    MissingText => "missing_text",
    TooLarge => "too_large",
    Io => "io",
    Panic => "panic",
    OutputTooLarge => "output_too_large",
    InvalidDate => "invalid_date",
});

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
/// [module docs](super#output-records)).
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

/// A [`Record`] in the verbose form ([`Analysis::verbose`]).
#[derive(Serialize)]
pub(super) struct RawVerbose<'a> {
    pub(super) id: &'a RawValue,
    #[serde(flatten)]
    pub(super) analysis: crate::analyzer::Verbose<'a>,
}

/// An [`ErrorRecord`] as the runner writes it: the id exactly as the input wrote it.
#[derive(Serialize)]
pub(super) struct RawErrorRecord<'a> {
    pub(super) id: &'a RawValue,
    pub(super) source: &'a str,
    pub(super) error: &'a DocumentError,
}

/// A record as one output line, newline included, or `Err(limit)` when it is over `limit`
/// bytes. (What is serialized was bounded while it was built: see
/// `Analyzer::analyze_within`.)
pub(super) fn json_line_within<T: Serialize>(record: &T, limit: usize) -> Result<Vec<u8>, usize> {
    let line = json_line(record);
    if line.len() > limit.saturating_add(1) {
        return Err(limit);
    }
    Ok(line)
}

/// A good document's compact JSON line (`{"id":…,` and the analysis' members), newline
/// included, written by hand straight into the line's buffer ([`Analysis::to_json`], or with
/// `entity_info` [`Analysis::to_json_with_entity_info`]); `Err(limit)` when it is over `limit`
/// bytes. `capacity`: room to reserve up front.
pub(super) fn compact_line_within(
    id: &RawValue,
    analysis: &Analysis,
    entity_info: bool,
    limit: usize,
    capacity: usize,
) -> Result<Vec<u8>, usize> {
    let mut line = Vec::with_capacity(capacity.min(limit.saturating_add(64)));
    line.extend_from_slice(b"{\"id\":");
    line.extend_from_slice(id.get().as_bytes());
    line.push(b',');
    crate::wire::write_members(analysis, entity_info, &mut line);
    line.extend_from_slice(b"}\n");
    if line.len() > limit.saturating_add(1) {
        return Err(limit);
    }
    Ok(line)
}

/// A record as one output line, newline included, serialized straight into its buffer.
pub(super) fn json_line<T: Serialize>(record: &T) -> Vec<u8> {
    let mut line = Vec::with_capacity(256);
    serde_json::to_writer(&mut line, record).expect("records serialize");
    line.push(b'\n');
    line
}

pub(super) fn utf8_error(e: &std::str::Utf8Error, line: Option<u64>) -> DocumentError {
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

pub(super) fn too_large(n: u64, max: u64, line: Option<u64>, exact: bool) -> DocumentError {
    let what = if line.is_some() { "line" } else { "document" };
    let message = if exact {
        format!("the {what} is {n} bytes, over the limit of {max} bytes: skipped")
    } else {
        format!("the {what} is over the limit of {max} bytes: skipped")
    };
    let mut d = DocumentError::new(ErrorKind::TooLarge, message);
    d.line = line;
    d.bytes = exact.then_some(n);
    d
}
