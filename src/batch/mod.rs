//! Batch runs: many recordings into one mirrored output tree, resumable, shardable, with several
//! workers sharing one loaded [`Pipeline`]. The embeddable part of `hush batch` (the CLI only
//! parses arguments and renders progress).
//!
//! ```no_run
//! # fn main() -> hush::Result<()> {
//! use hush::batch::{plan, Batch, BatchOptions, NoObserver};
//! use hush::runtime::Pipeline;
//! let plan = plan::expand(&["calls".into()], "out".as_ref())?;
//! let pipeline = Pipeline::builder().threads(1).build()?;
//! let batch = Batch::new(plan, BatchOptions::new("out"))?;
//! let summary = batch.run(&pipeline, &NoObserver);
//! println!("{} ok, {} failed", summary.ok, summary.failed);
//! # Ok(()) }
//! ```
//!
//! - [`plan`] expands the inputs and mirrors their paths; [`shard`] picks this process's part.
//! - [`manifest`] records each input's result (`DIR/hush-manifest.jsonl`); a rerun skips an
//!   input whose latest entry is done with the same input, policy and model hashes and whose
//!   outputs are all there, and redoes anything else (failed inputs are retried).
//! - Workers take inputs in path order; each run has its own Whisper state and detection session,
//!   and all share the pipeline's model, NER session and CPU turns.
//! - An input that fails (corrupt, unreadable, changed while read) fails alone: it is recorded
//!   with its reason and has no outputs (earlier outputs of that path are removed, so nothing
//!   escapes retention). An output error (a full disk fails every later file too) stops the
//!   batch after the runs in flight: [`Summary::fatal`].

pub mod manifest;
pub mod plan;
pub mod shard;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::output::Format;
use crate::retention::audit::{Action, AuditEvent, AuditLog, PolicyRef};
use crate::runtime::{FileRunOptions, Pipeline, RunProgress};

pub use manifest::{Entry, Manifest, Status};
pub use plan::{Item, Plan, Skipped};
pub use shard::Shard;

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub out_dir: PathBuf,
    pub formats: Vec<Format>,
    /// Workers running inputs at once (each with its own Whisper state).
    pub jobs: usize,
    /// Only the inputs of this shard.
    pub shard: Option<Shard>,
}

impl BatchOptions {
    pub fn new(out_dir: impl Into<PathBuf>) -> BatchOptions {
        BatchOptions {
            out_dir: out_dir.into(),
            formats: vec![Format::Json, Format::Txt],
            jobs: 1,
            shard: None,
        }
    }
}

/// What happened to one input.
#[derive(Debug, Clone)]
pub enum ItemResult {
    /// Redacted and published; the manifest entry records it.
    Done {
        entry: Entry,
        audio_s: f64,
        wall: Duration,
        entity_counts: BTreeMap<String, usize>,
    },
    /// Already done by an earlier run with the same input, policy and models.
    Unchanged,
    /// Failed alone; the manifest entry holds the reason.
    Failed { entry: Entry, error: String },
}

/// Progress notifications; called from the worker threads. Holds paths and counts, never text.
pub trait Observer: Sync {
    fn started(&self, _worker: usize, _item: &Item) {}
    fn finished(&self, _worker: usize, _item: &Item, _result: &ItemResult) {}
}

/// An observer that ignores everything.
pub struct NoObserver;
impl Observer for NoObserver {}

/// What each worker is doing now, for progress displays that poll.
pub struct WorkerSlot {
    current: Mutex<Option<String>>,
    /// Transcription progress of the worker's current input.
    pub progress: RunProgress,
}

