//! ev54 (issues 9 and 10), from the forty-first session, round 54 (studied after it was scored
//! unseen): mobilizing (`عمليات التحشيد العسكري`) is no attack; a march prevented, told as the
//! object of `منع` (`منعت الشرطة مسيرة الطلاب`), is a protest negated; `بداية من غد` plans;
//! people driven from their homes (`إخراجهم من مدينتهم`) are displaced, no ground taken.
//! A slogan of `لا` and `ل` (`حراك “لا للتمييز”`) says no to its noun only; students (`طلبة`)
//! are no request; a party's consent to meet (`موافقة باشاغا على لقاء`) and holding an event
//! agreed on past a long subject (`… على عقد جلسة`) plan it. Records: two killed
//! told by a dual after `لقي` with a place or a force before `مصرعهما` (`لقي شخصان بمدينة سبها
//! مصرعهما`); a country told as who backs a side (`مدعومة من دولة الإمارات`) is no place; an
//! attack told as the object of `تنفيذ` (`تنفيذ مهاجمين للهجوم`) is reported, not a purpose, and
//! `كشف … عن` names a source. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV54_CASES: &[events_table::Case] = &[
    (
        "mobilizing_is_no_attack",
        "ويخشى السكان من تجدد القتال بعد عمليات التحشيد العسكري التي تشهدها أطراف المدينة.",
        K::Offensive,
        None,
    ),
    (
        "near_miss_military_operations_are_an_offensive",
        "أعلن الجيش بدء عمليات عسكرية واسعة في أطراف المدينة صباح اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a_march_prevented",
        "منعت قوات الأمن للأسبوع الثالث مسيرة المعلمين وسط العاصمة.",
        K::Protest,
        Some(M::Negated),
    ),
    (
        "a_strike_from_tomorrow",
        "وقررت النقابة بعد اجتماعها مع الوفد الحكومي الدخول في إضراب عام بداية من غد الخميس.",
        K::Protest,
        Some(M::Planned),
    ),
    (
        "a_slogan_says_no_to_its_noun_only",
        "نظم حراك “لا للتهميش” وقفة احتجاجية أمام مقر البلدية.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "a_slogan_against_war_is_no_fighting",
        "رفع المحتجون شعارات لا للحرب أمام مقر البعثة.",
        K::ArmedClash,
        None,
    ),
    (
        "students_are_no_request",
        "قتل عشرون شخصا غالبيتهم من طلبة الكلية الجوية في غارة على المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "a_party_agrees_to_meet",
        "وأعلن المبعوث موافقة رئيس الحكومة على لقاء رئيس المجلس الرئاسي الأسبوع المقبل.",
        K::Meeting,
        Some(M::Planned),
    ),
    (
        "holding_a_session_agreed_past_a_long_subject",
        "اتفق مجلس الأعيان المكلف من المجلس البلدي مع رئيس مجلس النواب، على عقد جلسة للمصالحة في المدينة.",
        K::Meeting,
        Some(M::Planned),
    ),
    (
        "people_driven_from_their_town_are_no_ground_taken",
        "يطالب السكان بتحقيق في الأحداث التي تسببت في إخراجهم من مدينتهم قبل عامين.",
        K::TerritoryControl,
        None,
    ),
];

#[test]
fn ev54_classes() {
    events_table::check(EV54_CASES, true);
}

const REC54: &[records_table::Case] = &[
    (
        "a_dual_after_laqiya_with_a_place_between",
        "لقي شخصان بمدينة سبها مصرعهما جراء تبادل لإطلاق النار بين مجموعتين مسلحتين.",
        "2015-08-25",
        K::ArmedClash,
        Want::Fatalities(Some(2)),
    ),
    (
        "a_dual_after_laqiya_with_a_force_between",
        "لقي جنديان في الجيش الوطني مصرعهما في هجوم مسلح قرب مدينة أجدابيا.",
        "2017-10-25",
        K::Offensive,
        Want::Fatalities(Some(2)),
    ),
    (
        "a_backer_state_is_no_place",
        "انفجرت سيارة مفخخة خارج القاعدة، ما أسفر عن مقتل جنديين من وحدة مدعومة من دولة الإمارات.",
        "2017-10-23",
        K::Bombing,
        Want::Location("-"),
    ),
    (
        "the_attack_carried_out_is_told",
        "كشف المجلس البلدي عن تنفيذ مسلحين مجهولين للهجوم على بلدة الفقهاء بواسطة عشرين آلية.",
        "2018-10-29",
        K::Offensive,
        Want::Count(1),
    ),
];

#[test]
fn rec54_classes() {
    records_table::run(REC54);
}
