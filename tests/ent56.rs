//! ent56 (issue 11, the gazetteer on real news), from the forty-second session: names rounds
//! 55–56 showed unlisted, researched by a helper with the sources in each row's notes (`gaz56`
//! in `data/gazetteer.tsv`). Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::{check, Case};

const ENT56: &[Case] = &[
    (
        "a tripoli district shelled",
        "سقطت قذائف على هضبة البدري جنوب العاصمة طرابلس.",
        Some("2019-10-14"),
        &["hadba_badri", "tripoli"],
    ),
    (
        "the derna court of appeal",
        "أعلنت محكمة استئناف درنة استئناف عملها بعد سنوات من التوقف.",
        Some("2019-03-02"),
        &["derna_court_of_appeal", "derna"],
    ),
    (
        "the lna military prosecutor",
        "وقال فرج الصوصاع إن العمل جار لحصر الأسرى.",
        Some("2020-12-04"),
        &["faraj_sousaa"],
    ),
    (
        "a nafusa village by its bare name",
        "قصفت الكتائب نالوت من موقعها في لغزاية.",
        Some("2011-05-03"),
        &["nalut", "al_ghazaya"],
    ),
];

#[test]
fn ent56_classes() {
    check(ENT56);
}
