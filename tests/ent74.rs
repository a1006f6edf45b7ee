//! ent74 (issue 11, the gazetteer on real news), from the fiftieth session, round 74 (period
//! sentences scored unseen, then read): in a text of another state's conflict, the bodies
//! inside office titles (`رئيس المجلس الرئاسي` of Yemen) are the office's own words, no sign of
//! the home state, so the office names nobody of it. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT74: &[Case] = &[
    // (The body inside the title is still found as the home state's: a gap left open, the
    // holder is what this case guards.)
    (
        "another state's presidential council head, in a text of its conflict",
        "وترأس رئيس المجلس الرئاسي اجتماعا للحكومة في مدينة عدن لبحث الأوضاع الاقتصادية.",
        Some("2023-04-20"),
        &["presidential_council"],
    ),
    (
        "near miss: the same title with a Libyan town",
        "وترأس رئيس المجلس الرئاسي اجتماعا للحكومة في مدينة سبها لبحث الأوضاع الاقتصادية.",
        Some("2023-04-20"),
        &["mohamed_menfi", "presidential_council", "sabha"],
    ),
];

#[test]
fn ent74_classes() {
    check(ENT74);
}
