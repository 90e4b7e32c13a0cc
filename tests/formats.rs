//! Input formats: every fixture in samples/formats/ (derived from samples/jfk.wav by
//! scripts/make-format-fixtures) decodes to the same speech as the WAV, and damaged copies are
//! refused like a bad WAV: exit 3, one message naming the file, nothing written.

mod common;

use std::path::{Path, PathBuf};

use common::{files_in, hush, sample, wer};
use hush::audio::{probe, read_audio_all, ChannelSelect, Container, SourceInfo};

fn fixture(name: &str) -> PathBuf {
    sample(&format!("formats/{name}"))
}

/// jfk.wav at 16 kHz mono: the reference every decoded fixture is compared with.
fn reference() -> Vec<f32> {
    read_audio_all(&sample("jfk.wav"), ChannelSelect::Downmix)
        .unwrap()
        .1
}

/// Best normalized cross-correlation of `x` against `reference[offset..]` over lags of up to
/// ±`max_lag` samples, and that lag. A wrong decoder (noise, wrong rate, byte order, a missing
/// stretch) scores near 0; codec delay shows up as the lag.
fn best_correlation(reference: &[f32], offset: usize, x: &[f32], max_lag: usize) -> (f64, i64) {
    // A 4 s window of speech keeps the lag search cheap.
    let win = 64_000.min(x.len() - 2 * max_lag);
    let a = &x[max_lag..max_lag + win];
    let mut best = (f64::MIN, 0i64);
    for lag in -(max_lag as i64)..=max_lag as i64 {
        let start = (offset + max_lag) as i64 + lag;
        if start < 0 || start as usize + win > reference.len() {
            continue;
        }
        let b = &reference[start as usize..start as usize + win];
        let (mut ab, mut aa, mut bb) = (0f64, 0f64, 0f64);
        for (&p, &q) in a.iter().zip(b) {
            ab += p as f64 * q as f64;
            aa += p as f64 * p as f64;
            bb += q as f64 * q as f64;
        }
        let c = ab / (aa * bb).sqrt().max(1e-12);
        if c > best.0 {
            best = (c, lag);
        }
    }
    best
}

fn rms(x: &[f32]) -> f64 {
    (x.iter().map(|&v| v as f64 * v as f64).sum::<f64>() / x.len() as f64).sqrt()
}

struct Case {
    file: &'static str,
    container: Container,
    codec: &'static str,
    rate: u32,
    bits: Option<u16>,
    /// Minimum correlation with the reference. Measured: FLAC 1.000, MP3 0.998, Vorbis 0.992,
    /// Opus 0.988, AAC 0.998, 8 kHz WAV 1.000, μ-law/A-law WAV see below; a wrong decoder scores near 0.
    min_corr: f64,
}

const FULL_CLIPS: &[Case] = &[
    Case {
        file: "jfk.flac",
        container: Container::Flac,
        codec: "flac",
        rate: 16_000,
        bits: Some(16),
        min_corr: 0.999,
    },
    Case {
        file: "jfk.mp3",
        container: Container::Mp3,
        codec: "mp3",
        rate: 16_000,
        bits: None,
        min_corr: 0.95,
    },
    Case {
        file: "jfk.ogg",
        container: Container::Ogg,
        codec: "vorbis",
        rate: 16_000,
        bits: None,
        min_corr: 0.95,
    },
    Case {
        file: "jfk.opus",
        container: Container::Opus,
        codec: "opus",
        rate: 48_000,
        bits: None,
        min_corr: 0.95,
    },
    Case {
        file: "jfk.m4a",
        container: Container::M4a,
        codec: "aac",
        rate: 16_000,
        bits: None,
        min_corr: 0.95,
    },
    Case {
        file: "jfk-8k.wav",
        container: Container::Wav,
        codec: "pcm_s16le",
        rate: 8_000,
        bits: Some(16),
        min_corr: 0.97,
    },
    // G.711 telephony WAVs (companded: no linear bit depth, redacted copies are 16-bit PCM).
    Case {
        file: "jfk-8k-mulaw.wav",
        container: Container::Wav,
        codec: "pcm_mulaw",
        rate: 8_000,
        bits: None,
        min_corr: 0.95,
    },
    Case {
        file: "jfk-8k-alaw.wav",
        container: Container::Wav,
        codec: "pcm_alaw",
        rate: 8_000,
        bits: None,
        min_corr: 0.95,
    },
];

