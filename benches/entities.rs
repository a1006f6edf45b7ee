//! Entity recognition throughput and gazetteer build time.
//!
//! `cargo bench --bench entities` — finds mentions over the bundled sample article repeated to
//! at least 10 MB, single thread, and times building the bundled gazetteer from its TSV.
//! Without `--bench` (`cargo test --all-targets`) it runs once on a tiny input.

use libya_nlp::gazetteer::{FindOptions, Gazetteer};
use libya_nlp::normalize::Normalizer;
use libya_nlp::span::CharIndex;
use std::hint::black_box;
use std::time::Instant;

fn corpus(min_bytes: usize) -> String {
    let sample = include_str!("../data/sample.txt");
    let mut s = String::with_capacity(min_bytes + sample.len());
    while s.len() < min_bytes {
        s.push_str(sample);
        s.push('\n');
    }
    s
}

/// True unless run by `cargo bench` (which passes `--bench`).
fn quick() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn main() {
    let (builds, runs, bytes) = if quick() {
        (1, 1, 1)
    } else {
        (15, 5, 10 << 20)
    };
    if quick() {
        println!("test mode (run without --bench): tiny input, the figures mean nothing");
    }
    // Build time: best of several cold builds (the shared static is built once per process).
    let mut best = f64::MAX;
    let mut patterns = 0;
    for _ in 0..builds {
        let t = Instant::now();
        let g = Gazetteer::builder_libya()
            .build()
            .expect("bundled data is valid");
        best = best.min(t.elapsed().as_secs_f64());
        patterns = g.pattern_count();
        black_box(g);
    }
    let g = Gazetteer::libya();
    println!(
        "build Gazetteer::libya(): {:.2} ms ({} entities, {} name forms)",
        best * 1e3,
        g.len(),
        patterns
    );

    let text = corpus(bytes);
    let mb = text.len() as f64 / 1e6;
    let norm = Normalizer::search().normalize_with_offsets(&text);
    let chars = CharIndex::new(&text);
    let opts = FindOptions::default();
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = black_box(g.find_normalized(black_box(&text), &norm, &chars, &opts)).len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "find mentions (normalized input): {:.1} MB in {:.3} s = {:.0} MB/s, {} mentions",
        mb,
        best,
        mb / best,
        n
    );
    let t = Instant::now();
    let n2 = black_box(g.find(black_box(&text))).len();
    let d = t.elapsed().as_secs_f64();
    println!(
        "find mentions incl. normalization: {:.1} MB in {:.3} s = {:.0} MB/s, {} mentions",
        mb,
        d,
        mb / d,
        n2
    );
}
