//! The `hush-eval` binary (`hush-eval text|speech|calls|stream|compare`): measure detection and leaks on
//! labelled sets. A developer tool of the workspace, not part of the shipped `hush` binary.
//!
//! A measurement, not a check: the exit code is 0 whatever the numbers are, unless
//! `--fail-on-leak KIND,...` asks speech mode to fail when one of those kinds leaks. Output is
//! markdown tables on stdout (counts, rates, timings and item ids only), `--json FILE` for the
//! same numbers in machine form.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use hush::detect::{Detector, EntityKind};
use hush::error::exit;
use hush::models::{ModelSet, WhisperModel};
use hush::redact::Policy;
use hush::runtime::Pipeline;
use hush::Error;
use hush_eval::data::{self, SpokenSet};
use hush_eval::families::Scheme;
use hush_eval::report::{self, SpeechReport, SPEECH_SCHEMA};
use hush_eval::{speech, text};

/// The Presidio synthetic dataset, relative to the repository root.
const DEFAULT_DATASET: &str = "../shared/data/eval/presidio_synth_dataset_v2.json";

/// Measure detection and leaks on labelled text and speech sets.
#[derive(Parser)]
#[command(name = "hush-eval", version)]
pub struct EvalArgs {
    /// Directory holding the installed models (default: $HUSH_MODELS_DIR, ./models, then the XDG data dir).
    #[arg(long, global = true, value_name = "DIR")]
    pub models_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: EvalCommand,
}

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Score the detector (or another tool's predictions) on labelled texts.
    Text(TextArgs),
    /// Run the whole pipeline over the spoken set and measure what leaks.
    Speech(SpeechArgs),
    /// Put two `hush-eval text --json` reports side by side.
    Compare(CompareArgs),
    /// Write Whisper's raw transcript of every clip of the spoken set to a JSON Lines file, for
    /// measuring how Whisper mishears cue words (`scripts/measure-cue-confusions`). Transcript
    /// text goes to that file only, never to stdout or stderr.
    Transcripts(TranscriptsArgs),
    /// Replay the spoken set through `hush stream` (optionally at real-time pace) and score the
    /// JSON Lines it prints: leaks, time order, latency, memory.
    Stream(StreamArgs),
    /// Run the whole pipeline over two-party calls (stereo and mono files) and measure what
    /// leaks, per call layout.
    Calls(CallsArgs),
}

#[derive(Args)]
pub struct CallsArgs {
    /// The calls set: a directory with manifest.json and the WAV files it names.
    #[arg(long, default_value = "samples/calls", value_name = "DIR")]
    pub set: PathBuf,

    /// Which files: stereo, mono or both.
    #[arg(long, default_value = "both", value_name = "stereo|mono|both")]
    pub layout: String,

    /// Speaker names for the channels of stereo files, in channel order.
    #[arg(
        long,
        default_value = "agent,caller",
        value_name = "NAME,...",
        value_delimiter = ','
    )]
    pub speakers: Vec<String>,

    /// Policy file or preset name (default: the built-in default policy).
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// Whisper model: tiny.en (f16, default), tiny.en-q8_0 or base.
    #[arg(long, default_value = "tiny.en", value_name = "NAME")]
    pub model: String,

    /// Whisper threads, 1 to the cores available.
    #[arg(long, default_value_t = hush::transcribe::max_threads().min(2), value_name = "N", value_parser = hush::transcribe::parse_threads)]
    pub threads: usize,

    /// Also write the numbers as JSON (the speech report's schema, one entry per layout).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Exit 1 when any item leaks.
    #[arg(long)]
    pub fail_on_leak: bool,

    /// How each channel is cut into windows, as `hush redact --endpoint` (default packed).
    #[arg(
        long,
        value_enum,
        default_value = "packed",
        value_name = "pauses|vad|packed"
    )]
    pub endpoint: hush::transcribe::Endpointing,

    /// No per-file progress lines on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args)]
pub struct StreamArgs {
    /// The spoken set directory.
    #[arg(long, default_value = "samples/spoken", value_name = "DIR")]
    pub set: PathBuf,

    /// wb (16 kHz, streamed as s16le) or tel (8 kHz, streamed as G.711 μ-law).
    #[arg(long, default_value = "wb", value_name = "wb|tel")]
    pub variant: String,

