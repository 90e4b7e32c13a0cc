//! Raw audio streams: headerless samples on a pipe, the way a media server, `ffmpeg -f s16le -`,
//! `sox ... -t raw -` or `arecord` hands them over. The format, rate and channel count come from
//! the command line, since the bytes carry none.
//!
//! Owns the raw sample formats ([`RawFormat`], G.711 through [`super::g711`]), the source that
//! reads them ([`RawSource`]), and [`StreamInput`], the input that can be read once as it arrives
//! and, when redacted audio is asked for, once more from memory. It knows no file format and
//! imports nothing above `audio`.
//!
//! A live stream must be stoppable without losing what was said: [`StoppableReader`] polls its
//! file descriptor, so a stop flag (set by the first Ctrl-C) ends the stream like an end of file
//! and everything already read is still transcribed and written.

use std::io::{Cursor, Read};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use super::g711::Law;
use super::input::AudioInput;
use super::source::{sanitize, AudioSource, Origin, SourceInfo};
use crate::error::{Error, Result};

/// Sample encodings of a raw stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RawFormat {
    /// Signed 16-bit little-endian PCM.
    S16le,
    /// 32-bit IEEE float little-endian.
    F32le,
    /// G.711 μ-law, 8 bits (North American / Japanese telephony).
    Mulaw,
    /// G.711 A-law, 8 bits (European / international telephony).
    Alaw,
}

impl RawFormat {
    pub fn bytes_per_sample(self) -> usize {
        match self {
            RawFormat::S16le => 2,
            RawFormat::F32le => 4,
            RawFormat::Mulaw | RawFormat::Alaw => 1,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RawFormat::S16le => "s16le",
            RawFormat::F32le => "f32le",
            RawFormat::Mulaw => "mulaw",
            RawFormat::Alaw => "alaw",
        }
    }

    fn decode(self, bytes: &[u8], out: &mut Vec<f32>) {
        match self {
            RawFormat::S16le => out.extend(
                bytes
                    .chunks_exact(2)
                    .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0),
            ),
            RawFormat::F32le => out.extend(
                bytes
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            ),
            RawFormat::Mulaw => out.extend(bytes.iter().map(|&c| Law::Mu.decode_f32(c))),
            RawFormat::Alaw => out.extend(bytes.iter().map(|&c| Law::A.decode_f32(c))),
        }
    }
}

/// What a raw stream is: the bytes say nothing of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawSpec {
    pub format: RawFormat,
    pub sample_rate: u32,
    pub channels: u16,
}

impl RawSpec {
    /// Checks the limits every input has (rates 1 kHz to 768 kHz; 1 or 2 channels for a stream).
    pub fn check(&self, name: &str) -> Result<()> {
        if !(1_000..=768_000).contains(&self.sample_rate) {
            return Err(Error::usage(
                name,
                format!(
                    "sample rate {} Hz is outside 1000..768000",
                    self.sample_rate
                ),
            ));
        }
        if !(1..=2).contains(&self.channels) {
            return Err(Error::usage(
                name,
                format!(
                    "{} channels: a stream has 1 (mono) or 2 (a call, one speaker per channel)",
                    self.channels
                ),
            ));
        }
        Ok(())
    }

    fn frame_bytes(&self) -> usize {
        self.format.bytes_per_sample() * usize::from(self.channels)
    }
}

/// Samples from a byte stream in a [`RawSpec`]. The sha256 covers every byte read; `frames` in
/// its info counts what has been read so far (a stream's length is known only at its end).
pub struct RawSource<R: Read + Send> {
    reader: R,
    spec: RawSpec,
    info: SourceInfo,
    /// Bytes of an incomplete frame, kept for the next read.
    carry: Vec<u8>,
    bytes: Vec<u8>,
    sha: Sha256,
    sha256: Option<String>,
    /// Every byte read, when the stream must be read again (redacted audio).
    record: Option<Arc<Mutex<Vec<u8>>>>,
}

impl<R: Read + Send> RawSource<R> {
    pub fn new(reader: R, spec: RawSpec) -> RawSource<R> {
        RawSource {
            reader,
            spec,
            info: SourceInfo {
                sample_rate: spec.sample_rate,
                channels: spec.channels,
                frames: 0,
                origin: Origin::Stdin {
                    format: spec.format.name().to_string(),
                },
                sanitized: Default::default(),
                overrun_frames: 0,
            },
            carry: Vec::new(),
            bytes: Vec::new(),
            sha: Sha256::new(),
            sha256: None,
            record: None,
        }
    }

