//! Classes of event errors counted in a study of real Libyan news at scale (events11,
//! 2026-11-30; issue 9): 86 stored pages of many outlets, 2011–2025, read sentence by sentence
//! with the crate's output, every miss and a random sample of the events grouped by cause. The
//! sentences are written for the test in news style, none copied: each class has positives that
//! must be reported with their kind and modality and counter-examples that must not.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::{check, Case};
use libya_nlp::{EventKind, Modality};

/// Strikes named bare (`ضربات`) are air strikes when a foreign state is named near them; the
/// dual of the two-word noun (`ضربتين جويتين`). Without a foreign state, or in sport, no strike.
const FOREIGN_STRIKES: &[Case] = &[
    (
        "foreign_army_strikes_camps",
        "وقال الجيش الفرنسي إن طائراته نفذت ضربات على مخازن أسلحة جنوب ليبيا.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "foreign_sources_strikes_fell",
        "وقالت مصادر عسكرية مصرية إن أربع ضربات وقعت فجر الأحد قرب مدينة درنة.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "american_command_strikes_relative",
        "وأوضحت القيادة الأميركية أن الضربات التي نفذتها أمس أصابت معسكرا في الصحراء.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "dual_air_strikes",
        "ونفذت القوات الأمريكية ضربتين جويتين على موقع للمسلحين جنوب سرت.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "dual_air_strikes_nominative",
        "وأكدت القيادة أن ضربتان جويتان استهدفتا آليات للتنظيم.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "strikes_in_sport_are_no_strike",
        "وتلقى المنتخب المصري ضربات موجعة في الشوط الثاني من المباراة.",
        EventKind::Airstrike,
        None,
    ),
    (
        "strikes_without_foreign_state",
        "وقال الرجل إن ضربات القلب تسارعت بعد سماع الخبر.",
        EventKind::Airstrike,
        None,
    ),
];

/// Foreign troops moved into the country (`نقلت تركيا وحدات من قواتها`), like troops sent;
/// wounded or power moved is no intervention.
const TROOPS_MOVED: &[Case] = &[
    (
        "turkey_moved_units",
        "وذكر التقرير أن تركيا نقلت مئات من وحدات قواتها إلى الأراضي الليبية.",
        EventKind::ForeignIntervention,
        Some(Modality::Asserted),
    ),
    (
        "russia_moves_fighters_future",
        "وقالت المصادر إن روسيا ستنقل مزيدا من المقاتلين إلى قاعدة الجفرة.",
        EventKind::ForeignIntervention,
        Some(Modality::Planned),
    ),
    (
        "wounded_moved_is_no_intervention",
        "ونقلت سيارات الإسعاف الجرحى إلى مستشفى طرابلس المركزي.",
        EventKind::ForeignIntervention,
        None,
    ),
];

/// Territory: a town entered by forces named in the main clause (`أعلنت القوات أنها دخلت
/// بلدة`), forces made to pull back (`أجبرتها على التراجع`); attackers pushed back give up no
/// ground, a visitor entering a town takes none.
const TERRITORY: &[Case] = &[
    (
        "forces_said_they_entered_town",
        "وأعلنت قوات الوفاق في بيان أنها دخلت بلدة الأصابعة صباح اليوم.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "brigade_entered_city",
        "وقال آمر الكتيبة إن عناصره دخلوا مدينة سرت من المحور الغربي.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "forced_to_retreat_pronoun",
        "وضغطت القوات على المسلحين جنوب المدينة فأجبرتهم على التراجع.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "forced_forces_to_withdraw",
        "وأجبر مقاتلو المدينة قوات الكتيبة على الانسحاب من المطار.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "attackers_pushed_back_give_up_nothing",
        "وتصدت وحدات الجيش للهجوم وأجبرت المهاجمين على التراجع نحو الأحياء المجاورة.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "visitor_entered_city_is_no_takeover",
        "وقال المبعوث إنه دخل بلدة غدامس للمرة الأولى للقاء أعيانها.",
        EventKind::TerritoryControl,
        None,
    ),
];

