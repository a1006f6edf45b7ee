//! ev90 (issue 9), from the fifty-sixth session: classes of round 90 (scored unseen first,
//! then read). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV90_CASES: &[events_table::Case] = &[
    (
        "a state after «في حالة» is no condition",
        "المستشفى في حالة إرباك بسبب حصار المنطقة منذ أسبوع.",
        K::Siege,
        Some(M::Asserted),
    ),
    (
        "near miss: «في حالة» before a verbal noun is a condition",
        "وفي حالة استمرار القصف سيتم إخلاء المدينة.",
        K::Shelling,
        Some(M::Hypothetical),
    ),
    (
        "an interview with a channel is no meeting",
        "وأكد المتحدث خلال لقاء مع قناة الحدث أن القوات تقدمت.",
        K::Meeting,
        None,
    ),
    (
        "near miss: a meeting with a minister",
        "عقد الرئيس لقاء مع وزير الخارجية الجزائري في طرابلس.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "a force's attempt to advance is an offensive",
        "تمكنا من تدمير ثلاث دبابات لداعش خلال محاولته التقدم نحو درنة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near miss: protesters trying to storm a bank are no offensive",
        "أطلق الجيش النار في الهواء لتفريق محتجين حاولوا اقتحام مبنى مصرف.",
        K::Offensive,
        None,
    ),
    (
        "ground gained in an area",
        "قالت مصادر إن المقاتلين أحرزوا تقدما في منطقة صرواح.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near miss: progress in talks is no advance",
        "أحرز المتحاورون تقدما في المحادثات.",
        K::Offensive,
        None,
    ),
    (
        "a town declared free of a side",
        "أعلن السكان أن مدينتهم باتت محررة من قوات القذافي.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "brigades vacating their bases",
        "شرعت الكتائب المسلحة في إخلاء مقراتها وتسليمها لوزارة الدفاع.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a base vacated",
        "قال المتحدث إنه تم إخلاء القاعدة كجزء من قرار استراتيجي.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "near miss: the wounded evacuated are no withdrawal",
        "بدأ الهلال الأحمر إخلاء الجرحى من المدينة.",
        K::TerritoryControl,
        None,
    ),
    (
        "a cell brought down is busted",
        "أسفرت العملية عن سقوط خلية للتنظيم في طرابلس.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "the war on terror is no battle told",
        "وحثت الجامعة الدول على دعم الحكومة في حربها ضد الإرهاب.",
        K::ArmedClash,
        None,
    ),
    (
        "near miss: a war that broke out",
        "اندلعت الحرب في طرابلس بين الطرفين.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "doing away with a whole group is a goal, no one killed",
        "تحاول الحكومة القضاء على تنظيم داعش الإرهابي.",
        K::Casualties,
        None,
    ),
    (
        "a consensus a meeting aims at is planned",
        "الاجتماع يروم توحيد الرؤى والتوصل إلى توافق حول المناصب.",
        K::Agreement,
        Some(M::Planned),
    ),
    (
        "near miss: a consensus reached",
        "توصل الطرفان إلى توافق حول المناصب السيادية.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "the dead are told when only their number's rise is feared",
        "غرق مئات السكان في درنة وسط مخاوف من ارتفاع عدد الضحايا إلى الآلاف.",
        K::Casualties,
        Some(M::Asserted),
    ),
];

#[test]
fn ev90_classes() {
    events_table::check(EV90_CASES, true);
}
