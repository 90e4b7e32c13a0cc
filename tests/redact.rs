//! End-to-end: the built binary on real audio with the real models.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{files_in, hush, sample, wer};
use hush::redact::leak::LeakText;
use serde_json::Value;

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn jfk_transcript_is_accurate_and_complete() {
    let _g = common::heavy();
    let out = tempfile::tempdir().unwrap();
    hush()
        .arg("redact")
        .arg(sample("jfk.wav"))
        .arg("--out-dir")
        .arg(out.path())
        .assert()
        .success();
    let txt = std::fs::read_to_string(out.path().join("jfk.redacted.txt")).unwrap();
    let reference = std::fs::read_to_string(sample("jfk.txt")).unwrap();
    let w = wer(&reference, &txt);
    assert!(w <= 0.10, "WER {w:.3} > 10%");

    let j = read_json(&out.path().join("jfk.redacted.json"));
    assert_eq!(j["schema"], "hush.transcript");
    assert_eq!(j["version"], 1);
    assert_eq!(j["source"]["sample_rate"], 16000);
    let segs = j["segments"].as_array().unwrap();
    assert!(!segs.is_empty());
    // Word times are ordered and inside the recording.
    let mut last = 0;
    for s in segs {
        for w in s["words"].as_array().unwrap() {
            let (a, b) = (
                w["start_ms"].as_u64().unwrap(),
                w["end_ms"].as_u64().unwrap(),
            );
            assert!(
                a <= b && b <= 11_000 && a + 1000 >= last,
                "bad word time {a}..{b}"
            );
            last = a;
        }
    }
    // Retention and provenance are present and well-formed.
    let r = &j["retention"];
    assert_eq!(r["retention_period"], "P30D");
    assert!(r["delete_after"].as_str().unwrap() > r["created_at"].as_str().unwrap());
    let p = &j["provenance"];
    assert_eq!(p["input_sha256"].as_str().unwrap().len(), 64);
    let ids: BTreeSet<&str> = p["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains("whisper-tiny.en") && ids.contains("rampart-ner"),
        "{ids:?}"
    );
    assert_eq!(p["policy_sha256"].as_str().unwrap().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out.path().join("jfk.redacted.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// The redacted text of a JSON output: segment texts and word texts, nothing else (the JSON
/// also holds hashes and times, whose digits mean nothing).
fn json_texts(j: &Value) -> String {
    let mut s = String::new();
    for seg in j["segments"].as_array().unwrap() {
        s.push_str(seg["text"].as_str().unwrap());
        s.push('\n');
        for w in seg["words"].as_array().unwrap() {
            s.push_str(w["text"].as_str().unwrap());
            s.push(' ');
        }
        s.push('\n');
    }
    s
}

#[test]
fn spoken_pii_never_reaches_an_output_file() {
    let _g = common::heavy();
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(sample("pii/manifest.json")).unwrap()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut cmd = hush();
    cmd.arg("redact").arg("--out-dir").arg(out.path());
    for clip in manifest.as_array().unwrap() {
        cmd.arg(sample(&format!("pii/{}", clip["file"].as_str().unwrap())));
    }
    cmd.assert().success();

    let mut failures = Vec::new();
    for clip in manifest.as_array().unwrap() {
        let file = clip["file"].as_str().unwrap();
        let stem = file.trim_end_matches(".wav");
        let json_path = out.path().join(format!("{stem}.redacted.json"));
        let txt = std::fs::read_to_string(out.path().join(format!("{stem}.redacted.txt"))).unwrap();
        let raw_json = std::fs::read_to_string(&json_path).unwrap();
        let j: Value = serde_json::from_str(&raw_json).unwrap();
        let texts = format!("{txt}\n{}", json_texts(&j));
        // The product's leak scorer, the one `--verify` applies: digits and telling words.
        let leak = LeakText::new(&texts);
        let found: BTreeSet<String> = j["segments"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| {
                s["entities"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["type"].as_str().unwrap().to_string())
            })
            .collect();
        for e in clip["entities"].as_array().unwrap() {
            let kind = e["kind"].as_str().unwrap();
            let value = e["value"].as_str().unwrap();
            let digits = e["digits"].as_str().unwrap_or("");
            let words: Vec<&str> = e["words"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| w.as_str().unwrap())
                .collect();
            if leak.leaks(value) || leak.leaks_item(digits, &words) {
                failures.push(format!("{file}: {kind} readable"));
            }
            // Whatever the scorer reads, the value verbatim must be nowhere in the files.
            let value = value.to_lowercase();
            if raw_json.to_lowercase().contains(&value) || txt.to_lowercase().contains(&value) {
                failures.push(format!("{file}: {kind} value readable"));
            }
            if !found.contains(kind) {
                failures.push(format!("{file}: {kind} not reported (found {found:?})"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "leaks or misses:\n{}",
        failures.join("\n")
    );
}

#[test]
fn wer_helper() {
    assert_eq!(wer("a b c d", "A, b. c d!"), 0.0);
    assert_eq!(wer("a b c d", "a x c"), 0.5);
}

#[test]
fn corrupted_ner_model_fails_closed() {
    let _g = common::heavy();
    let models = common::models_dir();
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("models");
    copy_dir(&models, &copy);
    let onnx = copy.join("rampart").join("model_q4.onnx");
    let mut bytes = std::fs::read(&onnx).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 64] {
        *b ^= 0x5a;
    }
    std::fs::write(&onnx, bytes).unwrap();
    let out = tmp.path().join("out");
    let a = hush()
        .env("HUSH_MODELS_DIR", &copy)
        .arg("redact")
        .arg(sample("pii/card.wav"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(4);
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    assert!(err.contains("scripts/setup"), "{err}");
    assert!(files_in(&out).is_empty());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue; // verification caches
        }
        if p.is_dir() {
            copy_dir(&p, &to.join(&name));
        } else {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
}

#[test]
fn ordinary_speech_is_kept() {
    // jfk has no personal data: nothing may be redacted, every word survives.
    let _g = common::heavy();
    let out = tempfile::tempdir().unwrap();
    hush()
        .arg("redact")
        .arg(sample("jfk.wav"))
        .arg("--out-dir")
        .arg(out.path())
        .arg("--format")
        .arg("json")
        .assert()
        .success();
    let mut names: Vec<String> = files_in(out.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["hush-audit.jsonl", "jfk.redacted.json"]);
    let j = read_json(&out.path().join("jfk.redacted.json"));
    let n: usize = j["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["entities"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        n, 0,
        "jfk has no personal data but {n} entities were redacted"
    );
}
