//! What every audio input is: the [`AudioSource`] trait and the [`SourceInfo`] describing it.
//!
//! Owns the source-side types shared by files, stdin streams and devices, and the one sample
//! sanitizer ([`sanitize`]) every source applies to what its decoder produced. It may not open
//! anything or know any format (that is `audio::file`), and imports nothing above `audio`.

use serde::Serialize;

use crate::error::Result;

/// The container (file format) of an input file, as detected from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Container {
    Wav,
    Flac,
    Mp3,
    /// Ogg carrying anything but Opus (Vorbis, or FLAC in Ogg).
    Ogg,
    /// Ogg carrying Opus.
    Opus,
    /// ISO base media (MP4/M4A), normally AAC.
    M4a,
}

/// Where the audio came from. Only a file has a container; a microphone does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    File {
        /// The file name only (no directories).
        name: String,
        container: Container,
        /// Short codec name: `pcm_s16le`, `pcm_f32le`, `flac`, `mp3`, `vorbis`, `opus`, `aac`.
        codec: String,
        /// Bits per sample of the source's PCM (WAV/FLAC); None for lossy codecs.
        bits_per_sample: Option<u16>,
        /// 32-bit IEEE float WAV.
        float: bool,
    },
    /// Raw samples on standard input, e.g. `s16le`.
    Stdin { format: String },
    /// A capture device.
    Device { name: String },
}

/// Samples a source changed before anyone saw them (see [`sanitize`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sanitized {
    /// NaN or ±infinity, replaced by 0.
    pub non_finite: u64,
    /// Finite but outside [-1, 1], clamped to it.
    pub clamped: u64,
}

impl Sanitized {
    pub fn total(&self) -> u64 {
        self.non_finite + self.clamped
    }
}

/// A source's format and what it has done to its samples so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceInfo {
    /// Rate the audio decodes at (Opus always decodes at 48 kHz).
    pub sample_rate: u32,
    pub channels: u16,
    /// Frames (samples per channel) the source declares: an estimate from the bit rate for an
    /// MP3 without a Xing/Info header; 0 when unknown (a live stream).
    pub frames: u64,
    pub origin: Origin,
    /// Counted while reading; final once `read` has returned 0.
    pub sanitized: Sanitized,
    /// Frames a capture device delivered while processing was behind and its buffer full:
    /// lost, counted, reported (always 0 for files and streams, which wait for the reader).
    pub overrun_frames: u64,
}

impl SourceInfo {
    pub fn duration_secs(&self) -> f64 {
        self.frames as f64 / self.sample_rate.max(1) as f64
    }

    /// The container of a file input; None for streams and devices.
    pub fn container(&self) -> Option<Container> {
        match &self.origin {
            Origin::File { container, .. } => Some(*container),
            _ => None,
        }
    }

    /// The codec of a file, the sample format of a stdin stream; None for a device.
    pub fn codec(&self) -> Option<&str> {
        match &self.origin {
            Origin::File { codec, .. } => Some(codec),
            Origin::Stdin { format } => Some(format),
            Origin::Device { .. } => None,
        }
    }

    /// Bits per sample of a lossless file's PCM.
    pub fn bits_per_sample(&self) -> Option<u16> {
        match &self.origin {
            Origin::File {
                bits_per_sample, ..
            } => *bits_per_sample,
            _ => None,
        }
    }

    /// True for a 32-bit IEEE float WAV.
    pub fn is_float(&self) -> bool {
        matches!(self.origin, Origin::File { float: true, .. })
    }

    /// A short name for messages: the file name, `stdin`, or the device name.
    pub fn name(&self) -> &str {
        match &self.origin {
            Origin::File { name, .. } | Origin::Device { name } => name,
            Origin::Stdin { .. } => "stdin",
        }
    }
}

/// Decoded interleaved frames at the source rate and channel count, as finite f32 in [-1, 1].
pub trait AudioSource: Send {
    fn info(&self) -> &SourceInfo;

