//! Retention enforcement end to end with the built binary: a real `hush redact` with a
//! `--retention` that has already run out, then `hush list --expired`, `hush purge` (outputs,
//! then the source audio with `--delete-source`) and `hush audit verify` on the resulting log,
//! which must then fail on a hand-edited or removed line.

mod common;

use std::path::Path;

use common::{files_in, hush, sample};
use serde_json::Value;

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn audit_lines(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("hush-audit.jsonl"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn redact_with_an_expired_retention_then_list_purge_and_verify() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("in");
    let out = tmp.path().join("out");
    std::fs::create_dir_all(src.join("calls")).unwrap();
    let input = src.join("calls/card.wav");
    std::fs::copy(sample("pii/card.wav"), &input).unwrap();
    {
        let _g = common::heavy();
        hush()
            .arg("redact")
            .arg(&input)
            .arg("--out-dir")
            .arg(out.join("calls"))
            .args(["--retention", "PT0S", "--format", "json,txt,srt", "--quiet"])
            .assert()
            .success();
    }
    let json = out.join("calls/card.redacted.json");
    let j = read_json(&json);
    assert_eq!(j["retention"]["retention_period"], "PT0S");
    assert_eq!(j["retention"]["delete_after"], j["retention"]["created_at"]);
    assert_eq!(j["retention"]["keep_source_audio"], false);
    let default = hush::redact::Policy::default_policy();
    assert_eq!(
        j["provenance"]["policy_source"],
        "built-in default with --retention PT0S"
    );
    let policy_sha = j["provenance"]["policy_sha256"].as_str().unwrap();
    assert_ne!(
        policy_sha, default.sha256,
        "the override changes the policy hash"
    );
    assert_eq!(
        policy_sha,
        default.with_retention("PT0S").unwrap().sha256,
        "and the library computes the same one"
    );
    let input_sha = j["provenance"]["input_sha256"]
        .as_str()
        .unwrap()
        .to_string();

    // The redact line: hashes and counts, no names.
    let log_dir = out.join("calls");
    let lines = audit_lines(&log_dir);
    assert_eq!(lines.len(), 1);
    let l: Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(l["action"], "redact");
    assert_eq!(l["input_sha256"], input_sha.as_str());
    assert_eq!(l["policy"]["sha256"], policy_sha);
    assert_eq!(l["entity_counts"]["CREDIT_CARD"], 1);
    assert_eq!(l["output_sha256"].as_array().unwrap().len(), 3);
    assert!(!lines[0].contains("card.wav") && !lines[0].contains("calls"));

    // A second set that is not due, made from the first (no second Whisper run).
    let mut live = j.clone();
    live["retention"]["delete_after"] = "2999-01-01T00:00:00Z".into();
    std::fs::write(
        out.join("calls/later.redacted.json"),
        serde_json::to_vec(&live).unwrap(),
    )
    .unwrap();
    std::fs::write(out.join("calls/later.redacted.txt"), b"kept").unwrap();
    // delete_after has whole seconds: let it pass.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    let o = hush()
        .args(["list"])
        .arg(&out)
        .arg("--expired")
        .arg("--source-root")
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let listed = stdout(&o);
    assert!(
        listed.contains("calls/card.redacted.json: EXPIRED"),
        "{listed}"
    );
    assert!(listed.contains("must be deleted too"), "{listed}");
    assert!(!listed.contains("later"), "{listed}");

    // Without --delete-source, a set whose source must go is held whole (exit 1).
    let o = hush()
        .arg("purge")
        .arg(&out)
        .arg("--source-root")
        .arg(&src)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("--delete-source"), "{}", stdout(&o));
    assert!(json.exists() && input.exists());

    // A dry run deletes nothing.
    let o = hush()
        .arg("purge")
        .arg(&out)
        .args(["--dry-run", "--delete-source", "--source-root"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("would delete"), "{}", stdout(&o));
    assert!(json.exists() && input.exists());

    hush()
        .arg("purge")
        .arg(&out)
        .args(["--delete-source", "--source-root"])
        .arg(&src)
        .assert()
        .success();
    let mut left: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.strip_prefix(&out).unwrap().display().to_string())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "calls/hush-audit.jsonl",
            "calls/later.redacted.json",
            "calls/later.redacted.txt",
            "hush-audit.jsonl"
        ],
        "the expired set is gone, the live one stays"
    );
    assert!(!input.exists(), "the unchanged source audio is deleted");
    // The purge log went to DIR (out), the redact log to its --out-dir (out/calls).
    let purge_lines = audit_lines(&out);
    let last: Value = serde_json::from_str(purge_lines.last().unwrap()).unwrap();
    assert_eq!(last["action"], "purge");
    assert_eq!(last["status"], "ok");
    assert_eq!(last["input_sha256"], input_sha.as_str());
    assert_eq!(last["source_deleted"], true);
    assert_eq!(last["files_deleted"], 4);

    for dir in [&out, &log_dir] {
        let o = hush().args(["audit", "verify"]).arg(dir).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).contains("lines verified"), "{}", stdout(&o));
    }

    // A hand edit (one count) is named by line number, exit 7.
    let mut lines = audit_lines(&out);
    assert_eq!(lines.len(), 2, "held, then purged");
    lines[0] = lines[0].replace(r#""files_deleted":0"#, r#""files_deleted":1"#);
    std::fs::write(out.join("hush-audit.jsonl"), lines.join("\n") + "\n").unwrap();
    let o = hush().args(["audit", "verify"]).arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(hush::error::exit::AUDIT));
    assert!(stderr(&o).contains("line 1: "), "{}", stderr(&o));

    // A removed line too.
    let lines = audit_lines(&out);
    std::fs::write(out.join("hush-audit.jsonl"), lines[1].clone() + "\n").unwrap();
    let o = hush().args(["audit", "verify"]).arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(hush::error::exit::AUDIT));
    assert!(stderr(&o).contains("line 1: seq is 2"), "{}", stderr(&o));
}

