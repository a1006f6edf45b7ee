//! ent55 (issue 11, the gazetteer on real news), from the forty-second session, round 55:
//! Lebanon's Tripoli told by a phrase after it (`طرابلس بشمال لبنان`, while `طرابلس شمال غربي
//! ليبيا` stays Libya's: a two-word `block_after`), a town or a state that names a street
//! (`شارع سوريا`, `شارع طرابلس`), and another bearer's full name opened by a quote (`"مراد
//! القماطي"`: not Jomaa Gumati). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT55: &[Case] = &[
    (
        "lebanons tripoli by the phrase after it",
        "أغلق محتجون في طرابلس بشمال لبنان الطرق احتجاجا على تردي الأوضاع.",
        Some("2021-01-26"),
        &["lebanon"],
    ),
    (
        "lebanons tripoli without the preposition",
        "منع الجيش المتظاهرين من دخول السرايا في مدينة طرابلس شمال لبنان.",
        Some("2021-01-26"),
        &["lebanon"],
    ),
    (
        "near miss libyas tripoli placed in the northwest",
        "تقع طرابلس شمال غربي ليبيا قرب الحدود التونسية.",
        Some("2019-04-10"),
        &["tripoli", "libya"],
    ),
    (
        "a state that names a street",
        "قطع شبان شارع سوريا بالإطارات المشتعلة في مدينة بنغازي.",
        Some("2013-06-15"),
        &["benghazi"],
    ),
    (
        "near miss a state after a street in it",
        "وصل الوفد إلى سوريا عبر الحدود البرية.",
        Some("2013-06-15"),
        &["syria"],
    ),
    (
        "another bearer's full name in quotes",
        "قتل آمر الكتيبة في طرابلس \"مراد القماطي\" ليل أمس في كمين.",
        Some("2015-12-04"),
        &["tripoli"],
    ),
    (
        "near miss the bare surname alone",
        "وصل القماطي إلى طرابلس قادما من تونس.",
        Some("2015-12-04"),
        &["jomaa_gumati", "tripoli", "tunisia"],
    ),
];

#[test]
fn ent55_classes() {
    check(ENT55);
}
