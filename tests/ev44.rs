//! ev44 (issue 9, sentence-level events on real news): classes found in the thirty-seventh
//! session. A verb form spelled as a counted noun right after a number (`30 طالبا`: students,
//! not «the two demanded») is that noun: it governs no demand.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV44_CASES: &[Case] = &[
    (
        "students_counted_after_a_number_demand_nothing",
        "قتل 30 طالبا في غارة جوية استهدفت الكلية العسكرية في طرابلس مساء السبت.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_year_before_a_verb_leaves_it_a_verb",
        "وفي عام 2012 طالبا بإجراء انتخابات في المدينة.",
        K::Election,
        Some(M::Demanded),
    ),
];

#[test]
fn ev44_classes() {
    events_table::check(EV44_CASES, false);
}
