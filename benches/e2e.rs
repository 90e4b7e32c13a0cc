//! End-to-end cost of redaction over transcription alone (`cargo bench --bench e2e`).
//!
//! Builds a ≥ 60 s recording from the committed 16 kHz clips, loads the pipeline once, then
//! times, over several rounds:
//!
//! - A: transcription alone — decode the WAV and `transcribe_all` on this thread;
//! - B: the whole `hush redact` path — `Pipeline::redact_file` (reader, transcriber, detector
//!   and sink stages) publishing JSON + TXT to a temp dir.
//!
//! and prints medians, real-time factors, the overhead (B−A)/A (target ≤ 10%), the detector
//! thread's busy time and peak RSS. Only counts and timings are printed, never transcript text.
//!
//! Environment: `HUSH_BENCH_THREADS` (whisper threads, default 2), `HUSH_BENCH_ROUNDS` (default
//! 3), `HUSH_MODELS_DIR` (default `<repo>/models`). Keep threads ≤ cores and nothing else heavy
//! running: whisper.cpp threads spin-wait, so any contention shows up as huge slowdowns.

use std::error::Error;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use hush::audio::{read_audio_all, ChannelSelect};
use hush::output::{Format, OutputName};
use hush::redact::audio::AudioOptions;
use hush::runtime::{Pipeline, RunStats};
use hush::transcribe::{transcribe_all, TranscribeStats};

const TARGET_SECS: f64 = 60.0;
const GAP_SECS: f64 = 0.3;
const RATE: u32 = 16_000;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("{name}={v:?}: expected a positive integer")),
        Err(_) => default,
    }
}

