//! The runtime: sources → stages → sinks, for a file today and for live streams and batches
//! through the same stages. This is the embeddable API; the CLI is a thin layer over it.
//!
//! ```no_run
//! # fn main() -> hush::Result<()> {
//! use hush::output::{Format, OutputName};
//! use hush::runtime::Pipeline;
//! let pipeline = Pipeline::builder().build()?;          // finds, verifies and loads the models
//! let name = OutputName::for_input("out".as_ref(), "call.wav".as_ref());
//! let done = pipeline.redact_file("call.wav".as_ref(), &name, &[Format::Json, Format::Txt])?;
//! println!("{} segments -> {:?}", done.transcript.segments.len(), done.published);
//! # Ok(()) }
//! ```
//!
//! A [`Pipeline`] holds what is shared and immutable (the loaded Whisper model, the detector with
//! its NER session, the policy); each run makes its own per-recording state (one Whisper state
//! per lane, a detection session with its name memory, an anonymizer with its pseudonyms), so
//! one pipeline can serve several runs at once. [`stages`] runs the threads; [`messages`] are
//! what they exchange. Failure anywhere stops every stage and nothing is published.

pub mod messages;
pub mod stages;
mod verify;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use time::OffsetDateTime;

use crate::audio::{AudioInput, FileInput, Layout, Origin, SourceInfo, SAMPLE_RATE};
use crate::compute::CpuTurns;
use crate::detect::{Detector, EntityKind};
use crate::error::{Error, Result};
use crate::models::{ModelSet, WhisperModel};
use crate::output::wav::WavSink;
use crate::output::{
    DocumentSink, Footer, Format, Header, OutputName, Sink, Source, Staging, Transcript,
};
use crate::redact::audio::{entity_intervals, AudioOptions};
use crate::redact::{self, operators, Anonymizer, Policy, RedactedSegment};
use crate::retention::{ModelRef, Provenance, Retention};
use crate::transcribe::{
    self, Endpointer, Endpointing, PackOptions, PackedWindower, PauseWindower, TranscribeOptions,
    TranscribeStats, Transcriber, TranscriptConfidence, VadEndpointer, VadModel, VadOptions,
};

pub use stages::RunProgress;
pub use verify::{Scan, ScanEntity};

/// Per-run options of a file run beyond the pipeline's settings.
#[derive(Default, Clone, Copy)]
pub struct FileRunOptions<'a> {
    /// The input's sha256 as the caller hashed it before the run (a batch's resume key). The
    /// run then also re-hashes the file after decoding it, and fails with nothing written if
    /// the bytes it hashed before, while decoding and after are not all the same: an input that
    /// changed while it was read.
    pub expect_sha256: Option<&'a str>,
    /// Updated as the run transcribes (see [`RunProgress`]).
    pub progress: Option<&'a RunProgress>,
}

/// How a two-channel recording is transcribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Stereo {
    /// Each channel on its own, concurrently (a call: agent on one side, caller on the other),
    /// labelled by speaker, each redacted on its own channel, with the other channel's recent
    /// turns as context.
    #[default]
    Split,
    /// Downmix to mono first.
    Mix,
}

/// Silero VAD thresholds for telephone-band sources (see [`Pipeline::endpointer_for_rate`]).
const TEL_START_THRESHOLD: f32 = 0.3;
const TEL_END_THRESHOLD: f32 = 0.15;
/// The closing silence for telephone-band sources: 8 kHz lines decoded more slowly at the tail
/// (p95 1.58 s from utterance end to line at 600 ms); 450 ms brought it to 1.35 s with the same
/// leaks on the spoken set streamed whole, in seams and as calls (README, Live measurements).
const TEL_MIN_SILENCE_MS: u64 = 450;
/// Packing's silence threshold on telephone-band audio: lowered from 0.2 as the thresholds
/// above are, so quiet 8 kHz speech is not taken for silence.
const TEL_PACK_SILENCE: f32 = 0.1;

