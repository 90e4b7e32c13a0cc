//! Opening an input file of any supported format as an [`AudioSource`].
//!
//! The format is decided by the file's first bytes, never by its extension: a mislabelled file
//! decodes as what it is, and anything unrecognized is refused before a decoder touches it.
//! WAV goes through hound ([`wav`]), everything else through symphonia ([`compressed`]); the
//! container checks symphonia does not make live in [`integrity`].
//!
//! The path is opened once: that one handle ([`hashing::Input`]) serves sniffing, the integrity
//! checks and decoding, and hashes the file's bytes as the decoder reads them, so the sha256
//! comes for free with the decode. This module owns opening, sniffing, the limits every format
//! shares, and [`FileSource`], the one read path where every decoder's output is sanitized. It may
//! not import anything above `audio` (detection, redaction, output).
//!
//! Every problem becomes one [`Error::Input`] naming the file. Decoding must never end quietly
//! short of what the file holds (that would be a silently shorter transcript), so beyond the
//! decoders' own errors the number of decoded frames is checked against the length the
//! container declares: a cut FLAC, an MP3 with a Xing/Info header, an Ogg stream missing its last
//! page, or a page dropped for a bad checksum all fail as truncated or corrupt.

mod compressed;
mod hashing;
mod integrity;
mod wav;

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::source::{sanitize, AudioSource, Container, Origin, SourceInfo};
use crate::error::{Error, Result};
use compressed::SymDecoder;
use hashing::Input;
use wav::WavDecoder;

/// Opens any supported file after validating it: the checks and messages WAV always had
/// (missing, directory, empty, unrecognized, channel and rate limits), for every format.
pub fn open_source(path: &Path) -> Result<Box<dyn AudioSource>> {
    let file = open_file(path)?;
    Ok(Box::new(FileSource::open(path, file)?))
}

/// The same sample-rate and channel-count limits for every format.
const MAX_CHANNELS: usize = 32;
const RATES: std::ops::RangeInclusive<u32> = 1_000..=768_000;

fn open_file(path: &Path) -> Result<File> {
    // Regular files only (a FIFO would block the open below); a missing file, a directory or a
    // device is named as such there.
    super::check_input_path(path)?;
    let file = File::open(path).map_err(|e| Error::input(path, format!("cannot open: {e}")))?;
    let len = file.metadata().map_err(|e| read_error(path, e))?.len();
    if len == 0 {
        return Err(Error::input(path, "empty file"));
    }
    Ok(file)
}

fn read_error(path: &Path, e: std::io::Error) -> Error {
    Error::input(path, format!("read error: {e}"))
}

#[derive(Debug, PartialEq)]
enum Sniffed {
    /// RIFF/RF64: hound, which also explains what is wrong with a bad WAV.
    Wav,
    /// ISO base media (MP4/M4A): symphonia, after our own check of the box layout.
    Mp4,
    /// A signature one of the symphonia readers handles.
    Other,
}

/// Whether a file's first bytes (16 are enough) carry the signature of a format hush reads:
/// how a batch tells recordings from the other files of a directory without decoding them.
pub fn looks_like_audio(head: &[u8]) -> bool {
    sniff(head).is_some()
}

/// Decides how to open a file from its first bytes.
fn sniff(head: &[u8]) -> Option<Sniffed> {
    let at = |i: usize, sig: &[u8]| head.len() >= i + sig.len() && &head[i..i + sig.len()] == sig;
    if at(0, b"RIFF") || at(0, b"RF64") {
        return Some(Sniffed::Wav);
    }
    // MPEG audio frame sync with a non-reserved layer (layer bits 00 are ADTS AAC, not handled).
    let mpeg_sync =
        head.len() >= 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0 && head[1] & 0x06 != 0;
    if at(4, b"ftyp") {
        return Some(Sniffed::Mp4);
    }
    if at(0, b"fLaC") || at(0, b"OggS") || at(0, b"ID3") || mpeg_sync {
        return Some(Sniffed::Other);
    }
    None
}

