//! ent81 (issue 11, the gazetteer on real news), from the fifty-third session: names round
//! 80's labellers listed as having no entry and the categories they open (gaz81: journalists
//! held in Tripoli, a southern LNA battalion, Islamic State leaders in Libya, justice
//! ministers). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT81: &[Case] = &[
    (
        "a journalist held in Tripoli",
        "وأفرج عن الصحفي عثمان لحياني بعد أيام من احتجازه.",
        Some("2014-07-20"),
        &["othmane_lahiani"],
    ),
    (
        "a battalion of the southern military region by its full name",
        "واشتبكت كتيبة العاصفة مع مسلحين قرب المدينة.",
        Some("2019-02-10"),
        &["asifa_battalion_sabha"],
    ),
    (
        "near miss: the storm alone is a common word",
        "وضربت العاصفة سواحل المدينة ليلة أمس.",
        Some("2019-02-10"),
        &[],
    ),
    (
        "an Islamic State emir of Derna",
        "وقتل أبو البراء الأزدي في غارة جوية.",
        Some("2016-06-01"),
        &["abu_baraa_azdi"],
    ),
    (
        "the justice minister by a spelling news uses",
        "وقال صلاح الميرغني إن الوزارة تسلمت السجون.",
        Some("2013-05-01"),
        &["salah_marghani"],
    ),
    (
        "a force tied to the presidential guard licenses its bare name",
        "وتجددت الاشتباكات بين قوة تابعة للحرس الرئاسي وقوة أخرى تابعة لجهاز الردع.",
        Some("2022-07-22"),
        &["presidential_guard", "rada"],
    ),
    (
        "members from the guard",
        "واعتقلت عناصر من الحرس الرئاسي ثلاثة مطلوبين.",
        Some("2022-07-22"),
        &["presidential_guard"],
    ),
    (
        "near miss: a person from a guard of another name is nobody's",
        "وصل الضيف من الحرس القديم للحزب إلى القاعة.",
        Some("2022-07-22"),
        &[],
    ),
];

#[test]
fn ent81_cases() {
    check(ENT81);
}
