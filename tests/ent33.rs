//! ent33 (issue 11, names that change with time): classes from round 33's period sentences,
//! after their unseen score. A title with an adjective of its body before «former» (`رئيس
//! مجلس الدولة الاستشاري السابق`) names no holder; `البرلمان الليبي` is the General National
//! Congress from August 2012 to August 2014 and the House of Representatives after. Sentences
//! written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT33: &[Case] = &[
    (
        "a former head of a body with its adjective names no holder",
        "قال رئيس مجلس الدولة الاستشاري السابق إن الحكومة لا تمثل الليبيين.",
        Some("2022-08-25"),
        &["high_council_of_state"],
    ),
    (
        "a former minister with the country's adjective names no holder",
        "قال وزير الدفاع الليبي السابق إن الجيش يحتاج إلى إعادة تنظيم.",
        Some("2012-06-10"),
        &[],
    ),
    (
        "near miss: the plain title names the holder at the date",
        "قال وزير الدفاع الليبي إن الجيش يحتاج إلى إعادة تنظيم.",
        Some("2012-06-10"),
        &["osama_juwaili"],
    ),
    (
        "the Libyan parliament in 2013 is the congress",
        "وافق البرلمان الليبي على منح لجنة الدفاع مهلة شهر لاختيار رئيس جديد للأركان.",
        Some("2013-05-07"),
        &["general_national_congress"],
    ),
    (
        "the Libyan parliament in 2016 is the House",
        "رفض البرلمان الليبي منح الثقة للحكومة المقترحة.",
        Some("2016-08-22"),
        &["house_of_representatives"],
    ),
    (
        "a common spelling of al-Juwaili's name",
        "عين المجلس الوطني الانتقالي أسامة الجوالي وزيرا للدفاع.",
        Some("2011-11-22"),
        &["national_transitional_council", "osama_juwaili"],
    ),
];

#[test]
fn ent33_classes() {
    check(ENT33);
}
