//! rec70 (issue 10, records), from the forty-ninth session, round 70 (scored unseen on the
//! session's first build, then studied): a strike dated first by the day of the statement that
//! tells it and then, in a later sentence, by its own day through a back-reference is one
//! record on its own day, also when the sayer is a long name the gazetteer knows; the sayer's
//! pronoun is the subject past a count of the strikes (`أنها شنت ست ضربات`). Sentences written
//! for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const STRIKES: &str = "قالت القيادة الأمريكية في أفريقيا الأحد إنها شنت ست ضربات جوية على معسكر لتنظيم داعش في ليبيا وقتلت 17 مسلحا.\nوقالت القيادة في بيان إن الضربات التي نفذت يوم الجمعة استهدفت معسكرا للتنظيم.";
const STRIKES_LONG_NAME: &str = "قالت قيادة القوات الأمريكية في إفريقيا الأحد إنها شنت ست ضربات جوية على معسكر للتنظيم.\nوقالت القيادة في بيان إن الضربات التي نفذت يوم الجمعة استهدفت معسكرا للتنظيم.";

const REC70: &[Case] = &[
    (
        "a statement's day, then the strikes' own day: one record",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(1),
    ),
    (
        "… on the strikes' own day",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Date("2017-09-22", "2017-09-22"),
    ),
    (
        "… by the sayer, past the count of strikes",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Actor1("africom"),
    ),
    (
        "… with the toll of the first sentence",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Fatalities(Some(17)),
    ),
    (
        "a sayer of five words the gazetteer knows",
        STRIKES_LONG_NAME,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(1),
    ),
    (
        "… on the strikes' own day",
        STRIKES_LONG_NAME,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Date("2017-09-22", "2017-09-22"),
    ),
    (
        "near miss: a strike more than a week before the statement is another",
        "قالت القيادة الأمريكية في أفريقيا الأحد إنها شنت غارة جوية على معسكر للتنظيم.\nوقالت القيادة في بيان إن الغارة التي نفذت يوم 10 سبتمبر استهدفت معسكرا للتنظيم.",
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(2),
    ),
];

#[test]
fn rec70_cases() {
    run(REC70);
}
