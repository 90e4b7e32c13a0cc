//! The audit log `DIR/hush-audit.jsonl`: one JSON line per redact, batch or purge action, each
//! line chained to the one before it, so an auditor can show what was produced and deleted and
//! that no line was edited, removed, inserted or moved since.
//!
//! Owns the line format, the append (serialized across processes, fsynced) and verification.
//! Lines hold no personal data: file hashes, the policy's name and hash, counts per entity type,
//! times, the actor (user, uid, host), the action and the hush version — never a file name or a
//! word of a transcript.
//!
//! # Line format
//!
//! `{"seq":N,"prev":"<64 hex>","time":"<RFC 3339>","hush_version":..,"actor":{..},"action":..,
//! ..event fields..,"hash":"<64 hex>"}` where
//! - `seq` counts from 1, so a removed or moved line breaks the sequence;
//! - `prev` is the previous line's `hash` ([`GENESIS`], 64 zeros, on line 1);
//! - `hash` is the SHA-256 of the line's bytes without its `,"hash":"…"` member, i.e. of the
//!   line with the suffix `,"hash":"<64 hex>"}` replaced by `}`. It is computed over bytes, not
//!   re-serialized JSON, so verification needs no canonical form.
//!
//! A line edited by hand fails its own `hash`; one edited *and* re-hashed breaks the next line's
//! `prev`. Removing the last lines or rewriting the whole tail cannot be detected from the file
//! alone: `hush audit verify --head HASH` checks that a head recorded elsewhere is still there.
//!
//! # Crashes
//!
//! An append writes each batch of lines with one `write` on an `O_APPEND` descriptor under an
//! exclusive `flock`, then fsyncs. A crash can only leave the last line without its newline (a
//! torn line): verification reports it as a crash remnant, not tampering, and the next append
//! removes it (under the lock) before writing — the torn record was never committed.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::{Provenance, Retention};
use crate::error::{Error, Result};

/// The audit log's file name inside an output directory.
pub const AUDIT_FILE: &str = "hush-audit.jsonl";

/// `prev` of the first line.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Longest line an append expects to find at the end of the log (real lines are < 2 KiB).
const MAX_LINE: u64 = 64 * 1024;

/// `,"hash":"` + 64 hex + `"}`.
const SUFFIX_LEN: usize = 9 + 64 + 2;

/// What was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Redact,
    Batch,
    Purge,
}

/// The policy an action ran under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyRef {
    pub name: String,
    pub sha256: String,
}

/// One action on one input (redact, batch) or one purged set (purge). Only hashes and counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub action: Action,
    /// `ok`, or a short machine word (`failed`, `skipped`, `held`): never an error message,
    /// which may name a file.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output_sha256: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyRef>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub entity_counts: BTreeMap<String, usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_after: Option<String>,
    /// Purge: files of the set deleted (outputs, and the source when it was).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files_deleted: Option<usize>,
    /// Purge: whether the source audio was deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_deleted: Option<bool>,
}

impl AuditEvent {
    pub fn new(action: Action, status: &str) -> AuditEvent {
        AuditEvent {
            action,
            status: status.to_string(),
            input_sha256: None,
            output_sha256: Vec::new(),
            policy: None,
            entity_counts: BTreeMap::new(),
            delete_after: None,
            files_deleted: None,
            source_deleted: None,
        }
    }

    /// A redacted input (`hush redact`, or one file of `hush batch` with [`Action::Batch`]):
    /// hashes, policy, counts and expiry from the metadata written with the outputs, and the
    /// sha256 of each published file.
    pub fn redacted(
        action: Action,
        retention: &Retention,
        provenance: &Provenance,
        output_sha256: Vec<String>,
    ) -> AuditEvent {
        AuditEvent {
            input_sha256: Some(provenance.input_sha256.clone()),
            output_sha256,
            policy: Some(PolicyRef {
                name: retention.policy.clone(),
                sha256: provenance.policy_sha256.clone(),
            }),
            entity_counts: provenance
                .entity_counts
                .iter()
                .map(|(k, n)| (k.to_string(), *n))
                .collect(),
            delete_after: Some(retention.delete_after.clone()),
            ..AuditEvent::new(action, "ok")
        }
    }
}

/// Who acted: the process's user and host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user: String,
    pub uid: u32,
    pub host: String,
}

