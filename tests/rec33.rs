//! rec33 (issue 10, records), from the thirtieth session: a toll told in another sentence
//! with its own figure and its own place is no part of a cause told elsewhere (`وفي مدينة
//! درنة، لقي 5 …` after a clash in Zawiya), while one in the cause's town still joins it; a
//! toll told as fact is no part of a cause told later as planned. Sentences written for this
//! test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

const ZAWIYA_DERNA: &str = "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية أمس أسفرت عن مقتل 4 أشخاص.\nوفي مدينة درنة، لقي 5 من عناصر التنظيم مصرعهم أمس.";

const REC33: &[Case] = &[
    (
        "the clash keeps its own toll when another town's dead are told after it",
        ZAWIYA_DERNA,
        "2015-09-24",
        EventKind::ArmedClash,
        Want::Fatalities(Some(4)),
    ),
    (
        "the other town's dead are a record of their own",
        ZAWIYA_DERNA,
        "2015-09-24",
        EventKind::Casualties,
        Want::Location("derna"),
    ),
    (
        "the other town's dead keep their figure",
        ZAWIYA_DERNA,
        "2015-09-24",
        EventKind::Casualties,
        Want::Fatalities(Some(5)),
    ),
    (
        "dead counted by a hospital of another district are no part of the clash",
        "اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية أمس أسفرت عن مقتل 4 أشخاص.\nوأشار مصدر طبي إلى وصول 5 قتلى من عناصر التنظيم إلى مستشفى الهريش أمس.",
        "2015-09-24",
        EventKind::ArmedClash,
        Want::Fatalities(Some(4)),
    ),
    (
        "near miss: dead told in the clash's town join the clash",
        "اندلعت اشتباكات عنيفة في حي الليثي ببنغازي أمس بين الجيش ومسلحي مجلس الشورى.\nوفي مدينة بنغازي، لقي 3 جنود مصرعهم أمس.",
        "2015-09-24",
        EventKind::ArmedClash,
        Want::Fatalities(Some(3)),
    ),
    (
        "bodies found are no part of an assault told later as planned",
        "عثرت دوريات الشرطة صباح اليوم على 9 جثث مجهولة الهوية في منطقة بوعطني.\nوقال ناطق عسكري إن الجيش سيبدأ خلال أيام عملية لاقتحام آخر معاقل المسلحين في المدينة.",
        "2017-03-20",
        EventKind::Casualties,
        Want::Fatalities(Some(9)),
    ),
    (
        "a scene cordoned off after a bombing is no siege",
        "قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط بنغازي، بحسب مسؤول أمني.\nوأضاف أن قوات الأمن طوقت المكان بالكامل للبحث عن الجناة.",
        "2017-01-27",
        EventKind::Siege,
        Want::NoRecord,
    ),
    (
        "elders who come in to calm a quarrel take nothing",
        "حدث نزاع بين عائلتين في مدينة الزاوية أمس نتج عنه مقتل 4 أشخاص، قبل دخول شيوخ ووجهاء من المدينة لاحتواء الموقف.",
        "2015-09-24",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "soldiers who occupy a building while demanding their pay protest",
        "احتل عشرات الجنود مقر الحكومة في طرابلس اليوم مطالبين بتلقي رواتبهم المتأخرة.",
        "2013-10-07",
        EventKind::Protest,
        Want::Location("tripoli"),
    ),
    (
        "sisters killed by a strike are civilians",
        "قتلت ثلاث شقيقات في سن الطفولة وأصيبت أمهن في ضربة جوية أصابت منزلا جنوب طرابلس يوم الاثنين.",
        "2019-10-15",
        EventKind::Airstrike,
        Want::Actor2("generic:civilians"),
    ),
    (
        "no human harm is an explicit zero",
        "تعرض محيط مطار معيتيقة الدولي صباح اليوم لقصف جوي نفذته طائرة مقاتلة دون أن يسفر عن أضرار بشرية.",
        "2015-03-06",
        EventKind::Airstrike,
        Want::Fatalities(Some(0)),
    ),
    (
        "near miss: material harm says nothing of the dead",
        "سقطت قذائف على حي الأندلس ما أدى إلى أضرار مادية.",
        "2015-03-06",
        EventKind::Shelling,
        Want::Fatalities(None),
    ),
    (
        "the security services arrest men implicated in a crime",
        "أعلن مسؤول محلي اليوم أن أجهزة الأمن الليبية أوقفت أربعة مسلحين متورطين في خطف عمال أجانب قرب غات.",
        "2017-11-11",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "the day before yesterday told as `قبل أمس`",
        "قتل شخصان وأصيب 55 في تفجير مزدوج داخل مسجد في بنغازي قبل امس.",
        "2018-02-11",
        EventKind::Bombing,
        Want::Date("2018-02-09", "2018-02-09"),
    ),
    (
        "a statement's day after `بعدما` dates the statement, not the clash",
        "اندلعت اشتباكات عنيفة في منطقة عين زارة جنوب طرابلس أمس الأحد بين قوات حفتر وقوات حكومة الوفاق.\nوتصاعدت حدة الاشتباكات بعدما أعلنت الخارجية الأمريكية يوم الجمعة أن الوزير أجرى اتصالا هاتفيا مع حفتر.",
        "2019-04-22",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
];

#[test]
fn rec33_classes() {
    run(REC33);
}

/// Figures told by eliminating, by a body raising the toll over a relative clause, and by a
/// side's losses with the fighters right after the figure (over a span of hours).
const COUNTS33: &[Count] = &[
    (
        "eliminated terrorists are killed",
        "تمكنت مفرزة من الجيش أمس من القضاء على ثلاثة إرهابيين في عملية تمشيط.",
        Some(3),
        None,
    ),
    (
        "a soldier martyred and ten terrorists eliminated",
        "أحبط الجيش هجوما على الثكنة، ما أسفر عن استشهاد عسكري والقضاء على 10 إرهابيين.",
        Some(11),
        None,
    ),
    (
        "near miss: cells eliminated are no dead",
        "أعلن الجيش القضاء على 3 خلايا إرهابية في الجنوب.",
        None,
        None,
    ),
    (
        "a ministry raises the toll over a relative clause",
        "ورفعت الوزارة عدد القتلى الذين سقطوا جراء الهجوم إلى 56 شخصا.",
        Some(56),
        None,
    ),
    (
        "near miss: banners raised are no toll",
        "ورفع المتظاهرون 3 لافتات أمام المقر.",
        None,
        None,
    ),
    (
        "a side's losses with the fighters right after the figure",
        "خسرت قوات المعارضة خلال الساعات الـ24 الماضية، 11 مقاتلا ونحو 50 جريحا.",
        Some(11),
        Some(50),
    ),
    (
        "near miss: money lost is no toll",
        "خسرت المؤسسة 40 مليون دولار بسبب المعارك.",
        None,
        None,
    ),
];

#[test]
fn counts33() {
    counts(COUNTS33);
}
