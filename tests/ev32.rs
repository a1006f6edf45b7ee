//! ev32 (issue 9, sentence-level events on real news): classes found in the twenty-ninth
//! session, each with the reports that must now be read right and the other senses that must
//! stay as they were. The sentences were written for this test; none is copied from a page or
//! a gold set.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV32_CASES: &[Case] = &[
    // Targeting with artillery, rockets or mortars in the clause is shelling, as targeting
    // with an aircraft word is an air strike.
    (
        "targeting_by_artillery_is_shelling",
        "استهدفت مدفعية الكتيبة مواقع المسلحين جنوب المدينة الليلة الماضية.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "targeting_with_rockets_from_a_drone_stays_an_air_strike",
        "استهدفت طائرة مسيرة بصواريخ موجهة رتلا عسكريا جنوب المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "targeting_with_no_weapon_is_no_shelling",
        "استهدفت الحملة الإعلامية سمعة المؤسسة.",
        K::Shelling,
        None,
    ),
    // The operation a body or a post belongs to is its name, no attack told; the attack
    // told by the verb of the sentence is its event.
    (
        "a_post_tied_to_a_named_operation_is_no_attack",
        "تقع نقطة التفتيش التابعة للعملية العسكرية المعروفة باسم البنيان المرصوص غرب سرت.",
        K::Offensive,
        None,
    ),
    (
        "the_attack_on_a_post_tied_to_an_operation",
        "هاجم مسلحون الأحد بوابة أمنية تابعة للعملية العسكرية في الجنوب.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near_miss_an_operation_launched_is_an_offensive",
        "أطلقت القوات عملية عسكرية واسعة لطرد المسلحين من المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    // A surprise attack told by its verb.
    (
        "a_surprise_attack_by_its_verb",
        "باغت مسلحون دورية للشرطة على الطريق الساحلي شرق مصراتة فجر اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a_surprise_attack_in_a_present_headline",
        "مسلحون يباغتون بوابة أمنية غرب سرت.",
        K::Offensive,
        Some(M::Asserted),
    ),
    // An event a week or more before the news it is told with is a mention; hours before,
    // and a process that lasted until the news, are not.
    (
        "released_two_weeks_after_the_abduction",
        "أفرجت جماعة مسلحة عن موظف البلدية بعد أسبوعين من خطفه في مدينة غريان.",
        K::Abduction,
        None,
    ),
    (
        "near_miss_released_hours_after_the_abduction",
        "أفرجت جماعة مسلحة عن موظف البلدية بعد ساعات من خطفه في مدينة غريان.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_capture_after_two_weeks_of_fighting",
        "دخلت القوات مدينة بني وليد بعد أسبوعين من القتال مع الكتائب الموالية للقذافي.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
];

#[test]
fn ev32_classes() {
    events_table::check(EV32_CASES, false);
}
