//! ev91 (issue 9), from the fifty-sixth session: classes of round 91 (scored unseen at the
//! session's end, then read). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV91_CASES: &[events_table::Case] = &[
    (
        "rockets seized are no shelling",
        "أعلنت أجهزة الأمن أنها ضبطت 11 صاروخا على الحدود.",
        K::Shelling,
        None,
    ),
    (
        "near miss: rockets fired are",
        "أطلقت الميليشيات صواريخ غراد على حي سكني في طرابلس.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "vehicles held are no people seized",
        "قامت مجموعة مسلحة باحتجاز أكثر من 20 سيارة مصرية على الطريق.",
        K::Abduction,
        None,
    ),
    (
        "vehicles held are no arrest",
        "قامت قوات الأمن باحتجاز أكثر من 20 سيارة مصرية على الطريق.",
        K::Arrest,
        None,
    ),
    (
        "near miss: people held by gunmen are",
        "احتجزت كتيبة مسلحة عشرة مهاجرين في مخزن.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "an arrest with its place between the seizing and the one seized",
        "وخطف أربعة دبلوماسيين اليوم، فيما وصفته الحكومة بأنه رد فعل على إلقاء القبض في مصر على رئيس غرفة العمليات.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a source who asks not to be named negates nothing he tells",
        "وأفاد مصدر طلب عدم ذكر اسمه بمقتل أحد أفراد المجلس بانفجار لغم.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: a death denied",
        "ونفى المصدر مقتل أحد أفراد المجلس بانفجار لغم.",
        K::Casualties,
        Some(M::Negated),
    ),
    (
        "areas lost by a side",
        "تكبد التنظيم خسائر وفقد مناطق كان يسيطر عليها في المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "rooms used for operations are no operation",
        "استخدم المسلحون المقرات الإدارية كغرف للعمليات.",
        K::Offensive,
        None,
    ),
    (
        "a killing told with the ف of consequence is a verb, told",
        "سقط صاروخ على سيارة صباح اليوم فقتل السائق على الفور.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: a killing in a list of condemned deeds stays a noun, mentioned",
        "أدان المجلس اجتياح المدينة وقتل النساء والأطفال.",
        K::Casualties,
        None,
    ),
    (
        "incitement to fighting urges it, no fighting told",
        "وضبط الأمن رسالة تحرض على القتال.",
        K::ArmedClash,
        Some(M::Demanded),
    ),
    (
        "an end to violence called for",
        "ودعا المبعوث إلى وضع حد فوري للعنف في طرابلس.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "the state's forces right after the verb arrest, even after a jihadist group",
        "تبنى تنظيم داعش الهجوم، واعتقلت السلطات 18 متهما.",
        K::Abduction,
        None,
    ),
    (
        "near miss: they arrest",
        "تبنى تنظيم داعش الهجوم، واعتقلت السلطات 18 متهما.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "mercenaries sent out take no ground",
        "اتفقت اللجنة على إخراج جميع المرتزقة من البلاد.",
        K::TerritoryControl,
        None,
    ),
];

#[test]
fn ev91_classes() {
    events_table::check(EV91_CASES, true);
}
