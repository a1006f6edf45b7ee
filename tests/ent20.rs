//! Entity coverage and precision by class (session 16, issue 11).
//!
//! - **`في` or `ب` before the place**: `السفارة التونسية بطرابلس` as `… في طرابلس`.
//! - **Forms of listed bodies**: the Stability Support Apparatus as a militia, the General
//!   Security force, bare numbered units, the Misrata joint security force with Misrata named.
//! - **New rows**: embassies of neighbouring states, Egypt's consulate in Benghazi, a
//!   Petroleum Facilities Guard spokesman.
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn spokesman_named_in_full() {
    check(&[(
        "a spokesman named in full is his own entry, not the head of government",
        "ونفى علي الحاسي سقوط الميناء بيد المهاجمين",
        None,
        &["ali_hassi"],
    )]);
}

#[test]
fn place_after_bi() {
    check(&[
        (
            "embassy with the city joined to ب",
            "واستأنفت السفارة الجزائرية بطرابلس عملها أمس",
            None,
            &["algeria_embassy_libya", "tripoli"],
        ),
        (
            "embassy with Libya joined to ب",
            "وأغلقت السفارة التونسية بليبيا أبوابها مؤقتا",
            None,
            &["tunisia_embassy_libya", "libya"],
        ),
        (
            "near miss: an embassy elsewhere",
            "واحتج العشرات أمام السفارة التونسية بباريس",
            None,
            &["paris"],
        ),
    ]);
}

#[test]
fn forms_of_listed_bodies() {
    check(&[
        (
            "the stability apparatus as a militia",
            "وانتشرت عناصر ميليشيا دعم الاستقرار في شوارع الحي",
            None,
            &["stability_support_apparatus"],
        ),
        (
            "the stability apparatus misnamed",
            "وتحرك رتل تابع لجهاز الدعم والاستقرار نحو الطريق الساحلي",
            None,
            &["stability_support_apparatus"],
        ),
        (
            "the general security force",
            "ونشرت قوة الأمن العام دوريات في محيط المطار",
            None,
            &["general_security_apparatus"],
        ),
        (
            "near miss: another country's public security",
            "وقالت قوات الأمن العام الأردنية إنها أوقفت المشتبه به",
            None,
            &[],
        ),
        (
            "bare numbered units",
            "واشتبكت الكتيبة 92 مع عناصر من اللواء 52 قرب الجسر",
            None,
            &["battalion_92", "brigade_52"],
        ),
        (
            "the Misrata joint security force with Misrata named",
            "ووصلت القوة الأمنية المشتركة القادمة من مدينة مصراتة إلى العاصمة",
            None,
            &["misrata_joint_force", "misrata"],
        ),
        (
            "near miss: a joint security force with no town",
            "وأعلنت القوة الأمنية المشتركة ضبط شحنة وقود مهربة",
            None,
            &[],
        ),
    ]);
}

#[test]
fn new_rows() {
    check(&[
        (
            "Chad's embassy",
            "وطالبت سفارة تشاد في طرابلس بالإفراج عن رعاياها",
            None,
            &["chad_embassy_libya", "chad", "tripoli"],
        ),
        (
            "Niger's embassy",
            "وقالت سفارة النيجر لدى ليبيا إن عشرات المهاجرين وصلوا",
            None,
            &["niger_embassy_libya", "niger", "libya"],
        ),
        (
            "Egypt's consulate in Benghazi",
            "واستأنفت القنصلية المصرية في بنغازي منح التأشيرات",
            None,
            &["egypt_consulate_benghazi", "benghazi"],
        ),
    ]);
}
