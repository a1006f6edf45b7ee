//! ev55 (issues 9 and 10), from the forty-second session: a relative clause on the
//! participants that has taken its object with `ب` or `إلى` ends at a bare indefinite noun
//! after a definite word, which is the main verb's object (`نظم المحتجون الذين طالبوا برحيل
//! الحكومة وقفة احتجاجية`: the sit-in is held, not demanded), and a trigger that begins with a
//! `و` of its own (`وقفة`) is no conjunct of the demand before it. Records: a time and place
//! between a killed or wounded cue and its number (`قتل، صباح اليوم في مدينة سبها، ثلاثة
//! أشخاص`) and a place between the people `لقي` counts and `مصرعهم` (`لقي ثلاثة أشخاص في مدينة
//! الزاوية مصرعهم`). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV55_CASES: &[events_table::Case] = &[
    (
        "a_sit_in_held_by_those_who_demanded",
        "نظم عشرات المحتجين الذين طالبوا برحيل الحكومة وقفة احتجاجية أمام مقر المجلس.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_sit_in_demanded",
        "طالب المجلس البلدي السكان بتنظيم وقفة احتجاجية أمام مقر الحكومة.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "the_main_verbs_demand_reaches_over_the_relative_clause",
        "طالب المجلس الذي دعا إلى الحوار الأطراف وقف القتال فورا.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "near_miss_a_conjoined_sit_in_is_demanded",
        "دعا الاتحاد إلى التهدئة ووقفة تضامنية مع عائلات الضحايا.",
        K::Protest,
        Some(M::Demanded),
    ),
];

#[test]
fn ev55_classes() {
    events_table::check(EV55_CASES, true);
}

const REC55: &[records_table::Case] = &[
    (
        "time_and_place_between_the_cue_and_its_number",
        "قُتل، صباح اليوم في مدينة سبها، ثلاثة أشخاص بينهم طفل في قصف عشوائي.",
        "2019-05-10",
        K::Shelling,
        Want::Fatalities(Some(3)),
    ),
    (
        "a_place_after_the_wounded_verb_with_ba",
        "أصيب، مساء أمس بمنطقة الهواري، سبعة مدنيين بجروح في سقوط قذائف عشوائية.",
        "2015-02-11",
        K::Shelling,
        Want::Injured(Some(7)),
    ),
    (
        "a_place_between_the_people_and_masraahum",
        "لقي ثلاثة أشخاص في مدينة الزاوية مصرعهم جراء اشتباكات مسلحة بين مجموعتين.",
        "2022-08-27",
        K::ArmedClash,
        Want::Fatalities(Some(3)),
    ),
    (
        "a_region_between_the_soldiers_and_masraahum",
        "لقي خمسة جنود بمنطقة الهلال النفطي مصرعهم في هجوم شنه مسلحون على بوابة أمنية.",
        "2018-06-14",
        K::Offensive,
        Want::Fatalities(Some(5)),
    ),
];

#[test]
fn rec55_classes() {
    records_table::run(REC55);
}
