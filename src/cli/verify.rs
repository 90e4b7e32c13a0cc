//! `hush verify-audio FILE...`: can anything personal still be heard in a (redacted) recording?
//!
//! Re-transcribes each file and runs the detector over what it hears. With `--values FILE` (a
//! JSON list of strings, e.g. the gold values of a test set) it also checks each value with the
//! same leak scorer `hush redact --verify` uses. Prints a JSON report (types, times and counts;
//! never the transcript) and exits 0 when nothing was found, 1 otherwise.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use hush::error::exit;
use hush::models::WhisperModel;
use hush::runtime::{Pipeline, ScanEntity, Stereo};
use hush::Error;

#[derive(Args)]
pub struct VerifyArgs {
    /// Recordings to check (typically `*.redacted.wav`).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// JSON file with a list of values that must not be audible.
    #[arg(long, value_name = "FILE")]
    pub values: Option<PathBuf>,

    /// Whisper threads, 1 to the cores available.
    #[arg(long, value_name = "N", value_parser = super::parse_threads)]
    pub threads: Option<usize>,

    /// Where Whisper runs: auto (the first GPU of a CUDA build, else the CPU), off (the CPU), or
    /// a GPU number (CUDA builds only; see README "GPU build").
    #[arg(long, value_name = "auto|off|N", default_value = "auto", value_parser = super::parse_gpu)]
    pub gpu: hush::transcribe::Gpu,

    /// Two-channel files: check each channel on its own (`split`) or the downmix (`mix`).
    #[arg(long, value_enum, default_value = "split")]
    pub stereo: Stereo,
}

#[derive(Serialize)]
struct FileReport {
    file: String,
    words_heard: usize,
    entities: Vec<ScanEntity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    leaked_values: Option<usize>,
}

pub fn run(args: VerifyArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let values: Vec<String> = match &args.values {
        None => Vec::new(),
        Some(p) => {
            let bytes = std::fs::read(p)
                .map_err(|e| Error::usage(p.display().to_string(), format!("cannot read: {e}")))?;
            serde_json::from_slice(&bytes).map_err(|e| {
                Error::usage(
                    p.display().to_string(),
                    format!("not a JSON list of strings: {e}"),
                )
            })?
        }
    };
    let mut builder = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(WhisperModel::default())
        .stereo(args.stereo);
    if let Some(n) = args.threads {
        builder = builder.threads(n);
    }
    builder = builder.gpu(args.gpu);
    let pipeline = builder.build()?;
    let mut reports = Vec::new();
    let mut found = false;
    for f in &args.files {
        let scan = pipeline.scan_file(f)?;
        let leaked = args
            .values
            .as_ref()
            .map(|_| values.iter().filter(|v| scan.leak.leaks(v)).count());
        found |= !scan.entities.is_empty() || leaked.unwrap_or(0) > 0;
        reports.push(FileReport {
            file: f.display().to_string(),
            words_heard: scan.words,
            entities: scan.entities,
            leaked_values: leaked,
        });
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&reports).expect("report serializes")
    );
    Ok(if found { exit::SOME_FAILED } else { exit::OK })
}