pub struct PipelineBuilder {
    models_dir: Option<PathBuf>,
    whisper: WhisperModel,
    policy: Option<Policy>,
    hash_key: Option<PathBuf>,
    transcribe: TranscribeOptions,
    audio: Option<AudioOptions>,
    verify_audio: bool,
    stereo: Stereo,
    speakers: Vec<String>,
    idle_release_ms: Option<u64>,
    endpointing: Endpointing,
    vad: VadOptions,
}

impl PipelineBuilder {
    /// Live streams: release words the detector holds back (they might still be part of an
    /// entity) once their speaker has been silent this long in stream time. `None` (files):
    /// held words wait for the next segment or the end of the input.
    pub fn idle_release_ms(mut self, ms: Option<u64>) -> Self {
        self.idle_release_ms = ms;
        self
    }
    /// How audio is cut into windows: packed speech (the file default), pauses, or one window
    /// per utterance found by the voice-activity detector (what live audio needs).
    pub fn endpointing(mut self, e: Endpointing) -> Self {
        self.endpointing = e;
        self
    }
    /// Settings of the voice-activity endpointer (used with [`Endpointing::Vad`]).
    pub fn vad_options(mut self, opts: VadOptions) -> Self {
        self.vad = opts;
        self
    }
    /// Plan redacted audio (mute intervals); `None` keeps the policy's choice.
    pub fn audio(mut self, opts: Option<AudioOptions>) -> Self {
        self.audio = opts;
        self
    }
    /// Re-transcribe the redacted audio and refuse to finish if a redacted value can be heard.
    pub fn verify_audio(mut self, yes: bool) -> Self {
        self.verify_audio = yes;
        self
    }
    pub fn stereo(mut self, s: Stereo) -> Self {
        self.stereo = s;
        self
    }
    /// Speaker names of a split call's channels (default `channel_0`, `channel_1`).
    pub fn speakers(mut self, names: Vec<String>) -> Self {
        self.speakers = names;
        self
    }
    pub fn models_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.models_dir = dir;
        self
    }
    pub fn whisper_model(mut self, m: WhisperModel) -> Self {
        self.whisper = m;
        self
    }
    pub fn policy(mut self, p: Policy) -> Self {
        self.policy = Some(p);
        self
    }
    /// Key file for the `hash` operator (overrides the policy's `hash_key_file`).
    pub fn hash_key(mut self, path: Option<PathBuf>) -> Self {
        self.hash_key = path;
        self
    }
    /// Whisper threads for one run, shared out between the lanes of a call.
    /// Encode only as much audio context as each window holds instead of the full 30 s
    /// Whisper was trained on (off by default; see [`crate::transcribe::audio_ctx_for`]).
    pub fn fit_audio_ctx(mut self, yes: bool) -> Self {
        self.transcribe.fit_audio_ctx = yes;
        self
    }
    pub fn threads(mut self, n: usize) -> Self {
        self.transcribe.threads = n.max(1);
        self
    }
    /// Whether Whisper may run on fewer threads while other processes keep cores busy (on
    /// by default; see [`crate::compute::LoadSample`]).
    pub fn adapt_threads(mut self, yes: bool) -> Self {
        self.transcribe.adapt_threads = yes;
        self
    }
    /// Where whisper.cpp runs (`--gpu auto|off|N`).
    pub fn gpu(mut self, g: transcribe::Gpu) -> Self {
        self.transcribe.gpu = g;
        self
    }

    /// Locates and verifies the models and loads them. Fails closed: without a working NER
    /// model there is no pipeline.
    pub fn build(self) -> Result<Pipeline> {
        let policy = self.policy.unwrap_or_else(Policy::default_policy);
        let key_path = self.hash_key.or_else(|| policy.file.hash_key_file.clone());
        let hash_key = match key_path {
            Some(p) => Some(operators::load_hash_key(&p)?),
            None if policy.uses_hash() => {
                return Err(Error::usage(
                    format!("policy {}", policy.source),
                    "uses the hash operator but no key is given (--hash-key FILE or hash_key_file); unkeyed hashes of card numbers can be reversed by brute force",
                ))
            }
            None => None,
        };
        let models = ModelSet::locate(self.models_dir.as_deref(), self.whisper)?;
        let mut topts = self.transcribe;
        // DTW word times over the model's alignment heads: the times redacted audio relies on.
        topts.dtw = Some(match self.whisper {
            WhisperModel::TinyEn | WhisperModel::TinyEnQ8 => transcribe::DtwModelPreset::TinyEn,
            WhisperModel::Base => transcribe::DtwModelPreset::Base,
        });
        let transcriber = Transcriber::load(&models.whisper.path, topts)?;
        let audio = self.audio.or_else(|| {
            policy.file.redact_audio.then_some(AudioOptions {
                mode: policy.file.audio_mode,
                pad_ms: policy.file.audio_pad_ms,
            })
        });
        let detector = Detector::load(&models, &policy.detect_options())?;
        let vad = match self.endpointing {
            Endpointing::Vad | Endpointing::Packed => Some(Arc::new(VadModel::load(
                &models.onnxruntime.path,
                &models.vad,
            )?)),
            Endpointing::Pauses => None,
        };
        // The files loaded must be the files hashed: a change in between fails closed.
        models.confirm_unchanged()?;
        Ok(Pipeline {
            models,
            policy,
            hash_key,
            transcriber,
            detector,
            audio,
            verify_audio: self.verify_audio,
            stereo: self.stereo,
            speakers: self.speakers,
            idle_release_ms: self.idle_release_ms,
            turns: CpuTurns::take_turns(),
            endpointing: self.endpointing,
            vad,
            vad_options: self.vad,
        })
    }
}

