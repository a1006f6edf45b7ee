//! Adversarial inputs found by a pass that tried to break the crate (issue 13): each case is
//! kept here as a named test. CLI cases live in `tests/batch_cli.rs`.

use libya_nlp::normalize::Normalizer;

/// Every assigned code point of the Arabic presentation-form blocks.
fn presentation_forms() -> impl Iterator<Item = char> {
    ('\u{FB50}'..='\u{FDFF}')
        .chain('\u{FE70}'..='\u{FEFF}')
        .filter(|c| !matches!(*c as u32, 0xFDD0..=0xFDEF))
}

#[test]
fn search_drops_isolated_mark_ligatures_without_spaces() {
    // U+FC5E–U+FC63: shadda ligatures whose compatibility decomposition is a space and marks.
    let n = Normalizer::search();
    let cases = [
        ("shadda dammatan between letters", "ب \u{FC5E} ب", "ب ب"),
        ("shadda kasra alone", "\u{FC62}", ""),
        ("shadda superscript alef glued", "ب\u{FC63}ب", "بب"),
        ("isolated fatha form", "ب \u{FE76} ب", "ب ب"),
        ("medial shadda tatweel form", "ب\u{FE7D}ب", "بب"),
    ];
    for (name, input, want) in cases {
        assert_eq!(n.normalize(input), want, "{name}");
    }
}

#[test]
fn search_and_display_are_idempotent_on_every_presentation_form() {
    for n in [Normalizer::search(), Normalizer::display()] {
        for c in presentation_forms() {
            for text in [
                c.to_string(),
                format!("ب{c}ب"),
                format!("ب {c} ب"),
                format!(" {c} "),
                format!("ة{c}ب"),
                format!("{c}{c}"),
            ] {
                let once = n.normalize(&text).into_owned();
                let twice = n.normalize(&once).into_owned();
                assert_eq!(
                    once,
                    twice,
                    "{:?} on U+{:04X} in {text:?}",
                    n.config(),
                    c as u32
                );
                assert!(
                    !once.contains("  ") && once.trim() == once,
                    "U+{:04X}: {once:?} from {text:?}",
                    c as u32
                );
            }
        }
    }
}

mod batch_input {
    use libya_nlp::batch::{Batch, BatchConfig, ErrorKind, ErrorRecord};
    use libya_nlp::Analyzer;
    use serde_json::Value;

    const ADV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/adversarial");

