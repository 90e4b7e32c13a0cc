//! Endpointing: deciding where a continuous 16 kHz stream is cut into the windows Whisper
//! decodes.
//!
//! The [`Endpointer`] trait is what the transcriber stage drives; it knows nothing of detection.
//! [`PauseWindower`] (`--endpoint pauses`): Whisper decodes at most 30 s at a time, and
//! cutting blindly at 30 s splits words, so each window ends at the quietest 100 ms frame
//! between 20 s and 30 s, which on speech is almost always a pause between words. Files are
//! served by default by [`super::pack::PackedWindower`], which cuts the same way after taking
//! long silences out.
//! [`VadEndpointer`] cuts utterances with a voice-activity detector (live audio, and files with
//! `--vad`): silence is never decoded, and each utterance is ready as soon as it ends.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use super::vad::{Vad, VadModel, FRAME as VAD_FRAME};
use crate::audio::SAMPLE_RATE;
use crate::error::Result;

/// How a run cuts its audio into windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Endpointing {
    /// Windows of up to 30 s cut at pauses ([`PauseWindower`]); silence is decoded too.
    Pauses,
    /// Utterances found by the voice-activity detector ([`VadEndpointer`]); silence is skipped.
    Vad,
    /// Windows of up to 30 s of speech, silences of 1.5 s or more shortened to 1 s
    /// ([`super::pack::PackedWindower`]): fewer windows where a recording is mostly silence.
    /// The file default; a lane that fits in one window is decoded as `Pauses` would.
    #[default]
    Packed,
}

/// One window to decode.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// First sample, counted from the start of the stream.
    pub start: u64,
    pub samples: Vec<f32>,
    /// Keep only the words whose midpoint (ms from the start of the stream) falls here: windows
    /// cut from one long utterance overlap, so a word at the seam is heard whole in one of them,
    /// and each word is kept from the window where it is farther from the edge.
    pub keep_ms: Range<u64>,
    /// Where audio was taken out of `samples` (silence, see [`super::pack`]), in order: the
    /// times Whisper gives are mapped back over these to the stream's.
    pub gaps: Vec<Gap>,
}

/// Audio taken out of a window: `ms` of it, before the window's `at_ms` (packed time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    pub at_ms: u64,
    pub ms: u64,
}

impl Window {
    /// A window whose words are all kept.
    pub fn whole(start: u64, samples: Vec<f32>) -> Window {
        Window {
            start,
            samples,
            keep_ms: 0..u64::MAX,
            gaps: Vec::new(),
        }
    }

    /// `t` (ms from the start of the stream, as if the window's samples were contiguous from
    /// its start) moved past the audio taken out before it.
    pub fn restore_ms(&self, t: u64) -> u64 {
        let start = self.start * 1000 / u64::from(SAMPLE_RATE);
        let rel = t.saturating_sub(start);
        let taken: u64 = self
            .gaps
            .iter()
            .take_while(|g| g.at_ms <= rel)
            .map(|g| g.ms)
            .sum();
        t + taken
    }

    /// The stretches of the stream (ms) whose audio is in this window: the whole window (a
    /// partly held millisecond counts), less the gaps taken out of it. What no window holds was
    /// never transcribed.
    pub fn decoded_ms(&self) -> Vec<Range<u64>> {
        let sr = u64::from(SAMPLE_RATE);
        let start_ms = self.start * 1000 / sr;
        let end_ms = (self.end() * 1000).div_ceil(sr);
        let mut out = Vec::with_capacity(self.gaps.len() + 1);
        let (mut from, mut taken) = (0, 0);
        for g in &self.gaps {
            if g.at_ms > from {
                out.push(start_ms + from + taken..start_ms + g.at_ms + taken);
            }
            from = from.max(g.at_ms);
            taken += g.ms;
        }
        out.push(start_ms + from + taken..end_ms + taken);
        out.retain(|r| r.start < r.end);
        out
    }

    /// Where the window ends (exclusive), in samples from the start of the stream.
    pub fn end(&self) -> u64 {
        self.start + self.samples.len() as u64
    }
}