fn check_info(info: &SourceInfo, c: &Case) {
    assert_eq!(info.container(), Some(c.container), "{}", c.file);
    assert_eq!(info.codec(), Some(c.codec), "{}", c.file);
    assert_eq!(info.sample_rate, c.rate, "{}", c.file);
    assert_eq!(info.channels, 1, "{}", c.file);
    assert_eq!(info.bits_per_sample(), c.bits, "{}", c.file);
    assert!(!info.is_float(), "{}", c.file);
}

#[test]
fn every_full_clip_decodes_to_the_same_speech() {
    let reference = reference();
    for c in FULL_CLIPS {
        let path = fixture(c.file);
        let probed = probe(&path).unwrap_or_else(|e| panic!("{}: {e}", c.file));
        check_info(&probed, c);
        let (info, samples) = read_audio_all(&path, ChannelSelect::Downmix).unwrap();
        check_info(&info, c);
        let secs = info.duration_secs();
        assert!((secs - 11.0).abs() <= 0.05, "{}: {secs:.3} s", c.file);
        let at16k = samples.len() as f64 / 16_000.0;
        assert!(
            (at16k - secs).abs() < 0.01,
            "{}: {at16k} s at 16 kHz",
            c.file
        );
        // Decoders must trim codec delay (priming), or every word time shifts: lag within 1 ms.
        let (corr, lag) = best_correlation(&reference, 0, &samples, 800);
        eprintln!(
            "{}: {secs:.3} s, correlation {corr:.3} at lag {lag}",
            c.file
        );
        assert!(corr >= c.min_corr, "{}: correlation {corr:.3}", c.file);
        assert!(lag.abs() <= 16, "{}: lag {lag}", c.file);
        let ratio = rms(&samples) / rms(&reference);
        assert!(
            (ratio - 1.0).abs() < 0.1,
            "{}: RMS ratio {ratio:.3}",
            c.file
        );
    }
}

#[test]
fn stereo_24bit_44k_wav_selects_and_downmixes() {
    let path = fixture("jfk-44k-stereo24.wav");
    let info = probe(&path).unwrap();
    assert_eq!(
        (
            info.container(),
            info.sample_rate,
            info.channels,
            info.bits_per_sample()
        ),
        (Some(Container::Wav), 44_100, 2, Some(24))
    );
    assert!((info.duration_secs() - 0.5).abs() < 0.001);
    // Samples 1.0–1.5 s of jfk; left is the speech, right the same at half amplitude.
    let reference = reference();
    let excerpt = &reference[16_000..24_000];
    let (_, left) = read_audio_all(&path, ChannelSelect::Channel(0)).unwrap();
    let (_, right) = read_audio_all(&path, ChannelSelect::Channel(1)).unwrap();
    let (_, mix) = read_audio_all(&path, ChannelSelect::Downmix).unwrap();
    assert_eq!(left.len(), 8_000);
    let (corr, lag) = best_correlation(&reference, 16_000, &left, 200);
    assert!(
        corr > 0.99 && lag.abs() <= 2,
        "correlation {corr:.4} at lag {lag}"
    );
    let r = |x: &[f32]| rms(x) / rms(excerpt);
    assert!((r(&left) - 1.0).abs() < 0.05, "left {}", r(&left));
    assert!((r(&right) - 0.5).abs() < 0.03, "right {}", r(&right));
    assert!((r(&mix) - 0.75).abs() < 0.04, "mix {}", r(&mix));
    let e = read_audio_all(&path, ChannelSelect::Channel(2)).unwrap_err();
    assert!(e.to_string().contains("channel 2"), "{e}");
}

