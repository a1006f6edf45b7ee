//! ev89 (issue 9), from the fifty-sixth session: classes of round 89 (scored unseen first,
//! then read). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV89_CASES: &[events_table::Case] = &[
    (
        "an explosion caused by a falling shell is the shelling, no bomb",
        "هز انفجار عنيف وسط بنغازي صباح اليوم جراء سقوط قذيفة هاون على منزل.",
        K::Bombing,
        None,
    ),
    (
        "explosions heard from an air bombardment are no bomb",
        "دوت انفجارات قوية في المدينة اليوم الجمعة، جراء القصف المدفعي والجوي على أحيائها.",
        K::Bombing,
        None,
    ),
    (
        "near miss: an explosion of a car bomb is a bombing",
        "هز انفجار عنيف وسط بنغازي صباح اليوم ناجم عن سيارة مفخخة.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "a town out of control is no one's hold on it",
        "خرجت مدينة الكفرة عن السيطرة بعد المواجهات بين التبو والزوية.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: reports of a force's control denied",
        "فند المكتب الإعلامي للعملية الأنباء عن سيطرة قوات حفتر على مطار طرابلس.",
        K::TerritoryControl,
        Some(M::Negated),
    ),
    (
        "near miss: control announced with a word of manner",
        "أعلن الجيش عن السيطرة الكاملة على مدينة درنة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "security forces stepping in are no foreign intervention",
        "استخدمت قوات الشرطة الغاز بعد التدخل الأمني لفض الاعتصام أمام مقر الحكومة.",
        K::ForeignIntervention,
        None,
    ),
    (
        "a tribal conflict in the accusative is a clash",
        "شهدت مدينة سبها صراعا قبليا بين التبو وأولاد سليمان.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "the fighting stopped, told by a verb",
        "توقفت الاشتباكات في طرابلس مساء أمس.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "the fighting stopped, told by a noun",
        "أعلن الهلال الأحمر توقف الاشتباكات في الزاوية بعد وساطة من الأعيان.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "fighting that did not stop is no halt",
        "لم تتوقف الاشتباكات في طرابلس منذ ثلاثة أيام.",
        K::Ceasefire,
        None,
    ),
    (
        "near miss: fighting that did not stop is fighting",
        "لم تتوقف الاشتباكات في طرابلس منذ ثلاثة أيام.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "the exchange of fire stopped is a ceasefire",
        "نجح الأعيان في وقف تبادل إطلاق النار بين الطرفين في ورشفانة.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "the exchange of fire stopped is no clash",
        "نجح الأعيان في وقف تبادل إطلاق النار بين الطرفين في ورشفانة.",
        K::ArmedClash,
        None,
    ),
    (
        "gunmen going back to their town are no return of the displaced",
        "وتنص الهدنة على عودة المسلحين إلى مدينتهم.",
        K::Humanitarian,
        None,
    ),
    (
        "near miss: the displaced going back home",
        "بدأت عودة النازحين إلى مدينتهم بعد انتهاء المعارك.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "an assault on a building told with the light verb",
        "قامت مجموعة مسلحة بالاعتداء على مقر مديرية الأمن في بنغازي.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "an assault on civilians told with the light verb",
        "قام مجهولون بالاعتداء على المدنيين في سوق المدينة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "the gunmen of an uprising named so hold no protest",
        "اشتبك مسلحو انتفاضة الكرامة مع عناصر أنصار الشريعة في بنغازي.",
        K::Protest,
        None,
    ),
    (
        "near miss: a popular uprising is a protest",
        "خرج الآلاف في انتفاضة شعبية ضد الحكومة في طرابلس.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "fears of renewed conflict are no fighting told",
        "يثير ذلك مخاوف من تجدد الصراع المسلح في طرابلس.",
        K::ArmedClash,
        Some(M::Hypothetical),
    ),
    (
        "near miss: fighting renewed is told",
        "تجددت الاشتباكات في طرابلس صباح اليوم.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a minister and the counterpart named after her discussing meet",
        "بحثت وزيرة الخارجية نجلاء المنقوش ونظيرها السعودي، الأربعاء، آخر المستجدات في المنطقة.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "near miss: a minister and his counterpart stressing something tell no meeting",
        "وأكد الوزير ونظيره الفرنسي أهمية الاستقرار في المنطقة.",
        K::Meeting,
        None,
    ),
];

#[test]
fn ev89_classes() {
    events_table::check(EV89_CASES, true);
}
