//! Records (roles19, issue #10): actor classes of the records study halves that recur in
//! other news, one table per class, each positive next to a counter-example that must stay as
//! it is. The classes: an operation a side announces through its spokesman (a capture, an
//! advance, an air strike told as a verbal noun after `أعلن`) coded to the spokesman or to
//! no one instead of the side he speaks for, and the spokesman named with his rank taken for
//! an actor; unnamed armed groups that fight each other coded as an unidentified armed group
//! instead of militias.
//!
//! Every text here was written for this file in the style of the news, and labelled with what
//! an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const SPOKESMAN_RANK_CAPTURE: &str = "أعلن المتحدث باسم الجيش الوطني الليبي العميد أحمد المسماري، مساء الأحد، عن تحرير منطقة الصابري في بنغازي.";
const SPOKESMAN_ENTRY: &str = "أعلن الناطق باسم قوات حكومة الوفاق، صباح اليوم، دخول مدينة صبراتة.";
const FORCE_ANNOUNCES_STRIKES: &str = "أعلنت قوات حكومة الوفاق عن شن غارات جوية على قاعدة الوطية.";
const RANKED_SAYER_PRONOUN: &str =
    "قال الناطق باسم الجيش الليبي اللواء أحمد المسماري إن قوات الجيش سيطرت على حي الصابري اليوم.";
const MINISTRY_ANNOUNCES: &str = "أعلنت وزارة الصحة عن قصف مستشفى الخضراء في طرابلس.";
const ANNOUNCED_OTHER_SIDE: &str =
    "أعلن المتحدث باسم الجيش الليبي عن سيطرة تنظيم داعش على بلدة النوفلية.";

/// An operation a side announces as its own news (through its spokesman, his rank and name
/// between) was its own; a ministry of no forces, or an announcement that names who carried it
/// out, gives the announcer nothing.
const ANNOUNCED_OPERATION: &[Case] = &[
    (
        "a capture announced by the army's spokesman, his rank before his name: the army",
        SPOKESMAN_RANK_CAPTURE,
        "2017-07-02",
        EventKind::TerritoryControl,
        Want::Actor1("lna"),
    ),
    (
        "an entry into a town announced by the spokesman of a government's forces",
        SPOKESMAN_ENTRY,
        "2020-04-13",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
    (
        "air strikes the forces announce with `عن شن`: theirs",
        FORCE_ANNOUNCES_STRIKES,
        "2020-05-10",
        EventKind::Airstrike,
        Want::Actor1("gna"),
    ),
    (
        "a ranked spokesman is no actor: the army his pronoun stands for took the district",
        RANKED_SAYER_PRONOUN,
        "2017-07-02",
        EventKind::TerritoryControl,
        Want::Actor1("lna"),
    ),
    (
        "counter-example: a ministry of health announcing a shelling did not shell",
        MINISTRY_ANNOUNCES,
        "2020-05-10",
        EventKind::Shelling,
        Want::Actor1("-"),
    ),
    (
        "counter-example: the announced capture names another side: not the announcer's",
        ANNOUNCED_OTHER_SIDE,
        "2016-03-01",
        EventKind::TerritoryControl,
        Want::Actor1("-"),
    ),
];

const GROUPS_CLASH: &str = "دارت مساء اليوم اشتباكات بين مجموعات مسلحة قرب منطقة جنزور غرب طرابلس.";
const TWO_GROUPS_CLASH: &str = "اشتبكت مجموعتان مسلحتان في مدينة الزاوية صباح اليوم.";
const FORCES_AND_GUNMEN: &str =
    "اندلعت اشتباكات بين قوات الأمن ومسلحين مجهولين في مدينة سبها اليوم.";
const GUNMEN_ATTACK: &str = "هاجم مسلحون مجهولون بوابة أمنية في مدينة درنة اليوم.";
const GUNMEN_SHOTS: &str = "أطلق مسلحون مجهولون النار على دورية للشرطة في مدينة درنة اليوم.";

/// Unnamed armed groups that fight each other are militias; unnamed gunmen who attack, or
/// who fight a named or state side, stay an unidentified armed group.
const RIVAL_GROUPS: &[Case] = &[
    (
        "clashes between armed groups: militias",
        GROUPS_CLASH,
        "2022-05-15",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "two armed groups clashed (dual): the first side a militia",
        TWO_GROUPS_CLASH,
        "2024-05-18",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "two armed groups clashed (dual): the second side a militia",
        TWO_GROUPS_CLASH,
        "2024-05-18",
        EventKind::ArmedClash,
        Want::Actor2("generic:militia"),
    ),
    (
        "counter-example: gunmen fighting the security forces stay unidentified",
        FORCES_AND_GUNMEN,
        "2014-02-01",
        EventKind::ArmedClash,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "counter-example: unknown gunmen who attack a gate stay unidentified",
        GUNMEN_ATTACK,
        "2014-02-01",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter-example: unknown gunmen firing on a patrol stay unidentified",
        GUNMEN_SHOTS,
        "2014-02-01",
        EventKind::ArmedClash,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn announced_operation() {
    run(ANNOUNCED_OPERATION);
}

#[test]
fn rival_groups() {
    run(RIVAL_GROUPS);
}
