//! ev87 (issue 9), from the fifty-fifth session: classes of round 87 (scored unseen first, then
//! read). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV87_CASES: &[events_table::Case] = &[
    (
        "a jihadist group's flag raised over buildings is their capture",
        "وقام التنظيم برفع راية داعش فوق مقر المجلس المحلي في البلدة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "near miss: a national flag raised at a celebration is no capture",
        "ورفع المحتفلون العلم الوطني في ساحة الشهداء.",
        K::TerritoryControl,
        None,
    ),
    (
        "warplanes named before the comma that closes their clause raid",
        "وكانت طائرات حربية تابعة للجيش، أغارت فجر الأحد، على مواقع المسلحين جنوب المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "headquarters handed over",
        "وقامت الكتيبة بتسليم المقرات لقوات الشرطة بعد وساطة من أعيان المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a road closed by those who demand something, told with the verbal noun",
        "وأقدم شبان غاضبون على إغلاق الطريق الساحلي بالإطارات للمطالبة بالإفراج عن أحد أبناء المنطقة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: a road closed for works is no protest",
        "وأعلنت البلدية إغلاق الطريق الساحلي لأعمال الصيانة.",
        K::Protest,
        None,
    ),
    (
        "militants done away with are killed",
        "وأعلن الجيش القضاء على 12 عنصرا متشددا في عملية بالمنطقة الجبلية.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "an oath sworn with the day set off by a lone comma",
        "وأدى رئيس الحكومة وأعضاء حكومته، صباح أمس اليمين الدستورية أمام البرلمان.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
];

#[test]
fn ev87_classes() {
    events_table::check(EV87_CASES, true);
}
