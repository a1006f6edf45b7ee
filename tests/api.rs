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
