//! Endpointing: deciding where a continuous 16 kHz stream is cut into the windows Whisper
//! decodes.
//!
//! The [`Endpointer`] trait is what the transcriber stage drives; it owns no model and knows
//! nothing of detection. [`PauseWindower`] serves files: Whisper decodes at most 30 s at a time,
//! and cutting blindly at 30 s splits words, so each window ends at the quietest 100 ms frame
//! between 20 s and 30 s, which on speech is almost always a pause between words. A live
//! endpointer (a voice-activity detector with short windows) plugs in through the same trait.

use crate::audio::SAMPLE_RATE;

/// Cuts a stream of 16 kHz mono samples into windows for Whisper.
pub trait Endpointer: Send {
    /// Appends samples that follow the previous ones without a gap.
    fn push(&mut self, samples: &[f32]);
    /// The next window ready to decode, as `(start_sample, samples)` with `start_sample` counted
    /// from the start of the stream; `end_of_input` releases whatever is left.
    fn next_window(&mut self, end_of_input: bool) -> Option<(u64, Vec<f32>)>;
}

const MAX_WINDOW: usize = 30 * SAMPLE_RATE as usize;
const MIN_CUT: usize = 20 * SAMPLE_RATE as usize;
const FRAME: usize = SAMPLE_RATE as usize / 10;

/// Windows of at most 30 s cut at the quietest pause after 20 s (files).
#[derive(Default)]
pub struct PauseWindower {
    buf: Vec<f32>,
    /// Absolute index (16 kHz samples) of `buf[0]`.
    start: u64,
}

impl Endpointer for PauseWindower {
    fn push(&mut self, samples: &[f32]) {
        self.buf.extend_from_slice(samples);
    }

    /// A full window while streaming, or whatever is left when `end_of_input`.
    fn next_window(&mut self, end_of_input: bool) -> Option<(u64, Vec<f32>)> {
        if self.buf.is_empty() || (!end_of_input && self.buf.len() <= MAX_WINDOW) {
            return None;
        }
        let cut = if end_of_input && self.buf.len() <= MAX_WINDOW {
            self.buf.len()
        } else {
            quietest_cut(&self.buf)
        };
        let window: Vec<f32> = self.buf.drain(..cut).collect();
        let start = self.start;
        self.start += cut as u64;
        Some((start, window))
    }
}

/// The centre of the lowest-energy frame in `[MIN_CUT, MAX_WINDOW)`.
fn quietest_cut(buf: &[f32]) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_input_is_one_window_at_end() {
        let mut w = PauseWindower::default();
        w.push(&vec![0.1; 5 * SAMPLE_RATE as usize]);
        assert!(w.next_window(false).is_none());
        let (start, s) = w.next_window(true).unwrap();
        assert_eq!((start, s.len()), (0, 5 * SAMPLE_RATE as usize));
        assert!(w.next_window(true).is_none());
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
            w.push(&chunk);
            if let Some(win) = w.next_window(false) {
                first.get_or_insert(win);
            }
        }
        let (_, win) = first.expect("a window once past 30 s");
        let cut_s = win.len() as f32 / sr as f32;
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
        w.push(&audio);
        let (start, first) = w.next_window(false).unwrap();
        assert_eq!(start, 0);
        let cut_s = first.len() as f32 / sr as f32;
        assert!((24.0..24.3).contains(&cut_s), "cut at {cut_s}");
        let mut total = first.len();
        while let Some((s, win)) = w.next_window(true) {
            assert_eq!(s as usize, total);
            assert!(win.len() <= MAX_WINDOW);
            total += win.len();
        }
        assert_eq!(total, audio.len());
    }
}
