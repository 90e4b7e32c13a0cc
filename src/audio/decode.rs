//! From an [`AudioSource`] to the 16 kHz mono lanes Whisper needs: one decode feeds every
//! channel. [`decode_lanes`] reads the source once, hands the raw frames to an optional observer
//! (e.g. the redacted-WAV writer), and emits 100 ms chunks per lane: one per channel
//! ([`Layout::Split`], a resampler each), one downmix ([`Layout::Mix`]) or one chosen channel.
//!
//! Owns channel layout, resampling and chunking; it may not open files (the caller hands it a
//! source) and imports nothing above `audio`. [`read_audio`], [`read_audio_all`] and [`probe`]
//! are path conveniences on top, for tests, benchmarks and short clips.
//!
//! Every way an input can be wrong becomes one [`Error::Input`] naming it. Truncation and
//! corruption are found while streaming, so callers must treat an error from here as fatal for
//! the whole input, even after chunks were emitted.

use std::path::Path;

use super::file::open_source;
use super::resample::MonoResampler;
use super::source::{AudioSource, SourceInfo};
use super::{AudioChunk, SAMPLE_RATE};
use crate::error::{Error, Result};

/// Which lanes one decode produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One lane per source channel; lane `c` is channel `c`.
    Split,
    /// One lane (0): the mean of all channels.
    Mix,
    /// One lane, numbered as its channel (from 0).
    Channel(u16),
}

/// Which channel(s) feed the 16 kHz stream of [`read_audio`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChannelSelect {
    /// The mean of all channels.
    Downmix,
    /// One channel, numbered from 0.
    Channel(u16),
}

impl From<ChannelSelect> for Layout {
    fn from(s: ChannelSelect) -> Layout {
        match s {
            ChannelSelect::Downmix => Layout::Mix,
            ChannelSelect::Channel(c) => Layout::Channel(c),
        }
    }
}

/// What one decode produced.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeSummary {
    /// The source's info after decoding: `frames` is what it declared, `sanitized` is final.
    pub info: SourceInfo,
    /// Source frames actually decoded (up to the stop, when `emit` stopped early).
    pub frames: u64,
    /// 16 kHz samples emitted on each lane.
    pub lane_samples: u64,
    /// False when `emit` stopped the decode before the end.
    pub complete: bool,
    /// The input's sha256, when the source hashes and was read to its end.
    pub sha256: Option<String>,
}

impl DecodeSummary {
    /// Decoded length in seconds.
    pub fn duration_secs(&self) -> f64 {
        self.frames as f64 / self.info.sample_rate.max(1) as f64
    }
}

/// Receives every decoded block of raw interleaved frames at the source rate, in order, before
/// any lane sees it. An error stops the decode and is returned.
pub type FrameObserver<'a> = &'a mut dyn FnMut(&[f32]) -> Result<()>;

/// 16 kHz samples per chunk sent downstream (100 ms): small enough that a live stream's voice
/// activity is seen within a tenth of a second (one-second chunks added up to a second to the
/// latency of every live line), large enough to cost nothing on files.
const CHUNK: usize = SAMPLE_RATE as usize / 10;
/// Source frames decoded per step.
const READ_FRAMES: usize = 4096;

/// One lane: the channel(s) it takes, its resampler and the 16 kHz samples not yet emitted.
struct Lane {
    id: u16,
    resampler: MonoResampler,
    buf: Vec<f32>,
    sent: u64,
    mono: Vec<f32>,
}

impl Lane {
    /// Resampled samples, clamped: sources hand out [-1, 1], but the resampler's filter rings
    /// past full scale on clipped input, and every lane sample must stay in range.
    fn push(&mut self, samples: &[f32]) {
        self.buf.extend(samples.iter().map(|s| s.clamp(-1.0, 1.0)));
    }

    /// Emits whole chunks (all of `buf` when `all`); false once `emit` says stop.
    fn emit(&mut self, all: bool, emit: &mut impl FnMut(AudioChunk) -> bool) -> bool {
        while self.buf.len() >= CHUNK || (all && !self.buf.is_empty()) {
            let n = self.buf.len().min(CHUNK);
            let chunk = AudioChunk {
                lane: self.id,
                start_sample: self.sent,
                samples: self.buf.drain(..n).collect(),
            };
            self.sent += n as u64;
            if !emit(chunk) {
                return false;
            }
        }
        true
    }
}

