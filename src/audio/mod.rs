//! Audio in: decode a recording (WAV, FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC), select or downmix
//! channels and resample to the 16 kHz mono Whisper works at.
//!
//! The reader streams: it sends [`AudioChunk`]s down a bounded channel as it decodes, so a long
//! recording is never held twice in memory and the transcriber can start before decoding ends.

pub mod bleep;
pub mod decode;
pub mod input_path;
pub mod resample;
pub mod source;

pub use decode::{probe, read_audio, read_audio_all, ChannelSelect};
pub use input_path::check_input_path;
pub use source::{open_source, AudioInfo, Container, FrameSource};

/// Whisper's working sample rate.
pub const SAMPLE_RATE: u32 = 16_000;

/// A run of 16 kHz mono samples and the position of its first sample in the recording.
#[derive(Debug, Clone)]
pub struct AudioChunk {
    pub samples: Vec<f32>,
    /// Index of `samples[0]` counted in 16 kHz samples from the start of the recording.
    pub start_sample: u64,
}
