//! The learned event filter (`data/events/filter.tsv`, `docs/event_filter.md`): the bundled
//! filter is what `classify` applies, threshold 0 leaves the rules' events alone; its features,
//! read from what the classifier computed; and what it does at its fitted threshold (0.20),
//! through the development entry point `EventClassifier::classify_with_features`. (Written when
//! the filter was off; elearn14 refitted it and switched it on: see `tests/event_filter14.rs`.)

use libya_nlp::events::{EventClassifier, EventKind, Modality};

/// The threshold the fit chose (the bundled file's since elearn14).
const FITTED: f64 = 0.2;

const SENTENCES: &[&str] = &[
    "وقع التفجير قرب سوق المدينة صباح اليوم.",
    "وصل إلى طرابلس الصحفي الذي خطف الشهر الماضي.",
    "انفجرت سيارة مفخخة في بنغازي، وأدى الانفجار إلى تدمير مبنى.",
    "اختطف مسلحون مجهولون موظفا في مدينة سبها أمس.",
    "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بنغازي.",
    "نفت الشرطة وقوع أي تفجير في المدينة، وقالت إن الانفجار ناتج عن تسرب غاز.",
    "وقال الوزير الذي لم يحضر الاجتماع المقرر في العاصمة إن الحكومة ستواصل جهودها من أجل الاستقرار والتنمية في كل المناطق، وأضاف أن الانفجار وقع قرب مبنى البلدية.",
    "وأشار التقرير إلى أن الأوضاع الإنسانية في المخيمات تزداد سوءا يوما بعد يوم مع استمرار تدفق النازحين، ولفت إلى أن التفجير الأخير أدى إلى مقتل عدد من المدنيين.",
];

// elearn14: was `bundled_filter_is_off` (the bundled file had threshold 0, so `classify`
// equalled threshold 0). The refit switched the filter on: `classify` is the bundled filter
// (at `FITTED`), and threshold 0 filters nothing.
#[test]
fn bundled_filter_is_classify() {
    let clf = EventClassifier::libya();
    for text in SENTENCES {
        let plain = clf.classify(text);
        for (threshold, name) in [(None, "file's"), (Some(FITTED), "fitted")] {
            let featured = clf.classify_with_features(text, threshold);
            assert_eq!(
                plain,
                featured.iter().map(|x| x.event.clone()).collect::<Vec<_>>(),
                "{name}: {text}"
            );
        }
        let zero = clf.classify_with_features(text, Some(0.0));
        assert!(zero.iter().all(|x| !x.filtered), "{text}");
    }
}

/// (name, sentence, trigger text, feature, present)
type FeatureCase = (&'static str, &'static str, &'static str, &'static str, bool);

const FEATURES: &[FeatureCase] = &[
    ("definite_noun", SENTENCES[0], "التفجير", "definite", true),
    (
        "definite_noun_is_masdar",
        SENTENCES[0],
        "التفجير",
        "pos=masdar",
        true,
    ),
    (
        "opening_words_headline",
        SENTENCES[0],
        "التفجير",
        "headline",
        true,
    ),
    (
        "no_name_no_place",
        SENTENCES[0],
        "التفجير",
        "name_in_sentence",
        false,
    ),
    (
        "relative_clause",
        SENTENCES[1],
        "خطف",
        "relative_clause",
        true,
    ),
    (
        "relative_clause_not_first",
        SENTENCES[1],
        "خطف",
        "first_clause",
        false,
    ),
    (
        "place_named",
        SENTENCES[1],
        "خطف",
        "place_in_sentence",
        true,
    ),
    (
        "two_triggers_of_a_kind",
        SENTENCES[2],
        "مفخخة",
        "repeated",
        true,
    ),
    ("verb_opens", SENTENCES[3], "اختطف", "pos=verb", true),
    ("verb_indefinite", SENTENCES[3], "اختطف", "definite", false),
    (
        "place_in_its_clause",
        SENTENCES[3],
        "اختطف",
        "place_in_clause",
        true,
    ),
    (
        "denial_in_clause",
        SENTENCES[5],
        "تفجير",
        "clause_cue=negated",
        true,
    ),
    (
        "denial_elsewhere",
        SENTENCES[5],
        "الانفجار",
        "sentence_cue=negated",
        true,
    ),
    (
        "other_kinds_beside",
        SENTENCES[4],
        "قتل",
        "other_events",
        true,
    ),
];

