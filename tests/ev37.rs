//! ev37 (issue 9, sentence-level events on real news): classes found in the thirty-fourth
//! session (round 37's sets, after their unseen score): one strike (`ضربة`) by a foreign
//! power named near it is an air strike, as `ضربات` was, and a blow to the economy is none;
//! work stopped at an oil field by those who close fields (`إيقاف العمل في حقل الشرارة من
//! قبل شباب حراك`) is their protest, and `أوقف` whose object is work stopped further on is no
//! arrest; a demand told by its participle (`قرار مجلس الأمن المطالب بوقف دائم لإطلاق النار`)
//! is demanded; intending (`يعتزم`) reaches past a subject and its comma; the haste asked of
//! authorities (`سرعة التدخل`) is no foreign intervention; deliveries (`عمليات توصيل`) are no
//! offensive; fighters who tried to flee (`حاولت الفرار`) gave up no ground; people of a
//! nationality freed (`حررت … 23 مصريا`) are no capture. The sentences were written for this
//! test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV37_CASES: &[Case] = &[
    (
        "one_strike_of_a_foreign_power",
        "قال الجيش الأمريكي إنه نفذ ضربة دقيقة على معسكر لتنظيم الدولة قرب صبراتة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "one_strike_of_nato",
        "أعلن حلف الناتو أنه شن ضربة على مركز للقيادة في طرابلس.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "a_blow_to_the_economy",
        "تلقى الاقتصاد الأمريكي ضربة موجعة بعد قرار البنك.",
        K::Airstrike,
        None,
    ),
    (
        "a_blow_in_a_match",
        "وجه اللاعب الأمريكي ضربة قوية لمنافسه في المباراة.",
        K::Airstrike,
        None,
    ),
    (
        "work_stopped_at_a_field_by_a_movement",
        "كشفت مصادر محلية عن إيقاف العمل في حقل الفيل من قبل شباب حراك الجنوب.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "work_stopped_by_the_company",
        "أعلنت المؤسسة الوطنية للنفط إيقاف العمل في حقل الشرارة بسبب أعمال صيانة.",
        K::Protest,
        None,
    ),
    (
        "work_stopped_is_no_arrest",
        "أوقف محتجون من أهالي أوباري العمل في حقل الفيل للمطالبة بتحسين الخدمات.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_the_police_stopped_a_suspect",
        "أوقفت الشرطة متهما بتهريب الوقود في زوارة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a_demand_by_its_participle",
        "اندلعت اشتباكات في جنوب طرابلس رغم قرار مجلس الأمن المطالب بوقف دائم لإطلاق النار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "intending_past_a_subject_and_its_comma",
        "يعتزم الهلال الأحمر التركي، إرسال مواد إغاثة إلى المناطق المتضررة في درنة.",
        K::Humanitarian,
        Some(M::Planned),
    ),
    (
        "the_haste_asked_of_authorities_is_no_foreign_intervention",
        "ناشد المجلس البلدي الجهات الحكومية سرعة التدخل لإنهاء معاناة السكان.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near_miss_a_foreign_intervention",
        "انتقدت الجامعة العربية التدخل العسكري التركي في ليبيا.",
        K::ForeignIntervention,
        Some(M::Asserted),
    ),
    (
        "deliveries_are_no_offensive",
        "قصفت القوات الميناء بالصواريخ مما عطل عمليات توصيل الإمدادات إلى المدينة.",
        K::Offensive,
        None,
    ),
    (
        "an_attempted_flight_is_no_ground_lost",
        "اندلعت اشتباكات بين قوات الأمن ومجموعة مسلحة حاولت الفرار من نقطة التفتيش.",
        K::TerritoryControl,
        None,
    ),
    (
        "people_of_a_nationality_freed_are_no_capture",
        "حررت قوات ليبية خاصة 12 مصريا اختطفتهم عصابة مسلحة.",
        K::TerritoryControl,
        None,
    ),
    (
        "near_miss_a_town_freed",
        "حرر الجيش الليبي بلدة العجيلات بعد معارك عنيفة مع مسلحين مصريين.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
];

#[test]
fn ev37_classes() {
    events_table::check(EV37_CASES, false);
}
