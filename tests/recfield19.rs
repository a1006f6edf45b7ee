//! Records: dates and tolls of issue 10 (session 15, `recfield19`). Four classes read off the
//! dev study halves and found again in other news pages:
//! - one person told as the subject before a singular passive verb (`إن امرأة قتلت`,
//!   `أن رجلا واحدا على الأقل قتل وأصيب أربعة آخرون`): 1, and the wounded after it are a
//!   figure of their own, not the killed and wounded together;
//! - two killed told by a dual ending alone (`لقي رجل وابنه مصرعهما`): 2;
//! - zero told in the accusative or with the recording verb (`دون أن توقع أضرارا بشرية`,
//!   `لم يتم تسجيل وفيات`, `لم يسجل سقوط قتلى أو جرحى`): 0 and 0;
//! - the two days before publication (`خلال اليومين الماضيين`, `اليومان الماضيان`).
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, run_exprs, Case, Count, ExprCase, Want};

/// One person as the subject of a singular passive verb of killing or wounding.
const SUBJECT_ONE: &[Count] = &[
    (
        "indefinite accusative after أن, one, at least, then the wounded",
        "أفادت مصادر طبية أن رجلا واحدا على الأقل قتل وأصيب أربعة آخرون في تبادل لإطلاق النار بسوق المدينة.",
        Some(1),
        Some(4),
    ),
    (
        "a person noun after إن, feminine verb",
        "قال الدفاع المدني إن امرأة قتلت جراء سقوط قذيفة على منزلها في الحي الغربي.",
        Some(1),
        None,
    ),
    (
        "an unlisted accusative noun after أن",
        "ذكر مسعفون أن سائقا قتل عند الحاجز الواقع شرق البلدة.",
        Some(1),
        None,
    ),
    (
        "a person noun and its adjective after إن",
        "قالت الوزارة إن شرطيا ليبيا قتل وأصيب اثنان آخران في الهجوم على المركز.",
        Some(1),
        Some(2),
    ),
    (
        "a person wounded as the subject",
        "أكدت الشرطة أن طفلا أصيب بشظايا في القصف الذي طال المدرسة.",
        None,
        Some(1),
    ),
];

/// What the subject rule must leave alone: the killer as the subject, a number before the
/// noun, a denial.
const NOT_SUBJECT_ONE: &[Count] = &[
    (
        "the subject is the killer: a number after the verb",
        "قال الناطق إن مسلحا قتل ثلاثة حراس عند بوابة المصنع.",
        Some(3),
        None,
    ),
    (
        "a plural noun with its number",
        "أعلنت البلدية أن خمسة مدنيين قتلوا في القصف على السوق.",
        Some(5),
        None,
    ),
    (
        "denied",
        "نفت الوزارة أن جنديا لم يقتل في الكمين.",
        None,
        None,
    ),
];

/// Two killed told by a dual ending alone; never added to a dual or a number told before it
/// in the same clause.
const TWO_KILLED: &[Count] = &[
    (
        "two singulars joined, the dual ending",
        "لقي رجل وابنه مصرعهما في انفجار لغم قرب مزرعتهما جنوب المدينة.",
        Some(2),
        None,
    ),
    (
        "a feminine dual verb",
        "أفاد الأطباء أن أما وطفلتها استشهدتا في الغارة على المخيم.",
        Some(2),
        None,
    ),
    (
        "a dual noun before: counted once",
        "لقي شابان مصرعهما في حادث إطلاق نار قرب المقهى.",
        Some(2),
        None,
    ),
    (
        "a number before: counted once",
        "أعلن المستشفى أن اثنين من الجرحى لقيا مصرعهما متأثرين بجراحهما.",
        Some(2),
        None,
    ),
];

