//! ent68 (issue 11, the gazetteer on real news), from the forty-eighth session, round 68 (its
//! period sentences hold decoys from other states' news): a place of another state's conflict
//! that is no entity (the `places` of `data/nationalities.tsv`) frames a text as that state's,
//! so a bare home-state body names nothing there and a home-state office title names nobody
//! unless something else of Libya's is named; a city where Libyan talks meet frames nothing.
//! An office title shortened to its title and its body's head noun, or told without the
//! government that qualifies it, names the holder when its sentence names the body and no
//! other. Sentences written for this test.

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
    // Round 68 and the rounds before it: a short office title names the holder when its
    // sentence names the body (`رئيس المجلس` with the High Council of State, `وزير الداخلية`
    // with the GNA).
    (
        "the head of the council its sentence names",
        "عقد المجلس الأعلى للدولة جلسة استثنائية بحضور رئيس المجلس وأعضاء مكتب الرئاسة.",
        Some("2024-01-15"),
        &["high_council_of_state", "mohamed_takala"],
    ),
    (
        "near miss: no date, no holder",
        "عقد المجلس الأعلى للدولة جلسة استثنائية بحضور رئيس المجلس وأعضاء مكتب الرئاسة.",
        None,
        &["high_council_of_state"],
    ),
    (
        "near miss: two councils named, no holder",
        "التقى رئيس المجلس بأعضاء المجلس الأعلى للدولة والمجلس الرئاسي.",
        Some("2024-01-15"),
        &["high_council_of_state", "presidential_council"],
    ),
    (
        "near miss: a name after the title decides",
        "وقال رئيس المجلس خالد المشري إن المجلس الأعلى للدولة سيجتمع غدا.",
        Some("2019-03-10"),
        &["khaled_mishri", "high_council_of_state"],
    ),
    (
        "a minister told without the government the sentence names",
        "وكان في استقباله وزير الداخلية ووزير المواصلات في حكومة الوفاق الوطني.",
        Some("2019-05-10"),
        &["fathi_bashagha", "gna"],
    ),
    (
        "near miss: a deputy minister",
        "وشارك في الاجتماع وكيل وزير الداخلية وممثلون عن حكومة الوفاق الوطني.",
        Some("2019-05-10"),
        &["gna"],
    ),
    (
        "near miss: no government named in a year of rival governments",
        "وشارك في الاجتماع وزير الداخلية وممثلون عن البلديات.",
        Some("2019-05-10"),
        &[],
    ),
];

#[test]
fn ent68_classes() {
    check(ENT68);
}
