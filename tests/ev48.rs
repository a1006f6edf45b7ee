//! ev48 (issues 9 and 10), from the thirty-ninth session, round 48. Records: a place told by
//! nearness right after the two towns named as the sides (`اشتباكات بين الزنتان والمشاشية قرب
//! مزدة`) is where the event happened, not where the towns lie; a town opening the body with a
//! dash (`طرابلس - سقط قتلى …`) is a dateline, the place only when no other is told; a toll
//! alone told again later with the same figures (`تسلم المستشفى جثامين 20 قتيلا و45 جريحا`) is
//! the earlier record's toll, not an event of its own; a bombardment told again by a definite
//! noun of its kind (`القصف الجوي استهدف مستشفى السواني`), neither telling dated by the text,
//! is the one told first.
//! Sentences written for this test.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind as K;
use records_table::Want;

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
];

#[test]
fn rec48_classes() {
    records_table::run(REC48);
}
