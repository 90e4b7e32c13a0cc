//! Opening an input of any supported format as a stream of interleaved f32 frames.
//!
//! The format is decided by the file's first bytes, never by its extension: a mislabelled file
//! decodes as what it is, and anything unrecognized is refused before a decoder touches it.
//! WAV goes through hound (sample-exact integers, and the header checks hush has always made);
//! FLAC, MP3, Ogg Vorbis and M4A/AAC through symphonia (pure Rust); Ogg Opus through symphonia's
//! Ogg demuxer and the system libopus.
//!
//! Every problem becomes one [`Error::Input`] naming the file. Decoding must never end quietly
//! short of what the file holds (that would be a silently shorter transcript), so beyond the
//! decoders' own errors the number of decoded frames is checked against the length the
//! container declares: a cut FLAC, an MP3 with a Xing/Info header, an Ogg stream missing its last
//! page, or a page dropped for a bad checksum all fail as truncated or corrupt.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use hound::{SampleFormat, WavReader};
use symphonia::core::codecs::audio::well_known::{CODEC_ID_AAC, CODEC_ID_OPUS, CODEC_ID_VORBIS};
use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::codecs::registry::CodecRegistry;
use symphonia::core::codecs::CodecParameters;
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::{Hint, Probe};
use symphonia::core::formats::well_known::{
    FORMAT_ID_FLAC, FORMAT_ID_ISOMP4, FORMAT_ID_MP3, FORMAT_ID_OGG,
};
use symphonia::core::formats::{FormatOptions, FormatReader, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::default::formats::{FlacReader, IsoMp4Reader, MpaReader, OggReader};
use symphonia::default::meta::Id3v2Reader;
use symphonia_adapter_libopus::OpusDecoder;

use crate::error::{Error, Result};

/// The container (file format) of an input, as detected from its content.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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

/// The source recording's format.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AudioInfo {
    pub container: Container,
    /// Short codec name: `pcm_s16le`, `pcm_f32le`, `flac`, `mp3`, `vorbis`, `opus`, `aac`.
    pub codec: String,
    /// Rate the audio decodes at (Opus always decodes at 48 kHz).
    pub sample_rate: u32,
    pub channels: u16,
    /// bits per sample of the source's PCM (WAV/FLAC); None for lossy codecs
    pub bits_per_sample: Option<u16>,
    /// 32-bit IEEE float WAV.
    pub float: bool,
    /// Frames (samples per channel). From [`open_source`]/`probe`: what the file declares (an
    /// estimate from the bit rate for an MP3 without a Xing/Info header; 0 if the file does not
    /// say). From `read_audio`: the number actually decoded.
    pub frames: u64,
}

impl AudioInfo {
    pub fn duration_secs(&self) -> f64 {
        self.frames as f64 / self.sample_rate as f64
    }
}

/// Decoded interleaved frames at the source rate and channel count, as f32 in [-1, 1].
pub trait FrameSource: Send {
    fn info(&self) -> &AudioInfo;
    /// Appends up to `max_frames` frames (interleaved) to `out`; returns frames appended, 0 at the end.
    /// Errors (corrupt/truncated data) are `Error::Input` naming the file.
    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize>;
}

/// Opens any supported file after validating it: the checks and messages WAV always had
/// (missing, directory, empty, unrecognized, channel and rate limits), for every format.
pub fn open_source(path: &Path) -> Result<Box<dyn FrameSource>> {
    let mut file = open_file(path)?;
    let mut head = [0u8; 16];
    let n = read_head(&mut file, &mut head).map_err(|e| read_error(path, e))?;
    file.seek(SeekFrom::Start(0))
        .map_err(|e| read_error(path, e))?;
    match sniff(&head[..n]) {
        Some(Sniffed::Wav) => Ok(Box::new(WavSource::open(path, file)?)),
        Some(Sniffed::Mp4) => {
            let moov = mp4::check_and_read_moov(path).map_err(|p| Error::input(path, p))?;
            Ok(Box::new(SymSource::open(path, file, Some(moov))?))
        }
        Some(Sniffed::Other) => Ok(Box::new(SymSource::open(path, file, None)?)),
        None => Err(Error::input(
            path,
            "not a valid audio file (unrecognized format; supported: WAV, FLAC, MP3, \
             Ogg Vorbis, Ogg Opus, M4A/AAC)",
        )),
    }
}

