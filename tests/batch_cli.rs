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
fn entity_info_is_on_request() {
    use libya_nlp::batch::BatchConfig;
    let input = "{\"id\": \"a\", \"text\": \"قصفت قوات حفتر مدينة درنة.\"}\n";
    let Some(o) = run(&["--jsonl", "-q", "--entity-info"], Some(input.as_bytes())) else {
        return;
    };
    assert_eq!(o.status.code(), Some(0));
    let full = Batch::new(Default::default(), BatchConfig::new().entity_info(true));
    let text = String::from_utf8(o.stdout.clone()).unwrap();
    assert_eq!(
        text,
        format!(
            "{}\n",
            full.annotate(&json!("a"), "قصفت قوات حفتر مدينة درنة.")
        )
    );
    let out = lines(&o);
    assert_eq!(out[0]["entity_info"]["derna"]["english"], "Derna");
    assert!(out[0]["entity_info"]["derna"]["lat"].is_f64());
    // Not by default.
    let Some(o) = run(&["--jsonl", "-q"], Some(input.as_bytes())) else {
        return;
    };
    assert!(lines(&o)[0].get("entity_info").is_none());
    let Some(o) = run(&["--help"], None) else {
        return;
    };
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("--entity-info"));
}

#[test]
fn empty_input_is_empty_output() {
    // Empty stdin is no document: no output, status 0 (the bundled sample needs `--sample`).
    for (name, args) in [("document", &[][..]), ("jsonl", &["--jsonl"][..])] {
        let Some(o) = run(args, None) else { return };
        assert_eq!(o.status.code(), Some(0), "{name}");
        assert!(o.stdout.is_empty(), "{name}");
        let Some(o) = run(args, Some(b"")) else {
            return;
        };
        assert_eq!(o.status.code(), Some(0), "{name}");
        assert!(o.stdout.is_empty(), "{name}");
    }
}

#[test]
fn sample_is_explicit() {
    let Some(o) = run(&["--sample"], Some(b"ignored")) else {
        return;
    };
    assert_eq!(o.status.code(), Some(0));
    let out = lines(&o);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0]["id"], "sample");
    assert!(!out[0]["entities"].as_array().unwrap().is_empty());
    let Some(o) = run(&["--sample", "x.txt"], None) else {
        return;
    };
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_is_on_stdout_with_status_0() {
    for flag in ["--help", "-h"] {
        let Some(o) = run(&[flag], None) else { return };
        assert_eq!(o.status.code(), Some(0), "{flag}");
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.contains("usage: annotate"), "{out}");
        assert_eq!(out.matches("usage:").count(), 1, "{out}");
        assert!(o.stderr.is_empty());
    }
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
    // The flags keep their forms: `-j4`, `--jobs=4`, `--date=…`.
    for args in [
        &["-j4", "--jsonl"][..],
        &["--jobs=4", "--jsonl"],
        &["--date=2019-04-05"],
    ] {
        let Some(o) = run(args, Some(b"")) else {
            return;
        };
        assert_eq!(o.status.code(), Some(0), "{args:?}");
    }
    for args in [
        &["--date", "yesterday"][..],
        &["--format", "xml"],
        &["--jobs", "-1"],
    ] {
        let Some(o) = run(args, None) else { return };
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
    }
}

// ---- Adversarial cases (issue 13): no hang, honest exit status. ----

const ADV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/adversarial");

/// Waits for `child` at most `secs` seconds; kills it and fails the test when it hangs.
fn wait_within(child: &mut std::process::Child, secs: u64, what: &str) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {secs} s (hang)");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Runs `script` under `sh -c` with `$0` the annotate program; stdout and stderr to files.
fn sh(script: &str, secs: u64) -> Option<(std::process::ExitStatus, String, String)> {
    let bin = annotate()?;
    let dir = tmp_dir();
    let (out, err) = (dir.join("stdout"), dir.join("stderr"));
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(&bin)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let status = wait_within(&mut child, secs, script);
    let read = |p: &PathBuf| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    Some((status, read(&out), read(&err)))
}

/// A fresh directory under the target directory.
fn tmp_dir() -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "libya-nlp-batch-cli-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `n` good JSONL documents in a file.
fn good_jsonl(n: usize) -> PathBuf {
    let path = tmp_dir().join("good.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..n {
        let line = json!({"id": i, "text": "وصل السراج إلى طرابلس يوم الخميس."});
        writeln!(f, "{line}").unwrap();
    }
    f.flush().unwrap();
    path
}

#[test]
fn closed_stderr_does_not_hang() {
    // Issue 13 finding 1: `annotate --jsonl numbers.jsonl 2>&1 >/dev/null | head -c1`.
    let Some(bin) = annotate() else { return };
    let mut child = Command::new(bin)
        .args(["--jsonl", "--jobs", "2", &format!("{ADV}/numbers.jsonl")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = child.stderr.take().unwrap();
    let mut one = [0u8; 1];
    std::io::Read::read_exact(&mut err, &mut one).unwrap();
    drop(err);
    let status = wait_within(&mut child, 10, "closed stderr");
    // Every line is a number, not a document: status 1, whatever happened to the messages.
    assert_eq!(status.code(), Some(1));
}

#[test]
fn thousands_of_jobs_are_capped_not_an_abort() {
    // Issue 13 finding 2: `(ulimit -v 4000000; annotate --jsonl --jobs 5000 big.jsonl)`. A
    // thread that starts but cannot allocate its signal stack aborts the process (the standard
    // library cannot report it), so the batch starts at most `MAX_JOBS` workers: the run
    // completes. Should a worker still fail to start, the run ends with status 2 and says so.
    let good = good_jsonl(200);
    let script = format!(
        "ulimit -v 4000000 && exec \"$0\" --jsonl --jobs 5000 {}",
        good.display()
    );
    let Some((status, out, err)) = sh(&script, 20) else {
        return;
    };
    match status.code() {
        Some(0) => assert_eq!(out.lines().count(), 200, "{err}"),
        Some(2) => {
            assert!(out.is_empty(), "{out}");
            assert!(err.contains("cannot start worker thread"), "{err}");
        }
        other => panic!("status {other:?}: {err}"),
    }
}

#[test]
fn closed_stdout_is_an_error() {
    // Issue 13 finding 8: `annotate >&-` wrote nothing and said 0. Recognised on Linux only.
    if !cfg!(target_os = "linux") {
        return;
    }
    let good = good_jsonl(10);
    let Some((status, _, err)) = sh(&format!("exec \"$0\" --jsonl {} >&-", good.display()), 10)
    else {
        return;
    };
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("standard output is closed"), "{err}");
}

#[test]
fn full_stdout_is_an_error() {
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    let good = good_jsonl(2000);
    let Some((status, _, err)) = sh(
        &format!("exec \"$0\" --jsonl {} >/dev/full", good.display()),
        10,
    ) else {
        return;
    };
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
}

#[test]
fn a_closed_pipe_downstream_ends_quietly() {
    let good = good_jsonl(3000);
    let Some(bin) = annotate() else { return };
    let mut child = Command::new(bin)
        .args(["--jsonl", "--jobs", "2", good.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut head = [0u8; 100];
    std::io::Read::read_exact(&mut out, &mut head).unwrap();
    drop(out);
    let status = wait_within(&mut child, 10, "closed pipe");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(!err.contains("cannot write"), "{err}");
}
