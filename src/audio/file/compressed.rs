//! Compressed inputs through symphonia: FLAC, MP3, Ogg Vorbis and M4A/AAC in pure Rust, Ogg Opus
//! through symphonia's Ogg demuxer and the system libopus, and G.711 (μ-law / A-law) WAV, the
//! companded telephony files hound does not read.
//!
//! Owns the readers and codecs hush accepts, the M4A edit list (priming and padding trimmed), and
//! the rule that decoding never ends quietly short of the length the container declares. It reads
//! only through the shared [`Input`] (decoding via its hashing reader, container checks via
//! [`super::integrity`]), and may not open files, sanitize samples (the caller does) or know PCM WAV.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use symphonia::core::codecs::audio::well_known::{CODEC_ID_AAC, CODEC_ID_OPUS, CODEC_ID_VORBIS};
use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::codecs::registry::CodecRegistry;
use symphonia::core::codecs::CodecParameters;
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::{Hint, Probe};
use symphonia::core::formats::well_known::{
    FORMAT_ID_FLAC, FORMAT_ID_ISOMP4, FORMAT_ID_MP3, FORMAT_ID_OGG, FORMAT_ID_WAVE,
};
use symphonia::core::formats::{FormatOptions, FormatReader, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::default::formats::{FlacReader, IsoMp4Reader, MpaReader, OggReader, WavReader};
use symphonia::default::meta::Id3v2Reader;
use symphonia_adapter_libopus::OpusDecoder;

use super::hashing::Input;
use super::integrity::{mp4, ogg};
use super::{check_layout, Decoder, Format};
use crate::audio::source::Container;
use crate::error::{Error, Result};

/// Only the readers hush accepts (no ADTS, MKV, CAF...): anything else is refused by `sniff`.
/// MP4 is opened directly (see [`SymDecoder::open`]).
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

pub(super) struct SymDecoder {
    path: PathBuf,
    /// Rate and channels of the first decoded buffer; every later one must match.
    rate: u32,
    channels: u16,
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

impl SymDecoder {
    /// `mp4`: the file is MP4, with its `moov` box (for the edit list) if found. MP4 skips
    /// symphonia's probe, which would scan past the 4-byte size before `ftyp` and warn about
    /// "junk" on every valid file.
    pub fn open(
        path: &Path,
        input: &Arc<Input>,
        mp4: Option<Option<Vec<u8>>>,
        g711_wav: bool,
    ) -> Result<(Format, SymDecoder)> {
        let err = |e: SymError| Error::input(path, describe_sym(&e, true));
        let mss = MediaSourceStream::new(Box::new(input.reader()), Default::default());
        let opened = match mp4 {
            _ if g711_wav => WavReader::try_new(mss, FormatOptions::default())
                .map(|r| Box::new(r) as Box<dyn FormatReader>),
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
                let granule = ogg::end_granule(input.file(), input.len(), track_id)
                    .map_err(|p| Error::input(path, p))?;
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
            FORMAT_ID_WAVE if g711_wav => Container::Wav,
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
        // G.711 is companded, not linear PCM: its redacted copy is written as 16-bit PCM.
        let lossless = !matches!(params.codec, CODEC_ID_AAC | CODEC_ID_OPUS | CODEC_ID_VORBIS)
            && container != Container::Mp3
            && !g711_wav;
        let bits_per_sample = if lossless {
            params.bits_per_sample.map(|b| b as u16)
        } else {
            None
        };
        let codec = decoder.codec_info().short_name.to_ascii_lowercase();
        if declared == Some(0) {
            return Err(Error::input(
                path,
                "no audio samples (zero-length recording)",
            ));
        }
        let mut src = SymDecoder {
            path: path.to_path_buf(),
            rate,
            channels: params.channels.as_ref().map_or(0, |c| c.count()) as u16,
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
        check_layout(path, src.rate, src.channels as usize)?;
        let format = Format {
            container,
            codec,
            sample_rate: src.rate,
            channels: src.channels,
            bits_per_sample,
            float: false,
            frames: declared.unwrap_or(0),
        };
        Ok((format, src))
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
                self.rate = rate;
                self.channels = channels;
            } else if rate != self.rate || channels != self.channels {
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
        let rate = self.rate.max(1) as f64;
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

impl Decoder for SymDecoder {
    fn read(&mut self, out: &mut Vec<f32>, max_frames: usize) -> Result<usize> {
        let channels = self.channels as usize;
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
