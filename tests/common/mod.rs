//! Sentence-gold scoring shared by `seeds.rs` and `heldout.rs`: micro P/R/F1 over per-sentence
//! sets of entity ids and event kinds (optional ids/kinds count neither way) and modality
//! accuracy over found gold kinds, the way `shared/tools/score.py` scores the `annotate` example.

use libya_nlp::Analyzer;
use std::collections::{BTreeSet, HashMap};

/// A quality bar: the gold set, the metric, the least score a commit may reach, and the score
/// the crate reached when the bar was set.
pub struct Threshold {
    pub set: &'static str,
    pub metric: &'static str,
    pub min: f64,
    pub measured: f64,
}

/// Every quality bar of the suite, in one place. Each sits about 0.02 under the score measured
/// on the date given, so that losing a family of data fixes fails a test (the spec's own bars
/// for hidden gold, 0.90 / 0.80 / 0.80, are far looser). When a change raises a score, raise
/// its bar; when one lowers it on purpose, lower the bar in the same commit and say why.
///
/// Measured 2026-11-30 after the report-vs-mention, lemma-lexicon and gazetteer work (seeds are
/// the lexicon's training set, hence ~1.0; background events count neither way, as in
/// `score.py`); `fresh_dev`, `fresh_heldout`, `fresh_docs`, `heldout` and `fresh_dev3` re-measured
/// the same day after the gap patterns and the `events_dev3` classes (issue 9). Re-measured in
/// the afternoon after the report-vs-mention classes (relative clauses, definite nouns, habits):
/// `fresh_dev3` and `fresh_heldout` rose and their bars with them; `heldout` lost one event to
/// the relative-clause rule and `fresh_heldout3` one to the definite-noun rule (their bars
/// stay, now about 0.018 under).
///
/// Re-measured in the evening after the events5 classes from real news (issue 9): `fresh_dev`,
/// `fresh_dev3` (modality), `fresh_heldout`, `fresh_heldout3` and `heldout` (event F1) rose and
/// their bars with them; `fresh_dev2` lost 0.003 on purpose (it codes a flood toll as no
/// event, L-134, where the real-news gold counts the Derna dead; its bar stays).
pub const THRESHOLDS: &[Threshold] = &[
    // The fourth session's modality probe set (`modality_dev7.jsonl`, events6: first seen
    // at modality 0.914 by `score.py`, then tuned on).
    Threshold {
        set: "fresh_modality7",
        metric: "event_f1",
        min: 0.955,
        measured: 0.9748,
    },
    Threshold {
        set: "fresh_modality7",
        metric: "modality",
        min: 0.963,
        measured: 0.9828,
    },
    Threshold {
        set: "fresh_dev",
        metric: "entity_f1",
        min: 0.964,
        measured: 0.9839,
    },
    Threshold {
        set: "fresh_dev",
        metric: "event_f1",
        min: 0.944,
        measured: 0.9639,
    },
    Threshold {
        set: "fresh_dev",
        metric: "modality",
        min: 0.975,
        measured: 0.9946,
    },
    Threshold {
        set: "fresh_dev2",
        metric: "event_f1",
        min: 0.973,
        measured: 0.9898,
    },
    Threshold {
        set: "fresh_dev2",
        metric: "modality",
        min: 0.98,
        measured: 1.0,
    },
    Threshold {
        set: "fresh_check2",
        metric: "event_f1",
        min: 0.957,
        measured: 0.9773,
    },
    Threshold {
        set: "fresh_check2",
        metric: "modality",
        min: 0.957,
        measured: 0.9767,
    },
    Threshold {
        set: "fresh_dev3",
        metric: "entity_f1",
        min: 0.962,
        measured: 0.9822,
    },
    Threshold {
        set: "fresh_dev3",
        metric: "event_f1",
        min: 0.949,
        measured: 0.9699,
    },
    Threshold {
        set: "fresh_dev3",
        metric: "modality",
        min: 0.939,
        measured: 0.9586,
    },
    Threshold {
        set: "fresh_heldout3",
        metric: "entity_f1",
        min: 0.966,
        measured: 0.9861,
    },
    Threshold {
        set: "fresh_heldout3",
        metric: "event_f1",
        min: 0.893,
        measured: 0.9128,
    },
    Threshold {
        set: "fresh_heldout3",
        metric: "modality",
        min: 0.906,
        measured: 0.9254,
    },
    Threshold {
        set: "fresh_heldout",
        metric: "entity_f1",
        min: 0.961,
        measured: 0.981,
    },
    Threshold {
        set: "fresh_heldout",
        metric: "event_f1",
        min: 0.843,
        measured: 0.8627,
    },
    Threshold {
        set: "fresh_heldout",
        metric: "modality",
        min: 0.927,
        measured: 0.947,
    },
    // Session 18: `docs_heldout` relabelled to the bare-ministry convention (DOC-01's
    // `وزارة الصحة بحكومة الوفاق` is Libya's health ministry; see tests/data/fresh/README.md).
    Threshold {
        set: "fresh_docs",
        metric: "entity_f1",
        min: 0.969,
        measured: 0.989,
    },
    Threshold {
        set: "fresh_docs",
        metric: "event_f1",
        min: 0.903,
        measured: 0.9231,
    },
    Threshold {
        set: "fresh_docs",
        metric: "modality",
        min: 0.98,
        measured: 1.0,
    },
    Threshold {
        set: "seeds",
        metric: "entity_f1",
        min: 0.98,
        measured: 1.0,
    },
    Threshold {
        set: "seeds",
        metric: "event_f1",
        min: 0.975,
        measured: 0.9954,
    },
    Threshold {
        set: "seeds",
        metric: "modality",
        min: 0.98,
        measured: 1.0,
    },
    Threshold {
        set: "heldout",
        metric: "entity_f1",
        min: 0.976,
        measured: 0.9955,
    },
    Threshold {
        set: "heldout",
        metric: "event_f1",
        min: 0.959,
        measured: 0.9788,
    },
    Threshold {
        set: "heldout",
        metric: "modality",
        min: 0.942,
        measured: 0.9622,
    },
];

