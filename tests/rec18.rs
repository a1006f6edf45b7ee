//! Records (rec18, issue #10): actor classes that recur across the records study halves and
//! in other news, one table per class, each positive next to a counter-example that must stay
//! as it is. The classes: the side that gives ground (withdraws, collapses, flees, its
//! remnants pursued) taken for the side that took it; a political leader named as a side of
//! a fight (`قوات القذافي`, `من قبضة القذافي`) coded as the man instead of his armed forces;
//! the second side of a `بين` lost when the first is tied to its body by `التابع لـ` and a
//! comma.
//!
//! Every text here was written for this file in the style of the news, and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const TOOK_AFTER_FLIGHT: &str =
    "دخلت قوات الوفاق مدينة ترهونة صباح اليوم بعد انهيار قوات حفتر وفرارها نحو الجنوب.";
const WITHDREW_OTHER_HELD: &str =
    "أكد سكان أن قوات القذافي انسحبت من وسط المدينة مساء اليوم تاركة مواقعها للثوار.";
const CAPTURE_THEN_WITHDRAWAL: &str =
    "سيطرت قوات الوفاق على بلدة العربان اليوم. وانسحبت قوات حفتر من البلدة قبل وصولها.";
const WITHDREW_ALONE: &str = "انسحبت قوات حفتر من مدينة غريان مساء اليوم.";
const PURSUED_REMNANTS: &str =
    "قال المتحدث إن قوات الوفاق تطارد فلول قوات حفتر في ضواحي بني وليد اليوم.";
const CAPTURE_PLAIN: &str = "سيطرت قوات الوفاق على مدينة صرمان اليوم بعد مواجهات مع قوات حفتر.";

/// The side that gave ground (withdrew, collapsed, fled, its remnants pursued) is the side
/// acted on, never the one that took the ground; a withdrawal told alone keeps its side.
const GAVE_GROUND: &[Case] = &[
    (
        "a town entered after the other side collapsed and fled: the taker acted",
        TOOK_AFTER_FLIGHT,
        "2020-06-05",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
    (
        "a town entered after the other side collapsed and fled: the side that fled lost it",
        TOOK_AFTER_FLIGHT,
        "2020-06-05",
        EventKind::TerritoryControl,
        Want::Actor2("lna"),
    ),
    (
        "forces withdrew leaving their positions to the other side: they lost the ground",
        WITHDREW_OTHER_HELD,
        "2011-03-20",
        EventKind::TerritoryControl,
        Want::Actor2("gaddafi_loyalists"),
    ),
    (
        "a capture told, then the withdrawal of the other side: one record, the taker acted",
        CAPTURE_THEN_WITHDRAWAL,
        "2020-06-10",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
    (
        "a capture told, then the withdrawal of the other side: the side that withdrew lost it",
        CAPTURE_THEN_WITHDRAWAL,
        "2020-06-10",
        EventKind::TerritoryControl,
        Want::Actor2("lna"),
    ),
    (
        "remnants of a side pursued: they are the target, not the pursuer",
        PURSUED_REMNANTS,
        "2020-06-05",
        EventKind::Offensive,
        Want::Actor2("lna"),
    ),
    (
        "counter-example: a withdrawal told alone keeps the side that withdrew",
        WITHDREW_ALONE,
        "2019-06-26",
        EventKind::TerritoryControl,
        Want::Actor1("lna"),
    ),
    (
        "counter-example: a plain capture keeps its taker",
        CAPTURE_PLAIN,
        "2020-04-13",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
];

const LEADER_HOLD: &str = "بدأ الثوار مساء اليوم هجوما لتحرير مدينة الزاوية من قبضة القذافي.";
const LEADER_LOYAL: &str =
    "قصفت الكتائب الموالية للزعيم معمر القذافي مدينة الزنتان بالصواريخ صباح اليوم.";
const LEADER_MEETING: &str = "التقى معمر القذافي وفدا من الاتحاد الأفريقي في طرابلس اليوم.";
const HEAD_OF_GOVERNMENT: &str =
    "اتهم عبد الحميد الدبيبة مجموعة مسلحة بمهاجمة مقر الحكومة في طرابلس اليوم.";

/// A political leader named as a side of a fight stands for his armed forces; in a meeting,
/// or when his only affiliation is a government, he keeps his name.
const LEADER_FORCES: &[Case] = &[
    (
        "a town freed from the leader's grip: his forces are the side acted on",
        LEADER_HOLD,
        "2011-03-01",
        EventKind::Offensive,
        Want::Actor2("gaddafi_loyalists"),
    ),
    (
        "brigades loyal to the leader shelled a town: his forces acted",
        LEADER_LOYAL,
        "2011-04-20",
        EventKind::Shelling,
        Want::Actor1("gaddafi_loyalists"),
    ),
    (
        "counter-example: the leader at a meeting keeps his name",
        LEADER_MEETING,
        "2010-12-01",
        EventKind::Meeting,
        Want::Actor1("muammar_gaddafi"),
    ),
    (
        "counter-example: a head of government who accuses is no side of the attack",
        HEAD_OF_GOVERNMENT,
        "2022-05-10",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

const TIED_FIRST: &str = "اندلعت اشتباكات مساء اليوم في طرابلس بين عناصر كتيبة ثوار طرابلس التابعة لوزارة الداخلية، وقوة الردع التابعة للمجلس الرئاسي.";
const TIED_FIRST_PLAIN: &str =
    "اندلعت اشتباكات مساء اليوم في طرابلس بين كتيبة ثوار طرابلس وقوة الردع.";
const TIED_NO_SECOND: &str =
    "اندلعت اشتباكات مساء اليوم في طرابلس بين عناصر كتيبة ثوار طرابلس التابعة لوزارة الداخلية، وأغلقت الطرق.";

/// The second side of a `بين` comes after the bodies the first is tied to and a comma.
const TIED_BETWEEN: &[Case] = &[
    (
        "a first side tied to its ministry, a comma, the second side: both sides",
        TIED_FIRST,
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "a first side tied to its ministry: the first side kept",
        TIED_FIRST,
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "counter-example: two sides joined by و alone",
        TIED_FIRST_PLAIN,
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "counter-example: a comma and another clause, no second side",
        TIED_NO_SECOND,
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor2("-"),
    ),
];

#[test]
fn tied_between() {
    run(TIED_BETWEEN);
}

#[test]
fn gave_ground() {
    run(GAVE_GROUND);
}

#[test]
fn leader_forces() {
    run(LEADER_FORCES);
}
