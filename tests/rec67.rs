//! rec67 (issue 10, records), from the forty-seventh session, round 67 (studied after it was
//! scored unseen): nobody killed or hurt told with the verb of causing (`دون أن يوقع ضحايا`):
//! zero dead, zero wounded; from round 66, a commander's forces' aircraft with his ranks
//! between `شنه` and his name are actor1. Sentences written for this test, labelled first.

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
    // Round 66: the aircraft and the forces of a commander, then his ranks, before the name
    // that `شنه` makes the agent.
    (
        "the commander's forces' aircraft, his ranks between",
        "قتل أربعة أشخاص خلال قصف جوي شنه طيران قوات اللواء المتقاعد خليفة حفتر على مستشفى ميداني جنوبي طرابلس.",
        "2019-08-02",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "… the hospital's people the target",
        "قتل أربعة أشخاص خلال قصف جوي شنه طيران قوات اللواء المتقاعد خليفة حفتر على مستشفى ميداني جنوبي طرابلس.",
        "2019-08-02",
        EventKind::Airstrike,
        Want::Actor2("generic:civilians"),
    ),
    (
        "near miss: his forces named without the aircraft",
        "قتل أربعة أشخاص خلال قصف شنته قوات خليفة حفتر على حي سكني جنوبي طرابلس.",
        "2019-08-02",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
];

#[test]
fn rec67_classes() {
    run(REC67);
}
