//! Output size (issue 15): the default JSON lines `annotate` writes are at most three times the
//! size of the input on the seed articles; the on-request form (`--entity-info`) still carries
//! every entity's names and coordinates; the verbose form writes everything out.
//!
//! The bound is computed from the input (`3 ×` its bytes), never a byte count of today's
//! output, so more or fewer events, records or entities keep it meaningful.

use libya_nlp::batch::{Batch, BatchConfig, OutputFormat, Source};
use libya_nlp::{Analysis, Analyzer, Gazetteer};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn seed_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/seeds")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    assert!(out.len() >= 5, "seed articles missing");
    out
}

/// What `annotate` writes for the seed articles (one document per file) with `config`.
fn annotate(config: BatchConfig) -> Vec<u8> {
    let batch = Batch::new(Analyzer::new(), config.jobs(1));
    let mut out = Vec::new();
    let sources = seed_paths().into_iter().map(Source::path);
    let summary = batch.run(sources, &mut out).unwrap();
    assert!(!summary.failed());
    out
}

fn input_bytes() -> usize {
    seed_paths()
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len() as usize)
        .sum()
}

fn lines(out: &[u8]) -> Vec<Value> {
    std::str::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn default_output_is_at_most_three_times_the_input() {
    let input = input_bytes();
    let out = annotate(BatchConfig::new());
    let ratio = out.len() as f64 / input as f64;
    eprintln!(
        "seeds: {input} bytes in, {} bytes out ({ratio:.2}×)",
        out.len()
    );
    assert!(
        out.len() <= 3 * input,
        "the default output is {ratio:.2}× the input ({} bytes for {input})",
        out.len()
    );
    // It says what the analysis found (the bound is not met by an empty output).
    let docs = lines(&out);
    let events: usize = docs
        .iter()
        .map(|d| d["events"].as_array().unwrap().len())
        .sum();
    let mentions: usize = docs
        .iter()
        .map(|d| d["entities"].as_array().unwrap().len())
        .sum();
    assert!(
        events > 0 && mentions > 0,
        "{events} events, {mentions} mentions"
    );
}

/// The three forms, in order of size: the default, the default plus the entity table, the
/// verbose form. The default and the entity-info form have the same sentences, mentions and
/// events and read back to the same analysis (a record actor that is not mentioned in the
/// document has its English name written in the entity-info form, as in 0.1.0).
#[test]
fn forms_differ_by_what_they_write_out() {
    let slim = annotate(BatchConfig::new());
    let full = annotate(BatchConfig::new().entity_info(true));
    let verbose = annotate(BatchConfig::new().output(OutputFormat::JsonVerbose));
    assert!(slim.len() < full.len() && full.len() < verbose.len());
    for (mut s, mut f) in lines(&slim).into_iter().zip(lines(&full)) {
        assert!(s.get("entity_info").is_none(), "bundled entities only");
        assert!(f["entity_info"].as_object().is_some_and(|t| !t.is_empty()));
        for key in ["id", "sentences", "entities", "events"] {
            assert_eq!(s[key], f[key], "{key}");
        }
        assert_eq!(
            s["records"].as_array().unwrap().len(),
            f["records"].as_array().unwrap().len()
        );
        f.as_object_mut().unwrap().remove("id");
        s.as_object_mut().unwrap().remove("id");
        let (s, f): (Analysis, Analysis) = (
            serde_json::from_value(s).unwrap(),
            serde_json::from_value(f).unwrap(),
        );
        assert_eq!(s, f);
    }
}

/// `--entity-info`: every entity mentioned has its kind, category, names and coordinates in
/// the line, as the gazetteer gives them; in the default form the same facts are one
/// `Gazetteer::entity` away, by the mention's id.
#[test]
fn the_entity_table_on_request_carries_names_and_coordinates() {
    let g = Gazetteer::libya();
    let mut with_coordinates = 0;
    for (slim, full) in lines(&annotate(BatchConfig::new()))
        .iter()
        .zip(lines(&annotate(BatchConfig::new().entity_info(true))))
    {
        let table = full["entity_info"].as_object().unwrap();
        for m in slim["entities"].as_array().unwrap() {
            let id = m["id"].as_str().unwrap();
            let e = g
                .entity(id)
                .unwrap_or_else(|| panic!("{id} not in the gazetteer"));
            let info = &table[id];
            assert_eq!(info["kind"], e.kind.as_str(), "{id}");
            assert_eq!(info["category"], e.category.as_str(), "{id}");
            assert_eq!(info["english"], e.english.as_str(), "{id}");
            assert_eq!(info["arabic"], e.arabic.as_str(), "{id}");
            assert_eq!(info["lat"].as_f64(), e.lat, "{id}");
            assert_eq!(info["lon"].as_f64(), e.lon, "{id}");
            with_coordinates += usize::from(e.lat.is_some());
        }
        // Both lines read back to the same analysis, names included.
        let a: Analysis = serde_json::from_value(slim.clone()).unwrap();
        let b: Analysis = serde_json::from_value(full).unwrap();
        assert_eq!(a, b);
        for m in &a.entities {
            assert_eq!(m.english, g.entity(&m.id).unwrap().english);
        }
    }
    assert!(
        with_coordinates > 0,
        "no place with coordinates in the seeds"
    );
}

/// The verbose form stays what it was: every field written, the largest of the three.
#[test]
fn verbose_lines_carry_names_on_every_mention() {
    let verbose = annotate(BatchConfig::new().output(OutputFormat::JsonVerbose));
    for d in lines(&verbose) {
        for m in d["entities"].as_array().unwrap() {
            assert!(m["english"].is_string() && m["kind"].is_string(), "{m}");
        }
        for e in d["events"].as_array().unwrap() {
            assert!(e["background"].is_boolean(), "{e}");
        }
    }
}
