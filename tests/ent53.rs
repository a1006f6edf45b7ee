//! ent53 (issue 11, the gazetteer on real news), from the forty-first session: names rounds
//! 51–53 showed unlisted, researched by a helper with the sources in each row's notes (`gaz53`
//! in `data/gazetteer.tsv`), and spellings round 54 used for entities the gazetteer had (the
//! Zuwayya tribe without its final `ة`, a ministry in the construct state, Zuwara's council and
//! operations room, the military college licensed by Tripoli). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT53: &[Case] = &[
    (
        "a un coordinator with his name",
        "وحث علي الزعتري جميع الأطراف على حماية المدنيين في مدينة الزاوية.",
        Some("2016-03-26"),
        &["ali_zaatari", "zawiya"],
    ),
    (
        "misrata's military council head",
        "وقال إبراهيم بن رجب إن القوة لم تتحرك من مصراتة.",
        Some("2018-05-20"),
        &["ibrahim_bin_rajab", "misrata"],
    ),
    (
        "an oil field of the jufra",
        "توقف الإنتاج في حقل زلة النفطي بعد هجوم على بوابته.",
        Some("2019-02-10"),
        &["zella_47_oilfield"],
    ),
    (
        "the tobruk hotel only with tobruk in the text",
        "عقد أعضاء المجلس جلستهم في فندق دار السلام بمدينة طبرق.",
        Some("2014-08-04"),
        &["dar_al_salam_hotel_tobruk", "tobruk"],
    ),
    (
        "a tribe without its final letter",
        "وأعلن أعيان قبيلة الزوي رفضهم للبيان.",
        Some("2013-09-10"),
        &["zuwayya"],
    ),
    (
        "a ministry in the construct state",
        "استهدف هجوم انتحاري مقر وزارة خارجية حكومة الوفاق الوطني.",
        Some("2018-12-26"),
        &["ministry_of_foreign_affairs", "gna"],
    ),
    (
        "zuwara's operations room",
        "وأكدت غرفة العمليات العسكرية زوارة أن الطريق آمن.",
        Some("2024-03-20"),
        &["zuwara_military_room", "zuwara"],
    ),
    (
        "the military college licensed by tripoli",
        "قتل عدد من طلبة الكلية العسكرية في غارة على العاصمة طرابلس.",
        Some("2020-01-04"),
        &["tripoli_military_college", "tripoli"],
    ),
];

#[test]
fn ent53_names() {
    check(ENT53);
}