    fn recording(mut self, record: Arc<Mutex<Vec<u8>>>) -> Self {
        self.record = Some(record);
        self
    }
}

impl<R: Read + Send> AudioSource for RawSource<R> {
    fn info(&self) -> &SourceInfo {
        &self.info
    }

    /// Returns as soon as at least one frame has arrived: a live stream must not wait for a
    /// full block.
    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let fb = self.spec.frame_bytes();
        let want = max_frames.max(1) * fb;
        self.bytes.clear();
        self.bytes.append(&mut self.carry);
        while self.bytes.len() < fb {
            let have = self.bytes.len();
            self.bytes.resize(want, 0);
            let n = loop {
                match self.reader.read(&mut self.bytes[have..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        return Err(Error::input(self.info.name(), format!("read error: {e}")))
                    }
                }
            };
            self.bytes.truncate(have + n);
            if n == 0 {
                if self.sha256.is_none() {
                    if !self.bytes.is_empty() {
                        tracing::warn!(
                            bytes = self.bytes.len(),
                            "stream ended inside a sample frame; the partial frame is dropped"
                        );
                    }
                    self.sha256 = Some(hex::encode(self.sha.clone().finalize()));
                }
                return Ok(0);
            }
            self.sha.update(&self.bytes[have..]);
            if let Some(r) = &self.record {
                r.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend_from_slice(&self.bytes[have..]);
            }
        }
        let whole = self.bytes.len() / fb * fb;
        self.carry.extend_from_slice(&self.bytes[whole..]);
        let start = out.len();
        self.spec.format.decode(&self.bytes[..whole], out);
        sanitize(&mut out[start..], &mut self.info.sanitized);
        let frames = whole / fb;
        self.info.frames += frames as u64;
        Ok(frames)
    }

    fn sha256(&self) -> Option<String> {
        self.sha256.clone()
    }
}

/// A reader over a file descriptor (stdin) that ends like an end of file once `stop` is set,
/// even while no data arrives: it waits with `poll` in short steps instead of blocking in
/// `read`.
pub struct StoppableReader<R: Read + AsRawFd + Send> {
    inner: R,
    stop: Arc<AtomicBool>,
}

impl<R: Read + AsRawFd + Send> StoppableReader<R> {
    pub fn new(inner: R, stop: Arc<AtomicBool>) -> Self {
        StoppableReader { inner, stop }
    }
}

/// How long one wait for data lasts before the stop flag is checked again.
const POLL_MS: i32 = 100;

fn wait_readable(fd: RawFd, stop: &AtomicBool) -> std::io::Result<bool> {
    loop {
        if stop.load(Ordering::SeqCst) {
            return Ok(false);
        }
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, for the duration of the call.
        let r = unsafe { libc::poll(&mut pfd, 1, POLL_MS) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        // Readable, hung up or in error: `read` says which.
        if r > 0 {
            return Ok(true);
        }
    }
}

impl<R: Read + AsRawFd + Send> Read for StoppableReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if !wait_readable(self.inner.as_raw_fd(), &self.stop)? {
            return Ok(0);
        }
        self.inner.read(buf)
    }
}

/// A raw stream as an [`AudioInput`]: read once as it arrives; with [`StreamInput::keep_audio`],
/// every byte is also kept in memory (never on disk) so the redacted recording can be written
/// at the end.
pub struct StreamInput {
    name: String,
    spec: RawSpec,
    reader: Mutex<Option<Box<dyn Read + Send>>>,
    recorded: Option<Arc<Mutex<Vec<u8>>>>,
}

impl StreamInput {
    pub fn new(name: &str, reader: Box<dyn Read + Send>, spec: RawSpec) -> StreamInput {
        StreamInput {
            name: name.to_string(),
            spec,
            reader: Mutex::new(Some(reader)),
            recorded: None,
        }
    }

    /// Keeps the stream's bytes in memory so it can be opened a second time.
    pub fn keep_audio(mut self) -> StreamInput {
        self.recorded = Some(Arc::new(Mutex::new(Vec::new())));
        self
    }
}

impl AudioInput for StreamInput {
    fn open(&self) -> Result<Box<dyn AudioSource>> {
        let first = self.reader.lock().unwrap_or_else(|p| p.into_inner()).take();
        match (first, &self.recorded) {
            (Some(reader), Some(rec)) => Ok(Box::new(
                RawSource::new(reader, self.spec).recording(Arc::clone(rec)),
            )),
            (Some(reader), None) => Ok(Box::new(RawSource::new(reader, self.spec))),
            (None, Some(rec)) => {
                let bytes = rec.lock().unwrap_or_else(|p| p.into_inner()).clone();
                Ok(Box::new(RawSource::new(Cursor::new(bytes), self.spec)))
            }
            (None, None) => Err(Error::input(
                &self.name,
                "a live stream can be read only once (redacted audio needs it kept: internal error)",
            )),
        }
    }

