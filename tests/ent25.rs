//! Entity classes of session 21 (round 25; issues 9 and 11): how existing names are found
//! and resolved.
//!
//! - Names sharing one dual or plural head: each coordinated name after `حقلي`, `كتائب`,
//!   `مجلسي`, `ميناءي`, `شركات`, `عمليتي` … is the gazetteer name with the head in the
//!   singular (`حقلي الشرارة والفيل` → `حقل الشرارة`, `حقل الفيل`); after a singular head
//!   whose own name the text gives in full, a short coordinated name shares the head
//!   (`مجلس النواب والدولة`).
//! - `الجيش الليبي التابع لحكومة الوفاق` is the western army, not the LNA; `القوة العسكرية
//!   الثالثة` is the Third Force.
//! - An office title after `منصب`, `مهام`, `صلاحيات` is the post, not its holder at the date
//!   (`كلف … بمنصب محافظ مصرف ليبيا المركزي`).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn coordinated_names_after_a_dual_or_plural_head() {
    check(&[
        (
            "two oil fields after a dual head",
            "استأنف العمال الإنتاج في حقلي الشرارة والفيل بعد توقف دام أسبوعا",
            None,
            &["sharara_oilfield", "el_feel_oilfield"],
        ),
        (
            "two oil fields after the dual with a preposition",
            "تراجع الضخ بحقلي الفيل والشرارة جنوب غرب البلاد",
            None,
            &["sharara_oilfield", "el_feel_oilfield"],
        ),
        (
            "brigades after a plural head, the first a name of its own",
            "تبادلت كتائب الزنتان والصواعق والقعقاع إطلاق النار مع المهاجمين",
            None,
            &["zintan_brigades", "sawaiq_brigade", "qaqaa_brigade"],
        ),
        (
            "the two chambers after a dual head",
            "فشل مجلسا النواب والدولة في التوافق على قوانين الانتخابات",
            None,
            &["house_of_representatives", "high_council_of_state"],
        ),
        (
            "two ports after a dual head",
            "أعلنت القوات سيطرتها على ميناءي السدرة ورأس لانوف فجر اليوم",
            None,
            &["es_sider", "ras_lanuf"],
        ),
        (
            "companies after a plural head, with quotes and nationality adjectives",
            "تشارك في المشروع شركات \"إيني\" الإيطالية و\"توتال\" الفرنسية",
            None,
            &["eni", "total_energies"],
        ),
        (
            "two operations after a dual head, in quotes",
            "دعت البعثة قادة عمليتي \"فجر ليبيا\" و\"الشروق\" إلى وقف القتال",
            None,
            &["unsmil", "libya_dawn", "shorouk_operation"],
        ),
    ]);
}

#[test]
fn names_after_a_singular_head_named_in_full() {
    check(&[
        (
            "a second field after a field named in full",
            "توقف الضخ في حقل الشرارة والفيل بسبب إغلاق الصمامات",
            None,
            &["sharara_oilfield", "el_feel_oilfield"],
        ),
        (
            "the second chamber after the first named in full",
            "لم يتفق مجلس النواب والدولة على القاعدة الدستورية",
            None,
            &["house_of_representatives", "high_council_of_state"],
        ),
        (
            "a head not followed by a name of its own shares nothing",
            "قال رئيس مجلس النواب والحكومة إن الجلسة تأجلت",
            None,
            &["house_of_representatives"],
        ),
    ]);
}

#[test]
fn no_name_after_a_head_that_does_not_make_one() {
    check(&[
        (
            "a plural head before a common word",
            "زار الوفد حقول النفط والغاز في الصحراء",
            None,
            &[],
        ),
        (
            "a dual head before adjectives",
            "اتفق المجلسان على عقد جلسة مشتركة في مدينتي البيضاء والمرج",
            None,
            &["al_bayda", "al_marj"],
        ),
    ]);
}

#[test]
fn office_title_after_post_words_is_the_post() {
    check(&[
        (
            "a governor named to the post the incumbent still held",
            "كلف المجلس الرئاسي نائب المحافظ بمنصب محافظ مصرف ليبيا المركزي مؤقتا",
            Some("2024-08-20"),
            &["presidential_council", "central_bank_of_libya"],
        ),
        (
            "the duties of the prime minister handed to a minister",
            "كلف البرلمان وزير الدفاع بمهام رئيس الحكومة إلى حين انتخاب بديل",
            Some("2013-05-01"),
            // The parliament and the minister of the day; not the prime minister of the day.
            &["general_national_congress", "mohamed_bargathi_def"],
        ),
        (
            "the title standing alone still names the holder",
            "قال محافظ مصرف ليبيا المركزي إن السيولة متوفرة",
            Some("2020-05-01"),
            &["sadiq_al_kabir", "central_bank_of_libya"],
        ),
    ]);
}

#[test]
fn the_western_army_is_not_the_lna() {
    check(&[
        (
            "the army said to belong to the GNA",
            "قال الجيش الليبي التابع لحكومة الوفاق إنه صد هجوما جنوب العاصمة",
            Some("2019-06-01"),
            &["gna"],
        ),
        (
            "the army said to belong to the Presidential Council",
            "أعلن الجيش الليبي التابع للمجلس الرئاسي تقدمه في محور عين زارة",
            Some("2019-06-01"),
            &["presidential_council", "ain_zara"],
        ),
        (
            "the army of the general command stays the LNA",
            "أعلن الجيش الليبي التابع للقيادة العامة سيطرته على الموقع",
            Some("2019-06-01"),
            &["lna"],
        ),
    ]);
}

#[test]
fn third_force_with_the_military_adjective() {
    check(&[(
        "the Third Force with «العسكرية» inside its name",
        "انسحبت القوة العسكرية الثالثة من القاعدة الجوية نحو الجفرة",
        None,
        &["third_force", "jufra"],
    )]);
}
