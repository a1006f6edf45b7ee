//! ent28 (issue 11): spellings of listed entities that round 28's real news used and the
//! gazetteer lacked (a short form of an MP's name, the Libyan spelling of Abu Sitta, a tribe's
//! name written with its first alif, an envoy's name with a long i). Sentences written for
//! this test; near misses stay unmatched.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn spellings_of_round_28() {
    check(&[
        (
            "an MP's short name",
            "وقال النائب رحمة آدم إن القتلى من أبناء المدينة",
            None,
            &["rahma_abubakr_adam"],
        ),
        (
            "the naval base in the Libyan spelling",
            "ووصل الوفد إلى قاعدة بوستة البحرية صباح اليوم",
            None,
            &["abu_sittah_naval_base"],
        ),
        (
            "the Zuwayya written with its alif",
            "وأعلن أعيان قبيلة ازوية رفضهم للقرار",
            None,
            &["zuwayya"],
        ),
        (
            "the US ambassador with a long i",
            "وأكدت الخارجية مقتل كريس ستيفينز في الهجوم",
            None,
            &["chris_stevens"],
        ),
        (
            "near miss: another Adam",
            "وقال آدم سميث إن الطريق مفتوح",
            None,
            &[],
        ),
    ]);
}