    /// whole utterances, values split across two utterances (seams), or a two-channel call
    /// where the agent asks and the caller answers in pieces.
    #[arg(long, value_enum, default_value = "whole")]
    pub layout: hush_eval::stream::Layout,

    /// Only utterances whose id starts with one of these comma-separated prefixes.
    #[arg(long, value_name = "PREFIX,...", value_delimiter = ',')]
    pub ids: Vec<String>,

    /// Only the first N utterances (after --ids).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Play the set this many times in one stream (a long-running stream for memory checks).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub repeat: usize,

    /// Silence after each utterance (ms).
    #[arg(long, default_value_t = 2500, value_name = "MS")]
    pub gap_ms: u64,

    /// Silence inserted inside each value for the seams and call layouts (ms).
    #[arg(long, default_value_t = 800, value_name = "MS")]
    pub pause_ms: u64,

    /// Write at real-time speed and measure latency (otherwise as fast as hush reads).
    #[arg(long)]
    pub pace: bool,

    /// The hush binary (default: `hush` next to this binary).
    #[arg(long, value_name = "PATH")]
    pub hush: Option<PathBuf>,

    /// Further arguments for `hush stream` (after `--`).
    #[arg(last = true, value_name = "ARGS")]
    pub extra: Vec<String>,

    /// Also write the numbers as JSON.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Exit 1 when anything leaks or the lines go back in time.
    #[arg(long)]
    pub fail_on_leak: bool,

    /// Also save the raw stream bytes (to replay by hand: `hush stream --format F --rate R`).
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
}

#[derive(Args)]
pub struct TextArgs {
    /// Presidio synthetic dataset JSON (default: ../shared/data/eval/presidio_synth_dataset_v2.json
    /// from the repository root).
    #[arg(long, value_name = "PATH", conflicts_with = "spoken")]
    pub dataset: Option<PathBuf>,

    /// Score the reference texts of a spoken set instead (its directory or manifest.json).
    #[arg(long, value_name = "PATH")]
    pub spoken: Option<PathBuf>,

    /// Score another tool's predictions over the same texts instead of running hush.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,

    /// Only the first N texts.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Also write the numbers as JSON.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Lower-case the texts and drop sentence punctuation first, as ASR without casing writes
    /// them: measures how much the NER model depends on capitals and commas.
    #[arg(long, conflicts_with = "predictions")]
    pub asr_style: bool,

    /// Policy file or preset name (default, pci, hipaa, strict): its detection settings apply.
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,
}

#[derive(Args)]
pub struct SpeechArgs {
    /// The spoken set: a directory with manifest.json and one folder of FLAC files per variant.
    #[arg(long, default_value = "samples/spoken", value_name = "DIR")]
    pub set: PathBuf,

    /// Which recordings: wb (wideband), tel (8 kHz telephone), both, or another variant of the set.
    #[arg(long, default_value = "both", value_name = "wb|tel|both")]
    pub variant: String,

    /// Only the first N utterances (after --ids).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Only utterances whose id starts with one of these comma-separated prefixes.
    #[arg(long, value_name = "PREFIX,...", value_delimiter = ',')]
    pub ids: Vec<String>,

    /// Policy file or preset name (default: the built-in default policy).
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// How audio is cut for Whisper, as `hush redact --endpoint` (default packed, as there).
    #[arg(
        long,
        value_enum,
        default_value = "packed",
        value_name = "pauses|vad|packed"
    )]
    pub endpoint: hush::transcribe::Endpointing,

    /// With `--endpoint vad`: the silence (ms) that ends an utterance.
    #[arg(long, value_name = "MS")]
    pub vad_silence_ms: Option<u64>,

    /// Whisper model: tiny.en (f16, default), tiny.en-q8_0 or base.
    #[arg(long, default_value = "tiny.en", value_name = "NAME")]
    pub model: String,

    /// Whisper threads, 1 to the cores available.
    #[arg(long, default_value_t = hush::transcribe::max_threads().min(2), value_name = "N", value_parser = hush::transcribe::parse_threads)]
    pub threads: usize,

    /// Encode each window with only as much audio context as it holds (Whisper's default is the
    /// full 30 s; a lever measured in the README, "Fitted audio context").
    #[arg(long)]
    pub fit_audio_ctx: bool,

    /// Also write the numbers as JSON.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,

    /// Exit 1 when an item of one of these comma-separated kinds leaks.
    #[arg(long, value_name = "KIND,...", value_delimiter = ',')]
    pub fail_on_leak: Vec<String>,

    /// No per-clip progress lines on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args)]
