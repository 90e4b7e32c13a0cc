//! `--gpu auto|off|N`: on a build or machine without a GPU, `auto` and `off` transcribe on the
//! CPU with identical results, and a numbered GPU that cannot be used is one usage-error line
//! (exit 2) with nothing written. A CUDA build on a machine with a GPU is checked by
//! scripts/gpu-check, not here.

mod common;

use std::path::Path;

use common::{files_in, hush, sample};
use serde_json::Value;

fn redact(out: &Path, gpu: &str) -> assert_cmd::assert::Assert {
    hush()
        .arg("redact")
        .arg(sample("jfk.wav"))
        .arg("--out-dir")
        .arg(out)
        .args(["--threads", "1", "--gpu", gpu])
        .assert()
}

fn words(out: &Path) -> Value {
    let j: Value =
        serde_json::from_slice(&std::fs::read(out.join("jfk.redacted.json")).unwrap()).unwrap();
    j["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["words"].clone())
        .collect()
}

#[test]
fn auto_and_off_give_the_same_transcript_and_word_times() {
    let _g = common::heavy();
    let (auto, off) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = redact(auto.path(), "auto").success();
    redact(off.path(), "off").success();
    let txt = |d: &Path| std::fs::read_to_string(d.join("jfk.redacted.txt")).unwrap();
    assert!(!txt(auto.path()).trim().is_empty());
    assert_eq!(txt(auto.path()), txt(off.path()));
    let w = words(auto.path());
    assert!(w
        .as_array()
        .unwrap()
        .iter()
        .any(|s| !s.as_array().unwrap().is_empty()));
    assert_eq!(w, words(off.path()));
    if !hush::transcribe::CUDA_BUILT {
        // A CPU build has no GPU to miss: `auto` says nothing about it.
        let stderr = String::from_utf8_lossy(&a.get_output().stderr).to_string();
        assert!(!stderr.contains("--gpu"), "unexpected GPU notice: {stderr}");
    }
}

#[test]
fn a_gpu_number_without_that_gpu_is_one_usage_error_line() {
    if hush::transcribe::gpu_count() > 0 {
        return; // a CUDA build on a GPU machine: GPU 0 exists
    }
    let out = tempfile::tempdir().unwrap();
    let assert = redact(out.path(), "0").code(hush::error::exit::USAGE);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one error line, got: {stderr}");
    assert!(lines[0].starts_with("hush: --gpu 0: "), "{stderr}");
    let why = if hush::transcribe::CUDA_BUILT {
        "no such GPU"
    } else {
        "built without CUDA"
    };
    assert!(lines[0].contains(why), "{stderr}");
    assert!(
        files_in(out.path()).is_empty(),
        "output written: {:?}",
        files_in(out.path())
    );
}

#[test]
fn a_gpu_value_that_is_not_auto_off_or_a_number_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let assert = redact(out.path(), "cuda").code(hush::error::exit::USAGE);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("not auto, off or a GPU number"), "{stderr}");
    assert!(files_in(out.path()).is_empty());
}
