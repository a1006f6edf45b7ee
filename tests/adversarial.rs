//! Adversarial inputs found by a pass that tried to break the crate (issue 13): each case is
//! kept here as a named test. CLI cases live in `tests/batch_cli.rs`.

use libya_nlp::normalize::Normalizer;

/// Every assigned code point of the Arabic presentation-form blocks.
fn presentation_forms() -> impl Iterator<Item = char> {
    ('\u{FB50}'..='\u{FDFF}')
        .chain('\u{FE70}'..='\u{FEFF}')
        .filter(|c| !matches!(*c as u32, 0xFDD0..=0xFDEF))
}

#[test]
fn search_drops_isolated_mark_ligatures_without_spaces() {
    // U+FC5E–U+FC63: shadda ligatures whose compatibility decomposition is a space and marks.
    let n = Normalizer::search();
    let cases = [
        ("shadda dammatan between letters", "ب \u{FC5E} ب", "ب ب"),
        ("shadda kasra alone", "\u{FC62}", ""),
        ("shadda superscript alef glued", "ب\u{FC63}ب", "بب"),
        ("isolated fatha form", "ب \u{FE76} ب", "ب ب"),
        ("medial shadda tatweel form", "ب\u{FE7D}ب", "بب"),
    ];
    for (name, input, want) in cases {
        assert_eq!(n.normalize(input), want, "{name}");
    }
}

#[test]
fn search_and_display_are_idempotent_on_every_presentation_form() {
    for n in [Normalizer::search(), Normalizer::display()] {
        for c in presentation_forms() {
            for text in [
                c.to_string(),
                format!("ب{c}ب"),
                format!("ب {c} ب"),
                format!(" {c} "),
                format!("ة{c}ب"),
                format!("{c}{c}"),
            ] {
                let once = n.normalize(&text).into_owned();
                let twice = n.normalize(&once).into_owned();
                assert_eq!(
                    once,
                    twice,
                    "{:?} on U+{:04X} in {text:?}",
                    n.config(),
                    c as u32
                );
                assert!(
                    !once.contains("  ") && once.trim() == once,
                    "U+{:04X}: {once:?} from {text:?}",
                    c as u32
                );
            }
        }
    }
}
