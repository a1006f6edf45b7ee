//! Entity classes of session 22 (round 26; issues 9 and 11): how existing names are found.
//!
//! - After a dual head (`قاعدتي`, `سجني`, `مطاري`, `جامعتا`), a coordinated name that the
//!   main search read as a town is the name the singular head makes of it (`قاعدتي الجفرة
//!   وتمنهنت` → both air bases, not the town of Jufra); after a plural head the town stays
//!   (`جامعات طرابلس` are the city's universities).
//! - A plural head followed by no name of its own (`حقول كبرى`) coordinates nothing, and a
//!   dual head right after it is read in its turn (`حقول كبرى بحقلي الشرارة والفيل`).
//! - A head may carry the proclitic `ك` (`كحقلي`).
//! - A name blocked by the words after it blocks the entity's shorter names from the same
//!   start (`الجيش الوطني الليبي التابع لحكومة الوفاق` is not the LNA, nor is `الجيش
//!   الوطني` inside it).
//! - A quarter named `حي X` is also written `منطقة X`, an ambiguous name licensed by its city
//!   named in the text (`منطقة الحدائق وسط بنغازي`); alone, or in another country's city, it
//!   names nothing (`منطقة الأندلس ببغداد`).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn a_town_after_a_dual_head_is_the_head_s_name() {
    check(&[
        (
            "two air bases after a dual head, the first also a town",
            "سيطرت القوات على قاعدتي الجفرة وتمنهنت الجويتين",
            None,
            &["al_jufra_airbase", "tamanhint_airbase"],
        ),
        (
            "two prisons after a dual head, the first also an airport",
            "نقلت السلطات السجناء بين سجني معيتيقة والجديدة",
            None,
            &["mitiga_prison", "jdeida_prison"],
        ),
        (
            "two airports after a dual head, the second also a city",
            "استهدفت الطائرات المسيرة مطاري معيتيقة ومصراتة",
            None,
            &["mitiga_airport", "misrata_airport"],
        ),
        (
            "two universities after a nominative dual, both also cities",
            "قالت جامعتا طرابلس وبنغازي إن الدراسة ستستأنف الأحد",
            None,
            &["university_of_tripoli", "university_of_benghazi"],
        ),
        (
            "two towns after a dual of the town head stay the towns",
            "اتفق المجلسان على عقد جلسة مشتركة في مدينتي البيضاء والمرج",
            None,
            &["al_bayda", "al_marj"],
        ),
    ]);
}

#[test]
fn a_town_after_a_plural_head_stays_the_town() {
    check(&[
        (
            "the universities of two cities",
            "زار الوزير جامعات طرابلس وبنغازي لتفقد سير الامتحانات",
            None,
            &["tripoli", "benghazi"],
        ),
        (
            "the hospitals of two cities",
            "تعاني مستشفيات طرابلس ومصراتة من نقص حاد في الأدوية",
            None,
            &["tripoli", "misrata"],
        ),
    ]);
}

#[test]
fn a_head_without_a_name_of_its_own_coordinates_nothing() {
    check(&[
        (
            "a plural head before an adjective, then a dual head",
            "تأثرت حقول كبرى بحقلي الشرارة والفيل بإغلاق الصمامات",
            None,
            &["sharara_oilfield", "el_feel_oilfield"],
        ),
        (
            "a dual head with the proclitic ك",
            "تضررت حقول كبرى كحقلي الشرارة والفيل من الإغلاق",
            None,
            &["sharara_oilfield", "el_feel_oilfield"],
        ),
    ]);
}

#[test]
fn a_blocked_name_blocks_its_shorter_names_from_the_same_start() {
    check(&[
        (
            "the army said to belong to the GNA, by its longer name",
            "أعلن الجيش الوطني الليبي التابع لحكومة الوفاق سيطرته على المطار",
            Some("2019-05-16"),
            &["gna"],
        ),
        (
            "the longer name with nothing after it is the LNA",
            "أعلن الجيش الوطني الليبي سيطرته على المطار",
            Some("2019-05-16"),
            &["lna"],
        ),
    ]);
}

#[test]
fn a_quarter_written_with_mintaqa() {
    check(&[
        (
            "a Benghazi quarter with its city named",
            "اغتيل ضابط في منطقة الحدائق وسط مدينة بنغازي مساء أمس",
            None,
            &["hadaiq_benghazi", "benghazi"],
        ),
        (
            "a Sabha quarter with its city named",
            "سقطت قذيفة على منطقة المنشية في سبها دون إصابات",
            None,
            &["sabha_manshiya", "sabha"],
        ),
        (
            "the same words without the city name nothing",
            "اغتيل ضابط في منطقة الحدائق مساء أمس",
            None,
            &[],
        ),
        (
            "a quarter of the same name in another country's capital",
            "انفجرت سيارة مفخخة في منطقة الأندلس ببغداد",
            None,
            &["baghdad"],
        ),
    ]);
}
