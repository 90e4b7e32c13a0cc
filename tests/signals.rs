//! Signals and resource limits around the write window: no orphaned temp files, no half-published
//! sets, documented exit codes (issue 13, item 6).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{files_in, heavy, models_dir, sample};

fn hush_cmd(out: &Path, extra_env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hush"));
    c.args(["redact", "--audio", "--format", "json,txt,srt"])
        .arg(sample("pii/card.wav"))
        .arg("--out-dir")
        .arg(out)
        .env("HUSH_MODELS_DIR", models_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (k, v) in extra_env {
        c.env(k, v);
    }
    c
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = files_in(dir)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn term(pid: u32, sig: i32) {
    // SAFETY: sending a signal to a child we spawned.
    unsafe {
        libc::kill(pid as i32, sig);
    }
}

#[test]
fn sigterm_or_sigint_inside_the_write_window_removes_every_temp_file() {
    let _g = heavy();
    for (sig, code) in [(libc::SIGTERM, 143), (libc::SIGINT, 130)] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        // The set is staged, then held for 20 s before renaming: signal inside that window.
        let mut child = hush_cmd(&out, &[("HUSH_TEST_STAGE_DELAY_MS", "20000")])
            .spawn()
            .unwrap();
        let staged = (0..600).any(|_| {
            std::thread::sleep(Duration::from_millis(100));
            names(&out).len() >= 4 // json, txt, srt, wav staged as temp files
        });
        assert!(staged, "the set was never staged: {:?}", names(&out));
        assert!(
            names(&out).iter().all(|n| n.starts_with(".hush-")),
            "{:?}",
            names(&out)
        );
        term(child.id(), sig);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "signal {sig}");
        assert!(names(&out).is_empty(), "left behind: {:?}", names(&out));
    }
}

#[test]
fn sigterm_while_transcribing_leaves_nothing() {
    let _g = heavy();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut child = hush_cmd(&out, &[]).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    term(child.id(), libc::SIGTERM);
    let status = child.wait().unwrap();
    // Either it was still working (143, nothing written) or it had already published (a whole
    // set; exit 0, or 143 when the signal came between the publish and the exit, which takes a
    // few hundred ms while Whisper and ONNX Runtime are torn down): never a partial set or a
    // temp file.
    let got = names(&out);
    let whole = [
        "card.redacted.json",
        "card.redacted.srt",
        "card.redacted.txt",
        "card.redacted.wav",
        "hush-audit.jsonl",
    ];
    match status.code() {
        Some(143) => assert!(got.is_empty() || got == whole, "{got:?}"),
        Some(0) => assert_eq!(got, whole, "a set of four and the audit log"),
        other => panic!("exit {other:?}"),
    }
}

#[test]
fn file_size_limit_is_an_output_error_not_a_silent_kill() {
    let _g = heavy();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut cmd = hush_cmd(&out, &[]);
    // 64 KiB: the redacted WAV (about 200 KiB) cannot be written.
    common::limit_file_size(&mut cmd, 64 * 1024);
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "stderr: {stderr}");
    assert!(stderr.contains("cannot write output"), "{stderr}");
    assert!(names(&out).is_empty(), "{:?}", names(&out));
}

#[test]
fn a_rerun_removes_temp_files_a_killed_run_left() {
    let _g = heavy();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // What a SIGKILLed run leaves: its pid is gone (4000000 is above Linux's pid_max).
    std::fs::write(out.join(".hush-4000000-x1y2z3.tmp"), b"partial").unwrap();
    std::fs::write(
        out.join(".hush-4000000.card.redacted.wav.partial"),
        b"partial",
    )
    .unwrap();
    let status = hush_cmd(&out, &[]).status().unwrap();
    assert!(status.success());
    assert_eq!(
        names(&out),
        [
            "card.redacted.json",
            "card.redacted.srt",
            "card.redacted.txt",
            "card.redacted.wav",
            "hush-audit.jsonl"
        ]
    );
}
