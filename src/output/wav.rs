//! The redacted recording: `<stem>.redacted.wav`, the source with every muted interval replaced.
//!
//! WAV sources keep their exact format (rate, channels, bits, integer/float) and every sample
//! outside a muted interval is copied bit-exact: integer samples are only converted to float
//! where they are muted, so a kept recording is the original everywhere it is not redacted.
//! Other sources are decoded and written as 16-bit PCM WAV: lossless, readable everywhere, with no
//! re-encoding artefacts and no encoder licence to carry.
//!
//! The output is streamed in blocks (never the whole recording in memory) to a private temp file
//! beside the target, and published by rename only after the source decoded to exactly the frame
//! count its header declares (lossy streams: the decoder's own length check) and the written
//! file's header was read back and checked. A truncated source or a failed write publishes nothing.

use std::fs::File;
use std::io::{BufReader, BufWriter, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hound::{SampleFormat, WavReader, WavSpec, WavWriter};

use super::publish::Staging;
use super::sink::{Footer, Header, Sink};
use crate::audio::bleep::{mix, AudioMode, Bleeper};
use crate::audio::{AudioInput, AudioSource, Container};
use crate::error::{Error, Result};
use crate::redact::audio::MuteInterval;
use crate::redact::RedactedSegment;

/// Frames per streamed block.
const BLOCK_FRAMES: usize = 8192;

type Writer<'a> = WavWriter<BufWriter<&'a File>>;

/// The redacted-WAV sink: at the end of a run, reads the input again through its
/// [`AudioInput`] and stages `<stem>.redacted.wav` with the footer's mute plan applied.
pub struct WavSink {
    target: PathBuf,
    input: Arc<dyn AudioInput>,
    mode: AudioMode,
}

impl WavSink {
    pub fn new(target: PathBuf, input: Arc<dyn AudioInput>, mode: AudioMode) -> WavSink {
        WavSink {
            target,
            input,
            mode,
        }
    }
}

impl Sink for WavSink {
    fn begin(&mut self, _header: &Header) -> Result<()> {
        refuse_source(self.input.as_ref(), &self.target)
    }

    fn segment(&mut self, _segment: &RedactedSegment) -> Result<()> {
        Ok(())
    }

    fn finish(&mut self, footer: &Footer, staging: &mut Staging) -> Result<()> {
        let (muted, mode) = match &footer.audio {
            Some(plan) => (plan.muted.as_slice(), plan.mode),
            None => (&[][..], self.mode),
        };
        let mut source = self.input.open()?;
        let file = staging.create(self.target.clone())?;
        write_into(source.as_mut(), file, &self.target, muted, mode)?;
        // The mute plan belongs to the bytes that were transcribed: a file replaced or still
        // growing between the two reads would publish audio nobody checked.
        let expected = &footer.provenance.input_sha256;
        if !expected.is_empty() && source.sha256().as_deref() != Some(expected.as_str()) {
            return Err(Error::input(
                self.input.name(),
                "file changed while being read; no redacted audio written",
            ));
        }
        Ok(())
    }

    fn targets(&self) -> Vec<PathBuf> {
        vec![self.target.clone()]
    }
}

fn refuse_source(input: &dyn AudioInput, out: &Path) -> Result<()> {
    if let Some(src) = input.path() {
        if let (Ok(a), Ok(b)) = (std::fs::canonicalize(src), std::fs::canonicalize(out)) {
            if a == b {
                return Err(Error::output(
                    out,
                    "refusing to overwrite the source recording",
                ));
            }
        }
    }
    Ok(())
}

/// Writes the redacted copy of `input` to `out` as a set of one (temp file in `out`'s directory,
/// fsync, mode 0600, rename).
///
/// `intervals` should already be padded and merged ([`crate::audio::bleep::pad_and_merge`]).
/// Source problems are [`Error::Input`], write failures [`Error::Output`]; on any error nothing
/// is published.
pub fn write_redacted_wav(
    input: &dyn AudioInput,
    out: &Path,
    intervals: &[MuteInterval],
    mode: AudioMode,
) -> Result<()> {
    refuse_source(input, out)?;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut source = input.open()?;
    let mut staging = Staging::new(dir)?;
    let file = staging.create(out.to_path_buf())?;
    write_into(source.as_mut(), file, out, intervals, mode)?;
    staging.publish().map(|_| ())
}

/// Streams `source` with `intervals` muted into `file` as WAV, then reads the header back.
///
/// WAV sources keep their format and copy unmuted samples bit-exact (integers through
/// [`AudioSource::read_int`]); others become 16-bit PCM.
fn write_into(
    source: &mut dyn AudioSource,
    file: &File,
    out: &Path,
    intervals: &[MuteInterval],
    mode: AudioMode,
) -> Result<()> {
    let info = source.info().clone();
    check_channels(intervals, info.channels)?;
    let wav = info.container() == Some(Container::Wav);
    let (bits, float) = match (wav, info.bits_per_sample()) {
        (true, Some(b)) => (b, info.is_float()),
        _ => (16, false),
    };
    let spec = WavSpec {
        channels: info.channels,
        sample_rate: info.sample_rate,
        bits_per_sample: bits,
        sample_format: if float {
            SampleFormat::Float
        } else {
            SampleFormat::Int
        },
    };
    let channels = usize::from(info.channels);
    let max_frames = MAX_DATA_BYTES / (u64::from(bits / 8).max(1) * channels as u64);
    if info.frames > max_frames {
        return Err(Error::output(out, TOO_LONG));
    }
    let mut bleeper = Bleeper::new(intervals.to_vec(), spec.sample_rate, spec.channels, mode);
    let name = info.name().to_string();
    let partial = || Error::input(&name, "decoder returned a partial frame");

    let mut writer = WavWriter::new(BufWriter::new(file), spec).map_err(|e| write_err(out, e))?;
    let mut frames_done = 0u64;
    let exact_ints = wav && !float;
    if exact_ints {
        let scale = 1.0 / (1u64 << (bits - 1)) as f32;
        let mut buf: Vec<i32> = Vec::with_capacity(BLOCK_FRAMES * channels);
        loop {
            buf.clear();
            let n = source.read_int(&mut buf, BLOCK_FRAMES)?;
            if n == 0 {
                break;
            }
            if buf.len() != n * channels {
                return Err(partial());
            }
            // Only muted samples go through f32; the rest are copied as read.
            bleeper.for_each_muted(frames_done, n, |i, gain, replacement| {
                buf[i] = quantize(mix(buf[i] as f32 * scale, gain, replacement), bits);
            });
            write_block(&mut writer, &buf, out)?;
            frames_done += n as u64;
        }
    } else {
        let mut buf: Vec<f32> = Vec::with_capacity(BLOCK_FRAMES * channels);
        loop {
            buf.clear();
            let n = source.read(&mut buf, BLOCK_FRAMES)?;
            if n == 0 {
                break;
            }
            if buf.len() != n * channels {
                return Err(partial());
            }
            frames_done += n as u64;
            if frames_done > max_frames {
                return Err(Error::output(out, TOO_LONG));
            }
            bleeper.apply(&mut buf, frames_done - n as u64);
            if float {
                for &v in &buf {
                    writer.write_sample(v).map_err(|e| write_err(out, e))?;
                }
            } else {
                for &v in &buf {
                    writer
                        .write_sample(quantize(v, 16) as i16)
                        .map_err(|e| write_err(out, e))?;
                }
            }
        }
    }
    // The decoder checks lossy streams against their (estimated) length; a lossless one that
    // declares its length must match it exactly.
    let lossless = info.bits_per_sample().is_some();
    if frames_done == 0 || (lossless && info.frames > 0 && frames_done != info.frames) {
        return Err(Error::input(
            &name,
            format!(
                "truncated or corrupt audio data ({frames_done} of {} frames); no redacted audio \
                 written",
                info.frames
            ),
        ));
    }
    writer.finalize().map_err(|e| write_err(out, e))?;

    // The header must declare exactly the format and frames written (no lying chunk sizes).
    let mut f = file;
    f.seek(SeekFrom::Start(0))
        .map_err(|e| Error::output(out, e.to_string()))?;
    let check = WavReader::new(BufReader::new(f)).map_err(|e| write_err(out, e))?;
    if check.spec() != spec || u64::from(check.len()) != frames_done * u64::from(spec.channels) {
        return Err(Error::output(
            out,
            "written WAV header does not match the audio",
        ));
    }
    Ok(())
}

fn write_block(writer: &mut Writer<'_>, buf: &[i32], out: &Path) -> Result<()> {
    for &s in buf {
        writer.write_sample(s).map_err(|e| write_err(out, e))?;
    }
    Ok(())
}

/// An interval on a channel the recording lacks means the caller's times belong to another
/// recording: refuse rather than guess.
fn check_channels(intervals: &[MuteInterval], channels: u16) -> Result<()> {
    match intervals
        .iter()
        .filter_map(|iv| iv.channel)
        .find(|&c| c >= channels)
    {
        Some(c) => Err(Error::Pipeline(format!(
            "redaction interval for channel {c} of a {channels}-channel recording"
        ))),
        None => Ok(()),
    }
}

/// hound keeps the data length in a u32 and does not check it for overflow: anything longer
/// would get a wrapped, lying header, so it is refused.
const MAX_DATA_BYTES: u64 = u32::MAX as u64 - 1024;
const TOO_LONG: &str = "recording too long for a WAV file (over 4 GiB of samples)";

/// Rounds a float sample in [-1, 1] to a `bits`-wide signed integer, saturating.
fn quantize(v: f32, bits: u16) -> i32 {
    let full = (1i64 << (bits - 1)) as f64;
    (f64::from(v) * full).round().clamp(-full, full - 1.0) as i32
}

fn write_err(out: &Path, e: hound::Error) -> Error {
    Error::output(out, e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantize_rounds_and_saturates() {
        assert_eq!(quantize(0.0, 16), 0);
        assert_eq!(quantize(0.5, 16), 16384);
        assert_eq!(quantize(1.0, 16), 32767);
        assert_eq!(quantize(-1.0, 16), -32768);
        assert_eq!(quantize(-2.0, 8), -128);
        assert_eq!(quantize(1.0, 32), i32::MAX);
    }

    #[test]
    fn refuses_foreign_channels_and_overwriting_the_source() {
        assert!(check_channels(
            &[MuteInterval {
                start_ms: 0,
                end_ms: 1,
                channel: Some(2),
                reason: crate::audio::bleep::MuteReason::Entity { types: vec![] },
            }],
            2
        )
        .is_err());
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.wav");
        std::fs::write(&p, b"x").unwrap();
        let input = crate::audio::FileInput::new(&p);
        let e = write_redacted_wav(&input, &p, &[], AudioMode::Beep).unwrap_err();
        assert!(matches!(e, Error::Output { .. }));
        assert_eq!(std::fs::read(&p).unwrap(), b"x");
    }
}
