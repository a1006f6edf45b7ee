//! ev48 (issues 9 and 10), from the thirty-ninth session, round 48. Records: a place told by
//! nearness right after the two towns named as the sides (`اشتباكات بين الزنتان والمشاشية قرب
//! مزدة`) is where the event happened, not where the towns lie; a town opening the body with a
//! dash (`طرابلس - سقط قتلى …`) is a dateline, the place only when no other is told; a toll
//! alone told again later with the same figures (`تسلم المستشفى جثامين 20 قتيلا و45 جريحا`) is
//! the earlier record's toll, not an event of its own; people counted by nationality
//! (`13 مصريا وثلاثة ليبيين قتلوا`) add up, and a `و` written apart (`و ثلاثة`) joins the
//! figure after it as a glued one does; a place told after the trigger in a statement a
//! participle of saying opens (`…، مشيرا إلى أن منطقة الصابري شهدت اشتباكات`) is that
//! statement's, not the event's, and so is one after `في الوقت الذي` or `في حين`, a situation
//! told beside the event; a dateline with its country (`طرابلس، ليبيا (CNN)`) is a dateline; a bombardment told again by a definite
//! noun of its kind (`القصف الجوي استهدف مستشفى السواني`), neither telling dated by the text,
//! is the one told first.
//! Records again: where an outlet sits, told right after its name (`بحسب وكالة الأنباء الليبية
//! بطرابلس`), is no place of the event (a weak place, as where fighters come from, when no other
//! is told); a body named right after a square or a street (`بساحة مصرف الوحدة`) names that
//! place, no side. Events: a release told with its preposition (`تقضي بالإفراج عن المحتجزين`)
//! makes the detention background; a reconciliation that names an agreement (`اتفاقية مصالحة`,
//! `اتفاق الصلح`) is no talks of its own; Maghrebi `قصد` (in order to) states a purpose;
//! sparing people an event (`لتجنيب أهلها التهجير`) tells it may happen; a person appointed to
//! a post named between the act and the post (`تكليف العميد … آمرا للمنطقة`, `كلف المجلس …
//! منصب`, `عين … قائدا`) is a political process; `التوقف الفوري عن القتال` a ceasefire; a
//! charter of honour (`ميثاق شرف`) an agreement; the displaced going back home (`سيعودون إلى
//! ديارهم`) humanitarian; a mayor (`عميد بلدية`) shot dead by gunmen is assassinated.
//! A nominal event opening a clause with `و` right after a comma, the clause before holding an
//! event verb (`هاجم مسلحون مقر المجلس، وخطف جندي كان يحرسه`), is the next step of that event,
//! told with it. A failure reaches twelve words (`فشلت الجولة الثانية من المحاولات الدبلوماسية
//! الرامية إلى تجديد الهدنة`); a strike or a sit-in lifted or suspended (`رفع الإضراب`) was
//! going on; an attempt prepared for (`تمهيدا لمحاولة تقدم`) is to come. Gazetteer: `مسلاطة` for
//! Msallata.
//! Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::{EventKind as K, Modality as M};
use records_table::Want;

