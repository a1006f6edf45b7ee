//! Modality classes of sentence-level events found by reading the study halves of round 15
//! (`real15_study`, `real15dev_study`; ev16, 2026-12-01), each confirmed in three or more other
//! stored news pages: an attempt going on aims at its event (planned) where a past one failed
//! (negated); a claim neither confirmed nor denied is possible; the `ف` answer of a condition
//! is its consequence; a violent event after a word of cause is told, not demanded or planned;
//! a demand names whom it asks before what it asks; weapons carried, shipped or stored are
//! cargo, not fire. The sentences are written for the test in
//! news style, none copied: each class has positives next to counter-examples.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

/// `تحاول`/`يحاول`: an attempt going on aims at its event, planned. A past `حاول` failed,
/// and so did one that `كان` places in the past, broken off.
const ATTEMPTS: &[Case] = &[
    (
        "attempt_going_on_is_planned",
        "قال قائد ميداني إن وحداته تحاول استعادة مطار المدينة.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "attempt_going_on_advance",
        "يحاول المسلحون التقدم نحو وسط البلدة.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
    (
        "past_attempt_failed",
        "حاول مسلحون اقتحام مقر الشرطة في سبها.",
        EventKind::Offensive,
        Some(Modality::Negated),
    ),
    (
        "attempt_broken_off_failed",
        "قالت المصادر إن الطائرة المسيرة كانت تحاول قصف مواقع الجيش قبل إسقاطها.",
        EventKind::Airstrike,
        Some(Modality::Negated),
    ),
];

/// Neither confirmed nor denied, or not confirmable by the speaker: possible. A denial stays
/// negated, a confirmation asserted.
const UNCONFIRMED: &[Case] = &[
    (
        "neither_confirm_nor_deny",
        "قال المتحدث العسكري إنه لا يستطيع تأكيد أو نفي وقوع غارة على المطار.",
        EventKind::Airstrike,
        Some(Modality::Hypothetical),
    ),
    (
        "cannot_confirm",
        "وقال الناطق إنه لا يمكنه تأكيد اختطاف الصحفي.",
        EventKind::Abduction,
        Some(Modality::Hypothetical),
    ),
    (
        "refused_to_confirm",
        "رفض المتحدث تأكيد الأنباء عن اغتيال العقيد في درنة.",
        EventKind::Assassination,
        Some(Modality::Hypothetical),
    ),
    (
        "denied_stays_negated",
        "نفى المتحدث وقوع غارة على المطار.",
        EventKind::Airstrike,
        Some(Modality::Negated),
    ),
    (
        "confirmed_stays_asserted",
        "أكد المتحدث وقوع غارة على المطار أمس.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
];

/// The answer of a condition opened by `ف` is cut from the condition and still its
/// consequence, hypothetical; a future with no condition stays planned.
const CONDITION_ANSWER: &[Case] = &[
    (
        "fa_answer_verb",
        "وإذا فشلت المفاوضات فستقاتل الكتائب دفاعا عن المدينة.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "fa_answer_after_comma",
        "إذا رفض المسلحون الانسحاب، فسيشن الجيش هجوما على البلدة.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "future_without_condition",
        "ستقاتل الكتائب دفاعا عن المدينة.",
        EventKind::ArmedClash,
        Some(Modality::Planned),
    ),
];

/// A violent event right after a word of cause (`بعد`, `إثر`, `على خلفية`) is what a demand or
/// a plan responds to: told. What the demand asks stays demanded, and stages of a plan or a
/// demand that are no violence stay with it.
const CAUSE_TOLD: &[Case] = &[
    (
        "calm_called_for_after_clashes",
        "دعت البعثة الأممية جميع الأطراف إلى ضبط النفس بعد اشتباكات عنيفة في جنوب العاصمة.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "truce_demanded_over_shelling",
        "طالبت المنظمة بهدنة عاجلة على خلفية القصف المتواصل على الأحياء السكنية.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "truce_itself_demanded",
        "طالبت المنظمة بهدنة عاجلة على خلفية القصف المتواصل على الأحياء السكنية.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "appeal_after_killing",
        "ناشد المجلس البلدي الحكومة التدخل إثر مقتل ثلاثة مدنيين في المدينة.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "meeting_planned_after_clashes",
        "من المقرر أن يجتمع المجلس غدا بعد اشتباكات أمس في المدينة.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "political_stage_stays_demanded",
        "دعا المجلس إلى إجراء الانتخابات بعد إقرار الدستور.",
        EventKind::PoliticalProcess,
        Some(Modality::Demanded),
    ),
    (
        "offensive_stage_stays_planned",
        "ستعود العائلات بعد تحرير المدينة.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
];

/// A demand names whom it asks before what it asks: the demand reaches past the addressee.
const DEMAND_ADDRESSEE: &[Case] = &[
    (
        "demand_past_addressee",
        "طالبت منظمة حقوقية محلية أطراف النزاع في العاصمة الليبية بفتح ممرات آمنة للمدنيين.",
        EventKind::Humanitarian,
        Some(Modality::Demanded),
    ),
    (
        "appeal_past_addressee",
        "ناشدت جمعية خيرية كل الأطراف المتحاربة في جنوب طرابلس بفتح ممرات آمنة للعائلات.",
        EventKind::Humanitarian,
        Some(Modality::Demanded),
    ),
    (
        "student_is_no_demand",
        "أصيب طالب من كلية الهندسة بجامعة طرابلس أمس برصاص طائش خلال اشتباكات في المدينة.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
];

/// Rockets and shells carried, shipped or stored are cargo: no shelling. Shells that fall
/// stay shelling.
const CARGO_IS_NO_FIRE: &[Case] = &[
    (
        "cargo_plane_carrying_rockets",
        "استهدفت الضربات الجوية طائرة شحن تحمل ذخائر وصواريخ في مطار المدينة.",
        EventKind::Shelling,
        None,
    ),
    (
        "store_holding_rockets",
        "دمرت الغارات مخزنا يضم صواريخ وقذائف في جنوب المدينة.",
        EventKind::Shelling,
        None,
    ),
    (
        "truck_loaded_with_mortars",
        "استهدف الطيران شاحنة محملة بقذائف الهاون قرب البلدة.",
        EventKind::Shelling,
        None,
    ),
    (
        "the_strike_on_the_cargo_stays",
        "استهدف الطيران شاحنة محملة بقذائف الهاون قرب البلدة.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "shells_falling_told",
        "سقطت قذائف هاون على حي سكني في المدينة مساء أمس.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
];

#[test]
fn attempts() {
    check(ATTEMPTS, false);
}

#[test]
fn unconfirmed() {
    check(UNCONFIRMED, false);
}

#[test]
fn condition_answer() {
    check(CONDITION_ANSWER, false);
}

#[test]
fn cause_told() {
    check(CAUSE_TOLD, false);
}

#[test]
fn demand_addressee() {
    check(DEMAND_ADDRESSEE, false);
}

#[test]
fn cargo_is_no_fire() {
    check(CARGO_IS_NO_FIRE, false);
}
