//! Records: the day's news or earlier (issue 10, session 16, `date20`). records.md
//! "Conventions → Dates": an undated event told as the day's news takes the publication date;
//! an undated event the text places earlier gets no date rather than a wrong one. The cues
//! that place an event earlier, or tell it as the context the news is set against, are the
//! families of `data/records/date_cues.tsv`: a sentence that opens a flashback (`وكانت …`,
//! with or without `قد`, the subject as long as it likes), a concession (`رغم`), a sentence
//! that frames the news (`وتأتي هذه المواجهات عقب …`, `يأتي ذلك في وقت …`), `في وقت … فيه`;
//! besides, an undated event after `بعد`/`عقب`/`إثر` that follows an event of another kind in
//! its sentence (across a comma too), and a recap (`و يذكر أن`, the `و` written apart). A
//! day earlier than the story's day told for an event of another kind recalls the past: the
//! undated events told after it keep the story's day.
//!
//! Every text was written for this file in the style of the news and labelled with what an
//! ACLED coder would code (`records.md`) before the crate was run on it.

use libya_nlp::records::Record;
use libya_nlp::{Analyzer, Date, EventKind, Modality};
use once_cell::sync::Lazy;

static ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::new);

/// (name, text, publication date, kind, the date every asserted record of the kind must
/// have: `start..end`, or `-` for none; a kind with no asserted record passes `-`).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    EventKind,
    &'static str,
);

fn date_of(r: &Record) -> String {
    r.date
        .as_ref()
        .map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end))
}

