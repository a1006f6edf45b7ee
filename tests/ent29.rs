//! ent29 (issue 11): spellings of listed entities that round 29's real news used and the
//! gazetteer lacked (Msallata as Libyans write it, al-Ghardabiya with an alif, Tunis told as
//! the capital, Brega's harbour as `مرفأ`, Gaddafi's forces with his first name, the Libyan
//! foreign ministry by its short name). Sentences written for this test; near misses stay
//! unmatched.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn spellings_of_round_29() {
    check(&[
        (
            "Msallata as spoken",
            "وسقطت قذائف على مدينة امسلاتة شرق ترهونة",
            None,
            &["msallata", "tarhuna"],
        ),
        (
            "al-Ghardabiya with an alif",
            "وسيطرت القوات على قاعدة غاردابية الجوية جنوب سرت",
            None,
            &["ghardabiya_airbase", "sirte"],
        ),
        (
            "Tunis told as the capital",
            "وتظاهر المئات في العاصمة تونس أمس",
            None,
            &["tunis_city"],
        ),
        (
            "Brega's harbour",
            "وقصفت الطائرات مرفأ البريقة النفطي",
            None,
            &["brega_port"],
        ),
        (
            "Gaddafi's forces with his first name",
            "وانسحب الثوار بعد معارك مع قوات معمر القذافي",
            None,
            &["gaddafi_loyalists", "muammar_gaddafi"],
        ),
        (
            "the foreign ministry by its short name",
            "وأكدت الخارجية الليبية اختطاف الدبلوماسيين",
            None,
            &["ministry_of_foreign_affairs"],
        ),
        (
            "near miss: bare Tunis is the country",
            "وقال وزير الخارجية إن تونس ترحب بالاتفاق",
            None,
            &["tunisia"],
        ),
    ]);
}

#[test]
fn titles_and_periods_of_round_29() {
    check(&[
        (
            "the international envoy in 2018",
            "وأوضحت البعثة أن المبعوث الدولي يعقد الاجتماع الخاص بالترتيبات الأمنية",
            Some("2018-09-12"),
            &["ghassan_salame", "unsmil"],
        ),
        (
            "the international envoy in 2023",
            "والتقى المبعوث الدولي إلى ليبيا رئيس المجلس البلدي",
            Some("2023-02-10"),
            &["abdoulaye_bathily", "libya"],
        ),
        (
            "near miss: no date, no envoy",
            "والتقى المبعوث الدولي رئيس المجلس البلدي",
            None,
            &[],
        ),
        (
            "the government the parliament named, in 2023",
            "وأعلنت الحكومة المكلفة من مجلس النواب أن المدينة منكوبة",
            Some("2023-09-12"),
            &[
                "government_of_national_stability",
                "house_of_representatives",
            ],
        ),
        (
            "near miss: before 2022 it names nobody",
            "وأعلنت الحكومة المكلفة من مجلس النواب أن المدينة منكوبة",
            Some("2021-06-01"),
            &["house_of_representatives"],
        ),
        (
            "the interior minister of 2013 with the Libyan first name",
            "ووافق المؤتمر على تكليف أمحمد خليفة الشيخ بمنصب وزير الداخلية",
            Some("2013-05-22"),
            &["mohamed_khalifa_sheikh"],
        ),
    ]);
}
