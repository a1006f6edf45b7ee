//! ent44 (issue 11, the gazetteer on real news), from the thirty-seventh session: the long tail
//! of people and places that real news names and the gazetteer lacked, researched without any
//! gold — a Red Crescent spokesman, a security directorate's spokesman, a brigade's spokesman,
//! a mayor; a mosque named with its town, a camp, a bridge, a prison; a generic name (`مسجد
//! القدس`) only where its town licenses it. From round 44's period sentences: two spellings
//! of names (`رمطان العمامرة`, `كنعان يلمز`). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT44: &[Case] = &[
    (
        "a Red Crescent spokesman",
        "وقال المتحدث باسم الهلال الأحمر الليبي بهاء الكواش إن فرق الإنقاذ انتشلت الجثث.",
        Some("2019-07-05"),
        &["baha_kawash", "libyan_red_crescent"],
    ),
    (
        "a brigade's spokesman",
        "قال المتحدث باسم اللواء 73 مشاة المنذر الخرطوش إن قواته صدت الهجوم.",
        Some("2019-05-10"),
        &["munthir_khartoush", "brigade_73"],
    ),
    (
        "a mayor of Gharyan",
        "أكد عميد بلدية غريان يوسف بديري أن الوضع مستقر في المدينة.",
        Some("2019-04-10"),
        &["youssef_bdairi", "gharyan"],
    ),
    (
        "a camp in Benghazi",
        "سقطت قذائف على معسكر 17 فبراير في بنغازي.",
        Some("2014-05-20"),
        &["camp_17_february_benghazi", "benghazi"],
    ),
    (
        "a prison named with its town",
        "فر عشرات السجناء من سجن سبها المركزي بعد اشتباكات.",
        Some("2016-08-10"),
        &["sabha_prison"],
    ),
    (
        "a generic mosque name licensed by its town",
        "انفجرت عبوة ناسفة قرب مسجد القدس بطرابلس.",
        Some("2017-06-01"),
        &["quds_mosque_tripoli"],
    ),
    (
        "near miss: the same mosque name with no town of its is no Tripoli mosque",
        "انفجرت عبوة ناسفة قرب مسجد القدس في المدينة.",
        Some("2017-06-01"),
        &[],
    ),
    (
        "a foreign minister's name spelled with the article",
        "وحضر الاجتماع وزير الخارجية الجزائري رمطان العمامرة.",
        Some("2023-01-22"),
        &["ramtane_lamamra"],
    ),
    (
        "an ambassador's name spelled without the alef",
        "التقى رئيس المجلس السفير التركي لدى ليبيا كنعان يلمز.",
        Some("2023-10-29"),
        &["kenan_yilmaz", "libya"],
    ),
];

#[test]
fn ent44_classes() {
    check(ENT44);
}
