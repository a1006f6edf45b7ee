//! ev46 (issues 9 and 10), from the thirty-eighth session: a specific person — a title or a
//! role (`العقيد`, `ضابط`, `القاضي`, `الناشط`) — killed, aimed at or shot at by gunmen or unknown
//! men is an assassination, carried out or attempted: the killers named after the victim
//! (`قتل العقيد … برصاص مسلحين مجهولين`; new class `shot_by`), gunmen who aim at him
//! (`استهدف مسلحون مجهولون ضابط الشرطة`), the person under fire (`تعرض القاضي … لإطلاق نار`).
//! A sniper's or a stray bullet and soldiers killed with gunmen in a clash stay casualties;
//! a force under fire stays a clash. `لقي` with up to four words of subject before `مصرعه`
//! tells the death, not the bare noun a clause cut leaves unanchored. In records, an
//! assassination told by the aim or the shots alone counts no death of its own. From round
//! 46: raiders who withdrew after their raid (`الإرهابيين انسحبوا من المنطقة بعد ترويع السكان`
//! after `شن تنظيم داعش هجوما على بلدة`) ended it: one attack, no capture; a bombardment told
//! again on a statement's day (`قال الأربعاء، إن جماعات إرهابية قصفت`) after its own day told
//! first is the same bombardment; a truce told in the headline, the lead and a councillor's
//! words (agreements on a ceasefire, a ceasefire set to begin tonight) is one record. A town
//! subjected to a siege (`تخضع ل`, as `تعرض ل`: no purpose) is besieged, by the side that
//! imposes it (`تفرضه قوات الجيش`); a person of a role or civilians who underwent an assault
//! (`تعرض مصور … لاعتداء`), a minister's appointment, the displaced kept from going home
//! (`العودة إلى ديارها`). What protesters denounce (`لافتات منددة بتدخل تركيا`, `تنديدا ب`) and
//! what a protest is held against (`مظاهرات ضد التدخل التركي`) are named, not told. A clash
//! told after a protest in its sentence (`احتجاجات ومواجهات عنيفة مع العناصر الأمنية`, `تحولت
//! الاحتجاجات إلى مواجهات`), with no armed side but the state's, is the protest turned violent.
//! From round 47: an oil site shut with the demand told up to sixteen words after (`أوقفت قبائل
//! الطوارق … ضخ النفط من حقل الشرارة …، مطالبة بـ`) is a protest; families who fled (`عائلات
//! ليبية فرت`, the subject right before the verb) are displaced, `سافر` (travelled) no longer a
//! future `أفر`; an official removed from office (`عزل من منصبه`); an event said to be near
//! (`قرب عقد اتفاقية`) is to come; an event word in the name of a body or an office (`وزير
//! الدولة لشؤون النازحين`, `لجنتا المصالحة`) tells no event. Towns named as the two sides
//! (`اشتباكات بين الزنتان والمشاشية في مزدة`) are parties: the place is the other one told.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV46_CASES: &[events_table::Case] = &[
    (
        "an_officer_killed_by_gunmen_named_after_him_is_assassinated",
        "قتل العقيد سالم المبروك برصاص مسلحين مجهولين أمام منزله في بنغازي مساء الأحد.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "an_activist_killed_by_an_unknown_gunman",
        "قتل الناشط السياسي علي المسماري برصاص مسلح مجهول بعد خروجه من المسجد.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_sniper_bullet_is_no_assassination",
        "قتل ضابط برصاص قناص في محور عين زارة جنوب طرابلس.",
        K::Assassination,
        None,
    ),
    (
        "near_miss_an_officer_killed_with_gunmen_in_clashes",
        "قتل ضابط وثلاثة مسلحين في اشتباكات بمدينة سبها.",
        K::Assassination,
        None,
    ),
    (
        "gunmen_aiming_at_a_police_officer_attempt_an_assassination",
        "استهدف مسلحون مجهولون ضابط الشرطة عبد الله الفيتوري بوابل من الرصاص في منطقة الصابري.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "near_miss_gunmen_aiming_at_a_building_shell_it",
        "استهدف مسلحون مقر مديرية الأمن بقذائف الهاون.",
        K::Assassination,
        None,
    ),
    (
        "a_judge_under_fire_is_an_assassination_attempt",
        "تعرض القاضي محمد النعاس لإطلاق نار من مسلحين مجهولين قرب المحكمة في سرت.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "so_no_clash",
        "تعرض القاضي محمد النعاس لإطلاق نار من مسلحين مجهولين قرب المحكمة في سرت.",
        K::ArmedClash,
        None,
    ),
    (
        "near_miss_a_column_under_fire_is_a_clash",
        "تعرض رتل عسكري لإطلاق نار قرب بني وليد دون وقوع إصابات.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "a_death_told_with_its_subject_between_is_reported",
        "لقي ضابط في جهاز الأمن الداخلي مصرعه بعد أن أطلق عليه مسلحون النار وسط سبها.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "a_town_subjected_to_a_siege_is_under_it",
        "وتخضع المدينة لحصار خانق منذ أسابيع.",
        K::Siege,
        Some(M::Asserted),
    ),
    (
        "a_cameraman_who_underwent_an_assault",
        "تعرض مصور تلفزيون النبأ لاعتداء من مجهولين قاموا بضربه.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_building_assaulted_is_no_attack_on_civilians",
        "تعرض مقر الحكومة لاعتداء من مسلحين.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "the_appointment_of_a_minister_called_for",
        "طالبت اللجنة بسرعة تعيين وزير للدفاع.",
        K::PoliticalProcess,
        Some(M::Demanded),
    ),
    (
        "families_kept_from_going_back_home",
        "منعت الجماعات المسلحة مئات العائلات من العودة إلى ديارها في مدينة تاورغاء.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "what_banners_denounce_is_no_report",
        "وحمل المتظاهرون لافتات منددة بتدخل تركيا عسكريا في الشأن الليبي.",
        K::ForeignIntervention,
        None,
    ),
    (
        "what_a_protest_is_held_against_is_no_report",
        "وشهدت ساحة الكيش بمدينة بنغازي مظاهرات ضد التدخل التركي في ليبيا.",
        K::ForeignIntervention,
        None,
    ),
    (
        "so_the_protest_is_told",
        "وشهدت ساحة الكيش بمدينة بنغازي مظاهرات ضد التدخل التركي في ليبيا.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "an_oil_field_shut_with_the_demand_told_at_the_end",
        "أوقفت قبائل الطوارق الليبية ضخ النفط من حقل الشرارة الواقع غربي البلاد، بعد أيام من إغلاقها الطريق الرئيسي المؤدي إليه، مطالبة بمنح أبنائها الجنسية الليبية.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_an_oil_field_shut_for_a_fault_is_no_protest",
        "أوقفت المؤسسة الوطنية للنفط ضخ النفط من حقل الشرارة بسبب عطل فني في خط الأنابيب الرئيسي الرابط بين الحقل ومصفاة الزاوية.",
        K::Protest,
        None,
    ),
    (
        "families_who_fled_a_town_are_displaced",
        "وقال شهود إن عائلات ليبية فرت من بلدة أجدابيا نحو بنغازي تحت وطأة الهجمات.",
        K::Humanitarian,
        Some(M::Asserted),
    ),
    (
        "near_miss_migrants_who_escaped_an_arrest_are_not",
        "ألقت القوات القبض على بعض المهاجرين في حين فر آخرون مع مهربين.",
        K::Humanitarian,
        None,
    ),
    (
        "near_miss_a_son_who_travelled_fled_nothing",
        "وقالت والدة أحد العمال: ابني سافر ليعمل ويعيل إخوته.",
        K::Humanitarian,
        None,
    ),
    (
        "an_official_removed_from_office",
        "وقال الوزير إن عميد البلدية عزل من منصبه.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "an_agreement_said_to_be_near_is_to_come",
        "أكدت الحكومة قرب عقد اتفاقية مصالحة بين القبيلتين في الكفرة.",
        K::Agreement,
        Some(M::Planned),
    ),
    (
        "near_miss_near_a_place_is_no_cue",
        "وقعت القبيلتان اتفاقية مصالحة قرب الكفرة أمس.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "a_minister_for_the_displaced_names_no_displacement",
        "وحضر التوقيع وزير الدولة لشؤون النازحين والمهجرين يوسف جلالة.",
        K::Humanitarian,
        None,
    ),
    (
        "reconciliation_committees_name_no_talks",
        "ووقع على الاتفاق الذي توصلت إليه لجنتا المصالحة بين تاورغاء ومصراتة رئيس المجلس الرئاسي.",
        K::PeaceTalks,
        None,
    ),
    (
        "near_miss_reconciliation_talks_are_told",
        "بدأت في طرابلس جولة جديدة من المصالحة بين تاورغاء ومصراتة.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
];

