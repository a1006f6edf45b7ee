//! rec64 (issue 10, records), from the forty-sixth session, round 64 (studied after it was
//! scored unseen): hundreds and a teen told in words (`مئتان وثلاثة عشر`) are counted whole;
//! `في ذلك اليوم` is the day told before, no publication date of its own; nobody killed (`لم
//! يقتل أحد`) is zero dead, not one. Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC64: &[Case] = &[
    (
        "hundreds and a teen in words",
        "قتل مئتان وثلاثة عشر شخصا في تفجير سيارة مفخخة في بغداد أمس.",
        "2016-07-04",
        EventKind::Bombing,
        Want::Fatalities(Some(213)),
    ),
    (
        "near miss: hundreds and a unit",
        "قتل مئة وخمسة أشخاص في تفجير سيارة مفخخة في بغداد أمس.",
        "2016-07-04",
        EventKind::Bombing,
        Want::Fatalities(Some(105)),
    ),
    (
        "that day is the day told before",
        "اندلعت الاشتباكات في طرابلس يوم 5 مايو، وقتل في ذلك اليوم ثلاثة أشخاص.",
        "2022-06-08",
        EventKind::Casualties,
        Want::NoRecord,
    ),
    (
        "nobody killed in the explosion",
        "ولم يقتل أحد في الانفجار الذي وقع أمام بوابة المجلس.",
        "2014-12-30",
        EventKind::Bombing,
        Want::Fatalities(Some(0)),
    ),
    (
        "near miss: one killed in the explosion",
        "وقتل شخص في الانفجار الذي وقع أمام بوابة المجلس.",
        "2014-12-30",
        EventKind::Bombing,
        Want::Fatalities(Some(1)),
    ),
];

#[test]
fn rec64_classes() {
    run(REC64);
}
