//! Entity recall by class on real news (session 14, issue 11): forms of names that news
//! writes and the gazetteer missed, each class checked against stored news before it was
//! added, with near misses.
//!
//! - **A surname alone in its holder's tenure**: the surname of a head of government or UN
//!   envoy that news uses alone (`زيدان`, `ليون`, `حماد`) names the holder in documents dated
//!   inside the period (a period-bound alias), and nobody at other dates or undated.
//! - **An officer by rank and surname**: `العقيد الدرسي`, and the full name with the father's
//!   name.
//! - **Names of forces and bodies as news writes them**: the 5+5 commission as `اللجنة العسكرية الليبية`, the UNHCR and the GCC in
//!   their long forms, the shura councils without `مجلس`.
//! - **The UN envoy as `المبعوث الدولي إلى ليبيا`**: one more form of the envoy's office.
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;
use libya_nlp::gazetteer::Gazetteer;

#[test]
fn a_surname_alone_in_its_holders_tenure() {
    check(&[
        (
            "the prime minister in his tenure",
            "ورفض زيدان الاتهامات الموجهة إلى حكومته",
            Some("2013-06-01"),
            &["ali_zeidan"],
        ),
        (
            "near miss: the same surname years later",
            "ورفض زيدان الاتهامات الموجهة إلى حكومته",
            Some("2017-06-01"),
            &[],
        ),
        (
            "near miss: undated",
            "ورفض زيدان الاتهامات الموجهة إلى حكومته",
            None,
            &[],
        ),
        (
            "the envoy in his tenure",
            "ودعا ليون الأطراف إلى التوقيع",
            Some("2015-07-10"),
            &["bernardino_leon"],
        ),
        (
            "the eastern prime minister by surname",
            "وأعلن حماد تخصيص ميزانية للطوارئ",
            Some("2023-09-14"),
            &["osama_hammad"],
        ),
        (
            "a surname written without its article is always the same family name",
            "وقالت مصادر إن دبيبة سيزور الجزائر",
            None,
            &["abdul_hamid_dbeibah", "algeria"],
        ),
    ]);
}

#[test]
fn a_rank_or_full_name_names_the_officer() {
    check(&[
        (
            "the full name with the father's name",
            "واغتيل العقيد فرج محمد الدرسي أمام منزله",
            None,
            &["faraj_dersi"],
        ),
        (
            "the surname alone, licensed by a rank",
            "وكان العقيد الدرسي عائدا من عمله",
            None,
            &["faraj_dersi"],
        ),
        (
            "near miss: the surname alone without a rank",
            "وكان الدرسي عائدا من عمله",
            None,
            &[],
        ),
    ]);
}

#[test]
fn forces_and_bodies_as_news_writes_them() {
    check(&[
        (
            "the 5+5 commission without `المشتركة`",
            "واجتمعت اللجنة العسكرية الليبية في سرت",
            None,
            &["joint_military_commission", "sirte"],
        ),
        (
            "the refugee agency in its long form",
            "وقالت مفوضية الأمم المتحدة السامية للاجئين إن الأسر تحتاج إلى مأوى",
            None,
            &["unhcr"],
        ),
        (
            "the Gulf council in its long form",
            "ورحب مجلس التعاون لدول الخليج العربي بالاتفاق",
            None,
            &["gcc"],
        ),
        (
            "a shura council without `مجلس`",
            "وأعلن شورى درنة انسحاب مقاتليه من الحي",
            None,
            &["derna_mujahideen_shura_council"],
        ),
        (
            "the elections commission with the country's adjective inside",
            "وأعلنت المفوضية الوطنية الليبية العليا للانتخابات فتح باب التسجيل",
            None,
            &["high_national_elections_commission"],
        ),
    ]);
}

#[test]
fn the_envoy_as_the_international_envoy() {
    check(&[
        (
            "the envoy's office with `الدولي`",
            "ووصل المبعوث الدولي إلى ليبيا إلى طرابلس صباح اليوم",
            Some("2018-05-01"),
            &["ghassan_salame", "libya", "tripoli"],
        ),
        (
            "near miss: undated, the office names nobody",
            "ووصل المبعوث الدولي إلى ليبيا إلى طرابلس صباح اليوم",
            None,
            &["libya", "tripoli"],
        ),
    ]);
}

#[test]
fn the_bundled_gazetteer_loads_with_the_new_names() {
    assert!(Gazetteer::libya().entity("gaddafi_loyalists").is_some());
}