impl Actor {
    pub fn current() -> Actor {
        // SAFETY: getuid has no preconditions and cannot fail.
        let uid = unsafe { libc::getuid() };
        Actor {
            user: user_name(uid)
                .or_else(|| std::env::var("USER").ok())
                .unwrap_or_else(|| uid.to_string()),
            uid,
            host: host_name().unwrap_or_else(|| "unknown".into()),
        }
    }
}

fn user_name(uid: u32) -> Option<String> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: zeroed passwd is a valid out-parameter; buf outlives the call and its length is
    // passed; the result pointer is only read when getpwuid_r reports success.
    unsafe {
        let mut pw: libc::passwd = std::mem::zeroed();
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        let r = libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut out);
        if r != 0 || out.is_null() || pw.pw_name.is_null() {
            return None;
        }
        Some(
            std::ffi::CStr::from_ptr(pw.pw_name)
                .to_string_lossy()
                .into_owned(),
        )
    }
}

fn host_name() -> Option<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer and its length are valid; the last byte stays 0 so it is terminated.
    let r = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if r != 0 {
        return None;
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Some(String::from_utf8_lossy(&buf[..end]).into_owned())
}

#[derive(Serialize)]
struct Body<'a> {
    seq: u64,
    prev: &'a str,
    time: String,
    hush_version: &'static str,
    actor: &'a Actor,
    #[serde(flatten)]
    event: &'a AuditEvent,
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// One finished line (with `\n`) and its hash.
fn make_line(
    seq: u64,
    prev: &str,
    time: &str,
    actor: &Actor,
    event: &AuditEvent,
) -> (Vec<u8>, String) {
    let body = serde_json::to_vec(&Body {
        seq,
        prev,
        time: time.to_string(),
        hush_version: env!("CARGO_PKG_VERSION"),
        actor,
        event,
    })
    .expect("an audit event serializes");
    let hash = sha256_hex(&body);
    let mut line = body;
    line.pop(); // the closing brace
    line.extend_from_slice(br#","hash":""#);
    line.extend_from_slice(hash.as_bytes());
    line.extend_from_slice(b"\"}\n");
    (line, hash)
}

/// The hash a line claims, if the line has the form and its content matches it: `Ok(hash)`;
/// `Err(problem)` otherwise.
fn check_line(line: &[u8]) -> std::result::Result<String, &'static str> {
    if line.len() < SUFFIX_LEN + 2 {
        return Err("not a hush audit line");
    }
    let (body, suffix) = line.split_at(line.len() - SUFFIX_LEN);
    let claimed = &suffix[9..9 + 64];
    if !suffix.starts_with(br#","hash":""#)
        || !suffix.ends_with(b"\"}")
        || !claimed
            .iter()
            .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
    {
        return Err("not a hush audit line (no trailing \"hash\")");
    }
    let mut h = Sha256::new();
    h.update(body);
    h.update(b"}");
    let actual = hex::encode(h.finalize());
    if actual.as_bytes() != claimed {
        return Err("its content does not match its hash: the line was edited");
    }
    Ok(actual)
}

#[derive(Deserialize)]
struct Head {
    seq: u64,
    prev: String,
}

/// An open audit log, for appending.
pub struct AuditLog {
    path: PathBuf,
    file: File,
    actor: Actor,
}

/// Releases the `flock` when dropped.
struct Locked<'a>(&'a File);

