//! A float WAV whose samples are NaN, ±infinity or 1e30 (issue 13 item 4): `hush redact` used to
//! die inside whisper.cpp's DTW (exit 139). Decoded samples are now sanitized for every format
//! (non-finite to 0, clamped to [-1, 1]), so the run succeeds and the speech around the hostile
//! samples is still transcribed. Runs Whisper: hold /tmp/hush-whisper.lock (see CONTRIBUTING).

mod common;

use std::path::Path;
use std::process::Command;

use common::{models_dir, sample, wer};

/// samples/jfk.wav as 32-bit float, with single NaN, +Inf, -Inf, ±1e30 samples and a run of
/// 100 NaNs spread through the speech.
fn hostile_float_wav(path: &Path) {
    let mut reader = hound::WavReader::open(sample("jfk.wav")).unwrap();
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.bits_per_sample), (1, 16));
    let mut samples: Vec<f32> = reader
        .samples::<i16>()
        .map(|s| s.unwrap() as f32 / 32768.0)
        .collect();
    for (i, v) in [
        (16_000, f32::NAN),
        (32_000, f32::INFINITY),
        (48_000, f32::NEG_INFINITY),
        (64_000, 1e30),
        (64_001, -1e30),
    ] {
        samples[i] = v;
    }
    samples[80_000..80_100].fill(f32::NAN);
    let out = hound::WavSpec {
        channels: 1,
        sample_rate: spec.sample_rate,
        bits_per_sample: 32,
        sample_format: hound::SampleFormat::Float,
    };
    let mut w = hound::WavWriter::create(path, out).unwrap();
    for s in samples {
        w.write_sample(s).unwrap();
    }
    w.finalize().unwrap();
}

#[test]
fn float_wav_with_nan_inf_and_huge_samples_is_transcribed() {
    let _g = common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.wav");
    hostile_float_wav(&input);
    let out = dir.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_hush"))
        .env("HUSH_MODELS_DIR", models_dir())
        .env_remove("RUST_LOG")
        .arg("redact")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "exit {:?} (signal {:?}); stderr: {}",
        run.status.code(),
        std::os::unix::process::ExitStatusExt::signal(&run.status),
        String::from_utf8_lossy(&run.stderr)
    );
    let txt = std::fs::read_to_string(out.join("hostile.redacted.txt")).unwrap();
    let reference = std::fs::read_to_string(sample("jfk.txt")).unwrap();
    let w = wer(&reference, &txt);
    assert!(w <= 0.15, "WER {w:.3}");
}
