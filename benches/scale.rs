//! Scale: batch throughput on one core and on all cores, and linearity on pathological text.
//!
//! ```text
//! cargo build --release --example annotate   # for the whole-process figures
//! cargo bench --bench scale                 # 64 MB of news-like JSONL
//! SCALE_MB=200 cargo bench --bench scale    # more
//! SCALE_MB=0 cargo bench --bench scale      # only the pathological inputs
//! SCALE_MB=2 SCALE_WRITE=/tmp/scale.jsonl cargo bench --bench scale  # write the corpus, stop
//! ```
//!
//! The corpus is made from `data/sample.txt`: its sentences shuffled into documents of 1 to 8
//! KB, with gazetteer names, numbers and diacritics varied, so no two documents are the same.
//! The pathological inputs are 1 MB of one repeated mark, letter, space, dot, newline, …; each
//! is timed against 1 MB of ordinary text, and at 256 KB and 1 MB (4× the input should take
//! about 4× the time; 16× would be quadratic).
use libya_nlp::batch::{Batch, BatchConfig, Source};
use libya_nlp::{Analyzer, Gazetteer};
use std::time::{Duration, Instant};

static SAMPLE: &str = include_str!("../data/sample.txt");

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn corpus(bytes: usize) -> (String, usize) {
    let sentences: Vec<&str> = SAMPLE
        .split_inclusive(['.', '\n', '؟'])
        .map(str::trim)
        .filter(|s| s.len() > 10)
        .collect();
    let names: Vec<&str> = Gazetteer::libya()
        .entities()
        .iter()
        .map(|e| e.arabic.as_str())
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 16 * 1024);
    let mut docs = 0;
    while out.len() < bytes {
        let target = 1024 + rng.below(7 * 1024);
        let mut text = String::with_capacity(target + 512);
        while text.len() < target {
            let s = sentences[rng.below(sentences.len())];
            match rng.below(6) {
                0 => {
                    text.push_str("وقال ");
                    text.push_str(names[rng.below(names.len())]);
                    text.push_str(&format!(" يوم {} ", 1 + rng.below(30)));
                    text.push_str(s);
                }
                1 => {
                    // Diacritics and tatweel sprinkled on one sentence.
                    for (i, c) in s.chars().enumerate() {
                        text.push(c);
                        if i % 7 == 3 && ('\u{0621}'..='\u{064A}').contains(&c) {
                            text.push(if i % 2 == 0 { '\u{064E}' } else { '\u{0640}' });
                        }
                    }
                }
                2 => {
                    text.push_str(s);
                    text.push_str(" في ");
                    text.push_str(names[rng.below(names.len())]);
                    text.push('.');
                }
                _ => text.push_str(s),
            }
            text.push(if rng.below(4) == 0 { '\n' } else { ' ' });
        }
        let line = serde_json::json!({"id": docs, "text": text});
        out.push_str(&line.to_string());
        out.push('\n');
        docs += 1;
    }
    (out, docs)
}

fn throughput(input: &Source, mb: f64, jobs: usize) -> (f64, Duration) {
    let batch = Batch::new(Analyzer::new(), BatchConfig::new().jsonl(true).jobs(jobs));
    let t = Instant::now();
    let s = batch.run([input.clone()], std::io::sink()).unwrap();
    let el = t.elapsed();
    assert_eq!(s.errors, 0);
    (mb / el.as_secs_f64(), el)
}

/// Best of `reps` timings of one analysis.
fn time(analyzer: &Analyzer, text: &str, reps: usize) -> Duration {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyzer.analyze(std::hint::black_box(text)));
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len().max(1) + 1);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Time of each stage of the pipeline on `text` (best of 2), as the analyzer runs them.
fn stages(text: &str) -> [Duration; 5] {
    use libya_nlp::gazetteer::FindOptions;
    use libya_nlp::span::CharIndex;
    use libya_nlp::{sentences, EventClassifier, Normalizer};
    let mut best = [Duration::MAX; 5];
    for _ in 0..2 {
        let t = Instant::now();
        let norm = Normalizer::search().normalize_with_offsets(text);
        let t1 = t.elapsed();
        let chars = CharIndex::new(text);
        let t2 = t.elapsed();
        let ents = Gazetteer::libya().find_normalized(text, &norm, &chars, &FindOptions::default());
        let t3 = t.elapsed();
        let sents = sentences::split(norm.text());
        let t4 = t.elapsed();
        let evs = EventClassifier::libya().classify_prepared(text, &norm, &chars, &sents, &ents);
        let t5 = t.elapsed();
        std::hint::black_box(evs);
        let now = [t1, t2 - t1, t3 - t2, t4 - t3, t5 - t4];
        for (b, n) in best.iter_mut().zip(now) {
            *b = (*b).min(n);
        }
    }
    best
}

