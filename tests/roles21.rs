//! Records: who acted and on whom (roles21, issue #10), one table per class, with
//! counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------- the genitive agent of an arrest and the held

/// `احتجاز قوة الردع لآمر اللواء 444 محمود حمزة`: an arrest noun whose genitive is followed
/// by `ل` and a title or a rank (`لآمر`, `للعقيد`) names who arrested (the genitive) and who
/// was held (the title's holder, or the body it heads). `اعتقال جهاز الردع عنصرا يتبع كتيبة
/// ثوار طرابلس`, `اعتقال قوة الردع لعنصرين من كتيبة …`: the person held, told as an
/// accusative (or after `ل`), belongs to the group named over a word of belonging: that
/// group was acted on, the genitive acted.
const HELD: &[Case] = &[
    (
        "genitive agent, then a title after lam and its holder",
        "وتجددت الاشتباكات مساء أمس إثر احتجاز قوة الردع لآمر اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "genitive agent, then a title after lam: the holder acted on",
        "وتجددت الاشتباكات مساء أمس إثر احتجاز قوة الردع لآمر اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor2("mahmoud_hamza"),
    ),
    (
        "the unit's name in quotes between the title and the holder",
        "وقالت مصادر محلية إن التوتر بدأ بعد احتجاز «قوة الردع» لآمر «اللواء 444 قتال» محمود حمزة.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "a member held, belonging to a brigade",
        "وجاء التصعيد إثر اعتقال جهاز الردع عنصرا يتبع كتيبة ثوار طرابلس في المدينة.",
        "2022-07-22",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "a member held, belonging to a brigade: the brigade acted on",
        "وجاء التصعيد إثر اعتقال جهاز الردع عنصرا يتبع كتيبة ثوار طرابلس في المدينة.",
        "2022-07-22",
        EventKind::Arrest,
        Want::Actor2("tripoli_revolutionaries_brigade"),
    ),
    (
        "members after lam, counted out of a brigade",
        "وتجددت المواجهات أمس بعد اعتقال قوة الردع لعنصرين من كتيبة ثوار طرابلس.",
        "2022-07-22",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "members after lam, counted out of a brigade: the brigade acted on",
        "وتجددت المواجهات أمس بعد اعتقال قوة الردع لعنصرين من كتيبة ثوار طرابلس.",
        "2022-07-22",
        EventKind::Arrest,
        Want::Actor2("tripoli_revolutionaries_brigade"),
    ),
    (
        "counter: the genitive with no lam nor member stays the one held",
        "وطالبت عائلته بالإفراج عنه بعد اعتقال محمود حمزة في المطار أمس.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor2("mahmoud_hamza"),
    ),
    (
        "counter: a lam name right after the genitive, as before",
        "وجاء التصعيد إثر اعتقال قوة الردع لمحمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor2("mahmoud_hamza"),
    ),
];

#[test]
fn genitive_agent_and_the_held() {
    run(HELD);
}
