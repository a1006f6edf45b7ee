//! rec31 (issue 10, records), from the twenty-eighth session: a toll told by a verb of
//! causing after its violent noun (`اشتباكات أودت بحياة 20`) is that event's, not the day's
//! news told before it in the sentence; the forces of one who says they repelled an attack
//! (`قال القائد إن قواته صدت هجوما`) were attacked (actor2), they did not attack. Sentences
//! written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC31: &[Case] = &[
    (
        "today's toll stays with today's strike",
        "قتل أربعة مدنيين اليوم في قصف على حي الهواري في بنغازي، التي شهدت العام الماضي معارك أودت بحياة 300 شخص.",
        "2016-03-10",
        EventKind::Shelling,
        Want::Fatalities(Some(4)),
    ),
    (
        "near miss: a toll of the strike told after it by a verb of causing",
        "سقطت قذائف على حي الهواري في بنغازي اليوم أودت بحياة أربعة مدنيين.",
        "2016-03-10",
        EventKind::Shelling,
        Want::Fatalities(Some(4)),
    ),
    (
        "the forces of a commander who repelled an attack were attacked",
        "قال آمر المنطقة العسكرية الغربية إن قواته صدت هجوما على مدينة العزيزية فجر اليوم.",
        "2019-04-20",
        EventKind::Offensive,
        Want::Actor2("western_military_zone"),
    ),
    (
        "near miss: a commander whose forces attacked",
        "قال آمر المنطقة العسكرية الغربية إن قواته شنت هجوما على مدينة العزيزية فجر اليوم.",
        "2019-04-20",
        EventKind::Offensive,
        Want::Actor1("western_military_zone"),
    ),
    (
        "a town abroad the gazetteer lacks falls back to its country by its nisba",
        "قتل ستة مدنيين في غارة جوية على بلدة معرة النعمان السورية فجر اليوم.",
        "2019-08-10",
        EventKind::Airstrike,
        Want::Location("syria"),
    ),
    (
        "the capital told by its nisba",
        "تظاهر آلاف الطلاب في العاصمة السودانية للمطالبة بإسقاط الحكومة.",
        "2019-08-10",
        EventKind::Protest,
        Want::Location("sudan"),
    ),
    (
        "near miss: a nisba of a body places nothing",
        "أعلنت السلطات المصرية مقتل ثلاثة مسلحين في اشتباك مع الشرطة.",
        "2019-08-10",
        EventKind::ArmedClash,
        Want::Location("-"),
    ),
    (
        "the army's forces unnamed are state forces",
        "اندلعت اشتباكات عنيفة بين قوات الجيش وعناصر تنظيم أنصار الشريعة في منطقة الصابري ببنغازي.",
        "2015-02-11",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "strikes in ل of an air force, subject of the verb of targeting",
        "استهدفت غارات للطيران الإماراتي مواقع قرب مدينة غريان فجر اليوم.",
        "2019-06-27",
        EventKind::Airstrike,
        Want::Actor1("uae_armed_forces"),
    ),
    (
        "shelling in ل of a commander's forces, subject of the verb of targeting",
        "استهدف قصف لقوات حفتر أحياء سكنية في جنوب طرابلس.",
        "2019-06-27",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "near miss: the forces a verb of targeting has as its object",
        "استهدفت طائرة مسيرة قوات حفتر قرب مدينة غريان.",
        "2019-06-27",
        EventKind::Airstrike,
        Want::Actor2("lna"),
    ),
    (
        "a drone's object after it is the target",
        "استهدفت طائرة مسيرة قوات حفتر قرب مدينة غريان.",
        "2019-06-27",
        EventKind::Airstrike,
        Want::Actor1("-"),
    ),
    (
        "a side in ل after the verb's object noun is that noun's genitive, no subject",
        "قصفت طائرة مسيرة تجمعات لقوات حفتر جنوب طرابلس.",
        "2019-06-27",
        EventKind::Airstrike,
        Want::Actor2("lna"),
    ),
    (
        "near miss: a drone tied to its side keeps the side as the one that struck",
        "استهدفت طائرة مسيرة تابعة لحكومة الوفاق قوات حفتر قرب غريان.",
        "2019-06-27",
        EventKind::Airstrike,
        Want::Actor1("gna"),
    ),
    (
        "a commander's forces that withdrew gave the ground up",
        "وأعلن آمر المنطقة العسكرية الغربية انسحاب قواته من المعسكر بشكل تكتيكي.",
        "2019-06-27",
        EventKind::TerritoryControl,
        Want::Actor2("western_military_zone"),
    ),
    (
        "two groups named by a pronoun of apposition",
        "اندلعت اشتباكات في طرابلس بين مجموعتين مسلحتين هما قوة الردع واللواء 444 قتال.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "near miss: unnamed groups stay militias",
        "اندلعت اشتباكات في طرابلس بين مجموعتين مسلحتين.",
        "2023-08-15",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "a verb of killing with one person after it reads as passive",
        "قتلت المحامية الليبية سلوى بوقعيقيص داخل منزلها في بنغازي.",
        "2014-06-26",
        EventKind::Assassination,
        Want::Actor2("salwa_bugaighis"),
    ),
    (
        "near miss: the killer named before stays actor1",
        "قال شهود إن مسلحين قتلوا الناشطة الحقوقية سلوى بوقعيقيص في منزلها ببنغازي.",
        "2014-06-26",
        EventKind::Assassination,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "a running total told before its noun",
        "ارتفع إلى 27 عدد قتلى المواجهات المسلحة في مدينة سبها خلال أسبوعين.",
        "2018-05-13",
        EventKind::ArmedClash,
        Want::Fatalities(Some(27)),
    ),
    (
        "near miss: the wounded's count after and begins another figure",
        "قتل 12 شخصا في اشتباكات في سبها، وارتفع عدد القتلى إلى 20 وعدد الجرحى إلى نحو 60.",
        "2018-05-13",
        EventKind::ArmedClash,
        Want::Fatalities(Some(20)),
    ),
];

#[test]
fn rec31_tolls_and_repelled() {
    run(REC31);
}
