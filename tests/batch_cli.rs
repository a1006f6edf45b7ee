//! The `annotate` example as a program: exit status, stdout records, stderr messages.
//!
//! `cargo test` builds the examples next to the test binaries; when only this test was built
//! (`cargo test --test batch_cli`), the tests say so and pass without running the program.

use libya_nlp::batch::Batch;
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/batch");

fn annotate() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let bin = dir
        .join("examples")
        .join(format!("annotate{}", std::env::consts::EXE_SUFFIX));
    if bin.exists() {
        Some(bin)
    } else {
        eprintln!("{} not built: run the whole `cargo test`", bin.display());
        None
    }
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Option<Output> {
    let mut child = Command::new(annotate()?)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    Some(child.wait_with_output().unwrap())
}

fn lines(o: &Output) -> Vec<Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_with_bad_lines_fails_at_the_end() {
    let path = format!("{DIR}/mixed.jsonl");
    let Some(o) = run(
        &["--jsonl", "--jobs", "2", "--max-bytes", "64K", &path],
        None,
    ) else {
        return;
    };
    assert_eq!(o.status.code(), Some(1));
    let out = lines(&o);
    assert_eq!(out.len(), 12);
    assert_eq!(out.iter().filter(|v| v.get("error").is_some()).count(), 6);
    assert_eq!(out[11]["id"], "last");
    let err = String::from_utf8(o.stderr).unwrap();
    for n in [2, 6, 7, 9, 10, 11] {
        assert!(
            err.contains(&format!("{path}:{n}: ")),
            "no message for line {n}: {err}"
        );
    }
    assert!(err.contains("12 documents, 6 errors"), "{err}");
}

#[test]
fn stdin_jsonl_is_streamed() {
    let input = "{\"id\": \"a\", \"text\": \"في طرابلس\"}\n{\"id\": \"b\", \"text\": \"في سرت\"}\n";
    let Some(o) = run(&["--jsonl"], Some(input.as_bytes())) else {
        return;
    };
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    let b = Batch::default();
    assert_eq!(
        text,
        format!(
            "{}\n{}\n",
            b.annotate(&json!("a"), "في طرابلس"),
            b.annotate(&json!("b"), "في سرت")
        )
    );
}

#[test]
fn no_input_annotates_the_sample() {
    let Some(o) = run(&[], None) else { return };
    assert_eq!(o.status.code(), Some(0));
    let out = lines(&o);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["id"], "sample");
    assert!(!out[0]["entities"].as_array().unwrap().is_empty());
    let Some(o) = run(&[], Some(b"")) else { return };
    assert_eq!(lines(&o)[0]["id"], "sample");
}

#[test]
fn files_are_documents() {
    let good = format!("{DIR}/good_b.txt");
    let missing = format!("{DIR}/missing.txt");
    let Some(o) = run(&["-q", &good, &missing], None) else {
        return;
    };
    assert_eq!(o.status.code(), Some(1));
    let out = lines(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0]["id"], json!(good));
    assert_eq!(out[1]["error"]["kind"], "io");
    assert_eq!(out[1]["id"], json!(missing));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains(&missing) && !err.contains("documents"),
        "{err}"
    );
}

#[test]
fn usage_errors() {
    let Some(o) = run(&["--jobs"], None) else {
        return;
    };
    assert_eq!(o.status.code(), Some(2));
    let Some(o) = run(&["--max-bytes", "lots"], None) else {
        return;
    };
    assert_eq!(o.status.code(), Some(2));
    let Some(o) = run(&["--frobnicate"], None) else {
        return;
    };
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}
