//! Records: dates and fatalities (issue 10, session 18, `fatdate22`).
//!
//! - The day of a statement is not the event's own time: `أكدت مصادر اليوم الأحد مقتل …
//!   في الهجوم الذي استهدف … مساء أمس` dates the attack by the relative clause of the event
//!   noun, and a mention dated only by the statement's day gives way to the event's own day told
//!   in another mention of the record (at or before the statement's day).
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

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
