//! The progress line on stderr.

use super::Summary;
use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// The progress line on stderr.
pub(super) struct Progress {
    started: Instant,
    last: Option<Instant>,
    total: Option<u64>,
    shown: bool,
    tty: bool,
}

impl Progress {
    pub(super) fn new(started: Instant, total: Option<u64>) -> Progress {
        Progress {
            started,
            last: None,
            total,
            shown: false,
            tty: io::stderr().is_terminal(),
        }
    }

    pub(super) fn show(&mut self, s: &Summary) {
        let now = Instant::now();
        let due = match self.last {
            None => now.duration_since(self.started) >= Duration::from_secs(1),
            Some(t) => now.duration_since(t) >= Duration::from_secs(1),
        };
        if !due {
            return;
        }
        self.last = Some(now);
        let secs = now.duration_since(self.started).as_secs_f64().max(1e-9);
        let mb = s.bytes as f64 / 1e6;
        let mut line = format!(
            "{} documents, {:.1} MB, {:.0} documents/s, {:.1} MB/s",
            s.documents,
            mb,
            s.documents as f64 / secs,
            mb / secs
        );
        if let Some(total) = self.total.filter(|&t| t > 0) {
            let done = s.bytes.min(total);
            let rate = s.bytes as f64 / secs;
            line.push_str(&format!(
                ", {:.0}%",
                100.0 * s.bytes.min(total) as f64 / total as f64
            ));
            if rate > 0.0 {
                let left = (total - done.min(total)) as f64 / rate;
                line.push_str(&format!(", {} left", hms(left)));
            }
        }
        let mut err = io::stderr().lock();
        let _ = if self.tty {
            write!(err, "\r\x1b[2K{line}")
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
        self.shown = true;
    }

    pub(super) fn clear(&mut self) {
        if self.shown && self.tty {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

fn hms(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s / 60 % 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}
