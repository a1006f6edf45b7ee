//! Records: the side acted upon of fighting told by one side only (roles22, issue #10), one
//! table per class, with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------------------ the foe of the document

/// A capture, an air strike or an offensive by a named side with no side acted upon, in a
/// document whose other fighting names whom that side fought: the foe of the document.
const DOCUMENT_FOE: &[Case] = &[
    (
        "a capture, then the clash of the same two sides told later",
        "أعلن الجيش الوطني الليبي اليوم سيطرته الكاملة على حي الصابري في بنغازي. \
         وقال مصدر عسكري إن وحدات الجيش أحكمت قبضتها على الحي بعد أسابيع من الحصار. \
         وأضاف المصدر أن المعارك استمرت طويلا. \
         وشهدت المدينة أيضا اليوم اشتباكات عنيفة بين الجيش الوطني الليبي ومجلس شورى ثوار بنغازي في منطقة قنفودة.",
        "2017-01-24",
        EventKind::TerritoryControl,
        Want::Actor2("benghazi_revolutionaries_shura_council"),
    ),
    (
        "an air strike of a side whose fight with the other is told before",
        "اندلعت اليوم اشتباكات عنيفة بين قوات البنيان المرصوص وتنظيم داعش في الحي رقم 3 بمدينة سرت. \
         ونفذت قوات البنيان المرصوص بعد ذلك غارة جوية على مواقع في المدينة.",
        "2016-10-02",
        EventKind::Airstrike,
        Want::Actor2("isis"),
    ),
    (
        "counter: a capture by an unnamed side takes no foe",
        "سيطر مسلحون مجهولون اليوم على مقر حكومي في مدينة سبها. \
         واندلعت أمس اشتباكات بين الجيش الوطني الليبي وتنظيم داعش في المدينة نفسها.",
        "2019-02-11",
        EventKind::TerritoryControl,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

// ------------------------------------------------------- the foe of the record's sentence

/// A capture or an air strike by a named side whose sentence names another armed group (the
/// one that held the place, the one whose positions were hit), no ally and no source of it:
/// that group was acted upon.
const SENTENCE_FOE: &[Case] = &[
    (
        "the stronghold of the side that lost it",
        "أعلنت قوات البنيان المرصوص اليوم سيطرتها على حي الجيزة البحرية الذي ظل أشهرا آخر معقل لتنظيم داعش في سرت.",
        "2016-12-05",
        EventKind::TerritoryControl,
        Want::Actor1("bunyan_al_marsous"),
    ),
    (
        "the stronghold of the side that lost it: actor2",
        "أعلنت قوات البنيان المرصوص اليوم سيطرتها على حي الجيزة البحرية الذي ظل أشهرا آخر معقل لتنظيم داعش في سرت.",
        "2016-12-05",
        EventKind::TerritoryControl,
        Want::Actor2("isis"),
    ),
    (
        "counter: an allied force named beside the capture is no foe",
        "أعلنت قوات بركان الغضب التابعة لحكومة الوفاق اليوم سيطرتها الكاملة على مدينة صبراتة.",
        "2020-04-13",
        EventKind::TerritoryControl,
        Want::Actor2("-"),
    ),
    (
        "counter: a spokesman's body is a source, no foe",
        "أعلنت قوات البنيان المرصوص اليوم سيطرتها على ميناء سرت وفق ما نقلت وكالة الأنباء الليبية.",
        "2016-08-10",
        EventKind::TerritoryControl,
        Want::Actor2("-"),
    ),
];

#[test]
fn foe_of_the_document() {
    run(DOCUMENT_FOE);
}

#[test]
fn foe_of_the_sentence() {
    run(SENTENCE_FOE);
}

// ------------------------------------------------------------------ unknown abductors

/// A reported abduction whose text names no abductor (a passive, a verbal noun) was
/// carried out by an unidentified armed group; a named abductor stays.
const ABDUCTORS: &[Case] = &[
    (
        "a passive abduction with no agent",
        "اختطف صباح اليوم مهندس أجنبي يعمل في شركة نفطية قرب مدينة الزاوية.",
        "2019-02-16",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "an abduction noun, no agent",
        "أفادت مصادر محلية باختطاف مدير المصرف في مدينة سبها أثناء عودته إلى منزله مساء أمس.",
        "2018-03-10",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter: a named abductor stays",
        "اختطف تنظيم داعش اليوم أربعة عمال أجانب في منطقة الغاني جنوب ليبيا.",
        "2015-03-06",
        EventKind::Abduction,
        Want::Actor1("isis"),
    ),
];

#[test]
fn unknown_abductors() {
    run(ABDUCTORS);
}
