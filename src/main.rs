//! The `hush` binary: parse arguments, call the library, map errors to exit codes.

mod cli;

use std::io::Write;

use cli::{Cli, Command};
use hush::error::exit;

fn main() {
    // Before any thread exists (setting the environment is only sound then): ONNX Runtime reads
    // its telemetry opt-out when the library loads.
    hush::models::disable_onnxruntime_telemetry();
    // A panic's message could quote the words being processed: say where, never what.
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "hush: internal error in thread {} at {at} (message withheld: it may quote the input)",
            thread.name().unwrap_or("main")
        );
    }));
    // Diagnostics (timings, counts; never transcript text) go to stderr: HUSH_LOG sets hush's
    // level, dependencies never log above warn (see hush::app).
    hush::app::init_logging();
    let cli: Cli = hush::app::parse_args();
    if !matches!(
        cli.command,
        Command::Redact(_)
            | Command::Batch(_)
            | Command::Purge(_)
            | Command::Stream(_)
            | Command::Listen(_)
    ) {
        // These commands' product is stdout: `hush models list | head -1` must end quietly
        // (killed by SIGPIPE, as a filter is) rather than panic on the closed pipe. `redact`,
        // `batch` and `purge` keep SIGPIPE ignored so a closed stream never kills them
        // mid-publish or between a deletion and its audit line; `stream` and `listen` too: a
        // closed stdout is an error that publishes nothing, not a silent kill.
        restore_sigpipe();
    }
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
        Command::Batch(args) => cli::batch::run(args, models_dir.as_deref()),
        Command::Stream(args) => cli::live::stream(args, models_dir.as_deref()),
        Command::Listen(args) => cli::live::listen(args, models_dir.as_deref()),
        Command::Devices(args) => cli::live::devices(args),
        Command::VerifyAudio(args) => cli::verify::run(args, models_dir.as_deref()),
        Command::Models(args) => cli::models::run(args, models_dir.as_deref()).map(|()| exit::OK),
        Command::List(args) => cli::retention::list(args),
        Command::Purge(args) => cli::retention::purge(args),
        Command::Audit(args) => cli::retention::audit(args),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "hush: {e}");
            std::process::exit(e.exit_code());
        }
    }
}

fn restore_sigpipe() {
    // SAFETY: resets one signal's disposition to the default; no handler runs our code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
