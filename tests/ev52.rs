//! ev52 (issue 9), from the fortieth session, round 52 (studied after it was scored unseen):
//! cutting the road told by its verbal noun with the reason after it (`قام العشرات بقطع الطريق
//! … اعتراضا على اختطاف …`) is a protest (`اعتراضا`, `استنكارا` tell the reason as `احتجاجا`
//! does); a day date after `اليوم` or `أمس` (`اليوم 16 يونيو 2022`) and the Maghrebi months
//! (`16 جوان 2022`) date the clause to a day, so the event is told, not named by its year; a
//! cancellation reaches past a subject of up to four words, and a name's number in brackets
//! (`اللجنة العسكرية المشتركة (5+5)`) stays in the clause; armoured vehicles and tanks seized
//! are no ground taken; what strikes are meant to force (`لإجبار المسلحين على الانسحاب`) is to
//! come; a school named after the uprising (`مدرسة الانتفاضة`) is no protest. Records: `إرداء`
//! (shooting dead) and `ذبح` (slaughter) count their dead. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV52_CASES: &[events_table::Case] = &[
    (
        "a_road_cut_with_its_reason",
        "قام العشرات من أهالي البلدة بقطع الطريق الساحلي لنحو ساعة، اعتراضا على اختطاف ثلاثة من أبنائها.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_road_cut_by_a_landslide",
        "تسببت الأمطار الغزيرة في قطع الطريق الرابط بين المدينتين.",
        K::Protest,
        None,
    ),
    (
        "a_strike_dated_today_with_its_year",
        "دخل موظفو القطاع العام اليوم 16 يونيو 2022 في إضراب عام دعت إليه النقابة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "a_strike_dated_by_a_maghrebi_month",
        "دخل موظفو القطاع العام اليوم 16 جوان 2022 في إضراب عام دعت إليه النقابة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "a_meeting_cancelled_by_a_body_of_four_words",
        "ألغت اللجنة العسكرية المشتركة (5+5) اجتماعا كان من المقرر عقده اليوم في مدينة سرت.",
        K::Meeting,
        Some(M::Negated),
    ),
    (
        "near_miss_a_meeting_held_after_a_decision_was_cancelled",
        "عقدت اللجنة اجتماعا اليوم بعد أن ألغت الحكومة قرار حظر التجول.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "armoured_vehicles_seized_are_no_ground",
        "وقال شهود إن المسلحين استولوا على مدرعتين بعد الهجوم على الحاجز.",
        K::TerritoryControl,
        None,
    ),
    (
        "near_miss_a_town_seized",
        "استولى المسلحون على بلدة صغيرة جنوب المدينة بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a_withdrawal_strikes_are_meant_to_force",
        "شن الطيران الحربي غارات جوية في وقت لاحق لإجبار المسلحين على الانسحاب من المنطقة.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "a_school_named_after_the_uprising",
        "انفجرت حقيبة ملغومة قرب سور مدرسة الانتفاضة المجاور لمركز الشرطة.",
        K::Protest,
        None,
    ),
];

#[test]
fn ev52_classes() {
    events_table::check(EV52_CASES, true);
}

const REC52: &[records_table::Case] = &[
    (
        "the_slaughtered_are_counted",
        "وأقدمت المجموعة المسلحة على ذبح اثنين من الرعاة، فيما انطلقت دورية لملاحقتها.",
        "2016-01-11",
        K::ViolenceAgainstCivilians,
        Want::Fatalities(Some(2)),
    ),
    (
        "attackers_shot_dead_add_to_the_toll",
        "هاجم مسلحون دورية أمنية في مدينة سوسة صباح الأحد وقتلوا عنصرا منها قبل إرداء ثلاثة مهاجمين.",
        "2020-09-06",
        K::Offensive,
        Want::Fatalities(Some(4)),
    ),
];

#[test]
fn rec52_classes() {
    records_table::run(REC52);
}
