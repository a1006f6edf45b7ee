//! ev69 (issue 9), from the forty-ninth session, round 69 (scored unseen at the end of the
//! forty-eighth session, studied in this one): the plural of fire (`النيران`) wherever `النار`
//! stands after a pattern's first word (`data/events/samewords.tsv`); an oil blockade told as a
//! siege of production; arresting whoever does a deed; the honorific `الشهيد`; interceding with
//! a government; a force's name holding `التدخل`; the congress named in the sentence; a
//! relative clause that tells the event by where it fell or by yesterday; ground a place lies
//! under; the missiles of an air strike. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV69_CASES: &[events_table::Case] = &[
    (
        "a ceasefire told with the plural of fire",
        "أعلن الطرفان التوصل إلى اتفاق لوقف إطلاق النيران في المدينة.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "… with no shooting word",
        "ودخل وقف للنيران بين الكتيبتين حيز التنفيذ مساء أمس.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "gunfire in the plural",
        "تبادل مسلحون إطلاق النيران مع دورية للشرطة في حي الأندلس.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near miss: fire in the plural put out is no clash",
        "تمكنت فرق الإطفاء من السيطرة على النيران في المخزن.",
        K::TerritoryControl,
        None,
    ),
    (
        "an oil blockade told as a siege of production (its lifting is what is asked)",
        "دعا المبعوث إلى رفع حصار الإنتاج في حقلين نفطيين جنوب البلاد.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "… is no military siege",
        "دعا المبعوث إلى رفع حصار الإنتاج في حقلين نفطيين جنوب البلاد.",
        K::Siege,
        None,
    ),
    (
        "near miss: a town besieged stays a siege",
        "فرضت القوات حصارا على البلدة من ثلاثة محاور.",
        K::Siege,
        Some(M::Asserted),
    ),
    (
        "arresting whoever does a deed",
        "وطالب عميد البلدية الأجهزة الأمنية بإيقاف كل من يعمل في تهريب الوقود.",
        K::Arrest,
        Some(M::Demanded),
    ),
    (
        "the honorific martyr in the name of a protest",
        "صدرت دعوات لوقفة باسم \"صوت الشهيد\" في ميدان الشهداء.",
        K::Casualties,
        None,
    ),
    (
        "… and in the name of a battalion",
        "اندلعت اشتباكات بين قوة الردع وكتيبة الشهيد أنس الدباشي.",
        K::Casualties,
        None,
    ),
    (
        "near miss: a martyr fallen is a death",
        "سقط شهيد وجرح ثلاثة في القصف على الحي.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "interceding with a government is no intervention",
        "وناشد الأهالي الخارجية التدخل لدى الحكومة الليبية للإفراج عن أبنائهم.",
        K::ForeignIntervention,
        None,
    ),
    (
        "a force's name holding the word of intervention",
        "هاجم مسلحون بوابة لقوة الردع والتدخل المشتركة في العاصمة.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near miss: a foreign military intervention",
        "رفض المجلس أي تدخل عسكري أجنبي في البلاد.",
        K::ForeignIntervention,
        Some(M::Negated),
    ),
    (
        "the congress named in its sentence is no conference",
        "وفي الوقت الذي تكتم فيه المؤتمر عن الحادثة، اقتحم مسلحون مقر المؤتمر الوطني العام.",
        K::Meeting,
        None,
    ),
    (
        "near miss: a conference without the congress",
        "عقد المؤتمر الدولي حول ليبيا في برلين أمس.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "shells a relative clause tells by where they fell",
        "وأفادت مصادر أن القذائف التي سقطت في قاعدة معيتيقة طالت طائرة قديمة.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "a bombing a relative clause tells by yesterday",
        "وأعلن مصدر طبي ارتفاع عدد ضحايا التفجير الذي وقع ليلة أمس.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near miss: the day before yesterday is referred back to",
        "وعن التفجير الذي وقع أول أمس في الحي، قال الوزير إن التحقيق جار.",
        K::Bombing,
        None,
    ),
    (
        "ground a place lies under is no capture",
        "أعلنت الحكومة إغلاق الحقول، لكن معظم الحقول تقع تحت سيطرة قوات حفتر.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: ground that came under control",
        "وأصبحت المدينة تحت سيطرة القوات بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "the missiles of an air strike are no shelling",
        "شن الطيران الأمريكي غارة جوية بصاروخين استهدفت سيارة في شبوة.",
        K::Shelling,
        None,
    ),
    (
        "near miss: a missile that air defences intercept",
        "اعترضت الدفاعات الجوية صاروخا أطلق باتجاه المدينة.",
        K::Shelling,
        Some(M::Asserted),
    ),
];

#[test]
fn ev69_classes() {
    events_table::check(EV69_CASES, true);
}