/// Zero told in the accusative or with the recording verb; no news of losses is no zero.
const ZERO: &[Count] = &[
    (
        "accusative, after دون أن",
        "شنت الطائرات غارة على مخزن للذخيرة دون أن توقع أضرارا بشرية.",
        Some(0),
        Some(0),
    ),
    (
        "the recording verb, after لم يتم",
        "قال الهلال الأحمر إنه لم يتم تسجيل وفيات بين السكان حتى الآن.",
        Some(0),
        Some(0),
    ),
    (
        "the fall of killed or wounded, negated",
        "اندلعت مواجهات قرب الميناء ولم يسجل سقوط قتلى أو جرحى.",
        Some(0),
        Some(0),
    ),
    (
        "losses, accusative of the noun, after دون أن",
        "مرت القافلة عبر الطريق الصحراوي دون أن تتكبد خسائر بشرية.",
        Some(0),
        Some(0),
    ),
    (
        "two negations: losses happen",
        "لا يكاد يمر يوم دون أن تسجل في المدينة خسائر بشرية جراء القذائف.",
        None,
        None,
    ),
    (
        "losses without a negation",
        "خلفت المعارك خسائر بشرية كبيرة في صفوف الطرفين.",
        None,
        None,
    ),
    (
        "no news of losses",
        "لم ترد معلومات عن خسائر بشرية في القصف الذي طال الميناء.",
        None,
        None,
    ),
];

/// The two days before publication; last night stays the day before.
const TWO_DAYS: &[ExprCase] = &[
    (
        "the two past days",
        "ارتفع عدد ضحايا المواجهات التي عاشتها البلدة خلال اليومين الماضيين.",
        "2022-03-10",
        "2022-03-08..2022-03-09/day",
    ),
    (
        "the two past days, nominative",
        "شهد اليومان الماضيان قصفا متقطعا على الأحياء الجنوبية.",
        "2022-03-10",
        "2022-03-08..2022-03-09/day",
    ),
    (
        "the two previous days",
        "تواصلت المداهمات في الضواحي طوال اليومين السابقين.",
        "2019-11-02",
        "2019-10-31..2019-11-01/day",
    ),
    (
        "last night is still the day before",
        "هاجم مسلحون نقطة أمنية الليلة الماضية.",
        "2021-05-05",
        "2021-05-04..2021-05-04/day",
    ),
    (
        "the two days ahead are no past",
        "ستعقد اللجنة اجتماعاتها خلال اليومين المقبلين.",
        "2021-05-05",
        "-",
    ),
];

/// The classes in a record: the toll goes to the event that caused it, the date of the two
/// past days to the clashes told over them.
const IN_RECORDS: &[Case] = &[
    (
        "subject one, the wounded after it, in the clash",
        "أفادت مصادر طبية أن رجلا واحدا على الأقل قتل وأصيب أربعة آخرون في اشتباكات بين مجموعتين مسلحتين في الزاوية.",
        "2024-02-03",
        EventKind::ArmedClash,
        Want::Fatalities(Some(1)),
    ),
    (
        "subject one, the wounded after it, injured",
        "أفادت مصادر طبية أن رجلا واحدا على الأقل قتل وأصيب أربعة آخرون في اشتباكات بين مجموعتين مسلحتين في الزاوية.",
        "2024-02-03",
        EventKind::ArmedClash,
        Want::Injured(Some(4)),
    ),
    (
        "two killed by a dual ending, in the shelling",
        "لقي رجل وابنه مصرعهما جراء قصف مدفعي استهدف حيا سكنيا في طرابلس.",
        "2019-09-14",
        EventKind::Shelling,
        Want::Fatalities(Some(2)),
    ),
    (
        "zero in the accusative, in the airstrike",
        "نفذ الطيران الحربي غارة على مواقع في سرت دون أن يخلف أضرارا بشرية.",
        "2016-05-20",
        EventKind::Airstrike,
        Want::Fatalities(Some(0)),
    ),
    (
        "the two past days, the clashes told over them",
        "أعلن مركز الطوارئ مقتل 9 أشخاص في الاشتباكات التي عاشتها مدينة الزاوية خلال اليومين الماضيين.",
        "2023-06-07",
        EventKind::ArmedClash,
        Want::Date("2023-06-05", "2023-06-06"),
    ),
];

#[test]
fn in_records() {
    run(IN_RECORDS);
}

#[test]
fn subject_one() {
    counts(SUBJECT_ONE);
}

#[test]
fn not_subject_one() {
    counts(NOT_SUBJECT_ONE);
}

#[test]
fn two_killed() {
    counts(TWO_KILLED);
}

#[test]
fn zero() {
    counts(ZERO);
}

#[test]
fn two_days() {
    run_exprs(TWO_DAYS);
}
