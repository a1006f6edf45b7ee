//! Entity recall of names that have an entry (session 18, issues 9 and 11).
//!
//! - **An outlet named alone**, without its medium's word (`قناة العربية` → `“العربية”`) or
//!   without a word of news after it (`الشرق للأخبار` → `الشرق`): a derived ambiguous name,
//!   licensed by quotes around it, a word of attribution (`بحسب`, `نقلا عن`), its reporters
//!   (`مراسلو`) or a reporting verb whose subject it is (`ونقلت`, `وذكرت`). A quoted word after
//!   a head noun (`فندق “الشرق”`) names something else.
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn outlet_named_alone() {
    check(&[
        (
            "bare channel name between quotes after a word of attribution",
            "وسقطت قذائف على حي سكني بحسب “العربية”.",
            None,
            &["al_arabiya"],
        ),
        (
            "bare channel name as the subject of a reporting verb",
            "وذكرت الحدث أن رتلا عسكريا وصل إلى المدينة.",
            None,
            &["al_hadath_saudi"],
        ),
        (
            "bare channel name, its reporters",
            "وأفاد مراسلو الجزيرة بأن الطريق أغلق.",
            None,
            &["al_jazeera"],
        ),
        (
            "the outlet told, with the preposition apart before a quote",
            "وقال مسؤول محلي لـ\"الشرق\" إن المعبر فتح.",
            None,
            &["asharq_news"],
        ),
        (
            "a paper named alone between guillemets after a verb",
            "وعلمت «الشرق الأوسط» أن الاجتماع تأجل.",
            None,
            &["asharq_al_awsat"],
        ),
        (
            "a portal named with its medium's word, the word of news dropped",
            "ونقلت بوابة أفريقيا عن مصدر عسكري أن الهدوء عاد.",
            None,
            &["afrigate_news"],
        ),
        (
            "near miss: the region, not quoted and not attributed",
            "وتشهد منطقة الشرق الأوسط توترا متزايدا.",
            None,
            &[],
        ),
        (
            "near miss: a common word, not quoted and not attributed",
            "وقع الحدث في ساعة متأخرة من الليل.",
            None,
            &[],
        ),
        (
            "near miss: a hotel's quoted name",
            "وتجمع المحتجون أمام فندق “الشرق” في وسط المدينة.",
            None,
            &[],
        ),
        (
            "near miss: an operation's quoted name",
            "وأعلنت القوات انطلاق عملية «الحدث» صباح اليوم.",
            None,
            &[],
        ),
    ]);
}
