//! Records: dates by the spec's mechanisms (tenth session), one table per class, each with
//! counter-examples that must not change.
//!
//! Every text here was written for this file in the style of the news, and labelled with
//! what an ACLED coder would code (`records.md`, "Dates") before the crate was run on it.

#[path = "support/records_table.rs"]
#[allow(dead_code)] // this table uses the date runners alone
mod records_table;
use libya_nlp::EventKind;
use records_table::{record_dates, run_exprs, DatesCase, ExprCase};

// ----------------------------------------------------------------- parts of a day two back

/// `مساء أمس الأول`, `صباح أمس الأول`: a part of the day before yesterday, as `أمس الأول`
/// alone (not yesterday).
const DAY_BEFORE_YESTERDAY: &[ExprCase] = &[
    (
        "evening of the day before yesterday",
        "وصلت القافلة إلى المدينة مساء أمس الأول.",
        "2021-03-12",
        "2021-03-10..2021-03-10/day",
    ),
    (
        "morning of the day before yesterday with its weekday",
        "انفجرت العبوة صباح أمس الأول الأربعاء قرب السوق.",
        "2021-03-12",
        "2021-03-10..2021-03-10/day",
    ),
    (
        "counter: evening of yesterday stays yesterday",
        "انفجرت العبوة مساء أمس قرب السوق.",
        "2021-03-12",
        "2021-03-11..2021-03-11/day",
    ),
    (
        "counter: the day before yesterday alone",
        "انفجرت العبوة أمس الأول قرب السوق.",
        "2021-03-12",
        "2021-03-10..2021-03-10/day",
    ),
];

#[test]
fn a_part_of_the_day_before_yesterday() {
    run_exprs(DAY_BEFORE_YESTERDAY);
}

// ----------------------------------------------------------------- the night into a weekday

/// `ليلة الخميس`: the night into Thursday, which pages use both for Wednesday evening and
/// for Thursday's own night: the two days (precision day), so that either reading holds.
/// `ليل الخميس` is Thursday's night (the day itself), `ليلة أمس` the day before.
const NIGHT_INTO: &[ExprCase] = &[
    (
        "night into the publication day",
        "سقطت قذيفة على حي سكني ليلة الخميس.",
        "2022-06-09",
        "2022-06-08..2022-06-09/day",
    ),
    (
        "night into an earlier weekday",
        "سقطت قذيفة على حي سكني ليلة الاثنين.",
        "2022-06-09",
        "2022-06-05..2022-06-06/day",
    ),
    (
        "night into a weekday with yawm",
        "هاجم مسلحون نقطة تفتيش ليلة يوم السبت.",
        "2022-06-13",
        "2022-06-10..2022-06-11/day",
    ),
    (
        "counter: the weekday's own night is the day",
        "سقطت قذيفة على حي سكني ليل الاثنين.",
        "2022-06-09",
        "2022-06-06..2022-06-06/day",
    ),
    (
        "counter: last night with its weekday is that day",
        "سقطت قذيفة على حي سكني ليلة أمس الأربعاء.",
        "2022-06-09",
        "2022-06-08..2022-06-08/day",
    ),
    (
        "counter: a bare weekday",
        "سقطت قذيفة على حي سكني الاثنين.",
        "2022-06-09",
        "2022-06-06..2022-06-06/day",
    ),
];

#[test]
fn the_night_into_a_weekday_is_both_days() {
    run_exprs(NIGHT_INTO);
}

// ----------------------------------------------------------------- events that describe a noun