#[test]
fn a_bad_retention_is_a_usage_error_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = hush()
        .arg("redact")
        .arg(sample("pii/card.wav"))
        .arg("--out-dir")
        .arg(&out)
        .args(["--retention", "30 days"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(hush::error::exit::USAGE));
    assert!(stderr(&o).contains("--retention"), "{}", stderr(&o));
    assert!(!out.exists());
}

/// Writes a fake set (`rel` -> `rel.redacted.json` + `.txt`) that expires at `delete_after`.
fn fake_set(out: &Path, rel: &str, delete_after: &str) {
    let json = out.join(format!("{rel}.redacted.json"));
    std::fs::create_dir_all(json.parent().unwrap()).unwrap();
    let doc = serde_json::json!({
        "schema": "hush.transcript", "version": 1,
        "source": {"file": "x.wav", "duration_s": 1.0, "sample_rate": 16000, "channels": 1},
        "segments": [],
        "retention": {"policy": "default", "purpose": "", "legal_basis": "",
                      "created_at": "2026-01-01T00:00:00Z", "retention_period": "P30D",
                      "delete_after": delete_after, "keep_source_audio": true},
        "provenance": {"hush_version": "0.1.0", "input_sha256": "00", "models": [],
                       "policy_source": "built-in default", "policy_sha256": "ab",
                       "entity_counts": {}}
    });
    std::fs::write(&json, serde_json::to_vec(&doc).unwrap()).unwrap();
    std::fs::write(out.join(format!("{rel}.redacted.txt")), b"x").unwrap();
}

#[test]
fn purge_over_a_mirrored_tree_with_a_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let mut manifest = String::new();
    for i in 0..60 {
        let rel = format!("d{}/e{}/rec{i}.wav", i % 3, i % 2);
        let when = if i % 4 == 0 {
            "2999-01-01T00:00:00Z"
        } else {
            "2020-01-01T00:00:00Z"
        };
        fake_set(out, &rel, when);
        manifest.push_str(
            &serde_json::json!({"input": rel, "input_sha256": "00", "status": "ok",
                "delete_after": when,
                "outputs": [format!("{rel}.redacted.json"), format!("{rel}.redacted.txt")]})
            .to_string(),
        );
        manifest.push('\n');
    }
    manifest.push_str("{\"input\":\"torn"); // a batch that died mid-append
    std::fs::write(out.join("hush-manifest.jsonl"), &manifest).unwrap();
    std::fs::write(out.join("d0/orphan.redacted.txt"), b"x").unwrap();

    let o = hush().arg("list").arg(out).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).matches("EXPIRED").count(), 45);
    assert!(stdout(&o).contains("d0/orphan.redacted.txt: no .redacted.json"));

    let o = hush().arg("purge").arg(out).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("purged 45 sets (90 files"),
        "{}",
        stderr(&o)
    );
    let files = files_in(out);
    assert_eq!(
        files.len(),
        15 * 2 + 3,
        "live sets, the orphan, manifest, log"
    );
    let m = std::fs::read_to_string(out.join("hush-manifest.jsonl")).unwrap();
    assert_eq!(m.lines().count(), 15);
    assert!(m.lines().all(|l| l.contains("2999-01-01")));
    assert!(out.join("d0/orphan.redacted.txt").exists());
    let o = hush().args(["audit", "verify"]).arg(out).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(": 45 lines verified"), "{}", stdout(&o));
    // Nothing left to do: a rerun is a no-op.
    let o = hush().arg("purge").arg(out).output().unwrap();
    assert!(stderr(&o).contains("purged 0 sets"), "{}", stderr(&o));
}

#[test]
fn verify_without_a_log_is_an_input_error() {
    let tmp = tempfile::tempdir().unwrap();
    let o = hush()
        .args(["audit", "verify"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(hush::error::exit::INPUT));
}
