//! rec70 (issue 10, records), from the forty-ninth session, round 70 (scored unseen on the
//! session's first build, then studied): a strike dated first by the day of the statement that
//! tells it and then, in a later sentence, by its own day through a back-reference is one
//! record on its own day, also when the sayer is a long name the gazetteer knows; the sayer's
//! pronoun is the subject past a count of the strikes (`أنها شنت ست ضربات`). Sentences written
//! for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const STRIKES: &str = "قالت القيادة الأمريكية في أفريقيا الأحد إنها شنت ست ضربات جوية على معسكر لتنظيم داعش في ليبيا وقتلت 17 مسلحا.\nوقالت القيادة في بيان إن الضربات التي نفذت يوم الجمعة استهدفت معسكرا للتنظيم.";
const STRIKES_LONG_NAME: &str = "قالت قيادة القوات الأمريكية في إفريقيا الأحد إنها شنت ست ضربات جوية على معسكر للتنظيم.\nوقالت القيادة في بيان إن الضربات التي نفذت يوم الجمعة استهدفت معسكرا للتنظيم.";

const REC70: &[Case] = &[
    (
        "a statement's day, then the strikes' own day: one record",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(1),
    ),
    (
        "… on the strikes' own day",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Date("2017-09-22", "2017-09-22"),
    ),
    (
        "… by the sayer, past the count of strikes",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Actor1("africom"),
    ),
    (
        "… with the toll of the first sentence",
        STRIKES,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Fatalities(Some(17)),
    ),
    (
        "a sayer of five words the gazetteer knows",
        STRIKES_LONG_NAME,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(1),
    ),
    (
        "… on the strikes' own day",
        STRIKES_LONG_NAME,
        "2017-09-24",
        EventKind::Airstrike,
        Want::Date("2017-09-22", "2017-09-22"),
    ),
    (
        "near miss: a strike more than a week before the statement is another",
        "قالت القيادة الأمريكية في أفريقيا الأحد إنها شنت غارة جوية على معسكر للتنظيم.\nوقالت القيادة في بيان إن الغارة التي نفذت يوم 10 سبتمبر استهدفت معسكرا للتنظيم.",
        "2017-09-24",
        EventKind::Airstrike,
        Want::Count(2),
    ),
    (
        "the Sunday before last",
        "اختطف مسلحون رئيس الوزراء الأسبق علي زيدان الأحد قبل الماضي في طرابلس.",
        "2017-08-23",
        EventKind::Abduction,
        Want::Date("2017-08-13", "2017-08-13"),
    ),
    (
        "near miss: last Sunday",
        "اختطف مسلحون رئيس الوزراء الأسبق علي زيدان الأحد الماضي في طرابلس.",
        "2017-08-23",
        EventKind::Abduction,
        Want::Date("2017-08-20", "2017-08-20"),
    ),
    (
        "the week before last",
        "اختطف مسلحون رئيس الوزراء الأسبق علي زيدان الأسبوع قبل الماضي في طرابلس.",
        "2017-08-23",
        EventKind::Abduction,
        Want::Date("2017-08-05", "2017-08-11"),
    ),
    (
        "the Maghrebi agent of a passive",
        "وأوضح المصدر أن علي زيدان تعرض للاختطاف من طرف مجموعة مسلحة في طرابلس أمس.",
        "2017-08-23",
        EventKind::Abduction,
        Want::Actor1("generic:unidentified_armed_group"),
    ),
    (
        "… and the abducted",
        "وأوضح المصدر أن علي زيدان تعرض للاختطاف من طرف مجموعة مسلحة في طرابلس أمس.",
        "2017-08-23",
        EventKind::Abduction,
        Want::Actor2("ali_zeidan"),
    ),
    (
        "casualties denied: nobody killed",
        "انفجرت عبوة تحت سيارة دبلوماسي في بنغازي، ونفت المصادر نفسها وقوع إصابات.",
        "2012-08-20",
        EventKind::Bombing,
        Want::Fatalities(Some(0)),
    ),
    (
        "… nor wounded",
        "انفجرت عبوة تحت سيارة دبلوماسي في بنغازي، ونفت المصادر نفسها وقوع إصابات.",
        "2012-08-20",
        EventKind::Bombing,
        Want::Injured(Some(0)),
    ),
    (
        "near miss: a denial far from the casualties",
        "انفجرت عبوة تحت سيارة في بنغازي، ونفى الجيش أي علاقة له بالحادث وقال إن الانفجار أدى إلى وقوع إصابات.",
        "2012-08-20",
        EventKind::Bombing,
        Want::Injured(None),
    ),
    (
        "a killing a strike answered is no toll of it",
        "بعد مقتل 37 جنديا تركيا، قصفت المدفعية التركية اليوم عدة مطارات عسكرية في إدلب.",
        "2020-02-28",
        EventKind::Shelling,
        Want::Fatalities(None),
    ),
    (
        "… told after the strike",
        "نفذ الجيش التركي غارات جوية على أهداف في شمال العراق بعد مقتل تسعة من جنوده في هجوم.",
        "2023-12-23",
        EventKind::Airstrike,
        Want::Fatalities(None),
    ),
    (
        "near miss: the strike's own toll",
        "قتل تسعة أشخاص في غارات جوية على أهداف في شمال العراق.",
        "2023-12-23",
        EventKind::Airstrike,
        Want::Fatalities(Some(9)),
    ),
];

