//! The redacted recording at library level (no models): format kept, untouched samples
//! bit-exact, muted ranges replaced, truncated sources refused with nothing published.

use std::path::Path;

use hound::{SampleFormat, WavReader, WavSpec, WavWriter};
use hush::audio::bleep::{AudioMode, BEEP_AMPLITUDE, FADE_MS};
use hush::audio::FileInput;
use hush::detect::EntityKind;
use hush::output::wav::write_redacted_wav;
use hush::redact::audio::{MuteInterval, MuteReason};

/// Every sample as f64 in [-1, 1] plus its raw bits, so "identical" means bit-identical.
fn read_all(path: &Path) -> (WavSpec, Vec<(u64, f64)>) {
    let mut r = WavReader::open(path).unwrap();
    let spec = r.spec();
    let samples = match spec.sample_format {
        SampleFormat::Float => r
            .samples::<f32>()
            .map(|s| {
                let s = s.unwrap();
                (u64::from(s.to_bits()), f64::from(s))
            })
            .collect(),
        SampleFormat::Int => {
            let full = (1u64 << (spec.bits_per_sample - 1)) as f64;
            r.samples::<i32>()
                .map(|s| {
                    let s = s.unwrap();
                    (s as u32 as u64, f64::from(s) / full)
                })
                .collect()
        }
    };
    (spec, samples)
}

/// A deterministic noise-like recording with no zero samples (or all zeros with `silent`).
fn make_wav(path: &Path, spec: WavSpec, frames: usize, silent: bool) {
    let mut w = WavWriter::create(path, spec).unwrap();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..frames * usize::from(spec.channels) {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let u = ((state >> 33) as f64 / (1u64 << 31) as f64) * 1.6 - 0.8; // [-0.8, 0.8)
        let u = if silent {
            0.0
        } else if u.abs() < 0.01 {
            0.5
        } else {
            u
        };
        match spec.sample_format {
            SampleFormat::Float => w.write_sample(u as f32).unwrap(),
            SampleFormat::Int => {
                let full = (1i64 << (spec.bits_per_sample - 1)) as f64;
                w.write_sample((u * full) as i32).unwrap()
            }
        }
    }
    w.finalize().unwrap();
}

fn iv(start_ms: u64, end_ms: u64, channel: Option<u16>) -> MuteInterval {
    MuteInterval {
        start_ms,
        end_ms,
        channel,
        reason: MuteReason::Entity {
            types: vec![EntityKind::CreditCard],
        },
    }
}

/// Frame range an interval covers (outward rounding, as the bleeper does).
fn frames_of(iv: &MuteInterval, rate: u32) -> (usize, usize) {
    let r = u64::from(rate);
    (
        (iv.start_ms * r / 1000) as usize,
        (iv.end_ms * r).div_ceil(1000) as usize,
    )
}

fn muted(ivs: &[MuteInterval], rate: u32, frame: usize, ch: u16) -> Option<(usize, usize)> {
    ivs.iter()
        .filter(|i| i.channel.is_none_or(|c| c == ch))
        .map(|i| frames_of(i, rate))
        .find(|&(s, e)| frame >= s && frame < e)
}

fn spec(rate: u32, channels: u16, bits: u16, float: bool) -> WavSpec {
    WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: bits,
        sample_format: if float {
            SampleFormat::Float
        } else {
            SampleFormat::Int
        },
    }
}

/// Redacts a noise recording and an all-zero one with the same intervals and checks every sample.
fn check(spec: WavSpec, seconds: f64, ivs: &[MuteInterval], mode: AudioMode) {
    let dir = tempfile::tempdir().unwrap();
    let frames = (seconds * f64::from(spec.sample_rate)) as usize;
    let (src, zero) = (dir.path().join("in.wav"), dir.path().join("zero.wav"));
    make_wav(&src, spec, frames, false);
    make_wav(&zero, spec, frames, true);
    let out_dir = dir.path().join("out");
    let (out, out_zero) = (
        out_dir.join("in.redacted.wav"),
        out_dir.join("zero.redacted.wav"),
    );
    write_redacted_wav(&FileInput::new(&src), &out, ivs, mode).unwrap();
    write_redacted_wav(&FileInput::new(&zero), &out_zero, ivs, mode).unwrap();

    let (in_spec, input) = read_all(&src);
    let (out_spec, output) = read_all(&out);
    let (_, tone) = read_all(&out_zero);
    assert_eq!(out_spec, in_spec);
    assert_eq!(output.len(), input.len(), "frame count changed");

    let ch = usize::from(spec.channels);
    let fade = (FADE_MS * u64::from(spec.sample_rate)).div_ceil(1000) as usize;
    // One quantization step of slack for integer formats.
    let eps = match spec.sample_format {
        SampleFormat::Float => 1e-6,
        SampleFormat::Int => 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f64,
    };
    let amp = f64::from(BEEP_AMPLITUDE) + eps;
    let mut core = 0usize;
    for (i, (o, x)) in output.iter().zip(&input).enumerate() {
        let (frame, c) = (i / ch, (i % ch) as u16);
        match muted(ivs, spec.sample_rate, frame, c) {
            None => assert_eq!(o.0, x.0, "sample {i} outside every interval changed"),
            Some((s, e)) if frame >= s + fade && frame + fade < e => {
                core += 1;
                // The original is gone: the output equals what a silent source gives.
                assert_eq!(o.0, tone[i].0, "original audible at sample {i}");
                match mode {
                    AudioMode::Silence => assert_eq!(o.1, 0.0),
                    AudioMode::Beep => assert!(o.1.abs() <= amp),
                }
            }
            Some(_) => assert!(o.1.abs() <= x.1.abs() + amp),
        }
    }
    assert_eq!(core > 0, !ivs.is_empty());
    if mode == AudioMode::Beep && !ivs.is_empty() {
        // Middle of the first interval on channel 0: a −20 dBFS tone.
        let (s, e) = frames_of(&ivs[0], spec.sample_rate);
        let mid: Vec<f64> = (s + fade..e - fade).map(|f| output[f * ch].1).collect();
        let rms = (mid.iter().map(|v| v * v).sum::<f64>() / mid.len() as f64).sqrt();
        assert!((rms - 0.0707).abs() < 0.003, "beep rms {rms}");
    }

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let names: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| n.ends_with(".redacted.wav")),
        "{names:?}"
    );
}

