//! Speech to words with timestamps: a thin wrapper over whisper-rs (whisper.cpp).
//!
//! The transcriber stage buffers 16 kHz audio into windows of at most 30 s (Whisper's native
//! context), cutting each window at the quietest 100 ms near its end so a word is rarely split,
//! runs Whisper on the window, and sends each resulting [`Segment`] on as soon as the window is
//! done. Taking segments when a run finishes (rather than from whisper.cpp's new-segment
//! callback) gives us per-token timestamps, which the callback does not carry.

mod window;
mod words;

use std::path::Path;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
pub use whisper_rs::DtwModelPreset;
use whisper_rs::{
    DtwMode, DtwParameters, FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters,
};

use crate::audio::{AudioChunk, SAMPLE_RATE};
use crate::error::{Error, Result};
pub use window::Windower;

/// One transcribed word. Times are milliseconds from the start of the recording.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// The widest plausible span (DTW and token-timestamp estimates together): what redacted
    /// audio mutes, since either estimate alone misses some word starts.
    pub span_start_ms: u64,
    pub span_end_ms: u64,
    /// Whisper's lowest token probability within the word.
    pub p: f32,
    /// False when neither DTW nor token timestamps placed the word: redacted audio then mutes
    /// the whole segment around it rather than trust its times.
    pub reliable: bool,
}

impl Word {
    /// A word with known times and full confidence: for words that come from somewhere other
    /// than Whisper (another recognizer's transcript, a test), so they can be detected and
    /// redacted the same way.
    pub fn at(text: impl Into<String>, start_ms: u64, end_ms: u64) -> Word {
        Word {
            text: text.into(),
            start_ms,
            end_ms,
            span_start_ms: start_ms,
            span_end_ms: end_ms,
            p: 1.0,
            reliable: true,
        }
    }
}

/// A run of words Whisper decoded as one segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub id: u64,
    /// Which stream the words came from: 0 for mono, the channel (call speaker) of a stereo call.
    pub channel: u16,
    pub start_ms: u64,
    pub end_ms: u64,
    pub words: Vec<Word>,
}

/// Decoding settings.
#[derive(Debug, Clone)]
pub struct TranscribeOptions {
    /// whisper.cpp threads. Keep `threads` x concurrent workers <= cores: whisper.cpp threads
    /// spin-wait, and oversubscription was measured ~90x slower here.
    pub threads: usize,
    /// Language code for multilingual models (`None` = auto-detect; English-only models ignore it).
    pub language: Option<String>,
    /// Alignment-head preset for DTW word timestamps (`None`: token-timestamp heuristic only).
    pub dtw: Option<DtwModelPreset>,
}

impl Default for TranscribeOptions {
    fn default() -> Self {
        TranscribeOptions {
            threads: default_threads(),
            language: Some("en".into()),
            dtw: None,
        }
    }
}

/// All available cores, at most 4 (whisper.cpp gains little beyond that for tiny/base).
pub fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

/// Time spent inside Whisper, for the benchmarks.
#[derive(Debug, Clone, Default)]
pub struct TranscribeStats {
    pub audio_secs: f64,
    pub whisper_time: Duration,
    pub windows: usize,
    /// Windows decoded again because the first pass looked like a repetition loop.
    pub retried_windows: usize,
}

/// A loaded Whisper model.
pub struct Transcriber {
    ctx: WhisperContext,
    opts: TranscribeOptions,
}

impl Transcriber {
    pub fn load(model: &Path, opts: TranscribeOptions) -> Result<Transcriber> {
        // Route whisper.cpp's own logging away from stderr (it is noisy and we never want its
        // output mixed with ours); no log backend is enabled, so it is dropped.
        whisper_rs::install_logging_hooks();
        let path = model
            .to_str()
            .ok_or_else(|| Error::model("whisper", "model path is not valid UTF-8"))?;
        let mut params = WhisperContextParameters::default();
        if let Some(preset) = opts.dtw.clone() {
            params.dtw_parameters(DtwParameters {
                mode: DtwMode::ModelPreset {
                    model_preset: preset,
                },
                ..DtwParameters::default()
            });
        }
        let ctx = WhisperContext::new_with_params(path, params).map_err(|e| {
            Error::model(
                "whisper",
                format!("{} failed to load: {e}", model.display()),
            )
        })?;
        Ok(Transcriber { ctx, opts })
    }

