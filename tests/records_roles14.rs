//! Records: actor1 and actor2 as an event coder codes them (issue 10), one table per class,
//! with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------------- unnamed groups written definite

/// `هاجمت الجماعات المسلحة …`: an unnamed armed group of `data/records/actors.tsv` written
/// with the article on every word (the noun and its adjective) is the same generic actor;
/// unnamed terrorist groups are unidentified armed groups; an unnamed group a protest only
/// speaks of is no side of it.
const DEFINITE_GENERIC: &[Case] = &[
    (
        "definite plural of an armed group",
        "وقال سكان إن الجماعات المسلحة هاجمت مقر البلدية في مدينة سبها مساء أمس.",
        "2021-03-14",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "definite noun and adjective of the list",
        "اقتحمت المجموعات المسلحة مبنى المجلس البلدي في مدينة الزاوية صباح اليوم.",
        "2021-03-14",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "unnamed terrorist groups",
        "هاجمت عناصر إرهابية بوابة أمنية جنوب مدينة سبها فجر اليوم.",
        "2021-03-14",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "definite unknown aircraft",
        "قصفت الطائرات المجهولة مواقع في مدينة درنة فجر اليوم.",
        "2021-03-14",
        EventKind::Airstrike,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: the indefinite phrase still matches",
        "اقتحمت مجموعة مسلحة مبنى المجلس البلدي في مدينة الزاوية صباح اليوم.",
        "2021-03-14",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: a group the crowd demands out is no side of the protest",
        "خرج مئات المواطنين مساء أمس إلى ساحة الشهداء للمطالبة بإخراج الكتائب المسلحة من المدينة.",
        "2021-03-14",
        EventKind::Protest,
        Want::Actor2("-"),
    ),
];

#[test]
fn definite_generic() {
    run(DEFINITE_GENERIC);
}
