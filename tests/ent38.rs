//! ent38 (issue 11, the gazetteer on real news), from the thirty-fourth session (round 38's
//! set B, after its unseen score: entities F1 .987, coverage 98.3%): the dual and plural of
//! `بلدية` (`في بلديتي بني وليد ودرج`) are heads whose names coordinate, as `مدينتي` was.

use libya_nlp::Analyzer;

fn ids(text: &str) -> Vec<String> {
    let mut v: Vec<String> = Analyzer::new()
        .analyze(text)
        .entities
        .iter()
        .map(|m| m.id.clone())
        .collect();
    v.dedup();
    v
}

#[test]
fn the_dual_of_a_municipality_heads_both_names() {
    assert_eq!(
        ids("شارك آلاف الناخبين في الاقتراع في بلديتي بني وليد ودرج."),
        ["bani_walid", "derj"]
    );
    // The bare word still needs its head.
    assert!(!ids("وضع الأوراق في درج المكتب.").contains(&"derj".to_string()));
}
