//! WAV (RIFF/RF64) through hound: sample-exact integers, and the header checks hush has always
//! made.
//!
//! Owns the WAV header validation and sample conversion to f32. It reads only through the
//! [`HashingReader`] it is given and may not open files, sanitize (the caller does) or know
//! about other formats.

use std::io::BufReader;
use std::path::{Path, PathBuf};

use hound::{SampleFormat, WavReader};

use super::hashing::HashingReader;
use super::{check_layout, Decoder, Format};
use crate::audio::source::Container;
use crate::error::{Error, Result};

fn describe_wav(e: hound::Error) -> String {
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

/// The encoding a WAV's fmt chunk declares when it is not PCM or IEEE float (hound rejects
/// those with messages about the header's arithmetic, which say nothing about what to do).
pub(super) fn unsupported_wav_encoding(head: &[u8]) -> Option<String> {
    let u16_at = |i: usize| Some(u16::from_le_bytes(head.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_le_bytes(head.get(i..i + 4)?.try_into().ok()?));
    if head.get(8..12) != Some(b"WAVE") {
        return None;
    }
    let mut at = 12usize;
    while let (Some(id), Some(size)) = (head.get(at..at + 4), u32_at(at + 4)) {
        if id == b"fmt " {
            let mut tag = u16_at(at + 8)?;
            // WAVE_FORMAT_EXTENSIBLE: the real tag opens the SubFormat GUID.
            if tag == 0xFFFE && size >= 26 {
                tag = u16_at(at + 8 + 24)?;
            }
            let name = match tag {
                0x0001 | 0x0003 => return None,
                0x0002 => "ms-adpcm".to_string(),
                0x0006 => "a-law".to_string(),
                0x0007 => "mu-law".to_string(),
                0x0011 => "ima-adpcm".to_string(),
                0x0031 => "gsm-6.10".to_string(),
                0x0050 => "mpeg".to_string(),
                0x0055 => "mp3".to_string(),
                other => format!("format tag 0x{other:04x}"),
            };
            return Some(name);
        }
        at = at.checked_add(8 + size as usize + (size as usize & 1))?;
    }
    None
}

pub(super) struct WavDecoder {
    path: PathBuf,
    reader: WavReader<BufReader<HashingReader>>,
    channels: usize,
    float: bool,
    /// Integer samples to [-1, 1).
    scale: f32,
    frames: u64,
    frames_read: u64,
}

impl WavDecoder {
    /// Validates the header; the audio data is read later, through [`Decoder::read`].
    pub fn open(path: &Path, src: HashingReader) -> Result<(Format, WavDecoder)> {
        let reader =
            WavReader::new(BufReader::new(src)).map_err(|e| Error::input(path, describe_wav(e)))?;
        let spec = reader.spec();
        check_layout(path, spec.sample_rate, spec.channels as usize)?;
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
        let float = spec.sample_format == SampleFormat::Float;
        let frames = reader.duration() as u64;
        if frames == 0 {
            return Err(Error::input(
                path,
                "no audio samples (zero-length recording)",
            ));
        }
        if reader.len() % spec.channels as u32 != 0 {
            return Err(Error::input(
                path,
                "truncated audio data (data chunk ends inside a sample frame)",
            ));
        }
        let format = Format {
            container: Container::Wav,
            codec: if float {
                "pcm_f32le".into()
            } else {
                format!("pcm_s{}le", spec.bits_per_sample)
            },
            sample_rate: spec.sample_rate,
            channels: spec.channels,
            bits_per_sample: Some(spec.bits_per_sample),
            float,
            frames,
        };
        let decoder = WavDecoder {
            path: path.to_path_buf(),
            reader,
            channels: spec.channels as usize,
            float,
            scale: if float {
                1.0
            } else {
                1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32
            },
            frames,
            frames_read: 0,
        };
        Ok((format, decoder))
    }

    /// The header was valid, so a read error inside the data means the file was cut short
    /// (hound reports that as "failed to read enough bytes") or the disk failed.
    fn data_error(&self, e: hound::Error) -> Error {
        match e {
            hound::Error::IoError(io) => Error::input(
                &self.path,
                format!("truncated or unreadable audio data ({io})"),
            ),
            other => Error::input(&self.path, describe_wav(other)),
        }
    }
}

impl Decoder for WavDecoder {
    fn read_int(&mut self, out: &mut Vec<i32>, max_frames: usize) -> Option<Result<usize>> {
        if self.float {
            return None;
        }
        let channels = self.channels;
        let left = (self.frames - self.frames_read).min(usize::MAX as u64) as usize;
        let want = max_frames.min(left) * channels;
        let start = out.len();
        out.reserve(want);
        let res = self
            .reader
            .samples::<i32>()
            .take(want)
            .try_for_each(|s| s.map(|s| out.push(s)));
        if let Err(e) = res {
            return Some(Err(self.data_error(e)));
        }
        let got = out.len() - start;
        if got < want {
            return Some(Err(Error::input(
                &self.path,
                "truncated audio data (file ends inside a sample frame)",
            )));
        }
        self.frames_read += (got / channels) as u64;
        Some(Ok(got / channels))
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let channels = self.channels;
        let left = (self.frames - self.frames_read).min(usize::MAX as u64) as usize;
        let want = max_frames.min(left) * channels;
        let start = out.len();
        out.reserve(want);
        let res: std::result::Result<(), hound::Error> = if self.float {
            self.reader
                .samples::<f32>()
                .take(want)
                .try_for_each(|s| s.map(|s| out.push(s)))
        } else {
            let scale = self.scale;
            self.reader
                .samples::<i32>()
                .take(want)
                .try_for_each(|s| s.map(|s| out.push(s as f32 * scale)))
        };
        res.map_err(|e| self.data_error(e))?;
        let got = out.len() - start;
        if got < want {
            // hound stops at the end of the data chunk; short of the header's count is a cut file.
            return Err(Error::input(
                &self.path,
                "truncated audio data (file ends inside a sample frame)",
            ));
        }
        self.frames_read += (got / channels) as u64;
        Ok(got / channels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_pcm_wav_encodings_are_named() {
        let wav = |tag: u16, extra: &[u8]| {
            let mut v = b"RIFF\0\0\0\0WAVE".to_vec();
            v.extend_from_slice(b"LIST\x03\0\0\0abc\0"); // odd size, padded
            v.extend_from_slice(b"fmt ");
            v.extend_from_slice(&(16 + extra.len() as u32).to_le_bytes());
            v.extend_from_slice(&tag.to_le_bytes());
            v.extend_from_slice(&[0; 14]);
            v.extend_from_slice(extra);
            v
        };
        assert_eq!(
            unsupported_wav_encoding(&wav(2, &[])).as_deref(),
            Some("ms-adpcm")
        );
        assert_eq!(
            unsupported_wav_encoding(&wav(0x31, &[])).as_deref(),
            Some("gsm-6.10")
        );
        assert_eq!(unsupported_wav_encoding(&wav(1, &[])), None);
        assert_eq!(unsupported_wav_encoding(&wav(3, &[])), None);
        let mut ext = vec![22, 0, 16, 0, 0, 0, 0, 0];
        ext.extend_from_slice(&[
            0x11, 0, 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xAA, 0, 0x38, 0x9B, 0x71,
        ]);
        assert_eq!(
            unsupported_wav_encoding(&wav(0xFFFE, &ext)).as_deref(),
            Some("ima-adpcm")
        );
        ext[8] = 1;
        assert_eq!(unsupported_wav_encoding(&wav(0xFFFE, &ext)), None);
        assert_eq!(unsupported_wav_encoding(b"RIFF"), None);
    }
}
