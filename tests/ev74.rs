//! ev74 (issue 9), from the fiftieth session, round 74 (gathered mid-session, scored unseen on
//! the session's first build and on the build of the time, then studied): an official relieved
//! of his post with his office and name between the verb and `من منصبه`; a head of government
//! suspended; the staff of an embassy evacuated; migrants driven out; forces welcomed by the
//! people; members of the Congress; the protests storming offices; interviews; a head of
//! government chosen by a chamber; an obligation told with `إن عليه`; what two sides agree
//! shall be done; a group's seat raided; a conference hall; an area still under a group's
//! control; a victim named after his rank. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV74_CASES: &[events_table::Case] = &[
    (
        "an official relieved of his post, his office and name between",
        "أعفى رئيس الحكومة، مساء الثلاثاء، مدير جهاز الإسعاف والطوارئ، محمد علي، من منصبه.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "near miss: a town isolated is no dismissal",
        "وقررت السلطات عزل المدينة لمنع انتشار الوباء.",
        K::PoliticalProcess,
        None,
    ),
    (
        "a head of government suspended",
        "وصوت المجلس بالأغلبية على إيقاف رئيس الحكومة وإحالته للتحقيق.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "the staff of an embassy evacuated",
        "وأجلت الحكومة أمس جميع العاملين في سفارتها بالعاصمة.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "migrants driven out",
        "وتم طرد مئات المهاجرين من المدينة ونقلهم إلى الصحراء.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near miss: fighters driven out are no plight",
        "وتمكنت القوات من طرد المسلحين من الحي.",
        K::Humanitarian,
        None,
    ),
    (
        "forces welcomed by the people are no meeting",
        "وخرج المئات من سكان البلدة لاستقبال قوات الجيش عند مدخلها.",
        K::Meeting,
        None,
    ),
    (
        "near miss: a delegation received",
        "واستقبل المشير حفتر وفدا عسكريا من إيطاليا في بنغازي.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "members of the Congress are no conference",
        "وصوت 93 عضوا في المؤتمر لصالح القانون.",
        K::Meeting,
        None,
    ),
    (
        "the protests storming a party's offices are no offensive",
        "وكانت السمة الأبرز للمظاهرات اقتحام مقرات الحزب في عدة مدن.",
        K::Offensive,
        None,
    ),
    (
        "interviews are no meeting",
        "وكان يكرر ذلك في كل لقاءاته التلفزيونية.",
        K::Meeting,
        None,
    ),
    (
        "a head of government chosen by the chamber is no election",
        "وقرر المجلس انتخاب رئيس جديد للحكومة في جلسة الثلاثاء المقبل.",
        K::Election,
        None,
    ),
    (
        "near miss: a head of state chosen by the people",
        "وتستعد البلاد لانتخاب رئيس للدولة في ديسمبر المقبل.",
        K::Election,
        Some(M::Planned),
    ),
    (
        "an obligation told with إن عليه",
        "وقال المتحدث إن عليها وقف إطلاق النار فورا.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "what two sides agree shall be done is planned",
        "واتفق الطرفان على أن يتم تعيين المحافظ الجديد بالتشاور بين المجلسين.",
        K::PoliticalProcess,
        Some(M::Planned),
    ),
    (
        "a group's seat raided",
        "وتمكنت القوة من دهم مقر لعصابة مسلحة في ضواحي المدينة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a conference hall is no meeting",
        "وحاصرت القوات قاعة مؤتمرات يتحصن فيها المسلحون.",
        K::Meeting,
        None,
    ),
    (
        "an area still under a group's control is a state",
        "وتقدمت القوات نحو الأحياء التي لا تزال خاضعة لسيطرة التنظيم.",
        K::TerritoryControl,
        None,
    ),
    (
        "a killing of someone named after his rank is told",
        "وقال المتحدث نؤكد خبر اغتيال العقيد محمود الورفلي.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near miss: a killing of a rank alone stays a mention",
        "وتناول الاجتماع اغتيال العقيد في الجيش.",
        K::Assassination,
        None,
    ),
];

#[test]
fn ev74_classes() {
    events_table::check(EV74_CASES, true);
}
