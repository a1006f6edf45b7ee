//! The learned event filter as refitted and switched on by elearn14 (`data/events/filter.tsv`,
//! `docs/event_filter.md`): fitted on AGSR and on Libya news with mentions on both sides, it
//! must keep what Libya news reports and drop the mentions the rules leave asserted. Every
//! sentence is written for this test (none is dev or test text).

#[path = "support/events_table.rs"]
mod events_table;

use events_table::{check_reported, Reported};
use libya_nlp::events::{EventClassifier, EventKind, Modality};

/// Reports of Libya news: the analyzer (bundled filter on) reports them.
const KEEP: &[Reported] = &[
    (
        "toll_opens_the_sentence",
        "قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة وسط مدينة بنغازي مساء الأحد.",
        EventKind::Casualties,
        true,
    ),
    (
        "car_bomb_beside_the_toll",
        "قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة وسط مدينة بنغازي مساء الأحد.",
        EventKind::Bombing,
        true,
    ),
    (
        "device_without_casualties",
        "انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة سرت صباح اليوم دون أن تسفر عن إصابات.",
        EventKind::Bombing,
        true,
    ),
    (
        "protest_verb_opens",
        "تظاهر مئات المواطنين أمام مقر الحكومة في طرابلس احتجاجا على انقطاع الكهرباء.",
        EventKind::Protest,
        true,
    ),
    (
        "protesters_came_out",
        "خرج مئات المتظاهرين في مدينة مصراتة مساء الجمعة للمطالبة بإجراء الانتخابات في موعدها.",
        EventKind::Protest,
        true,
    ),
    (
        "road_blocked_in_witness_account",
        "وأفاد شهود عيان بأن عشرات الشبان أغلقوا الطريق الساحلي بالإطارات المشتعلة احتجاجا على تردي الخدمات وانقطاع الكهرباء لساعات طويلة في المدينة.",
        EventKind::Protest,
        true,
    ),
    (
        "abduction_verb_opens",
        "اختطف مسلحون مجهولون ناشطا حقوقيا من أمام منزله في مدينة الزاوية.",
        EventKind::Abduction,
        true,
    ),
    (
        "assassination_verb_opens",
        "اغتال مسلحون ضابطا في الجيش بإطلاق النار عليه في حي السلماني ببنغازي.",
        EventKind::Assassination,
        true,
    ),
    (
        "death_late_in_a_long_sourced_report",
        "وفي سياق متصل، قالت مصادر محلية في مدينة الزاوية إن مسلحين مجهولين أطلقوا النار على سيارة مدنية عند مدخل المدينة الغربي مساء أمس، ما أدى إلى مقتل سائقها وإصابة راكب كان معه بجروح خطيرة نقل على إثرها إلى المستشفى.",
        EventKind::Casualties,
        true,
    ),
    (
        "toll_of_clashes_rises",
        "وقالت وزارة الصحة إن حصيلة ضحايا الاشتباكات التي شهدتها العاصمة خلال اليومين الماضيين ارتفعت إلى اثنين وثلاثين قتيلا وأكثر من مئة جريح.",
        EventKind::Casualties,
        true,
    ),
];

/// Mentions the rules leave asserted (checked below) and the filter makes background.
const DROP: &[Reported] = &[
    // What a plan would prevent: no event told.
    (
        "torture_a_plan_would_prevent",
        "وتسعى الوزارة إلى إعداد خطة شاملة لتأهيل السجون وتدريب الحراس على احترام حقوق السجناء ومنع التعذيب داخل مراكز الإصلاح.",
        EventKind::ViolenceAgainstCivilians,
        false,
    ),
];

/// Mentions the filter once made background that the rules now leave unreported themselves
/// (session 13: `عرضة ل` is a risk, hypothetical; a yearly stand is a habit, a `span` cue), so
/// they can no longer test the filter's probabilities; the outcome is held all the same.
const RULES_DROP: &[Reported] = &[
    // The object of an accusation (spec records.md, "Reports and mentions").
    (
        "torture_in_an_accusation",
        "اتهمت منظمة حقوقية دولية دولا أوروبية بترك آلاف المهاجرين عرضة للتعذيب والاعتداء داخل ليبيا سعيا لوقف الهجرة عبر البحر.",
        EventKind::ViolenceAgainstCivilians,
        false,
    ),
    // A yearly vigil: a habit, no protest told.
    (
        "yearly_vigil_a_habit",
        "وتطالب عائلات الضحايا منذ سنوات بمحاسبة المسؤولين عن المجزرة، وتنظم وقفة سنوية في المكان نفسه لإحياء ذكراهم.",
        EventKind::Protest,
        false,
    ),
];

#[test]
fn libya_mentions_dropped_by_rules() {
    check_reported(RULES_DROP);
}

#[test]
fn libya_reports_kept() {
    check_reported(KEEP);
}

#[test]
fn libya_mentions_dropped() {
    check_reported(DROP);
}

/// The reported events of `kind` in `text` as the rules alone give them (threshold 0), with
/// the bundled filter's probability.
fn rules_alone(clf: &EventClassifier, text: &str, kind: EventKind) -> Vec<f64> {
    clf.classify_with_features(text, Some(0.0))
        .into_iter()
        .filter(|x| {
            x.event.kind == kind && x.event.modality == Modality::Asserted && !x.event.background
        })
        .map(|x| x.probability)
        .collect()
}

/// The drop cases are the filter's doing (the rules report them), and every mention scores
/// under every report of the table.
#[test]
fn mentions_score_under_reports() {
    let clf = EventClassifier::libya();
    let mut failures = Vec::new();
    let mut highest_mention = (0.0f64, "");
    let mut lowest_report = (1.0f64, "");
    for &(name, text, kind, _) in DROP {
        let p = rules_alone(clf, text, kind);
        match p.iter().cloned().reduce(f64::max) {
            None => failures.push(format!("{name}: the rules report no {kind:?}")),
            Some(p) if p > highest_mention.0 => highest_mention = (p, name),
            Some(_) => {}
        }
    }
    for &(name, text, kind, _) in KEEP {
        let p = rules_alone(clf, text, kind);
        match p.iter().cloned().reduce(f64::max) {
            None => failures.push(format!("{name}: the rules report no {kind:?}")),
            Some(p) if p < lowest_report.0 => lowest_report = (p, name),
            Some(_) => {}
        }
    }
    if highest_mention.0 >= lowest_report.0 {
        failures.push(format!(
            "mention {} scores {:.3}, report {} {:.3}",
            highest_mention.1, highest_mention.0, lowest_report.1, lowest_report.0
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
