//! Records: tolls (issue 10, session 19, `fatdate23`).
//!
//! - The day a cue tells may stand between it and its number (`قتل أمس، الأربعاء، ستة
//!   أشخاص`, `أصيب، اليوم الأحد، 47 شخصا`, `استشهد مساء الجمعة، 3 مواطنين`); `يوم` only
//!   before a weekday (`يوم 5` is a date).
//! - `الاثنين` after a time word or before a number is Monday, not the number two (`قتل ليلة
//!   الاثنين خمسة جنود` is 5, not 2).
//! - The numeral of a noun that counts no people is no figure of its own: `خمسة أشخاص من
//!   عائلة واحدة قتلوا` is 5, not 6.
//! - An age inside a noun phrase of people does not cut it from what befell them (`ثلاث
//!   شقيقات في سن الطفولة قتلن`, `مواطنا يبلغ من العمر 49 عاما أصيب`, `رجلان في
//!   الثلاثينيات من العمر قتلا`); `في` stays a preposition that ends a phrase although it
//!   begins with the letter ف.
//! - Plurals of kin and of girls are people between a number and its verb (`شقيقات`,
//!   `أشقاء`, `فتيات`, `أخوات`, `إخوة`).
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

/// The toll reaches the record of its cause.
const RECORDS: &[Case] = &[
    (
        "the day between the cue and its number: the shelling's toll",
        "قتل أمس، الخميس، سبعة مدنيين في قصف مدفعي على حي سكني جنوب المدينة.",
        "2019-05-10",
        EventKind::Shelling,
        Want::Fatalities(Some(7)),
    ),
    (
        "the numeral of a family: the air strike's toll",
        "قال مسعفون إن ستة أشخاص من أسرة واحدة قتلوا في غارة جوية على مزرعة.",
        "2019-05-10",
        EventKind::Airstrike,
        Want::Fatalities(Some(6)),
    ),
];

/// The day told between the cue and its number.
const DAY_BETWEEN: &[Count] = &[
    (
        "yesterday and its weekday between commas",
        "قتل أمس، السبت، أربعة أشخاص على الأقل وأصيب تسعة آخرون في قصف على حي سكني.",
        Some(4),
        Some(9),
    ),
    (
        "today and its weekday between commas, the wounded",
        "أصيب، اليوم الخميس، 12 شخصا في انفجار سيارة مفخخة قرب سوق شعبي.",
        None,
        Some(12),
    ),
    (
        "a part of the day and a weekday",
        "لقي صباح الثلاثاء خمسة مهاجرين حتفهم في غرق قارب قرب الشاطئ.",
        Some(5),
        None,
    ),
    (
        "the evening of a weekday then a comma",
        "قتل مساء الأحد، ثلاثة حراس في هجوم على بوابة أمنية.",
        Some(3),
        None,
    ),
    (
        "the day of a weekday",
        "جرح يوم الجمعة سبعة متظاهرين في مواجهات مع قوات الأمن.",
        None,
        Some(7),
    ),
    (
        "the day of a date is no day word: its number is no toll",
        "قتل يوم 5 من الشهر الجاري عدد من الجنود في هجوم على نقطة تفتيش.",
        None,
        None,
    ),
];

/// Monday, not two.
const MONDAY: &[Count] = &[
    (
        "the night of Monday and a number",
        "قتل ليلة الاثنين ستة عناصر في كمين على الطريق الساحلي.",
        Some(6),
        None,
    ),
    (
        "the day of Monday and a number",
        "أصيب يوم الاثنين ثمانية أشخاص في سقوط قذائف على حي سكني.",
        None,
        Some(8),
    ),
    (
        "Monday right after the cue, then a number",
        "قتل الاثنين ثلاثة مدنيين في قصف عشوائي.",
        Some(3),
        None,
    ),
];

/// The numeral of a family is no figure.
const FAMILY_ONE: &[Count] = &[
    (
        "five of one family killed",
        "أكدت مصادر طبية أن خمسة أشخاص من عائلة واحدة قتلوا في قصف على منزلهم.",
        Some(5),
        None,
    ),
    (
        "four of one household wounded",
        "أربعة أطفال من أسرة واحدة أصيبوا بجروح في انفجار قذيفة.",
        None,
        Some(4),
    ),
    (
        "one person still counts",
        "قتل شخص واحد وأصيب اثنان في اشتباك قرب الميناء.",
        Some(1),
        Some(2),
    ),
];

/// Ages inside the noun phrase of people.
const AGES: &[Count] = &[
    (
        "the age of girls before their verb",
        "ذكرت مصادر طبية أن أربع فتيات في سن الطفولة قتلن في سقوط صاروخ على منزل.",
        Some(4),
        None,
    ),
    (
        "a decade of life and the years",
        "قال مسعفون إن ثلاثة شبان في العشرينات من العمر أصيبوا بجروح في إطلاق نار.",
        None,
        Some(3),
    ),
    (
        "one citizen of a given age wounded",
        "نقل الهلال الأحمر أمس مواطنا يبلغ من العمر 52 عاما أصيب في انفجار لغم.",
        None,
        Some(1),
    ),
    (
        "two men in their thirties",
        "أفاد شهود بأن رجلين في الثلاثينيات من العمر قتلا في تبادل لإطلاق النار.",
        Some(2),
        None,
    ),
    (
        "kin plural with no age",
        "خمسة أشقاء لقوا حتفهم في غارة جوية على مزرعتهم.",
        Some(5),
        None,
    ),
];

#[test]
fn records() {
    run(RECORDS);
}

#[test]
fn day_between() {
    counts(DAY_BETWEEN);
}

#[test]
fn monday() {
    counts(MONDAY);
}

#[test]
fn family_one() {
    counts(FAMILY_ONE);
}

#[test]
fn ages() {
    counts(AGES);
}
