//! ev56 (issue 9), from the forty-second session, round 56 (studied after it was scored
//! unseen): the displaced going back to their homes (`بالعودة لديارها`, `للعودة إلى مدينتهم`,
//! `عودة النازحين`) is a humanitarian event, a return that only dates another event (`بعد عودة
//! عائلاتهم إلى منازلهم`) is mentioned, and a return of calm is none; attackers beaten back
//! (`صد القوات المهاجمة`, `صد المهاجمين`) tell the attack. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV56_CASES: &[events_table::Case] = &[
    (
        "families allowed back to their homes",
        "أعلنت الحكومة اليوم الأحد السماح للعائلات التي نزحت عن البلدة بالعودة إلى بيوتها.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "a call to go back home",
        "دعا المجلس البلدي جميع السكان للعودة إلى منازلهم دون خوف.",
        K::Humanitarian,
        Some(M::Demanded),
    ),
    (
        "the return of the displaced",
        "بدأت صباح اليوم عودة النازحين إلى منطقة قصر بن غشير.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near miss a return that only dates another event",
        "قتل طفلان بانفجار لغم في المنطقة، بعد عودة عائلاتهم إلى منازلهم.",
        K::Humanitarian,
        None,
    ),
    (
        "near miss a return of calm",
        "أعلن المجلس البلدي عودة الهدوء إلى أحياء المدينة.",
        K::Humanitarian,
        None,
    ),
    (
        "the attacking forces beaten back",
        "تمكنت القوات بمساندة الطيران من صد القوات المهاجمة وإجبارها على التراجع.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "the attackers beaten back",
        "صد المدافعون المهاجمين بعد ساعات من المواجهات عند البوابة الجنوبية.",
        K::Offensive,
        Some(M::Asserted),
    ),
];

#[test]
fn ev56_classes() {
    events_table::check(EV56_CASES, true);
}
