//! Streaming mono resampling to 16 kHz with rubato's FFT resampler.
//!
//! The FFT resampler is exact for the fixed integer ratios of real recordings (44.1 k, 48 k, 8 k)
//! and fast. Its output is delayed by a fixed number of frames; we trim that delay so sample
//! times stay aligned with the source (word times later point into the original audio).
//!
//! The resampler works in fixed input chunks, so a live stream's audio reaches the voice-activity
//! detector only once a chunk is full. Chunks are therefore sized in time, not samples: a fixed
//! 4096 frames held 512 ms of an 8 kHz telephone stream (plus 128 ms of filter delay) back from
//! every live line, where 64 ms costs nothing measurable on files.

use rubato::{FftFixedIn, Resampler};

use super::SAMPLE_RATE;

/// Input audio per resampler chunk.
const CHUNK_MS: usize = 64;

/// Input frames per chunk at `rate_in`: [`CHUNK_MS`] of audio, at least 64 frames.
fn chunk_frames(rate_in: u32) -> usize {
    (rate_in as usize * CHUNK_MS / 1000).max(64)
}

pub struct MonoResampler {
    inner: Option<FftFixedIn<f32>>,
    pending: Vec<f32>,
    delay_left: usize,
    /// Output frames expected in total, so the padded tail can be trimmed.
    input_frames: u64,
    output_frames: u64,
    rate_in: u32,
}

impl MonoResampler {
    pub fn new(rate_in: u32) -> Result<Self, String> {
        let inner = if rate_in == SAMPLE_RATE {
            None
        } else {
            let r = FftFixedIn::<f32>::new(
                rate_in as usize,
                SAMPLE_RATE as usize,
                chunk_frames(rate_in),
                1,
                1,
            )
            .map_err(|e| format!("cannot resample from {rate_in} Hz: {e}"))?;
            Some(r)
        };
        let delay_left = inner.as_ref().map_or(0, |r| r.output_delay());
        Ok(MonoResampler {
            inner,
            pending: Vec::new(),
            delay_left,
            input_frames: 0,
            output_frames: 0,
            rate_in,
        })
    }

    /// Feeds source samples; returns whatever 16 kHz samples are ready.
    pub fn push(&mut self, samples: &[f32]) -> Vec<f32> {
        self.input_frames += samples.len() as u64;
        let Some(r) = self.inner.as_mut() else {
            self.output_frames += samples.len() as u64;
            return samples.to_vec();
        };
        self.pending.extend_from_slice(samples);
        let mut out = Vec::new();
        while self.pending.len() >= r.input_frames_next() {
            let n = r.input_frames_next();
            let res = r
                .process(&[&self.pending[..n]], None)
                .expect("fixed-size input chunk");
            self.pending.drain(..n);
            out.extend_from_slice(&res[0]);
        }
        self.trim(out)
    }

    /// Flushes the tail; the total output length matches the input duration.
    pub fn finish(&mut self) -> Vec<f32> {
        let Some(r) = self.inner.as_mut() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let want = self.input_frames * SAMPLE_RATE as u64 / self.rate_in as u64;
        let pending = std::mem::take(&mut self.pending);
        // rubato reads an empty channel as a missing one ("insufficient buffer size 0"): when
        // the input ended on a chunk boundary, there is nothing partial to push, only the flush.
        let partial = if pending.is_empty() {
            r.process_partial::<&[f32]>(None, None)
        } else {
            r.process_partial(Some(&[&pending[..]]), None)
        };
        // Neither call can fail with a mono input no longer than a chunk; should one, the
        // tail (one chunk, 64 ms) is dropped rather than the recording.
        if let Ok(res) = partial {
            out.extend_from_slice(&res[0]);
        }
        // Keep pushing silence until the delayed tail has come out.
        let mut guard = 0;
        while self.output_frames + (out.len().saturating_sub(self.delay_left)) as u64 <= want
            && guard < 8
        {
            let Ok(res) = r.process_partial::<&[f32]>(None, None) else {
                break;
            };
            out.extend_from_slice(&res[0]);
            guard += 1;
        }
        let mut out = self.trim(out);
        let room = want.saturating_sub(self.output_frames - out.len() as u64) as usize;
        if out.len() > room {
            self.output_frames -= (out.len() - room) as u64;
            out.truncate(room);
        }
        out
    }

    fn trim(&mut self, mut out: Vec<f32>) -> Vec<f32> {
        if self.delay_left > 0 {
            let cut = self.delay_left.min(out.len());
            out.drain(..cut);
            self.delay_left -= cut;
        }
        self.output_frames += out.len() as u64;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rate: u32, secs: f32) -> Vec<f32> {
        let n = (rate as f32 * secs) as usize;
        let src: Vec<f32> = (0..n)
            .map(|i| (2.0 * std::f32::consts::PI * 440.0 * i as f32 / rate as f32).sin() * 0.5)
            .collect();
        let mut r = MonoResampler::new(rate).unwrap();
        let mut out = Vec::new();
        for block in src.chunks(1000) {
            out.extend(r.push(block));
        }
        out.extend(r.finish());
        out
    }

    #[test]
    fn keeps_duration_for_common_rates() {
        for rate in [8_000, 22_050, 44_100, 48_000, 16_000] {
            let out = run(rate, 2.5);
            assert_eq!(out.len(), 40_000, "rate {rate}");
        }
    }

    #[test]
    fn input_ending_on_a_chunk_boundary() {
        // A held-out telephone clip whose length was a whole number of 64 ms chunks made the
        // flush panic (rubato refuses an empty partial chunk).
        for rate in [8_000u32, 22_050, 44_100, 48_000] {
            let chunk = chunk_frames(rate);
            let src = vec![0.1f32; chunk * 20];
            let mut r = MonoResampler::new(rate).unwrap();
            let mut out = r.push(&src);
            out.extend(r.finish());
            let want = src.len() as u64 * 16_000 / u64::from(rate);
            assert_eq!(out.len() as u64, want, "rate {rate}");
        }
    }

    #[test]
    fn keeps_timing_aligned() {
        // An impulse at 1.0 s must come out near sample 16000, not shifted by the filter delay.
        let rate = 48_000;
        let mut src = vec![0.0f32; rate as usize * 2];
        src[rate as usize] = 1.0;
        let mut r = MonoResampler::new(rate).unwrap();
        let mut out = r.push(&src);
        out.extend(r.finish());
        let peak = out
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
            .unwrap()
            .0;
        assert!((peak as i64 - 16_000).abs() <= 2, "peak at {peak}");
    }

    #[test]
    fn a_live_telephone_stream_is_held_back_at_most_a_tenth_of_a_second() {
        // 1 s of 8 kHz audio arriving in 20 ms reads: what has come out must trail the input by
        // one chunk plus the filter delay, not by half a second.
        let mut r = MonoResampler::new(8_000).unwrap();
        let mut out = 0;
        for _ in 0..50 {
            out += r.push(&[0.1f32; 160]).len();
        }
        let behind_ms = (16_000 - out) / 16;
        assert!(behind_ms <= 100, "{behind_ms} ms held back");
    }
}
