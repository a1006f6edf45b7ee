//! Records: dates on documents the crate was never tuned on (ninth session), one table per
//! class, with counter-examples that must not change.
//!
//! Every text here was written for this file in the style of the news, and labelled with
//! what an ACLED coder would code (`records.md`, "Dates") before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{record_dates, run, run_exprs, Case, DatesCase, ExprCase, Want};

/// (name, text, publication date, kind, the dates of the asserted records of the kind in
/// order, each `start..end` or `-`, with `bg` after the background ones).
type AllCase = DatesCase;

fn run_all(cases: &[AllCase]) {
    record_dates(cases, true);
}

// ---------------------------------------------------------------- month names told with `الماضي`

/// `مارس` is also a verb (`مارس الضغط`) and needs a cue; `الماضي`, `الجاري`, `المقبل` after
/// it are one. A month after the publication month is next month's (`قبل منتصف يوليو` in
/// June), or the coming one with `المقبل`; with `الماضي` it is never this month.
const MONTH_WORDS: &[ExprCase] = &[
    (
        "march with last",
        "استئناف المشاورات التي انطلقت في مارس الماضي بالقاهرة",
        "2024-06-30",
        "2024-03-01..2024-03-31/month",
    ),
    (
        "march with last in march is last year's",
        "المحادثات التي جرت مارس الماضي",
        "2024-03-20",
        "2023-03-01..2023-03-31/month",
    ),
    (
        "april without a cue but with current",
        "الاجتماعات التي عقدت أبريل الجاري",
        "2021-04-20",
        "2021-04-01..2021-04-30/month",
    ),
    (
        "the month after publication is to come",
        "وسط توقعات بعقد اجتماع موسع قبل منتصف يوليو",
        "2024-06-30",
        "2024-07-01..2024-07-31/month",
    ),
    (
        "next with a month already past this year",
        "الانتخابات المقررة في فبراير المقبل",
        "2021-10-02",
        "2022-02-01..2022-02-28/month",
    ),
    (
        "a month two away is last year's",
        "الهجوم الذي وقع في سبتمبر",
        "2024-06-30",
        "2023-09-01..2023-09-30/month",
    ),
    (
        "march as a verb stays no date",
        "مارس المجلس ضغوطا على الحكومة",
        "2024-06-30",
        "-",
    ),
];

#[test]
fn month_words() {
    run_exprs(MONTH_WORDS);
}

// ---------------------------------------------------------------- now, anniversaries, bare years

/// `الآن` is the publication day (`حتى الآن` is no date); `في مثل هذا اليوم من عام 2023`
/// and `في مثل هذا اليوم قبل عامين` are the publication date's day in that year; a year
/// after `في`/`منذ` without `عام` is a year; days in a row (`أيام الأحد والاثنين والثلاثاء`)
/// are one range.
const EXPRESSIONS: &[ExprCase] = &[
    (
        "now",
        "وقال المصدر إن اشتباكات تدور الآن في وسط المدينة",
        "2018-06-26",
        "2018-06-26..2018-06-26/day",
    ),
    (
        "until now is no date",
        "ولم تعلن أي جهة حتى الآن مسؤوليتها",
        "2018-06-26",
        "-",
    ),
    (
        "on this day of a year",
        "اجتاحت السيول المدينة في مثل هذا اليوم من عام 2023",
        "2025-09-11",
        "2023-09-11..2023-09-11/day",
    ),
    (
        "on this day years back",
        "في مثل هذا اليوم قبل عامين اجتاحت السيول المدينة",
        "2025-09-11",
        "2023-09-11..2023-09-11/day",
    ),
    (
        "on this day is not today",
        "في مثل هذا اليوم انطلقت الثورة",
        "2025-02-17",
        "-",
    ),
    (
        "bare year after in",
        "حتى أعلنت عملية الكرامة في 2014 والتي طهرت المدن",
        "2020-08-02",
        "2014-01-01..2014-12-31/year",
    ),
    (
        "bare year after since",
        "تعيش البلاد فوضى أمنية منذ 2011",
        "2020-08-02",
        "2011-01-01..2011-12-31/year",
    ),
    (
        "a count is no year",
        "دمرت الغارات أكثر من 2000 منزل",
        "2020-08-02",
        "-",
    ),
    (
        "a year after publication is no year",
        "أصيب في 2500 حادثة",
        "2020-08-02",
        "-",
    ),
    (
        "three weekdays in a row",
        "قتل تسعة جنود على مدى أيام الأحد والاثنين والثلاثاء",
        "2014-09-18",
        "2014-09-14..2014-09-16/day",
    ),
    (
        "tomorrow with its weekday",
        "يجري رئيس الحكومة زيارة غدا الإثنين إلى القاهرة",
        "2024-06-30",
        "2024-07-01..2024-07-01/day",
    ),
    (
        "the day after tomorrow",
        "تعقد الجلسة بعد غد في طرابلس",
        "2024-06-30",
        "2024-07-02..2024-07-02/day",
    ),
    (
        "two weekdays in a row still",
        "اندلعت المواجهات يومي الجمعة والسبت",
        "2022-08-29",
        "2022-08-26..2022-08-27/day",
    ),
];

