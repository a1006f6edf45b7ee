//! Records: actor roles on real news (roles27), one table per class, with near misses that
//! must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ---------------------------------------------------------------- kin of an office

/// The one held or killed named by his kin's office (`نجل قائد القوات الخاصة`, `شقيق وزير
/// الداخلية`) or by a civilian title with his employer after it is a civilian: the body named
/// after the title is no side of the event. A body named as the agent stays the agent.
const KIN_OF_OFFICE: &[Case] = &[
    (
        "son of a commander abducted",
        "قام مسلحون بخطف نجل قائد القوات الخاصة في الجيش الليبي أمس في مدينة بنغازي.",
        "2014-01-17",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "son of a commander abducted: the abductors stay",
        "قام مسلحون بخطف نجل قائد القوات الخاصة في الجيش الليبي أمس في مدينة بنغازي.",
        "2014-01-17",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "brother of a minister abducted, verb first",
        "اختطف مسلحون مجهولون شقيق وزير الداخلية في حكومة الوفاق أمس في طرابلس.",
        "2017-03-02",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "daughter of an officer of the army abducted",
        "اختطاف ابنة ضابط في الجيش الوطني الليبي على يد مسلحين مجهولين في بنغازي أمس.",
        "2017-03-02",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "daughter of an officer: the agent after على يد",
        "اختطاف ابنة ضابط في الجيش الوطني الليبي على يد مسلحين مجهولين في بنغازي أمس.",
        "2017-03-02",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "a journalist of a channel arrested by a named force",
        "اعتقلت قوة الردع الصحفي في قناة ليبيا الأحرار أمس في طرابلس.",
        "2019-03-02",
        EventKind::Arrest,
        Want::Actor1("rada"),
    ),
    (
        "counter: the commander himself is the side (his army)",
        "اختطف مسلحون قائد القوات الخاصة في الجيش الليبي أمس في بنغازي.",
        "2014-01-17",
        EventKind::Abduction,
        Want::Actor2("lna"),
    ),
    (
        "counter: a group held stays the side held",
        "اعتقلت قوة الردع عناصر من تنظيم داعش في طرابلس أمس.",
        "2016-05-13",
        EventKind::Arrest,
        Want::Actor2("isis"),
    ),
];

#[test]
fn kin_of_an_office_is_a_civilian() {
    run(KIN_OF_OFFICE);
}

// ---------------------------------------------------------------- two sides over an aside

/// `بين X، <aside describing X>، وY`: the second side after the aside is the other side of
/// the clash; without the aside words (a verb, a new clause after the comma) no side is
/// joined.
const SIDES_OVER_ASIDE: &[Case] = &[
    (
        "tribes with an aside of origin, quoted",
        "ارتفع عدد ضحايا الاشتباكات بين قبيلتي \"التبو\"، ذات الأصول الأفريقية، و\"أولاد سليمان\"، ذات الأصول العربية، في سبها إلى 16 قتيلا.",
        "2018-02-27",
        EventKind::ArmedClash,
        Want::Actor2("awlad_suleiman"),
    ),
    (
        "tribes with an aside of origin: first side",
        "ارتفع عدد ضحايا الاشتباكات بين قبيلتي \"التبو\"، ذات الأصول الأفريقية، و\"أولاد سليمان\"، ذات الأصول العربية، في سبها إلى 16 قتيلا.",
        "2018-02-27",
        EventKind::ArmedClash,
        Want::Actor1("tebu"),
    ),
    (
        "aside unquoted",
        "اندلعت اشتباكات عنيفة بين قبيلة التبو، ذات الأصول الأفريقية، وقبيلة أولاد سليمان في سبها أمس.",
        "2018-02-27",
        EventKind::ArmedClash,
        Want::Actor2("awlad_suleiman"),
    ),
    (
        "aside of a known name",
        "اندلعت اشتباكات بين قوة الردع، المعروفة بقوة الردع الخاصة، وكتيبة ثوار طرابلس أمس.",
        "2018-01-16",
        EventKind::ArmedClash,
        Want::Actor2("tripoli_revolutionaries_brigade"),
    ),
    (
        "counter: a plain second side after و still joins",
        "اندلعت اشتباكات بين قبيلتي التبو وأولاد سليمان في سبها أمس.",
        "2018-02-27",
        EventKind::ArmedClash,
        Want::Actor2("awlad_suleiman"),
    ),
    (
        "counter: a long aside joins nothing",
        "اندلعت اشتباكات بين قبيلة التبو، ذات الأصول الأفريقية التي تسكن جنوب البلاد منذ قرون طويلة، وقال مسؤول في مجلس أولاد سليمان إن الوضع خطير.",
        "2018-02-27",
        EventKind::ArmedClash,
        Want::Actor2("-"),
    ),
];

