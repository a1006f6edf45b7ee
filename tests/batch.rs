//! The batch runner: bad documents among good ones, order, error records, bounded window,
//! output errors.

use libya_nlp::batch::{Batch, BatchConfig, ErrorKind, ErrorRecord, Record, Source};
use libya_nlp::Analyzer;
use serde_json::{json, Value};
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/batch");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/{name}")).unwrap()
}

fn run(config: BatchConfig, sources: Vec<Source>) -> (Vec<String>, libya_nlp::batch::Summary) {
    let batch = Batch::new(Analyzer::new(), config);
    let mut out = Vec::new();
    let summary = batch.run(sources, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.is_empty() || text.ends_with('\n'));
    (text.lines().map(str::to_string).collect(), summary)
}

/// The line a good document gives when it runs alone, through the batch runner.
fn alone(id: &Value, text: &str) -> String {
    let line = serde_json::to_string(&json!({"id": id, "text": text})).unwrap();
    let (lines, s) = run(
        BatchConfig::new().jsonl(true).jobs(1),
        vec![Source::bytes("alone", line)],
    );
    assert_eq!((s.documents, s.errors), (1, 0));
    // Same as the one-document API.
    assert_eq!(lines[0], Batch::default().annotate(id, text));
    lines.into_iter().next().unwrap()
}

fn error_of(line: &str) -> ErrorRecord {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not an error record ({e}): {line}"))
}

/// What one document must give: Ok(id) or Err((kind, id)).
type Expected = Result<Value, (ErrorKind, Value)>;

/// What `mixed.jsonl` must give: (line number, expected).
fn mixed_expectations(name: &str) -> Vec<(u64, Expected)> {
    vec![
        (1, Ok(json!("g1"))),
        (2, Err((ErrorKind::InvalidJson, Value::Null))),
        (3, Ok(json!(2))),
        (6, Err((ErrorKind::MissingText, json!("no-text")))),
        (7, Err((ErrorKind::InvalidUtf8, Value::Null))),
        (8, Ok(json!({"doc": "x", "n": [1, 2]}))),
        (9, Err((ErrorKind::MissingText, json!("num-text")))),
        (10, Err((ErrorKind::TooLarge, Value::Null))),
        (11, Err((ErrorKind::MissingText, Value::Null))),
        (12, Ok(json!(format!("{name}:12")))),
        (13, Ok(Value::Null)),
        (14, Ok(json!("last"))),
    ]
}