pub struct TranscriptsArgs {
    /// The spoken set directory.
    #[arg(long, default_value = "samples/spoken", value_name = "DIR")]
    pub set: PathBuf,

    /// Which recordings: wb, tel or both.
    #[arg(long, default_value = "both", value_name = "wb|tel|both")]
    pub variant: String,

    /// Whisper threads, 1 to the cores available.
    #[arg(long, default_value_t = hush::transcribe::max_threads().min(2), value_name = "N", value_parser = hush::transcribe::parse_threads)]
    pub threads: usize,

    /// The JSON Lines file to write ({"id", "variant", "text"} per clip); keep it under target/.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Args)]
pub struct CompareArgs {
    /// Two reports written by `hush-eval text --json`.
    #[arg(num_args = 2, required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
}

fn main() {
    // The same start as the hush binary: HUSH_LOG is a level for hush's own targets and
    // dependencies never log above warn (their trace events print the text they process).
    hush::models::disable_onnxruntime_telemetry();
    hush::app::init_logging();
    let args: EvalArgs = hush::app::parse_args();
    match run(args) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("hush-eval: {e}");
            std::process::exit(e.exit_code());
        }
    }
}

fn run(args: EvalArgs) -> Result<i32, Error> {
    let models_dir = args
        .models_dir
        .or_else(|| std::env::var_os("HUSH_MODELS_DIR").map(Into::into));
    let models_dir = models_dir.as_deref();
    match args.command {
        EvalCommand::Text(a) => run_text(a, models_dir),
        EvalCommand::Speech(a) => run_speech(a, models_dir),
        EvalCommand::Stream(a) => run_stream(a, models_dir),
        EvalCommand::Transcripts(a) => run_transcripts(a, models_dir),
        EvalCommand::Calls(a) => run_calls(a, models_dir),
        EvalCommand::Compare(a) => {
            let x = report::read_text_report(&a.reports[0])?;
            let y = report::read_text_report(&a.reports[1])?;
            print!("{}", report::compare_tables(&x, &y));
            Ok(exit::OK)
        }
    }
}

fn default_dataset() -> PathBuf {
    let rel = PathBuf::from(DEFAULT_DATASET);
    if rel.exists() {
        return rel;
    }
    // This crate sits two levels below the repository root.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(DEFAULT_DATASET)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn run_text(args: TextArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let (mut docs, scheme, mut dataset) = match &args.spoken {
        Some(p) => {
            let set = SpokenSet::load(p)?;
            (
                set.docs(),
                Scheme::spoken(),
                format!("{} (reference texts)", set.dir.display()),
            )
        }
        None => {
            let p = args.dataset.clone().unwrap_or_else(default_dataset);
            (data::load_presidio(&p)?, Scheme::presidio(), file_name(&p))
        }
    };
    if let Some(n) = args.limit {
        docs.truncate(n);
    }
    if args.asr_style {
        dataset.push_str(", lower case without punctuation");
        for d in &mut docs {
            d.text = text::asr_style(&d.text);
        }
    }
    let report = match &args.predictions {
        Some(p) => {
            let file = data::load_predictions(p)?;
            text::evaluate(&file.tool, &dataset, &scheme, &docs, |i, _| {
                text::file_predict(&file, i)
            })?
        }
        None => {
            let policy = Policy::from_arg(args.policy.as_deref())?;
            let models = ModelSet::locate(models_dir, WhisperModel::TinyEn)?;
            let loaded = Detector::load(&models, &policy.detect_options())?;
            let mut detector = loaded.session();
            // Warm-up: the first run pays for ONNX Runtime's lazy initialisation.
            if let Some(d) = docs.first() {
                text::hush_predict(&mut detector, &d.text)?;
            }
            let tool = format!("hush {}", hush::VERSION);
            text::evaluate(&tool, &dataset, &scheme, &docs, |_, d| {
                text::timed(|| text::hush_predict(&mut detector, &d.text))
            })?
        }
    };
    print!("{}", report::text_table(&report));
    if let Some(p) = &args.json {
        report::write_json(p, &report)?;
    }
    Ok(exit::OK)
}