/// Decodes `source` once: raw frames to `observer`, and per lane 16 kHz mono chunks of at most
/// 100 ms to `emit` (returns false to stop), each lane's chunks in order. Lanes advance
/// together: after each decoded block every lane emits its whole chunks.
pub fn decode_lanes(
    source: &mut dyn AudioSource,
    layout: Layout,
    mut observer: Option<FrameObserver<'_>>,
    mut emit: impl FnMut(AudioChunk) -> bool,
) -> Result<DecodeSummary> {
    let info = source.info().clone();
    let channels = info.channels as usize;
    let ids: Vec<u16> = match layout {
        Layout::Split => (0..info.channels).collect(),
        Layout::Mix => vec![0],
        Layout::Channel(c) if c < info.channels => vec![c],
        Layout::Channel(c) => {
            return Err(Error::input(
                info.name(),
                format!(
                    "channel {c} requested, but the recording has {} channel(s) (numbered from 0)",
                    info.channels
                ),
            ))
        }
    };
    let mut lanes = ids
        .into_iter()
        .map(|id| {
            Ok(Lane {
                id,
                resampler: MonoResampler::new(info.sample_rate)
                    .map_err(|e| Error::input(info.name(), e))?,
                buf: Vec::with_capacity(CHUNK * 2),
                sent: 0,
                mono: Vec::with_capacity(READ_FRAMES),
            })
        })
        .collect::<Result<Vec<Lane>>>()?;
    let mut frames: Vec<f32> = Vec::with_capacity(READ_FRAMES * channels);
    let mut decoded = 0u64;
    let mut complete = true;

    'decode: loop {
        frames.clear();
        let n = source.read(&mut frames, READ_FRAMES)?;
        if n == 0 {
            break;
        }
        decoded += n as u64;
        if let Some(observe) = observer.as_mut() {
            observe(&frames)?;
        }
        for lane in &mut lanes {
            lane.mono.clear();
            match layout {
                _ if channels == 1 => lane.mono.extend_from_slice(&frames),
                Layout::Mix => lane.mono.extend(
                    frames
                        .chunks_exact(channels)
                        .map(|f| f.iter().sum::<f32>() / channels as f32),
                ),
                Layout::Split | Layout::Channel(_) => lane
                    .mono
                    .extend(frames.iter().skip(lane.id as usize).step_by(channels)),
            }
            let out = lane.resampler.push(&lane.mono);
            lane.push(&out);
            if !lane.emit(false, &mut emit) {
                complete = false;
                break 'decode;
            }
        }
    }
    if complete {
        for lane in &mut lanes {
            let tail = lane.resampler.finish();
            lane.push(&tail);
            if !lane.emit(true, &mut emit) {
                complete = false;
                break;
            }
        }
    }
    Ok(DecodeSummary {
        info: source.info().clone(),
        frames: decoded,
        lane_samples: lanes.iter().map(|l| l.sent).max().unwrap_or(0),
        complete,
        sha256: source.sha256(),
    })
}

/// Header-level validation only (cheap): used before any model work.
///
/// For compressed formats this also decodes the first packet, so a file whose codec cannot be
/// decoded is refused here rather than after the models load.
pub fn probe(path: &Path) -> Result<SourceInfo> {
    Ok(open_source(path)?.info().clone())
}

/// Opens `path` and decodes one selection of it to 16 kHz chunks for `sink` (returns false to
/// stop); a convenience over [`decode_lanes`].
///
/// Returns the source's info with `frames` set to the number of frames actually decoded (for
/// lossy formats the header's count is only an estimate), up to the stop if `sink` stopped.
pub fn read_audio(
    path: &Path,
    select: ChannelSelect,
    sink: impl FnMut(AudioChunk) -> bool,
) -> Result<SourceInfo> {
    let mut source = open_source(path)?;
    if let ChannelSelect::Channel(c) = select {
        let channels = source.info().channels;
        if c >= channels {
            return Err(Error::input(
                path,
                format!(
                    "channel {c} requested, but the recording has {channels} channel(s) \
                     (numbered from 0)"
                ),
            ));
        }
    }
    let summary = decode_lanes(source.as_mut(), select.into(), None, sink)?;
    let mut info = summary.info;
    info.frames = summary.frames;
    Ok(info)
}