    /// Appends up to `max_frames` frames (interleaved) to `out`; returns frames appended, 0 at
    /// the end. Errors (corrupt or truncated data) are `Error::Input` naming the input, and are
    /// fatal for it: a source that failed must not be read on as if it had ended.
    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize>;

    /// Hex sha256 of the input's bytes, once `read` has returned 0 (None before, or for sources
    /// that are not byte streams).
    fn sha256(&self) -> Option<String> {
        None
    }

    /// Integer PCM exactly as stored (WAV integer sources), for copying unmuted samples
    /// bit-exact; the same frames as [`AudioSource::read`], never both on one source.
    fn read_int(&mut self, _out: &mut Vec<i32>, _max_frames: usize) -> Result<usize> {
        Err(crate::error::Error::Pipeline(
            "this source has no integer samples".into(),
        ))
    }
}

/// Makes decoded samples safe for everything downstream (resampler, Whisper's DTW, writers):
/// NaN and ±infinity become 0, anything else outside [-1, 1] is clamped, and both are counted.
/// Every source calls this on every sample it hands out.
pub fn sanitize(samples: &mut [f32], counts: &mut Sanitized) {
    for s in samples {
        if !s.is_finite() {
            *s = 0.0;
            counts.non_finite += 1;
        } else if s.abs() > 1.0 {
            *s = s.clamp(-1.0, 1.0);
            counts.clamped += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_info() -> SourceInfo {
        SourceInfo {
            sample_rate: 16_000,
            channels: 1,
            frames: 24_000,
            origin: Origin::File {
                name: "a.flac".into(),
                container: Container::Flac,
                codec: "flac".into(),
                bits_per_sample: Some(16),
                float: false,
            },
            sanitized: Sanitized::default(),
            overrun_frames: 0,
        }
    }

    #[test]
    fn duration_from_frames() {
        assert_eq!(file_info().duration_secs(), 1.5);
    }

    #[test]
    fn helpers_read_the_origin() {
        let f = file_info();
        assert_eq!(
            (f.container(), f.codec(), f.bits_per_sample(), f.is_float()),
            (Some(Container::Flac), Some("flac"), Some(16), false)
        );
        assert_eq!(f.name(), "a.flac");
        let mic = SourceInfo {
            origin: Origin::Device {
                name: "hw:0".into(),
            },
            ..f.clone()
        };
        assert_eq!(
            (mic.container(), mic.codec(), mic.name()),
            (None, None, "hw:0")
        );
        let stdin = SourceInfo {
            origin: Origin::Stdin {
                format: "s16le".into(),
            },
            ..f
        };
        assert_eq!((stdin.container(), stdin.codec()), (None, Some("s16le")));
    }

    #[test]
    fn sanitize_replaces_non_finite_with_silence() {
        let mut c = Sanitized::default();
        let mut s = [0.25, f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -0.5];
        sanitize(&mut s, &mut c);
        assert_eq!(s, [0.25, 0.0, 0.0, 0.0, -0.5]);
        assert_eq!(
            c,
            Sanitized {
                non_finite: 3,
                clamped: 0
            }
        );
    }

    #[test]
    fn sanitize_clamps_out_of_range() {
        let mut c = Sanitized::default();
        let mut s = [
            1e30,
            -1e30,
            1.0,
            -1.0,
            1.000_001,
            f32::MAX,
            f32::MIN_POSITIVE,
        ];
        sanitize(&mut s, &mut c);
        assert_eq!(s, [1.0, -1.0, 1.0, -1.0, 1.0, 1.0, f32::MIN_POSITIVE]);
        assert_eq!(
            c,
            Sanitized {
                non_finite: 0,
                clamped: 4
            }
        );
        assert_eq!(c.total(), 4);
        // Counts accumulate across calls.
        sanitize(&mut [f32::NAN], &mut c);
        assert_eq!(c.total(), 5);
    }
}
