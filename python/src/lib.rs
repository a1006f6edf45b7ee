//! The compiled half of the `libya_nlp` Python package (PyO3, abi3 from Python 3.9).
//!
//! The pure-Python package `libya_nlp` (`python/libya_nlp/__init__.py`) wraps this module and
//! is the documented API. Every analysis result is the crate's serde output: a JSON string,
//! or the Python objects `json.loads` would make of it, built directly from the analysis by a
//! serde serializer (`pyobj`). Analysis runs with the GIL released; batches run on Rust
//! threads, each of which takes the GIL only to build the Python object of its own result.
//!
//! `unsafe` is not forbidden here as it is in the core crate: PyO3's macros expand to it.
#![deny(missing_docs)]

mod pyobj;
mod rows;

use libya_nlp::gazetteer::Gazetteer as CoreGazetteer;
use libya_nlp::normalize::{Normalized as CoreNormalized, Normalizer, Preset};
use libya_nlp::records::acled::{self, AcledRow};
use libya_nlp::{Analysis, Date};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// Parses an optional publication date with the crate's parser; a bad one is a `ValueError`
/// carrying the crate's message.
fn parse_date(date: Option<&str>) -> PyResult<Option<Date>> {
    date.map(|d| {
        d.parse::<Date>()
            .map_err(|e| PyValueError::new_err(e.to_string()))
    })
    .transpose()
}

fn parse_dates(dates: Option<Vec<Option<String>>>, n: usize) -> PyResult<Vec<Option<Date>>> {
    match dates {
        None => Ok(vec![None; n]),
        Some(d) if d.len() != n => Err(PyValueError::new_err(format!(
            "dates has {} items but texts has {}",
            d.len(),
            n
        ))),
        Some(d) => d.iter().map(|s| parse_date(s.as_deref())).collect(),
    }
}

/// `ids`, if given, has one id per text.
fn check_ids(ids: Option<&[String]>, n: usize) -> PyResult<()> {
    match ids {
        Some(ids) if ids.len() != n => Err(PyValueError::new_err(format!(
            "ids has {} items but texts has {}",
            ids.len(),
            n
        ))),
        _ => Ok(()),
    }
}

/// The number of threads for `n` documents: `jobs` (0 or None = all cores), at most `n` and
/// at most [`libya_nlp::batch::MAX_JOBS`] (a thread that cannot start would abort).
fn threads(jobs: Option<usize>, n: usize) -> usize {
    let all = std::thread::available_parallelism().map_or(1, |p| p.get());
    let j = match jobs {
        None | Some(0) => all,
        Some(j) => j,
    };
    j.min(n).clamp(1, libya_nlp::batch::MAX_JOBS)
}

