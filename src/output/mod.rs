//! Outputs: the redacted transcript model, its renderers, and the sinks that write them.
//!
//! Sinks ([`sink::Sink`]) receive redacted segments one at a time; [`document::DocumentSink`]
//! renders JSON / text / subtitles at the end, [`jsonl::JsonlSink`] writes a line per segment as
//! it is released, [`captions::CaptionSink`] a readable line per segment for a terminal,
//! [`wav::WavSink`] the redacted recording. Everything a run writes for one input
//! is published as one set ([`publish::Staging`]): temp files in the target directory, fsync,
//! then rename. This module sees redacted segments only, never original words, and never opens
//! an input itself (the redacted WAV is fed through the [`crate::audio::AudioSource`] trait).

pub mod captions;
pub mod document;
mod json;
pub mod jsonl;
pub mod publish;
pub mod sink;
mod subtitles;
mod txt;
pub mod wav;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use document::DocumentSink;
pub use publish::{write_all_atomic, Staging};
pub use sink::{Footer, Header, Sink};

use crate::audio::Container;
use crate::redact::audio::AudioRedaction;
use crate::redact::RedactedSegment;
use crate::retention::{Provenance, Retention};
use crate::transcribe::TranscriptConfidence;

/// Schema version of the JSON output; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// File name only: directory names can themselves be personal data.
    pub file: String,
    /// The container of a file input; absent for a stream or a device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<Container>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codec: Option<String>,
    pub duration_s: f64,
    pub sample_rate: u32,
    pub channels: u16,
    /// A capture device's frames lost because processing fell behind (absent for files and
    /// streams, which never lose any).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overrun_frames: Option<u64>,
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
    /// Whisper's confidence over the whole recording (per segment: each segment's
    /// `low_confidence` and figures).
    pub transcript_confidence: TranscriptConfidence,
}

/// A document format (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
}

/// Where one input's outputs go: `DIR/<stem>.redacted.<ext>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OutputName {
    pub dir: PathBuf,
    pub stem: String,
}

impl OutputName {
    /// `<stem>` is the input's file name without its extension.
    pub fn for_input(out_dir: &Path, input: &Path) -> OutputName {
        OutputName {
            dir: out_dir.to_path_buf(),
            stem: input
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "audio".into()),
        }
    }

    /// `DIR/<stem>.redacted.<ext>`.
    pub fn path(&self, ext: &str) -> PathBuf {
        self.dir.join(format!("{}.redacted.{ext}", self.stem))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `hush purge` (retention, a lower layer) restates the set naming rule: every file this
    /// layer publishes for an input must be one purge recognizes as part of the set.
    #[test]
    fn purge_knows_every_output_name() {
        use crate::retention::purge::{SET_INFIX, SIBLING_EXTENSIONS};
        let name = OutputName::for_input(Path::new("out"), Path::new("in/call.mp3"));
        // Every --format (all the enum's variants), the redacted WAV and a JSON Lines file.
        let formats = <Format as clap::ValueEnum>::value_variants();
        let exts = formats
            .iter()
            .map(|f| f.extension())
            .chain(["wav", "jsonl"]);
        for ext in exts {
            let p = name.path(ext);
            let file = p.file_name().unwrap().to_str().unwrap();
            assert_eq!(file, format!("call{SET_INFIX}{ext}"));
            assert!(ext == "json" || SIBLING_EXTENSIONS.contains(&ext), "{ext}");
        }
    }
}
