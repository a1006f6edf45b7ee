//! ev71 (issue 9), from the forty-ninth session, round 71 (scored unseen on the session's first
//! build and again mid-session, then studied): protest movements with their adjective; a street
//! cut by people with demands; more acts of a crowd (storming through, breaking through a
//! cordon, tearing posters); an air operation;
//! gunmen as an arrest's object; people led away by the police; hostages held; remains seized;
//! reception halls, riot police, a country's epithet and a militia's name. Sentences written for
//! this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV71_CASES: &[events_table::Case] = &[
    (
        "protest movements with their adjective",
        "تشهد المدينة انقطاعا في الاتصالات غداة تحركات احتجاجية لسكانها طالبت بمحاسبة السلطات.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "a street cut by people with demands",
        "قام عشرات السائقين ظهر اليوم بقطع شارع أسيوط الرئيسي في العريش، مطالبين بتوفير الوقود.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: a street cut with no demand",
        "قامت البلدية بقطع شارع أسيوط الرئيسي لأعمال الصيانة.",
        K::Protest,
        None,
    ),
    (
        "protesters trying to break through a cordon",
        "واستخدمت الشرطة الغاز المسيل للدموع بعدما حاول المتظاهرون اختراق الطوق الأمني.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "protesters storming through buildings",
        "أصيب عضوان في المؤتمر بعدما اجتاح عشرات المتظاهرين مبانيه.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "protesters tearing posters",
        "وبدأ المحتجون في تمزيق ملصقات الحملة الانتخابية في الساحة.",
        K::Protest,
        Some(M::Asserted),
    ),
    // (Not `بالقيام بالعملية الجوية` anchored by `القيام`: the acts listed after it, `القيام
    // بحملات تصفية جسدية وحملة اعتقال`, became records of their own beside the attack, r68.)
    (
        "an air operation is the strike",
        "نفذ الحلف أمس عملية جوية ضد هدف عسكري قرب العاصمة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "gunmen arrested",
        "أكدت السلطات التونسية اليوم أنها أوقفت مسلحين أجانب أثناء محاولتهم اجتياز الحدود.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near miss: gunmen who stop a car",
        "أوقف مسلحون سيارته وأجبروه على النزول.",
        K::Arrest,
        None,
    ),
    (
        "people led away by riot police are arrested",
        "وذكرت الوكالة أن قوات مكافحة الشغب ضربت العديد من المتظاهرين واقتادتهم إلى سيارات الشرطة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near miss: a man led away by a militia without a prosecutor's warrant",
        "اعتقلت قوة تابعة للجهاز ناشطا واقتادته إلى مقرها دون إذن من النيابة.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "hostages held are abducted",
        "تحاصر الشرطة مسلحين دخلوا الفندق، وسط أنباء عن احتجاز عدد من الرهائن.",
        K::Arrest,
        None,
    ),
    (
        "remains seized are no ground taken",
        "وقال إن المسلحين استولوا لاحقا على رفات المتشددين من المشرحة.",
        K::TerritoryControl,
        None,
    ),
    (
        "a reception hall is no visit",
        "أطلق المسلحون النار اتجاه مكتب وصالة الاستقبال في الفندق.",
        K::Meeting,
        None,
    ),
    (
        "riot police are no riot",
        "انتشرت قوات مكافحة الشغب في الساحة.",
        K::Protest,
        None,
    ),
    (
        "the country of a million martyrs",
        "انطلقت الاحتجاجات في بلد المليون شهيد للجمعة الرابعة.",
        K::Casualties,
        None,
    ),
];

#[test]
fn ev71_classes() {
    events_table::check(EV71_CASES, true);
}
