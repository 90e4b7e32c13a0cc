//! Locating and verifying models: a good directory loads, a corrupted model is caught (also
//! after an earlier good check), a missing directory points at `scripts/setup`, and the setup
//! script pins exactly the hashes in the manifest.
//!
//! Uses the real models under `models/` (fails, not skips, when `scripts/setup` has not run).

mod common;

use std::path::PathBuf;

use hush::models::{manifest, ModelSet, WhisperModel};
use hush::Error;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temp models dir mirroring the installed one: symlinks, except `copy` which is a real copy
/// (so it can be corrupted without touching the installed file).
fn mirror(copy: &str) -> tempfile::TempDir {
    let src = repo().join("models");
    let dir = tempfile::tempdir().unwrap();
    for a in manifest().artifacts.iter().filter(|a| !a.optional) {
        let from = src.join(&a.file);
        assert!(
            from.is_file(),
            "{} is missing: run scripts/setup first",
            from.display()
        );
        let to = dir.path().join(&a.file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if a.file == copy {
            std::fs::copy(&from, &to).unwrap();
        } else {
            std::os::unix::fs::symlink(&from, &to).unwrap();
        }
    }
    dir
}

#[test]
fn good_directory_verifies_and_nothing_is_written_there() {
    let dir = mirror("");
    let set = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap();
    assert_eq!(set.dir, dir.path());
    assert_eq!(set.whisper.id, "whisper-tiny.en");
    assert_eq!(set.whisper.path, dir.path().join("ggml-tiny.en.bin"));
    assert_eq!(set.all().len(), 6);
    assert_eq!(set.vad.path, dir.path().join("silero/silero_vad_v6.onnx"));
    // No verification cache (it let edited models through): the directory is only read.
    assert!(!dir.path().join(".hush-verified.json").exists());
    let again = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap();
    assert_eq!(again.ner_onnx, set.ner_onnx);
    set.confirm_unchanged().unwrap();
}

#[test]
fn a_model_edited_after_verification_is_refused() {
    let dir = mirror("rampart/config.json");
    let set = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap();
    // An edit that keeps the bytes, size and mtime still moves ctime.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let path = dir.path().join("rampart/config.json");
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, std::fs::read(&path).unwrap()).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let err = set.confirm_unchanged().unwrap_err();
    assert!(
        matches!(&err, Error::Model { name, .. } if name == "rampart-config"),
        "{err:?}"
    );
    assert!(err.to_string().contains("changed after it was verified"));
}

#[test]
fn corrupted_whisper_model_is_detected_even_after_a_cached_check() {
    let dir = mirror("ggml-tiny.en.bin");
    ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap();

    // Let the modification time move past the cached one on coarse-timestamp filesystems.
    std::thread::sleep(std::time::Duration::from_millis(20));
    common::flip_bit_keeping_mtime(&dir.path().join("ggml-tiny.en.bin"), 40_000_000);
    let err = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(&err, Error::Model { name, .. } if name == "whisper-tiny.en"),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), hush::error::exit::MODEL);
    assert!(
        msg.contains("corrupt") && msg.contains("scripts/setup"),
        "{msg}"
    );
}

#[test]
fn corrupted_small_file_is_detected() {
    let dir = mirror("rampart/config.json");
    common::flip_bit_keeping_mtime(&dir.path().join("rampart/config.json"), 10);
    let err = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn).unwrap_err();
    assert!(
        matches!(&err, Error::Model { name, .. } if name == "rampart-config"),
        "{err:?}"
    );
}

#[test]
fn missing_directory_names_setup() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-models-here");
    let err = ModelSet::locate(Some(&missing), WhisperModel::TinyEn).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, Error::Model { .. }), "{err:?}");
    assert!(
        msg.contains("scripts/setup") && msg.contains("no-models-here"),
        "{msg}"
    );
}

#[test]
fn missing_file_is_reported_by_name() {
    let dir = mirror("");
    std::fs::remove_file(dir.path().join("rampart/tokenizer.json")).unwrap();
    let msg = ModelSet::locate(Some(dir.path()), WhisperModel::TinyEn)
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("rampart/tokenizer.json") && msg.contains("scripts/setup"),
        "{msg}"
    );
}

#[test]
fn setup_script_pins_match_the_manifest() {
    let script = std::fs::read_to_string(repo().join("scripts/setup")).unwrap();
    for a in &manifest().artifacts {
        assert!(
            script.contains(&a.sha256),
            "scripts/setup lacks the sha256 of {}",
            a.id
        );
        for s in &a.sources {
            let pin = format!("{} {} {}", s.package, s.version, s.sha256);
            assert!(script.contains(&pin), "scripts/setup does not pin {pin}");
            for f in &s.files {
                let member = f.rsplit('/').next().unwrap();
                assert!(script.contains(member), "scripts/setup never extracts {f}");
            }
        }
    }
}
