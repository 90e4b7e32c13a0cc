//! Speech to words with timestamps: a thin wrapper over whisper-rs (whisper.cpp).
//!
//! [`Transcriber`] is the loaded model, shared by every worker of a process. A [`Worker`] owns
//! one `WhisperState` (whisper.cpp's per-decoder buffers), reused for every window it decodes,
//! so a stream or a batch never pays for a state per window. An [`endpoint::Endpointer`] decides
//! where the stream is cut into windows; the worker decodes each and returns its [`Segment`]s.
//! Taking segments when a run finishes (rather than from whisper.cpp's new-segment callback)
//! gives per-token timestamps, which the callback does not carry.
//!
//! This module knows audio only as 16 kHz samples and nothing of detection or output.

pub mod confidence;
pub mod endpoint;
pub mod gpu;
pub mod pack;
pub mod vad;
mod words;

use std::ops::Range;
use std::path::Path;
use std::time::{Duration, Instant};

pub use whisper_rs::DtwModelPreset;
use whisper_rs::{
    DtwMode, DtwParameters, FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters,
    WhisperState,
};

use crate::audio::SAMPLE_RATE;
use crate::compute::{threads_beside, CpuTurns, LoadSample};
use crate::error::{Error, Result};
pub use confidence::{Confidence, TranscriptConfidence};
pub use endpoint::{
    Endpointer, Endpointing, Gap, PauseWindower, VadEndpointer, VadOptions, Window,
};
pub use gpu::{gpu_count, parse_gpu, Gpu, CUDA_BUILT};
pub use pack::{PackOptions, PackedWindower};
pub use vad::VadModel;

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

/// The longest a word is taken to last when ordering speech in time (see [`Word::onset_ms`]).
pub const MAX_WORD_MS: u64 = 1_000;

impl Word {
    /// When the word most plausibly began, for ordering words of different speakers in time.
    /// Whisper stretches a word's start back over the silence before it (a caller's first word
    /// after a 4 s pause can start at 0 ms and end at 4.7 s); no word lasts longer than
    /// [`MAX_WORD_MS`], so the onset is at most that long before the word's end.
    pub fn onset_ms(&self) -> u64 {
        self.start_ms.max(self.end_ms.saturating_sub(MAX_WORD_MS))
    }

    /// When the word ended at the latest: Whisper also stretches a turn's last word forward
    /// over the silence after it ("31." of a caller's expiry date lasting 4 s, over the agent's
    /// next question), and a word's start is never late, so it ended by [`MAX_WORD_MS`] after
    /// its start. For finding another speaker's turn inside a speaker's pause.
    pub fn offset_ms(&self) -> u64 {
        self.end_ms.min(self.start_ms.saturating_add(MAX_WORD_MS))
    }

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
    /// Whisper's confidence in the segment as decoded (before a window seam trimmed it);
    /// `None` for words that did not come from Whisper.
    pub confidence: Option<Confidence>,
}

/// Decoding settings.
#[derive(Debug, Clone)]
pub struct TranscribeOptions {
    /// whisper.cpp threads. Keep `threads` x concurrent workers <= cores: whisper.cpp threads
    /// spin-wait, and oversubscription was measured ~90x slower here.
    pub threads: usize,
    /// Decode on fewer threads than `threads` while other processes keep cores busy (measured
    /// before each window, see [`crate::compute::LoadSample`]); `false` always uses `threads`.
    pub adapt_threads: bool,
    /// Language code for multilingual models (`None` = auto-detect; English-only models ignore it).
    pub language: Option<String>,
    /// Alignment-head preset for DTW word timestamps (`None`: token-timestamp heuristic only).
    pub dtw: Option<DtwModelPreset>,
    /// Encode only as much audio context as a window holds (see [`audio_ctx_for`]) instead of
    /// the 30 s Whisper was trained on. Off by default: faster on short windows, but tiny.en
    /// then transcribes differently enough that values leak (README, "Fitted audio context").
    pub fit_audio_ctx: bool,
    /// Where whisper.cpp runs (`--gpu`; see [`gpu`]).
    pub gpu: Gpu,
}

