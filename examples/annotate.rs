//! Annotate documents: sentences, entities, events and event records as one JSON object per
//! document (or ACLED CSV rows).
//!
//! ```text
//! cargo run --release --example annotate -- [--jsonl] [--jobs N] [--max-bytes SIZE]
//!     [--window N] [--progress | --no-progress] [--date YYYY-MM-DD] [--format json|verbose|acled]
//!     [--entity-info] [--sample] [FILE...]
//! cargo install --path . --example annotate    # then: annotate [OPTIONS] [FILE...]
//! ```
//!
//! Each FILE, or stdin, is one document (its id the file name, `-` for stdin); with `--jsonl`
//! each non-blank input line is `{"id": …, "text": …}`. Empty input gives empty output
//! (status 0; with `--format acled`, the CSV header alone): an empty stdin is no document,
//! while an empty FILE is an empty document.
//! `--sample` annotates the bundled sample article (id `sample`) instead of any
//! input. Output: one line per document, in input order:
//! `{"id", "sentences", "entities", "events", "records"}` (`entity_info` too with
//! `--entity-info`, or when an entity is not the bundled gazetteer's), or for a bad
//! document an error record
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
//! - `--jobs N` (`-j N`): worker threads (default, or 0: all cores).
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
//! - `--sample`: annotate the bundled sample article (`data/sample.txt`) and read nothing.
//! - `--help` (`-h`): the help on stdout, status 0.
//! - `--entity-info`: each JSON line carries its whole entity table, `entity_info`: the kind,
//!   category, English and Arabic names and coordinates of every entity mentioned
//!   (`Analysis::with_entity_info`; the default form of 0.1.0). Without it, they are found
//!   by id in the bundled gazetteer (`Gazetteer::libya().entity(id)`, Python
//!   `libya_nlp.Gazetteer.libya().entity(id)`, `data/gazetteer.tsv`).
//! - `--format verbose`: JSON lines with every field of every mention, event and record written
//!   out (`Analysis::verbose`), about three times the size of the default compact form.
//! - `--format acled`: ACLED CSV instead of JSON (a header row, then one row per asserted
//!   event record that is not background; see `libya_nlp::records::acled`).
use libya_nlp::batch::{parse_size, Batch, BatchConfig, OutputFormat, Source};
use libya_nlp::Analyzer;
use std::io::{BufRead, BufReader, IsTerminal};
use std::process::ExitCode;

// The whole process allocates per document (mentions, events, records, the JSON line) on
// several threads; mimalloc does that in fewer instructions than glibc's malloc.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;

static SAMPLE: &str = include_str!("../data/sample.txt");

const USAGE: &str = "usage: annotate [--jsonl] [--jobs N] [--max-bytes SIZE] [--window N] \
                     [--max-output-ratio N] [--progress|--no-progress] [--quiet] \
                     [--date YYYY-MM-DD] [--format json|verbose|acled] [--entity-info] [--sample] \
                     [FILE...]";

const HELP: &str = "\
Annotates Arabic news: sentences, entities, events and event records as one JSON line per
document, in input order.