/// The same sample-rate and channel-count limits for every format.
const MAX_CHANNELS: usize = 32;
const RATES: std::ops::RangeInclusive<u32> = 1_000..=768_000;

fn open_file(path: &Path) -> Result<File> {
    super::check_input_path(path)?; // regular files only: a FIFO would block the open below
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
    Ok(file)
}

fn read_head(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
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

// ---------------------------------------------------------------------------------------------
// WAV (hound)

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

struct WavSource {
    path: PathBuf,
    info: AudioInfo,
    reader: WavReader<BufReader<File>>,
    scale: f32,
    frames_read: u64,
}

/// The encoding a WAV's fmt chunk declares when it is not PCM or IEEE float (hound rejects
/// those with messages about the header's arithmetic, which say nothing about what to do).
fn unsupported_wav_encoding(head: &[u8]) -> Option<String> {
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

/// Validates a WAV header with hound (the WAV path of [`open_source`]).
fn wav_reader(path: &Path, mut file: File) -> Result<(AudioInfo, WavReader<BufReader<File>>)> {
    let mut head = vec![0u8; 4096];
    let n = read_head(&mut file, &mut head).map_err(|e| read_error(path, e))?;
    if let Some(name) = unsupported_wav_encoding(&head[..n]) {
        return Err(Error::input(
            path,
            format!(
                "unsupported WAV encoding {name}; convert it to PCM first, e.g. \
                 `ffmpeg -i IN -c:a pcm_s16le OUT.wav`"
            ),
        ));
    }
    file.seek(SeekFrom::Start(0))
        .map_err(|e| read_error(path, e))?;
    let reader =
        WavReader::new(BufReader::new(file)).map_err(|e| Error::input(path, describe_wav(e)))?;
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
    let info = AudioInfo {
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
        frames: reader.duration() as u64,
    };
    if info.frames == 0 {
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
    Ok((info, reader))
}

impl WavSource {
    fn open(path: &Path, file: File) -> Result<Self> {
        let (info, reader) = wav_reader(path, file)?;
        let bits = info.bits_per_sample.unwrap_or(16);
        Ok(WavSource {
            path: path.to_path_buf(),
            scale: if info.float {
                1.0
            } else {
                1.0 / (1u64 << (bits - 1)) as f32
            },
            info,
            reader,
            frames_read: 0,
        })
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

impl FrameSource for WavSource {
    fn info(&self) -> &AudioInfo {
        &self.info
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let channels = self.info.channels as usize;
        let want = max_frames.min((self.info.frames - self.frames_read) as usize) * channels;
        let start = out.len();
        out.reserve(want);
        let res: std::result::Result<(), hound::Error> = if self.info.float {
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

// ---------------------------------------------------------------------------------------------
// Everything else (symphonia)

/// Only the readers hush accepts (no ADTS, MKV, CAF...): anything else is refused by `sniff`.
/// MP4 is opened directly (see [`SymSource::open`]).
fn format_probe() -> &'static Probe {
    static PROBE: OnceLock<Probe> = OnceLock::new();
    PROBE.get_or_init(|| {
        let mut p = Probe::new();
        p.register_format::<FlacReader<'_>>();
        p.register_format::<MpaReader<'_>>();
        p.register_format::<OggReader<'_>>();
        // ID3v2 tags precede most MP3s.
        p.register_metadata::<Id3v2Reader<'_>>();
        p
    })
}

fn codecs() -> &'static CodecRegistry {
    static CODECS: OnceLock<CodecRegistry> = OnceLock::new();
    CODECS.get_or_init(|| {
        let mut r = CodecRegistry::new();
        symphonia::default::register_enabled_codecs(&mut r);
        r.register_audio_decoder::<OpusDecoder>();
        r
    })
}

/// Decoded frames may fall this far short of the declared length (in seconds) before the file
/// counts as truncated: lossy codecs' priming/padding bookkeeping is not always frame-exact.
const SHORTFALL_TOLERANCE_S: f64 = 0.05;

struct SymSource {
    path: PathBuf,
    info: AudioInfo,
    format: Box<dyn FormatReader>,
    decoder: Box<dyn AudioDecoder>,
    track_id: u32,
    /// Frames the container declares, when it does.
    declared: Option<u64>,
    /// Leading frames still to drop (M4A encoder priming, from the edit list).
    skip: u64,
    /// Frames to present at most (M4A edit list), dropping the encoder's tail padding.
    limit: Option<u64>,
    /// Decoded interleaved samples not yet handed out, from `pos`.
    pending: Vec<f32>,
    pos: usize,
    decoded: u64,
    done: bool,
}

/// `t` ticks at `from` per second, in ticks at `to` per second.
fn rescale(t: u64, to: u32, from: u32) -> u64 {
    (t as u128 * to as u128 / from.max(1) as u128) as u64
}

/// What symphonia's error means for the user, at open (`opening`) or while decoding.
fn describe_sym(e: &SymError, opening: bool) -> String {
    match e {
        SymError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            "truncated audio data (file ends inside the audio stream)".into()
        }
        SymError::IoError(io) => format!("read error: {io}"),
        SymError::DecodeError(what) if opening => format!("not a valid audio file ({what})"),
        SymError::DecodeError(what) => format!("corrupt audio data ({what})"),
        SymError::Unsupported(what) => format!("unsupported audio encoding ({what})"),
        SymError::LimitError(what) => format!("corrupt or absurd header ({what})"),
        SymError::ResetRequired => {
            "unsupported stream: the audio format changes partway through (chained streams)".into()
        }
        other => format!("invalid audio data ({other})"),
    }
}

impl SymSource {
    /// `mp4`: the file is MP4, with its `moov` box (for the edit list) if found. MP4 skips
    /// symphonia's probe, which would scan past the 4-byte size before `ftyp` and warn about
    /// "junk" on every valid file.
    fn open(path: &Path, file: File, mp4: Option<Option<Vec<u8>>>) -> Result<Self> {
        let err = |e: SymError| Error::input(path, describe_sym(&e, true));
        let mss = MediaSourceStream::new(Box::new(file), Default::default());
        let opened = match mp4 {
            Some(_) => IsoMp4Reader::try_new(mss, FormatOptions::default())
                .map(|r| Box::new(r) as Box<dyn FormatReader>),
            None => format_probe().probe(
                &Hint::new(),
                mss,
                FormatOptions::default(),
                MetadataOptions::default(),
            ),
        };
        let moov = mp4.flatten();
        let format = opened.map_err(|e| match e {
            // The probe scans for a known signature and runs off the end when there is none.
            SymError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
                Error::input(path, "not a valid audio file (no audio stream found)")
            }
            e => err(e),
        })?;
        let format_id = format.format_info().format;
        let no_track = || Error::input(path, "no audio samples (the file has no audio track)");
        let track = format
            .default_track(TrackType::Audio)
            .ok_or_else(no_track)?;
        let Some(CodecParameters::Audio(params)) = &track.codec_params else {
            return Err(no_track());
        };
        let params = params.clone();
        let track_id = track.id;
        let rate = params.sample_rate.unwrap_or(0);
        let mut declared = track.num_frames.or_else(|| {
            let time = track.time_base?.calc_duration(track.duration?)?;
            Some((time.as_secs_f64() * rate as f64).round() as u64)
        });
        let (mut skip, mut limit) = (0, None);
        let container = match format_id {
            FORMAT_ID_FLAC => Container::Flac,
            FORMAT_ID_MP3 => Container::Mp3,
            FORMAT_ID_OGG => {
                // symphonia cannot always find the end (e.g. after a damaged page), and it does
                // not say whether the last page was the real end: read the file's tail ourselves.
                let granule =
                    ogg::end_granule(path, track_id).map_err(|p| Error::input(path, p))?;
                let pre_skip = if params.codec == CODEC_ID_OPUS {
                    track.delay.unwrap_or(0) as u64
                } else {
                    0
                };
                if let Some(g) = granule {
                    declared = Some(g.saturating_sub(pre_skip));
                }
                if params.codec == CODEC_ID_OPUS {
                    Container::Opus
                } else {
                    Container::Ogg
                }
            }
            FORMAT_ID_ISOMP4 => {
                let edit = moov.as_deref().and_then(mp4::audio_edit);
                if let Some(edit) = edit.filter(|e| e.timescale > 0) {
                    skip = rescale(edit.media_time, rate, edit.timescale);
                    limit = edit.duration.map(|d| rescale(d, rate, edit.timescale));
                    declared = limit.or(declared.map(|d| d.saturating_sub(skip)));
                }
                Container::M4a
            }
            _ => {
                return Err(Error::input(
                    path,
                    "not a valid audio file (unknown container)",
                ))
            }
        };
        let decoder = codecs()
            .make_audio_decoder(&params, &AudioDecoderOptions::default())
            .map_err(err)?;
        let lossless = !matches!(params.codec, CODEC_ID_AAC | CODEC_ID_OPUS | CODEC_ID_VORBIS)
            && container != Container::Mp3;
        let info = AudioInfo {
            container,
            codec: decoder.codec_info().short_name.to_ascii_lowercase(),
            sample_rate: rate,
            channels: params.channels.as_ref().map_or(0, |c| c.count()) as u16,
            bits_per_sample: if lossless {
                params.bits_per_sample.map(|b| b as u16)
            } else {
                None
            },
            float: false,
            frames: declared.unwrap_or(0),
        };
        if declared == Some(0) {
            return Err(Error::input(
                path,
                "no audio samples (zero-length recording)",
            ));
        }
        let mut src = SymSource {
            path: path.to_path_buf(),
            info,
            format,
            decoder,
            track_id,
            declared,
            skip,
            limit,
            pending: Vec::new(),
            pos: 0,
            decoded: 0,
            done: false,
        };
        // Decode the first packet now: it proves the stream decodes, and gives the true rate
        // and channel count when the container leaves them out.
        src.decode_next(true)?;
        check_layout(path, src.info.sample_rate, src.info.channels as usize)?;
        Ok(src)
    }

    /// Decodes packets until one yields audio (into `pending`) or the stream ends.
    fn decode_next(&mut self, opening: bool) -> Result<()> {
        let path = self.path.clone();
        let err = |e: SymError| Error::input(&path, describe_sym(&e, opening));
        while !self.done {
            let Some(packet) = self.format.next_packet().map_err(err)? else {
                self.done = true;
                break;
            };
            if packet.track_id != self.track_id {
                continue;
            }
            let buf = self.decoder.decode(&packet).map_err(err)?;
            let n = buf.frames() as u64;
            if n == 0 {
                continue;
            }
            let spec = buf.spec();
            let (rate, channels) = (spec.rate(), spec.channels().count() as u16);
            if self.decoded == 0 && self.pending.is_empty() {
                self.info.sample_rate = rate;
                self.info.channels = channels;
            } else if rate != self.info.sample_rate || channels != self.info.channels {
                return Err(Error::input(
                    &self.path,
                    "unsupported stream: the sample rate or channel count changes partway through",
                ));
            }
            buf.copy_to_vec_interleaved(&mut self.pending);
            self.pos = 0;
            // Edit-list trimming (M4A only; the other formats' decoders trim themselves).
            let drop_front = self.skip.min(n);
            self.skip -= drop_front;
            let mut keep = n - drop_front;
            if let Some(limit) = self.limit {
                keep = keep.min(limit - self.decoded);
                self.done = self.decoded + keep == limit;
            }
            let ch = channels as usize;
            self.pending.drain(..drop_front as usize * ch);
            self.pending.truncate(keep as usize * ch);
            self.decoded += keep;
            if keep > 0 {
                return Ok(());
            }
        }
        self.check_length()
    }

    /// At the end of the stream: refuse a stream that decoded to less than it declares.
    fn check_length(&self) -> Result<()> {
        if self.decoded == 0 {
            return Err(Error::input(
                &self.path,
                "no audio samples (the audio stream is empty)",
            ));
        }
        let Some(declared) = self.declared else {
            return Ok(());
        };
        let rate = self.info.sample_rate.max(1) as f64;
        let tolerance = (SHORTFALL_TOLERANCE_S * rate) as u64;
        if self.decoded + tolerance < declared {
            return Err(Error::input(
                &self.path,
                format!(
                    "truncated or corrupt audio data (decoded {:.2} s of the {:.2} s the file declares)",
                    self.decoded as f64 / rate,
                    declared as f64 / rate
                ),
            ));
        }
        Ok(())
    }
}

impl FrameSource for SymSource {
    fn info(&self) -> &AudioInfo {
        &self.info
    }

    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let channels = self.info.channels as usize;
        let mut got = 0;
        while got < max_frames {
            if self.pos < self.pending.len() {
                let n = ((self.pending.len() - self.pos) / channels).min(max_frames - got);
                out.extend_from_slice(&self.pending[self.pos..self.pos + n * channels]);
                self.pos += n * channels;
                got += n;
            } else if self.done {
                break;
            } else {
                self.pending.clear();
                self.pos = 0;
                self.decode_next(false)?;
            }
        }
        Ok(got)
    }
}

/// The end of an Ogg file, checked by hand (symphonia skips damaged pages with a warning and
/// cannot tell a cut file from a complete one).
mod ogg {
    use std::io::{Read, Seek, SeekFrom};
    use std::path::Path;

    /// Longest possible page (27-byte header, 255 lacing values, 255 x 255 body bytes), doubled so
    /// the window holds at least one whole page before the last.
    const TAIL: u64 = 2 * (27 + 255 + 255 * 255);
    const EOS: u8 = 0x04;

    pub struct Page {
        pub end: usize,
        pub flags: u8,
        pub granule: u64,
        pub serial: u32,
    }

    /// The granule position of the last page of logical stream `serial`, after checking that
    /// the file ends with a complete, checksummed page and that the stream's last page carries
    /// the end-of-stream flag. `Ok(None)`: that stream's last page is not in the tail window.
    pub fn end_granule(path: &Path, serial: u32) -> Result<Option<u64>, String> {
        let mut f = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
        let len = f.metadata().map_err(|e| format!("read error: {e}"))?.len();
        let start = len.saturating_sub(TAIL);
        let mut buf = Vec::with_capacity((len - start) as usize);
        f.seek(SeekFrom::Start(start))
            .and_then(|_| f.read_to_end(&mut buf))
            .map_err(|e| format!("read error: {e}"))?;
        let pages = pages_in(&buf);
        if pages.last().is_none_or(|p| p.end != buf.len()) {
            return Err("truncated audio data (the file ends inside an Ogg page)".into());
        }
        let Some(last) = pages.iter().rev().find(|p| p.serial == serial) else {
            return Ok(None);
        };
        if last.flags & EOS == 0 {
            return Err(
                "truncated audio data (the Ogg stream ends without its end-of-stream page)".into(),
            );
        }
        // -1 means "no packet ends on this page".
        Ok((last.granule != u64::MAX).then_some(last.granule))
    }

    /// Every complete page with a valid checksum in `buf`, in order.
    pub fn pages_in(buf: &[u8]) -> Vec<Page> {
        let mut pages = Vec::new();
        let mut i = 0;
        while i + 27 <= buf.len() {
            match page_at(buf, i) {
                Some(p) => {
                    i = p.end;
                    pages.push(p);
                }
                None => i += 1,
            }
        }
        pages
    }

    fn page_at(buf: &[u8], i: usize) -> Option<Page> {
        let h = buf.get(i..i + 27)?;
        if &h[..4] != b"OggS" || h[4] != 0 {
            return None;
        }
        let nsegs = h[26] as usize;
        let lacing = buf.get(i + 27..i + 27 + nsegs)?;
        let body: usize = lacing.iter().map(|&l| l as usize).sum();
        let end = i + 27 + nsegs + body;
        let page = buf.get(i..end)?;
        let stored = u32::from_le_bytes(h[22..26].try_into().ok()?);
        if crc(page) != stored {
            return None;
        }
        Some(Page {
            end,
            flags: h[5],
            granule: u64::from_le_bytes(h[6..14].try_into().ok()?),
            serial: u32::from_le_bytes(h[14..18].try_into().ok()?),
        })
    }

    /// Ogg's CRC-32 (polynomial 0x04c11db7, MSB first, initial 0), with the CRC field as zeros.
    fn crc(page: &[u8]) -> u32 {
        static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
        let table = TABLE.get_or_init(|| {
            let mut t = [0u32; 256];
            for (i, e) in t.iter_mut().enumerate() {
                let mut r = (i as u32) << 24;
                for _ in 0..8 {
                    r = if r & 0x8000_0000 != 0 {
                        (r << 1) ^ 0x04c1_1db7
                    } else {
                        r << 1
                    };
                }
                *e = r;
            }
            t
        });
        page.iter().enumerate().fold(0u32, |c, (i, &b)| {
            let b = if (22..26).contains(&i) { 0 } else { b };
            (c << 8) ^ table[((c >> 24) as u8 ^ b) as usize]
        })
    }
}

/// The MP4 edit list, which symphonia parses but does not apply: without it AAC keeps the
/// encoder's priming frames (1024, 64 ms at 16 kHz) in front and padding at the end, shifting
/// every time against the source.
mod mp4 {
    use std::io::{Read, Seek, SeekFrom};
    use std::path::Path;

    /// Largest `moov` box read into memory (a long recording's sample tables are a few MB).
    const MAX_MOOV: u64 = 64 << 20;

    pub struct Edit {
        /// Where presentation starts in the media, in `timescale` units.
        pub media_time: u64,
        /// Presented length in `timescale` units, if the edit says.
        pub duration: Option<u64>,
        /// The audio track's media timescale (ticks per second).
        pub timescale: u32,
    }

    /// Walks the file's top-level boxes and returns the `moov` body. A box running past the end
    /// of the file means the file was cut (symphonia only says "no atom pending read").
    pub fn check_and_read_moov(path: &Path) -> Result<Option<Vec<u8>>, String> {
        let io = |e: std::io::Error| format!("read error: {e}");
        let mut f = std::fs::File::open(path).map_err(io)?;
        let len = f.metadata().map_err(io)?.len();
        let mut moov = None;
        let mut pos = 0u64;
        while pos < len {
            let mut h = [0u8; 16];
            let header = (len - pos).min(16) as usize;
            f.seek(SeekFrom::Start(pos)).map_err(io)?;
            f.read_exact(&mut h[..header]).map_err(io)?;
            let kind = String::from_utf8_lossy(&h[4..8]).into_owned();
            let cut =
                || format!("truncated audio data (the file ends inside its MP4 '{kind}' box)");
            if header < 8 {
                return Err(cut());
            }
            let (size, hlen) = match u32::from_be_bytes([h[0], h[1], h[2], h[3]]) {
                0 => (len - pos, 8),
                1 if header == 16 => (
                    u64::from_be_bytes(h[8..16].try_into().unwrap_or_default()),
                    16,
                ),
                1 => return Err(cut()),
                n => (n as u64, 8),
            };
            if size < hlen {
                return Err(format!(
                    "not a valid audio file (bad MP4 '{kind}' box size)"
                ));
            }
            if size > len - pos {
                return Err(cut());
            }
            if &h[4..8] == b"moov" && size - hlen <= MAX_MOOV {
                let mut body = vec![0u8; (size - hlen) as usize];
                f.seek(SeekFrom::Start(pos + hlen)).map_err(io)?;
                f.read_exact(&mut body).map_err(io)?;
                moov = Some(body);
            }
            pos += size;
        }
        Ok(moov)
    }

    /// The first audio track's first non-empty edit, if it has one.
    pub fn audio_edit(moov: &[u8]) -> Option<Edit> {
        let movie_ts = full_box_u32(child(moov, b"mvhd")?, 12, 20)?;
        child_all(moov, b"trak").find_map(|trak| {
            let mdia = child(trak, b"mdia")?;
            if child(mdia, b"hdlr")?.get(8..12)? != b"soun" {
                return None;
            }
            let timescale = full_box_u32(child(mdia, b"mdhd")?, 12, 20)?;
            let elst = child(child(trak, b"edts")?, b"elst")?;
            let v1 = *elst.first()? == 1;
            let count = u32::from_be_bytes(elst.get(4..8)?.try_into().ok()?) as usize;
            let size = if v1 { 20 } else { 12 };
            (0..count).find_map(|k| {
                let e = elst.get(8 + k * size..8 + (k + 1) * size)?;
                let (dur, media_time) = if v1 {
                    (
                        u64::from_be_bytes(e[..8].try_into().ok()?),
                        i64::from_be_bytes(e[8..16].try_into().ok()?),
                    )
                } else {
                    (
                        u32::from_be_bytes(e[..4].try_into().ok()?) as u64,
                        i32::from_be_bytes(e[4..8].try_into().ok()?) as i64,
                    )
                };
                // media_time -1 is an empty edit (a gap), not where the media starts.
                (media_time >= 0).then(|| Edit {
                    media_time: media_time as u64,
                    duration: (dur > 0 && movie_ts > 0)
                        .then(|| (dur as u128 * timescale as u128 / movie_ts as u128) as u64),
                    timescale,
                })
            })
        })
    }

    /// The children of a box body: (type, body) pairs.
    fn children(mut b: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
        std::iter::from_fn(move || {
            let size = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as u64;
            let (size, header) = match size {
                0 => (b.len() as u64, 8),
                1 => (u64::from_be_bytes(b.get(8..16)?.try_into().ok()?), 16),
                n => (n, 8),
            };
            if size < header || size > b.len() as u64 {
                return None;
            }
            let (this, rest) = b.split_at(size as usize);
            b = rest;
            Some((&this[4..8], &this[header as usize..]))
        })
    }

    fn child_all<'a>(b: &'a [u8], kind: &'a [u8; 4]) -> impl Iterator<Item = &'a [u8]> {
        children(b)
            .filter(move |(t, _)| t == kind)
            .map(|(_, body)| body)
    }

    fn child<'a>(b: &'a [u8], kind: &'a [u8; 4]) -> Option<&'a [u8]> {
        child_all(b, kind).next()
    }

    /// A u32 field of a full box at `v0` bytes in (version 0) or `v1` (version 1, 64-bit times).
    fn full_box_u32(body: &[u8], v0: usize, v1: usize) -> Option<u32> {
        let at = if *body.first()? == 1 { v1 } else { v0 };
        Some(u32::from_be_bytes(body.get(at..at + 4)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn ogg_pages_need_a_valid_checksum() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/formats/jfk.ogg");
        let bytes = std::fs::read(fixture).unwrap();
        let pages = ogg::pages_in(&bytes);
        assert!(pages.len() > 3);
        assert_eq!(pages.last().unwrap().end, bytes.len());
        assert_eq!(pages.last().unwrap().granule, 176_000);
        let mut bad = bytes.clone();
        let mid = pages[pages.len() / 2].end - 10;
        bad[mid] ^= 0xFF;
        assert_eq!(ogg::pages_in(&bad).len(), pages.len() - 1);
    }

    #[test]
    fn ogg_cut_at_a_page_boundary_is_truncated() {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/formats/jfk.ogg");
        let bytes = std::fs::read(fixture).unwrap();
        let pages = ogg::pages_in(&bytes);
        let serial = pages[0].serial;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cut.ogg");
        std::fs::write(&p, &bytes[..pages[pages.len() / 2].end]).unwrap();
        let e = ogg::end_granule(&p, serial).unwrap_err();
        assert!(e.contains("end-of-stream"), "{e}");
        let p = dir.path().join("whole.ogg");
        std::fs::write(&p, &bytes).unwrap();
        assert_eq!(ogg::end_granule(&p, serial), Ok(Some(176_000)));
    }

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

    #[test]
    fn duration_from_frames() {
        let info = AudioInfo {
            container: Container::Flac,
            codec: "flac".into(),
            sample_rate: 16_000,
            channels: 1,
            bits_per_sample: Some(16),
            float: false,
            frames: 24_000,
        };
        assert_eq!(info.duration_secs(), 1.5);
    }
}
