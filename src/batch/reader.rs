//! The reader side of a batch run: cutting sources into documents, the window gate, and
//! parsing JSONL lines.

use super::record::{too_large, utf8_error, DocumentError, ErrorKind};
use super::{BatchConfig, InputFormat, Source};
use crate::date::Date;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};

/// A unit of work from the reader.
pub(super) enum Payload {
    /// A JSONL line (without its newline).
    Line { line: u64, bytes: Vec<u8> },
    /// A whole document.
    Document { bytes: Vec<u8> },
    /// Already failed in the reader.
    Failed {
        id: Box<RawValue>,
        error: DocumentError,
    },
}

pub(super) struct Job {
    pub(super) seq: u64,
    pub(super) source: Arc<str>,
    /// Input bytes this document accounts for (for the byte window and progress).
    pub(super) cost: u64,
    pub(super) payload: Payload,
}

pub(super) struct Done {
    pub(super) seq: u64,
    pub(super) cost: u64,
    /// The output line (UTF-8, newline included; empty for a bad document in ACLED CSV).
    pub(super) line: Vec<u8>,
    pub(super) error: Option<(String, DocumentError)>,
}

/// The reader's gate: blocks while the window is full.
///
/// A reader that found the window full waits until it is half empty (windows of 4 documents or
/// more) and its document fits the byte window, and the writer wakes it only then: one
/// wake-up per half window instead of one per document written, so the reader, a thread of its
/// own, takes less of the cores the workers run on.
pub(super) struct Gate {
    state: Mutex<GateState>,
    cv: Condvar,
}

#[derive(Default)]
pub(super) struct GateState {
    docs: usize,
    bytes: u64,
    read_bytes: u64,
    cancelled: bool,
    /// What a waiting reader waits for: (at most this many documents in flight, room for this
    /// many bytes within `window_bytes`).
    waiting: Option<(usize, u64, u64)>,
}

impl GateState {
    /// A document of `cost` bytes may go in when at most `docs` are in flight and it fits the
    /// byte window (always when none is in flight).
    fn room(&self, docs: usize, cost: u64, window_bytes: u64) -> bool {
        self.docs <= docs && (self.docs == 0 || self.bytes.saturating_add(cost) <= window_bytes)
    }
}

impl Gate {
    pub(super) fn new() -> Gate {
        Gate {
            state: Mutex::new(GateState::default()),
            cv: Condvar::new(),
        }
    }

    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for room for one more document of `cost` bytes; false if cancelled.
    pub(super) fn admit(&self, cost: u64, window: usize, window_bytes: u64) -> bool {
        let mut s = self.lock();
        let window = window.max(1);
        if !s.cancelled && !s.room(window - 1, cost, window_bytes) {
            // Full: wait until half of the window is free (and the document fits); a window
            // of fewer than 4 documents, until there is room for one, so that a worker is
            // never left without a document while the reader refills.
            let low = if window >= 4 { window / 2 } else { window - 1 };
            s.waiting = Some((low, cost, window_bytes));
            while !s.cancelled && !s.room(low, cost, window_bytes) {
                s = self.cv.wait(s).unwrap_or_else(|p| p.into_inner());
            }
            s.waiting = None;
        }
        if s.cancelled {
            return false;
        }
        s.docs += 1;
        s.bytes += cost;
        true
    }

    pub(super) fn release(&self, cost: u64) {
        let mut s = self.lock();
        s.docs -= 1;
        s.bytes -= cost;
        let wake = s
            .waiting
            .is_some_and(|(low, cost, window_bytes)| s.room(low, cost, window_bytes));
        drop(s);
        if wake {
            self.cv.notify_all();
        }
    }

    pub(super) fn cancel(&self) {
        self.lock().cancelled = true;
        self.cv.notify_all();
    }

    pub(super) fn cancelled(&self) -> bool {
        self.lock().cancelled
    }

    pub(super) fn add_read(&self, n: u64) {
        self.lock().read_bytes += n;
    }

    pub(super) fn read_bytes(&self) -> u64 {
        self.lock().read_bytes
    }
}

/// An input as the reader sees it.
pub(super) enum Input<'a> {
    Source(Source),
    Reader(String, Box<dyn Read + Send + 'a>),
}