impl<'a> Locked<'a> {
    fn new(file: &'a File, path: &Path) -> Result<Locked<'a>> {
        loop {
            // SAFETY: flock on a descriptor this File owns.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
                return Ok(Locked(file));
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(Error::output(
                    path,
                    format!("cannot lock the audit log: {e}"),
                ));
            }
        }
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        // SAFETY: as above; closing the descriptor would release it too.
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}

impl AuditLog {
    /// Opens (creating, mode 0600) `dir/hush-audit.jsonl`; creates `dir` if needed.
    pub fn open(dir: &Path) -> Result<AuditLog> {
        std::fs::create_dir_all(dir).map_err(|e| Error::output(dir, e.to_string()))?;
        let path = dir.join(AUDIT_FILE);
        let existed = path.exists();
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| Error::output(&path, format!("cannot open the audit log: {e}")))?;
        if !file.metadata().map(|m| m.is_file()).unwrap_or(false) {
            return Err(Error::output(&path, "the audit log is not a regular file"));
        }
        if !existed {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(AuditLog {
            path,
            file,
            actor: Actor::current(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` while holding the log's exclusive lock: the directory-wide lock for other
    /// read-modify-write updates in `DIR`. Purge rewrites the manifest under it; a writer of
    /// `DIR/hush-manifest.jsonl` (batch) appends under it too, opening the manifest by path each
    /// time (purge replaces the file by rename). `f` must not append to this log.
    pub fn locked<T>(&mut self, f: impl FnOnce() -> T) -> Result<T> {
        let _lock = Locked::new(&self.file, &self.path)?;
        Ok(f())
    }

    /// Appends one line (fsynced before returning).
    pub fn append(&mut self, event: &AuditEvent) -> Result<()> {
        self.append_all(std::slice::from_ref(event))
    }

    /// Appends one line per event with one write and one fsync, under the lock: what a run that
    /// records many actions at once (purge) uses.
    pub fn append_all(&mut self, events: &[AuditEvent]) -> Result<()> {
        if events.is_empty() {
            return Ok(());
        }
        let _lock = Locked::new(&self.file, &self.path)?;
        let (mut seq, mut prev) = self.tail()?;
        let time = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .expect("RFC 3339 formatting of the current time");
        let mut buf = Vec::with_capacity(events.len() * 512);
        for e in events {
            seq += 1;
            let (line, hash) = make_line(seq, &prev, &time, &self.actor, e);
            buf.extend_from_slice(&line);
            prev = hash;
        }
        let bad = |e: std::io::Error| Error::output(&self.path, format!("cannot append: {e}"));
        (&self.file).write_all(&buf).map_err(bad)?;
        self.file.sync_data().map_err(bad)
    }

    /// The last committed line's `seq` and `hash` (0 and [`GENESIS`] for an empty log), after
    /// repairing a torn tail. Called under the lock.
    fn tail(&self) -> Result<(u64, String)> {
        let bad = |p: String| Error::output(&self.path, p);
        let len = self.file.metadata().map_err(|e| bad(e.to_string()))?.len();
        if len == 0 {
            return Ok((0, GENESIS.to_string()));
        }
        let start = len.saturating_sub(MAX_LINE + 1);
        let mut buf = vec![0u8; (len - start) as usize];
        self.file
            .read_exact_at(&mut buf, start)
            .map_err(|e| bad(e.to_string()))?;
        let mut end = buf.len();
        if buf.last() != Some(&b'\n') {
            // A torn last line: the append that wrote it died before its newline.
            let cut = buf.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            if cut == 0 && start > 0 {
                return Err(bad(
                    "the audit log's last line is too long: not a hush audit log".into(),
                ));
            }
            if check_line(&buf[cut..]).is_ok() {
                // A whole line that lost only its newline: keep it.
                (&self.file)
                    .write_all(b"\n")
                    .map_err(|e| bad(e.to_string()))?;
                buf.push(b'\n');
                end = buf.len();
            } else {
                self.file
                    .set_len(start + cut as u64)
                    .map_err(|e| bad(format!("cannot remove a torn last line: {e}")))?;
                end = cut;
                if end == 0 {
                    return Ok((0, GENESIS.to_string()));
                }
            }
        }
        let last = &buf[..end - 1];
        let from = last.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        if from == 0 && start > 0 {
            return Err(bad(
                "the audit log's last line is too long: not a hush audit log".into(),
            ));
        }
        let line = &last[from..];
        let hash = check_line(line).map_err(|p| {
            bad(format!(
                "the last line of the audit log is damaged ({p}); run `hush audit verify`"
            ))
        })?;
        let head: Head = serde_json::from_slice(line)
            .map_err(|_| bad("the last line of the audit log has no seq".into()))?;
        Ok((head.seq, hash))
    }
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Complete lines read.
    pub lines: u64,
    /// The hash of the last good line ([`GENESIS`] for an empty log): record it elsewhere and
    /// pass it back as `--head` to detect a rewritten or shortened tail.
    pub head: String,
    /// The first bad line (1-based) and what is wrong with it.
    pub first_bad: Option<(u64, String)>,
    /// A last line without its newline: an append interrupted by a crash (not counted as
    /// tampering; the next append removes it).
    pub torn_tail: bool,
    /// Whether the `--head` hash asked for was found in the chain (None: none asked).
    pub head_found: Option<bool>,
}

impl VerifyReport {
    pub fn ok(&self) -> bool {
        self.first_bad.is_none() && self.head_found != Some(false)
    }
}

/// Verifies `DIR/hush-audit.jsonl` (or a log file path): every line's own hash, `seq` counting
/// from 1 and `prev` equal to the previous line's hash. Stops at the first bad line. `head`: a
/// line hash recorded earlier that must still be in the chain.
pub fn verify(path: &Path, head: Option<&str>) -> Result<VerifyReport> {
    let path = if path.is_dir() {
        path.join(AUDIT_FILE)
    } else {
        path.to_path_buf()
    };
    let file = File::open(&path).map_err(|e| Error::input(&path, format!("cannot open: {e}")))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut report = VerifyReport {
        lines: 0,
        head: GENESIS.to_string(),
        first_bad: None,
        torn_tail: false,
        head_found: head.map(|h| h == GENESIS),
    };
    let mut line = Vec::with_capacity(1024);
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| Error::input(&path, format!("cannot read: {e}")))?;
        if n == 0 {
            break;
        }
        let n_line = report.lines + 1;
        if line.last() != Some(&b'\n') {
            report.torn_tail = true;
            break;
        }
        line.pop();
        let problem = match check_line(&line) {
            Err(p) => Some(p.to_string()),
            Ok(hash) => match serde_json::from_slice::<Head>(&line) {
                Err(_) => Some("not a hush audit line (no seq or prev)".to_string()),
                Ok(h) if h.seq != n_line => Some(format!(
                    "seq is {}, expected {n_line}: a line was removed, inserted or moved",
                    h.seq
                )),
                Ok(h) if h.prev != report.head => Some(format!(
                    "prev does not match line {}'s hash: a line before it was removed, \
                     inserted, moved or rewritten",
                    n_line - 1
                )),
                Ok(_) => {
                    if head == Some(hash.as_str()) {
                        report.head_found = Some(true);
                    }
                    report.head = hash;
                    None
                }
            },
        };
        if let Some(p) = problem {
            report.first_bad = Some((n_line, p));
            return Ok(report);
        }
        report.lines = n_line;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(i: usize) -> AuditEvent {
        let mut e = AuditEvent::new(Action::Redact, "ok");
        e.input_sha256 = Some(format!("{i:064x}"));
        e.entity_counts.insert("PERSON".into(), i);
        e
    }

    /// A log of `n` lines in a fresh dir; returns the dir and the lines.
    fn log(n: usize) -> (tempfile::TempDir, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        let mut log = AuditLog::open(dir.path()).unwrap();
        for i in 0..n {
            log.append(&event(i)).unwrap();
        }
        let text = std::fs::read_to_string(dir.path().join(AUDIT_FILE)).unwrap();
        let lines = text.lines().map(str::to_string).collect();
        (dir, lines)
    }

    fn write(dir: &Path, lines: &[String]) {
        let mut text = lines.join("\n");
        text.push('\n');
        std::fs::write(dir.join(AUDIT_FILE), text).unwrap();
    }

    fn first_bad(dir: &Path) -> Option<u64> {
        verify(dir, None).unwrap().first_bad.map(|(n, _)| n)
    }

    #[test]
    fn a_fresh_chain_verifies() {
        let (dir, lines) = log(5);
        assert_eq!(lines.len(), 5);
        let r = verify(dir.path(), None).unwrap();
        assert!(r.ok(), "{r:?}");
        assert_eq!(r.lines, 5);
        assert!(lines[0].contains(&format!(r#""seq":1,"prev":"{GENESIS}""#)));
        assert!(lines[4].ends_with(&format!(r#""hash":"{}"}}"#, r.head)));
        // Another process's handle continues the same chain.
        let mut other = AuditLog::open(dir.path()).unwrap();
        other.append_all(&[event(7), event(8)]).unwrap();
        assert_eq!(verify(dir.path(), None).unwrap().lines, 7);
    }

    #[test]
    fn an_edited_line_is_named() {
        let (dir, mut lines) = log(5);
        lines[2] = lines[2].replace(r#""PERSON":2"#, r#""PERSON":3"#);
        write(dir.path(), &lines);
        assert_eq!(first_bad(dir.path()), Some(3));
    }

    #[test]
    fn an_edited_and_rehashed_line_breaks_the_next() {
        let (dir, mut lines) = log(5);
        let edited = lines[2].replace(r#""PERSON":2"#, r#""PERSON":3"#);
        let body = format!("{}}}", &edited[..edited.len() - SUFFIX_LEN]);
        let h = sha256_hex(body.as_bytes());
        lines[2] = format!(r#"{},"hash":"{h}"}}"#, &edited[..edited.len() - SUFFIX_LEN]);
        write(dir.path(), &lines);
        assert_eq!(first_bad(dir.path()), Some(4));
    }

    #[test]
    fn removed_inserted_and_reordered_lines_are_named() {
        let (dir, lines) = log(5);
        let mut removed = lines.clone();
        removed.remove(1);
        write(dir.path(), &removed);
        assert_eq!(first_bad(dir.path()), Some(2));

        let mut inserted = lines.clone();
        inserted.insert(3, lines[1].clone());
        write(dir.path(), &inserted);
        assert_eq!(first_bad(dir.path()), Some(4));

        let mut reordered = lines.clone();
        reordered.swap(1, 3);
        write(dir.path(), &reordered);
        assert_eq!(first_bad(dir.path()), Some(2));

        // Removing the first line.
        write(dir.path(), &lines[1..]);
        assert_eq!(first_bad(dir.path()), Some(1));

        write(dir.path(), &lines);
        assert_eq!(first_bad(dir.path()), None);
    }

    #[test]
    fn a_shortened_log_is_caught_by_a_recorded_head() {
        let (dir, lines) = log(5);
        let head = verify(dir.path(), None).unwrap().head;
        write(dir.path(), &lines[..4]);
        let r = verify(dir.path(), Some(&head)).unwrap();
        assert_eq!(r.first_bad, None);
        assert_eq!(r.head_found, Some(false));
        assert!(!r.ok());
        write(dir.path(), &lines);
        assert!(verify(dir.path(), Some(&head)).unwrap().ok());
    }

    #[test]
    fn a_torn_last_line_is_a_crash_and_the_next_append_repairs_it() {
        let (dir, lines) = log(3);
        let path = dir.path().join(AUDIT_FILE);
        let mut text = lines.join("\n");
        text.push('\n');
        text.push_str(&lines[2][..40]); // half a line, no newline
        std::fs::write(&path, &text).unwrap();
        let r = verify(dir.path(), None).unwrap();
        assert!(r.ok() && r.torn_tail && r.lines == 3, "{r:?}");

        let mut log = AuditLog::open(dir.path()).unwrap();
        log.append(&event(9)).unwrap();
        let r = verify(dir.path(), None).unwrap();
        assert!(r.ok() && !r.torn_tail && r.lines == 4, "{r:?}");

        // A whole last line that lost only its newline is kept.
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.trim_end_matches('\n')).unwrap();
        log.append(&event(10)).unwrap();
        assert_eq!(verify(dir.path(), None).unwrap().lines, 5);
        assert!(verify(dir.path(), None).unwrap().ok());
    }

    #[test]
    fn a_truncated_middle_line_is_named() {
        let (dir, mut lines) = log(4);
        lines[1].truncate(50);
        write(dir.path(), &lines);
        assert_eq!(first_bad(dir.path()), Some(2));
    }

    #[test]
    fn appends_from_many_threads_keep_one_chain() {
        let dir = tempfile::tempdir().unwrap();
        std::thread::scope(|s| {
            for t in 0..4 {
                let d = dir.path().to_path_buf();
                s.spawn(move || {
                    // Each its own descriptor: flock serializes them like processes.
                    let mut log = AuditLog::open(&d).unwrap();
                    for i in 0..25 {
                        log.append(&event(t * 100 + i)).unwrap();
                    }
                });
            }
        });
        let r = verify(dir.path(), None).unwrap();
        assert!(r.ok(), "{r:?}");
        assert_eq!(r.lines, 100);
    }

    #[test]
    fn locked_excludes_appends_from_other_handles() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let mut holder = AuditLog::open(dir.path()).unwrap();
        let inside = AtomicBool::new(false);
        std::thread::scope(|s| {
            holder
                .locked(|| {
                    inside.store(true, Ordering::SeqCst);
                    s.spawn(|| {
                        let mut other = AuditLog::open(dir.path()).unwrap();
                        other.append(&event(1)).unwrap();
                        // Only possible once the holder let go.
                        assert!(!inside.load(Ordering::SeqCst));
                    });
                    std::thread::sleep(std::time::Duration::from_millis(200));
                    inside.store(false, Ordering::SeqCst);
                })
                .unwrap();
        });
        assert_eq!(verify(dir.path(), None).unwrap().lines, 1);
    }

    #[test]
    fn lines_hold_no_names() {
        let (dir, lines) = log(1);
        let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        for k in [
            "seq",
            "prev",
            "time",
            "hush_version",
            "actor",
            "action",
            "status",
            "hash",
        ] {
            assert!(v.get(k).is_some(), "{k} missing: {v}");
        }
        assert!(!lines[0].contains(&dir.path().display().to_string()));
    }
}
