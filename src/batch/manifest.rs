//! The batch manifest, `DIR/hush-manifest.jsonl`: one JSON object per line, appended and
//! fsynced after each input's outputs are published (or after it failed). It is how a rerun
//! knows what is done, and how `hush purge` finds what to delete when retention runs out.
//!
//! A line: `{"v":1,"input":"sub/x.wav","input_sha256":"..","policy_sha256":"..",
//! "models_sha256":"..","status":"done"|"failed","outputs":["sub/x.wav.redacted.json",..],
//! "delete_after":"<RFC 3339>"|null,"error":null|"<one line>","at":"<RFC 3339>"}` where `input`
//! is the mirrored relative path and `outputs` are relative to DIR. Later lines supersede
//! earlier ones for the same input. A process killed mid-append leaves a torn last line: it is
//! ignored when reading, and the next append first ends it with a newline, so it can never glue
//! itself to a good line. Appends hold an exclusive `flock` on the file, so shards writing into
//! one directory do not interleave their lines.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::FileExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The manifest's file name inside the out dir.
pub const MANIFEST_NAME: &str = "hush-manifest.jsonl";
/// The line format's version (`v`).
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Done,
    Failed,
}

/// One manifest line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub v: u32,
    /// The input's path relative to its root, as mirrored under DIR ('/'-separated).
    pub input: String,
    /// Empty when the input could not be read at all.
    pub input_sha256: String,
    pub policy_sha256: String,
    /// sha256 over every model file's id and sha256 (see [`models_sha256`]).
    pub models_sha256: String,
    pub status: Status,
    /// Published files, relative to DIR; empty for a failed input.
    pub outputs: Vec<String>,
    pub delete_after: Option<String>,
    pub error: Option<String>,
    pub at: String,
}

/// The key a done entry must match to be skipped on a rerun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub input_sha256: String,
    pub policy_sha256: String,
    pub models_sha256: String,
}

impl Entry {
    pub fn key(&self) -> Key {
        Key {
            input_sha256: self.input_sha256.clone(),
            policy_sha256: self.policy_sha256.clone(),
            models_sha256: self.models_sha256.clone(),
        }
    }
}

/// One digest for a set of models: sha256 of `id sha256\n` lines, sorted by id.
pub fn models_sha256<'a>(models: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    use sha2::{Digest, Sha256};
    let mut lines: Vec<String> = models
        .into_iter()
        .map(|(id, sha)| format!("{id} {sha}\n"))
        .collect();
    lines.sort();
    hex::encode(Sha256::digest(lines.concat().as_bytes()))
}

/// What reading a manifest found.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The latest entry for each input.
    pub latest: HashMap<String, Entry>,
    /// Lines that were not a valid entry (a torn last line, or damage), ignored.
    pub ignored: usize,
}

/// Parses manifest text; never fails: a line that is not a valid entry is counted and ignored
/// (the worst it costs is redoing that input).
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Entry>(line) {
            Ok(e) if e.v == VERSION => {
                out.latest.insert(e.input.clone(), e);
            }
            _ => out.ignored += 1,
        }
    }
    out
}

/// An open manifest: the latest entries read at open, and the file to append to.
pub struct Manifest {
    path: PathBuf,
    file: File,
    latest: HashMap<String, Entry>,
    ignored: usize,
}

