//! ent73 (issue 11, the gazetteer on real news), from the fiftieth session (gaz50, categories
//! completed from stored news): security directorates of the towns and districts without one
//! before, Derna's areas and fronts, oil and gas fields, tribes, operations and security rooms.
//! Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT73: &[Case] = &[
    (
        "a district's security directorate",
        "أعلنت مديرية أمن الواحات القبض على عصابة لسرقة السيارات.",
        Some("2020-05-01"),
        &["wahat_security_directorate"],
    ),
    (
        "a town's security directorate after a preposition",
        "وقال الناطق باسم مديرية أمن الجفرة إن الدوريات انتشرت في مدينة هون.",
        Some("2021-03-01"),
        &["jufra_security_directorate", "jufra", "hun"],
    ),
    (
        "Derna's fronts",
        "تقدمت القوات في محور سيدي عزيز وسيطرت على مرتفعات جبل تمسكت.",
        Some("2018-05-20"),
        &["derna_sidi_aziz", "derna_tamaskt"],
    ),
    (
        "an oil field in both spellings",
        "أغلق محتجون حقل زلتن وحقل أبو الطفل.",
        Some("2022-04-20"),
        &["zelten_oilfield", "abu_attifel_oilfield"],
    ),
    (
        "a tribe",
        "وتوسط أعيان قبيلة قنطرار لوقف الاشتباكات.",
        Some("2019-06-01"),
        &["qantrar_tribe"],
    ),
    (
        "the western region's joint operations room of 2019",
        "وأعلنت غرفة العمليات المشتركة بالمنطقة الغربية صد هجوم على غريان.",
        Some("2019-06-26"),
        &["western_region_joint_operations_room", "gharyan"],
    ),
    (
        "the UN envoy bound for another state's capital is that state's envoy",
        "وأعلن الناطق باسم الأمم المتحدة أن المبعوث الأممي سيتوجه إلى العاصمة اليمنية لإجراء محادثات.",
        Some("2015-03-01"),
        &["united_nations"],
    ),
    (
        "near miss: the UN envoy with a Libyan place",
        "وأعلن الناطق باسم الأمم المتحدة أن المبعوث الأممي سيتوجه إلى طرابلس لإجراء محادثات.",
        Some("2015-03-01"),
        &["united_nations", "bernardino_leon", "tripoli"],
    ),
    (
        "the UN spokesman's name written in two words",
        "وقال المتحدث باسم الأمم المتحدة ستيفان دو جاريك إن المحادثات ستستأنف.",
        Some("2019-04-22"),
        &["united_nations", "stephane_dujarric"],
    ),
    (
        "the chief of staff by his rank and short name",
        "أصدر السراج قرارا بتعيين الفريق ركن محمد الشريف رئيسا للأركان العامة.",
        Some("2019-08-01"),
        &["fayez_sarraj", "mohamed_ali_sharif"],
    ),
    (
        "near miss: the short name alone is anyone's",
        "وقال محمد الشريف إن المدينة هادئة.",
        Some("2019-08-01"),
        &[],
    ),
    (
        "a Sirte area of the 2016 fighting (gaz50b)",
        "وتقدمت القوات في منطقة الغربيات بسرت بعد معارك مع عناصر التنظيم.",
        Some("2016-08-10"),
        &["sirte_gharbiyat"],
    ),
    (
        "a town's military council of 2011 (gaz50b)",
        "وأعلن المجلس العسكري في بنغازي تشكيل لجنة لحماية المدينة.",
        Some("2011-09-01"),
        &["benghazi_military_council", "benghazi"],
    ),
];

#[test]
fn ent73_classes() {
    check(ENT73);
}
