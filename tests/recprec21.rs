//! Records: one event, one record (issue 10, record precision, recprec21), one table per
//! class, with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------ a meeting told as the setting of an event

/// `اقتحم محتجون القاعة أثناء جلستها`, `منح النواب الثقة للحكومة خلال الجلسة`: a session or a
/// meeting told in the sentence of another reported event is where or when that event
/// happened, no meeting record of its own.
const SETTING: &[Case] = &[
    (
        "sitting stormed by protesters",
        "اقتحم عشرات المحتجين قاعة المجلس البلدي في مدينة الزاوية أثناء جلسته الصباحية \
         اليوم الثلاثاء.",
        "2019-04-16",
        EventKind::Meeting,
        Want::NoRecord,
    ),
    (
        "confidence vote held in a session",
        "صوت أعضاء المجلس البلدي بالإجماع على إقالة عميد البلدية خلال الجلسة التي عقدوها \
         في مدينة غريان أمس.",
        "2021-06-09",
        EventKind::Meeting,
        Want::NoRecord,
    ),
    (
        "killing inside a meeting place",
        "قتل مسلحون قائد الكتيبة داخل مقرها في مدينة صبراتة أثناء لقاء مع وجهاء المنطقة \
         مساء الأحد.",
        "2017-06-12",
        EventKind::Meeting,
        Want::NoRecord,
    ),
];

/// Counter-examples: a meeting that is the news stays one record; so does a meeting held to
/// discuss an event (`لبحث الاشتباكات`): that event is its subject, not its setting.
const MEETINGS: &[Case] = &[
    (
        "meeting alone",
        "عقد عميد بلدية مصراتة اجتماعا مع مديري المستشفيات في المدينة صباح اليوم الأربعاء.",
        "2020-03-18",
        EventKind::Meeting,
        Want::Count(1),
    ),
    (
        "meeting held to discuss the clashes",
        "اجتمع رئيس المجلس الرئاسي مع قادة الأجهزة الأمنية في طرابلس اليوم لبحث الاشتباكات \
         التي اندلعت في مدينة الزاوية.",
        "2023-08-16",
        EventKind::Meeting,
        Want::Count(1),
    ),
];

// ------------------------------------------------ a back-reference placed where fighters come from

/// `وشن الهجوم لواء من مدينة X`, `القتال بين اللواء السابع من بلدة X و…`: the town the
/// attackers come from is no place of the attack told before; the back-reference joins it.
const ORIGIN: &[Case] = &[
    (
        "attack told again with the attackers' home town",
        "قتل عشرون جنديا يوم الأحد في هجوم على معسكر للجيش قرب مدينة سبها. وشن الهجوم \
         لواء من مدينة مصراتة كان يتمركز في المنطقة من قبل.",
        "2018-02-13",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "attack keeps its place",
        "قتل عشرون جنديا يوم الأحد في هجوم على معسكر للجيش قرب مدينة سبها. وشن الهجوم \
         لواء من مدينة مصراتة كان يتمركز في المنطقة من قبل.",
        "2018-02-13",
        EventKind::Offensive,
        Want::Location("sabha"),
    ),
    (
        "fighting told with an ordinal brigade from a town",
        "تواصلت الاشتباكات العنيفة في العاصمة طرابلس لليوم الثالث على التوالي. ويدور القتال \
         بين اللواء السابع من بلدة ترهونة وكتيبة ثوار طرابلس.",
        "2018-08-29",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "the fighting keeps the capital",
        "تواصلت الاشتباكات العنيفة في العاصمة طرابلس لليوم الثالث على التوالي. ويدور القتال \
         بين اللواء السابع من بلدة ترهونة وكتيبة ثوار طرابلس.",
        "2018-08-29",
        EventKind::ArmedClash,
        Want::Location("tripoli"),
    ),
];

// ------------------------------------------------ the storming told again

/// `الاقتحام` refers back to the storming told before, whatever day its clause gives
/// (`الاقتحام الذي حدث الليلة`).
const STORMING: &[Case] = &[(
    "storming of a headquarters told again",
    "اقتحم مسلحون مقر وزارة الخارجية في طرابلس ليل الجمعة. ووقع هذا الاقتحام بعد ساعات \
     من تصريحات الوزيرة، وقال مسؤول إن الاقتحام الذي حدث الليلة لم يسفر عن إصابات.",
    "2021-05-08",
    EventKind::Offensive,
    Want::Count(1),
)];

// ------------------------------------------------ one event over several areas

/// `اشتباكات في عدة مناطق من العاصمة` … `في منطقة تاجوراء`: the parts of the town the
/// fighting went on in, told next, are that fighting (one record).
const SEVERAL_AREAS: &[Case] = &[
    (
        "clashes in several areas, one area told next",
        "اندلعت اشتباكات مسلحة في عدة مناطق من العاصمة طرابلس مساء اليوم. وسمعت أصوات \
         اشتباكات بالأسلحة المتوسطة في منطقة تاجوراء شرق العاصمة.",
        "2024-02-20",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "clashes in two cities stay two",
        "اندلعت اشتباكات مسلحة في مدينة الزاوية مساء اليوم. وفي مدينة سبها اندلعت اشتباكات \
         بين مجموعتين مسلحتين.",
        "2024-02-20",
        EventKind::ArmedClash,
        Want::Count(2),
    ),
];

#[test]
fn a_meeting_in_the_sentence_of_an_event_is_its_setting() {
    run(SETTING);
}

#[test]
fn meetings_that_are_the_news_stay() {
    run(MEETINGS);
}

#[test]
fn where_fighters_come_from_is_no_place_of_the_event() {
    run(ORIGIN);
}

#[test]
fn the_storming_told_again_is_the_storming() {
    run(STORMING);
}

#[test]
fn one_event_over_several_areas_is_one_record() {
    run(SEVERAL_AREAS);
}
