//! Analyzes arbitrary text (bytes made UTF-8 lossily) and checks every span of the output.
#![no_main]
use libfuzzer_sys::fuzz_target;
use libya_nlp::Analyzer;
use serde_json::Value;
use std::sync::OnceLock;

static ANALYZER: OnceLock<Analyzer> = OnceLock::new();

/// Every object with `start`/`end` (and `char_start`/`char_end`, `text`) must be a valid span;
/// only events' entity references (`actors`, `locations`) may lack char offsets, and they must
/// name a mention.
fn check(text: &str, v: &Value, in_ref: bool) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e && e <= text.len(), "span {s}..{e} out of 0..{}", text.len());
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} not on char boundaries");
                if let Some(t) = m.get("text") {
                    assert_eq!(t.as_str().unwrap(), &text[s..e], "span text");
                }
                match (m.get("char_start"), m.get("char_end")) {
                    (Some(cs), Some(ce)) => {
                        let (cs, ce) = (cs.as_u64().unwrap() as usize, ce.as_u64().unwrap() as usize);
                        assert_eq!(cs, text[..s].chars().count(), "char_start");
                        assert_eq!(ce, text[..e].chars().count(), "char_end");
                    }
                    _ => assert!(in_ref, "a span without char offsets: {v}"),
                }
            }
            for (k, x) in m {
                check(text, x, k == "actors" || k == "locations");
            }
        }
        Value::Array(a) => a.iter().for_each(|x| check(text, x, in_ref)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = ANALYZER.get_or_init(Analyzer::new).analyze(&text);
    let v = serde_json::to_value(&a).unwrap();
    check(&text, &v, false);
    let key = |x: &Value| (x["id"].clone(), x["start"].as_u64(), x["end"].as_u64());
    let mentions: Vec<_> = v["entities"].as_array().unwrap().iter().map(key).collect();
    let sentences = v["sentences"].as_array().unwrap();
    for ev in v["events"].as_array().unwrap() {
        if let Some(i) = ev.get("sentence").and_then(Value::as_u64) {
            assert!((i as usize) < sentences.len(), "event sentence out of range");
        }
        for role in ["actors", "locations"] {
            for r in ev.get(role).and_then(Value::as_array).into_iter().flatten() {
                let i = r.as_u64().unwrap_or_else(|| panic!("{role} {r} is no index"));
                assert!((i as usize) < mentions.len(), "{role} {r} is no mention");
            }
        }
    }
});
