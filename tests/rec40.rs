//! rec40 (issue 10, records), from the thirty-fifth session: the side that guards or holds an
//! attacked post is the side struck (`نقطة تفتيش تحرسها قوات البنيان المرصوص`), not the post's
//! unnamed men; ordinal days of the current or the last month told without its name (`في
//! الخامس من الشهر الجاري`) and compound ordinals (`الثالث والعشرين من مارس`) are days. From
//! round 40's dated sentences: the suicide bomber added to a toll (`إضافة إلى الانتحاري`)
//! counts one dead; the one victim of a passive verb told after its time and place (`قتل صباح
//! أمس في مدينة بنغازي عسكري`); a police station without the article; an attack blamed on a
//! group whose relative clause tells it as today's is a record; one under investigation is not.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC40: &[Case] = &[
    (
        "the named side that guards an attacked checkpoint is the side struck",
        "اقتحم عناصر من تنظيم الدولة نقطة تفتيش تحرسها قوات البنيان المرصوص غرب سرت فجر اليوم.",
        "2016-07-10",
        EventKind::Offensive,
        Want::Actor2("bunyan_al_marsous"),
    ),
    (
        "… and the one that holds a gate",
        "هاجم مسلحون مجهولون بوابة أمنية يسيطر عليها الجيش الوطني الليبي قرب أجدابيا.",
        "2019-02-03",
        EventKind::Offensive,
        Want::Actor2("lna"),
    ),
    (
        "near miss: a checkpoint nobody is named for stays the security forces",
        "هاجم مسلحون مجهولون نقطة تفتيش قرب أجدابيا مساء أمس.",
        "2019-02-03",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "an ordinal day of the current month told without its name",
        "اختطف مسلحون مجهولون عميد بلدية درنة في الخامس من الشهر الجاري.",
        "2019-04-17",
        EventKind::Abduction,
        Want::Date("2019-04-05", "2019-04-05"),
    ),
    (
        "… a compound ordinal of the last month",
        "قتل ثلاثة أشخاص في تفجير سيارة مفخخة في بنغازي في الثالث والعشرين من الشهر الماضي.",
        "2019-04-17",
        EventKind::Bombing,
        Want::Date("2019-03-23", "2019-03-23"),
    ),
    (
        "… a compound ordinal before a month's name",
        "انفجرت سيارة مفخخة في بنغازي في الثالث والعشرين من مارس الماضي.",
        "2019-04-17",
        EventKind::Bombing,
        Want::Date("2019-03-23", "2019-03-23"),
    ),
    (
        "near miss: the month alone stays a month",
        "انفجرت سيارة مفخخة في بنغازي خلال الشهر الماضي.",
        "2019-04-17",
        EventKind::Bombing,
        Want::Date("2019-03-01", "2019-03-31"),
    ),
    (
        "the suicide bomber's own death adds one",
        "فجر انتحاري نفسه اليوم في بوابة أمنية بمدينة مصراتة، ما أسفر عن سقوط قتيل وسبعة جرحى، إضافة إلى الانتحاري.",
        "2015-05-21",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: the bomber adds no wounded",
        "فجر انتحاري نفسه اليوم في بوابة أمنية بمدينة مصراتة، ما أسفر عن سقوط قتيل وسبعة جرحى، إضافة إلى الانتحاري.",
        "2015-05-21",
        EventKind::Bombing,
        Want::Injured(Some(7)),
    ),
    (
        "one victim after the passive verb's time and place",
        "قتل صباح أمس الخميس في مدينة بنغازي عسكري سابق جراء انفجار عبوة ناسفة ألصقت أسفل سيارته.",
        "2013-11-15",
        EventKind::Bombing,
        Want::Fatalities(Some(1)),
    ),
    (
        "… one wounded after a time and a neighbourhood",
        "أصيب مساء أمس في حي الأندلس طفل برصاص طائش.",
        "2013-11-15",
        EventKind::Casualties,
        Want::Injured(Some(1)),
    ),
    (
        "a police station without the article is the police",
        "هاجم مسلحون مجهولون فجر اليوم مركز شرطة في بلدة الفقهاء.",
        "2018-10-29",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "an attack blamed on a group, told by its relative clause as today's",
        "قال عميد البلدية إن تنظيم داعش يقف وراء الهجوم الذي شنه مسلحون مجهولون فجر اليوم على مركز شرطة ببلدة الفقهاء.",
        "2018-10-29",
        EventKind::Offensive,
        Want::Date("2018-10-29", "2018-10-29"),
    ),
    (
        "near miss: an attack under investigation is no record",
        "اعتقلت السلطات ثمانية أشخاص في إطار التحقيقات الجارية في الهجوم على القنصلية الأمريكية ببنغازي.",
        "2012-09-22",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "a place the shelling struck told again later is the same shelling",
        "جرحى بقصف على مستشفى بطرابلس\nأعلنت وزارة الصحة إصابة 14 مدنيا بجروح في قصف لقوات حفتر على مستشفى طرابلس المركزي ومنطقة طريق السور السكنية وسط العاصمة.\nوبث المركز الإعلامي لعملية بركان الغضب تسجيلا مصورا يظهر آثار قصف المليشيا لمنازل في منطقة طريق السور.",
        "2020-05-14",
        EventKind::Shelling,
        Want::Count(1),
    ),
    (
        "near miss: another place on another day is another shelling",
        "جرحى بقصف على مستشفى بطرابلس\nأعلنت وزارة الصحة إصابة 14 مدنيا بجروح في قصف لقوات حفتر على مستشفى طرابلس المركزي ومنطقة طريق السور السكنية وسط العاصمة اليوم.\nوكانت قوات حفتر قد قصفت أمس منازل في منطقة عين زارة.",
        "2020-05-14",
        EventKind::Shelling,
        Want::Count(2),
    ),
    (
        "the operation whose media office reports is not the militia it shows shelling",
        "وبث المركز الإعلامي لعملية بركان الغضب تسجيلا مصورا يظهر قصف المليشيا لمنازل في منطقة طريق السور.",
        "2020-05-14",
        EventKind::Shelling,
        Want::Actor1("generic:militia"),
    ),
    (
        "near-daily killings are no record",
        "قتل شخصان اليوم في انفجار عبوة ناسفة في مدينة عدن.\nوتعيش المدينة حالة من الانفلات الأمني وعمليات القتل الشبه يومي.",
        "2020-06-29",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "armed agreeing with a dual attack is no gunmen",
        "قال مصدر إن مقرا أمنيا تعرض لهجومين مسلحين فجر اليوم.",
        "2013-08-26",
        EventKind::Offensive,
        Want::Actor1("-"),
    ),
    (
        "a security headquarters that suffered attacks is the side struck, past the body it belongs to",
        "قال مصدر إن مقرا أمنيا يتبع مديرية الأمن الوطني بالمدينة تعرض لهجومين مسلحين.",
        "2013-08-26",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "… the named body it belongs to",
        "قال مصدر إن مقرا أمنيا يتبع مديرية الأمن بسبها تعرض لهجوم مسلح.",
        "2013-08-26",
        EventKind::Offensive,
        Want::Actor2("sabha_security_directorate"),
    ),
    (
        "Monday after a dual toll is no second two",
        "قتل متظاهران الإثنين خلال احتجاج آلاف السودانيين في الخرطوم.",
        "2022-01-24",
        EventKind::Protest,
        Want::Fatalities(Some(2)),
    ),
    (
        "where a boat was bound is no place of the rescue",
        "وأكدت مديرية الأمن إنقاذ شخصين، موضحة أن القارب كان يحمل نحو 90 مهاجرا وهو في طريقه إلى شواطئ إيطاليا.",
        "2018-02-03",
        EventKind::Humanitarian,
        Want::Location("-"),
    ),
    (
        "an ordinal day of a month told with the word month",
        "اقتحم الثوار مقر المؤتمر في الخامس من شهر فيفري الماضي.",
        "2013-03-05",
        EventKind::Offensive,
        Want::Date("2013-02-05", "2013-02-05"),
    ),
    (
        "a spokesman named after the army his unit belongs to is a source, no killer",
        "اغتيال محمود الورفلي في بنغازي\nأعلن الناطق باسم القوات الخاصة “الصاعقة” في الجيش الليبي ميلود الزوي مقتل الرائد محمود الورفلي الأربعاء بعد تعرضه لإطلاق نار في مدينة بنغازي.",
        "2021-03-25",
        EventKind::Assassination,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    // (The fortieth session listed Adel Daab (`gaz50`): this case, written when he was not,
    // names an unlisted leader so that it still reads the unnamed forces; the case after it
    // reads the listed one.)
    (
        "the side a person once joined is a description of the person, no side",
        "وشهدت مدينة غريان أمس اشتباكات مسلحة لعدة ساعات، بين دخول مجموعات مسلحة تابعة لسالم دعباش القيادي الأمني السابق في غريان والذي انضم لقوات حفتر يوم الرابع من إبريل عام 2019.",
        "2023-10-30",
        EventKind::ArmedClash,
        Want::Actor2("generic:militia"),
    ),
    (
        "the forces tied to a listed leader are his, and the side he once joined is no side",
        "وشهدت مدينة غريان أمس اشتباكات مسلحة لعدة ساعات، بين دخول مجموعات مسلحة تابعة لعادل دعاب القيادي الأمني السابق في غريان والذي انضم لقوات حفتر يوم الرابع من إبريل عام 2019.",
        "2023-10-30",
        EventKind::ArmedClash,
        Want::Actor2("-"),
    ),
    (
        "the forces tied to a listed leader are his",
        "وشهدت مدينة غريان أمس اشتباكات مسلحة لعدة ساعات، بين دخول مجموعات مسلحة تابعة لعادل دعاب القيادي الأمني السابق في غريان والذي انضم لقوات حفتر يوم الرابع من إبريل عام 2019.",
        "2023-10-30",
        EventKind::ArmedClash,
        Want::Actor1("adel_daab"),
    ),
    (
        "a country's own security forces place an event the gazetteer cannot",
        "أطلقت قوات الأمن التونسي الغاز المسيل للدموع لتفريق محتجين اعتصموا في محافظة تطاوين للمطالبة بوظائف.",
        "2020-06-22",
        EventKind::Protest,
        Want::Location("tunisia"),
    ),
    (
        "near miss: Libyan forces place nothing abroad",
        "أطلقت قوات الأمن الليبي الغاز المسيل للدموع لتفريق محتجين اعتصموا للمطالبة بوظائف.",
        "2020-06-22",
        EventKind::Protest,
        Want::Location("-"),
    ),
    (
        "a body whose seat the abduction happened before is no victim",
        "وقال رئيس الشبكة إن الفرجاني تم اختطافه من أمام مقر وزارة الخارجية الليبية أمس.",
        "2013-04-29",
        EventKind::Abduction,
        Want::Actor2("generic:civilians"),
    ),
    (
        "the shots and the attack of an abduction are the abduction",
        "الأردن: السفير خطف في هجوم مسلح تعرض فيه سائقه لإصابات بالغة\nوقال رئيس الوزراء إن المعلومات تشير إلى اختطاف السفير في طرابلس اليوم من قبل ملثمين، بعد إذ أطلقوا النار عليه في أثناء توجهه إلى عمله بصحبة سائقه، وقد أصيب السائق إصابات بالغة وتم اختطاف السفير.",
        "2014-04-15",
        EventKind::Abduction,
        Want::Injured(Some(1)),
    ),
    (
        "… one record",
        "الأردن: السفير خطف في هجوم مسلح تعرض فيه سائقه لإصابات بالغة\nوقال رئيس الوزراء إن المعلومات تشير إلى اختطاف السفير في طرابلس اليوم من قبل ملثمين، بعد إذ أطلقوا النار عليه في أثناء توجهه إلى عمله بصحبة سائقه، وقد أصيب السائق إصابات بالغة وتم اختطاف السفير.",
        "2014-04-15",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "near miss: a raid that also took people stays a raid",
        "هاجم مسلحون من تنظيم الدولة بلدة الفقهاء فجر أمس وقتلوا خمسة من سكانها، واقتادوا عشرة آخرين إلى جهة مجهولة.",
        "2018-10-30",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "the forces of the authorities that shot a protester are the state's",
        "قتل متظاهر إثر إصابته برصاصة حية في الصدر من قبل قوات السلطة الانقلابية خلال مشاركته في التظاهرات في الخرطوم.",
        "2022-01-24",
        EventKind::Protest,
        Want::Actor2("generic:state_forces"),
    ),
];

#[test]
fn rec40_classes() {
    run(REC40);
}
