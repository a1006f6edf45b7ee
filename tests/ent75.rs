//! ent75 (issue 11, the gazetteer on real news), from the fifty-first session, round 76 (period
//! sentences scored unseen, then read): the parliament's spokesman by the word `البرلمان`, the
//! UN Secretary-General by `سكرتير عام`, the Libyan government recognised abroad by its period,
//! UNSMIL as `بعثة الدعم الأممية`; a hotel named after a region; Jordan as
//! `المملكة الأردنية`; names the rounds' labellers listed as having no entry. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT75: &[Case] = &[
    (
        "the parliament's spokesman, by the word parliament",
        "وقال المتحدث باسم البرلمان الليبي إن الجلسة ستعقد في سرت.",
        Some("2022-03-02"),
        &["abdullah_belheeg", "house_of_representatives", "sirte"],
    ),
    (
        "the UN Secretary-General as `سكرتير عام`",
        "ورحب سكرتير عام الأمم المتحدة باتفاق وقف إطلاق النار في ليبيا.",
        Some("2020-10-23"),
        &["antonio_guterres", "united_nations", "libya"],
    ),
    (
        "near miss: the same title before Guterres",
        "ورحب سكرتير عام الأمم المتحدة بتوقيع الاتفاق في ليبيا.",
        Some("2015-12-17"),
        &["ban_ki_moon", "united_nations", "libya"],
    ),
    (
        "the Libyan government recognised abroad in 2015 is al-Thinni's",
        "وأعلنت الحكومة الليبية المعترف بها دوليا رفضها للاتفاق.",
        Some("2015-11-20"),
        &["interim_government"],
    ),
    (
        "near miss: the same words in 2018 are the GNA",
        "وأعلنت الحكومة الليبية المعترف بها دوليا رفضها للهجوم.",
        Some("2018-09-01"),
        &["gna"],
    ),
    (
        "UNSMIL as the UN support mission",
        "وقالت بعثة الدعم الأممية في بيان إنها تتابع الوضع بقلق.",
        Some("2019-04-10"),
        &["unsmil"],
    ),
    (
        "a hotel named after a region is no mention of it",
        "وأحرق المتظاهرون الإطارات بالقرب من فندق فزان في سبها.",
        Some("2022-07-01"),
        &["sabha"],
    ),
    (
        "near miss: a hotel in a town names the town",
        "ووصل الوفد إلى فندق في سبها.",
        Some("2022-07-01"),
        &["sabha"],
    ),
    (
        "Jordan as the Jordanian kingdom",
        "ويقضي السجين الليبي عقوبة بالسجن المؤبد في المملكة الأردنية منذ سنوات.",
        Some("2014-05-10"),
        &["jordan"],
    ),
    (
        "a brigade of Bani Walid added from the rounds' unlisted names (gaz51)",
        "وقال آمر كتيبة 28 مايو إن قواته انسحبت من بوابة دينار شمال بني وليد.",
        Some("2012-10-25"),
        &["may_28_brigade", "dinar_gate_bani_walid", "bani_walid"],
    ),
];

#[test]
fn ent75_classes() {
    check(ENT75);
}