/// `samples/jfk.wav` then `samples/pii/*.wav` (sorted), 0.3 s of silence between clips,
/// repeated until at least 60 s. Returns the clip count used.
fn build_recording(out: &Path) -> Result<usize, Box<dyn Error>> {
    let mut clips = vec![repo().join("samples/jfk.wav")];
    let mut pii: Vec<PathBuf> = std::fs::read_dir(repo().join("samples/pii"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    pii.retain(|p| p.extension().is_some_and(|e| e == "wav"));
    pii.sort();
    clips.extend(pii);

    let mut audio: Vec<Vec<i16>> = Vec::new();
    for path in &clips {
        let mut r = hound::WavReader::open(path)?;
        let s = r.spec();
        // Raw concatenation only makes sense for the committed 16 kHz mono 16-bit format.
        if s.sample_rate != RATE || s.channels != 1 || s.bits_per_sample != 16 {
            return Err(format!("{}: expected 16 kHz mono 16-bit PCM", path.display()).into());
        }
        audio.push(r.samples::<i16>().collect::<Result<_, _>>()?);
    }

    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(out, spec)?;
    let gap = (GAP_SECS * RATE as f64) as usize;
    let target = (TARGET_SECS * RATE as f64) as usize;
    let (mut written, mut used) = (0usize, 0usize);
    for clip in audio.iter().cycle() {
        if written >= target {
            break;
        }
        if written > 0 {
            for _ in 0..gap {
                w.write_sample(0i16)?;
            }
            written += gap;
        }
        for &s in clip {
            w.write_sample(s)?;
        }
        written += clip.len();
        used += 1;
    }
    w.finalize()?;
    Ok(used)
}

fn median(v: &[Duration]) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    let n = v.len();
    if !n.is_multiple_of(2) {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2
    }
}

/// Peak resident set size of this process in MiB (Linux `VmHWM`), if available.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The 1-minute load average (Linux), if available.
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// A: decode + transcription alone, on this thread. Returns wall time and the stats and
/// segment count of the transcription.
fn run_a(
    pipeline: &Pipeline,
    wav: &Path,
) -> Result<(Duration, TranscribeStats, usize), Box<dyn Error>> {
    let t = Instant::now();
    let (_, samples) = read_audio_all(wav, ChannelSelect::Downmix)?;
    let (segments, stats) = transcribe_all(pipeline.transcriber(), &samples)?;
    Ok((t.elapsed(), stats, segments.len()))
}

/// B: what `hush redact` does for one file. Returns wall time, its stats and the entity count.
fn run_b(
    pipeline: &Pipeline,
    wav: &Path,
    out_dir: &Path,
) -> Result<(Duration, RunStats, usize), Box<dyn Error>> {
    let t = Instant::now();
    let name = OutputName::for_input(out_dir, wav);
    let done = pipeline.redact_file(wav, &name, &[Format::Json, Format::Txt])?;
    let wall = t.elapsed();
    Ok((
        wall,
        done.stats,
        done.transcript.provenance.entity_counts.values().sum(),
    ))
}

fn main() -> Result<(), Box<dyn Error>> {
    // `cargo bench` passes --bench; `cargo test --benches` does not. A minute-plus Whisper run
    // has no place in a test pass, so only the real benchmark does the work.
    if !std::env::args().any(|a| a == "--bench") {
        println!("e2e: skipped (run with `cargo bench --bench e2e`)");
        return Ok(());
    }
    let threads = env_usize("HUSH_BENCH_THREADS", 2);
    let rounds = env_usize("HUSH_BENCH_ROUNDS", 3);
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let models_dir =
        std::env::var_os("HUSH_MODELS_DIR").map_or_else(|| repo().join("models"), PathBuf::from);

    // Contention ruins the numbers (spin-waiting threads); say so rather than print garbage
    // silently. The 1-minute load average lags, so this only catches the obvious cases.
    if let Some(load) = load_average() {
        if load > 0.5 * cores as f64 {
            eprintln!("warning: load average {load:.2} on {cores} cores; other processes will distort timings");
        }
    }
    let tmp = tempfile::tempdir()?;
    let wav = tmp.path().join("e2e.wav");
    let out_dir = tmp.path().join("out");
    let clips = build_recording(&wav)?;

    let t = Instant::now();
    let pipeline = Pipeline::builder()
        .models_dir(Some(models_dir.clone()))
        .threads(threads)
        .build()?;
    let load = t.elapsed();
    // C: the same with redacted audio (plan + WAV written), for the audio overhead.
    let audio_pipeline = Pipeline::builder()
        .models_dir(Some(models_dir))
        .threads(threads)
        .audio(Some(AudioOptions::default()))
        .build()?;
    // Warm-up, untimed: first runs pay for page faults on the model weights and allocator growth.
    pipeline.run_file_with_stats(&repo().join("samples/jfk.wav"))?;
    audio_pipeline.run_file_with_stats(&repo().join("samples/jfk.wav"))?;
    let mut c_wall = Vec::new();

    let (mut a_wall, mut a_whisper, mut b_wall, mut b_whisper, mut b_detect) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut audio_secs, mut entities) = (0.0, 0);
    let (mut a_windows, mut a_segments, mut b_windows, mut b_segments) = (0, 0, 0, 0);
    for round in 0..rounds {
        // A B, then B A: alternating the order cancels slow drift (thermal, page cache).
        let order = if round.is_multiple_of(2) {
            ['A', 'B', 'C']
        } else {
            ['C', 'B', 'A']
        };
        for which in order {
            let wall = if which == 'C' {
                let (wall, _, _) = run_b(&audio_pipeline, &wav, &out_dir)?;
                c_wall.push(wall);
                wall
            } else if which == 'A' {
                let (wall, stats, segs) = run_a(&pipeline, &wav)?;
                a_wall.push(wall);
                a_whisper.push(stats.whisper_time);
                (audio_secs, a_windows, a_segments) = (stats.audio_secs, stats.windows, segs);
                wall
            } else {
                let (wall, stats, n) = run_b(&pipeline, &wav, &out_dir)?;
                b_wall.push(wall);
                b_whisper.push(stats.transcribe.whisper_time);
                b_detect.push(stats.detect);
                (b_windows, b_segments, entities) = (stats.transcribe.windows, stats.segments, n);
                wall
            };
            eprintln!(
                "round {}/{rounds} {which}: {:.2} s",
                round + 1,
                wall.as_secs_f64()
            );
        }
    }

    let (a, b) = (median(&a_wall).as_secs_f64(), median(&b_wall).as_secs_f64());
    let best = |v: &[Duration]| v.iter().min().copied().unwrap_or_default().as_secs_f64();
    let (a_best, b_best) = (best(&a_wall), best(&b_wall));
    let (aw, bw, det) = (
        median(&a_whisper).as_secs_f64(),
        median(&b_whisper).as_secs_f64(),
        median(&b_detect).as_secs_f64(),
    );
    let overhead = (b - a) / a * 100.0;
    let rss = peak_rss_mib().map_or_else(|| "n/a".to_string(), |m| format!("{m:.0} MiB"));

    println!();
    println!("hush e2e: transcription alone (A) vs hush redact (B)");
    println!(
        "cores {cores}, whisper threads {threads}, rounds {rounds}, model load {:.2} s",
        load.as_secs_f64()
    );
    println!("audio {audio_secs:.1} s ({clips} clips, {GAP_SECS} s gaps)");
    println!();
    println!("{:<34}{:>10}{:>9}{:>10}", "", "median", "RTF", "best");
    let row = |name: &str, med: f64, best: f64| {
        println!(
            "{name:<34}{med:>8.2} s{:>9.3}{best:>8.2} s",
            med / audio_secs
        );
    };
    row("A  decode + transcribe_all", a, a_best);
    row("B  redact_file (JSON + TXT)", b, b_best);
    println!("{:<34}{:>8.2} s", "   whisper time in A", aw);
    println!("{:<34}{:>8.2} s", "   whisper time in B", bw);
    println!(
        "{:<34}{:>8.2} s  ({:.1}% of A)",
        "   detector busy in B",
        det,
        det / a * 100.0
    );
    println!("{:<34}{:>10.3}", "B/A", b / a);
    println!(
        "{:<34}{:>+9.1}%  (target <= 10%: {})",
        "redaction overhead (B-A)/A",
        overhead,
        if overhead <= 10.0 { "ok" } else { "OVER" }
    );
    let c = median(&c_wall).as_secs_f64();
    row("C  B + redacted WAV (--audio)", c, best(&c_wall));
    println!(
        "{:<34}{:>+9.1}%  (target <= 5%: {})",
        "audio overhead (C-B)/B",
        (c - b) / b * 100.0,
        if (c - b) / b <= 0.05 { "met" } else { "OVER" }
    );
    println!("{:<34}{:>10}", "peak RSS (VmHWM)", rss);
    // Different windows in A and B mean Whisper decoded different audio spans, so its time is
    // not strictly comparable between them.
    let counts = |w: usize, s: usize| format!("{w} / {s}");
    println!(
        "{:<34}{:>10}",
        "windows / segments A",
        counts(a_windows, a_segments)
    );
    println!(
        "{:<34}{:>10}",
        "windows / segments B",
        counts(b_windows, b_segments)
    );
    println!("{:<34}{:>10}", "entities redacted (B)", entities);
    Ok(())
}
