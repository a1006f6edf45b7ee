//! rec34 (issue 10, records), from the thirty-first session: the toll of an attack told only
//! as a failed attempt belongs to the fight of its day and place; `ميلشيات` is a militia; a
//! side a force fights or works alongside is its ally, not its target; an armed group right
//! after an arrest noun, then a title in the accusative, is the one that arrested, and the
//! title's holder the one held (and no side of another event of the sentence); the one whose
//! fall protesters demand is no actor2; a town in a unit's name (`كتيبة «شهداء الزاوية»`) is
//! no place of the event; conscripts (`مجندان`) are counted. Sentences
//! written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

const FAILED_ATTEMPT: &str = "اندلعت مواجهات عنيفة بين قوات الجيش ومسلحين في محيط مدينة أجدابيا يوم الجمعة.\nوقال مصدر عسكري إن ثلاثة من المسلحين قتلوا وأصيب اثنان آخران خلال محاولتهم التسلل إلى مواقع الجيش.";

const FIRED_ON: &str = "قتل ثلاثة أشخاص وأصيب عشرون آخرون خلال مظاهرات في مدينة البيضاء أمس.\nوقال شهود إن قوات الأمن أطلقت الرصاص الحي على المتظاهرين قرب مديرية الأمن.";

const TOBRUK_SQUARE: &str = "تظاهر مئات المواطنين في مدينة طبرق اليوم الجمعة رفضا للاتفاق السياسي.\nوهتف المتظاهرون الذين احتشدوا في ميدان الشهداء وسط المدينة ضد البعثة الأممية.";

const REC34: &[Case] = &[
    (
        "a square of «the city» told before is in that city",
        TOBRUK_SQUARE,
        "2016-08-05",
        EventKind::Protest,
        Want::Location("tobruk"),
    ),
    (
        "the protest told in two sentences is one record",
        TOBRUK_SQUARE,
        "2016-08-05",
        EventKind::Protest,
        Want::Count(1),
    ),
    (
        "near miss: a story of the capital stays in the capital",
        "تظاهر مئات المواطنين في مدينة طرابلس اليوم الجمعة رفضا للاتفاق السياسي.\nوهتف المتظاهرون الذين احتشدوا في ميدان الشهداء وسط المدينة ضد البعثة الأممية.",
        "2016-08-05",
        EventKind::Protest,
        Want::Location("tripoli"),
    ),
    (
        "the dead of a protest fired on are the shooting's",
        FIRED_ON,
        "2011-02-17",
        EventKind::ViolenceAgainstCivilians,
        Want::Fatalities(Some(3)),
    ),
    (
        "the wounded of a protest fired on are the shooting's",
        FIRED_ON,
        "2011-02-17",
        EventKind::ViolenceAgainstCivilians,
        Want::Injured(Some(20)),
    ),
    (
        "the protest fired on keeps no toll",
        FIRED_ON,
        "2011-02-17",
        EventKind::Protest,
        Want::Fatalities(None),
    ),
    (
        "near miss: a protest with dead and no shooting told keeps its toll",
        "قتل ثلاثة أشخاص وأصيب عشرون آخرون خلال مظاهرات في مدينة البيضاء أمس.",
        "2011-02-17",
        EventKind::Protest,
        Want::Fatalities(Some(3)),
    ),
    (
        "the toll of a failed attempt is the fight's",
        FAILED_ATTEMPT,
        "2017-03-11",
        EventKind::ArmedClash,
        Want::Fatalities(Some(3)),
    ),
    (
        "the injured of a failed attempt are the fight's",
        FAILED_ATTEMPT,
        "2017-03-11",
        EventKind::ArmedClash,
        Want::Injured(Some(2)),
    ),
    (
        "the failed attempt is one record with the fight",
        FAILED_ATTEMPT,
        "2017-03-11",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "near miss: a failed attempt with no toll stays apart",
        "اندلعت مواجهات عنيفة بين قوات الجيش ومسلحين في محيط مدينة أجدابيا يوم الجمعة.\nوأحبطت قوات الأمن محاولة لتفجير سيارة مفخخة في بنغازي.",
        "2017-03-11",
        EventKind::ArmedClash,
        Want::Fatalities(None),
    ),
    (
        "militias spelled ميلشيات shell",
        "قصفت ميلشيات مسلحة أحياء سكنية في مدينة سرت صباح اليوم.",
        "2016-05-02",
        EventKind::Shelling,
        Want::Actor1("generic:militia"),
    ),
    (
        "the side a militia works alongside is no target",
        "قصفت ميلشيات ليبية تعمل إلى جانب وزارة الدفاع بلدة ترهونة صباح اليوم.",
        "2016-05-02",
        EventKind::Shelling,
        Want::Actor2("-"),
    ),
    (
        "the militia working alongside a ministry shelled",
        "قصفت ميلشيات ليبية تعمل إلى جانب وزارة الدفاع بلدة ترهونة صباح اليوم.",
        "2016-05-02",
        EventKind::Shelling,
        Want::Actor1("generic:militia"),
    ),
    (
        "an armed group then a title in the accusative: the group arrested",
        "وتصاعد التوتر في طرابلس بعد احتجاز قوة الردع قائد اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "an armed group then a title in the accusative: the holder is held",
        "وتصاعد التوتر في طرابلس بعد احتجاز قوة الردع قائد اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor2("mahmoud_hamza"),
    ),
    (
        "fighting set off by an arrest is between the one who arrested",
        "واندلعت اشتباكات عنيفة في طرابلس بعد احتجاز قوة الردع قائد اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "and the one arrested",
        "واندلعت اشتباكات عنيفة في طرابلس بعد احتجاز قوة الردع قائد اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Actor2("mahmoud_hamza"),
    ),
    (
        "near miss: the group held when the title comes with ل",
        "وتصاعد التوتر في طرابلس بعد احتجاز قوة الردع لآمر اللواء 444 محمود حمزة في المطار.",
        "2023-08-15",
        EventKind::Arrest,
        Want::Actor2("mahmoud_hamza"),
    ),
    (
        "the subject with a title aside between it and the object acted",
        "عقد الصديق الكبير، محافظ المصرف المركزي، اجتماعا موسعا مع مديري الإدارات اليوم.",
        "2024-08-19",
        EventKind::Meeting,
        Want::Actor1("sadiq_al_kabir"),
    ),
    (
        "near miss: the subject with no aside",
        "عقد الصديق الكبير اجتماعا موسعا مع مديري الإدارات اليوم.",
        "2024-08-19",
        EventKind::Meeting,
        Want::Actor1("sadiq_al_kabir"),
    ),
    (
        "gunmen with their ن before a name are no construct: the gunmen abducted",
        "اختطف مسلحون علي زيدان من فندق في طرابلس فجر اليوم.",
        "2013-10-10",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "and the one named after them was abducted",
        "اختطف مسلحون علي زيدان من فندق في طرابلس فجر اليوم.",
        "2013-10-10",
        EventKind::Abduction,
        Want::Actor2("ali_zeidan"),
    ),
    (
        "near miss: militias in the construct stand for the named side",
        "قصفت ميليشيات حفتر أحياء في جنوب طرابلس فجر اليوم.",
        "2019-05-10",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "the one a place is described by is no side",
        "وقصفت طائرات الناتو مدينة سرت مسقط رأس القذافي فجر اليوم.",
        "2011-09-20",
        EventKind::Airstrike,
        Want::Actor2("-"),
    ),
    (
        "the former stronghold of a leader names no side",
        "وقصفت كتائب مسلحة بلدة بني وليد المعقل السابق لمعمر القذافي صباح اليوم.",
        "2012-10-17",
        EventKind::Shelling,
        Want::Actor2("-"),
    ),
    (
        "the one whose fall protesters demand is no actor2",
        "وخرج متظاهرون طالبوا برحيل رئيس الحكومة علي زيدان في شوارع طرابلس أمس.",
        "2013-10-20",
        EventKind::Protest,
        Want::Actor2("-"),
    ),
    (
        "a town in a unit's name is no place of the event",
        "وقتل جنديان من كتيبة «شهداء الزاوية» في اشتباكات مع مسلحين، بحسب مصدر عسكري.",
        "2014-05-03",
        EventKind::ArmedClash,
        Want::Location("-"),
    ),
    (
        "near miss: the town the clash is in stays its place",
        "وقتل جنديان من كتيبة «شهداء الزاوية» في اشتباكات مع مسلحين في مدينة غريان.",
        "2014-05-03",
        EventKind::ArmedClash,
        Want::Location("gharyan"),
    ),
];

