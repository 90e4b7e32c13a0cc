//! `hush batch INPUT... --out-dir DIR`: argument parsing and display over [`hush::batch`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Args;

use hush::audio::bleep::AudioMode;
use hush::batch::{plan, shard::Shard, Batch, BatchOptions, Summary};
use hush::error::exit;
use hush::models::WhisperModel;
use hush::output::Format;
use hush::redact::audio::AudioOptions;
use hush::redact::Policy;
use hush::runtime::{Pipeline, Stereo};
use hush::Error;

use super::progress::{hms, say, BatchProgress, Mode};

#[derive(Args)]
pub struct BatchArgs {
    /// Recordings, directories (walked recursively) and glob patterns ('calls/**/*.wav').
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output tree: `DIR/<relative path>.redacted.<format>`, and `DIR/hush-manifest.jsonl`.
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,

    /// Recordings processed at once, sharing one loaded model (default: see README "Batch").
    #[arg(long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<usize>,

    /// Whisper threads per job; jobs x threads must not exceed the cores (default: see README).
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

    /// Only this shard of the inputs (K from 0 to N-1, by a hash of the relative path). Default:
    /// from JOB_COMPLETION_INDEX + HUSH_SHARD_COUNT, or SLURM_ARRAY_TASK_ID/_MIN/_COUNT.
    #[arg(long, value_name = "K/N", value_parser = Shard::parse)]
    pub shard: Option<Shard>,

    /// Print this shard's inputs (relative paths, one a line) and exit; loads no model.
    #[arg(long)]
    pub list: bool,

    /// Also write the final summary as JSON to FILE (atomically).
    #[arg(long, value_name = "FILE")]
    pub summary_json: Option<PathBuf>,

    /// Policy TOML file, or a built-in preset: default, pci, hipaa, strict (see README "Policies").
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// Output formats, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json,txt")]
    pub format: Vec<Format>,

    /// Also write `<name>.redacted.wav`: every entity's time range (padded) beeped or silenced.
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

    /// Two-channel recordings: `split` (each channel its own speaker) or `mix`.
    #[arg(long, value_enum, default_value = "split")]
    pub stereo: Stereo,

    /// Speaker names of a split call's channels, comma-separated (default channel_0,channel_1).
    #[arg(long, value_delimiter = ',', value_name = "A,B")]
    pub speakers: Vec<String>,

    /// Whisper model: tiny.en (f16, the default), tiny.en-q8_0 (8-bit) or base.
    #[arg(long, value_enum, default_value = "tiny.en")]
    pub model: WhisperModel,

    /// Key file for the `hash` operator.
    #[arg(long, value_name = "FILE")]
    pub hash_key: Option<PathBuf>,

    /// Retention period of the outputs (ISO 8601, e.g. P30D), overriding the policy's.
    #[arg(long, value_name = "DURATION")]
    pub retention: Option<String>,

    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `--jobs N`: 1 to the number of cores.
fn parse_jobs(s: &str) -> Result<usize, String> {
    let max = hush::transcribe::max_threads();
    match s.trim().parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "{s:?}: must be 1 to {max} (the cores available to hush)"
        )),
    }
}

