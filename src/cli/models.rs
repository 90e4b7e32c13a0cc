//! `hush models`: list or verify the installed models.
//!
//! `list` and `verify` report on the installed files against the manifest compiled into the
//! binary. Turning the downloaded CTranslate2 Whisper model into GGML is setup's job
//! (`tools/hush-convert`), not the product's.

use std::path::Path;

use clap::{Args, Subcommand};

use hush::models::{self, Status};
use hush::{Error, Result};

#[derive(Args, Debug)]
pub struct ModelsArgs {
    #[command(subcommand)]
    pub command: ModelsCommand,
}

#[derive(Subcommand, Debug)]
pub enum ModelsCommand {
    /// Show each model file, where it is, and whether it verifies (uses the hash cache).
    List,
    /// Re-hash every model file; fail if any is missing or corrupt.
    Verify,
}

pub fn run(args: ModelsArgs, models_dir: Option<&Path>) -> Result<()> {
    match args.command {
        ModelsCommand::List => report(models_dir, false),
        ModelsCommand::Verify => report(models_dir, true),
    }
}

/// Prints one line per manifest artifact; with `rehash`, fails if a needed file is bad.
fn report(models_dir: Option<&Path>, rehash: bool) -> Result<()> {
    let dir = models::report_dir(models_dir)?;
    println!("models directory: {}", dir.display());
    let results = models::check_all(&dir, rehash);
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
        Some(first) if rehash => Err(Error::model(
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
