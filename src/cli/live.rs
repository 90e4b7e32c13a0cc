//! `hush stream` (raw audio on stdin), `hush listen` (a capture device) and `hush devices`.
//!
//! Both live commands print each redacted segment as the detector releases it: JSON Lines when
//! stdout is not a terminal (or with `--jsonl`), a readable caption line when it is. With
//! `--out-dir` they also write the document outputs (and the redacted recording with `--audio`)
//! when the stream ends. The first Ctrl-C (SIGINT or SIGTERM) ends the stream like an end of
//! input: what was heard is transcribed, released and written; a second one stops at once.

use std::io::IsTerminal;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use hush::audio::bleep::AudioMode;
use hush::audio::capture::{list_devices, CaptureInput};
use hush::audio::stream::{RawFormat, RawSpec, StoppableReader, StreamInput};
use hush::audio::AudioInput;
use hush::error::exit;
use hush::models::WhisperModel;
use hush::output::captions::CaptionSink;
use hush::output::jsonl::JsonlSink;
use hush::output::wav::WavSink;
use hush::output::{DocumentSink, Format, OutputName, Sink};
use hush::redact::audio::AudioOptions;
use hush::redact::Policy;
use hush::runtime::{Pipeline, Stereo};
use hush::transcribe::Endpointing;
use hush::Error;

/// Options shared by `hush stream` and `hush listen`.
#[derive(Args)]
pub struct LiveArgs {
    /// Also write the document outputs here when the stream ends (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// File name stem of the documents in --out-dir (default: `stream` / `listen`).
    #[arg(long, value_name = "STEM", requires = "out_dir")]
    pub name: Option<String>,

    /// Document formats written to --out-dir, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json,txt")]
    pub outputs: Vec<Format>,

    /// JSON Lines on stdout even when it is a terminal.
    #[arg(long, conflicts_with = "captions")]
    pub jsonl: bool,

    /// Readable caption lines on stdout even when it is not a terminal.
    #[arg(long)]
    pub captions: bool,

    /// Policy TOML file, or a built-in preset: default, pci, hipaa, strict.
    #[arg(long, value_name = "FILE|PRESET")]
    pub policy: Option<PathBuf>,

    /// Also write the redacted recording to --out-dir (the stream is kept in memory meanwhile).
    #[arg(long, requires = "out_dir")]
    pub audio: bool,

    /// What replaces redacted speech in the audio (default: the policy's, else beep).
    #[arg(long, value_enum, requires = "audio")]
    pub audio_mode: Option<AudioMode>,

    /// Padding before and after each redacted entity in ms (default: the policy's, else 150).
    #[arg(long, value_name = "MS", requires = "audio")]
    pub audio_pad_ms: Option<u64>,

    /// Two channels: `split` transcribes each as its own speaker (a call; the default for
    /// `stream --channels 2`), `mix` downmixes first (the default for `listen`: a stereo
    /// microphone is one room, not two speakers).
    #[arg(long, value_enum)]
    pub stereo: Option<Stereo>,

    /// Speaker names of a two-channel stream's channels, comma-separated
    /// (default channel_0,channel_1).
    #[arg(long, value_delimiter = ',', value_name = "A,B")]
    pub speakers: Vec<String>,

    /// Release words held back as a possible start of an entity once their speaker has been
    /// silent this long (stream time, ms).
    #[arg(long, value_name = "MS", default_value_t = DEFAULT_HOLD_MS)]
    pub hold_ms: u64,

    /// Whisper model: tiny.en (f16, the default), tiny.en-q8_0 (8-bit) or base.
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

    /// No summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// See `--hold-ms`: longer than a pause inside a spoken number, shorter than a turn.
pub const DEFAULT_HOLD_MS: u64 = 700;

#[derive(Args)]
pub struct StreamArgs {
    /// Sample encoding of the raw audio on stdin.
    #[arg(long, value_enum)]
    pub format: RawFormat,

    /// Sample rate in Hz (8000 for telephony).
    #[arg(long, value_name = "HZ")]
    pub rate: u32,

    /// 1, or 2 for a call (each channel one speaker, see --speakers).
    #[arg(long, default_value_t = 1)]
    pub channels: u16,

    #[command(flatten)]
    pub live: LiveArgs,
}

#[derive(Args)]
pub struct ListenArgs {
    /// Input device name as `hush devices` lists it (default: the system's default input).
    #[arg(long, value_name = "NAME")]
    pub device: Option<String>,

    /// Stop after this many seconds (default: until Ctrl-C).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    pub duration: Option<Duration>,

    #[command(flatten)]
    pub live: LiveArgs,
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() && v <= 7.0 * 86_400.0 => Ok(Duration::from_secs_f64(v)),
        _ => Err(format!(
            "`{s}` is not a number of seconds between 0 and 604800"
        )),
    }
}

pub fn stream(args: StreamArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let spec = RawSpec {
        format: args.format,
        sample_rate: args.rate,
        channels: args.channels,
    };
    spec.check("--rate/--channels")?;
    let stop = Arc::new(AtomicBool::new(false));
    hush::output::publish::stop_on_first_signal(Arc::clone(&stop));
    let reader = StoppableReader::new(std::io::stdin(), stop);
    let mut input = StreamInput::new("stdin", Box::new(reader), spec);
    if args.live.audio {
        input = input.keep_audio();
    }
    run_live(
        Arc::new(input),
        &args.live,
        "stream",
        Stereo::Split,
        models_dir,
    )
}

