//! ev36 (issue 9, sentence-level events on real news): classes found in the thirty-third
//! session (round 36's record openings): a headline that opens with an indefinite event noun
//! tells that event as the news, a kicker before it too (`ليبيا: اغتيال ناشط سياسي`), while a
//! nominal event without an anchor elsewhere stays a mention; a headline's one-word kicker
//! with two dots is no sentence of its own; capturing a commander (`بأسر آمر`) is an arrest;
//! `وتسعين` (ninety) is no verb of striving, so it makes no clash planned; a place a side came
//! to control (`التي باتت قوات المجلس تسيطر عليها`) is a capture told, no state; `وجوب` lays
//! down an obligation (demanded); the voters' register opened is an election; a person freed
//! (`تحرير رئيس الوزراء`) is no ground taken; an event noun whose relative clause runs into
//! a future verb of starting (`الذي اتفق عليه الطرفان سيبدأ الثلاثاء`) is to come; what a
//! demand asks, told with its `ب` after a relative clause on the one asked (`طالب … القوات
//! التي وصفها بالعدو، بالانسحاب`), is demanded; one barrel bomb is an air strike; units that
//! entered a town (`دخلت وحدات عسكرية إلى مدينة`) took it; `شيخ الشهداء` and a rank before
//! `الشهيد` are honorifics, no toll. The sentences were written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV36_CASES: &[Case] = &[
    (
        "a_headline_of_an_assassination",
        "اغتيال ناشط سياسي وعقيد في الجيش",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a_headline_after_a_kicker",
        "ليبيا: اغتيال ناشط سياسي وعقيد ومقدم في الجيش",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a_headline_of_an_abduction",
        "خطف موظفين أجانب في حقل نفطي",
        K::Abduction,
        Some(M::Asserted),
    ),
    // Capturing a commander is an arrest; `أسر` of families is none.
    (
        "a_commander_captured",
        "انتهت الاشتباكات العنيفة أمس بأسر آمر غرفة عمليات غريان.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near_miss_his_family",
        "مسلحون يختطفون مدير مصرف ويطالبون أسرته بفدية",
        K::Arrest,
        None,
    ),
    (
        "near_miss_families_of_victims",
        "طالبت أسر الضحايا بالتحقيق في الحادثة.",
        K::Arrest,
        None,
    ),
    (
        "ninety_wounded_is_no_plan",
        "أفادت وزارة الصحة بسقوط ثلاثة عشر قتيلا وخمسة وتسعين مصابا في اشتباكات العاصمة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "control_the_place_came_under",
        "انتشل الهلال الأحمر أمس الجثث في منطقة الكورفات التي باتت قوات مجلس شورى مجاهدي درنة تسيطر عليها.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "an_obligation_laid_down",
        "ونص الإعلان الدستوري على وجوب إجراء الانتخابات قبل 19 يونيو.",
        K::Election,
        Some(M::Demanded),
    ),
    (
        "the_voters_register_opened",
        "أعلنت اللجنة المركزية للانتخابات البلدية عن فتح السجل الانتخابي أمام الناخبين.",
        K::Election,
        Some(M::Asserted),
    ),
    (
        "a_prime_minister_freed_is_no_capture",
        "أعلن الناطق باسم الحكومة عن تحرير رئيس الوزراء علي زيدان.",
        K::TerritoryControl,
        None,
    ),
    (
        "near_miss_a_town_liberated",
        "أعلن الجيش تحرير مدينة سرت من قبضة التنظيم.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a_truce_whose_relative_clause_runs_into_its_start",
        "أعلنت الأمم المتحدة أن وقف إطلاق النار الذي اتفق عليه الطرفان في الحديدة سيبدأ الثلاثاء.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "near_miss_a_truce_that_holds",
        "قال المتحدث إن الهدنة التي أعلنت أمس صامدة.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "a_demand_after_a_relative_clause_on_the_one_asked",
        "وطالب بيت المال، جميع قوات الجيش التي وصفها بـ\"العدو\"، بالانسحاب الفوري من سرت والجفرة.",
        K::TerritoryControl,
        Some(M::Demanded),
    ),
    (
        "near_miss_no_demand_before",
        "رحب المجلس بالقوات التي دخلت المدينة، بالانسحاب منها.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "one_barrel_bomb",
        "قتل 19 شخصا إثر سقوط برميل متفجر ألقي من طائرة مروحية قرب المدرسة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "units_entered_a_town",
        "دخلت وحدات عسكرية إلى مدينة الكفرة لحفظ الأمن فيها.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_patient_entered_hospital",
        "دخل المريض إلى المستشفى صباح اليوم.",
        K::TerritoryControl,
        None,
    ),
    (
        "the_martyrs_sheikh_is_no_toll",
        "وتم تسليم الشعلة إلى ابن شيخ الشهداء عمر المختار.",
        K::Casualties,
        None,
    ),
    (
        "a_fallen_general_named_by_his_honorific",
        "وتم تسليم الشعلة إلى أسرة اللواء الشهيد عبدالفتاح يونس.",
        K::Casualties,
        None,
    ),
];

#[test]
fn ev36_classes() {
    events_table::check(EV36_CASES, false);
}

/// Near misses: an unanchored event noun that does not open a headline, or a definite one,
/// stays a mention (background); control a relative clause tells in the present, a state.
#[test]
fn ev36_mentions_stay_background() {
    let a = libya_nlp::Analyzer::new();
    for text in [
        "استمرار الاغتيالات في المدينة",
        "الاغتيالات تهدد العملية السياسية",
        "وصلت القوات إلى قاعدة معيتيقة التي تسيطر عليها قوات الوفاق.",
        "وأدان المجلس اغتيال ناشط سياسي وعقيد في الجيش.",
    ] {
        let r = a.analyze(text);
        assert!(
            r.events
                .iter()
                .filter(|e| matches!(e.kind, K::Assassination | K::TerritoryControl))
                .all(|e| e.background || e.modality != M::Asserted),
            "{text}: {:?}",
            r.events
        );
    }
}

/// `مصر.. مقتل 6 جنود`: the kicker and its headline are one sentence; dots after a longer
/// opening still end one.
#[test]
fn ev36_kicker_is_no_sentence() {
    let split = |t: &str| -> Vec<String> {
        libya_nlp::sentences::split(t)
            .into_iter()
            .map(|r| t[r].to_string())
            .collect()
    };
    assert_eq!(
        split("مصر.. مقتل 6 جنود في هجوم"),
        ["مصر.. مقتل 6 جنود في هجوم"]
    );
    assert_eq!(
        split("العملية تدخل مرحلتها الثانية.. ودعوات لوقف القتال"),
        ["العملية تدخل مرحلتها الثانية..", "ودعوات لوقف القتال"]
    );
}
