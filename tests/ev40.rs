//! ev40 (issue 9, sentence-level events on real news): classes found in the thirty-fifth
//! session. A year that ends a day's date told as the time of the event (`يوم 23 مارس 2019`,
//! `في الثالث والعشرين من مارس 2019`) tells a day, as the news tells its own: it no longer
//! makes the nouns of its clause history, as a year or a month alone does (`عام 2011`, `في
//! مايو 2014`) and as a date that names an event does (`تفجيرات السابع من يوليو 2005`). The
//! sentences were written for this test. From round 40: an investigation with its adjective
//! (`التحقيقات الجارية في`), suspects and those implicated without the article (`8 مشتبه بهم
//! في`, `ضالعين في`) name the event they are about (background); an event blamed on a group
//! (`يقف وراء الهجوم الذي شنه مسلحون فجر اليوم`) whose own relative clause dates it to the day
//! of the report is told there as news; accused of the responsibility (`بالمسؤولية عن`); an
//! attack whose means past an adjective is a bomb (`الهجوم المزدوج بسيارتين مفخختين`) is the
//! bombing; a war entering a stage, hospitals receiving the wounded, rescuers as a source and
//! stopping an escalation tell no capture, meeting, rescue or arrest. Recall: protesters after
//! a quantity who tried to storm (`حاول المئات من المتظاهرين اقتحام`), taking to the streets
//! (`النزول إلى الشوارع`), families evacuated, beheadings, advances made (`تقدمات`), a
//! bombardment by artillery and air (`قصف مدفعي وجوي`), lethal force used, a shell that struck
//! someone with wounds.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV40_CASES: &[Case] = &[
    (
        "a_day_date_with_its_year_is_news",
        "قتل ثلاثة أشخاص في تفجير في بنغازي يوم 23 مارس 2019.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "an_ordinal_day_date_with_its_year_is_news",
        "قتل ثلاثة أشخاص في تفجير في بنغازي في الثالث والعشرين من مارس 2019.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_month_and_year_is_history",
        "وكان ثلاثة أشخاص قد قتلوا في تفجير في بنغازي في مايو 2014.",
        K::Bombing,
        None,
    ),
    (
        "near_miss_a_date_that_names_an_event_is_history",
        "لم يكن المشهد لافتا حتى أحداث الحادي عشر من سبتمبر 2001 وتفجيرات السابع من يوليو 2005.",
        K::Bombing,
        None,
    ),
    (
        "an_investigation_with_its_adjective",
        "اعتقلت السلطات ثمانية أشخاص في إطار التحقيقات الجارية في الهجوم على القنصلية الأمريكية.",
        K::Offensive,
        None,
    ),
    (
        "suspects_without_the_article",
        "ليبيا تعتقل 8 مشتبه بهم في الهجوم على القنصلية الأمريكية",
        K::Offensive,
        None,
    ),
    (
        "those_implicated_without_the_article",
        "حددت السلطات هوية 50 شخصا ضالعين في الهجوم على القنصلية.",
        K::Offensive,
        None,
    ),
    (
        "blamed_but_told_as_today_by_its_relative_clause",
        "قال عميد البلدية إن تنظيم داعش يقف وراء الهجوم الذي شنه مسلحون مجهولون فجر اليوم على مركز شرطة.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near_miss_blamed_with_no_day",
        "قال عميد البلدية إن تنظيم داعش يقف وراء الهجوم على مركز الشرطة.",
        K::Offensive,
        None,
    ),
    (
        "accused_of_the_responsibility",
        "واتهم المتحدث باسم الجيش تنظيم داعش بالمسؤولية عن هذه العملية الإرهابية.",
        K::Offensive,
        None,
    ),
    (
        "near_miss_a_claim_of_ones_own",
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف بوابة أمنية في سرت اليوم.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "car_bombs_past_an_adjective_are_the_attack",
        "وخلف الهجوم المزدوج بسيارتين مفخختين قرب المسجد نحو 33 قتيلا.",
        K::Offensive,
        None,
    ),
    (
        "a_war_entering_its_week",
        "قتل 22 شخصا في قصف جوي على أم درمان مع دخول الصراع المسلح في البلاد أسبوعه الثاني عشر.",
        K::TerritoryControl,
        None,
    ),
    (
        "hospitals_received_the_wounded",
        "واستقبلت مستشفيات أم درمان 50 مصابا مدنيا على الأقل جراء الاشتباكات.",
        K::Meeting,
        None,
    ),
    (
        "rescuers_as_a_source",
        "قتل 23 شخصا على الأقل حسب شهود عيان ورجال الإنقاذ في تفجير سوق ببغداد.",
        K::Humanitarian,
        None,
    ),
    (
        "stopping_an_escalation_is_no_arrest",
        "وجهت الوزارة رسالة إلى المتظاهرين تطالبهم فيها بتوقيف التصعيد.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_an_arrest_demanded",
        "وطالب المحتجون بتوقيف المتورطين في قتل المتظاهرين.",
        K::Arrest,
        Some(M::Demanded),
    ),
    (
        "hundreds_of_protesters_who_tried_to_storm",
        "حاول المئات من المتظاهرين التونسيين اليوم اقتحام محطة لضخ النفط في الكامور.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "taking_to_the_streets_told_by_the_verbal_noun",
        "واصل المتظاهرون في لبنان النزول إلى الشوارع لليوم العاشر على التوالي.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "families_evacuated_by_the_red_crescent",
        "سيطرت القوات على منطقة شيحا في درنة، فيما أخلى الهلال الأحمر مئات العائلات العالقة وسط المعارك.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near_miss_positions_evacuated_are_no_relief",
        "أخلت الكتيبة مواقعها في محيط المطار.",
        K::Humanitarian,
        None,
    ),
    (
        "beheadings",
        "قال المسماري إن مسلحي التنظيم قطعوا رؤوس 8 حراس أثناء الهجوم على الحقل النفطي.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "advances_made",
        "تمكن الجيش خلال المعارك من تحقيق تقدمات على عدة نقاط في منطقة الصابري.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a_bombardment_by_artillery_and_air",
        "أعلن الجيش استعادة السيطرة على قنفودة بعد تراجع المسلحين تحت قصف مدفعي وجوي عنيفين.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "… and by air and artillery",
        "تراجع المسلحون تحت القصف الجوي والمدفعي العنيف.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "lethal_force_used",
        "قالت المنظمة إن جماعات مسلحة استعملت القوة الفتاكة لفض مظاهرات سلمية في العاصمة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "a_shell_that_struck_someone_with_wounds",
        "سقطت قذيفة على أحد المنازل، وأصابت ربة منزل بإصابات بالغة في رجلها.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "an_operations_room_is_a_body",
        "قالت مصادر بغرفة العمليات العسكرية المشتركة إن القوات سيطرت على ميناء سرت.",
        K::Offensive,
        None,
    ),
    (
        "the_gnc_short_form_is_no_meeting",
        "قال حميدان إن الأثاث دمر وفقدت بعض الوثائق الخاصة بأعضاء المؤتمر العام.",
        K::Meeting,
        None,
    ),
    (
        "wounded_fighters_described",
        "علق المؤتمر اجتماعاته جراء استمرار وجود الثوار الجرحى داخل مقره.",
        K::Casualties,
        None,
    ),
    (
        "a_verbal_noun_after_tamma_is_the_passive",
        "أفادت مصادر إعلامية بأن محمود الورفلي تمت تصفيته جسديا.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_habit_with_yatimm",
        "قال إن القوات كانت تقوم بعمليات في القرى حيث كان يتم اغتصاب النساء على يد أفراد جيشها.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "people_made_homeless_after_their_number",
        "قالت المنظمة إن ما لا يقل عن 30 ألف شخص شردوا بعدما اجتاحت الفيضانات مدينة درنة.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
];

#[test]
fn ev40_classes() {
    events_table::check(EV40_CASES, false);
}
