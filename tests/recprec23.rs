//! Records: one event told twice in records of one kind (issue 10, record precision,
//! recprec23): the lead and the body, or the announcement and the statement, tell one
//! incident with another precision of place. Counter-examples: two places
//! of one town, like events of other days, and two towns of one district stay apart.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------ one event told twice

/// The lead places the fight only near a town (`غرب مدينة درنة`), the body names the
/// village of that district where it was; an announcement dated by its weekday and the
/// statement quoted after it, of the same place and sides: one record each.
const TWICE: &[Case] = &[
    (
        "near the town, then the village of its district",
        "قتل تسعة أشخاص اليوم الأحد في اشتباكات بين الجيش ومسلحين جنوب غرب مدينة درنة. \
         وقال ضابط في الجيش إن ثلاثة جنود قتلوا الأحد في مواجهات مع المسلحين في منطقة عين \
         مارة.",
        "2016-03-06",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "near the town, then the village: the lead's toll stands",
        "قتل تسعة أشخاص اليوم الأحد في اشتباكات بين الجيش ومسلحين جنوب غرب مدينة درنة. \
         وقال ضابط في الجيش إن ثلاثة جنود قتلوا الأحد في مواجهات مع المسلحين في منطقة عين \
         مارة.",
        "2016-03-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(9)),
    ),
];

/// Counter-examples: strikes on two places of one town told with `كذلك`, a protest and the
/// like protests of the days before, and clashes in two towns of one district, each named
/// as the place itself, stay apart.
const APART: &[Case] = &[
    (
        "two places of one town",
        "قصفت طائرات حلف الناتو اليوم الأحد مقرا في باب العزيزية بطرابلس. وقصفت الطائرات \
         كذلك مواقع للكتائب في مطار معيتيقة.",
        "2011-08-21",
        EventKind::Airstrike,
        Want::Count(2),
    ),
    (
        "like protests the days before",
        "تظاهر مئات الليبيين في طرابلس أمس احتجاجا على انقطاع الكهرباء. وكانت العاصمة شهدت \
         يوم الأحد مظاهرات مماثلة احتجاجا على نقص الوقود.",
        "2020-08-26",
        EventKind::Protest,
        Want::Count(2),
    ),
    (
        "two towns of one district",
        "اندلعت اشتباكات مسلحة اليوم في مدينة زوارة. وفي مدينة رقدالين اندلعت اشتباكات أخرى بين \
         مسلحين من المدينة.",
        "2012-04-03",
        EventKind::ArmedClash,
        Want::Count(2),
    ),
];

#[test]
fn one_event_told_twice_is_one_record() {
    run(TWICE);
}

#[test]
fn other_places_and_days_stay_apart() {
    run(APART);
}