#[test]
fn content_decides_not_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("actually-flac.wav");
    std::fs::copy(fixture("jfk.flac"), &p).unwrap();
    assert_eq!(probe(&p).unwrap().container(), Some(Container::Flac));
    let p = dir.path().join("noext");
    std::fs::copy(fixture("jfk.opus"), &p).unwrap();
    assert_eq!(probe(&p).unwrap().container(), Some(Container::Opus));
}

/// Runs `hush redact` on `input` and checks it is refused with exit 3, one error line naming
/// the file and saying one of `needles`, and no output.
///
/// symphonia reports what it skips (bad checksums, resyncs) through the `log` crate, which
/// reaches stderr at hush's default `warn` level; those lines name no transcript content and
/// are tolerated here (main.rs can silence them with a `symphonia=off` filter directive).
fn expect_refused(input: &Path, needles: &[&str]) {
    let out = tempfile::tempdir().unwrap();
    let assert = hush()
        .arg("redact")
        .arg(input)
        .arg("--out-dir")
        .arg(out.path())
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    let (errors, other): (Vec<&str>, Vec<&str>) =
        stderr.lines().partition(|l| l.starts_with("hush: "));
    assert_eq!(errors.len(), 1, "expected one error line, got: {stderr}");
    assert!(
        other.iter().all(|l| l.contains("symphonia")),
        "unexpected stderr: {stderr}"
    );
    assert!(errors[0].contains(&input.display().to_string()), "{stderr}");
    let lower = errors[0].to_lowercase();
    assert!(
        needles.iter().any(|n| lower.contains(n)),
        "{stderr:?} mentions none of {needles:?}"
    );
    assert!(files_in(out.path()).is_empty(), "output written");
}

fn cut_copy(dir: &Path, name: &str, keep: f64) -> PathBuf {
    let bytes = std::fs::read(fixture(name)).unwrap();
    let n = (bytes.len() as f64 * keep) as usize;
    let p = dir.join(format!("cut{}-{name}", (keep * 1000.0) as u32));
    std::fs::write(&p, &bytes[..n]).unwrap();
    p
}

const COMPRESSED: [&str; 5] = ["jfk.flac", "jfk.mp3", "jfk.ogg", "jfk.opus", "jfk.m4a"];

#[test]
fn truncated_compressed_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // FLAC declares its length (STREAMINFO), the MP3 its frame count (Xing/Info header), Ogg
    // ends with an end-of-stream page, an M4A's boxes must fill the file: a cut is caught in
    // each. (An MP3 without a Xing/Info header declares nothing; cut at a frame boundary it is
    // just a shorter recording.) Up to 50 ms missing at the very end is tolerated (codec
    // padding bookkeeping), so cuts here remove more than that.
    for name in COMPRESSED {
        for keep in [0.3, 0.6, 0.95] {
            let p = cut_copy(dir.path(), name, keep);
            match read_audio_all(&p, ChannelSelect::Downmix) {
                Ok((info, _)) => panic!("{name} cut at {keep}: decoded {} frames", info.frames),
                Err(e) => assert!(e.to_string().contains("truncated"), "{name} at {keep}: {e}"),
            }
        }
        expect_refused(&cut_copy(dir.path(), name, 0.6), &["truncated"]);
    }
}