/// The members of a JSONL input line the runner reads; every other member is skipped
/// unparsed (so `1e400` or a lone `\udc00` there is no error). To read one more member, add a
/// field here and an arm in [`InputLine::deserialize`]. A member given twice counts once, the
/// last one (as `serde_json::Value` does).
#[derive(Debug, Default)]
pub(super) struct InputLine<'a> {
    /// The id exactly as written (`null` included): echoed as is, numbers keep their text.
    pub(super) id: Option<&'a RawValue>,
    /// The text member as written; [`text_of`] decodes it.
    pub(super) text: Option<&'a RawValue>,
    /// The publication date as written (`"YYYY-MM-DD"`, a date-time, or `null`).
    pub(super) date: Option<&'a RawValue>,
}

impl<'de> Deserialize<'de> for InputLine<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = InputLine<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InputLine<'de>, A::Error> {
                let mut line = InputLine::default();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    match key.as_ref() {
                        "id" => line.id = Some(map.next_value()?),
                        "text" => line.text = Some(map.next_value()?),
                        "date" => line.date = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(line)
            }
        }
        d.deserialize_map(Members)
    }
}

/// The text of a `text` member: `None` when it is not a JSON string. A string with no escape
/// is borrowed as it is in the line (serde_json checked it: no quote or control character
/// inside, so its text is its contents); one with escapes is decoded, a lone surrogate escape
/// (`\udc00`, valid JSON but no Unicode scalar) as U+FFFD.
pub(super) fn text_of(raw: &RawValue) -> Option<Cow<'_, str>> {
    let s = raw.get();
    if s.len() < 2 || !s.starts_with('"') || !s.ends_with('"') {
        return None;
    }
    let body = &s[1..s.len() - 1];
    if !body.contains('\\') {
        return Some(Cow::Borrowed(body));
    }
    serde_json::from_str::<String>(s)
        .ok()
        .or_else(|| decode_string_lossy(s))
        .map(Cow::Owned)
}

/// Decodes a JSON string literal (valid JSON: serde_json checked it), lone surrogates as
/// U+FFFD.
fn decode_string_lossy(s: &str) -> Option<String> {
    let body = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut units: Vec<u16> = Vec::new();
    let mut rest = body;
    let flush = |units: &mut Vec<u16>, out: &mut String| {
        out.extend(char::decode_utf16(units.drain(..)).map(|r| r.unwrap_or('\u{FFFD}')));
    };
    while let Some(at) = rest.find('\\') {
        if at > 0 {
            flush(&mut units, &mut out);
            out.push_str(&rest[..at]);
        }
        let esc = rest.as_bytes().get(at + 1).copied()?;
        rest = &rest[at + 2..];
        let c = match esc {
            b'u' => {
                let hex = rest.get(..4)?;
                units.push(u16::from_str_radix(hex, 16).ok()?);
                rest = &rest[4..];
                continue;
            }
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            _ => return None,
        };
        flush(&mut units, &mut out);
        out.push(c);
    }
    flush(&mut units, &mut out);
    out.push_str(rest);
    Some(out)
}

/// A raw JSON value without the white space between its tokens: numbers and strings keep
/// their text exactly (`1E2`, `18446744073709551617`, `"\u00e9"`), and the record stays one
/// compact line.
pub(super) fn compact(raw: &RawValue) -> Box<RawValue> {
    let s = raw.get();
    if !s.bytes().any(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in s.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    RawValue::from_string(out).unwrap_or_else(|_| raw.to_owned())
}

/// A JSON value as raw text.
pub(super) fn raw(v: &Value) -> Box<RawValue> {
    serde_json::value::to_raw_value(v).expect("a Value serializes")
}

/// A line that is no document: its id (as written, or `null`) and what is wrong.
pub(super) type LineError = (Box<RawValue>, DocumentError);

/// A parsed JSONL line: id as written, text (borrowed from the line when it has no escape),
/// publication date.
pub(super) type Line<'a> = (Box<RawValue>, Cow<'a, str>, Option<Date>);

/// `bytes` as text, or where they stop being UTF-8. (simdutf8 checks Arabic about ten times
/// faster than `std::str::from_utf8`, which then still gives the error's position.)
pub(super) fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes))
}

