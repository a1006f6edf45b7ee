//! rec89 (issue 10, records), from the fifty-sixth session: sides of round 89's openings (scored
//! unseen first). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC89: &[Case] = &[
    (
        "an aside naming the first side's commander does not hide the second side",
        "اندلعت اشتباكات عنيفة أمس بين قوات حكومة الوفاق، بقيادة أسامة الجويلي، وقوات الجيش الوطني الليبي جنوب طرابلس.",
        "2019-05-10",
        EventKind::ArmedClash,
        Want::Actor2("lna"),
    ),
    (
        "an aside naming the first side's allegiance does not hide the second side",
        "اندلعت اشتباكات بين كتيبة ثوار طرابلس، الموالية لحكومة الوفاق، وقوة الردع الخاصة في سوق الجمعة أمس.",
        "2018-08-30",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "near miss: the first side stays the first",
        "اندلعت اشتباكات بين كتيبة ثوار طرابلس، الموالية لحكومة الوفاق، وقوة الردع الخاصة في سوق الجمعة أمس.",
        "2018-08-30",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "forces tied to a commander through his ranks are his side",
        "وتشهد بنغازي اشتباكات مسلحة بين كتيبة 17 فبراير من جهة، وقوات تابعة للواء المتقاعد، خليفة حفتر، من جهة أخرى.",
        "2014-05-16",
        EventKind::ArmedClash,
        Want::Actor2("lna"),
    ),
    (
        "a truce with no party named is between the sides of the fight its sentence tells",
        "وأعلن المتحدث سريان وقف إطلاق النار في مطار طرابلس الدولي، بعد خمسة أيام من القتال بين ثوار الزنتان وثوار مصراتة.",
        "2014-07-17",
        EventKind::Ceasefire,
        Want::Actor1("zintan_brigades"),
    ),
    (
        "the Tebu spelled without the article",
        "قال مسؤول إن اشتباكات بدأت أمس بين اللواء السادس مشاة ومقاتلين من جماعة تيبو في سبها.",
        "2018-02-28",
        EventKind::ArmedClash,
        Want::Actor2("tebu"),
    ),
    (
        "the country that leads a coalition is no place of its strikes",
        "قتل 25 شخصا في قصف طائرات تابعة للتحالف الذي تقوده المملكة العربية السعودية على سوق شعبي.",
        "2017-06-18",
        EventKind::Airstrike,
        Want::Location("-"),
    ),
    (
        "no reports of victims is none killed",
        "انفجرت عبوة ناسفة قرب مركز شرطة في درنة أمس، دون أنباء عن وقوع ضحايا.",
        "2019-06-05",
        EventKind::Bombing,
        Want::Fatalities(Some(0)),
    ),
    (
        "no reports of victims is none wounded",
        "انفجرت عبوة ناسفة قرب مركز شرطة في درنة أمس، دون أنباء عن وقوع ضحايا.",
        "2019-06-05",
        EventKind::Bombing,
        Want::Injured(Some(0)),
    ),
];

#[test]
fn rec89_sides() {
    run(REC89);
}
