//! ev53 (issues 9 and 10), from the forty-first session, round 53 (studied after it was scored
//! unseen): a loanword that begins with `في` (`فيسبوك`, `فيديو`) is no `ف` and a verb, so a
//! call reaches past it, and a call to take part (`إلى المشاركة في`) demands however far its
//! verb; `يوم غد` plans; an offensive halted (`بوقف هجومه`) is a ceasefire, a vote halted
//! (`إيقاف الاستحقاق الانتخابي`) did not take place; a court's session is no meeting; a bomb
//! that did not go off (`لم تنفجر`) is negated, not the attack after it; reports that went
//! round (`أنباء قد ترددت`) are rumours; a steering council put in charge (`تكليف لجنة
//! تسييرية`) is a political process; a phrase of means after a comma (`، بتفجير سيارة مفخخة`)
//! is told with the clause before it. Participants dispersed (`بتفريق المتظاهرين`) stay no
//! protest told: the AGSR gold codes them so, sentence by sentence, and the spec names them
//! participants only. Records: a record with no place of its own takes the city the event
//! before it was placed in, not a reference point that event names after it; a direction from
//! the capital after `المدينة` is where the city lies; a nurse and her child (`ممرضة هندية
//! وطفلها`) are two dead; a town whose delegates or officers take part (`ضباط مدينة مصراتة`,
//! `وفد الزنتان`) is a party to talks, not their place; an agreement whose sentence tells its
//! terms as a ceasefire is the ceasefire. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV53_CASES: &[events_table::Case] = &[
    (
        "participants_dispersed_are_no_protest_told",
        "قامت قوات الأمن بتفريق المتظاهرين بالغاز المسيل للدموع أمام مبنى البلدية.",
        K::Protest,
        None,
    ),
    (
        "near_miss_protesters_who_accuse",
        "اتهم المتظاهرون الحكومة بالفساد.",
        K::Protest,
        None,
    ),
    (
        "a_call_past_a_loanword",
        "ودعا الاتحاد عبر صفحته على فيسبوك الطلاب إلى المشاركة في مظاهرة سلمية.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "a_call_to_take_part_far_from_its_verb",
        "ودعت النقابة، في بيان نشرته على صفحتها الرسمية بموقع فيسبوك، جميع العاملين في القطاع والمدن المجاورة لها إلى المشاركة في اعتصام مفتوح.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "tomorrow_told_as_a_day_plans",
        "وأعلن الأهالي عن وقفة احتجاجية أمام مقر المجلس البلدي عند الساعة العاشرة من صباح يوم غد.",
        K::Protest,
        Some(M::Planned),
    ),
    (
        "an_offensive_halted_is_a_ceasefire",
        "أعلنت القيادة العامة وقف هجومها على المدينة بعد وساطة قبلية.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "a_vote_halted_did_not_take_place",
        "قررت الحكومة إيقاف الاستحقاق الانتخابي في البلدية بحجة الظروف الأمنية.",
        K::Election,
        Some(M::Negated),
    ),
    (
        "a_court_session_is_no_meeting",
        "انطلقت اليوم أولى جلسات محاكمة المتهمين بتفجير مركز الشرطة.",
        K::Meeting,
        None,
    ),
    (
        "near_miss_a_council_session",
        "عقد المجلس البلدي جلسة طارئة لمناقشة الأوضاع الأمنية.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "a_bomb_that_did_not_go_off",
        "عثرت قوة أمنية على سيارة مفخخة لم تنفجر عقب هجوم شنه مسلحون على بوابة المدينة.",
        K::Bombing,
        Some(M::Negated),
    ),
    (
        "the_attack_after_it_is_told",
        "عثرت قوة أمنية على سيارة مفخخة لم تنفجر عقب هجوم شنه مسلحون على بوابة المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a_phrase_of_means_after_a_comma",
        "استهدف مسلحون مجهولون بوابة مدينة سبها، بتفجير سيارة مفخخة.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "a_capture_told_with_its_possessive",
        "اندلعت اشتباكات في المدينة عقب إعلان مسلحين تشكيل مجلس، واستيلائهم على أحد المقرات الحكومية وسط المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a_steering_council_put_in_charge",
        "أصدر وزير الحكم المحلي قرارا بشأن تكليف لجنة تسييرية لبلدية العربان.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_member_of_the_steering_council",
        "قال عضو المجلس التسييري إن الوضع في المدينة هادئ.",
        K::PoliticalProcess,
        None,
    ),
    (
        "reports_that_went_round",
        "وكانت أنباء قد ترددت عن اندلاع اشتباكات في محيط المطار.",
        K::ArmedClash,
        Some(M::Hypothetical),
    ),
];

#[test]
fn ev53_classes() {
    events_table::check(EV53_CASES, true);
}

const REC53: &[records_table::Case] = &[(
    "the_city_of_the_event_before_not_its_reference_point",
    "قالت مصادر محلية إن ثوار زليتن شرق طرابلس قتلوا خمسة من عناصر الكتائب أثناء تفجير بوابة المدينة. وذكر شهود أن الثوار سيطروا على قرية صغيرة في زحفهم نحو العاصمة.",
    "2011-07-11",
    K::TerritoryControl,
    Want::Location("zliten"),
),
(
    "a_direction_from_the_capital_after_the_city",
    "استهدف مسلحون بوابة مدينة زلة بمنطقة الجفرة بتفجير سيارة مفخخة صباح اليوم. وقال مصدر عسكري إن السيارة انفجرت في مدخل المدينة جنوب شرقي العاصمة طرابلس دون أن تسفر عن ضحايا.",
    "2021-08-22",
    K::Bombing,
    Want::Location("zella"),
),
(
    "so_the_blast_told_twice_is_one_record",
    "استهدف مسلحون بوابة مدينة زلة بمنطقة الجفرة بتفجير سيارة مفخخة صباح اليوم. وقال مصدر عسكري إن السيارة انفجرت في مدخل المدينة جنوب شرقي العاصمة طرابلس دون أن تسفر عن ضحايا.",
    "2021-08-22",
    K::Bombing,
    Want::Count(1),
),
(
    "a_nurse_and_her_child_are_two",
    "أسفر القصف العشوائي على الأحياء السكنية في مدينة الزاوية عن مقتل ممرضة هندية وطفلها مساء أمس.",
    "2016-03-26",
    K::Shelling,
    Want::Fatalities(Some(2)),
),
(
    "a_town_whose_officers_take_part_is_no_place_of_the_meeting",
    "بدأت أمس اجتماعات لقادة عسكريين ليبيين بحضور ضباط مدينة مصراتة في العاصمة المصرية القاهرة.",
    "2017-10-31",
    K::Meeting,
    Want::Location("cairo"),
),
(
    "an_agreement_on_a_ceasefire_is_the_ceasefire",
    "أعلن وفد من حكماء الزنتان مساء أمس التوصل إلى اتفاق لوقف إطلاق النار بين القبيلتين في مدينة أوباري.",
    "2016-01-10",
    K::Ceasefire,
    Want::Location("ubari"),
),
(
    "towns_whose_delegates_talk_are_no_place_of_the_talks",
    "بدأت أمس محادثات بين وفد الزنتان ووفد مصراتة في العاصمة التونسية.",
    "2017-10-31",
    K::PeaceTalks,
    Want::Location("tunis_city"),
)];

#[test]
fn rec53_classes() {
    records_table::run(REC53);
}