/// Parses a JSONL line into (id as written, text, publication date), or (id or null, error).
pub(super) fn parse_line<'a>(
    bytes: &'a [u8],
    line: u64,
    source_line: &str,
) -> Result<Line<'a>, Box<LineError>> {
    let null = || raw(&Value::Null);
    let text = utf8(bytes).map_err(|e| Box::new((null(), utf8_error(&e, Some(line)))))?;
    let invalid = |e: serde_json::Error| {
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
        Box::new((null(), d))
    };
    let missing = |id: Box<RawValue>, message: String| {
        let mut d = DocumentError::new(ErrorKind::MissingText, message);
        d.line = Some(line);
        Box::new((id, d))
    };
    let first = text
        .bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    if first != Some(b'{') {
        // Valid JSON that is no object, or no JSON.
        serde_json::from_str::<IgnoredAny>(text).map_err(invalid)?;
        let what = match first {
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            _ => "a number",
        };
        return Err(missing(
            null(),
            format!("the line is {what}, not an object with a \"text\" string"),
        ));
    }
    let input: InputLine<'_> = serde_json::from_str(text).map_err(invalid)?;
    let id = match input.id {
        Some(id) => compact(id),
        None => raw(&Value::String(source_line.to_string())),
    };
    // The publication date: absent or null is none; anything else must parse.
    let date = match input.date.map(RawValue::get) {
        None | Some("null") => None,
        Some(d) => {
            let parsed = serde_json::from_str::<String>(d)
                .map_err(|_| "\"date\" is not a string (expected YYYY-MM-DD)".to_string())
                .and_then(|s| s.parse::<Date>().map_err(|e| format!("\"date\": {e}")));
            match parsed {
                Ok(d) => Some(d),
                Err(message) => {
                    let mut d = DocumentError::new(ErrorKind::InvalidDate, message);
                    d.line = Some(line);
                    return Err(Box::new((id, d)));
                }
            }
        }
    };
    match input.text {
        Some(t) => match text_of(t) {
            Some(t) => Ok((id, t, date)),
            None => Err(missing(id, "\"text\" is not a string".into())),
        },
        None => Err(missing(id, "no \"text\" member".into())),
    }
}

/// The reader thread: cuts sources into documents and feeds the workers through the gate.
pub(super) struct Reader<'c, 'g> {
    pub(super) config: &'c BatchConfig,
    pub(super) gate: &'g Gate,
    pub(super) tx: mpsc::Sender<Job>,
    pub(super) window: usize,
    pub(super) seq: u64,
}

/// The outcome of reading one line.
pub(super) enum LineRead {
    Eof,
    /// A line of `len` bytes (newline excluded) and `consumed` bytes (newline included); the
    /// content is in the buffer unless `len` is over the limit. `blank`: only ASCII whitespace.
    Line {
        len: u64,
        consumed: u64,
        blank: bool,
    },
}

