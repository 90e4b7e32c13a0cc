//! Command-line interface: argument parsing only. Each subcommand is a thin call into the
//! library; errors come back as [`hush::Error`] and become one stderr line and an exit code.

pub mod batch;
pub mod live;
pub mod models;
pub mod progress;
pub mod redact;
pub mod retention;
pub mod verify;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "hush",
    version,
    about = "On-device privacy filter for speech: transcribe, detect personal data, write redacted output."
)]
pub struct Cli {
    /// Directory holding the installed models (default: $HUSH_MODELS_DIR, else the first of
    /// ./models, $XDG_DATA_HOME/hush/models, $XDG_DATA_DIRS/hush/models that holds them).
    #[arg(long, global = true, value_name = "DIR")]
    pub models_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Transcribe recordings and write redacted transcripts.
    Redact(redact::RedactArgs),
    /// Redact raw audio streamed on stdin (s16le, f32le, G.711 μ-law/A-law) as it arrives.
    Stream(live::StreamArgs),
    /// Redact speech from a microphone or other input device as it is spoken.
    Listen(live::ListenArgs),
    /// List the input devices `hush listen` can capture from.
    Devices(live::DevicesArgs),
    /// Redact many recordings into a mirrored output tree: resumable, parallel, shardable.
    Batch(batch::BatchArgs),
    /// Re-transcribe recordings and report any personal data that can still be heard.
    VerifyAudio(verify::VerifyArgs),
    /// List or verify the installed models.
    Models(models::ModelsArgs),
    /// List the output sets under a directory with their delete_after.
    List(retention::ListArgs),
    /// Delete output sets whose delete_after has passed (and their source audio, if asked).
    Purge(retention::PurgeArgs),
    /// Check the audit log (DIR/hush-audit.jsonl).
    Audit(retention::AuditArgs),
}

pub use hush::transcribe::{parse_gpu, parse_threads};

/// `3 entities (CREDIT_CARD 1, CVV 2)` / `0 entities (none)` for the stderr summary lines:
/// entities, not types (kept types are counted too, as in the JSON).
pub fn entity_summary(
    counts: &std::collections::BTreeMap<hush::detect::EntityKind, usize>,
) -> String {
    let total: usize = counts.values().sum();
    let by_type: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    format!(
        "{total} {} ({})",
        if total == 1 { "entity" } else { "entities" },
        if by_type.is_empty() {
            "none".to_string()
        } else {
            by_type.join(", ")
        }
    )
}

/// `a, b` from published paths.
pub fn path_list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