#[test]
fn ev46_classes() {
    events_table::check(EV46_CASES, false);
}

const REC46: &[records_table::Case] = &[
    (
        "an_assassination_told_by_the_aim_alone_counts_no_death",
        "استهدف مسلحون مجهولون ضابط الشرطة عبد الله الفيتوري بوابل من الرصاص في منطقة الصابري.",
        "2014-03-10",
        K::Assassination,
        Want::Fatalities(None),
    ),
    (
        "near_miss_an_officer_killed_counts_one",
        "قتل ضابط في الاستخبارات العسكرية برصاص مجهولين في مدينة درنة.",
        "2014-03-10",
        K::Assassination,
        Want::Fatalities(Some(1)),
    ),
    (
        "raiders_who_withdrew_after_their_raid_leave_the_attack",
        "شن تنظيم داعش هجوما على بلدة الفقهاء في الجفرة.\nوقالت مصادر محلية إن الإرهابيين انسحبوا من المنطقة بعد ترويع السكان.",
        "2018-10-29",
        K::Offensive,
        Want::Count(1),
    ),
    (
        "so_no_capture",
        "شن تنظيم داعش هجوما على بلدة الفقهاء في الجفرة.\nوقالت مصادر محلية إن الإرهابيين انسحبوا من المنطقة بعد ترويع السكان.",
        "2018-10-29",
        K::TerritoryControl,
        Want::NoRecord,
    ),
    (
        "near_miss_gunmen_an_army_attack_drove_back_lost_ground",
        "شن الجيش الليبي هجوما على مواقع المسلحين في درنة.\nوقال مصدر عسكري إن المسلحين انسحبوا من المنطقة.",
        "2018-10-29",
        K::TerritoryControl,
        Want::Count(1),
    ),
    (
        "a_shelling_told_again_on_a_statement_day_is_the_one_told_first",
        "سقطت قذائف على حي أبو سليم قبيل منتصف ليل الثلاثاء، ما أدى لمقتل سبعة أشخاص.\nالمتحدث باسم الجيش الوطني الليبي، قال الأربعاء، إن جماعات إرهابية قصفت بشكل عشوائي عددا من الأحياء في المدينة.",
        "2019-04-17",
        K::Shelling,
        Want::Count(1),
    ),
    (
        "near_miss_a_capture_on_the_statement_day_is_its_own",
        "سقطت قذائف على حي أبو سليم قبيل منتصف ليل الثلاثاء، ما أدى لمقتل سبعة أشخاص.\nوقال المتحدث باسم الجيش، الأربعاء، إن قواته سيطرت على مطار طرابلس.",
        "2019-04-17",
        K::TerritoryControl,
        Want::Count(1),
    ),
    (
        "a_truce_told_three_times_is_one_record",
        "أعيان فزان يتوصلون لاتفاق بوقف إطلاق النار بين أولاد سليمان والقذاذفة في سبها\nأعلنت لجنة فض النزاع، مساء اليوم الثلاثاء، عن الوصول إلى هدنة لوقف إطلاق النار في مدينة سبها تبدأ من الساعة 11 مساء.\nوفي وقت سابق اليوم، أعلن عضو المجلس البلدي سبها التوصل إلى اتفاق مبدئي لوقف إطلاق النار بين القبيلتين، اعتبارا من الساعة السادسة من مساء اليوم.",
        "2016-11-22",
        K::Agreement,
        Want::NoRecord,
    ),
    (
        "so_one_ceasefire",
        "أعيان فزان يتوصلون لاتفاق بوقف إطلاق النار بين أولاد سليمان والقذاذفة في سبها\nأعلنت لجنة فض النزاع، مساء اليوم الثلاثاء، عن الوصول إلى هدنة لوقف إطلاق النار في مدينة سبها تبدأ من الساعة 11 مساء.\nوفي وقت سابق اليوم، أعلن عضو المجلس البلدي سبها التوصل إلى اتفاق مبدئي لوقف إطلاق النار بين القبيلتين، اعتبارا من الساعة السادسة من مساء اليوم.",
        "2016-11-22",
        K::Ceasefire,
        Want::Count(1),
    ),
    (
        "the_side_that_imposes_a_siege_besieges",
        "وتخضع درنة لحصار تفرضه قوات الجيش الوطني الليبي منذ نحو عامين.",
        "2018-05-08",
        K::Siege,
        Want::Actor1("lna"),
    ),
    (
        "protests_and_confrontations_with_the_police_are_one_protest",
        "شهدت عدة مناطق تونسية احتجاجات ومواجهات عنيفة مع العناصر الأمنية.",
        "2022-10-19",
        K::ArmedClash,
        Want::NoRecord,
    ),
    (
        "protests_turned_into_confrontations_are_a_protest",
        "وتحولت الاحتجاجات إلى مواجهات بين العناصر الأمنية التي استعملت الغاز المسيل للدموع، في حين استعمل المحتجون الحجارة.",
        "2022-10-19",
        K::Protest,
        Want::Actor2("generic:state_forces"),
    ),
    (
        "near_miss_armed_men_who_stormed_and_exchanged_fire_clashed",
        "اقتحم عشرات المسلحين مقر رئاسة الوزراء في طرابلس أمس مطالبين بصرف مكافآتهم، وقتل أحد الحراس في تبادل لإطلاق النار.",
        "2013-03-03",
        K::ArmedClash,
        Want::Count(1),
    ),
    (
        "the_confrontations_told_again_are_the_protest_turned_violent",
        "اندلعت مواجهات حادة بين رجال أمن ومحتجين مطالبين بالتنمية في مدينة تالة.\nوتطورت المواجهات لتتحول إلى تبادل للتراشق بالحجارة.",
        "2014-01-08",
        K::ArmedClash,
        Want::NoRecord,
    ),
    (
        "towns_named_as_the_two_sides_are_no_place",
        "اندلعت اشتباكات بين الزنتان والمشاشية في مزدة.",
        "2012-03-28",
        K::ArmedClash,
        Want::Location("mizda"),
    ),
    (
        "near_miss_with_no_other_place_the_first_side_stands",
        "اندلعت اشتباكات بين الزنتان والمشاشية.",
        "2012-03-28",
        K::ArmedClash,
        Want::Location("zintan"),
    ),
];

#[test]
fn rec46_classes() {
    records_table::run(REC46);
}
