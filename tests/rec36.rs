//! rec36 (issue 10, records), from the thirty-third session (round 36's record openings, after
//! their unseen score): who accuses a side of an attack is no side of it; where a withdrawing
//! side went is no place of the withdrawal; an unnamed colonel and military men a toll counts
//! are state forces; `قتلوا وجرحوا` after one figure counts neither; the construct dual `رجلا
//! شرطة` is two; a headline's one-word kicker (`مصر..`) is its place; the wounded told after
//! an abduction of their sentence are its toll; a toll's own Libyan town places a record told
//! only in Libya. Sentences written for
//! this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC36: &[Case] = &[
    (
        "the operation that accuses the other side is not its target",
        "اتهمت عملية بركان الغضب قوات القيادة العامة باستهداف مطار معيتيقة بصواريخ غراد فجر اليوم.",
        "2019-09-14",
        EventKind::Shelling,
        Want::Actor2("-"),
    ),
    (
        "the accused side fired",
        "اتهمت عملية بركان الغضب قوات القيادة العامة باستهداف مطار معيتيقة بصواريخ غراد فجر اليوم.",
        "2019-09-14",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "the army that accuses is not the target",
        "اتهم الجيش الوطني الليبي ميليشيات الوفاق بقصف مطار معيتيقة.",
        "2019-09-14",
        EventKind::Shelling,
        Want::Actor2("-"),
    ),
    (
        "the side named after the accusing spokesman acted, no source",
        "اتهم المتحدث باسم الجيش أحمد المسماري قوات الوفاق بشن هجوم على قاعدة الوطية.",
        "2020-05-01",
        EventKind::Offensive,
        Want::Actor1("gna"),
    ),
    (
        "near miss: a named side that shelled another is still its target",
        "قصفت قوات الوفاق مواقع قوات حفتر في ترهونة أمس.",
        "2020-05-01",
        EventKind::Shelling,
        Want::Actor2("lna"),
    ),
    (
        "where a withdrawing side went is no place of the withdrawal",
        "انسحبت قوات حفتر من غريان باتجاه الأصابعة.",
        "2019-06-27",
        EventKind::TerritoryControl,
        Want::Location("gharyan"),
    ),
    (
        "the destination stands only when no other place is told",
        "انسحبت الميليشيات إلى قاعدة الجفرة.",
        "2017-05-20",
        EventKind::TerritoryControl,
        Want::Location("al_jufra_airbase"),
    ),
    (
        "an unnamed colonel killed is state forces",
        "قتل عقيد في الجيش الليبي بالرصاص في بنغازي أمس.",
        "2013-08-23",
        EventKind::Casualties,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "the killed colonel did not act",
        "قتل عقيد في الجيش الليبي بالرصاص في بنغازي أمس.",
        "2013-08-23",
        EventKind::Casualties,
        Want::Actor1("-"),
    ),
    (
        "military men a toll counts were hit",
        "لقي 5 عسكريين على الأقل مصرعهم في انفجار سيارة مفخخة في بنغازي أمس.",
        "2014-03-17",
        EventKind::Bombing,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "one figure for the killed and the wounded together counts neither",
        "قال مصدر إن عشرات الأشخاص قتلوا وجرحوا السبت في اشتباكات بمدينة سبها.",
        "2014-01-12",
        EventKind::ArmedClash,
        Want::Fatalities(None),
    ),
    (
        "near miss: a second verb with its own figure",
        "قال مصدر إن 12 شخصا قتلوا وجرح 20 آخرون في اشتباكات بسبها.",
        "2014-01-12",
        EventKind::ArmedClash,
        Want::Fatalities(Some(12)),
    ),
    (
        "near miss: the wounded of the second verb",
        "قال مصدر إن 12 شخصا قتلوا وجرح 20 آخرون في اشتباكات بسبها.",
        "2014-01-12",
        EventKind::ArmedClash,
        Want::Injured(Some(20)),
    ),
    (
        "two policemen in the construct dual",
        "قتل رجلا شرطة وأصيب آخران في تفجير انتحاري بحي شعبي في القاهرة.",
        "2019-02-18",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: one man in the accusative",
        "قتل مسلحون رجلا في بنغازي أمس.",
        "2019-02-18",
        EventKind::Casualties,
        Want::Fatalities(Some(1)),
    ),
    (
        "a headline's kicker is its place",
        "مصر.. مقتل 6 جنود في هجوم بشمال سيناء",
        "2017-10-13",
        EventKind::Offensive,
        Want::Location("egypt"),
    ),
    (
        "an aside between the dead and their verb",
        "قالت مصادر طبية إن 14 مدنيا -أغلبهم نساء وأطفال- قتلوا وأصيب أكثر من 25 الليلة في غارة على مدينة درنة.",
        "2017-10-30",
        EventKind::Airstrike,
        Want::Fatalities(Some(14)),
    ),
    (
        "ninety-five wounded in words",
        "أفادت وزارة الصحة بسقوط ثلاثة عشر قتيلا وخمسة وتسعين مصابا في اشتباكات العاصمة طرابلس.",
        "2022-08-27",
        EventKind::ArmedClash,
        Want::Injured(Some(95)),
    ),
    (
        "the wounded of an abduction are its toll",
        "خطف مسلحون مجهولون السفير الأردني صباح اليوم في طرابلس وأصيب سائقه بجروح.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Injured(Some(1)),
    ),
    (
        "no casualty record of its own beside the abduction",
        "خطف مسلحون مجهولون السفير الأردني صباح اليوم في طرابلس وأصيب سائقه بجروح.",
        "2014-04-15",
        EventKind::Casualties,
        Want::NoRecord,
    ),
    (
        "near miss: a toll told before the abduction of its sentence is not its",
        "قتل خمسة أشخاص في الهجوم على البلدة.\nوقال المسماري إن خمسة أشخاص قتلوا في حين فقد عشرة أشخاص رجح أن يكونوا قد اختطفوا.",
        "2018-10-29",
        EventKind::Offensive,
        Want::Fatalities(Some(5)),
    ),
    (
        "a nisba and `على الأقل` between the dead and their verb",
        "قال مسؤولون إن أربعة جنود ليبيين على الأقل قتلوا أمس في اشتباكات جنوب البلاد.",
        "2019-02-02",
        EventKind::ArmedClash,
        Want::Fatalities(Some(4)),
    ),
    (
        "hospitals the wounded were taken to, joined by و, are no place",
        "قال المتحدث إن الاشتباكات خلفت 16 قتيلا وتم تحويل الجرحى الى مستشفيات طرابلس ومصراته.",
        "2016-11-19",
        EventKind::ArmedClash,
        Want::Location("-"),
    ),
    (
        "a toll's own Libyan town places a record told only in Libya",
        "أعلنت المنظمة الدولية للهجرة إطلاق نار داخل مركز احتجاز للمهاجرين في ليبيا.\nوأعلنت وزارة الداخلية مقتل مهاجر إثر واقعة هروب من مركز للهجرة في طرابلس.",
        "2021-10-09",
        EventKind::ViolenceAgainstCivilians,
        Want::Location("tripoli"),
    ),
];

#[test]
fn rec36_classes() {
    run(REC36);
}
