//! Retention targets (issue 11): `hush purge` over 10,000 output files in < 5 s and
//! `hush audit verify` over 100,000 audit lines in < 2 s, timed on the built binary (process
//! start included). No models, no audio: the sets are generated JSON + TXT pairs with a realistic
//! transcript JSON (~2.5 KB, 4 segments) mirrored into 50 subdirectories, already expired, with a
//! manifest line each; the log is written through `AuditLog::append_all` in chunks of 1,000.
//!
//! `cargo bench --bench retention` (env: `HUSH_BENCH_SETS`, default 5000 sets = 10,000 files;
//! `HUSH_BENCH_LINES`, default 100000). Prints the figures; exits 1 if a target is missed.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use hush::retention::audit::{verify, Action, AuditEvent, AuditLog};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn transcript(delete_after: &str, i: usize) -> serde_json::Value {
    let segments: Vec<serde_json::Value> = (0..4)
        .map(|s| {
            serde_json::json!({
                "id": s, "start_ms": s * 2000, "end_ms": s * 2000 + 1800,
                "text": "my card number is [CREDIT_CARD] and my name is [PERSON_1]",
                "words": (0..10).map(|w| serde_json::json!({"text": "word", "start_ms": w * 180,
                    "end_ms": w * 180 + 150})).collect::<Vec<_>>(),
                "entities": [{"type": "CREDIT_CARD", "detector": "rule:credit_card", "score": 1.0,
                    "start_ms": 900, "end_ms": 1500, "char_start": 18, "char_end": 31,
                    "operator": "tag"}]
            })
        })
        .collect();
    serde_json::json!({
        "schema": "hush.transcript", "version": 1,
        "source": {"file": format!("rec{i}.wav"), "duration_s": 8.0, "sample_rate": 16000, "channels": 1},
        "segments": segments,
        "retention": {"policy": "default", "purpose": "transcript review", "legal_basis": "legitimate interest",
                      "created_at": "2026-01-01T00:00:00Z", "retention_period": "P30D",
                      "delete_after": delete_after, "keep_source_audio": true},
        "provenance": {"hush_version": "0.1.0", "input_sha256": format!("{i:064x}"), "models": [],
                       "policy_source": "built-in default", "policy_sha256": "ab",
                       "entity_counts": {"CREDIT_CARD": 4}}
    })
}

fn generate_sets(out: &Path, n: usize) {
    let mut manifest = String::new();
    for i in 0..n {
        let rel = format!("dir{:02}/rec{i}.wav", i % 50);
        let json = out.join(format!("{rel}.redacted.json"));
        std::fs::create_dir_all(json.parent().unwrap()).unwrap();
        let t = transcript("2026-02-01T00:00:00Z", i);
        std::fs::write(&json, serde_json::to_vec_pretty(&t).unwrap()).unwrap();
        std::fs::write(
            out.join(format!("{rel}.redacted.txt")),
            b"my card number is [CREDIT_CARD]\n",
        )
        .unwrap();
        manifest.push_str(
            &serde_json::json!({"input": rel, "input_sha256": format!("{i:064x}"), "status": "ok",
                "delete_after": "2026-02-01T00:00:00Z",
                "outputs": [format!("{rel}.redacted.json"), format!("{rel}.redacted.txt")]})
            .to_string(),
        );
        manifest.push('\n');
    }
    std::fs::write(out.join("hush-manifest.jsonl"), manifest).unwrap();
}

fn generate_log(dir: &Path, n: usize) {
    let mut log = AuditLog::open(dir).unwrap();
    let mut chunk = Vec::with_capacity(1000);
    for i in 0..n {
        let mut e = AuditEvent::new(Action::Batch, "ok");
        e.input_sha256 = Some(format!("{i:064x}"));
        e.output_sha256 = vec![format!("{:064x}", i + 1), format!("{:064x}", i + 2)];
        e.entity_counts.insert("CREDIT_CARD".into(), 1);
        e.entity_counts.insert("PERSON".into(), 2);
        e.delete_after = Some("2026-02-01T00:00:00Z".into());
        chunk.push(e);
        if chunk.len() == 1000 || i + 1 == n {
            log.append_all(&chunk).unwrap();
            chunk.clear();
        }
    }
}

fn run(cmd: &mut Command) -> Duration {
    let t = Instant::now();
    let o = cmd.output().expect("run hush");
    let d = t.elapsed();
    assert!(
        o.status.success(),
        "{:?}: {}",
        cmd,
        String::from_utf8_lossy(&o.stderr)
    );
    d
}

fn main() {
    // `cargo bench` passes --bench; nothing to filter.
    let sets = env_usize("HUSH_BENCH_SETS", 5000);
    let lines = env_usize("HUSH_BENCH_LINES", 100_000);
    let hush = env!("CARGO_BIN_EXE_hush");
    let mut ok = true;

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    generate_sets(&out, sets);
    let files = sets * 2;
    let t = run(Command::new(hush).arg("purge").arg(&out));
    let left = std::fs::read_dir(&out).unwrap().count();
    println!(
        "purge: {files} output files ({sets} expired sets, 50 dirs, manifest of {sets} lines) \
         in {:.3} s (target < 5 s); {left} entries left in DIR (log, manifest)",
        t.as_secs_f64()
    );
    ok &= t < Duration::from_secs(5);

    let logdir = tmp.path().join("log");
    generate_log(&logdir, lines);
    let size = std::fs::metadata(logdir.join("hush-audit.jsonl"))
        .unwrap()
        .len();
    let t = run(Command::new(hush).args(["audit", "verify"]).arg(&logdir));
    println!(
        "audit verify: {lines} lines ({:.1} MB) in {:.3} s (target < 2 s)",
        size as f64 / 1e6,
        t.as_secs_f64()
    );
    ok &= t < Duration::from_secs(2);
    assert!(verify(&logdir, None).unwrap().ok());

    if !ok {
        eprintln!("a retention target was missed");
        std::process::exit(1);
    }
}
