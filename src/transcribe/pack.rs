//! Packed windows for files: up to 30 s of speech per window, long silences taken out.
//!
//! whisper.cpp encodes a full 30 s context for every window however much of it is silence, so a
//! call channel that is half silence pays twice the encoder passes its speech needs. Cutting one
//! window per utterance ([`super::VadEndpointer`]) is worse on files: each short window still
//! pays a whole pass and loses the words around it. [`PackedWindower`] keeps the pause
//! windower's long windows but fills them with speech, as faster-whisper's VAD filter does:
//! every silence of at least `min_gap_ms` (voice-activity frames below `silence_threshold`) is
//! cut down to `pad_ms` on each side, and each window records where audio was taken out
//! ([`Window::gaps`]) so the words' times are mapped back to the recording.
//!
//! A lane whose audio fits in one window is decoded as it is: packing it would save nothing.

use std::time::Duration;

use super::endpoint::{quietest_cut, Endpointer, Gap, Window, MAX_WINDOW, MIN_CUT};
use super::vad::{Vad, VadModel, FRAME as VAD_FRAME};
use crate::audio::SAMPLE_RATE;
use crate::error::Result;
use std::sync::Arc;

/// Settings of [`PackedWindower`]; times in milliseconds.
#[derive(Debug, Clone, PartialEq)]
pub struct PackOptions {
    /// A frame scoring below this speech probability counts as silence. Low on purpose: audio
    /// taken out is never transcribed, so only what is surely not speech may go.
    pub silence_threshold: f32,
    /// Silences shorter than this stay whole (pauses inside and between sentences).
    pub min_gap_ms: u64,
    /// Silence kept on each side of a silence that is shortened: Whisper still hears a pause.
    pub pad_ms: u64,
}

impl Default for PackOptions {
    fn default() -> Self {
        PackOptions {
            silence_threshold: 0.2,
            min_gap_ms: 1_500,
            pad_ms: 500,
        }
    }
}

/// Windows of up to 30 s of speech (files with `--endpoint packed`); see the module docs. One
/// per lane: it holds the lane's voice-activity state.
pub struct PackedWindower {
    vad: Vad,
    packer: Packer,
}

impl PackedWindower {
    pub fn new(model: Arc<VadModel>, opts: PackOptions) -> PackedWindower {
        PackedWindower {
            vad: Vad::new(model),
            packer: Packer::new(opts),
        }
    }
}

impl Endpointer for PackedWindower {
    fn push(&mut self, samples: &[f32]) -> Result<()> {
        let probs = self.vad.push(samples)?;
        self.packer.push(samples, &probs);
        Ok(())
    }

    fn next_window(&mut self, end_of_input: bool) -> Result<Option<Window>> {
        if end_of_input && !self.packer.ended {
            // A lane that fits in one window is decoded as it is: no need to score its end.
            let last = if self.packer.raw.is_some() {
                None
            } else {
                self.vad.flush()?
            };
            self.packer.finish(last);
        }
        Ok(self.packer.next_window(end_of_input))
    }

    fn consumed_upto(&self) -> u64 {
        self.packer.consumed_upto()
    }

    fn busy(&self) -> Duration {
        self.vad.busy()
    }

    fn skipped(&self) -> u64 {
        self.packer.removed
    }
}

/// The packing, driven by frame probabilities (separate from the model, so it can be tested
/// with any probabilities).
struct Packer {
    opts: PackOptions,
    /// Samples pushed whose voice-activity frame is not complete yet.
    unscored: Vec<f32>,
    /// Samples scored so far (original stream position after the last scored frame).
    scored: u64,
    /// The lane's audio as it is, while all of it fits in one window (`None` after that).
    raw: Option<Vec<f32>>,
    /// Packed samples not yet windowed, and where `out[0]` is in the original stream.
    out: Vec<f32>,
    out_start: u64,
    /// Audio taken out: (index in `out` where it was, samples taken out).
    gaps: Vec<(usize, u64)>,
    /// The silence being collected (the latest scored samples; once it is long, only its last
    /// `pad` samples are kept, the rest counted in `removing`).
    silence: Vec<f32>,
    long_silence: bool,
    removing: u64,
    /// Samples taken out so far, and pushed in all.
    removed: u64,
    pushed: u64,
    ended: bool,
}