/// Cuts a stream of 16 kHz mono samples into windows for Whisper.
pub trait Endpointer: Send {
    /// Appends samples that follow the previous ones without a gap.
    fn push(&mut self, samples: &[f32]) -> Result<()>;
    /// The next window ready to decode; `end_of_input` releases whatever is left.
    fn next_window(&mut self, end_of_input: bool) -> Result<Option<Window>>;
    /// The stream position (samples) before which no window still to come will start: what
    /// the lane has finished with, silence included. The transcriber reports it downstream so
    /// the other lane's segments can be released while this one is silent.
    fn consumed_upto(&self) -> u64;
    /// Time spent deciding (the voice-activity model), for the statistics.
    fn busy(&self) -> Duration {
        Duration::ZERO
    }
    /// Audio (samples) judged silent and never decoded.
    fn skipped(&self) -> u64 {
        0
    }
}

pub(super) const MAX_WINDOW: usize = 30 * SAMPLE_RATE as usize;
pub(super) const MIN_CUT: usize = 20 * SAMPLE_RATE as usize;
const FRAME: usize = SAMPLE_RATE as usize / 10;

/// Windows of at most 30 s cut at the quietest pause after 20 s (files).
#[derive(Default)]
pub struct PauseWindower {
    buf: Vec<f32>,
    /// Absolute index (16 kHz samples) of `buf[0]`.
    start: u64,
}

impl Endpointer for PauseWindower {
    fn push(&mut self, samples: &[f32]) -> Result<()> {
        self.buf.extend_from_slice(samples);
        Ok(())
    }

    /// A full window while streaming, or whatever is left when `end_of_input`.
    fn next_window(&mut self, end_of_input: bool) -> Result<Option<Window>> {
        if self.buf.is_empty() || (!end_of_input && self.buf.len() <= MAX_WINDOW) {
            return Ok(None);
        }
        let cut = if end_of_input && self.buf.len() <= MAX_WINDOW {
            self.buf.len()
        } else {
            quietest_cut(&self.buf)
        };
        let window: Vec<f32> = self.buf.drain(..cut).collect();
        let start = self.start;
        self.start += cut as u64;
        Ok(Some(Window::whole(start, window)))
    }

    fn consumed_upto(&self) -> u64 {
        self.start
    }
}

/// The centre of the lowest-energy frame in `[MIN_CUT, MAX_WINDOW)`.
pub(super) fn quietest_cut(buf: &[f32]) -> usize {
    let mut best = (f32::INFINITY, MAX_WINDOW);
    let mut pos = MIN_CUT;
    while pos + FRAME <= MAX_WINDOW.min(buf.len()) {
        let energy: f32 = buf[pos..pos + FRAME].iter().map(|s| s * s).sum();
        if energy < best.0 {
            best = (energy, pos + FRAME / 2);
        }
        pos += FRAME / 2;
    }
    best.1
}

/// Settings of [`VadEndpointer`]; times in milliseconds.
#[derive(Debug, Clone, PartialEq)]
pub struct VadOptions {
    /// A frame at or above this speech probability starts (or continues) an utterance.
    pub start_threshold: f32,
    /// Below this, a frame counts as silence; in between, an utterance goes on (hysteresis).
    pub end_threshold: f32,
    /// Silence that closes an utterance: what live latency waits for after the last word.
    pub min_silence_ms: u64,
    /// Audio kept before and after the speech of each utterance.
    pub pad_ms: u64,
    /// Utterances with less speech than this are dropped (clicks, coughs), unless more speech
    /// starts within `join_short_ms` after it.
    pub min_speech_ms: u64,
    /// A too-short utterance followed by speech within this joins the next utterance's window
    /// instead of being dropped: a cue said before a pause ("Security code ... 5 8 4") can
    /// score above the start threshold for less than `min_speech_ms`, on 8 kHz telephone audio
    /// especially, and losing it loses what the digits after it are.
    pub join_short_ms: u64,
    /// The longest window: a longer utterance is cut, at its least speech-like frame in the
    /// last `cut_search_ms` before the bound.
    pub max_window_ms: u64,
    pub cut_search_ms: u64,
    /// Audio shared by the two windows of a cut, centred on the cut.
    pub overlap_ms: u64,
}

