//! rec74 (issue 10, records), from the fiftieth session, round 74 (gathered mid-session, scored
//! unseen, then studied): the side a spokesman's body belongs to, named after `التابعة ل`, is
//! part of his title (a source), no actor of the attack he announces; last week told after the
//! statement's day dates the event; the mortar by its loanword used in a clash; a running total
//! of one group with another group joined to it; the toll of an earlier attack after `بعد` and
//! a counted span. Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC74: &[Case] = &[
    (
        "the side of a spokesman's body is no attacker",
        "أعلن المتحدث باسم القوات الخاصة التابعة لخليفة حفتر مقتل القائد الميداني علي سالم إثر هجوم على سيارته في بنغازي اليوم.",
        "2021-03-24",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "near miss: forces tied to a side that attack",
        "هاجمت قوات تابعة لخليفة حفتر مواقع في جنوب طرابلس اليوم.",
        "2019-05-10",
        EventKind::Offensive,
        Want::Actor1("lna"),
    ),
    (
        "last week told after the statement's day dates the abduction",
        "أعلنت البعثة، مساء الثلاثاء، أن مسلحين خطفوا مدير مكتب الوزير، الأسبوع الماضي، من مدينة الزاوية.",
        "2021-08-11",
        EventKind::Abduction,
        Want::Date("2021-07-31", "2021-08-06"),
    ),
    (
        "the mortar by its loanword, used in a clash, is no shelling of its own",
        "سيطرت القوات الجمعة على الحي بعد اشتباكات عنيفة استخدمت فيها الصواريخ والمورتر.",
        "2016-07-03",
        EventKind::Shelling,
        Want::NoRecord,
    ),
    (
        "a running total of one group and another group joined to it",
        "ارتفع عدد قتلى الهجوم على الحاجز إلى 12 جنديا واثنين من المدنيين.",
        "2015-04-02",
        EventKind::Offensive,
        Want::Fatalities(Some(14)),
    ),
    (
        "near miss: a running total of the dead and the wounded",
        "ارتفعت حصيلة الهجوم على الحاجز إلى أربعة قتلى و17 جريحا.",
        "2015-04-02",
        EventKind::Offensive,
        Want::Fatalities(Some(4)),
    ),
    (
        "the toll of an earlier attack, a counted span before, is no toll of the strike",
        "قصفت الطائرات مواقع للكتائب في الجفرة بعد ثلاثة أيام من مقتل العشرات من رجالها في هجوم على قاعدة.",
        "2017-05-21",
        EventKind::Airstrike,
        Want::Fatalities(None),
    ),
];

#[test]
fn rec74_cases() {
    run(REC74);
}