impl Default for TranscribeOptions {
    fn default() -> Self {
        TranscribeOptions {
            threads: default_threads(),
            adapt_threads: true,
            language: Some("en".into()),
            dtw: None,
            fit_audio_ctx: false,
            gpu: Gpu::Auto,
        }
    }
}

/// All available cores, at most 4 (whisper.cpp gains little beyond that for tiny/base).
pub fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

/// Most cores this machine offers, for `--threads`.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `--threads N`: 1 to the number of cores. whisper.cpp aborts inside C++ on absurd counts,
/// and more threads than cores only makes its spin-waiting threads fight.
pub fn parse_threads(s: &str) -> Result<usize, String> {
    let max = max_threads();
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number of threads (1 to {max})"))?;
    if (1..=max).contains(&n) {
        Ok(n)
    } else {
        Err(format!(
            "{n} threads: must be 1 to {max} (the cores available to hush)"
        ))
    }
}

/// Time spent inside Whisper, for the benchmarks.
#[derive(Debug, Clone, Default)]
pub struct TranscribeStats {
    pub audio_secs: f64,
    pub whisper_time: Duration,
    pub windows: usize,
    /// Windows decoded again because the first pass looked like a repetition loop.
    pub retried_windows: usize,
    /// Time the endpointer spent deciding (the voice-activity model; zero for pauses).
    pub vad_time: Duration,
    /// Audio the endpointer judged silent and never decoded.
    pub skipped_secs: f64,
    /// Windows decoded on fewer threads because other processes kept cores busy.
    pub reduced_windows: usize,
}

impl TranscribeStats {
    /// Adds another lane's figures.
    pub fn add(&mut self, o: &TranscribeStats) {
        self.audio_secs += o.audio_secs;
        self.whisper_time += o.whisper_time;
        self.windows += o.windows;
        self.retried_windows += o.retried_windows;
        self.vad_time += o.vad_time;
        self.skipped_secs += o.skipped_secs;
        self.reduced_windows += o.reduced_windows;
    }

    /// Records what `endpointer` spent and skipped (call once, when its stream has ended).
    pub fn add_endpointer(&mut self, endpointer: &dyn Endpointer) {
        self.vad_time += endpointer.busy();
        self.skipped_secs += endpointer.skipped() as f64 / f64::from(SAMPLE_RATE);
    }
}

/// A loaded Whisper model, shared by the workers of a process (`Sync`).
pub struct Transcriber {
    ctx: WhisperContext,
    opts: TranscribeOptions,
    gpu: Option<usize>,
    /// The machine's load when loading began: a first worker's baseline.
    loaded_at: Option<LoadSample>,
}

impl Transcriber {
    pub fn load(model: &Path, opts: TranscribeOptions) -> Result<Transcriber> {
        let loaded_at = LoadSample::now();
        // Route whisper.cpp's own logging away from stderr (it is noisy and we never want its
        // output mixed with ours); no log backend is enabled, so it is dropped.
        whisper_rs::install_logging_hooks();
        // Decided before the model loads, so a bad `--gpu N` costs nothing. `off` never
        // touches the CUDA runtime.
        let found = if opts.gpu == Gpu::Off { 0 } else { gpu_count() };
        let gpu = gpu::resolve(opts.gpu, found)?;
        let path = model
            .to_str()
            .ok_or_else(|| Error::model("whisper", "model path is not valid UTF-8"))?;
        let mut params = WhisperContextParameters::default();
        params.use_gpu(gpu.is_some());
        // ggml numbers devices with a C int; resolve() only returns one it found.
        params.gpu_device(gpu.map_or(0, |n| i32::try_from(n).unwrap_or(0)));
        // Flash attention stays off: whisper.cpp drops DTW word times when it is on (it warns
        // "dtw_token_timestamps is not supported with flash_attn" and disables them), and the
        // redacted audio's mute intervals come from those times.
        params.flash_attn(false);
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
        match gpu {
            Some(n) => tracing::info!("whisper runs on CUDA GPU {n}"),
            None => tracing::info!("whisper runs on the CPU"),
        }
        Ok(Transcriber {
            ctx,
            opts,
            gpu,
            loaded_at,
        })
    }

