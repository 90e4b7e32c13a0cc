//! `hush redact INPUT... --out-dir DIR`.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;

use hush::audio::bleep::AudioMode;
use hush::audio::input::StdinFileInput;
use hush::error::exit;
use hush::models::WhisperModel;
use hush::output::{Format, OutputName};
use hush::redact::audio::AudioOptions;
use hush::redact::Policy;
use hush::retention::audit::{Action, AuditEvent, AuditLog};
use hush::runtime::{FileRunOptions, Pipeline, Redacted, RunProgress, Stereo};
use hush::transcribe::{Endpointing, VadOptions};
use hush::Error;

#[derive(Args)]
pub struct RedactArgs {
    /// Recordings to redact (WAV incl. G.711 μ-law/A-law, FLAC, MP3, Ogg Vorbis/Opus, M4A/AAC);
    /// `-` reads one recording from stdin (written as `stdin.redacted.*`).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Where to write `<stem>.redacted.<format>` files (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,

    /// Policy TOML file, or a built-in preset: default, pci, hipaa, strict (see README "Policies").
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// Output formats, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json,txt")]
    pub format: Vec<Format>,

    /// Also write `<stem>.redacted.wav`: every entity's time range (padded) beeped or silenced.
    #[arg(long)]
    pub audio: bool,

    /// What replaces redacted speech in the audio (default: the policy's, else beep).
    #[arg(long, value_enum, requires = "audio")]
    pub audio_mode: Option<AudioMode>,

    /// Padding before and after each redacted entity in ms (default: the policy's, else 150).
    #[arg(long, value_name = "MS", requires = "audio")]
    pub audio_pad_ms: Option<u64>,

    /// Re-transcribe the redacted audio and write nothing if a redacted value can still be heard.
    #[arg(long, requires = "audio")]
    pub verify: bool,

    /// Two-channel recordings: `split` transcribes each channel concurrently as its own speaker
    /// (call recordings); `mix` downmixes first.
    #[arg(long, value_enum, default_value = "split")]
    pub stereo: Stereo,

    /// Speaker names of a split call's channels, comma-separated (default channel_0,channel_1).
    #[arg(long, value_delimiter = ',', value_name = "A,B")]
    pub speakers: Vec<String>,

    /// How the audio is cut for Whisper: `packed` (the default: windows of up to 30 s of speech,
    /// silences of 1.5 s or more shortened to 1 s by the Silero voice-activity detector, so a
    /// call channel that is half silence needs about half the windows), `pauses` (windows of up
    /// to 30 s cut at pauses, silence decoded too) or `vad` (one window per utterance).
    #[arg(
        long,
        value_enum,
        default_value = "packed",
        value_name = "pauses|vad|packed"
    )]
    pub endpoint: Endpointing,

    /// Same as `--endpoint vad`.
    #[arg(long, conflicts_with = "endpoint")]
    pub vad: bool,

    /// With voice-activity endpointing: the silence (ms) that ends an utterance. Shorter cuts
    /// sooner (lower live latency) but splits sentences at their pauses, which costs Whisper
    /// context.
    #[arg(long, value_name = "MS", value_parser = clap::value_parser!(u64).range(100..=5000))]
    pub vad_silence_ms: Option<u64>,

    /// Whisper model: tiny.en (f16, the default), tiny.en-q8_0 (the same weights with 8-bit
    /// matrices), or base (multilingual, installed with `scripts/setup --with-base`).
    #[arg(long, value_enum, default_value = "tiny.en")]
    pub model: WhisperModel,

    /// Key file for the `hash` operator.
    #[arg(long, value_name = "FILE")]
    pub hash_key: Option<PathBuf>,

    /// Whisper threads, 1 to the cores available (default: cores, at most 4).
    #[arg(long, value_name = "N", value_parser = super::parse_threads)]
    pub threads: Option<usize>,

    /// Always decode on --threads threads, even while other processes keep cores busy (by
    /// default hush runs Whisper on the cores left free; see README "Busy machines").
    #[arg(long)]
    pub fixed_threads: bool,

    /// Where Whisper runs: auto (the first GPU of a CUDA build, else the CPU), off (the CPU), or
    /// a GPU number (CUDA builds only; see README "GPU build").
    #[arg(long, value_name = "auto|off|N", default_value = "auto", value_parser = super::parse_gpu)]
    pub gpu: hush::transcribe::Gpu,

    /// Retention period for these outputs, an ISO-8601 duration (P30D, P1Y, PT12H); overrides
    /// the policy's `retention` and changes the policy sha256 recorded (see README "Retention").
    #[arg(long, value_name = "DURATION")]
    pub retention: Option<String>,

    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Where an input's outputs go: `-` (stdin) is named `stdin`.
fn output_name(out_dir: &Path, input: &Path) -> OutputName {
    if input == Path::new("-") {
        OutputName {
            dir: out_dir.to_path_buf(),
            stem: "stdin".into(),
        }
    } else {
        OutputName::for_input(out_dir, input)
    }
}

/// An out dir that exists as something else can never be written: refused before any work.
pub fn check_out_dir(dir: &Path) -> Result<(), Error> {
    if let Ok(meta) = std::fs::metadata(dir) {
        if !meta.is_dir() {
            return Err(Error::output(
                dir,
                format!(
                    "--out-dir exists and is {}, not a directory",
                    hush::files::kind_of(&meta)
                ),
            ));
        }
    }
    Ok(())
}

