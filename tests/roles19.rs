//! Records (roles19, issue #10): actor classes of the records study halves that recur in
//! other news, one table per class, each positive next to a counter-example that must stay as
//! it is. The class: an operation a side announces through its spokesman (a capture, an
//! advance, an air strike told as a verbal noun after `أعلن`) coded to the spokesman or to
//! no one instead of the side he speaks for, and the spokesman named with his rank taken for
//! an actor.
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
        // rec25: no side named, so an unidentified armed group (ACLED), not the one this guards against.
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "counter-example: the announced capture names another side: not the announcer's",
        ANNOUNCED_OTHER_SIDE,
        "2016-03-01",
        EventKind::TerritoryControl,
        Want::Actor1("-"),
    ),
];

#[test]
fn announced_operation() {
    run(ANNOUNCED_OPERATION);
}