usage: annotate [OPTIONS] [FILE...]

  FILE                    a document (its id the file name); `-` or none: stdin
      --jsonl             each input line is {\"id\": …, \"text\": …[, \"date\": …]}
  -j, --jobs N            worker threads (default or 0: all cores)
      --max-bytes SIZE    documents over SIZE (64M, 512K…) are error records (default 64M)
      --window N          documents in flight (default 8 per job)
      --max-output-ratio N  an output over N × the input (+1 MiB) is an error record
                          (default 48; 0: no limit)
      --progress          progress on stderr even when it is not a terminal
      --no-progress       no progress
  -q, --quiet             no summary line on stderr
      --date YYYY-MM-DD   publication date of the documents (JSONL lines may carry their own)
      --format F          json: compact JSON lines (default); verbose: JSON lines with
                          every field written out; acled: ACLED CSV
      --entity-info       each JSON line carries its entities' names and coordinates
                          (entity_info); without it they are the bundled gazetteer's, by id
      --sample            annotate the bundled sample article and read nothing
  -h, --help              this help

Empty input gives empty output (with --format acled, the CSV header alone). Exit status: 0
every document annotated; 1 some document failed (its error record is in the JSON output;
with --format acled it is reported on stderr only); 2 usage error or the output cannot be
written.
";

/// What the command line asks for.
struct Options {
    config: BatchConfig,
    progress: Option<bool>,
    quiet: bool,
    sample: bool,
    files: Vec<std::ffi::OsString>,
}

/// The options, or `Err(status)` once the help or a usage error is printed.
fn parse_args() -> Result<Options, ExitCode> {
    use lexopt::prelude::*;
    let mut o = Options {
        config: BatchConfig::new().log_errors(true),
        progress: None,
        quiet: false,
        sample: false,
        files: Vec::new(),
    };
    let usage = |e: &dyn std::fmt::Display| cli::usage_error("annotate", e, USAGE);
    let mut parser = lexopt::Parser::from_env();
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return Err(usage(&e)),
        };
        // An owned flag name, so that `parser` can be asked for its value.
        let flag = match arg {
            Short(c) => format!("-{c}"),
            Long(l) => format!("--{l}"),
            Value(file) => {
                o.files.push(file);
                continue;
            }
        };
        let mut value = || -> Result<String, ExitCode> {
            let v = parser.value().map_err(|e| usage(&e))?;
            Ok(v.to_string_lossy().into_owned())
        };
        let bad = |v: &str| usage(&format!("bad value for {flag}: {v}"));
        match flag.as_str() {
            "--jsonl" => o.config = o.config.jsonl(true),
            "--progress" => o.progress = Some(true),
            "--no-progress" => o.progress = Some(false),
            "-q" | "--quiet" => o.quiet = true,
            "--sample" => o.sample = true,
            "--entity-info" => o.config = o.config.entity_info(true),
            "-j" | "--jobs" | "--window" | "--max-output-ratio" => {
                let v = value()?;
                let n: usize = v.parse().map_err(|_| bad(&v))?;
                o.config = match flag.as_str() {
                    "--window" => o.config.window(n),
                    "--max-output-ratio" => o.config.max_output_ratio(n as u64),
                    _ => o.config.jobs(n),
                };
            }
            "--max-bytes" => {
                let v = value()?;
                let n = parse_size(&v).ok_or_else(|| bad(&v))?;
                o.config = o.config.max_bytes(n);
            }
            "--date" => {
                let v = value()?;
                let d: libya_nlp::Date = v
                    .parse()
                    .map_err(|e| usage(&format!("bad value for --date: {v}: {e}")))?;
                o.config = o.config.date(Some(d));
            }
            "--format" => {
                let v = value()?;
                let f: OutputFormat = v.parse().map_err(|_| bad(&v))?;
                o.config = o.config.output(f);
            }
            "-h" | "--help" => return Err(cli::help(HELP)),
            _ => return Err(usage(&format!("invalid option '{flag}'"))),
        }
    }
    if o.sample && !o.files.is_empty() {
        return Err(usage(&"--sample reads no FILE"));
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(status) => return status,
    };
    // Before anything opens a file (which could take descriptor 1 over).
    let stdout = match open_stdout() {
        Ok(out) => out,
        Err(e) => return cli::output_error("annotate", &e),
    };
    let config = o
        .config
        .progress(
            o.progress
                .unwrap_or_else(|| std::io::stderr().is_terminal()),
        )
        .input_size(libya_nlp::batch::stdin_size());
    let batch = Batch::new(Analyzer::new(), config);
    let stdout = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let result = if o.sample {
        batch.run([Source::bytes("sample", SAMPLE)], stdout)
    } else if o.files.is_empty() {
        // Empty stdin: no document at all (not one empty document), so no output.
        let mut reader = BufReader::with_capacity(1 << 16, std::io::stdin());
        match reader.fill_buf() {
            Ok([]) => batch.run([], stdout),
            _ => batch.run_reader("-", reader, stdout),
        }
    } else {
        let sources = o.files.iter().map(|f| match f.to_str() {
            Some("-") => Source::Stdin,
            _ => Source::path(f),
        });
        batch.run(sources, stdout)
    };
    match result {
        Ok(summary) => {
            if !o.quiet {
                cli::say(format_args!("annotate: {summary}"));
            }
            if summary.failed() {
                ExitCode::from(cli::INPUT_FAILED)
            } else {
                ExitCode::from(cli::OK)
            }
        }
        Err(e) => cli::output_error("annotate", &e),
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
