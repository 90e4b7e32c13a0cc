//! The `hush` binary: parse arguments, call the library, map errors to exit codes.

mod cli;

use clap::Parser;

use cli::{Cli, Command};
use hush::error::exit;

fn main() {
    // Diagnostics (timings, counts; never transcript text) go to stderr, filtered by HUSH_LOG.
    // Dependencies stay quiet by default: a damaged file must give one error line, not a
    // decoder's warnings first.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("HUSH_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("off,hush=warn")),
        )
        .with_writer(std::io::stderr)
        .without_time()
        .init();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    // Temp files are removed and a publish in progress finishes on SIGINT/SIGTERM.
    if let Err(e) = hush::output::publish::install_signal_cleanup() {
        eprintln!("hush: {e}");
        std::process::exit(e.exit_code());
    }
    let models_dir = cli
        .models_dir
        .or_else(|| std::env::var_os("HUSH_MODELS_DIR").map(Into::into));
    let result = match cli.command {
        Command::Redact(args) => cli::redact::run(args, models_dir.as_deref()),
        Command::VerifyAudio(args) => cli::verify::run(args, models_dir.as_deref()),
        Command::Models(args) => cli::models::run(args, models_dir.as_deref()).map(|()| exit::OK),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("hush: {e}");
            std::process::exit(e.exit_code());
        }
    }
}