impl WorkerSlot {
    /// The mirrored path of the input this worker is on, if any.
    pub fn current(&self) -> Option<String> {
        self.current
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
    fn set(&self, rel: Option<&str>) {
        *self.current.lock().unwrap_or_else(|e| e.into_inner()) = rel.map(str::to_string);
    }
}

/// One failure in the summary.
#[derive(Debug, Clone, Serialize)]
pub struct FailureLine {
    pub input: String,
    pub error: String,
}

/// One skipped file in the summary.
#[derive(Debug, Clone, Serialize)]
pub struct SkippedLine {
    pub path: String,
    pub reason: String,
}

/// The end of a batch (`--summary-json`, schema `hush.batch-summary` version 1).
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub schema: &'static str,
    pub version: u32,
    /// Recordings in this shard.
    pub files: usize,
    /// Redacted and published by this run.
    pub ok: usize,
    /// Done by an earlier run and unchanged (not redone).
    pub unchanged: usize,
    pub failed: usize,
    /// Files found by a walk or a pattern that are not audio.
    pub skipped: usize,
    /// Inputs not reached because the batch stopped on an output error.
    pub not_reached: usize,
    /// Audio redacted by this run, seconds.
    pub audio_s: f64,
    pub wall_s: f64,
    /// Wall time over audio time (lower is faster); null when nothing was redacted.
    pub rtf: Option<f64>,
    pub jobs: usize,
    pub shard: Option<String>,
    pub entity_counts: BTreeMap<String, usize>,
    pub failures: Vec<FailureLine>,
    pub skipped_files: Vec<SkippedLine>,
    /// The error that stopped the batch early (an output error), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fatal: Option<String>,
    #[serde(skip)]
    pub fatal_error: Option<std::sync::Arc<Error>>,
}

/// A planned batch, ready to run.
pub struct Batch {
    items: Vec<Item>,
    skipped: Vec<Skipped>,
    opts: BatchOptions,
    slots: Vec<WorkerSlot>,
}

impl Batch {
    /// Keeps this shard's part of `plan`. Nothing is created until [`Batch::run`].
    pub fn new(plan: Plan, opts: BatchOptions) -> Result<Batch> {
        let mut items = plan.items;
        if let Some(s) = opts.shard {
            items.retain(|i| s.contains(&i.rel));
        }
        let jobs = opts.jobs.max(1);
        let slots = (0..jobs)
            .map(|_| WorkerSlot {
                current: Mutex::new(None),
                progress: RunProgress::new(),
            })
            .collect();
        Ok(Batch {
            items,
            skipped: plan.skipped,
            opts: BatchOptions { jobs, ..opts },
            slots,
        })
    }

    /// The inputs this process will take, in order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// One slot per worker, for progress displays.
    pub fn slots(&self) -> &[WorkerSlot] {
        &self.slots
    }

    pub fn options(&self) -> &BatchOptions {
        &self.opts
    }

    /// Runs every input through `pipeline` on `jobs` workers. Errors of single inputs are in the
    /// summary; an output error stops the batch and is [`Summary::fatal`].
    pub fn run(&self, pipeline: &Pipeline, observer: &dyn Observer) -> Summary {
        let started = Instant::now();
        let mut summary = Summary {
            schema: "hush.batch-summary",
            version: 1,
            files: self.items.len(),
            ok: 0,
            unchanged: 0,
            failed: 0,
            skipped: self.skipped.len(),
            not_reached: 0,
            audio_s: 0.0,
            wall_s: 0.0,
            rtf: None,
            jobs: self.opts.jobs,
            shard: self.opts.shard.map(|s| s.to_string()),
            entity_counts: BTreeMap::new(),
            failures: Vec::new(),
            skipped_files: self
                .skipped
                .iter()
                .map(|s| SkippedLine {
                    path: s.path.display().to_string(),
                    reason: s.reason.clone(),
                })
                .collect(),
            fatal: None,
            fatal_error: None,
        };
        let ctx = match Context::open(self, pipeline) {
            Ok(c) => c,
            Err(e) => {
                summary.not_reached = self.items.len();
                summary.fatal = Some(e.to_string());
                summary.fatal_error = Some(std::sync::Arc::new(e));
                return summary;
            }
        };
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<ItemResult>> = Mutex::new(Vec::new());
        std::thread::scope(|s| {
            for (w, slot) in self.slots.iter().enumerate() {
                let (ctx, next, results) = (&ctx, &next, &results);
                std::thread::Builder::new()
                    .name(format!("hush-batch-{w}"))
                    .spawn_scoped(s, move || {
                        while !ctx.stop.load(Ordering::SeqCst) {
                            let i = next.fetch_add(1, Ordering::SeqCst);
                            let Some(item) = self.items.get(i) else { break };
                            slot.set(Some(&item.rel));
                            observer.started(w, item);
                            let result = ctx.process(item, slot);
                            slot.set(None);
                            observer.finished(w, item, &result);
                            lock(results).push(result);
                        }
                    })
                    .expect("spawn batch worker");
            }
        });
        for r in results.into_inner().unwrap_or_else(|e| e.into_inner()) {
            match r {
                ItemResult::Done {
                    audio_s,
                    entity_counts,
                    ..
                } => {
                    summary.ok += 1;
                    summary.audio_s += audio_s;
                    for (k, n) in entity_counts {
                        *summary.entity_counts.entry(k).or_insert(0) += n;
                    }
                }
                ItemResult::Unchanged => summary.unchanged += 1,
                ItemResult::Failed { entry, error } => {
                    summary.failed += 1;
                    summary.failures.push(FailureLine {
                        input: entry.input,
                        error,
                    });
                }
            }
        }
        if let Some(e) = ctx.fatal.into_inner().unwrap_or_else(|e| e.into_inner()) {
            summary.fatal = Some(e.to_string());
            summary.fatal_error = Some(std::sync::Arc::new(e));
        }
        summary.failures.sort_by(|a, b| a.input.cmp(&b.input));
        summary.not_reached = summary.files - summary.ok - summary.unchanged - summary.failed;
        summary.wall_s = started.elapsed().as_secs_f64();
        summary.rtf = (summary.audio_s > 0.0).then(|| summary.wall_s / summary.audio_s);
        summary
    }
}