#[test]
fn corrupted_bytes_are_refused_except_in_mp3() {
    let dir = tempfile::tempdir().unwrap();
    for name in COMPRESSED {
        let mut bytes = std::fs::read(fixture(name)).unwrap();
        let mid = bytes.len() / 2;
        for (i, b) in bytes[mid..mid + 64].iter_mut().enumerate() {
            *b ^= 0x5A ^ i as u8;
        }
        let p = dir.path().join(format!("corrupt-{name}"));
        std::fs::write(&p, &bytes).unwrap();
        if name.ends_with(".mp3") {
            // MP3 frames carry no checksum unless the encoder adds one (LAME does not): damaged
            // bytes decode as a short burst of noise. No panic, full length.
            let (info, _) = read_audio_all(&p, ChannelSelect::Downmix).unwrap();
            assert!((info.duration_secs() - 11.0).abs() < 0.05);
        } else {
            // FLAC frame CRCs, Ogg page CRCs (the dropped page shows as missing length) and
            // AAC's own syntax checks.
            expect_refused(&p, &["corrupt"]);
        }
    }
}

#[test]
fn unrecognized_content_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("song.mp3");
    std::fs::write(&p, "this is a text file, not a recording\n").unwrap();
    expect_refused(&p, &["not a valid audio file"]);
    // ADTS AAC (no container) is not accepted.
    let p = dir.path().join("raw.aac");
    std::fs::write(&p, [0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC, 0, 0, 0]).unwrap();
    expect_refused(&p, &["not a valid audio file"]);
}

#[test]
fn flac_end_to_end_transcript_is_accurate() {
    let _g = common::heavy();
    let out = tempfile::tempdir().unwrap();
    hush()
        .arg("redact")
        .arg(fixture("jfk.flac"))
        .arg("--out-dir")
        .arg(out.path())
        .assert()
        .success();
    let txt = std::fs::read_to_string(out.path().join("jfk.redacted.txt")).unwrap();
    let reference = std::fs::read_to_string(sample("jfk.txt")).unwrap();
    let w = wer(&reference, &txt);
    assert!(w <= 0.10, "WER {w:.3} > 10%");
}

#[test]
fn damaged_anywhere_never_panics() {
    // Deterministic damage at many offsets, header included: every outcome must be Ok or an
    // input error, never a panic.
    let dir = tempfile::tempdir().unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for name in COMPRESSED {
        let bytes = std::fs::read(fixture(name)).unwrap();
        for k in 0..24 {
            let mut b = bytes.clone();
            // A third of the cases hit the first 256 bytes (headers), the rest anywhere.
            let at = if k % 3 == 0 { 256 } else { b.len() - 16 };
            let pos = (next() as usize) % at;
            for j in 0..(1 + next() as usize % 16) {
                b[pos + j] = next() as u8;
            }
            let p = dir.path().join(format!("{k}-{name}"));
            std::fs::write(&p, &b).unwrap();
            if let Err(e) = read_audio_all(&p, ChannelSelect::Downmix) {
                assert_eq!(e.exit_code(), 3, "{name} #{k}: {e}");
            }
        }
    }
}

/// hush's own G.711 tables (used for raw `hush stream --format mulaw|alaw`) expand every code
/// exactly as symphonia's WAV decoder does: both paths hear the same call.
#[test]
fn g711_stream_tables_match_the_wav_decoder() {
    use hush::audio::g711::Law;
    for (file, law) in [("jfk-8k-mulaw.wav", Law::Mu), ("jfk-8k-alaw.wav", Law::A)] {
        let bytes = std::fs::read(fixture(file)).unwrap();
        let at = bytes.windows(4).position(|w| w == b"data").unwrap();
        let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        let codes = &bytes[at + 8..at + 8 + len];
        let mut src = hush::audio::open_source(&fixture(file)).unwrap();
        let mut decoded = Vec::new();
        while src.read(&mut decoded, 4096).unwrap() > 0 {}
        assert_eq!(decoded.len(), codes.len(), "{file}");
        let mismatches = codes
            .iter()
            .zip(&decoded)
            .filter(|(&c, &d)| (law.decode_f32(c) - d).abs() > 1e-6)
            .count();
        assert_eq!(mismatches, 0, "{file}");
    }
}
