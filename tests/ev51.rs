//! ev51 (issue 9), from the fortieth session, round 51: crowds counted going out into the
//! streets (`خرج عشرات الآلاف من المواطنين إلى الشوارع`) protest, not when they celebrate;
//! the halt of clashes asked with its manner (`الوقف الفوري للمواجهات`) is a ceasefire; polling
//! day told by its name (`اليوم الانتخابي`) is an election. Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV51_CASES: &[events_table::Case] = &[
    (
        "a_counted_crowd_out_in_the_streets_protests",
        "خرج عشرات الآلاف من المواطنين إلى الشوارع مساء الجمعة رفضا لقرار الحكومة.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near_miss_a_crowd_out_to_celebrate",
        "خرج آلاف المواطنين إلى الشوارع احتفالا بفوز المنتخب الوطني.",
        K::Protest,
        None,
    ),
    (
        "near_miss_officers_going_out_uncounted",
        "كان الضباط يخرجون إلى الشوارع ويلقون القبض على المارة.",
        K::Protest,
        None,
    ),
    (
        "the_immediate_halt_of_clashes_asked",
        "ودعا المجلس إلى الوقف الفوري للمواجهات المسلحة الدائرة في الجنوب.",
        K::Ceasefire,
        Some(M::Demanded),
    ),
    (
        "the_halt_of_clashes",
        "اتفق الطرفان على وقف المواجهات بين الكتيبتين في المدينة.",
        K::Ceasefire,
        Some(M::Planned),
    ),
    (
        "polling_day_by_its_name",
        "شهدت مراكز الاقتراع في المدينة إقبالا ضعيفا في هذا اليوم الانتخابي.",
        K::Election,
        Some(M::Asserted),
    ),
];

#[test]
fn ev51_classes() {
    events_table::check(EV51_CASES, true);
}
