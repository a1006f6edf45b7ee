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
