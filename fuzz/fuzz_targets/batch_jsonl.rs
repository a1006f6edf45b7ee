//! Feeds arbitrary bytes to the JSONL batch runner: no panic, one record per non-blank line.
#![no_main]
use libfuzzer_sys::fuzz_target;
use libya_nlp::batch::{Batch, BatchConfig};
use libya_nlp::Analyzer;

fuzz_target!(|data: &[u8]| {
    let batch = Batch::new(
        Analyzer::new(),
        BatchConfig::new().jsonl(true).jobs(1).window(3).max_bytes(64),
    );
    let mut out = Vec::new();
    let s = batch.run_reader("fuzz", data, &mut out).unwrap();
    let mut lines = data.split(|&b| b == b'\n').collect::<Vec<_>>();
    if data.ends_with(b"\n") || data.is_empty() {
        lines.pop();
    }
    let mut docs = lines.iter().filter(|l| !l.iter().all(|b| b.is_ascii_whitespace())).count() as u64;
    // A first line that is only a byte order mark is blank once the mark is skipped.
    if let Some(first) = lines.first() {
        if first.starts_with(b"\xEF\xBB\xBF") && first[3..].iter().all(|b| b.is_ascii_whitespace()) {
            docs -= 1;
        }
    }
    assert_eq!(s.documents, docs);
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count() as u64, docs);
    for l in text.lines() {
        // Valid JSON; ids are echoed as written, so a `serde_json::Value` (which refuses
        // `1e400`) cannot be the check.
        serde_json::from_str::<Box<serde_json::value::RawValue>>(l).unwrap();
        assert!(l.starts_with("{\"id\":"), "{l}");
    }
});
