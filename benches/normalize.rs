//! Throughput of every normalization preset, with and without offsets, and of the Lucene
//! stemmer, on the seed corpus repeated to at least 10 MB.
//!
//! ```text
//! cargo bench --bench normalize [-- SEED_DIR_OR_FILE]
//! ```
//!
//! The seed text defaults to `$LIBYA_NLP_SEEDS` (a file or a directory of `.txt` files), then
//! the seed articles kept in the crate (`tests/data/seeds/`). The text is normalized line by line (as the
//! `normalize` example and the peers' benchmark do); MB/s counts input bytes; the median of 7
//! runs is printed. Inputs and results pass through `std::hint::black_box`, so the baselines
//! (copy, UTF-8 check, scan) cannot be optimised away. A CPU-time rate is shown only when it
//! carries information: each run used at least 0.25 s of CPU (the kernel counts it in ticks of
//! a few ms) and the rate differs from the wall-clock one by more than 5% (a busy machine).
//!
//! Run without `--bench` (as `cargo test --all-targets` does) it checks that it works on a tiny
//! input and prints no figures worth reading.

use libya_nlp::normalize::{Normalizer, Preset};
use libya_nlp::stem::lucene_stem_line;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn load_seeds() -> String {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let candidates: Vec<PathBuf> = arg
        .map(PathBuf::from)
        .into_iter()
        .chain(std::env::var_os("LIBYA_NLP_SEEDS").map(PathBuf::from))
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds")])
        .collect();
    for c in candidates {
        if c.is_file() {
            if let Ok(s) = std::fs::read_to_string(&c) {
                return s;
            }
        } else if let Ok(dir) = std::fs::read_dir(&c) {
            let mut files: Vec<PathBuf> = dir
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            let mut s = String::new();
            for f in files {
                if let Ok(t) = std::fs::read_to_string(&f) {
                    s.push_str(t.trim_end_matches('\n'));
                    s.push('\n');
                }
            }
            if !s.is_empty() {
                eprintln!("seeds: {}", c.display());
                return s;
            }
        }
    }
    panic!("no seed corpus found");
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Nanoseconds this thread has run on a CPU (Linux), so that a busy machine does not count.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// True unless run by `cargo bench` (which passes `--bench`): `cargo test --all-targets` runs
/// benches as tests, in debug mode, where a tiny input is enough.
fn quick() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn bench(name: &str, lines: &[&str], bytes: usize, mut f: impl FnMut(&str) -> usize) {
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        if name != only {
            return;
        }
    }
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    let mut min_cpu = f64::MAX;
    let mut sink = 0usize;
    for _ in 0..if quick() { 1 } else { 7 } {
        let c = cpu_ns();
        let t = Instant::now();
        for l in lines {
            sink = sink.wrapping_add(black_box(f(black_box(l))));
        }
        rates.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_ns()) {
            let secs = b.saturating_sub(a) as f64 / 1e9;
            min_cpu = min_cpu.min(secs);
            cpu_rates.push(bytes as f64 / 1e6 / secs.max(1e-9));
        }
    }
    black_box(sink);
    let wall = median(rates);
    let cpu = if cpu_rates.is_empty() || min_cpu < 0.25 {
        String::new()
    } else {
        let cpu = median(cpu_rates);
        if (cpu - wall).abs() > 0.05 * wall {
            format!("  ({cpu:.1} MB/s of CPU time)")
        } else {
            String::new()
        }
    };
    println!("{name:<28} {wall:>9.1} MB/s{cpu}");
}

fn main() {
    let seeds = load_seeds();
    if quick() {
        println!("test mode (run without --bench): tiny input, the figures mean nothing");
    }
    let target = if quick() { 1 } else { 10_000_000 };
    let reps = (target / seeds.len().max(1)) + 1;
    let corpus = seeds.repeat(reps);
    let lines: Vec<&str> = corpus.split('\n').collect();
    let bytes = corpus.len();
    println!(
        "corpus: {:.1} MB, {} lines",
        bytes as f64 / 1e6,
        lines.len()
    );
    bench("baseline: copy lines", &lines, bytes, |l| {
        black_box(l.to_owned()).len()
    });
    bench("baseline: utf-8 check", &lines, bytes, |l| {
        std::str::from_utf8(black_box(l.as_bytes())).map_or(0, str::len)
    });
    bench("baseline: scan arabic", &lines, bytes, |l| {
        let b = l.as_bytes();
        let mut i = 0;
        let mut k = 0usize;
        while i < b.len() {
            if b[i] == 0xD8 || b[i] == 0xD9 {
                let cp = ((b[i] as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F);
                if matches!(
                    cp,
                    0x0622 | 0x0623 | 0x0625 | 0x0629 | 0x0640 | 0x0649 | 0x064B..=0x0652
                ) {
                    k += 1;
                }
                i += 2;
            } else {
                i += 1;
            }
        }
        k
    });
    for p in Preset::ALL {
        let n = Normalizer::preset(p);
        bench(p.name(), &lines, bytes, |l| n.normalize(l).len());
        bench(&format!("{} + offsets", p.name()), &lines, bytes, |l| {
            n.normalize_with_offsets(l).text().len()
        });
    }
    let n = Normalizer::lucene();
    bench("lucene + stem", &lines, bytes, |l| {
        lucene_stem_line(&n.normalize(l)).len()
    });
    let n = Normalizer::search();
    bench("search, whole text", &[corpus.as_str()], bytes, |t| {
        n.normalize(t).len()
    });
}
