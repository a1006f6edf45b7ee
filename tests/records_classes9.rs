//! Records: classes of errors seen on real news (round 9), one table per class, with
//! counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ---------------------------------------------------------------- dates

/// A time expression belongs to the event it is told with: outside a trigger's clause, one
/// told after another event (of another kind) dates that event; one in the clause of a
/// background event dates it; one right before `بعد` + the trigger dates what followed.
const DATE_OWNER: &[Case] = &[
    (
        "a time told after the agreement a clash was based on dates the agreement",
        "وقال مصدر أمني إن الاشتباكات اندلعت أثناء تسلم قوة حكومية مقر الكتيبة في غريان، بناء على اتفاق أبرمه المجلس البلدي مع الحكومة، يوم الأحد.",
        "2023-05-10",
        EventKind::ArmedClash,
        Want::Date("2023-05-10", "2023-05-10"),
    ),
    (
        "the agreement keeps its own day",
        "وقال مصدر أمني إن الاشتباكات اندلعت أثناء تسلم قوة حكومية مقر الكتيبة في غريان، بناء على اتفاق أبرمه المجلس البلدي مع الحكومة، يوم الأحد.",
        "2023-05-10",
        EventKind::Agreement,
        Want::Date("2023-05-07", "2023-05-07"),
    ),
    (
        "counter: a weapon of the same kind between does not take the time",
        "قصفت القوات مواقع المسلحين جنوب سرت بالصواريخ يوم الأحد.",
        "2023-05-10",
        EventKind::Shelling,
        Want::Date("2023-05-07", "2023-05-07"),
    ),
    (
        "counter: a time told right after the trigger is its own",
        "اندلعت اشتباكات بين مجموعتين مسلحتين في الزاوية، يوم الأحد.",
        "2023-05-10",
        EventKind::ArmedClash,
        Want::Date("2023-05-07", "2023-05-07"),
    ),
    (
        "a time right before بعد and the clash dates the calm that followed",
        "عاد الهدوء إلى مدينة الزاوية مساء الثلاثاء بعد اشتباكات مسلحة اندلعت بين مجموعتين مسلحتين يوم الإثنين.",
        "2024-03-13",
        EventKind::ArmedClash,
        Want::Date("2024-03-11", "2024-03-11"),
    ),
    (
        "counter: a capture told with the withdrawal after بعد keeps its day",
        "سيطرت قوات الجيش على مطار المدينة أمس بعد انسحاب المسلحين منه.",
        "2024-03-13",
        EventKind::TerritoryControl,
        Want::Date("2024-03-12", "2024-03-12"),
    ),
    (
        "the relative clause of the clash tells its days, not the day of the announcement",
        "أعلنت وزارة الصحة، اليوم الأحد، مقتل 12 شخصا جراء الاشتباكات التي اندلعت في طرابلس يومي الجمعة والسبت بين مجموعتين مسلحتين.",
        "2022-08-28",
        EventKind::ArmedClash,
        Want::Date("2022-08-26", "2022-08-27"),
    ),
    (
        "the night from one day to the next",
        "ارتفعت حصيلة الاشتباكات التي اندلعت ليل الإثنين الثلاثاء في طرابلس إلى 20 قتيلا.",
        "2023-08-16",
        EventKind::ArmedClash,
        Want::Date("2023-08-14", "2023-08-15"),
    ),
    (
        "counter: one weekday stays one day",
        "اندلعت اشتباكات يوم الجمعة في طرابلس بين مجموعتين مسلحتين.",
        "2022-08-28",
        EventKind::ArmedClash,
        Want::Date("2022-08-26", "2022-08-26"),
    ),
    (
        "the weekday named with this morning is the day the text was written on",
        "قال المسؤول إن مواجهات عنيفة اندلعت هذا الصباح (السبت) بين مجموعتين مسلحتين في سبها.",
        "2014-01-12",
        EventKind::ArmedClash,
        Want::Date("2014-01-11", "2014-01-11"),
    ),
    (
        "counter: today with the publication's own weekday",
        "اندلعت اشتباكات اليوم الأحد بين مجموعتين مسلحتين في سبها.",
        "2014-01-12",
        EventKind::ArmedClash,
        Want::Date("2014-01-12", "2014-01-12"),
    ),
];

#[test]
fn date_owner_table() {
    run(DATE_OWNER);
}

// ---------------------------------------------------------------- sides

