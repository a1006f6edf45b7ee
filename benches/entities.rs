//! Entity recognition throughput and gazetteer build time.
//!
//! `cargo bench --bench entities` — finds mentions over the bundled sample article repeated to
//! at least 10 MB, single thread, and times building the bundled gazetteer from its TSV; then
//! the same with the bundled file plus a generated 1,500-entity file (names, aliases,
//! ambiguous names, titles, offices and names shared in disjoint periods), undated and dated.
//! `SYNTHETIC_TSV=path` also writes the generated file there. Without `--bench`
//! (`cargo test --all-targets`) it runs once on a tiny input.

use libya_nlp::gazetteer::{FindOptions, Gazetteer, COLUMNS};
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

/// A synthetic gazetteer TSV of `n` entities with Arabic-letter names (deterministic).
fn synthetic_tsv(n: usize) -> String {
    const LETTERS: &[char] = &[
        'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ',
        'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي', 'ا',
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    let word = |next: &mut dyn FnMut(usize) -> usize| -> String {
        let len = 3 + next(4);
        (0..len).map(|_| LETTERS[next(LETTERS.len())]).collect()
    };
    // A word that encodes `n`: every name ends with one, so names never collide by chance.
    let tag = |mut n: usize| -> String {
        let mut w = String::from("ز");
        loop {
            w.push(LETTERS[n % LETTERS.len()]);
            n /= LETTERS.len();
            if n == 0 {
                break w;
            }
        }
    };
    let kinds = ["person", "organization", "location"];
    let mut out = COLUMNS.join("\t");
    out.push('\n');
    for i in 0..n {
        let kind = kinds[i % 3];
        let mut serial = 0;
        let mut name = |k: usize| -> String {
            let mut w: Vec<String> = (1..k).map(|_| word(&mut next)).collect();
            serial += 1;
            w.push(tag(i * 8 + serial));
            w.join(" ")
        };
        let arabic = name(2 + i % 2);
        let aliases = format!("{};{}", name(1), name(3));
        let ambiguous = if i % 4 == 0 { name(1) } else { String::new() };
        let titles = if kind == "person" {
            name(2)
        } else {
            String::new()
        };
        let (lat, lon) = if kind == "location" {
            (
                format!("{:.3}", 25.0 + (i % 70) as f64 / 10.0),
                format!("{:.3}", 12.0 + (i % 90) as f64 / 10.0),
            )
        } else {
            (String::new(), String::new())
        };
        let admin1 = if kind == "location" { "Tarabulus" } else { "" };
        // Every tenth person holds an office; pairs of organizations share a name in
        // disjoint periods.
        let offices = if kind == "person" && i % 10 == 0 {
            format!("{}@{}..{}", name(2), 2011 + i % 10, 2012 + i % 10)
        } else {
            String::new()
        };
        let shared = if kind == "organization" && i % 20 == 1 {
            format!(
                ";مشترك {}@{}..{}",
                i / 40,
                if i % 40 == 1 { 2011 } else { 2015 },
                if i % 40 == 1 { 2013 } else { 2020 }
            )
        } else {
            String::new()
        };
        let row = [
            format!("synthetic_{i}"),
            kind.to_string(),
            "synthetic".into(),
            format!("Synthetic {i}"),
            arabic,
            format!("{aliases}{shared}"),
            ambiguous,
            String::new(),
            titles,
            String::new(),
            lat,
            lon,
            String::new(),
            String::new(),
            admin1.to_string(),
            String::new(),
            String::new(),
            String::new(),
            offices,
            String::new(),
        ];
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out
}

/// True unless run by `cargo bench` (which passes `--bench`).
fn quick() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn main() {
    let q = quick();
    if q {
        println!("test mode (run without --bench): tiny input, the figures mean nothing");
    }
    let rounds = |n: usize| if q { 1 } else { n };
    // Build time: best of several cold builds (the shared static is built once per process).
    let mut best = f64::MAX;
    let mut patterns = 0;
    for _ in 0..rounds(15) {
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

    let text = corpus(if q { 1 } else { 10 << 20 });
    let mb = text.len() as f64 / 1e6;
    let norm = Normalizer::search().normalize_with_offsets(&text);
    let chars = CharIndex::new(&text);
    let opts = FindOptions::default();
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..rounds(5) {
        let t = Instant::now();
        n = black_box(g.find_normalized(&text, &norm, &chars, &opts)).len();
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
    let n2 = black_box(g.find(&text)).len();
    let d = t.elapsed().as_secs_f64();
    println!(
        "find mentions incl. normalization: {:.1} MB in {:.3} s = {:.0} MB/s, {} mentions",
        mb,
        d,
        mb / d,
        n2
    );

    // The bundled file plus 1,500 generated entities.
    let synth = synthetic_tsv(1500);
    // `SYNTHETIC_TSV=path cargo bench --bench entities` also writes the generated file.
    if let Some(path) = std::env::var_os("SYNTHETIC_TSV") {
        std::fs::write(&path, &synth).expect("write the synthetic TSV");
    }
    let mut best = f64::MAX;
    let mut big = None;
    for _ in 0..rounds(10) {
        let t = Instant::now();
        let g = Gazetteer::builder_libya()
            .tsv(&synth, "synthetic.tsv")
            .build()
            .expect("synthetic data is valid");
        best = best.min(t.elapsed().as_secs_f64());
        big = Some(g);
    }
    let big = big.expect("built");
    println!(
        "build bundled + 1,500 synthetic: {:.2} ms ({} entities, {} name forms)",
        best * 1e3,
        big.len(),
        big.pattern_count()
    );
    let dated = FindOptions::default().with_date("2019-04-05".parse().ok());
    for (label, o) in [("undated", &opts), ("dated", &dated)] {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..rounds(5) {
            let t = Instant::now();
            n = black_box(big.find_normalized(&text, &norm, &chars, o)).len();
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "find mentions, bundled + synthetic, {label}: {:.1} MB in {:.3} s = {:.0} MB/s, {} mentions",
            mb,
            best,
            mb / best,
            n
        );
    }
    let mut best = f64::MAX;
    for _ in 0..rounds(5) {
        let t = Instant::now();
        black_box(g.find_normalized(&text, &norm, &chars, &dated));
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "find mentions, bundled, dated: {:.1} MB in {:.3} s = {:.0} MB/s",
        mb,
        best,
        mb / best
    );
}
