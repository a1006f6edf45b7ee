//! ev59 (issue 9), from the forty-fourth session, round 59 (studied after it was scored
//! unseen): an oil port or field stormed by tribesmen or a movement is their protest
//! (`اقتحم رجال قبائل ميناء نفطيا`), and no raid; a rocket attack is shelling (`شنت الجماعة
//! هجوما صاروخيا`); a battle launched is an offensive (`أن يشن المجلس معركة`); hit-and-run
//! fighting (`كرا وفرا`) is a clash; fighters moved toward a city advance (`حركت الحكومة
//! مقاتليها باتجاه سرت`); forces ready for a battle plan it (`جاهزة لمعركة`). Mentions that are
//! no events: a state's forces called the occupation (`طائرات الاحتلال`), areas a side holds
//! (`مناطق سيطرة`, `مواقع سيطرة`), aid workers (`موظفي الإغاثة`), detainees exchanged
//! (`تبادل المعتقلين`), boxes of shells seized, and a court's ruling (`قضت المحكمة على`).
//! A press conference in either spelling (`مؤتمر صحافي`) is no meeting; attackers who got
//! away (`لاذوا بالفرار`) are no displaced people; elders who step in (`أعيان … للتدخل`) are no
//! foreign intervention; a city a side plans to wrest (`لانتزاعها من`) is a planned capture;
//! candidates excluded (`استبعاد 25 مرشحا`) are an electoral step; NATO named before the verb
//! (`إن الناتو قصف`) strikes from the air; a force's advance told by its possessive (`وتواصل
//! تقدمها نحو`) is an offensive in a clause of its own. Fire inside a migrants' centre is on the unarmed (`إطلاق نار داخل مركز إيواء`); the accident
//! and emergency ward (`قسم الحوادث والطوارئ`) names no class of incidents. Sentences written
//! for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV59_CASES: &[events_table::Case] = &[
    (
        "an oil port stormed by tribesmen",
        "واقتحم رجال قبائل ميناء رأس لانوف النفطي صباح اليوم.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "… which is no raid",
        "واقتحم رجال قبائل ميناء رأس لانوف النفطي صباح اليوم.",
        K::Offensive,
        None,
    ),
    (
        "a movement's storming of a field denied",
        "ونفى أحد قادة حراك الجنوب اقتحام حقل الفيل النفطي أمس.",
        K::Protest,
        Some(M::Negated),
    ),
    (
        "near miss an army storming a port",
        "واقتحمت قوات الجيش ميناء الزويتينة بعد اشتباكات قصيرة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a rocket attack is shelling",
        "وشنت الجماعة المسلحة هجوما صاروخيا على مدينة الحديدة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "… not a ground offensive",
        "وشنت الجماعة المسلحة هجوما صاروخيا على مدينة الحديدة.",
        K::Offensive,
        None,
    ),
    (
        "a battle expected to be launched",
        "ومن المتوقع أن يشن المجلس العسكري معركة في ريف المدينة الجنوبي.",
        K::Offensive,
        Some(M::Planned),
    ),
    (
        "hit-and-run fighting",
        "وشهدت أطراف البلدة طوال اليوم كرا وفرا بين الطرفين.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "fighters moved toward a city",
        "وحركت الحكومة مقاتليها يوم الأحد باتجاه مدينة سرت.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near miss goods moved toward a city",
        "وحركت الشركة شاحناتها يوم الأحد باتجاه الميناء.",
        K::Offensive,
        None,
    ),
    (
        "forces ready for a battle",
        "وقال المتحدث إن القوات جاهزة لمعركة تحرير الجفرة.",
        K::ArmedClash,
        Some(M::Planned),
    ),
    (
        "a village freed by a division's brigade",
        "وأكد القائد أن \"اللواء12\" من الفرقة المدرعة الثالثة حرر قرية العزيزية غرب المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "fire inside a migrants' centre is on the unarmed",
        "وقتل مهاجر وأصيب اثنان في إطلاق نار داخل مركز إيواء في العاصمة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "… no clash",
        "وقتل مهاجر وأصيب اثنان في إطلاق نار داخل مركز إيواء في العاصمة.",
        K::ArmedClash,
        None,
    ),
    (
        "near miss fire between two brigades",
        "واندلع إطلاق نار كثيف بين الكتيبتين قرب مركز الشرطة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "the accident and emergency ward names no class of incidents",
        "كما استقبل قسم الحوادث والطوارئ بالمستشفى عشرين جريحا.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a press conference in the other spelling is no meeting",
        "وقال المتحدث في مؤتمر صحافي عقده مساء اليوم إن العملية مستمرة.",
        K::Meeting,
        None,
    ),
    (
        "kidnappers who got away are no displaced people",
        "وخطف مسلحون مجهولون رجل أعمال من أمام منزله ولاذوا بالفرار.",
        K::Humanitarian,
        None,
    ),
    (
        "elders stepping in are no foreign intervention",
        "ودفعت حدة الاشتباكات أعيان المدينة ومشايخها إلى السعي للتدخل للحد منها.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near miss states called on to intervene",
        "ودعا المجلس الدول الكبرى إلى التدخل لوقف القتال.",
        K::ForeignIntervention,
        Some(M::Demanded),
    ),
    (
        "a city a side plans to wrest from another",
        "وتحركت القوات نحو المدينة التي تخطط الحكومة لانتزاعها من الجماعات المسلحة.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "candidates excluded from a race",
        "وأعلنت المفوضية استبعاد 12 من أصل 40 مرشحا للانتخابات البرلمانية.",
        K::Election,
        Some(M::Asserted),
    ),
    (
        "NATO named before the verb strikes from the air",
        "وقال التلفزيون الرسمي إن الناتو قصف أهدافا مدنية في بلدة هون.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "near miss shelling in a headline that also names NATO's raids",
        "قتلى في قصف لكتائب القذافي على الميناء وغارات للناتو قرب البلدة",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "a force's own advance told by its possessive in a clause of its own",
        "حررت القوات ثلاث قرى جنوب المدينة، وتواصل تقدمها نحو مناطق أخرى.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "still striving for a capture plans it",
        "وأكد المتحدث أن قواته ما زالت تسعى إلى استكمال سيطرتها على مدينة غريان.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "near miss fighting still going on",
        "وما زالت الاشتباكات مستمرة في أحياء المدينة.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a battle begun",
        "وبدأ مجلس الشورى معركة ضد عناصر التنظيم في المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "protesters killed in confrontations told after them",
        "وقتل 13 متظاهرا على الأقل الخميس في مواجهات المدينة الجنوبية.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "… no clash",
        "وقتل 13 متظاهرا على الأقل الخميس في مواجهات المدينة الجنوبية.",
        K::ArmedClash,
        None,
    ),
    (
        "a fire in a tank is no fighting",
        "وأفاد مصدر عسكري باشتعال النيران في خزان للنفط بالميناء.",
        K::ArmedClash,
        None,
    ),
    (
        "armed operations between two sides",
        "وتشهد المنطقة عمليات مسلحة بين الكتيبتين منذ الصباح.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "captives held by a militia are no arrest",
        "وحرر الجيش الأسرى المحتجزين لدى الميليشيات في الميناء.",
        K::Arrest,
        None,
    ),
    (
        "captives freed are no offensive",
        "وتمكنت القوات صباح اليوم من تحرير أكثر من 60 أسيرا في المدينة.",
        K::Offensive,
        None,
    ),
    (
        "near miss a city freed",
        "وتمكنت القوات من تحرير المدينة بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "the occupation's aircraft are a state's forces",
        "وقصفت طائرات الاحتلال الإسرائيلي منزلا في جنوب لبنان.",
        K::TerritoryControl,
        None,
    ),
    (
        "areas a side holds",
        "ونزح مئات السكان إلى مناطق سيطرة قوات الحكومة.",
        K::TerritoryControl,
        None,
    ),
    (
        "places held, where fighters are moved to",
        "واتفق الطرفان على نقل المقاتلين إلى مناطق سيطرة المعارضة.",
        K::TerritoryControl,
        None,
    ),
    (
        "aid workers are people",
        "وكان أربعة من موظفي الإغاثة داخل المبنى وقت الحادث.",
        K::Humanitarian,
        None,
    ),
    (
        "detainees exchanged",
        "وتضمن الاتفاق تبادل المعتقلين بين الطرفين خلال شهر.",
        K::Arrest,
        None,
    ),
    (
        "boxes of shells seized",
        "واستولى المقاتلون في الجبهة الشرقية على عشرين صندوق قذائف.",
        K::Shelling,
        None,
    ),
    (
        "… and no territory",
        "واستولى المقاتلون على صناديق قذائف وذخائر.",
        K::TerritoryControl,
        None,
    ),
    (
        "a court's ruling kills nobody",
        "وقضت المحكمة على المتهمين الثلاثة بالسجن عشر سنوات.",
        K::Casualties,
        None,
    ),
    (
        "near miss militants eliminated",
        "وقضى الجيش على خمسة إرهابيين في عملية تمشيط.",
        K::Casualties,
        Some(M::Asserted),
    ),
];

#[test]
fn ev59_classes() {
    events_table::check(EV59_CASES, true);
}
