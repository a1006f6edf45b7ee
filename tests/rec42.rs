//! rec42 (issue 10, records), from the thirty-sixth session, after round 41's openings: a
//! body's day (`مقتل آمرها الأربعاء`) replaces the publication date an undated headline took
//! when the two records are joined, as it does when a mention joins a record; a weekday told
//! after a relative clause that a comma closed, behind a short phrase of place (`الذي انتخب في
//! يونيو الماضي، في مدينة سبها الثلاثاء`), dates the event, while one inside the clause
//! (`الذي انتخب الثلاثاء`) does not; a victim named after the announced toll (`أعلن الناطق
//! باسم القوات الخاصة مقتل محمود الورفلي`) is no source; and people who came under fire
//! (`تعرضوا لإطلاق نار من مسلحين`) are the side acted on, the gunmen after `من` the actors.
//! From round 42's openings: the Levantine months without the article (`25 تشرين ثان/ نوفمبر
//! 2013`); the side the strike's aircraft is tied to (`ضربة جوية من طائرة بدون طيار تابعة
//! للتحالف`) struck; the owner of a house, a seat or a car after a storming's verbal noun
//! (`اقتحام منزل فلان`) is not its agent, and the storming of a home told in the sentence of an
//! abduction is part of the abduction. A statement's day told before the event (`أعلن
//! الجيش، الثلاثاء، أن قواته انسحبت`) and the event's own day told in a later sentence
//! (`انسحبت يوم أمس الإثنين`) are one record on the own day. The institution of a source
//! with a glued `ب` (`وفق مصدر بمركز طرابلس الطبي`) is the reporter's, no place of the event
//! (its town is, when no other place is told), as with `في`. `تعرض` with its subject between
//! it and the verbal noun (`تعرض مواطنان إيطاليان للاختطاف`) tells the event suffered, no
//! purpose. From round 43: the subject of a verb of managing (`تمكن الثوار … من السيطرة`)
//! did the act after `من`, not the side told between; a condemnation's day (`دانت فرنسا
//! اليوم الهجوم الذي … الليلة الماضية`) is a statement's, and the state that condemns is no
//! place of the event. Two places of one dateline (`بنغازي/طرابلس (رويترز)`) are both the
//! dateline's. An attack foiled with the subject between the verb and the noun (`أحبط حراس
//! المنشآت النفطية هجوما`) happened; a car bomb tied to a side (`سيارة مفخخة تابعة ل`) was that
//! side's; a second act joined by `و` after the trigger (`قصف في سرت واستهداف ميناء
//! الزويتينة`) keeps the places told after it.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC42: &[Case] = &[
    (
        "the body's weekday replaces the publication date of an undated headline",
        "اغتيال آمر كتيبة في درنة\nأعلن الناطق باسم الكتيبة مقتل آمرها الأربعاء بعد تعرضه لإطلاق نار في مدينة درنة.",
        "2021-03-25",
        EventKind::Assassination,
        Want::Date("2021-03-24", "2021-03-24"),
    ),
    (
        "… one record",
        "اغتيال آمر كتيبة في درنة\nأعلن الناطق باسم الكتيبة مقتل آمرها الأربعاء بعد تعرضه لإطلاق نار في مدينة درنة.",
        "2021-03-25",
        EventKind::Assassination,
        Want::Count(1),
    ),
    (
        "a weekday after a relative clause closed by a comma and a phrase of place",
        "خطف مسلحون مجهولون عضو مجلس النواب الذي انتخب في يونيو الماضي، في مدينة سبها الثلاثاء.",
        "2014-07-30",
        EventKind::Abduction,
        Want::Date("2014-07-29", "2014-07-29"),
    ),
    (
        "near miss: a weekday inside the relative clause dates the clause",
        "خطف مسلحون مجهولون عضو مجلس النواب الذي انتخب الثلاثاء عن مدينة سبها.",
        "2014-07-30",
        EventKind::Abduction,
        Want::Date("2014-07-30", "2014-07-30"),
    ),
    (
        "the victim named after an announced death is no source",
        "أعلن الناطق باسم القوات الخاصة مقتل محمود الورفلي في بنغازي.",
        "2021-03-25",
        EventKind::Assassination,
        Want::Actor2("mahmoud_werfalli"),
    ),
    (
        "protesters who came under fire are the side acted on",
        "وقال سكان إن المتظاهرين تعرضوا لإطلاق نار من مسلحين مجهولين في سبها.",
        "2021-03-25",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:protesters"),
    ),
    (
        "… the gunmen after `من` acted",
        "وقال سكان إن المتظاهرين تعرضوا لإطلاق نار من مسلحين مجهولين في سبها.",
        "2021-03-25",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "civilians under fire named inside the pattern",
        "وتعرض عدد من المدنيين لإطلاق نار من قبل مسلحين في حي السلماني ببنغازي.",
        "2021-03-25",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "a Levantine month without its article",
        "قتل خمسة أشخاص في اشتباكات في سبها يوم 12 كانون ثاني 2014.",
        "2014-01-14",
        EventKind::ArmedClash,
        Want::Date("2014-01-12", "2014-01-12"),
    ),
    (
        "the side the strike's aircraft belongs to struck",
        "استهدفت غارة جوية من طائرة مسيرة تابعة للجيش الوطني الليبي شاحنة قرب مرزق.",
        "2019-08-05",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "the storming of a home the abduction was told with is part of it",
        "وقال مصدر إن مسلحين مجهولين قاموا فجر اليوم باقتحام منزل عميد البلدية في طرابلس والاعتداء على أبنائه، ليقوموا لاحقا باقتياده إلى جهة غير معلومة.",
        "2018-03-29",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "… one abduction by the gunmen",
        "وقال مصدر إن مسلحين مجهولين قاموا فجر اليوم باقتحام منزل عميد البلدية في طرابلس والاعتداء على أبنائه، ليقوموا لاحقا باقتياده إلى جهة غير معلومة.",
        "2018-03-29",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "near miss: a home stormed and burnt stays an attack",
        "هاجم مسلحون منزل عميد البلدية في طرابلس وأحرقوه.",
        "2018-03-29",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "a statement's day told before the event and the own day told later: one record",
        "الجيش يقر بانسحابه من بني وليد\nأعلن الجيش، الثلاثاء، أن قواته انسحبت من مواقعها في مدينة بني وليد.\nوقال الجيش في بيان: «انسحبت يوم أمس الإثنين قوات اللواء الأول من المدينة».",
        "2023-12-19",
        EventKind::TerritoryControl,
        Want::Count(1),
    ),
    (
        "… on its own day",
        "الجيش يقر بانسحابه من بني وليد\nأعلن الجيش، الثلاثاء، أن قواته انسحبت من مواقعها في مدينة بني وليد.\nوقال الجيش في بيان: «انسحبت يوم أمس الإثنين قوات اللواء الأول من المدينة».",
        "2023-12-19",
        EventKind::TerritoryControl,
        Want::Date("2023-12-18", "2023-12-18"),
    ),
    (
        "near miss: an earlier capture of another town stays its own",
        "أعلن الجيش، الثلاثاء، أن قواته سيطرت على مدينة بني وليد.\nوكانت القوات قد سيطرت الأحد على بلدة ترهونة.",
        "2023-12-19",
        EventKind::TerritoryControl,
        Want::Count(2),
    ),
    (
        "the institution of a source told with a glued `ب` is no place of the event",
        "وأوقعت اشتباكات الخميس والجمعة سبعة قتلى من المدنيين، وفق مصدر بمركز طرابلس الطبي اليوم السبت.",
        "2016-12-03",
        EventKind::ArmedClash,
        Want::Location("tripoli"),
    ),
    (
        "abducted with the subject between `تعرض` and the verbal noun: reported, no purpose",
        "تعرض مواطنان إيطاليان للاختطاف على يد مجهولين في مدينة غات.",
        "2016-09-19",
        EventKind::Abduction,
        Want::Count(1),
    ),
    (
        "the subject of a verb of managing took the town, not the side told between",
        "تمكن الثوار الليبيون بعد معارك عنيفة ضد القوات الموالية للعقيد معمر القذافي من السيطرة على جزء من مدينة الزاوية.",
        "2011-08-14",
        EventKind::TerritoryControl,
        Want::Actor1("generic:militia"),
    ),
    (
        "… the side told between lost it",
        "تمكن الثوار الليبيون بعد معارك عنيفة ضد القوات الموالية للعقيد معمر القذافي من السيطرة على جزء من مدينة الزاوية.",
        "2011-08-14",
        EventKind::TerritoryControl,
        Want::Actor2("gaddafi_loyalists"),
    ),
    (
        "a condemnation's day gives way to the time the attack's relative clause tells",
        "دانت فرنسا هنا اليوم الهجوم الذي استهدف جنودا تابعين للجيش التونسي بمنطقة جبل الشعانبي جنوب غربي تونس الليلة الماضية واسفر عن مقتل 14 فردا منهم.",
        "2014-07-17",
        EventKind::Offensive,
        Want::Date("2014-07-16", "2014-07-16"),
    ),
    (
        "… and the condemning state is no place of the attack",
        "دانت فرنسا هنا اليوم الهجوم الذي استهدف جنودا تابعين للجيش التونسي بمنطقة جبل الشعانبي جنوب غربي تونس الليلة الماضية واسفر عن مقتل 14 فردا منهم.",
        "2014-07-17",
        EventKind::Offensive,
        Want::Location("tunisia"),
    ),
    (
        "two places of one dateline are the dateline's",
        "مقتل 9 جنود في هجوم على معسكر بجنوب ليبيا\nبنغازي/طرابلس (رويترز) - قالت إدارة مستشفى إن تسعة جنود قتلوا يوم السبت في هجوم على معسكر تدريب.\nووقع الهجوم في مدينة سبها.",
        "2019-05-04",
        EventKind::Offensive,
        Want::Location("sabha"),
    ),
    (
        "an attack foiled by guards told between the verb and the noun happened",
        "أحبط حراس المنشآت النفطية هجوما استهدف ميناء الزويتينة النفطي شرقي البلاد أمس الأحد.",
        "2016-01-11",
        EventKind::Offensive,
        Want::Count(1),
    ),
    (
        "the side a car bomb is tied to set it off",
        "وأكدت مصادر طبية أن 11 قتيلا قضوا بانفجار سيارة مفخخة تابعة لمجلس شورى ثوار بنغازي، اقتحمت تجمعا لقوات حفتر غرب بنغازي.",
        "2016-02-27",
        EventKind::Bombing,
        Want::Actor1("benghazi_revolutionaries_shura_council"),
    ),
    (
        "a second act joined by `و` keeps its places: the shelling is in Sirte",
        "قصف في سرت واستهداف ميناء الزويتينة النفطي",
        "2016-01-11",
        EventKind::Shelling,
        Want::Location("sirte"),
    ),
    (
        "near miss: with no place before the second act, the place after it stays",
        "قصف واستهداف ميناء الزويتينة النفطي",
        "2016-01-11",
        EventKind::Shelling,
        Want::Location("zueitina_terminal"),
    ),
];

#[test]
fn rec42_classes() {
    run(REC42);
}