impl Default for VadOptions {
    fn default() -> Self {
        VadOptions {
            start_threshold: 0.5,
            end_threshold: 0.35,
            min_silence_ms: 600,
            pad_ms: 400,
            min_speech_ms: 250,
            join_short_ms: 1_500,
            max_window_ms: 10_000,
            cut_search_ms: 3_000,
            overlap_ms: 1_000,
        }
    }
}

/// Utterances found by the Silero voice-activity detector, one window each (windows of a long
/// utterance overlap; see [`Window::keep_ms`]). One per lane: it holds the lane's model state.
pub struct VadEndpointer {
    vad: Vad,
    cutter: Cutter,
}

impl VadEndpointer {
    /// A new stream over the shared model (one per lane; the model may serve any number).
    pub fn new(model: Arc<VadModel>, opts: VadOptions) -> VadEndpointer {
        VadEndpointer {
            vad: Vad::new(model),
            cutter: Cutter::new(opts),
        }
    }
}

impl Endpointer for VadEndpointer {
    fn push(&mut self, samples: &[f32]) -> Result<()> {
        let probs = self.vad.push(samples)?;
        self.cutter.push(samples, &probs);
        Ok(())
    }

    fn next_window(&mut self, end_of_input: bool) -> Result<Option<Window>> {
        if end_of_input && !self.cutter.ended {
            let last = self.vad.flush()?;
            self.cutter.finish(last);
        }
        Ok(self.cutter.ready.pop_front())
    }

    fn consumed_upto(&self) -> u64 {
        self.cutter.consumed_upto()
    }

    fn busy(&self) -> Duration {
        self.vad.busy()
    }

    fn skipped(&self) -> u64 {
        self.cutter.skipped()
    }
}

/// An utterance being collected.
#[derive(Debug, Clone)]
struct Utterance {
    /// Where its (next) window starts: the padded speech start, or the overlap after a cut.
    win_start: u64,
    /// Where its speech began (samples), for the minimum-speech rule.
    speech_start: u64,
    /// Words before this (ms) belong to the window before a cut.
    keep_from_ms: u64,
    /// Start of the silence that may end it.
    silence_since: Option<u64>,
    /// Whether it was already cut (its speech is long enough whatever follows).
    was_cut: bool,
    /// (frame start, probability) of the frames since `win_start`, for choosing a cut.
    probs: Vec<(u64, f32)>,
}

/// The utterance logic, driven by frame probabilities (separate from the model, so it can be
/// tested with any probabilities).
struct Cutter {
    opts: VadOptions,
    /// Samples kept, from `buf_start`.
    buf: Vec<f32>,
    buf_start: u64,
    /// Samples whose frames have been scored.
    scored: u64,
    utt: Option<Utterance>,
    /// End of the last window of a closed utterance: no later window starts before it.
    last_end: u64,
    /// A closed utterance too short to send on its own: (window start, speech end). The next
    /// utterance's window starts with it if its speech begins within `join_short_ms`.
    short: Option<(u64, u64)>,
    ready: VecDeque<Window>,
    /// Samples inside some window (overlaps counted once), and where the last window ended.
    covered: u64,
    covered_upto: u64,
    ended: bool,
}

fn ms_to_samples(ms: u64) -> u64 {
    ms * u64::from(SAMPLE_RATE) / 1000
}

fn samples_to_ms(s: u64) -> u64 {
    s * 1000 / u64::from(SAMPLE_RATE)
}

impl Cutter {
    fn new(opts: VadOptions) -> Cutter {
        Cutter {
            opts,
            buf: Vec::new(),
            buf_start: 0,
            scored: 0,
            utt: None,
            last_end: 0,
            short: None,
            ready: VecDeque::new(),
            covered: 0,
            covered_upto: 0,
            ended: false,
        }
    }