/// `قوات الكتيبة التي تشن غارات على مواقع التنظيم`: an event told in a relative clause that
/// describes a person or a thing is a modifier (records.md), not the day's news: a time told
/// before the clause dates the clause the noun stands in, not it, and without a time of its
/// own it gets no date rather than the publication date. A relative clause on an event noun
/// (`القصف الذي …، والذي أسفر عن`) tells that event; a demonstrative (`هذا القصف`) points
/// back to the event told; a time inside the clause is the event's own.
const MODIFIER: &[DatesCase] = &[
    (
        "a campaign describing a force takes no day of the news",
        "أعلن المتحدث أمس الأحد وصول تعزيزات جديدة لقوات الكتيبة التي تشن غارات جوية على مواقع التنظيم.",
        "2021-05-10",
        EventKind::Airstrike,
        &["-"],
    ),
    (
        "a place turned battlefield, the time told before it",
        "أجلت المنظمة يوم الخميس عشرات العائلات من المخيم الذي تحول إلى ساحة معارك بين الطرفين.",
        "2021-05-10",
        EventKind::ArmedClash,
        &["-"],
    ),
    (
        "counter: the clause on an event noun is that event",
        "أدانت الوزارة القصف الذي تعرضت له البلدة أمس الأحد، والذي أسفر عن مقتل ثلاثة مدنيين.",
        "2021-05-10",
        EventKind::Shelling,
        &["2021-05-09..2021-05-09"],
    ),
    (
        "counter: a time inside the relative clause is its own",
        "قال الأهالي إن المسلحين الذين اقتحموا المستشفى صباح أمس غادروا المدينة.",
        "2021-05-10",
        EventKind::Offensive,
        &["2021-05-09..2021-05-09"],
    ),
    (
        "counter: the news told after a relative clause on its actor",
        "أعلن الجيش الذي تتمركز قيادته في الشرق أمس استمرار الاشتباكات مع مسلحين في الجنوب.",
        "2021-05-10",
        EventKind::ArmedClash,
        &["2021-05-09..2021-05-09"],
    ),
];

#[test]
fn an_event_describing_a_noun_is_no_news() {
    record_dates(MODIFIER, false);
}

// ----------------------------------------------------------------- a story set in the past

/// `شهدت المدينة في 2014 معارك … وعقب ذلك أعلنت القوات إطلاق عملية …`: a sentence whose
/// times all lie more than a month before publication sets the story in the past; the
/// undated events told after it are history, not the day's news, and get no date rather
/// than the publication date, until a recent time sets the story back to the present. A
/// flashback (`وكانت … قد`) inside the news sets no such frame, nor does a state up to now
/// (`منذ 2011`).
const PAST_FRAME: &[DatesCase] = &[
    (
        "undated events after a history sentence",
        "تظاهر العشرات أمام مقر الحكومة في مدينة سبها. وشهدت المدينة في عام 2014 اشتباكات عنيفة بين قبيلتين. وعقب ذلك أعلنت القوات إطلاق عملية عسكرية واسعة في الجنوب.",
        "2020-06-15",
        EventKind::Offensive,
        &["-"],
    ),
    (
        "counter: the news told first keeps the publication date",
        "تظاهر العشرات أمام مقر الحكومة في مدينة سبها. وشهدت المدينة في عام 2014 اشتباكات عنيفة بين قبيلتين. وعقب ذلك أعلنت القوات إطلاق عملية عسكرية واسعة في الجنوب.",
        "2020-06-15",
        EventKind::Protest,
        &["2020-06-15..2020-06-15"],
    ),
    (
        "counter: a recent time sets the story back to the present",
        "وشهدت المدينة في عام 2014 اشتباكات عنيفة بين قبيلتين. وأمس الأحد اقتحم مسلحون مقر البلدية. وأحرق المسلحون سيارات تابعة للبلدية.",
        "2020-06-15",
        EventKind::Offensive,
        &["2020-06-14..2020-06-14"],
    ),
    (
        "counter: a flashback sets no frame",
        "صدت القوات هجوما على المدينة أمس. وكانت القوات قد استعادت المدينة في مارس الماضي. وقال المتحدث إن طائرات مسيرة قصفت مواقع المهاجمين.",
        "2020-06-15",
        EventKind::Airstrike,
        &["2020-06-14..2020-06-14"],
    ),
    (
        "counter: a state since a year sets no frame",
        "تعيش البلاد فوضى أمنية منذ عام 2011. واقتحم مسلحون مقر البلدية في المدينة.",
        "2020-06-15",
        EventKind::Offensive,
        &["2020-06-15..2020-06-15"],
    ),
];