/// The first bytes of the file (fewer if it is shorter), without moving any reader.
fn read_head(file: &File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read_at(&mut buf[n..], n as u64) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn check_layout(path: &Path, rate: u32, channels: usize) -> Result<()> {
    if channels == 0 || channels > MAX_CHANNELS {
        return Err(Error::input(
            path,
            format!("unsupported channel count {channels}"),
        ));
    }
    if !RATES.contains(&rate) {
        return Err(Error::input(
            path,
            format!("unsupported sample rate {rate} Hz"),
        ));
    }
    Ok(())
}

/// What a decoder found in the header (and, for compressed formats, the first packet).
struct Format {
    container: Container,
    codec: String,
    sample_rate: u32,
    channels: u16,
    bits_per_sample: Option<u16>,
    float: bool,
    /// Declared frames; 0 if the file does not say.
    frames: u64,
}

/// A format's decoder: interleaved f32 frames, not yet sanitized.
trait Decoder: Send {
    /// Appends up to `max_frames` whole frames to `out`; 0 at the end of the stream.
    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize>;
    /// Integer PCM exactly as stored, for a bit-exact copy; None where the format has none.
    fn read_int(&mut self, _out: &mut Vec<i32>, _max_frames: usize) -> Option<Result<usize>> {
        None
    }
}

/// A decoded input file. Reads are sanitized here, after whichever decoder produced them, and
/// the sha256 of the file is ready once `read` has returned 0.
pub struct FileSource {
    path: PathBuf,
    info: SourceInfo,
    decoder: Box<dyn Decoder>,
    input: Arc<Input>,
    sha256: Option<String>,
    ended: bool,
    /// A decoder panicked: its state is unknown, so every later read fails too.
    poisoned: bool,
}

/// Runs a decoder step with a panic turned into an input error. The decoders parse hostile
/// bytes, and a panic there is their bug (fuzzing found a mutated Vorbis setup header that trips
/// an assertion in symphonia's Ogg mapper): for hush it is a corrupt file, refused like any
/// other, not a crashed stage.
fn guarded<T>(path: &Path, step: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(step))
        .unwrap_or_else(|_| Err(poisoned(path)))
}

fn poisoned(path: &Path) -> Error {
    Error::input(
        path,
        "corrupt audio data (the decoder failed on it: an internal check did not hold)",
    )
}

impl FileSource {
    /// Decodes `file`, already opened from `path` (used only to name the file in messages and
    /// `info`). Nothing here opens the path again.
    pub(crate) fn open(path: &Path, file: File) -> Result<FileSource> {
        let input = Input::new(file).map_err(|e| read_error(path, e))?;
        guarded(path, || FileSource::open_input(path, input))
    }

    fn open_input(path: &Path, input: Arc<Input>) -> Result<FileSource> {
        let mut head = [0u8; 16];
        let n = read_head(input.file(), &mut head).map_err(|e| read_error(path, e))?;
        let (format, decoder): (Format, Box<dyn Decoder>) = match sniff(&head[..n]) {
            Some(Sniffed::Wav) => {
                // Name a non-PCM encoding (hound's own message is about header arithmetic).
                let mut fmt = vec![0u8; 4096];
                let got = read_head(input.file(), &mut fmt).map_err(|e| read_error(path, e))?;
                match wav::unsupported_wav_encoding(&fmt[..got]).as_deref() {
                    None => {
                        let (f, d) = WavDecoder::open(path, input.reader())?;
                        (f, Box::new(d))
                    }
                    // Telephony WAVs: hound reads PCM only; symphonia decodes G.711.
                    Some("mu-law" | "a-law") => {
                        let (f, d) = SymDecoder::open(path, &input, None, true)?;
                        (f, Box::new(d))
                    }
                    Some(name) => {
                        return Err(Error::input(
                            path,
                            format!(
                                "unsupported WAV encoding {name}; convert it to PCM first, e.g. \
                             `ffmpeg -i IN -c:a pcm_s16le OUT.wav`"
                            ),
                        ))
                    }
                }
            }
            Some(Sniffed::Mp4) => {
                let moov = integrity::mp4::check_and_read_moov(input.file(), input.len())
                    .map_err(|p| Error::input(path, p))?;
                let (f, d) = SymDecoder::open(path, &input, Some(moov), false)?;
                (f, Box::new(d))
            }
            Some(Sniffed::Other) => {
                let (f, d) = SymDecoder::open(path, &input, None, false)?;
                (f, Box::new(d))
            }
            None => {
                return Err(Error::input(
                    path,
                    "not a valid audio file (unrecognized format; supported: WAV, FLAC, MP3, \
                     Ogg Vorbis, Ogg Opus, M4A/AAC)",
                ))
            }
        };
        let info = SourceInfo {
            sample_rate: format.sample_rate,
            channels: format.channels,
            frames: format.frames,
            origin: Origin::File {
                name: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                container: format.container,
                codec: format.codec,
                bits_per_sample: format.bits_per_sample,
                float: format.float,
            },
            sanitized: Default::default(),
            overrun_frames: 0,
        };
        Ok(FileSource {
            path: path.to_path_buf(),
            info,
            decoder,
            input,
            sha256: None,
            ended: false,
            poisoned: false,
        })
    }
}

