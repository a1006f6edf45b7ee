//! Entity coverage and recall by class (session 17, issue 11).
//!
//! - **A surname without its article** after the given name (`فايز سراج`): a derived form.
//! - **New rows**: Libyan state television, the central bank's deputy governor, 2013 ministers,
//!   Turkish ministers, US and French officials acting on Libya.
//! - **Militia words** license the short names of the deterrence force, the Saiqa and the
//!   Benghazi Defence Brigades (`مليشيا الردع`).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn surname_written_without_its_article() {
    check(&[
        (
            "head of the presidential council, surname without the article",
            "واستقبل فايز سراج وفدا من أعيان المنطقة",
            None,
            &["fayez_sarraj"],
        ),
        (
            "head of the high council of state, surname without the article",
            "وقال خالد مشري إن المجلس لن يقبل القانون",
            None,
            &["khaled_mishri"],
        ),
        (
            "near miss: a compound name ending in the word of God keeps it",
            "وصرح مصطفى صنع الله بأن الإنتاج عاد",
            None,
            &["mustafa_sanalla"],
        ),
    ]);
}

#[test]
fn new_rows() {
    check(&[
        (
            "state television named by the country",
            "وبث التلفزيون الليبي صورا من موقع الانفجار",
            None,
            &["libyan_state_tv"],
        ),
        (
            "state television, Egyptian spelling",
            "ونقل التليفزيون الليبي الرسمي كلمة رئيس المجلس",
            None,
            &["libyan_state_tv"],
        ),
        (
            "central bank deputy governor",
            "وترأس نائب المحافظ مرعي البرعصي اجتماع مجلس الإدارة",
            None,
            &["marai_barassi"],
        ),
        (
            "interior minister of 2013",
            "وقدم وزير الداخلية محمد خليفة الشيخ استقالته",
            Some("2013-08-18"),
            &["mohamed_khalifa_sheikh"],
        ),
        (
            "Turkish energy minister",
            "ووقع وزير الطاقة التركي فاتح دونماز مذكرة تفاهم في طرابلس",
            None,
            &["fatih_donmez", "tripoli"],
        ),
        (
            "Pentagon press secretary",
            "وقال بيتر كوك إن الضربة استهدفت معسكرا للتدريب",
            None,
            &["peter_cook"],
        ),
        (
            "near miss: a dialect negation after a given name",
            "وقال إن محمد موجود موش غايب",
            None,
            &[],
        ),
    ]);
}

#[test]
fn militia_words_license_short_names() {
    check(&[
        (
            "the deterrence force called a militia",
            "واتهم البيان مليشيا الردع باعتقال الناشطين",
            None,
            &["rada"],
        ),
        (
            "near miss: deterrence as a word",
            "ودعا إلى سياسة الردع في المنطقة",
            None,
            &[],
        ),
    ]);
}
