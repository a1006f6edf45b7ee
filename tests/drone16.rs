//! An aircraft downed before it struck (drone16, 2026-12-01): `أسقط`/`إسقاط` of a drone or
//! a warplane, then in its sentence `قبل`/`قبيل` with the strike or the arrival it was cut
//! short of (`قبل أن تصل`, `قبيل شنها`, `قبل وصولها`): the strike was not made, its airstrike
//! is negated (and so is the attack named after `قبل`). A downing told alone stays an asserted
//! airstrike (the pitfall table of `tests/events.rs`); `قبل` of a date or of another deed cuts
//! nothing short. The sentences are written for the test, none copied.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

const A: EventKind = EventKind::Airstrike;
const NEG: Option<Modality> = Some(Modality::Negated);
const ASS: Option<Modality> = Some(Modality::Asserted);

/// Downed before it struck or reached its target: every airstrike of the sentence negated.
const CUT_SHORT: &[Case] = &[
    (
        "feminine_before_reaching",
        "أسقطت الدفاعات الجوية طائرة مسيرة قبل أن تصل إلى هدفها في المدينة.",
        A,
        NEG,
    ),
    (
        "verbal_noun_before_launching",
        "أعلن الجيش إسقاط طائرة مسيرة قبيل شنها هجوما على القاعدة.",
        A,
        NEG,
    ),
    (
        "warplane_before_shelling",
        "أسقطت المضادات الأرضية طائرة حربية قبل أن تقصف مواقع القوات.",
        A,
        NEG,
    ),
    (
        "masculine_drone_before_shelling",
        "أسقطت الدفاعات درون قبل أن يقصف مخازن الذخيرة.",
        A,
        NEG,
    ),
    (
        "unmanned_before_its_arrival",
        "أعلنت القوات إسقاط طائرة بدون طيار قبل وصولها إلى المطار.",
        A,
        NEG,
    ),
    (
        "before_it_could_carry_out",
        "تمكنت الدفاعات من إسقاط طائرة مسيرة قبل أن تتمكن من تنفيذ هجومها.",
        A,
        NEG,
    ),
    (
        "masculine_verb_before_carrying_out",
        "أسقط الجيش طائرة مسيرة معادية قبل تنفيذها ضربة على الميناء.",
        A,
        NEG,
    ),
    (
        "passive_before_arrival",
        "تم إسقاط طائرة مسيرة قبيل وصولها إلى القاعدة الجوية.",
        A,
        NEG,
    ),
    (
        "aircraft_first_object_pronoun",
        "طائرة مسيرة أسقطتها الدفاعات قبل أن تتمكن من قصف المعسكر.",
        A,
        NEG,
    ),
    (
        "warplane_shortly_before",
        "أسقطت الدفاعات طائرة حربية قبيل أن تقصف الميناء.",
        A,
        NEG,
    ),
    (
        "reported_before_targeting",
        "قالت القوات إنها أسقطت طائرة مسيرة قبل استهدافها مواقعها.",
        A,
        NEG,
    ),
    (
        "before_its_attempt",
        "أسقطت الدفاعات طائرة مسيرة فوق البلدة قبل محاولتها قصف المعسكر.",
        A,
        NEG,
    ),
    (
        "before_succeeding",
        "أسقطت الدفاعات طائرة مسيرة قبل أن تنجح في قصف المعسكر.",
        A,
        NEG,
    ),
];

/// The attack named after `قبل` was not launched either.
const ATTACK_NOT_LAUNCHED: &[Case] = &[
    (
        "attack_after_qubayl",
        "أعلن الجيش إسقاط طائرة مسيرة قبيل شنها هجوما على القاعدة.",
        EventKind::Offensive,
        NEG,
    ),
    (
        "attack_after_tatamakkan",
        "تمكنت الدفاعات من إسقاط طائرة مسيرة قبل أن تتمكن من تنفيذ هجومها.",
        EventKind::Offensive,
        NEG,
    ),
];

/// Near misses: the airstrike stays asserted.
const NEAR_MISSES: &[Case] = &[
    (
        "downed_alone",
        "أسقطت الدفاعات الجوية طائرة مسيرة فوق المطار.",
        A,
        ASS,
    ),
    (
        "qabl_of_a_date",
        "أسقطت الدفاعات طائرة مسيرة قبل يومين فوق المطار.",
        A,
        ASS,
    ),
    (
        "qabl_of_another_deed",
        "أسقطت الدفاعات طائرة مسيرة قبل أن يعلن الجيش حالة الطوارئ.",
        A,
        ASS,
    ),
    (
        "qubayl_of_a_time",
        "أسقطت الدفاعات طائرة مسيرة قبيل منتصف الليل.",
        A,
        ASS,
    ),
    (
        "qabl_arrival_of_others",
        "أسقطت الدفاعات طائرة مسيرة قبل وصول الوفد إلى المدينة.",
        A,
        ASS,
    ),
    (
        "strike_then_qabl_without_downing",
        "قصفت طائرة مسيرة المطار قبل أن تنسحب القوات.",
        A,
        ASS,
    ),
    (
        "strike_with_qabl_an_tasil_no_downing",
        "قصفت طائرات حربية المدينة قبل أن تصل القوات إليها.",
        A,
        ASS,
    ),
];

/// Another strike of the sentence, before the downing, is told as done.
const OTHER_STRIKE: &[Case] = &[(
    "earlier_strike_asserted",
    "قصفت طائرات حربية المدينة صباحا، ثم أسقطت الدفاعات طائرة مسيرة أخرى قبل أن تصل إلى هدفها.",
    A,
    ASS,
)];

#[test]
fn cut_short() {
    check(CUT_SHORT, true);
}

#[test]
fn attack_not_launched() {
    check(ATTACK_NOT_LAUNCHED, true);
}

#[test]
fn near_misses() {
    check(NEAR_MISSES, true);
}

#[test]
fn other_strike_of_the_sentence() {
    check(OTHER_STRIKE, false);
}