/// A surprise operation of forces (`عملية مباغتة نفذتها قوات`); a surprise visit is none.
const SURPRISE_OPERATION: &[Case] = &[
    (
        "surprise_operation_of_forces",
        "وتمكنت القوات من صد عملية مباغتة شنتها كتيبة معادية على المعسكر.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "surprise_visit_is_no_operation",
        "وأجرى الوزير زيارة مفاجئة إلى المستشفى لتفقد أحوال المرضى.",
        EventKind::Offensive,
        None,
    ),
];

/// Operations that are not military (`عمليات الاستكشاف`, `عمليات استخراج الجثث`) are no
/// offensive, even in a town.
const CIVIL_OPERATIONS: &[Case] = &[
    (
        "search_operations_in_town",
        "وتواصل فرق الهيئة عمليات البحث في مدينة ترهونة منذ الصباح.",
        EventKind::Offensive,
        None,
    ),
    (
        "exhumation_operations",
        "وبدأت الفرق عمليات استخراج الرفات من المقبرة في المدينة.",
        EventKind::Offensive,
        None,
    ),
    (
        "military_operations_still_offensive",
        "وواصلت الكتائب عملياتها العسكرية في محيط المدينة.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
];

/// Polling (`عملية التصويت`) is an election; a vote of confidence is not.
const POLLING: &[Case] = &[
    (
        "polling_began",
        "وقالت المفوضية إن عملية التصويت انطلقت في الثامنة صباحا في البلديات الجنوبية.",
        EventKind::Election,
        Some(Modality::Asserted),
    ),
    (
        "confidence_ballot_is_no_election",
        "وفاز رئيس الحكومة باقتراع بالثقة في المؤتمر الوطني العام.",
        EventKind::Election,
        None,
    ),
    (
        "confidence_vote_is_no_election",
        "وبدأت عملية التصويت على منح الثقة للتشكيلة الوزارية.",
        EventKind::Election,
        None,
    ),
];

/// A hospital, a centre or a town receives the dead, the wounded and the displaced: no meeting.
/// A delegation received stays a meeting.
const RECEIVED: &[Case] = &[
    (
        "centre_received_dead",
        "وقال مسؤول إن المركز الطبي استقبل مساء الأحد 4 قتلى و9 جرحى.",
        EventKind::Meeting,
        None,
    ),
    (
        "town_received_families",
        "واستقبلت مدينة غريان أمس نحو مئتي عائلة نازحة من الضواحي.",
        EventKind::Meeting,
        None,
    ),
    (
        "field_hospital_received",
        "واستقبل مستشفى الميداني اليوم عددا من القتلى والمصابين.",
        EventKind::Meeting,
        None,
    ),
    (
        "delegation_received_is_meeting",
        "واستقبل رئيس المجلس الرئاسي وفدا من أعيان الجنوب في طرابلس.",
        EventKind::Meeting,
        Some(Modality::Asserted),
    ),
];

/// Fire opened on a person or a crowd is a shooting, not a clash between armed sides; an
/// exchange of fire stays a clash.
const SHOOTING_NOT_CLASH: &[Case] = &[
    (
        "gunmen_fired_at_him",
        "وأفاد شهود بأن مسلحين أطلقوا النار عليه أثناء خروجه من المسجد.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "fire_opened_on_colonel",
        "وقال مصدر أمني إن ملثمين أطلقوا النار على العقيد أمام منزله.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "security_fired_on_protesters",
        "وأطلقت قوات الأمن النيران على المتظاهرين وسط المدينة.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "fire_at_her_car",
        "وفتح مجهولون النار على سيارتها في شارع عشرين.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "exchange_of_fire_is_clash",
        "وتبادلت القوتان إطلاق النار قرب البوابة الغربية للمدينة.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
];

/// Dawn of the day before yesterday or of last night is a time, not a blast.
const DAWN: &[Case] = &[
    (
        "dawn_day_before_yesterday",
        "وهاجم مسلحون مقر الكتيبة فجر أول أمس بحسب الناطق باسمها.",
        EventKind::Bombing,
        None,
    ),
    (
        "dawn_last_night",
        "وقال السكان إن القصف بدأ فجر البارحة واستمر ساعات.",
        EventKind::Bombing,
        None,
    ),
    (
        "blew_up_still_bombing",
        "وفجر انتحاري نفسه عند بوابة المعسكر صباح اليوم.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
];

/// A habit told (`غالبا ما يشهد`, `بين الحين والآخر`) is background; the news of the day stays
/// reported. (Events referred back to with `بعد عام من` were tried as background too and left
/// out: the real-news gold lists them as optional, and the held-out sets lost an event each.)
const BACKGROUND: &[Case] = &[
    (
        "often_sees_attacks",
        "وغالبا ما تشهد المنطقة هجمات على نقاط التفتيش.",
        EventKind::Offensive,
        None,
    ),
    (
        "clashes_from_time_to_time",
        "وتندلع في الجنوب بين الحين والآخر اشتباكات قبلية.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "hours_after_clashes_still_news",
        "وعاد الهدوء إلى المدينة بعد ساعات من الاشتباكات العنيفة بين الكتيبتين.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
];

/// Protest told through its people and acts: the sit-in's people in the nominative
/// (`المعتصمون`), tyres burnt by a longer subject, ports shut by a crowd named beside the verb,
/// protesters storming a building. Ports shut by the authorities are no protest.
const PROTEST_ACTS: &[Case] = &[
    (
        "sit_in_people_nominative",
        "وأغلق المعتصمون بوابة الحقل صباح اليوم للمطالبة بصرف رواتبهم.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "tyres_burnt_long_subject",
        "وأحرق عشرات الشبان الغاضبين إطارات السيارات في شارع عمر المختار.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "crowd_shut_ports",
        "وأغلق محتجون غاضبون الموانئ النفطية في منطقة الهلال النفطي.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "protesters_storming_building",
        "وأظهرت الصور تعدي المتظاهرين على مقر المجلس البلدي في المدينة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "authorities_shut_ports_no_protest",
        "وأغلقت السلطات الموانئ بسبب سوء الأحوال الجوية في البحر.",
        EventKind::Protest,
        None,
    ),
];

/// A weekday to come after the event (`الثلاثاء المقبل`) and the future of a session
/// convening (`ستنعقد`) make it planned; a weekday past keeps it asserted.
const PLANNED_DATES: &[Case] = &[
    (
        "talks_resume_next_tuesday",
        "وتستأنف جلسات الحوار السياسي في جنيف الثلاثاء المقبل.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "talks_will_convene",
        "وقالت البعثة إن جولة المحادثات ستنعقد في تونس بحضور الطرفين.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "talks_ended_last_tuesday",
        "واختتمت جلسات الحوار السياسي في جنيف الثلاثاء الماضي.",
        EventKind::PeaceTalks,
        Some(Modality::Asserted),
    ),
];

/// A liberation told complete (`تحرير المدينة بالكامل`) is regained territory; the campaign to
/// liberate stays an offensive; hostages freed are neither.
const LIBERATION_COMPLETE: &[Case] = &[
    (
        "city_liberated_completely",
        "وأكد الناطق باسم الغرفة تحرير البلدة بالكامل من المسلحين.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "campaign_to_liberate_is_offensive",
        "وتواصل الكتائب عملياتها لتحرير الأحياء المتبقية من المدينة.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "hostages_freed_completely",
        "وقال إن تحرير الرهائن بالكامل تم بعد وساطة قبلية.",
        EventKind::TerritoryControl,
        None,
    ),
];

/// An arms embargo on deliveries (`حظر تسليم الأسلحة إلى ليبيا`) is no surrender; arms handed
/// in are.
const EMBARGO: &[Case] = &[
    (
        "embargo_on_arms_deliveries",
        "ودعا البيان إلى احترام حظر تسليم الأسلحة إلى ليبيا.",
        EventKind::Surrender,
        None,
    ),
    (
        "arms_handed_in",
        "وبدأت المجموعات المسلحة في المدينة تسليم الأسلحة الثقيلة إلى وزارة الدفاع.",
        EventKind::Surrender,
        Some(Modality::Asserted),
    ),
];

/// Clashes between security forces and protesters are the protest, not fighting between armed
/// sides; clashes between brigades stay armed clashes.
const PROTESTERS_CLASH: &[Case] = &[
    (
        "clashes_with_protesters",
        "وسقط قتلى في مواجهات بين قوات الأمن ومحتجين غاضبين أمام مقر المحافظة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "clashes_with_protesters_no_armed_clash",
        "واندلعت اشتباكات بين متظاهرين وعناصر من الشرطة في الميدان.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "brigades_clash_stays",
        "واندلعت اشتباكات عنيفة بين كتيبتين مسلحتين في منطقة جنزور.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
];

/// People drowned (`غرقوا`) are casualties; a boat sinking (`غرق القارب`) alone is not.
const DROWNED: &[Case] = &[
    (
        "migrants_drowned",
        "وقالت المنظمة إن نحو مئة مهاجر غرقوا قبالة سواحل زوارة خلال الأسبوع.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "boat_sank",
        "وغرق القارب قبالة سواحل صبراتة بعد ساعات من إبحاره.",
        EventKind::Casualties,
        None,
    ),
];

/// Fighters fleeing a town give it up (`فر مقاتلو التنظيم من المدينة`, `هروب لقوات من سرت`);
/// civilians fleeing are displaced, gunmen fleeing after a deed withdraw from nothing.
const FIGHTERS_FLED: &[Case] = &[
    (
        "fighters_fled_town",
        "وفر مقاتلو الكتيبة من البلدة باتجاه الجنوب مع تقدم القوات.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "fighters_subject_first",
        "وقال الناطق إن عناصر من التنظيم فروا إلى منطقة الوادي ليلة أمس.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "flight_of_forces_noun",
        "وأكد شهود هروب قوات النظام من المعسكر بعد القصف.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "civilians_fled_are_displaced",
        "وفر مئات المدنيين من منازلهم في الضواحي الجنوبية.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "gunmen_fled_after_attack",
        "وفر المسلحون بعد إطلاقهم النار على دورية الشرطة.",
        EventKind::TerritoryControl,
        None,
    ),
];

#[test]
fn foreign_strikes() {
    check(FOREIGN_STRIKES, false);
}

#[test]
fn troops_moved() {
    check(TROOPS_MOVED, false);
}

#[test]
fn territory() {
    check(TERRITORY, false);
}

#[test]
fn surprise_operation() {
    check(SURPRISE_OPERATION, false);
}

#[test]
fn civil_operations() {
    check(CIVIL_OPERATIONS, false);
}

#[test]
fn polling() {
    check(POLLING, false);
}

#[test]
fn received() {
    check(RECEIVED, false);
}

#[test]
fn shooting_not_clash() {
    check(SHOOTING_NOT_CLASH, false);
}

#[test]
fn dawn() {
    check(DAWN, false);
}

#[test]
fn background() {
    check(BACKGROUND, false);
}

#[test]
fn protest_acts() {
    check(PROTEST_ACTS, false);
}

#[test]
fn planned_dates() {
    check(PLANNED_DATES, true);
}

#[test]
fn liberation_complete() {
    check(LIBERATION_COMPLETE, false);
}

#[test]
fn embargo() {
    check(EMBARGO, false);
}

#[test]
fn protesters_clash() {
    check(PROTESTERS_CLASH, false);
}

#[test]
fn drowned() {
    check(DROWNED, false);
}

#[test]
fn fighters_fled() {
    check(FIGHTERS_FLED, false);
}
