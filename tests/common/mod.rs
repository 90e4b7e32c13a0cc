//! Shared helpers for the integration tests: paths, the built binary, and a lock that keeps
//! Whisper runs one at a time (whisper.cpp threads spin-wait; two runs side by side on a
//! 2-core machine were measured ~90x slower).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use assert_cmd::Command;

static HEAVY: Mutex<()> = Mutex::new(());

/// Serializes tests that run Whisper.
pub fn heavy() -> MutexGuard<'static, ()> {
    HEAVY.lock().unwrap_or_else(|e| e.into_inner())
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn models_dir() -> PathBuf {
    let dir = repo().join("models");
    assert!(
        dir.join("ggml-tiny.en.bin").exists(),
        "models are not installed in {}: run scripts/setup first",
        dir.display()
    );
    dir
}

/// The built `hush` binary, pointed at the repo's models.
pub fn hush() -> Command {
    let mut c = Command::cargo_bin("hush").expect("hush binary");
    c.env("HUSH_MODELS_DIR", models_dir());
    c.env_remove("RUST_LOG");
    c
}

pub fn sample(rel: &str) -> PathBuf {
    repo().join("samples").join(rel)
}

/// Every file under `dir`, recursively.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_in(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Lower-case words with punctuation stripped (for WER and leak checks).
pub fn norm_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '\'')
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Word error rate of `hyp` against `reference` (Levenshtein over words).
pub fn wer(reference: &str, hyp: &str) -> f64 {
    let r = norm_words(reference);
    let h = norm_words(hyp);
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for i in 1..=r.len() {
        let mut cur = vec![i; h.len() + 1];
        for j in 1..=h.len() {
            let sub = prev[j - 1] + usize::from(r[i - 1] != h[j - 1]);
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len().max(1) as f64
}

/// A transcript segment of `words` from `t0` ms, one word every 300 ms (250 ms long): what the
/// detector tests feed the streaming detector in place of Whisper.
pub fn segment(id: u64, words: &[&str], t0: u64) -> hush::transcribe::Segment {
    let words: Vec<hush::transcribe::Word> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let start = t0 + i as u64 * 300;
            hush::transcribe::Word::at(*w, start, start + 250)
        })
        .collect();
    hush::transcribe::Segment {
        id,
        channel: 0,
        start_ms: t0,
        end_ms: words.last().map_or(t0, |w| w.end_ms),
        words,
        confidence: None,
    }
}

/// Flips one bit of `path` at byte `at`, keeping its size and modification time: an edit the
/// old size-and-mtime verification cache could not see.
pub fn flip_bit_keeping_mtime(path: &Path, at: u64) {
    use std::io::{Read, Seek, SeekFrom, Write};
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .unwrap();
    let mut b = [0u8; 1];
    f.seek(SeekFrom::Start(at)).unwrap();
    f.read_exact(&mut b).unwrap();
    f.seek(SeekFrom::Start(at)).unwrap();
    f.write_all(&[b[0] ^ 0x01]).unwrap();
    f.set_modified(mtime).unwrap();
    drop(f);
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), mtime);
}

/// Limits the files `cmd`'s process may write to `bytes` (RLIMIT_FSIZE): a full disk, injected.
pub fn limit_file_size(cmd: &mut std::process::Command, bytes: u64) {
    use std::os::unix::process::CommandExt;
    // SAFETY: setrlimit between fork and exec only touches the child.
    unsafe {
        cmd.pre_exec(move || {
            let lim = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}
