//! Records: too many records on real news (issue 10, record precision, recprec22), one table
//! per class, with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------ control held is a state, not a capture

/// `كانت تسيطر على المعسكر`, `ما زالت تسيطر على الحي`: control held before or still held;
/// `خرج الوضع عن السيطرة`, `خارج سيطرة الحكومة`: control lost or never held. None is a
/// capture.
const HELD: &[Case] = &[
    (
        "held before, after kan",
        "وشنت الهجوم كتيبة من مدينة الزاوية كانت تسيطر على المعسكر قبل عامين قبل أن \
         تنسحب منه.",
        "2018-03-05",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "still held",
        "قال سكان إن مجموعة مسلحة ما زالت تسيطر على الحي الجنوبي من مدينة سبها منذ أشهر.",
        "2019-11-20",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "out of control",
        "وأكد مسؤول محلي أن الوضع الأمني خرج عن السيطرة في مدينة الكفرة خلال الليل.",
        "2016-09-02",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "outside the control of the government",
        "وتبقى مناطق واسعة من الجنوب خارج سيطرة الحكومة في طرابلس.",
        "2017-02-14",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
];

/// Counter-examples: a capture told in the past or in a headline's present stays one.
const CAPTURES: &[Case] = &[
    (
        "capture in the past",
        "سيطرت قوات الجيش على معسكر اليرموك جنوب العاصمة طرابلس صباح اليوم بعد معارك \
         عنيفة.",
        "2019-12-10",
        EventKind::TerritoryControl,
        Want::Count(1),
    ),
    (
        "capture in a headline's present",
        "قوات الحكومة تسيطر على مدينة غريان\nأعلنت قوات الحكومة اليوم سيطرتها الكاملة على \
         مدينة غريان.",
        "2019-06-26",
        EventKind::TerritoryControl,
        Want::Count(1),
    ),
    (
        "control taken over the oil field",
        "بسطت القوات سيطرتها على حقل الفيل النفطي أمس الأحد دون قتال.",
        "2019-02-18",
        EventKind::TerritoryControl,
        Want::Location("el_feel_oilfield"),
    ),
];

// ------------------------------------------------ years of war are a tally, not an event

/// `أرهقتهم سنوات من المعارك`, `أسفرت الحرب عن مقتل الآلاف`: fighting counted in months or
/// years, and the toll or the displacement of the war as a whole, are context.
const TALLY: &[Case] = &[
    (
        "years of battles",
        "ويأمل سكان البلاد الذين أرهقتهم سنوات من المعارك أن يصمد الاتفاق الذي وقع في جنيف \
         اليوم.",
        "2020-10-23",
        EventKind::ArmedClash,
        Want::NoRecord,
    ),
    (
        "toll of the war",
        "وقع الطرفان اتفاقا في جنيف اليوم. وأسفرت الحرب عن مقتل الآلاف.",
        "2020-10-23",
        EventKind::Casualties,
        Want::NoRecord,
    ),
    (
        "displacement by the conflict",
        "وقع الطرفان اتفاقا في جنيف اليوم. وأسفر الصراع عن مقتل المئات وأجبر عشرات الآلاف \
         على النزوح.",
        "2020-10-23",
        EventKind::Humanitarian,
        Want::NoRecord,
    ),
];

/// Counter-examples: a clash of the day, a toll of a conflict between named sides, and a
/// battle after months of fighting that is itself the news.
const NEWS: &[Case] = &[
    (
        "clash of the day",
        "اندلعت اشتباكات عنيفة في مدينة الزاوية أمس بين مجموعتين مسلحتين.",
        "2022-05-18",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "conflict between two tribes",
        "أسفر النزاع بين القبيلتين عن مقتل ثلاثة أشخاص في مدينة سبها أمس.",
        "2018-03-02",
        EventKind::Casualties,
        Want::Fatalities(Some(3)),
    ),
];

// ------------------------------------------------ a weapon used is how a fight was fought

/// `اشتباكات استخدمت فيها قذائف الهاون`, `تم استعمال المدفعية وراجمات الصواريخ`: the weapon
/// is how the fighting of its sentence (or of the sentence before) was fought: one record.
const USED: &[Case] = &[
    (
        "mortars used in the clashes",
        "اندلعت اشتباكات عنيفة في مدينة غريان أمس استخدمت فيها الأسلحة المتوسطة وقذائف \
         الهاون.",
        "2019-06-27",
        EventKind::Shelling,
        Want::NoRecord,
    ),
    (
        "launchers used, the fight told before",
        "دارت مواجهات بين الطرفين في مدينة سرت صباح اليوم. وتم استعمال المدفعية وراجمات \
         الصواريخ.",
        "2016-05-27",
        EventKind::Shelling,
        Want::NoRecord,
    ),
    (
        "one clash with its weapons",
        "دارت مواجهات بين الطرفين في مدينة سرت صباح اليوم. وتم استعمال المدفعية وراجمات \
         الصواريخ.",
        "2016-05-27",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
];

/// Counter-examples: a shelling with no fight and no word of using stays a shelling.
const SHELLING: &[Case] = &[(
    "shells fell on homes",
    "سقطت قذائف هاون على منازل المدنيين في حي أبو سليم بطرابلس مساء أمس.",
    "2019-10-03",
    EventKind::Shelling,
    Want::Count(1),
)];

// ------------------------------------------------ one fight, one agreement

/// Two days of one fight whose sides are told the other way round (a force against the
/// council, the government against the force's ally) are one record; an agreement told
/// `في ليبيا` and signed in a named city is one record there.
const ONE: &[Case] = &[
    (
        "two days, sides reversed",
        "اندلعت مواجهات مسلحة مساء الإثنين في طرابلس بين جهاز الردع واللواء 444. \
         ومنذ فجر اليوم، تتواصل اشتباكات عنيفة في طرابلس بين قوة تابعة لحكومة الوحدة \
         الوطنية وأخرى تابعة للمجلس الرئاسي.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "agreement for Libya signed in Geneva",
        "توقيع اتفاق لوقف إطلاق النار في ليبيا\nوأعلنت الأمم المتحدة أن اللجنة العسكرية \
         المشتركة وقعت اليوم في جنيف اتفاقا دائما لوقف إطلاق النار.",
        "2020-10-23",
        // (s41: an agreement whose sentence tells its terms as a ceasefire is the ceasefire
        // record, as the records gold codes it.)
        EventKind::Ceasefire,
        Want::Count(1),
    ),
    (
        "agreement kept at the city",
        "توقيع اتفاق لوقف إطلاق النار في ليبيا\nوأعلنت الأمم المتحدة أن اللجنة العسكرية \
         المشتركة وقعت اليوم في جنيف اتفاقا دائما لوقف إطلاق النار.",
        "2020-10-23",
        // (s41: an agreement whose sentence tells its terms as a ceasefire is the ceasefire
        // record, as the records gold codes it.)
        EventKind::Ceasefire,
        Want::Location("geneva"),
    ),
];

#[test]
fn control_held_is_a_state() {
    run(HELD);
}

#[test]
fn captures_stay() {
    run(CAPTURES);
}

#[test]
fn years_of_war_are_a_tally() {
    run(TALLY);
}

#[test]
fn the_news_of_the_day_stays() {
    run(NEWS);
}

#[test]
fn a_weapon_used_is_how_a_fight_was_fought() {
    run(USED);
}

#[test]
fn a_shelling_alone_stays() {
    run(SHELLING);
}

#[test]
fn one_fight_one_agreement() {
    run(ONE);
}