/// Runs `f` over `0..n` on `jobs` threads (work is handed out one index at a time, so long
/// documents do not hold up a chunk), returning the results in index order.
fn parallel<T: Send, F: Fn(usize) -> T + Sync>(n: usize, jobs: usize, f: F) -> Vec<T> {
    if jobs <= 1 || n <= 1 {
        return (0..n).map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, T)>> = Mutex::new(Vec::with_capacity(n));
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    mine.push((i, f(i)));
                }
                done.lock().unwrap_or_else(|p| p.into_inner()).extend(mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|p| p.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Results a worker may hold unconverted while another worker has the GIL (see [`map_py`]).
const MAX_PENDING: usize = 8;

/// `convert(work(i))` for `i` in `0..n`, as a Python list in index order.
///
/// `work` runs with the GIL released, on `jobs` Rust threads when `jobs > 1` (one index at a
/// time, so a long document holds up nothing). Each worker converts its own results, taking
/// the GIL for that only; the calling thread waits with the GIL released. A worker never
/// waits for the GIL while another worker is converting: it keeps its result and analyzes
/// the next document, converting what it holds the next time no other worker is (at most
/// [`MAX_PENDING`] results, then it waits). So with conversions as long as analyses both
/// cores stay busy, one converting while the other analyzes. Results are dropped after the
/// GIL is let go. With one job, everything runs on the calling thread. After a conversion
/// fails, the workers stop taking new indices and that error is raised.
fn map_py<'py, R, W, C>(
    py: Python<'py>,
    n: usize,
    jobs: usize,
    work: W,
    convert: C,
) -> PyResult<Bound<'py, PyList>>
where
    R: Send,
    W: Fn(usize) -> R + Sync,
    C: Fn(Python<'_>, &R) -> PyResult<Py<PyAny>> + Sync,
{
    if jobs <= 1 || n <= 1 {
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let r = py.allow_threads(|| work(i));
            items.push(convert(py, &r)?);
        }
        return PyList::new(py, items);
    }
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    // Set while one of the workers holds (or is about to take) the GIL to convert.
    let converting = AtomicBool::new(false);
    type Done = Vec<(usize, PyResult<Py<PyAny>>)>;
    let done: Mutex<Done> = Mutex::new(Vec::with_capacity(n));
    let convert_all = |pending: &mut Vec<(usize, R)>, mine: &mut Done| {
        Python::with_gil(|py| {
            for (i, r) in pending.iter() {
                let obj = convert(py, r);
                if obj.is_err() {
                    failed.store(true, Ordering::Relaxed);
                }
                mine.push((*i, obj));
            }
        });
        pending.clear();
    };
    py.allow_threads(|| {
        std::thread::scope(|s| {
            for _ in 0..jobs {
                s.spawn(|| {
                    let mut pending: Vec<(usize, R)> = Vec::with_capacity(MAX_PENDING);
                    let mut mine: Done = Vec::new();
                    while !failed.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= n {
                            break;
                        }
                        pending.push((i, work(i)));
                        if pending.len() >= MAX_PENDING {
                            convert_all(&mut pending, &mut mine);
                        } else if converting
                            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
                            .is_ok()
                        {
                            convert_all(&mut pending, &mut mine);
                            converting.store(false, Ordering::Release);
                        }
                    }
                    if !pending.is_empty() && !failed.load(Ordering::Relaxed) {
                        convert_all(&mut pending, &mut mine);
                    }
                    drop(pending);
                    done.lock().unwrap_or_else(|p| p.into_inner()).extend(mine);
                });
            }
        })
    });
    let mut done = done.into_inner().unwrap_or_else(|p| p.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    let mut items = Vec::with_capacity(n);
    for (_, obj) in done {
        items.push(obj?);
    }
    if items.len() != n {
        return Err(PyValueError::new_err("a worker stopped without a result"));
    }
    PyList::new(py, items)
}

fn json_err(e: serde_json::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

fn to_json<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Runs normalization, the gazetteer and the event classifier over documents (the bundled
/// Libya gazetteer and event lexicon). One analyzer serves many threads.
#[pyclass(frozen, module = "libya_nlp._libya_nlp")]
struct Analyzer {
    inner: libya_nlp::Analyzer,
}

/// Which JSON form a result takes: the compact one (with its whole entity table when
/// `entity_info`), or with `verbose` the verbose one.
#[derive(Clone, Copy)]
struct Form {
    verbose: bool,
    entity_info: bool,
}

impl Form {
    /// The Python objects of `a`'s JSON in this form.
    fn to_py<'py>(self, py: Python<'py>, a: &Analysis) -> PyResult<Bound<'py, PyAny>> {
        if self.verbose {
            pyobj::to_py(py, &a.verbose())
        } else if self.entity_info {
            pyobj::to_py(py, &a.with_entity_info())
        } else {
            pyobj::to_py(py, a)
        }
    }

    /// `a`'s JSON text in this form.
    fn to_json(self, a: &Analysis) -> serde_json::Result<String> {
        if self.verbose {
            serde_json::to_string(&a.verbose())
        } else if self.entity_info {
            Ok(a.to_json_with_entity_info())
        } else {
            Ok(a.to_json())
        }
    }
}

