//! Voice activity: the Silero VAD model (v6, ONNX, MIT) run over 16 kHz audio, 32 ms at a time.
//!
//! [`VadModel`] is the loaded model, shared by every lane of every run: the model itself keeps
//! no state between calls (its LSTM state is an input and an output), so one session serves all
//! lanes, taking turns on a lock. A [`Vad`] is one stream's state: the LSTM's `h`/`c`, the last
//! 64 samples of the previous frame (the model's context) and the samples of a frame not yet
//! complete. The model's interface, checked at load: `input` f32 [frames, 576] (64 context
//! samples, then the frame's 512), `h` and `c` f32 [1, 1, 128]; outputs `speech_probs` f32
//! [frames] and the new `hn`, `cn`. Consecutive frames of one stream may go in one call (the LSTM
//! runs along the first axis), which is what makes it cheap on a file.
//!
//! The LSTM state drifts over a long stream: after some minutes of a call, 8 kHz speech that
//! scores 0.2–0.5 from a fresh state scored 0.03–0.1, below any threshold, and utterances lost
//! their first words (the cue before a card number). So the state is reset after a second of
//! silence, as a fresh start of a file would be; frames go to the model in batches that end
//! where a reset could fall, so the probabilities still do not depend on how audio is chunked.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ort::session::Session;
use ort::value::Tensor;

use crate::error::{Error, Result};
use crate::models::ModelFile;
use crate::onnx::{single_thread_session, ModelBytes};

/// Samples per frame (32 ms at 16 kHz): the model's only frame size at this rate.
pub const FRAME: usize = 512;
/// Samples of the previous frame the model sees before each frame.
const CONTEXT: usize = 64;
/// LSTM state size (`h` and `c` each).
const STATE: usize = 128;
/// Frames per model call at most: bounds the tensors a long push builds.
const MAX_BATCH: usize = 1024;
/// Consecutive silent frames (about 1 s) after which the LSTM state is reset.
const RESET_AFTER: usize = 31;
/// A frame scoring below this counts as silent for the reset.
const SILENT: f32 = 0.05;
const ID: &str = "silero-vad";

/// The loaded Silero VAD model, shared (`Sync`).
pub struct VadModel {
    session: Mutex<Session>,
}

impl VadModel {
    /// Loads the model from verified bytes through the ONNX Runtime library at `onnxruntime`,
    /// refusing a model whose inputs or outputs are not the ones described above.
    pub fn load(onnxruntime: &Path, model: &ModelFile) -> Result<VadModel> {
        let bytes = model.read_verified()?;
        let session = single_thread_session(
            onnxruntime,
            ID,
            ModelBytes::Verified {
                path: &model.path,
                bytes: &bytes,
            },
        )?;
        let names = |o: &[ort::value::Outlet]| -> Vec<String> {
            o.iter().map(|x| x.name().to_string()).collect()
        };
        let (inputs, outputs) = (names(session.inputs()), names(session.outputs()));
        if inputs != ["input", "h", "c"] || outputs != ["speech_probs", "hn", "cn"] {
            return Err(Error::model(
                ID,
                format!(
                    "{}: not the Silero VAD v6 interface (inputs {inputs:?}, outputs {outputs:?})",
                    model.path.display()
                ),
            ));
        }
        Ok(VadModel {
            session: Mutex::new(session),
        })
    }

    /// Runs `n` frames (each CONTEXT + FRAME samples in `input`) from state `hc` (h then c),
    /// returning each frame's speech probability and leaving the new state in `hc`.
    fn run(&self, input: Vec<f32>, n: usize, hc: &mut [f32]) -> Result<Vec<f32>> {
        let err = |e: ort::Error| Error::Transcribe(format!("voice-activity model failed: {e}"));
        let input = Tensor::from_array(([n, CONTEXT + FRAME], input)).map_err(err)?;
        let h = Tensor::from_array(([1usize, 1, STATE], hc[..STATE].to_vec())).map_err(err)?;
        let c = Tensor::from_array(([1usize, 1, STATE], hc[STATE..].to_vec())).map_err(err)?;
        // A run that panicked leaves nothing half-written in the session: keep using it.
        let mut session = self.session.lock().unwrap_or_else(|e| e.into_inner());
        let out = session
            .run(ort::inputs!["input" => input, "h" => h, "c" => c])
            .map_err(err)?;
        let (_, probs) = out["speech_probs"]
            .try_extract_tensor::<f32>()
            .map_err(err)?;
        let (_, hn) = out["hn"].try_extract_tensor::<f32>().map_err(err)?;
        let (_, cn) = out["cn"].try_extract_tensor::<f32>().map_err(err)?;
        if probs.len() != n || hn.len() != STATE || cn.len() != STATE {
            return Err(Error::Transcribe(
                "voice-activity model returned an unexpected shape".into(),
            ));
        }
        hc[..STATE].copy_from_slice(hn);
        hc[STATE..].copy_from_slice(cn);
        Ok(probs.to_vec())
    }
}

/// One stream's voice-activity state over a shared [`VadModel`].
pub struct Vad {
    model: std::sync::Arc<VadModel>,
    /// LSTM state: `h` then `c`.
    hc: Vec<f32>,
    /// The last CONTEXT samples of the previous frame (zeros before the first).
    context: [f32; CONTEXT],
    /// Samples of the frame being filled.
    pending: Vec<f32>,
    /// Silent frames since the last non-silent one or reset.
    silent_run: usize,
    resets: u64,
    busy: Duration,
}

