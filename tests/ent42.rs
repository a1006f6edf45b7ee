//! ent42 (issue 11, the gazetteer on real news), from the thirty-sixth session (round 42's
//! period sentences): `حكومة الوحدة` is the Government of National Accord in the months its
//! Arabic name was still `حكومة الوحدة الوطنية` (from León's proposal, 2015-10-08, to the end
//! of 2016), the Dbeibah government otherwise and undated; `الحكومة الانتقالية` is al-Thinni's
//! government in its years (as El-Keib's in his); a detention centre named before its purpose
//! (`مركز طريق السكة للاحتجاز`) is the centre; the Secretary-General's special envoy or
//! representative to Libya (`المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا`) is the envoy of
//! the date (round 43). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT42: &[Case] = &[
    (
        "the unity government in 2016 is the GNA",
        "وقال متحدث باسم حكومة الوحدة إن خطة الأمم المتحدة تمضي قدما.",
        Some("2016-03-01"),
        &["gna", "united_nations"],
    ),
    (
        "… in 2022 the GNU",
        "وقال متحدث باسم حكومة الوحدة إن خطة الأمم المتحدة تمضي قدما.",
        Some("2022-03-01"),
        &["gnu", "united_nations"],
    ),
    (
        "… undated the GNU",
        "وقال متحدث باسم حكومة الوحدة إن خطة الأمم المتحدة تمضي قدما.",
        None,
        &["gnu", "united_nations"],
    ),
    (
        "the transitional government in 2015 is al-Thinni's",
        "نجا رئيس الحكومة الانتقالية عبد الله الثني من محاولة اغتيال في طبرق.",
        Some("2015-05-26"),
        &["abdullah_thani", "interim_government", "tobruk"],
    ),
    (
        "… in 2012 El-Keib's",
        "وقالت الحكومة الانتقالية إنها ستدمج الثوار في الجيش.",
        Some("2012-03-01"),
        &["keib_government"],
    ),
    (
        "a detention centre named before its purpose",
        "أصيب عدد من المهاجرين في مركز طريق السكة للاحتجاز.",
        None,
        &["tariq_al_sikka_centre"],
    ),
    (
        "the Secretary-General's special envoy to Libya is the envoy of the date",
        "قال المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا إن الانتخابات ضرورية.",
        Some("2023-08-22"),
        &["abdoulaye_bathily", "united_nations", "libya"],
    ),
];

#[test]
fn ent42_classes() {
    check(ENT42);
}
