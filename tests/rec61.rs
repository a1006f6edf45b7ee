//! rec61 (issue 10, records), from the forty-fifth session, rounds 59–60 studied: an attack
//! told first by its bare noun (`يعلن مسؤوليته عن الهجوم`) and then as the suicide attack it was
//! (`الهجوم الانتحاري الذي وقع`) is one bombing; the bombs an attack of its own sentence was made
//! with (`هاجموا المقر بالقنابل والقذائف`) leave it an attack; soldiers named by another
//! state's adjective (`مقتل ثلاثة عسكريين فرنسيين في ليبيا`) are that state's forces, while a
//! state's own soldiers at home stay its state forces.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const CLAIMED: &str = "داعش يعلن مسؤوليته عن الهجوم على حاجز أمني في مدينة سبها\nأعلن تنظيم داعش، الأحد، مسؤوليته عن الهجوم الانتحاري الذي استهدف حاجزا أمنيا في مدينة سبها وأسفر عن مقتل اثنين من رجال الأمن.\nوكانت سيارة مفخخة قد انفجرت عند الحاجز صباح الأحد.";
const WITH_BOMBS: &str = "هاجم مسلحون مجهولون مقر المنظمة في مدينة مصراتة أمس بالقنابل والقذائف الصاروخية.\nوقالت المنظمة إن موظفيها كانوا داخل المقر عندما تعرض للهجوم.";
const ELSEWHERE: &str = "هجوم على بوابة أمنية في مدينة درنة\nوقتل ثلاثة جنود في تفجير انتحاري استهدف بوابة أمنية في مدينة سرت.";

const WARNED_BETWEEN: &str = "تجددت المواجهات في العاصمة طرابلس اليوم الخميس على أكثر من محور.\nوحذرت بعثة الأمم المتحدة من مغبة استمرار المواجهات.\nوقال المستشفى الميداني إن حصيلة المواجهات بلغت أحد عشر قتيلا.";

