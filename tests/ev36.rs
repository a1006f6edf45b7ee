//! ev36 (issue 9, sentence-level events on real news): classes found in the thirty-third
//! session (round 36's record openings): a headline that opens with an indefinite event noun
//! tells that event as the news, a kicker before it too (`ليبيا: اغتيال ناشط سياسي`), while a
//! nominal event without an anchor elsewhere stays a mention; a headline's one-word kicker
//! with two dots is no sentence of its own. The sentences were written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV36_CASES: &[Case] = &[
    (
        "a_headline_of_an_assassination",
        "اغتيال ناشط سياسي وعقيد في الجيش",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a_headline_after_a_kicker",
        "ليبيا: اغتيال ناشط سياسي وعقيد ومقدم في الجيش",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a_headline_of_an_abduction",
        "خطف موظفين أجانب في حقل نفطي",
        K::Abduction,
        Some(M::Asserted),
    ),
];

#[test]
fn ev36_classes() {
    events_table::check(EV36_CASES, false);
}

/// Near misses: an unanchored event noun that does not open a headline, or a definite one,
/// stays a mention (background).
#[test]
fn ev36_mentions_stay_background() {
    let a = libya_nlp::Analyzer::new();
    for text in [
        "استمرار الاغتيالات في المدينة",
        "الاغتيالات تهدد العملية السياسية",
        "وأدان المجلس اغتيال ناشط سياسي وعقيد في الجيش.",
    ] {
        let r = a.analyze(text);
        assert!(
            r.events
                .iter()
                .filter(|e| e.kind == K::Assassination)
                .all(|e| e.background || e.modality != M::Asserted),
            "{text}: {:?}",
            r.events
        );
    }
}

/// `مصر.. مقتل 6 جنود`: the kicker and its headline are one sentence; dots after a longer
/// opening still end one.
#[test]
fn ev36_kicker_is_no_sentence() {
    let split = |t: &str| -> Vec<String> {
        libya_nlp::sentences::split(t)
            .into_iter()
            .map(|r| t[r].to_string())
            .collect()
    };
    assert_eq!(
        split("مصر.. مقتل 6 جنود في هجوم"),
        ["مصر.. مقتل 6 جنود في هجوم"]
    );
    assert_eq!(
        split("العملية تدخل مرحلتها الثانية.. ودعوات لوقف القتال"),
        ["العملية تدخل مرحلتها الثانية..", "ودعوات لوقف القتال"]
    );
}