#[test]
fn features_of_the_trigger() {
    let clf = EventClassifier::libya();
    let mut failures = Vec::new();
    for &(name, text, trigger, feature, want) in FEATURES {
        let featured = clf.classify_with_features(text, Some(0.0));
        let Some(x) = featured.iter().find(|x| x.event.trigger.text == trigger) else {
            failures.push(format!("{name}: no event at {trigger} in {text}"));
            continue;
        };
        let got = x.features.iter().any(|(k, v)| k == feature && *v != 0.0);
        if got != want {
            failures.push(format!("{name}: {feature} want {want}, got {got}"));
        }
        // Every event carries its kind and the numeric features.
        for must in ["weight", "rel_pos", "log_words", "bias"] {
            if !x.features.iter().any(|(k, _)| k == must) {
                failures.push(format!("{name}: no {must}"));
            }
        }
        if !x
            .features
            .iter()
            .any(|(k, _)| *k == format!("kind={}", x.event.kind))
        {
            failures.push(format!("{name}: no kind feature"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, sentence, kind, reported at threshold 0, reported at the fitted threshold)
type FilterCase = (&'static str, &'static str, EventKind, bool, bool);

const FILTER: &[FilterCase] = &[
    // A short sentence that opens with the deed, with a place: kept.
    (
        "opening_verb_kept",
        SENTENCES[3],
        EventKind::Abduction,
        true,
        true,
    ),
    (
        "toll_and_car_bomb_kept",
        SENTENCES[4],
        EventKind::Bombing,
        true,
        true,
    ),
    ("toll_kept", SENTENCES[4], EventKind::Casualties, true, true),
    // elearn14: both were dropped by elearn13's weights (0.20 of a fit with 7 Libya
    // negatives and the gazetteer-name features); the refit with Libya mentions on both sides
    // keeps them. A definite noun late in a long sentence about something else (the latest
    // bombing, referred back to: a mention the refit no longer drops).
    (
        "late_definite_in_report_kept",
        SENTENCES[7],
        EventKind::Bombing,
        true,
        true,
    ),
    // An explosion told in a long quote after a denial and a plan elsewhere in the sentence:
    // a report, which elearn13's weights dropped (why that filter stayed off).
    (
        "told_in_long_quote_kept",
        SENTENCES[6],
        EventKind::Bombing,
        true,
        true,
    ),
];

#[test]
fn fitted_threshold_makes_mentions() {
    let clf = EventClassifier::libya();
    let mut failures = Vec::new();
    for &(name, text, kind, before, after) in FILTER {
        for (t, want) in [(0.0, before), (FITTED, after)] {
            let featured = clf.classify_with_features(text, Some(t));
            let got = featured.iter().any(|x| {
                x.event.kind == kind
                    && x.event.modality == Modality::Asserted
                    && !x.event.background
            });
            if got != want {
                failures.push(format!(
                    "{name} at {t}: {kind} reported want {want}, got {got}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the filter may touch, on every AGSR sentence: only asserted events of the six kinds it
/// applies to, scored under the threshold, which become background and keep kind and modality;
/// one event per kind, modality and reading in a sentence.
#[test]
fn filter_invariants_on_agsr() {
    let applies = [
        EventKind::Bombing,
        EventKind::Casualties,
        EventKind::Abduction,
        EventKind::Assassination,
        EventKind::ViolenceAgainstCivilians,
        EventKind::Protest,
    ];
    let clf = EventClassifier::libya();
    for file in ["assault_gsr.csv", "protest_gsr.csv"] {
        let path = format!("{}/tests/data/agsr/{file}", env!("CARGO_MANIFEST_DIR"));
        let mut rdr = csv::Reader::from_path(&path).expect("AGSR file");
        let col = rdr
            .headers()
            .expect("header")
            .iter()
            .position(|h| h == "text")
            .expect("text");
        for rec in rdr.records().take(400) {
            let rec = rec.expect("row");
            let text = &rec[col];
            let rules = clf.classify_with_features(text, Some(0.0));
            let fitted = clf.classify_with_features(text, Some(FITTED));
            for x in &fitted {
                assert!((0.0..=1.0).contains(&x.probability), "{text}");
                if x.filtered {
                    assert!(x.event.background && x.event.modality == Modality::Asserted);
                    assert!(applies.contains(&x.event.kind));
                    assert!(x.probability < FITTED, "{text}");
                }
            }
            let mut keys: Vec<_> = fitted
                .iter()
                .map(|x| {
                    (
                        x.event.sentence,
                        x.event.kind,
                        x.event.modality,
                        x.event.background,
                    )
                })
                .collect();
            let n = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(keys.len(), n, "{text}");
            // The rules' events not filtered are all there, unchanged.
            for r in rules.iter().filter(|r| {
                !(applies.contains(&r.event.kind)
                    && r.event.modality == Modality::Asserted
                    && !r.event.background
                    && r.probability < FITTED)
            }) {
                assert!(fitted.iter().any(|x| x.event == r.event), "{text}");
            }
        }
    }
}
