//! The embeddable API: run one recording through reader → transcriber → detector → collector,
//! each stage on its own thread, joined by bounded crossbeam channels.
//!
//! ```no_run
//! # fn main() -> hush::Result<()> {
//! use hush::pipeline::Pipeline;
//! let mut pipeline = Pipeline::builder().build()?;        // finds and verifies the models
//! let transcript = pipeline.run_file("call.wav".as_ref())?; // redacted, in memory
//! hush::output::write_outputs(&transcript, "call.wav".as_ref(), "out".as_ref(), &[hush::output::Format::Json])?;
//! # Ok(()) }
//! ```
//!
//! Failure in any stage stops the others (their channels close) and `run_file` returns that
//! error; nothing is returned that a failed stage could have truncated, so callers that only
//! write on `Ok` never publish partial output.

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::bounded;
use time::OffsetDateTime;

use crate::audio::bleep::{Bleeper, MuteInterval};
use crate::audio::{self, AudioChunk, AudioInfo, ChannelSelect};
use crate::detect::EntityKind;
use crate::detect::{DetectSession, Detector};
use crate::error::{Error, Result};
use crate::models::{ModelSet, WhisperModel};
use crate::output::{Source, Transcript};
use crate::redact::audio::{entity_intervals, AudioOptions};
use crate::redact::leak::LeakText;
use crate::redact::{self, operators, Anonymizer, Policy, RedactedSegment};
use crate::retention::{sha256_file, ModelRef, Provenance, Retention};
use crate::transcribe::{self, Segment, TranscribeOptions, TranscribeStats, Transcriber};

/// Channel capacities: small, so a slow stage applies back-pressure instead of buffering a
/// whole recording in memory.
const AUDIO_QUEUE: usize = 8;
const SEGMENT_QUEUE: usize = 16;

pub struct PipelineBuilder {
    models_dir: Option<PathBuf>,
    whisper: WhisperModel,
    policy: Option<Policy>,
    hash_key: Option<PathBuf>,
    transcribe: TranscribeOptions,
    audio: Option<AudioOptions>,
    verify_audio: bool,
    stereo: Stereo,
}

impl PipelineBuilder {
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
    pub fn threads(mut self, n: usize) -> Self {
        self.transcribe.threads = n.max(1);
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
            WhisperModel::TinyEn => transcribe::DtwModelPreset::TinyEn,
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
        Ok(Pipeline {
            models,
            policy,
            hash_key,
            transcriber,
            detector,
            audio,
            verify_audio: self.verify_audio,
            stereo: self.stereo,
        })
    }
}

fn joined<T>(r: thread::Result<T>, name: &str) -> Result<T> {
    r.map_err(|_| Error::Pipeline(format!("{name} thread panicked")))
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
}

/// What [`Pipeline::scan_file`] found.
pub struct Scan {
    pub words: usize,
    pub entities: Vec<ScanEntity>,
    /// The re-transcript, prepared for leak checks (digits and words only, in memory).
    pub leak: LeakText,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ScanEntity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub start_ms: u64,
    pub end_ms: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<u16>,
}

/// What one channel's pass through the stages produced.
struct ChannelRun {
    info: AudioInfo,
    segments: Vec<RedactedSegment>,
    transcribe: TranscribeStats,
    detect: Duration,
}

/// How a two-channel recording is transcribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stereo {
    /// Each channel on its own (a call recording: agent on one side, caller on the other),
    /// labelled `channel_0` / `channel_1`, each redacted on its own channel.
    #[default]
    Split,
    /// Downmix to mono first.
    Mix,
}

/// Timings of one run, for benchmarks and progress lines.
#[derive(Debug, Clone, Default)]
pub struct RunStats {
    pub wall: Duration,
    pub transcribe: TranscribeStats,
    /// Time the detector thread spent detecting and redacting.
    pub detect: Duration,
    pub segments: usize,
}