#[test]
fn expressions() {
    run_exprs(EXPRESSIONS);
}

// ---------------------------------------------------------------- records

/// An asserted event happened by the publication date: a time after it in its sentence dates
/// the planned event told beside it. An event told `بعد أسبوع من` the news happened a period
/// before it, at no day the text gives: no date rather than a wrong one.
const RECORDS: &[Case] = &[
    (
        "an asserted meeting is not dated by the planned one's month",
        "وقد عقدت القوى السياسية لقاء في مدينة مصراتة، وسط توقعات بعقد اجتماع موسع قبل منتصف يوليو.",
        "2024-06-30",
        EventKind::Meeting,
        Want::Date("2024-06-30", "2024-06-30"),
    ),
    (
        // (Twenty-ninth session: an event a week before the news it is told with is a
        // mention, `بعد أسبوع من`, so no reported arrest at all rather than an undated one.)
        "the arrests a week before the news",
        "وقتل حراس ستة مهاجرين بالرصاص في طرابلس اليوم. ويأتي ذلك بعد أسبوع من اعتقال السلطات لأكثر من ألف مهاجر في حملة واسعة.",
        "2021-10-09",
        EventKind::Arrest,
        Want::NoRecord,
    ),
    (
        "an arrest today stays today",
        "واعتقلت السلطات اليوم أكثر من ألف مهاجر في حملة واسعة بطرابلس.",
        "2021-10-09",
        EventKind::Arrest,
        Want::Date("2021-10-09", "2021-10-09"),
    ),
    (
        "the fighting now is today's",
        "وشهدت المدينة أمس تقدما للجيش. وقال مصدر عسكري إن اشتباكات تدور الآن في آخر شارعين بالمدينة القديمة.",
        "2018-06-26",
        EventKind::ArmedClash,
        Want::Date("2018-06-26", "2018-06-26"),
    ),
];

#[test]
fn records() {
    run(RECORDS);
}

// ---------------------------------------------------------------- stories

/// A page that opens in the past (an anniversary, a retrospective) with a day long before
/// publication tells the undated events after it on that day, as context (background), not
/// as the day's news. A page that opens with the day's news keeps its undated events on the
/// publication date, whatever old date it tells after; so does a page that opens with a
/// state since a year or a day (`منذ 2011`), which is no story.
const OLD_STORIES: &[AllCase] = &[
    (
        "a state since a year is no story",
        "تعيش ليبيا حالة من الفوضى الأمنية منذ 2011.\nوقتل ثلاثة أشخاص في اشتباكات عنيفة بطرابلس.",
        "2022-05-17",
        EventKind::ArmedClash,
        &["2022-05-17..2022-05-17"],
    ),
    (
        "a state since a day is no story",
        "تعيش ليبيا حالة من الفوضى منذ 17 فبراير 2011.\nوقتل ثلاثة أشخاص في اشتباكات عنيفة بطرابلس.",
        "2022-05-17",
        EventKind::ArmedClash,
        &["2022-05-17..2022-05-17"],
    ),
    (
        "an anniversary page",
        "الذكرى الثانية للكارثة\nفي مثل هذا اليوم، الحادي عشر من سبتمبر 2023، ضربت العاصفة المنطقة الشرقية.\nوخلفت العاصفة دمارا هائلا في مدينة درنة، مع نزوح آلاف العائلات.",
        "2025-09-11",
        EventKind::Humanitarian,
        &["2023-09-11..2023-09-11 bg"],
    ),
    (
        "news first, then an old date",
        "نزوح مئات العائلات من حي في مدينة درنة بسبب السيول.\nوكانت العاصفة قد ضربت المدينة في 11 سبتمبر 2023.\nوتسببت الأمطار في نزوح عشرات العائلات الأخرى من المدينة.",
        "2025-09-11",
        EventKind::Humanitarian,
        &["2025-09-11..2025-09-11"],
    ),
];

#[test]
fn old_stories() {
    run_all(OLD_STORIES);
}

