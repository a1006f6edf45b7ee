//! Event pipeline throughput and lexicon build time.
//!
//! `cargo bench --bench events` — runs the whole pipeline (normalize + gazetteer + sentences +
//! events, through the `Analyzer`) over the seed corpus (`tests/data/seeds/*.txt` when
//! present, else the bundled sample article) repeated to at least 10 MB, single thread, then
//! the stages on their own, and times building the bundled event classifier. It also prints
//! the Analyzer's MB/s with and without event records (`with_records(false)`), per dated
//! document and over the corpus as one document, and what records cost. Without `--bench`
//! (`cargo test --all-targets`) it runs once on a tiny input. `EVENTS_MB=2 cargo bench --bench
//! events` runs on at least 2 MB instead of 10 (the corpus as one document is slow to analyze
//! at 10 MB: the per-document figures need far less).

use libya_nlp::events::{EventClassifier, Lexicon};
use libya_nlp::gazetteer::{FindOptions, Gazetteer};
use libya_nlp::normalize::Normalizer;
use libya_nlp::sentences;
use libya_nlp::span::CharIndex;
use libya_nlp::Analyzer;
use std::hint::black_box;
use std::time::Instant;

/// The seed articles (or the sample article), joined by blank lines.
fn seeds() -> (String, &'static str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut s = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(f) {
            s.push_str(&t);
            s.push_str("\n\n");
        }
    }
    if s.is_empty() {
        (
            include_str!("../data/sample.txt").to_string(),
            "data/sample.txt",
        )
    } else {
        (s, "seed corpus")
    }
}

fn corpus(min_bytes: usize) -> (String, &'static str) {
    let (unit, name) = seeds();
    let mut s = String::with_capacity(min_bytes + unit.len());
    while s.len() < min_bytes {
        s.push_str(&unit);
    }
    (s, name)
}

/// Best wall time of `runs` calls of `f`, and its last result.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(r);
    }
    (best, out.expect("runs > 0"))
}

/// True unless run by `cargo bench` (which passes `--bench`).
fn quick() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn main() {
    let (builds, runs, bytes) = if quick() {
        (1, 1, 1)
    } else {
        let mb = std::env::var("EVENTS_MB")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&m| m > 0)
            .unwrap_or(10);
        (10, 3, mb << 20)
    };
    if quick() {
        println!("test mode (run without --bench): tiny input, the figures mean nothing");
    }
    let (build, clf) = best(builds, || EventClassifier::new(&Lexicon::bundled()));
    println!(
        "build EventClassifier (bundled lexicon): {:.2} ms ({} patterns)",
        build * 1e3,
        clf.lexicon().len()
    );

    let (text, name) = corpus(bytes);
    let mb = text.len() as f64 / 1e6;
    let analyzer = Analyzer::new();
    let (d, a) = best(runs, || analyzer.analyze(&text));
    println!(
        "whole pipeline (Analyzer: normalize + entities + sentences + events) on the {name}: \
         {mb:.1} MB in {d:.3} s = {:.1} MB/s; {} sentences, {} entities, {} events",
        mb / d,
        a.sentences.len(),
        a.entities.len(),
        a.events.len()
    );
    drop(a);

    // Records (dates, roles, fatalities, merging) on and off, dated documents: the seed
    // articles one by one, as a batch sees them.
    let (unit, _) = seeds();
    let docs: Vec<&str> = unit
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let reps = bytes / unit.len().max(1) + 1;
    let date = "2019-04-08".parse::<libya_nlp::Date>().ok();
    let docs_mb = (unit.len() * reps) as f64 / 1e6;
    let run = |a: &Analyzer| {
        let mut n = 0;
        for _ in 0..reps {
            for d in &docs {
                n += a.analyze_dated(d, date).records.len();
            }
        }
        n
    };
    let off = Analyzer::new().with_records(false);
    let (d_on, n) = best(runs, || run(&analyzer));
    let (d_off, _) = best(runs, || run(&off));
    println!(
        "Analyzer per document, dated ({} documents x {reps}): with records {:.1} MB/s ({n} records), \
         without records {:.1} MB/s; records cost {:.1}% of the analysis",
        docs.len(),
        docs_mb / d_on,
        docs_mb / d_off,
        (d_on - d_off) / d_on * 100.0
    );
    // The same over the corpus as one document.
    let (d_off1, _) = best(runs, || off.analyze_dated(&text, date));
    let (d_on1, a) = best(runs, || analyzer.analyze_dated(&text, date));
    println!(
        "Analyzer on the corpus as one dated document: with records {:.1} MB/s ({} records), \
         without {:.1} MB/s; records cost {:.1}%",
        mb / d_on1,
        a.records.len(),
        mb / d_off1,
        (d_on1 - d_off1) / d_on1 * 100.0
    );
    drop(a);

    let (d, ev) = best(runs, || EventClassifier::libya().classify(&text));
    println!(
        "EventClassifier::classify (normalize + entities + sentences + events): {:.1} MB/s, {} events",
        mb / d,
        ev.len()
    );

    // The stages on their own.
    let (d, norm) = best(runs, || Normalizer::search().normalize_with_offsets(&text));
    println!("  normalize: {:.1} MB/s", mb / d);
    let chars = CharIndex::new(&text);
    let (d, mentions) = best(runs, || {
        Gazetteer::libya().find_normalized(&text, &norm, &chars, &FindOptions::default())
    });
    println!("  entities: {:.1} MB/s", mb / d);
    let (d, sents) = best(runs, || sentences::split(norm.text()));
    println!(
        "  sentences::split: {:.1} MB/s, {} sentences",
        mb / d,
        sents.len()
    );
    let (d, ev) = best(runs, || {
        EventClassifier::libya().classify_prepared(&text, &norm, &chars, &sents, &mentions)
    });
    println!(
        "  classify_prepared (events only): {:.1} MB/s, {} events",
        mb / d,
        ev.len()
    );
}
