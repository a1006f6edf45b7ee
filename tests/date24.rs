//! Records: dates and fatalities of real Libyan news (issue 10, session 20, `date24`).
//!
//! - Maghrebi month names (`ماي`, `جوان`, `جويلية`, `أوت`) date like the others.
//! - Dates written in figures (`12-5-2019`, `2019/05/12`) and a day of the current or last
//!   month told by its number (`يوم 12 الجاري`, `في 28 من الشهر الماضي`) are day dates.
//! - A time inside a relative clause that describes a noun after the event (`المدينة التي
//!   تستضيف البرلمان المنتخب قبل أشهر`) does not date the event; a vague past before a verb
//!   of saying (`وفي وقت سابق، أفادت وكالة … أن`) dates the report, not the event.
//! - An undated event told `في الوقت نفسه` takes the day of the event told before it, of
//!   whatever kind.
//! - A running total since an earlier point (`لترتفع حصيلة القتلى منذ ذلك الحين إلى 40`),
//!   told after the sentence's own toll, is no toll of the event.
//! - A killing verb's subject of one or two words (`قتل مسلحون مجهولون ثلاثة أشخاص`) stands
//!   between it and its figure; attackers told as a dual (`المهاجمان`) and the later deaths of
//!   the wounded (`توفوا`, `توفيا`) count.
//!
//! Every sentence was written for this file in the style of the news (names and numbers
//! changed from the pages studied) and labelled with what an ACLED coder would code
//! (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const DATES: &[Case] = &[
    (
        "a Maghrebi month with its year",
        "أعلنت قوات الوفاق أن الطيران الأمريكي نفذ غارات على مواقع التنظيم في سرت يوم 3 أوت 2016.",
        "2016-08-06",
        EventKind::Airstrike,
        Want::Date("2016-08-03", "2016-08-03"),
    ),
    (
        "a Maghrebi month of the current year",
        "قتل خمسة أشخاص في اشتباكات بين مجموعتين مسلحتين في صبراتة يوم 9 جويلية الجاري.",
        "2017-07-12",
        EventKind::ArmedClash,
        Want::Date("2017-07-09", "2017-07-09"),
    ),
    (
        "june in the Tunisian spelling",
        "انفجرت سيارة مفخخة قرب بوابة أمنية في مدينة الخمس يوم 14 جوان 2015.",
        "2015-06-16",
        EventKind::Bombing,
        Want::Date("2015-06-14", "2015-06-14"),
    ),
    (
        "a date in figures, day first",
        "قتل شخصان في اشتباكات بمنطقة جنزور يوم 21-8-2019 بحسب مصدر طبي.",
        "2019-08-24",
        EventKind::ArmedClash,
        Want::Date("2019-08-21", "2019-08-21"),
    ),
    (
        "a date in figures, year first",
        "اختطف مسلحون مجهولون مدير مصرف في مدينة الكفرة بتاريخ 2020/02/03.",
        "2020-02-06",
        EventKind::Abduction,
        Want::Date("2020-02-03", "2020-02-03"),
    ),
    (
        "a day of the current month by its number",
        "قتل ثلاثة أشخاص في اشتباكات قبلية بمدينة سبها يوم 4 الجاري.",
        "2018-09-07",
        EventKind::ArmedClash,
        Want::Date("2018-09-04", "2018-09-04"),
    ),
    (
        "a day of last month by its number",
        "قتل أربعة أشخاص في انفجار عبوة ناسفة بمدينة درنة في 27 من الشهر الماضي.",
        "2018-10-03",
        EventKind::Bombing,
        Want::Date("2018-09-27", "2018-09-27"),
    ),
    (
        "a vague past of a noun after the event does not date it",
        "سقط قتلى وجرحى في انفجار سيارة مفخخة بمدينة البيضاء، في حادث نادر تشهده المدينة التي تحتضن الحكومة المشكلة قبل أشهر.",
        "2015-03-10",
        EventKind::Bombing,
        Want::Date("2015-03-10", "2015-03-10"),
    ),
    (
        "an earlier report is news of the day",
        "اشتباكات في مصراتة\nوفي وقت سابق، أفادت وكالة الأنباء الليبية أن 9 عمال أجانب قتلوا في سقوط قذيفة على مسكنهم في طرابلس.",
        "2014-08-03",
        EventKind::Shelling,
        Want::Date("2014-08-03", "2014-08-03"),
    ),
    (
        "at the same time: the day of the event told before",
        "اقتحم محتجون مساء أمس الخميس مقر المجلس البلدي في مدينة البيضاء وأضرموا النار في مدخله.\nوخرجت في الوقت نفسه مظاهرات في ساحة الكيش ببنغازي طالب فيها المتظاهرون بتحسين الخدمات.",
        "2020-09-11",
        EventKind::Protest,
        Want::Date("2020-09-10", "2020-09-10"),
    ),
];

#[test]
fn dates() {
    run(DATES);
}

const TOLLS: &[Case] = &[
    (
        "a total since an earlier day is no toll of the day's fighting",
        "قتل 11 شخصا على الأقل اليوم السبت في معارك عنيفة بمدينة درنة بعد هجوم بدأ يوم الخميس الماضي لترتفع حصيلة القتلى منذ ذلك الحين إلى 40 قتيلا.",
        "2018-05-19",
        EventKind::ArmedClash,
        Want::Fatalities(Some(11)),
    ),
    (
        "a plain running total still replaces",
        "ارتفعت حصيلة قتلى انفجار السيارة المفخخة في بنغازي أمس إلى 12 شخصا.",
        "2018-05-19",
        EventKind::Bombing,
        Want::Fatalities(Some(12)),
    ),
    (
        "a two-word subject between the killing verb and its figure",
        "قتل مسلحون مجهولون أربعة أشخاص بينهم طفل في مدينة أوباري أمس.",
        "2019-02-11",
        EventKind::Casualties,
        Want::Fatalities(Some(4)),
    ),
    (
        "an indefinite subject between the killing verb and its figure",
        "قتل مسلحون ثلاثة أشقاء في حي الليثي ببنغازي أمس.",
        "2019-02-11",
        EventKind::Casualties,
        Want::Fatalities(Some(3)),
    ),
    (
        "the attackers told as a dual add up",
        "قتل ثلاثة من عناصر الأمن في هجوم على بوابة أمنية قرب زليتن فجر اليوم، كما قتل المهاجمان.",
        "2016-01-07",
        EventKind::Offensive,
        Want::Fatalities(Some(5)),
    ),
    (
        "the wounded who died later count",
        "قال مصدر طبي إن أربعة من الجرحى توفوا متأثرين بجراحهم في مستشفى غريان أمس.",
        "2019-06-30",
        EventKind::Casualties,
        Want::Fatalities(Some(4)),
    ),
];

#[test]
fn tolls() {
    run(TOLLS);
}