fn run(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(name, text, pubdate, kind, want) in cases {
        let d: Option<Date> = pubdate.parse().ok();
        let a = ANALYZER.analyze_dated(text, d);
        let got: Vec<String> = a
            .records
            .iter()
            .filter(|r| r.kind == kind && r.modality == Modality::Asserted)
            .map(date_of)
            .collect();
        let ok = if want == "-" {
            got.iter().all(|g| g == "-")
        } else {
            !got.is_empty() && got.iter().all(|g| g == want)
        };
        if !ok {
            failures.push(format!("{name}: want {kind:?} {want}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Placed earlier or told as context: no date.
const EARLIER: &[Case] = &[
    (
        "flashback opening without قد",
        "أعلنت قوات الجيش اليوم سيطرتها على منطقة الميناء في سرت. وكانت اشتباكات عنيفة جرت في أحياء المدينة الشرقية بين الطرفين.",
        "2019-06-12",
        EventKind::ArmedClash,
        "-",
    ),
    (
        "flashback opening, قد after a long subject",
        "شنت طائرات حربية غارات على مواقع قرب بلدة أوباري صباح اليوم. وكانت الجماعة المسلحة المتحالفة مع التنظيم المتطرف في الجنوب الغربي قد سيطرت على البلدة.",
        "2019-06-12",
        EventKind::TerritoryControl,
        "-",
    ),
    (
        "flashback opening of a lone sentence",
        "وكان مسلحون قد خطفوا مهندسين أجنبيين من موقع نفطي قرب غدامس.",
        "2019-06-12",
        EventKind::Abduction,
        "-",
    ),
    (
        "concession after the news's own time",
        "تجددت الاشتباكات في العاصمة طرابلس اليوم رغم إعلان وقف إطلاق النار.",
        "2022-05-20",
        EventKind::Ceasefire,
        "-",
    ),
    (
        "concession, على الرغم من",
        "تواصلت الاشتباكات في ضواحي سرت، وعلى الرغم من الهدنة المعلنة قصفت المدفعية مواقع في المدينة.",
        "2022-05-20",
        EventKind::Ceasefire,
        "-",
    ),
    (
        "framing sentence, عقب",
        "اندلعت اشتباكات مسلحة في حي السلماني ببنغازي مساء اليوم. وتأتي هذه المواجهات عقب اعتقال قائد إحدى الكتائب المحلية.",
        "2017-03-09",
        EventKind::Arrest,
        "-",
    ),
    (
        "framing sentence, في وقت",
        "هاجم مسلحون بوابة أمنية قرب مدينة الزاوية اليوم. يأتي ذلك في وقت أعلنت فيه الحكومة سيطرتها على معبر رأس اجدير.",
        "2017-03-09",
        EventKind::TerritoryControl,
        "-",
    ),
    (
        "at a time when, in the lead",
        "اندلعت اشتباكات قرب الميناء النفطي، في وقت أعلن فيه التنظيم سيطرته على بلدة قريبة.",
        "2016-01-05",
        EventKind::TerritoryControl,
        "-",
    ),
    (
        "cause after a comma",
        "دارت اشتباكات عنيفة في شوارع مدينة الزاوية، إثر اختطاف أحد عناصر الكتيبة على يد مجموعة منافسة.",
        "2021-09-14",
        EventKind::Abduction,
        "-",
    ),
    (
        "recap with the و written apart",
        "اندلعت مواجهات بين مجموعتين مسلحتين في غريان اليوم. و يذكر أن سبب المواجهات هو اعتقال أحد أفراد المجموعة الأولى.",
        "2021-09-14",
        EventKind::Arrest,
        "-",
    ),
];

/// The day's news keeps its day: the publication date, or the story's day.
const NEWS: &[Case] = &[
    (
        "the news set against a flashback",
        "أعلنت قوات الجيش اليوم سيطرتها على منطقة الميناء في سرت. وكانت اشتباكات عنيفة جرت في أحياء المدينة الشرقية بين الطرفين.",
        "2019-06-12",
        EventKind::TerritoryControl,
        "2019-06-12..2019-06-12",
    ),
    (
        "the news before a concession",
        "تجددت الاشتباكات في العاصمة طرابلس اليوم رغم إعلان وقف إطلاق النار.",
        "2022-05-20",
        EventKind::ArmedClash,
        "2022-05-20..2022-05-20",
    ),
    (
        "the news a framing sentence follows",
        "اندلعت اشتباكات مسلحة في حي السلماني ببنغازي مساء اليوم. وتأتي هذه المواجهات عقب اعتقال قائد إحدى الكتائب المحلية.",
        "2017-03-09",
        EventKind::ArmedClash,
        "2017-03-09..2017-03-09",
    ),
    (
        "the news before a cause",
        "دارت اشتباكات عنيفة في شوارع مدينة الزاوية، إثر اختطاف أحد عناصر الكتيبة على يد مجموعة منافسة.",
        "2021-09-14",
        EventKind::ArmedClash,
        "2021-09-14..2021-09-14",
    ),
    (
        "undated past tense, a toll",
        "قتل ثلاثة أشخاص في اشتباكات بين مجموعتين مسلحتين في مدينة صبراتة.",
        "2017-09-20",
        EventKind::ArmedClash,
        "2017-09-20..2017-09-20",
    ),
    (
        "undated capture after fighting",
        "سيطرت قوات الجيش على قاعدة جوية جنوب البلاد بعد معارك مع مسلحين.",
        "2017-09-20",
        EventKind::TerritoryControl,
        "2017-09-20..2017-09-20",
    ),
    (
        "a concurrent link is no frame",
        "تظاهر مئات في مصراتة اليوم. ويأتي الاحتجاج تزامنا مع استقالة وزير الداخلية.",
        "2017-09-20",
        EventKind::PoliticalProcess,
        "2017-09-20..2017-09-20",
    ),
    (
        "a source's account",
        "خطف مسلحون مجهولون رجل أعمال في مدينة سبها، وفق مصادر محلية.",
        "2017-09-20",
        EventKind::Abduction,
        "2017-09-20..2017-09-20",
    ),
    (
        "جاء ذلك في بيان: no frame link",
        "جاء ذلك في بيان أعلنت فيه الوزارة اعتقال خمسة مهربين في الكفرة.",
        "2017-09-20",
        EventKind::Arrest,
        "2017-09-20..2017-09-20",
    ),
    (
        "في الوقت نفسه: no time frame",
        "أعلنت الحكومة في الوقت نفسه اعتقال خلية مسلحة في مصراتة.",
        "2017-09-20",
        EventKind::Arrest,
        "2017-09-20..2017-09-20",
    ),
];

/// A recalled day of another kind of event does not become the story's day; the same kind
/// on an earlier day tells the day of the news's event.
const STORY: &[Case] = &[
    (
        "recalled day of another kind: the next undated event keeps the story's day",
        "قصفت طائرات حربية مواقع في مدينة درنة يوم الأحد. وبدأت القوات هجومها البري على المدينة مساء السبت. وقال سكان إن مسلحين اختطفوا موظفا في المدينة.",
        "2021-03-08",
        EventKind::Abduction,
        "2021-03-07..2021-03-07",
    ),
    (
        "the recalled day dates its own event",
        "قصفت طائرات حربية مواقع في مدينة درنة يوم الأحد. وبدأت القوات هجومها البري على المدينة مساء السبت. وقال سكان إن مسلحين اختطفوا موظفا في المدينة.",
        "2021-03-08",
        EventKind::Offensive,
        "2021-03-06..2021-03-06",
    ),
    (
        "the same kind on an earlier day sets the story's day",
        "هدأت الاشتباكات في العاصمة اليوم الأحد بعد جولة قتال عنيفة. واندلعت الاشتباكات بين الكتيبتين ليل الجمعة. وأدى القتال إلى نزوح عشرات العائلات من الحي.",
        "2022-08-28",
        EventKind::Humanitarian,
        "2022-08-26..2022-08-26",
    ),
];

#[test]
fn events_placed_earlier_get_no_date() {
    run(EARLIER);
}

#[test]
fn the_days_news_keeps_its_day() {
    run(NEWS);
}

#[test]
fn a_recalled_day_is_no_story_day() {
    run(STORY);
}
