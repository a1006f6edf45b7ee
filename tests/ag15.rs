//! ag15 (issue 9): protest mentions that are no protest report by the spec, found in the false
//! PROTEST alarms of the study half of the AGSR dev half. Sentences written for this test,
//! labelled before the crate ran on them; every class has near misses that must stay reported.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Reported;
use libya_nlp::EventKind;

/// (name, sentence, kind, reported): `true` when an asserted, non-background event of the kind
/// must be there, `false` when none may be (a mention: background, not asserted, or absent).
const AG15_CASES: &[Reported] = &[
    // A protest voiced or lodged in words by a person or a body is an objection, no gathering.
    (
        "voiced_declared",
        "أعلنت وزارة الخارجية احتجاجها على تصريحات السفير.",
        EventKind::Protest,
        false,
    ),
    (
        "voiced_shown",
        "أبدى الوزير احتجاجه على تأخير صرف الرواتب.",
        EventKind::Protest,
        false,
    ),
    (
        "voiced_expressed",
        "وأعرب المجلس البلدي عن احتجاجه الشديد على التعيين.",
        EventKind::Protest,
        false,
    ),
    (
        "voiced_lodged",
        "وفي المدينة تسجل الأمهات احتجاجا على غياب الأمن.",
        EventKind::Protest,
        false,
    ),
    (
        "written_protest",
        "وسلم رئيس النقابة مذكرة احتجاج إلى الوزير.",
        EventKind::Protest,
        false,
    ),
    (
        "official_protest",
        "سجلت البعثة احتجاجا رسميا على القرار الجديد.",
        EventKind::Protest,
        false,
    ),
    (
        "voiced_near_miss_gathering",
        "وتظاهر العشرات أمام الوزارة احتجاجا على تأخير صرف الرواتب.",
        EventKind::Protest,
        true,
    ),
    (
        "voiced_near_miss_sit_in_declared",
        "أعلن المحتجون اعتصاما مفتوحا أمام مقر البلدية.",
        EventKind::Protest,
        true,
    ),
    // Deeds done «in protest» that are no gathering: resigning, recalling an envoy, mourning.
    (
        "resigned_in_protest",
        "استقال الوزير احتجاجا على تدخل الحكومة في عمله.",
        EventKind::Protest,
        false,
    ),
    (
        "envoy_recalled_in_protest",
        "استدعت الخارجية سفيرها احتجاجا على التصريحات الأخيرة.",
        EventKind::Protest,
        false,
    ),
    (
        "mourning_in_protest",
        "وأعلنت النقابة الحداد ثلاثة أيام احتجاجا على وفاة العمال.",
        EventKind::Protest,
        false,
    ),
    (
        "in_protest_near_miss_pumping_stopped",
        "أوقف شبان ضخ النفط من الحقل احتجاجا على تهميش منطقتهم.",
        EventKind::Protest,
        true,
    ),
    (
        "in_protest_near_miss_road_closed",
        "أغلق محتجون الطريق الساحلي احتجاجا على انقطاع الكهرباء.",
        EventKind::Protest,
        true,
    ),
    // Plans: tomorrow with a time of day, a future verb of continuing or ending.
    (
        "march_tomorrow_evening",
        "ينظم الاتحاد مسيرة سلمية مساء غد في وسط المدينة.",
        EventKind::Protest,
        false,
    ),
    (
        "sit_in_will_go_on",
        "وقال أحد المنظمين إن الطلاب سيستمرون في اعتصامهم حتى تلبية مطالبهم.",
        EventKind::Protest,
        false,
    ),
    (
        "strike_will_end",
        "وقال المتحدث باسم العمال: «سننهي إضرابنا بعد توقيع الاتفاق».",
        EventKind::Protest,
        false,
    ),
    (
        "plan_near_miss_went_on",
        "استمر الاعتصام أمام مقر الحكومة لليوم الثالث على التوالي.",
        EventKind::Protest,
        true,
    ),
    // A body's whole life tallies its deeds, none of them told.
    (
        "since_founding_protests",
        "دعت النقابة منذ تأسيسها إلى وقفات كثيرة نظمتها في أغلب المدن.",
        EventKind::Protest,
        false,
    ),
    (
        "since_founding_bombings",
        "نفذت الجماعة منذ تأسيسها عشرات التفجيرات في المنطقة.",
        EventKind::Bombing,
        false,
    ),
    (
        "since_founding_near_miss_yesterday",
        "نظمت الحركة أمس مظاهرة أمام مقر البرلمان.",
        EventKind::Protest,
        true,
    ),
    // An event dated to a year with «في عام» is an earlier event referred back to.
    (
        "year_fronted_protest",
        "وفي عام 2011، تظاهر الآلاف في ساحة الشهداء.",
        EventKind::Protest,
        false,
    ),
    (
        "year_fronted_whole_sentence",
        "وفي عام 2012، أصيب العشرات وقتل رجلان خلال مواجهات بين الشرطة والمحتجين.",
        EventKind::Protest,
        false,
    ),
    (
        "year_after_protest",
        "تظاهر الآلاف في الساحة الكبرى في عام 2011 للمطالبة بالتغيير.",
        EventKind::Protest,
        false,
    ),
    (
        "year_clash",
        "وفي سنة 2014 اندلعت اشتباكات عنيفة في المدينة.",
        EventKind::ArmedClash,
        false,
    ),
    (
        "year_near_miss_old_constitution",
        "تظاهر العشرات أمس للمطالبة بتفعيل دستور عام 1951.",
        EventKind::Protest,
        true,
    ),
    (
        "year_near_miss_no_year",
        "تظاهر الآلاف في الساحة الكبرى أمس للمطالبة بالتغيير.",
        EventKind::Protest,
        true,
    ),
    // The demands of the protesters as a topic name them without their action.
    (
        "demands_as_topic",
        "وتركزت مطالب المتظاهرين على رفع الأجور.",
        EventKind::Protest,
        false,
    ),
    (
        "demands_answered",
        "واستجابت الحكومة لمطالب المحتجين في الجنوب.",
        EventKind::Protest,
        false,
    ),
    (
        "demands_near_miss_own_demand",
        "وطالب المحتجون أمام المقر بإقالة مدير الأمن.",
        EventKind::Protest,
        true,
    ),
    // The likely before what it qualifies.
    (
        "likely_heading",
        "وأغلقت الشرطة الشوارع المحتمل توجه المتظاهرين إليها.",
        EventKind::Protest,
        false,
    ),
    (
        "likely_near_miss_headed",
        "وتوجه المتظاهرون إلى مقر الحكومة رافعين لافتات.",
        EventKind::Protest,
        true,
    ),
];

#[test]
fn ag15_protest_reports_and_mentions() {
    events_table::check_reported(AG15_CASES);
}