    fn total(&self) -> u64 {
        self.buf_start + self.buf.len() as u64
    }

    /// Appends `samples` and the probabilities of the frames they completed.
    fn push(&mut self, samples: &[f32], probs: &[f32]) {
        self.buf.extend_from_slice(samples);
        for &p in probs {
            let at = self.scored;
            self.scored += VAD_FRAME as u64;
            self.frame(at, p);
        }
        self.trim();
    }

    /// End of input: the last partial frame's probability, then close whatever is open.
    fn finish(&mut self, last: Option<f32>) {
        if let Some(p) = last {
            let at = self.scored;
            self.scored = self.total();
            self.frame(at, p);
        }
        self.scored = self.total();
        if let Some(u) = self.utt.clone() {
            let end = u.silence_since.map_or(self.total(), |t| {
                (t + ms_to_samples(self.opts.pad_ms)).min(self.total())
            });
            self.close(&u, u.silence_since.unwrap_or(end), end);
        }
        self.utt = None;
        // A short utterance with nothing after it was a click after all.
        self.short = None;
        self.ended = true;
        self.trim();
    }

    fn frame(&mut self, at: u64, p: f32) {
        let o = &self.opts;
        let pad = ms_to_samples(o.pad_ms);
        let end = (at + VAD_FRAME as u64).min(self.total());
        let Some(u) = self.utt.as_mut() else {
            if self
                .short
                .is_some_and(|(_, end)| at > end + ms_to_samples(o.join_short_ms))
            {
                self.short = None;
            }
            if p >= o.start_threshold {
                let mut win_start = at
                    .saturating_sub(pad)
                    .max(self.last_end)
                    .max(self.buf_start);
                if let Some((short_start, _)) = self.short.take() {
                    win_start = win_start.min(short_start.max(self.buf_start));
                }
                self.utt = Some(Utterance {
                    win_start,
                    speech_start: at,
                    keep_from_ms: 0,
                    silence_since: None,
                    was_cut: false,
                    probs: vec![(at, p)],
                });
            }
            return;
        };
        u.probs.push((at, p));
        if p >= o.start_threshold {
            u.silence_since = None;
        } else if p < o.end_threshold && u.silence_since.is_none() {
            u.silence_since = Some(at);
        }
        if let Some(t) = u.silence_since {
            if end - t >= ms_to_samples(o.min_silence_ms) {
                let u = self.utt.take().expect("open utterance");
                self.close(&u, t, (t + pad).min(end));
                return;
            }
        }
        if end - u.win_start >= ms_to_samples(o.max_window_ms) {
            self.cut();
        }
    }

    /// Closes `u`: its speech ended at `speech_end`, its window at `end`.
    fn close(&mut self, u: &Utterance, speech_end: u64, end: u64) {
        let long_enough = u.was_cut
            || speech_end.saturating_sub(u.speech_start) >= ms_to_samples(self.opts.min_speech_ms);
        if long_enough && end > u.win_start {
            self.emit(u.win_start, end, u.keep_from_ms..u64::MAX);
            self.last_end = self.last_end.max(end);
        } else {
            // Held, not dropped, until it is clear no speech follows (see `join_short_ms`).
            self.short = Some((u.win_start, speech_end));
        }
    }

    /// Cuts the open utterance at the bound: at its least speech-like frame in the search span,
    /// the two windows sharing `overlap_ms` around it.
    fn cut(&mut self) {
        let o = &self.opts;
        let half = ms_to_samples(o.overlap_ms) / 2;
        let u = self.utt.as_mut().expect("open utterance");
        let bound = u.win_start + ms_to_samples(o.max_window_ms);
        let lo = bound
            .saturating_sub(ms_to_samples(o.cut_search_ms))
            .max(u.win_start + half + VAD_FRAME as u64);
        let hi = bound - half;
        let cut = u
            .probs
            .iter()
            .map(|&(at, p)| (at + VAD_FRAME as u64 / 2, p))
            .filter(|&(mid, _)| (lo..=hi).contains(&mid))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(hi, |(mid, _)| mid)
            .max(u.win_start + half + VAD_FRAME as u64);
        let (start, keep_from_ms) = (u.win_start, u.keep_from_ms);
        let seam_ms = samples_to_ms(cut);
        u.win_start = cut - half;
        u.keep_from_ms = seam_ms;
        u.was_cut = true;
        let from = u.win_start;
        u.probs.retain(|&(at, _)| at >= from);
        self.emit(start, cut + half, keep_from_ms..seam_ms);
    }