/// Decodes a whole file to 16 kHz mono in memory (tests, benchmarks, short clips).
pub fn read_audio_all(path: &Path, select: ChannelSelect) -> Result<(SourceInfo, Vec<f32>)> {
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
        // 2.5 s at 16 kHz in 100 ms chunks, contiguous.
        let want: Vec<(u64, usize)> = (0..25).map(|i| (i * 1_600, 1_600)).collect();
        assert_eq!(starts, want);
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

#[cfg(test)]
mod lane_tests {
    use super::*;
    use crate::audio::open_source;

    /// A 2 s stereo 48 kHz WAV: left a 440 Hz tone, right silence.
    fn stereo(dir: &Path) -> std::path::PathBuf {
        let p = dir.join("call.wav");
        let spec = hound::WavSpec {
            channels: 2,
            sample_rate: 48_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(&p, spec).unwrap();
        for i in 0..96_000 {
            let t = (i as f32 * 440.0 * std::f32::consts::TAU / 48_000.0).sin() * 0.5;
            w.write_sample((t * 32767.0) as i16).unwrap();
            w.write_sample(0i16).unwrap();
        }
        w.finalize().unwrap();
        p
    }

    fn energy(x: &[f32]) -> f32 {
        x.iter().map(|v| v * v).sum()
    }

    #[test]
    fn split_feeds_every_channel_and_the_observer_from_one_decode() {
        let dir = tempfile::tempdir().unwrap();
        let p = stereo(dir.path());
        let mut src = open_source(&p).unwrap();
        let mut raw = 0usize;
        let mut observe = |f: &[f32]| {
            raw += f.len();
            Ok(())
        };
        let mut lanes: [Vec<(u64, usize)>; 2] = Default::default();
        let mut energies = [0f32; 2];
        let summary = decode_lanes(src.as_mut(), Layout::Split, Some(&mut observe), |c| {
            lanes[c.lane as usize].push((c.start_sample, c.samples.len()));
            energies[c.lane as usize] += energy(&c.samples);
            true
        })
        .unwrap();
        assert_eq!(raw, 96_000 * 2);
        let want: Vec<(u64, usize)> = (0..20).map(|i| (i * 1_600, 1_600)).collect();
        assert_eq!(lanes[0], want);
        assert_eq!(lanes[1], lanes[0]);
        assert!(energies[0] > 1000.0 && energies[1] < 1e-3, "{energies:?}");
        assert_eq!(
            (summary.frames, summary.lane_samples, summary.complete),
            (96_000, 32_000, true)
        );
        assert_eq!(summary.duration_secs(), 2.0);
        let bytes = std::fs::read(&p).unwrap();
        use sha2::Digest;
        assert_eq!(
            summary.sha256,
            Some(hex::encode(sha2::Sha256::digest(&bytes)))
        );
    }

    #[test]
    fn mix_and_one_channel_are_single_lanes() {
        let dir = tempfile::tempdir().unwrap();
        let p = stereo(dir.path());
        for (layout, lane, loud) in [(Layout::Mix, 0, true), (Layout::Channel(1), 1, false)] {
            let mut src = open_source(&p).unwrap();
            let mut e = 0f32;
            decode_lanes(src.as_mut(), layout, None, |c| {
                assert_eq!(c.lane, lane);
                e += energy(&c.samples);
                true
            })
            .unwrap();
            assert_eq!(e > 100.0, loud, "{layout:?}: {e}");
        }
        let mut src = open_source(&p).unwrap();
        let e = decode_lanes(src.as_mut(), Layout::Channel(2), None, |_| true).unwrap_err();
        assert!(e.to_string().contains("channel 2"), "{e}");
    }

    #[test]
    fn emit_false_stops_early_without_a_hash() {
        let dir = tempfile::tempdir().unwrap();
        let p = stereo(dir.path());
        let mut src = open_source(&p).unwrap();
        let mut chunks = 0;
        let s = decode_lanes(src.as_mut(), Layout::Split, None, |_| {
            chunks += 1;
            false
        })
        .unwrap();
        assert_eq!(chunks, 1);
        assert!(!s.complete && s.frames < 96_000);
        assert_eq!(s.sha256, None);
    }

    #[test]
    fn an_observer_error_stops_the_decode() {
        let dir = tempfile::tempdir().unwrap();
        let p = stereo(dir.path());
        let mut src = open_source(&p).unwrap();
        let mut fail = |_: &[f32]| Err(Error::output("x.wav", "disk full"));
        let mut chunks = 0;
        let e = decode_lanes(src.as_mut(), Layout::Mix, Some(&mut fail), |_| {
            chunks += 1;
            true
        })
        .unwrap_err();
        assert!(e.to_string().contains("disk full"));
        assert_eq!(chunks, 0);
    }
}

#[cfg(test)]
mod range_tests {
    use super::*;

    /// A full-scale 8 kHz square wave makes the resampler ring past ±1; lanes stay in range.
    #[test]
    fn lanes_stay_in_range_after_resampling_clipped_audio() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("square.wav");
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 8_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(&p, spec).unwrap();
        for i in 0..8_000 {
            w.write_sample(if (i / 20) % 2 == 0 {
                i16::MAX
            } else {
                i16::MIN
            })
            .unwrap();
        }
        w.finalize().unwrap();
        let mut raw = MonoResampler::new(8_000).unwrap();
        let square: Vec<f32> = (0..8_000)
            .map(|i| if (i / 20) % 2 == 0 { 1.0 } else { -1.0 })
            .collect();
        let mut rung = raw.push(&square);
        rung.extend(raw.finish());
        assert!(rung.iter().any(|s| s.abs() > 1.0), "no ringing to clamp");
        let (_, lane) = read_audio_all(&p, ChannelSelect::Downmix).unwrap();
        assert_eq!(lane.len(), 16_000);
        assert!(lane.iter().all(|s| (-1.0..=1.0).contains(s)));
    }
}
