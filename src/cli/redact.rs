//! `hush redact INPUT... --out-dir DIR`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use hush::audio::bleep::AudioMode;
use hush::error::exit;
use hush::models::WhisperModel;
use hush::output::{self, Format};
use hush::pipeline::{Pipeline, Stereo};
use hush::redact::audio::AudioOptions;
use hush::redact::Policy;
use hush::Error;

#[derive(Args)]
pub struct RedactArgs {
    /// WAV recordings to redact.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Where to write `<stem>.redacted.<format>` files (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,

    /// Policy TOML file, or a built-in preset: default, pci, hipaa (see README "Policies").
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// Comma-separated output formats: json, txt, srt, vtt.
    #[arg(long, default_value = "json,txt", value_name = "LIST")]
    pub format: String,

    /// Also write `<stem>.redacted.wav`: every entity's time range (padded) beeped or silenced.
    #[arg(long)]
    pub audio: bool,

    /// What replaces redacted speech in the audio (default: the policy's, else beep).
    #[arg(long, value_name = "beep|silence", requires = "audio")]
    pub audio_mode: Option<String>,

    /// Padding before and after each redacted entity in ms (default: the policy's, else 150).
    #[arg(long, value_name = "MS", requires = "audio")]
    pub audio_pad_ms: Option<u64>,

    /// Re-transcribe the redacted audio and write nothing if a redacted value can still be heard.
    #[arg(long, requires = "audio")]
    pub verify: bool,

    /// Two-channel recordings: `split` transcribes and redacts each channel on its own (call
    /// recordings: speakers channel_0 / channel_1); `mix` downmixes first.
    #[arg(long, default_value = "split", value_name = "split|mix")]
    pub stereo: String,

    /// Whisper model: tiny.en (default) or base (multilingual, if installed with setup --with-base).
    #[arg(long, default_value = "tiny.en", value_name = "NAME")]
    pub model: String,

    /// Key file for the `hash` operator.
    #[arg(long, value_name = "FILE")]
    pub hash_key: Option<PathBuf>,

    /// Whisper threads, 1 to the cores available (default: cores, at most 4).
    #[arg(long, value_name = "N", value_parser = super::parse_threads)]
    pub threads: Option<usize>,

    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs the command; returns the process exit code.
pub fn run(args: RedactArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let formats = Format::parse_list(&args.format)?;
    // Before any work: an out dir that exists as something else can never be written.
    if let Ok(meta) = std::fs::metadata(&args.out_dir) {
        if !meta.is_dir() {
            return Err(Error::output(
                &args.out_dir,
                format!(
                    "--out-dir exists and is {}, not a directory",
                    hush::files::kind_of(&meta)
                ),
            ));
        }
    }
    let whisper = WhisperModel::parse(&args.model)?;
    let policy = Policy::from_arg(args.policy.as_deref())?;
    let stereo = match args.stereo.as_str() {
        "split" => Stereo::Split,
        "mix" => Stereo::Mix,
        other => {
            return Err(Error::usage(
                "--stereo",
                format!("unknown mode {other:?} (expected split or mix)"),
            ))
        }
    };
    let audio = if args.audio || policy.file.redact_audio {
        let mode = match args.audio_mode.as_deref() {
            None => policy.file.audio_mode,
            Some("beep") => AudioMode::Beep,
            Some("silence") => AudioMode::Silence,
            Some(other) => {
                return Err(Error::usage(
                    "--audio-mode",
                    format!("unknown mode {other:?} (expected beep or silence)"),
                ))
            }
        };
        Some(AudioOptions {
            mode,
            pad_ms: args.audio_pad_ms.unwrap_or(policy.file.audio_pad_ms),
        })
    } else {
        None
    };
    let mut builder = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(whisper)
        .policy(policy)
        .hash_key(args.hash_key.clone())
        .audio(audio)
        .verify_audio(args.verify)
        .stereo(stereo);
    if let Some(n) = args.threads {
        builder = builder.threads(n);
    }
    let mut pipeline = builder.build()?;

    let mut failures: Vec<Error> = Vec::new();
    for input in &args.inputs {
        let result = pipeline.run_file_with_stats(input).and_then(|(t, stats)| {
            output::write_outputs(&t, input, &args.out_dir, &formats).map(|p| (t, stats, p))
        });
        match result {
            Ok((t, stats, paths)) => {
                if !args.quiet {
                    let counts: Vec<String> = t
                        .provenance
                        .entity_counts
                        .iter()
                        .map(|(k, n)| format!("{k} {n}"))
                        .collect();
                    // Entities, not entity types (kept types are counted too, as in the JSON).
                    let total: usize = t.provenance.entity_counts.values().sum();
                    // A closed stderr must not stop a batch: progress lines are best effort.
                    let _ = writeln!(
                        std::io::stderr(),
                        "{}: {:.1} s audio in {:.1} s, {} {} ({}) -> {}",
                        input.display(),
                        t.source.duration_s,
                        stats.wall.as_secs_f64(),
                        total,
                        if total == 1 { "entity" } else { "entities" },
                        if counts.is_empty() {
                            "none".to_string()
                        } else {
                            counts.join(", ")
                        },
                        paths
                            .iter()
                            .map(|p| p.display().to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
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
