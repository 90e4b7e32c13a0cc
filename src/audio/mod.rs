//! Audio in: open a recording ([`file`]: WAV, FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC) as an
//! [`AudioSource`], and turn one decode of it into the 16 kHz mono lanes Whisper works at
//! ([`decode`]); [`bleep`] mutes time ranges in audio.
//!
//! The reader streams: chunks go downstream as they are decoded, so a long recording is never
//! held twice in memory and the transcriber can start before decoding ends. This is the bottom
//! layer: it may not import transcription, detection, redaction or output types.

pub mod bleep;
pub mod capture;
pub mod decode;
pub mod file;
pub mod g711;
pub mod input;
pub mod input_path;
pub mod resample;
pub mod source;
pub mod stream;

pub use decode::{
    decode_lanes, probe, read_audio, read_audio_all, ChannelSelect, DecodeSummary, FrameObserver,
    Layout,
};
pub use file::{looks_like_audio, open_source};
pub use input::{AudioInput, FileInput};
pub use input_path::check_input_path;
pub use source::{sanitize, AudioSource, Container, Origin, Sanitized, SourceInfo};

/// Whisper's working sample rate.
pub const SAMPLE_RATE: u32 = 16_000;

/// A run of 16 kHz mono samples of one lane and the position of its first sample.
#[derive(Debug, Clone)]
pub struct AudioChunk {
    /// The lane (see [`Layout`]): the channel number, or 0 for a downmix.
    pub lane: u16,
    /// Index of `samples[0]` counted in 16 kHz samples from the start of the recording.
    pub start_sample: u64,
    pub samples: Vec<f32>,
}
