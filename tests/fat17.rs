//! Records: one victim told with no numeral (issue 10, session 13). An ACLED coder codes a
//! killing of one person as 1 fatality, and one person wounded as 1 injured, though the
//! text gives no number: a singular victim after the verb of killing (past its subject, its
//! manner or the time), in the accusative, in a pronoun suffix on the verb, or an indefinite
//! singular of the killed on its own. A plural or a group gives nothing, a dual gives 2, a
//! failed or denied killing gives nothing, and a numeral of the same toll is not added to.
//!
//! Every sentence was written for this file in the style of the news and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

/// One person killed: the verb's victim after its subject, manner or time, in the
/// accusative, in a suffix, or a lone singular of the killed.
const ONE_KILLED: &[Count] = &[
    (
        "verb, plural subject, accusative victim",
        "قتل مسلحون ملثمون حارسا في مصرف بوسط المدينة.",
        Some(1),
        None,
    ),
    (
        "verb, manner, accusative victim with adjectives",
        "قالت مصادر أمنية إن مجهولين قتلوا بالرصاص مهندسا تونسيا شابا قرب الميناء.",
        Some(1),
        None,
    ),
    (
        "feminine verb after its subject, accusative victim",
        "أعلنت الكتيبة أن دوريتها قتلت مسلحا حاول اقتحام البوابة.",
        Some(1),
        None,
    ),
    (
        "verb, subject of two words, manner, a title with the article",
        "قتل مسلحون مجهولون بالرصاص القاضي المتقاعد أمام منزله في درنة.",
        Some(1),
        None,
    ),
    (
        "verb, subject, manner, a singular in construct",
        "قتل مسلحون بالرصاص عميد كلية الهندسة في سبها.",
        Some(1),
        None,
    ),
    (
        "a noun of killing and a leader",
        "أكد مصدر محلي مقتل الزعيم القبلي في هجوم على قافلته جنوب البلاد.",
        Some(1),
        None,
    ),
    (
        "a noun of killing and an office",
        "أعلنت البلدية مقتل المحافظ السابق في انفجار سيارة مفخخة.",
        Some(1),
        None,
    ),
    (
        "the victim in a suffix, then killed as a state",
        "اعترض مسلحون سيارة موظف في الشركة فأردوه قتيلا في الحال.",
        Some(1),
        None,
    ),
    (
        "the victim in a suffix of a plural verb",
        "وذكر شهود أن ثلاثة ملثمين اغتالوه أمام المسجد بعد صلاة الفجر.",
        Some(1),
        None,
    ),
    (
        "a martyr on its own with the wounded counted",
        "أفاد مستشفى المدينة بسقوط شهيد وتسعة جرحى في القصف المدفعي.",
        Some(1),
        Some(9),
    ),
    (
        "fell killed, no number",
        "وسقط أحد عناصر الدورية قتيلا خلال تبادل إطلاق النار.",
        Some(1),
        None,
    ),
    (
        "passive verb, manner, then the victim",
        "قتل بالرصاص شرطي مرور عند إشارة ضوئية في طرابلس.",
        Some(1),
        None,
    ),
];

#[test]
fn one_killed() {
    counts(ONE_KILLED);
}

/// One person wounded, and the wounded told as others after a first victim.
const ONE_WOUNDED: &[Count] = &[
    (
        "a noun of wounding and one policeman",
        "أسفر الهجوم على البوابة عن إصابة شرطي بجروح طفيفة.",
        None,
        Some(1),
    ),
    (
        "a passive verb of wounding and one child",
        "جرح طفل في سقوط قذيفة على حي سكني.",
        None,
        Some(1),
    ),
    (
        "a wounding verb, subject, accusative victim",
        "أصاب قناص مجهول شابا في ساقه أمس.",
        None,
        Some(1),
    ),
    (
        "one killed, then a number of others wounded",
        "خلفت المواجهات مقتل شخص على الأقل وإصابة 7 آخرين في المدينة.",
        Some(1),
        Some(7),
    ),
];