impl Pipeline {
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            models_dir: None,
            whisper: WhisperModel::TinyEn,
            audio: None,
            verify_audio: false,
            stereo: Stereo::Split,
            policy: None,
            hash_key: None,
            transcribe: TranscribeOptions::default(),
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

    /// The redacted-audio settings in force (`None`: no redacted audio).
    pub fn audio(&self) -> Option<AudioOptions> {
        self.audio
    }

    /// Transcribes, detects and redacts one recording.
    pub fn run_file(&mut self, path: &Path) -> Result<Transcript> {
        self.run_file_with_stats(path).map(|(t, _)| t)
    }

    pub fn run_file_with_stats(&mut self, path: &Path) -> Result<(Transcript, RunStats)> {
        let started = Instant::now();
        // Validate the header up front so a bad file fails before any model work.
        let info = audio::probe(path)?;
        let input_sha256 = sha256_file(path)?;
        // One redactor per recording, shared by both channels of a call, so a pseudonym means
        // the same person on either side.
        let mut redactor = Anonymizer::new(self.policy.clone(), self.hash_key.clone());
        let split = self.stereo == Stereo::Split && info.channels == 2;
        let selects: Vec<ChannelSelect> = if split {
            vec![ChannelSelect::Channel(0), ChannelSelect::Channel(1)]
        } else {
            vec![ChannelSelect::Downmix]
        };
        let verify = self.audio.is_some() && self.verify_audio;

        let mut stats = RunStats::default();
        let mut per_channel = Vec::new();
        if verify {
            redactor.keep_originals();
        }
        let mut decoded: Option<AudioInfo> = None;
        // One detection session per recording: names learned on either channel count for both.
        let mut session = self.detector.session();
        for select in &selects {
            let channel = match select {
                ChannelSelect::Channel(c) => Some(*c),
                ChannelSelect::Downmix => None,
            };
            let run = self.run_channel(path, *select, &mut session, &mut redactor)?;
            stats.transcribe.audio_secs += run.transcribe.audio_secs;
            stats.transcribe.whisper_time += run.transcribe.whisper_time;
            stats.transcribe.windows += run.transcribe.windows;
            stats.transcribe.retried_windows += run.transcribe.retried_windows;
            stats.detect += run.detect;
            let mut segs = run.segments;
            if let Some(c) = channel {
                for s in &mut segs {
                    s.speaker = Some(format!("channel_{c}"));
                }
            }
            per_channel.push((channel, segs));
            decoded = Some(run.info);
        }
        // Names recognized late (on either channel) also redact their earlier mentions.
        let mut segments = Vec::new();
        let mut raw_intervals = Vec::new();
        for (channel, mut segs) in per_channel {
            redact::remention::backfill(&mut segs, session.known_names(), &mut redactor)?;
            raw_intervals.extend(entity_intervals(&segs, channel));
            segments.extend(segs);
        }
        let originals = redactor.take_originals();
        let info = decoded.unwrap_or(info);
        segments.sort_by_key(|s| (s.start_ms, s.speaker.clone()));
        for (i, s) in segments.iter_mut().enumerate() {
            s.id = i as u64;
        }
        let duration_ms = (info.frames * 1000).div_ceil(info.sample_rate.max(1) as u64);
        let audio = match self.audio {
            None => None,
            Some(opts) => {
                let mut plan =
                    redact::audio::plan(&raw_intervals, opts, duration_ms, info.channels);
                if verify {
                    plan.verification =
                        Some(self.verify(path, &selects, &plan, &originals, &mut session)?);
                }
                Some(plan)
            }
        };
        drop(originals);

        let policy = &self.policy;
        let mut entity_counts = std::collections::BTreeMap::new();
        for e in segments.iter().flat_map(|s| &s.entities) {
            *entity_counts.entry(e.kind).or_insert(0) += 1;
        }
        let transcript = Transcript {
            source: Source {
                file: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                format: info.container.clone(),
                codec: info.codec.clone(),
                duration_s: info.duration_secs(),
                sample_rate: info.sample_rate,
                channels: info.channels,
            },
            retention: Retention::new(policy, OffsetDateTime::now_utc()),
            provenance: Provenance {
                hush_version: env!("CARGO_PKG_VERSION").to_string(),
                input_sha256,
                models: self
                    .models
                    .all()
                    .into_iter()
                    .map(|m| ModelRef {
                        id: m.id.clone(),
                        sha256: m.sha256.clone(),
                    })
                    .collect(),
                policy_source: policy.source.clone(),
                policy_sha256: policy.sha256.clone(),
                entity_counts,
            },
            audio,
            segments,
        };
        stats.wall = started.elapsed();
        stats.segments = transcript.segments.len();
        tracing::debug!(
            audio_s = stats.transcribe.audio_secs,
            wall_ms = stats.wall.as_millis() as u64,
            whisper_ms = stats.transcribe.whisper_time.as_millis() as u64,
            detect_ms = stats.detect.as_millis() as u64,
            windows = stats.transcribe.windows,
            retried_windows = stats.transcribe.retried_windows,
            segments = stats.segments,
            "run finished"
        );
        Ok((transcript, stats))
    }