#[pymethods]
impl Analyzer {
    /// The bundled Libya gazetteer and event lexicon.
    #[new]
    fn new() -> Analyzer {
        Analyzer {
            inner: libya_nlp::Analyzer::new(),
        }
    }

    /// Analyzes one document (published on `date`, `YYYY-MM-DD`, if given) and returns the
    /// `annotate` JSON of it, without the id, as Python objects built from the analysis
    /// (equal to `json.loads` of `analyze_json`); with `entity_info`, the compact form with
    /// the whole entity table (`Analysis::with_entity_info`); with `verbose`, the verbose
    /// form (`Analysis::verbose`).
    #[pyo3(signature = (text, date=None, verbose=false, entity_info=false))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        date: Option<&str>,
        verbose: bool,
        entity_info: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let date = parse_date(date)?;
        let a = py.allow_threads(|| self.inner.analyze_dated(text, date));
        Form {
            verbose,
            entity_info,
        }
        .to_py(py, &a)
    }

    /// Analyzes one document (published on `date`, `YYYY-MM-DD`, if given) and returns the
    /// `annotate` JSON of it, without the id; with `entity_info` the whole entity table too,
    /// with `verbose` the verbose form.
    #[pyo3(signature = (text, date=None, verbose=false, entity_info=false))]
    fn analyze_json<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        date: Option<&str>,
        verbose: bool,
        entity_info: bool,
    ) -> PyResult<Bound<'py, PyString>> {
        let date = parse_date(date)?;
        let form = Form {
            verbose,
            entity_info,
        };
        let json = py.allow_threads(|| form.to_json(&self.inner.analyze_dated(text, date)));
        Ok(PyString::new(py, &json.map_err(json_err)?))
    }

    /// `analyze` over `texts` on `jobs` Rust threads, in input order. Each worker analyzes
    /// with the GIL released and takes it only to build the Python objects of its result;
    /// the calling thread waits with the GIL released.
    #[pyo3(signature = (texts, dates=None, jobs=None, verbose=false, entity_info=false))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dates: Option<Vec<Option<String>>>,
        jobs: Option<usize>,
        verbose: bool,
        entity_info: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let dates = parse_dates(dates, texts.len())?;
        let form = Form {
            verbose,
            entity_info,
        };
        map_py(
            py,
            texts.len(),
            threads(jobs, texts.len()),
            |i| self.inner.analyze_dated(&texts[i], dates[i]),
            |py, a| form.to_py(py, a).map(Bound::unbind),
        )
    }

    /// `analyze_json` over `texts` on `jobs` Rust threads, in input order: each worker
    /// analyzes and serializes with the GIL released and takes it only to make the `str`.
    #[pyo3(signature = (texts, dates=None, jobs=None, entity_info=false))]
    fn analyze_many_json<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dates: Option<Vec<Option<String>>>,
        jobs: Option<usize>,
        entity_info: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let dates = parse_dates(dates, texts.len())?;
        map_py(
            py,
            texts.len(),
            threads(jobs, texts.len()),
            |i| {
                let a = self.inner.analyze_dated(&texts[i], dates[i]);
                if entity_info {
                    a.to_json_with_entity_info()
                } else {
                    a.to_json()
                }
            },
            |py, json| Ok(PyString::new(py, json).into_any().unbind()),
        )
    }

    /// The ACLED rows of `texts` (`libya_nlp::records::acled::rows`) as dicts keyed by column,
    /// in document then record order; analysis on `jobs` Rust threads as in `analyze_many`,
    /// each worker building the dicts of its own documents. `ids` name the documents in
    /// `event_id_cnty` (default: the index).
    #[pyo3(signature = (texts, dates=None, ids=None, jobs=None))]
    fn acled_rows<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dates: Option<Vec<Option<String>>>,
        ids: Option<Vec<String>>,
        jobs: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let n = texts.len();
        let dates = parse_dates(dates, n)?;
        check_ids(ids.as_deref(), n)?;
        let per_doc = map_py(
            py,
            n,
            threads(jobs, n),
            |i| {
                let a = self.inner.analyze_dated(&texts[i], dates[i]);
                let id = ids
                    .as_ref()
                    .map_or_else(|| i.to_string(), |ids| ids[i].clone());
                acled::rows(&id, &texts[i], &a)
            },
            |py, rows| pyobj::to_py(py, rows).map(Bound::unbind),
        )?;
        let mut rows = Vec::new();
        for doc in per_doc.iter() {
            rows.extend(doc.downcast::<PyList>()?.iter());
        }
        PyList::new(py, rows)
    }

    /// The ACLED rows of `texts` (`libya_nlp::records::acled::rows`: asserted, non-background
    /// records), analyzed on `jobs` Rust threads with the GIL released, as columns (see
    /// `acled::columns`). `ids` name the documents in `event_id_cnty` (default: the index).
    #[pyo3(signature = (texts, dates=None, ids=None, jobs=None))]
    fn acled_columns<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dates: Option<Vec<Option<String>>>,
        ids: Option<Vec<String>>,
        jobs: Option<usize>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let texts: Vec<Option<&str>> = texts.iter().map(|t| Some(t.as_str())).collect();
        self.acled_of(py, &texts, dates, ids, jobs)
    }

    /// `acled_columns` over the strings of an Arrow `utf8`/`large_utf8` (or binary) array given
    /// as its buffers: `data` the bytes, `offsets` the little-endian offsets (`wide`: 64-bit,
    /// else 32-bit) of `length` strings from `offset`, `valid` the validity bitmap or None.
    /// Null strings give no rows.
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (data, offsets, wide, offset, length, valid=None, dates=None, ids=None, jobs=None))]
    fn acled_buffers<'py>(
        &self,
        py: Python<'py>,
        data: &[u8],
        offsets: &[u8],
        wide: bool,
        offset: usize,
        length: usize,
        valid: Option<&[u8]>,
        dates: Option<Vec<Option<String>>>,
        ids: Option<Vec<String>>,
        jobs: Option<usize>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let texts = arrow_strings(data, offsets, wide, offset, length, valid)?;
        self.acled_of(py, &texts, dates, ids, jobs)
    }

    /// Seconds the Rust analysis alone takes over `texts` on `jobs` threads (one by default),
    /// `repeat` times (the best run, wall time): no conversion, no JSON. With `json`, the
    /// analysis and its serialization (what `annotate` does per document). The baselines of
    /// `python/bench.py`.
    #[pyo3(signature = (texts, repeat=3, json=false, jobs=1))]
    fn _time_rust(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        repeat: usize,
        json: bool,
        jobs: usize,
    ) -> f64 {
        let jobs = threads(Some(jobs), texts.len());
        py.allow_threads(|| {
            (0..repeat.max(1))
                .map(|_| {
                    let t = std::time::Instant::now();
                    parallel(texts.len(), jobs, |i| {
                        let a = self.inner.analyze(std::hint::black_box(&texts[i]));
                        if json {
                            std::hint::black_box(serde_json::to_string(&a).ok());
                        }
                        std::hint::black_box(a);
                    });
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min)
        })
    }

    fn __repr__(&self) -> String {
        "Analyzer()".to_string()
    }
}

