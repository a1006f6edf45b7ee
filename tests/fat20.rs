//! Records: fatalities and injured of records and sentences (issue 10, session 16).
//!
//! - A named victim and those killed with him are one toll: a number joined by `و` (or a
//!   `و` standing apart) past the name, an aside and commas, with the people it counts right
//!   after it, adds to the one victim; a body telling the victim with his companions replaces
//!   the headline's one.
//! - A dual of people with adjectives before its verb (`جنديين ليبيين قتلا`) is two.
//! - The present of killing and wounding (`لتقتل ستة`, `وتصيب عشرين`) is a cue.
//! - An indefinite martyr joined by `و` to a toll of the sentence (`وسقوط شهيد واحد`) is
//!   one more of another group, added.
//! - A toll is told as fact: it goes to a cause of its sentence told as happened before one
//!   told as failed; with only a failed cause in its sentence, to the reported record of the
//!   same kind the document tells.
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

/// A named victim and a group killed with him.
const VICTIM_AND_COMPANIONS: &[Count] = &[
    (
        "a name, a comma, then a conjoined number and a noun of persons",
        "قتل مدير الميناء في المدينة سالم الفلاني، وأربعة حراس كانوا معه في هجوم ليلي.",
        Some(5),
        None,
    ),
    (
        "a name, a conjunction standing apart, a number and its group",
        "قتل رئيس البلدية المنتخب عمر الفلاني و اثنان من مساعديه مساء الجمعة قرب مكتبه.",
        Some(3),
        None,
    ),
    (
        "a name with a place between and a conjoined number of staff",
        "قتل المحافظ السابق للمدينة خالد الفلاني وثلاثة من موظفي المحافظة في الهجوم.",
        Some(4),
        None,
    ),
    (
        "the wounded after the comma are no companions",
        "قتل قائد الكتيبة علي الفلاني، وأصيب ثلاثة من حراسه بجروح.",
        Some(1),
        Some(3),
    ),
    (
        "a number with no noun of persons after it is no companion",
        "قتل الضابط محمد الفلاني، و3 أيام بعد ذلك أعلنت الكتيبة الحداد.",
        Some(1),
        None,
    ),
];

#[test]
fn victim_and_companions() {
    counts(VICTIM_AND_COMPANIONS);
}

/// Duals with adjectives, the present of killing, a martyr of the other side.
const MORE_FORMS: &[Count] = &[
    (
        "a dual of soldiers, an adjective, the dual verb",
        "قال مسعفون إن جنديين ليبيين قتلا وأصيب سبعة بجروح في معارك وسط المدينة.",
        Some(2),
        Some(7),
    ),
    (
        "a dual of civilians, two adjectives, the dual verb",
        "أكد المستشفى أن مدنيين اثنين مسنين قتلا في سقوط القذيفة.",
        Some(2),
        None,
    ),
    (
        "the present of killing and wounding after the result particle",
        "سقطت قذائف على السوق الشعبي لتقتل أربعة مدنيين وتصيب تسعة آخرين بجروح.",
        Some(4),
        Some(9),
    ),
    (
        "the present of killing after a subject",
        "ذكر الأهالي أن القصف العشوائي يقتل ثلاثة أطفال في الحي الجنوبي.",
        Some(3),
        None,
    ),
    (
        "a martyr of one side joined to a toll of the other",
        "أعلنت الغرفة أن المواجهات أسفرت عن مقتل 12 مسلحا، وسقوط شهيد واحد من قوات الجيش.",
        Some(13),
        None,
    ),
    (
        "a martyr on its own stays one",
        "أفادت مصادر طبية بسقوط شهيد في الاشتباكات التي شهدتها البلدة.",
        Some(1),
        None,
    ),
];

#[test]
fn more_forms() {
    counts(MORE_FORMS);
}

/// The record a toll goes to.
const RECORD_OF_THE_TOLL: &[Case] = &[
    (
        "a headline's victim, the body's victim with his companions",
        "مقتل مدير المصرف في هجوم مسلح\nقتل مدير المصرف في البلدة أحمد الفلاني، وثلاثة حراس في الهجوم الذي استهدف سيارته مساء الأحد.",
        "2021-04-12",
        EventKind::Offensive,
        Want::Fatalities(Some(4)),
    ),
    (
        "the wounded go to the clash, not to the failed storming of the same sentence",
        "اندلعت اشتباكات في محيط مقر الحكومة بالعاصمة.\nوقال المتحدث إن قتيلا سقط خلال اشتباكات محاولة اقتحام المقر، بينما أصيب 14 آخرون.",
        "2021-04-12",
        EventKind::ArmedClash,
        Want::Injured(Some(14)),
    ),
];

#[test]
fn record_of_the_toll() {
    run(RECORD_OF_THE_TOLL);
}
