//! Normalizes text line by line.
//!
//! ```text
//! cargo run --release --example normalize -- [--preset search|display|lucene|camel] [--stem] [FILE...]
//! ```
//!
//! Reads UTF-8 from the files (standard input when none), writes the normalized text to
//! standard output, one line per input line. `--stem` then applies Lucene's light stemmer to
//! each run of characters other than ASCII white space, keeping the separators.
//!
//! Lines follow the oracles the presets reproduce: with `--preset lucene` a line ends at
//! `\n`, `\r` or `\r\n` (Java's `BufferedReader.readLine`); with the other presets at `\n` only
//! (Python's `str.split("\n")`; a `\r` before it is white space to `search` and `display`).
//! Every output line ends with `\n`; an empty input gives an empty output.

use libya_nlp::normalize::{Normalizer, Preset};
use libya_nlp::stem::lucene_stem_line;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

struct Options {
    preset: Preset,
    stem: bool,
    files: Vec<String>,
}

fn usage() -> &'static str {
    "usage: normalize [--preset search|display|lucene|camel] [--stem] [FILE...]"
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        preset: Preset::Search,
        stem: false,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    let mut only_files = false;
    while let Some(a) = args.next() {
        if only_files {
            opts.files.push(a);
            continue;
        }
        match a.as_str() {
            "--" => only_files = true,
            "--stem" => opts.stem = true,
            "--preset" => {
                let name = args.next().ok_or("--preset needs a name")?;
                opts.preset = Preset::parse(&name).ok_or_else(|| {
                    format!("unknown preset {name:?} (search, display, lucene, camel)")
                })?;
            }
            "-h" | "--help" => return Err(usage().to_owned()),
            _ if a.starts_with("--preset=") => {
                let name = &a["--preset=".len()..];
                opts.preset = Preset::parse(name).ok_or_else(|| {
                    format!("unknown preset {name:?} (search, display, lucene, camel)")
                })?;
            }
            _ if a.starts_with('-') && a != "-" => return Err(format!("unknown flag {a:?}")),
            _ => opts.files.push(a),
        }
    }
    Ok(opts)
}

/// Calls `f` on each line of `text` (without its terminator).
fn for_each_line(
    text: &str,
    java: bool,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                f(&text[start..i])?;
                i += 1;
                start = i;
            }
            b'\r' if java => {
                f(&text[start..i])?;
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        f(&text[start..])?;
    }
    Ok(())
}

fn run(opts: &Options) -> Result<(), String> {
    let norm = Normalizer::preset(opts.preset);
    let java = opts.preset == Preset::Lucene;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let sources: Vec<Option<&str>> = if opts.files.is_empty() {
        vec![None]
    } else {
        opts.files
            .iter()
            .map(|f| if f == "-" { None } else { Some(f.as_str()) })
            .collect()
    };
    for src in sources {
        let name = src.unwrap_or("<stdin>");
        let mut raw = Vec::new();
        let read = match src {
            Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut raw)),
            None => io::stdin().lock().read_to_end(&mut raw),
        };
        read.map_err(|e| format!("{name}: {e}"))?;
        let text = std::str::from_utf8(&raw)
            .map_err(|e| format!("{name}: invalid UTF-8 at byte offset {}", e.valid_up_to()))?;
        for_each_line(text, java, |line| {
            let n = norm.normalize(line);
            if opts.stem {
                out.write_all(lucene_stem_line(&n).as_bytes())?;
            } else {
                out.write_all(n.as_bytes())?;
            }
            out.write_all(b"\n")
        })
        .map_err(|e| format!("<stdout>: {e}"))?;
    }
    out.flush().map_err(|e| format!("<stdout>: {e}"))
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("normalize: {e}\n{}", usage());
            return ExitCode::from(1);
        }
    };
    match run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: {e}");
            ExitCode::from(1)
        }
    }
}
