//! The bare title «القائد العام» (session 16, lead): Haftar's from his appointment as general
//! commander (2015-03-02) in dated news; a body named right after it makes the title someone
//! else's; before 2015 and undated it names nobody. Sentences are the crate's own.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn the_bare_general_commander_is_haftar_from_2015() {
    const BARE: &str = "وأصدر القائد العام أوامره للوحدات بالتقدم نحو الجنوب";
    check(&[
        ("bare, 2019", BARE, Some("2019-04-06"), &["khalifa_haftar"]),
        ("bare, 2016", BARE, Some("2016-09-12"), &["khalifa_haftar"]),
        (
            "bare, 2013: before the appointment",
            BARE,
            Some("2013-05-01"),
            &[],
        ),
        ("bare, undated", BARE, None, &[]),
        (
            "another body's commander",
            "وقال القائد العام لكتائب الشهداء إن مقاتليه انسحبوا من المعبر",
            Some("2019-04-06"),
            &[],
        ),
        (
            "another army's commander",
            "واستقبل القائد العام للقوات المسلحة السودانية الوفد في الخرطوم",
            Some("2019-04-06"),
            &["sudanese_armed_forces", "khartoum"],
        ),
        (
            "the full title still names him",
            "وأعلن القائد العام للقوات المسلحة العربية الليبية بدء العملية",
            Some("2019-04-06"),
            &["khalifa_haftar", "lna"],
        ),
    ]);
}
