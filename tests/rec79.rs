//! rec79 (issue 10, records), from the fifty-second session, rounds 78 and 79 (scored unseen,
//! then studied). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC79: &[Case] = &[
    (
        "fighters with their town as genitive after a head noun come from it",
        "وقال شهود إن كتائب منطقة الزنتان هاجمت السبت بلدة ككلة.",
        "2014-10-13",
        EventKind::Offensive,
        Want::Location("kikla"),
    ),
    (
        "an armed group from a town comes from it",
        "وهاجمت مجموعات مسلحة من مصراتة مدينة بني وليد يوم الثلاثاء.",
        "2012-10-03",
        EventKind::Offensive,
        Want::Location("bani_walid"),
    ),
    (
        "near miss: the town where fighters are is the place when no other is told",
        "وهاجم مسلحون من الزنتان مقرا للشرطة مساء أمس.",
        "2014-10-13",
        EventKind::Offensive,
        Want::Location("zintan"),
    ),
];

#[test]
fn rec79() {
    run(REC79);
}