    fn emit(&mut self, start: u64, end: u64, keep_ms: Range<u64>) {
        let from = (start - self.buf_start) as usize;
        let to = (end - self.buf_start) as usize;
        tracing::trace!(
            start_ms = samples_to_ms(start),
            end_ms = samples_to_ms(end),
            "vad window"
        );
        self.covered += end - start.max(self.covered_upto).min(end);
        self.covered_upto = self.covered_upto.max(end);
        self.ready.push_back(Window {
            start,
            samples: self.buf[from..to].to_vec(),
            keep_ms,
            gaps: Vec::new(),
        });
    }

    /// Drops samples no window can need any more.
    fn trim(&mut self) {
        let keep_from = match &self.utt {
            Some(u) => u.win_start,
            None => self
                .scored
                .saturating_sub(ms_to_samples(self.opts.pad_ms))
                .min(self.short.map_or(u64::MAX, |(start, _)| start)),
        }
        .max(self.buf_start);
        self.buf.drain(..(keep_from - self.buf_start) as usize);
        self.buf_start = keep_from;
    }

    fn consumed_upto(&self) -> u64 {
        let open = match &self.utt {
            _ if self.ended => self.total(),
            Some(u) => u.win_start,
            None => self
                .scored
                .saturating_sub(ms_to_samples(self.opts.pad_ms))
                .max(self.last_end)
                .min(self.short.map_or(u64::MAX, |(start, _)| start)),
        };
        self.ready.front().map_or(open, |w| w.start.min(open))
    }

