//! ev66 (issue 9), from the forty-seventh session, round 66 (studied after it was scored unseen
//! on the session's first build): a trigger after the vocative `يا` is a slogan's word; a
//! mountain swept by troops; the premier-designate's title, the congress as a body and its
//! hall, a war by its name tell nothing; the time since an earlier event (`بعد مضي`) is
//! background; hostages held are abducted; an attack a later definite explosion names again is
//! the bombing; gunmen killing civilians and civilians shot dead are violence against them;
//! arrests in Maghrebi usage (`الإيقافات`); a minister suspended; military aid pledged is
//! support, not relief; troops a parliament agrees to send are planned, what a vote portends
//! hypothetical; services in decline are no retreat; migrants fleeing a centre are not
//! displaced; sit-in campers under fire are civilians shot; ports taken over in the dual and
//! sites to be taken over under an agreement; the war-wounded storming a hall protest; a leader
//! who survived shots at his convoy escaped an assassination; sweeps over a quarter; fighters
//! found slaughtered are no civilians. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV66_CASES: &[events_table::Case] = &[
    (
        "a slogan calling out a killer",
        "ردد المحتجون أمام المقر هتاف يا قتال الأطفال ارحل.",
        K::ArmedClash,
        None,
    ),
    (
        "near miss: fighting told",
        "اندلع قتال عنيف في أطراف المدينة مساء أمس.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a mountain swept by the army",
        "تمشط وحدات الجيش والحرس جبل سمامة بحثا عن عناصر مسلحة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near miss: hair combed",
        "كانت الفتاة تمشط شعرها أمام المرآة.",
        K::Offensive,
        None,
    ),
    (
        "the premier-designate's title",
        "وصل رئيس الوزراء المكلف بتشكيل حكومة الوحدة إلى مدينة البيضاء.",
        K::PoliticalProcess,
        None,
    ),
    (
        "near miss: a government formed",
        "أعلن رئيس الوزراء تشكيل حكومة جديدة مساء أمس.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "the time since an earlier ouster",
        "قتل مسلحون ثلاثة حراس بعد مضي عام على الإطاحة بالنظام السابق.",
        K::PoliticalProcess,
        None,
    ),
    (
        "… the killing itself told",
        "قتل مسلحون ثلاثة حراس بعد مضي عام على الإطاحة بالنظام السابق.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "hostages held are abducted, not arrested",
        "احتجز المسلحون خمسة عمال رهائن داخل المصنع.",
        K::Arrest,
        None,
    ),
    (
        "… an abduction",
        "احتجز المسلحون خمسة عمال رهائن داخل المصنع.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near miss: the police detaining suspects",
        "احتجزت الشرطة ثلاثة مشتبه بهم في بنغازي.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "the members of the congress",
        "قال أحد أعضاء المؤتمر إن الأوضاع في المدينة هادئة.",
        K::Meeting,
        None,
    ),
    (
        "a meeting hall stormed",
        "اقتحم محتجون قاعة اجتماعات المجلس البلدي صباح اليوم.",
        K::Meeting,
        None,
    ),
    (
        "near miss: a conference held",
        "عقد مؤتمر دولي حول ليبيا في برلين أمس.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "a war by its name",
        "طالب عدد من جرحى حرب التحرير بعلاجهم في الخارج.",
        K::ArmedClash,
        None,
    ),
    (
        "an attack the later explosion names again",
        "تعرض مقر المنظمة في المدينة لهجوم وأصيب حارس في الانفجار.",
        K::Offensive,
        None,
    ),
    (
        "… told as the bombing",
        "تعرض مقر المنظمة في المدينة لهجوم وأصيب حارس في الانفجار.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near miss: an attack and no explosion",
        "تعرض مقر المنظمة في المدينة لهجوم مسلح وأصيب حارس بجروح.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "gunmen killing displaced people",
        "قال شهود إن مسلحين قتلوا أربعة نازحين في مخيمهم جنوب المدينة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near miss: civilians killed in a strike",
        "قتل ستة مدنيين في غارة جوية على البلدة.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "migrants shot dead",
        "قال مسؤول إن ثلاثة مهاجرين قتلوا بالرصاص داخل مركز الإيواء.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near miss: soldiers killed in clashes",
        "قتل ثلاثة جنود في اشتباكات مع مسلحين قرب الحدود.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "a campaign of arrests in Maghrebi usage",
        "تتواصل حملة الإيقافات في صفوف قيادات الحزب منذ أيام.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near miss: production halted",
        "أعلنت الشركة إيقاف الإنتاج في الحقل.",
        K::Arrest,
        None,
    ),
    (
        "a minister suspended",
        "قرر رئيس الحكومة إيقاف وزير الداخلية عن العمل وإحالته للتحقيق.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "near miss: a commander suspended",
        "أعلنت الوزارة إيقاف آمر الكتيبة عن العمل.",
        K::PoliticalProcess,
        None,
    ),
    (
        "military aid pledged is no relief",
        "تعهدت الحكومة بتقديم مساعدة عسكرية للقوات الحكومية.",
        K::Humanitarian,
        None,
    ),
    (
        "… it is support planned",
        "تعهدت الحكومة بتقديم مساعدة عسكرية للقوات الحكومية.",
        K::ForeignIntervention,
        Some(M::Planned),
    ),
    (
        "troops a parliament agrees to send",
        "وافق البرلمان التركي على إرسال قوات إلى ليبيا.",
        K::ForeignIntervention,
        Some(M::Planned),
    ),
    (
        "what a vote portends",
        "صوت المجلس على القرار، ما ينذر بتدخل عسكري وشيك.",
        K::ForeignIntervention,
        Some(M::Hypothetical),
    ),
    (
        "a town destroyed by a dam that burst",
        "وقعت كارثة انهيار السد الذي تسبب في تدمير الحي بالكامل.",
        K::ArmedClash,
        None,
    ),
    (
        "services in decline",
        "خرج المتظاهرون احتجاجا على تدني الأوضاع وتراجع الخدمات في المدينة.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: forces falling back",
        "تراجعت قوات الجيش عن مواقعها جنوب المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "migrants fleeing a detention centre",
        "فر عشرات المهاجرين من المركز بعد إطلاق النار.",
        K::Humanitarian,
        None,
    ),
    (
        "sit-in campers under fire",
        "تعرض المعتصمون أمام مقر المحكمة لإطلاق نار من مسلحين.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "… no clash",
        "تعرض المعتصمون أمام مقر المحكمة لإطلاق نار من مسلحين.",
        K::ArmedClash,
        None,
    ),
    (
        "near miss: residents fleeing shelling",
        "فر آلاف السكان من المدينة هربا من القصف.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "two ports taken over",
        "أعلن آمر الحرس أن قواته تسلمت ميناءي الحريقة وطبرق من الكتيبة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "sites to be taken over under an agreement",
        "اتفق الطرفان على أن تقوم قوة محايدة بتسلم المواقع التي يخليها المسلحون.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "war-wounded storming a hall",
        "اقتحم عدد من الجرحى ومبتوري الأطراف قاعة المجلس أثناء الجلسة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "… no toll, no offensive",
        "اقتحم عدد من الجرحى ومبتوري الأطراف قاعة المجلس أثناء الجلسة.",
        K::Offensive,
        None,
    ),
    (
        "near miss: gunmen storming a company",
        "اقتحم مسلحون مقر الشركة وسرقوا محتوياته.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a leader who survived shots at his convoy",
        "نجا رئيس الحكومة من حادث إطلاق نار استهدف موكبه قرب المدينة.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near miss: shots at a minister's convoy, no survivor told",
        "أطلق مسلحون النار على موكب الوزير قرب المدينة.",
        K::Assassination,
        None,
    ),
    (
        "sweeps over a quarter",
        "قال الناطق إن عمليات تمشيط واسعة تجري في حي الجيزة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "fighters found slaughtered",
        "عثرت القوات على خمسة من عناصر التنظيم مذبوحين داخل مخبأ.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "near miss: civilians found slaughtered",
        "عثر الأهالي على ثلاثة مدنيين مذبوحين قرب الوادي.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
];

#[test]
fn ev66_classes() {
    events_table::check(EV66_CASES, true);
}
