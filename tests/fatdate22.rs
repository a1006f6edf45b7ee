//! Records: dates and fatalities (issue 10, session 18, `fatdate22`).
//!
//! - The day of a statement is not the event's own time: `أكدت مصادر اليوم الأحد مقتل …
//!   في الهجوم الذي استهدف … مساء أمس` dates the attack by the relative clause of the event
//!   noun, and a mention dated only by the statement's day gives way to the event's own day told
//!   in another mention of the record (at or before the statement's day).
//! - The killed of two sides told in two sentences of one event add up (`قتل 9 من قوات
//!   الجيش …` then `إن 4 من مقاتلي المجلس قتلوا في المواجهات`): each side is named by a
//!   gazetteer entry after `من` (and a word for a body of fighters) or by a definite noun
//!   that refers back to one (`المجلس` for `مجلس شورى ثوار بنغازي`). The same side told
//!   twice, or figures with no side, keep the lower figure.
//! - An event first told as what the news followed (`جاء ذلك عقب اشتباكات …`), then in a later
//!   sentence as the day's news (`وسط اشتباكات عنيفة`), takes the publication date; told
//!   again only by a definite noun that refers back (`هربا من القتال المتواصل`), it keeps no
//!   date.
//! - A person word after a toll is one more of the toll only when joined to it directly: after
//!   a verbal noun of its own (`قتل 141 شخصا وإيقاف وزير الدفاع`) it is that noun's object
//!   (`وزير` begins with the letter و).
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

/// The statement's day against the event's own time.
const STATEMENT_DAY: &[Case] = &[
    (
        "the relative clause of the attack tells its time",
        "أكدت مصادر طبية اليوم الخميس مقتل ثلاثة حراس في الهجوم الذي استهدف مقر البلدية في سبها مساء أمس الأربعاء.",
        "2019-03-14",
        EventKind::Offensive,
        Want::Date("2019-03-13", "2019-03-13"),
    ),
    (
        "the relative clause of the clashes tells their time",
        "أعلنت وزارة الصحة اليوم السبت سقوط خمسة قتلى في الاشتباكات التي اندلعت في الزاوية ليل الخميس.",
        "2018-11-10",
        EventKind::ArmedClash,
        Want::Date("2018-11-08", "2018-11-08"),
    ),
    (
        "no time of its own: the statement's day stands",
        "أكد مصدر أمني اليوم الخميس مقتل شرطيين في هجوم على بوابة أمنية قرب مصراتة.",
        "2019-03-14",
        EventKind::Offensive,
        Want::Date("2019-03-14", "2019-03-14"),
    ),
    (
        "a statement of yesterday dates the undated event",
        "قال مصدر عسكري أمس الأحد إن مسلحين هاجموا بوابة أمنية قرب مصراتة.",
        "2019-03-18",
        EventKind::Offensive,
        Want::Date("2019-03-17", "2019-03-17"),
    ),
];

#[test]
fn statement_day() {
    run(STATEMENT_DAY);
}

/// The killed of two sides, told in two sentences.
const TWO_SIDES: &[Case] = &[
    (
        "two named sides in two sentences",
        "قتل 9 من قوات الجيش الوطني الليبي في اشتباكات مع مجلس شورى ثوار بنغازي في منطقة الصابري. وقال مصدر في المجلس إن 4 من مقاتلي المجلس قتلوا في هذه المواجهات.",
        "2016-05-02",
        EventKind::ArmedClash,
        Want::Fatalities(Some(13)),
    ),
    (
        "the guard, told back by a definite noun",
        "هاجم مسلحون من تنظيم داعش ميناء السدرة واشتبكوا مع حرس المنشآت النفطية، وقتل 5 من عناصر تنظيم داعش في المعارك. وأكد الناطق باسم الحرس وفاة اثنين من عناصر الحرس في الاشتباكات.",
        "2016-01-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(7)),
    ),
    (
        "the same side told twice keeps one figure",
        "قتل 9 من قوات الجيش الوطني الليبي في اشتباكات مع مجلس شورى ثوار بنغازي. وقال مصدر عسكري إن 9 من عناصر الجيش الوطني الليبي قتلوا في المواجهات.",
        "2016-05-02",
        EventKind::ArmedClash,
        Want::Fatalities(Some(9)),
    ),
    (
        "figures with no side: the lower one",
        "قتل 12 شخصا في اشتباكات بين مجموعتين مسلحتين في الزاوية. وقال مصدر طبي إن 10 أشخاص قتلوا في المواجهات.",
        "2017-08-02",
        EventKind::ArmedClash,
        Want::Fatalities(Some(10)),
    ),
];

#[test]
fn two_sides() {
    run(TWO_SIDES);
}

/// An event told first as earlier, then as the day's news.
const TOLD_AGAIN: &[Case] = &[
    (
        "framed first, then the day's news",
        "أعلنت قوات الجيش اليوم الأربعاء سيطرتها على بلدة الأصابعة. وجاء ذلك عقب اشتباكات عنيفة مع مسلحين في محيط البلدة. وتقدمت وحدات المشاة عدة كيلومترات جنوبا وسط اشتباكات عنيفة مع المسلحين استخدمت فيها قذائف الهاون.",
        "2019-06-26",
        EventKind::ArmedClash,
        Want::Date("2019-06-26", "2019-06-26"),
    ),
    (
        "a flashback told again by a definite noun keeps no date",
        "سيطر مسلحون على مستشفى ميداني في سرت اليوم. وكانت معارك عنيفة جرت في المدينة أدت إلى مقتل 20 شخصا من السكان. وشهدت المدينة نزوحا واسعا هربا من القتال المتواصل.",
        "2015-08-14",
        EventKind::ArmedClash,
        Want::Undated,
    ),
];

#[test]
fn told_again() {
    run(TOLD_AGAIN);
}

/// A person word after a toll: one more of it, or the object of another verbal noun.
const JOINED_PERSON: &[Count] = &[
    (
        "a verbal noun of its own before the minister",
        "قتل 40 شخصا في الهجوم وإيقاف وزير الداخلية عن العمل.",
        Some(40),
        None,
    ),
    (
        "the minister's suspension after a toll's noun",
        "ارتفاع عدد قتلى الهجوم على المعسكر إلى 75 وإيقاف وزير الدفاع.",
        Some(75),
        None,
    ),
    (
        "a child joined to the toll",
        "قتل 5 أشخاص وطفل في قصف على حي سكني.",
        Some(6),
        None,
    ),
    (
        "an officer joined to the soldiers",
        "قتل ثلاثة جنود وضابط في كمين جنوب المدينة.",
        Some(4),
        None,
    ),
];

#[test]
fn joined_person() {
    counts(JOINED_PERSON);
}
