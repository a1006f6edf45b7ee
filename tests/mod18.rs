//! Modality classes of session 18 (issue #9), found on the events study halves and checked
//! against other stored news pages; sentences written for the test, not copied. Each class has
//! both sides: the cue governs the event, and it does not.
//!
//! - (a) a demand, a hope or a denial of broad scope governs every noun phrase coordinated
//!   with its complement, across commas and long conjuncts; a local cue (`عدم`) does not, nor
//!   does a demand reach a new verb clause;
//! - (a) someone's hope (`أمله في`, `أملها في`) governs its complement past a verbal noun or two;
//! - (b) what talks will deal with (`ستركز`, `ستتناول` after the event noun), «can be done»
//!   (`يمكن أن يتم`), awaiting that an event take place (`في انتظار أن`);
//! - a quoted phrase continues the clause of the cue before or after it
//!   (`ستشهد «مواجهات عنيفة»`);
//! - `قد` before a feminine dual perfect (`قد تعرضتا`) is «already», not «may».

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

const CASES: &[Case] = &[
    // (a) coordination under a governing cue
    (
        "demand_over_third_conjunct",
        "طالبت البعثة الطرفين بالتهدئة في محيط المطار، وتبادل الأسرى، ووقف إطلاق النار في أسرع وقت.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "call_over_long_second_conjunct",
        "دعا الوزير الكتائب إلى ضبط النفس، واحترام القانون الإنساني وحماية المدنيين في الأحياء الجنوبية.",
        EventKind::Humanitarian,
        Some(Modality::Demanded),
    ),
    (
        "call_over_any_conjunct",
        "حثت الجامعة الأطراف على الامتناع عن التصعيد في العاصمة، وأي خطوات أحادية تعرقل الحوار، وانسحاب الكتائب من المدينة دون تأخير.",
        EventKind::TerritoryControl,
        Some(Modality::Demanded),
    ),
    (
        "denial_over_conjunct",
        "نفى المتحدث العسكري قصف الأحياء السكنية في المدينة، واستهداف المدنيين الفارين منها.",
        EventKind::ViolenceAgainstCivilians,
        Some(Modality::Negated),
    ),
    (
        "local_negation_not_spread",
        "أكد البيان عدم وجود قوات أجنبية في القاعدة، ووصول شحنة مساعدات إلى الميناء أمس.",
        EventKind::Humanitarian,
        Some(Modality::Asserted),
    ),
    (
        "demand_not_into_verb_clause",
        "دعت البعثة إلى وقف التصعيد، واندلعت اشتباكات عنيفة بعد ساعات في الضاحية.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "no_cue_no_spread",
        "قتل ثلاثة مدنيين في قصف على الحي، ونزوح عشرات الأسر إلى المدارس.",
        EventKind::Humanitarian,
        Some(Modality::Asserted),
    ),
    // (a) someone's hope
    (
        "her_hope_past_two_nouns",
        "وعبرت الوزيرة عن أملها في استكمال الترتيبات الأمنية وتوقيع الاتفاق النهائي قريبا.",
        EventKind::Agreement,
        Some(Modality::Hypothetical),
    ),
    (
        "hope_past_an",
        "أعرب السفير عن أمله في أن تستأنف المفاوضات بين الطرفين الشهر المقبل.",
        EventKind::PeaceTalks,
        Some(Modality::Hypothetical),
    ),
    (
        "hope_ends_at_clause",
        "أعرب السفير عن أمله في التهدئة، فيما اندلعت اشتباكات في الجنوب.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    // (b) future reporting
    (
        "talks_will_focus",
        "أوضح المبعوث أن المشاورات ستركز على توحيد المؤسسة العسكرية.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "talks_focused",
        "أوضح المبعوث أن المشاورات ركزت على توحيد المؤسسة العسكرية.",
        EventKind::PeaceTalks,
        Some(Modality::Asserted),
    ),
    (
        "can_be_signed",
        "قال الوسيط إنه يمكن أن يتم التوقيع على الاتفاق خلال أيام.",
        EventKind::Agreement,
        Some(Modality::Hypothetical),
    ),
    (
        "was_signed",
        "قال الوسيط إنه تم التوقيع على الاتفاق قبل أيام.",
        EventKind::Agreement,
        Some(Modality::Asserted),
    ),
    (
        "awaiting_that_held",
        "في انتظار أن تعقد اللجنة العسكرية المشتركة اجتماعا حاسما في سرت، تواصل الوفود مشاوراتها.",
        EventKind::Meeting,
        Some(Modality::Planned),
    ),
    (
        "held_after_waiting",
        "عقدت اللجنة العسكرية المشتركة اجتماعا حاسما في سرت بعد انتظار طويل.",
        EventKind::Meeting,
        Some(Modality::Asserted),
    ),
    // a quoted phrase continues the cue's clause
    (
        "future_before_quote",
        "قال المتحدث إن المنطقة ستشهد “مواجهات عنيفة” في الساعات القليلة.",
        EventKind::ArmedClash,
        Some(Modality::Planned),
    ),
    (
        "past_before_quote",
        "قال المتحدث إن المنطقة شهدت “مواجهات عنيفة” مساء الأحد.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "quoted_subject_of_future",
        "وأضاف أن «المحادثات» ستتناول ملف المهجرين.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    // «قد» before a dual perfect
    (
        "already_dual",
        "وقال إن البلدتين قد تعرضتا لقصف عنيف بالهاون خلال الليل.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "may_dual_imperfect",
        "وحذر من أن البلدتين قد تتعرضان لقصف عنيف بالهاون.",
        EventKind::Shelling,
        Some(Modality::Hypothetical),
    ),
];

#[test]
fn mod18_classes() {
    check(CASES, true);
}
