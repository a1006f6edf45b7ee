//! ev44 (issue 9, sentence-level events on real news): classes found in the thirty-seventh
//! session. A verb form spelled as a counted noun right after a number (`30 طالبا`: students,
//! not «the two demanded») is that noun: it governs no demand. An attack told with aircraft as
//! its means (`باستخدام الطائرات`) is an air strike; the verbal noun of `تعرض ل` after `ب`
//! (`بتعرض المدينة لقصف`) asserts as the verb does; forces pulled back (`قرارا بسحب القوات
//! من`) withdrew; people made to leave their homes (`ترك منازلهم`) are displaced; `لم ترد أي
//! تقارير عن` denies; protesters who entered a place (`بعد دخول محتجين`) protest; fighting
//! since it resumed (`منذ استئناف القتال`) goes on; a protest movement (`حراك احتجاجي`) and an
//! armed operation (`عملية مسلحة`) are told; attacks a counted number of years before the news
//! (`وقعت قبل ثلاث سنوات`) are referred back to; people taken `إلى وجهة غير معلومة` were
//! abducted, as `إلى جهة غير معلومة`. From round 45: fire opened on a march named right after
//! the fire's `على` (`النار على مظاهرة`; new class `march`) is violence against its people, no
//! clash; a vote or a process stopped (`تم إيقاف الانتخابات`) is no arrest.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV44_CASES: &[Case] = &[
    (
        "students_counted_after_a_number_demand_nothing",
        "قتل 30 طالبا في غارة جوية استهدفت الكلية العسكرية في طرابلس مساء السبت.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_year_before_a_verb_leaves_it_a_verb",
        "وفي عام 2012 طالبا بإجراء انتخابات في المدينة.",
        K::Election,
        Some(M::Demanded),
    ),
    (
        "aircraft_as_the_means_of_an_attack_strike",
        "هاجمت القوات مواقع المسلحين في المدينة باستخدام الطائرات والمدفعية.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "undergoing_told_by_its_verbal_noun_is_no_purpose",
        "أفاد مصدر محلي بتعرض المدينة لقصف جوي صباح أمس.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "forces_pulled_back_by_a_decision_withdrew",
        "أصدر القائد العام قرارا بسحب القوات من القاعدة الجوية.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "people_driven_to_leave_their_homes_are_displaced",
        "ودفع القتال نحو ألفي شخص إلى ترك منازلهم.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "no_report_of_victims_denies_them",
        "لم ترد أي تقارير عن سقوط ضحايا حتى الآن.",
        K::Casualties,
        Some(M::Negated),
    ),
    (
        "an_attack_with_rockets_shelled",
        "قتل ثلاثة مدنيين في هجوم بصواريخ غراد على حي سكني في طرابلس.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "protesters_who_entered_a_port_protest",
        "توقفت الصادرات من الميناء بعد دخول محتجين إليه صباح الأحد.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_delegation_entering_past_protesters_is_no_act_of_theirs",
        "نجح الوفد بمساعدة الشرطة في اختراق صفوف المتظاهرين والدخول إلى المدرسة.",
        K::Protest,
        None,
    ),
    (
        "fighting_since_it_resumed_goes_on",
        "قتل عشرون مسلحا منذ استئناف القتال يوم الاثنين الماضي.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near_miss_the_killed_since_an_outbreak_are_told",
        "قتل المئات منذ اندلاع الثورة في فبراير 2011.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a_protest_movement_named_by_its_adjective",
        "قتل متظاهران مع استئناف حراك احتجاجي في المدينة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "an_armed_operation_to_pursue_a_group_is_an_offensive",
        "بدأت قوات الأمن عملية مسلحة لملاحقة عناصر المجموعة في الجبل.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "attacks_years_before_the_news_are_referred_back_to",
        "قال الوزير إن الجماعة مرتبطة بمتشددين نفذوا هجمات على قوات الأمن وقعت قبل ثلاث سنوات.",
        K::Offensive,
        None,
    ),
    (
        "near_miss_attacks_an_hour_before_are_told",
        "قال الوزير إن مسلحين نفذوا هجمات على قوات الأمن قبل ساعة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "people_taken_to_an_unknown_destination_were_abducted",
        "وتم أخذ 30 شخصا إلى وجهة غير معلومة.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "fire_opened_on_a_march_is_violence_against_its_people",
        "قتل نحو 7 أشخاص يوم الجمعة عندما أطلق مسلحو التنظيم النار على مظاهرة خرجت في درنة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near_miss_so_no_clash",
        "أطلق مسلحون ملثمون، النار على مسيرة سلمية في طرابلس.",
        K::ArmedClash,
        None,
    ),
    (
        "near_miss_fire_exchanged_near_a_march_is_a_clash",
        "تبادل الطرفان إطلاق النار على مقربة من المسيرة.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "a_vote_stopped_is_no_arrest",
        "فيما تم إيقاف الانتخابات في الدائرة الانتخابية بسبب الاحتجاجات.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_suspects_stopped_were_arrested",
        "تم إيقاف ثلاثة مشتبه بهم في طرابلس.",
        K::Arrest,
        Some(M::Asserted),
    ),
];

#[test]
fn ev44_classes() {
    events_table::check(EV44_CASES, false);
}
