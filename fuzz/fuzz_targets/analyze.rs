//! Analyzes arbitrary text (bytes made UTF-8 lossily) and checks every span of the output.
#![no_main]
use libfuzzer_sys::fuzz_target;
use libya_nlp::Analyzer;
use serde_json::Value;
use std::sync::OnceLock;

static ANALYZER: OnceLock<Analyzer> = OnceLock::new();

/// Every object with `start`/`end` (and `char_start`/`char_end`, `text`) must be a valid span.
fn check(text: &str, v: &Value) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e && e <= text.len(), "span {s}..{e} out of 0..{}", text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} not on char boundaries");
                if let Some(t) = m.get("text") {
                    assert_eq!(t.as_str().unwrap(), &text[s..e], "span text");
                }
                let cs = m["char_start"].as_u64().unwrap() as usize;
                let ce = m["char_end"].as_u64().unwrap() as usize;
                assert_eq!(cs, text[..s].chars().count(), "char_start");
                assert_eq!(ce, text[..e].chars().count(), "char_end");
            }
            m.values().for_each(|x| check(text, x));
        }
        Value::Array(a) => a.iter().for_each(|x| check(text, x)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = ANALYZER.get_or_init(Analyzer::new).analyze(&text);
    let v = serde_json::to_value(&a).unwrap();
    check(&text, &v);
});
