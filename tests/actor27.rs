//! Records: victims counted before the event they died in (actor27, issue #10), one table per
//! class, with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ---------------------------------------------------------------- counted soldiers

/// Soldiers a number counts (`قتل ثلاثة جنود`, the broken plural as well as `جنديان`) were
/// acted on: the side attacked, not the attacker, whatever attack they died in. Soldiers no
/// number counts stay a side (`اشتبك جنود مع مسلحين`), and so do soldiers right after an
/// ambiguous `قتل` with the dead after them (`قتل جنود ثلاثة مسلحين`).
const COUNTED_SOLDIERS: &[Case] = &[
    (
        "three soldiers killed in an attack: the attacked",
        "قتل ثلاثة جنود أمس في هجوم على بوابة أمنية غرب سرت.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "three soldiers killed in an attack: no attacker named",
        "قتل ثلاثة جنود أمس في هجوم على بوابة أمنية غرب سرت.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "soldiers wounded by a mine",
        "أصيب أربعة جنود في انفجار لغم أرضي جنوب بنغازي أمس.",
        "2016-06-10",
        EventKind::Bombing,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a toll of soldiers alone",
        "قتل ثلاثة جنود أمس غرب سرت.",
        "2016-06-10",
        EventKind::Casualties,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "digits before the plural",
        "قتل 7 جنود في هجوم مسلح على معسكر قرب سبها أمس.",
        "2017-05-19",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "counter: soldiers uncounted fight",
        "اشتبك جنود مع مسلحين في بنغازي أمس.",
        "2016-06-10",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "counter: soldiers uncounted attack",
        "هاجم جنود مواقع للمسلحين في بنغازي أمس.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "counter: the named attacker stays",
        "قتل جندي من قوات الجيش الوطني الليبي في هجوم لتنظيم داعش على بوابة أمنية قرب أجدابيا.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor1("isis"),
    ),
];

#[test]
fn counted_soldiers_were_attacked() {
    run(COUNTED_SOLDIERS);
}

// ---------------------------------------------------------------- what befell them