/// `annotate --jsonl` as users run it, a process reading the corpus file and writing its JSON
/// to /dev/null, on one job and on all cores, side by side (best of two runs each, interleaved).
/// Needs the example built: `cargo build --release --example annotate`. With
/// `SCALE_BASELINE=PATH`, that `annotate` binary (another build: the main branch's, a release)
/// is timed in the same rounds, interleaved with this one, for a before/after in one run.
fn whole_process(file: &std::path::Path, size: f64, cores: usize) {
    let exe = std::env::current_exe().ok();
    let bin = exe.as_deref().and_then(|e| e.parent()?.parent()).map(|d| {
        d.join("examples")
            .join(format!("annotate{}", std::env::consts::EXE_SUFFIX))
    });
    let Some(bin) = bin.filter(|b| b.exists()) else {
        println!("annotate, whole process: not built (cargo build --release --example annotate)");
        return;
    };
    let mut bins = vec![("this build".to_string(), bin)];
    if let Some(base) = std::env::var_os("SCALE_BASELINE") {
        let base = std::path::PathBuf::from(base);
        if base.exists() {
            bins.push((format!("baseline {}", base.display()), base));
        } else {
            println!("SCALE_BASELINE={}: no such file", base.display());
        }
    }
    let run = |bin: &std::path::Path, jobs: usize| {
        let t = Instant::now();
        let status = std::process::Command::new(bin)
            .args(["--jsonl", "--jobs", &jobs.to_string()])
            .arg(file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("annotate runs");
        assert!(status.success(), "annotate failed");
        t.elapsed()
    };
    let mut best = vec![(Duration::MAX, Duration::MAX); bins.len()];
    for _ in 0..2 {
        for ((_, bin), (one, all)) in bins.iter().zip(best.iter_mut()) {
            *one = (*one).min(run(bin, 1));
            *all = (*all).min(run(bin, cores));
        }
    }
    for ((name, _), (one, all)) in bins.iter().zip(best) {
        let (a, b) = (size / one.as_secs_f64(), size / all.as_secs_f64());
        println!(
            "annotate, whole process, 1 job:  {a:7.2} MB/s  ({:.1} s)  [{name}]",
            one.as_secs_f64()
        );
        println!(
            "annotate, whole process, {cores} jobs: {b:7.2} MB/s  ({:.1} s), speedup {:.2}x  [{name}]",
            all.as_secs_f64(),
            b / a
        );
    }
}

fn main() {
    // Without `--bench` (`cargo test --all-targets`): tiny inputs, a check that it runs.
    let quick = !std::env::args().any(|a| a == "--bench");
    if quick {
        println!("test mode (run without --bench): tiny input, the figures mean nothing");
    }
    let mb: usize = std::env::var("SCALE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 0 } else { 64 });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let analyzer = Analyzer::new();
    // Warm the gazetteer and the classifier.
    analyzer.analyze(SAMPLE);

    // SCALE_WRITE=PATH: write the corpus of SCALE_MB to PATH and stop (to profile a build on
    // the very input the bench times: `valgrind --tool=callgrind annotate --jsonl PATH`).
    if let Some(path) = std::env::var_os("SCALE_WRITE") {
        let (input, docs) = corpus(mb.max(1) << 20);
        std::fs::write(&path, &input).expect("SCALE_WRITE is writable");
        println!(
            "corpus: {docs} documents written to {}",
            path.to_string_lossy()
        );
        return;
    }
    if mb > 0 {
        let (input, docs) = corpus(mb << 20);
        let size = input.len() as f64 / 1e6;
        println!("corpus: {docs} documents, {size:.1} MB of JSONL");
        let file =
            std::env::temp_dir().join(format!("libya_nlp_scale_{}.jsonl", std::process::id()));
        std::fs::write(&file, &input).expect("a temporary file");
        let source = Source::bytes("bench", input);
        let (one, t1) = throughput(&source, size, 1);
        println!(
            "batch, 1 job:   {one:7.2} MB/s  ({:.1} s, {:.0} documents/s)",
            t1.as_secs_f64(),
            docs as f64 / t1.as_secs_f64()
        );
        let (all, ta) = throughput(&source, size, cores);
        println!(
            "batch, {cores} jobs:  {all:7.2} MB/s  ({:.1} s, {:.0} documents/s), speedup {:.2}x",
            ta.as_secs_f64(),
            docs as f64 / ta.as_secs_f64(),
            all / one
        );
        whole_process(&file, size, cores);
        let _ = std::fs::remove_file(&file);
    }

    // SCALE_PATHO_MB=4 times 4 MB inputs against 1 MB ones instead.
    let patho_mb: usize = std::env::var("SCALE_PATHO_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    let big_bytes = if quick { 16 << 10 } else { patho_mb << 20 };
    let ordinary = repeat_to(&SAMPLE.replace('\n', " "), big_bytes);
    let base = time(&analyzer, &ordinary, 3);
    println!(
        "\n{patho_mb} MB of ordinary text: {:.1} ms ({:.2} MB/s)",
        base.as_secs_f64() * 1e3,
        big_bytes as f64 / 1e6 / base.as_secs_f64()
    );
    println!(
        "{:<28} {:>10} {:>9} {:>12}",
        format!("{patho_mb} MB of"),
        "ms",
        "x ordin.",
        "x 1/4 size"
    );
    // Ordinary text with no sentence or clause breaks: one 1 MB sentence.
    let one_sentence: String = SAMPLE
        .chars()
        .map(|c| if ".،؛؟!:\n\"".contains(c) { ' ' } else { c })
        .collect();
    let cases: &[(&str, &str)] = &[
        ("fatha U+064E", "\u{064E}"),
        ("shadda+kasra", "\u{0651}\u{0650}"),
        ("tatweel U+0640", "\u{0640}"),
        ("letter ب", "ب"),
        ("letter ا", "ا"),
        ("clitic و", "و"),
        ("article ال", "ال"),
        ("space", " "),
        ("dot", "."),
        ("newline", "\n"),
        ("question mark ؟", "؟"),
        ("quote", "\""),
        ("RLM U+200F", "\u{200F}"),
        ("ZWJ U+200D", "\u{200D}"),
        ("BOM U+FEFF", "\u{FEFF}"),
        ("digit ٣", "٣"),
        ("1 MB word بنغازي…", "بنغازي"),
        ("name حفتر no space", "حفتر"),
        ("name + space", "حفتر "),
        ("name + dot", "طرابلس. "),
        ("clitic + space", "و "),
        ("multiword name", "حكومة الوفاق الوطني "),
        // An ambiguous place whose city is never named: each one asks whether its parent is
        // (was quadratic in the names of a document when each asked the whole list).
        ("ambiguous place, no parent", "في الدريبي "),
        ("marked letters", "بَ"),
        ("letter + tatweel", "ـب"),
        ("trigger هجوم", "هجوم "),
        ("trigger + comma", "قصف، "),
        ("negated trigger", "لم يتم الهجوم "),
        ("cue + trigger", "قالت إنها لن تهاجم "),
        ("complementizer أن", "أن "),
        ("clause word الذي", "الذي "),
        ("negation لم", "لم "),
        ("quote + trigger", "\"اشتباكات "),
        ("one sentence", &one_sentence),
        // Issue 13: dashes then a list number, repeated (was quadratic in the sentence
        // splitter), and the longest expansion of one presentation form.
        ("dashes + 1. (one sentence)", "----------1."),
        ("ﷺ U+FDFA", "\u{FDFA}"),
    ];
    let mut worst = 0.0f64;
    for (name, unit) in cases {
        let big = repeat_to(unit, big_bytes);
        let small = repeat_to(unit, big_bytes / 4);
        let t = time(&analyzer, &big, 3);
        let ts = time(&analyzer, &small, 3);
        let ratio = t.as_secs_f64() / base.as_secs_f64();
        worst = worst.max(ratio);
        println!(
            "{name:<28} {:>10.1} {:>9.2} {:>12.2}{}",
            t.as_secs_f64() * 1e3,
            ratio,
            t.as_secs_f64() / ts.as_secs_f64().max(1e-9),
            if ratio > 5.0 { "  <-- SLOW" } else { "" }
        );
    }
    println!("worst pathological / ordinary: {worst:.2}x");

    // SCALE_SWEEP=1: ordinary text as one document of 1 to 16 MB, stage by stage (ms).
    if std::env::var("SCALE_SWEEP").is_ok_and(|v| v == "1") {
        println!("\none document of ordinary text, ms per stage:");
        println!(
            "{:>6} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "MB", "normalize", "chars", "entities", "sentences", "events", "analyze"
        );
        for mb in [1usize, 2, 4, 8, 16] {
            let text = repeat_to(&SAMPLE.replace('\n', " "), mb << 20);
            let st = stages(&text);
            print!("{mb:>6}");
            for d in st {
                print!(" {:>9.1}", d.as_secs_f64() * 1e3);
            }
            println!(" {:>9.1}", time(&analyzer, &text, 2).as_secs_f64() * 1e3);
        }
    }
}
