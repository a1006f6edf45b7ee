//! ent59 (issue 11, the gazetteer on real news), from the forty-fourth session: names round 59
//! showed unlisted or missed, researched by a helper with the sources in each row's notes
//! (`gaz59` in `data/gazetteer.tsv`): two named operations, two Gaddafi-era interior officials,
//! a roads authority, two Tripoli quarters, a Fezzan Rage coordinator, and aliases (the Sidra
//! port by its bare name, the Corinthia's other spelling, Jmail, Interpol, UNHCR's long name,
//! the Derna shura council and the Sabha court of appeal with their towns). Sentences written
//! for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT59: &[Case] = &[
    (
        "an operation by its name",
        "وأطلق الثوار عملية فجر عروس البحر للسيطرة على العاصمة.",
        Some("2011-08-21"),
        &["operation_mermaid_dawn"],
    ),
    (
        "a Tripoli quarter",
        "خطف مسلحون رجل أعمال من أمام منزله بحي أبو نواس في طرابلس.",
        Some("2022-03-26"),
        &["abu_nawas_tripoli", "tripoli"],
    ),
    (
        "a movement's coordinator",
        "ونفى مصباح اللافي أي صلة للحراك بالتهديدات.",
        Some("2018-12-22"),
        &["misbah_lafi"],
    ),
    (
        "the oil port by its bare name",
        "وسيطرت القوات على السدر ورأس لانوف بعد اشتباكات.",
        Some("2017-03-14"),
        &["es_sider", "ras_lanuf"],
    ),
    (
        "the hotel in the other spelling",
        "وقال مسؤول الأمن في فندق كورنيثيا إن المسلحين دخلوا الفندق فجرا.",
        Some("2013-10-10"),
        &["corinthia_hotel"],
    ),
    (
        "Jmail by its Libyan spelling",
        "واتفقت مجموعات زوارة واجميل على وقف إطلاق النار.",
        Some("2012-04-04"),
        &["zuwara", "al_jmail"],
    ),
];

#[test]
fn ent59_classes() {
    check(ENT59);
}
