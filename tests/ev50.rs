//! ev50 (issues 9 and 10), from the fortieth session, round 50. Records: aircraft named by the
//! masculine `طيران` and a country's adjective (`شن طيران إماراتي مسير غارات`) are that
//! country's forces; aircraft tied to a side by a participle (`استهدف طيران تابع لقوات حفتر`,
//! `غارات نفذتها طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر`) act for that side, over
//! the forces word and the commander's ranks. Events: a short aside in brackets inside a clause
//! (`طيران مجرم الحرب (المشير خليفة) حفتر قام باستهداف …`) is read with it; supplies let in
//! (`دخول المواد الغذائية`) enter no territory; a cue that governs the phrase before `أو`
//! governs the one after (`لن يكون هناك أي حوار أو لقاء`); a protest prevented (`منعت الأجهزة
//! الأمنية المعلمين من التظاهر`) did not happen, while people kept from going home
//! (`منعتها الجماعات المسلحة من العودة إلى ديارها`) tell their displacement; a call to respect
//! or keep a truce (`دعت البعثة الأطراف إلى احترام الهدنة`) demands it; a verb right after a
//! dateline of one to three words and a colon or a dash (`بنغازي: قتل عسكري …`) opens the
//! sentence, as news verbs do, so its toll counts; what an agreement or talks denied close
//! before them would have settled (`لا توجد أي اتفاقات حول انسحاب القوات … مقابل هدنة`) is
//! negated; one side not taking part (`الجيش لم يشارك في القتال`) leaves the event told.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV50_CASES: &[events_table::Case] = &[
    (
        "a_bracketed_title_inside_the_clause_keeps_the_aircraft",
        "وقالت الوزارة إن طيران مجرم الحرب (المشير خليفة) حفتر قام فجر اليوم باستهداف مقر كتيبة في تاجوراء.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_bracket_around_a_clause_of_its_own_still_cuts",
        "أعلنت البلدية الحداد (بعد مقتل ثلاثة من أبنائها في الاشتباكات الأخيرة) وأغلقت المدارس.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "supplies_let_in_enter_no_territory",
        "أغلق المسلحون الطريق الوحيد للبلدة (جنوب المدينة) أمام السكان ودخول المواد الغذائية والأدوية.",
        K::TerritoryControl,
        None,
    ),
    (
        "near_miss_forces_entering_a_town_take_it",
        "أعلنت القوات دخول مدينة سرت بعد معارك عنيفة مع مسلحي التنظيم.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a_negation_governs_the_phrase_after_or",
        "وشدد المتحدث على أنه لن يكون هناك أي حوار أو لقاء مع قادة الميليشيات.",
        K::Meeting,
        Some(M::Negated),
    ),
    (
        "near_miss_a_meeting_after_and_a_clause_of_its_own",
        "رفض المجلس أي حوار مع الميليشيات، وعقد لقاء مع أعيان المدينة مساء أمس.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "a_protest_prevented_did_not_happen",
        "منعت الأجهزة الأمنية يوم الأحد عشرات الموظفين من التظاهر أمام مقر الحكومة في طرابلس.",
        K::Protest,
        Some(M::Negated),
    ),
    (
        "a_sit_in_prevented_did_not_happen",
        "تمنع قوات الأمن الأهالي من الاعتصام أمام مبنى المجلس البلدي.",
        K::Protest,
        Some(M::Negated),
    ),
    (
        "near_miss_kept_from_going_home_is_the_displacement",
        "عبرت المنظمة عن قلقها إزاء محنة العائلات بعد أن منعتها الجماعات المسلحة من العودة إلى ديارها في تاورغاء.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "a_call_to_respect_a_truce_demands_it",
        "دعت البعثة الأممية الأطراف المتقاتلة في محاور جنوب طرابلس إلى احترام الهدنة الإنسانية.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "a_call_to_keep_a_ceasefire_demands_it",
        "ودعا الاتحاد الأوروبي جميع الأطراف إلى الالتزام بوقف إطلاق النار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "near_miss_a_truce_respected_is_told",
        "أكد المتحدث احترام الهدنة من جانب قواته منذ صباح أمس.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "what_a_denied_agreement_would_settle_is_not_settled",
        "أكد مصدر عسكري أنه لا توجد أي اتفاقات حول انسحاب القوات من الموانئ النفطية مقابل هدنة.",
        K::Ceasefire,
        Some(M::Negated),
    ),
    (
        "the_withdrawal_a_denied_agreement_names_is_negated",
        "أكد مصدر عسكري أنه لا توجد أي اتفاقات حول انسحاب القوات من الموانئ النفطية مقابل هدنة.",
        K::TerritoryControl,
        Some(M::Negated),
    ),
    (
        "a_truce_after_or_in_a_denied_agreement",
        "قال إنه جرى لقاء مع المشايخ دون أن يكون هناك أي اتفاق على هدنة أو وقف لإطلاق النار.",
        K::Ceasefire,
        Some(M::Negated),
    ),
    (
        "near_miss_the_content_of_an_agreement_told_is_planned",
        "أعلن الطرفان التوصل إلى اتفاق على وقف إطلاق النار يبدأ منتصف الليل.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "one_side_not_taking_part_leaves_the_fighting_told",
        "وقال المسؤول الأمني إن الجيش لم يشارك في القتال الذي اندلع أمس في المدينة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a_vote_held_without_a_party",
        "أكدت الحركة أنها لم تشارك في الانتخابات البلدية التي جرت السبت.",
        K::Election,
        Some(M::Asserted),
    ),
    (
        "near_miss_no_fighting_at_all",
        "لم يقع أي قتال في المدينة أمس.",
        K::ArmedClash,
        Some(M::Negated),
    ),
    (
        "protesters_told_where_they_are_before_their_act",
        "قام محتجون في مدينة صبراتة وضواحيها بقطع الطريق الساحلي صباح اليوم.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_people_where_they_are_with_no_act",
        "قال شهود إن محتجين في مدينة صبراتة أصيبوا برصاص مجهولين.",
        K::Protest,
        None,
    ),
];

