//! Classes found in a study of real Libyan news on 2026-11-30 (sentences written for the
//! test, not copied): future and past negation after the event noun, orders, "about to",
//! threats with a long subject, a coming date before the event, ransom, rescuing a process,
//! control of institutions, generic wars, appeals, settlements, appointments, dialogue sessions;
//! and from a second pass: intentions, "unless", ultimatums and warnings served, no order
//! issued, solutions to a war, asides after a comma, "was supposed to", likelihoods, refraining
//! and avoiding, reports declared false, nobody claiming, the road to an event, events
//! scheduled in a relative clause, not arriving, preparing, fears and hopes past `أن`,
//! necessity, the verbal noun of demonstrating, striking targets; and from a third pass (events5):
//! the dead of disasters, last breaths, counts in words, fighting with `حارب`, pursuits, entering
//! and reaching towns, storming and gathering with demands, oil closures with grievances,
//! strikes entered, prison, attempts and fears with their subject between, awaited events,
//! threats brandished, «until»; and from a fourth pass (events6, modality): ultimatums that
//! demand their act and threaten their consequence, ending a sit-in or a siege, the only
//! solution, «in an attempt to», «will not start» after the event noun, failing past a long
//! subject, denials of reports named in a relative clause, a purpose `ل` with an object
//! pronoun, postponing in the imperfect, a date aside between commas, not sitting at the
//! table, obligations laid on someone, looming on the horizon, imminent.

use libya_nlp::{Analyzer, EventKind, Modality};

