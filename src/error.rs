//! Errors.

use thiserror::Error;

/// Everything that can go wrong in this crate: loading data files and reading input.
///
/// ```
/// use libya_nlp::Error;
/// let e = Error::Data { file: "x.tsv".into(), line: 3, field: "lat".into(), message: "not a number".into() };
/// assert_eq!(e.to_string(), "x.tsv:3: field `lat`: not a number");
/// ```
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum Error {
    /// A data file (gazetteer, lexicon) has a bad value.
    #[error("{file}:{line}: field `{field}`: {message}")]
    Data {
        /// The file name (or `<bundled>` for data compiled into the crate).
        file: String,
        /// 1-based line number.
        line: u64,
        /// The column name.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// Reading a file failed.
    #[error("{file}: {source}")]
    Io {
        /// The file name.
        file: String,
        /// The underlying error.
        #[source]
        source: std::sync::Arc<std::io::Error>,
    },
}

/// A name that is no event kind, modality, entity kind or preset, from [`str::parse`].
///
/// ```
/// use libya_nlp::events::EventKind;
/// let e = "battle".parse::<EventKind>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown event kind `battle`");
/// let e = "place".parse::<libya_nlp::EntityKind>().unwrap_err();
/// assert_eq!(e.to_string(), "unknown entity kind `place`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {what} `{name}`")]
pub struct ParseNameError {
    what: &'static str,
    name: String,
}

impl ParseNameError {
    /// The error for `name` (its first 64 characters) not being a `what`.
    pub(crate) fn new(what: &'static str, name: &str) -> ParseNameError {
        ParseNameError {
            what,
            name: name.chars().take(64).collect(),
        }
    }
}
