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
//! on stderr; the exit status is 1 if any document failed, 2 on a usage or output error.
//!
//! - `--jobs N` (`-j N`): worker threads (default: all cores).
//! - `--max-bytes SIZE`: documents (lines or files) over SIZE bytes (`64M`, `512K`, …) are
//!   errors and are skipped unread (default 64M).
//! - `--window N`: documents in flight between reader and writer (default 8 per job).
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
use std::io::{BufRead, BufReader, IsTerminal};
use std::process::ExitCode;

static SAMPLE: &str = include_str!("../data/sample.txt");

const USAGE: &str = "usage: annotate [--jsonl] [--jobs N] [--max-bytes SIZE] [--window N] \
                     [--progress|--no-progress] [--quiet] [--date YYYY-MM-DD] \
                     [--format json|acled] [FILE...]";

fn main() -> ExitCode {
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
                eprintln!("annotate: {name} needs a value\n{USAGE}");
                ExitCode::from(2)
            })
        };
        match flag.as_str() {
            "--jsonl" => config = config.jsonl(true),
            "--progress" => progress = Some(true),
            "--no-progress" => progress = Some(false),
            "-q" | "--quiet" => quiet = true,
            "-j" | "--jobs" | "--max-bytes" | "--window" => {
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
                    eprintln!("annotate: bad value for {flag}: {v}\n{USAGE}");
                    return ExitCode::from(2);
                };
                config = match flag.as_str() {
                    "--max-bytes" => config.max_bytes(n),
                    "--window" => config.window(n as usize),
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
                        eprintln!("annotate: bad value for {flag}: {v}\n{USAGE}");
                        return ExitCode::from(2);
                    }
                };
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--" => only_files = true,
            "-" => files.push(a),
            f if f.starts_with('-') => {
                eprintln!("annotate: unknown option {f}\n{USAGE}");
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
    let stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
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
                eprintln!("annotate: {summary}");
            }
            if summary.failed() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
        Err(e) => {
            eprintln!("annotate: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