    /// Re-transcribes a recording (e.g. a redacted WAV) and reports what the detector still finds
    /// in it, per channel for a split stereo file. Nothing is written and no text is returned: the
    /// words stay in memory inside [`Scan::leak`] for checking known values against.
    pub fn scan_file(&mut self, path: &Path) -> Result<Scan> {
        let info = audio::probe(path)?;
        let mut session = self.detector.session();
        let split = self.stereo == Stereo::Split && info.channels == 2;
        let selects: Vec<ChannelSelect> = if split {
            vec![ChannelSelect::Channel(0), ChannelSelect::Channel(1)]
        } else {
            vec![ChannelSelect::Downmix]
        };
        let mut scan = Scan {
            words: 0,
            entities: Vec::new(),
            leak: LeakText::new(""),
        };
        let mut text = String::new();
        for select in selects {
            let (_, samples) = audio::read_audio_all(path, select)?;
            let (segs, _) = transcribe::transcribe_all(&self.transcriber, &samples)?;
            let words: Vec<&transcribe::Word> = segs.iter().flat_map(|s| s.words.iter()).collect();
            let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
            for e in session.detect(&texts)? {
                scan.entities.push(ScanEntity {
                    kind: e.kind,
                    start_ms: words[e.words.start].start_ms,
                    end_ms: words[e.words.end - 1].end_ms,
                    channel: match select {
                        ChannelSelect::Channel(c) => Some(c),
                        ChannelSelect::Downmix => None,
                    },
                });
            }
            scan.words += texts.len();
            text.push_str(&texts.join(" "));
            text.push('\n');
        }
        scan.leak = LeakText::new(&text);
        Ok(scan)
    }