#[test]
fn one_wounded() {
    counts(ONE_WOUNDED);
}

/// No new figure: plural or collective victims, a failed or denied killing, a relative
/// clause describing a person, a brigade named for a martyr.
const NOTHING_NEW: &[Count] = &[
    (
        "not: a plural victim",
        "قتل مسلحون مدنيين في هجوم على قرية نائية.",
        None,
        None,
    ),
    (
        "not: a collective",
        "قتل عدد من العناصر في الاشتباكات الليلية.",
        None,
        None,
    ),
    (
        "not: members with no number",
        "قتلت القوات عناصر من التنظيم في الوادي.",
        None,
        None,
    ),
    (
        "not: a failed assassination",
        "نجا ضابط في الاستخبارات من محاولة اغتيال في المدينة أمس.",
        None,
        None,
    ),
    (
        "not: an attempt named before the killing noun",
        "أحبطت الأجهزة الأمنية محاولة لاغتياله قرب المطار.",
        None,
        None,
    ),
    (
        "not: a negated killing",
        "لم تقتل الاشتباكات أحدا بحسب المستشفى.",
        None,
        None,
    ),
    (
        "not: a killing denied",
        "نفت الكتيبة مقتله وقالت إنه بخير.",
        None,
        None,
    ),
    (
        "not: a person described by a killing long before",
        "استعاد الأهالي ذكرى الصحفي الذي قتلته العصابة قبل أعوام.",
        None,
        None,
    ),
    (
        "not: a brigade named for a martyr",
        "انسحبت كتيبة الشهيد من مواقعها جنوب المدينة.",
        None,
        None,
    ),
    (
        "not: a house hit, its owner named after it",
        "أصابت قذيفة منزل مواطن في الحي دون وقوع خسائر بشرية.",
        Some(0),
        Some(0),
    ),
    (
        "not: a passive dual in construct read as one",
        "قتل سائقا صهريج في كمين على الطريق الصحراوي.",
        None,
        None,
    ),
];

#[test]
fn nothing_new() {
    counts(NOTHING_NEW);
}

/// A dual gives 2; a numeral of the same toll is not added to.
const DUAL_AND_NUMERAL: &[Count] = &[
    (
        "a dual after the verb",
        "قتل حارسان في الهجوم على الحقل النفطي.",
        Some(2),
        None,
    ),
    (
        "a dual after the subject",
        "قتل مسلحون طفلتين في قصف على مزرعة.",
        Some(2),
        None,
    ),
    (
        "a numeral after the subject stays the figure",
        "قتلت القوات ثلاثة مسلحين في الاشتباكات.",
        Some(3),
        None,
    ),
    (
        "a suffix beside a number of the same toll",
        "قتل أربعة جنود في الكمين بعد أن حاصرهم المهاجمون وأردوهم قتلى.",
        Some(4),
        None,
    ),
    (
        "a suffix and a martyr's noun are one death",
        "أطلق قناص النار على سائق الإسعاف فأرداه قتيلا.",
        Some(1),
        None,
    ),
    (
        "one named and one in a suffix of the same sentence are one death",
        "قتل شاب في حي الأندلس بعد أن أطلق مجهولون النار عليه فأردوه قتيلا.",
        Some(1),
        None,
    ),
];

#[test]
fn dual_and_numeral() {
    counts(DUAL_AND_NUMERAL);
}

/// The wounded told after a first victim go to that killing's record, not to an event told
/// past the clause's comma.
const RECORD_OF_THE_TOLL: &[Case] = &[(
    "the wounded stay with the clash, not the siege after the comma",
    "اندلعت اشتباكات بين مجموعتين مسلحتين في الحي، أسفرت عن مقتل شخص وإصابة 5 آخرين، مما أدى إلى حصار عائلات في منازلها.",
    "2023-06-10",
    EventKind::ArmedClash,
    Want::Injured(Some(5)),
)];

#[test]
fn record_of_the_toll() {
    run(RECORD_OF_THE_TOLL);
}
