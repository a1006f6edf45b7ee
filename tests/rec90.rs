//! rec90 (issue 10, records), from the fifty-sixth session: sides of round 90's openings (scored
//! unseen first). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC90: &[Case] = &[
    (
        "two parties named together as a truce's subject are its two sides",
        "وقعت قبيلتا التبو والطوارق اتفاقاً لوقف إطلاق النار في سبها.",
        "2015-07-27",
        EventKind::Ceasefire,
        Want::Actor1("tebu"),
    ),
    (
        "the second party named with و is the other side",
        "وقعت قبيلتا التبو والطوارق اتفاقاً لوقف إطلاق النار في سبها.",
        "2015-07-27",
        EventKind::Ceasefire,
        Want::Actor2("tuareg"),
    ),
    (
        "the mediators of a truce, a list with names the gazetteer lacks, are no side",
        "وقعت كل من قبيلتي التبو والطوارق بمدينة سبها اتفاقاً لوقف إطلاق النار بوساطة ورعاية قبائل الحساونة والربائع والقذاذفة.",
        "2015-07-27",
        EventKind::Ceasefire,
        Want::Actor2("tuareg"),
    ),
    (
        "near miss: two forces fighting together keep the side after مع",
        "خاضت قوات الردع واللواء 444 اشتباكات مع مسلحين في طرابلس أمس.",
        "2023-08-16",
        EventKind::ArmedClash,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "the body that issues a statement reports, and does not strike",
        "أصدر المجلس البلدي لصبراتة بيانا أكد فيه مقتل 41 شخصا في الغارة الجوية على المدينة.",
        "2016-02-20",
        EventKind::Airstrike,
        Want::Actor1("-"),
    ),
    (
        "the American air force in its other spelling",
        "نفذ سلاح الجو الأميركي صباح أمس غارة على معسكر تدريب لتنظيم داعش بصبراتة.",
        "2016-02-20",
        EventKind::Airstrike,
        Want::Actor1("us_armed_forces"),
    ),
    (
        "who finds the dead did not kill them",
        "عثرت قوات الأمن على جثث ثلاثة أشخاص في منطقة الهواري.",
        "2015-08-28",
        EventKind::Casualties,
        Want::Actor1("-"),
    ),
    (
        "near miss: who killed them is still the side",
        "قتلت قوات الأمن ثلاثة مسلحين في منطقة الهواري.",
        "2015-08-28",
        EventKind::Casualties,
        Want::Actor1("generic:state_forces"),
    ),
];

#[test]
fn rec90_sides() {
    run(REC90);
}
