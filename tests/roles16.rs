//! Records: actor1 and actor2 as an event coder codes them (issue 10), round 16: one table per
//! class, with near misses that must keep their reading.
//!
//! Every sentence here was written for this file in the style of the news, and labelled with
//! what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------ an outlet that relays a statement has no forces

/// `ذكرت القوات في بيان تسلمت وكالة X نسخة منه أن قواتنا …`: the agency that received the
/// statement reports it; the own forces are those of the side that issued it.
const OUTLET_NO_FORCES: &[Case] = &[
    (
        "the statement's issuer, not the agency, owns the forces",
        "سيطرت قوات حكومة الوفاق على حي الجيزة في سرت. وذكرت القوات الحكومية في بيان تسلمت وكالة رويترز نسخة منه أن قواتنا تتقدم نحو وسط المدينة.",
        "2016-09-20",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
    (
        "an agency that published the statement is no actor either",
        "وقالت القوات في بيان نشرته وكالة الأناضول إن وحداتها سيطرت على منطقة الظهرة.",
        "2019-06-02",
        EventKind::TerritoryControl,
        Want::Actor1("-"),
    ),
    (
        "near miss: a named side that says so still owns its units",
        "وقالت قوات الوفاق في بيان أرسلته إلى وكالة فرانس برس إن وحداتها سيطرت على منطقة الظهرة.",
        "2019-06-02",
        EventKind::TerritoryControl,
        Want::Actor1("gna"),
    ),
];

#[test]
fn outlet_no_forces() {
    run(OUTLET_NO_FORCES);
}

// ----------------------------------------------------- foreign nationals counted are civilians

/// `لقي ثلاثة تشاديين مصرعهم`, `أعدم مسلحون 12 نيجيريا`: foreign nationals a toll counts, with
/// no group, are civilians; a subset of persons is not.
const NATIONALS: &[Case] = &[
    (
        "nationals counted, no candidate in the sentence",
        "لقي ثلاثة تشاديين مصرعهم برصاص في مرزق.",
        "2020-05-10",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "an execution of nationals by gunmen",
        "أعدم مسلحون 12 نيجيريا ذبحا في سرت.",
        "2020-05-10",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the number after the nationals",
        "لقي مصريين اثنين مصرعهما بالرصاص في بنغازي أمس.",
        "2014-04-01",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        // (No nationality makes no state the side acted on: since the fifty-fourth session an
        // attack on civilians with no one else named concerns civilians.)
        "near miss: persons with no nationality, no candidate: civilians, no state",
        "لقي خمسة أشخاص مصرعهم برصاص في مرزق.",
        "2020-05-10",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "near miss: the nationals are a subset of the persons: civilians, not Chad",
        "لقي خمسة أشخاص بينهم ثلاثة تشاديين مصرعهم برصاص في مرزق.",
        "2020-05-10",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
];

#[test]
fn nationals() {
    run(NATIONALS);
}

// ------------------------------------------------ foreign forces named by a country's adjective

/// `طائرات حربية تركية`, `طائرات مسيرة إماراتية`: foreign forces named by their country's
/// adjective act for that country (ACLED's military forces of the country).
const COUNTRY_FORCES: &[Case] = &[
    (
        "Turkish warplanes",
        "قصفت طائرات حربية تركية مواقع لقوات حفتر قرب ترهونة.",
        "2020-05-10",
        EventKind::Airstrike,
        Want::Actor1("turkey"),
    ),
    (
        "Emirati drones",
        "قصفت طائرات مسيرة إماراتية مواقع لقوات الوفاق قرب غريان.",
        "2019-07-10",
        EventKind::Airstrike,
        Want::Actor1("united_arab_emirates"),
    ),
    (
        "the target stays the side whose positions were struck",
        "قصفت طائرات حربية تركية مواقع لقوات حفتر قرب ترهونة.",
        "2020-05-10",
        EventKind::Airstrike,
        Want::Actor2("lna"),
    ),
    (
        "near miss: unknown aircraft stay unidentified",
        "قصفت طائرات مجهولة مواقع لقوات الوفاق قرب غريان.",
        "2019-07-10",
        EventKind::Airstrike,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn country_forces() {
    run(COUNTRY_FORCES);
}

// --------------------------------------------------- the body whose building was stormed

/// `اقتحم … مبنى X`, `مقر X`: the body whose building or seat was stormed was acted on; it is
/// never the subject of the verb, even when the storming crowd is no known actor.
const BUILDING: &[Case] = &[
    (
        "a crowd storms the congress building",
        "اقتحم شبان غاضبون مبنى المؤتمر الوطني العام في طرابلس.",
        "2013-08-13",
        EventKind::Protest,
        Want::Actor2("general_national_congress"),
    ),
    (
        "the crowd is the protest's actor",
        "اقتحم شبان غاضبون مبنى المؤتمر الوطني العام في طرابلس.",
        "2013-08-13",
        EventKind::Protest,
        Want::Actor1("generic:protesters"),
    ),
    (
        "gunmen storm a seat",
        "اقتحم مسلحون مقر المؤتمر الوطني العام في طرابلس.",
        "2013-08-13",
        EventKind::Offensive,
        Want::Actor2("general_national_congress"),
    ),
    (
        "near miss: the gunmen stay actor1",
        "اقتحم مسلحون مقر المؤتمر الوطني العام في طرابلس.",
        "2013-08-13",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn building() {
    run(BUILDING);
}

// ------------------------------------------------------- ranks and their adjectives before a name

/// `قصف لميليشيات الجنرال الانقلابي خليفة حفتر`, `لقوات اللواء المتقاعد حفتر`: the forces word and
/// the commander's ranks (with an adjective of the rank) stand between an attack noun and its
/// genitive: the commander's armed group attacked, and the civilians a toll counts were hit.
const RANKS: &[Case] = &[
    (
        "a rank and its adjective",
        "قتل ثلاثة مدنيين في قصف لميليشيات الجنرال الانقلابي خليفة حفتر على حي سكني بطرابلس.",
        "2020-05-31",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "a rank and its adjective: the toll's civilians were hit",
        "قتل ثلاثة مدنيين في قصف لميليشيات الجنرال الانقلابي خليفة حفتر على حي سكني بطرابلس.",
        "2020-05-31",
        EventKind::Shelling,
        Want::Actor2("generic:civilians"),
    ),
    (
        "two rank words",
        "قتل ثلاثة مدنيين في قصف لقوات اللواء المتقاعد خليفة حفتر على حي سكني بطرابلس.",
        "2020-05-31",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "near miss: unnamed gunmen stay unidentified",
        "قتل ثلاثة مدنيين في قصف للمسلحين على حي سكني بطرابلس.",
        "2020-05-31",
        EventKind::Shelling,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn ranks() {
    run(RANKS);
}

// ------------------------------------------------------------- a retreat loses the ground

/// `تقدم X … مع تراجع مسلحين من Y`: the side that retreats lost the ground to the side that
/// advanced.
const RETREAT: &[Case] = &[
    (
        "gunmen of a named group retreat",
        "تقدم الجيش الليبي في محور الصابري مع تراجع مسلحين من تنظيم داعش.",
        "2017-01-24",
        EventKind::TerritoryControl,
        Want::Actor2("isis"),
    ),
    (
        "the advancing side took the ground",
        "تقدم الجيش الليبي في محور الصابري مع تراجع مسلحين من تنظيم داعش.",
        "2017-01-24",
        EventKind::TerritoryControl,
        Want::Actor1("lna"),
    ),
    (
        "forces of a commander retreat",
        "تقدمت قوات الوفاق في محور اليرموك مع تراجع مسلحين من قوات حفتر.",
        "2019-12-10",
        EventKind::TerritoryControl,
        Want::Actor2("lna"),
    ),
];

#[test]
fn retreat() {
    run(RETREAT);
}

// --------------------------------------------------- the sides of a clash told later in its sentence

/// `تواصلت الاشتباكات …، وأوضح المصدر أن الاشتباكات بين X وY`: a clash whose own clause names no
/// side takes the two sides of a later `بين` of its sentence; not over another event.
const LATER_SIDES: &[Case] = &[
    (
        "the sides after a second mention of the clash",
        "وتواصلت الاشتباكات في طرابلس أمس، وأوضح المصدر أن الاشتباكات بين قوة الردع وكتيبة ثوار طرابلس.",
        "2018-01-16",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "the second side",
        "وتواصلت الاشتباكات في طرابلس أمس، وأوضح المصدر أن الاشتباكات بين قوة الردع وكتيبة ثوار طرابلس.",
        "2018-01-16",
        EventKind::ArmedClash,
        Want::Actor2("tripoli_revolutionaries_brigade"),
    ),
    (
        "near miss: another event stands between",
        "وتواصلت الاشتباكات في طرابلس أمس، وأوضح المصدر أن قصفا استهدف مواقع بين قوة الردع وكتيبة ثوار طرابلس.",
        "2018-01-16",
        EventKind::ArmedClash,
        // Rival unnamed armed groups of a clash are militias (roles19).
        Want::Actor1("generic:militia"),
    ),
];

#[test]
fn later_sides() {
    run(LATER_SIDES);
}