#[test]
fn ev50_classes() {
    events_table::check(EV50_CASES, true);
}

const REC50: &[records_table::Case] = &[
    (
        "masculine_aircraft_of_a_state",
        "شن طيران إماراتي مسير ثلاث غارات على مواقع في مدينة مصراتة فجر اليوم.",
        "2019-12-16",
        K::Airstrike,
        Want::Actor1("united_arab_emirates"),
    ),
    (
        "masculine_definite_drones_of_a_state",
        "قصف الطيران المسير التركي مواقع في قاعدة الوطية.",
        "2020-05-18",
        K::Airstrike,
        Want::Actor1("turkey"),
    ),
    (
        "aircraft_tied_to_a_commanders_forces",
        "استهدف طيران تابع لقوات حفتر مقرا عسكريا في منطقة الهضبة جنوبي طرابلس.",
        "2020-01-04",
        K::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "aircraft_tied_over_the_commanders_ranks",
        "قتل 12 عسكريا جراء غارات نفذتها طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر على معسكر في طرابلس.",
        "2020-01-04",
        K::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "a_verb_after_a_colon_dateline_opens_the_sentence",
        "بنغازي: قتل جندي وأصيب ابنه بجروح مساء الأحد في بنغازي بعدما أمطره مجهولون بوابل من الرصاص.",
        "2013-12-02",
        K::Casualties,
        Want::Fatalities(Some(1)),
    ),
    (
        "a_verb_after_a_dash_dateline_opens_the_sentence",
        "سرت – قتل شرطي وأصيب اثنان في هجوم على بوابة أمنية صباح اليوم.",
        "2016-03-02",
        K::Offensive,
        Want::Fatalities(Some(1)),
    ),
    (
        "near_miss_the_forces_struck_are_the_target",
        "استهدفت طائرة مسيرة تجمعا لقوات حفتر جنوبي طرابلس.",
        "2020-01-04",
        K::Airstrike,
        Want::Actor2("lna"),
    ),
];

#[test]
fn rec50_classes() {
    records_table::run(REC50);
}
