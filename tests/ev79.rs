//! ev79 (issue 9), from the fifty-second session, rounds 78 and 79 (scored unseen, then
//! studied). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV79_CASES: &[events_table::Case] = &[
    (
        "all military actions halted is a truce called for",
        "وحث المجلس الأطراف المسلحة على وقف كافة الأعمال العسكرية حول المطار.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "and no offensive reported",
        "وحث المجلس الأطراف المسلحة على وقف كافة الأعمال العسكرية حول المطار.",
        K::Offensive,
        None,
    ),
    (
        "near miss: military actions that go on are an offensive",
        "وتواصلت الأعمال العسكرية على مواقع المسلحين جنوب المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "bullets fired at a man are an attack on him",
        "وقالت الشرطة إن مجهولين أطلقوا الرصاص على إمام المسجد أثناء خروجه من منزله.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near miss: bullets fired in the air hit no one",
        "وأطلق الحراس الرصاص في الهواء لتفريق الجموع.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "near miss: the shots a man was liquidated by are its means",
        "وخطف المسلحون الرجل ثم تمت تصفيته بإطلاق الرصاص عليه.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "a massacre by the air force is an air strike",
        "وارتكب طيران التحالف مجزرة في البلدة راح ضحيتها خمسة مدنيين.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: a massacre by ground forces is none",
        "وارتكبت القوات الموالية مجزرة في البلدة راح ضحيتها خمسة مدنيين.",
        K::Airstrike,
        None,
    ),
    (
        "what an accord provided for is planned",
        "وأوضح المجلس أن الاتفاق نص على انسحاب المسلحين من المدينة.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "a short negation stops at the comma after its object",
        "ورحب المجلس بالاجتماع الذي عقد دون أي إقصاء، والاتفاق على إطلاق سراح المحتجزين.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "near miss: what it governs right after it is negated",
        "وانتهى الاجتماع دون اتفاق على إطلاق سراح المحتجزين.",
        K::Agreement,
        Some(M::Negated),
    ),
    (
        "the Congress's spokesman speaks for a body, no meeting",
        "وقال الناطق باسم المؤتمر عمر حميدان إن التصويت جرى أمس.",
        K::Meeting,
        None,
    ),
    (
        "the dialogue commission is a body, no talks",
        "واغتال مجهولون نائبة رئيس هيئة الحوار الوطني في منزلها.",
        K::PeaceTalks,
        None,
    ),
    (
        "the shots of an assassination are its means",
        "واغتال مجهولون المحامية في منزلها رميا بالرصاص.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "near miss: hostages shot dead are violence against civilians",
        "وأعدم المسلحون ثلاثة رهائن رميا بالرصاص.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "those who perished in a shelling are its dead",
        "وقضى عشرون مدنيا في القصف الذي استهدف السوق.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: days spent in a town are no deaths",
        "وقضى الوفد يومين في طرابلس قبل أن يغادر إلى تونس.",
        K::Casualties,
        None,
    ),
    (
        "armed groups wrestling for ground fight",
        "وتتصارع مجموعتان مسلحتان منذ الاثنين في ضواحي المدينة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near miss: parties wrestling for power do not",
        "وتتصارع الأحزاب على السلطة في البرلمان منذ شهور.",
        K::ArmedClash,
        None,
    ),
    (
        "NATO's forces bombarding, named before the verb, strike from the air",
        "وقال ناطق عسكري إن قوات حلف شمال الأطلسي قصفت منطقة جنوب غربي العاصمة أمس.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "migrants flown home by the IOM are humanitarian aid",
        "وأعلنت المنظمة الدولية للهجرة أنها سهلت العودة الطوعية لمئة مهاجر إلى بلادهم.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "mine-sweepers clearing mines are no bombing",
        "وقامت كاسحات ألغام تابعة للحلف بتفتيش مداخل الميناء لتطهير الألغام.",
        K::Bombing,
        None,
    ),
    (
        "a dispute brought under control is no capture",
        "وتمكنت قوات الأمن من السيطرة على النزاع بين العائلتين.",
        K::TerritoryControl,
        None,
    ),
    (
        "towns under a government's control are a state, no capture",
        "وانفجرت سيارات مفخخة في ثلاث مدن تخضع لسيطرة الحكومة.",
        K::TerritoryControl,
        None,
    ),
    (
        "a truck entering a town is no capture",
        "وأوقف المسلحون الشاحنة عند دخولها مدينة سرت.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: troops entering a town capture it",
        "وتمكنت قوات الجيش من دخول المدينة بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
];

#[test]
fn ev79_classes() {
    events_table::check(EV79_CASES, true);
}
