//! The `lucene` and `camel` presets and the Lucene stemmer against golden files made by the
//! real libraries (see `tests/data/normalize/gen_golden.py`, whose header line each file keeps).

use libya_nlp::normalize::Normalizer;
use libya_nlp::stem::lucene_stem_line;

fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/normalize/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    assert!(header.starts_with("# "), "{path}: header line missing");
    lines
        .map(|l| serde_json::from_str::<Vec<String>>(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn show(s: &str) -> String {
    s.chars().map(|c| format!("{:04X} ", c as u32)).collect()
}

#[test]
fn lucene_normalizer_and_stemmer_match_lucene() {
    let rows = rows("lucene.jsonl");
    assert!(rows.len() > 500);
    let n = Normalizer::lucene();
    let mut bad = Vec::new();
    for r in &rows {
        let (input, norm, stem, both) = (&r[0], &r[1], &r[2], &r[3]);
        let got = n.normalize(input);
        if got != norm.as_str() {
            bad.push(format!(
                "normalize {}\n want {}\n got  {}",
                show(input),
                show(norm),
                show(&got)
            ));
        }
        let got_stem = lucene_stem_line(input);
        if got_stem != stem.as_str() {
            bad.push(format!(
                "stem {}\n want {}\n got  {}",
                show(input),
                show(stem),
                show(&got_stem)
            ));
        }
        let got_both = lucene_stem_line(&got);
        if got_both != both.as_str() {
            bad.push(format!(
                "normalize+stem {}\n want {}\n got  {}",
                show(input),
                show(both),
                show(&got_both)
            ));
        }
        // The offset map gives the same text.
        assert_eq!(n.normalize_with_offsets(input).text(), norm);
    }
    assert!(
        bad.is_empty(),
        "{} differences:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn camel_preset_matches_camel_tools() {
    let rows = rows("camel.jsonl");
    assert!(rows.len() > 500);
    let n = Normalizer::camel();
    let mut bad = Vec::new();
    for r in &rows {
        let (input, want) = (&r[0], &r[1]);
        let got = n.normalize(input);
        if got != want.as_str() {
            bad.push(format!(
                "{}\n want {}\n got  {}",
                show(input),
                show(want),
                show(&got)
            ));
        }
        assert_eq!(n.normalize_with_offsets(input).text(), want);
    }
    assert!(
        bad.is_empty(),
        "{} differences:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
