//! perf22: the faster paths give what the plain ones gave.
//!
//! - The name automaton's scan takes four bytes a round: a name is found wherever it stands,
//!   whatever the length of the text before it (every offset modulo four, and in the tail).
//! - The normalizer's sink decides whether a replacement is one character for one from the
//!   bytes: the offsets of a folded letter, and the teh marbuta flag, are what they were.

use libya_nlp::{Gazetteer, Normalizer};

/// A town's name after runs of 0 to 11 bytes of padding, at the end of the text or followed
/// by more text: found once, at its place.
#[test]
fn a_name_is_found_at_every_offset() {
    let g = Gazetteer::libya();
    let cases = [
        ("ascii padding", "x"),
        ("arabic padding", "ب"),
        ("digits", "7"),
    ];
    for (name, pad) in cases {
        for n in 0..12 {
            for tail in ["", " اليوم", "."] {
                let before = format!("{} في ", pad.repeat(n));
                let text = format!("{before}مصراتة{tail}");
                let found: Vec<_> = g
                    .find(&text)
                    .into_iter()
                    .filter(|m| m.id == "misrata")
                    .collect();
                assert_eq!(found.len(), 1, "{name} {n} {tail:?}: {text}");
                assert_eq!(found[0].span.start, before.len(), "{name} {n} {tail:?}");
                assert_eq!(found[0].span.text, "مصراتة", "{name} {n} {tail:?}");
            }
        }
    }
}

/// One letter folded to one of the same length maps back byte for byte; a teh marbuta folded
/// to heh is flagged, a heh written as such is not; a dropped mark leaves the map exact.
#[test]
fn folded_letters_map_back_byte_for_byte() {
    let n = Normalizer::search();
    let cases: [(&str, &str, &str); 4] = [
        ("hamza alef", "قال أحمد إن المدينة", "أحمد"),
        ("teh marbuta", "زار المدينة أمس", "المدينة"),
        ("alef maqsura", "مستشفى الجلاء", "مستشفى"),
        ("with a mark", "وصلَ إلى الكُفرة", "الكُفرة"),
    ];
    for (name, text, word) in cases {
        let norm = n.normalize_with_offsets(text);
        let at = text.find(word).unwrap();
        let folded = n.normalize(word);
        let pos = norm.text().find(folded.as_ref()).unwrap();
        let back = norm.map().to_original(pos..pos + folded.len());
        assert_eq!(&text[back], word, "{name}");
        assert_eq!(
            norm.map().to_original(pos..pos + folded.len()).start,
            at,
            "{name}"
        );
    }
    // `المدينة` ends with a folded teh marbuta; `وجه` ends with a heh of its own.
    let norm = n.normalize_with_offsets("المدينة وجه");
    let t = norm.text();
    let teh = t.find("المدينه").unwrap() + "المدين".len();
    let heh = t.find("وجه").unwrap() + "وج".len();
    assert!(norm.map().is_teh_marbuta(teh));
    assert!(!norm.map().is_teh_marbuta(heh));
}
