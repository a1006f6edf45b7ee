//! rec69 (issue 10, records), from the forty-ninth session, round 69: a brother named by whose
//! he is (`شقيق زعيم التنظيم`) is one of the dead, with the companions counted beside him.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC69: &[Case] = &[
    (
        "a brother named by whose he is, and two companions",
        "وتواترت أنباء عن قتل شقيق زعيم التنظيم، سعد بن عاطف، واثنين من مرافقيه في الغارة الجوية على شبوة.",
        "2017-06-17",
        EventKind::Airstrike,
        Want::Fatalities(Some(3)),
    ),
    (
        "… alone",
        "قتل شقيق زعيم التنظيم في غارة جوية على شبوة.",
        "2017-06-17",
        EventKind::Airstrike,
        Want::Fatalities(Some(1)),
    ),
    (
        "near miss: a brother who speaks is no victim",
        "قال شقيق زعيم التنظيم إن غارة جوية استهدفت شبوة.",
        "2017-06-17",
        EventKind::Airstrike,
        Want::Fatalities(None),
    ),
];

#[test]
fn rec69_cases() {
    run(REC69);
}
