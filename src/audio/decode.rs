//! From an input file to the 16 kHz mono stream Whisper needs: open any supported format
//! ([`open_source`]), pick or downmix channels, resample, and hand out one-second chunks.
//!
//! Every way a file can be wrong (missing, not audio, absurd header, truncated or corrupt data,
//! no samples) becomes one [`Error::Input`] naming the file, so the caller can refuse it before
//! anything is written. Truncation and corruption are found while streaming, which is why
//! callers must treat an error from here as fatal for the whole input.

use std::path::Path;

use super::resample::MonoResampler;
use super::source::{open_source, AudioInfo};
use super::{AudioChunk, SAMPLE_RATE};
use crate::error::{Error, Result};

/// Which channel(s) feed the 16 kHz stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelSelect {
    /// The mean of all channels.
    Downmix,
    /// One channel, numbered from 0.
    Channel(u16),
}

/// 16 kHz samples per chunk sent downstream (one second).
const CHUNK: usize = SAMPLE_RATE as usize;
/// Source frames decoded per step.
const READ_FRAMES: usize = 4096;

/// Header-level validation only (cheap): used before any model work.
///
/// For compressed formats this also decodes the first packet, so a file whose codec cannot be
/// decoded is refused here rather than after the models load.
pub fn probe(path: &Path) -> Result<AudioInfo> {
    Ok(open_source(path)?.info().clone())
}

/// Decodes, selects/downmixes, resamples to 16 kHz, and hands chunks to `sink` (returns false to stop).
///
/// Returns the source format with `frames` set to the number of frames actually decoded (for
/// lossy formats the header's count is only an estimate). When `sink` stops early, `frames`
/// counts what was decoded up to then.
pub fn read_audio(
    path: &Path,
    select: ChannelSelect,
    mut sink: impl FnMut(AudioChunk) -> bool,
) -> Result<AudioInfo> {
    let mut source = open_source(path)?;
    let mut info = source.info().clone();
    let channels = info.channels as usize;
    if let ChannelSelect::Channel(c) = select {
        if c >= info.channels {
            return Err(Error::input(
                path,
                format!(
                    "channel {c} requested, but the recording has {} channel(s) (numbered from 0)",
                    info.channels
                ),
            ));
        }
    }
    let mut resampler = MonoResampler::new(info.sample_rate).map_err(|e| Error::input(path, e))?;
    let mut frames: Vec<f32> = Vec::with_capacity(READ_FRAMES * channels);
    let mut mono: Vec<f32> = Vec::with_capacity(READ_FRAMES);
    let mut out_buf: Vec<f32> = Vec::with_capacity(CHUNK * 2);
    let mut sent = 0u64;
    let mut decoded = 0u64;

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

    loop {
        frames.clear();
        let n = source.read(&mut frames, READ_FRAMES)?;
        if n == 0 {
            break;
        }
        decoded += n as u64;
        mono.clear();
        match select {
            _ if channels == 1 => mono.extend_from_slice(&frames),
            ChannelSelect::Downmix => mono.extend(
                frames
                    .chunks_exact(channels)
                    .map(|f| f.iter().sum::<f32>() / channels as f32),
            ),
            ChannelSelect::Channel(c) => {
                mono.extend(frames.iter().skip(c as usize).step_by(channels))
            }
        }
        out_buf.extend(resampler.push(&mono));
        if !emit(&mut out_buf, &mut sent, false) {
            info.frames = decoded;
            return Ok(info);
        }
    }
    out_buf.extend(resampler.finish());
    emit(&mut out_buf, &mut sent, true);
    info.frames = decoded;
    Ok(info)
}

/// Decodes a whole file to 16 kHz mono in memory (tests, benchmarks, short clips).
pub fn read_audio_all(path: &Path, select: ChannelSelect) -> Result<(AudioInfo, Vec<f32>)> {
    let mut all = Vec::new();
    let info = read_audio(path, select, |c| {
        all.extend_from_slice(&c.samples);
        true
    })?;
    Ok((info, all))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_wav(
        path: &Path,
        rate: u32,
        channels: u16,
        frames: usize,
        f: impl Fn(usize, u16) -> f32,
    ) {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for i in 0..frames {
            for c in 0..channels {
                w.write_sample((f(i, c) * 32767.0) as i16).unwrap();
            }
        }
        w.finalize().unwrap();
    }

    fn rms(x: &[f32]) -> f32 {
        (x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32).sqrt()
    }

    #[test]
    fn channel_select_and_downmix() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("st.wav");
        // Left: a 440 Hz tone at 0.5; right: silence.
        let tone = |i: usize| (i as f32 * 440.0 * std::f32::consts::TAU / 16_000.0).sin() * 0.5;
        write_wav(
            &p,
            16_000,
            2,
            16_000,
            |i, c| if c == 0 { tone(i) } else { 0.0 },
        );
        let (info, left) = read_audio_all(&p, ChannelSelect::Channel(0)).unwrap();
        assert_eq!(
            (info.channels, info.frames, left.len()),
            (2, 16_000, 16_000)
        );
        let (_, right) = read_audio_all(&p, ChannelSelect::Channel(1)).unwrap();
        let (_, mix) = read_audio_all(&p, ChannelSelect::Downmix).unwrap();
        assert!((rms(&left) - 0.3535).abs() < 0.01, "{}", rms(&left));
        assert!(rms(&right) < 1e-4);
        assert!((rms(&mix) - rms(&left) / 2.0).abs() < 0.01);
        let e = read_audio_all(&p, ChannelSelect::Channel(2)).unwrap_err();
        assert!(e.to_string().contains("channel 2"), "{e}");
    }

    #[test]
    fn resamples_and_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("48k.wav");
        write_wav(&p, 48_000, 1, 48_000 * 5 / 2, |_, _| 0.1);
        let mut starts = Vec::new();
        let info = read_audio(&p, ChannelSelect::Downmix, |c| {
            starts.push((c.start_sample, c.samples.len()));
            true
        })
        .unwrap();
        assert_eq!(info.sample_rate, 48_000);
        assert_eq!(info.frames, 120_000);
        assert_eq!(starts, [(0, 16_000), (16_000, 16_000), (32_000, 8_000)]);
    }

    #[test]
    fn probe_matches_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.wav");
        write_wav(&p, 8_000, 1, 8_000, |_, _| 0.0);
        let probed = probe(&p).unwrap();
        let (read, samples) = read_audio_all(&p, ChannelSelect::Downmix).unwrap();
        assert_eq!(probed, read);
        assert_eq!(samples.len(), 16_000);
    }
}
