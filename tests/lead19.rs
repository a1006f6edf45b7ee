//! Records: a past verb of an act done to someone right after a relative word, with no
//! object after it, is passive (`الذي اختطف في طرابلس`): the person or civilians the relative
//! word stands for were held or killed, they did not act (lead, session 19, issue #10).
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const PASSIVE_RELATIVE: &[Case] = &[
    (
        "the ambassador who was abducted is not the abductor",
        "قالت الحكومة الأردنية إنها تتابع مصير سفيرها فواز العيطان، الذي اختطف في طرابلس صباح اليوم.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "the ambassador who was abducted is the one held",
        "قالت الحكومة الأردنية إنها تتابع مصير سفيرها فواز العيطان، الذي اختطف في طرابلس صباح اليوم.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor2("fawaz_aitan"),
    ),
    (
        "a passive told with its agent after it",
        "قالت الخارجية إن السفير فواز العيطان، الذي اختطف على يد مسلحين مجهولين صباح اليوم في طرابلس، ما زال مجهول المصير.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: an object after the verb keeps it active",
        "قالت الشرطة إن المسلحين الذين اختطفوا السفير فروا إلى جهة مجهولة.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: forces before the relative word keep the active reading",
        "أفادت مصادر بأن قوة الردع الخاصة التي اعتقلت في طرابلس أمس عشرات المهاجرين نقلتهم إلى مركز احتجاز.",
        "2017-06-10",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
];

#[test]
fn a_passive_verb_after_a_relative_word() {
    run(PASSIVE_RELATIVE);
}

/// The verb of an arrest or an abduction, its subject right after it (VSO), then a civilian
/// title: the one held is a civilian.
const TITLE_AFTER_SUBJECT: &[Case] = &[
    (
        "armed men abducted the ambassador",
        "اختطف مسلحون مجهولون السفير الأردني في طرابلس صباح اليوم.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the security forces arrested a journalist",
        "اعتقلت قوات الأمن الصحفي في مدينة بنغازي مساء أمس.",
        "2015-03-02",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the subject stays the abductors",
        "اختطف مسلحون مجهولون السفير الأردني في طرابلس صباح اليوم.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: a fighter after the subject is no civilian",
        "اعتقلت قوات الأمن القيادي في التنظيم في مدينة بنغازي مساء أمس.",
        "2015-03-02",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
];

#[test]
fn a_civilian_title_after_the_subject() {
    run(TITLE_AFTER_SUBJECT);
}
