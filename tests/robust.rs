//! Property tests: whatever the text, the analyzer does not panic, every span it returns is
//! valid, and a document gives the same output alone, in a batch, single- or multi-threaded.

use libya_nlp::batch::{Batch, BatchConfig, Source};
use libya_nlp::{Analyzer, Gazetteer};
use once_cell::sync::Lazy;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

/// Checks every object of the output that has `start`/`end`: in bounds, on char boundaries,
/// `text` equal to the original slice, char offsets present and consistent with the byte
/// offsets; [`analyze_checked`] also checks that the entity references of events point at
/// mentions.
fn check_spans(text: &str, v: &Value, path: &str) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let s = s.as_u64().unwrap() as usize;
                let e = e.as_u64().unwrap() as usize;
                assert!(
                    s <= e && e <= text.len(),
                    "{path}: {s}..{e} out of 0..{}",
                    text.len()
                );
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "{path}: {s}..{e} not on char boundaries"
                );
                if let Some(t) = m.get("text") {
                    assert_eq!(t.as_str().unwrap(), &text[s..e], "{path}: text");
                }
                match (m.get("char_start"), m.get("char_end")) {
                    (Some(cs), Some(ce)) => {
                        let (cs, ce) =
                            (cs.as_u64().unwrap() as usize, ce.as_u64().unwrap() as usize);
                        assert_eq!(cs, text[..s].chars().count(), "{path}: char_start");
                        assert_eq!(ce, text[..e].chars().count(), "{path}: char_end");
                    }
                    _ => panic!("{path}: a span without char offsets"),
                }
            }
            for (k, x) in m {
                check_spans(text, x, &format!("{path}.{k}"));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_spans(text, x, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

fn analyze_checked(text: &str) -> Value {
    let v = serde_json::to_value(ANALYZER.analyze(text)).unwrap();
    check_spans(text, &v, "");
    // Sentences are in order and do not overlap.
    let sents = v["sentences"].as_array().unwrap();
    for w in sents.windows(2) {
        assert!(
            w[0]["end"].as_u64() <= w[1]["start"].as_u64(),
            "sentences overlap"
        );
    }
    // Events point at real sentences and mentions, and their triggers lie in their sentence.
    let key = |x: &Value| (x["id"].clone(), x["start"].as_u64(), x["end"].as_u64());
    let mentions: Vec<_> = v["entities"].as_array().unwrap().iter().map(key).collect();
    for ev in v["events"].as_array().unwrap() {
        let Some(i) = ev.get("sentence").and_then(Value::as_u64) else {
            continue;
        };
        let sent = &sents[i as usize];
        if let Some(t) = ev.get("trigger") {
            assert!(
                sent["start"].as_u64() <= t["start"].as_u64(),
                "trigger before its sentence"
            );
            assert!(
                t["end"].as_u64() <= sent["end"].as_u64(),
                "trigger after its sentence"
            );
        }
        for role in ["actors", "locations"] {
            for r in ev.get(role).and_then(Value::as_array).into_iter().flatten() {
                // An index into `entities` (the JSON form of `Analysis`).
                let i = r
                    .as_u64()
                    .unwrap_or_else(|| panic!("{role} {r} is no index"));
                assert!((i as usize) < mentions.len(), "{role} {r} is no mention");
            }
        }
    }
    v
}

static ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::new);

/// The output line a batch run should write for a good document, made without the batch code
/// (no `Batch`, no `Record`): the document's `Analysis` serialized on its own, with the id
/// spliced in front.
fn oracle(id: &Value, text: &str) -> String {
    let analysis = serde_json::to_string(&ANALYZER.analyze(text)).unwrap();
    let body = analysis.strip_prefix('{').expect("an object");
    let id = serde_json::to_string(id).unwrap();
    if body == "}" {
        format!("{{\"id\":{id}}}")
    } else {
        format!("{{\"id\":{id},{body}")
    }
}

/// Names of the bundled gazetteer (English ones included), ambiguous names, cues, titles and
/// blocking words.
static ALIASES: Lazy<Vec<String>> = Lazy::new(|| {
    let mut v: Vec<String> = Vec::new();
    for e in Gazetteer::libya().entities() {
        v.push(e.arabic.clone());
        v.push(e.english.clone());
        for list in [
            &e.aliases,
            &e.ambiguous,
            &e.cues,
            &e.titles,
            &e.block_before,
            &e.block_after,
        ] {
            v.extend(list.iter().cloned());
        }
    }
    v.retain(|s| !s.is_empty());
    v.sort();
    v.dedup();
    assert!(v.len() > 50, "gazetteer aliases: {}", v.len());
    v
});

/// Event words of the bundled lexicon: trigger patterns (read by column name, any row that
/// cannot be read skipped), modality cues, blockers and context words, plus a few triggers
/// that need no context.
static EVENT_WORDS: Lazy<Vec<String>> = Lazy::new(|| {
    let column = |text: &str, name: &str| -> Vec<String> {
        let mut lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let Some(i) = lines
            .next()
            .and_then(|h| h.split('\t').position(|c| c.trim() == name))
        else {
            return Vec::new();
        };
        lines
            .filter_map(|l| l.split('\t').nth(i))
            .map(|x| x.trim().trim_end_matches('*').trim().to_string())
            .filter(|x| !x.is_empty())
            .collect()
    };
    let mut v = column(include_str!("../data/events/triggers.tsv"), "pattern");
    v.extend(column(include_str!("../data/events/cues.tsv"), "cue"));
    v.extend(column(include_str!("../data/events/blockers.tsv"), "block"));
    v.extend(column(
        include_str!("../data/events/contexts.tsv"),
        "pattern",
    ));
    v.extend(["اشتباكات", "وقف إطلاق النار", "مفاوضات", "غارات", "هدنة"].map(String::from));
    v
});

const CLITICS: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فب", "وب",
];
const CONTROLS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{200D}', '\u{200C}', '\u{FEFF}', '\u{061C}', '\u{00AD}',
    '\u{0000}', '\u{001B}',
];
const PUNCT: &[&str] = &[
    ".", "،", "؛", "؟", "!", ":", "\"", "«", "»", "(", ")", "\n", "\r\n", " ", "  ", "\t", "...",
    "-", "/", "٪", "۔", "\u{00A0}", "\u{2029}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        // Arabic letters (hamza forms, alef maqsura, ta marbuta, Persian/Urdu letters).
        4 => prop::collection::vec(
            prop_oneof![0x0621u32..=0x064A, 0x0671u32..=0x06D3],
            1..6
        )
        .prop_map(|cs| cs.into_iter().filter_map(char::from_u32).collect()),
        // Marks, shadda, superscript alef, tatweel.
        2 => prop::collection::vec(
            prop_oneof![0x064Bu32..=0x065F, Just(0x0670u32), Just(0x0640u32), 0x06D6u32..=0x06ED],
            1..4
        )
        .prop_map(|cs| cs.into_iter().filter_map(char::from_u32).collect()),
        2 => prop::sample::select(CLITICS).prop_map(String::from),
        4 => any::<prop::sample::Index>().prop_map(|i| ALIASES[i.index(ALIASES.len())].clone()),
        4 => any::<prop::sample::Index>().prop_map(|i| EVENT_WORDS[i.index(EVENT_WORDS.len())].clone()),
        1 => prop::sample::select(CONTROLS).prop_map(String::from),
        1 => prop_oneof![0x30u32..=0x39, 0x0660u32..=0x0669, 0x06F0u32..=0x06F9]
            .prop_map(|c| char::from_u32(c).unwrap().to_string()),
        3 => prop::sample::select(PUNCT).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Arabic-like text: pieces glued together, sometimes with spaces.
fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), any::<bool>()), 0..40).prop_map(|ps| {
        let mut s = String::new();
        for (p, space) in ps {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn batch_lines(docs: &[String], jobs: usize, window: usize) -> Vec<String> {
    let input: String = docs
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::to_string(&json!({"id": i, "text": t})).unwrap() + "\n")
        .collect();
    let batch = Batch::new(
        ANALYZER.clone(),
        BatchConfig::new().jsonl(true).jobs(jobs).window(window),
    );
    let mut out = Vec::new();
    let s = batch.run([Source::bytes("p", input)], &mut out).unwrap();
    assert_eq!((s.documents, s.errors), (docs.len() as u64, 0));
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// Cases per property: quick by default, `LIBYA_NLP_SLOW=1` for a long run.
fn cases(quick: u32) -> u32 {
    if std::env::var_os("LIBYA_NLP_SLOW").is_some() {
        quick * 16
    } else {
        quick
    }
}

/// Runs `analyze_checked` over `n` texts of `strategy`; returns the share of texts with a
/// mention and with an event.
fn hit_rates(strategy: impl Strategy<Value = String>, n: u32) -> (f64, f64) {
    let mut runner = runner(n);
    let hits = std::cell::Cell::new((0usize, 0usize, 0usize));
    runner
        .run(&strategy, |text| {
            let v = analyze_checked(&text);
            let (c, m, e) = hits.get();
            let some = |k: &str| usize::from(!v[k].as_array().unwrap().is_empty());
            hits.set((c + 1, m + some("entities"), e + some("events")));
            Ok(())
        })
        .unwrap();
    let (c, m, e) = hits.get();
    (m as f64 / c as f64, e as f64 / c as f64)
}

/// Texts that once failed (proptest seeds, kept as named cases): `name<TAB>"JSON string"`.
#[test]
fn regressions() {
    for line in include_str!("data/regressions/robust.tsv").lines() {
        let Some((name, json)) = line.split_once('\t') else {
            continue;
        };
        if name.starts_with('#') {
            continue;
        }
        let text: String = serde_json::from_str(json).unwrap();
        let v = analyze_checked(&text);
        assert!(v["sentences"].as_array().is_some(), "{name}");
    }
}

/// Arbitrary Unicode: no panic, valid spans (this input rarely names anything).
#[test]
fn any_unicode_is_safe() {
    let (m, e) = hit_rates(any::<String>(), cases(256));
    eprintln!("any unicode: {m:.2} with mentions, {e:.2} with events");
}

/// Arbitrary Unicode around gazetteer names and event words.
#[test]
fn unicode_around_names_and_triggers_is_safe() {
    let strategy = prop::collection::vec(
        (
            any::<String>().prop_map(|s| s.chars().take(8).collect::<String>()),
            prop_oneof![
                any::<prop::sample::Index>().prop_map(|i| ALIASES[i.index(ALIASES.len())].clone()),
                any::<prop::sample::Index>()
                    .prop_map(|i| EVENT_WORDS[i.index(EVENT_WORDS.len())].clone()),
            ],
        ),
        0..10,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(a, b)| format!("{a} {b} "))
            .collect::<String>()
    });
    let (m, e) = hit_rates(strategy, cases(256));
    eprintln!("unicode around names: {m:.2} with mentions, {e:.2} with events");
    assert!(m >= 0.5, "only {m:.2} of the cases reach a mention");
    assert!(e >= 0.25, "only {e:.2} of the cases reach an event");
}

#[test]
fn arabic_like_text_is_safe() {
    let (m, e) = hit_rates(arabicish(), cases(256));
    eprintln!("arabic-like text: {m:.2} with mentions, {e:.2} with events");
    assert!(m >= 0.5, "only {m:.2} of the cases reach a mention");
    assert!(e >= 0.25, "only {e:.2} of the cases reach an event");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn batch_output_is_the_output_alone(
        docs in prop::collection::vec(prop_oneof![arabicish(), any::<String>()], 1..8),
        window in 1usize..5,
    ) {
        let alone: Vec<String> = docs
            .iter()
            .enumerate()
            .map(|(i, t)| oracle(&json!(i), t))
            .collect();
        prop_assert_eq!(&batch_lines(&docs, 1, window), &alone);
        prop_assert_eq!(&batch_lines(&docs, 3, window), &alone);
    }
}

/// Long runs of one character and other degenerate shapes: still valid (and, being linear,
/// quick; timings are in `benches/scale.rs`).
#[test]
fn degenerate_texts_are_safe() {
    let n = 20_000;
    let cases: Vec<String> = vec![
        "\u{064E}".repeat(n),
        "\u{0640}".repeat(n),
        "ب".repeat(n),
        " ".repeat(n),
        ".".repeat(n),
        "\n".repeat(n),
        "\u{200F}".repeat(n),
        "ال".repeat(n),
        "و".repeat(n),
        "حفتر".repeat(n / 4),
        "حفتر ".repeat(n / 5),
        "بنغازي\u{0640}\u{064E}".repeat(n / 8),
        "و ".repeat(n / 2),
        "ليبيا. ".repeat(n / 7),
        "\"«(".repeat(n / 3),
        "١".repeat(n),
    ];
    for text in &cases {
        analyze_checked(text);
    }
}

/// One input line of a mixed JSONL stream.
#[derive(Debug, Clone)]
enum Line {
    /// A good document.
    Good(String),
    /// Arbitrary bytes without a newline: almost always a bad document, sometimes blank.
    Junk(Vec<u8>),
    /// A good document whose bytes are cut short or spoiled by one invalid byte.
    Spoiled(String, usize, bool),
}

fn line_strategy() -> impl Strategy<Value = Line> {
    prop_oneof![
        3 => arabicish().prop_map(Line::Good),
        2 => prop::collection::vec(any::<u8>().prop_filter("no newline", |&b| b != b'\n'), 0..40)
            .prop_map(Line::Junk),
        2 => (arabicish(), any::<usize>(), any::<bool>())
            .prop_map(|(t, at, cut)| Line::Spoiled(t, at, cut)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Bad lines anywhere among good ones: one record per non-blank line, in order, good ones
    /// exactly as alone, bad ones error records naming their line.
    #[test]
    fn bad_lines_do_not_disturb_good_ones(
        lines in prop::collection::vec(line_strategy(), 1..10),
        jobs in 1usize..4,
        window in 1usize..6,
    ) {
        let mut input = Vec::new();
        // (line number, expected good output, or None for an error record)
        let mut want: Vec<(usize, Option<String>)> = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let n = i + 1;
            let id = json!(format!("doc{n}"));
            let bytes = match l {
                Line::Good(t) => {
                    want.push((n, Some(oracle(&id, t))));
                    serde_json::to_vec(&json!({"id": id, "text": t})).unwrap()
                }
                Line::Junk(b) => {
                    // A byte order mark opening the input is skipped.
                    let seen = if n == 1 { b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b) } else { b };
                    let blank = seen.iter().all(|c| c.is_ascii_whitespace());
                    let parsed = std::str::from_utf8(seen).ok()
                        .and_then(|s| serde_json::from_str::<Value>(s).ok());
                    match parsed {
                        _ if blank => {}
                        Some(Value::Object(m)) if m.get("text").is_some_and(Value::is_string) => {
                            // Random bytes that happen to be a document: fine, just skip the case.
                            return Ok(());
                        }
                        _ => want.push((n, None)),
                    }
                    b.clone()
                }
                Line::Spoiled(t, at, cut) => {
                    let mut b = serde_json::to_vec(&json!({"id": id, "text": t})).unwrap();
                    let at = at % b.len();
                    if *cut {
                        b.truncate(at.max(1));
                    } else {
                        b.insert(at, 0xFF);
                    }
                    want.push((n, None));
                    b
                }
            };
            input.extend_from_slice(&bytes);
            input.push(b'\n');
        }
        let batch = Batch::new(
            ANALYZER.clone(),
            BatchConfig::new().jsonl(true).jobs(jobs).window(window),
        );
        let mut out = Vec::new();
        let s = batch.run([Source::bytes("m", input)], &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let got: Vec<&str> = out.lines().collect();
        prop_assert_eq!(got.len(), want.len());
        prop_assert_eq!(s.errors as usize, want.iter().filter(|w| w.1.is_none()).count());
        for (g, (n, w)) in got.iter().zip(&want) {
            match w {
                Some(good) => prop_assert_eq!(*g, good.as_str()),
                None => {
                    let v: Value = serde_json::from_str(g).unwrap();
                    prop_assert_eq!(&v["source"], &json!(format!("m:{n}")));
                    prop_assert!(v["error"]["kind"].is_string());
                }
            }
        }
    }
}

/// A runner of `cases` cases: from a fixed seed by default (hit rates are reproducible), from a
/// random one under `LIBYA_NLP_SLOW=1`.
fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("LIBYA_NLP_SLOW").is_some() {
        TestRunner::new(config)
    } else {
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    }
}
