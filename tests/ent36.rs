//! ent36 (issue 11, the gazetteer on real news), from the thirty-third session: names written
//! as hashtags (`#مجلس_شورى_درنة`: an underscore between Arabic letters is a space); people
//! of rounds 31–35 researched last session (a common name only with its rank); oil fields
//! named with the adjective first (`الحقل النفطي "الغاني"`); a bare name of a Libyan body
//! less its adjective (`الجيش الوطني`) is no mention in news of another country that never
//! names Libya (Yemen's national army), a country named with its proclitic (`باليمن`) telling
//! such news; dated: the Kaniyat's seventh brigade through 2019, the general staff's command,
//! the Abu Salim brigade of Derna. Sentences written for this test (table runner of the
//! gazetteer class tests).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT36: &[Case] = &[
    (
        "an oil field with the adjective first, in quotes",
        "فقد عشرة أجانب بعد هجوم على الحقل النفطي \"الغاني\" بجنوب ليبيا.",
        None,
        &["ghani_oilfield", "libya"],
    ),
    (
        "the adjective between",
        "كانوا ضمن العاملين في الحقل الغاني النفطي.",
        None,
        &["ghani_oilfield"],
    ),
    (
        "the adjective after",
        "أغلق محتجون حقل الشرارة النفطي.",
        None,
        &["sharara_oilfield"],
    ),
    (
        "Yemen's national army is no LNA",
        "اشتباكات مع الجيش الوطني والمقاومة الشعبية في تعز باليمن.",
        None,
        &["yemen"],
    ),
    (
        "near miss: the LNA in Libyan news",
        "اشتبك الجيش الوطني مع مسلحين في درنة.",
        None,
        &["lna", "derna"],
    ),
    (
        "near miss: Libya named beside another state",
        "قال الجيش الوطني إن قواته تقدمت جنوب ليبيا قرب الحدود مع تشاد.",
        None,
        &["lna", "libya", "chad"],
    ),
    (
        "the elections commission with its adjective",
        "أعلنت مفوضية الانتخابات الليبية عن انتخاب عمداء البلديات.",
        None,
        &["high_national_elections_commission"],
    ),
    (
        "names written as hashtags",
        "تحاصر قوات #الجيش_الليبي المدينة لقطع الإمدادات عن مسلحي #مجلس_شورى_درنة.",
        None,
        &["lna", "derna_mujahideen_shura_council"],
    ),
    (
        "a researched spokesman with his title",
        "قال الدكتور أسامة علي المتحدث باسم جهاز الإسعاف والطوارئ إن ثلاثة قتلوا.",
        None,
        &["osama_ali_ambulance", "ambulance_emergency_service"],
    ),
    (
        "near miss: the common name alone",
        "قال أسامة علي إن الوضع هادئ.",
        None,
        &[],
    ),
    (
        "a researched colonel by his full name",
        "قتل العقيد مصطفى عقيلة بعد خروجه من مسجد في بنغازي.",
        None,
        &["mustafa_aqila", "benghazi"],
    ),
    (
        "the Kaniyat's seventh brigade in April 2019",
        "وكان اللواء السابع خاض منذ أغسطس الماضي معارك طاحنة في الضواحي الجنوبية لطرابلس.",
        Some("2019-04-07"),
        &["kaniyat", "tripoli"],
    ),
    (
        "the general staff's command",
        "وأعلنت قيادة الأركان العامة تكليف آمر الغرفة الأمنية بمهامه.",
        Some("2014-07-23"),
        &["general_staff"],
    ),
    (
        "the Abu Salim brigade of Derna",
        "وطالب الناظوري كتيبة بوسليم بتسليم أسلحتها.",
        Some("2017-02-26"),
        &["abdelrazek_nadori", "abu_salim_martyrs_brigade"],
    ),
    (
        "a researched spokesman and his federation",
        "قال فاتح حبلوص الناطق باسم الاتحاد الليبي لكرة القدم إن المباراة أجلت.",
        None,
        &["fateh_habloss", "libyan_football_federation"],
    ),
    (
        "a Benghazi hospital",
        "نقلت الجثث إلى مستشفى الجمهورية في بنغازي.",
        None,
        &["jumhuriya_hospital_benghazi"],
    ),
];

#[test]
fn ent36_classes() {
    check(ENT36);
}
