//! ev55 (issues 9 and 10), from the forty-second session: a relative clause on the
//! participants that has taken its object with `ب` or `إلى` ends at a bare indefinite noun
//! after a definite word, which is the main verb's object (`نظم المحتجون الذين طالبوا برحيل
//! الحكومة وقفة احتجاجية`: the sit-in is held, not demanded), and a trigger that begins with a
//! `و` of its own (`وقفة`) is no conjunct of the demand before it. Records: a time and place
//! between a killed or wounded cue and its number (`قتل، صباح اليوم في مدينة سبها، ثلاثة
//! أشخاص`) and a place between the people `لقي` counts and `مصرعهم` (`لقي ثلاثة أشخاص في مدينة
//! الزاوية مصرعهم`). NATO under its other names (`الحلف الأطلسي`) strikes from the air, and
//! aircraft told with the verb `ضرب` strike (not `ضرب حصارا`). The toll in a relative clause of
//! a mentioned attack (`ذكرى الهجوم … الذي تسبب بمقتل أربعة`) is mentioned and goes to no
//! reported record; the perfect `اغتال` kills whom it names with those joined to them, a dual
//! subject before its accusative object is no victim, and two titles before a name are one
//! person. A talks noun inside a body's name (`ملتقى الحوار السياسي`) tells talks only when
//! the body sits (`جلسات`, `انطلق`, `سيعقد … جولته`), not its members (`أعضاء ملتقى الحوار`).
//! A verb, trigger or cue, never ends its word in a feminine `ة` (`وامرأة` is no `أمر`), and
//! `ل` after a word of result (`نتيجة للقصف`) tells the cause, no aim. An accord between
//! parties on what is to come (`اتفاق بين حفتر والسراج على تنظيم انتخابات`) plans it. Sentences written for
//! this test.

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
        "nato_under_another_name_strikes_from_the_air",
        "كثف الحلف الأطلسي يوم أمس ضرباته على مدينة زليتن غربي مصراتة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "aircraft_that_struck_told_by_the_verb",
        "وقال المتحدث إن طائرات التحالف ضربت خلال اليومين الماضيين ستة أهداف قرب غريان.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_siege_set_up_is_no_strike",
        "ضرب الحلف حصارا بحريا على الموانئ بعد تحليق طائراته فوقها.",
        K::Airstrike,
        None,
    ),
    (
        "the_toll_of_a_mentioned_attack_is_mentioned",
        "ويتزامن الانفجار مع ذكرى الهجوم على القنصلية الذي تسبب بمقتل أربعة موظفين.",
        K::Casualties,
        None,
    ),
    (
        "members_of_the_dialogue_forum_are_no_talks",
        "حملت اللجنة العسكرية أعضاء ملتقى الحوار السياسي مسؤولية أي خرق للهدنة.",
        K::PeaceTalks,
        None,
    ),
    (
        "near_miss_the_forum_in_session",
        "وانطلق ملتقى الحوار السياسي في تونس أمس برعاية البعثة.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
    (
        "near_miss_the_forum_to_hold_its_round",
        "سيعقد ملتقى الحوار السياسي جولته الثانية في جنيف الشهر المقبل.",
        K::PeaceTalks,
        Some(M::Planned),
    ),
    (
        "a_woman_is_no_order",
        "قتل رجل وامرأة في القصف على حي سكني جنوب المدينة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "near_miss_an_order_given",
        "أمر القائد قواته بقصف مواقع المسلحين جنوب المدينة فورا.",
        K::Shelling,
        Some(M::Demanded),
    ),
    (
        "an_accord_between_parties_on_what_is_to_come",
        "اتفاق بين حفتر والسراج على تنظيم انتخابات عامة قبل نهاية العام",
        K::Election,
        Some(M::Planned),
    ),
    (
        "near_miss_the_accord_itself_is_told",
        "اتفاق بين حفتر والسراج على تنظيم انتخابات عامة قبل نهاية العام",
        K::Agreement,
        Some(M::Asserted),
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
    (
        "the_toll_of_a_mentioned_attack_is_no_toll_of_the_news",
        "ويتزامن الانفجار الذي هز المبنى فجر اليوم مع ذكرى الهجوم على القنصلية الذي تسبب بمقتل أربعة موظفين.",
        "2013-09-11",
        K::Bombing,
        Want::Fatalities(None),
    ),
    (
        "near_miss_a_toll_told_before_its_cause",
        "أعلنت وزارة الصحة مقتل أربعة مدنيين في قصف صاروخي استهدف حي الهضبة يوم 9 مايو 2020.",
        "2020-05-10",
        K::Shelling,
        Want::Fatalities(Some(4)),
    ),
    (
        "an_assassination_and_those_with_the_victim",
        "اغتال مسلحان مجهولان اليوم السبت عقيدا في الجيش واثنين من مرافقيه في مدينة درنة.",
        "2016-05-07",
        K::Assassination,
        Want::Fatalities(Some(3)),
    ),
    (
        "two_titles_of_one_person",
        "اغتال مسلحون مجهولون المحامية والناشطة سعاد الفلاح ظهر أمس في مدينة بنغازي.",
        "2020-11-11",
        K::Assassination,
        Want::Fatalities(Some(1)),
    ),
    (
        "near_miss_two_people_conjoined",
        "قتل الضابط والجندي في هجوم على بوابة أمنية بمدينة سرت.",
        "2019-03-02",
        K::Offensive,
        Want::Fatalities(Some(2)),
    ),
    (
        "the_cause_after_a_word_of_result_is_no_aim",
        "أصيب رجل وزوجته نتيجة للقصف العشوائي الذي استهدف المدخل الغربي للمدينة.",
        "2018-03-06",
        K::Shelling,
        Want::Injured(Some(2)),
    ),
];

#[test]
fn rec55_classes() {
    records_table::run(REC55);
}