/// People counted out of a group (`خمسة من عناصر الشرطة`) with the word of what befell them
/// right after the group (`حتفهم`, `مصرعهم`, `بجروح`) are victims, like those a killed cue
/// tells before them.
const BEFELL: &[Case] = &[
    (
        "policemen who met their death",
        "لقي خمسة من عناصر الشرطة حتفهم في هجوم مسلح على مركز أمني في طرابلس أمس.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "policemen who met their death: no attacker",
        "لقي خمسة من عناصر الشرطة حتفهم في هجوم مسلح على مركز أمني في طرابلس أمس.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "fighters of a named group killed by a strike",
        "لقي خمسة من عناصر تنظيم داعش حتفهم في غارة جوية على سرت أمس.",
        "2016-06-10",
        EventKind::Airstrike,
        Want::Actor2("isis"),
    ),
    (
        "counter: civilians stay victims, the shelling's side unnamed",
        "لقي ثلاثة من المدنيين حتفهم في قصف على حي الصابري في بنغازي أمس.",
        "2016-06-10",
        EventKind::Shelling,
        Want::Actor2("generic:civilians"),
    ),
    (
        "counter: the attackers named by شنه",
        "قتل شرطيان وأصيب ثلاثة آخرون في هجوم شنه مسلحون على نقطة تفتيش في بنغازي أمس.",
        "2016-06-10",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn what_befell_them_marks_victims() {
    run(BEFELL);
}

// ---------------------------------------------------------------- the group that held them

/// A named group right after the trigger of an abduction or an arrest, with people counted
/// right after it (`اختطاف تنظيم داعش 21 مواطنا مصريا`, `أربعة من مواطنيها`), is the one that
/// held them: the subject of the verb, or the genitive of the verbal noun. A group with no
/// count after it stays the one held.
const HELD_BY_GROUP: &[Case] = &[
    (
        "the genitive of the verbal noun abducted",
        "أعلنت مصر عن اختطاف تنظيم داعش 21 مواطنا مصريا في مدينة سرت.",
        "2015-02-16",
        EventKind::Abduction,
        Want::Actor1("isis"),
    ),
    (
        "the counted citizens were held",
        "أعلنت مصر عن اختطاف تنظيم داعش 21 مواطنا مصريا في مدينة سرت.",
        "2015-02-16",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "counted out of a state's citizens",
        "أعلنت الحكومة المؤقتة عن اختطاف تنظيم داعش أربعة من مواطنيها في سرت.",
        "2015-02-16",
        EventKind::Abduction,
        Want::Actor1("isis"),
    ),
    (
        "an arrest told by its verbal noun",
        "اعتقال قوة الردع خمسة أشخاص في طرابلس أمس.",
        "2017-02-16",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "counter: members of a group arrested",
        "اعتقلت قوات الأمن أعضاء في تنظيم داعش في طرابلس أمس.",
        "2017-02-16",
        EventKind::Arrest,
        Want::Actor2("isis"),
    ),
    (
        "counter: the verb's subject before",
        "اعتقلت قوة الردع أمس خمسة أشخاص في طرابلس.",
        "2017-02-16",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
];

#[test]
fn the_group_that_held_them() {
    run(HELD_BY_GROUP);
}

// ---------------------------------------------------------------- the article after ل

/// A definite generic actor written after `ل`, where the article loses its alif (`دورية
/// للشرطة`, `مركزا للشرطة`), is the same actor as `الشرطة`.
const LAM_ARTICLE: &[Case] = &[
    (
        "a police patrol attacked",
        "هاجم مسلحون دورية للشرطة في بنغازي.",
        "2014-07-15",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a police station attacked",
        "هاجم مسلحون مركزا للشرطة في بنغازي.",
        "2014-07-15",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "counter: the article written out",
        "هاجم مسلحون دورية الشرطة في بنغازي.",
        "2014-07-15",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "counter: the attackers stay gunmen",
        "هاجم مسلحون دورية للشرطة في بنغازي.",
        "2014-07-15",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn the_article_after_lam() {
    run(LAM_ARTICLE);
}

// ---------------------------------------------------------------- forces tied to a commander

/// Forces, aircraft or units tied to a commander by `التابعة`/`الموالية` written onto his
/// name (`القوات الموالية لحفتر`, `الطيران التابع لحفتر`) are the armed group the gazetteer
/// affiliates him with, as `قوات حفتر` already was. An armed group of his own (`مجموعة مسلحة
/// تابعة لمختار بلمختار`) is no such force: it stays the person.
const TIED_FORCES: &[Case] = &[
    (
        "the aviation tied to Haftar",
        "قصف الطيران التابع لحفتر مركز إيواء المهاجرين في تاجوراء.",
        "2019-07-03",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "forces loyal to Haftar",
        "قصفت القوات الموالية لحفتر أحياء جنوب طرابلس.",
        "2019-07-03",
        EventKind::Shelling,
        Want::Actor1("lna"),
    ),
    (
        "aircraft tied to Haftar, indefinite",
        "شنت طائرات تابعة لحفتر غارات على مطار معيتيقة.",
        "2019-07-03",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "counter: Haftar's forces, no tie",
        "قصف طيران حفتر مركز إيواء المهاجرين في تاجوراء.",
        "2019-07-03",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "counter: an armed group of a person's own",
        "هاجمت مجموعة مسلحة تابعة لمختار بلمختار منشأة الغاز في عين أميناس أمس.",
        "2013-01-17",
        EventKind::Offensive,
        Want::Actor1("mokhtar_belmokhtar"),
    ),
];

#[test]
fn forces_tied_to_a_commander() {
    run(TIED_FORCES);
}

// ---------------------------------------------------------------- who carried it out

/// `تنفيذ` with a name after it names who carried the attack out (`تنفيذ تنظيم داعش هجوما`);
/// militants called terrorists with no group (`شنه إرهابيون`) are an unidentified armed
/// group; unnamed armed men a toll counts were the target of a strike from the air or of
/// shelling (`قتل خمسة مسلحين في غارة جوية`), never its author.
const CARRIED_OUT: &[Case] = &[
    (
        "the genitive of تنفيذ",
        "أكدت مصادر أمنية تنفيذ تنظيم داعش هجوما مسلحا على بوابة عين كعام بمدخل مدينة زليتن فجر اليوم.",
        "2018-08-23",
        EventKind::Offensive,
        Want::Actor1("isis"),
    ),
    (
        "terrorists with no name",
        "قال عميد البلدية إن الهجوم شنه إرهابيون على نقطة تفتيش قرب زليتن اليوم.",
        "2018-08-23",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "gunmen killed by an air strike were struck",
        "قتل خمسة مسلحين في غارة جوية على درنة اليوم.",
        "2018-08-23",
        EventKind::Airstrike,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "gunmen killed by an air strike did not strike",
        "قتل خمسة مسلحين في غارة جوية على درنة اليوم.",
        "2018-08-23",
        EventKind::Airstrike,
        Want::Actor1("-"),
    ),
    (
        "counter: the claimant stays",
        "أعلن تنظيم داعش مسؤوليته عن تنفيذ الهجوم على بوابة كعام قرب زليتن اليوم.",
        "2018-08-23",
        EventKind::Offensive,
        Want::Actor1("isis"),
    ),
    (
        "counter: gunmen killed in a clash are a side",
        "قتل خمسة مسلحين في اشتباكات مع قوات الأمن في درنة اليوم.",
        "2018-08-23",
        EventKind::ArmedClash,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn who_carried_it_out() {
    run(CARRIED_OUT);
}

// ---------------------------------------------------------------- two groups, one verb

/// A dual and a group counted after `و` that share the verb of what befell them after both
/// (`لقي شرطيان وثلاثة مسلحين مصرعهم`, `عنصرين من قوات الأمن وثلاثة مسلحين لقوا مصرعهم`)
/// are both counted.
const SHARED_VERB: &[Case] = &[
    (
        "a dual and three, the verb after both",
        "لقي شرطيان وثلاثة مسلحين مصرعهم في اشتباكات في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "a dual out of a group and three",
        "أفاد مكتب المدعي العام العسكري بأن عنصرين من قوات الأمن وثلاثة مسلحين لقوا مصرعهم في اشتباكات وقعت بينهما بالعاصمة طرابلس مساء أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "counter: the cue before both, as before",
        "قتل جنديان وثلاثة مسلحين في اشتباكات بينهما في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "counter: a dual wounded, three killed in another clause",
        "أصيب شرطيان في اشتباكات في طرابلس أمس، وقتل ثلاثة مسلحين.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Injured(Some(2)),
    ),
];

#[test]
fn two_groups_share_one_verb() {
    run(SHARED_VERB);
}

// ---------------------------------------------------------------- a rank after ل

/// A rank written with `ل` (`الموالين للعقيد معمر القذافي`) stands before a name: it is no
/// generic state force of its own (the `ل` form of definite generic actors leaves ranks out).
const RANK_AFTER_LAM: &[Case] = &[(
    "soldiers loyal to a colonel by name",
    "هاجم الجنود الموالون للعقيد معمر القذافي مدينة مصراتة من ثلاثة محاور.",
    "2011-06-09",
    EventKind::Offensive,
    Want::Actor1("gaddafi_loyalists"),
)];

#[test]
fn a_rank_after_lam_is_no_actor() {
    run(RANK_AFTER_LAM);
}

// ---------------------------------------------------------------- the object after a comma

/// The object of an arrest or an abduction told after the comma that closes a long subject,
/// opened by a count or `عددا` (`اعتقلت الأجهزة الأمنية التابعة لحكومة الوحدة الوطنية، عددا من
/// المتظاهرين`), is the one held. A relative clause after the comma is no object.
const OBJECT_AFTER_COMMA: &[Case] = &[
    (
        "protesters after the comma",
        "ومساء الجمعة الماضي، اعتقلت الأجهزة الأمنية التابعة لحكومة الوحدة الوطنية، عددا من المتظاهرين في طرابلس.",
        "2026-03-03",
        EventKind::Arrest,
        Want::Actor2("generic:protesters"),
    ),
    (
        "people counted after the comma",
        "اعتقلت الأجهزة الأمنية التابعة لحكومة الوحدة الوطنية، خمسة أشخاص في طرابلس أمس.",
        "2026-03-03",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the subject stays",
        "ومساء الجمعة الماضي، اعتقلت الأجهزة الأمنية التابعة لحكومة الوحدة الوطنية، عددا من المتظاهرين في طرابلس.",
        "2026-03-03",
        EventKind::Arrest,
        Want::Actor1("gnu"),
    ),
    (
        "counter: a relative clause after the comma",
        "اعتقلت قوة الردع، التي يقودها عبد الرؤوف كارة، عددا من المتظاهرين في طرابلس أمس.",
        "2026-03-03",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
];

#[test]
fn the_object_after_a_comma() {
    run(OBJECT_AFTER_COMMA);
}

// ---------------------------------------------------------------- a toll that counts both sides

/// A toll before a clash that counts two groups, the second after `و` and its number (`قتل
/// جنديان وثلاثة مسلحين في اشتباكات`), counts the clash's two sides (they were coded as one
/// unnamed side, then militias on both sides). Soldiers or police with the word of what befell
/// them after them (`لقي شرطيان مصرعهما`) are counted victims, so a side, as after `قتل`.
const BOTH_SIDES_COUNTED: &[Case] = &[
    (
        "soldiers and gunmen killed in clashes: the soldiers",
        "قتل جنديان وثلاثة مسلحين في اشتباكات في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "soldiers and gunmen killed in clashes: the gunmen",
        "قتل جنديان وثلاثة مسلحين في اشتباكات في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "security forces counted out of their force, then gunmen",
        "أفاد مكتب المدعي العام العسكري بأن عنصرين من قوات الأمن وثلاثة مسلحين لقوا مصرعهم في اشتباكات وقعت بينهما بالعاصمة طرابلس مساء أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "a dual of police and gunmen sharing لقي … مصرعهم",
        "لقي شرطيان وثلاثة مسلحين مصرعهم في اشتباكات في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "police who met their death in clashes with gunmen",
        "لقي شرطيان مصرعهما في اشتباكات مع مسلحين في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "counter: the sides named after the clash word",
        "قتل جندي في اشتباكات بين قوات الأمن ومسلحين في طرابلس أمس.",
        "2025-09-11",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
];

#[test]
fn a_toll_that_counts_both_sides() {
    run(BOTH_SIDES_COUNTED);
}