const EV48_CASES: &[events_table::Case] = &[
    (
        "a_release_with_its_preposition_makes_the_detention_background",
        "وقع الطرفان اتفاقا يقضي بالإفراج عن المحتجزين لدى الجانبين خلال أسبوع.",
        K::Arrest,
        None,
    ),
    (
        "a_release_with_waw_makes_the_detention_background",
        "وطالب الأهالي بفتح الطريق والإفراج عن المحتجزين من أبناء المنطقة.",
        K::Arrest,
        None,
    ),
    (
        "near_miss_a_detention_told_as_news_is_reported",
        "احتجزت قوة أمنية ثلاثة شبان عند بوابة المدينة مساء الأحد.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "a_reconciliation_agreement_is_no_talks",
        "وقع أعيان المدينتين اتفاقية مصالحة في ختام الملتقى الاجتماعي.",
        K::PeaceTalks,
        None,
    ),
    (
        "the_reconciliation_agreement_is_an_agreement",
        "وقع أعيان المدينتين اتفاقية مصالحة في ختام الملتقى الاجتماعي.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "near_miss_reconciliation_talks_are_talks",
        "انطلقت في مدينة غريان جولة جديدة من محادثات المصالحة بين المدينتين.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
    (
        "maghrebi_qasd_states_a_purpose",
        "اتخذت وحدات الجيش كافة التدابير قصد تطويق المنطقة الجبلية وملاحقة المسلحين.",
        K::Siege,
        Some(M::Planned),
    ),
    (
        "sparing_people_an_event_is_no_report_of_it",
        "دعا المجلس الأطراف إلى وقف القتال لتجنيب أهالي المدينة التهجير.",
        K::Humanitarian,
        Some(M::Hypothetical),
    ),
    (
        "a_commander_appointed_by_name_is_a_political_process",
        "أعلنت القيادة العامة تكليف العقيد سالم المهدي آمرا لمنطقة الجفرة العسكرية.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "a_post_given_by_name_is_a_political_process",
        "وكلف المجلس العميد خالد الورفلي منصب مدير أمن سبها.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "a_head_appointed_by_the_verb",
        "عين المجلس الرئاسي اللواء علي الساعدي قائدا للمنطقة العسكرية الغربية.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_commander_killed_in_ain_zara_is_no_appointment",
        "قتل مسلحون آمر الكتيبة في عين زارة مساء أمس.",
        K::PoliticalProcess,
        None,
    ),
    (
        "an_immediate_halt_to_fighting_is_a_ceasefire",
        "ونص الاتفاق على التوقف الفوري عن القتال بين القبيلتين.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "a_charter_of_honour_signed_is_an_agreement",
        "وقع بمدينة غريان مساء الجمعة ميثاق شرف اجتماعي بين قبائل المنطقة.",
        K::Agreement,
        Some(M::Asserted),
    ),
    (
        "the_displaced_going_back_home_is_humanitarian",
        "وأكد آمر المنطقة أن أهالي المدينة سيعودون إلى ديارهم قريبا.",
        K::Humanitarian,
        Some(M::Planned),
    ),
    (
        "a_mayor_shot_dead_by_gunmen_is_assassinated",
        "قتل مسلحون بالرصاص عميد بلدية زليتن مساء الأحد قرب منزله.",
        K::Assassination,
        Some(M::Asserted),
    ),
    (
        "a_step_chained_after_a_comma_is_told_with_the_verb",
        "هاجم مسلحون مجهولون مقر المجلس البلدي في المدينة، وخطف جندي كان يحرسه.",
        K::Abduction,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_step_after_a_relative_clause_is_not_chained",
        "أدان المجلس الهجوم الذي استهدف المقر، وخطف المدنيين في المنطقة.",
        K::Abduction,
        None,
    ),
    (
        "a_failure_reaches_over_a_long_subject",
        "فشلت الجولة الثانية من المحاولات الدبلوماسية الرامية إلى تجديد الهدنة في الجنوب.",
        K::Ceasefire,
        Some(M::Negated),
    ),
    (
        "a_strike_lifted_was_going_on",
        "أعلن الاتحاد العام للعمال رفع الإضراب العام المفتوح في المؤسسات العامة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "an_attempt_prepared_for_is_to_come",
        "تعمل فرق الهندسة العسكرية على تفكيك الألغام تمهيدا لمحاولة تقدم جديدة نحو وسط المدينة.",
        K::Offensive,
        Some(M::Planned),
    ),
    (
        "near_miss_an_attempt_undergone_failed",
        "تعرض آمر الكتيبة لمحاولة اغتيال فاشلة مساء أمس.",
        K::Assassination,
        Some(M::Negated),
    ),
];

#[test]
fn ev48_classes() {
    events_table::check(EV48_CASES, true);
}

const REC48: &[records_table::Case] = &[
    (
        "a_place_near_the_two_sides_is_the_place",
        "اندلعت اشتباكات بين الزنتان والمشاشية قرب مزدة مساء الجمعة.",
        "2017-05-06",
        K::ArmedClash,
        Want::Location("mizda"),
    ),
    (
        "a_place_near_the_two_sides_of_a_deadly_clash",
        "قتل ثلاثة أشخاص في مواجهات بين الزنتان والمشاشية بالقرب من مزدة.",
        "2017-05-06",
        K::ArmedClash,
        Want::Location("mizda"),
    ),
    (
        "near_miss_a_place_near_a_place_of_the_event_stays_where_it_lies",
        "سقطت قذائف على منطقة الشقيقة قرب مزدة.",
        "2017-05-06",
        K::Shelling,
        Want::Location("shaqiqa"),
    ),
    (
        "a_dash_dateline_is_no_place_when_another_is_told",
        "اشتباكات قبلية في الجنوب\nطرابلس - سقط قتلى وجرحى في مواجهات مسلحة، مساء الأحد، بين قبيلتي \"التبو\" و\"أولاد سليمان\" في مدينة \"سبها\" جنوبي ليبيا.",
        "2016-03-07",
        K::ArmedClash,
        Want::Location("sabha"),
    ),
    (
        "a_toll_told_again_by_a_hospital_is_no_record_of_its_own",
        "قتل 12 شخصا وأصيب 30 آخرون في اشتباكات عنيفة بين كتيبتين في ورشفانة يوم الجمعة.\nوأكد مدير المكتب الإعلامي لمجلس الزاوية البلدي أن مستشفى الزاوية التعليمي تسلم جثامين 12 قتيلا، بالإضافة إلى 30 جريحا.",
        "2015-02-21",
        K::Casualties,
        Want::NoRecord,
    ),
    (
        "the_toll_told_again_stays_with_the_clash",
        "قتل 12 شخصا وأصيب 30 آخرون في اشتباكات عنيفة بين كتيبتين في ورشفانة يوم الجمعة.\nوأكد مدير المكتب الإعلامي لمجلس الزاوية البلدي أن مستشفى الزاوية التعليمي تسلم جثامين 12 قتيلا، بالإضافة إلى 30 جريحا.",
        "2015-02-21",
        K::ArmedClash,
        Want::Fatalities(Some(12)),
    ),
    (
        "near_miss_another_toll_is_its_own_record",
        "قتل 12 شخصا في اشتباكات عنيفة بين كتيبتين في ورشفانة يوم الجمعة.\nوفي سبها، قتل سبعة أشخاص في انفجار سيارة مفخخة يوم السبت.",
        "2015-02-22",
        K::Bombing,
        Want::Fatalities(Some(7)),
    ),
    (
        "a_strike_retold_by_its_definite_noun_is_one_record",
        "قتلى بقصف جوي على مدرسة في طرابلس\nقتل ثلاثة مدنيين وأصيب آخرون جراء القصف الجوي الذي شنه طيران حفتر على مدرسة جنوبي العاصمة طرابلس، بحسب وزارة الصحة.\nوبحسب المتحدث باسم الوزارة، فإن من بين القتلى طفلين، فضلا عن إصابة 5 بجروح، وأوضح المتحدث أن القصف الجوي استهدف مدرسة في منطقة السواني جنوبي طرابلس.",
        "2019-09-10",
        K::Airstrike,
        Want::Count(1),
    ),
    (
        "near_miss_another_strike_elsewhere_is_a_record_of_its_own",
        "قتلى بقصف جوي على مدرسة في طرابلس\nقتل ثلاثة مدنيين وأصيب آخرون جراء غارة جوية شنها طيران حفتر على مدرسة جنوبي العاصمة طرابلس، بحسب وزارة الصحة.\nوفي سرت، استهدفت غارة جوية أخرى مخزنا للذخيرة.",
        "2019-09-10",
        K::Airstrike,
        Want::Count(2),
    ),
    (
        "an_outlets_seat_is_no_place_of_a_retold_agreement",
        "توقيع اتفاقية صلح بين قبيلتين\nوقعت قبيلتان اتفاقية صلح في ختام ملتقى اجتماعي استضافته مدينة ترهونة.\nوأكدت الاتفاقية بحسب وكالة الأنباء الليبية بطرابلس على أهمية اللحمة الوطنية.",
        "2016-10-19",
        K::Agreement,
        Want::Count(1),
    ),
    (
        "the_retold_agreement_keeps_its_own_place",
        "توقيع اتفاقية صلح بين قبيلتين\nوقعت قبيلتان اتفاقية صلح في ختام ملتقى اجتماعي استضافته مدينة ترهونة.\nوأكدت الاتفاقية بحسب وكالة الأنباء الليبية بطرابلس على أهمية اللحمة الوطنية.",
        "2016-10-19",
        K::Agreement,
        Want::Location("tarhuna"),
    ),
    (
        "a_body_naming_a_square_is_no_protester",
        "نظم أصحاب المحال التجارية وقفة احتجاجية بساحة مصرف الوحدة في مدينة سرت.",
        "2017-12-03",
        K::Protest,
        Want::Actor1("generic:protesters"),
    ),
    (
        "near_miss_a_body_protested_before_is_a_side",
        "نظم العشرات وقفة احتجاجية أمام مقر مصرف ليبيا المركزي في طرابلس.",
        "2017-12-03",
        K::Protest,
        Want::Actor2("central_bank_of_libya"),
    ),
    (
        "people_counted_by_nationality_add_up",
        "قال مصدر أمني إن 11 مصريا وأربعة ليبيين قتلوا في شجار مسلح بالمدينة صباح اليوم.",
        "2016-04-27",
        K::Casualties,
        Want::Fatalities(Some(15)),
    ),
    (
        "a_waw_written_apart_joins_the_next_figure",
        "قال مصدر إن 12 عاملا و ثلاثة جنود قتلوا في الهجوم على الحقل النفطي أمس.",
        "2016-04-27",
        K::Offensive,
        Want::Fatalities(Some(15)),
    ),
    (
        "nationals_who_met_their_death",
        "لقي 5 تونسيين و4 جزائريين حتفهم في غرق قارب قبالة سواحل زوارة.",
        "2016-04-27",
        K::Casualties,
        Want::Fatalities(Some(9)),
    ),
    (
        "a_place_of_a_later_statement_is_not_the_events",
        "مقتل طفل بقذيفة في بنغازي\nقتل طفل في مدينة بنغازي بعد أن أطلق مسلحون قذائف عشوائية على منازل المواطنين وسط المدينة.\nوأكد مصدر محلي أن المسلحين أطلقوا هذه القذائف العشوائية لترويع السكان، مشيرا إلى أن منطقة الصابري شهدت اشتباكات متقطعة.",
        "2016-05-10",
        K::Shelling,
        Want::Location("benghazi"),
    ),
    (
        "the_later_statements_own_event_keeps_its_place",
        "مقتل طفل بقذيفة في بنغازي\nقتل طفل في مدينة بنغازي بعد أن أطلق مسلحون قذائف عشوائية على منازل المواطنين وسط المدينة.\nوأكد مصدر محلي أن المسلحين أطلقوا هذه القذائف العشوائية لترويع السكان، مشيرا إلى أن منطقة الصابري شهدت اشتباكات متقطعة.",
        "2016-05-10",
        K::ArmedClash,
        Want::Location("sabri"),
    ),
    (
        "a_dateline_with_its_country_is_no_place_of_a_placed_arrest",
        "ليبيا: اعتقال مسؤول سابق في النظام\nطرابلس، ليبيا (CNN) -- أعلنت السلطات الليبية اعتقال مسؤول سابق في نظام القذافي عند إحدى البوابات في مدينة ترهونة، وأنه جار نقله إلى العاصمة.\nوقالت الحكومة إن قوات الجيش اعتقلت المسؤول السابق أثناء محاولته الفرار.",
        "2012-10-20",
        K::Arrest,
        Want::Count(1),
    ),
    (
        "a_situation_told_beside_the_event_gives_no_place",
        "مسلحون يقتحمون مقر المؤتمر\nطرابلس، ليبيا (CNN)—قامت مجموعة مسلحة، الأحد، باقتحام مقر المؤتمر الوطني العام، في الوقت الذي تشهد فيه البلاد حالة من التوتر خصوصا في مدينة بنغازي.",
        "2014-05-18",
        K::Offensive,
        Want::Location("tripoli"),
    ),
];

#[test]
fn rec48_classes() {
    records_table::run(REC48);
}
