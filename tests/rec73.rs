//! rec73 (issue 10, records), from the fiftieth session, rounds 72 and 73 (round 73 scored
//! unseen on the session's first build, then studied): the date of an earlier event named after
//! `منذ` is not the news's date (nor do the people of that event take a role in it); a fight told
//! again in the next sentence between a more or less finely named side and an unnamed one is
//! one record; a headline's attack with a loosely named attacker is the body's fight; the
//! munitions told in the next sentence after an air strike are the aircraft's; the nominative
//! dual of people with a possessive (`طفلاهما`); the day of the report told after the event dates
//! it past another trigger's relative clause.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC73: &[Case] = &[
    (
        "the date after since dates the earlier event",
        "وهي أول عملية اغتيال في المدينة منذ سقوط النظام في أكتوبر 2011.",
        "2013-08-10",
        EventKind::Assassination,
        Want::Date("2013-08-10", "2013-08-10"),
    ),
    (
        "the person of the earlier event is no victim",
        "واغتيل الوزير أمس في أول عملية اغتيال منذ سقوط نظام القذافي في أكتوبر 2011.",
        "2013-08-10",
        EventKind::Assassination,
        Want::Actor2("generic:civilians"),
    ),
    (
        "near miss: a span since days keeps its reading",
        "وتشهد المدينة اشتباكات متقطعة منذ يومين بين قوة الردع ومجموعة مسلحة.",
        "2018-01-16",
        EventKind::ArmedClash,
        Want::Date("2018-01-14", "2018-01-16"),
    ),
    (
        "a fight told twice, each time with an unnamed side",
        "قتل 11 شخصا على الأقل في اشتباكات بالقرب من مطار معيتيقة بين قوات موالية لحكومة الوفاق وميليشيات محسوبة على حكومة الإنقاذ.\nوأفاد مصدر أمني بأن اشتباكات مسلحة اندلعت في محيط مطار معيتيقة بين قوة الردع الخاصة ومجموعة مسلحة من منطقة تاجوراء.",
        "2018-01-15",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "a headline's attack by a loosely named side is the body's fight",
        "قتلى في هجوم لميليشيات الإخوان على مطار معيتيقة\nقتل خمسة أشخاص اليوم في اشتباكات قرب مطار معيتيقة بين قوة الردع ومجموعة مسلحة.",
        "2018-01-15",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "the munitions told after an air strike are the aircraft's",
        "قصفت طائرة حربية صباح اليوم محيط مصنع في مدينة مصراتة.\nوقال مسؤول محلي إن الضربة أخطأت هدفها وسقطت القذائف في أرض خالية قرب المصنع.",
        "2015-01-04",
        EventKind::Shelling,
        Want::NoRecord,
    ),
    (
        "near miss: a shelling told with its own side stays its own",
        "قصفت طائرة حربية صباح اليوم محيط مصنع في مدينة مصراتة.\nوفي سرت قصفت قوات الجيش بالمدفعية مواقع للتنظيم.",
        "2015-01-04",
        EventKind::Shelling,
        Want::Count(1),
    ),
    (
        "two children wounded told by their nominative dual with a possessive",
        "قتل سائق وزوجته وأصيب طفلاهما برصاص مسلحين مساء أمس في مدينة صبراتة.",
        "2022-12-25",
        EventKind::ViolenceAgainstCivilians,
        Want::Injured(Some(2)),
    ),
    (
        "the day of the report after the event, past a relative clause of another trigger",
        "قتل 9 أشخاص خلال يومين من المواجهات في بنغازي بين الجيش وجماعات متشددة تسيطر على أحياء من المدينة، بحسب ما أفاد مصدر طبي أمس الخميس.",
        "2014-10-17",
        EventKind::ArmedClash,
        Want::Date("2014-10-16", "2014-10-16"),
    ),
];

#[test]
fn rec73_cases() {
    run(REC73);
}
