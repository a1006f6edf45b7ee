//! ev42 (issue 9, sentence-level events on real news): classes found in the thirty-sixth
//! session from round 42. A company or a body that halted its operations (`أوقفت العمليات`)
//! arrested nobody; a detention centre named between its noun and its purpose (`مركز تاجوراء
//! للاحتجاز`) is a place (the gazetteer's centres carry that order too); unknown attackers who
//! held someone (`مهاجمين مجهولين … واحتجزوا`) abducted, as gunmen do; civilians or migrants
//! who came under fire (`المهاجرين تعرضوا لإطلاق نار`, `تعرض عدد من المدنيين لإطلاق نار`: a word
//! of a context class inside a gapped pattern counts as near it) suffered violence, a convoy
//! under fire fought. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV42_CASES: &[Case] = &[
    (
        "halted_operations_are_no_arrest",
        "أوقفت الشركة العمليات في الحقل بسبب قيام محتجين بإغلاقه.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_the_police_stopping_protesters_arrest_them",
        "أوقفت الشرطة ثلاثة متظاهرين في بنغازي أمس.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a_named_detention_centre_with_its_purpose_is_a_place",
        "أصيب عدد من المهاجرين في مركز تاجوراء للاحتجاز إثر سقوط قذيفة.",
        K::Arrest,
        None,
    ),
    (
        "unknown_attackers_who_held_someone_abducted",
        "وقال مصدر إن مهاجمين مجهولين اقتحموا مقر القناة وهددوا العاملين واحتجزوا مذيعا لساعات.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near_miss_so_they_arrested_nobody",
        "وقال مصدر إن مهاجمين مجهولين اقتحموا مقر القناة وهددوا العاملين واحتجزوا مذيعا لساعات.",
        K::Arrest,
        None,
    ),
    (
        "migrants_under_fire_suffered_violence",
        "قالت المنظمة إن المهاجرين تعرضوا لإطلاق نار عشوائي داخل المركز.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "civilians_inside_the_pattern",
        "وتعرض عدد من المدنيين لإطلاق نار من قبل مسلحين في حي السلماني.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near_miss_so_no_clash",
        "وتعرض عدد من المدنيين لإطلاق نار من قبل مسلحين في حي السلماني.",
        K::ArmedClash,
        None,
    ),
    (
        "near_miss_a_convoy_under_fire_fought",
        "وتعرض رتل عسكري لإطلاق نار قرب مدينة سرت.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
];

#[test]
fn ev42_classes() {
    events_table::check(EV42_CASES, false);
}