fn ms_to_samples(ms: u64) -> usize {
    (ms * u64::from(SAMPLE_RATE) / 1000) as usize
}

impl Packer {
    fn new(opts: PackOptions) -> Packer {
        Packer {
            opts,
            unscored: Vec::new(),
            scored: 0,
            raw: Some(Vec::new()),
            out: Vec::new(),
            out_start: 0,
            gaps: Vec::new(),
            silence: Vec::new(),
            long_silence: false,
            removing: 0,
            removed: 0,
            pushed: 0,
            ended: false,
        }
    }

    /// Appends scored samples that follow the previous ones, `at` their stream position.
    fn append(&mut self, samples: &[f32], at: u64) {
        if self.out.is_empty() && self.gaps.is_empty() {
            self.out_start = at;
        }
        self.out.extend_from_slice(samples);
    }

    /// One scored frame (`samples` may be shorter than a frame at the end of input).
    fn frame(&mut self, samples: &[f32], p: f32) {
        if p >= self.opts.silence_threshold {
            self.close_silence(false);
            let at = self.scored;
            self.scored += samples.len() as u64;
            self.append(samples, at);
            return;
        }
        self.scored += samples.len() as u64;
        self.silence.extend_from_slice(samples);
        let pad = ms_to_samples(self.opts.pad_ms);
        if !self.long_silence && self.silence.len() >= ms_to_samples(self.opts.min_gap_ms) {
            // Long enough to shorten: its first `pad` samples stay, the middle goes.
            self.long_silence = true;
            let head_at = self.scored - self.silence.len() as u64;
            let head: Vec<f32> = self.silence.drain(..pad.min(self.silence.len())).collect();
            self.append(&head, head_at);
        }
        if self.long_silence && self.silence.len() > pad {
            let excess = self.silence.len() - pad;
            self.silence.drain(..excess);
            self.removing += excess as u64;
        }
    }

    /// Ends the silence being collected (it occupies the last scored samples): a long one
    /// leaves its head (already out), a gap, and its last `pad` samples, which at the end of
    /// input go too; a short one stays whole.
    fn close_silence(&mut self, end_of_input: bool) {
        let tail = std::mem::take(&mut self.silence);
        let tail_at = self.scored - tail.len() as u64;
        if self.long_silence {
            // The audio taken out: [gap_from, tail_at), and the tail too at the end.
            let gap_from = tail_at - self.removing;
            if end_of_input {
                self.removing += tail.len() as u64;
            }
            if self.out.is_empty() && self.gaps.is_empty() {
                self.out_start = gap_from;
            }
            self.gaps.push((self.out.len(), self.removing));
            self.removed += self.removing;
            if !end_of_input {
                self.append(&tail, tail_at);
            }
        } else if !tail.is_empty() {
            self.append(&tail, tail_at);
        }
        self.long_silence = false;
        self.removing = 0;
    }

    /// Where `index` of `out` lies in the original stream (audio taken out at or before it
    /// counted).
    fn original(&self, index: usize) -> u64 {
        let taken: u64 = self
            .gaps
            .iter()
            .filter(|&&(at, _)| at <= index)
            .map(|&(_, n)| n)
            .sum();
        self.out_start + index as u64 + taken
    }

