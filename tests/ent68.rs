//! ent68 (issue 11, the gazetteer on real news), from the forty-eighth session, round 68 (its
//! period sentences hold decoys from other states' news): a place of another state's conflict
//! that is no entity (the `places` of `data/nationalities.tsv`) frames a text as that state's,
//! so a bare home-state body names nothing there and a home-state office title names nobody
//! unless something else of Libya's is named; a city where Libyan talks meet frames nothing.
//! Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT68: &[Case] = &[
    (
        "the UN envoy in news of Yemen",
        "ويلتقي المبعوث الأممي وفدا من الحوثيين في مدينة الحديدة الأسبوع المقبل.",
        Some("2019-01-10"),
        &[],
    ),
    (
        "near miss: the envoy at a venue of Libyan talks",
        "ووصل المبعوث الأممي إلى الصخيرات لمتابعة جولة الحوار.",
        Some("2015-06-08"),
        &["bernardino_leon", "skhirat"],
    ),
    (
        "near miss: the envoy with something of Libya's named",
        "والتقى المبعوث الأممي في الحديدة وفدا من مجلس النواب.",
        Some("2019-01-10"),
        &["ghassan_salame", "house_of_representatives"],
    ),
    (
        "the national army in news of Syria",
        "وسيطرت فصائل الجيش الوطني على قرى في ريف الرقة الشمالي.",
        Some("2019-10-14"),
        &[],
    ),
    (
        "near miss: the national army near Sirte",
        "وسيطرت قوات الجيش الوطني على قرى جنوب سرت.",
        Some("2019-10-14"),
        &["lna", "sirte"],
    ),
    (
        "a bare ministry in news of Gaza",
        "وأعلنت وزارة الصحة في غزة ارتفاع عدد القتلى.",
        Some("2024-01-10"),
        &[],
    ),
];

#[test]
fn ent68_classes() {
    check(ENT68);
}
