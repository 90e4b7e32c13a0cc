//! The stages of one run and the threads they run on:
//!
//! ```text
//! reader ──AudioMsg──▶ transcriber (one per lane) ──SegmentMsg──▶ detector ──RedactedMsg──▶ sinks
//! (decode once,         (one WhisperState each,                   (lanes merged by time,      (caller's
//!  hash, resample)       endpointer cuts windows)                  session + anonymizer)       thread)
//! ```
//!
//! Every arrow is a bounded crossbeam channel, so a slow stage applies back-pressure instead of
//! buffering a recording. Each channel ends with `End`; a stage whose input closes without it
//! stops at once ([`UpstreamFailed`]) and the first failing stage's own error is reported. A
//! stage whose output has gone away stops quietly: the stage after it failed and its error wins.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Select, Sender};

use super::messages::{AudioMsg, RedactedMsg, SegmentMsg, UpstreamFailed};
use crate::audio::{decode_lanes, AudioSource, Layout, SourceInfo, SAMPLE_RATE};
use crate::compute::CpuTurns;
use crate::detect::DetectSession;
use crate::error::{Error, Result};
use crate::output::Sink;
use crate::redact::{Anonymizer, RedactedSegment};
use crate::transcribe::{Endpointer, Segment, TranscribeStats, Worker};

/// Channel capacities: bounded, so memory stays flat however long the input. A file's audio
/// queue holds about 60 s per lane (the file decoder sends 100 ms chunks; 6.4 KB each, under
/// 4 MB per lane): the lanes of a split call end their windows at different times, packed
/// windows by tens of seconds, and each lane must read ahead while the other decodes (with 8
/// chunks the two lanes decoded one after the other). A live stream keeps 8: its lanes must stay
/// together in stream time, since a lane's held-back words are released by how far that lane
/// has got (`idle_release_ms`), and a caller's lane far ahead of the agent's would release an
/// answer before the question that is its cue arrived (measured: an ID leaked unpaced).
const FILE_AUDIO_QUEUE: usize = 600;
const LIVE_AUDIO_QUEUE: usize = 8;
const SEGMENT_QUEUE: usize = 16;

impl From<UpstreamFailed> for Error {
    fn from(_: UpstreamFailed) -> Error {
        Error::Pipeline("an earlier stage stopped without finishing its stream".into())
    }
}

/// How far a run has got, for progress displays: written by the detector stage as windows
/// arrive (two relaxed atomic stores per window), read by whoever polls. Holds times only,
/// never text.
#[derive(Debug, Default)]
pub struct RunProgress {
    /// Milliseconds of audio transcribed so far (the slowest lane's mark for a split call).
    transcribed_ms: AtomicU64,
    /// The recording's duration in ms as its header declares it (0 until known or if unknown).
    duration_ms: AtomicU64,
}

impl RunProgress {
    pub fn new() -> RunProgress {
        RunProgress::default()
    }
    /// Milliseconds of audio transcribed so far.
    pub fn transcribed_ms(&self) -> u64 {
        self.transcribed_ms.load(Ordering::Relaxed)
    }
    /// The declared duration in ms (0: not known yet).
    pub fn duration_ms(&self) -> u64 {
        self.duration_ms.load(Ordering::Relaxed)
    }
    /// Starts over for a new input of `duration_ms` (0 if unknown).
    pub fn reset(&self, duration_ms: u64) {
        self.transcribed_ms.store(0, Ordering::Relaxed);
        self.duration_ms.store(duration_ms, Ordering::Relaxed);
    }
    fn set_transcribed(&self, ms: u64) {
        self.transcribed_ms.store(ms, Ordering::Relaxed);
    }
}

/// What the reader learned by the end of the input.
pub struct ReadOutcome {
    pub info: SourceInfo,
    /// SHA-256 of the input's bytes, computed while decoding (files only).
    pub sha256: Option<String>,
}

/// What the stages hand back when the input has ended.
pub struct StagesOutcome {
    pub read: ReadOutcome,
    pub transcribe: TranscribeStats,
    /// Time the detector thread spent detecting and redacting.
    pub detect: Duration,
    /// Every released segment, in release order (the runtime revises and plans audio from it).
    pub released: Vec<RedactedSegment>,
}