    /// Runs reader → transcriber → detector on one channel selection, each stage on its own
    /// thread. The first error wins; a failed reader also ends the stages after it early.
    fn run_channel(
        &self,
        path: &Path,
        select: ChannelSelect,
        session: &mut DetectSession<'_>,
        redactor: &mut Anonymizer,
    ) -> Result<ChannelRun> {
        let transcriber = &self.transcriber;
        let channel = match select {
            ChannelSelect::Channel(c) => c,
            ChannelSelect::Downmix => 0,
        };
        let (audio_tx, audio_rx) = bounded::<AudioChunk>(AUDIO_QUEUE);
        let (seg_tx, seg_rx) = bounded::<Segment>(SEGMENT_QUEUE);
        let (red_tx, red_rx) = bounded::<RedactedSegment>(SEGMENT_QUEUE);

        let compute = std::sync::Mutex::new(());
        let compute = &compute;
        let (read, trans, det, segments) = thread::scope(|s| {
            let reader = thread::Builder::new()
                .name("hush-reader".into())
                .spawn_scoped(s, move || {
                    audio::read_audio(path, select, |c| audio_tx.send(c).is_ok())
                })
                .expect("spawn reader");
            let trans = thread::Builder::new()
                .name("hush-transcribe".into())
                .spawn_scoped(s, move || {
                    transcribe::run_stage(transcriber, audio_rx, seg_tx, compute)
                })
                .expect("spawn transcriber");
            let det = thread::Builder::new()
                .name("hush-detect".into())
                .spawn_scoped(s, move || -> Result<Duration> {
                    let mut busy = Duration::ZERO;
                    for mut seg in seg_rx.iter() {
                        seg.channel = channel;
                        // Detect on our turn (see transcribe::run_stage); send after it.
                        let out = {
                            let _turn = compute.lock().unwrap_or_else(|e| e.into_inner());
                            let t = Instant::now();
                            let mut out = Vec::new();
                            for d in session.push(seg)? {
                                out.push(redactor.redact(d)?);
                            }
                            busy += t.elapsed();
                            out
                        };
                        if !out.into_iter().all(|r| red_tx.send(r).is_ok()) {
                            return Ok(busy);
                        }
                    }
                    let t = Instant::now();
                    let mut out = Vec::new();
                    for d in session.finish()? {
                        out.push(redactor.redact(d)?);
                    }
                    busy += t.elapsed();
                    for r in out {
                        let _ = red_tx.send(r);
                    }
                    Ok(busy)
                })
                .expect("spawn detector");
            let segments: Vec<RedactedSegment> = red_rx.iter().collect();
            (
                joined(reader.join(), "reader"),
                joined(trans.join(), "transcriber"),
                joined(det.join(), "detector"),
                segments,
            )
        });
        let info = read??;
        let transcribe = trans??;
        let detect = det??;
        Ok(ChannelRun {
            info,
            segments,
            transcribe,
            detect,
        })
    }

    /// Re-transcribes the recording with the planned mutes applied (at 16 kHz, per channel, the
    /// same intervals the redacted WAV gets) and checks that no redacted value can be heard.
    /// A leak is an error: nothing is written.
    fn verify(
        &self,
        path: &Path,
        selects: &[ChannelSelect],
        plan: &redact::audio::AudioRedaction,
        originals: &[(EntityKind, String)],
        session: &mut DetectSession<'_>,
    ) -> Result<redact::audio::Verification> {
        let mut text = String::new();
        let mut words = 0usize;
        let mut detected = 0usize;
        for select in selects {
            let channel = match select {
                ChannelSelect::Channel(c) => Some(*c),
                ChannelSelect::Downmix => None,
            };
            let (_, mut samples) = audio::read_audio_all(path, *select)?;
            // Intervals for this channel, applied to the mono working copy.
            let ivs: Vec<MuteInterval> = plan
                .muted
                .iter()
                .filter(|m| m.channel.is_none() || m.channel == channel)
                .map(|m| MuteInterval {
                    channel: None,
                    ..m.clone()
                })
                .collect();
            Bleeper::new(ivs, audio::SAMPLE_RATE, 1, plan.mode).apply(&mut samples, 0);
            let (segs, _) = transcribe::transcribe_all(&self.transcriber, &samples)?;
            let w: Vec<&str> = segs
                .iter()
                .flat_map(|s| s.words.iter().map(|w| w.text.as_str()))
                .collect();
            words += w.len();
            detected += session.detect(&w)?.len();
            text.push_str(&w.join(" "));
            text.push('\n');
        }
        let scan = LeakText::new(&text);
        let leaked = originals.iter().filter(|(_, v)| scan.leaks(v)).count();
        if leaked > 0 {
            return Err(Error::Detect(format!(
                "{}: {leaked} redacted value(s) can still be heard in the redacted audio",
                path.display()
            )));
        }
        Ok(redact::audio::Verification {
            leaked_values: 0,
            checked_values: originals.len(),
            detected_entities: detected,
            retranscribed_words: words,
        })
    }
}
