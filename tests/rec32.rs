//! rec32 (issue 10, records), from the twenty-ninth session: the subject of a verb of
//! targeting told as a head of means in construct with its side (`استهدفت طائرات قوات حفتر`,
//! `مدفعية قوات الوفاق`), and over a row of time asides (`، أمس، لليوم الثالث على التوالي،`).
//! Fighters a side lost (`خسرت القوات 34 من عناصرها`) are its dead, and a count marked as the
//! whole (`في المجموع`) still reaches its verb. Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC32: &[Case] = &[
    (
        "aircraft of a commander's forces in construct: the forces struck",
        "استهدفت طائرات قوات حفتر قاعدة الوطية الجوية بعدة غارات فجر اليوم.",
        "2020-04-02",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "artillery of a named side in construct",
        "استهدفت مدفعية قوات الوفاق تمركزات في محيط مدينة ترهونة صباح اليوم.",
        "2020-05-20",
        EventKind::Shelling,
        Want::Actor1("gna"),
    ),
    (
        "near miss: a drone, its adjective, then the forces it targeted",
        "استهدفت طائرة مسيرة قوات حفتر قرب مدينة ترهونة صباح اليوم.",
        "2020-05-20",
        EventKind::Airstrike,
        Want::Actor2("lna"),
    ),
    (
        "the subject over two time asides in a row",
        "استهدفت طائرات قوات حفتر، أمس، لليوم الثالث على التوالي، قاعدة الوطية الجوية بغارات عنيفة.",
        "2020-04-02",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "fighters lost by a side, its subject between verb and figure",
        "خسرت كتائب الثوار 17 من مقاتليها في المواجهات التي اندلعت مع قوات القذافي في البريقة أمس.",
        "2011-04-02",
        EventKind::ArmedClash,
        Want::Fatalities(Some(17)),
    ),
    (
        "fighters lost, told with when and where before the figure",
        "وفقدت قوات المجلس الرئاسي في معارك أول من أمس، 21 من جنودها قرب سرت.",
        "2016-07-12",
        EventKind::ArmedClash,
        Want::Fatalities(Some(21)),
    ),
    (
        "near miss: money lost is no toll",
        "خسرت المؤسسة الوطنية للنفط 40 مليون دولار بسبب المعارك في الهلال النفطي.",
        "2016-07-12",
        EventKind::ArmedClash,
        Want::Fatalities(None),
    ),
    (
        "the whole count told by in all between figure and verb",
        "وقال مصدر طبي إن 11 شخصا في المجموع قتلوا في الهجوم على مقر الشرطة في زليتن.",
        "2016-01-07",
        EventKind::Offensive,
        Want::Fatalities(Some(11)),
    ),
    (
        "names quoted with the same curly mark on both sides are names, not speech",
        "اندلعت اشتباكات مسلحة في طرابلس بين قوات ”الردع” و”اللواء 444 قتال” فجر اليوم.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Actor2("brigade_444"),
    ),
    (
        "a source's day told after the event gives way to the event's own day",
        "قتل خمسة جنود في هجوم شنه مسلحون على بوابة أمنية قرب سرت، حسبما أفادت مصادر عسكرية، الثلاثاء.\nوهاجم المسلحون البوابة يوم الأحد بسيارات مسلحة.",
        "2016-03-08",
        EventKind::Offensive,
        Want::Date("2016-03-06", "2016-03-06"),
    ),
    (
        "the same, one record",
        "قتل خمسة جنود في هجوم شنه مسلحون على بوابة أمنية قرب سرت، حسبما أفادت مصادر عسكرية، الثلاثاء.\nوهاجم المسلحون البوابة يوم الأحد بسيارات مسلحة.",
        "2016-03-08",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "near miss: an attack a month before is another event",
        "قتل خمسة جنود في هجوم شنه مسلحون على بوابة أمنية قرب سرت، حسبما أفادت مصادر عسكرية، الثلاثاء.\nوكان المسلحون هاجموا البوابة نفسها في 2 فبراير بسيارات مسلحة.",
        "2016-03-08",
        EventKind::Offensive,
        Want::Date("2016-03-08", "2016-03-08"),
    ),
    (
        "the one whose convoy came under fire suffered it, their title between",
        "تعرض موكب وزير الداخلية فتحي باشاغا لإطلاق نار على الطريق السريع في طرابلس.",
        "2021-02-21",
        EventKind::ArmedClash,
        Want::Actor2("fathi_bashagha"),
    ),
    (
        "near miss: the named one after a preposition is no subject of the undergoing",
        "تعرضت دورية أمنية لإطلاق نار من قبل عناصر تابعة لقوة الردع في طرابلس.",
        "2021-02-21",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "the killed plural written without its final alif",
        "هاجم مسلحون نقطة أمنية في مدينة سرت وقتلو 4 جنود صباح اليوم.",
        "2015-05-12",
        EventKind::Offensive,
        Want::Fatalities(Some(4)),
    ),
    (
        "the town a place is near is no place of the event",
        "قال شهود عيان في بلدة ترهونة القريبة من طرابلس إن اشتباكات عنيفة اندلعت صباح اليوم.",
        "2019-09-02",
        EventKind::ArmedClash,
        Want::Location("tarhuna"),
    ),
    (
        "the same after the sources' own town",
        "أشارت مصادر في بلدة ترهونة القريبة من طرابلس إلى سقوط 5 قتلى في اشتباكات صباح اليوم.",
        "2019-09-02",
        EventKind::ArmedClash,
        Want::Location("-"),
    ),
    (
        "near miss: the event's own town, near another",
        "اندلعت اشتباكات عنيفة صباح اليوم في بلدة ترهونة القريبة من طرابلس.",
        "2019-09-02",
        EventKind::ArmedClash,
        Want::Location("tarhuna"),
    ),
    (
        "two groups joined by and, then the verb that tells what befell both",
        "وقال مسؤول محلي إن أربع نساء وثلاثة أطفال من عائلة واحدة قتلوا في قصف على منزلهم في الهيرة.",
        "2019-08-05",
        EventKind::Shelling,
        Want::Fatalities(Some(7)),
    ),
];

#[test]
fn rec32_targeting_subjects() {
    run(REC32);
}