    fn run(name: &str) -> Vec<String> {
        let data = std::fs::read(format!("{ADV}/{name}")).unwrap();
        let batch = Batch::new(Analyzer::new(), BatchConfig::new().jsonl(true).jobs(2));
        let mut out = Vec::new();
        batch.run_reader(name, &data[..], &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn only_one_byte_order_mark_opens_a_source() {
        // Two BOMs and a form feed, then `not json`: the second U+FEFF is text, so the first
        // line is a document (not JSON) like the second.
        let lines = run("two_boms_form_feed.jsonl");
        assert_eq!(lines.len(), 2, "{lines:?}");
        for (n, l) in lines.iter().enumerate() {
            let e: ErrorRecord = serde_json::from_str(l).unwrap();
            assert_eq!(e.error.kind, ErrorKind::InvalidJson, "{l}");
            assert_eq!(e.error.line, Some(n as u64 + 1));
        }
    }

    #[test]
    fn ids_are_echoed_exactly_as_written() {
        let lines = run("exact_ids.jsonl");
        assert_eq!(lines.len(), 10);
        let want = [
            "18446744073709551616",
            "18446744073709551617",
            "1E2",
            "-0.0",
            "1.50",
            // White space between tokens goes (the record is one compact line).
            r#"{"a":[1e400,"\udc00"]}"#,
            r#""\ud83d\ude00""#,
            "null",
            r#"["a  b",1e2]"#,
        ];
        for (line, id) in lines.iter().zip(want) {
            assert!(
                line.starts_with(&format!("{{\"id\":{id},\"sentences\":")),
                "want id {id}: {line}"
            );
        }
        // Valid JSON whatever the unused members hold; the text's lone surrogate is U+FFFD.
        let v: Value = serde_json::from_str(&lines[6]).unwrap();
        assert_eq!(v["entities"][0]["id"], "derna");
        let last: ErrorRecord = serde_json::from_str(&lines[9]).unwrap();
        assert_eq!(last.error.kind, ErrorKind::MissingText);
    }
}

mod spans {
    use libya_nlp::normalize::is_diacritic;
    use libya_nlp::Analyzer;

    /// Every span of the analysis: inside its sentence, and not followed by a mark of its last
    /// letter.
    fn check(text: &str) {
        let a = Analyzer::new().analyze(text);
        let follows_mark = |end: usize| {
            text[end..]
                .chars()
                .next()
                .is_some_and(|c| is_diacritic(c) || c == '\u{0640}')
        };
        for s in &a.sentences {
            assert!(!follows_mark(s.end), "sentence {s:?} of {text:?}");
        }
        for m in &a.entities {
            assert!(
                !follows_mark(m.span.end),
                "mention {:?} of {text:?}",
                m.span
            );
            assert!(
                a.sentences
                    .iter()
                    .any(|s| s.start <= m.span.start && m.span.end <= s.end),
                "mention {:?} outside every sentence of {text:?}",
                m.span
            );
        }
        for e in &a.events {
            let s = a.sentences[e.sentence];
            assert!(
                s.start <= e.trigger.start && e.trigger.end <= s.end,
                "trigger {:?} outside its sentence {s:?} of {text:?}",
                e.trigger
            );
            assert!(
                !follows_mark(e.trigger.end),
                "trigger {:?} of {text:?}",
                e.trigger
            );
            for r in e.actors.iter().chain(&e.locations) {
                assert!(!follows_mark(r.end), "entity ref {r:?} of {text:?}");
            }
        }
    }

    #[test]
    fn a_trigger_ending_in_a_mark_stays_in_its_sentence() {
        let text = "وقف إطلاق النارِ";
        let a = Analyzer::new().analyze(text);
        assert_eq!(a.events[0].trigger.text, "وقف إطلاق النارِ");
        assert_eq!(a.sentences[0].end, text.len());
        check(text);
    }

    #[test]
    fn a_mention_keeps_the_marks_of_its_last_letter() {
        let cases = [
            ("fatha", "وصل إلى طرابلسَ", "طرابلسَ"),
            ("shadda and kasra", "في بنغازيِّ أمس", "بنغازيِّ"),
            ("tatweel and mark", "قوات حفتـرُ.", "حفتـرُ"),
        ];
        for (name, text, want) in cases {
            let a = Analyzer::new().analyze(text);
            assert_eq!(a.entities[0].span.text, want, "{name}");
            check(text);
        }
    }

    #[test]
    fn marks_after_every_word_end() {
        // Every word of a news sentence given a trailing mark (or two), at the end too.
        let base = "اندلعت اشتباكات عنيفة بين قوات حفتر وقوات الوفاق في طرابلس وقتل مدنيون في قصف على بنغازي. وقف إطلاق النار";
        for marks in [
            "\u{064E}",
            "\u{0651}\u{0650}",
            "\u{0640}\u{064F}",
            "\u{0652}",
        ] {
            let text: String = base
                .split(' ')
                .map(|w| {
                    let (w, dot) = w.strip_suffix('.').map_or((w, ""), |w| (w, "."));
                    format!("{w}{marks}{dot}")
                })
                .collect::<Vec<_>>()
                .join(" ");
            check(&text);
        }
    }
}

mod memory {
    use libya_nlp::batch::{Batch, BatchConfig, ErrorKind, ErrorRecord, Source};
    use libya_nlp::Analyzer;
    use serde_json::{json, Value};

    /// A sentence naming many entities next to triggers of several kinds: every event repeats
    /// every entity of the sentence.
    const DENSE: &str = "اشتبكت قوات حفتر مع قوات الوفاق في طرابلس وبنغازي ومصراتة وسرت وقصفت الطائرات درنة وأجدابيا وقتل عشرات في هجوم على الزاوية وغريان واعتقلت قوات الردع متظاهرين في سبها وأوباري وهاجم مسلحون مقر البعثة في تاجوراء وزليتن. ";

    #[test]
    fn the_bounded_analysis_is_the_analysis() {
        let a = Analyzer::new();
        let texts: Vec<String> = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/heldout.jsonl"
        ))
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
        let all = texts.join("\n");
        for t in texts.iter().chain([&all, &DENSE.repeat(20)]) {
            assert_eq!(a.analyze_within(t, None, usize::MAX).unwrap(), a.analyze(t));
        }
    }

    #[test]
    fn an_annotation_over_the_limit_is_an_error_record_and_the_run_goes_on() {
        let dense = DENSE.repeat(1000); // ~400 KB giving ~9x its size
        let input = [
            json!({"id": "before", "text": "في طرابلس"}),
            json!({"id": "dense", "text": dense}),
            json!({"id": "after", "text": "في سرت"}),
        ]
        .iter()
        .map(|v| v.to_string() + "\n")
        .collect::<String>();
        let batch = Batch::new(
            Analyzer::new(),
            BatchConfig::new().jsonl(true).jobs(2).max_output_ratio(2),
        );
        let mut out = Vec::new();
        let s = batch
            .run([Source::bytes("dense.jsonl", input)], &mut out)
            .unwrap();
        assert_eq!((s.documents, s.errors), (3, 1));
        let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
        let e: ErrorRecord = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(e.error.kind, ErrorKind::OutputTooLarge);
        assert_eq!(e.id, json!("dense"));
        assert_eq!(e.error.bytes, Some(dense.len() as u64));
        assert!(lines[1].len() < 1000);
        let after: Value = serde_json::from_str(lines[2]).unwrap();
        assert_eq!(after["entities"][0]["id"], "sirte");
        // With the default ratio the same document is annotated.
        let mut out = Vec::new();
        let line = json!({"id": "dense", "text": dense}).to_string();
        let s = Batch::new(Analyzer::new(), BatchConfig::new().jsonl(true))
            .run([Source::bytes("d", line)], &mut out)
            .unwrap();
        assert_eq!(s.errors, 0);
        assert!(out.len() > 2 * dense.len() + (1 << 20));
    }
}