/// The two sides of a clash told in a `بين` clause of their own, after the clash's clause and
/// asides of time and place; residents fighting an armed side are the side acted on.
const SIDES_AFTER: &[Case] = &[
    (
        "the sides after a time and a place aside",
        "اندلعت، مساء أمس، اشتباكات عنيفة في مدينة الزاوية، بين كتيبة ثوار طرابلس وقوة الردع الخاصة.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "the second side after a time and a place aside",
        "اندلعت، مساء أمس، اشتباكات عنيفة في مدينة الزاوية، بين كتيبة ثوار طرابلس وقوة الردع الخاصة.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "the sides after a verb, a time aside and a place",
        "اندلعت اشتباكات بالأسلحة الخفيفة، فجر اليوم، في منطقة الحميدية بمدينة تاجوراء، بين اللواء 444 قتال وكتيبة رحبة الدروع.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor2("rahbat_al_duroua"),
    ),
    (
        "counter: the sides inside the clause stay",
        "اندلعت اشتباكات بين قوة الردع الخاصة وكتيبة ثوار طرابلس في طرابلس، مساء أمس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("rada"),
    ),
    (
        "residents and an armed formation: the armed side acted",
        "اندلعت اشتباكات مسلحة، مساء اليوم، في مدينة الزاوية، بين سكان من الحي وتشكيل مسلح يتمركز قرب السوق.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "residents and an armed formation: the residents were acted on",
        "اندلعت اشتباكات مسلحة، مساء اليوم، في مدينة الزاوية، بين سكان من الحي وتشكيل مسلح يتمركز قرب السوق.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor2("generic:civilians"),
    ),
    (
        "counter: two armed sides keep their order",
        "اندلعت اشتباكات بين مجموعة مسلحة وقوة الردع الخاصة في طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn sides_after_table() {
    run(SIDES_AFTER);
}

/// `بين X وY من جهة، وZ من جهة أخرى`: a side that names unnamed forces and a group is coded by
/// the group.
const NAMED_SIDE: &[Case] = &[
    (
        "unnamed forces beside a named brigade: the brigade codes the side",
        "تجددت الاشتباكات بين قوات الأمن وكتيبة ثوار طرابلس من جهة، وقوة الردع الخاصة من جهة أخرى، في وسط طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "the other side stays",
        "تجددت الاشتباكات بين قوات الأمن وكتيبة ثوار طرابلس من جهة، وقوة الردع الخاصة من جهة أخرى، في وسط طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor2("rada"),
    ),
    (
        "counter: a named group first stays first",
        "تجددت الاشتباكات بين كتيبة ثوار طرابلس وقوات الأمن من جهة، وقوة الردع الخاصة من جهة أخرى، في وسط طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "counter: a side of unnamed forces only stays unnamed",
        "تجددت الاشتباكات بين قوات الأمن من جهة، وقوة الردع الخاصة من جهة أخرى، في وسط طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
];

#[test]
fn named_side_table() {
    run(NAMED_SIDE);
}

// ---------------------------------------------------------------- places

/// The place a distance is measured from is no place of the event; the town people come from
/// (`أهالي X`, `أعيان X`) is not where it happened unless no other place is told; a
/// back-reference with no place of its own belongs to the event of its sentence.
const PLACES: &[Case] = &[
    (
        "the point a distance is measured from is not the place",
        "وقال أحد سكان البلدة الواقعة على بعد 145 كيلومترا جنوب غربي العاصمة طرابلس إن اشتباكات عنيفة اندلعت فيها.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Location("-"),
    ),
    (
        "the place of the event before a distance aside stays",
        "قصفت طائرة مسيرة مواقع في مدينة غريان، 80 كلم جنوب العاصمة طرابلس، فجر اليوم.",
        "2019-04-06",
        EventKind::Airstrike,
        Want::Location("gharyan"),
    ),
    (
        "the town of the residents when no other place is told",
        "أفاد أهالي مدينة الزاوية بأن اشتباكات عنيفة اندلعت مساء اليوم.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Location("zawiya"),
    ),
    (
        "counter: where the residents come from gives way to where they protested",
        "تظاهر العشرات من أهالي حي السلماني أمام مقر مديرية الأمن في بنغازي.",
        "2019-04-06",
        EventKind::Protest,
        Want::Location("benghazi"),
    ),
    (
        "the notables' town is not where they agreed",
        "أعلن المجلس الاجتماعي لأعيان ترهونة التوصل إلى اتفاق مع الحكومة في طرابلس.",
        "2019-04-06",
        EventKind::Agreement,
        Want::Location("tripoli"),
    ),
    (
        "a back-reference with no place is the attack of its own sentence",
        "اندلعت اشتباكات في مدينة الزاوية أمس الجمعة.\nوقالت مصادر محلية إن قوات حفتر هاجمت بلدة العزيزية، واستمرت المعارك حتى الخميس.",
        "2019-04-06",
        EventKind::Offensive,
        Want::Date("2019-04-04", "2019-04-04"),
    ),
    (
        "the place told with the toll is the place of its cause",
        "قتل خمسة أشخاص على الأقل أمس في سبها بعد تجدد المعارك بين قبيلتين في ليبيا.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Location("sabha"),
    ),
    (
        "counter: a clash told with its own town keeps it",
        "قتل ثلاثة أشخاص في مصراتة، فيما اندلعت اشتباكات عنيفة في الزاوية.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Location("zawiya"),
    ),
];

#[test]
fn places_table() {
    run(PLACES);
}

/// `الثوار` with no town is an armed side (a militia), not nothing; `ثوار X` of the gazetteer
/// stays the named group.
const REVOLUTIONARIES: &[Case] = &[
    (
        "the revolutionaries take a town",
        "سيطر الثوار على مدينة الزاوية بعد معارك عنيفة مع كتائب القذافي.",
        "2011-08-20",
        EventKind::TerritoryControl,
        Want::Actor1("generic:militia"),
    ),
    (
        "the revolutionaries as the first side of a clash",
        "وقعت اشتباكات عنيفة أمس بين الثوار وكتائب القذافي قرب مصراتة.",
        "2011-05-02",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "Gaddafi's brigades as the second side",
        "وقعت اشتباكات عنيفة أمس بين الثوار وكتائب القذافي قرب مصراتة.",
        "2011-05-02",
        EventKind::ArmedClash,
        Want::Actor2("gaddafi_loyalists"),
    ),
    (
        "counter: a named brigade of revolutionaries stays named",
        "اندلعت اشتباكات بين كتيبة ثوار طرابلس وقوة الردع الخاصة في طرابلس.",
        "2022-02-16",
        EventKind::ArmedClash,
        Want::Actor1("tripoli_revolutionaries_brigade"),
    ),
    (
        "counter: the Benghazi council of revolutionaries stays named",
        "اندلعت اشتباكات بين مجلس شورى ثوار بنغازي وقوات الجيش في قاريونس.",
        "2016-06-23",
        EventKind::ArmedClash,
        Want::Actor1("benghazi_revolutionaries_shura_council"),
    ),
];

#[test]
fn revolutionaries_table() {
    run(REVOLUTIONARIES);
}

// ---------------------------------------------------------------- tolls

/// A number with the preposition `ل` fused to it (`جثث لعشرة قتلى`) is still a toll; a
/// duration is not.
const FUSED_NUMBERS: &[Case] = &[
    (
        "bodies of five killed, the number fused with ل",
        "واستقبل مستشفى المدينة جثث لخمسة قتلى سقطوا في الاشتباكات التي اندلعت أمس في الزاوية.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "counter: a duration with ل is no toll",
        "استمرت الاشتباكات لثلاثة أيام في الزاوية.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Fatalities(None),
    ),
    (
        "counter: a plain toll stays",
        "قتل خمسة أشخاص في الاشتباكات التي اندلعت أمس في الزاوية.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "dead and wounded mixed give no wounded count",
        "أسفرت الاشتباكات في غريان أمس عن سقوط عشرات بين قتيل وجريح.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Injured(None),
    ),
    (
        "dead and wounded mixed give no dead count",
        "أسفرت الاشتباكات في غريان أمس عن سقوط 12 بين قتيل وجريح.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Fatalities(None),
    ),
    (
        "counter: one killed and one wounded each count",
        "قتل شخص وأصيب آخر في الاشتباكات التي اندلعت أمس في غريان.",
        "2019-04-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(1)),
    ),
    (
        "the wounded verb after its number and noun",
        "وقال مصدر طبي إن ثلاثة مدنيين على الأقل أصيبوا جراء سقوط قذائف على حي سكني في طرابلس.",
        "2019-04-06",
        EventKind::Shelling,
        Want::Injured(Some(3)),
    ),
    (
        "counter: the wounded verb before its number",
        "أصيب ثلاثة مدنيين جراء سقوط قذائف على حي سكني في طرابلس.",
        "2019-04-06",
        EventKind::Shelling,
        Want::Injured(Some(3)),
    ),
    (
        "a toll over a week of fighting is no one attack's",
        "توقف هجوم قوات حفتر على منطقة عين زارة جنوب طرابلس اليوم.\nوأعلنت منظمة الصحة العالمية سقوط 40 قتيلا خلال أسبوع من المعارك.",
        "2019-04-11",
        EventKind::Offensive,
        Want::Fatalities(None),
    ),
    (
        "counter: a toll over two days of the clash is the clash's",
        "قتل خمسة أشخاص خلال يومين من الاشتباكات في طرابلس.",
        "2019-04-11",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "who most of the dead were, told between the number and the verb",
        "قال مسعفون إن 12 شخصا معظمهم من المدنيين قتلوا في قصف عنيف استهدف مدينة مصراتة أمس.",
        "2011-06-10",
        EventKind::Shelling,
        Want::Fatalities(Some(12)),
    ),
];

#[test]
fn fused_numbers_table() {
    run(FUSED_NUMBERS);
}

/// An attack noun with a pronoun and its instrument (`جراء قصفها بطائرات تابعة لـ X`): the
/// pronoun, the side told before, is the target; the side after attacked.
const ATTACK_PRONOUN: &[Case] = &[
    (
        "the side that suffered the strikes is the target",
        "أكدت مصادر أن قوات تنظيم الدولة الإسلامية في سرت تكبدت خسائر كبيرة جراء قصفها بطائرات حربية تابعة لحكومة الوفاق الوطني.",
        "2016-06-12",
        EventKind::Airstrike,
        Want::Actor2("isis"),
    ),
    (
        "the owner of the aircraft attacked",
        "أكدت مصادر أن قوات تنظيم الدولة الإسلامية في سرت تكبدت خسائر كبيرة جراء قصفها بطائرات حربية تابعة لحكومة الوفاق الوطني.",
        "2016-06-12",
        EventKind::Airstrike,
        Want::Actor1("gna"),
    ),
    (
        "counter: a pronoun followed by an object is the agent",
        "أعلنت حكومة الوفاق الوطني قصفها مواقع تنظيم الدولة الإسلامية في سرت بالطائرات.",
        "2016-06-12",
        EventKind::Airstrike,
        Want::Actor2("isis"),
    ),
];

#[test]
fn attack_pronoun_table() {
    run(ATTACK_PRONOUN);
}

/// `X بقيادة Y` describes X: Y is no side of its own.
const COMMANDER: &[Case] = &[
    (
        "the commander of the force that holds the town is no target of the strike",
        "قصفت طائرات مجهولة مواقع في مدينة سبها الواقعة تحت سيطرة الجيش الوطني الليبي بقيادة المشير خليفة حفتر.",
        "2021-03-14",
        EventKind::Airstrike,
        Want::Actor2("-"),
    ),
    (
        "counter: a commander named with no unit before him is the side",
        "هاجمت قوات بقيادة المشير خليفة حفتر مدينة غريان فجر اليوم.",
        "2019-08-26",
        EventKind::Offensive,
        Want::Actor1("khalifa_haftar"),
    ),
];

#[test]
fn commander_table() {
    run(COMMANDER);
}

/// People an arrest counts by their nationality (`46 مصريا`) are civilians, as unnamed persons
/// are, also when the sentence names no actor at all.
const NATIONALS: &[Case] = &[
    (
        "workers counted by nationality",
        "احتجزت السلطات 46 مصريا في طرابلس للتحقق من أوراقهم الثبوتية.",
        "2014-04-01",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
    (
        "a sentence with no actor but the counted nationals",
        "وتم احتجاز 30 سودانيا في سبها أمس.",
        "2014-04-01",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
    (
        "counter: fighters of a named group stay the group",
        "اعتقلت قوة الردع الخاصة 12 عنصرا من تنظيم الدولة الإسلامية في طرابلس.",
        "2016-06-12",
        EventKind::Arrest,
        Want::Actor2("isis"),
    ),
];

#[test]
fn nationals_table() {
    run(NATIONALS);
}

/// A repelled or foiled attack happened (and failed): it is reported, as ACLED codes it.
const REPELLED: &[Case] = &[
    (
        "a foiled attack is reported where it was fought",
        "أعلنت قوات حكومة الوفاق أنها أحبطت هجوما لقوات حفتر على مدينة غريان أمس.",
        "2019-08-27",
        EventKind::Offensive,
        Want::Location("gharyan"),
    ),
    (
        "a repelled attack is reported on its day",
        "تمكنت القوات من صد هجوم شنه مسلحون على بلدة العزيزية فجر اليوم.",
        "2019-08-27",
        EventKind::Offensive,
        Want::Date("2019-08-27", "2019-08-27"),
    ),
    (
        "counter: an attack that was not launched stays unreported",
        "لم تشن قوات حفتر أي هجوم على مدينة غريان أمس.",
        "2019-08-27",
        EventKind::Offensive,
        Want::NoRecord,
    ),
];

#[test]
fn repelled_table() {
    run(REPELLED);
}
