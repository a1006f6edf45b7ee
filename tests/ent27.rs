//! Session 27, issue 11 (ent27): the shared-heads pass reads a head written again after `و`
//! where a coordinated name would begin, and the gazetteer classes added from a study of real
//! Libyan news (2011–2024).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set); near misses stay unmatched.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;
use libya_nlp::gazetteer::Gazetteer;

/// A dual or plural head written again after `و` (joined or alone) is a head of its own,
/// not a name coordinated after the first head: its names are found the second time too.
#[test]
fn a_head_again_after_waw() {
    let g = Gazetteer::libya();
    for (text, want) in [
        (
            "توقف الإنتاج في حقلي الشرارة والفيل وحقلي الشرارة والفيل مجددا",
            &["sharara_oilfield", "el_feel_oilfield"][..],
        ),
        (
            "أغلق المحتجون حقلي الشرارة والفيل وبحقلي الشرارة والفيل توقف الضخ",
            &["sharara_oilfield", "el_feel_oilfield"][..],
        ),
        (
            "قصفت الطائرات قاعدتي الجفرة وتمنهنت و قاعدتي الجفرة وتمنهنت",
            &["al_jufra_airbase", "tamanhint_airbase"][..],
        ),
    ] {
        let ms = g.find(text);
        for id in want {
            let n = ms.iter().filter(|m| m.id == *id).count();
            assert_eq!(
                n,
                2,
                "{id} twice in {text}: {:?}",
                ms.iter().map(|m| (&m.id, &m.span.text)).collect::<Vec<_>>()
            );
        }
    }
    check(&[(
        "near miss: a plain و-word after the names is no head",
        "أغلق المحتجون حقلي الشرارة والفيل وحقولا أخرى",
        None,
        &["sharara_oilfield", "el_feel_oilfield"],
    )]);
}
