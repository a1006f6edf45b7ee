//! Records: actor1 and actor2 of arrests, abductions and of verbs told after a relative
//! clause (roles23, issue #10), one table per class, with counter-examples that must not
//! change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ------------------------------------------------- the subject before a relative clause

/// A subject, then a relative clause that describes it (`قوات الأمن التي تحرس المبنى`),
/// then the verb of the event: the subject acted. The verb must agree with the relative
/// word, and the relative clause must have no subject of its own (`التي تسيطر عليها X`,
/// `الذي تحرسه X`) unless a comma closes it before the verb.
const RELATIVE_SUBJECT: &[Case] = &[
    (
        "the forces before the relative clause arrested",
        "قال شهود إن قوات الأمن، التي تحرس مقر الحكومة، اعتقلت متظاهرين قرب البوابة.",
        "2013-05-02",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "the protesters after the verb were held",
        "قال شهود إن قوات الأمن، التي تحرس مقر الحكومة، اعتقلت متظاهرين قرب البوابة.",
        "2013-05-02",
        EventKind::Arrest,
        Want::Actor2("generic:protesters"),
    ),
    (
        "a comma inside the relative clause",
        "ذكر مراسلون أن قوات الأمن التي تحمي مبنى الوزارة،في العاصمة اعتقلت محتجين صباح اليوم.",
        "2013-05-02",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "a relative clause with a subject of its own, closed by a comma",
        "قالت مصادر إن قوات الأمن، التي يقودها العقيد، اعتقلت خمسة أشخاص في المدينة.",
        "2013-05-02",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "counter: the relative clause names its own subject, the held stay civilians",
        "قالت مصادر إن قوات الأمن، التي يقودها العقيد، اعتقلت خمسة أشخاص في المدينة.",
        "2013-05-02",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
];

#[test]
fn the_subject_before_a_relative_clause() {
    run(RELATIVE_SUBJECT);
}

// ------------------------------------------------- protesters held by an arrest

/// Protesters or civilians named right after the verb of an arrest are the ones held, never
/// the arresting side (they hold no one): with no subject named they are actor2 and actor1
/// stays empty.
const HELD_PROTESTERS: &[Case] = &[
    (
        "protesters after the verb, no subject",
        "واعتقلت متظاهرين كانوا يرددون هتافات ضد الحكومة في الساحة.",
        "2019-04-02",
        EventKind::Arrest,
        Want::Actor2("generic:protesters"),
    ),
    (
        "protesters after the verb are no actor1",
        "واعتقلت متظاهرين كانوا يرددون هتافات ضد الحكومة في الساحة.",
        "2019-04-02",
        EventKind::Arrest,
        Want::Actor1("-"),
    ),
    (
        "counter: the police named after the verb arrested",
        "اعتقلت الشرطة عددا من المتظاهرين في الساحة أمس.",
        "2019-04-02",
        EventKind::Arrest,
        Want::Actor1("generic:state_forces"),
    ),
    (
        "counter: protesters before the verb still act in a protest",
        "تظاهر محتجون أمام مقر البلدية في المدينة أمس.",
        "2019-04-02",
        EventKind::Protest,
        Want::Actor1("generic:protesters"),
    ),
];

#[test]
fn protesters_after_an_arrest_verb_are_held() {
    run(HELD_PROTESTERS);
}

// ------------------------------------------------- civilians by their title

/// An arrest or an abduction of a person named by a civilian title (an ambassador, a
/// journalist, an activist, a doctor), with no side named as the one held, is of civilians,
/// as ACLED codes them; the title right after the trigger, or right after a `تعرض` before it.
const CIVILIAN_TITLES: &[Case] = &[
    (
        "an ambassador abducted",
        "أعلنت الخارجية اختطاف السفير الكوري في العاصمة على يد مسلحين صباح اليوم.",
        "2014-02-11",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "a journalist arrested by the verb",
        "اعتقلت قوات الأمن الصحفي الشاب في بنغازي مساء أمس.",
        "2021-06-02",
        EventKind::Arrest,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the subject of تعرض",
        "تعرض الدبلوماسي المغربي في طرابلس إلى الاختطاف مساء الأحد.",
        "2014-02-11",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "counter: an officer of the army is no civilian",
        "أعلنت مصادر أمنية اختطاف ضابط بالجيش في بنغازي أمس.",
        "2014-02-11",
        EventKind::Abduction,
        Want::Actor2("generic:state_forces"),
    ),
];

#[test]
fn civilian_titles_held() {
    run(CIVILIAN_TITLES);
}

// ------------------------------------------------- a spokesman with a long title

/// A person named after a verb of reporting and a title of several words (`وأوضح نائب رئيس
/// الوزراء الليبي فلان`) reports the event: a source, never its actor1.
const LONG_TITLES: &[Case] = &[
    (
        "the deputy prime minister tells of the attack",
        "وأوضح نائب رئيس الوزراء الليبي مصطفى أبو شاقور مقتل أربعة موظفين في هجوم على مقر القنصلية في بنغازي أمس.",
        "2012-09-12",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "counter: the gunmen he names attacked",
        "وأوضح نائب رئيس الوزراء مصطفى أبو شاقور أن مسلحين هاجموا مقر القنصلية في بنغازي أمس.",
        "2012-09-12",
        EventKind::Offensive,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
];

#[test]
fn a_spokesman_with_a_long_title_is_a_source() {
    run(LONG_TITLES);
}
