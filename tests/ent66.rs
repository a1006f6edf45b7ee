//! ent66 (issue 11, the gazetteer on real news), from the forty-seventh session, round 66: an
//! office title after a word of a lesser post names that post, not the holder (`وكيل وزير
//! الدفاع`, `نائب رئيس الحكومة`); the Palestinian national consensus government is no GNA; and
//! the helper's g66 rows (oil fields placed by their towns, the Jabal municipalities whose bare
//! names need a place word); from round 67, the bare chief-of-staff title before the 2014 split
//! and the health minister of the Keib cabinet. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT66: &[Case] = &[
    (
        "a deputy minister is no minister",
        "وعين مجلس الوزراء القيادي السابق في منصب وكيل وزير الدفاع.",
        Some("2013-10-20"),
        &[],
    ),
    (
        "near miss: the minister himself",
        "وقال وزير الدفاع إن الوحدات العسكرية جاهزة.",
        Some("2013-10-20"),
        &["abdullah_thani"],
    ),
    (
        "a deputy prime minister is no prime minister",
        "واجتمع نائب رئيس الوزراء بوفد من المدينة.",
        Some("2013-05-10"),
        &[],
    ),
    (
        "near miss: the prime minister",
        "واجتمع رئيس الوزراء بوفد من المدينة.",
        Some("2013-05-10"),
        &["ali_zeidan"],
    ),
    (
        "the Palestinian consensus government",
        "وعقدت حكومة الوفاق الوطني الفلسطينية اجتماعها الأول في غزة.",
        Some("2014-06-10"),
        &[],
    ),
    (
        "near miss: the GNA",
        "وأعلنت حكومة الوفاق الوطني الليبية حالة الطوارئ في العاصمة.",
        Some("2017-06-10"),
        &["gna"],
    ),
    (
        "an oil field placed by its town",
        "وتوقف الإنتاج في حقل آمال النفطي بعد إغلاق الصمام.",
        Some("2017-06-10"),
        &["amal_oilfield"],
    ),
    (
        "a municipality named with its place word",
        "وسقطت قذائف على أطراف بلدة الشويرف مساء أمس.",
        Some("2017-06-10"),
        &["ash_shwayrif"],
    ),
    // Round 67: the bare chief-of-staff title before the 2014 split, the health minister of the
    // Keib cabinet.
    (
        "the bare chief-of-staff title in 2012",
        "وشارك رئيس الأركان في اجتماع أمني بالعاصمة.",
        Some("2012-09-15"),
        &["yousef_mangoush"],
    ),
    (
        "near miss: the same title after the split names nobody",
        "وشارك رئيس الأركان في اجتماع أمني بالعاصمة.",
        Some("2016-09-15"),
        &[],
    ),
    (
        "the health minister of the Keib cabinet",
        "وقالت وزيرة الصحة إن المستشفيات تحتاج إلى أدوية.",
        Some("2012-04-02"),
        &["fatima_hamroush"],
    ),
];

#[test]
fn ent66_classes() {
    check(ENT66);
}
