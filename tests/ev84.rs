//! ev84 (issue 9), from the fifty-fourth session: classes of rounds 63 to 83 (studied) and 84
//! (scored unseen first). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV84_CASES: &[events_table::Case] = &[
    (
        "protesters who smash vehicles protest",
        "وقال شهود إن متظاهرين حطموا سيارات تابعة للشرطة وسط المدينة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "protesters who set fire to ballot papers protest",
        "وأشعل محتجون النار في صناديق الاقتراع أمام مقر اللجنة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: protesters treated in hospital are no protest",
        "وتلقى المتظاهرون المصابون العلاج في المستشفى.",
        K::Protest,
        None,
    ),
    (
        "drones in the plural with their nisba inside, shot down",
        "وأسقطت الدفاعات الجوية أربع طائرات إماراتية بدون طيار فوق المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "operations of confrontation are a clash",
        "وخلال عمليات المواجهة قتل ثلاثة من الجنود وأصيب آخرون.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near miss: operations of confrontation are no offensive",
        "وخلال عمليات المواجهة قتل ثلاثة من الجنود وأصيب آخرون.",
        K::Offensive,
        None,
    ),
    (
        "a call ends where «after» opens the clause of what happened",
        "ودعت البلدية السكان إلى البقاء في منازلهم بعد أن امتدت الاشتباكات إلى وسط المدينة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "so do protests after «after»",
        "ودعت البلدية السكان إلى البقاء في منازلهم بعد أن خرجوا في مظاهرات في وسط المدينة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: protests called for are demanded",
        "ودعت البلدية السكان إلى الخروج في مظاهرات في وسط المدينة.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "migrants an aid agency flies home are humanitarian",
        "وأعلنت المنظمة الدولية للهجرة ترحيل 140 مهاجرا نيجيريا عبر مطار المدينة.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near miss: a deportation by the authorities alone is no event",
        "وأعلن جهاز مكافحة الهجرة ترحيل 28 مهاجرا عبر المنفذ البري.",
        K::Humanitarian,
        None,
    ),
    (
        "migrants sent back to their countries",
        "وتمت إعادة 90 مهاجرا غير نظامي إلى بلدانهم على متن رحلة جوية.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near miss: a deportation order of a person is none",
        "وقررت المحكمة ترحيل المتهم بعد انتهاء محكوميته.",
        K::Humanitarian,
        None,
    ),
    (
        "near miss: migrants brought back to the centre they fled are none",
        "وتواصل الدوريات البحث عن المهاجرين وإعادة الفارين منهم إلى مركز الاحتجاز.",
        K::Humanitarian,
        None,
    ),
    (
        "quantities of weapons recovered are no place retaken",
        "وأعلن الجيش أن قواته استردت كميات كبيرة من الذخائر والآليات.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: forces that retook a town",
        "وأعلن الجيش أن قواته استردت المدينة بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "sorties with the air force named before them",
        "وقال المتحدث إن القوات الجوية نفذت طلعات قتالية فوق مواقع المسلحين.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "mourners fired on are civilians, no clash",
        "وأطلق مسلحون النار على المشيعين في المقبرة.",
        K::ArmedClash,
        None,
    ),
    (
        "what was not found to have followed is negated",
        "وسقطت قذيفتان على الحي، ولم يتبين أن القصف أدى إلى سقوط قتلى.",
        K::Casualties,
        Some(M::Negated),
    ),
    (
        "whether it followed is open",
        "وسقطت قذيفتان على الحي، ولم يتضح ما إذا كان القصف أدى إلى سقوط قتلى.",
        K::Casualties,
        Some(M::Hypothetical),
    ),
    (
        "an official's tour of towns is a visit",
        "ويقوم وزير الخارجية الجزائري ابتداء من غد الأربعاء بجولة إلى عدة مدن ليبية.",
        K::Meeting,
        Some(M::Planned),
    ),
    (
        "near miss: a tour by journalists is none",
        "وقام الصحفيون بجولة في المدينة.",
        K::Meeting,
        None,
    ),
    (
        "a hospital that received cases of death is no meeting",
        "وقال مصدر طبي إن المستشفى استقبل 5 حالات وفاة وأكثر من 90 إصابة.",
        K::Meeting,
        None,
    ),
    (
        "near miss: a minister received by an official is one",
        "واستقبل رئيس المجلس الرئاسي وزير الخارجية الإيطالي في طرابلس.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "what a side will answer has happened",
        "وقال الوزير إن ليبيا سترد على الضربات الجوية التي استهدفت القاعدة الليلة الماضية.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: strikes a side will carry out are planned",
        "وقال الوزير إن القوات ستشن ضربات جوية على القاعدة.",
        K::Airstrike,
        Some(M::Planned),
    ),
];

#[test]
fn ev84_classes() {
    events_table::check(EV84_CASES, true);
}
