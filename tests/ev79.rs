//! ev79 (issue 9), from the fifty-second session, rounds 78 and 79 (scored unseen, then
//! studied). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV79_CASES: &[events_table::Case] = &[
    (
        "all military actions halted is a truce called for",
        "وحث المجلس الأطراف المسلحة على وقف كافة الأعمال العسكرية حول المطار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "and no offensive reported",
        "وحث المجلس الأطراف المسلحة على وقف كافة الأعمال العسكرية حول المطار.",
        K::Offensive,
        None,
    ),
    (
        "near miss: military actions that go on are an offensive",
        "وتواصلت الأعمال العسكرية على مواقع المسلحين جنوب المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
];

#[test]
fn ev79_classes() {
    events_table::check(EV79_CASES, true);
}
