//! Quality on the seed articles' sentence gold (a copy of `shared/corpus/gold/seeds.jsonl`),
//! scored the way `shared/tools/score.py` scores the `annotate` example.

mod common;

use common::score;

#[test]
fn seed_gold_entities() {
    let s = score(include_str!("data/seeds_gold.jsonl"));
    assert!(
        s.entity_f1 >= 0.95,
        "entity F1 {:.3}\n{}",
        s.entity_f1,
        s.misses.join("\n")
    );
}

#[test]
fn seed_gold_events_and_modality() {
    let s = score(include_str!("data/seeds_gold.jsonl"));
    assert!(
        s.event_f1 >= 0.90 && s.modality >= 0.90,
        "event F1 {:.3}, modality {:.3}\n{}",
        s.event_f1,
        s.modality,
        s.misses.join("\n")
    );
}
