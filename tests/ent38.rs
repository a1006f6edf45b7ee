//! ent38 (issue 11, the gazetteer on real news), from the thirty-fourth session (round 38's
//! set B, after its unseen score: entities F1 .987, coverage 98.3%): the dual and plural of
//! `بلدية` (`في بلديتي بني وليد ودرج`) are heads whose names coordinate, as `مدينتي` was.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::ids_on;
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

/// `الحكومة الليبية برئاسة … فتحي باشاغا`: a bare government led by a named person is the
/// government the person belongs to at the date.
#[test]
fn a_government_led_by_a_named_person() {
    let text = "انطلقت أعمال الحكومة الليبية برئاسة رئيس الوزراء المكلف من البرلمان فتحي باشاغا من مقرها في سرت.";
    assert!(ids_on(text, "2022-06-07").contains(&"government_of_national_stability".to_string()));
    // Not across a full stop.
    let apart = "انطلقت أعمال الحكومة الليبية. وقال بيان برئاسة فتحي باشاغا إن الاجتماع انتهى.";
    assert!(!ids_on(apart, "2022-06-07").contains(&"government_of_national_stability".to_string()));
}
