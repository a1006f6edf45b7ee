//! Records: fatalities, injured and dates (issue 10, session 17, `fatdate21`).
//!
//! - Zero told in more ways, after a negation at most eight words before (records.md: "0 when
//!   the text says none was killed"): the causing verb with its object (`دون التسبب
//!   بإصابات`, `لم تتسبب بوقوع إصابات`, `دون التسبب بأضرار أو إصابات`), the occurring noun
//!   after any verb (`لم يسجل وقوع إصابات`), nobody harmed (`لم يتعرض أحد لأذى`), no victims
//!   there (`لم يكن هناك ضحايا`), no single death (`لم تسجل أي حالة وفاة`), no wounded fallen
//!   (`دون سقوط جرحى`). Not a question whether there were any (`لم يتضح ما إذا كان هناك
//!   ضحايا`), nor a toll told as fact (`أسفرت عن وقوع إصابات`).
//! - The feminine plural of the killed and wounded (`أربع فتيات قتلن`, `أصبن`, `قتيلات`,
//!   `جريحات`), and kin named with a plural or dual possessor (`أمهم`, `شقيقتهن`): one
//!   person, as `والدتهم` is.
//! - `الليلة قبل الماضية`: the night before last, two days before publication.
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

/// Nobody killed or wounded, told in more ways; and what is no zero.
const ZEROS: &[Count] = &[
    (
        "the causing verbal noun with its object",
        "سقط صاروخ على مخزن في ميناء المدينة مساء الأحد من دون التسبب بإصابات.",
        Some(0),
        Some(0),
    ),
    (
        "the causing verbal noun with `في`",
        "انفجرت عبوة قرب بوابة المعسكر دون التسبب في إصابات بين الحراس.",
        Some(0),
        Some(0),
    ),
    (
        "the causing verb with the occurring noun",
        "استهدفت قذيفتان محيط المطار ولم تتسبب بوقوع إصابات وفق إدارة المطار.",
        Some(0),
        Some(0),
    ),
    (
        "damage or injuries, none",
        "أصاب صاروخ مبنى مهجورا في الضاحية دون التسبب بأضرار أو إصابات.",
        Some(0),
        Some(0),
    ),
    (
        "the recording verb with the occurring noun",
        "سقطت قذيفة هاون في فناء مدرسة خالية ولم يسجل وقوع إصابات.",
        Some(0),
        Some(0),
    ),
    (
        "nobody harmed",
        "قالت المتحدثة إن الوفد بخير ولم يتعرض أحد لأذى بعد إطلاق النار على الفندق.",
        Some(0),
        Some(0),
    ),
    (
        "nobody hurt with a harm noun",
        "أطلق مجهولون النار على سيارة القنصل ولم يصب أحد بأي أذى.",
        Some(0),
        Some(0),
    ),
    (
        "no victims there",
        "تعرض رتل الإغاثة لإطلاق نار قرب الجسر، ولم يكن هناك ضحايا بحسب المنظمة.",
        Some(0),
        Some(0),
    ),
    (
        "no single death, the wounded counted",
        "أصيب سبعة مقاتلين في المواجهات، ولم تسجل أي حالة وفاة حتى المساء.",
        Some(0),
        Some(7),
    ),
    (
        "no wounded fallen",
        "انفجرت سيارة مفخخة قرب مقر الشرطة من دون سقوط جرحى.",
        Some(0),
        Some(0),
    ),
    (
        "a question whether there were victims is no zero",
        "سقطت قذيفة على الحي ولم يتضح ما إذا كان هناك ضحايا.",
        None,
        None,
    ),
    (
        "injuries told as fact are no zero",
        "سقطت قذائف على السوق وأسفرت عن وقوع إصابات بين الباعة.",
        None,
        None,
    ),
];

#[test]
fn zeros() {
    counts(ZEROS);
}

/// The feminine plural of the killed and wounded; kin with a plural or dual possessor.
const FEMININE_AND_KIN: &[Count] = &[
    (
        "a number of women, the feminine plural passive",
        "قال مسعفون إن أربع نساء قتلن في سقوط القذيفة على سوق الخضار.",
        Some(4),
        None,
    ),
    (
        "a number of girls, the feminine plural wounded with `بجروح`",
        "أفاد المستشفى بأن خمس طالبات أصبن بجروح في القصف.",
        None,
        Some(5),
    ),
    (
        "the feminine plural nouns after their numbers",
        "خلف القصف 3 قتيلات و4 جريحات في الحي الجنوبي.",
        Some(3),
        Some(4),
    ),
    (
        "the children's mother, a plural possessor",
        "قتل طفلان وأصيبت أمهم في سقوط قذيفة على منزل العائلة.",
        Some(2),
        Some(1),
    ),
    (
        "the mother and the sister, conjoined, plural possessors",
        "أصيبت أمهم وشقيقتهم في القصف الذي استهدف البيت ليلا.",
        None,
        Some(2),
    ),
];

#[test]
fn feminine_and_kin() {
    counts(FEMININE_AND_KIN);
}

/// The night before last.
const NIGHTS: &[Case] = &[
    (
        "the night before last, two days before publication",
        "شهدت بوابة الطريق الساحلي الليلة قبل الماضية اشتباكات بين مسلحين من مدينتين.",
        "2021-06-10",
        EventKind::ArmedClash,
        Want::Date("2021-06-08", "2021-06-08"),
    ),
    (
        "last night is still the day before",
        "شهدت بوابة الطريق الساحلي الليلة الماضية اشتباكات بين مسلحين من مدينتين.",
        "2021-06-10",
        EventKind::ArmedClash,
        Want::Date("2021-06-09", "2021-06-09"),
    ),
];

#[test]
fn nights() {
    run(NIGHTS);
}