impl Manifest {
    /// Opens (creating) `dir/hush-manifest.jsonl`; `dir` must exist.
    pub fn open(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST_NAME);
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(|e| Error::output(&path, e.to_string()))?;
        let bytes = std::fs::read(&path).map_err(|e| Error::output(&path, e.to_string()))?;
        let parsed = parse(&String::from_utf8_lossy(&bytes));
        Ok(Manifest {
            path,
            file,
            latest: parsed.latest,
            ignored: parsed.ignored,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Lines ignored when it was read (torn or damaged).
    pub fn ignored_lines(&self) -> usize {
        self.ignored
    }

    /// The latest entry for an input.
    pub fn get(&self, input: &str) -> Option<&Entry> {
        self.latest.get(input)
    }

    /// Appends `entry` as one line and fsyncs it before returning.
    pub fn append(&mut self, entry: Entry) -> Result<()> {
        let err = |e: std::io::Error| Error::output(&self.path, e.to_string());
        let mut line =
            serde_json::to_vec(&entry).map_err(|e| Error::output(&self.path, e.to_string()))?;
        line.push(b'\n');
        let _lock = FileLock::exclusive(&self.file).map_err(err)?;
        // A torn last line (a process killed mid-append) is ended first, so it stays one bad
        // line instead of swallowing this one.
        let len = self.file.metadata().map_err(err)?.len();
        if len > 0 {
            let mut last = [0u8; 1];
            self.file.read_exact_at(&mut last, len - 1).map_err(err)?;
            if last[0] != b'\n' {
                line.insert(0, b'\n');
            }
        }
        // One write of the whole line: O_APPEND puts it at the end even with other writers.
        (&self.file).write_all(&line).map_err(err)?;
        self.file.sync_data().map_err(err)?;
        self.latest.insert(entry.input.clone(), entry);
        Ok(())
    }
}

/// An exclusive `flock` held until dropped.
struct FileLock<'a>(&'a File);

impl<'a> FileLock<'a> {
    fn exclusive(file: &'a File) -> std::io::Result<FileLock<'a>> {
        loop {
            // SAFETY: flock on a descriptor we own; no memory is passed.
            let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
            if r == 0 {
                return Ok(FileLock(file));
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }
}

impl Drop for FileLock<'_> {
    fn drop(&mut self) {
        // SAFETY: as above.
        unsafe {
            libc::flock(self.0.as_raw_fd(), libc::LOCK_UN);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(input: &str, sha: &str, status: Status) -> Entry {
        Entry {
            v: VERSION,
            input: input.into(),
            input_sha256: sha.into(),
            policy_sha256: "p".into(),
            models_sha256: "m".into(),
            status,
            outputs: vec![format!("{input}.redacted.json")],
            delete_after: Some("2026-12-29T00:00:00Z".into()),
            error: None,
            at: "2026-11-29T00:00:00Z".into(),
        }
    }

    #[test]
    fn the_line_format_is_the_documented_contract() {
        let line = serde_json::to_string(&entry("sub/x.wav", "abc", Status::Done)).unwrap();
        assert_eq!(
            line,
            r#"{"v":1,"input":"sub/x.wav","input_sha256":"abc","policy_sha256":"p","models_sha256":"m","status":"done","outputs":["sub/x.wav.redacted.json"],"delete_after":"2026-12-29T00:00:00Z","error":null,"at":"2026-11-29T00:00:00Z"}"#
        );
    }

    #[test]
    fn later_lines_win_and_torn_or_damaged_lines_are_ignored() {
        let a1 = serde_json::to_string(&entry("a.wav", "1", Status::Failed)).unwrap();
        let a2 = serde_json::to_string(&entry("a.wav", "2", Status::Done)).unwrap();
        let b = serde_json::to_string(&entry("b.wav", "3", Status::Done)).unwrap();
        let torn = &b[..b.len() / 2];
        let text = format!("{a1}\n{torn}\n{a2}\n\n{{\"v\":2}}\n{b}\n{torn}");
        let p = parse(&text);
        assert_eq!(p.ignored, 3, "two torn lines and a future version");
        assert_eq!(p.latest["a.wav"].input_sha256, "2");
        assert_eq!(p.latest["a.wav"].status, Status::Done);
        assert_eq!(p.latest["b.wav"].input_sha256, "3");
        assert_eq!(p.latest.len(), 2);
    }

    #[test]
    fn an_append_after_a_torn_line_stays_on_its_own_line() {
        let dir = tempfile::tempdir().unwrap();
        let good = serde_json::to_string(&entry("a.wav", "1", Status::Done)).unwrap();
        std::fs::write(
            dir.path().join(MANIFEST_NAME),
            format!("{good}\n{}", &good[..20]),
        )
        .unwrap();
        let mut m = Manifest::open(dir.path()).unwrap();
        assert_eq!(m.ignored_lines(), 1);
        assert_eq!(m.get("a.wav").unwrap().input_sha256, "1");
        m.append(entry("b.wav", "2", Status::Done)).unwrap();
        m.append(entry("a.wav", "9", Status::Failed)).unwrap();
        let text = std::fs::read_to_string(dir.path().join(MANIFEST_NAME)).unwrap();
        assert!(text.ends_with('\n'));
        let p = parse(&text);
        assert_eq!(p.ignored, 1);
        assert_eq!(p.latest["b.wav"].input_sha256, "2");
        assert_eq!(p.latest["a.wav"].status, Status::Failed);
        let reopened = Manifest::open(dir.path()).unwrap();
        assert_eq!(reopened.get("a.wav").unwrap().input_sha256, "9");
    }

    #[test]
    fn the_models_digest_ignores_order() {
        let a = models_sha256([("whisper", "1"), ("ner", "2")]);
        let b = models_sha256([("ner", "2"), ("whisper", "1")]);
        assert_eq!(a, b);
        assert_ne!(a, models_sha256([("ner", "2"), ("whisper", "3")]));
    }
}
