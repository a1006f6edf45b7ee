//! rec67 (issue 10, records), from the forty-seventh session, round 67 (studied after it was
//! scored unseen): nobody killed or hurt told with the verb of causing (`دون أن يوقع ضحايا`):
//! zero dead, zero wounded. Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC67: &[Case] = &[
    (
        "nobody hurt, told with the verb of causing",
        "شن مسلحون قصفا صاروخيا على المطار في سبها مساء أمس دون أن يوقع ضحايا.",
        "2016-03-10",
        EventKind::Shelling,
        Want::Fatalities(Some(0)),
    ),
    (
        "… nor wounded",
        "شن مسلحون قصفا صاروخيا على المطار في سبها مساء أمس دون أن يوقع ضحايا.",
        "2016-03-10",
        EventKind::Shelling,
        Want::Injured(Some(0)),
    ),
    (
        "near miss: no toll told",
        "شن مسلحون قصفا صاروخيا على المطار في سبها مساء أمس.",
        "2016-03-10",
        EventKind::Shelling,
        Want::Fatalities(None),
    ),
];

#[test]
fn rec67_classes() {
    run(REC67);
}
