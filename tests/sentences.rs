//! Sentence segmentation: news punctuation, headlines, bullets, numbers, abbreviations.

use libya_nlp::normalize::Normalizer;
use libya_nlp::sentences::{sentences, split};
use proptest::prelude::*;

/// The sentences of `text`, as original text.
fn parts(text: &str) -> Vec<String> {
    sentences(text).into_iter().map(|s| s.text).collect()
}

#[test]
fn table() {
    let cases: &[(&str, &[&str])] = &[
        // Full stop, question and exclamation marks (Arabic ؟ becomes ?).
        (
            "قصفت الطائرات درنة. واندلعت اشتباكات.",
            &["قصفت الطائرات درنة.", "واندلعت اشتباكات."],
        ),
        ("هل انتهت الحرب؟ لا!", &["هل انتهت الحرب؟", "لا!"]),
        ("ماذا بعد؟! لا أحد يعرف", &["ماذا بعد؟!", "لا أحد يعرف"]),
        // Two and three dots end a sentence before a space.
        (
            "المطاردة لم تنته.. سنطارد العدو",
            &["المطاردة لم تنته..", "سنطارد العدو"],
        ),
        ("وانتظروا... ثم هاجموا", &["وانتظروا...", "ثم هاجموا"]),
        // Decimals, addresses and Latin abbreviations do not.
        (
            "ارتفع المؤشر 2.5 بالمئة اليوم.",
            &["ارتفع المؤشر 2.5 بالمئة اليوم."],
        ),
        (
            "زوروا www.libya.ly للمزيد. شكرا",
            &["زوروا www.libya.ly للمزيد.", "شكرا"],
        ),
        (
            "قال Mr. Smith إن الوضع هادئ.",
            &["قال Mr. Smith إن الوضع هادئ."],
        ),
        ("أكدت U.S. دعمها للحوار.", &["أكدت U.S. دعمها للحوار."]),
        // A single letter before a dot abbreviates (د. for a doctor).
        (
            "وقال د. محمد إن الهدنة صامدة.",
            &["وقال د. محمد إن الهدنة صامدة."],
        ),
        // List numbers.
        (
            "1. وقف القتال\n2. تبادل الأسرى",
            &["1. وقف القتال", "2. تبادل الأسرى"],
        ),
        // Line breaks end headlines without punctuation.
        (
            "الجيش يحاصر درنة\nأكد المتحدث أن الجيش يتقدم.",
            &["الجيش يحاصر درنة", "أكد المتحدث أن الجيش يتقدم."],
        ),
        // Bullets, at a line start or run into one line.
        (
            "• اشتباكات في طرابلس • غارات على سرت",
            &["اشتباكات في طرابلس", "غارات على سرت"],
        ),
        ("- بند أول\n- بند ثان", &["بند أول", "بند ثان"]),
        // Closing quotes and brackets stay with their sentence.
        (
            "قال: \"انتهى الهجوم.\" ثم غادر.",
            &["قال: \"انتهى الهجوم.\"", "ثم غادر."],
        ),
        (
            "قال «انتهى الهجوم». ثم غادر.",
            &["قال «انتهى الهجوم».", "ثم غادر."],
        ),
        ("(انتهى الهجوم.) ثم غادر.", &["(انتهى الهجوم.)", "ثم غادر."]),
        // Nothing but punctuation or white space is no sentence.
        ("...", &[]),
        ("  \n\n • \n", &[]),
        ("", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(parts(text), *want, "{text}");
    }
}

#[test]
fn spans_point_into_the_original() {
    let text = "أعلنت البعثة الأمميّة عن هدنة؟ نعم.\nالجيش يتقدّم";
    let got = sentences(text);
    let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["أعلنت البعثة الأمميّة عن هدنة؟", "نعم.", "الجيش يتقدّم"]
    );
    for s in &got {
        assert_eq!(&text[s.start..s.end], s.text);
        let chars: String = text
            .chars()
            .skip(s.char_start)
            .take(s.char_end - s.char_start)
            .collect();
        assert_eq!(chars, s.text);
    }
}

#[test]
fn long_inputs_are_linear() {
    // Pathological shapes: one huge sentence, dots everywhere, bullets everywhere.
    let n = 200_000;
    let inputs = [
        "كلمة ".repeat(n),
        "1.".repeat(n),
        ". ".repeat(n),
        "• ".repeat(n),
        "a.b".repeat(n),
        "د. ".repeat(n),
    ];
    let t = std::time::Instant::now();
    for input in &inputs {
        let s = split(input);
        assert!(s.len() <= input.len());
    }
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn ranges_are_trimmed_ordered_and_disjoint(s in "[ \\n.?!•\"»()a-z0-9دةقصفجي،؟]{0,80}") {
        let norm = Normalizer::search().normalize(&s).into_owned();
        let ranges = split(&norm);
        let mut last = 0;
        for r in &ranges {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= norm.len());
            let t = &norm[r.clone()];
            prop_assert_eq!(t.trim(), t);
            prop_assert!(t.chars().any(char::is_alphanumeric));
            last = r.end;
        }
        for s in sentences(&s) {
            prop_assert!(s.start <= s.end);
        }
    }
}

#[test]
fn seed_documents_split_into_their_gold_sentences() {
    // The gold sentences of each seed document, joined as in the articles, split back into
    // themselves (less a leading bullet, which split trims).
    let gold = include_str!("data/seeds_gold.jsonl");
    let mut docs: Vec<(String, Vec<String>)> = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let doc = v["doc"].as_str().unwrap().to_string();
        let text = v["text"].as_str().unwrap().to_string();
        match docs.last_mut() {
            Some((d, s)) if *d == doc => s.push(text),
            _ => docs.push((doc, vec![text])),
        }
    }
    assert!(docs.len() >= 5);
    for (doc, want) in docs {
        // A sentence without final punctuation is a headline: its line ended there.
        let mut text = String::new();
        for s in &want {
            if !text.is_empty() {
                let ended = text
                    .trim_end_matches(['"', '»', ')'])
                    .ends_with(['.', '?', '!', '؟']);
                text.push(if ended { ' ' } else { '\n' });
            }
            text.push_str(s);
        }
        let got = parts(&text);
        let want: Vec<String> = want
            .iter()
            .map(|s| s.trim_start_matches(['•', ' ']).to_string())
            .collect();
        assert_eq!(got, want, "{doc}");
    }
}