fn run_stream(args: StreamArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    use hush_eval::stream;
    let set = SpokenSet::load(&args.set)?;
    let picked = hush_eval::speech::select(&set, &args.ids, args.limit)?;
    let utts: Vec<&hush_eval::data::Utterance> = (0..args.repeat.max(1))
        .flat_map(|_| picked.iter().copied())
        .collect();
    let plan = stream::build(
        &set,
        &args.variant,
        &utts,
        args.layout,
        args.gap_ms,
        args.pause_ms,
    )?;
    if let Some(path) = &args.save {
        std::fs::write(path, &plan.bytes).map_err(|e| Error::output(path, e.to_string()))?;
        eprintln!(
            "saved: hush stream --format {} --rate {} --channels {}",
            plan.format, plan.rate, plan.channels
        );
    }
    let hush = match args.hush {
        Some(p) => p,
        None => std::env::current_exe()
            .map_err(|e| Error::Pipeline(format!("cannot find this binary: {e}")))?
            .with_file_name("hush"),
    };
    let mut extra = args.extra.clone();
    if let Some(d) = models_dir {
        extra.extend(["--models-dir".to_string(), d.display().to_string()]);
    }
    let run = stream::run_hush(&hush, &plan, args.pace, &extra)?;
    if run.exit_code != Some(0) {
        return Err(Error::Pipeline(format!(
            "hush stream exited with {:?}",
            run.exit_code
        )));
    }
    let report = stream::score(&utts, &plan, &run, args.layout, &args.variant, args.pace);
    print!("{}", stream::markdown(&report));
    if let Some(path) = &args.json {
        let bytes = serde_json::to_vec_pretty(&report)
            .map_err(|e| Error::Pipeline(format!("cannot encode the report: {e}")))?;
        hush::output::write_all_atomic(
            path.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new(".")),
            &[(path.clone(), bytes)],
        )?;
    }
    let failed = !report.leaked.is_empty() || !report.monotonic;
    Ok(if args.fail_on_leak && failed {
        1
    } else {
        exit::OK
    })
}

fn run_transcripts(args: TranscriptsArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let set = SpokenSet::load(&args.set)?;
    let variants: Vec<String> = match args.variant.as_str() {
        "both" => vec!["wb".into(), "tel".into()],
        v => vec![v.to_string()],
    };
    let pipeline = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .threads(args.threads)
        .build()?;
    use std::io::Write;
    let file = std::fs::File::create(&args.out)
        .map_err(|e| Error::output(&args.out, format!("cannot create: {e}")))?;
    let mut file = std::io::LineWriter::new(file);
    for v in &variants {
        for utt in &set.manifest.utterances {
            let path = set.audio(v, utt)?;
            let (_, samples) =
                hush::audio::read_audio_all(&path, hush::audio::ChannelSelect::Downmix)?;
            let mut worker = pipeline
                .transcriber()
                .worker(None, hush::compute::CpuTurns::overlap())?;
            let mut endpointer = pipeline.endpointer();
            let (segs, _) =
                hush::transcribe::transcribe_with(&mut worker, endpointer.as_mut(), &samples)?;
            let text: Vec<&str> = segs
                .iter()
                .flat_map(|s| s.words.iter().map(|w| w.text.as_str()))
                .collect();
            let line = serde_json::json!({"id": utt.id, "variant": v, "text": text.join(" ")});
            writeln!(file, "{line}")
                .map_err(|e| Error::output(&args.out, format!("cannot write: {e}")))?;
        }
    }
    Ok(exit::OK)
}

