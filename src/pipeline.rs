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

use crate::audio::{self, AudioChunk, WavInfo};
use crate::detect::ner::NerModel;
use crate::detect::{Detector, StreamDetector};
use crate::error::{Error, Result};
use crate::models::{ModelSet, WhisperModel};
use crate::output::{Source, Transcript};
use crate::redact::{operators, Policy, RedactedSegment, Redactor};
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
}

impl PipelineBuilder {
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
        let mut ner = NerModel::load(
            &models.onnxruntime.path,
            &models.ner_onnx.path,
            &models.ner_tokenizer.path,
            &models.ner_config.path,
        )?;
        ner.threshold = policy.file.ner_threshold;
        let transcriber = Transcriber::load(&models.whisper.path, self.transcribe)?;
        Ok(Pipeline {
            models,
            policy,
            hash_key,
            transcriber,
            detector: Detector::new(ner),
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

    /// Transcribes, detects and redacts one WAV file.
    pub fn run_file(&mut self, path: &Path) -> Result<Transcript> {
        self.run_file_with_stats(path).map(|(t, _)| t)
    }

    pub fn run_file_with_stats(&mut self, path: &Path) -> Result<(Transcript, RunStats)> {
        let started = Instant::now();
        // Validate the header up front so a bad file fails before any model work.
        audio::decode::open_wav(path)?;
        let input_sha256 = sha256_file(path)?;
        let redactor = Redactor::new(self.policy.clone(), self.hash_key.clone());
        let transcriber = &self.transcriber;
        let detector = &mut self.detector;

        let (audio_tx, audio_rx) = bounded::<AudioChunk>(AUDIO_QUEUE);
        let (seg_tx, seg_rx) = bounded::<Segment>(SEGMENT_QUEUE);
        let (red_tx, red_rx) = bounded::<RedactedSegment>(SEGMENT_QUEUE);

        let (read, trans, det, segments) = thread::scope(|s| {
            let reader = thread::Builder::new()
                .name("hush-reader".into())
                .spawn_scoped(s, move || {
                    audio::read_wav(path, |c| audio_tx.send(c).is_ok())
                })
                .expect("spawn reader");
            let trans = thread::Builder::new()
                .name("hush-transcribe".into())
                .spawn_scoped(s, move || {
                    transcribe::run_stage(transcriber, audio_rx, seg_tx)
                })
                .expect("spawn transcriber");
            let det = thread::Builder::new()
                .name("hush-detect".into())
                .spawn_scoped(s, move || -> Result<Duration> {
                    let mut busy = Duration::ZERO;
                    let mut stream = StreamDetector::new(detector, redactor);
                    for seg in seg_rx.iter() {
                        let t = Instant::now();
                        let out = stream.push(seg)?;
                        busy += t.elapsed();
                        if !out.into_iter().all(|r| red_tx.send(r).is_ok()) {
                            return Ok(busy);
                        }
                    }
                    let t = Instant::now();
                    let out = stream.finish()?;
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
        // Upstream errors first: a failed reader also ends the stages after it early.
        let info: WavInfo = read??;
        let tstats = trans??;
        let detect_time = det??;

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
            segments,
        };
        let stats = RunStats {
            wall: started.elapsed(),
            transcribe: tstats,
            detect: detect_time,
            segments: transcript.segments.len(),
        };
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
}