    /// Transcribes one window of 16 kHz mono audio that starts `offset_ms` into the recording.
    pub fn transcribe_window(
        &self,
        samples: &[f32],
        offset_ms: u64,
        next_id: &mut u64,
        stats: &mut TranscribeStats,
    ) -> Result<Vec<Segment>> {
        // whisper.cpp refuses input shorter than 1 s; pad short tails with silence.
        let min = SAMPLE_RATE as usize + SAMPLE_RATE as usize / 10;
        let padded;
        let input = if samples.len() < min {
            padded = {
                let mut v = samples.to_vec();
                v.resize(min, 0.0);
                v
            };
            &padded[..]
        } else {
            samples
        };
        let audio_ms = samples.len() as u64 * 1000 / SAMPLE_RATE as u64;
        let started = Instant::now();
        let mut segments = self.decode(input, offset_ms, audio_ms, 0.0)?;
        if words::looks_like_loop(&segments, audio_ms) {
            // Greedy decoding can lock into a repetition loop that whisper.cpp's own entropy
            // fallback misses on short clips; decode once more, sampling at a higher temperature.
            stats.retried_windows += 1;
            segments = self.decode(input, offset_ms, audio_ms, 0.4)?;
        }
        stats.whisper_time += started.elapsed();
        stats.windows += 1;
        stats.audio_secs += samples.len() as f64 / SAMPLE_RATE as f64;
        for s in &mut segments {
            s.id = *next_id;
            *next_id += 1;
        }
        Ok(segments)
    }

    fn decode(
        &self,
        input: &[f32],
        offset_ms: u64,
        audio_ms: u64,
        temperature: f32,
    ) -> Result<Vec<Segment>> {
        let mut state = self
            .ctx
            .create_state()
            .map_err(|e| Error::Transcribe(format!("cannot create whisper state: {e}")))?;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.opts.threads as i32);
        params.set_language(self.opts.language.as_deref());
        params.set_translate(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        params.set_token_timestamps(true);
        params.set_suppress_blank(true);
        params.set_no_context(true);
        if temperature > 0.0 {
            params.set_temperature(temperature);
        }
        state
            .full(params, input)
            .map_err(|e| Error::Transcribe(format!("whisper failed: {e}")))?;
        words::collect_segments(&self.ctx, &state, offset_ms, audio_ms)
    }
}

/// The transcriber stage: consumes audio chunks, emits segments in order.
///
/// `compute` is held while Whisper decodes a window; other stages take it for their own heavy
/// work. whisper.cpp's threads spin-wait between graph nodes, so anything computing beside them
/// on a small machine stalls all of them: taking turns was measured faster than overlapping.
pub fn run_stage(
    transcriber: &Transcriber,
    rx: Receiver<AudioChunk>,
    tx: Sender<Segment>,
    compute: &std::sync::Mutex<()>,
) -> Result<TranscribeStats> {
    let mut stats = TranscribeStats::default();
    let mut windower = Windower::default();
    let mut next_id = 0u64;
    // Decodes every window that is ready; false once the detector has gone away.
    let mut drain =
        |windower: &mut Windower, end: bool, stats: &mut TranscribeStats| -> Result<bool> {
            while let Some((start, samples)) = windower.next_window(end) {
                // The turn ends before sending: a full channel must not block the detector's turn.
                let segs = {
                    let _turn = compute.lock().unwrap_or_else(|e| e.into_inner());
                    transcriber.transcribe_window(
                        &samples,
                        start * 1000 / SAMPLE_RATE as u64,
                        &mut next_id,
                        stats,
                    )?
                };
                if !segs.into_iter().all(|s| tx.send(s).is_ok()) {
                    return Ok(false);
                }
            }
            Ok(true)
        };
    for chunk in rx.iter() {
        windower.push(&chunk.samples);
        if !drain(&mut windower, false, &mut stats)? {
            return Ok(stats);
        }
    }
    drain(&mut windower, true, &mut stats)?;
    Ok(stats)
}

/// Transcribes a whole 16 kHz buffer with the same windowing as the streaming stage, on the
/// calling thread (benchmarks, tests, and re-transcription checks).
pub fn transcribe_all(
    transcriber: &Transcriber,
    samples: &[f32],
) -> Result<(Vec<Segment>, TranscribeStats)> {
    let mut stats = TranscribeStats::default();
    let mut windower = Windower::default();
    let mut next_id = 0u64;
    let mut out = Vec::new();
    windower.push(samples);
    while let Some((start, win)) = windower.next_window(true) {
        out.extend(transcriber.transcribe_window(
            &win,
            start * 1000 / SAMPLE_RATE as u64,
            &mut next_id,
            &mut stats,
        )?);
    }
    Ok((out, stats))
}
