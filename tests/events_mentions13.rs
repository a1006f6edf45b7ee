//! Mentions of violence and protest (the sixth session's `mentions13` study): event classes
//! that a sentence only refers to, and the reports beside them that stay reports. Sentences
//! written for these tests.

#[path = "support/events_table.rs"]
mod events_table;

use events_table::{check_reported, Reported};
use libya_nlp::EventKind::*;

/// A definite event noun dated to a year by a relative clause of occurrence is an earlier
/// event; what that relative clause goes on to tell is mentioned with it.
#[test]
fn relative_clause_of_an_earlier_event() {
    let cases: &[Reported] = &[
        (
            "massacre dated to a year",
            "وبث التلفزيون أمس شهادات عن المجزرة التي وقعت عام 1996 في السجن.",
            ViolenceAgainstCivilians,
            false,
        ),
        (
            "victims told by the conjunct of that clause",
            "وبث التلفزيون أمس شهادات عن المجزرة التي وقعت عام 1996 وراح ضحيتها مئات السجناء.",
            Casualties,
            false,
        ),
        (
            "blast with the article after li-, dated to a year",
            "ونشرت الصحيفة أمس صورا جديدة للتفجير الذي وقع في مايو 2013 في بنغازي.",
            Bombing,
            false,
        ),
        (
            "the same blast without a year is news",
            "ونشرت الصحيفة أمس صورا جديدة للتفجير الذي وقع في بنغازي.",
            Bombing,
            true,
        ),
        (
            "attack claimed: no year, still news",
            "تبنى التنظيم الهجوم الانتحاري الذي استهدف مقر الشرطة في مصراتة.",
            Bombing,
            true,
        ),
        (
            "clashes the city saw: no year, still news",
            "ارتفعت حصيلة الاشتباكات التي شهدتها المدينة إلى 30 قتيلا.",
            ArmedClash,
            true,
        ),
        (
            "signed, not occurred",
            "وبموجب الاتفاق الذي وقعه الطرفان في جنيف يتعين على القوات العودة إلى ثكناتها.",
            Agreement,
            true,
        ),
    ];
    check_reported(cases);
}

/// A condemned event is mentioned, across the commas of an apposition and into the relative
/// clause that describes it; a complement clause after the condemnation is told.
#[test]
fn condemned_event_and_its_relative_clause() {
    let cases: &[Reported] = &[
        (
            "condemned across an aside",
            "أدان المجلس، في بيان أصدره اليوم، الهجوم الذي استهدف مقر البرلمان.",
            Offensive,
            false,
        ),
        (
            "deaths in the relative clause of the condemned blast",
            "أدان الوزير التفجير الذي وقع في سوق المدينة، وأسفر عن مقتل عدد من المارة.",
            Casualties,
            false,
        ),
        (
            "a count the relative clause of a bare definite noun runs into stays news",
            "وقال الطبيب إن القتلى الذين خلفهم الانفجار بلغ عددهم 30 قتيلا.",
            Casualties,
            true,
        ),
        (
            "deaths in the relative clause of a claimed blast stay news",
            "تبنى التنظيم التفجير الذي استهدف سوق المدينة وأسفر عن مقتل عدد من المارة.",
            Casualties,
            true,
        ),
    ];
    check_reported(cases);
}

/// What a condemnation says in a complement clause is told, not named.
#[test]
fn complement_of_a_condemnation_is_told() {
    let cases: &[events_table::Case] = &[(
        "no arrest yet, negated and reported",
        "ونددت المنظمة بأنه لم يتم توقيف أي مشتبه به حتى الآن.",
        Arrest,
        Some(libya_nlp::Modality::Negated),
    )];
    events_table::check(cases, false);
}

/// Condolences name the deaths and the deed they follow; the kin of the victims name the deed
/// their dead fell in. Neither is told; the deaths a speaker reports stay told.
#[test]
fn condolences_and_kin_of_victims() {
    let cases: &[Reported] = &[
        (
            "condolences across the words of whom they go to",
            "وبعث الرئيس ببرقية تعزية إلى الحكومة الليبية في ضحايا التفجير الإرهابي في بنغازي.",
            Bombing,
            false,
        ),
        (
            "condolences for the dead of an attack",
            "وقدم الوزير أمس عزاءه لأسر القتلى الذين سقطوا في الهجوم على السوق.",
            Casualties,
            false,
        ),
        (
            "kin of the victims of a massacre",
            "وأحيا أهالي شهداء مجزرة السجن أمس الذكرى العاشرة.",
            ViolenceAgainstCivilians,
            false,
        ),
        (
            "deaths the kin report stay told",
            "وقال أهالي الضحايا إن 12 شخصا قتلوا أمس.",
            Casualties,
            true,
        ),
        (
            "residents fleeing shelling: no kin of victims",
            "فر الأهالي من القصف العنيف على الحي أمس.",
            Shelling,
            true,
        ),
    ];
    check_reported(cases);
}

/// Detainees counted as victims of something else are persons, not a detention told.
#[test]
fn detainees_counted_as_victims() {
    let cases: &[Reported] = &[
        (
            "detainees as the dead of a massacre",
            "وراح ضحيتها نحو 1200 معتقلا في السجن.",
            Arrest,
            false,
        ),
        (
            "detainees released: still a detention",
            "وأفرجت السلطات عن المعتقلين أمس.",
            Arrest,
            true,
        ),
    ];
    check_reported(cases);
}
