//! Quality on the fresh gold of `tests/data/fresh/` (see its README): sentences and short
//! articles written from a study of real Arabic news in many registers (wire translations,
//! Egyptian, Maghrebi, Gulf and Libyan outlets, 2011–2024), labelled before the crate ran on
//! them. `events_dev*` were used to tune the lexicon (`events_dev3`, a third writer's round of
//! 2026-11-30, was scored once unseen first: event F1 0.892, modality 0.906); `events_check2` was
//! scored once unseen and then tuned on a little; `events_heldout` and `docs_heldout` were never
//! tuned on, nor was `events_heldout3` (the third round's twin: scored unseen on the morning's
//! crate at event F1 0.893, modality 0.910; the day's events work saw its totals, not its
//! errors). The bars
//! (`common::THRESHOLDS`) sit about 0.02 under the measured scores.

mod common;

use common::{check, score};

const DEV: &str = include_str!("data/fresh/events_dev.jsonl");
const DEV2: &str = include_str!("data/fresh/events_dev2.jsonl");
const CHECK2: &str = include_str!("data/fresh/events_check2.jsonl");
const HELDOUT: &str = include_str!("data/fresh/events_heldout.jsonl");
const DOCS: &str = include_str!("data/fresh/docs_heldout.jsonl");
const DEV3: &str = include_str!("data/fresh/events_dev3.jsonl");
const HELDOUT3: &str = include_str!("data/fresh/events_heldout3.jsonl");
const MODALITY7: &str = include_str!("data/fresh/modality_dev7.jsonl");

#[test]
fn fresh_dev() {
    let s = score(DEV);
    for metric in ["entity_f1", "event_f1", "modality"] {
        check("fresh_dev", metric, &s);
    }
}

#[test]
fn fresh_dev2_and_check2_events() {
    // These two sets label events only.
    for (set, gold) in [("fresh_dev2", DEV2), ("fresh_check2", CHECK2)] {
        let s = score(gold);
        check(set, "event_f1", &s);
        check(set, "modality", &s);
    }
}

#[test]
fn fresh_heldout() {
    let s = score(HELDOUT);
    for metric in ["entity_f1", "event_f1", "modality"] {
        check("fresh_heldout", metric, &s);
    }
}

#[test]
fn fresh_documents() {
    let s = score(DOCS);
    for metric in ["entity_f1", "event_f1", "modality"] {
        check("fresh_docs", metric, &s);
    }
}

#[test]
fn fresh_dev3() {
    let s = score(DEV3);
    for metric in ["entity_f1", "event_f1", "modality"] {
        check("fresh_dev3", metric, &s);
    }
}

#[test]
fn fresh_heldout3() {
    let s = score(HELDOUT3);
    for metric in ["entity_f1", "event_f1", "modality"] {
        check("fresh_heldout3", metric, &s);
    }
}

#[test]
fn fresh_modality_dev7() {
    // The modality probe set labels events only (README.md of `data/fresh`).
    let s = score(MODALITY7);
    for metric in ["event_f1", "modality"] {
        check("fresh_modality7", metric, &s);
    }
}