impl Vad {
    pub fn new(model: std::sync::Arc<VadModel>) -> Vad {
        Vad {
            model,
            hc: vec![0.0; 2 * STATE],
            context: [0.0; CONTEXT],
            pending: Vec::with_capacity(FRAME),
            silent_run: 0,
            resets: 0,
            busy: Duration::ZERO,
        }
    }

    /// Appends samples; returns the speech probability of every frame they complete, in order.
    pub fn push(&mut self, samples: &[f32]) -> Result<Vec<f32>> {
        let mut probs = Vec::new();
        let mut rest = samples;
        while !rest.is_empty() {
            let mut input = Vec::new();
            let mut n = 0;
            // No further than the earliest frame a reset could follow (see the module doc).
            let batch = (RESET_AFTER - self.silent_run).clamp(1, MAX_BATCH);
            while n < batch && !rest.is_empty() {
                let take = (FRAME - self.pending.len()).min(rest.len());
                self.pending.extend_from_slice(&rest[..take]);
                rest = &rest[take..];
                if self.pending.len() == FRAME {
                    input.extend_from_slice(&self.context);
                    input.extend_from_slice(&self.pending);
                    self.context
                        .copy_from_slice(&self.pending[FRAME - CONTEXT..]);
                    self.pending.clear();
                    n += 1;
                }
            }
            if n > 0 {
                let t = Instant::now();
                let scored = self.model.run(input, n, &mut self.hc)?;
                self.busy += t.elapsed();
                for &p in &scored {
                    self.silent_run = if p < SILENT { self.silent_run + 1 } else { 0 };
                }
                if self.silent_run >= RESET_AFTER {
                    self.hc.fill(0.0);
                    self.silent_run = 0;
                    self.resets += 1;
                }
                probs.extend(scored);
            }
        }
        Ok(probs)
    }

    /// The probability of the incomplete last frame, padded with silence (end of input), if any.
    pub fn flush(&mut self) -> Result<Option<f32>> {
        if self.pending.is_empty() {
            return Ok(None);
        }
        let pad = vec![0.0; FRAME - self.pending.len()];
        Ok(self.push(&pad)?.first().copied())
    }

    /// Time spent in the model so far.
    pub fn busy(&self) -> Duration {
        self.busy
    }

    /// Times the LSTM state was reset after silence.
    pub fn resets(&self) -> u64 {
        self.resets
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::models::{ModelSet, WhisperModel};
    use std::sync::Arc;

    /// The installed model (fails, not skips, when setup has not run).
    pub(crate) fn model() -> Arc<VadModel> {
        let set = ModelSet::locate(None, WhisperModel::TinyEn).expect("models: run scripts/setup");
        Arc::new(VadModel::load(&set.onnxruntime.path, &set.vad).unwrap())
    }

    pub(crate) fn jfk() -> Vec<f32> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/jfk.wav");
        let mut r = hound::WavReader::open(path).unwrap();
        assert_eq!(r.spec().sample_rate, 16_000);
        r.samples::<i16>()
            .map(|s| f32::from(s.unwrap()) / 32768.0)
            .collect()
    }

    #[test]
    fn speech_scores_high_and_silence_low() {
        let m = model();
        let mut vad = Vad::new(m);
        let silence = vad.push(&vec![0.0; 16_000]).unwrap();
        assert_eq!(silence.len(), 16_000 / FRAME);
        assert!(silence.iter().all(|&p| p < 0.1), "{silence:?}");
        let probs = vad.push(&jfk()).unwrap();
        let speech = probs.iter().filter(|&&p| p >= 0.5).count();
        // JFK's 11 s are mostly speech with a few pauses.
        assert!(
            speech * 2 > probs.len() && speech < probs.len(),
            "{speech}/{}",
            probs.len()
        );
    }

    #[test]
    fn state_resets_after_silence_so_a_long_stream_scores_like_a_fresh_one() {
        // Silence, JFK, then the same again: each copy scores as the first did from a fresh
        // state, batched or in odd-sized pieces.
        let mut speech = jfk();
        speech.resize(speech.len().div_ceil(FRAME) * FRAME, 0.0);
        let silence = vec![0.0f32; 94 * FRAME];
        let mut audio = Vec::new();
        for _ in 0..2 {
            audio.extend_from_slice(&silence);
            audio.extend_from_slice(&speech);
        }
        let m = model();
        let mut vad = Vad::new(Arc::clone(&m));
        let whole = vad.push(&audio).unwrap();
        assert!(vad.resets() >= 4, "{} resets", vad.resets());
        let mut pieces = Vec::new();
        let mut vad = Vad::new(m);
        for chunk in audio.chunks(3_001) {
            pieces.extend(vad.push(chunk).unwrap());
        }
        assert_eq!(whole, pieces);
        let (a, b) = whole.split_at(whole.len() / 2);
        let worst = a
            .iter()
            .zip(b)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f32::max);
        assert!(worst < 0.05, "copies differ by {worst}");
    }

    #[test]
    fn chunking_does_not_change_the_probabilities() {
        // Batched frames and a frame at a time, in odd-sized pushes, carry the same state.
        let audio = jfk();
        let m = model();
        let whole = Vad::new(Arc::clone(&m)).push(&audio).unwrap();
        let mut vad = Vad::new(m);
        let mut pieces = Vec::new();
        for chunk in audio.chunks(700) {
            pieces.extend(vad.push(chunk).unwrap());
        }
        assert_eq!(whole.len(), pieces.len());
        for (a, b) in whole.iter().zip(&pieces) {
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
    }
}
