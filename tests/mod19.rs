//! Modality classes of session 19 (issue #9), found on the events study halves and checked
//! against other stored news pages; sentences written for the test, not copied. Each class has
//! both sides: the cue governs the event, and it does not.
//!
//! - «on the verge of» (`على وشك`) plans the event it governs;
//! - an impersonal hope (`من المأمول أن`, `من المرجو أن`) is hypothetical, like `يأمل`;
//! - «any attempt» (`أي محاولة`, `لأي …`) is an event that may come, not a failed attempt; a
//!   denial around it still wins;
//! - a second complement of the same `إلى` after a comma (`دعت إلى …، وإلى …`) stays under the
//!   cue of the first; `، وإلى جانب` opens a clause of its own;
//! - insisting on an act (`مصرة على`) intends it.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

const CASES: &[Case] = &[
    // on the verge of
    (
        "verge_of_signing",
        "قال الوسيط إن الوفدين على وشك توقيع اتفاق لتقاسم السلطة.",
        EventKind::Agreement,
        Some(Modality::Planned),
    ),
    (
        "signed",
        "قال الوسيط إن الوفدين وقعا اتفاقا لتقاسم السلطة.",
        EventKind::Agreement,
        Some(Modality::Asserted),
    ),
    (
        "verge_of_control",
        "أفادت مصادر ميدانية بأن الكتائب على وشك السيطرة على المطار.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    // an impersonal hope
    (
        "hoped_agreement",
        "من المأمول أن تفضي المشاورات إلى اتفاق بين المجلسين.",
        EventKind::Agreement,
        Some(Modality::Hypothetical),
    ),
    (
        "hoped_government",
        "ومن المرجو أن تسفر الجلسة عن تشكيل حكومة جديدة.",
        EventKind::PoliticalProcess,
        Some(Modality::Hypothetical),
    ),
    (
        "government_formed",
        "أسفرت الجلسة عن تشكيل حكومة جديدة.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    // any attempt
    (
        "any_attempt_to_storm",
        "وأكد المتحدث أن الكتيبة مستعدة للرد على أي محاولة لاقتحام الحي.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "any_attempt_feminine",
        "وحذرت الحكومة من أية محاولة للهجوم على الموانئ.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "any_attack_with_lam",
        "رفعت القوات حالة التأهب لأي هجوم على القاعدة.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "denied_any_attempt",
        "نفى الجيش أي محاولة لاقتحام البلدة.",
        EventKind::Offensive,
        Some(Modality::Negated),
    ),
    (
        "past_attempt_failed",
        "حاولت القوات اقتحام الحي أمس.",
        EventKind::Offensive,
        Some(Modality::Negated),
    ),
    // a second complement of the same إلى
    (
        "call_second_ila_ceasefire",
        "دعت اللجنة إلى ضبط النفس، وإلى وقف فوري لإطلاق النار في الضواحي.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "call_second_ila_over_coming_date",
        "دعا المجلس إلى تسليم السلاح، وإلى إجراء انتخابات بلدية في الخريف المقبل.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "beside_that_new_clause",
        "توجه الوفد إلى بنغازي، وإلى جانب ذلك اندلعت اشتباكات في الضاحية.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    // insisting on an act
    (
        "insisting_on_storming",
        "قال قائد ميداني إن الكتائب مصرة على اقتحام البلدة.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
    (
        "stormed",
        "قال قائد ميداني إن الكتائب اقتحمت البلدة فجرا.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
];

#[test]
fn mod19_classes() {
    check(CASES, true);
}
