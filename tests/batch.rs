//! `hush batch` end to end (issue 11): mirrored output tree, skipped non-audio files, resume
//! from the manifest, shards, SIGKILL at random points, and the faults a batch meets (corrupt,
//! unreadable and changing inputs, a policy edited mid-run, a full disk). Inputs are the short
//! spoken clips (3-10 s) so the whole file stays within about two minutes on 2 cores.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::FileExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{files_in, heavy, hush, models_dir, sample};
use serde_json::Value;

const MANIFEST: &str = "hush-manifest.jsonl";
/// The audit log every batch appends to (hush::retention::audit).
const AUDIT: &str = "hush-audit.jsonl";

/// The first `n` spoken clips, sorted by name.
fn spoken(n: usize) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(sample("spoken/wb"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "flac"))
        .collect();
    v.sort();
    v.truncate(n);
    v
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap();
}

fn sha256(path: &Path) -> String {
    hush::files::sha256_file(path).unwrap()
}

/// Every valid manifest line, in order.
fn manifest_lines(out: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(out.join(MANIFEST)).unwrap_or_default();
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .collect()
}

/// The latest manifest entry per input.
fn latest(out: &Path) -> BTreeMap<String, Value> {
    manifest_lines(out)
        .into_iter()
        .map(|v| (v["input"].as_str().unwrap().to_string(), v))
        .collect()
}