    /// The GPU whisper.cpp runs on (`None`: the CPU).
    pub fn gpu(&self) -> Option<usize> {
        self.gpu
    }

    pub fn options(&self) -> &TranscribeOptions {
        &self.opts
    }

    /// A worker with its own decoder state, decoding on `threads` threads (`None`: the
    /// transcriber's default).
    pub fn worker(&self, threads: Option<usize>, turns: CpuTurns) -> Result<Worker<'_>> {
        let state = self
            .ctx
            .create_state()
            .map_err(|e| Error::Transcribe(format!("cannot create whisper state: {e}")))?;
        Ok(Worker {
            transcriber: self,
            state,
            threads: threads.unwrap_or(self.opts.threads).max(1),
            threads_now: None,
            load_base: self.loaded_at,
            turns,
            next_id: 0,
            last_upto: None,
            one_segment: false,
            decoded: Vec::new(),
            stats: TranscribeStats::default(),
        })
    }
}

/// One decoder: a `WhisperState` reused for every window, numbering the segments it returns.
pub struct Worker<'t> {
    transcriber: &'t Transcriber,
    state: WhisperState,
    threads: usize,
    /// Threads the last window ran on, when adapted to the machine's load.
    threads_now: Option<usize>,
    /// Where the load since the last window is measured from.
    load_base: Option<LoadSample>,
    turns: CpuTurns,
    next_id: u64,
    /// The watermark `drain` last reported.
    last_upto: Option<u64>,
    stats: TranscribeStats,
    /// One segment per window, without timestamp tokens (see [`Worker::one_segment_per_window`]).
    one_segment: bool,
    /// The stretches of the stream decoded so far (ms; see [`Window::decoded_ms`]).
    decoded: Vec<std::ops::Range<u64>>,
}

