//! A purpose `ل` on a trigger read as a verb form (lead, eleventh session): the lam of `كي`
//! before an imperfect (`ليطردوا`) and a verbal noun spelled as its perfect (`لطرد`, `لقصف`,
//! whose `V` row generates no separate noun) state an aim, planned like `لتحرير`. Found when
//! an attack's aim (`هجوم واسع لطرد …`) came out as an asserted capture merged into it. The
//! object of `تعرض ل` (underwent) stays told. Sentences written for the test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

const CASES: &[Case] = &[
    (
        "noun_spelled_as_perfect",
        "دفعت الحكومة بتعزيزات عسكرية إلى الجنوب لطرد المسلحين من الطريق الصحراوي.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "aim_of_an_announced_attack",
        "أعلن المتحدث باسم الكتيبة بدء هجوم كبير لطرد المسلحين من المرفأ.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "the_attack_itself_is_told",
        "أعلن المتحدث باسم الكتيبة بدء هجوم كبير لطرد المسلحين من المرفأ.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "lam_of_purpose_before_imperfect",
        "تقدمت الوحدات فجرا نحو الحي ليطردوا آخر المسلحين منه.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "expulsion_told_as_done",
        "طردت الوحدات آخر المسلحين من الحي بعد مواجهات قصيرة.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "bombardment_undergone_is_told",
        "تعرضت الأحياء الجنوبية ليلة أمس لقصف عنيف بالصواريخ.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
];

#[test]
fn purpose_on_verb_forms() {
    check(CASES, true);
}