    fn name(&self) -> String {
        self.name.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(format: RawFormat, channels: u16) -> RawSpec {
        RawSpec {
            format,
            sample_rate: 8000,
            channels,
        }
    }

    fn drain(src: &mut dyn AudioSource) -> Vec<f32> {
        let mut out = Vec::new();
        while src.read(&mut out, 3).unwrap() > 0 {}
        out
    }

    /// A reader that hands out one byte per call, like a slow pipe.
    struct Trickle(Cursor<Vec<u8>>);
    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(1);
            self.0.read(&mut buf[..n])
        }
    }

    #[test]
    fn s16le_frames_split_across_reads_are_joined() {
        let samples: [i16; 4] = [0, 16384, -16384, -32768];
        let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        let mut src = RawSource::new(
            Trickle(Cursor::new(bytes.clone())),
            spec(RawFormat::S16le, 2),
        );
        assert_eq!(drain(&mut src), [0.0, 0.5, -0.5, -1.0]);
        assert_eq!(src.info().frames, 2);
        assert_eq!(
            src.sha256().unwrap(),
            hex::encode(Sha256::digest(&bytes)),
            "the hash covers every byte"
        );
    }

    #[test]
    fn g711_and_float_decode_and_are_sanitized() {
        let mut src = RawSource::new(
            Cursor::new(vec![0xff, 0x80, 0x00]),
            spec(RawFormat::Mulaw, 1),
        );
        let got = drain(&mut src);
        assert_eq!(got[0], 0.0);
        assert!((got[1] - 32124.0 / 32768.0).abs() < 1e-6 && got[2] < -0.98);

        let mut src = RawSource::new(Cursor::new(vec![0xd5, 0x55]), spec(RawFormat::Alaw, 1));
        assert_eq!(drain(&mut src), [8.0 / 32768.0, -8.0 / 32768.0]);

        let bytes: Vec<u8> = [f32::NAN, 3.0, 0.25]
            .iter()
            .flat_map(|s| s.to_le_bytes())
            .collect();
        let mut src = RawSource::new(Cursor::new(bytes), spec(RawFormat::F32le, 1));
        assert_eq!(drain(&mut src), [0.0, 1.0, 0.25]);
        assert_eq!(src.info().sanitized.total(), 2);
    }

    #[test]
    fn a_partial_last_frame_is_dropped_not_an_error() {
        let mut src = RawSource::new(Cursor::new(vec![0, 0, 1]), spec(RawFormat::S16le, 1));
        assert_eq!(drain(&mut src).len(), 1);
    }

    #[test]
    fn a_kept_stream_opens_twice_with_the_same_samples() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        let input = StreamInput::new(
            "stdin",
            Box::new(Trickle(Cursor::new(bytes))),
            spec(RawFormat::Mulaw, 1),
        )
        .keep_audio();
        let first = drain(input.open().unwrap().as_mut());
        let second = drain(input.open().unwrap().as_mut());
        assert_eq!(first.len(), 256);
        assert_eq!(first, second);

        let once = StreamInput::new(
            "stdin",
            Box::new(Cursor::new(vec![0u8; 4])),
            spec(RawFormat::Mulaw, 1),
        );
        drain(once.open().unwrap().as_mut());
        assert!(once.open().is_err());
    }

    #[test]
    fn a_stop_flag_ends_a_silent_pipe_like_end_of_file() {
        let (r, _w) = std::io::pipe().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let mut reader = StoppableReader::new(r, Arc::clone(&stop));
        let t = std::thread::spawn(move || {
            let mut buf = [0u8; 16];
            reader.read(&mut buf).unwrap()
        });
        std::thread::sleep(std::time::Duration::from_millis(150));
        stop.store(true, Ordering::SeqCst);
        assert_eq!(t.join().unwrap(), 0);
    }

    #[test]
    fn limits_are_checked() {
        assert!(spec(RawFormat::Mulaw, 1).check("stdin").is_ok());
        assert!(spec(RawFormat::Mulaw, 3).check("stdin").is_err());
        let mut s = spec(RawFormat::S16le, 1);
        s.sample_rate = 500;
        assert!(s.check("stdin").is_err());
    }
}
