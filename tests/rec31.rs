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
];

#[test]
fn rec31_tolls_and_repelled() {
    run(REC31);
}
