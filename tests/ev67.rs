//! ev67 (issue 9), from the forty-seventh session, round 67 (scored unseen on the session's
//! first build and on the build of round 66's classes, then studied): a drone with its nisba
//! inside the name and an aircraft named before it was shot down are the air event, an aircraft
//! dropping leaflets is not; a zone of military operations is a place; a town to be retaken by
//! forces named a few words before, across a second verb; forces made to fall back from a town;
//! aircraft named before what they destroyed strike, aircraft destroyed on the ground do not; a
//! year that dates an earlier event `منذ` names is no history for a blast of yesterday.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV67_CASES: &[events_table::Case] = &[
    (
        "a drone with its nisba inside the name",
        "أعلن الجيش إسقاط طائرة تركية بدون طيار جنوب المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "an aircraft named before shot down",
        "وأكد المتحدث أن الدفاعات الجوية أسقطت هذه الطائرة فوق الوادي.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: an aircraft dropping leaflets",
        "أسقطت الطائرة منشورات فوق أحياء المدينة.",
        K::Airstrike,
        None,
    ),
    (
        "a zone of military operations is a place",
        "وقعت الحادثة في منطقة للعمليات العسكرية جنوب البلاد.",
        K::Offensive,
        None,
    ),
    (
        "a town to be retaken by forces named before",
        "ويحشد الجيش قوات كبيرة قرب المدينة ويرسل تعزيزات تمهيدا للهجوم واستعادة هذه البلدة.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "forces made to fall back from a town",
        "وأجبرت قوات الحكومة المقاتلين على التراجع من بلدة الأصابعة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "aircraft before what they destroyed",
        "وقال المتحدث إن الطائرات الحربية العمودية دمرت مخزنا للذخيرة قرب الميناء.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: aircraft destroyed on the ground",
        "سيطرت القوات على القاعدة بعد معارك دمرت خلالها معظم الطائرات الرابضة على المدرج.",
        K::Airstrike,
        None,
    ),
    (
        "a blast of yesterday beside the year of an earlier invasion `منذ` names",
        "هز انفجار قوي مدينة زليتن أمس في أحدث مشهد من الفوضى منذ الغزو الأطلسي لليبيا في العام 2011.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near miss: a toll tallied since that invasion, no day of its own",
        "وقتل حوالي ألف جندي منذ الاجتياح الأجنبي للبلاد في العام 2003.",
        K::Casualties,
        None,
    ),
    (
        "near miss: a strike dated to that year",
        "وفي العام 2011 قصفت الطائرات مدينة زليتن.",
        K::Airstrike,
        None,
    ),
];

#[test]
fn ev67_classes() {
    events_table::check(EV67_CASES, true);
}
