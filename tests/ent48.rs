//! ent48 (issue 11, the gazetteer on real news), from the thirty-ninth session: spellings of
//! rounds 48 and 49 — `فندق تبيستي`, `الخطوط الأفريقية`, `مسلاطة`, `الهيأة الليبية للإغاثة` (the
//! `هيأة` spelling), `المخابرات العامة الليبية`, the Tawergha camp told as `مخيم نازحي تاورغاء
//! بطريق المطار`. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT48: &[Case] = &[
    (
        "a hotel spelled with ya before the ba",
        "تجمع المتظاهرون أمام فندق تبيستي وسط المدينة.",
        Some("2011-03-01"),
        &["tibesti_hotel"],
    ),
    (
        "the airline without its word for air",
        "وصلت طائرة تابعة للخطوط الأفريقية إلى مطار معيتيقة قادمة من تونس.",
        Some("2023-04-25"),
        &["afriqiyah_airways", "mitiga_airport", "tunisia"],
    ),
    (
        "a town spelled with ta",
        "اختطف مسلحون عمالا قادمين من منطقة مسلاطة.",
        Some("2016-08-10"),
        &["msallata"],
    ),
    (
        "a relief agency spelled with hamza on alif",
        "انطلق فريق من الهيأة الليبية للإغاثة لتقييم أوضاع النازحين.",
        Some("2017-04-18"),
        &["libyan_relief_agency"],
    ),
    (
        "the general intelligence",
        "لقي رئيس المخابرات العامة الليبية في المنطقة الشرقية مصرعه.",
        Some("2014-05-08"),
        &["libyan_intelligence_service"],
    ),
    (
        "the camp of the Tawergha displaced on Airport Road",
        "داهمت قوة أمنية مخيم نازحي تاورغاء بطريق المطار في طرابلس.",
        Some("2018-06-01"),
        &["airport_road_camp_tripoli", "tripoli"],
    ),
];

#[test]
fn ent48_names() {
    check(ENT48);
}