#[test]
fn a_story_set_in_the_past() {
    record_dates(PAST_FRAME, false);
}

// ----------------------------------------------------------------- feminine agreement, eves

/// `الجمعة الماضية` (the weekday agreeing as a feminine noun) is the last Friday strictly
/// before publication, as `الجمعة الماضي`; `السنة الماضية`, `السنة الجارية`, `هذه السنة`
/// are years as `العام الماضي`, `العام الجاري`, `هذا العام`; `عشية أمس` is yesterday evening.
/// `الفارط` (Maghrebi) is `الماضي`; `الأسبوع/الشهر/العام المقبل` is the next one (records.md:
/// with `المقبل`, the next one after the publication date); `2019م` is the year 2019.
const AGREEMENT: &[ExprCase] = &[
    (
        "last friday in the feminine on a friday",
        "تظاهر المئات الجمعة الماضية في الساحة.",
        "2022-06-10",
        "2022-06-03..2022-06-03/day",
    ),
    (
        "next friday in the feminine",
        "ستنطلق المفاوضات الجمعة المقبلة في جنيف.",
        "2022-06-08",
        "2022-06-10..2022-06-10/day",
    ),
    (
        "counter: a bare friday on a friday is that day",
        "تظاهر المئات الجمعة في الساحة.",
        "2022-06-10",
        "2022-06-10..2022-06-10/day",
    ),
    (
        "last year in the feminine",
        "تضررت المدينة من الفيضانات السنة الماضية.",
        "2022-06-10",
        "2021-01-01..2021-12-31/year",
    ),
    (
        "the current year in the feminine",
        "أجريت الانتخابات البلدية في السنة الجارية.",
        "2022-06-10",
        "2022-01-01..2022-12-31/year",
    ),
    (
        "this year with a feminine demonstrative",
        "تراجعت الهجمات هذه السنة في الجنوب.",
        "2022-06-10",
        "2022-01-01..2022-12-31/year",
    ),
    (
        "last month in the Maghrebi word",
        "فر مئات السجناء الشهر الفارط من السجن.",
        "2022-06-10",
        "2022-05-01..2022-05-31/month",
    ),
    (
        "next week of a planned round of talks",
        "تنطلق جولة جديدة من الحوار الأسبوع المقبل في جنيف.",
        "2022-06-08",
        "2022-06-11..2022-06-17/week",
    ),
    (
        "next month of a planned strike",
        "تدخل النقابة في إضراب عن العمل اعتبارا من الشهر المقبل.",
        "2022-12-08",
        "2023-01-01..2023-01-31/month",
    ),
    (
        "the beginning of next month is that month",
        "تدخل النقابة في إضراب عن العمل مطلع الشهر المقبل.",
        "2022-12-08",
        "2023-01-01..2023-01-31/month",
    ),
    (
        "a year with the era letter glued to it",
        "بدأ الهجوم على العاصمة في 4 أبريل 2019م بقصف المطار.",
        "2022-06-10",
        "2019-04-04..2019-04-04/day",
    ),
    (
        "eve of yesterday",
        "فجر انتحاري سيارة مفخخة عشية أمس في المدينة.",
        "2022-06-10",
        "2022-06-09..2022-06-09/day",
    ),
    (
        "counter: the eve of a celebration is no date",
        "وقع الانفجار عشية الاحتفال بذكرى الثورة.",
        "2022-06-10",
        "-",
    ),
];

#[test]
fn feminine_agreement_and_eves() {
    run_exprs(AGREEMENT);
}