/// Checks `scores` of gold `set` against its bar for `metric`, printing the score.
pub fn check(set: &str, metric: &str, scores: &Scores) {
    let t = THRESHOLDS
        .iter()
        .find(|t| t.set == set && t.metric == metric)
        .unwrap_or_else(|| panic!("no threshold for {set}/{metric}"));
    let got = match metric {
        "entity_f1" => scores.entity_f1,
        "event_f1" => scores.event_f1,
        "modality" => scores.modality,
        _ => panic!("unknown metric {metric}"),
    };
    eprintln!(
        "{set} {metric}: {got:.4} (bar {:.3}, measured {:.4})",
        t.min, t.measured
    );
    assert!(
        got >= t.min,
        "{set} {metric} {got:.4} is under its bar {:.3} (measured {:.4} when set)\n{}",
        t.min,
        t.measured,
        scores.misses.join("\n")
    );
}

pub struct Scores {
    pub entity_f1: f64,
    pub event_f1: f64,
    pub modality: f64,
    pub misses: Vec<String>,
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn strings(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Scores `gold` (JSONL in the format of `shared/corpus/gold/seeds.jsonl`).
pub fn score(gold: &str) -> Scores {
    let analyzer = Analyzer::new();
    let (mut etp, mut efp, mut efn) = (0, 0, 0);
    let (mut vtp, mut vfp, mut vfn) = (0, 0, 0);
    let (mut mok, mut mn) = (0, 0);
    let mut misses = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = g["text"].as_str().unwrap();
        let date = g["date"].as_str().and_then(|d| d.parse().ok());
        let a = analyzer.analyze_dated(text, date);
        let json = serde_json::to_value(&a).unwrap();
        // Every span slices the original text.
        for m in &a.entities {
            assert_eq!(&text[m.span.start..m.span.end], m.span.text);
        }
        let pe: BTreeSet<String> = a.entities.iter().map(|m| m.id.clone()).collect();
        let ge = strings(&g["entities"]);
        let go = strings(&g["entities_optional"]);
        etp += pe.intersection(&ge).count();
        let fp: Vec<_> = pe
            .iter()
            .filter(|x| !ge.contains(*x) && !go.contains(*x))
            .collect();
        let fn_: Vec<_> = ge.iter().filter(|x| !pe.contains(*x)).collect();
        efp += fp.len();
        efn += fn_.len();
        if !fp.is_empty() || !fn_.is_empty() {
            misses.push(format!("{} entities missed={fn_:?} false={fp:?}", g["id"]));
        }
        let mut pk: HashMap<String, BTreeSet<String>> = HashMap::new();
        for ev in json["events"].as_array().unwrap() {
            // A mention, not a report: counts neither way (shared/spec/records.md).
            if ev["background"] == true {
                continue;
            }
            pk.entry(ev["kind"].as_str().unwrap().to_string())
                .or_default()
                .insert(ev["modality"].as_str().unwrap().to_string());
        }
        let gk: HashMap<String, BTreeSet<String>> = g["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_string(),
                    strings(&e["modality"]),
                )
            })
            .collect();
        let gok = strings(&g["events_optional"]);
        for k in pk.keys() {
            if gk.contains_key(k) {
                vtp += 1;
                mn += 1;
                if !pk[k].is_disjoint(&gk[k]) {
                    mok += 1;
                } else {
                    misses.push(format!(
                        "{} modality {k}: got {:?} want {:?}",
                        g["id"], pk[k], gk[k]
                    ));
                }
            } else if !gok.contains(k) {
                vfp += 1;
                misses.push(format!("{} event false {k}", g["id"]));
            }
        }
        for k in gk.keys().filter(|k| !pk.contains_key(*k)) {
            vfn += 1;
            misses.push(format!("{} event missed {k}", g["id"]));
        }
    }
    Scores {
        entity_f1: f1(etp, efp, efn),
        event_f1: f1(vtp, vfp, vfn),
        modality: if mn > 0 { mok as f64 / mn as f64 } else { 0.0 },
        misses,
    }
}