#[test]
fn rec70_cases() {
    run(REC70);
}

/// The one before the last week, month and year, resolved against the publication date.
const BEFORE_LAST: &[records_table::ExprCase] = &[
    (
        "the Sunday before last",
        "الأحد قبل الماضي",
        "2017-08-23",
        "2017-08-13..2017-08-13/day",
    ),
    (
        "the Friday before last, feminine",
        "الجمعة قبل الماضية",
        "2017-08-23",
        "2017-08-11..2017-08-11/day",
    ),
    (
        "the week before last",
        "الأسبوع قبل الماضي",
        "2017-08-23",
        "2017-08-05..2017-08-11/week",
    ),
    (
        "the month before last",
        "الشهر قبل الماضي",
        "2017-08-23",
        "2017-06-01..2017-06-30/month",
    ),
    (
        "the year before last",
        "العام قبل الماضي",
        "2017-08-23",
        "2015-01-01..2015-12-31/year",
    ),
    (
        "near miss: the week before something",
        "الأسبوع قبل الانتخابات",
        "2017-08-23",
        "-",
    ),
];

#[test]
fn before_last() {
    records_table::run_exprs(BEFORE_LAST);
}

/// An unnamed actor is named by the country where the record is placed, as ACLED names it.
#[test]
fn generic_actors_take_the_country_of_the_record() {
    use libya_nlp::{Analyzer, Date};
    let analyzer = Analyzer::new();
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "خرج مئات المتظاهرين في الخرطوم للمطالبة بإسقاط النظام.",
            "Protesters (Sudan)",
            None,
        ),
        (
            "خطف مسلحون مجهولون ثلاثة عمال في دمشق أمس.",
            "Unidentified Armed Group (Syria)",
            Some("Civilians (Syria)"),
        ),
        (
            "خطف مسلحون مجهولون ثلاثة عمال في طرابلس أمس.",
            "Unidentified Armed Group (Libya)",
            Some("Civilians (Libya)"),
        ),
    ];
    let date: Date = "2019-02-07".parse().unwrap();
    for &(text, a1, a2) in cases {
        let analysis = analyzer.analyze_dated(text, Some(date));
        let r = analysis
            .records
            .iter()
            .find(|r| !r.background)
            .unwrap_or_else(|| panic!("no record in {text}"));
        assert_eq!(
            r.actor1.as_ref().map(|a| a.english.as_str()),
            Some(a1),
            "{text}"
        );
        if let Some(a2) = a2 {
            assert_eq!(
                r.actor2.as_ref().map(|a| a.english.as_str()),
                Some(a2),
                "{text}"
            );
        }
    }
}