pub fn listen(args: ListenArgs, models_dir: Option<&Path>) -> Result<i32, Error> {
    let stop = Arc::new(AtomicBool::new(false));
    hush::output::publish::stop_on_first_signal(Arc::clone(&stop));
    let stereo = args.live.stereo.unwrap_or(Stereo::Mix);
    let quiet = args.live.quiet;
    let mut input = CaptureInput::new(args.device.clone(), args.duration, stop)
        .prefer_mono(stereo == Stereo::Mix)
        .on_start(move |info| {
            if !quiet {
                let _ = writeln!(
                    std::io::stderr(),
                    "hush: listening on {} ({} Hz, {} ch); Ctrl-C to stop",
                    info.name(),
                    info.sample_rate,
                    info.channels
                );
            }
        });
    if args.live.audio {
        input = input.keep_audio();
    }
    run_live(Arc::new(input), &args.live, "listen", stereo, models_dir)
}

fn run_live(
    input: Arc<dyn AudioInput>,
    args: &LiveArgs,
    default_stem: &str,
    stereo: Stereo,
    models_dir: Option<&Path>,
) -> Result<i32, Error> {
    if let Some(dir) = &args.out_dir {
        super::redact::check_out_dir(dir)?;
    }
    let policy = Policy::from_arg(args.policy.as_deref())?;
    let audio = args.audio.then(|| AudioOptions {
        mode: args.audio_mode.unwrap_or(policy.file.audio_mode),
        pad_ms: args.audio_pad_ms.unwrap_or(policy.file.audio_pad_ms),
    });
    let mut builder = Pipeline::builder()
        .models_dir(models_dir.map(Path::to_path_buf))
        .whisper_model(args.model)
        .policy(policy)
        .hash_key(args.hash_key.clone())
        .audio(audio)
        .stereo(args.stereo.unwrap_or(stereo))
        .speakers(args.speakers.clone())
        .idle_release_ms(Some(args.hold_ms))
        // Live audio is cut where the speaker stops (a window must end with the utterance, not
        // 30 s later), and silence is never decoded.
        .endpointing(Endpointing::Vad);
    if let Some(n) = args.threads {
        builder = builder.threads(n);
    }
    builder = builder.gpu(args.gpu).adapt_threads(!args.fixed_threads);
    let pipeline = builder.build()?;

    let jsonl = args.jsonl || (!args.captions && !std::io::stdout().is_terminal());
    let mut live: Box<dyn Sink> = if jsonl {
        Box::new(JsonlSink::new(std::io::stdout()))
    } else {
        Box::new(CaptionSink::new(std::io::stdout()))
    };
    let name = args.out_dir.as_ref().map(|dir| OutputName {
        dir: dir.clone(),
        stem: args.name.clone().unwrap_or_else(|| default_stem.into()),
    });
    let mut doc = name
        .as_ref()
        .map(|n| DocumentSink::new(n.clone(), &args.outputs));
    let mut wav = match (&name, pipeline.audio()) {
        (Some(n), Some(a)) => Some(WavSink::new(n.path("wav"), Arc::clone(&input), a.mode)),
        _ => None,
    };
    let mut sinks: Vec<&mut dyn Sink> = vec![live.as_mut()];
    if let Some(d) = doc.as_mut() {
        sinks.push(d);
    }
    if let Some(w) = wav.as_mut() {
        sinks.push(w);
    }
    let out = pipeline.run(input.as_ref(), &mut sinks, args.out_dir.as_deref())?;
    // Shown even with --quiet: a transcript no one should trust is not progress.
    if let Some(w) = out.footer.confidence.warning(&input.name()) {
        let _ = writeln!(std::io::stderr(), "hush: warning: {w}");
    }
    if !args.quiet {
        let overruns = out
            .footer
            .source
            .overrun_frames
            .map(|n| format!(", {n} frames lost to overruns"))
            .unwrap_or_default();
        let published = if out.published.is_empty() {
            String::new()
        } else {
            format!(" -> {}", super::path_list(&out.published))
        };
        let _ = writeln!(
            std::io::stderr(),
            "{}: {:.1} s audio in {:.1} s, {} segments, {}{overruns}{published}",
            input.name(),
            out.footer.source.duration_s,
            out.stats.wall.as_secs_f64(),
            out.stats.segments,
            super::entity_summary(&out.footer.provenance.entity_counts),
        );
    }
    Ok(exit::OK)
}

#[derive(Args)]
pub struct DevicesArgs {}

pub fn devices(_args: DevicesArgs) -> Result<i32, Error> {
    let devices = list_devices()?;
    let mut out = std::io::stdout().lock();
    if devices.is_empty() {
        let _ = writeln!(out, "no input devices");
    }
    for d in devices {
        let mark = if d.is_default { "*" } else { " " };
        let default = d
            .default_config
            .map(|(rate, ch, fmt)| format!("{rate} Hz, {ch} ch, {fmt}"))
            .unwrap_or_else(|| "no default configuration".into());
        let _ = writeln!(out, "{mark} {}  ({default})", d.name);
        if let (Some((r0, r1)), Some((c0, c1))) = (d.rates, d.channels) {
            let rates = if r0 == r1 {
                format!("{r0} Hz")
            } else {
                format!("{r0}-{r1} Hz")
            };
            let ch = if c0 == c1 {
                format!("{c0} ch")
            } else {
                format!("{c0}-{c1} ch")
            };
            let _ = writeln!(out, "      supports {rates}, {ch}, {}", d.formats.join(" "));
        }
    }
    Ok(exit::OK)
}