/// A headline's undated event told again in the body on the day the lead sets (`مساء
/// الأربعاء`) is of that day; so is the same kind of event told by a source (`وبحسب شهود`)
/// after the lead. The writer's own new event of the same kind keeps the publication date.
const HEADLINE_AND_SOURCES: &[AllCase] = &[
    (
        "the headline's attack told in the body",
        "غارات على سرت والثوار يهاجمون البريقة\nقصفت طائرات التحالف مواقع في مدينة سرت مساء الأربعاء.\nفي هذه الأثناء تقدم مئات المقاتلين من الثوار لمهاجمة مدينة البريقة.",
        "2011-06-09",
        EventKind::Offensive,
        &["2011-06-08..2011-06-08"],
    ),
    (
        "a witness's account of strikes elsewhere",
        "قصفت طائرات حلف الناتو مواقع في العاصمة طرابلس مساء الأربعاء.\nوبحسب شهود، فإن ضاحية تاجوراء كانت هدفا لغارات جوية.",
        "2011-06-09",
        EventKind::Airstrike,
        &["2011-06-08..2011-06-08", "2011-06-08..2011-06-08"],
    ),
];

#[test]
fn headline_and_sources() {
    run_all(HEADLINE_AND_SOURCES);
}

// ---------------------------------------------------------------- what a record's mentions say

/// The first mention says what the news is: a later mention that recaps the event as earlier
/// (`وكانت المدينة قد تعرضت`, `وفي وقت سابق`) leaves the undated news on the publication date;
/// an undated event first told as earlier stays undated. A day told inside the week the
/// record was dated to says which day it was. An undated event after `بعد`/`عقب` that follows
/// another kind of event in its clause happened before it, at no day given; the event told
/// first keeps its day, and a toll's cause is no such event. A time told after the event that
/// follows `بعد` is that event's, not the one told before `بعد`.
const MENTIONS: &[Case] = &[
    (
        "a pluperfect recap keeps the news day",
        "طيران مجهول يقصف مدينة أوباري\nقصفت طائرات مجهولة مواقع في مدينة أوباري جنوبي ليبيا.\nوكانت المدينة قد تعرضت لضربات جوية على أكثر من موقع.",
        "2021-03-14",
        EventKind::Airstrike,
        Want::Date("2021-03-14", "2021-03-14"),
    ),
    (
        "first told as earlier stays undated",
        "وكانت طائرات مجهولة قد قصفت مواقع في مدينة أوباري جنوبي ليبيا.",
        "2021-03-14",
        EventKind::Airstrike,
        Want::Undated,
    ),
    (
        "a day inside last week",
        "شهدت مدينة سبها الأسبوع الماضي اشتباكات عنيفة بين مجموعتين مسلحتين.\nوقال مصدر محلي إن الاشتباكات اندلعت يوم الأحد الماضي في حي المنشية.",
        "2016-11-20",
        EventKind::ArmedClash,
        Want::Date("2016-11-13", "2016-11-13"),
    ),
    (
        "the capture after which the attack stopped",
        "توقفت قوات حفتر عن هجومها في منطقة عين زارة بعد اعتقال العشرات من عناصرها.",
        "2019-04-11",
        EventKind::Arrest,
        Want::Undated,
    ),
    (
        "the attack itself keeps the day",
        "توقفت قوات حفتر عن هجومها في منطقة عين زارة بعد اعتقال العشرات من عناصرها.",
        "2019-04-11",
        EventKind::Offensive,
        Want::Date("2019-04-11", "2019-04-11"),
    ),
    (
        "a time told after the earlier attack is the attack's",
        "استعادت مجموعات مسلحة السيطرة على قاعدة تمنهنت بعد فشل هجوم أول صدته قوات الأمن الأسبوع الماضي.",
        "2014-01-23",
        EventKind::TerritoryControl,
        Want::Date("2014-01-23", "2014-01-23"),
    ),
    (
        "a time before the after-clause stays the event's",
        "استعادت مجموعات مسلحة أمس السيطرة على قاعدة تمنهنت بعد فشل هجوم أول.",
        "2014-01-23",
        EventKind::TerritoryControl,
        Want::Date("2014-01-22", "2014-01-22"),
    ),
    (
        "a toll after the clashes keeps the clashes' day",
        "قتل ثلاثة أشخاص بعد اشتباكات عنيفة في حي الأندلس بطرابلس.",
        "2022-05-17",
        EventKind::ArmedClash,
        Want::Date("2022-05-17", "2022-05-17"),
    ),
];

#[test]
fn mentions() {
    run(MENTIONS);
}