fn check_mixed(lines: &[String], name: &str) {
    let data = fixture("mixed.jsonl");
    let raw: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    let expected = mixed_expectations(name);
    assert_eq!(lines.len(), expected.len(), "one record per document");
    for (line, (n, want)) in lines.iter().zip(&expected) {
        match want {
            Ok(id) => {
                let input: Value = serde_json::from_slice(raw[*n as usize - 1]).unwrap();
                let text = input["text"].as_str().unwrap();
                assert_eq!(line, &alone(id, text), "line {n}");
                let r: Record = serde_json::from_str(line).unwrap();
                assert_eq!(&r.id, id);
            }
            Err((kind, id)) => {
                let e = error_of(line);
                assert_eq!(e.error.kind, *kind, "line {n}: {line}");
                assert_eq!(&e.id, id, "line {n}");
                assert_eq!(e.source, format!("{name}:{n}"));
                assert_eq!(e.error.line, Some(*n));
                assert!(!e.error.message.is_empty());
                match kind {
                    ErrorKind::InvalidUtf8 => assert_eq!(e.error.byte_offset, Some(20)),
                    ErrorKind::InvalidJson => {
                        let col = e.error.column.unwrap();
                        assert!(col >= 1 && col <= raw[*n as usize - 1].len() as u64 + 1);
                        assert!(e.error.message.contains(&format!("column {col}")));
                    }
                    ErrorKind::TooLarge => {
                        assert_eq!(e.error.bytes, Some(raw[*n as usize - 1].len() as u64))
                    }
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn jsonl_bad_lines_among_good_ones() {
    let name = format!("{DIR}/mixed.jsonl");
    for (jobs, window) in [(1, 1), (1, 0), (3, 2), (4, 0)] {
        let config = BatchConfig::new()
            .jsonl(true)
            .jobs(jobs)
            .window(window)
            .max_bytes(64 * 1024);
        let (lines, s) = run(config, vec![Source::path(&name)]);
        check_mixed(&lines, &name);
        assert_eq!((s.documents, s.errors), (12, 6));
        assert!(s.failed());
        assert_eq!(s.errors_by_kind[&ErrorKind::MissingText], 3);
        assert_eq!(s.bytes, fixture("mixed.jsonl").len() as u64);
    }
}

#[test]
fn jsonl_sources_are_concatenated_in_order() {
    let data = fixture("mixed.jsonl");
    let (lines, s) = run(
        BatchConfig::new().jsonl(true).jobs(3).max_bytes(64 * 1024),
        vec![Source::bytes("one", &data), Source::bytes("two", &data)],
    );
    assert_eq!(s.documents, 24);
    check_mixed(&lines[..12], "one");
    check_mixed(&lines[12..], "two");
}

#[test]
fn run_reader_matches_run() {
    let data = fixture("mixed.jsonl");
    let batch = Batch::new(
        Analyzer::new(),
        BatchConfig::new().jsonl(true).jobs(2).max_bytes(64 * 1024),
    );
    let mut out = Vec::new();
    let s = batch.run_reader("mixed", &data[..], &mut out).unwrap();
    assert_eq!((s.documents, s.errors), (12, 6));
    let lines: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    check_mixed(&lines, "mixed");
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let input =
        "\u{feff}{\"id\": 1, \"text\": \"طرابلس\"}\r\n\r\n{\"id\": 2, \"text\": \"بنغازي\"}\r\n";
    let (lines, s) = run(
        BatchConfig::new().jsonl(true),
        vec![Source::bytes("bom", input)],
    );
    assert_eq!((s.documents, s.errors), (2, 0));
    assert_eq!(lines[0], alone(&json!(1), "طرابلس"));
    assert_eq!(lines[1], alone(&json!(2), "بنغازي"));
}

#[test]
fn documents_bad_files_among_good_ones() {
    let p = |f: &str| format!("{DIR}/{f}");
    let sources = vec![
        Source::path(p("good_a.txt")),
        Source::path(p("bad_utf8.txt")),
        Source::path(p("does_not_exist.txt")),
        Source::path(p("good_b.txt")),
        Source::path(p("big.txt")),
        Source::bytes("mem-big", vec![b'a'; 4001]),
        Source::bytes("mem-ok", "السراج"),
        Source::path(p("good_a.txt")),
    ];
    for jobs in [1, 3] {
        let (lines, s) = run(
            BatchConfig::new().jobs(jobs).max_bytes(4000),
            sources.clone(),
        );
        assert_eq!(lines.len(), 8);
        assert_eq!((s.documents, s.errors), (8, 4));
        let text = |f: &str| String::from_utf8(fixture(f)).unwrap();
        assert_eq!(
            lines[0],
            alone(&json!(p("good_a.txt")), &text("good_a.txt"))
        );
        assert_eq!(
            lines[3],
            alone(&json!(p("good_b.txt")), &text("good_b.txt"))
        );
        assert_eq!(lines[6], alone(&json!("mem-ok"), "السراج"));
        assert_eq!(lines[7], lines[0]);

        let e = error_of(&lines[1]);
        assert_eq!(e.error.kind, ErrorKind::InvalidUtf8);
        assert_eq!(e.error.byte_offset, Some(49));
        assert_eq!(
            (e.id, e.source),
            (json!(p("bad_utf8.txt")), p("bad_utf8.txt"))
        );
        assert_eq!(e.error.line, None);

        let e = error_of(&lines[2]);
        assert_eq!(e.error.kind, ErrorKind::Io);
        assert_eq!(e.id, json!(p("does_not_exist.txt")));

        let e = error_of(&lines[4]);
        assert_eq!(e.error.kind, ErrorKind::TooLarge);
        assert_eq!(e.error.bytes, Some(5000));

        let e = error_of(&lines[5]);
        assert_eq!(e.error.kind, ErrorKind::TooLarge);
        assert_eq!((e.id, e.source), (json!("mem-big"), "mem-big".to_string()));
    }
}

/// A reader that makes `lines` JSONL documents on the fly, one line per `read` call, and
/// counts the lines handed out.
struct Lines {
    next: u64,
    lines: u64,
    pending: Vec<u8>,
    handed: Arc<AtomicU64>,
    first_big: bool,
}

impl Read for Lines {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            if self.next == self.lines {
                return Ok(0);
            }
            // The first document is much larger, so later ones finish first and wait in the
            // reorder buffer.
            let text = if self.first_big && self.next == 0 {
                "قال المشير خليفة حفتر في بنغازي. ".repeat(2000)
            } else {
                format!("وصل السراج إلى طرابلس يوم {}.", self.next)
            };
            self.pending = serde_json::to_vec(&json!({"id": self.next, "text": text})).unwrap();
            self.pending.push(b'\n');
            self.next += 1;
            self.handed.fetch_add(1, Ordering::SeqCst);
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

/// Checks, at every record written, how far ahead of the writer the reader has got.
struct Watch {
    handed: Arc<AtomicU64>,
    written: u64,
    max_ahead: u64,
    fail_after: Option<u64>,
}

impl Write for Watch {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.fail_after == Some(self.written) {
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
        }
        let ahead = self.handed.load(Ordering::SeqCst) - self.written;
        self.max_ahead = self.max_ahead.max(ahead);
        self.written += buf.iter().filter(|&&b| b == b'\n').count() as u64;
        if self.written < 20 {
            // A slow consumer at first: a reader not held back would race ahead now.
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn reader_stays_within_the_window() {
    for (jobs, window) in [(1, 1), (2, 3), (3, 8)] {
        let handed = Arc::new(AtomicU64::new(0));
        let input = Lines {
            next: 0,
            lines: 300,
            pending: Vec::new(),
            handed: handed.clone(),
            first_big: true,
        };
        let mut watch = Watch {
            handed,
            written: 0,
            max_ahead: 0,
            fail_after: None,
        };
        let batch = Batch::new(
            Analyzer::new(),
            BatchConfig::new().jsonl(true).jobs(jobs).window(window),
        );
        let s = batch.run_reader("gen", input, &mut watch).unwrap();
        assert_eq!((s.documents, watch.written), (300, 300));
        // In flight: at most `window` admitted documents (the one being written among them)
        // plus the one the reader holds while it waits for room.
        assert!(
            watch.max_ahead <= window as u64 + 1,
            "jobs {jobs} window {window}: reader got {} documents ahead",
            watch.max_ahead
        );
    }
}

#[test]
fn a_failing_writer_stops_the_run() {
    let handed = Arc::new(AtomicU64::new(0));
    let input = Lines {
        next: 0,
        lines: 10_000,
        pending: Vec::new(),
        handed: handed.clone(),
        first_big: false,
    };
    let mut watch = Watch {
        handed: handed.clone(),
        written: 0,
        max_ahead: 0,
        fail_after: Some(5),
    };
    let batch = Batch::new(
        Analyzer::new(),
        BatchConfig::new().jsonl(true).jobs(2).window(4),
    );
    let err = batch.run_reader("gen", input, &mut watch).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    assert_eq!(watch.written, 5);
    assert!(handed.load(Ordering::SeqCst) <= 5 + 4 + 1);
}

/// A reader of one enormous line, made on the fly.
struct Huge {
    left: u64,
}

impl Read for Huge {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = (buf.len() as u64).min(self.left) as usize;
        buf[..n].fill(b'x');
        self.left -= n as u64;
        if self.left == 0 && n > 0 {
            buf[n - 1] = b'\n';
        }
        Ok(n)
    }
}

#[test]
fn an_over_limit_line_is_skipped_not_buffered() {
    let good = "{\"id\": \"after\", \"text\": \"في مصراتة\"}\n";
    let input = Huge { left: 32 << 20 }.chain(good.as_bytes());
    let batch = Batch::new(
        Analyzer::new(),
        BatchConfig::new().jsonl(true).max_bytes(1 << 20),
    );
    let mut out = Vec::new();
    let s = batch.run_reader("huge", input, &mut out).unwrap();
    assert_eq!((s.documents, s.errors), (2, 1));
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let e = error_of(lines[0]);
    assert_eq!(e.error.kind, ErrorKind::TooLarge);
    assert_eq!(e.error.bytes, Some((32 << 20) - 1));
    assert_eq!(e.source, "huge:1");
    assert_eq!(lines[1], alone(&json!("after"), "في مصراتة"));
}

#[test]
fn document_over_limit_from_a_reader() {
    let batch = Batch::new(Analyzer::new(), BatchConfig::new().max_bytes(10));
    let mut out = Vec::new();
    let s = batch
        .run_reader("-", Huge { left: 1 << 20 }, &mut out)
        .unwrap();
    assert_eq!((s.documents, s.errors), (1, 1));
    let e = error_of(String::from_utf8(out).unwrap().trim_end());
    assert_eq!((e.id, e.error.kind), (json!("-"), ErrorKind::TooLarge));
    // Only the limit and one byte more were read.
    assert_eq!(s.bytes, 11);
}

#[test]
fn empty_input_gives_nothing() {
    let (lines, s) = run(
        BatchConfig::new().jsonl(true),
        vec![Source::bytes("e", ""), Source::bytes("blank", "\n \n\t\n")],
    );
    assert!(lines.is_empty());
    assert_eq!((s.documents, s.errors, s.failed()), (0, 0, false));
    let (lines, _) = run(BatchConfig::new(), vec![Source::bytes("e", "")]);
    assert_eq!(lines, [alone(&json!("e"), "")]);
}

#[test]
fn blank_lines_of_any_length_are_not_documents() {
    let spaces = " ".repeat(5000);
    let input = format!("\u{feff}  \n{spaces}\n{{\"id\": 1, \"text\": \"سرت\"}}\n\t{spaces}\r\n");
    let (lines, s) = run(
        BatchConfig::new().jsonl(true).max_bytes(100),
        vec![Source::bytes("blank", &input)],
    );
    assert_eq!((s.documents, s.errors), (1, 0));
    assert_eq!(lines, [alone(&json!(1), "سرت")]);
    assert_eq!(s.bytes, input.len() as u64);
}
