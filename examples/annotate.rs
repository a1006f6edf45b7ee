//! Annotate documents: entities, sentences and events as one JSON object per document.
//!
//! ```text
//! cargo run --release --example annotate -- [--jsonl] [--jobs N] [--max-bytes SIZE]
//!     [--window N] [--progress | --no-progress] [--date YYYY-MM-DD] [--format json|acled]
//!     [FILE...]
//! ```
//!
//! Each FILE, or stdin, is one document (its id the file name, `-` for stdin); with `--jsonl`
//! each non-blank input line is `{"id": …, "text": …}`. With no FILE and nothing on stdin, the
//! bundled sample article (id `sample`). Output: one line per document, in input order:
//! `{"id", "sentences", "entities", "events"}`, or for a bad document an error record
//! `{"id", "source", "error": {"kind", "message", …}}` (see `libya_nlp::batch`) and a message
//! on stderr.
//!
//! Exit status: 0 when every document was annotated; 1 if any document failed (its error
//! record is in the output); 2 on a usage error, or when the output cannot be written (stdout
//! closed, a full disk, any write error: the run is cancelled at once, with a message). A
//! reader that goes away (`annotate … | head`) is not an error: the run stops quietly with
//! status 0, as `head` asked for no more. Messages on stderr are never fatal: with stderr
//! closed the run goes on and only the status tells.
//!
//! - `--jobs N` (`-j N`): worker threads (default: all cores).
//! - `--max-bytes SIZE`: documents (lines or files) over SIZE bytes (`64M`, `512K`, …) are
//!   errors and are skipped unread (default 64M).
//! - `--window N`: documents in flight between reader and writer (default 8 per job).
//! - `--max-output-ratio N`: a document whose output line would be over N times its size
//!   (plus 1 MiB) is an `output_too_large` error record (default 48; 0: no limit). This bounds
//!   the memory one document can take.
//! - `--progress`: progress on stderr even when it is not a terminal; `--no-progress`: none.
//! - `--quiet` (`-q`): no summary line at the end.
//! - `--date YYYY-MM-DD`: the publication date of FILE and stdin documents (and of JSONL lines
//!   without a `date` member), against which `أمس`, `الخميس الماضي`… resolve. JSONL lines may
//!   carry their own: `{"id": …, "text": …, "date": "YYYY-MM-DD"}` (a date-time is truncated; a
//!   malformed one is an `invalid_date` error record).
//! - `--format acled`: ACLED CSV instead of JSON (a header row, then one row per asserted
//!   event record that is not background; see `libya_nlp::records::acled`).
use libya_nlp::batch::{parse_size, Batch, BatchConfig, OutputFormat, Source};
use libya_nlp::Analyzer;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::process::ExitCode;

/// Writes a message on stderr; a closed or broken stderr is ignored (never a panic).
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

static SAMPLE: &str = include_str!("../data/sample.txt");

const USAGE: &str = "usage: annotate [--jsonl] [--jobs N] [--max-bytes SIZE] [--window N] \
                     [--max-output-ratio N] [--progress|--no-progress] [--quiet] \
                     [--date YYYY-MM-DD] [--format json|acled] [FILE...]";

