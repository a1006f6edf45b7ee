//! rec44 (issue 10, records), from the thirty-seventh session: a toll one sentence adds up from
//! two groups (`مقتل اثنين من جنوده و3 مسلحين`) stays the whole toll when a later sentence tells
//! one of its parts again (`تمكنت من القضاء على 3 مسلحين`), and a part told first gives way to
//! the sum told after it; two different tolls that are no part of one another still give the
//! lower (ACLED's conservative figure). The attack a headline tells and the definite attacks
//! of the body that refer back to it are the one bombing the body tells; guards a count names
//! (`و4 حراس أمن قتلوا`) are the side attacked; armed men slaughtered during the clashes of
//! their sentence (`فذبحوا 11 من أفراد القوات الأمنية … أثناء اشتباكات`) are the fight's dead;
//! armed men who surround protesters (`طوقت مجموعات مسلحة المتظاهرين`) act on a protest, no
//! siege. A toll told before a relative clause (`قتل خمسة من عناصر القوة التي تسيطر على
//! المدينة`) goes to the reported event of its sentence, not to the clause's background one.
//! From round 45: aircraft described before their tie (`غارات نفذتها طائرات أجنبية تابعة لقوات
//! خليفة حفتر`) struck for the side they are tied to; a body that announces an abduction or an
//! assassination (`أعلنت وزارة الخارجية الإيطالية … خطف إيطاليين`) is its source, not its doer.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC44: &[Case] = &[
    (
        "a part told again after the sum leaves the sum",
        "أعلن الجيش مقتل اثنين من جنوده و3 مسلحين، السبت، في اشتباكات قرب سبها.\nوقال المتحدث إن وحدات الجيش تمكنت من القضاء على 3 مسلحين بعد اشتباك مع مجموعة إرهابية.",
        "2019-05-12",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "a part told before the sum gives way to the sum",
        "اشتبكت وحدات الجيش مع مجموعة إرهابية قرب سبها وقتلت 3 مسلحين.\nوأعلن الجيش مقتل اثنين من جنوده و3 مسلحين، السبت، في الاشتباكات.",
        "2019-05-12",
        EventKind::ArmedClash,
        Want::Fatalities(Some(5)),
    ),
    (
        "near miss: one toll told twice in a sentence is no sum of parts",
        "مقتل شخصين في هجومين بسيارتين مفخختين في طرابلس\nأعلنت الوزارة أن هجومين أديا فجر الأحد إلى سقوط قتيلين وأربعة جرحى، حيث قال مسؤول إن الانفجارين أديا إلى سقوط قتيلين وأربعة جرحى.",
        "2012-08-19",
        EventKind::Bombing,
        Want::Fatalities(Some(2)),
    ),
    (
        "near miss: two tolls, neither a part of the other, give the lower",
        "أعلن الجيش مقتل اثنين من جنوده و3 مسلحين، السبت، في اشتباكات قرب سبها.\nوقال مصدر طبي إن 4 أشخاص قتلوا في الاشتباكات.",
        "2019-05-12",
        EventKind::ArmedClash,
        Want::Fatalities(Some(4)),
    ),
    (
        "the headline's attack and a definite one referring back are the one bombing",
        "مقتل 12 شخصا في هجوم على مفوضية الانتخابات بليبيا\nقتل 12 شخصا على الأقل في هجوم انتحاري استهدف مقر المفوضية العليا للانتخابات في العاصمة الليبية طرابلس.\nوأعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم.",
        "2018-05-02",
        EventKind::Offensive,
        Want::NoRecord,
    ),
    (
        "… which the group that claimed it did",
        "مقتل 12 شخصا في هجوم على مفوضية الانتخابات بليبيا\nقتل 12 شخصا على الأقل في هجوم انتحاري استهدف مقر المفوضية العليا للانتخابات في العاصمة الليبية طرابلس.\nوأعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم.",
        "2018-05-02",
        EventKind::Bombing,
        Want::Actor1("isis"),
    ),
    (
        "guards a count names are the side attacked",
        "قال مدير المكتب إن 3 موظفين و4 حراس أمن قتلوا في الهجوم على المقر.",
        "2018-05-02",
        EventKind::Offensive,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "armed men slaughtered during the clashes of their sentence are the fight's dead",
        "ذبح مسلحو التنظيم 11 من أفراد القوات الأمنية وقتلوا ستة آخرين أثناء اشتباكات ليلية مع ألوية عسكرية محلية في صبراتة.",
        "2016-02-25",
        EventKind::ArmedClash,
        Want::Fatalities(Some(17)),
    ),
    (
        "… no violence against civilians beside it",
        "ذبح مسلحو التنظيم 11 من أفراد القوات الأمنية وقتلوا ستة آخرين أثناء اشتباكات ليلية مع ألوية عسكرية محلية في صبراتة.",
        "2016-02-25",
        EventKind::ViolenceAgainstCivilians,
        Want::NoRecord,
    ),
    (
        "near miss: civilians slaughtered during clashes are violence against civilians",
        "ذبح مسلحو التنظيم 11 مدنيا أثناء اشتباكات ليلية مع ألوية عسكرية محلية في صبراتة.",
        "2016-02-25",
        EventKind::ViolenceAgainstCivilians,
        Want::Actor2("generic:civilians"),
    ),
    (
        "armed men who surround protesters act on a protest",
        "طوقت مجموعات مسلحة المتظاهرين في ميدان الشهداء بمدينة طرابلس مساء اليوم.",
        "2020-08-26",
        EventKind::Protest,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "… no siege",
        "طوقت مجموعات مسلحة المتظاهرين في ميدان الشهداء بمدينة طرابلس مساء اليوم.",
        "2020-08-26",
        EventKind::Siege,
        Want::NoRecord,
    ),
    (
        "… and with the protest told, one record",
        "تظاهر المئات في ميدان الشهداء بطرابلس، وطوقت مجموعات مسلحة المتظاهرين في الميدان.",
        "2020-08-26",
        EventKind::Protest,
        Want::Count(1),
    ),
    (
        "near miss: forces that surround gunmen besiege them",
        "حاصرت قوات الجيش المسلحين في حي الليثي ببنغازي.",
        "2020-08-26",
        EventKind::Siege,
        Want::Actor2("generic:unidentified_armed_group"),
    ),
    (
        "a toll before a relative clause is not the clause's background event's",
        "قتل خمسة من عناصر القوة التي تسيطر على المدينة واصيب سبعة اخرون في هجوم انتحاري امس.",
        "2015-06-01",
        EventKind::Bombing,
        Want::Fatalities(Some(5)),
    ),
    (
        "aircraft described before their tie struck for the side they are tied to",
        "قتل 30 طالبا جراء غارات نفذتها طائرات أجنبية تابعة لقوات خليفة حفتر.",
        "2020-01-04",
        EventKind::Airstrike,
        Want::Actor1("lna"),
    ),
    (
        "… and a drone `بدون طيار` of a coalition",
        "استهدفت ضربة جوية من طائرة بدون طيار تابعة للتحالف الدولي سيارة في ريف إدلب.",
        "2023-02-24",
        EventKind::Airstrike,
        Want::Actor1("global_coalition_against_isis"),
    ),
    (
        "a ministry that announces an abduction is its source",
        "أعلنت وزارة الخارجية الإيطالية أمس الاثنين خطف إيطاليين في جنوب ليبيا.",
        "2016-09-20",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "near miss: the ministry that announces an arrest made it",
        "أعلنت وزارة الداخلية اعتقال ثلاثة مشتبه بهم في طرابلس.",
        "2016-09-20",
        EventKind::Arrest,
        Want::Actor1("ministry_of_interior"),
    ),
];

#[test]
fn rec44_classes() {
    run(REC44);
}
