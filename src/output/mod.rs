//! Outputs: the redacted transcript model and its renderers, written atomically.
//!
//! Every file is written to a temporary file in the target directory, fsynced, given mode 0600
//! and renamed into place, and only after every format for that input rendered successfully —
//! so a crash or error never leaves a partial or half-written output behind.

mod atomic;
mod json;
mod subtitles;
mod txt;
mod wav;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use atomic::write_all_atomic;
pub use wav::write_redacted_wav;

use crate::audio::Container;
use crate::error::{Error, Result};
use crate::redact::audio::AudioRedaction;
use crate::redact::RedactedSegment;
use crate::retention::{Provenance, Retention};

/// Schema version of the JSON output; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// File name only: directory names can themselves be personal data.
    pub file: String,
    pub format: Container,
    pub codec: String,
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
    /// Present when redacted audio was requested: what was muted and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<AudioRedaction>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Txt,
    Srt,
    Vtt,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Txt => "txt",
            Format::Srt => "srt",
            Format::Vtt => "vtt",
        }
    }

    pub fn parse_list(s: &str) -> Result<Vec<Format>> {
        let mut out = Vec::new();
        for f in s.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            let fmt = match f {
                "json" => Format::Json,
                "txt" => Format::Txt,
                "srt" => Format::Srt,
                "vtt" => Format::Vtt,
                other => {
                    return Err(Error::usage(
                        "--format",
                        format!("unknown format {other:?} (expected json, txt, srt, vtt)"),
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
            Format::Srt => subtitles::render_srt(t),
            Format::Vtt => subtitles::render_vtt(t),
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

/// `DIR/<stem>.redacted.wav` for `input`.
pub fn audio_output_path(out_dir: &Path, input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "audio".into());
    out_dir.join(format!("{stem}.redacted.wav"))
}

/// Renders every format (and the redacted WAV when the transcript carries an audio plan) and
/// publishes them together. Returns the paths written.
///
/// The WAV is written first under a hidden temporary name, the text outputs are published next,
/// and the WAV is renamed into place last; any failure removes what was staged, so an input
/// never ends up with some of its outputs.
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
    let Some(audio) = &t.audio else {
        write_all_atomic(out_dir, &files)?;
        return Ok(files.into_iter().map(|(p, _)| p).collect());
    };
    std::fs::create_dir_all(out_dir).map_err(|e| Error::output(out_dir, e.to_string()))?;
    let final_wav = audio_output_path(out_dir, input);
    let staged = out_dir.join(format!(
        ".hush-{}.{}.wav.partial",
        std::process::id(),
        final_wav
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let unstage = |e: Error| {
        let _ = std::fs::remove_file(&staged);
        e
    };
    write_redacted_wav(input, &staged, &audio.muted, audio.mode).map_err(unstage)?;
    write_all_atomic(out_dir, &files).map_err(unstage)?;
    if let Err(e) = std::fs::rename(&staged, &final_wav) {
        // The text outputs were just published for this input: take them back too.
        for (p, _) in &files {
            let _ = std::fs::remove_file(p);
        }
        return Err(unstage(Error::output(&final_wav, e.to_string())));
    }
    let mut paths: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();
    paths.push(final_wav);
    Ok(paths)
}
