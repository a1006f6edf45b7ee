//! Development tool: the events of each JSONL line `{"id", "text"}` on stdin with the features
//! of the trigger that names each, for fitting and studying the event filter
//! (`tools/fit_event_filter.py`, `docs/event_filter.md`). One line per input line:
//! `{"id", "events": [event + "features", "form", "probability", "filtered"]}`; the events are
//! those of `annotate` (same kinds, modalities, triggers, background).
//!
//! ```text
//! cargo run --release --example event_features [-- --threshold T] < docs.jsonl > features.jsonl
//! ```
//!
//! `--threshold T`: apply the bundled event filter (`data/events/filter.tsv`) at threshold `T`
//! for every kind instead of the file's (`0`: not at all, the events as the rules alone give them: what the
//! filter is fitted on, and what `tools/score_agsr.py --cmd` or `tools/score.py --cmd` score as
//! the crate without it; without the flag, the file's threshold, 0.20 since elearn14).
//!
//! Like `annotate`: help on stdout with status 0, status 2 on a usage error or when the output
//! cannot be written, status 1 when a line was not JSON or not UTF-8 (after every other line
//! was processed); `… | head` ends quietly with 0.
use libya_nlp::EventClassifier;
use std::io::{BufRead, Write};

const USAGE: &str =
    "usage: event_features [--threshold T] < docs.jsonl > features.jsonl (T in [0, 1))";

/// The threshold `--threshold T` asks for (`None`: the file's); exits on a usage error.
fn threshold() -> Option<f64> {
    let mut threshold = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--threshold" => match args.next().and_then(|t| t.parse::<f64>().ok()) {
                Some(t) if (0.0..1.0).contains(&t) => threshold = Some(t),
                _ => usage_error(),
            },
            _ => usage_error(),
        }
    }
    threshold
}

fn usage_error() -> ! {
    eprintln!("{USAGE}");
    std::process::exit(2);
}

/// Ends the process on an output error: quietly with 0 on a closed pipe, else with 2.
fn output_error(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("event_features: cannot write the output: {e}");
    std::process::exit(2);
}

fn main() {
    let threshold = threshold();
    let clf = EventClassifier::libya();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                eprintln!("line {}: {e}", n + 1);
                failed = true;
                // A line that is not UTF-8 is skipped; any other error ends the input.
                if e.kind() == std::io::ErrorKind::InvalidData {
                    continue;
                }
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("line {}: not JSON: {line}", n + 1);
            failed = true;
            continue;
        };
        let text = doc["text"].as_str().unwrap_or("");
        let events: Vec<serde_json::Value> = clf
            .classify_with_features(text, threshold)
            .into_iter()
            .map(|x| {
                let mut v = serde_json::to_value(&x.event).unwrap_or_default();
                let f: serde_json::Map<String, serde_json::Value> =
                    x.features.into_iter().map(|(k, x)| (k, x.into())).collect();
                v["features"] = f.into();
                v["form"] = x.form.into();
                v["probability"] = ((x.probability * 1000.0).round() / 1000.0).into();
                v["filtered"] = x.filtered.into();
                v
            })
            .collect();
        let o = serde_json::json!({"id": doc["id"], "events": events});
        if let Err(e) = writeln!(out, "{o}") {
            output_error(e);
        }
    }
    if let Err(e) = out.flush() {
        output_error(e);
    }
    if failed {
        std::process::exit(1);
    }
}