/// Runs reader → transcribers → detector → sinks over one source.
///
/// `workers` holds one transcriber worker per lane (one for a mono mix, one per channel of a
/// split call), `endpointers` one endpointer per lane; `label` names a lane's speaker (None for
/// a mono mix). With `idle_release_ms` (live streams), words the detector holds back are
/// released once their lane has been transcribed that far past them with nothing new said (see
/// [`DetectSession::release_idle`]).
#[allow(clippy::too_many_arguments)]
pub fn run(
    source: &mut dyn AudioSource,
    layout: Layout,
    workers: &mut [Worker<'_>],
    endpointers: Vec<Box<dyn Endpointer>>,
    session: &mut DetectSession<'_>,
    anonymizer: &mut Anonymizer,
    turns: &CpuTurns,
    label: &(dyn Fn(u16) -> Option<String> + Sync),
    idle_release_ms: Option<u64>,
    sinks: &mut [&mut dyn Sink],
    progress: Option<&RunProgress>,
) -> Result<StagesOutcome> {
    let lanes = workers.len();
    let queue = if idle_release_ms.is_some() {
        LIVE_AUDIO_QUEUE
    } else {
        FILE_AUDIO_QUEUE
    };
    let (audio_tx, audio_rx): (Vec<_>, Vec<_>) =
        (0..lanes).map(|_| bounded::<AudioMsg>(queue)).unzip();
    let (seg_tx, seg_rx): (Vec<_>, Vec<_>) = (0..lanes)
        .map(|_| bounded::<SegmentMsg>(SEGMENT_QUEUE))
        .unzip();
    let (red_tx, red_rx) = bounded::<RedactedMsg>(SEGMENT_QUEUE);

    thread::scope(|s| {
        let reader = thread::Builder::new()
            .name("hush-reader".into())
            .spawn_scoped(s, move || read_stage(source, layout, audio_tx))
            .expect("spawn reader");
        assert_eq!(endpointers.len(), lanes, "one endpointer per lane");
        let transcribers: Vec<_> = workers
            .iter_mut()
            .zip(endpointers)
            .zip(audio_rx.into_iter().zip(seg_tx))
            .enumerate()
            .map(|(i, ((w, e), (rx, tx)))| {
                thread::Builder::new()
                    .name(format!("hush-transcribe-{i}"))
                    .spawn_scoped(s, move || transcribe_stage(w, e, rx, tx))
                    .expect("spawn transcriber")
            })
            .collect();
        let detector = thread::Builder::new()
            .name("hush-detect".into())
            .spawn_scoped(s, move || {
                detect_stage(
                    session,
                    anonymizer,
                    seg_rx,
                    red_tx,
                    turns,
                    label,
                    idle_release_ms,
                    progress,
                )
            })
            .expect("spawn detector");
        let sunk = sink_stage(red_rx, sinks);

        // The first failing stage in data order is the cause; later ones only saw it.
        let read = joined(reader.join(), "reader");
        let mut transcribe = Ok(TranscribeStats::default());
        for t in transcribers {
            let r = joined(t.join(), "transcriber");
            transcribe = match (transcribe, r) {
                (Ok(mut a), Ok(b)) => {
                    a.add(&b);
                    Ok(a)
                }
                (Err(e), _) | (_, Err(e)) => Err(e),
            };
        }
        let detect = joined(detector.join(), "detector");
        let read = read?;
        let transcribe = transcribe?;
        let detect = detect?;
        let released = sunk?;
        Ok(StagesOutcome {
            read,
            transcribe,
            detect,
            released,
        })
    })
}

fn joined<T>(r: thread::Result<Result<T>>, name: &str) -> Result<T> {
    r.map_err(|_| Error::Pipeline(format!("{name} thread panicked")))?
}

/// Decodes the source once, feeding each lane's channel; `End` on every lane when the input
/// ended normally. Stops quietly when a transcriber has gone away.
fn read_stage(
    source: &mut dyn AudioSource,
    layout: Layout,
    lanes: Vec<Sender<AudioMsg>>,
) -> Result<ReadOutcome> {
    let summary = decode_lanes(source, layout, None, |c| {
        lanes[usize::from(c.lane)]
            .send(AudioMsg::Frames {
                lane: c.lane,
                start_sample: c.start_sample,
                samples: c.samples,
            })
            .is_ok()
    })?;
    if summary.complete {
        for l in &lanes {
            let _ = l.send(AudioMsg::End);
        }
    }
    let mut info = summary.info;
    // What was decoded, not what the header declared (lossy formats only estimate it).
    info.frames = summary.frames;
    Ok(ReadOutcome {
        info,
        sha256: summary.sha256,
    })
}

/// One lane: windows from the lane's endpointer, decoded by this lane's worker.
fn transcribe_stage(
    worker: &mut Worker<'_>,
    mut endpointer: Box<dyn Endpointer>,
    rx: Receiver<AudioMsg>,
    tx: Sender<SegmentMsg>,
) -> Result<TranscribeStats> {
    let endpointer = endpointer.as_mut();
    let send = |segments: Vec<Segment>, upto_ms: u64| {
        tx.send(SegmentMsg::Window { segments, upto_ms }).is_ok()
    };
    loop {
        match rx.recv() {
            Ok(AudioMsg::Frames { samples, .. }) => {
                endpointer.push(&samples)?;
                if !worker.drain(endpointer, false, send)? {
                    break;
                }
            }
            Ok(AudioMsg::End) => {
                if worker.drain(endpointer, true, send)? {
                    let _ = tx.send(SegmentMsg::End);
                }
                break;
            }
            Err(_) => return Err(UpstreamFailed.into()),
        }
    }
    let mut stats = worker.stats().clone();
    stats.add_endpointer(endpointer);
    Ok(stats)
}

/// Merges the lanes by time and runs detection and redaction. A segment is pushed once no other
/// lane can still produce an earlier one (its next segment or its transcribed-up-to mark is
/// later), so a question on one channel is context for the answer on the other.
#[allow(clippy::too_many_arguments)]
fn detect_stage(
    session: &mut DetectSession<'_>,
    anonymizer: &mut Anonymizer,
    lanes: Vec<Receiver<SegmentMsg>>,
    out: Sender<RedactedMsg>,
    turns: &CpuTurns,
    label: &(dyn Fn(u16) -> Option<String> + Sync),
    idle_release_ms: Option<u64>,
    progress: Option<&RunProgress>,
) -> Result<Duration> {
    let n = lanes.len();
    let mut queues: Vec<VecDeque<Segment>> = vec![VecDeque::new(); n];
    let mut upto = vec![0u64; n];
    let mut ended = vec![false; n];
    let mut busy = Duration::ZERO;

    // Detects on this stage's CPU turn; sends after it (a full channel must not hold the turn).
    let mut process = |step: Step, busy: &mut Duration| -> Result<bool> {
        let released = {
            let _turn = turns.exclusive();
            let t = Instant::now();
            let detected = match step {
                Step::Push(s) => session.push(s)?,
                Step::Idle {
                    lane,
                    now_ms,
                    idle_ms,
                } => session.release_idle(lane, now_ms, idle_ms)?,
                Step::Finish => session.finish()?,
            };
            let mut red = Vec::with_capacity(detected.len());
            for d in detected {
                let mut r = anonymizer.redact(d)?;
                r.speaker = label(r.channel);
                red.push(r);
            }
            *busy += t.elapsed();
            red
        };
        Ok(released
            .into_iter()
            .all(|r| out.send(RedactedMsg::Segment(r)).is_ok()))
    };

    loop {
        // Release every segment that no lane can precede any more.
        while let Some((lane, start)) = (0..n)
            .filter_map(|l| queues[l].front().map(|s| (l, onset(s))))
            .min_by_key(|&(l, start)| (start, l))
        {
            let blocked =
                (0..n).any(|o| o != lane && !ended[o] && queues[o].is_empty() && upto[o] < start);
            if blocked {
                break;
            }
            let seg = queues[lane].pop_front().expect("head exists");
            if !process(Step::Push(seg), &mut busy)? {
                return Ok(busy);
            }
        }
        // A lane with nothing queued that has been transcribed past its held words.
        if let Some(idle_ms) = idle_release_ms {
            for l in (0..n).filter(|&l| queues[l].is_empty()) {
                let step = Step::Idle {
                    lane: l as u16,
                    now_ms: upto[l],
                    idle_ms,
                };
                if !process(step, &mut busy)? {
                    return Ok(busy);
                }
            }
        }
        if ended.iter().all(|&e| e) {
            break;
        }
        let mut select = Select::new();
        let waiting: Vec<usize> = (0..n).filter(|&l| !ended[l]).collect();
        for &l in &waiting {
            select.recv(&lanes[l]);
        }
        let op = select.select();
        let lane = waiting[op.index()];
        match op.recv(&lanes[lane]) {
            Ok(SegmentMsg::Window { segments, upto_ms }) => {
                queues[lane].extend(segments.into_iter().map(|mut s| {
                    s.channel = lane as u16;
                    s
                }));
                upto[lane] = upto_ms;
                if let Some(p) = progress {
                    let slowest = (0..n).filter(|&l| !ended[l]).map(|l| upto[l]).min();
                    p.set_transcribed(slowest.unwrap_or(upto_ms));
                }
            }
            Ok(SegmentMsg::End) => ended[lane] = true,
            Err(_) => return Err(UpstreamFailed.into()),
        }
    }
    if process(Step::Finish, &mut busy)? {
        let _ = out.send(RedactedMsg::End);
    }
    Ok(busy)
}

/// What the detector stage asks of the session.
enum Step {
    Push(Segment),
    /// Lane `lane` has been transcribed up to `now_ms`.
    Idle {
        lane: u16,
        now_ms: u64,
        idle_ms: u64,
    },
    Finish,
}

/// When a segment's speech begins: its first word's onset (Whisper stretches a segment's start
/// back over the silence before it, which would order a caller's answer before the question).
fn onset(s: &Segment) -> u64 {
    s.words.first().map_or(s.start_ms, |w| w.onset_ms())
}

/// Feeds every sink each released segment on the caller's thread; keeps a copy for the end.
fn sink_stage(
    rx: Receiver<RedactedMsg>,
    sinks: &mut [&mut dyn Sink],
) -> Result<Vec<RedactedSegment>> {
    let mut released = Vec::new();
    loop {
        match rx.recv() {
            Ok(RedactedMsg::Segment(seg)) => {
                for s in sinks.iter_mut() {
                    s.segment(&seg)?;
                }
                released.push(seg);
            }
            Ok(RedactedMsg::End) => return Ok(released),
            Err(_) => return Err(UpstreamFailed.into()),
        }
    }
}

/// 16 kHz samples to milliseconds.
pub fn samples_to_ms(samples: u64) -> u64 {
    samples * 1000 / u64::from(SAMPLE_RATE)
}
