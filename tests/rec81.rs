//! rec81 (issue 10, records), from the fifty-third session, round 80 (scored unseen, then
//! studied). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC81: &[Case] = &[
    (
        "one of them right after the cue is one killed",
        "وأطلق مسلحون النار على شقيقين في سوق المدينة أمس، مما أدى إلى مقتل أحدهما.",
        "2016-03-02",
        EventKind::ViolenceAgainstCivilians,
        Want::Fatalities(Some(1)),
    ),
    (
        "near miss: one of them after a figure picks one out of it",
        "قتل شخصان على الأقل أحدهما مدني في هجوم انتحاري على حاجز للجيش أمس.",
        "2018-05-09",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "an attack told two sentences later on the bombing's day is the bombing",
        "انفجرت سيارة ملغومة أمس الأربعاء في بنغازي وأسفرت عن مقتل ضابط.\nوتشهد المدينة توترا أمنيا منذ أشهر.\nوأسفر هجوم أمس عن مقتل الضابط لدى عودته إلى منزله.",
        "2013-01-17",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "near miss: another attack is another record",
        "انفجرت سيارة ملغومة أمس الأربعاء في بنغازي وأسفرت عن مقتل ضابط.\nوتشهد المدينة توترا أمنيا منذ أشهر.\nوأسفر هجوم آخر أمس عن مقتل جنديين في المدينة.",
        "2013-01-17",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "what a bombardment reached is its target",
        "وسقط قتلى بعد قصف طال متظاهرين في ساحة الكيش.",
        "2015-10-25",
        EventKind::Shelling,
        Want::Actor2("generic:protesters"),
    ),
    (
        "a storming placed in the town and the abduction in its district are one abduction",
        "اقتحم مسلحون مجهولون مقر القناة بمنطقة قرجي وسط طرابلس أمس، واختطفوا رئيسها.\nوقال صحفي إن المسلحين اقتحموا مبنى القناة وقاموا بضرب الموظفين.",
        "2013-03-07",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "the abduction stays the record",
        "اقتحم مسلحون مجهولون مقر القناة بمنطقة قرجي وسط طرابلس أمس، واختطفوا رئيسها.\nوقال صحفي إن المسلحين اقتحموا مبنى القناة وقاموا بضرب الموظفين.",
        "2013-03-07",
        EventKind::Abduction,
        Want::Count(1),
    ),
    (
        "a state's soldiers counted in the accusative, placed nowhere listed, fight at home",
        "قتل 14 عسكريا تونسيا في مواجهة مع مسلحين مساء الأربعاء في جبل وعر غربي البلاد.",
        "2014-07-17",
        EventKind::ArmedClash,
        Want::Location("tunisia"),
    ),
    (
        "a state's defence ministry tells of its forces at home",
        "اندلعت مواجهات مساء الأربعاء بين الجيش ومسلحين في جبل وعر غربي البلاد، بحسب وزارة الدفاع التونسية.",
        "2014-07-17",
        EventKind::ArmedClash,
        Want::Location("tunisia"),
    ),
    (
        "near miss: a place the gazetteer lists stays the place",
        "قتل 14 عسكريا تونسيا في مواجهة مع مسلحين مساء الأربعاء قرب بن قردان.",
        "2014-07-17",
        EventKind::ArmedClash,
        Want::Location("ben_guerdane"),
    ),
    (
        "a country across a border is no place of the event",
        "واشتبكت قوات الأمن السعودية مع مسلحين عند منفذ الوديعة الحدودي مع اليمن أمس.",
        "2014-07-05",
        EventKind::ArmedClash,
        Want::Location("saudi_arabia"),
    ),
    (
        "support by a group with ب makes it an ally, the subject acts",
        "شنت القوة الثالثة مدعومة بسرايا الدفاع عن بنغازي هجوما على قاعدة براك الشاطئ أمس.",
        "2017-05-19",
        EventKind::Offensive,
        Want::Actor1("third_force"),
    ),
    (
        "driving back the attackers is no capture",
        "وتمكن اللواء 12 من صد هجوم مباغت على القاعدة أمس، ودحر القوة المهاجمة.",
        "2017-05-19",
        EventKind::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "a storming told by its verbal noun, dated the day before, is the abduction's",
        "أعلنت الحكومة سحب بعثتها من ليبيا، عقب اقتحام مسلحين لمقر السفارة في طرابلس وخطف دبلوماسي.\nوقال مسؤول إن عملية الاقتحام تمت أمس الجمعة.",
        "2015-06-13",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "a facility named by a back-reference, at its town's point near the place told first, is the same strike",
        "قتل 5 أشخاص خلال قصف جوي على مستشفى ميداني جنوبي العاصمة طرابلس.\nوأوضح المتحدث أن القصف الجوي استهدف مستشفى السواني الميداني.",
        "2019-07-28",
        EventKind::Airstrike,
        Want::Count(1),
    ),
];

#[test]
fn rec81() {
    run(REC81);
}
