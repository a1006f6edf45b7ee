//! ent84 (issue 11, the gazetteer on real news), from the fifty-fourth session: names rounds
//! 81 to 83's labellers listed as having no entry and the categories they open (gaz84: HNEC
//! board members, LNA operations rooms and spokesmen, Libya Dawn and Warshefana units, the
//! interior ministry's general administrations, Derna and Ubari quarters), and offices of
//! other states. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT84: &[Case] = &[
    (
        "a Libya Dawn battalion and its commander",
        "وقال آمر كتيبة أبو ريان الشارف بوقصيعة إن قواته تقدمت.",
        Some("2014-10-20"),
        &["abu_rayyan_brigade", "sharif_bouqsaia"],
    ),
    (
        "the LNA air force spokesman",
        "وقال ناصر الحاسي إن الطائرات قصفت مواقع المسلحين.",
        Some("2015-03-01"),
        &["nasser_hassi"],
    ),
    (
        "the air force operations room",
        "وأعلنت غرفة عمليات القوات الجوية تنفيذ غارات على المدينة.",
        Some("2016-05-01"),
        &["lna_air_force_operations_room"],
    ),
    (
        "near miss: a regional room is another",
        "ونقل المتحدث عن غرفة عمليات القوات الجوية الوسطى أن الطائرات دمرت مخزنا.",
        Some("2016-05-01"),
        &[],
    ),
    (
        "Murzuq as news spells it, after a place noun",
        "واستقبل مستشفى مدينة مرزوق جثث القتلى.",
        Some("2019-12-02"),
        &["murzuq"],
    ),
    (
        "near miss: the family name alone is nobody",
        "وقال الطبيب أحمد مرزوق إن الحالات مستقرة.",
        Some("2019-12-02"),
        &[],
    ),
    (
        "near miss: a mosque named al-Ribat is no Rabat",
        "وسيطرت القوات على مسجد الرباط في المدينة.",
        Some("2016-08-01"),
        &[],
    ),
    (
        "an office of another state's forces is not the LNA spokesman's: the forces alone",
        "وقال الناطق الرسمي للقوات المسلحة السودانية إن الجيش صد الهجوم.",
        Some("2023-09-01"),
        &["sudanese_armed_forces"],
    ),
    (
        "Bani Walid as news also spells it",
        "واستهدفت طائرات مجهولة موقعا جنوب شرقي بني الوليد.",
        Some("2018-04-21"),
        &["bani_walid"],
    ),
    (
        "near miss: the Yemeni governorate of al-Bayda is not the Libyan city",
        "وقتل قيادي في تنظيم القاعدة بغارة أمريكية في محافظة البيضاء وسط اليمن.",
        Some("2017-10-04"),
        &["al_qaeda", "yemen"],
    ),
    (
        "gaz85: a commission and its head, by the spelling news used in 2011",
        "وقال مصطفى السقزلي إن هيئة شؤون المحاربين ستستقبل طلبات الثوار.",
        Some("2017-03-01"),
        &["mustafa_sagizli", "warriors_affairs_commission"],
    ),
    (
        "gaz85: a Tripoli locality of the 2019 war",
        "وسقطت قذيفة على منطقة شرفة الملاحة في العاصمة.",
        Some("2019-05-01"),
        &["shurfat_al_mallaha"],
    ),
];

#[test]
fn ent84_cases() {
    check(ENT84);
}