impl Analyzer {
    fn acled_of<'py>(
        &self,
        py: Python<'py>,
        texts: &[Option<&str>],
        dates: Option<Vec<Option<String>>>,
        ids: Option<Vec<String>>,
        jobs: Option<usize>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let n = texts.len();
        let dates = parse_dates(dates, n)?;
        check_ids(ids.as_deref(), n)?;
        let jobs = threads(jobs, n);
        let rows = py.allow_threads(|| {
            parallel(n, jobs, |i| {
                texts[i].map_or_else(Vec::new, |text| {
                    let a = self.inner.analyze_dated(text, dates[i]);
                    let id = ids
                        .as_ref()
                        .map_or_else(|| i.to_string(), |ids| ids[i].clone());
                    acled::rows(&id, text, &a)
                })
            })
        });
        let rows: Vec<(usize, AcledRow)> = rows
            .into_iter()
            .enumerate()
            .flat_map(|(i, rs)| rs.into_iter().map(move |r| (i, r)))
            .collect();
        crate::rows::columns(py, &rows)
    }
}

/// The ACLED rows of one analysis (the `annotate` JSON of `text`, as `Analyzer.analyze_json`
/// gives it) as a JSON array of objects keyed by column.
#[pyfunction]
fn acled_rows_json(analysis_json: &str, text: &str, doc_id: &str) -> PyResult<String> {
    let a: Analysis = serde_json::from_str(analysis_json)
        .map_err(|e| PyValueError::new_err(format!("not an analysis: {e}")))?;
    to_json(&acled::rows(doc_id, text, &a))
}