const REC61: &[Case] = &[
    (
        "a toll of the fight told before a warning joins the reported fight",
        WARNED_BETWEEN,
        "2018-09-20",
        EventKind::ArmedClash,
        Want::Fatalities(Some(11)),
    ),
    (
        "… which stays one reported record",
        WARNED_BETWEEN,
        "2018-09-20",
        EventKind::ArmedClash,
        Want::Count(1),
    ),
    (
        "a claimed attack told next as the suicide attack: one bombing",
        CLAIMED,
        "2021-06-07",
        EventKind::Bombing,
        Want::Count(1),
    ),
    (
        "a claimed attack told next as the suicide attack: the claimant acted",
        CLAIMED,
        "2021-06-07",
        EventKind::Bombing,
        Want::Actor1("isis"),
    ),
    (
        "a claimed attack told next as the suicide attack: its toll",
        CLAIMED,
        "2021-06-07",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: the bombs an attack was made with leave it an attack",
        WITH_BOMBS,
        "2012-08-06",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "near miss: the bombs an attack was made with are no bombing of their own",
        WITH_BOMBS,
        "2012-08-06",
        EventKind::Bombing,
        Want::NoRecord,
    ),
    (
        "near miss: an attack in one town, a suicide bombing in another",
        ELSEWHERE,
        "2021-06-07",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "foreign soldiers killed in Libya are their state's forces",
        "أعلنت وزارة الدفاع الفرنسية اليوم مقتل ثلاثة عسكريين فرنسيين في ليبيا.",
        "2016-07-20",
        EventKind::Casualties,
        Want::Actor2("france"),
    ),
    (
        "two foreign soldiers, the dual adjective",
        "قتل جنديان تركيان في قصف استهدف قاعدة الوطية الجوية.",
        "2020-05-10",
        EventKind::Shelling,
        Want::Actor2("turkey"),
    ),
    (
        "foreign soldiers in a third country, the definite plural",
        "وقتل الجنود الأمريكيون الأربعة في كمين نصبه مسلحون في النيجر.",
        "2017-10-06",
        EventKind::Offensive,
        Want::Actor2("united_states"),
    ),
    (
        "near miss: a state's own soldiers at home stay its state forces",
        "وقتل خمسة جنود مصريين في انفجار عبوة ناسفة استهدف مدرعة في العريش.",
        "2017-03-23",
        EventKind::Bombing,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a weekday before a date in figures is part of it",
        "اختطفت مجموعة مسلحة يوم الجمعة 29-07-2016 ناشطا في طرابلس.",
        "2016-08-08",
        EventKind::Abduction,
        Want::Date("2016-07-29", "2016-07-29"),
    ),
    (
        "a weekday before a date in figures with commas",
        "اختطفت مجموعة مسلحة يوم الجمعة، 29/7/2016، ناشطا في طرابلس.",
        "2016-08-08",
        EventKind::Abduction,
        Want::Date("2016-07-29", "2016-07-29"),
    ),
    (
        "near miss: a weekday alone",
        "اختطفت مجموعة مسلحة يوم الجمعة ناشطا في طرابلس.",
        "2016-08-08",
        EventKind::Abduction,
        Want::Date("2016-08-05", "2016-08-05"),
    ),
    (
        "a date in figures between a light verb and its noun is a day told: a report",
        "فقد قامت مجموعة مسلحة يوم الجمعة 29-07-2016 باختطاف عدد من الناشطين في طرابلس.",
        "2016-08-08",
        EventKind::Abduction,
        Want::Count(1),
    ),
    (
        "near miss: a year alone there dates history",
        "وقامت مجموعة مسلحة في 2012 باختطاف ناشط في طرابلس.",
        "2016-08-08",
        EventKind::Abduction,
        Want::NoRecord,
    ),
    (
        "a woman shot dead by the police: violence against civilians",
        "قتلت سيدة صباح اليوم برصاص الشرطة في مدينة بنغازي.",
        "2019-07-03",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "a young man shot dead by the security forces",
        "قتل شاب برصاص قوات الأمن في مدينة الزاوية.",
        "2019-07-03",
        EventKind::ViolenceAgainstCivilians,
        Want::Fatalities(Some(1)),
    ),
    (
        "near miss: a young man killed in clashes stays the clash's dead",
        "قتل شاب في اشتباكات بين مجموعتين مسلحتين في طرابلس.",
        "2019-07-03",
        EventKind::ArmedClash,
        Want::Fatalities(Some(1)),
    ),
    (
        "a toll dated today beside the context of its place",
        "قتلت سيدة، صباح اليوم الأربعاء، برصاص مسلحين في مدينة درنة، التي تشهد عمليات عسكرية منذ سنوات.",
        "2019-07-03",
        EventKind::ViolenceAgainstCivilians,
        Want::Count(1),
    ),
    (
        "near miss: a toll of clashes of months ago stays context",
        "كما قتل خمسة جنود إثر اشتباكات وقعت في أبريل الماضي.",
        "2019-07-03",
        EventKind::ArmedClash,
        Want::NoRecord,
    ),
    (
        "the death idiom with its subject set off by a comma: one dead",
        "لقي نجل ضابط في الجيش الليبي، مصرعه، وأصيب صديقه في مدينة بنغازي ليل أمس.",
        "2014-01-31",
        EventKind::Casualties,
        Want::Fatalities(Some(1)),
    ),
    (
        "a friend wounded is one",
        "لقي نجل ضابط في الجيش الليبي، مصرعه، وأصيب صديقه في مدينة بنغازي ليل أمس.",
        "2014-01-31",
        EventKind::Casualties,
        Want::Injured(Some(1)),
    ),
    (
        "the event's own day after an aside, the statement's day told first",
        "قال مسؤول أمني، اليوم الإثنين، إن طائرة مجهولة استهدفت قافلة شاحنات، كانت متوقفة قرب الحدود، مساء أمس الأحد.",
        "2023-10-30",
        EventKind::Airstrike,
        Want::Date("2023-10-29", "2023-10-29"),
    ),
    (
        "near miss: the statement's day alone",
        "قال مسؤول أمني، اليوم الإثنين، إن طائرة مجهولة استهدفت قافلة شاحنات، كانت متوقفة قرب الحدود.",
        "2023-10-30",
        EventKind::Airstrike,
        Want::Date("2023-10-30", "2023-10-30"),
    ),
    (
        "a country of a list of three is no place of the event",
        "بينما تنتظر تونس عودة إرهابيين كانوا يقاتلون في سوريا والعراق وليبيا، تمكن الأمن التونسي من تفكيك خلية إرهابية بمدينة هرقلة التونسية.",
        "2017-01-04",
        EventKind::Arrest,
        Want::Location("tunisia"),
    ),
    (
        "a state's security named by its adjective acts",
        "تمكن الأمن التونسي من تفكيك خلية إرهابية بمدينة هرقلة التونسية.",
        "2017-01-04",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "near miss: two countries named are still the place",
        "وقصفت طائرات التحالف مواقع لتنظيم داعش في سوريا والعراق.",
        "2017-01-04",
        EventKind::Airstrike,
        Want::Location("syria"),
    ),
    (
        "a killing of 2011 told as context leaves the fighting undated by it",
        "وتخوض قوات الجيش قتالا ضد جماعات متشددة في بنغازي في إطار صراع تشهده ليبيا منذ الإطاحة بالقذافي وقتله في 2011.",
        "2015-07-11",
        EventKind::ArmedClash,
        Want::Undated,
    ),
    (
        "soldiers of the forces of a commander named with his rank are acted on",
        "قتل 9 جنود من قوات اللواء المتقاعد خليفة حفتر في هجوم مسلح على معسكر في سبها.",
        "2019-05-04",
        EventKind::Offensive,
        Want::Actor2("lna"),
    ),
    (
        "… and they did not act",
        "قتل 9 جنود من قوات اللواء المتقاعد خليفة حفتر في هجوم مسلح على معسكر في سبها.",
        "2019-05-04",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "aircraft before the imperfect strike the side after it",
        "طائرات حربية تقصف قوات فجر ليبيا جنوب طرابلس",
        "2014-09-15",
        EventKind::Airstrike,
        Want::Actor2("libya_dawn"),
    ),
    (
        "near miss: the aircraft of a side strike for it",
        "طائرات تابعة لقوات حفتر تقصف مطار معيتيقة.",
        "2014-09-15",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
];

#[test]
fn rec61_classes() {
    run(REC61);
}
