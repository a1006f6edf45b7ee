//! The public API's promises: every public type is `Debug`, `Clone`, `Send` and `Sync`, and the
//! data types serialize with serde.

use libya_nlp::analyzer::Sentence;
use libya_nlp::batch::{
    Batch, BatchConfig, DocumentError, ErrorKind, ErrorRecord, InputFormat, Record, Source, Summary,
};
use libya_nlp::events::{Acled, EntityRef, Lexicon};
use libya_nlp::gazetteer::{Entity, FindOptions, GazetteerBuilder};
use libya_nlp::normalize::NormalizerConfig;
use libya_nlp::span::CharIndex;
use libya_nlp::words::Article;
use libya_nlp::*;

fn common<T: std::fmt::Debug + Clone + Send + Sync>() {}
fn data<T: serde::Serialize + serde::de::DeserializeOwned>() {}

#[test]
fn public_types_are_debug_clone_send_sync() {
    common::<Analyzer>();
    common::<Analysis>();
    common::<Sentence>();
    common::<Error>();
    common::<Event>();
    common::<EventKind>();
    common::<Modality>();
    common::<Acled>();
    common::<EntityRef>();
    common::<EventClassifier>();
    common::<Lexicon>();
    common::<Gazetteer>();
    common::<GazetteerBuilder>();
    common::<Entity>();
    common::<EntityKind>();
    common::<FindOptions>();
    common::<Mention>();
    common::<Normalizer>();
    common::<NormalizerConfig>();
    common::<Normalized>();
    common::<OffsetMap>();
    common::<Preset>();
    common::<Span>();
    common::<CharIndex>();
    common::<Article>();
    common::<Batch>();
    common::<BatchConfig>();
    common::<InputFormat>();
    common::<Source>();
    common::<Summary>();
    common::<Record>();
    common::<ErrorRecord>();
    common::<DocumentError>();
    common::<ErrorKind>();
    common::<ParseNameError>();
}

#[test]
fn every_name_parses_back_from_its_display() {
    for k in EventKind::ALL {
        assert_eq!(k.to_string().parse::<EventKind>(), Ok(k), "{k}");
    }
    for m in Modality::ALL {
        assert_eq!(m.to_string().parse::<Modality>(), Ok(m), "{m}");
    }
    for k in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
    ] {
        assert_eq!(k.to_string().parse::<EntityKind>(), Ok(k), "{k}");
        // The same name as in the JSON.
        assert_eq!(serde_json::to_value(k).unwrap(), k.to_string());
    }
    for p in Preset::ALL {
        assert_eq!(p.to_string().parse::<Preset>(), Ok(p), "{p}");
        assert_eq!(serde_json::to_value(p).unwrap(), p.to_string());
    }
    let cases: [(&str, String); 4] = [
        (
            "event kind",
            "x".parse::<EventKind>().unwrap_err().to_string(),
        ),
        ("modality", "x".parse::<Modality>().unwrap_err().to_string()),
        (
            "entity kind",
            "x".parse::<EntityKind>().unwrap_err().to_string(),
        ),
        ("preset", "x".parse::<Preset>().unwrap_err().to_string()),
    ];
    for (what, message) in cases {
        assert_eq!(message, format!("unknown {what} `x`"));
    }
}

/// The `#[non_exhaustive]` data types are built, outside the crate, with their constructors.
#[test]
fn data_types_are_built_with_constructors() {
    let text = "قصفت قوات حفتر مدينة درنة.";
    let derna = Entity::new("derna", EntityKind::Location, "city", "Derna", "درنة");
    let span = Span::from_bytes(text, 38..46);
    assert_eq!(span.text, "درنة");
    let m = Mention::new(&derna, span.clone(), "درنة", 38..46);
    let r = EntityRef::new("derna", EntityKind::Location, "city", &m.span)
        .with_coordinates(32.76, 22.64);
    assert_eq!(EntityRef::from_mention(&m).range(), r.range());
    let mut e = Event::new(
        EventKind::Airstrike,
        Modality::Asserted,
        Span::from_bytes(text, 0..8),
        0,
    );
    e.locations.push(r);
    assert_eq!(
        e.acled,
        Acled::new("Explosions/Remote violence", "Air/drone strike")
    );
    let mut a = Analysis::default();
    a.sentences.push(Sentence::from_bytes(text, 0..text.len()));
    a.entities.push(m);
    a.events.push(e);
    let back: Analysis = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
    assert_eq!(back, a);
}

#[test]
fn data_types_serialize() {
    data::<Analysis>();
    data::<Sentence>();
    data::<Event>();
    data::<EventKind>();
    data::<Modality>();
    data::<Acled>();
    data::<EntityRef>();
    data::<Entity>();
    data::<EntityKind>();
    data::<Mention>();
    data::<Span>();
    data::<Preset>();
    data::<NormalizerConfig>();
    data::<FindOptions>();
}

#[test]
fn one_analyzer_serves_many_threads() {
    let analyzer = Analyzer::new();
    let text = "قصفت قوات حفتر مطار معيتيقة في طرابلس.";
    let alone = analyzer.analyze(text);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| analyzer.analyze(text))).collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), alone);
        }
    });
}