pub fn run(args: BatchArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let shard = match args.shard {
        Some(s) => Some(s),
        None => Shard::from_env(|k| std::env::var(k).ok())?.map(|(s, engine)| {
            tracing::info!(shard = %s, engine, "shard from the environment");
            s
        }),
    };
    let cores = hush::transcribe::max_threads();
    let (jobs, threads) = hush::batch::split_cores(cores, args.jobs, args.threads);
    if jobs * threads > cores {
        return Err(Error::usage(
            "--jobs/--threads",
            format!(
                "{jobs} jobs x {threads} threads is more than the {cores} cores: whisper.cpp \
                 threads spin-wait, so more busy threads than cores runs many times slower"
            ),
        ));
    }
    // Before any work: the plan refuses missing inputs and two inputs with one output name.
    let plan = plan::expand(&args.inputs, &args.out_dir)?;
    let batch = Batch::new(
        plan,
        BatchOptions {
            out_dir: args.out_dir.clone(),
            formats: args.format.clone(),
            jobs,
            shard,
        },
    )?;
    if args.list {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for item in batch.items() {
            writeln!(out, "{}", item.rel).map_err(|e| Error::output("stdout", e.to_string()))?;
        }
        for s in batch.skipped() {
            say(&format!("skipped: {}: {}", s.path.display(), s.reason));
        }
        return Ok(exit::OK);
    }
    let mode = Mode::detect(args.quiet);
    if mode != Mode::Quiet {
        for s in batch.skipped() {
            say(&format!("skipped: {}: {}", s.path.display(), s.reason));
        }
    }
    // Read and hashed once: editing the policy file during the run changes nothing in it (the
    // next run sees a new policy hash and redoes every input).
    let mut policy = Policy::from_arg(args.policy.as_deref())?;
    if let Some(period) = &args.retention {
        policy = policy.with_retention(period)?;
    }
    let audio = (args.audio || policy.file.redact_audio).then(|| AudioOptions {
        mode: args.audio_mode.unwrap_or(policy.file.audio_mode),
        pad_ms: args.audio_pad_ms.unwrap_or(policy.file.audio_pad_ms),
    });
    let pipeline = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(args.model)
        .policy(policy)
        .hash_key(args.hash_key.clone())
        .audio(audio)
        .verify_audio(args.verify)
        .stereo(args.stereo)
        .speakers(args.speakers.clone())
        .threads(threads)
        .adapt_threads(!args.fixed_threads)
        .gpu(args.gpu)
        .build()?;

    let display = BatchProgress::new(mode, batch.items(), jobs);
    let (tx, rx) = crossbeam_channel::bounded::<()>(0);
    let summary = std::thread::scope(|s| {
        s.spawn(|| {
            while rx
                .recv_timeout(Duration::from_millis(200))
                .is_err_and(|e| e.is_timeout())
            {
                display.tick(batch.slots());
            }
        });
        let summary = batch.run(&pipeline, &display);
        drop(tx);
        summary
    });
    display.finish();
    if let Some(e) = &summary.fatal {
        say(&format!(
            "hush: {e}; the batch stopped (a rerun continues where it stopped)"
        ));
    }
    if mode != Mode::Quiet {
        print_summary(&summary, threads, &args.out_dir);
    }
    if let Some(path) = &args.summary_json {
        write_summary(path, &summary)?;
    }
    Ok(summary.exit_code())
}

fn print_summary(s: &Summary, threads: usize, out_dir: &Path) {
    let mut head = format!(
        "hush batch: {} files: {} ok, {} failed, {} already done, {} skipped (not audio)",
        s.files, s.ok, s.failed, s.unchanged, s.skipped
    );
    if let Some(shard) = &s.shard {
        head += &format!(", shard {shard}");
    }
    if s.not_reached > 0 {
        head += &format!(", {} not reached", s.not_reached);
    }
    say(&head);
    say(&format!(
        "  {} audio ({:.2} h) in {} wall, real-time factor {}, {} jobs x {} threads",
        hms(Duration::from_secs_f64(s.audio_s)),
        s.audio_s / 3600.0,
        hms(Duration::from_secs_f64(s.wall_s)),
        s.rtf.map_or("-".into(), |r| format!("{r:.3}")),
        s.jobs,
        threads
    ));
    if !s.entity_counts.is_empty() {
        let by_type: Vec<String> = s
            .entity_counts
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        say(&format!("  entities: {}", by_type.join(", ")));
    }
    say(&format!(
        "  manifest: {}",
        out_dir.join(hush::batch::manifest::MANIFEST_NAME).display()
    ));
}

fn write_summary(path: &Path, summary: &Summary) -> Result<(), Error> {
    let mut bytes =
        serde_json::to_vec_pretty(summary).map_err(|e| Error::output(path, e.to_string()))?;
    bytes.push(b'\n');
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    hush::output::write_all_atomic(&dir, &[(path.to_path_buf(), bytes)])?;
    Ok(())
}
