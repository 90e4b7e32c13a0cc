//! The eval tool starts like the hush binary (`hush::app`): with `HUSH_LOG=trace`, dependencies
//! still log nothing below warn (the tokenizer's trace events print the text it normalizes, a
//! character per event), and no colour codes reach a stderr that is not a terminal.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn trace_level_reaches_hush_events_only() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_hush-eval"))
        .env("HUSH_MODELS_DIR", repo.join("models"))
        .env("HUSH_LOG", "trace")
        .env_remove("RUST_LOG")
        .args([
            "speech",
            "--quiet",
            "--variant",
            "wb",
            "--ids",
            "card_pairs_03",
            "--set",
        ])
        .arg(repo.join("samples/spoken"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains('\u{1b}'),
        "colour codes on a non-terminal stderr"
    );
    let mut hush_events = 0;
    for line in stderr.lines() {
        let mut parts = line.split_whitespace();
        let level = parts.next().unwrap_or_default();
        if !matches!(level, "TRACE" | "DEBUG" | "INFO") {
            continue;
        }
        let target = parts.next().unwrap_or_default();
        assert!(
            target.starts_with("hush"),
            "a dependency logged below warn: {level} {target}"
        );
        hush_events += 1;
    }
    // Hush's own debug events do get through, so the filter was really set to trace.
    assert!(hush_events > 0, "no hush event at trace: {stderr}");
}
