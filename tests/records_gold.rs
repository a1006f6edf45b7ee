//! Event records against the gold of issue 10 (`tests/data/records/`, see its
//! `RECORDS_README.md`), scored in Rust exactly as `tools/score_records.py` scores the
//! `annotate --jsonl` output: records matched one-to-one to gold records of the same kind
//! (or a `kind_alt`), the best pair first by location, actors and date; record P/R/F1; among
//! matched records the accuracy of date, actor1, actor2, location, fatalities and injured.
//! Single sentences: the record of the gold kind (else the first asserted one) on date,
//! fatalities and injured.
//!
//! Each figure is held a small margin under what the crate reaches; the measured figure is
//! in the comment beside it. The gold was written by separate annotators before the crate ran
//! on it; `*_dev` and `*_dev3` files were used for tuning (`*_dev3` after one first-seen
//! score, in its comment), `*_heldout` files are scored once at the end of a session.

use libya_nlp::{Analyzer, Date};
use serde_json::Value;

const FIELDS: [&str; 6] = [
    "date",
    "actor1",
    "actor2",
    "location",
    "fatalities",
    "injured",
];

fn load(name: &str) -> Vec<Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/records")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line"))
        .collect()
}

/// The records of a gold document or sentence, as `annotate --jsonl` writes them.
fn predict(analyzer: &Analyzer, g: &Value) -> Vec<Value> {
    let text = g["text"].as_str().expect("text");
    let date = g["date"].as_str().and_then(|d| d.parse::<Date>().ok());
    let a = analyzer.analyze_dated(text, date);
    let v = serde_json::to_value(&a).expect("serialize");
    v["records"].as_array().cloned().unwrap_or_default()
}

fn get<'a>(v: &'a Value, k: &str) -> &'a Value {
    v.get(k).unwrap_or(&Value::Null)
}

fn date_ok(g: &Value, p: &Value, prec_alt: &[Value]) -> bool {
    if g.is_null() {
        return p.is_null();
    }
    let Some(ps) = p.get("start").and_then(Value::as_str) else {
        return false;
    };
    let pe = p.get("end").and_then(Value::as_str).unwrap_or(ps);
    let (gs, ge) = (g["start"].as_str().unwrap(), g["end"].as_str().unwrap());
    if !(ps <= ge && gs <= pe) {
        return false;
    }
    let prec = get(p, "precision");
    prec == &g["precision"] || prec_alt.contains(prec)
}

fn one_actor_ok(g: &Value, p: &Value) -> bool {
    if g.is_null() {
        return p.is_null();
    }
    if !p.is_object() {
        return false;
    }
    match g.get("id").filter(|v| !v.is_null()) {
        Some(id) => get(p, "id") == id,
        None => get(p, "generic") == get(g, "generic") && get(p, "id").is_null(),
    }
}

fn actor_ok(g: &Value, p: &Value) -> bool {
    match g {
        Value::Array(alts) => alts.iter().any(|a| one_actor_ok(a, p)),
        _ => one_actor_ok(g, p),
    }
}

fn loc_id(p: &Value) -> &Value {
    if p.is_object() {
        get(p, "id")
    } else {
        &Value::Null
    }
}

fn location_ok(g: &Value, p: &Value) -> bool {
    let pl = get(p, "location");
    let empty = Vec::new();
    let alts = g
        .get("location_alt")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let gl = get(g, "location");
    if !gl.is_null() {
        let id = loc_id(pl);
        if id == gl || (!id.is_null() && alts.contains(id)) {
            return true;
        }
        return get(g, "district") == &Value::Bool(true)
            && !get(g, "admin1").is_null()
            && pl.is_object()
            && get(pl, "admin1") == get(g, "admin1");
    }
    if !alts.is_empty() && alts.contains(loc_id(pl)) {
        return true;
    }
    if !get(g, "admin1").is_null() {
        return pl.is_object() && get(pl, "admin1") == get(g, "admin1");
    }
    pl.is_null()
}

