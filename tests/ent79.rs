//! ent79 (issue 11, the gazetteer on real news), from the fifty-second session, rounds 77 and
//! 79 (period sentences scored unseen, then read): the chief of staff, the UN envoy, the defence minister and
//! the eastern interior minister of the months a page showed them in office; the 6+6 committee
//! by its full name; `وادي مردون`; names rounds 78 and 79's labellers listed as having no entry
//! (gaz52). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT79: &[Case] = &[
    (
        "the chief of staff in May 2014 is Obeidi",
        "وقال رئيس الأركان العامة إن القوة التي دخلت بنغازي مجموعات صغيرة.",
        Some("2014-05-17"),
        &["abdulsalam_jadallah_obeidi", "benghazi"],
    ),
    (
        "the UN envoy in March 2011 is al-Khatib",
        "وصل المبعوث الأممي إلى بنغازي للقاء قادة المعارضة.",
        Some("2011-03-30"),
        &["abdelilah_khatib", "benghazi"],
    ),
    (
        "the defence minister in August 2013 is al-Thinni",
        "وقال وزير الدفاع إن الجيش سيتسلم المعسكرات.",
        Some("2013-08-15"),
        &["abdullah_thani"],
    ),
    (
        "the 6+6 committee by its full name",
        "وقال إن أعمال لجنة إعداد القوانين الانتخابية انتهت.",
        Some("2023-07-10"),
        &["joint_committee_6_6"],
    ),
    (
        "Wadi Mardum spelled with a final nun",
        "وتركزت المواجهات بوادي مردون شرق بني وليد.",
        Some("2012-10-03"),
        &["wadi_mardum_bani_walid", "bani_walid"],
    ),
    (
        "the national dialogue commission (gaz52)",
        "واغتال مجهولون نائبة رئيس هيئة الحوار الوطني في منزلها.",
        Some("2014-06-25"),
        &["national_dialogue_commission"],
    ),
    (
        "the Sabha court of first instance (gaz52)",
        "وحاصر مسلحون محكمة سبها الابتدائية لمنع النظر في الطعون.",
        Some("2021-11-29"),
        &["sabha_court_first_instance", "sabha"],
    ),
    (
        "Gaddafi's forces told indefinite",
        "وتتعرض المدينة لحصار مستمر من قوات موالية للقذافي.",
        Some("2011-05-05"),
        &["gaddafi_loyalists"],
    ),
    (
        "the Tawergha camp by its place alone",
        "وتعيش عائلات تاورغاء النازحة في قرارة القطف منذ سنوات.",
        Some("2018-03-01"),
        &["qararat_al_qataf_camp", "tawergha"],
    ),
    (
        "Tripoli in the north of the country is Lebanon's",
        "وأعلن الجيش اللبناني توقيف خلية في طرابلس شمالي البلاد.",
        Some("2017-06-01"),
        &[],
    ),
    (
        "near miss: Tripoli in the north-west is Libya's",
        "واندلعت اشتباكات في طرابلس شمال غرب البلاد.",
        Some("2017-06-01"),
        &["tripoli"],
    ),
];

#[test]
fn ent79_cases() {
    check(ENT79);
}
