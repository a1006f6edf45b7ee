//! ent46 (issue 11, the gazetteer on real news), from the thirty-eighth session: names written
//! with the Maghrebi month (`معسكر 17 فيفري`, `كتيبة شهداء 17 فيفري`: Algerian and Tunisian
//! outlets) are the names the data writes with `فبراير`; spellings of round 46 (`إدري الشاطئ`,
//! `العربية.نت` as the addressee of a reporting verb, `ميليشيا العمو`, a commission member's
//! `مفوضية الانتخابات`); from round 46's period sentences, the NATO secretary-general's office
//! alone (Rasmussen's, 2009–2014) and `مجلس نواب طبرق`. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT46: &[Case] = &[
    (
        "a camp named with the Maghrebi month",
        "شنت الطائرات الحربية غارة على معسكر 17 فيفري في بنغازي.",
        Some("2014-05-20"),
        &["camp_17_february_benghazi", "benghazi"],
    ),
    (
        "a brigade named with the Maghrebi month",
        "أعلنت كتيبة شهداء 17 فيفري انسحابها من المنطقة.",
        Some("2014-05-20"),
        &["february_17_brigade"],
    ),
    (
        "a town of the Shati named in full",
        "أعلنت اللجنة النتائج النهائية للانتخابات في إدري الشاطئ وأوباري.",
        Some("2014-05-20"),
        &["idri", "ubari"],
    ),
    (
        "an outlet written with its dot",
        "وقال مصدر عسكري لـ\"العربية.نت\" إن الاجتماعات تناقش سبل تنفيذ الاتفاق.",
        Some("2020-11-20"),
        &["al_arabiya"],
    ),
    (
        "a commission member",
        "وأوضح عضو مفوضية الانتخابات في مؤتمر صحفي أن التصويت لم يحصل في 59 مكتبا.",
        Some("2014-06-26"),
        &["high_national_elections_commission"],
    ),
    (
        "a militia by its leader's nickname",
        "اندلعت اشتباكات في صبراتة بين غرفة العمليات وميليشيا العمو.",
        Some("2017-09-20"),
        &["anas_dabbashi_brigade", "sabratha"],
    ),
    (
        "the NATO secretary-general's office alone in 2011",
        "وصل الأمين العام لحلف شمال الأطلنطي «ناتو»، الاثنين، إلى طرابلس.",
        Some("2011-10-31"),
        &["anders_fogh_rasmussen", "nato", "tripoli"],
    ),
    (
        "near miss: the same office after his term names nobody of the file",
        "وصل الأمين العام لحلف الناتو إلى بروكسل.",
        Some("2019-10-31"),
        &["nato", "brussels"],
    ),
    (
        "the House named by its seat",
        "والأخرى في مدينة البيضاء، وهي الحكومة المؤقتة، التي تتبع مجلس نواب طبرق.",
        Some("2017-08-24"),
        &["al_bayda", "interim_government", "house_of_representatives"],
    ),
];

#[test]
fn ent46_names() {
    check(ENT46);
}