    /// Samples scored so far that no window covered.
    fn skipped(&self) -> u64 {
        self.scored.saturating_sub(self.covered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_input_is_one_window_at_end() {
        let mut w = PauseWindower::default();
        w.push(&vec![0.1; 5 * SAMPLE_RATE as usize]).unwrap();
        assert!(w.next_window(false).unwrap().is_none());
        assert_eq!(w.consumed_upto(), 0);
        let win = w.next_window(true).unwrap().unwrap();
        assert_eq!(
            (win.start, win.samples.len()),
            (0, 5 * SAMPLE_RATE as usize)
        );
        assert!(w.next_window(true).unwrap().is_none());
        assert_eq!(w.consumed_upto(), 5 * SAMPLE_RATE as u64);
    }

    #[test]
    fn streaming_in_one_second_chunks_still_cuts_at_the_pause() {
        // The reader sends 1 s chunks: reaching exactly 30 s must not force a cut at 30 s.
        let sr = SAMPLE_RATE as usize;
        let mut w = PauseWindower::default();
        let mut first = None;
        for sec in 0..40 {
            let mut chunk = vec![0.5f32; sr];
            if sec == 22 {
                chunk[..3 * sr / 10].fill(0.0);
            }
            w.push(&chunk).unwrap();
            if let Some(win) = w.next_window(false).unwrap() {
                first.get_or_insert(win);
            }
        }
        let win = first.expect("a window once past 30 s");
        let cut_s = win.samples.len() as f32 / sr as f32;
        assert!((22.0..22.3).contains(&cut_s), "cut at {cut_s}");
    }

    #[test]
    fn long_input_cuts_at_the_pause() {
        let sr = SAMPLE_RATE as usize;
        let mut audio = vec![0.5f32; 70 * sr];
        // A pause at 24.0–24.3 s.
        for s in &mut audio[24 * sr..24 * sr + 3 * sr / 10] {
            *s = 0.0;
        }
        let mut w = PauseWindower::default();
        w.push(&audio).unwrap();
        let first = w.next_window(false).unwrap().unwrap();
        assert_eq!(first.start, 0);
        let cut_s = first.samples.len() as f32 / sr as f32;
        assert!((24.0..24.3).contains(&cut_s), "cut at {cut_s}");
        let mut total = first.samples.len();
        while let Some(win) = w.next_window(true).unwrap() {
            assert_eq!(win.start as usize, total);
            assert!(win.samples.len() <= MAX_WINDOW);
            total += win.samples.len();
        }
        assert_eq!(total, audio.len());
    }

    /// Drives a [`Cutter`] with one probability per 32 ms frame (`probs`), the audio a
    /// constant for speech frames and zeros for the rest, pushed in ~1 s chunks as the reader
    /// sends them. Returns every window and the watermark after each push.
    fn cut(opts: VadOptions, probs: &[f32]) -> (Vec<Window>, Vec<u64>, Cutter) {
        let mut c = Cutter::new(opts);
        let mut windows = Vec::new();
        let mut marks = Vec::new();
        for chunk in probs.chunks(31) {
            let audio: Vec<f32> = chunk
                .iter()
                .flat_map(|&p| std::iter::repeat_n(if p >= 0.5 { 0.3 } else { 0.0 }, VAD_FRAME))
                .collect();
            c.push(&audio, chunk);
            windows.extend(c.ready.drain(..));
            marks.push(c.consumed_upto());
        }
        c.finish(None);
        windows.extend(c.ready.drain(..));
        (windows, marks, c)
    }

    const F: u64 = VAD_FRAME as u64;
    /// Frames in `ms` milliseconds.
    fn frames(ms: u64) -> usize {
        (ms_to_samples(ms) / F) as usize
    }

    #[test]
    fn silence_sends_nothing_but_the_watermark_advances() {
        let (windows, marks, c) = cut(VadOptions::default(), &vec![0.02; frames(20_000)]);
        assert!(windows.is_empty());
        assert!(marks.windows(2).all(|m| m[0] < m[1]), "{marks:?}");
        // Each mark trails the audio scored by no more than the padding.
        let pad = ms_to_samples(VadOptions::default().pad_ms);
        assert!(marks[marks.len() - 2] + pad + 31 * F >= *marks.last().unwrap());
        assert_eq!(c.consumed_upto(), c.total());
        assert_eq!(c.skipped(), c.total());
        // Nothing is held: the buffer keeps the padding only.
        assert!(c.buf.len() <= pad as usize + VAD_FRAME);
    }

    #[test]
    fn an_utterance_is_padded_and_ready_once_the_silence_after_it_is_long_enough() {
        let mut probs = vec![0.0; frames(3_000)];
        let speech = frames(1_000)..frames(2_000);
        probs[speech.clone()].fill(0.9);
        // A dip into the hysteresis band does not end it.
        probs[speech.start + 10] = 0.4;
        let opts = VadOptions::default();
        let mut c = Cutter::new(opts.clone());
        let mut ready_at = None;
        for (i, &p) in probs.iter().enumerate() {
            let a = vec![if p >= 0.5 { 0.3 } else { 0.0 }; VAD_FRAME];
            c.push(&a, &[p]);
            if ready_at.is_none() && !c.ready.is_empty() {
                ready_at = Some(i);
            }
        }
        let ready_at = ready_at.expect("the utterance closes before the input ends");
        // Ready min_silence after the speech ended, not at the end of input.
        let silence_frames = ms_to_samples(opts.min_silence_ms).div_ceil(F) as usize;
        assert_eq!(ready_at + 1, speech.end + silence_frames);
        let w = c.ready.pop_front().unwrap();
        assert!(c.ready.is_empty());
        let pad = ms_to_samples(opts.pad_ms);
        assert_eq!(w.start, speech.start as u64 * F - pad);
        assert_eq!(w.end(), speech.end as u64 * F + pad);
        assert_eq!(w.keep_ms, 0..u64::MAX);
        // Padding on either side is silence; the speech (all but the dip) is all there.
        let n = w.samples.iter().filter(|&&x| x > 0.0).count();
        assert_eq!(n, (speech.len() - 1) * VAD_FRAME);
    }

    #[test]
    fn short_blips_are_dropped() {
        let mut probs = vec![0.0; frames(3_000)];
        probs[frames(1_000)..frames(1_000) + frames(150)].fill(0.9);
        let (windows, _, c) = cut(VadOptions::default(), &probs);
        assert!(windows.is_empty());
        assert_eq!(c.consumed_upto(), c.total());
    }

    #[test]
    fn a_short_utterance_joins_speech_that_follows_soon() {
        // "Security code" scored as 150 ms of speech, a 900 ms pause, then the digits.
        let mut probs = vec![0.0; frames(5_000)];
        let cue = frames(1_000)..frames(1_000) + frames(150);
        probs[cue.clone()].fill(0.9);
        let digits = frames(2_050)..frames(3_050);
        probs[digits.clone()].fill(0.9);
        let (windows, _, c) = cut(VadOptions::default(), &probs);
        assert_eq!(
            windows.len(),
            1,
            "{:?}",
            windows.iter().map(|w| w.start).collect::<Vec<_>>()
        );
        let pad = ms_to_samples(VadOptions::default().pad_ms);
        assert_eq!(windows[0].start, cue.start as u64 * F - pad);
        assert_eq!(windows[0].end(), digits.end as u64 * F + pad);
        let n = windows[0].samples.iter().filter(|&&x| x > 0.0).count();
        assert_eq!(n, (cue.len() + digits.len()) * VAD_FRAME);
        assert_eq!(c.consumed_upto(), c.total());
        // Too long a pause: the blip is dropped and the next window starts at its own speech.
        let mut probs = vec![0.0; frames(6_000)];
        probs[cue.clone()].fill(0.9);
        let late = frames(3_500)..frames(4_500);
        probs[late.clone()].fill(0.9);
        let (windows, _, _) = cut(VadOptions::default(), &probs);
        assert_eq!(windows.len(), 1);
        assert_eq!(windows[0].start, late.start as u64 * F - pad);
    }

    #[test]
    fn long_speech_is_cut_at_its_least_speechlike_frame_with_overlap() {
        let opts = VadOptions::default();
        let mut probs = vec![0.9; frames(26_000)];
        probs[..frames(500)].fill(0.0);
        let n = probs.len();
        probs[n - frames(1_000)..].fill(0.0);
        // A weak frame at 8.5 s, inside the search span before the first 10 s bound.
        let dip = frames(8_500);
        probs[dip] = 0.6;
        let (windows, marks, _) = cut(opts.clone(), &probs);
        assert!(windows.len() >= 3, "{}", windows.len());
        for w in &windows {
            assert!(w.samples.len() as u64 <= ms_to_samples(opts.max_window_ms));
        }
        // The first cut is the weak frame's centre.
        let seam = dip as u64 * F + F / 2;
        assert_eq!(windows[0].keep_ms.end, samples_to_ms(seam));
        let half = ms_to_samples(opts.overlap_ms) / 2;
        assert_eq!(windows[0].end(), seam + half);
        assert_eq!(windows[1].start, seam - half);
        // Consecutive windows overlap by overlap_ms, and what each keeps tiles the stream.
        for pair in windows.windows(2) {
            assert_eq!(pair[0].end() - pair[1].start, 2 * half);
            assert_eq!(pair[0].keep_ms.end, pair[1].keep_ms.start);
        }
        assert_eq!(windows[0].keep_ms.start, 0);
        assert_eq!(windows.last().unwrap().keep_ms.end, u64::MAX);
        // The watermark never goes back.
        assert!(marks.windows(2).all(|m| m[0] <= m[1]), "{marks:?}");
    }

    #[test]
    fn an_utterance_open_at_the_end_of_input_is_released() {
        let mut probs = vec![0.0; frames(1_000)];
        probs.extend(vec![0.9; frames(1_500)]);
        let (windows, _, c) = cut(VadOptions::default(), &probs);
        assert_eq!(windows.len(), 1);
        assert_eq!(windows[0].end(), c.total());
    }
}