    /// Cuts the first `cut` packed samples into a window.
    fn take(&mut self, cut: usize) -> Window {
        let start = self.out_start;
        let samples: Vec<f32> = self.out[..cut].to_vec();
        let gaps = self
            .gaps
            .iter()
            .filter(|&&(at, _)| at < cut)
            .map(|&(at, n)| Gap {
                at_ms: at as u64 * 1000 / u64::from(SAMPLE_RATE),
                ms: n * 1000 / u64::from(SAMPLE_RATE),
            })
            .collect();
        let next_start = self.original(cut);
        self.out.drain(..cut);
        self.gaps.retain(|&(at, _)| at > cut);
        for g in &mut self.gaps {
            g.0 -= cut;
        }
        // A gap exactly at the cut is spent: the next window starts after it.
        self.out_start = next_start;
        Window {
            start,
            samples,
            keep_ms: 0..u64::MAX,
            gaps,
        }
    }

    /// Where the next full window ends: at a gap between 20 s and 30 s (the window then ends
    /// in the pad after speech and the next begins in the pad before it), else at the
    /// quietest frame there.
    fn cut(&self) -> usize {
        self.gaps
            .iter()
            .filter(|&&(at, _)| (MIN_CUT..=MAX_WINDOW).contains(&at))
            .max_by_key(|&&(at, n)| (n, at))
            .map_or_else(|| quietest_cut(&self.out), |&(at, _)| at)
    }

    /// Appends `samples` and the probabilities of the frames they completed.
    fn push(&mut self, samples: &[f32], probs: &[f32]) {
        self.pushed += samples.len() as u64;
        if let Some(raw) = self.raw.as_mut() {
            if raw.len() + samples.len() <= MAX_WINDOW {
                raw.extend_from_slice(samples);
            } else {
                self.raw = None;
            }
        }
        self.unscored.extend_from_slice(samples);
        let frames: Vec<f32> = self.unscored.drain(..probs.len() * VAD_FRAME).collect();
        for (chunk, &p) in frames.chunks(VAD_FRAME).zip(probs) {
            self.frame(chunk, p);
        }
    }

    /// End of input: the last partial frame's probability, then the silence left open.
    fn finish(&mut self, last: Option<f32>) {
        self.ended = true;
        if self.raw.is_some() {
            return;
        }
        let rest = std::mem::take(&mut self.unscored);
        if !rest.is_empty() {
            // No probability for a partial frame: keep it, as speech.
            self.frame(&rest, last.unwrap_or(1.0));
        }
        self.close_silence(true);
    }

    fn next_window(&mut self, end_of_input: bool) -> Option<Window> {
        if end_of_input {
            if let Some(raw) = self.raw.take() {
                // All of the lane fits in one window: decode it as it is.
                self.out.clear();
                self.gaps.clear();
                self.silence.clear();
                self.unscored.clear();
                self.removed = 0;
                return (!raw.is_empty()).then(|| Window::whole(0, raw));
            }
        }
        if self.out.len() > MAX_WINDOW {
            let cut = self.cut();
            return Some(self.take(cut));
        }
        if end_of_input && !self.out.is_empty() {
            return Some(self.take(self.out.len()));
        }
        None
    }