#[test]
fn rec34_classes() {
    run(REC34);
}

/// Conscripts counted in the dual and the plural.
const COUNTS34: &[Count] = &[
    (
        "two conscripts martyred and five wounded",
        "فيما استشهد مجندان من الجيش، وأصيب 5 آخرون.",
        Some(2),
        Some(5),
    ),
    (
        "conscripts counted after a figure",
        "وأسفر الهجوم عن مقتل 4 مجندين في البوابة الأمنية.",
        Some(4),
        None,
    ),
];

/// Definite counts after their noun.
const DEFINITE34: &[Count] = &[
    (
        "the six migrants were killed",
        "وأكدت المنظمة أن المهاجرين الستة قتلوا جراء إطلاق النار عليهم.",
        Some(6),
        None,
    ),
    (
        "the three soldiers met their death",
        "وقال المصدر إن الجنود الثلاثة لقوا حتفهم في الكمين.",
        Some(3),
        None,
    ),
    (
        "the killing of the three guards",
        "وأسفر الهجوم عن مقتل الحراس الثلاثة.",
        Some(3),
        None,
    ),
    (
        "near miss: the three children playing",
        "وكان الأطفال الثلاثة يلعبون في الحديقة.",
        None,
        None,
    ),
    (
        "near miss: the same three told back in the sentence",
        "قتل 3 جنود في الهجوم، وكان الجنود الثلاثة قتلوا أثناء الدورية.",
        Some(3),
        None,
    ),
];

#[test]
fn definite34() {
    counts(DEFINITE34);
}

#[test]
fn counts34() {
    counts(COUNTS34);
}