/// Two inputs that would write the same output files: refused before any work.
fn check_collisions(inputs: &[PathBuf], out_dir: &Path) -> Result<(), Error> {
    let mut seen: HashMap<OutputName, &Path> = HashMap::new();
    for input in inputs {
        let name = output_name(out_dir, input);
        if let Some(first) = seen.get(&name) {
            return Err(Error::usage(
                "inputs",
                format!(
                    "{} and {} would both write {}.redacted.*; redact them in separate runs or \
                     with separate --out-dir",
                    first.display(),
                    input.display(),
                    name.dir.join(&name.stem).display()
                ),
            ));
        }
        seen.insert(name, input);
    }
    Ok(())
}

/// Runs the command; returns the process exit code.
pub fn run(args: RedactArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    check_collisions(&args.inputs, &args.out_dir)?;
    check_out_dir(&args.out_dir)?;
    let mut policy = Policy::from_arg(args.policy.as_deref())?;
    if let Some(period) = &args.retention {
        policy = policy.with_retention(period)?;
    }
    let audio = (args.audio || policy.file.redact_audio).then(|| AudioOptions {
        mode: args.audio_mode.unwrap_or(policy.file.audio_mode),
        pad_ms: args.audio_pad_ms.unwrap_or(policy.file.audio_pad_ms),
    });
    let mut builder = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(args.model)
        .policy(policy)
        .hash_key(args.hash_key.clone())
        .audio(audio)
        .verify_audio(args.verify)
        .stereo(args.stereo)
        .speakers(args.speakers.clone())
        .endpointing(if args.vad {
            Endpointing::Vad
        } else {
            args.endpoint
        });
    if let Some(ms) = args.vad_silence_ms {
        builder = builder.vad_options(VadOptions {
            min_silence_ms: ms,
            ..VadOptions::default()
        });
    }
    if let Some(n) = args.threads {
        builder = builder.threads(n);
    }
    builder = builder.gpu(args.gpu).adapt_threads(!args.fixed_threads);
    let pipeline = builder.build()?;

    let mut failures: Vec<Error> = Vec::new();
    let mut audit: Option<AuditLog> = None;
    let mode = super::progress::Mode::detect(args.quiet);
    let progress = RunProgress::new();
    for input in &args.inputs {
        let name = output_name(&args.out_dir, input);
        let label = input.file_name().map_or_else(
            || input.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let opts = FileRunOptions {
            progress: Some(&progress),
            ..FileRunOptions::default()
        };
        let result = super::progress::while_running(mode, &label, &progress, || {
            if input == Path::new("-") {
                StdinFileInput::read_all(std::io::stdin().lock()).and_then(|i| {
                    pipeline.redact_input_with(Arc::new(i), &name, &args.format, opts)
                })
            } else {
                pipeline.redact_file_with(input, &name, &args.format, opts)
            }
        })
        .and_then(|done| {
            record(&mut audit, &args.out_dir, &done)?;
            Ok(done)
        });
        match result {
            Ok(done) => {
                // Shown even with --quiet: a transcript no one should trust is not progress.
                let conf = &done.transcript.transcript_confidence;
                if let Some(w) = conf.warning(&input.display().to_string()) {
                    let _ = writeln!(std::io::stderr(), "hush: warning: {w}");
                }
                if !args.quiet {
                    let t = &done.transcript;
                    // A closed stderr must not stop a batch: progress lines are best effort.
                    let _ = writeln!(
                        std::io::stderr(),
                        "{}: {:.1} s audio in {:.1} s, {} -> {}",
                        input.display(),
                        t.source.duration_s,
                        done.stats.wall.as_secs_f64(),
                        super::entity_summary(&t.provenance.entity_counts),
                        super::path_list(&done.published)
                    );
                }
            }
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "hush: {e}");
                failures.push(e);
            }
        }
    }
    Ok(match failures.len() {
        0 => exit::OK,
        n if n == args.inputs.len() => failures[0].exit_code(),
        _ => exit::SOME_FAILED,
    })
}

/// Appends the `redact` line for one published input to `OUT_DIR/hush-audit.jsonl` (opened at
/// the first). A failure to record fails the input (exit 6); its outputs stay published.
fn record(audit: &mut Option<AuditLog>, out_dir: &Path, done: &Redacted) -> Result<(), Error> {
    let mut hashes = Vec::with_capacity(done.published.len());
    for p in &done.published {
        hashes.push(
            hush::files::sha256_file(p)
                .map_err(|e| Error::output(p, format!("cannot hash: {e}")))?,
        );
    }
    let t = &done.transcript;
    let event = AuditEvent::redacted(Action::Redact, &t.retention, &t.provenance, hashes);
    if audit.is_none() {
        *audit = Some(AuditLog::open(out_dir)?);
    }
    audit.as_mut().expect("opened above").append(&event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_stem_in_two_dirs_or_two_formats_is_refused() {
        let out = Path::new("out");
        for pair in [["a/x.wav", "b/x.wav"], ["x.mp3", "x.m4a"]] {
            let inputs: Vec<PathBuf> = pair.iter().map(PathBuf::from).collect();
            let e = check_collisions(&inputs, out).unwrap_err();
            let msg = e.to_string();
            assert!(msg.contains(pair[0]) && msg.contains(pair[1]), "{msg}");
            assert_eq!(e.exit_code(), exit::USAGE);
        }
        let ok: Vec<PathBuf> = ["a/x.wav", "a/y.wav"].iter().map(PathBuf::from).collect();
        assert!(check_collisions(&ok, out).is_ok());
    }
}