pub struct Pipeline {
    models: ModelSet,
    policy: Policy,
    hash_key: Option<Vec<u8>>,
    transcriber: Transcriber,
    detector: Detector,
    audio: Option<AudioOptions>,
    verify_audio: bool,
    stereo: Stereo,
    speakers: Vec<String>,
    idle_release_ms: Option<u64>,
    turns: CpuTurns,
    endpointing: Endpointing,
    /// The voice-activity model, loaded when endpointing by voice activity or packing.
    vad: Option<Arc<VadModel>>,
    vad_options: VadOptions,
}

/// Timings of one run, for benchmarks and progress lines.
#[derive(Debug, Clone, Default)]
pub struct RunStats {
    pub wall: Duration,
    pub transcribe: TranscribeStats,
    /// Time the detector thread spent detecting and redacting.
    pub detect: Duration,
    pub segments: usize,
    /// Decoded samples that were NaN, infinite or out of range and were replaced.
    pub sanitized_samples: u64,
}

/// What one run produced.
pub struct Outcome {
    pub footer: Footer,
    pub stats: RunStats,
    /// Files published (empty without an output directory).
    pub published: Vec<PathBuf>,
}

/// A finished file run: the transcript as written, its timings, the files published.
pub struct Redacted {
    pub transcript: Transcript,
    pub stats: RunStats,
    pub published: Vec<PathBuf>,
}

