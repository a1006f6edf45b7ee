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
//! instead of the file's (`0`: not at all, the events as the rules alone give them: what the
//! filter is fitted on; `0.2`: the fitted threshold, to score the filter on a gold set with
//! `tools/score_agsr.py --cmd` or `tools/score.py --cmd`).
use libya_nlp::EventClassifier;
use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let threshold = match args.iter().position(|a| a == "--threshold") {
        None => None,
        Some(i) => match args.get(i + 1).and_then(|t| t.parse::<f64>().ok()) {
            Some(t) if (0.0..1.0).contains(&t) => Some(t),
            _ => {
                eprintln!("usage: event_features [--threshold T] (T in [0, 1))");
                std::process::exit(2);
            }
        },
    };
    let clf = EventClassifier::libya();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else {
            eprintln!("not JSON: {line}");
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
        if writeln!(out, "{o}").is_err() {
            break;
        }
    }
}