fn main() -> ExitCode {
    // Before anything opens a file (which could take descriptor 1 over).
    let stdout = match open_stdout() {
        Ok(out) => out,
        Err(e) => {
            say!("annotate: cannot write the output: {e}");
            return ExitCode::from(2);
        }
    };
    let mut config = BatchConfig::new().log_errors(true);
    let mut progress = None;
    let mut quiet = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    let mut only_files = false;
    while let Some(a) = args.next() {
        if only_files {
            files.push(a);
            continue;
        }
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ if a.starts_with("-j") && a.len() > 2 => ("-j".to_string(), Some(a[2..].to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, ExitCode> {
            inline.clone().or_else(|| args.next()).ok_or_else(|| {
                say!("annotate: {name} needs a value\n{USAGE}");
                ExitCode::from(2)
            })
        };
        match flag.as_str() {
            "--jsonl" => config = config.jsonl(true),
            "--progress" => progress = Some(true),
            "--no-progress" => progress = Some(false),
            "-q" | "--quiet" => quiet = true,
            "-j" | "--jobs" | "--max-bytes" | "--window" | "--max-output-ratio" => {
                let v = match value(&flag) {
                    Ok(v) => v,
                    Err(c) => return c,
                };
                let n = if flag == "--max-bytes" {
                    parse_size(&v)
                } else {
                    v.parse::<u64>().ok()
                };
                let Some(n) = n else {
                    say!("annotate: bad value for {flag}: {v}\n{USAGE}");
                    return ExitCode::from(2);
                };
                config = match flag.as_str() {
                    "--max-bytes" => config.max_bytes(n),
                    "--window" => config.window(n as usize),
                    "--max-output-ratio" => config.max_output_ratio(n),
                    _ => config.jobs(n as usize),
                };
            }
            "--date" | "--format" => {
                let v = match value(&flag) {
                    Ok(v) => v,
                    Err(c) => return c,
                };
                config = match (flag.as_str(), v.as_str()) {
                    ("--format", "json") => config.output(OutputFormat::Json),
                    ("--format", "acled") => config.output(OutputFormat::Acled),
                    ("--date", d) if d.parse::<libya_nlp::Date>().is_ok() => {
                        config.date(d.parse().ok())
                    }
                    _ => {
                        say!("annotate: bad value for {flag}: {v}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                };
            }
            "-h" | "--help" => {
                let mut out = stdout;
                return if writeln!(out, "{USAGE}").is_ok() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(2)
                };
            }
            "--" => only_files = true,
            "-" => files.push(a),
            f if f.starts_with('-') => {
                say!("annotate: unknown option {f}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(a),
        }
    }
    let config = config
        .progress(progress.unwrap_or_else(|| std::io::stderr().is_terminal()))
        .input_size(libya_nlp::batch::stdin_size());
    let jsonl = config.get_format() == libya_nlp::batch::InputFormat::Jsonl;
    let batch = Batch::new(Analyzer::new(), config);
    let stdout = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let result = if files.is_empty() {
        let stdin = std::io::stdin();
        let terminal = stdin.is_terminal();
        let mut reader = BufReader::with_capacity(1 << 16, stdin);
        let empty = terminal || reader.fill_buf().map_or(true, |b| b.is_empty());
        if empty && !jsonl {
            batch.run([Source::bytes("sample", SAMPLE)], stdout)
        } else if terminal {
            batch.run([], stdout)
        } else {
            batch.run_reader("-", reader, stdout)
        }
    } else {
        let sources = files.iter().map(|f| match f.as_str() {
            "-" => Source::Stdin,
            f => Source::path(f),
        });
        batch.run(sources, stdout)
    };
    match result {
        Ok(summary) => {
            if !quiet {
                say!("annotate: {summary}");
            }
            if summary.failed() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        // The reader of stdout went away (`| head`): it wanted no more.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say!("annotate: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}

/// Standard output as a file of its own, or an error when it is closed (`annotate >&-`).
///
/// A process started with descriptor 1 closed finds `/dev/null` there, opened read-write by
/// Rust's runtime, and everything written would vanish with status 0. On Linux that case is
/// recognised (descriptor 1 is `/dev/null` open for reading and writing, which no shell
/// redirection gives) and reported instead.
#[cfg(unix)]
fn open_stdout() -> std::io::Result<std::fs::File> {
    use std::os::fd::AsFd;
    if cfg!(target_os = "linux") && stdout_was_closed() {
        return Err(std::io::Error::other("standard output is closed"));
    }
    let fd = std::io::stdout().as_fd().try_clone_to_owned()?;
    Ok(std::fs::File::from(fd))
}

/// Linux: descriptor 1 is the `/dev/null` Rust's runtime opened (`O_RDWR`) in place of a
/// closed one.
#[cfg(unix)]
fn stdout_was_closed() -> bool {
    let null =
        std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == std::path::Path::new("/dev/null"));
    let rdwr = std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
        info.lines()
            .find_map(|l| l.strip_prefix("flags:"))
            .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2)
    });
    null && rdwr
}

#[cfg(not(unix))]
fn open_stdout() -> std::io::Result<std::io::Stdout> {
    Ok(std::io::stdout())
}
