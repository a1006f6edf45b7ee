//! ev68 (issue 9), from the forty-eighth session, round 68 (scored unseen on the session's first
//! build, then studied): a word in quotes inside a pattern's gap; `منذ قليل` and its kin are the
//! news, no earlier event; losses in personnel, or in equipment and lives; suicide drones; arson;
//! not ruling out across a subject with its name; the participle of threatening; names that begin
//! like a conjoined verb; security forces killing protesters; a sit-in stormed; shelters and
//! rescuers; troops sent into the streets; entries prevented; a round held; NATO shelling; a
//! decision to jail; attackers killed by the forces; a bare political settlement. Sentences
//! written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV68_CASES: &[events_table::Case] = &[
    (
        "a nisba in quotes inside the drone's name",
        "أسقطت الدفاعات الجوية طائرة \"إماراتية\" مسيرة قرب القاعدة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "… in guillemets",
        "أسقطت الدفاعات الجوية طائرة «تركية» مسيرة جنوب المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "a moment ago is the news",
        "اندلعت منذ قليل اشتباكات عنيفة في حي الأندلس.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "… and so are minutes ago",
        "أسقط سلاح الجو منذ دقائق طائرة مسيرة فوق المطار.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: since an earlier event stays background",
        "قتل عشرات الجنود منذ الإطاحة بالنظام في المدينة.",
        K::PoliticalProcess,
        None,
    ),
    (
        "losses in personnel",
        "كبدت القوات المهاجمين خسائر كبيرة في الأفراد والآليات.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "losses in equipment and lives",
        "انسحب المسلحون بعد تكبدهم خسائر فادحة في المعدات والأرواح.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "near miss: losses in equipment alone",
        "تكبدت الشركة خسائر فادحة في المعدات.",
        K::Casualties,
        None,
    ),
    (
        "a suicide drone is no suicide bombing",
        "تعرضت القاعدة لهجوم بطائرة مسيرة انتحارية مساء الاثنين.",
        K::Bombing,
        None,
    ),
    (
        "… it is the air event",
        "تعرضت القاعدة لهجوم بطائرة مسيرة انتحارية مساء الاثنين.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss: a suicide bomber is one",
        "فجر انتحاري نفسه وسط سوق شعبية في المدينة.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "the bare drone shot down",
        "وأسقطت الدفاعات الأرضية المسيرة الانتحارية جنوب القاعدة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "arson is no clash",
        "أضرم مسلحون ملثمون النيران في مقر الجمعية ليلا.",
        K::ArmedClash,
        None,
    ),
    (
        "not ruling out, across a subject with its name",
        "لم يستبعد وزير الدفاع الإيطالي، روبرتو بينوتي، إرسال قوات إلى ليبيا.",
        K::ForeignIntervention,
        Some(M::Hypothetical),
    ),
    (
        "a name that begins like a conjoined verb is no clause",
        "لا يستبعد الخبير، فيليب بيرنار، تجدد القتال في الجنوب.",
        K::ArmedClash,
        Some(M::Hypothetical),
    ),
    (
        "the participle of threatening",
        "وختم البيان مهددا بتنفيذ هجمات جديدة على مواقع الجيش.",
        K::Offensive,
        Some(M::Hypothetical),
    ),
    (
        "security forces killing a protester",
        "قالت مصادر طبية إن قوات الأمن قتلت متظاهرا وأصابت عشرة آخرين في العاصمة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near miss: protesters killed with no killer told",
        "قتل متظاهر في العاصمة أمس.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "a sit-in stormed is no military offensive",
        "اقتحمت قوات الأمن ساحة الاعتصام فجر اليوم لفضه.",
        K::Offensive,
        None,
    ),
    (
        "near miss: a base stormed is one",
        "اقتحمت قوات الجيش معسكر المسلحين فجر اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "shelters taking in migrants are no meeting",
        "مراكز الإيواء في الزاوية تستقبل 600 مهاجرا",
        K::Meeting,
        None,
    ),
    (
        "… nor aid",
        "داهمت الشرطة أماكن إيواء المهاجرين في المدينة.",
        K::Humanitarian,
        None,
    ),
    (
        "rescuers as a source are no aid",
        "قتل خمسة مدنيين في غارة، كما أعلن عناصر إنقاذ.",
        K::Humanitarian,
        None,
    ),
    (
        "troops ordered into the streets are no protest",
        "أمرت رئاسة الأركان قواتها بالنزول إلى الشوارع لحفظ الأمن.",
        K::Protest,
        None,
    ),
    (
        "near miss: citizens called into the streets protest",
        "دعا النشطاء المواطنين إلى النزول إلى الشوارع.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "an entry prevented is no entry",
        "أقام المسلحون حواجز لمنع دخول القوات إلى المدينة.",
        K::TerritoryControl,
        None,
    ),
    (
        "medics fleeing are no retreat",
        "توقف المستشفى عن العمل بسبب فرار العناصر الطبية.",
        K::TerritoryControl,
        None,
    ),
    (
        "a round held is a meeting",
        "تقرر عقد الجولة الثالثة للجنة الأمنية في مدينة غدامس.",
        K::Meeting,
        Some(M::Planned),
    ),
    (
        "near miss: a round of talks is the talks",
        "تقرر عقد جولة مفاوضات جديدة في جنيف.",
        K::Meeting,
        None,
    ),
    (
        "NATO shelling is the air strike",
        "قصفت قوات الناتو مواقع للكتائب قرب البريقة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "… and no shelling besides",
        "قصفت قوات الناتو مواقع للكتائب قرب البريقة.",
        K::Shelling,
        None,
    ),
    (
        "near miss: NATO named beside the loyalists' shelling",
        "قتلى في قصف لكتائب القذافي على الميناء وغارات للناتو قرب البلدة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "a decision to jail is the detention",
        "أصدر النائب العام قرارا يقضي بسجن ثلاثة مسؤولين في البلدية.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "attackers killed by the forces are no assassination",
        "وتمكنت الوحدات من تصفية اثنين من منفذي الهجوم.",
        K::Assassination,
        None,
    ),
    (
        "a bare political settlement is no agreement",
        "رحب الوزير بالخطوة على طريق تحقيق التسوية السياسية في ليبيا.",
        K::Agreement,
        None,
    ),
    (
        "near miss: a settlement reached is one",
        "أعلنت الأطراف التوصل إلى تسوية للأزمة.",
        K::Agreement,
        Some(M::Asserted),
    ),
];

#[test]
fn ev68_classes() {
    events_table::check(EV68_CASES, true);
}
