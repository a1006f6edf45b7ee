//! ev19 (issue 9, sentence-level event F1 on unseen real news): the kind classes found on the
//! events study halves and confirmed on other stored pages, each with reports that must now be
//! found and other senses or mentions that must stay unreported. The sentences were written for
//! this test; none is copied from a page or a gold set.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV19_CASES: &[Case] = &[
    // airstrike: an attack whose instrument is an aircraft named right after it, and the verb of
    // attacking with aircraft as its subject; ground attacks stay offensives.
    (
        "attack_by_drone_noun",
        "أعلنت القوات أن هجوما بطائرة مسيرة استهدف مخزنا للذخيرة جنوب المدينة فجر اليوم.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "attack_by_drone_no_ground_offensive",
        "أعلنت القوات أن هجوما بطائرة مسيرة استهدف مخزنا للذخيرة جنوب المدينة فجر اليوم.",
        K::Offensive,
        None,
    ),
    (
        "attacks_by_drones_plural",
        "تواصلت الهجمات بالطائرات المسيرة على مواقع الكتيبة قرب الوادي منذ صباح الأحد.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "two_drones_attacked_verb",
        "هاجمت طائرتان مسيرتان موقعا للقوات قرب القاعدة صباح الأحد.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "two_drones_attacked_no_ground_offensive",
        "هاجمت طائرتان مسيرتان موقعا للقوات قرب القاعدة صباح الأحد.",
        K::Offensive,
        None,
    ),
    (
        "gunmen_attacked_gate_is_offensive",
        "هاجم مسلحون بوابة أمنية عند مدخل المدينة ليل الخميس.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "gunmen_attacked_gate_no_airstrike",
        "هاجم مسلحون بوابة أمنية عند مدخل المدينة ليل الخميس.",
        K::Airstrike,
        None,
    ),
    (
        "ground_attack_stays_offensive",
        "شنت الكتيبة هجوما على مواقع خصومها بعد منتصف الليل.",
        K::Offensive,
        Some(M::Asserted),
    ),
    // humanitarian: the displaced counted in the singular after a number.
    (
        "displaced_counted_singular",
        "تستضيف البلدية أكثر من 12 ألف نازح في مدارسها منذ الشهر الماضي.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    // ceasefire: an end to the fighting with «إنهاء»; calming of moods is no truce.
    (
        "end_the_fighting_demanded",
        "دعا وزير الخارجية الطرفين إلى إنهاء الاقتتال فورا والعودة إلى الحوار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "end_the_battles_demanded",
        "طالب المجلس البلدي بإنهاء المعارك في محيط المطار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "calming_the_mood_is_no_truce",
        "تسعى الوساطة إلى تهدئة الأجواء بين الحزبين قبل الانتخابات.",
        K::Ceasefire,
        None,
    ),
    // offensive: operations of shelling are the shelling.
    (
        "shelling_operations_no_offensive",
        "تراجعت الكتيبة من مواقعها بعد عمليات قصف عنيفة استمرت ساعات.",
        K::Offensive,
        None,
    ),
    (
        "shelling_operations_still_shelling",
        "تراجعت الكتيبة من مواقعها بعد عمليات قصف عنيفة استمرت ساعات.",
        K::Shelling,
        Some(M::Asserted),
    ),
    // casualties: a toll with its numbers in brackets is told in its clause.
    (
        "toll_in_brackets",
        "الاشتباكات التي توقفت ليلا، أسفرت عن (14) قتيلا و(40) جريحا بحسب مصادر طبية.",
        K::Casualties,
        Some(M::Asserted),
    ),
    // violence_against_civilians: a strike of arms undergone is no beating.
    (
        "air_strike_undergone_no_beating",
        "تعرضت قاعدة الوطية إلى ضربة جوية ليل السبت.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "air_strike_undergone_is_airstrike",
        "تعرضت قاعدة الوطية إلى ضربة جوية ليل السبت.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    // offensive: the pronoun of a complement clause is the force named before it.
    (
        "army_said_it_advanced",
        "وقال الجيش إنه تقدم في حي الصابري بعد معارك عنيفة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "forces_said_they_advanced",
        "وأكدت القوات أنها تقدمت نحو وسط المدينة صباح اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "student_said_he_progressed",
        "قال الطالب إنه تقدم في دراسته هذا العام.",
        K::Offensive,
        None,
    ),
    // casualties: people who fell, counted beside «سقط» or «سقوط».
    (
        "dozens_of_soldiers_fell",
        "وبعد معارك استمرت ساعات سقط العشرات من العسكريين قرب البوابة الجنوبية.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "fall_of_soldiers_counted",
        "أفاد مصدر طبي بسقوط 9 عسكريين في الاشتباكات التي دارت فجر اليوم.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "shell_fell_is_no_casualty",
        "سقطت قذيفة عشوائية قرب منازل المدنيين في الحي ظهر الأحد.",
        K::Casualties,
        None,
    ),
    (
        "town_fell_is_no_casualty",
        "سقطت البلدة بأيدي المقاتلين بعد حصار طويل.",
        K::Casualties,
        None,
    ),
    // offensive: officials attacking in words.
    (
        "minister_attacked_in_words",
        "هاجم وزير الخارجية قادة الميليشيات في مؤتمر صحفي أمس.",
        K::Offensive,
        None,
    ),
    (
        "officials_attacked_those_behind_it",
        "هاجم مسؤولون محليون الجهات التي تقف وراء التفجير مساء أمس.",
        K::Offensive,
        None,
    ),
    (
        "gunmen_attacked_ministry_guards",
        "هاجم مسلحون حراس مقر الحكومة وسط العاصمة فجر السبت.",
        K::Offensive,
        Some(M::Asserted),
    ),
    // foreign_intervention: special forces of a foreign state.
    (
        "foreign_special_forces",
        "أكد مسؤول أن قوات خاصة بريطانية تعمل قرب مدينة مصراتة منذ أسابيع.",
        K::ForeignIntervention,
        Some(M::Asserted),
    ),
    (
        "libyan_special_forces_not_foreign",
        "نفذت قوات خاصة ليبية مداهمة في حي الأندلس.",
        K::ForeignIntervention,
        None,
    ),
];

#[test]
fn ev19_kind_classes_report_and_other_senses_stay_unreported() {
    events_table::check(EV19_CASES, false);
}
