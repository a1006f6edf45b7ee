//! ent69 (issue 11, the gazetteer on real news), from the forty-ninth session, round 69: a
//! hospital written with the shorter `مشفى`; the Zuwayya as Libyan news spells them with `ذ`.
//! Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT69: &[Case] = &[
    (
        "a hospital written with the shorter word",
        "ونقل الجرحى إلى مشفى الهريش في المدينة.",
        None,
        &["harish_hospital"],
    ),
    (
        "near miss: the hospital as the gazetteer names it",
        "ونقل الجرحى إلى مستشفى الهريش في المدينة.",
        None,
        &["harish_hospital"],
    ),
    (
        "the Zuwayya spelt with ذ",
        "اندلعت مشاجرة بين أفراد من قبيلتي الذوية والتبو في الكفرة.",
        None,
        &["zuwayya", "tebu", "kufra"],
    ),
];

#[test]
fn ent69_classes() {
    check(ENT69);
}
