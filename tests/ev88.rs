//! ev88 (issue 9), from the fifty-fifth session: classes of round 88 (scored unseen at the
//! session's end, then read). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV88_CASES: &[events_table::Case] = &[
    (
        "a building destroyed with explosives is a bombing",
        "ودمر مجهولون مقر المجلس المحلي بمتفجرات فجر اليوم.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "a building hit is no casualty",
        "وأصيب المبنى بقذيفة صاروخية خلال الاشتباكات.",
        K::Casualties,
        None,
    ),
    (
        "people stranded at a border in need",
        "وقال مسؤول إن آلاف العمال عالقون على الحدود ويحتاجون إلى الغذاء والمأوى.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "members of a group done away with are killed",
        "وتمكنت القوات من القضاء على ثلاثة أفراد منتمين لتنظيم داعش جنوب المدينة.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a court's hearing of an appeal is no meeting",
        "وانطلقت اليوم جلسة النظر في طعن المرشح على استبعاده.",
        K::Meeting,
        None,
    ),
    (
        "the war's wounded tell no war",
        "وطالب المحتجون برعاية طبية لمصابي الحرب.",
        K::ArmedClash,
        None,
    ),
];

#[test]
fn ev88_classes() {
    events_table::check(EV88_CASES, true);
}