impl AudioSource for FileSource {
    fn info(&self) -> &SourceInfo {
        &self.info
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        if self.ended || max_frames == 0 {
            return Ok(0);
        }
        if self.poisoned {
            return Err(poisoned(&self.path));
        }
        let start = out.len();
        let decoder = &mut self.decoder;
        let n = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            decoder.read(out, max_frames)
        })) {
            Ok(r) => r?,
            Err(_) => {
                self.poisoned = true;
                out.truncate(start);
                return Err(poisoned(&self.path));
            }
        };
        if out.len() - start != n * self.info.channels as usize {
            return Err(Error::input(&self.path, "decoder returned a partial frame"));
        }
        if n == 0 {
            self.ended = true;
            let sha = self.input.finish().map_err(|e| read_error(&self.path, e))?;
            self.sha256 = Some(sha);
            return Ok(0);
        }
        sanitize(&mut out[start..], &mut self.info.sanitized);
        Ok(n)
    }

    fn sha256(&self) -> Option<String> {
        self.sha256.clone()
    }

    fn read_int(&mut self, out: &mut Vec<i32>, max_frames: usize) -> Result<usize> {
        if self.ended || max_frames == 0 {
            return Ok(0);
        }
        if self.poisoned {
            return Err(poisoned(&self.path));
        }
        let decoder = &mut self.decoder;
        let n = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            decoder.read_int(out, max_frames)
        })) {
            Ok(Some(r)) => r?,
            Ok(None) => return Err(Error::Pipeline("no integer samples in this format".into())),
            Err(_) => {
                self.poisoned = true;
                return Err(poisoned(&self.path));
            }
        };
        if n == 0 {
            self.ended = true;
            let sha = self.input.finish().map_err(|e| read_error(&self.path, e))?;
            self.sha256 = Some(sha);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audio::source::Sanitized;
    use sha2::{Digest, Sha256};

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name)
    }

    #[test]
    fn sniffs_by_content() {
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), Some(Sniffed::Wav));
        assert_eq!(sniff(b"fLaC\0\0\0\x22"), Some(Sniffed::Other));
        assert_eq!(sniff(b"OggS\0\x02"), Some(Sniffed::Other));
        assert_eq!(sniff(b"ID3\x04\0"), Some(Sniffed::Other));
        assert_eq!(sniff(b"\0\0\0\x20ftypM4A "), Some(Sniffed::Mp4));
        assert_eq!(sniff(&[0xFF, 0xF3, 0x44, 0xC4]), Some(Sniffed::Other)); // MPEG-2 layer III
        assert_eq!(sniff(&[0xFF, 0xF1, 0x50, 0x80]), None); // ADTS AAC
        assert_eq!(sniff(b"this is text"), None);
        assert_eq!(sniff(b"R"), None);
    }

    fn drain(src: &mut dyn AudioSource) -> Vec<f32> {
        let mut all = Vec::new();
        while src.read(&mut all, 4096).unwrap() > 0 {}
        all
    }

    /// The path is opened once: with its name unlinked right after that open, every format
    /// still sniffs, passes its container checks, decodes to the end and hashes to the file's
    /// sha256. Anything that opened the path again would fail with "no such file".
    #[test]
    fn one_open_serves_sniffing_checks_decoding_and_the_hash() {
        let dir = tempfile::tempdir().unwrap();
        let mut names = vec!["jfk.wav".to_string()];
        for e in std::fs::read_dir(fixture("formats")).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if !name.ends_with(".md") {
                names.push(format!("formats/{name}"));
            }
        }
        assert!(names.len() >= 8, "{names:?}");
        for name in &names {
            let bytes = std::fs::read(fixture(name)).unwrap();
            let p = dir.path().join(name.replace('/', "-"));
            std::fs::write(&p, &bytes).unwrap();
            let file = open_file(&p).unwrap();
            std::fs::remove_file(&p).unwrap();
            let mut src = FileSource::open(&p, file).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(src.sha256(), None, "{name}: hash before the end");
            let samples = drain(&mut src);
            assert!(samples.len() > 1000, "{name}");
            let want = hex::encode(Sha256::digest(&bytes));
            assert_eq!(src.sha256().as_deref(), Some(want.as_str()), "{name}");
            assert_eq!(src.read(&mut Vec::new(), 10).unwrap(), 0);
        }
    }

    /// Writes a 32-bit float WAV holding `samples` (mono, 16 kHz).
    fn float_wav(path: &Path, samples: &[f32]) {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 16_000,
            bits_per_sample: 32,
            sample_format: hound::SampleFormat::Float,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for &s in samples {
            w.write_sample(s).unwrap();
        }
        w.finalize().unwrap();
    }

    fn decode_float(samples: &[f32]) -> (Vec<f32>, Sanitized) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.wav");
        float_wav(&p, samples);
        let mut src = open_source(&p).unwrap();
        let out = drain(src.as_mut());
        (out, src.info().sanitized)
    }

    #[test]
    fn float_wav_nan_is_silenced_and_counted() {
        let (out, c) = decode_float(&[0.5, f32::NAN, -0.25]);
        assert_eq!(out, [0.5, 0.0, -0.25]);
        assert_eq!((c.non_finite, c.clamped), (1, 0));
    }

    #[test]
    fn float_wav_infinities_are_silenced_and_counted() {
        let (out, c) = decode_float(&[f32::INFINITY, 0.1, f32::NEG_INFINITY]);
        assert_eq!(out, [0.0, 0.1, 0.0]);
        assert_eq!((c.non_finite, c.clamped), (2, 0));
    }

    #[test]
    fn float_wav_huge_values_are_clamped_and_counted() {
        let (out, c) = decode_float(&[1e30, -1e30, 1.5, 0.9]);
        assert_eq!(out, [1.0, -1.0, 1.0, 0.9]);
        assert_eq!((c.non_finite, c.clamped), (0, 3));
    }

    #[test]
    fn clean_integer_audio_is_untouched() {
        let mut src = open_source(&fixture("formats/jfk.flac")).unwrap();
        let out = drain(src.as_mut());
        assert!(out.iter().all(|s| (-1.0..=1.0).contains(s)));
        assert_eq!(src.info().sanitized, Sanitized::default());
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    struct Panics;

    impl Decoder for Panics {
        fn read(&mut self, _: &mut Vec<f32>, _: usize) -> Result<usize> {
            panic!("decoder bug")
        }
    }

    #[test]
    fn a_panicking_decoder_is_a_corrupt_input_for_good() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/jfk.wav");
        let mut src = FileSource::open(&path, open_file(&path).unwrap()).unwrap();
        src.decoder = Box::new(Panics);
        let mut out = vec![0.5];
        for _ in 0..2 {
            match src.read(&mut out, 10) {
                Err(Error::Input { problem, .. }) => assert!(problem.contains("corrupt")),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(out, [0.5]);
        assert_eq!(src.sha256(), None);
        let e = guarded(&path, || -> Result<()> { panic!("open bug") }).unwrap_err();
        assert!(matches!(e, Error::Input { .. }));
    }
}