fn kind_ok(g: &Value, p: &Value) -> bool {
    let k = get(p, "kind");
    k == &g["kind"]
        || g.get("kind_alt")
            .and_then(Value::as_array)
            .is_some_and(|a| a.contains(k))
}

fn actors_ok(g: &Value, p: &Value) -> (bool, bool) {
    let (a1, a2) = (
        actor_ok(get(g, "actor1"), get(p, "actor1")),
        actor_ok(get(g, "actor2"), get(p, "actor2")),
    );
    if get(g, "bilateral") == &Value::Bool(true) && !(a1 && a2) {
        let (s1, s2) = (
            actor_ok(get(g, "actor1"), get(p, "actor2")),
            actor_ok(get(g, "actor2"), get(p, "actor1")),
        );
        if (s1 as u8 + s2 as u8) > (a1 as u8 + a2 as u8) {
            return (s1, s2);
        }
    }
    (a1, a2)
}

fn prec_alt(g: &Value) -> Vec<Value> {
    g.get("precision_alt")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn pair_score(g: &Value, p: &Value) -> f64 {
    let (a1, a2) = actors_ok(g, p);
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    let mut s = 4.0 * b(location_ok(g, p))
        + 2.0 * b(a1)
        + b(a2)
        + 2.0 * b(date_ok(get(g, "date"), get(p, "date"), &prec_alt(g)));
    s += b(get(p, "kind") == &g["kind"]);
    s += 0.5 * b(get(g, "fatalities") == get(p, "fatalities"));
    s += if get(g, "optional") == &Value::Bool(true) {
        0.0
    } else {
        0.25
    };
    s
}

fn asserted(recs: &[Value]) -> Vec<&Value> {
    recs.iter()
        .filter(|r| *get(r, "modality") == "asserted" && get(r, "background") != &Value::Bool(true))
        .collect()
}

/// Record F1 and the field accuracies among matched records.
#[derive(Debug)]
struct DocScore {
    f1: f64,
    acc: [f64; 6],
}

fn score_docs(file: &str) -> DocScore {
    let gold = load(file);
    let analyzer = Analyzer::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut ok = [0usize; 6];
    let mut matched = 0usize;
    for g in &gold {
        let recs = predict(&analyzer, g);
        let prs = asserted(&recs);
        let grs = g["records"].as_array().expect("records");
        let mut pairs: Vec<(f64, usize, usize, usize)> = Vec::new();
        for (gi, gr) in grs.iter().enumerate() {
            for (pi, pr) in prs.iter().enumerate() {
                if kind_ok(gr, pr) {
                    pairs.push((-pair_score(gr, pr), gi.abs_diff(pi), gi, pi));
                }
            }
        }
        pairs.sort_by(|x, y| {
            x.0.total_cmp(&y.0)
                .then(x.1.cmp(&y.1))
                .then(x.2.cmp(&y.2))
                .then(x.3.cmp(&y.3))
        });
        let mut gm = vec![None; grs.len()];
        let mut pm = vec![false; prs.len()];
        for &(_, _, gi, pi) in &pairs {
            if gm[gi].is_none() && !pm[pi] {
                gm[gi] = Some(pi);
                pm[pi] = true;
            }
        }
        for (gi, gr) in grs.iter().enumerate() {
            let optional = get(gr, "optional") == &Value::Bool(true);
            let Some(pi) = gm[gi] else {
                if !optional {
                    fn_ += 1;
                }
                continue;
            };
            let pr = prs[pi];
            if !optional {
                tp += 1;
            }
            matched += 1;
            let (a1, a2) = actors_ok(gr, pr);
            let res = [
                date_ok(get(gr, "date"), get(pr, "date"), &prec_alt(gr)),
                a1,
                a2,
                location_ok(gr, pr),
                get(gr, "fatalities") == get(pr, "fatalities"),
                get(gr, "injured") == get(pr, "injured"),
            ];
            for (k, r) in res.iter().enumerate() {
                ok[k] += *r as usize;
            }
        }
        fp += pm.iter().filter(|m| !**m).count();
    }
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
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let acc = ok.map(|o| {
        if matched > 0 {
            o as f64 / matched as f64
        } else {
            0.0
        }
    });
    DocScore { f1, acc }
}

/// Date, fatalities and injured accuracy over single sentences.
fn score_sentences(file: &str) -> [f64; 3] {
    let gold = load(file);
    let analyzer = Analyzer::new();
    let mut ok = [0usize; 3];
    for g in &gold {
        let recs = predict(&analyzer, g);
        let r = recs
            .iter()
            .find(|r| get(r, "kind") == &g["kind"] && get(r, "background") != &Value::Bool(true))
            .or_else(|| asserted(&recs).into_iter().next());
        let Some(r) = r else { continue };
        let res = [
            date_ok(get(g, "event_date"), get(r, "date"), &[]),
            get(g, "fatalities") == get(r, "fatalities"),
            get(g, "injured") == get(r, "injured"),
        ];
        for (k, x) in res.iter().enumerate() {
            ok[k] += *x as usize;
        }
    }
    ok.map(|o| o as f64 / gold.len().max(1) as f64)
}

fn check(name: &str, got: f64, floor: f64) -> Option<String> {
    (got < floor).then(|| format!("{name}: {got:.3} < {floor:.3}"))
}

fn check_docs(file: &str, f1: f64, floors: [f64; 6]) {
    let s = score_docs(file);
    println!("{file}: {s:?}");
    let mut bad: Vec<String> = check("record F1", s.f1, f1).into_iter().collect();
    for (k, name) in FIELDS.iter().enumerate() {
        bad.extend(check(name, s.acc[k], floors[k]));
    }
    assert!(bad.is_empty(), "{file}: {bad:?} (all: {s:?})");
}

fn check_sentences(file: &str, floors: [f64; 3]) {
    let s = score_sentences(file);
    println!(
        "{file}: date {:.3} fatalities {:.3} injured {:.3}",
        s[0], s[1], s[2]
    );
    let bad: Vec<String> = ["date", "fatalities", "injured"]
        .iter()
        .enumerate()
        .filter_map(|(k, n)| check(n, s[k], floors[k]))
        .collect();
    assert!(bad.is_empty(), "{file}: {bad:?}");
}

#[test]
fn records_dev() {
    // Measured (records3, 2026-11-30, with the gold's new alternatives for places and the
    // Sudanese army now in the gazetteer): F1 0.899; date 0.968, actor1 0.839, actor2 0.710,
    // location 0.935, fatalities 0.968, injured 1.000 (32 gold records, 37 predicted). Before
    // (first records session): F1 0.842; 0.875, 0.781, 0.719, 0.719, 0.906, 0.938. With the
    // events work of the same day merged (gapped triggers, new classes): F1 0.912, location
    // 0.903 (one place lost to a changed event), the rest unchanged. records4 (one event, one
    // record; commenters, genitives, duals): F1 0.984; date 1.000, actor1 0.871, actor2 0.774,
    // location 0.903, fatalities 0.968, injured 1.000 (32 predicted). records5 (anaphors,
    // the patient further on, the unit in a person's title, pronouns on event nouns, a
    // spokesman's own units): actor1 0.903, actor2 0.903, the rest unchanged. records6 (the
    // body's target replaces the headline's, allies joined by و): F1 1.000 (the missed clash
    // of rec-dev-06 found, 32 matched); actor1 0.906, actor2 0.906, location 0.875 (28 right
    // as before, of one more matched), fatalities 1.000, injured 1.000.
    check_docs(
        "records_dev.jsonl",
        0.97,
        [0.96, 0.90, 0.90, 0.87, 0.97, 0.97],
    );
}

#[test]
fn records_heldout() {
    // Measured once at the end of each session, never tuned on. records3 (2026-11-30): F1
    // 0.899; date 0.906, actor1 0.688, actor2 0.719, location 0.719, fatalities 0.875,
    // injured 0.906 (31 gold records + 1 optional; the Geneva records now also accept
    // `geneva`). First session: F1 0.849; 0.812, 0.656, 0.688, 0.719, 0.875, 0.812. Still under
    // issue 10's targets on actors, location and fatalities: the floors hold what is reached.
    // records4 (end of session, totals only): F1 0.912 (P 0.838, R 1.000); date 0.906, actor1
    // 0.688, actor2 0.719, location 0.750, fatalities 0.875, injured 0.906. records5 (totals
    // only): actor2 0.781 (soldiers counted by a toll are victims), the rest unchanged.
    // records6 (totals only, never read): injured 0.938, the rest unchanged.
    // Fourteenth session (totals only, never read): F1 0.909 → 0.923 (precision 0.857 →
    // 0.882: one event told twice now one record), fields unchanged.
    check_docs(
        "records_heldout.jsonl",
        0.90,
        [0.88, 0.66, 0.77, 0.69, 0.85, 0.88],
    );
}

#[test]
fn sentences_dev() {
    // Measured (records3): date 0.983, fatalities 0.967, injured 0.983 (60 sentences).
    check_sentences("sentences_dev.jsonl", [0.96, 0.94, 0.96]);
}

#[test]
fn sentences_heldout() {
    // Measured once at the end of each session, never tuned on. records3: date 0.917,
    // fatalities 0.817, injured 0.883 (60 sentences). First session: 0.917, 0.783, 0.883.
    // records6 (totals only): fatalities 0.833.
    check_sentences("sentences_heldout.jsonl", [0.89, 0.81, 0.86]);
}

#[test]
fn records_dev3() {
    // The third gold (`records_dev3.jsonl`, 8 documents, 24 records + 2 optional), written
    // by another gold writer before the crate ran on it. First seen (scored once, before any
    // change for it): F1 0.727; date 0.958, actor1 0.750, actor2 0.583, location 0.917,
    // fatalities 0.833, injured 0.833. Tuned on since: F1 0.941; date 0.958, actor1 0.875,
    // actor2 0.667, location 1.000, fatalities 0.958, injured 0.917. records4: F1 1.000; date
    // 0.958, actor1 0.917, actor2 0.708, location 1.000, fatalities 0.958, injured 1.000.
    // records5 (anaphors `الكتائب`, `السرايا`, `الجيش`; officers named by rank): actor1 0.958,
    // actor2 0.792.
    // s30 (rec33): F1 0.979 → 1.000; the killing of the apparatus head inside the camp, merged
    // into the Abu Salim clash before (missed), is its own record now, with 1 of its 4 dead
    // (the three guards of the exchange of fire `داخل المعسكر` still go to the clash, whose
    // figure was already short): fatalities 22/23 → 22/24 (0.957 → 0.917), floor 0.93 → 0.91.
    check_docs(
        "records_dev3.jsonl",
        0.97,
        [0.93, 0.95, 0.78, 0.98, 0.91, 0.97],
    );
}

#[test]
fn sentences_dev3() {
    // First seen: date 0.900, fatalities 0.833, injured 0.933 (60 sentences). Tuned on
    // since: date 0.950, fatalities 0.933, injured 0.950.
    check_sentences("sentences_dev3.jsonl", [0.93, 0.91, 0.93]);
}

#[test]
fn records_heldout3() {
    // The third gold's held-out twin (`records_heldout3.jsonl`, 8 documents, 22 records + 3
    // optional), never tuned on. Scored once unseen on the morning's crate: F1 0.702; date
    // 0.826, actor1 0.696, actor2 0.522, location 0.913, fatalities 0.739, injured 0.783. At
    // the end of the day (records, events and gazetteer work merged): F1 0.741; date 0.870,
    // actor1 0.652, actor2 0.609, location 0.913, fatalities 0.783, injured 0.870. Precision
    // (0.625) is what holds the F1 down: too many records for what the articles tell.
    // records4 (back-references, series and sites of events as context, feared events, toll
    // dates, agreements with their ceasefire): F1 0.764; date 0.913, actor1 0.696, actor2
    // 0.565, location 0.913, fatalities 0.739, injured 0.913 (23 matched as before, one
    // pairing changed when a back-reference stopped lending its clause's place: the floors
    // of actor2 and fatalities follow that one record, the others rise). Then with subjects
    // of comment and accusation verbs kept out of the sides (`وصف X الهجوم`, `حمّلت X Y
    // المسؤولية`): F1 0.778 (records_heldout 0.899 → 0.912), actor1 0.652 (one record). End
    // of records4 (genitives, duals and the rest): F1 0.778; date 0.913, actor1 0.696, actor2
    // 0.652, location 0.913, fatalities 0.739, injured 0.913. Fatalities is the one field
    // below the session's start (0.783): its floor follows it. records5 (totals only, never
    // read): F1 0.792, actor1 0.696, actor2 0.696, the rest unchanged.
    // records6 (totals only, never read): unchanged.
    // Fourteenth session (totals only, never read): F1 0.840 → 0.857 (precision 0.750 →
    // 0.778), fields unchanged. Twenty-sixth session (totals only, never read; ent27's
    // localities): date 0.909 → 0.955, fatalities 0.818 → 0.864.
    check_docs(
        "records_heldout3.jsonl",
        0.83,
        [0.93, 0.67, 0.67, 0.89, 0.84, 0.89],
    );
}

#[test]
fn sentences_heldout3() {
    // Never tuned on. Morning: date 0.950, fatalities 0.833, injured 0.900; end of the day:
    // 0.983, 0.867, 0.917 (60 sentences).
    // records6 (totals only): 0.983, 0.883, 0.917.
    check_sentences("sentences_heldout3.jsonl", [0.96, 0.84, 0.89]);
}

#[test]
fn records_dev4() {
    // records4's own dev gold (`records_dev4.jsonl`, 5 documents, 8 records + 1 optional),
    // labelled before the crate ran on it: the same event told twice (headline and lead, a
    // toll after the clash, back-references, a toll from a ministry, conflicting tolls) and
    // background context. First seen: F1 0.889; date 1.000, actor1 0.625, actor2 0.875,
    // location 1.000, fatalities 0.875, injured 1.000. Tuned on since (records4): F1 1.000,
    // every field 1.000.
    check_docs(
        "records_dev4.jsonl",
        0.97,
        [0.97, 0.97, 0.97, 0.97, 0.97, 0.97],
    );
}

#[test]
fn records_dev5() {
    // records5's dev gold (`records_dev5.jsonl`, 10 documents, 24 records + 13 optional),
    // labelled before the crate ran on it, rich in role structures: VSO subjects, passives
    // with من قبل, targets, the arrested and the abducted, victims, claimed attacks, clashes
    // between two named sides, anaphors (التنظيم، القوات، الميليشيا), generic actors,
    // allies, reporters, and a spokesman telling the other side's attack. First seen: F1
    // 0.833; date 0.923, actor1 0.654, actor2 0.654, location 0.923, fatalities 0.962,
    // injured 0.962. Tuned on since (records5): the floors hold what is reached.
    check_docs(
        "records_dev5.jsonl",
        0.83,
        [0.92, 0.92, 0.92, 0.92, 0.96, 0.96],
    );
}

#[test]
fn records_heldout4() {
    // The fourth round (`records_heldout4.jsonl`, 12 dated articles, 35 records + 7 optional;
    // `RECORDS4_README.md`), never tuned on. Scored once unseen at the start of the day's last
    // session: F1 0.810; date 0.971, actor1 0.514, actor2 0.371, location 0.886, fatalities
    // 0.857, injured 0.971. At its end (records4 and records5 merged; records5 ran the scorer
    // on it for totals only): F1 0.821; date 0.944, actor1 0.611, actor2 0.500, location 0.917,
    // fatalities 0.889, injured 0.972. records6 (totals only, never read): actor1 0.639,
    // fatalities 0.917, the rest unchanged. Fourteenth session (totals only, never read):
    // F1 0.805 → 0.831 (P 0.738 → 0.762, R 0.886 → 0.914); actor1 0.714, actor2 0.600.
    // Twenty-fifth session (actor27: counted soldiers and people whose death follows their
    // group are victims; totals only, never read): F1 0.838; date 0.971, actor1 0.765 →
    // 0.794, actor2 0.647 → 0.676, location 0.912, fatalities 0.941, injured 0.971.
    check_docs(
        "records_heldout4.jsonl",
        0.81,
        [0.95, 0.77, 0.65, 0.89, 0.92, 0.95],
    );
}

#[test]
fn sentences_heldout4() {
    // The fourth round's 80 dated single-event sentences, never tuned on. Unseen: date 0.912,
    // fatalities 0.800, injured 0.912; at the end of the day: 0.912, 0.812, 0.912.
    // records6 (totals only): 0.912, 0.875, 0.925.
    check_sentences("sentences_heldout4.jsonl", [0.89, 0.79, 0.89]);
}

#[test]
fn records_dev6() {
    // records6's dev gold (`records_dev6.jsonl`, 10 documents, 25 records + 4 optional;
    // `RECORDS6_README.md`), labelled before the crate ran on it: roles and counts as outlets
    // phrase them (accused sides, a spokesman of the victim side, agents after على يد, allies,
    // mutual accusations; number words in every case form, duals, vague and precise tolls).
    // First seen: F1 0.889; date 0.875, actor1 0.667, actor2 0.708, location 0.875,
    // fatalities 0.833, injured 0.958. Tuned on since (records6): F1 0.889; date 0.875,
    // actor1 0.833, actor2 0.875, location 0.875, fatalities 0.958, injured 0.958. Left: a
    // headline summing two events' dead, a kind the events give otherwise (an offensive for a
    // massacre of migrants), an abduction told `على خلفية` (context by the spec), US aircraft
    // as external forces, the `الحي رقم 3` of Sirte the gazetteer knows (the gold says Sirte).
    check_docs(
        "records_dev6.jsonl",
        0.88,
        [0.87, 0.83, 0.87, 0.87, 0.95, 0.95],
    );
}

#[test]
fn records_dev7() {
    // records7's dev gold (`records_dev7.jsonl`, 9 documents, 13 records + 3 optional;
    // `RECORDS7_README.md`), labelled before the crate ran on it: openings as real outlets
    // write them (headlines with a colon, long VSO sentences, forces `موالية لـ`, residents as
    // the target, a passive with no agent, attacks on positions and headquarters, a clash
    // told in the headline by a short form). First seen: F1 0.867; date 0.750, actor1 0.812,
    // actor2 0.500, location 0.938, fatalities 1.000, injured 1.000. Tuned on since
    // (records7): F1 0.929; date 0.812, actor1 1.000, actor2 0.812, location 0.938,
    // fatalities 1.000, injured 1.000.
    check_docs(
        "records_dev7.jsonl",
        0.92,
        [0.81, 0.93, 0.81, 0.93, 0.93, 0.93],
    );
}

#[test]
fn sentences_dev6() {
    // records6's 60 dated single-event sentences (`sentences_dev6.jsonl`), labelled before
    // the crate ran on them. First seen: date 0.983, fatalities 0.850, injured 0.917. Tuned on
    // since (records6): date 1.000, fatalities 0.933, injured 0.967.
    check_sentences("sentences_dev6.jsonl", [0.98, 0.93, 0.96]);
}
