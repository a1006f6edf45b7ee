//! ev51 (issue 9), from the fortieth session, round 51: crowds counted going out into the
//! streets (`خرج عشرات الآلاف من المواطنين إلى الشوارع`) protest, not when they celebrate;
//! the halt of clashes asked with its manner (`الوقف الفوري للمواجهات`) is a ceasefire; polling
//! day told by its name (`اليوم الانتخابي`) is an election. Records: `أحد` and the group it is
//! one of, then people joined to it (`قتل أحد أفراد الأمن ومسلحان`), add up; a killing told
//! right after a word of cause after a protest (`وقفة تضامنية … بعد مقتل أحد أفراد الشرطة`) is
//! what the protest was held over, no toll of it; `استرداد` takes a town back; people at a
//! sit-in (`المعتصمين`) are protesters, so clashes with them are a protest; people who died in
//! the plural (`ماتوا`) are a toll; an agreement described as reached (`اتفاق … تم التوصل إليه`)
//! was reached, whatever plan a cue further back told; a town named as the genitive of its
//! fighters or people (`ثوار زليتن شرق طرابلس`) is described by the bare direction after it,
//! which names no place of the event. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV51_CASES: &[events_table::Case] = &[
    (
        "a_counted_crowd_out_in_the_streets_protests",
        "خرج عشرات الآلاف من المواطنين إلى الشوارع مساء الجمعة رفضا لقرار الحكومة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_crowd_out_to_celebrate",
        "خرج آلاف المواطنين إلى الشوارع احتفالا بفوز المنتخب الوطني.",
        K::Protest,
        None,
    ),
    (
        "near_miss_officers_going_out_uncounted",
        "كان الضباط يخرجون إلى الشوارع ويلقون القبض على المارة.",
        K::Protest,
        None,
    ),
    (
        "the_immediate_halt_of_clashes_asked",
        "ودعا المجلس إلى الوقف الفوري للمواجهات المسلحة الدائرة في الجنوب.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "the_halt_of_clashes",
        "اتفق الطرفان على وقف المواجهات بين الكتيبتين في المدينة.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "polling_day_by_its_name",
        "شهدت مراكز الاقتراع في المدينة إقبالا ضعيفا في هذا اليوم الانتخابي.",
        K::Election,
        Some(M::Asserted),
    ),
    (
        "a_town_taken_back_told_by_its_verbal_noun",
        "أعلن الثوار الأحد استرداد مدينة البريقة النفطية من الكتائب الموالية للقذافي.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "clashes_with_people_at_a_sit_in_are_a_protest",
        "اندلعت مواجهات بين قوات الأمن والمعتصمين أمام مقر الشركة بعد محاولة فض الاعتصام.",
        K::ArmedClash,
        None,
    ),
    (
        "people_who_died",
        "قالت المنظمة إن سبعة مهاجرين على الأقل ماتوا قبالة سواحل زوارة.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "an_agreement_described_as_reached_was_reached",
        "ألغت النقابة إضرابا كان مقررا أن يبدأ غدا بعد اتفاق صعب تم التوصل إليه مع الوزارة.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "near_miss_the_strike_called_off",
        "ألغت النقابة إضرابا كان مقررا أن يبدأ غدا بعد اتفاق صعب تم التوصل إليه مع الوزارة.",
        K::Protest,
        Some(M::Negated),
    ),
];

#[test]
fn ev51_classes() {
    events_table::check(EV51_CASES, true);
}

const REC51: &[records_table::Case] = &[
    (
        "one_of_a_group_and_two_more",
        "قتل أحد أفراد الأمن ومسلحان فجر اليوم في تبادل لإطلاق النار قرب الحدود.",
        "2017-03-12",
        K::ArmedClash,
        Want::Fatalities(Some(3)),
    ),
    (
        "near_miss_one_of_a_group_alone",
        "قتل أحد أفراد الأمن فجر اليوم في تبادل لإطلاق النار قرب الحدود.",
        "2017-03-12",
        K::ArmedClash,
        Want::Fatalities(Some(1)),
    ),
    (
        "a_killing_a_vigil_was_held_over_is_no_toll_of_it",
        "نظم عدد من المواطنين بمدينة سبها وقفة تضامنية مع مديرية الأمن، بعد مقتل أحد أفراد الشرطة مساء الجمعة.",
        "2019-03-18",
        K::Protest,
        Want::Fatalities(None),
    ),
    (
        "near_miss_protesters_killed_at_the_protest",
        "قتل متظاهران برصاص قوات الأمن خلال مظاهرة في مدينة سبها أمس.",
        "2019-03-18",
        K::Protest,
        Want::Fatalities(Some(2)),
    ),
    (
        "the_dead_counted_before_their_verb",
        "قالت المنظمة إن سبعة مهاجرين على الأقل ماتوا قبالة سواحل زوارة أمس.",
        "2020-04-16",
        K::Casualties,
        Want::Fatalities(Some(7)),
    ),
    (
        "a_town_named_by_its_fighters_then_a_direction",
        "قالت وكالة الأنباء إن ثوار زليتن شرق طرابلس قتلوا سبعة من عناصر الكتائب.",
        "2011-07-01",
        K::Casualties,
        Want::Location("zliten"),
    ),
    (
        "near_miss_another_event_in_a_place_after_a_direction",
        "اشتباكات في طرابلس وقصف جنوب سرت أمس.",
        "2016-05-01",
        K::Shelling,
        Want::Location("sirte"),
    ),
];

#[test]
fn rec51_classes() {
    records_table::run(REC51);
}
