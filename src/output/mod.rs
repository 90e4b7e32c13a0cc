//! Outputs: the redacted transcript model and its renderers, written atomically.
//!
//! Every file is written to a temporary file in the target directory, fsynced, given mode 0600
//! and renamed into place, and only after every format for that input rendered successfully —
//! so a crash or error never leaves a partial or half-written output behind.

mod atomic;
mod json;
mod txt;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use atomic::write_all_atomic;

use crate::error::{Error, Result};
use crate::redact::RedactedSegment;
use crate::retention::{Provenance, Retention};

/// Schema version of the JSON output; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// File name only: directory names can themselves be personal data.
    pub file: String,
    pub duration_s: f64,
    pub sample_rate: u32,
    pub channels: u16,
}

/// A redacted transcript with its metadata. Holds no original values.
#[derive(Debug, Clone, Serialize)]
pub struct Transcript {
    pub source: Source,
    pub segments: Vec<RedactedSegment>,
    pub retention: Retention,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Txt,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Txt => "txt",
        }
    }

    pub fn parse_list(s: &str) -> Result<Vec<Format>> {
        let mut out = Vec::new();
        for f in s.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            let fmt = match f {
                "json" => Format::Json,
                "txt" => Format::Txt,
                other => {
                    return Err(Error::usage(
                        "--format",
                        format!("unknown format {other:?} (expected json, txt)"),
                    ))
                }
            };
            if !out.contains(&fmt) {
                out.push(fmt);
            }
        }
        if out.is_empty() {
            return Err(Error::usage("--format", "no format given"));
        }
        Ok(out)
    }

    fn render(self, t: &Transcript) -> Vec<u8> {
        match self {
            Format::Json => json::render(t),
            Format::Txt => txt::render(t),
        }
    }
}

/// `DIR/<stem>.redacted.<ext>` for `input`.
pub fn output_path(out_dir: &Path, input: &Path, format: Format) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "audio".into());
    out_dir.join(format!("{stem}.redacted.{}", format.extension()))
}

/// Renders every format and publishes them together. Returns the paths written.
pub fn write_outputs(
    t: &Transcript,
    input: &Path,
    out_dir: &Path,
    formats: &[Format],
) -> Result<Vec<PathBuf>> {
    let files: Vec<(PathBuf, Vec<u8>)> = formats
        .iter()
        .map(|f| (output_path(out_dir, input, *f), f.render(t)))
        .collect();
    write_all_atomic(out_dir, &files)?;
    Ok(files.into_iter().map(|(p, _)| p).collect())
}
