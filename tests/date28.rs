//! date28 (issue 10, dates): the Moroccan month names (`يوليوز`, `غشت`, `شتنبر`, `نونبر`,
//! `دجنبر`) date an event as the other sets do; sentences written for this test.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const MOROCCAN_MONTHS: &[Case] = &[
    (
        "september, Moroccan name",
        "واندلعت اشتباكات عنيفة في 12 شتنبر 2014 بين قوات الجيش ومسلحين في بنغازي.",
        "2014-09-20",
        EventKind::ArmedClash,
        Want::Date("2014-09-12", "2014-09-12"),
    ),
    (
        "december, day and month, the year of the news",
        "وقتل ثلاثة أشخاص في هجوم على مقر أمني في سبها يوم 5 دجنبر.",
        "2021-12-30",
        EventKind::Offensive,
        Want::Date("2021-12-05", "2021-12-05"),
    ),
    (
        "july, Moroccan name",
        "وخطف مسلحون مهندسين أجنبيين في 3 يوليوز 2018 قرب أوباري.",
        "2018-07-10",
        EventKind::Abduction,
        Want::Date("2018-07-03", "2018-07-03"),
    ),
    (
        "november, Moroccan name",
        "وقصفت طائرات مسيرة مطار الجفرة يوم 21 نونبر 2019.",
        "2019-11-25",
        EventKind::Airstrike,
        Want::Date("2019-11-21", "2019-11-21"),
    ),
];

#[test]
fn moroccan_month_names() {
    run(MOROCCAN_MONTHS);
}
