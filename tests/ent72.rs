//! ent72 (issue 11, the gazetteer on real news), from the forty-ninth session, round 72 (read
//! after it was scored unseen): the LNA's spokesman named as the general commander's
//! (`المتحدث باسم القائد العام`), from 2016. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT72: &[Case] = &[
    (
        "the general commander's spokesman",
        "وأكد المتحدث باسم القائد العام أن القوات تتقدم نحو طرابلس.",
        Some("2019-04-09"),
        &["ahmed_mismari", "tripoli"],
    ),
    (
        "near miss: before the spokesman's period",
        "وأكد المتحدث باسم القائد العام أن القوات تتقدم نحو طرابلس.",
        Some("2014-06-01"),
        &["tripoli"],
    ),
];

#[test]
fn ent72_classes() {
    check(ENT72);
}