impl Worker<'_> {
    /// Decode each window as one segment with no timestamp tokens: for utterance windows cut
    /// by the voice-activity detector (at most a few seconds each). whisper.cpp aborts the
    /// process in its DTW median filter when a timestamp token ends a segment within 0.14 s of
    /// its start (fewer audio frames than the filter is wide), which short telephone utterances
    /// trigger; without timestamp tokens the DTW pass always spans the whole window. Word times
    /// still come from DTW.
    pub fn one_segment_per_window(&mut self, yes: bool) {
        self.one_segment = yes;
    }

    /// The stretches of the stream (ms) decoded so far, in the order decoded:
    /// whatever lies outside all of them was never transcribed, so never checked for PII.
    pub fn decoded_ms(&self) -> &[std::ops::Range<u64>] {
        &self.decoded
    }

    /// Time spent in Whisper so far.
    pub fn stats(&self) -> &TranscribeStats {
        &self.stats
    }

    /// Transcribes one window of 16 kHz mono audio that starts `offset_ms` into the stream.
    /// Holds a CPU turn while decoding (see [`crate::compute`]).
    pub fn transcribe_window(&mut self, samples: &[f32], offset_ms: u64) -> Result<Vec<Segment>> {
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
        let threads = self.threads_for_window();
        // Several threads spin-wait: nothing else may compute beside them. One thread does not.
        let turns = self.turns.clone();
        let _turn = if threads > 1 {
            turns.exclusive()
        } else {
            turns.shared()
        };
        let started = Instant::now();
        let mut segments = self.decode(input, offset_ms, audio_ms, threads, 0.0)?;
        if words::looks_like_loop(&segments, audio_ms) {
            // Greedy decoding can lock into a repetition loop that whisper.cpp's own entropy
            // fallback misses on short clips; decode once more, sampling at a higher temperature.
            self.stats.retried_windows += 1;
            segments = self.decode(input, offset_ms, audio_ms, threads, 0.4)?;
            if words::looks_like_loop(&segments, audio_ms) {
                words::cut_loop(&mut segments);
            }
        }
        self.stats.whisper_time += started.elapsed();
        tracing::trace!(
            offset_ms,
            audio_ms,
            threads,
            decode_ms = started.elapsed().as_millis() as u64,
            "window decoded"
        );
        self.stats.windows += 1;
        if threads < self.threads {
            self.stats.reduced_windows += 1;
        }
        self.stats.audio_secs += samples.len() as f64 / SAMPLE_RATE as f64;
        for s in &mut segments {
            s.id = self.next_id;
            self.next_id += 1;
        }
        Ok(segments)
    }

    /// Decodes every window `endpointer` has ready, passing each window's segments (only the
    /// words the window keeps, see [`Window::keep_ms`]) and the lane's watermark (ms: no later
    /// segment starts before it, see [`Endpointer::consumed_upto`]) to `out`, which returns false
    /// to stop early. When no window was ready but the watermark moved (silence), `out` gets no
    /// segments and the new watermark. Returns false when `out` stopped.
    pub fn drain(
        &mut self,
        endpointer: &mut dyn Endpointer,
        end_of_input: bool,
        mut out: impl FnMut(Vec<Segment>, u64) -> bool,
    ) -> Result<bool> {
        let ms = |samples: u64| samples * 1000 / u64::from(SAMPLE_RATE);
        while let Some(w) = endpointer.next_window(end_of_input)? {
            let mut segs = self.transcribe_window(&w.samples, ms(w.start))?;
            for r in w.decoded_ms() {
                // Windows come in stream order: join what touches, so a day-long stream keeps
                // a handful of ranges, not one per window.
                match self.decoded.last_mut() {
                    Some(last) if r.start <= last.end && r.end >= last.start => {
                        last.start = last.start.min(r.start);
                        last.end = last.end.max(r.end);
                    }
                    _ => self.decoded.push(r),
                }
            }
            if !w.gaps.is_empty() {
                restore_times(&mut segs, &w);
            }
            let upto = ms(endpointer.consumed_upto());
            self.last_upto = Some(upto);
            if !out(keep_words(segs, &w.keep_ms), upto) {
                return Ok(false);
            }
        }
        let upto = ms(endpointer.consumed_upto());
        if self.last_upto != Some(upto) {
            self.last_upto = Some(upto);
            return Ok(out(Vec::new(), upto));
        }
        Ok(true)
    }

    /// Threads for the next window: all of [`Worker`]'s while the machine is otherwise idle,
    /// fewer while other processes keep cores busy (see [`crate::compute`]). Measured over
    /// the time since the last measurement; an interval too short to tell keeps the last answer.
    fn threads_for_window(&mut self) -> usize {
        if !self.transcriber.opts.adapt_threads
            || self.threads == 1
            || self.transcriber.gpu.is_some()
        {
            return self.threads;
        }
        let now = LoadSample::now();
        if let (Some(base), Some(now)) = (self.load_base, now) {
            if let Some(others) = base.others_until(&now) {
                let n = threads_beside(self.threads, max_threads(), others);
                if self.threads_now != Some(n) {
                    tracing::debug!(
                        others_busy = format!("{others:.2}"),
                        threads = n,
                        of = self.threads,
                        "whisper threads fitted to the cores other processes leave free"
                    );
                }
                self.threads_now = Some(n);
                self.load_base = Some(now);
            }
        } else {
            self.load_base = now;
        }
        self.threads_now.unwrap_or(self.threads)
    }

    fn decode(
        &mut self,
        input: &[f32],
        offset_ms: u64,
        audio_ms: u64,
        threads: usize,
        temperature: f32,
    ) -> Result<Vec<Segment>> {
        let opts = &self.transcriber.opts;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(threads as i32);
        params.set_language(opts.language.as_deref());
        params.set_translate(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_special(false);
        params.set_print_timestamps(false);
        params.set_token_timestamps(true);
        params.set_suppress_blank(true);
        params.set_no_context(true);
        if self.one_segment {
            params.set_single_segment(true);
            params.set_no_timestamps(true);
        }
        if temperature > 0.0 {
            params.set_temperature(temperature);
        }
        if opts.fit_audio_ctx {
            params.set_audio_ctx(audio_ctx_for(audio_ms));
        }
        self.state
            .full(params, input)
            .map_err(|e| Error::Transcribe(format!("whisper failed: {e}")))?;
        words::collect_segments(&self.transcriber.ctx, &self.state, offset_ms, audio_ms)
    }
}

