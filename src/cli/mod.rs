//! Command-line interface: argument parsing only. Each subcommand is a thin call into the
//! library; errors come back as [`hush::Error`] and become one stderr line and an exit code.

pub mod logging;
pub mod models;
pub mod redact;
pub mod verify;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "hush",
    version,
    about = "On-device privacy filter for speech: transcribe, detect personal data, write redacted output."
)]
pub struct Cli {
    /// Directory holding the installed models (default: $HUSH_MODELS_DIR, else the first of
    /// ./models, $XDG_DATA_HOME/hush/models, $XDG_DATA_DIRS/hush/models that holds them).
    #[arg(long, global = true, value_name = "DIR")]
    pub models_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Transcribe recordings and write redacted transcripts.
    Redact(redact::RedactArgs),
    /// Re-transcribe recordings and report any personal data that can still be heard.
    VerifyAudio(verify::VerifyArgs),
    /// List or verify the installed models.
    Models(models::ModelsArgs),
}

/// Most cores this machine offers, for `--threads`.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `--threads N`: 1 to the number of cores. whisper.cpp aborts inside C++ on absurd counts,
/// and more threads than cores only makes its spin-waiting threads fight.
pub fn parse_threads(s: &str) -> Result<usize, String> {
    let max = max_threads();
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of threads (1 to {max})"))?;
    if (1..=max).contains(&n) {
        Ok(n)
    } else {
        Err(format!(
            "{n} threads: must be 1 to {max} (the cores available to hush)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_are_bounded_by_the_cores() {
        let max = max_threads();
        assert_eq!(parse_threads("1"), Ok(1));
        assert_eq!(parse_threads(&max.to_string()), Ok(max));
        assert!(parse_threads("0").unwrap_err().contains("must be 1 to"));
        let e = parse_threads("100000").unwrap_err();
        assert!(
            e.contains(&format!("1 to {max}")) && e.contains("cores"),
            "{e}"
        );
        assert!(parse_threads("many").is_err());
    }
}
