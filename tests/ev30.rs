//! ev30 (issue 9, sentence-level events on real news): classes of misses found on round 30's
//! real news (2011-2024; kept outside the repository) after it was scored unseen, each with
//! the reports that must now be read right and the other senses that must stay as they were.
//! The sentences were written for this test; none is copied from a page or a gold set.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV30_CASES: &[Case] = &[
    // The plain verb of attacking, waves of attack, a campaign told by who launched it.
    (
        "gunmen_attacked_a_gate",
        "اشتبك الحرس مع مسلحين من تنظيم داعش هجموا على بوابة السدرة يوم الإثنين.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "waves_of_attack",
        "ونفذت قوات الدعم السريع أكثر من 30 موجة هجومية على مقر سلاح الإشارة في الخرطوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "campaign_announced_by_a_commander",
        "قصفت طائرتان حربيتان قواعد لميليشيا في بنغازي في إطار حملة أعلنها حفتر لتطهير ليبيا من المتطرفين.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "campaign_launched_against_groups",
        "ويأتي هذا القصف ضمن حملة أطلقها اللواء المتقاعد خليفة حفتر ضد المجموعات المتطرفة في بنغازي.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "fundraising_campaign_is_none",
        "أطلق ناشطون حملة لجمع التبرعات للنازحين في المدينة.",
        K::Offensive,
        None,
    ),
    (
        "crowd_attacking_is_no_offensive",
        "وهجم محتجون غاضبون على مقر البلدية وأضرموا فيه النار.",
        K::Offensive,
        None,
    ),
    // «لاقى» before death, a halt to fighting asked, dawn of a day told by a demonstrative.
    (
        "met_their_death",
        "قال طبيب إن 18 شخصا على الأقل لاقوا حتفهم في قتال بين القوات والثوار اليوم.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "met_death_in_a_road_accident_is_none",
        "لاقى شاب مصرعه في حادث سير على الطريق الساحلي.",
        K::Casualties,
        None,
    ),
    (
        "stopping_the_fighting_urged",
        "وناشد المجموعات المنخرطة في الاشتباك بضبط النفس والتوقف عن القتال فورا.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "dawn_of_this_day_is_no_blast",
        "وفجر هذا اليوم، اعتصم عدد من المتظاهرين قرب مجلس النواب.",
        K::Bombing,
        None,
    ),
    (
        "a_blast_at_dawn_stays",
        "وفجر انتحاري نفسه عند بوابة المعسكر فجر هذا اليوم.",
        K::Bombing,
        Some(M::Asserted),
    ),
    // `نتيجة ل` names a cause, no purpose.
    (
        "as_a_result_of_a_shell",
        "واستقبل المستشفى جثث 8 قتلى نتيجة لسقوط قذيفة على منزلهم.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "purpose_stays_planned",
        "وتعمل الحكومة لوقف القتال في المدينة.",
        K::Ceasefire,
        Some(M::Planned),
    ),
];

#[test]
fn ev30_classes() {
    events_table::check(EV30_CASES, false);
}