/// Files under `out` relative to it, sorted ('/'-separated).
fn tree(out: &Path) -> Vec<String> {
    let mut v: Vec<String> = files_in(out)
        .iter()
        .map(|p| p.strip_prefix(out).unwrap().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn batch_cmd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hush"));
    c.arg("batch")
        .env("HUSH_MODELS_DIR", models_dir())
        .env_remove("JOB_COMPLETION_INDEX")
        .env_remove("SLURM_ARRAY_TASK_ID")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn list(args: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let mut c = batch_cmd();
    c.args(args).arg("--list");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn list_mirrors_paths_and_n_shards_cover_every_input_exactly_once() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("in");
    for (i, clip) in spoken(30).iter().enumerate() {
        let name = clip.file_name().unwrap();
        copy(clip, &root.join(format!("day{}", i % 3)).join(name));
    }
    std::fs::write(root.join("day0/notes.txt"), b"not audio").unwrap();
    let r = root.to_str().unwrap();
    let out = t.path().join("out");
    let o = out.to_str().unwrap();
    let all = list(&[r, "--out-dir", o], &[]);
    assert_eq!(all.len(), 30, "{all:?}");
    assert!(all
        .iter()
        .all(|p| p.starts_with("day") && p.ends_with(".flac")));
    assert!(!out.exists(), "--list writes nothing");

    let n = 3;
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for k in 0..n {
        let shard = list(&[r, "--out-dir", o, "--shard", &format!("{k}/{n}")], &[]);
        assert!(
            !shard.is_empty() && shard.len() < 30,
            "shard {k}: {shard:?}"
        );
        // The same partition from a Kubernetes Indexed Job and from a Slurm array (--array=5-7).
        let ks = k.to_string();
        let k8s = list(
            &[r, "--out-dir", o],
            &[("JOB_COMPLETION_INDEX", &ks), ("HUSH_SHARD_COUNT", "3")],
        );
        assert_eq!(k8s, shard, "Kubernetes shard {k}");
        let id = (5 + k).to_string();
        let slurm = list(
            &[r, "--out-dir", o],
            &[
                ("SLURM_ARRAY_TASK_ID", &id),
                ("SLURM_ARRAY_TASK_MIN", "5"),
                ("SLURM_ARRAY_TASK_COUNT", "3"),
            ],
        );
        assert_eq!(slurm, shard, "Slurm shard {k}");
        for p in shard {
            *seen.entry(p).or_default() += 1;
        }
    }
    assert_eq!(seen.keys().cloned().collect::<Vec<_>>(), all);
    assert!(seen.values().all(|&c| c == 1), "{seen:?}");

    // A quoted pattern (no shell expansion) mirrors paths below its literal directories.
    let pattern = format!("{r}/day1/*.flac");
    let globbed = list(&[&pattern, "--out-dir", o], &[]);
    assert_eq!(globbed.len(), 10);
    assert!(globbed.iter().all(|p| !p.contains('/')), "{globbed:?}");
    let pattern = format!("{r}/**/*.flac");
    assert_eq!(list(&[&pattern, "--out-dir", o], &[]), all);
}

#[test]
fn usage_errors_are_refused_before_any_work() {
    let t = tempfile::tempdir().unwrap();
    let clip = &spoken(1)[0];
    let a = t.path().join("a/x.flac");
    let b = t.path().join("b/x.flac");
    copy(clip, &a);
    copy(clip, &b);
    let out = t.path().join("out");
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = batch_cmd();
        c.args(args).arg("--out-dir").arg(&out);
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = run(&[a, b], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("a/x.flac") && err.contains("b/x.flac"),
        "{err}"
    );
    let o = run(&[a], &[("JOB_COMPLETION_INDEX", "1")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("HUSH_SHARD_COUNT"), "{err}");
    let cores = std::thread::available_parallelism()
        .unwrap()
        .get()
        .to_string();
    let o = run(&[a, "--jobs", &cores, "--threads", "2"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&[t.path().join("missing/*.wav").to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(!out.exists(), "nothing is written on a usage error");
}

#[test]
fn batch_mirrors_the_tree_skips_non_audio_resumes_and_redoes_what_changed() {
    let _g = heavy();
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("in");
    let clips = spoken(3);
    copy(&clips[0], &root.join("a.flac"));
    copy(&clips[1], &root.join("sub/a.flac"));
    copy(&sample("formats/jfk.mp3"), &root.join("sub/jfk.mp3"));
    copy(&sample("formats/jfk.m4a"), &root.join("sub/jfk.m4a"));
    std::fs::write(root.join("sub/readme.txt"), b"not a recording").unwrap();
    let out = t.path().join("out");
    let summary_path = t.path().join("summary.json");
    let run = |extra: &[&str]| {
        let mut c = batch_cmd();
        c.arg(&root)
            .arg("--out-dir")
            .arg(&out)
            .args(["--jobs", "2", "--threads", "1"])
            .arg("--summary-json")
            .arg(&summary_path)
            .args(extra)
            .env("HUSH_PROGRESS_SECS", "0.2");
        let o = c.output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(0), "{err}");
        let summary: Value =
            serde_json::from_slice(&std::fs::read(&summary_path).unwrap()).unwrap();
        (summary, err)
    };

    let (s, err) = run(&[]);
    let want: Vec<String> = ["a.flac", "sub/a.flac", "sub/jfk.m4a", "sub/jfk.mp3"]
        .iter()
        .flat_map(|r| [format!("{r}.redacted.json"), format!("{r}.redacted.txt")])
        .chain([MANIFEST.to_string(), AUDIT.to_string()])
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(tree(&out), want);
    assert_eq!(
        (s["ok"].as_u64(), s["skipped"].as_u64()),
        (Some(4), Some(1))
    );
    assert_eq!(s["failed"], 0);
    assert!(s["audio_s"].as_f64().unwrap() > 25.0, "{s}");
    assert!(s["rtf"].as_f64().unwrap() > 0.0);
    assert!(
        err.contains("readme.txt"),
        "skipped files are listed: {err}"
    );
    assert!(
        err.contains("hush batch: ") && err.contains("4 ok"),
        "{err}"
    );
    let m = latest(&out);
    assert_eq!(m.len(), 4);
    for (rel, e) in &m {
        assert_eq!(e["v"], 1);
        assert_eq!(e["status"], "done");
        assert_eq!(e["input_sha256"], sha256(&root.join(rel)), "{rel}");
        assert!(e["delete_after"].as_str().unwrap().ends_with('Z'));
        assert!(e["error"].is_null());
        for o in e["outputs"].as_array().unwrap() {
            assert!(out.join(o.as_str().unwrap()).is_file(), "{o}");
        }
        let json: Value = serde_json::from_slice(
            &std::fs::read(out.join(format!("{rel}.redacted.json"))).unwrap(),
        )
        .unwrap();
        assert_eq!(json["provenance"]["input_sha256"], e["input_sha256"]);
        assert_eq!(json["provenance"]["policy_sha256"], e["policy_sha256"]);
    }

    // A rerun redoes nothing.
    let (s, _) = run(&[]);
    assert_eq!(
        (s["ok"].as_u64(), s["unchanged"].as_u64()),
        (Some(0), Some(4))
    );
    assert_eq!(manifest_lines(&out).len(), 4);

    // A changed input is redone, alone.
    copy(&clips[2], &root.join("a.flac"));
    let (s, _) = run(&[]);
    assert_eq!(
        (s["ok"].as_u64(), s["unchanged"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(
        latest(&out)["a.flac"]["input_sha256"],
        sha256(&root.join("a.flac"))
    );

    // A changed policy redoes everything (the pci preset also writes redacted audio).
    let (s, _) = run(&["--policy", "pci"]);
    assert_eq!(s["ok"], 4);
    assert_eq!(manifest_lines(&out).len(), 9);
    let mut with_wav: Vec<String> = want
        .iter()
        .filter_map(|f| f.strip_suffix(".txt").map(|r| format!("{r}.wav")))
        .chain(want.iter().cloned())
        .collect();
    with_wav.sort();
    assert_eq!(tree(&out), with_wav, "no leftovers, no temp files");
    // Back to the default policy: the redacted WAVs it does not write are removed, not left
    // outside the manifest (where retention could never find them).
    let (s, _) = run(&[]);
    assert_eq!(s["ok"], 4);
    assert_eq!(tree(&out), want);

    // Single-file redact shows progress too (plain lines when stderr is not a terminal).
    let o = hush()
        .args(["redact"])
        .arg(sample("formats/jfk.mp3"))
        .arg("--out-dir")
        .arg(t.path().join("single"))
        .env("HUSH_PROGRESS_SECS", "0.1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("jfk.mp3: ") && err.contains(" s transcribed"),
        "{err}"
    );
}

/// A tiny deterministic generator for the kill times.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn sigkill_at_random_points_then_a_rerun_leaves_exactly_one_complete_set_per_input() {
    let _g = heavy();
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("in");
    let clips = spoken(10);
    let mut rels = Vec::new();
    for (i, clip) in clips.iter().enumerate() {
        let rel = format!(
            "part{}/{}",
            i % 2,
            clip.file_name().unwrap().to_string_lossy()
        );
        copy(clip, &root.join(&rel));
        rels.push(rel);
    }
    let out = t.path().join("out");
    let run = |policy: &str| {
        let mut c = batch_cmd();
        c.arg(&root)
            .arg("--out-dir")
            .arg(&out)
            .args([
                "--jobs",
                "2",
                "--threads",
                "1",
                "--quiet",
                "--policy",
                policy,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        c
    };
    let mut rng = Lcg(0x5eed_1234);
    let mut killed_mid_run = 0;
    let mut iterations = 0;
    // Alternating policies every three kills makes every input due again, so kills keep landing
    // in the middle of work (model load, transcription, publish, manifest append).
    while killed_mid_run < 12 && iterations < 30 {
        let policy = if (iterations / 3) % 2 == 0 {
            "default"
        } else {
            "pci"
        };
        iterations += 1;
        let mut child = run(policy).spawn().unwrap();
        let delay = Duration::from_millis(300 + rng.next() % 2700);
        let until = Instant::now() + delay;
        while Instant::now() < until && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_millis(10));
        }
        if child.try_wait().unwrap().is_none() {
            // SAFETY: signalling our own child.
            unsafe {
                libc::kill(child.id() as i32, libc::SIGKILL);
            }
            killed_mid_run += 1;
        }
        child.wait().unwrap();
    }
    assert!(
        killed_mid_run >= 10,
        "only {killed_mid_run} kills landed mid-run"
    );
    let status = run("pci").status().unwrap();
    assert_eq!(status.code(), Some(0));

    // The pci preset also writes redacted audio: three files a set.
    let mut want: BTreeSet<String> = rels
        .iter()
        .flat_map(|r| ["json", "txt", "wav"].map(|x| format!("{r}.redacted.{x}")))
        .collect();
    want.insert(MANIFEST.into());
    want.insert(AUDIT.into());
    assert_eq!(
        tree(&out),
        want.into_iter().collect::<Vec<_>>(),
        "after {iterations} runs"
    );
    // Killed mid-append or not, the audit chain still verifies (a torn last line is a crash,
    // repaired by the next append).
    hush()
        .args(["audit", "verify"])
        .arg(&out)
        .assert()
        .success();
    let m = latest(&out);
    let pci_sha = m.values().next().unwrap()["policy_sha256"].clone();
    for rel in &rels {
        let e = &m[rel];
        assert_eq!(e["status"], "done", "{rel}");
        assert_eq!(e["policy_sha256"], pci_sha, "{rel}");
        let json: Value = serde_json::from_slice(
            &std::fs::read(out.join(format!("{rel}.redacted.json"))).unwrap(),
        )
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(json["provenance"]["input_sha256"], sha256(&root.join(rel)));
        assert_eq!(json["provenance"]["policy_sha256"], pci_sha);
        assert!(json["segments"].as_array().is_some_and(|s| !s.is_empty()));
    }
    eprintln!("{killed_mid_run} kills mid-run in {iterations} runs");
}

#[test]
fn faults_fail_alone_are_recorded_and_leave_no_partial_output() {
    let _g = heavy();
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("in");
    let clips = spoken(4);
    copy(&clips[0], &root.join("good.flac"));
    copy(&clips[1], &root.join("locked.flac"));
    copy(
        &sample("calls/cvv_call_mono.wav"),
        &root.join("changing.wav"),
    );
    // A WAV header that promises far more data than there is.
    let card = std::fs::read(sample("pii/card.wav")).unwrap();
    std::fs::write(root.join("corrupt.wav"), &card[..2000]).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        root.join("locked.flac"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    // chmod 000 does not stop root: as root, the batch runs as nobody (65534), which can read
    // the models and samples, and the temp tree is opened to it.
    let as_root = unsafe { libc::geteuid() } == 0;
    if as_root {
        for d in [t.path(), root.as_path()] {
            std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
    }

    // The policy file, edited once the first input is done: the run keeps what it read at start.
    let policy = t.path().join("policy.toml");
    let original =
        std::fs::read_to_string(common::repo().join("src/redact/policies/default.toml")).unwrap();
    std::fs::write(&policy, &original).unwrap();
    let policy_sha = sha256(&policy);

    let out = t.path().join("out");
    // Rewrites a counter inside the audio of changing.wav every 20 ms while the batch runs.
    let stop = AtomicBool::new(false);
    let output = std::thread::scope(|s| {
        s.spawn(|| {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(root.join("changing.wav"))
                .unwrap();
            let mut n: u32 = 0;
            while !stop.load(Ordering::SeqCst) {
                n = n.wrapping_add(1);
                f.write_all_at(&n.to_le_bytes(), 100_000).unwrap();
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        s.spawn(|| {
            let deadline = Instant::now() + Duration::from_secs(120);
            while manifest_lines(&out).is_empty() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            std::fs::write(
                &policy,
                original.replace("ner_threshold = 0.5", "ner_threshold = 0.9"),
            )
            .unwrap();
        });
        let mut cmd = batch_cmd();
        cmd.arg(&root)
            .arg("--out-dir")
            .arg(&out)
            .args(["--jobs", "1", "--policy"])
            .arg(&policy);
        if as_root {
            // SAFETY: setgroups/setgid/setuid between fork and exec only touch the child.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setgroups(0, std::ptr::null()) != 0
                        || libc::setgid(65534) != 0
                        || libc::setuid(65534) != 0
                    {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        let o = cmd.output().unwrap();
        stop.store(true, Ordering::SeqCst);
        o
    });
    std::fs::set_permissions(
        root.join("locked.flac"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "some failed: {err}");
    assert_ne!(
        sha256(&policy),
        policy_sha,
        "the policy was edited during the run"
    );

    let m = latest(&out);
    assert_eq!(m["good.flac"]["status"], "done");
    assert_eq!(m["corrupt.wav"]["status"], "failed");
    assert!(m["corrupt.wav"]["error"]
        .as_str()
        .unwrap()
        .contains("corrupt.wav"));
    assert_eq!(m["changing.wav"]["status"], "failed");
    let why = m["changing.wav"]["error"].as_str().unwrap();
    assert!(why.contains("changed while it was being read"), "{why}");
    assert_eq!(m["locked.flac"]["status"], "failed");
    let why = m["locked.flac"]["error"].as_str().unwrap();
    assert!(why.contains("ermission denied"), "{why}");
    for (rel, e) in &m {
        // Every entry carries the policy as it was read at start.
        assert_eq!(e["policy_sha256"], policy_sha, "{rel}");
        if e["status"] == "failed" {
            assert!(e["outputs"].as_array().unwrap().is_empty());
            assert!(e["error"].as_str().is_some_and(|s| !s.contains('\n')));
        }
    }
    let mut want = vec![
        "good.flac.redacted.json".to_string(),
        "good.flac.redacted.txt".to_string(),
        MANIFEST.to_string(),
        AUDIT.to_string(),
    ];
    want.sort();
    assert_eq!(
        tree(&out),
        want,
        "failed inputs have no outputs, no temp files"
    );
}

#[test]
fn a_full_disk_stops_the_batch_records_the_failure_and_publishes_nothing() {
    let _g = heavy();
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("in");
    for (i, clip) in spoken(2).iter().enumerate() {
        copy(clip, &root.join(format!("{i}.flac")));
    }
    let out = t.path().join("out");
    let mut cmd = batch_cmd();
    cmd.arg(&root)
        .arg("--out-dir")
        .arg(&out)
        .args(["--jobs", "1", "--audio"]);
    // 64 KiB: a redacted WAV (over 100 KiB) cannot be written; the manifest can.
    common::limit_file_size(&mut cmd, 64 * 1024);
    let o = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(6), "{err}");
    assert!(
        err.contains("cannot write output") && err.contains("stopped"),
        "{err}"
    );
    let m = latest(&out);
    assert_eq!(
        m.len(),
        1,
        "the batch stopped after the first output error: {m:?}"
    );
    let e = &m["0.flac"];
    assert_eq!(e["status"], "failed");
    assert!(e["error"].as_str().unwrap().contains("cannot write output"));
    assert_eq!(tree(&out), [AUDIT, MANIFEST], "nothing partial");
}
