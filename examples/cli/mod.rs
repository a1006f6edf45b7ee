//! The command-line conventions both examples share (`annotate`, `normalize`), so the same
//! error gives the same exit status in both:
//!
//! - `-h`/`--help`: the help on stdout, status 0.
//! - [`OK`] (0): every input was read and written.
//! - [`INPUT_FAILED`] (1): some input failed (a missing file, a bad document, bytes that are
//!   not UTF-8). The other inputs were processed; each failure has a message on stderr.
//! - [`USAGE`] (2): a usage error (unknown option, missing or bad value: nothing was read), or
//!   the output could not be written (stdout closed, a full disk). A reader that goes away
//!   (`… | head`) is not an error: the run stops quietly with status 0.

use std::io::Write;
use std::process::ExitCode;

/// Every input processed.
pub const OK: u8 = 0;
/// Some input failed; the others were processed.
pub const INPUT_FAILED: u8 = 1;
/// A usage error, or the output cannot be written.
pub const USAGE: u8 = 2;

/// Writes a message on stderr; a closed or broken stderr is ignored (never a panic).
pub fn say(msg: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// The help on stdout: status 0, or 2 when stdout cannot be written.
pub fn help(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .is_ok()
    {
        ExitCode::from(OK)
    } else {
        ExitCode::from(USAGE)
    }
}

/// A usage error: the message and the usage line on stderr, status 2.
pub fn usage_error(program: &str, err: impl std::fmt::Display, usage: &str) -> ExitCode {
    say(format_args!(
        "{program}: {err}\n{usage}\nTry '{program} --help' for more."
    ));
    ExitCode::from(USAGE)
}

/// The status for an error writing the output: 0 when the reader went away (`| head`),
/// else 2 with a message.
pub fn output_error(program: &str, e: &std::io::Error) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        ExitCode::from(OK)
    } else {
        say(format_args!("{program}: cannot write the output: {e}"));
        ExitCode::from(USAGE)
    }
}
