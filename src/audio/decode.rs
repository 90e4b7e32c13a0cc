//! WAV decoding with hound: any rate, 1–32 channels, 8/16/24/32-bit integer or 32-bit float.
//!
//! Every way a file can be wrong (missing, not a WAV, absurd header, truncated data, no samples)
//! becomes one [`Error::Input`] naming the file, so the caller can refuse it before anything is
//! written. Truncation is detected while streaming, which is why callers must treat an error
//! from here as fatal for the whole input.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use hound::{SampleFormat, WavReader};

use super::resample::MonoResampler;
use super::{AudioChunk, SAMPLE_RATE};
use crate::error::{Error, Result};

/// The source recording's format, as its header declares it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WavInfo {
    pub sample_rate: u32,
    pub channels: u16,
    pub bits_per_sample: u16,
    pub float: bool,
    /// Frames (samples per channel) the header declares.
    pub frames: u64,
}

impl WavInfo {
    pub fn duration_secs(&self) -> f64 {
        self.frames as f64 / self.sample_rate as f64
    }
}

/// 16 kHz samples per chunk sent downstream (one second).
const CHUNK: usize = SAMPLE_RATE as usize;

fn describe(e: hound::Error) -> String {
    match e {
        hound::Error::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            "truncated audio data (file ends before the size its header declares)".into()
        }
        hound::Error::IoError(io) => format!("read error: {io}"),
        hound::Error::FormatError(what) => format!("not a valid WAV file ({what})"),
        hound::Error::Unsupported => {
            "unsupported WAV encoding (only PCM integer and IEEE float are supported)".into()
        }
        hound::Error::TooWide => "sample width does not match the header".into(),
        other => format!("invalid WAV data ({other})"),
    }
}

/// Opens and validates a WAV file's header.
pub fn open_wav(path: &Path) -> Result<(WavInfo, WavReader<BufReader<File>>)> {
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::input(
            path,
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ => format!("cannot read: {e}"),
            },
        )
    })?;
    if meta.is_dir() {
        return Err(Error::input(path, "is a directory, not an audio file"));
    }
    let file = File::open(path).map_err(|e| Error::input(path, format!("cannot open: {e}")))?;
    if meta.len() == 0 {
        return Err(Error::input(path, "empty file"));
    }
    let reader =
        WavReader::new(BufReader::new(file)).map_err(|e| Error::input(path, describe(e)))?;
    let spec = reader.spec();
    if spec.channels == 0 || spec.channels > 32 {
        return Err(Error::input(
            path,
            format!("unsupported channel count {}", spec.channels),
        ));
    }
    if !(1_000..=768_000).contains(&spec.sample_rate) {
        return Err(Error::input(
            path,
            format!("unsupported sample rate {} Hz", spec.sample_rate),
        ));
    }
    let ok_bits = match spec.sample_format {
        SampleFormat::Int => matches!(spec.bits_per_sample, 8 | 16 | 24 | 32),
        SampleFormat::Float => spec.bits_per_sample == 32,
    };
    if !ok_bits {
        return Err(Error::input(
            path,
            format!(
                "unsupported sample format: {}-bit {:?}",
                spec.bits_per_sample, spec.sample_format
            ),
        ));
    }
    let info = WavInfo {
        sample_rate: spec.sample_rate,
        channels: spec.channels,
        bits_per_sample: spec.bits_per_sample,
        float: spec.sample_format == SampleFormat::Float,
        frames: reader.duration() as u64,
    };
    if info.frames == 0 {
        return Err(Error::input(
            path,
            "no audio samples (zero-length recording)",
        ));
    }
    Ok((info, reader))
}

/// Decodes `path`, downmixes to mono, resamples to 16 kHz and hands chunks to `sink` in order.
///
/// `sink` returns `false` to stop early (the consumer went away). Returns the source format.
pub fn read_wav(path: &Path, mut sink: impl FnMut(AudioChunk) -> bool) -> Result<WavInfo> {
    let (info, mut reader) = open_wav(path)?;
    let channels = info.channels as usize;
    let mut resampler = MonoResampler::new(info.sample_rate).map_err(|e| Error::input(path, e))?;
    let mut mono: Vec<f32> = Vec::with_capacity(CHUNK);
    let mut frame_acc = 0.0f32;
    let mut in_frame = 0usize;
    let mut frames_read = 0u64;
    let mut out_buf: Vec<f32> = Vec::with_capacity(CHUNK * 2);
    let mut sent = 0u64;

    let mut emit = |out_buf: &mut Vec<f32>, sent: &mut u64, all: bool| -> bool {
        while out_buf.len() >= CHUNK || (all && !out_buf.is_empty()) {
            let n = out_buf.len().min(CHUNK);
            let samples: Vec<f32> = out_buf.drain(..n).collect();
            let chunk = AudioChunk {
                samples,
                start_sample: *sent,
            };
            *sent += n as u64;
            if !sink(chunk) {
                return false;
            }
        }
        true
    };

    // The header was valid, so a read error inside the data means the file was cut short
    // (hound reports that as "failed to read enough bytes") or the disk failed.
    let data_error = |e: hound::Error| match e {
        hound::Error::IoError(io) => {
            Error::input(path, format!("truncated or unreadable audio data ({io})"))
        }
        other => Error::input(path, describe(other)),
    };
    macro_rules! pump {
        ($iter:expr, $scale:expr) => {
            for s in $iter {
                let s = s.map_err(data_error)?;
                frame_acc += s as f32 * $scale;
                in_frame += 1;
                if in_frame == channels {
                    mono.push(frame_acc / channels as f32);
                    frame_acc = 0.0;
                    in_frame = 0;
                    frames_read += 1;
                    if mono.len() == CHUNK {
                        out_buf.extend(resampler.push(&mono));
                        mono.clear();
                        if !emit(&mut out_buf, &mut sent, false) {
                            return Ok(info);
                        }
                    }
                }
            }
        };
    }

    match (info.float, info.bits_per_sample) {
        (true, _) => pump!(reader.samples::<f32>(), 1.0f32),
        (false, bits) => {
            let scale = 1.0 / (1u64 << (bits - 1)) as f32;
            pump!(reader.samples::<i32>(), scale)
        }
    }
    if in_frame != 0 || frames_read < info.frames {
        return Err(Error::input(
            path,
            "truncated audio data (file ends inside a sample frame)",
        ));
    }
    out_buf.extend(resampler.push(&mono));
    out_buf.extend(resampler.finish());
    emit(&mut out_buf, &mut sent, true);
    Ok(info)
}

/// Decodes a whole file to 16 kHz mono in memory (tests, benchmarks, short clips).
pub fn read_wav_all(path: &Path) -> Result<(WavInfo, Vec<f32>)> {
    let mut all = Vec::new();
    let info = read_wav(path, |c| {
        all.extend_from_slice(&c.samples);
        true
    })?;
    Ok((info, all))
}