/// (name, sentence, kind, Some(modality) when the event must be there with it, None when the
/// kind must not be there).
const CASES: &[(&str, &str, EventKind, Option<Modality>)] = &[
    (
        "will_not_take_place",
        "أعلنت المفوضية أن الانتخابات البلدية لن تجرى في موعدها.",
        EventKind::Election,
        Some(Modality::Negated),
    ),
    (
        "was_not_held",
        "الجولة الثانية من المحادثات لم تعقد كما كان مقررا.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "order_to_arrest",
        "رئيس الحكومة يأمر باعتقال المسؤولين عن إطلاق النار.",
        EventKind::Arrest,
        Some(Modality::Demanded),
    ),
    (
        "orders_issued",
        "أصدر النائب العام أوامر بالقبض على ثلاثة ضباط.",
        EventKind::Arrest,
        Some(Modality::Demanded),
    ),
    (
        "about_to_attack",
        "قال المتحدث إن قواتهم بصدد شن هجوم على مواقع المسلحين جنوب المدينة.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
    (
        "threat_long_subject",
        "توعدت القوات التابعة للقيادة العامة في الشرق الليبي، بشن غارات على مخازن السلاح.",
        EventKind::Airstrike,
        Some(Modality::Hypothetical),
    ),
    (
        "date_before_event",
        "تنطلق في جنيف الأسبوع المقبل جولة جديدة من المحادثات بين الطرفين.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "ransom_asked",
        "اتصل الخاطفون بعائلة الطبيب وطلبوا فدية كبيرة مقابل إطلاق سراحه.",
        EventKind::Abduction,
        Some(Modality::Asserted),
    ),
    (
        "ransom_demanded",
        "يطالب الخاطفون بفدية مالية للإفراج عن العمال الأجانب.",
        EventKind::Abduction,
        Some(Modality::Asserted),
    ),
    (
        "prosecutor_orders_detention",
        "أمرت النيابة العامة بحبس المتهمين أربعة أيام.",
        EventKind::Arrest,
        Some(Modality::Asserted),
    ),
    (
        "an_appeal",
        "وجهت اللجنة نداء إلى كافة الأطراف للالتزام بوقف إطلاق النار.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "reaching_a_settlement",
        "شدد المبعوث على ضرورة التوصل إلى تسوية للأزمة قبل نهاية الشهر.",
        EventKind::Agreement,
        Some(Modality::Demanded),
    ),
    (
        "appointing_a_board",
        "صادق البرلمان على تعيين مجلس إدارة جديد للمصرف المركزي.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    (
        "dialogue_sessions",
        "تستأنف جلسات الحوار بين الوفدين في تونس.",
        EventKind::Meeting,
        None,
    ),
    (
        "rescuing_a_process",
        "تسعى البعثة إلى إنقاذ العملية السياسية من الانهيار.",
        EventKind::Humanitarian,
        None,
    ),
    (
        "control_of_institutions",
        "طالبوا بحل المجموعات التي تسيطر على مفاصل الدولة.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "generic_wars",
        "يفر آلاف المهاجرين من الحروب والفقر نحو السواحل الليبية.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "still_a_capture",
        "سيطرت القوات على مطار المدينة بعد معارك عنيفة.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "intention_announced",
        "أعلنت الكتيبة نيتها شن هجوم على معسكر المسلحين.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
    (
        "no_intention",
        "قال الوزير إنه لا نية لدى الحكومة لإجراء انتخابات مبكرة.",
        EventKind::Election,
        Some(Modality::Negated),
    ),
    (
        "unless_condition",
        "ما لم تنسحب الكتائب من المطار فإن الجيش سيتدخل.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "ultimatum_verb",
        "أمهلت القوات المسلحين يومين لتسليم أسلحتهم قبل شن هجوم شامل.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "ultimatum_noun",
        "منحت الغرفة الأمنية المجموعات مهلة أخيرة قبل اقتحام الحي.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "no_order_issued",
        "أكد المكتب أنه لم يصدر أي قرار بشأن التحقيق أو اعتقال النواب.",
        EventKind::Arrest,
        Some(Modality::Negated),
    ),
    (
        "no_warrant_issued",
        "لم تصدر المحكمة أي أمر بالقبض على رئيس البلدية.",
        EventKind::Arrest,
        Some(Modality::Negated),
    ),
    (
        "solution_to_war",
        "طالب المعتصمون الحكومة بإيجاد حل سلمي للحرب الدائرة في الجنوب.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "threat_past_aside",
        "توعد آمر المنطقة العسكرية، في كلمة مصورة نشرت ليلا، بشن هجوم على المهربين.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "call_past_aside",
        "دعا رئيس المجلس، وفق بيان لمكتبه، إلى إجراء الانتخابات قبل نهاية العام.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "was_supposed_to",
        "كان يتعين إجراء الاستفتاء على الدستور في الربيع لكنه أرجئ.",
        EventKind::PoliticalProcess,
        Some(Modality::Planned),
    ),
    (
        "likelihood_weighed",
        "تحدث المبعوث عن خطته مع ترجيح إجراء الانتخابات في الخريف.",
        EventKind::Election,
        Some(Modality::Hypothetical),
    ),
    (
        "refrain_from",
        "حثت السفارة الأطراف على الامتناع عن أي اشتباكات في محيط المطار.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "agreed_now_to_meet_later",
        "اتفق رئيسا المجلسين على الاجتماع مرة أخرى الشهر المقبل.",
        EventKind::Agreement,
        Some(Modality::Asserted),
    ),
    (
        "meeting_agreed_later",
        "اتفق رئيسا المجلسين على الاجتماع مرة أخرى الشهر المقبل.",
        EventKind::Meeting,
        Some(Modality::Planned),
    ),
    (
        "avoid_past_coordination",
        "حث المبعوث القادة على تجنب أي تحشيد عسكري أو اشتباكات قرب المطار.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "did_not_and_will_not",
        "قال الوزير إن بلاده لم ولن تطلب أي تدخل عسكري من الخارج.",
        EventKind::ForeignIntervention,
        Some(Modality::Negated),
    ),
    (
        "no_truth_far_reach",
        "قال الناطق إنه لا صحة لما نشرته حسابات على المنصات عن تحرك أي وحدات أو اشتباكات جنوب المدينة.",
        EventKind::ArmedClash,
        Some(Modality::Negated),
    ),
    (
        "report_declared_false",
        "أكد المكتب أن الأخبار المتداولة حول خطف مدير المصرف غير صحيحة.",
        EventKind::Abduction,
        Some(Modality::Negated),
    ),
    (
        "report_baseless",
        "قالت الوزارة إن أنباء اعتقال الناشط لا أساس لها من الصحة.",
        EventKind::Arrest,
        Some(Modality::Negated),
    ),
    (
        "leading_the_country_towards",
        "يقود المجلس الانتقالي البلاد نحو الانتخابات وسط انقسام حاد.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "step_towards",
        "وصف المبعوث التصويت على القوانين بأنه خطوة نحو إجراء انتخابات عامة.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "paving_the_way",
        "قال إن التوافق على القاعدة الدستورية يمهد الطريق أمام إجراء الانتخابات.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "road_map",
        "أعلنت البعثة خارطة طريق تفضي إلى انتخابات برلمانية ورئاسية.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "about_a_number_not_towards",
        "قتل نحو عشرين مسلحا في المعارك التي دارت أمس.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "was_scheduled_relative",
        "تحدث النواب عن الانتخابات التي كانت مقررة في الخريف الماضي.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "postponed_beats_scheduled",
        "أرجئت جولة المفاوضات التي كان من المقرر أن تنطلق الاثنين.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "towards_holding",
        "اعتبر السفير الاجتماع خطوة حاسمة نحو إجراء الانتخابات في موعدها.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "not_arrived_yet",
        "قال مسؤول إن المساعدات الإنسانية لم تصل بعد إلى سكان المدينة.",
        EventKind::Humanitarian,
        Some(Modality::Negated),
    ),
    (
        "condition_not_arrival",
        "يخشى الأطباء أن يرتفع عدد القتلى إذا لم تصل الأدوية قريبا.",
        EventKind::Casualties,
        Some(Modality::Hypothetical),
    ),
    (
        "fear_past_complement",
        "تخشى العائلات أن تتجدد الاشتباكات في الحي.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "without_being_able",
        "انتهى اليوم دون أن يتمكن الطرفان من استئناف المحادثات.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "was_preparing",
        "فككت الشرطة مجموعة كانت تعد لتفجيرات في وسط المدينة.",
        EventKind::Bombing,
        Some(Modality::Planned),
    ),
    (
        "lasting_ceasefire_accord",
        "وقع القادة العسكريون اتفاقا دائما لوقف إطلاق النار في كل الجبهات.",
        EventKind::Ceasefire,
        Some(Modality::Asserted),
    ),
    (
        "provides_for_a_list",
        "وقع الطرفان وثيقة تقضي بفتح الطريق الساحلي بين المدينتين وخروج المرتزقة.",
        EventKind::ForeignIntervention,
        Some(Modality::Planned),
    ),
    (
        "necessity_min_al_daruri",
        "قال النائب إنه من الضروري إجراء انتخابات برلمانية قبل الصيف.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "hope_past_complement",
        "يأمل سكان الجنوب أن تجرى الانتخابات البلدية هذا العام.",
        EventKind::Election,
        Some(Modality::Hypothetical),
    ),
    (
        "nobody_claimed",
        "لم تتبن أي جماعة التفجير الذي هز السوق الشعبي.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
    (
        "no_responsibility_claimed",
        "لم تعلن أي جهة مسؤوليتها عن الهجوم على البوابة.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "no_comment_issued",
        "لم يصدر أي تعليق رسمي على الاشتباكات التي شهدتها الزاوية أمس.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "not_reached_long_subject",
        "ولم يتوصل المشاركون في جولة الحوار الأخيرة إلى اتفاق بشأن الميزانية.",
        EventKind::Agreement,
        Some(Modality::Negated),
    ),
    (
        "participants_took_part",
        "ولم يتوصل المشاركون في جولة الحوار الأخيرة إلى اتفاق بشأن الميزانية.",
        EventKind::PeaceTalks,
        Some(Modality::Asserted),
    ),
    (
        "refusing_to_take_part",
        "أعلن المجلس رفضه المشاركة في الحوار.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "call_to_demonstrate",
        "دعت نقابة المعلمين إلى التظاهر أمام وزارة التعليم الأحد المقبل.",
        EventKind::Protest,
        Some(Modality::Demanded),
    ),
    (
        "intent_to_demonstrate",
        "يعتزم أهالي المفقودين التظاهر أمام مقر البعثة.",
        EventKind::Protest,
        Some(Modality::Planned),
    ),
    (
        "warning_served",
        "وجهت الكتيبة إنذارا للمهربين قبل اقتحام مخازنهم.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "right_to_demonstrate",
        "يكفل الإعلان الدستوري حق التظاهر السلمي.",
        EventKind::Protest,
        None,
    ),
    (
        "preparing_to_strike_targets",
        "قال الآمر: «نتأهب لضرب أهداف قرب المطار»، مضيفا أن الطائرات جاهزة.",
        EventKind::Airstrike,
        Some(Modality::Planned),
    ),    (
        "disaster_dead_are_casualties",
        "سقط 40 قتيلا في مدينة درنة جراء السيول.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "disaster_toll_verb",
        "أودت الفيضانات بحياة أكثر من ألفي شخص في درنة.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "disease_cases_are_no_casualties",
        "سجلت وزارة الصحة 300 إصابة جديدة بفيروس كورونا.",
        EventKind::Casualties,
        None,
    ),
    (
        "last_breath",
        "لفظ الجريح أنفاسه الأخيرة في مستشفى الجلاء.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "count_of_the_dead_in_words",
        "أوقعت سلسلة هجمات أمس، بينها هجوم بسيارة مفخخة، عشرات القتلى والجرحى.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "forces_fighting_with_haraba",
        "الجيش يحارب منذ أشهر جماعات متشددة في درنة.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "war_on_corruption_is_no_fighting",
        "قال الوزير إن الحكومة تحارب الفساد في كل المؤسسات.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "pursuing_wanted_men",
        "تلاحق الأجهزة الأمنية المطلوبين في أحياء المدينة.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "later_is_no_pursuit",
        "وفي وقت لاحق من اليوم، أصدرت قيادة القوات بيانا.",
        EventKind::Offensive,
        None,
    ),
    (
        "fighters_entering_a_town",
        "واجه الثوار مقاومة ضعيفة عند دخول المدينة.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "entering_into_a_fight_is_no_entry",
        "نفت الحكومة أي نية للدخول في مواجهة مع التشكيلات المسلحة.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "reaching_the_centre",
        "وصلت طلائع القوات إلى وسط مدينة سرت.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "managed_to_liberate",
        "تمكنت القوات من تحرير منطقة قنفودة بعد أسابيع من المعارك.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "crowd_storming_while_demanding",
        "اقتحم مئات الغاضبين مقر المجلس مطالبين بوقف العنف.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "crowd_storming_is_no_raid",
        "اقتحم مئات الغاضبين مقر المجلس مطالبين بوقف العنف.",
        EventKind::Offensive,
        None,
    ),
    (
        "gathering_in_protest",
        "تجمع المواطنون في الميدان رفضا للتمديد للبرلمان.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "oil_field_closed_until_demands_met",
        "أعلن أهالي الجنوب إغلاق حقل الشرارة إلى حين تلبية مطالبهم.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "oil_closure_threatened_in_ultimatum",
        "أمهل المحتجون الحكومة أسبوعا لتنفيذ مطالبهم وإلا أغلقوا حقول النفط.",
        EventKind::Protest,
        Some(Modality::Hypothetical),
    ),
    (
        "protesters_threatening",
        "هدد المحتجون بإغلاق الموانئ النفطية إذا لم تستجب الحكومة.",
        EventKind::Protest,
        Some(Modality::Hypothetical),
    ),
    (
        "protesters_attempting",
        "حاول محتجون غاضبون اقتحام مبنى البرلمان في طبرق.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "entering_a_strike",
        "دخل موظفو قطاع الصحة في إضراب مفتوح عن العمل.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "protests_sweeping_cities",
        "عمت الاحتجاجات عدة مدن ليبية مساء الجمعة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "sent_to_prison",
        "أودع المتهم السجن على ذمة التحقيق.",
        EventKind::Arrest,
        Some(Modality::Asserted),
    ),
    (
        "attempt_with_subject_between",
        "حاولت مجموعة مسلحة خطف رئيس البلدية.",
        EventKind::Abduction,
        Some(Modality::Negated),
    ),
    (
        "fear_with_subject_between",
        "يخشى السكان من تجدد الاشتباكات في الأحياء الجنوبية.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "awaited_event",
        "يرتقب أن يعقد الاجتماع في تونس الأسبوع المقبل.",
        EventKind::Meeting,
        Some(Modality::Planned),
    ),
    (
        "threat_brandished",
        "لوح الطرفان باستئناف القتال إذا فشلت الوساطة.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "until_looks_ahead",
        "قال المتحدث إن القوات ستبقى في مواقعها إلى حين تأمين دخولها إلى العاصمة.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "trigger_of_freed_hostages_is_no_territory",
        "تمكنت الأجهزة الأمنية من تحرير المخطوفين.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "forces_clashing_reciprocal",
        "تواجهت قوات موالية للحكومة مع مجموعات مسلحة في الأحياء السكنية.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "talks_with_someone",
        "بحث رئيس الحكومة مع السفير الأمريكي آخر المستجدات.",
        EventKind::Meeting,
        Some(Modality::Asserted),
    ),
    (
        "not_ruling_out_a_renewal",
        "لا يستبعد المراقبون تجدد القتال في العاصمة.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "heading_towards_a_deal",
        "تتجه الأطراف نحو توقيع اتفاق نهائي.",
        EventKind::Agreement,
        Some(Modality::Planned),
    ),
    (
        "answered_by_an_intervention",
        "حذر الرئيس من أن تجاوز الخط سيقابل بتدخل عسكري مباشر.",
        EventKind::ForeignIntervention,
        Some(Modality::Planned),
    ),
    (
        "undertaking_to_close_streets",
        "أقدم متظاهرون غاضبون ليلة الجمعة على إغلاق عدد من الشوارع الرئيسية في العاصمة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "marching_out_to_voice_anger",
        "خرج عدد من المواطنين للتعبير عن غضبهم من تردي الأوضاع المعيشية.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "angry_crowd_closing_a_town_entrance",
        "أغلق شبان غاضبون مدخل المدينة بالسواتر الترابية.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "a_call_answered",
        "أقفلت عدة شوارع في وسط طرابلس تلبية لدعوة العصيان المدني.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "oil_closed_by_tribes",
        "يشهد قطاع النفط موجة إغلاقات للحقول والموانئ من جانب جماعات قبلية في الجنوب.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "a_stand_organised",
        "نظم أهالي الضحايا وقفة أمام مقر النيابة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "a_strike_threatened",
        "هدد العاملون في قطاع النفط بالدخول في إضراب شامل.",
        EventKind::Protest,
        Some(Modality::Hypothetical),
    ),
    (
        "agreeing_dual_imperfect",
        "السراج وحفتر يتفقان على إجراء انتخابات في ديسمبر.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "appealing_plural_imperfect",
        "يناشد الأهالي الأطراف المتحاربة وقف القتال فورا.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "nine_is_no_striving",
        "أصيب تسعة أشخاص جراء سقوط قذائف على حي سكني.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "storming_with_the_demand_far_after",
        "اقتحم مئات الأشخاص مبنى كبيرا في وسط البلدة القديمة يوم الأحد مطالبين بوقف العنف.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "destruction_by_aircraft_is_no_clash",
        "أعلن الحلف تدمير عشرين عربة عسكرية بعد أن قصفتها طائراته قرب المدينة.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "purpose_lam_before_a_word_in_alef_lam",
        "دعا القائد المسلحين لإلقاء السلاح والعودة إلى منازلهم.",
        EventKind::Surrender,
        Some(Modality::Demanded),
    ),
    (
        "the_mines_with_their_article",
        "عثرت فرق الهندسة على الألغام في المنازل.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
    (
        "asking_someone_for_aid",
        "نطلب من الدول الشقيقة والمنظمات الدولية تقديم المساعدة العاجلة.",
        EventKind::Humanitarian,
        Some(Modality::Demanded),
    ),
    (
        "a_chance_given_to_talks",
        "يتقدم الثوار نحو المدينة لإعطاء فرصة للمفاوضات مع أعيانها.",
        EventKind::PeaceTalks,
        Some(Modality::Hypothetical),
    ),
    (
        "ensuring_a_withdrawal",
        "أكدت اللجنة أن مهمتها العمل على تثبيت وقف إطلاق النار، وضمان خروج المرتزقة من البلاد.",
        EventKind::ForeignIntervention,
        Some(Modality::Planned),
    ),
    (
        "goods_seized_are_no_territory",
        "اعترضت مجموعة مسلحة قافلة تجارية واستولت على حمولتها.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "report_called_a_fabrication",
        "أكد الجيش أن الأخبار المتداولة عن انسحاب قواته من المدينة مفبركة.",
        EventKind::TerritoryControl,
        Some(Modality::Negated),
    ),
    (
        "paving_the_way",
        "من شأن الاتفاق أن يمهد لإجراء الانتخابات.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "a_condition_set",
        "وافق الطرفان على وقف إطلاق النار شريطة انسحاب المرتزقة.",
        EventKind::ForeignIntervention,
        Some(Modality::Hypothetical),
    ),
    (
        "fallen_into_the_hands",
        "سقطت المدينة بأيدي المعارضة المسلحة بعد حصار طويل.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "reaching_the_outskirts",
        "وصلت قوات الجيش إلى مشارف المدينة من الجهة الشرقية.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "bombers_blowing_themselves_up_dual",
        "اقتحم انتحاريان مقر المفوضية وفجرا نفسيهما.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
    (
        "to_blow_himself_up_is_no_report",
        "قال إن الجماعة تدفع المال للعائلة لكي يفجر نفسه.",
        EventKind::Bombing,
        None,
    ),
    (
        "road_map_adopted",
        "اعتمد ملتقى الحوار السياسي أمس خارطة الطريق للمرحلة التمهيدية.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    (
        "membership_suspended",
        "علق مجلس النواب عضوية عدد من النواب.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    (
        "a_body_dissolved",
        "أصدر المجلس الرئاسي قرارا بحل جهاز الحرس الرئاسي.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    (
        "power_handed_over_subject_between",
        "سلمت حكومة الوفاق السلطة إلى حكومة الوحدة الوطنية.",
        EventKind::PoliticalProcess,
        Some(Modality::Asserted),
    ),
    (
        "bullets_exchanged",
        "تبادل الطرفان إطلاق الرصاص لساعات في حي الأندلس.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "relative_clause_of_fighters",
        "فر سكان المدينة خشية وصول المتمردين الذين يتقدمون بسرعة نحو الغرب.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "dead_and_wounded_in_the_dual",
        "سقط قتيلان وجريحان في الاشتباك قرب البوابة.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "ultimatum_demands_its_act",
        "منح المجلس العسكري الكتائب مهلة حتى نهاية الأسبوع لتسليم أسلحتها.",
        EventKind::Surrender,
        Some(Modality::Demanded),
    ),
    (
        "ultimatum_threatened_consequence",
        "منح الجيش المسلحين مهلة لإلقاء السلاح أو مواجهة هجوم شامل على الحي.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "deadline_to_end_a_sit_in_presupposes_it",
        "حددت السلطات مهلة يومين لفض الاعتصام أمام مقر المؤسسة.",
        EventKind::Protest,
        Some(Modality::Asserted),
    ),
    (
        "breaking_a_siege_presupposes_it",
        "طالبت المنظمات الدولية بكسر الحصار المفروض على المدينة.",
        EventKind::Siege,
        Some(Modality::Asserted),
    ),
    (
        "the_only_solution",
        "أكد الوزير أن الحوار هو الحل الوحيد للأزمة الليبية.",
        EventKind::PeaceTalks,
        Some(Modality::Demanded),
    ),
    (
        "no_alternative_to",
        "قال المبعوث إنه لا بديل عن المفاوضات بين الأطراف الليبية.",
        EventKind::PeaceTalks,
        Some(Modality::Demanded),
    ),
    (
        "in_an_attempt_to_revive",
        "تستضيف القاهرة اجتماعا موسعا في محاولة لإحياء المحادثات بين الطرفين.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "will_not_start_after_its_noun",
        "الجولة الثالثة من المحادثات لن تنطلق قبل نهاية الشهر.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "failed_past_attempt_and_partners",
        "فشلت جهود الوساطة القبلية في التوصل إلى اتفاق ينهي النزاع.",
        EventKind::Agreement,
        Some(Modality::Negated),
    ),
    (
        "denial_of_reports_in_a_relative_clause",
        "نفى الناطق باسم الجيش الأخبار التي تحدثت عن سيطرة المسلحين على المطار.",
        EventKind::TerritoryControl,
        Some(Modality::Negated),
    ),
    (
        "purpose_with_object_pronoun",
        "وصلت تعزيزات عسكرية إلى مشارف المدينة لاستعادتها من قبضة التنظيم.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "postponing_in_the_imperfect",
        "قالت المفوضية إنها تؤجل الانتخابات البلدية في ثلاث بلديات.",
        EventKind::Election,
        Some(Modality::Negated),
    ),
    (
        "date_aside_between_commas",
        "اتفق الطرفان، الأربعاء، على إجراء الانتخابات البلدية خلال شهرين.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "will_not_sit_at_the_table",
        "قال زعيم الكتيبة إنهم لن يجلسوا مرة أخرى إلى طاولة الحوار مع خصومهم.",
        EventKind::PeaceTalks,
        Some(Modality::Negated),
    ),
    (
        "obligation_laid_on_them",
        "وقال القائد إن عليهم أن يسلموا أسلحتهم للجيش خلال يومين.",
        EventKind::Surrender,
        Some(Modality::Demanded),
    ),
    (
        "looming_on_the_horizon",
        "مواجهات جديدة بين الكتائب تلوح في الأفق بعد انهيار المفاوضات.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "looming_does_not_reach_forward",
        "مواجهات جديدة بين الكتائب تلوح في الأفق بعد انهيار المفاوضات.",
        EventKind::PeaceTalks,
        Some(Modality::Asserted),
    ),
    (
        "imminent_attack",
        "وتحدثت مصادر عن هجوم وشيك على قاعدة الجفرة.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
];

#[test]
fn real_news_classes() {
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    for &(name, text, kind, want) in CASES {
        let events = analyzer.analyze(text).events;
        let got: Vec<_> = events
            .iter()
            .filter(|e| e.kind == kind && !e.background)
            .map(|e| e.modality)
            .collect();
        let ok = match want {
            Some(m) => got.contains(&m),
            None => got.is_empty(),
        };
        if !ok {
            failures.push(format!(
                "{name}: {kind:?} want {want:?}, got {got:?} in {text}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Classes of a fifth pass (events7, issue 9: modality on real news), sentences written for the
/// test: «قد» before a perfect verb is «already», not «may»; claims that could not be
/// confirmed; an attempt on a life or to storm a place stays negated (issue 9: attempts are
/// not asserted); a result told with «أدى ل»; an event noun whose relative clause holds a modal or a delay; names that begin
/// like a conjoined verb (`ويليامز`); the nearest purpose governs; «مغبة»; a countdown.
/// (name, sentence, kind, Some(modality): every reported event of the kind has it; None: the
/// kind is not reported.)
const CASES7: &[(&str, &str, EventKind, Option<Modality>)] = &[
    (
        "qad_perfect_feminine_is_already",
        "وقد تمكنت قوات الردع من السيطرة على مطار معيتيقة بعد ساعات من القتال.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "qad_perfect_exposed_to_shelling",
        "وقد تعرضت مواقع الكتيبة لقصف مدفعي عنيف شرق مدينة سرت.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "qad_perfect_first_letter_nun",
        "وقد نفذت طائرات مسيرة غارات على مواقع في محيط مدينة ترهونة.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "qad_imperfect_still_may",
        "قد تندلع اشتباكات جديدة في الزاوية إذا فشلت المفاوضات.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "qad_imperfect_exposed_still_may",
        "قد تتعرض المدينة لهجوم واسع خلال الأيام المقبلة.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "could_not_be_verified",
        "ولم يتسن التأكد من اختطاف الصحفي من مصدر مستقل.",
        EventKind::Abduction,
        Some(Modality::Hypothetical),
    ),
    (
        "not_yet_confirmed",
        "لم يتم التأكد بعد من سيطرة المسلحين على حقل الشرارة.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "could_not_verify_with_pronoun",
        "ولم يتسن لنا التحقق من مقتل القائد الميداني في الغارة.",
        EventKind::Casualties,
        Some(Modality::Hypothetical),
    ),
    (
        "no_arrest_made_stays_negated",
        "لم يتم اعتقال أي مشتبه به في الهجوم حتى الآن.",
        EventKind::Arrest,
        Some(Modality::Negated),
    ),
    (
        "survived_an_attempt_on_his_life",
        "نجا وزير الداخلية من محاولة اغتيال استهدفت موكبه في طرابلس.",
        EventKind::Assassination,
        Some(Modality::Negated),
    ),
    (
        "clashes_after_an_attempt_to_kill",
        "اندلعت مواجهات عنيفة عقب محاولة فاشلة لاغتيال قائد كتيبة في مصراتة.",
        EventKind::Assassination,
        Some(Modality::Negated),
    ),
    (
        "gunmen_tried_to_storm",
        "حاول مسلحون اقتحام مقر الحكومة في طرابلس فجر اليوم.",
        EventKind::Offensive,
        Some(Modality::Negated),
    ),
    (
        "attempted_car_bomb_stays_negated",
        "أحبطت الأجهزة الأمنية محاولة لتفجير سيارة مفخخة في بنغازي.",
        EventKind::Bombing,
        Some(Modality::Negated),
    ),
    (
        "attempted_kidnapping_stays_negated",
        "حاول مسلحون خطف طبيب في سبها لكن الأهالي تصدوا لهم.",
        EventKind::Abduction,
        Some(Modality::Negated),
    ),
    (
        "result_with_lam_killed",
        "سقطت قذائف على حي سكني في طرابلس مما أدى لمقتل طفلين.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "result_with_lam_wounded",
        "انفجرت سيارة مفخخة قرب مقر أمني ما أدى لإصابة خمسة أشخاص.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "purpose_lam_still_plans",
        "وصلت تعزيزات عسكرية إلى المدينة لاقتحام مواقع المسلحين.",
        EventKind::Offensive,
        Some(Modality::Planned),
    ),
    (
        "relative_clause_may_launch",
        "تحدث التقرير عن الهجمات التي قد يشنها التنظيم على مدن الجنوب.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "relative_clause_will_be_held",
        "ويشارك في الانتخابات التي ستجرى في مارس أكثر من مئة حزب.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "relative_clause_may_renew",
        "ونشرت القوات تعزيزات قرب خطوط المواجهات التي قد تتجدد في أي لحظة.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "relative_clause_delayed",
        "وأعرب عن قلقه من الانتخابات التي تأخرت عن موعدها ثلاثة أشهر.",
        EventKind::Election,
        Some(Modality::Negated),
    ),
    (
        "relative_clause_past_stays_asserted",
        "قتل خمسة جنود في الهجمات التي شنها التنظيم أمس على مدينة سرت.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "name_beginning_like_a_verb",
        "ودعت المبعوثة ستيفاني ويليامز في بيان إلى وقف القتال فورا.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "name_beginning_like_a_verb_long_subject",
        "وطالبت المستشارة الأممية ستيفاني ويليامز الأطراف بإجراء الانتخابات في موعدها.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "conjoined_verb_still_cuts",
        "دعا المجلس إلى التهدئة ويتوقع المراقبون اندلاع اشتباكات في الجنوب.",
        EventKind::ArmedClash,
        Some(Modality::Planned),
    ),
    (
        "nearest_purpose_governs",
        "دعا المجلس إلى ضرورة ضبط الحدود من أجل التوصل إلى وقف دائم لإطلاق النار.",
        EventKind::Ceasefire,
        Some(Modality::Planned),
    ),
    (
        "purpose_after_the_demanded_event",
        "دعا المجلس إلى وقف إطلاق النار من أجل حماية المدنيين في الجنوب.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "agreed_on_need_in_order_to_hold",
        "اتفق المشاركون على ضرورة توحيد المؤسسات بهدف إجراء الانتخابات العامة.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "dire_consequences_of_intervention",
        "حذر رئيس المجلس الرئاسي الدول المجاورة من مغبة التدخل العسكري في ليبيا.",
        EventKind::ForeignIntervention,
        Some(Modality::Hypothetical),
    ),
    (
        "dire_consequences_of_storming",
        "وحذرت الحكومة الأطراف المسلحة في العاصمة من مغبة اقتحام المقرات السيادية.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "dire_consequences_of_renewed_fighting",
        "ونبه المحللون إلى مغبة تجدد الاشتباكات في الزاوية.",
        EventKind::ArmedClash,
        Some(Modality::Hypothetical),
    ),
    (
        "countdown_to_the_vote",
        "أيام قليلة تفصلنا عن انطلاق الانتخابات البلدية في المنطقة الغربية.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "countdown_hours_separate",
        "ساعات تفصل الليبيين عن بدء جولة الحوار في جنيف.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "separating_forces_is_no_countdown",
        "تقف قوات الفصل بين الطرفين بعد انتهاء الاشتباكات في الزاوية.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "war_criminal_is_no_war",
        "وصف المتحدث حفتر بأنه مجرم الحرب المسؤول عن تدمير المدينة.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "warlord_is_no_war",
        "فرت مليشيات أمير الحرب من المدينة بعد هزيمتها.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "remnants_of_war_are_no_war",
        "تعمل فرق الهندسة على إزالة مخلفات الحرب من الأحياء الجنوبية.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "renewed_war_is_war",
        "تجددت الحرب في جنوب طرابلس اليوم بين القوات الحكومية والمسلحين.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "confirmed_kidnapping_is_news",
        "وأكدت الوزارة عملية اختطاف الموظف.",
        EventKind::Abduction,
        Some(Modality::Asserted),
    ),
    (
        "confirmed_assassination_is_news",
        "أكد الناطق اغتيال الضابط.",
        EventKind::Assassination,
        Some(Modality::Asserted),
    ),
    (
        "confirming_a_file_is_no_news",
        "وأكد رئيس الحكومة أن ملف الاغتيالات من أولوياته.",
        EventKind::Assassination,
        None,
    ),
    (
        "without_losses_in_the_ranks",
        "سيطرت القوات على المعسكر دون خسائر في صفوفها.",
        EventKind::Casualties,
        Some(Modality::Negated),
    ),
    (
        "losses_in_the_ranks",
        "تكبدت المليشيات خسائر في صفوف عناصرها خلال المعارك.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "material_losses_are_no_casualties",
        "تسبب القصف في خسائر مادية كبيرة.",
        EventKind::Casualties,
        None,
    ),
    (
        "human_shields",
        "استخدم المسلحون السكان دروعا بشرية في الحي.",
        EventKind::ViolenceAgainstCivilians,
        Some(Modality::Asserted),
    ),
    (
        "human_shields_charged",
        "اتهمت الحكومة الكتيبة باستخدام المدنيين دروعا بشرية.",
        EventKind::ViolenceAgainstCivilians,
        None,
    ),
    (
        "stopping_attacks_presupposes_them",
        "تحاول القوات وقف هجمات المسلحين على الأحياء الجنوبية.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "stopping_the_shelling_presupposes_it",
        "طالب الأهالي بوقف القصف العشوائي على منازلهم.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "stopping_the_fighting_is_still_a_ceasefire_called_for",
        "دعا المجلس إلى وقف القتال في الجنوب.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "precaution_past_a_long_subject",
        "رفعت الأجهزة الأمنية حالة التأهب تحسبا لقيام خلايا التنظيم بتفجيرات في العاصمة.",
        EventKind::Bombing,
        Some(Modality::Hypothetical),
    ),
    (
        "approving_districts_plans_the_vote",
        "اعتمدت المفوضية الدوائر الانتخابية الخاصة بانتخابات المجالس البلدية.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "candidacies_plan_the_vote",
        "تقدم عشرات المرشحين بطلبات الترشح للانتخابات البلدية في مصراتة.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "a_vote_held_stays_asserted",
        "شارك الآلاف في الانتخابات البلدية أمس.",
        EventKind::Election,
        Some(Modality::Asserted),
    ),
    (
        "future_under_a_condition",
        "وقال القائد إن قواته ستشن هجوما على المدينة إذا لم ينسحب المسلحون منها.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "future_with_a_condition_after",
        "ستنسحب القوات الأجنبية من سرت في حال توقيع الاتفاق.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "future_without_a_condition",
        "ستنسحب القوات الأجنبية من سرت الأسبوع المقبل.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "will_force_a_withdrawal",
        "وقال المحلل إن العقوبات الجديدة ستجبر المرتزقة على الانسحاب من قاعدة الجفرة.",
        EventKind::TerritoryControl,
        Some(Modality::Planned),
    ),
    (
        "will_force_a_withdrawal_unless",
        "نشر قوة دولية سيجبر المرتزقة على الانسحاب من الجفرة ما لم تعرقل موسكو القرار.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "demand_over_a_list_with_commas",
        "طالب المحتجون بإسقاط الحكومة، ورحيل المسؤولين عن الأزمة، وإجراء انتخابات عاجلة.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "aim_over_a_list",
        "يهدف الاجتماع إلى بناء الثقة بين الطرفين وتوحيد المؤسسات وإجراء الانتخابات العامة.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "call_over_a_long_list",
        "دعت البعثة الأممية جميع الأطراف إلى ضبط النفس وحماية المدنيين وتسهيل عمل المنظمات وفتح ممرات آمنة للجرحى.",
        EventKind::Humanitarian,
        Some(Modality::Demanded),
    ),
    (
        "a_conjoined_verb_ends_the_list",
        "دعا المجلس إلى التهدئة، وشنت الطائرات غارات على المدينة.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "a_conjoined_verb_ends_the_demand",
        "طالب المتظاهرون برحيل الحكومة، واندلعت اشتباكات مع قوات الأمن.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "prisoner_exchange_is_no_exchange_of_fire",
        "اتفق الطرفان على تبادل الأسرى ووقف إطلاق النار في الجنوب.",
        EventKind::ArmedClash,
        None,
    ),
    (
        "exchange_of_fire_is_fighting",
        "تبادل الطرفان إطلاق النار قرب المطار صباح اليوم.",
        EventKind::ArmedClash,
        Some(Modality::Asserted),
    ),
    (
        "unlikely_to_be_held",
        "من غير المرجح أن تجرى الانتخابات في موعدها.",
        EventKind::Election,
        Some(Modality::Hypothetical),
    ),
    (
        "not_expected_to_resume",
        "من غير المتوقع أن تستأنف المحادثات قبل نهاية الشهر.",
        EventKind::PeaceTalks,
        Some(Modality::Hypothetical),
    ),
    (
        "ruled_out_as_unlikely",
        "من المستبعد أن يتم التوصل إلى اتفاق قريبا.",
        EventKind::Agreement,
        Some(Modality::Hypothetical),
    ),
    (
        "likely_still_plans",
        "من المرجح أن تجرى الانتخابات البلدية في الربيع.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "preparations_plural",
        "وتتواصل الاستعدادات لعقد مؤتمر المصالحة الوطنية في سرت.",
        EventKind::Meeting,
        Some(Modality::Planned),
    ),
    (
        "preparing_a_new_round",
        "يجري الإعداد لجولة جديدة من المفاوضات بين الطرفين.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "arrangements_for_the_vote",
        "بدأت الترتيبات اللوجستية للانتخابات البلدية في الجنوب.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "any_attack_is_possible",
        "وأكد المتحدث أن قواته مستعدة لصد أي هجوم على العاصمة.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "will_answer_any_attack",
        "قال القائد إن قواته سترد بقوة على أية هجمات على مواقعها.",
        EventKind::Offensive,
        Some(Modality::Hypothetical),
    ),
    (
        "rejecting_any_intervention_stays_negated",
        "يرفض المجلس الأعلى للدولة أي تدخل أجنبي في الشأن الليبي.",
        EventKind::ForeignIntervention,
        Some(Modality::Negated),
    ),
    (
        "no_agreement_came_out_of_it",
        "لم تسفر جولة المفاوضات الأخيرة في القاهرة عن أي اتفاق.",
        EventKind::Agreement,
        Some(Modality::Negated),
    ),
    (
        "awaiting_the_aid",
        "تنتظر المدينة وصول قوافل المساعدات الإنسانية منذ أيام.",
        EventKind::Humanitarian,
        Some(Modality::Planned),
    ),
    (
        "waiting_for_a_force",
        "بقي المهاجرون في القاعدة بانتظار وصول قوة أمنية لنقلهم إلى مركز الإيواء.",
        EventKind::Humanitarian,
        None,
    ),
    (
        "conflicting_reports_of_a_death",
        "تضاربت الأنباء حول مقتل القيادي في الغارة.",
        EventKind::Casualties,
        Some(Modality::Hypothetical),
    ),
    (
        "conflicting_reports_of_a_withdrawal",
        "وسط أنباء متضاربة عن انسحاب القوات من المدينة، ساد الهدوء الشوارع.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "consistent_reports_stay_asserted",
        "وتحدثت الأنباء عن مقتل القيادي في الغارة.",
        EventKind::Airstrike,
        Some(Modality::Asserted),
    ),
    (
        "any_group_is_no_any_event",
        "ولم تتبن أي جهة الانفجار الذي وقع قرب المصرف المركزي.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
    (
        "denying_responsibility_for_the_shelling",
        "ينفي الجيش مسؤوليته عن قصف المستشفى في المدينة.",
        EventKind::Shelling,
        Some(Modality::Asserted),
    ),
    (
        "denying_any_link_with_the_attack",
        "نفت الكتيبة أي علاقة لها بالهجوم على المعسكر.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "disowning_the_assassination",
        "وتبرأت الكتيبة من عملية الاغتيال التي وقعت أمس.",
        EventKind::Assassination,
        Some(Modality::Asserted),
    ),
    (
        "denying_the_shelling_itself",
        "ونفى المتحدث باسم الجيش قصف الأحياء السكنية في المدينة.",
        EventKind::Shelling,
        Some(Modality::Negated),
    ),
    (
        "neither_confirmed_nor_denied",
        "ولم تؤكد الحكومة أو تنف سيطرة المسلحين على الحقل.",
        EventKind::TerritoryControl,
        Some(Modality::Hypothetical),
    ),
    (
        "not_confirmed_by_the_ministry",
        "ولم تؤكد وزارة الداخلية مقتل الضابط في الهجوم.",
        EventKind::Casualties,
        Some(Modality::Hypothetical),
    ),
    (
        "confirmed_by_the_ministry",
        "وأكدت وزارة الداخلية مقتل الضابط في الهجوم.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "perpetrators_of_the_attack",
        "وشددت البعثة على ضرورة محاسبة مرتكبي الهجوم على المتظاهرين.",
        EventKind::Offensive,
        None,
    ),
    (
        "pursuing_those_who_carried_out_the_bombing",
        "تواصل الأجهزة الأمنية ملاحقة منفذي التفجير الذي استهدف السوق.",
        EventKind::Bombing,
        None,
    ),
    (
        "carrying_out_the_bombing_is_told",
        "نفذ مسلحون التفجير الذي استهدف السوق صباح اليوم.",
        EventKind::Bombing,
        Some(Modality::Asserted),
    ),
    (
        "it_is_incumbent",
        "يتوجب على جميع الأطراف الالتزام بالهدنة.",
        EventKind::Ceasefire,
        Some(Modality::Demanded),
    ),
    (
        "it_was_incumbent_past_tense",
        "وقال الوزير إنه توجب على الحكومة إجراء الانتخابات العام الماضي.",
        EventKind::Election,
        Some(Modality::Demanded),
    ),
    (
        "proposal_past_a_filler",
        "اقترحت البعثة عقد جولة جديدة من الحوار في تونس.",
        EventKind::PeaceTalks,
        Some(Modality::Hypothetical),
    ),
    (
        "no_reports_of_injuries",
        "ولا أنباء حتى الآن عن وقوع إصابات في صفوف المدنيين.",
        EventKind::Casualties,
        Some(Modality::Negated),
    ),
    (
        "no_information_about_victims",
        "ولا توجد معلومات حتى الساعة عن سقوط ضحايا في الانفجار.",
        EventKind::Casualties,
        Some(Modality::Negated),
    ),
    (
        "reports_of_injuries_are_told",
        "وتحدثت أنباء عن وقوع إصابات في صفوف المدنيين.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "a_number_of_protesters_storm",
        "اقتحم عدد من المتظاهرين مقر المجلس البلدي في مصراتة، وأضرموا النار في مدخله.",
        EventKind::Offensive,
        None,
    ),
    (
        "hundreds_of_protesters_storm",
        "اقتحم مئات المحتجين مبنى الحكومة في طرابلس، ورددوا هتافات ضد الوزراء.",
        EventKind::Offensive,
        None,
    ),
    (
        "forces_storm_the_protesters_camp",
        "اقتحمت قوات الأمن مخيم المتظاهرين في الساحة فجر اليوم.",
        EventKind::Offensive,
        Some(Modality::Asserted),
    ),
    (
        "control_of_resources_is_no_territory",
        "تتنافس الجماعات المسلحة على النفوذ والسيطرة على الموارد في المدينة.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "control_of_influence_is_no_territory",
        "يسعى كل طرف إلى السيطرة على النفوذ داخل المؤسسات السيادية.",
        EventKind::TerritoryControl,
        None,
    ),
    (
        "control_of_an_airport_is_territory",
        "أعلنت القوات السيطرة على مطار المدينة بعد معارك عنيفة.",
        EventKind::TerritoryControl,
        Some(Modality::Asserted),
    ),
    (
        "passive_after_a_definite_subject",
        "وأضافت الشرطة أن الحارس قتل في انفجار عبوة ناسفة وضعت قرب البوابة.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "passive_after_an_aside",
        "وأوضح المصدر أن المهندس، وهو موظف في شركة النفط، قتل في هجوم على الحقل.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "passive_after_inna_accusative",
        "وقالت المصادر إن طفلا قتل جراء سقوط قذيفة على منزله.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
    (
        "kind_of_deed_stays_background",
        "تزايدت حوادث خطف في طرابلس.",
        EventKind::Abduction,
        None,
    ),
    (
        "vow_reaches_its_complement",
        "تعهد رئيس الحكومة بأن تجرى الانتخابات في موعدها.",
        EventKind::Election,
        Some(Modality::Planned),
    ),
    (
        "vow_that_talks_will_be_held",
        "وتعهد المجلس بأن يعقد الحوار الوطني في سرت.",
        EventKind::PeaceTalks,
        Some(Modality::Planned),
    ),
    (
        "vow_not_to_withdraw",
        "تعهد القائد الميداني بأن قواته لن تنسحب من مواقعها.",
        EventKind::TerritoryControl,
        Some(Modality::Negated),
    ),
    (
        "a_vow_does_not_cross_a_conjoined_verb",
        "تعهد الوزير بمحاسبة المسؤولين، وقتل ثلاثة أشخاص في اشتباكات المساء.",
        EventKind::Casualties,
        Some(Modality::Asserted),
    ),
];

#[test]
fn real_news_classes_events7() {
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    for &(name, text, kind, want) in CASES7 {
        let events = analyzer.analyze(text).events;
        let got: Vec<_> = events
            .iter()
            .filter(|e| e.kind == kind && !e.background)
            .map(|e| e.modality)
            .collect();
        let ok = match want {
            Some(m) => !got.is_empty() && got.iter().all(|&g| g == m),
            None => got.is_empty(),
        };
        if !ok {
            failures.push(format!(
                "{name}: {kind:?} want {want:?}, got {got:?} in {text}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
