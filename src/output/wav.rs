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
use std::io::{BufReader, BufWriter};
use std::path::Path;

use hound::{SampleFormat, WavReader, WavSpec, WavWriter};

use crate::audio::bleep::{mix, AudioMode, Bleeper};
use crate::audio::{open_source, AudioSource, Container, SourceInfo};
use crate::error::{Error, Result};
use crate::redact::audio::MuteInterval;

/// Frames per streamed block.
const BLOCK_FRAMES: usize = 8192;

type Writer<'a> = WavWriter<BufWriter<&'a File>>;

/// Writes the redacted copy of `source` to `out` atomically (temp file in `out`'s directory,
/// fsync, mode 0600, rename).
///
/// `intervals` should already be padded and merged ([`crate::audio::bleep::pad_and_merge`]).
/// Source problems are [`Error::Input`], write failures [`Error::Output`]; on any error nothing
/// is published.
pub fn write_redacted_wav(
    source: &Path,
    out: &Path,
    intervals: &[MuteInterval],
    mode: AudioMode,
) -> Result<()> {
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(source), std::fs::canonicalize(out)) {
        if a == b {
            return Err(Error::output(
                out,
                "refusing to overwrite the source recording",
            ));
        }
    }
    // Validates the file with the same checks and messages as the transcription input.
    let src = open_source(source)?;
    check_channels(intervals, src.info().channels)?;
    if src.info().container() == Some(Container::Wav) {
        let info = src.info().clone();
        drop(src);
        write_from_wav(source, &info, out, intervals, mode)
    } else {
        write_from_decoded(source, src, out, intervals, mode)
    }
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

/// WAV: hound directly, so integer samples are copied as integers.
fn write_from_wav(
    source: &Path,
    info: &SourceInfo,
    out: &Path,
    intervals: &[MuteInterval],
    mode: AudioMode,
) -> Result<()> {
    let mut reader = WavReader::open(source)
        .map_err(|e| Error::input(source, format!("not a valid WAV file ({e})")))?;
    let src = reader.spec();
    let spec = WavSpec {
        channels: src.channels,
        sample_rate: src.sample_rate,
        bits_per_sample: src.bits_per_sample,
        sample_format: src.sample_format,
    };
    // The file was validated through `open_source`; it must not have changed since.
    let now = (
        spec.sample_rate,
        spec.channels,
        Some(spec.bits_per_sample),
        spec.sample_format == SampleFormat::Float,
        u64::from(reader.duration()),
    );
    let validated = (
        info.sample_rate,
        info.channels,
        info.bits_per_sample(),
        info.is_float(),
        info.frames,
    );
    if now != validated {
        return Err(Error::input(source, "file changed while being read"));
    }
    let channels = usize::from(spec.channels);
    if !(reader.len() as usize).is_multiple_of(channels) {
        return Err(Error::input(
            source,
            "truncated audio data (data chunk ends inside a sample frame)",
        ));
    }
    let mut bleeper = Bleeper::new(intervals.to_vec(), spec.sample_rate, spec.channels, mode);
    let data_err = |e: hound::Error| {
        Error::input(
            source,
            format!("truncated or unreadable audio data ({e}); no redacted audio written"),
        )
    };

    publish(out, spec, |writer| {
        let mut frames_done = 0u64;
        match spec.sample_format {
            SampleFormat::Float => {
                let mut samples = reader.samples::<f32>();
                let mut buf: Vec<f32> = Vec::with_capacity(BLOCK_FRAMES * channels);
                loop {
                    buf.clear();
                    for s in samples.by_ref().take(BLOCK_FRAMES * channels) {
                        buf.push(s.map_err(data_err)?);
                    }
                    if buf.is_empty() {
                        break;
                    }
                    bleeper.apply(&mut buf, frames_done);
                    for &s in &buf {
                        writer.write_sample(s).map_err(|e| write_err(out, e))?;
                    }
                    frames_done += (buf.len() / channels) as u64;
                }
            }
            SampleFormat::Int => {
                let bits = spec.bits_per_sample;
                let scale = 1.0 / (1u64 << (bits - 1)) as f32;
                let mut samples = reader.samples::<i32>();
                let mut buf: Vec<i32> = Vec::with_capacity(BLOCK_FRAMES * channels);
                loop {
                    buf.clear();
                    for s in samples.by_ref().take(BLOCK_FRAMES * channels) {
                        buf.push(s.map_err(data_err)?);
                    }
                    if buf.is_empty() {
                        break;
                    }
                    let n = buf.len() / channels;
                    // Only muted samples go through f32; the rest are copied as read.
                    bleeper.for_each_muted(frames_done, n, |i, gain, replacement| {
                        buf[i] = quantize(mix(buf[i] as f32 * scale, gain, replacement), bits);
                    });
                    for &s in &buf {
                        writer.write_sample(s).map_err(|e| write_err(out, e))?;
                    }
                    frames_done += n as u64;
                }
            }
        }
        if frames_done != info.frames {
            return Err(Error::input(
                source,
                format!(
                    "truncated audio data ({frames_done} of {} frames); no redacted audio written",
                    info.frames
                ),
            ));
        }
        Ok(frames_done)
    })
}

