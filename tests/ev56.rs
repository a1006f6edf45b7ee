//! ev56 (issue 9), from the forty-second session, round 56 (studied after it was scored
//! unseen): the displaced going back to their homes (`بالعودة لديارها`, `للعودة إلى مدينتهم`,
//! `عودة النازحين`) is a humanitarian event, a return that only dates another event (`بعد عودة
//! عائلاتهم إلى منازلهم`) is mentioned, and a return of calm is none; attackers beaten back
//! (`صد القوات المهاجمة`, `صد المهاجمين`) tell the attack. A denial reaches on from the truth
//! it denies (`نفى … صحة الأنباء …، عن وقوع غارات`). The coalition's bombardment is flown
//! (`قصف التحالف`), and aircraft of a later clause with an event of its own (`بينما شنت طائرات
//! الناتو غارات`) leave an earlier bombardment its kind. What an accord includes (`يتضمن`) is
//! planned, and so are talks a decision returns to (`بالعودة إلى طاولة الحوار`). Sorties told
//! with whose aircraft they are (`طلعات مكثفة لسلاح الجو`) strike, and the weapons an attack
//! used (`هجمات … باستخدام المدفعية`) are told as it is. Records: the count of a group a killed cue names, told after it (`ليقتل جميع أفراد
//! الكمين البالغ عددهم 14`). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV56_CASES: &[events_table::Case] = &[
    (
        "families allowed back to their homes",
        "أعلنت الحكومة اليوم الأحد السماح للعائلات التي نزحت عن البلدة بالعودة إلى بيوتها.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "a call to go back home",
        "دعا المجلس البلدي جميع السكان للعودة إلى منازلهم دون خوف.",
        K::Humanitarian,
        Some(M::Demanded),
    ),
    (
        "the return of the displaced",
        "بدأت صباح اليوم عودة النازحين إلى منطقة قصر بن غشير.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near miss a return that only dates another event",
        "قتل طفلان بانفجار لغم في المنطقة، بعد عودة عائلاتهم إلى منازلهم.",
        K::Humanitarian,
        None,
    ),
    (
        "near miss a return of calm",
        "أعلن المجلس البلدي عودة الهدوء إلى أحياء المدينة.",
        K::Humanitarian,
        None,
    ),
    (
        "the attacking forces beaten back",
        "تمكنت القوات بمساندة الطيران من صد القوات المهاجمة وإجبارها على التراجع.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "the attackers beaten back",
        "صد المدافعون المهاجمين بعد ساعات من المواجهات عند البوابة الجنوبية.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "the truth of the news denied far before its content",
        "نفى مكتب آمر القاعدة الجوية صحة الأنباء المتداولة عبر الصفحات الداعمة للمجموعات المسلحة الليلة الماضية وما قبلها، عن وقوع غارات جوية معادية في محيط القاعدة.",
        K::Airstrike,
        Some(M::Negated),
    ),
    (
        "near miss the truth of the news confirmed",
        "أكد مكتب آمر القاعدة الجوية صحة الأنباء المتداولة عبر الصفحات الداعمة للمجموعات المسلحة الليلة الماضية، عن وقوع غارات جوية في محيط القاعدة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "the coalitions bombardment is flown",
        "سيطر الثوار على البلدة بينما فر أهالي سرت من قصف التحالف.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "shelling beside a later clause of raids keeps its kind",
        "قصفت قوات القذافي مدينة مصراتة بينما شنت طائرات الناتو غارات على مواقعها.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "near miss aircraft over the town in a later clause of no event",
        "قصفت القوات المدينة، وحلقت الطائرات فوقها طوال الليل.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "what a truce includes is planned",
        "وأعلن الوسطاء أن وقف إطلاق النار، الذي يتضمن إنهاء الهجمات على المدن، سيبدأ مساء اليوم.",
        K::Offensive,
        Some(M::Planned),
    ),
    (
        "a return to the table decided",
        "ورحب المبعوث بقرار المجلس بالعودة إلى طاولة الحوار الأسبوع المقبل.",
        K::PeaceTalks,
        Some(M::Planned),
    ),
    (
        "near miss a return to the table called for through a conjunction",
        "دعا مجلس الأمن جميع الأطراف إلى الالتزام بوقف دائم لإطلاق النار والعودة إلى طاولة الحوار.",
        K::PeaceTalks,
        Some(M::Demanded),
    ),
    (
        "sorties of the air force",
        "وتواصلت المواجهات مع طلعات مكثفة لسلاح الجو على تمركزات المسلحين.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "weapons an attack used share its reading",
        "بدأت القوات تنفيذ هجمات مكثفة على معسكر للمسلحين باستخدام المدفعية الثقيلة.",
        K::Shelling,
        Some(M::Asserted),
    ),
];

#[test]
fn ev56_classes() {
    events_table::check(EV56_CASES, true);
}

const REC56: &[records_table::Case] = &[(
    "the_count_of_the_group_the_cue_names",
    "هاجم مسلحون كمينا للجيش جنوب المدينة، ليقتلوا جميع أفراد الكمين البالغ عددهم 14 عسكريا.",
    "2019-06-05",
    K::Offensive,
    Want::Fatalities(Some(14)),
)];

#[test]
fn rec56_classes() {
    records_table::run(REC56);
}