/// Each event kind with the ACLED event type, sub-event type and CAMEO root code it gives
/// (what an event or record of the kind carries unless it says otherwise).
#[pyfunction]
fn event_kinds() -> Vec<(&'static str, String, String, &'static str)> {
    libya_nlp::EventKind::all()
        .iter()
        .map(|&k| {
            let a = k.acled();
            (k.as_str(), a.event_type, a.sub_event_type, k.cameo())
        })
        .collect()
}

/// The ACLED column names, in order.
#[pyfunction]
fn acled_column_names() -> Vec<&'static str> {
    acled::COLUMNS.to_vec()
}

/// The strings of an Arrow `utf8` / `large_utf8` array, borrowed from its buffers; `None` for
/// nulls. Every offset is checked; a string that is not UTF-8 is a `ValueError`.
fn arrow_strings<'a>(
    data: &'a [u8],
    offsets: &[u8],
    wide: bool,
    offset: usize,
    length: usize,
    valid: Option<&[u8]>,
) -> PyResult<Vec<Option<&'a str>>> {
    let width = if wide { 8 } else { 4 };
    let at = |i: usize| -> PyResult<usize> {
        let b = offsets
            .get(i * width..(i + 1) * width)
            .ok_or_else(|| PyValueError::new_err("Arrow offsets buffer too short"))?;
        let v = if wide {
            i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
        } else {
            i64::from(i32::from_le_bytes(b.try_into().unwrap_or([0; 4])))
        };
        usize::try_from(v).map_err(|_| PyValueError::new_err("negative Arrow offset"))
    };
    let end_index = offset
        .checked_add(length)
        .ok_or_else(|| PyValueError::new_err("Arrow array too long"))?;
    let mut out = Vec::with_capacity(length);
    let mut start = at(offset)?;
    for i in offset..end_index {
        let end = at(i + 1)?;
        let is_valid = valid.is_none_or(|v| v.get(i / 8).is_some_and(|b| b & (1 << (i % 8)) != 0));
        if !is_valid {
            out.push(None);
        } else {
            let bytes = data
                .get(start..end)
                .ok_or_else(|| PyValueError::new_err("Arrow offsets out of range"))?;
            let s = std::str::from_utf8(bytes).map_err(|e| {
                PyValueError::new_err(format!("string {} is not UTF-8: {e}", i - offset))
            })?;
            out.push(Some(s));
        }
        start = end;
    }
    Ok(out)
}

fn preset(name: &str) -> PyResult<Normalizer> {
    Preset::parse(name).map(Normalizer::preset).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown preset `{name}`: expected one of search, display, lucene, camel"
        ))
    })
}

/// Normalizes `text` with a named preset (`search`, `display`, `lucene`, `camel`).
#[pyfunction]
#[pyo3(signature = (text, preset="search"))]
fn normalize(text: &str, preset: &str) -> PyResult<String> {
    Ok(self::preset(preset)?.normalize(text).into_owned())
}

