//! ev58 (issue 9), from the forty-third session, round 58 (studied after it was scored
//! unseen): what talks are held to reach is to come (`محادثات للتوصل إلى اتفاق`, `للوصول إلى
//! اتفاق وقف مستدام لإطلاق النار`), and so is an act waited or moved for (`للبدء في عملية
//! اعتقال`, `للبدء بهجوم`); tomorrow without its article dates an aside (`، صباح غد
//! الثلاثاء،`), which plans the visit told before it. An act after `ثم` goes on from the
//! clause before (`أدى إلى عرقلة الموكب ثم اختطاف السفير`); attackers who kill a judge
//! assassinate him (`قتل مهاجمون رئيس دائرة الجنايات`); a clash with protesters told armed is
//! fighting (`اشتباكات بين القوات الخاصة ومحتجين مسلحين`); a past verb after a relative clause
//! of `كان` is the noun's news (`قوات حفتر التي كانت مرابطة في القاعدة انسحبت`); a detention
//! pending trial a prosecutor decided is told (`تقرر حبس 8 مسؤولين احتياطيا`). Sentences
//! written for this test.

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
    (
        "an abduction after then, as the result of an attack",
        "أطلق مسلحون النار على سيارة القنصل، الأمر الذي أدى إلى توقفها ثم اختطاف القنصل.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "attackers who kill a judge",
        "وقتل مهاجمون قاضيا بمحكمة سبها صباح اليوم أمام منزله.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a clash with armed protesters",
        "وقتل جنديان في اشتباكات بين قوات الأمن ومحتجين مسلحين قرب مقر الشركة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near miss a clash with protesters",
        "واندلعت اشتباكات بين قوات الأمن ومحتجين أمام مقر الحكومة.",
        K::ArmedClash,
        None,
    ),
    (
        "a withdrawal after a relative clause of kana",
        "وأكد مصدر عسكري أن الكتيبة التي كانت متمركزة في المطار انسحبت إلى مدينة غريان.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "near miss a past deed inside such a clause",
        "وفر المسلحون الذين كانوا قد هاجموا المعسكر نحو الصحراء.",
        K::Offensive,
        None,
    ),
    (
        "a detention pending trial decided",
        "وأعلنت النيابة أنه تقرر حبس خمسة موظفين احتياطيا على ذمة التحقيق.",
        K::Arrest,
        Some(M::Asserted),
    ),
];

#[test]
fn ev58_classes() {
    events_table::check(EV58_CASES, true);
}
