//! ev42 (issue 9, sentence-level events on real news): classes found in the thirty-sixth
//! session from round 42. A company or a body that halted its operations (`أوقفت العمليات`)
//! arrested nobody; a detention centre named between its noun and its purpose (`مركز تاجوراء
//! للاحتجاز`) is a place (the gazetteer's centres carry that order too); unknown attackers who
//! held someone (`مهاجمين مجهولين … واحتجزوا`) abducted, as gunmen do; civilians or migrants
//! who came under fire (`المهاجرين تعرضوا لإطلاق نار`, `تعرض عدد من المدنيين لإطلاق نار`: a word
//! of a context class inside a gapped pattern counts as near it) suffered violence, a convoy
//! under fire fought. A result after a demonstrative subject (`وأدى ذلك لمقتل`) is told, no
//! purpose; an event a counted number of years before (`بعد ثلاث سنوات من الإطاحة`) is
//! background; citizens leaving (`رحيل أعداد كبيرة من المواطنين`) are displaced; the armed
//! conflict stopped (`وقف فوري للنزاع المسلح`) is a ceasefire; a hyphen glued to a word and
//! spaced from the next (`الهلال الأحمر الليبي- فرع الزاوية، إلى`) cuts as a comma does.
//! Aircraft that destroyed a target (`دمرت طائرات تابعة لحلف شمال الأطلسي`) struck. From
//! round 43: operations of another act (`بعمليات اعتقال`, `لعمليات حرق`) are no offensive;
//! men who targeted a patrol, a convoy or a post (`استهدفوا دورية للجيش`) attacked it; a
//! hyphen between two words with no space (`ليل السبت-الأحد`) joins them, no clause cut.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV42_CASES: &[Case] = &[
    (
        "halted_operations_are_no_arrest",
        "أوقفت الشركة العمليات في الحقل بسبب قيام محتجين بإغلاقه.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_the_police_stopping_protesters_arrest_them",
        "أوقفت الشرطة ثلاثة متظاهرين في بنغازي أمس.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a_named_detention_centre_with_its_purpose_is_a_place",
        "أصيب عدد من المهاجرين في مركز تاجوراء للاحتجاز إثر سقوط قذيفة.",
        K::Arrest,
        None,
    ),
    (
        "unknown_attackers_who_held_someone_abducted",
        "وقال مصدر إن مهاجمين مجهولين اقتحموا مقر القناة وهددوا العاملين واحتجزوا مذيعا لساعات.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near_miss_so_they_arrested_nobody",
        "وقال مصدر إن مهاجمين مجهولين اقتحموا مقر القناة وهددوا العاملين واحتجزوا مذيعا لساعات.",
        K::Arrest,
        None,
    ),
    (
        "migrants_under_fire_suffered_violence",
        "قالت المنظمة إن المهاجرين تعرضوا لإطلاق نار عشوائي داخل المركز.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "civilians_inside_the_pattern",
        "وتعرض عدد من المدنيين لإطلاق نار من قبل مسلحين في حي السلماني.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near_miss_so_no_clash",
        "وتعرض عدد من المدنيين لإطلاق نار من قبل مسلحين في حي السلماني.",
        K::ArmedClash,
        None,
    ),
    (
        "near_miss_a_convoy_under_fire_fought",
        "وتعرض رتل عسكري لإطلاق نار قرب مدينة سرت.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a_result_after_a_demonstrative_is_told",
        "ويستمر القصف على الأحياء السكنية، وأدى ذلك لمقتل مدني وإصابة ثلاثة آخرين.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "an_event_a_counted_number_of_years_before",
        "وجاءت الزيارة بعد ثلاث سنوات من اغتيال الضابط في بنغازي.",
        K::Assassination,
        None,
    ),
    (
        "citizens_leaving_the_fighting",
        "اندلعت اشتباكات حول المعسكر ما أدى إلى رحيل أعداد كبيرة من المواطنين من المناطق المشتعلة.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_leader_departure_is_no_flight",
        "وخرج المتظاهرون يطالبون برحيل الرئيس ونظامه.",
        K::Humanitarian,
        None,
    ),
    (
        "the_armed_conflict_stopped",
        "دعا الهلال الأحمر إلى وقف فوري للنزاع المسلح.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "a_glued_hyphen_sets_off_an_apposition",
        "دعا الهلال الأحمر الليبي- فرع الزاوية، إلى وقف فوري للقتال.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "aircraft_that_destroyed_a_target_struck",
        "دمرت طائرات تابعة لحلف شمال الأطلسي مقر قيادة الكتيبة في طرابلس.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near_miss_ground_forces_that_destroyed_depots",
        "ودمرت القوات مخازن الأسلحة في المدينة.",
        K::Airstrike,
        None,
    ),
    (
        "operations_of_another_act_are_no_offensive",
        "قامت قوات الأمن بعمليات اعتقال في طرابلس يوم الإثنين.",
        K::Offensive,
        None,
    ),
    (
        "near_miss_the_arrests_are_told",
        "قامت قوات الأمن بعمليات اعتقال في طرابلس يوم الإثنين.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "unknown_men_who_targeted_a_patrol_attacked",
        "وقال مصدر إن مجهولين استهدفوا دورية للجيش بالقرب من المستشفى.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_patrol_targeted_by_rockets_was_shelled",
        "استهدف مسلحون دورية للجيش بقذائف الهاون قرب المستشفى.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "a_hyphen_between_two_weekdays_cuts_nothing",
        "أعلن ليل السبت-الأحد، عن مقتل وكيل وزارة الاقتصاد رميا بالرصاص من قبل مجهولين بمدينة سرت.",
        K::Casualties,
        Some(M::Asserted),
    ),
];

#[test]
fn ev42_classes() {
    events_table::check(EV42_CASES, false);
}
