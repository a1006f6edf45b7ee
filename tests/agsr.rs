//! The AGSR gold standard, dev half (tests/data/agsr: real Arabic news of 2006–2008 labelled by
//! several annotators for PLOVER ASSAULT and PROTEST; MIT licence, see its LICENSE), scored as
//! its README says and as `tools/score_agsr.py` does: a sentence is predicted ASSAULT when it
//! has an asserted, non-background event of kind bombing, casualties, abduction, assassination
//! or violence_against_civilians, and PROTEST when it has such a protest; `yes` rows are
//! positives, `easy no` and `difficult no` negatives, `ambiguous` rows are left out.
//!
//! The floors sit about 0.02 under what the crate reaches (measured 2026-11-30 with
//! `python3 tools/score_agsr.py`: ASSAULT P 0.242 R 0.830, PROTEST P 0.170 R 0.792; after the
//! issue-9 gap patterns and classes the same day: ASSAULT P 0.244 R 0.836, PROTEST P 0.154
//! R 0.771, the protest floors kept), so that losing a family of report-vs-mention rules, or of
//! triggers, fails here. PROTEST lost precision on purpose: firing on protesters, protesters
//! closing, burning or storming, and protesters quoted now report the protest, as issue 9, the
//! spec and the fresh gold code them, where most AGSR annotators said no.
//!
//! Raised after the report-vs-mention classes of the afternoon (`python3 tools/score_agsr.py`:
//! ASSAULT P 0.283 R 0.824, PROTEST P 0.177 R 0.750): recall lost a sentence per type on
//! purpose (`الانتحاري الذي قتل بالرصاص` is a relative clause describing the bomber; `حددت
//! أماكن الوقفة الصامتة` names a vigil no clause tells happening).
//!
//! Raised again after the events5 classes of the evening (ASSAULT P 0.284 R 0.830, PROTEST
//! P 0.183 R 0.771): crowds storming or closing roads with a demand, oil closed by tribes, counts
//! of the dead in words.
//!
//! Raised after the agsr7 report-vs-mention classes (ASSAULT P 0.295 R 0.830, PROTEST P 0.190
//! R 0.792): tallies over months or years (`span` cues), motives, blame and links, states of
//! mind and illness, seized ships and trucks; a crowd gathered in front of a building with a
//! long subject between (recall).
//!
//! Raised after the agsr12 classes (ASSAULT P 0.300 R 0.843, PROTEST P 0.186 R 0.812): banners
//! and chants that carry the demand, waves and repetitions of deeds, condemnations across a long
//! subject, hangings, figurative explosions (precision); grenades and explosives thrown, abuse in
//! the verb, protesters heading for a building (recall).
//!
//! Raised after the learned report-vs-mention filter was switched on (elearn14, tenth session:
//! ASSAULT P 0.323 R 0.849, PROTEST P 0.197 R 0.812; `docs/event_filter.md`).
//!
//! Raised at the twenty-sixth session (ASSAULT P 0.336 R 0.849, PROTEST P 0.238 R 0.812, after
//! ev27: participants as the object of another verb tell no protest).

use libya_nlp::events::{EventClassifier, EventKind, Modality};

const FLOORS: &[(&str, f64, f64)] = &[
    // (type, precision floor, recall floor)
    ("ASSAULT", 0.32, 0.83),
    ("PROTEST", 0.22, 0.79),
];

fn kinds(typ: &str) -> &'static [EventKind] {
    match typ {
        "ASSAULT" => &[
            EventKind::Bombing,
            EventKind::Casualties,
            EventKind::Abduction,
            EventKind::Assassination,
            EventKind::ViolenceAgainstCivilians,
        ],
        _ => &[EventKind::Protest],
    }
}

fn rows(file: &str) -> Vec<(bool, String)> {
    let path = format!("{}/tests/data/agsr/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut rdr = csv::Reader::from_path(&path).expect("AGSR file");
    let headers = rdr.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (label, text) = (col("label"), col("text"));
    rdr.records()
        .map(|r| r.expect("row"))
        .filter(|r| &r[label] != "ambiguous")
        .map(|r| (&r[label] == "yes", r[text].to_string()))
        .collect()
}

#[test]
fn agsr_dev_half_precision_and_recall_hold() {
    let clf = EventClassifier::libya();
    let mut report = Vec::new();
    let mut failed = false;
    for &(typ, p_floor, r_floor) in FLOORS {
        let file = if typ == "ASSAULT" {
            "assault_gsr.csv"
        } else {
            "protest_gsr.csv"
        };
        let (mut tp, mut fp, mut fn_) = (0u32, 0u32, 0u32);
        for (gold, text) in rows(file) {
            let predicted = clf.classify(&text).iter().any(|e| {
                kinds(typ).contains(&e.kind) && e.modality == Modality::Asserted && !e.background
            });
            match (predicted, gold) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fn_ += 1,
                _ => {}
            }
        }
        let p = f64::from(tp) / f64::from((tp + fp).max(1));
        let r = f64::from(tp) / f64::from((tp + fn_).max(1));
        report.push(format!(
            "{typ}: P={p:.3} R={r:.3} (tp={tp} fp={fp} fn={fn_})"
        ));
        failed |= p < p_floor || r < r_floor;
    }
    println!("{}", report.join("\n"));
    assert!(
        !failed,
        "below the floors {FLOORS:?}:\n{}",
        report.join("\n")
    );
}
