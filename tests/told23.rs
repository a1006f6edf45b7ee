//! told23: what `merge::told_twice` must not join (records.md: one event, one record; two
//! events, two records). Sentences are our own.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const APART: &[Case] = &[
    (
        "a strike told by witnesses in a suburb, undated, stays apart",
        "قصفت طائرات مجهولة مواقع في مدينة مصراتة صباح الثلاثاء. \
         وبحسب سكان، فإن ضاحية تاجوراء كانت هدفا لغارة جوية.",
        "2019-07-03",
        EventKind::Airstrike,
        Want::Count(2),
    ),
    (
        "protests on two days next to each other are two events",
        "تظاهر عشرات في مدينة الزاوية يوم السبت احتجاجا على غلاء الأسعار. \
         وتظاهر آخرون في مدينة الزاوية يوم الأحد للمطالبة بإقالة المجلس البلدي.",
        "2021-02-15",
        EventKind::Protest,
        Want::Count(2),
    ),
    (
        "two towns of two districts on one day stay apart",
        "اندلعت اشتباكات عنيفة صباح الاثنين في مدينة غريان. \
         كما اندلعت اشتباكات مسلحة صباح الاثنين في مدينة سرت.",
        "2018-09-11",
        EventKind::ArmedClash,
        Want::Count(2),
    ),
];

const ONE: &[Case] = &[
    (
        "near the town, then the village: the village is the place",
        "قتل خمسة أشخاص اليوم الأحد في اشتباكات بين الجيش ومسلحين جنوب غرب مدينة درنة. \
     وقال مصدر عسكري إن جنديين قتلا الأحد في مواجهات مع المسلحين في منطقة عين مارة.",
        "2016-03-06",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "near the town, then the village: the village is the place",
        "قتل خمسة أشخاص اليوم الأحد في اشتباكات بين الجيش ومسلحين جنوب غرب مدينة درنة. \
     وقال مصدر عسكري إن جنديين قتلا الأحد في مواجهات مع المسلحين في منطقة عين مارة.",
        "2016-03-06",
        EventKind::ArmedClash,
        Want::Location("ain_mara"),
    ),
];

#[test]
fn other_events_stay_apart() {
    run(APART);
}

#[test]
fn near_a_town_then_its_village_is_one() {
    run(ONE);
}
