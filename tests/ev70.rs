//! ev70 (issue 9), from the forty-ninth session, round 70 (scored unseen on the session's first
//! build, then studied): the latest of a series is the news; the last days and hours date a
//! relative clause to the news; `نجم عن` tells a result; rocket strikes named with their noun
//! of striking; people or bodies brought back are no ground taken; `جراء` tells a cause that
//! happened; `دعا إليه` points back to what was called for; a proposal across its addressee's
//! commas; later this week is to come. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV70_CASES: &[events_table::Case] = &[
    (
        "the latest of a series of troubles is the news",
        "تعاني المدينة من الانفلات الأمني الذي تسبب في أزمات كبيرة، كان آخرها اختطاف عضو المجلس من بيته.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near miss: an abduction named as a kind of trouble",
        "تعاني المدينة من جرائم مثل الاختطاف والسرقة.",
        K::Abduction,
        None,
    ),
    (
        "ground taken over the last two days",
        "عثرت القوات على جثث في المناطق التي سيطرت عليها خلال اليومين الماضيين.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "near miss: ground a relative clause tells without a time",
        "عثرت القوات على جثث في المناطق التي سيطرت عليها.",
        K::TerritoryControl,
        None,
    ),
    (
        "injuries a shelling resulted in",
        "سقطت قذائف على منازل المواطنين في الحي، نجم عنها إصابة ثلاثة مواطنين.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "rocket strikes named with their noun of striking",
        "قتل عشرة من عناصر التنظيم جراء ضربات بالصواريخ وجهت من الزوارق البحرية.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "… an air strike when aircraft fired them",
        "قتل ثلاثة في ضربات صاروخية شنتها طائرات مسيرة على المدينة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "a nurse brought back is no ground taken",
        "استعادت السلطات الجزائرية الممرضة المختطفة في مدينة صبراتة.",
        K::TerritoryControl,
        None,
    ),
    (
        "… nor are bodies",
        "استعادت القوات جثامين الجنود من المنطقة.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: a district retaken",
        "استعادت القوات منطقة قصر بن غشير بعد معارك.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a siege told as the cause of hunger",
        "يموت السكان بسبب عدم وصول الغذاء لهم جراء الحصار الذي تفرضه القوات.",
        K::Siege,
        Some(M::Asserted),
    ),
    (
        "a march called for, pointed back to",
        "قمعت قوات الأمن موكبا احتجاجيا دعا إليه تجمع المهنيين المنظم للاحتجاجات الأخيرة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: a call for a protest still to come",
        "دعا تجمع المهنيين إلى احتجاجات جديدة يوم الخميس.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "a ceasefire proposed across the addressee's commas",
        "واقترح المبعوث على الأطراف المتناحرة في ليبيا، وقف القتال قبل جولة جديدة من الحوار.",
        K::Ceasefire,
        Some(M::Hypothetical),
    ),
    (
        "talks later this week are to come",
        "وسيبدأ في وقت لاحق من هذا الأسبوع مسار حوار مواز يضم الأحزاب السياسية.",
        K::PeaceTalks,
        Some(M::Planned),
    ),
    (
        "near miss: a meeting during which the sides will talk is to come",
        "ستبحث الأطراف خلال الاجتماع المقبل الملفات العالقة.",
        K::Meeting,
        Some(M::Planned),
    ),
    (
        "the forces inside a command's name are no forces sent",
        "قالت قيادة القوات الأمريكية في أفريقيا إنها شنت غارة جوية على معسكر للتنظيم.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near miss: a foreign force named for itself",
        "وصل مرتزقة فاغنر إلى قاعدة الجفرة الجوية.",
        K::ForeignIntervention,
        Some(M::Asserted),
    ),
    (
        "a reception told with its noun",
        "جاء ذلك خلال استقبال المشير للمسؤول المصري ووفد مرافق له في مدينة بنغازي.",
        K::Meeting,
        Some(M::Asserted),
    ),
    (
        "near miss: a hospital receiving the wounded",
        "وأعلن المستشفى استقبال الجرحى والقتلى من موقع الانفجار.",
        K::Meeting,
        None,
    ),
    (
        "a cell implicated in killings does not report them",
        "اعتقال خلية إرهابية متورطة باغتيالات في بنغازي.",
        K::Assassination,
        None,
    ),
    (
        "a unit named for martyrs is no death",
        "وقال إن سرايا شهداء ليبيا ألقت القبض على الخلية ليل الاثنين.",
        K::Casualties,
        None,
    ),
    (
        "a car's explosion, its owner described after the car",
        "نسف انفجار سيارة دبلوماسي مصري قرب منزله في مدينة بنغازي اليوم.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near miss: a diplomatic explosion is a figure of speech",
        "حذر المراقبون من انفجار دبلوماسي بين البلدين.",
        K::Bombing,
        None,
    ),
];

#[test]
fn ev70_classes() {
    events_table::check(EV70_CASES, true);
}
