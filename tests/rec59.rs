//! rec59 (issue 10, records), from the forty-fourth session, round 59 (studied after it was
//! scored unseen): two days of a month told as ordinals joined by `و` (`يومي الثالث والسادس من
//! يوليو`) are the days from the first to the second; `أمس` with a weekday the day before the
//! publication date is not (`أمس السبت` on a page of that Saturday) is the weekday's day, the
//! most recent on or before the date; an attempt told as the day's news (`تعرض لمحاولة اغتيال
//! فاشلة`) happened that day; a running total whose noun comes after a time (`ارتفعت، اليوم
//! الخميس، أعداد ضحايا القصف … إلى عشرة`) counts the dead; militants eliminated by a verb
//! (`قضت وحدات الجيش، السبت، على سبعة إرهابيين`) are dead, and a court's ruling is no toll.
//! Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{Analyzer, EventKind, Modality};
use records_table::{run, Case, Want};

const REC59: &[Case] = &[
    (
        "two ordinal days of a month",
        "وفجر انتحاريون سيارتين مفخختين في المدينة يومي الثالث والسادس من يوليو الجاري.",
        "2015-07-22",
        EventKind::Bombing,
        Want::Date("2015-07-03", "2015-07-06"),
    ),
    (
        "two ordinal days of the current month",
        "وفجر انتحاريون سيارتين مفخختين في المدينة يومي الثالث والسادس من الشهر الجاري.",
        "2015-07-22",
        EventKind::Bombing,
        Want::Date("2015-07-03", "2015-07-06"),
    ),
    (
        "near miss one ordinal day",
        "وفجر انتحاري سيارة مفخخة في المدينة يوم السادس من يوليو الجاري.",
        "2015-07-22",
        EventKind::Bombing,
        Want::Date("2015-07-06", "2015-07-06"),
    ),
    (
        "yesterday with the weekday of the page's own day",
        "وهاجم مسلحون مجهولون مقر الحزب في المدينة أمس السبت (12 يناير).",
        "2013-01-12",
        EventKind::Offensive,
        Want::Date("2013-01-12", "2013-01-12"),
    ),
    (
        "yesterday with a weekday two days back",
        "وهاجم مسلحون مركزا للشرطة في المدينة مساء أمس الأحد.",
        "2013-01-15",
        EventKind::Offensive,
        Want::Date("2013-01-13", "2013-01-13"),
    ),
    (
        "near miss yesterday and its own weekday",
        "وهاجم مسلحون مركزا للشرطة في المدينة أمس الاثنين.",
        "2013-01-15",
        EventKind::Offensive,
        Want::Date("2013-01-14", "2013-01-14"),
    ),
    (
        "a running total whose noun follows a time",
        "ارتفعت، اليوم الخميس، أعداد ضحايا القصف الجوي الذي استهدف أمس الأربعاء بلدة في ريف المدينة، إلى تسعة مدنيين.",
        "2018-05-10",
        EventKind::Airstrike,
        Want::Fatalities(Some(9)),
    ),
    (
        "militants eliminated by the verb, a time between",
        "وأعلنت الوزارة أن وحدات الجيش قضت، السبت 19 فبراير 2022، على سبعة إرهابيين خلال عملية تمشيط.",
        "2022-02-20",
        EventKind::Offensive,
        Want::Fatalities(Some(7)),
    ),
    (
        "soldiers of a state by its plural adjective place an event abroad",
        "وقتل ضابطان وخمسة جنود مصريين في انفجار عبوة ناسفة استهدف مدرعة في وسط سيناء.",
        "2017-03-23",
        EventKind::Bombing,
        Want::Location("egypt"),
    ),
    (
        "nobody hurt, in the accusative",
        "وهاجم مسلحون مقر المنظمة في المدينة بالقذائف ولم يصب أحدا.",
        "2012-08-06",
        EventKind::Offensive,
        Want::Injured(Some(0)),
    ),
    (
        "two weapons after an attack verb and a time aside are one attack",
        "وهاجم مسلحون مجهولون مقر المنظمة في مصراتة، أمس الأحد، بالقنابل والقذائف الصاروخية.",
        "2012-08-06",
        EventKind::Shelling,
        Want::NoRecord,
    ),
    (
        "… which is the attack",
        "وهاجم مسلحون مجهولون مقر المنظمة في مصراتة، أمس الأحد، بالقنابل والقذائف الصاروخية.",
        "2012-08-06",
        EventKind::Offensive,
        Want::Date("2012-08-05", "2012-08-05"),
    ),
    (
        "a hospital that received the dead is no place of the fighting",
        "واستقبل قسم الطوارئ بمستشفى مصراتة المركزي الأحد ثلاثة قتلى جراء الاشتباكات العنيفة قرب سرت.",
        "2016-06-06",
        EventKind::ArmedClash,
        Want::Location("sirte"),
    ),
    (
        "… and the wounded the ward received next are the fighting's",
        "واستقبل قسم الطوارئ بمستشفى مصراتة المركزي الأحد ثلاثة قتلى جراء الاشتباكات العنيفة قرب سرت.\nكما استقبل قسم الحوادث والطوارئ 20 جريحا.",
        "2016-06-06",
        EventKind::ArmedClash,
        Want::Injured(Some(20)),
    ),
    (
        "the toll of the attack a statement of the next morning raises is its own",
        "قتل 12 عنصرا وأصيب 48 آخرون مساء أمس الجمعة في هجوم بسيارة مفخخة في منطقة الجيزة البحرية بمدينة سرت.\nوفي حصيلة جديدة صباح اليوم، أعلن المركز الإعلامي ارتفاع عدد قتلى الهجوم إلى 16.",
        "2016-08-20",
        EventKind::Bombing,
        Want::Count(1),
    ),
    (
        "… which is 16",
        "قتل 12 عنصرا وأصيب 48 آخرون مساء أمس الجمعة في هجوم بسيارة مفخخة في منطقة الجيزة البحرية بمدينة سرت.\nوفي حصيلة جديدة صباح اليوم، أعلن المركز الإعلامي ارتفاع عدد قتلى الهجوم إلى 16.",
        "2016-08-20",
        EventKind::Bombing,
        Want::Fatalities(Some(16)),
    ),
    (
        "the group that claims an attack, a time after its adjective",
        "أعلن داعش الإرهابي، الأحد، مسؤوليته عن الهجوم الانتحاري الذي وقع بمدينة سبها وراح ضحيته رجلا أمن.",
        "2021-06-07",
        EventKind::Bombing,
        Want::Actor1("isis"),
    ),
];

#[test]
fn rec59_classes() {
    run(REC59);
}

/// A failed attempt told as the day's news is dated to the publication day; a clash denied
/// gets no date.
#[test]
fn an_attempt_happened_that_day() {
    let a = Analyzer::new();
    let d = "2022-02-10".parse().ok();
    let r = a.analyze_dated(
        "وتعرض وزير الداخلية لمحاولة اغتيال فاشلة في العاصمة طرابلس.",
        d,
    );
    let rec = r
        .records
        .iter()
        .find(|x| x.kind == EventKind::Assassination)
        .expect("an assassination record");
    assert_eq!(rec.modality, Modality::Negated);
    let date = rec.date.as_ref().expect("dated");
    assert_eq!(
        (date.start.to_string(), date.end.to_string()),
        ("2022-02-10".into(), "2022-02-10".into())
    );
    let r = a.analyze_dated("ولم تقع أي اشتباكات في طرابلس.", d);
    assert!(r
        .records
        .iter()
        .filter(|x| x.kind == EventKind::ArmedClash)
        .all(|x| x.date.is_none()));
}