/// Encoder positions in a full 30 s window; one position covers 20 ms of audio.
const FULL_AUDIO_CTX: i32 = 1500;
/// Positions encoded beyond a window's audio: the model reads a little silence after the last
/// word, as it always does in a padded 30 s window.
const AUDIO_CTX_MARGIN: i32 = 64;

/// The encoder context for a window of `audio_ms`: whisper.cpp pads every window to 30 s and
/// encodes all of it, so a 3 s utterance costs as much as 30 s of speech; fitting the context
/// to the window (plus [`AUDIO_CTX_MARGIN`]) encodes only what is there.
///
/// ```
/// assert_eq!(hush::transcribe::audio_ctx_for(3_000), 150 + 64);
/// assert_eq!(hush::transcribe::audio_ctx_for(60_000), 1500);
/// ```
pub fn audio_ctx_for(audio_ms: u64) -> i32 {
    let needed = i32::try_from(audio_ms.div_ceil(20)).unwrap_or(FULL_AUDIO_CTX);
    needed.saturating_add(AUDIO_CTX_MARGIN).min(FULL_AUDIO_CTX)
}

/// Transcribes a whole 16 kHz buffer with the file endpointer on the calling thread (benchmarks,
/// tests, and re-transcription checks).
pub fn transcribe_all(
    transcriber: &Transcriber,
    samples: &[f32],
) -> Result<(Vec<Segment>, TranscribeStats)> {
    let mut worker = transcriber.worker(None, CpuTurns::overlap())?;
    transcribe_with(&mut worker, &mut PauseWindower::default(), samples)
}

/// Transcribes a whole 16 kHz buffer through `endpointer` on the calling thread.
pub fn transcribe_with(
    worker: &mut Worker<'_>,
    endpointer: &mut dyn Endpointer,
    samples: &[f32],
) -> Result<(Vec<Segment>, TranscribeStats)> {
    endpointer.push(samples)?;
    let mut out = Vec::new();
    worker.drain(endpointer, true, |segs, _| {
        out.extend(segs);
        true
    })?;
    let mut stats = worker.stats.clone();
    stats.add_endpointer(endpointer);
    Ok((out, stats))
}

/// Maps the times of `segments`, decoded from `window`'s packed samples, back to the stream.
fn restore_times(segments: &mut [Segment], window: &Window) {
    for s in segments {
        s.start_ms = window.restore_ms(s.start_ms);
        s.end_ms = window.restore_ms(s.end_ms);
        for w in &mut s.words {
            w.start_ms = window.restore_ms(w.start_ms);
            w.end_ms = window.restore_ms(w.end_ms);
            w.span_start_ms = window.restore_ms(w.span_start_ms);
            w.span_end_ms = window.restore_ms(w.span_end_ms);
        }
    }
}

