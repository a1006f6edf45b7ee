//! Coverage of the bundled gazetteer by class, round 14b (issues 10 and 11): names Libyan news
//! uses bare for an actor. A bare name whose meaning changes with time is a period-bound alias
//! (`البرلمان`: the General National Congress from 8 Aug 2012, the House of Representatives
//! from 4 Aug 2014, in dated documents only; `اللواء السابع`: the Kaniyat of Tarhuna from August 2018 to December 2019, ent36);
//! a bare name shared with other countries stays ambiguous (`النيابة العامة`, `وزارة الداخلية`)
//! and is resolved after a mention of the entity or with its nisba. Sentences are written for
//! this test in news style (invented, not taken from any page or gold set), with near misses.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn bare_parliament_by_date() {
    check(&[
        (
            "after August 2014 the House of Representatives",
            "وصوت البرلمان على منح الثقة للحكومة الجديدة",
            Some("2021-03-10"),
            &["house_of_representatives"],
        ),
        (
            "near miss: undated, bare it is ambiguous (the GNC, foreign parliaments)",
            "وصوت البرلمان على منح الثقة للحكومة الجديدة",
            None,
            &[],
        ),
        (
            "undated, after a mention of the House",
            "ودعا رئيس مجلس النواب إلى جلسة، وصوت البرلمان على منح الثقة",
            None,
            &["house_of_representatives"],
        ),
        (
            "from August 2012 to August 2014 the General National Congress",
            "وصوت البرلمان على منح الثقة للحكومة الجديدة",
            Some("2013-03-12"),
            &["general_national_congress"],
        ),
        (
            "the last day before the House took power",
            "وعقد البرلمان جلسته الأخيرة في طرابلس",
            Some("2014-08-03"),
            &["general_national_congress", "tripoli"],
        ),
        (
            "the day the House took power",
            "وعقد البرلمان جلسته الأولى في طبرق",
            Some("2014-08-04"),
            &["house_of_representatives", "tobruk"],
        ),
        (
            "near miss: before the GNC there is no Libyan parliament",
            "وطالب المحتجون بحل البرلمان وإجراء انتخابات",
            Some("2011-12-01"),
            &[],
        ),
        (
            "near miss: a foreign parliament by its nisba",
            "وصادق البرلمان الإيطالي على الاتفاقية",
            Some("2017-07-01"),
            &[],
        ),
        (
            "near miss: the European Parliament is its own entry",
            "ودعا البرلمان الأوروبي إلى وقف القتال",
            Some("2019-04-10"),
            &["european_parliament"],
        ),
    ]);
}

#[test]
fn public_prosecution_ambiguous_bare() {
    check(&[
        (
            "with the nisba it is Libya's",
            "وأمرت النيابة العامة الليبية بحبس المتهمين احتياطيا",
            None,
            &["attorney_general_office"],
        ),
        (
            "bare, after a mention of the office",
            "وأعلن مكتب النائب العام الليبي فتح تحقيق، وقالت النيابة العامة إن المتهمين أحيلوا إلى المحكمة",
            None,
            &["attorney_general_office"],
        ),
        (
            "near miss: bare with nothing before it",
            "وقالت النيابة العامة إن المتهمين أحيلوا إلى المحكمة",
            None,
            &[],
        ),
        (
            "near miss: the military prosecution is another body",
            "وأحالت النيابة العامة العسكرية الملف إلى القضاء",
            None,
            &["military_prosecution"],
        ),
    ]);
}

#[test]
fn libyan_interior_ministry() {
    check(&[
        (
            "the ministry by the short form with the nisba",
            "وأعلنت الداخلية الليبية القبض على عصابة لتهريب الوقود",
            None,
            &["ministry_of_interior"],
        ),
        (
            "near miss: Libya's internal affairs",
            "ورفض التدخل في الشؤون الداخلية الليبية",
            None,
            &[],
        ),
        (
            "near miss: the internal Libyan crisis",
            "وتحدث الوزير عن الأزمة الداخلية الليبية",
            None,
            &[],
        ),
        // Session 18 (ent22), the lead's decision: a bare Libyan ministry names Libya's, as
        // every gold round labels it, unless another state frames it (tests/ent22.rs). This
        // row expected it unresolved before.
        (
            "bare ministry with no Libyan mention is Libya's",
            "وقالت وزارة الداخلية في بيان إن الوضع مستقر",
            None,
            &["ministry_of_interior"],
        ),
        (
            "near miss: bare ministry with another state's adjective",
            "وقالت وزارة الداخلية الكندية في بيان إن الوضع مستقر",
            None,
            &[],
        ),
    ]);
}

#[test]
fn seventh_brigade_in_its_period() {
    check(&[
        (
            "bare in the Tripoli fighting of 2018",
            "وتقدمت قوات اللواء السابع نحو جنوب العاصمة",
            Some("2018-08-28"),
            &["kaniyat"],
        ),
        (
            "bare in January 2019",
            "وانسحب اللواء السابع إلى مواقعه السابقة",
            Some("2019-01-19"),
            &["kaniyat"],
        ),
        (
            "near miss: another seventh brigade years later",
            "وانسحب اللواء السابع إلى مواقعه السابقة",
            Some("2023-05-01"),
            &[],
        ),
        (
            "near miss: undated",
            "وانسحب اللواء السابع إلى مواقعه السابقة",
            None,
            &[],
        ),
    ]);
}