impl Reader<'_, '_> {
    pub(super) fn read_all(mut self, inputs: Vec<Input<'_>>) {
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
    pub(super) fn push(&mut self, source: Arc<str>, cost: u64, payload: Payload) -> bool {
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

    pub(super) fn send(
        &mut self,
        source: Arc<str>,
        cost: u64,
        id: Value,
        error: DocumentError,
    ) -> bool {
        self.push(
            source,
            cost,
            Payload::Failed {
                id: raw(&id),
                error,
            },
        )
    }

    pub(super) fn read_document(&mut self, source: Arc<str>, r: Box<dyn Read + Send + '_>) -> bool {
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

    pub(super) fn read_jsonl(&mut self, source: Arc<str>, r: Box<dyn Read + Send + '_>) -> bool {
        let max = self.config.max_bytes;
        let mut r = BufReader::with_capacity(1 << 16, r);
        let mut line = 0u64;
        loop {
            let mut buf = Vec::new();
            line += 1;
            let read = read_line_limited(&mut r, &mut buf, max);
            let (len, consumed, blank) = match read {
                Ok(LineRead::Eof) => return true,
                Ok(LineRead::Line {
                    len,
                    consumed,
                    blank,
                }) => (len, consumed, blank),
                Err(e) => {
                    let mut d = DocumentError::new(ErrorKind::Io, format!("read error: {e}"));
                    d.line = Some(line);
                    return self.send(source, 0, Value::Null, d);
                }
            };
            self.gate.add_read(consumed);
            if blank {
                // Blank lines, however long, are not documents.
                continue;
            }
            if line == 1 && buf.starts_with(BOM) {
                // One byte order mark opening the source is not part of the first line; a
                // second U+FEFF is text (a zero-width no-break space), so that line is a
                // document.
                buf.drain(..BOM.len());
            }
            if len > max {
                let e = too_large(len, max, Some(line), true);
                if !self.send(source.clone(), consumed, Value::Null, e) {
                    return false;
                }
                continue;
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            if !self.push(source.clone(), consumed, Payload::Line { line, bytes: buf }) {
                return false;
            }
        }
    }
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

pub(super) fn id_of(p: &std::path::Path) -> Value {
    Value::String(p.display().to_string())
}

/// Reads one line into `buf` (newline excluded), keeping at most `max` bytes: a longer line is
/// consumed to its end but not kept (`buf` is left empty) and its full length reported.
pub(super) fn read_line_limited(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: u64,
) -> io::Result<LineRead> {
    buf.clear();
    let mut len = 0u64;
    let mut consumed = 0u64;
    let mut blank = true;
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
                LineRead::Line {
                    len,
                    consumed,
                    blank,
                }
            });
        }
        let (chunk, used, done) = match find_newline(avail) {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        len += chunk.len() as u64;
        consumed += used as u64;
        blank = blank && chunk.iter().all(|b| b.is_ascii_whitespace());
        if len <= max {
            buf.extend_from_slice(chunk);
        } else if !buf.is_empty() {
            *buf = Vec::new();
        }
        r.consume(used);
        if done {
            return Ok(LineRead::Line {
                len,
                consumed,
                blank,
            });
        }
    }
}

/// The index of the first `\n` in `b`, eight bytes at a time: a word XORed with eight
/// newlines has a zero byte where `b` has one, which `(w - 0x01…) & !w & 0x80…` tells (the
/// reader's scan for line ends, about a fifth of the instructions of a byte loop).
fn find_newline(b: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const NL: u64 = LO * b'\n' as u64;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        let w = u64::from_le_bytes(word) ^ NL;
        if w.wrapping_sub(LO) & !w & HI != 0 {
            return c.iter().position(|&x| x == b'\n').map(|i| at + i);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(|&x| x == b'\n').map(|i| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    #[test]
    fn a_full_gate_lets_the_reader_in_once_half_the_window_is_free() {
        // (window, documents admitted before the reader may go on)
        for (window, low) in [(16usize, 8usize), (4, 2), (3, 2), (1, 0)] {
            let gate = std::sync::Arc::new(Gate::new());
            for _ in 0..window {
                assert!(gate.admit(1, window, u64::MAX));
            }
            let g = std::sync::Arc::clone(&gate);
            let reader = std::thread::spawn(move || g.admit(1, window, u64::MAX));
            for _ in low..window {
                gate.release(1);
            }
            assert!(reader.join().unwrap(), "window {window}");
            assert_eq!(gate.lock().docs, low + 1, "window {window}");
        }
        // A cancelled gate lets nobody in.
        let gate = Gate::new();
        gate.cancel();
        assert!(!gate.admit(1, 4, u64::MAX));
    }

    proptest::proptest! {
        #[test]
        fn find_newline_finds_the_first_newline(
            b in proptest::collection::vec(proptest::prop_oneof![
                proptest::strategy::Just(b'\n'),
                proptest::strategy::Just(b'\n' ^ 0x80),
                proptest::strategy::Just(0u8),
                proptest::strategy::Just(0xFFu8),
                proptest::num::u8::ANY,
            ], 0..40),
        ) {
            proptest::prop_assert_eq!(find_newline(&b), b.iter().position(|&x| x == b'\n'));
        }
    }

    #[test]
    fn find_newline_named_cases() {
        for (name, b, want) in [
            ("empty", &b""[..], None),
            ("first", b"\nabc", Some(0)),
            ("in the second word", b"01234567890\n", Some(11)),
            ("in the tail", b"0123456789\n", Some(10)),
            ("none", b"0123456789abcdef", None),
            (
                "after a byte 0x8A",
                b"\x8a\x8a\x8a\x8a\x8a\x8a\x8a\n",
                Some(7),
            ),
            ("arabic", "طرابلس\nبنغازي".as_bytes(), Some(12)),
        ] {
            assert_eq!(find_newline(b), want, "{name}");
        }
    }

    #[test]
    fn line_reader_limits_and_counts() {
        let data = b"abc\n\nlong line here\n \t         \nlast";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            match read_line_limited(&mut r, &mut buf, 5).unwrap() {
                LineRead::Eof => break,
                LineRead::Line {
                    len,
                    consumed,
                    blank,
                } => got.push((len, consumed, blank, buf.clone())),
            }
        }
        assert_eq!(
            got,
            vec![
                (3, 4, false, b"abc".to_vec()),
                (0, 1, true, vec![]),
                (14, 15, false, vec![]),
                (11, 12, true, vec![]),
                (4, 4, false, b"last".to_vec()),
            ]
        );
    }
}
