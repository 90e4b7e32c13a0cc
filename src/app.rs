//! What every hush binary (`hush`, and the `hush-eval` and `hush-convert` tools) does at start:
//! parse its arguments with the documented exit codes, and set up diagnostics on stderr — which
//! targets may log, at what level, and whether in colour. One place, so no binary can let a
//! dependency print transcript text. Top layer: it installs process-wide state, which the
//! stages below never do.
//!
//! `HUSH_LOG` is a level (`off`, `error`, `warn`, `info`, `debug`, `trace`) for hush's own
//! targets, whose events carry timings and counts, never transcript text. It is not a
//! tracing directive: dependencies are capped at `warn` whatever it says, because their debug
//! and trace events print the text they process (the tokenizer's normalizer traces every
//! character of the transcript, card numbers included). Unset, dependencies are silent so a
//! damaged file gives one error line, not a decoder's warnings first.

use std::io::IsTerminal;

use clap::Parser;
use tracing_subscriber::filter::LevelFilter;

use crate::error::exit;

/// Parses the command line; on an error prints clap's message and exits 2 (`--help` and
/// `--version` print and exit 0).
pub fn parse_args<P: Parser>() -> P {
    match P::try_parse() {
        Ok(p) => p,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            std::process::exit(code);
        }
    }
}
use tracing_subscriber::EnvFilter;

/// The filter for `HUSH_LOG`'s value; the `String` is a warning when the value was not a level.
pub fn log_filter(hush_log: Option<&str>) -> (EnvFilter, Option<String>) {
    let requested = hush_log.map(str::trim).filter(|v| !v.is_empty());
    let (level, warning) = match requested {
        None => (None, None),
        Some(v) => match v.parse::<LevelFilter>() {
            Ok(l) => (Some(l), None),
            Err(_) => (
                None,
                Some(format!(
                    "HUSH_LOG={v:?} ignored: expected one level (off, error, warn, info, debug, \
                     trace) for hush's own messages; other crates never log above warn"
                )),
            ),
        },
    };
    let (hush, others) = match level {
        None => (LevelFilter::WARN, LevelFilter::OFF),
        Some(l) => (l, l.min(LevelFilter::WARN)),
    };
    // Built from levels only, never from the user's text, so no directive can reopen a
    // dependency's trace output.
    let filter = EnvFilter::builder().parse_lossy(format!("{others},hush={hush}"));
    (filter, warning)
}

/// Installs the stderr subscriber. Colour only when stderr is a terminal.
pub fn init_logging() {
    let value = std::env::var("HUSH_LOG").ok();
    let (filter, warning) = log_filter(value.as_deref());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .without_time()
        .init();
    if let Some(w) = warning {
        eprintln!("hush: {w}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(f: &EnvFilter) -> String {
        f.to_string()
    }

    #[test]
    fn dependencies_are_capped_at_warn() {
        let (f, w) = log_filter(Some("trace"));
        assert!(w.is_none());
        let s = shown(&f);
        assert!(s.contains("hush=trace") && s.contains("warn"), "{s}");
        assert!(!s.contains("tokenizers"), "{s}");
        assert_eq!(f.max_level_hint(), Some(LevelFilter::TRACE));
        // A directive is refused, not passed through.
        let (f, w) = log_filter(Some("tokenizers=trace,hush=debug"));
        assert!(w.unwrap().contains("ignored"));
        let s = shown(&f);
        assert!(!s.contains("tokenizers") && !s.contains("trace"), "{s}");
        // Unset: hush warns, everything else is off; `error` stays below the cap.
        let s = shown(&log_filter(None).0);
        assert!(s.contains("hush=warn") && s.contains("off"), "{s}");
        let s = shown(&log_filter(Some("error")).0);
        assert!(s.contains("hush=error") && !s.contains("warn"), "{s}");
    }
}
