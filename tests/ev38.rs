//! ev38 (issue 9, sentence-level events on real news): classes found in the thirty-fourth
//! session (round 38's set B, after its unseen score: events F1 .920, modality .891): a day
//! alone in brackets (`اليوم (الأحد)، إلى`) cuts no clause, so a demand reaches past it;
//! protesters who stopped something (`محتجين منعوا ناقلات نفط`) tell their protest; an attempt
//! to storm going on (`أثناء محاولة اقتحام`) is an assault happening, and fierce resistance met
//! (`مقاومة شرسة`) a clash; a declaration of principles signed is an agreement; shipping
//! operations are no offensive; an air bridge or aid that carries relief (`لإغاثة متضرري
//! السيول`) is humanitarian, no foreign intervention. From round 38's set A: a drone air force
//! in the accusative (`طيرانا إماراتيا مسيرا`); artillery strikes (`ضرباتها المدفعية`); gunmen
//! who fled; an arrest decided or a warrant issued is to come; an operation by air and land. The sentences were written for
//! this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV38_CASES: &[Case] = &[
    (
        "a_demand_past_a_day_in_brackets",
        "دعت الجامعة العربية، اليوم (الأحد)، إلى إنهاء القتال في طرابلس.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "protesters_who_stopped_tankers",
        "قال مصدر نفطي إن محتجين منعوا ناقلات نفط من التحميل في ميناء الزويتينة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "an_attempt_to_storm_going_on",
        "تواجه القوات مقاومة شرسة أثناء محاولة اقتحام بلدة ترهونة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "fierce_resistance_is_a_clash",
        "تواجه القوات مقاومة شرسة أثناء محاولة اقتحام بلدة ترهونة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_failed_attempt",
        "فشلت محاولة اقتحام السجن ليلة أمس.",
        K::Offensive,
        Some(M::Negated),
    ),
    (
        "a_declaration_of_principles",
        "وقع ممثلو الطرفين في جدة إعلان مبادئ لحماية المدنيين.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "shipping_operations",
        "أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة بشأن عمليات شحن الخام من ميناء السدرة.",
        K::Offensive,
        None,
    ),
    (
        "an_air_bridge_of_relief",
        "وصلت طائرتان من الجسر الجوي الإماراتي لإغاثة متضرري السيول إلى مطار بنينا.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near_miss_an_air_bridge_of_arms",
        "تواصل تركيا تسيير جسر جوي عسكري إلى قاعدة الوطية.",
        K::ForeignIntervention,
        Some(M::Asserted),
    ),
    (
        "a drone air force in the accusative",
        "أعلنت قوات الوفاق أن طيرانا تركيا مسيرا استهدف مدخل مدينة ترهونة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "artillery_strikes_named_so",
        "تكثف القوات المسلحة ضرباتها المدفعية على مواقع المسلحين في درنة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "gunmen_who_fled_are_no_displaced",
        "جرت مطاردة للمسلحين الذين نجحوا في الفرار إلى الطريق الصحراوي.",
        K::Humanitarian,
        None,
    ),
    (
        "an_arrest_decided_is_to_come",
        "أمر الادعاء العسكري في طرابلس الأحد قرارا بالقبض على رئيس الحكومة المكلف.",
        K::Arrest,
        Some(M::Planned),
    ),
    (
        "near_miss_an_arrest_made",
        "ألقت قوات الأمن القبض على ثلاثة مطلوبين في مصراتة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "an_operation_by_air_and_land",
        "أعلن متحدث عسكري أن الجيش يقوم اليوم بعملية جوية وبرية ضد مسلحين في جبل نفوسة.",
        K::Offensive,
        Some(M::Asserted),
    ),
];

#[test]
fn ev38_classes() {
    events_table::check(EV38_CASES, false);
}
