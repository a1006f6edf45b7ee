//! Annotate documents: entities, sentences and events as one JSON object per document.
//!
//! ```text
//! cargo run --release --example annotate -- [--jsonl] [FILE...]
//! ```
//!
//! Each FILE, or stdin, is one document; with `--jsonl` each input line is
//! `{"id": …, "text": …}`. With no FILE and nothing on stdin, the bundled sample article.
use libya_nlp::{Analysis, Analyzer};
use serde::Serialize;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

#[derive(Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: Analysis,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a serde_json::Value,
    error: String,
}

static SAMPLE: &str = include_str!("../data/sample.txt");

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                println!("usage: annotate [--jsonl] [FILE...]");
                return ExitCode::SUCCESS;
            }
            f if f.starts_with("--") => {
                eprintln!("annotate: unknown option {f}");
                return ExitCode::from(1);
            }
            f => files.push(f.to_string()),
        }
    }
    let analyzer = Analyzer::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut emit = |id: &serde_json::Value, text: Result<&str, String>, out: &mut dyn Write| {
        let line = match text {
            Ok(t) => serde_json::to_string(&Record {
                id,
                analysis: analyzer.analyze(t),
            }),
            Err(e) => {
                eprintln!("annotate: {id}: {e}");
                failed = true;
                serde_json::to_string(&ErrorRecord { id, error: e })
            }
        };
        let _ = writeln!(out, "{}", line.expect("records serialize"));
    };
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    if files.is_empty() {
        let mut buf = Vec::new();
        if !std::io::stdin().is_terminal() {
            let _ = std::io::stdin().read_to_end(&mut buf);
        }
        if buf.is_empty() && !jsonl {
            buf = SAMPLE.as_bytes().to_vec();
            inputs.push(("sample".into(), buf));
        } else {
            inputs.push(("-".into(), buf));
        }
    } else {
        for f in &files {
            match std::fs::read(f) {
                Ok(b) => inputs.push((f.clone(), b)),
                Err(e) => {
                    emit(
                        &serde_json::Value::String(f.clone()),
                        Err(e.to_string()),
                        &mut out,
                    );
                }
            }
        }
    }
    for (name, bytes) in inputs {
        if jsonl {
            for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
                if line.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                let where_ = serde_json::Value::String(format!("{name}:{}", n + 1));
                let line = match std::str::from_utf8(line) {
                    Ok(l) => l,
                    Err(e) => {
                        emit(
                            &where_,
                            Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
                            &mut out,
                        );
                        continue;
                    }
                };
                match serde_json::from_str::<serde_json::Value>(line) {
                    Ok(v) => {
                        let id = v.get("id").cloned().unwrap_or(where_);
                        match v.get("text").and_then(|t| t.as_str()) {
                            Some(t) => emit(&id, Ok(t), &mut out),
                            None => emit(&id, Err("no \"text\" string".into()), &mut out),
                        }
                    }
                    Err(e) => emit(
                        &where_,
                        Err(format!("invalid JSON at column {}: {e}", e.column())),
                        &mut out,
                    ),
                }
            }
        } else {
            let id = serde_json::Value::String(name.clone());
            match std::str::from_utf8(&bytes) {
                Ok(t) => emit(&id, Ok(t), &mut out),
                Err(e) => emit(
                    &id,
                    Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
                    &mut out,
                ),
            }
        }
    }
    let _ = out.flush();
    let _ = std::io::stdin().lock().lines();
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