#[test]
fn pcm16_mono_16k() {
    let ivs = [iv(300, 800, None), iv(1500, 1700, None)];
    for mode in [AudioMode::Beep, AudioMode::Silence] {
        check(spec(16_000, 1, 16, false), 2.0, &ivs, mode);
    }
}

#[test]
fn pcm24_stereo_44k1_channel_interval_leaves_other_channel() {
    // The second interval is on channel 1 only: channel 0 must stay bit-exact there.
    let ivs = [iv(100, 400, None), iv(900, 1300, Some(1))];
    for mode in [AudioMode::Beep, AudioMode::Silence] {
        check(spec(44_100, 2, 24, false), 1.5, &ivs, mode);
    }
}

#[test]
fn float32_48k() {
    let ivs = [
        iv(250, 700, None),
        iv(0, 120, None),
        iv(1100, 1200, Some(0)),
    ];
    for mode in [AudioMode::Beep, AudioMode::Silence] {
        check(spec(48_000, 2, 32, true), 1.2, &ivs, mode);
    }
}

#[test]
fn pcm8_and_pcm32() {
    check(
        spec(8_000, 1, 8, false),
        1.0,
        &[iv(200, 600, None)],
        AudioMode::Beep,
    );
    check(
        spec(22_050, 1, 32, false),
        1.0,
        &[iv(200, 600, None)],
        AudioMode::Silence,
    );
}

#[test]
fn no_intervals_is_a_bit_exact_copy_of_the_samples() {
    check(spec(16_000, 3, 16, false), 0.5, &[], AudioMode::Beep);
}

#[test]
fn truncated_source_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("cut.wav");
    make_wav(&src, spec(16_000, 1, 16, false), 16_000, false);
    let len = std::fs::metadata(&src).unwrap().len();
    for cut in [1, 1000] {
        let f = std::fs::OpenOptions::new().write(true).open(&src).unwrap();
        f.set_len(len - cut).unwrap();
        drop(f);
        let out_dir = dir.path().join("out");
        let err = write_redacted_wav(
            &FileInput::new(&src),
            &out_dir.join("cut.redacted.wav"),
            &[iv(100, 200, None)],
            AudioMode::Beep,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), 3, "{err}");
        let left: Vec<_> = std::fs::read_dir(&out_dir)
            .map(|d| d.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "left behind: {left:?}");
    }
}

#[test]
fn not_a_wav_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("x.wav");
    std::fs::write(&src, b"RIFF\x10\0\0\0WAVEjunkjunkjunk").unwrap();
    let out = dir.path().join("x.redacted.wav");
    let err = write_redacted_wav(&FileInput::new(&src), &out, &[], AudioMode::Silence).unwrap_err();
    assert_eq!(err.exit_code(), 3);
    assert!(!out.exists());
}

/// Committed format fixtures (another module's); skipped with a note when absent.
fn fixture(name: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name);
    if !p.exists() {
        eprintln!("skipping: {} is missing", p.display());
    }
    p.exists().then_some(p)
}

#[test]
fn flac_is_written_as_pcm16_with_lossless_samples_kept() {
    let (Some(flac), Some(wav)) = (fixture("formats/jfk.flac"), fixture("jfk.wav")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("jfk.redacted.wav");
    let ivs = [iv(2000, 3000, None)];
    write_redacted_wav(&FileInput::new(&flac), &out, &ivs, AudioMode::Silence).unwrap();
    let (spec, output) = read_all(&out);
    let (wav_spec, original) = read_all(&wav);
    assert_eq!(spec, wav_spec, "16-bit PCM at the source rate and channels");
    assert_eq!(output.len(), original.len());
    let (s, e) = frames_of(&ivs[0], spec.sample_rate);
    let fade = (FADE_MS * u64::from(spec.sample_rate)).div_ceil(1000) as usize;
    for (i, (o, x)) in output.iter().zip(&original).enumerate() {
        if i < s || i >= e {
            assert_eq!(o.0, x.0, "sample {i} outside the interval changed");
        } else if i >= s + fade && i + fade < e {
            assert_eq!(o.1, 0.0);
        }
    }
}

#[test]
fn lossy_source_is_decoded_to_pcm16() {
    let Some(mp3) = fixture("formats/jfk.mp3") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("jfk.redacted.wav");
    write_redacted_wav(
        &FileInput::new(&mp3),
        &out,
        &[iv(1000, 2000, None)],
        AudioMode::Beep,
    )
    .unwrap();
    let mut src = hush::audio::open_source(&mp3).unwrap();
    let mut decoded = Vec::new();
    while src.read(&mut decoded, 4096).unwrap() > 0 {}
    let (spec, output) = read_all(&out);
    assert_eq!(spec.bits_per_sample, 16);
    assert_eq!(spec.sample_rate, src.info().sample_rate);
    assert_eq!(spec.channels, src.info().channels);
    assert_eq!(output.len(), decoded.len());
}
