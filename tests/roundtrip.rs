//! An `Analysis` read back from its JSON equals the original, in each form (the default, with
//! the entity table, verbose), on every seed article (events and records included), with and
//! without a publication date, and with a gazetteer of the caller's.

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
    // With the whole entity table: the hand-written text is serde's, and it reads back.
    let full = serde_json::to_string(&a.with_entity_info()).unwrap();
    assert_eq!(
        a.to_json_with_entity_info(),
        full,
        "{name}: entity-info text"
    );
    let back: Analysis = serde_json::from_str(&full).unwrap();
    assert_eq!(&back, a, "{name}: entity-info read back differs");
    assert_eq!(
        serde_json::to_string(&back.with_entity_info()).unwrap(),
        full,
        "{name}: entity-info JSON differs"
    );
    // The verbose form reads back to the same value too.
    let verbose = serde_json::to_string(&a.verbose()).unwrap();
    let back: Analysis = serde_json::from_str(&verbose).unwrap();
    assert_eq!(&back, a, "{name}: verbose read back differs");
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

/// Entities of the caller's own gazetteer (a new one, and a bundled id with another English
/// name) are not the bundled gazetteer's: the default form writes them in `entity_info`, so
/// the value still reads back equal in a process that knows only the bundled gazetteer.
#[test]
fn entities_of_a_custom_gazetteer_round_trip() {
    use libya_nlp::gazetteer::{Entity, EntityKind};
    use libya_nlp::Gazetteer;
    let derna = Gazetteer::libya().entity("derna").unwrap().clone();
    let mut renamed = derna.clone();
    renamed.english = "Darnah".to_string();
    let mine = Gazetteer::builder_libya()
        .entity(Entity::new(
            "wadi_kaam",
            EntityKind::Location,
            "river",
            "Wadi Kaam",
            "وادي كعام",
        ))
        .replace_entity(renamed)
        .build()
        .unwrap();
    let analyzer = Analyzer::new().with_gazetteer(mine);
    let date: Date = "2019-04-10".parse().unwrap();
    let text = "قصفت قوات حفتر مدينة درنة أمس قرب وادي كعام، واندلعت اشتباكات في طرابلس.";
    let a = analyzer.analyze_dated(text, Some(date));
    let ids: Vec<&str> = a.entities.iter().map(|m| m.id.as_str()).collect();
    assert!(
        ids.contains(&"wadi_kaam") && ids.contains(&"derna") && ids.contains(&"tripoli"),
        "{ids:?}"
    );
    round_trip("custom gazetteer", &a);
    let json: serde_json::Value = serde_json::from_str(&a.to_json()).unwrap();
    let info = json["entity_info"].as_object().unwrap();
    let mut written: Vec<&str> = info.keys().map(String::as_str).collect();
    written.sort_unstable();
    // Tripoli and Haftar are the bundled gazetteer's as they are: left to it.
    assert_eq!(written, ["derna", "wadi_kaam"]);
    assert_eq!(info["derna"]["english"], "Darnah");
}

/// A mention whose entity the bundled gazetteer does not know, with no `entity_info` entry and
/// no kind of its own, is an error, not a guess.
#[test]
fn unknown_entity_without_its_table_is_an_error() {
    let json = r#"{"sentences":[],"entities":[{"id":"no_such_entity","start":0,"end":2,"char_start":0,"char_end":1,"text":"x"}],"events":[],"records":[]}"#;
    let e = serde_json::from_str::<Analysis>(json).unwrap_err();
    assert!(e.to_string().contains("no_such_entity"), "{e}");
}
