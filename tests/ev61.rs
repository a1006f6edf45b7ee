//! ev61 (issue 9), from the forty-fifth session, round 61 (studied after it was scored
//! unseen): an event a condemnation or condolences name is background, unless its own words
//! after it date it to the day of the report (`أدان المصرف حادثة اختطاف مديره صباح اليوم
//! الأحد`: the abduction is the day's news); a day's date with the month in both sets of
//! names (`اليوم الجمعة 09 شباط/فبراير 2018`) or in figures (`يوم 29-07-2016`) is a day told,
//! not a year that dates history; the death idiom closes after a subject set off by a lone
//! comma (`لقي نجل ضابط في الجيش الليبي، مصرعه`); a cell dismantled told by the verb (`فككت
//! قوات الأمن خلية`) is an arrest; a thing damaged (`أصيبت طائرة … بأضرار`) is no casualty; a
//! body in session (`في حالة انعقاد دائم`) meets, under no condition; the conference hall
//! named in full (`مجمع واغادوغو للمؤتمرات`) holds no meeting. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV61_CASES: &[events_table::Case] = &[
    (
        "a condemned abduction dated to this morning",
        "أدان المجلس البلدي بشدة حادثة اختطاف مدير المستشفى من أمام منزله صباح اليوم.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "a condemned assassination of last night",
        "واستنكرت البعثة اغتيال المحامية مساء أمس في بنغازي.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near miss: the condemnation dated, the abduction not",
        "أدان المجلس البلدي اليوم حادثة اختطاف مدير المستشفى.",
        K::Abduction,
        None,
    ),
    (
        "near miss: a condemned bombing of last week",
        "واستنكر الوزير في بيان له أمس تفجيرات السوق الخميس الماضي.",
        K::Bombing,
        None,
    ),
    (
        "near miss: a charge's crime dated today stays background",
        "ومثل المتهم اليوم أمام المحكمة بتهمة اختطاف طفل.",
        K::Abduction,
        None,
    ),
    (
        "a day with the month in both sets of names",
        "وقتل شخصان في تفجير داخل مسجد في بنغازي اليوم الجمعة 09 شباط/فبراير 2018.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near miss: a month in both sets of names with its year alone",
        "وقتل شخصان في تفجير داخل مسجد في بنغازي في شباط/فبراير 2015.",
        K::Bombing,
        None,
    ),
    (
        "a day's date in figures",
        "وقامت مجموعة مسلحة يوم 29/07/2016 باختطاف ناشط في طرابلس.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "the death idiom with its subject set off by a comma",
        "لقي نجل ضابط في الجيش الليبي، مصرعه، في مدينة بنغازي ليل أمس.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a cell dismantled told by the verb",
        "وفككت قوات الأمن خلية إرهابية في مدينة صبراتة أمس.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "cells dismantled told by the verbal noun",
        "وتمكنت الأجهزة الأمنية من تفكيك خلايا نائمة تابعة لداعش.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a plane damaged is no casualty",
        "وأصيبت طائرة تابعة للخطوط الجوية الليبية فجر اليوم بأضرار نتيجة إصابتها بشظايا قذيفة.",
        K::Casualties,
        None,
    ),
    (
        "… and the shell that damaged it is told",
        "وأصيبت طائرة تابعة للخطوط الجوية الليبية فجر اليوم بأضرار نتيجة إصابتها بشظايا قذيفة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "near miss: people wounded beside damage",
        "وأدى القصف إلى إصابة ثلاثة مدنيين وإلحاق أضرار بالمنازل.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a council in permanent session",
        "وقال المصدر إن المجلس الرئاسي في حالة انعقاد دائم لمتابعة الأوضاع.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "near miss: a session as a condition",
        "وفي حالة انعقاد الاجتماع ستتم مناقشة الأمر.",
        K::Meeting,
        Some(M::Hypothetical),
    ),
    (
        "the conference hall named in full holds no meeting",
        "وسيطرت القوات على مقر قيادة التنظيم في مجمع واغادوغو للمؤتمرات في سرت.",
        K::Meeting,
        None,
    ),
];

#[test]
fn ev61_classes() {
    events_table::check(EV61_CASES, true);
}
