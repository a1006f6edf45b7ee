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