/// The words of `segments` whose midpoint falls in `keep_ms`; segments left without words are
/// dropped, and a trimmed segment spans its remaining words.
pub fn keep_words(segments: Vec<Segment>, keep_ms: &Range<u64>) -> Vec<Segment> {
    segments
        .into_iter()
        .filter_map(|mut s| {
            let before = s.words.len();
            s.words.retain(|w| {
                keep_ms.contains(&(w.start_ms + (w.end_ms.max(w.start_ms) - w.start_ms) / 2))
            });
            let first = s.words.first()?;
            if s.words.len() != before {
                s.start_ms = first.start_ms;
                s.end_ms = s.words.iter().map(|w| w.end_ms).max().unwrap_or(s.end_ms);
            }
            Some(s)
        })
        .collect()
}

#[cfg(test)]
mod thread_tests {
    use super::*;

    #[test]
    fn threads_are_bounded_by_the_cores() {
        let max = max_threads();
        assert_eq!(parse_threads("1"), Ok(1));
        assert_eq!(parse_threads(&max.to_string()), Ok(max));
        assert!(parse_threads("0").unwrap_err().contains("must be 1 to"));
        let e = parse_threads("100000").unwrap_err();
        assert!(
            e.contains(&format!("1 to {max}")) && e.contains("cores"),
            "{e}"
        );
        assert!(parse_threads("many").is_err());
    }
}

#[cfg(test)]
mod word_tests {
    use super::*;

    #[test]
    fn onset_and_offset_are_at_most_a_word_from_the_other_end() {
        assert_eq!(Word::at("it's", 0, 4_740).onset_ms(), 4_740 - MAX_WORD_MS);
        assert_eq!(Word::at("card", 940, 1_180).onset_ms(), 940);
        assert_eq!(
            Word::at("31.", 15_180, 19_180).offset_ms(),
            15_180 + MAX_WORD_MS
        );
        assert_eq!(Word::at("card", 940, 1_180).offset_ms(), 1_180);
    }
}

#[cfg(test)]
mod seam_tests {
    use super::*;

    fn seg(words: &[(&str, u64, u64)]) -> Segment {
        Segment {
            id: 0,
            channel: 0,
            start_ms: words[0].1,
            end_ms: words[words.len() - 1].2,
            words: words.iter().map(|&(t, a, b)| Word::at(t, a, b)).collect(),
            confidence: None,
        }
    }

    #[test]
    fn each_word_of_an_overlap_is_kept_from_one_window_only() {
        // Windows [0, 10.5 s) and [9.5 s, 20 s) cut at 10 s: both heard "four five".
        let first = vec![seg(&[
            ("my", 8_000, 8_300),
            ("card", 8_300, 9_000),
            ("four", 9_700, 10_100),
            ("five", 10_200, 10_500),
        ])];
        let second = vec![
            seg(&[("four", 9_600, 10_000), ("five", 10_150, 10_500)]),
            seg(&[("six", 10_600, 11_000)]),
        ];
        let a = keep_words(first, &(0..10_000));
        let b = keep_words(second, &(10_000..u64::MAX));
        let text = |s: &[Segment]| -> Vec<String> {
            s.iter()
                .flat_map(|s| s.words.iter().map(|w| w.text.clone()))
                .collect()
        };
        // "four" is nearer the first window's middle (midpoint 9.9 s); "five" the second's.
        assert_eq!(text(&a), ["my", "card", "four"]);
        assert_eq!(text(&b), ["five", "six"]);
        // A trimmed segment spans its remaining words.
        assert_eq!((a[0].start_ms, a[0].end_ms), (8_000, 10_100));
        assert_eq!((b[0].start_ms, b[0].end_ms), (10_150, 10_500));
        // A segment with nothing left is dropped; a whole window keeps everything.
        assert!(keep_words(vec![seg(&[("x", 0, 100)])], &(5_000..6_000)).is_empty());
        let all = vec![seg(&[("x", 0, 100)])];
        assert_eq!(keep_words(all.clone(), &(0..u64::MAX)), all);
    }
}
