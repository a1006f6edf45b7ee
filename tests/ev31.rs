//! ev31 (issue 9, sentence-level events on real news): classes found in the twenty-eighth
//! session, each with the reports that must now be read right and the other senses that must
//! stay as they were. The sentences were written for this test; none is copied from a page or
//! a gold set.

#[path = "support/events_table.rs"]
mod events_table;
use events_table::Case;
use libya_nlp::{EventKind as K, Modality as M};

const EV31_CASES: &[Case] = &[
    // A date told with its day (`يوم الأربعاء الموافق 2 مايو 2018`) does not count against a
    // cue's reach, between commas or not.
    (
        "underwent_across_a_dated_aside",
        "تعرض مقر البلدية في مصراتة، يوم الأحد الموافق 14 يناير 2018، لهجوم مسلح.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "underwent_across_a_date_without_commas",
        "تعرض مقر البلدية في مصراتة يوم الأحد الموافق 14 يناير لهجوم مسلح.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "a_day_alone_still_counts_in_a_relative_clause",
        "شنت طائرة مسيرة لم تعرف هويتها فجر الأحد غارة على مواقع في مدينة غريان.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    // `تعرض ل` reaches the means after the attack noun (`لهجوم انتحاري`) as it reaches the
    // attack: the purpose `ل` of the attack noun plans nothing.
    (
        "underwent_a_suicide_attack",
        "تعرض مقر المؤسسة الوطنية للنفط في طرابلس لهجوم انتحاري صباح اليوم.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "a_purpose_attack_stays_planned",
        "حشدت الجماعة مقاتليها في الضواحي لهجوم انتحاري على المقر.",
        K::Bombing,
        Some(M::Planned),
    ),
    // An aside between dashes opened by a preposition cuts as one between commas does.
    (
        "pledge_across_a_dash_aside",
        "وتعهد وزير الداخلية - خلال مؤتمر صحفي بطرابلس - بملاحقة مرتكبي عملية الخطف.",
        K::Abduction,
        None,
    ),
    (
        "pledge_to_retake_across_a_dash_aside",
        "وتعهد آمر المنطقة العسكرية - في كلمة مصورة - باستعادة السيطرة على المعسكر.",
        K::TerritoryControl,
        Some(M::Planned),
    ),
    (
        "a_dash_that_opens_a_clause_still_cuts",
        "تعهد الوزير بدعم البلديات - في المقابل سيطرت قوات الحكومة على المعسكر أمس.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    // A definite event noun whose predicate follows the relative clause that describes it
    // (`عملية الخطف، التي أكدتها الوزارة، وقعت في …`) is anchored by that predicate.
    (
        "kidnapping_confirmed_then_placed",
        "وقالت البلدية إن عملية الخطف، التي أكدتها وزارة الداخلية، وقعت قرب بوابة المدينة.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "kidnapping_confirmed_then_took_place",
        "عملية الاختطاف، التي أعلنتها أسرة الضحية، جرت على الطريق الساحلي.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "kidnappings_referred_to_stay_background",
        "وتحدث التقرير عن عمليات الاختطاف التي تشهدها البلاد منذ سنوات.",
        K::Abduction,
        None,
    ),
    // The title `آمر` (commander), spelled as the verb `أمر` once normalized, orders nothing.
    (
        "a_commander_announces_a_withdrawal",
        "وأعلن آمر الكتيبة انسحاب قواته من المعسكر بعد معارك عنيفة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "an_order_to_withdraw_stays_demanded",
        "أمر رئيس الحكومة الكتيبة بالانسحاب من المطار.",
        K::TerritoryControl,
        Some(M::Demanded),
    ),
    // A class that retypes a trigger (`air`: shelling → airstrike) does so from its clause or
    // a clause before, or within four words after it; a later clause's aircraft are that
    // clause's own strike.
    (
        "shelling_stays_beside_a_later_airstrike",
        "قتل خمسة مدنيين في قصف شنته الكتائب على مدينة الزاوية، فيما شهدت العاصمة قصفا جويا شنته طائرات التحالف.",
        K::Shelling,
        Some(M::Asserted),
    ),
    (
        "shelling_by_a_quoted_aircraft_is_an_airstrike",
        "قتل عشرون سجينا نتيجة قصف نفذته \"طائرة أجنبية\" على مقر في بنغازي.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    (
        "aircraft_told_before_still_retype",
        "حلقت طائرات حربية فوق المدينة، وقصفت مواقع للمسلحين في محيط الميناء.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    // Losses of life told as damage or after material losses, denied.
    (
        "no_human_damage",
        "وأكد المصدر أن القصف لم يسفر عن وقوع أي أضرار بشرية في صفوف المدنيين.",
        K::Casualties,
        Some(M::Negated),
    ),
    (
        "no_material_or_human_losses",
        "سقطت قذيفة على حي سكني في مصراتة دون أن توقع خسائر مادية أو بشرية.",
        K::Casualties,
        Some(M::Negated),
    ),
    // Pilots fly the strikes: the shelling they take part in is an air strike.
    (
        "pilots_in_a_bombardment",
        "وتستعين الحكومة بطيارين أجانب في قصف مواقع خصومها جنوب العاصمة.",
        K::Airstrike,
        Some(M::Asserted),
    ),
    // Protesters who ask or chant slogans report their protest.
    (
        "protesters_asked_and_chanted",
        "وطلب المحتجون إقالة الحكومة، ورددوا شعارات تطالب برحيل المجلس.",
        K::Protest,
        Some(M::Asserted),
    ),
    // A quoted word goes on with its clause: what follows the quotes anchors the noun.
    (
        "toll_rose_across_a_quoted_drone",
        "أعلنت لجنة الطوارئ بالولاية، ارتفاع عدد القتلى جراء قصف غارة جوية بـ “مسيرة” لمنطقة السوق إلى 17 مدنيا.",
        K::Casualties,
        Some(M::Asserted),
    ),
    // The toll a relative clause tells of a reported event noun is reported with it.
    (
        "toll_of_a_reported_blast_in_a_relative_clause",
        "وتبنى التنظيم الانفجار في بنغازي الذي أودى بحياة ثلاثة جنود.",
        K::Casualties,
        Some(M::Asserted),
    ),
    (
        "toll_of_a_past_event_in_a_relative_clause_stays_background",
        "وتذكر الأهالي مجزرة عام 1996 التي أودت بحياة مئات السجناء.",
        K::Casualties,
        None,
    ),
    // Control a relative clause tells in the present is held: a state, no capture.
    (
        "base_the_government_holds",
        "قصفت طائرة مسيرة قاعدة الجفرة التي تسيطر عليها قوات الجيش الوطني.",
        K::TerritoryControl,
        None,
    ),
    (
        "held_now_stays_news",
        "ويقود حفتر الجيش الوطني الذي يسيطر الآن على الجانب الشرقي من البلاد.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a_capture_in_a_relative_clause_stays_news_of_today",
        "وقصفت الطائرات المعسكر الذي سيطرت عليه قوات الوفاق أمس.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
];

#[test]
fn ev31_classes() {
    events_table::check(EV31_CASES, false);
}
