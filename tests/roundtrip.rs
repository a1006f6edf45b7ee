//! An `Analysis` read back from its JSON equals the original, on every seed article (events
//! and records included), with and without a publication date.

use libya_nlp::{Analysis, Analyzer, Date};
use std::path::Path;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/data/seeds")
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .filter(|(n, _)| n.ends_with(".txt"))
        .collect();
    out.sort();
    out
}

fn round_trip(name: &str, a: &Analysis) {
    let json = serde_json::to_string(a).unwrap();
    // The hand-written writer (`annotate`'s) gives the same text.
    assert_eq!(a.to_json(), json, "{name}: to_json differs from serde_json");
    let back: Analysis = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, a, "{name}: read back differs");
    // And the JSON of the value read back is the same JSON.
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        json,
        "{name}: JSON differs"
    );
    // The verbose form reads back to the same value too.
    let verbose = serde_json::to_string(&a.verbose()).unwrap();
    let back: Analysis = serde_json::from_str(&verbose).unwrap();
    assert_eq!(&back, a, "{name}: verbose read back differs");
}

/// The compact form stays compact: on the seed articles it was 3.55× their size when this
/// test was written (5.0× before it, 7.2× before names went once per document); the verbose
/// form about twice that.
#[test]
fn seed_output_stays_compact() {
    let analyzer = Analyzer::new();
    let (mut input, mut compact, mut verbose) = (0, 0, 0);
    for (_, text) in seeds() {
        let a = analyzer.analyze(&text);
        input += text.len();
        compact += serde_json::to_string(&a).unwrap().len() + 1;
        verbose += serde_json::to_string(&a.verbose()).unwrap().len() + 1;
    }
    let ratio = compact as f64 / input as f64;
    assert!(ratio < 4.0, "compact output is {ratio:.2}× the input");
    assert!(
        verbose as f64 > 1.5 * compact as f64,
        "verbose {verbose} vs compact {compact}"
    );
}

#[test]
fn seed_analyses_round_trip_through_json() {
    let analyzer = Analyzer::new();
    let date: Date = "2020-06-15".parse().unwrap();
    let seeds = seeds();
    assert!(seeds.len() >= 5, "seed articles missing");
    let (mut events, mut records) = (0, 0);
    for (name, text) in &seeds {
        let a = analyzer.analyze(text);
        round_trip(name, &a);
        let d = analyzer.analyze_dated(text, Some(date));
        round_trip(name, &d);
        events += a.events.len();
        records += d.records.len();
    }
    // The round trip covered events and records, not only empty lists.
    assert!(
        events > 0 && records > 0,
        "{events} events, {records} records"
    );
}

#[test]
fn empty_and_pretty_round_trip() {
    let cases: [(&str, &str); 3] = [
        ("empty", ""),
        ("no entity", "كلام عادي بلا أسماء."),
        ("one event", "قصفت قوات حفتر مدينة درنة أمس."),
    ];
    for (name, text) in cases {
        let a = Analyzer::new().analyze(text);
        round_trip(name, &a);
        let pretty = serde_json::to_string_pretty(&a).unwrap();
        let back: Analysis = serde_json::from_str(&pretty).unwrap();
        assert_eq!(back, a, "{name}: pretty");
    }
}

/// `to_json` writes what serde writes, on hand-built analyses that take the rare paths: a
/// mention that disagrees with `entity_info`, a reference with no equal mention, strings that
/// need escapes, a record location whose coordinates differ from its entity's.
#[test]
fn hand_written_json_equals_serde_on_odd_analyses() {
    let analyzer = Analyzer::new();
    let date: Date = "2019-04-10".parse().unwrap();
    let texts = [
        "قصفت قوات حفتر مدينة درنة أمس وقتل ثلاثة مدنيين.",
        "قال \"المتحدث\" إن اشتباكات\tاندلعت في \\ طرابلس\u{1}.",
        "",
    ];
    for text in texts {
        let mut a = analyzer.analyze_dated(text, Some(date));
        assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap(), "{text:?}");
        if let Some(m) = a.entities.first_mut() {
            m.english = "A \"quoted\"\nname".to_string();
        }
        if let Some(e) = a.events.first_mut() {
            if let Some(r) = e.actors.first_mut() {
                r.start += 1;
            }
        }
        if let Some(r) = a.records.first_mut() {
            if let Some(l) = r.location.as_mut() {
                l.lat = None;
                l.english = "Elsewhere".to_string();
            }
            r.cameo = "99".to_string();
            r.fatalities = Some(0);
        }
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(a.to_json(), json, "{text:?} (edited)");
        let back: Analysis = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{text:?} (edited) read back");
    }
}