fn run_speech(args: SpeechArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let fail_kinds = args
        .fail_on_leak
        .iter()
        .filter(|k| !k.trim().is_empty())
        .map(|k| {
            EntityKind::parse(k.trim())
                .ok_or_else(|| Error::usage("--fail-on-leak", format!("unknown kind {k:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let whisper = WhisperModel::parse(&args.model)?;
    let set = SpokenSet::load(&args.set)?;
    let variants: Vec<String> = match args.variant.as_str() {
        "both" => vec!["wb".into(), "tel".into()],
        v => vec![v.to_string()],
    };
    for v in &variants {
        if !set.manifest.variants.contains_key(v) {
            return Err(Error::usage(
                "--variant",
                format!("the set has no variant {v:?}"),
            ));
        }
    }
    let utts = speech::select(&set, &args.ids, args.limit)?;
    if utts.is_empty() {
        return Err(Error::usage("--ids", "no utterance of the set matches"));
    }
    let policy = Policy::from_arg(args.policy.as_deref())?;
    let policy_name = policy.file.name.clone();
    let pipeline = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(whisper)
        .policy(policy)
        .threads(args.threads)
        .fit_audio_ctx(args.fit_audio_ctx)
        .endpointing(args.endpoint)
        .vad_options(hush::transcribe::VadOptions {
            min_silence_ms: args
                .vad_silence_ms
                .unwrap_or(hush::transcribe::VadOptions::default().min_silence_ms),
            ..Default::default()
        })
        .build()?;
    let mut reports = Vec::new();
    for v in &variants {
        let r = speech::evaluate_variant(&pipeline, &set, v, &utts, |c| {
            if !args.quiet {
                eprintln!(
                    "{v} {}: {:.1} s audio in {:.1} s, {}/{} items leaked",
                    c.id,
                    c.audio_s,
                    c.wall.as_secs_f64(),
                    c.leaked,
                    c.items
                );
            }
        })?;
        reports.push(r);
    }
    let report = speech_report(
        &set.dir,
        &args.model,
        policy_name,
        reports,
        args.json.as_deref(),
    )?;
    let mut failed = false;
    for k in &fail_kinds {
        let n: usize = report
            .variants
            .iter()
            .map(|v| v.leaked.iter().filter(|l| l.kind == k.as_str()).count())
            .sum();
        if n > 0 {
            eprintln!("hush-eval: {n} {k} item(s) leaked");
            failed = true;
        }
    }
    Ok(if failed { exit::SOME_FAILED } else { exit::OK })
}

fn run_calls(args: CallsArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    use hush_eval::calls::{self, CallSet};
    let whisper = WhisperModel::parse(&args.model)?;
    let set = CallSet::load(&args.set)?;
    let by_layout = set.by_layout();
    let layouts: Vec<&str> = match args.layout.as_str() {
        "both" => by_layout.keys().copied().collect(),
        l @ ("stereo" | "mono") => vec![l],
        l => {
            return Err(Error::usage(
                "--layout",
                format!("{l:?} is not stereo, mono or both"),
            ))
        }
    };
    if layouts.iter().any(|l| !by_layout.contains_key(l)) || layouts.is_empty() {
        return Err(Error::usage(
            "--layout",
            format!("the set has no {} files", args.layout),
        ));
    }
    let policy = Policy::from_arg(args.policy.as_deref())?;
    let policy_name = policy.file.name.clone();
    let pipeline = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(whisper)
        .policy(policy)
        .threads(args.threads)
        .stereo(hush::runtime::Stereo::Split)
        .speakers(args.speakers.clone())
        .endpointing(args.endpoint)
        .build()?;
    let mut reports = Vec::new();
    for l in layouts {
        let r = calls::evaluate_layout(&pipeline, &set, l, &by_layout[l], |f, a, w, n, k| {
            if !args.quiet {
                eprintln!(
                    "{l} {f}: {a:.1} s audio in {:.1} s, {k}/{n} items leaked",
                    w.as_secs_f64()
                );
            }
        })?;
        reports.push(r);
    }
    let report = speech_report(
        &set.dir,
        &args.model,
        policy_name,
        reports,
        args.json.as_deref(),
    )?;
    let leaked = report.variants.iter().any(|v| !v.leaked.is_empty());
    Ok(if args.fail_on_leak && leaked {
        exit::SOME_FAILED
    } else {
        exit::OK
    })
}

/// The report of a speech or calls run: printed as tables, and written as JSON when asked.
fn speech_report(
    set: &Path,
    model: &str,
    policy: String,
    variants: Vec<report::VariantReport>,
    json: Option<&Path>,
) -> Result<SpeechReport, Error> {
    let report = SpeechReport {
        schema: SPEECH_SCHEMA.to_string(),
        version: 1,
        tool: format!("hush {}", hush::VERSION),
        set: set.display().to_string(),
        model: model.to_string(),
        policy,
        variants,
    };
    print!("{}", report::speech_tables(&report));
    if let Some(p) = json {
        report::write_json(p, &report)?;
    }
    Ok(report)
}
