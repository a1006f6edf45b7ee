//! ev34 (issue 9, sentence-level events on real news): classes found in the thirty-first
//! session (round 34, after its unseen score), each with the reports that must now be read
//! right and the other senses that must stay as they were. The sentences were written for
//! this test; none is copied from a page or a gold set.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV34_CASES: &[Case] = &[
    // Taiz, the Yemeni city, is no jussive of «عزى» (condolences make a mention).
    (
        "clashes_in_taiz_are_told",
        "شهدت مدينة تعز اليمنية اشتباكات عنيفة بين القوات الحكومية والمسلحين مساء الأحد.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near_miss_condolences_for_the_victims_of_a_clash",
        "وقدم الوزير تعزيته لأسر ضحايا الاشتباكات التي شهدتها المدينة العام الماضي.",
        K::ArmedClash,
        None,
    ),
    // `تقدم ب` with what is submitted is no advance.
    (
        "a_request_submitted_is_no_advance",
        "ونفذت الطائرات الضربات استجابة للطلب الذي تقدمت به الحكومة إلى واشنطن أمس.",
        K::Offensive,
        None,
    ),
    (
        "a_complaint_submitted_is_no_advance",
        "وتقدمت الكتيبة بشكوى إلى مكتب النائب العام ضد مسؤولين في البلدية.",
        K::Offensive,
        None,
    ),
    (
        "near_miss_troops_advance_towards_a_town",
        "وتقدمت قوات الجيش نحو مدينة سرت من الجهة الغربية صباح اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    // Saving the country in the name of a protest day is no humanitarian event.
    (
        "saving_libya_in_a_protest_name",
        "وشارك المئات في مظاهرة «جمعة إنقاذ ليبيا» بميدان الشهداء.",
        K::Humanitarian,
        None,
    ),
    (
        "near_miss_rescue_teams_save_the_stranded",
        "تمكنت فرق الهلال الأحمر من إنقاذ عشرات العالقين في الأحياء التي غمرتها المياه.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    // A session postponed with `تم` after it did not take place.
    (
        "a_session_postponed_with_tamma",
        "وقال النائب إن الجلسة تم تأجيلها إلى الأسبوع المقبل لعدم اكتمال النصاب.",
        K::Meeting,
        Some(M::Negated),
    ),
    (
        "near_miss_a_session_held",
        "وعقد المجلس جلسته العادية في طبرق أمس بحضور 90 نائبا.",
        K::Meeting,
        Some(M::Asserted),
    ),
    // An explosion a relative clause of occurrence places, with no earlier day, is the news.
    (
        "an_explosion_placed_by_its_relative_clause",
        "وأوضح المصدر أن الانفجار الذي وقع في حي الصابري لم يسفر عن أي إصابات.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "an_explosion_placed_this_morning",
        "وأكد أن الانفجار الذي وقع صباح اليوم قرب ميناء طرابلس ألحق أضرارا بالمباني.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near_miss_an_explosion_of_an_earlier_month",
        "وذكّر بالانفجار الذي وقع في مارس 2015 قرب ميناء طرابلس.",
        K::Bombing,
        None,
    ),
    (
        "near_miss_protests_of_two_days_ago_referred_to",
        "وعن الاحتجاجات التي وقعت أمس الأول في ميدان الشهداء، قال الوزير إنها مفهومة.",
        K::Protest,
        None,
    ),
    // Foreigners seized are arrested; workers on a bus stopped by gunmen are not.
    (
        "foreigners_seized_are_arrested",
        "وأعلنت الإدارة أنه تم ضبط 35 سودانيا دخلوا البلاد بطريقة غير شرعية قرب الكفرة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_bus_of_foreign_workers_stopped",
        "أوقف مسلحون سيارة تقل خمسة عمال تونسيين على الطريق الساحلي.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_goods_seized",
        "وتم ضبط شحنة مصرية من الأدوية المهربة في ميناء مصراتة.",
        K::Arrest,
        None,
    ),
    // People who rise up act a protest.
    (
        "a_town_rises_up",
        "وقال شهود إن أهالي البلدة انتفضوا ضد الكتيبة بعد مقتل أحد شبابها.",
        K::Protest,
        Some(M::Asserted),
    ),
    // Diplomats and an embassy evacuated.
    (
        "an_ambassador_and_staff_evacuated",
        "وأجلت تونس سفيرها وعددا من موظفي سفارتها في طرابلس بسبب تدهور الوضع الأمني.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "an_embassy_evacuated",
        "وأخلت إيطاليا سفارتها في العاصمة الليبية يوم الأحد.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near_miss_positions_evacuated_are_a_withdrawal",
        "وأخلت القوات مواقعها في محيط المطار بعد معارك عنيفة.",
        K::Humanitarian,
        None,
    ),
    // An event noun after `بعد`, dated by a time aside past an apposition and its agent.
    (
        "an_abduction_dated_by_a_time_aside",
        "وتصاعد التوتر في المدينة، بعد خطف سالم الفيتوري، مدير المدرسة الثانوية، من قبل مسلحين، مساء أمس الأحد.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near_miss_the_same_abduction_undated_stays_a_mention",
        "وتصاعد التوتر في المدينة، بعد خطف سالم الفيتوري، مدير المدرسة الثانوية، من قبل مسلحين.",
        K::Abduction,
        None,
    ),
    // Weeks or days after an event of a moment: it is earlier, a mention; a process lasted.
    (
        "weeks_after_an_assassination",
        "وتأتي زيارة الوزير إلى المدينة بعد أسابيع من اغتيال قائد الشرطة فيها.",
        K::Assassination,
        None,
    ),
    (
        "days_after_an_abduction",
        "وأطلق الخاطفون سراح الطبيب بعد أيام من اختطافه في سبها.",
        K::Abduction,
        None,
    ),
    (
        "near_miss_weeks_of_fighting_still_told",
        "وسيطرت القوات على الحي بعد أسابيع من الاشتباكات العنيفة مع المسلحين.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near_miss_hours_after_an_abduction",
        "وأفرج عن الصحفي بعد ساعات من اختطافه في طرابلس.",
        K::Abduction,
        Some(M::Asserted),
    ),
    // Talks a relative clause of occurrence places in the past with no date are earlier.
    (
        "talks_held_in_the_past",
        "وقال إن الجولات التي جرت في السابق بين الطرفين لم تحقق أي تقدم.",
        K::PeaceTalks,
        None,
    ),
    (
        "near_miss_talks_held_yesterday",
        "وقال إن المحادثات التي جرت أمس في جنيف بين الطرفين كانت إيجابية.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
    // «Within the reach of» makes an agreement possible.
    (
        "an_agreement_within_reach",
        "وأكد أن بإمكان الأطراف الليبية الجلوس معا والاتفاق على خارطة طريق.",
        K::Agreement,
        Some(M::Hypothetical),
    ),
    // Ground still held is a state, no capture.
    (
        "a_town_still_held",
        "ويحاصر المسلحون البلدة التي لا تزال تحت سيطرة قوات موالية للحكومة.",
        K::TerritoryControl,
        None,
    ),
    (
        "near_miss_a_town_that_came_under_control",
        "وأصبحت البلدة تحت سيطرة قوات الجيش صباح اليوم بعد انسحاب المسلحين.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    // An event pointed back to after `بعد` is told before: a mention here.
    (
        "after_this_massacre",
        "وقال الشاهد إن الأهالي خرجوا إلى الشوارع بعد هذه المجزرة مطالبين بالقصاص.",
        K::ViolenceAgainstCivilians,
        None,
    ),
];

#[test]
fn ev34_classes() {
    events_table::check(EV34_CASES, false);
}