impl Summary {
    /// The process exit code: 0 every input done (now or before; skipped non-audio files do not
    /// count), 1 some input failed, the fatal error's own code when the batch stopped early.
    pub fn exit_code(&self) -> i32 {
        match (&self.fatal_error, self.failed) {
            (Some(e), _) => e.exit_code(),
            (None, 0) => crate::error::exit::OK,
            (None, _) => crate::error::exit::SOME_FAILED,
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the workers share while a batch runs.
struct Context<'a> {
    pipeline: &'a Pipeline,
    out_dir: &'a Path,
    formats: &'a [Format],
    manifest: Mutex<Manifest>,
    /// The out dir's audit log (`hush-audit.jsonl`): one line per input, done or failed.
    audit: Mutex<AuditLog>,
    policy_sha256: String,
    models_sha256: String,
    /// Output extensions every input gets (formats, plus `wav` with redacted audio).
    extensions: Vec<&'static str>,
    /// Set on an output error: workers take no new input.
    stop: AtomicBool,
    /// The error that stopped the batch.
    fatal: Mutex<Option<Error>>,
}

impl<'a> Context<'a> {
    fn open(batch: &'a Batch, pipeline: &'a Pipeline) -> Result<Context<'a>> {
        let out_dir = batch.opts.out_dir.as_path();
        if out_dir.exists() && !out_dir.is_dir() {
            return Err(Error::output(
                out_dir,
                "--out-dir exists and is not a directory",
            ));
        }
        std::fs::create_dir_all(out_dir).map_err(|e| Error::output(out_dir, e.to_string()))?;
        // A killed run may have left temp files in any directory of the tree, including ones
        // this run will not publish into.
        for e in walkdir::WalkDir::new(out_dir).into_iter().flatten() {
            if e.file_type().is_dir() {
                crate::output::publish::remove_stale_temps(e.path());
            }
        }
        let manifest = Manifest::open(out_dir)?;
        let audit = AuditLog::open(out_dir)?;
        if manifest.ignored_lines() > 0 {
            tracing::warn!(
                lines = manifest.ignored_lines(),
                "manifest lines that are not valid entries (a torn last line of a killed run) were ignored"
            );
        }
        let mut extensions: Vec<&'static str> =
            batch.opts.formats.iter().map(|f| f.extension()).collect();
        if pipeline.audio().is_some() {
            extensions.push("wav");
        }
        extensions.sort_unstable();
        extensions.dedup();
        let models = pipeline.models().all();
        Ok(Context {
            pipeline,
            out_dir,
            formats: &batch.opts.formats,
            manifest: Mutex::new(manifest),
            audit: Mutex::new(audit),
            policy_sha256: pipeline.policy().sha256.clone(),
            models_sha256: manifest::models_sha256(
                models.iter().map(|m| (m.id.as_str(), m.sha256.as_str())),
            ),
            extensions,
            stop: AtomicBool::new(false),
            fatal: Mutex::new(None),
        })
    }

    /// Stops the batch after the runs in flight; the first error is the one reported.
    fn halt(&self, e: Error) {
        self.stop.store(true, Ordering::SeqCst);
        let mut f = lock(&self.fatal);
        if f.is_none() {
            *f = Some(e);
        }
    }

    /// The output files of `item`, relative to the out dir.
    fn targets(&self, item: &Item) -> Vec<String> {
        self.extensions
            .iter()
            .map(|ext| format!("{}.redacted.{ext}", item.rel))
            .collect()
    }

    /// One input: skip if done, else redact, then record. An output error (the input's own, or
    /// the manifest's) also stops the batch.
    fn process(&self, item: &Item, slot: &WorkerSlot) -> ItemResult {
        let started = Instant::now();
        let targets = self.targets(item);
        let previous = lock(&self.manifest).get(&item.rel).cloned();
        let input_sha256 = match crate::files::sha256_file(&item.path) {
            Ok(s) => s,
            Err(e) => {
                let err = Error::input(&item.path, format!("cannot read: {e}"));
                return self.fail(item, String::new(), err, previous.as_ref());
            }
        };
        let key = manifest::Key {
            input_sha256: input_sha256.clone(),
            policy_sha256: self.policy_sha256.clone(),
            models_sha256: self.models_sha256.clone(),
        };
        if let Some(prev) = &previous {
            let same_outputs = prev.outputs.iter().collect::<BTreeSet<_>>()
                == targets.iter().collect::<BTreeSet<_>>();
            if prev.status == Status::Done
                && prev.key() == key
                && same_outputs
                && prev.outputs.iter().all(|o| self.out_dir.join(o).is_file())
            {
                return ItemResult::Unchanged;
            }
        }
        let name = item.output_name(self.out_dir);
        let opts = FileRunOptions {
            expect_sha256: Some(&input_sha256),
            progress: Some(&slot.progress),
        };
        match self
            .pipeline
            .redact_file_with(&item.path, &name, self.formats, opts)
        {
            Ok(done) => {
                let outputs: Vec<String> = done
                    .published
                    .iter()
                    .map(|p| plan::relative(p, self.out_dir))
                    .collect();
                // Files of an earlier version of this input that this run did not rewrite
                // (another --format set) would escape retention: removed.
                if let Some(prev) = &previous {
                    for o in prev.outputs.iter().filter(|o| !outputs.contains(o)) {
                        let _ = std::fs::remove_file(self.out_dir.join(o));
                    }
                }
                let t = &done.transcript;
                if let Some(w) = t.transcript_confidence.warning(&item.rel) {
                    tracing::warn!("{w}");
                }
                let entry = Entry {
                    v: manifest::VERSION,
                    input: item.rel.clone(),
                    input_sha256,
                    policy_sha256: self.policy_sha256.clone(),
                    models_sha256: self.models_sha256.clone(),
                    status: Status::Done,
                    outputs,
                    delete_after: Some(t.retention.delete_after.clone()),
                    error: None,
                    at: now(),
                };
                let mut hashes = Vec::with_capacity(done.published.len());
                for p in &done.published {
                    match crate::files::sha256_file(p) {
                        Ok(h) => hashes.push(h),
                        Err(e) => {
                            return self.fail(
                                item,
                                entry.input_sha256,
                                Error::output(p, format!("cannot hash: {e}")),
                                previous.as_ref(),
                            )
                        }
                    }
                }
                let event =
                    AuditEvent::redacted(Action::Batch, &t.retention, &t.provenance, hashes);
                self.record(&entry, event);
                ItemResult::Done {
                    entry,
                    audio_s: t.source.duration_s,
                    wall: started.elapsed(),
                    entity_counts: t
                        .provenance
                        .entity_counts
                        .iter()
                        .map(|(k, n)| (k.to_string(), *n))
                        .collect(),
                }
            }
            Err(e) => self.fail(item, input_sha256, e, previous.as_ref()),
        }
    }

    /// Records a failed input. Whatever sits at its output paths (a set a killed run published
    /// partly, or the outputs of an earlier version of the input) is removed: a failed input
    /// has no outputs. An output error also stops the batch.
    fn fail(
        &self,
        item: &Item,
        input_sha256: String,
        error: Error,
        previous: Option<&Entry>,
    ) -> ItemResult {
        let mut stale: BTreeSet<String> = self.targets(item).into_iter().collect();
        stale.extend(previous.into_iter().flat_map(|p| p.outputs.iter().cloned()));
        for o in &stale {
            let _ = std::fs::remove_file(self.out_dir.join(o));
        }
        let line = one_line(&error.to_string());
        let entry = Entry {
            v: manifest::VERSION,
            input: item.rel.clone(),
            input_sha256,
            policy_sha256: self.policy_sha256.clone(),
            models_sha256: self.models_sha256.clone(),
            status: Status::Failed,
            outputs: Vec::new(),
            delete_after: None,
            error: Some(line.clone()),
            at: now(),
        };
        self.record(&entry, self.failed_event(&entry.input_sha256));
        if matches!(error, Error::Output { .. }) {
            self.halt(error);
        }
        ItemResult::Failed { entry, error: line }
    }

    /// Where each input's result is recorded, done or failed, after its outputs are published
    /// (or removed): the one place a per-file event (the audit log) belongs. A manifest that
    /// cannot be written stops the batch: without it a rerun cannot know what is done.
    ///
    /// The manifest line is appended under the audit log's lock, which `hush purge` holds while
    /// it rewrites the manifest, so a purge of the same directory cannot lose the line; the
    /// audit line follows it (hashes and counts only, see [`crate::retention::audit`]).
    fn record(&self, entry: &Entry, event: AuditEvent) {
        let mut audit = lock(&self.audit);
        let appended = audit
            .locked(|| lock(&self.manifest).append(entry.clone()))
            .and_then(|r| r)
            .and_then(|()| audit.append(&event));
        if let Err(e) = appended {
            self.halt(e);
        }
    }

    /// The audit line of a failed input: its hash (when it could be read) and the policy.
    fn failed_event(&self, input_sha256: &str) -> AuditEvent {
        AuditEvent {
            input_sha256: (!input_sha256.is_empty()).then(|| input_sha256.to_string()),
            policy: Some(PolicyRef {
                name: self.pipeline.policy().file.name.clone(),
                sha256: self.policy_sha256.clone(),
            }),
            ..AuditEvent::new(Action::Batch, "failed")
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn now() -> String {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("0 ns is valid")
        .format(&Rfc3339)
        .unwrap_or_default()
}

/// Default split of `cores` between batch workers and Whisper threads per worker, given what the
/// user fixed: never more Whisper threads in all than cores. Unset, every worker gets one thread
/// and there is a worker per core (at most 8): one-thread workers do not spin-wait, and short
/// recordings gain more from overlapping whole runs than from splitting one run's matrices
/// (measured in README "Batch").
pub fn split_cores(cores: usize, jobs: Option<usize>, threads: Option<usize>) -> (usize, usize) {
    let cores = cores.max(1);
    match (jobs, threads) {
        (Some(j), Some(t)) => (j.max(1), t.max(1)),
        (Some(j), None) => (j.max(1), (cores / j.max(1)).max(1)),
        (None, Some(t)) => ((cores / t.max(1)).clamp(1, 8), t.max(1)),
        (None, None) => (cores.min(8), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_split_never_oversubscribes() {
        for cores in 1..=32 {
            for jobs in [None, Some(1), Some(2), Some(3)] {
                for threads in [None, Some(1), Some(2)] {
                    let (j, t) = split_cores(cores, jobs, threads);
                    assert!(j >= 1 && t >= 1);
                    if jobs.is_none() || threads.is_none() {
                        assert!(
                            j * t <= cores.max(t).max(j),
                            "{cores} cores, {jobs:?} x {threads:?} -> {j} x {t}"
                        );
                    }
                }
            }
        }
        assert_eq!(split_cores(2, None, None), (2, 1));
        assert_eq!(split_cores(2, Some(1), None), (1, 2));
        assert_eq!(split_cores(16, None, Some(4)), (4, 4));
        assert_eq!(split_cores(64, None, None), (8, 1));
    }

    #[test]
    fn errors_become_one_line() {
        assert_eq!(one_line("a\n  b\tc"), "a b c");
    }
}