/// Any other format: decoded frames, written as 16-bit PCM at the source rate and channels.
fn write_from_decoded(
    source: &Path,
    mut src: Box<dyn AudioSource>,
    out: &Path,
    intervals: &[MuteInterval],
    mode: AudioMode,
) -> Result<()> {
    let info = src.info().clone();
    let spec = WavSpec {
        channels: info.channels,
        sample_rate: info.sample_rate,
        bits_per_sample: 16,
        sample_format: SampleFormat::Int,
    };
    let channels = usize::from(info.channels);
    let max_frames = MAX_DATA_BYTES / (2 * channels as u64);
    if info.frames > max_frames {
        return Err(Error::output(out, TOO_LONG));
    }
    let mut bleeper = Bleeper::new(intervals.to_vec(), spec.sample_rate, spec.channels, mode);

    publish(out, spec, |writer| {
        let mut frames_done = 0u64;
        let mut buf: Vec<f32> = Vec::with_capacity(BLOCK_FRAMES * channels);
        loop {
            buf.clear();
            let n = src.read(&mut buf, BLOCK_FRAMES)?;
            if n == 0 {
                break;
            }
            if buf.len() != n * channels {
                return Err(Error::input(source, "decoder returned a partial frame"));
            }
            frames_done += n as u64;
            if frames_done > max_frames {
                return Err(Error::output(out, TOO_LONG));
            }
            bleeper.apply(&mut buf, frames_done - n as u64);
            for &v in &buf {
                writer
                    .write_sample(quantize(v, 16) as i16)
                    .map_err(|e| write_err(out, e))?;
            }
        }
        // The decoder checks lossy streams against their (estimated) length; a lossless one
        // that declares its length must match it exactly.
        let lossless = info.bits_per_sample().is_some();
        if frames_done == 0 || (lossless && info.frames > 0 && frames_done != info.frames) {
            return Err(Error::input(
                source,
                format!(
                    "truncated or corrupt audio data ({frames_done} of {} frames); no redacted \
                     audio written",
                    info.frames
                ),
            ));
        }
        Ok(frames_done)
    })
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

/// Creates a private temp file beside `out`, lets `body` write the samples (returning the frame
/// count), finalizes the WAV, reads its header back, fsyncs and renames into place. On error the
/// temp file is removed and nothing is published.
fn publish(
    out: &Path,
    spec: WavSpec,
    body: impl FnOnce(&mut Writer<'_>) -> Result<u64>,
) -> Result<()> {
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e.to_string()))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".hush-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::output(dir, e.to_string()))?;

    let mut writer =
        WavWriter::new(BufWriter::new(tmp.as_file()), spec).map_err(|e| write_err(out, e))?;
    let frames = body(&mut writer)?;
    writer.finalize().map_err(|e| write_err(out, e))?;

    // The header must declare exactly the format and frames written (no lying chunk sizes).
    let check = File::open(tmp.path())
        .map_err(|e| Error::output(out, e.to_string()))
        .and_then(|f| WavReader::new(BufReader::new(f)).map_err(|e| write_err(out, e)))?;
    if check.spec() != spec || u64::from(check.len()) != frames * u64::from(spec.channels) {
        return Err(Error::output(
            out,
            "written WAV header does not match the audio",
        ));
    }
    drop(check);

    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::output(out, e.to_string()))?;
    tmp.persist(out)
        .map_err(|e| Error::output(out, e.error.to_string()))?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
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
        let e = write_redacted_wav(&p, &p, &[], AudioMode::Beep).unwrap_err();
        assert!(matches!(e, Error::Output { .. }));
        assert_eq!(std::fs::read(&p).unwrap(), b"x");
    }
}