    fn consumed_upto(&self) -> u64 {
        if self.ended && self.out.is_empty() && self.raw.is_none() {
            return self.pushed;
        }
        if !self.out.is_empty() {
            return self.out_start;
        }
        if self.raw.is_some() {
            return 0;
        }
        self.scored - self.silence.len() as u64 - self.removing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: usize = SAMPLE_RATE as usize;

    /// `secs` of samples at `level` (speech when loud) and their frame probabilities.
    fn part(secs: f32, speech: bool) -> (Vec<f32>, bool) {
        let n = (secs * S as f32) as usize;
        let level = if speech { 0.3 } else { 0.0 };
        (
            (0..n).map(|i| level * ((i % 50) as f32 / 50.0)).collect(),
            speech,
        )
    }

    /// Pushes `parts` in 100 ms chunks, as the file decoder does, with each completed frame
    /// scored 0.9 in speech and 0.01 in silence; returns the windows and checks on the way that
    /// the watermark never passes a window still to come nor goes back.
    fn pack(parts: &[(Vec<f32>, bool)], opts: PackOptions) -> (Vec<Window>, u64) {
        let all: Vec<(f32, bool)> = parts
            .iter()
            .flat_map(|(v, sp)| v.iter().map(move |&x| (x, *sp)))
            .collect();
        let mut p = Packer::new(opts);
        let mut windows = Vec::new();
        let mut scored = 0;
        let mut last_upto = 0;
        for chunk in all.chunks(S / 10) {
            let samples: Vec<f32> = chunk.iter().map(|c| c.0).collect();
            let total = p.pushed as usize + samples.len();
            let mut probs = Vec::new();
            while scored + VAD_FRAME <= total {
                probs.push(if all[scored + VAD_FRAME / 2].1 {
                    0.9
                } else {
                    0.01
                });
                scored += VAD_FRAME;
            }
            p.push(&samples, &probs);
            while let Some(w) = p.next_window(false) {
                assert!(w.start >= last_upto);
                windows.push(w);
            }
            let upto = p.consumed_upto();
            assert!(upto >= last_upto, "watermark went back");
            last_upto = upto;
        }
        p.finish(Some(0.01));
        while let Some(w) = p.next_window(true) {
            assert!(w.start >= last_upto);
            windows.push(w);
        }
        assert!(p.consumed_upto() >= last_upto);
        assert_eq!(p.consumed_upto(), all.len() as u64);
        (windows, p.removed)
    }

    #[test]
    fn a_lane_that_fits_one_window_is_decoded_as_it_is() {
        let parts = [part(3.0, true), part(10.0, false), part(5.0, true)];
        let (w, removed) = pack(&parts, PackOptions::default());
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].start, 0);
        assert_eq!(w[0].samples.len(), 18 * S);
        assert!(w[0].gaps.is_empty());
        assert_eq!(removed, 0);
    }

    #[test]
    fn long_silences_are_shortened_to_their_pads_and_times_map_back() {
        // 8 s of speech, 20 s of silence, three times: 64 s, of which 24 s is speech.
        let parts = [
            part(8.0, true),
            part(20.0, false),
            part(8.0, true),
            part(20.0, false),
            part(8.0, true),
        ];
        let (w, removed) = pack(&parts, PackOptions::default());
        assert_eq!(
            w.len(),
            1,
            "24 s of speech and two 1 s pauses fit one window"
        );
        let win = &w[0];
        assert_eq!(win.start, 0);
        // Each 20 s silence keeps 0.5 s on each side, within a frame (32 ms) of rounding.
        let expect = 26 * S;
        assert!(
            win.samples.len().abs_diff(expect) <= 2 * VAD_FRAME,
            "{}",
            win.samples.len()
        );
        assert_eq!(win.gaps.len(), 2);
        assert_eq!(removed, (64 * S - win.samples.len()) as u64);
        // A word 1 s into the third stretch of speech: packed at about 8+1+8+1+1 = 19 s, in the
        // recording at 8+20+8+20+1 = 57 s.
        let packed = 19_000;
        assert!(win.restore_ms(packed).abs_diff(57_000) <= 70);
        // Before the first gap nothing moves.
        assert_eq!(win.restore_ms(4_000), 4_000);
    }

    #[test]
    fn pauses_shorter_than_the_minimum_stay_whole() {
        let mut parts = Vec::new();
        for _ in 0..8 {
            parts.push(part(4.0, true));
            parts.push(part(1.2, false));
        }
        let (w, removed) = pack(&parts, PackOptions::default());
        assert_eq!(removed, 0);
        assert!(w.iter().all(|w| w.gaps.is_empty()));
        let total: usize = w.iter().map(|w| w.samples.len()).sum();
        assert_eq!(total, (8.0 * 5.2 * S as f32) as usize);
    }

    #[test]
    fn continuous_speech_is_cut_where_the_pause_windower_cuts() {
        let parts = [part(70.0, true)];
        let (w, _) = pack(&parts, PackOptions::default());
        let mut pw = super::super::PauseWindower::default();
        pw.push(&parts[0].0).unwrap();
        let mut expect = Vec::new();
        while let Some(x) = pw.next_window(true).unwrap() {
            expect.push(x);
        }
        assert_eq!(w, expect);
    }

    #[test]
    fn a_full_window_ends_at_a_gap_and_the_next_starts_after_it() {
        // 12 s speech, 10 s silence, 12 s speech, 10 s silence, 12 s speech: 37 s packed.
        let parts = [
            part(12.0, true),
            part(10.0, false),
            part(12.0, true),
            part(10.0, false),
            part(12.0, true),
        ];
        let (w, _) = pack(&parts, PackOptions::default());
        assert_eq!(w.len(), 2);
        // The first window ends in the pad after the second stretch of speech (packed about
        // 25.5 s), the second starts in the pad before the third (recording 43.5 s).
        assert!(w[0].samples.len().abs_diff(25 * S + S / 2) <= 2 * VAD_FRAME);
        assert!(w[1].start.abs_diff(43 * S as u64 + S as u64 / 2) <= 2 * VAD_FRAME as u64);
        assert!(w[1].gaps.is_empty());
        assert!(w[1].samples.len().abs_diff(12 * S + S / 2) <= 2 * VAD_FRAME);
    }

    #[test]
    fn silence_of_any_length_holds_at_most_a_pad() {
        let opts = PackOptions::default();
        let mut p = Packer::new(opts.clone());
        p.push(&vec![0.2; 40 * S], &vec![0.9; 40 * S / VAD_FRAME]);
        while p.next_window(false).is_some() {}
        for _ in 0..600 {
            // About a second: 31 whole frames, so every sample pushed is scored.
            p.push(&vec![0.0; 31 * VAD_FRAME], &[0.01; 31]);
            assert!(p.silence.len() <= ms_to_samples(opts.min_gap_ms) + VAD_FRAME);
            assert!(p.out.len() <= MAX_WINDOW + S);
            assert!(p.unscored.is_empty());
        }
    }

    /// `seconds` of packed audio from 10 s, with 5 s taken out after its 2nd second and 1 s
    /// after its 4th.
    fn window_with_two_gaps(seconds: usize) -> Window {
        Window {
            start: 10 * S as u64,
            samples: vec![0.0; seconds * S],
            keep_ms: 0..u64::MAX,
            gaps: vec![
                Gap {
                    at_ms: 2_000,
                    ms: 5_000,
                },
                Gap {
                    at_ms: 4_000,
                    ms: 1_000,
                },
            ],
        }
    }

    #[test]
    fn restore_ms_adds_the_audio_taken_out_before_a_time() {
        let w = window_with_two_gaps(0);
        assert_eq!(w.restore_ms(11_000), 11_000);
        assert_eq!(w.restore_ms(12_500), 17_500);
        assert_eq!(w.restore_ms(15_000), 21_000);
    }

    #[test]
    fn decoded_ms_is_the_window_less_its_gaps_in_the_streams_time() {
        // 6 s of packed audio from 10 s: 2 s, then 5 s taken out, 2 s, 1 s out, 2 s.
        let w = window_with_two_gaps(6);
        assert_eq!(
            w.decoded_ms(),
            vec![10_000..12_000, 17_000..19_000, 20_000..22_000]
        );
        // A window cut right after a gap holds nothing past it.
        let mut end = w.clone();
        end.samples.truncate(4 * S);
        assert_eq!(end.decoded_ms(), vec![10_000..12_000, 17_000..19_000]);
        // Eight samples from 1 s: the millisecond they are in counts as held.
        let tiny = Window::whole(S as u64, vec![0.0; 8]).decoded_ms();
        assert_eq!((tiny.len(), tiny[0].start, tiny[0].end), (1, 1_000, 1_001));
    }
}