#[test]
fn second_side_over_an_aside() {
    run(SIDES_OVER_ASIDE);
}

// ---------------------------------------------------------------- posts of the security forces

/// A security checkpoint, gate or police station attacked is the security forces that man it
/// (actor2); one member of them held or killed is them too (`عنصرا أمنيا`, `رجل أمن`), and
/// never the attacker when killed. A post tied to a named side is that side's; a gate named
/// by its place (`بوابة كعام`) is a place, and `بوابة الوسط` a news site.
const SECURITY_POSTS: &[Case] = &[
    (
        "a gate attacked whose men a toll counts out of a named unit: that unit",
        "هاجم مسلحون بوابة أمنية شرق مدينة سرت فجر اليوم ما أسفر عن مقتل أربعة من عناصر الكتيبة 166.",
        "2015-04-02",
        EventKind::Offensive,
        Want::Actor2("battalion_166"),
    ),
    (
        "the gate's word joined to its preposition (للبوابة) is a post too",
        "تعرضت البوابة الأمنية عند مدخل المدينة لهجوم بقذائف الهاون أمس.",
        "2015-04-02",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "gunmen attack a security gate",
        "هاجم مسلحون مجهولون بوابة أمنية غرب مدينة سرت فجر اليوم.",
        "2018-05-22",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a group attacks one of the security gates",
        "هاجمت مجموعة إرهابية إحدى البوابات الأمنية في منطقة أوجلة جنوب أجدابيا.",
        "2018-05-22",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "an attack on a checkpoint, noun",
        "أكد مسؤول محلي مقتل أربعة في هجوم على نقطة تفتيش شرق طرابلس.",
        "2018-08-23",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a security man killed in an attack on a checkpoint: victim, not attacker",
        "قتل رجل أمن في هجوم على نقطة تفتيش في زليتن أمس.",
        "2018-08-23",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "a security member abducted",
        "أقدم مسلحون على خطف عنصرا أمنيا من بوابة أوجلة أمس.",
        "2018-05-22",
        EventKind::Abduction,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "a colonel by rank in the accusative",
        "اغتال مسلحون عقيدا في البحرية في بنغازي أمس.",
        "2013-08-10",
        EventKind::Assassination,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "counter: a checkpoint of a named army is that army's",
        "استهدف هجوم انتحاري نقطة تفتيش للجيش الوطني الليبي قرب أجدابيا أمس.",
        "2018-05-22",
        EventKind::Bombing,
        Want::Actor2("lna"),
    ),
    (
        "counter: a checkpoint tied to a named force is that force's",
        "هاجم مسلحون نقطة تفتيش تابعة لقوة الردع في طرابلس أمس.",
        "2018-05-22",
        EventKind::Offensive,
        Want::Actor2("rada"),
    ),
    (
        "counter: the security men as a plural stay a side",
        "اشتبك رجال الأمن مع مسلحين في بنغازي أمس.",
        "2014-05-22",
        EventKind::ArmedClash,
        Want::Actor1("generic:state_forces"),
    ),
];

#[test]
fn posts_of_the_security_forces() {
    run(SECURITY_POSTS);
}
