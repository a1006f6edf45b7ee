//! Entity coverage and recall by class (session 17, issue 11).
//!
//! - **Libyan ministries named bare**: `وزارة الصحة`, `وزارة الدفاع` … in Libyan news are the
//!   Libyan ministries; another state's ministry is named with its adjective (a row of its own,
//!   or blocked after the bare name).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn libyan_ministries_named_bare() {
    check(&[
        (
            "health ministry giving a toll",
            "وأفادت وزارة الصحة بأن المستشفيات استقبلت عشرات الجرحى",
            None,
            &["ministry_of_health"],
        ),
        (
            "defence ministry in a relative clause",
            "وتقدمت قوات تتبع وزارة الدفاع نحو المعسكر",
            None,
            &["ministry_of_defence"],
        ),
        (
            "interior ministry joined to ب",
            "وقال مسؤول بوزارة الداخلية إن الدوريات انتشرت في الشوارع",
            None,
            &["ministry_of_interior"],
        ),
        (
            "foreign ministry and finance ministry",
            "واستدعت وزارة الخارجية السفير بعد أن جمدت وزارة المالية الحسابات",
            None,
            &["ministry_of_foreign_affairs", "ministry_of_finance"],
        ),
        (
            "near miss: another state's ministry with a row of its own",
            "وقالت وزارة الخارجية المصرية إنها تتابع الوضع",
            None,
            &["egyptian_mfa"],
        ),
        (
            "near miss: another state's ministry with no row",
            "وأعلنت وزارة الدفاع الكندية إرسال طائرة",
            None,
            &[],
        ),
        (
            "near miss: a foreign health ministry",
            "وقالت وزارة الصحة الفلسطينية إن الحصيلة ارتفعت",
            None,
            &[],
        ),
    ]);
}