impl Pipeline {
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            models_dir: None,
            whisper: WhisperModel::default(),
            audio: None,
            verify_audio: false,
            stereo: Stereo::Split,
            speakers: Vec::new(),
            idle_release_ms: None,
            policy: None,
            hash_key: None,
            transcribe: TranscribeOptions::default(),
            endpointing: Endpointing::Packed,
            vad: VadOptions::default(),
        }
    }

    /// How this pipeline cuts audio into windows.
    pub fn endpointing(&self) -> Endpointing {
        self.endpointing
    }

    /// A new endpointer for one lane of one stream, as the pipeline was built to cut: call it
    /// once per lane (each holds that lane's voice-activity state).
    pub fn endpointer(&self) -> Box<dyn Endpointer> {
        self.endpointer_for_rate(SAMPLE_RATE)
    }

    /// [`Pipeline::endpointer`] for a source recorded at `rate`: telephone-band audio (8 kHz
    /// and below) scores lower speech probabilities in Silero VAD (a 16 kHz model, fed the
    /// upsampled band-limited signal), so its thresholds are lowered there unless they were set,
    /// and its closing silence shortened (see `TEL_MIN_SILENCE_MS`).
    pub fn endpointer_for_rate(&self, rate: u32) -> Box<dyn Endpointer> {
        match &self.vad {
            Some(m) if self.endpointing == Endpointing::Packed => {
                let mut opts = PackOptions::default();
                if rate <= 8_000 {
                    opts.silence_threshold = TEL_PACK_SILENCE;
                }
                Box::new(PackedWindower::new(Arc::clone(m), opts))
            }
            Some(m) => {
                let mut opts = self.vad_options.clone();
                if rate <= 8_000 && opts == VadOptions::default() {
                    opts.start_threshold = TEL_START_THRESHOLD;
                    opts.end_threshold = TEL_END_THRESHOLD;
                    opts.min_silence_ms = TEL_MIN_SILENCE_MS;
                }
                Box::new(VadEndpointer::new(Arc::clone(m), opts))
            }
            None => Box::new(PauseWindower::default()),
        }
    }

    pub fn models(&self) -> &ModelSet {
        &self.models
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    pub fn transcriber(&self) -> &Transcriber {
        &self.transcriber
    }

    pub fn detector(&self) -> &Detector {
        &self.detector
    }

    /// The redacted-audio settings in force (`None`: no redacted audio).
    pub fn audio(&self) -> Option<AudioOptions> {
        self.audio
    }

    /// The sinks a file run writes: documents in `formats`, plus the redacted WAV when asked.
    pub fn file_sinks(
        &self,
        input: &Arc<dyn AudioInput>,
        name: &OutputName,
        formats: &[Format],
    ) -> (DocumentSink, Option<WavSink>) {
        let wav = self
            .audio
            .map(|a| WavSink::new(name.path("wav"), Arc::clone(input), a.mode));
        (DocumentSink::new(name.clone(), formats), wav)
    }

    /// Transcribes, detects and redacts one file and publishes its outputs as one set.
    pub fn redact_file(
        &self,
        path: &Path,
        name: &OutputName,
        formats: &[Format],
    ) -> Result<Redacted> {
        self.redact_file_with(path, name, formats, FileRunOptions::default())
    }

    /// [`Pipeline::redact_file`] with per-run options (progress, an expected input hash).
    pub fn redact_file_with(
        &self,
        path: &Path,
        name: &OutputName,
        formats: &[Format],
        opts: FileRunOptions<'_>,
    ) -> Result<Redacted> {
        self.redact_input_with(Arc::new(FileInput::new(path)), name, formats, opts)
    }

    /// [`Pipeline::redact_file`] for any input that can be opened again for the redacted
    /// recording (a file, a recording piped on stdin).
    pub fn redact_input(
        &self,
        input: Arc<dyn AudioInput>,
        name: &OutputName,
        formats: &[Format],
    ) -> Result<Redacted> {
        self.redact_input_with(input, name, formats, FileRunOptions::default())
    }

    /// [`Pipeline::redact_input`] with per-run options.
    pub fn redact_input_with(
        &self,
        input: Arc<dyn AudioInput>,
        name: &OutputName,
        formats: &[Format],
        opts: FileRunOptions<'_>,
    ) -> Result<Redacted> {
        let (mut doc, mut wav) = self.file_sinks(&input, name, formats);
        let mut sinks: Vec<&mut dyn Sink> = vec![&mut doc];
        if let Some(w) = wav.as_mut() {
            sinks.push(w);
        }
        let out = self.run_with(input.as_ref(), &mut sinks, Some(&name.dir), opts)?;
        Ok(Redacted {
            transcript: doc.take_transcript().expect("finished document"),
            stats: out.stats,
            published: out.published,
        })
    }

    /// Transcribes, detects and redacts one file in memory (nothing is written).
    pub fn run_file(&self, path: &Path) -> Result<Transcript> {
        self.run_file_with_stats(path).map(|(t, _)| t)
    }

    pub fn run_file_with_stats(&self, path: &Path) -> Result<(Transcript, RunStats)> {
        let input = FileInput::new(path);
        let mut doc = DocumentSink::new(OutputName::for_input(Path::new("."), path), &[]);
        let out = self.run(&input, &mut [&mut doc], None)?;
        Ok((doc.take_transcript().expect("finished document"), out.stats))
    }

    /// Runs one input through the stages into `sinks`. With `out_dir`, the files the sinks stage
    /// are published there as one set, and only if everything succeeded.
    pub fn run(
        &self,
        input: &dyn AudioInput,
        sinks: &mut [&mut dyn Sink],
        out_dir: Option<&Path>,
    ) -> Result<Outcome> {
        self.run_with(input, sinks, out_dir, FileRunOptions::default())
    }

    /// [`Pipeline::run`] with per-run options.
    pub fn run_with(
        &self,
        input: &dyn AudioInput,
        sinks: &mut [&mut dyn Sink],
        out_dir: Option<&Path>,
        opts: FileRunOptions<'_>,
    ) -> Result<Outcome> {
        let started = Instant::now();
        let mut source = input.open()?;
        // An unwritable destination fails before any transcription; without one, nothing a
        // sink stages is ever published.
        let mut staging = match out_dir {
            Some(d) => Staging::new(d)?,
            None => Staging::unpublished(&std::env::temp_dir()),
        };
        let info = source.info().clone();
        if let Some(p) = opts.progress {
            p.reset((info.frames * 1000).div_ceil(u64::from(info.sample_rate.max(1))));
        }
        let split = self.stereo == Stereo::Split && info.channels == 2;
        let layout = if split { Layout::Split } else { Layout::Mix };
        let lanes = if split { 2 } else { 1 };
        let threads = (self.transcriber.options().threads / lanes).max(1);
        let mut workers = (0..lanes)
            .map(|_| {
                let mut w = self.transcriber.worker(Some(threads), self.turns.clone())?;
                w.one_segment_per_window(self.endpointing() == Endpointing::Vad);
                Ok(w)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut session = self.detector.session();
        let mut anonymizer = Anonymizer::new(self.policy.clone(), self.hash_key.clone());
        let verify = self.audio.is_some() && self.verify_audio;
        if verify {
            anonymizer.keep_originals();
        }
        let speakers = self.speakers.clone();
        let label = move |lane: u16| -> Option<String> {
            split.then(|| {
                speakers
                    .get(usize::from(lane))
                    .cloned()
                    .unwrap_or_else(|| format!("channel_{lane}"))
            })
        };
        let header = Header {
            source: source_block(input, &info),
        };
        for s in sinks.iter_mut() {
            s.begin(&header)?;
        }
        let endpointers = (0..lanes)
            .map(|_| self.endpointer_for_rate(info.sample_rate))
            .collect();
        let outcome = stages::run(
            source.as_mut(),
            layout,
            &mut workers,
            endpointers,
            &mut session,
            &mut anonymizer,
            &self.turns,
            &label,
            self.idle_release_ms,
            sinks,
            opts.progress,
        )?;
        drop(source);
        if let Some(expected) = opts.expect_sha256 {
            check_unchanged(input, expected, outcome.read.sha256.as_deref())?;
        }

        // Names recognized late (on either channel) also redact their earlier mentions.
        let mut segments = outcome.released.clone();
        redact::remention::backfill(&mut segments, session.known_names(), &mut anonymizer)?;
        let revised: Vec<RedactedSegment> = segments
            .iter()
            .zip(&outcome.released)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a.clone())
            .collect();
        let info = outcome.read.info;
        let duration_ms = (info.frames * 1000).div_ceil(u64::from(info.sample_rate.max(1)));
        let audio = match self.audio {
            None => None,
            Some(opts) => {
                let mut raw = Vec::new();
                for s in &segments {
                    raw.extend(entity_intervals(
                        std::slice::from_ref(s),
                        split.then_some(s.channel),
                    ));
                }
                // Fail closed: audio no window held (silence taken out) was never checked.
                for (lane, w) in workers.iter().enumerate() {
                    raw.extend(redact::audio::untranscribed_intervals(
                        w.decoded_ms(),
                        duration_ms,
                        split.then_some(lane as u16),
                    ));
                }
                let mut plan = redact::audio::plan(&raw, opts, duration_ms, info.channels);
                if verify {
                    let originals = anonymizer.take_originals();
                    plan.verification =
                        Some(verify::verify(self, input, layout, &plan, &originals)?);
                }
                Some(plan)
            }
        };
        let mut entity_counts = anonymizer.kept_counts().clone();
        for e in segments.iter().flat_map(|s| &s.entities) {
            *entity_counts.entry(e.kind).or_insert(0) += 1;
        }
        let footer = Footer {
            source: source_block(input, &info),
            retention: Retention::new(&self.policy, OffsetDateTime::now_utc()),
            provenance: self.provenance(outcome.read.sha256.unwrap_or_default(), entity_counts),
            audio,
            confidence: TranscriptConfidence::summarize(
                segments
                    .iter()
                    .map(|s| (s.confidence.as_ref(), s.words.len())),
            ),
            revised,
        };
        for s in sinks.iter_mut() {
            s.finish(&footer, &mut staging)?;
        }
        let published = match out_dir {
            Some(_) => staging.publish()?,
            None => Vec::new(),
        };
        let stats = RunStats {
            wall: started.elapsed(),
            transcribe: outcome.transcribe,
            detect: outcome.detect,
            segments: segments.len(),
            sanitized_samples: info.sanitized.total(),
        };
        tracing::debug!(
            audio_s = stats.transcribe.audio_secs,
            wall_ms = stats.wall.as_millis() as u64,
            whisper_ms = stats.transcribe.whisper_time.as_millis() as u64,
            detect_ms = stats.detect.as_millis() as u64,
            windows = stats.transcribe.windows,
            vad_ms = stats.transcribe.vad_time.as_millis() as u64,
            skipped_s = stats.transcribe.skipped_secs,
            retried_windows = stats.transcribe.retried_windows,
            reduced_windows = stats.transcribe.reduced_windows,
            segments = stats.segments,
            sanitized = stats.sanitized_samples,
            "run finished"
        );
        Ok(Outcome {
            footer,
            stats,
            published,
        })
    }

    fn provenance(
        &self,
        input_sha256: String,
        entity_counts: std::collections::BTreeMap<EntityKind, usize>,
    ) -> Provenance {
        Provenance {
            hush_version: env!("CARGO_PKG_VERSION").to_string(),
            input_sha256,
            // The voice-activity model shapes the output only when it cut the windows.
            models: self
                .models
                .all()
                .into_iter()
                .filter(|m| self.vad.is_some() || m.id != crate::models::SILERO_VAD)
                .map(|m| ModelRef {
                    id: m.id.clone(),
                    sha256: m.sha256.clone(),
                })
                .collect(),
            policy_source: self.policy.source.clone(),
            policy_sha256: self.policy.sha256.clone(),
            entity_counts,
        }
    }
}

/// An input must be the same bytes before, while and after it was read: otherwise the outputs
/// would describe a recording that never existed on disk as a whole. Checked before anything is
/// staged for publishing.
fn check_unchanged(input: &dyn AudioInput, before: &str, decoded: Option<&str>) -> Result<()> {
    let Some(path) = input.path() else {
        return Ok(());
    };
    let after = crate::files::sha256_file(path).map_err(|e| {
        Error::input(
            path,
            format!("cannot re-read to check it is unchanged: {e}"),
        )
    })?;
    let decoded = decoded.unwrap_or_default();
    if before != decoded || decoded != after {
        return Err(Error::input(
            path,
            "changed while it was being read (its sha256 before, while and after decoding differ); nothing was written",
        ));
    }
    Ok(())
}

/// The JSON's `source` block.
fn source_block(input: &dyn AudioInput, info: &SourceInfo) -> Source {
    Source {
        file: input.name(),
        format: info.container(),
        codec: info.codec().map(str::to_string),
        duration_s: info.duration_secs(),
        sample_rate: info.sample_rate,
        channels: info.channels,
        overrun_frames: matches!(info.origin, Origin::Device { .. }).then_some(info.overrun_frames),
    }
}
