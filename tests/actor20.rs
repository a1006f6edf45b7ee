//! Records: the actors of a record (actor20, issue #10), one table per class, with
//! counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ---------------------------------------------------------------- named sides of a clash

/// Rival unnamed armed groups of a clash are militias (roles19) only when the document names
/// no side of that fight: an armed group the sentence before names (the same story), the
/// headline names, or another fighting record of the district has as its side is a side of
/// the clash, and only the side left unnamed is a militia. Two camps named are the two
/// sides, in the order the story tells them. A ceasefire takes only the sides its own
/// sentences name, and a turn to another story (`وفي سياق آخر`) leaves the headline out.
const NAMED_SIDES: &[Case] = &[
    (
        "the brigade of the sentence before",
        "أعلنت قوة الردع أنها أرسلت تعزيزات إلى حي سوق الجمعة في طرابلس أمس.\nودارت بعد ذلك اشتباكات عنيفة بين المجموعات المسلحة في الحي.",
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "the other side stays an unnamed militia",
        "أعلنت قوة الردع أنها أرسلت تعزيزات إلى حي سوق الجمعة في طرابلس أمس.\nودارت بعد ذلك اشتباكات عنيفة بين المجموعات المسلحة في الحي.",
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor2("generic:militia"),
    ),
    (
        "the group of the headline",
        "قوة الردع في مواجهة جديدة\nاندلعت اشتباكات عنيفة بين مجموعات مسلحة في حي سوق الجمعة بطرابلس أمس.",
        "2022-05-10",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "the side of a capture in the same district",
        "سيطرت قوات الجيش الوطني الليبي على حي شيحا في درنة أمس.\nوقال سكان إن الأسواق أغلقت أبوابها.\nودارت اشتباكات عنيفة بين مجموعات مسلحة في المدينة خلال الساعات الأخيرة.",
        "2018-06-26",
        EventKind::ArmedClash,
        Want::Actor1("lna"),
    ),
    (
        "two camps of the headline, the government by its forces",
        "قوات حكومة الوحدة الوطنية تتحرك نحو مواقع قوة الردع\nشهدت العاصمة طرابلس اشتباكات مسلحة ليلة أمس.",
        "2025-09-02",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "counter: no side named anywhere",
        "اندلعت اشتباكات بين مجموعات مسلحة في مدينة الزاوية أمس.",
        "2020-01-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "counter: a group of another story",
        "قالت قوة الردع إنها اعتقلت ثلاثة مهربين في طرابلس.\nوفي سياق آخر، اندلعت اشتباكات بين مجموعات مسلحة في مدينة الزاوية أمس.",
        "2020-01-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "counter: a ceasefire of unnamed groups after a named attack",
        "هاجمت قوة الردع مقرا للمهربين في طرابلس أمس.\nوأعلنت المجموعات المسلحة المتناحرة في الزاوية وقفا لإطلاق النار.",
        "2020-01-01",
        EventKind::Ceasefire,
        Want::Actor1("generic:militia"),
    ),
];

#[test]
fn named_sides_of_a_clash() {
    run(NAMED_SIDES);
}

// ---------------------------------------------------------------- who speaks of a clash

/// A mission, an agency or a diplomat that speaks of a clash is no side of it: the clash
/// keeps the sides the story names, or is a clash of militias when it names none.
const SPEAKERS: &[Case] = &[
    (
        "the mission of the headline, the sides told later",
        "اشتباكات مسلحة في طرابلس وبعثة الأمم المتحدة للدعم في ليبيا تطالب بوقفها\nاندلعت اشتباكات في حي صلاح الدين بطرابلس فجر اليوم.\nوقال سكان إن القتال دار بين اللواء 444 وقوة دعم الاستقرار.",
        "2021-09-03",
        EventKind::ArmedClash,
        Want::Actor1("brigade_444"),
    ),
    (
        "the second side told later",
        "اشتباكات مسلحة في طرابلس وبعثة الأمم المتحدة للدعم في ليبيا تطالب بوقفها\nاندلعت اشتباكات في حي صلاح الدين بطرابلس فجر اليوم.\nوقال سكان إن القتال دار بين اللواء 444 وقوة دعم الاستقرار.",
        "2021-09-03",
        EventKind::ArmedClash,
        Want::Actor2("stability_support_apparatus"),
    ),
    (
        "the mission's concern, no side named",
        "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء الاشتباكات التي اندلعت في حي صلاح الدين بطرابلس فجر اليوم.",
        "2021-09-03",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "counter: NATO's own strikes",
        "قال حلف الناتو إن طائراته قصفت مواقع لكتائب القذافي قرب زليتن أمس.",
        "2011-06-03",
        EventKind::Airstrike,
        Want::Actor1("nato"),
    ),
];

#[test]
fn speakers_are_no_sides() {
    run(SPEAKERS);
}

// ---------------------------------------------------------------- shots fired

/// One rule decides the shots fired: a trigger of fire or shooting (`إطلاق نار`, `أطلق …
/// النار`) with no exchange (`تبادل`). Shots fired are gunmen's (unidentified armed group);
/// an exchange of fire with no side is a clash of militias, as any clash with no side.
const SHOTS: &[Case] = &[
    (
        "heavy shooting heard, no side",
        "سمع إطلاق نار كثيف في حي الأندلس بطرابلس مساء أمس.",
        "2020-01-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "gunmen fired on a patrol",
        "أطلق مسلحون النار على دورية أمنية في مدينة الزاوية أمس.",
        "2020-01-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: an exchange of fire is a clash of militias",
        "اندلع تبادل لإطلاق النار في مدينة الزاوية أمس.",
        "2020-01-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
];

#[test]
fn shots_fired_one_rule() {
    run(SHOTS);
}

// ---------------------------------------------------------------- the hold lost

/// `من أيدي X`, `من قبضة X`, `من يد X`, `من سيطرة X`: the side named after a hold it lost
/// gave the ground up: actor2 of the capture, never its actor1.
const HOLD_LOST: &[Case] = &[
    (
        "from the hand of the group's fighters",
        "واستعادت القوات الحكومية الحي من يد مسلحي تنظيم داعش بعد معارك استمرت أسبوعا.",
        "2016-12-05",
        EventKind::TerritoryControl,
        Want::Actor2("isis"),
    ),
    (
        "the loser is no actor1",
        "واستعادت القوات الحكومية الحي من يد مسلحي تنظيم داعش بعد معارك استمرت أسبوعا.",
        "2016-12-05",
        EventKind::TerritoryControl,
        Want::Actor1("-"),
    ),
    (
        "from the grip of the group",
        "وتمكنت قوات البنيان المرصوص أمس من استعادة مجمع قاعات واغادوغو من قبضة تنظيم داعش.",
        "2016-08-10",
        EventKind::TerritoryControl,
        Want::Actor2("isis"),
    ),
    (
        "counter: its own grip tightened",
        "أحكم تنظيم داعش قبضته على مدينة سرت أمس.",
        "2015-02-10",
        EventKind::TerritoryControl,
        Want::Actor1("isis"),
    ),
];

#[test]
fn the_side_that_lost_its_hold() {
    run(HOLD_LOST);
}
