//! rec65 (issue 10, records), from the forty-sixth session, round 65 (studied after it was
//! scored unseen): after `لقي`, the dual's group may run on with its unit's number before the
//! idiom's dual pronoun (`لقى جنديان من الكتيبة 152 التابعة للجيش الوطنى الليبى مصرعهما`): two
//! dead. Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC65: &[Case] = &[
    (
        "a dual whose group runs on, its unit's number included",
        "لقي جنديان من الكتيبة 152 التابعة للجيش الوطني الليبي مصرعهما اليوم جراء تفجير انتحاري.",
        "2018-05-22",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: a short group",
        "لقي جنديان من الجيش مصرعهما اليوم جراء تفجير انتحاري.",
        "2018-05-22",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: `لا سيما` is no denial",
        "اندلعت اشتباكات عنيفة في سبها خلفت خسائر لا سيما مقتل جنديين.",
        "2019-04-20",
        EventKind::ArmedClash,
        Want::Fatalities(Some(2)),
    ),
];

#[test]
fn rec65_classes() {
    run(REC65);
}
