//! ent70 (issue 11, the gazetteer on real news), from the forty-ninth session, round 70 (scored
//! unseen on the session's first build, then studied): a two-word office title with its body
//! after `لل`, shortened to the title and the body's first two words, names the holder when the
//! sentence names the body (and no other state's forces); another bearer's surname after his
//! own given name; the NTC's first name in 2011; the UN Secretary-General's special adviser of
//! 2021-22; the Emir of the State of Qatar. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT70: &[Case] = &[
    (
        "the general commander by the LNA's spokesman",
        "وقال المتحدث باسم الجيش الليبي إن القائد العام للقوات المسلحة قرر وقف العمليات في طرابلس.",
        Some("2019-08-10"),
        &["lna", "khalifa_haftar", "tripoli"],
    ),
    (
        "near miss: the general commander beside another state's army",
        "وقال المتحدث باسم الجيش المصري إن القائد العام للقوات المسلحة التقى وفدا من الجيش الليبي.",
        Some("2019-08-10"),
        &["egyptian_armed_forces", "lna"],
    ),
    (
        "near miss: the general commander with no army named",
        "وأكد القائد العام للقوات المسلحة أن الوضع تحت السيطرة.",
        Some("2019-08-10"),
        &[],
    ),
    (
        "the finance minister is no other al-Hassi",
        "استقبل رئيس الوزراء المصري وزير المالية كامل الحاسي في مطار القاهرة.",
        Some("2014-10-08"),
        &["kamal_al_hassi", "cairo"],
    ),
    (
        "the NTC by its first name, in 2011",
        "وقال المتحدث باسم المجلس الوطني الليبي الجديد إنه لا يرى مجالا للمحادثات.",
        Some("2011-02-28"),
        &["national_transitional_council"],
    ),
    (
        "the Secretary-General's adviser in 2022",
        "أكد السفراء دعمهم لمبادرة مستشارة الأمين العام للأمم المتحدة بشأن القاعدة الدستورية.",
        Some("2022-03-08"),
        &["stephanie_williams", "united_nations"],
    ),
    (
        "the Emir of the State of Qatar",
        "واستوضح رئيس الحكومة كلمة أمير دولة قطر أمام الجمعية العامة.",
        Some("2016-09-22"),
        &["tamim_bin_hamad", "qatar"],
    ),
    (
        "near miss: the Emir of Qatar before Tamim",
        "واستقبل أمير دولة قطر وفدا من المجلس الوطني الانتقالي في الدوحة.",
        Some("2012-03-01"),
        &["qatar", "doha", "national_transitional_council"],
    ),
];

#[test]
fn ent70_classes() {
    check(ENT70);
}
