//! Records: fatalities as an event coder counts them (issue 10), round 26: a subset told by
//! its nouns alone inside the counted noun phrase. One table per class, with
//! counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

/// `إن سبعة أشخاص، بينهم نساء وأطفال، قتلوا …`: a subset marker (`بينهم`, `منهم`) followed by
/// person nouns with no number (`نساء وأطفال`, a dual `طفلان`) stays inside the noun phrase
/// of the figure before it: the verb after counts the figure, and the dual adds nothing.
const SUBSET_BY_NOUNS: &[Case] = &[
    (
        "plural nouns joined by و, then the verb",
        "وقال مسؤول محلي إن تسعة أشخاص، بينهم نساء وأطفال قتلوا في قصف على حي سكني في مدينة سرت أمس.",
        "2016-05-10",
        EventKind::Shelling,
        Want::Fatalities(Some(9)),
    ),
    (
        "a dual after the marker adds nothing",
        "وقالت مصادر طبية إن خمسة مدنيين بينهم طفلان قتلوا في غارة جوية على مدينة درنة أمس.",
        "2016-05-10",
        EventKind::Airstrike,
        Want::Fatalities(Some(5)),
    ),
    (
        "one noun after the marker, wounded verb",
        "وأفاد مستشفى المدينة بأن ستة أشخاص منهم نساء أصيبوا في انفجار عبوة ناسفة في مدينة سبها أمس.",
        "2016-05-10",
        EventKind::Bombing,
        Want::Injured(Some(6)),
    ),
    (
        "counter: no subset, the figure still counts",
        "وقال مسؤول محلي إن تسعة أشخاص قتلوا في قصف على حي سكني في مدينة سرت أمس.",
        "2016-05-10",
        EventKind::Shelling,
        Want::Fatalities(Some(9)),
    ),
    (
        "counter: a numbered subset is still no addition",
        "قتل تسعة أشخاص بينهم ثلاثة أطفال في قصف على حي سكني في مدينة سرت أمس.",
        "2016-05-10",
        EventKind::Shelling,
        Want::Fatalities(Some(9)),
    ),
    (
        "counter: a dual of its own, with its verb",
        "قالت مصادر طبية إن طفلين قتلا في غارة جوية على مدينة درنة أمس.",
        "2016-05-10",
        EventKind::Airstrike,
        Want::Fatalities(Some(2)),
    ),
];

#[test]
fn subset_by_nouns() {
    run(SUBSET_BY_NOUNS);
}