/// Byte offset of each char of `s`, plus `s.len()` at the end.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(s.len()))
        .collect()
}

/// Char offset of byte `b` (the char holding it when not on a boundary).
fn char_of(starts: &[usize], b: usize) -> usize {
    match starts.binary_search(&b) {
        Ok(i) => i,
        Err(i) => i.saturating_sub(1),
    }
}

/// A normalized text and the way back to the original, in Python string indices.
#[pyclass(frozen, module = "libya_nlp._libya_nlp")]
struct Normalized {
    norm: CoreNormalized,
    norm_starts: Vec<usize>,
    orig_starts: Vec<usize>,
}

#[pymethods]
impl Normalized {
    /// The normalized text.
    #[getter]
    fn text(&self) -> &str {
        self.norm.text()
    }

    /// Length of the original text, in characters.
    #[getter]
    fn original_len(&self) -> usize {
        self.orig_starts.len() - 1
    }

    /// The range `(start, end)` of the original text (character indices) that produced the
    /// characters `start:end` of the normalized text. Out-of-range input is clamped.
    fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let n = self.norm_starts.len() - 1;
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        let r = self
            .norm
            .map()
            .to_original(self.norm_starts[s]..self.norm_starts[e]);
        (
            char_of(&self.orig_starts, r.start),
            char_of(&self.orig_starts, r.end),
        )
    }

    /// The index in the normalized text of original character `pos`.
    fn to_normalized(&self, pos: usize) -> usize {
        let n = self.orig_starts.len() - 1;
        let b = self.norm.map().to_normalized(self.orig_starts[pos.min(n)]);
        char_of(&self.norm_starts, b)
    }

    /// For each character of the normalized text, the `(start, end)` of the original it came
    /// from, as two lists.
    fn spans(&self) -> (Vec<usize>, Vec<usize>) {
        let n = self.norm_starts.len() - 1;
        (0..n).map(|i| self.to_original(i, i + 1)).unzip()
    }

    fn __repr__(&self) -> String {
        format!("Normalized(text={:?})", self.norm.text())
    }
}

/// Normalizes `text` with a preset and keeps the offset map.
#[pyfunction]
#[pyo3(signature = (text, preset="search"))]
fn normalize_with_offsets(text: &str, preset: &str) -> PyResult<Normalized> {
    let norm = self::preset(preset)?.normalize_with_offsets(text);
    Ok(Normalized {
        norm_starts: char_starts(norm.text()),
        orig_starts: char_starts(text),
        norm,
    })
}

/// The bundled Libya gazetteer.
#[pyclass(frozen, module = "libya_nlp._libya_nlp")]
struct Gazetteer {
    inner: &'static CoreGazetteer,
}

#[pymethods]
impl Gazetteer {
    /// The bundled Libya gazetteer (built once per process).
    #[staticmethod]
    fn libya() -> Gazetteer {
        Gazetteer {
            inner: CoreGazetteer::libya(),
        }
    }

    /// The entity with this id as JSON, or None.
    fn entity_json(&self, id: &str) -> PyResult<Option<String>> {
        self.inner.entity(id).map(to_json).transpose()
    }

    /// All entities as one JSON array.
    fn entities_json(&self) -> PyResult<String> {
        to_json(&self.inner.entities())
    }

    /// The mentions in `text` as a JSON array.
    fn find_json(&self, py: Python<'_>, text: &str) -> PyResult<String> {
        let found = py.allow_threads(|| self.inner.find(text));
        to_json(&found)
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }
}

/// The version of the package (and of the crate it was built with).
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The compiled module.
#[pymodule]
fn _libya_nlp(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_class::<Normalized>()?;
    m.add_class::<Gazetteer>()?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_with_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(acled_rows_json, m)?)?;
    m.add_function(wrap_pyfunction!(acled_column_names, m)?)?;
    m.add_function(wrap_pyfunction!(event_kinds, m)?)?;
    Ok(())
}
