//! roles28 (issue 10, actors): an event noun after a word of time or cause (`بعد`, `عقب`,
//! `إثر`, `على خلفية`) is the circumstance of another verb, whose subject is none of its sides.
//! The two sides of a violent record are never one side told twice. A commander and his forces (the gazetteer affiliates one with the other) named in
//! the same sentence are one side: the one that is not actor1 is no actor2. Sentences
//! written for this test in the style of the news (round 28's study), labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const ONE_SIDE_TWICE: &[Case] = &[
    (
        "the army that took a port on its commander's orders",
        "استعاد الجيش الوطني الليبي السيطرة على ميناء السدرة اليوم بعد هجوم بدأ بتعليمات من القائد العام خليفة حفتر.",
        "2017-03-14",
        EventKind::TerritoryControl,
        Want::Actor2("-"),
    ),
    (
        "the army keeps the capture",
        "استعاد الجيش الوطني الليبي السيطرة على ميناء السدرة اليوم بعد هجوم بدأ بتعليمات من القائد العام خليفة حفتر.",
        "2017-03-14",
        EventKind::TerritoryControl,
        Want::Actor1("lna"),
    ),
    (
        "aircraft of the commander: the civilians hit stay actor2",
        "قتل خمسة مدنيين مساء الأحد في غارة نفذتها طائرات تابعة لخليفة حفتر على حي سكني في مرزق.",
        "2019-08-05",
        EventKind::Airstrike,
        Want::Actor2("generic:civilians"),
    ),
    (
        "near miss: a clash between the army and another force keeps both",
        "اندلعت اشتباكات عنيفة أمس بين قوات الجيش الوطني الليبي وسرايا الدفاع عن بنغازي قرب راس لانوف.",
        "2017-03-08",
        EventKind::ArmedClash,
        Want::Actor2("benghazi_defense_brigades"),
    ),
    (
        "near miss: a meeting of a commander with his forces keeps both",
        "والتقى المشير خليفة حفتر قادة الجيش الوطني الليبي في بنغازي أمس.",
        "2019-08-27",
        EventKind::Meeting,
        Want::Actor2("lna"),
    ),
];

#[test]
fn one_side_twice() {
    run(ONE_SIDE_TWICE);
}

const CIRCUMSTANCE: &[Case] = &[
    (
        "a company that suspends work after two employees are abducted: abductors unknown",
        "علقت المؤسسة الوطنية للنفط العمل في الميناء عقب اختطاف اثنين من موظفيها.",
        "2024-08-18",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "a municipality that mourns after a killing on the night before",
        "أعلن المجلس البلدي الحداد غداة اغتيال عضو المجلس برصاص مجهولين.",
        "2024-08-18",
        EventKind::Assassination,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "a ministry that closes a road after a clash between two groups",
        "أغلقت وزارة الداخلية الطريق الساحلي بعد اشتباكات بين مجموعتين مسلحتين في الزاوية.",
        "2024-08-18",
        EventKind::ArmedClash,
        Want::Actor2("generic:militia"),
    ),
    (
        "near miss: a pronoun on the noun stands for the one named before",
        "أفرجت الميليشيا عن الرهائن بعد اختطافهم لأيام.",
        "2024-08-18",
        EventKind::Abduction,
        Want::Actor1("generic:militia"),
    ),
    (
        "near miss: no word of time, the subject abducted",
        "اختطف مسلحون مجهولون اثنين من موظفي المؤسسة الوطنية للنفط أمس.",
        "2024-08-18",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn circumstance_of_another_verb() {
    run(CIRCUMSTANCE);
}

/// The side a strike or a shelling came from, told by `من` after the attack and its adjective.
const FIRED_FROM: &[Case] = &[
    (
        "wounded by a rocket attack from a commander's forces",
        "أصيب ثلاثة من مقاتلي سرايا الدفاع عن بنغازي بقصف صاروخي من قوات اللواء خليفة حفتر على راس لانوف.",
        "2017-03-13",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "positions shelled from the army: the positions' side acted on",
        "تعرضت مواقع سرايا الدفاع عن بنغازي لقصف مدفعي من قوات الجيش الوطني الليبي.",
        "2017-03-13",
        EventKind::Shelling,
        Want::Actor2("benghazi_defense_brigades"),
    ),
    (
        "near miss: a place after من is where the fire came from: the shellers stay unknown",
        "قتل سبعة مدنيين في قصف مدفعي من أم درمان على أحياء الخرطوم بحري.",
        "2023-12-03",
        EventKind::Shelling,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn fired_from() {
    run(FIRED_FROM);
}
