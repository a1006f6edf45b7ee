//! Property tests: whatever the text, the analyzer does not panic, every span it returns is
//! valid, and a document gives the same output alone, in a batch, single- or multi-threaded.

use libya_nlp::batch::{Batch, BatchConfig, Source};
use libya_nlp::{Analyzer, Gazetteer};
use once_cell::sync::Lazy;
use proptest::prelude::*;
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
                assert!(mentions.contains(&key(r)), "{role} {r} is no mention");
            }
        }
    }
    v
}

static ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::new);

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_is_safe(text in any::<String>()) {
        analyze_checked(&text);
    }

    #[test]
    fn arabic_like_text_is_safe(text in arabicish()) {
        analyze_checked(&text);
    }
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
            .map(|(i, t)| Batch::default().annotate(&json!(i), t))
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
                    want.push((n, Some(Batch::default().annotate(&id, t))));
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
