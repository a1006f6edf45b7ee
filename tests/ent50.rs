//! ent50 (issue 11, the gazetteer on real news), from the fortieth session: names rounds 41–49
//! showed unlisted, researched by a helper with the sources in each row's notes (`gaz50` in
//! `data/gazetteer.tsv`): Gharyan's armed leader Adel Daab and its hospital director, the
//! Tunisian Observatory for Human Rights and its head, the Turkish envoy Emrullah İşler, King
//! Idris, the Qararat al-Qataf camp. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT50: &[Case] = &[
    (
        "a hospital director named with his title",
        "وقال مدير مستشفى غريان خالد زويط إن المستشفى استقبل جثث ثلاثة قتلى.",
        Some("2023-10-30"),
        &["gharyan", "khaled_zuwait"],
    ),
    (
        "a tunisian observatory and its head",
        "وأعلن رئيس المرصد التونسي لحقوق الإنسان مصطفى عبد الكبير الإفراج عن عشرة تونسيين.",
        Some("2020-04-26"),
        &[
            "tunisian_observatory_for_human_rights",
            "mustapha_abdelkebir",
        ],
    ),
    (
        "a turkish envoy",
        "وصل المبعوث التركي أمر الله إيشلر إلى طرابلس.",
        Some("2020-06-10"),
        &["emrullah_isler", "tripoli"],
    ),
    (
        "a gharyan leader",
        "وسلم القيادي عادل دعاب مدينة غريان دون قتال.",
        Some("2019-04-04"),
        &["adel_daab", "gharyan"],
    ),
    (
        "a camp of the tawergha displaced",
        "عاشت العائلات النازحة في مخيم قرارة القطف منذ أشهر.",
        Some("2018-05-01"),
        &["qararat_al_qataf_camp"],
    ),
    (
        "the king",
        "أعلن الملك إدريس السنوسي استقلال ليبيا عام 1951.",
        None,
        &["king_idris", "libya"],
    ),
];

#[test]
fn ent50_names() {
    check(ENT50);
}
