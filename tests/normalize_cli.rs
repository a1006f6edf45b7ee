//! The `normalize` example as a program: the same conventions as `annotate` (help on stdout
//! with 0, usage errors 2, a failed file reported and skipped with 1 at the end, empty input
//! empty output).
//!
//! `cargo test` builds the examples next to the test binaries; when only this test was built
//! (`cargo test --test normalize_cli`), the tests say so and pass without running the program.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn normalize() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let bin = dir
        .join("examples")
        .join(format!("normalize{}", std::env::consts::EXE_SUFFIX));
    if bin.exists() {
        Some(bin)
    } else {
        eprintln!("{} not built: run the whole `cargo test`", bin.display());
        None
    }
}

fn run(args: &[&str], stdin: &[u8]) -> Option<Output> {
    let mut child = Command::new(normalize()?)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A program that exits on a usage error reads nothing: the pipe may be closed.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    Some(child.wait_with_output().unwrap())
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("libya_nlp_normalize_cli_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn help_is_on_stdout_with_status_0() {
    for flag in ["--help", "-h"] {
        let Some(o) = run(&[flag], b"") else { return };
        assert_eq!(o.status.code(), Some(0), "{flag}");
        let out = String::from_utf8(o.stdout).unwrap();
        assert_eq!(out.matches("usage: normalize").count(), 1, "{out}");
        assert!(o.stderr.is_empty());
    }
}

#[test]
fn usage_errors_are_status_2() {
    let cases: [(&str, &[&str]); 4] = [
        ("unknown flag", &["--frobnicate"]),
        ("missing value", &["--preset"]),
        ("unknown preset", &["--preset", "nfkc"]),
        ("value to a switch", &["--stem=yes"]),
    ];
    for (name, args) in cases {
        let Some(o) = run(args, b"x") else { return };
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(o.stdout.is_empty(), "{name}");
        assert!(!o.stderr.is_empty(), "{name}");
    }
}

#[test]
fn empty_input_is_empty_output() {
    let Some(o) = run(&[], b"") else { return };
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_missing_file_does_not_stop_the_others() {
    let a = tmp("a.txt", "الجيش الوطنى\n".as_bytes());
    let b = tmp("b.txt", "ليبيا\n".as_bytes());
    let Some(o) = run(&[&a, "/nonexistent/missing.txt", &b], b"") else {
        return;
    };
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "الجيش الوطني\nليبيا\n"
    );
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("missing.txt"), "{err}");
}

#[test]
fn a_bad_byte_is_replaced_and_reported() {
    let mut bytes = "سطر أول\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"ab\xffcd\n");
    bytes.extend_from_slice("ليبيا\n".as_bytes());
    let bad = tmp("bad.txt", &bytes);
    let Some(o) = run(&["--preset=display", &bad, "-"], "طرابلس\n".as_bytes()) else {
        return;
    };
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert_eq!(lines[1], "ab\u{fffd}cd");
    assert_eq!(lines[3], "طرابلس");
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("bad.txt") && err.contains("byte offset 16"),
        "{err}"
    );
}

#[test]
fn jobs_do_not_change_the_output() {
    // Over the 1 MiB under which one thread does it all, with every kind of line end.
    let line = "قالَ المتحدثُ باسم «الجيش»: إنّ الاشتباكات في طرابلس توقفت";
    let ends = ["\n", "\r\n", "\r", "\n\n", "\r\r\n"];
    let mut text = String::new();
    let mut i = 0;
    while text.len() < (3 << 20) / 2 {
        text.push_str(line);
        text.push_str(ends[i % ends.len()]);
        i += 1;
    }
    text.push_str("آخر سطر بلا نهاية");
    for preset in ["search", "lucene", "camel", "display"] {
        let Some(one) = run(&["--preset", preset, "--jobs", "1"], text.as_bytes()) else {
            return;
        };
        assert!(one.status.success());
        for jobs in ["0", "2", "3", "8"] {
            let many = run(&["--preset", preset, "--jobs", jobs], text.as_bytes()).unwrap();
            assert!(many.status.success());
            assert!(one.stdout == many.stdout, "{preset} with {jobs} jobs");
        }
    }
    // 0 is all cores (as for `annotate`); what is not a number is a usage error.
    let bad = run(&["--jobs", "many"], b"").unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
