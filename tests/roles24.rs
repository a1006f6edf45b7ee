//! Records: actor1 and actor2 as an event coder codes them (issue 10), round 24: unknown
//! perpetrators and unknown victims of targeted violence, and protests against a government
//! body. One table per class, with near misses that must keep their reading.
//!
//! Every sentence here was written for this file in the style of the news (names, places and
//! numbers changed), and labelled with what an ACLED coder would code (`records.md`) before
//! the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------- unnamed killers are an unidentified armed group

/// `اغتيل صحفي في بنغازي`: a targeted killing whose text names no killer was carried out by an
/// unidentified armed group (ACLED), not by nobody and not by the outlet that reported it.
const UNKNOWN_KILLERS: &[Case] = &[
    (
        "passive assassination, no agent",
        "اغتيل مذيع ليبي معروف صباح أمس في مدينة بنغازي شرق البلاد.",
        "2015-03-11",
        EventKind::Assassination,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "the channel that announced it is a source, not the killer",
        "أعلنت قناة ليبيا الحرة اليوم الأحد اغتيال أحد مذيعيها في بنغازي. ولم تعلن أي جهة مسؤوليتها.",
        "2015-03-15",
        EventKind::Assassination,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "militants named by their creed are an unidentified armed group",
        "قتل ثلاثة جنود اليوم في هجوم شنه متشددون على بوابة قرب مدينة الخمس.",
        "2017-06-08",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "near miss: a named killer stays the killer",
        "اغتالت كتيبة مسلحة تابعة لتنظيم داعش ناشطا حقوقيا في مدينة سرت أمس.",
        "2015-09-21",
        EventKind::Assassination,
        Want::Actor1("isis"),
    ),
];

#[test]
fn unknown_killers() {
    run(UNKNOWN_KILLERS);
}

// -------------------------------------------------- unknown victims of targeted violence

/// `اغتال مسلحون أحد وجهاء القبائل`, `خطف مسلحون ابن قائد`: the person killed or taken, named
/// by a civilian title or by nothing that marks a side, is a civilian.
const UNKNOWN_VICTIMS: &[Case] = &[
    (
        "one of the notables",
        "اغتال مسلحون مجهولون أحد وجهاء القبائل بمدينة سبها مساء أمس الأربعاء.",
        "2016-02-04",
        EventKind::Assassination,
        Want::Actor2("generic:civilians"),
    ),
    (
        "a retired judge",
        "أقدم مسلحون مجهولون فجر اليوم على اغتيال قاض متقاعد في مدينة درنة.",
        "2014-02-17",
        EventKind::Assassination,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the son of a commander",
        "خطف مسلحون نجل آمر كتيبة في مدينة الزاوية أثناء عودته من الجامعة.",
        "2019-11-05",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "foreign workers kidnapped by unnamed gunmen",
        "اختطفت مجموعة مسلحة مجهولة أربعة عمال بنغاليين على الطريق بين غريان ومزدة.",
        "2018-04-10",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "near miss: a police officer killed stays state forces",
        "اغتال مسلحون مجهولون ضابطا في الشرطة أمام منزله في بنغازي.",
        "2014-02-17",
        EventKind::Assassination,
        Want::Actor2("generic:state_forces"),
    ),
];

#[test]
fn unknown_victims() {
    run(UNKNOWN_VICTIMS);
}

// --------------------------------------------- protesters protest, the body is the target

/// `اعتصم عدد من المواطنين أمام مقر المؤتمر الوطني العام`: the protesters act, never the
/// government body they gathered before.
const PROTEST_BODY: &[Case] = &[
    (
        "a sit-in before a parliament: protesters act",
        "اعتصم عدد من الأشخاص اليوم الاثنين أمام مقر المؤتمر الوطني العام في طرابلس احتجاجا على تأخر صرف المرتبات.",
        "2013-02-11",
        EventKind::Protest,
        Want::Actor1("generic:protesters"),
    ),
    (
        "the body gathered before is the target",
        "اعتصم عدد من الأشخاص اليوم الاثنين أمام مقر المؤتمر الوطني العام في طرابلس احتجاجا على تأخر صرف المرتبات.",
        "2013-02-11",
        EventKind::Protest,
        Want::Actor2("general_national_congress"),
    ),
    (
        "near miss: named protesters keep actor1",
        "تظاهر مئات المحتجين أمام مقر مجلس النواب في طبرق للمطالبة بإجراء الانتخابات.",
        "2021-12-20",
        EventKind::Protest,
        Want::Actor1("generic:protesters"),
    ),
];

#[test]
fn protest_body() {
    run(PROTEST_BODY);
}
