//! ev58 (issue 9), from the forty-third session, round 58 (studied after it was scored
//! unseen): what talks are held to reach is to come (`محادثات للتوصل إلى اتفاق`, `للوصول إلى
//! اتفاق وقف مستدام لإطلاق النار`), and so is an act waited or moved for (`للبدء في عملية
//! اعتقال`, `للبدء بهجوم`); tomorrow without its article dates an aside (`، صباح غد
//! الثلاثاء،`), which plans the visit told before it. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV58_CASES: &[events_table::Case] = &[
    (
        "an agreement talks are held to reach",
        "واختتمت في جنيف جولة جديدة من المحادثات للتوصل إلى اتفاق بين الطرفين.",
        K::Agreement,
        Some(M::Planned),
    ),
    (
        "a ceasefire talks are held to reach",
        "وتتواصل المشاورات للوصول إلى وقف دائم لإطلاق النار في الجنوب.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "the talks themselves are held",
        "واختتمت في جنيف جولة جديدة من المحادثات للتوصل إلى اتفاق بين الطرفين.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
    (
        "an arrest the forces wait to begin",
        "وتترقب القوات البحرية وصول السفينة إلى المياه الإقليمية للبدء في عملية اعتقال بحارتها.",
        K::Arrest,
        Some(M::Planned),
    ),
    (
        "an attack columns move to begin",
        "وتحركت أرتال عسكرية من الشرق للبدء بهجوم على مواقع المسلحين.",
        K::Offensive,
        Some(M::Planned),
    ),
    (
        "a visit tomorrow told in an aside",
        "يزور وزير الخارجية الإيطالي، صباح غد الأربعاء، العاصمة طرابلس.",
        K::Meeting,
        Some(M::Planned),
    ),
];

#[test]
fn ev58_classes() {
    events_table::check(EV58_CASES, true);
}
