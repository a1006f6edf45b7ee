//! ev86 (issue 9), from the fifty-fifth session: classes of round 86 (scored unseen first).
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV86_CASES: &[events_table::Case] = &[
    (
        "arms laid down, with the verbal noun's pronoun",
        "وأعلن الجيش عودة عشرات المسلحين إلى بيوتهم بعد إلقائهم لسلاحهم في المدينة.",
        K::Surrender,
        Some(M::Asserted),
    ),
    (
        "a call to lay down arms is a surrender asked for",
        "ودعت القيادة المقاتلين المحاصرين إلى وضع السلاح وتسليم مواقعهم.",
        K::Surrender,
        Some(M::Demanded),
    ),
    (
        "a call answered: what it asked has happened",
        "وسلم عشرات الشبان أسلحتهم استجابة لنداء المجلس البلدي أمس.",
        K::Surrender,
        Some(M::Asserted),
    ),
    (
        "a death told as treachery's hand reaching the victim",
        "ونعت البلدية العقيد الذي طالته يد الغدر مساء أمس أمام منزله.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: a law's hand reaching the culprits is no death",
        "وأكد الوزير أن يد القانون ستطال كل من تورط في الجريمة.",
        K::Casualties,
        None,
    ),
    (
        "positions taken over from armed men",
        "وتسلمت وحدات الجيش المقرات التي كانت تسيطر عليها الكتيبة في المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a jihadist group's campaign of arrests is abductions",
        "وقال سكان إن تنظيم داعش شن حملة اعتقالات طالت عددا من الشبان في البلدة.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "snipers liquidated are fighters killed",
        "وأعلنت الكتيبة تصفية خمسة من القناصة في محيط السوق.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: snipers liquidated are no assassination",
        "وأعلنت الكتيبة تصفية خمسة من القناصة في محيط السوق.",
        K::Assassination,
        None,
    ),
    (
        "clashes between the police and protesters eight words on are the protest",
        "واندلعت اشتباكات ليلة أمس بين قوات الشرطة وعدد من المتظاهرين الغاضبين.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: those clashes are no armed clash",
        "واندلعت اشتباكات ليلة أمس بين قوات الشرطة وعدد من المتظاهرين الغاضبين.",
        K::ArmedClash,
        None,
    ),
    (
        "attempts that came to failure did not happen",
        "وقال المتحدث إن محاولات المهاجمين للسيطرة على المطار باءت بالفشل.",
        K::TerritoryControl,
        Some(M::Negated),
    ),
    (
        "an imperfect verb after a unit's number is the unit's deed",
        "قوات اللواء 444 تحاصر مسلحين في منطقة صلاح الدين.",
        K::Siege,
        Some(M::Asserted),
    ),
    (
        "near miss: after a count a form that is also a noun stays the noun",
        "وطالبت الأسر بالإفراج عن 30 طالبا تم توقيفهم الشهر الماضي.",
        K::Protest,
        None,
    ),
    (
        "a trigger inside a brigade's name after «and» is the name's",
        "وقاتلت كتيبتا راف الله السحاتي وشهداء 17 فبراير إلى جانب مجلس الشورى في بنغازي.",
        K::Casualties,
        None,
    ),
    (
        "a death of two persons anchors as a number does",
        "وأشار المرصد إلى سقوط قذيفة على سوق شعبي، ومقتل شخصين، دون ذكر تفاصيل.",
        K::Casualties,
        Some(M::Asserted),
    ),
];

#[test]
fn ev86_classes() {
    events_table::check(EV86_CASES, true);
}
