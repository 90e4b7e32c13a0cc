//! Every kind of bad input gets one line naming the input, a documented exit code, and no
//! output file.

mod common;

use std::path::Path;

use common::{files_in, hush};

/// A RIFF/WAVE file with the given fmt fields, a data chunk that *declares* `declared` bytes,
/// followed by `actual` bytes of data.
fn wav(tag: u16, channels: u16, rate: u32, bits: u16, declared: u32, actual: usize) -> Vec<u8> {
    let block = channels.max(1) * (bits / 8).max(1);
    let mut v = Vec::new();
    v.extend_from_slice(b"RIFF");
    v.extend_from_slice(&(36 + declared).to_le_bytes());
    v.extend_from_slice(b"WAVEfmt ");
    v.extend_from_slice(&16u32.to_le_bytes());
    v.extend_from_slice(&tag.to_le_bytes());
    v.extend_from_slice(&channels.to_le_bytes());
    v.extend_from_slice(&rate.to_le_bytes());
    v.extend_from_slice(&(rate * block as u32).to_le_bytes());
    v.extend_from_slice(&block.to_le_bytes());
    v.extend_from_slice(&bits.to_le_bytes());
    v.extend_from_slice(b"data");
    v.extend_from_slice(&declared.to_le_bytes());
    v.extend((0..actual).map(|i| (i % 7) as u8));
    v
}

fn expect_refused(input: &Path, code: i32, needle: &str) {
    let out = tempfile::tempdir().unwrap();
    let assert = hush()
        .arg("redact")
        .arg(input)
        .arg("--out-dir")
        .arg(out.path())
        .assert()
        .code(code);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one error line, got: {stderr}");
    assert!(
        lines[0].contains(&input.display().to_string()),
        "error does not name the input: {stderr}"
    );
    assert!(
        lines[0].to_lowercase().contains(needle),
        "error {stderr:?} does not mention {needle:?}"
    );
    assert!(
        files_in(out.path()).is_empty(),
        "output written for a refused input"
    );
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    expect_refused(&dir.path().join("nope.wav"), 3, "no such file");
}

#[test]
fn directory() {
    let dir = tempfile::tempdir().unwrap();
    expect_refused(dir.path(), 3, "directory");
}

#[test]
fn not_audio() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("notes.wav");
    std::fs::write(&p, "this is a text file, not a recording\n").unwrap();
    expect_refused(&p, 3, "not a valid audio file");
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.wav");
    std::fs::write(&p, b"").unwrap();
    expect_refused(&p, 3, "empty");
}

#[test]
fn truncated_data() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cut.wav");
    std::fs::write(&p, wav(1, 1, 16_000, 16, 64_000, 20_000)).unwrap();
    expect_refused(&p, 3, "truncated");
}

#[test]
fn zero_length_audio() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("zero.wav");
    std::fs::write(&p, wav(1, 1, 16_000, 16, 0, 0)).unwrap();
    expect_refused(&p, 3, "no audio samples");
}

#[test]
fn zero_hz() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("zerohz.wav");
    std::fs::write(&p, wav(1, 1, 0, 16, 3200, 3200)).unwrap();
    expect_refused(&p, 3, "sample rate");
}

#[test]
fn zero_channels() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("nochan.wav");
    std::fs::write(&p, wav(1, 0, 16_000, 16, 3200, 3200)).unwrap();
    expect_refused(&p, 3, "channel");
}

#[test]
fn unsupported_encoding() {
    // WAVE_FORMAT_GSM610 (0x31), an old telephony codec hush does not decode (G.711 μ-law and
    // A-law it does: tests/formats.rs).
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("gsm.wav");
    std::fs::write(&p, wav(0x31, 1, 8_000, 8, 8_000, 8_000)).unwrap();
    expect_refused(&p, 3, "unsupported");
}

#[test]
fn bad_policy_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("p.toml");
    std::fs::write(&policy, "name = 'x'\nretention = 'thirty days'\n").unwrap();
    let out = dir.path().join("out");
    hush()
        .args(["redact", "--policy"])
        .arg(&policy)
        .arg(common::sample("jfk.wav"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2);
    assert!(files_in(&out).is_empty());
}

#[test]
fn hash_without_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("p.toml");
    std::fs::write(
        &policy,
        "name = 'h'\nretention = 'P1D'\ndefault_operator = 'hash'\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let a = hush()
        .args(["redact", "--policy"])
        .arg(&policy)
        .arg(common::sample("jfk.wav"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("key"));
    assert!(files_in(&out).is_empty());
}

#[test]
fn one_bad_input_among_good_ones_exits_1_and_keeps_the_good() {
    let _g = common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.wav");
    std::fs::write(&bad, b"garbage").unwrap();
    let out = dir.path().join("out");
    hush()
        .arg("redact")
        .arg(&bad)
        .arg(common::sample("jfk.wav"))
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(1);
    let mut names: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["hush-audit.jsonl", "jfk.redacted.json", "jfk.redacted.txt"],
        "the good input's set and its audit line; nothing of the bad one"
    );
}

#[test]
fn two_inputs_with_one_output_name_are_refused() {
    // Before any work (no model is even loaded): exit 2, both inputs named, nothing written.
    let dir = tempfile::tempdir().unwrap();
    for (a, b) in [("a/x.wav", "b/x.wav"), ("x.mp3", "x.m4a")] {
        let (pa, pb) = (dir.path().join(a), dir.path().join(b));
        for p in [&pa, &pb] {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::copy(common::sample("jfk.wav"), p).unwrap();
        }
        let out = dir.path().join("out");
        let assert = hush()
            .arg("redact")
            .arg(&pa)
            .arg(&pb)
            .arg("--out-dir")
            .arg(&out)
            .assert()
            .code(2);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(&pa.display().to_string())
                && stderr.contains(&pb.display().to_string()),
            "{stderr}"
        );
        assert!(files_in(&out).is_empty());
    }
}
